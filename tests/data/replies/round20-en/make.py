#!/usr/bin/env python3
"""round20-en: 80 English messages that come back to a freelancer after an invoice and reminders.

The freelancer is Aoife Brennan (Brennan Visuals, Galway, Ireland): illustration, architectural
visualisation and motion graphics. Her clients are in Scotland, Wales, Northern England, Ireland, the US,
Canada and Australia, plus non-native writers of English (Dutch, German, Polish, Italian, Spanish,
Brazilian, Chinese, Nigerian). Many replies answer a later reminder, a late-fee letter or a final notice.

Standard library only. Writes r20e-0001.eml ... r20e-0080.eml and labels.toml next to this script, then
re-parses every file with email.policy.default and checks each label.

Every client's text below is written by hand, one message at a time. The only text produced by code is
what the freelancer's own software (mailduns) sent, which clients quote back, and MIME plumbing.
"""
import base64
import datetime as dt
import email
import email.header
import email.policy
import email.utils
import hashlib
import html
import os
import quopri
import random
import re
import sys
from decimal import Decimal, ROUND_HALF_UP

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r20e"
OWNER_NAME = "Aoife Brennan"
OWNER_ADDR = "aoife@brennanvisuals.ie"
OWNER = f"{OWNER_NAME} <{OWNER_ADDR}>"
IBAN = "IE29 AIBK 9311 5212 3456 78"
BIC = "AIBKIE2D"

_rng = random.Random(20)


# --------------------------------------------------------------------------- dates, ids

def TZ(h, m=0):
    sign = -1 if h < 0 else 1
    return dt.timezone(dt.timedelta(hours=h, minutes=sign * m))


def D(y, mo, d, hh, mm, ss=0, tzh=0, tzm=0):
    return dt.datetime(y, mo, d, hh, mm, ss, tzinfo=TZ(tzh, tzm))


def rfc(d, comment=None):
    s = email.utils.format_datetime(d)
    return f"{s} ({comment})" if comment else s


def long_date(d):
    return f"{d.day} {d.strftime('%B %Y')}"


def hexid(n, seed):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid_gmail(seed):
    h = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    h = h.replace("/", "_").replace("+", "-").rstrip("=")
    return f"<CA{h[:2].upper()}+{h[2:46]}@mail.gmail.com>"


def mid_outlook(seed, region="eurprd04", box=None):
    box = box or ("DB9PR04MB" + hexid(4, seed + "b").upper())
    return f"<{box}{hexid(20, seed).upper()}@{box}.{region}.prod.outlook.com>"


def mid_apple(seed, domain):
    h = hexid(32, seed).upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def mid_plain(seed, domain):
    return f"<{hexid(16, seed)}.{hexid(6, seed + 'x')}@{domain}>"


def mid_mailduns(seed, when):
    return f"<{when.strftime('%Y%m%d%H%M%S')}.{hexid(10, seed)}@brennanvisuals.ie>"


def boundary(style, seed):
    if style == "gmail":
        return "000000000000" + hexid(12, seed)
    if style == "outlook":
        return "_000_" + hexid(30, seed).upper() + "_"
    if style == "apple":
        h = hexid(32, seed).upper()
        return f"Apple-Mail={h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
    if style == "tb":
        return "------------" + hexid(24, seed)
    return "----=_Part_" + str(int(hexid(8, seed), 16)) + "_" + str(int(hexid(6, seed + "q"), 16))


# --------------------------------------------------------------------------- header helpers

def hdr(s):
    """Encode a header value with RFC 2047 if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8").encode()


def addr(name, address):
    if not name:
        return address
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{email.header.Header(name, 'utf-8').encode()} <{address}>"
    if re.search(r'[,.;:()<>@"\[\]]', name):
        return '"' + name.replace('"', '\\"') + f'" <{address}>'
    return f"{name} <{address}>"


# --------------------------------------------------------------------------- MIME building

class Part:
    def __init__(self, headers, body=b"", parts=None, bnd=None, preamble=None):
        self.headers = headers
        self.body = body
        self.parts = parts
        self.bnd = bnd
        self.preamble = preamble

    def render(self):
        out = [f"{k}: {v}" for k, v in self.headers]
        head = "\n".join(out).encode("ascii") + b"\n\n"
        if self.parts is None:
            body = self.body if self.body.endswith(b"\n") else self.body + b"\n"
            return head + body
        chunks = [head]
        if self.preamble:
            chunks.append(self.preamble.encode() + b"\n\n")
        for p in self.parts:
            chunks.append(f"--{self.bnd}\n".encode())
            chunks.append(p.render())
            chunks.append(b"\n")
        chunks.append(f"--{self.bnd}--\n".encode())
        return b"".join(chunks)


def encode_text(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def TEXT(text, sub="plain", cs="utf-8", cte="quoted-printable", quote_cs=True, extra=()):
    csv = f'"{cs}"' if quote_cs else cs
    h = [("Content-Type", f"text/{sub}; charset={csv}"), ("Content-Transfer-Encoding", cte)]
    h.extend(extra)
    return Part(h, encode_text(text, cs, cte))


def MULTI(sub, parts, style, seed, extra=(), preamble=None, params=""):
    b = boundary(style, seed + sub)
    h = [("Content-Type", f'multipart/{sub}; boundary="{b}"{params}')]
    h.extend(extra)
    return Part(h, parts=parts, bnd=b, preamble=preamble)


def ATT(ctype, data, filename, inline=False, cid=None, extra=()):
    h = [("Content-Type", f'{ctype}; name="{filename}"'),
         ("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{filename}"'),
         ("Content-Transfer-Encoding", "base64")]
    if cid:
        h.append(("Content-ID", f"<{cid}>"))
    h.extend(extra)
    return Part(h, base64.encodebytes(data))


def RAWPART(headers, text):
    return Part(headers, text.encode("utf-8"))


def fake_pdf(title):
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"% " + title.encode("latin-1", "replace") + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png():
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


def fake_jpg():
    return bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + b"\x08" * 64 + bytes.fromhex("ffd9")


def build(headers, root):
    """headers: list of (name, value); root: a Part carrying its own Content-* headers."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        if isinstance(v, (list, tuple)):
            v = "\n ".join(v)
        lines.append(f"{k}: {v}")
    return "\n".join(lines).encode("ascii") + b"\n" + root.render()


def refs(*ids):
    return list(ids)


# --------------------------------------------------------------------------- quoting helpers

def local(d, tzh, tzm=0):
    return d.astimezone(TZ(tzh, tzm))


def gt(text):
    """Prefix every line with '>' as Gmail and Apple Mail do."""
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def gmail_attr_gb(d, tzh=0, tzm=0, who=OWNER):
    d = local(d, tzh, tzm)
    return f"On {d.strftime('%a')}, {d.day} {d.strftime('%b %Y')} at {d.strftime('%H:%M')}, {who} wrote:"


def gmail_attr_us(d, tzh, tzm=0, who=OWNER):
    d = local(d, tzh, tzm)
    h12 = d.strftime("%I").lstrip("0")
    return f"On {d.strftime('%a')}, {d.strftime('%b')} {d.day}, {d.year} at {h12}:{d.strftime('%M %p')} {who} wrote:"


def apple_attr(d, tzh, tzm=0, who=OWNER, us=False):
    d = local(d, tzh, tzm)
    if us:
        h12 = d.strftime("%I").lstrip("0")
        return f"On {d.strftime('%b')} {d.day}, {d.year}, at {h12}:{d.strftime('%M %p')}, {who} wrote:"
    return f"On {d.day} {d.strftime('%b %Y')}, at {d.strftime('%H:%M')}, {who} wrote:"


def outlook_block(d, tzh, subject, to, tzm=0, us=False, cc=None, frm=OWNER, rule=True, weekday=False):
    d = local(d, tzh, tzm)
    if us:
        h12 = d.strftime("%I").lstrip("0")
        sent = f"{d.strftime('%A, %B')} {d.day}, {d.year} {h12}:{d.strftime('%M %p')}"
    elif weekday:
        sent = f"{d.strftime('%A')}, {d.day} {d.strftime('%B %Y %H:%M')}"
    else:
        sent = f"{d.day} {d.strftime('%B %Y %H:%M')}"
    lines = []
    if rule:
        lines.append("________________________________")
    lines += [f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


def p2h(text):
    """Plain paragraphs to simple HTML paragraphs (structure only)."""
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>" for p in paras)


def gmail_html(mine, attr, quoted):
    divs = []
    for para in mine.strip("\n").split("\n\n"):
        for l in para.split("\n"):
            divs.append(f"<div>{html.escape(l, quote=False) if l else '<br>'}</div>")
        divs.append("<div><br></div>")
    q = "<br>\n".join(html.escape(l, quote=False) for l in quoted.rstrip("\n").split("\n"))
    return (f'<div dir="ltr">{"".join(divs)}</div><br><div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">{html.escape(attr)}<br></div>'
            f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            f'rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')


def outlook_html(mine, block, quoted, font="Calibri", size="11.0pt", cs="utf-8"):
    def ps(t):
        out = []
        for l in t.strip("\n").split("\n"):
            out.append(f'<p class="MsoNormal"><span style="font-size:{size};font-family:&quot;{font}&quot;,sans-serif">'
                       f'{html.escape(l, quote=False) if l else "&nbsp;"}</span></p>')
        return "\n".join(out)
    hb = "<br>\n".join("<b>" + html.escape(l.split(":", 1)[0]) + ":</b>" + html.escape(l.split(":", 1)[1])
                       if ":" in l and not l.startswith("_") else html.escape(l, quote=False) for l in block.split("\n"))
    return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns=\"http://www.w3.org/TR/REC-html40\">\n"
            f"<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset={cs}\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
            "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n"
            "\tfont-family:\"Calibri\",sans-serif;}\n--></style>\n</head>\n"
            "<body lang=\"EN-GB\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            "<div class=\"WordSection1\">\n" + ps(mine) + "\n"
            "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n"
            f"<p class=\"MsoNormal\">{hb}</p>\n</div>\n" + ps(quoted) + "\n</div>\n</body>\n</html>\n")


# --------------------------------------------------------------------------- the freelancer's invoices and reminders

SYM = {"EUR": "€", "GBP": "£", "USD": "US$", "CAD": "CA$", "AUD": "A$"}
RATE = {"GB": Decimal("11.75"), "IE": Decimal("10.15"), "EU": Decimal("10.15")}
COMP = {"GB": [(Decimal("1000"), 40), (Decimal("10000"), 70), (None, 100)],
        "IE": [(Decimal("1000"), 40), (Decimal("10000"), 70), (None, 100)],
        "EU": [(None, 40)]}


def money(amount, cur):
    a = Decimal(amount).quantize(Decimal("0.01"))
    return f"{SYM[cur]}{a:,.2f}"


class Inv:
    def __init__(self, number, amount, cur, issued, due, client, kind="company", law=None, to=None,
                 salutation=None, subject=None):
        self.number = number
        self.amount = Decimal(amount)
        self.cur = cur
        self.issued = issued
        self.due = due
        self.client = client
        self.kind = kind
        self.law = law          # "GB", "IE", "EU" or None (no statutory fees)
        self.to = to
        self.salutation = salutation
        self.subject = subject or f"Invoice {number} from Brennan Visuals"

    @property
    def amt(self):
        return money(self.amount, self.cur)

    def dear(self, formal=False):
        if self.salutation:
            return self.salutation
        if self.kind == "person":
            return f"Dear {self.client},"
        if formal:
            return "Dear Sir or Madam,"
        if self.kind == "company":
            return "Dear Accounts Team,"
        return "Hello,"

    def sign(self, formal=False):
        if not formal:
            return "Kind regards,"
        if (self.salutation and "Sir" not in self.salutation) or (not self.salutation and self.kind == "person"):
            return "Yours sincerely,"
        return "Yours faithfully,"

    def payment(self):
        return (f"Payment details:\n- Account name: {OWNER_NAME}\n- IBAN: {IBAN}\n- BIC (SWIFT): {BIC}\n"
                f"- Payment reference: {self.number}")

    def fee_calc(self, today):
        law = self.law
        days = (today - self.due).days
        rate = RATE[law]
        interest = (self.amount * rate / 100 * days / 365).quantize(Decimal("0.01"), ROUND_HALF_UP)
        comp = None
        for limit, c in COMP[law]:
            if limit is None or self.amount < limit:
                comp = Decimal(c)
                break
        if law == "EU":
            comp = Decimal(40)
        cur = self.cur
        start = self.due + dt.timedelta(days=1)
        lines = [f"Invoice {self.number}: {self.amt}",
                 f"Interest at {rate}% a year from {long_date(start)} to {long_date(today)} ({days} days): "
                 f"{money(interest, cur)}",
                 f"Compensation for recovery costs: {money(comp, cur)}",
                 f"Total: {money(self.amount + interest + comp, cur)}"]
        return rate, comp, lines, self.amount + interest + comp

    def fees(self, today):
        if not self.law:
            return ""
        rate, comp, lines, total = self.fee_calc(today)
        c = money(comp, self.cur)
        if self.law == "GB":
            head = ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                    f"applies: statutory interest runs from the day after the due date at {rate}% a year (8% over the "
                    "Bank of England base rate in force when the debt fell due), and a fixed sum of "
                    f"{c} is due for the costs of recovering the debt (section 5A).")
        elif self.law == "IE":
            head = ("As this is a commercial transaction, the European Communities (Late Payment in Commercial "
                    "Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date "
                    f"at {rate}% a year (the European Central Bank's main refinancing rate plus 8 percentage points), "
                    f"and {c} is due as compensation for recovery costs (Regulation 9).")
        else:
            head = ("As this is a commercial transaction, the legislation implementing EU Directive 2011/7/EU on "
                    "combating late payment applies: statutory interest for late payment runs from the day after the "
                    "due date at the European Central Bank's main refinancing rate plus 8 percentage points (currently "
                    f"{rate}% a year), and a fixed sum of {c} is due as compensation for recovery costs.")
        body = head + "\n\n" + f"The amount due as at {long_date(today)} (interest continues to run until payment) is:\n"
        body += "\n".join("- " + l for l in lines)
        return body + "\n\n"

    # the freelancer's letters, as mailduns writes them (templates/en)
    def courtesy(self, today):
        return (f"{self.dear()}\n\nThis is a friendly reminder that invoice {self.number} for {self.amt}, issued on "
                f"{long_date(self.issued)}, is due for payment on {long_date(self.due)}.\n\nIf payment is already on its "
                f"way, thank you, and please disregard this message.\n\n{self.payment()}\n\nIf you have any questions, "
                f"just reply to this email.\n\n{self.sign()}\n{OWNER_NAME}\n")

    def reminder(self, today, fees=False):
        f = self.fees(today) if fees else ""
        return (f"{self.dear()}\n\nAccording to my records, invoice {self.number} for {self.amt}, due on "
                f"{long_date(self.due)}, has not yet been paid. It may simply have been overlooked, so I would be "
                f"grateful if you could arrange payment at your earliest convenience.\n\n{f}If you have already paid, "
                f"thank you – please let me know the payment date so that I can update my records. If there is a "
                f"problem with the invoice, please reply to this email and we can sort it out.\n\n{self.payment()}\n\n"
                f"{self.sign()}\n{OWNER_NAME}\n")

    def late_fee(self, today, deadline):
        days = (today - self.due).days
        f = self.fees(today)
        tot = " of the total above" if self.law else ""
        return (f"{self.dear()}\n\nInvoice {self.number} for {self.amt}, due on {long_date(self.due)}, is now "
                f"{days} days overdue.\n\n{f}Please arrange payment{tot} by {long_date(deadline)}. If payment is "
                f"already on its way, thank you – please let me know the date it was made. If there is a problem with "
                f"the invoice or with the timing, please reply to this email and we can find a solution.\n\n"
                f"{self.payment()}\n\n{self.sign()}\n{OWNER_NAME}\n")

    def final(self, today, deadline):
        f = self.fees(today)
        if self.law:
            _, _, _, total = self.fee_calc(today)
            amount_line = f"Amount due: {money(total, self.cur)} (as at {long_date(today)}; details below)"
            ask = "the total above"
            extra = (", in which I would also claim the interest accrued and my reasonable costs of recovery, as "
                     "the law allows")
        else:
            amount_line = f"Amount due: {self.amt}"
            ask = self.amt
            extra = ""
        return (f"Final notice before debt recovery\n\nTo: {self.client}\nDate: {long_date(today)}\nInvoice: "
                f"{self.number}, issued on {long_date(self.issued)}, due on {long_date(self.due)}\n{amount_line}\n"
                f"Payment deadline: {long_date(deadline)}\n\n{self.dear(True)}\n\nDespite my previous reminders, "
                f"invoice {self.number} for {self.amt}, which was due for payment on {long_date(self.due)}, remains "
                f"unpaid.\n\n{f}I therefore formally request payment of {ask} by {long_date(deadline)}.\n\n"
                f"If payment is not received by that date, I intend to take steps to recover the debt. These may "
                f"include referring the matter to a debt collection agency or a solicitor and, if necessary, starting "
                f"court proceedings{extra}.\n\nI would much rather resolve this with you directly. If there is a "
                f"reason for the delay, or if you would like to propose a payment plan, please reply to this email "
                f"before {long_date(deadline)}.\n\nIf you have paid in the meantime, thank you, and please accept my "
                f"apologies for this notice; it would help if you could let me know the payment date so that I can "
                f"update my records.\n\n{self.payment()}\n\n{self.sign(True)}\n{OWNER_NAME}\n")

    def suspension(self, today, deadline, susp):
        f = self.fees(today)
        tot = " of the total above" if self.law else ""
        return (f"{self.dear()}\n\nI am writing again about invoice {self.number} for {self.amt}, which was due on "
                f"{long_date(self.due)} and remains unpaid.\n\n{f}If payment{tot} is not received by "
                f"{long_date(deadline)}, I may have to suspend work in progress and any services I provide to you from "
                f"{long_date(susp)} until the account is settled. If something is making payment difficult – for "
                f"example, if you need to pay in instalments – please reply to this email and we can agree a "
                f"solution.\n\n{self.payment()}\n\n{self.sign()}\n{OWNER_NAME}\n")

    def promise_followup(self, today, promise_date=None):
        if promise_date:
            first = (f"Thank you for letting me know that invoice {self.number} for {self.amt} would be paid by "
                     f"{long_date(promise_date)}.")
        else:
            first = (f"Thank you for your earlier message about invoice {self.number} for {self.amt}, which was due "
                     f"on {long_date(self.due)}.")
        return (f"{self.dear()}\n\n{first}\n\nThe payment has not reached me yet. If it is already on its way, thank "
                f"you – please let me know the date it was made. If you need a little more time, could you let me "
                f"know when I can expect it?\n\n{self.payment()}\n\n{self.sign()}\n{OWNER_NAME}\n")

    def paid_claim_followup(self, today, claim_date, paid_on=None):
        po = f" (by a transfer made on {long_date(paid_on)})" if paid_on else ""
        return (f"{self.dear()}\n\nThank you for letting me know on {long_date(claim_date)} that invoice {self.number} "
                f"for {self.amt} has been paid{po}.\n\nHowever, the payment has not reached my account yet. Bank "
                f"transfers sometimes take a few extra days, and occasionally a payment is sent to out-of-date bank "
                f"details. To help me trace it, could you please send me the date and reference of the transfer, or a "
                f"copy of the payment confirmation?\n\nFor reference, my bank details are:\n- Account name: "
                f"{OWNER_NAME}\n- IBAN: {IBAN}\n- BIC (SWIFT): {BIC}\n- Payment reference: {self.number}\n\nIf the "
                f"transfer was made only in the last day or two, it is probably still on its way, and there is no "
                f"need to do anything further. Thank you for your help.\n\n{self.sign()}\n{OWNER_NAME}\n")

    def invoice_mail(self):
        return (f"{self.dear()}\n\nPlease find attached invoice {self.number} for {self.amt}, due on "
                f"{long_date(self.due)}.\n\n{self.payment()}\n\nThank you for the work, and do let me know if you "
                f"need anything else on the invoice (a PO number, a different address).\n\n{self.sign()}\n"
                f"{OWNER_NAME}\nBrennan Visuals · illustration, visualisation, motion\nGalway, Ireland\n")


def statement(invs, dear, today, deadline):
    cur = invs[0].cur
    lines = []
    total = Decimal(0)
    for i in invs:
        late = (today - i.due).days
        lines.append(f"- {i.number}, issued on {long_date(i.issued)}, due on {long_date(i.due)} ({late} days overdue): {i.amt}")
        total += i.amount
    return (f"{dear}\n\nAccording to my records, the following invoices are still outstanding:\n\n" + "\n".join(lines) +
            f"\n\nTotal due: {money(total, cur)}\n\nPlease arrange payment by {long_date(deadline)}. If some of these "
            f"invoices have already been paid, thank you – please let me know which ones and the payment dates, so "
            f"that I can update my records. If there is a problem with any of them, please reply to this email and we "
            f"can sort it out.\n\nThe payment details are on the invoices, in the emails they were sent with.\n\n"
            f"Kind regards,\n{OWNER_NAME}\n")


# --------------------------------------------------------------------------- registry

MESSAGES = []   # (key, labels dict, bytes)


def add(key, raw, kind, note, **facts):
    labels = {"kind": kind, "language": "en", "split": "dev"}
    labels.update({k: v for k, v in facts.items() if v is not None})
    labels["note"] = note
    MESSAGES.append((key, labels, raw))



# --------------------------------------------------------------------------- transport and threads
# The freelancer's domain is on Google Workspace: incoming mail is stamped by mx.google.com (in Pacific time).

def google_time(d):
    u = d.astimezone(dt.timezone.utc)
    pdt = dt.datetime(2027, 3, 14, 10, 0, tzinfo=dt.timezone.utc) <= u
    z = TZ(-7) if pdt else TZ(-8)
    return u.astimezone(z).strftime("%a, %d %b %Y %H:%M:%S %z") + (" (PDT)" if pdt else " (PST)")


