#!/usr/bin/env python3
"""round16-en: English client replies (native and non-native) to mailduns reminders, plus a little
machine mail.  Every body below is hand-written; only the MIME plumbing, HTML skeletons and the quoted
mailduns reminders are generated.  Python 3.11, stdlib only.  Run: python3 make.py"""
import base64, email, email.policy, hashlib, json, os, quopri, random, struct, sys, zlib
from datetime import datetime
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r16n"

OWNERS = {
    "tom": dict(name="Tom Byrne", email="tom@byrnedesign.ie", tz="Europe/Dublin", cur="€",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", host="byrnedesign.ie", fees="IE"),
    "ale": dict(name="Alessandra Rossi", email="alessandra@example.it", tz="Europe/Rome", cur="€",
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", host="example.it", fees="EU"),
    "lucia": dict(name="Lucía Martín", email="lucia@martinestudio.es", tz="Europe/Madrid", cur="€",
                  iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", host="martinestudio.es", fees="EU"),
    "ruth": dict(name="Ruth Adeyemi", email="ruth@adeyemiaudio.co.uk", tz="Europe/London", cur="£",
                 iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", host="adeyemiaudio.co.uk", fees="GB"),
}

# ---------------------------------------------------------------- helpers: dates, amounts, ids
def dt(s, tz):
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))

def long_date(d):  # "13 November 2026"
    if isinstance(d, str):
        d = datetime.strptime(d, "%Y-%m-%d")
    return f"{d.day} {d.strftime('%B %Y')}"

def money(cur, x):
    return f"{cur}{x:,.2f}"

def mid(seed, host):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{host}>"

def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), mail)
        return f"{name} <{mail}>"
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{mail}>"

def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode()

# ---------------------------------------------------------------- MIME builder (bytes out)
class Part:
    def __init__(self, ctype, body=b"", params=None, cte=None, headers=None, parts=None):
        self.ctype, self.body, self.params = ctype, body, params or {}
        self.cte, self.headers, self.parts = cte, headers or [], parts

