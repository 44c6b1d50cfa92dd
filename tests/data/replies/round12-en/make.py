#!/usr/bin/env python3
"""round12-en: replies from English-writing clients (UK, IE, US, AU, CA and non-native writers)
to invoices and mailduns reminders, plus a little machine mail.

Every body below is hand-written. Only the plumbing (MIME, quoting, the quoted reminders rendered
from the en templates, HTML skeletons) is generated. Run: python3 make.py
Writes r12n-NNNN.eml and labels.toml next to this file, then re-parses every file.
"""
import base64
import email
import email.policy
import hashlib
import json
import os
import quopri
import struct
import zlib
from datetime import date, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r12n"
MESSAGES = []  # (kind, labels dict, raw bytes)

# --------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------
OWNERS = {
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", tz="Europe/Dublin", sym="€",
                pay=dict(name="Tom Byrne", iban="IE64 BOFI 9058 3812 4471 06", bic="BOFIIE2D")),
    "hannah": dict(name="Hannah Whitfield", addr="hannah@whitfieldwords.co.uk", tz="Europe/London",
                   sym="£", pay=dict(name="Hannah Whitfield", iban="GB33 BUKB 2020 1555 5555 55",
                                     bic="BUKBGB22")),
    "rachel": dict(name="Rachel Stein", addr="rachel@steinillustration.com", tz="America/New_York",
                   sym="$", pay=dict(text="ACH or wire to Chase, account name Rachel Stein "
                                          "Illustration LLC, routing 021000021, account ending 4471; "
                                          "or by card through the link on the invoice.")),
    "alessandra": dict(name="Alessandra Rossi", addr="alessandra@example.it", tz="Europe/Rome",
                       sym="€", pay=dict(name="Alessandra Rossi",
                                         iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX")),
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", tz="Europe/Madrid", sym="€",
                  pay=dict(name="Lucía Martín Estudio", iban="ES91 2100 0418 4502 0005 1332",
                           bic="CAIXESBBXXX")),
}


class I:
    """An invoice as the freelancer issued it."""

    def __init__(self, owner, number, amount, issue, due, client=None, kind=None, to=None,
                 salutation=None):
        self.owner, self.number, self.amount = owner, number, amount
        self.issue = date.fromisoformat(issue) if issue else None
        self.due = date.fromisoformat(due)
        self.client, self.kind, self.to, self.salutation = client, kind, to, salutation


def money(owner, amt):
    return f"{OWNERS[owner]['sym']}{amt:,.2f}"


def dfmt(d):
    return f"{d.day} {d.strftime('%B %Y')}"


def dear(inv, formal=False):
    if inv.salutation:
        return inv.salutation
    if inv.kind == "person" and inv.client:
        return f"Dear {inv.client},"
    if formal:
        return "Dear Sir or Madam,"
    if inv.kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def sign_off(inv, formal=False):
    if not formal:
        return "Kind regards,"
    if inv.salutation and "Sir" not in inv.salutation or (inv.kind == "person" and inv.client):
        return "Yours sincerely,"
    return "Yours faithfully,"


def payblock(inv):
    p = OWNERS[inv.owner]["pay"]
    if "text" in p:
        return "Payment details: " + p["text"]
    return "\n".join(["Payment details:", f"- Account name: {p['name']}", f"- IBAN: {p['iban']}",
                      f"- BIC (SWIFT): {p['bic']}", f"- Payment reference: {inv.number}"])


def fees(inv, today, law):
    """The _fees block: law GB / IE / EU."""
    days = (today - inv.due).days
    rate = {"GB": 0.1175, "IE": 0.1015, "EU": 0.1015}[law]
    if law == "GB":
        comp = 40 if inv.amount < 1000 else (70 if inv.amount < 10000 else 100)
    else:
        comp = 40
    interest = round(inv.amount * rate * days / 365, 2)
    pct = f"{rate * 100:.2f}%"
    if law == "GB":
        intro = ("As this is a contract between businesses, the Late Payment of Commercial Debts "
                 f"(Interest) Act 1998 applies: statutory interest runs from the day after the due date "
                 f"at {pct} a year (8% over the Bank of England base rate in force when the debt fell "
                 f"due), and a fixed sum of {money(inv.owner, comp)} is due for the costs of recovering "
                 "the debt (section 5A).")
    elif law == "IE":
        intro = ("As this is a commercial transaction, the European Communities (Late Payment in "
                 "Commercial Transactions) Regulations 2012 apply: late payment interest runs from the "
                 f"day after the due date at {pct} a year (the European Central Bank's main refinancing "
                 f"rate plus 8 percentage points), and {money(inv.owner, comp)} is due as compensation "
                 "for recovery costs (Regulation 9).")
    else:
        intro = ("As this is a commercial transaction, the legislation implementing EU Directive "
                 "2011/7/EU on combating late payment applies: statutory interest for late payment runs "
                 "from the day after the due date at the European Central Bank's main refinancing rate "
                 f"plus 8 percentage points (currently {pct} a year), and a fixed sum of "
                 f"{money(inv.owner, comp)} is due as compensation for recovery costs.")
    start = inv.due + timedelta(days=1)
    lines = [f"- Invoice {inv.number}: {money(inv.owner, inv.amount)}",
             f"- Interest at {pct} from {dfmt(start)} to {dfmt(today)} ({days} days): "
             f"{money(inv.owner, interest)}",
             f"- Compensation for recovery costs: {money(inv.owner, comp)}",
             f"- Total: {money(inv.owner, inv.amount + interest + comp)}"]
    return (intro + "\n\n" + f"The amount due as at {dfmt(today)} (interest continues to run until "
            "payment) is:\n" + "\n".join(lines))


def render(tmpl, inv, today, law=None, deadline=None, promise_date=None, invoices=None,
           suspension_date=None, claim_date=None):
    """The reminder mailduns sent (en templates), or the freelancer's own invoice mail."""
    o = OWNERS[inv.owner]
    n, amt = inv.number, money(inv.owner, inv.amount)
    due = dfmt(inv.due)
    late = (today - inv.due).days
    fee = fees(inv, today, law) + "\n\n" if law else ""
    pay = payblock(inv)
    head = dear(inv) + "\n\n"
    tail = "\n\n" + sign_off(inv) + "\n" + o["name"]
    if tmpl == "invoice":
        first = o["name"].split()[0]
        return (f"Hi,\n\nPlease find attached invoice {n} for {amt}, payable by {due}.\n\n{pay}\n\n"
                f"Thanks very much,\n{first}\n\n--\n{o['name']}\n{o['addr']}")
    if tmpl == "courtesy":
        return (head + f"This is a friendly reminder that invoice {n} for {amt}"
                + (f", issued on {dfmt(inv.issue)}," if inv.issue else "")
                + f" is due for payment on {due}.\n\nIf payment is already on its way, thank you, and "
                "please disregard this message.\n\n" + pay
                + "\n\nIf you have any questions, just reply to this email." + tail)
    if tmpl == "due":
        if late > 0:
            s = (f"This is a quick reminder that invoice {n} for {amt} was due for payment on {due}. "
                 "If it has not been paid yet, I would be grateful if you could arrange payment in the "
                 "next few days.")
        elif late == 0:
            s = f"This is a quick reminder that invoice {n} for {amt} is due for payment today, {due}."
        else:
            s = f"This is a quick reminder that invoice {n} for {amt} is due for payment on {due}."
        return (head + s + "\n\nIf you have already paid, thank you, and please disregard this "
                "reminder.\n\n" + pay + "\n\nIf you have any questions, just reply to this email." + tail)
    if tmpl == "reminder":
        return (head + f"According to my records, invoice {n} for {amt}, due on {due}, has not yet "
                "been paid. It may simply have been overlooked, so I would be grateful if you could "
                "arrange payment at your earliest convenience.\n\n" + fee
                + "If you have already paid, thank you – please let me know the payment date so that I "
                "can update my records. If there is a problem with the invoice, please reply to this "
                "email and we can sort it out.\n\n" + pay + tail)
    if tmpl == "late_fee":
        return (head + f"Invoice {n} for {amt}, due on {due}, is now {late} days overdue.\n\n" + fee
                + f"Please arrange payment{' of the total above' if law else ''} by {dfmt(deadline)}. "
                "If payment is already on its way, thank you – please let me know the date it was "
                "made. If there is a problem with the invoice or with the timing, please reply to this "
                "email and we can find a solution.\n\n" + pay + tail)
    if tmpl == "suspension":
        return (head + f"I am writing again about invoice {n} for {amt}, which was due on {due} and "
                "remains unpaid.\n\n" + fee
                + f"If payment{' of the total above' if law else ''} is not received by "
                f"{dfmt(deadline)}, I may have to suspend work in progress and any services I provide "
                f"to you from {dfmt(suspension_date)} until the account is settled. If something is "
                "making payment difficult – for example, if you need to pay in instalments – please "
                "reply to this email and we can agree a solution.\n\n" + pay + tail)
    if tmpl == "final":
        lines = ["Final notice before debt recovery", ""]
        if inv.client:
            lines.append(f"To: {inv.client}")
        lines += [f"Date: {dfmt(today)}",
                  f"Invoice: {n}" + (f", issued on {dfmt(inv.issue)}" if inv.issue else "")
                  + f", due on {due}", f"Amount due: {amt}", f"Payment deadline: {dfmt(deadline)}", "",
                  dear(inv, formal=True), "",
                  f"Despite my previous reminders, invoice {n} for {amt}, which was due for payment on "
                  f"{due}, remains unpaid.", "",
                  f"I therefore formally request payment of {amt} by {dfmt(deadline)}.", "",
                  "If payment is not received by that date, I intend to take steps to recover the "
                  "debt. These may include referring the matter to a debt collection agency or a "
                  "solicitor and, if necessary, starting court proceedings.", "",
                  "I would much rather resolve this with you directly. If there is a reason for the "
                  "delay, or if you would like to propose a payment plan, please reply to this email "
                  f"before {dfmt(deadline)}.", "",
                  "If you have paid in the meantime, thank you, and please accept my apologies for this "
                  "notice; it would help if you could let me know the payment date so that I can "
                  "update my records.", "", pay, "", sign_off(inv, formal=True), o["name"]]
        return "\n".join(lines)
    if tmpl == "promise_followup":
        if promise_date:
            s = (f"Thank you for letting me know that invoice {n} for {amt} would be paid by "
                 f"{dfmt(promise_date)}.")
        else:
            s = (f"Thank you for your earlier message about invoice {n} for {amt}, which was due on "
                 f"{due}.")
        return (head + s + "\n\nThe payment has not reached me yet. If it is already on its way, thank "
                "you – please let me know the date it was made. If you need a little more time, could "
                "you let me know when I can expect it?\n\n" + pay + tail)
    if tmpl == "paid_claim":
        return (head + "Thank you for letting me know"
                + (f" on {dfmt(claim_date)}" if claim_date else "")
                + f" that invoice {n} for {amt} has been paid.\n\nHowever, the payment has not reached "
                "my account yet. Bank transfers sometimes take a few extra days, and occasionally a "
                "payment is sent to out-of-date bank details. To help me trace it, could you please "
                "send me the date and reference of the transfer, or a copy of the payment "
                "confirmation?\n\nIf the transfer was made only in the last day or two, it is probably "
                "still on its way, and there is no need to do anything further. Thank you for your "
                "help." + tail)
    if tmpl == "statement":
        items = []
        total = 0
        for i in invoices:
            d = (today - i.due).days
            total += i.amount
            items.append(f"- {i.number}" + (f", issued on {dfmt(i.issue)}" if i.issue else "")
                         + (f", due on {dfmt(i.due)} ({d} days overdue)" if d > 0
                            else f", due on {dfmt(i.due)}") + f": {money(i.owner, i.amount)}")
        return (head + "According to my records, the following invoices are still outstanding:\n\n"
                + "\n".join(items) + f"\n\nTotal due: {money(inv.owner, total)}\n\n"
                f"Please arrange payment by {dfmt(deadline)}. If some of these invoices have already "
                "been paid, thank you – please let me know which ones and the payment dates, so that I "
                "can update my records. If there is a problem with any of them, please reply to this "
                "email and we can sort it out.\n\nThe payment details are on the invoices, in the "
                "emails they were sent with." + tail)
    if tmpl == "thank_you":
        return (head + f"Thank you for your payment of {amt} for invoice {n}.\n\nIf there is anything "
                "else I can do for you, just let me know." + tail)
    raise ValueError(tmpl)


SUBJECTS = {
    "invoice": "Invoice {n}",
    "courtesy": "Invoice {n} due on {due}",
    "due": "Invoice {n} due",
    "reminder": "Reminder: invoice {n}",
    "late_fee": "Invoice {n} overdue",
    "suspension": "Invoice {n} still unpaid",
    "final": "Final notice: invoice {n}",
    "promise_followup": "Invoice {n}",
    "paid_claim": "Invoice {n}: payment not received yet",
    "statement": "Outstanding invoices",
    "thank_you": "Payment received: invoice {n}",
}


# --------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------
def gt(text):
    return "\n".join((">" if not line else "> " + line) for line in text.split("\n"))


def h12(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def quote_header(style, qdt, o_name, o_addr, to, subject):
    if style == "gmail":
        return f"On {qdt:%a}, {qdt.day} {qdt:%b %Y} at {qdt:%H:%M}, {o_name} <{o_addr}> wrote:"
    if style == "gmail_us":
        return f"On {qdt:%a}, {qdt:%b} {qdt.day}, {qdt.year} at {h12(qdt)} {o_name} <{o_addr}> wrote:"
    if style == "apple":
        return f"On {qdt.day} {qdt:%b %Y}, at {qdt:%H:%M}, {o_name} <{o_addr}> wrote:"
    if style == "apple_us":
        return f"On {qdt:%b} {qdt.day}, {qdt.year}, at {h12(qdt)}, {o_name} <{o_addr}> wrote:"
    if style == "outlook":
        return (f"________________________________\nFrom: {o_name} <{o_addr}>\n"
                f"Sent: {qdt.day:02d} {qdt:%B %Y} {qdt:%H:%M}\nTo: {to}\nSubject: {subject}")
    if style == "outlook_us":
        return (f"-----Original Message-----\nFrom: {o_name} <{o_addr}>\n"
                f"Sent: {qdt:%A}, {qdt:%B} {qdt.day}, {qdt.year} {h12(qdt)}\nTo: {to}\n"
                f"Subject: {subject}")
    if style == "outlook_new":
        return (f"From: {o_name} <{o_addr}>\nSent: {qdt:%A}, {qdt.day} {qdt:%B %Y} {qdt:%H:%M}\n"
                f"To: {to}\nSubject: {subject}")
    raise ValueError(style)


def quoted(style, qdt, o_name, o_addr, to, subject, text):
    hdr = quote_header(style, qdt, o_name, o_addr, to, subject)
    if style.startswith("outlook"):
        return "\n\n" + hdr + "\n\n" + text
    return "\n\n" + hdr + "\n\n" + gt(text)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_lines(text, tag="div"):
    out = []
    for line in text.split("\n"):
        out.append(f"<{tag}>{esc(line) if line else '<br>'}</{tag}>")
    return "\n".join(out)


def html_mail(style, body, qhdr=None, qtext=None, font=None):
    """HTML counterpart of a reply in the given client style."""
    if style in ("gmail", "gmail_us", "none"):
        h = f'<div dir="ltr">{html_lines(body)}</div>'
        if qtext:
            h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                  f'class="gmail_attr">{esc(qhdr)}<br></div><blockquote class="gmail_quote" '
                  'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);'
                  f'padding-left:1ex">{html_lines(qtext)}</blockquote></div>')
        return h + "\n"
    if style in ("apple", "apple_us"):
        h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
             f'<body dir="auto">{html_lines(body)}')
        if qtext:
            h += (f'<div dir="ltr"><br><blockquote type="cite">{esc(qhdr)}<br><br></blockquote></div>'
                  f'<blockquote type="cite"><div dir="ltr">{html_lines(qtext)}</div></blockquote>')
        return h + "</body></html>\n"
    # Outlook / Word
    f = font or "Calibri"
    h = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
         'xmlns:w="urn:schemas-microsoft-com:office:word" '
         'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
         'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
         '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
         f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"{f}",sans-serif;}}\n'
         'a:link, span.MsoHyperlink {color:#0563C1; text-decoration:underline;}\n'
         '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
         'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
         '<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
         '<div class="WordSection1">\n')
    h += html_lines(body, "p class=\"MsoNormal\"").replace("</p class=\"MsoNormal\">", "</p>")
    if qtext:
        h += ('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal">')
        parts = []
        for line in qhdr.split("\n"):
            if line.startswith("_____") or line.startswith("-----"):
                continue
            k, _, v = line.partition(": ")
            parts.append(f"<b>{esc(k)}:</b> {esc(v)}")
        h += "<br>\n".join(parts) + "</p>\n</div>\n"
        h += html_lines(qtext, "p class=\"MsoNormal\"").replace("</p class=\"MsoNormal\">", "</p>")
    return h + "\n</div>\n</body>\n</html>\n"


