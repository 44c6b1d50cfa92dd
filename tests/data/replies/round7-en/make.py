#!/usr/bin/env python3
"""Round 7, English voices: client replies and machine mail for mailduns' reader (blind test set).

Run:  python3 make.py      -> writes r7e-NNNN.eml and labels.toml next to this file, then re-parses them.
Stdlib only. Every message body below is hand-written; only the MIME plumbing, HTML skeletons and the
quoted mailduns letters (rendered from the en/ templates' wording) are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import json
import os
import quopri
import re
import sys
import textwrap
from email.header import Header
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r7e"

# ----------------------------------------------------------------------------------------------
# The freelancers (mailbox owners). One numbering style each.
# ----------------------------------------------------------------------------------------------
class Owner:
    def __init__(self, key, name, addr, business, tz, cur, iban, bic, beneficiary, link=None):
        self.key, self.name, self.addr, self.business, self.tz = key, name, addr, business, tz
        self.cur, self.iban, self.bic, self.beneficiary, self.link = cur, iban, bic, beneficiary, link
        self.domain = addr.split("@")[1]
        self.first = name.split()[0]


OWNERS = {
    # Dublin graphic designer, INV-2026-NNN, euro
    "tom": Owner("tom", "Tom Byrne", "tom@byrnedesign.ie", "Byrne Design", "Europe/Dublin", "€",
                 "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D", "Thomas Byrne t/a Byrne Design"),
    # Edinburgh design & copy studio, FC-0NNN, sterling
    "callum": Owner("callum", "Callum Fraser", "callum@frasercreative.co.uk", "Fraser Creative",
                    "Europe/London", "£", "GB12 SRLG 6083 7101 2345 67", "SRLGGB2L", "Fraser Creative Ltd"),
    # Cardiff wedding & events photographer, RP1NNN, sterling
    "rhiannon": Owner("rhiannon", "Rhiannon Pryce", "rhiannon@rhiannonpryce.co.uk", "Rhiannon Pryce Photography",
                      "Europe/London", "£", "GB71 CLRB 0400 5212 3456 78", "CLRBGB22", "Rhiannon Pryce",
                      link="https://buy.stripe.com/8wM5kq2Xb0rP"),
    # London translator, NLS-26-NNN, sterling (sometimes USD)
    "priya": Owner("priya", "Priya Nair", "priya@nairlanguage.co.uk", "Nair Language Services",
                   "Europe/London", "£", "GB48 NWBK 6016 1331 9268 19", "NWBKGB2L", "Nair Language Services Ltd"),
    # Milan UX designer, N/2026, euro
    "alessandra": Owner("alessandra", "Alessandra Rossi", "alessandra@example.it", "Alessandra Rossi UX",
                        "Europe/Rome", "€", "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22", "Alessandra Rossi"),
    # Madrid illustrator, 2026-0NN, euro
    "lucia": Owner("lucia", "Lucía Martín", "lucia@martinestudio.es", "Martín Estudio", "Europe/Madrid", "€",
                   "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX", "Lucía Martín Gómez"),
}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def d(s):
    return dt.date.fromisoformat(s)


def longdate(x):
    if isinstance(x, str):
        x = d(x)
    return f"{x.day} {MONTHS[x.month - 1]} {x.year}"


def money(cur, amt):
    return f"{cur}{amt:,.2f}"


class Inv:
    """An invoice of one owner to one client."""

    def __init__(self, owner, number, amount, issued, due, client_name=None, client_kind="company",
                 salutation=None, client_addr=None, what=None, cur=None):
        self.o = OWNERS[owner]
        self.number, self.amount, self.issued, self.due = number, amount, d(issued), d(due)
        self.client_name, self.client_kind, self.salutation = client_name, client_kind, salutation
        self.client_addr = client_addr
        self.what = what or "the work we agreed"
        self.cur = cur or self.o.cur

    @property
    def amt(self):
        return money(self.cur, self.amount)


# ----------------------------------------------------------------------------------------------
# The mailduns letters (English templates' wording, filled in by hand-picked values)
# ----------------------------------------------------------------------------------------------
def dear(inv, formal=False):
    n, k = inv.client_name, inv.client_kind
    if inv.salutation:
        return inv.salutation
    if k == "person" and n and "@" not in n:
        return f"Dear {n},"
    if formal:
        return "Dear Sir or Madam,"
    if k == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def sign_off(inv, formal=False):
    if not formal:
        return "Kind regards,"
    if (inv.salutation and "Sir" not in inv.salutation) or (not inv.salutation and inv.client_kind == "person"):
        return "Yours sincerely,"
    return "Yours faithfully,"


def pay_block(inv, invoices=None):
    o = inv.o
    if invoices:
        ref = invoices[0].number
    else:
        ref = inv.number
    s = "Payment details:\n"
    s += f"- Account name: {o.beneficiary}\n- IBAN: {o.iban}\n- BIC (SWIFT): {o.bic}\n- Payment reference: {ref}\n"
    if o.link:
        s += f"- Pay online: {o.link}\n"
    return s


def fee_block(inv, today, law="GB", base_rate=3.75):
    """Late Payment Act / Irish regs paragraph + lines, like _fees.txt.j2."""
    days = (today - inv.due).days
    if law == "GB":
        rate = base_rate + 8
        comp = 40 if inv.amount < 1000 else (70 if inv.amount < 10000 else 100)
        interest = round(inv.amount * rate / 100 * days / 365, 2)
        para = (f"As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                f"applies: statutory interest runs from the day after the due date at {rate:.2f}% a year (8% over the "
                f"Bank of England base rate in force when the debt fell due), and a fixed sum of "
                f"{money(inv.cur, comp)} is due for the costs of recovering the debt (section 5A).")
    else:
        rate = 2.15 + 8
        comp = 40 if inv.amount < 1000 else (70 if inv.amount < 10000 else 100)
        interest = round(inv.amount * rate / 100 * days / 365, 2)
        para = (f"As this is a commercial transaction, the European Communities (Late Payment in Commercial "
                f"Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date "
                f"at {rate:.2f}% a year (the European Central Bank's main refinancing rate plus 8 percentage points), "
                f"and {money(inv.cur, comp)} is due as compensation for recovery costs (Regulation 9).")
    total = inv.amount + interest + comp
    lines = [f"Invoice {inv.number}: {inv.amt}",
             f"Interest at {rate:.2f}% a year for {days} days: {money(inv.cur, interest)}",
             f"Compensation for recovery costs: {money(inv.cur, comp)}",
             f"Total: {money(inv.cur, total)}"]
    s = para + "\n\n" + f"The amount due as at {longdate(today)} (interest continues to run until payment) is:\n"
    s += "".join(f"- {l}\n" for l in lines)
    return s, money(inv.cur, total)


def letter(kind, inv, today, deadline=None, fees=None, invoices=None, paid_on=None, claim_date=None,
           promise_date=None, suspension_date=None, paid_amount=None):
    """Text of a mailduns letter (or the owner's own invoice mail, kind='invoice')."""
    o = inv.o
    today = d(today) if isinstance(today, str) else today
    days_late = (today - inv.due).days
    A = f" for {inv.amt}"
    P = pay_block(inv, invoices)
    D = dear(inv)
    S = sign_off(inv)
    if kind == "invoice":
        first = inv.client_name.split()[0] if (inv.client_kind == "person" and inv.client_name) else "there"
        return (f"Hi {first},\n\nPlease find attached invoice {inv.number}{A} for {inv.what}, "
                f"due on {longdate(inv.due)}.\n\n{P}\nMany thanks,\n{o.name}\n{o.business}\n")
    if kind == "courtesy":
        return (f"{D}\n\nThis is a friendly reminder that invoice {inv.number}{A}, issued on {longdate(inv.issued)}, "
                f"is due for payment on {longdate(inv.due)}.\n\nIf payment is already on its way, thank you, and please "
                f"disregard this message.\n\n{P}\nIf you have any questions, just reply to this email.\n\n{S}\n{o.name}\n")
    if kind == "due":
        if days_late > 0:
            s1 = (f"This is a quick reminder that invoice {inv.number}{A} was due for payment on {longdate(inv.due)}. "
                  f"If it has not been paid yet, I would be grateful if you could arrange payment in the next few days.")
        elif days_late == 0:
            s1 = f"This is a quick reminder that invoice {inv.number}{A} is due for payment today, {longdate(inv.due)}."
        else:
            s1 = f"This is a quick reminder that invoice {inv.number}{A} is due for payment on {longdate(inv.due)}."
        return (f"{D}\n\n{s1}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{P}\n"
                f"If you have any questions, just reply to this email.\n\n{S}\n{o.name}\n")
    if kind == "reminder":
        fb = ""
        if fees:
            fb = fee_block(inv, today, fees)[0] + "\n"
        return (f"{D}\n\nAccording to my records, invoice {inv.number}{A}, due on {longdate(inv.due)}, has not yet been "
                f"paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your "
                f"earliest convenience.\n\n{fb}If you have already paid, thank you – please let me know the payment date so "
                f"that I can update my records. If there is a problem with the invoice, please reply to this email and we "
                f"can sort it out.\n\n{P}\n{S}\n{o.name}\n")
    if kind == "late_fee":
        fb, tot = ("", None)
        if fees:
            fb, tot = fee_block(inv, today, fees)
            fb += "\n"
        return (f"{D}\n\nInvoice {inv.number}{A}, due on {longdate(inv.due)}, is now {days_late} days overdue.\n\n{fb}"
                f"Please arrange payment{' of the total above' if fees else ''} by {longdate(deadline)}. If payment is "
                f"already on its way, thank you – please let me know the date it was made. If there is a problem with "
                f"the invoice or with the timing, please reply to this email and we can find a solution.\n\n{P}\n{S}\n{o.name}\n")
    if kind == "final":
        fb, tot = ("", None)
        if fees:
            fb, tot = fee_block(inv, today, fees)
            fb += "\n"
        F = dear(inv, formal=True)
        FS = sign_off(inv, formal=True)
        head = "Final notice before debt recovery\n\n"
        if inv.client_name:
            head += f"To: {inv.client_name}\n"
        head += (f"Date: {longdate(today)}\nInvoice: {inv.number}, issued on {longdate(inv.issued)}, due on "
                 f"{longdate(inv.due)}\n")
        head += (f"Amount due: {tot} (as at {longdate(today)}; details below)\n" if fees else f"Amount due: {inv.amt}\n")
        head += f"Payment deadline: {longdate(deadline)}\n\n"
        req = "the total above" if fees else inv.amt
        extra = (", in which I would also claim the interest accrued and my reasonable costs of recovery, as the law "
                 "allows") if fees else ""
        return (head + f"{F}\n\nDespite my previous reminders, invoice {inv.number}{A}, which was due for payment on "
                f"{longdate(inv.due)}, remains unpaid.\n\n{fb}I therefore formally request payment of {req} by "
                f"{longdate(deadline)}.\n\nIf payment is not received by that date, I intend to take steps to recover the "
                f"debt. These may include referring the matter to a debt collection agency or a solicitor and, if "
                f"necessary, starting court proceedings{extra}.\n\nI would much rather resolve this with you directly. If "
                f"there is a reason for the delay, or if you would like to propose a payment plan, please reply to this "
                f"email before {longdate(deadline)}.\n\nIf you have paid in the meantime, thank you, and please accept my "
                f"apologies for this notice; it would help if you could let me know the payment date so that I can update "
                f"my records.\n\n{P}\n{FS}\n{o.name}\n")
    if kind == "promise_followup":
        if promise_date:
            s1 = f"Thank you for letting me know that invoice {inv.number}{A} would be paid by {longdate(promise_date)}."
        else:
            s1 = (f"Thank you for your earlier message about invoice {inv.number}{A}, which was due on "
                  f"{longdate(inv.due)}.")
        return (f"{D}\n\n{s1}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let "
                f"me know the date it was made. If you need a little more time, could you let me know when I can expect "
                f"it?\n\n{P}\n{S}\n{o.name}\n")
    if kind == "paid_claim_followup":
        cd = f" on {longdate(claim_date)}" if claim_date else ""
        po = f" (by a transfer made on {longdate(paid_on)})" if paid_on else ""
        return (f"{D}\n\nThank you for letting me know{cd} that invoice {inv.number}{A} has been paid{po}.\n\nHowever, the "
                f"payment has not reached my account yet. Bank transfers sometimes take a few extra days, and occasionally "
                f"a payment is sent to out-of-date bank details. To help me trace it, could you please send me the date "
                f"and reference of the transfer, or a copy of the payment confirmation?\n\nFor reference, my bank details "
                f"are:\n- Account name: {o.beneficiary}\n- IBAN: {o.iban}\n- BIC (SWIFT): {o.bic}\n- Payment reference: "
                f"{inv.number}\n\nIf the transfer was made only in the last day or two, it is probably still on its way, "
                f"and there is no need to do anything further. Thank you for your help.\n\n{S}\n{o.name}\n")
    if kind == "statement":
        lines = ""
        total = 0
        for i in invoices:
            dl = (today - i.due).days
            if dl > 0:
                st = f"due on {longdate(i.due)} ({dl} day{'s' if dl != 1 else ''} overdue)"
            elif dl == 0:
                st = "due today"
            else:
                st = f"due on {longdate(i.due)}"
            lines += f"- {i.number}, issued on {longdate(i.issued)}, {st}: {i.amt}\n"
            total += i.amount
        return (f"{D}\n\nAccording to my records, the following invoices are still outstanding:\n\n{lines}\n"
                f"Total due: {money(inv.cur, total)}\n\nPlease arrange payment by {longdate(deadline)}. If some of these "
                f"invoices have already been paid, thank you – please let me know which ones and the payment dates, so "
                f"that I can update my records. If there is a problem with any of them, please reply to this email and "
                f"we can sort it out.\n\n{P}\n{S}\n{o.name}\n")
    if kind == "suspension":
        return (f"{D}\n\nI am writing again about invoice {inv.number}{A}, which was due on {longdate(inv.due)} and remains "
                f"unpaid.\n\nIf payment is not received by {longdate(deadline)}, I may have to suspend work in progress "
                f"and any services I provide to you from {longdate(suspension_date)} until the account is settled. If "
                f"something is making payment difficult – for example, if you need to pay in instalments – please reply "
                f"to this email and we can agree a solution.\n\n{P}\n{S}\n{o.name}\n")
    if kind == "thank_you":
        pa = f" of {paid_amount}" if paid_amount else f" of {inv.amt}"
        po = f", which I received on {longdate(paid_on)}" if paid_on else ""
        return (f"{D}\n\nThank you for your payment{pa} for invoice {inv.number}{po}.\n\nIf there is anything else I can "
                f"do for you, just let me know.\n\n{S}\n{o.name}\n")
    raise ValueError(kind)


def letter_subject(kind, inv, invoices=None):
    n = inv.number
    return {
        "invoice": f"Invoice {n} – {inv.o.business}",
        "courtesy": f"Friendly reminder: invoice {n}",
        "due": f"Invoice {n} due for payment",
        "reminder": f"Reminder: invoice {n} overdue",
        "late_fee": f"Second reminder: invoice {n}",
        "final": f"Final notice before debt recovery – invoice {n}",
        "promise_followup": f"Invoice {n}: payment update",
        "paid_claim_followup": f"Invoice {n}: payment not yet received",
        "statement": "Statement of outstanding invoices",
        "suspension": f"Invoice {n}: possible suspension of services",
        "thank_you": f"Payment received – invoice {n}",
    }[kind]


# ----------------------------------------------------------------------------------------------
# MIME plumbing (hand-rolled so that charsets and transfer encodings are exactly what real mailers send)
# ----------------------------------------------------------------------------------------------
_seq = [0]


def _h(*parts):
    _seq[0] += 1
    return hashlib.sha1(("|".join(map(str, parts)) + str(_seq[0])).encode()).hexdigest()


def mid(style, domain="example.com", seed=""):
    h = _h(style, domain, seed)
    if style == "gmail":
        b = base64.b64encode(bytes.fromhex(h + h[:8])).decode().replace("/", "_").rstrip("=")
        return f"<CA{b[:8]}+{b[8:30]}_{b[30:40]}@mail.gmail.com>"
    if style == "outlook":
        t = h[:4].upper()
        box = f"{['AM0PR','DB9PR','LO2P','CWLP','PR3PR','VI1PR'][int(h[5], 16) % 6]}{int(h[6:8], 16) % 90 + 10}MB{int(h[8:12], 16) % 9000 + 1000}"
        return f"<{box}{h[12:28].upper()}@{box}.eurprd{int(h[28:30], 16) % 9 + 1:02d}.prod.outlook.com>"
    if style == "outlook_us":
        box = f"{['BN8PR','SJ0PR','CH2PR','MN2PR','DM6PR'][int(h[5], 16) % 5]}{int(h[6:8], 16) % 90 + 10}MB{int(h[8:12], 16) % 9000 + 1000}"
        return f"<{box}{h[12:28].upper()}@{box}.namprd{int(h[28:30], 16) % 20 + 1:02d}.prod.outlook.com>"
    if style == "apple":
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "mailduns":
        return f"<mailduns.{h[:16]}@{domain}>"
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def enc_header(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.()<>@;:"\[\]]', name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{a}>"
    return f"{Header(name, 'utf-8').encode()} <{a}>"


def parse_addr(s):
    n, a = email.utils.parseaddr(s)
    return n, a


def when_dt(s, tz):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def rfcdate(x):
    return email.utils.format_datetime(x)


class Leaf:
    def __init__(self, ctype, text=None, data=None, charset="utf-8", codec=None, cte=None, filename=None,
                 disposition=None, headers=None, ctparams=""):
        self.ctype = ctype
        if data is None:
            data = text.encode(codec or charset)
        self.data, self.charset, self.filename, self.disposition = data, charset, filename, disposition
        self.headers = headers or []
        self.ctparams = ctparams
        if cte is None:
            if ctype.startswith("text/") or ctype.startswith("message/"):
                cte = "7bit" if all(b < 128 for b in data) else "quoted-printable"
            else:
                cte = "base64"
        self.cte = cte

    def render(self):
        ct = self.ctype
        if self.ctype.startswith("text/") and self.charset:
            ct += f'; charset="{self.charset}"' if self.charset.lower() == "utf-8" and self.ctparams != "bare" else f"; charset={self.charset}"
        if self.filename and not self.ctype.startswith("text/"):
            ct += f'; name="{self.filename}"'
        if self.ctparams and self.ctparams != "bare":
            ct += self.ctparams
        hs = [("Content-Type", ct)]
        if self.cte:
            hs.append(("Content-Transfer-Encoding", self.cte))
        if self.disposition or self.filename:
            disp = self.disposition or "attachment"
            if self.filename:
                disp += f'; filename="{self.filename}"'
            hs.append(("Content-Disposition", disp))
        hs += self.headers
        data = self.data.replace(b"\r\n", b"\n")
        if self.cte == "quoted-printable":
            body = quopri.encodestring(data)
        elif self.cte == "base64":
            body = base64.encodebytes(self.data)
        else:
            body = data
        if not body.endswith(b"\n"):
            body += b"\n"
        return hs, body


class Multi:
    def __init__(self, subtype, parts, params="", preamble=None):
        self.subtype, self.parts, self.params = subtype, parts, params
        self.boundary = "----=_Part_" + _h(subtype, len(parts))[:24]
        self.preamble = preamble

    def render(self):
        hs = [("Content-Type", f'multipart/{self.subtype};{self.params} boundary="{self.boundary}"')]
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\n"
        for p in self.parts:
            ph, pb = p.render()
            out += f"\n--{self.boundary}\n".encode() if out else f"--{self.boundary}\n".encode()
            out += "".join(f"{k}: {v}\n" for k, v in ph).encode() + b"\n" + pb
        out += f"\n--{self.boundary}--\n".encode()
        return hs, out


class Raw:
    """A message/rfc822 or text/rfc822-headers payload given as ready bytes."""

    def __init__(self, ctype, data, headers=None):
        self.ctype, self.data, self.headers = ctype, data, headers or []

    def render(self):
        return [("Content-Type", self.ctype)] + self.headers, self.data if self.data.endswith(b"\n") else self.data + b"\n"


def build(headers, root):
    rh, rb = root.render()
    allh = [(k, v) for k, v in headers if v is not None]
    allh.append(("MIME-Version", "1.0"))
    allh += rh
    return "".join(f"{k}: {v}\n" for k, v in allh).encode() + b"\n" + rb


PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] "
       b"/Count 0 >>\nendobj\n% {text}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c63f8cfc0f01f0005fe02fea7d6a5a90000000049454e44ae426082")


