#!/usr/bin/env python3
"""Round 5, English client replies (blind test set for mailduns).

Generates r5e-NNNN.eml and labels.toml in this directory, then re-parses every file.
Python 3.11, stdlib only. Every reply body below is hand-written; only the MIME plumbing,
the HTML skeletons and the quoted mailduns letters are generated.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import struct
import sys
import zlib
from datetime import datetime, timedelta, timezone, date
from email.header import Header
from email.utils import format_datetime, formataddr
import email
import email.policy

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r5e"

# ---------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)

FL = {
    "tom": dict(name="Tom Byrne", first="Tom", addr="tom@byrnedesign.ie", tz=0,
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", cur="€", fees=True),
    "ale": dict(name="Alessandra Rossi", first="Alessandra", addr="alessandra@example.it", tz=1,
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", cur="€", fees=True),
    "luc": dict(name="Lucía Martín", first="Lucía", addr="lucia@martinestudio.es", tz=1,
                iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", cur="€", fees=True),
    "fio": dict(name="Fiona MacLeod", first="Fiona", addr="fiona@macleodphoto.co.uk", tz=0,
                iban="GB82 WEST 1234 5698 7654 32", bic="NWBKGB2L", cur="£", fees=False),
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def d(s):
    """'2026-12-01' -> date"""
    y, m, dd = (int(x) for x in s.split("-"))
    return date(y, m, dd)


def long_date(x):
    return f"{x.day} {MONTHS[x.month - 1]} {x.year}"


def money(cur, amount):
    return f"{cur}{amount:,.2f}"


# ---------------------------------------------------------------------------------------------
# mailduns letters, as the English templates render them (for quoting)

LEGAL = set("ltd limited plc llp lp llc inc incorporated corp corporation cic cio srl srls spa sapa sas snc ss "
            "scarl scrl sl slu sll sa sau sccl gmbh ag kg ohg ug ev eg bv nv vof sarl sàrl eurl sasu sprl bvba "
            "lda ltda dac clg uc ulc teo teoranta cyf cyfyngedig ab oy oyj as asa aps sro kft zrt doo oo".split())
ORG = set("& studio agency agenzia agencia group gruppo grupo team company council university università "
          "universidad ministry ministero ministerio comune ayuntamiento associazione asociación association "
          "foundation fondazione fundación trust partners associates accounts amministrazione administración "
          "contabilidad ufficio office department dept holdings".split())


def name_kind(name):
    if not name or "@" in name:
        return "none"
    words = name.lower().replace(".", "").replace(",", " ").replace("(", " ").replace(")", " ").split()
    if words and (words[-1] in LEGAL or any(w in ORG for w in words)):
        return "company"
    return "person"


def dear(name, formal=False):
    k = name_kind(name)
    if k == "person":
        return f"Dear {name},"
    if formal:
        return "Dear Sir or Madam,"
    if k == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def sign_off(name, formal=False):
    if not formal:
        return "Kind regards,"
    return "Yours sincerely," if name_kind(name) == "person" else "Yours faithfully,"


def payment_block(f, inv):
    return (f"Payment details:\n- Account name: {f['name']}\n- IBAN: {f['iban']}\n"
            f"- BIC (SWIFT): {f['bic']}\n- Payment reference: {inv}\n")


RATE = 0.1015  # ECB MRO 2.15% + 8


def fee_lines(f, amount, due, today):
    days = (today - due).days
    interest = round(amount * RATE * days / 365, 2)
    comp = 40.0
    c = f["cur"]
    return [f"Invoice amount: {money(c, amount)}",
            f"Interest at 10.15% a year from {long_date(due + timedelta(days=1))} to {long_date(today)} "
            f"({days} days): {money(c, interest)}",
            f"Compensation for recovery costs: {money(c, comp)}",
            f"Total: {money(c, amount + interest + comp)}"], amount + interest + comp


def fees_block(f, amount, due, today):
    lines, total = fee_lines(f, amount, due, today)
    t = ("As this is a commercial transaction, the legislation implementing EU Directive 2011/7/EU on "
         "combating late payment applies: statutory interest for late payment runs from the day after the "
         "due date at the European Central Bank's main refinancing rate plus 8 percentage points (currently "
         "10.15% a year), and a fixed sum of €40.00 is due as compensation for recovery costs.\n\n"
         f"The amount due as at {long_date(today)} (interest continues to run until payment) is:\n")
    t += "".join(f"- {x}\n" for x in lines)
    return t, total


def letter(o, f):
    """Render the mailduns letter described by o (a dict) for freelancer f."""
    st = o["stage"]
    client = o.get("client", "")
    inv = o.get("inv")
    c = f["cur"]
    amt = money(c, o["amount"]) if o.get("amount") else None
    due = d(o["due"]) if o.get("due") else None
    today = o["sent"].date()
    fees = f["fees"] and o.get("fees", False)
    for_amt = f" for {amt}" if amt else ""
    out = []
    if st == "invoice":
        first = o.get("client_first") or ""
        hi = f"Hi {first}," if first else "Hello,"
        return (f"{hi}\n\nPlease find attached invoice {inv}{for_amt} for {o.get('project', 'the work')}. "
                f"Payment is due by {long_date(due)}; the bank details are on the invoice.\n\n"
                f"Thanks again,\n{f['first']}\n\n--\n{f['name']}\n{f['addr']}\n")
    if st == "courtesy":
        issued = f", issued on {long_date(d(o['issued']))}," if o.get("issued") else ""
        out = [dear(client), "",
               f"This is a friendly reminder that invoice {inv}{for_amt}{issued} is due for payment on {long_date(due)}.",
               "", "If payment is already on its way, thank you, and please disregard this message.", "",
               payment_block(f, inv), "If you have any questions, just reply to this email.", "",
               sign_off(client), f["name"]]
    elif st == "due":
        late = (today - due).days
        if late > 0:
            s = (f"This is a quick reminder that invoice {inv}{for_amt} was due for payment on {long_date(due)}. "
                 "If it has not been paid yet, I would be grateful if you could arrange payment in the next few days.")
        elif late == 0:
            s = f"This is a quick reminder that invoice {inv}{for_amt} is due for payment today, {long_date(due)}."
        else:
            s = f"This is a quick reminder that invoice {inv}{for_amt} is due for payment on {long_date(due)}."
        out = [dear(client), "", s, "", "If you have already paid, thank you, and please disregard this reminder.", "",
               payment_block(f, inv), "If you have any questions, just reply to this email.", "",
               sign_off(client), f["name"]]
    elif st == "reminder":
        out = [dear(client), "",
               f"According to my records, invoice {inv}{for_amt}, due on {long_date(due)}, has not yet been paid. "
               "It may simply have been overlooked, so I would be grateful if you could arrange payment at your "
               "earliest convenience.", ""]
        if fees:
            out += [fees_block(f, o["amount"], due, today)[0]]
        out += ["If you have already paid, thank you – please let me know the payment date so that I can update my "
                "records. If there is a problem with the invoice, please reply to this email and we can sort it out.",
                "", payment_block(f, inv), sign_off(client), f["name"]]
    elif st == "late_fee":
        late = (today - due).days
        out = [dear(client), "",
               f"Invoice {inv}{for_amt}, due on {long_date(due)}, is now {late} days overdue.", ""]
        if fees:
            out += [fees_block(f, o["amount"], due, today)[0]]
        dl = long_date(d(o["deadline"]))
        out += [f"Please arrange payment{' of the total above' if fees else ''} by {dl}. If payment is already on its "
                "way, thank you – please let me know the date it was made. If there is a problem with the invoice or "
                "with the timing, please reply to this email and we can find a solution.", "",
                payment_block(f, inv), sign_off(client), f["name"]]
    elif st == "final":
        dl = long_date(d(o["deadline"]))
        head = ["Final notice before debt recovery", ""]
        if client:
            head.append(f"To: {client}")
        head.append(f"Date: {long_date(today)}")
        iss = f", issued on {long_date(d(o['issued']))}" if o.get("issued") else ""
        head.append(f"Invoice: {inv}{iss}, due on {long_date(due)}")
        if fees:
            fb, total = fees_block(f, o["amount"], due, today)
            head.append(f"Amount due: {money(c, total)} (as at {long_date(today)}; details below)")
        elif amt:
            head.append(f"Amount due: {amt}")
        head.append(f"Payment deadline: {dl}")
        out = head + ["", dear(client, True), "",
                      f"Despite my previous reminders, invoice {inv}{for_amt}, which was due for payment on "
                      f"{long_date(due)}, remains unpaid.", ""]
        if fees:
            out += [fb]
        what = "the total above" if fees else (amt or "the amount due")
        out += [f"I therefore formally request payment of {what} by {dl}.", "",
                "If payment is not received by that date, I intend to take steps to recover the debt. These may "
                "include referring the matter to a debt collection agency or a solicitor and, if necessary, starting "
                "court proceedings" + (", in which I would also claim the interest accrued and my reasonable costs "
                                       "of recovery, as the law allows" if fees else "") + ".", "",
                "I would much rather resolve this with you directly. If there is a reason for the delay, or if you "
                f"would like to propose a payment plan, please reply to this email before {dl}.", "",
                "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it "
                "would help if you could let me know the payment date so that I can update my records.", "",
                payment_block(f, inv), sign_off(client, True), f["name"]]
    elif st == "suspension":
        dl = long_date(d(o["deadline"]))
        sd = long_date(d(o["suspension"]))
        out = [dear(client), "",
               f"I am writing again about invoice {inv}{for_amt}, which was due on {long_date(due)} and remains unpaid.",
               ""]
        if fees:
            out += [fees_block(f, o["amount"], due, today)[0]]
        out += [f"If payment{' of the total above' if fees else ''} is not received by {dl}, I may have to suspend "
                f"work in progress and any services I provide to you from {sd} until the account is settled. If "
                "something is making payment difficult – for example, if you need to pay in instalments – please "
                "reply to this email and we can agree a solution.", "",
                payment_block(f, inv), sign_off(client), f["name"]]
    elif st == "statement":
        rows = []
        anyover = False
        total = 0.0
        for (n, iss, du, a) in o["invoices"]:
            du = d(du)
            late = (today - du).days
            total += a
            if late > 0:
                anyover = True
                w = f"due on {long_date(du)} ({late} day{'s' if late != 1 else ''} overdue)"
            elif late == 0:
                w = "due today"
            else:
                w = f"due on {long_date(du)}"
            rows.append(f"- {n}, issued on {long_date(d(iss))}, {w}: {money(c, a)}")
        out = [dear(client), "",
               "According to my records, the following invoices are still outstanding:" if anyover else
               "This is a friendly reminder of the following invoices, which are due for payment soon:", ""]
        out += rows + ["", f"Total due: {money(c, total)}", ""]
        if anyover:
            out += [f"Please arrange payment by {long_date(d(o['deadline']))}. If some of these invoices have already "
                    "been paid, thank you – please let me know which ones and the payment dates, so that I can update "
                    "my records. If there is a problem with any of them, please reply to this email and we can sort "
                    "it out.", ""]
        out += ["The payment details are on the invoices, in the emails they were sent with.", "",
                sign_off(client), f["name"]]
    elif st == "promise_followup":
        pd = o.get("promise_date")
        if pd:
            s = f"Thank you for letting me know that invoice {inv}{for_amt} would be paid by {long_date(d(pd))}."
        else:
            s = (f"Thank you for your earlier message about invoice {inv}{for_amt}, which was due on "
                 f"{long_date(due)}.")
        out = [dear(client), "", s, "",
               "The payment has not reached me yet. If it is already on its way, thank you – please let me know "
               "the date it was made. If you need a little more time, could you let me know when I can expect it?",
               "", payment_block(f, inv), sign_off(client), f["name"]]
    elif st == "paid_claim_followup":
        cd = f" on {long_date(d(o['claim_date']))}" if o.get("claim_date") else ""
        out = [dear(client), "",
               f"Thank you for letting me know{cd} that invoice {inv}{for_amt} has been paid.", "",
               "However, the payment has not reached my account yet. Bank transfers sometimes take a few extra days, "
               "and occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please "
               "send me the date and reference of the transfer, or a copy of the payment confirmation?", "",
               "For reference, my bank details are:", f"- Account name: {f['name']}", f"- IBAN: {f['iban']}",
               f"- BIC (SWIFT): {f['bic']}", f"- Payment reference: {inv}", "",
               "If the transfer was made only in the last day or two, it is probably still on its way, and there is "
               "no need to do anything further. Thank you for your help.", "",
               sign_off(client), f["name"]]
    else:
        raise ValueError(st)
    text = "\n".join(out)
    while "\n\n\n" in text:
        text = text.replace("\n\n\n", "\n\n")
    return text.rstrip("\n") + "\n"


def letter_subject(o):
    st, inv = o["stage"], o.get("inv")
    return {
        "invoice": f"Invoice {inv}" + (f" – {o['project']}" if o.get("project") else ""),
        "courtesy": f"Invoice {inv}: due on {long_date(d(o['due'])) if o.get('due') else ''}",
        "due": f"Invoice {inv}: payment due",
        "reminder": f"Reminder: invoice {inv}",
        "late_fee": f"Second reminder: invoice {inv}",
        "final": f"Final notice before debt recovery – invoice {inv}",
        "suspension": f"Invoice {inv}: possible suspension of work",
        "statement": "Statement of outstanding invoices",
        "promise_followup": f"Invoice {inv}: payment update",
        "paid_claim_followup": f"Invoice {inv}: payment not received yet",
    }[st]


# ---------------------------------------------------------------------------------------------
# Quoting styles

def _tz(h):
    return timezone(timedelta(hours=h))


def quote_header(style, who, when):
    """who = 'Name <addr>', when = aware datetime already in the reader's zone."""
    hh = when.strftime("%H:%M")
    dn = DAYS[when.weekday()][:3]
    mn = MONTHS[when.month - 1]
    if style == "gmail_uk":
        return f"On {dn}, {when.day} {mn[:3]} {when.year} at {hh}, {who} wrote:"
    if style == "gmail_us":
        h12 = when.strftime("%I:%M %p").lstrip("0")
        return f"On {dn}, {mn[:3]} {when.day}, {when.year} at {h12} {who} wrote:"
    if style in ("apple", "ios"):
        return f"On {when.day} {mn[:3]} {when.year}, at {hh}, {who} wrote:"
    if style == "tbird":
        return f"On {when.day:02d}/{when.month:02d}/{when.year} {hh}, {who.split(' <')[0]} wrote:"
    raise ValueError(style)


def outlook_block(style, who, to, when, subject):
    if style == "outlook_us":
        h12 = when.strftime("%I:%M %p").lstrip("0")
        sent = f"{DAYS[when.weekday()]}, {MONTHS[when.month - 1]} {when.day}, {when.year} {h12}"
    else:
        sent = f"{when.day} {MONTHS[when.month - 1]} {when.year} {when.strftime('%H:%M')}"
    return f"From: {who}\nSent: {sent}\nTo: {to}\nSubject: {subject}\n"


def gt(s):
    return "\n".join((">" if ln.startswith(">") or not ln else "> ") + ln if ln else ">" for ln in s.split("\n"))