# --------------------------------------------------------------------------------------------
# MIME plumbing (hand-assembled so charsets and transfer encodings are exactly as chosen)
# --------------------------------------------------------------------------------------------
def codec(charset):
    # Outlook labels cp1252 text as iso-8859-1
    return {"iso-8859-1": "cp1252", "windows-1252": "cp1252"}.get(charset.lower(), charset)


def text_part(ctype, text, charset="utf-8", cte="quoted-printable", fmt_flowed=False):
    raw = text.encode(codec(charset))
    if cte == "7bit" and any(b > 127 for b in raw):
        cte = "quoted-printable"
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    extra = "; format=flowed" if fmt_flowed else ""
    return (f'Content-Type: {ctype}; charset="{charset}"{extra}\n'
            f"Content-Transfer-Encoding: {cte}\n\n").encode() + payload


def attachment(filename, ctype, data, inline=False, cid=None):
    disp = "inline" if inline else "attachment"
    h = f'Content-Type: {ctype}; name="{filename}"\nContent-Disposition: {disp}; filename="{filename}"\n'
    if cid:
        h += f"Content-ID: <{cid}>\n"
    return (h + "Content-Transfer-Encoding: base64\n\n").encode() + base64.encodebytes(data)


def multipart(subtype, parts, boundary, params=""):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'.encode()
    for p in parts:
        out += f"--{boundary}\n".encode() + p + b"\n"
    return out + f"--{boundary}--\n".encode()


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            f"% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1")


def fake_png(w=4, h=3, rgb=(220, 230, 240)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def hdr_addr(s):
    name, addr = parseaddr(s)
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        return formataddr((name, addr), charset="utf-8")


def hdr_text(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def mkid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:16]}.{h[16:24]}@{domain}>"


def dt(s, tz):
    return datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def headers_bytes(frm, to, subject, when, msgid, cc=None, irt=None, refs=None, extra=None):
    lines = []
    for k, v in (extra or []):
        if k.startswith("^"):  # trace headers first
            lines.append(f"{k[1:]}: {v}")
    lines += [f"From: {hdr_addr(frm)}", f"To: {', '.join(hdr_addr(x) for x in to.split(';'))}"]
    if cc:
        lines.append(f"Cc: {', '.join(hdr_addr(x) for x in cc.split(';'))}")
    lines += [f"Subject: {hdr_text(subject)}", f"Date: {format_datetime(when)}",
              f"Message-ID: {msgid}"]
    if irt:
        lines.append(f"In-Reply-To: {irt}")
    if refs:
        lines.append(f"References: {refs}")
    for k, v in (extra or []):
        if not k.startswith("^"):
            lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode()


def add(kind, labels, raw):
    MESSAGES.append((kind, labels, raw))


def reply(kind, inv, frm, when, tz, body, *, lab=None, note="", subj=None, pre="Re: ", tmpl="reminder",
          qstyle="gmail", qd=None, qkw=None, to=None, cc=None, html=None, charset="utf-8",
          cte="quoted-printable", att=None, hdrs=None, after_quote="", quote=True, flowed=False,
          lang="en", threaded=True):
    """A client's reply to an invoice mail or a reminder, optionally quoting it."""
    o = OWNERS[inv.owner]
    otz = ZoneInfo(o["tz"])
    w = dt(when, tz)
    q_owner_dt = dt(qd, o["tz"]) if qd else (w.astimezone(otz) - timedelta(days=1)).replace(
        hour=9, minute=0, second=0)
    assert q_owner_dt < w, ("quoted mail after the reply", frm, when)
    qkw = dict(qkw or {})
    thread = qkw.pop("thread", False)
    if tmpl not in ("invoice",) and "today" not in qkw:
        qkw["today"] = q_owner_dt.date()
    today = qkw.pop("today", q_owner_dt.date())
    orig_subject = SUBJECTS[tmpl].format(n=inv.number, due=dfmt(inv.due))
    qtext = render(tmpl, inv, today, **qkw)
    client_addr = inv.to or parseaddr(frm)[1]
    qdt_local = q_owner_dt.astimezone(ZoneInfo(tz))
    style = qstyle
    qhdr = None
    text = body
    if quote and style != "none":
        qhdr = quote_header(style, qdt_local, o["name"], o["addr"], client_addr, orig_subject)
        text = body + quoted(style, qdt_local, o["name"], o["addr"], client_addr, orig_subject, qtext)
        text += after_quote
    else:
        qtext = None
    subject = subj if subj is not None else pre + orig_subject
    domain = parseaddr(frm)[1].split("@")[1]
    seed = f"{len(MESSAGES)}{frm}{when}"
    orig_id = mkid("orig" + seed, "mailduns." + o["addr"].split("@")[1])
    msgid = mkid(seed, domain)
    refs = orig_id
    if thread:
        refs = mkid("first" + seed, o["addr"].split("@")[1]) + " " + orig_id
    head = headers_bytes(frm, to or hdr_addr(f"{o['name']} <{o['addr']}>"), subject, w, msgid, cc=cc,
                         irt=orig_id if threaded else None, refs=refs if threaded else None,
                         extra=hdrs)
    custom = None
    if isinstance(html, tuple):
        html, custom = html
    if html == "only":
        part = text_part("text/html", custom or html_mail(style, body, qhdr, qtext), charset, cte)
    elif html:
        hpart = custom or html_mail(style, body, qhdr, qtext)
        b = hashlib.md5(seed.encode()).hexdigest()
        part = multipart("alternative", [text_part("text/plain", text, charset, cte, flowed),
                                         text_part("text/html", hpart, charset, cte)], "00000000" + b[:20])
    else:
        part = text_part("text/plain", text, charset, cte, flowed)
    if att:
        b = hashlib.md5(("mix" + seed).encode()).hexdigest()
        part = multipart("mixed", [part] + [attachment(*a) for a in att], "_mixed_" + b[:24])
    labels = {"kind": kind, "language": lang, "split": "dev"}
    labels.update(lab or {})
    labels["note"] = note
    add(kind, labels, head + part)


def machine(kind, frm, to, when, tz, subject, *, text=None, html=None, lab=None, note="", hdrs=None,
            charset="utf-8", cte="quoted-printable", att=None, irt=None, cc=None, msgid_domain=None):
    w = dt(when, tz)
    seed = f"{len(MESSAGES)}{frm}{when}"
    domain = msgid_domain or parseaddr(frm)[1].split("@")[1]
    head = headers_bytes(frm, to, subject, w, mkid(seed, domain), cc=cc, irt=irt,
                         refs=irt, extra=hdrs)
    b = hashlib.md5(seed.encode()).hexdigest()
    if text and html:
        part = multipart("alternative", [text_part("text/plain", text, charset, cte),
                                         text_part("text/html", html, charset, cte)], "----=_Part_" + b[:18])
    elif html:
        part = text_part("text/html", html, charset, cte)
    else:
        part = text_part("text/plain", text, charset, cte)
    if att:
        part = multipart("mixed", [part] + [attachment(*a) for a in att], "----=_Mixed_" + b[:18])
    labels = {"kind": kind, "language": "en", "split": "dev"}
    labels.update(lab or {})
    labels["note"] = note
    add(kind, labels, head + part)


def bounce(frm, to, when, tz, subject, human, status_fields, original, *, lab=None, note="",
           hdrs=None, headers_only=False, msgid_domain=None):
    """multipart/report; report-type=delivery-status."""
    w = dt(when, tz)
    seed = f"{len(MESSAGES)}{frm}{when}"
    domain = msgid_domain or parseaddr(frm)[1].split("@")[1]
    head = headers_bytes(frm, to, subject, w, mkid(seed, domain), extra=hdrs)
    b = hashlib.md5(seed.encode()).hexdigest()
    parts = [text_part("text/plain", human, "us-ascii", "7bit"),
             b"Content-Type: message/delivery-status\n\n" + status_fields.encode() + b"\n"]
    if headers_only:
        parts.append(b"Content-Type: text/rfc822-headers\n\n" + original)
    else:
        parts.append(b"Content-Type: message/rfc822\n\n" + original)
    part = multipart("report", parts, b[:12] + ".1700000000/" + domain, "; report-type=delivery-status")
    labels = {"kind": "bounce", "language": "en", "split": "dev"}
    labels.update(lab or {})
    labels["note"] = note
    add("bounce", labels, head + part)


def outgoing_reminder(inv, when, tmpl="reminder", **kw):
    """The reminder as it left the freelancer's mailbox (for bounces)."""
    o = OWNERS[inv.owner]
    w = dt(when, o["tz"])
    text = render(tmpl, inv, w.date(), **kw)
    head = headers_bytes(f"{o['name']} <{o['addr']}>", inv.to, SUBJECTS[tmpl].format(
        n=inv.number, due=dfmt(inv.due)), w, mkid("out" + when + inv.number, "mailduns." + o["addr"].split("@")[1]),
        extra=[("X-Mailer", "mailduns")])
    return head + text_part("text/plain", text, "utf-8", "quoted-printable")


