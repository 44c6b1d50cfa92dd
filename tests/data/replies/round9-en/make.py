#!/usr/bin/env python3
"""Round 9, English voices: generates r9e-NNNN.eml and labels.toml in this directory.

Every client body below is written by hand; only the MIME plumbing, the quoted originals
(invoice mails and mailduns reminders, rebuilt from templates/en) and the HTML skeletons are generated.
Python 3.11, stdlib only.  Run:  python3 make.py
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import os
import quopri
import random
import sys
import textwrap
from email.header import Header
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r9e"

# --------------------------------------------------------------------------------------------
# The mailbox owners
# --------------------------------------------------------------------------------------------
OWNERS = {
    "T": dict(name="Tom Byrne", email="tom@byrnedesign.ie", tz="Europe/Dublin", cur="€",
              beneficiary="Byrne Design", iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D",
              inv_subject="Invoice {inv} – Byrne Design", law="IE", domain="byrnedesign.ie"),
    "A": dict(name="Alessandra Rossi", email="alessandra@example.it", tz="Europe/Rome", cur="€",
              beneficiary="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456",
              bic="BPMOIT22XXX", inv_subject="Invoice {inv} - Alessandra Rossi, translation services",
              law="EU", domain="example.it"),
    "L": dict(name="Lucía Martín", email="lucia@martinestudio.es", tz="Europe/Madrid", cur="€",
              beneficiary="Lucía Martín Estudio", iban="ES91 2100 0418 4502 0005 1332",
              bic="CAIXESBBXXX", inv_subject="Invoice {inv} – Martín Estudio", law="EU",
              domain="martinestudio.es"),
    "G": dict(name="Gemma Shaw", email="gemma@gemmashaw.co.uk", tz="Europe/London", cur="£",
              beneficiary="Gemma Shaw Illustration", iban="GB33 BUKB 2020 1555 5555 55",
              bic="BUKBGB22", inv_subject="Invoice {inv} from Gemma Shaw Illustration", law="GB",
              domain="gemmashaw.co.uk"),
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def d(s):
    return dt.date.fromisoformat(s)


def long_date(x):
    return f"{x.day} {MONTHS[x.month - 1]} {x.year}"


def money(cur, value):
    """'€', 1220 -> '€1,220.00'"""
    return f"{cur}{value:,.2f}"


# --------------------------------------------------------------------------------------------
# The quoted originals: invoice mails and mailduns reminders (after templates/en/*.txt.j2)
# --------------------------------------------------------------------------------------------
def payment_block(o, inv):
    return ("Payment details:\n"
            f"- Account name: {o['beneficiary']}\n"
            f"- IBAN: {o['iban']}\n"
            f"- BIC (SWIFT): {o['bic']}\n"
            f"- Payment reference: {inv}\n")


def fees_block(o, amount, due, today):
    days = (today - due).days
    if o["law"] == "GB":
        rate = 11.75
        comp = 40 if amount < 1000 else 70
        intro = ("As this is a contract between businesses, the Late Payment of Commercial Debts "
                 f"(Interest) Act 1998 applies: statutory interest runs from the day after the due date "
                 f"at {rate:.2f}% a year (8% over the Bank of England base rate in force when the debt "
                 f"fell due), and a fixed sum of {money(o['cur'], comp)} is due for the costs of "
                 "recovering the debt (section 5A).")
    elif o["law"] == "IE":
        rate = 10.15
        comp = 40 if amount < 1000 else 70
        intro = ("As this is a commercial transaction, the European Communities (Late Payment in "
                 "Commercial Transactions) Regulations 2012 apply: late payment interest runs from the "
                 f"day after the due date at {rate:.2f}% a year (the European Central Bank's main "
                 f"refinancing rate plus 8 percentage points), and {money(o['cur'], comp)} is due as "
                 "compensation for recovery costs (Regulation 9).")
    else:
        rate = 10.15
        comp = 40
        intro = ("As this is a commercial transaction, the legislation implementing EU Directive "
                 "2011/7/EU on combating late payment applies: statutory interest for late payment runs "
                 "from the day after the due date at the European Central Bank's main refinancing rate "
                 f"plus 8 percentage points (currently {rate:.2f}% a year), and a fixed sum of "
                 f"{money(o['cur'], comp)} is due as compensation for recovery costs.")
    interest = round(amount * rate / 100 * days / 365, 2)
    total = amount + interest + comp
    lines = (f"- Principal: {money(o['cur'], amount)}\n"
             f"- Interest at {rate:.2f}% from {long_date(due + dt.timedelta(days=1))} to "
             f"{long_date(today)} ({days} days): {money(o['cur'], interest)}\n"
             f"- Compensation for recovery costs: {money(o['cur'], comp)}\n"
             f"- Total: {money(o['cur'], total)}\n")
    return (wrap(intro) + "\n\n" +
            f"The amount due as at {long_date(today)} (interest continues to run until payment) is:\n"
            + lines)


def wrap(s):
    return "\n".join(textwrap.fill(p, 76) if p else "" for p in s.split("\n"))


def original_text(o, orig, sent):
    """The text of the mail the client replies to."""
    t = orig.get("t", "reminder")
    inv = orig["inv"]
    amt_v = orig.get("amount")
    amt = f" for {money(o['cur'], amt_v)}" if amt_v else ""
    due = d(orig["due"])
    today = sent.date()
    dear = orig.get("dear", "Hello,")
    first = o["name"].split()[0]
    if t == "invoice":
        body = orig.get("text") or (
            f"{dear.replace('Dear ', 'Hi ') if dear.startswith('Dear ') else dear}\n\n"
            f"Please find attached invoice {inv}{amt.replace(' for ', ' for ')}"
            f"{', for ' + orig['what'] if orig.get('what') else ''}.\n"
            f"Payment is due by {long_date(due)}; bank details are on the invoice.\n\n"
            f"Thanks again,\n{first}\n")
        return wrap(body)
    pay = payment_block(o, inv)
    late_types = ("reminder", "late_fee", "final", "suspension", "promise_followup")
    if (t in late_types and today <= due) or (t == "courtesy" and today >= due):
        print("WARNING: reminder timing", t, inv, "sent", today, "due", due, file=sys.stderr)
    if t == "late_fee" and d(orig["deadline"]) <= today:
        print("WARNING: deadline before sending", inv, file=sys.stderr)
    if t == "courtesy":
        issued = f", issued on {long_date(d(orig['issued']))}," if orig.get("issued") else ""
        body = (f"{dear}\n\nThis is a friendly reminder that invoice {inv}{amt}{issued} is due for "
                f"payment on {long_date(due)}.\n\nIf payment is already on its way, thank you, and "
                f"please disregard this message.\n\n{pay}\nIf you have any questions, just reply to "
                f"this email.\n\nKind regards,\n{o['name']}\n")
    elif t == "due":
        late = (today - due).days
        if late > 0:
            p = (f"This is a quick reminder that invoice {inv}{amt} was due for payment on "
                 f"{long_date(due)}. If it has not been paid yet, I would be grateful if you could "
                 "arrange payment in the next few days.")
        elif late == 0:
            p = (f"This is a quick reminder that invoice {inv}{amt} is due for payment today, "
                 f"{long_date(due)}.")
        else:
            p = f"This is a quick reminder that invoice {inv}{amt} is due for payment on {long_date(due)}."
        body = (f"{dear}\n\n{p}\n\nIf you have already paid, thank you, and please disregard this "
                f"reminder.\n\n{pay}\nIf you have any questions, just reply to this email.\n\n"
                f"Kind regards,\n{o['name']}\n")
    elif t == "reminder":
        body = (f"{dear}\n\nAccording to my records, invoice {inv}{amt}, due on {long_date(due)}, has "
                "not yet been paid. It may simply have been overlooked, so I would be grateful if you "
                "could arrange payment at your earliest convenience.\n\nIf you have already paid, "
                "thank you – please let me know the payment date so that I can update my records. If "
                "there is a problem with the invoice, please reply to this email and we can sort it "
                f"out.\n\n{pay}\nKind regards,\n{o['name']}\n")
    elif t == "late_fee":
        deadline = d(orig["deadline"])
        days_late = (today - due).days
        body = (f"{dear}\n\nInvoice {inv}{amt}, due on {long_date(due)}, is now {days_late} days "
                f"overdue.\n\n{fees_block(o, amt_v, due, today)}\nPlease arrange payment of the total "
                f"above by {long_date(deadline)}. If payment is already on its way, thank you – please "
                "let me know the date it was made. If there is a problem with the invoice or with the "
                "timing, please reply to this email and we can find a solution.\n\n"
                f"{pay}\nKind regards,\n{o['name']}\n")
    elif t == "promise_followup":
        pd_ = orig.get("promise_date")
        if pd_:
            p = (f"Thank you for letting me know that invoice {inv}{amt} would be paid by "
                 f"{long_date(d(pd_))}.")
        else:
            p = (f"Thank you for your earlier message about invoice {inv}{amt}, which was due on "
                 f"{long_date(due)}.")
        body = (f"{dear}\n\n{p}\n\nThe payment has not reached me yet. If it is already on its way, "
                "thank you – please let me know the date it was made. If you need a little more time, "
                f"could you let me know when I can expect it?\n\n{pay}\nKind regards,\n{o['name']}\n")
    elif t == "final":
        deadline = d(orig["deadline"])
        dear_f = dear if dear not in ("Hello,", "Dear Accounts Team,") else "Dear Sir or Madam,"
        close = "Yours faithfully," if dear_f == "Dear Sir or Madam," else "Yours sincerely,"
        body = (f"Final notice before debt recovery\n\n"
                f"{('To: ' + orig['to_name'] + chr(10)) if orig.get('to_name') else ''}"
                f"Date: {long_date(today)}\nInvoice: {inv}, due on {long_date(due)}\n"
                f"Amount due: {money(o['cur'], amt_v)}\nPayment deadline: {long_date(deadline)}\n\n"
                f"{dear_f}\n\nDespite my previous reminders, invoice {inv}{amt}, which was due for "
                f"payment on {long_date(due)}, remains unpaid.\n\nI therefore formally request payment "
                f"of {money(o['cur'], amt_v)} by {long_date(deadline)}.\n\nIf payment is not received "
                "by that date, I intend to take steps to recover the debt. These may include referring "
                "the matter to a debt collection agency or a solicitor and, if necessary, starting "
                "court proceedings.\n\nI would much rather resolve this with you directly. If there is "
                "a reason for the delay, or if you would like to propose a payment plan, please reply "
                f"to this email before {long_date(deadline)}.\n\nIf you have paid in the meantime, "
                "thank you, and please accept my apologies for this notice; it would help if you could "
                "let me know the payment date so that I can update my records.\n\n"
                f"{pay}\n{close}\n{o['name']}\n")
    elif t == "suspension":
        deadline = d(orig["deadline"])
        body = (f"{dear}\n\nI am writing again about invoice {inv}{amt}, which was due on "
                f"{long_date(due)} and remains unpaid.\n\nIf payment is not received by "
                f"{long_date(deadline)}, I may have to suspend work in progress and any services I "
                f"provide to you from {long_date(deadline + dt.timedelta(days=1))} until the account "
                "is settled. If something is making payment difficult – for example, if you need to "
                "pay in instalments – please reply to this email and we can agree a solution.\n\n"
                f"{pay}\nKind regards,\n{o['name']}\n")
    elif t == "statement":
        lines = ""
        total = 0
        for (n, a, du) in orig["items"]:
            late = (today - d(du)).days
            st = f"due on {long_date(d(du))} ({late} days overdue)" if late > 0 else f"due on {long_date(d(du))}"
            lines += f"- {n}, {st}: {money(o['cur'], a)}\n"
            total += a
        deadline = d(orig["deadline"])
        body = (f"{dear}\n\nAccording to my records, the following invoices are still outstanding:\n\n"
                f"{lines}\nTotal due: {money(o['cur'], total)}\n\nPlease arrange payment by "
                f"{long_date(deadline)}. If some of these invoices have already been paid, thank you – "
                "please let me know which ones and the payment dates, so that I can update my records. "
                "If there is a problem with any of them, please reply to this email and we can sort it "
                "out.\n\nThe payment details are on the invoices, in the emails they were sent with.\n\n"
                f"Kind regards,\n{o['name']}\n")
    else:
        raise ValueError(t)
    return wrap(body)


def original_subject(o, orig):
    if orig.get("subject"):
        return orig["subject"]
    t = orig.get("t", "reminder")
    inv = orig["inv"]
    if t == "invoice" or orig.get("in_thread"):
        return o["inv_subject"].format(inv=inv)
    return {
        "courtesy": "Invoice {inv} due soon",
        "due": "Invoice {inv} – payment due",
        "reminder": "Reminder: invoice {inv}",
        "late_fee": "Overdue: invoice {inv}",
        "final": "Final notice – invoice {inv}",
        "suspension": "Invoice {inv} – overdue",
        "promise_followup": "Invoice {inv} – following up",
        "statement": "Statement of open invoices",
    }[t].format(inv=inv)


# --------------------------------------------------------------------------------------------
# Quote styles
# --------------------------------------------------------------------------------------------
def fmt_gmail_date(x):
    return f"{DAYS[x.weekday()][:3]}, {x.day} {MONTHS[x.month - 1][:3]} {x.year} at {x:%H:%M}"


def quote_block(style, o, client, orig_subj, text, sent):
    oname, oaddr = o["name"], o["email"]
    cname, caddr = client
    gt = "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))
    if style == "gmail":
        return f"\n\nOn {fmt_gmail_date(sent)}, {oname} <{oaddr}> wrote:\n\n{gt}\n"
    if style == "gmail_us":
        h = sent.hour % 12 or 12
        ap = "AM" if sent.hour < 12 else "PM"
        return (f"\n\nOn {DAYS[sent.weekday()][:3]}, {MONTHS[sent.month - 1][:3]} {sent.day}, "
                f"{sent.year} at {h}:{sent:%M} {ap} {oname} <{oaddr}> wrote:\n\n{gt}\n")
    if style == "apple":
        return (f"\n\n> On {sent.day} {MONTHS[sent.month - 1][:3]} {sent.year}, at {sent:%H:%M}, "
                f"{oname} <{oaddr}> wrote:\n>\n{gt}\n")
    if style == "iphone":
        return (f"\n\nOn {sent.day} {MONTHS[sent.month - 1][:3]} {sent.year}, at {sent:%H:%M}, "
                f"{oname} <{oaddr}> wrote:\n\n{gt}\n")
    if style == "outlook":
        return (f"\n\n________________________________\nFrom: {oname} <{oaddr}>\n"
                f"Sent: {sent.day:02d} {MONTHS[sent.month - 1]} {sent.year} {sent:%H:%M}\n"
                f"To: {cname} <{caddr}>\nSubject: {orig_subj}\n\n{text}")
    if style == "outlook_us":
        h = sent.hour % 12 or 12
        ap = "AM" if sent.hour < 12 else "PM"
        return (f"\n\nFrom: {oname} <{oaddr}>\nSent: {DAYS[sent.weekday()]}, "
                f"{MONTHS[sent.month - 1]} {sent.day}, {sent.year} {h}:{sent:%M} {ap}\n"
                f"To: {cname} <{caddr}>\nSubject: {orig_subj}\n\n{text}")
    if style == "outlook_orig":
        return (f"\n\n-----Original Message-----\nFrom: {oname} [mailto:{oaddr}]\n"
                f"Sent: {DAYS[sent.weekday()]}, {sent.day} {MONTHS[sent.month - 1]} {sent.year} "
                f"{sent:%H:%M}\nTo: {cname}\nSubject: {orig_subj}\n\n{text}")
    if style == "outlook_de":
        de_days = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
        de_months = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
                     "September", "Oktober", "November", "Dezember"]
        return (f"\n\nVon: {oname} <{oaddr}>\nGesendet: {de_days[sent.weekday()]}, {sent.day}. "
                f"{de_months[sent.month - 1]} {sent.year} {sent:%H:%M}\nAn: {cname} <{caddr}>\n"
                f"Betreff: {orig_subj}\n\n{text}")
    if style == "outlook_nl":
        nl_days = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
        nl_months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                     "september", "oktober", "november", "december"]
        return (f"\n\nVan: {oname} <{oaddr}>\nVerzonden: {nl_days[sent.weekday()]} {sent.day} "
                f"{nl_months[sent.month - 1]} {sent.year} {sent:%H:%M}\nAan: {cname} <{caddr}>\n"
                f"Onderwerp: {orig_subj}\n\n{text}")
    if style == "thunderbird":
        return f"\n\nOn {sent:%d/%m/%Y %H:%M}, {oname} wrote:\n{gt}\n"
    if style == "none":
        return ""
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# MIME plumbing (hand-rolled so that charsets and encodings are exactly what real clients send)
# --------------------------------------------------------------------------------------------
def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, mail):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if any(c in name for c in ',.()<>@;:"[]'):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{mail}>"


def body_bytes(text, codec, cte):
    raw = text.replace("\r\n", "\n").encode(codec)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return "\n".join(textwrap.wrap(base64.b64encode(raw).decode(), 76)).encode() + b"\n"
    return raw


def text_part(text, subtype="plain", charset="utf-8", cte=None, codec=None, flowed=False):
    text = apply_renum(text, CUR)
    codec = codec or charset
    if cte is None:
        try:
            text.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            cte = "quoted-printable"
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    hdr = f"Content-Type: {ct}\nContent-Transfer-Encoding: {cte}\n"
    return hdr.encode() + b"\n" + body_bytes(text, codec, cte)


def attach_part(filename, mimetype, data, disposition="attachment", cid=None):
    if CUR:
        filename = apply_renum(filename, CUR)
        data = apply_renum(data.decode("latin-1"), CUR).encode("latin-1")
    b64 = "\n".join(textwrap.wrap(base64.b64encode(data).decode(), 76)).encode()
    h = (f'Content-Type: {mimetype}; name="{filename}"\n'
         f'Content-Disposition: {disposition}; filename="{filename}"\n'
         "Content-Transfer-Encoding: base64\n")
    if cid:
        h += f"Content-ID: <{cid}>\n"
    return h.encode() + b"\n" + b64 + b"\n"


def multipart(subtype, parts, boundary, extra=""):
    out = f'Content-Type: multipart/{subtype}; {extra}boundary="{boundary}"\n\n'.encode()
    out += b"This is a multi-part message in MIME format.\n\n" if subtype == "mixed" else b""
    for p in parts:
        out += f"--{boundary}\n".encode() + p + (b"" if p.endswith(b"\n") else b"\n")
    out += f"--{boundary}--\n".encode()
    return out


def fake_pdf(title, lines):
    content = "BT /F1 11 Tf 50 780 Td (" + title.replace("(", "[").replace(")", "]") + ") Tj "
    for ln in lines:
        content += "0 -16 Td (" + ln.replace("(", "[").replace(")", "]") + ") Tj "
    content += "ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    offs = []
    for i, ob in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1", "replace")))
        out += f"{i} 0 obj\n{ob}\nendobj\n"
    x = len(out.encode("latin-1", "replace"))
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n"
    for o in offs:
        out += f"{o:010d} 00000 n \n"
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1", "replace")


def fake_png(seed):
    import struct
    import zlib
    w, h = 4, 3
    rnd = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(rnd.randrange(256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------
# HTML skeletons
# --------------------------------------------------------------------------------------------
def esc_lines(text):
    return "<br>\n".join(htmlmod.escape(l) for l in text.split("\n"))


def paragraphs(text):
    return [p for p in text.strip("\n").split("\n\n")]


def html_outlook(body, quote_hdr=None, quote_text=None, font="Calibri"):
    ps = "\n".join(f'<p class="MsoNormal">{esc_lines(p)}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
                   for p in paragraphs(body))
    q = ""
    if quote_hdr:
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             f'<p class="MsoNormal">{quote_hdr}</p></div>\n'
             + "\n".join(f'<p class="MsoNormal">{esc_lines(p)}</p>' for p in paragraphs(quote_text)))
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"{font}",sans-serif;}}
a:link, span.MsoHyperlink {{color:#0563C1; text-decoration:underline;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{ps}
{q}
</div>
</body>
</html>
"""