LOC = {"it": ("Da", "Inviato", "A", "Oggetto"), "es": ("De", "Enviado el", "Para", "Asunto"),
       "pt": ("De", "Enviada", "Para", "Assunto"), "el": ("Από", "Στάλθηκε", "Προς", "Θέμα"),
       "tr": ("Kimden", "Gönderildi", "Kime", "Konu"), "zh": ("发件人", "发送时间", "收件人", "主题"),
       "en": ("From", "Sent", "To", "Subject")}


def quoted_text(style, who, to, when, subject, orig):
    """Plain-text quotation that follows the reply body."""
    if style in ("gmail_uk", "gmail_us", "tbird"):
        return f"{quote_header(style, who, when)}\n\n{gt(orig.rstrip())}\n"
    if style == "apple":
        return f"{quote_header(style, who, when)}\n\n{gt(orig.rstrip())}\n"
    if style == "ios":
        return f"> {quote_header(style, who, when)}\n> \n{gt(orig.rstrip())}\n"
    if style in ("outlook", "outlook_us"):
        return "________________________________\n" + outlook_block(style, who, to, when, subject) + "\n" + orig
    if style.startswith("outlook_") and style[8:] in LOC:
        fr, se, t, sj = LOC[style[8:]]
        return (f"{fr}: {who}\n{se}: {when.day:02d}/{when.month:02d}/{when.year} {when.strftime('%H:%M')}\n"
                f"{t}: {to}\n{sj}: {subject}\n\n{orig}")
    if style == "foxmail":
        nm, ad = who.rsplit(" <", 1)
        tn = to.rsplit(" <", 1)
        tdisp = f'"{tn[0]}"<{tn[1]}' if len(tn) == 2 else f"<{to}>"
        h12 = when.strftime("%I:%M %p").lstrip("0")
        return (f"------------------ Original ------------------\nFrom:  \"{nm}\"<{ad};\n"
                f"Date:  {DAYS[when.weekday()][:3]}, {MONTHS[when.month - 1][:3]} {when.day}, {when.year} {h12}\n"
                f"To:  {tdisp};\n\nSubject:  {subject}\n\n{orig}")
    if style == "outlook_orig":
        return "-----Original Message-----\n" + outlook_block("outlook", who, to, when, subject) + "\n" + orig
    if style == "outlook_us_orig":
        return "-----Original Message-----\n" + outlook_block("outlook_us", who, to, when, subject) + "\n" + orig
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# HTML skeletons

def esc_lines(text):
    return [html.escape(x) for x in text.rstrip("\n").split("\n")]


def text_to_html(reply, kind):
    lines = esc_lines(reply)
    if kind == "outlook":
        return "\n".join(f'<p class="MsoNormal">{x if x else "&nbsp;"}<o:p></o:p></p>' for x in lines)
    return "".join(f"<div>{x}</div>" if x else "<div><br></div>" for x in lines)


def html_gmail(body, quote=None):
    q = ""
    if quote:
        hdr, orig = quote
        inner = "<br>".join(esc_lines(orig))
        q = (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
             f'{html.escape(hdr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>')
    return f'<div dir="ltr">{body}</div>{q}\n'


def html_outlook(body, quote=None, font="Calibri", labels=("From", "Sent", "To", "Subject")):
    q = ""
    if quote:
        who, to, when, subject, orig = quote
        lf, ls, lt, lj = labels
        sent = f"{when.day} {MONTHS[when.month - 1]} {when.year} {when.strftime('%H:%M')}"
        inner = "\n".join(f'<p class="MsoNormal">{x if x else "&nbsp;"}<o:p></o:p></p>' for x in esc_lines(orig))
        q = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             f'<p class="MsoNormal"><b><span lang="EN-US">{lf}:</span></b><span lang="EN-US"> '
             f'{html.escape(who)}<br><b>{ls}:</b> {sent}<br><b>{lt}:</b> {html.escape(to)}<br>'
             f'<b>{lj}:</b> {html.escape(subject)}<o:p></o:p></span></p></div>\n{inner}\n')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}\n'
            '--></style>\n</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            f'<div class="WordSection1">\n{body}\n{q}</div>\n</body>\n</html>\n')


def html_apple(body, quote=None):
    q = ""
    if quote:
        hdr, orig = quote
        inner = "<br>".join(esc_lines(orig))
        q = (f'<div><br><blockquote type="cite"><div>{html.escape(hdr)}</div><br>'
             f'<div><div>{inner}</div></div></blockquote></div>')
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f'{body}{q}</body></html>\n')


# ---------------------------------------------------------------------------------------------
# MIME plumbing

def h(n, salt=""):
    return hashlib.sha1(f"r5e-{n}-{salt}".encode()).hexdigest()


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def leaf(ctype, payload, charset=None, cte="7bit", codec=None, filename=None, inline=False, params=""):
    """Returns (headers list, body bytes)."""
    if isinstance(payload, str):
        data = payload.encode(codec or charset or "ascii")
    else:
        data = payload
    hs = []
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"'
    if params:
        ct += params
    if filename:
        ct += f'; name="{filename}"'
    hs.append(("Content-Type", ct))
    if filename:
        hs.append(("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{filename}"'))
    hs.append(("Content-Transfer-Encoding", cte))
    if cte == "quoted-printable":
        body = quopri.encodestring(data.replace(b"\r\n", b"\n"))
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    return hs, body


def multipart(subtype, parts, boundary, extra=""):
    hs = [("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{extra}')]
    out = b""
    for phs, pbody in parts:
        out += f"--{boundary}\n".encode()
        for k, v in phs:
            out += f"{k}: {v}\n".encode()
        out += b"\n" + pbody
    out += f"--{boundary}--\n".encode()
    return hs, out


def fake_pdf(title):
    body = (f"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            f"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            f"3 0 obj\n<< /Title ({title}) >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")
    return body.encode("latin-1")


def tiny_png():
    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    raw = b"\x00" + b"\xff\xff\xff" * 4
    raw = raw * 4
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def msgid(n, style, domain):
    x = h(n, "mid")
    if style == "gmail":
        return f"<CA{base64.b32encode(bytes.fromhex(x)).decode()[:28]}+{x[:10]}@mail.gmail.com>"
    if style == "outlook":
        u = x.upper()
        srv = f"{['DB9PR', 'AM9PR', 'PAXPR', 'DU0PR', 'LO2P', 'CWLP'][int(x[0], 16) % 6]}0{int(x[1], 16) % 9}MB{u[2:6]}"
        return f"<{srv}{u[6:18]}{u[18:22]}@{srv}.eurprd0{int(x[2], 16) % 9 + 1}.prod.outlook.com>"
    if style == "outlook_us":
        u = x.upper()
        srv = f"BN{int(x[0], 16) % 9}PR0{int(x[1], 16) % 9}MB{u[2:6]}"
        return f"<{srv}{u[6:22]}@{srv}.namprd0{int(x[2], 16) % 9 + 1}.prod.outlook.com>"
    if style == "apple":
        u = x.upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    return f"<{x[:16]}.{x[16:24]}@{domain}>"


def orig_msgid(fkey, o):
    x = h(0, f"{fkey}-{o.get('inv')}-{o['stage']}-{o['sent'].isoformat()}")
    return f"<mailduns.{x[:20]}@{FL[fkey]['addr'].split('@')[1]}>"


M = []


def add(**kw):
    M.append(kw)


def build_one(n, m):
    f = FL[m["fl"]]
    ftz = _tz(f["tz"])
    y, mo, dd, hh, mi, tzh = m["date"]
    ctz = _tz(tzh)
    when = datetime(y, mo, dd, hh, mi, (n * 7) % 60, tzinfo=ctz)
    frm_name, frm_addr = m["frm"]
    domain = frm_addr.split("@")[1]
    mailer = m.get("mailer", "plain")
    o = m.get("orig")
    orig_text = orig_subj = None
    headers = []
    if o:
        o = dict(o)
        sy, smo, sd, sh, smi = o["sent"]
        o["sent"] = datetime(sy, smo, sd, sh, smi, tzinfo=ftz)
        orig_text = o.get("text") or letter(o, f)
        orig_subj = o.get("subject") or letter_subject(o)
    to = m.get("to") or [(f["name"], f["addr"])]
    subject = m.get("subject")
    if subject is None:
        subject = m.get("re", "Re: ") + orig_subj
    # the quoted original
    qstyle = m.get("quote")
    body = m["body"]
    if not body.endswith("\n"):
        body += "\n"
    plain = body
    htmlq = None
    if o and qstyle:
        ow = f"{f['name']} <{f['addr']}>"
        oto = o.get("to_disp") or (f"{frm_name} <{frm_addr}>" if frm_name else frm_addr)
        ow_local = o["sent"].astimezone(ctz)
        qt = quoted_text(qstyle, ow, oto, ow_local, orig_subj, orig_text)
        sep = m.get("qsep", "\n")
        plain = body + sep + qt
        if qstyle.startswith("outlook") or qstyle == "foxmail":
            htmlq = ("outlook", (ow, oto, ow_local, orig_subj, orig_text))
        else:
            hdr = quote_header(qstyle if qstyle != "ios" else "apple", ow, ow_local)
            htmlq = ("bq", (hdr, orig_text))
    fmt = m.get("fmt") or {"gmail": "alt", "outlook": "alt", "apple": "text", "ios": "text",
                           "plain": "text", "tbird": "text", "android": "text"}[mailer]
    charset = m.get("charset", "utf-8")
    codec = m.get("codec", charset)
    def need_qp(s):
        try:
            s.encode("ascii")
            return max(len(x) for x in s.split("\n")) > 900
        except UnicodeEncodeError:
            return True
    cte = m.get("cte") or ("quoted-printable" if need_qp(plain) else "7bit")
    # html flavour
    hkind = m.get("html_kind") or ("outlook" if mailer == "outlook" else "apple" if mailer in ("apple", "ios") else "gmail")
    def make_html():
        frag = m.get("html") or text_to_html(body, hkind)
        if hkind == "outlook":
            lab = LOC.get(qstyle[8:], LOC["en"]) if qstyle and qstyle.startswith("outlook_") else LOC["en"]
            return html_outlook(frag, htmlq[1] if htmlq and htmlq[0] == "outlook" else None, m.get("font", "Calibri"), lab)
        if htmlq and htmlq[0] == "outlook":
            who, oto, wl, sj, ot = htmlq[1]
            qq = (outlook_block("outlook", who, oto, wl, sj) + "\n" + ot)
            return html_gmail(frag, None).rstrip("\n") + "<div><hr>" + "<br>".join(esc_lines(qq)) + "</div>\n"
        if hkind == "apple":
            return html_apple(frag, htmlq[1] if htmlq else None)
        return html_gmail(frag, htmlq[1] if htmlq else None)
    bnd = lambda k: {"gmail": f"000000000000{h(n, k)[:12]}", "outlook": f"_000_{h(n, k)[:30].upper()}_",
                     "apple": f"Apple-Mail={h(n, k)[:8].upper()}-{h(n, k)[8:12].upper()}"}.get(
        mailer if mailer in ("gmail", "outlook") else ("apple" if mailer in ("apple", "ios") else "gmail"),
        f"----=_Part_{int(h(n, k)[:6], 16)}_{int(h(n, k)[6:14], 16)}")
    flowed = '; format=flowed' if mailer == "tbird" else ""
    if fmt == "text":
        root = leaf("text/plain", plain, charset, cte, codec, params=flowed)
    elif fmt == "html":
        hb = make_html()
        root = leaf("text/html", hb, m.get("html_charset", charset), m.get("html_cte", "quoted-printable"),
                    m.get("html_codec", codec))
    else:
        hb = make_html()
        p1 = leaf("text/plain", plain, charset, cte, codec)
        p2 = leaf("text/html", hb, m.get("html_charset", charset), m.get("html_cte", "quoted-printable"),
                  m.get("html_codec", codec))
        root = multipart("alternative", [p1, p2], bnd("alt"))
    atts = m.get("attach") or []
    if atts:
        parts = [root]
        for (fn, ct, data) in atts:
            parts.append(leaf(ct, data, None, "base64", filename=fn, inline=ct.startswith("image/") and m.get("inline_img", False)))
        root = multipart("mixed", parts, bnd("mix"))
    # headers
    mid = msgid(n, m.get("mid", {"gmail": "gmail", "outlook": "outlook"}.get(mailer, "apple" if mailer in ("apple", "ios") else "generic")), domain)
    headers.append(("Return-Path", f"<{m.get('return_path', frm_addr)}>"))
    if m.get("received", True):
        rhost = {"gmail": "mail-sor-f41.google.com", "outlook": "EUR05-DB8-obe.outbound.protection.outlook.com"}.get(
            mailer, f"mail.{domain}")
        headers.append(("Received", f"from {rhost} ({rhost} [203.0.113.{n % 250 + 1}])\n\tby mx.{f['addr'].split('@')[1]} "
                                    f"(Postfix) with ESMTPS id {h(n, 'rcv')[:10].upper()}\n\tfor <{f['addr']}>; "
                                    f"{format_datetime(when.astimezone(ftz) + timedelta(seconds=4))}"))
    headers.append(("From", addr(frm_name, frm_addr)))
    headers.append(("To", ", ".join(addr(a, b) for a, b in to)))
    if m.get("cc"):
        headers.append(("Cc", ", ".join(addr(a, b) for a, b in m["cc"])))
    headers.append(("Subject", enc_header(subject)))
    headers.append(("Date", format_datetime(when)))
    headers.append(("Message-ID", mid))
    if o and m.get("thread", True):
        refs = []
        if o["stage"] != "invoice":
            refs.append(orig_msgid(m["fl"], {"inv": o.get("inv"), "stage": "invoice",
                                             "sent": datetime(2026, 1, 1, tzinfo=ftz)}))
        om = orig_msgid(m["fl"], o)
        refs.append(om)
        headers.append(("In-Reply-To", om))
        headers.append(("References", " ".join(refs)))
    if mailer == "outlook":
        headers.append(("Thread-Topic", enc_header(orig_subj or subject)))
        headers.append(("Thread-Index", base64.b64encode(bytes.fromhex(h(n, "ti")[:32])).decode()))
        headers.append(("Accept-Language", m.get("lang_hdr", "en-GB, en-US")))
        headers.append(("Content-Language", m.get("lang_hdr", "en-GB").split(",")[0]))
        headers.append(("X-MS-Has-Attach", "yes" if atts else ""))
        headers.append(("X-MS-TNEF-Correlator", ""))
    for k, v in m.get("headers", []):
        headers.append((k, v))
    if mailer == "apple":
        headers.append(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"))
    elif mailer == "ios":
        headers.append(("X-Mailer", "iPhone Mail (22B91)"))
    elif mailer == "tbird":
        headers.append(("User-Agent", "Mozilla Thunderbird"))
    headers.append(("MIME-Version", "1.0"))
    out = b""
    for k, v in headers:
        out += f"{k}: {v}\n".encode()
    for k, v in root[0]:
        out += f"{k}: {v}\n".encode()
    out += b"\n" + root[1]
    return out


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def build():
    labels = []
    for i, m in enumerate(M, 1):
        fn = f"{PREFIX}-{i:04d}.eml"
        data = build_one(i, m)
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(data)
        lab = [f'[files."{fn}"]', f'kind = {toml_str(m["kind"])}', 'language = "en"', 'split = "dev"']
        for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient"):
            if m.get(k) is not None:
                lab.append(f"{k} = {toml_str(m[k])}")
        lab.append(f"note = {toml_str(m['note'])}")
        labels.append("\n".join(lab))
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("# round5-en: English client replies (hand-written), generated by make.py\n\n")
        fh.write("\n\n".join(labels) + "\n")
    check(len(M))


def check(count):
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        lab = tomllib.load(fh)["files"]
    kinds = {}
    for i in range(1, count + 1):
        fn = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, fn), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for hname in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[hname], (fn, hname)
        msg["Date"].datetime  # parses
        b = msg.get_body(preferencelist=("plain", "html"))
        assert b is not None and b.get_content().strip(), fn
        assert fn in lab, fn
        k = lab[fn]["kind"]
        kinds[k] = kinds.get(k, 0) + 1
    print(f"{count} messages OK;", ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))


# =============================================================================================
# The messages. Dates: (Y, M, D, h, m, utc_offset_hours) in the sender's zone.
# =============================================================================================

def O(stage, client, inv, amount, due, sent, **kw):
    return dict(stage=stage, client=client, inv=inv, amount=amount, due=due, sent=sent, **kw)


DISCLAIMER_DENTAL = """\
This email and any attachments are confidential and intended solely for the addressee. They may contain
patient-identifiable information. If you have received this email in error please notify the sender
immediately and delete it from your system. Kelvinside Dental Care Ltd is registered in Scotland, SC412233."""

# 1 ------------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="fio", mailer="outlook", quote="outlook",
    frm=("Karen Dunlop", "karen@kelvinsidedental.co.uk"), date=(2026, 11, 25, 13, 12, 0), re="RE: ",
    orig=O("reminder", "Kelvinside Dental Care Ltd", "FMP-1061", 480.00, "2026-11-20", (2026, 11, 24, 9, 0)),
    body="""\
Hi Fiona,

Sorry about that - Moira in the office says it went through on Tuesday with the rest of the supplier payments, so it should be with you by now if it isn't already.

The team are delighted with the photos by the way, Dr Kerr has finally stopped moaning about his old one on the website!

Kind regards

Karen Dunlop
Practice Manager
Kelvinside Dental Care
1194 Great Western Road, Glasgow G12 0BX
T: 0141 357 0192

""" + DISCLAIMER_DENTAL,
    note="Glasgow dental practice manager: 'it went through on Tuesday with the rest of the supplier payments' - paid, no payment verb, second-hand (Moira says). Chat about photos after.")

# 2 ------------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="tom", mailer="ios", quote="ios",
    frm=("Denis O'Driscoll", "odriscollbuilders@eircom.net"), date=(2026, 12, 7, 20, 41, 0),
    orig=O("reminder", "Denis O'Driscoll", "INV-2026-104", 960.00, "2026-11-30", (2026, 12, 3, 9, 30)),
    promised_date="2026-12-11",
    body="""\
Hi Tom

Kevin here, Dinny's son. Dad asked me to answer this one as hes not great with the emails. He says he'll fix you up Friday when he's back in town, he's down in Schull on a job all week and the chequebook is in the office.

Sorry about the delay

Kevin

Sent from my iPhone""",
    note="Son answering from his father's address. 'he'll fix you up Friday' = promise without payment verb; Date Monday 7 Dec -> Friday 11 Dec.")

# 3 ------------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="tom", mailer="outlook", quote="outlook",
    frm=("Gráinne Moran", "gmoran@kennedymoran.ie"), date=(2026, 11, 19, 10, 5, 0), re="RE: ",
    orig=O("reminder", "Kennedy Moran Solicitors", "INV-2026-097", 2460.00, "2026-11-15", (2026, 11, 18, 9, 0),
           fees=True),
    reference="INV-2026-097",
    body="""\
Dear Mr Byrne,

I refer to your email of 18 November.

Having reviewed invoice INV-2026-097 against your quotation of 2 September, I note that it includes six hours (€390.00) described as "additional revisions - homepage". Our understanding is that the quotation provided for two rounds of revisions, and we did not request any work beyond those. We are therefore not in a position to approve the invoice in its current form.

I would be obliged if you would issue a revised invoice omitting that item, whereupon we will arrange payment of the balance in the ordinary course.

Yours sincerely,

Gráinne Moran
Practice Manager
Kennedy Moran Solicitors
14 Fitzwilliam Place, Dublin 2, D02 XK71
T +353 1 661 0000

IMPORTANT: Kennedy Moran Solicitors will never notify you of a change to our bank details by email. If you receive such an email, please telephone the office before sending any funds.
This email and any attachment are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Kennedy Moran Solicitors is regulated by the Law Society of Ireland.""",
    note="Solicitors' practice manager, formal: contests six hours of revisions not in the quote; will pay the balance only after a revised invoice. Partial dispute; the euro figure is the disputed item, not an amount paid or promised.")