def pdf(name, text="receipt"):
    return Leaf("application/pdf", data=PDF.replace(b"{text}", text.encode("ascii", "replace")), filename=name)


def png(name):
    return Leaf("image/png", data=PNG + _h(name).encode(), filename=name)


# ----------------------------------------------------------------------------------------------
# Quoting, as the different mail clients do it
# ----------------------------------------------------------------------------------------------
WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON3 = [m[:3] for m in MONTHS]


def attribution(style, qdt, who):
    wd, day, mon, y = WD[qdt.weekday()][:3], qdt.day, MON3[qdt.month - 1], qdt.year
    hm = qdt.strftime("%H:%M")
    h12 = qdt.strftime("%I:%M %p").lstrip("0")
    if style in ("gmail", "gmail_html"):
        return f"On {wd}, {day} {mon} {y} at {hm}, {who} wrote:"
    if style in ("gmail_us", "gmail_us_html"):
        return f"On {wd}, {mon} {day}, {y} at {h12} {who} wrote:"
    if style in ("apple", "iphone"):
        return f"On {day} {mon} {y}, at {hm}, {who} wrote:"
    if style == "yahoo":
        return f"On {WD[qdt.weekday()]}, {day} {MONTHS[qdt.month - 1]} {y} at {qdt.strftime('%H:%M:%S')} GMT, {who} wrote:"
    if style == "android":
        return f"On {day} {mon} {y} {hm}, {who} wrote:"
    raise ValueError(style)


def gt_quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def outlook_sent(qdt, us=False):
    if us:
        return f"{WD[qdt.weekday()]}, {MONTHS[qdt.month - 1]} {qdt.day}, {qdt.year} {qdt.strftime('%I:%M %p').lstrip('0')}"
    return f"{qdt.day:02d} {MONTHS[qdt.month - 1]} {qdt.year} {qdt.strftime('%H:%M')}"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def text_to_html(t, p_style=""):
    paras = [p for p in re.split(r"\n\s*\n", t.strip("\n"))]
    st = f' style="{p_style}"' if p_style else ""
    return "\n".join(f"<p{st}>" + "<br>\n".join(esc(l) for l in p.split("\n")) + "</p>" for p in paras)


def text_to_divs(t):
    """Gmail-style: one <div> per line, <div><br></div> for blank lines."""
    out = []
    for l in t.strip("\n").split("\n"):
        out.append("<div><br></div>" if not l.strip() else f"<div>{esc(l)}</div>")
    return "\n".join(out)


def outlook_html(body_text, quoted_html="", font="Calibri", size="11.0pt"):
    paras = []
    for p in body_text.strip("\n").split("\n"):
        paras.append(f'<p class="MsoNormal"><span style="font-size:{size};font-family:&quot;{font}&quot;,sans-serif">'
                     + (esc(p) if p.strip() else "&nbsp;") + "<o:p></o:p></span></p>")
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '/* Font Definitions */\n@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
            '.MsoChpDefault {mso-style-type:export-only;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n" + quoted_html + "\n</div>\n</body>\n</html>\n")


PROBLEMS = []
INVREG = {}


def _chk(ok, what):
    if not ok:
        PROBLEMS.append(what)


MSGS = []


def _finish(eml, kind, note, lang="en", **facts):
    lab = {"kind": kind, "language": lang, "split": "dev"}
    for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"):
        if facts.get(k) is not None:
            lab[k] = facts[k]
    lab["note"] = note
    MSGS.append((eml, lab))


def reply(inv, frm, when, tz, body, *, kind, note, quote="gmail", qkind="reminder", qwhen=None, qargs=None,
          subject=None, prefix="Re: ", to=None, cc=None, fmt="plain", charset="utf-8", codec=None, cte=None,
          attach=None, html=None, headers=None, mid_style="gmail", lang="en", to_addr=None, references_extra=None,
          **facts):
    """A human reply to the owner's invoice mail or to a mailduns letter."""
    o = inv.o
    qargs = qargs or {}
    fdt = when_dt(when, tz)
    if qwhen:
        qdt_owner = when_dt(qwhen, o.tz)
    elif qkind == "due":
        mins = int(_h("q", when)[:4], 16) % 50
        qdt_owner = dt.datetime(inv.due.year, inv.due.month, inv.due.day, 9, mins, tzinfo=ZoneInfo(o.tz))
    else:
        loc = fdt.astimezone(ZoneInfo(o.tz))
        back = 1 if loc.hour >= 12 else 2
        qd = loc.date() - dt.timedelta(days=back)
        mins = int(_h("q", when)[:4], 16) % 50
        qdt_owner = dt.datetime(qd.year, qd.month, qd.day, 9, mins, tzinfo=ZoneInfo(o.tz))
    qdt = qdt_owner.astimezone(ZoneInfo(tz))
    # coherence of the quoted letter with the invoice and the reply
    _chk(qdt_owner < fdt, (inv.number, "quoted letter after the reply"))
    if qkind in ("reminder", "late_fee", "final", "promise_followup", "paid_claim_followup", "suspension"):
        _chk(qdt_owner.date() > inv.due, (inv.number, qkind, "letter not after due date"))
    if qkind == "courtesy":
        _chk(qdt_owner.date() < inv.due, (inv.number, "courtesy not before due date"))
    if qkind == "due":
        _chk(qdt_owner.date() >= inv.due, (inv.number, "due letter before due date"))
    if qkind == "invoice":
        _chk(qdt_owner.date() >= inv.issued, (inv.number, "invoice mail before issue date"))
    qtext = letter(qkind, inv, qdt_owner.date(), **qargs)
    qsubj = letter_subject(qkind, inv, qargs.get("invoices"))
    for i in (qargs.get("invoices") or [inv]):
        INVREG.setdefault((o.key, i.number), set()).add(i.client_name)
    qmid = mid("mailduns", o.domain)
    fname, faddr = parse_addr(frm)
    client_to = to_addr or faddr
    who = f"{o.name} <{o.addr}>"
    subj = subject if subject is not None else prefix + qsubj
    # ---- plain text quoted part
    if quote in ("gmail", "gmail_us", "apple", "yahoo", "android", "gmail_html", "gmail_us_html"):
        qplain = "\n\n" + attribution(quote, qdt, who) + "\n" + gt_quote(qtext)
    elif quote == "iphone":
        qplain = "\n\n> " + attribution(quote, qdt, who) + "\n> \n" + gt_quote(qtext)
    elif quote in ("outlook", "outlook_us", "outlook_html", "outlook_us_html"):
        us = "us" in quote
        qplain = ("\n\n________________________________\n" if quote in ("outlook", "outlook_us") else "\n\n") + \
            f"From: {who}\nSent: {outlook_sent(qdt, us)}\nTo: {client_to}\nSubject: {qsubj}\n\n{qtext}"
    elif quote == "original":
        qplain = (f"\n\n-----Original Message-----\nFrom: {who}\nSent: {outlook_sent(qdt)}\nTo: {client_to}\n"
                  f"Subject: {qsubj}\n\n{qtext}")
    elif quote == "fwd":
        qplain = (f"\n\n---------- Forwarded message ---------\nFrom: {who}\nDate: {WD[qdt.weekday()][:3]}, {qdt.day} "
                  f"{MON3[qdt.month-1]} {qdt.year} at {qdt.strftime('%H:%M')}\nSubject: {qsubj}\nTo: <{client_to}>\n\n{qtext}")
    elif quote == "none":
        qplain = "\n"
    else:
        raise ValueError(quote)
    plain = body.rstrip("\n") + "\n" + qplain
    # ---- html
    hbody = None
    if fmt in ("html", "alt"):
        if html is not None:
            hbody = html
        elif quote in ("outlook", "outlook_html", "outlook_us", "outlook_us_html", "original"):
            us = "us" in quote
            qh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                  f'<p class="MsoNormal"><b><span lang="EN-US">From:</span></b><span lang="EN-US"> {esc(who)}<br>\n'
                  f'<b>Sent:</b> {outlook_sent(qdt, us)}<br>\n<b>To:</b> {esc(client_to)}<br>\n'
                  f'<b>Subject:</b> {esc(qsubj)}<o:p></o:p></span></p>\n</div>\n' + text_to_html(qtext, "margin:0cm") + "\n")
            hbody = outlook_html(body, '<p class="MsoNormal">&nbsp;</p>\n' + qh if quote != "none" else "")
        elif quote == "none":
            hbody = f'<html><head></head><body><div dir="ltr">{text_to_divs(body)}</div></body></html>\n'
        else:
            att = attribution(quote if quote in ("gmail", "gmail_us", "gmail_html", "gmail_us_html") else "gmail", qdt, who)
            hbody = (f'<div dir="ltr">{text_to_divs(body)}</div><br><div class="gmail_quote gmail_quote_container">'
                     f'<div dir="ltr" class="gmail_attr">{esc(att)}<br></div><blockquote class="gmail_quote" '
                     f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                     f'{text_to_html(qtext)}</blockquote></div>\n')
    if fmt == "plain":
        root = Leaf("text/plain", plain, charset=charset, codec=codec, cte=cte)
    elif fmt == "html":
        root = Leaf("text/html", hbody, charset=charset, codec=codec, cte=cte)
    else:
        root = Multi("alternative", [Leaf("text/plain", plain, charset=charset, codec=codec, cte=cte),
                                     Leaf("text/html", hbody, charset=charset, codec=codec, cte=cte)])
    if attach:
        root = Multi("mixed", [root] + attach)
    dom = faddr.split("@")[1]
    msgid = mid(mid_style, dom)
    refs = (references_extra + " " if references_extra else "") + qmid
    hs = [("From", addr(fname, faddr)), ("To", to or addr(o.name, o.addr))]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", enc_header(subj)), ("Date", rfcdate(fdt)), ("Message-ID", msgid),
           ("In-Reply-To", qmid), ("References", refs)]
    hs += headers or []
    _finish(build(hs, root), kind, note, lang, **facts)


def fresh(frm, to, when, tz, subject, root, *, kind, note, mid_style="generic", headers=None, pre_headers=None,
          lang="en", cc=None, reply_to=None, in_reply_to=None, **facts):
    """Any other message (machine mail, new threads)."""
    fname, faddr = parse_addr(frm)
    fdt = when_dt(when, tz)
    dom = faddr.split("@")[1] if "@" in faddr else "localhost"
    hs = list(pre_headers or [])
    hs += [("From", frm if "=?" in frm or not fname else addr(fname, faddr)), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("Subject", enc_header(subject)), ("Date", rfcdate(fdt)), ("Message-ID", mid(mid_style, dom))]
    if in_reply_to:
        hs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    hs += headers or []
    _finish(build(hs, root), kind, note, lang, **facts)


def T(text, **kw):
    return Leaf("text/plain", text, **kw)


def H(html, **kw):
    return Leaf("text/html", html, **kw)


def alt(text, html, **kw):
    return Multi("alternative", [Leaf("text/plain", text, **kw), Leaf("text/html", html, **kw)])


DISC_CARTREFI = """--
Cartrefi Taf Cyf. Registered Society no. 31244R. Registered with the Welsh Government (L129).
This e-mail and any attachments are confidential and intended solely for the addressee. If you have
received it in error please notify the sender and delete it. We welcome correspondence in Welsh and
English. Mae'r e-bost hwn ac unrhyw atodiadau yn gyfrinachol. Rydym yn croesawu gohebiaeth yn Gymraeg
a Saesneg. Please consider the environment before printing this e-mail."""