def rcv(host, ip, when, delay=7):
    t = when + dt.timedelta(seconds=delay)
    return (f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
            f"{hexid(6, host + str(when))}si{int(hexid(7, str(when)), 16) % 9999999}.{hexid(3, host)}.2026\n"
            f"        for <{OWNER_ADDR}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {google_time(t)}")


def H(frm, subject, date, mid, irt=None, refs=None, to=OWNER, cc=None, host="mail.example.net", ip="192.0.2.10",
      extra=(), mime=True):
    h = [("Delivered-To", OWNER_ADDR),
         ("Received", rcv(host, ip, date)),
         ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hdr(subject)), ("Date", rfc(date)), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", list(refs)))
    h.extend(extra)
    if mime:
        h.append(("MIME-Version", "1.0"))
    return h


SUBJECTS = {
    "invoice": "Invoice {n} from Brennan Visuals",
    "courtesy": "Invoice {n} due on {due}",
    "due": "Invoice {n} due today",
    "reminder": "Payment reminder: invoice {n}",
    "late_fee": "Overdue invoice {n}",
    "final": "Final notice: invoice {n}",
    "suspension": "Invoice {n}: work may be suspended",
    "promise_followup": "Invoice {n}: payment not yet received",
    "paid_claim_followup": "Invoice {n}: payment not yet received",
}


class Sent:
    """A message the freelancer (through mailduns) sent: what clients reply to and quote."""

    def __init__(self, inv, what, when, text=None, subject=None, **kw):
        self.inv = inv
        self.what = what
        self.when = when
        self.id = mid_mailduns(f"{inv.number if inv else ''}{what}{when}", when)
        if subject is None:
            subject = SUBJECTS[what].format(n=inv.number, due=long_date(inv.due))
        self.subject = subject
        if text is None:
            today = when.date()
            if what == "invoice":
                text = inv.invoice_mail()
            elif what == "courtesy":
                text = inv.courtesy(today)
            elif what == "due":
                text = (f"{inv.dear()}\n\nThis is a quick reminder that invoice {inv.number} for {inv.amt} is due for "
                        f"payment today, {long_date(inv.due)}.\n\nIf you have already paid, thank you, and please "
                        f"disregard this reminder.\n\n{inv.payment()}\n\nIf you have any questions, just reply to this "
                        f"email.\n\n{inv.sign()}\n{OWNER_NAME}\n")
            elif what == "reminder":
                text = inv.reminder(today, fees=kw.get("fees", False))
            elif what == "late_fee":
                text = inv.late_fee(today, kw["deadline"])
            elif what == "final":
                text = inv.final(today, kw["deadline"])
            elif what == "suspension":
                text = inv.suspension(today, kw["deadline"], kw["susp"])
            elif what == "promise_followup":
                text = inv.promise_followup(today, kw.get("promise_date"))
            elif what == "paid_claim_followup":
                text = inv.paid_claim_followup(today, kw["claim_date"], kw.get("paid_on"))
        self.text = text


def chain(*sent):
    """References of a reply to the last of these messages."""
    return [s.id for s in sent]


def d(y, m, dd):
    return dt.date(y, m, dd)


# --------------------------------------------------------------------------- the invoices

I = {}


def inv(key, number, amount, cur, issued, due, client, **kw):
    I[key] = Inv(number, amount, cur, issued, due, client, **kw)
    return I[key]


inv("clonmore", "BV-2026-118", "2460.00", "EUR", d(2026, 9, 15), d(2026, 10, 15), "Clonmore County Museum", law="IE")
inv("becker", "BV-2026-119", "1100.00", "USD", d(2026, 9, 18), d(2026, 10, 18), "Tom Becker", kind="person")
inv("ancoats", "BV-2026-120", "1200.00", "GBP", d(2026, 9, 30), d(2026, 10, 30), "Ancoats Cloud Ltd", law="GB")
inv("thistle", "BV-2026-121", "1200.00", "GBP", d(2026, 9, 30), d(2026, 10, 30), "Thistle & Quill Books Ltd", law="GB",
    salutation="Dear Ruth,")
inv("kirkgate", "BV-2026-122", "760.00", "GBP", d(2026, 10, 1), d(2026, 10, 31), "Kirkgate Press Ltd", law="GB")
inv("macleod", "BV-2026-123", "1840.00", "GBP", d(2026, 10, 2), d(2026, 11, 1), "MacLeod Rennie Architects LLP", law="GB")
inv("nordlicht", "BV-2026-124", "4250.00", "EUR", d(2026, 10, 2), d(2026, 11, 1), "Nordlicht Filmproduktion GmbH", law="EU")
inv("taicymoedd", "BV-2026-125", "2975.00", "GBP", d(2026, 10, 3), d(2026, 11, 2), "Rhian Prosser", kind="person", law="GB")
inv("harlow", "BV-2026-126", "3150.00", "USD", d(2026, 10, 5), d(2026, 11, 4), "Harlow Labs, Inc.")
inv("sixthreel", "BV-2026-127", "6800.00", "USD", d(2026, 10, 7), d(2026, 11, 6), "Jake Moreno", kind="person")
inv("abercorn1", "BV-2026-128", "1450.00", "GBP", d(2026, 10, 8), d(2026, 11, 7), "Abercorn Academy")
inv("liffeyside", "BV-2026-129", "1900.00", "EUR", d(2026, 10, 9), d(2026, 11, 8), "Conor Walsh", kind="person", law="IE")
inv("airevalley", "BV-2026-130", "2100.00", "GBP", d(2026, 10, 9), d(2026, 11, 8), "Aire Valley Homes", law="GB")
inv("glenview", "BV-2026-131", "640.00", "EUR", d(2026, 10, 10), d(2026, 11, 9), "Glenview Dental Clinic", law="IE")
inv("grachtenhuis", "BV-2026-132", "980.00", "EUR", d(2026, 10, 11), d(2026, 11, 10), "Marieke de Vries", kind="person",
    law="EU")
inv("deevalley", "BV-2026-133", "2200.00", "GBP", d(2026, 10, 15), d(2026, 11, 14), "Craig Wilson", kind="person", law="GB")
inv("clydeside", "BV-2026-134", "3600.00", "GBP", d(2026, 10, 16), d(2026, 11, 15), "Alasdair Grant", kind="person", law="GB")
inv("bramble", "BV-2026-135", "2600.00", "USD", d(2026, 10, 20), d(2026, 11, 19), "Bramble & Finch Books")
inv("huber", "BV-2026-136", "3400.00", "EUR", d(2026, 10, 21), d(2026, 11, 20), "Sabine Lindner", kind="person", law="EU")
inv("hollis", "BV-2026-137", "5650.00", "CAD", d(2026, 10, 21), d(2026, 11, 20), "Greg Hollis", kind="person")
inv("heritage", "BV-2026-138", "1250.00", "USD", d(2026, 10, 21), d(2026, 11, 20), "Heritage Leaf Publishers Ltd")
inv("pixelnest", "BV-2026-139", "1600.00", "EUR", d(2026, 10, 21), d(2026, 11, 20), "Pixelnest Sp. z o.o.", law="EU")
inv("abercorn2", "BV-2026-140", "1850.00", "GBP", d(2026, 10, 23), d(2026, 11, 22), "Abercorn Academy")
inv("donvalley", "BV-2026-141", "3900.00", "CAD", d(2026, 10, 26), d(2026, 11, 25), "Don Valley District School Board")
inv("evergreen", "BV-2026-142", "2100.00", "USD", d(2026, 10, 28), d(2026, 11, 27), "Evergreen Valley School District")
inv("kinsella", "BV-2026-143", "180.00", "EUR", d(2026, 10, 30), d(2026, 11, 29), "Dermot Kinsella", kind="person")
inv("bayside", "BV-2026-144", "1100.00", "AUD", d(2026, 10, 31), d(2026, 11, 30), "Kylie Hughes", kind="person",
    salutation="Hi Kylie,")
inv("nordique", "BV-2026-145", "2400.00", "CAD", d(2026, 11, 2), d(2026, 12, 2), "Sophie Gagnon", kind="person")
inv("school", "BV-2026-146", "480.00", "EUR", d(2026, 11, 5), d(2026, 12, 5), "Scoil Naomh Colmáin")
inv("tyne1", "BV-2026-147", "800.00", "GBP", d(2026, 11, 6), d(2026, 12, 6), "Tynebridge Analytics Ltd", law="GB")
inv("driftwood", "BV-2026-148", "1300.00", "USD", d(2026, 11, 9), d(2026, 12, 9), "Driftwood Analytics")
inv("aurora", "BV-2026-149", "2000.00", "USD", d(2026, 11, 10), d(2026, 12, 10), "Ana Paula Ribeiro", kind="person")
inv("cascadia", "BV-2026-150", "1750.00", "USD", d(2026, 11, 12), d(2026, 12, 12), "Cascadia Press")
inv("lumeng", "BV-2026-151", "1480.00", "USD", d(2026, 11, 16), d(2026, 12, 16), "Shenzhen Lumeng Technology Co., Ltd.")
inv("gdansk", "BV-2026-152", "2200.00", "EUR", d(2026, 11, 18), d(2026, 12, 18), "Muzeum Bursztynu i Morza", law="EU")
inv("tyne2", "BV-2026-153", "1100.00", "GBP", d(2026, 11, 24), d(2026, 12, 24), "Tynebridge Analytics Ltd", law="GB")
inv("portici", "BV-2026-154", "1050.00", "EUR", d(2026, 11, 25), d(2026, 12, 25), "Francesca Rinaldi", kind="person",
    law="EU")
inv("corrib", "BV-2026-155", "1320.00", "EUR", d(2026, 11, 27), d(2026, 12, 27), "Corrib Housing Association", law="IE")
inv("ridgeline", "BV-2026-156", "4600.00", "USD", d(2026, 11, 30), d(2026, 12, 30), "Ridgeline Studio Architects")
inv("swanriver", "BV-2026-157", "1650.00", "AUD", d(2026, 12, 1), d(2026, 12, 31), "Jenny Walsh", kind="person")
inv("teifi", "BV-2026-158", "1400.00", "GBP", d(2026, 12, 2), d(2027, 1, 1), "Gwenllian Hughes", kind="person", law="GB")
inv("leevalley", "BV-2026-159", "1250.00", "EUR", d(2026, 12, 3), d(2027, 1, 2), "Lee Valley Pictures Ltd", law="IE")
inv("weefhuis", "BV-2026-160", "2000.00", "EUR", d(2026, 12, 4), d(2027, 1, 3), "Sanne Bakker", kind="person", law="EU")
inv("aireint", "BV-2026-161", "87.58", "GBP", d(2026, 12, 7), d(2027, 1, 6), "Aire Valley Homes",
    subject="Invoice BV-2026-161 from Brennan Visuals (late payment interest, BV-2026-130)")
inv("yarra", "BV-2026-162", "2800.00", "AUD", d(2026, 12, 10), d(2027, 1, 9), "Yarra Bend Museum of Design")
inv("lakeview", "BV-2026-163", "900.00", "USD", d(2026, 12, 11), d(2027, 1, 10), "Dr Rachel Kim", kind="person")
inv("starhaven", "BV-2026-164", "4500.00", "USD", d(2026, 12, 14), d(2027, 1, 13), "Leo Wang", kind="person")
inv("penrhos", "BV-2026-165", "2450.00", "GBP", d(2026, 12, 14), d(2027, 1, 13), "Owain Davies", kind="person", law="GB")
inv("taybank", "BV-2026-166", "1680.00", "GBP", d(2026, 12, 15), d(2027, 1, 14), "Taybank Housing Co-operative Ltd")
inv("southerncross", "BV-2026-167", "5500.00", "AUD", d(2026, 12, 16), d(2027, 1, 15), "Mick Dawson", kind="person")
inv("greenfield", "BV-2026-168", "1400.00", "USD", d(2026, 12, 17), d(2027, 1, 16), "Mr Tunde Bakare", kind="person")
inv("nolan", "BV-2026-169", "350.00", "EUR", d(2026, 12, 18), d(2027, 1, 1), "Claire Nolan", kind="person")
inv("steelcity", "BV-2026-170", "900.00", "GBP", d(2026, 12, 18), d(2027, 1, 17), "Steel City Apps Ltd", law="GB")
inv("bluepeak", "BV-2026-171", "2300.00", "USD", d(2026, 12, 21), d(2027, 1, 20), "Amy Zhou", kind="person")
inv("maritimo", "BV-2027-001", "3120.00", "EUR", d(2027, 1, 4), d(2027, 2, 3), "Itziar Etxeberria", kind="person", law="EU")
inv("bitlog", "BV-2027-002", "1200.00", "EUR", d(2027, 1, 6), d(2027, 1, 20), "Marc Puig", kind="person", law="EU")
inv("ferrante", "BV-2027-003", "1750.00", "EUR", d(2027, 1, 8), d(2027, 2, 7), "Giulia Ferrante", kind="person", law="EU")
inv("gumleaf", "BV-2027-004", "1980.00", "AUD", d(2027, 1, 11), d(2027, 1, 25), "Tom Reid", kind="person")
inv("kavanagh", "BV-2027-005", "2950.00", "EUR", d(2027, 1, 12), d(2027, 2, 11), "Kavanagh Moran Architects", law="IE")
inv("elbwerk", "BV-2027-006", "3800.00", "EUR", d(2027, 1, 13), d(2027, 2, 12), "Katrin Vogt", kind="person", law="EU")
inv("kerr", "BV-2027-007", "420.00", "GBP", d(2027, 1, 14), d(2027, 2, 13), "Morag Kerr", kind="person")
inv("granite", "BV-2027-008", "650.00", "GBP", d(2027, 1, 18), d(2027, 2, 17), "Granite City Dental Care")
inv("tidewater", "BV-2027-009", "2300.00", "EUR", d(2027, 1, 20), d(2027, 2, 19), "Colleen MacDonald", kind="person")
inv("nowak", "BV-2027-010", "3075.00", "EUR", d(2027, 1, 25), d(2027, 2, 24), "Tomasz Nowak", kind="person", law="EU")
inv("northumbria", "BV-2027-011", "1950.00", "GBP", d(2027, 2, 1), d(2027, 3, 3), "Northumbria Coast Homes", law="GB")
inv("harbor", "BV-2027-012", "5200.00", "USD", d(2027, 2, 8), d(2027, 3, 10), "David Okafor", kind="person")


def T(y, mo, dd, hh, mm, tzh=0, tzm=0):
    """When the freelancer's mail went out (Irish time, +0000 in winter)."""
    return D(y, mo, dd, hh, mm, 0, tzh, tzm)



# --------------------------------------------------------------------------- reply layouts (structure only)

def r_outlook(seed, mine, s, to, tzh=0, tzm=0, us=False, cs="windows-1252", weekday=False, rule=False,
              html_too=True, block=None, font="Calibri"):
    block = block or outlook_block(s.when, tzh, s.subject, to, tzm=tzm, us=us, weekday=weekday, rule=rule)
    plain = mine.rstrip("\n") + "\n\n" + block + "\n\n" + s.text
    if not html_too:
        return TEXT(plain, cs=cs)
    return MULTI("alternative", [TEXT(plain, cs=cs), TEXT(outlook_html(mine, block, s.text, font=font, cs=cs), "html", cs=cs)],
                 "outlook", seed)


def r_gmail(seed, mine, s, us=False, tzh=0, tzm=0, who=OWNER, wrap=False):
    attr = gmail_attr_us(s.when, tzh, tzm, who) if us else gmail_attr_gb(s.when, tzh, tzm, who)
    pattr = attr
    if wrap and len(attr) > 76:
        cut = attr.rfind(" ", 0, 76)
        pattr = attr[:cut] + "\n" + attr[cut + 1:]
    plain = mine.rstrip("\n") + "\n\n" + pattr + "\n\n" + gt(s.text) + "\n"
    return MULTI("alternative", [TEXT(plain, cs="UTF-8"), TEXT(gmail_html(mine, attr, s.text), "html", cs="UTF-8")],
                 "gmail", seed)


def r_apple(mine, s, tzh=0, tzm=0, us=False, cs="utf-8", cte="quoted-printable", attr=None):
    attr = attr or apple_attr(s.when, tzh, tzm, us=us)
    plain = mine.rstrip("\n") + "\n\n" + attr + "\n\n" + gt(s.text) + "\n"
    return TEXT(plain, cs=cs, cte=cte, quote_cs=False)


def outlook_x(seed, subject, lang="en-GB", attach=False):
    return [("Thread-Topic", hdr(re.sub(r"^(RE|Re|AW|RV|FW|Fwd): ", "", subject))),
            ("Thread-Index", base64.b64encode(hashlib.md5(seed.encode()).digest()[:16] + b"\x00\x01").decode()),
            ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
            ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]



# =========================================================================== client-reply-paid

# --- Glasgow architecture practice, office manager, answers the late-fee letter; asks how to claim the fees
v = I["macleod"]
s0 = Sent(v, "invoice", T(2026, 10, 2, 10, 14))
s1 = Sent(v, "reminder", T(2026, 11, 4, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 11, 23, 9, 0), deadline=d(2026, 12, 7))
when = D(2026, 11, 24, 10, 47, 12)
mine = """Hi Aoife,

Apologies – this one is on us. The PO for the Kelvinside visuals was never receipted by the project architect, so your invoice sat in the approval queue and missed the November run entirely. Nobody flagged it until your email landed on my desk this morning.

I've pushed it through manually and £1,840.00 went out this morning against BV-2026-123. Our bank says international payments take 1-2 working days so it should be with you by Thursday.

On the interest and the £70 – I'm not arguing with it, but our accounts system won't let me add it to the original invoice. If you want to claim it, could you send a separate invoice for the late payment charges and I'll get it approved?

Kind regards,
Fiona

Fiona Baird
Office Manager
MacLeod Rennie Architects LLP
14 Claremont Terrace, Glasgow G3 7XR
T 0141 496 0732

MacLeod Rennie Architects LLP is a limited liability partnership registered in Scotland (SO305118). This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it."""
subj = "RE: " + s2.subject
raw = build(H(addr("Fiona Baird", "fiona.baird@macleodrennie.co.uk"), subj, when,
              mid_outlook("macleod-1", "eurprd02"), s2.id, chain(s0, s1, s2),
              host="mail-db8eur05on2071.outbound.protection.outlook.com", ip="40.107.20.71",
              extra=outlook_x("macleod-1", subj)),
            r_outlook("macleod-1", mine, s2, "Fiona Baird <fiona.baird@macleodrennie.co.uk>"))
add("paid-macleod", raw, "client-reply-paid",
    "Payment sent this morning for the named invoice ('with you by Thursday' is the transfer's arrival, not a "
    "promise); asking for a separate invoice for the £70 and interest accepts the fees, so this is not a dispute.",
    amount="1840.00", currency="GBP", reference="BV-2026-123")

# --- Irish county museum, finance section, answers the final notice with a remittance advice PDF
v = I["clonmore"]
s0 = Sent(v, "invoice", T(2026, 9, 15, 11, 2))
s1 = Sent(v, "reminder", T(2026, 10, 19, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 11, 9, 9, 0), deadline=d(2026, 11, 20))
s3 = Sent(v, "final", T(2026, 11, 23, 9, 0), deadline=d(2026, 12, 7))
when = D(2026, 11, 26, 14, 5, 40)
mine = """Dear Ms Brennan,

Please find attached a remittance advice for payment of €2,460.00 in respect of your invoice BV-2026-118, which was made by electronic funds transfer on 25 November 2026.

We regret the delay in payment. The Museum's accounts are administered by the Council's Finance Section and all supplier payments above €2,000 require a second approval, which was held up while the relevant officer was on leave. Your final notice was received and has been noted on file.

Any claim for late payment interest and compensation under the 2012 Regulations should be submitted as a separate invoice addressed to the Finance Section at the address below, quoting the original invoice number, and it will be assessed in the normal way.

Is mise le meas,

Pádraig Ó Murchú
Clerical Officer | Finance Section
Clonmore County Council
Áras an Chontae, Clonmore
Tel: 057 932 1400

Please consider the environment before printing this email.
"""
root = MULTI("mixed", [TEXT(mine, cs="utf-8", cte="quoted-printable"),
                       ATT("application/pdf", fake_pdf("Remittance Advice EFT 0004471 Brennan Visuals"),
                           "Remittance_Advice_EFT0004471.pdf")], "mime", "clonmore")
