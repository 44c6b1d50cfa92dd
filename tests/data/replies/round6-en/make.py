#!/usr/bin/env python3
"""Round 6, English voices: generate r6e-NNNN.eml and labels.toml.

Stdlib only.  Every message body below is hand-written; only the MIME plumbing, the HTML skeletons
and the quoted mailduns reminders (filled in from the templates' wording) are generated.
Run:  python3 make.py      (writes next to this file, then re-parses every file as a sanity check)
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html as htmlmod
import quopri
import random
import struct
import sys
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent
PREFIX = "r6e"
RNG = random.Random(20261106)
MESSAGES = []  # (raw bytes, label dict)


# ----------------------------------------------------------------------------------------- helpers
def hexs(n):
    return "".join(RNG.choice("0123456789abcdef") for _ in range(n))


def ups(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def when(s, tz):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def rfcdate(d):
    return format_datetime(d)


def split_of(persona):
    return "firstread4" if int(hashlib.sha1(persona.encode()).hexdigest(), 16) % 10 < 4 else "dev"


def addr(name, mail):
    if not name:
        return mail
    return formataddr((name, mail), charset="utf-8")


def hval(s):
    """Encode a header value (Subject) if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def long_date(d):
    return f"{d.day} {d.strftime('%B %Y')}"


# --------------------------------------------------------------------------------------- MIME parts
class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body  # bytes

    def render(self):
        h = "".join(f"{k}: {v}\n" for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def encode_body(raw, cte):
    if cte == "quoted-printable":
        out = quopri.encodestring(raw)
        if not out.endswith(b"\n"):
            out += b"\n"
        return out
    if cte == "base64":
        return base64.encodebytes(raw)
    if not raw.endswith(b"\n"):
        raw += b"\n"
    return raw


def text(txt, sub="plain", charset="utf-8", cte="quoted-printable", encode_as=None, extra=(), flowed=False):
    raw = txt.replace("\r\n", "\n").encode(encode_as or charset, errors="strict")
    if cte in ("7bit", "8bit") and not any(b > 127 for b in raw) and cte == "8bit":
        cte = "7bit"
    ct = f"text/{sub}; charset=\"{charset}\""
    if flowed:
        ct += "; format=flowed"
    headers = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra)
    return Part(headers, encode_body(raw, cte))


def attachment(filename, data, ctype, inline=False, cid=None):
    headers = [("Content-Type", f"{ctype}; name=\"{filename}\""),
               ("Content-Disposition", f"{'inline' if inline else 'attachment'}; filename=\"{filename}\""),
               ("Content-Transfer-Encoding", "base64")]
    if cid:
        headers.append(("Content-ID", f"<{cid}>"))
    return Part(headers, base64.encodebytes(data))


def multi(subtype, parts, params="", boundary=None):
    b = boundary or ("_----" + hexs(24))
    body = b""
    for p in parts:
        body += b"--" + b.encode() + b"\n" + p.render() + b"\n"
    body += b"--" + b.encode() + b"--\n"
    ct = f"multipart/{subtype}; boundary=\"{b}\"" + (f"; {params}" if params else "")
    return Part([("Content-Type", ct)], body)


def rfc822(raw_msg):
    return Part([("Content-Type", "message/rfc822"), ("Content-Disposition", "inline")], raw_msg)


def build(headers, part):
    h = [(k, v) for k, v in headers if v is not None]
    names = [k.lower() for k, _ in h]
    if "mime-version" not in names:
        h.append(("MIME-Version", "1.0"))
    return "".join(f"{k}: {v}\n" for k, v in h).encode("ascii") + part.render()


def fake_pdf(title, lines):
    txt = "\n".join(lines)
    stream = "BT /F1 11 Tf 50 780 Td 14 TL (" + title + ") Tj " + " ".join(
        f"T* ({l.replace('(', '[').replace(')', ']')}) Tj" for l in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1")))
        out += f"{i} 0 obj\n{o}\nendobj\n"
    x = len(out.encode("latin-1"))
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    del txt
    return out.encode("latin-1")


def fake_png(w=4, h=3, rgb=(40, 120, 200)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ------------------------------------------------------------------------------------ owners, invoices
class Owner:
    def __init__(self, key, name, mail, tz, cur, pay, domain_mx):
        self.key, self.name, self.mail, self.tz, self.cur, self.pay, self.mx = key, name, mail, tz, cur, pay, domain_mx
        self.first = name.split()[0]
        self.domain = mail.split("@")[1]


HANNAH = Owner("hannah", "Hannah Clarke", "hannah@clarkewords.co.uk", "Europe/London", "£",
               dict(beneficiary="Hannah Clarke", iban="GB47 BARC 2003 5312 3456 78", bic="BARCGB22"),
               "mx.clarkewords.co.uk")
TOM = Owner("tom", "Tom Byrne", "tom@byrnedesign.ie", "Europe/Dublin", "€",
            dict(beneficiary="Tom Byrne Design", iban="IE64 AIBK 9320 8512 3456 78", bic="AIBKIE2D"),
            "mail.byrnedesign.ie")
ALESSANDRA = Owner("alessandra", "Alessandra Rossi", "alessandra@example.it", "Europe/Rome", "€",
                   dict(beneficiary="Alessandra Rossi", iban="IT40 S054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
                   "mx.example.it")
LUCIA = Owner("lucia", "Lucía Martín", "lucia@martinestudio.es", "Europe/Madrid", "€",
              dict(beneficiary="Lucía Martín Ortega", iban="ES12 2100 0813 6101 2345 6789", bic="CAIXESBBXXX"),
              "mx.martinestudio.es")
JORDAN = Owner("jordan", "Jordan Reyes", "jordan@reyesmotion.com", "America/New_York", "$",
               None, "mx.reyesmotion.com")
JORDAN.pay_text = ("ACH or wire to Jordan Reyes Motion LLC, Chase Bank, routing 021000021, "
                   "account 7788231045; checks payable to Jordan Reyes Motion LLC.")


class Inv:
    def __init__(self, owner, number, amount, issued, due, client, kind="company", cur=None, desc="",
                 to=None):
        self.owner, self.number, self.issued, self.due = owner, number, issued, due
        self.cur = cur or owner.cur
        self.amount = amount
        self.client, self.kind, self.desc, self.to = client, kind, desc, to
        self.msgid = f"<{hexs(8)}-{hexs(4)}-inv@{owner.domain}>"
        self.subject = f"Invoice {number}" + (f" – {desc}" if desc else "")

    @property
    def amt(self):
        whole, frac = self.amount.split(".")
        s = f"{int(whole):,}.{frac}"
        return {"£": "£", "€": "€", "$": "$"}.get(self.cur, self.cur + " ") + s

    @property
    def issued_s(self):
        return long_date(dt.date.fromisoformat(self.issued))

    @property
    def due_s(self):
        return long_date(dt.date.fromisoformat(self.due))


def dear(inv, formal=False):
    if inv.kind == "person":
        return f"Dear {inv.client},"
    if formal:
        return "Dear Sir or Madam,"
    if inv.kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def pay_block(inv):
    o = inv.owner
    if o.pay:
        return ("Payment details:\n"
                f"- Account name: {o.pay['beneficiary']}\n"
                f"- IBAN: {o.pay['iban']}\n"
                f"- BIC (SWIFT): {o.pay['bic']}\n"
                f"- Payment reference: {inv.number}")
    return "Payment details: " + o.pay_text


FEES_GB = ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
           "applies: statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank "
           "of England base rate in force when the debt fell due), and a fixed sum of {comp} is due for the "
           "costs of recovering the debt (section 5A).\n\n"
           "The amount due as at {today} (interest continues to run until payment) is:\n{lines}\n\n")
FEES_IE = ("As this is a commercial transaction, the European Communities (Late Payment in Commercial "
           "Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date at "
           "10.15% a year (the European Central Bank's main refinancing rate plus 8 percentage points), and "
           "{comp} is due as compensation for recovery costs (Regulation 9).\n\n"
           "The amount due as at {today} (interest continues to run until payment) is:\n{lines}\n\n")


def fees(inv, law, today, days):
    a = float(inv.amount)
    rate = 0.1175 if law == "GB" else 0.1015
    interest = round(a * rate * days / 365, 2)
    comp = 70.0 if (law == "GB" and a >= 1000) else (40.0 if a < 1000 else 70.0)
    c = inv.cur
    lines = (f"- invoice {inv.number}: {c}{a:,.2f}\n"
             f"- interest, {days} days at {'11.75' if law == 'GB' else '10.15'}%: {c}{interest:,.2f}\n"
             f"- compensation for recovery costs: {c}{comp:,.2f}\n"
             f"- total: {c}{a + interest + comp:,.2f}")
    tpl = FEES_GB if law == "GB" else FEES_IE
    return tpl.format(comp=f"{c}{comp:,.2f}", today=today, lines=lines)


def owner_text(inv, tpl, sent, law=None, extra=None):
    """The mailduns letter (or the freelancer's own invoice mail) that the client replies to."""
    o = inv.owner
    today = long_date(sent.date())
    due = dt.date.fromisoformat(inv.due)
    days_late = (sent.date() - due).days
    sal = dear(inv)
    signoff = f"Kind regards,\n{o.name}"
    if tpl == "invoice":
        greet = f"Hi {inv.client.split()[0]}," if inv.kind == "person" else "Hello,"
        return (f"{greet}\n\nPlease find attached invoice {inv.number}"
                + (f" for {inv.desc.lower()}" if inv.desc else "")
                + f", {inv.amt}, payable by {inv.due_s}.\n\n"
                f"{pay_block(inv)}\n\nThanks very much,\n{o.first}\n\n--\n{o.name}\n{o.mail}")
    if tpl == "courtesy":
        body = (f"This is a friendly reminder that invoice {inv.number} for {inv.amt}, issued on {inv.issued_s}, "
                f"is due for payment on {inv.due_s}.\n\nIf payment is already on its way, thank you, and please "
                f"disregard this message.\n\n{pay_block(inv)}\n\nIf you have any questions, just reply to this email.")
    elif tpl == "due":
        if days_late > 0:
            first = (f"This is a quick reminder that invoice {inv.number} for {inv.amt} was due for payment on "
                     f"{inv.due_s}. If it has not been paid yet, I would be grateful if you could arrange payment in "
                     f"the next few days.")
        else:
            first = (f"This is a quick reminder that invoice {inv.number} for {inv.amt} is due for payment today, "
                     f"{inv.due_s}.")
        body = (f"{first}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pay_block(inv)}\n\nIf you have any questions, just reply to this email.")
    elif tpl == "reminder":
        fee = fees(inv, law, today, days_late) if law else ""
        body = (f"According to my records, invoice {inv.number} for {inv.amt}, due on {inv.due_s}, has not yet been "
                f"paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at "
                f"your earliest convenience.\n\n{fee}If you have already paid, thank you – please let me know the "
                f"payment date so that I can update my records. If there is a problem with the invoice, please reply "
                f"to this email and we can sort it out.\n\n{pay_block(inv)}")
    elif tpl == "late_fee":
        fee = fees(inv, law, today, days_late) if law else ""
        deadline = long_date(sent.date() + dt.timedelta(days=10))
        body = (f"Invoice {inv.number} for {inv.amt}, due on {inv.due_s}, is now {days_late} days overdue.\n\n{fee}"
                f"Please arrange payment{' of the total above' if law else ''} by {deadline}. If payment is already "
                f"on its way, thank you – please let me know the date it was made. If there is a problem with the "
                f"invoice or with the timing, please reply to this email and we can find a solution.\n\n"
                f"{pay_block(inv)}")
    elif tpl == "final":
        deadline = long_date(sent.date() + dt.timedelta(days=14))
        fsal = dear(inv, formal=True)
        fsign = "Yours sincerely," if inv.kind == "person" else "Yours faithfully,"
        return (f"Final notice before debt recovery\n\nTo: {inv.client}\nDate: {today}\nInvoice: {inv.number}, "
                f"issued on {inv.issued_s}, due on {inv.due_s}\nAmount due: {inv.amt}\nPayment deadline: {deadline}"
                f"\n\n{fsal}\n\nDespite my previous reminders, invoice {inv.number} for {inv.amt}, which was due for "
                f"payment on {inv.due_s}, remains unpaid.\n\nI therefore formally request payment of {inv.amt} by "
                f"{deadline}.\n\nIf payment is not received by that date, I intend to take steps to recover the "
                f"debt. These may include referring the matter to a debt collection agency or a solicitor and, if "
                f"necessary, starting court proceedings.\n\nI would much rather resolve this with you directly. If "
                f"there is a reason for the delay, or if you would like to propose a payment plan, please reply to "
                f"this email before {deadline}.\n\nIf you have paid in the meantime, thank you, and please accept my "
                f"apologies for this notice; it would help if you could let me know the payment date so that I can "
                f"update my records.\n\n{pay_block(inv)}\n\n{fsign}\n{o.name}")
    elif tpl == "promise_followup":
        pd = extra.get("promise_date") if extra else None
        first = (f"Thank you for letting me know that invoice {inv.number} for {inv.amt} would be paid by {pd}."
                 if pd else
                 f"Thank you for your earlier message about invoice {inv.number} for {inv.amt}, which was due on "
                 f"{inv.due_s}.")
        body = (f"{first}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let "
                f"me know the date it was made. If you need a little more time, could you let me know when I can "
                f"expect it?\n\n{pay_block(inv)}")
    elif tpl == "paid_claim_followup":
        body = (f"Thank you for letting me know that invoice {inv.number} for {inv.amt} has been paid.\n\nHowever, the "
                f"payment has not reached my account yet. Bank transfers sometimes take a few extra days, and "
                f"occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please "
                f"send me the date and reference of the transfer, or a copy of the payment confirmation?\n\nIf the "
                f"transfer was made only in the last day or two, it is probably still on its way, and there is no "
                f"need to do anything further. Thank you for your help.")
    elif tpl == "statement":
        invs = extra["invoices"]
        lines = []
        for i in invs:
            dl = (sent.date() - dt.date.fromisoformat(i.due)).days
            lines.append(f"- {i.number}, issued on {i.issued_s}, due on {i.due_s}"
                         + (f" ({dl} days overdue)" if dl > 0 else "") + f": {i.amt}")
        tot = sum(float(i.amount) for i in invs)
        deadline = long_date(sent.date() + dt.timedelta(days=10))
        body = ("According to my records, the following invoices are still outstanding:\n\n" + "\n".join(lines)
                + f"\n\nTotal due: {inv.cur}{tot:,.2f}\n\nPlease arrange payment by {deadline}. If some of these "
                "invoices have already been paid, thank you – please let me know which ones and the payment dates, so "
                "that I can update my records. If there is a problem with any of them, please reply to this email "
                "and we can sort it out.\n\nThe payment details are on the invoices, in the emails they were sent "
                "with.")
    else:
        raise ValueError(tpl)
    return f"{sal}\n\n{body}\n\n{signoff}"


def owner_subject(inv, tpl, extra=None):
    return {
        "invoice": inv.subject,
        "courtesy": f"Invoice {inv.number} due on {inv.due_s}",
        "due": f"Invoice {inv.number} is due",
        "reminder": f"Reminder: invoice {inv.number}",
        "late_fee": f"Overdue: invoice {inv.number}",
        "final": f"Final notice: invoice {inv.number}",
        "promise_followup": f"Invoice {inv.number}: following up",
        "paid_claim_followup": f"Invoice {inv.number}: payment not received yet",
        "statement": "Statement of outstanding invoices",
    }[tpl]


# ------------------------------------------------------------------------------------ quoting styles
def qlines(t, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in t.split("\n"))


def gmail_attr(d, o, locale):
    if locale == "us":
        h = d.strftime("%I:%M %p").lstrip("0")
        return f"On {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {h} {o.name} <{o.mail}> wrote:"
    return f"On {d.strftime('%a')}, {d.day} {d.strftime('%b')} {d.year} at {d.strftime('%H:%M')}, {o.name} <{o.mail}> wrote:"


def apple_attr(d, o):
    return f"On {d.day} {d.strftime('%b')} {d.year}, at {d.strftime('%H:%M')}, {o.name} <{o.mail}> wrote:"


def outlook_sent(d, locale):
    if locale == "us":
        h = d.strftime("%I:%M %p").lstrip("0")
        return f"{d.strftime('%A, %B')} {d.day}, {d.year} {h}"
    return f"{d.strftime('%d %B %Y %H:%M')}"


def para_html(t, tag="p", cls=None):
    c = f' class="{cls}"' if cls else ""
    out = []
    for para in t.split("\n\n"):
        inner = "<br>\n".join(htmlmod.escape(l) for l in para.split("\n"))
        out.append(f"<{tag}{c}>{inner}</{tag}>")
    return "\n".join(out)


def gmail_div(t):
    out = []
    for para in t.split("\n\n"):
        for l in para.split("\n"):
            out.append(f"<div>{htmlmod.escape(l) if l else '<br>'}</div>")
        out.append("<div><br></div>")
    return '<div dir="ltr">' + "\n".join(out[:-1]) + "</div>"


# --------------------------------------------------------------------------------------- the labels
def label(persona, kind, note, **facts):
    d = {"kind": kind, "language": facts.pop("language", "en"), "split": split_of(persona)}
    for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"):
        if k in facts and facts[k] is not None:
            d[k] = facts.pop(k)
    if facts:
        raise ValueError(f"unknown facts {facts}")
    d["note"] = note
    d["persona"] = persona
    return d


def add(raw, lab):
    MESSAGES.append((raw, lab))


def received(d, frm_host, to_host, tz="UTC"):
    u = d.astimezone(ZoneInfo(tz)) - dt.timedelta(seconds=RNG.randint(1, 9))
    return (f"from {frm_host} ({frm_host} [{RNG.randint(20, 220)}.{RNG.randint(1, 254)}.{RNG.randint(1, 254)}."
            f"{RNG.randint(1, 254)}])\n\tby {to_host} with ESMTPS id {ups(10).lower()}\n\tfor <{'{rcpt}'}>; "
            f"{rfcdate(u)}")


# ------------------------------------------------------------------------------------ client replies
MUA_IDS = {
    "gmail": lambda dom: f"<CA{ups(2)}{''.join(RNG.choice('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-+') for _ in range(44))}@mail.gmail.com>",
    "outlook": lambda dom: f"<{ups(4)}PR{RNG.randint(1, 9)}{ups(2)}MB{RNG.randint(1000, 9999)}{ups(28)}@{ups(4)}PR{RNG.randint(1, 9)}{ups(2)}MB{RNG.randint(1000, 9999)}.eurprd0{RNG.randint(1, 9)}.prod.outlook.com>",
    "outlook-us": lambda dom: f"<{ups(2)}{RNG.randint(1, 9)}PR{RNG.randint(10, 19)}MB{RNG.randint(1000, 9999)}{ups(26)}@{ups(2)}{RNG.randint(1, 9)}PR{RNG.randint(10, 19)}MB{RNG.randint(1000, 9999)}.namprd{RNG.randint(10, 19)}.prod.outlook.com>",
    "apple": lambda dom: f"<{hexs(8).upper()}-{hexs(4).upper()}-{hexs(4).upper()}-{hexs(4).upper()}-{hexs(12).upper()}@{dom}>",
    "iphone": lambda dom: f"<{hexs(8).upper()}-{hexs(4).upper()}-{hexs(4).upper()}-{hexs(4).upper()}-{hexs(12).upper()}@{dom}>",
    "android": lambda dom: f"<{hexs(16)}.{RNG.randint(10**9, 10**10)}@email.android.com>",
    "thunderbird": lambda dom: f"<{hexs(8)}-{hexs(4)}-{hexs(4)}-{hexs(4)}-{hexs(12)}@{dom}>",
    "plain": lambda dom: f"<{RNG.randint(10**11, 10**12)}.{hexs(6)}@{dom}>",
}


def reply(persona, kind, note, *, frm, date, tz, inv, body, tpl="reminder", sent=None, law=None, extra=None,
          to=None, cc=None, prefix="Re: ", subject=None, quote="gmail", locale="uk", mua="gmail", fmt=None,
          charset="utf-8", cte="quoted-printable", encode_as=None, attachments=(), html_body=None,
          extra_headers=(), reply_to=None, no_thread=False, quote_to=None, **facts):
    o = inv.owner
    d = when(date, tz)
    if sent is None and tpl == "invoice":
        s = when(inv.issued + " 10:00", o.tz) + dt.timedelta(minutes=RNG.randint(0, 400))
        if s > d:
            s = (d - dt.timedelta(hours=20)).astimezone(ZoneInfo(o.tz))
    elif sent is None:
        s = (d - dt.timedelta(days=2)).astimezone(ZoneInfo(o.tz))
        s = s.replace(hour=9, minute=RNG.choice([0, 2, 5, 10, 15, 30]), second=0)
    else:
        s = when(sent, o.tz)
    otext = owner_text(inv, tpl, s, law=law, extra=extra)
    osubj = owner_subject(inv, tpl, extra)
    omid = f"<mailduns.{hexs(12)}.{inv.number.replace('/', '-')}@{o.domain}>" if tpl != "invoice" else inv.msgid
    refs = f"{inv.msgid} {omid}" if tpl != "invoice" else inv.msgid
    sd = s.astimezone(ZoneInfo(tz))
    to_line = to or addr(o.name, o.mail)
    cname, caddr = frm
    # quoted original, text and html
    if quote == "gmail":
        qt = "\n\n" + gmail_attr(sd, o, locale) + "\n\n" + qlines(otext) + "\n"
        qh = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              + htmlmod.escape(gmail_attr(sd, o, locale)) + '<br></div><blockquote class="gmail_quote" '
              'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              + gmail_div(otext) + "</blockquote></div>")
    elif quote == "apple":
        qt = "\n\n" + apple_attr(sd, o) + "\n\n" + qlines(otext) + "\n"
        qh = ('<div><br><blockquote type="cite"><div>' + htmlmod.escape(apple_attr(sd, o)) + "</div><br>"
              + para_html(otext, "div") + "</blockquote></div>")
    elif quote in ("outlook", "outlook-hr"):
        rcpt = to_line
        qto = quote_to or f"{cname} <{caddr}>"
        blk = (f"From: {o.name} <{o.mail}>\nSent: {outlook_sent(sd, locale)}\nTo: {qto}\n"
               f"Subject: {osubj}")
        sep = "________________________________\n" if quote == "outlook-hr" else ""
        qt = "\n\n" + sep + blk + "\n\n" + otext + "\n"
        qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
              '<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> '
              + htmlmod.escape(f"{o.name} <{o.mail}>") + "<br><b>Sent:</b> " + htmlmod.escape(outlook_sent(sd, locale))
              + "<br><b>To:</b> " + htmlmod.escape(qto) + "<br><b>Subject:</b> "
              + htmlmod.escape(osubj) + "</span></p></div>\n" + para_html(otext, "p", "MsoNormal"))
        del rcpt
    elif quote == "none":
        qt, qh = "", ""
    else:
        raise ValueError(quote)
    full_text = body.rstrip("\n") + "\n" + qt
    if fmt is None:
        fmt = {"gmail": "alt", "outlook": "alt", "outlook-us": "alt", "apple": "alt"}.get(mua, "plain")
    if html_body is None:
        if mua.startswith("outlook"):
            hb = para_html(body.rstrip("\n"), "p", "MsoNormal")
            html_full = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" '
                         'content="text/html; charset=' + charset + '"><style><!-- p.MsoNormal{margin:0cm;font-size:11.0pt;'
                         'font-family:"Calibri",sans-serif;} --></style></head><body lang="EN-GB" link="#0563C1">'
                         '<div class="WordSection1">' + hb + "<p class=\"MsoNormal\">&nbsp;</p>" + qh
                         + "</div></body></html>")
        elif mua == "gmail":
            html_full = gmail_div(body.rstrip("\n")) + qh
        else:
            html_full = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                         '<body dir="auto">' + para_html(body.rstrip("\n"), "div") + qh + "</body></html>")
    else:
        html_full = html_body + qh
    if fmt == "plain":
        part = text(full_text, charset=charset, cte=cte, encode_as=encode_as)
    elif fmt == "html":
        part = text(html_full, "html", charset=charset, cte=cte, encode_as=encode_as)
    else:
        part = multi("alternative", [text(full_text, charset=charset, cte=cte, encode_as=encode_as),
                                     text(html_full, "html", charset=charset, cte=cte, encode_as=encode_as)])
    if attachments:
        part = multi("mixed", [part] + list(attachments))
    subj = subject if subject is not None else prefix + osubj
    cdom = caddr.split("@")[1]
    mid = MUA_IDS[mua](cdom)
    hdrs = [("Return-Path", f"<{caddr}>"),
            ("Received", received(d, "mail-" + cdom.replace(".", "-") + ".outbound.protection.example.net"
                                  if mua.startswith("outlook") else "smtp." + cdom, o.mx).replace("{rcpt}", o.mail)),
            ("From", addr(cname, caddr)), ("To", to_line)]
    if cc:
        hdrs.append(("Cc", cc))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs += [("Subject", hval(subj)), ("Date", rfcdate(d)), ("Message-ID", mid)]
    if not no_thread:
        hdrs += [("In-Reply-To", omid), ("References", refs)]
    if mua.startswith("outlook"):
        hdrs += [("Thread-Topic", hval(osubj)), ("Thread-Index", base64.b64encode(bytes(RNG.getrandbits(8) for _ in range(22))).decode()),
                 ("Accept-Language", "en-GB, en-US" if locale != "us" else "en-US"),
                 ("Content-Language", "en-GB" if locale != "us" else "en-US"),
                 ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    elif mua == "iphone":
        hdrs.append(("X-Mailer", "iPhone Mail (22C152)"))
    elif mua == "apple":
        hdrs.append(("X-Mailer", "Apple Mail (2.3826.300.87.4.3)"))
    elif mua == "thunderbird":
        hdrs.append(("User-Agent", "Mozilla Thunderbird"))
    hdrs += list(extra_headers)
    raw = build(hdrs, part)
    add(raw, label(persona, kind, note, **facts))
    return raw


# ------------------------------------------------------------------------------------ machine mail
def machine(persona, kind, note, *, frm, to, subject, date, tz, part, extra_headers=(), msgid_dom=None,
            in_reply_to=None, references=None, reply_to=None, return_path=None, **facts):
    d = when(date, tz)
    dom = msgid_dom or frm[1].split("@")[1]
    rp = return_path or (f"<bounces+{RNG.randint(10**6, 10**7)}-{hexs(4)}@{dom}>" if kind != "bounce" else "<>")
    hdrs = [("Return-Path", rp),
            ("Received", received(d, "o" + str(RNG.randint(1, 40)) + ".mail." + dom, to.split("@")[-1].strip(">")
                                  ).replace("{rcpt}", to.split("<")[-1].strip(">"))),
            ("From", addr(*frm)), ("To", to), ("Subject", hval(subject)), ("Date", rfcdate(d)),
            ("Message-ID", f"<{hexs(20)}@{dom}>")]
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs += list(extra_headers)
    add(build(hdrs, part), label(persona, kind, note, **facts))


def html_mail(inner, title="", width=600, brand="#111"):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
            f"<title>{htmlmod.escape(title)}</title></head><body style=\"margin:0;padding:0;background:#f4f5f7\">"
            f"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
            f"<table role=\"presentation\" width=\"{width}\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fff;"
            f"font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222\"><tr><td style=\"background:{brand};"
            f"height:6px\"></td></tr><tr><td style=\"padding:32px\">{inner}</td></tr></table></td></tr></table>"
            "</body></html>")