# ==============================================================================================
# CLIENT SAYS PAID
# ==============================================================================================
def paid_batch():
    inv = Inv("alessandra", "38/2026", 3200, "2026-10-30", "2026-11-29", "Loopwell Inc.", what="the onboarding redesign")
    reply(inv, "Jordan Kessler <jordan@loopwell.io>", "2026-12-01 10:12", "America/New_York", """paid ✅ wire went out this am, should land tmrw or thurs depending on the banks

-j

Jordan Kessler | Ops @ Loopwell
Sent via Superhuman""", quote="gmail_us", qwhen="2026-12-01 09:00", kind="client-reply-paid",
          note="US startup, Slack-terse lowercase one-liner with emoji; 'paid' plus an arrival estimate, no promise.")

    inv = Inv("callum", "FC-0147", 1380, "2026-10-21", "2026-11-20", "Donside Joinery Ltd", what="the website copy and brochure")
    reply(inv, "Graeme Duthie <graeme@donsidejoinery.co.uk>", "2026-11-26 08:41", "Europe/London", """Morning Callum,

That's went through this morning, sorry aboot the delay. Fiona's been off wi her back and naebody else kens the bank login. Should be wi you the day or the morn.

Cheers
Graeme

Graeme Duthie
Donside Joinery Ltd
Unit 4, Mugiemoss Road, Bucksburn, Aberdeen AB21 9NP
01224 715 308""", quote="gmail", kind="client-reply-paid",
          note="Aberdeen Doric: 'that's went through' = paid; 'the day or the morn' is arrival time, not a promise.")

    inv = Inv("rhiannon", "RP1071", 950, "2026-11-04", "2026-12-04", "Cartrefi Taf", what="the annual report photography")
    reply(inv, "Sian Morgan <sian.morgan@cartrefitaf.org.uk>", "2026-12-10 14:22", "Europe/London", """Good afternoon,

Thank you for your email. I can confirm that invoice RP1071 has been processed in today's BACS run and should reach your account within 3 working days. A remittance advice will follow separately from our finance system.

Kind regards / Cofion cynnes,

Sian Morgan
Accounts Payable Officer | Swyddog Cyfrifon Taladwy
Cartrefi Taf
Tŷ Taf, Heol y Porth, Pontypridd CF37 4DA

""" + DISC_CARTREFI, quote="outlook", fmt="alt", prefix="RE: ", mid_style="outlook", kind="client-reply-paid",
          reference="RP1071",
          note="Welsh housing association AP, bilingual sign-off and disclaimer; 'processed in today's BACS run' = paid.")

    inv = Inv("rhiannon", "RP1066", 1150, "2026-10-15", "2026-11-14", "Carol Jenkins", client_kind="person",
              salutation="Dear Carol,", what="the balance for Bethan and Owain's wedding")
    reply(inv, "Carol Jenkins <caroljenkins58@btinternet.com>", "2026-11-17 21:48", "Europe/London", """Hi Rhiannon,

So sorry, I thought Gareth had done this before he went off to Tenerife and it turns out he thought I had! Honestly, 34 years married. I've transferred the balance of £1,150 this evening from my own account so it might show as C JENKINS rather than the two of them.

Bethan and Owain are back from honeymoon now, they've been showing everyone the sneak peeks on Facebook, Nain cried at the one of her on the bench outside the church. Is it still 6-8 weeks for the album? No rush at all, just Bethan keeps asking me as if I'd know!

Thank you again for everything on the day, you were so calm when the heavens opened.

Lots of love,
Carol x

Sent from my iPhone""", quote="iphone", mid_style="apple", kind="client-reply-paid", amount="1150.00", currency="GBP",
          note="Bride's mother, long chatty mail; one sentence says the balance was transferred; question about the album is not a claim.")

    inv = Inv("rhiannon", "RP1079", 180, "2026-12-14", "2026-12-28", "St Teilo with St Mary PCC",
              what="the Christmas concert and nativity photographs")
    reply(inv, "Revd Canon Huw Llewellyn <vicar@stteilollandaffnorth.org.uk>", "2027-01-08 11:05", "Europe/London", """Dear Rhiannon,

Forgive the slowness of my reply – Christmas in a parish of three churches is not a restful season! I'm told by our treasurer, Mr Pugh, that your invoice was paid by bank transfer on Tuesday, so it ought to have arrived by now. Do let me know if it hasn't and I shall chase him gently.

The photographs of the children's nativity were a joy, and several families have asked whether they may have copies. Perhaps we could talk about that in the new year.

With every blessing,

Huw

The Revd Canon Huw Llewellyn
Vicar, St Teilo with St Mary, Llandaff North
The Vicarage, 14 Station Road, Cardiff CF14 2FD""", quote="none", qkind="invoice", qwhen="2026-12-14 16:40",
          kind="client-reply-paid", note="Vicar, reply to the invoice mail weeks later, no quote; paid reported second-hand via the treasurer.")

    inv = Inv("callum", "FC-0152", 240, "2026-11-30", "2026-12-30", "Granton Thistle AFC", what="the match programme template")
    reply(inv, "Derek Paton <granton.thistle.treasurer@gmail.com>", "2027-01-12 19:32", "Europe/London", """Sorted mate, sent £240 from the club account just now, ref FC0152. Apologies its late, the committee only meets first Tuesday of the month to sign off spends.

Derek
Treasurer, Granton Thistle AFC

Sent from my Galaxy""", quote="android", kind="client-reply-paid", amount="240.00", currency="GBP", reference="FC-0152",
          note="Amateur football club treasurer from phone; 'Sorted' + 'sent'; reference written without the hyphen.")

    inv = Inv("alessandra", "31/2026", 2400, "2026-10-15", "2026-11-14", "Sarvesh Infotech Pvt. Ltd.", what="the dashboard UX audit")
    reply(inv, "Ramesh Iyer <accounts@sarvesh-infotech.in>", "2026-11-23 16:40", "Asia/Kolkata", """Dear Ms. Rossi,

Greetings from Sarvesh Infotech!

This is to inform you that the payment of EUR 2,400.00 (Euro Two Thousand Four Hundred only) against your invoice no. 31/2026 dated 15.10.2026 has been released today through our banker HDFC Bank Ltd. vide SWIFT reference HDFCN26327004512. Please find attached the SWIFT copy (MT103) for your reference.

Kindly acknowledge the receipt of the same at your end.

Thanks & Regards,
Ramesh Iyer
Sr. Executive - Accounts & Finance
Sarvesh Infotech Pvt. Ltd.
5th Floor, Tower B, Prestige Tech Park, Bengaluru 560103
Ph: +91 80 4112 7700""", quote="outlook", prefix="RE: ", mid_style="outlook",
          attach=[pdf("MT103_HDFCN26327004512.pdf", "MT103 EUR 2400.00")], kind="client-reply-paid",
          amount="2400.00", reference="31/2026", note="Indian formal English, 'released ... vide SWIFT', MT103 attached.")

    inv = Inv("priya", "NLS-26-131", 640, "2026-10-28", "2026-11-27", "Okonkwo & Adeyemi", what="certified translation of the deeds")
    reply(inv, "Chukwuemeka Obi <admin@okonkwoadeyemi.com.ng>", "2026-12-02 10:15", "Africa/Lagos", """Good day Ma,

Please find attached evidence of payment for your invoice NLS-26-131. The transfer was effected from our Zenith Bank domiciliary account yesterday. Kindly confirm receipt at your end.

Thank you for your patience and God bless.

Yours faithfully,
Chukwuemeka Obi
Head, Admin & Finance
Okonkwo & Adeyemi (Legal Practitioners)
Plot 12, Adeola Odeku Street, Victoria Island, Lagos""", quote="gmail", attach=[pdf("Zenith_Transfer_Receipt.pdf", "GBP 640.00")],
          kind="client-reply-paid", reference="NLS-26-131",
          note="Nigerian formal English ('Good day Ma', 'effected', 'kindly confirm'); receipt PDF attached.")

    inv = Inv("lucia", "2026-047", 850, "2026-10-12", "2026-11-11", "Bayanihan Creative Co.", what="the children's book spot illustrations")
    reply(inv, "Kristine Joy Dela Cruz <finance@bayanihancreative.ph>", "2026-11-16 09:22", "Asia/Manila", """Hi Ma'am Lucia, good day!

Payment for invoice 2026-047 was already sent via Wise last Friday po. Attached is the screenshot of the transfer. Kindly check on your end and let us know if received.

Thank you po and have a blessed day!

Regards,
Kristine Joy Dela Cruz
Finance Associate | Bayanihan Creative Co.
Makati City, Philippines""", quote="gmail", attach=[png("wise_transfer_screenshot.png")], kind="client-reply-paid",
          reference="2026-047", note="Filipino English with 'po', 'already sent', screenshot attached; asks to check = still paid.")

    inv = Inv("lucia", "2026-052", 1600, "2026-11-02", "2026-11-25", "Tidewater Games", what="the map and boat illustrations")
    reply(inv, "Mackenzie Boudreau <mack@tidewatergames.ca>", "2026-12-08 13:05", "America/Halifax", """Hey Lucía!

Sorry sorry, this one's on me. I was sure I'd hit send on the e-transfer, except of course you can't e-transfer to Spain, so it sat in my drafts as a wire for two weeks, eh. It's gone now for real (wire, in euros, our bank covers the fees on our side). Should show up in a couple days.

The boat illustrations are going over great with the playtesters btw!!

Mack""", quote="gmail_us", kind="client-reply-paid",
          note="Canadian (Halifax TZ); 'It's gone now for real' = paid; mentions drafts/e-transfer which could mislead.")

    inv = Inv("tom", "INV-2026-129", 780, "2026-11-03", "2026-11-24", "Fitzroy Coffee Roasters", what="the bag label redesign")
    reply(inv, "Bec Nguyen <bec@fitzroyroasters.com.au>", "2026-12-04 09:12", "Australia/Melbourne", """No worries Tom, all paid mate, went out on the 3rd.

Cheers
Bec""", quote="gmail", kind="client-reply-paid", note="Australian, short; paid on the 3rd.")

    # forwarded outgoing bank confirmation, new thread
    fwd = """Hi Callum

Here you go, see below. Sorry for the delay!

Alison

---------- Forwarded message ---------
From: Royal Bank of Scotland <no-reply@alerts.rbs.co.uk>
Date: Wed, 9 Dec 2026 at 11:02
Subject: Your payment has been sent
To: <alison@strathearnvets.co.uk>

Your payment has been sent

We've sent your payment of £450.00 to FRASER CREATIVE LTD.

Payee account ending: 4567
Reference: FC-0149
Date: 09/12/2026
Payment type: Faster Payment

Payments to new payees can occasionally take up to 2 hours to arrive.

This is an automated message, please don't reply. Royal Bank of Scotland plc. Registered in Scotland No. SC083026.
"""
    fwd_html = ('<div dir="ltr">Hi Callum<div><br></div><div>Here you go, see below. Sorry for the delay!</div><div><br></div>'
                '<div>Alison</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>'
                'From: <strong class="gmail_sendername" dir="auto">Royal Bank of Scotland</strong> <span dir="auto">&lt;no-reply@alerts.rbs.co.uk&gt;</span><br>'
                'Date: Wed, 9 Dec 2026 at 11:02<br>Subject: Your payment has been sent<br>To: &lt;alison@strathearnvets.co.uk&gt;<br></div><br><br>'
                '<table width="600" style="font-family:Arial"><tr><td style="background:#0a2f5c;color:#fff;padding:12px"><b>NatWest Group | RBS</b></td></tr>'
                '<tr><td style="padding:16px"><h2>Your payment has been sent</h2><p>We\'ve sent your payment of <b>£450.00</b> to FRASER CREATIVE LTD.</p>'
                '<table><tr><td>Payee account ending</td><td>4567</td></tr><tr><td>Reference</td><td>FC-0149</td></tr><tr><td>Date</td><td>09/12/2026</td></tr>'
                '<tr><td>Payment type</td><td>Faster Payment</td></tr></table><p>Payments to new payees can occasionally take up to 2 hours to arrive.</p>'
                '<p style="font-size:11px;color:#666">This is an automated message, please don\'t reply. Royal Bank of Scotland plc. Registered in Scotland No. SC083026.</p>'
                '</td></tr></table></div></div>\n')
    fresh("Alison Rennie <alison@strathearnvets.co.uk>", "Callum Fraser <callum@frasercreative.co.uk>", "2026-12-09 11:20",
          "Europe/London", "Fwd: Your payment has been sent", alt(fwd, fwd_html), mid_style="gmail", kind="client-reply-paid",
          amount="450.00", currency="GBP", reference="FC-0149",
          note="Client forwards her own bank's OUTGOING payment confirmation with 'here you go' (new thread, Fwd:) = client says paid, not a machine notice; amount/ref are in the forwarded receipt she sends.")

    inv = Inv("tom", "INV-2026-126", 1150, "2026-10-30", "2026-11-29", "Kilbride Veterinary Group", what="the signage and wayfinding")
    reply(inv, "Niamh Doyle <accounts@kilbridevets.ie>", "2026-12-07 10:03", "Europe/Dublin", """Hi Tom,

Payment was made on 4th Dec, please see attached remittance.

Regards,
Niamh

Niamh Doyle | Accounts
Kilbride Veterinary Group
Unit 2, Kilbride Business Park, Co. Wicklow""", quote="outlook", fmt="html", prefix="RE: ", mid_style="outlook",
          attach=[pdf("Remittance_Advice_ByrneDesign_041226.pdf", "remittance INV-2026-126 EUR 1150.00")],
          kind="client-reply-paid", note="Outlook HTML-only body (no text/plain), remittance PDF attached.")

    inv = Inv("priya", "NLS-26-140", 380, "2026-11-05", "2026-12-05", "Hollow Reed Films", what="Spanish subtitles, 'Low Tide'")
    reply(inv, "Ollie Grant <ollie@hollowreedfilms.co.uk>", "2026-12-08 17:55", "Europe/London", """Already paid! Check your account, went on 28/11.

While I have you - can you send me a quote for subtitling the Portuguese cut? It's about 42 mins, same style as before.

Cheers
Ollie""", quote="gmail", kind="client-reply-paid",
          note="Paid claim with a new-work question attached; paid wins over question.")

    inv = Inv("rhiannon", "RP1074", 420, "2026-11-10", "2026-11-24", "Bara Brith Bakery", what="the Christmas product shoot")
    reply(inv, "Ffion Rees <ffion@barabrithbakery.co.uk>", "2026-12-01 07:38", "Europe/London", """Diolch Rhiannon – it’s been paid this morning, sorry we’re a bit behind, Christmas orders have gone mad!

Shout if it hasn’t landed by Friday.

Ffion
Bara Brith Bakery, Llandeilo""", quote="outlook", prefix="RE: ", charset="iso-8859-1", codec="cp1252",
          cte="quoted-printable", mid_style="outlook", kind="client-reply-paid",
          note="Declared iso-8859-1 but body has Windows-1252 curly quotes/en dash (Outlook); Welsh 'Diolch'.")

    inv = Inv("callum", "FC-0139", 2100, "2026-10-01", "2026-10-31", "Dewar Signs Ltd", what="the rebrand copy")
    reply(inv, "Moira Baird <moira@macleodbaird.co.uk>", "2026-12-03 12:10", "Europe/London", """Dear Mr Fraser,

We act for Dewar Signs Ltd and look after their purchase ledger while Mr Dewar is abroad. Your reminder was passed to us this morning.

I can confirm that your invoice FC-0139 was settled in full today along with the other supplier balances on the ledger. Please allow a couple of hours for the Faster Payment to clear.

Yours sincerely

Moira Baird CA
Partner
MacLeod & Baird, Chartered Accountants
22 Rutland Square, Edinburgh EH1 2BB

MacLeod & Baird is a firm of Chartered Accountants regulated by ICAS. This email is confidential and may be legally privileged.""",
          quote="none", cc="Ian Dewar <ian@dewarsigns.co.uk>", kind="client-reply-paid", reference="FC-0139",
          note="Client's external accountant answers on its behalf; 'settled in full today'.")

    inv = Inv("alessandra", "44/2026", 4600, "2026-11-20", "2026-12-20", "Bright Ledger Studio LLC", what="the mobile app UX sprint")
    reply(inv, "Tanya Rhodes <ap@brightledger.studio>", "2027-01-15 17:20", "America/Chicago", """Hi Alessandra,

This was included in yesterday's (1/14) international wire batch. Confirmation # 7781-3320-KX. Let me know if anything looks off on your side.

Best,
Tanya
Bright Ledger Studio | Accounts Payable""", quote="gmail_us", qkind="promise_followup",
          qargs={"promise_date": "2027-01-14"}, kind="client-reply-paid",
          note="US agency AP answering a promise follow-up: included in yesterday's wire batch = paid.")

    inv = Inv("rhiannon", "RP1082", 250, "2026-12-01", "2026-12-15", "Sophie Clarke", client_kind="person",
              what="your engagement shoot")
    reply(inv, "Sophie Clarke <sophieclarke_x@hotmail.co.uk>", "2026-12-16 20:14", "Europe/London", """Hiya,

Sent it via PayPal to your business email instead as the bank transfer said the account name didn't match?? Hope that's ok. £250.

Soph x""", quote="none", qkind="due", kind="client-reply-paid", amount="250.00", currency="GBP",
          note="Paid through a different channel (PayPal) because Confirmation of Payee warned; amount stated.")

    inv = Inv("tom", "INV-2026-118", 2350, "2026-10-14", "2026-11-13", "Lagan Print Co.", what="the catalogue layout")
    reply(inv, "Conor McAllister <conor@laganprint.co.uk>", "2026-12-04 09:30", "Europe/London", """Hi Tom,

This was paid on the 2nd, I think our emails crossed. We'll also make sure the next ones go through on time now that we've moved to weekly payment runs.

Regards,
Conor""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-paid",
          note="Clear 'paid on the 2nd' with an undated vague 'will also' about future invoices: stays paid (Belfast, Europe/London).")

    inv = Inv("callum", "FC-0155", 890, "2026-11-06", "2026-12-06", "Clyde Canvas Co.", what="the product descriptions")
    reply(inv, "Steven McGowan <stevie@clydecanvas.co.uk>", "2026-12-14 08:05", "Europe/London", """Callum

The money left our account on Friday 11th, ref FRASER FC0155. If its no showing by Weds gie us a shout and I'll get on to the bank.

Big Stevie""", quote="gmail", kind="client-reply-paid", reference="FC-0155",
          note="Glaswegian, paid Friday; the 'Weds' is about checking, not a promise.")

    inv = Inv("lucia", "2026-061", 540, "2026-12-10", "2027-01-09", "Saltbush Studio", what="the wine label illustration")
    reply(inv, "Jess Hartley <jess@saltbushstudio.com.au>", "2027-01-20 06:55", "Australia/Adelaide", """done 👍

Sent from my iPhone""", quote="iphone", mid_style="apple", kind="client-reply-paid",
          note="One word 'done' with emoji, replying to a payment reminder = paid (Adelaide +10:30 offset).")

    inv = Inv("rhiannon", "RP1069", 600, "2026-10-20", "2026-11-19", "Davies & Son Builders", what="the website photography")
    reply(inv, "Dai Davies <daviesandsonbuilders@yahoo.co.uk>", "2026-11-27 07:12", "Europe/London", """PAID THIS MORNING BY BANK TRANSFER. SORRY FOR DELAY.

REGARDS
DAI DAVIES
DAVIES & SON BUILDERS
07700 914 553""", quote="yahoo", mid_style="generic", kind="client-reply-paid",
          note="ALL CAPS tradesman, Yahoo quoting.")

    inv = Inv("rhiannon", "RP1084", 195, "2026-12-05", "2026-12-19", "Megan Price", client_kind="person", what="your headshots")
    reply(inv, "Megan Price <meg.price.pt@gmail.com>", "2026-12-20 10:41", "Europe/London", """Paid by card through the link on your email just now, should have gone through, I got a receipt from Stripe anyway!

Thanks again for the headshots, the gym have already put them on the website x

Meg""", quote="gmail", qkind="due", kind="client-reply-paid",
          note="Paid via the 'Pay online' link in the reminder; mentions a Stripe receipt but is a human reply.")

    inv = Inv("tom", "INV-2026-097", 1240, "2026-09-22", "2026-10-22", "Portobello Dental", what="the clinic brochure")
    reply(inv, "Gráinne Walsh <practice@portobellodental.ie>", "2026-11-30 13:18", "Europe/Dublin", """Hi Tom,

We paid INV-2026-097 back on the 23rd of October, it went in the same transfer as INV-2026-101. Could you check again? Maybe it was put against the other one your end.

Thanks,
Gráinne

Portobello Dental | 41 South Richmond Street, Dublin 2""", quote="gmail", qkind="final", qargs={"deadline": "2026-12-14", "fees": "IE"},
          kind="client-reply-paid", reference="INV-2026-097",
          note="Reply to a final notice: 'we paid this back in October, check again' is a paid claim, not a dispute; two invoice numbers mentioned, the one claimed is 097.")

    inv = Inv("priya", "NLS-26-138", 2150, "2026-10-30", "2026-11-29", "Northwind Health Inc.", cur="$",
              what="Spanish and Haitian Creole patient leaflets")
    reply(inv, "Marcus Webb <mwebb@northwindhealth.com>", "2026-12-09 11:47", "America/New_York", """Hi Priya,

Sarah is out on leave so I'm picking up her vendor emails. I can see invoice NLS-26-138 was paid on 12/1 in our system (international wire, payment ref 0045521). If it hasn't arrived let me know and I'll get a trace going with our bank.

Best,
Marcus Webb
Accounts Payable Specialist | Northwind Health
100 Summer St, Boston, MA 02110

CONFIDENTIALITY NOTICE: This message may contain protected health information (PHI) or other confidential information. If you are not the intended recipient, please notify the sender and destroy all copies.""",
          quote="outlook_us", fmt="alt", prefix="RE: ", mid_style="outlook_us", kind="client-reply-paid", reference="NLS-26-138",
          note="Colleague covering for the usual contact; US date 12/1; HIPAA-style footer.")

    inv = Inv("callum", "FC-0158", 720, "2026-11-12", "2026-12-12", "Tayside Bike Hub Ltd", what="the spring catalogue copy")
    reply(inv, "Ross Kerr <ross@taysidebikehub.co.uk>", "2026-12-18 16:02", "Europe/London", """Transfer done, sorry it took so long. We've moved banks so it'll come from Starling now, not Clydesdale, name should still say Tayside Bike Hub Ltd.

Ross""", quote="gmail", kind="client-reply-paid", note="Short 'Transfer done' + bank change info (not a new-IBAN question).")

    inv = Inv("tom", "INV-2026-133", 460, "2026-11-18", "2026-12-18", "Salthill Surf School", what="the brochure redesign")
    reply(inv, "Aoife Ní Fhlatharta <aoife@salthillsurf.ie>", "2026-12-22 12:30", "Europe/Dublin", """Paid.

Also just spotted the brochure has "Saltill" on page 3 - can you fix that before we print the next batch?

Aoife""", quote="gmail", kind="client-reply-paid",
          note="'Paid.' then a correction request about the work (a typo fix, not contesting the invoice) -> paid.")

    inv = Inv("rhiannon", "RP1077", 350, "2026-11-20", "2026-12-20", "Gwesty'r Harbwr", what="the hotel interiors shoot")
    reply(inv, "Elin Morgan <elin@gwestyrharbwr.cymru>", "2026-12-23 09:14", "Europe/London", """Bore da Rhiannon,

Wedi talu – paid this morning! Diolch yn fawr am y lluniau, maen nhw'n hyfryd.

Nadolig Llawen,
Elin""", quote="gmail", cte="8bit", kind="client-reply-paid",
          note="Welsh/English code-switching: 'Wedi talu' (paid) glossed; 8bit utf-8.")

    inv = Inv("callum", "FC-0161", 310, "2026-11-25", "2026-12-25", "The Wee Neuk Café", what="the menu copy")
    reply(inv, "Mhairi Lindsay <theweeneukcafe@outlook.com>", "2027-01-05 14:44", "Europe/London", """Hiya Callum, that's you paid noo. Sorry it's been a nightmare wi the year end an aw that.

Mhairi
The Wee Neuk, Anstruther""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-paid",
          note="Fife Scots: 'that's you paid noo' = paid.")

    inv = Inv("alessandra", "47/2026", 1900, "2026-12-01", "2026-12-31", "Maple & Pine Digital", what="the checkout usability study")
    reply(inv, "Priyanka Shah <priyanka@mapleandpine.ca>", "2027-01-06 15:26", "America/Toronto", """Hi Alessandra,

Happy new year! Just paid it through Wise, here's the receipt: https://wise.com/share/receipt/8f2c91d0-4b7e-4a61

Let me know once it lands.

Priyanka""", quote="gmail_us", fmt="alt", cte="quoted-printable", kind="client-reply-paid",
          note="Canadian client, multipart/alternative quoted-printable; Wise receipt link.")

    inv = Inv("tom", "INV-2026-122", 560, "2026-11-10", "2026-12-10", "Greystones Golf Club", what="the centenary logo")
    reply(inv, "Accounts Payable <accountspayable@greystonesgolf.ie>", "2026-12-14 11:00", "Europe/Dublin", """Hi Tom,

Payment for INV-2026-122 (€560.00) was released in Friday's EFT run.

Regards,
Accounts Payable
Greystones Golf Club""", quote="outlook", prefix="RE: ", cc="Declan Furlong <gm@greystonesgolf.ie>", mid_style="outlook",
          kind="client-reply-paid", amount="560.00", reference="INV-2026-122", note="Golf club AP, generic sender name.")

    inv = Inv("priya", "NLS-26-142", 920, "2026-11-14", "2026-12-14", "Lagos Agritech Hub", what="the French grant application translation")
    reply(inv, "Tunde Bakare <finance@lagosagritech.ng>", "2026-12-21 13:05", "Africa/Lagos", """Dear Priya,

We have done the needful. Payment has been made to your account through our GTBank. Please revert with acknowledgement once it reflects.

Best regards,
Tunde Bakare
Finance Officer""", quote="gmail", kind="client-reply-paid", note="'We have done the needful' = paid; 'revert' = reply.")

    inv = Inv("priya", "NLS-26-145", 1120, "2026-11-16", "2026-12-16", "Vasundhara Media Pvt Ltd", what="the Hindi-English subtitles")
    reply(inv, "Accounts Vasundhara Media <accounts@vasundharamedia.co.in>", "2026-12-15 18:22", "Asia/Kolkata", """Dear Madam,

This has reference to your mail dated 10th Dec.

We wish to inform that the payment of GBP 1,120.00 has been remitted on 14.12.2026 through ICICI Bank against invoice no. NLS-26-145. The remittance advice is enclosed herewith for your kind perusal.

Request you to kindly confirm the receipt.

Regards,
Deepa Menon
Accounts Department
Vasundhara Media Pvt Ltd, Mumbai

Disclaimer: The information contained in this electronic message and any attachments to this message are intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information.""",
          quote="original", qkind="courtesy", qwhen="2026-12-10 09:00", prefix="RE: ", mid_style="generic",
          attach=[pdf("Remittance_Advice_ICICI.pdf", "GBP 1120.00")], kind="client-reply-paid", amount="1120.00",
          currency="GBP", reference="NLS-26-145", note="Indian formal ('herewith for your kind perusal'), replying to the courtesy reminder before due date.")

    inv = Inv("tom", "INV-2026-135", 2800, "2026-11-20", "2026-12-20", "Patchwork Labs Inc.", what="the brand identity v2")
    reply(inv, "Sam Okafor <sam@patchworklabs.co>", "2027-01-04 14:03", "America/Los_Angeles", """sorted - sent via mercury just now, usually 1-2 biz days for intl. sorry for the chase, holidays ate everyone's brains

s""", quote="gmail_us", kind="client-reply-paid", note="SF startup terse: 'sorted - sent'.")

    inv = Inv("lucia", "2026-058", 1250, "2026-12-01", "2026-12-31", "Harbourline Publishing Pty Ltd", what="the cover illustration")
    body = """Hi Lucía,

Please see below payment details:

Invoice | Amount | Date paid
2026-058 | EUR 1,250.00 | 14/01/2027

Kind regards,
Danielle Fraser
Accounts | Harbourline Publishing"""
    html = outlook_html("Hi Lucía,\n\nPlease see below payment details:\n", """
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Invoice</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Amount</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Date paid</b></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">2026-058</p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">EUR 1,250.00</p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">14/01/2027</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Kind regards,</p><p class="MsoNormal"><b>Danielle Fraser</b><br>Accounts | Harbourline Publishing</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Lucía Martín &lt;lucia@martinestudio.es&gt;<br>
<b>Sent:</b> Thursday, 14 January 2027 9:00 PM<br><b>Subject:</b> Reminder: invoice 2026-058 overdue</p></div>
<p class="MsoNormal">Dear Accounts Team, ...</p>""")
    reply(inv, "Danielle Fraser <accounts@harbourline.com.au>", "2027-01-15 10:30", "Australia/Sydney", body, html=html,
          qwhen="2027-01-14 11:00",
          quote="outlook", fmt="alt", prefix="RE: ", mid_style="outlook", kind="client-reply-paid", amount="1250.00",
          reference="2026-058", note="Australian AP, payment details in a small HTML table (DD/MM/YYYY).")

    inv = Inv("priya", "NLS-26-136", 1480, "2026-10-26", "2026-11-25", "London Borough of Hackney",
              what="community consultation translations (Turkish, Yoruba)")
    reply(inv, "Funmi Adebayo <funmi.adebayo@hackney.gov.uk>", "2026-12-03 10:12", "Europe/London", """Good morning Priya,

Apologies for the delay, the PO receipting got stuck with the service area. This has now been paid, it went in Tuesday's payment run and you should get a remittance from our finance system separately.

Regards,
Funmi Adebayo
Procurement & Payments Team
London Borough of Hackney

This email and any attachments are confidential and may be legally privileged. Hackney Council may monitor emails. Please consider the environment before printing.""",
          quote="outlook", prefix="RE: [EXTERNAL] ", mid_style="outlook", kind="client-reply-paid",
          note="London council; 'got stuck with PO receipting' then 'has now been paid'; subject has an [EXTERNAL] tag.")