def html_gmail(body, attr=None, quote_text=None):
    ps = "".join(f"<div>{esc_lines(p)}</div><div><br></div>" for p in paragraphs(body))
    q = ""
    if attr:
        q = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
             f'{htmlmod.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
             '0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + "".join(f"<p>{esc_lines(p)}</p>" for p in paragraphs(quote_text))
             + "</blockquote></div>")
    return f'<div dir="ltr">{ps}</div>{q}\n'


def html_to_text_simple(body):
    return body


# --------------------------------------------------------------------------------------------
# Message assembly
# --------------------------------------------------------------------------------------------
MESSAGES = []   # (build_fn, label_dict)
REG = []        # (owner, invoice, client, kind, when) for the consistency check


def msgid(rnd, style, domain):
    h = "".join(rnd.choice("0123456789ABCDEF") for _ in range(32))
    if style == "gmail":
        tok = base64.b64encode(bytes(rnd.randrange(256) for _ in range(33))).decode()
        tok = tok.replace("/", "_").replace("+", "-")
        return f"<CA{tok}@mail.gmail.com>"
    if style == "outlook":
        srv = rnd.choice(["DB9PR03MB", "AM6PR10MB", "PAXPR02MB", "LO2P265MB", "DU0PR07MB", "BN8PR12MB"])
        n = rnd.randrange(1000, 9999)
        return f"<{srv}{n}{h[:8]}{h[8:12].upper()}@{srv}{n}.eurprd0{rnd.randrange(1, 9)}.prod.outlook.com>"
    if style == "apple":
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"
    return f"<{h[:16].lower()}.{rnd.randrange(10**6)}@{domain}>"


MUA_HEADERS = {
    "gmail": "",
    "outlook": "X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \nThread-Topic: {topic}\nThread-Index: {tidx}\n"
               "X-Mailer: Microsoft Outlook 16.0\n",
    "apple": "X-Mailer: iPhone Mail (22B91)\n",
    "applemac": "X-Mailer: Apple Mail (2.3826.200.121)\n",
    "thunderbird": "User-Agent: Mozilla Thunderbird\n",
    "android": "X-Mailer: Samsung Email\n",
    "other": "",
}


def owner_msgid(o, when, rnd):
    return f"<{when:%Y%m%d%H%M%S}.{rnd.randrange(10**5, 10**6)}@{o['domain']}>"


RENUM = {}      # (owner, client address) -> {old invoice number: new one}, filled by renumber()


def reply(kind, owner, frm, tz, when, body, orig=None, facts=None, note="", **kw):
    """A client reply (human mail). Registered now, built later (after invoice renumbering)."""
    if orig is not None:
        REG.append((owner, orig, frm[1], kind, when))
    label = dict(kind=kind, language="en", split="dev")
    label.update(facts or {})
    label["note"] = note
    label["_key"] = (owner, frm[1])

    def build(name):
        mp = RENUM.get((owner, frm[1]), {})
        sub = lambda x: apply_renum(x, mp)
        o2 = None
        if orig is not None:
            o2 = dict(orig)
            for k in ("inv", "subject", "text"):
                if o2.get(k):
                    o2[k] = sub(o2[k])
            if o2.get("items"):
                o2["items"] = [(sub(a), b, c) for (a, b, c) in o2["items"]]
        kw2 = dict(kw)
        for k in ("subj", "fwd_block", "html_literal"):
            if kw2.get(k):
                kw2[k] = sub(kw2[k])
        if kw2.get("attach"):
            kw2["attach"] = [(sub(fn), mt, sub(data.decode("latin-1")).encode("latin-1"))
                             for (fn, mt, data) in kw2["attach"]]
        return _reply_build(kind, owner, frm, tz, when, sub(body), orig=o2, **kw2)(name)
    MESSAGES.append((build, label))


def apply_renum(text, mp):
    if not mp or not text:
        return text
    import re
    keys = sorted(mp, key=len, reverse=True)
    alts = []
    table = {}
    for k in keys:
        alts.append(re.escape(k))
        table[k] = mp[k]
        if "-" in k and k.replace("-", "") not in table:
            alts.append(re.escape(k.replace("-", "")))
            table[k.replace("-", "")] = mp[k].replace("-", "")
    rx = re.compile(r"(?<![\w/-])(" + "|".join(alts) + r")(?![\w/-])")
    return rx.sub(lambda m: table[m.group(1)], text)


def _reply_build(kind, owner, frm, tz, when, body, orig=None, quote="gmail", mua="gmail", subj=None,
                 prefix="Re: ", cc=(), to=None, attach=(), html=None, alt=False,
                 charset="utf-8", codec=None, cte=None, extra_headers="", sent=None, fwd_block=None,
                 html_literal=None, no_inreplyto=False, quote_html_style=None):
    o = OWNERS[owner]

    def build(name):
        rnd = random.Random(name)
        tzi = ZoneInfo(tz)
        w = dt.datetime.fromisoformat(when).replace(tzinfo=tzi)
        otz = ZoneInfo(o["tz"])
        if orig is not None:
            s = (dt.datetime.fromisoformat(orig["sent"]).replace(tzinfo=otz) if orig.get("sent") else
                 (w - dt.timedelta(days=rnd.choice([1, 2, 3, 5]))).astimezone(otz).replace(
                     hour=rnd.choice([8, 9, 9, 10]), minute=rnd.randrange(60), second=rnd.randrange(60)))
            # the reminder is shown in the reader's time zone by the client's mail program
            s_local = s.astimezone(tzi)
            osubj = original_subject(o, orig)
            otext = original_text(o, orig, s)
        else:
            s = s_local = None
            osubj = None
            otext = None
        subject = subj if subj is not None else (prefix + osubj if osubj else "(no subject)")
        qtext = quote_block(quote, o, frm, osubj, otext, s_local) if orig is not None else ""
        full_text = body.rstrip("\n") + "\n" + qtext
        if fwd_block:
            full_text = body.rstrip("\n") + "\n\n" + fwd_block
        # headers
        mid = msgid(rnd, {"gmail": "gmail", "outlook": "outlook", "apple": "apple",
                          "applemac": "apple"}.get(mua, "other"), frm[1].split("@")[1])
        h = f"From: {addr(*frm)}\n"
        h += f"To: {to if to else addr(o['name'], o['email'])}\n"
        if cc:
            h += "Cc: " + ", ".join(addr(*c) for c in cc) + "\n"
        h += f"Subject: {enc_header(subject)}\n"
        h += f"Date: {email.utils.format_datetime(w)}\n"
        h += f"Message-ID: {mid}\n"
        if orig is not None and not no_inreplyto:
            inv_id = f"<{(s - dt.timedelta(days=30)):%Y%m%d}.inv.{rnd.randrange(10**6)}@{o['domain']}>"
            rid = owner_msgid(o, s, rnd)
            h += f"In-Reply-To: {rid}\nReferences: {inv_id} {rid}\n"
        h += "MIME-Version: 1.0\n"
        mh = MUA_HEADERS.get(mua, "")
        if "{topic}" in mh:
            tidx = base64.b64encode(hashlib.sha1(name.encode()).digest()[:22]).decode()
            topic = subject
            for p in ("Re: ", "RE: ", "AW: ", "Fwd: ", "FW: ", "Fw: "):
                if topic.startswith(p):
                    topic = topic[len(p):]
            mh = mh.format(topic=enc_header(topic), tidx=tidx)
        h += mh
        h += "Content-Language: en-GB\n" if mua == "outlook" else ""
        h += extra_headers
        # body
        if html_literal is not None:
            html_body = html_literal
        elif html == "outlook":
            qh = None
            if orig is not None and quote != "none":
                qh = (f"<b>From:</b> {htmlmod.escape(o['name'])} &lt;{o['email']}&gt;<br>"
                      f"<b>Sent:</b> {s_local.day:02d} {MONTHS[s_local.month - 1]} {s_local.year} "
                      f"{s_local:%H:%M}<br><b>To:</b> {htmlmod.escape(frm[0])} &lt;{frm[1]}&gt;<br>"
                      f"<b>Subject:</b> {htmlmod.escape(osubj)}")
            html_body = html_outlook(body, qh, otext)
        elif html == "gmail":
            attr = None
            if orig is not None and quote != "none":
                attr = f"On {fmt_gmail_date(s_local)}, {o['name']} <{o['email']}> wrote:"
            html_body = html_gmail(body, attr, otext)
        else:
            html_body = None
        b = f"=_{hashlib.md5(name.encode()).hexdigest()[:24]}"
        if html_body is not None and not alt:
            core = text_part(html_body, "html", charset, cte or "quoted-printable", codec)
        elif html_body is not None and alt:
            core = multipart("alternative", [text_part(full_text, "plain", charset, cte, codec),
                                             text_part(html_body, "html", charset,
                                                       "quoted-printable", codec)], "alt" + b)
        else:
            core = text_part(full_text, "plain", charset, cte, codec)
        if attach:
            parts = [core] + [attach_part(*a) for a in attach]
            core = multipart("mixed", parts, "mix" + b)
        return (h + "").encode() + core

    return build


CUR = {}        # renumbering map in force while a machine message is being built


def raw(kind, build, facts=None, note="", key=None):
    """A machine message; build(name) returns bytes. key=(owner, client address) it is about."""
    label = dict(kind=kind, language="en", split="dev")
    label.update(facts or {})
    label["note"] = note
    if key:
        label["_key"] = key

    def wrapped(name):
        global CUR
        CUR = RENUM.get(key, {}) if key else {}
        try:
            return build(name)
        finally:
            CUR = {}
    MESSAGES.append((wrapped, label))


# ============================================================================================
# THE MESSAGES
# ============================================================================================
def O(t, inv, amount=None, due=None, dear="Hello,", **kw):
    x = dict(t=t, inv=inv, amount=amount, due=due, dear=dear)
    x.update(kw)
    return x


IE_DISCLAIMER = ("This e-mail and any files transmitted with it are confidential and intended solely "
                 "for the use of the addressee. If you have received this e-mail in error please notify "
                 "the sender and delete it. Brightwave Media Ltd is registered in Ireland, company "
                 "number 512233. Registered office: 14 Fenian Street, Dublin 2, D02 X285.")

# ---------------------------------------------------------------------------- PAID (35)

reply("client-reply-paid", "T", ("Sarah Quinn", "sarah.quinn@brightwave.ie"), "Europe/Dublin",
      "2026-11-06 10:41:12",
      """Hi Tom,

Apologies for the delay on this one. Payment of €2,460.00 was released this morning and should be with you in 1-2 working days. Remittance attached for your records.

Kind regards,
Sarah

Sarah Quinn | Accounts Payable
Brightwave Media Ltd | 14 Fenian Street, Dublin 2
T: +353 1 640 2210

""" + IE_DISCLAIMER + "\n",
      orig=O("due", "INV-2026-081", 2460, "2026-11-04", "Dear Sarah Quinn,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      attach=[("Remittance_Advice_BYRNE_061126.pdf", "application/pdf",
               fake_pdf("REMITTANCE ADVICE - Brightwave Media Ltd",
                        ["Supplier: Byrne Design", "Payment date: 06/11/2026",
                         "INV-2026-081   EUR 2,460.00", "Total paid EUR 2,460.00"]))],
      facts=dict(amount="2460.00"),
      note="AP clerk: released this morning, 'should be with you in 1-2 days' is arrival, not a promise. "
           "Invoice number only in subject/quote/attachment, so no reference.")

reply("client-reply-paid", "G", ("Owen Pritchard", "owen@hollowoakgames.co.uk"), "Europe/London",
      "2026-11-09 22:17:40",
      """Sorted 👍 sent it just now, sorry Gem

Sent from my iPhone
""",
      orig=O("reminder", "GS-139", 640, "2026-10-30", "Dear Owen Pritchard,"),
      quote="iphone", mua="apple",
      note="Founder on phone, no payment verb except 'sent it'; 'Sorted' = paid.")

reply("client-reply-paid", "A", ("Joris van der Meer", "j.vandermeer@studiokade.nl"), "Europe/Amsterdam",
      "2026-11-12 14:03:55",
      """Dear Alessandra,

Thank you for the reminder. I have checked with our administration and the invoice 28/2026 is paid on 10 November, the amount of EUR 1.830,00. It can take some days with the bank between Netherlands and Italy I think. Please let me know if it is not arrived by end of the week.

Met vriendelijke groet,

Joris van der Meer
Studio Kade | Keizersgracht 318 | 1016 EZ Amsterdam
+31 20 772 1904
""",
      orig=O("reminder", "28/2026", 1830, "2026-11-06", "Dear Joris van der Meer,"),
      quote="outlook_nl", mua="outlook", prefix="RE: ",
      facts=dict(amount="1830.00", reference="28/2026"),
      note="Dutch English 'is paid on 10 November'; European amount format 1.830,00. 'let me know if "
           "not arrived' is not a promise.")

reply("client-reply-paid", "L", ("Megan Ortiz", "megan@tallgrass.io"), "America/Chicago",
      "2026-11-17 16:22:03",
      """Hi Lucía — we processed this in yesterday's payment run via Wise, $1,500.00 USD. Should land on your side in a day or so. Let me know if anything looks off!

Megan
--
Megan Ortiz
Operations Lead, Tallgrass
""",
      orig=O("due", "2026-044", None, "2026-11-15", "Dear Megan Ortiz,"),
      quote="gmail_us", mua="gmail",
      facts=dict(amount="1500.00", currency="USD"),
      note="US startup: 'processed in yesterday's payment run' = paid; amount in USD.")

fwd_aib = """---------- Forwarded message ---------
From: AIB Internet Banking <noreply@aib.ie>
Date: Thu, 19 Nov 2026 at 11:02
Subject: Payment Confirmation
To: <finance@coastalheritage.ie>

Payment Confirmation

Your payment has been submitted successfully.

From account:      COASTAL HERITAGE NETWORK CLG  ~4471
To:                BYRNE DESIGN
IBAN:              IE29AIBK93115212345678
Amount:            EUR 890.00
Reference:         INV-2026-079
Date:              19/11/2026
Confirmation no.:  AIB-7730012984

Please keep this confirmation for your records.
"""
reply("client-reply-paid", "T", ("Ciarán Ó Briain", "finance@coastalheritage.ie"), "Europe/Dublin",
      "2026-11-19 11:55:21",
      """Hi Tom,

Please see below confirmation of payment.

Regards,
Ciarán

Ciarán Ó Briain
Finance Officer (Tues–Thurs)
Coastal Heritage Network CLG
Registered Charity No. 20081734
""",
      orig=O("reminder", "INV-2026-079", 890, "2026-11-10", "Dear Accounts Team,"),
      fwd_block=fwd_aib, mua="gmail",
      facts=dict(amount="890.00", reference="INV-2026-079"),
      note="Reply carrying a forwarded AIB payment confirmation instead of the quote; amount and "
           "reference are in the forwarded receipt the client sends as their evidence.")

reply("client-reply-paid", "A", ("Katrin Vogel", "k.vogel@lumen-verlag.de"), "Europe/Berlin",
      "2026-11-23 08:47:10",
      """Hello Mrs. Rossi,

the payment was executed today with value date 24.11.2026. Amount: 1.800,00 EUR (reverse charge, no VAT).

Sorry for the delay, the invoice was in the mailbox of a colleague who has left us.

Best regards / Mit freundlichen Grüßen

Katrin Vogel
Buchhaltung / Accounting

Lumen Verlag GmbH
Schanzenstraße 41 · 20357 Hamburg
Geschäftsführer: Dr. Matthias Brandt · Amtsgericht Hamburg HRB 118204 · USt-IdNr. DE291837462
""",
      orig=O("reminder", "30/2026", 1800, "2026-11-15", "Dear Katrin Vogel,"),
      quote="outlook_de", mua="outlook", prefix="AW: ",
      facts=dict(amount="1800.00"),
      note="German AP, 'AW:' prefix, German Outlook quote header; 'executed today with value date' = "
           "paid. Amount in German format.")