def kv_table(rows):
    return ("<table cellpadding=\"6\" cellspacing=\"0\" style=\"border-collapse:collapse;width:100%\">"
            + "".join(f"<tr><td style=\"color:#666;border-bottom:1px solid #eee\">{htmlmod.escape(k)}</td>"
                      f"<td style=\"text-align:right;border-bottom:1px solid #eee\"><b>{htmlmod.escape(v)}</b></td></tr>"
                      for k, v in rows) + "</table>")


def orig_headers(o, to_name, to_mail, inv, d):
    return (f"Return-Path: <{o.mail}>\nFrom: {addr(o.name, o.mail)}\nTo: {addr(to_name, to_mail)}\n"
            f"Subject: {hval(owner_subject(inv, 'reminder'))}\nDate: {rfcdate(d)}\n"
            f"Message-ID: <mailduns.{hexs(12)}.{inv.number.replace('/', '-')}@{o.domain}>\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n")


def bounce(persona, note, *, mta_from, to_owner, subject, date, tz, human, status_fields, orig, failed, permanent,
           human_html=None, report=True, extra_headers=(), msgid_dom=None):
    parts = []
    hp = text(human, charset="us-ascii" if all(ord(c) < 128 for c in human) else "utf-8",
              cte="7bit" if all(ord(c) < 128 for c in human) else "quoted-printable")
    if human_html:
        hp = multi("alternative", [hp, text(human_html, "html")])
    parts.append(hp)
    if report:
        parts.append(Part([("Content-Type", "message/delivery-status")], status_fields.encode()))
        parts.append(Part([("Content-Type", "text/rfc822-headers")], orig.encode()))
        part = multi("report", parts, params="report-type=delivery-status")
    else:
        parts.append(Part([("Content-Type", "message/rfc822")], orig.encode()))
        part = multi("mixed", parts)
    machine(persona, "bounce", note, frm=mta_from, to=to_owner, subject=subject, date=date, tz=tz, part=part,
            extra_headers=extra_headers, msgid_dom=msgid_dom, failed_recipient=failed, permanent=permanent)


# =====================================================================================================
#  HANNAH CLARKE — copywriter, Hebden Bridge (GBP, invoices HC-1NNN)
# =====================================================================================================
NHS = "Pennine Valley NHS Foundation Trust"
UON = "University of Northbridge"
HF = "Hartley & Finch Solicitors LLP"
JADE = "Pebble & Moss (Jade Whitlock)"
KES = "Kestrel Events Ltd"
WREN = "The Wrenfield Trust"
GRE = "Greenhalgh Joinery Ltd"
NBY = "Northbeam Yoga (Rachel Ainsworth)"
WAT = "Wattle & Stone Architects"
ASH = "Ashgrove Housing Co-operative"

i_h1034 = Inv(HANNAH, "HC-1034", "2640.00", "2026-10-28", "2026-11-27", UON, desc="E-learning scripts, modules 4-6")
i_h1038 = Inv(HANNAH, "HC-1038", "3120.00", "2026-11-04", "2026-12-04", NHS, desc="Patient information leaflets")
i_h1041 = Inv(HANNAH, "HC-1041", "1800.00", "2026-11-20", "2026-12-20", HF, desc="Website copy")
i_h1043 = Inv(HANNAH, "HC-1043", "240.00", "2026-11-02", "2026-11-16", "Jade Whitlock", kind="person",
              desc="Product descriptions (20)")
i_h1045 = Inv(HANNAH, "HC-1045", "1150.00", "2026-11-10", "2026-12-10", KES, desc="Awards night programme")
i_h1046 = Inv(HANNAH, "HC-1046", "980.00", "2026-11-12", "2026-12-12", WREN, desc="Annual review 2025/26")
i_h1047 = Inv(HANNAH, "HC-1047", "1320.00", "2026-11-25", "2026-12-25", UON, desc="Module 3 scripts")
i_h1049 = Inv(HANNAH, "HC-1049", "1420.00", "2027-01-12", "2027-02-11", HF, desc="Practice area pages")
i_h1050 = Inv(HANNAH, "HC-1050", "720.00", "2026-11-30", "2026-12-14", GRE, desc="Website copy")
i_h1051 = Inv(HANNAH, "HC-1051", "480.00", "2026-12-15", "2027-01-05", "Rachel Ainsworth", kind="person",
              desc="Blog posts (6)")
i_h1052 = Inv(HANNAH, "HC-1052", "2200.00", "2026-12-01", "2026-12-31", WAT, desc="UK launch copy")
i_h1053 = Inv(HANNAH, "HC-1053", "1690.00", "2027-01-08", "2027-02-07", KES, desc="Spring brochure and banners")
i_h1055 = Inv(HANNAH, "HC-1055", "360.00", "2027-01-20", "2027-02-03", "Jade Whitlock", kind="person",
              desc="Spring collection descriptions")
i_h1056 = Inv(HANNAH, "HC-1056", "650.00", "2026-12-18", "2027-01-17", ASH, desc="Members' handbook edit")
i_h1058 = Inv(HANNAH, "HC-1058", "540.00", "2027-02-01", "2027-03-03", KES, desc="Press release, Harrogate show")

NHSMAIL_FOOTER = """
********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail

********************************************************************************************************************
"""

reply(NHS, "client-reply-other",
      "Procurement refuses to pass the invoice on without a PO number ('No PO No Pay'): a request to reissue, no claim.",
      frm=("Pryce Gareth (PENNINE VALLEY NHS FOUNDATION TRUST)", "gareth.pryce2@nhs.net"),
      date="2026-11-09 10:42", tz="Europe/London", inv=i_h1038, tpl="invoice", mua="outlook", quote="outlook-hr",
      body="""Hi Hannah,

Thanks for this. Unfortunately I can't pass it to SBS for payment as it doesn't quote a valid purchase order number - the Trust has a No PO No Pay policy for all suppliers I'm afraid, however small the order.

The PO for the leaflet work is 7M4/0098812 (raised by Claire in Comms on 2 October). Could you reissue the invoice quoting it and send it direct to the SBS invoicing address rather than to me? If it comes to me it just sits in my inbox.

sbs.apinvoicing@nhs.net - please put the PO number in the subject line.

Many thanks,
Gareth

Gareth Pryce
Category Buyer - Professional Services
Procurement Department | Pennine Valley NHS Foundation Trust
Calder Royd Hospital, Halifax Road, Huddersfield HD3 3XX
Mob: 07700 900412
Working pattern: Mon-Thu
""" + NHSMAIL_FOOTER)

reply(NHS, "client-reply-promise",
      "SBS AP: goods receipted, released, 'will be included in the next BACS run, which is Thursday'. Date is Tue 8 Dec -> Thu 10 Dec. '3 working days to clear' is not the promised date.",
      frm=("NAIR, Priya (NHS SHARED BUSINESS SERVICES)", "priya.nair7@nhs.net"),
      date="2026-12-08 14:05", tz="Europe/London", inv=i_h1038, tpl="due", sent="2026-12-07 09:00",
      mua="outlook", quote="outlook", cc="sbs.apqueries@nhs.net",
      promised_date="2026-12-10", reference="HC-1038",
      body="""Good afternoon,

Thank you for your email.

I can confirm that invoice HC-1038 has been received and was goods receipted by the requisitioner on 07/12/2026. It has now been released for payment and will be included in the next BACS run, which is Thursday.

Please allow 3 working days from the payment run for funds to clear into your account.

Kind regards

Priya Nair
Accounts Payable Advisor
NHS Shared Business Services
on behalf of Pennine Valley NHS Foundation Trust

Please quote your supplier number (S0041876) on all correspondence.
""" + NHSMAIL_FOOTER)

reply(NHS, "client-reply-paid",
      "AP confirms the invoice was paid in the BACS run of 10/12 with a payment reference and the amount.",
      frm=("NAIR, Priya (NHS SHARED BUSINESS SERVICES)", "priya.nair7@nhs.net"),
      date="2026-12-15 11:20", tz="Europe/London", inv=i_h1038, tpl="promise_followup",
      extra={"promise_date": "10 December 2026"}, sent="2026-12-14 09:30", mua="outlook", quote="outlook",
      amount="3120.00", currency="GBP", reference="HC-1038",
      body="""Hello Hannah,

Invoice HC-1038 was paid in the BACS run on 10/12/2026.

Payment reference: 0004471983
Amount: £3,120.00
Paid to account ending ...5678

A remittance advice was issued to the email address held on your supplier record (hannah.clarke.copy@gmail.com). If this is no longer correct please complete a supplier amendment form via the SBS supplier portal so that future remittances reach you.

Kind regards

Priya Nair
Accounts Payable Advisor
NHS Shared Business Services
""" + NHSMAIL_FOOTER)

# help-desk acknowledgement (auto) from the same AP service
machine(NHS, "auto-reply",
        "Help-desk ticket acknowledgement sent automatically by the AP query system (Auto-Submitted header); no human content.",
        frm=("NHS SBS Accounts Payable Helpdesk", "noreply.sbsap@nhs.net"), to=addr(HANNAH.name, HANNAH.mail),
        subject="[Ref: CAS-2291844-K7B2Q1] Re: Reminder: invoice HC-1038", date="2026-12-07 09:03", tz="Europe/London",
        in_reply_to=f"<mailduns.{hexs(12)}.HC-1038@clarkewords.co.uk>",
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("Precedence", "bulk")],
        part=text("""Thank you for contacting NHS Shared Business Services Accounts Payable.

Your query has been logged with reference CAS-2291844-K7B2Q1. Please quote this reference in the subject line of any further correspondence about this query.

We aim to respond to supplier queries within 5 working days. Due to high volumes during the December period, responses may take longer than usual.

Did you know? You can check the status of your invoices 24/7 using the SBS Supplier Portal. You will need your supplier number and an invoice number to log in.

This is an automated message. Please do not reply to this email as this mailbox is not monitored.

NHS Shared Business Services Ltd. Registered in England and Wales No. 05280446.
""", cte="7bit"))

reply(UON, "client-reply-other",
      "Finance Services: supplier not set up, needs New Supplier Form and a PO; invoice on hold. Purely procedural, no payment claim or promise.",
      frm=("Finance Services - Accounts Payable", "ap-invoices@northbridge.ac.uk"),
      date="2026-11-16 10:03", tz="Europe/London", inv=i_h1034, tpl="invoice", mua="outlook", quote="outlook-hr",
      body="""Dear Supplier,

Thank you for your invoice, which has been received by the Accounts Payable team.

Unfortunately we are unable to process it at this time for the following reason(s):

[X] Supplier not set up on the University's finance system
[X] No valid University Purchase Order number quoted
[ ] Invoice not addressed to the University of Northbridge
[ ] VAT number missing / incorrect

New suppliers must be requested by the budget holder via the Supplier Request Form on the Finance SharePoint. Once the request is approved you will receive an email from our supplier onboarding portal inviting you to register your bank details. Please note the University does not accept bank details by email or over the telephone.

When you have a PO number, please resend the invoice quoting it to ap-invoices@northbridge.ac.uk. Our payment terms are 30 days from receipt of a valid invoice.

Kind regards

Karen
Accounts Payable | Finance Services
University of Northbridge

Finance Services will be closed from 24 December to 1 January inclusive.
""")

reply(UON, "client-reply-dispute",
      "Claims HC-1047 duplicates HC-1029, already paid in October, and will not process it: 'already billed' -> dispute.",
      frm=("Marsh, Eleanor", "e.marsh@northbridge.ac.uk"),
      date="2026-12-02 15:47", tz="Europe/London", inv=i_h1047, tpl="courtesy", sent="2026-12-01 09:00",
      mua="outlook", quote="outlook", reference="HC-1047",
      body="""Hi Hannah

Hope you're well. I've had AP on to me about HC-1047 - as far as I can see this is for the same Module 3 scripts as HC-1029, which we paid on 14/10/2026 against PO 4500882211. Same description, same number of days.

So I've told them not to process HC-1047. If I've got the wrong end of the stick and it's actually for the additional assessment items we talked about in November, then it needs its own PO and a different description, and the day rate we agreed for those was lower anyway.

Let me know!

Eleanor

Dr Eleanor Marsh
Digital Education Lead | Centre for Flexible Learning
University of Northbridge
She/her
""")

reply(UON, "client-reply-paid",
      "AP confirms HC-1034 'was paid ... in our weekly payment run on 21/01/2027'; remittance went to an old address. Paid.",
      frm=("Finance Services - Accounts Payable", "ap-invoices@northbridge.ac.uk"),
      date="2027-01-25 09:12", tz="Europe/London", inv=i_h1034, tpl="late_fee", sent="2027-01-22 09:00",
      mua="outlook", quote="outlook-hr", reference="HC-1034",
      body="""Dear Hannah,

Thank you for your email.

I can confirm that invoice HC-1034 was paid on 21/01/2027 in our weekly payment run (payment number 310245). It should be showing in your account by now.

Remittance advices are sent to the email address on your supplier record, which appears to be a different address to this one - you may wish to update it via the supplier portal.

Kind regards

Karen
Accounts Payable | Finance Services
University of Northbridge
""")

HF_FOOTER = """

Hartley & Finch Solicitors LLP is a limited liability partnership registered in England and Wales (OC398121) and is authorised and regulated by the Solicitors Regulation Authority (SRA No. 612044). A list of members is available at our registered office: 4 Quay Street, Manchester M3 3HN.

CYBER CRIME WARNING: Hartley & Finch will never notify you of a change to our bank details by email. If you receive an email purporting to come from us advising of new bank details, please do not act on it and call us immediately on 0161 496 0183.

This email and any attachments are confidential and may be legally privileged. If you have received it in error please notify the sender immediately and delete it. Any views expressed are those of the sender and not necessarily those of the firm."""

reply(HF, "client-reply-other",
      "PA forwards to accounts (cc'd): 'I have forwarded your email'. No claim of payment or promise.",
      frm=("Sarah Okonjo", "s.okonjo@hartleyfinch.co.uk"), cc="Accounts <accounts@hartleyfinch.co.uk>",
      date="2026-12-10 12:31", tz="Europe/London", inv=i_h1041, tpl="courtesy", sent="2026-12-10 09:00",
      mua="outlook", quote="outlook",
      body="""Dear Hannah

Thank you for your email. Jonathan is in court for the rest of the week, so I have forwarded your email to our Accounts team (copied in), who deal with all supplier invoices.

Kind regards

Sarah Okonjo
PA to Jonathan Finch, Managing Partner
Hartley & Finch Solicitors LLP
DDI: 0161 496 0190""" + HF_FOOTER)