# ==============================================================================================
# CLIENT PROMISES TO PAY
# ==============================================================================================
def promise_batch():
    inv = Inv("alessandra", "52/2026", 2750, "2026-12-02", "2027-01-01", "Fieldnote Inc.", what="the research synthesis")
    reply(inv, "Dana Whitfield <dana@fieldnote.app>", "2027-01-08 11:20", "America/New_York", """Hi Alessandra,

Looping back on this one. We run payables on the 15th and 30th; your invoice 52/2026 is approved and will go out in the 15th run.

Best,
Dana
Finance @ Fieldnote""", quote="gmail_us", kind="client-reply-promise", promised_date="2027-01-15", reference="52/2026",
          note="US startup finance: 'we run payables on the 15th and 30th ... in the 15th run' -> the 15th of this month.")

    inv = Inv("tom", "INV-2026-124", 3400, "2026-11-02", "2026-12-02", "Cartwheel Analytics, Inc.", what="the investor deck design")
    reply(inv, "Accounts Payable <ap@cartwheelanalytics.com>", "2026-12-07 09:40", "America/New_York", """Hi Tom,

Thanks for the note. Your invoice is approved and scheduled for our January 4 payment run (net 60 per our MSA, counted from receipt on 11/5).

Please reach out to ap@cartwheelanalytics.com with any further questions.

Thank you,
Cartwheel Analytics AP Team""", quote="outlook_us", prefix="RE: ", mid_style="outlook_us", kind="client-reply-promise",
          promised_date="2027-01-04",
          note="US AP invokes 'net 60 per our MSA' but commits to a dated run; terms talk, not a dispute of the amount.")

    inv = Inv("callum", "FC-0150", 1650, "2026-11-03", "2026-12-03", "Forth Valley Housing Association",
              what="the tenant newsletter (winter issue)")
    reply(inv, "Purchase Ledger <purchaseledger@forthvalleyha.org.uk>", "2026-12-09 14:05", "Europe/London", """Dear Callum,

Your invoice FC-0150 is currently on hold pending GRN. The budget holder (Kirsty Hamilton, Communications) needs to goods-receipt it on our system before it can pass the three-way match. I have sent her a reminder today.

Once it is receipted it will be paid in the next weekly payment run.

Kind regards,

Purchase Ledger Team
Forth Valley Housing Association
Scottish Charity No. SC012345 | Registered Social Landlord HEP123""", quote="outlook", prefix="RE: ", mid_style="outlook",
          kind="client-reply-promise", reference="FC-0150",
          note="Housing association jargon (on hold pending GRN, three-way match); conditional promise, no date.")

    inv = Inv("lucia", "2026-068", 700, "2026-12-07", "2027-01-06", "Natasha Reid", client_kind="person", what="the tarot deck sketches")
    reply(inv, "Natasha Reid <tash.reid@bigpond.com>", "2027-01-10 07:30", "Australia/Sydney", """Hi Lucía,

Ugh sorry, I've been at the coast all week with patchy reception. I'll pay it tomorrow morning first thing when I'm back at the desk.

Tash x""", quote="gmail", kind="client-reply-promise", promised_date="2027-01-11",
          note="Sydney Sunday 07:30 (+11) = Saturday evening UTC: 'tomorrow' is Monday 11 Jan in the sender's zone, not the 10th.")

    inv = Inv("callum", "FC-0160", 560, "2026-11-10", "2026-12-10", "Loch Ness Larder", what="the Christmas gift guide copy")
    reply(inv, "Morag Fraser <morag@lochnesslarder.co.uk>", "2026-12-14 10:02", "Europe/London", """Callum

I can't do it before the 28th, cash flow is murder this month until the Christmas hamper orders pay out. Is the 28th OK?

Morag""", quote="gmail", kind="client-reply-promise", promised_date="2026-12-28",
          note="'can't do it before the 28th' = promise for the 28th, with a question.")

    inv = Inv("alessandra", "49/2026", 1400, "2026-12-04", "2027-01-03", "Oakridge Learning, Inc.", what="the course player prototype")
    reply(inv, "Ben Cho <ben@oakridgelearning.com>", "2027-01-31 23:10", "America/New_York", """Alessandra, totally slipped through the cracks on my end, I apologize. I'll pay it tomorrow as soon as I'm in.

Ben""", quote="gmail_us", qkind="late_fee", qargs={"deadline": "2027-02-07"}, kind="client-reply-promise",
          promised_date="2027-02-01",
          note="Sunday 23:10 New York = Monday 04:10 UTC: 'tomorrow' is 1 Feb in the sender's zone.")

    inv = Inv("rhiannon", "RP1088", 900, "2026-12-20", "2027-01-10", "Lowri Evans", client_kind="person",
              salutation="Dear Lowri and Dan,", what="the wedding balance")
    reply(inv, "Lowri Evans <lowri.evans93@gmail.com>", "2027-01-12 19:20", "Europe/London", """Hi Rhiannon,

Sorry, January is brutal! We'll pay the rest end of the month when we've both been paid, if that's OK?

The photos are honestly perfect, Mam has already ordered a canvas.

Lowri & Dan xx""", quote="gmail", kind="client-reply-promise", promised_date="2027-01-31",
          note="Couple, 'end of the month' -> last day of January.")

    inv = Inv("priya", "NLS-26-144", 1320, "2026-11-14", "2026-12-14", "Redbrick Social Ltd", what="the German campaign transcreation")
    reply(inv, "Hannah Okoye <finance@redbricksocial.co.uk>", "2026-12-14 15:30", "Europe/London", """Hi Priya,

Thanks for the nudge. We've had a few late payers ourselves this quarter (the irony!) but we'll get it paid by the 10th.

Best,
Hannah""", quote="gmail", qkind="due", kind="client-reply-promise", promised_date="2027-01-10",
          note="Written on 14 Dec: 'by the 10th' has passed this month, so 10 January.")

    inv = Inv("rhiannon", "RP1090", 275, "2027-01-04", "2027-01-18", "Zara Ahmed", client_kind="person", what="your maternity shoot")
    reply(inv, "Zara Ahmed <zara.ahmed@icloud.com>", "2027-01-18 12:45", "Europe/London", """Hi Rhiannon! Sorry I thought I had till the end of the month. I get paid on the 28th so I'll sort it then if that's alright? Xx""",
          quote="iphone", qkind="due", mid_style="apple", kind="client-reply-promise", promised_date="2027-01-28",
          note="'I get paid on the 28th so I'll sort it then' -> 28 Jan.")

    inv = Inv("rhiannon", "RP1083", 1450, "2026-11-03", "2026-12-03", "Patricia Hughes", client_kind="person",
              salutation="Dear Pat,", what="the balance for Ceri and Tom's wedding")
    reply(inv, "Pat Hughes <pat.hughes@sky.com>", "2026-12-06 16:25", "Europe/London", """Hello Rhiannon love

Thank you for your patience, I will settle the rest after Christmas, money is a bit tight with the grandchildren's presents and the boiler going. I hope that's alright. You did a beautiful job and Ceri was over the moon.

Best wishes
Pat Hughes""", quote="none", kind="client-reply-promise",
          note="Mother of the bride, vague 'after Christmas' -> no promised_date.")

    inv = Inv("callum", "FC-0163", 420, "2026-11-27", "2026-12-27", "St Columba's Parish Church, Stirling",
              what="the centenary booklet")
    reply(inv, "Rev. Alison Grant <minister@stcolumbasstirling.org.uk>", "2026-12-20 20:05", "Europe/London", """Dear Callum

Thank you for your reminder, and for the lovely booklet, which was much admired after the Watchnight service.

I'm afraid all payments over £200 need the approval of the Kirk Session, which next meets on 14 January. Our treasurer, Mr Lennox, will make the payment the following day.

With warm wishes for Christmas,

Alison

Rev. Alison Grant
Minister, St Columba's Parish Church, Stirling
Scottish Charity No. SC099999""", quote="none", qkind="courtesy", kind="client-reply-promise", promised_date="2027-01-15",
          note="Church of Scotland minister; date is 'the day after 14 January' = 15 January (needs a step of arithmetic).")

    inv = Inv("rhiannon", "RP1081", 320, "2026-11-28", "2026-12-12", "Penarth Town Juniors FC", what="the team photos")
    reply(inv, "Gethin Thomas <penarthtownjuniors@hotmail.com>", "2026-12-15 21:40", "Europe/London", """Hi Rhiannon, subs come in start of Jan, I'll pay you then. Sorry the kitty's empty after the Christmas do!

Geth (treasurer)""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-promise",
          note="Football club treasurer; 'start of Jan' is vague -> no promised_date.")

    inv = Inv("alessandra", "41/2026", 3100, "2026-11-05", "2026-12-05", "Kalpataru Software Solutions Pvt. Ltd.",
              what="the ERP screens redesign")
    reply(inv, "Vikram Deshpande <vikram.d@kalpatarusoft.com>", "2026-12-11 12:15", "Asia/Kolkata", """Dear Ms. Alessandra,

Greetings of the day.

With reference to your mail regarding Invoice No. 41/2026, please note that the payment shall be processed by 20th December 2026 as the same is pending for approval from our Director (Finance). Kindly bear with us for the delay.

Thanks and regards,
Vikram Deshpande
Manager - Finance
Kalpataru Software Solutions Pvt. Ltd., Pune""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-promise",
          promised_date="2026-12-20", reference="41/2026", note="Indian formal; 'shall be processed by 20th December'.")

    inv = Inv("priya", "NLS-26-146", 760, "2026-11-05", "2026-12-05", "Eko Heritage Foundation", what="the Yoruba exhibition captions")
    reply(inv, "Adaeze Nwosu <programmes@ekoheritage.org>", "2026-12-08 14:50", "Africa/Lagos", """Dear Priya,

Compliments of the season. We apologise for the delay occasioned by the year-end audit. We will revert with payment on or before Friday.

Warm regards,
Adaeze Nwosu
Programmes Manager, Eko Heritage Foundation""", quote="gmail", kind="client-reply-promise", promised_date="2026-12-11",
          note="Nigerian English: 'revert with payment on or before Friday' -> Friday 11 Dec.")

    inv = Inv("lucia", "2026-071", 480, "2026-11-18", "2026-12-18", "Pinoy Bites Manila", what="the menu illustrations")
    reply(inv, "Ma. Theresa Santos <accounting@pinoybites.ph>", "2026-12-22 10:05", "Asia/Manila", """Good day Ma'am Lucia!

Sorry for the late reply po. Release of payment is scheduled on the 5th po, as our transfers are released every 5th and 20th of the month.

Thank you for understanding and Merry Christmas po!

Tess
Accounting Dept.""", quote="gmail", kind="client-reply-promise", promised_date="2027-01-05",
          note="Filipino 'po'; written 22 Dec, 'scheduled on the 5th' -> 5 January.")

    inv = Inv("tom", "INV-2026-130", 980, "2026-10-28", "2026-11-27", "Coastline Cider Co.", what="the can artwork")
    reply(inv, "Jas Sandhu <jas@coastlinecider.ca>", "2026-11-30 10:15", "America/Vancouver", """Hey Tom,

Our AP cycle runs Thursdays and you're in this Thursday's batch. Apologies for the wait!

Jas""", quote="gmail_us", kind="client-reply-promise", promised_date="2026-12-03",
          note="Vancouver, Monday: 'this Thursday's batch' -> 3 Dec.")

    inv = Inv("callum", "FC-0157", 640, "2026-11-10", "2026-12-10", "Jimmy's Barbers", what="the website copy")
    reply(inv, "Jimmy Reid <jimmysbarbers@gmail.com>", "2026-12-15 12:20", "Europe/London", """Callum sent half today, the other half on Friday. Been a quiet month.

Jimmy""", quote="gmail", kind="client-reply-promise", promised_date="2026-12-18",
          note="Half paid now, rest promised Friday (no dispute) -> promise for Friday 18 Dec; no amounts stated.")

    i1 = Inv("tom", "INV-2026-119", 650, "2026-10-15", "2026-11-14", "The Spiced Pear, Cork")
    i2 = Inv("tom", "INV-2026-127", 1080, "2026-11-02", "2026-12-02", "The Spiced Pear, Cork")
    reply(i1, "Orla Kiely-Murphy <orla@thespicedpear.ie>", "2026-12-09 16:40", "Europe/Dublin", """Hi Tom,

119 was paid yesterday. 127 I'll pay on the 15th when the card settlements come through.

Sorry for the hassle!
Orla""", quote="gmail", qkind="statement", qargs={"invoices": [i1, i2], "deadline": "2026-12-16"}, kind="client-reply-promise",
          promised_date="2026-12-15", reference="INV-2026-127",
          note="Reply to a statement: one invoice paid, the other promised for the 15th -> promise; reference is the promised one, written '127'.")

    inv = Inv("rhiannon", "RP1087", 380, "2026-12-15", "2027-01-14", "Caldey View B&B", what="the website photographs")
    reply(inv, "Sue Gwynne <stay@caldeyviewtenby.co.uk>", "2027-01-20 08:55", "Europe/London", """Morning Rhiannon

Will get it to you by Monday, promise! Just waiting on a booking.com payout.

Sue""", quote="gmail", kind="client-reply-promise", promised_date="2027-01-25",
          note="Tenby B&B; written Wednesday 20 Jan, 'by Monday' -> 25 Jan.")

    inv = Inv("callum", "FC-0146", 350, "2026-10-22", "2026-11-21", "Hebridean Sea Safaris", what="the booking page copy")
    reply(inv, "Alasdair MacInnes <alasdair@hebrideanseasafaris.scot>", "2026-11-26 18:10", "Europe/London", """Callum, aye sorry aboot that. I'll square you up first thing the morn, I'm oot on the boat the day wi nae signal.

Ali""", quote="android", kind="client-reply-promise", promised_date="2026-11-27",
          note="Scots 'the morn' = tomorrow (27 Nov); 'the day' = today.")

    inv = Inv("tom", "INV-2026-140", 1500, "2026-12-15", "2027-01-14", "Swan River Brewing", what="the label range")
    reply(inv, "Kyle Bennett <kyle@swanriverbrewing.com.au>", "2027-02-08 09:00", "Australia/Perth", """Can't do it today sorry Tom, Thursday.

K""", quote="gmail", qkind="late_fee", qargs={"deadline": "2027-02-15"}, kind="client-reply-promise", promised_date="2027-02-11",
          note="Perth, Monday: 'Can't today, Thursday' -> Thursday 11 Feb.")

    inv = Inv("callum", "FC-0145", 880, "2026-10-19", "2026-11-18", "Kilbrannan Farm Shop", what="the leaflet and signage copy")
    reply(inv, "KILBRANNAN FARM SHOP <kilbrannanfarmshop@btconnect.com>", "2026-11-18 16:33", "Europe/London", """WILL PAY END OF MONTH

JOHN""", quote="original", qkind="due", mid_style="generic", kind="client-reply-promise", promised_date="2026-11-30",
          note="ALL CAPS one-liner; 'end of month' -> 30 Nov.")

    inv = Inv("alessandra", "50/2026", 2200, "2026-12-05", "2027-01-04", "Halsted & Ward", what="the app store assets")
    reply(inv, "Marisol Vega <marisol@halstedward.com>", "2027-01-22 11:48", "America/Chicago", """Hi Alessandra - circling back on this. It's approved and queued for our 1/29 payment run. Let me know if you need anything else from our side!

Marisol Vega
Operations Manager | Halsted & Ward
312.555.0148""", quote="gmail_us", kind="client-reply-promise", promised_date="2027-01-29",
          note="US agency 'circling back'; US date 1/29.")

    inv = Inv("priya", "NLS-26-150", 1860, "2026-12-01", "2026-12-31", "Mochi Health, Inc.", cur="$",
              what="the Japanese app localisation")
    reply(inv, "Kenji Albrecht <kenji@mochihealth.com>", "2027-01-07 13:15", "America/Los_Angeles", """Hey Priya,

Transparent answer: we're closing our seed round over the next couple of weeks and cash is tight until it lands. I'll pay you the day the money hits. Really appreciate your patience, the localization work was top notch.

Kenji
CEO, Mochi Health""", quote="gmail_us", kind="client-reply-promise",
          note="Startup founder: pays when the funding round closes -> promise without a date.")

    inv = Inv("tom", "INV-2026-128", 2600, "2026-11-01", "2026-12-01", "Harrow & Finch Ltd", what="the white-label campaign visuals")
    reply(inv, "Felicity Harrow <felicity@harrowandfinch.co.uk>", "2026-12-10 12:00", "Europe/London", """Tom,

Honest update: the end client hasn't paid us yet for this phase. As soon as they pay us, we'll pay you. I'm chasing them daily.

F""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-promise",
          note="Agency 'pay when paid' -> conditional promise, no date.")

    inv = Inv("priya", "NLS-26-139", 2240, "2026-11-02", "2026-12-02", "Kent County Council", what="the adult social care leaflets")
    reply(inv, "Gary Pilcher <gary.pilcher@kent.gov.uk>", "2026-12-17 09:10", "Europe/London", """Hi Priya,

I've checked with Accounts Payable and your invoice has now been matched to the PO. Payment is scheduled for 12/01/2027.

Kind regards
Gary Pilcher
Commissioning Officer
Kent County Council

This email and any files transmitted with it are confidential. Kent County Council may monitor email traffic data and the content of email.""",
          quote="outlook", prefix="RE: EXTERNAL: ", mid_style="outlook", kind="client-reply-promise", promised_date="2027-01-12",
          note="UK council, UK date format 12/01/2027 = 12 January (not 1 December).")

    inv = Inv("alessandra", "51/2026", 1750, "2026-12-07", "2027-01-06", "Cascadia Bikes", what="the dealer portal wireframes")
    reply(inv, "Lindsey Park <lindsey@cascadiabikes.com>", "2027-01-25 10:05", "America/Los_Angeles", """Hi Alessandra,

Apologies, we migrated our accounting system over the holidays and a few vendors fell through the cracks. You're on the schedule for 2/1.

Lindsey""", quote="gmail_us", kind="client-reply-promise", promised_date="2027-02-01",
          note="US date 2/1 = 1 February (not 2 January).")

    inv = Inv("lucia", "2026-066", 1200, "2026-12-01", "2026-12-31", "Meredith Sloane", client_kind="person",
              what="the cover and chapter headers")
    reply(inv, "Meredith Sloane <meredith.sloane.writes@gmail.com>", "2027-01-07 16:45", "America/Toronto", """Dear Lucía,

Happy New Year! I hope you had a restful break in Madrid. Mine was chaos: my sister's family descended on us for ten days, the furnace died on Boxing Day, and the dog ate an entire tray of butter tarts, so I spent the 27th at the emergency vet. He's fine. The tarts are not.

The big news is that the publisher moved the launch up to April, so we're going to need the map for the endpapers sooner than we thought, ideally by the end of February. Could you let me know if that's doable? I'll send the final place names this weekend.

I'll pay the invoice on the 18th when my advance instalment comes through. Sorry it's a bit later than the due date.

Also, the bookstore in Kingston wants to do a window display and asked whether they could print one of your chapter headers large. I told them I'd ask you first, of course.

Warmly,
Meredith""", quote="gmail_us", kind="client-reply-promise", promised_date="2027-01-18",
          note="Long chatty mail from a Toronto author; one sentence promises payment on the 18th.")

    inv = Inv("callum", "FC-0162", 2400, "2026-11-26", "2026-12-26", "Lorimer Architects LLP", what="the project case studies")
    reply(inv, "Euan Lorimer <euan@lorimerarchitects.co.uk>", "2026-12-22 15:30", "Europe/London", """Hi Callum,

Thanks for this. The office is closed from tomorrow; we reopen on Monday 4 January and it will be the first thing I pay.

Have a good Christmas,
Euan""", quote="gmail", qkind="courtesy", kind="client-reply-promise", promised_date="2027-01-04",
          note="Office closure; 'reopen on Monday 4 January ... first thing I pay' -> 4 Jan.")

    inv = Inv("rhiannon", "RP1085", 1800, "2026-11-10", "2026-12-10", "Ceri Powell", client_kind="person",
              salutation="Dear Ceri,", what="the wedding balance")
    reply(inv, "Ceri Powell <ceripowell@outlook.com>", "2027-01-13 21:02", "Europe/London", """Hi Rhiannon,

I'm really sorry, I know this is well overdue. Rhys lost his job in November and we've been trying to keep our heads above water. Could we pay £300 a month starting 1 February until it's cleared? I'll set up a standing order so it goes automatically.

I completely understand if that's not ideal. The photos mean the world to us.

Ceri""", quote="outlook", prefix="RE: ", mid_style="outlook", qkind="final", qargs={"deadline": "2027-01-27"},
          kind="client-reply-promise", promised_date="2027-02-01", amount="300.00", currency="GBP",
          note="Payment plan (£300/month from 1 Feb) in reply to a final notice; promise with first instalment date and amount.")

    inv = Inv("tom", "INV-2026-125", 890, "2026-11-01", "2026-12-01", "Shannonside Kayaks", what="the website refresh")
    reply(inv, "Pádraig Hayes <info@shannonsidekayaks.ie>", "2026-12-02 11:25", "Europe/Dublin", """Tom, I thought we'd paid this but accounts tell me it's in next Tuesday's run. Apologies.

Pádraig""", quote="gmail", qkind="due", kind="client-reply-promise", promised_date="2026-12-08",
          note="Starts 'I thought we'd paid' but says it's not yet: next Tuesday's run -> 8 Dec.")

    inv = Inv("callum", "FC-0159", 530, "2026-11-19", "2026-12-19", "Grampian Dog Grooming", what="the social media captions")
    reply(inv, "Shona Milne <grampiandoggrooming@gmail.com>", "2027-01-06 17:45", "Europe/London", """Hi Callum, hopefully get it away this week, been a mad one wi the snow. Shona""",
          quote="gmail", kind="client-reply-promise", note="Vague 'hopefully this week' -> promise with no date.")

    inv = Inv("lucia", "2026-055", 950, "2026-10-20", "2026-11-19", "Kōwhai Press", what="the picture book spreads")
    reply(inv, "Aroha Williams <aroha@kowhaipress.co.nz>", "2026-11-24 10:10", "Pacific/Auckland", """Kia ora Lucía,

Will pay on Friday. Can you confirm the IBAN is still the same as on the last invoice? Our system flagged it as changed.

Ngā mihi,
Aroha""", quote="gmail", kind="client-reply-promise", promised_date="2026-11-27",
          note="Auckland (+13); promise for Friday plus an IBAN question; promise wins over question.")

    inv = Inv("alessandra", "46/2026", 5200, "2026-11-10", "2026-12-10", "Tessellate AI, Inc.", what="the design system audit")
    reply(inv, "Riley Tran <riley@tessellate.ai>", "2026-12-10 16:30", "America/Los_Angeles", """hey! this is with our controller, she approves the AP batch on wednesdays so it'll go out wednesday

r""", quote="gmail_us", qkind="due", kind="client-reply-promise", promised_date="2026-12-16",
          note="'this is with our controller' + 'it'll go out wednesday' -> Wednesday 16 Dec (Thursday message).")

    inv = Inv("priya", "NLS-26-143", 3150, "2026-11-12", "2026-12-12", "Severn Valley University", what="the international student guides")
    reply(inv, "Supplier Payments <supplierpayments@severnvalley.ac.uk>", "2026-12-08 11:40", "Europe/London", """Dear Supplier,

Thank you for your email. Your invoice has now been approved in Coupa. Our standard terms are 30 days from approval, and payment will be made on 7 January 2027.

Please do not reply to this mailbox directly regarding new orders.

Regards,
Supplier Payments Team
Finance Services, Severn Valley University""", quote="outlook", qkind="courtesy", prefix="RE: ", mid_style="outlook",
          kind="client-reply-promise", promised_date="2027-01-07",
          note="University finance team (human, templated tone) states the payment date; not a machine notice.")

    inv = Inv("tom", "INV-2026-137", 1950, "2026-12-01", "2026-12-31", "Sunset Strip Media LLC", what="the tour poster series")
    reply(inv, "Dev Malhotra <dev@sunsetstripmedia.com>", "2027-01-14 22:30", "America/Los_Angeles", """Tom my apologies, I'll pay it Friday.

Dev

Sent from my iPhone""", quote="iphone", mid_style="apple", kind="client-reply-promise", promised_date="2027-01-15",
          note="LA Thursday 22:30 = Friday 06:30 UTC: Friday is the next day (15 Jan), not a week later.")


# ==============================================================================================
# CLIENT DISPUTES
# ==============================================================================================
def dispute_batch():
    inv = Inv("callum", "FC-0151", 1450, "2026-11-05", "2026-12-05", "Pentland Spirits Ltd", what="the new website copy")
    reply(inv, "Catriona Blair <catriona@pentlandspirits.com>", "2026-12-08 10:22", "Europe/London", """Hi Callum,

I've just had a proper look at this. We agreed £1,200 for the site copy, not £1,450. The extra £250 for "additional revisions" was never discussed with me and I don't think two rounds of tweaks on the About page count as additional.

Please reissue at the agreed figure and we'll pay it straight away.

Thanks,
Catriona

Catriona Blair | Marketing Director
Pentland Spirits | Distilled in the Pentland Hills""", quote="gmail", kind="client-reply-dispute", amount="1200.00", currency="GBP",
          note="Wrong amount: agreed £1,200 not £1,450; 'we'll pay straight away' is conditional on reissue -> dispute; amount = the accepted £1,200.")

    inv = Inv("priya", "NLS-26-147", 1920, "2026-11-18", "2026-12-18", "Harrogate Events Ltd", what="interpreting, 12-13 November")
    reply(inv, "Oliver Sutcliffe <oliver@harrogateevents.co.uk>", "2026-12-22 09:30", "Europe/London", """Dear Priya,

The interpreting on day 2 was cancelled with 10 days' notice, which under your own terms means no charge. The invoice still bills both days.

Please send a credit note for £960 and we will pay the balance.

Regards,
Oliver Sutcliffe
Operations Manager, Harrogate Events""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-dispute",
          note="Wants a credit note for a cancelled day (£960 is the disputed part, not an amount paid).")

    inv = Inv("tom", "INV-2026-123", 1800, "2026-11-02", "2026-12-02", "Quayside Software Ltd", what="the logo and asset pack")
    reply(inv, "Rob Keane <rob@quaysidesoftware.ie>", "2026-12-04 15:12", "Europe/Dublin", """Tom,

We still don't have the logo in vector formats (SVG/EPS) or the dark-mode variants that were in the quote. Until we have the full asset pack as quoted we won't be processing this one.

Send them over and I'll push it through.

Rob""", quote="gmail", kind="client-reply-dispute", note="Work not delivered as quoted; payment withheld until it is.")

    inv = Inv("tom", "INV-2026-121", 720, "2026-11-06", "2026-12-06", "Wicklow Wool Co.", what="the autumn lookbook layout")
    reply(inv, "Maeve Byrne <accounts@wicklowwool.ie>", "2026-12-09 10:10", "Europe/Dublin", """Hi Tom,

This looks like a duplicate of INV-2026-104, which we paid in November. Same description, same amount. Can you check and cancel this one?

Thanks,
Maeve (no relation!)""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-dispute",
          note="'Duplicate of an invoice we already paid' = already billed -> dispute, even though 'paid' appears. Only the other invoice's number is written, so no reference.")

    inv = Inv("callum", "FC-0154", 1200, "2026-11-08", "2026-12-08", "Castlegate Events Ltd", what="the event microsite and animated banner")
    reply(inv, "Neil Drummond <neil@castlegateevents.co.uk>", "2026-12-11 16:45", "Europe/London", """Callum

We've paid £800 today for the parts that were delivered and working. The remaining £400 is for the animated banner, which still doesn't display on mobile. We'll pay that once it's fixed.

Neil""", quote="gmail", kind="client-reply-dispute", amount="800.00", currency="GBP",
          note="Partial payment + rest withheld until a defect is fixed = dispute; amount is what was paid.")

    inv = Inv("rhiannon", "RP1076", 1100, "2026-11-12", "2026-12-12", "Valley Outdoor Gear Ltd", what="the two-day catalogue shoot")
    reply(inv, "Mark Pritchard <mark@valleyoutdoorgear.co.uk>", "2026-12-15 11:30", "Europe/London", """Rhiannon,

We're not paying for the second day. The reshoot was needed because the first day's shots were underexposed, which is not anything on our side. We'll pay for one day.

Mark Pritchard
Marketing, Valley Outdoor Gear""", quote="gmail", kind="client-reply-dispute", note="Refuses to pay part: blames the photographer for the reshoot.")

    inv = Inv("alessandra", "45/2026", 6000, "2026-11-15", "2026-12-15", "Northstar Fintech, Inc.", what="the KYC onboarding flow")
    reply(inv, "Greg Halvorsen <greg@northstarfin.com>", "2026-12-17 13:05", "America/New_York", """Hi Alessandra,

Given the three-week slip on the final handoff, we'd expect a 15% discount on this invoice. Happy to pay the adjusted amount right away once you send a revised invoice.

Thanks,
Greg""", quote="gmail_us", kind="client-reply-dispute", note="Asks for a 15% discount for late delivery.")

    inv = Inv("rhiannon", "RP1072", 1300, "2026-11-01", "2026-12-01", "Margaret Bowen", client_kind="person",
              salutation="Dear Mrs Bowen,", what="the balance for Sian and Liam's wedding")
    reply(inv, "Margaret Bowen <margaretbowen@talktalk.net>", "2026-12-04 14:00", "Europe/London", """Dear Rhiannon,

I am sorry to have to write this but we will not be paying the balance until we have seen the retouched album. Half of the photographs of the top table have Uncle Wyn with his eyes shut, and the ones outside the chapel are nearly all blurred at the edges. You promised at the consultation that "nothing leaves the studio that isn't perfect".

Sian is very upset. I would like to speak to you on the telephone about what can be done.

Yours sincerely,
Margaret Bowen (Mrs)""", quote="none", kind="client-reply-dispute", note="Bride's mother withholds the balance over quality; also asks for a call.")

    inv = Inv("priya", "NLS-26-141", 1750, "2026-11-10", "2026-12-10", "Wyvern District Council", what="interpreting, 5 days")
    reply(inv, "Accounts Payable <accounts.payable@wyvern.gov.uk>", "2026-12-14 14:20", "Europe/London", """Dear Supplier,

The day rate on your invoice NLS-26-141 (£350.00) does not match the rate on the purchase order (£325.00), so the invoice has failed the three-way match and cannot be paid.

Please issue a credit note for the full invoice and re-invoice at the PO rate, quoting PO 4500098712.

Regards
Accounts Payable
Wyvern District Council, Council Offices, Market Street""", quote="outlook", prefix="RE: ", mid_style="outlook",
          kind="client-reply-dispute", reference="NLS-26-141", note="Council: rate does not match the PO; credit note and re-invoice.")

    inv = Inv("callum", "FC-0156", 2400, "2026-11-11", "2026-12-11", "Braemar Housing Co-operative", what="the annual report")
    body = """Dear Callum,

Your invoice shows £2,000 plus VAT at 20% (£2,400). Our agreement, confirmed by email on 2 September, was for £2,000 inclusive of VAT. Could you please re-issue it at £2,000 and we'll get it paid?

Many thanks,
Fiona Reid
Finance Officer, Braemar Housing Co-operative"""
    reply(inv, "Fiona Reid <finance@braemarhousing.coop>", "2026-12-16 10:55", "Europe/London", body, quote="outlook",
          fmt="html", prefix="RE: ", mid_style="outlook", cte="base64", kind="client-reply-dispute",
          amount="2000.00", currency="GBP",
          note="VAT inclusive vs exclusive, accepts £2,000; HTML-only, base64 body.")

    inv = Inv("alessandra", "48/2026", 3360, "2026-12-01", "2026-12-31", "Pinecone Labs", what="the landing page design (hourly)")
    reply(inv, "Noah Feldman <noah@pineconelabs.dev>", "2027-01-05 12:40", "America/Denver", """Hey Alessandra,

42h for the landing page seems high, we scoped 30. Can you send a breakdown? I'll pay the 30h now and we can sort out the rest once I see where the extra 12 went.

Noah""", quote="gmail_us", kind="client-reply-dispute",
          note="Contests hours (42 vs 30), pays the undisputed part -> dispute; no amount in currency stated.")

    inv = Inv("priya", "NLS-26-148", 1350, "2026-11-19", "2026-12-19", "Aravind Textiles Exports", what="the German and French catalogue")
    reply(inv, "Sundar Raman <purchase@aravindtextiles.in>", "2026-12-24 11:45", "Asia/Kolkata", """Dear Madam,

Kindly note that as per our Purchase Order no. ATE/PO/2026/1187, the amount is inclusive of all charges. However your invoice shows an additional GBP 150 towards "rush fee" which is not as per PO.

Kindly revise the invoice accordingly and resend the same for processing at the earliest.

Thanks & regards,
Sundar Raman
Purchase Dept.
Aravind Textiles Exports, Tiruppur""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-dispute",
          note="Indian formal: charge not as per PO, 'kindly revise'.")

    inv = Inv("tom", "INV-2026-132", 3500, "2026-11-15", "2026-12-15", "Paygrid Technologies Ltd", what="the brand guidelines")
    reply(inv, "Ifeoma Chukwu <ifeoma.chukwu@paygrid.ng>", "2026-12-18 09:25", "Africa/Lagos", """Dear Tom,

Thank you for your mail.

We are not satisfied with the deliverables. The brand guidelines document is incomplete, the iconography section and the motion principles were not delivered as contained in the signed proposal. We are therefore withholding payment pending completion of the outstanding items.

Kindly revert with a timeline.

Best regards,
Ifeoma Chukwu
Head of Brand, Paygrid Technologies
Abuja, Nigeria""", quote="gmail", kind="client-reply-dispute", note="Nigerian formal; deliverables incomplete, payment withheld.")

    inv = Inv("lucia", "2026-064", 1400, "2026-12-01", "2026-12-31", "Islas Travel Co.", what="the November and December retainer")
    reply(inv, "Camille Reyes <camille@islastravel.ph>", "2027-01-04 13:30", "Asia/Manila", """Hi Ma'am Lucia,

Happy New Year po! Regarding invoice 2026-064, it includes the December retainer, but we ended the contract last November 20 po as per our email to you. Kindly revise the invoice to November only.

Thank you po!
Camille""", quote="gmail", kind="client-reply-dispute", reference="2026-064",
          note="Filipino; bills a month after termination -> dispute.")

    inv = Inv("tom", "INV-2026-134", 2000, "2026-11-20", "2026-12-20", "Plateau Studio Inc.", what="the festival identity")
    reply(inv, "Julien Tremblay <julien@plateaustudio.ca>", "2027-01-06 11:00", "America/Toronto", """Hi Tom,

The quote we signed was $2,000 CAD, but the invoice is for €2,000, which is about 45% more. Can you reissue in CAD as quoted?

Merci,
Julien""", quote="gmail_us", kind="client-reply-dispute", note="Montreal: currency differs from the quote.")

    inv = Inv("lucia", "2026-062", 2200, "2026-11-25", "2026-12-25", "Swellbound Surf Co.", what="the capsule collection artwork")
    reply(inv, "Brodie Walsh <brodie@swellbound.com.au>", "2027-01-08 08:10", "Australia/Brisbane", """Mate we never got the final files. Not paying till we do.""",
          quote="iphone", mid_style="apple", kind="client-reply-dispute", note="Australian one-liner refusal until files delivered.")

    inv = Inv("rhiannon", "RP1075", 850, "2026-11-13", "2026-11-27", "Morgan Kemble Estate Agents", what="the property photography (November)")
    reply(inv, "Huw Kemble <huw@morgankemble.co.uk>", "2026-12-09 17:20", "Europe/London", """Rhiannon,

Late payment fee? Absolutely not. We paid RP1075 on Monday, a few days late, and you're now charging us £70 compensation plus interest. We won't be paying that, and frankly it makes us reconsider using you for the spring listings.

Huw Kemble
Director, Morgan Kemble Estate Agents, Swansea""", quote="outlook", prefix="RE: ", mid_style="outlook", qkind="late_fee",
          qwhen="2026-12-07 09:10", qargs={"deadline": "2026-12-14", "fees": "GB"}, kind="client-reply-dispute", reference="RP1075",
          note="Says the invoice was paid but refuses the statutory late fee -> dispute > paid.")

    inv = Inv("callum", "FC-0153", 600, "2026-11-09", "2026-12-09", "Tay Street Lettings", what="October blog posts")
    reply(inv, "Gillian Soutar <gillian@taystreetlettings.co.uk>", "2026-12-11 12:05", "Europe/London", """Hi Callum,

I think you've billed us twice for the October blog posts? They're on FC-0141 (which we paid) and again on this one. Can you have a look?

Gillian""", quote="gmail", kind="client-reply-dispute",
          note="Double billing (already billed); phrased as a question but contests the invoice. Names the other invoice only.")

    inv = Inv("callum", "FC-0148", 250, "2026-10-24", "2026-11-23", "Musselburgh Colts FC", what="the crest redraw and kit mock-ups")
    reply(inv, "Tam Wallace <musselburghcolts@gmail.com>", "2026-12-01 20:40", "Europe/London", """Callum

Committee says we agreed £150 as a favour for the club, not £250. Happy to send the £150 now if you're OK with that.

Tam
Treasurer""", quote="android", kind="client-reply-dispute", amount="150.00", currency="GBP",
          note="Football club treasurer accepts only £150 of £250 -> dispute; amount is the accepted figure.")

    inv = Inv("rhiannon", "RP1080", 240, "2026-12-01", "2026-12-15", "St Non's Church, St Davids", what="the Advent carol service photographs")
    reply(inv, "Rev. Mererid Owen <vicar.stnons@churchinwales.org.uk>", "2026-12-18 10:15", "Europe/London", """Dear Rhiannon,

Thank you for the beautiful photographs of the carol service.

I'm afraid there has been a misunderstanding. I had understood from our conversation at the Harvest supper that you were kindly offering them as a gift to the parish, and the PCC has no budget for photography this year. I'm so sorry if I misread you. Perhaps we could talk?

Yours in Christ,
Mererid

The Revd Mererid Owen
Ficer, Plwyf Tyddewi / Vicar, Parish of St Davids""", quote="none", kind="client-reply-dispute",
          note="Vicar politely contests owing anything (thought it was a gift); soft tone but a refusal.")

    inv = Inv("alessandra", "53/2026", 4200, "2026-12-15", "2027-01-14", "Quillfeather, Inc.", what="the editor redesign")
    reply(inv, "Ava Lindqvist <ava@quillfeather.app>", "2027-01-19 09:30", "America/New_York", """Hi Alessandra,

We'll pay half on Friday. The other half when the export flow bug in the prototype is fixed, it's blocking our usability testing and that was part of the scope.

Ava""", quote="gmail_us", kind="client-reply-dispute",
          note="Half promised for Friday, half withheld until a defect is fixed -> dispute (partial + contest); promised date left out for a dispute.")

    inv = Inv("tom", "INV-2026-120", 2900, "2026-09-30", "2026-10-30", "Ashdown Interiors Ltd", what="the showroom campaign")
    reply(inv, "Richard Ashdown <richard@ashdowninteriors.co.uk>", "2026-12-02 18:05", "Europe/London", """Mr Byrne,

We dispute this debt in its entirety. The project was cancelled in September, as confirmed in my email of 14/09, before any of the campaign work was delivered.

Any further correspondence on this matter should be addressed to our solicitors, Hale & Perrin LLP.

Richard Ashdown
Managing Director""", quote="outlook", prefix="RE: ", mid_style="outlook", qkind="final",
          qargs={"deadline": "2026-12-15", "fees": "IE"}, kind="client-reply-dispute", note="Firm refusal in reply to a final notice; solicitor mentioned.")

    inv = Inv("priya", "NLS-26-149", 2880, "2026-12-02", "2027-01-01", "Brightwater Agency LLC", cur="$", what="the Portuguese website translation")
    body = """Hi Priya,

Per our records the source word count was 8,200, not 9,600. See below:

Batch 1 (home, about, services): 3,100
Batch 2 (case studies): 3,400
Batch 3 (blog, 4 posts): 1,700
Total: 8,200

At $0.30/word that's $2,460, not $2,880. Please send an updated invoice and we'll pay that.

Thanks!
Carly Jensen
Localization PM, Brightwater Agency"""
    html = ('<div dir="ltr"><div>Hi Priya,</div><div><br></div><div>Per our records the source word count was 8,200, not 9,600. See below:</div>'
            '<div><br></div><table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial"><tr><th>Batch</th><th>Words</th></tr>'
            '<tr><td>Batch 1 (home, about, services)</td><td>3,100</td></tr><tr><td>Batch 2 (case studies)</td><td>3,400</td></tr>'
            '<tr><td>Batch 3 (blog, 4 posts)</td><td>1,700</td></tr><tr><td><b>Total</b></td><td><b>8,200</b></td></tr></table>'
            '<div><br></div><div>At $0.30/word that&#39;s $2,460, not $2,880. Please send an updated invoice and we&#39;ll pay that.</div><div><br></div>'
            '<div>Thanks!</div><div>Carly Jensen</div><div>Localization PM, Brightwater Agency</div></div>\n')
    reply(inv, "Carly Jensen <carly@brightwater.agency>", "2027-01-05 14:15", "America/New_York", body, html=html,
          quote="gmail_us", fmt="alt", kind="client-reply-dispute", amount="2460.00", currency="USD",
          note="Word-count dispute with an HTML table; $2,460 is the figure they accept to pay.")

    inv = Inv("tom", "INV-2026-136", 2480, "2026-11-24", "2026-12-24", "Mourne Outdoor Ltd", what="the trail map series")
    reply(inv, "Ciaran Magee <ciaran@mourneoutdoor.com>", "2027-01-07 10:40", "Europe/London", """Hi Tom,

We accept the invoice minus the travel expenses, which weren't agreed in advance. We'll pay €2,150 instead of €2,480.

Ciaran""", quote="gmail", kind="client-reply-dispute", amount="2150.00",
          note="Accepts a reduced amount, contests travel expenses -> dispute; amount = the accepted €2,150.")

    inv = Inv("lucia", "2026-063", 900, "2026-11-28", "2026-12-28", "Brunswick Beer Co.", what="the point-of-sale artwork licence")
    reply(inv, "Lachie Moore <lachie@brunswickbeer.com.au>", "2027-01-11 12:20", "Australia/Melbourne", """Hi Lucía,

Had a look at 2026-063. Our licence covers web and packaging, and as far as we're concerned the bar posters and coasters are packaging-adjacent. We don't accept an extra €900 for point-of-sale. Happy to jump on a call to talk it through.

Cheers,
Lachie""", quote="gmail", kind="client-reply-dispute", reference="2026-063",
          note="Licence-scope dispute, offer of a call.")

    inv = Inv("alessandra", "43/2026", 2600, "2026-11-18", "2026-12-18", "Glimmer Inc.", what="the November design sprint")
    reply(inv, "Theo <theo@glimmer.so>", "2026-12-21 15:02", "America/Los_Angeles", """this isn't right, we paused the project mid-nov. can you reissue for oct work only?""",
          quote="gmail_us", kind="client-reply-dispute", note="Slack-style lowercase; billed for a paused period.")

    inv = Inv("callum", "FC-0164", 3000, "2026-12-01", "2026-12-31", "Fife Council", what="consultancy, 12 days")
    reply(inv, "Creditors Section <creditors@fife.gov.uk>", "2027-01-12 11:25", "Europe/London", """Dear Sir/Madam

Invoice FC-0164 is on hold. The invoice quantity is 12 days but only 10 days have been goods-receipted against the purchase order by the requisitioner.

Please issue a credit note for the 2 days difference (£500.00) or contact the requisitioner to confirm the additional days were authorised.

Regards

Creditors Section
Finance Service, Fife Council""", quote="original", prefix="RE: ", mid_style="outlook", kind="client-reply-dispute",
          reference="FC-0164", note="Council: quantity above GRN; credit note for 2 days requested (£500 is disputed, not paid).")