raw = build(H(addr("Pádraig Ó Murchú", "finance@clonmorecoco.ie"), "RE: " + s3.subject, when,
              mid_plain("clonmore-2", "clonmorecoco.ie"), s3.id, chain(s0, s1, s2, s3),
              host="mailgw01.clonmorecoco.ie", ip="193.1.244.18",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-ie")]), root)
add("paid-clonmore", raw, "client-reply-paid",
    "Remittance advice attached and the text states the EFT made on 25 November; the remark about claiming the "
    "statutory interest by a separate invoice is procedure, not a refusal.",
    amount="2460.00", currency="EUR", reference="BV-2026-118")

# --- Austin SaaS, AP clerk, one line; the amount and number appear only in the quoted reminder
v = I["harlow"]
s0 = Sent(v, "invoice", T(2026, 10, 5, 15, 30))
s1 = Sent(v, "reminder", T(2026, 11, 9, 9, 0))
when = D(2026, 11, 12, 15, 22, 8, -6)
mine = """Hi Aoife - this was paid today via international wire, should land in 2-3 business days. Sorry for the delay!

Maria Delgado | Accounts Payable
Harlow Labs, Inc. | 600 Congress Ave, Austin, TX 78701"""
raw = build(H(addr("Maria Delgado", "ap@harlowlabs.com"), "Re: " + s1.subject, when, mid_gmail("harlow-1"),
              s1.id, chain(s0, s1), host="mail-sor-f41.google.com", ip="209.85.220.41"),
            r_gmail("harlow-1", mine, s1, us=True, tzh=-6))
add("paid-harlow", raw, "client-reply-paid",
    "Says the invoice was paid today by wire; no sum or invoice number in her own words (both only in the quoted "
    "reminder), so no amount or reference.")

# --- Amsterdam publisher, Dutch writer, paid yesterday
v = I["grachtenhuis"]
s0 = Sent(v, "invoice", T(2026, 10, 11, 16, 40))
s1 = Sent(v, "reminder", T(2026, 11, 16, 9, 0))
when = D(2026, 11, 18, 8, 31, 55, 1)
mine = """Goodmorning Aoife,

The payment is done yesterday, I have seen it in our bank this morning. Sorry for the late, we have a new system for the invoices since October and your invoice was stucked in it because the KvK number was missing (but you dont have a KvK of course, you are in Ireland haha).

It is € 980,00 for invoice BV-2026-132, with the number of the invoice in the description.

Greetings,
Marieke

--
Marieke de Vries
Productie & Rechten
Uitgeverij Grachtenhuis
Keizersgracht 311, 1016 EE Amsterdam"""
raw = build(H(addr("Marieke de Vries", "marieke@grachtenhuis.nl"), "Re: " + s1.subject, when,
              mid_gmail("grachtenhuis-1"), s1.id, chain(s0, s1), host="mail-ed1-f50.google.com", ip="209.85.208.50"),
            r_gmail("grachtenhuis-1", mine, s1, tzh=1, wrap=True))
add("paid-grachtenhuis", raw, "client-reply-paid",
    "Non-native 'the payment is done yesterday' = paid; the amount is written the Dutch way (€ 980,00).",
    amount="980.00", currency="EUR", reference="BV-2026-132")

# --- Brisbane dental practice manager, iPhone, screenshot attached; "$" alone
v = I["bayside"]
s0 = Sent(v, "invoice", T(2026, 10, 31, 12, 5))
s1 = Sent(v, "reminder", T(2026, 12, 4, 9, 2))
when = D(2026, 12, 6, 21, 14, 3, 10)
mine = """Hi Aoife so sorry!! I thought this went out weeks ago, turns out it was sitting in the bank app waiting for the second approval and I never hit the button 🤦‍♀️ Just paid the $1,100 now, screenshot attached.

Have a lovely Christmas x

Kylie

Sent from my iPhone"""
body = TEXT(mine + "\n", cs="utf-8", quote_cs=False)
quote = TEXT("\n" + apple_attr(s1.when, 10) + "\n\n" + gt(s1.text) + "\n", cs="utf-8", quote_cs=False)
root = MULTI("mixed", [body, ATT("image/png", fake_png(), "IMG_4821.PNG", inline=True), quote], "apple", "bayside")
raw = build(H(addr("Kylie Hughes", "kylie@baysidesmiles.com.au"), "Re: " + s1.subject, when,
              mid_apple("bayside-1", "baysidesmiles.com.au"), s1.id, chain(s0, s1),
              host="mail-syd1.baysidesmiles.com.au", ip="203.0.113.77",
              extra=[("X-Mailer", "iPhone Mail (22B91)")], mime=False) + [("Mime-Version", "1.0 (1.0)")], root)
add("paid-bayside", raw, "client-reply-paid",
    "Just paid, with a screenshot; the sum is written '$1,100' with no currency code in her own words, so currency is "
    "left out even though the invoice was in AUD.",
    amount="1100.00")

# --- Berlin film production, German bookkeeper, Outlook in German; paid + asks for PO on future invoices
v = I["nordlicht"]
s0 = Sent(v, "invoice", T(2026, 10, 2, 14, 20))
s1 = Sent(v, "reminder", T(2026, 11, 4, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 11, 23, 9, 0), deadline=d(2026, 12, 4))
when = D(2026, 11, 30, 16, 40, 21, 1)
mine = """Dear Ms. Brennan,

thank you for your reminder. We have transferred today the 4.250,00 EUR for the invoice BV-2026-124, the value date should be 02.12.2026.

Please excuse the delay, the invoice was booked on the wrong cost centre (our other production "Wintergäste") and so the producer did not release it.

One question for the future invoices: could you please write our purchase order number (PO 4500012873) and our new VAT ID DE312456789 on the invoice? Otherwise our accounting must send it back.

Regarding the interest and the 40 EUR flat fee, I have to clarify this with our managing director, I will come back to you.

With kind regards
Jonas Albrecht
Produktionsbuchhaltung

Nordlicht Filmproduktion GmbH
Lychener Straße 51, 10437 Berlin
Geschäftsführer: Henrike Sauer
Amtsgericht Charlottenburg HRB 198765 B"""
blk = ("Von: Aoife Brennan <aoife@brennanvisuals.ie>\nGesendet: Montag, 23. November 2026 10:00\n"
       "An: Jonas Albrecht <buchhaltung@nordlicht-film.de>\nBetreff: " + s2.subject)
subj = "AW: " + s2.subject
raw = build(H(addr("Jonas Albrecht", "buchhaltung@nordlicht-film.de"), subj, when,
              mid_outlook("nordlicht-1", "deuprd01", "FR2P281MB1234"), s2.id, chain(s0, s1, s2),
              host="mail-fr2deu01on2109.outbound.protection.outlook.com", ip="40.107.135.109",
              extra=outlook_x("nordlicht-1", subj, "de-DE")),
            r_outlook("nordlicht-1", mine, s2, "", block=blk))
add("paid-nordlicht", raw, "client-reply-paid",
    "Transfer made today with a value date two days later: the payment is done, the value date is not a promise; "
    "the fees are left open ('I will come back to you'), not refused.",
    amount="4250.00", currency="EUR", reference="BV-2026-124")

# --- Welsh housing association, the commissioning officer relays what finance said
v = I["taicymoedd"]
s0 = Sent(v, "invoice", T(2026, 10, 3, 10, 0))
s1 = Sent(v, "reminder", T(2026, 11, 5, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 12, 7, 9, 0), deadline=d(2026, 12, 18))
when = D(2026, 12, 11, 11, 20, 17)
mine = """Bore da Aoife,

I've chased this with our finance team and they've confirmed it was paid on 3rd December in the weekly payment run – £2,975.00 for invoice BV-2026-125. It should show on your statement as "TAI CYMOEDD BV2026125" as the reference field only takes 18 characters, so it might not be obvious.

Sorry you had to send a second reminder, I should have checked sooner. The illustrations are already in the tenant newsletter and everyone loves them.

Diolch,
Rhian

Rhian Prosser
Swyddog Cyfathrebu | Communications Officer
Tai Cymoedd
Rydym yn croesawu gohebiaeth yn Gymraeg | We welcome correspondence in Welsh"""
subj = "RE: " + s2.subject
raw = build(H(addr("Rhian Prosser", "rhian.prosser@taicymoedd.org.uk"), subj, when,
              mid_outlook("taicymoedd-1", "gbrprd01", "LO2P265MB5521"), s2.id, chain(s0, s1, s2),
              host="mail-lo2gbr01on2113.outbound.protection.outlook.com", ip="40.107.10.113",
              extra=outlook_x("taicymoedd-1", subj)),
            r_outlook("taicymoedd-1", mine, s2, "Rhian Prosser <rhian.prosser@taicymoedd.org.uk>", weekday=True))
add("paid-taicymoedd", raw, "client-reply-paid",
    "Relays finance's confirmation that it was paid on 3 December; the bank reference 'BV2026125' is the same invoice "
    "she names as BV-2026-125.",
    amount="2975.00", currency="GBP", reference="BV-2026-125")

# --- Kraków SaaS accountant, Polish writer, transfer confirmation attached
v = I["pixelnest"]
s0 = Sent(v, "invoice", T(2026, 10, 21, 9, 45))
s1 = Sent(v, "reminder", T(2026, 11, 23, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 12, 10, 9, 0), deadline=d(2026, 12, 21))
when = D(2026, 12, 15, 12, 3, 44, 1)
mine = """Dear Mrs Brennan,

I confirm that invoice no. BV-2026-139 was paid on 14.12.2026 in amount 1 600,00 EUR. Confirmation of transfer in attachment.

The delay was because the invoice was sent to e-mail of Mr Nowicki who is no longer working in our company. Please send next invoices to faktury@pixelnest.pl.

Best regards,
Katarzyna Wójcik
Accountant
Pixelnest Sp. z o.o.
ul. Rakowicka 7, 31-511 Kraków
NIP 6751234567"""
root = MULTI("mixed", [r_gmail("pixelnest-1", mine, s2, tzh=1),
                       ATT("application/pdf", fake_pdf("Potwierdzenie przelewu 14.12.2026"),
                           "potwierdzenie_przelewu_14122026.pdf")], "gmail", "pixelnest-mixed")
raw = build(H(addr("Katarzyna Wójcik", "k.wojcik@pixelnest.pl"), "Re: " + s2.subject, when,
              mid_gmail("pixelnest-1"), s2.id, chain(s0, s1, s2), host="mail-wm1-f44.google.com", ip="209.85.128.44"),
            root)
add("paid-pixelnest", raw, "client-reply-paid",
    "Confirms payment on 14.12.2026 with the transfer confirmation attached; Polish number format '1 600,00 EUR'.",
    amount="1600.00", currency="EUR", reference="BV-2026-139")

# --- Edinburgh independent school bursar: two invoices in one payment, answers the statement
a1, a2 = I["abercorn1"], I["abercorn2"]
s0 = Sent(a1, "invoice", T(2026, 10, 8, 10, 30))
st = Sent(a1, "statement", T(2026, 12, 1, 9, 0), subject="Statement of outstanding invoices",
          text=statement([a1, a2], "Dear Accounts Team,", d(2026, 12, 1), d(2026, 12, 15)))
when = D(2026, 12, 4, 15, 55, 2)
mine = """Dear Ms Brennan,

Thank you for your statement. Both invoices (BV-2026-128 and BV-2026-140) were included in today's supplier payment run, £3,300.00 in total, paid as a single international transfer. A remittance advice will follow from our finance system separately.

Please note that the school's purchase ledger closes for the Christmas holidays on 18 December, so any further invoices received after that date will be processed in January.

Yours sincerely,

Graham Lindsay
Bursar
Abercorn Academy
Abercorn Terrace, Edinburgh EH15 2DJ
Abercorn Academy is a charity registered in Scotland, SC009871."""
raw = build(H(addr("Graham Lindsay", "bursar@abercornacademy.org.uk"), "RE: Statement of outstanding invoices", when,
              mid_outlook("abercorn-1", "gbrprd01", "CWLP265MB3310"), st.id, chain(s0, st),
              host="mail-cwlgbr01on2098.outbound.protection.outlook.com", ip="40.107.11.98",
              extra=outlook_x("abercorn-1", "Statement of outstanding invoices")),
            r_outlook("abercorn-1", mine, st, "Bursar <bursar@abercornacademy.org.uk>", rule=False))
add("paid-abercorn", raw, "client-reply-paid",
    "Both invoices paid in one transfer: the total paid is stated, but the message is about two invoices so no "
    "reference.",
    amount="3300.00", currency="GBP")

# --- Leeds publisher, curt and annoyed at the final notice; paid, nothing else
v = I["kirkgate"]
s0 = Sent(v, "invoice", T(2026, 10, 1, 11, 11))
s1 = Sent(v, "reminder", T(2026, 11, 3, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 11, 17, 9, 0), deadline=d(2026, 12, 1))
s3 = Sent(v, "final", T(2026, 12, 14, 9, 0), deadline=d(2026, 12, 28))
when = D(2026, 12, 14, 13, 12, 30)
mine = """Aoife,

This was paid on the 9th. Check your account before sending letters threatening debt collectors to a publisher you've worked with for three years.

Simon

Get Outlook for iOS"""
blk = outlook_block(s3.when, 0, s3.subject, "Simon Hartley <simon@kirkgatepress.co.uk>", us=True, rule=True)
blk = blk.replace("Sent: ", "Sent: ").replace(" AM\n", ":00 AM\n")
raw = build(H(addr("Simon Hartley", "simon@kirkgatepress.co.uk"), "Re: " + s3.subject, when,
              mid_outlook("kirkgate-1", "gbrprd01", "LO4P265MB6021"), s3.id, chain(s0, s1, s2, s3),
              host="mail-lo4gbr01on2130.outbound.protection.outlook.com", ip="40.107.23.130",
              extra=[("Content-Language", "en-GB"), ("X-MS-Has-Attach", "")]),
            r_outlook("kirkgate-1", mine, s3, "", block=blk, cs="utf-8", html_too=False))
add("paid-kirkgate", raw, "client-reply-paid",
    "Angry in tone but only states the invoice was paid on the 9th; nothing in it contests the amount or the work, "
    "so paid, not dispute; no sum or number in his words.")

# --- São Paulo production company, producer, Wise transfer today
v = I["aurora"]
s0 = Sent(v, "invoice", T(2026, 11, 10, 17, 0))
s1 = Sent(v, "reminder", T(2026, 12, 14, 9, 0))
s2 = Sent(v, "late_fee", T(2027, 1, 4, 9, 0), deadline=d(2027, 1, 15))
when = D(2027, 1, 8, 18, 47, 9, -3)
mine = """Hi Aoife!!

Sorry sorry sorry, end of year here is crazy and I was on vacation in Bahia with no signal 🙈 The payment was made today by Wise, USD 2,000.00, you should receive it in 1 or 2 days. I put the invoice number BV-2026-149 in the reference so you can find it.

Obrigada pela paciência 🙏 and happy new year!!
We will have more frames for you in March I think, the director loved them.

Beijos,
Ana Paula

--
Ana Paula Ribeiro
Produtora Executiva | Casa Aurora Filmes
+55 11 3042 0000"""
raw = build(H(addr("Ana Paula Ribeiro", "anapaula@casaaurorafilmes.com.br"), "Re: " + s2.subject, when,
              mid_gmail("aurora-1"), s2.id, chain(s0, s1, s2), host="mail-yw1-f171.google.com", ip="209.85.128.171"),
            r_gmail("aurora-1", mine, s2, us=True, tzh=-3))
add("paid-aurora", raw, "client-reply-paid",
    "Brazilian producer: payment made today by Wise, amount in USD and invoice number in her own words.",
    amount="2000.00", currency="USD", reference="BV-2026-149")

# --- Vancouver architecture firm, principal, Apple Mail plain text
v = I["hollis"]
s0 = Sent(v, "invoice", T(2026, 10, 21, 18, 5))
s1 = Sent(v, "reminder", T(2026, 11, 23, 9, 0))
when = D(2026, 12, 2, 16, 8, 51, -8)
mine = """Hi Aoife,

Payment of $5,650.00 CAD was released in today's wire run for invoice BV-2026-137. Our bank does the conversion on their end so you should receive the full amount in euros, but let me know if anything comes up short and we'll top it up.

Apologies for the wait — our bookkeeper only does foreign wires twice a month and we missed the November cut-off.

The renders were a big hit at the public hearing, by the way. Council approved the rezoning 7-2.

Greg

Greg Hollis, Architect AIBC
Principal
Hollis Tremblay Architects
1260 Hamilton St, Vancouver BC"""
raw = build(H(addr("Greg Hollis", "greg@hollistremblay.ca"), "Re: " + s1.subject, when,
              mid_apple("hollis-1", "hollistremblay.ca"), s1.id, chain(s0, s1),
              host="mail.hollistremblay.ca", ip="198.51.100.61",
              extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")], mime=False)
            + [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")],
            r_apple(mine, s1, tzh=-8, us=True, cs="utf-8"))
add("paid-hollis", raw, "client-reply-paid",
    "Wire released today for the named invoice; the offer to top up a shortfall is not a promise of a further payment.",
    amount="5650.00", currency="CAD", reference="BV-2026-137")

# --- Cork dental practice receptionist, HTML-only Outlook, windows-1252
v = I["glenview"]
s0 = Sent(v, "invoice", T(2026, 10, 10, 12, 0))
s1 = Sent(v, "reminder", T(2026, 11, 12, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 12, 3, 9, 0), deadline=d(2026, 12, 14))
s3 = Sent(v, "final", T(2027, 1, 11, 9, 0), deadline=d(2027, 1, 25))
when = D(2027, 1, 13, 10, 15, 33)
mine = """Hi Aoife,

Dr O'Sullivan asked me to let you know that your invoice was paid by bank transfer this morning. Apologies for the delay, we changed over our accounts software in December and a few suppliers fell through the cracks.

Kind regards,
Sinéad

Sinéad Cronin
Reception
Glenview Dental Clinic
Glenview House, Douglas Road, Cork
021 489 0000"""
blk = outlook_block(s3.when, 0, s3.subject, "Glenview Dental <reception@glenviewdental.ie>", rule=False, weekday=True)
page = outlook_html(mine, blk, s3.text, font="Arial", size="10.0pt", cs="windows-1252")
raw = build(H(addr("Glenview Dental Clinic", "reception@glenviewdental.ie"), "RE: " + s3.subject, when,
              mid_outlook("glenview-1", "eurprd07", "AS8PR07MB7710"), s3.id, chain(s0, s1, s2, s3),
              host="mail-am0eur02on2102.outbound.protection.outlook.com", ip="40.107.247.102",
              extra=outlook_x("glenview-1", "RE: " + s3.subject)),
            TEXT(page, "html", cs="windows-1252"))
add("paid-glenview", raw, "client-reply-paid",
    "HTML-only reply from reception on the dentist's behalf: paid by transfer this morning; no amount or invoice number "
    "in her words.")

# --- Shenzhen SaaS finance, Chinese writer, Foxmail base64, bank slip attached
v = I["lumeng"]
s0 = Sent(v, "invoice", T(2026, 11, 16, 8, 20))
s1 = Sent(v, "reminder", T(2026, 12, 21, 9, 0))
s2 = Sent(v, "late_fee", T(2027, 1, 11, 9, 0), deadline=d(2027, 1, 22))
when = D(2027, 1, 13, 17, 36, 2, 8)
mine = """Dear Aoife,

Good day! Our finance department has paid the invoice BV-2026-151, amount USD 1,480.00 by T/T on 2027-01-12. Attached is the bank slip for your reference.

Please kindly note the intermediary bank may deduct some bank charge, if the amount received is not full please kindly let us know and we will check with bank.

Thanks and best regards
Cindy Zhang 张欣怡
Finance Dept.
Shenzhen Lumeng Technology Co., Ltd.
Tel: +86 755 8600 0000"""
fox_attr = (f"From: Aoife Brennan\nDate: {s2.when.astimezone(TZ(8)).strftime('%Y-%m-%d %H:%M')}\n"
            f"To: cindy.zhang\nSubject: {s2.subject}")
plain = mine + "\n\n" + "-" * 20 + "\n" + fox_attr + "\n\n" + s2.text
fhtml = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=UTF-8\"><style>body { line-height: 1.5; }"
         "</style></head><body style=\"font-size: 10.5pt; font-family: 'Microsoft YaHei UI';\">\n" + p2h(mine) +
         "\n<div><br></div><blockquote style=\"margin-top: 0px; margin-bottom: 0px; margin-left: 0.5em;\">"
         "<div style=\"border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm\">" +
         "<br>".join(html.escape(l, quote=False) for l in fox_attr.split("\n")) + "</div>" + p2h(s2.text) +
         "</blockquote></body></html>\n")
alt = MULTI("alternative", [TEXT(plain, cs="utf-8", cte="base64", quote_cs=False),
                            TEXT(fhtml, "html", cs="utf-8", cte="base64", quote_cs=False)], "mime", "lumeng-alt")
root = MULTI("mixed", [alt, ATT("image/jpeg", fake_jpg(), "bank slip 20270112.jpg")], "mime", "lumeng-mixed")
raw = build(H(addr("Cindy Zhang", "cindy.zhang@lumengtech.cn"), "Re: " + s2.subject, when,
              f"<{when.strftime('%Y%m%d%H%M%S')}{hexid(9, 'lumeng')}@lumengtech.cn>", s2.id, chain(s0, s1, s2),
              host="smtpbg151.qq.com", ip="162.62.58.216",
              extra=[("X-Mailer", "Foxmail 7.2.25.254[cn]"), ("X-Priority", "3"), ("X-Has-Attach", "yes")]), root)
add("paid-lumeng", raw, "client-reply-paid",
    "Paid by T/T on 2027-01-12 with the bank slip; the remark that an intermediary bank may deduct charges is not a "
    "dispute and not a promise of more money.",
    amount="1480.00", currency="USD", reference="BV-2026-151")

# --- Limerick potter's partner writes from her mailbox while she is in hospital
v = I["nolan"]
s0 = Sent(v, "invoice", T(2026, 12, 18, 15, 12))
s1 = Sent(v, "reminder", T(2027, 1, 5, 9, 0))
when = D(2027, 1, 10, 20, 41, 16)
mine = """Hi Aoife,

This is Dave, Claire's other half. She's been in hospital since St Stephen's Day (baby came early, both doing grand now!) and asked me to go through her emails and sort anything urgent. Sorry this one slipped, her inbox was full and half of them were bouncing.

I've just paid the €350 from our joint account and put BV-2026-169 as the reference. It'll probably come through as D & C NOLAN rather than the studio, so don't be confused.

Claire says thanks a million for the logo, she'll be in touch herself when she's back on her feet.

Dave"""
raw = build(H(addr("Nolan Clay", "hello.nolanclay@gmail.com"), "Re: " + s1.subject, when, mid_gmail("nolan-1"),
              s1.id, chain(s0, s1), host="mail-sor-f69.google.com", ip="209.85.220.69"),
            r_gmail("nolan-1", mine, s1))
add("paid-nolan", raw, "client-reply-paid",
    "The client's partner writes from her mailbox and says he has just paid; the payer name on the statement will "
    "differ, which a reader should not take as a different payment.",
    amount="350.00", currency="EUR", reference="BV-2026-169")

# --- Cantabrian maritime museum, Spanish administrator, Outlook in Spanish
v = I["maritimo"]
s0 = Sent(v, "invoice", T(2027, 1, 4, 10, 10))
s1 = Sent(v, "due", T(2027, 2, 3, 9, 0))
when = D(2027, 2, 4, 9, 50, 12, 1)
mine = """Hello Aoife,

I inform you that the payment of the invoice BV-2027-001 has been done the 2 of february, 3.120€. Please can you confirm us the reception when you have it?

Thank you very much and sorry if it arrives late, we were waiting the subvention of the Diputación to pay all the providers of the exhibition.

Best regards

Itziar Etxeberria
Administración
Museo Marítimo del Cantábrico
Tel. 942 000 000

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial."""
blk = ("De: Aoife Brennan <aoife@brennanvisuals.ie>\nEnviado el: miércoles, 3 de febrero de 2027 10:00\n"
       "Para: Itziar Etxeberria <administracion@museomaritimocantabrico.es>\nAsunto: " + s1.subject)
subj = "RE: " + s1.subject
raw = build(H(addr("Itziar Etxeberria", "administracion@museomaritimocantabrico.es"), subj, when,
              mid_outlook("maritimo-1", "eurprd06", "PR3PR06MB6644"), s1.id, chain(s0, s1),
              host="mail-pr3eur06on2090.outbound.protection.outlook.com", ip="40.107.129.90",
              extra=outlook_x("maritimo-1", subj, "es-ES")),
            r_outlook("maritimo-1", mine, s1, "", block=blk, cs="windows-1252"))
add("paid-maritimo", raw, "client-reply-paid",
    "Spanish writer: 'the payment has been done the 2 of february, 3.120€' = paid; the request to confirm receipt is "
    "a question on top of a paid message.",
    amount="3120.00", currency="EUR", reference="BV-2027-001")

# --- Inverness photographer's accountant answers a reminder the client forwarded to him
v = I["kerr"]
s0 = Sent(v, "invoice", T(2027, 1, 14, 11, 0))
s1 = Sent(v, "reminder", T(2027, 2, 15, 9, 0))
fwd_when = D(2027, 2, 16, 7, 12, 0, 4)
when = D(2027, 2, 23, 11, 30, 5)
mine = """Dear Ms Brennan

We act for Mrs Morag Kerr, trading as Morag Kerr Photography, and deal with her supplier payments while she is working overseas. Mrs Kerr forwarded your reminder to us (below).

We have today made payment of £420.00 in settlement of your invoice BV-2027-007. Please accept our apologies for the delay, which arose because the invoice was not forwarded to us at the time.

To avoid this in future, could you please copy invoices@munrofraser.co.uk on any invoices addressed to Mrs Kerr?

Yours sincerely

Ewan Munro CA
Munro & Fraser
Chartered Accountants
22 Church Street, Inverness IV1 1EA

Munro & Fraser is the trading name of Munro & Fraser Ltd, registered in Scotland (SC412233). Regulated by the Institute of Chartered Accountants of Scotland."""
fwd_note = "Ewan can you sort this one please, I thought I'd sent it to you in January. Thanks M x\n\nSent from my Galaxy"
fwd = ("From: Morag Kerr <morag@moragkerrphotography.co.uk>\nSent: 16 February 2027 03:12\nTo: Ewan Munro "
       "<ewan@munrofraser.co.uk>\nSubject: FW: " + s1.subject + "\n\n" + fwd_note + "\n\n\n-------- Original message --------\n"
       f"From: Aoife Brennan <aoife@brennanvisuals.ie>\nDate: 15/02/2027 09:00 (GMT+00:00)\n"
       f"To: morag@moragkerrphotography.co.uk\nSubject: {s1.subject}\n\n" + s1.text)
plain = mine + "\n\n" + fwd
fwd_id = mid_plain("kerr-fwd", "moragkerrphotography.co.uk")
raw = build(H(addr("Ewan Munro", "ewan@munrofraser.co.uk"), "RE: FW: " + s1.subject, when,
              mid_outlook("kerr-1", "gbrprd01", "LO0P265MB2290"), fwd_id, [s1.id, fwd_id],
              cc="Morag Kerr <morag@moragkerrphotography.co.uk>", host="mail-lo0gbr01on2120.outbound.protection.outlook.com",
              ip="40.107.21.120", extra=outlook_x("kerr-1", "RE: FW: " + s1.subject)),
            TEXT(plain, cs="utf-8", cte="quoted-printable"))
add("paid-kerr", raw, "client-reply-paid",
    "The client's accountant answers the client's forward of the reminder (In-Reply-To is the forward, not the "
    "freelancer's message) and says payment was made today for the named invoice.",
    amount="420.00", currency="GBP", reference="BV-2027-007")


# =========================================================================== client-reply-promise

# --- Edinburgh publisher, production manager: "next payment run, which is Thursday"
v = I["thistle"]
s0 = Sent(v, "invoice", T(2026, 9, 30, 14, 45))
s1 = Sent(v, "reminder", T(2026, 11, 2, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 11, 23, 9, 0), deadline=d(2026, 12, 4))
when = D(2026, 11, 30, 9, 40, 26)
mine = """Hi Aoife,

Sorry — I've only just seen this. It went to the production@ inbox, which nobody has been checking properly since Ruth left in October (and I'm guessing your first reminder went to her old address and vanished).

I've spoken to finance and it'll go in our next payment run, which is Thursday. I've asked them to add the interest and the £70 as well so you don't need to invoice separately.

Eilidh

Eilidh Mackay
Production Manager
Thistle & Quill Books
5 Blackfriars Street, Edinburgh EH1 1NB"""
raw = build(H(addr("Eilidh Mackay", "eilidh@thistlequill.co.uk"), "Re: " + s2.subject, when, mid_gmail("thistle-1"),
              s2.id, chain(s0, s1, s2), to="Aoife Brennan <aoife@brennanvisuals.ie>",
              host="mail-sor-f73.google.com", ip="209.85.220.73"),
            r_gmail("thistle-1", mine, s2))
add("promise-thistle", raw, "client-reply-promise",
    "Monday 30 November: 'our next payment run, which is Thursday' = Thursday 3 December; no sum in her words.",
    promised_date="2026-12-03")

# --- Los Angeles film production, line producer on his phone: "by end of the month"
v = I["sixthreel"]
s0 = Sent(v, "invoice", T(2026, 10, 7, 17, 30))
s1 = Sent(v, "reminder", T(2026, 11, 9, 9, 0))
when = D(2026, 11, 12, 19, 22, 40, -8)
mine = """Hey Aoife —

Totally fair to chase. We're waiting on the completion bond company to release the next drawdown and literally every vendor on the show is stuck behind it. Latest I've heard is it clears next week. Either way I'll get you paid by end of the month, you have my word.

The concept frames are still pinned up in the production office btw. Everyone wants to know when we're doing the sequel.

Jake

Sent from my iPhone"""
raw = build(H(addr("Jake Moreno", "jake@sixthreelpictures.com"), "Re: " + s1.subject, when,
              mid_apple("sixthreel-1", "sixthreelpictures.com"), s1.id, chain(s0, s1),
              host="mail-pl1-f182.google.com", ip="209.85.214.182",
              extra=[("X-Mailer", "iPhone Mail (22B83)")], mime=False) + [("Mime-Version", "1.0 (1.0)")],
            r_apple(mine, s1, tzh=-8, us=True))
add("promise-sixthreel", raw, "client-reply-promise",
    "'by end of the month' written on 12 November (Pacific time) = 30 November; 'clears next week' is about the bond "
    "money, not a payment day.",
    promised_date="2026-11-30")

# --- Munich architects, German writer, Apple Mail with German attribution: "next friday, the 11.12."
v = I["huber"]
s0 = Sent(v, "invoice", T(2026, 10, 21, 16, 0))
s1 = Sent(v, "reminder", T(2026, 11, 30, 9, 0))
when = D(2026, 12, 4, 10, 15, 44, 1)
mine = """Dear Aoife,

thank you for the reminder and sorry for the delay. We had to wait for the payment of our own client (the building owner) for this phase of the project, it came now at last.

We will pay your invoice BV-2026-136 on next friday, the 11.12., together with the other freelancers.

Best regards / Viele Grüße
Sabine Lindner

Huber Lindner Architekten PartGmbB
Gollierstraße 70, 80339 München"""
attr = "Am 30.11.2026 um 10:00 schrieb Aoife Brennan <aoife@brennanvisuals.ie>:"
raw = build(H(addr("Sabine Lindner", "lindner@huberlindner.de"), "Re: " + s1.subject, when,
              mid_apple("huber-1", "huberlindner.de"), s1.id, chain(s0, s1), host="mout.kundenserver.de",
              ip="212.227.126.187", extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")], mime=False)
            + [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))")],
            r_apple(mine, s1, attr=attr))
add("promise-huber", raw, "client-reply-promise",
    "German date '11.12.' (day.month) named with 'next friday', both = 11 December 2026.",
    promised_date="2026-12-11", reference="BV-2026-136")

# --- Lagos publisher, accounts officer, very formal answer to the final notice (Yahoo)
v = I["heritage"]
s0 = Sent(v, "invoice", T(2026, 10, 21, 13, 13))
s1 = Sent(v, "reminder", T(2026, 11, 23, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 12, 7, 9, 0), deadline=d(2026, 12, 18))
s3 = Sent(v, "final", T(2026, 12, 28, 9, 0), deadline=d(2027, 1, 11))
when = D(2027, 1, 5, 11, 2, 37, 1)
mine = """Good day Ma,

We acknowledge receipt of your final notice dated 28th December, 2026 and sincerely apologise for the delay in payment of your invoice.

Kindly be informed that the payment has been approved by Management and will be effected latest by 15th January, 2027. The delay was due to the scarcity of foreign exchange and the bank's processing of our application for the remittance, which is outside our control.

We appreciate your patience and understanding, and we look forward to a continued business relationship.

Thank you.

Yours faithfully,
Chukwuemeka Obi
Accounts Officer
For: Heritage Leaf Publishers Ltd
14 Adeola Odeku Street, Victoria Island, Lagos"""
attr = "On Monday, 28 December 2026 at 10:00:00 WAT, Aoife Brennan <aoife@brennanvisuals.ie> wrote:"
plain = mine + "\n\n\n" + attr + "\n\n\n" + s3.text
yhtml = ("<html><head></head><body><div class=\"ydp1c2d3e4fyahoo-style-wrap\" style=\"font-family:Helvetica Neue, "
         "Helvetica, Arial, sans-serif;font-size:13px;\">" + p2h(mine) + "</div><div id=\"ydp9f8e7d6cyahoo_quoted_4471\" "
         "class=\"ydp9f8e7d6cyahoo_quoted\"><div style=\"font-family:'Helvetica Neue', Helvetica, Arial, sans-serif;"
         "font-size:13px;color:#26282a;\"><div>" + html.escape(attr) + "</div><div><br></div>" + p2h(s3.text) +
         "</div></div></body></html>\n")
root = MULTI("alternative", [TEXT(plain, cs="UTF-8", quote_cs=False), TEXT(yhtml, "html", cs="UTF-8", quote_cs=False)],
             "mime", "heritage")
raw = build(H(addr("Heritage Leaf Publishers", "heritageleafpublishers@yahoo.com"), "Re: " + s3.subject, when,
              f"<{int(hexid(9, 'heritage'), 16)}.{int(hexid(7, 'heritage2'), 16)}@mail.yahoo.com>", s3.id,
              chain(s0, s1, s2, s3), host="sonic316-21.consmr.mail.bf2.yahoo.com", ip="74.6.131.84",
              extra=[("X-Mailer", "WebService/1.1.23040 YMailNorrin")]), root)
add("promise-heritage", raw, "client-reply-promise",
    "'will be effected latest by 15th January, 2027' after management approval: a dated promise.",
    promised_date="2027-01-15")

# --- Melbourne design museum, accounts payable: net 60 from receipt, payment run on Friday 12 February
v = I["yarra"]
s0 = Sent(v, "invoice", T(2026, 12, 10, 22, 30))
s1 = Sent(v, "reminder", T(2027, 1, 12, 9, 0))
when = D(2027, 1, 13, 10, 26, 3, 11)
mine = """Hi Aoife,

Thanks for your email.

Please note that the Museum's payment terms are 60 days from receipt of a valid tax invoice, as set out on purchase order PO-22817 (attached to our original engagement email). The 30-day due date on your invoice doesn't override the PO terms, I'm afraid.

Your invoice was received on 11 December 2026 and has been approved. It is scheduled for our payment run on Friday 12 February 2027 and will be paid by international transfer in AUD.

Kind regards,

Priya Raman
Accounts Payable Officer
Yarra Bend Museum of Design
Level 2, 100 Flinders Street, Melbourne VIC 3000

The Museum acknowledges the Traditional Owners of the land on which we work, the Wurundjeri Woi-wurrung people of the Kulin Nation."""
subj = "RE: " + s1.subject
raw = build(H(addr("Accounts Payable", "accounts.payable@yarrabendmuseum.org.au"), subj, when,
              mid_outlook("yarra-1", "ausprd01", "SY4PR01MB6180"), s1.id, chain(s0, s1),
              host="mail-sy4aus01on2091.outbound.protection.outlook.com", ip="40.107.107.91",
              extra=outlook_x("yarra-1", subj, "en-AU")),
            r_outlook("yarra-1", mine, s1, "Accounts Payable <accounts.payable@yarrabendmuseum.org.au>", tzh=11,
                      weekday=True))
add("promise-yarra", raw, "client-reply-promise",
    "Pointing to the PO's 60-day terms is not a dispute of the invoice: they say when it will be paid (payment run "
    "Friday 12 February 2027). Hard: the tone reads as pushback.",
    promised_date="2027-02-12")

# --- Sydney SaaS founder on Monday morning: "tomorrow" (still Sunday in UTC)
v = I["gumleaf"]
s0 = Sent(v, "invoice", T(2027, 1, 11, 10, 0))
s1 = Sent(v, "reminder", T(2027, 1, 29, 9, 0))
when = D(2027, 2, 1, 8, 5, 19, 11)
mine = """Morning Aoife — my bad, this fell through the cracks over the summer break. I'll pay it tomorrow when I'm back at my desk with the bank token. Thanks for the nudge.

Tom

--
Tom Reid | Co-founder
Gumleaf Software Pty Ltd
Surry Hills NSW"""
raw = build(H(addr("Tom Reid", "tom@gumleaf.io"), "Re: " + s1.subject, when, mid_gmail("gumleaf-1"), s1.id,
              chain(s0, s1), host="mail-pj1-f45.google.com", ip="209.85.216.45"),
            r_gmail("gumleaf-1", mine, s1, tzh=11))
add("promise-gumleaf", raw, "client-reply-promise",
    "Sent Monday 1 February 08:05 Sydney time (Sunday night UTC): 'tomorrow' in the sender's zone is Tuesday "
    "2 February.",
    promised_date="2027-02-02")

# --- Mayo national school secretary: board signatures next week, no day
v = I["school"]
s0 = Sent(v, "invoice", T(2026, 11, 5, 16, 20))
s1 = Sent(v, "reminder", T(2026, 12, 9, 9, 0))
when = D(2026, 12, 10, 12, 30, 58)
mine = """Hi Aoife,

Just to let you know I have your invoice and it will be paid, but any payment over €250 needs two signatures from the Board of Management and our treasurer is away until the Board meets next week. It'll go out after that, I'll make sure of it.

Thanks for your patience, the children are delighted with the mural design!

Bríd Ní Mháille
Rúnaí Scoile / School Secretary
Scoil Naomh Colmáin, Béal an Mhuirthead, Co. Mhaigh Eo"""
raw = build(H(addr("Scoil Naomh Colmáin", "oifig@scoilcolmain.ie"), "Re: " + s1.subject, when,
              mid_gmail("school-1"), s1.id, chain(s0, s1), host="mail-sor-f41.google.com", ip="209.85.220.41"),
            r_gmail("school-1", mine, s1))
add("promise-school", raw, "client-reply-promise",
    "Will be paid after the Board meets 'next week': a promise with no day stated; the €250 is a threshold, not the "
    "amount.")

# --- Swansea architects, director: £1,000 paid today, the remaining £1,450 by Friday 29th January
v = I["penrhos"]
s0 = Sent(v, "invoice", T(2026, 12, 14, 11, 40))
s1 = Sent(v, "reminder", T(2027, 1, 18, 9, 0))
when = D(2027, 1, 20, 14, 10, 6)
mine = """Hi Aoife,

Cash flow is tight this month – two of our own clients are paying late too, so I know exactly how it feels!

I've paid £1,000 today and I'll transfer the remaining £1,450 by Friday 29th January. Hope that's OK with you.

Cheers,
Owain

Owain Davies RIBA
Director
Penrhos Davies Architects
Swansea"""
raw = build(H(addr("Owain Davies", "owain@penrhosdavies.co.uk"), "Re: " + s1.subject, when,
              mid_gmail("penrhos-1"), s1.id, chain(s0, s1), host="mail-wr1-f52.google.com", ip="209.85.221.52"),
            r_gmail("penrhos-1", mine, s1, wrap=True))
add("promise-penrhos", raw, "client-reply-promise",
    "Part paid today, the rest promised on a named day: a promise for 29 January; the amount is the promised "
    "remainder (£1,450), not the £1,000 already sent.",
    promised_date="2027-01-29", amount="1450.00", currency="GBP")

# --- Gdańsk museum, accounting specialist, formal Polish English
v = I["gdansk"]
s0 = Sent(v, "invoice", T(2026, 11, 18, 10, 5))
s1 = Sent(v, "reminder", T(2026, 12, 21, 9, 0))
when = D(2026, 12, 22, 13, 0, 11, 1)
mine = """Dear Madam,

In reply to your e-mail, I would like to inform that the invoice no. BV-2026-152 is registered in our system and the payment is scheduled on 2027-01-20, according to the 30 days payment term counted from the date of receiving of the corrected invoice with the full name of the Museum (received 21.12.2026).

Best regards,

Agnieszka Kowalczyk
Specjalista ds. księgowości
Dział Finansowo-Księgowy
Muzeum Bursztynu i Morza
ul. Długie Pobrzeże 12, 80-888 Gdańsk"""
raw = build(H(addr("Agnieszka Kowalczyk", "ksiegowosc@muzeumbursztynu.pl"), "Odp: " + s1.subject, when,
              mid_plain("gdansk-1", "muzeumbursztynu.pl"), s1.id, chain(s0, s1), host="smtp.muzeumbursztynu.pl",
              ip="195.187.0.12", extra=[("User-Agent", "Mozilla Thunderbird")]),
            TEXT(mine + "\n\nW dniu 21.12.2026 o 10:00, Aoife Brennan pisze:\n" + gt(s1.text) + "\n", cs="UTF-8",
                 cte="8bit", quote_cs=False))
add("promise-gdansk", raw, "client-reply-promise",
    "Payment 'scheduled on 2027-01-20' in ISO format; Thunderbird with a Polish attribution line and an 'Odp:' prefix.",
    promised_date="2027-01-20", reference="BV-2026-152")

# --- Chicago dentist, owner, casual: "Saturday"
v = I["lakeview"]
s0 = Sent(v, "invoice", T(2026, 12, 11, 15, 0))
s1 = Sent(v, "reminder", T(2027, 1, 13, 9, 0))
when = D(2027, 1, 13, 21, 5, 42, -6)
mine = """ugh, sorry Aoife!! I'm the worst. The practice card got replaced after a fraud thing and my bookkeeper has been out since Christmas. I'll pay it myself Saturday when I'm not chairside all day.

Rachel

Sent from my iPhone"""
raw = build(H(addr("Rachel Kim", "rachel@lakeviewfamilydentistry.com"), "Re: " + s1.subject, when,
              mid_apple("lakeview-1", "lakeviewfamilydentistry.com"), s1.id, chain(s0, s1),
              host="mail-qk1-f175.google.com", ip="209.85.222.175",
              extra=[("X-Mailer", "iPhone Mail (22C152)")], mime=False) + [("Mime-Version", "1.0 (1.0)")],
            r_apple(mine, s1, tzh=-6, us=True))
add("promise-lakeview", raw, "client-reply-promise",
    "Written Wednesday 13 January at night in Chicago: 'Saturday' = 16 January.",
    promised_date="2027-01-16")

# --- Dundee housing co-operative, accounts payable clerk
v = I["taybank"]
s0 = Sent(v, "invoice", T(2026, 12, 15, 9, 30))
s1 = Sent(v, "reminder", T(2027, 1, 18, 9, 0))
when = D(2027, 1, 18, 10, 2, 29)
mine = """Good morning,

Thank you for your email. Your invoice BV-2026-166 has now been approved and is scheduled for payment on our next supplier payment run on 22/01/2027.

Regards

Lorraine
Accounts Payable
Taybank Housing Co-operative Ltd
Registered Society No. 2291R(S) | Scottish Charity No. SC038812"""
subj = "RE: " + s1.subject
raw = build(H(addr("Taybank Accounts Payable", "accounts.payable@taybank.org.uk"), subj, when,
              mid_outlook("taybank-1", "gbrprd01", "LO2P265MB4412"), s1.id, chain(s0, s1),
              host="mail-lo2gbr01on2100.outbound.protection.outlook.com", ip="40.107.10.100",
              extra=outlook_x("taybank-1", subj)),
            r_outlook("taybank-1", mine, s1, "Taybank Accounts Payable <accounts.payable@taybank.org.uk>"))
add("promise-taybank", raw, "client-reply-promise",
    "Scheduled for the payment run on 22/01/2027 (UK day/month order).",
    promised_date="2027-01-22", reference="BV-2026-166")

# --- Milan design studio, Italian writer, iPhone in Italian: "at the end of february"
v = I["ferrante"]
s0 = Sent(v, "invoice", T(2027, 1, 8, 12, 0))
s1 = Sent(v, "reminder", T(2027, 2, 8, 9, 0))
when = D(2027, 2, 11, 16, 20, 3, 1)
mine = """Hi Aoife,
sorry for the delay, you are right. We pay all the collaborators at the end of month, so your invoice will be paid at the end of february together with the others. I know it is not the 30 days we said, sorry for this.
Ciao,
Giulia

Inviato da iPhone"""
attr = "Il giorno 8 feb 2027, alle ore 10:00, Aoife Brennan <aoife@brennanvisuals.ie> ha scritto:"
raw = build(H(addr("Giulia Ferrante", "giulia@studioferrante.it"), "Re: " + s1.subject, when,
              mid_apple("ferrante-1", "studioferrante.it"), s1.id, chain(s0, s1), host="smtp.aruba.it",
              ip="62.149.158.48", extra=[("X-Mailer", "iPhone Mail (22D63)")], mime=False)
            + [("Mime-Version", "1.0 (1.0)")],
            r_apple(mine, s1, attr=attr))
add("promise-ferrante", raw, "client-reply-promise",
    "'at the end of february' = 28 February 2027 (the month's last day).",
    promised_date="2027-02-28")

# --- Toronto school board, accounts payable: net 45 from PO matching, payment released February 18
v = I["donvalley"]
s0 = Sent(v, "invoice", T(2026, 10, 26, 14, 0))
s1 = Sent(v, "reminder", T(2026, 11, 30, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 12, 21, 9, 0), deadline=d(2027, 1, 4))
s3 = Sent(v, "final", T(2027, 1, 7, 9, 0), deadline=d(2027, 1, 21))
when = D(2027, 1, 8, 14, 48, 17, -5)
mine = """Hello Ms. Brennan,

Thank you for your inquiry. Our records show that invoice BV-2026-141 could not be processed until the purchase order was matched and the goods receipt was entered by the requesting department (Curriculum Resources), which was completed on January 4, 2027. As per Board policy, vendor invoices are paid net 45 days from the date of matching.

Payment is therefore scheduled to be released on February 18, 2027.

Please note that the Board's payment terms are outlined in the Purchase Order terms and conditions provided to all vendors.

Regards,

Helen Park
Accounts Payable | Finance Services
Don Valley District School Board
5050 Yonge Street, Toronto ON"""
subj = "RE: " + s3.subject
raw = build(H(addr("Helen Park", "accountspayable@dvdsb.on.ca"), subj, when,
              mid_outlook("donvalley-1", "canprd01", "YT3PR01MB9012"), s3.id, chain(s0, s1, s2, s3),
              host="mail-yt3can01on2070.outbound.protection.outlook.com", ip="40.107.115.70",
              extra=outlook_x("donvalley-1", subj, "en-CA")),
            r_outlook("donvalley-1", mine, s3, "Accounts Payable <accountspayable@dvdsb.on.ca>", tzh=-5, us=True))
add("promise-donvalley", raw, "client-reply-promise",
    "Scheduled release on February 18, 2027, explained by net-45-from-matching terms; the reference to PO terms is "
    "not a dispute of the invoice.",
    promised_date="2027-02-18", reference="BV-2026-141")

# --- Barcelona SaaS, Spanish writer: "next week", amount stated
v = I["bitlog"]
s0 = Sent(v, "invoice", T(2027, 1, 6, 12, 30))
s1 = Sent(v, "reminder", T(2027, 1, 25, 9, 0))
when = D(2027, 2, 1, 10, 30, 0, 1)
mine = """Hi Aoife,

Sorry, our accountant is on holidays this week. We will make the transfer of the 1.200 € next week when she come back, dont worry.

Regards,
Marc

Marc Puig
CTO · Bitlog Solutions S.L.
Carrer de Pallars 108, Barcelona"""
raw = build(H(addr("Marc Puig", "marc@bitlog.es"), "Re: " + s1.subject, when, mid_gmail("bitlog-1"), s1.id,
              chain(s0, s1), host="mail-ej1-f48.google.com", ip="209.85.218.48"),
            r_gmail("bitlog-1", mine, s1, tzh=1))
add("promise-bitlog", raw, "client-reply-promise",
    "'next week' alone names no day, so no promised_date; the amount '1.200 €' uses a dot for thousands.",
    amount="1200.00", currency="EUR")

# --- New York publisher, editorial director, mortified by the final notice: "by Friday"
v = I["bramble"]
s0 = Sent(v, "invoice", T(2026, 10, 20, 15, 0))
s1 = Sent(v, "reminder", T(2026, 11, 23, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 12, 14, 9, 0), deadline=d(2026, 12, 28))
s3 = Sent(v, "final", T(2027, 2, 8, 9, 0), deadline=d(2027, 2, 22))
when = D(2027, 2, 8, 11, 45, 30, -5)
mine = """Dear Aoife,

I'm mortified to receive this, and I owe you an apology. I approved your invoice back in November and assumed it had been paid. It turns out it was rejected by our new AP system because the remit-to address didn't match the W-8BEN on file, and nobody told either of us.

I walked it over to our controller myself this morning. He's confirmed the wire will go out by Friday at the latest, and I will personally make sure that it does. I'll forward the wire confirmation as soon as I have it.

Again, I'm so sorry. This isn't how we want to treat the artists we work with.

Warmly,
Lauren

Lauren Whitaker
Editorial Director, Children's
Bramble & Finch Books
180 Varick Street, New York, NY 10014"""
raw = build(H(addr("Lauren Whitaker", "lwhitaker@brambleandfinch.com"), "Re: " + s3.subject, when,
              mid_gmail("bramble-1"), s3.id, chain(s0, s1, s2, s3), host="mail-sor-f65.google.com",
              ip="209.85.220.65"),
            r_gmail("bramble-1", mine, s3, us=True, tzh=-5, wrap=True))
add("promise-bramble", raw, "client-reply-promise",
    "Monday 8 February (New York): 'by Friday at the latest' = 12 February 2027.",
    promised_date="2027-02-12")

# --- Beijing film company, Chinese writer: before the New Year holiday, latest Feb 5
v = I["starhaven"]
s0 = Sent(v, "invoice", T(2026, 12, 14, 8, 0))
s1 = Sent(v, "reminder", T(2027, 1, 18, 9, 0))
when = D(2027, 1, 26, 10, 20, 0, 8)
mine = """Dear Aoife,

Thank you for your email and sorry for late reply. The payment need approval from our headquarter and also the registration for foreign payment in our bank. We will arrange the payment before Chinese New Year holiday, latest Feb 5. After Feb 5 our company and the bank are closed until Feb 15.

Best Regards
Leo Wang
Post-production Manager
Beijing Starhaven Pictures Co., Ltd."""
plain = mine + "\n\n\n\n------------------ Original ------------------\nFrom: \"Aoife Brennan\"<aoife@brennanvisuals.ie>;\n" \
        f"Date: Mon, Jan 18, 2027 05:00 PM\nTo: \"leo.wang\"<leo.wang@starhavenpictures.cn>;\nSubject: {s1.subject}\n\n" \
        + s1.text
raw = build(H(addr("Leo Wang", "leo.wang@starhavenpictures.cn"), "Re: " + s1.subject, when,
              f"<tencent_{hexid(32, 'starhaven').upper()}@qq.com>", s1.id, chain(s0, s1), host="out203-205-221-240.mail.qq.com",
              ip="203.205.221.240", extra=[("X-Mailer", "QQMail 2.x")]),
            TEXT(plain, cs="utf-8", cte="base64", quote_cs=False))
add("promise-starhaven", raw, "client-reply-promise",
    "'before Chinese New Year holiday, latest Feb 5' = 5 February 2027; Feb 15 is when the office reopens, not a "
    "payment day.",
    promised_date="2027-02-05")

# --- Dublin architects, practice accounts: end of this month
v = I["kavanagh"]
s0 = Sent(v, "invoice", T(2027, 1, 12, 13, 0))
s1 = Sent(v, "reminder", T(2027, 2, 15, 9, 0))
s2 = Sent(v, "late_fee", T(2027, 3, 8, 9, 0), deadline=d(2027, 3, 19))
when = D(2027, 3, 10, 16, 5, 50)
mine = """Hi Aoife,

Apologies for the delay on this. We do one payment run at the end of each month and your invoice just missed February's because it was waiting on Declan's sign-off. It's approved now and will go out at the end of this month.

Thanks,
Aisling

Aisling Moran
Practice Accounts
Kavanagh Moran Architects
37 Fitzwilliam Place, Dublin 2"""
subj = "RE: " + s2.subject
raw = build(H(addr("Aisling Moran", "accounts@kavanaghmoran.ie"), subj, when,
              mid_outlook("kavanagh-1", "eurprd03", "DU0PR03MB8801"), s2.id, chain(s0, s1, s2),
              host="mail-du0eur03on2088.outbound.protection.outlook.com", ip="40.107.105.88",
              extra=outlook_x("kavanagh-1", subj, "en-IE")),
            r_outlook("kavanagh-1", mine, s2, "Accounts <accounts@kavanaghmoran.ie>"))
add("promise-kavanagh", raw, "client-reply-promise",
    "Written 10 March: 'at the end of this month' = 31 March 2027.",
    promised_date="2027-03-31")

# --- Newcastle SaaS finance, Geordie: one invoice paid this morning, the other on the 15th
a1, a2 = I["tyne1"], I["tyne2"]
s0 = Sent(a2, "invoice", T(2026, 11, 24, 10, 0))
st = Sent(a1, "statement", T(2027, 1, 7, 9, 0), subject="Statement of outstanding invoices",
          text=statement([a1, a2], "Dear Accounts Team,", d(2027, 1, 7), d(2027, 1, 21)))
when = D(2027, 1, 8, 11, 15, 24)
mine = """Hiya Aoife,

Happy new year! Right – BV-2026-147 was paid this morning, so that one's sorted. BV-2026-153 is still waiting on sign-off from Mark because it took the Q4 marketing line over budget. I've chased him and it'll go out on the 15th with our mid-month run.

Thanks pet,
Jo

Joanne Robson
Finance Assistant
Tynebridge Analytics Ltd
The Core, Newcastle Helix, NE4 5TF"""
raw = build(H(addr("Joanne Robson", "finance@tynebridgeanalytics.co.uk"), "RE: Statement of outstanding invoices", when,
              mid_outlook("tyne-1", "gbrprd01", "CWXP265MB4471"), st.id, [st.id],
              host="mail-cwxgbr01on2051.outbound.protection.outlook.com", ip="40.107.121.51",
              extra=outlook_x("tyne-1", "Statement of outstanding invoices")),
            r_outlook("tyne-1", mine, st, "Finance <finance@tynebridgeanalytics.co.uk>"))
add("promise-tyne", raw, "client-reply-promise",
    "Two invoices: one paid, the other promised 'on the 15th' (= 15 January 2027); promise outranks paid, and with two "
    "invoices named there is no reference.",
    promised_date="2027-01-15")


# =========================================================================== client-reply-dispute

# --- Glasgow shipbuilding museum: billed for 12 illustrations, only 10 commissioned
v = I["clydeside"]
s0 = Sent(v, "invoice", T(2026, 10, 16, 11, 20))
s1 = Sent(v, "reminder", T(2026, 11, 18, 9, 0))
when = D(2026, 11, 19, 15, 30, 41)
mine = """Dear Aoife,

Thanks for the reminder, but I'm afraid we can't process the invoice as it stands. It's for 12 illustrations, but we only commissioned and signed off 10 – the two deck-section drawings were dropped when the gallery layout changed in August, and I thought we'd agreed at the time that they wouldn't be charged.

Could you please reissue it for the 10 (£3,000.00)? I'll get it through as soon as the corrected one comes in.

Best wishes,
Alasdair

Alasdair Grant
Exhibitions Officer
Clydeside Museum of Shipbuilding
Registered Scottish Charity SC044120"""
subj = "RE: " + s1.subject
raw = build(H(addr("Alasdair Grant", "alasdair.grant@clydesidemuseum.org.uk"), subj, when,
              mid_outlook("clydeside-1", "gbrprd01", "LO6P265MB6633"), s1.id, chain(s0, s1),
              host="mail-lo6gbr01on2119.outbound.protection.outlook.com", ip="40.107.22.119",
              extra=outlook_x("clydeside-1", subj)),
            r_outlook("clydeside-1", mine, s1, "Alasdair Grant <alasdair.grant@clydesidemuseum.org.uk>"))
add("dispute-clydeside", raw, "client-reply-dispute",
    "Contests the quantity billed and asks for a reissued invoice; the £3,000.00 is the corrected figure he asks for, "
    "not a sum paid or promised, so no amount.",
    reference=None)

# --- Manchester SaaS finance manager: pays the invoice once reissued with the PO, refuses interest and compensation
v = I["ancoats"]
s0 = Sent(v, "invoice", T(2026, 9, 30, 16, 0))
s1 = Sent(v, "reminder", T(2026, 11, 2, 9, 0))
s2 = Sent(v, "late_fee", T(2026, 11, 16, 9, 0), deadline=d(2026, 11, 27))
when = D(2026, 11, 17, 9, 12, 3)
mine = """Hi Aoife,

I've looked into this. Your invoice didn't have our PO number on it, so our AP system rejected it automatically on receipt – that requirement is in the supplier onboarding pack you were sent in August. That's the reason for the delay, not us sitting on it.

We'll pay the invoice amount once you resend it with PO-AC-0931 on it. We won't be paying the statutory interest or the £70 compensation, as the delay was caused by the invoice not meeting our requirements.

Thanks,
Priya

Priya Shah
Finance Manager
Ancoats Cloud Ltd | Hope Mill, 113 Pollard Street, Manchester M4 7JA"""
raw = build(H(addr("Priya Shah", "priya.shah@ancoatscloud.com"), "Re: " + s2.subject, when, mid_gmail("ancoats-1"),
              s2.id, chain(s0, s1, s2), host="mail-sor-f41.google.com", ip="209.85.220.41"),
            r_gmail("ancoats-1", mine, s2))
add("dispute-ancoats", raw, "client-reply-dispute",
    "Will pay the invoice once reissued but refuses the interest and the £70 compensation: refusing part of what was "
    "claimed is a dispute, and dispute outranks the conditional promise.")

# --- Galway housing association: the work was already invoiced and paid under another number
v = I["corrib"]
s0 = Sent(v, "invoice", T(2026, 11, 27, 10, 30))
s1 = Sent(v, "reminder", T(2027, 1, 4, 9, 0))
s2 = Sent(v, "late_fee", T(2027, 1, 20, 9, 0), deadline=d(2027, 1, 29))
when = D(2027, 1, 21, 10, 45, 12)
mine = """Hi Aoife,

I think there's been a mix-up. The tenant handbook illustrations on this invoice (BV-2026-155) were already invoiced under BV-2026-109 back in September, and we paid that one on 12 October (our payment reference CHA-PAY-20448).

Could you check your records and cancel this one, or send us a credit note? Also please note Michael O'Brien has left, so use this address from now on.

Thanks,
Niall

Niall Fahy
Finance Officer
Corrib Housing Association CLG
Approved Housing Body No. 4471"""
subj = "RE: " + s2.subject
raw = build(H(addr("Niall Fahy", "niall.fahy@corribhousing.ie"), subj, when,
              mid_outlook("corrib-1", "eurprd05", "VI1PR05MB3390"), s2.id, chain(s0, s1, s2),
              host="mail-vi1eur05on2120.outbound.protection.outlook.com", ip="40.107.21.120",
              extra=outlook_x("corrib-1", subj, "en-IE")),
            r_outlook("corrib-1", mine, s2, "Niall Fahy <niall.fahy@corribhousing.ie>", rule=True))
add("dispute-corrib", raw, "client-reply-dispute",
    "Already billed and paid under another number; asks to cancel or credit. Two invoice numbers are named, so no "
    "reference; the payment he mentions is for the old invoice, not this one.")

# --- Denver architects, office manager: fee was capped, invoice over the cap
v = I["ridgeline"]
s0 = Sent(v, "invoice", T(2026, 11, 30, 17, 0))
s1 = Sent(v, "reminder", T(2027, 1, 4, 9, 0))
s2 = Sent(v, "late_fee", T(2027, 1, 25, 9, 0), deadline=d(2027, 2, 5))
when = D(2027, 1, 26, 13, 30, 19, -7)
mine = """Hi Aoife,

Thanks for the follow-up. Before we can release payment I need to flag that the amount doesn't match our agreement. Per Chris's email of October 14, the fee for the aerial and the three street-level views was capped at $4,000 including revisions. The invoice is for $4,600, with a line for "additional revision rounds" that Chris says he never approved.

Could you send a revised invoice at the capped figure? We'll pay it promptly once we have it.

Best,
Megan

Megan Cole
Office Manager
Ridgeline Studio Architects
1550 Wynkoop St, Suite 300, Denver, CO 80202"""
raw = build(H(addr("Megan Cole", "megan@ridgelinestudio.com"), "Re: " + s2.subject, when, mid_gmail("ridgeline-1"),
              s2.id, chain(s0, s1, s2), host="mail-oo1-f54.google.com", ip="209.85.161.54"),
            r_gmail("ridgeline-1", mine, s2, us=True, tzh=-7))
add("dispute-ridgeline", raw, "client-reply-dispute",
    "Amount contested against an agreed cap; 'we'll pay it promptly' is conditional on a revised invoice and "
    "dispute outranks it; $4,000 and $4,600 are the cap and the invoice, not a payment.")

# --- Tilburg textile museum, Dutch project lead: exhibition cancelled, asks for a credit note for half
v = I["weefhuis"]
s0 = Sent(v, "invoice", T(2026, 12, 4, 11, 0))
s1 = Sent(v, "reminder", T(2027, 1, 6, 9, 0))
s2 = Sent(v, "late_fee", T(2027, 1, 27, 9, 0), deadline=d(2027, 2, 8))
when = D(2027, 1, 29, 14, 0, 4, 1)
mine = """Dear Aoife,

Thank you for your reminder. I think there is a misunderstanding: as you know the exhibition 'Draad' is cancelled by our board in December, and in our mail of 14 December we agreed a cancellation fee of 50% for the work until then. Your invoice is still for the full amount of € 2.000,-.

Can you please send us a credit note for € 1.000,- ? Then we pay the rest direct.

Also the interest I think is not correct because we did not agree the amount yet.

Kind regards,
Sanne Bakker
Projectleider Tentoonstellingen
Museum Het Weefhuis
Tilburg"""
blk = ("Van: Aoife Brennan <aoife@brennanvisuals.ie>\nVerzonden: woensdag 27 januari 2027 10:00\n"
       "Aan: Sanne Bakker <s.bakker@hetweefhuis.nl>\nOnderwerp: " + s2.subject)
subj = "RE: " + s2.subject
raw = build(H(addr("Sanne Bakker", "s.bakker@hetweefhuis.nl"), subj, when,
              mid_outlook("weefhuis-1", "eurprd08", "AM9PR08MB6112"), s2.id, chain(s0, s1, s2),
              host="mail-am9eur08on2072.outbound.protection.outlook.com", ip="40.107.20.72",
              extra=outlook_x("weefhuis-1", subj, "nl-NL")),
            r_outlook("weefhuis-1", mine, s2, "", block=blk))
add("dispute-weefhuis", raw, "client-reply-dispute",
    "Asks for a credit note for half the invoice after a cancellation; 'then we pay the rest direct' is conditional, "
    "and dispute outranks it; Dutch '€ 2.000,-' notation.")

# --- Adelaide animation studio, producer: not paying until the animatic matches the boards
v = I["southerncross"]
s0 = Sent(v, "invoice", T(2026, 12, 16, 9, 0))
s1 = Sent(v, "reminder", T(2027, 1, 18, 9, 0))
s2 = Sent(v, "late_fee", T(2027, 2, 3, 9, 0), deadline=d(2027, 2, 12))
when = D(2027, 2, 4, 16, 42, 18, 10, 30)
mine = """Aoife,

Not paying this until the animatic actually matches the boards we signed off. Scenes 4 to 7 are still using the old character designs and the timing on the opening is miles off what we agreed on the call. I've sent notes twice now.

Fix those and we'll pay. Happy to jump on a call if that's easier, mornings your time work for me.

Mick

Mick Dawson
Producer | Southern Cross Animation
Adelaide SA"""
raw = build(H(addr("Mick Dawson", "mick@southerncrossanimation.com.au"), "Re: " + s2.subject, when,
              mid_gmail("southerncross-1"), s2.id, chain(s0, s1, s2), host="mail-pf1-f176.google.com",
              ip="209.85.210.176"),
            r_gmail("southerncross-1", mine, s2, tzh=10, tzm=30))
add("dispute-southerncross", raw, "client-reply-dispute",
    "Withholds payment because the work is not as agreed; 'fix those and we'll pay' is conditional. Adelaide time "
    "zone +1030.")

# --- Hamburg SaaS head of marketing, German writer, iso-8859-1, no quote: asks for a discount
v = I["elbwerk"]
s0 = Sent(v, "invoice", T(2027, 1, 13, 15, 0))
s1 = Sent(v, "reminder", T(2027, 2, 15, 8, 0))
when = D(2027, 2, 15, 9, 20, 55, 1)
mine = """Hello Aoife,

we received your reminder. Before we pay I have to mention that the explainer video was delivered 3 weeks after the agreed date, and we had to postpone our product launch campaign because of this. Internally it was decided that we ask for a discount of 15% on the invoice.

Please send us a corrected invoice over 3.230,00 EUR, then we will pay immediately.

Sorry for this, we are very happy with the video itself.

Mit freundlichen Grüßen / Best regards
Katrin Vogt
Head of Marketing

Elbwerk Software GmbH · Große Elbstraße 145 · 22767 Hamburg
"""
raw = build(H(addr("Katrin Vogt", "k.vogt@elbwerk.de"), "AW: " + s1.subject, when,
              mid_plain("elbwerk-1", "elbwerk.de"), s1.id, chain(s0, s1), host="mo4-p00-ob.smtp.rzone.de",
              ip="81.169.146.160", extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de")]),
            TEXT(mine, cs="iso-8859-1", cte="quoted-printable"))
add("dispute-elbwerk", raw, "client-reply-dispute",
    "Asks for a 15% discount for late delivery and a corrected invoice; the 3.230,00 EUR is the discounted figure they "
    "want billed, not a payment made or promised unconditionally.")

# --- Abuja school bursar: will not honour an engagement made by a former staff member
v = I["greenfield"]
s0 = Sent(v, "invoice", T(2026, 12, 17, 12, 0))
s1 = Sent(v, "reminder", T(2027, 1, 19, 9, 0))
s2 = Sent(v, "final", T(2027, 2, 15, 9, 0), deadline=d(2027, 3, 1))
when = D(2027, 2, 17, 10, 15, 0, 1)
mine = """Dear Madam,

RE: INVOICE BV-2026-168 – YEARBOOK ILLUSTRATIONS

We write in respect of the above invoice and your final notice dated 15th February, 2027.

Our records show that the engagement for the yearbook illustrations was made by our former Head of Admissions, Mr. Tunde Bakare, who has since left the service of the school, without the approval of the Board of Governors as required by the school's procurement policy. No purchase order was raised.

The school therefore does not recognise the said engagement and will not be making payment on the invoice. Kindly direct any further correspondence on this matter to Mr. Bakare.

Yours faithfully,

Mrs. Folake Adeyemi
Bursar
Greenfield International School, Abuja"""
raw = build(H(addr("Greenfield International School - Bursary", "bursary@greenfieldintlschool.com.ng"),
              "Re: " + s2.subject, when, mid_plain("greenfield-1", "greenfieldintlschool.com.ng"), s2.id,
              chain(s0, s1, s2), host="server.greenfieldintlschool.com.ng", ip="198.51.100.140",
              extra=[("User-Agent", "Roundcube Webmail/1.6.9")]),
            TEXT(mine + "\n\nOn 2027-02-15 10:00, Aoife Brennan wrote:\n" + gt(s2.text) + "\n", cs="UTF-8",
                 quote_cs=False, extra=[]))
add("dispute-greenfield", raw, "client-reply-dispute",
    "Refuses to pay: the engagement is not recognised. The invoice number is in the client's own letter heading.",
    reference="BV-2026-168")

# --- Aberdeen dental practice reception: never ordered this
v = I["granite"]
s0 = Sent(v, "invoice", T(2027, 1, 18, 10, 0))
s1 = Sent(v, "due", T(2027, 2, 17, 9, 0))
when = D(2027, 2, 19, 17, 55, 1)
mine = """We never orderd this. Please remove us from your mailing list.

Granite City Dental Care"""
raw = build(H(addr("Granite City Dental Care", "info@granitecitydental.co.uk"), "RE: " + s1.subject, when,
              mid_outlook("granite-1", "gbrprd01", "LO3P265MB2206"), s1.id, chain(s0, s1),
              host="mail-lo3gbr01on2102.outbound.protection.outlook.com", ip="40.107.23.102",
              extra=outlook_x("granite-1", "RE: " + s1.subject)),
            r_outlook("granite-1", mine, s1, "info <info@granitecitydental.co.uk>", rule=True))
add("dispute-granite", raw, "client-reply-dispute",
    "Two lines denying the order = refuses the invoice; 'remove us from your mailing list' does not make it spam or "
    "'other'.")

# --- Halifax publisher: invoiced in euros, quote was in Canadian dollars
v = I["tidewater"]
s0 = Sent(v, "invoice", T(2027, 1, 20, 14, 0))
s1 = Sent(v, "due", T(2027, 2, 19, 9, 0))
when = D(2027, 2, 22, 10, 30, 26, -4)
mine = """Hi Aoife,

There's a problem with this invoice, I'm afraid – it's in euros, and our contract (and your quote from November) was in Canadian dollars: $3,200 CAD for the cover and six interior spots. At today's rate €2,300 comes to about $3,400, so it's quite a bit more than we budgeted.

Can you reissue it in CAD at the quoted amount? We can pay as soon as that comes in.

Thanks,
Colleen

Colleen MacDonald
Publisher, Tidewater Books
Halifax, Nova Scotia"""
raw = build(H(addr("Colleen MacDonald", "colleen@tidewaterbooks.ca"), "Re: " + s1.subject, when,
              mid_apple("tidewater-1", "tidewaterbooks.ca"), s1.id, chain(s0, s1), host="mail.tidewaterbooks.ca",
              ip="198.51.100.88", extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")], mime=False)
            + [("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))")],
            r_apple(mine, s1, tzh=-4, us=True))
add("dispute-tidewater", raw, "client-reply-dispute",
    "Invoice in the wrong currency and above the quote: asks for a reissue at the quoted CAD amount. The CAD and EUR "
    "figures are the quote and a conversion, not a payment.")

# --- Wrocław architects: VAT charged where reverse charge applies
v = I["nowak"]
s0 = Sent(v, "invoice", T(2027, 1, 25, 9, 30))
s1 = Sent(v, "reminder", T(2027, 3, 1, 9, 0))
when = D(2027, 3, 3, 11, 10, 40, 1)
mine = """Dear Aoife,

I am sorry but we can not pay this invoice in this form. You have charged 23% VAT, but we are VAT registered company in Poland (VAT-EU PL8971234567) so it must be reverse charge, without VAT. The correct amount is 2 500,00 EUR netto.

Please send us a corrected invoice (or a credit note and new invoice), then we pay in 7 days.

Regards,
Tomasz Nowak
Pracownia Architektoniczna Nowak i Wspólnicy
Wrocław"""
raw = build(H(addr("Tomasz Nowak", "t.nowak@pa-nowak.pl"), "RE: " + s1.subject, when,
              mid_plain("nowak-1", "pa-nowak.pl"), s1.id, chain(s0, s1), host="smtp.home.pl", ip="212.85.96.2",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "pl")]),
            r_outlook("nowak-1", mine, s1, "t.nowak@pa-nowak.pl", cs="utf-8",
                      block="-----Original Message-----\nFrom: Aoife Brennan <aoife@brennanvisuals.ie>\n"
                            "Sent: Monday, March 1, 2027 10:00 AM\nTo: t.nowak@pa-nowak.pl\nSubject: " + s1.subject))
add("dispute-nowak", raw, "client-reply-dispute",
    "Amount wrong (VAT charged instead of reverse charge); asks for a corrected invoice or a credit note; '7 days' "
    "runs from a document not yet sent, so no promise date.")

# --- Boston maritime museum: holding payment until print-ready files arrive
v = I["harbor"]
s0 = Sent(v, "invoice", T(2027, 2, 8, 16, 0))
s1 = Sent(v, "courtesy", T(2027, 3, 5, 9, 0))
when = D(2027, 3, 9, 15, 25, 7, -5)
mine = """Hi Aoife,

Per Section 4 of our agreement, final payment is due upon delivery of the print-ready files at 300 dpi. What we received on Feb 26 were the 72 dpi web versions only, so we're holding payment on this invoice until the print files arrive.

Could you upload them to the same Dropbox folder? Once Susan confirms they're good, I'll release the payment the same week.

Thanks,
David

David Okafor
Manager, Collections & Exhibitions
Harbor Point Museum of Maritime History
Boston, MA"""
raw = build(H(addr("David Okafor", "dokafor@harborpointmuseum.org"), "Re: " + s1.subject, when,
              mid_gmail("harbor-1"), s1.id, chain(s0, s1), host="mail-sor-f65.google.com", ip="209.85.220.65"),
            r_gmail("harbor-1", mine, s1, us=True, tzh=-5))
add("dispute-harbor", raw, "client-reply-dispute",
    "Withholds payment under the contract until deliverables arrive; the 'same week' release is conditional and "
    "names no day.")

# --- Leeds housing association: the original invoice was paid; the interest invoice is disputed
a1, a2 = I["airevalley"], I["aireint"]
s0 = Sent(a2, "invoice", T(2026, 12, 7, 10, 0),
          text=("Dear Accounts Team,\n\nThank you for your payment of invoice BV-2026-130, which was due on 8 November "
                "2026 and reached me on 7 December 2026.\n\nAs the payment was made after the due date, please find "
                "attached invoice BV-2026-161 for £87.58: statutory interest under the Late Payment of Commercial Debts "
                "(Interest) Act 1998 at 11.75% a year from 9 November to 4 December 2026 (£17.58) and the fixed sum of "
                "£70.00 for recovery costs (section 5A).\n\n" + a2.payment() + "\n\nKind regards,\nAoife Brennan\n"))
when = D(2026, 12, 10, 12, 0, 33)
mine = """Aoife,

BV-2026-130 was paid on 4 December, as you'll have seen.

BV-2026-161 (late payment interest and compensation) is disputed. Clause 9.2 of the framework agreement you signed sets payment terms of 60 days from receipt of invoice, not 30, so the original invoice was not late when we paid it and no interest has accrued. I'd be grateful if you would withdraw it.

Regards,

Paul Whiteley
Finance Business Partner
Aire Valley Homes
Leeds"""
subj = "RE: " + s0.subject
raw = build(H(addr("Paul Whiteley", "paul.whiteley@airevalleyhomes.org.uk"), subj, when,
              mid_outlook("aire-1", "gbrprd01", "LO2P265MB3319"), s0.id, [s0.id],
              host="mail-lo2gbr01on2139.outbound.protection.outlook.com", ip="40.107.10.139",
              extra=outlook_x("aire-1", subj)),
            r_outlook("aire-1", mine, s0, "Paul Whiteley <paul.whiteley@airevalleyhomes.org.uk>"))
add("dispute-aire", raw, "client-reply-dispute",
    "One invoice paid, the late-interest invoice disputed on contract terms: dispute outranks paid; two invoices named, "
    "so no reference.")


# =========================================================================== client-reply-other

# --- Dublin SaaS founder answers the courtesy note: got it, passing to accounts
v = I["liffeyside"]
s0 = Sent(v, "invoice", T(2026, 10, 9, 14, 30))
s1 = Sent(v, "courtesy", T(2026, 11, 3, 8, 30))
when = D(2026, 11, 3, 9, 5, 2)
mine = """Thanks Aoife, got it. Passing it on to accounts now.

Conor"""
raw = build(H(addr("Conor Walsh", "conor@liffeysidelabs.ie"), "Re: " + s1.subject, when, mid_gmail("liffeyside-1"),
              s1.id, chain(s0, s1), host="mail-sor-f69.google.com", ip="209.85.220.69"),
            r_gmail("liffeyside-1", mine, s1))
add("other-liffeyside", raw, "client-reply-other",
    "Acknowledges and forwards to accounts: no payment made or promised.")

# --- Portland publisher AP: bank wants the SWIFT and the bank's name and address
v = I["cascadia"]
s0 = Sent(v, "invoice", T(2026, 11, 12, 18, 0))
s1 = Sent(v, "reminder", T(2026, 12, 14, 9, 0))
s2 = Sent(v, "late_fee", T(2027, 1, 11, 9, 0), deadline=d(2027, 1, 22))
when = D(2027, 1, 12, 10, 12, 45, -8)
mine = """Hi Aoife,

Our bank is asking for a few more details before they'll send an international wire. Can you resend your IBAN and SWIFT/BIC, and also the name and street address of your bank? The invoice PDF only shows the IBAN and our AP system needs the SWIFT in a separate field, plus the bank address for the wire form.

Thanks,
Brian

Brian Tully
Accounts Payable
Cascadia Press | 1120 NW Couch St, Portland, OR 97209"""
raw = build(H(addr("Brian Tully", "ap@cascadiapress.com"), "Re: " + s2.subject, when, mid_gmail("cascadia-1"),
              s2.id, chain(s0, s1, s2), host="mail-sor-f41.google.com", ip="209.85.220.41"),
            r_gmail("cascadia-1", mine, s2, us=True, tzh=-8))
add("other-cascadia", raw, "client-reply-other",
    "Asks for bank details again before wiring: no payment made and no commitment to a day.")

# --- Aberdeen architects: forwards the reminder to accounts, cc'd
v = I["deevalley"]
s0 = Sent(v, "invoice", T(2026, 10, 15, 12, 0))
s1 = Sent(v, "reminder", T(2026, 11, 19, 9, 0))
when = D(2026, 11, 20, 16, 40, 9)
mine = """Hi Aoife,

I've forwarded this to our accounts team (cc'd) as they handle all the supplier payments – Karen, could you look into this one please? It's for the Bridge of Dee visuals, approved by me in October.

Cheers,
Craig

Craig Wilson
Associate
Dee Valley Architects
Aberdeen"""
subj = "RE: " + s1.subject
raw = build(H(addr("Craig Wilson", "craig.wilson@deevalleyarchitects.co.uk"), subj, when,
              mid_outlook("deevalley-1", "gbrprd01", "LO4P265MB3380"), s1.id, chain(s0, s1),
              to="Aoife Brennan <aoife@brennanvisuals.ie>",
              cc="Karen McIntyre <karen.mcintyre@deevalleyarchitects.co.uk>",
              host="mail-lo4gbr01on2103.outbound.protection.outlook.com", ip="40.107.23.103",
              extra=outlook_x("deevalley-1", subj)),
            r_outlook("deevalley-1", mine, s1, "Craig Wilson <craig.wilson@deevalleyarchitects.co.uk>"))
add("other-deevalley", raw, "client-reply-other",
    "Passes the reminder to accounts with a cc: neither paid nor promised.")

# --- Washington school district: supplier onboarding form and W-8BEN before any payment
v = I["evergreen"]
s0 = Sent(v, "invoice", T(2026, 10, 28, 17, 0))
s1 = Sent(v, "courtesy", T(2026, 11, 24, 9, 0))
when = D(2026, 11, 25, 8, 50, 30, -8)
mine = """Good morning,

We received your invoice BV-2026-142; however, you are not yet set up as a vendor in our system. Before any payment can be processed, please complete and return the following:

1. New Vendor Request Form (attached)
2. IRS Form W-8BEN (for foreign individuals) -- please do NOT send a W-9
3. Bank verification letter on bank letterhead (required for international wires)

Please return all documents to ap@evsd.wa.us. Once your vendor record is approved, invoices are processed on net 30 terms from the approval date.

Thank you,

Tanya Brooks
Accounts Payable Technician
Evergreen Valley School District
Business Services | (509) 555-0142

CONFIDENTIALITY NOTICE: This e-mail and any attachments may contain confidential information protected by law, including FERPA."""
alt = MULTI("alternative", [TEXT(mine + "\n", cs="us-ascii", cte="7bit"),
                            TEXT("<html><body><div style=\"font-family:Calibri,sans-serif;font-size:11pt\">" + p2h(mine) +
                                 "</div></body></html>\n", "html", cs="us-ascii", cte="7bit")], "outlook", "evergreen")
root = MULTI("mixed", [alt, ATT("application/pdf", fake_pdf("EVSD New Vendor Request Form rev 2024"),
                                "New_Vendor_Request_Form.pdf")], "outlook", "evergreen-mixed")
subj = "RE: " + s1.subject
raw = build(H(addr("Brooks, Tanya", "tbrooks@evsd.wa.us"), subj, when,
              mid_outlook("evergreen-1", "namprd12", "BY5PR12MB4321"), s1.id, chain(s0, s1),
              host="mail-by5nam12on2040.outbound.protection.outlook.com", ip="40.107.93.40",
              extra=outlook_x("evergreen-1", subj, "en-US", attach=True)), root)
add("other-evergreen", raw, "client-reply-other",
    "Vendor onboarding paperwork required before any payment: not a refusal of the invoice and not a promise; "
    "net-30 from approval names no day.",
    reference="BV-2026-142")

# --- Bologna publisher, Italian writer: the transfer came back, nothing sent again yet
v = I["portici"]
s0 = Sent(v, "invoice", T(2026, 11, 25, 10, 0))
s1 = Sent(v, "reminder", T(2027, 1, 11, 9, 0))
s2 = Sent(v, "late_fee", T(2027, 1, 25, 9, 0), deadline=d(2027, 2, 5))
when = D(2027, 1, 25, 12, 14, 52, 1)
mine = """Hi Aoife,

I write you because our bank has returned the transfer we made on 18 january for your invoice: the motivation is "beneficiary name / account mismatch". We used the IBAN on the invoice and as name "Brennan Visuals". Maybe the account is in your personal name? Can you confirm me the exact name of the account holder so we can repeat the transfer?

Thank you
Francesca

Francesca Rinaldi
Casa Editrice Portici
Via Zamboni 22, Bologna"""
blk = ("________________________________\nDa: Aoife Brennan <aoife@brennanvisuals.ie>\nInviato: lunedì 25 gennaio 2027 10:00\n"
       "A: Francesca Rinaldi <f.rinaldi@edizioniportici.it>\nOggetto: " + s2.subject)
raw = build(H(addr("Francesca Rinaldi", "f.rinaldi@edizioniportici.it"), "R: " + s2.subject, when,
              mid_outlook("portici-1", "eurprd09", "VI1P195MB0771"), s2.id, chain(s0, s1, s2),
              host="mail-vi1eur09on2059.outbound.protection.outlook.com", ip="40.107.247.59",
              extra=outlook_x("portici-1", s2.subject, "it-IT")),
            r_outlook("portici-1", mine, s2, "", block=blk, cs="utf-8"))
add("other-portici", raw, "client-reply-other",
    "A transfer was made but came back and has not been sent again: nothing is paid, and no new payment is promised "
    "until she has the account name. Easy to misread as paid.")

# --- Aberystwyth gallery: is VAT included?
v = I["teifi"]
s0 = Sent(v, "invoice", T(2026, 12, 2, 14, 0))
s1 = Sent(v, "reminder", T(2027, 1, 25, 9, 0))
when = D(2027, 1, 27, 11, 30, 15)
mine = """Hi Aoife,

Quick question before I send this on to finance – is the £1,400 inclusive of VAT, or do we need to account for it ourselves? Finance need to know which box to tick when they set up an overseas supplier, and your invoice doesn't show a VAT line at all.

Diolch yn fawr,
Gwen

Gwenllian Hughes
Curadur | Curator
Oriel Bro Teifi, Aberteifi"""
raw = build(H(addr("Gwenllian Hughes", "gwen@orielbroteifi.cymru"), "Re: " + s1.subject, when,
              mid_gmail("teifi-1"), s1.id, chain(s0, s1), host="mail-sor-f73.google.com", ip="209.85.220.73"),
            r_gmail("teifi-1", mine, s1))
add("other-teifi", raw, "client-reply-other",
    "A VAT question before passing the invoice to finance; the £1,400 is the invoice total being asked about, not a "
    "payment.")

# --- Newcastle housing: invoice returned unprocessed, must quote a PO number
v = I["northumbria"]
s0 = Sent(v, "invoice", T(2027, 2, 1, 11, 0))
s1 = Sent(v, "due", T(2027, 3, 3, 9, 0))
when = D(2027, 3, 4, 9, 40, 11)
mine = """Morning,

Your invoice has been returned unprocessed as it does not quote a valid Northumbria Coast Homes purchase order number. All supplier invoices must quote the PO number issued at the time of order.

Please reissue the invoice quoting PO 4500087712 and send it to invoices@nchomes.org.uk. Invoices sent to individual members of staff cannot be processed.

Kind regards,
Dawn
Accounts Payable
Northumbria Coast Homes"""
subj = "RE: " + s1.subject
raw = build(H(addr("NCH Accounts Payable", "accounts.payable@nchomes.org.uk"), subj, when,
              mid_outlook("nch-1", "gbrprd01", "CWLP265MB5120"), s1.id, chain(s0, s1),
              host="mail-cwlgbr01on2131.outbound.protection.outlook.com", ip="40.107.11.131",
              extra=outlook_x("nch-1", subj)),
            r_outlook("nch-1", mine, s1, "NCH Accounts Payable <accounts.payable@nchomes.org.uk>", rule=True))
add("other-northumbria", raw, "client-reply-other",
    "Administrative return for a missing PO number: the amount, the work and the debt are not contested, so not a "
    "dispute. Hard: 'returned unprocessed' sounds like a refusal.")

# --- Montreal SaaS, French-Canadian: not the right person, send to the payables address
v = I["nordique"]
s0 = Sent(v, "invoice", T(2026, 11, 2, 15, 0))
s1 = Sent(v, "courtesy", T(2026, 11, 27, 9, 0))
when = D(2026, 12, 1, 13, 15, 38, -5)
mine = """Hi Aoife,

Thanks for the reminder. I'm not the right person for invoices anymore since our finance moved to the new platform in the fall — could you please send it to payables@nordiquelabs.ca? They will take care of it from there. I'll let them know it's coming.

Merci!
Sophie

Sophie Gagnon
Directrice marketing | Marketing Director
Nordique Labs inc. | Montréal"""
raw = build(H(addr("Sophie Gagnon", "sophie@nordiquelabs.ca"), "RE: " + s1.subject, when,
              mid_outlook("nordique-1", "canprd01", "YQBPR0101MB5522"), s1.id, chain(s0, s1),
              host="mail-yqbcan01on2101.outbound.protection.outlook.com", ip="40.107.116.101",
              extra=outlook_x("nordique-1", "RE: " + s1.subject, "fr-CA")),
            r_outlook("nordique-1", mine, s1, "Sophie Gagnon <sophie@nordiquelabs.ca>", tzh=-5, us=True))
add("other-nordique", raw, "client-reply-other",
    "Redirects invoices to another address: no payment, no promise ('they will take care of it' is not a promise "
    "to pay on any day).")

# --- Perth school, head of art: will check with the business office
v = I["swanriver"]
s0 = Sent(v, "invoice", T(2026, 12, 1, 7, 0))
s1 = Sent(v, "reminder", T(2027, 1, 20, 9, 0))
when = D(2027, 1, 21, 15, 40, 0, 8)
mine = """Hi Aoife,

Thanks for the reminder — school has only just gone back after the summer holidays so things are a bit chaotic here. I'm not sure where your invoice is up to; I approved it before we broke up in December. I'll check with the business office tomorrow and let you know.

Cheers,
Jenny

Jenny Walsh
Head of Visual Arts
Swan River Grammar School"""
raw = build(H(addr("Jenny Walsh", "jwalsh@swanrivergrammar.wa.edu.au"), "Re: " + s1.subject, when,
              mid_gmail("swanriver-1"), s1.id, chain(s0, s1), host="mail-pg1-f170.google.com", ip="209.85.215.170"),
            r_gmail("swanriver-1", mine, s1, tzh=8))
add("other-swanriver", raw, "client-reply-other",
    "Will check and report back: 'tomorrow' is when she checks, not a payment day, so not a promise.")

# --- Seattle SaaS AP: cannot find the invoice, please resend the PDF
v = I["driftwood"]
s0 = Sent(v, "invoice", T(2026, 11, 9, 19, 0))
s1 = Sent(v, "due", T(2026, 12, 9, 9, 0))
when = D(2026, 12, 9, 14, 0, 12, -8)
mine = """Hi Aoife,

I can't find this invoice in our AP inbox. Could you resend a copy of the PDF to ap@driftwoodanalytics.com? The reminder doesn't have it attached.

Thanks,
Kevin Ng
Accounts Payable, Driftwood Analytics"""
raw = build(H(addr("Kevin Ng", "kevin.ng@driftwoodanalytics.com"), "Re: " + s1.subject, when,
              mid_gmail("driftwood-1"), s1.id, chain(s0, s1), host="mail-sor-f65.google.com", ip="209.85.220.65"),
            r_gmail("driftwood-1", mine, s1, us=True, tzh=-8))
add("other-driftwood", raw, "client-reply-other",
    "Asks for a copy of the invoice: neither paid nor promised.")

# --- Shanghai media company, Chinese writer: can you receive USD, what purpose code, need stamped invoice?
v = I["bluepeak"]
s0 = Sent(v, "invoice", T(2026, 12, 21, 8, 0))
s1 = Sent(v, "reminder", T(2027, 1, 25, 9, 0))
when = D(2027, 2, 3, 9, 30, 21, 8)
mine = """Hi Aoife,

Sorry for late reply. Our bank ask some questions before they can send the money:
1. Your account (IBAN) can receive USD? Or we must pay in EUR?
2. What is the purpose of payment, is it "design service fee"? They need this for the code.
3. Finance also ask if you can send the invoice with your signature or stamp, because the PDF has no stamp.

Thank you!
Amy

Amy Zhou 周敏
Project Coordinator
Shanghai Bluepeak Culture Media Co., Ltd."""
raw = build(H(addr("Amy Zhou", "amy.zhou@bluepeakmedia.cn"), "Re: " + s1.subject, when,
              mid_plain("bluepeak-1", "bluepeakmedia.cn"), s1.id, chain(s0, s1), host="mail.bluepeakmedia.cn",
              ip="198.51.100.212", extra=[("X-Mailer", "Coremail Webmail Server Version XT5.0.13")]),
            MULTI("alternative", [TEXT(mine + "\n\n\n------------------ Original ------------------\n" + s1.text,
                                       cs="GBK", cte="base64", quote_cs=False),
                                  TEXT("<div style=\"line-height:1.7;color:#000000;font-size:14px;font-family:Arial\">" +
                                       p2h(mine) + "<br><br><div>------------------ Original ------------------</div>" +
                                       p2h(s1.text) + "</div>\n", "html", cs="GBK", cte="base64", quote_cs=False)],
                  "mime", "bluepeak"))
add("other-bluepeak", raw, "client-reply-other",
    "Questions from the payer's bank (currency, purpose code, stamped invoice): no payment and no date. Body in GBK, "
    "base64.")

# --- Cork film production accountant: what is the €40 for?
v = I["leevalley"]
s0 = Sent(v, "invoice", T(2026, 12, 3, 12, 0))
s1 = Sent(v, "reminder", T(2027, 1, 6, 9, 0))
s2 = Sent(v, "late_fee", T(2027, 1, 20, 9, 0), deadline=d(2027, 1, 29))
when = D(2027, 1, 22, 15, 10, 44)
mine = """Hi Aoife,

Sorry if this is a silly question – what's the €70 on your letter? Is that a charge from you or some kind of government levy? I'm new to the job and I just need to know what nominal code to put it against.

Orla

Orla Buckley
Production Accountant
Lee Valley Pictures Ltd, Cork"""
raw = build(H(addr("Orla Buckley", "orla@leevalleypictures.ie"), "Re: " + s2.subject, when,
              mid_gmail("leevalley-1"), s2.id, chain(s0, s1, s2), host="mail-sor-f41.google.com", ip="209.85.220.41"),
            r_gmail("leevalley-1", mine, s2))
add("other-leevalley", raw, "client-reply-other",
    "A question about the €70 compensation line, asked in order to code it, not to contest it; nothing paid or promised.")

# --- Sheffield app studio answers the thank-you note: more work in spring
v = I["steelcity"]
s0 = Sent(v, "invoice", T(2026, 12, 18, 11, 0))
s1 = Sent(v, "thank_you", T(2027, 1, 20, 9, 0), subject="Thank you: invoice BV-2026-170",
          text=(f"Dear Accounts Team,\n\nThank you for your payment of £900.00 for invoice BV-2026-170, which I received "
                f"on 19 January 2027.\n\nIf there is anything else I can do for you, just let me know.\n\nKind regards,\n"
                f"{OWNER_NAME}\n"))
when = D(2027, 1, 21, 10, 30, 2)
mine = """Brilliant, thanks Aoife! Mark mentioned we'll want the same illustration style for the spring campaign (six spots, maybe an animated header). Can I give you a ring next week to talk it through?

Hannah

Hannah Booth
Marketing Lead, Steel City Apps
Kelham Island, Sheffield"""
raw = build(H(addr("Hannah Booth", "hannah@steelcityapps.co.uk"), "Re: " + s1.subject, when,
              mid_gmail("steelcity-1"), s1.id, chain(s0, s1), host="mail-sor-f69.google.com", ip="209.85.220.69"),
            r_gmail("steelcity-1", mine, s1))
add("other-steelcity", raw, "client-reply-other",
    "Answers the freelancer's thank-you for a payment already received; the reply itself talks about new work, not "
    "about paying.")


# =========================================================================== payment-notification

# --- Stripe: invoice paid by card (Sheffield app studio)
when = D(2027, 1, 19, 14, 3, 27)
plain = """Brennan Visuals

Payment received

£900.00 from Steel City Apps Ltd

Invoice BV-2026-170 has been paid in full.

Customer: Steel City Apps Ltd (accounts@steelcityapps.co.uk)
Amount paid: £900.00
Payment method: Visa •••• 4242
Payment date: 19 Jan 2027
Invoice number: BV-2026-170

The funds will be included in your next payout to your bank account ending in 5678.

View payment: https://dashboard.stripe.com/payments/pi_3QxB7eL9aOifeBr0012kT4Zq

You're receiving this email because you're an administrator of Brennan Visuals on Stripe. Manage your email preferences at https://dashboard.stripe.com/settings/user

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
"""
shtml = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Payment received</title></head>"
         "<body style=\"background-color:#f6f9fc;font-family:-apple-system,'SF Pro Display',Helvetica,Arial,sans-serif\">"
         "<table width=\"100%\" role=\"presentation\"><tr><td align=\"center\"><table width=\"600\" style=\"background:#ffffff\">"
         "<tr><td style=\"padding:32px;font-size:14px;color:#8898aa\">Brennan Visuals</td></tr>"
         "<tr><td style=\"padding:0 32px;font-size:24px;color:#32325d\">Payment received</td></tr>"
         "<tr><td style=\"padding:16px 32px;font-size:32px;color:#32325d\"><strong>&pound;900.00</strong> from Steel City Apps Ltd</td></tr>"
         "<tr><td style=\"padding:0 32px 16px;color:#525f7f\">Invoice BV-2026-170 has been paid in full.</td></tr>"
         "<tr><td style=\"padding:0 32px\"><table style=\"color:#525f7f;font-size:14px\">"
         "<tr><td>Amount paid</td><td align=\"right\">&pound;900.00</td></tr>"
         "<tr><td>Payment method</td><td align=\"right\">Visa &bull;&bull;&bull;&bull; 4242</td></tr>"
         "<tr><td>Payment date</td><td align=\"right\">19 Jan 2027</td></tr>"
         "<tr><td>Invoice number</td><td align=\"right\">BV-2026-170</td></tr></table></td></tr>"
         "<tr><td style=\"padding:24px 32px\"><a href=\"https://dashboard.stripe.com/payments/pi_3QxB7eL9aOifeBr0012kT4Zq\" "
         "style=\"background:#635bff;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none\">View payment</a>"
         "</td></tr></table></td></tr></table></body></html>\n")
raw = build(H("Stripe <notifications@stripe.com>", "Payment of £900.00 from Steel City Apps Ltd", when,
              f"<{hexid(24, 'stripe-1')}@stripe.com>", host="mail-b.stripe.com", ip="198.202.176.21",
              extra=[("X-Stripe-Notification", "invoice.paid"), ("Auto-Submitted", "auto-generated")]),
            MULTI("alternative", [TEXT(plain, cs="UTF-8", quote_cs=False), TEXT(shtml, "html", cs="UTF-8", quote_cs=False)],
                  "mime", "stripe"))
add("notice-stripe", raw, "payment-notification",
    "Stripe tells the freelancer an invoice was paid by card; amount and invoice number from the notice.",
    amount="900.00", currency="GBP", reference="BV-2026-170")

# --- Wise: USD received (São Paulo production company)
when = D(2027, 1, 9, 12, 3, 40)
plain = """Hi Aoife,

You've received 2,000 USD from CASA AURORA FILMES LTDA.

It's now in your USD balance.

Amount received: 2,000.00 USD
From: CASA AURORA FILMES LTDA
Reference: BV-2026-149
Transfer ID: #1298473360

You can see the details in your account: https://wise.com/transactions/activities/by-resource/TRANSFER/1298473360

Thanks,
The Wise Team

Wise Europe SA, Rue du Trône 100, 1050 Brussels. This is an automated message.
"""
raw = build(H("Wise <noreply@wise.com>", "You've received 2,000 USD from CASA AURORA FILMES LTDA", when,
              f"<0102018e{hexid(24, 'wise')}-{hexid(8, 'wise2')}-000000@eu-west-1.amazonses.com>",
              host="a7-11.smtp-out.eu-west-1.amazonses.com", ip="54.240.7.11",
              extra=[("Auto-Submitted", "auto-generated"), ("X-Wise-Template", "balance-deposit-received")]),
            MULTI("alternative", [TEXT(plain, cs="UTF-8", quote_cs=False),
                                  TEXT("<html><body style=\"font-family:Inter,Helvetica,Arial\">" + p2h(plain) +
                                       "</body></html>\n", "html", cs="UTF-8", quote_cs=False)], "mime", "wise"))
add("notice-wise", raw, "payment-notification",
    "Wise credit of USD 2,000 with the invoice number as the payer's reference.",
    amount="2000.00", currency="USD", reference="BV-2026-149")

# --- PayPal: a private client pays a small portrait invoice
when = D(2026, 11, 28, 12, 10, 33, -8)
plain = """Dermot Kinsella sent you €180.00 EUR

Hello, Aoife Brennan

Dermot Kinsella sent you €180.00 EUR

Note from Dermot Kinsella:
"invoice BV-2026-143 - thanks a million for the portrait of Mam, the whole family loves it"

Transaction details
Transaction ID: 4RT91882KL0447312
Transaction date: 28 November 2026
Amount received: €180.00 EUR
Fee: €6.43 EUR
Net amount: €173.57 EUR

It may take a few moments for this transaction to appear in your account.

Help & Contact | Security | Apps

PayPal (Europe) S.à r.l. et Cie, S.C.A. Société en Commandite par Actions. Registered office: 22-24 Boulevard Royal, L-2449, Luxembourg
PPC001042:1.1:1ba0c5d9f3a8
"""
phtml = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"></head><body>"
         "<table width=\"100%\"><tr><td><img src=\"https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png\" alt=\"PayPal\" width=\"48\"></td></tr>"
         "<tr><td style=\"font-size:32px\">Dermot Kinsella sent you &euro;180.00&nbsp;EUR</td></tr>"
         "<tr><td>" + p2h(plain.split("\n", 2)[2]) + "</td></tr></table></body></html>\n")
raw = build(H('"service@paypal.ie" <service@paypal.ie>', "You've got money", when,
              f"<{hexid(8, 'pp')}.{hexid(12, 'pp2')}@mx.paypal.com>", host="mx0.slc.paypal.com", ip="173.0.84.226",
              extra=[("X-MaxCode-Template", "PPC001042"), ("X-Email-Type-Id", "PPC001042")]),
            MULTI("alternative", [TEXT(plain, cs="UTF-8", cte="quoted-printable", quote_cs=False),
                                  TEXT(phtml, "html", cs="UTF-8", cte="quoted-printable", quote_cs=False)],
                  "mime", "paypal"))
add("notice-paypal", raw, "payment-notification",
    "PayPal received-money notice; the amount is the gross €180.00 sent (the net after the fee is €173.57); the "
    "invoice number is in the payer's note.",
    amount="180.00", currency="EUR", reference="BV-2026-143")

# --- Welsh housing association finance system: remittance advice (machine), with PDF
when = D(2026, 12, 3, 6, 12, 0)
plain = """REMITTANCE ADVICE

Tai Cymoedd
Finance Department, Tŷ Cymoedd, Heol y Nant, Pontypridd CF37 1AA

Supplier:        Brennan Visuals (Supplier No. 30417)
Payment No.:     PAY0018823
Payment Date:    03/12/2026
Payment Method:  International Transfer (GBP)

Invoice No.      Invoice Date    Description                       Amount
BV-2026-125      03/10/2026      Tenant newsletter illustrations   £2,975.00
                                                         ---------------
                                                  Total:         £2,975.00

This payment will be credited to the bank account held on our records for you. Please allow 2-3 working days for
international payments.

This is an automated message from the Tai Cymoedd finance system. Please do not reply to this address. Queries:
accounts.payable@taicymoedd.org.uk
"""
root = MULTI("mixed", [TEXT(plain, cs="utf-8", cte="quoted-printable"),
                       ATT("application/pdf", fake_pdf("Remittance PAY0018823"), "Remittance_PAY0018823.pdf")],
             "mime", "taicymoedd-rem")
raw = build(H("Tai Cymoedd Finance <noreply.finance@taicymoedd.org.uk>",
              "Remittance Advice - Payment PAY0018823 - Brennan Visuals", when,
              f"<{hexid(20, 'tcrem')}@finance.taicymoedd.org.uk>", to="aoife@brennanvisuals.ie",
              host="smtp-relay.taicymoedd.org.uk", ip="195.99.0.45",
              extra=[("X-Mailer", "Unit4 ERP Remittance Service"), ("Auto-Submitted", "auto-generated")]), root)
add("notice-taicymoedd", raw, "payment-notification",
    "Remittance advice generated by the client's accounts-payable system: a machine notice of payment, not a "
    "client's reply.",
    amount="2975.00", currency="GBP", reference="BV-2026-125")

# --- the freelancer's bank: a lodgement alert (Kraków SaaS)
when = D(2026, 12, 15, 9, 47, 5)
plain = """AIB Business Alerts

Lodgement to your account

Account: BRENNAN VISUALS  ***5678
Amount: EUR 1,600.00
Date: 15/12/2026
Details: PIXELNEST SP Z O O BV-2026-139

To view your account, log in to AIB Internet Banking or the AIB Mobile app.

Please do not reply to this email. AIB will never ask you for your full PIN, passcode or card details by email.
Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
"""
raw = build(H("AIB <alerts@aib.ie>", "AIB Alert: Lodgement to account ***5678", when,
              f"<{hexid(16, 'aib')}@alerts.aib.ie>", host="mta2.alerts.aib.ie", ip="193.120.0.66",
              extra=[("Auto-Submitted", "auto-generated")]),
            TEXT(plain, cs="us-ascii", cte="7bit", quote_cs=False))
add("notice-aib", raw, "payment-notification",
    "Bank lodgement alert; the invoice number travels in the transfer details.",
    amount="1600.00", currency="EUR", reference="BV-2026-139")

# --- a US accounts-payable platform: payment on its way (Austin SaaS)
when = D(2026, 11, 12, 16, 1, 9, -6)
plain = """Paylinx

Harlow Labs, Inc. sent you a payment

Amount: $3,150.00 USD
Payment method: International wire
Payment date: 11/12/2026
Estimated arrival: 11/16/2026

Invoice #        Invoice date    Amount
BV-2026-126      10/05/2026      $3,150.00

Payment ID: PLX-7Q4D-22918
Memo: Brennan Visuals - Oct illustrations

Questions about this payment? Contact Harlow Labs, Inc. directly at ap@harlowlabs.com.

You're receiving this because Harlow Labs, Inc. pays you through Paylinx. Paylinx, Inc., 505 Howard St, San Francisco, CA 94105
"""
raw = build(H(addr("Harlow Labs, Inc. via Paylinx", "payments@paylinx.com"),
              "Harlow Labs, Inc. sent you a payment of $3,150.00", when,
              f"<{hexid(24, 'paylinx')}@paylinx.com>", host="o1.email.paylinx.com", ip="167.89.0.11",
              extra=[("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<https://paylinx.com/u/8f1c2>")]),
            MULTI("alternative", [TEXT(plain, cs="UTF-8", quote_cs=False),
                                  TEXT("<html><body>" + p2h(plain) + "</body></html>\n", "html", cs="UTF-8",
                                       quote_cs=False)], "mime", "paylinx"))
add("notice-paylinx", raw, "payment-notification",
    "Accounts-payable platform notice that a payment was sent, with US-style dates (11/12/2026 = 12 November).",
    amount="3150.00", currency="USD", reference="BV-2026-126")


# =========================================================================== auto-reply

# --- Aberdeen architects' accounts person: Exchange out of office over Christmas
v = I["deevalley"]
s = Sent(v, "late_fee", T(2026, 12, 18, 9, 0), deadline=d(2027, 1, 8))
when = D(2026, 12, 18, 9, 0, 14)
text = """Thank you for your email.

I am out of the office from Friday 18 December, returning on Monday 4 January 2027. Emails will not be read in my absence.

For urgent accounts queries please contact accounts@deevalleyarchitects.co.uk or call 01224 496 000.

Merry Christmas!

Karen McIntyre
Accounts Administrator
Dee Valley Architects"""
raw = build(H(addr("Karen McIntyre", "karen.mcintyre@deevalleyarchitects.co.uk"), "Automatic reply: " + s.subject, when,
              mid_outlook("deevalley-ooo", "gbrprd01", "LO4P265MB3380"), s.id, [s.id],
              host="mail-lo4gbr01on2103.outbound.protection.outlook.com", ip="40.107.23.103",
              extra=[("Thread-Topic", s.subject), ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""),
                     ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "karen.mcintyre@deevalleyarchitects.co.uk")]),
            MULTI("alternative", [TEXT(text + "\n", cs="us-ascii"),
                                  TEXT("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">"
                                       "</head><body>" + p2h(text) + "</body></html>\n", "html", cs="us-ascii")],
                  "outlook", "deevalley-ooo"))