reply(HF, "client-reply-paid",
      "Cashiers confirm a BACS payment of £1,800.00 made on 14 January with a reference; long legal footer with a bank-details fraud warning.",
      frm=("Accounts | Hartley & Finch", "accounts@hartleyfinch.co.uk"),
      date="2027-01-15 10:06", tz="Europe/London", inv=i_h1041, tpl="reminder", law="GB", sent="2027-01-13 09:00",
      mua="outlook", quote="outlook", amount="1800.00", currency="GBP", reference="HC-1041",
      body="""Dear Ms Clarke

Invoice HC-1041

Our cashiers have confirmed that payment of £1,800.00 was made by BACS on 14 January 2027 under the reference HARTLEY 2291/CLARKE.

We apologise for the delay, which arose because the invoice was not initially matched to the correct cost centre.

Yours sincerely

Accounts Department
Hartley & Finch Solicitors LLP""" + HF_FOOTER)

reply(HF, "client-reply-dispute",
      "Formal dispute: invoice exceeds the £950 estimate in the engagement letter; asks for revision and says they will not settle the current invoice.",
      frm=("Jonathan Finch", "j.finch@hartleyfinch.co.uk"),
      date="2027-02-12 17:52", tz="Europe/London", inv=i_h1049, tpl="due", sent="2027-02-12 09:00",
      mua="outlook", quote="outlook-hr", reference="HC-1049",
      body="""Dear Hannah

Thank you for your email concerning invoice HC-1049.

I am afraid I cannot approve this invoice for payment in its current form. Your engagement letter of 3 December estimated the practice area pages at £950 plus VAT and said that you would let us know before exceeding that figure. I do not recall receiving any such notice, and the invoice is for £1,420.

I appreciate that the employment pages went through an additional round of amendments, but that was largely down to the partner concerned changing his mind, and I would have expected a conversation before the work was done rather than after.

I would be grateful if you could revise the invoice to reflect the estimate. We will not be in a position to settle the current invoice, but will pay a revised invoice promptly.

Yours sincerely

Jonathan Finch
Managing Partner
Hartley & Finch Solicitors LLP""" + HF_FOOTER)

reply(JADE, "client-reply-other",
      "Shop owner on her phone asks which invoice this is and says she thought she paid the last one: uncertain, a question, not a payment claim.",
      frm=("Jade Whitlock", "hello@pebbleandmoss.co.uk"),
      date="2026-11-20 22:48", tz="Europe/London", inv=i_h1043, tpl="due", sent="2026-11-18 09:00",
      mua="iphone", quote="apple", fmt="plain",
      body="""hiya which invoice is this?? i thought i paid the last one in oct? i'm doing the xmas orders and my head is mush sorry 😩

Sent from my iPhone""")

reply(JADE, "client-reply-paid",
      "Phone one-liner: 'just sent it now', £240, emoji. Paid.",
      frm=("Jade Whitlock", "hello@pebbleandmoss.co.uk"),
      date="2026-11-21 08:15", tz="Europe/London", inv=i_h1043, tpl="due", sent="2026-11-18 09:00",
      mua="iphone", quote="none", fmt="plain", amount="240.00", currency="GBP",
      body="""omg ignore me, found it. just sent it now £240 🙈 sorry!! x

Sent from my iPhone""")

reply(JADE, "client-reply-dispute",
      "Unhappy with the work (wrong sizes in descriptions caused returns), won't pay full price, wants to talk: dispute.",
      frm=("Jade Whitlock", "hello@pebbleandmoss.co.uk"),
      date="2027-02-04 13:02", tz="Europe/London", inv=i_h1055, tpl="due", sent="2027-02-04 09:00",
      mua="iphone", quote="apple", fmt="plain",
      body="""Hi Hannah

Tbh I'm not happy paying the full £360 for these. Half the spring descriptions had the old sizing in (the 30cm planters are 25cm now, I did send the new spec sheet!!) and I've had 3 returns this week because people say the pots are smaller than described. I've had to rewrite a load of them myself.

Can we sort something out? I'd be ok paying for the ones that were right. Maybe give me a call after 6 when the shop's shut

Jade

Sent from my iPhone""")

reply(KES, "client-reply-promise",
      "'Tomorrow morning first thing, promise!' sent Thursday 17 Dec -> 18 Dec.",
      frm=("Lauren Pike", "lauren@kestrelevents.co.uk"),
      date="2026-12-17 16:38", tz="Europe/London", inv=i_h1045, tpl="reminder", sent="2026-12-17 09:00",
      mua="gmail", quote="gmail",
      promised_date="2026-12-18",
      body="""Hi Hannah,

So sorry, this one's my fault - Dave signs off the supplier payments and I forgot to put it in his pile before the Christmas party chaos. I've just put it on his desk with a big post-it.

Tomorrow morning first thing, promise!

Lauren x

--
Lauren Pike | Operations Manager
Kestrel Events Ltd
Unit 4, Tannery Yard, London SE1 3HD
kestrelevents.co.uk""")

reply(KES, "client-reply-paid",
      "'It went out on Friday with the rest of the supplier payments', asks whether it arrived. Paid + question = paid.",
      frm=("Lauren Pike", "lauren@kestrelevents.co.uk"),
      date="2026-12-22 10:11", tz="Europe/London", inv=i_h1045, tpl="promise_followup",
      extra={"promise_date": "18 December 2026"}, sent="2026-12-22 09:00", mua="gmail", quote="gmail",
      body="""Hi Hannah

Are you sure? It went out on Friday with the rest of the supplier payments - I watched Dave press the button! Should be with you by now?

If it's still not there let me know and I'll get him to check with the bank, maybe it's stuck because of the new payee thing (first time we've paid you from the new Lloyds account).

L

--
Lauren Pike | Operations Manager
Kestrel Events Ltd""")

reply(KES, "client-reply-dispute",
      "Happy to pay for the brochure but the banner copy was never ordered: wants it removed before paying. Dispute.",
      frm=("Dave Kendrick", "dave@kestrelevents.co.uk"), cc="Lauren Pike <lauren@kestrelevents.co.uk>",
      date="2027-02-08 08:02", tz="Europe/London", inv=i_h1053, tpl="due", sent="2027-02-08 07:45",
      mua="iphone", quote="none", fmt="plain", reference="HC-1053",
      body="""Hannah,

Re HC-1053 - we're happy to pay for the brochure, no issue, but I never asked for copy for the banner stands. Lauren says she mentioned them in passing but nobody signed off a quote for it.

Send me a new invoice without the banners and I'll get it paid.

Dave

Sent from my iPhone""")

reply(KES, "client-reply-other",
      "Courtesy reminder answered with a question about more work in February plus 'I'll chase accounts' - no promise to pay, no claim.",
      frm=("Lauren Pike", "lauren@kestrelevents.co.uk"),
      date="2027-02-25 12:26", tz="Europe/London", inv=i_h1058, tpl="courtesy", sent="2027-02-24 09:00",
      mua="gmail", quote="gmail",
      body="""Hi Hannah!

Quick one - are you around in the week of 15 March? We've got the spring catalogue for the garden show and I'd love you to do the copy again, the Harrogate press release went down really well.

Re this, I'll mention it to accounts.

Speak soon,
Lauren

--
Lauren Pike | Operations Manager
Kestrel Events Ltd""")

reply(WREN, "client-reply-promise",
      "Charity: trustees approve payments at their 14 January meeting, payment 'the following week' -> promise with no date (vague).",
      frm=("Margaret Ellwood", "finance@wrenfieldtrust.org.uk"),
      date="2026-12-15 19:40", tz="Europe/London", inv=i_h1046, tpl="due", sent="2026-12-14 09:00",
      mua="thunderbird", quote="gmail", fmt="plain",
      body="""Dear Hannah,

Thank you for your reminder, and for the lovely job on the annual review - the trustees were delighted with it.

I am afraid that as a small charity we can only make payments that have been approved by the trustees, and our next meeting is on 14 January. Your invoice will be on the list, and you should receive payment the following week. I am sorry for the delay; I did explain this to Christine when the work was commissioned but I suspect it didn't reach you.

With best wishes for Christmas,

Margaret Ellwood
Honorary Treasurer
The Wrenfield Trust
Registered charity no. 1098334
""")

reply(WREN, "client-reply-other",
      "Treasurer asks which bank account to pay into (details differ between invoice and website) - a question only, careful about fraud.",
      frm=("Margaret Ellwood", "finance@wrenfieldtrust.org.uk"),
      date="2027-01-18 10:55", tz="Europe/London", inv=i_h1046, tpl="reminder", sent="2027-01-15 09:00",
      mua="thunderbird", quote="gmail", fmt="plain",
      body="""Dear Hannah,

Before I set this up, could you confirm which account we should be paying? Your invoice has a Barclays account but the "work with me" page on your website still gives a Starling sort code, and our bank has asked us to check with payees directly when there's any doubt (we were caught out by an invoice scam two years ago).

If you could give me a quick ring on 01422 885 310 that would be best.

With best wishes,

Margaret Ellwood
Honorary Treasurer
The Wrenfield Trust
""")

reply(WREN, "client-reply-paid",
      "'The payment was authorised yesterday and should reach you within two working days' - the treasurer released it; paid.",
      frm=("Margaret Ellwood", "finance@wrenfieldtrust.org.uk"),
      date="2027-01-21 09:05", tz="Europe/London", inv=i_h1046, tpl="reminder", sent="2027-01-15 09:00",
      mua="thunderbird", quote="none", fmt="plain", subject="Re: Reminder: invoice HC-1046", reference="HC-1046",
      body="""Dear Hannah,

Thank you for the call on Monday. The payment was authorised yesterday by our second signatory and should reach you within two working days - it will show as WRENFIELD TRUST HC1046.

With best wishes,

Margaret
""")

reply(WREN, "client-reply-dispute",
      "Charity expected the agreed 20% charity discount; asks for a revised invoice before paying -> dispute (wants a discount).",
      frm=("Christine Oduya", "christine@wrenfieldtrust.org.uk"),
      date="2027-02-17 14:20", tz="Europe/London", inv=Inv(HANNAH, "HC-1059", "1250.00", "2027-02-02", "2027-03-04",
                                                             WREN, desc="Grant application support"),
      tpl="invoice", mua="gmail", quote="gmail",
      body="""Hi Hannah,

Thanks for sending this over so quickly. Just one thing - when we spoke in January you said you'd do the grant application work at your charity rate (20% off), and this invoice is at the full day rate. Margaret won't be able to put it to the trustees unless it matches what was agreed, so could you send a revised one?

Thanks so much, and fingers crossed for the Lottery bid!

Christine

Christine Oduya
Development Manager
The Wrenfield Trust""")

reply(GRE, "client-reply-dispute",
      "Refuses to pay until an error in the delivered copy (phone number) is fixed: 'not paying till it's fixed'.",
      frm=("Steve Greenhalgh", "steve@greenhalghjoinery.co.uk"),
      date="2026-12-15 07:12", tz="Europe/London", inv=i_h1050, tpl="due", sent="2026-12-14 09:00",
      mua="android", quote="none", fmt="plain",
      body="""Hannah the contact page still has the old landline on it, which we got rid of in the summer, I told you that. Three customers have rung it already. And the kitchens page says we're in Bury. We're in Bolton.

Not paying till it's fixed.

Steve

Sent from my Galaxy""")

reply(GRE, "client-reply-promise",
      "'Can't before the 28th' = promise for the 28th (message dated 19 Jan).",
      frm=("Steve Greenhalgh", "steve@greenhalghjoinery.co.uk"),
      date="2027-01-19 18:30", tz="Europe/London", inv=i_h1050, tpl="reminder", sent="2027-01-18 09:00",
      mua="android", quote="none", fmt="plain",
      promised_date="2027-01-28",
      body="""Fair enough, site looks right now, cheers. Cant do it before the 28th though thats when the Barratt job pays us.

Steve

Sent from my Galaxy""")

reply(GRE, "client-reply-paid",
      "ALL CAPS, annoyed: paid on 2 Feb, stop sending reminders. Annoyance is not a dispute.",
      frm=("Steve Greenhalgh", "steve@greenhalghjoinery.co.uk"),
      date="2027-02-03 06:54", tz="Europe/London", inv=i_h1050, tpl="promise_followup", sent="2027-02-02 09:00",
      extra={"promise_date": "28 January 2027"},
      mua="android", quote="none", fmt="plain",
      body="""PAID ON 2 FEB. YOU WILL HAVE IT TODAY. PLEASE STOP SENDING THESE I SAID THE 28TH AND IT WAS 4 DAYS LATE NOT 4 MONTHS.

Sent from my Galaxy""")

reply(NBY, "client-reply-promise",
      "'Not today I'm afraid, Thursday latest' sent Tuesday 12 Jan -> Thursday 14 Jan.",
      frm=("Rachel Ainsworth", "rachel@northbeamyoga.co.uk"),
      date="2027-01-12 12:47", tz="Europe/London", inv=i_h1051, tpl="reminder", sent="2027-01-12 09:00",
      mua="apple", quote="apple",
      promised_date="2027-01-14",
      body="""Hi Hannah,

Not today I'm afraid - January is always a bit tight until the new-year memberships come in - but Thursday latest. I'll use the card link on the invoice.

Rachel 🧘‍♀️

Northbeam Yoga · Old Chapel, Hebden Bridge""")

reply(NBY, "client-reply-dispute",
      "Before paying asks why she's charged for 6 blog posts when she received 5 - a claim that the invoice is wrong; dispute.",
      frm=("Rachel Ainsworth", "rachel@northbeamyoga.co.uk"),
      date="2027-02-22 20:14", tz="Europe/London",
      inv=Inv(HANNAH, "HC-1061", "480.00", "2027-02-08", "2027-02-22", "Rachel Ainsworth", kind="person",
              desc="Blog posts (6), Feb-Mar"),
      tpl="due", sent="2027-02-22 09:00", mua="apple", quote="apple", amount="400.00", currency="GBP",
      body="""Hi Hannah,

Sorry, before I pay this one - I think you've charged me for 6 posts but I've only had 5? The breathwork one we talked about got dropped because I'm writing that myself. So I think it should be £400, not £480.

Let me know if I've got muddled!

Rachel""")

reply(NBY, "client-reply-other",
      "Asks for a receipt for her accountant for a previous payment: no claim about this invoice.",
      frm=("Rachel Ainsworth", "rachel@northbeamyoga.co.uk"),
      date="2027-02-01 09:31", tz="Europe/London", inv=i_h1051, tpl="invoice", mua="apple", quote="none",
      subject="Receipt?",
      body="""Morning Hannah,

My accountant is doing my self assessment (last minute as usual!) - could you send me a receipt for the blog posts I paid in January? Stripe sent me something but she wants one from you with your address on it.

Thanks!
Rachel""")

reply(WAT, "client-reply-other",
      "Australian client: 'Received, thanks, I'll pass it to our bookkeeper' on the invoice mail. No claim.",
      frm=("Mia Kovac", "mia@wattleandstone.com.au"),
      date="2026-12-03 08:20", tz="Australia/Melbourne", inv=i_h1052, tpl="invoice", mua="gmail", quote="gmail",
      body="""Received, thanks Hannah - I'll pass it on to Deb, our bookkeeper, she does the pays on Thursdays.

Loved the last draft of the 'About' page by the way, the partners reckon it's the best thing we've had written about us.

Mia

Mia Kovac | Studio Manager
Wattle & Stone Architects
Level 2, 118 Gertrude St, Fitzroy VIC 3065""")

reply(WAT, "client-reply-paid",
      "Australian voice: 'all paid via Wise this arvo, should be with you tomorrow your time'. Paid.",
      frm=("Mia Kovac", "mia@wattleandstone.com.au"),
      date="2027-01-21 16:40", tz="Australia/Melbourne", inv=i_h1052, tpl="reminder", law="GB", sent="2027-01-20 09:00",
      mua="gmail", quote="gmail", cte="base64",
      body="""G'day Hannah,

Sorry about this, Deb's been on leave and nobody touched the payables while she was away. All paid via Wise this arvo in pounds, so it should be with you tomorrow your time.

We'll have more work for you in March if you're up for it - the Sydney office fit-out.

Cheers,
Mia""")

machine(WAT, "auto-reply",
        "Australian summer-leave auto-reply: 'on leave until Monday 18 January, back in the studio Tuesday 19 January' -> return 2027-01-19. Has Auto-Submitted.",
        frm=("Mia Kovac", "mia@wattleandstone.com.au"), to=addr(HANNAH.name, HANNAH.mail),
        subject="Out of Office: Reminder: invoice HC-1052", date="2026-12-23 00:05", tz="Australia/Melbourne",
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
        part=text("""Hi there,

Thanks for your email. The studio is closed for the summer break and I'm on leave until Monday 18 January, back in the studio on Tuesday 19 January.

For anything urgent about a current project please call Tom Reilly on 0412 555 019. Accounts questions can wait for Deb, sorry!

Have a great festive season,
Mia

Mia Kovac | Studio Manager
Wattle & Stone Architects""", cte="7bit"),
        return_date="2027-01-19")

reply(ASH, "client-reply-promise",
      "'We pay suppliers by the 5th' said on 14 Jan: the 5th has passed this month -> 5 February.",
      frm=("Ashgrove Housing Co-op", "treasurer@ashgrovecoop.org.uk"),
      date="2027-01-14 21:02", tz="Europe/London", inv=i_h1056, tpl="courtesy", sent="2027-01-14 09:00",
      mua="gmail", quote="gmail",
      promised_date="2027-02-05",
      body="""Hi Hannah

Thanks for the nudge. Our treasurer role is shared between three members (we're a co-op!) and we do all supplier payments once a month, by the 5th, after the rent account is reconciled. So this one will be paid by the 5th.

Hope that's ok.

Tomasz (on treasurer duty this month)
Ashgrove Housing Co-operative Ltd""")

reply(ASH, "client-reply-other",
      "Co-op member asks to have the invoice re-addressed to the co-op's registered name for their records. Procedural question.",
      frm=("Ashgrove Housing Co-op", "treasurer@ashgrovecoop.org.uk"),
      date="2026-12-19 11:36", tz="Europe/London", inv=i_h1056, tpl="invoice", mua="gmail", quote="gmail",
      body="""Hi Hannah,

Could you re-issue this addressed to "Ashgrove Housing Co-operative Ltd" (registered society no. 2981R) rather than to Bev personally? Our auditors pick up on that kind of thing.

Many thanks,
Tomasz""")


# =====================================================================================================
#  TOM BYRNE — graphic designer, Limerick (EUR, invoices INV-YYYY-NNN)
# =====================================================================================================
MUR = "Murphy's Hardware"
CLON = "Clonakilty Kombucha Ltd"
GYT = "Galway Youth Theatre CLG"
OSD = "O'Sullivan Dental Group"
HTS = "Harbour Tech Solutions Ltd"
LVIT = "Lee Valley Institute of Technology"
AOIFE = "Aoife Kelly Photography"
KSK = "Kinsale Sea Kayaking Ltd"
WCR = "Walsh Coffee Roasters"
LDB = "Lough Derg Boat Hire"
SVC = "Shannonside Veterinary Clinic"
BAND = "The Lowlight Parade (Kit Moran, manager)"
CUIRT = "Cúirt Architects"

i_t112 = Inv(TOM, "INV-2026-112", "860.00", "2026-10-20", "2026-11-19", MUR, desc="Christmas catalogue layout")
i_t118 = Inv(TOM, "INV-2026-118", "1476.00", "2026-10-15", "2026-11-14", CLON, desc="Label redesign, 4 flavours")
i_t119 = Inv(TOM, "INV-2026-119", "1230.00", "2026-11-01", "2026-11-15", HTS, desc="Design retainer, November")
i_t121 = Inv(TOM, "INV-2026-121", "650.00", "2026-10-30", "2026-11-29", GYT, desc="Autumn season poster")
i_t124 = Inv(TOM, "INV-2026-124", "2214.00", "2026-11-05", "2026-12-05", OSD, desc="Website redesign")
i_t126 = Inv(TOM, "INV-2026-126", "1500.00", "2026-11-03", "2026-12-03", "Kit Moran", kind="person",
             desc="Album artwork, 'Low Tide Radio'")
i_t127 = Inv(TOM, "INV-2026-127", "1230.00", "2026-12-01", "2026-12-15", HTS, desc="Design retainer, December")
i_t129 = Inv(TOM, "INV-2026-129", "450.00", "2026-11-12", "2026-11-26", "Aoife Kelly", kind="person", desc="Logo")
i_t131 = Inv(TOM, "INV-2026-131", "3075.00", "2026-11-10", "2026-12-10", LVIT, desc="Prospectus 2027 design")
i_t133 = Inv(TOM, "INV-2026-133", "615.00", "2026-11-20", "2026-12-20", KSK, desc="Brochure and map")
i_t135 = Inv(TOM, "INV-2026-135", "990.00", "2026-12-01", "2026-12-31", WCR, desc="Bag and box design")
i_t137 = Inv(TOM, "INV-2026-137", "1845.00", "2026-11-28", "2026-12-28", LVIT, desc="Open day signage")
i_t138 = Inv(TOM, "INV-2026-138", "640.00", "2026-12-10", "2027-01-09", "Kit Moran", kind="person",
             desc="Tour posters")