# ==============================================================================================
# OTHER HUMAN REPLIES (questions, admin, forwarding, small talk)
# ==============================================================================================
def other_batch():
    inv = Inv("tom", "INV-2026-138", 640, "2026-12-02", "2027-01-01", "Howth Harbour Deli", what="the menu boards")
    reply(inv, "Ciara Boland <ciara@howthharbourdeli.ie>", "2027-01-05 09:50", "Europe/Dublin", """Hi Tom,

Can you resend the invoice? I can't find it anywhere, I think it went to our old info@ address which nobody checks anymore.

Thanks,
Ciara""", quote="gmail", kind="client-reply-other", note="Asks to resend the invoice; no payment claim.")

    inv = Inv("priya", "NLS-26-151", 860, "2026-12-03", "2027-01-02", "Thamesmead Borough Council", what="the housing repair notices")
    reply(inv, "Invoice Processing Team <invoices@thamesmead.gov.uk>", "2027-01-06 13:10", "Europe/London", """Dear Supplier

We are unable to process your invoice as it does not quote a valid Purchase Order number. The Council operates a 'No PO, No Pay' policy.

Please obtain a PO number from the officer who placed the order and re-submit the invoice quoting it to invoices@thamesmead.gov.uk.

Regards
Invoice Processing Team
Thamesmead Borough Council""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-other",
          note="Council 'No PO, No Pay': needs a PO number; admin, not a dispute of the amount.")

    inv = Inv("alessandra", "54/2026", 1500, "2026-12-18", "2027-01-17", "Sprout Robotics", what="the app icon set")
    reply(inv, "Jess Moreno <jess@sproutrobotics.com>", "2027-01-19 10:02", "America/New_York", """Looping in AP (cc'd). Jen, can you take a look at this one? Thanks!

Jess""", quote="gmail_us", cc="Jen Alvarez <ap@sproutrobotics.com>", kind="client-reply-other",
          note="'Looping in AP' with cc; no claim about payment.")

    inv = Inv("callum", "FC-0165", 1100, "2026-12-03", "2027-01-02", "Meadows Yoga Studio", what="the website relaunch copy")
    reply(inv, "Isla Ferguson <isla@meadowsyoga.co.uk>", "2027-01-07 12:33", "Europe/London", """Hi Callum,

Quick one before we do anything: we got an email yesterday, supposedly from you, saying your bank details have changed to a Revolut account. Is that genuine? We got stung by one of these last year so I'd rather check. Could you give me a ring on 0131 496 0734?

Isla""", quote="gmail", kind="client-reply-other",
          note="Possible invoice-fraud check (new IBAN?); asks to confirm by phone, no payment claim or promise.")

    inv = Inv("lucia", "2026-069", 620, "2026-12-10", "2027-01-09", "Quokka Kids Pty Ltd", what="the activity book illustrations")
    reply(inv, "Ruby Chen <accounts@quokkakids.com.au>", "2027-01-12 15:20", "Australia/Sydney", """Hi Lucía,

We have three invoices from you in the system and none of them match the PO numbers we issued. Which one is this for? If you can send the PO number against each we'll get them matched.

Thanks,
Ruby""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-other",
          note="'Which invoice is this?' + PO numbers; question only.")

    inv = Inv("priya", "NLS-26-152", 540, "2026-12-04", "2027-01-03", "Greenleaf Legal LLP", what="the Polish witness statement")
    reply(inv, "Amira Haddad <amira.haddad@greenleaflegal.co.uk>", "2026-12-04 14:30", "Europe/London", """Received with thanks, I've passed it to our finance team.

Amira""", quote="outlook", qkind="invoice", qwhen="2026-12-04 09:30", prefix="RE: ", mid_style="outlook", kind="client-reply-other",
          note="'Received with thanks, passed to finance' in reply to the invoice mail itself.")

    inv = Inv("rhiannon", "RP1086", 700, "2026-12-09", "2027-01-08", "Wild Fern Skincare", what="the product flat lays")
    reply(inv, "Tegan Lloyd <tegan@wildfernskincare.co.uk>", "2027-01-11 10:05", "Europe/London", """Hi Rhiannon!

Random one but are you free to shoot our spring launch on 12 March? It'd be the new bath oil range, probably half a day in the studio plus a couple of lifestyle shots at the beach in Southerndown if the weather plays ball.

Let me know your day rate for 2027 and I'll get a PO raised.

Tegan""", quote="gmail", kind="client-reply-other", note="Reply to a reminder that only talks about new work.")

    inv = Inv("tom", "INV-2026-139", 1700, "2026-12-07", "2027-01-06", "Liffey Legal Tech", what="the product screenshots and icons")
    reply(inv, "Eoin Brady <eoin@liffeylegal.tech>", "2027-01-08 16:15", "Europe/Dublin", """Tom, can we have a quick call about this tomorrow morning? There's something on our side I need to explain and it's easier by phone. Any time after 10.

Eoin""", quote="gmail", kind="client-reply-other", note="Asks for a call, no claim.")

    inv = Inv("alessandra", "55/2026", 2300, "2026-12-20", "2027-01-19", "Brightside Health, Inc.", cur="$", what="the patient portal wireframes")
    reply(inv, "Vendor Management <vendors@brightsidehealth.com>", "2027-01-21 12:00", "America/Chicago", """Hello,

Before we can release payment to an international vendor, we need a completed IRS Form W-8BEN (or W-8BEN-E if you invoice through a company) on file. Please complete the attached form and return it to vendors@brightsidehealth.com.

Thank you,
Vendor Management
Brightside Health""", quote="outlook_us", prefix="RE: ", mid_style="outlook_us", attach=[pdf("fw8ben.pdf", "Form W-8BEN")],
          kind="client-reply-other", note="US tax form needed before payment; admin question, not a promise.")

    inv = Inv("alessandra", "42/2026", 2800, "2026-11-10", "2026-12-10", "Nimbus Cloudworks Pvt. Ltd.", what="the admin console redesign")
    reply(inv, "Anjali Kulkarni <anjali.k@nimbuscloudworks.in>", "2026-12-14 15:05", "Asia/Kolkata", """Dear Alessandra,

Greetings!

Kindly share the invoice in the name of our Indian entity, Nimbus Cloudworks Pvt. Ltd., mentioning our GSTIN 27AABCN1234F1Z5 and the LUT details, as the same is mandatory for processing of import of services.

Request you to do the needful and revert at the earliest.

Regards,
Anjali Kulkarni
Finance & Compliance""", quote="gmail", kind="client-reply-other",
          note="Indian: asks for the invoice with GSTIN (admin, not contesting); 'do the needful and revert'.")

    inv = Inv("priya", "NLS-26-153", 1180, "2026-12-04", "2027-01-03", "Delta Crest Energy Ltd", what="the Hausa safety manual")
    reply(inv, "Emeka Eze <emeka.eze@deltacrestenergy.ng>", "2027-01-06 11:30", "Africa/Lagos", """Good morning Priya,

Kindly do the needful and send your full bank details with the SWIFT code and the bank address, as our bank requires same for the domiciliary transfer. The details on the invoice are not sufficient for them.

Regards,
Emeka Eze
Procurement""", quote="gmail", kind="client-reply-other", note="Nigerian: asks for bank details; no promise.")

    inv = Inv("lucia", "2026-070", 780, "2026-12-11", "2027-01-10", "Sarap Foods Inc.", what="the packaging illustrations")
    reply(inv, "Jenny Villanueva <jenny.v@sarapfoods.ph>", "2027-01-13 14:40", "Asia/Manila", """Hi Ma'am Lucia, good afternoon!

May we request a soft copy of the signed contract po, and also your BIR-equivalent tax certificate, for our finance's requirements? They cannot process the invoice without it po.

Thank you so much!
Jenny""", quote="gmail", kind="client-reply-other", note="Filipino: document request before processing.")

    # forwarded to a colleague, owner in cc
    inv = Inv("tom", "INV-2026-117", 1300, "2026-10-10", "2026-11-09", "Blackrock Physio", what="the summer campaign posters")
    reply(inv, "Siobhán Kelly <siobhan@blackrockphysio.ie>", "2026-11-13 09:20", "Europe/Dublin", """Hi Jen,

Can you look at this one? I think it's the one from the summer posters. Tom cc'd.

Thanks,
Siobhán""", quote="fwd", subject="Fwd: Reminder: invoice INV-2026-117 overdue", to="Jennifer Casey <jen@blackrockphysio.ie>",
          cc="Tom Byrne <tom@byrnedesign.ie>", kind="client-reply-other",
          note="Client forwards the reminder to a colleague, owner only in Cc; no claim.")

    inv = Inv("rhiannon", "RP1089", 1250, "2026-12-13", "2027-01-12", "Glenys Parry", client_kind="person",
              salutation="Dear Glenys,", what="the balance for Nia and Jac's wedding")
    reply(inv, "Glenys Parry <glenys.parry@btinternet.com>", "2027-01-15 14:10", "Europe/London", """Dear Rhiannon

Can I pay by card? I’m hopeless with the online banking and Nia’s away skiing so she can't show me. I tried the link but it asked for something called a postcode lookup and then went blank.

Glenys""", quote="none", charset="windows-1252", cte="8bit", kind="client-reply-other",
          note="Bride's mother asks how to pay by card; no promise or claim; windows-1252 8bit.")

    inv = Inv("callum", "FC-0166", 380, "2026-12-06", "2027-01-05", "Cramond Kirk", what="the Christmas appeal leaflet")
    reply(inv, "Rev. Donald MacKay <minister@cramondkirk.org.uk>", "2027-01-08 11:45", "Europe/London", """Dear Callum

Which account name should the payment go to exactly? Our treasurer tells me that the bank is now checking names against accounts, and "Fraser Creative" is apparently not matching. Is it a limited company?

Every blessing,
Donald""", quote="gmail", kind="client-reply-other", note="Church minister's question about the payee name (Confirmation of Payee).")

    inv = Inv("callum", "FC-0167", 180, "2026-12-10", "2027-01-09", "Corstorphine Rovers AFC", what="the fixtures poster")
    reply(inv, "Kev Stewart <corstorphinerovers@gmail.com>", "2027-01-12 21:15", "Europe/London", """Callum do you take cash? The club card got cancelled after a fraud thing and the new one hasnae come through yet.

Kev""", quote="gmail", kind="client-reply-other", note="Football club asks if cash is accepted; no date, no promise.")

    inv = Inv("callum", "FC-0168", 2500, "2026-12-09", "2027-01-08", "Lothian Care Partnership", what="the recruitment campaign")
    reply(inv, "Karen Thomson <karen.thomson@lothiancare.org.uk>", "2027-01-11 09:35", "Europe/London", """Morning Callum,

Could you split the invoice into two, please? Our finance team need it against two cost centres: 60% Recruitment (CC 4410) and 40% Communications (CC 4120). Same total, just two invoices.

Thanks
Karen""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-other",
          note="Wants the same total split over two invoices: admin request, amount not contested.")

    inv = Inv("tom", "INV-2026-141", 850, "2026-12-14", "2027-01-13", "Dalkey Book Festival", what="the programme cover")
    reply(inv, "Lorraine Fitz <lorraine@dalkeybookfest.ie>", "2027-01-15 17:05", "Europe/Dublin", """Hi Tom, has this not been paid? Let me check with finance and come back to you.

L""", quote="iphone", mid_style="apple", kind="client-reply-other",
          note="'Has this not been paid? Let me check' - no claim either way.")

    inv = Inv("priya", "NLS-26-154", 1640, "2026-12-08", "2027-01-07", "Caledonia Pharma Ltd", what="the Italian patient information leaflets")
    reply(inv, "Procurement <procurement@caledoniapharma.co.uk>", "2026-12-09 08:55", "Europe/London", """Thank you, invoice received and submitted for approval.

Regards,
Procurement Team""", quote="outlook", qkind="invoice", qwhen="2026-12-08 16:20", prefix="RE: ", mid_style="outlook", kind="client-reply-other",
          note="'Received and submitted for approval': acknowledgement, no promise.")

    inv = Inv("callum", "FC-0144", 950, "2026-10-15", "2026-11-14", "Bruntsfield Optics", what="the website copy")
    reply(inv, "Alan Moffat <alan@moffataccountancy.co.uk>", "2027-01-14 10:20", "Europe/London", """Dear Callum

I'm the accountant for Bruntsfield Optics. To reconcile their purchase ledger for the year end, could you please send me a statement of account showing all invoices and payments for the calendar year to 31 December 2026?

Kind regards
Alan Moffat FCCA
Moffat Accountancy""", quote="none", kind="client-reply-other", note="Accountant asks for a statement of account.")

    inv = Inv("tom", "INV-2026-142", 520, "2026-12-16", "2027-01-15", "Kinsale Sailing Club", what="the regatta poster")
    reply(inv, "Mark Duggan <mark.duggan@kinsalesc.ie>", "2027-01-18 19:40", "Europe/Dublin", """Tom

Please take me off these reminders, I'm no longer on the committee. The new treasurer is Paul Crowley, paul.crowley@kinsalesc.ie, he'll deal with it.

Mark""", quote="gmail", kind="client-reply-other", note="Not the right contact anymore; redirects to the new treasurer (a human, not an auto-reply).")

    inv = Inv("lucia", "2026-060", 1350, "2026-11-30", "2026-12-30", "Harbour & Vine Media", what="the editorial illustrations")
    reply(inv, "Olivia Grant <olivia.grant@harbourvine.com.au>", "2027-01-05 11:15", "Australia/Sydney", """Hi Lucía,

I've just started in the role; Sarah, who handled this, has left the company. Could you tell me what this invoice was for and send me the original PDF and any PO it relates to? I'll then get it into our system.

Thanks so much,
Olivia Grant
Finance Coordinator""", quote="outlook", prefix="RE: ", mid_style="outlook", kind="client-reply-other",
          note="New person in the role asks what the invoice is for.")

    inv = Inv("alessandra", "56/2026", 3000, "2026-12-21", "2027-01-20", "Gridlock Games", what="the onboarding screens")
    reply(inv, "Harper Quinn <harper@gridlockgames.com>", "2027-01-22 13:00", "America/Los_Angeles", """Hi Alessandra,

Heads up: Gridlock was acquired by Tidal Interactive at the end of December. Going forward please address invoices to Tidal Interactive LLC, 500 Howard St, San Francisco, CA 94105, and send them to payables@tidalinteractive.com. I'll let you know once I know how the existing ones will be handled.

Harper""", quote="gmail_us", kind="client-reply-other", note="Company acquired; new billing address for future invoices; nothing about paying this one.")

    inv = Inv("callum", "FC-0169", 450, "2026-12-14", "2027-01-13", "Kirriemuir Garden Centre", what="the leaflet copy")
    reply(inv, "Sandy Ogilvie <sandy@kirriegardencentre.co.uk>", "2027-01-15 13:50", "Europe/London", """Callum, is this the one for the leaflets or the website? We've got two fae ye and I cannae mind which is which.

Sandy""", quote="gmail", kind="client-reply-other", note="Scots 'which invoice is this?'.")

    inv = Inv("rhiannon", "RP1078", 480, "2026-11-25", "2026-12-09", "Anwen Jones", client_kind="person", what="your family shoot")
    reply(inv, "Anwen Jones <anwenjones@gmail.com>", "2026-12-12 09:30", "Europe/London", """You're welcome! Loved them all, see you at the next one xx""",
          quote="gmail", qkind="thank_you", qargs={"paid_on": "2026-12-11"}, kind="client-reply-other",
          note="Reply to the thank-you-for-your-payment letter: pleasantry only; the payment wording is in the quote, not hers.")


# ==============================================================================================
# MACHINE MAIL
# ==============================================================================================
def brand_html(brand, color, title, rows=(), paras=(), footer="", pre=""):
    r = "".join(f'<tr><td style="padding:6px 0;color:#555">{esc(k)}</td><td style="padding:6px 0;text-align:right">'
                f'<b>{esc(v)}</b></td></tr>' for k, v in rows)
    p = "".join(f'<p style="margin:0 0 14px 0">{esc(x)}</p>' for x in paras)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
            f'<title>{esc(title)}</title></head><body style="margin:0;background:#f4f4f4">'
            f'<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#222">'
            f'<tr><td style="background:{color};color:#fff;padding:18px 24px;font-size:20px;font-weight:bold">{esc(brand)}</td></tr>'
            f'<tr><td style="padding:24px">{pre}<h1 style="font-size:22px;margin:0 0 16px 0">{esc(title)}</h1>{p}'
            f'<table width="100%" style="border-top:1px solid #eee;margin-top:8px">{r}</table></td></tr>'
            f'<tr><td style="padding:16px 24px;font-size:11px;color:#888;border-top:1px solid #eee">{esc(footer)}</td></tr>'
            f'</table></td></tr></table></body></html>\n')