add("auto-deevalley", raw, "auto-reply",
    "Exchange out-of-office: 'returning on Monday 4 January 2027' gives the return day.",
    return_date="2027-01-04")

# --- Edinburgh publisher: departed employee's mailbox, no longer monitored (Gmail vacation responder)
v = I["thistle"]
s = Sent(v, "reminder", T(2026, 11, 2, 9, 0))
when = D(2026, 11, 2, 9, 0, 6)
text = """Ruth Ellis no longer works at Thistle & Quill Books. This mailbox is not monitored and your email has not been forwarded.

For production queries please contact production@thistlequill.co.uk. For invoices and payments please contact accounts@thistlequill.co.uk.

Thistle & Quill Books | 5 Blackfriars Street, Edinburgh EH1 1NB"""
raw = build(H(addr("Ruth Ellis", "ruth.ellis@thistlequill.co.uk"), "Re: " + s.subject, when, mid_gmail("thistle-ooo"),
              s.id, [s.id], host="mail-sor-f73.google.com", ip="209.85.220.73",
              extra=[("Auto-Submitted", "auto-replied")]),
            MULTI("alternative", [TEXT(text + "\n", cs="UTF-8"),
                                  TEXT("<div dir=\"ltr\">" + p2h(text) + "</div>\n", "html", cs="UTF-8")], "gmail",
                  "thistle-ooo"))