# 4 ------------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="fio", mailer="gmail", quote="gmail_uk",
    frm=("Becky Thwaite", "becky.thwaite@langdalehouse.co.uk"), date=(2026, 11, 16, 16, 20, 0),
    orig=O("reminder", "Langdale House Hotel", "FMP-1058", 1150.00, "2026-11-13", (2026, 11, 16, 9, 0)),
    body="""\
Hiya Fiona,

I'm not the right person for this I'm afraid, I only look after marketing and socials! Could you resend the invoice to accounts@langdalehouse.co.uk and mark it FAO Janet? She's the one who sorts all the supplier bills. I'd forward it but last time I did that it got lost in the ether.

Thanks so much, and the autumn shots are still doing brilliantly on Instagram :)

Becky x

--
Becky Thwaite | Marketing Coordinator
Langdale House Hotel, Great Langdale, Cumbria LA22 9JU""",
    note="Lake District hotel marketing person: not her job, asks to resend to accounts. No claim about payment.")

# 5 ------------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="tom", mailer="outlook", quote="outlook_it", re="R: ",
    frm=("Azienda Agricola Ferrero", "info@ferrerobarolo.it"), date=(2026, 12, 15, 18, 47, 1),
    charset="iso-8859-1", codec="cp1252", lang_hdr="it-IT",
    orig=O("reminder", "Azienda Agricola Ferrero", "INV-2026-112", 1845.00, "2026-12-04", (2026, 12, 9, 10, 0),
           fees=True),
    amount="1845.00",
    body="""\
Dear Tom,

sorry for the late, we have make the bonifico yesterday of 1.845,00 euro, you must see it in 2-3 days because it go from Banca d’Alba to Ireland.

The labels are beautiful, all the clients ask who make them. The Nebbiolo 2023 is almost finish!
When you come in Langhe you are our guest, my wife make the tajarin.

Cordiali saluti
Giorgio Ferrero

Azienda Agricola Ferrero Giorgio
Via Alba 22 – 12060 Barolo (CN)
P.IVA 02345670041""",
    note="Italian winemaker writing English (Outlook, cp1252 bytes under iso-8859-1): 'we have make the bonifico yesterday of 1.845,00 euro' - paid, Italian number format, Italian word for transfer.")

# 6 ------------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Hemi Walker", "hemi@kowhaihoney.co.nz"), date=(2027, 1, 12, 7, 30, 13),
    orig=O("reminder", "Kowhai Honey Ltd", "INV-2026-119", 1300.00, "2026-12-31", (2027, 1, 7, 9, 0), fees=True),
    promised_date="2027-01-13",
    body="""\
Kia ora Tom,

Sorry mate, this one's on me, been flat out with the extraction since before Christmas. I'll sort it tomorrow first thing when I'm back at the desk, just need to get the last of the supers off the hill today.

Cheers
Hemi

Hemi Walker
Kowhai Honey Ltd | Ohaupo, Waikato""",
    note="NZ honey producer, Date Tue 12 Jan 07:30 +1300 (still Monday in UTC and in Ireland): 'I'll sort it tomorrow' = 13 Jan in the sender's zone. Promise without payment verb.")

# 7 ------------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="fio", mailer="outlook", quote="outlook_tr", re="YNT: ",
    frm=("Elif Aydın", "elif.aydin@aydintekstil.com.tr"), date=(2026, 12, 2, 11, 20, 3), lang_hdr="tr-TR",
    orig=O("reminder", "Aydın Tekstil A.Ş.", "FMP-1066", 2500.00, "2026-11-27", (2026, 12, 1, 9, 0)),
    reference="FMP-1066", amount="750.00", currency="GBP",
    body="""\
Dear Fiona Hanım,

We checked your invoice FMP-1066. We already paid 30% deposit (£750) in October before the shooting, but the invoice is showing the full amount £2.500. Please can you send us corrected invoice with deposit deducted, then we make the payment of the balance quickly.

Best regards,

Elif Aydın
Export Manager
Aydın Tekstil A.Ş.
Merter Mah. Keresteciler Sit. No:14, Güngören / İstanbul""",
    note="Turkish textile exporter: invoice ignores the 30% deposit already paid; wants a corrected invoice before paying the balance -> dispute (wrong amount). £750 is the amount stated as paid.")

# 8 ------------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="luc", mailer="plain", quote="foxmail", re="回复：",
    frm=("Vivian Zhou", "vivian.zhou@huaxinsourcing.cn"), date=(2026, 11, 26, 10, 32, 8),
    orig=O("reminder", "Huaxin Sourcing Co., Ltd.", "2026-058", 2300.00, "2026-11-20", (2026, 11, 24, 10, 0),
           fees=True),
    headers=[("X-Mailer", "Foxmail 7.2.25.254[cn]")],
    body="""\
Dear Lucia,

Good day.

Our finance colleague said only IBAN is not enough, please provide your bank SWIFT code, bank full name and address, and your company address, otherwise the bank system can not process the remittance.

Thanks & Best Regards
Vivian Zhou
Merchandising Dept.
Huaxin Sourcing Co., Ltd.
Tel: +86 21 6288 0000""",
    note="Chinese sourcing company asks for SWIFT and bank address (already in the reminder). A question, no promise or claim. Foxmail quoting.")

# 9 ------------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="tom", mailer="ios", quote="ios",
    frm=("Nikos Andreou", "nikos@meze-bar.co.uk"), date=(2026, 12, 21, 23, 55, 0),
    orig=O("due", "Nikos Andreou", "INV-2026-109", 780.00, "2026-12-16", (2026, 12, 16, 9, 0)),
    body="""\
Done. Sorry my friend, very busy December

Niko

Sent from my iPhone""",
    note="Greek restaurateur in London, one word 'Done.' late at night in reply to a due-date reminder: paid, no verb.")

# 10 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="ale", mailer="gmail", quote="gmail_us",
    frm=("Jen Tremblay", "jtremblay@pacificgateway.ca"), date=(2026, 12, 4, 17, 30, -8),
    orig=O("reminder", "Pacific Gateway Language Academy", "38/2026", 640.00, "2026-11-30", (2026, 12, 3, 10, 0),
           fees=True),
    promised_date="2026-12-07",
    body="""\
Hi Alessandra,

Apologies! I'd normally just e-Transfer something like this and forget about it, but obviously that doesn't work across the pond. I'll get our bank to send the wire Monday - is the IBAN on this email the right one to use? I have an older one from last year's invoice and they don't match.

Thanks for your patience,
Jen

Jen Tremblay
Director of Studies
Pacific Gateway Language Academy
Vancouver, BC""",
    note="Canadian language school, Friday 17:30 Vancouver (Saturday in UTC): 'send the wire Monday' -> Monday 7 Dec; plus a question about the IBAN. Promise beats question.")

# 11 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="ale", mailer="outlook", quote="outlook",
    frm=("Marelize du Toit", "marelize@klipdriftvineyards.co.za"), date=(2026, 12, 10, 14, 2, 2), re="RE: ",
    orig=O("reminder", "Klipdrift Vineyards (Pty) Ltd", "47/2026", 1120.00, "2026-12-07", (2026, 12, 9, 10, 0),
           fees=True),
    attach=[("POP_Rossi_47-2026.pdf", "application/pdf", fake_pdf("Proof of payment - FNB"))],
    body="""\
Hi Alessandra

Howzit! Payment was made this morning - please find POP attached. Apologies, it was sitting in the approvals queue waiting for our FD to get back from Joburg.

Shot for the quick turnaround on the tasting notes, the Italian importers loved them. Lekker Christmas when it comes!

Regards

Marelize du Toit
Marketing Manager
Klipdrift Vineyards (Pty) Ltd
Helshoogte Road, Stellenbosch, 7600
Tel: +27 21 885 0000

Disclaimer: This e-mail is subject to the Klipdrift Vineyards e-mail legal notice available at www.klipdriftvineyards.co.za/legal""",
    note="South African wine estate: 'Payment was made this morning - please find POP attached' (POP = proof of payment). Paid, PDF attached.")

# 12 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Declan Fahy", "declan@thesaltyardgalway.ie"), date=(2026, 12, 18, 9, 12, 0),
    orig=O("reminder", "The Salt Yard", "INV-2026-115", 1080.00, "2026-12-14", (2026, 12, 17, 9, 0), fees=True),
    body="""\
Tom,

The Christmas menus came back from the printers with last year's prices on the back page. The file you sent over had the old price list on it, I checked. We had to reprint the lot at our own cost (€340) two days before our busiest week.

I'm not paying the full invoice until we sort that out between us. Happy to talk, ring me after 3 any day.

Declan""",
    note="Galway restaurant: design error cost them a reprint; won't pay the full invoice until settled. Dispute; €340 is their cost, not a payment.")

# 13 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="fio", mailer="gmail", quote="gmail_uk",
    frm=("Gareth Pugh", "gareth@eryriwalkers.org.uk"), date=(2026, 11, 30, 19, 40, 0),
    cc=[("Eleri Roberts", "treasurer@eryriwalkers.org.uk")],
    orig=O("reminder", "Eryri Walkers Association", "FMP-1060", 350.00, "2026-11-25", (2026, 11, 28, 9, 0)),
    body="""\
Shwmae Fiona,

Thanks for the nudge. I'm only the volunteer co-ordinator so I don't have access to the bank account - I've copied in Eleri, our treasurer, who looks after all the payments. She's part-time so it may be a day or two before she gets back to you.

The photos from the Cadair Idris walk are still getting loads of likes on Facebook, diolch!

Hwyl,
Gareth

Eryri Walkers Association | Registered charity no. 1187731""",
    note="Welsh walking charity volunteer passes the reminder to the treasurer (cc). Forwarding to accounts, no claim or promise.")

# 14 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="luc", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Toni Bauzà", "proveedores@hotelestramuntana.com"), date=(2026, 11, 18, 12, 5, 1),
    orig=O("reminder", "Hoteles Tramuntana S.L.", "2026-071", 3480.00, "2026-11-15", (2026, 11, 17, 10, 0), fees=True),
    promised_date="2026-11-25", reference="2026-071",
    body="""\
Hello Lucía,

Your invoice 2026-071 has been included in the remittance of the 25th.

Regards,

Toni Bauzà
Accounts Payable
Hoteles Tramuntana S.L.
Passeig Marítim 18, 07014 Palma""",
    note="Mallorca hotel group AP, non-native: 'included in the remittance of the 25th' (Date 18 Nov) -> promise for 25 Nov without a payment verb.")