i_t139 = Inv(TOM, "INV-2026-139", "1120.00", "2026-12-04", "2027-01-03", LDB, desc="Website and booking flyer")
i_t140 = Inv(TOM, "INV-2026-140", "385.00", "2026-12-07", "2026-12-21", SVC, desc="Clinic signage (rush)")
i_t141 = Inv(TOM, "INV-2026-141", "2460.00", "2026-12-14", "2027-01-13", CUIRT, desc="Competition boards")
i_t27006 = Inv(TOM, "INV-2027-006", "1230.00", "2027-01-04", "2027-01-18", HTS, desc="Design retainer, January")
i_t27009 = Inv(TOM, "INV-2027-009", "540.00", "2027-02-01", "2027-03-03", MUR, desc="Spring sale flyer")
i_t27012 = Inv(TOM, "INV-2027-012", "1340.00", "2027-01-11", "2027-02-10", WCR, desc="Website photography and layout")

reply(MUR, "client-reply-paid",
      "'Sorted, sent it over this morning' + vague 'I'll also have the next one paid on time' -> stays paid (exception).",
      frm=("Mags Murphy", "mags@murphyshardware.ie"),
      date="2026-11-26 13:14", tz="Europe/Dublin", inv=i_t112, tpl="due", sent="2026-11-24 09:00",
      mua="gmail", quote="gmail",
      body="""Hi Tom,

Sorted, sent it over this morning. Sorry for the delay, it's been a mad few weeks with the Christmas stock coming in and Liam out with his back.

The catalogue is flying by the way, we've had people in from Kilrush with it in their hand. I'll make sure the next one doesn't hang around as long!

Mags

Murphy's Hardware & Garden Centre
Clare Road, Ennis, Co. Clare
065 682 0000""")

reply(MUR, "client-reply-other",
      "Chatty reply to a courtesy reminder about a new flyer job and photos; never mentions payment -> other.",
      frm=("Mags Murphy", "mags@murphyshardware.ie"),
      date="2027-02-25 17:44", tz="Europe/Dublin", inv=i_t27009, tpl="courtesy", sent="2027-02-24 09:00",
      mua="gmail", quote="gmail",
      body="""Hi Tom,

Great to hear from you. Listen, while I have you - we're doing a garden open day on Easter Saturday with the local school, face painting and seed potatoes and all that, and I was wondering would you do us a small poster and a few posts for Facebook? Nothing fancy. Same style as the spring sale one, people loved the tomato fella.

I'll send on a few photos of the yard during the week, Liam took them on his phone so they might need a bit of work.

Talk soon
Mags""")

reply(CLON, "client-reply-promise",
      "'We'll get it paid at the end of the month' written 16 Nov -> 30 Nov 2026.",
      frm=("Ciara Hurley", "ciara@clonkombucha.ie"),
      date="2026-11-16 09:48", tz="Europe/Dublin", inv=i_t118, tpl="reminder", sent="2026-11-16 09:00",
      mua="apple", quote="apple",
      promised_date="2026-11-30",
      body="""Hi Tom,

Thanks for the reminder and apologies, I know it's overdue. The new labels are brilliant, the Dunnes buyer commented on them.

Cash is a bit tied up until the Christmas orders settle - we'll get it paid at the end of the month, hope that's ok.

Ciara

Ciara Hurley
Co-founder, Clonakilty Kombucha
Unit 7, Clonakilty Enterprise Park""")

reply(CLON, "client-reply-paid",
      "One word and an emoji from a phone: 'done' after the promise -> paid.",
      frm=("Ciara Hurley", "ciara@clonkombucha.ie"),
      date="2026-12-01 07:58", tz="Europe/Dublin", inv=i_t118, tpl="promise_followup",
      extra={"promise_date": "30 November 2026"}, sent="2026-12-01 07:30", mua="iphone", quote="apple", fmt="plain",
      body="""Done ✅ sorry Tom!

Sent from my iPhone""")

reply(GYT, "client-reply-promise",
      "Charity will pay 'as soon as the Arts Council drawdown comes through' -> promise, no date.",
      frm=("Declan Ó Flaithearta", "declan@galwayyouththeatre.ie"),
      date="2026-12-01 11:22", tz="Europe/Dublin", inv=i_t121, tpl="due", sent="2026-11-30 09:00",
      mua="gmail", quote="gmail",
      body="""Tom, a chara,

Apologies - we're waiting on the second drawdown of our Arts Council funding, which was due in November and hasn't landed yet. As soon as it comes through Siobhán will pay your invoice, it's top of her list. I'd say within the month but I can't promise that on behalf of the Arts Council!

Go raibh maith agat for your patience,
Declan

Declan Ó Flaithearta
Artistic Director
Galway Youth Theatre CLG | Registered Charity No. 20071334""")

reply(GYT, "client-reply-paid",
      "Long chatty mail about the panto poster; one sentence says the treasurer paid the invoice on Tuesday -> paid.",
      frm=("Declan Ó Flaithearta", "declan@galwayyouththeatre.ie"),
      date="2026-12-11 16:05", tz="Europe/Dublin", inv=i_t121, tpl="promise_followup", sent="2026-12-10 09:00",
      mua="gmail", quote="gmail",
      body="""Hi Tom,

Hope you're keeping well and not drowning in Christmas jobs.

Couple of things. First, the panto! We've gone with Jack and the Beanstalk in the end (the Little Mermaid rights fell through, long story) so I'm wondering if you'd have time to do a poster before the 18th? Same size as the autumn one, A2 and a version for Instagram. The kids want the beanstalk to go right off the top of the page. I've attached nothing yet because Aisling is still taking photos of the giant's boots, which are magnificent.

Second, Siobhán paid your invoice on Tuesday, she said - the drawdown finally arrived on Monday, thank God.

Third, would you come to the opening night? We'd love to have you. 19th at 7pm, Town Hall Theatre.

Beir bua,
Declan""")

machine(GYT, "auto-reply",
        "Out-of-office with headers: 'back on Monday 18 January' -> return 2027-01-18.",
        frm=("Declan Ó Flaithearta", "declan@galwayyouththeatre.ie"), to=addr(TOM.name, TOM.mail),
        subject="Automatic reply: Invoice INV-2027-003 – Panto poster", date="2027-01-04 09:15", tz="Europe/Dublin",
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                       ("X-MS-Exchange-Inbox-Rules-Loop", "declan@galwayyouththeatre.ie")],
        part=text("""Hi,

Thanks for your email. I'm taking a break after the panto and I'm back on Monday 18 January.

For bookings and ticketing please contact boxoffice@galwayyouththeatre.ie. For anything to do with payments, Siobhán (finance@galwayyouththeatre.ie) is around.

Declan""", cte="quoted-printable"),
        return_date="2027-01-18")

reply(OSD, "client-reply-dispute",
      "Quote was €1,800 and invoice is €2,214 (VAT added); practice manager won't pay more than quoted -> dispute (amount).",
      frm=("Deirdre Collins", "deirdre.collins@osullivandental.ie"),
      date="2026-12-08 12:40", tz="Europe/Dublin", inv=i_t124, tpl="reminder", sent="2026-12-08 09:00",
      mua="outlook", quote="outlook-hr", reference="INV-2026-124", amount="1800.00",
      body="""Hi Tom,

I've been meaning to come back to you on INV-2026-124. Your quote in September was €1,800 for the website and that's what Dr O'Sullivan approved. The invoice is for €2,214. I see it's the VAT, but there was no mention of VAT on the quote and we can't reclaim it, being a medical practice.

We're happy to pay the €1,800 as quoted but not more. Can you send a revised invoice please?

Kind regards,
Deirdre

Deirdre Collins
Practice Manager
O'Sullivan Dental Group | Douglas · Ballincollig · Mahon

The information in this email is confidential and may contain patient information. It is intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete this email.""")

reply(OSD, "client-reply-promise",
      "After the VAT discussion: 'fine, we'll pay it at the end of the month' on 13 Jan -> 31 Jan.",
      frm=("Deirdre Collins", "deirdre.collins@osullivandental.ie"),
      date="2027-01-13 15:02", tz="Europe/Dublin", inv=i_t124, tpl="late_fee", law="IE", sent="2027-01-13 09:00",
      mua="outlook", quote="outlook-hr",
      promised_date="2027-01-31",
      body="""Hi Tom,

Thanks for the explanation last week, Dr O'Sullivan has accepted that the quote said 'plus VAT' in the small print. Fine - we'll pay the full amount at the end of the month when the January claims come in from the insurers.

Deirdre

Deirdre Collins
Practice Manager
O'Sullivan Dental Group""")

reply(HTS, "client-reply-other",
      "Asks to resend the invoice because it went to a colleague who left. No payment claim.",
      frm=("Ronan Daly", "ronan.daly@harbourtech.ie"),
      date="2026-11-18 10:30", tz="Europe/Dublin", inv=i_t119, tpl="due", sent="2026-11-17 09:00",
      mua="outlook", quote="outlook",
      body="""Hi Tom,

Can you resend this one to accounts@harbourtech.ie please? The original went to Niamh, who left at the end of October, and nobody's been minding her inbox. Sorry about that.

Thanks
Ronan

Ronan Daly | Finance Manager
Harbour Tech Solutions Ltd
Grand Canal Quay, Dublin 2""")

machine(HTS, "auto-reply",
        "Mailbox-no-longer-in-use notice without RFC 3834 headers (subject 'Automatic reply:'); points to another address.",
        frm=("Niamh Brennan", "niamh.brennan@harbourtech.ie"), to=addr(TOM.name, TOM.mail),
        subject="Automatic reply: Invoice INV-2026-119 – Design retainer, November", date="2026-11-01 18:02",
        tz="Europe/Dublin",
        part=text("""This mailbox is no longer in use. Niamh Brennan has left Harbour Tech Solutions.

Your email has not been forwarded. For accounts and invoices please contact accounts@harbourtech.ie; for all other queries please email hello@harbourtech.ie.

Harbour Tech Solutions Ltd | Grand Canal Quay, Dublin 2""", cte="7bit"))

reply(HTS, "client-reply-paid",
      "HTML-only Outlook: 'Payment processed in yesterday's run', remittance PDF attached -> paid.",
      frm=("Harbour Tech Accounts", "accounts@harbourtech.ie"),
      date="2026-12-05 09:41", tz="Europe/Dublin", inv=i_t119, tpl="reminder", sent="2026-12-02 09:00",
      mua="outlook", quote="outlook", fmt="html",
      attachments=[attachment("Remittance_HTS_PR-2026-48.pdf",
                              fake_pdf("REMITTANCE ADVICE - Harbour Tech Solutions Ltd",
                                       ["Supplier: Tom Byrne Design", "Payment run: PR-2026-48  04/12/2026",
                                        "INV-2026-119   1,230.00 EUR", "Total paid: 1,230.00 EUR"]),
                              "application/pdf")],
      body="""Hi Tom,

Payment processed in yesterday's run. Remittance attached.

Regards,
Aisling
Accounts | Harbour Tech Solutions""")

reply(HTS, "client-reply-promise",
      "'It's scheduled in Xero for the 15th' written on 20 Jan: the 15th has passed, so 15 Feb.",
      frm=("Harbour Tech Accounts", "accounts@harbourtech.ie"),
      date="2027-01-20 14:16", tz="Europe/Dublin", inv=i_t127, tpl="late_fee", law="IE", sent="2027-01-20 09:00",
      mua="outlook", quote="outlook",
      promised_date="2027-02-15", reference="INV-2026-127",
      body="""Hi Tom,

Apologies, INV-2026-127 came in after the cut-off for the January supplier run and then got missed. We pay suppliers once a month now, on the 15th. I've scheduled it in Xero for the 15th and flagged it so it doesn't slip again.

Regards,
Aisling
Accounts | Harbour Tech Solutions""")

reply(HTS, "client-reply-dispute",
      "Retainer was cancelled in December; they should not be billed for January -> dispute (billed for work not ordered).",
      frm=("Ronan Daly", "ronan.daly@harbourtech.ie"),
      date="2027-01-19 11:03", tz="Europe/Dublin", inv=i_t27006, tpl="due", sent="2027-01-19 09:00",
      mua="outlook", quote="outlook", reference="INV-2027-006",
      body="""Tom,

I think there's been a mix-up here. We gave notice on the retainer in my email of 22 December - one month, ending 31 December, as per the agreement. So INV-2027-006 for January shouldn't have been raised.

Can you cancel it / issue a credit note please? Happy to work with you on a project basis going forward.

Ronan""")

reply(LVIT, "client-reply-other",
      "Procurement: invoices must go to the central AP address as PDF quoting the PO; they don't accept invoices sent to individuals.",
      frm=("Procurement Office", "procurement@levit.ie"),
      date="2026-11-24 10:10", tz="Europe/Dublin", inv=i_t131, tpl="invoice", mua="outlook", quote="outlook-hr",
      body="""Dear Tom,

Thank you for your invoice, which was passed to us by the Marketing Office.

Please note that the Institute can only accept invoices which (a) are addressed to Lee Valley Institute of Technology, (b) quote a valid purchase order number, and (c) are sent as a PDF to accountspayable@levit.ie, or submitted via Peppol. Invoices sent to individual staff members are not registered and may be delayed.

The PO for this work is PO-26-004417. Please resubmit accordingly.

Public sector bodies are required to pay within 15 days of receipt of a valid invoice under the Prompt Payment of Accounts Act.

Regards,
Procurement Office
Lee Valley Institute of Technology""")

reply(LVIT, "client-reply-promise",
      "Two invoices: INV-2026-131 already paid on 9 Dec, INV-2026-137 in the run on Friday 18th -> promise for 2026-12-18 (paid one + promise other = promise).",
      frm=("Accounts Payable", "accountspayable@levit.ie"),
      date="2026-12-14 12:05", tz="Europe/Dublin", inv=i_t131, tpl="statement", extra={"invoices": [i_t131, i_t137]},
      sent="2026-12-14 09:00", mua="outlook", quote="outlook",
      promised_date="2026-12-18", reference="INV-2026-137", amount="1845.00",
      body="""Dear Tom,

Thank you for your statement.

INV-2026-131 (EUR 3,075.00) was paid on 09/12/2026 by EFT, remittance ref. LV-EFT-88213.

INV-2026-137 (EUR 1,845.00) has been approved and will be paid in the payment run on Friday 18th.

Regards,
Accounts Payable
Finance Office | Lee Valley Institute of Technology""")

machine(LVIT, "auto-reply",
        "Parental-leave auto-reply with RFC 3834 headers; 'until April 2027' gives no day -> no return_date.",
        frm=("Fiona Nic Giolla Phádraig", "fiona.nicgiollaphadraig@levit.ie"), to=addr(TOM.name, TOM.mail),
        subject="Automatic reply: Re: Open day signage - final files", date="2026-12-02 15:33", tz="Europe/Dublin",
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        part=multi("alternative", [text("""Hi,

I'm on parental leave until April 2027 and I'm not checking email.

For marketing and open day queries please contact Conor Lynch (conor.lynch@levit.ie). For purchase orders and invoices, please contact procurement@levit.ie.

Thank you,
Fiona""", cte="quoted-printable"), text("""<html><body><p>Hi,</p><p>I'm on parental leave until April 2027 and I'm not checking email.</p><p>For marketing and open day queries please contact Conor Lynch (<a href="mailto:conor.lynch@levit.ie">conor.lynch@levit.ie</a>). For purchase orders and invoices, please contact <a href="mailto:procurement@levit.ie">procurement@levit.ie</a>.</p><p>Thank you,<br>Fiona</p></body></html>""", "html")]))

# Aoife forwards the Revolut receipt of her outgoing payment
_aoife_fwd = """here you go, should be there now! sorry it took so long, I was shooting weddings every weekend in November 🙈

Aoife

---------- Forwarded message ---------
From: Revolut <no-reply@revolut.com>
Date: Wed, 9 Dec 2026 at 14:02
Subject: You sent €450.00 to Tom Byrne Design
To: <aoife@aoifekellyphoto.ie>


Hi Aoife,

You sent €450.00 to Tom Byrne Design.

Amount: €450.00
To: Tom Byrne Design
IBAN: LT12 3250 **** **** 5521
Reference: INV-2026-129
Date: 9 December 2026, 14:02

Transfers to other banks in the SEPA area usually arrive within 1 business day. Instant transfers arrive within seconds.

Revolut Bank UAB"""
reply(AOIFE, "client-reply-paid",
      "Client forwards her own Revolut 'You sent €450.00' receipt with 'here you go': a client claim of payment, not a bank notice to the freelancer.",
      frm=("Aoife Kelly", "aoife@aoifekellyphoto.ie"), date="2026-12-09 14:06", tz="Europe/Dublin", inv=i_t129,
      tpl="reminder", sent="2026-12-07 09:00", mua="gmail", quote="none", no_thread=True,
      subject="Fwd: You sent €450.00 to Tom Byrne Design", amount="450.00", reference="INV-2026-129",
      body=_aoife_fwd)

# accountant pays on behalf of the client; Outlook declares iso-8859-1 but sends Windows-1252 bytes
reply(KSK, "client-reply-paid",
      "External accountant pays on behalf of the client ('we've processed payment ... €615 on 8th Jan'). Declared iso-8859-1 with Windows-1252 bytes (€, curly quotes).",
      frm=("Dermot Hayes", "dermot@hayesaccountants.ie"), cc="Orla Barry <orla@kinsaleseakayaking.ie>",
      date="2027-01-08 16:20", tz="Europe/Dublin", inv=i_t133, tpl="reminder", sent="2027-01-06 09:00",
      mua="outlook", quote="outlook", charset="iso-8859-1", encode_as="cp1252", cte="quoted-printable",
      quote_to="Orla Barry <orla@kinsaleseakayaking.ie>",
      amount="615.00", reference="INV-2026-133",
      body="""Hi Tom,

Orla forwarded me your reminder – we look after the books for Kinsale Sea Kayaking and the invoice hadn’t been passed on to us before Christmas.

We’ve processed payment on behalf of our client today, 8th Jan, €615.00 from our client account, reference “KSK INV-2026-133”.

Regards,

Dermot Hayes FCA
Hayes & Co. Chartered Accountants
Pearse Street, Kinsale, Co. Cork
021 477 0000

Hayes & Co. is a firm registered to carry on audit work by Chartered Accountants Ireland.""")

reply(WCR, "client-reply-promise",
      "'Doing it today' -> promised_date is the message date.",
      frm=("Oisín Walsh", "oisin@walshcoffee.ie"),
      date="2027-01-08 10:02", tz="Europe/Dublin", inv=i_t135, tpl="reminder", sent="2027-01-08 09:00",
      mua="iphone", quote="apple", fmt="plain",
      promised_date="2027-01-08",
      body="""Doing it today Tom, apologies. Christmas was manic, we sold out of the gift boxes twice 👌

O

Sent from my iPhone""")

reply(WCR, "client-reply-dispute",
      "Partial payment of €950 now and refusal of the rest (an extra photography day they say was never asked for) -> dispute; amount = what they paid.",
      frm=("Oisín Walsh", "oisin@walshcoffee.ie"),
      date="2027-02-11 19:25", tz="Europe/Dublin", inv=i_t27012, tpl="due", sent="2027-02-11 09:00",
      mua="gmail", quote="gmail",
      amount="950.00", reference="INV-2027-012", cte="base64",
      body="""Hi Tom,

I've just paid €950 of INV-2027-012 - that's the layout and the one photo day we booked.

The second day I'm not paying for. We never asked for it; you told me on the day the light was bad and you'd come back, and I assumed that was on you, not a second day at full rate. If I'd known I'd have said no.

Happy to talk about it but that's where I am.

Oisín""")

reply(LDB, "client-reply-promise",
      "Seasonal business asks to pay 'the first week of Feb' -> promise, vague (no date).",
      frm=("Pádraig Hogan", "loughdergboathire@gmail.com"),
      date="2027-01-14 21:37", tz="Europe/Dublin", inv=i_t139, tpl="reminder", sent="2027-01-12 09:00",
      mua="gmail", quote="gmail",
      body="""Tom

Sorry for not coming back to you sooner. Things are very quiet here till the season opens at Paddy's weekend and the bank have me on a short leash. Would it be ok if I paid you the first week of Feb? I get the grant from the LEO then.

The flyer is great, I've them in every B&B from Killaloe to Portumna.

Pádraig""")