def rcvd(host, ip, by, when_s):
    return ("Received", f"from {host} ({host} [{ip}])\n\tby {by} with ESMTPS id {_h(host)[:12]}\n\tfor <x>; {when_s}")


def original_reminder(inv, to_addr, when, kind="reminder", qargs=None, headers_only=False):
    o = inv.o
    qdt = when_dt(when, o.tz)
    if kind in ("reminder", "late_fee", "final"):
        _chk(qdt.date() > inv.due, (inv.number, kind, "original not after due date"))
    if kind == "courtesy":
        _chk(qdt.date() < inv.due, (inv.number, "original courtesy not before due date"))
    INVREG.setdefault((o.key, inv.number), set()).add(inv.client_name)
    txt = letter(kind, inv, qdt.date(), **(qargs or {}))
    hs = [("From", addr(o.name, o.addr)), ("To", to_addr), ("Subject", enc_header(letter_subject(kind, inv))),
          ("Date", rfcdate(qdt)), ("Message-ID", mid("mailduns", o.domain)), ("X-Mailer", "mailduns")]
    b = build(hs, T(txt))
    if headers_only:
        return b.split(b"\n\n", 1)[0] + b"\n"
    return b


def machine_batch():
    # ---------------- payment notifications (money IN) ----------------
    o = OWNERS["priya"]
    txt = """HSBC UK

Incoming payment alert

Dear Customer,

A payment has been credited to your account.

Account:      NAIR LANGUAGE SERVICES LTD ****4821
Amount:       GBP 1,480.00
From:         LB HACKNEY
Reference:    NLS-26-136
Date:         04 Dec 2026
Payment type: Faster Payment

To view your balance, log on to HSBC Business Internet Banking.

This is an automatically generated email, please do not reply. HSBC UK will never ask you to confirm your security details by email.

HSBC UK Bank plc. Registered in England and Wales number 9928412. Registered Office: 1 Centenary Square, Birmingham, B1 1HQ. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority."""
    fresh("HSBC UK <alerts@email.hsbc.co.uk>", addr(o.name, o.addr), "2026-12-04 06:02", "Europe/London",
          "Incoming payment alert", T(txt), mid_style="generic", kind="payment-notification", amount="1480.00",
          currency="GBP", reference="NLS-26-136", note="HSBC business incoming Faster Payment alert; money in from a council.")

    o = OWNERS["callum"]
    html = brand_html("Starling Bank", "#6935D3", "You've been paid £450.00",
                      [("From", "STRATHEARN VETS"), ("Reference", "FC-0149"), ("Into", "Fraser Creative Ltd ••67"),
                       ("When", "Wed 9 Dec 2026, 11:02")],
                      ["Nice! Money's landed in your business account."],
                      "Starling Bank Limited is registered in England and Wales (No. 09092149). Authorised by the PRA and regulated by the FCA and PRA.")
    txt = """You've been paid £450.00

Nice! Money's landed in your business account.

From: STRATHEARN VETS
Reference: FC-0149
Into: Fraser Creative Ltd ••67
When: Wed 9 Dec 2026, 11:02

Starling Bank Limited is registered in England and Wales (No. 09092149)."""
    fresh("Starling Bank <no-reply@starlingbank.com>", addr(o.name, o.addr), "2026-12-09 11:03", "Europe/London",
          "You've been paid £450.00", alt(txt, html), mid_style="generic", kind="payment-notification", amount="450.00",
          currency="GBP", reference="FC-0149", note="Starling 'You've been paid' with £ in the subject.")

    o = OWNERS["rhiannon"]
    txt = """Money in

£1,150.00 from C JENKINS

Reference: RP1066 WEDDING BAL
Account: Rhiannon Pryce Photography (Tide)
Received: 17/11/2026 21:49

Open the Tide app to see your transactions and match this payment to an invoice.

Tide is a trading name of Tide Platform Ltd. Tide business current accounts are provided by ClearBank Ltd."""
    html = brand_html("tide", "#1929D6", "Money in", [("Amount", "£1,150.00"), ("From", "C JENKINS"),
                      ("Reference", "RP1066 WEDDING BAL"), ("Received", "17/11/2026 21:49")],
                      ["Open the Tide app to see your transactions and match this payment to an invoice."],
                      "Tide is a trading name of Tide Platform Ltd. Tide business current accounts are provided by ClearBank Ltd.")
    fresh("Tide <hello@tide.co>", addr(o.name, o.addr), "2026-11-17 21:50", "Europe/London", "Money in: £1,150.00",
          alt(txt, html), mid_style="generic", kind="payment-notification", amount="1150.00", currency="GBP",
          reference="RP1066", note="Tide 'Money in' from the bride's mother's own account (name differs from client).")

    o = OWNERS["tom"]
    txt = """Patchwork Labs Inc. sent you a payment

Amount: €2,800.00 EUR
Sent from: Patchwork Labs Inc.
Payment method: International wire
Memo: INV-2026-135
Sent on: January 4, 2027
Estimated arrival: January 6, 2027

International wires usually take 1-3 business days to arrive, depending on the recipient bank.

Questions about this payment? Reply to this email to contact Patchwork Labs Inc.

Mercury is a financial technology company, not a bank. Banking services provided by Choice Financial Group and Column N.A., Members FDIC."""
    html = brand_html("Mercury", "#1c1c1c", "Patchwork Labs Inc. sent you a payment",
                      [("Amount", "€2,800.00 EUR"), ("Payment method", "International wire"), ("Memo", "INV-2026-135"),
                       ("Sent on", "January 4, 2027"), ("Estimated arrival", "January 6, 2027")],
                      ["International wires usually take 1-3 business days to arrive, depending on the recipient bank."],
                      "Mercury is a financial technology company, not a bank. Banking services provided by Choice Financial Group and Column N.A., Members FDIC.")
    fresh("Mercury <notifications@mercury.com>", addr(o.name, o.addr), "2027-01-04 14:05", "America/Los_Angeles",
          "Patchwork Labs Inc. sent you €2,800.00", alt(txt, html), mid_style="generic", reply_to="sam@patchworklabs.co",
          kind="payment-notification", amount="2800.00", reference="INV-2026-135",
          note="Mercury recipient notice: the payer sent a wire to the freelancer (money coming in), Reply-To the payer.")

    o = OWNERS["alessandra"]
    txt = """Tessellate AI, Inc. has sent you a payment

Hi Alessandra Rossi,

Tessellate AI, Inc. has sent you a payment of €5,200.00 via international wire.

Payment details
Amount: €5,200.00
Invoice number: 46/2026
Payment date: Dec 16, 2026
Expected delivery: 2-4 business days

If you have questions about this payment, please contact Tessellate AI, Inc. directly.

Brex Inc., 405 Howard St, San Francisco, CA 94105"""
    fresh("Brex <payments@brex.com>", addr(o.name, o.addr), "2026-12-16 10:41", "America/Los_Angeles",
          "You have a payment from Tessellate AI, Inc.", T(txt), mid_style="generic", kind="payment-notification",
          amount="5200.00", reference="46/2026", note="Brex vendor-payment notice to the payee.")

    o = OWNERS["priya"]
    txt = """Hi Priya,

You've received a payment of USD 2,150.00 from Northwind Health Inc.

Payment description: NLS-26-138
Date: Dec 02, 2026
The funds are now available in your Payoneer USD balance.

Thanks,
The Payoneer Team

Payoneer Europe Limited is authorised by the Central Bank of Ireland as an electronic money institution."""
    fresh("Payoneer <no-reply@payoneer.com>", addr(o.name, o.addr), "2026-12-02 15:20", "Europe/London",
          "You've received a payment from Northwind Health Inc.", T(txt), mid_style="generic",
          kind="payment-notification", amount="2150.00", currency="USD", reference="NLS-26-138",
          note="Payoneer USD receipt.")

    o = OWNERS["tom"]
    html = brand_html("Square", "#000000", "Invoice #INV-2026-143 has been paid",
                      [("Customer", "Bray Bike Repairs"), ("Amount paid", "€450.00"), ("Payment method", "Visa •••• 4417"),
                       ("Paid on", "12 Jan 2027")],
                      ["Bray Bike Repairs paid invoice #INV-2026-143. Funds will be transferred to your bank account in your next deposit."],
                      "Square Payments Ireland Limited. You are receiving this email because you sent an invoice with Square.")
    txt = """Invoice #INV-2026-143 has been paid

Bray Bike Repairs paid invoice #INV-2026-143. Funds will be transferred to your bank account in your next deposit.

Customer: Bray Bike Repairs
Amount paid: €450.00
Payment method: Visa •••• 4417
Paid on: 12 Jan 2027"""
    fresh("Square <noreply@messaging.squareup.com>", addr(o.name, o.addr), "2027-01-12 13:27", "Europe/Dublin",
          "Invoice #INV-2026-143 has been paid", alt(txt, html), mid_style="generic", kind="payment-notification",
          amount="450.00", reference="INV-2026-143", note="Square Invoices: client paid by card.")

    o = OWNERS["rhiannon"]
    txt = """Rhiannon Pryce Photography

You received a payment of £195.00

Payment details
Amount: £195.00
Customer: meg.price.pt@gmail.com
Payment link: Headshots - RP1084
Payment method: Mastercard •••• 0921
Date: 20 Dec 2026, 10:38

View payment in the Dashboard: https://dashboard.stripe.com/payments/pi_3QkZ8fLz1

You're receiving this email because you enabled successful payment notifications. Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080"""
    fresh("Stripe <notifications@stripe.com>", addr(o.name, o.addr), "2026-12-20 10:39", "Europe/London",
          "Payment of £195.00 from meg.price.pt@gmail.com", T(txt), mid_style="generic", kind="payment-notification",
          amount="195.00", currency="GBP", reference="RP1084", note="Stripe payment-link success notification.")

    txt = """Hello, Rhiannon Pryce

You've got money

Sophie Clarke sent you £250.00 GBP

Note from Sophie Clarke:
"engagement shoot RP1082 x"

Transaction ID: 7WP12345AB6789012
Transaction date: 16 December 2026

It may take a few moments for this transaction to appear in your account.

Help & Contact | Security | Apps
PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
PayPal (Europe) S.à r.l. et Cie, S.C.A."""
    html = brand_html("PayPal", "#003087", "You've got money",
                      [("Sent by", "Sophie Clarke"), ("Amount", "£250.00 GBP"), ("Transaction ID", "7WP12345AB6789012"),
                       ("Transaction date", "16 December 2026")], ['Note from Sophie Clarke: "engagement shoot RP1082 x"'],
                      "PayPal (Europe) S.à r.l. et Cie, S.C.A.", pre="<p>Hello, Rhiannon Pryce</p>")
    fresh("service@paypal.co.uk", addr(o.name, o.addr), "2026-12-16 20:12", "Europe/London",
          "You've got money", alt(txt, html, cte="quoted-printable"), mid_style="generic", kind="payment-notification",
          amount="250.00", currency="GBP", reference="RP1082", note="PayPal 'You've got money', bare From address, QP.")

    o = OWNERS["lucia"]
    txt = """Kristine Joy Dela Cruz sent you 850 EUR

Hi Lucía,

Bayanihan Creative Co. (sent by Kristine Joy Dela Cruz) sent you 850.00 EUR. It should arrive in your bank account ending in 1332 by Monday, 16 November.

Reference: INV 2026-047

Payments can take a little longer depending on your bank.

Thanks,
The Wise Team

Wise Europe SA, Rue du Trône 100, 1050 Brussels."""
    fresh("Wise <noreply@wise.com>", addr(o.name, o.addr), "2026-11-13 14:30", "Europe/Brussels",
          "Kristine Joy Dela Cruz sent you 850 EUR", T(txt), mid_style="generic", kind="payment-notification",
          amount="850.00", reference="2026-047",
          note="Wise recipient notice: money on its way in, sender is an employee of the client company.")

    o = OWNERS["priya"]
    txt = """PAYMENT ADVICE

Caledonia Pharma Ltd
Finance Shared Services, 3 Redheughs Rigg, Edinburgh EH12 9DQ

Payee:            Nair Language Services Ltd
Vendor number:    0000204417
Payment document: 2000018873
Payment date:     14.01.2027
Payment method:   BACS

Document      Reference        Doc. date     Gross amount   Deduction   Net amount
5100004412    NLS-26-154       08.12.2026        1,640.00        0.00     1,640.00
--------------------------------------------------------------------------------
Total                                            1,640.00        0.00     1,640.00 GBP

This payment advice was generated automatically by SAP. Please do not reply to this address."""
    fresh("SAP Remittance <sap-remittance@caledoniapharma.co.uk>", addr(o.name, o.addr), "2027-01-14 02:15",
          "Europe/London", "Payment Advice Note from 14.01.2027", Multi("mixed", [T(txt), pdf("PaymentAdvice_2000018873.pdf", "GBP 1640.00")]),
          mid_style="generic", kind="payment-notification", amount="1640.00", currency="GBP", reference="NLS-26-154",
          note="SAP-generated remittance advice (payment advice note) from the client's ERP, night batch.")

    html = brand_html("coupa", "#1E62B2", "Remittance Advice",
                      [("Supplier", "Nair Language Services Ltd"), ("Payment number", "0000412233"),
                       ("Payment date", "07/01/2027"), ("Invoice", "NLS-26-143"), ("Amount", "3,150.00 GBP")],
                      ["Severn Valley University has issued a payment to you. Details are shown below.",
                       "Log in to the Coupa Supplier Portal to view all payments."],
                      "Powered by Coupa | This is a system-generated email. Please do not reply.")
    txt = """Remittance Advice

Severn Valley University has issued a payment to you. Details are shown below.

Supplier: Nair Language Services Ltd
Payment number: 0000412233
Payment date: 07/01/2027
Invoice: NLS-26-143
Amount: 3,150.00 GBP

Log in to the Coupa Supplier Portal to view all payments.
Powered by Coupa | This is a system-generated email. Please do not reply."""
    fresh("Severn Valley University via Coupa <do_not_reply@severnvalley.coupahost.com>", addr(o.name, o.addr),
          "2027-01-07 07:40", "Europe/London", "Severn Valley University - Remittance Advice 0000412233", alt(txt, html),
          mid_style="generic", kind="payment-notification", amount="3150.00", currency="GBP", reference="NLS-26-143",
          note="Coupa remittance advice from a university's procurement platform.")

    o = OWNERS["callum"]
    txt = """Lloyds Bank

Payment received

We've received a payment into your account ending 2267.

Amount: £1,380.00
From: DONSIDE JOINERY
Reference: FRASER CREATIVE
Date: 26 November 2026

You can see full details in the Lloyds Business app or Internet Banking.

Please don't reply to this email - the mailbox isn't monitored.
Lloyds Bank plc. Registered Office: 25 Gresham Street, London EC2V 7HN. Registered in England and Wales no. 2065."""
    fresh("Lloyds Bank <alerts@notifications.lloydsbank.co.uk>", addr(o.name, o.addr), "2026-11-26 09:12", "Europe/London",
          "Payment received", T(txt), mid_style="generic", kind="payment-notification", amount="1380.00", currency="GBP",
          note="Lloyds incoming payment; reference is only the payee name, no invoice number.")

    o = OWNERS["rhiannon"]
    txt = """Santander

Money in

Hi Rhiannon,

£950.00 has been paid into your Business Current Account ending 8820.

From: CARTREFI TAF CYF
Reference: RP1071 BACS
Date: 14/12/2026

You can turn these alerts off in Online Banking under Alerts settings.

Santander UK plc. Registered Office: 2 Triton Square, Regent's Place, London NW1 3AN."""
    fresh("Santander UK <alerts@email.santander.co.uk>", addr(o.name, o.addr), "2026-12-14 07:31", "Europe/London",
          "You've received a payment", T(txt, charset="iso-8859-1"), mid_style="generic", kind="payment-notification",
          amount="950.00", currency="GBP", reference="RP1071",
          note="Santander UK BACS credit from the housing association (iso-8859-1 with £).")

    # ---------------- other machine mail ----------------
    o = OWNERS["priya"]
    txt = """NatWest

You've made a payment

You've sent £45.60 to ADOBE SYSTEMS SOFTWARE from your account ending 6819.

Reference: CREATIVE CLOUD
Date: 04 January 2027

If you don't recognise this payment, call us straight away on 03457 114 114.

National Westminster Bank Plc. Registered in England and Wales (Registered Number 929027)."""
    fresh("NatWest <no-reply@alerts.natwest.com>", addr(o.name, o.addr), "2027-01-04 08:10", "Europe/London",
          "You've made a payment", T(txt), mid_style="generic", kind="other",
          note="Outgoing payment the owner made (bank alert): money OUT, not a payment notification.")

    o = OWNERS["callum"]
    txt = """Payment failed

Hi Callum,

The payment of £250.00 from Meadows Yoga Studio due on 4 January 2027 has failed.

Reason: The customer's bank reported insufficient funds (refer to payer).

We'll retry the payment automatically on 11 January 2027 unless you cancel it in your dashboard. You may want to contact Meadows Yoga Studio to let them know.

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN. Authorised by the FCA under the Payment Services Regulations 2017."""
    fresh("GoCardless <help@gocardless.com>", addr(o.name, o.addr), "2027-01-06 10:00", "Europe/London",
          "Payment failed: £250.00 from Meadows Yoga Studio", T(txt), mid_style="generic", kind="other",
          note="GoCardless FAILED collection: no money came in, so not a payment notification.")

    o = OWNERS["priya"]
    txt = """Invoice NLS-26-152 was viewed

Greenleaf Legal LLP viewed invoice NLS-26-152 for £540.00 on 5 Dec 2026 at 09:14.

Due date: 3 Jan 2027

View invoice in Xero: https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=4f1c

You're receiving this because you're subscribed to invoice activity notifications."""
    fresh("Xero <messaging-service@post.xero.com>", addr(o.name, o.addr), "2026-12-05 09:15", "Europe/London",
          "Invoice NLS-26-152 was viewed by Greenleaf Legal LLP", T(txt), mid_style="generic", kind="other",
          note="'Your invoice was viewed' notice: neither payment nor reply.")

    o = OWNERS["tom"]
    txt = """Delivery receipt - Peppol

Your e-invoice has been delivered.

Document type: Invoice (Peppol BIS Billing 3.0)
Document number: INV-2026-144
Sender: 0196:IE3456789WH (Byrne Design)
Receiver: 0196:IE9876543KL (Health Service Procurement)
Delivered: 2027-01-13 10:22:41 UTC
Message ID: 9a1d4b2e-7c44-4f0a-9e2a-0d1d6f3c8b21

The receiver's access point acknowledged receipt of the document (AS4 receipt). This does not confirm approval or payment of the invoice.

Basware Oyj | Peppol Access Point | This is an automatic message."""
    fresh("Basware Network <no-reply@basware.com>", addr(o.name, o.addr), "2027-01-13 10:23", "Europe/Helsinki",
          "Delivered: INV-2026-144 to Health Service Procurement", T(txt), mid_style="generic", kind="other",
          note="Peppol access-point delivery receipt about an invoice: e-invoicing notice, not a payment.")

    o = OWNERS["rhiannon"]
    html = brand_html("FreeAgent", "#01A39D", "Your January tax checklist",
                      [], ["Self Assessment deadline is 31 January: here's how to get your return done in FreeAgent in under an hour.",
                           "New: match bank transactions to invoices automatically with smarter rules.",
                           "Webinar: 'Getting paid on time' - Thursday 21 January, 12:30."],
                      "You are receiving this email because you are a FreeAgent customer. Unsubscribe | FreeAgent Central Ltd, Edinburgh.")
    txt = """Your January tax checklist

Self Assessment deadline is 31 January: here's how to get your return done in FreeAgent in under an hour.

New: match bank transactions to invoices automatically with smarter rules.

Webinar: 'Getting paid on time' - Thursday 21 January, 12:30.

Unsubscribe: https://www.freeagent.com/unsubscribe?u=8e1f"""
    fresh("FreeAgent <newsletter@freeagent.com>", addr(o.name, o.addr), "2027-01-12 10:00", "Europe/London",
          "Getting paid on time (and your January checklist)", alt(txt, html), mid_style="generic", kind="other",
          headers=[("List-Unsubscribe", "<https://www.freeagent.com/unsubscribe?u=8e1f>"), ("Precedence", "bulk")],
          note="Accounting-software newsletter mentioning invoices and 'getting paid'.")

    o = OWNERS["priya"]
    txt = """Dear Supplier,

Invoice NLS-26-155 has been received and registered in our Accounts Payable system.

Supplier: NAIR LANGUAGE SERVICES LTD
Invoice number: NLS-26-155
Invoice amount: GBP 980.00
Status: Awaiting approval

You will receive a remittance advice when payment has been made. Please do not reply to this message; for queries contact accounts.payable@kent.gov.uk quoting your supplier number.

Oracle Fusion Cloud - Payables
Kent County Council"""
    fresh("Kent County Council Payables <no-reply-ap@kent.gov.uk>", addr(o.name, o.addr), "2027-01-18 03:05",
          "Europe/London", "Invoice Received - NLS-26-155", T(txt), mid_style="generic", kind="other",
          headers=[("Auto-Submitted", "auto-generated")],
          note="Oracle AP 'invoice received, awaiting approval' notice: not a payment; machine-generated.")