# 15 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="tom", mailer="gmail", quote="gmail_us",
    frm=("Mike Kowalczyk", "mike@northboundcoffee.ca"), date=(2026, 12, 4, 16, 22, -5),
    orig=O("reminder", "Northbound Coffee Roasters", "INV-2026-101", 2150.00, "2026-11-27", (2026, 12, 2, 9, 0),
           fees=True),
    body="""\
Hey Tom,

That's been taken care of - our AP folks ran it Thursday, so with the international wire lag it should land early next week. If it's not there by the 10th, holler and I'll go bug them.

Bags look awesome on the shelf btw. Already had two cafes ask who did them.

Cheers,
Mike""",
    note="Toronto coffee roaster: 'That's been taken care of - our AP folks ran it Thursday' = paid; the 10th is when to chase, not a promise date.")

# 16 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="tom", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Aroha Ngata", "aroha@ngatabookkeeping.co.nz"), date=(2026, 11, 24, 10, 18, 13),
    orig=O("due", "Harbourside Café Ltd", "INV-2026-099", 540.00, "2026-11-23", (2026, 11, 23, 9, 0)),
    body="""\
Kia ora Tom,

I do the books for Ruth at Harbourside Café. I can't see this invoice in Xero at all - could you please send the PDF through to bills@harbourside.co.nz so it gets picked up by Hubdoc? Anything sent to Ruth directly tends to get buried.

Ngā mihi,

Aroha Ngata
Ngata Bookkeeping | Xero Certified Advisor
Tauranga, NZ""",
    note="NZ bookkeeper answering for the client: can't find the invoice, asks for it to be sent to the bills inbox. Other.")

# 17 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="tom", mailer="outlook", quote="outlook_zh", re="答复: ",
    frm=("Kevin Liang", "kevin.liang@brightway-sz.com"), date=(2026, 12, 8, 9, 40, 8), lang_hdr="zh-CN",
    orig=O("reminder", "Shenzhen Brightway Electronics Co., Ltd.", "INV-2026-106", 1850.00, "2026-12-02",
           (2026, 12, 7, 9, 0), fees=True),
    body="""\
Dear Tom,

The price in our contract is EUR 1,500.00 but your invoice is EUR 1,850.00. Please explain the difference and send the revised invoice. We can not pay before this is clear.

Thanks.

Best regards,
Kevin Liang
Purchasing Dept.
Shenzhen Brightway Electronics Co., Ltd.
Bao'an District, Shenzhen, China""",
    note="Chinese manufacturer: invoice amount differs from contract; asks for a revised invoice and won't pay until clarified -> dispute.")

# 18 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="fio", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Sarah Bennett", "practice@bridgendental.co.uk"), date=(2026, 11, 18, 12, 48, 0),
    orig=O("courtesy", "Bridge Street Dental Practice", "FMP-1059", 420.00, "2026-11-20", (2026, 11, 17, 9, 0),
           issued="2026-10-21"),
    body="""\
Hi Fiona

Thanks for the reminder. It's with Dr Patel for sign-off - once he's approved it it'll go in the next BACS run (we do them fortnightly). Sorry it's a bit slow, he's only in on Tuesdays and Thursdays at the moment.

Best wishes

Sarah Bennett
Practice Manager
Bridge Street Dental Practice, Chester

Please consider the environment before printing this email.""",
    note="Dental practice manager: awaiting the principal's sign-off, then 'it'll go in the next BACS run' - promise via payment run, no date.")

# 19 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="luc", mailer="outlook", quote="outlook_pt", re="RE: ",
    frm=("Ana Sofia Costa", "financeiro@alfamapatio.pt"), date=(2026, 12, 4, 15, 40, 0),
    charset="iso-8859-1", codec="cp1252", lang_hdr="pt-PT",
    orig=O("reminder", "Hotel Alfama Patio", "2026-072", 980.00, "2026-11-30", (2026, 12, 3, 10, 0), fees=True),
    amount="980.00", reference="2026-072",
    body="""\
Good afternoon Lucía,

We inform that the payment of the invoice nº 2026-072 was processed at 04/12 with the value of 980,00€.
Any doubt we remain at disposal.

Best regards / Cumprimentos,

Ana Sofia Costa
Departamento Financeiro
Hotel Alfama Patio
Rua das Escolas Gerais 3, 1100-218 Lisboa""",
    note="Lisbon hotel finance, Portuguese-English: 'payment of the invoice nº 2026-072 was processed at 04/12 with the value of 980,00€'. cp1252 bytes.")

# 20 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="luc", mailer="outlook", quote="outlook_el", re="ΑΠ: ",
    frm=("Dimitra Papadaki", "accounts@aegeanhorizons.gr"), date=(2026, 12, 1, 12, 30, 2), lang_hdr="el-GR",
    orig=O("reminder", "Aegean Horizons Travel", "2026-066", 1450.00, "2026-11-26", (2026, 11, 30, 10, 0), fees=True),
    promised_date="2026-12-04",
    body="""\
Dear Lucia,

Thank you for your patience. The payment will be done until Friday, we are waiting some money from the season to close.

Kind regards,
Dimitra Papadaki
Aegean Horizons Travel
Syngrou Ave. 112, Athens""",
    note="Greek travel agency: 'will be done until Friday' (Greek-English 'until' = by). Date Tue 1 Dec -> Fri 4 Dec.")

# 21 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="fio", mailer="gmail", quote="gmail_uk",
    frm=("Eleri Roberts", "treasurer@eryriwalkers.org.uk"), date=(2026, 12, 3, 22, 14, 0),
    cc=[("Gareth Pugh", "gareth@eryriwalkers.org.uk")],
    orig=O("reminder", "Eryri Walkers Association", "FMP-1060", 350.00, "2026-11-25", (2026, 11, 28, 9, 0)),
    body="""\
Hi Fiona,

Eleri here, the treasurer - Gareth passed on your email. Apologies for the silence, it's been a mad fortnight.

We had the Christmas fair in Dolgellau on Saturday and I think I'm only just recovering. The raffle made nearly £600 (the hamper from the Co-op went for a fortune, someone bought forty tickets!) and Santa's grotto was a roaring success apart from Santa himself, who is normally our chairman and came down with flu on Friday night, so my husband had to step in and he is not a natural. The children didn't seem to mind. We also sold out of the 2027 calendars with your photos in them, so you may hear from a few people asking about prints - I hope that's alright, I gave out your website.

Oh, and I finally got into the online banking after the card reader saga and did the transfer tonight, so that's one less thing hanging over me.

Hopefully see you on the January walk if the weather's kind - it's Moel Siabod this time.

Diolch eto,
Eleri

Eleri Roberts
Treasurer, Eryri Walkers Association""",
    note="Welsh charity treasurer, long chatty mail about a Christmas fair; one sentence 'did the transfer tonight' = paid. £600 is raffle money, not a payment.")

# 22 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="luc", mailer="gmail", quote="gmail_uk", re="YNT: ",
    frm=("Murat Yılmaz", "murat@halikarnasboutique.com"), date=(2026, 12, 9, 23, 10, 3),
    orig=O("late_fee", "Halikarnas Boutique Hotel", "2026-063", 1720.00, "2026-11-20", (2026, 12, 7, 10, 0),
           fees=True, deadline="2026-12-14"),
    promised_date="2026-12-10",
    body="""\
Dear Lucía,

Sorry for the delay, our accountant was sick for two weeks and nobody can enter the bank system. We will send the payment tomorrow morning and I will send you the dekont.

Also the booking page is working very well, thank you.

Best regards,
Murat Yılmaz
General Manager
Halikarnas Boutique Hotel, Bodrum""",
    note="Turkish hotel manager, late on Wed 9 Dec (+0300): 'We will send the payment tomorrow morning' -> 10 Dec; 'dekont' = Turkish for bank receipt.")

# 23 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="tom", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Orla Kinsella", "orla.kinsella@hearthhomeless.ie"), date=(2026, 11, 27, 11, 30, 0),
    cc=[("Sian Doherty", "sian.doherty@hearthhomeless.ie")],
    orig=O("reminder", "Hearth Homeless Trust", "INV-2026-100", 1200.00, "2026-11-20", (2026, 11, 25, 9, 0)),
    body="""\
Hi Tom,

I think there's been a mix-up here. Sian agreed with you back in September that the Christmas appeal artwork would be done pro bono, the same as last year - I've copied her in so she can confirm. We really can't pay this out of the appeal budget, every euro of that is ring-fenced for the emergency beds.

Could you have a look and cancel it if I'm right?

Many thanks for everything you do for us,

Orla Kinsella
Fundraising Manager
Hearth Homeless Trust | CHY 18822 | RCN 20079911
hearthhomeless.ie""",
    note="Irish homelessness charity: the work was agreed pro bono; asks to cancel the invoice -> dispute (refuse to pay), polite.")

# 24 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="tom", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Rania Haddad", "rania.h@falconevents.ae"), date=(2027, 1, 6, 10, 45, 4),
    orig=O("reminder", "Falcon Events LLC", "INV-2026-114", 3150.00, "2026-12-31", (2027, 1, 5, 9, 0), fees=True),
    body="""\
Dear Tom,

Greetings of the day.

Kindly share the invoice on your company letterhead with stamp and signature, along with a copy of your trade license and a bank letter confirming the account details, for vendor registration in our ERP system. Without the vendor code the system does not allow finance to release any payment.

Appreciate your kind cooperation.

Thanks & Regards,
Rania Haddad
Procurement Officer
Falcon Events LLC
P.O. Box 123456, Dubai, UAE
T: +971 4 000 0000""",
    note="Dubai events company (Arabic-speaking writer): asks for stamped invoice, trade licence and bank letter for vendor registration. No promise, no claim.")

# 25 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="fio", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Shona Fraser", "shona@fraserbookkeeping.co.uk"), date=(2026, 11, 30, 9, 47, 0),
    cc=[("Catriona MacKenzie", "catriona@glenaffriclodge.com")],
    orig=O("reminder", "Glen Affric Lodge", "FMP-1063", 890.00, "2026-11-24", (2026, 11, 27, 9, 0)),
    attach=[("Remittance_GlenAffricLodge_FMP-1063.pdf", "application/pdf", fake_pdf("Remittance advice"))],
    amount="890.00", currency="GBP", reference="FMP-1063",
    body="""\
Hi Fiona,

I'm the bookkeeper for Glen Affric Lodge - Catriona forwarded your reminder to me.

I can confirm that FMP-1063 was paid on 27/11 by Faster Payment, £890.00, reference GLENAFFRIC FMP1063. Remittance advice attached. It may have crossed with your email.

Kind regards,

Shona Fraser
Fraser Bookkeeping Services
Inverness | 01463 000 000""",
    note="Inverness bookkeeper answering for the client: paid on 27/11 by Faster Payment, £890, remittance attached.")

# 26 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="fio", mailer="plain", quote="tbird",
    frm=("Tam Lindsay", "tam@thelinktownhall.org"), date=(2027, 1, 12, 15, 2, 0),
    orig=O("reminder", "Linktown Hall Arts Centre", "FMP-1070", 560.00, "2027-01-05", (2027, 1, 11, 9, 0)),
    promised_date="2027-01-28",
    body="""\
Fiona,

Bit embarrassing this, but we cannae pay anything before the 28th, that's when the Creative Scotland money lands. You'll have it then, nae bother.

Loved the panto pictures. The dame wants one framed.

Tam
Linktown Hall Arts Centre, Kirkcaldy""",
    note="Fife arts centre, Scots: 'we cannae pay anything before the 28th ... You'll have it then' -> promise for 28 Jan (Date 12 Jan).")

# 27 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Bríd Ní Mhurchú", "brid@bakehousecork.ie"), date=(2026, 11, 20, 14, 36, 0),
    orig=O("reminder", "The Bakehouse Cork", "INV-2026-095", 1200.00, "2026-11-13", (2026, 11, 18, 9, 0), fees=True),
    amount="800.00",
    body="""\
Hi Tom,

I've paid €800 of the €1,200 this morning. The other €400 was for the second round of changes to the online shop, which we never got - it still doesn't take click & collect orders, which was the whole point of the second round. Once that's working I'll pay the rest, no problem.

Bríd""",
    note="Cork bakery: part paid (€800) and withholds €400 because the work isn't done. Partial payment + dispute of the rest = dispute; amount = the part paid.")

# 28 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="luc", mailer="android", quote="gmail_uk",
    frm=("Carmelo Hernández", "restaurantelaplayita@gmail.com"), date=(2026, 11, 12, 13, 3, 0),
    orig=O("reminder", "Restaurante La Playita", "2026-061", 450.00, "2026-11-06", (2026, 11, 11, 10, 0)),
    body="""\
Hello Lucia, we have 3 invoice from you this year, which one is this?? The one of september I think is pay already. Send me please the pdf again because in my phone I can not open it.

Saludos
Carmelo

Enviado desde mi Android""",
    note="Canary Islands restaurant owner (Atlantic/Canary, +0000): which invoice is this, resend the PDF. 'the one of september is pay already' is about another invoice, hedged. Other.")

# 29 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="ale", mailer="outlook", quote="outlook_pt", re="RES: ",
    frm=("Rafael Monteiro", "rafael@fazendaaltamira.com.br"), date=(2026, 11, 23, 16, 10, -3), lang_hdr="pt-BR",
    orig=O("reminder", "Fazenda Altamira Cafés Especiais", "44/2026", 860.00, "2026-11-16", (2026, 11, 20, 10, 0),
           fees=True),
    body="""\
Hi Alessandra, all good?

We made the transfer last week, on Thursday I think. Can you check if it arrived? International transfer from Brazil sometimes take long time because of the exchange contract.

The Italian brochure is already in the fair in Milano, everyone liked!

Abraços,
Rafael Monteiro
Fazenda Altamira Cafés Especiais
Sul de Minas - Brasil""",
    note="Brazilian coffee farm: 'We made the transfer last week ... Can you check if it arrived?' - paid with a question. 'RES:' prefix.")

# 30 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="fio", mailer="gmail", quote="gmail_uk",
    frm=("Hannah Clarke", "hannah@northernthread.co.uk"), date=(2027, 1, 8, 11, 21, 0),
    orig=O("promise_followup", "Northern Thread Ltd", "FMP-1065", 1350.00, "2026-12-04", (2027, 1, 7, 9, 0)),
    promised_date="2027-01-31",
    body="""\
Hi Fiona,

Really sorry this is dragging. It's with finance now and they've told me it'll be paid end of January at the latest - I've asked them to put a flag on it. Our new FD has frozen everything non-essential since Christmas, which I know isn't your problem.

Lookbook's gone down a storm with the stockists btw.

Hannah

Hannah Clarke
Brand Manager | Northern Thread
Ancoats, Manchester""",
    note="Manchester fashion brand: 'it's with finance... paid end of January at the latest' -> 31 Jan 2027.")