add("auto-thistle", raw, "auto-reply",
    "Automatic notice that the mailbox is no longer in use (RFC 3834 Auto-Submitted); no return date.")

# --- Montreal SaaS payables helpdesk: ticket acknowledgement
v = I["nordique"]
s = Sent(v, "invoice", T(2026, 12, 2, 14, 0), subject="Invoice BV-2026-145 from Brennan Visuals")
when = D(2026, 12, 2, 9, 0, 41, -5)
text = """Hello Aoife Brennan,

Thank you for contacting Nordique Labs Accounts Payable. Your request (#48213) has been received and will be reviewed by a member of our team.

Please do not send the same invoice more than once, as duplicates delay processing. You can reply to this email to add information to your request.

Subject: Invoice BV-2026-145 from Brennan Visuals
Status: Open

Nordique Labs Accounts Payable
This is an automated message."""
raw = build(H(addr("Nordique Labs Payables", "payables@nordiquelabs.ca"),
              "[#48213] Request received: Invoice BV-2026-145 from Brennan Visuals", when,
              f"<{hexid(20, 'fd-48213')}_{hexid(6, 'fd')}@nordiquelabs.freshdesk.com>", s.id, [s.id],
              host="mx-out-2.freshdesk.com", ip="13.56.81.74",
              extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Auto-Response-Suppress", "All"),
                     ("X-FD-Email-Type", "ticket_acknowledgement")]),
            MULTI("alternative", [TEXT(text + "\n", cs="UTF-8", quote_cs=False),
                                  TEXT("<html><body>" + p2h(text) + "</body></html>\n", "html", cs="UTF-8",
                                       quote_cs=False)], "mime", "fd"))