# --------------------------------------------------------------------------------------------
# Mail-client fingerprints
# --------------------------------------------------------------------------------------------
IPHONE = [("X-Mailer", "iPhone Mail (22C152)")]
APPLEMAIL = [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-gb")]
OUTLOOK_US = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-us")]
EXCHANGE = [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-GB"),
            ("X-MS-Exchange-Organization-SCL", "-1")]
EXCHANGE_US = [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-US")]
THUNDERBIRD = [("User-Agent", "Mozilla Thunderbird")]
ANDROID_OUTLOOK = [("X-Mailer", "Outlook for Android")]


# ============================================================================================
# PAID
# ============================================================================================
inv = I("rachel", "1087", 2400.00, "2026-10-12", "2026-11-11", "Brightline Creative Group", "company",
        to="jordan.pike@brightlinecreative.com")
reply("client-reply-paid", inv, "Denise Albright <ap@brightlinecreative.com>", "2026-11-17 14:22",
      "America/Chicago", """Hi Rachel,

Payment for invoice 1087 was released via ACH in today's payment run in the amount of $2,400.00. Please allow 2-3 business days for the funds to post to your account.

For future invoices please send them directly to ap@brightlinecreative.com so they get logged in our system right away -- this one came to us via Jordan and sat in his inbox for a while.

Thanks,
Denise Albright
Accounts Payable | Brightline Creative Group
312.555.0148""", qstyle="outlook_us", qd="2026-11-16 09:00", hdrs=OUTLOOK_US,
      cc="Jordan Pike <jordan.pike@brightlinecreative.com>", pre="RE: ",
      lab=dict(amount="2400.00", currency="USD", reference="1087"),
      note="US AP clerk: 'released via ACH in today's payment run' = paid today; USD.")

inv = I("hannah", "HW-142", 650.00, "2026-10-30", "2026-11-29", "Friends of Hackney Marshes",
        "company", to="finance@friendsofhackneymarshes.org.uk")
reply("client-reply-paid", inv, "Gillian Parr <finance@friendsofhackneymarshes.org.uk>",
      "2026-12-10 11:05", "Europe/London", """Dear Hannah,

Apologies for the delay with your invoice 142 – our treasurer has been away and nothing goes out without her say-so.

I'm pleased to say payment of £650.00 was made by BACS on Tuesday 8 December. The remittance is attached for your records.

Thank you again for the wonderful leaflet, the volunteers love it.

With best wishes,
Gillian Parr
Finance Officer (volunteer)
Friends of Hackney Marshes
Registered charity no. 1123456

This email and any attachments are confidential and intended solely for the addressee. Friends of Hackney Marshes is a charitable incorporated organisation registered in England and Wales.""",
      qstyle="outlook", qd="2026-12-07 09:00", hdrs=OUTLOOK,
      att=[("Remittance_HW142.pdf", "application/pdf", fake_pdf("BACS remittance Friends of Hackney Marshes"))],
      lab=dict(amount="650.00", currency="GBP", reference="HW-142"),
      note="UK charity, 'your invoice 142' = HW-142; paid by BACS with remittance PDF attached.")

inv = I("tom", "INV-2026-023", 480.00, "2026-10-26", "2026-11-25", "The Crooked Stile", "company",
        to="crookedstile.kk@gmail.com")
reply("client-reply-paid", inv, "Crooked Stile <crookedstile.kk@gmail.com>", "2026-11-30 12:41",
      "Europe/Dublin", """Sorted Tom, sent it over on the banking app this morning. Pint on the house next time you're down

Seán

Sent from my iPhone""", qstyle="apple", qd="2026-11-30 09:00", hdrs=IPHONE,
      note="Irish pub owner, no payment verb beyond 'sorted... sent it over'; no amount, no number.")

inv = I("hannah", "HW-139", 1440.00, "2026-10-19", "2026-11-18", "Aldous & Prynne LLP", "company",
        to="reception@aldousprynne.co.uk")
reply("client-reply-paid", inv, "Caroline Featherstone <c.featherstone@aldousprynne.co.uk>",
      "2026-12-04 15:47", "Europe/London", """Dear Ms Whitfield,

Thank you for your email, which reception has passed to me.

I can confirm that your invoice HW-139 was settled by Faster Payment on 2 December 2026 in the sum of £1,440.00. The payment reference used was ALDOUS HW139. Should the funds not appear in your account within the next day or so, please do let me know and I will raise it with our bank.

Kind regards,

Caroline Featherstone
Practice Manager
Aldous & Prynne LLP
14 Queen Square, Bath BA1 2HN
T: 01225 555 017

Aldous & Prynne LLP is a limited liability partnership registered in England and Wales (OC312345) and is authorised and regulated by the Solicitors Regulation Authority (SRA number 512345). A list of members is available at our registered office. This email is confidential and may be legally privileged. If you have received it in error, please notify the sender immediately and delete it; you must not copy, distribute or rely on it. CYBERCRIME WARNING: we will never change our bank details by email. Please telephone us to verify any payment instructions before sending funds.""",
      qstyle="outlook", qd="2026-12-03 09:00", hdrs=EXCHANGE, html="alt", pre="RE: ",
      lab=dict(amount="1440.00", currency="GBP", reference="HW-139"),
      note="Law-firm practice manager, formal; long SRA/cybercrime disclaimer mentions bank details and payment instructions.")

inv = I("rachel", "1092", 1800.00, "2026-10-28", "2026-11-27", "Loopwise", "company",
        to="kai@loopwise.io")
reply("client-reply-paid", inv, "Kai Oduya <kai@loopwise.io>", "2026-12-03 23:51", "America/Los_Angeles",
      """paid!! sorry, fundraising brain. should be there tmrw

Sent from my iPhone""", qstyle="apple_us", qd="2026-12-03 09:00", hdrs=IPHONE,
      note="Startup founder from phone, late-night Pacific; one-liner.")

inv = I("tom", "INV-2026-027", 2950.00, "2026-11-09", "2026-12-09", "Shannonside University", "company",
        to="accountspayable@shannonside.ie")
reply("client-reply-paid", inv, "Accounts Payable <accountspayable@shannonside.ie>", "2027-01-13 10:18",
      "Europe/Dublin", """Dear Tom,

Your invoice INV-2026-027 was paid in the EFT run of 11/01/2027. A remittance advice was issued at the time to the email address held on your supplier record (tom@byrnedesign.ie). If you have not received it, please check your junk folder or reply to this email and we will reissue it.

Please quote your supplier number 200418 in all correspondence.

Kind regards,

Payments Team
Finance Office | Shannonside University
Tel: +353 61 555 200

Disclaimer: This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. Shannonside University accepts no liability for any damage caused by any virus transmitted by this email.""",
      qstyle="outlook", qd="2027-01-12 09:00", hdrs=EXCHANGE, pre="RE: ",
      lab=dict(reference="INV-2026-027"),
      note="University payments team: paid in EFT run of 11/01/2027 (European date); remittance mention.")

inv = I("hannah", "HW-148", 380.00, "2026-11-23", "2026-12-23", "Margaret Holloway", "person",
        to="peggy.holloway@btinternet.com", salutation="Dear Peggy,")
reply("client-reply-paid", inv, "Peggy Holloway <peggy.holloway@btinternet.com>", "2027-01-11 16:20",
      "Europe/London", """Dear Hannah,

Thank you for your letter, and a very happy new year to you. I am so sorry to have kept you waiting. I have been all at sea since Christmas - our daughter and the three grandchildren were with us for a fortnight (lovely but exhausting, the little one has discovered the recorder) and then Geoffrey had his knee done at the Royal United on the 4th, so I have been nurse, cook and chauffeur all rolled into one.

Anyway, I went into the Nationwide on Thursday and the nice young man there did the transfer for me, £380 as you said. He said it might take a day to go through but I expect you have it by now.

I have started on chapter nine, the one about our years in Malta, and I wonder whether you might look at it when I'm done? There is a great deal about the Dockyard that I am not sure anyone will want to read, and you were so good at telling me what to cut in the chapter about Aunt Win.

With warm wishes, and thank you again for all your help,

Peggy
(Margaret Holloway)""", quote=False, hdrs=[("X-Mailer", "BT Mail")],
      lab=dict(amount="380.00", currency="GBP"),
      note="Retired client, long chatty letter; one paragraph says the bank did the transfer on Thursday. No quote.")

inv = I("tom", "INV-2026-030", 450.00, "2026-11-10", "2026-11-24", "Ciara Nolan", "person",
        to="ciaranolan82@gmail.com")
reply("client-reply-paid", inv, "Ciara Nolan <ciaranolan82@gmail.com>", "2026-12-04 21:37",
      "Europe/Dublin", """Done! So sorry Tom, the kids have been passing a vomiting bug round the house all week and I haven't been near the laptop. Transferred €450 just now 🙈

Ciara x

Get Outlook for Android""", qstyle="outlook_new", qd="2026-12-01 09:00", hdrs=ANDROID_OUTLOOK,
      lab=dict(amount="450.00"),
      note="Busy parent, emoji, 'Done!' + transferred just now.")

inv = I("rachel", "1083", 975.00, "2026-10-05", "2026-11-04", "Kowalski Home Builders", "company",
        to="brent@kowalskihomes.com")
reply("client-reply-paid", inv, "Brent Kowalski <brent@kowalskihomes.com>", "2026-12-09 07:12",
      "America/Detroit", """Rachel,

As I've now told you twice, this was paid on the 3rd. Please check your records before sending further "reminders".

Brent""", tmpl="paid_claim", qstyle="outlook_us", qd="2026-12-08 09:00",
      qkw=dict(claim_date=date(2026, 12, 4)), hdrs=OUTLOOK_US, pre="RE: ",
      note="Passive-aggressive; insists it was paid on the 3rd in reply to the 'payment not received' follow-up. Tone is hostile but it's a paid claim, not a dispute.")

inv = I("alessandra", "14/2026", 1850.00, "2026-10-20", "2026-11-19", "Sundaram Textiles Exports Pvt. Ltd.",
        "company", to="accounts@sundaramtex.in")
reply("client-reply-paid", inv, "Venkatesh R <venkatesh.r@sundaramtex.in>", "2026-12-15 16:40",
      "Asia/Kolkata", """Dear Madam,

Greetings from Sundaram Textiles!

Kindly note that the payment against your invoice no. 14/2026 has been remitted today through SWIFT for EUR 1,850.00. Please find attached the swift copy (MT103) for your kind reference.

Intermediary bank charges, if any, may be deducted by the beneficiary bank.

Kindly acknowledge the receipt of the same and do the needful.

Thanks & Regards,
Venkatesh R.
Senior Executive - Finance & Accounts
Sundaram Textiles Exports Pvt. Ltd.
No. 42, Industrial Estate, Guindy, Chennai - 600032
Ph: +91 44 5555 1234

P Please consider the environment before printing this email.""", qstyle="outlook", qd="2026-12-14 09:00",
      hdrs=OUTLOOK, pre="RE: ", att=[("SWIFT_COPY_MT103_15122026.pdf", "application/pdf",
                                     fake_pdf("MT103 Sundaram Textiles EUR 1850.00"))],
      lab=dict(amount="1850.00", reference="14/2026"),
      note="Indian English, very polite; remitted today via SWIFT, MT103 attached; 'do the needful'.")

inv = I("alessandra", "18/2026", 3120.00, "2026-10-22", "2026-11-21", "Kessler Maschinenbau GmbH",
        "company", to="buchhaltung@kessler-mb.de")
reply("client-reply-paid", inv, "Jürgen Haas <j.haas@kessler-mb.de>", "2026-12-02 08:54", "Europe/Berlin",
      """Dear Ms Rossi,

the invoice 18/2026 was paid on 27.11.2026 with value date 30.11.2026. Please check again your account.

Kind regards / Mit freundlichen Grüßen

Jürgen Haas
Buchhaltung

Kessler Maschinenbau GmbH
Industriestraße 12 · 70565 Stuttgart
Geschäftsführer: Dr. Ulrich Kessler · Amtsgericht Stuttgart HRB 123456 · USt-IdNr. DE123456789""",
      qstyle="outlook_new", qd="2026-12-01 09:00", hdrs=OUTLOOK, pre="AW: ", charset="iso-8859-1",
      lab=dict(reference="18/2026"),
      note="German accountant, 'AW:', dates dd.mm.yyyy, iso-8859-1 quoted-printable.")

inv = I("tom", "INV-2026-031", 1350.00, "2026-10-27", "2026-11-20", "Studio Noordlicht", "company",
        to="info@studionoordlicht.nl")
reply("client-reply-paid", inv, "Femke de Wit <femke@studionoordlicht.nl>", "2026-11-24 13:29",
      "Europe/Amsterdam", """Hi Tom,

We have paid INV-2026-031 yesterday, please find attached the payment confirmation from ING. Can you check if it is arrived?

Met vriendelijke groet / Kind regards,

Femke de Wit
Office manager
Studio Noordlicht | Oudegracht 118 | 3511 AX Utrecht""", qstyle="outlook_new", qd="2026-11-23 09:00",
      hdrs=OUTLOOK, pre="RE: ", att=[("Betaalbevestiging_ING_23-11-2026.pdf", "application/pdf",
                                      fake_pdf("ING betaalbevestiging"))],
      lab=dict(reference="INV-2026-031"),
      note="Dutch office manager: paid yesterday + asks to check arrival (paid with question).")

inv = I("lucia", "2026-044", 720.00, "2026-10-30", "2026-11-29", "Atelier Lumen", "company",
        to="contact@atelierlumen.fr")
reply("client-reply-paid", inv, "Camille Bertrand <camille@atelierlumen.fr>", "2026-12-10 10:02",
      "Europe/Paris", """Hello Lucía,

The transfer for the invoice 2026-044 is done since monday. You should see it soon.

Best regards,
Camille

--
Camille Bertrand
Atelier Lumen – 12 rue Mercière, 69002 Lyon""", qstyle="gmail", qd="2026-12-09 09:00", pre="RE : ",
      lab=dict(reference="2026-044"),
      note="French writer: 'is done since monday' (gallicism) = paid; French Outlook-style 'RE :' prefix.")

inv = I("tom", "INV-2026-033", 2400.00, "2026-11-02", "2026-12-02", "Ostoja Software Sp. z o.o.", "company",
        to="ksiegowosc@ostoja.pl")
reply("client-reply-paid", inv, "Agnieszka Wróblewska <a.wroblewska@ostoja.pl>", "2026-12-07 09:31",
      "Europe/Warsaw", """Dear Mr Byrne,

Payment was made 05.12.2026, amount 2 400,00 EUR. Confirmation in attachment.

Best regards,
Agnieszka Wróblewska
Accountant
Ostoja Software Sp. z o.o.""", qstyle="outlook_new", qd="2026-12-04 09:00", hdrs=OUTLOOK, pre="Odp: ",
      att=[("potwierdzenie_przelewu.pdf", "application/pdf", fake_pdf("Potwierdzenie przelewu 2400,00 EUR"))],
      lab=dict(amount="2400.00"),
      note="Polish accountant: 'Odp:' prefix, '2 400,00 EUR' (space thousands, comma decimals).")

inv = I("hannah", "HW-147", 720.00, "2026-11-12", "2026-12-12", "Gareth Pugh", "person",
        to="gareth.pugh@pughjoinery.co.uk")
reply("client-reply-paid", inv, "Gareth Pugh <gareth.pugh@pughjoinery.co.uk>", "2026-12-14 11:20",
      "Europe/London", """Here you go - the screenshot from the app was rubbish so I've forwarded the email instead.

G

---------- Forwarded message ---------
From: Barclays <noreply@email.barclays.co.uk>
Date: Mon, 14 Dec 2026 at 11:02
Subject: Your payment has been sent
To: <gareth.pugh@pughjoinery.co.uk>


Barclays

Your payment has been sent

Hi Gareth,

You've sent a payment from your Business Current Account ending 7731.

Paid to: H WHITFIELD
Amount: £720.00
Reference: HW-147
Date: 14 December 2026
Payment type: Faster Payment

If you don't recognise this payment, call us straight away on 0345 605 2345.

Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Financial Services Register No. 759676). Registered in England. Registered No. 9740322. Registered Office: 1 Churchill Place, London E14 5HP.""",
      subj="Fwd: Your payment has been sent", quote=False, threaded=False,
      lab=dict(amount="720.00", currency="GBP", reference="HW-147"),
      note="Client forwards his own bank's 'payment sent' email with 'here you go'; not threaded, subject is the bank's. An outgoing payment from the client = paid to the freelancer.")

inv = I("rachel", "1079", 1150.00, "2026-10-01", "2026-10-31", "Hudson & Pike Marketing", "company",
        to="ap@hudsonpike.com")
reply("client-reply-paid", inv, "Marisol Vega <mvega@hudsonpike.com>", "2026-12-11 09:14",
      "America/New_York", """Good morning Rachel,

Per our records invoice #1079 was paid by check #40213 in the amount of $1,150.00, mailed 12/4/2026 to the address on your W-9 (118 Kingsland Ave, Brooklyn NY 11222).

If it hasn't arrived by end of next week let me know and I can put a stop on it and reissue.

Thank you,
Marisol Vega
Accounts Payable
Hudson & Pike Marketing
(212) 555-0186""", qstyle="outlook_us", qd="2026-12-10 09:00", hdrs=OUTLOOK_US, pre="RE: ",
      lab=dict(amount="1150.00", currency="USD", reference="1079"),
      note="US AP: paid by check mailed 12/4 (US date); offers to reissue if lost - still a paid claim.")

inv = I("tom", "INV-2026-025", 900.00, "2026-10-28", "2026-11-27", "Saltbush Studio", "company",
        to="lachlan@saltbush.com.au")
reply("client-reply-paid", inv, "Lachlan Reid <lachlan@saltbush.com.au>", "2026-12-01 16:34",
      "Australia/Sydney", """G'day Tom,

Paid that one this arvo, should hit your account in a day or two given it's going halfway round the world. Cheers for the patience mate.

Lachie""", qstyle="gmail", qd="2026-11-30 09:00",
      note="Australian slang ('this arvo' = this afternoon); Sydney time zone.")

inv = I("rachel", "1095", 950.00, "2026-11-06", "2026-12-06", "Geneviève Tremblay", "person",
        to="gen.tremblay@videotron.ca")
reply("client-reply-paid", inv, "Geneviève Tremblay <gen.tremblay@videotron.ca>", "2026-12-18 15:02",
      "America/Toronto", """Hi Rachel!

Interac e-transfer won't go cross-border, turns out (who knew), so I sent it through Wise instead — USD 950.00, should land Monday-ish. Let me know if you get it!

Sorry for the run-around,
Geneviève""", qstyle="gmail_us", qd="2026-12-17 09:00", html="alt",
      lab=dict(amount="950.00", currency="USD"),
      note="Canadian individual; sent via Wise, USD 950.00; 'let me know if you get it'.")

inv = I("hannah", "HW-150", 395.00, "2026-11-26", "2026-12-26", "Fennimore Bakes", "company",
        to="jess@fennimorebakes.co.uk")
reply("client-reply-paid", inv, "Priya Shah <priya@shahbookkeeping.co.uk>", "2027-01-06 10:48",
      "Europe/London", """Hi Hannah,

I'm the bookkeeper for Fennimore Bakes - Jess passed your reminder on to me. I've paid invoice HW-150 today by bank transfer, £395.00.

Could you add bookkeeping@fennimorebakes.co.uk to your contacts for future invoices? Jess is flat out in the kitchen and things get lost in her inbox.

Many thanks,
Priya Shah
Shah Bookkeeping Services
AAT Licensed Bookkeeper""", qstyle="gmail", qd="2027-01-05 09:00",
      cc="Jess Fennimore <jess@fennimorebakes.co.uk>",
      lab=dict(amount="395.00", currency="GBP", reference="HW-150"),
      note="Third-party bookkeeper paying on the client's behalf; asks to change address (paid + request).")

inv = I("rachel", "1101", 3275.00, "2026-11-02", "2026-12-02", "Meridian Health Partners", "company",
        to="ap@meridianhp.org")
_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hello Rachel,</p>
<p>Please see payment details below.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1F4E79;color:#ffffff"><th>Vendor</th><th>Invoice No.</th><th>Invoice Date</th><th>Amount Paid</th><th>Payment Method</th><th>Payment Date</th></tr>
<tr><td>STEIN ILLUSTRATION LLC</td><td>1101</td><td>11/02/2026</td><td align="right">$3,275.00</td><td>ACH</td><td>12/15/2026</td></tr>
</table>
<p>&nbsp;</p>
<p>Regards,</p>
<p><b>Tanya Brooks</b><br>AP Specialist | Meridian Health Partners<br>Phone: 614-555-0172</p>
<p style="font-size:8pt;color:#808080">CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information, including protected health information. Any unauthorized review, use, disclosure or distribution is prohibited.</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p><b>From:</b> Rachel Stein &lt;rachel@steinillustration.com&gt;<br><b>Sent:</b> Monday, December 14, 2026 9:00 AM<br><b>To:</b> ap@meridianhp.org<br><b>Subject:</b> Reminder: invoice 1101</p></div>
<p>Hello,</p><p>According to my records, invoice 1101 for $3,275.00, due on 2 December 2026, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.</p>
<p>Kind regards,<br>Rachel Stein</p>
</body></html>
"""
reply("client-reply-paid", inv, "Tanya Brooks <tbrooks@meridianhp.org>", "2026-12-16 13:05",
      "America/New_York", "", html=("only", _html), pre="RE: ",
      hdrs=EXCHANGE_US, lab=dict(amount="3275.00", currency="USD", reference="1101"),
      note="HTML-only Outlook mail from an AP clerk with a remittance table (human-sent, not a platform); payment date 12/15/2026 is before the Date.")

inv = I("hannah", "HW-152", 860.00, "2026-12-01", "2026-12-31", "Corran & Webb Ltd", "company",
        to="accounts@corranwebb.co.uk")
reply("client-reply-paid", inv, "Rob Allardyce <rob.allardyce@corranwebb.co.uk>", "2027-01-13 08:36",
      "Europe/London", """Morning Hannah,

Processed in yesterday's run - the remittance should follow from our system at some point today.

Rob""", qstyle="outlook", qd="2027-01-12 09:00", hdrs=OUTLOOK, pre="RE: ",
      note="No payment verb: 'processed in yesterday's run' = paid.")

inv = I("tom", "INV-2026-036", 320.00, "2026-11-20", "2026-12-04", "Donal Keane", "person",
        to="donalkeane@eircom.net")
reply("client-reply-paid", inv, "Donal Keane <donalkeane@eircom.net>", "2026-12-19 10:02",
      "Europe/Dublin", """hi tom yeh paid it last nite on the app, 320 euro. shout if it didnt come thru

d""", quote=False, lab=dict(amount="320.00"),
      note="No capitals, typos ('nite', 'thru'), no quote.")

inv = I("tom", "INV-2026-032", 1100.00, "2026-10-22", "2026-11-21", "Helen Carver", "person",
        to="helen@carverandco.co.uk")
reply("client-reply-paid", inv, "Helen Carver <helen@carverandco.co.uk>", "2026-11-25 17:12",
      "Europe/London", """Hi Tom,

We paid this on the 20th so it should be with you by now - could you have a look?

Also, could you send over the December invoice as soon as it's ready? We're trying to get everything booked before our year end on the 31st.

Thanks,
Helen""", qstyle="gmail", qd="2026-11-25 09:00",
      note="Paid claim plus a request for the next invoice (paid wins over the question).")

inv = I("tom", "INV-2026-029", 1760.00, "2026-10-30", "2026-11-29", "Gerard Lynch Architects", "company",
        to="office@lyncharchitects.ie")
reply("client-reply-paid", inv, "Ger Lynch <ger@lyncharchitects.ie>", "2026-12-10 12:55", "Europe/Dublin",
      """Tom,

We paid it on 1 December to the account on the invoice, the AIB one ending 2291? If you've changed banks since then that might be your problem.

Ger""", tmpl="paid_claim", qstyle="outlook", qd="2026-12-09 09:00", qkw=dict(claim_date=date(2026, 12, 2)),
      hdrs=OUTLOOK, pre="RE: ",
      note="Reply to the 'payment not received' follow-up: insists it was paid to an older account. Still a paid claim.")

inv = I("hannah", "HW-141", 200.00, "2026-11-01", "2026-12-01", "Dennis Atkins", "person",
        to="dennis.atkins@talktalk.net")
reply("client-reply-paid", inv, "DENNIS ATKINS <dennis.atkins@talktalk.net>", "2026-12-16 14:08",
      "Europe/London", """DEAR HANNAH

I SENT A CHEQUE IN THE POST ON MONDAY FOR £200. I DONT DO THE INTERNET BANKING. HOPE IT ARRIVES SAFELY.

REGARDS
DENNIS ATKINS""", quote=False, lab=dict(amount="200.00", currency="GBP"),
      note="Retired client, ALL CAPS, paid by cheque sent in the post.")

inv = I("tom", "INV-2026-034", 1480.00, "2026-11-03", "2026-12-03", "Kinsella Fitness", "company",
        to="accounts@kinsellafitness.ie")
reply("client-reply-paid", inv, "Ronan Kinsella <ronan@kinsellafitness.ie>", "2026-12-14 09:40",
      "Europe/Dublin", """Hi Tom,

The November one (INV-2026-034) was paid last Friday, so that should be with you.

We'll also look at the expenses one at some stage, I still haven't signed off the receipts - leave it with me.

Ronan""", qstyle="gmail", qd="2026-12-13 09:00",
      lab=dict(reference="INV-2026-034"),
      note="Clear 'already paid' for the invoice chased + undated vague 'will also look at' another: stays paid.")

inv = I("tom", "INV-2026-028", 1760.00, "2026-10-29", "2026-11-28", "Brennan & Hayes", "company",
        to="aoife@brennanhayes.ie")
reply("client-reply-paid", inv, "Aoife Brennan <aoife@brennanhayes.ie>", "2026-12-09 15:26", "Europe/Dublin",
      """Hi Tom,

Here's the confirmation - it went out on 4 Dec from our Revolut Business account, reference INV-2026-028, €1,760.00. Revolut shows it as 'Completed' on our side. Screenshot attached.

Let me know if you still can't see it and I'll get onto them.

Aoife""", tmpl="paid_claim", qstyle="gmail", qd="2026-12-09 09:00", qkw=dict(claim_date=date(2026, 12, 5)),
      att=[("Screenshot 2026-12-09 at 15.21.04.png", "image/png", fake_png())],
      lab=dict(amount="1760.00", reference="INV-2026-028"),
      note="Answers the trace request with date, reference and a screenshot PNG.")

inv = I("rachel", "1097", 640.00, "2026-11-09", "2026-12-09", "Fieldnote", "company", to="ops@fieldnote.co")
reply("client-reply-paid", inv, "Jess Moreno <jess@fieldnote.co>", "2026-12-15 12:10", "America/Denver",
      """Hi Rachel - all sorted, it's marked as paid in Bill.com on our end and should hit your account in a couple of days. Thx for the nudge!

- Jess
Ops @ Fieldnote""", qstyle="gmail_us", qd="2026-12-14 09:00",
      note="'all sorted, marked as paid in Bill.com' = paid; ops person not AP.")

inv = I("alessandra", "21/2026", 1200.00, "2026-11-16", "2026-12-16", "Harlow Imports Ltd", "company",
        to="accounts@harlowimports.co.uk")
reply("client-reply-paid", inv, "Mark Ellison <mark.ellison@harlowimports.co.uk>", "2026-12-22 16:44",
      "Europe/London", """Hi Alessandra,

We’ve sent €1,185 for invoice 21 today – that’s the €1,200 less the €15 our bank charges us for international transfers. Hope that’s OK, let me know if it’s a problem.

Have a lovely Christmas!

Mark""", qstyle="outlook", qd="2026-12-21 09:00", hdrs=OUTLOOK, pre="RE: ", charset="iso-8859-1",
      lab=dict(amount="1185.00", reference="21/2026"),
      note="Sum sent after deducting their bank fee (1,185 of 1,200) - not contested, so paid; amount = what they sent. Body iso-8859-1 label with cp1252 bytes (curly quotes, en dash, euro sign 0x80).")

inv = I("rachel", "1093", 600.00, "2026-11-02", "2026-11-16", "Tina's Taqueria", "company",
        to="tina@tinastaqueria.com")
reply("client-reply-paid", inv, "Tina Alvarez <tina@tinastaqueria.com>", "2026-11-20 10:31", "America/New_York",
      """Hey Rachel — sent $600 via Zelle this morning to your rachel@ email. Check your bank app!

Thanks again for the menu board art, customers keep taking pictures of it 🌮

-Tina""", qstyle="gmail_us", qd="2026-11-19 09:00",
      lab=dict(amount="600.00", currency="USD"),
      note="Small business owner, Zelle, emoji.")

inv = I("hannah", "HW-143", 1250.00, "2026-11-02", "2026-12-02", "Marlow Sailing Club", "company",
        to="secretary@marlowsailing.org.uk")
reply("client-reply-paid", inv, "Clive Danvers <clive.danvers@marlowsailing.org.uk>", "2026-12-08 19:14",
      "Europe/London", """Hi Hannah,

Lovely to hear from you, and apologies for the radio silence - it's been a busy few weeks here with the AGM and the annual dinner (which, I'm pleased to say, went off without anyone falling in the river this year).

The main reason I'm writing: the committee liked the new membership brochure so much that we'd like to do something similar for the junior section, probably 8 pages, with the photos from the summer regatta. Would you have capacity for that in January? We'd need it printed by the end of February ahead of the spring open days. I've attached nothing yet but Sarah has a folder of about 200 photos we'd need to whittle down.

Also, one of our members runs a marina in Chichester and asked for your details, so you may hear from a chap called Martin.

Oh and your last invoice got paid on Monday, Sue in accounts confirmed.

Let me know about January and we can get a date in the diary.

All the best,
Clive
Hon. Secretary, Marlow Sailing Club""", qstyle="gmail", qd="2026-12-03 09:00",
      note="Long chatty mail about new work; one sentence says 'your last invoice got paid on Monday' (no number).")

inv = I("lucia", "2026-049", 560.00, "2026-11-12", "2026-12-12", "Lanzarote Surf Co.", "company",
        to="jamie@lanzarotesurf.co")
reply("client-reply-paid", inv, "Jamie Coulter <jamie@lanzarotesurf.co>", "2026-12-17 18:22",
      "Atlantic/Canary", """Hi Lucía,

Payment has been initiated today from our Santander account, €560. Should be with you tomorrow.

Cheers,
Jamie
Lanzarote Surf Co. · Famara""", qstyle="gmail", qd="2026-12-16 09:00", html="alt",
      lab=dict(amount="560.00"),
      note="British expat in Lanzarote (Atlantic/Canary); 'payment has been initiated today' = transfer made. Gmail multipart/alternative with HTML blockquote.")


# ============================================================================================
# PROMISE
# ============================================================================================
inv = I("rachel", "1094", 1320.00, "2026-11-03", "2026-12-03", "Northgate Events", "company",
        to="ap@northgateevents.com")
reply("client-reply-promise", inv, "Lorraine Dixon <ldixon@northgateevents.com>", "2026-12-08 10:40",
      "America/New_York", """Hi Rachel,

Invoice #1094 is approved and in the queue for this week's check run. We'll cut the check Friday and it goes in the mail same day.

Thanks,
Lorraine Dixon
Accounts Payable
Northgate Events, Inc.""", qstyle="outlook_us", qd="2026-12-07 09:00", hdrs=OUTLOOK_US, pre="RE: ",
      lab=dict(reference="1094", promised_date="2026-12-11"),
      note="US AP: 'in the queue', 'we'll cut the check Friday' (Tue 8 Dec -> Fri 11 Dec).")

inv = I("rachel", "1098", 1650.00, "2026-11-18", "2026-11-30", "Carrow Media", "company",
        to="ap@carrowmedia.com")
reply("client-reply-promise", inv, "Stacy Nguyen <snguyen@carrowmedia.com>", "2026-12-01 15:17",
      "America/Chicago", """Rachel,

Our terms are net 30 from receipt of invoice. We received #1098 on 11/20, so it will be paid on or before 12/20.

Let me know if you have any questions.

Stacy
Accounts Payable | Carrow Media""", qstyle="outlook_us", qd="2026-12-01 09:00", tmpl="due",
      hdrs=OUTLOOK_US, pre="RE: ",
      lab=dict(reference="1098", promised_date="2026-12-20"),
      note="Net 30 from receipt: 'paid on or before 12/20' (US m/d). The 11/20 is the receipt date, not the promise.")

inv = I("rachel", "1099", 2800.00, "2026-11-10", "2026-12-10", "Bluefin Outdoor", "company",
        to="accounting@bluefinoutdoor.com")
reply("client-reply-promise", inv, "Mark Tessler <mtessler@bluefinoutdoor.com>", "2026-12-29 11:03",
      "America/Denver", """Hi Rachel,

Apologies for the delay, our year-end close has everything backed up. This will go out 1/15 via ACH.

Best,
Mark Tessler
Controller, Bluefin Outdoor""", qstyle="outlook_us", qd="2026-12-28 09:00", hdrs=OUTLOOK_US, pre="RE: ",
      lab=dict(promised_date="2027-01-15"),
      note="US date '1/15' = 15 January 2027, written in December.")

inv = I("hannah", "HW-149", 780.00, "2026-11-12", "2026-12-12", "Tower Hamlets Community Food Network",
        "company", to="office@thcfn.org.uk")
reply("client-reply-promise", inv, "Ruth Amis <ruth.amis@thcfn.org.uk>", "2026-12-15 14:30", "Europe/London",
      """Dear Hannah,

Thank you for your patience, and sorry this has dragged on.

Anything over £500 needs two trustee signatures and our next sign-off is at the trustees' meeting on the 5th, so the payment will go out by the 7th at the latest.

With apologies,
Ruth

Ruth Amis
Office Manager
Tower Hamlets Community Food Network
Registered charity no. 1176543 | Company limited by guarantee no. 10987654""", qstyle="outlook",
      qd="2026-12-14 09:00", hdrs=OUTLOOK,
      lab=dict(promised_date="2027-01-07"),
      note="UK charity: 'by the 7th' written on 15 Dec -> 7 January 2027. The 5th is the meeting, not the payment.")

inv = I("tom", "INV-2026-035", 640.00, "2026-11-04", "2026-11-25", "Hanlon's Bar", "company",
        to="declan@hanlonsbar.ie")
reply("client-reply-promise", inv, "Declan Hanlon <declan@hanlonsbar.ie>", "2026-12-07 13:16", "Europe/Dublin",
      """Tom I'll sort you Friday week when the Christmas party money is in, things are tight til then. Sorry about that.

Declan""", qstyle="gmail", qd="2026-12-07 09:00",
      lab=dict(promised_date="2026-12-18"),
      note="Irish pub: 'Friday week' on Monday 7 Dec = the Friday after this one = 18 Dec.")

inv = I("hannah", "HW-153", 2160.00, "2026-12-03", "2027-01-02", "Greaves Lomax Solicitors", "company",
        to="accounts@greaveslomax.co.uk")
reply("client-reply-promise", inv, "Patricia Lomax <p.lomax@greaveslomax.co.uk>", "2027-01-11 10:05",
      "Europe/London", """Dear Ms Whitfield,

Thank you for your reminder.

The payment has now been approved by the partner responsible and will be made by close of business on Thursday.

Kind regards,

Patricia Lomax
Office Manager
Greaves Lomax Solicitors

Greaves Lomax Solicitors is the trading name of Greaves Lomax Ltd, a company registered in England and Wales (No. 08765432), authorised and regulated by the Solicitors Regulation Authority (SRA No. 612345). This email and its attachments are confidential and may be privileged. If you are not the intended recipient, please tell us immediately and delete it. Greaves Lomax will never notify you of a change to our bank details by email.""",
      qstyle="outlook", qd="2027-01-08 09:00", hdrs=EXCHANGE, html="alt", pre="RE: ",
      lab=dict(promised_date="2027-01-14"),
      note="Law-firm office manager: 'by close of business on Thursday' (Mon 11 Jan -> Thu 14 Jan).")

inv = I("rachel", "1096", 2200.00, "2026-10-15", "2026-11-14", "Quillstack", "company",
        to="nadia@quillstack.ai")
reply("client-reply-promise", inv, "Nadia Farouk <nadia@quillstack.ai>", "2026-11-18 22:47",
      "America/Los_Angeles", """will pay EOM — runway's tight til the bridge closes, sorry. not going anywhere I promise 🙏

Sent from my iPhone""", qstyle="apple_us", qd="2026-11-18 09:00", hdrs=IPHONE,
      lab=dict(promised_date="2026-11-30"),
      note="Founder on phone: 'EOM' = end of month (30 Nov).")

inv = I("tom", "INV-2026-038", 3400.00, "2026-12-01", "2026-12-31", "Shannonside University", "company",
        to="accountspayable@shannonside.ie")
reply("client-reply-promise", inv, "Accounts Payable <accountspayable@shannonside.ie>", "2027-01-14 11:52",
      "Europe/Dublin", """Dear Tom,

Your invoice INV-2026-038 has been approved for payment and will be included in the payment run scheduled for 22 January 2027. Payments are made by EFT and normally reach the supplier's account within two working days of the run.

Please quote your supplier number 200418 in all correspondence.

Kind regards,

Payments Team
Finance Office | Shannonside University""", qstyle="outlook", qd="2027-01-13 09:00", hdrs=EXCHANGE,
      pre="RE: ", lab=dict(reference="INV-2026-038", promised_date="2027-01-22"),
      note="University: approved, included in a future payment run on 22 January = promise (not paid).")

inv = I("hannah", "HW-154", 450.00, "2026-11-05", "2026-11-26", "Natalie Brooks", "person",
        to="nat.brooks@outlook.com")
reply("client-reply-promise", inv, "Nat Brooks <nat.brooks@outlook.com>", "2026-12-02 17:48",
      "Europe/London", """Argh sorry Hannah!! Completely forgot, it's been nativity costume hell here. Will do it tonight once the kids are down.

Nat x""", qstyle="outlook_new", qd="2026-12-01 09:00",
      lab=dict(promised_date="2026-12-02"),
      note="Busy parent: 'tonight' = today (2 Dec).")

inv = I("tom", "INV-2026-039", 1900.00, "2026-12-04", "2027-01-03", "Philip Aherne", "person",
        to="philip@ahernewealth.ie")
reply("client-reply-promise", inv, "Philip Aherne <philip@ahernewealth.ie>", "2027-01-19 08:02",
      "Europe/Dublin", """Tom,

You'll have it on the 28th, as I said on the phone last week. There's really no need for the automated emails.

Regards,
Philip Aherne""", qstyle="outlook", qd="2027-01-18 09:00", hdrs=OUTLOOK, pre="RE: ",
      lab=dict(promised_date="2027-01-28"),
      note="Passive-aggressive complaint about reminders, but the content is a dated promise (28 Jan).")

inv = I("rachel", "1100", 880.00, "2026-11-04", "2026-11-30", "Elaine MacPherson", "person",
        to="elaine.macpherson@shaw.ca")
reply("client-reply-promise", inv, "Elaine MacPherson <elaine.macpherson@shaw.ca>", "2026-12-09 12:20",
      "America/Edmonton", """Dear Rachel,

I'm so sorry - I really do apologise for the delay, this is entirely my fault and not a reflection of how much we love the illustrations.

I will make the payment no later than Wednesday, December 16.

Thank you so much for your patience and understanding, and again, my sincere apologies.

Warmest regards,
Elaine""", qstyle="gmail_us", qd="2026-12-08 09:00",
      lab=dict(promised_date="2026-12-16"),
      note="Very polite Canadian; explicit 'no later than Wednesday, December 16'.")

inv = I("alessandra", "25/2026", 2640.00, "2026-12-02", "2027-01-01", "Helios Optik GmbH", "company",
        to="rechnungen@helios-optik.de")
reply("client-reply-promise", inv, "Katrin Vogel <k.vogel@helios-optik.de>", "2027-01-20 09:12",
      "Europe/Berlin", """Dear Mrs. Rossi,

thank you for your reminder. Unfortunately we can not pay before the 28th, because our payments are released only one time per month. I ask for your understanding.

Best regards

Katrin Vogel
Accounting

Helios Optik GmbH · Hafenstraße 3 · 28217 Bremen
Geschäftsführung: Anna Helm · Registergericht Bremen HRB 34567""", qstyle="outlook_new", qd="2027-01-19 09:00",
      hdrs=OUTLOOK, pre="AW: ", charset="iso-8859-1", cte="8bit",
      lab=dict(promised_date="2027-01-28"),
      note="German: 'can not pay before the 28th' = promise for the 28th. iso-8859-1, 8bit.")

inv = I("tom", "INV-2026-037", 1150.00, "2026-10-26", "2026-11-25", "Studio Noordlicht", "company",
        to="info@studionoordlicht.nl")
reply("client-reply-promise", inv, "Joost Verhoeven <joost@studionoordlicht.nl>", "2026-11-26 16:03",
      "Europe/Amsterdam", """Hi Tom,

Thanks for the reminder. Your invoice is approved and will go out with next week's payment run.

Kind regards,
Joost""", qstyle="outlook_new", qd="2026-11-26 09:00", tmpl="due", hdrs=OUTLOOK, pre="Antw: ",
      note="Dutch: 'next week's payment run' is vague, no promised_date.")

inv = I("lucia", "2026-051", 940.00, "2026-11-16", "2026-12-16", "Maison Garance", "company",
        to="compta@maisongarance.fr")
reply("client-reply-promise", inv, "Hélène Roux <helene.roux@maisongarance.fr>", "2026-12-21 11:26",
      "Europe/Paris", """Dear Lucía,

Sorry for the late answer. Our accountant is in leave, we will pay the invoice 2026-051 after the holidays.

Have nice holidays!
Best regards,
Hélène""", qstyle="gmail", qd="2026-12-18 09:00", pre="RE : ",
      lab=dict(reference="2026-051"),
      note="French: 'after the holidays' is vague, no date.")

inv = I("alessandra", "23/2026", 1420.00, "2026-10-29", "2026-11-28", "Mehta Leather Works", "company",
        to="accounts@mehtaleather.in")
reply("client-reply-promise", inv, "Rahul Mehta <rahul@mehtaleather.in>", "2026-12-03 17:55", "Asia/Kolkata",
      """Dear Ma'am,

Greetings of the day.

We regret the delay in payment. The payment is under process at our end and will be released on coming Monday positively. Kindly bear with us.

Thanks & Regards,
Rahul Mehta
Accounts Dept.
Mehta Leather Works, Kanpur""", qstyle="gmail", qd="2026-12-03 09:00",
      lab=dict(promised_date="2026-12-07"),
      note="Indian English: 'released on coming Monday positively' (Thu 3 Dec -> Mon 7 Dec).")

inv = I("tom", "INV-2026-040", 2750.00, "2026-11-13", "2026-12-13", "Kruk Digital Sp. z o.o.", "company",
        to="finanse@krukdigital.pl")
reply("client-reply-promise", inv, "Tomasz Zieliński <t.zielinski@krukdigital.pl>", "2026-12-17 14:41",
      "Europe/Warsaw", """Hello Tom,

We will pay your invoice INV-2026-040 at 15 of January, because in December our budget is closed already. Sorry for problem.

Regards,
Tomasz Zieliński
Project Manager""", qstyle="gmail", qd="2026-12-16 09:00", pre="Odp: ",
      lab=dict(reference="INV-2026-040", promised_date="2027-01-15"),
      note="Polish PM: 'at 15 of January' -> 2027-01-15.")

inv = I("rachel", "1102", 3600.00, "2026-11-20", "2026-12-20", "Parkside Creative", "company",
        to="dev@parksidecreative.com")
reply("client-reply-promise", inv, "Dev Raman <dev@parksidecreative.com>", "2027-01-07 13:33",
      "America/New_York", """Hi Rachel,

Totally fair to chase. Honest answer: we're waiting on our client to pay us for the campaign and we'll pay you as soon as that lands. They've confirmed it's approved on their side so it shouldn't be long.

Sorry it's not a better answer.

Dev""", qstyle="gmail_us", qd="2027-01-06 09:00",
      note="Agency: 'once the client pays us' - vague promise, no date.")

inv = I("hannah", "HW-155", 690.00, "2026-12-02", "2027-01-01", "Oliver Grant", "person",
        to="oliver@grantandfield.co.uk")
reply("client-reply-promise", inv, "Oliver Grant <oliver@grantandfield.co.uk>", "2027-01-08 18:40",
      "Europe/London", """Hi Hannah,

Sorry - should be able to sort it early next week once I'm back in the office, I don't have the bank card token at home.

Best,
Oliver

Sent from my iPad""", qstyle="apple", qd="2027-01-08 09:00", hdrs=IPHONE,
      note="'early next week' is vague: no promised_date.")

inv = I("tom", "INV-2026-042", 780.00, "2026-12-18", "2027-01-17", "Ó Sé Joinery", "company",
        to="padraig@osejoinery.ie")
reply("client-reply-promise", inv, "Pádraig Ó Sé <padraig@osejoinery.ie>", "2027-02-02 11:15",
      "Europe/Dublin", """Can't do it today Tom, the card reader for the business account is above in the workshop and I'm at home with the flu. Thursday.

P.""", qstyle="gmail", qd="2027-02-02 09:00",
      lab=dict(promised_date="2027-02-04"),
      note="'Can't do it today ... Thursday.' (Tue 2 Feb -> Thu 4 Feb). Irish-English 'above in the workshop'.")

inv = I("hannah", "HW-156", 540.00, "2026-10-30", "2026-11-29", "Bec Lawson", "person",
        to="bec@lawsonceramics.com.au")
reply("client-reply-promise", inv, "Bec Lawson <bec@lawsonceramics.com.au>", "2026-12-03 08:15",
      "Australia/Sydney", """Morning Hannah,

Sorry, this one slipped through while I was up in Brissie for the markets. I'll pay it tomorrow first thing when I'm back at the desk.

Cheers,
Bec""", qstyle="gmail", qd="2026-12-02 09:00",
      lab=dict(promised_date="2026-12-04"),
      note="Sydney time zone: Date is 3 Dec local (still 2 Dec in UTC/London); 'tomorrow' = 4 Dec in the sender's zone.")

inv = I("rachel", "1104", 1450.00, "2026-10-30", "2026-11-29", "Jordan Ames", "person",
        to="jordan@amesfilms.com")
reply("client-reply-promise", inv, "Jordan Ames <jordan@amesfilms.com>", "2026-11-30 23:40",
      "America/Los_Angeles", """Ugh, sorry Rachel, month-end chaos here. I'll send it tomorrow morning, promise.

— Jordan""", qstyle="gmail_us", qd="2026-11-30 09:00",
      lab=dict(promised_date="2026-12-01"),
      note="Late night Pacific (already 1 Dec in UTC/New York): 'tomorrow' = 1 Dec in the sender's zone.")

inv = I("tom", "INV-2026-041", 1280.00, "2026-12-10", "2027-01-09", "Hartley Print Works Ltd", "company",
        to="accounts@hartleyprint.co.uk")
reply("client-reply-promise", inv, "Sam Hartley <sam@hartleyprint.co.uk>", "2027-01-26 09:47",
      "Europe/London", """Hi Tom,

Apologies - it'll go this Friday with the rest of the supplier payments.

Sam""", qstyle="outlook", qd="2027-01-25 09:00", hdrs=OUTLOOK, pre="RE: ",
      lab=dict(promised_date="2027-01-29"),
      note="'this Friday' on Tue 26 Jan -> 29 Jan.")

inv = I("lucia", "2026-055", 480.00, "2026-11-20", "2026-12-20", "Pete Stanley", "person",
        to="pete.stanley@gmail.com")
reply("client-reply-promise", inv, "Pete Stanley <pete.stanley@gmail.com>", "2026-12-20 20:14",
      "Atlantic/Canary", """Hi Lucía,

We'll have it paid by the 15th - January's always a bit slow for the bar but we'll get there. Gracias!

Pete""", qstyle="gmail", qd="2026-12-20 09:00", tmpl="due",
      lab=dict(promised_date="2027-01-15"),
      note="Written on 20 Dec: 'by the 15th' has passed this month -> 15 January. Canary Islands time zone.")

inv = I("tom", "INV-2026-021", 850.00, "2026-09-30", "2026-10-30", "Mulcahy Engineering", "company",
        to="accounts@mulcahyeng.ie")
inv2 = I("tom", "INV-2026-024", 920.00, "2026-10-29", "2026-11-28", "Mulcahy Engineering", "company",
         to="accounts@mulcahyeng.ie")
reply("client-reply-promise", inv, "Claire Dunne <claire.dunne@mulcahyeng.ie>", "2026-11-24 15:08",
      "Europe/Dublin", """Hi Tom,

The October one went out today. The November one will follow on the 30th when our next batch goes.

Thanks,
Claire
Finance Assistant | Mulcahy Engineering""", tmpl="statement", qstyle="outlook", qd="2026-11-23 09:00",
      qkw=dict(invoices=[inv, inv2], deadline=date(2026, 12, 7)), hdrs=OUTLOOK, pre="RE: ",
      lab=dict(promised_date="2026-11-30"),
      note="Statement of two invoices: one paid today, the other promised for the 30th -> promise. (Second invoice's due date is after the statement but it's listed.)")

inv = I("rachel", "1103", 3200.00, "2026-11-12", "2026-12-12", "Lakeshore Partners", "company",
        to="ap@lakeshorepartners.com")
_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<style>p.MsoNormal{margin:0in;font-size:11.0pt;font-family:"Aptos",sans-serif;}</style></head>
<body lang="EN-US"><div class="WordSection1">
<p class="MsoNormal">Hello Rachel,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Payment for invoice 1103 in the amount of <b>$3,200.00</b> has been scheduled for <b>12/18/2026</b> via ACH.</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Regards,</p>
<p class="MsoNormal"><span style="color:#1F3864"><b>Kevin Marsh</b><br>Accounts Payable<br>Lakeshore Partners LLC<br>773-555-0190</span></p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Rachel Stein &lt;rachel@steinillustration.com&gt;<br><b>Sent:</b> Monday, December 14, 2026 9:00 AM<br><b>To:</b> ap@lakeshorepartners.com<br><b>Subject:</b> Reminder: invoice 1103</p></div>
<p class="MsoNormal">Hello,</p><p class="MsoNormal">According to my records, invoice 1103 for $3,200.00, due on 12 December 2026, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.</p>
<p class="MsoNormal">If you have already paid, thank you &#8211; please let me know the payment date so that I can update my records.</p>
<p class="MsoNormal">Kind regards,<br>Rachel Stein</p>
</div></body></html>
"""
reply("client-reply-promise", inv, "Kevin Marsh <kmarsh@lakeshorepartners.com>", "2026-12-14 14:26",
      "America/Chicago", "", html=("only", _html), pre="RE: ", hdrs=EXCHANGE_US,
      lab=dict(amount="3200.00", currency="USD", reference="1103", promised_date="2026-12-18"),
      note="HTML-only: 'has been scheduled for 12/18/2026 via ACH' - scheduled, not yet made -> promise.")

inv = I("hannah", "HW-157", 1200.00, "2026-12-14", "2027-01-13", "Tandem Labs", "company",
        to="max@tandemlabs.io")
reply("client-reply-promise", inv, "Max Okafor <max@tandemlabs.io>", "2027-02-08 07:58", "Europe/London",
      """1.2k will be with you by Friday, sorry for the wait! Investor update week 🫠

Max

Sent from my iPhone""", qstyle="apple", qd="2027-02-05 09:00", hdrs=IPHONE,
      lab=dict(amount="1200.00", currency="GBP", promised_date="2027-02-12"),
      note="Startup founder: '1.2k' = 1200.00 GBP; 'by Friday' on Mon 8 Feb -> 12 Feb.")

inv = I("rachel", "1105", 1200.00, "2026-11-16", "2026-12-16", "Mike Dombrowski", "person",
        to="mike@dombrowskibrewing.com")
reply("client-reply-promise", inv, "Mike Dombrowski <mike@dombrowskibrewing.com>", "2026-12-22 16:11",
      "America/Chicago", """Hey Rachel!

1,200 bucks coming your way on the 1st, that's when our Q1 budget opens up. The can labels are flying off the shelves btw.

Happy holidays!! 🎄🍺
Mike""", qstyle="gmail_us", qd="2026-12-21 09:00",
      lab=dict(amount="1200.00", currency="USD", promised_date="2027-01-01"),
      note="'1,200 bucks ... on the 1st' written 22 Dec -> 1 January 2027.")

inv = I("tom", "INV-2026-043", 560.00, "2026-11-16", "2026-12-16", "Kelly's Pharmacy Ltd", "company",
        to="info@kellyspharmacy.ie")
reply("client-reply-promise", inv, "Brian Fahy <brian@fahyaccountants.ie>", "2026-12-16 11:20",
      "Europe/Dublin", """Hi Tom,

I look after the books for Kelly's Pharmacy. I've scheduled the payment for Monday - it'll show on your statement as coming from KELLY PHARMACY LTD.

Regards,
Brian Fahy
Fahy & Co. Chartered Accountants
Main Street, Ennis, Co. Clare""", qstyle="outlook", qd="2026-12-16 09:00", tmpl="due", hdrs=OUTLOOK,
      pre="RE: ", cc="Siobhán Kelly <info@kellyspharmacy.ie>",
      lab=dict(promised_date="2026-12-21"),
      note="Client's accountant: 'scheduled the payment for Monday' = not yet made (Wed 16 Dec -> Mon 21 Dec).")

inv = I("alessandra", "26/2026", 1080.00, "2026-12-04", "2027-01-03", "Éditions du Quai", "company",
        to="compta@editionsduquai.fr")
reply("client-reply-promise", inv, "Marc Delorme <m.delorme@editionsduquai.fr>", "2027-01-12 10:30",
      "Europe/Paris", """Hello Alessandra,

Happy new year! The payment will be done within the next 10 days.

Regards,
Marc""", qstyle="gmail", qd="2027-01-11 09:00", pre="RE : ",
      note="'within the next 10 days' is a span, not a named day: no promised_date.")

inv = I("hannah", "HW-158", 310.00, "2026-12-08", "2027-01-07", "Joan Pritchard", "person",
        to="joan.pritchard@sky.com")
reply("client-reply-promise", inv, "Joan Pritchard <joan.pritchard@sky.com>", "2027-01-18 13:02",
      "Europe/London", """Dear Hannah,

I'm ever so sorry. My pension comes in on the 25th and I'll pay you then, if that's alright. I hadn't forgotten, I promise - the boiler went just after Christmas and it's been one thing after another.

Best wishes,
Joan Pritchard""", quote=False,
      lab=dict(promised_date="2027-01-25"),
      note="Retired client: pays when the pension comes in on the 25th -> 25 Jan.")

inv = I("tom", "INV-2026-044", 1600.00, "2026-11-30", "2026-12-30", "Redwing Logistics Ltd", "company",
        to="purchase.ledger@redwinglogistics.co.uk")
reply("client-reply-promise", inv, "Purchase Ledger <purchase.ledger@redwinglogistics.co.uk>",
      "2027-01-05 15:54", "Europe/London", """Hello Tom,

Apologies, this missed the December cut-off. We'll get it into the January run.

Thanks,
Purchase Ledger Team
Redwing Logistics Ltd""", qstyle="outlook", qd="2027-01-04 09:00", hdrs=EXCHANGE, pre="RE: ",
      note="'into the January run' - vague, no date.")

inv = I("tom", "INV-2026-045", 990.00, "2026-11-19", "2026-12-19", "Fitzgerald Events", "company",
        to="maeve@fitzgeraldevents.ie")
reply("client-reply-promise", inv, "Maeve Fitzgerald <maeve@fitzgeraldevents.ie>", "2027-01-07 17:20",
      "Europe/Dublin", """Sorry Tom - slipped through the cracks with the Christmas rush. Definitely Tuesday.

M""", tmpl="promise_followup", qstyle="gmail", qd="2027-01-07 09:00",
      qkw=dict(promise_date=date(2027, 1, 4)),
      lab=dict(promised_date="2027-01-12"),
      note="Reply to the promise follow-up: new date 'Tuesday' (Thu 7 Jan -> Tue 12 Jan).")

inv = I("rachel", "1106", 2050.00, "2026-11-20", "2026-12-20", "Greystone Property Group", "company",
        to="ap@greystonepg.com")
reply("client-reply-promise", inv, "Accounts Payable <ap@greystonepg.com>", "2026-12-23 10:12",
      "America/New_York", """Hi Rachel,

Invoice #1106 is approved and in the queue. Our next check run is Wednesday 1/6 and the check will be mailed that day. Please note our office is closed 12/24 - 1/1.

Happy holidays,
Carla
Greystone Property Group | AP""", qstyle="outlook_us", qd="2026-12-22 09:00", hdrs=OUTLOOK_US, pre="RE: ",
      lab=dict(reference="1106", promised_date="2027-01-06"),
      note="US AP check run 'Wednesday 1/6' -> 6 Jan 2027; office closure dates are noise.")

inv = I("lucia", "2026-057", 350.00, "2026-12-02", "2027-01-01", "Aoife Gallagher", "person",
        to="aoifegallagher@gmail.com")
reply("client-reply-promise", inv, "Aoife Gallagher <aoifegallagher@gmail.com>", "2027-01-19 21:33",
      "Europe/Madrid", """Hi Lucía,

Really sorry it's late. I get paid on the 28th and I'll transfer it that day.

Aoife""", qstyle="gmail", qd="2027-01-19 09:00",
      lab=dict(promised_date="2027-01-28"),
      note="Irish client living in Madrid: pays on payday, the 28th.")


# ============================================================================================
# DISPUTE
# ============================================================================================
inv = I("rachel", "1091", 2350.00, "2026-10-26", "2026-11-25", "Brightline Creative Group", "company",
        to="ap@brightlinecreative.com")
reply("client-reply-dispute", inv, "Denise Albright <ap@brightlinecreative.com>", "2026-12-01 10:26",
      "America/Chicago", """Rachel,

We can only pay the amount on the approved PO (PO 77120, $2,000.00). Invoice #1091 is for $2,350.00.

Please issue a corrected invoice for $2,000.00, or have Jordan submit a PO change request if the extra $350 was agreed with him. Until then the invoice is on hold in our system.

Thanks,
Denise Albright
Accounts Payable | Brightline Creative Group""", qstyle="outlook_us", qd="2026-11-30 09:00",
      hdrs=OUTLOOK_US, pre="RE: ",
      lab=dict(amount="2000.00", currency="USD", reference="1091"),
      note="AP puts invoice on hold: amount above the PO; will pay only the PO amount ($2,000 accepted).")

inv = I("hannah", "HW-159", 1100.00, "2026-11-20", "2026-12-20", "St Brigid's Hospice Shop", "company",
        to="admin@stbrigidshospiceshop.org.uk")
reply("client-reply-dispute", inv, "Sophie Marchant <sophie.marchant@stbrigidshospiceshop.org.uk>",
      "2026-12-22 12:14", "Europe/London", """Dear Hannah,

Thank you for the reminder, and I'm sorry we've been slow.

Before we can pay I think there's been a slip: when we spoke in September you very kindly agreed our usual 15% charity discount, but the invoice is at the full rate. Could you reissue it with the discount applied? Then I'll get it through as quickly as I can.

Many thanks, and happy Christmas,
Sophie

Sophie Marchant | Retail Coordinator
St Brigid's Hospice Shops
Registered charity no. 1045678""", qstyle="outlook", qd="2026-12-21 09:00", hdrs=OUTLOOK,
      note="Very polite UK charity, but asks for an agreed discount before paying -> dispute.")

inv = I("tom", "INV-2026-046", 1240.00, "2026-11-09", "2026-12-09", "Flanagan's Bar", "company",
        to="flanagansbar.westport@gmail.com")
reply("client-reply-dispute", inv, "Máire Flanagan <flanagansbar.westport@gmail.com>", "2026-12-15 16:52",
      "Europe/Dublin", """Tom,

The menus came back with last year's prices on all the mains. We had to get the whole lot redone in Castlebar at our own cost the week before the Christmas parties. I'm not paying for a print run we couldn't use.

Happy to pay for the design part, that was grand, but not the printing. Ring me when you get a chance.

Máire""", qstyle="gmail", qd="2026-12-15 09:00",
      note="Irish pub: refuses the printing part (wrong prices printed), will pay the design part -> dispute.")

inv = I("hannah", "HW-144", 1980.00, "2026-11-04", "2026-12-04", "Pemberton Rees LLP", "company",
        to="accounts@pembertonrees.co.uk")
reply("client-reply-dispute", inv, "Joanna Pryce <joanna.pryce@pembertonrees.co.uk>", "2026-12-10 11:38",
      "Europe/London", """Dear Ms Whitfield,

Thank you for your email.

Invoice HW-144 bills 22 hours at £90. Our engagement letter of 3 September caps the work at 15 hours unless otherwise agreed in writing, and I can find no record of any such agreement.

We will settle 15 hours (£1,350.00) upon receipt of a revised invoice.

Kind regards,

Joanna Pryce
Office Manager
Pemberton Rees LLP

Pemberton Rees LLP is authorised and regulated by the Solicitors Regulation Authority. This message is confidential and may be subject to legal professional privilege. If you are not the intended recipient please notify us and delete it.""",
      qstyle="outlook", qd="2026-12-09 09:00", hdrs=EXCHANGE, html="alt", pre="RE: ",
      lab=dict(amount="1350.00", currency="GBP", reference="HW-144"),
      note="Law firm office manager: hours above an agreed cap; will pay a lower amount against a revised invoice -> dispute.")

inv = I("rachel", "1107", 4200.00, "2026-11-25", "2026-12-25", "Pebble Finance", "company",
        to="sam@pebble.finance")
reply("client-reply-dispute", inv, "Sam Whitaker <sam@pebble.finance>", "2027-01-04 19:22",
      "America/Los_Angeles", """ngl can't pay this until the hero illustrations work on mobile — they're cropped on every iPhone we've tested. fix that and we're good

sent from phone, excuse typos""", qstyle="gmail_us", qd="2027-01-04 09:00",
      note="Startup founder from phone: withholds payment until a defect is fixed -> dispute.")

inv = I("tom", "INV-2026-022", 1800.00, "2026-10-21", "2026-11-20", "Shannonside University", "company",
        to="accountspayable@shannonside.ie")
reply("client-reply-dispute", inv, "Procurement Services <procurement@shannonside.ie>", "2026-11-26 14:05",
      "Europe/Dublin", """Dear Tom,

INV-2026-022 appears to duplicate INV-2026-019, which was paid on 4 November under PO 4500123 (same description "Open Day 2026 signage - design", same amount).

Please issue a credit note for INV-2026-022 so that we can close it on our system, or let us know if this is in fact separate work and quote the relevant PO.

Kind regards,

Procurement Services
Shannonside University""", qstyle="outlook", qd="2026-11-25 09:00", hdrs=EXCHANGE, pre="RE: ",
      lab=dict(reference="INV-2026-022"),
      note="University: says the invoice duplicates another already paid; asks for a credit note -> dispute (not paid: the 'paid' refers to the other invoice).")

inv = I("hannah", "HW-160", 300.00, "2026-11-24", "2026-12-24", "Kenneth Marsh", "person",
        to="ken.marsh@btinternet.com")
reply("client-reply-dispute", inv, "Kenneth Marsh <ken.marsh@btinternet.com>", "2027-01-04 10:17",
      "Europe/London", """Dear Hannah,

I thought the price for the eulogy was £250 all in. Nobody said anything to me about VAT on top and I am not paying the extra £50.

I have sent the £250.

Yours,
Kenneth Marsh""", quote=False,
      lab=dict(amount="250.00", currency="GBP"),
      note="Retired client: pays £250 and refuses the £50 VAT -> partial payment + dispute = dispute.")

inv = I("rachel", "1088", 1500.00, "2026-10-14", "2026-11-13", "Greg Halvorsen", "person",
        to="greg@halvorsenwoodworks.com")
reply("client-reply-dispute", inv, "Greg Halvorsen <greg@halvorsenwoodworks.com>", "2026-11-20 08:44",
      "America/Chicago", """Interesting that you're chasing this when the second round of revisions was never delivered. Happy to discuss once it is.

— Greg""", qstyle="gmail_us", qd="2026-11-19 09:00",
      note="Passive-aggressive: work not delivered, payment held -> dispute.")

inv = I("alessandra", "19/2026", 1800.00, "2026-10-26", "2026-11-25", "Krüger Medizintechnik AG", "company",
        to="kreditoren@krueger-mt.de")
reply("client-reply-dispute", inv, "Stefan Krüger <s.krueger@krueger-mt.de>", "2026-12-03 13:40",
      "Europe/Berlin", """Dear Ms Rossi,

we transferred 1.500 EUR today. The remaining 300 EUR we will pay when the translation of chapter 4 is corrected, as mentioned in my email from 12 November – there are still terminology errors in the tables (see page 14–17).

Best regards
Stefan Krüger
Technische Dokumentation

Krüger Medizintechnik AG · Vorstand: Dr. Stefan Krüger · Aufsichtsratsvorsitz: Eva Brandt · Amtsgericht München HRB 98765""",
      qstyle="outlook_new", qd="2026-12-02 09:00", hdrs=OUTLOOK, pre="AW: ", charset="windows-1252",
      lab=dict(amount="1500.00"),
      note="German: partial payment (1.500 EUR, German thousands dot) + rest withheld until corrections -> dispute. windows-1252.")

inv = I("tom", "INV-2026-048", 960.00, "2026-11-02", "2026-12-02", "Van Dijk Interieur B.V.", "company",
        to="administratie@vandijkinterieur.nl")
reply("client-reply-dispute", inv, "Bas van Dijk <bas@vandijkinterieur.nl>", "2026-12-17 10:09",
      "Europe/Amsterdam", """Hi Tom,

We will pay the invoice amount of €960 this week, but we do not accept the €40 compensation and the interest. We were never late before and your invoice arrived in our system only on 2 December because it was sent to my colleague who left.

Regards,
Bas van Dijk""", tmpl="late_fee", qstyle="outlook_new", qd="2026-12-16 09:00",
      qkw=dict(law="EU", deadline=date(2026, 12, 30)), hdrs=OUTLOOK, pre="RE: ",
      lab=dict(amount="960.00"),
      note="Dutch client contests the late-payment fee and interest from the late_fee reminder, will pay the principal -> dispute beats promise.")

inv = I("alessandra", "22/2026", 1000.00, "2026-11-18", "2026-12-18", "Deshpande Pharma Exports", "company",
        to="accounts@deshpandepharma.in")
reply("client-reply-dispute", inv, "Anjali Deshpande <anjali@deshpandepharma.in>", "2026-12-21 16:48",
      "Asia/Kolkata", """Dear Madam,

With reference to your invoice no. 22/2026, kindly note that we have received 8 translated documents and not 10 as invoiced. Balance 2 documents were cancelled by our regulatory team vide mail dated 30th October.

Request you to kindly revise the invoice for 8 documents so that we can process the payment at the earliest.

Thanks and regards,
Anjali Deshpande
Manager - Regulatory Affairs""", qstyle="gmail", qd="2026-12-21 09:00",
      lab=dict(reference="22/2026"),
      note="Indian English ('vide mail', 'balance 2 documents'): invoiced 10, received 8 -> wants revised invoice -> dispute.")

inv = I("tom", "INV-2026-049", 300.00, "2026-12-01", "2026-12-15", "Orla Brady", "person",
        to="orla.brady@gmail.com")
reply("client-reply-dispute", inv, "Orla Brady <orla.brady@gmail.com>", "2026-12-16 20:55",
      "Europe/Dublin", """Hi Tom,

I think there's a mistake on this - we only had the one family shoot, the second date in December was cancelled (I texted you from the hospital car park with Rory's arm, remember?). So it should be €150 not €300?

Thanks, and sorry for the chaos
Orla""", qstyle="gmail", qd="2026-12-16 09:00", tmpl="due",
      note="Busy parent: billed for a cancelled session, says it should be half -> dispute (phrased as a question).")

inv = I("lucia", "2026-058", 420.00, "2026-12-01", "2026-12-31", "Nigel Ashworth", "person",
        to="nigel.ashworth@yahoo.co.uk")
reply("client-reply-dispute", inv, "Nigel Ashworth <nigel.ashworth@yahoo.co.uk>", "2027-01-05 11:44",
      "Atlantic/Canary", """Hi Lucía,

I'm confused by this. We never booked a second photo session for the villa - the one in October was the only one, and we paid for that at the time. Please cancel invoice 2026-058.

Regards,
Nigel""", qstyle="apple", qd="2027-01-04 09:00", hdrs=APPLEMAIL,
      lab=dict(reference="2026-058"),
      note="UK owner of a villa in the Canaries: never ordered the work; the 'paid' is about a different, earlier session -> dispute.")

inv = I("rachel", "1109", 3000.00, "2026-11-30", "2026-12-30", "Maple & Finch", "company",
        to="priya@mapleandfinch.ca")
reply("client-reply-dispute", inv, "Priya Sandhu <priya@mapleandfinch.ca>", "2027-01-06 14:21",
      "America/Vancouver", """Hi Rachel,

Quick flag: the quote you sent in September was in CAD ($3,000 CAD), but invoice #1109 is in USD. That's a pretty big difference at current rates. Can you reissue in CAD?

Thanks,
Priya""", qstyle="gmail_us", qd="2027-01-05 09:00",
      lab=dict(reference="1109"),
      note="Canadian: wrong currency vs quote -> dispute over the amount.")

inv = I("tom", "INV-2026-050", 2250.00, "2026-11-26", "2026-12-26", "Shane Doherty", "person",
        to="shane@dohertybuilt.com.au")
reply("client-reply-dispute", inv, "Shane Doherty <shane@dohertybuilt.com.au>", "2027-01-08 07:12",
      "Australia/Perth", """Mate, the quote was 1,800 flat. This says 2,250. What's the extra 450 for? Not paying that without an explanation.

Shane""", qstyle="gmail", qd="2027-01-07 09:00",
      note="Australian: contests the amount over the quote. Question form but a clear contest.")

inv = I("tom", "INV-2026-051", 1500.00, "2026-12-01", "2026-12-31", "Louise Geraghty", "person",
        to="louise@geraghtystudio.ie")
reply("client-reply-dispute", inv, "Louise Geraghty <louise@geraghtystudio.ie>", "2027-01-06 09:28",
      "Europe/Dublin", """Hi Tom,

We cancelled the January retainer in my email of 2 December (attached again for reference). Please send a credit note for INV-2026-051.

Thanks,
Louise""", qstyle="gmail", qd="2027-01-05 09:00",
      att=[("FW_ retainer.eml.pdf", "application/pdf", fake_pdf("retainer cancellation"))],
      lab=dict(reference="INV-2026-051"),
      note="Asks for a credit note: retainer cancelled -> dispute.")

inv = I("hannah", "HW-151", 2400.00, "2026-11-20", "2026-12-20", "Lindqvist Home", "company",
        to="accounts@lindqvisthome.co.uk")
reply("client-reply-dispute", inv, "Anthony Lindqvist <anthony@lindqvisthome.co.uk>", "2026-12-23 09:03",
      "Europe/London", """Hannah,

Given that the website copy was delivered three weeks after the agreed date, which pushed our launch back past Black Friday, we'd like to propose a 10% reduction on HW-151. If that works for you, please send a revised invoice and we'll pay it straight away.

Regards,
Anthony""", qstyle="outlook", qd="2026-12-22 09:00", hdrs=OUTLOOK, pre="RE: ",
      lab=dict(reference="HW-151"),
      note="Asks a discount for late delivery; 'we'll pay straight away' is conditional on the revised invoice -> dispute.")

inv = I("rachel", "1110", 1750.00, "2026-11-24", "2026-12-24", "Stonebridge Roasters", "company",
        to="hello@stonebridgeroasters.com")
reply("client-reply-dispute", inv, "Warren Hale <warren@stonebridgeroasters.com>", "2027-01-11 16:05",
      "America/New_York", """Rachel,

We will not be paying this invoice. The logo you delivered is substantially similar to an image on Adobe Stock (https://stock.adobe.com/images/coffee-bean-mountain-logo/123456789), which our attorney says exposes us to risk.

Any further correspondence on this matter should be directed to our attorney, Daniel Wexler, at dwexler@wexlerlaw.com.

Warren Hale
Owner, Stonebridge Roasters""", qstyle="gmail_us", qd="2027-01-11 09:00", tmpl="late_fee",
      qkw=dict(deadline=date(2027, 1, 25)),
      note="Refuses to pay, alleges plagiarism, refers to attorney -> dispute.")

inv = I("hannah", "HW-161", 1200.00, "2026-12-01", "2026-12-31", "Fiona Drummond Associates", "company",
        to="fiona@drummondassociates.co.uk")
reply("client-reply-dispute", inv, "Fiona Drummond <fiona@drummondassociates.co.uk>", "2027-01-05 13:50",
      "Europe/London", """Hannah,

We'll pay the undisputed part (£800) on Friday. The extra £400 "rush fee" was never agreed - I've been back through all our emails and there's nothing about it.

Regards,
Fiona""", qstyle="gmail", qd="2027-01-05 09:00",
      lab=dict(amount="800.00", currency="GBP"),
      note="Promise of the undisputed part + contest of the rush fee -> dispute beats promise; no promised_date for a dispute.")

inv = I("tom", "INV-2026-052", 1100.00, "2026-11-10", "2026-12-10", "Martin Cullen", "person",
        to="martin@cullenauto.ie")
reply("client-reply-dispute", inv, "Martin Cullen <martin@cullenauto.ie>", "2026-12-19 11:31",
      "Europe/Dublin", """Tom,

Adding statutory interest and a €40 "recovery" charge to an invoice that is nine days late is not how we treat our suppliers and it's not how we expect to be treated either. Frankly I'm surprised.

We'll pay the €1,100. Not the rest.

Martin Cullen
Cullen Auto Parts""", tmpl="late_fee", qstyle="outlook", qd="2026-12-19 09:00",
      qkw=dict(law="IE", deadline=date(2027, 1, 4)), hdrs=OUTLOOK, pre="RE: ",
      lab=dict(amount="1100.00"),
      note="Contests interest/compensation from the Irish late_fee letter, accepts the principal -> dispute.")

inv = I("rachel", "1111", 5100.00, "2026-11-16", "2026-12-16", "Caliber Systems", "company",
        to="ap@calibersystems.com")
_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="EN-US" style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<div>Hi Rachel,</div><div>&nbsp;</div>
<div>Our project lead reviewed invoice 1111 against the timesheets approved in Harvest:</div><div>&nbsp;</div>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th align="left">Period</th><th>Hours billed</th><th>Hours approved</th></tr>
<tr><td>Oct 26 - Nov 8</td><td align="right">27</td><td align="right">22</td></tr>
<tr><td>Nov 9 - Nov 15</td><td align="right">24</td><td align="right">20</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>51</b></td><td align="right"><b>42</b></td></tr>
</table>
<div>&nbsp;</div>
<div>Please resubmit the invoice at 42 hours ($4,200.00). We're not able to release payment on the current version.</div>
<div>&nbsp;</div><div>Thanks,</div><div>Heather Quinn<br>Vendor Management | Caliber Systems</div>
<div>&nbsp;</div>
<hr tabindex="-1" style="display:inline-block;width:98%">
<div id="divRplyFwdMsg"><font face="Calibri, sans-serif" style="font-size:11pt"><b>From:</b> Rachel Stein &lt;rachel@steinillustration.com&gt;<br><b>Sent:</b> Wednesday, December 16, 2026 9:00 AM<br><b>To:</b> ap@calibersystems.com<br><b>Subject:</b> Invoice 1111 due</font></div>
<div>Hello,<br><br>This is a quick reminder that invoice 1111 for $5,100.00 is due for payment today, 16 December 2026.<br><br>Kind regards,<br>Rachel Stein</div>
</body></html>
"""
reply("client-reply-dispute", inv, "Heather Quinn <hquinn@calibersystems.com>", "2026-12-17 11:44",
      "America/New_York", "", html=("only", _html), pre="RE: ", hdrs=EXCHANGE_US,
      lab=dict(amount="4200.00", currency="USD", reference="1111"),
      note="HTML-only with a timesheet table: billed 51h vs approved 42h; resubmit at $4,200 -> dispute.")

inv = I("alessandra", "27/2026", 1650.00, "2026-12-09", "2027-01-08", "Brouwer Koffie B.V.", "company",
        to="finance@brouwerkoffie.nl")
reply("client-reply-dispute", inv, "Wouter Brouwer <wouter@brouwerkoffie.nl>", "2027-01-14 15:36",
      "Europe/Amsterdam", """Hello Alessandra,

We are not satisfied with the proofreading of the brochure, our Italian distributor found many mistakes in it (I will send you his list). We do not want to pay the full invoice 27/2026 before this is solved.

Please call me this week, I am in the office Thursday and Friday.

Regards,
Wouter Brouwer""", qstyle="outlook_new", qd="2027-01-13 09:00", hdrs=OUTLOOK, pre="Antw: ",
      lab=dict(reference="27/2026"),
      note="Dutch client: work not up to standard, withholds payment; asks for a call -> dispute.")


# ============================================================================================
# CLIENT-REPLY-OTHER
# ============================================================================================
inv = I("rachel", "1108", 980.00, "2026-11-23", "2026-12-23", "Orchard & Vine Hospitality", "company",
        to="marketing@orchardvine.com")
reply("client-reply-other", inv, "AP Inbox <ap@orchardvine.com>", "2026-12-29 09:57", "America/New_York",
      """Hello,

We don't see invoice #1108 in our AP system. Can you resend it as a PDF to ap@orchardvine.com? We're unable to process payment from a reminder email.

Thank you,
Orchard & Vine Accounts Payable""", qstyle="outlook_us", qd="2026-12-28 09:00", hdrs=OUTLOOK_US, pre="RE: ",
      cc="Lena Park <marketing@orchardvine.com>",
      lab=dict(reference="1108"),
      note="AP asks for the invoice to be resent; no claim and no promise.")

inv = I("rachel", "1112", 2600.00, "2026-12-01", "2026-12-31", "Redline Sports Media", "company",
        to="accounts@redlinesports.com")
reply("client-reply-other", inv, "Vendor Setup <vendors@redlinesports.com>", "2027-01-05 14:40",
      "America/Chicago", """Hi Rachel,

Before we can process payment we need a completed W-9 on file for Stein Illustration LLC. Please send it to vendors@redlinesports.com and include your remit-to address.

Once it's in the system your invoice will go into the normal net 30 cycle.

Thx,
Vendor Setup Team""", qstyle="outlook_us", qd="2027-01-04 09:00", hdrs=OUTLOOK_US, pre="RE: ",
      note="US AP needs a W-9 before paying: an admin request, no dated promise, no contest.")

inv = I("hannah", "HW-146", 2750.00, "2026-11-10", "2026-12-10", "University of Northfield", "company",
        to="d.okeke@northfield.ac.uk")
reply("client-reply-other", inv, "Accounts Payable <ap-invoices@northfield.ac.uk>", "2026-12-14 11:32",
      "Europe/London", """Dear Supplier,

We are unable to process invoice HW-146 as it does not quote a valid University purchase order number. All invoices to the University of Northfield must quote a PO number beginning 41.

Please resubmit the invoice, quoting PO 4100098765, to ap-invoices@northfield.ac.uk. Invoices sent to individual members of staff cannot be processed.

Yours faithfully,

Accounts Payable
Finance Directorate | University of Northfield

Please note: the University's payment terms are 30 days from receipt of a valid invoice.""",
      qstyle="outlook", qd="2026-12-11 09:00", hdrs=EXCHANGE, pre="RE: ",
      lab=dict(reference="HW-146"),
      note="University procurement: PO number needed, resubmit. Not a dispute about the amount or the work.")