reply(SVC, "client-reply-dispute",
      "Contests a 25% rush fee nobody agreed -> dispute (wrong amount).",
      frm=("Dr Gráinne Keane MVB", "grainne@shannonsidevets.ie"),
      date="2026-12-22 13:12", tz="Europe/Dublin", inv=i_t140, tpl="due", sent="2026-12-22 09:00",
      mua="outlook", quote="outlook",
      body="""Hi Tom,

I've just had a proper look at this. There's a 25% "rush fee" on it which I don't remember agreeing to at all - you said you could have the signs done by the 10th and I said great. Nobody said anything about it being a rush job or costing extra.

Please take it off and send me a new invoice and I'll pay it straight away.

Gráinne

Dr Gráinne Keane MVB MRCVS
Shannonside Veterinary Clinic, Castleconnell""")

reply(BAND, "client-reply-other",
      "Band manager wants a call about the album art and 'the invoice' - no claim, no promise.",
      frm=("Kit Moran", "kit@lowlightparade.com"),
      date="2026-11-28 23:51", tz="Europe/Dublin", inv=i_t126, tpl="courtesy", sent="2026-11-28 09:00",
      mua="iphone", quote="none", fmt="plain",
      body="""tom can you jump on a call tmrw re the vinyl gatefold, the pressing plant say the spine is 2mm out. also want to chat about the invoice, few questions from the lads. free after 2?

kit

Sent from my iPhone""")

reply(BAND, "client-reply-promise",
      "Will pay once the promoter settles the Manchester show, 'prob a couple of weeks' -> promise, vague.",
      frm=("Kit Moran", "kit@lowlightparade.com"),
      date="2026-12-10 01:14", tz="Europe/Dublin", inv=i_t126, tpl="reminder", sent="2026-12-08 09:00",
      mua="iphone", quote="apple", fmt="plain",
      body="""tom sorry man, tour's been chaos. band account is basically empty til the promoter settles the manchester show, he's being a bollix about the merch split. once that lands we'll sort you first, prob a couple of weeks. the artwork is getting loads of love btw

kit

Sent from my iPhone""")

reply(BAND, "client-reply-paid",
      "'sorted mate, sent it from the band account just now' -> paid.",
      frm=("Kit Moran", "kit@lowlightparade.com"),
      date="2027-01-06 18:22", tz="Europe/Dublin", inv=i_t126, tpl="promise_followup", sent="2027-01-05 09:00",
      mua="iphone", quote="apple", fmt="plain",
      body="""sorted mate, sent it from the band account just now, full 1500. promoter finally coughed up. tell Rich the poster proofs look unreal

k

Sent from my iPhone""", amount="1500.00")

reply(BAND, "client-reply-dispute",
      "Invoice is for 6 poster variants but only 3 were signed off/used; wants to pay for 3 -> dispute.",
      frm=("Kit Moran", "kit@lowlightparade.com"),
      date="2027-01-12 15:40", tz="Europe/Dublin", inv=i_t138, tpl="due", sent="2027-01-12 09:00",
      mua="gmail", quote="gmail",
      body="""Tom

The posters invoice - it says 6 variants but we only signed off 3 (Dublin, Belfast, Glasgow). The other 3 were your ideas that we never went with, and the lads aren't happy paying for those. Can you redo it for the 3 and I'll get it paid out of the January money?

Kit
Manager, The Lowlight Parade""")

reply(CUIRT, "client-reply-promise",
      "'We do a payment run every second Friday, next one's the 22nd' (message 13 Jan) -> 2027-01-22.",
      frm=("Úna Ní Bhriain", "una@cuirtarchitects.ie"),
      date="2027-01-13 11:58", tz="Europe/Dublin", inv=i_t141, tpl="due", sent="2027-01-13 09:00",
      mua="outlook", quote="outlook-hr",
      promised_date="2027-01-22",
      body="""Hi Tom,

Thanks for this. We do a payment run every second Friday and you just missed the last one - next one's the 22nd, so you'll have it then.

The boards were shortlisted, by the way! Results in March.

Úna

Úna Ní Bhriain
Practice Manager | Cúirt Architects
Dominick Street, Galway""")

reply(CUIRT, "client-reply-other",
      "Can't open the PDF and asks to resend the invoice: question only.",
      frm=("Úna Ní Bhriain", "una@cuirtarchitects.ie"),
      date="2026-12-15 09:20", tz="Europe/Dublin", inv=i_t141, tpl="invoice", mua="outlook", quote="outlook-hr",
      body="""Hi Tom,

The attachment on this won't open for me - Acrobat says the file is damaged. Could you send it again, or share a link?

Thanks,
Úna""")


DUN = "Dunmore Distillery Ltd"
i_t134 = Inv(TOM, "INV-2026-134", "2090.00", "2026-11-20", "2026-12-20", DUN, desc="Gift box and label artwork")
reply(DUN, "client-reply-paid",
      "Client forwards her finance colleague's internal answer ('paid on 18/12 in the Christmas run, €2,090.00') with 'see below': paid, relayed from accounts.",
      frm=("Sinéad Power", "sinead@dunmoredistillery.ie"),
      date="2026-12-22 10:31", tz="Europe/Dublin", inv=i_t134, tpl="due", sent="2026-12-22 09:00",
      mua="outlook", quote="outlook", amount="2090.00", reference="INV-2026-134",
      body="""Hi Tom,

See below from our finance team - looks like it went out on the 18th. Shout if it hasn't landed by the end of the week and I'll chase Gerry.

Happy Christmas!
Sinéad

From: Accounts Dunmore <accounts@dunmoredistillery.ie>
Sent: 22 December 2026 10:14
To: Sinéad Power <sinead@dunmoredistillery.ie>
Subject: RE: Invoice INV-2026-134 is due

Hi Sinéad,

That one was paid on 18/12 in the Christmas run, €2,090.00 to his AIB account. The remittance went to tom@byrnedesign.ie so he should have it.

Thanks,
Gerry

Gerry Walsh | Financial Controller
Dunmore Distillery Ltd | Dunmore East, Co. Waterford""")


# =====================================================================================================
#  ALESSANDRA ROSSI — technical translator, Bologna (EUR, invoices N/YYYY); clients write English
# =====================================================================================================
MUE = "Müller Präzisionstechnik GmbH"
VDB = "Van der Berg Interieur B.V."
HOEK = "Hoekstra Events B.V."
KOW = "Kowalski Logistics Sp. z o.o."
SHA = "Sharma Infotech Pvt. Ltd."
NEX = "Nexora Technologies Pvt. Ltd."
BRI = "Brightline Media Group LLC"
BEC = "Becker Elektroanlagen GmbH"

i_a7 = Inv(ALESSANDRA, "7/2026", "4880.00", "2026-10-16", "2026-11-15", MUE, desc="Translation, operating manual CNC-5X")
i_a12 = Inv(ALESSANDRA, "12/2026", "3404.00", "2026-11-19", "2026-12-19", MUE, desc="Translation, safety datasheets")
i_a19 = Inv(ALESSANDRA, "19/2026", "1850.00", "2026-10-29", "2026-11-28", VDB, desc="Catalogue translation IT-EN")
i_a1b = Inv(ALESSANDRA, "1/2027", "920.00", "2027-01-08", "2027-02-07", VDB, desc="Spring catalogue updates")
i_a22 = Inv(ALESSANDRA, "22/2026", "960.00", "2026-10-23", "2026-11-22", KOW, desc="Contract translations")
i_a3b = Inv(ALESSANDRA, "3/2027", "1440.00", "2027-01-28", "2027-02-27", KOW, desc="Translation of 3 framework agreements")
i_a31 = Inv(ALESSANDRA, "31/2026", "2150.00", "2026-11-05", "2026-12-05", SHA, desc="Localisation, mobile app")
i_a5b = Inv(ALESSANDRA, "5/2027", "1800.00", "2027-01-25", "2027-02-24", SHA, desc="Localisation, release 4.2")
i_a34 = Inv(ALESSANDRA, "34/2026", "1200.00", "2026-11-13", "2026-12-13", NEX, desc="Italian UI strings")
i_a6b = Inv(ALESSANDRA, "6/2027", "1200.00", "2027-02-01", "2027-03-03", NEX, desc="Italian help centre")
i_a27 = Inv(ALESSANDRA, "27/2026", "5200.00", "2026-11-16", "2026-12-16", BRI, cur="$", desc="Campaign adaptation, Italy")
i_a36 = Inv(ALESSANDRA, "36/2026", "2730.00", "2026-11-24", "2026-12-24", BEC, desc="Translation, installation guides")
i_a38 = Inv(ALESSANDRA, "38/2026", "2400.00", "2026-12-01", "2026-12-31", HOEK, desc="Interpreting, Milan fair")

MUE_SIG = """

Mit freundlichen Grüßen / Best regards

i.A. Katrin Vogt
Einkauf / Purchasing Department

Müller Präzisionstechnik GmbH
Industriestraße 41 | 70565 Stuttgart | Germany
Tel. +49 711 7820-314 | Fax +49 711 7820-399
katrin.vogt@mueller-praezision.de | www.mueller-praezision.de

Sitz der Gesellschaft: Stuttgart | Registergericht: Amtsgericht Stuttgart HRB 731842
Geschäftsführer: Dr. Hans-Jürgen Müller, Stefanie Müller-Brandt
USt-IdNr.: DE 812 345 678

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.
This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden."""

reply(MUE, "client-reply-promise",
      "Very formal German purchasing English: invoice 7/2026 approved, 'will be paid with our payment run on 15th of December'.",
      frm=("Vogt, Katrin", "katrin.vogt@mueller-praezision.de"),
      date="2026-12-02 10:47", tz="Europe/Berlin", inv=i_a7, tpl="late_fee", law=None, sent="2026-12-01 09:00",
      mua="outlook", quote="outlook", prefix="AW: ",
      promised_date="2026-12-15", reference="7/2026",
      body="""Dear Mrs. Rossi,

we refer to your reminder of 01.12.2026 regarding the above mentioned invoice.

Please be informed that the invoice no. 7/2026 could not be released earlier, as the goods receipt for the translation service had not been confirmed by our technical documentation department. The confirmation has now been received and the invoice is approved for payment.

The invoice will be paid with our payment run on 15th of December.

We apologise for any inconvenience caused.""" + MUE_SIG)

reply(MUE, "client-reply-paid",
      "German AP: invoice 7/2026 'has been settled with value date 15.12.2026' (reply to a reminder that crossed with the payment).",
      frm=("Vogt, Katrin", "katrin.vogt@mueller-praezision.de"),
      date="2026-12-17 08:31", tz="Europe/Berlin", inv=i_a7, tpl="promise_followup",
      extra={"promise_date": "15 December 2026"}, sent="2026-12-16 17:00", mua="outlook", quote="outlook",
      prefix="AW: ", reference="7/2026", amount="4880.00",
      body="""Dear Mrs. Rossi,

thank you for your e-mail.

We would like to inform you that the invoice no. 7/2026 in the amount of EUR 4.880,00 has been settled with value date 15.12.2026 by SEPA transfer to your account IT40 S054 2811 1010 0000 0123 456.

Please note that transfers may need 1-2 banking days.""" + MUE_SIG)

reply(MUE, "client-reply-dispute",
      "Formal: order was for 38 hours, 46 invoiced; asks for a credit note for 8 hours before payment -> dispute.",
      frm=("Vogt, Katrin", "katrin.vogt@mueller-praezision.de"),
      date="2026-12-21 14:02", tz="Europe/Berlin", inv=i_a12, tpl="due", sent="2026-12-21 09:00",
      mua="outlook", quote="outlook", prefix="AW: ", reference="12/2026",
      body="""Dear Mrs. Rossi,

with reference to your invoice no. 12/2026 dated 19.11.2026 we have to inform you that the invoice does not correspond to our purchase order no. 4500123987.

According to our purchase order, 38 hours were ordered at a rate of EUR 74,00. Your invoice shows 46 hours. An extension of the order was not requested by our purchasing department and therefore cannot be accepted.

We kindly ask you to issue a credit note for the 8 hours (EUR 592,00). After receipt of the credit note, the remaining amount will be released for payment in accordance with our terms of payment.

Please note that invoices which do not correspond to the purchase order will be rejected by our system.""" + MUE_SIG)

machine(MUE, "auto-reply",
        "German-style out-of-office in English and German, with headers: 'until 06.01.2027 (inclusive)' -> first day back 2027-01-07.",
        frm=("Vogt, Katrin", "katrin.vogt@mueller-praezision.de"), to=addr(ALESSANDRA.name, ALESSANDRA.mail),
        subject="Abwesenheitsnotiz: Credit note 1/2027 for invoice 12/2026", date="2026-12-23 11:15", tz="Europe/Berlin",
        extra_headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
        part=text("""Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 06.01.2027 nicht im Büro. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an einkauf@mueller-praezision.de.

Dear Sir or Madam,

thank you for your message. I am out of office until 06.01.2027 (inclusive). Your e-mail will not be forwarded. In urgent cases please contact einkauf@mueller-praezision.de.

Mit freundlichen Grüßen / Best regards
Katrin Vogt""", charset="utf-8", cte="quoted-printable"),
        return_date="2027-01-07")

reply(MUE, "client-reply-other",
      "Procedural notice from purchasing: from 01.01.2027 invoices only via the Coupa supplier portal. No claim about payment.",
      frm=("Einkauf Müller Präzisionstechnik", "einkauf@mueller-praezision.de"),
      date="2027-01-11 09:00", tz="Europe/Berlin", inv=i_a12, tpl="reminder", sent="2027-01-08 09:00",
      mua="outlook", quote="outlook", prefix="AW: ", reference="12/2026",
      body="""Dear Supplier,

thank you for your message.

Please be informed that as of 01.01.2027 Müller Präzisionstechnik GmbH accepts invoices, credit notes and payment reminders exclusively via our supplier portal (Coupa Supplier Portal). Documents sent by e-mail can no longer be processed.

You will receive a separate invitation to register. Please enter your outstanding documents, including the credit note for invoice 12/2026, in the portal. For questions regarding the registration please contact supplier.portal@mueller-praezision.de.

Mit freundlichen Grüßen / Best regards

Einkauf / Purchasing Department
Müller Präzisionstechnik GmbH""")

reply(VDB, "client-reply-paid",
      "Dutch directness: 'We paid it last Tuesday already, can you check if it arrived?' -> paid (with a question).",
      frm=("Sanne van der Berg", "sanne@vdberginterieur.nl"),
      date="2026-11-27 16:12", tz="Europe/Amsterdam", inv=i_a19, tpl="courtesy", sent="2026-11-25 09:00",
      mua="apple", quote="apple",
      attachments=[attachment("Schermafbeelding 2026-11-27 om 16.10.44.png", fake_png(6, 4, (0, 51, 153)), "image/png")],
      body="""Hi Alessandra,

We paid it last Tuesday already, can you check if it arrived? Otherwise I ask our bank, sometimes the Rabobank is slow with Italy. Screenshot from the app is attached.

Greetings,
Sanne

Van der Berg Interieur B.V.
Oudegracht 212, Utrecht""")

reply(VDB, "client-reply-other",
      "Client asks whether the IBAN changed because they received an email with new bank details (possible fraud): question only.",
      frm=("Sanne van der Berg", "sanne@vdberginterieur.nl"),
      date="2027-01-12 09:05", tz="Europe/Amsterdam", inv=i_a1b, tpl="invoice", mua="apple", quote="apple",
      body="""Hi Alessandra,

Quick question before I pay this one. Yesterday we got an email from "alessandra.rossi.traduzioni@outlook.com" with your name and a new IBAN (Lithuanian?) and the request to use this for all invoices from now. Is this really from you? It looks strange to me, the Italian is also a bit weird.

I don't pay anything until I hear from you.

Sanne""")

reply(VDB, "client-reply-promise",
      "'We can't pay before the 20th ... I will do it on the 20th' -> promise for 20 Feb.",
      frm=("Sanne van der Berg", "sanne@vdberginterieur.nl"),
      date="2027-02-09 11:47", tz="Europe/Amsterdam", inv=i_a1b, tpl="due", sent="2027-02-08 09:00",
      mua="apple", quote="apple",
      promised_date="2027-02-20",
      body="""Hi Alessandra,

Sorry, we can't pay before the 20th, that is when our big customer pays us and January was very quiet in the shop. I will do it on the 20th, I have put it in the agenda.

Greetings,
Sanne""")

reply(HOEK, "client-reply-dispute",
      "Dutch client: 50% was paid upfront but the invoice is for the full amount; will pay the remaining 1,200 after a correction -> dispute. The only invoice number in the text (29/2026) is the earlier upfront invoice, not this one, so no reference. windows-1252 body.",
      frm=("Jeroen Hoekstra", "jeroen@hoekstra-events.nl"),
      date="2026-12-03 14:25", tz="Europe/Amsterdam", inv=i_a38, tpl="invoice", mua="outlook", quote="outlook-hr",
      prefix="RE: ", amount="1200.00", charset="windows-1252", cte="quoted-printable",
      body="""Hello Alessandra,

This invoice is not correct. We paid already 50% upfront in October (€ 1.200, your invoice 29/2026), as agreed. Now you invoice the full 2.400 again. Please send a corrected invoice for the remaining 1.200, then we pay.

Thanks for the good work in Milan, the client was very happy.

Met vriendelijke groet,
Jeroen Hoekstra
Hoekstra Events B.V. | Amsterdam""")

reply(KOW, "client-reply-promise",
      "Polish English: 'We will transfer the money until Friday' (= by Friday) written Tue 24 Nov -> 27 Nov.",
      frm=("Agnieszka Wróblewska", "a.wroblewska@kowalski-logistics.pl"),
      date="2026-11-24 13:30", tz="Europe/Warsaw", inv=i_a22, tpl="due", sent="2026-11-23 09:00",
      mua="outlook", quote="outlook-hr",
      promised_date="2026-11-27",
      body="""Hello Mrs Alessandra,

Thank you for information. The invoice is accepted by our director, we will transfer the money until Friday.

Best regards
Agnieszka Wróblewska
Księgowość / Accounting
Kowalski Logistics Sp. z o.o.
ul. Marynarki Polskiej 71, 80-557 Gdańsk""")

reply(KOW, "client-reply-paid",
      "'Payment is done today, confirmation in attachment' with a bank confirmation PDF -> paid.",
      frm=("Agnieszka Wróblewska", "a.wroblewska@kowalski-logistics.pl"),
      date="2026-11-27 10:02", tz="Europe/Warsaw", inv=i_a22, tpl="due", sent="2026-11-23 09:00",
      mua="outlook", quote="outlook-hr",
      attachments=[attachment("potwierdzenie_przelewu_22_2026.pdf",
                              fake_pdf("Potwierdzenie wykonania przelewu / Transfer confirmation",
                                       ["Data: 27.11.2026", "Kwota: 960,00 EUR", "Beneficjent: Alessandra Rossi",
                                        "Tytul: Faktura 22/2026"]), "application/pdf")],
      body="""Hello Mrs Alessandra,

Payment is done today, confirmation in attachment.

Best regards
Agnieszka Wróblewska
Kowalski Logistics Sp. z o.o.""")

reply(KOW, "client-reply-dispute",
      "Received only 2 of the 3 translations invoiced; asks for a correct invoice -> dispute (work not done).",
      frm=("Agnieszka Wróblewska", "a.wroblewska@kowalski-logistics.pl"),
      date="2027-02-16 12:15", tz="Europe/Warsaw", inv=i_a3b, tpl="invoice", mua="outlook", quote="outlook-hr",
      prefix="RE: ", reference="3/2027",
      body="""Hello Mrs Alessandra,

Our legal department says they received only 2 agreements translated (Baltic Freight and Nordhaven). The third one (Interlogis) is not received. The invoice 3/2027 is for 3 translations.

Please send us the third translation or correct invoice for 2 translations. Before this we cannot pay.

Best regards
Agnieszka Wróblewska""")

SHA_SIG = """

Thanks & Regards,
Rakesh Kulkarni
Sr. Executive - Accounts Payable
Sharma Infotech Pvt. Ltd.
Office No. 504, Amanora Chambers, Hadapsar, Pune - 411028
Ph: +91 20 6721 4400 Ext. 218

Please consider the environment before printing this email.
DISCLAIMER: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the system manager."""

reply(SHA, "client-reply-promise",
      "Indian English: 'payment will be processed by EOD tomorrow' written Thu 10 Dec -> 11 Dec.",
      frm=("Rakesh Kulkarni", "ap@sharmainfotech.in"),
      date="2026-12-10 17:20", tz="Asia/Kolkata", inv=i_a31, tpl="reminder", sent="2026-12-09 09:00",
      mua="outlook", quote="outlook",
      promised_date="2026-12-11", reference="31/2026",
      body="""Dear Ma'am,

Greetings of the day!

This is with reference to the trailing mail. We have checked with our treasury team and the payment against invoice no. 31/2026 is approved. Payment will be processed by EOD tomorrow.

Kindly bear with us for the delay.""" + SHA_SIG)

