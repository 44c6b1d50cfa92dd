#!/usr/bin/env python3
"""round10-en: English client replies (US/UK/IE/AU/NZ/ZA/SG/CA, some non-native) and a little machine mail.

Run:  python3 make.py      -> writes r10e-NNNN.eml and labels.toml next to this file, then re-parses them.
Python 3.11, stdlib only. Every message body below is hand-written; only the MIME plumbing, the quoted
reminders (rendered after templates/en/*.txt.j2) and the HTML skeletons are generated.
"""
import base64
import email
import email.policy
import hashlib
import json
import os
import quopri
import random
import textwrap
import tomllib
from datetime import date, datetime, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r10e"
RNG = random.Random(20261010)


def T(s):
    """Hand-written text block: dedent, strip the first newline, end with one newline."""
    return textwrap.dedent(s).strip("\n") + "\n"


# ----------------------------------------------------------------------------------------------
# The mailbox owners (freelancers) and how they number invoices
# ----------------------------------------------------------------------------------------------
class Owner:
    def __init__(self, key, name, addr, tz, iban=None, bic=None, beneficiary=None, details=None):
        self.key, self.name, self.addr, self.tz = key, name, addr, tz
        self.iban, self.bic, self.beneficiary, self.details = iban, bic, beneficiary, details

    @property
    def first(self):
        return self.name.split()[0]