inv = I("tom", "INV-2026-053", 1350.00, "2026-12-07", "2027-01-06", "Corrib Tours", "company",
        to="niamh@corribtours.ie")
reply("client-reply-other", inv, "Niamh Joyce <niamh@corribtours.ie>", "2027-01-11 10:20", "Europe/Dublin",
      """Hi Tom,

Forwarding to our accounts team (cc'd), they look after all this.

Niamh""", qstyle="gmail", qd="2027-01-08 09:00",
      cc="Accounts <accounts@corribtours.ie>",
      note="Forwarded to accounts: no statement about payment.")

inv = I("hannah", "HW-162", 520.00, "2026-12-10", "2027-01-09", "Sandersons Estate Agents", "company",
        to="office@sandersonsestates.co.uk")
reply("client-reply-other", inv, "Becky Sanderson <becky@sandersonsestates.co.uk>", "2027-01-05 08:47",
      "Europe/London", """Received, thanks.

Becky""", tmpl="courtesy", qstyle="outlook", qd="2027-01-04 09:00", hdrs=OUTLOOK, pre="RE: ",
      note="Acknowledges a courtesy (pre-due) reminder; 'received' is not 'paid'.")

inv = I("lucia", "2026-059", 610.00, "2026-11-30", "2026-12-30", "Sarah Whitcombe", "person",
        to="sarah.whitcombe@icloud.com")