def text(s, sub="plain", charset="utf-8", cte="quoted-printable", codec=None):
    raw = s.encode(codec or charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = base64.encodebytes(raw)
    else:
        body = raw
    return Part(f"text/{sub}", body, {"charset": charset}, cte)

def attach(filename, ctype, data, inline=False):
    return Part(ctype, base64.encodebytes(data), {"name": filename}, "base64",
                [("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{filename}"')])

def multi(sub, *parts, params=None):
    p = dict(params or {})
    return Part(f"multipart/{sub}", params=p, parts=list(parts))

_bcount = [0]
def serialize(part):
    out = []
    ps = "".join(f'; {k}="{v}"' if k in ("boundary", "name") or " " in str(v) else f"; {k}={v}"
                 for k, v in part.params.items())
    if part.parts is not None:
        _bcount[0] += 1
        b = f"----=_Part_{_bcount[0]:04d}_{hashlib.md5(str(_bcount[0]).encode()).hexdigest()[:16]}"
        ps += f'; boundary="{b}"'
        out.append(f"Content-Type: {part.ctype}{ps}".encode())
        for k, v in part.headers:
            out.append(f"{k}: {v}".encode())
        out.append(b"")
        body = [b"This is a multi-part message in MIME format.", b""]
        for sp in part.parts:
            body.append(f"--{b}".encode())
            body.append(serialize(sp))
        body.append(f"--{b}--".encode())
        body.append(b"")
        return b"\n".join(out) + b"\n" + b"\n".join(body)
    out.append(f"Content-Type: {part.ctype}{ps}".encode())
    if part.cte:
        out.append(f"Content-Transfer-Encoding: {part.cte}".encode())
    for k, v in part.headers:
        out.append(f"{k}: {v}".encode())
    out.append(b"")
    body = part.body.replace(b"\r\n", b"\n")
    if not body.endswith(b"\n"):
        body += b"\n"
    return b"\n".join(out) + b"\n" + body

def message(headers, part):
    lines = [f"{k}: {v}".encode() for k, v in headers if v is not None]
    lines.append(b"MIME-Version: 1.0")
    return b"\n".join(lines) + b"\n" + serialize(part)

# ---------------------------------------------------------------- fake attachments
def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 760 Td (" + t + b") Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")

def fake_png():
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * 4 for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

# ---------------------------------------------------------------- mailduns reminders (quoted originals)
def dear(client, kind):
    if kind == "company":
        return "Dear Accounts Team,"
    if client:
        return f"Dear {client},"
    return "Hello,"

def payment_block(o, inv):
    return ("Payment details:\n"
            f"- Account name: {o['name']}\n- IBAN: {o['iban']}\n- BIC (SWIFT): {o['bic']}\n"
            f"- Payment reference: {inv}")

def fee_block(o, inv, amt, due, today, days):
    cur = o["cur"]
    interest = round(amt * 0.1015 * days / 365, 2)
    comp = 40.0 if amt < 1000 else 70.0
    if o["fees"] == "GB":
        head = (f"As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                f"applies: statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank "
                f"of England base rate in force when the debt fell due), and a fixed sum of {money(cur, comp)} is due "
                f"for the costs of recovering the debt (section 5A).")
        interest = round(amt * 0.1175 * days / 365, 2)
    elif o["fees"] == "IE":
        head = (f"As this is a commercial transaction, the European Communities (Late Payment in Commercial "
                f"Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date "
                f"at 10.15% a year (the European Central Bank's main refinancing rate plus 8 percentage points), and "
                f"{money(cur, comp)} is due as compensation for recovery costs (Regulation 9).")
    else:
        comp = 40.0
        head = (f"As this is a commercial transaction, the legislation implementing EU Directive 2011/7/EU on "
                f"combating late payment applies: statutory interest for late payment runs from the day after the due "
                f"date at the European Central Bank's main refinancing rate plus 8 percentage points (currently 10.15% "
                f"a year), and a fixed sum of {money(cur, comp)} is due as compensation for recovery costs.")
    total = amt + interest + comp
    return (head + f"\n\nThe amount due as at {today} (interest continues to run until payment) is:\n"
            f"- invoice {inv}: {money(cur, amt)}\n- interest, {days} days: {money(cur, interest)}\n"
            f"- compensation for recovery costs: {money(cur, comp)}\n- total: {money(cur, total)}")

def reminder(owner, tpl, inv, amt, due, sent, client=None, kind="person", issue=None, deadline=None,
             promise_date=None, claim_date=None, paid_on=None, invoices=None, fees=False):
    o = OWNERS[owner]
    cur = o["cur"]
    A = money(cur, amt) if amt is not None else None
    d = datetime.strptime(due, "%Y-%m-%d") if due else None
    sent_d = datetime.strptime(sent[:10], "%Y-%m-%d")
    days = (sent_d - d).days if d else 0
    today = long_date(sent_d)
    pay = payment_block(o, inv)
    sal = dear(client, kind)
    sign = f"Kind regards,\n{o['name']}"
    fam = f" for {A}" if A else ""
    if tpl == "courtesy":
        iss = f", issued on {long_date(issue)}," if issue else ""
        body = (f"This is a friendly reminder that invoice {inv}{fam}{iss} is due for payment on {long_date(due)}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif tpl == "due":
        if days > 0:
            first = (f"This is a quick reminder that invoice {inv}{fam} was due for payment on {long_date(due)}. If it "
                     "has not been paid yet, I would be grateful if you could arrange payment in the next few days.")
        elif days == 0:
            first = f"This is a quick reminder that invoice {inv}{fam} is due for payment today, {long_date(due)}."
        else:
            first = f"This is a quick reminder that invoice {inv}{fam} is due for payment on {long_date(due)}."
        body = (first + "\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif tpl == "reminder":
        fb = ("\n\n" + fee_block(o, inv, amt, due, today, days)) if fees else ""
        body = (f"According to my records, invoice {inv}{fam}, due on {long_date(due)}, has not yet been paid. It may "
                "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                f"convenience.{fb}\n\nIf you have already paid, thank you – please let me know the payment date so that "
                "I can update my records. If there is a problem with the invoice, please reply to this email and we "
                f"can sort it out.\n\n{pay}")
    elif tpl == "late_fee":
        body = (f"Invoice {inv}{fam}, due on {long_date(due)}, is now {days} days overdue.\n\n"
                + fee_block(o, inv, amt, due, today, days) +
                f"\n\nPlease arrange payment of the total above by {long_date(deadline)}. If payment is already on its "
                "way, thank you – please let me know the date it was made. If there is a problem with the invoice or "
                f"with the timing, please reply to this email and we can find a solution.\n\n{pay}")
    elif tpl == "promise_followup":
        if promise_date:
            first = f"Thank you for letting me know that invoice {inv}{fam} would be paid by {long_date(promise_date)}."
        else:
            first = (f"Thank you for your earlier message about invoice {inv}{fam}, which was due on "
                     f"{long_date(due)}.")
        body = (first + "\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let "
                "me know the date it was made. If you need a little more time, could you let me know when I can "
                f"expect it?\n\n{pay}")
    elif tpl == "suspension":
        body = (f"I am writing again about invoice {inv}{fam}, which was due on {long_date(due)} and remains unpaid.\n\n"
                f"If payment is not received by {long_date(deadline)}, I may have to suspend work in progress and any "
                f"services I provide to you from {long_date(deadline)} until the account is settled. If something is "
                "making payment difficult – for example, if you need to pay in instalments – please reply to this "
                f"email and we can agree a solution.\n\n{pay}")
    elif tpl == "final":
        to = f"To: {client}\n" if client else ""
        formal = "Dear Sir or Madam," if kind == "company" or not client else f"Dear {client},"
        close = "Yours faithfully," if kind == "company" or not client else "Yours sincerely,"
        return (f"Final notice before debt recovery\n\n{to}Date: {today}\nInvoice: {inv}, due on {long_date(due)}\n"
                f"Amount due: {A}\nPayment deadline: {long_date(deadline)}\n\n{formal}\n\n"
                f"Despite my previous reminders, invoice {inv}{fam}, which was due for payment on {long_date(due)}, "
                f"remains unpaid.\n\nI therefore formally request payment of {A} by {long_date(deadline)}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These may "
                "include referring the matter to a debt collection agency or a solicitor and, if necessary, starting "
                "court proceedings.\n\nI would much rather resolve this with you directly. If there is a reason for "
                "the delay, or if you would like to propose a payment plan, please reply to this email before "
                f"{long_date(deadline)}.\n\nIf you have paid in the meantime, thank you, and please accept my apologies "
                "for this notice; it would help if you could let me know the payment date so that I can update my "
                f"records.\n\n{pay}\n\n{close}\n{o['name']}")
    elif tpl == "statement":
        lines = []
        total = 0
        for n, a, dd in invoices:
            late = (sent_d - datetime.strptime(dd, "%Y-%m-%d")).days
            st = f"due on {long_date(dd)} ({late} days overdue)" if late > 0 else f"due on {long_date(dd)}"
            lines.append(f"- {n}, {st}: {money(cur, a)}")
            total += a
        body = ("According to my records, the following invoices are still outstanding:\n\n" + "\n".join(lines)
                + f"\n\nTotal due: {money(cur, total)}\n\nPlease arrange payment by {long_date(deadline)}. If some of "
                "these invoices have already been paid, thank you – please let me know which ones and the payment "
                "dates, so that I can update my records. If there is a problem with any of them, please reply to this "
                "email and we can sort it out.\n\nThe payment details are on the invoices, in the emails they were "
                "sent with.")
    elif tpl == "invoice":
        body = (f"Please find attached invoice {inv}{fam}, payable by {long_date(due)}.\n\n{pay}\n\n"
                "Thanks again for the work – it was a pleasure.")
        return f"Hi {client.split()[0] if client else 'there'},\n\n{body}\n\nBest,\n{o['name']}"
    else:
        raise ValueError(tpl)
    return f"{sal}\n\n{body}\n\n{sign}"

# ---------------------------------------------------------------- quoting styles
def q_gt(t):
    return "\n".join(("> " + l) if l else ">" for l in t.split("\n"))

def outlook_sent(d, style):
    if style == "us":
        h = d.strftime("%I:%M %p").lstrip("0")
        return d.strftime(f"%A, %B {d.day}, %Y ") + h
    return d.strftime(f"%d %B %Y %H:%M")

def quote_block(style, th, o, to_disp):
    d = th["date"]
    who = f"{o['name']} <{o['email']}>"
    if style == "gmail":
        head = f"On {d.strftime('%a')}, {d.day} {d.strftime('%b %Y')} at {d.strftime('%H:%M')}, {who} wrote:"
        return f"{head}\n\n{q_gt(th['text'])}"
    if style == "gmail_us":
        h = d.strftime('%I:%M %p').lstrip('0')
        head = f"On {d.strftime('%a, %b')} {d.day}, {d.year} at {h} {who} wrote:"
        return f"{head}\n\n{q_gt(th['text'])}"
    if style == "apple":
        head = f"On {d.day} {d.strftime('%b %Y')}, at {d.strftime('%H:%M')}, {who} wrote:"
        return f"{head}\n\n{q_gt(th['text'])}"
    if style in ("outlook_us", "outlook_uk"):
        s = outlook_sent(d, "us" if style == "outlook_us" else "uk")
        return ("________________________________\n"
                f"From: {who}\nSent: {s}\nTo: {to_disp}\nSubject: {th['subject']}\n\n{th['text']}")
    if style == "outlook_plain":
        s = outlook_sent(d, "uk")
        return (f"From: {o['name']} <{o['email']}>\nSent: {s}\nTo: {to_disp}\nSubject: {th['subject']}\n\n"
                f"{th['text']}")
    if style == "outlook_de":
        return (f"Von: {who}\nGesendet: {d.strftime('%A').replace('Monday','Montag').replace('Tuesday','Dienstag').replace('Wednesday','Mittwoch').replace('Thursday','Donnerstag').replace('Friday','Freitag')}, "
                f"{d.day}. {d.strftime('%B %Y').replace('November','November').replace('December','Dezember')} {d.strftime('%H:%M')}\n"
                f"An: {to_disp}\nBetreff: {th['subject']}\n\n{th['text']}")
    if style == "original":
        return ("-----Original Message-----\n"
                f"From: {who}\nSent: {outlook_sent(d, 'us')}\nTo: {to_disp}\nSubject: {th['subject']}\n\n{th['text']}")
    raise ValueError(style)

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def paras_html(t, tag="div", cls=""):
    out = []
    for block in t.split("\n\n"):
        inner = "<br>\n".join(esc(l) for l in block.split("\n"))
        c = f' class="{cls}"' if cls else ""
        out.append(f"<{tag}{c}>{inner}</{tag}>")
    return ("\n" if tag == "p" else "\n<div><br></div>\n").join(out)

def html_gmail(body, th, o):
    q = ""
    if th:
        d = th["date"]
        head = f"On {d.strftime('%a')}, {d.day} {d.strftime('%b %Y')} at {d.strftime('%H:%M')}, {esc(o['name'])} &lt;<a href=\"mailto:{o['email']}\">{o['email']}</a>&gt; wrote:"
        q = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + head + '<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + paras_html(th["text"]) + "</blockquote></div>")
    return '<div dir="ltr">' + paras_html(body) + "</div>" + q + "\n"

def html_outlook(body, th, o, to_disp, charset="utf-8", lang="EN-GB", quote=True):
    q = ""
    if th and quote:
        s = outlook_sent(th["date"], "uk" if lang == "EN-GB" else "us")
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             f'<p class="MsoNormal"><b>From:</b> {esc(o["name"])} &lt;{o["email"]}&gt; <br>'
             f'<b>Sent:</b> {s}<br><b>To:</b> {esc(to_disp)}<br><b>Subject:</b> {esc(th["subject"])}</p></div>\n'
             + paras_html(th["text"], "p", "MsoNormal"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n'
            f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + paras_html(body, "p", "MsoNormal") + '\n<p class="MsoNormal">&nbsp;</p>\n' + q + "\n</div>\n</body>\n</html>\n")

# ---------------------------------------------------------------- registry
MSGS = []

def thread(owner, tpl, inv, amt, due, sent, client=None, kind="person", subject=None, to=None, **kw):
    o = OWNERS[owner]
    d = dt(sent, o["tz"])
    subj = subject or {
        "courtesy": lambda: f"Reminder: invoice {inv} due on {long_date(due)}",
        "due": lambda: f"Invoice {inv} – payment due",
        "reminder": lambda: f"Payment reminder: invoice {inv}",
        "late_fee": lambda: f"Invoice {inv} overdue",
        "final": lambda: f"Final notice before debt recovery – invoice {inv}",
        "promise_followup": lambda: f"Invoice {inv} – payment not yet received",
        "suspension": lambda: f"Invoice {inv} – unpaid",
        "statement": lambda: "Outstanding invoices",
        "invoice": lambda: f"Invoice {inv}",
    }[tpl]()
    return dict(owner=owner, date=d, subject=subj, to=to,
                text=reminder(owner, tpl, inv, amt, due, sent, client=client, kind=kind, **kw),
                msgid=mid(f"{inv}{sent}{tpl}", o["host"]),
                refs=[mid(f"{inv}-orig", o["host"])])

def reply(n_kind, *, owner, frm, date, tz, body, th=None, quote="gmail", prefix="Re: ", subject=None,
          html=None, charset="utf-8", cte="quoted-printable", codec=None, attachments=(), cc=None, to=None,
          extra_headers=(), facts=None, note="", lang_html="EN-GB", xmailer=None):
    o = OWNERS[owner]
    d = dt(date, tz)
    to_line = to or addr(o["name"], o["email"])
    subj = subject if subject is not None else (prefix + th["subject"] if th else "Invoice")
    client_disp = th.get("to") or f"{frm[0]} <{frm[1]}>" if th else ""
    full = body
    if th and quote and quote not in ("html", "none"):
        sep = "\n\n" if not quote.startswith("outlook") and quote != "original" else "\n\n"
        full = body.rstrip("\n") + sep + quote_block(quote, th, o, client_disp)
    full = full.rstrip("\n") + "\n"
    if html == "gmail":
        p = multi("alternative", text(full, charset=charset, cte=cte, codec=codec),
                  text(html_gmail(body, th, o) if th and quote != "none" else html_gmail(body, None, o) , "html", charset, cte, codec))
    elif html == "outlook":
        p = multi("alternative", text(full, charset=charset, cte=cte, codec=codec),
                  text(html_outlook(body, th, o, client_disp, charset, lang_html, quote != "none"), "html", charset, cte, codec))
    elif html == "outlook_only":
        p = text(html_outlook(body, th, o, client_disp, charset, lang_html, quote != "none"), "html", charset, cte, codec)
    elif html == "raw_only":
        p = text(body, "html", charset, cte, codec)
    else:
        p = text(full, charset=charset, cte=cte, codec=codec)
    if attachments:
        p = multi("mixed", p, *attachments)
    host = frm[1].split("@")[1]
    heads = [("From", addr(frm[0], frm[1], charset if charset != "windows-1252" else "utf-8")),
             ("To", to_line)]
    if cc:
        heads.append(("Cc", cc))
    heads += [("Subject", hdr(subj)), ("Date", format_datetime(d)),
              ("Message-ID", mid(f"{frm[1]}{date}{subj}", host))]
    if th:
        heads += [("In-Reply-To", th["msgid"]), ("References", " ".join(th["refs"] + [th["msgid"]]))]
    if xmailer:
        heads.append(("X-Mailer", xmailer))
    heads += list(extra_headers)
    MSGS.append((message(heads, p), n_kind, facts or {}, note))

def raw(n_kind, data, facts=None, note=""):
    MSGS.append((data, n_kind, facts or {}, note))

# ================================================================= PAID (20)
def paid():
    th = thread("tom", "reminder", "INV-2026-118", 640.00, "2026-11-13", "2026-11-17 09:02", client="Siobhán Kelly")
    reply("client-reply-paid", owner="tom", frm=("Siobhán Kelly", "siobhan@kellyflorists.ie"),
          date="2026-11-17 12:48", tz="Europe/Dublin", th=th, quote="apple", xmailer="iPhone Mail (22B91)",
          body="Paid this morning Tom, sorry about that! Mad week here with the wedding orders.\n\nSiobhán\n\nSent from my iPhone",
          note="One-liner from iPhone, Apple-style '>' quote; 'paid this morning'.")

    th = thread("ruth", "due", "RA-0146", 380.00, "2026-12-04", "2026-12-07 10:00", client="Jamie Okonkwo")
    reply("client-reply-paid", owner="ruth", frm=("Jamie Okonkwo", "jamie@fieldnotespodcast.co.uk"),
          date="2026-12-07 10:31", tz="Europe/London", th=th, quote="gmail", html="gmail",
          body="Sorted 👍\n\nJ",
          note="'Sorted' + emoji, no payment verb at all; British idiom for 'paid'.")

    th = thread("tom", "reminder", "INV-2026-121", 2460.00, "2026-11-13", "2026-11-20 09:15",
                client="Niamh Doyle", subject="Invoice INV-2026-121 – Harbour Point brochure",
                to="Niamh Doyle <niamh.doyle@harbourpoint.ie>")
    reply("client-reply-paid", owner="tom", frm=("Declan Moran", "accountspayable@harbourpoint.ie"),
          cc="Niamh Doyle <niamh.doyle@harbourpoint.ie>", date="2026-11-23 11:15", tz="Europe/Dublin",
          th=th, quote="outlook_uk", prefix="RE: ", html="outlook",
          body=("Hi Tom,\n\nNiamh passed your reminder on to me. INV-2026-121 was included in our payment run last "
                "Thursday (19th), €2,460.00 to your AIB account. Our system sends a remittance advice automatically "
                "but it sometimes ends up in spam – worth a look.\n\nKind regards,\nDeclan Moran\nAccounts Payable | "
                "Harbour Point Hotels Ltd\nT: +353 1 555 0192\n\nThis email and any attachments are confidential and "
                "intended solely for the addressee. If you have received it in error please notify the sender and "
                "delete it. Harbour Point Hotels Ltd, registered in Ireland no. 548213."),
          facts=dict(amount="2460.00", reference="INV-2026-121"),
          note="Accounts payable colleague answers a reminder sent to marketing; paid in last Thursday's run; cc original contact.")

    th = thread("ale", "reminder", "31/2026", 1850.00, "2026-11-30", "2026-12-03 09:30", client="Charlotte Pryce")
    reply("client-reply-paid", owner="ale", frm=("Charlotte Pryce", "charlotte@pryceandfinch.co.uk"),
          date="2026-12-04 16:20", tz="Europe/London", th=th, quote="gmail", html="gmail",
          body=("Hi Alessandra!\n\nSo sorry for the radio silence – it's been one of those months. The Christmas windows "
                "went up on Tuesday and honestly they look incredible, people keep stopping on the pavement to take "
                "photos (mostly positive, one man told Olivia the reindeer looked \"anxious\", which, fair). I'll send "
                "you the proper shots once the photographer's finished with them.\n\nQuick thing on the spring "
                "collection – we're thinking of pushing the shoot to late March rather than February, mostly because "
                "Olivia's away half of Feb and I'd really like her to art-direct it. Would that still work for you? Same "
                "scope as we discussed, maybe one extra flat-lay set.\n\nOh and the invoice went through on Wednesday, "
                "Mark in finance confirmed it this morning, so hopefully it's with you already.\n\nAlso, totally "
                "unrelated, but do you still have the contact for that letterpress printer in Bologna? My sister's "
                "doing her wedding invitations and has gone full stationery nerd.\n\nSpeak soon and thanks again for "
                "everything this year xx\n\nCharlotte\n\n--\nCharlotte Pryce\nCreative Director, Pryce & Finch\n"
                "14 Lamb's Conduit Street, London WC1N 3LE"),
          note="Long chatty mail about windows, a shoot and a printer; one sentence matters: 'the invoice went through on Wednesday'.")

    th = thread("lucia", "reminder", "2026-047", 1830.00, "2026-12-01", "2026-12-14 09:00", client="Greg Whitaker")
    fwd = ("---------- Forwarded message ---------\nFrom: Wise <noreply@wise.com>\nDate: Mon, Dec 14, 2026 at 2:12 PM\n"
           "Subject: Your transfer to LUCIA MARTIN GARCIA is on its way\nTo: <greg@whitakerbrewing.com>\n\n\n"
           "Your money's on its way\n\nHi Greg,\n\nWe've sent 1,830.00 EUR to LUCIA MARTIN GARCIA.\n\n"
           "Transfer #1184529377\nYou sent: 2,671.43 CAD\nFee: 14.62 CAD\nExchange rate: 1 CAD = 0.6885 EUR\n"
           "Lucia gets: 1,830.00 EUR\nReference: 2026-047\nShould arrive: by Wednesday, December 16\n\n"
           "Track your transfer in the Wise app.\n\nThanks,\nThe Wise Team")
    reply("client-reply-paid", owner="lucia", frm=("Greg Whitaker", "greg@whitakerbrewing.com"),
          date="2026-12-14 14:20", tz="America/Toronto", th=th, quote="none", prefix="Re: ",
          body=("Hi Lucía – here you go, receipt for 2026-047 below and attached. Should hit your account in a day "
                "or two.\n\nGreg\n\n" + fwd),
          attachments=[attach("Wise_transfer_receipt_1184529377.pdf", "application/pdf",
                              fake_pdf("Wise transfer receipt 1184529377 EUR 1830.00"))],
          facts=dict(amount="1830.00", reference="2026-047"),
          note="Canadian client forwards a Wise receipt with 'here you go'; CAD amounts in the receipt are a distractor; amount paid is EUR 1,830.")

    th = thread("lucia", "reminder", "2026-051", 2975.00, "2026-11-30", "2026-12-08 10:00", client="Katrin Vogel",
                subject="Reminder: invoice 2026-051")
    reply("client-reply-paid", owner="lucia", frm=("Katrin Vogel", "k.vogel@vogel-moebel.de"),
          date="2026-12-09 08:47", tz="Europe/Berlin", th=th, quote="outlook_de", prefix="AW: ",
          charset="iso-8859-1", codec="cp1252",
          body=("Dear Mrs. Martín,\n\nthe payment was already done on 2. December, I have checked it with our bookkeeping. "
                "Please check your account, maybe the bank needs some days because it is SEPA from Germany.\n\n"
                "If it is not there until Friday please write me again.\n\nBest regards\nKatrin Vogel\n\n"
                "Vogel Möbel GmbH\nGeschäftsführerin\nLindenstraße 14 · 79098 Freiburg\nTel. +49 761 555 2210"),
          note="German non-native English, AW: prefix, German Outlook quote header, iso-8859-1 label with cp1252 bytes; 'already done on 2. December' = paid.")

    th = thread("tom", "due", "INV-2026-127", 1150.00, "2026-11-30", "2026-12-01 09:00", client="Dana Whitfield")
    reply("client-reply-paid", owner="tom", frm=("Dana Whitfield", "dana@northloopcoffee.com"),
          date="2026-12-02 15:05", tz="America/Chicago", th=th, quote="gmail_us",
          body=("Hey Tom — we sent it via Wise on Monday, so it should land today or tomorrow. Let me know if it "
                "doesn't show up and I'll chase them.\n\nDana\n\nDana Whitfield | North Loop Coffee Co. | Minneapolis"),
          note="US client, 'sent it via Wise on Monday' + conditional request to report back; paid.")

    th = thread("ruth", "reminder", "RA-0139", 1450.00, "2026-11-13", "2026-11-23 09:00", kind="company",
                subject="Invoice RA-0139 overdue", to="Harcourt & Lane Ltd <office@harcourtlane.co.uk>")
    body8 = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
             '<body lang="EN-GB"><div class="WordSection1" style="font-family:Arial,sans-serif;font-size:10pt">\n'
             '<p>Dear Ms Adeyemi,</p>\n<p>We act for Harcourt &amp; Lane Ltd and your reminder of 23 November has been '
             'passed to us.</p>\n<p>We can confirm that payment against your invoice RA-0139 was made by BACS on '
             '24 November 2026, as below:</p>\n'
             '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">'
             '<tr><td><b>Payee</b></td><td>Ruth Adeyemi</td></tr><tr><td><b>Amount</b></td><td>£1,450.00</td></tr>'
             '<tr><td><b>Date</b></td><td>24/11/2026</td></tr><tr><td><b>Reference</b></td><td>RA-0139 HARCOURT</td></tr>'
             '</table>\n<p>Please allow up to two working days for the funds to clear.</p>\n<p>Yours sincerely,</p>\n'
             '<p><b>Priya Shah ACA</b><br>Client Accountant<br>Moss &amp; Co Chartered Accountants<br>'
             '3 Wharf Road, Bristol BS1 4RN</p>\n'
             '<p style="font-size:8pt;color:#808080">Moss &amp; Co is a trading name of Moss &amp; Co Accountants LLP, '
             'registered in England and Wales no. OC401122. This email is confidential and may be legally privileged. '
             'We process personal data in accordance with the UK GDPR; see our privacy notice at mossandco.co.uk/privacy.</p>\n'
             '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p><b>From:</b> Ruth '
             'Adeyemi &lt;ruth@adeyemiaudio.co.uk&gt;<br><b>Sent:</b> 23 November 2026 09:00<br><b>To:</b> Harcourt '
             '&amp; Lane Ltd<br><b>Subject:</b> Invoice RA-0139 overdue</p></div>\n' + paras_html(th["text"], "p") +
             '\n</div></body></html>\n')
    reply("client-reply-paid", owner="ruth", frm=("Priya Shah", "priya.shah@mossandcoaccountants.co.uk"),
          date="2026-11-25 14:32", tz="Europe/London", th=th, prefix="RE: ", html="raw_only", body=body8,
          facts=dict(amount="1450.00", currency="GBP", reference="RA-0139"),
          note="HTML-only Outlook from the client's external accountant; payment details in a table; GDPR footer.")

    th = thread("ale", "reminder", "34/2026", 720.00, "2026-12-18", "2027-01-04 09:00", client="Oliver Grant")
    reply("client-reply-paid", owner="ale", frm=("Oliver Grant", "ollie@grantandsonsjoinery.co.uk"),
          date="2027-01-05 08:10", tz="Europe/London", th=th, quote="none",
          body="Done. Apologies, it slipped through the cracks over Christmas.\n\nOllie",
          note="'Done.' without a payment verb, no quote.")

    th = thread("ale", "due", "19/2026", 915.00, "2026-11-10", "2026-11-11 09:00", client="Meera Pillai")
    reply("client-reply-paid", owner="ale", frm=("Meera Pillai", "meera@tidewaterbooks.com"),
          date="2026-11-12 18:40", tz="Asia/Singapore", th=th, quote="gmail", html="gmail",
          body=("Hi Alessandra,\n\nJust paid 19/2026 (€915.00) by bank transfer, together with the deposit for the "
                "cover illustrations – so you'll see two transfers from us, one for €915 and one for €600. Let me know "
                "if anything looks off.\n\nBest,\nMeera\n\nTidewater Books · Singapore"),
          facts=dict(amount="915.00", reference="19/2026"),
          note="Singapore publisher; two transfers mentioned, only €915 is for this invoice (the €600 is a deposit for new work).")

    th = thread("ruth", "reminder", "RA-0148", 600.00, "2026-12-01", "2026-12-10 09:00", client="Callum Reid")
    reply("client-reply-paid", owner="ruth", frm=("Callum Reid", "callumreid88@gmail.com"),
          date="2026-12-12 23:14", tz="Europe/London", th=th, quote="gmail",
          body="hi ruth just transfered the 600 quid, sorry been mad busy w the move. cheers c\n\nSent from my Galaxy",
          facts=dict(amount="600.00", currency="GBP"),
          note="Lowercase, typo 'transfered', slang 'quid'; Saturday late night from Android.")

    th = thread("tom", "reminder", "INV-2026-133", 3075.00, "2026-12-31", "2027-01-12 09:00", kind="company",
                subject="Payment reminder: invoice INV-2026-133", to="Accounts Payable <ap@corrib-logistics.ie>")
    reply("client-reply-paid", owner="tom", frm=("Accounts Payable", "ap@corrib-logistics.ie"),
          date="2027-01-14 10:02", tz="Europe/Dublin", th=th, quote="outlook_uk", prefix="RE: ",
          charset="windows-1252", html="outlook",
          body=("Hi Tom,\n\nThis was processed in yesterday’s payment run. Funds should reach you within 1–2 business "
                "days.\n\nRegards,\nAoife\nAccounts Payable – Corrib Logistics DAC\n\n"
                "DISCLAIMER: The information in this email is confidential and may be legally privileged. It is "
                "intended solely for the addressee. Access to this email by anyone else is unauthorised. Corrib "
                "Logistics DAC processes personal data in line with the GDPR – see corrib-logistics.ie/privacy."),
          note="'processed in yesterday's payment run' = paid; windows-1252 with curly quote and en dash; GDPR disclaimer.")

    th = thread("ruth", "statement", "RA-0152", None, None, "2027-01-19 09:00", client="Nadia Haddad",
                invoices=[("RA-0152", 980.00, "2026-12-20"), ("RA-0153", 660.00, "2026-12-31")], deadline="2027-01-29")
    reply("client-reply-paid", owner="ruth", frm=("Nadia Haddad", "nadia@haddadpr.com"),
          date="2027-01-20 11:40", tz="Asia/Dubai", th=th, quote="gmail",
          body=("Hi Ruth,\n\nBoth of these were paid together on 18 January – one transfer of £1,640 covering RA-0152 "
                "and RA-0153. Maybe it shows as a single line on your statement? Shout if you can't find it.\n\n"
                "Best,\nNadia\n\nNadia Haddad | Haddad PR | Dubai"),
          facts=dict(amount="1640.00", currency="GBP"),
          note="Reply to a two-invoice statement: both paid in one transfer; no single reference (two invoices named).")

    th = thread("tom", "reminder", "INV-2026-115", 750.00, "2026-11-06", "2026-11-16 09:00", client="Peter Quinlan")
    reply("client-reply-paid", owner="tom", frm=("Peter Quinlan", "peter@quinlanarchitects.ie"),
          date="2026-11-16 14:40", tz="Europe/Dublin", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Tom,\n\nI'm fairly sure we paid this back in October? I've just checked the bank and there's a transfer "
                "to you on 28 Oct for €750.00, reference \"Byrne Design\". Could it be it was matched against a "
                "different invoice on your end? Happy to send the statement line if that helps.\n\nPeter\n\n"
                "Peter Quinlan MRIAI\nQuinlan Architects, Galway"),
          facts=dict(amount="750.00"),
          note="Phrased as questions but it is a clear 'already paid' claim (with date and amount) — paid, not dispute.")

    th = thread("tom", "reminder", "INV-2026-124", 2100.00, "2026-11-30", "2026-12-14 09:00", kind="company",
                to="Accounts <accounts@sahyadrisoft.in>")
    reply("client-reply-paid", owner="tom", frm=("Rakesh Menon", "rakesh.menon@sahyadrisoft.in"),
          date="2026-12-15 17:25", tz="Asia/Kolkata", th=th, quote="outlook_us", prefix="RE: ",
          charset="iso-8859-1", codec="cp1252",
          body=("Dear Sir,\n\nGreetings from Sahyadri Softech.\n\nWith reference to your below mail, this is to inform "
                "you that payment against the invoice no. INV-2026-124 has been released today vide SWIFT ref. no. "
                "SBININBB0421512 for amount EUR 2,100.00. Kindly acknowledge the receipt of the same once it is "
                "credited in your account.\n\nThanks & Regards,\nRakesh Menon\nSr. Executive – Accounts\n"
                "Sahyadri Softech Pvt. Ltd., Pune\nPh: +91 20 6655 1234\n\n"
                "P Please consider the environment before printing this e-mail."),
          facts=dict(amount="2100.00", reference="INV-2026-124"),
          note="Indian English ('released today vide SWIFT ref'), iso-8859-1 header with cp1252 en dash.")

    th = thread("tom", "invoice", "INV-2026-129", 280.00, "2026-12-04", "2026-11-20 16:00", client="Maeve Gallagher",
                subject="Invoice INV-2026-129 – party menus")
    reply("client-reply-paid", owner="tom", frm=("Maeve Gallagher", "maevegallagher@eircom.net"),
          date="2026-12-05 19:55", tz="Europe/Dublin", th=th, quote="none",
          body=("Hiya Tom, that's gone over to you now. Mam says thanks again for the lovely menus, the 70th was a "
                "great night!! Maeve x\n\nSent from Yahoo Mail on Android"),
          note="Private client replying to the original invoice mail; Irish idiom 'that's gone over to you' = paid.")

    th = thread("tom", "reminder", "INV-2026-136", 420.00, "2027-01-15", "2027-01-22 09:00", client="Rob Egan")
    reply("client-reply-paid", owner="tom", frm=("Rob Egan", "rob@eganbikes.ie"),
          date="2027-01-22 13:12", tz="Europe/Dublin", th=th, quote="gmail",
          body=("Sent it through PayPal to tom@byrnedesign.ie just now, hope that's ok – I know the invoice says bank "
                "transfer but my banking app is acting up.\n\nRob"),
          note="Paid through PayPal instead of the bank details; asks if that's ok.")

    th = thread("lucia", "reminder", "2026-052", 1210.00, "2026-12-10", "2026-12-21 09:00", client="Eleanor Fenwick")
    reply("client-reply-paid", owner="lucia", frm=("Hannah Cole", "hannah.cole@fenwickclinic.co.uk"),
          date="2026-12-22 09:30", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Dear Lucía,\n\nI'm writing on behalf of Dr Fenwick, who is travelling this week. She asked me to let "
                "you know that she settled invoice 2026-052 from her personal account last night, as the clinic "
                "account is frozen for year-end.\n\nPlease let me know if you need anything else for your records.\n\n"
                "With best wishes,\nHannah Cole\nPractice Manager to Dr Eleanor Fenwick\nThe Fenwick Clinic, Harley "
                "Street"),
          facts=dict(reference="2026-052"),
          note="Assistant writes on behalf of the client; 'settled' = paid.")

    th = thread("ruth", "reminder", "RA-0150", 2250.00, "2026-12-31", "2027-01-07 09:00", client="Marcus Bell")
    reply("client-reply-paid", owner="ruth", frm=("Marcus Bell", "mbell@lanternfilms.com"),
          date="2027-01-11 10:18", tz="America/New_York", th=th, quote="gmail_us", html="gmail",
          body=("Hi Ruth,\n\nThe wire went out Friday — confirmation attached. Our bank converts from USD so you may see "
                "a few pounds' difference after their fees; let me know and we'll top it up.\n\nThanks for your patience "
                "on this one, and for the mix — the director's thrilled.\n\nMarcus\n\nMarcus Bell | Lantern Films | NYC"),
          attachments=[attach("Wire_Confirmation_RA-0150.pdf", "application/pdf", fake_pdf("Outgoing wire GBP 2250.00"))],
          note="US client, 'the wire went out Friday', PDF confirmation attached; invoice number only in attachment name.")

    th = thread("lucia", "final", "2026-044", 3400.00, "2026-10-31", "2026-12-04 09:00", client="David Hargreaves",
                deadline="2026-12-18")
    reply("client-reply-paid", owner="lucia", frm=("David Hargreaves", "d.hargreaves@hargreaves-sons.co.uk"),
          date="2026-12-07 08:55", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Ms Martín,\n\nThere is no need for the legal language. The invoice was paid on the 3rd. I would suggest "
                "checking your bank before sending letters like this to a client who has worked with you for three "
                "years.\n\nD. Hargreaves\nManaging Director, Hargreaves & Sons Ltd"),
          note="Annoyed reply to a final notice; tone is hostile but the content is 'paid on the 3rd' — paid, not dispute.")

# ================================================================= PROMISE (21)
def promise():
    th = thread("ruth", "reminder", "RA-0144", 240.00, "2026-11-10", "2026-11-17 09:00", client="Ellie Marsh")
    reply("client-reply-promise", owner="ruth", frm=("Ellie Marsh", "ellie@marshmallowbakes.co.uk"),
          date="2026-11-17 19:05", tz="Europe/London", th=th, quote="apple",
          body="Will pay Friday, payday! Sorry Ruth x\n\nSent from my iPhone",
          facts=dict(promised_date="2026-11-20"),
          note="Tuesday 17 Nov -> first Friday after = 20 Nov.")

    th = thread("tom", "reminder", "INV-2026-119", 960.00, "2026-11-10", "2026-11-19 09:00", client="Ciarán Walsh")
    reply("client-reply-promise", owner="tom", frm=("Ciarán Walsh", "ciaran@walshauto.ie"),
          date="2026-11-19 16:40", tz="Europe/Dublin", th=th, quote="gmail",
          body=("Tom, can't before the 28th I'm afraid, cash is tight until our own customers pay up at the end of the "
                "month. It'll be done then.\n\nCiarán\nWalsh Auto Repairs, Tuam"),
          facts=dict(promised_date="2026-11-28"),
          note="'can't before the 28th ... it'll be done then' = promise for 28 Nov; 'end of the month' refers to their customers.")

    th = thread("lucia", "reminder", "2026-049", 2200.00, "2026-11-15", "2026-11-24 09:00", kind="company",
                to="Accounts Payable <payables@brightwaveedu.co.uk>")
    reply("client-reply-promise", owner="lucia", frm=("Sophie Turner", "payables@brightwaveedu.co.uk"),
          date="2026-11-26 11:20", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ", html="outlook",
          body=("Hi Lucía,\n\nThanks for the nudge. Your invoice has now been approved and will go out with next week's "
                "payment run.\n\nBest,\nSophie\n\nSophie Turner | Purchase Ledger | Brightwave Education Ltd"),
          note="'will go out with next week's payment run' — promise, vague (no day).")

    th = thread("tom", "reminder", "INV-2026-128", 1400.00, "2026-11-27", "2026-12-04 09:00", client="Jordan Pike")
    reply("client-reply-promise", owner="tom", frm=("Jordan Pike", "jordan@pikeandpartners.com"),
          date="2026-12-06 23:40", tz="America/New_York", th=th, quote="apple",
          body="Ugh, sorry Tom, totally my fault. I'll sort it tomorrow first thing.\n\n— J\n\nSent from my iPhone",
          facts=dict(promised_date="2026-12-07"),
          note="Sunday 23:40 in New York (already Monday in UTC/Dublin): 'tomorrow' is Monday 7 Dec in the sender's zone.")

    th = thread("ale", "reminder", "38/2026", 1100.00, "2026-12-31", "2027-01-07 09:00", kind="company",
                to="Finance Team <finance@stmargaretstrust.org.uk>")
    reply("client-reply-promise", owner="ale", frm=("Finance Team", "finance@stmargaretstrust.org.uk"),
          date="2027-01-08 12:00", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Dear Alessandra,\n\nThank you for your email. We pay suppliers twice a month, on the 15th and on the last "
                "working day. Your invoice arrived after the December cut-off, so it will be paid in the 15 January "
                "run.\n\nKind regards,\n\nJanet Ellis\nFinance Officer\nSt Margaret's Trust\nRegistered charity no. "
                "1098812\n\nSt Margaret's Trust is committed to protecting your personal data. For details of how we "
                "use it, please see our privacy policy."),
          facts=dict(promised_date="2027-01-15"),
          note="Charity finance: explains the twice-monthly runs, then names the 15 January run.")

    th = thread("ruth", "reminder", "RA-0154", 1800.00, "2027-01-05", "2027-01-12 09:00", client="Tash Clarke")
    reply("client-reply-promise", owner="ruth", frm=("Tash Clarke", "tash@coldharbourtheatre.org"),
          date="2027-01-12 22:15", tz="Europe/London", th=th, quote="gmail", html="gmail",
          body=("Ruth!!\n\nSorry, I've been living in the rehearsal room. Tech is on Thursday and I still haven't slept. "
                "The cues you sent over for the storm in act two are genuinely the best thing in the show, our "
                "lighting designer cried a bit (she denies this).\n\nTwo small things from the director: can the "
                "foghorn in scene 4 come in a beat later, and could we have a slightly longer tail on the door slam at "
                "the end of act one? I'll send exact timings tomorrow after the cue-to-cue.\n\nOn the invoice – I "
                "chased finance today and they say end of the month, they're waiting for the Arts Council drawdown to "
                "land but you're definitely on the list.\n\nAlso, the press night is 4 Feb – would you like two "
                "tickets? Bring whoever.\n\nxx Tash\n\nTash Clarke\nProducer, Coldharbour Theatre\n"
                "Coldharbour Theatre is a registered charity in England and Wales (no. 1147723)."),
          facts=dict(promised_date="2027-01-31"),
          note="Long chatty mail about a show; one sentence: finance say 'end of the month' -> 31 Jan 2027.")

    th = thread("lucia", "reminder", "2026-055", 1650.00, "2026-12-05", "2026-12-15 09:00", client="Ben Archer")
    reply("client-reply-promise", owner="lucia", frm=("Ben Archer", "ben@archerevents.co.uk"),
          date="2026-12-16 10:45", tz="Europe/London", th=th, quote="gmail",
          body=("Hi Lucía,\n\nHonest answer: the venue still hasn't paid us for the November event, and until they do "
                "we're stretched. As soon as their money lands I'll pay you – hoping early January. Sorry, I know it's "
                "not your problem.\n\nBen"),
          note="Pay-when-paid promise; 'early January' is vague -> no promised_date.")

    th = thread("tom", "reminder", "INV-2026-126", 1875.00, "2026-11-30", "2026-12-11 09:00", client="Sanne de Vries")
    reply("client-reply-promise", owner="tom", frm=("Sanne de Vries", "sanne@devriesinteriors.nl"),
          date="2026-12-14 09:20", tz="Europe/Amsterdam", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Dear Tom,\n\nThank you for your reminder. We had a change in our administration system, therefore some "
                "invoices are delayed. We will transfer the amount by the 10th at the latest.\n\nWith kind regards,\n"
                "Sanne de Vries\nDe Vries Interiors B.V. | Utrecht"),
          facts=dict(promised_date="2027-01-10"),
          note="Dutch non-native; written 14 Dec, 'by the 10th' has passed this month -> 10 Jan 2027.")

    th = thread("ale", "due", "2/2027", 540.00, "2027-01-18", "2027-01-18 09:00", client="Kirsty Ward")
    reply("client-reply-promise", owner="ale", frm=("Kirsty Ward", "kirsty@wardcreative.co.uk"),
          date="2027-01-18 15:30", tz="Europe/London", th=th, quote="gmail",
          body="Hi Ale, can't do it today I'm afraid, the person who approves payments is off – will go Thursday.\n\nK",
          facts=dict(promised_date="2027-01-21"),
          note="Reply to the due-day reminder (Mon 18 Jan): 'not today ... Thursday' -> 21 Jan.")

    th = thread("lucia", "reminder", "2027-003", 1240.00, "2027-01-12", "2027-01-19 09:00", client="Owen Price")
    reply("client-reply-promise", owner="lucia", frm=("Owen Price", "owen@pricephysio.co.uk"),
          date="2027-01-20 18:02", tz="Europe/London", th=th, quote="gmail",
          body=("Hi Lucía, I've just sent €500 and the other €740 will follow on the 30th, when our January takings are "
                "in. Hope that's OK – shout if it isn't.\n\nOwen\nPrice Physio, Bath"),
          facts=dict(promised_date="2027-01-30", amount="740.00"),
          note="Part paid now, balance promised on the 30th (no dispute) -> promise; amount = the promised balance.")

    th = thread("tom", "reminder", "INV-2026-130", 4200.00, "2026-11-20", "2026-11-25 09:00", kind="company",
                to="Accounts Payable <accounts.payable@shannonmed.ie>")
    reply("client-reply-promise", owner="tom", frm=("Accounts Payable", "accounts.payable@shannonmed.ie"),
          date="2026-11-26 10:12", tz="Europe/Dublin", th=th, quote="outlook_uk", prefix="RE: ",
          html="outlook", lang_html="EN-IE",
          body=("Dear Supplier,\n\nPlease be advised that invoice INV-2026-130 has been approved and is scheduled for "
                "payment on 04/12/2026.\n\nPlease do not use this mailbox for queries about purchase orders.\n\n"
                "Regards,\nAccounts Payable Team\nShannon Medical Devices Ltd\n\n"
                "This message is confidential. If you are not the intended recipient, please notify the sender and "
                "delete it."),
          facts=dict(promised_date="2026-12-04", reference="INV-2026-130"),
          note="AP team's canned but human-sent reply; 04/12/2026 is day-first (Irish) = 4 December.")

    th = thread("ruth", "reminder", "RA-0149", 3100.00, "2026-11-30", "2026-12-08 09:00", client="Whitney Larson")
    reply("client-reply-promise", owner="ruth", frm=("Whitney Larson", "wlarson@brightpathmedia.com"),
          date="2026-12-09 11:30", tz="America/Los_Angeles", th=th, quote="gmail_us", html="gmail",
          body=("Hi Ruth,\n\nGood news – your invoice is approved now. Our terms are net 30 from approval, so you'll see "
                "it by January 8 at the latest. I know that's longer than you'd like; I've asked if we can speed it up "
                "but no promises.\n\nBest,\nWhitney\n\nWhitney Larson\nProduction Coordinator | Brightpath Media\n"
                "Los Angeles, CA"),
          facts=dict(promised_date="2027-01-08"),
          note="US client: net 30 from approval, 'by January 8 at the latest'.")

    th = thread("ruth", "reminder", "RA-0143", 450.00, "2026-11-13", "2026-11-24 09:00", client="Brian Holloway")
    reply("client-reply-promise", owner="ruth", frm=("BRIAN HOLLOWAY", "bholloway@btinternet.com"),
          date="2026-11-26 14:05", tz="Europe/London", th=th, quote="none",
          body="RUTH\n\nSORRY FOR DELAY. WILL POST CHEQUE MONDAY.\n\nREGARDS\nBRIAN HOLLOWAY",
          facts=dict(promised_date="2026-11-30"),
          note="ALL CAPS, older client; will post a cheque Monday (Thu 26 Nov -> Mon 30 Nov).")

    th = thread("tom", "reminder", "INV-2026-134", 380.00, "2026-12-15", "2026-12-28 09:00", client="Gráinne Fitzgerald")
    reply("client-reply-promise", owner="tom", frm=("Grainne Fitzgerald", "grainne@fitzyoga.ie"),
          date="2026-12-29 11:00", tz="Europe/Dublin", th=th, quote="gmail",
          body=("Hi Tom, happy Christmas! I'll pay this in the new year once the January class bookings come in, if "
                "that's ok. The new site's getting loads of compliments btw 🧘‍♀️\n\nGrainne"),
          note="Vague promise ('in the new year once bookings come in') -> no date.")

    th = thread("lucia", "reminder", "2026-057", 880.00, "2026-12-08", "2026-12-17 09:00", client="Sam Hollis")
    reply("client-reply-promise", owner="lucia", frm=("Sam Hollis", "sam@hollisstudio.com.au"),
          date="2026-12-17 21:45", tz="Australia/Melbourne", th=th, quote="gmail",
          body=("hey Lucía, sorry I've been hopeless. I'll try to get it sorted next week, things are insane here "
                "before the break.\n\nSam"),
          note="Australian, hedged 'I'll try to get it sorted next week' -> promise without date.")

    th = thread("tom", "reminder", "INV-2027-004", 1560.00, "2027-01-20", "2027-01-28 09:00", client="Sarah Kinsella",
                to="Sarah Kinsella <sarah.kinsella@liffeyvalleyfoods.ie>")
    reply("client-reply-promise", owner="tom", frm=("Rachel Dunne", "rachel.dunne@liffeyvalleyfoods.ie"),
          date="2027-01-29 15:20", tz="Europe/Dublin", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Hi Tom,\n\nSarah is on maternity leave so I've picked up her inbox. I've put your invoice through for "
                "approval this afternoon and it should be paid on Wednesday.\n\nAny questions in the meantime, come to "
                "me directly.\n\nThanks,\nRachel Dunne\nMarketing Manager, Liffey Valley Foods"),
          facts=dict(promised_date="2027-02-03"),
          note="Colleague covering a maternity leave; Fri 29 Jan -> Wednesday 3 Feb.")

    th = thread("ruth", "reminder", "RA-0155", 920.00, "2027-01-05", "2027-01-13 09:00", client="Lachlan Brooks")
    reply("client-reply-promise", owner="ruth", frm=("Lachlan Brooks", "lachlan@saltwaterstudios.com.au"),
          date="2027-01-14 07:10", tz="Australia/Sydney", th=th, quote="gmail",
          body=("Morning Ruth, apologies, this one's on me. I'll do the transfer tomorrow – I'm on set all day today "
                "with no laptop.\n\nCheers,\nLachlan"),
          facts=dict(promised_date="2027-01-15"),
          note="Sydney, Thu 14 Jan 07:10 local (still Wed 13 Jan in London/UTC): 'tomorrow' = 15 Jan.")

    th = thread("ale", "reminder", "39/2026", 2640.00, "2026-12-31", "2027-01-08 09:00", client="Nick Foster")
    reply("client-reply-promise", owner="ale", frm=("Nick Foster", "nick.foster@fosterharris.co.uk"),
          date="2027-01-11 09:40", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Morning Alessandra,\n\nApologies – we're halfway through switching banks and all outgoing payments are "
                "on hold until the 20th. You'll be first in the queue after that, I promise.\n\nNick\n\nNick Foster | "
                "Director | Foster Harris Ltd"),
          note="Payments on hold 'until the 20th', paid after that -> promise with no exact date (like 'after the 10th').")

    th = thread("ruth", "statement", "RA-0145", None, None, "2027-01-21 09:00", client="Amira Khan",
                invoices=[("RA-0145", 700.00, "2026-12-15"), ("RA-0151", 1150.00, "2027-01-10")], deadline="2027-01-31")
    reply("client-reply-promise", owner="ruth", frm=("Amira Khan", "amira@khanmedialab.co.uk"),
          date="2027-01-22 16:50", tz="Europe/London", th=th, quote="gmail",
          body=("Hi Ruth – RA-0145 went out today. RA-0151 I'll pay on the 1st of Feb with our next invoice cycle, if "
                "that's alright?\n\nAmira"),
          facts=dict(promised_date="2027-02-01", reference="RA-0151"),
          note="Two invoices: one paid today, the other promised for 1 Feb -> promise (per precedence); reference = the promised one.")

    th = thread("lucia", "reminder", "2026-054", 1200.00, "2026-11-20", "2026-12-01 09:00", client="Gareth Lloyd")
    reply("client-reply-promise", owner="lucia", frm=("Gareth Lloyd", "gareth@lloydcycles.co.uk"),
          date="2026-12-02 13:20", tz="Europe/London", th=th, quote="none",
          body="Lucía, apologies, I'll send the €1,200 on Tuesday.\n\nGareth\n\nGareth Lloyd | Lloyd Cycles | Cardiff",
          facts=dict(promised_date="2026-12-08", amount="1200.00"),
          note="Wed 2 Dec -> Tuesday 8 Dec; amount stated.")

    th = thread("ale", "reminder", "5/2027", 300.00, "2027-02-05", "2027-02-11 09:00", client="Jess Morgan")
    reply("client-reply-promise", owner="ale", frm=("Jess Morgan", "jessmorgan.art@outlook.com"),
          date="2027-02-12 08:30", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ",
          body="Sorry!! Will do it today x\n\nGet Outlook for Android",
          facts=dict(promised_date="2027-02-12"),
          note="'Will do it today' -> the Date's own day.")