reply(SHA, "client-reply-paid",
      "Indian English: payment of EUR 2,150.00 against invoice 31/2026 'has been released today through SWIFT', asks to acknowledge.",
      frm=("Rakesh Kulkarni", "ap@sharmainfotech.in"),
      date="2026-12-11 18:45", tz="Asia/Kolkata", inv=i_a31, tpl="reminder", sent="2026-12-09 09:00",
      mua="outlook", quote="outlook",
      amount="2150.00", reference="31/2026", cte="base64",
      attachments=[attachment("SWIFT_MT103_SIPL_11122026.pdf",
                              fake_pdf("MT103 - Customer Transfer", [":20: SIPL2612110094", ":32A: 261211EUR2150,00",
                                                                      ":59: /IT40S0542811101000000123456 ALESSANDRA ROSSI",
                                                                      ":70: INV 31/2026", ":71A: OUR"]),
                              "application/pdf")],
      body="""Dear Ma'am,

Greetings of the day!

This is to inform you that payment of EUR 2,150.00 against your invoice no. 31/2026 has been released today through SWIFT. PFA the MT103 copy for your reference. Bank charges are borne by us (OUR).

Kindly acknowledge the receipt of the same.""" + SHA_SIG)

reply(SHA, "client-reply-other",
      "Asks for Tax Residency Certificate and Form 10F before processing (else withholding): a document request, no claim of paying less.",
      frm=("Rakesh Kulkarni", "ap@sharmainfotech.in"),
      date="2027-02-02 12:10", tz="Asia/Kolkata", inv=i_a5b, tpl="invoice", mua="outlook", quote="outlook",
      prefix="RE: ", reference="5/2027",
      body="""Dear Ma'am,

Greetings of the day!

We are in receipt of your invoice no. 5/2027. As per new compliance from our tax consultant, for processing the payment to foreign vendors we require the below documents:

1. Tax Residency Certificate (TRC) for FY 2026-27
2. Form 10F (we will share the format)
3. No PE declaration on your letterhead

Kindly share the same at the earliest so that we can process the payment as per DTAA rate. Please revert in case of any query.""" + SHA_SIG)

NEX_SIG = """

Warm Regards,
Divya Raghunathan
Finance & Accounts
Nexora Technologies Pvt. Ltd. | Koramangala, Bengaluru 560034"""

reply(NEX, "client-reply-promise",
      "'Payment is under process and will be released within 7 working days' -> promise, vague.",
      frm=("Divya Raghunathan", "divya.r@nexoratech.in"),
      date="2026-12-14 15:32", tz="Asia/Kolkata", inv=i_a34, tpl="due", sent="2026-12-14 09:00",
      mua="gmail", quote="gmail",
      body="""Hi Alessandra,

Noted. Your payment is under process and will be released within 7 working days. Apologies for the inconvenience caused.""" + NEX_SIG)

reply(NEX, "client-reply-paid",
      "Payment advice attached: 'We have remitted EUR 1,200.00 today' (beneficiary bears intermediary charges). Paid.",
      frm=("Divya Raghunathan", "divya.r@nexoratech.in"),
      date="2026-12-22 16:05", tz="Asia/Kolkata", inv=i_a34, tpl="due", sent="2026-12-14 09:00",
      mua="gmail", quote="gmail",
      amount="1200.00", reference="34/2026",
      attachments=[attachment("Payment_Advice_NTPL_34-2026.pdf",
                              fake_pdf("PAYMENT ADVICE", ["Vendor: Alessandra Rossi", "Invoice: 34/2026",
                                                          "Amount: EUR 1,200.00", "Value date: 22-12-2026"]),
                              "application/pdf")],
      body="""Hi Alessandra,

PFA payment advice for invoice 34/2026. We have remitted EUR 1,200.00 today via HDFC Bank. Please note intermediary bank charges, if any, are to be borne by the beneficiary.

Please confirm once received.""" + NEX_SIG)

reply(NEX, "client-reply-dispute",
      "Invoice amount (EUR 1,200) exceeds the PO value (EUR 1,000); asks to revise the invoice as per PO -> dispute (wrong amount).",
      frm=("Divya Raghunathan", "divya.r@nexoratech.in"),
      date="2027-02-15 11:40", tz="Asia/Kolkata", inv=i_a6b, tpl="invoice", mua="gmail", quote="gmail",
      reference="6/2027",
      body="""Hi Alessandra,

We cannot book invoice 6/2027 as the amount (EUR 1,200.00) is more than the PO value (PO/NTPL/2026-27/0412 for EUR 1,000.00). The extra 20 pages were not approved by our product team.

Kindly revise the invoice as per PO and resend, so we can process it in the next cycle.""" + NEX_SIG)

reply(BRI, "client-reply-other",
      "US agency PM loops in AP; nothing about payment itself.",
      frm=("Megan Torres", "mtorres@brightlinemg.com"), cc="Brightline AP <ap@brightlinemg.com>",
      date="2026-11-18 10:02", tz="America/New_York", inv=i_a27, tpl="invoice", mua="outlook-us", quote="outlook",
      locale="us",
      body="""Hi Alessandra,

Thanks! Looping in our AP team (cc'd) - they handle all vendor payments and will set you up in Tipalti if you're not in there already. You should get an invite from them.

Best,
Megan

Megan Torres | Senior Producer
Brightline Media Group
285 Fulton St, New York, NY 10007""")

reply(BRI, "client-reply-promise",
      "US AP: 'we're net 45 ... you'll get paid by Dec 31' -> promise 2026-12-31.",
      frm=("Brightline AP", "ap@brightlinemg.com"),
      date="2026-12-01 13:20", tz="America/New_York", inv=i_a27, tpl="courtesy", sent="2026-12-01 09:00",
      mua="outlook-us", quote="outlook", locale="us",
      promised_date="2026-12-31",
      body="""Hi Alessandra,

Thanks for your note. Just so you know, our standard terms for vendors are net 45 from the invoice date, regardless of the due date on the invoice. Your invoice is dated 11/16, so you'll get paid by Dec 31 via Tipalti.

Thanks,
Brightline Accounts Payable""")

reply(BRI, "client-reply-dispute",
      "Partial: SOW amount ($4,000) paid now, change-order portion ($1,200) held until approved -> dispute; amount = what they pay.",
      frm=("Megan Torres", "mtorres@brightlinemg.com"), cc="Brightline AP <ap@brightlinemg.com>",
      date="2026-12-07 17:48", tz="America/New_York", inv=i_a27, tpl="courtesy", sent="2026-12-01 09:00",
      mua="outlook-us", quote="outlook", locale="us",
      amount="4000.00", currency="USD", reference="27/2026",
      body="""Hi Alessandra,

Quick heads up on 27/2026 - finance flagged that the second round of adaptations (the radio scripts) wasn't in the SOW, so we can't pay that portion until the change order is signed on the client side.

We're paying the SOW amount ($4,000) now and holding the $1,200 until the CO is approved. I'm pushing for it, but honestly the client is questioning whether the radio scripts were needed at all, so no promises.

Sorry for the hassle!
Megan""")

reply(BRI, "client-reply-paid",
      "HTML-only mail with a status table: change order approved, remaining $1,200 paid 1/15 via Tipalti -> paid.",
      frm=("Megan Torres", "mtorres@brightlinemg.com"),
      date="2027-01-15 15:10", tz="America/New_York", inv=i_a27, tpl="reminder", sent="2027-01-14 09:00",
      mua="outlook-us", quote="outlook", locale="us", fmt="html",
      amount="1200.00", currency="USD", reference="27/2026",
      html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">
<p>Hi Alessandra,</p>
<p>Good news &#8211; the CO was approved. Here's where we landed on 27/2026:</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:11pt">
<tr style="background:#1f3864;color:#fff"><th>Item</th><th>Amount</th><th>Status</th><th>Date</th><th>Method</th></tr>
<tr><td>SOW &#8211; TV &amp; digital adaptation</td><td>$4,000.00</td><td>Paid</td><td>12/9/2026</td><td>Wire</td></tr>
<tr><td>CO #1 &#8211; radio scripts</td><td>$1,200.00</td><td><b>Paid</b></td><td>1/15/2027</td><td>Tipalti</td></tr>
</table>
<p>The remaining $1,200 went out today through Tipalti, so you should get a notification from them.</p>
<p>Thanks for your patience on this one!<br>Megan</p>
<p style="color:#888;font-size:9pt">Megan Torres | Senior Producer | Brightline Media Group</p>
</div><br>""",
      body="(html only)")

reply(BEC, "client-reply-other",
      "German AP acknowledges receipt of the invoice and gives their document number: 'received, thanks' -> other.",
      frm=("Kreditorenbuchhaltung Becker", "kreditoren@becker-elektro.de"),
      date="2026-11-26 08:14", tz="Europe/Berlin", inv=i_a36, tpl="invoice", mua="outlook", quote="outlook",
      prefix="AW: ", reference="36/2026",
      body="""Dear Ms Rossi,

we acknowledge receipt of your invoice no. 36/2026 dated 24.11.2026.

The invoice has been entered in our system under document number 5100023871. Please state this number in case of queries.

Kind regards
Accounts Payable / Kreditorenbuchhaltung
Becker Elektroanlagen GmbH
Landsberger Str. 302, 80687 München
Amtsgericht München HRB 118 442""")

reply(BEC, "client-reply-promise",
      "Year-end closing, no payments 21.12.-06.01.; 'your invoice will be paid on 08.01.2027' -> promise 2027-01-08 (other dates are not the promise).",
      frm=("Kreditorenbuchhaltung Becker", "kreditoren@becker-elektro.de"),
      date="2026-12-18 13:37", tz="Europe/Berlin", inv=i_a36, tpl="courtesy", sent="2026-12-18 09:00",
      mua="outlook", quote="outlook", prefix="AW: ",
      promised_date="2027-01-08", reference="36/2026",
      body="""Dear Ms Rossi,

thank you for your reminder.

Due to our year-end closing, no payments will be executed between 21.12.2026 and 06.01.2027. Your invoice no. 36/2026 (document no. 5100023871) will be paid on 08.01.2027.

We wish you a Merry Christmas and a Happy New Year.

Kind regards
Accounts Payable / Kreditorenbuchhaltung
Becker Elektroanlagen GmbH""")


# =====================================================================================================
#  LUCÍA MARTÍN — illustrator & photographer, Madrid (EUR/USD, invoices YYYY-0NN); English-speaking clients
# =====================================================================================================
TID = "Tidewater Creative LLC"
SURF = "Atlantic Surf Lodge (Corralejo)"
CAL = "Calloway Wine Merchants"

i_l44 = Inv(LUCIA, "2026-044", "3200.00", "2026-10-22", "2026-11-21", TID, cur="$", desc="Illustrations, fall campaign")
i_l47 = Inv(LUCIA, "2026-047", "3200.00", "2026-11-02", "2026-12-02", TID, cur="$", desc="Illustrations, fall campaign")
i_l49 = Inv(LUCIA, "2026-049", "1600.00", "2026-12-10", "2027-01-09", TID, cur="$", desc="Holiday spot illustrations")
i_l51 = Inv(LUCIA, "2026-051", "780.00", "2026-10-28", "2026-11-27", SURF, desc="Website illustrations")
i_l55 = Inv(LUCIA, "2026-055", "1240.00", "2026-12-01", "2026-12-31", SURF, desc="Room and terrace photography")
i_l58 = Inv(LUCIA, "2026-058", "1650.00", "2026-10-26", "2026-11-25", CAL, desc="Label illustrations, 3 wines")

reply(TID, "client-reply-paid",
      "US agency: 'Wire went out yesterday for $3,200' for invoice 44 -> paid; reference normalised to 2026-044.",
      frm=("Brooke Halvorsen", "brooke@tidewatercreative.com"),
      date="2026-11-19 11:25", tz="America/Chicago", inv=i_l44, tpl="courtesy", sent="2026-11-18 09:00",
      mua="gmail", quote="gmail", locale="us",
      amount="3200.00", currency="USD", reference="2026-044",
      body="""Hey Lucía!

Wire went out yesterday for $3,200 (invoice 44). We set it to OUR so the fees are on us, but let me know if anything gets skimmed off on the Spanish side and we'll true it up.

The illustrations are killing it on the client's socials btw 🔥

Brooke

--
Brooke Halvorsen
Studio Manager | Tidewater Creative
Austin, TX""")

reply(TID, "client-reply-dispute",
      "Charged twice: 2026-047 is for the same deliverable as 2026-044, which was already paid -> dispute (already billed).",
      frm=("Brooke Halvorsen", "brooke@tidewatercreative.com"),
      date="2026-12-03 09:40", tz="America/Chicago", inv=i_l47, tpl="due", sent="2026-12-03 09:00",
      mua="gmail", quote="gmail", locale="us", reference="2026-047",
      body="""Hi Lucía,

I think there's a mistake here - 2026-047 looks like the same job as 2026-044 (fall campaign illustrations, same amount, same line items), and we wired that one on 11/18. Pretty sure it's a duplicate?

If it's actually for something else let me know what, but as it stands I can't push it through.

Brooke""")

reply(TID, "client-reply-promise",
      "'This will go out with next week's payment run' -> promise with no date.",
      frm=("Brooke Halvorsen", "brooke@tidewatercreative.com"),
      date="2027-01-07 16:02", tz="America/Chicago", inv=i_l49, tpl="courtesy", sent="2027-01-07 09:00",
      mua="iphone", quote="apple", fmt="plain",
      body="""Hi! Approved on our end, it'll go out with next week's payment run. Happy new year!!

Brooke

Sent from my iPhone""")

reply(SURF, "client-reply-paid",
      "British expat in Fuerteventura: 'Done! Sent the transfer from the Caixa account this morning' -> paid.",
      frm=("Gemma Hollis", "gemma@atlanticsurflodge.com"),
      date="2026-11-30 12:18", tz="Atlantic/Canary", inv=i_l51, tpl="due", sent="2026-11-30 08:00",
      mua="iphone", quote="apple", fmt="plain",
      body="""Done! Sent the transfer from the Caixa account this morning, sorry it took a while – low season cash flow 😅

Gem x

Atlantic Surf Lodge · Corralejo
Sent from my iPhone""")

reply(SURF, "client-reply-dispute",
      "Will pay only after a reshoot: half the sea-view photos were taken at low tide -> dispute (work not as agreed).",
      frm=("Gemma Hollis", "gemma@atlanticsurflodge.com"),
      date="2026-12-20 19:55", tz="Atlantic/Canary", inv=i_l55, tpl="courtesy", sent="2026-12-20 08:00",
      mua="gmail", quote="gmail",
      body="""Hi Lucía,

I've been meaning to write about this. I love the terrace ones, but half of the sea-view room photos were taken at low tide, so instead of the lagoon you get a big stretch of rocks and seaweed. We specifically said high tide in the brief - it's the whole point of those rooms - and we can't put them on Booking like that.

Honestly I don't think I should pay for those until they're reshot. Can you come back in January? The tide tables are on the harbour website.

Gemma""")

reply(SURF, "client-reply-promise",
      "After the reshoot: 'I'll pay it on Friday when the weekly guests check out' written Mon 11 Jan -> Fri 15 Jan.",
      frm=("Gemma Hollis", "gemma@atlanticsurflodge.com"),
      date="2027-01-11 10:31", tz="Atlantic/Canary", inv=i_l55, tpl="reminder", sent="2027-01-11 08:00",
      mua="gmail", quote="gmail",
      promised_date="2027-01-15",
      body="""Hi Lucía,

The new ones are stunning, thank you so much for coming back - that shot of room 4 with the kites is going straight on the homepage.

I'll pay it on Friday when the weekly guests check out and the card payments clear.

Gemma""")

reply(CAL, "client-reply-promise",
      "UK wine merchant: 'it'll go in the payment run on the 25th' written 17 Nov -> 25 Nov.",
      frm=("Hugo Calloway", "hugo@callowaywines.co.uk"),
      date="2026-11-17 12:44", tz="Europe/London", inv=i_l58, tpl="courtesy", sent="2026-11-17 09:00",
      mua="outlook", quote="outlook",
      promised_date="2026-11-25",
      body="""Dear Lucía,

Thank you - and thank you again for the labels, the Garnacha in particular has been a hit in the shop.

Our bookkeeper only pays foreign suppliers once a month; it'll go in the payment run on the 25th.

Best wishes,
Hugo

Hugo Calloway
Calloway Wine Merchants
14 Market Place, Frome BA11 1AE""")

machine(CAL, "auto-reply",
        "Outlook auto-reply without RFC 3834 headers; 'returning after the bank holiday' names no day -> no return_date.",
        frm=("Hugo Calloway", "hugo@callowaywines.co.uk"), to=addr(LUCIA.name, LUCIA.mail),
        subject="Automatic reply: Invoice 2026-062 – Label illustrations, Christmas edition", date="2026-12-23 15:00",
        tz="Europe/London",
        part=text("""Thank you for your email. The shop is open until 4pm on Christmas Eve and then closed until after the bank holiday - I'll be back at my desk after that and will reply as soon as I can.

For orders and collections please call the shop on 01373 462 200.

Hugo Calloway
Calloway Wine Merchants""", cte="7bit"))


# =====================================================================================================
#  JORDAN REYES — motion designer, Brooklyn (USD, invoices JR-NNNN)
# =====================================================================================================
MER = "Meridian Brand Partners"
CKF = "Copper Kettle Films"
LCF = "Lakeside Community Foundation"

i_j1042 = Inv(JORDAN, "JR-1042", "6500.00", "2026-11-09", "2026-12-09", MER, desc="Brand animation package")
i_j1044 = Inv(JORDAN, "JR-1044", "2850.00", "2026-11-11", "2026-12-11", CKF, desc="Title sequence, 'Dry County'")
i_j1046 = Inv(JORDAN, "JR-1046", "1700.00", "2026-11-06", "2026-12-06", LCF, desc="Annual appeal video graphics")
i_j1047 = Inv(JORDAN, "JR-1047", "3800.00", "2026-12-28", "2027-01-27", MER, desc="Storyboards and animatic, rounds 1-2")
i_j1050 = Inv(JORDAN, "JR-1050", "4100.00", "2026-12-20", "2027-01-19", CKF, desc="Graphics package and ProRes masters")
i_j1053 = Inv(JORDAN, "JR-1053", "2040.00", "2027-01-25", "2027-02-24", LCF, desc="Donor report animation (24 h)")

reply(MER, "client-reply-other",
      "US AP: vendor set-up needs a W-9 before anything can be paid; no promise, no claim.",
      frm=("Meridian AP", "payables@meridianbp.com"),
      date="2026-11-12 14:22", tz="America/New_York", inv=i_j1042, tpl="invoice", mua="outlook-us", quote="outlook",
      locale="us",
      body="""Hi Jordan,

Thanks for submitting your invoice. Before we can enter it for payment we need a completed W-9 on file for Jordan Reyes Motion LLC - please send it to this address (not to the producer).

Once you're set up, invoices are paid on net 30 terms from the date we receive them via ACH through Bill.com. You'll get an invite to create a Bill.com account to receive payments.

Thank you,
Accounts Payable
Meridian Brand Partners | 11 W 25th St, New York, NY""")

reply(MER, "client-reply-promise",
      "US AP: 'net 30 from receipt ... scheduled for the 1/8 ACH run' -> 2027-01-08 (US month/day).",
      frm=("Meridian AP", "payables@meridianbp.com"),
      date="2026-12-18 11:05", tz="America/New_York", inv=i_j1042, tpl="due", sent="2026-12-17 09:00",
      mua="outlook-us", quote="outlook", locale="us",
      promised_date="2027-01-08", reference="JR-1042",
      body="""Hi Jordan,

Just to clarify, our terms are net 30 from the date we receive a complete invoice in our AP cycle. Your W-9 came in on 12/1, so JR-1042 wasn't approved until then.

It's now approved and scheduled for the 1/8 ACH run via Bill.com.

Thank you,
Accounts Payable
Meridian Brand Partners""")

machine(MER, "auto-reply",
        "Out-of-office with X-Autoreply: 'I'll be back on the 4th' written 23 Dec -> 2027-01-04.",
        frm=("Carla Jimenez", "cjimenez@meridianbp.com"), to=addr(JORDAN.name, JORDAN.mail),
        subject="Out of Office: Re: JR-1042 - ACH details", date="2026-12-23 09:30", tz="America/New_York",
        extra_headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
        part=text("""Hi there! I'm out of the office for the holidays with limited access to email. I'll be back on the 4th.

For anything urgent regarding vendor payments, please email payables@meridianbp.com.

Happy holidays!
Carla""", cte="7bit"),
        return_date="2027-01-04")

reply(MER, "client-reply-paid",
      "'This went out in Friday's ACH batch' -> paid.",
      frm=("Carla Jimenez", "cjimenez@meridianbp.com"),
      date="2027-01-11 10:14", tz="America/New_York", inv=i_j1042, tpl="promise_followup",
      extra={"promise_date": "January 8, 2027"}, sent="2027-01-11 08:00", mua="outlook-us", quote="outlook",
      locale="us",
      body="""Hi Jordan,

This went out in Friday's ACH batch - you should have gotten a Bill.com notification. ACH usually takes 1-2 business days to land, so you should see it today or tomorrow.

Best,
Carla Jimenez
AP Specialist | Meridian Brand Partners""")

reply(MER, "client-reply-dispute",
      "Agency wants $1,200 knocked off because their client rejected round 2; 'we can pay $2,600' -> dispute, amount accepted 2600.",
      frm=("Nate Goldberg", "nate@meridianbp.com"),
      date="2027-01-27 18:40", tz="America/New_York", inv=i_j1047, tpl="due", sent="2027-01-27 09:00",
      mua="gmail", quote="gmail", locale="us",
      amount="2600.00", currency="USD", reference="JR-1047", cte="base64",
      body="""Jordan -

Circling back on JR-1047. The client killed round 2 of the storyboards entirely and we're not able to bill them for it, so I need you to knock off the $1,200 for round 2. We can pay $2,600 for round 1 and the animatic.

I know you did the work and I hate asking, but that's where we are. Next project is a big one and I want you on it.

Nate Goldberg
Creative Director, Meridian""")

reply(CKF, "client-reply-paid",
      "US producer: 'Check is in the mail! Went out Monday' -> paid (payment sent by check).",
      frm=("Dana Whitfield", "dana@copperkettlefilms.com"),
      date="2026-12-09 13:05", tz="America/Los_Angeles", inv=i_j1044, tpl="courtesy", sent="2026-12-08 09:00",
      mua="gmail", quote="gmail", locale="us",
      body="""Ha, the check is literally in the mail! Our accountant sent it out Monday to the Brooklyn address. Let me know when it lands.

The titles looked AMAZING at the cast screening btw.

Dana
--
Dana Whitfield | Producer
Copper Kettle Films | Los Angeles""")

reply(CKF, "client-reply-dispute",
      "Deliverables (ProRes masters) not received; AP won't release until the project is closed out -> dispute (work not delivered).",
      frm=("Dana Whitfield", "dana@copperkettlefilms.com"),
      date="2027-01-22 12:30", tz="America/Los_Angeles", inv=i_j1050, tpl="reminder", sent="2027-01-22 09:00",
      mua="gmail", quote="gmail", locale="us",
      body="""Hi Jordan,

Before accounting can release this we need the final ProRes 4444 masters with alpha - what we got on the drive was H.264 review files only, and the distributor QC is on the 29th. Per the deal memo payment is on delivery of masters.

Can you upload them to the Frame.io folder? Once post signs off I'll get AP to cut the check.

Dana""")

reply(CKF, "client-reply-promise",
      "'AP does checks on the 1st and 15th, you're on the 15th run' written 3 Feb -> 15 Feb.",
      frm=("Dana Whitfield", "dana@copperkettlefilms.com"),
      date="2027-02-03 10:20", tz="America/Los_Angeles", inv=i_j1050, tpl="reminder", sent="2027-02-03 09:00",
      mua="gmail", quote="gmail", locale="us",
      promised_date="2027-02-15",
      body="""Got the masters, QC passed, thank you!!

AP does checks on the 1st and 15th and you just missed the 1st, so you're on the 15th run. I'll make sure.

D""")

reply(LCF, "client-reply-other",
      "Nonprofit: 'Thanks Jordan, I've passed this to finance' -> other.",
      frm=("Theresa Nwosu", "tnwosu@lakesidecf.org"),
      date="2026-11-10 09:12", tz="America/Chicago", inv=i_j1046, tpl="invoice", mua="outlook-us", quote="outlook",
      locale="us",
      body="""Thanks Jordan, I've passed this to our finance office. The appeal video launched today and the response has been wonderful.

Theresa

Theresa Nwosu
Director of Development
Lakeside Community Foundation
A 501(c)(3) nonprofit organization""")

reply(LCF, "client-reply-promise",
      "Board meets Jan 12; 'we'll mail your check on January 13' -> promise 2027-01-13.",
      frm=("Theresa Nwosu", "tnwosu@lakesidecf.org"),
      date="2026-12-28 14:40", tz="America/Chicago", inv=i_j1046, tpl="reminder", sent="2026-12-28 09:00",
      mua="outlook-us", quote="outlook", locale="us",
      promised_date="2027-01-13",
      body="""Hi Jordan,

I'm so sorry. Our finance committee only approves expenditures over $1,500 at the board meeting, and the December meeting was cancelled because of the storm. The board meets on January 12 and we'll mail your check on January 13.

I really appreciate your patience, and I've asked that we change the threshold for vendors like you.

Theresa""")

reply(LCF, "client-reply-paid",
      "'Check #10482 was mailed yesterday' -> paid.",
      frm=("Theresa Nwosu", "tnwosu@lakesidecf.org"),
      date="2027-01-14 11:03", tz="America/Chicago", inv=i_j1046, tpl="reminder", sent="2026-12-28 09:00",
      mua="outlook-us", quote="none", locale="us", subject="RE: Reminder: invoice JR-1046",
      body="""Hi Jordan - good news, the board approved it and check #10482 for $1,700 was mailed yesterday. Thank you again!

Theresa""", amount="1700.00", currency="USD")

reply(LCF, "client-reply-dispute",
      "Nonprofit says the agreed rate was $65/h, not $85/h -> dispute (wrong amount).",
      frm=("Theresa Nwosu", "tnwosu@lakesidecf.org"),
      date="2027-02-11 16:15", tz="America/Chicago", inv=i_j1053, tpl="invoice", mua="outlook-us", quote="outlook",
      locale="us", prefix="RE: ", amount="1560.00", currency="USD",
      body="""Hi Jordan,

Our finance manager flagged JR-1053. It's billed at $85/hour, but when we spoke in December you offered us the nonprofit rate of $65/hour, which is what I budgeted for (24 hours = $1,560). Could you reissue it at that rate?

Thanks so much,
Theresa""", reference="JR-1053")


# =====================================================================================================
#  MACHINE MAIL — payment notifications, other notices, bounces
# =====================================================================================================
def alt(plain, html_inner, title="", brand="#111"):
    return multi("alternative", [text(plain), text(html_mail(html_inner, title, brand=brand), "html")])


# --- Wise: USD received (Alessandra)
machine("Wise", "payment-notification",
        "Wise incoming USD from the US agency: money in -> payment notification; amount in USD.",
        frm=("Wise", "noreply@wise.com"), to=ALESSANDRA.mail, subject="You've received 4,000.00 USD",
        date="2026-12-09 16:12", tz="UTC", amount="4000.00", currency="USD", reference="27/2026",
        part=alt("""Hi Alessandra,

You've received 4,000.00 USD from BRIGHTLINE MEDIA GROUP LLC.

It's now in your USD balance.

Reference: INV 27-2026 SOW
Received: 9 December 2026

See the details in your account: https://wise.com/activity

Thanks,
The Wise Team

Wise Europe SA, Rue du Trône 100, 1050 Brussels. Authorised by the National Bank of Belgium as an electronic money institution.""",
                 "<h1 style=\"font-size:26px\">You've received 4,000.00 USD</h1><p>Hi Alessandra,</p>"
                 "<p><b>BRIGHTLINE MEDIA GROUP LLC</b> sent you 4,000.00 USD. It's now in your USD balance.</p>"
                 + kv_table([("Reference", "INV 27-2026 SOW"), ("Received", "9 December 2026"), ("Amount", "4,000.00 USD")])
                 + "<p><a href=\"https://wise.com/activity\" style=\"background:#9fe870;padding:10px 18px;border-radius:20px;color:#163300;text-decoration:none\">See details</a></p>",
                 "Wise", brand="#9fe870"))

# --- Revolut Business: EUR received (Tom)
machine("Revolut Business", "payment-notification",
        "Revolut Business incoming transfer from the client's name.",
        frm=("Revolut Business", "no-reply@revolut.com"), to=TOM.mail, subject="Payment received: €450.00 from AOIFE KELLY",
        date="2026-12-09 14:03", tz="UTC", amount="450.00", reference="INV-2026-129",
        part=alt("""Tom Byrne Design

You've received a payment

€450.00 from AOIFE KELLY
Reference: INV-2026-129
Account: EUR Main
Date: 9 Dec 2026, 14:03

View transaction: https://business.revolut.com/transactions

Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania.""",
                 "<p style=\"color:#666\">Tom Byrne Design</p><h2>You've received a payment</h2>"
                 + kv_table([("From", "AOIFE KELLY"), ("Amount", "€450.00"), ("Reference", "INV-2026-129"),
                             ("Account", "EUR Main"), ("Date", "9 Dec 2026, 14:03")]), "Revolut Business", brand="#0666eb"))

# --- Starling: GBP received (Hannah)
machine("Starling Bank", "payment-notification",
        "Starling incoming Faster Payment, £240 from the shop.",
        frm=("Starling Bank", "notifications@starlingbank.com"), to=HANNAH.mail,
        subject="You've received £240.00", date="2026-11-21 08:16", tz="Europe/London", amount="240.00", currency="GBP",
        reference="HC-1043",
        part=text("""Hi Hannah,

PEBBLE & MOSS LTD sent you £240.00 by Faster Payment.

Reference: HC1043 JADE
Account: Hannah Clarke (Personal) ****4417
Date: 21/11/2026 08:15

Your balance has been updated. Open the Starling app to see more details.

Starling Bank Limited is registered in England and Wales (No. 09092149), 5th Floor, London Fruit & Wool Exchange, 1 Duval Square, London E1 6PW. Authorised by the Prudential Regulation Authority.""",
                  cte="quoted-printable"))

# --- Monzo Business (Hannah)
machine("Monzo", "payment-notification",
        "Monzo Business 'You've been paid' from the solicitors' office account.",
        frm=("Monzo", "no-reply@monzo.com"), to=HANNAH.mail, subject="💸 You've been paid £1,800.00",
        date="2027-01-14 15:41", tz="Europe/London", amount="1800.00", currency="GBP",
        part=alt("""You've been paid £1,800.00

From: HARTLEY AND FINCH LLP
Reference: HARTLEY 2291/CLARKE
To: Clarke Words (Monzo Business)
When: 14 January 2027 at 15:41

Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG.""",
                 "<h2>💸 You've been paid £1,800.00</h2>"
                 + kv_table([("From", "HARTLEY AND FINCH LLP"), ("Reference", "HARTLEY 2291/CLARKE"),
                             ("To", "Clarke Words (Monzo Business)"), ("When", "14 January 2027 at 15:41")]),
                 "Monzo", brand="#ff4f40"))

# --- Barclays (Hannah)
machine("Barclays", "payment-notification",
        "Barclays Business incoming-payment alert (BACS credit from NHS SBS), amount shown; account masked.",
        frm=("Barclays", "alerts@email.barclays.co.uk"), to=HANNAH.mail,
        subject="A payment has been credited to your account", date="2026-12-11 06:02", tz="Europe/London",
        amount="3120.00", currency="GBP",
        part=text("""Barclays Business Banking

Dear Ms Clarke,

This is to let you know that a payment has been credited to your account ending 5678.

Payment from: NHS SBS PVFT
Amount: £3,120.00
Reference: 0004471983
Date: 11/12/2026

You can view your account in the Barclays app or Online Banking.

We'll never ask you to move money to a 'safe account' or for your full PIN or passcode by email. If you're unsure whether an email is from us, forward it to internetsecurity@barclays.co.uk.

Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Financial Services Register No. 759676). Registered in England. Registered No. 9740322.""",
                  cte="7bit"))

# --- AIB (Tom)
machine("AIB", "payment-notification",
        "AIB business alert: credit received on the account.",
        frm=("AIB Alerts", "alerts@aib.ie"), to=TOM.mail, subject="AIB Alert: Credit received on account ending 3456",
        date="2026-12-04 11:30", tz="Europe/Dublin", amount="1230.00", reference="INV-2026-119",
        part=text("""AIB Business Alerts