reply("client-reply-other", inv, "Sarah Whitcombe <sarah.whitcombe@icloud.com>", "2027-01-07 19:30",
      "Europe/London", """Hi Lucía,

Which invoice is this about? I've got two from you in my inbox (October and November) and I had a feeling I'd paid one of them already but I can't see it in my banking app. Could you send me both again with what's outstanding?

Thanks,
Sarah

Sent from my iPhone""", qstyle="apple", qd="2027-01-07 09:00", hdrs=IPHONE,
      note="Asks which invoice; 'had a feeling I'd paid one' is hedged and contradicted by her banking app -> no paid claim.")

inv = I("tom", "INV-2026-054", 2100.00, "2026-12-01", "2026-12-31", "Deirdre Walsh Consulting", "company",
        to="deirdre@walshconsulting.ie")
reply("client-reply-other", inv, "Deirdre Walsh <deirdre@walshconsulting.ie>", "2027-01-08 12:02",
      "Europe/Dublin", """Hi Tom,

Before we pay this - we got an email yesterday, supposedly from you, saying your bank details have changed to an account in Lithuania. It looked a bit off (the address was tom@byrnedesign-ie.com). Can you give me a ring to confirm whether that's genuine? I don't want to send it to a scammer.

My mobile is 087 555 1234.

Deirdre""", qstyle="gmail", qd="2027-01-08 09:00",
      note="Fraud check on changed bank details; asks for a call. Intends to pay but no promise or date.")