# ================================================================= DISPUTE (14)
def dispute():
    th = thread("ruth", "reminder", "RA-0147", 1450.00, "2026-11-30", "2026-12-07 09:00", client="Tom Fletcher")
    reply("client-reply-dispute", owner="ruth", frm=("Tom Fletcher", "tom@fletcherdigital.co.uk"),
          date="2026-12-07 11:20", tz="Europe/London", th=th, quote="gmail",
          body=("Hi Ruth,\n\nJust looking at this before I approve it – the quote we agreed in September was £1,200 for "
                "the podcast intro package. The invoice has come through at £1,450 and I don't remember signing off on "
                "anything extra. Can you reissue it at the quoted figure, or send me a breakdown of what the £250 is "
                "for?\n\nThanks,\nTom"),
          note="Wrong amount vs the agreed quote; asks for reissue or breakdown.")

    th = thread("tom", "reminder", "INV-2026-122", 3600.00, "2026-11-15", "2026-11-24 09:00", client="Lisa Brennan")
    reply("client-reply-dispute", owner="tom", frm=("Lisa Brennan", "lisa@brennanhomewares.ie"),
          date="2026-11-25 21:10", tz="Europe/Dublin", th=th, quote="apple",
          body=("Tom,\n\nI'm not going to pay the balance on this until the checkout is fixed. We've had three customers "
                "this week ring us to say they couldn't complete an order on their phones, and I've sent you two "
                "emails about it that haven't been answered. Once the site actually works on mobile I'll pay, no "
                "problem.\n\nLisa\n\nSent from my iPad"),
          note="Withholds payment until a defect is fixed; the conditional 'I'll pay' does not make it a promise.")

    th = thread("tom", "due", "INV-2026-114", 850.00, "2026-11-13", "2026-11-16 09:00", client="Mark Devlin")
    reply("client-reply-dispute", owner="tom", frm=("Mark Devlin", "m.devlin@atlanticsurfco.ie"),
          date="2026-11-17 09:50", tz="Europe/Dublin", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Hi Tom,\n\nINV-2026-114 looks like a duplicate of INV-2026-109 – same description (social media "
                "templates, October), same amount. We paid 109 on 30 October. Can you check and cancel 114 if that's "
                "the case?\n\nThanks,\nMark\n\nMark Devlin | Finance | Atlantic Surf Co. | Lahinch"),
          facts=dict(reference="INV-2026-114"),
          note="'Already billed' duplicate claim = dispute (the 'paid' sentence is about the other invoice, 109).")

    th = thread("lucia", "reminder", "2026-050", 4800.00, "2026-11-20", "2026-12-02 09:00", client="Rebecca Stone")
    reply("client-reply-dispute", owner="lucia", frm=("Rebecca Stone", "rebecca.stone@stonehouseagency.com"),
          date="2026-12-03 15:40", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ", html="outlook",
          body=("Dear Lucía,\n\nThank you for your reminder. Before we process this, I need to raise the delivery "
                "timeline. The brand guidelines were due on 15 October and arrived on 6 November, which pushed our own "
                "launch back and cost us with our client. Given that, we think a 15% reduction on this invoice is fair. "
                "If you agree, please send a credit note for €720 and we'll pay the balance straight away.\n\n"
                "Kind regards,\nRebecca Stone\nHead of Operations | Stonehouse Agency"),
          note="Asks for a 15% discount / credit note because of late delivery.")

    th = thread("ale", "reminder", "33/2026", 1100.00, "2026-11-30", "2026-12-10 09:00", client="Tim Edwards")
    reply("client-reply-dispute", owner="ale", frm=("Tim Edwards", "tim@edwardsarch.co.uk"),
          date="2026-12-11 12:05", tz="Europe/London", th=th, quote="gmail",
          body=("Alessandra,\n\nWe've paid €800 today. The remaining €300 is the \"additional revisions\" line – four "
                "hours we never agreed to. The scope said two rounds of revisions and we had two. Happy to talk about "
                "it, but we won't pay that part as it stands.\n\nTim\n\nTim Edwards RIBA\nEdwards Architects, Leeds"),
          facts=dict(amount="800.00"),
          note="Partial payment (€800) + refusal of the rest = dispute; amount = what they state as paid.")

    th = thread("ruth", "reminder", "RA-0141", 2600.00, "2026-11-06", "2026-11-18 09:00", kind="company",
                to="Greenfield Games <ops@greenfieldgames.io>")
    reply("client-reply-dispute", owner="ruth", frm=("Nikhil Rao", "ops@greenfieldgames.io"),
          date="2026-11-19 10:05", tz="Europe/London", th=th, quote="gmail",
          body=("Hi Ruth,\n\nWe cancelled the Hollow Pines project on 18 September – see Kate's email of that date. "
                "Anything done after that wasn't authorised and we won't be paying for it. If you want to re-invoice "
                "for the work up to 18 September only, we'll look at that.\n\nRegards,\nNikhil Rao\nHead of Production, "
                "Greenfield Games"),
          note="Project cancelled; refuses to pay for work after cancellation.")

    th = thread("tom", "reminder", "INV-2026-125", 2420.00, "2026-11-20", "2026-11-30 09:00", client="Marco Bellini")
    reply("client-reply-dispute", owner="tom", frm=("Marco Bellini", "marco.bellini@bellinitessuti.it"),
          date="2026-11-30 17:30", tz="Europe/Rome", th=th, quote="outlook_uk", prefix="R: ",
          body=("Good evening Tom,\n\nI have check the invoice and there is an error I think. We agree 45 euro for hour, "
                "not 55 euro, you can see in the email of June. So the total is not correct, should be 1.980 euro more "
                "or less. Please can you send me a new invoice with the correct rate and I pay immediately.\n\n"
                "Best regards\nMarco Bellini\nBellini Tessuti S.r.l. – Como"),
          note="Italian client writing English ('R:' prefix); contests the hourly rate; 'I pay immediately' is conditional on a new invoice.")

    th = thread("tom", "invoice", "INV-2026-131", 2460.00, "2026-12-31", "2026-12-01 10:00", client="Jonas Keller",
                subject="Invoice INV-2026-131 – Keller Media trade show graphics")
    reply("client-reply-dispute", owner="tom", frm=("Jonas Keller", "jonas.keller@kellermedia.de"),
          date="2026-12-10 10:15", tz="Europe/Berlin", th=th, quote="none", prefix="AW: ",
          body=("Hello Tom,\n\nyour invoice INV-2026-131 includes Irish VAT at 23%. We are a VAT-registered company in "
                "Germany (DE 298765431), so this should be reverse charge and invoiced net. Our accountant will not "
                "accept an invoice with foreign VAT on it. Please send a corrected invoice for €2,000.00 net with the "
                "reverse charge note and we will pay within our normal terms.\n\nBest regards\nJonas Keller\n"
                "Keller Media GmbH · Hamburg"),
          facts=dict(reference="INV-2026-131", amount="2000.00"),
          note="Reply to the invoice mail itself: wrong VAT treatment, wants corrected invoice; accepts €2,000 net.")

    th = thread("lucia", "reminder", "2026-053", 2300.00, "2026-11-30", "2026-12-14 09:00", client="Alan Pierce")
    reply("client-reply-dispute", owner="lucia", frm=("Alan Pierce", "alan@piercewines.co.uk"),
          date="2026-12-14 19:30", tz="Europe/London", th=th, quote="gmail", html="gmail",
          body=("Lucía,\n\nI'm surprised to get a reminder about this, frankly. I wrote to you on 20 November about the "
                "catalogue and haven't had a reply.\n\nTo recap: the printed catalogue went out to 1,200 trade customers "
                "with the wrong prices on four pages (the 2025 list, not the 2026 one I sent you), two Rioja producers "
                "spelled wrong and the Albariño page missing its vintage. We had to reprint and post a correction, "
                "which cost us a little over £900, not counting the embarrassment with our customers.\n\nI've always "
                "been happy with your work, which is why this is so disappointing. I'm not paying the full invoice for "
                "a job that ended up costing me money. I'd like to agree a reduction that reflects the reprint before "
                "anything is paid.\n\nAlan Pierce\nPierce Wines, Bristol"),
          note="Long unhappy mail: errors in the work, reprint cost; wants a reduction before paying.")

    th = thread("ruth", "reminder", "RA-0153", 1980.00, "2027-01-10", "2027-01-18 09:00", client="Zoe Patel")
    reply("client-reply-dispute", owner="ruth", frm=("Zoe Patel", "zoe@patelproductions.co.uk"),
          date="2027-01-19 13:00", tz="Europe/London", th=th, quote="gmail",
          body=("Hi Ruth, the invoice still includes the two studio days on 7 and 8 Jan, which we cancelled on the 4th "
                "(more than the 48 hours' notice in your terms). Please send a credit note for those two days and "
                "we'll settle the rest.\n\nZoe"),
          note="Cancelled days still billed; wants a credit note, will pay the rest only after.")

    th = thread("tom", "late_fee", "INV-2026-132", 1600.00, "2026-12-10", "2027-01-25 09:00", kind="company",
                deadline="2027-02-05", to="Accounts <accounts@westportbrewing.ie>")
    reply("client-reply-dispute", owner="tom", frm=("Fiona Walsh", "accounts@westportbrewing.ie"),
          date="2027-01-26 11:45", tz="Europe/Dublin", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Tom,\n\nWe will pay the invoice amount of €1,600.00 this week. We do not accept the compensation or the "
                "interest – the payment was late because the invoice was raised against the wrong PO and it took your "
                "side two weeks to reissue it. Please confirm that the €1,600 settles the matter.\n\nRegards,\n"
                "Fiona Walsh\nFinancial Controller\nWestport Brewing Co."),
          facts=dict(amount="1600.00"),
          note="Reply to the late-fee reminder: will pay the principal but rejects interest and compensation -> dispute (pays only part).")

    th = thread("ale", "reminder", "37/2026", 980.00, "2026-12-05", "2026-12-15 09:00", client="Grace Whitmore")
    reply("client-reply-dispute", owner="ale", frm=("Grace Whitmore", "grace@whitmoreskincare.com"),
          date="2026-12-16 14:20", tz="Europe/London", th=th, quote="gmail", html="gmail",
          body=("Hi Alessandra,\n\nBefore we pay this – I think there may be a mistake. When we spoke in October you said "
                "the second round of edits on the packaging was included in the package price, but it's on the invoice "
                "as a separate line (€280). Could you have a look? Happy to pay the rest as soon as it's sorted.\n\n"
                "Thanks so much,\nGrace 🌿"),
          note="Polite, hedged ('I think there may be a mistake'), but contests a €280 line as agreed-included.")

    th = thread("lucia", "reminder", "2026-056", 3900.00, "2026-12-05", "2026-12-16 09:00", client="Robert Castell")
    reply("client-reply-dispute", owner="lucia", frm=("Office of Robert Castell", "office@castellandco.com"),
          date="2026-12-18 10:10", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Dear Ms Martín,\n\nMr Castell has asked me to let you know that payment of invoice 2026-056 is being "
                "withheld until the remaining deliverables – the editable source files and the font licences – are "
                "provided, as set out in clause 4 of the agreement.\n\nOnce these have been received, the invoice will "
                "be processed in the next payment cycle.\n\nKind regards,\nMia Harding\nExecutive Assistant to Robert "
                "Castell\nCastell & Co. Property"),
          facts=dict(reference="2026-056"),
          note="Executive assistant writes for the client: payment withheld until deliverables arrive.")

    th = thread("ruth", "final", "RA-0140", 350.00, "2026-10-16", "2026-11-27 09:00", client="Danny Cross",
                deadline="2026-12-11")
    reply("client-reply-dispute", owner="ruth", frm=("Danny Cross", "dannycross@hotmail.co.uk"),
          date="2026-11-28 00:12", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ",
          body="Not paying this. You know why.",
          note="Four words after midnight, outright refusal.")