# 31 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="fio", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Alistair Menzies", "gm@lochtaylodge.co.uk"), date=(2026, 12, 1, 16, 55, 0),
    orig=O("reminder", "Loch Tay Lodge Hotel", "FMP-1062", 1800.00, "2026-11-26", (2026, 11, 30, 9, 0)),
    body="""\
Dear Fiona,

Before we process this I'm afraid I have to raise that the images were delivered three weeks after the agreed date, by which point our spring brochure had gone to print with the old photography. That rather defeated the object of the shoot.

Under the circumstances we'd like to propose a 20% reduction on the invoice. I'm happy to discuss by phone.

Regards,

Alistair Menzies
General Manager
Loch Tay Lodge Hotel
Kenmore, Perthshire PH15 2HG""",
    note="Perthshire hotel GM: late delivery, asks 20% reduction before processing -> dispute (discount).")

# 32 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="tom", mailer="ios", quote="ios",
    frm=("Aoife Brennan", "aoife@threadandbone.ie"), date=(2026, 11, 20, 21, 3, 0),
    orig=O("reminder", "Aoife Brennan", "INV-2026-094", 420.00, "2026-11-13", (2026, 11, 18, 9, 0)),
    body="""\
omg Tom I'm SO sorry!! I genuinely thought I'd done that weeks ago 🙈🙈 just did it there now on the app so it should be with you straight away.

The new swing tags look amazing btw everyone's commenting on them xx

Aoife

Sent from my iPhone""",
    note="Dublin boutique owner, emoji, Irish 'just did it there now' = paid just now, no payment verb.")

# 33 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="ale", mailer="gmail", quote="gmail_uk",
    frm=("Nikos Stavrakakis", "stavrakakis.oliveoil@gmail.com"), date=(2026, 12, 16, 19, 25, 2),
    orig=O("reminder", "Stavrakakis Family Olive Oil", "49/2026", 380.00, "2026-12-10", (2026, 12, 15, 10, 0)),
    body="""\
Good evening Mrs Alessandra,

I am Nikos, the son of Manolis Stavrakakis. My father ask me to answer you because he does not use the email. He says thank you very much for the translations of the labels, the Italian shop in Bologna is happy.

He will pay the invoice when he receives the money from the cooperative for this year olives, normally it comes after the holidays. He is sorry for the delay, this year the harvest was late because of the rain.

Best regards from Crete,
Nikos Stavrakakis""",
    note="Greek son answering for his father's olive-oil farm: will pay when the cooperative pays, 'normally after the holidays' -> promise, vague, no date.")

# 34 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="fio", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Saffron & Ash Accounts Payable", "ap@saffronandash.co.uk"), date=(2026, 11, 10, 10, 2, 0),
    orig=O("due", "Saffron & Ash Restaurants Ltd", "FMP-1056", 2200.00, "2026-11-09", (2026, 11, 9, 9, 0)),
    body="""\
Good morning,

Thank you for your email.

We are unable to process supplier invoices without a valid purchase order number. Please ask your contact in the business to raise a PO and then resubmit the invoice quoting the PO number to ap@saffronandash.co.uk.

Invoices received without a PO will be rejected.

Kind regards,

Accounts Payable Team
Saffron & Ash Restaurants Ltd
Registered in England No. 09876543. Registered office: 20 Curtain Road, London EC2A 3NF""",
    note="Restaurant group AP: needs a PO number before processing. Procedural, no promise, no dispute.")

# 35 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="ale", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Peter Hargreaves", "peter@hargreavesdunn.co.uk"), date=(2026, 12, 2, 14, 12, 0),
    orig=O("reminder", "Lakeview Hotel Windermere", "41/2026", 1540.00, "2026-11-25", (2026, 12, 1, 10, 0), fees=True),
    reference="41/2026",
    body="""\
Dear Ms Rossi,

We act for the Lakeview Hotel, Windermere, and your email has been passed to us.

Your invoice 41/2026 was included in our client's payment run of 27 November. Our records show the payment was made to the IBAN on your invoice. If the funds have not arrived, please let us know and we will ask the bank to raise a trace.

Yours sincerely,

Peter Hargreaves ACA
Hargreaves & Dunn Chartered Accountants
Kendal, Cumbria

Hargreaves & Dunn is a trading name of Hargreaves & Dunn Ltd, registered in England and Wales no. 07123456. This email is confidential and may be privileged.""",
    note="External accountants acting for the hotel: invoice 'was included in our client's payment run of 27 November' (past) = paid, offer to trace.")

# 36 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Joris van der Meer", "joris@fietsfabriek.nl"), date=(2026, 11, 24, 9, 5, 1),
    orig=O("due", "De Fietsfabriek B.V.", "INV-2026-098", 1476.00, "2026-11-23", (2026, 11, 23, 9, 0)),
    body="""\
Hi Tom,

Small thing but our accountant says this invoice should not have Irish VAT on it - we are VAT registered in the Netherlands (NL861234567B01), so it should be reverse charged. Could you send a corrected invoice for the net amount without the 23%? We'll pay straight away when we have it.

Groeten,
Joris

De Fietsfabriek B.V. | Utrecht""",
    note="Dutch B2B client: VAT should be reverse-charged, wants a corrected invoice (wrong amount) -> dispute beats the conditional promise.")

# 37 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="tom", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Niamh Carroll", "niamh@carrollbookkeeping.ie"), date=(2027, 1, 25, 15, 40, 0),
    cc=[("Dr Fergal Nolan", "reception@ranelaghsmiles.ie")],
    orig=O("late_fee", "Ranelagh Smiles Dental", "INV-2026-116", 890.00, "2026-12-20", (2027, 1, 22, 9, 0),
           fees=True, deadline="2027-02-01"),
    promised_date="2027-02-03",
    body="""\
Hi Tom,

I look after the accounts for Ranelagh Smiles. Dr Nolan asked me to come back to you on this.

I've set it up in AIB as a scheduled payment for 3 February - the practice's cash flow is tight in January with the dental council fees and the insurance renewals all landing at once. I hope that's OK, and apologies that it's later than it should have been.

Kind regards,
Niamh

Niamh Carroll MIAB
Carroll Bookkeeping | Rathmines, Dublin 6""",
    note="Dublin bookkeeper for a dental practice: 'set it up as a scheduled payment for 3 February' - sounds done but is a future payment -> promise.")

# 38 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="fio", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Euan Balfour", "e.balfour@balfourrennie.co.uk"), date=(2026, 12, 9, 12, 18, 0),
    orig=O("reminder", "Balfour Rennie WS", "FMP-1064", 640.00, "2026-12-04", (2026, 12, 8, 9, 0)),
    body="""\
Dear Fiona

Thank you for your email.

Before our cashroom releases anything, I should mention that last week we received an email purporting to come from you, advising that your bank details had changed to an account with Monzo. Given the prevalence of invoice fraud, could you please telephone me on 0131 220 0000 to confirm your bank details verbally? Apologies for the inconvenience; it is firm policy.

Kind regards

Euan Balfour
Partner
Balfour Rennie WS
18 Albany Street, Edinburgh EH1 3QB

Balfour Rennie WS is regulated by the Law Society of Scotland. We will never change our bank details by email. This email is confidential and may be privileged; if you have received it in error, please notify us and delete it.""",
    note="Edinburgh solicitors: suspect a fraudulent change-of-bank-details email, ask for a phone call before releasing anything. Nothing paid, no promise.")

# 39 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="ale", mailer="gmail", quote="gmail_uk",
    frm=("Sam Ferris", "sam@wairauestate.co.nz"), date=(2027, 2, 9, 8, 40, 13),
    orig=O("reminder", "Wairau Estate Wines", "4/2027", 720.00, "2027-02-01", (2027, 2, 8, 10, 0), fees=True),
    body="""\
Hi Alessandra,

All paid up as of this morning, apologies - vintage prep has us all running round like headless chooks.

Cheers,
Sam

Sam Ferris | Export Manager
Wairau Estate Wines, Marlborough NZ""",
    note="NZ winery: 'All paid up as of this morning' = paid, no payment verb. 2027 invoice number.")

# 40 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="fio", mailer="android", quote="gmail_uk",
    frm=("Salvatore Esposito", "salvatore@pizzeriavesuvioglasgow.co.uk"), date=(2027, 1, 21, 23, 48, 0),
    orig=O("reminder", "Pizzeria Vesuvio", "FMP-1068", 380.00, "2027-01-15", (2027, 1, 20, 9, 0)),
    promised_date="2027-01-26",
    body="""\
Fiona hen, sorry sorry. I sort you out Tuesday when the takings are banked, promise. January is dead, nobody eat out after Christmas.

Salvatore

Sent from my Samsung Galaxy smartphone.""",
    note="Neapolitan restaurateur in Glasgow mixing Scots ('hen'): 'I sort you out Tuesday' - promise without payment verb; Thu 21 Jan -> Tue 26 Jan.")

# 41 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="luc", mailer="outlook", quote="outlook_el", re="ΑΠ: ",
    frm=("Yiannis Karamanlis", "info@ouzerikaramanlis.gr"), date=(2026, 12, 11, 13, 15, 2), lang_hdr="el-GR",
    orig=O("reminder", "Ouzeri Karamanlis", "2026-069", 690.00, "2026-12-05", (2026, 12, 10, 10, 0), fees=True),
    body="""\
Dear Lucia,

Sorry but we did not receive the final photos in high resolution, only the small ones with the watermark that you send for choosing. We need them for the new menu and for the website. When we have the final files we pay immediately.

Please check.

Best regards,
Yiannis Karamanlis
Ouzeri Karamanlis, Ladadika, Thessaloniki""",
    note="Greek restaurant: final hi-res photos never delivered (only watermarked previews); will pay when received -> dispute (work not delivered), not a promise.")

# 42 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="tom", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Rania Haddad", "rania.h@falconevents.ae"), date=(2027, 1, 15, 10, 20, 4),
    cc=[("Falcon Events Finance", "finance@falconevents.ae")],
    orig=O("late_fee", "Falcon Events LLC", "INV-2026-114", 3150.00, "2026-12-31", (2027, 1, 13, 9, 0),
           fees=True, deadline="2027-01-22"),
    attach=[("SWIFT_MT103_ENBD_14012027.pdf", "application/pdf", fake_pdf("MT103 copy"))],
    amount="3150.00",
    body="""\
Dear Tom,

Greetings.

Kindly be informed that the payment has been transferred through Emirates NBD on 14/01/2027 amounting EUR 3,150.00. Please find attached the SWIFT copy for your reference.

Kindly confirm the receipt at your end.

Thanks & Regards,
Rania Haddad
Procurement Officer
Falcon Events LLC
Dubai, UAE""",
    note="Dubai events company: 'payment has been transferred through Emirates NBD on 14/01/2027 amounting EUR 3,150.00', SWIFT copy attached; asks to confirm receipt. Paid.")

# 43 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="fio", mailer="gmail", quote="gmail_uk",
    frm=("Shah Family Dental", "reception@shahfamilydental.co.uk"), date=(2026, 11, 27, 16, 48, 0),
    orig=O("reminder", "Shah Family Dental", "FMP-1055", 520.00, "2026-11-20", (2026, 11, 26, 9, 0)),
    body="""\
Thanks Fiona, I've passed this on to Dr Shah as he deals with all the accounts himself.

Have a lovely weekend,
Jess (Reception)

Shah Family Dental | 41 London Road, Leicester LE2 0PE | 0116 254 0000
Follow us on Instagram @shahfamilydental""",
    note="Dental receptionist passes the reminder to the dentist who does the accounts. No claim.")

# 44 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="ale", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Marcus Webb", "marcus.webb@brightonlinguaschool.co.uk"), date=(2027, 2, 1, 9, 14, 0),
    orig=O("reminder", "Brighton Lingua School", "2/2027", 1080.00, "2027-01-25", (2027, 1, 29, 10, 0), fees=True),
    promised_date="2027-02-05",
    body="""\
Hi Alessandra,

Apologies, this was sitting in my approvals queue while I was off. I've approved it now - it'll be paid with the rest of the supplier invoices on Friday.

Best,
Marcus

Marcus Webb
Principal, Brighton Lingua School""",
    note="Language school principal: 'I've approved it now - it'll be paid ... on Friday' - 'approved' sounds done but payment is future. Mon 1 Feb -> Fri 5 Feb.")

# 45 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="ale", mailer="gmail", quote="gmail_uk",
    frm=("Carys Bevan", "carys@iaithcyntafswansea.co.uk"), date=(2026, 11, 17, 17, 2, 0),
    orig=O("reminder", "Iaith Gyntaf Language Centre", "36/2026", 960.00, "2026-11-10", (2026, 11, 16, 10, 0),
           fees=True),
    body="""\
Hi Alessandra,

I've been meaning to write to you about this. Our Italian tutor, Marco, went through the beginners' workbook before we printed it and had to rewrite about half of the exercises - there were grammar mistakes in the answer keys and some of the dialogues didn't read naturally at all. He spent the best part of two weekends on it.

I don't feel we should pay the full rate for the workbook as it stands. Would you accept 50%? I'm happy to send you Marco's corrections so you can see what I mean.

Diolch,
Carys

Carys Bevan
Director, Iaith Gyntaf Language Centre
Swansea""",
    note="Welsh language centre: quality complaint about a translation, proposes 50% -> dispute.")

# 46 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="ale", mailer="gmail", quote="gmail_uk",
    frm=("Jen Walsh", "jen@severnvalewines.co.uk"), date=(2026, 12, 10, 16, 40, 0),
    orig=O("reminder", "Severn Vale Wines Ltd", "46/2026", 655.00, "2026-12-03", (2026, 12, 9, 10, 0), fees=True),
    amount="655.00", reference="46/2026",
    body="""\
Hi Alessandra,

See below from our finance guy - all done! Sorry for the wait, Dave only does the euro payments once a fortnight.

Jen

---------- Forwarded message ---------
From: Dave Pike <dave.pike@severnvalewines.co.uk>
Date: Thu, 10 Dec 2026 at 15:02
Subject: RE: Rossi invoice
To: Jen Walsh <jen@severnvalewines.co.uk>


Hi Jen,

The Rossi translation invoice (46/2026) went out today from the Lloyds EUR account, €655.00.

Dave

Dave Pike | Finance Manager | Severn Vale Wines Ltd | Bristol""",
    note="Bristol wine importer forwards an internal note from finance: 'went out today ... €655.00' with 'all done!'. Paid; the invoice number is in the client side's forwarded text.")

# 47 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="fio", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Priya Raman", "finance@wrenandmoss.com"), date=(2026, 11, 26, 14, 30, 0),
    orig=O("reminder", "Wren & Moss Ltd", "FMP-1057", 1640.00, "2026-11-20", (2026, 11, 25, 9, 0)),
    body="""\
Hi Fiona,

Thank you for your email. This has now been approved and will go out with next week's payment run.

Kind regards,

Priya Raman
Finance Assistant
Wren & Moss Ltd
Unit 4, 12 Cremer Street, London E2 8HD""",
    note="London fashion label's finance assistant: 'approved and will go out with next week's payment run' -> promise, vague (no date).")