inv = I("rachel", "1113", 3800.00, "2026-12-07", "2027-01-06", "Orbital Kitchens", "company",
        to="ceo@orbitalkitchens.co")
reply("client-reply-other", inv, "Leo Brandt <ceo@orbitalkitchens.co>", "2027-01-07 12:16",
      "America/Los_Angeles", """can we hop on a call tmrw re: the invoice + next sprint? have a couple of qs on the hours. free after 2pm PT

sent from my phone""", qstyle="gmail_us", qd="2027-01-07 09:00",
      note="Founder asks for a call with questions about the hours; no claim made -> other.")

inv = I("hannah", "HW-163", 260.00, "2026-12-04", "2027-01-03", "Rosemary Baines", "person",
        to="rosemary.baines@aol.com")
reply("client-reply-other", inv, "Rosemary Baines <rosemary.baines@aol.com>", "2027-01-09 15:12",
      "Europe/London", """Dear Hannah,

Thank you for your reminder, and for your lovely work on the parish newsletter - the vicar was delighted and Mrs Fenwick has asked for an extra copy for her sister in Harrogate.

I'm afraid I'm not very good with these things. Could you tell me again how I am supposed to pay? My son normally does the computer side of things but he's in Canada until March and I don't like to bother him with the time difference. Is there a form at the bank I can fill in, or can I send you a cheque?

With kind regards,
Rosemary Baines""", qstyle="gmail", qd="2027-01-08 09:00",
      note="Retired client asks how to pay; no promise.")