TOM = Owner("tom", "Tom Byrne", "tom@byrnedesign.ie", "Europe/Dublin",            # INV-2026-NNN
            iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", beneficiary="Tom Byrne")
MEGAN = Owner("megan", "Megan Foley", "megan@foleycopy.co.uk", "Europe/London",   # 2026/NNN
              iban="GB82 WEST 1234 5698 7654 32", bic="WESTGB2L", beneficiary="Foley Copy Ltd")
DAN = Owner("dan", "Dan Okafor", "dan@okaforaudio.com", "America/New_York",       # plain 1047
            details="ACH or wire to Okafor Audio LLC, Chase Bank, routing 021000021, "
                    "account 483920117 (or Zelle to dan@okaforaudio.com)")
ALE = Owner("ale", "Alessandra Rossi", "alessandra@example.it", "Europe/Rome",    # N/2026
            iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", beneficiary="Alessandra Rossi")
LUCIA = Owner("lucia", "Lucía Martín", "lucia@martinestudio.es", "Europe/Madrid",  # 2026-0NN
              iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", beneficiary="Lucía Martín Ruiz")


def dt(s, tz):
    """'2026-12-03 09:14' in a zone -> aware datetime (seconds made up)."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))
    return d.replace(second=RNG.randrange(60))


def longdate(d):
    return f"{d.day} {d.strftime('%B')} {d.year}"


def D(s):
    return date.fromisoformat(s)


WD = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def after(d, wd, weeks=0):
    """First weekday `wd` strictly after date d (plus extra weeks)."""
    d = d.date() if isinstance(d, datetime) else d
    n = (WD[wd] - d.weekday()) % 7 or 7
    return (d + timedelta(days=n + 7 * weeks)).isoformat()


# ----------------------------------------------------------------------------------------------
# The letters mailduns sends (rendered after templates/en), so that quotes look like the real ones
# ----------------------------------------------------------------------------------------------
def pay_block(o, ref, several=False):
    if o.iban:
        s = "Payment details:\n"
        s += f"- Account name: {o.beneficiary}\n- IBAN: {o.iban}\n- BIC (SWIFT): {o.bic}\n"
        s += f"- Payment reference: {ref}\n"
        return s
    if o.details:
        return f"Payment details: {o.details}\n"
    if several:
        return "The payment details are on the invoices, in the emails they were sent with.\n"
    return "The payment details are on the invoice, in my original email in this thread.\n"


class Orig:
    """A message the owner sent (invoice mail or mailduns letter), to be replied to / quoted."""

    def __init__(self, owner, to_name, to_addr, subject, when, text, html=False):
        self.owner, self.to_name, self.to_addr = owner, to_name, to_addr
        self.subject, self.when, self.text = subject, when, text
        h = hashlib.sha1(f"{subject}{when}{to_addr}".encode()).hexdigest()
        self.msgid = f"<{h[:20]}.{h[20:28]}@mailduns.{owner.addr.split('@')[1]}>"


def letter(o, kind, inv, amount=None, due=None, when=None, tz=None, client=None, to_addr=None,
           dear=None, issued=None, deadline=None, promise=None, claim=None, paid_on=None,
           invoices=None, total=None, fee=None, subject=None, body=None, suspend=None):
    """kind: invoice | courtesy | due | reminder | late_fee | final | suspension | promise_followup |
    paid_claim_followup | statement | thank_you.  `when` is a local time string of the owner."""
    when_dt = dt(when, tz or o.tz)
    today = longdate(when_dt)
    dear = dear or (f"Dear {client}," if client else "Hello,")
    amt = f" for {amount}" if amount else ""
    due_s = longdate(D(due)) if due else None
    t = dear + "\n\n"
    if kind == "invoice":
        t += body or f"Please find attached invoice {inv}{amt}, due on {due_s}.\n\nThanks,\n{o.first}\n"
        subj = subject or f"Invoice {inv}"
        return Orig(o, client, to_addr, subj, when_dt, t)
    if kind == "courtesy":
        iss = f", issued on {longdate(D(issued))}," if issued else ""
        t += f"This is a friendly reminder that invoice {inv}{amt}{iss} is due for payment on {due_s}.\n\n"
        t += "If payment is already on its way, thank you, and please disregard this message.\n\n"
        t += pay_block(o, inv) + "\nIf you have any questions, just reply to this email.\n\n"
        subj = subject or f"Invoice {inv} due on {due_s}"
    elif kind == "due":
        late = (when_dt.date() - D(due)).days
        if late > 0:
            t += (f"This is a quick reminder that invoice {inv}{amt} was due for payment on {due_s}. If it has "
                  "not been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n")
        else:
            t += f"This is a quick reminder that invoice {inv}{amt} is due for payment today, {due_s}.\n\n"
        t += "If you have already paid, thank you, and please disregard this reminder.\n\n"
        t += pay_block(o, inv) + "\nIf you have any questions, just reply to this email.\n\n"
        subj = subject or f"Invoice {inv} due today"
    elif kind == "reminder":
        t += (f"According to my records, invoice {inv}{amt}, due on {due_s}, has not yet been paid. It may "
              "simply have been overlooked, so I would be grateful if you could arrange payment at your "
              "earliest convenience.\n\n")
        t += ("If you have already paid, thank you – please let me know the payment date so that I can update "
              "my records. If there is a problem with the invoice, please reply to this email and we can sort "
              "it out.\n\n")
        t += pay_block(o, inv) + "\n"
        subj = subject or f"Reminder: invoice {inv}"
    elif kind == "late_fee":
        late = (when_dt.date() - D(due)).days
        t += f"Invoice {inv}{amt}, due on {due_s}, is now {late} days overdue.\n\n"
        if fee:
            t += fee + "\n"
        t += (f"Please arrange payment{' of the total above' if fee else ''} by {longdate(D(deadline))}. If payment "
              "is already on its way, thank you – please let me know the date it was made. If there is a "
              "problem with the invoice or with the timing, please reply to this email and we can find a "
              "solution.\n\n")
        t += pay_block(o, inv) + "\n"
        subj = subject or f"Invoice {inv}: {late} days overdue"
    elif kind == "suspension":
        t += (f"I am writing again about invoice {inv}{amt}, which was due on {due_s} and remains unpaid.\n\n"
              f"If payment is not received by {longdate(D(deadline))}, I may have to suspend work in progress "
              f"and any services I provide to you from {longdate(D(suspend))} until the account is settled. "
              "If something is making payment difficult – for example, if you need to pay in instalments – "
              "please reply to this email and we can agree a solution.\n\n")
        t += pay_block(o, inv) + "\n"
        subj = subject or f"Invoice {inv} – possible suspension of work"
    elif kind == "final":
        head = "Final notice before debt recovery\n\n"
        if client:
            head += f"To: {client}\n"
        head += f"Date: {today}\nInvoice: {inv}" + (f", issued on {longdate(D(issued))}" if issued else "")
        head += f", due on {due_s}\n" + (f"Amount due: {amount}\n" if amount else "")
        head += f"Payment deadline: {longdate(D(deadline))}\n\n"
        formal = f"Dear {client}," if client and not dear.startswith("Dear Accounts") else "Dear Sir or Madam,"
        t = head + formal + "\n\n"
        t += (f"Despite my previous reminders, invoice {inv}{amt}, which was due for payment on {due_s}, "
              "remains unpaid.\n\n")
        t += (f"I therefore formally request payment of {amount or 'the amount due'} by {longdate(D(deadline))}.\n\n"
              "If payment is not received by that date, I intend to take steps to recover the debt. These may "
              "include referring the matter to a debt collection agency or a solicitor and, if necessary, "
              "starting court proceedings.\n\n"
              f"I would much rather resolve this with you directly. If there is a reason for the delay, or if you "
              f"would like to propose a payment plan, please reply to this email before {longdate(D(deadline))}.\n\n"
              "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it "
              "would help if you could let me know the payment date so that I can update my records.\n\n")
        t += pay_block(o, inv) + "\n"
        t += ("Yours sincerely," if formal != "Dear Sir or Madam," else "Yours faithfully,") + f"\n{o.name}\n"
        subj = subject or f"Final notice before debt recovery – invoice {inv}"
        return Orig(o, client, to_addr, subj, when_dt, t)
    elif kind == "promise_followup":
        if promise:
            t += f"Thank you for letting me know that invoice {inv}{amt} would be paid by {longdate(D(promise))}.\n\n"
        else:
            t += (f"Thank you for your earlier message about invoice {inv}{amt}, which was due on {due_s}.\n\n")
        t += ("The payment has not reached me yet. If it is already on its way, thank you – please let me know "
              "the date it was made. If you need a little more time, could you let me know when I can expect it?\n\n")
        t += pay_block(o, inv) + "\n"
        subj = subject or f"Invoice {inv}: following up"
    elif kind == "paid_claim_followup":
        c = f" on {longdate(D(claim))}" if claim else ""
        p = f" (by a transfer made on {longdate(D(paid_on))})" if paid_on else ""
        t += f"Thank you for letting me know{c} that invoice {inv}{amt} has been paid{p}.\n\n"
        t += ("However, the payment has not reached my account yet. Bank transfers sometimes take a few extra "
              "days, and occasionally a payment is sent to out-of-date bank details. To help me trace it, could "
              "you please send me the date and reference of the transfer, or a copy of the payment confirmation?\n\n")
        if o.iban:
            t += (f"For reference, my bank details are:\n- Account name: {o.beneficiary}\n- IBAN: {o.iban}\n"
                  f"- BIC (SWIFT): {o.bic}\n- Payment reference: {inv}\n\n")
        t += ("If the transfer was made only in the last day or two, it is probably still on its way, and there "
              "is no need to do anything further. Thank you for your help.\n\n")
        subj = subject or f"Invoice {inv}: payment not received yet"
    elif kind == "statement":
        t += "According to my records, the following invoices are still outstanding:\n\n"
        for (n, iss, du, a) in invoices:
            late = (when_dt.date() - D(du)).days
            t += f"- {n}, issued on {longdate(D(iss))}, due on {longdate(D(du))} ({late} days overdue): {a}\n"
        t += f"\nTotal due: {total}\n\n"
        t += (f"Please arrange payment by {longdate(D(deadline))}. If some of these invoices have already been "
              "paid, thank you – please let me know which ones and the payment dates, so that I can update my "
              "records. If there is a problem with any of them, please reply to this email and we can sort it out.\n\n")
        t += pay_block(o, "see invoice numbers", several=True) if not o.iban else (
            f"Payment details:\n- Account name: {o.beneficiary}\n- IBAN: {o.iban}\n- BIC (SWIFT): {o.bic}\n"
            f"- Payment reference: {', '.join(i[0] for i in invoices)}\n")
        t += "\n"
        subj = subject or "Outstanding invoices"
    elif kind == "thank_you":
        p = f", which I received on {longdate(D(paid_on))}" if paid_on else ""
        t += f"Thank you for your payment{' of ' + amount if amount else ''} for invoice {inv}{p}.\n\n"
        t += "If there is anything else I can do for you, just let me know.\n\n"
        subj = subject or f"Thank you – invoice {inv}"
    else:
        raise ValueError(kind)
    t += f"Kind regards,\n{o.name}\n"
    return Orig(o, client, to_addr, subj, when_dt, t)


# ----------------------------------------------------------------------------------------------
# Quoting the original the way different mail programs do
# ----------------------------------------------------------------------------------------------
def gt(text):
    return "".join(("> " + l if l else ">") + "\n" for l in text.rstrip("\n").split("\n"))


def oaddr(o):
    return f"{o.owner.name} <{o.owner.addr}>"


def quote(o, style, tz=None):
    w = o.when.astimezone(ZoneInfo(tz)) if tz else o.when
    if style == "none":
        return ""
    if style == "gmail":      # Gmail, UK/IE locale
        return f"\nOn {w.strftime('%a')}, {w.day} {w.strftime('%b %Y')} at {w.strftime('%H:%M')}, {oaddr(o)} wrote:\n" + gt(o.text)
    if style == "gmail_us":
        h = w.strftime('%I:%M %p').lstrip('0')
        return f"\nOn {w.strftime('%a, %b')} {w.day}, {w.year} at {h} {o.owner.name} <{o.owner.addr}> wrote:\n" + gt(o.text)
    if style == "apple":
        return f"\n> On {w.day} {w.strftime('%b %Y')}, at {w.strftime('%H:%M')}, {oaddr(o)} wrote:\n>\n" + gt(o.text)
    if style == "iphone":
        return (f"\n\n> On {w.day} {w.strftime('%b %Y')}, at {w.strftime('%H:%M')}, {o.owner.name} "
                f"<{o.owner.addr}> wrote:\n>\n" + gt(o.text))
    if style == "outlook_us":
        h = w.strftime('%I:%M %p').lstrip('0')
        to = f"{o.to_name} <{o.to_addr}>" if o.to_name else o.to_addr
        return (f"\n________________________________\nFrom: {o.owner.name} <{o.owner.addr}>\n"
                f"Sent: {w.strftime('%A, %B')} {w.day}, {w.year} {h}\nTo: {to}\nSubject: {o.subject}\n\n" + o.text)
    if style == "outlook_uk":
        to = f"{o.to_name} <{o.to_addr}>" if o.to_name else o.to_addr
        return (f"\nFrom: {o.owner.name} <{o.owner.addr}>\nSent: {w.strftime('%d %B %Y %H:%M')}\n"
                f"To: {to}\nSubject: {o.subject}\n\n" + o.text)
    if style == "outlook_orig":   # older Outlook "-----Original Message-----"
        return (f"\n-----Original Message-----\nFrom: {o.owner.name} [mailto:{o.owner.addr}]\n"
                f"Sent: {w.strftime('%A, %d %B %Y %H:%M')}\nTo: {o.to_addr}\nSubject: {o.subject}\n\n" + o.text)
    raise ValueError(style)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html_paras(text):
    paras = [p for p in text.strip("\n").split("\n\n")]
    return "\n".join("<p>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>" for p in paras)


def html_quote(o, style, tz=None):
    w = o.when.astimezone(ZoneInfo(tz)) if tz else o.when
    if style == "gmail":
        return (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On {w.strftime("%a")}, {w.day} '
                f'{w.strftime("%b %Y")} at {w.strftime("%H:%M")}, {esc(o.owner.name)} &lt;<a href="mailto:{o.owner.addr}">'
                f'{o.owner.addr}</a>&gt; wrote:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px '
                f'0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{text_to_html_paras(o.text)}'
                f'</blockquote></div>')
    if style == "outlook":
        h = w.strftime('%I:%M %p').lstrip('0')
        return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" '
                f'color="#000000"><b>From:</b> {esc(o.owner.name)} &lt;{o.owner.addr}&gt;<br><b>Sent:</b> '
                f'{w.strftime("%A, %B")} {w.day}, {w.year} {h}<br><b>To:</b> {esc(o.to_addr)}<br><b>Subject:</b> '
                f'{esc(o.subject)}</font><div>&nbsp;</div></div><div>{text_to_html_paras(o.text)}</div>')
    raise ValueError(style)


# ----------------------------------------------------------------------------------------------
# MIME plumbing
# ----------------------------------------------------------------------------------------------
_bcount = [0]


def boundary():
    _bcount[0] += 1
    return f"----=_Part_{RNG.randrange(10**6, 10**7)}_{_bcount[0]}.{RNG.randrange(10**12, 10**13)}"


def leaf(content, ctype="text/plain", charset="utf-8", cte="8bit", codec=None, filename=None,
         inline=False, extra=""):
    if isinstance(content, str):
        data = content.encode(codec or charset)
    else:
        data = content
    h = f"Content-Type: {ctype}"
    if ctype.startswith("text/"):
        h += f'; charset="{charset}"' if RNG.random() < 0.5 else f"; charset={charset}"
    if filename:
        h += f'; name="{filename}"'
    h += extra + "\n"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
        if cte == "8bit" and all(b < 128 for b in data):
            cte = "7bit"
    h += f"Content-Transfer-Encoding: {cte}\n"
    if filename:
        h += f'Content-Disposition: {"inline" if inline else "attachment"}; filename="{filename}"\n'
    if not body.endswith(b"\n"):
        body += b"\n"
    return h.encode() + b"\n" + body


def multi(subtype, parts, extra="", preamble=True):
    b = boundary()
    out = f'Content-Type: multipart/{subtype}; boundary="{b}"{extra}\n\n'.encode()
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    out += f"--{b}--\n".encode()
    return out


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R>> endobj\n"
            b"4 0 obj <</Length 60>> stream\nBT /F1 12 Tf 72 770 Td (" + t + b") Tj ET\nendstream endobj\n"
            b"trailer <</Root 1 0 R>>\n%%EOF\n")


def fake_png():
    return bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


def pdf(name, title=None):
    return leaf(fake_pdf(title or name), "application/pdf", cte="base64", filename=name)


def png(name):
    return leaf(fake_png(), "image/png", cte="base64", filename=name)


def enc_header(v):
    if all(ord(c) < 128 for c in v):
        return v
    return Header(v, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def msgid_for(domain, style="random"):
    h = "".join(RNG.choice("0123456789ABCDEFabcdef") for _ in range(28))
    if style == "gmail":
        return f"<CA{h[:6]}+{h[6:20]}_{h[20:]}-{RNG.randrange(10**6)}w@mail.gmail.com>"
    if style == "outlook":
        return f"<{h[:4].upper()}PR{RNG.randrange(10)}{h[4:6].upper()}MB{RNG.randrange(1000,9999)}{h[6:16].upper()}@{h[16:20].upper()}PR0{RNG.randrange(10)}MB{RNG.randrange(1000,9999)}.eurprd0{RNG.randrange(1,9)}.prod.outlook.com>"
    if style == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:28].upper()}@{domain}>"
    return f"<{h[:16].lower()}.{RNG.randrange(10**5)}@{domain}>"


MESSAGES = []   # (bytes, labels)


def emit(headers, entity, labels):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    raw = ("\n".join(lines) + "\nMIME-Version: 1.0\n").encode() + entity
    MESSAGES.append((raw, labels))


def lab(kind, note, **kw):
    d = {"kind": kind, "language": "en", "split": "dev"}
    for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"):
        if kw.get(k) is not None:
            d[k] = kw[k]
    d["note"] = note
    return d


def reply(orig, frm, when, tz, text=None, *, kind, note, html=None, q="gmail", pre="Re: ", to=None, cc=None,
          charset="utf-8", codec=None, cte="8bit", attach=(), extra=(), mid="gmail", mailer=None,
          html_q=None, subject=None, refs=True, **labels):
    """A client's reply to `orig`. `text` is what the client typed (quote appended by style q);
    html: optional hand-written HTML of the same message (then multipart/alternative or html-only)."""
    w = dt(when, tz)
    assert w > orig.when or not refs, f"reply before original: {orig.subject}"
    body_text = None
    if text is not None:
        body_text = text + quote(orig, q, tz) if q else text
    fdom = frm[1].split("@")[1]
    entity_parts = []
    if html is not None:
        hq = html_quote(orig, html_q, tz) if html_q else ""
        h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=' + charset + '"></head>'
             '<body>' + html + hq + "</body></html>\n")
        hpart = leaf(h, "text/html", charset, cte if cte != "8bit" else "quoted-printable", codec)
        if body_text is not None:
            alt = multi("alternative", [leaf(body_text, "text/plain", charset, cte, codec), hpart], preamble=False)
        else:
            alt = hpart
        entity = alt
    else:
        entity = leaf(body_text, "text/plain", charset, cte, codec)
    if attach:
        entity = multi("mixed", [entity] + list(attach))
    hdrs = [("From", addr(*frm)),
            ("To", to or addr(orig.owner.name, orig.owner.addr)),
            ("Cc", cc),
            ("Subject", enc_header(subject or (pre + orig.subject))),
            ("Date", format_datetime(w)),
            ("Message-ID", msgid_for(fdom, mid)),
            ("In-Reply-To", orig.msgid if refs else None),
            ("References", orig.msgid if refs else None)]
    hdrs += list(extra)
    if mailer:
        hdrs.append(("X-Mailer", mailer))
    emit(hdrs, entity, lab(kind, note, **labels))
    return w


def raw_mail(frm, to, subject, when, tz, entity, *, kind, note, mid="random", extra=(), inrep=None, **labels):
    w = dt(when, tz)
    fdom = frm[1].split("@")[1]
    hdrs = [("From", addr(*frm)), ("To", to), ("Subject", enc_header(subject)), ("Date", format_datetime(w)),
            ("Message-ID", msgid_for(fdom, mid))]
    if inrep:
        hdrs += [("In-Reply-To", inrep), ("References", inrep)]
    hdrs += list(extra)
    emit(hdrs, entity, lab(kind, note, **labels))
    return w


def OA(o):
    return addr(o.name, o.addr)


# ==============================================================================================
# PAID: the client (or their side) says it has been paid
# ==============================================================================================
CONF_US = ("\n\nCONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the "
           "intended recipient(s) and may contain confidential and privileged information. Any unauthorized "
           "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, "
           "please contact the sender by reply e-mail and destroy all copies of the original message.\n")


def paid_messages():
    # P1 US corporate AP, ACH run, remittance table (text + HTML)
    o = letter(TOM, "reminder", "INV-2026-058", "$4,250.00", "2026-11-15", "2026-11-18 09:00",
               client=None, dear="Dear Accounts Team,", to_addr="ap@hartwell-logistics.com")
    t = T("""
        Hello Tom,

        Your invoice INV-2026-058 was processed in our 11/20 ACH run. Funds typically settle in 2-3 business days.

        Remittance detail:
        Payment #: ACH-0048812
        Payment date: 11/20/2026
        Invoice: INV-2026-058
        Invoice amount: 4,250.00
        Discount: 0.00
        Net paid: 4,250.00 USD

        Please direct any questions to ap@hartwell-logistics.com and reference the payment number above.

        Thank you,
        Renee Kowalski
        Accounts Payable Specialist | Hartwell Logistics, Inc.
        4100 Fisher Rd, Columbus, OH 43228
        P: (614) 555-0143
        """) + CONF_US
    h = ('<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">Hello Tom,<br><br>Your invoice INV-2026-058 '
         'was processed in our 11/20 ACH run. Funds typically settle in 2-3 business days.<br><br><b>Remittance detail</b>'
         '<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">'
         '<tr style="background:#dde4ee"><th>Payment #</th><th>Payment date</th><th>Invoice</th><th>Invoice amount</th>'
         '<th>Discount</th><th>Net paid</th></tr><tr><td>ACH-0048812</td><td>11/20/2026</td><td>INV-2026-058</td>'
         '<td align="right">4,250.00</td><td align="right">0.00</td><td align="right">4,250.00 USD</td></tr></table>'
         '<br>Please direct any questions to <a href="mailto:ap@hartwell-logistics.com">ap@hartwell-logistics.com</a> '
         'and reference the payment number above.<br><br>Thank you,<br><b>Renee Kowalski</b><br>Accounts Payable '
         'Specialist | Hartwell Logistics, Inc.<br>4100 Fisher Rd, Columbus, OH 43228<br>P: (614) 555-0143<br><br>'
         '<span style="font-size:8pt;color:#777">' + esc(CONF_US.strip()) + '</span></div>')
    reply(o, ("Renee Kowalski", "rkowalski@hartwell-logistics.com"), "2026-11-20 14:32", "America/New_York", t,
          html=h, html_q="outlook", q="outlook_us", pre="RE: ", mid="outlook", cc="AP Inbox <ap@hartwell-logistics.com>",
          kind="client-reply-paid", amount="4250.00", currency="USD", reference="INV-2026-058",
          note="US AP: 'processed in our 11/20 ACH run' + remittance table; paid without the word 'paid' in the prose")

    # P2 founder from the phone at 2 am
    o = letter(TOM, "reminder", "INV-2026-060", "$2,900.00", "2026-11-26", "2026-12-01 09:30",
               client="Jordan Pike", to_addr="jordan@loopwise.app")
    t = T("""
        omg tom im so sorry. this totally fell thru the cracks w the fundraise. just sent it from mercury, like literally just now. lmk if it doesnt show by fri

        Sent from my iPhone
        """)
    reply(o, ("Jordan Pike", "jordan@loopwise.app"), "2026-12-03 02:13", "America/Los_Angeles", t, q="iphone",
          mid="apple", kind="client-reply-paid",
          note="founder at 2am, lowercase, 'just sent it' = paid; 'by fri' is only when to worry, not a promise")

    # P3 London law firm cashier, BACS released yesterday, windows-1252 QP, disclaimer
    o = letter(MEGAN, "reminder", "2026/038", "£2,400.00", "2026-11-30", "2026-12-04 10:00",
               dear="Dear Accounts Team,", to_addr="accounts@whitcombehale.co.uk")
    t = T("""
        Dear Ms Foley,

        Thank you for your email.

        I can confirm that payment of £2,400.00 in respect of your invoice 2026/038 was released yesterday by BACS. Please allow up to three working days for the funds to reach your account.

        Kind regards

        Priya Shah
        Cashier
        Whitcombe & Hale LLP
        12 Furnival Street, London EC4A 1JS
        DX 401 London Chancery Lane
        T: +44 (0)20 7946 0321

        This email and any attachments are confidential and may be legally privileged. If you have received it in error please notify the sender immediately and delete it; you must not copy, distribute or rely on it. Whitcombe & Hale LLP is a limited liability partnership registered in England and Wales (OC412233) and is authorised and regulated by the Solicitors Regulation Authority (SRA No. 654321). A list of members is available at our registered office.

        CYBERCRIME WARNING: Whitcombe & Hale will never notify you of a change to our bank details by email. If you receive such an email, do not act on it and call us on a number you know to be genuine.
        """)
    reply(o, ("Whitcombe & Hale Accounts", "accounts@whitcombehale.co.uk"), "2026-12-08 11:02", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", charset="windows-1252", cte="quoted-printable",
          kind="client-reply-paid", amount="2400.00", currency="GBP", reference="2026/038",
          note="law-firm cashier: 'released yesterday by BACS'; long disclaimer mentions bank details (not a question)")

    # P4 Irish one-liner
    o = letter(TOM, "reminder", "INV-2026-052", "€640.00", "2026-11-20", "2026-11-24 09:00",
               client="Ciarán Ó Dálaigh", to_addr="ciaran@oldmillbakery.ie")
    t = T("""
        Sorted this morning Tom, apologies, it got buried under the Christmas orders. Grand job on the menus btw, the customers love them.

        Ciarán
        """)
    reply(o, ("Ciarán Ó Dálaigh", "ciaran@oldmillbakery.ie"), "2026-11-25 08:47", "Europe/Dublin", t, q="gmail",
          kind="client-reply-paid", note="Irish 'Sorted this morning' = paid; no payment verb")

    # P5 Australian "done mate ... should hit your account by Monday"
    o = letter(TOM, "reminder", "INV-2026-064", "€1,150.00", "2026-12-04", "2026-12-09 09:00",
               client="Shane Whitford", to_addr="shane@whitfordjoinery.com.au")
    t = T("""
        Done mate, it's gone out. Should hit your account by Monday.

        Cheers
        Shane

        Whitford Joinery | Est. 1987 | QBCC Lic. 1204433
        """)
    reply(o, ("Shane Whitford", "shane@whitfordjoinery.com.au"), "2026-12-10 07:12", "Australia/Brisbane", t,
          q="gmail", kind="client-reply-paid",
          note="'it's gone out. Should hit your account by Monday' = paid (arrival day is not a promise date)")

    # P6 forwarded bank confirmation, fresh mail (not a reply)
    t = T("""
        Hi Tom,

        Here's the confirmation for INV-2026-061, sorry it took so long!

        Niamh

        ---------- Forwarded message ---------
        From: Bank of Ireland <noreply@365online.boi.com>
        Date: Thu, 10 Dec 2026 at 16:20
        Subject: Your payment has been sent
        To: <niamh.kearney@kearneyvets.ie>


        Dear Customer,

        Your payment has been processed successfully.

        Payee name:        TOM BYRNE
        Payee IBAN:        IE29 AIBK **** **** 3456 78
        Amount:            EUR 1,850.00
        Payee reference:   INV-2026-061
        Payment date:      10/12/2026
        Payment type:      SEPA Credit Transfer

        If you did not make this payment please contact us immediately on 0818 365 365.

        This is an automated message, please do not reply.
        Bank of Ireland is regulated by the Central Bank of Ireland.
        """)
    o = letter(TOM, "invoice", "INV-2026-061", "€1,850.00", "2026-11-27", "2026-10-28 15:00",
               client="Niamh", to_addr="niamh.kearney@kearneyvets.ie", dear="Hi Niamh,")
    reply(o, ("Niamh Kearney", "niamh.kearney@kearneyvets.ie"), "2026-12-10 16:34", "Europe/Dublin", t, q=None,
          subject="Fwd: Your payment has been sent", refs=False, kind="client-reply-paid", amount="1850.00",
          reference="INV-2026-061",
          note="client forwards her bank's outgoing-payment mail with 'here's the confirmation'; not a bank notice to the owner")

    # P7 film production accountant: check run, check mailed; asks for ACH form
    o = letter(DAN, "reminder", "1052", "$3,200.00", "2026-11-25", "2026-12-02 10:00",
               dear="Dear Accounts Team,", to_addr="accounting@brightwaterpictures.com")
    t = T("""
        Hi Dan,

        Your inv 1052 went out in Friday's check run - check #20417 for $3,200.00 was mailed 12/4 to the Brooklyn address we have on file (the Bergen St one). If you've moved let me know ASAP and I'll put a stop on it.

        Going forward we'd love to pay you by ACH instead, it's much faster. Vendor form attached, just fill in the banking section and send it back to me.

        Thanks!
        Marisol

        Marisol Vega
        Production Accountant | "Salt Flats" | Brightwater Pictures
        1041 N Formosa Ave, West Hollywood, CA 90046
        """)
    reply(o, ("Marisol Vega", "marisol@brightwaterpictures.com"), "2026-12-07 16:45", "America/Los_Angeles", t,
          q="gmail_us", attach=[pdf("Vendor_ACH_Enrollment_Form.pdf")], kind="client-reply-paid", amount="3200.00",
          currency="USD", reference="1052",
          note="film production accountant: check mailed in Friday's check run; ACH form request doesn't change 'paid'")

    # P8 charity treasurer, long chatty, one sentence matters
    o = letter(TOM, "reminder", "INV-2026-059", "€780.00", "2026-11-26", "2026-12-02 09:00",
               client="Bernadette Walsh", to_addr="bernie.walsh@hopeharbour.ie")
    t = T("""
        Hi Tom,

        Thanks a million for the posters for the Christmas swim, they went up all over Kinsale on Saturday and we've had loads of comments. Fr. Murphy even put one in the church porch which I think is a first! The only thing is we spelled the time wrong on the Facebook version (we said 11am, it's actually 11.30) so if you have a minute could you change that one? No rush at all.

        We're also thinking about doing a calendar for 2027 with the photos from the lifeboat open day, would that be something you'd be interested in? We wouldn't have a huge budget but I'd rather ask you than do it in Canva again, Declan's last effort was not a success.

        Oh and before I forget - Declan did the transfer for your invoice on Tuesday, so it should be with you by now. If not give me a shout and I'll get him to check.

        Hope you're keeping well and not too mad busy before Christmas.

        Bernie

        Bernadette Walsh
        Hon. Treasurer, Hope Harbour Sea Rescue CLG
        Registered Charity No. 20078812
        """)
    reply(o, ("Bernie Walsh", "bernie.walsh@hopeharbour.ie"), "2026-12-04 21:30", "Europe/Dublin", t, q="gmail",
          kind="client-reply-paid",
          note="charity treasurer, long chatty mail about posters/calendar; one sentence says the transfer was done Tuesday")

    # P9 university school administrator, payment run, remittance PDF
    o = letter(MEGAN, "due", "2026/049", "£1,320.00", "2026-12-04", "2026-12-07 09:00",
               dear="Dear Accounts Team,", to_addr="sml-finance@northbridge.ac.uk")
    t = T("""
        Dear Megan,

        Payment for invoice 2026/049 was approved and made through the University's finance system on 09/12/2026 (payment run 4471). The remittance advice is attached for your records.

        For future invoices, please could you quote our PO number (NB-PO-118843) - it speeds things up considerably at our end.

        Best wishes,
        Helen

        Helen Marsh
        School Administrator (Finance)
        School of Modern Languages | University of Northbridge
        Arkwright Building, Room 2.14
        Working days: Mon-Thu
        """)
    reply(o, ("Marsh, Helen", "h.marsh@northbridge.ac.uk"), "2026-12-10 10:05", "Europe/London", t, q="outlook_uk",
          pre="RE: ", mid="outlook", attach=[pdf("Remittance_Advice_Run4471.pdf")], kind="client-reply-paid",
          reference="2026/049",
          note="university: paid in payment run 4471 on 09/12/2026 (UK date); PO request for future is just a request")

    # P10 Canadian hospital AP, international wire in CAD
    o = letter(TOM, "reminder", "INV-2026-055", "CA$6,780.00", "2026-12-01", "2026-12-08 09:00",
               dear="Dear Accounts Team,", to_addr="ap@riversidegeneral.on.ca")
    t = T("""
        Good afternoon,

        Please be advised that payment in the amount of CAD 6,780.00 was sent by international wire on December 14, 2026, covering invoice INV-2026-055 (medical illustration package - Cardiology Patient Guide).

        Payment reference: RGH-EFT-884213

        Please allow 2-4 business days for international wires to be credited by the receiving bank. Intermediary bank fees, if any, are the responsibility of the beneficiary.

        Regards,

        Accounts Payable
        Finance Department
        Riverside General Hospital
        Toronto, ON M4X 1K9
        Tel. 416-555-0190 ext. 4471

        This e-mail may contain PERSONAL HEALTH INFORMATION or other confidential information. If you are not the intended recipient, please notify the sender and delete this e-mail. Thank you.
        """)
    reply(o, ("Riverside General AP", "ap@riversidegeneral.on.ca"), "2026-12-15 13:20", "America/Toronto", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-paid", amount="6780.00", currency="CAD",
          reference="INV-2026-055", note="hospital AP (Canada): wire sent, CAD amount; PHI disclaimer")

    # P11 one-person Shopify shop, PayPal, emoji
    o = letter(MEGAN, "reminder", "2026/046", "£180.00", "2026-11-27", "2026-12-03 09:00",
               client="Jess Harker", to_addr="hello@cedarandwick.co.uk")
    t = T("""
        hiya!! paid ya just now via paypal 💛 £180 - sorry it took forever, black friday was absolutely MENTAL, I've been pouring wax til 2am every night lol. the new product descriptions are doing numbers btw, the fig & cassis one sold out twice xx

        Jess
        Cedar & Wick - hand-poured in Margate 🕯️
        """)
    reply(o, ("Cedar & Wick", "hello@cedarandwick.co.uk"), "2026-12-03 23:48", "Europe/London", t, q="iphone",
          mid="apple", kind="client-reply-paid", amount="180.00", currency="GBP",
          note="one-person Shopify shop, 'paid ya just now via paypal', emoji")

    # P12 French writer, iso-8859-1 label with cp1252 dash
    o = letter(TOM, "reminder", "INV-2026-057", "€1,230.00", "2026-11-20", "2026-11-25 09:00",
               client="Amélie Fournier", to_addr="amelie@atelierfournier.fr")
    t = T("""
        Hello Tom,

        I have made the transfer this morning, you will receive it in 1 or 2 days normally. Sorry for the delay, we had a change of accountant and your invoice was in the pile of the old one.

        Best regards,

        Amélie Fournier
        Atelier Fournier – Création textile
        14 rue Mercière, 69002 Lyon
        """)
    reply(o, ("Amélie Fournier", "amelie@atelierfournier.fr"), "2026-11-27 09:40", "Europe/Paris", t,
          q="outlook_orig", pre="RE: ", mid="outlook", charset="iso-8859-1", codec="cp1252",
          cte="quoted-printable", kind="client-reply-paid",
          note="French non-native: 'I have made the transfer this morning'; iso-8859-1 declared, cp1252 en dash")

    # P13 Portuguese writer to Lucía, proof attached
    o = letter(LUCIA, "reminder", "2026-047", "€2,178.00", "2026-12-10", "2026-12-15 09:00",
               dear="Dear Accounts Team,", to_addr="financeiro@tagusfoods.pt")
    t = T("""
        Good afternoon Lucía,

        The payment of the invoice 2026-047 was executed today by our bank, I send in attach the proof.
        Please confirm the reception when possible.

        Best regards,
        Rui Carvalho
        Dep. Financeiro | Tagus Foods, S.A.
        Av. da Liberdade 110, 1250-146 Lisboa
        """)
    reply(o, ("Rui Carvalho", "rui.carvalho@tagusfoods.pt"), "2026-12-18 15:10", "Europe/Lisbon", t, q="outlook_uk",
          pre="RE: ", mid="outlook", attach=[pdf("Comprovativo_Transferencia_18122026.pdf")],
          kind="client-reply-paid", reference="2026-047",
          note="Portuguese non-native: 'payment ... was executed today', proof attached; asks to confirm receipt")

    # P14 Greek writer to Alessandra, European number format
    o = letter(ALE, "reminder", "31/2026", "€3,050.00", "2026-12-31", "2027-01-08 09:00",
               client="Kostas Papadakis", to_addr="k.papadakis@aegeanyachts.gr")
    t = T("""
        Dear Alessandra,

        The amount was wired this morning from our Eurobank account, 3.050,00 EUR. Please confirm me when you receive it.

        Happy new year and kind regards
        Kostas

        --
        Konstantinos Papadakis
        Aegean Yachts Charter S.A.
        Akti Miaouli 45, 185 36 Piraeus
        """)
    reply(o, ("Kostas Papadakis", "k.papadakis@aegeanyachts.gr"), "2027-01-12 12:20", "Europe/Athens", t, q="gmail",
          kind="client-reply-paid", amount="3050.00",
          note="Greek non-native; amount in continental format 3.050,00 EUR = 3050.00")

    # P15 US client: we paid last week, can you check it arrived?
    o = letter(DAN, "reminder", "1055", "$1,400.00", "2026-12-05", "2026-12-11 10:00",
               client="Gwen Ashby", to_addr="gashby@tallgrassoutdoor.com")
    t = T("""
        Hi Dan - we paid this last week via ACH (trace # 101000019284731). Our system shows it cleared on 12/9. Can you check on your end that it arrived?

        Thx,
        Gwen

        Gwen Ashby | Controller
        Tallgrass Outdoor Co.
        816-555-0177
        """)
    reply(o, ("Gwen Ashby", "gashby@tallgrassoutdoor.com"), "2026-12-14 10:02", "America/Chicago", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-paid",
          note="paid + 'can you check it arrived?' stays paid")

    # P16 Singapore, TT, 'revert'
    o = letter(TOM, "reminder", "INV-2026-062", "€3,400.00", "2026-11-30", "2026-12-03 09:00",
               dear="Dear Accounts Team,", to_addr="accounts@harbourlane.com.sg")
    t = T("""
        Hi Tom,

        Payment done via TT on 2 Dec, bank charges borne by us. Pls check and revert if not received.

        Thanks & regards,
        Tan Wei Ling
        Finance Executive
        Harbour Lane Pte Ltd
        10 Anson Road #21-08, International Plaza, Singapore 079903
        """)
    reply(o, ("Tan Wei Ling", "weiling.tan@harbourlane.com.sg"), "2026-12-04 17:45", "Asia/Singapore", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-paid",
          note="Singapore English: 'Payment done via TT', 'revert' = reply")

    # P17 South Africa, EFT, POP attached
    o = letter(MEGAN, "reminder", "2026/050", "£760.00", "2026-12-02", "2026-12-07 09:00",
               client="Thandi Nkosi", to_addr="thandi@umhlabastudio.co.za")
    t = T("""
        Howzit Megan

        EFT went through this morning, POP attached. Sorry it took a while, it's been chaos here with year-end and our bank's app being down half the week.

        Shot
        Thandi
        """)
    reply(o, ("Thandi Nkosi", "thandi@umhlabastudio.co.za"), "2026-12-09 11:30", "Africa/Johannesburg", t, q="gmail",
          attach=[pdf("POP_Foley_2026-050.pdf")], kind="client-reply-paid",
          note="South African: 'EFT went through', 'POP' = proof of payment; invoice number only in the file name")

    # P18 New Zealand
    o = letter(DAN, "reminder", "1058", "$880.00", "2026-12-30", "2027-01-06 10:00",
               client="Aroha Ngata", to_addr="aroha@kaitiakitours.co.nz")
    t = T("""
        Kia ora Dan,

        That's been paid now - it'll show up in a day or two depending on the international transfer.

        Ngā mihi
        Aroha
        """)
    reply(o, ("Aroha Ngata", "aroha@kaitiakitours.co.nz"), "2027-01-08 09:15", "Pacific/Auckland", t, q="gmail",
          kind="client-reply-paid", note="NZ, te reo greeting/sign-off")

    # P19 'Remittance attached.' only
    o = letter(MEGAN, "reminder", "2026/051", "£1,050.00", "2026-12-11", "2026-12-16 09:00",
               dear="Dear Accounts Team,", to_addr="purchaseledger@fenwickmarine.co.uk")
    t = T("""
        Remittance attached.

        Regards

        Accounts Payable
        Fenwick Marine Services Ltd
        Registered in England No. 04417789
        """)
    reply(o, ("Purchase Ledger", "purchaseledger@fenwickmarine.co.uk"), "2026-12-17 15:55", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", attach=[pdf("Remittance_Advice_FMS_0012345.pdf")],
          kind="client-reply-paid", note="two words: 'Remittance attached.' + PDF = paid")

    # P20 Canada, payment batch
    o = letter(TOM, "reminder", "INV-2026-065", "€1,600.00", "2026-12-05", "2026-12-10 09:00",
               client="Mike Tremblay", to_addr="mike@tremblaybrewing.ca")
    t = T("""
        Hey Tom, that went out with today's payment batch. Cheers, Mike
        """)
    reply(o, ("Mike Tremblay", "mike@tremblaybrewing.ca"), "2026-12-11 16:40", "America/Toronto", t, q="gmail_us",
          kind="client-reply-paid", note="'went out with today's payment batch' = paid (past), not a payment-run promise")

    # P21 US law firm, wire confirmation pasted
    o = letter(DAN, "reminder", "1061", "$7,500.00", "2026-12-31", "2027-01-05 10:00",
               client="Elise Fontaine", to_addr="efontaine@caldwellbrandt.com")
    t = T("""
        Dan,

        Our accounting department confirms that your invoice was paid by wire on January 6. Wire confirmation below for your records.

          Amount:            USD 7,500.00
          Beneficiary:       Okafor Audio LLC
          Beneficiary bank:  JPMorgan Chase Bank, N.A.
          Reference:         Inv 1061 / Matter 20417-003
          Fed reference:     20270106B1Q8021C000917

        Thank you again for turning the forensic report around on such short notice.

        Elise Fontaine
        Associate
        Caldwell Brandt LLP
        200 Park Avenue, 31st Floor | New York, NY 10166
        T 212.555.0148
        """) + CONF_US
    reply(o, ("Elise Fontaine", "efontaine@caldwellbrandt.com"), "2027-01-07 09:30", "America/New_York", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-paid", amount="7500.00", currency="USD",
          reference="1061", note="US law firm associate; 'Inv 1061' inside the pasted wire confirmation")

    # P22 paid + 'will also' (not a payment)
    o = letter(TOM, "reminder", "INV-2026-063", "€2,250.00", "2026-12-08", "2026-12-14 09:00",
               client="Olivia Grant", to_addr="olivia@grantandco.com.au")
    t = T("""
        Morning Tom!

        Transfer's done this morning, sorry for the wait. I'll also send over the signed SOW for phase 2 once Mark's back from leave - he's the only one who can sign over 10k.

        Olivia
        """)
    reply(o, ("Olivia Grant", "olivia@grantandco.com.au"), "2026-12-16 08:20", "Australia/Melbourne", t,
          q="apple", mid="apple", kind="client-reply-paid",
          note="'Transfer's done'; the 'I'll also send' is a document, not a payment")

    # P23 paid + receipted invoice request
    o = letter(MEGAN, "reminder", "2026/053", "£2,100.00", "2027-01-08", "2027-01-13 09:00",
               client="Harriet Cole", to_addr="harriet.cole@colearchitects.co.uk")
    t = T("""
        Hi Megan,

        Payment has now been made - could you send over a receipted invoice for our records? Our auditors are very fussy about these.

        Thanks,
        Harriet

        Harriet Cole RIBA
        Cole Architects
        """)
    reply(o, ("Harriet Cole", "harriet.cole@colearchitects.co.uk"), "2027-01-14 12:48", "Europe/London", t,
          q="gmail", kind="client-reply-paid", note="paid + request for a receipted invoice")

    # P24 PA writes for the MD, payer name differs
    o = letter(MEGAN, "reminder", "2026/055", "£3,600.00", "2027-01-12", "2027-01-18 09:00",
               client="Rob Hollis", to_addr="rob@hollismedia.co.uk")
    t = T("""
        Dear Megan,

        I'm Rob's PA. He's asked me to let you know that this has now been settled. Please note the payment came from his personal account by mistake, so it will show as "R J HOLLIS" rather than Hollis Media Ltd - apologies for any confusion on your statement.

        Kind regards,
        Sophie Lane
        PA to Rob Hollis, Managing Director
        Hollis Media Ltd
        """)
    reply(o, ("Sophie Lane", "sophie.lane@hollismedia.co.uk"), "2027-01-19 10:10", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", to=f"{OA(MEGAN)}", cc="Rob Hollis <rob@hollismedia.co.uk>",
          kind="client-reply-paid", note="PA answers for the MD: 'this has now been settled'; payer name differs")

    # P25 US founder 'wired the 2.4k'
    o = letter(TOM, "due", "INV-2027-002", "$2,400.00", "2027-01-18", "2027-01-18 09:00",
               client="Marcus Bell", to_addr="marcus@fieldnote.io")
    t = T("""
        Tom - wired the 2.4k this morning. Should land tomorrow or Friday. Thanks for your patience, the new onboarding flow looks great and the team is obsessed with the empty states.

        M
        """)
    reply(o, ("Marcus Bell", "marcus@fieldnote.io"), "2027-01-20 11:05", "America/Los_Angeles", t, q="apple",
          mid="apple", kind="client-reply-paid", amount="2400.00", currency="USD",
          note="'wired the 2.4k' = 2400 USD paid; 'tomorrow or Friday' is arrival, not a promise")

    # P26 HTML-only payment advice from a UK film company's finance
    o = letter(MEGAN, "reminder", "2027/002", "£950.00", "2027-01-22", "2027-01-27 09:00",
               dear="Dear Accounts Team,", to_addr="finance@northlightfilms.co.uk")
    h = ('<div style="font-family:Arial,sans-serif;font-size:10pt;color:#1f1f1f"><p>Dear Megan,</p>'
         '<p>Please find below details of a payment made to you today.</p>'
         '<table cellpadding="5" cellspacing="0" style="border:1px solid #999;border-collapse:collapse">'
         '<tr><td style="border:1px solid #999"><b>Supplier</b></td><td style="border:1px solid #999">Foley Copy Ltd</td></tr>'
         '<tr><td style="border:1px solid #999"><b>Payment date</b></td><td style="border:1px solid #999">28/01/2027</td></tr>'
         '<tr><td style="border:1px solid #999"><b>Method</b></td><td style="border:1px solid #999">Faster Payment</td></tr>'
         '<tr><td style="border:1px solid #999"><b>Your ref</b></td><td style="border:1px solid #999">2027/002</td></tr>'
         '<tr><td style="border:1px solid #999"><b>Our ref</b></td><td style="border:1px solid #999">NLF-PL-30981</td></tr>'
         '<tr><td style="border:1px solid #999"><b>Amount</b></td><td style="border:1px solid #999">&pound;950.00</td></tr></table>'
         '<p>Many thanks for your work on the press notes for <i>The Long Field</i>.</p>'
         '<p>Best,<br>Carys Evans<br>Production Finance | Northlight Films Ltd<br>Unit 4, Sugarhouse Studios, '
         'London E15</p></div>')
    reply(o, ("Carys Evans", "carys.evans@northlightfilms.co.uk"), "2027-01-28 14:10", "Europe/London", None, html=h,
          html_q="outlook", pre="RE: ", mid="outlook", cte="quoted-printable", kind="client-reply-paid",
          amount="950.00", currency="GBP", reference="2027/002",
          note="HTML-only (no text part): film company finance sends a payment-made table")

    # P27 Wise 'recipient gets exactly'
    o = letter(TOM, "reminder", "INV-2026-068", "€2,050.00", "2026-12-18", "2026-12-23 09:00",
               client="Bec Thornton", to_addr="bec@saltbushcreative.com.au")
    t = T("""
        Hey Tom,

        All done - sent via Wise, AUD to EUR, and I ticked the 'recipient gets exactly' option so you should see the full €2,050.00 land without any fees taken off.

        Merry Christmas when it comes!
        Bec
        """)
    reply(o, ("Bec Thornton", "bec@saltbushcreative.com.au"), "2026-12-24 08:05", "Australia/Perth", t, q="gmail",
          kind="client-reply-paid", amount="2050.00", note="'All done - sent via Wise'; euro amount the owner will get")

    # P28 long mail about the film mix, one line about accounts
    o = letter(DAN, "reminder", "1063", "$2,750.00", "2027-01-10", "2027-01-14 10:00",
               client="Jonah Feld", to_addr="jonah@feldfilms.com")
    t = T("""
        Dan!!

        Ok so - we got into Rotterdam. Still can't believe it. Which means we need a DCP and a proper 5.1 by Jan 29 and I know that's insane but is there any universe where you can do the festival mix? The stereo you did for the rough cut is honestly what got us in, the programmer mentioned the sound design in the acceptance email (!!!).

        Couple of notes from the last pass:
        - reel 3, the train - can we get more low end under the approach? right now it feels polite
        - the kitchen scene still has the fridge hum, I know we talked about keeping it but Ana hates it
        - the end credits song needs to come up earlier, like 4 sec

        Also - Priya in accounts says your invoice went out on Thursday's run, so you should be good there.

        Let me know about the mix. I can get you the OMFs tomorrow.

        J
        """)
    reply(o, ("Jonah Feld", "jonah@feldfilms.com"), "2027-01-18 23:16", "America/New_York", t, q="gmail_us",
          kind="client-reply-paid",
          note="director's long mail about a festival mix; one line: 'invoice went out on Thursday's run' = paid")

    # P29 UK Outlook windows-1252 smart quotes
    o = letter(MEGAN, "reminder", "2026/041", "£1,230.00", "2026-11-20", "2026-11-25 09:00",
               client="Gareth Pryce", to_addr="gareth.pryce@pryceandsons.co.uk")
    t = T("""
        Hi Megan,

        We’ve processed payment for invoice 2026/041 (£1,230.00) today – it’s gone by Faster Payments so you should see it within the hour.

        Diolch / Thanks
        Gareth

        Gareth Pryce
        Pryce & Sons (Builders’ Merchants) Ltd
        Cardiff CF10 4RU
        """)
    reply(o, ("Gareth Pryce", "gareth.pryce@pryceandsons.co.uk"), "2026-11-26 14:22", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", charset="windows-1252", cte="quoted-printable",
          kind="client-reply-paid", amount="1230.00", currency="GBP", reference="2026/041",
          note="Welsh client, Outlook windows-1252 QP with smart quotes; 'processed payment ... today'")

    # P31 US medical center AP, released in Coupa
    o = letter(DAN, "reminder", "1049", "$1,875.00", "2026-11-20", "2026-11-30 10:00",
               dear="Dear Accounts Team,", to_addr="accountspayable@stagnesmc.org")
    t = T("""
        Good morning,

        Invoice 1049 was released for payment yesterday in Coupa.
        Payment method: ACH
        Net amount: $1,875.00
        Please allow 3-5 business days for funds to post.

        If you are not yet registered on the Coupa Supplier Portal, we strongly encourage you to do so in order to track the status of future invoices.

        Thank you,
        Denise Hairston
        Accounts Payable | St. Agnes Medical Center
        900 S Caton Ave, Baltimore, MD 21229
        """) + CONF_US
    reply(o, ("Hairston, Denise", "dhairston@stagnesmc.org"), "2026-12-01 08:51", "America/New_York", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-paid", amount="1875.00", currency="USD",
          reference="1049", note="hospital AP: 'released for payment yesterday in Coupa' = paid")

    # P32 paid + worried about the IBAN
    o = letter(ALE, "reminder", "33/2026", "€980.00", "2026-11-27", "2026-12-01 09:00",
               client="Daniel Hughes", to_addr="d.hughes@hughesbooks.co.uk")
    t = T("""
        Hi Alessandra,

        I sent the money on 28 November to the IBAN printed on your invoice - but I've just noticed your reminder shows a bank code that doesn't look like the one I used. Has it gone to the right place? If not let me know and I'll chase it with Barclays.

        Best,
        Dan Hughes
        Hughes Books
        """)
    reply(o, ("Daniel Hughes", "d.hughes@hughesbooks.co.uk"), "2026-12-02 18:05", "Europe/London", t, q="gmail",
          kind="client-reply-paid",
          note="paid on 28 Nov + worry about bank details; the claim is a payment already made")

    # P33 one word 'Sent.'
    o = letter(TOM, "reminder", "INV-2026-067", "€420.00", "2026-12-11", "2026-12-16 09:00",
               client="Leah Robertson", to_addr="leah@northshorepilates.ca")
    t = T("""
        Sent.

        Leah
        """)
    reply(o, ("Leah Robertson", "leah@northshorepilates.ca"), "2026-12-16 07:58", "America/Vancouver", t,
          q="apple", mid="apple", kind="client-reply-paid", note="one word 'Sent.' under the quoted reminder")

    # P34 US client to Lucía, Wise USD, screenshot
    o = letter(LUCIA, "reminder", "2026-052", "$1,500.00", "2026-12-09", "2026-12-14 09:00",
               client="Hannah Cho", to_addr="hannah@brightleafcandles.com")
    t = T("""
        Hi Lucía!

        Just paid invoice 2026-052 through Wise - USD 1,500, screenshot attached. It should convert on your end in a day or so.

        Have a wonderful holiday and thank you again for the packaging, it's gorgeous!!
        Hannah
        """)
    h = ('<div dir="ltr">Hi Lucía!<div><br></div><div>Just paid invoice 2026-052 through Wise - USD 1,500, screenshot '
         'attached. It should convert on your end in a day or so.</div><div><br></div><div>Have a wonderful holiday '
         'and thank you again for the packaging, it\'s gorgeous!!</div><div>Hannah</div></div><br>')
    reply(o, ("Hannah Cho", "hannah@brightleafcandles.com"), "2026-12-15 12:40", "America/Denver", t, html=h,
          html_q="gmail", q="gmail_us", attach=[png("wise_transfer_confirmation.png")], kind="client-reply-paid",
          amount="1500.00", currency="USD", reference="2026-052",
          note="Gmail multipart/alternative + PNG screenshot; USD paid to a Spanish freelancer")


# ==============================================================================================
# PROMISE: not paid yet, they say they will pay (with or without a date)
# ==============================================================================================
def promise_messages():
    # R1 US AP, Net 45, scheduled pay date
    o = letter(TOM, "reminder", "INV-2026-066", "$3,100.00", "2026-11-28", "2026-12-02 09:00",
               dear="Dear Accounts Team,", to_addr="ap@pinebrookins.com")
    w = dt("2026-12-03 11:14", "America/New_York")
    t = T("""
        Hello,

        Your invoice INV-2026-066 has been approved and is scheduled for payment per our standard Net 45 terms.

        Scheduled pay date: 01/15/2027
        Scheduled amount: $3,100.00
        Payment method: ACH

        Please note Pinebrook's vendor terms are Net 45 from invoice receipt regardless of the terms printed on the invoice.

        Regards,
        Accounts Payable Department
        Pinebrook Insurance Group
        One Financial Plaza, Hartford, CT 06103
        """) + CONF_US
    reply(o, ("Pinebrook Accounts Payable", "ap@pinebrookins.com"), "2026-12-03 11:14", "America/New_York", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-promise", amount="3100.00", currency="USD",
          reference="INV-2026-066", promised_date="2027-01-15",
          note="US AP: approved, scheduled pay date 01/15/2027 (US m/d); Net 45 remark is policy, not a dispute")

    # R2 UK housing association, next week's payment run (vague)
    o = letter(MEGAN, "reminder", "2026/057", "£1,480.00", "2027-01-14", "2027-01-19 09:00",
               dear="Dear Accounts Team,", to_addr="payables@oakridgeha.org.uk")
    t = T("""
        Hi Megan,

        Apologies - this missed this week's run as it was sitting with the budget holder for approval. It's approved now and will go out with next week's payment run.

        Kind regards,
        Joanne Pritchard
        Finance Assistant (Payables)
        Oakridge Housing Association

        Oakridge Housing Association is a charitable Community Benefit Society registered with the Regulator of Social Housing (L4471).
        """)
    reply(o, ("Joanne Pritchard", "joanne.pritchard@oakridgeha.org.uk"), "2027-01-20 15:02", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-promise",
          note="'will go out with next week's payment run' = promise, vague (no day)")

    # R3 'by Friday'
    o = letter(TOM, "reminder", "INV-2026-069", "€560.00", "2026-12-03", "2026-12-08 09:00",
               client="Sinéad Brophy", to_addr="sinead@brophyphysio.ie")
    w = "2026-12-09 13:05"
    t = T("""
        Hi Tom, so sorry, completely forgot about this. I'll have it paid by Friday.
        Sinéad
        """)
    reply(o, ("Sinéad Brophy", "sinead@brophyphysio.ie"), w, "Europe/Dublin", t, q="iphone", mid="apple",
          kind="client-reply-promise", promised_date=after(D("2026-12-09"), "fri"),
          note="'by Friday' written on Wednesday 9 Dec")

    # R4 'next Tuesday' (written on a Thursday)
    o = letter(DAN, "reminder", "1064", "$650.00", "2027-01-08", "2027-01-13 10:00",
               client="Carlos Mendoza", to_addr="carlos@mendozaroofing.com")
    t = T("""
        Hey Dan

        I can get that to you next Tuesday when the Hernandez job pays out. Sorry man, January is always rough for us.

        Carlos Mendoza
        Mendoza Roofing & Gutters
        (512) 555-0136
        """)
    reply(o, ("Carlos Mendoza", "carlos@mendozaroofing.com"), "2027-01-14 17:50", "America/Chicago", t,
          q="gmail_us", kind="client-reply-promise", amount=None, promised_date=after(D("2027-01-14"), "tue"),
          note="'next Tuesday' written on Thursday 14 Jan = 19 Jan; the condition (job pays out) doesn't remove the date")

    # R5 'on the 28th'
    o = letter(MEGAN, "reminder", "2026/054", "£840.00", "2026-12-04", "2026-12-09 09:00",
               client="Oliver Brandt", to_addr="oliver@brandtgallery.co.uk")
    t = T("""
        Dear Megan,

        Thank you for the nudge. Our supplier payments go out once a month, on the 28th, so you'll have it on the 28th - I've added it to this month's list.

        With best wishes,
        Oliver

        Oliver Brandt
        Director, Brandt Gallery
        31 Cork Street, London W1S 3NN
        """)
    reply(o, ("Oliver Brandt", "oliver@brandtgallery.co.uk"), "2026-12-10 12:31", "Europe/London", t, q="gmail",
          kind="client-reply-promise", promised_date="2026-12-28", note="'you'll have it on the 28th' written 10 Dec")

    # R6 'EOM'
    o = letter(TOM, "reminder", "INV-2026-070", "$1,200.00", "2027-01-05", "2027-01-11 09:00",
               client="Tyler Nguyen", to_addr="tyler@cascadiaroasters.com")
    t = T("""
        Tom - we'll have this paid EOM. Cash is tight post-holidays, appreciate your patience.
        -T

        Sent from my iPhone
        """)
    reply(o, ("Tyler Nguyen", "tyler@cascadiaroasters.com"), "2027-01-12 06:44", "America/Los_Angeles", t, q="iphone",
          mid="apple", kind="client-reply-promise", promised_date="2027-01-31", note="'EOM' = end of month = 31 Jan")

    # R7 'by COB tomorrow'
    o = letter(DAN, "due", "1047", "$2,200.00", "2026-11-17", "2026-11-18 10:00",
               client="Jasmine Reyes", to_addr="jreyes@kestrelmedia.com")
    t = T("""
        Hi Dan,

        Apologies for the delay on this. I've escalated internally and the payment will be released by COB tomorrow.

        Best,
        Jasmine

        Jasmine Reyes | Senior Producer
        Kestrel Media Group
        """)
    reply(o, ("Jasmine Reyes", "jreyes@kestrelmedia.com"), "2026-11-19 16:22", "America/New_York", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-promise", promised_date="2026-11-20",
          note="'will be released by COB tomorrow' = promise for the next day")

    # R8 'not before the 15th'
    o = letter(MEGAN, "reminder", "2026/056", "£1,750.00", "2026-12-31", "2027-01-05 09:00",
               client="Chris Atherton", to_addr="chris@athertonevents.co.uk")
    t = T("""
        Hi Megan

        Honest answer: we can't pay this before the 15th, that's when our January receipts come in. It'll be the 15th, the day after at worst. Sorry, December was brutal for events this year.

        Chris
        """)
    reply(o, ("Chris Atherton", "chris@athertonevents.co.uk"), "2027-01-05 19:20", "Europe/London", t, q="gmail",
          kind="client-reply-promise", promised_date="2027-01-15",
          note="'can't pay this before the 15th ... It'll be the 15th' = promise for 15 Jan")

    # R9 'mid-January' (vague)
    o = letter(LUCIA, "reminder", "2026-055", "€890.00", "2026-12-11", "2026-12-16 09:00",
               client="Priya Raman", to_addr="priya@mapleleafyoga.ca")
    t = T("""
        Hi Lucía,

        Sorry about this! Our bookkeeper is away until the new year and she's the only one with access to the business account. Payment will be made mid-January at the latest.

        Warmly,
        Priya
        Maple Leaf Yoga Studio, Halifax NS
        """)
    reply(o, ("Priya Raman", "priya@mapleleafyoga.ca"), "2026-12-17 10:12", "America/Halifax", t, q="gmail_us",
          kind="client-reply-promise", note="'mid-January at the latest' = vague, no promised_date")

    # R10 agency: once the end client pays us (vague)
    o = letter(ALE, "reminder", "35/2026", "€1,640.00", "2026-12-04", "2026-12-10 09:00",
               dear="Dear Accounts Team,", to_addr="accounts@stratuscreative.co.uk")
    t = T("""
        Hi Alessandra,

        Thanks for your patience. We're still waiting on payment from the end client (a high-street retailer, notoriously slow payers). As soon as they pay us, we'll pay you - they're on 60-day terms with us, so it shouldn't be too long now.

        Sorry it's not better news.

        Tom Ellery
        Operations Manager
        Stratus Creative Ltd
        """)
    reply(o, ("Tom Ellery", "tom.ellery@stratuscreative.co.uk"), "2026-12-11 09:48", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-promise",
          note="pay-when-paid ('as soon as they pay us, we'll pay you') = promise without a date")

    # R11 'Friday week' (Irish), written Monday 30 Nov
    o = letter(TOM, "reminder", "INV-2026-056", "€1,480.00", "2026-11-20", "2026-11-27 09:00",
               client="Ronan Fitzgerald", to_addr="ronan@fitzgeraldmotors.ie")
    t = T("""
        Tom,

        Sorry for the hassle with this. I'll square you up Friday week when the insurance money comes through on the showroom. Won't be later than that.

        Ronan
        Fitzgerald Motors, Ennis
        """)
    reply(o, ("Ronan Fitzgerald", "ronan@fitzgeraldmotors.ie"), "2026-11-30 12:15", "Europe/Dublin", t, q="gmail",
          kind="client-reply-promise", promised_date=after(D("2026-11-30"), "fri", weeks=1),
          note="'Friday week' (IE/UK) on Monday 30 Nov = the Friday after this one, 11 Dec")

    # R12 'the 3rd of Jan'
    o = letter(TOM, "reminder", "INV-2026-071", "€940.00", "2026-12-11", "2026-12-16 09:00",
               client="Lachlan Reid", to_addr="lachie@reidsurfco.com.au")
    t = T("""
        G'day Tom,

        Shop's flat out till Christmas, I'll pay it the 3rd of Jan when things settle down. Cheers for being patient mate.

        Lachie
        Reid Surf Co. - Bondi
        """)
    reply(o, ("Lachlan Reid", "lachie@reidsurfco.com.au"), "2026-12-17 19:02", "Australia/Sydney", t, q="gmail",
          kind="client-reply-promise", promised_date="2027-01-03", note="'the 3rd of Jan' written mid-December")

    # R13 Singapore 'within 10 working days' (vague)
    o = letter(LUCIA, "reminder", "2026-057", "€2,400.00", "2026-12-18", "2026-12-23 09:00",
               dear="Dear Accounts Team,", to_addr="finance@orchidhospitality.sg")
    t = T("""
        Dear Lucía,

        Noted with thanks. We will arrange the payment within 10 working days.

        Regards,
        Melissa Koh
        Assistant Finance Manager
        Orchid Hospitality Group Pte. Ltd.
        """)
    reply(o, ("Melissa Koh", "melissa.koh@orchidhospitality.sg"), "2026-12-24 10:30", "Asia/Singapore", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-promise",
          note="'within 10 working days' = promise, vague (no date stated)")

    # R14 'within 10 business days, so by the 20th at the latest'
    o = letter(DAN, "reminder", "1065", "$900.00", "2027-01-01", "2027-01-07 10:00",
               dear="Dear Accounts Team,", to_addr="anth-admin@whitfield.edu")
    t = T("""
        Hi Dan,

        Thanks for your patience - the end-of-semester closeout held everything up. Your invoice (#1065) was approved by Prof. Adeyemi this morning. Our procurement office pays within 10 business days of approval, so you should have payment by the 20th at the latest.

        If you haven't already, please make sure your W-9 on file with Procurement is current; payments are sometimes held if it's older than three years.

        Best,
        Kayla Brooks
        Department Administrator
        Department of Anthropology | Whitfield University
        """)
    reply(o, ("Brooks, Kayla M", "kbrooks@whitfield.edu"), "2027-01-08 14:37", "America/Chicago", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-promise", reference="1065",
          promised_date="2027-01-20",
          note="university dept: '#1065', 'by the 20th at the latest' = 20 Jan; W-9 remark is side info")

    # R15 Greek 'on Monday' (written on Thursday), base64 body
    o = letter(ALE, "reminder", "4/2027", "€720.00", "2027-01-29", "2027-02-03 09:00",
               client="Eleni Georgiou", to_addr="eleni@olivegrovehotel.gr")
    t = T("""
        Dear Alessandra,

        Sorry for the delay. I will make the payment on Monday, because the director must sign and he is in Thessaloniki until then.

        Best regards
        Eleni Georgiou
        Olive Grove Boutique Hotel, Nafplio
        """)
    reply(o, ("Ελένη Γεωργίου", "eleni@olivegrovehotel.gr"), "2027-02-04 11:05", "Europe/Athens", t, q="gmail",
          cte="base64", kind="client-reply-promise", promised_date=after(D("2027-02-04"), "mon"),
          note="Greek writer (display name in Greek script, base64 body): 'on Monday' written Thursday 4 Feb")

    # R16 two invoices: #42 paid today, #44 Friday -> promise
    o = letter(MEGAN, "statement", None, when="2026-12-14 09:00", client="Rachel Obi",
               to_addr="rachel@obiandpartners.co.uk", deadline="2026-12-21",
               invoices=[("2026/042", "2026-10-30", "2026-11-29", "£1,100.00"),
                         ("2026/044", "2026-11-06", "2026-12-06", "£650.00")], total="£1,750.00")
    t = T("""
        Hi Megan - #42 paid today, #44 to follow Friday. Sorry these got stuck behind our year-end.
        R
        """)
    reply(o, ("Rachel Obi", "rachel@obiandpartners.co.uk"), "2026-12-15 17:31", "Europe/London", t, q="apple",
          mid="apple", kind="client-reply-promise", reference="2026/044",
          promised_date=after(D("2026-12-15"), "fri"),
          note="statement with two invoices: '#42' paid, '#44' on Friday (18 Dec) -> promise; reference of the promised one")

    # R17 one-person shop, half now-ish and half in Feb (vague)
    o = letter(DAN, "reminder", "1066", "$1,200.00", "2027-01-15", "2027-01-20 10:00",
               client="Ava Morgan", to_addr="ava@wildhoneyapothecary.com")
    t = T("""
        Hi Dan!

        Ok so honest truth, holiday sales came in way under what I projected and I'm kind of scrambling right now. Could I pay you half now-ish and the other half in February? I absolutely will pay you in full, I just need a little breathing room. The jingle is on every single ad and people comment on it constantly, so it's not that I'm not happy!!

        So sorry 😣
        Ava
        Wild Honey Apothecary ✿ small batch skincare
        """)
    reply(o, ("Ava Morgan", "ava@wildhoneyapothecary.com"), "2027-01-20 21:47", "America/Denver", t, q="gmail_us",
          kind="client-reply-promise",
          note="one-person shop proposes half now-ish and half in February: will pay, no date")

    # R18 university: pending approval, paid in next weekly run once approved (vague)
    o = letter(TOM, "reminder", "INV-2026-072", "€1,100.00", "2026-12-10", "2026-12-15 09:00",
               dear="Dear Accounts Team,", to_addr="film-office@halden.ac.uk")
    t = T("""
        Dear Tom,

        Thank you for your email. Your invoice is currently pending approval by the Head of School, who is away at a conference this week. Once approved it will be paid in the next weekly supplier run (these go out on Thursdays).

        Apologies for the delay.

        Kind regards,
        Ruth Ogilvie
        School Office Manager
        School of Film, Media & Performance
        Halden University
        """)
    reply(o, ("Ogilvie, Ruth", "r.ogilvie@halden.ac.uk"), "2026-12-15 14:10", "Europe/London", t, q="outlook_uk",
          pre="RE: ", mid="outlook", kind="client-reply-promise",
          note="pending approval + 'will be paid in the next weekly run once approved': promise, no fixed date")

    # R19 US hospital: Net 60, no later than Feb 28
    o = letter(DAN, "reminder", "1067", "$3,900.00", "2027-01-01", "2027-01-05 10:00",
               dear="Dear Accounts Team,", to_addr="ap@mercyridgehealth.org")
    t = T("""
        Good afternoon,

        We are in receipt of invoice 1067. Payment will be issued within our standard Net 60 terms, i.e. no later than February 28, 2027.

        Mercy Ridge Health does not accept late fees or finance charges unless agreed in the Master Services Agreement.

        Thank you,
        Accounts Payable Shared Services
        Mercy Ridge Health
        Phone: 1-800-555-0199 (option 3)
        """) + CONF_US
    reply(o, ("AP Shared Services", "ap@mercyridgehealth.org"), "2027-01-06 13:02", "America/Chicago", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-promise", reference="1067",
          promised_date="2027-02-28",
          note="hospital AP: 'no later than February 28, 2027'; late-fee policy sentence is boilerplate, no fee was claimed")

    # R20 charity waiting for the grant (vague)
    o = letter(MEGAN, "reminder", "2026/059", "£600.00", "2026-12-18", "2027-01-04 09:00",
               client="Hannah Greaves", to_addr="hannah@riversiderefugee.org.uk")
    t = T("""
        Hi Megan,

        Happy new year, and I'm really sorry this is late. We're a tiny team and we're waiting on the next tranche of our Lottery grant, which usually lands mid-month. I'll pay you as soon as it does - you're first on the list, I promise.

        The annual report copy was brilliant by the way, our trustees were thrilled.

        Hannah
        Coordinator, Riverside Refugee Network (charity no. 1187723)
        """)
    reply(o, ("Hannah Greaves", "hannah@riversiderefugee.org.uk"), "2027-01-05 09:15", "Europe/London", t,
          q="gmail", kind="client-reply-promise", note="charity: will pay when the grant lands (mid-month): vague")

    # R21 founder at 2am: 'I can do it on the 1st. promise.'
    o = letter(TOM, "reminder", "INV-2026-054", "$3,800.00", "2026-11-16", "2026-11-23 09:00",
               client="Sam Okonkwo", to_addr="sam@heyrally.co")
    t = T("""
        tom, being straight with you - cash crunch rn, payroll comes first this week. I can do it on the 1st. promise. really sorry man, you've been great and the brand work is a big reason we got the meeting with a16z

        sam
        """)
    reply(o, ("Sam Okonkwo", "sam@heyrally.co"), "2026-11-24 01:52", "America/New_York", t, q="gmail_us",
          cte="quoted-printable", kind="client-reply-promise", promised_date="2026-12-01",
          note="founder at 1:52am: 'I can do it on the 1st' (written 24 Nov) = 1 Dec")

    # R22 Irish solicitors: payment run on 18 December
    o = letter(TOM, "reminder", "INV-2026-073", "€1,350.00", "2026-12-02", "2026-12-08 09:00",
               dear="Dear Accounts Team,", to_addr="accounts@maguirequinn.ie")
    t = T("""
        Dear Tom,

        Your invoice has been passed to our cashier and will be paid in our payment run on Friday 18 December.

        Kind regards,

        Deirdre Moran
        Office Manager
        Maguire & Quinn Solicitors
        22 Fitzwilliam Place, Dublin 2

        The information in this email is confidential and may be legally privileged. It is intended solely for the addressee. Access to this email by anyone else is unauthorised. If you are not the intended recipient, any disclosure, copying, distribution or any action taken or omitted to be taken in reliance on it is prohibited and may be unlawful. Maguire & Quinn Solicitors is regulated by the Law Society of Ireland. Please note our bank details will never change by email - always telephone to verify.
        """)
    reply(o, ("Deirdre Moran", "dmoran@maguirequinn.ie"), "2026-12-09 10:40", "Europe/Dublin", t, q="outlook_uk",
          pre="RE: ", mid="outlook", kind="client-reply-promise", promised_date="2026-12-18",
          note="law firm: 'will be paid in our payment run on Friday 18 December'")

    # R23 'this afternoon before I leave the office' = today
    o = letter(MEGAN, "reminder", "2027/004", "£480.00", "2027-01-20", "2027-01-26 09:00",
               client="Nick Varga", to_addr="nick@vargarecords.co.uk")
    t = T("""
        Hi Megan, my fault entirely - I'll transfer it this afternoon before I leave the office.

        Nick
        Varga Records | Bristol
        """)
    reply(o, ("Nick Varga", "nick@vargarecords.co.uk"), "2027-01-26 13:40", "Europe/London", t, q="gmail",
          kind="client-reply-promise", promised_date="2027-01-26",
          note="'I'll transfer it this afternoon' = promise for today (26 Jan)")

    # R24 NZ 'tomorrow' — local date ahead of Europe
    o = letter(TOM, "reminder", "INV-2026-074", "€1,720.00", "2026-11-24", "2026-11-30 09:00",
               client="Hamish McLeod", to_addr="hamish@southernalpsguiding.co.nz")
    t = T("""
        Morning Tom,

        Apologies - I'll pay this tomorrow once the bank's cleared our end-of-month transfers.

        Hamish McLeod
        Southern Alps Guiding Ltd, Wānaka
        """)
    reply(o, ("Hamish McLeod", "hamish@southernalpsguiding.co.nz"), "2026-12-01 08:30", "Pacific/Auckland", t,
          q="gmail", kind="client-reply-promise", promised_date="2026-12-02",
          note="NZ sender: Date is 1 Dec 08:30 +1300 (still 30 Nov in Europe); 'tomorrow' in sender's zone = 2 Dec")

    # R25 Greek 'end of the month'
    o = letter(ALE, "reminder", "32/2026", "€1,900.00", "2026-12-07", "2026-12-11 09:00",
               client="Nikos Andreou", to_addr="n.andreou@kykladesferries.gr")
    t = T("""
        Dear Mrs Rossi,

        We will pay at the end of the month, because with the holidays our accountant is absent and only she can make the transfers. I am sorry for this.

        Best regards,
        Nikos Andreou
        Marketing Dept.
        Kyklades Ferries
        """)
    reply(o, ("Nikos Andreou", "n.andreou@kykladesferries.gr"), "2026-12-14 16:25", "Europe/Athens", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-promise", promised_date="2026-12-31",
          note="Greek non-native: 'at the end of the month' written 14 Dec = 31 Dec")

    # R26 French '5 January when I come back'
    o = letter(TOM, "reminder", "INV-2026-075", "€860.00", "2026-12-14", "2026-12-18 09:00",
               client="Julien Marchetti", to_addr="julien@marchetti-vins.fr")
    t = T("""
        Hello Tom,

        I am in holidays from tomorrow, I will do the payment the 5 January when I come back at the office. Sorry for that, it was not possible before because the bank token is in the office.

        Best regards
        Julien Marchetti
        Marchetti Vins & Spiritueux – Bordeaux
        """)
    reply(o, ("Julien Marchetti", "julien@marchetti-vins.fr"), "2026-12-21 18:12", "Europe/Paris", t, q="gmail",
          charset="iso-8859-1", codec="cp1252", cte="quoted-printable", kind="client-reply-promise",
          promised_date="2027-01-05", note="French non-native 'the 5 January when I come back'; iso-8859-1/cp1252")

    # R27 Portuguese 'next day 20' written on the 22nd -> next month
    o = letter(LUCIA, "reminder", "2027-004", "€1,150.00", "2027-01-15", "2027-01-20 09:00",
               dear="Dear Accounts Team,", to_addr="contabilidade@portowines.pt")
    t = T("""
        Dear Lucía,

        The payment is scheduled to the next day 20, according to our payment calendar (we pay suppliers on the day 20 of each month).

        Best regards,
        Mariana Sousa
        Contabilidade | Porto Wines Exportação, Lda.
        """)
    reply(o, ("Mariana Sousa", "mariana.sousa@portowines.pt"), "2027-01-22 10:05", "Europe/Lisbon", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-promise", promised_date="2027-02-20",
          note="Portuguese: 'the next day 20' written 22 Jan: the 20th has passed, so 20 Feb")

    # R28 'can't pay before the 28th' check run
    o = letter(DAN, "reminder", "1057", "$2,450.00", "2026-11-25", "2026-12-01 10:00",
               client="Brandon Kessler", to_addr="brandon@kesslerhomes.com")
    t = T("""
        Dan,

        Our check run is on the 28th, we can't pay before then. It'll be in that one.

        Brandon Kessler
        Kessler Home Builders
        """)
    reply(o, ("Brandon Kessler", "brandon@kesslerhomes.com"), "2026-12-02 07:35", "America/Chicago", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-promise", promised_date="2026-12-28",
          note="'check run is on the 28th, can't pay before then' = promise for 28 Dec")

    # R29 'Not today ... Thursday'
    o = letter(TOM, "reminder", "INV-2027-006", "€380.00", "2027-02-03", "2027-02-08 09:00",
               client="Aoife Brennan", to_addr="aoife@brennanflorist.ie")
    t = T("""
        Not today Tom, sorry, the card machine money doesn't land until Thursday. I'll do it Thursday so.

        Aoife
        Brennan's Florist, Galway
        """)
    reply(o, ("Aoife Brennan", "aoife@brennanflorist.ie"), "2027-02-09 11:20", "Europe/Dublin", t, q="gmail",
          kind="client-reply-promise", promised_date=after(D("2027-02-09"), "thu"),
          note="'Not today ... I'll do it Thursday so' (Hiberno-English 'so'), written Tuesday 9 Feb")

    # R30 HTML-only Gmail: '$950 on Friday'
    o = letter(DAN, "reminder", "1069", "$950.00", "2027-02-08", "2027-02-12 10:00",
               client="Derek Wu", to_addr="derek@wupodcast.com")
    h = ('<div dir="ltr"><div>Hey Dan,</div><div><br></div><div>Yep, my bad. I\'ll send the $950 on Friday, '
         'sponsor money for the January episodes comes in Thursday night.</div><div><br></div><div>Also loved the '
         'new intro sting, Marcy says it sounds &quot;expensive&quot; which is the highest compliment she gives.'
         '</div><div><br></div><div>Derek</div><div>--</div><div>The Wu Tang Clan Is Not A Family Podcast</div>'
         '</div><br>')
    reply(o, ("Derek Wu", "derek@wupodcast.com"), "2027-02-15 12:10", "America/Los_Angeles", None, html=h,
          html_q="gmail", kind="client-reply-promise", amount="950.00", currency="USD",
          promised_date=after(D("2027-02-15"), "fri"),
          note="HTML-only Gmail: 'I'll send the $950 on Friday' (Monday 15 Feb) = 19 Feb")

    # R31 after paid_claim_followup: it never went; Monday
    o = letter(TOM, "paid_claim_followup", "INV-2026-053", "€1,050.00", "2026-11-13", "2026-12-09 09:00",
               client="Fergus Doyle", to_addr="fergus@doylecarpentry.ie", claim="2026-12-02", paid_on="2026-12-01")
    t = T("""
        Tom you're right, it never went. It was sitting in drafts in the banking app waiting for a second signature, my wife has to approve anything over a grand. I'll push it through first thing Monday. Mortified.

        Fergus
        """)
    reply(o, ("Fergus Doyle", "fergus@doylecarpentry.ie"), "2026-12-11 20:05", "Europe/Dublin", t, q="gmail",
          kind="client-reply-promise", promised_date=after(D("2026-12-11"), "mon"),
          note="earlier paid claim was wrong ('it never went'); now 'first thing Monday' (Fri 11 Dec -> 14 Dec)")

    # R32 reply to promise_followup: 'Definitely by Wednesday'
    o = letter(ALE, "promise_followup", "2/2027", "€2,300.00", "2027-01-10", "2027-01-19 09:00",
               client="Brooke Hadley", to_addr="brooke@hadleyimports.com", promise="2027-01-15")
    t = T("""
        Alessandra - sorry, this slipped again, our controller quit right before the holidays and we're a mess. Definitely by Wednesday. I'll confirm when it's sent.

        Brooke Hadley
        Hadley Imports | Charleston, SC
        """)
    reply(o, ("Brooke Hadley", "brooke@hadleyimports.com"), "2027-01-21 17:55", "America/New_York", t,
          q="gmail_us", kind="client-reply-promise", promised_date=after(D("2027-01-21"), "wed"),
          note="reply to a promise follow-up: broken promise, new one 'by Wednesday' (Thu 21 Jan -> 27 Jan)")

    # R33 statement of two invoices: 'we'll settle both on the 15th'
    o = letter(LUCIA, "statement", None, when="2027-01-07 09:00", client="Grant Dwyer",
               to_addr="grant@dwyerdistilling.ie", deadline="2027-01-21",
               invoices=[("2026-058", "2026-11-10", "2026-12-10", "€1,400.00"),
                         ("2026-060", "2026-11-24", "2026-12-24", "€720.00")], total="€2,120.00")
    t = T("""
        Hi Lucía,

        Thanks for pulling these together. We'll settle both on the 15th when our January payments go.

        Happy new year!
        Grant

        Grant Dwyer
        Dwyer Distilling Co., Co. Wicklow
        """)
    reply(o, ("Grant Dwyer", "grant@dwyerdistilling.ie"), "2027-01-07 15:20", "Europe/Dublin", t, q="gmail",
          kind="client-reply-promise", promised_date="2027-01-15",
          note="statement of two invoices; 'settle both on the 15th' = one promise for both")

    # R34 Canadian AP: January 8th payment run
    o = letter(TOM, "reminder", "INV-2026-076", "€2,300.00", "2026-12-15", "2026-12-21 09:00",
               dear="Dear Accounts Team,", to_addr="payables@borealisenergy.ca")
    t = T("""
        Hello Tom,

        Thank you for following up. Your invoice INV-2026-076 will be included in our January 8th payment run. Our offices are closed December 24 - January 1.

        Regards,
        Jennifer Fraser
        Accounts Payable Coordinator
        Borealis Energy Co-operative | Calgary, AB
        """)
    reply(o, ("Jennifer Fraser", "jfraser@borealisenergy.ca"), "2026-12-22 10:45", "America/Edmonton", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-promise", reference="INV-2026-076",
          promised_date="2027-01-08", note="Canadian AP: 'included in our January 8th payment run'")

    # R35 'next Thursday's payment run' written Friday
    o = letter(MEGAN, "reminder", "2027/006", "£720.00", "2027-01-30", "2027-02-04 09:00",
               client="Pippa Lowe", to_addr="pippa.lowe@lowecatering.co.uk")
    t = T("""
        Hi Megan,

        It's in the queue for next Thursday's payment run, so you should see it then.

        Thanks,
        Pippa

        Pippa Lowe
        Lowe & Co Catering
        """)
    reply(o, ("Pippa Lowe", "pippa.lowe@lowecatering.co.uk"), "2027-02-05 12:02", "Europe/London", t, q="outlook_uk",
          pre="RE: ", mid="outlook", kind="client-reply-promise", promised_date=after(D("2027-02-05"), "thu"),
          note="'next Thursday's payment run' written Friday 5 Feb = Thursday 11 Feb")

    # R36 Australian 'this arvo'
    o = letter(TOM, "reminder", "INV-2027-004", "€580.00", "2027-01-27", "2027-02-01 09:00",
               client="Mick Donnelly", to_addr="mick@donnellyplumbing.com.au")
    t = T("""
        No worries Tom, I'll get it sorted this arvo.

        Mick
        Donnelly Plumbing & Gas
        Sent from my Galaxy
        """)
    reply(o, ("Mick Donnelly", "mick@donnellyplumbing.com.au"), "2027-02-02 10:15", "Australia/Sydney", t, q="gmail",
          kind="client-reply-promise", promised_date="2027-02-02",
          note="Australian 'this arvo' = this afternoon, a promise for today (2 Feb local)")


# ==============================================================================================
# DISPUTE: they contest the invoice (amount, scope, hours, entity, VAT, quality, duplicates...)
# ==============================================================================================
GB_FEE = T("""
    As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 applies: statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank of England base rate in force when the debt fell due), and a fixed sum of £70.00 is due for the costs of recovering the debt (section 5A).

    The amount due as at 14 January 2027 (interest continues to run until payment) is:
    - Invoice 2026/047: £1,200.00
    - Interest from 1 December 2026 to 14 January 2027 (45 days at 11.75%): £17.38
    - Compensation for recovery costs (section 5A): £70.00
    - Total: £1,287.38
    """)


def dispute_messages():
    # D1 hours not agreed
    o = letter(TOM, "reminder", "INV-2026-077", "€3,150.00", "2026-11-27", "2026-12-02 09:00",
               client="Rachel Kim", to_addr="rachel.kim@lumendigital.com")
    t = T("""
        Tom,

        I've gone through this with our PM. You've billed 42 hours, but the estimate we signed off was 30 hours and nobody on our side approved an overage. We'll pay for the 30 hours (€2,250). If you think the extra 12 are justified, send me a breakdown by task and we'll review it, but I can't put the full amount through as it stands.

        Rachel Kim
        Head of Delivery, Lumen Digital
        """)
    reply(o, ("Rachel Kim", "rachel.kim@lumendigital.com"), "2026-12-03 15:25", "America/New_York", t,
          q="gmail_us", kind="client-reply-dispute", amount="2250.00",
          note="hours not agreed: 42 billed vs 30 estimated; will pay only 30h (€2,250 accepted)")

    # D2 scope creep, angry
    o = letter(MEGAN, "reminder", "2026/052", "£1,890.00", "2026-12-10", "2026-12-15 09:00",
               client="Ian Crowther", to_addr="ian@crowtherengineering.co.uk")
    t = T("""
        Megan,

        I'm not paying for "additional revision rounds". Those rounds were needed because the first drafts didn't reflect the brief we gave you. That's not scope creep, that's fixing your own work.

        Reissue it at the quoted £1,200 and I'll pay it this week.

        Ian Crowther
        MD, Crowther Engineering Ltd
        """)
    reply(o, ("Ian Crowther", "ian@crowtherengineering.co.uk"), "2026-12-15 11:58", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-dispute", amount="1200.00", currency="GBP",
          note="scope creep rejected; will pay the quoted £1,200 'this week' only after reissue -> dispute wins over promise")

    # D3 already billed under an earlier invoice
    o = letter(TOM, "reminder", "INV-2026-078", "€900.00", "2026-12-01", "2026-12-07 09:00",
               client="Colm Healy", to_addr="colm@healyarchitects.ie")
    t = T("""
        Hi Tom,

        I think you've double-billed us here. The site photography for the Blackrock house was already invoiced under INV-2026-039 back in September, and we paid that one on the nail. This new one is for exactly the same shoot as far as I can see. Can you have a look and cancel it?

        Thanks,
        Colm

        Colm Healy MRIAI
        Healy Architects, Monkstown
        """)
    reply(o, ("Colm Healy", "colm@healyarchitects.ie"), "2026-12-07 16:30", "Europe/Dublin", t, q="gmail",
          kind="client-reply-dispute",
          note="already billed: names the EARLIER invoice INV-2026-039 (not this one), so no reference label")

    # D4 duplicate invoice
    o = letter(DAN, "reminder", "1053", "$1,650.00", "2026-12-04", "2026-12-09 10:00",
               dear="Dear Accounts Team,", to_addr="ap@harborpointmedia.com")
    t = T("""
        Hi Dan,

        This invoice (1053) appears to be a duplicate: it's for the same VO session on 10/28, same amount, as the invoice we paid on 11/30. Our system flagged it and it won't be paid. If it's actually for a different session please send the session date and the PO and we'll take another look.

        Thanks,
        Lorraine Webb
        AP Specialist, Harbor Point Media
        """)
    reply(o, ("Lorraine Webb", "lwebb@harborpointmedia.com"), "2026-12-10 09:12", "America/New_York", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-dispute", reference="1053",
          note="duplicate invoice: 'won't be paid' (the earlier one was paid)")

    # D5 wrong entity (film SPV)
    o = letter(MEGAN, "reminder", "2026/058", "£2,200.00", "2026-12-18", "2027-01-06 09:00",
               client="Holly Barnes", to_addr="holly@fieldfarefilms.co.uk")
    t = T("""
        Hi Megan,

        Happy new year! Sorry, I should have flagged this before Christmas - the invoice is addressed to Fieldfare Films Ltd, but your contract for the press kit is with the production company, Harrowdown Productions Ltd (the SPV for the film). Our accountant can't pay it as it stands because it needs to go through the production's books for the tax credit.

        Could you cancel this one and reissue it to Harrowdown Productions Ltd, 3rd Floor, 18 Dean Street, London W1D 3RH? Company no. 14988321. Then we'll get it paid straight away.

        Thanks so much,
        Holly

        Holly Barnes
        Production Coordinator | Harrowdown
        """)
    reply(o, ("Holly Barnes", "holly@fieldfarefilms.co.uk"), "2027-01-06 11:40", "Europe/London", t, q="gmail",
          kind="client-reply-dispute",
          note="wrong entity: 'can't pay it as it stands', wants it cancelled and reissued to the SPV")

    # D6 'We will not be paying this' (reply to final notice)
    o = letter(TOM, "final", "INV-2026-044", "$6,500.00", "2026-10-30", "2026-12-01 09:00",
               client="Lang Capital Partners", to_addr="vlang@langcapital.com", deadline="2026-12-15",
               issued="2026-09-30", dear="Dear Accounts Team,")
    t = T("""
        Mr. Byrne,

        We will not be paying this invoice. The deliverables were not accepted under Section 4 of the agreement, as we informed you in writing on October 14.

        Any further correspondence on this matter should be directed to our counsel, Ms. Ruth Adler (radler@adlerpierce.com).

        Victor Lang
        Managing Partner
        Lang Capital Partners LLC
        """)
    reply(o, ("Victor Lang", "vlang@langcapital.com"), "2026-12-02 08:05", "America/New_York", t, q="outlook_us",
          pre="RE: ", mid="outlook", cc="Ruth Adler <radler@adlerpierce.com>", kind="client-reply-dispute",
          note="flat refusal to a final notice; deliverables not accepted; refers to counsel")

    # D7 Singapore: 15% reduction and credit note
    o = letter(TOM, "reminder", "INV-2026-079", "€4,200.00", "2026-12-08", "2026-12-14 09:00",
               dear="Dear Accounts Team,", to_addr="ap@lionsgatelogistics.com.sg")
    t = T("""
        Dear Tom,

        Refer to your email below.

        Please note the project was delivered 2 weeks after the agreed launch date, which caused us to postpone the campaign. In view of this, management expects a 15% reduction on invoice INV-2026-079. Kindly issue a credit note for the difference and we will process payment upon receipt.

        Thank you.

        Best regards,
        Jessica Ong
        Senior Executive, Marketing
        Lionsgate Logistics (S) Pte Ltd
        """)
    reply(o, ("Jessica Ong", "jessica.ong@lionsgatelogistics.com.sg"), "2026-12-15 14:20", "Asia/Singapore", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-dispute", reference="INV-2026-079",
          note="discount demand (15%) + credit note for late delivery; payment only after the credit note")

    # D8 not delivered yet; pay on delivery
    o = letter(LUCIA, "reminder", "2026-059", "€1,300.00", "2026-12-12", "2026-12-17 09:00",
               client="Dylan Moore", to_addr="dylan@coastlinecoffee.ca")
    t = T("""
        Hi Lucía,

        We still haven't received the final layered files for the packaging (we only have the flattened PDFs), and our printer needs the AI files with the dielines. As per our agreement, the final payment is on delivery of the final files, so we'll pay once they're delivered.

        Let me know if there's an issue on your end.

        Dylan
        Coastline Coffee Roasters, Victoria BC
        """)
    reply(o, ("Dylan Moore", "dylan@coastlinecoffee.ca"), "2026-12-17 12:10", "America/Vancouver", t,
          q="gmail_us", kind="client-reply-dispute",
          note="work not fully delivered; will pay only once the files arrive = dispute, not promise")

    # D9 translation had to be revised (UK law firm to Alessandra)
    o = letter(ALE, "reminder", "36/2026", "€2,400.00", "2026-12-15", "2026-12-21 09:00",
               dear="Dear Accounts Team,", to_addr="accounts@harcourtsloane.co.uk")
    t = T("""
        Dear Ms Rossi,

        I refer to your reminder below.

        I am afraid we are not in a position to settle this invoice in full. The English translation of the share purchase agreement required substantial revision by our Italian-qualified associate before it could be relied upon; in particular, the warranties in Schedule 4 and the definitions of "Completion Accounts" were materially mistranslated. This took approximately six hours of fee-earner time.

        We would propose to pay 50% of the invoice in full and final settlement. Please let me know whether this is acceptable.

        Yours sincerely

        James Harcourt
        Partner
        Harcourt Sloane LLP

        Harcourt Sloane LLP is a limited liability partnership registered in England and Wales with number OC398811, authorised and regulated by the Solicitors Regulation Authority.
        """)
    reply(o, ("James Harcourt", "j.harcourt@harcourtsloane.co.uk"), "2026-12-22 17:05", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", charset="windows-1252", cte="quoted-printable",
          kind="client-reply-dispute", note="quality dispute (translation revised), offers 50% in full and final settlement")

    # D10 wrong VAT (UK business billed Irish VAT)
    o = letter(TOM, "reminder", "INV-2026-080", "€2,460.00", "2026-12-11", "2026-12-16 09:00",
               dear="Dear Accounts Team,", to_addr="accounts@ashdowncycles.co.uk")
    t = T("""
        Hi Tom,

        Before we pay this - you've charged 23% Irish VAT on it, but we're a UK VAT-registered business (GB 318 4471 92), so as far as our accountant is concerned the supply is outside the scope of Irish VAT and we account for it under the reverse charge here. We can't reclaim Irish VAT, so we'd be out of pocket by €460.

        Could you issue a credit note for INV-2026-080 and a corrected invoice for €2,000 net with no VAT? We'll pay that on receipt.

        Thanks,
        Kieran Walsh
        Finance Manager
        Ashdown Cycles Ltd, Leeds
        """)
    reply(o, ("Kieran Walsh", "kieran.walsh@ashdowncycles.co.uk"), "2026-12-16 16:45", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-dispute", amount="2000.00",
          reference="INV-2026-080", note="wrong VAT: wants credit note + corrected invoice (€2,000 net accepted)")

    # D11 partial payment + holding the rest until a bug is fixed
    o = letter(LUCIA, "reminder", "2026-061", "€1,200.00", "2026-12-14", "2026-12-18 09:00",
               client="Zoe Patel", to_addr="zoe@kindredthreads.com.au")
    t = T("""
        Hi Lucía,

        I've paid €800 today. The other €400 I'm holding back until the mobile checkout bug is fixed, like we talked about on the call - customers on iPhone still can't get past the shipping step and I'm losing sales every day it's broken.

        As soon as it's working I'll send the rest straight away.

        Zoe
        Kindred Threads | handmade in Fremantle
        """)
    reply(o, ("Zoe Patel", "zoe@kindredthreads.com.au"), "2026-12-19 10:30", "Australia/Perth", t, q="iphone",
          mid="apple", kind="client-reply-dispute", amount="800.00",
          note="one-person Shopify shop: partial payment (€800) + rest withheld until bug fixed = dispute")

    # D12 hospital: PO value mismatch
    o = letter(DAN, "reminder", "1068", "$5,600.00", "2027-01-08", "2027-01-13 10:00",
               dear="Dear Accounts Team,", to_addr="ap@northshorechildrens.org")
    t = T("""
        Hello,

        Invoice 1068 cannot be processed as submitted. Purchase Order 7700412 was issued for $5,000.00; the invoice total is $5,600.00. Per hospital policy we can only pay up to the PO value.

        Please either (a) reissue the invoice for $5,000.00, or (b) ask your department contact to raise a PO change order for the additional $600.00. The invoice will be held until one of these is received.

        Sincerely,
        Accounts Payable
        Northshore Children's Hospital
        """) + CONF_US
    reply(o, ("Northshore Children's AP", "ap@northshorechildrens.org"), "2027-01-14 09:44", "America/Chicago", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-dispute", amount="5000.00", currency="USD",
          reference="1068", note="hospital AP: invoice exceeds PO, will pay only PO value unless change order")

    # D13 charity thought it was the charity rate
    o = letter(MEGAN, "reminder", "2026/048", "£1,400.00", "2026-11-26", "2026-12-01 09:00",
               client="Ruth Adebayo", to_addr="ruth@brightstartmentoring.org.uk")
    t = T("""
        Hi Megan,

        I hope you're well. I'm a bit confused by this one, and I'm sure it's a misunderstanding rather than anything else! When we spoke in September you said you'd do the Christmas appeal letter at your charity rate, which I understood to be half your normal day rate. This invoice seems to be at the full rate. We budgeted £700 for it and our trustees have signed off on that figure.

        Could you have another look? Happy to chat if that's easier.

        Warm wishes,
        Ruth

        Ruth Adebayo
        Director, Bright Start Mentoring
        Registered charity 1162219
        """)
    reply(o, ("Ruth Adebayo", "ruth@brightstartmentoring.org.uk"), "2026-12-02 10:18", "Europe/London", t,
          q="gmail", kind="client-reply-dispute",
          note="polite charity: expected the half-price charity rate; invoice at full rate")

    # D14 film: kill fee 50%
    o = letter(DAN, "reminder", "1070", "$4,000.00", "2027-01-15", "2027-01-20 10:00",
               client="Mara Lindqvist", to_addr="mara@talloakpictures.com")
    t = T("""
        Hi Dan,

        Flagging this before it goes to accounting: the project was cancelled in pre-production, and the deal memo (para 7) says kill fee is 50% of the agreed fee if cancelled before the start of principal photography. You've invoiced 100%.

        We'll pay $2,000 per the deal memo. Can you send a revised invoice for that amount?

        Thanks,
        Mara
        Line Producer | Tall Oak Pictures
        """)
    reply(o, ("Mara Lindqvist", "mara@talloakpictures.com"), "2027-01-21 13:15", "America/Los_Angeles", t,
          q="gmail_us", kind="client-reply-dispute", amount="2000.00", currency="USD",
          note="film producer: cancellation kill fee 50% vs 100% invoiced; accepts $2,000")

    # D15 refuses statutory interest and compensation (reply to a late-fee letter)
    o = letter(MEGAN, "late_fee", "2026/047", "£1,200.00", "2026-11-30", "2027-01-14 09:00",
               client="Graham Tull", to_addr="graham@tullprint.co.uk", fee=GB_FEE, deadline="2027-01-28")
    t = T("""
        Megan

        We will pay the original £1,200 but not the interest or the £70. Our agreed terms were 60 days from invoice, not 30 - it's in the email you sent me on 3 October - so by our reckoning this invoice isn't even late yet.

        I'll put the £1,200 through when it falls due under our terms.

        Graham Tull
        Tull Print & Finishing Ltd
        """)
    reply(o, ("Graham Tull", "graham@tullprint.co.uk"), "2027-01-14 16:02", "Europe/London", t, q="outlook_uk",
          pre="RE: ", mid="outlook", kind="client-reply-dispute", amount="1200.00", currency="GBP",
          note="reply to the late-fee letter: refuses interest and £70 compensation, disputes the terms; principal accepted")

    # D16 university: day rate in contract is lower
    o = letter(MEGAN, "reminder", "2026/060", "£2,250.00", "2027-01-11", "2027-01-15 09:00",
               client="Dr Anjali Rao", to_addr="a.rao@northbridge.ac.uk")
    t = T("""
        Dear Megan,

        Thank you for the reminder, and apologies for not writing sooner - I was waiting for Finance to come back to me.

        The problem is that the rate on the invoice (£450/day) doesn't match the rate in the contract we signed in October (£400/day, clause 3.2). Finance won't pay an invoice that doesn't match the contract, and I'm afraid I can't authorise the difference from the project budget. Would you be able to reissue it at £400/day for the five days, i.e. £2,000?

        Best wishes,
        Anjali

        Dr Anjali Rao
        Senior Lecturer & Director, Centre for Climate Communication
        University of Northbridge
        """)
    reply(o, ("Rao, Anjali", "a.rao@northbridge.ac.uk"), "2027-01-18 09:30", "Europe/London", t, q="outlook_uk",
          pre="RE: ", mid="outlook", kind="client-reply-dispute", amount="2000.00", currency="GBP",
          note="university academic: day rate differs from contract; asks reissue at £2,000")

    # D17 one-person shop unhappy with the logo
    o = letter(TOM, "reminder", "INV-2026-081", "€650.00", "2026-12-04", "2026-12-09 09:00",
               client="Becca Flynn", to_addr="becca@wildlingknits.ie")
    t = T("""
        Hi Tom,

        I've been putting off replying to this because I don't like confrontation 🙈 but honestly the logo isn't really what I asked for. I said hand-drawn and earthy and it feels quite corporate to me, and the second version didn't really change that. I've actually been using my old one on the shop since.

        I don't think I should pay the full price for something I'm not using? Could we come to some arrangement?

        Becca
        Wildling Knits 🧶 wildlingknits.ie
        """)
    reply(o, ("Becca Flynn", "becca@wildlingknits.ie"), "2026-12-10 21:40", "Europe/Dublin", t, q="iphone",
          mid="apple", cte="quoted-printable", kind="client-reply-dispute",
          note="one-person shop, conflict-averse: work not as asked, doesn't want to pay full price")

    # D18 French non-native: price not the one of the quote
    o = letter(LUCIA, "reminder", "2026-062", "€2,150.00", "2026-12-15", "2026-12-21 09:00",
               client="Claire Dubois", to_addr="claire.dubois@maisonlumiere.fr")
    t = T("""
        Hello Lucía,

        I look at the invoice 2026-062 and the price is not the one of the quote. In the quote of September it was 1 800 € HT for the catalogue, you have put 2 150 €. We never discussed a supplement. Can you correct please? Before that our accounting will not pay.

        Thank you,
        Claire Dubois
        Maison Lumière – Luminaires d'intérieur
        """)
    reply(o, ("Claire Dubois", "claire.dubois@maisonlumiere.fr"), "2026-12-21 14:55", "Europe/Paris", t,
          q="outlook_uk", pre="RE : ", mid="outlook", charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
          kind="client-reply-dispute", reference="2026-062",
          note="French non-native ('RE :' with a space): price differs from quote; won't pay until corrected")

    # D19 Greek hotel: didn't order the second set of photos
    o = letter(TOM, "reminder", "INV-2026-082", "€1,780.00", "2026-12-18", "2027-01-07 09:00",
               client="Dimitra Kouri", to_addr="d.kouri@santoriniblu.gr")
    t = T("""
        Dear Tom,

        Happy New Year. About this invoice: we did not order the second set of photos (the interiors of the suites). We asked only for the exterior and the pool. The interiors were your proposal and we said we will think about it, but we did not confirm. Please remove them from the invoice and send again, then we pay immediately.

        Kind regards,
        Dimitra Kouri
        Sales & Marketing Manager
        Santorini Blu Suites
        """)
    reply(o, ("Dimitra Kouri", "d.kouri@santoriniblu.gr"), "2027-01-08 12:40", "Europe/Athens", t, q="gmail",
          cte="base64", kind="client-reply-dispute",
          note="Greek non-native: work not ordered; remove from invoice, 'then we pay immediately' (still dispute)")

    # D21 founder: project cancelled in October
    o = letter(TOM, "reminder", "INV-2026-083", "€2,800.00", "2026-12-20", "2027-01-04 09:00",
               client="Priyanka Desai", to_addr="priyanka@stackly.io")
    t = T("""
        wait what? we cancelled this project in october. I have the slack thread where I told you we were pausing everything after the seed round fell through. why is there an invoice for december??

        if this is for the work in september that was already paid. pls check

        P

        Sent from my iPhone
        """)
    reply(o, ("Priyanka Desai", "priyanka@stackly.io"), "2027-01-05 00:40", "Europe/London", t, q="iphone",
          mid="apple", kind="client-reply-dispute",
          note="founder at 00:40: project was cancelled, no invoice due; 'already paid' refers to other work")

    # D22 US staffing-style AP: hours exceed approved timesheet
    o = letter(DAN, "due", "1071", "$3,420.00", "2027-01-22", "2027-01-22 10:00",
               dear="Dear Accounts Team,", to_addr="vendorinvoices@granitepeakgames.com")
    t = T("""
        Hi Dan,

        Invoice 1071 has been rejected in our system. The billed hours (38 at $90/hr) exceed the hours approved on your timesheet for the January sprint (30). Please resubmit an invoice for the approved 30 hours ($2,700.00) through the vendor portal, or have your project lead approve the additional hours in Fieldglass first.

        Regards,
        Vendor Invoicing Team
        Granite Peak Games, Inc.
        """)
    reply(o, ("Vendor Invoicing", "vendorinvoices@granitepeakgames.com"), "2027-01-25 11:30", "America/Denver", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-dispute", amount="2700.00", currency="USD",
          reference="1071", note="US AP: invoice rejected, billed hours exceed approved timesheet; will pay 30h")

    # D23 UK law firm client: extra meetings not in engagement letter
    o = letter(MEGAN, "reminder", "2026/061", "£3,600.00", "2027-01-15", "2027-01-20 09:00",
               client="Eleanor Marsh", to_addr="e.marsh@marshwillisllp.co.uk")
    t = T("""
        Dear Megan,

        Thank you for your email. We dispute the charges for the two additional workshop meetings (£600), which were not part of the engagement letter and which we did not request - they were arranged at your suggestion. Please reissue the invoice for the agreed fixed fee of £3,000 and we will arrange payment.

        Kind regards

        Eleanor Marsh
        Practice Director
        Marsh Willis LLP

        This email is confidential and may be subject to legal professional privilege. If you are not the intended recipient please delete it and notify the sender.
        """)
    reply(o, ("Eleanor Marsh", "e.marsh@marshwillisllp.co.uk"), "2027-01-21 10:10", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-dispute", amount="3000.00", currency="GBP",
          note="law firm as client: 'We dispute the charges' for extra meetings; agreed fixed fee £3,000")

    # D24 ALL CAPS older client
    o = letter(DAN, "reminder", "1072", "$2,600.00", "2027-01-20", "2027-01-26 10:00",
               client="Ray Dominguez", to_addr="ray@dominguezautoplex.com")
    t = T("""
        DAN

        THIS WAS SUPPOSED TO BE A FIXED PRICE JOB. $1800 FOR THE RADIO SPOT, THATS WHAT WE SHOOK ON. NOT $2600. I DIDNT ASK FOR THE SPANISH VERSION YOU JUST DID IT.

        I WILL PAY $1800 AND THAT IS IT.

        RAY DOMINGUEZ
        DOMINGUEZ AUTOPLEX
        "WHERE EL PASO BUYS"
        """)
    reply(o, ("RAY DOMINGUEZ", "ray@dominguezautoplex.com"), "2027-01-26 17:22", "America/Denver", t,
          q="outlook_orig", pre="RE: ", mid="outlook", kind="client-reply-dispute", amount="1800.00", currency="USD",
          note="ALL CAPS: fixed price $1800 agreed, refuses extra; partial acceptance = dispute")

    # D25 will pay by Friday but only the agreed amount
    o = letter(TOM, "reminder", "INV-2026-084", "€1,850.00", "2027-01-15", "2027-01-19 09:00",
               client="Pádraig Nolan", to_addr="padraig@nolanfarmshop.ie")
    t = T("""
        Tom,

        We'll pay by Friday but only the agreed €1,500, not €1,850. The extra €350 for the "additional photography day" was never discussed with me - Siobhán may have said something to you at the market but she doesn't sign off on spend.

        If you want to talk about it ring me on 087 555 0142.

        Pádraig
        """)
    reply(o, ("Pádraig Nolan", "padraig@nolanfarmshop.ie"), "2027-01-19 13:50", "Europe/Dublin", t, q="gmail",
          kind="client-reply-dispute", amount="1500.00",
          note="dispute beats promise: 'pay by Friday but only the agreed €1,500'; no promised_date for a dispute")

    # D26 travel expenses never approved
    o = letter(LUCIA, "reminder", "2026-063", "€2,140.00", "2027-01-18", "2027-01-22 09:00",
               client="Kate Sullivan", to_addr="kate@sullivanevents.com")
    t = T("""
        Hi Lucía,

        Quick one: we never approved travel expenses for the Boston install, and the contract says expenses need written pre-approval. Please remove the €340 from the invoice and resend - we'll pay the design fee portion no problem.

        Best,
        Kate Sullivan
        Founder, Sullivan Events | Boston, MA
        """)
    reply(o, ("Kate Sullivan", "kate@sullivanevents.com"), "2027-01-22 10:05", "America/New_York", t, q="gmail_us",
          kind="client-reply-dispute", note="expenses not pre-approved: remove €340 line; the disputed sum is not an accepted amount")

    # D27 NZ: video late for the launch, wants 50% off
    o = letter(TOM, "reminder", "INV-2026-085", "€3,300.00", "2027-01-25", "2027-01-29 09:00",
               client="Grace Tuhiwai", to_addr="grace@kowhaiskincare.co.nz")
    t = T("""
        Hi Tom,

        Sorry, but we're not happy paying this as it stands. The launch animation was meant to be with us by the 8th for the summer campaign, it arrived on the 21st, and by then we'd had to go live with stills. So it's been of very little use to us this season.

        I think a 50% reduction is fair given that. Let me know your thoughts.

        Ngā mihi,
        Grace
        Kōwhai Skincare, Nelson
        """)
    reply(o, ("Grace Tuhiwai", "grace@kowhaiskincare.co.nz"), "2027-01-30 09:40", "Pacific/Auckland", t, q="gmail",
          kind="client-reply-dispute", note="late delivery, asks 50% reduction")


# ==============================================================================================
# CLIENT-REPLY-OTHER: questions, forwards, acknowledgements, other work
# ==============================================================================================
def other_messages():
    # O1 US AP needs a W-8BEN
    o = letter(TOM, "reminder", "INV-2026-086", "$2,750.00", "2026-11-25", "2026-12-01 09:00",
               dear="Dear Accounts Team,", to_addr="payables@summitridgefoods.com")
    t = T("""
        Hello Tom,

        Thank you for reaching out. Your invoice is on hold because we do not have a valid tax form on file for your vendor record. As a non-U.S. supplier we require a completed W-8BEN (individuals / sole proprietors) or W-8BEN-E (entities) before any payment can be released.

        Please complete the appropriate form, sign and date it, and return it to this address. Do NOT send a W-9.

        Forms: https://www.irs.gov/forms-pubs/about-form-w-8-ben

        Thank you,
        Vendor Maintenance | Accounts Payable
        Summit Ridge Foods, Inc.
        """) + CONF_US
    reply(o, ("Summit Ridge Vendor Maintenance", "payables@summitridgefoods.com"), "2026-12-01 13:50",
          "America/Chicago", t, q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-other",
          note="US AP: invoice on hold pending W-8BEN; a request, no payment claim or promise")

    # O2 UK PO number needed
    o = letter(MEGAN, "due", "2026/062", "£880.00", "2027-01-20", "2027-01-20 09:00",
               dear="Dear Accounts Team,", to_addr="invoices@calderwoodgroup.co.uk")
    t = T("""
        Dear Supplier,

        Thank you for your invoice. Unfortunately it does not quote a valid Calderwood purchase order number and has therefore not been registered for payment.

        Please resubmit your invoice quoting PO 4500123456 to invoices@calderwoodgroup.co.uk. Invoices without a valid PO will be returned.

        Kind regards
        Purchase Ledger Team
        Calderwood Group plc
        """)
    reply(o, ("Calderwood Purchase Ledger", "invoices@calderwoodgroup.co.uk"), "2027-01-21 08:33", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-other",
          note="purchase ledger: resubmit with PO number (process request, not a dispute of the amount)")

    # O3 bank details change: fraud check
    o = letter(TOM, "reminder", "INV-2026-087", "€1,960.00", "2026-12-04", "2026-12-09 09:00",
               client="Sarah Quinlan", to_addr="sarah@quinlanopticians.ie")
    t = T("""
        Hi Tom,

        Just a quick check before we do anything - we got an email last Thursday, apparently from you, saying your bank details have changed to a Revolut account in Lithuania. It looked a bit off (the email address was tom@byrne-design.ie with a dash). Is that genuine? We won't change anything until I've spoken to you on the phone - could you give me a ring on 01 555 0193 when you get a chance?

        Sarah
        Quinlan Opticians, Naas
        """)
    reply(o, ("Sarah Quinlan", "sarah@quinlanopticians.ie"), "2026-12-09 14:20", "Europe/Dublin", t, q="gmail",
          kind="client-reply-other", note="suspected bank-details fraud: question + call request, no payment state")

    # O4 film producer: which project?
    o = letter(DAN, "reminder", "1073", "$1,100.00", "2027-01-22", "2027-01-27 10:00",
               client="Tess Whitaker", to_addr="tess@redhookproductions.com")
    t = T("""
        Hey Dan - which project is this for? We've got three going with you right now (the Nike spec, the doc trailer and the podcast pilot) and accounting needs the show code on every invoice or it just sits there.

        T
        """)
    reply(o, ("Tess Whitaker", "tess@redhookproductions.com"), "2027-01-27 12:15", "America/New_York", t,
          q="gmail_us", kind="client-reply-other", note="'which project is this for?' plus show-code requirement")

    # O5 forwarded to accounts (cc)
    o = letter(TOM, "reminder", "INV-2026-088", "€720.00", "2026-12-09", "2026-12-14 09:00",
               client="Declan Murray", to_addr="declan@murraybrewing.ie")
    t = T("""
        Adding Sarah from accounts who looks after this side of things.

        Sarah - can you check where this one is? Tom did the new can labels for us in October.

        Declan
        """)
    reply(o, ("Declan Murray", "declan@murraybrewing.ie"), "2026-12-14 10:55", "Europe/Dublin", t, q="gmail",
          cc="Sarah Kinsella <accounts@murraybrewing.ie>", kind="client-reply-other",
          note="forwards to accounts via cc; asks where it is; no claim")

    # O6 'Received, thanks' to the invoice mail
    o = letter(MEGAN, "invoice", "2027/008", "£1,320.00", "2027-03-05", "2027-02-03 16:00",
               client="Tom Haworth", to_addr="tom.haworth@haworthwealth.co.uk", dear="Hi Tom,",
               body=T("""
                   Please find attached invoice 2027/008 for the January newsletter and the two LinkedIn articles, £1,320.00, due on 5 March 2027.

                   Thanks as always,
                   Megan
                   """))
    t = T("""
        Received, thanks Megan. Have a good weekend.

        Tom

        Tom Haworth
        Haworth Wealth Management
        Haworth Wealth Management Ltd is authorised and regulated by the Financial Conduct Authority (FRN 612233).
        """)
    reply(o, ("Tom Haworth", "tom.haworth@haworthwealth.co.uk"), "2027-02-05 09:20", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-other",
          note="acknowledgement of the invoice mail; the client's name is also Tom (not the owner)")

    # O7 talk about other work
    o = letter(LUCIA, "courtesy", "2026-064", "€1,600.00", "2027-01-31", "2027-01-25 09:00",
               client="Amber Lewis", to_addr="amber@lewisandfinch.com", issued="2027-01-01")
    t = T("""
        Hi Lucía!

        Not about the invoice (I've passed that to our bookkeeper) - are you free in March for the rebrand of our sister brand? It'd be logo, packaging for 4 SKUs and a small lookbook. Budget is similar to last time. Let me know and I'll send the brief!

        Amber
        Lewis & Finch | Austin, TX
        """)
    reply(o, ("Amber Lewis", "amber@lewisandfinch.com"), "2027-01-25 15:30", "America/Chicago", t, q="gmail_us",
          kind="client-reply-other",
          note="reply to courtesy reminder, all about new work; invoice 'passed to our bookkeeper' = no payment state")

    # O8 asks for a call
    o = letter(DAN, "reminder", "1074", "$2,100.00", "2027-02-01", "2027-02-05 10:00",
               client="Nate Holloway", to_addr="nate@hollowaycreative.com")
    t = T("""
        Dan, can we jump on a quick call Thursday about this one? There are a couple of line items I want to walk through with you before it goes to finance. Any time after 2 ET works.

        Nate
        """)
    reply(o, ("Nate Holloway", "nate@hollowaycreative.com"), "2027-02-08 09:40", "America/New_York", t,
          q="gmail_us", kind="client-reply-other",
          note="asks for a call to walk through line items; no contestation stated yet")

    # O9 can't open the PDF
    o = letter(ALE, "reminder", "1/2027", "€640.00", "2027-01-25", "2027-01-29 09:00",
               client="Lindiwe Dube", to_addr="lindiwe@capewinelogistics.co.za")
    t = T("""
        Hi Alessandra

        Apologies, I can't seem to open the invoice PDF - it says the file is damaged. Could you resend it, maybe as a new attachment? Then I'll load it for payment.

        Kind regards
        Lindiwe Dube
        Cape Wine Logistics (Pty) Ltd, Stellenbosch
        """)
    reply(o, ("Lindiwe Dube", "lindiwe@capewinelogistics.co.za"), "2027-02-01 08:50", "Africa/Johannesburg", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-other",
          note="South Africa: can't open PDF, send again; 'then I'll load it for payment' is a process step")

    # O10 vendor portal only
    o = letter(TOM, "reminder", "INV-2026-089", "$4,800.00", "2026-12-15", "2026-12-21 09:00",
               dear="Dear Accounts Team,", to_addr="ap@vantageretail.com")
    t = T("""
        Hello,

        Vantage Retail has moved to Tipalti for all supplier invoicing. We are no longer able to process invoices received by email.

        Please submit invoice INV-2026-089 through the Tipalti supplier portal using the invitation link sent to you on November 2. If you did not receive the invitation, reply to this message and we will resend it.

        Thank you,
        Supplier Enablement Team
        Vantage Retail Corp.
        """)
    reply(o, ("Supplier Enablement", "ap@vantageretail.com"), "2026-12-21 12:00", "America/New_York", t,
          q="outlook_us", pre="RE: ", mid="outlook", kind="client-reply-other", reference="INV-2026-089",
          note="vendor portal (Tipalti): must resubmit there; human team reply, no payment state")

    # O11 pending approval, chased (no promise)
    o = letter(MEGAN, "reminder", "2027/003", "£1,560.00", "2027-01-29", "2027-02-03 09:00",
               dear="Dear Accounts Team,", to_addr="ap@brightlinegroup.co.uk")
    t = T("""
        Hi Megan,

        I've checked and your invoice is showing as "Pending Approval" in our system - it's sitting with Daniel Okoro in Marketing. I've sent him a chaser this morning.

        Kind regards
        Amrit Sandhu
        Accounts Payable
        Brightline Group
        """)
    reply(o, ("Amrit Sandhu", "amrit.sandhu@brightlinegroup.co.uk"), "2027-02-03 11:05", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-other",
          note="status only: 'Pending Approval', chased the approver; no commitment to pay")

    # O12 hospital supplier onboarding
    o = letter(DAN, "reminder", "1075", "$1,250.00", "2027-01-29", "2027-02-03 10:00",
               dear="Dear Accounts Team,", to_addr="supplier.setup@lakeviewhealth.org")
    t = T("""
        Good morning,

        We are unable to locate a vendor record for Okafor Audio LLC. Before invoice 1075 can be entered, please complete the attached Supplier Onboarding Form, together with a W-9 and a voided check or bank letter, and return them to supplier.setup@lakeviewhealth.org.

        Please allow 5-7 business days for vendor setup.

        Lakeview Health System
        Supply Chain - Supplier Setup
        """) + CONF_US
    reply(o, ("Lakeview Supplier Setup", "supplier.setup@lakeviewhealth.org"), "2027-02-04 08:15", "America/Chicago",
          t, q="outlook_us", pre="RE: ", mid="outlook", attach=[pdf("Supplier_Onboarding_Form_v7.pdf")],
          kind="client-reply-other", reference="1075", note="hospital: vendor onboarding form + W-9 needed")

    # O13 film: who to address the invoice to (question)
    o = letter(MEGAN, "invoice", "2027/007", "£900.00", "2027-02-28", "2027-01-29 17:00",
               client="Sam Ridley", to_addr="sam@blackthornfilms.co.uk", dear="Hi Sam,")
    t = T("""
        Hi Megan,

        Thanks for this. Quick question from our accountant before she logs it - should this be addressed to Blackthorn Films Ltd or to the production company for the short (Little Owl Productions Ltd)? I honestly can't remember which one your agreement was with. Whatever's on the agreement is fine.

        Sam
        """)
    reply(o, ("Sam Ridley", "sam@blackthornfilms.co.uk"), "2027-02-01 10:20", "Europe/London", t, q="gmail",
          kind="client-reply-other", note="question about the addressee entity, no claim that it's wrong")

    # O14 university: UK bank account?
    o = letter(ALE, "reminder", "38/2026", "€1,150.00", "2026-12-18", "2026-12-23 09:00",
               dear="Dear Accounts Team,", to_addr="ah-finance@kingsbridge.ac.uk")
    t = T("""
        Dear Alessandra,

        Thank you for your email. I wonder whether you have a UK bank account, or a GBP account with Wise or similar? Our finance system charges the School a fee for each international payment and converts at the bank's rate, which can leave you short. If not, that's fine, I just need to tick a different box on the payment request.

        With best wishes,
        Fiona Kerr
        Research Administrator
        School of Art History, University of Kingsbridge
        """)
    reply(o, ("KERR Fiona", "f.kerr@kingsbridge.ac.uk"), "2026-12-23 11:35", "Europe/London", t, q="outlook_uk",
          pre="RE: ", mid="outlook", kind="client-reply-other", note="university asks about a UK/GBP bank account")

    # O15 charity: split the invoice by grant code
    o = letter(TOM, "invoice", "INV-2027-003", "€2,400.00", "2027-02-12", "2027-01-13 11:00",
               client="Maeve Connolly", to_addr="maeve@youthartsconnect.ie", dear="Hi Maeve,")
    t = T("""
        Hi Tom,

        Thanks for this. Would it be possible to split the invoice into two? Half of the work (the exhibition graphics) comes under our Arts Council grant and the other half (the website) under the Creative Ireland one, and they each need their own invoice with the project name on it. Sorry for the faff - funders!

        Maeve
        Youth Arts Connect CLG
        """)
    reply(o, ("Maeve Connolly", "maeve@youthartsconnect.ie"), "2027-01-15 12:10", "Europe/Dublin", t, q="gmail",
          kind="client-reply-other", note="charity asks to split the invoice per grant; not contesting amount")

    # O16 'let me check with finance and come back to you'
    o = letter(LUCIA, "reminder", "2026-065", "€980.00", "2027-01-08", "2027-01-13 09:00",
               client="Oliver Hayes", to_addr="oliver@hayesbrothers.co.uk")
    t = T("""
        Hi Lucía, not sure if this has gone or not - let me check with finance and come back to you.

        Oliver
        """)
    reply(o, ("Oliver Hayes", "oliver@hayesbrothers.co.uk"), "2027-01-13 16:20", "Europe/London", t, q="gmail",
          kind="client-reply-other", note="doesn't know if paid; will check (no claim, no promise to pay)")

    # O17 founder 1am: 'who is this'
    o = letter(TOM, "reminder", "INV-2027-005", "$1,800.00", "2027-01-29", "2027-02-03 09:00",
               client="Kai Richter", to_addr="kai@driftnote.ai")
    t = T("""
        lol sorry who is this 😅 oh wait the pitch deck. ok will look tmrw, inbox is on fire

        Sent from my iPhone
        """)
    reply(o, ("Kai Richter", "kai@driftnote.ai"), "2027-02-04 01:07", "America/Los_Angeles", t, q="iphone",
          mid="apple", kind="client-reply-other",
          note="founder at 1am: 'will look tmrw' = will look at the mail, not a payment promise")

    # O18 Portuguese: VAT number on the invoice
    o = letter(LUCIA, "invoice", "2027-006", "€1,450.00", "2027-02-28", "2027-01-28 10:00",
               client="Inês Ferreira", to_addr="ines.ferreira@douroazul.pt", dear="Hello Inês,")
    t = T("""
        Hello Lucía,

        Thank you for the invoice. Can you send it again with our VAT number (NIF PT 509 887 112)? Our accounting needs it to register the invoice, without it they cannot accept.

        Obrigada and best regards,
        Inês Ferreira
        Douro Azul Turismo, Lda.
        """)
    reply(o, ("Inês Ferreira", "ines.ferreira@douroazul.pt"), "2027-01-29 11:40", "Europe/Lisbon", t, q="gmail",
          kind="client-reply-other", note="Portuguese: resend invoice with VAT number (formal correction, amount not contested)")

    # O19 pay in GBP instead?
    o = letter(TOM, "reminder", "INV-2026-090", "€1,300.00", "2026-12-18", "2026-12-22 09:00",
               client="Imogen Price", to_addr="imogen@pricelettering.co.uk")
    t = T("""
        Hi Tom,

        Is it okay if we pay in sterling rather than euro? Our bank charges a fortune for euro payments. If so, what would the GBP figure be? Happy to use whatever rate you think is fair.

        Imogen
        """)
    reply(o, ("Imogen Price", "imogen@pricelettering.co.uk"), "2026-12-22 15:05", "Europe/London", t, q="apple",
          mid="apple", kind="client-reply-other", note="question about paying in GBP; no claim")

    # O20 human: no longer at the company (not an auto-reply)
    o = letter(DAN, "reminder", "1076", "$1,900.00", "2027-02-05", "2027-02-10 10:00",
               client="Chris Mayfield", to_addr="chris.mayfield@oakandironbrands.com")
    t = T("""
        Hi Dan, heads up - I left Oak & Iron at the end of January, I'm only checking this inbox until they shut it off. For invoices you'll want Dana Pierce (dana.pierce@oakandironbrands.com), she took over my accounts. Sorry I can't help more on this one!

        Chris
        """)
    reply(o, ("Chris Mayfield", "chris.mayfield@oakandironbrands.com"), "2027-02-10 19:30", "America/New_York", t,
          q="gmail_us", kind="client-reply-other",
          note="human reply: contact left the company, points to new contact (not an automatic reply)")

    # O21 reply to thank-you
    o = letter(MEGAN, "thank_you", "2026/045", "£560.00", when="2026-12-04 09:00", client="Fran Doherty",
               to_addr="fran@dohertyyoga.co.uk", paid_on="2026-12-03")
    t = T("""
        You're welcome! Thanks for the great work, the website copy has already brought in three new members. Have a lovely Christmas x

        Fran
        """)
    reply(o, ("Fran Doherty", "fran@dohertyyoga.co.uk"), "2026-12-04 12:45", "Europe/London", t, q="iphone",
          mid="apple", kind="client-reply-other", note="reply to the owner's thank-you for payment; nothing to act on")

    # O22 asks to confirm the total including fees
    o = letter(MEGAN, "late_fee", "2026/043", "£1,200.00", "2026-11-30", "2027-01-14 09:00",
               client="Susan Blake", to_addr="susan.blake@blakeinteriors.co.uk",
               fee=GB_FEE.replace("2026/047", "2026/043"), deadline="2027-01-28", subject="Invoice 2026/043: overdue")
    t = T("""
        Dear Megan,

        Sorry this has dragged on. Before I send anything, could you confirm the exact figure you need including the interest and the fixed sum? I want to make sure I pay the right amount in one go and not end up with another reminder for a few pence.

        Kind regards,
        Susan Blake
        Blake Interiors
        """)
    reply(o, ("Susan Blake", "susan.blake@blakeinteriors.co.uk"), "2027-01-15 09:05", "Europe/London", t,
          q="outlook_uk", pre="RE: ", mid="outlook", kind="client-reply-other",
          note="asks for the exact total incl. late fee before paying; no promise/date, no dispute")

    # O23 'Got it, passing to Jess.'
    o = letter(DAN, "invoice", "1077", "$750.00", "2027-03-01", "2027-01-30 14:00",
               client="Leo Marchetti", to_addr="leo@canalstreetcoffee.com", dear="Hi Leo,")
    t = T("""
        Got it, passing to Jess.

        Sent from my iPhone
        """)
    reply(o, ("Leo Marchetti", "leo@canalstreetcoffee.com"), "2027-01-30 14:22", "America/New_York", t, q="iphone",
          mid="apple", kind="client-reply-other", note="one-liner acknowledgement to the invoice mail, passing to a colleague")


# ==============================================================================================
# MACHINE MAIL: payment notices, auto-replies, bounces, other
# ==============================================================================================
def dsn(human, reporting_mta, arrival, recips, orig_headers, human_html=None, orig_full=None):
    """multipart/report; report-type=delivery-status."""
    hp = leaf(human, "text/plain", "us-ascii", "7bit")
    if human_html:
        hp = multi("alternative", [hp, leaf(human_html, "text/html", "us-ascii", "quoted-printable")],
                   preamble=False)
    st = f"Reporting-MTA: dns; {reporting_mta}\nArrival-Date: {arrival}\n"
    for r in recips:
        st += "\n" + "\n".join(f"{k}: {v}" for k, v in r) + "\n"
    sp = b"Content-Type: message/delivery-status\nContent-Description: Delivery report\n\n" + st.encode()
    if orig_full:
        op = b"Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n" + orig_full
    else:
        op = (b"Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n\n"
              + orig_headers.encode())
    return multi("report", [hp, sp, op], extra="; report-type=delivery-status", preamble=False)


def orig_hdrs(o):
    return (f"Return-Path: <{o.owner.addr}>\nFrom: {o.owner.name} <{o.owner.addr}>\nTo: {o.to_addr}\n"
            f"Subject: {o.subject}\nDate: {format_datetime(o.when)}\nMessage-ID: {o.msgid}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\nX-Mailer: mailduns\n")


def machine_messages():
    # M1 Stripe invoice paid
    txt = T("""
        Byrne Design

        Invoice paid

        $1,500.00 paid by Loopwise, Inc.

        Invoice number      INV-2027-008
        Payment date        February 9, 2027
        Payment method      Visa •••• 4242
        Amount paid         $1,500.00

        View invoice: https://dashboard.stripe.com/invoices/in_1QxT8sLkdIwHu7ix2ZcB0m9P

        Funds from this payment will be included in your next payout to your AIB account ending in 5678.

        You're receiving this email because you enabled payment notifications for Byrne Design. Manage notifications: https://dashboard.stripe.com/settings/user

        Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
        """)
    htm = ('<html><body style="background:#f6f9fc;font-family:-apple-system,Segoe UI,Roboto,Helvetica,Arial,sans-serif">'
           '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="520" '
           'style="background:#fff;border-radius:6px;padding:32px"><tr><td><p style="color:#8898aa">Byrne Design</p>'
           '<h1 style="font-size:20px;color:#32325d">Invoice paid</h1><p style="font-size:28px;color:#32325d">$1,500.00 '
           '<span style="font-size:14px;color:#525f7f">paid by Loopwise, Inc.</span></p><table width="100%" '
           'style="font-size:14px;color:#525f7f"><tr><td>Invoice number</td><td align="right">INV-2027-008</td></tr>'
           '<tr><td>Payment date</td><td align="right">February 9, 2027</td></tr><tr><td>Payment method</td>'
           '<td align="right">Visa &bull;&bull;&bull;&bull; 4242</td></tr><tr><td>Amount paid</td><td align="right">'
           '$1,500.00</td></tr></table><p><a href="https://dashboard.stripe.com/invoices/in_1QxT8sLkdIwHu7ix2ZcB0m9P" '
           'style="background:#635bff;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">View invoice'
           '</a></p><p style="font-size:12px;color:#8898aa">Funds from this payment will be included in your next payout '
           'to your AIB account ending in 5678.</p></td></tr></table></td></tr></table></body></html>\n')
    ent = multi("alternative", [leaf(txt, "text/plain", "utf-8", "quoted-printable"),
                                leaf(htm, "text/html", "utf-8", "quoted-printable")], preamble=False)
    raw_mail(("Stripe", "notifications@stripe.com"), OA(TOM), "Invoice INV-2027-008 was paid", "2027-02-09 10:42",
             "America/Los_Angeles", ent, kind="payment-notification", amount="1500.00", currency="USD",
             reference="INV-2027-008", extra=[("X-Stripe-Event", "invoice.paid")],
             note="Stripe invoice.paid notification, USD")

    # M2 PayPal: you've got money (with payer's note)
    txt = T("""
        Hello, Foley Copy Ltd

        You've got money!

        Jess Harker sent you £95.00 GBP

        Note from Jess Harker:
        "inv 2027/005 - thank you!! 🕯️"

        Transaction details
        Transaction ID: 8TK49102LM5530921
        Transaction date: 12 Feb 2027 20:14:07 GMT

        It may take a few moments for this transaction to appear in your account.

        Help & Contact | Security | Apps

        PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
        PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
        """)
    ent = multi("alternative", [leaf(txt, "text/plain", "utf-8", "quoted-printable"),
                                leaf("<html><body>" + text_to_html_paras(txt) + "</body></html>\n", "text/html",
                                     "utf-8", "quoted-printable")], preamble=False)
    raw_mail(("service@paypal.co.uk", "service@paypal.co.uk"), OA(MEGAN), "You've got money", "2027-02-12 20:14",
             "Europe/London", ent, kind="payment-notification", amount="95.00", currency="GBP", reference="2027/005",
             note="PayPal money received; payer's note names 'inv 2027/005'")

    # M3 Wise: received EUR
    txt = T("""
        You've received 2,050.00 EUR

        Hi Tom,

        Rebecca Thornton sent you 2,050.00 EUR. It's now in your EUR balance.

        Reference: INV-2026-068

        Track this transfer: https://wise.com/transactions/activities/by-resource/TRANSFER/1188372611

        The Wise Team

        Wise Europe SA, Rue du Trône 100, 1050 Brussels. Wise Europe SA is authorised by the National Bank of Belgium as an Electronic Money Institution.
        """)
    raw_mail(("Wise", "noreply@wise.com"), OA(TOM), "You've received 2,050.00 EUR", "2026-12-24 11:03",
             "Europe/Brussels", leaf(txt, "text/plain", "utf-8", "quoted-printable"), kind="payment-notification",
             amount="2050.00", reference="INV-2026-068", note="Wise incoming transfer notice")

    # M4 AIB SMS-style email alert
    txt = T("""
        AIB Alert

        A credit of EUR 1,480.00 has been lodged to your account ending 5678 on 11/12/2026.
        Details: SEPA CT FITZGERALD MOTORS LTD REF INV-2026-056

        To manage your alerts log in to AIB Internet Banking.
        Please do not reply to this email. AIB will never ask you for your full Registration Number, PAC or Card details by email.

        Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
        """)
    raw_mail(("AIB Alerts", "alerts@aib.ie"), OA(TOM), "AIB Alert: Credit to your account", "2026-12-11 07:02",
             "Europe/Dublin", leaf(txt, "text/plain", "us-ascii", "7bit"), kind="payment-notification",
             amount="1480.00", reference="INV-2026-056", extra=[("Auto-Submitted", "auto-generated")],
             note="bank credit alert with payer reference")

    # M5 Bill.com remittance
    txt = T("""
        Pinebrook Insurance Group sent you a payment

        Hi Tom Byrne,

        Pinebrook Insurance Group sent you a payment of $3,100.00 via ePayment (ACH).

        Payment details
        Payment amount:          $3,100.00
        Payment date:            01/15/2027
        Expected deposit date:   01/19/2027
        Deposit to:              Account ending in 5678

        Invoices paid
        Invoice #           Invoice date    Amount paid
        INV-2026-066        10/29/2026      $3,100.00

        Questions about this payment? Contact Pinebrook Insurance Group directly at ap@pinebrookins.com.

        BILL, 6220 America Center Drive, San Jose, CA 95002
        """)
    raw_mail(("BILL", "notifications@hq.bill.com"), OA(TOM), "Payment from Pinebrook Insurance Group",
             "2027-01-15 15:10", "America/Los_Angeles", leaf(txt, "text/plain", "utf-8", "7bit"),
             kind="payment-notification", amount="3100.00", currency="USD", reference="INV-2026-066",
             note="AP platform remittance (Bill.com): money in, expected deposit 01/19")

    # M6 OOO with RFC 3834 headers, back Monday 4 January
    o = letter(TOM, "reminder", "INV-2026-091", "€1,240.00", "2026-12-14", "2026-12-21 09:00",
               client="Siobhán Keane", to_addr="s.keane@keanearchitecture.ie")
    txt = T("""
        Thank you for your email.

        The office is closed for Christmas. I am out of the office from Friday 18 December and will be back on Monday 4 January. Emails will not be forwarded.

        For anything urgent please call reception on 021 555 0177.

        Siobhán Keane
        Keane Architecture, Cork
        """)
    raw_mail(("Siobhán Keane", "s.keane@keanearchitecture.ie"), OA(TOM), "Automatic reply: " + o.subject,
             "2026-12-21 09:01", "Europe/Dublin", leaf(txt, "text/plain", "utf-8", "quoted-printable"),
             kind="auto-reply", mid="outlook", inrep=o.msgid, return_date="2027-01-04",
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                    ("X-MS-Exchange-Inbox-Rules-Loop", "s.keane@keanearchitecture.ie")],
             note="Exchange OOO with Auto-Submitted: back Monday 4 January (2027)")

    # M7 OOO without any auto headers, no return date
    o = letter(DAN, "reminder", "1078", "$1,350.00", "2027-01-25", "2027-02-01 10:00",
               client="Morgan Ellis", to_addr="morgan@ellisbrandlab.com")
    txt = T("""
        Hi there,

        I'm currently on parental leave and not checking email. For anything project-related please contact Jamie Soto (jamie@ellisbrandlab.com), and for invoices and payments accounts@ellisbrandlab.com.

        Thanks!
        Morgan
        """)
    raw_mail(("Morgan Ellis", "morgan@ellisbrandlab.com"), OA(DAN), "Re: " + o.subject, "2027-02-01 10:02",
             "America/New_York", leaf(txt, "text/plain", "utf-8", "7bit"), kind="auto-reply", inrep=o.msgid,
             note="parental-leave autoresponder with 'Re:' subject and no Auto-Submitted/X-Autoreply; no return date")

    # M8 help-desk acknowledgement (Zendesk)
    o = letter(MEGAN, "reminder", "2027/009", "£2,050.00", "2027-02-05", "2027-02-10 09:00",
               dear="Dear Accounts Team,", to_addr="ap@meridianhotels.co.uk")
    txt = T("""
        ##- Please type your reply above this line -##

        Your request (48213) has been received and is being reviewed by our Accounts Payable team.

        To add any additional comments, reply to this email.

        Please note our current average response time is 5 business days. Invoice status can also be checked 24/7 on the Supplier Self-Service portal: https://suppliers.meridianhotels.co.uk

        Meridian Hotels Group - Accounts Payable Support

        This email is a service from Meridian Hotels Group AP Support. Delivered by Zendesk
        [4QX7R2-PL8E]
        """)
    raw_mail(("Meridian AP Support", "support@meridianhotels.zendesk.com"), OA(MEGAN),
             "[Request received] " + o.subject, "2027-02-10 09:01", "Europe/London",
             leaf(txt, "text/plain", "utf-8", "7bit"), kind="auto-reply", inrep=o.msgid,
             extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
                    ("Reply-To", "Meridian AP Support <support+id48213@meridianhotels.zendesk.com>")],
             note="AP help-desk ticket acknowledgement")

    # M9 mailbox no longer in use (X-Autoreply)
    o = letter(LUCIA, "reminder", "2026-066", "€760.00", "2027-01-22", "2027-01-27 09:00",
               dear="Dear Accounts Team,", to_addr="accounts@thornbury-ltd.co.uk")
    txt = T("""
        This mailbox is no longer monitored.

        Thornbury Ltd's accounts function has moved to our group shared service centre. Please resend supplier invoices and payment queries to ap.shared@thornburygroup.com quoting your supplier number.

        This is an automated message.
        """)
    raw_mail(("Thornbury Accounts", "accounts@thornbury-ltd.co.uk"), OA(LUCIA), "Mailbox not monitored: " + o.subject,
             "2027-01-27 08:00", "Europe/London", leaf(txt, "text/plain", "us-ascii", "7bit"), kind="auto-reply",
             inrep=o.msgid, extra=[("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
             note="mailbox no longer monitored, points to new address; no return date")

    # M10 Postfix permanent bounce
    o = letter(TOM, "reminder", "INV-2026-092", "€540.00", "2026-12-16", "2026-12-21 09:00",
               client="Eamon Duffy", to_addr="eamon@duffyjoinery.ie")
    human = T(f"""
        This is the mail system at host mail.byrnedesign.ie.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        For further assistance, please send mail to postmaster.

        If you do so, please include this problem report. You can
        delete your own text from the attached returned message.

                           The mail system

        <eamon@duffyjoinery.ie>: host mx1.blacknight.com[79.125.110.12] said: 550
            5.1.1 <eamon@duffyjoinery.ie>: Recipient address rejected: User unknown in
            virtual mailbox table (in reply to RCPT TO command)
        """)
    arr = format_datetime(o.when)
    ent = dsn(human, "mail.byrnedesign.ie", arr,
              [[("Final-Recipient", "rfc822; eamon@duffyjoinery.ie"),
                ("Original-Recipient", "rfc822;eamon@duffyjoinery.ie"), ("Action", "failed"),
                ("Status", "5.1.1"), ("Remote-MTA", "dns; mx1.blacknight.com"),
                ("Diagnostic-Code", "smtp; 550 5.1.1 <eamon@duffyjoinery.ie>: Recipient address rejected: "
                                    "User unknown in virtual mailbox table")]], orig_hdrs(o))
    raw_mail(("Mail Delivery System", "MAILER-DAEMON@mail.byrnedesign.ie"), OA(TOM),
             "Undelivered Mail Returned to Sender", "2026-12-21 09:01", "Europe/Dublin", ent, kind="bounce",
             failed_recipient="eamon@duffyjoinery.ie", permanent=True, extra=[("Auto-Submitted", "auto-replied")],
             note="Postfix DSN, 550 5.1.1 user unknown")

    # M11 Gmail delay (temporary)
    o = letter(MEGAN, "reminder", "2027/001", "£1,100.00", "2027-01-21", "2027-01-26 09:00",
               dear="Dear Accounts Team,", to_addr="finance@hartleyandco.com.au")
    human = T("""
        ** Message not delivered yet **

        There was a temporary problem delivering your message to finance@hartleyandco.com.au. Gmail will retry for 44 more hours. You'll be notified if the delivery fails permanently.

        The response from the remote server was:
        451 4.7.1 Greylisting in action, please come back later
        """)
    html = ('<html><body><table><tr><td style="font-family:Google Sans,Roboto,Arial,sans-serif;font-size:22px">'
            'Message not delivered yet</td></tr><tr><td style="font-size:16px">There was a temporary problem '
            'delivering your message to <a style="color:#212121">finance@hartleyandco.com.au</a>. Gmail will retry for '
            '44 more hours. You\'ll be notified if the delivery fails permanently.</td></tr><tr><td style="font-size:14px">'
            'The response from the remote server was:<p style="font-family:monospace">451 4.7.1 Greylisting in action, '
            'please come back later</p></td></tr></table></body></html>\n')
    ent = dsn(human, "mail-wr1-f54.google.com", format_datetime(o.when),
              [[("Final-Recipient", "rfc822; finance@hartleyandco.com.au"), ("Action", "delayed"),
                ("Status", "4.7.1"), ("Remote-MTA", "dns; mail.hartleyandco.com.au. (203.0.113.40, the server for "
                                                     "the domain hartleyandco.com.au.)"),
                ("Diagnostic-Code", "smtp; 451 4.7.1 Greylisting in action, please come back later"),
                ("Last-Attempt-Date", "Tue, 26 Jan 2027 13:03:22 -0800 (PST)"),
                ("Will-Retry-Until", "Thu, 28 Jan 2027 09:01:10 -0800 (PST)")]], orig_hdrs(o), human_html=html)
    raw_mail(("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), OA(MEGAN),
             "Delivery Status Notification (Delay)", "2027-01-26 13:03", "America/Los_Angeles", ent, kind="bounce",
             failed_recipient="finance@hartleyandco.com.au", permanent=False, mid="gmail",
             note="Gmail delay DSN (4.7.1 greylisting, will retry): temporary")

    # M12 Office 365 NDR, recipient not found (permanent), original attached as message/rfc822
    o = letter(DAN, "reminder", "1079", "$2,300.00", "2027-02-10", "2027-02-16 10:00",
               dear="Dear Accounts Team,", to_addr="billing@westfieldstudios.com")
    human = T("""
        Your message to billing@westfieldstudios.com couldn't be delivered.

        billing wasn't found at westfieldstudios.com.

        dan                 Office 365            billing
        Action Required                           Recipient

        Unknown To address

        How to Fix It
        The address may be misspelled or may not exist. Try one or more of the following:
        - Retype the recipient's address, then resend the message.
        - Contact the recipient (by phone, for example) to confirm the correct address.

        Diagnostic information for administrators:

        Generating server: BN8PR12MB3412.namprd12.prod.outlook.com

        billing@westfieldstudios.com
        Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
        """)
    orig_full = orig_hdrs(o).encode() + b"\n" + o.text.encode()
    ent = dsn(human, "BN8PR12MB3412.namprd12.prod.outlook.com", format_datetime(o.when),
              [[("Final-Recipient", "rfc822;billing@westfieldstudios.com"), ("Action", "failed"),
                ("Status", "5.1.10"),
                ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP "
                                    "address lookup")]], None, orig_full=orig_full)
    raw_mail(("Microsoft Outlook", "postmaster@okaforaudio.onmicrosoft.com"), OA(DAN),
             "Undeliverable: " + o.subject, "2027-02-16 10:01", "America/New_York", ent, kind="bounce",
             failed_recipient="billing@westfieldstudios.com", permanent=True, mid="outlook",
             note="Office 365 NDR 5.1.10 recipient not found, original attached as message/rfc822")

    # M13 FreshBooks: client viewed the invoice
    txt = T("""
        Tallgrass Outdoor Co. viewed Invoice 1080

        Hi Dan,

        Gwen Ashby at Tallgrass Outdoor Co. viewed Invoice 1080 ($2,200.00) on February 18, 2027 at 9:41 AM CST.

        Invoice 1080 is due on March 20, 2027.

        View Invoice: https://my.freshbooks.com/#/invoice/5531-1080

        Don't want these notifications? Change your settings.
        FreshBooks, 2 Prince Arthur Ave, Toronto, ON M5R 1B2
        """)
    raw_mail(("FreshBooks", "noreply@freshbooks.com"), OA(DAN), "Tallgrass Outdoor Co. viewed Invoice 1080",
             "2027-02-18 10:41", "America/New_York", leaf(txt, "text/plain", "utf-8", "7bit"), kind="other",
             note="'invoice viewed' notification: neither a payment nor a reply")


# ==============================================================================================
# Write, label, re-parse
# ==============================================================================================
def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    paid_messages()
    promise_messages()
    dispute_messages()
    other_messages()
    machine_messages()
    order = list(range(len(MESSAGES)))
    random.Random(1010).shuffle(order)
    out = ["# round10-en: English-speaking clients (US/UK/IE/AU/NZ/ZA/SG/CA + FR/PT/GR non-native), generated by make.py",
           ""]
    for n, i in enumerate(order, 1):
        raw, labels = MESSAGES[i]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        out.append(f'[files."{name}"]')
        for k, v in labels.items():
            out.append(f"{k} = {toml_str(v)}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check()


def check():
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    kinds = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
             "payment-notification", "auto-reply", "bounce", "other", "invoice"}
    names = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    assert set(names) == set(labels), "labels and files differ"
    count = {}
    for name in names:
        with open(os.path.join(HERE, name), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], f"{name}: missing {h}"
        m["Date"].datetime  # parses
        str(m["From"]), str(m["Subject"])
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
            elif not part.is_multipart() and part.get_content_type() != "message/rfc822":
                part.get_payload(decode=True)
        if m.defects:
            raise SystemExit(f"{name}: defects {m.defects}")
        lab_ = labels[name]
        assert lab_["kind"] in kinds and lab_["split"] == "dev" and lab_["language"] == "en"
        if lab_["kind"] == "bounce":
            assert "permanent" in lab_ and "failed_recipient" in lab_
        count[lab_["kind"]] = count.get(lab_["kind"], 0) + 1
    print(f"{len(names)} messages OK:", ", ".join(f"{k}={v}" for k, v in sorted(count.items())))


if __name__ == "__main__":
    main()