reply("client-reply-paid", "T", ("Liam Hargreaves", "liam@saltbushcreative.com.au"), "Australia/Sydney",
      "2026-11-26 07:12:33",
      """G'day Tom,

All paid mate, went through yesterday arvo - the 1,950 euro through Wise. Reckon it'll be in your account today or tomorrow your time.

Cheers,
Liam

Saltbush Creative
Level 2, 88 Foveaux St, Surry Hills NSW 2010
""",
      orig=O("reminder", "INV-2026-082", 1950, "2026-11-18", "Dear Liam Hargreaves,"),
      quote="gmail", mua="gmail",
      facts=dict(amount="1950.00"),
      note="Australian slang ('arvo'), Sydney time zone; amount in words+digits '1,950 euro'.")

reply("client-reply-paid", "G", ("Priya Mistry", "p.mistry@finance.uni-midlands.ac.uk"), "Europe/London",
      "2026-11-30 09:05:48",
      """Dear Gemma,

Thank you for your email. I can confirm that your invoice was included in Friday's BACS run and the remittance advice is attached.

Please allow 2-3 working days for the funds to clear.

Kind regards

Priya Mistry
Accounts Payable Officer
Finance Office, University of the Midlands
Tel: 0121 496 0387

The University of the Midlands is an exempt charity. This email and any attachments are intended for the named recipient only.
""",
      orig=O("reminder", "GS-141", 1240, "2026-11-20", "Dear Accounts Team,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      attach=[("Remittance 0000118273.pdf", "application/pdf",
               fake_pdf("UNIVERSITY OF THE MIDLANDS - REMITTANCE ADVICE",
                        ["Payee: Gemma Shaw Illustration", "Payment method: BACS  27/11/2026",
                         "Invoice GS-141   GBP 1,240.00"]))],
      note="University AP clerk (human), 'included in Friday's BACS run' = paid; remittance attached.")

reply("client-reply-paid", "L", ("Tomasz Wiśniewski", "t.wisniewski@kodeks-soft.pl"), "Europe/Warsaw",
      "2026-12-01 13:30:02",
      """Hello Lucia,

I am sorry for late answer. Transfer is done yesterday, I send you confirmation in attachment (PDF from our bank). Invoice nr 2026-047, amount 2 400,00 EUR.

Best regards
Tomasz Wiśniewski
Kodeks Soft Sp. z o.o.
ul. Grunwaldzka 212, 80-266 Gdańsk
""",
      orig=O("reminder", "2026-047", 2400, "2026-11-22", "Dear Tomasz Wiśniewski,"),
      quote="thunderbird", mua="thunderbird",
      attach=[("potwierdzenie_przelewu_2026-11-30.pdf", "application/pdf",
               fake_pdf("Potwierdzenie przelewu / Transfer confirmation",
                        ["Odbiorca: Lucia Martin Estudio", "Kwota: 2 400,00 EUR", "Tytul: 2026-047"]))],
      facts=dict(amount="2400.00", reference="2026-047"),
      note="Polish English ('Transfer is done yesterday'), amount with space thousands separator.")

reply("client-reply-paid", "T", ("Fiona Kelleher", "fiona@thegreenbeancafe.ie"), "Europe/Dublin",
      "2026-12-02 19:48:09",
      """Hi Tom, done now, sorry it took so long, mad month. F x
""",
      orig=O("reminder", "INV-2026-083", 420, "2026-11-25", "Dear Fiona Kelleher,"),
      quote="none", mua="apple",
      note="One-liner with no quote, 'done now' = paid.")

reply("client-reply-paid", "A", ("Erik Lindqvist", "erik.lindqvist@nordvik.se"), "Europe/Stockholm",
      "2026-12-03 10:14:27",
      """Hi Alessandra,

I checked and our finance paid it on Monday together with the October invoice. Could you please confirm you received both?

Thanks,
Erik

Erik Lindqvist | Content Manager | Nordvik AB
""",
      orig=O("reminder", "31/2026", 960, "2026-11-25", "Dear Erik Lindqvist,"),
      quote="gmail", mua="gmail",
      note="Paid + question asking confirmation; stays paid.")

reply("client-reply-paid", "G", ("Lucy Barnes", "lucy.barnes@whitfieldrowe.co.uk"), "Europe/London",
      "2026-12-07 12:30:00",
      """Dear Gemma,

I'm writing on behalf of James Whitfield, who is travelling this week. He has asked me to let you know that he settled invoice GS-143 personally by card, via the payment link on your invoice, on Sunday evening.

If anything further is needed please do let me know.

Best wishes,

Lucy Barnes
PA to James Whitfield
Whitfield & Rowe Architects
""",
      orig=O("reminder", "GS-143", 380, "2026-11-30", "Dear James Whitfield,"),
      to="Gemma Shaw <gemma@gemmashaw.co.uk>", quote="outlook", mua="outlook", prefix="RE: ",
      cc=[("James Whitfield", "james@whitfieldrowe.co.uk")],
      facts=dict(reference="GS-143"),
      note="PA writing for the boss; paid by card link.")

reply("client-reply-paid", "L", ("Daniel Cole", "daniel.cole@harbourlane.co.uk"), "Europe/London",
      "2026-12-08 16:05:31",
      """Hi Lucía,

This was paid on 4th December, our ref BACS 004471. Apologies, I think your reminder crossed with our payment.

Regards,

Daniel Cole
Finance Manager
Harbour Lane Events Ltd

This message is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender immediately and delete this message. Harbour Lane Events Ltd, registered in England and Wales no. 08877312.
""",
      orig=O("due", "2026-049", 1320, "2026-12-05", "Dear Daniel Cole,"),
      quote="outlook", mua="outlook", prefix="RE: ", html="outlook", alt=True,
      note="Outlook multipart/alternative with legal footer; paid before the reminder.")

reply("client-reply-paid", "T", ("Rachel Kim", "rkim@northpeak.co"), "America/New_York",
      "2026-12-14 15:47:19",
      """Hey Tom!

So sorry — this fell through the cracks during the holiday rush. I just sent the full amount (€1,200) via wire from our Chase account, so it might take a couple of business days to show up on your end. Let me know once it lands!

Happy holidays 🎄
Rachel

Rachel Kim
Head of Brand, Northpeak
""",
      orig=O("reminder", "INV-2026-085", 1200, "2026-12-04", "Dear Rachel Kim,"),
      quote="gmail_us", mua="gmail", html="gmail", alt=True,
      facts=dict(amount="1200.00"),
      note="US client, just sent by wire; euro amount.")

reply("client-reply-paid", "A", ("Aoife Brennan", "aoife@brennanwellness.ie"), "Europe/Dublin",
      "2026-12-16 21:09:44",
      """Hi Alessandra, paid via revolut just now, twelve hundred euros should be instant. Sorry for being a pain!! Aoife
""",
      orig=O("reminder", "32/2026", 1200, "2026-12-09", "Dear Aoife Brennan,"),
      quote="iphone", mua="apple",
      facts=dict(amount="1200.00"),
      note="Amount in words ('twelve hundred euros').")

reply("client-reply-paid", "G", ("Hannah Lowe", "accounts@kiteandkestrel.co.uk"), "Europe/London",
      "2026-12-17 11:22:06",
      """Hi Gemma,

Both GS-144 and GS-145 went out in this morning's run – £640 and £1,120 respectively, £1,760 in total, single payment with both numbers in the reference.

Thanks for your patience,
Hannah
Kite & Kestrel Publishing – Accounts
""",
      orig=O("statement", "GS-144", None, "2026-12-01", "Dear Accounts Team,",
             items=[("GS-144", 640, "2026-12-01"), ("GS-145", 1120, "2026-12-08")],
             deadline="2026-12-22"),
      quote="gmail", mua="gmail",
      note="Reply to a statement: two invoices paid in one payment; several amounts and numbers, "
           "so no single amount/reference fact.")

reply("client-reply-paid", "L", ("Rajesh Kumar", "accounts@sundaraminfotech.in"), "Asia/Kolkata",
      "2026-12-17 17:41:00",
      """Dear Madam,

Greetings of the day!

This is to inform you that the payment against your invoice no. 2026-050 for EUR 3,150.00 has been released on 17/12/2026 through SWIFT. Kindly find attached the swift copy (MT103) for your reference.

Kindly confirm the receipt of same at your end.

Thanks & Regards,
Rajesh Kumar
Accounts Dept.
Sundaram Infotech Pvt. Ltd.
No. 14, 3rd Cross, Indiranagar, Bengaluru - 560038
""",
      orig=O("reminder", "2026-050", 3150, "2026-12-10", "Dear Accounts Team,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      attach=[("MT103_SUNDARAM_171226.pdf", "application/pdf",
               fake_pdf("SWIFT MT103 COPY", [":32A:261217EUR3150,00", ":59:/ES9121000418450200051332",
                                             "LUCIA MARTIN ESTUDIO", ":70:INV 2026-050"]))],
      facts=dict(amount="3150.00", reference="2026-050"),
      note="Indian English AP ('Greetings of the day', 'Kindly'), SWIFT copy attached.")

reply("client-reply-paid", "T", ("Declan Nolan", "declan@nolanco.ie"), "Europe/Dublin",
      "2026-12-18 14:02:17",
      """Tom,

I look after the books for Murphy's Bakery (Siobhán passed on your email). I can confirm invoice INV-2026-088 was paid on 18/12 from their AIB account - €745.00.

Regards,
Declan Nolan ACA
Nolan & Co Chartered Accountants
Main Street, Mullingar, Co. Westmeath
""",
      orig=O("reminder", "INV-2026-088", 745, "2026-12-10", "Dear Siobhán Murphy,"),
      to="tom@byrnedesign.ie", quote="none", mua="outlook", subj="INV-2026-088 Murphy's Bakery",
      no_inreplyto=True,
      facts=dict(amount="745.00", reference="INV-2026-088"),
      note="Third party (client's accountant) writing a fresh mail, not a reply; still client side.")

reply("client-reply-paid", "A", ("Mette Kjær", "mk@fjordlys.dk"), "Europe/Copenhagen",
      "2026-12-21 15:33:50",
      """Hi,

the payment has been sent 21.12.
Merry Christmas!

/Mette
""",
      orig=O("reminder", "33/2026", 560, "2026-12-14", "Dear Mette Kjær,"),
      quote="outlook", mua="outlook", prefix="SV: ",
      note="Danish 'SV:' prefix, Nordic '/Mette' sign-off, date written 21.12.")

reply("client-reply-paid", "G", ("Nathan Ellis", "nathan@ellisandfox.com"), "Europe/London",
      "2026-12-22 08:12:40",
      """PAID THIS MORNING. PLEASE STOP SENDING THESE. THANKS
""",
      orig=O("late_fee", "GS-147", 890, "2026-11-27", "Dear Nathan Ellis,", deadline="2026-12-29"),
      quote="gmail", mua="gmail",
      note="Irritated ALL CAPS but not contesting anything: paid.")

reply("client-reply-paid", "L", ("Jennifer Walsh", "jwalsh@romance.lakeshore.edu"), "America/Chicago",
      "2027-01-05 10:26:11",
      """Hi Lucía,

Happy New Year! Our AP team confirmed your invoice (#2026-052) was processed on 12/30 via international wire, payment ID 88213450. International wires can take 3-5 business days, so hopefully it's with you by now or very soon.

Best,
Jennifer

Jennifer Walsh, PhD
Program Coordinator, Department of Romance Languages
Lakeshore University
""",
      orig=O("reminder", "2026-052", 2750, "2026-12-20", "Dear Jennifer Walsh,"),
      quote="gmail_us", mua="gmail",
      facts=dict(reference="2026-052"),
      note="US university, US date '12/30', invoice written with a leading '#'.")

fwd_boi = """Begin forwarded message:

From: "Bank of Ireland 365" <alerts@365online.com>
Subject: Payment Confirmation
Date: 6 January 2027 at 09:14:52 GMT
To: niall.oconnor@riverstoneevents.ie

Dear Customer,

Your payment to BYRNE DESIGN has been processed.

Amount: €1,480.00
Payee reference: INV2026090
Payment date: 06/01/2027

Thank you for banking with Bank of Ireland.
"""
reply("client-reply-paid", "T", ("Niall O'Connor", "niall.oconnor@riverstoneevents.ie"), "Europe/Dublin",
      "2027-01-07 17:40:03",
      """Here you go Tom, should be there by now.

Niall

Sent from my iPhone
""",
      fwd_block=fwd_boi, orig=O("reminder", "INV-2026-090", 1480, "2026-12-28"), mua="apple",
      subj="Fwd: Payment Confirmation", no_inreplyto=True,
      facts=dict(amount="1480.00", reference="INV-2026-090"),
      note="Not a reply: a forwarded Bank of Ireland confirmation with 'here you go'. Reference written "
           "INV2026090 in the bank line.")

reply("client-reply-paid", "A", ("Ben Hollis", "ben@threefoldagency.co.uk"), "Europe/London",
      "2027-01-08 16:55:27",
      """Hi Alessandra,

It's gone through today, €960. Sorry it dragged on over Christmas.

Cheers,
Ben
""",
      orig=O("reminder", "35/2026", 960, "2026-12-28", "Dear Ben Hollis,"),
      quote="gmail", mua="gmail",
      facts=dict(amount="960.00"),
      note="Short UK 'gone through today'.")

reply("client-reply-paid", "L", ("Ingrid Solberg", "ingrid.solberg@havbris.no"), "Europe/Oslo",
      "2027-01-11 09:03:15",
      """Hello Lucía,

We paid 2026-053 on 8 January, EUR 880,00. Our bank is DNB so it may take 2 days.

Could you send me a receipt for our accounts please?

Best regards
Ingrid Solberg
Havbris AS
""",
      orig=O("reminder", "2026-053", 880, "2027-01-03", "Dear Ingrid Solberg,"),
      quote="outlook", mua="outlook", prefix="SV: ",
      facts=dict(amount="880.00", reference="2026-053"),
      note="Norwegian client, paid + asks for a receipt.")

reply("client-reply-paid", "G", ("Mark Devlin", "mark@brightsparkstudio.com"), "America/New_York",
      "2027-01-12 13:18:52",
      """Hi Gemma - just sent $850 through PayPal (goods & services), you should've got the notification. Sorry about the wait, new year chaos here.

-Mark
""",
      orig=O("reminder", "GS-148", None, "2027-01-02", "Dear Mark Devlin,"),
      quote="gmail_us", mua="gmail",
      facts=dict(amount="850.00", currency="USD"),
      note="US client paying in USD via PayPal.")

reply("client-reply-paid", "T", ("Shauna Whelan", "shauna@fernleaflabs.io"), "Europe/Dublin",
      "2027-01-13 12:07:33",
      "",
      orig=O("promise_followup", "INV-2026-092", 3500, "2026-12-15", "Dear Shauna Whelan,",
             promise_date="2027-01-08"),
      mua="gmail",
      html_literal="""<div dir="ltr"><div>Hi Tom,</div><div><br></div><div>Payment sent! 🙌 We moved banks to Revolut Business over Christmas so it'll show as <b>FERNLEAF LABS LTD</b> rather than our old name.</div><div><br></div><div>Amount is €2,000 — the balance of INV-2026-092 after the €1,500 deposit in November.</div><div><br></div><div>Thanks for bearing with us,</div><div>Shauna</div><div><br></div><div><span style="color:rgb(136,136,136)">Shauna Whelan · COO · Fernleaf Labs</span></div></div>
<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 11 Jan 2027 at 09:12, Tom Byrne &lt;tom@byrnedesign.ie&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex"><p>Dear Shauna Whelan,</p><p>Thank you for letting me know that invoice INV-2026-092 for €3,500.00 would be paid by 8 January 2027.</p><p>The payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you need a little more time, could you let me know when I can expect it?</p><p>Payment details:<br>- Account name: Byrne Design<br>- IBAN: IE29 AIBK 9311 5212 3456 78<br>- BIC (SWIFT): AIBKIE2D<br>- Payment reference: INV-2026-092</p><p>Kind regards,<br>Tom Byrne</p></blockquote></div>
""",
      facts=dict(amount="2000.00", reference="INV-2026-092"),
      note="HTML-only Gmail reply to a promise follow-up; pays the balance (2,000) after a deposit; the "
           "quoted reminder says 3,500 - the amount stated as paid now is 2,000.")

reply("client-reply-paid", "A", ("Orla Keane", "orla@keanecommunications.ie"), "Europe/Dublin",
      "2027-01-12 10:40:19",
      """Hi Alessandra,

Hope you had a lovely Christmas! We escaped to Kerry for a week and it rained every single day, but honestly it was bliss to be away from the laptop.

So - the new brochure. The board finally signed off on the Italian version going ahead, so we'd love to get you started on it in February if you have space. It's about 6,000 words, mostly the same tone as the autumn newsletter, and there'll be a glossary from our Milan partners. I'll send the files over once I have them from design. Could you give me a rough quote and timeline when you get a chance?

Oh and the invoice - Dave in accounts says it went out last Thursday, so you should have it.

Also, random one, do you know any good Spanish translators? Our Valencia office is asking.

Talk soon,
Orla
""",
      orig=O("reminder", "34/2026", 1450, "2026-12-22", "Dear Orla Keane,"),
      quote="gmail", mua="gmail",
      note="Long chatty mail about new work with one sentence that matters ('went out last Thursday').")