inv = I("hannah", "HW-164", 1620.00, "2026-12-01", "2026-12-31", "Carlisle Moore Solicitors", "company",
        to="j.moore@carlislemoore.co.uk")
reply("client-reply-other", inv, "Debbie Walters <d.walters@carlislemoore.co.uk>", "2027-01-07 10:41",
      "Europe/London", """Dear Ms Whitfield,

Mr Moore has passed your email to me. I have forwarded it to our accounts department.

For future reference, please address all invoices to accounts@carlislemoore.co.uk rather than to individual fee earners, as this causes delays.

Kind regards,

Debbie Walters
Office Manager
Carlisle Moore Solicitors

Carlisle Moore Solicitors is authorised and regulated by the Solicitors Regulation Authority (SRA No. 345678). This email is confidential and may be privileged. If you receive this email in error please notify us immediately. We do not accept service of documents by email.""",
      qstyle="outlook", qd="2027-01-06 09:00", hdrs=EXCHANGE, html="alt", pre="RE: ",
      note="Law firm office manager forwards to accounts and asks for a different address.")

inv = I("tom", "INV-2026-055", 4200.00, "2026-12-03", "2027-01-02", "Midlands Regional College", "company",
        to="e.farrell@mrc.ie")
reply("client-reply-other", inv, "Procurement Office <procurement@mrc.ie>", "2027-01-12 15:03",
      "Europe/Dublin", """Dear Tom,

Payment cannot be made until you are set up as a supplier on our finance system. Please complete the attached Supplier Set-Up Form and return it together with a bank letter or a bank statement header showing your IBAN, and a current Tax Clearance Certificate access number.

Once you are set up, invoices are paid in the next scheduled payment run.

Regards,
Procurement Office
Midlands Regional College""", qstyle="outlook", qd="2027-01-11 09:00", hdrs=EXCHANGE, pre="RE: ",
      att=[("MRC_Supplier_SetUp_Form_v7.pdf", "application/pdf", fake_pdf("Supplier set-up form"))],
      note="College procurement: supplier registration needed before payment. 'next scheduled payment run' is conditional and undated -> other.")

inv = I("alessandra", "24/2026", 1900.00, "2026-11-26", "2026-12-26", "Jansen Design Studio", "company",
        to="finance@jansendesign.nl")
reply("client-reply-other", inv, "Lotte Jansen <lotte@jansendesign.nl>", "2026-12-30 11:15",
      "Europe/Amsterdam", """Hi Alessandra,

Our finance team asks: is the amount on invoice 24/2026 inclusive of VAT? There is no VAT on it, is that reverse charge? They need a line about it on the invoice, I think.

Thank you and happy new year!
Lotte""", qstyle="gmail", qd="2026-12-29 09:00",
      lab=dict(reference="24/2026"),
      note="Dutch client: VAT/reverse-charge question, no claim.")

inv = I("rachel", "1114", 1400.00, "2026-11-19", "2026-12-19", "Corvid Labs", "company",
        to="ethan@corvidlabs.com")
reply("client-reply-other", inv, "Ethan Clarke <ethan.clarke.personal@gmail.com>", "2027-01-04 13:40",
      "America/New_York", """Hi Rachel,

I left Corvid Labs at the end of October - this came through to my personal address because of a forward I forgot to turn off. Please reach out to finance@corvidlabs.com (cc'd) about it.

Best of luck, and hope the studio's going well!
Ethan""", qstyle="gmail_us", qd="2027-01-03 09:00", cc="Finance <finance@corvidlabs.com>",
      note="Human (not automatic) reply: contact left the company, redirects to finance.")

inv = I("hannah", "HW-165", 420.00, "2026-12-08", "2027-01-07", "Jo Harper", "person",
        to="jo@harperflowers.co.uk")
reply("client-reply-other", inv, "Jo Harper <jo@harperflowers.co.uk>", "2027-01-11 09:14", "Europe/London",
      """Hi Hannah,

Can I pay by card? Transfers from the business account need two approvals and my business partner is on holiday. Do you have a Stripe or PayPal link?

Cheers,
Jo""", qstyle="gmail", qd="2027-01-10 09:00",
      note="Asks for a card/PayPal link: question, not a promise.")

inv = I("tom", "INV-2026-056", 870.00, "2026-12-09", "2027-01-08", "Barrow Valley Crafts", "company",
        to="sinead@barrowvalleycrafts.ie")
reply("client-reply-other", inv, "Sinéad Power <sinead@barrowvalleycrafts.ie>", "2027-01-12 16:26",
      "Europe/Dublin", """Thanks Tom, I'll check with finance and come back to you.

Sinéad""", qstyle="gmail", qd="2027-01-12 09:00",
      note="'I'll check with finance and come back to you' - promises an answer, not a payment -> other.")

inv = I("rachel", "1115", 4650.00, "2026-12-02", "2027-01-01", "Harbor Lane Publishing", "company",
        to="marketing@harborlanepub.com")
reply("client-reply-other", inv, "Chris Albrecht <calbrecht@harborlanepub.com>", "2027-01-05 11:09",
      "America/New_York", """Hi Rachel,

Could you split invoice #1115 into two - one for the brand book and one for the social assets? They're charged to different cost centers on our side and finance bounced it back to me.

Thanks!
Chris""", qstyle="outlook_us", qd="2027-01-04 09:00", hdrs=OUTLOOK_US, pre="RE: ",
      lab=dict(reference="1115"),
      note="Admin request to split the invoice; the amount is not contested.")

inv = I("tom", "INV-2026-057", 1950.00, "2026-12-10", "2027-01-09", "Lumina Apps Sp. z o.o.", "company",
        to="biuro@luminaapps.pl")
reply("client-reply-other", inv, "Katarzyna Nowak <k.nowak@luminaapps.pl>", "2027-01-13 10:05",
      "Europe/Warsaw", """Dear Tom,

Please send the invoice also in paper version by post, our accountant need the original with signature for documentation. Address:

Lumina Apps Sp. z o.o.
ul. Piotrkowska 120
90-006 Łódź
Poland

Best regards,
Katarzyna Nowak
Office Administrator""", qstyle="gmail", qd="2027-01-12 09:00", pre="Odp: ",
      note="Polish client wants a paper original by post; no payment statement.")

inv = I("rachel", "1116", 725.00, "2026-12-03", "2027-01-02", "Dana Whitlock", "person",
        to="dana@whitlockdesignbuild.com")
reply("client-reply-other", inv, "Dana Whitlock <dana@whitlockdesignbuild.com>", "2027-01-06 17:58",
      "America/New_York", """Noted.""", qstyle="gmail_us", qd="2027-01-06 09:00",
      note="One word, curt: acknowledgement only.")

inv = I("tom", "INV-2026-058", 275.00, "2026-12-14", "2026-12-28", "Ciara Nolan", "person",
        to="ciaranolan82@gmail.com")
reply("client-reply-other", inv, "Ciara Nolan <ciaranolan82@gmail.com>", "2027-01-08 22:04",
      "Europe/Dublin", """Hi Tom sorry what was the amount again?? can't find the original email, my inbox is carnage x""",
      quote=False, hdrs=ANDROID_OUTLOOK,
      note="Busy parent asks the amount (the reply does not quote the reminder).")

inv = I("hannah", "HW-166", 3300.00, "2026-12-15", "2027-01-14", "Fenwick Retail Group plc", "company",
        to="marketing.uk@fenwickretail.com")
_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#222">
<p>Dear Supplier,</p>
<p>Thank you for your email. Your reminder was sent to our UK marketing team, who have passed it to us.</p>
<p>Fenwick Retail Group no longer accepts invoices by email. To ensure prompt payment, please submit invoice <b>HW-166</b> through our <b>Coupa Supplier Portal</b>:</p>
<p><a href="https://fenwickretail.coupahost.com/sessions/supplier_login">https://fenwickretail.coupahost.com/sessions/supplier_login</a></p>
<p>If you have not yet registered, please reply to this email with your company name and VAT number and we will send you an invitation.</p>
<p>Kind regards,<br>Aisha Rahman</p>
<table cellpadding="6" style="background:#F3F3F3;border:1px solid #CCCCCC;font-size:9pt"><tr><td>
<b>Accounts Payable Shared Service Centre</b><br>Fenwick Retail Group plc<br>Ref: ASK-2027-004411 (please quote in any reply)</td></tr></table>
<p style="font-size:8pt;color:#888">Fenwick Retail Group plc, registered in England and Wales no. 01234567. Registered office: 1 Market Street, Leeds LS1 6DT.</p>
</body></html>
"""
reply("client-reply-other", inv, "AP Shared Service Centre <ap.ssc@fenwickretail.com>", "2027-01-18 14:02",
      "Europe/London", "", html=("only", _html), pre="RE: ", hdrs=EXCHANGE,
      lab=dict(reference="HW-166"),
      note="Corporate AP (human-sent, case reference) asks to submit via the Coupa portal; HTML only.")


# ============================================================================================
# MACHINE MAIL
# ============================================================================================
RACHEL = "Rachel Stein <rachel@steinillustration.com>"
HANNAH = "Hannah Whitfield <hannah@whitfieldwords.co.uk>"
TOM = "Tom Byrne <tom@byrnedesign.ie>"

# --- Chase: incoming ACH credit ---------------------------------------------------------------
machine("payment-notification", "Chase <no.reply.alerts@chase.com>", RACHEL, "2026-11-19 06:04",
        "America/New_York", "Your $2,400.00 direct deposit posted",
        text="""Chase