def autoreply(inv, frm, to_client, when, tz, subject, body, *, headers, note, orig_when, orig_kind="reminder",
              orig_args=None, return_date=None, html=None, mid_style="generic", charset="utf-8"):
    o = inv.o
    om = original_reminder(inv, to_client, orig_when, orig_kind, orig_args)
    omid = re.search(rb"Message-ID: (<[^>]+>)", om).group(1).decode()
    root = alt(body, html, charset=charset) if html else T(body, charset=charset)
    fresh(frm, addr(o.name, o.addr), when, tz, subject, root, mid_style=mid_style, pre_headers=[],
          headers=headers, in_reply_to=omid, kind="auto-reply", note=note, return_date=return_date)


def autoreply_batch():
    inv = Inv("alessandra", "52/2026", 2750, "2026-12-02", "2027-01-01", "Fieldnote Inc.")
    autoreply(inv, "Dana Whitfield <dana@fieldnote.app>", "dana@fieldnote.app", "2026-12-28 04:00", "America/New_York",
              "Re: Friendly reminder: invoice 52/2026", """Hi! I'm OOO until Jan 4th with limited access to email. For anything urgent on payments, reach out to finance@fieldnote.app.

Happy holidays!
Dana""", headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")], orig_when="2026-12-28 09:10", orig_kind="courtesy",
              return_date="2027-01-04", mid_style="gmail",
              note="Gmail vacation responder, 'OOO until Jan 4th' -> back on Monday 4 Jan (as 'until Monday' = that Monday).")

    inv = Inv("callum", "FC-0150", 1650, "2026-11-03", "2026-12-03", "Forth Valley Housing Association")
    body = """Thank you for your email.

I am on annual leave from Monday 21 December, returning on Tuesday 5 January 2027. I will have no access to email during this time.

For invoice and payment queries please contact purchaseledger@forthvalleyha.org.uk. For anything urgent regarding tenancy matters please call our main office on 01324 555 010.

Kirsty Hamilton
Communications Officer
Forth Valley Housing Association"""
    autoreply(inv, "Kirsty Hamilton <kirsty.hamilton@forthvalleyha.org.uk>", "kirsty.hamilton@forthvalleyha.org.uk",
              "2026-12-22 09:12", "Europe/London", "Automatic reply: Reminder: invoice FC-0150 overdue", body,
              html=outlook_html(body), headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                                                 ("X-MS-Exchange-Inbox-Rules-Loop", "kirsty.hamilton@forthvalleyha.org.uk")],
              orig_when="2026-12-22 09:11", return_date="2027-01-05", mid_style="outlook",
              note="Exchange 'Automatic reply:' with return date stated (Tuesday 5 January).")

    inv = Inv("callum", "FC-0161", 310, "2026-11-25", "2026-12-25", "The Wee Neuk Café")
    autoreply(inv, "The Wee Neuk <theweeneukcafe@outlook.com>", "theweeneukcafe@outlook.com", "2026-12-28 09:30",
              "Europe/London", "Re: Reminder: invoice FC-0161 overdue", """Shop's shut for a wee break over the festive, back 2nd Jan. Happy New Year when it comes!

Mhairi""", headers=[], orig_when="2026-12-28 09:29", return_date="2027-01-02", mid_style="outlook",
              note="Manual-rule auto-reply with no RFC 3834 headers and a Re: subject; 'back 2nd Jan' (a café open on Saturday).")

    inv = Inv("priya", "NLS-26-151", 860, "2026-12-03", "2027-01-02", "Thamesmead Borough Council")
    autoreply(inv, "Ellen Baptiste <ellen.baptiste@thamesmead.gov.uk>", "ellen.baptiste@thamesmead.gov.uk",
              "2026-12-23 10:05", "Europe/London", "Out of Office: Friendly reminder: invoice NLS-26-151", """Thank you for your email. I am on leave until the New Year with no access to emails.

If your enquiry is urgent please contact the Community Engagement Team on 020 7946 0120.

Thamesmead Borough Council - working for a cleaner, greener, safer borough.
This email may be monitored.""", headers=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")],
              orig_when="2026-12-23 10:04", orig_kind="courtesy", mid_style="outlook",
              note="'On leave until the New Year': vague, no return_date.")

    inv = Inv("tom", "INV-2026-117", 1300, "2026-10-10", "2026-11-09", "Blackrock Physio")
    autoreply(inv, "Siobhán Kelly <siobhan@blackrockphysio.ie>", "siobhan@blackrockphysio.ie", "2027-01-20 09:00",
              "Europe/Dublin", "Automatic reply: Final notice before debt recovery – invoice INV-2026-117", """Hello,

Please note that I no longer work at Blackrock Physio and this mailbox is no longer monitored.

For accounts and invoices please contact Jennifer Casey at jen@blackrockphysio.ie. For appointments please call reception on 01 555 2817.

Thank you.""", headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
              orig_when="2027-01-20 08:59", orig_kind="final", orig_args={"deadline": "2027-02-03", "fees": "IE"},
              mid_style="outlook", note="'I no longer work at X, please contact Y': auto-reply without a return date.")

    inv = Inv("alessandra", "50/2026", 2200, "2026-12-05", "2027-01-04", "Halsted & Ward")
    autoreply(inv, "Halsted & Ward Accounts Payable <ap@halstedward.com>", "ap@halstedward.com", "2027-01-12 03:12",
              "America/Chicago", "[Halsted & Ward AP] Re: Reminder: invoice 50/2026 overdue [#48213]", """Hello,

Thank you for contacting Halsted & Ward Accounts Payable. Your request (#48213) has been received and is being reviewed by our team.

Our typical response time is 3-5 business days. To add information to this request, simply reply to this email.

Please note: payment status inquiries can also be checked in the Supplier Portal.

Halsted & Ward AP Support
Powered by Freshdesk""", headers=[("Auto-Submitted", "auto-generated"), ("X-Freshdesk-Ticket", "48213")],
              orig_when="2027-01-12 10:00", mid_style="generic",
              note="Help-desk ticket acknowledgement (Freshdesk): auto-reply, not a human promise.")

    inv = Inv("lucia", "2026-060", 1350, "2026-11-30", "2026-12-30", "Harbour & Vine Media")
    autoreply(inv, "Josh Kellett <josh.kellett@harbourvine.com.au>", "josh.kellett@harbourvine.com.au",
              "2026-12-31 19:05", "Australia/Sydney", "Automatic reply: Reminder: invoice 2026-060 overdue", """G'day,

Thanks for your email. I'm on annual leave, returning Monday 18 January 2027. For anything urgent please contact accounts@harbourvine.com.au.

Cheers,
Josh""", headers=[("Auto-Submitted", "auto-replied")], orig_when="2026-12-31 09:04", return_date="2027-01-18",
              mid_style="outlook", note="Australian OOO: 'returning Monday 18 January 2027'; Sydney is a day ahead of Madrid.")

    inv = Inv("priya", "NLS-26-148", 1350, "2026-11-19", "2026-12-19", "Aravind Textiles Exports")
    autoreply(inv, "Sundar Raman <purchase@aravindtextiles.in>", "purchase@aravindtextiles.in", "2026-12-28 14:40",
              "Asia/Kolkata", "Out of Office : Reminder: invoice NLS-26-148 overdue", """Dear Sender,

Thank you for your mail. I am out of office from 24th December up to and including 6th January on account of year-end leave. Kindly expect a delay in response.

For urgent matters kindly contact Mr. Karthik at accounts@aravindtextiles.in.

Regards,
Sundar Raman""", headers=[("X-Autoreply", "yes")], orig_when="2026-12-28 09:08", return_date="2027-01-07",
              mid_style="generic", note="Indian OOO 'up to and including 6th January' -> back 7 January; X-Autoreply only.")