# 48 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="luc", mailer="gmail", quote="gmail_us",
    frm=("Geneviève Pelletier", "genevieve@atelierboreal.ca"), date=(2026, 12, 8, 9, 50, -5),
    orig=O("reminder", "Atelier Boréal", "2026-068", 2600.00, "2026-12-01", (2026, 12, 7, 10, 0), fees=True),
    body="""\
Hi Lucía,

Thanks for the reminder. Could we hop on a quick call this week about the invoice and the next phase of the site? There are a couple of things I'd like to go over with you before I send it to our comptable.

I'm free Thursday afternoon your time, or Friday morning.

Merci!
Geneviève

--
Geneviève Pelletier
Fondatrice | Atelier Boréal
Montréal, QC""",
    note="Montreal founder asks for a call 'about the invoice' before passing it on. Neither a claim nor a promise nor an explicit contest -> other.")

# 49 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="tom", mailer="ios", quote=None,
    frm=("Golden Lotus", "goldenlotusdublin@gmail.com"), date=(2027, 2, 8, 15, 12, 0),
    orig=O("reminder", "Golden Lotus Restaurant", "INV-2027-003", 650.00, "2027-01-31", (2027, 2, 5, 9, 0), fees=True),
    attach=[("IMG_4471.PNG", "image/png", tiny_png())],
    amount="650.00",
    body="""\
Hello Tom
Already transfer money last Friday 650 euro. Please check. Picture of bank is attach.
Thank you very much! Happy New Year 🧧🧧

Wei

Sent from my iPhone""",
    note="Chinese restaurant owner in Dublin: 'Already transfer money last Friday 650 euro', bank screenshot attached, Lunar New Year greeting. Paid; no quote.")

# 50 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="tom", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Clodagh Bergin", "accounts@nore-valley-hotel.ie"), date=(2026, 12, 10, 11, 8, 0),
    orig=O("reminder", "Nore Valley Hotel", "INV-2026-108", 1150.00, "2026-12-03", (2026, 12, 9, 9, 0), fees=True),
    body="""\
Hi Tom,

Isn't this the same work as INV-2026-071, which we paid in October? Same description ("wedding brochure redesign"), same amount. It looks like a duplicate to us, so we won't be processing it unless you can show me it's for something different.

Thanks,

Clodagh Bergin
Accounts
Nore Valley Hotel, Thomastown, Co. Kilkenny""",
    note="Kilkenny hotel accounts: says the reminder's invoice duplicates an earlier one already paid; won't process it -> dispute (already billed). The number named is the other, earlier invoice, so no reference.")

# 51 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="fio", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Rhian Jenkins", "rhian@deintyddfa-pontcanna.co.uk"), date=(2027, 1, 19, 12, 35, 0),
    orig=O("late_fee", "Pontcanna Dental Practice", "FMP-1067", 495.00, "2026-12-18", (2027, 1, 18, 9, 0),
           deadline="2027-01-29"),
    promised_date="2027-02-15",
    body="""\
Hi Fiona,

Sorry, I have no excuse other than January. We'll have this settled by the 15th at the latest.

Diolch,
Rhian

Rhian Jenkins | Practice Manager
Deintyddfa Pontcanna / Pontcanna Dental Practice
Cardiff CF11 9HQ""",
    note="Cardiff dental practice: 'settled by the 15th at the latest' written on 19 Jan, so the 15th is next month -> 15 Feb.")

# 52 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="fio", mailer="plain", quote=None,
    frm=("Alasdair Munro", "a.munro@achnacarryfarm.co.uk"), date=(2027, 2, 24, 7, 5, 0),
    orig=O("final", "Alasdair Munro", "FMP-1069", 300.00, "2027-01-20", (2027, 2, 22, 9, 0), deadline="2027-03-05",
           issued="2026-12-21"),
    body="""\
Fiona

Sorted this morning. Lambing's started early so I've been neither use nor ornament at the computer.

Alasdair""",
    note="Highland farmer, no quote, reply to a final notice: 'Sorted this morning' = paid, no payment verb.")

# 53 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Ciarán Walsh", "ciaran.walsh.84@gmail.com"), date=(2026, 12, 14, 20, 10, 0),
    orig=O("reminder", "Walsh Joinery", "INV-2026-105", 620.00, "2026-12-04", (2026, 12, 11, 9, 0)),
    body="""\
Dear Tom,

I'm sorry to have to tell you that my father, Michael, passed away suddenly on 2 December. I'm going through his business post and emails at the moment, which is how I found your message.

I don't know yet what's owed to whom, and I've been told not to pay anything out of the business account until the solicitor has been through it all. I'll be in touch about this when I know more.

Regards,
Ciarán Walsh""",
    note="Son of a deceased sole trader: can't pay anything until the solicitor has reviewed; 'I'll be in touch' is not a promise to pay. Other.")

# 54 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="fio", mailer="apple", quote="apple",
    frm=("Rachel Penrose", "rachel@porthgwarracove.co.uk"), date=(2027, 1, 6, 10, 2, 0),
    orig=O("reminder", "Porthgwarra Cove Hotel", "FMP-1073", 740.00, "2026-12-30", (2027, 1, 5, 9, 0)),
    promised_date="2027-01-06",
    body="""\
Hi Fiona,

So sorry, it completely slipped through the cracks over Christmas - we had a full house and then the boiler went on Boxing Day. I'll get it done today, honestly.

Rachel x""",
    note="Cornish hotel owner: 'I'll get it done today' -> promise for the Date's day, no payment verb.")

# 55 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="tom", mailer="outlook", quote="outlook_us", re="RE: ",
    frm=("Brent Halvorsen", "brent@prairiefirebrewing.ca"), date=(2026, 11, 11, 14, 45, -7), lang_hdr="en-CA",
    mid="outlook_us",
    orig=O("due", "Prairie Fire Brewing Co.", "INV-2026-093", 2350.00, "2026-11-10", (2026, 11, 10, 9, 0)),
    body="""\
Tom,

We're disputing the €250 rush fee on this one. Nobody on our side agreed to a rush - the can artwork deadline was always Oct 30 and that was in the original brief. I'm happy to pay the rest once you send a revised invoice.

Brent Halvorsen
Co-founder, Prairie Fire Brewing Co.
Calgary, AB""",
    note="Calgary brewery: disputes the rush fee, will pay the rest on a revised invoice -> dispute.")

# 56 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Lauren Ng", "lauren@kiwiandco.nz"), date=(2026, 12, 2, 11, 5, 13),
    orig=O("reminder", "Kiwi & Co", "INV-2026-103", 1980.00, "2026-11-25", (2026, 12, 1, 9, 0), fees=True),
    body="""\
Cheers Tom, got this.

Quick one before I pass it on - can you confirm whether the font licences for the Gibbs family are included in this, or will they be billed separately? Our client's asking and I want to make sure we don't double up.

Lauren

Lauren Ng | Studio Manager
Kiwi & Co, Ponsonby, Auckland""",
    note="Auckland agency: acknowledges, asks whether font licences are included before passing it on. Question without a claim.")

# 57 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="tom", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Conor Hegarty", "conor@hegartyarchitects.ie"), date=(2027, 1, 8, 9, 31, 0),
    orig=O("final", "Hegarty Architects", "INV-2026-107", 2700.00, "2026-12-05", (2027, 1, 7, 9, 0),
           fees=True, deadline="2027-01-21", issued="2026-11-05"),
    body="""\
Tom,

We paid this on the 3rd of January. I'd appreciate it if your system didn't send a client of six years a "final notice" four days later talking about debt collectors and court proceedings. Not a great look, and not the way I'd expect to be spoken to.

Please check your account before anything else goes out.

Conor Hegarty
Director
Hegarty Architects, Cork""",
    note="Long-standing client annoyed by the final notice tone, but the substance is 'We paid this on the 3rd of January' -> paid, not dispute.")

# 58 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Eimear Quinlan", "eimear@shannonsidecycles.ie"), date=(2026, 12, 22, 17, 18, 0),
    orig=O("statement", "Shannonside Cycles", None, None, None, (2026, 12, 21, 9, 0), deadline="2027-01-04",
           invoices=[("INV-2026-102", "2026-11-02", "2026-11-16", 450.00),
                     ("INV-2026-117", "2026-12-01", "2026-12-15", 380.00)]),
    promised_date="2027-01-08",
    body="""\
Hi Tom,

The November one went across yesterday. I'll do the December one on the 8th when I'm back - we're closing up tomorrow for the holidays and I won't be near the laptop.

Happy Christmas!
Eimear""",
    note="Reply to a two-invoice statement: one paid, the other promised 'on the 8th when I'm back' (Date 22 Dec -> 8 Jan 2027). Paid + promise -> promise.")

# 59 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="luc", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Johan Botha", "johan@karoosafaris.co.za"), date=(2026, 12, 1, 8, 26, 2),
    orig=O("reminder", "Karoo Safaris (Pty) Ltd", "2026-064", 3900.00, "2026-11-25", (2026, 11, 30, 10, 0), fees=True),
    body="""\
Hi Lucía

Sorry, but we're not paying this until the site is stable. It's been down twice since launch, once for a whole weekend over Black Friday, which cost us bookings. Your hosting guy still hasn't explained why.

Fix that and we'll talk.

Johan Botha
Karoo Safaris (Pty) Ltd
Graaff-Reinet, Eastern Cape""",
    note="South African safari operator refuses to pay until the site is fixed -> dispute (service not as agreed).")

# 60 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="fio", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Tom Allardyce", "tom.allardyce@hollisvane.com"), date=(2026, 12, 10, 10, 40, 0),
    orig=O("reminder", "Hollis & Vane Ltd", "FMP-1054", 980.00, "2026-12-04", (2026, 12, 9, 9, 0), to_disp="Jane Forbes <jane.forbes@hollisvane.com>"),
    body="""\
Hi Fiona,

Jane left Hollis & Vane at the end of November and I'm picking up her inbox. I'll look into this and come back to you - I'm not yet sure what was agreed for the autumn shoot, so bear with me.

Best,
Tom Allardyce
Head of Marketing
Hollis & Vane Ltd, London""",
    note="Contact has left; successor will 'look into this and come back to you'. No payment commitment -> other.")

# 61 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="fio", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Cashroom - Balfour Rennie WS", "cashroom@balfourrennie.co.uk"), date=(2026, 12, 11, 15, 5, 0),
    cc=[("Euan Balfour", "e.balfour@balfourrennie.co.uk")],
    orig=O("reminder", "Balfour Rennie WS", "FMP-1064", 640.00, "2026-12-04", (2026, 12, 8, 9, 0)),
    amount="640.00", currency="GBP", reference="FMP-1064",
    body="""\
Dear Ms MacLeod

Further to your telephone conversation with Mr Balfour yesterday, I confirm that your invoice FMP-1064 was settled by BACS today in the sum of £640.00. Please allow up to two working days for the funds to clear.

Yours sincerely

Morag Lennie
Cashroom Manager
Balfour Rennie WS
18 Albany Street, Edinburgh EH1 3QB

Balfour Rennie WS is regulated by the Law Society of Scotland. We will never change our bank details by email. This email is confidential and may be privileged; if you have received it in error, please notify us and delete it.""",
    note="Edinburgh solicitors' cashroom, formal: 'settled by BACS today in the sum of £640.00'. Paid (follows the fraud-check mail in this set).")

# 62 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="tom", mailer="outlook", quote="outlook_zh", re="答复: ",
    frm=("Amy Chen", "amy.chen@meiyapack.com"), date=(2027, 1, 20, 16, 42, 8), lang_hdr="zh-CN",
    orig=O("reminder", "Dongguan Meiya Packaging Co., Ltd.", "INV-2026-118", 1650.00, "2027-01-12",
           (2027, 1, 19, 9, 0), fees=True),
    body="""\
Dear Tom,

Sorry for the late reply. Our finance department will arrange the payment before the Chinese New Year holiday. The year-end closing is very busy, thank you for your understanding.

Best regards
Amy Chen
Sales & Marketing
Dongguan Meiya Packaging Co., Ltd.""",
    note="Chinese packaging company: 'finance will arrange the payment before the Chinese New Year holiday' -> promise; the holiday is not a stated calendar date, so no promised_date.")

# 63 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="fio", mailer="outlook", quote="outlook_it", re="R: ",
    frm=("Chiara Bellotti", "chiara.bellotti@studiolunamilano.it"), date=(2026, 11, 19, 17, 33, 1), lang_hdr="it-IT",
    charset="iso-8859-1", codec="cp1252",
    orig=O("reminder", "Studio Luna Milano S.r.l.", "FMP-1053", 2100.00, "2026-11-13", (2026, 11, 18, 9, 0)),
    body="""\
Dear Fiona,

I write you about the invoice. The collection shooting is not how we agree in the moodboard: the light is too dark in almost 40 pictures and the colour of the knitwear is not true, the camel look brown. Our e-commerce can’t use them like this.

We pay the invoice when you make the reshoot of these pictures, we can organise in Milano in December.

Best regards,
Chiara Bellotti
Head of Brand
Studio Luna Milano S.r.l.""",
    note="Milan fashion brand (Italian writing English, cp1252): photos not as agreed; will pay only after a reshoot -> dispute, not a promise.")

# 64 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="ale", mailer="gmail", quote="gmail_uk",
    frm=("Deirdre Lucey", "accounts@atlanticenglishcollege.ie"), date=(2027, 1, 14, 11, 20, 0),
    orig=O("reminder", "Atlantic English College", "50/2026", 1260.00, "2027-01-08", (2027, 1, 13, 10, 0), fees=True),
    body="""\
Dear Alessandra,

I've just started as bookkeeper at Atlantic English College, and I'm trying to get the supplier ledger back in order - my predecessor's records are incomplete to say the least.

Could you send me a statement of all invoices outstanding on your side, with copies of each? Once I can reconcile them against the bank I'll come back to you.

Many thanks,

Deirdre Lucey
Bookkeeper
Atlantic English College, Cork""",
    note="New bookkeeper at an Irish language school asks for a statement and copies to reconcile. No claim, no promise.")

# 65 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="fio", mailer="plain", quote="tbird",
    frm=("Morag Nicolson", "stay@tighnamara-skye.co.uk"), date=(2026, 11, 9, 19, 30, 0),
    orig=O("reminder", "Tigh na Mara B&B", "FMP-1052", 180.00, "2026-11-02", (2026, 11, 6, 9, 0)),
    body="""\
Hello Fiona,

I think there must be some mistake, I paid you in cash when you came to do the photos in October, remember? We had the scones and you wrote me a wee receipt on the back of one of our cards. I have it here on the fridge.

Could you check and let me know?

All the best,
Morag
Tigh na Mara B&B, Isle of Skye""",
    note="Skye B&B: paid cash on the day of the shoot, has the receipt; asks to check. Paid (not a dispute: she claims payment, not that the invoice is wrong).")