reply("client-reply-paid", "L", ("Joost Bakker", "joost@bakkerbouwt.nl"), "Europe/Amsterdam",
      "2027-01-18 08:31:00",
      """Hi Lucía,
is paid.
Greetings, Joost
""",
      orig=O("reminder", "2026-054", 540, "2027-01-08", "Dear Joost Bakker,"),
      quote="none", mua="other", prefix="Re: ",
      note="Minimal Dutch English, two words.")

reply("client-reply-paid", "G", ("Sophie Turnbull", "sophie.turnbull@aldgatehousing.org.uk"), "Europe/London",
      "2027-01-15 14:44:21",
      """Hi Gemma,

I’ve checked with Finance and they’ve confirmed the payment of £1,095.00 was made on 14/01/27 – it should be in your account now.

Apologies for the delay – we’ve had a change of finance system and a few suppliers got caught in the switchover.

Many thanks,
Sophie

Sophie Turnbull
Communications Officer
Aldgate Housing Association
""",
      orig=O("reminder", "GS-149", 1095, "2027-01-06", "Dear Sophie Turnbull,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
      facts=dict(amount="1095.00", currency="GBP"),
      note="Declared iso-8859-1 but Windows-1252 bytes (curly apostrophes, en dashes) as Outlook does.")

reply("client-reply-paid", "T", ("Accounts Payable", "ap@harcourtretail.ie"), "Europe/Dublin",
      "2027-01-20 10:02:44",
      "",
      orig=O("reminder", "INV-2026-094", 1845, "2027-01-02", "Dear Accounts Team,"),
      mua="outlook", prefix="RE: ",
      html_literal="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-IE" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Tom,</p>
<p>Payment made today. Remittance below.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#D9E1F2"><th>Invoice No</th><th>Invoice Date</th><th>Amount</th><th>Paid</th></tr>
<tr><td>INV-2026-094</td><td>03/12/2026</td><td>€1,845.00</td><td>€1,845.00</td></tr>
<tr><td colspan="3" align="right"><b>Total</b></td><td><b>€1,845.00</b></td></tr>
</table>
<p>Payment method: EFT / SEPA credit transfer</p>
<p>Kind regards,<br>Gráinne<br>Accounts Payable<br>Harcourt Retail Group DAC</p>
<hr>
<p style="font-size:8pt;color:#777">This email is intended only for the addressee. Harcourt Retail Group DAC, registered in Ireland no. 600412.</p>
<div style="border-top:solid #E1E1E1 1pt;padding-top:3pt"><b>From:</b> Tom Byrne &lt;tom@byrnedesign.ie&gt;<br><b>Sent:</b> 18 January 2027 09:30<br><b>To:</b> Accounts Payable &lt;ap@harcourtretail.ie&gt;<br><b>Subject:</b> Reminder: invoice INV-2026-094</div>
<p>Dear Accounts Team,</p><p>According to my records, invoice INV-2026-094 for €1,845.00, due on 2 January 2027, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.</p><p>Kind regards,<br>Tom Byrne</p>
</body></html>
""",
      facts=dict(amount="1845.00", reference="INV-2026-094"),
      note="HTML-only Outlook with a remittance table written by the AP clerk.")

reply("client-reply-paid", "A", ("Dana Whitaker", "dwhitaker@meridianpub.com"), "America/New_York",
      "2027-01-25 18:20:09",
      """Hi Alessandra, this was taken care of last week - look for a wire from MERIDIAN PUBLISHING GROUP LLC, not from me personally. Thx!

Dana

Sent from my iPhone
""",
      orig=O("reminder", "1/2027", 2200, "2027-01-15", "Dear Dana Whitaker,"),
      quote="iphone", mua="apple",
      note="'taken care of last week' = paid, no payment verb.")

reply("client-reply-paid", "L", ("Conor Fitzgerald", "conor@fitzgeraldsurf.ie"), "Europe/Dublin",
      "2027-01-27 08:50:36",
      """Transferencia realizada! (sorry, my Spanish is terrible)

Sent the €675 this morning from the business account. Thanks a million for the patience Lucía.

Conor
""",
      orig=O("reminder", "2027-003", 675, "2027-01-20", "Dear Conor Fitzgerald,"),
      quote="gmail", mua="gmail",
      facts=dict(amount="675.00"),
      note="Irish client opening in Spanish, rest in English.")

reply("client-reply-paid", "G", ("Rob Fairley", "rob.fairley@fairleyandsons.co.uk"), "Europe/London",
      "2027-02-04 11:11:11",
      """Morning Gemma,

We paid this last week – our system shows it cleared on 2 Feb. Can you check it's arrived and let me know if not?

Rob
""",
      orig=O("due", "GS-151", 720, "2027-02-03", "Dear Rob Fairley,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="Paid with a request to check arrival.")

reply("client-reply-paid", "T", ("Jürgen Hahn", "j.hahn@hahn-moebel.de"), "Europe/Berlin",
      "2027-02-09 14:25:48",
      """Dear Mr. Byrne,

we have transferred the invoice amount today. Please excuse the delay, our accounting was changed to a new software (DATEV) in January and some invoices were not imported correctly.

With kind regards

Jürgen Hahn
Hahn Möbelwerkstätten GmbH & Co. KG
""",
      orig=O("reminder", "INV-2027-004", 2680, "2027-02-01", "Dear Jürgen Hahn,"),
      quote="outlook_de", mua="outlook", prefix="AW: ",
      note="German client: 'transferred the invoice amount today' = paid; amount only in the quote.")

reply("client-reply-paid", "A", ("Kate Morrison", "kate@bluewrenmarketing.com.au"), "Australia/Melbourne",
      "2027-02-16 09:02:57",
      """hey alessandra its been paid sorry for the delay was on leave! cheers kate
""",
      orig=O("reminder", "3/2027", 830, "2027-02-06", "Dear Kate Morrison,"),
      quote="gmail", mua="gmail",
      note="No caps, no punctuation, Australian.")

# ---------------------------------------------------------------------------- PROMISE (38)

reply("client-reply-promise", "G", ("Mark Doherty", "purchase.ledger@calderbrooke.co.uk"), "Europe/London",
      "2026-11-03 15:20:14",
      """Hi Gemma,

Apologies for the delay – this has now been approved and will go in Thursday's BACS run.

Kind regards,
Mark Doherty
Purchase Ledger
Calder Brooke Ltd
""",
      orig=O("reminder", "GS-138", 1560, "2026-10-28", "Dear Accounts Team,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(promised_date="2026-11-05"),
      note="Sent Tuesday 3 Nov; 'Thursday's BACS run' = 5 Nov.")

reply("client-reply-promise", "T", ("Gerry Lynch", "gerry.lynch@lynchengineering.ie"), "Europe/Dublin",
      "2026-11-20 12:01:33",
      """Hi Tom,

Just to flag that our terms are 30 days end of month, so INV-2026-086 (dated 12 November) will be paid at the end of December. Nothing wrong with it, it's just how our system works.

Thanks,
Gerry

Gerry Lynch
Financial Controller | Lynch Engineering Ltd
""",
      orig=O("courtesy", "INV-2026-086", 2950, "2026-11-27", "Dear Gerry Lynch,", issued="2026-11-12"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(reference="INV-2026-086", promised_date="2026-12-31"),
      note="30 days EOM terms: will be paid 'at the end of December' = 31 Dec; explicitly not disputing.")

reply("client-reply-promise", "A", ("Femke de Vries", "femke@groenlicht.nl"), "Europe/Amsterdam",
      "2026-11-10 11:45:00",
      """Dear Alessandra,

Sorry, the invoice was stuck in approval because our director was ill. It is approved now and it will be paid by Friday.

Kind regards,
Femke de Vries
Groenlicht B.V.
""",
      orig=O("reminder", "29/2026", 740, "2026-11-02", "Dear Femke de Vries,"),
      quote="outlook_nl", mua="outlook", prefix="RE: ",
      facts=dict(promised_date="2026-11-13"),
      note="Tuesday 10 Nov, 'by Friday' = 13 Nov.")

reply("client-reply-promise", "L", ("Chris Donovan", "chris@lumenlabs.co"), "America/New_York",
      "2026-11-16 21:34:27",
      """Hi Lucía,

Sorry for the silence. I've chased our finance team and they said it'll go out COB tomorrow. I'll forward you the confirmation when I have it.

Chris
""",
      orig=O("reminder", "2026-045", 1800, "2026-11-08", "Dear Chris Donovan,"),
      quote="gmail_us", mua="gmail",
      facts=dict(promised_date="2026-11-17"),
      note="Sent 21:34 New York time on 16 Nov (already the 17th in UTC and in Madrid): 'COB tomorrow' "
           "resolves in the sender's zone = 17 Nov.")

reply("client-reply-promise", "G", ("Zara Ahmed", "zara@paperfoxcards.co.uk"), "Europe/London",
      "2026-11-20 23:48:05",
      """Will pay first thing Monday, promise. Cashflow's a nightmare this month with the Christmas stock x

Sent from my iPhone
""",
      orig=O("reminder", "GS-140", 480, "2026-11-12", "Dear Zara Ahmed,"),
      quote="iphone", mua="apple",
      facts=dict(promised_date="2026-11-23"),
      note="Friday night from phone, 'first thing Monday' = 23 Nov.")

reply("client-reply-promise", "T", ("Maeve Gallagher", "maeve@westcoastyouth.ie"), "Europe/Dublin",
      "2026-11-18 16:12:50",
      """Hi Tom,

Thanks for the reminder and apologies. Unfortunately we can't release anything before the 28th, which is when our Pobal grant instalment comes in. I'll make sure yours is first in the queue that day.

Best,
Maeve

Maeve Gallagher
Coordinator, West Coast Youth Project CLG
""",
      orig=O("reminder", "INV-2026-084", 1100, "2026-11-10", "Dear Maeve Gallagher,"),
      quote="gmail", mua="gmail",
      facts=dict(promised_date="2026-11-28"),
      note="NGO waiting on grant: 'can't release anything before the 28th' = promise for the 28th.")

reply("client-reply-promise", "A", ("Stefan Krüger", "s.krueger@kruegerdesign.de"), "Europe/Berlin",
      "2026-12-01 09:30:41",
      """Dear Ms. Rossi,

thank you for your message. We will transfer the amount of EUR 2.440,00 until 15.12.2026.

Best regards
Stefan Krüger
""",
      orig=O("reminder", "30/2026", 2440, "2026-11-22", "Dear Stefan Krüger,", subject="Invoice 30/2026 - Krüger Design"),
      quote="outlook_de", mua="outlook", prefix="AW: ",
      facts=dict(amount="2440.00", promised_date="2026-12-15"),
      note="German 'until' = by; date in German format.")

reply("client-reply-promise", "L", ("Anjali Menon", "anjali.menon@vistaraglobal.in"), "Asia/Kolkata",
      "2026-12-02 12:15:00",
      """Dear Ma'am,

Greetings!

Your payment is under process and will be credited by this Friday. Kindly bear with us for the delay, the approval from our Finance Head was pending.

Warm Regards,
Anjali Menon
Executive - Vendor Management
Vistara Global Solutions Pvt. Ltd.
""",
      orig=O("reminder", "2026-046", 1950, "2026-11-25", "Dear Anjali Menon,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(promised_date="2026-12-04"),
      note="Indian English, Wednesday 2 Dec, 'by this Friday' = 4 Dec.")

reply("client-reply-promise", "G", ("Helen Carter", "h.carter@procurement.northgate.ac.uk"), "Europe/London",
      "2026-12-03 10:48:19",
      """Dear Gemma,

Apologies – your invoice could not be processed because it did not quote a purchase order. A PO has now been raised (PO 4500217731) and matched to your invoice, so it will be paid in our next supplier payment run, which is on the 10th.

For future invoices please quote the PO number.

Kind regards,
Helen Carter
Procurement & Payables
Northgate University
""",
      orig=O("reminder", "GS-142", 2100, "2026-11-25", "Dear Accounts Team,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(promised_date="2026-12-10"),
      note="PO story, but the PO is already raised and the payment run is the 10th: promise.")

reply("client-reply-promise", "T", ("Declan Ryan", "declan@ryansbar.ie"), "Europe/Dublin",
      "2026-12-09 23:02:47",
      """Hi Tom,

Honestly things are tight till Christmas, the bar's been quiet and we had the boiler go. Can we do it in the new year? I'll definitely pay it, you've been great to work with and the menus look brilliant.

Declan
""",
      orig=O("reminder", "INV-2026-087", 650, "2026-11-30", "Dear Declan Ryan,"),
      quote="gmail", mua="gmail",
      note="'in the new year' is vague: promise without date.")

reply("client-reply-promise", "A", ("Johan Nyberg", "johan.nyberg@tallbacken.se"), "Europe/Stockholm",
      "2026-12-07 13:40:08",
      """Hi!
Payment is scheduled for the 18th.
/Johan
""",
      orig=O("reminder", "32/2026", 1380, "2026-11-29", "Dear Johan Nyberg,"),
      quote="outlook", mua="outlook", prefix="SV: ",
      facts=dict(promised_date="2026-12-18"),
      note="Swedish, terse.")

reply("client-reply-promise", "L", ("Josh Whitby", "josh@kookaburradigital.com.au"), "Australia/Sydney",
      "2026-12-10 08:05:31",
      """No worries Lucía, will sort it tomorrow arvo once I'm back in the office. Cheers
""",
      orig=O("reminder", "2026-048", 1250, "2026-12-02", "Dear Josh Whitby,"),
      quote="gmail", mua="gmail",
      facts=dict(promised_date="2026-12-11"),
      note="Sydney 08:05 on 10 Dec (still 9 Dec in Madrid/UTC): 'tomorrow' = 11 Dec in sender's zone.")

reply("client-reply-promise", "G", ("Claire Dunmore", "claire.dunmore@hartleyestates.co.uk"), "Europe/London",
      "2026-12-11 10:20:45",
      """Dear Gemma,

Mr Hartley has signed off your invoice and asked me to arrange payment; it will be processed on Wednesday 16 December.

Kind regards,

Claire Dunmore
Executive Assistant to Richard Hartley
Hartley Estates
""",
      orig=O("reminder", "GS-146", 2400, "2026-12-04", "Dear Richard Hartley,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(promised_date="2026-12-16"),
      note="PA for the boss, explicit weekday + date.")

reply("client-reply-promise", "T", ("Aisling Power", "aisling.power@tidewaterfoods.ie"), "Europe/Dublin",
      "2026-12-18 11:35:22",
      """Hi Tom,

Sorry, I should have come back to you sooner. Our finance team are off from the 23rd and the last payment run has already gone, so it'll be mid-January before it's paid. I've flagged it as a priority for their first run back.

Have a great Christmas,
Aisling
""",
      orig=O("reminder", "INV-2026-089", 3200, "2026-12-10", "Dear Aisling Power,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="'mid-January' is vague: no promised_date.")

reply("client-reply-promise", "A", ("Paweł Zieliński", "p.zielinski@mostek-media.pl"), "Europe/Warsaw",
      "2026-12-21 16:44:10",
      """Hello Alessandra,

I apologize for this situation. We have problem with cash this month because our big client is late with paying us. I will pay the full amount till 8 January, I promise you.

Best regards
Paweł Zieliński
""",
      orig=O("reminder", "33/2026", 1650, "2026-12-12", "Dear Paweł Zieliński,"),
      quote="thunderbird", mua="thunderbird",
      facts=dict(promised_date="2027-01-08"),
      note="Polish English 'till 8 January' = by 8 Jan; explanation mentions their client but the date "
           "is firm.")

reply("client-reply-promise", "L", ("Kyle Brennan", "kyle@halyardapp.com"), "America/Los_Angeles",
      "2026-12-22 09:50:12",
      """Hey Lucía,

Invoice is approved! Payment will go out on the 5th of Jan with our first run of the year — our bill.com is frozen over the holidays. Sorry for the wait and happy holidays.

Kyle
""",
      orig=O("reminder", "2026-051", 2300, "2026-12-14", "Dear Kyle Brennan,"),
      quote="gmail_us", mua="gmail",
      facts=dict(promised_date="2027-01-05"),
      note="'the 5th of Jan' across the year boundary.")

reply("client-reply-promise", "G", ("Niamh Cullen", "niamhcullen.art@gmail.com"), "Europe/Dublin",
      "2027-01-08 19:26:39",
      """Hi Gemma,

So sorry, I completely lost track of this over Christmas. I'll transfer it when I'm paid on the 25th - hope that's ok?

Niamh x
""",
      orig=O("reminder", "GS-148", 350, "2026-12-30", "Dear Niamh Cullen,"),
      quote="gmail", mua="gmail",
      facts=dict(promised_date="2027-01-25"),
      note="Individual client, pays on payday the 25th.")

reply("client-reply-promise", "T", ("Brian Moriarty", "brian@moriartyarchitects.ie"), "Europe/Dublin",
      "2027-01-07 15:10:00",
      """Tom,

Apologies - I've only just got back to the office. I'll get this paid next Tuesday, the 12th, when I'm doing the supplier payments.

Brian
""",
      orig=O("reminder", "INV-2026-091", 1750, "2026-12-28", "Dear Brian Moriarty,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(promised_date="2027-01-12"),
      note="'next Tuesday, the 12th' sent Thursday 7 Jan.")

reply("client-reply-promise", "A", ("Sanne Jansen", "sanne@tulpvertalingen.nl"), "Europe/Amsterdam",
      "2027-01-11 14:22:56",
      """Hello Alessandra,

We pay end of the month, is that ok for you? In december we had many costs.

Groetjes,
Sanne
""",
      orig=O("reminder", "35/2026", 610, "2027-01-02", "Dear Sanne Jansen,"),
      quote="gmail", mua="gmail",
      facts=dict(promised_date="2027-01-31"),
      note="'end of the month' in January = 31 Jan; phrased as a question but it is a promise.")

reply("client-reply-promise", "L", ("Laura Pemberton", "laura.pemberton@stonegateconsulting.co.uk"), "Europe/London",
      "2027-01-12 11:04:18",
      """Hi Lucía,

Thanks for the nudge. Unfortunately our January payment run closed on Friday, so I'm afraid it won't be paid before the 15th. I've added it to that run.

Best wishes,
Laura
""",
      orig=O("reminder", "2027-001", 980, "2027-01-09", "Dear Laura Pemberton,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(promised_date="2027-01-15"),
      note="'won't be paid before the 15th' = promise for 15 Jan.")

reply("client-reply-promise", "G", ("Tariq Hussain", "tariq@cornerstoneprint.co.uk"), "Europe/London",
      "2027-01-13 09:17:30",
      """Gemma - will get it to you by the 20th at the latest. Sorry for the delay.
T
""",
      orig=O("reminder", "GS-150", 1280, "2027-01-05", "Dear Tariq Hussain,"),
      quote="none", mua="android",
      facts=dict(promised_date="2027-01-20"),
      note="Short, no quote, 'by the 20th'.")

reply("client-reply-promise", "T", ("Ellie Fox", "ellie@foxandhoundpets.ie"), "Europe/Dublin",
      "2027-01-14 12:45:01",
      """Hi Tom, so sorry, I'll do it today - just waiting on the new card reader for the banking app to arrive lol. Will let you know when it's done!
""",
      orig=O("reminder", "INV-2026-093", 390, "2027-01-06", "Dear Ellie Fox,"),
      quote="iphone", mua="apple",
      facts=dict(promised_date="2027-01-14"),
      note="'I'll do it today' = promise for the same day, not paid yet.")

reply("client-reply-promise", "A", ("Marisa Chen", "mchen@wildfigfilms.com"), "America/Los_Angeles",
      "2027-01-18 19:30:44",
      """Hi Alessandra,

Approved on our end — it's in the queue for Friday's wire batch. Sorry this took a while, our controller was out.

Marisa
""",
      orig=O("reminder", "36/2026", 1900, "2027-01-10", "Dear Marisa Chen,"),
      quote="gmail_us", mua="gmail",
      facts=dict(promised_date="2027-01-22"),
      note="Monday evening in LA (Tuesday in Rome): 'Friday' = 22 Jan.")

reply("client-reply-promise", "L", ("Suresh Iyer", "suresh.iyer@technova.co.in"), "Asia/Kolkata",
      "2027-01-20 15:02:11",
      """Dear Lucia,

Noted. The invoice has been approved and will be processed in the next payment cycle. We will share the UTR details once the payment is done.

Regards,
Suresh Iyer
Finance & Accounts
TechNova Systems
""",
      orig=O("reminder", "2027-002", 2250, "2027-01-12", "Dear Suresh Iyer,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="'next payment cycle' is vague: promise without date.")

reply("client-reply-promise", "G", ("Fiona Marsh", "fiona@marshandmoor.co.uk"), "Europe/London",
      "2027-01-22 17:55:30",
      """Hi Gemma,

I'm so sorry. We lost our biggest client over Christmas and things are a bit precarious at the moment. I haven't forgotten you – I'll pay in a couple of weeks once the dust settles. I hope that's ok and again, really sorry.

Fiona
""",
      orig=O("late_fee", "GS-147", 960, "2026-12-20", "Dear Fiona Marsh,", deadline="2027-01-29"),
      quote="gmail", mua="gmail",
      note="'in a couple of weeks' vague; reply to the late-fee letter but no objection to the fees.")

reply("client-reply-promise", "T", ("Accounts Payable", "accountspayable@glenmoregroup.ie"), "Europe/Dublin",
      "2027-01-25 09:40:27",
      """Dear Tom,

Your invoice INV-2027-003 has been approved for payment and is scheduled for payment on 29/01/2027.

Kind regards,

Nuala Keogh
Accounts Payable
Glenmore Group
""",
      orig=O("due", "INV-2027-003", 4100, "2027-01-24", "Dear Accounts Team,"),
      quote="outlook", mua="outlook", prefix="RE: ", html="outlook", alt=False,
      facts=dict(reference="INV-2027-003", promised_date="2027-01-29"),
      note="HTML-only Outlook from AP shared mailbox; numeric date dd/mm/yyyy.")

reply("client-reply-promise", "A", ("Kari Haugen", "kari.haugen@polarlys.no"), "Europe/Oslo",
      "2027-01-29 10:05:52",
      """Hello Alessandra,

Sorry for late reply. We will pay the invoice 2/2027 of 1 450 EUR on Wednesday.

Best regards
Kari Haugen
""",
      orig=O("due", "2/2027", 1450, "2027-01-28", "Dear Kari Haugen,"),
      quote="outlook", mua="outlook", prefix="SV: ",
      facts=dict(amount="1450.00", reference="2/2027", promised_date="2027-02-03"),
      note="Friday 29 Jan, 'on Wednesday' = 3 Feb.")

reply("client-reply-promise", "L", ("Sinéad Byrne", "sinead@byrnehomeware.ie"), "Europe/Dublin",
      "2027-02-01 20:14:38",
      """Hiya Lucía,

Money's gone a bit mad with the move to the new unit – can I pay you the 1.2k on Friday week? Really sorry, I know it's late.

Sinéad
""",
      orig=O("reminder", "2027-004", 1200, "2027-01-25", "Dear Sinéad Byrne,"),
      quote="iphone", mua="apple",
      facts=dict(amount="1200.00", promised_date="2027-02-12"),
      note="Irish/British 'Friday week' said on Monday 1 Feb = the Friday after this coming one, 12 Feb; "
           "'1.2k'. Phrased as a request but it is a promise.")

reply("client-reply-promise", "G", ("Accounts", "accounts@greywolfgames.co.uk"), "Europe/London",
      "2027-02-08 14:31:20",
      """Hi Gemma,

GS-150 was paid on Friday (BACS ref GWG0502). GS-153 will go out on the 15th as it's only just been approved.

Regards,
Tom Ashworth
Grey Wolf Games – Accounts
""",
      orig=O("statement", "GS-150", None, "2027-01-25", "Dear Accounts Team,",
             items=[("GS-150", 1280, "2027-01-25"), ("GS-153", 540, "2027-02-05")],
             deadline="2027-02-12"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(promised_date="2027-02-15"),
      note="Two invoices: one paid, the other promised for the 15th -> promise. Signer is also called Tom "
           "(not the owner). No single reference.")

reply("client-reply-promise", "T", ("Paddy Quinlan", "paddy@quinlanbuilders.ie"), "Europe/Dublin",
      "2027-02-07 20:10:05",
      """Tom I'll do the transfer Monday morning, been up the walls. Paddy
""",
      orig=O("reminder", "INV-2027-002", 1600, "2027-01-30", "Dear Paddy Quinlan,"),
      quote="none", mua="android",
      facts=dict(promised_date="2027-02-08"),
      note="Sunday evening, 'Monday morning' = 8 Feb.")

reply("client-reply-promise", "A", ("Claudia Becker", "c.becker@becker-reisen.de"), "Europe/Berlin",
      "2027-02-10 16:40:13",
      """Dear Alessandra,

sorry, I was on holiday. I will pay the invoice until Friday.

Kind regards
Claudia
""",
      orig=O("reminder", "4/2027", 520, "2027-02-02", "Dear Claudia Becker,"),
      quote="outlook_de", mua="outlook", prefix="AW: ",
      facts=dict(promised_date="2027-02-12"),
      note="German 'until Friday' = by Friday; Wednesday 10 Feb -> 12 Feb.")

reply("client-reply-promise", "L", ("Tyler Brooks", "tyler@brookscoffee.co"), "America/Denver",
      "2027-02-16 13:27:44",
      """Hey Lucia - sorry, totally on me. I'll send it EOD Thursday when our Stripe payout lands.

T
""",
      orig=O("reminder", "2027-005", None, "2027-02-08", "Dear Tyler Brooks,"),
      quote="gmail_us", mua="gmail",
      facts=dict(promised_date="2027-02-18"),
      note="Tuesday 16 Feb, 'EOD Thursday' = 18 Feb; mentions Stripe but it is not a notice.")

reply("client-reply-promise", "G", ("Dev Patel", "dev@pixelorchard.co.uk"), "Europe/London",
      "2027-02-17 10:12:09",
      """Hi Gemma,

Really sorry about this one. The project was for a client of ours who still hasn't paid us, and we're a tiny team so we're literally waiting on that money. As soon as they pay us, we'll pay you – you'll be the first one.

Dev
""",
      orig=O("reminder", "GS-152", 1850, "2027-02-06", "Dear Dev Patel,"),
      quote="gmail", mua="gmail",
      note="Conditional on their client paying: promise without date.")

reply("client-reply-promise", "T", ("Eoin Madden", "eoin.madden@kestrelrobotics.ie"), "Europe/Dublin",
      "2027-02-19 11:48:31",
      """Hi Tom,

Thanks for following up. It'll be early March I'm afraid – anything over €5k now needs board approval and the next board meeting is on the 2nd. It's on the agenda.

Regards,
Eoin
""",
      orig=O("reminder", "INV-2027-005", 5400, "2027-02-10", "Dear Eoin Madden,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="'early March' is vague (board meets on the 2nd, payment date not stated): no promised_date.")

reply("client-reply-promise", "A", ("Mikko Virtanen", "mikko.virtanen@lumikko.fi"), "Europe/Helsinki",
      "2027-02-22 08:55:17",
      """Hi Alessandra,

The payment is in our payment proposal for 26.2.

BR, Mikko
""",
      orig=O("reminder", "5/2027", 880, "2027-02-14", "Dear Mikko Virtanen,"),
      quote="outlook", mua="outlook", prefix="VS: ",
      facts=dict(promised_date="2027-02-26"),
      note="Finnish 'VS:' prefix, 'payment proposal for 26.2.' = 26 Feb.")

reply("client-reply-promise", "L", ("Hollie Grant", "hollie@thistledownevents.co.uk"), "Europe/London",
      "2027-02-22 13:30:00",
      """Hi Lucía,

Thank you for being so patient. Would it be possible to split this into two? We could do €600 on the 26th and the other €600 at the end of March. If that works for you I'll set both up now.

Best,
Hollie
""",
      orig=O("reminder", "2027-006", 1200, "2027-02-13", "Dear Hollie Grant,"),
      quote="gmail", mua="gmail",
      note="Payment plan in two instalments with two dates: promise, no single promised_date/amount.")

reply("client-reply-promise", "G", ("Alfie Rowe", "alfie@rowebrewing.co.uk"), "Europe/London",
      "2027-02-23 23:10:42",
      """Sorry Gemma, only just seen this. I'll pay it tomorrow.
""",
      orig=O("reminder", "GS-154", 450, "2027-02-15", "Dear Alfie Rowe,"),
      quote="iphone", mua="apple",
      facts=dict(promised_date="2027-02-24"),
      note="Late evening Tuesday 23 Feb: tomorrow = 24 Feb.")

reply("client-reply-promise", "T", ("Roisin Doyle", "roisin@doyleandpartners.ie"), "Europe/Dublin",
      "2026-11-24 09:26:51",
      """Morning Tom,

Can't do it today I'm afraid, Thursday at the latest. Our online banking is in the middle of a migration.

Roisin
""",
      orig=O("due", "INV-2026-085", 820, "2026-11-23", "Dear Roisin Doyle,"),
      quote="gmail", mua="gmail",
      facts=dict(promised_date="2026-11-26"),
      note="'Can't do it today, Thursday at the latest' on Tuesday 24 Nov = 26 Nov.")

reply("client-reply-promise", "L", ("Agnieszka Nowak", "a.nowak@bursztyn-travel.pl"), "Europe/Warsaw",
      "2026-11-27 12:12:12",
      """Dear Lucía,

Thank you for reminder. Our accountant is on sick leave, payment will be made next week when she is back. I am sorry for this.

Best regards,
Agnieszka Nowak
""",
      orig=O("reminder", "2026-046", 760, "2026-11-18", "Dear Agnieszka Nowak,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="'next week' vague: promise without date.")

reply("client-reply-promise", "A", ("Hugh Benton", "hugh.benton@cambridgelinguistics.org"), "Europe/London",
      "2026-12-14 15:05:25",
      """Dear Alessandra,

Many thanks for your email, and apologies that this has slipped. I have now approved the invoice in our system and it will be paid on Monday the 4th of January - the finance office is closed between Christmas and New Year and the first run back is on the 4th.

With best wishes,
Hugh

Dr Hugh Benton
Project Director, Cambridge Linguistics Trust
""",
      orig=O("reminder", "31/2026", 2600, "2026-12-05", "Dear Hugh Benton,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(promised_date="2027-01-04"),
      note="'Monday the 4th of January' stated in December: across the year boundary, 4 Jan 2027.")

# ---------------------------------------------------------------------------- DISPUTE (28)

reply("client-reply-dispute", "T", ("Karen Walsh", "karen.walsh@bluehavenhotels.ie"), "Europe/Dublin",
      "2026-11-05 14:22:10",
      """Hi Tom,

We're happy to pay the agreed €3,000 for the website build, but we're disputing the extra 6 hours (€450) on INV-2026-080. These weren't signed off by anyone on our side and we'd have expected a heads-up before the work was done.

Can you reissue the invoice for €3,000 and we'll process it straight away?

Thanks,
Karen

Karen Walsh
Marketing Manager, Blue Haven Hotels
""",
      orig=O("reminder", "INV-2026-080", 3450, "2026-10-30", "Dear Karen Walsh,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(reference="INV-2026-080", amount="3000.00"),
      note="Disputes extra hours, accepts 3,000 (the amount they say they will pay after reissue); "
           "dispute outranks the conditional promise.")

reply("client-reply-dispute", "G", ("Olivia Grant", "olivia@seedandsprout.co.uk"), "Europe/London",
      "2026-11-11 09:48:33",
      """Hi Gemma,

The invoice says £1,450 but the quote you sent in September was £1,200 for the whole set of 8 illustrations. I can't see where the extra has come from – can you send me a corrected one?

Thanks,
Olivia
""",
      orig=O("reminder", "GS-139", 1450, "2026-11-02", "Dear Olivia Grant,"),
      quote="gmail", mua="gmail",
      note="Wrong amount vs quote: dispute.")

reply("client-reply-dispute", "A", ("Ruud Hendriks", "ruud@hendriksmedia.nl"), "Europe/Amsterdam",
      "2026-11-13 15:15:02",
      """Dear Alessandra,

We did not receive the final files yet of the catalogue, only the draft version. So we cannot pay the invoice before that. Please send the final version and then we will look again at the invoice.

Regards,
Ruud Hendriks
""",
      orig=O("reminder", "29/2026", 1120, "2026-11-05", "Dear Ruud Hendriks,"),
      quote="outlook_nl", mua="outlook", prefix="RE: ",
      note="Work not delivered (as they see it): dispute.")

reply("client-reply-dispute", "L", ("Sam Whitmore", "sam@whitmoreandco.com"), "Europe/London",
      "2026-11-16 10:30:19",
      """Hi Lucía,

I think 2026-048 might be a duplicate of 2026-045 – same job (the Lisbon conference visuals), same amount. We paid 2026-045 back in October, so as far as I can see there's nothing outstanding.

Could you check on your side?

Sam
""",
      orig=O("reminder", "2026-048", 1400, "2026-11-08", "Dear Sam Whitmore,"),
      quote="gmail", mua="gmail",
      note="'Already billed' duplicate claim: dispute. Two invoice numbers named, so no reference.")

reply("client-reply-dispute", "T", ("Conor Hayes", "conor.hayes@hayesmotors.ie"), "Europe/Dublin",
      "2026-11-24 17:03:41",
      """Hi Tom,

As discussed on the phone last week, we agreed a 10% discount because of the delay on the launch. Can you issue a credit note for €180 against the invoice and we'll pay the balance once we have it?

Conor
""",
      orig=O("reminder", "INV-2026-083", 1800, "2026-11-15", "Dear Conor Hayes,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="Wants a credit note / discount: dispute.")

reply("client-reply-dispute", "G", ("Melanie Storr", "melanie@storrhomes.co.uk"), "Europe/London",
      "2026-11-26 20:41:27",
      """Gemma,

I won't be paying this. The illustrations were nothing like the brief – we asked for soft watercolour and got something that looked like a comic book. We ended up paying someone else to redo them for the brochure.

I'd rather not go back and forth on it.

Melanie Storr
""",
      orig=O("final", "GS-140", 860, "2026-10-20", "Dear Melanie Storr,", deadline="2026-12-07",
             to_name="Melanie Storr"),
      quote="gmail", mua="gmail",
      note="Flat refusal in reply to the final notice.")

reply("client-reply-dispute", "A", ("Thomas Weber", "t.weber@weber-technik.de"), "Europe/Berlin",
      "2026-11-27 11:09:55",
      """Dear Ms. Rossi,

we have paid EUR 1.500,00 today, which corresponds to the fixed price agreed in your offer of 2 September. The additional EUR 400,00 for the extra revision round was not agreed with us and we will not pay it.

Best regards
Thomas Weber
Weber Technik GmbH
""",
      orig=O("reminder", "30/2026", 1900, "2026-11-20", "Dear Thomas Weber,"),
      quote="outlook_de", mua="outlook", prefix="AW: ",
      facts=dict(amount="1500.00"),
      note="Partial payment + refusal of the rest = dispute; amount paid 1,500.")

reply("client-reply-dispute", "L", ("Brianna Hollis", "brianna@stackhouse.dev"), "America/New_York",
      "2026-12-01 12:40:06",
      """Hi Lucía,

Thanks for the reminder. We're fine with the base fee but we're not going to pay the rush fee. The timeline slipped because the brand guidelines were late on YOUR side, not ours, so I don't think it's fair for us to pay extra for the speed-up.

Happy to pay the rest as soon as you send an updated invoice.

Brianna
""",
      orig=O("reminder", "2026-047", 2600, "2026-11-22", "Dear Brianna Hollis,"),
      quote="gmail_us", mua="gmail",
      note="Refuses the rush fee; offer to pay the rest after reissue -> dispute.")

reply("client-reply-dispute", "T", ("Jack Murray", "jack@redgumtours.com.au"), "Australia/Brisbane",
      "2026-12-04 06:55:10",
      """Mate, this is double what we talked about. We said 2 days on site, not 4. Not paying 4 days, sorry. Happy to pay for 2 if you send a new invoice.

Jack
""",
      orig=O("reminder", "INV-2026-084", 2400, "2026-11-26", "Dear Jack Murray,"),
      quote="iphone", mua="apple",
      note="Australian, disputes days billed.")

reply("client-reply-dispute", "G", ("Phil Abbott", "phil.abbott@abbottlettings.co.uk"), "Europe/London",
      "2026-12-07 13:19:48",
      """Hi Gemma,

We were quoted £800 all in. The invoice adds VAT on top, making it £960. We'll pay the £800 we agreed and no more.

Regards,
Phil Abbott
""",
      orig=O("reminder", "GS-143", 960, "2026-11-28", "Dear Phil Abbott,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(amount="800.00", currency="GBP"),
      note="VAT dispute: accepts only the 800 (not yet paid) of 960 - dispute; amount = the accepted sum.")

reply("client-reply-dispute", "A", ("Linnea Berg", "linnea.berg@skogsro.se"), "Europe/Stockholm",
      "2026-12-09 14:27:33",
      """Hi Alessandra,

I am sorry but I have to be honest. The translation had many errors, our reviewer in Milano spent almost two days fixing the terminology. We do not think the full price is fair. We propose to pay 50% of the invoice.

Best regards
Linnea
""",
      orig=O("reminder", "31/2026", 1340, "2026-11-30", "Dear Linnea Berg,"),
      quote="outlook", mua="outlook", prefix="SV: ",
      note="Quality complaint + proposes 50%: dispute.")

reply("client-reply-dispute", "L", ("Vikram Shah", "vikram.shah@orbitanalytics.in"), "Asia/Kolkata",
      "2026-12-10 16:50:00",
      """Dear Lucia,

We regret to inform you that the invoice cannot be processed at present as the deliverables for Phase 2 are still pending sign-off from our end client. Kindly hold the invoice until the sign-off is received. We will revert once the same is done.

Regards,
Vikram Shah
Project Manager
""",
      orig=O("reminder", "2026-049", 2800, "2026-12-01", "Dear Vikram Shah,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="Deliverables not signed off, asks to hold the invoice: dispute (work not accepted), not a "
           "promise.")

reply("client-reply-dispute", "T", ("Mary Cassidy", "mary@cassidyflorists.ie"), "Europe/Dublin",
      "2026-12-11 10:02:40",
      """Hi,

I'm not sure what this is for? We never commissioned a brochure from Byrne Design. I think you have the wrong business. Please take us off your list.

Mary Cassidy
Cassidy's Florists, Athlone
""",
      orig=O("reminder", "INV-2026-086", 540, "2026-12-02", "Hello,"),
      quote="none", mua="gmail",
      note="Denies ordering anything: dispute (refuses the debt), though it reads like 'wrong address'.")

reply("client-reply-dispute", "G", ("Tom Keeling", "tom@keelinganimation.co.uk"), "Europe/London",
      "2026-12-14 16:33:21",
      """Hi Gemma,

I've paid £500 towards it today. The remaining £300 I'm holding back until the animation loop is fixed – it still stutters on mobile Safari, as I mentioned in my last two emails.

Tom
""",
      orig=O("reminder", "GS-144", 800, "2026-12-05", "Dear Tom Keeling,"),
      quote="gmail", mua="gmail",
      facts=dict(amount="500.00", currency="GBP"),
      note="Partial payment of 500 + withholding the rest until a fix: dispute.")

reply("client-reply-dispute", "A", ("Niamh Fallon", "niamh.fallon@fallonlegal.ie"), "Europe/Dublin",
      "2026-12-15 12:12:39",
      """Dear Alessandra,

I am happy to pay the invoice itself, but I will not be paying the interest or the €40 compensation. Nobody told us the invoice had been sent – it went to an old address of a colleague who left in the summer. We only saw it when your reminder arrived.

Please send a revised figure for the principal only.

Kind regards,
Niamh Fallon
Office Manager, Fallon Legal
""",
      orig=O("late_fee", "32/2026", 780, "2026-11-20", "Dear Niamh Fallon,", deadline="2026-12-22"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="Contests the late-payment interest and compensation (will pay principal): dispute.")

reply("client-reply-dispute", "L", ("Maarten Visser", "m.visser@vissercommunicatie.nl"), "Europe/Amsterdam",
      "2026-12-16 09:37:14",
      """Hello Lucía,

The number of words on the invoice is not correct. We counted 8.200 words in the source files, not 9.600. Can you check this and send a new invoice?

With kind regards,
Maarten Visser
""",
      orig=O("reminder", "2026-050", 1152, "2026-12-07", "Dear Maarten Visser,"),
      quote="outlook_nl", mua="outlook", prefix="RE: ",
      note="Word count disputed (Dutch number format 8.200).")

reply("client-reply-dispute", "T", ("Gráinne Walsh", "gwalsh@kavanaghgroup.ie"), "Europe/Dublin",
      "2026-12-17 11:55:08",
      """Dear Tom,

Mr. Kavanagh has asked me to let you know that he considers the invoice excessive given the scope agreed in October and would like to discuss it with you before any payment is made. He is available on Monday or Tuesday next week if you would like to suggest a time.

Kind regards,
Gráinne Walsh
PA to Michael Kavanagh, CEO
Kavanagh Group
""",
      orig=O("reminder", "INV-2026-088", 4900, "2026-12-08", "Dear Michael Kavanagh,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="PA writes: boss considers invoice excessive, wants a call before paying: dispute (not 'other').")

reply("client-reply-dispute", "G", ("Jordan Pierce", "jordan@pierceoutdoor.com"), "America/Chicago",
      "2026-12-18 14:08:26",
      """Hi Gemma,

We paid a deposit of $500 back in September which isn't deducted on this invoice - it's showing the full $2,000 as due. Please reissue showing the deposit and we'll take care of the balance.

Thanks,
Jordan
""",
      orig=O("reminder", "GS-145", None, "2026-12-09", "Dear Jordan Pierce,"),
      quote="gmail_us", mua="gmail",
      note="Wrong amount (deposit not deducted): dispute. The $500 paid is an old deposit, not a payment now.")

reply("client-reply-dispute", "A", ("Cian Duffy", "cian@brightlineagency.ie"), "Europe/Dublin",
      "2027-01-06 15:40:50",
      """Hi Alessandra,

We're going to hold off paying until the client signs off the final copy – they're not happy with the tone of the Italian landing pages and have asked for another pass. Once that's sorted we can release it.

Cian
""",
      orig=O("reminder", "34/2026", 1200, "2026-12-27", "Dear Cian Duffy,"),
      quote="gmail", mua="gmail",
      note="Withholding payment until work is redone: dispute.")

reply("client-reply-dispute", "L", ("Marek Kowalczyk", "marek@kowalczyk-studio.pl"), "Europe/Warsaw",
      "2027-01-11 10:15:22",
      """Hello Lucía,

In our agreement the rate was 45 EUR/hour. On invoice 2026-053 you have 55 EUR/hour. Please correct it, with the correct rate we can pay.

Regards,
Marek
""",
      orig=O("reminder", "2026-053", 1650, "2027-01-02", "Dear Marek Kowalczyk,"),
      quote="thunderbird", mua="thunderbird",
      facts=dict(reference="2026-053"),
      note="Rate disputed.")

reply("client-reply-dispute", "T", ("Patricia Flood", "patricia@floodphotography.ie"), "Europe/Dublin",
      "2027-01-14 18:27:03",
      """Tom,

With respect, three of the twelve product shots were unusable – the white balance was off and we told you at the time. We'll pay for nine. If you want to send an amended invoice for nine I'll get it paid the same day.

Patricia
""",
      orig=O("reminder", "INV-2026-092", 1440, "2027-01-05", "Dear Patricia Flood,"),
      quote="gmail", mua="gmail",
      note="Pays only part (9 of 12), rest contested; promise conditional -> dispute.")

reply("client-reply-dispute", "G", ("Accounts Payable", "ap@lyndhurstgroup.co.uk"), "Europe/London",
      "2027-01-19 10:44:57",
      """Dear Supplier,

Your invoice GS-149 for £2,340.00 does not match purchase order 77812, which was raised for £2,000.00. We are unable to pay more than the PO value unless a PO amendment is approved by the budget holder.

Please either send a credit note for £340.00 or ask your contact to raise a PO amendment.

Kind regards,
Accounts Payable
Lyndhurst Group plc
""",
      orig=O("reminder", "GS-149", 2340, "2027-01-10", "Dear Accounts Team,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(reference="GS-149"),
      note="AP: invoice exceeds PO, asks for credit note: dispute (not just 'PO required').")

reply("client-reply-dispute", "A", ("Gary Nolan", "gary@nolanwebworks.ie"), "Europe/Dublin",
      "2027-01-21 22:05:40",
      """WE WILL NOT PAY FOR A WEBSITE TRANSLATION THAT IS STILL HALF IN ENGLISH. FIX IT FIRST AND THEN WE TALK ABOUT MONEY.
""",
      orig=O("late_fee", "36/2026", 1100, "2026-12-20", "Dear Gary Nolan,", deadline="2027-01-28"),
      quote="iphone", mua="apple",
      note="All caps refusal until work fixed.")

reply("client-reply-dispute", "L", ("Sofie Lund", "sofie@nordlyd.dk"), "Europe/Copenhagen",
      "2027-01-25 13:02:18",
      """Hi Lucía,

As you know we cancelled the project in October. We agreed then that we owe only the first milestone, and this we paid in November. So we do not understand why we receive this reminder for the full project.

Venlig hilsen
Sofie Lund
""",
      orig=O("reminder", "2027-002", 3600, "2027-01-15", "Dear Sofie Lund,"),
      quote="outlook", mua="outlook", prefix="SV: ",
      note="Cancelled project: says nothing more is owed (mentions an earlier payment of another "
           "milestone, which is not a payment of this invoice): dispute.")

reply("client-reply-dispute", "T", ("Molly Chen", "molly@sproutkit.com"), "America/Los_Angeles",
      "2027-01-28 10:15:33",
      """Hey Tom — quick one. We'd budgeted $2k for this and the invoice came in at €2,400, which with the exchange rate is way over what we planned for. Any chance we can meet in the middle? Love the work, just trying to keep the board happy 🙏

Molly
""",
      orig=O("reminder", "INV-2027-001", 2400, "2027-01-20", "Dear Molly Chen,"),
      quote="gmail_us", mua="gmail",
      note="Friendly discount request: dispute.")

reply("client-reply-dispute", "G", ("Imogen Hart", "imogen@hartandhollow.co.uk"), "Europe/London",
      "2027-02-02 19:20:11",
      """Hi Gemma!

Happy February! Hope you're surviving the grey. We've just got the printed proofs of the cookbook back and honestly they look gorgeous, everyone in the office has been passing them round. The cover especially – my mum wants a framed copy of the fig illustration so I may be in touch about a print!

We're also starting to think about the autumn title (baking, 40ish recipes) so I'll send over a brief in March if you're up for it.

Oh and re the invoice – the last two rounds of revisions were to fix mistakes on your side (the wrong herbs on p.12 and the mirrored layout), so I don't think we should be charged for those. Could you take them off and resend?

Speak soon,
Imogen
""",
      orig=O("reminder", "GS-151", 2150, "2027-01-23", "Dear Imogen Hart,"),
      quote="gmail", mua="gmail", html="gmail", alt=True,
      note="Long friendly mail; one paragraph disputes two revision rounds.")

reply("client-reply-dispute", "A", ("Edward Lyle", "edward.lyle@lylehenderson.co.uk"), "Europe/London",
      "2027-02-04 11:30:25",
      """Dear Ms Rossi,

We acknowledge receipt of your letter. Payment of the principal sum of €980.00 has been made today.

We do not, however, accept the claim for late payment compensation of €40.00 or the interest claimed. The invoice was not received by our accounts department until 12 January and was paid within our standard terms from that date.

Yours sincerely,

Edward Lyle
Finance Director
Lyle Henderson LLP
""",
      orig=O("late_fee", "1/2027", 980, "2027-01-15", "Dear Edward Lyle,", deadline="2027-02-10"),
      quote="outlook", mua="outlook", prefix="RE: ", html="outlook", alt=False,
      facts=dict(amount="980.00"),
      note="Formal UK: principal paid, fees refused -> dispute (partial + dispute rest). HTML-only.")

reply("client-reply-dispute", "L", ("Ronan Kelly", "ronan@kellysgarage.ie"), "Europe/Dublin",
      "2027-02-11 08:44:01",
      """Lucía, I'm fairly sure we agreed the logo refresh was included in the package price. I'm not paying twice for the same thing. Can you have a look at your notes from the meeting in November?

Ronan

Enviado desde mi iPhone
""",
      orig=O("reminder", "2027-005", 450, "2027-02-02", "Dear Ronan Kelly,"),
      quote="iphone", mua="apple",
      note="Irish client whose phone is set to Spanish ('Enviado desde mi iPhone'); claims item included.")

# ---------------------------------------------------------------------------- OTHER CLIENT REPLIES (25)

reply("client-reply-other", "T", ("Sarah Quinn", "sarah.quinn@brightwave.ie"), "Europe/Dublin",
      "2026-12-03 11:20:37",
      """Hi Tom,

We've moved everything over to our new entity, Brightwave Group Holdings Ltd (VAT no. IE3456789KH, same address). Could you reissue INV-2026-089 to the new entity? Our system won't accept anything addressed to Brightwave Media Ltd from 1 December.

Sorry for the hassle.

Kind regards,
Sarah

""" + IE_DISCLAIMER + "\n",
      orig=O("due", "INV-2026-089", 1980, "2026-12-02", "Dear Sarah Quinn,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      facts=dict(reference="INV-2026-089"),
      note="Reissue to new entity: administrative request, not contesting the amount.")

reply("client-reply-other", "G", ("Rebecca Stone", "rebecca.stone@avonmere.nhs.uk"), "Europe/London",
      "2026-11-18 09:10:15",
      """Hi Gemma,

Unfortunately we can't process invoices without a PO number on them. Could you resend it with PO 4500219980 added? Then it can go through the system.

Thanks,
Rebecca
Comms Team
""",
      orig=O("reminder", "GS-141", 420, "2026-11-10", "Dear Rebecca Stone,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="PO required, asks for resend: other (no claim, no promise).")

reply("client-reply-other", "A", ("Pieter Smit", "pieter@smitarchitecten.nl"), "Europe/Amsterdam",
      "2026-11-04 16:45:29",
      """Thanks Alessandra, received. I have passed it to our accounts team.

Pieter
""",
      orig=O("invoice", "28/2026", 1830, "2026-12-04", "Dear Pieter Smit,",
             what="the translation of the Rotterdam tender documents"),
      quote="outlook_nl", mua="outlook", prefix="RE: ",
      note="'received, thanks, passed to accounts' in reply to the invoice mail itself.")

reply("client-reply-other", "L", ("Holly Marsh", "holly.marsh@westbournetrust.org.uk"), "Europe/London",
      "2026-11-25 14:12:55",
      """Hi Lucía,

Quick check before we pay – the IBAN on your latest invoice is different from the one we have on file from last year. Has your account changed? Our fraud policy means we have to verify any change of bank details by phone, so could you give me a ring on 020 7946 0321 when you have a moment?

Thanks,
Holly
""",
      orig=O("reminder", "2026-046", 900, "2026-11-17", "Dear Holly Marsh,"),
      quote="gmail", mua="gmail",
      note="Bank-detail verification question; 'before we pay' is not a promise.")

reply("client-reply-other", "T", ("Eimear Walsh", "eimear@walshvets.ie"), "Europe/Dublin",
      "2026-11-30 10:03:12",
      """Hi Tom,

Which invoice is this for? I don't have anything from you on file with that number – was it sent to Mark maybe? He's left the practice since.

Eimear
""",
      orig=O("reminder", "INV-2026-082", 620, "2026-11-20", "Dear Eimear Walsh,"),
      quote="gmail", mua="gmail",
      note="'which invoice?' question.")

reply("client-reply-other", "G", ("Alice Moreton", "alice@moretonlewis.co.uk"), "Europe/London",
      "2026-12-01 13:07:44",
      """Hi Gemma,

I've forwarded this to our finance team (cc'd) who'll be able to help.

Best,
Alice
""",
      orig=O("reminder", "GS-142", 1600, "2026-11-22", "Dear Alice Moreton,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      cc=[("Finance", "finance@moretonlewis.co.uk")],
      note="Forwarded to accounts, cc finance: other.")

reply("client-reply-other", "A", ("Saoirse Daly", "saoirse@dalyevents.ie"), "Europe/Dublin",
      "2026-12-02 09:55:18",
      """Hi Alessandra,

Sorry, could you resend the invoice as a PDF? The attachment won't open for us, it just comes up as a .dat file.

Thanks!
Saoirse
""",
      orig=O("reminder", "31/2026", 720, "2026-11-24", "Dear Saoirse Daly,"),
      quote="gmail", mua="gmail",
      note="Send it again.")

reply("client-reply-other", "L", ("Ethan Cole", "ethan@northwindstudio.com"), "America/New_York",
      "2026-12-04 11:33:02",
      """Hi Lucía, can we jump on a call tomorrow or Monday? A few things to go through on this invoice and also on the scope for phase 2. What time works for you in Madrid?

Ethan
""",
      orig=O("reminder", "2026-048", 3100, "2026-11-25", "Dear Ethan Cole,"),
      quote="gmail_us", mua="gmail",
      note="Asks for a call; no claim.")

reply("client-reply-other", "T", ("Louise Brady", "louise@bradysdeli.ie"), "Europe/Dublin",
      "2026-12-08 15:21:56",
      """Hi Tom,

Thanks for this. Separately – are you free to quote for our spring campaign? We're thinking new window graphics for both shops, a refresh of the menu boards and maybe some social templates. Budget around €3-4k. Could you pop in some day next week for a coffee and a look?

Louise
""",
      orig=O("reminder", "INV-2026-086", 780, "2026-11-29", "Dear Louise Brady,"),
      quote="gmail", mua="gmail",
      note="Talks about new work only; 'Thanks for this' is not a payment statement.")

reply("client-reply-other", "G", ("Vendor Onboarding", "vendors@arcticfoxmedia.com"), "America/New_York",
      "2026-12-10 10:00:12",
      """Hi Gemma,

Before we can release payment to any international vendor we need a completed W-8BEN on file. I've attached a blank form – could you fill it in, sign it and send it back to this address?

Thank you,
Danielle
Vendor Onboarding, Arctic Fox Media Inc.
""",
      orig=O("reminder", "GS-144", None, "2026-12-01", "Dear Accounts Team,"),
      quote="outlook_us", mua="outlook", prefix="RE: ",
      attach=[("fw8ben.pdf", "application/pdf",
               fake_pdf("Form W-8BEN (Rev. October 2021)",
                        ["Certificate of Foreign Status of Beneficial Owner",
                         "for United States Tax Withholding and Reporting (Individuals)"]))],
      note="Tax form needed before payment: other.")

reply("client-reply-other", "A", ("Bram Peeters", "bram.peeters@delta-logistics.nl"), "Europe/Amsterdam",
      "2027-01-07 10:18:33",
      """Hello Alessandra,

Since 1 January we do not accept PDF invoices anymore. Could you send the invoice in UBL format via Peppol? Our Peppol ID is 0106:24567890.

Kind regards,
Bram Peeters
Crediteurenadministratie / Accounts Payable
""",
      orig=O("reminder", "35/2026", 2100, "2026-12-28", "Dear Accounts Team,"),
      quote="outlook_nl", mua="outlook", prefix="RE: ",
      note="Asks for e-invoice via Peppol: other.")

reply("client-reply-other", "L", ("Amber Reyes", "amber@lightboxlearning.org"), "America/Los_Angeles",
      "2026-12-15 12:45:19",
      """Hi Lucía!

Was this the one for the October workshop or the November one? We have two on file from you and I want to make sure I'm matching it to the right grant.

Amber
""",
      orig=O("reminder", "2026-050", 1500, "2026-12-06", "Dear Amber Reyes,"),
      quote="gmail_us", mua="gmail",
      note="Which invoice: question.")

reply("client-reply-other", "T", ("Ramesh Pillai", "vendor.registration@kaveritextiles.co.in"), "Asia/Kolkata",
      "2026-12-16 11:30:00",
      """Dear Sir,

Greetings from Kaveri Textiles.

For processing your invoice, kindly share the following documents for vendor registration:
1. Bank details on your company letterhead, duly signed and stamped
2. Copy of cancelled cheque or bank letter
3. Tax residency certificate

Awaiting your early response.

Thanks & Regards,
Ramesh Pillai
Vendor Registration Cell
""",
      orig=O("reminder", "INV-2026-087", 2200, "2026-12-07", "Dear Accounts Team,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="Vendor registration documents requested: other.")

reply("client-reply-other", "G", ("Will Harper", "will@harperandfinch.co.uk"), "Europe/London",
      "2026-12-16 17:52:40",
      """Hi Gemma,

Is this still outstanding? I thought Sam paid it before he went on leave. Let me check with him and come back to you.

Will
""",
      orig=O("reminder", "GS-145", 680, "2026-12-08", "Dear Will Harper,"),
      quote="gmail", mua="gmail",
      note="Uncertain whether paid, will check: other (no claim of payment).")

reply("client-reply-other", "A", ("Anna Eriksson", "anna.eriksson@vastkust.se"), "Europe/Stockholm",
      "2027-01-13 08:40:10",
      """Hi Alessandra,

I'm going on parental leave from next week. For anything about invoices please contact my colleague Karin Holm (karin.holm@vastkust.se), I have put her in copy.

All the best,
Anna
""",
      orig=O("reminder", "36/2026", 1250, "2027-01-04", "Dear Anna Eriksson,"),
      quote="outlook", mua="outlook", prefix="SV: ",
      cc=[("Karin Holm", "karin.holm@vastkust.se")],
      note="Human handover note (not an auto-reply): other.")

reply("client-reply-other", "L", ("Accounts", "accounts@greenwaycycles.ie"), "Europe/Dublin",
      "2027-01-14 14:26:31",
      """Hi Lucía,

Our records don't match yours – we have two invoices open from you and your reminder mentions a different one. Could you send us a statement of all invoices and payments for 2026 so we can reconcile?

Thanks,
Margaret
Greenway Cycles – Accounts
""",
      orig=O("reminder", "2027-001", 860, "2027-01-05", "Dear Accounts Team,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="Asks for a statement to reconcile: other.")

reply("client-reply-other", "T", ("Cathal Nugent", "cathal.nugent@gmail.com"), "Europe/Dublin",
      "2027-01-15 21:30:04",
      """Tom - got this, but I'm no longer at Fernleaf, I left in December. Try accounts@fernleaflabs.io or Shauna directly.

All the best with it,
Cathal
""",
      orig=O("reminder", "INV-2027-001", 1100, "2027-01-06", "Dear Cathal Nugent,"),
      quote="gmail", mua="gmail",
      note="Human says he left the company (personal address): other, not an auto-reply or bounce.")

reply("client-reply-other", "G", ("Priya Raman", "priya@oakleafhr.co.uk"), "Europe/London",
      "2027-01-18 10:05:44",
      """Hi Gemma,

Could you add our cost centre code CC-4410 to the invoice and resend? Finance have bounced it back to me without it.

Thanks,
Priya
""",
      orig=O("reminder", "GS-150", 560, "2027-01-09", "Dear Priya Raman,"),
      quote="outlook", mua="outlook", prefix="RE: ",
      note="Cost centre code needed: other.")

reply("client-reply-other", "A", ("Lars Mikkelsen", "lars@mikkelsentrading.dk"), "Europe/Copenhagen",
      "2027-01-20 12:44:16",
      """Hi Alessandra,

Did you get my email last week about the revised scope for the spring catalogue? I haven't heard back and I want to confirm before our meeting on Thursday.

Lars
""",
      orig=O("reminder", "1/2027", 640, "2027-01-12", "Dear Lars Mikkelsen,"),
      quote="outlook", mua="outlook", prefix="SV: ",
      note="Ignores the reminder, asks about another email: other.")

reply("client-reply-other", "L", ("Grace Okafor", "grace@harbourtech.co.uk"), "Europe/London",
      "2027-01-26 11:18:07",
      """Hi Lucía,

Our accountant has asked why there's no VAT on your invoice – is that right? Just want to understand before it goes through. Is it reverse charge?

Grace
""",
      orig=O("reminder", "2027-003", 1400, "2027-01-17", "Dear Grace Okafor,"),
      quote="gmail", mua="gmail",
      note="VAT question, no claim.")

reply("client-reply-other", "T", ("Niamh Tierney", "niamh@tierneycoffee.ie"), "Europe/Dublin",
      "2027-01-27 16:02:33",
      """Hi Tom,

I've forwarded this to Orla who looks after the invoices now, she'll be in touch with you directly.

Niamh
""",
      orig=O("reminder", "INV-2027-002", 950, "2027-01-18", "Dear Niamh Tierney,"),
      quote="gmail", mua="gmail", html="gmail", alt=False,
      note="HTML-only Gmail; forwarded to colleague, nothing else.")

reply("client-reply-other", "G", ("Brandon Wells", "bwells@tallpinepress.com"), "America/New_York",
      "2027-02-01 09:45:12",
      """Hi Gemma,

Can we pay by credit card instead of bank transfer? Our bank charges us $45 for each international wire, which is a bit much for a $600 invoice. If you have Stripe or PayPal that would be easiest.

Thanks,
Brandon
""",
      orig=O("reminder", "GS-152", None, "2027-01-24", "Dear Brandon Wells,"),
      quote="gmail_us", mua="gmail",
      note="Asks about payment method; amount mentioned is the invoice, not a payment.")

reply("client-reply-other", "A", ("Monika Schulz", "m.schulz@schulz-pharma.de"), "Europe/Berlin",
      "2027-02-05 10:10:59",
      """Dear Ms. Rossi,

please send your invoices in future only to our central invoice address rechnungseingang@schulz-pharma.de. Invoices sent to personal mailboxes cannot be processed.

I have forwarded this one.

Best regards
Monika Schulz
""",
      orig=O("reminder", "2/2027", 1320, "2027-01-28", "Dear Monika Schulz,"),
      quote="outlook_de", mua="outlook", prefix="AW: ",
      note="New invoice address; forwarded: other.")

reply("client-reply-other", "L", ("Mitchell Grey", "mitch@ironbarkfitness.com.au"), "Australia/Perth",
      "2027-02-10 15:20:38",
      """Thanks Lucía. Can you confirm the amount in AUD? Our bookkeeper wants to know what to expect on the statement, the euro keeps moving around.

Mitch
""",
      orig=O("reminder", "2027-006", 1100, "2027-02-01", "Dear Mitchell Grey,"),
      quote="gmail", mua="gmail",
      note="Currency question.")

reply("client-reply-other", "T", ("Seán Kiely", "sean@kielyauctions.ie"), "Europe/Dublin",
      "2027-02-12 12:55:09",
      """Ring me when you get a sec re this

Sent from my Android
""",
      orig=O("reminder", "INV-2027-004", 1350, "2027-02-03", "Dear Seán Kiely,"),
      quote="none", mua="android",
      note="Asks for a call, nothing else.")

# ---------------------------------------------------------------------------- MACHINE MAIL

def hdrs(frm, to, subject, when, tz, mid, extra=""):
    subject = apply_renum(subject, CUR)
    w = dt.datetime.fromisoformat(when).replace(tzinfo=ZoneInfo(tz))
    return (f"From: {frm}\nTo: {to}\nSubject: {enc_header(subject)}\n"
            f"Date: {email.utils.format_datetime(w)}\nMessage-ID: {mid}\nMIME-Version: 1.0\n{extra}")


def machine(kind, headers_fn, core_fn, facts=None, note="", key=None):
    def build(name):
        return headers_fn(name).encode() + core_fn(name)
    raw(kind, build, facts, note, key)


def alt_core(text, html_body, name, charset="utf-8"):
    b = "alt_" + hashlib.md5(name.encode()).hexdigest()[:20]
    return multipart("alternative", [text_part(text, "plain", charset, "quoted-printable"),
                                     text_part(html_body, "html", charset, "quoted-printable")], b)


def simple_html(rows_html, brand, colour):
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f4"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff;margin:24px 0">
<tr><td style="background:{colour};color:#fff;font-size:22px;font-weight:bold">{brand}</td></tr>
<tr><td style="font-size:15px;line-height:1.5;color:#222">{rows_html}</td></tr>
</table></td></tr></table></body></html>
"""


# Monzo Business: money in (Gemma)
machine("payment-notification",
        lambda n: hdrs("Monzo <help@monzo.com>", "gemma@gemmashaw.co.uk",
                       "You received £980.00 from HOLLOW OAK GAMES LTD", "2026-11-10 08:02:41",
                       "Europe/London", "<0100019a3f2c7d1e-monzo-notify-7731@email.monzo.com>"),
        lambda n: alt_core(
            """Hi Gemma,

You've received £980.00 from HOLLOW OAK GAMES LTD into your Monzo Business account.

Reference: GS-139 GS-137
Date: 10 November 2026

You can see the payment in your Monzo app.

Monzo Bank Limited is registered in England No. 09446231 and authorised by the Prudential Regulation Authority.
""",
            simple_html("<p>Hi Gemma,</p><p>You've received <b>£980.00</b> from <b>HOLLOW OAK GAMES LTD</b> "
                        "into your Monzo Business account.</p><p>Reference: GS-139 GS-137<br>Date: 10 "
                        "November 2026</p><p>You can see the payment in your Monzo app.</p>"
                        "<p style='font-size:11px;color:#888'>Monzo Bank Limited is registered in England "
                        "No. 09446231.</p>", "Monzo", "#14233c"), n),
        facts=dict(amount="980.00", currency="GBP"), key=("G", "owen@hollowoakgames.co.uk"),
        note="Incoming transfer alert; reference carries two invoice numbers so no single reference.")

# Wise: USD received (Lucía)
machine("payment-notification",
        lambda n: hdrs("Wise <noreply@wise.com>", "lucia@martinestudio.es",
                       "You've received 1,500 USD from TALLGRASS INC", "2026-11-18 15:41:09",
                       "Europe/London", "<20261118154109.9f81c2.noreply@wise.com>"),
        lambda n: alt_core(
            """Hi Lucía,

You've received 1,500.00 USD from TALLGRASS INC.

It's now in your USD balance. You can convert it or send it whenever you like.

Reference: INVOICE 2026-044

Transfer #1129384756

The Wise Team
""",
            simple_html("<p>Hi Lucía,</p><p>You've received <b>1,500.00 USD</b> from TALLGRASS INC.</p>"
                        "<p>It's now in your USD balance.</p><p>Reference: INVOICE 2026-044<br>Transfer "
                        "#1129384756</p><p>The Wise Team</p>", "wise", "#9fe870"), n),
        facts=dict(amount="1500.00", currency="USD", reference="2026-044"), key=("L", "megan@tallgrass.io"),
        note="Wise incoming USD; payer reference names the invoice.")

# AIB lodgement alert (Tom), plain text
machine("payment-notification",
        lambda n: hdrs("AIB Alerts <alerts@aib.ie>", "tom@byrnedesign.ie",
                       "AIB Alert: Credit to your account", "2027-01-21 07:15:02", "Europe/Dublin",
                       "<aibalert.20270121071502.448812@aib.ie>"),
        lambda n: text_part("""AIB Business Alert

A credit of EUR 1,845.00 has been received into your account ending 5678 (BYRNE DESIGN).

Payer: HARCOURT RETAIL GROUP DAC
Narrative: INV-2026-094
Date: 20/01/2027

This is an automated message. Please do not reply to this email.
Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
"""),
        facts=dict(amount="1845.00", reference="INV-2026-094"), key=("T", "ap@harcourtretail.ie"),
        note="Irish bank credit alert, plain text.")

# Stripe: payment succeeded (Tom)
machine("payment-notification",
        lambda n: hdrs("Stripe <notifications@stripe.com>", "tom@byrnedesign.ie",
                       "Payment of €650.00 from Declan Ryan", "2027-01-04 10:22:37", "UTC",
                       "<stripe.7f3e9c21a0b4.ch_3QxYz@stripe.com>",
                       "X-Stripe-Notification: charge.succeeded\n"),
        lambda n: alt_core(
            """Byrne Design

You received a payment of €650.00 from Declan Ryan (declan@ryansbar.ie).

Amount: €650.00
Description: Invoice INV-2026-087
Payment method: Visa •••• 4242
Date: 4 Jan 2027, 10:22

View payment in your Dashboard: https://dashboard.stripe.com/payments/py_3QxYzE2eZvKYlo2C0a1b2c3d

You're receiving this email because you have payment notifications turned on.
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""",
            simple_html("<p>You received a payment of <b>€650.00</b> from Declan Ryan.</p>"
                        "<table style='font-size:14px'><tr><td>Amount</td><td>€650.00</td></tr>"
                        "<tr><td>Description</td><td>Invoice INV-2026-087</td></tr>"
                        "<tr><td>Payment method</td><td>Visa •••• 4242</td></tr></table>",
                        "Byrne Design", "#635bff"), n),
        facts=dict(amount="650.00", reference="INV-2026-087"), key=("T", "declan@ryansbar.ie"),
        note="Stripe card payment received (merchant notification).")

# GoCardless: payment confirmed (Gemma)
machine("payment-notification",
        lambda n: hdrs("GoCardless <help@gocardless.com>", "gemma@gemmashaw.co.uk",
                       "Payment confirmed: £480.00 from Paper Fox Cards", "2026-11-26 09:00:11",
                       "Europe/London", "<gc.PM00Q3X9K1B2.20261126@gocardless.com>"),
        lambda n: alt_core(
            """Hi Gemma Shaw Illustration,

A payment of £480.00 from Paper Fox Cards has been confirmed and will be paid out to your bank account on 30 November 2026.

Payment ID: PM00Q3X9K1B2
Description: GS-140

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN
""",
            simple_html("<p>A payment of <b>£420.00</b> from Paper Fox Cards has been confirmed and will "
                        "be paid out to your bank account on 30 November 2026.</p><p>Payment ID: "
                        "PM00Q3X9K1B2<br>Description: GS-140</p>", "GoCardless", "#1c1b18"), n),
        facts=dict(amount="480.00", currency="GBP", reference="GS-140"), key=("G", "zara@paperfoxcards.co.uk"),
        note="Direct debit collected; payout date in future but the money is collected from the payer.")

# AP platform remittance advice (Gemma) from a university finance system, no-reply
machine("payment-notification",
        lambda n: hdrs("Northgate University Payments <no-reply@payments.northgate.ac.uk>",
                       "gemma@gemmashaw.co.uk", "Remittance Advice - Payment 3000451127",
                       "2026-12-10 06:31:20", "Europe/London", "<remit.3000451127.1210@northgate.ac.uk>",
                       "Auto-Submitted: auto-generated\n"),
        lambda n: multipart("mixed", [
            text_part("""This is an automatically generated email. Please do not reply.

REMITTANCE ADVICE

Payer:        Northgate University
Payee:        Gemma Shaw Illustration (Supplier 204418)
Payment no.:  3000451127
Payment date: 10/12/2026
Method:       BACS

Invoice ref   PO ref        Amount
GS-142        4500217731    £2,100.00

Total paid                  £2,100.00

Please allow up to 3 working days for funds to reach your account.
"""),
            attach_part("REMITTANCE_3000451127.pdf", "application/pdf",
                        fake_pdf("REMITTANCE ADVICE 3000451127", ["GS-142  GBP 2,100.00"]))],
            "mix_" + hashlib.md5(n.encode()).hexdigest()[:16]),
        facts=dict(amount="2100.00", currency="GBP", reference="GS-142"),
        key=("G", "h.carter@procurement.northgate.ac.uk"),
        note="Machine remittance from the client's finance system (auto-generated, no-reply).")

# ---- auto-replies

machine("auto-reply",
        lambda n: hdrs("Aisling Power <aisling.power@tidewaterfoods.ie>", "Tom Byrne <tom@byrnedesign.ie>",
                       "Out of Office: Reminder: invoice INV-2026-089", "2026-12-22 09:14:03",
                       "Europe/Dublin", "<OOF.20261222091403.aislingp@tidewaterfoods.ie>",
                       "Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n"
                       "In-Reply-To: <20261222091200.448121@byrnedesign.ie>\n"),
        lambda n: text_part("""Thank you for your email.

I am out of the office from 21 December, returning on Monday 4 January. I will have no access to email during this time.

For urgent accounts queries please contact accounts@tidewaterfoods.ie.

Happy Christmas,
Aisling
"""),
        facts=dict(return_date="2027-01-04"), key=("T", "aisling.power@tidewaterfoods.ie"),
        note="RFC 3834 Auto-Submitted; explicit return day.")

machine("auto-reply",
        lambda n: hdrs("Claire Dunmore <claire.dunmore@hartleyestates.co.uk>",
                       "Gemma Shaw <gemma@gemmashaw.co.uk>",
                       "Automatic reply: Invoice GS-146 – following up", "2026-12-23 10:02:51",
                       "Europe/London", "<LO2P265MB4471ABCD1234@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
                       "In-Reply-To: <20261223100200.771201@gemmashaw.co.uk>\n"),
        lambda n: text_part("""Hello,

I am on annual leave until Wednesday 6 January inclusive. I will respond to your email on my return.

If your matter is urgent, please call the office on 01892 555 014.

Kind regards,
Claire Dunmore
Executive Assistant to Richard Hartley
"""),
        facts=dict(return_date="2027-01-07"), key=("G", "claire.dunmore@hartleyestates.co.uk"),
        note="Outlook automatic reply WITHOUT Auto-Submitted/X-Autoreply headers; 'until 6 January "
             "inclusive' -> back 7 Jan.")

machine("auto-reply",
        lambda n: hdrs("Kaveri Textiles Accounts Helpdesk <support@kaveritextiles.freshdesk.com>",
                       "tom@byrnedesign.ie", "[#AP-22871] Re: Reminder: invoice INV-2026-087",
                       "2026-12-16 08:04:12", "Asia/Kolkata", "<fd.22871.1765852452@kaveritextiles.freshdesk.com>",
                       "Auto-Submitted: auto-replied\nPrecedence: bulk\n"),
        lambda n: text_part("""Dear Customer,

Thank you for contacting Kaveri Textiles Accounts Payable. Your request has been received and a ticket has been created with the reference number #AP-22871.

Our team will respond within 3 working days. Please do not change the subject line when replying so that your message is added to the same ticket.

Regards,
Accounts Payable Helpdesk
Kaveri Textiles Ltd
"""),
        key=("T", "vendor.registration@kaveritextiles.co.in"),
        note="Help-desk ticket acknowledgement.")

machine("auto-reply",
        lambda n: hdrs("Rachel Kim <rkim@northpeak.co>", "Tom Byrne <tom@byrnedesign.ie>",
                       "Re: Reminder: invoice INV-2026-085", "2026-12-06 12:40:18", "America/New_York",
                       "<CAH7xZ9vacation0Qp@mail.gmail.com>", "X-Autoreply: yes\nAuto-Submitted: auto-replied\n"),
        lambda n: text_part("""Hi there,

I'm currently traveling with limited access to email. I'll get back to you as soon as I can. For anything urgent, reach out to hello@northpeak.co.

Rachel
"""),
        key=("T", "rkim@northpeak.co"),
        note="Gmail vacation responder with plain 'Re:' subject, no return date.")

machine("auto-reply",
        lambda n: hdrs("accounts@oldharbourprint.ie", "tom@byrnedesign.ie",
                       "This mailbox is no longer in use", "2027-02-03 09:00:02", "Europe/Dublin",
                       "<noreply.5512.20270203@oldharbourprint.ie>"),
        lambda n: text_part("""This mailbox is no longer monitored.

Old Harbour Print has merged with Quayside Print Group. Please send all invoices and accounts queries to payables@quaysidegroup.ie.

Thank you.
"""),
        note="Mailbox no longer in use, no RFC headers; subject doesn't look like an auto-reply prefix.")

# ---- bounces

def dsn(name, mta, frm, to, subject, when, tz, human, status_fields, orig_headers, report_hdr_extra=""):
    b = "dsn_" + hashlib.md5(name.encode()).hexdigest()[:20]
    status_fields = apply_renum(status_fields, CUR)
    orig_headers = apply_renum(orig_headers, CUR)
    p1 = text_part(human)
    p2 = (b"Content-Type: message/delivery-status\n\n" + status_fields.encode())
    p3 = (b"Content-Type: text/rfc822-headers\n\n" + orig_headers.encode())
    core = multipart("report", [p1, p2, p3], b, extra="report-type=delivery-status; ")
    return hdrs(frm, to, subject, when, tz, f"<{hashlib.md5(name.encode()).hexdigest()[:14]}@{mta}>",
                "Auto-Submitted: auto-replied\n" + report_hdr_extra).encode() + core


def orig_hdrs(owner, to, subject, when):
    o = OWNERS[owner]
    w = dt.datetime.fromisoformat(when).replace(tzinfo=ZoneInfo(o["tz"]))
    subject = apply_renum(subject, CUR)
    return (f"From: {addr(o['name'], o['email'])}\nTo: {to}\nSubject: {enc_header(subject)}\n"
            f"Date: {email.utils.format_datetime(w)}\nMessage-ID: <{w:%Y%m%d%H%M%S}.20411@{o['domain']}>\n")


raw("bounce", lambda n: dsn(
    n, "mail.byrnedesign.ie", "MAILER-DAEMON@mail.byrnedesign.ie (Mail Delivery System)",
    "tom@byrnedesign.ie", "Undelivered Mail Returned to Sender", "2026-11-30 09:31:07", "Europe/Dublin",
    """This is the mail system at host mail.byrnedesign.ie.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<mark.oneill@walshvets.ie>: host walshvets-ie.mail.protection.outlook.com[52.101.68.7]
    said: 550 5.1.1 <mark.oneill@walshvets.ie>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
""",
    """Reporting-MTA: dns; mail.byrnedesign.ie
X-Postfix-Queue-ID: 4Qm7Yx2Ktz9F
X-Postfix-Sender: rfc822; tom@byrnedesign.ie
Arrival-Date: Mon, 30 Nov 2026 09:31:05 +0000 (GMT)

Final-Recipient: rfc822; mark.oneill@walshvets.ie
Original-Recipient: rfc822;mark.oneill@walshvets.ie
Action: failed
Status: 5.1.1
Remote-MTA: dns; walshvets-ie.mail.protection.outlook.com
Diagnostic-Code: smtp; 550 5.1.1 <mark.oneill@walshvets.ie>: Recipient address
    rejected: User unknown in virtual mailbox table
""",
    orig_hdrs("T", "Mark O'Neill <mark.oneill@walshvets.ie>", "Reminder: invoice INV-2026-082",
              "2026-11-30 09:31:00")),
    facts=dict(failed_recipient="mark.oneill@walshvets.ie", permanent=True),
    key=("T", "eimear@walshvets.ie"), note="Postfix DSN, 5.1.1 user unknown.")

raw("bounce", lambda n: dsn(
    n, "AM6PR10MB2211.EURPRD10.PROD.OUTLOOK.COM",
    "Microsoft Outlook <postmaster@gemmashaw.onmicrosoft.com>", "Gemma Shaw <gemma@gemmashaw.co.uk>",
    "Undeliverable: Invoice GS-148 – payment due", "2027-01-04 10:05:44", "Europe/London",
    """Your message to accounts@loftandlantern.co.uk couldn't be delivered.

accounts wasn't found at loftandlantern.co.uk.

gemma           Office 365          accounts
Action Required                     Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient's address is correct, contact the recipient by some other means.

Diagnostic information for administrators:
Generating server: AM6PR10MB2211.EURPRD10.PROD.OUTLOOK.COM
accounts@loftandlantern.co.uk
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
    """Reporting-MTA: dns;AM6PR10MB2211.EURPRD10.PROD.OUTLOOK.COM
Received-From-MTA: dns;AM6PR10MB2211.EURPRD10.PROD.OUTLOOK.COM
Arrival-Date: Mon, 4 Jan 2027 10:05:41 +0000

Final-Recipient: rfc822;accounts@loftandlantern.co.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
    orig_hdrs("G", "accounts@loftandlantern.co.uk", "Invoice GS-148 – payment due", "2027-01-04 10:05:40")),
    facts=dict(failed_recipient="accounts@loftandlantern.co.uk", permanent=True),
    key=("G", "accounts@loftandlantern.co.uk"), note="Office 365 NDR 5.1.10.")

raw("bounce", lambda n: dsn(
    n, "mx1.martinestudio.es", "Mail Delivery System <Mailer-Daemon@mx1.martinestudio.es>",
    "lucia@martinestudio.es", "Warning: message 1wXq8K-0004Zt-Ao delayed 24 hours",
    "2027-01-26 10:12:30", "Europe/Madrid",
    """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mx1.martinestudio.es.

The message identifier is:     1wXq8K-0004Zt-Ao
The subject of the message is: Invoice 2027-004 – payment due
The date of the message is:    Mon, 25 Jan 2027 10:11:58 +0100

The address to which the message has not yet been delivered is:

  sinead@byrnehomeware.ie
    host mail.byrnehomeware.ie [185.45.66.12]
    Delay reason: SMTP error from remote mail server after RCPT TO:<sinead@byrnehomeware.ie>:
    451 4.3.0 Mailbox temporarily unavailable, try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""",
    """Reporting-MTA: dns; mx1.martinestudio.es

Action: delayed
Final-Recipient: rfc822;sinead@byrnehomeware.ie
Status: 4.3.0
Remote-MTA: dns; mail.byrnehomeware.ie
Diagnostic-Code: smtp; 451 4.3.0 Mailbox temporarily unavailable, try again later
Will-Retry-Until: Mon, 01 Feb 2027 10:11:58 +0100
""",
    orig_hdrs("L", addr("Sinéad Byrne", "sinead@byrnehomeware.ie"), "Invoice 2027-004 – payment due",
              "2027-01-25 10:11:58"), "X-Failed-Recipients: sinead@byrnehomeware.ie\n"),
    facts=dict(failed_recipient="sinead@byrnehomeware.ie", permanent=False),
    key=("L", "sinead@byrnehomeware.ie"), note="Exim delay warning (4.3.0): temporary.")

# ---- other

machine("other",
        lambda n: hdrs("Invoice Ninja <notifications@invoiceninja.com>", "tom@byrnedesign.ie",
                       "Invoice INV-2027-003 was viewed by Glenmore Group", "2026-12-29 14:33:09", "UTC",
                       "<in.viewed.8812736@invoiceninja.com>"),
        lambda n: alt_core(
            """Hi Tom,

Glenmore Group viewed invoice INV-2027-003 for €4,100.00.

Viewed: 29 Dec 2026, 14:33 UTC
Status: Sent · Not paid

View invoice: https://app.invoicing.co/invoices/8812736

You can turn off these notifications in Settings > Notifications.
""",
            simple_html("<p>Hi Tom,</p><p><b>Glenmore Group</b> viewed invoice <b>INV-2027-003</b> for "
                        "€4,100.00.</p><p>Status: Sent · Not paid</p>", "Invoice Ninja", "#0f172a"), n),
        key=("T", "accountspayable@glenmoregroup.ie"),
        note="'Invoice viewed' notification: no payment, not a client reply.")

machine("other",
        lambda n: hdrs("Starling Bank <noreply@starlingbank.com>", "gemma@gemmashaw.co.uk",
                       "You've sent a payment of £45.99 to ADOBE SYSTEMS", "2027-01-29 06:05:51",
                       "Europe/London", "<starling.pay.out.20270129.55129@starlingbank.com>"),
        lambda n: alt_core(
            """Hi Gemma,

You've sent £45.99 to ADOBE SYSTEMS SOFTWARE IRELAND LTD from your Starling business account.

Reference: CC ALL APPS JAN
Date: 29 January 2027

If you don't recognise this payment, please contact us in the app straight away.

Starling Bank Limited is registered in England and Wales (No. 09092149).
""",
            simple_html("<p>Hi Gemma,</p><p>You've sent <b>£45.99</b> to ADOBE SYSTEMS SOFTWARE IRELAND "
                        "LTD from your Starling business account.</p><p>Reference: CC ALL APPS JAN</p>",
                        "Starling Bank", "#7433ff"), n),
        note="Outgoing payment made by the owner: other, not a payment notification.")


# ============================================================================================
# Output
# ============================================================================================
# Invoice numbers each owner really used: every client gets its own number, in due-date order, so that
# no number is shared by two clients. Numbers the bodies mention besides the main one:
EXTRA = {
    ("G", "owen@hollowoakgames.co.uk"): [("GS-137", "2026-10-12")],
    ("L", "sam@whitmoreandco.com"): [("2026-045", "2026-10-20")],
}
# clients that only appear in machine mail
REG_MACHINE = [("G", dict(inv="GS-148", due="2027-01-04"), "accounts@loftandlantern.co.uk")]
START = {"T": {2026: 71, 2027: 1}, "A": {2026: 24, 2027: 1}, "L": {2026: 40, 2027: 1}, "G": {None: 131}}


def fmt_number(owner, year, n):
    return {"T": f"INV-{year}-{n:03d}", "A": f"{n}/{year}", "L": f"{year}-{n:03d}", "G": f"GS-{n}"}[owner]


def renumber():
    slots = []          # (owner, due, client, old)
    seen = set()
    for (owner, orig, client, *_rest) in REG + [(a, b, c) for (a, b, c) in REG_MACHINE]:
        if (owner, client) in seen:
            continue
        seen.add((owner, client))
        slots.append((owner, d(orig["due"]), client, orig["inv"]))
        for (n, _a, du) in orig.get("items", []) or []:
            if n != orig["inv"]:
                slots.append((owner, d(du), client, n))
        for (n, du) in EXTRA.get((owner, client), []):
            slots.append((owner, d(du), client, n))
    slots.sort(key=lambda x: (x[0], x[1], x[2]))
    counters = {o: dict(v) for o, v in START.items()}
    for owner, due, client, old in slots:
        issue = due - dt.timedelta(days=30)
        year = None if owner == "G" else issue.year
        n = counters[owner][year]
        counters[owner][year] += 1
        RENUM.setdefault((owner, client), {})[old] = fmt_number(owner, issue.year, n)
    used = {}
    for key, mp in RENUM.items():
        for old, new in mp.items():
            assert new not in used, (new, key, used.get(new))
            used[new] = key


KEY_ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date",
             "return_date", "failed_recipient", "permanent", "note"]


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{s}"'