# ================================================================= OTHER human replies (12)
def other():
    th = thread("tom", "reminder", "INV-2026-123", 520.00, "2026-11-20", "2026-11-27 09:00", client="Emma Reilly")
    reply("client-reply-other", owner="tom", frm=("Emma Reilly", "emma@reillydental.ie"),
          date="2026-11-30 10:05", tz="Europe/Dublin", th=th, quote="gmail",
          body=("Hi Tom, sorry, can you resend the invoice? I can't find it anywhere – I think it went to my old "
                "address.\n\nThanks,\nEmma"),
          note="Asks to resend the invoice.")

    th = thread("ruth", "reminder", "RA-0156", 2750.00, "2027-01-15", "2027-01-26 09:00", kind="company",
                to="Purchase Ledger <purchase.ledger@northbridgeuniversity.ac.uk>")
    reply("client-reply-other", owner="ruth", frm=("Purchase Ledger", "purchase.ledger@northbridgeuniversity.ac.uk"),
          date="2027-01-27 09:35", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ", html="outlook",
          body=("Dear Ruth,\n\nWe are unable to process invoice RA-0156 as it does not quote a valid purchase order "
                "number. Please reissue the invoice quoting PO 4500123987 and send it to "
                "invoices@northbridgeuniversity.ac.uk. Invoices received without a PO number will be returned.\n\n"
                "Kind regards,\nKaren\nPurchase Ledger Team, Finance Directorate\nNorthbridge University"),
          facts=dict(reference="RA-0156"),
          note="PO number required before processing; an admin request, not a dispute of the charge.")

    th = thread("lucia", "reminder", "2026-058", 1500.00, "2026-12-31", "2027-01-11 09:00", client="Tom Ashworth")
    reply("client-reply-other", owner="lucia", frm=("Tom Ashworth", "tom.ashworth@ashworthlegal.co.uk"),
          date="2027-01-11 16:00", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Hi Lucía,\n\nQuick check before we pay: last week we received an email, apparently from you, saying your "
                "bank details had changed to a Revolut account. Is that genuine? The reminder below still shows the "
                "CaixaBank IBAN. I'd rather confirm by phone – could you give me a call on 0161 555 0148?\n\nTom\n\n"
                "Tom Ashworth | Partner | Ashworth Legal LLP, Manchester"),
          note="Fraud check on changed bank details before paying; question, no claim or date.")

    th = thread("ale", "due", "40/2026", 1320.00, "2027-01-04", "2027-01-04 09:00", client="Lucy Chambers")
    reply("client-reply-other", owner="ale", frm=("Lucy Chambers", "lucy@chambersgin.co.uk"),
          cc="Accounts <accounts@chambersgin.co.uk>", date="2027-01-05 09:15", tz="Europe/London", th=th, quote="gmail",
          body=("Hi Alessandra,\n\nReceived, thank you – I've copied in our accounts team who look after payments.\n\n"
                "Happy new year!\nLucy"),
          note="'Received, thanks' and forwarded to accounts (cc).")

    th = thread("tom", "reminder", "INV-2026-135", 690.00, "2026-12-04", "2026-12-15 09:00", client="Paul Nolan")
    reply("client-reply-other", owner="tom", frm=("Paul Nolan", "paul@nolanelectrical.ie"),
          date="2026-12-16 08:30", tz="Europe/Dublin", th=th, quote="none",
          body=("Tom, which invoice is this for? We've two from you, the van livery and the website, and I'm not sure "
                "which is which. Send me a copy and I'll check.\n\nPaul\nNolan Electrical"),
          note="Which invoice? Asks for a copy.")

    th = thread("lucia", "reminder", "2026-059", 2850.00, "2026-12-31", "2027-01-11 09:00", client="Chris Adams")
    reply("client-reply-other", owner="lucia", frm=("Chris Adams", "chris@adamsventures.com"),
          date="2027-01-12 14:25", tz="America/New_York", th=th, quote="gmail_us",
          body=("Hi Lucía,\n\nCan we jump on a quick call Thursday? I want to talk through phase two and go over the "
                "invoices with you while we're at it. 10am my time work for you?\n\nChris\n\nChris Adams\nFounder, Adams "
                "Ventures"),
          note="Asks for a call; 'go over the invoices' without any claim.")

    th = thread("ruth", "courtesy", "RA-0157", 1200.00, "2027-02-12", "2027-02-08 09:00", client="Ade Bakare",
                issue="2027-01-29")
    reply("client-reply-other", owner="ruth", frm=("Ade Bakare", "ade@bakarepictures.com"),
          date="2027-02-08 12:10", tz="Europe/London", th=th, quote="gmail",
          body=("Thanks Ruth, noted.\n\nUnrelated – are you free for a short documentary in March? Two weeks of sound "
                "design plus the mix. Budget is tight but it's a lovely project. Can send the cut over if you're "
                "interested.\n\nAde"),
          note="Courtesy reminder before due date; 'noted' + new work offer, no payment statement.")

    th = thread("tom", "reminder", "INV-2026-137", 1980.00, "2026-12-20", "2027-01-06 09:00", client="Gavin Murphy",
                to="Gavin Murphy <gavin.murphy@kestrelhomes.ie>")
    reply("client-reply-other", owner="tom", frm=("Gavin Murphy", "gavmurphy77@gmail.com"),
          date="2027-01-07 12:00", tz="Europe/Dublin", th=th, quote="gmail",
          body=("Hi Tom,\n\nI left Kestrel Homes at the end of December so I can't help with this one I'm afraid. Please "
                "send it to accounts@kestrelhomes.ie and copy in Orla Byrne (orla.byrne@kestrelhomes.ie), who's taken "
                "over marketing.\n\nAll the best, and thanks for all the work over the years,\nGavin\n"
                "(replying from my personal address)"),
          note="Human reply from the former contact's personal address: left the company, redirect to accounts. Not an auto-reply.")

    th = thread("ale", "reminder", "35/2026", 1464.00, "2026-11-16", "2026-11-25 09:00", kind="company",
                to="Accounts Payable <ap@blackwoodpublishing.co.uk>")
    reply("client-reply-other", owner="ale", frm=("Accounts Payable", "ap@blackwoodpublishing.co.uk"),
          date="2026-11-26 10:40", tz="Europe/London", th=th, quote="outlook_uk", prefix="RE: ",
          body=("Hello,\n\nCould you confirm whether the amount on invoice 35/2026 includes VAT? Our system needs the net "
                "and VAT amounts entered separately and the invoice only shows a total. If it's outside the scope of UK "
                "VAT, could you say so on the invoice?\n\nMany thanks,\nPriya\nAccounts Payable, Blackwood Publishing"),
          facts=dict(reference="35/2026"),
          note="VAT question about the invoice, no contest of the amount.")

    th = thread("ruth", "reminder", "RA-0158", 420.00, "2027-02-05", "2027-02-12 09:00", client="Holly Grant")
    reply("client-reply-other", owner="ruth", frm=("Holly Grant", "holly@hollygrantceramics.co.uk"),
          date="2027-02-13 10:20", tz="Europe/London", th=th, quote="apple",
          body=("Hi Ruth! Can I pay by card? My business account is being a total pain this week. If you've got a Stripe "
                "or SumUp link that'd be amazing xx\n\nHolly\n\nSent from my iPhone"),
          note="Asks for a card payment link; no promise, no date.")

    th = thread("tom", "reminder", "INV-2026-138", 1250.00, "2027-01-08", "2027-01-19 09:00", client="Kevin Lynch",
                to="Kevin Lynch <kevin@lynchconstruction.ie>")
    fwd_body = ("Fiona – can you look at this? Not sure if we paid it or not. It's the lad who did the brochure.\n\nK\n\n"
                "Sent from my iPhone\n\nBegin forwarded message:\n\n"
                f"From: Tom Byrne <tom@byrnedesign.ie>\nDate: 19 January 2027 at 09:00:00 GMT\n"
                f"To: Kevin Lynch <kevin@lynchconstruction.ie>\nSubject: {th['subject']}\n\n" + th["text"])
    reply("client-reply-other", owner="tom", frm=("Kevin Lynch", "kevin@lynchconstruction.ie"),
          to="Fiona Hayes <fiona@lynchconstruction.ie>", cc="Tom Byrne <tom@byrnedesign.ie>",
          date="2027-01-20 08:05", tz="Europe/Dublin", th=th, quote="none", prefix="Fwd: ", body=fwd_body,
          note="Client forwards the reminder to his bookkeeper (freelancer in cc): 'not sure if we paid it' — no claim.")

    th = thread("lucia", "reminder", "2026-060", 5200.00, "2027-01-15", "2027-01-27 09:00", kind="company",
                to="Accounts Payable <ap@redwoodlabs.com>")
    reply("client-reply-other", owner="lucia", frm=("Michelle Ortiz", "ap@redwoodlabs.com"),
          date="2027-01-28 09:15", tz="America/Los_Angeles", th=th, quote="outlook_us", prefix="RE: ", html="outlook",
          lang_html="EN-US",
          body=("Hi Lucía,\n\nBefore we can release payment to an international vendor, our finance system requires a "
                "completed W-8BEN-E (or a W-8BEN if you invoice as an individual). I've attached the blank form – could "
                "you complete and return it? Once it's on file we can set you up for payment.\n\nThanks,\n"
                "Michelle Ortiz\nAP Specialist | Redwood Labs, Inc.\nSan Jose, CA"),
          attachments=[attach("fw8bene.pdf", "application/pdf", fake_pdf("Form W-8BEN-E (Rev. October 2021)"))],
          note="US AP needs a tax form before paying; no promise or date.")