# 66 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="fio", mailer="gmail", quote="gmail_uk",
    frm=("Bethany Coles", "hello@wildstemsflowers.co.uk"), date=(2027, 2, 5, 18, 2, 0),
    orig=O("reminder", "Wild Stems Flowers", "FMP-1074", 400.00, "2027-01-29", (2027, 2, 4, 9, 0)),
    amount="200.00", currency="GBP", promised_date="2027-02-28",
    body="""\
Hi Fiona,

I'm really sorry - January was brutal and Valentine's stock has eaten every penny. I've sent £200 today and I'll send the other £200 at the end of Feb, once Valentine's is through. I hope that's OK? I'd rather be upfront than go quiet on you.

Beth x

Wild Stems Flowers | Stroud""",
    note="Florist: half paid today, the other £200 'at the end of Feb' -> promise (instalment), 28 Feb 2027; both halves are £200.")

# 67 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Grant Mackay", "grant@tussockandtui.co.nz"), date=(2026, 12, 3, 9, 12, 13),
    orig=O("reminder", "Tussock & Tui", "INV-2026-111", 2400.00, "2026-11-27", (2026, 12, 2, 9, 0), fees=True),
    body="""\
Morning Tom,

Bit of a mix-up - you've invoiced us in euro but the quote was NZ$4,200. At today's rate €2,400 is a fair whack more than that. Can you redo it in NZD as per the quote and I'll get it through.

Cheers,
Grant

Grant Mackay | Tussock & Tui, Wellington""",
    note="Wellington client: invoiced in the wrong currency, asks for a reissue as quoted -> dispute (wrong amount). No amount paid or promised.")

# 68 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="fio", mailer="gmail", quote="gmail_uk",
    frm=("Gwyn Hughes", "gwyn@copaoutdoor.co.uk"), date=(2026, 12, 7, 12, 44, 0),
    orig=O("reminder", "Copa Outdoor", "FMP-1051", 260.00, "2026-11-30", (2026, 12, 4, 9, 0)),
    body="""\
Hi Fiona,

I'm fairly certain this was paid - I can see it going out on our statement on 2 December, £260 to F MACLEOD. Could you have a look your end? If it's not there I'll get onto the bank.

Diolch,
Gwyn
Copa Outdoor, Betws-y-Coed""",
    note="Welsh outdoor shop, hedged ('fairly certain'), but states it left their account on 2 Dec, £260 -> paid with a check request.",
    amount="260.00", currency="GBP")

# 69 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="luc", mailer="outlook", quote="outlook_pt", re="RE: ",
    frm=("Rui Tavares", "rui.tavares@corticeiradouro.pt"), date=(2026, 12, 14, 10, 5, 0), lang_hdr="pt-PT",
    orig=O("reminder", "Corticeira do Douro, Lda", "2026-070", 1850.00, "2026-12-07", (2026, 12, 11, 10, 0), fees=True),
    body="""\
Dear Lucía,

We apologize for the delay in the payment. The payment will be made in the next days.

Best regards,
Rui Tavares
Administrative and Financial Department
Corticeira do Douro, Lda
Vila Nova de Gaia - Portugal""",
    note="Porto cork company: 'will be made in the next days' -> promise, vague, no date.")

# 70 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="luc", mailer="gmail", quote="gmail_uk",
    frm=("Eleni Markaki", "eleni@villaelounda.gr"), date=(2026, 12, 23, 12, 0, 2),
    orig=O("reminder", "Villa Elounda Suites", "2026-073", 1100.00, "2026-12-18", (2026, 12, 22, 10, 0), fees=True),
    body="""\
Dear Lucía,

Happy holidays! 🎄 Our office is closed from tomorrow until 7 January, we will look at everything when we are back.

Kali Chronia!
Eleni""",
    note="Cretan hotel, typed by a person: office closed until 7 Jan, 'we will look at everything' - not a promise to pay, not an auto-reply -> other.")

# 71 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="ale", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Fionnuala Ó Sé", "director@corribenglish.ie"), date=(2026, 12, 1, 10, 33, 0),
    orig=O("reminder", "Corrib English Language School", "43/2026", 780.00, "2026-11-24", (2026, 11, 30, 10, 0),
           fees=True),
    body="""\
Hi Alessandra,

Paid in full yesterday along with the October one - apologies, we had a changeover in the office and a few suppliers fell between two stools.

Best wishes,
Fionnuala

Fionnuala Ó Sé
Director, Corrib English Language School
Galway""",
    note="Galway language school director: 'Paid in full yesterday along with the October one' -> paid.")

# 72 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="luc", mailer="gmail", quote="gmail_us",
    frm=("Priya Deshmukh", "priya@riversidefoodbank.org"), date=(2027, 1, 11, 16, 20, -5),
    orig=O("reminder", "Riverside Community Food Bank", "2026-076", 1500.00, "2027-01-04", (2027, 1, 8, 10, 0)),
    body="""\
Hi Lucía,

Thanks for your patience. The board has to approve any spend over $1,000 CAD and the next meeting is Thursday. If it gets approved then, I can pay it Friday; otherwise it'll realistically be February.

Apologies - non-profit life!

Priya Deshmukh
Operations Coordinator
Riverside Community Food Bank, Toronto""",
    note="Toronto food bank: conditional - Friday if the board approves Thursday, else February. Promise, but no firm date.")

# 73 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Shane Doyle", "shanedoyle.wx@gmail.com"), date=(2026, 12, 12, 14, 25, 0),
    orig=O("reminder", "Doyle Agricultural Contractors", "INV-2026-110", 1390.00, "2026-12-05", (2026, 12, 10, 9, 0),
           fees=True, to_disp="doyleagri@eircom.net"),
    body="""\
Hi Tom,

I'm Shane, Paddy Doyle's son. Dad showed me your emails. He's 78 and he says he never asked for a website, he thought you were just doing him a new logo for the lorries. He doesn't even know what a domain is.

We won't be paying this. If there's something in writing where he agreed to a website I'd like to see it.

Shane Doyle""",
    note="Son answering for his elderly father's business: says the website was never ordered; refuses to pay -> dispute.")

# 74 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="tom", mailer="gmail", quote="gmail_us",
    frm=("Danielle LeBlanc", "danielle@saltwaterkitchen.ca"), date=(2027, 1, 19, 13, 5, -4),
    orig=O("due", "Saltwater Kitchen", "INV-2027-001", 880.00, "2027-01-18", (2027, 1, 18, 9, 0)),
    body="""\
Hi Tom,

Quick question - is there any way to pay this by credit card? Our bank charges $45 plus a terrible exchange rate for international wires, which on an invoice this size kind of stings. Stripe or PayPal would be perfect if you have either.

Thanks!
Danielle

Saltwater Kitchen | Halifax, NS""",
    note="Halifax restaurant asks to pay by card instead of wire. A question about how to pay, no commitment -> other.")

# 75 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="fio", mailer="outlook", quote="outlook", re="RE: ", fmt="html",
    frm=("Didsbury Orthodontics Accounts", "accounts@didsburyortho.co.uk"), date=(2027, 2, 12, 14, 15, 0),
    orig=O("reminder", "Didsbury Orthodontics", "FMP-1075", 275.00, "2027-02-05", (2027, 2, 10, 9, 0)),
    amount="275.00", currency="GBP", reference="FMP-1075",
    html="""\
<p class="MsoNormal">Hi Fiona,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Please see below payment made today.<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Supplier</b></p></td>
<td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Invoice No</b></p></td>
<td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Amount</b></p></td>
<td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Paid</b></p></td>
<td style="background:#D9E2F3;padding:0cm 5.4pt"><p class="MsoNormal"><b>Method</b></p></td></tr>
<tr><td style="padding:0cm 5.4pt"><p class="MsoNormal">Fiona MacLeod Photography</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">FMP-1075</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">&pound;275.00</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">12/02/2027</p></td>
<td style="padding:0cm 5.4pt"><p class="MsoNormal">BACS</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">&nbsp;<o:p></o:p></p>
<p class="MsoNormal"><b><span style="color:#2F5496">Leanne Hartley</span></b><o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:9.0pt;color:#595959">Accounts Assistant | Didsbury Orthodontics<br>
724 Wilmslow Road, Manchester M20 2DW<br>T: 0161 445 0000</span><o:p></o:p></p>""",
    body="(html only)",
    note="HTML-only Outlook mail from an orthodontist's accounts assistant with a hand-made remittance table: FMP-1075, £275.00, paid 12/02/2027 by BACS.")

# 76 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="ale", mailer="gmail", quote="gmail_uk",
    frm=("Paolo Fitzgerald", "paolo@dllinstitute.ie"), date=(2026, 12, 2, 18, 12, 0),
    orig=O("reminder", "Dún Laoghaire Language Institute", "45/2026", 1320.00, "2026-11-26", (2026, 12, 1, 10, 0),
           fees=True),
    promised_date="2026-12-30",
    body="""\
Ciao Alessandra!

Great to hear from you, even if it's about money :) I've been meaning to write for weeks.

First, the good news: the Italian for Business course is full for January - 14 students, which is a record for us, and two of them are from that engineering firm in Sandyford that came through your contact. So thank you. We're thinking of running an intermediate group in the spring and I'd love you to do the same thing again for the materials: the glossaries and the role-play cards especially, the students said those were the best part. Could you give me a rough quote before Christmas? I'd need about 40 pages, same format.

Second, my mother says hello - she still talks about your visit to Napoli in the summer and the famous sfogliatella argument.

Re the invoice, Maria will put it through with the payroll on the 30th, that's when we do all the bigger payments.

Let me know about the quote when you can, no rush before the 20th.

A presto,
Paolo

Paolo Fitzgerald
Director
Dún Laoghaire Language Institute""",
    note="Italian-Irish school director, long chatty mail about new work; one line: 'Maria will put it through with the payroll on the 30th' -> promise 30 Dec without a payment verb. 'before the 20th' is about a quote.")

# 77 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="ale", mailer="gmail", quote="gmail_uk",
    frm=("Martín Aguirre", "martin@bodegalosalamos.com.ar"), date=(2026, 12, 14, 18, 40, -3),
    orig=O("reminder", "Bodega Los Álamos", "48/2026", 1640.00, "2026-12-07", (2026, 12, 11, 10, 0), fees=True),
    body="""\
Hello Alessandra,

I see in the invoice two concepts: translation of the labels (8 labels) and translation of the website. We only ordered the labels. The website texts we never asked for them, maybe was a confusion with Sofía from marketing, but she don't have authorization for this.

We will pay only the translation of the labels. Please send a new invoice with only that part.

Regards,
Martín Aguirre
Bodega Los Álamos - Luján de Cuyo, Mendoza""",
    note="Argentinian winery (Spanish speaker): only part of the work was ordered; will pay only that part on a new invoice -> dispute.")

# 78 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="tom", mailer="outlook", quote="outlook", re="FW: ",
    frm=("Mark Delaney", "mark.delaney@kavanaghsdept.ie"), date=(2026, 12, 15, 12, 3, 0),
    to=[("Siobhan Reilly", "siobhan.reilly@kavanaghsdept.ie")], cc=[("Tom Byrne", "tom@byrnedesign.ie")],
    orig=O("reminder", "Kavanagh's Department Store", "INV-2026-113", 1900.00, "2026-12-08", (2026, 12, 14, 9, 0),
           fees=True, to_disp="Mark Delaney <mark.delaney@kavanaghsdept.ie>"),
    body="""\
Hi Siobhan,

Can you have a look at this one? I think it's the Christmas windows job - I signed off the artwork in October but I don't know if the PO ever went through.

Thanks,
Mark

Mark Delaney
Visual Merchandising Manager
Kavanagh's, Grafton Street""",
    note="Client forwards the reminder to a colleague, freelancer in cc. Internal question, no claim -> other.")

# 79 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="luc", mailer="outlook", quote="outlook_es", re="RE: ",
    frm=("Rocío Benítez", "administracion@hotelcalpe-gib.com"), date=(2027, 1, 12, 10, 50, 1), lang_hdr="es-ES",
    orig=O("reminder", "Hotel Calpe Gibraltar", "2026-074", 2150.00, "2027-01-04", (2027, 1, 11, 10, 0), fees=True),
    attach=[("justificante_transferencia_2026-074.pdf", "application/pdf", fake_pdf("Justificante de transferencia"))],
    body="""\
Good morning Lucía,

Here you have the receipt of the transfer. Sorry for the delay, Christmas is very busy in the hotel and the director sign the payments only one day in the week.

Regards,

Rocío Benítez
Administración / Accounts
Hotel Calpe Gibraltar
Main Street, Gibraltar GX11 1AA""",
    note="Gibraltar hotel, Spanish speaker: 'Here you have the receipt of the transfer', PDF attached -> paid without a payment verb; Spanish Outlook header in the quote.")

# 80 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="tom", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Accounts Payable - Al Bidda Hotel", "ap@albiddahotel.qa"), date=(2027, 1, 27, 9, 10, 3),
    orig=O("reminder", "Al Bidda Hotel", "INV-2026-120", 2750.00, "2027-01-20", (2027, 1, 26, 9, 0), fees=True),
    body="""\
Dear Mr. Tom,

Good day.

This is to inform you that your invoice is under process and will be paid as per the payment cycle, within 30 days insha'Allah.

We appreciate your patience and cooperation.

Best Regards,
Mohammed Al-Sayed
Accounts Payable
Al Bidda Hotel, Doha - Qatar""",
    note="Doha hotel AP: 'under process and will be paid as per the payment cycle, within 30 days' -> promise, vague (no date).")

# 81 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Pat Sheehan", "patsheehan.glencar@gmail.com"), date=(2026, 11, 16, 21, 37, 0),
    orig=O("reminder", "Pat Sheehan", "INV-2026-092", 350.00, "2026-11-10", (2026, 11, 13, 9, 0)),
    body="""\
Hi Tom,

This is Darragh, Pat's son, I look after the emails for him. Dad says he gave you a cheque for this at the mart in Kilorglin on Thursday?? He's fairly sure anyway. He said you were talking about the signs for the farm shop.

Let me know if it didn't turn up and I'll chase him.

Darragh""",
    note="Kerry farmer's son writing from his father's address: 'he gave you a cheque for this at the mart on Thursday', hedged ('fairly sure'). A paid claim.")

# 82 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="fio", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Dr Kirsty Reid", "kirsty@smilestudioaberdeen.co.uk"), date=(2027, 2, 16, 13, 20, 0),
    orig=O("reminder", "Smile Studio Aberdeen", "FMP-1076", 580.00, "2027-02-10", (2027, 2, 15, 9, 0)),
    body="""\
Hi Fiona,

We were quoted £450 for the team headshots (your email of 3 September, which I've dug out). The invoice is for £580. Could you reissue it at the quoted price please? I'm happy to pay it as soon as the right one comes through.

Many thanks,

Dr Kirsty Reid BDS
Principal Dentist
Smile Studio Aberdeen
Union Street, Aberdeen AB11 6BD

This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed.""",
    note="Aberdeen dentist: invoice higher than the quote, asks for a reissue at the quoted price; conditional promise after -> dispute (wrong amount).")