add("auto-nordique", raw, "auto-reply",
    "Helpdesk ticket acknowledgement from the payables address; it promises review, not payment.")

# --- Adelaide animation producer: on leave, back Monday 11 January
v = I["southerncross"]
s = Sent(v, "invoice", T(2026, 12, 16, 9, 0))
when = D(2026, 12, 16, 19, 30, 8, 10, 30)
text = """G'day,

I'm on leave from 14 December and back in the studio Monday 11 January 2027. I won't be checking email much (that's the plan anyway).

For anything urgent please call Shaz on 08 8000 4417 or email studio@southerncrossanimation.com.au.

Cheers,
Mick"""
raw = build(H(addr("Mick Dawson", "mick@southerncrossanimation.com.au"), "Out of Office: " + s.subject, when,
              mid_gmail("southerncross-ooo"), s.id, [s.id], host="mail-pf1-f176.google.com", ip="209.85.210.176",
              extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")]),
            MULTI("alternative", [TEXT(text + "\n", cs="UTF-8"),
                                  TEXT("<div dir=\"ltr\">" + p2h(text) + "</div>\n", "html", cs="UTF-8")], "gmail",
                  "southerncross-ooo"))
add("auto-southerncross", raw, "auto-reply",
    "Out of office in Adelaide (+1030): 'back in the studio Monday 11 January 2027'; 14 December is the start of the "
    "leave, not the return.",
    return_date="2027-01-11")

# --- Vermont builder's iCloud vacation reply, no RFC 3834 header, Apple's own headers only
v = I["becker"]
s = Sent(v, "final", T(2026, 12, 28, 9, 0), deadline=d(2027, 1, 11))
when = D(2026, 12, 28, 9, 0, 9, 0)
text = """Hi — Becker Design Build is closed for the holidays. I'm away with family and checking email only now and then. Back Jan 5.

— Tom"""
raw = build(H("beckerdesignbuild@icloud.com", "Auto reply: " + s.subject, when,
              f"<{hexid(8, 'beck')}-{hexid(4, 'b2')}-{hexid(4, 'b3')}-{hexid(4, 'b4')}-{hexid(12, 'b5')}-vac@icloud.com>",
              s.id, [s.id], host="st43p00im-ztdg10071801.me.com", ip="17.58.63.179",
              extra=[("X-Apple-Criteria", "{kind=VACATION,startDate=2026-12-19T05:00:00Z,endDate=2027-01-05T04:59:59Z}"),
                     ("X-Apple-Action", "VACATION"), ("X-Apple-UUID", f"{hexid(8, 'beck')}-{hexid(4, 'b2')}")]),
            TEXT(text + "\n", cs="UTF-8", cte="quoted-printable", quote_cs=False))
add("auto-becker", raw, "auto-reply",
    "iCloud vacation reply to the final notice (X-Apple-Action only, no Auto-Submitted): 'Back Jan 5' = 5 January "
    "2027.",
    return_date="2027-01-05")


# =========================================================================== bounce

def original_copy(sent, to):
    return (f"Return-Path: <{OWNER_ADDR}>\nFrom: {OWNER}\nTo: {to}\nSubject: {sent.subject}\n"
            f"Date: {rfc(sent.when)}\nMessage-ID: {sent.id}\nMIME-Version: 1.0\n"
            f"Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: 8bit\n\n{sent.text}")


# --- Google: address not found (the remote Exchange Online rejected it), permanent
v = I["corrib"]
s = Sent(v, "reminder", T(2027, 1, 4, 9, 0))
when = D(2027, 1, 4, 9, 0, 3)
rcpt = "m.obrien@corribhousing.ie"
diag = (f"550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup "
        "[AM4PEPF00027A5F.eurprd04.prod.outlook.com 2027-01-04T09:00:02.871Z 08DD2C41A7F3B6E2]")
human = f"""
** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

{diag}
"""
status = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; {OWNER_ADDR}
Arrival-Date: {google_time(s.when)}
X-Original-Message-ID: {s.id}

Final-Recipient: rfc822; {rcpt}
Action: failed
Status: 5.1.10
Remote-MTA: dns; corribhousing-ie.mail.protection.outlook.com. (52.101.68.2, the server for the domain corribhousing.ie.)
Diagnostic-Code: smtp; {diag}
Last-Attempt-Date: {google_time(when)}
"""
root = MULTI("report", [
    MULTI("related", [MULTI("alternative", [TEXT(human, cs="UTF-8", quote_cs=False),
                                            TEXT("<html><head></head><body>" + p2h(human) + "</body></html>\n", "html",
                                                 cs="UTF-8", quote_cs=False)], "gmail", "b1-alt")], "gmail", "b1-rel"),
    RAWPART([("Content-Type", "message/delivery-status")], status),
    RAWPART([("Content-Type", "message/rfc822")], original_copy(s, rcpt))], "gmail", "b1",
    params="; report-type=delivery-status")
raw = build(H("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)", when,
              f"<{hexid(12, 'b1')}.{hexid(16, 'b1b')}.{hexid(5, 'b1c')}@mx.google.com>", s.id, [s.id],
              host="mail-sor-f69.google.com", ip="209.85.220.69",
              extra=[("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")]), root)
add("bounce-corrib", raw, "bounce",
    "Google DSN for an address that no longer exists (5.1.10 from Exchange Online): permanent.",
    failed_recipient=rcpt, permanent=True)

# --- Google: delivery delayed, the recipient's Gmail inbox is full, temporary
v = I["nolan"]
s = Sent(v, "reminder", T(2027, 1, 5, 9, 0))
when = D(2027, 1, 5, 11, 3, 50)
rcpt = "hello.nolanclay@gmail.com"
diag = ("452-4.2.2 The recipient's inbox is out of storage space. Please direct the\n452-4.2.2 recipient to\n"
        "452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp 41be03b00d2f7-5f1c0b9a8e2si7712353a12.305 - gsmtp")
human = f"""
** Delivery incomplete **

There was a temporary problem delivering your message to {rcpt}. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

Learn more here: https://support.google.com/mail/?p=OverQuotaTemp

The response was:

The recipient's inbox is out of storage space. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp
"""
status = f"""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; {OWNER_ADDR}
Arrival-Date: {google_time(s.when)}
X-Original-Message-ID: {s.id}

Final-Recipient: rfc822; {rcpt}
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; {diag.replace(chr(10), ' ')}
Last-Attempt-Date: {google_time(when)}
Will-Retry-Until: {google_time(s.when + dt.timedelta(hours=48))}
"""
root = MULTI("report", [
    MULTI("alternative", [TEXT(human, cs="UTF-8", quote_cs=False),
                          TEXT("<html><head></head><body>" + p2h(human) + "</body></html>\n", "html", cs="UTF-8",
                               quote_cs=False)], "gmail", "b2-alt"),
    RAWPART([("Content-Type", "message/delivery-status")], status),
    RAWPART([("Content-Type", "text/rfc822-headers")],
            original_copy(s, rcpt).split("\n\n", 1)[0] + "\n")], "gmail", "b2", params="; report-type=delivery-status")
raw = build(H("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Delay)", when,
              f"<{hexid(12, 'b2')}.{hexid(16, 'b2b')}.{hexid(5, 'b2c')}@mx.google.com>", s.id, [s.id],
              host="mail-sor-f69.google.com", ip="209.85.220.69", extra=[("Auto-Submitted", "auto-replied")]), root)
add("bounce-nolan", raw, "bounce",
    "Google delay notice, mailbox over quota, 4.2.2 with retries continuing: temporary.",
    failed_recipient=rcpt, permanent=False)

# --- Exim on a school's cPanel host: local user gone, permanent (no DSN part, plain text)
v = I["greenfield"]
s = Sent(v, "invoice", T(2026, 12, 17, 12, 0))
when = D(2026, 12, 17, 13, 0, 11, 1)
rcpt = "tunde.bakare@greenfieldintlschool.com.ng"
text = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    No Such User Here

------ This is a copy of the message, including all the headers. ------

Return-path: <{OWNER_ADDR}>
Received: from mail-wr1-f41.google.com ([209.85.221.41]:45712)
	by server.greenfieldintlschool.com.ng with esmtps  (TLS1.3) tls TLS_AES_128_GCM_SHA256
	(Exim 4.98)
	(envelope-from <{OWNER_ADDR}>)
	id 1tQhRm-0004Xk-2N
	for {rcpt};
	Thu, 17 Dec 2026 13:00:10 +0100
{original_copy(s, rcpt)}"""
raw = build(H("Mail Delivery System <Mailer-Daemon@server.greenfieldintlschool.com.ng>",
              "Mail delivery failed: returning message to sender", when,
              "<E1tQhRn-0004Xq-0D@server.greenfieldintlschool.com.ng>", host="server.greenfieldintlschool.com.ng",
              ip="198.51.100.140", extra=[("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")]),
            TEXT(text, cs="utf-8", cte="8bit", quote_cs=False))
add("bounce-greenfield", raw, "bounce",
    "Exim bounce in plain text (no delivery-status part): 'This is a permanent error', user unknown.",
    failed_recipient=rcpt, permanent=True)

# --- Postfix gateway of a county council: still being retried, temporary
v = I["clonmore"]
s = Sent(v, "final", T(2026, 11, 23, 9, 0), deadline=d(2026, 12, 7))
when = D(2026, 11, 23, 13, 0, 22)
rcpt = "info@clonmoremuseum.ie"
text = f"""This is the mail system at host mailgw01.clonmorecoco.ie.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: connect to exch01.clonmorecoco.local[10.20.1.15]:25: Connection
    timed out
"""
status = f"""Reporting-MTA: dns; mailgw01.clonmorecoco.ie
X-Postfix-Queue-ID: 4Hh7QZ1kLxz9sWq
X-Postfix-Sender: rfc822; {OWNER_ADDR}
Arrival-Date: Mon, 23 Nov 2026 09:00:04 +0000 (GMT)

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to exch01.clonmorecoco.local[10.20.1.15]:25:
    Connection timed out
Will-Retry-Until: Sat, 28 Nov 2026 09:00:04 +0000 (GMT)
"""
b = "4Hh7QZ1kLxz9sWq.1795438822/mailgw01.clonmorecoco.ie"
root = Part([("Content-Type", f'multipart/report; report-type=delivery-status;\n\tboundary="{b}"')], parts=[
    Part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], text.encode()),
    Part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status.encode()),
    Part([("Content-Description", "Undelivered Message Headers"), ("Content-Type", "text/rfc822-headers")],
         original_copy(s, rcpt).split("\n\n", 1)[0].encode() + b"\n")], bnd=b,
    preamble="This is a MIME-encapsulated message.")