# ================================================================= MACHINE (8)
def machine():
    # 1. bank credit alert (Tom, AIB-style)
    d = dt("2026-11-20 07:31", "Europe/Dublin")
    body = ("Dear Customer,\n\nA credit has been lodged to your account.\n\nAccount: Business Current Account ****5678\n"
            "Amount: EUR 2,460.00\nDate: 19/11/2026\nFrom: HARBOUR POINT HOTELS LTD\nReference: INV-2026-121\n\n"
            "You can view your transactions by logging in to Internet Banking or the Mobile App.\n\n"
            "We will never ask you for your full PIN, passcode or card details by email.\n\n"
            "This is an automated message, please do not reply.\nAllied Irish Banks, p.l.c. is regulated by the "
            "Central Bank of Ireland.")
    html = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">'
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#6b2c91;color:#fff;padding:16px">'
            '<b>Credit received</b></td></tr><tr><td style="padding:16px">' + paras_html(body) +
            '</td></tr></table></body></html>')
    raw("payment-notification", message([
        ("From", "AIB Business Alerts <alerts@notifications.aib.ie>"), ("To", "tom@byrnedesign.ie"),
        ("Subject", "Credit received on your account ****5678"), ("Date", format_datetime(d)),
        ("Message-ID", mid("aib-credit-2460", "notifications.aib.ie")), ("Auto-Submitted", "auto-generated")],
        multi("alternative", text(body), text(html, "html"))),
        dict(amount="2460.00", reference="INV-2026-121"),
        "Bank credit alert, EUR 2,460 from the client, reference = invoice number.")

    # 2. Wise received money (Ruth)
    d = dt("2026-12-13 08:02", "Europe/London")
    body = ("You've received £600.00 GBP\n\nHi Ruth,\n\nCALLUM REID sent you 600.00 GBP. It's now in your GBP balance.\n\n"
            "Reference: RA-0148 Callum\n\nTransfer #1190045512\n\nSee details in your account.\n\n"
            "Thanks,\nThe Wise Team\n\nWise Payments Limited, 6th Floor, The Tea Building, 56 Shoreditch High Street, "
            "London E1 6JJ. Authorised by the FCA under the Electronic Money Regulations 2011.")
    raw("payment-notification", message([
        ("From", "Wise <noreply@wise.com>"), ("To", "ruth@adeyemiaudio.co.uk"),
        ("Subject", "You've received 600.00 GBP from CALLUM REID"), ("Date", format_datetime(d)),
        ("Message-ID", mid("wise-recv-600", "wise.com"))], text(body, cte="base64")),
        dict(amount="600.00", currency="GBP", reference="RA-0148"),
        "Wise incoming money notice in GBP, base64 body; reference carries the invoice number.")

    # 3. out-of-office with RFC 3834 headers (Outlook/Exchange style)
    th = thread("tom", "reminder", "INV-2026-139", 980.00, "2026-12-11", "2026-12-23 09:00", client="Niamh Doyle",
                to="Niamh Doyle <niamh.doyle@harbourpoint.ie>")
    d = dt("2026-12-23 09:00", "Europe/Dublin")
    body = ("Thank you for your email. I'm out of the office for the Christmas break and will be back on Monday "
            "4 January. I'll have limited access to email in the meantime.\n\nFor anything urgent, please contact "
            "reception@harbourpoint.ie or call +353 1 555 0100.\n\nNiamh Doyle\nMarketing Manager | Harbour Point Hotels Ltd")
    raw("auto-reply", message([
        ("From", "Niamh Doyle <niamh.doyle@harbourpoint.ie>"), ("To", "Tom Byrne <tom@byrnedesign.ie>"),
        ("Subject", "Automatic reply: " + th["subject"]), ("Date", format_datetime(d)),
        ("Message-ID", mid("ooo-niamh", "harbourpoint.ie")), ("In-Reply-To", th["msgid"]),
        ("References", th["msgid"]), ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "niamh.doyle@harbourpoint.ie")],
        multi("alternative", text(body), text(html_outlook(body, None, OWNERS["tom"], ""), "html"))),
        dict(return_date="2027-01-04"),
        "Exchange OOO with Auto-Submitted; 'back on Monday 4 January' -> 2027-01-04.")

    # 4. out-of-office WITHOUT any auto headers
    th = thread("lucia", "reminder", "2026-061", 760.00, "2027-01-15", "2027-01-25 09:00", client="James Whitley")
    d = dt("2027-01-25 09:01", "Europe/London")
    body = ("Hi,\n\nI'm on annual leave and will be returning on Tuesday 2nd February. Emails will not be forwarded, so "
            "if your message is about an order or an invoice please contact my colleague Beth on "
            "beth@whitleycatering.co.uk.\n\nThanks,\nJames\n\nWhitley Catering Ltd · Harrogate")
    raw("auto-reply", message([
        ("From", "James Whitley <james@whitleycatering.co.uk>"), ("To", "Lucía Martín <lucia@martinestudio.es>".replace("Lucía Martín", Header("Lucía Martín", "utf-8").encode())),
        ("Subject", "Out of Office: " + th["subject"]), ("Date", format_datetime(d)),
        ("Message-ID", mid("ooo-james", "whitleycatering.co.uk")), ("In-Reply-To", th["msgid"])],
        text(body, cte="7bit")),
        dict(return_date="2027-02-02"),
        "Out-of-office without Auto-Submitted/X-Autoreply headers; 'returning on Tuesday 2nd February' -> 2027-02-02.")

    # 5. Postfix bounce, permanent (Alessandra's ISP)
    d = dt("2026-11-18 10:02", "Europe/Rome")
    th = thread("ale", "reminder", "30/2026", 1340.00, "2026-11-06", "2026-11-18 10:01", client="Sophie Lane",
                to="Sophie Lane <accounts@foxglovedesign.co.uk>")
    orig = (f"From: Alessandra Rossi <alessandra@example.it>\nTo: Sophie Lane <accounts@foxglovedesign.co.uk>\n"
            f"Subject: {th['subject']}\nDate: {format_datetime(th['date'])}\nMessage-ID: {th['msgid']}\n"
            "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            + th["text"] + "\n")
    human = ("This is the mail system at host smtp.example.it.\n\nI'm sorry to have to inform you that your message could "
             "not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send "
             "mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text "
             "from the attached returned message.\n\n                   The mail system\n\n"
             "<accounts@foxglovedesign.co.uk>: host mx.foxglovedesign.co.uk[203.0.113.45] said:\n    550 5.1.1 "
             "<accounts@foxglovedesign.co.uk>: Recipient address rejected: User\n    unknown in virtual mailbox table "
             "(in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; smtp.example.it\nX-Postfix-Queue-ID: 4Ck2Pq1sLJz9vBq\n"
          "X-Postfix-Sender: rfc822; alessandra@example.it\nArrival-Date: Wed, 18 Nov 2026 10:01:58 +0100 (CET)\n\n"
          "Final-Recipient: rfc822; accounts@foxglovedesign.co.uk\nOriginal-Recipient: rfc822;accounts@foxglovedesign.co.uk\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx.foxglovedesign.co.uk\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <accounts@foxglovedesign.co.uk>: Recipient\n    address rejected: User "
          "unknown in virtual mailbox table\n")
    p = multi("report", Part("text/plain", human.encode(), {"charset": "us-ascii"}, "7bit",
                             [("Content-Description", "Notification")]),
              Part("message/delivery-status", ds.encode(), {}, None, [("Content-Description", "Delivery report")]),
              Part("message/rfc822", orig.encode(), {}, "8bit", [("Content-Description", "Undelivered Message")]),
              params={"report-type": "delivery-status"})
    raw("bounce", message([
        ("From", "MAIL-DAEMON@example.it (Mail Delivery System)".replace("MAIL-DAEMON", "MAILER-DAEMON")),
        ("To", "alessandra@example.it"), ("Subject", "Undelivered Mail Returned to Sender"),
        ("Date", format_datetime(d)), ("Message-ID", "<20261118090202.9B1A53C0412@smtp.example.it>"),
        ("Auto-Submitted", "auto-replied")], p),
        dict(failed_recipient="accounts@foxglovedesign.co.uk", permanent=True),
        "Postfix DSN, 550 5.1.1 user unknown -> permanent.")

    # 6. Office 365 delay notification (temporary)
    d = dt("2027-01-13 13:20", "Europe/Dublin")
    th = thread("tom", "reminder", "INV-2026-140", 2150.00, "2026-12-31", "2027-01-12 09:10", kind="company",
                to="Invoices <invoices@kilkennycrafts.ie>")
    human = ("Delivery is delayed to these recipients or groups:\n\ninvoices@kilkennycrafts.ie\n\nSubject: "
             f"{th['subject']}\n\nThis message hasn't been delivered yet. Delivery will continue to be attempted.\n\n"
             "The server will keep trying to deliver this message for the next 1 days, 19 hours and 50 minutes. You'll "
             "be notified if the message can't be delivered by that time.\n\n\n\n\n\n\n\nDiagnostic information for "
             "administrators:\n\nGenerating server: DB9PR03MB7321.eurprd03.prod.outlook.com\nReceiving server: "
             "mail.kilkennycrafts.ie (198.51.100.23)\n\ninvoices@kilkennycrafts.ie\nRemote server at mail.kilkennycrafts.ie "
             "(198.51.100.23) returned '400 4.4.7 Message delayed'\n13/01/2027 12:19:44 - Remote server at "
             "mail.kilkennycrafts.ie (198.51.100.23) returned '451 4.4.0 Primary target IP address responded with: "
             "\"421 4.4.2 Connection dropped due to timeout.\" Attempted failover to alternate host, but that did not "
             "succeed.'\n")
    ds = ("Reporting-MTA: dns;DB9PR03MB7321.eurprd03.prod.outlook.com\nReceived-From-MTA: "
          "dns;DB9PR03MB7321.eurprd03.prod.outlook.com\nArrival-Date: Tue, 12 Jan 2027 09:10:04 +0000\n\n"
          "Final-Recipient: rfc822;invoices@kilkennycrafts.ie\nAction: delayed\nStatus: 4.4.7\n"
          "Diagnostic-Code: smtp;400 4.4.7 Message delayed\nWill-Retry-Until: Fri, 15 Jan 2027 09:10:04 +0000\n"
          "X-Display-Name: invoices@kilkennycrafts.ie\n")
    hdrs = (f"From: Tom Byrne <tom@byrnedesign.ie>\nTo: Invoices <invoices@kilkennycrafts.ie>\nSubject: {th['subject']}\n"
            f"Date: {format_datetime(th['date'])}\nMessage-ID: {th['msgid']}\nMIME-Version: 1.0\n")
    p = multi("report", multi("alternative", text(human, cte="quoted-printable"),
                              text("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Delivery is delayed to "
                                   "these recipients or groups:</font></b></p>" + paras_html(human.split("\n\n", 1)[1], "p")
                                   + "</body></html>", "html")),
              Part("message/delivery-status", ds.encode(), {}, None),
              Part("text/rfc822-headers", hdrs.encode(), {}, "7bit"),
              params={"report-type": "delivery-status"})
    raw("bounce", message([
        ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@byrnedesign.ie>"),
        ("To", "tom@byrnedesign.ie"), ("Subject", "Delayed: " + th["subject"]), ("Date", format_datetime(d)),
        ("Message-ID", "<9f1e2a77-4c1b-4e02-8e55-2d7b3f0c6a11@DB9PR03MB7321.eurprd03.prod.outlook.com>"),
        ("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")], p),
        dict(failed_recipient="invoices@kilkennycrafts.ie", permanent=False),
        "Office 365 delay DSN (Action: delayed, 4.4.7), will retry -> temporary.")

    # 7. help-desk ticket acknowledgement
    d = dt("2027-01-28 14:03", "Europe/London")
    th = thread("ruth", "reminder", "RA-0156", 2750.00, "2027-01-15", "2027-01-28 14:00", kind="company",
                subject="Re: Invoice RA-0156 – reissued with PO 4500123987",
                to="Finance Helpdesk <finance-helpdesk@northbridgeuniversity.ac.uk>")
    body = ("Dear Ruth Adeyemi,\n\nThank you for contacting Finance Services. Your enquiry has been logged with reference "
            "INC0482913.\n\nWe aim to respond to all supplier enquiries within 10 working days. Please quote the "
            "reference above in any further correspondence about this matter; replying to this email will update your "
            "ticket.\n\nPayment runs take place every Tuesday and Thursday. You can check the status of an invoice in "
            "the Supplier Portal.\n\nFinance Services\nNorthbridge University\n\nThis is an automatically generated "
            "email. [ref:_00D58Gx2b._5004KZ1xQ9:ref]")
    raw("auto-reply", message([
        ("From", "Northbridge Finance Services <finance-helpdesk@northbridgeuniversity.ac.uk>"),
        ("To", "ruth@adeyemiaudio.co.uk"), ("Subject", "[INC0482913] " + th["subject"]),
        ("Date", format_datetime(d)), ("Message-ID", mid("ticket-INC0482913", "northbridgeuniversity.ac.uk")),
        ("In-Reply-To", th["msgid"]), ("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
        text(body)),
        {}, "Help-desk ticket acknowledgement (no return date); mentions payment runs generically.")

    # 8. "invoice viewed" notice from an invoicing app -> other
    d = dt("2026-12-02 16:47", "Europe/Dublin")
    body = ("Hi Tom,\n\nGood news – Corrib Logistics DAC has viewed invoice INV-2026-133 (€3,075.00, due 31 Dec 2026).\n\n"
            "Viewed: 2 Dec 2026, 16:45\nViewed by: ap@corrib-logistics.ie\n\nWant to get paid faster? Turn on card "
            "payments and let clients pay straight from the invoice.\n\nView invoice → https://app.ledgerly.io/inv/8d2f71\n\n"
            "Ledgerly · Unit 4, The Digital Hub, Dublin 8\nYou're receiving this because invoice notifications are on. "
            "Manage notifications.")
    raw("other", message([
        ("From", "Ledgerly <notifications@ledgerly.io>"), ("To", "tom@byrnedesign.ie"),
        ("Subject", "👀 Corrib Logistics DAC viewed invoice INV-2026-133".replace("👀", "=?utf-8?b?8J+RgA==?=")),
        ("Date", format_datetime(d)), ("Message-ID", mid("ledgerly-view-133", "ledgerly.io")),
        ("List-Unsubscribe", "<https://app.ledgerly.io/unsubscribe/8d2f71>")],
        multi("alternative", text(body), text('<html><body>' + paras_html(body) + '</body></html>', "html"))),
        {}, "Invoicing app 'invoice viewed' notice: neither a payment nor a reply -> other.")

# ================================================================= write out
def toml_str(s):
    return json.dumps(s, ensure_ascii=False)

def main():
    paid(); promise(); dispute(); other(); machine()
    order = list(range(len(MSGS)))
    random.Random(16).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    lines = ["# round16-en: English client replies (native and non-native) + a little machine mail.",
             "# Generated by make.py; bodies hand-written.", ""]
    for i, k in enumerate(order, 1):
        data, kind, facts, note = MSGS[k]
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        lines.append(f'[files."{name}"]')
        lines.append(f"kind = {toml_str(kind)}")
        lines.append('language = "en"')
        lines.append('split = "dev"')
        for key in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient"):
            if key in facts:
                lines.append(f"{key} = {toml_str(facts[key])}")
        if "permanent" in facts:
            lines.append(f"permanent = {'true' if facts['permanent'] else 'false'}")
        lines.append(f"note = {toml_str(note)}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    check()

def check():
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert set(files) == set(labels), "labels and files differ"
    kinds = Counter()
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], f"{f}: missing {h}"
        str(m["From"]); str(m["Subject"]); m["Date"].datetime
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        kinds[labels[f]["kind"]] += 1
    print(len(files), "messages OK;", dict(sorted(kinds.items())))

if __name__ == "__main__":
    main()