def main():
    renumber()
    for _b, label in MESSAGES:
        key = label.pop("_key", None)
        if key and "reference" in label:
            label["reference"] = RENUM.get(key, {}).get(label["reference"], label["reference"])
    order = list(range(len(MESSAGES)))
    random.Random(20269).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# Round 9, English voices (UK, IE, US, AU, IN, non-native EN). Generated by make.py.", ""]
    names = []
    for n, i in enumerate(order, 1):
        build, label = MESSAGES[i]
        name = f"{PREFIX}-{n:04d}.eml"
        data = build(name)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        names.append((name, label))
        out.append(f'[files."{name}"]')
        for k in KEY_ORDER:
            if k in label:
                out.append(f"{k} = {toml_value(label[k])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check(names)


def check(names):
    counts = {}
    bad = 0
    for name, label in names:
        with open(os.path.join(HERE, name), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not m[h]:
                print("MISSING", h, name)
                bad += 1
        date = email.utils.parsedate_to_datetime(str(m["Date"]))
        lo = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc) - dt.timedelta(hours=14)
        hi = dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc)
        if not (lo <= date < hi):
            print("DATE OUT OF RANGE", name, date)
            bad += 1
        # every text part must decode
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        if label.get("promised_date"):
            pdd = d(label["promised_date"])
            if pdd <= date.date() - dt.timedelta(days=1):
                print("PROMISE IN THE PAST?", name, date, pdd)
        counts[label["kind"]] = counts.get(label["kind"], 0) + 1
    print(len(names), "messages;", dict(sorted(counts.items())), "; problems:", bad)
    if bad:
        sys.exit(1)


if __name__ == "__main__":
    main()