raw = build([("Delivered-To", OWNER_ADDR), ("Received", rcv("mailgw01.clonmorecoco.ie", "193.1.244.18", when)),
             ("Date", rfc(when, "GMT")), ("From", "MAILER-DAEMON@mailgw01.clonmorecoco.ie (Mail Delivery System)"),
             ("Subject", "Delayed Mail (still being retried)"), ("To", OWNER_ADDR),
             ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0"),
             ("Message-Id", "<20261123130022.5B2E01C2F4A@mailgw01.clonmorecoco.ie>")], root)
add("bounce-clonmore", raw, "bounce",
    "Postfix delay warning (Action: delayed, 4.4.1, 'you do not need to resend'): temporary.",
    failed_recipient=rcpt, permanent=False)


# =========================================================================== other

# --- newsletter from an illustrators' association, talks about late payment
when = D(2027, 1, 14, 11, 0, 0)
plain = """Illustrators Ireland – January News

View this email in your browser (https://mailchi.mp/illustratorsireland/january-news-2027)

Happy new year, members!

** Getting paid on time: a workshop
Late payments are still the number one complaint in our members' survey. On 11 February, solicitor Gráinne Daly walks through the Late Payment Regulations, statutory interest and the €40/€70/€100 compensation, with template reminder letters you can use straight away. Free for members, €15 for non-members.
Book your place: https://illustratorsireland.ie/events/getting-paid

** Portfolio review day – Galway, 6 March
Ten-minute reviews with art directors from four Irish publishers. Applications close 20 February.

** Member news
Congratulations to Aoife Brennan, whose visuals for the Kelvinside housing scheme were shortlisted for the Scottish Design Awards.

You are receiving this email because you are a member of Illustrators Ireland.
Unsubscribe: https://illustratorsireland.us7.list-manage.com/unsubscribe?u=4f1a&id=9c2b
Illustrators Ireland CLG, 12 Temple Bar, Dublin 2
"""
raw = build(H(addr("Illustrators Ireland", "news@illustratorsireland.ie"), "January news: getting paid on time, "
              "portfolio reviews", when, f"<{hexid(28, 'mc')}@mail189.suw41.mcdlv.net>", to="<aoife@brennanvisuals.ie>",
              host="mail189.suw41.mcdlv.net", ip="198.2.189.41",
              extra=[("List-Unsubscribe", "<https://illustratorsireland.us7.list-manage.com/unsubscribe?u=4f1a&id=9c2b>"),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                     ("X-Mailer", "Mailchimp Mailer - **CID9c2b0e41**")]),
            MULTI("alternative", [TEXT(plain, cs="utf-8", quote_cs=False),
                                  TEXT("<html><body style=\"font-family:Georgia,serif\">" + p2h(plain) +
                                       "</body></html>\n", "html", cs="utf-8", quote_cs=False)], "mime", "mc"))