def dsn(inv, to_client, when, tz, *, frm, subject, human, status_fields, note, orig_when, permanent, failed,
        orig_kind="reminder", orig_args=None, headers_only=False, human_html=None, extra_headers=None, autosub=True):
    o = inv.o
    om = original_reminder(inv, to_client, orig_when, orig_kind, orig_args, headers_only=headers_only)
    human_part = alt(human, human_html) if human_html else T(human)
    last = Raw("text/rfc822-headers", om) if headers_only else Raw("message/rfc822", om)
    root = Multi("report", [human_part, Raw("message/delivery-status", status_fields.encode()), last],
                 params=" report-type=delivery-status;")
    fresh(frm, addr(o.name, o.addr), when, tz, subject, root, mid_style="generic",
          headers=(extra_headers or []) + ([("Auto-Submitted", "auto-replied")] if autosub else []), kind="bounce", note=note,
          failed_recipient=failed, permanent=permanent)


def bounce_batch():
    inv = Inv("tom", "INV-2026-131", 1250, "2026-11-05", "2026-12-05", "Brightwell Nutrition Ltd")
    rcpt = "orla.finnegan@brightwellnutrition.ie"
    human = f"""Your message to {rcpt} couldn't be delivered.

orla.finnegan wasn't found at brightwellnutrition.ie.

tom                Office 365                orla.finnegan
Action Required                              Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient left the organisation, contact someone else there.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address doesn't exist in the destination domain.

Original Message Details
Created Date: 12/12/2026 09:14:02
Sender Address: tom@byrnedesign.ie
Recipient Address: {rcpt}
Subject: Reminder: invoice INV-2026-131 overdue

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
DSN generated by: AM9PR02MB7410.eurprd02.prod.outlook.com"""
    fields = f"""Reporting-MTA: dns;AM9PR02MB7410.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail.byrnedesign.ie
Arrival-Date: Sat, 12 Dec 2026 09:14:02 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
"""
    dsn(inv, rcpt, "2026-12-12 09:14", "Europe/Dublin", frm="Microsoft Outlook <postmaster@brightwellnutrition.onmicrosoft.com>",
        subject="Undeliverable: Reminder: invoice INV-2026-131 overdue", human=human, human_html=text_to_html(human),
        status_fields=fields, orig_when="2026-12-12 09:13", permanent=True, failed=rcpt, autosub=False,
        note="Exchange Online NDR 550 5.1.10 RecipientNotFound, multipart/report.")

    inv = Inv("rhiannon", "RP1091", 320, "2027-01-05", "2027-01-19", "Cerys Lewis", client_kind="person")
    rcpt = "cerys.lewis.photos@gmail.com"
    human = f"""** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-4e8a1c2b3d4si1234567a.12 - gsmtp"""
    fields = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 20 Jan 2027 09:30:11 -0800 (PST)

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.27.26, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp
Last-Attempt-Date: Wed, 20 Jan 2027 09:30:12 -0800 (PST)
"""
    dsn(inv, rcpt, "2027-01-20 17:30", "Europe/London", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Failure)", human=human, status_fields=fields, orig_when="2027-01-20 17:29", autosub=False,
        permanent=True, failed=rcpt, note="Gmail 'Address not found' 550 5.1.1 DSN.")

    inv = Inv("priya", "NLS-26-156", 700, "2026-12-10", "2027-01-09", "Marlow & Pike Solicitors")
    rcpt = "accounts@marlowpike-law.co.uk"
    human = f"""Your message couldn't be delivered to the recipients shown below.

The message was rejected by the recipient's email security gateway.

   {rcpt}
   550 Rejected by header based Anti-Spoofing policy: accounts@marlowpike-law.co.uk - https://community.mimecast.com/docs/DOC-1369#550 [qR7c1f_2PdKx0LwVbq0f9A.uk310]

Please contact your IT department or the recipient for assistance.

Mimecast Services Limited"""
    fields = f"""Reporting-MTA: dns; eu-smtp-inbound-2.mimecast.com

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.0.0
Diagnostic-Code: smtp; 550 Rejected by header based Anti-Spoofing policy: {rcpt}
"""
    dsn(inv, rcpt, "2027-01-13 09:05", "Europe/London", frm="postmaster@nairlanguage.co.uk",
        subject="Undelivered Mail Returned to Sender", human=human, status_fields=fields, orig_when="2027-01-13 09:04",
        permanent=True, failed=rcpt, headers_only=True,
        note="Mimecast policy rejection (550) relayed by the owner's own host; text/rfc822-headers only.")

    inv = Inv("alessandra", "57/2026", 1600, "2026-12-22", "2027-01-21", "Ardent Bio, Inc.")
    rcpt = "payables@ardentbio.com"
    human = f"""This is the mail system at host smtp.example.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx0b-00245901.pphosted.com[148.163.137.21] said:
    554 5.7.1 Blocked by policy. Message content rejected, see
    https://ipcheck.proofpoint.com/?ip=93.184.216.34 (in reply to end of DATA
    command)"""
    fields = f"""Reporting-MTA: dns; smtp.example.it
X-Postfix-Queue-ID: 4Xk2Lq0Vb3z9sWX
X-Postfix-Sender: rfc822; alessandra@example.it
Arrival-Date: Mon, 25 Jan 2027 09:00:04 +0100 (CET)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx0b-00245901.pphosted.com
Diagnostic-Code: smtp; 554 5.7.1 Blocked by policy. Message content rejected
"""
    dsn(inv, rcpt, "2027-01-25 09:00", "Europe/Rome", frm="MAILER-DAEMON@smtp.example.it (Mail Delivery System)",
        subject="Undelivered Mail Returned to Sender", human=human, status_fields=fields, orig_when="2027-01-25 08:59",
        permanent=True, failed=rcpt, note="Postfix bounce of a Proofpoint 554 5.7.1 content block (permanent).")

    inv = Inv("callum", "FC-0170", 990, "2026-12-15", "2027-01-14", "Orkney Knitwear Co.")
    rcpt = "sales@orkneyknitwear.scot"
    human = f"""This is the mail system at host mail.frasercreative.co.uk.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<{rcpt}>: connect to mx.orkneyknitwear.scot[185.44.12.9]:25: Connection
    timed out"""
    fields = f"""Reporting-MTA: dns; mail.frasercreative.co.uk
X-Postfix-Queue-ID: 7F3A21C0042
X-Postfix-Sender: rfc822; callum@frasercreative.co.uk
Arrival-Date: Mon, 18 Jan 2027 09:02:17 +0000 (GMT)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.orkneyknitwear.scot[185.44.12.9]:25:
    Connection timed out
Will-Retry-Until: Sat, 23 Jan 2027 09:02:17 +0000 (GMT)
"""
    dsn(inv, rcpt, "2027-01-18 13:07", "Europe/London", frm="MAILER-DAEMON@mail.frasercreative.co.uk (Mail Delivery System)",
        subject="Delayed Mail (still being retried)", human=human, status_fields=fields, orig_when="2027-01-18 09:02",
        permanent=False, failed=rcpt, headers_only=True, note="Postfix delay warning, Action: delayed 4.4.1 -> temporary.")

    inv = Inv("lucia", "2026-072", 560, "2026-12-20", "2027-01-19", "Maple Leaf Tea House")
    rcpt = "owner@mapleleafteahouse.ca"
    human = f"""** Message not delivered yet **

There was a temporary problem delivering your message to {rcpt}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:

452 4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp"""
    fields = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 26 Jan 2027 01:12:40 -0800 (PST)

Final-Recipient: rfc822; {rcpt}
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452-4.2.2 The recipient's inbox is out of storage space.
Last-Attempt-Date: Tue, 26 Jan 2027 03:15:02 -0800 (PST)
Will-Retry-Until: Thu, 28 Jan 2027 01:12:40 -0800 (PST)
"""
    dsn(inv, rcpt, "2027-01-26 12:15", "Europe/Madrid", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
        subject="Delivery Status Notification (Delay)", human=human, status_fields=fields, orig_when="2027-01-26 10:12",
        permanent=False, failed=rcpt, note="Gmail delay (mailbox over quota, 452 4.2.2, will retry) -> temporary.")


# ==============================================================================================
# Output and sanity check
# ==============================================================================================
KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    paid_batch()
    promise_batch()
    dispute_batch()
    other_batch()
    machine_batch()
    autoreply_batch()
    bounce_batch()
    # interleave deterministically so that file numbers do not reveal the kind
    order = sorted(range(len(MSGS)), key=lambda i: hashlib.sha1(f"r7e-{i}".encode()).hexdigest())
    out = ["# Round 7, English voices (round7-en). Generated by make.py; labels hand-assigned.\n"]
    lo, hi = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc) - dt.timedelta(hours=14), \
        dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc) + dt.timedelta(hours=14)
    counts = {}
    for n, i in enumerate(order, 1):
        eml, lab = MSGS[i]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(eml)
        out.append(f'\n[files."{name}"]\n')
        for k, v in lab.items():
            if isinstance(v, bool):
                out.append(f"{k} = {'true' if v else 'false'}\n")
            else:
                out.append(f"{k} = {toml_str(v)}\n")
        counts[(lab["kind"], lab["split"])] = counts.get((lab["kind"], lab["split"]), 0) + 1
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("".join(out))
    # ---- sanity check: re-parse every file
    bad = 0
    try:
        import tomllib
        labels = tomllib.load(open(os.path.join(HERE, "labels.toml"), "rb"))["files"]
    except ImportError:
        labels = None
    for n in range(1, len(order) + 1):
        name = f"{PREFIX}-{n:04d}.eml"
        raw = open(os.path.join(HERE, name), "rb").read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not m[h]:
                print(name, "missing", h)
                bad += 1
        try:
            ddt = m["Date"].datetime
            if not (lo <= ddt <= hi):
                print(name, "date out of range", ddt)
                bad += 1
        except Exception as e:
            print(name, "bad date", e)
            bad += 1
        for part in m.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:
                    print(name, "undecodable part", part.get_content_type(), e)
                    bad += 1
        if labels is not None:
            lab = labels[name]
            assert lab["kind"] in KINDS, (name, lab)
            assert lab["split"] == "dev"
            for k in ("promised_date", "return_date"):
                if k in lab:
                    dt.date.fromisoformat(lab[k])
            if "amount" in lab:
                assert re.fullmatch(r"\d+\.\d\d", lab["amount"]), (name, lab)
            if lab["kind"] == "bounce":
                assert "failed_recipient" in lab and "permanent" in lab, name
            if "promised_date" in lab:
                assert lab["kind"] == "client-reply-promise", name
            if "return_date" in lab:
                assert lab["kind"] == "auto-reply", name
    for k, v in INVREG.items():
        if len(v) > 1:
            PROBLEMS.append((k, "one invoice number, several clients", v))
    for p in PROBLEMS:
        print("incoherent thread:", p)
        bad += 1
    print(f"{len(order)} messages written, {bad} problems")
    for (k, s), c in sorted(counts.items()):
        print(f"  {k:22s} {s}: {c}")
    return bad


if __name__ == "__main__":
    sys.exit(1 if main() else 0)