A credit of EUR 1,230.00 has been received on your account ending 3456 (TOM BYRNE DESIGN) on 04/12/2026.

Remitter: HARBOUR TECH SOLUTI
Narrative: PR-2026-48 INV2026119

This is an automated alert. Please do not reply to this email. To manage your alerts log in to iBusiness Banking.

Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland. Registered Office: 10 Molesworth Street, Dublin 2. Registered in Ireland: No. 24173.""",
                  cte="7bit"))

# --- Bank of Ireland (Tom)
machine("Bank of Ireland", "payment-notification",
        "Bank of Ireland Business On Line incoming payment notification (accountant's client account paying).",
        frm=("Bank of Ireland", "boi.notifications@boi.com"), to=TOM.mail,
        subject="Business On Line: Incoming payment notification", date="2027-01-09 07:15", tz="Europe/Dublin",
        amount="615.00", reference="INV-2026-133",
        part=alt("""Business On Line - Incoming payment notification

An incoming SEPA Credit Transfer has been received.

Beneficiary account: TOM BYRNE DESIGN ~4471
Ordering party: HAYES & CO CLIENT AC
Amount: EUR 615.00
Remittance information: KSK INV-2026-133
Value date: 08/01/2027

Bank of Ireland is regulated by the Central Bank of Ireland.""",
                 "<h3>Business On Line &ndash; Incoming payment notification</h3><p>An incoming SEPA Credit Transfer has been received.</p>"
                 + kv_table([("Beneficiary account", "TOM BYRNE DESIGN ~4471"), ("Ordering party", "HAYES & CO CLIENT AC"),
                             ("Amount", "EUR 615.00"), ("Remittance information", "KSK INV-2026-133"),
                             ("Value date", "08/01/2027")]), "Bank of Ireland", brand="#0000a0"))

# --- Stripe: invoice paid (Hannah)
machine("Stripe", "payment-notification",
        "Stripe 'Payment received' for an invoice paid by card.",
        frm=("Stripe", "notifications@stripe.com"), to=HANNAH.mail,
        subject="Payment of £480.00 from Rachel Ainsworth for invoice HC-1051", date="2027-01-14 19:22", tz="Europe/London",
        amount="480.00", currency="GBP", reference="HC-1051",
        part=alt("""Clarke Words

Payment received

Rachel Ainsworth (rachel@northbeamyoga.co.uk) paid £480.00 for invoice HC-1051.

Amount: £480.00
Payment method: Visa •••• 4242
Date: 14 Jan 2027

The funds will be included in your next payout.

View payment in the Dashboard: https://dashboard.stripe.com/payments

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""",
                 "<p style=\"color:#635bff\"><b>Clarke Words</b></p><h2>Payment received</h2><p>Rachel Ainsworth paid "
                 "<b>£480.00</b> for invoice HC-1051.</p>" + kv_table([("Amount", "£480.00"), ("Payment method", "Visa •••• 4242"),
                                                                       ("Date", "14 Jan 2027")]), "Stripe", brand="#635bff"))

# --- PayPal (Jordan)
machine("PayPal", "payment-notification",
        "PayPal 'You've got money' from a small US client.",
        frm=("service@paypal.com", "service@paypal.com"), to=JORDAN.mail, subject="You've got money",
        date="2026-12-16 21:04", tz="America/Los_Angeles", amount="850.00", currency="USD",
        part=alt("""Hello, Jordan Reyes Motion LLC

Hollow Oak Brewing Co. sent you $850.00 USD

Note from Hollow Oak Brewing Co.:
"Tap list animation - thanks man! Invoice JR-1048"

Transaction ID: 7HK21844BD6690412
Transaction date: December 16, 2026

It may take a few moments for this transaction to appear in your account.

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.

Copyright © 1999-2026 PayPal, Inc. All rights reserved.""",
                 "<p>Hello, Jordan Reyes Motion LLC</p><h2>Hollow Oak Brewing Co. sent you $850.00 USD</h2>"
                 "<p><i>&quot;Tap list animation - thanks man! Invoice JR-1048&quot;</i></p>"
                 + kv_table([("Transaction ID", "7HK21844BD6690412"), ("Transaction date", "December 16, 2026")]),
                 "PayPal", brand="#003087"), reference="JR-1048")

# --- Xero remittance (Tom)
machine("Xero", "payment-notification",
        "Remittance advice sent through Xero by the client's accounts: payer says the invoice was paid -> payment notification (AP platform).",
        frm=("Harbour Tech Solutions Ltd", "messaging-service@post.xero.com"), to=TOM.mail,
        reply_to="accounts@harbourtech.ie",
        subject="Remittance advice from Harbour Tech Solutions Ltd", date="2027-02-15 10:02", tz="UTC",
        amount="1230.00", reference="INV-2026-127",
        part=alt("""Hi Tom Byrne Design,

Here's your remittance advice for payment of EUR 1,230.00 made on 15 Feb 2027.

Invoice Number    Date           Amount Paid
INV-2026-127      1 Dec 2026     1,230.00
                  Total EUR      1,230.00

If you have any questions, please let us know.

Thanks,
Harbour Tech Solutions Ltd

Sent with Xero""",
                 "<p>Hi Tom Byrne Design,</p><p>Here's your remittance advice for payment of <b>EUR 1,230.00</b> made on 15 Feb 2027.</p>"
                 "<table cellpadding=\"6\" style=\"border-collapse:collapse;width:100%\"><tr style=\"border-bottom:2px solid #ccc\"><th align=left>Invoice Number</th><th align=left>Date</th><th align=right>Amount Paid</th></tr>"
                 "<tr><td>INV-2026-127</td><td>1 Dec 2026</td><td align=right>1,230.00</td></tr><tr><td></td><td><b>Total EUR</b></td><td align=right><b>1,230.00</b></td></tr></table>"
                 "<p>Thanks,<br>Harbour Tech Solutions Ltd</p><p style=\"color:#999;font-size:12px\">Sent with Xero</p>",
                 "Remittance advice", brand="#13b5ea"))

# --- QuickBooks Payments (Jordan)
machine("QuickBooks", "payment-notification",
        "QuickBooks Payments: a customer paid an invoice online.",
        frm=("QuickBooks", "quickbooks@notification.intuit.com"), to=JORDAN.mail,
        subject="Payment received: Invoice JR-1051 from Marisol Vega Photography", date="2027-01-29 16:48",
        tz="America/New_York", amount="1150.00", currency="USD", reference="JR-1051",
        part=alt("""Good news! You got paid.

Marisol Vega Photography paid invoice JR-1051.

Payment amount: $1,150.00
Payment method: ACH bank transfer
Payment date: 01/29/2027
Expected deposit: 01/31/2027

The payment has been recorded in QuickBooks and the invoice is marked as paid.

Intuit Inc. | 2700 Coast Avenue, Mountain View, CA 94043""",
                 "<h2>Good news! You got paid.</h2><p>Marisol Vega Photography paid invoice JR-1051.</p>"
                 + kv_table([("Payment amount", "$1,150.00"), ("Payment method", "ACH bank transfer"),
                             ("Payment date", "01/29/2027"), ("Expected deposit", "01/31/2027")]),
                 "QuickBooks", brand="#2ca01c"))

# --- Bill.com (Jordan)
machine("Bill.com", "payment-notification",
        "Bill.com ePayment notice: the agency sent an ACH payment.",
        frm=("Meridian Brand Partners via BILL", "no-reply@hq.bill.com"), to=JORDAN.mail,
        subject="Meridian Brand Partners sent you a payment of $6,500.00", date="2027-01-08 12:30", tz="America/Los_Angeles",
        amount="6500.00", currency="USD", reference="JR-1042",
        part=alt("""Meridian Brand Partners has sent you a payment.

Amount: $6,500.00
Payment method: ePayment (ACH)
Process date: 01/08/2027
Estimated arrival: 01/12/2027
Deposit to: Bank account ending in 1045

Invoice #     Invoice date    Amount
JR-1042       11/09/2026      $6,500.00

Questions about this payment? Contact Meridian Brand Partners at payables@meridianbp.com.

BILL | 6220 America Center Drive, San Jose, CA 95002""",
                 "<h2>Meridian Brand Partners has sent you a payment.</h2>"
                 + kv_table([("Amount", "$6,500.00"), ("Payment method", "ePayment (ACH)"), ("Process date", "01/08/2027"),
                             ("Estimated arrival", "01/12/2027"), ("Invoice", "JR-1042")]), "BILL", brand="#ff5a1f"))

# --- Tipalti (Alessandra)
machine("Tipalti", "payment-notification",
        "Tipalti payment notice on behalf of the US agency (payer platform) -> payment notification.",
        frm=("Brightline Media Group via Tipalti", "payments@tipalti.com"), to=ALESSANDRA.mail,
        subject="Payment notification from Brightline Media Group", date="2027-01-15 20:11", tz="UTC",
        amount="1200.00", currency="USD", reference="27/2026",
        part=alt("""Dear Alessandra Rossi,

Brightline Media Group has submitted a payment to you.

Payment amount: 1,200.00 USD
Payment method: Wire transfer
Payment ID: BMG-27-2026-CO1
Submission date: January 15, 2027