add("other-newsletter", raw, "other",
    "Association newsletter about late payment and compensation: no client, no payment, no invoice of hers.")

# --- an invoice the freelancer received from her render farm
when = D(2027, 2, 2, 10, 15, 0, 2)
plain = """Hi Aoife,

Your invoice INV-20431 from RenderHive OÜ is ready.

Amount due: €214.50
Due date: 16 Feb 2027
Period: January 2027 (GPU render hours: 143)

Pay online: https://pay.renderhive.io/i/INV-20431

The PDF invoice is attached. Reverse charge: VAT to be accounted for by the recipient (Art. 196 Council Directive 2006/112/EC).

Thank you for rendering with us!
RenderHive OÜ · Telliskivi 60a, 10412 Tallinn, Estonia · VAT EE102345678
"""
root = MULTI("mixed", [TEXT(plain, cs="utf-8", quote_cs=False),
                       ATT("application/pdf", fake_pdf("RenderHive invoice INV-20431"), "INV-20431.pdf")],
             "mime", "renderhive")
raw = build(H(addr("RenderHive Billing", "billing@renderhive.io"), "Invoice INV-20431 from RenderHive OÜ", when,
              f"<{hexid(20, 'rh')}@renderhive.io>", host="o3.ptr4412.renderhive.io", ip="149.72.0.33",
              extra=[("Auto-Submitted", "auto-generated")]), root)
add("other-renderhive", raw, "other",
    "An invoice the freelancer received from her own supplier: money she owes, not money owed to her.")

# --- Wise: the freelancer's own outgoing transfer to that supplier is complete
when = D(2027, 2, 8, 15, 22, 17)
plain = """Hi Aoife,

Your transfer to RenderHive OÜ is complete.

You sent: 214.50 EUR
RenderHive OÜ gets: 214.50 EUR
Reference: INV-20431
Transfer ID: #1311902284

It should arrive in their account today.

Thanks,
The Wise Team
"""
raw = build(H("Wise <noreply@wise.com>", "Your transfer to RenderHive OÜ is complete", when,
              f"<0102018f{hexid(24, 'wise-out')}-{hexid(8, 'wo2')}-000000@eu-west-1.amazonses.com>",
              host="a7-12.smtp-out.eu-west-1.amazonses.com", ip="54.240.7.12",
              extra=[("Auto-Submitted", "auto-generated"), ("X-Wise-Template", "transfer-complete")]),
            MULTI("alternative", [TEXT(plain, cs="UTF-8", quote_cs=False),
                                  TEXT("<html><body>" + p2h(plain) + "</body></html>\n", "html", cs="UTF-8",
                                       quote_cs=False)], "mime", "wise-out"))
add("other-wise-out", raw, "other",
    "Wise confirms an outgoing transfer the freelancer made: money out, so not a payment notification.")

# --- phishing dressed as a remittance advice
when = D(2027, 3, 10, 7, 48, 2, -4)
phish = ("<html><body style=\"font-family:Segoe UI,Arial\"><table width=\"560\" style=\"border:1px solid #ddd\">"
         "<tr><td style=\"background:#0b3d91;color:#fff;padding:14px;font-size:18px\">Remittance Advice</td></tr>"
         "<tr><td style=\"padding:14px\">Dear Supplier,<br><br>A payment of <b>EUR 4,870.00</b> has been processed to "
         "your account for outstanding invoice(s). To view the remittance advice and confirm your banking details, "
         "please sign in with your email account below.<br><br><a href=\"https://secure-paydocs.net.ru-verify.top/"
         "remit?id=AB77120\" style=\"background:#0b3d91;color:#fff;padding:10px 18px;text-decoration:none\">VIEW "
         "REMITTANCE</a><br><br>The document will expire in 24 hours.<br><br>Accounts Payable Department</td></tr>"
         "</table></body></html>\n")
raw = build(H(addr("Accounts Payable", "remittance@secure-paydocs.net"), "Remittance Advice: EUR 4,870.00 processed "
              "- Ref AB77120", when, f"<{hexid(16, 'phish')}@vps-41522.hostingmachine.top>",
              to="undisclosed-recipients:;", host="vps-41522.hostingmachine.top", ip="203.0.113.199",
              extra=[("X-Mailer", "PHPMailer 6.8.1 (https://github.com/PHPMailer/PHPMailer)")]),
            TEXT(phish, "html", cs="utf-8", cte="base64", quote_cs=False))
add("other-phishing", raw, "other",
    "Phishing dressed as a remittance advice (no invoice named, credentials link, unrelated sender): spam, not a "
    "payment notification.")


# =========================================================================== write, re-read, check

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
         "failed_recipient", "permanent", "note"]


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return toml_str(str(v))


def amount_forms(a):
    units, cents = a.split(".")
    n = int(units)
    groups = f"{n:,}"
    forms = set()
    for sep in [",", ".", " ", "\u00a0", ""]:
        u = groups.replace(",", sep)
        forms.add(u + "." + cents)
        forms.add(u + "," + cents)
        if cents == "00":
            forms.add(u)
    return forms


def all_text(msg):
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if ct.startswith("text/") or ct == "message/delivery-status":
            if ct == "message/delivery-status":
                out.append(str(part.get_payload()))
                continue
            txt = part.get_content()
            if ct == "text/html":
                txt = html.unescape(re.sub(r"<[^>]+>", " ", txt))
            out.append(txt)
        elif ct == "message/rfc822":
            out.append(str(part.get_payload(0)))
    return "\n".join(out)


def check(name, labels, data):
    problems = []
    msg = email.message_from_bytes(data, policy=email.policy.default)
    for p in msg.walk():
        if p.defects:
            problems.append(f"defects in {p.get_content_type()}: {p.defects}")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            problems.append(f"missing {h}")
    date = msg["Date"].datetime
    if not (dt.date(2026, 11, 1) <= date.date() <= dt.date(2027, 3, 31)):
        problems.append(f"date out of range: {date}")
    _ = str(msg["Subject"]), str(msg["From"])
    kind = labels["kind"]
    if kind not in KINDS:
        problems.append(f"bad kind {kind}")
    if labels["language"] != "en" or labels["split"] != "dev":
        problems.append("language/split")
    if kind.startswith("client-reply") and not msg["In-Reply-To"]:
        problems.append("client reply without In-Reply-To")
    text = all_text(msg)
    if not text.strip():
        problems.append("no text")
    if "promised_date" in labels:
        if kind != "client-reply-promise":
            problems.append("promised_date on a non-promise")
        pd = dt.date.fromisoformat(labels["promised_date"])
        if not (date.date() <= pd <= date.date() + dt.timedelta(days=60)):
            problems.append(f"promised_date {pd} implausible for {date}")
    if "return_date" in labels:
        if kind != "auto-reply":
            problems.append("return_date on a non-auto-reply")
        rd = dt.date.fromisoformat(labels["return_date"])
        if not (date.date() < rd <= date.date() + dt.timedelta(days=60)):
            problems.append(f"return_date {rd} implausible for {date}")
    if "amount" in labels:
        if not re.fullmatch(r"\d+\.\d\d", labels["amount"]):
            problems.append("amount format")
        if not any(f in text for f in amount_forms(labels["amount"])):
            problems.append(f"amount {labels['amount']} not found in text")
    if "currency" in labels:
        if "amount" not in labels or labels["currency"] not in {"EUR", "GBP", "USD", "CAD", "AUD"}:
            problems.append("currency without amount or unknown")
    if "reference" in labels and labels["reference"] not in text and labels["reference"].replace("-", "") not in text:
        problems.append(f"reference {labels['reference']} not in text")
    if kind == "bounce":
        if "failed_recipient" not in labels or "permanent" not in labels:
            problems.append("bounce facts missing")
        elif labels["failed_recipient"] not in text:
            problems.append("failed recipient not in text")
    elif "failed_recipient" in labels or "permanent" in labels:
        problems.append("bounce facts on a non-bounce")
    if not labels.get("note"):
        problems.append("no note")
    return problems


def main():
    assert len(MESSAGES) == 80, len(MESSAGES)
    keys = [k for k, _, _ in MESSAGES]
    assert len(set(keys)) == len(keys), "duplicate keys"
    order = list(range(len(MESSAGES)))
    random.Random(2020).shuffle(order)
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    lines = ["# round20-en: English replies, notices, auto-replies and bounces after a freelancer's invoices and "
             "reminders (UK, Ireland, US, Canada, Australia, non-native writers); many answer a late-fee letter or a "
             "final notice.", ""]
    written = []
    for n, idx in enumerate(order, 1):
        key, labels, raw = MESSAGES[idx]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raw)
        written.append((name, labels))
        lines.append(f'[files."{name}"]')
        for k in ORDER:
            if k in labels:
                lines.append(f"{k} = {toml_val(labels[k])}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

    failures = 0
    for name, labels in written:
        with open(os.path.join(HERE, name), "rb") as f:
            data = f.read()
        for p in check(name, labels, data):
            failures += 1
            print(f"{name}: {p}", file=sys.stderr)
    try:
        import tomllib
        with open(os.path.join(HERE, "labels.toml"), "rb") as f:
            parsed = tomllib.load(f)
        assert set(parsed["files"]) == {n for n, _ in written}
        for n, labels in written:
            assert parsed["files"][n] == {k: labels[k] for k in ORDER if k in labels}, n
    except ImportError:
        pass
    counts = {}
    for _, labels in written:
        counts[labels["kind"]] = counts.get(labels["kind"], 0) + 1
    for k in sorted(counts):
        print(f"{k:24s} {counts[k]}")
    if failures:
        print(f"{failures} problem(s)", file=sys.stderr)
        sys.exit(1)
    print(f"wrote {len(written)} messages and labels.toml; all checks passed")


if __name__ == "__main__":
    main()