Your direct deposit posted

We've deposited $2,400.00 into your account ending in 4471.

Account: CHASE BUSINESS COMPLETE CHECKING (...4471)
Amount: $2,400.00
Description: BRIGHTLINE CREAT ACH PMT PPD ID: 9876543210
Date: Nov 19, 2026

You can view your balance and recent activity in the Chase Mobile app or at chase.com.

You are receiving this alert because you chose to be notified about direct deposits. Review or change your alert settings at chase.com/alerts.

Securely access your accounts at chase.com.

(c) 2026 JPMorgan Chase & Co. Chase Bank, N.A. Member FDIC.
This service email was sent to you because you have an account with us. Please don't reply to this automated message.""",
        html="""<html><body style="font-family:Arial,sans-serif;background:#f4f5f7">
<table width="600" align="center" style="background:#ffffff"><tr><td style="padding:24px">
<img src="https://www.chase.com/content/dam/chase-ux/logos/chase_logo.png" alt="Chase" width="120">
<h2 style="color:#1a1a1a">Your direct deposit posted</h2>
<p>We've deposited <b>$2,400.00</b> into your account ending in 4471.</p>
<table style="font-size:14px"><tr><td>Account</td><td>CHASE BUSINESS COMPLETE CHECKING (...4471)</td></tr>
<tr><td>Amount</td><td>$2,400.00</td></tr><tr><td>Description</td><td>BRIGHTLINE CREAT ACH PMT PPD ID: 9876543210</td></tr>
<tr><td>Date</td><td>Nov 19, 2026</td></tr></table>
<p style="font-size:11px;color:#666">You are receiving this alert because you chose to be notified about direct deposits. Please don't reply to this automated message.<br>&copy; 2026 JPMorgan Chase &amp; Co. Member FDIC.</p>
</td></tr></table></body></html>
""", hdrs=[("X-Auto-Response-Suppress", "All")], msgid_domain="alerts.chase.com",
        lab=dict(amount="2400.00", currency="USD"),
        note="Chase alert: ACH credit from Brightline posted to the freelancer's account. No invoice number.")

# --- Stripe -----------------------------------------------------------------------------------
machine("payment-notification", "Stripe <notifications@stripe.com>", RACHEL, "2026-12-18 13:22",
        "America/New_York", "Payment of $1,650.00 from Carrow Media",
        text="""Stein Illustration LLC

You received a payment of $1,650.00

Customer: Carrow Media (ap@carrowmedia.com)
Description: Invoice 1098
Payment method: ACH Direct Debit ····6620
Payment ID: py_3QxT7rLkd81nBmQe0a1Zc9Vf
Date: Dec 18, 2026

Funds from ACH Direct Debit payments usually become available in your balance within 4 business days.

View payment: https://dashboard.stripe.com/payments/py_3QxT7rLkd81nBmQe0a1Zc9Vf

You're receiving this email because you've enabled successful payment notifications for Stein Illustration LLC. Manage your email preferences: https://dashboard.stripe.com/settings/user

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080""", msgid_domain="stripe.com",
        lab=dict(amount="1650.00", currency="USD", reference="1098"),
        note="Stripe successful-payment notice; description carries the invoice number.")

# --- PayPal: money received ---------------------------------------------------------------------
machine("payment-notification", "service@paypal.co.uk", HANNAH, "2027-01-11 14:31", "Europe/London",
        "You've got money",
        text="""Hello, Hannah Whitfield

Jo Harper sent you £420.00 GBP

Note from Jo Harper:
"HW-165 - thanks Hannah, sorry for the faff!"

Transaction details
Transaction ID: 7LK40913XW2210459
Transaction date: 11 January 2027
Amount received: £420.00 GBP
Fee: -£13.24 GBP
Net amount: £406.76 GBP

It may take a few moments for this transaction to appear in your account.

Help & Contact | Security | Apps

PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg. R.C.S. Luxembourg B 118 349
PPX000637:7d1a2e3f4a5b""", cte="quoted-printable", msgid_domain="paypal.co.uk",
        lab=dict(amount="420.00", currency="GBP", reference="HW-165"),
        note="PayPal money received; gross £420 and net £406.76 after PayPal's fee; amount = what was sent.")

# --- Barclays: money in -----------------------------------------------------------------------
machine("payment-notification", "Barclays <alerts@notifications.barclays.co.uk>", HANNAH,
        "2026-12-10 07:12", "Europe/London", "You've received a payment",
        html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Barclays</title></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" style="background:#ffffff;margin:20px 0">
<tr><td style="background:#00aeef;padding:18px 24px;color:#fff;font-size:20px;font-weight:bold">Barclays</td></tr>
<tr><td style="padding:24px;color:#333;font-size:15px">
<p>Hi Hannah,</p>
<p>Money has arrived in your <b>Business Premium Account</b> ending 5555.</p>
<table style="font-size:15px"><tr><td style="padding-right:16px">From</td><td><b>FRIENDS OF HACKNEY M</b></td></tr>
<tr><td>Amount</td><td><b>&pound;650.00</b></td></tr>
<tr><td>Reference</td><td>HW142</td></tr>
<tr><td>Received</td><td>10 Dec 2026</td></tr></table>
<p>You can see this and your other transactions in the Barclays app.</p>
<p style="font-size:12px;color:#777">We'll never ask you for your PIN or passcode in an email. This is an automated alert &ndash; please don't reply.<br>
Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Financial Services Register No. 759676). Registered in England. Registered No. 9740322. Registered Office: 1 Churchill Place, London E14 5HP.</p>
</td></tr></table></td></tr></table></body></html>
""", msgid_domain="notifications.barclays.co.uk",
        lab=dict(amount="650.00", currency="GBP", reference="HW-142"),
        note="HTML-only Barclays money-in alert; reference printed 'HW142' = HW-142.")

# --- QuickBooks Payments ----------------------------------------------------------------------
machine("payment-notification", "QuickBooks Payments <quickbooks@notification.intuit.com>", RACHEL,
        "2026-12-18 09:47", "America/Los_Angeles", "Payment received: Invoice 1103 from Lakeshore Partners LLC",
        text="""Good news! You've been paid.

Lakeshore Partners LLC paid invoice 1103.

Payment amount: $3,200.00
Payment method: Bank transfer (ACH)
Payment date: 12/18/2026
Deposit: Funds are expected in your bank account ending in 4471 within 2-3 business days.

View in QuickBooks: https://qbo.intuit.com/app/recvpayment?txnId=4417

Intuit Inc. | 2700 Coast Avenue, Mountain View, CA 94043
You're receiving this email because you have QuickBooks Payments notifications turned on.""",
        msgid_domain="notification.intuit.com",
        lab=dict(amount="3200.00", currency="USD", reference="1103"),
        note="QuickBooks Payments: invoice paid by ACH. Date header in Pacific time.")

# --- Square -----------------------------------------------------------------------------------
machine("payment-notification", "Square <noreply@messaging.squareup.com>", TOM, "2027-01-09 09:12",
        "Europe/Dublin", "Ciara Nolan paid invoice #INV-2026-058",
        text="""Byrne Design

Invoice #INV-2026-058 has been paid

Ciara Nolan paid €275.00 by card (Visa •••• 8841).

Invoice #INV-2026-058
Amount paid: €275.00
Processing fee: €4.68
Paid on: 9 Jan 2027, 09:11

Funds will be transferred to your linked bank account in 1-2 business days.

View invoice: https://squareup.com/dashboard/invoices/inv_0QHT31MGZ8P7X

Square Payments Ireland Limited, The Academy, 42 Pearse Street, Dublin 2.""", msgid_domain="squareup.com",
        lab=dict(amount="275.00", reference="INV-2026-058"),
        note="Square: invoice paid by card (the busy parent who asked the amount).")

# --- Out of office: US, RFC 3834 headers, return date -------------------------------------------
machine("auto-reply", "Dev Raman <dev@parksidecreative.com>", RACHEL, "2026-12-28 09:00",
        "America/New_York", "Automatic reply: Reminder: invoice 1102",
        text="""Thank you for your email. I am out of the office from Thursday, December 24 through Friday, January 1, with limited access to email. I will return on Monday, January 4.

For anything urgent please contact studio@parksidecreative.com.

Happy holidays!
Dev""", hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("Thread-Topic", "Reminder: invoice 1102")] + EXCHANGE_US,
        irt="<a11e2b7f6c3d9e01.77f3a2b1@mailduns.steinillustration.com>",
        lab=dict(return_date="2027-01-04"),
        note="Exchange out-of-office with Auto-Submitted; 'I will return on Monday, January 4'.")

# --- Out of office: charity, no RFC headers, no date ------------------------------------------
machine("auto-reply", "Tower Hamlets Community Food Network <office@thcfn.org.uk>", HANNAH,
        "2026-12-23 14:02", "Europe/London", "Re: Invoice HW-149 overdue",
        text="""Thank you for your email.

Our office is now closed for the Christmas break and we will respond to emails when we reopen in the new year.

If you need to make an urgent food bank referral, please call our referrals line on 020 7946 0321 (Monday, Wednesday and Friday, 10am-1pm).

Wishing you a peaceful festive season,
The THCFN team

Tower Hamlets Community Food Network | Registered charity no. 1176543""",
        irt="<5c1f0e9a2b7d4c33.0a9b8c7d@mailduns.whitfieldwords.co.uk>",
        note="Holiday closure auto-reply with a 'Re:' subject and no Auto-Submitted/X-Autoreply headers; return only 'in the new year' -> no return_date.")

# --- Out of office: Irish, X-Autoreply, 'until ... inclusive' ---------------------------------
machine("auto-reply", "Niamh Joyce <niamh@corribtours.ie>", TOM, "2026-12-30 09:03", "Europe/Dublin",
        "Out of Office: Invoice INV-2026-053 due on 6 January 2027",
        text="""Hi,

I'm on annual leave until Tuesday 5 January inclusive and won't be checking email. For bookings please contact bookings@corribtours.ie; for anything to do with accounts please email accounts@corribtours.ie.

Go raibh maith agat,
Niamh""", hdrs=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")],
        irt="<8d2c1b0a9f8e7d6c.5b4a3928@mailduns.byrnedesign.ie>",
        lab=dict(return_date="2027-01-06"),
        note="'until Tuesday 5 January inclusive' -> back on Wednesday 6 January.")

# --- Bounce: Microsoft 365 NDR, permanent -------------------------------------------------------
_inv = I("hannah", "HW-167", 940.00, "2026-12-04", "2027-01-03", "Holloway Print & Design", "company",
         to="accounts@hollowayprint.co.uk")
_orig = outgoing_reminder(_inv, "2027-01-08 09:00")
bounce("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@whitfieldwords.co.uk>",
       HANNAH, "2027-01-08 09:00:06", "Europe/London", "Undeliverable: Reminder: invoice HW-167",
       """Your message to accounts@hollowayprint.co.uk couldn't be delivered.

accounts wasn't found at hollowayprint.co.uk.

hannah            Office 365            accounts
Action Required                          Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient has left the organisation, contact them some other way.

Diagnostic information for administrators:

Generating server: LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM

accounts@hollowayprint.co.uk
Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient accounts@hollowayprint.co.uk not found by SMTP address lookup'

Original message headers:

Received: from LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM ([fe80::1c2d:3e4f:5a6b:7c8d]) by LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM; Fri, 8 Jan 2027 09:00:04 +0000
""",
       """Reporting-MTA: dns;LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Fri, 8 Jan 2027 09:00:04 +0000

Final-Recipient: rfc822;accounts@hollowayprint.co.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient accounts@hollowayprint.co.uk not found by SMTP address lookup
""", _orig, hdrs=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                  ("Content-Language", "en-GB")], msgid_domain="LO2P265MB5012.GBRP265.PROD.OUTLOOK.COM",
       lab=dict(failed_recipient="accounts@hollowayprint.co.uk", permanent=True),
       note="Office 365 NDR 5.1.10 recipient not found: permanent.")

# --- Bounce: Postfix delay warning, temporary -------------------------------------------------
_inv = I("rachel", "1117", 1275.00, "2026-12-01", "2026-12-31", "Hollister Family Dental", "company",
         to="billing@hollisterdental.com")
_orig = outgoing_reminder(_inv, "2027-01-05 09:00")
_hdr_only = _orig.split(b"\nMIME-Version")[0] + b"\nMIME-Version: 1.0\n"
bounce("Mail Delivery System <MAILER-DAEMON@mail.steinillustration.com>", RACHEL, "2027-01-05 13:07",
       "America/New_York", "Delayed Mail (still being retried)",
       """This is the mail system at host mail.steinillustration.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for 4.0 hours.
It will be retried until it is 5.0 days old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<billing@hollisterdental.com>: connect to mx1.hollisterdental.com[203.0.113.45]:25:
    Connection timed out
""",
       """Reporting-MTA: dns; mail.steinillustration.com
X-Postfix-Queue-ID: 4Xq9Tz3KZbz1KqR
X-Postfix-Sender: rfc822; rachel@steinillustration.com
Arrival-Date: Tue,  5 Jan 2027 09:00:02 -0500 (EST)

Final-Recipient: rfc822; billing@hollisterdental.com
Original-Recipient: rfc822;billing@hollisterdental.com
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx1.hollisterdental.com[203.0.113.45]:25:
    Connection timed out
Will-Retry-Until: Sun, 10 Jan 2027 09:00:02 -0500 (EST)
""", _hdr_only, headers_only=True, hdrs=[("Auto-Submitted", "auto-replied")],
       lab=dict(failed_recipient="billing@hollisterdental.com", permanent=False),
       note="Postfix delay warning (Action: delayed, 4.4.1, still retrying): temporary.")

# --- Other: PayPal outgoing payment -------------------------------------------------------------
machine("other", "service@paypal.co.uk", HANNAH, "2026-12-03 17:25", "Europe/London",
        "Receipt for your payment to Alex Turner",
        text="""Hello, Hannah Whitfield

You sent a payment of £85.00 GBP to Alex Turner

It may take a few moments for this transaction to appear in your account.

Merchant: Alex Turner (alex.turner.proofs@gmail.com)
Note to Alex Turner: "Proofreading - Marlow brochure. Thanks!"

Transaction ID: 2HX59318MN4470215
Transaction date: 3 December 2026
Amount sent: £85.00 GBP
Funding source: Barclays Bank UK PLC x-5555

Help & Contact | Security | Apps

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.
PPX001990:a3b2c1d0e9f8""", msgid_domain="paypal.co.uk",
        note="Outgoing payment made by the freelancer to her own subcontractor: money out, not in.")


# ============================================================================================
# Output
# ============================================================================================
ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
         "failed_recipient", "permanent", "note"]


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(str(v), ensure_ascii=False)


def main():
    import random
    import tomllib

    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    items = list(MESSAGES)
    random.Random(1212).shuffle(items)
    out = ["# round12-en: English-writing clients (UK, IE, US, AU, CA, non-native) and some machine mail.",
           "# Generated by make.py; every body is hand-written there.", ""]
    names = []
    for n, (kind, labels, raw) in enumerate(items, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        names.append(name)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        out.append(f'[files."{name}"]')
        for k in ORDER:
            if k in labels and labels[k] is not None:
                out.append(f"{k} = {toml_value(labels[k])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))

    # sanity check: every file parses with the default policy and has the basic headers
    labels = tomllib.load(open(os.path.join(HERE, "labels.toml"), "rb"))["files"]
    kinds = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
             "payment-notification", "auto-reply", "bounce", "other", "invoice"}
    assert sorted(labels) == sorted(names)
    for name in names:
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (name, h)
        assert msg["Date"].datetime is not None, name
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        lab = labels[name]
        assert lab["kind"] in kinds, name
        assert lab["split"] == "dev" and lab["language"] == "en"
        assert lab["note"]
        if lab["kind"] == "bounce":
            assert "failed_recipient" in lab and "permanent" in lab, name
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", name
        if "return_date" in lab:
            assert lab["kind"] == "auto-reply", name
    print(f"wrote {len(names)} messages and labels.toml; all parse")


if __name__ == "__main__":
    main()