Invoices included in this payment:
27/2026 (CO #1) - 1,200.00 USD

Please allow 3-5 business days for the funds to arrive. For questions about this payment, contact ap@brightlinemg.com.

This email was sent by Tipalti on behalf of Brightline Media Group.""",
                 "<p>Dear Alessandra Rossi,</p><p><b>Brightline Media Group</b> has submitted a payment to you.</p>"
                 + kv_table([("Payment amount", "1,200.00 USD"), ("Payment method", "Wire transfer"), ("Payment ID", "BMG-27-2026-CO1"),
                             ("Submission date", "January 15, 2027"), ("Invoice", "27/2026 (CO #1)")]), "Tipalti", brand="#2b3a67"))

# --- Coupa (Alessandra)
machine("Coupa", "payment-notification",
        "Coupa Pay remittance from the German client: invoice minus credit note, paid total stated.",
        frm=("Müller Präzisionstechnik GmbH via Coupa", "do_not_reply@mueller-praezision.coupahost.com"),
        to=ALESSANDRA.mail, subject="Remittance Advice - Payment 2000318842 - Müller Präzisionstechnik GmbH",
        date="2027-02-05 06:40", tz="Europe/Berlin", amount="2812.00", reference="12/2026",
        part=alt("""Remittance Advice

Payer: Müller Präzisionstechnik GmbH
Supplier: Alessandra Rossi
Payment number: 2000318842
Payment date: 05.02.2027
Payment method: SEPA Credit Transfer

Document      Date          Gross amount   Discount   Paid
12/2026       19.11.2026    3,404.00       0.00       3,404.00
NC 1/2027     04.01.2027    -592.00        0.00       -592.00

Total paid: EUR 2,812.00

This is an automatically generated message from Coupa. Please do not reply.""",
                 "<h2>Remittance Advice</h2>" + kv_table([("Payer", "Müller Präzisionstechnik GmbH"), ("Payment number", "2000318842"),
                                                        ("Payment date", "05.02.2027"), ("12/2026", "3,404.00"),
                                                        ("NC 1/2027", "-592.00"), ("Total paid", "EUR 2,812.00")]),
                 "Coupa", brand="#0b5cab"))

# ------------------------------------------------------------------------------------------- other
machine("Xero", "other",
        "Xero 'invoice viewed' notice: the client opened the invoice; no payment.",
        frm=("Xero", "messaging-service@post.xero.com"), to=TOM.mail,
        subject="Harbour Tech Solutions Ltd has viewed invoice INV-2026-127", date="2026-12-02 09:44", tz="UTC",
        part=alt("""Hi Tom,

Harbour Tech Solutions Ltd viewed invoice INV-2026-127 for EUR 1,230.00 on 2 Dec 2026 at 9:44am.

Due date: 15 Dec 2026
Amount due: EUR 1,230.00

View invoice in Xero: https://go.xero.com/AccountsReceivable/View.aspx

Xero""",
                 "<p>Hi Tom,</p><p><b>Harbour Tech Solutions Ltd</b> viewed invoice <b>INV-2026-127</b> for EUR 1,230.00 on 2 Dec 2026 at 9:44am.</p>"
                 + kv_table([("Due date", "15 Dec 2026"), ("Amount due", "EUR 1,230.00")]), "Xero", brand="#13b5ea"))

machine("Xero", "other",
        "Xero copy of an invoice the freelancer sent ('invoice sent'): the owner's own outgoing invoice, not a payment.",
        frm=("Tom Byrne Design", "messaging-service@post.xero.com"), to=TOM.mail,
        subject="Invoice INV-2027-006 from Tom Byrne Design for Harbour Tech Solutions Ltd (copy)", date="2027-01-04 08:30",
        tz="UTC",
        part=alt("""This is a copy of the invoice sent to Harbour Tech Solutions Ltd (accounts@harbourtech.ie).

Hi Ronan,

Here's invoice INV-2027-006 for EUR 1,230.00.

The amount outstanding of EUR 1,230.00 is due on 18 Jan 2027.

View and pay your bill online: https://in.xero.com/Mq7xR2...

If you have any questions, please let us know.

Thanks,
Tom Byrne Design""",
                 "<p style=\"background:#fff7d6;padding:8px\">This is a copy of the invoice sent to Harbour Tech Solutions Ltd.</p>"
                 "<p>Hi Ronan,</p><p>Here's invoice INV-2027-006 for EUR 1,230.00.</p><p>The amount outstanding of EUR 1,230.00 is due on 18 Jan 2027.</p>"
                 "<p><a href=\"https://in.xero.com/\">View and pay your bill online</a></p><p>Thanks,<br>Tom Byrne Design</p>",
                 "Invoice", brand="#13b5ea"))

machine("Ledgerlink Peppol", "other",
        "Peppol access point delivery report for an e-invoice the freelancer sent: delivered and acknowledged, not a payment.",
        frm=("Ledgerlink e-Invoicing", "notifications@ledgerlink.eu"), to=TOM.mail,
        subject="Delivered: Invoice INV-2026-137 to Lee Valley Institute of Technology via Peppol",
        date="2026-11-28 11:06", tz="UTC",
        part=text("""Your document has been delivered.

Document type:   Invoice (Peppol BIS Billing 3.0)
Document number: INV-2026-137
Sender:          Tom Byrne Design (0088:5391006478213)
Receiver:        Lee Valley Institute of Technology (9935:IE6388047V)
Amount:          EUR 1,845.00
Sent:            28 Nov 2026 11:05 UTC
Status:          DELIVERED - Message Level Response received (AB: Message acknowledgement)

The receiver's access point has confirmed receipt of the document. Processing and payment are the responsibility of the receiver. You will be notified if the receiver sends an Invoice Response (accepted, rejected, paid).

Ledgerlink e-Invoicing Ltd - Certified Peppol Access Point
Manage notifications: https://app.ledgerlink.eu/settings/notifications""", cte="7bit"))

machine("The Freelance Ledger newsletter", "other",
        "Newsletter about late payments; full of words like 'invoice', 'paid', 'overdue' but is not about any invoice.",
        frm=("The Freelance Ledger", "hello@freelanceledger.co.uk"), to=HANNAH.mail,
        subject="Still waiting to be paid? 5 things to do before January", date="2026-12-03 07:00", tz="Europe/London",
        extra_headers=[("List-Unsubscribe", "<https://freelanceledger.co.uk/unsubscribe?u=4f1a>, <mailto:unsubscribe@freelanceledger.co.uk>"),
                       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
        part=alt("""THE FREELANCE LEDGER · Issue 112

Still waiting to be paid? 5 things to do before January

Hi Hannah,

December is the month invoices go to die. Accounts teams close early, approvers go skiing, and your "I'll pay it Friday" client suddenly can't find the PDF. Here's what our readers do:

1. Send invoices before the 10th. Most AP teams do their last payment run the week before Christmas.
2. Ask for the PO number before you start, not after you invoice.
3. Know your rights: in the UK the Late Payment of Commercial Debts Act lets you claim interest and a fixed sum.
4. Put the payment reference on the invoice, big.
5. Don't wait for January to chase. A polite reminder on the due date gets paid 3x faster (our reader survey, 2026).

PLUS: Our member Jess on how she got paid by an NHS trust in 9 days (spoiler: the PO).

Read the full issue: https://freelanceledger.co.uk/112

You're receiving this because you subscribed at freelanceledger.co.uk. Unsubscribe: https://freelanceledger.co.uk/unsubscribe?u=4f1a""",
                 "<h1>Still waiting to be paid?</h1><p>Hi Hannah,</p><p>December is the month invoices go to die. Here's what our readers do:</p>"
                 "<ol><li>Send invoices before the 10th.</li><li>Ask for the PO number before you start.</li><li>Know your rights.</li>"
                 "<li>Put the payment reference on the invoice, big.</li><li>Don't wait for January to chase.</li></ol>"
                 "<p><a href=\"https://freelanceledger.co.uk/112\">Read the full issue</a></p>",
                 "The Freelance Ledger", brand="#1c6b4c"))

machine("Wise", "other",
        "Wise notice of an OUTGOING transfer the freelancer made (to her proofreader): not money in -> other.",
        frm=("Wise", "noreply@wise.com"), to=ALESSANDRA.mail, subject="Your money's on its way to Giulia Conti",
        date="2027-01-19 10:25", tz="UTC",
        part=alt("""Hi Alessandra,

Your transfer of 350.00 EUR to Giulia Conti is on its way.

You sent: 350.00 EUR
Giulia Conti gets: 350.00 EUR
Reference: Revisione 12/2026
Should arrive: by Wednesday, 20 January

Track your transfer: https://wise.com/transactions

Thanks,
The Wise Team""",
                 "<h2>Your money's on its way to Giulia Conti</h2>" + kv_table([("You sent", "350.00 EUR"),
                                                                                ("Giulia Conti gets", "350.00 EUR"),
                                                                                ("Reference", "Revisione 12/2026"),
                                                                                ("Should arrive", "by Wednesday, 20 January")]),
                 "Wise", brand="#9fe870"))

machine("Stripe", "other",
        "Stripe payout of the freelancer's own balance to her bank: not a client payment -> other.",
        frm=("Stripe", "notifications@stripe.com"), to=HANNAH.mail,
        subject="Your payout of £1,254.30 is on its way", date="2027-01-18 03:12", tz="UTC",
        part=alt("""Clarke Words

A payout of £1,254.30 is on its way to your bank account.

Amount: £1,254.30
Bank account: BARCLAYS BANK UK PLC •••• 5678
Estimated arrival: 19 Jan 2027
Payout ID: po_1QzT8xK2a9LmB4cD

View payout: https://dashboard.stripe.com/payouts""",
                 "<p style=\"color:#635bff\"><b>Clarke Words</b></p><h2>Your payout of £1,254.30 is on its way</h2>"
                 + kv_table([("Bank account", "BARCLAYS •••• 5678"), ("Estimated arrival", "19 Jan 2027")]),
                 "Stripe", brand="#635bff"))

# ------------------------------------------------------------------------------------------- bounces
_d = when("2027-02-04 11:02", "Europe/Rome")
bounce("Microsoft Exchange Online (NDR)",
       "Exchange Online NDR 550 5.1.10 RecipientNotFound: permanent.",
       mta_from=("Microsoft Outlook", "postmaster@hoekstraevents.onmicrosoft.com"), to_owner=ALESSANDRA.mail,
       subject="Undeliverable: Reminder: invoice 38/2026", date="2027-02-04 10:02", tz="UTC",
       msgid_dom="AM9PR10MB4211.EURPRD10.PROD.OUTLOOK.COM",
       human="""Your message to m.dejong@hoekstra-events.nl couldn't be delivered.

m.dejong wasn't found at hoekstra-events.nl.

alessandra    Office 365    m.dejong
Action Required                 Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Send the message again following these steps: In Outlook, open this non-delivery report (NDR) and choose Send Again from the Report ribbon.
- Contact the recipient by some other means (by phone, for example) to confirm you're using the right address.

Diagnostic information for administrators:

Generating server: AM9PR10MB4211.EURPRD10.PROD.OUTLOOK.COM

m.dejong@hoekstra-events.nl
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
       status_fields="""Reporting-MTA: dns;AM9PR10MB4211.EURPRD10.PROD.OUTLOOK.COM
Received-From-MTA: dns;mx.example.it
Arrival-Date: Thu, 4 Feb 2027 10:02:11 +0000

Final-Recipient: rfc822;m.dejong@hoekstra-events.nl
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
""",
       orig=orig_headers(ALESSANDRA, "Marloes de Jong", "m.dejong@hoekstra-events.nl", i_a38, _d),
       failed="m.dejong@hoekstra-events.nl", permanent=True)

_d = when("2027-01-26 09:00", "Europe/Madrid")
bounce("Gmail (mailer-daemon)",
       "Gmail DSN 'Address not found' 550 5.1.1 for an old personal address of the client: permanent.",
       mta_from=("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), to_owner=LUCIA.mail,
       subject="Delivery Status Notification (Failure)", date="2027-01-26 09:00", tz="Europe/Madrid",
       msgid_dom="mx.google.com",
       human="""** Address not found **

Your message wasn't delivered to gemma.hollis.surf@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5e1ac0a1b2csi2218811a12.301 - gsmtp
""",
       status_fields="""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; mail-sor-f41.google.com
Arrival-Date: Tue, 26 Jan 2027 00:00:02 -0800 (PST)
X-Original-Message-ID: <mailduns.5f0c1e7a90b2.2026-055@martinestudio.es>

Final-Recipient: rfc822; gemma.hollis.surf@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (2607:f8b0:4023:c03::1b, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp
Last-Attempt-Date: Tue, 26 Jan 2027 00:00:03 -0800 (PST)
""",
       orig=orig_headers(LUCIA, "Gemma Hollis", "gemma.hollis.surf@gmail.com", i_l55, _d),
       failed="gemma.hollis.surf@gmail.com", permanent=True)

_d = when("2027-02-24 09:00", "Europe/Dublin")
bounce("Postfix (byrnedesign.ie MTA)",
       "Postfix 'Delayed Mail (still being retried)', 4.4.1 connection timed out: temporary, permanent = false.",
       mta_from=("Mail Delivery System", "MAILER-DAEMON@mail.byrnedesign.ie"), to_owner=TOM.mail,
       subject="Delayed Mail (still being retried)", date="2027-02-24 13:02", tz="Europe/Dublin",
       msgid_dom="mail.byrnedesign.ie",
       extra_headers=[("Auto-Submitted", "auto-generated")],
       human="""This is the mail system at host mail.byrnedesign.ie.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<mags@murphyshardware.ie>: connect to mx1.murphyshardware.ie[185.52.14.9]:25:
    Connection timed out
""",
       status_fields="""Reporting-MTA: dns; mail.byrnedesign.ie
X-Postfix-Queue-ID: 4Zq8Lm1x3Vz9sTq
X-Postfix-Sender: rfc822; tom@byrnedesign.ie
Arrival-Date: Wed, 24 Feb 2027 09:00:04 +0000 (GMT)

Final-Recipient: rfc822; mags@murphyshardware.ie
Original-Recipient: rfc822;mags@murphyshardware.ie
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.murphyshardware.ie[185.52.14.9]:25:
    Connection timed out
Will-Retry-Until: Mon, 1 Mar 2027 09:00:04 +0000 (GMT)
""",
       orig=orig_headers(TOM, "Mags Murphy", "mags@murphyshardware.ie", i_t27009, _d),
       failed="mags@murphyshardware.ie", permanent=False)

_d = when("2027-02-12 09:00", "Europe/London")
bounce("Mimecast (via Postfix)",
       "Hannah's Postfix returns the message: Mimecast at the solicitors' rejected it (550 anti-spoofing policy) -> permanent.",
       mta_from=("Mail Delivery System", "MAILER-DAEMON@mx.clarkewords.co.uk"), to_owner=HANNAH.mail,
       subject="Undelivered Mail Returned to Sender", date="2027-02-12 09:00", tz="Europe/London",
       msgid_dom="mx.clarkewords.co.uk", extra_headers=[("Auto-Submitted", "auto-replied")],
       human="""This is the mail system at host mx.clarkewords.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@hartleyfinch.co.uk>: host eu-smtp-inbound-1.mimecast.com[91.220.42.231]
    said: 550 Rejected by header based Anti-Spoofing policy:
    hannah@clarkewords.co.uk - https://community.mimecast.com/docs/DOC-1369#550
    [Xk2mQ9pZTfaR0c1aLw_4Bg.uk64] (in reply to end of DATA command)
""",
       status_fields="""Reporting-MTA: dns; mx.clarkewords.co.uk
X-Postfix-Queue-ID: 7B1C2E0A4F
X-Postfix-Sender: rfc822; hannah@clarkewords.co.uk
Arrival-Date: Fri, 12 Feb 2027 09:00:01 +0000 (GMT)

Final-Recipient: rfc822; accounts@hartleyfinch.co.uk
Original-Recipient: rfc822;accounts@hartleyfinch.co.uk
Action: failed
Status: 5.0.0
Remote-MTA: dns; eu-smtp-inbound-1.mimecast.com
Diagnostic-Code: smtp; 550 Rejected by header based Anti-Spoofing policy:
    hannah@clarkewords.co.uk - https://community.mimecast.com/docs/DOC-1369#550
    [Xk2mQ9pZTfaR0c1aLw_4Bg.uk64]
""",
       orig=orig_headers(HANNAH, "Accounts", "accounts@hartleyfinch.co.uk", i_h1049, _d),
       failed="accounts@hartleyfinch.co.uk", permanent=True)

_d = when("2027-02-18 09:00", "America/New_York")
bounce("Microsoft Exchange Online (NDR)",
       "Exchange Online 'Delivery delayed' (4.4.316 connection refused), still retrying -> temporary.",
       mta_from=("Microsoft Outlook", "postmaster@reyesmotion.onmicrosoft.com"), to_owner=JORDAN.mail,
       subject="Delivery delayed:Reminder: invoice JR-1053", date="2027-02-18 15:04", tz="UTC",
       msgid_dom="BN8PR12MB3320.namprd12.prod.outlook.com",
       human="""Delivery is delayed to these recipients or groups:

finance@lakesidecf.org

Subject: Reminder: invoice JR-1053

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 56 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: BN8PR12MB3320.namprd12.prod.outlook.com
Receiving server: mail.lakesidecf.org (203.0.113.58)

finance@lakesidecf.org
Remote Server at mail.lakesidecf.org (203.0.113.58) returned '400 4.4.316 Connection refused [Message=Socket error code 10061] [LastAttemptedServerName=mail.lakesidecf.org] [LastAttemptedIP=203.0.113.58:25]'
2/18/2027 3:04:12 PM - Remote Server at mail.lakesidecf.org (203.0.113.58) returned '451 4.4.395 Target host responded with error. -> 421 4.3.2 Service not available'
""",
       status_fields="""Reporting-MTA: dns;BN8PR12MB3320.namprd12.prod.outlook.com
Received-From-MTA: dns;mx.reyesmotion.com
Arrival-Date: Thu, 18 Feb 2027 14:00:09 +0000

Final-Recipient: rfc822;finance@lakesidecf.org
Action: delayed
Status: 4.4.316
Diagnostic-Code: smtp;400 4.4.316 Connection refused [Message=Socket error code 10061]
Will-Retry-Until: Sat, 20 Feb 2027 14:00:09 +0000
""",
       orig=orig_headers(JORDAN, "Lakeside Finance", "finance@lakesidecf.org", i_j1053, _d),
       failed="finance@lakesidecf.org", permanent=False)


# =====================================================================================================
#  write + check
# =====================================================================================================
def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def main():
    for old in OUT.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    lines = [f"# {PREFIX}: round 6, English voices (UK, Ireland, US, Australia; Dutch, German, Polish, Indian English).",
             "# Generated by make.py. split is chosen by sha1(persona) % 10 < 4 -> firstread4.", ""]
    order = list(MESSAGES)
    random.Random(6).shuffle(order)
    for n, (raw, lab) in enumerate(order, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        (OUT / name).write_bytes(raw)
        lines.append(f"# persona: {lab['persona']}")
        lines.append(f'[files."{name}"]')
        for k, v in lab.items():
            if k == "persona":
                continue
            lines.append(f"{k} = {toml_str(v)}")
        lines.append("")
    (OUT / "labels.toml").write_text("\n".join(lines), encoding="utf-8")
    check()


def check():
    import collections
    import tomllib
    labels = tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))["files"]
    files = sorted(OUT.glob(f"{PREFIX}-*.eml"))
    assert len(files) == len(labels), (len(files), len(labels))
    kinds = collections.Counter()
    splits = collections.Counter()
    for f in files:
        m = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (f.name, h)
        assert m["Date"].datetime is not None, f.name
        d = m["Date"].datetime.date()
        assert dt.date(2026, 11, 1) <= d <= dt.date(2027, 2, 28), (f.name, d)
        str(m["From"]), str(m["Subject"])
        body = m.get_body(preferencelist=("plain", "html"))
        if m.get_content_type() != "multipart/report":
            assert body is not None, f.name
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
            elif not part.is_multipart() and part.get_content_type() not in ("message/rfc822", "message/delivery-status"):
                part.get_content()
        lab = labels[f.name]
        kinds[lab["kind"]] += 1
        splits[(lab["kind"], lab["split"])] += 1
        if lab["kind"] == "bounce":
            assert "failed_recipient" in lab and "permanent" in lab, f.name
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", f.name
            assert dt.date.fromisoformat(lab["promised_date"]) >= d, f.name
        if "return_date" in lab:
            assert lab["kind"] == "auto-reply", f.name
    print(f"{len(files)} messages parsed OK")
    for k, v in sorted(kinds.items()):
        print(f"  {k:24s} {v:3d}   dev {splits[(k, 'dev')]:3d}  firstread4 {splits[(k, 'firstread4')]:3d}")


if __name__ == "__main__":
    main()