# 83 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="luc", mailer="apple", quote="apple",
    frm=("Imogen Hale", "imogen@stillwaterretreats.co.uk"), date=(2027, 1, 20, 8, 45, 0),
    orig=O("reminder", "Stillwater Retreats", "2026-075", 1240.00, "2027-01-13", (2027, 1, 19, 10, 0), fees=True),
    body="""\
Morning Lucía,

Just checking something before I do anything - your reminder says €1,240 but the PDF invoice I have from December says €1,420. Which one is right? I want to make sure I send the correct figure and don't end up in a muddle with our accountant.

Warmly,
Imogen

Stillwater Retreats · Bath""",
    note="Bath yoga-retreat owner: the reminder and the PDF show different totals; asks which is right. A question, no claim that the invoice is wrong and no commitment -> other.")

# 84 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="fio", mailer="android", quote=None, cte="base64",
    frm=("Cindy Wong", "cindy@bobaloobubbletea.co.uk"), date=(2026, 12, 14, 16, 30, 0),
    orig=O("reminder", "Bobaloo Bubble Tea", "FMP-1071", 220.00, "2026-12-07", (2026, 12, 11, 9, 0)),
    promised_date="2026-12-17",
    body="""\
Hi Fiona sorry cannot today, the bank app got problem with the new phone, need to go to branch. Thursday I pay for sure 🙏

Cindy
Bobaloo Bubble Tea Sauchiehall St""",
    note="Hong Kong-born bubble tea shop owner in Glasgow: not today, 'Thursday I pay for sure' -> Mon 14 Dec -> Thu 17 Dec. base64 body, no quote.")

# 85 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="fio", mailer="gmail", quote="gmail_uk",
    frm=("Ruaridh Campbell", "bookings@theloosereels.scot"), date=(2027, 2, 18, 12, 50, 0),
    orig=O("reminder", "The Loose Reels", "FMP-1077", 300.00, "2027-02-12", (2027, 2, 17, 9, 0)),
    amount="300.00", currency="GBP",
    body="""\
Hi Fiona,

Sent it via PayPal to the email on your website yesterday, £300 - hope that's OK, it was easier for me than the bank as the band account needs two signatures and Kenny's in Shetland till March.

Cheers for the photos, the new poster looks class.

Ruaridh
The Loose Reels (ceilidh band, Glasgow)""",
    note="Ceilidh band: paid £300 via PayPal instead of bank transfer. Paid, not to the usual channel.")

# 86 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="fio", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Kirsten Gow", "kirsten.gow@glenbrachandistillery.com"), date=(2027, 2, 3, 11, 10, 0),
    orig=O("reminder", "Glenbrachan Distillery Ltd", "FMP-1078", 1900.00, "2027-01-29", (2027, 2, 2, 9, 0)),
    body="""\
Hi Fiona,

Thanks for this. Just a heads-up that we moved to a new finance system (Coupa) in January and all supplier invoices now have to be submitted through the supplier portal - you should have had an invitation from no-reply@coupahost.com before Christmas. Invoices sent by email don't get picked up any more, I'm afraid.

If you can't find the invite, let me know and I'll ask procurement to resend it.

Kind regards,

Kirsten Gow
Brand Marketing Manager
Glenbrachan Distillery Ltd, Speyside""",
    note="Speyside distillery: invoices must go through the Coupa supplier portal. Procedural, no promise or claim.")

# 87 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="tom", mailer="apple", quote="apple",
    frm=("Harriet Blennerhassett", "harriet@ballyroanhouse.ie"), date=(2027, 1, 28, 17, 3, 0),
    orig=O("reminder", "Ballyroan House", "INV-2027-002", 1400.00, "2027-01-22", (2027, 1, 27, 9, 0), fees=True),
    amount="600.00",
    body="""\
Dear Tom,

I'm happy to pay €600 now for the parts that have been delivered - the wedding brochure and the signage are lovely. But the logo files still aren't right: the SVG has the old crest in it and the printers can't use the PDF version. I'd rather hold the rest back until those are fixed.

Shall I go ahead with the €600?

With best wishes,
Harriet

Harriet Blennerhassett
Ballyroan House, Co. Laois""",
    note="Irish country-house wedding venue: offers €600 for delivered parts, holds back the rest until the logo files are fixed -> dispute (partial), amount = the part offered.")

# 88 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Fergus Nolan", "fergus@libertiesfolkfest.ie"), date=(2026, 11, 23, 22, 40, 0),
    orig=O("reminder", "Liberties Folk Festival", "INV-2026-096", 1750.00, "2026-11-16", (2026, 11, 20, 9, 0),
           fees=True),
    body="""\
Tom, I know, I know. As soon as the Arts Council money comes through I'll pay you, promise - they're running about three weeks behind on the drawdowns this year and we've literally nothing in the account till then. You're top of the list.

F.""",
    note="Dublin folk festival: will pay when the Arts Council grant arrives -> promise, no date ('three weeks behind' is not a date).")

# 89 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="tom", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Aroha Ngata", "aroha@ngatabookkeeping.co.nz"), date=(2026, 12, 14, 9, 5, 13),
    orig=O("late_fee", "Harbourside Café Ltd", "INV-2026-099", 540.00, "2026-11-23", (2026, 12, 11, 9, 0),
           fees=True, deadline="2026-12-21"),
    body="""\
Kia ora Tom,

That one's been paid - it went out in Friday's batch, so it should show as HARBOURSIDE CAFE LTD on your statement in a day or two (international payments from ANZ take a wee while).

Ngā mihi,

Aroha Ngata
Ngata Bookkeeping | Xero Certified Advisor
Tauranga, NZ""",
    note="NZ bookkeeper answering for the café (follow-up to the earlier 'send it to bills@' mail): 'it went out in Friday's batch' -> paid.")

# 90 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="ale", mailer="outlook", quote="outlook_us", re="RE: ", mid="outlook_us",
    frm=("Daniel Russo", "drusso@hudsonvinoimports.com"), date=(2026, 12, 9, 15, 20, -5), lang_hdr="en-US",
    orig=O("reminder", "Hudson Vino Imports LLC", "42/2026", 2200.00, "2026-11-30", (2026, 12, 7, 10, 0), fees=True),
    promised_date="2026-12-15",
    body="""\
Alessandra -

Wire goes out Tuesday. Our bank flagged the BIC though - is it BPMOIT22XXX or just BPMOIT22? They need it confirmed before they'll release anything overseas.

Thanks,
Dan

Daniel Russo
Controller | Hudson Vino Imports LLC
New York, NY""",
    note="New York wine importer: 'Wire goes out Tuesday' (Wed 9 Dec -> Tue 15 Dec) plus a BIC question. Promise beats question.")

# 91 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="tom", mailer="gmail", quote="gmail_uk",
    frm=("Non Griffiths", "non@caws-teifi-dairy.co.uk"), date=(2026, 11, 26, 12, 14, 0),
    orig=O("reminder", "Teifi Valley Dairy", "INV-2026-091", 640.00, "2026-11-20", (2026, 11, 25, 9, 0), fees=True),
    promised_date="2026-11-30",
    body="""\
Diolch Tom - we'll pay this at the end of the month when the money from the Christmas hamper orders comes in. November is always our tightest month, sorry.

The new cheese labels are flying off the shelves in the farm shop by the way!

Non""",
    note="Welsh cheesemaker: 'we'll pay this at the end of the month' (Date 26 Nov) -> 30 Nov 2026.")

# 92 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="tom", mailer="ios", quote="ios",
    frm=("Siobhán Gallagher", "siobhan@cnocbistro.ie"), date=(2027, 2, 2, 15, 41, 0),
    orig=O("reminder", "Cnoc Bistro", "INV-2027-004", 320.00, "2027-01-27", (2027, 2, 1, 9, 0), fees=True),
    body="""\
Ha, I'd totally forgotten about this!

Listen while I have you - we're doing a Valentine's set menu this year, could you do something along the lines of the Christmas one? Same size, A4 folded, maybe pink instead of the green 😂 Let me know a price and how quick you could turn it around, we'd need them printed by the 10th.

Siobhán

Sent from my iPhone""",
    note="Sligo bistro: 'I'd totally forgotten about this!' then only talks about new work. Neither paid nor a promise -> other. 'by the 10th' is about printing menus.")

# 93 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="fio", mailer="gmail", quote="gmail_uk",
    frm=("Laia Puig", "laia@marinastudiobcn.com"), date=(2027, 2, 15, 10, 12, 1),
    orig=O("reminder", "Marina Studio BCN, S.L.", "FMP-1079", 1250.00, "2027-02-08", (2027, 2, 12, 9, 0)),
    promised_date="2027-02-18",
    body="""\
Hi Fiona!

Sorry sorry, we had a problem with the bank authorisation, the CEO is travelling in Asia and he is the only one who can sign transfers above 1.000. He is back on Thursday and he will sign it the same day, I put it first in his list.

The pictures are already in the web, they look amazing!!

Un petó,
Laia""",
    note="Barcelona fashion brand (Catalan writer): CEO back Thursday and 'will sign it the same day' -> promise without a payment verb; Mon 15 Feb -> Thu 18 Feb. '1.000' is a signing limit.")

# 94 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="luc", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Dermot Keane", "accounts@atlanticsurflodge.ie"), date=(2027, 2, 2, 14, 55, 0),
    orig=O("reminder", "Atlantic Surf Lodge", "2026-079", 1980.00, "2027-01-27", (2027, 2, 1, 10, 0), fees=True),
    promised_date="2027-02-25",
    body="""\
Hi Lucía,

Thanks for the email. We pay suppliers once a month on the 25th, and you missed the January cut-off by a day or two, so you'll be in the February run.

Regards,
Dermot Keane
Accounts, Atlantic Surf Lodge
Lahinch, Co. Clare""",
    note="Irish surf lodge accounts: pays suppliers on the 25th, 'you'll be in the February run' -> promise for 25 Feb without a payment verb (Date 2 Feb).")

# 95 -----------------------------------------------------------------------------------------
add(kind="client-reply-dispute", fl="fio", mailer="gmail", quote="gmail_uk",
    frm=("Magnus Flett", "magnus@hoysoundgin.co.uk"), date=(2027, 2, 10, 10, 30, 0),
    orig=O("reminder", "Hoy Sound Gin", "FMP-1080", 1800.00, "2027-02-03", (2027, 2, 9, 9, 0)),
    body="""\
Hi Fiona,

Before we pay this - the invoice charges for three days' shooting, but you were only with us for two. The Sunday was cancelled because of the storm and the ferry, if you remember, and we agreed at the time we wouldn't be charged for it. Could you amend it to two days please?

All the best,
Magnus

Hoy Sound Gin, Stromness, Orkney""",
    note="Orkney gin distillery: charged three days, only two happened; asks to amend -> dispute (wrong amount).")

# 96 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="luc", mailer="outlook", quote="outlook_pt", re="RE: ",
    frm=("Beatriz Lopes", "beatriz.lopes@casadoslimoeiros.pt"), date=(2027, 1, 26, 11, 40, 0), lang_hdr="pt-PT",
    charset="windows-1252",
    orig=O("reminder", "Casa dos Limoeiros", "2026-077", 760.00, "2027-01-19", (2027, 1, 25, 10, 0), fees=True),
    body="""\
Dear Lucía,

Good morning. Since 1 January the guest house is operated by a new company, Limoeiros Turismo, Unipessoal Lda, with a new NIF (PT 516 000 000). Our accountant says he can not register the invoice with the name and NIF of the old company.

Is it possible to issue the invoice in the name of the new company? I send you the complete data below.

Limoeiros Turismo, Unipessoal Lda
Rua do Limoeiro 12, 8600-000 Lagos
NIF PT516000000

Thank you and best regards,
Beatriz Lopes""",
    note="Portuguese guest house changed legal entity; asks for the invoice to be issued to the new company. Administrative request, doesn't contest the charge -> other. windows-1252 charset.")

# 97 -----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="luc", mailer="gmail", quote="gmail_uk", cte="base64",
    frm=("Eleni Markaki", "eleni@villaelounda.gr"), date=(2027, 1, 15, 13, 22, 2),
    orig=O("reminder", "Villa Elounda Suites", "2026-073", 1100.00, "2026-12-18", (2027, 1, 14, 10, 0), fees=True),
    body="""\
Dear Lucía,

We paid you from our Piraeus Bank account on 12/01, the bank says it needs 2 days for SEPA. Do you have it? If not I will ask them for the swift copy.

Kind regards,
Eleni Markaki
Villa Elounda Suites, Crete""",
    note="Cretan hotel (follow-up to its holiday mail in this set): 'We paid you ... on 12/01 ... Do you have it?' -> paid with a question. base64 body.")

# 98 -----------------------------------------------------------------------------------------
add(kind="client-reply-promise", fl="tom", mailer="outlook", quote="outlook", re="RE: ",
    frm=("Thandi Mokoena", "thandi@fynbosginco.co.za"), date=(2026, 12, 22, 11, 15, 2),
    orig=O("reminder", "Fynbos Gin Co. (Pty) Ltd", "INV-2026-090", 1500.00, "2026-12-15", (2026, 12, 21, 9, 0),
           fees=True),
    body="""\
Hi Tom

Apologies - our finance team is on leave until the 11th. They'll load it as soon as they're back, and international payments usually clear in 2-3 days after that.

Compliments of the season!

Thandi Mokoena
Brand Manager
Fynbos Gin Co. | Cape Town""",
    note="Cape Town gin brand: finance back on the 11th, 'they'll load it as soon as they're back' -> promise; 'after the 11th' is vague, no date.")

# 99 -----------------------------------------------------------------------------------------
add(kind="client-reply-other", fl="fio", mailer="tbird", quote="tbird",
    frm=("Ewan Imrie", "ewan@harbourlightsanstruther.co.uk"), date=(2027, 2, 19, 9, 2, 0),
    orig=O("reminder", "Harbour Lights Café", "FMP-1081", 450.00, "2027-02-12", (2027, 2, 18, 9, 0)),
    body="""\
Morning Fiona,

When I tried to set you up as a new payee, the bank's Confirmation of Payee check came back "no match" for the name Fiona MacLeod. Do you trade under a different name, or is the account in a business name? I haven't sent anything yet - I don't want it going to the wrong place.

Cheers,
Ewan
Harbour Lights Café, Anstruther""",
    note="Fife café: Confirmation of Payee mismatch, asks about the account name; 'I haven't sent anything yet'. Question, no claim, no promise -> other.")

# 100 ----------------------------------------------------------------------------------------
add(kind="client-reply-paid", fl="fio", mailer="plain", quote=None,
    frm=("DONALD MACINNES", "donaldmacinnes1951@btinternet.com"), date=(2026, 11, 5, 14, 10, 0),
    subject="PHOTOS INVOICE", thread=False,
    orig=O("reminder", "Donald MacInnes", "FMP-1050", 150.00, "2026-10-30", (2026, 11, 4, 9, 0)),
    body="""\
FIONA. PAID THIS MORNING AT THE BANK IN PORTREE. SORRY FOR DELAY. THE GIRL AT THE COUNTER SAID IT WILL BE WITH YOU TOMORROW.
DONALD""",
    note="Elderly Skye crofter, new message (no In-Reply-To, own subject), ALL CAPS, paid over the bank counter this morning. Paid; 'tomorrow' is the arrival, not a promise.")


if __name__ == "__main__":
    build()
