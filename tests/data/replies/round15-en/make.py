#!/usr/bin/env python3
"""round15-en: English replies from public bodies, big-company AP, family firms, churches,
startups, farm co-ops and professional associations (UK, IE, US, AU; non-native PL, PT, IL, NG).

Every message body below is hand-written. Only MIME plumbing, HTML skeletons and the quoted
mailduns reminders (rendered from the wording of templates/en/*.txt.j2) are generated.
Run: python3 make.py   (writes r15n-NNNN.eml + labels.toml next to this file, then re-parses them)
"""
import base64
import datetime as dt
import email
import email.policy
import glob
import os
import quopri
import random
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r15n"
RND = random.Random(1507)

# --------------------------------------------------------------------------- owners

OWNERS = {
    "tom": dict(name="Tom Byrne", email="tom@byrnedesign.ie", tz="Europe/Dublin", cur="€",
                payment=[("Account name", "Tom Byrne"), ("IBAN", "IE12 REVO 9903 6012 3456 78"),
                         ("BIC (SWIFT)", "REVOIE23")]),
    "hannah": dict(name="Hannah Cole", email="hannah@hannahcolewords.co.uk", tz="Europe/London", cur="£",
                   payment=[("Account name", "Hannah Cole"), ("IBAN", "GB33 SRLG 6083 7112 3456 78"),
                            ("BIC (SWIFT)", "SRLGGB2L")]),
    "dan": dict(name="Dan Whitaker", email="dan@whitakerstudio.com", tz="America/New_York", cur="$",
                payment=[("Account name", "Whitaker Studio LLC")],
                link="https://pay.whitakerstudio.com/i/{n}"),
    "jess": dict(name="Jess Nguyen", email="jess@nguyenwebworks.com.au", tz="Australia/Sydney", cur="A$",
                 details="direct deposit to Nguyen Web Works Pty Ltd, BSB 062-692, account 1047 3381 "
                         "(please use the invoice number as the reference)"),
}


def payment_block(o, n):
    if "details" in o:
        return "Payment details: " + o["details"]
    lines = ["Payment details:"]
    for k, v in o["payment"]:
        lines.append(f"- {k}: {v}")
    if any(k == "IBAN" for k, _ in o["payment"]):
        lines.append(f"- Payment reference: {n}")
    if o.get("link"):
        lines.append("- Pay online: " + o["link"].format(n=n))
    return "\n".join(lines)


# --------------------------------------------------------------------------- letters (quoted originals)

def letter(kind, owner, n, amt, due, sal="Hello,", issue=None, days=None, deadline=None,
           promise=None, fees=None, note=None):
    """Text of a mailduns letter, following templates/en/<kind>.txt.j2."""
    o = OWNERS[owner]
    pay = payment_block(o, n)
    if kind == "invoice":  # the owner's own covering email for the invoice
        return (f"{sal}\n\n{note or 'Please find attached invoice ' + n + ' for ' + amt + '.'}\n\n"
                f"Payment is due by {due}.\n\n{pay}\n\nThanks,\n{o['name']}")
    if kind == "courtesy":
        body = (f"This is a friendly reminder that invoice {n} for {amt}"
                + (f", issued on {issue}," if issue else "") + f" is due for payment on {due}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif kind == "due":
        if days and days > 0:
            first = (f"This is a quick reminder that invoice {n} for {amt} was due for payment on {due}. "
                     "If it has not been paid yet, I would be grateful if you could arrange payment in the "
                     "next few days.")
        else:
            first = f"This is a quick reminder that invoice {n} for {amt} is due for payment today, {due}."
        body = (first + "\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    elif kind == "reminder":
        body = (f"According to my records, invoice {n} for {amt}, due on {due}, has not yet been paid. "
                "It may simply have been overlooked, so I would be grateful if you could arrange payment at "
                "your earliest convenience.\n\n"
                + (fees + "\n\n" if fees else "") +
                "If you have already paid, thank you – please let me know the payment date so that I can "
                "update my records. If there is a problem with the invoice, please reply to this email and "
                f"we can sort it out.\n\n{pay}")
    elif kind == "late_fee":
        body = (f"Invoice {n} for {amt}, due on {due}, is now {days} day{'s' if days != 1 else ''} overdue.\n\n"
                + (fees + "\n\n" if fees else "") +
                f"Please arrange payment{' of the total above' if fees else ''} by {deadline}. If payment is "
                "already on its way, thank you – please let me know the date it was made. If there is a "
                "problem with the invoice or with the timing, please reply to this email and we can find a "
                f"solution.\n\n{pay}")
    elif kind == "promise_followup":
        if promise:
            first = f"Thank you for letting me know that invoice {n} for {amt} would be paid by {promise}."
        else:
            first = (f"Thank you for your earlier message about invoice {n} for {amt}, which was due on {due}.")
        body = (first + "\n\nThe payment has not reached me yet. If it is already on its way, thank you – "
                "please let me know the date it was made. If you need a little more time, could you let me "
                f"know when I can expect it?\n\n{pay}")
    elif kind == "final":
        return (f"Final notice before debt recovery\n\nDate: {note}\nInvoice: {n}, due on {due}\n"
                f"Amount due: {amt}\nPayment deadline: {deadline}\n\nDear Sir or Madam,\n\n"
                f"Despite my previous reminders, invoice {n} for {amt}, which was due for payment on {due}, "
                f"remains unpaid.\n\nI therefore formally request payment of {amt} by {deadline}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These "
                "may include referring the matter to a debt collection agency or a solicitor and, if "
                "necessary, starting court proceedings.\n\nI would much rather resolve this with you "
                "directly. If there is a reason for the delay, or if you would like to propose a payment "
                f"plan, please reply to this email before {deadline}.\n\nIf you have paid in the meantime, "
                "thank you, and please accept my apologies for this notice; it would help if you could let "
                f"me know the payment date so that I can update my records.\n\n{pay}\n\n"
                f"Yours faithfully,\n{o['name']}")
    else:
        raise ValueError(kind)
    return f"{sal}\n\n{body}\n\nKind regards,\n{o['name']}"


# --------------------------------------------------------------------------- dates

def D(s, tz):
    """'2026-12-02 10:14' (+ optional :SS) in zone tz -> aware datetime."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = dt.datetime.strptime(s, fmt)
    if d.second == 0 and s.count(":") == 1:
        d = d.replace(second=RND.randint(2, 58))
    return d.replace(tzinfo=ZoneInfo(tz))


MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
       "October", "November", "December"]


def q_head(style, when, who_name, who_email):
    w = when
    if style == "gmail":  # UK/IE Gmail
        return f"On {w:%a}, {w.day} {w:%b %Y} at {w:%H:%M}, {who_name} <{who_email}> wrote:"
    if style == "gmail_us":
        h = w.hour % 12 or 12
        return f"On {w:%a}, {w:%b} {w.day}, {w.year} at {h}:{w:%M} {'AM' if w.hour < 12 else 'PM'} {who_name} <{who_email}> wrote:"
    if style == "apple":
        return f"On {w.day} {w:%b %Y}, at {w:%H:%M}, {who_name} <{who_email}> wrote:"
    if style == "apple_us":
        h = w.hour % 12 or 12
        return f"On {w:%b} {w.day}, {w.year}, at {h}:{w:%M}\u202f{'AM' if w.hour < 12 else 'PM'}, {who_name} <{who_email}> wrote:"
    if style == "tbird":
        return f"On {w:%d/%m/%Y} {w:%H:%M}, {who_name} wrote:"
    raise ValueError(style)


def gt(body, when, who, style="gmail"):
    """'> ' quoted original with attribution line (iOS Apple Mail quotes the attribution too)."""
    head = q_head(style, when, *who)
    q = "\n".join("> " + ln if ln else ">" for ln in body.split("\n"))
    if style.startswith("apple"):
        return f"> {head}\n>\n{q}"
    return f"{head}\n\n{q}"


def ol(body, when, frm, to, subject, cc=None, us=False, old=False, date_style=None):
    """Outlook-style header block, no '>'."""
    if us:
        h = when.hour % 12 or 12
        sent = f"{when:%A}, {when:%B} {when.day}, {when.year} {h}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"
    else:
        sent = f"{when:%d} {when:%B %Y} {when:%H:%M}"
    head = "-----Original Message-----" if old else "________________________________"
    lines = [head, f"From: {frm}", f"Sent: {sent}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines += [f"Subject: {subject}", "", body]
    return "\n".join(lines)


# --------------------------------------------------------------------------- HTML helpers

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras(text, tag="p", style=""):
    out = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(esc(x) for x in block.split("\n"))
        out.append(f"<{tag}{style}>{inner}</{tag}>")
    return "\n".join(out)


def outlook_html(body_html, quoted_html="", charset="utf-8"):
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face {{font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}}
p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}
span.EmailStyle17 {{mso-style-type:personal-compose; font-family:"Calibri",sans-serif; color:windowtext;}}
@page WordSection1 {{size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1 {{page:WordSection1;}}
--></style>
</head>
<body lang="EN-GB" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
{body_html}
{quoted_html}
</div>
</body>
</html>
"""


def mso(text):
    """Plain text -> Outlook MsoNormal paragraphs (one per line, empty line = &nbsp;)."""
    out = []
    for ln in text.strip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{esc(ln) if ln else "&nbsp;"}<o:p></o:p></p>')
    return "\n".join(out)


def ol_html_quote(body, when, frm, to, subject, us=False):
    if us:
        h = when.hour % 12 or 12
        sent = f"{when:%A}, {when:%B} {when.day}, {when.year} {h}:{when:%M} {'AM' if when.hour < 12 else 'PM'}"
    else:
        sent = f"{when:%d} {when:%B %Y} {when:%H:%M}"
    return (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            f'<p class="MsoNormal"><b>From:</b> {esc(frm)}<br>\n<b>Sent:</b> {sent}<br>\n'
            f'<b>To:</b> {esc(to)}<br>\n<b>Subject:</b> {esc(subject)}<o:p></o:p></p>\n</div>\n'
            f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{mso(body)}')


def gmail_html(body_text, quoted=None, when=None, who=None, us=False):
    inner = "\n".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in body_text.strip("\n").split("\n"))
    q = ""
    if quoted is not None:
        name, addr_ = who
        head = q_head("gmail_us" if us else "gmail", when, name, addr_).replace(
            f"<{addr_}>", f'&lt;<a href="mailto:{addr_}">{addr_}</a>&gt;')
        q = (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">{head}<br></div>'
             f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
             f'rgb(204,204,204);padding-left:1ex">{paras(quoted, "div")}</blockquote></div>')
    return f'<div dir="ltr">{inner}</div>{q}\n'


# --------------------------------------------------------------------------- MIME plumbing

class Leaf:
    def __init__(self, ctype, payload, charset=None, cte=None, codec=None, filename=None,
                 disposition=None, extra=None, params=""):
        self.ctype, self.payload, self.charset, self.cte = ctype, payload, charset, cte
        self.codec, self.filename, self.disposition = codec, filename, disposition
        self.extra, self.params = extra or [], params

    def render(self):
        data = self.payload
        if isinstance(data, str):
            data = data.encode(self.codec or self.charset or "ascii")
        cte = self.cte
        if cte is None:
            ascii_ok = all(b < 128 for b in data)
            longest = max((len(x) for x in data.split(b"\n")), default=0)
            cte = "7bit" if ascii_ok and longest < 900 else "quoted-printable"
        if cte == "quoted-printable":
            body = quopri.encodestring(data)
        elif cte == "base64":
            body = base64.encodebytes(data)
        else:
            body = data if data.endswith(b"\n") else data + b"\n"
        ct = self.ctype
        if self.charset:
            ct += f'; charset="{self.charset}"'
        ct += self.params
        if self.filename:
            ct += f'; name="{self.filename}"'
        h = [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"]
        if self.filename or self.disposition:
            disp = self.disposition or "attachment"
            if self.filename:
                disp += f'; filename="{self.filename}"'
            h.append(f"Content-Disposition: {disp}")
        h += self.extra
        return h, body


class Multi:
    def __init__(self, subtype, parts, params="", preamble=None):
        self.subtype, self.parts, self.params, self.preamble = subtype, parts, params, preamble

    def render(self):
        b = f"----=_Part_{RND.randint(10000, 99999)}_{RND.getrandbits(40):010x}"
        h = [f'Content-Type: multipart/{self.subtype}; boundary="{b}"{self.params}']
        chunks = []
        if self.preamble:
            chunks.append(self.preamble.encode() + b"\n")
        for p in self.parts:
            ph, pb = p.render()
            chunks.append(f"--{b}\n".encode() + "\n".join(ph).encode() + b"\n\n" + pb)
        chunks.append(f"--{b}--\n".encode())
        return h, b"".join(chunks)


def T(s, charset="utf-8", cte=None, codec=None, flowed=False):
    if charset == "utf-8" and all(ord(c) < 128 for c in s):
        charset = "us-ascii" if cte is None and RND.random() < 0.3 else "utf-8"
    return Leaf("text/plain", s, charset=charset, cte=cte, codec=codec,
                params="; format=flowed" if flowed else "")


def HT(s, charset="utf-8", cte="quoted-printable", codec=None):
    return Leaf("text/html", s, charset=charset, cte=cte, codec=codec)


def ALT(*parts):
    return Multi("alternative", list(parts))


def MIX(*parts):
    return Multi("mixed", list(parts))


def REL(*parts):
    return Multi("related", list(parts), params='; type="text/html"')


def PDF(name, title="document"):
    data = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n"
            b"% " + title.encode("ascii", "replace") + b"\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
    return Leaf("application/pdf", data, cte="base64", filename=name)


def PNG(name, inline=False, cid=None):
    data = base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
    extra = [f"Content-ID: <{cid}>"] if cid else []
    return Leaf("image/png", data, cte="base64", filename=name,
                disposition="inline" if inline else "attachment", extra=extra)


def RAW(ctype, text, filename=None):
    return Leaf(ctype, text, cte="7bit", filename=filename)


# --------------------------------------------------------------------------- message ids

def mid(style, domain, when):
    r = RND
    if style == "outlook":
        s = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(34))
        host = r.choice(["AM0PR07MB", "DB9PR02MB", "LO2P265MB", "CWLP123MB", "PAXPR03MB", "BN8PR12MB",
                         "SY4PR01MB", "MN2PR05MB"]) + str(r.randint(1000, 9999))
        reg = {"LO": "GBRP265", "CW": "GBRP123", "SY": "ausprd01", "MN": "namprd05", "BN": "namprd12"}.get(
            host[:2], "eurprd07")
        return f"<{host}{s}@{host}.{reg}.prod.outlook.com>"
    if style == "gmail":
        s = base64.b64encode(r.randbytes(36)).decode().replace("/", "_").rstrip("=")
        return f"<CA{s}@mail.gmail.com>"
    if style == "apple":
        return "<{:08X}-{:04X}-{:04X}-{:04X}-{:012X}@{}>".format(
            r.getrandbits(32), r.getrandbits(16), r.getrandbits(16), r.getrandbits(16), r.getrandbits(48), domain)
    return f"<{when:%Y%m%d%H%M%S}.{r.getrandbits(48):012x}@{domain}>"


def tmid(owner, n, tag):
    """Message-ID of an owner's earlier message in the thread (invoice mail or reminder)."""
    dom = OWNERS[owner]["email"].split("@")[1]
    return f"<{tag}.{n.replace('/', '-').lower()}.{zlib.crc32((owner + n + tag).encode()) % 10**8:08d}@{dom}>"


# --------------------------------------------------------------------------- writing

MESSAGES = []  # (labels, headers, root)


def A(name, mail):
    return formataddr((name, mail), charset="utf-8") if name else mail


def subj(s):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "utf-8").encode()


def add(labels, *, frm, to, date, subject, root, cc=None, irt=None, refs=None, mid_style="plain",
        extra=None, reply_to=None, xmailer=None):
    """frm/to: (name, email); date: aware datetime."""
    dom = frm[1].split("@")[1]
    h = []
    h.append(f"Date: {format_datetime(date)}")
    h.append(f"From: {A(*frm)}")
    if isinstance(to, list):
        h.append("To: " + ", ".join(A(*t) for t in to))
    else:
        h.append(f"To: {A(*to)}")
    if cc:
        h.append("Cc: " + ", ".join(A(*c) for c in cc))
    if reply_to:
        h.append(f"Reply-To: {A(*reply_to)}")
    h.append(f"Subject: {subj(subject)}")
    h.append(f"Message-ID: {mid(mid_style, dom, date)}")
    if irt:
        h.append(f"In-Reply-To: {irt}")
        h.append(f"References: {' '.join(refs) if refs else irt}")
    if xmailer:
        h.append(f"X-Mailer: {xmailer}")
    for e in extra or []:
        h.append(e)
    h.append("MIME-Version: 1.0")
    labels.setdefault("language", "en")
    labels.setdefault("split", "dev")
    MESSAGES.append((labels, h, root))


def reply_refs(owner, n, *tags):
    ids = [tmid(owner, n, t) for t in tags]
    return dict(irt=ids[-1], refs=ids)


LONDON, DUBLIN, NY, SYD = "Europe/London", "Europe/Dublin", "America/New_York", "Australia/Sydney"
WARSAW, LISBON, JLM, LAGOS = "Europe/Warsaw", "Europe/Lisbon", "Asia/Jerusalem", "Africa/Lagos"

TOM = ("Tom Byrne", "tom@byrnedesign.ie")
HANNAH = ("Hannah Cole", "hannah@hannahcolewords.co.uk")
DAN = ("Dan Whitaker", "dan@whitakerstudio.com")
JESS = ("Jess Nguyen", "jess@nguyenwebworks.com.au")


def S(labels, frm, to, date, subject, text, *, html=None, atts=(), charset="utf-8", codec=None, cte=None,
      html_cte="quoted-printable", html_only=False, flowed=False, **kw):
    """Common shape: text (+ html alternative) (+ attachments)."""
    if html_only:
        body = HT(html, charset=charset, codec=codec, cte=html_cte)
    else:
        body = T(text, charset=charset, cte=cte, codec=codec, flowed=flowed)
        if html is not None:
            body = ALT(body, HT(html, charset=charset, codec=codec, cte=html_cte))
    if atts:
        body = MIX(body, *atts)
    add(labels, frm=frm, to=to, date=date, subject=subject, root=body, **kw)


def L(kind, note, **facts):
    d = {"kind": kind}
    d.update({k: v for k, v in facts.items() if v is not None})
    d["note"] = note
    return d


# ============================================================================ MESSAGES

# ---------------------------------------------------------------- Hannah Cole (GBP, UK) -----------------
WCC_CRED = ("Creditors Team - Westmoor County Council", "creditors@westmoor.gov.uk")
RACHEL = ("Rachel Okafor", "rachel.okafor@westmoor.gov.uk")
WCC_DISCLAIMER = """This email and any attachments are intended solely for the addressee and may contain confidential or legally privileged information. If you are not the intended recipient, please notify the sender immediately and delete it; you must not copy, distribute or act on it. Westmoor County Council may monitor email traffic for lawful business purposes. Any views expressed are those of the author and do not necessarily represent those of the Council. For how we use your personal information, see the Council’s privacy notice at www.westmoor.gov.uk/privacy."""

# 1 -- council creditors: remittance attached (Outlook, iso-8859-1 label with cp1252 bytes)
w = D("2026-11-27 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1187", "£1,850.00", "20 November 2026", sal="Dear Accounts Team,")
txt = f"""Dear Hannah,

Please find attached a remittance advice for the payment made to you by BACS on 01/12/2026.

Your ref:   HC-1187
Our ref:    PO 4500218833 / Doc 5100094417
Amount:     £1,850.00

Please allow up to 3 working days for the funds to clear. If you have any queries regarding this payment please quote the document number above.

Kind regards

Debbie Marsh
Creditors Team | Finance & Commercial Services
Westmoor County Council | County Hall | Taunton Road | Westbury-on-Marsh | WM1 2QR
Tel: 01632 960441

{WCC_DISCLAIMER}

{ol(rem, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Creditors <creditors@westmoor.gov.uk>", "Reminder: invoice HC-1187")}
"""
htm = outlook_html(mso(txt.split("\n\n________________")[0]),
                   ol_html_quote(rem, w, "Hannah Cole <hannah@hannahcolewords.co.uk>",
                                 "Creditors <creditors@westmoor.gov.uk>", "Reminder: invoice HC-1187"),
                   charset="iso-8859-1")
S(L("client-reply-paid", "Council creditors team: BACS made 01/12, remittance PDF attached. Declared iso-8859-1 but Outlook cp1252 bytes (’ –).",
    amount="1850.00", currency="GBP", reference="HC-1187"),
  WCC_CRED, HANNAH, D("2026-12-02 10:14", LONDON), "RE: Reminder: invoice HC-1187", txt, html=htm,
  charset="iso-8859-1", codec="cp1252", atts=[PDF("Remittance_Advice_5100094417.pdf", "remittance")],
  mid_style="outlook", **reply_refs("hannah", "HC-1187", "inv", "rem1"))

# 2 -- council comms officer: "next payment run" (vague promise)
w = D("2026-12-16 09:00", LONDON)
rem = letter("due", "hannah", "HC-1214", "£2,400.00", "16 December 2026", sal="Dear Rachel Okafor,", days=0)
txt = f"""Hi Hannah,

Thanks for the nudge, and sorry – I’d assumed this had gone through weeks ago. I’ve just been onto Creditors and the invoice is approved on the system (it was sitting in my manager’s approval queue, which is my fault for not chasing). They say it’ll go out in the next payment run.

The campaign copy went down really well with Cabinet, by the way, so thank you again. Hoping we can talk about the spring consultation in the new year.

Best wishes,
Rachel

Rachel Okafor (she/her)
Senior Communications Officer
Westmoor County Council
Mobile: 07700 900318
My working days are Monday to Thursday.

{WCC_DISCLAIMER}

{ol(rem, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Rachel Okafor <rachel.okafor@westmoor.gov.uk>", "Invoice HC-1214 due today")}
"""
S(L("client-reply-promise", "Approved, 'will go out in the next payment run' = promise with no date. Praise and new-work chat around it."),
  RACHEL, HANNAH, D("2026-12-17 16:52", LONDON), "RE: Invoice HC-1214 due today", txt,
  charset="windows-1252", codec="cp1252", mid_style="outlook", **reply_refs("hannah", "HC-1214", "inv", "due"))

# 3 -- creditors: bank details differ from file, send amendment form (other)
w = D("2026-11-20 15:31", LONDON)
orig = letter("invoice", "hannah", "HC-1224", "£650.00", "20 December 2026", sal="Dear Creditors team,",
              note="Please find attached invoice HC-1224 for £650.00 for the winter services leaflet (PO 4500221907, requested by Rachel Okafor).")
txt = f"""Dear Ms Cole,

Thank you for your invoice HC-1224.

We note that the bank details shown on the invoice differ from those we currently hold for you on our supplier file (account ending 0417). For fraud-prevention reasons the Council cannot amend supplier bank details on the basis of an invoice or an email.

If your bank details have changed, please complete the attached Supplier Bank Details Amendment Form, print it on your headed paper, sign it and return it to this mailbox. A member of the team will then call you on the number we hold on file to verify the change before any payment is released.

If your details have not changed, please let us know and we will process the invoice to the account on file.

Kind regards

Debbie Marsh
Creditors Team | Finance & Commercial Services
Westmoor County Council

{WCC_DISCLAIMER}

{ol(orig, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Creditors <creditors@westmoor.gov.uk>", "Invoice HC-1224 - Westmoor County Council - winter services leaflet", cc="Rachel Okafor <rachel.okafor@westmoor.gov.uk>")}
"""
S(L("client-reply-other", "Supplier bank-details amendment form needed before payment; no claim, no promise. Attachment is a form, not a remittance.",
    reference="HC-1224"),
  WCC_CRED, HANNAH, D("2026-11-24 11:07", LONDON), "RE: Invoice HC-1224 - Westmoor County Council - winter services leaflet", txt,
  charset="windows-1252", codec="cp1252", atts=[PDF("Supplier_Bank_Details_Amendment_Form_v7.pdf", "form")],
  mid_style="outlook", **reply_refs("hannah", "HC-1224", "inv"))

# 4 -- Exchange NDR: comms officer has left (permanent)
orig_id = tmid("hannah", "HC-1231", "rem1")
ow = D("2027-02-15 09:00:11", LONDON)
expl = """Your message to r.okafor@westmoor.gov.uk couldn't be delivered.

r.okafor wasn't found at westmoor.gov.uk.

hannah          Office 365          r.okafor
Action Required                     Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If the recipient is in your contacts, delete the entry and create a new one.
- Contact the recipient by some other means and ask them to check the address.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the recipient's email address can't be found in the recipient's email system.

Original Message Details
Created Date:   15/02/2027 09:00:11
Sender Address: hannah@hannahcolewords.co.uk
Recipient Address:  r.okafor@westmoor.gov.uk
Subject:    Reminder: invoice HC-1231

Error Details
Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by:   LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM
"""
ds = """Reporting-MTA: dns;LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.hannahcolewords.co.uk
Arrival-Date: Mon, 15 Feb 2027 09:00:14 +0000

Final-Recipient: rfc822;r.okafor@westmoor.gov.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
hdrs = f"""Received: from mail.hannahcolewords.co.uk (198.51.100.23) by LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM
From: Hannah Cole <hannah@hannahcolewords.co.uk>
To: Rachel Okafor <r.okafor@westmoor.gov.uk>
Subject: Reminder: invoice HC-1231
Date: {format_datetime(ow)}
Message-ID: {orig_id}
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
root = Multi("report", [T(expl, charset="us-ascii"), RAW("message/delivery-status", ds),
                        RAW("text/rfc822-headers", hdrs)], params='; report-type="delivery-status"')
add(L("bounce", "Exchange Online NDR, 550 5.1.10 recipient not found: the contact has left. Permanent.",
      failed_recipient="r.okafor@westmoor.gov.uk", permanent=True),
    frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@westmoor.gov.uk"), to=HANNAH,
    date=D("2027-02-15 09:00:16", LONDON), subject="Undeliverable: Reminder: invoice HC-1231", root=root,
    mid_style="outlook", irt=orig_id, refs=[orig_id], extra=["Auto-Submitted: auto-replied", "X-MS-Exchange-Message-Is-Ndr:"])

# 83 -- comms officer: processed in yesterday's run 🎉 (Outlook iOS)
w = D("2027-01-12 09:00", LONDON)
rem = letter("promise_followup", "hannah", "HC-1214", "£2,400.00", "16 December 2026", sal="Dear Rachel Okafor,")
txt = f"""Hi Hannah, Creditors confirm HC-1214 was processed in yesterday's run 🎉 so should be with you in a day or two. Happy new year!! R

Get Outlook for iOS
________________________________
From: Hannah Cole <hannah@hannahcolewords.co.uk>
Sent: Tuesday, January 12, 2027 9:00:{w.second:02d} AM
To: Rachel Okafor <rachel.okafor@westmoor.gov.uk>
Subject: Invoice HC-1214: following up

{rem}
"""
S(L("client-reply-paid", "'processed in yesterday's run' from the client contact = paid; emoji, Outlook iOS quote header.",
    reference="HC-1214"),
  RACHEL, HANNAH, D("2027-01-13 11:05", LONDON), "Re: Invoice HC-1214: following up", txt,
  mid_style="outlook", **reply_refs("hannah", "HC-1214", "inv", "due", "pf"))

# 95 -- comms officer: creditors shut, early January (vague)
w = D("2026-12-15 09:00", LONDON)
rem = letter("courtesy", "hannah", "HC-1224", "£650.00", "20 December 2026", sal="Dear Rachel Okafor,", issue="20 November 2026")
txt = f"""Hi Hannah,

Sorry, I should have warned you – Creditors shut down from the 23rd until the 4th for the year-end, so realistically this one will be paid early January. I've put it through for approval today so it's in the queue.

Did you sort out the bank details thing with them, by the way? They said they'd emailed you.

Have a lovely Christmas!
Rachel

{WCC_DISCLAIMER}

{ol(rem, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Rachel Okafor <rachel.okafor@westmoor.gov.uk>", "Invoice HC-1224 due on 20 December 2026")}
"""
S(L("client-reply-promise", "'realistically early January' = promise without a date; 'until the 4th' is the creditors' closure, not a pay date."),
  RACHEL, HANNAH, D("2026-12-18 12:40", LONDON), "RE: Invoice HC-1224 due on 20 December 2026", txt,
  mid_style="outlook", **reply_refs("hannah", "HC-1224", "inv", "court"))

# ---- NHS trust
NHS_AP = ("Accounts Payable (NORTH HARROWFIELD NHS FOUNDATION TRUST)", "nhft.accountspayable@nhs.net")
NHS_FOOT = """********************************************************************************************************************

This message may contain confidential information. If you are not the intended recipient please inform the
sender that you have received the message in error before deleting it.
Please do not disclose, copy or distribute information in this e-mail or take any action in relation to its contents. To do so is strictly prohibited and may be unlawful. Thank you for your co-operation.

NHSmail is the secure email and directory service available for all NHS staff in England. NHSmail is approved for exchanging patient data and other sensitive information with NHSmail and other accredited email services.

For more information and to find out how you can switch, https://portal.nhs.net/help/joiningnhsmail
"""

# 5 -- No PO No Pay (other)
w = D("2026-11-19 10:02", LONDON)
orig = letter("invoice", "hannah", "HC-1192", "£2,100.00", "19 December 2026", sal="Dear Accounts Payable,",
              note="Please find attached invoice HC-1192 for £2,100.00 for the patient information leaflets (cardiology and respiratory), commissioned by Dr Priya Shah, Patient Experience.")
txt = f"""Good afternoon,

Thank you for your invoice HC-1192 which has been received by the Accounts Payable team.

Unfortunately we are unable to process your invoice as it does not quote a valid Trust purchase order number. The Trust operates a strict No PO, No Pay policy and invoices received without a valid PO number will be placed on hold and may be returned to the supplier.

Please contact the person who requested the goods/services (your contact within the Trust) to obtain an official order number, then resend the invoice quoting the PO number to this mailbox.

Kind regards,

Accounts Payable Team
Finance Department
North Harrowfield NHS Foundation Trust

{NHS_FOOT}
{ol(orig, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "nhft.accountspayable@nhs.net", "Invoice HC-1192 - patient information leaflets")}
"""
S(L("client-reply-other", "NHS 'No PO, No Pay': invoice on hold until a PO is quoted. A request for a PO, not a contest.",
    reference="HC-1192"),
  NHS_AP, HANNAH, D("2026-11-25 14:37", LONDON), "RE: Invoice HC-1192 - patient information leaflets", txt,
  mid_style="outlook", **reply_refs("hannah", "HC-1192", "inv"))

# 6 -- NHS AP helpdesk acknowledgement (auto-reply)
txt = """Thank you for contacting the Accounts Payable Team at North Harrowfield NHS Foundation Trust.

This is an automated response to confirm that your email has been received. Your query has been logged under reference AP-118842.

We aim to respond to all queries within 5 working days. Please do not resend your email as this may delay our response.

Please note:
- Invoices should be sent as PDF attachments, one invoice per PDF, to this mailbox.
- Invoices that do not quote a valid Trust purchase order number will not be paid (No PO, No Pay).
- For supplier statements please email nhft.supplierstatements@nhs.net.

This mailbox is not monitored for replies to this message.

Accounts Payable Team
North Harrowfield NHS Foundation Trust
"""
S(L("auto-reply", "Help-desk ticket acknowledgement from an AP mailbox, RFC 3834 headers; no return date."),
  NHS_AP, HANNAH, D("2026-12-08 09:14", LONDON), "Automatic reply: Invoice HC-1192 - PO 3000129985", txt,
  mid_style="outlook", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  **reply_refs("hannah", "HC-1192", "inv", "resend"))

# 7 -- clinician on iPhone late at night: paid by the 18th
w = D("2026-12-07 09:00", LONDON)
rem = letter("courtesy", "hannah", "HC-1192", "£2,100.00", "19 December 2026", sal="Dear Dr Priya Shah,", issue="19 November 2026")
txt = f"""Hannah I’m so sorry, this is entirely my fault – the PO got stuck because our budget holder was off sick for three weeks. It’s finally raised: PO 3000129985. I’ve emailed it to AP with your invoice and they’ve told me it will be paid by the 18th.

Thank you for being so patient, the leaflets have been brilliant, the ward sisters love them.

Priya

Sent from my iPhone

{gt(rem, w, HANNAH, 'apple')}
"""
S(L("client-reply-promise", "Clinician relays AP: 'will be paid by the 18th' (Date 7 Dec) -> 2026-12-18. Sent 22:41 on iPhone.",
    promised_date="2026-12-18"),
  ("Shah Priya (NORTH HARROWFIELD NHS FOUNDATION TRUST)", "priya.shah12@nhs.net"), HANNAH,
  D("2026-12-07 22:41", LONDON), "Re: Invoice HC-1192 due on 19 December 2026", txt, mid_style="apple",
  **reply_refs("hannah", "HC-1192", "inv", "court"))

# 8 -- NHS AP: rejected, credit note and re-invoice (dispute), HTML only
w = D("2026-12-01 10:00", LONDON)
body = """Dear Supplier,

RE: Invoice HC-1198 – £860.00

Your invoice has been rejected for the following reason(s):

• The invoice is addressed to a department (Patient Experience Team) rather than to the Trust. Invoices must be addressed to North Harrowfield NHS Foundation Trust, Accounts Payable, PO Box 1122, Harrowfield, HF1 9ZZ.
• The purchase order number quoted (3000129985) has already been fully receipted against invoice HC-1192 and cannot be used again.

Please issue a credit note to cancel invoice HC-1198 and submit a new invoice, correctly addressed and quoting a new valid purchase order number. The Trust is unable to amend invoices on a supplier’s behalf.

Regards,

Paul Henshaw
Accounts Payable Officer
Finance Department | North Harrowfield NHS Foundation Trust
Tel: 01632 960 778 (Mon–Fri 9:00–16:00)"""
htm = outlook_html(mso(body) + "\n<p class=\"MsoNormal\">&nbsp;</p>\n" + mso(NHS_FOOT),
                   ol_html_quote(letter("invoice", "hannah", "HC-1198", "£860.00", "31 December 2026", sal="Dear Accounts Payable,"),
                                 w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "nhft.accountspayable@nhs.net", "Invoice HC-1198"))
S(L("client-reply-dispute", "Invoice rejected by NHS AP: wrong addressee + PO already used; asks for credit note and new invoice. HTML only.",
    reference="HC-1198"),
  ("Henshaw Paul (NORTH HARROWFIELD NHS FOUNDATION TRUST)", "paul.henshaw7@nhs.net"), HANNAH,
  D("2026-12-10 10:02", LONDON), "RE: Invoice HC-1198", None, html=htm, html_only=True,
  mid_style="outlook", **reply_refs("hannah", "HC-1198", "inv"))

# 9 -- NHS AP: paid on 15/12, table (HTML only)
w = D("2026-12-16 08:30", LONDON)
q = "Hello Paul,\n\nCould you let me know whether invoice HC-1192 (PO 3000129985) has been scheduled for payment? Dr Shah mentioned it would be paid by the 18th.\n\nMany thanks,\nHannah"
htm = outlook_html(
    mso("Hi Hannah,\n\nFollowing your query, I can confirm that invoice HC-1192 was paid on 15/12/2026. Details below – please allow 3 working days for the funds to show in your account.\n") +
    """
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;border:none">
<tr><td style="background:#D9E2F3"><p class="MsoNormal"><b>Supplier No.</b></p></td><td style="background:#D9E2F3"><p class="MsoNormal"><b>Invoice No.</b></p></td><td style="background:#D9E2F3"><p class="MsoNormal"><b>Invoice Date</b></p></td><td style="background:#D9E2F3"><p class="MsoNormal"><b>PO</b></p></td><td style="background:#D9E2F3"><p class="MsoNormal"><b>Amount</b></p></td><td style="background:#D9E2F3"><p class="MsoNormal"><b>Payment Date</b></p></td><td style="background:#D9E2F3"><p class="MsoNormal"><b>Method</b></p></td><td style="background:#D9E2F3"><p class="MsoNormal"><b>Payment Ref</b></p></td></tr>
<tr><td><p class="MsoNormal">S0418823</p></td><td><p class="MsoNormal">HC-1192</p></td><td><p class="MsoNormal">19/11/2026</p></td><td><p class="MsoNormal">3000129985</p></td><td><p class="MsoNormal">£2,100.00</p></td><td><p class="MsoNormal">15/12/2026</p></td><td><p class="MsoNormal">BACS</p></td><td><p class="MsoNormal">0004412817</p></td></tr>
</table>
""" + mso("\nKind regards,\n\nPaul Henshaw\nAccounts Payable Officer\nNorth Harrowfield NHS Foundation Trust\n\n" + NHS_FOOT),
    ol_html_quote(q, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Henshaw Paul (NORTH HARROWFIELD NHS FOUNDATION TRUST) <paul.henshaw7@nhs.net>", "Invoice HC-1192 - PO 3000129985"))
S(L("client-reply-paid", "AP officer answers the freelancer's own query: paid 15/12 by BACS, details in an HTML table only.",
    amount="2100.00", currency="GBP", reference="HC-1192"),
  ("Henshaw Paul (NORTH HARROWFIELD NHS FOUNDATION TRUST)", "paul.henshaw7@nhs.net"), HANNAH,
  D("2026-12-16 11:20", LONDON), "RE: Invoice HC-1192 - PO 3000129985", None, html=htm, html_only=True,
  mid_style="outlook", **reply_refs("hannah", "HC-1192", "inv", "resend", "query"))

# ---- Harland Group plc (large company, Coupa)
HARLAND_AP = ("Harland Group Accounts Payable", "accounts.payable@harlandgroup.com")
SUNITA = ("Sunita Rao", "sunita.rao@harlandgroup.com")
HARLAND_FOOT = """Harland Group plc. Registered in England and Wales No. 01234567. Registered office: Harland House, 40 Canal Street, Manchester M1 3WB.
This email is confidential and may be legally privileged. If you have received it in error please notify the sender and delete it. Harland Group accepts no liability for viruses transmitted by this email or its attachments."""

# 10 -- Coupa only (other), base64 bodies
w = D("2026-11-16 08:30", LONDON)
orig = letter("invoice", "hannah", "HC-1195", "£4,800.00", "15 January 2027", sal="Dear Accounts Payable team,",
              note="Please find attached invoice HC-1195 for £4,800.00 (brand voice guidelines, PO 7100045512).")
body = """Dear Supplier,

Thank you for your email.

Please note that with effect from 1 October 2026 Harland Group plc no longer accepts invoices by email or post. All invoices must be submitted through the Coupa Supplier Portal (CSP) against a valid Harland purchase order.

Invoices received by email will not be processed and will not be paid.

If you have not yet registered on the CSP, please use the invitation link sent to you by your Harland contact, or email supplier.enablement@harlandgroup.com quoting your supplier number.

Please do not reply to this email as this mailbox is not monitored for supplier queries.

Kind regards

Accounts Payable – Shared Service Centre
Harland Group plc

""" + HARLAND_FOOT
txt = body + "\n\n" + ol(orig, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Accounts Payable <accounts.payable@harlandgroup.com>", "Invoice HC-1195 - Harland brand voice guidelines")
htm = outlook_html(mso(body), ol_html_quote(orig, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Accounts Payable <accounts.payable@harlandgroup.com>", "Invoice HC-1195 - Harland brand voice guidelines"))
S(L("client-reply-other", "Big-company AP: emailed invoices not accepted, submit via Coupa portal. Procedural, no claim. base64 parts.",
    reference=None),
  HARLAND_AP, HANNAH, D("2026-11-16 08:47", LONDON), "RE: Invoice HC-1195 - Harland brand voice guidelines", txt,
  html=htm, cte="base64", html_cte="base64", mid_style="outlook", **reply_refs("hannah", "HC-1195", "inv"))

# 11 -- Coupa "invoice approved" notice (other)
txt = """Harland Group plc

Invoice HC-1195 has been approved

Hi Hannah Cole,

Your invoice HC-1195 for GBP 4,800.00 against purchase order 7100045512 has been approved by Harland Group plc.

Payment will be made in accordance with the payment terms on the purchase order.

View invoice: https://supplier.coupahost.com/invoices/51920387

You are receiving this email because you are a registered user of the Coupa Supplier Portal.
Manage notification preferences: https://supplier.coupahost.com/notification_preferences

Coupa Software Inc., 1855 S. Grant Street, San Mateo, CA 94402, USA
"""
htm = """<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;color:#333;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px;background:#0c3c60;color:#fff;font-size:18px">Harland Group plc</td></tr>
<tr><td style="padding:24px"><h2 style="font-size:20px;margin:0 0 16px">Invoice HC-1195 has been approved</h2>
<p>Hi Hannah Cole,</p>
<p>Your invoice <b>HC-1195</b> for <b>GBP 4,800.00</b> against purchase order <b>7100045512</b> has been approved by Harland Group plc.</p>
<p>Payment will be made in accordance with the payment terms on the purchase order.</p>
<p><a href="https://supplier.coupahost.com/invoices/51920387" style="background:#1a73b8;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">View Invoice</a></p>
</td></tr>
<tr><td style="padding:16px;font-size:11px;color:#888">You are receiving this email because you are a registered user of the Coupa Supplier Portal. <a href="https://supplier.coupahost.com/notification_preferences">Manage notification preferences</a><br>Coupa Software Inc., 1855 S. Grant Street, San Mateo, CA 94402, USA</td></tr>
</table></body></html>
"""
S(L("other", "Supplier-portal status notice (invoice approved): not a payment, not a human reply.", reference="HC-1195"),
  ("Harland Group plc (via Coupa)", "do_not_reply@harlandgroup.coupahost.com"), HANNAH, D("2026-11-24 14:03", LONDON),
  "Invoice HC-1195 has been approved by Harland Group plc", txt, html=htm,
  extra=["Auto-Submitted: auto-generated", "Precedence: bulk"])

# 12 -- Harland remittance advice (payment-notification)
txt = """REMITTANCE ADVICE

Harland Group plc has made a payment to you.

Payee:            HANNAH COLE (Supplier no. 300118)
Payment number:   2000318876
Payment date:     25/01/2027
Payment method:   BACS
Currency:         GBP

Invoice no.   Invoice date   PO no.        Amount
HC-1195       16/11/2026     7100045512    4,800.00

Total paid:   GBP 4,800.00

Funds should reach your account within 2 working days of the payment date.

This is an automatically generated email. Please do not reply. For payment queries contact ap.queries@harlandgroup.com quoting the payment number.
"""
htm = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<h3 style="color:#0c3c60">REMITTANCE ADVICE</h3>
<p>Harland Group plc has made a payment to you.</p>
<table cellpadding="3" style="font-size:13px">
<tr><td>Payee:</td><td>HANNAH COLE (Supplier no. 300118)</td></tr>
<tr><td>Payment number:</td><td>2000318876</td></tr>
<tr><td>Payment date:</td><td>25/01/2027</td></tr>
<tr><td>Payment method:</td><td>BACS</td></tr>
<tr><td>Currency:</td><td>GBP</td></tr></table>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:13px;margin-top:10px">
<tr style="background:#e8eef4"><th>Invoice no.</th><th>Invoice date</th><th>PO no.</th><th align="right">Amount</th></tr>
<tr><td>HC-1195</td><td>16/11/2026</td><td>7100045512</td><td align="right">4,800.00</td></tr>
<tr><td colspan="3"><b>Total paid</b></td><td align="right"><b>GBP 4,800.00</b></td></tr></table>
<p>Funds should reach your account within 2 working days of the payment date.</p>
<p style="font-size:11px;color:#777">This is an automatically generated email. Please do not reply. For payment queries contact ap.queries@harlandgroup.com quoting the payment number.</p>
</body></html>
"""
S(L("payment-notification", "Remittance advice generated by the client's AP system (machine), BACS payment, PDF attached.",
    amount="4800.00", currency="GBP", reference="HC-1195"),
  ("Harland Group plc", "remittances@harlandgroup.com"), HANNAH, D("2027-01-25 06:12", LONDON),
  "Remittance Advice - Harland Group plc - Payment 2000318876", txt, html=htm,
  atts=[PDF("Remittance_2000318876.pdf", "remittance")], extra=["Auto-Submitted: auto-generated"])

# 13 -- brand manager forwards AP's confirmation
w = D("2027-02-10 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1211", "£1,600.00", "3 February 2027", sal="Dear Mark Ellison,")
txt = f"""Hi Hannah,

AP just sent me the below – looks like it went out yesterday. Shout if it doesn't turn up by Tuesday and I'll get onto them again.

Sorry it's been such a faff, the Coupa thing has been a nightmare for all our freelancers.

Cheers,
Mark

Mark Ellison
Senior Brand Manager | Harland Group plc
M: 07700 900582

From: Accounts Payable <accounts.payable@harlandgroup.com>
Sent: 12 February 2027 15:10
To: Mark Ellison <mark.ellison@harlandgroup.com>
Subject: RE: Supplier query - Hannah Cole - HC-1211

Hi Mark,

Invoice HC-1211 (GBP 1,600.00) was included in the BACS payment run on 11/02/2027, payment ref 2000321190. Funds should reach the supplier within 1-2 working days.

Regards
Sunita
AP Shared Service Centre

{HARLAND_FOOT}

{ol(rem, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Mark Ellison <mark.ellison@harlandgroup.com>", "Reminder: invoice HC-1211")}
"""
S(L("client-reply-paid", "Contact forwards AP's note inside his reply: paid in the BACS run 11/02. Amount/ref come from the forwarded AP text, not from the quoted reminder.",
    amount="1600.00", currency="GBP", reference="HC-1211"),
  ("Mark Ellison", "mark.ellison@harlandgroup.com"), HANNAH, D("2027-02-12 17:34", LONDON),
  "RE: Reminder: invoice HC-1211", txt, mid_style="outlook", **reply_refs("hannah", "HC-1211", "inv", "rem1"))

# 14 -- AP: price variance vs PO, credit note (dispute)
w = D("2027-01-18 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1216", "£2,150.00", "14 January 2027", sal="Dear Accounts Team,")
txt = f"""Hi Hannah,

Your invoice HC-1216 has been disputed in Coupa with the reason "Price variance – invoice exceeds PO".

The PO (7100046120) was raised for £1,750.00 (5 days @ £350.00); your invoice is for £2,150.00. We are unable to pay an invoice above the PO value.

Please either issue a credit note for HC-1216 and resubmit at the PO value, or ask Mark Ellison to raise a PO change request for the additional £400.00 if he has agreed the extra work with you. The invoice is on hold until this is resolved.

Kind regards
Sunita Rao
Accounts Payable Analyst | Shared Service Centre
Harland Group plc

{HARLAND_FOOT}

{ol(rem, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Accounts Payable <accounts.payable@harlandgroup.com>", "Reminder: invoice HC-1216")}
"""
S(L("client-reply-dispute", "AP puts invoice on hold: exceeds PO by £400, asks for credit note or PO change.",
    reference="HC-1216"),
  SUNITA, HANNAH, D("2027-01-20 09:15", LONDON), "RE: Reminder: invoice HC-1216", txt,
  mid_style="outlook", **reply_refs("hannah", "HC-1216", "inv", "rem1"))

# 92 -- AP: approved, will be paid in line with 60-day terms (vague)
w = D("2027-02-03 09:00", LONDON)
rem = letter("due", "hannah", "HC-1222", "£3,000.00", "3 February 2027", sal="Dear Accounts Team,", days=0)
txt = f"""Hi Hannah,

Thanks for your email. HC-1222 was submitted through the portal on 2 February and has now been approved. Please note it is scheduled for payment in line with our standard 60-day terms from the date it was received in Coupa, not the due date shown on your invoice. You'll receive a remittance advice by email when it is paid.

Kind regards
Sunita Rao
Accounts Payable Analyst | Shared Service Centre

{HARLAND_FOOT}

{ol(rem, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Accounts Payable <accounts.payable@harlandgroup.com>", "Invoice HC-1222 due today")}
"""
S(L("client-reply-promise", "Approved and 'scheduled for payment in line with 60-day terms': will pay, no stated date (not computing 60 days).",
    reference="HC-1222"),
  SUNITA, HANNAH, D("2027-02-04 10:26", LONDON), "RE: Invoice HC-1222 due today", txt,
  mid_style="outlook", **reply_refs("hannah", "HC-1222", "inv", "due"))

# 101 -- brand manager: portal only takes PDF, resend (other)
w = D("2027-01-22 16:10", LONDON)
orig = letter("invoice", "hannah", "HC-1222", "£3,000.00", "3 February 2027", sal="Hi Mark,",
              note="Please find attached invoice HC-1222 for £3,000.00 for the annual report copy (PO 7100046655).")
txt = f"""Hi Hannah

Quick one – Coupa's bounced the invoice you sent for the annual report because it's a Word doc, it only takes PDFs apparently. Could you send it over again as a PDF and I'll upload it for you? Don't change anything else.

Ta,
Mark

{ol(orig, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Mark Ellison <mark.ellison@harlandgroup.com>", "Invoice HC-1222 - annual report copy")}
"""
S(L("client-reply-other", "Resend as PDF for the portal; nothing contested ('don't change anything else')."),
  ("Mark Ellison", "mark.ellison@harlandgroup.com"), HANNAH, D("2027-01-25 08:58", LONDON),
  "RE: Invoice HC-1222 - annual report copy", txt, mid_style="outlook", **reply_refs("hannah", "HC-1222", "inv"))

# ---- Loopwise (startup, London)
ZOE = ("Zoë Adeyemi", "zoe@loopwise.io")
TARIQ = ("Tariq Hassan", "tariq@loopwise.io")
ZOE_SIG = "--\nZoë Adeyemi\nCo-founder & CEO, Loopwise\nloopwise.io | we're hiring: loopwise.io/jobs"

# 15 -- paying Monday 🙏
w = D("2026-12-07 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1199", "£1,200.00", "30 November 2026", sal="Dear Zoë Adeyemi,")
body = """Hiya Hannah!!

Ahh so sorry, this totally slipped through – December is chaos here (we're moving office AND hiring 3 people 🙃). Paying Monday when our Tide account gets topped up from the investor drawdown, promise 🙏

Also – the onboarding emails you wrote are converting like mad, 38% open-to-click, so thank you!!

Zoë x

""" + ZOE_SIG
txt = body + "\n\n" + gt(rem, w, HANNAH)
S(L("client-reply-promise", "Startup founder, emoji; 'Paying Monday' on Thu 10 Dec -> 2026-12-14.",
    promised_date="2026-12-14"),
  ZOE, HANNAH, D("2026-12-10 19:22", LONDON), "Re: Reminder: invoice HC-1199", txt,
  html=gmail_html(body, rem, w, HANNAH), mid_style="gmail", **reply_refs("hannah", "HC-1199", "inv", "rem1"))

# 16 -- "done ✅"
txt = "done ✅\n\nSent from my iPhone\n\n" + gt(rem, w, HANNAH, "apple")
S(L("client-reply-paid", "One-word 'done ✅' from iPhone in the thread where she promised to pay Monday; sent that Monday."),
  ZOE, HANNAH, D("2026-12-14 16:03", LONDON), "Re: Reminder: invoice HC-1199", txt, mid_style="apple",
  **reply_refs("hannah", "HC-1199", "inv", "rem1"))

# 17 -- 4 blog posts not 6 (dispute)
w = D("2027-01-11 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1213", "£900.00", "4 January 2027", sal="Dear Zoë Adeyemi,")
body = """Hey Hannah, happy new year!

Quick one on HC-1213 – I think there's a mistake? We only had 4 blog posts in the end, not 6 – we cancelled the two on the pricing changes back in November (I said on Slack, I think it was the 18th?). So it should be £600 not £900.

Can you send over a corrected one and I'll get it paid straight away?

Thanks!
Z"""
txt = body + "\n\n" + gt(rem, w, HANNAH)
S(L("client-reply-dispute", "Wrong quantity (4 posts not 6): asks for a corrected invoice at £600; the 'paid straight away' is conditional. Dispute wins.",
    amount="600.00", currency="GBP", reference="HC-1213"),
  ZOE, HANNAH, D("2027-01-11 10:12", LONDON), "Re: Reminder: invoice HC-1213", txt,
  html=gmail_html(body, rem, w, HANNAH), mid_style="gmail", **reply_refs("hannah", "HC-1213", "inv", "rem1"))

# 18 -- looping in new ops person (other)
w = D("2027-02-03 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1221", "£750.00", "31 January 2027", sal="Dear Zoë Adeyemi,")
body = """Hi Hannah – looping in Tariq (cc'd) who's just joined as our Head of Ops and is taking over all the supplier stuff from me, yay 🎉

Tariq, this is Hannah, our amazing copywriter – can you look at the one below?

Z

""" + ZOE_SIG
txt = body + "\n\n" + gt(rem, w, HANNAH)
S(L("client-reply-other", "Hands the reminder to a colleague (cc) without saying anything about payment."),
  ZOE, HANNAH, D("2027-02-04 13:47", LONDON), "Re: Reminder: invoice HC-1221", txt,
  html=gmail_html(body, rem, w, HANNAH), cc=[TARIQ], mid_style="gmail",
  **reply_refs("hannah", "HC-1221", "inv", "rem1"))

# 89 -- new ops person: "I'll push it through today"
txt = f"""Hi Hannah,

Tariq here – Zoë introduced us last week. Apologies for the wait: I've inherited quite a backlog of supplier bills and yours was near the top of the pile. I'll push HC-1221 through today.

Going forward could you send invoices to finance@loopwise.io rather than to Zoë directly? That way nothing gets lost in her inbox (which is, frankly, a war zone).

Best,
Tariq

Tariq Hassan
Head of Operations | Loopwise

{gt(rem, w, HANNAH)}
"""
S(L("client-reply-promise", "'I'll push HC-1221 through today' on Tue 9 Feb -> 2027-02-09; plus an admin request.",
    promised_date="2027-02-09", reference="HC-1221"),
  TARIQ, HANNAH, D("2027-02-09 09:48", LONDON), "Re: Reminder: invoice HC-1221", txt, cc=[ZOE], mid_style="gmail",
  **reply_refs("hannah", "HC-1221", "inv", "rem1"))

# ---- Institute of Heritage Surveyors (professional association)
GRAHAM = ("Graham Pike", "treasurer@ihs-surveyors.org.uk")
FIONA = ("Fiona Blake", "fiona.blake@ihs-surveyors.org.uk")

# 19 -- treasurer: both paid, one faster payment (Thunderbird, format=flowed, statement quoted)
w = D("2026-12-07 09:00", LONDON)
stmt = f"""Dear Graham Pike,

According to my records, the following invoices are still outstanding:

- HC-1201, issued on 2 October 2026, due on 1 November 2026 (36 days overdue): £950.00
- HC-1207, issued on 27 October 2026, due on 26 November 2026 (11 days overdue): £390.00

Total due: £1,340.00

Please arrange payment by 21 December 2026. If some of these invoices have already been paid, thank you – please let me know which ones and the payment dates, so that I can update my records. If there is a problem with any of them, please reply to this email and we can sort it out.

The payment details are on the invoices, in the emails they were sent with.

Kind regards,
Hannah Cole"""
txt = f"""Dear Ms Cole,

Thank you for your statement of 7 December.

I can confirm that both invoices (HC-1201 and HC-1207) were paid by the Institute's bank on 9 December 2026 as a single faster payment of £1,340.00, under the reference "IHS COLE". I apologise for the delay, which arose because the Institute's bank mandate requires a second signatory and our President has been travelling.

Yours sincerely,

Graham Pike FRICS
Honorary Treasurer
Institute of Heritage Surveyors
Registered charity no. 1098765

{gt(stmt, w, HANNAH, 'tbird')}
"""
S(L("client-reply-paid", "Honorary treasurer, formal: both invoices of a statement paid as one faster payment of £1,340 (no single reference: two invoices).",
    amount="1340.00", currency="GBP"),
  GRAHAM, HANNAH, D("2026-12-10 11:48", LONDON), "Re: Statement of outstanding invoices", txt, flowed=True,
  xmailer=None, extra=["User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.1"],
  **reply_refs("hannah", "HC-1201", "inv", "stmt"))

# 20 -- cancellation fee 25% not 50% (dispute)
w = D("2027-01-11 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1219", "£1,125.00", "3 January 2027", sal="Dear Fiona Blake,")
body = """Dear Hannah,

Thank you for your reminder regarding invoice HC-1219.

As you know, the Spring Conference was cancelled by Council on 3 December. I have checked our letter of engagement and clause 6 states that if the Institute cancels more than eight weeks before the event, a cancellation fee of 25% of the agreed fee is payable. The conference was due to take place on 23 April, so we were well outside the eight weeks, and the fee should therefore be 25% of £2,250, i.e. £562.50, rather than the 50% invoiced.

I'd be grateful if you could issue a credit note and a revised invoice for £562.50, which we will then pay promptly.

With best wishes,

Fiona Blake
Head of Membership & Events
Institute of Heritage Surveyors
T: 020 7946 0318"""
txt = body + "\n\n" + ol(rem, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Fiona Blake <fiona.blake@ihs-surveyors.org.uk>", "Reminder: invoice HC-1219")
S(L("client-reply-dispute", "Contract clause: cancellation fee 25% not 50%; accepts £562.50 on a revised invoice.",
    amount="562.50", currency="GBP", reference="HC-1219"),
  FIONA, HANNAH, D("2027-01-12 15:20", LONDON), "RE: Reminder: invoice HC-1219", txt,
  html=outlook_html(mso(body), ol_html_quote(rem, w, "Hannah Cole <hannah@hannahcolewords.co.uk>", "Fiona Blake <fiona.blake@ihs-surveyors.org.uk>", "Reminder: invoice HC-1219")),
  mid_style="outlook", **reply_refs("hannah", "HC-1219", "inv", "rem1"))

# 21 -- OOO with return date
txt = """Thank you for your email. I'm out of the office from Friday 18 December, returning on Tuesday 5 January 2027, and will not be checking emails.

For urgent membership queries please contact membership@ihs-surveyors.org.uk. For anything relating to the Spring Conference, please contact events@ihs-surveyors.org.uk.

Season's greetings,
Fiona Blake
Head of Membership & Events
Institute of Heritage Surveyors
"""
S(L("auto-reply", "Out-of-office with RFC 3834 headers; 'returning on Tuesday 5 January 2027'.", return_date="2027-01-05"),
  FIONA, HANNAH, D("2026-12-29 09:00:07", LONDON), "Automatic reply: Invoice HC-1219 due on 3 January 2027", txt,
  mid_style="outlook", extra=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Auto-Response-Suppress: All"],
  **reply_refs("hannah", "HC-1219", "inv", "court"))

# ---- Penhale & Sons Garden Centre (family business, Cornwall)
KAREN = ("Karen Penhale", "karenpenhale62@yahoo.co.uk")
BRIAN = ("Brian Penhale", "penhalegardens@btinternet.com")
JACK = ("Jack Penhale", "jackpenhale@outlook.com")

# 22 -- which invoice is this? (other)
w = D("2026-12-07 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1203", "£680.00", "4 December 2026", sal="Dear Brian Penhale,")
txt = f"""Hi Hannah
Brian does all the paying and he's at the Christmas fair at Trelowarren all week, honestly we hardly see him. Which invoice is this one? Is it for the catalogue or the website bits? I thought we'd settled the website bits in the summer. Just so I can tell him which one when he's home
Thanks Karen

Sent from Yahoo Mail on Android

  On Mon, 7 Dec 2026 at 09:00, Hannah Cole<hannah@hannahcolewords.co.uk> wrote:   {rem.replace(chr(10), chr(10) + '   ')}
"""
S(L("client-reply-other", "Wife of the owner asks which invoice it is; she handles nothing. No claim, no promise."),
  KAREN, HANNAH, D("2026-12-07 13:15", LONDON), "Re: Reminder: invoice HC-1203", txt, cc=[BRIAN],
  mid_style="plain", **reply_refs("hannah", "HC-1203", "inv", "rem1"))

# 23 -- ALL CAPS: WILL PAY YOU FRIDAY
txt = f"""HANNAH KAREN SAYS YOU ARE CHASING THE CATALOGUE MONEY. WILL PAY YOU FRIDAY. BRIAN

Sent from my iPad

{gt(rem, w, HANNAH, 'apple')}
"""
S(L("client-reply-promise", "All caps from iPad; 'WILL PAY YOU FRIDAY' on Tue 8 Dec -> 2026-12-11.",
    promised_date="2026-12-11"),
  BRIAN, HANNAH, D("2026-12-08 21:04", LONDON), "Re: Reminder: invoice HC-1203", txt, mid_style="apple",
  **reply_refs("hannah", "HC-1203", "inv", "rem1"))

# 24 -- son: Dad paid on Friday (HTML only, Outlook.com)
body = """Hi Hannah,

Dad asked me to let you know he paid the catalogue invoice on Friday from the business account (the Lloyds one). He says sorry it was late, it's been mental here with the Christmas trees.

Mum says the catalogue looks great by the way!

Jack

Jack Penhale
Penhale & Sons Garden Centre
Penhale Farm, St Keverne, Cornwall"""
htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
       '<body dir="ltr"><div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
       + paras(body, "div") + '</div><div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
       '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>From:</b> Hannah Cole &lt;hannah@hannahcolewords.co.uk&gt;<br><b>Sent:</b> 07 December 2026 09:00<br><b>To:</b> Brian Penhale &lt;penhalegardens@btinternet.com&gt;<br><b>Subject:</b> Reminder: invoice HC-1203</font><div>&nbsp;</div></div>'
       + paras(rem, "div") + '</body></html>\n')
S(L("client-reply-paid", "Son writes for the father: paid Friday from the business account. Outlook.com HTML-only."),
  JACK, HANNAH, D("2026-12-14 08:40", LONDON), "Re: Reminder: invoice HC-1203", None, html=htm, html_only=True,
  mid_style="outlook", **reply_refs("hannah", "HC-1203", "inv", "rem1"))

# 99 -- billed twice (dispute)
w = D("2027-01-12 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1229", "£680.00", "8 January 2027", sal="Dear Brian Penhale,")
txt = f"""Hi Hannah, Happy New Year.
I think you've sent us this one twice? HC-1229 is £680 for the catalogue and that's exactly what Brian paid you in December (that was HC-1203 I think). We're not paying it twice! Can you check and cancel it please.
Thanks Karen

Sent from Yahoo Mail on Android

  On Tue, 12 Jan 2027 at 09:00, Hannah Cole<hannah@hannahcolewords.co.uk> wrote:   {rem.replace(chr(10), chr(10) + '   ')}
"""
S(L("client-reply-dispute", "Already billed: says HC-1229 duplicates HC-1203 which was paid; refuses to pay it twice. The 'paid' refers to the other invoice.",
    reference="HC-1229"),
  KAREN, HANNAH, D("2027-01-13 19:02", LONDON), "Re: Reminder: invoice HC-1229", txt, cc=[BRIAN],
  **reply_refs("hannah", "HC-1229", "inv", "rem1"))

# ---- St Mary's PCC, Little Wickham (church)
GEOFF = ("Geoffrey Allsop", "g.allsop@btinternet.com")

# 25 -- bottom-posted: cheque posted this morning
w = D("2026-12-03 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1205", "£420.00", "26 November 2026", sal="Dear Geoffrey Allsop,")
txt = f"""{gt(rem, w, HANNAH)}

Dear Miss Cole,

I am so sorry for the delay in settling your account. The PCC can only pay invoices once two of the signatories have signed the cheque and, what with Advent, we have not had a quorum. I am pleased to say that the cheque was signed after the service yesterday and I posted it to you, first class, this morning.

With every blessing,

Geoffrey Allsop
Hon. Treasurer, St Mary's PCC, Little Wickham
"""
S(L("client-reply-paid", "Bottom-posted below the quote; cheque signed and posted this morning = paid (payment sent).",
    reference=None),
  GEOFF, HANNAH, D("2026-12-07 11:12", LONDON), "Re: Reminder: invoice HC-1205", txt,
  xmailer="BT Mail", **reply_refs("hannah", "HC-1205", "inv", "rem1"))

# 96 -- cheque on Wednesday
w = D("2027-02-19 09:00", LONDON)
rem = letter("courtesy", "hannah", "HC-1226", "£280.00", "26 February 2027", sal="Dear Geoffrey Allsop,", issue="27 January 2027")
txt = f"""{gt(rem, w, HANNAH)}

Dear Miss Cole,

Thank you for your reminder, and for the lovely Lent and Easter leaflets. I shall put a cheque in the post to you on Wednesday, after the churchwardens have signed it at the midweek communion.

Yours sincerely,

Geoffrey Allsop
Hon. Treasurer
"""
S(L("client-reply-promise", "Bottom-posted; cheque in the post 'on Wednesday' (Fri 19 Feb) -> 2027-02-24.",
    promised_date="2027-02-24"),
  GEOFF, HANNAH, D("2027-02-19 15:30", LONDON), "Re: Invoice HC-1226 due on 26 February 2027", txt,
  xmailer="BT Mail", **reply_refs("hannah", "HC-1226", "inv", "court"))

# ---- Nuvela Technologies (Israel)
AVI = ("Avi Mizrahi", "avi@nuvela.io")
YAEL = ("Yael Ben-David", "yael@nuvela.io")
NUV_SIG = "Nuvela Technologies Ltd. | 32 HaBarzel St., Tel Aviv 6971032 | nuvela.io"

# 27 -- paid today via Wise (Sunday in Israel), receipt attached
w = D("2026-12-29 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1210", "£3,300.00", "21 December 2026", sal="Dear Accounts Team,")
txt = f"""Hi Hannah,

The payment was done today via Wise, 3,300 GBP. Attached is the confirmation.
Please confirm receive.

Sorry for the delay, end of year is crazy here.

Thanks,
Avi Mizrahi
Finance Manager
{NUV_SIG}

{gt(rem, w, HANNAH)}
"""
S(L("client-reply-paid", "Non-native (Israel), sent on a Sunday (work day there): paid today via Wise, receipt PDF, asks to confirm.",
    amount="3300.00", currency="GBP"),
  AVI, HANNAH, D("2027-01-03 10:05", JLM), "Re: Reminder: invoice HC-1210", txt,
  atts=[PDF("wise_transfer_receipt_1123456789.pdf", "wise")], mid_style="gmail",
  **reply_refs("hannah", "HC-1210", "inv", "rem1"))

# 28 -- is this bank-change email legit? (other)
w = D("2027-01-14 09:00", LONDON)
rem = letter("courtesy", "hannah", "HC-1217", "£2,640.00", "21 January 2027", sal="Dear Accounts Team,", issue="22 December 2026")
body = """Hi Hannah,

Quick sanity check before Avi pays HC-1217 – we got the email below yesterday from "you" saying your bank changed to a Revolut account in Lithuania. It looks fishy (the address is hannah@hannahcolewords-co.uk with a dash), so we're not touching anything until we hear from you. Can you confirm by WhatsApp or a call that your details are still the ones on the invoice?

Thanks!
Yael

---------- Forwarded message ---------
From: Hannah Cole <hannah@hannahcolewords-co.uk>
Date: Mon, 18 Jan 2027 at 16:41
Subject: Updated bank details
To: <finance@nuvela.io>


Dear Finance team,

Please be informed that we have changed our bank. Kindly update our payment details for all pending invoices:

Account name: H Cole
IBAN: LT62 3250 0123 4567 8901
BIC: REVOLT21

Please confirm when updated.

Regards, Hannah"""
txt = body + "\n\n" + gt(rem, w, HANNAH)
S(L("client-reply-other", "Client forwards a suspected fraud email and asks to confirm bank details; 'before Avi pays' is not a promise.",
    reference="HC-1217"),
  YAEL, HANNAH, D("2027-01-19 08:55", JLM), "Re: Invoice HC-1217 due on 21 January 2027", txt,
  html=gmail_html(body, rem, w, HANNAH), mid_style="gmail", **reply_refs("hannah", "HC-1217", "inv", "court"))

# 29 -- scheduled to 10/02 (dd/mm)
txt = f"""Hi Hannah,

Thanks for confirming on WhatsApp, good that we checked.
Our payment terms are net+30 EOM, so HC-1217 is scheduled to 10/02.

Avi

{gt(rem, w, HANNAH)}
"""
S(L("client-reply-promise", "Israeli finance: 'scheduled to 10/02' = 10 February (dd/mm) -> 2027-02-10.",
    promised_date="2027-02-10", reference="HC-1217"),
  AVI, HANNAH, D("2027-01-20 12:31", JLM), "Re: Invoice HC-1217 due on 21 January 2027", txt, mid_style="gmail",
  **reply_refs("hannah", "HC-1217", "inv", "court"))

# 98 -- fixed price, not per page (dispute)
w = D("2027-02-12 09:00", LONDON)
rem = letter("reminder", "hannah", "HC-1228", "£2,750.00", "10 February 2027", sal="Dear Accounts Team,")
txt = f"""Hi Hannah,

I think there's a misunderstanding on HC-1228. We agreed a fixed price of £2,000 for all the website copy (see my email from Nov 24), not £250 per page. 11 pages × £250 = £2,750 is way over what we budgeted for.

Can you please reissue it at the agreed £2,000? Happy to jump on a call if easier.

Yael

Yael Ben-David | COO
{NUV_SIG}

{gt(rem, w, HANNAH)}
"""
S(L("client-reply-dispute", "Fixed price vs per-page billing; asks to reissue at £2,000.",
    amount="2000.00", currency="GBP", reference="HC-1228"),
  YAEL, HANNAH, D("2027-02-15 09:40", JLM), "Re: Reminder: invoice HC-1228", txt, mid_style="gmail",
  **reply_refs("hannah", "HC-1228", "inv", "rem1"))

# ---------------------------------------------------------------- Tom Byrne (EUR, Ireland) --------------
KCC_AP = ("Accounts Payable", "accountspayable@kilbrackcoco.ie")
SIOBHAN = ("Siobhán Ní Bhriain", "sinibhriain@kilbrackcoco.ie")
KCC_FOOT = """Tá an ríomhphost seo agus aon chomhad a ghabhann leis faoi rún agus is le haghaidh an té nó an eagraíocht ar seoladh chuige/chuici amháin é.
This e-mail and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this e-mail in error please notify the sender. Kilbrack County Council – Comhairle Contae Chill Bhreac."""

# 30 -- AP: processed in EFT run (iso-8859-1 label, cp1252 bytes, Irish in signature)
w = D("2026-11-23 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-118", "€2,460.00", "19 November 2026", sal="Dear Accounts Team,")
txt = f"""Dear Mr Byrne,

I refer to your email regarding the above invoice.

Payment of €2,460.00 in respect of invoice INV-2026-118 was processed in our EFT run of 26/11/2026. A remittance advice issues automatically to the email address held on our vendor master file – if you haven’t received it, please let me know and I’ll check the address we have.

Please allow 2–3 working days for the funds to reach your account.

Is mise le meas,

Deirdre Ó Murchú
Accounts Payable | Finance Department
Kilbrack County Council | Áras an Chontae, Kilbrack
T: 0xx 936 2210

{KCC_FOOT}

{ol(rem, w, "Tom Byrne <tom@byrnedesign.ie>", "Accounts Payable <accountspayable@kilbrackcoco.ie>", "Reminder: invoice INV-2026-118")}
"""
S(L("client-reply-paid", "County council AP: processed in EFT run 26/11. Irish-language signature/footer; iso-8859-1 label with cp1252 bytes.",
    amount="2460.00", reference="INV-2026-118"),
  KCC_AP, TOM, D("2026-11-27 12:06", DUBLIN), "RE: Reminder: invoice INV-2026-118", txt,
  charset="iso-8859-1", codec="cp1252", mid_style="outlook", **reply_refs("tom", "INV-2026-118", "inv", "rem1"))

# 31 -- Revolut Business: money in
txt = """Revolut Business

You've received €2,460.00

Hi Tom,

KILBRACK COUNTY COUNCIL sent you €2,460.00 to your EUR account.

Amount:     €2,460.00
From:       KILBRACK COUNTY COUNCIL
Reference:  INV-2026-118 EFT 26112026
Date:       30 Nov 2026, 08:57

See transaction: https://business.revolut.com/transactions

Revolut Bank UAB, Irish branch. Revolut Bank UAB is authorised and regulated by the Bank of Lithuania and the European Central Bank, and regulated by the Central Bank of Ireland for conduct of business rules.
You're receiving this email because you turned on notifications for incoming payments.
"""
htm = """<html><body style="margin:0;background:#f7f7f7;font-family:-apple-system,Segoe UI,Roboto,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:12px;margin:24px 0">
<tr><td style="padding:28px 32px 8px;font-weight:700;font-size:20px">Revolut Business</td></tr>
<tr><td style="padding:8px 32px"><h1 style="font-size:28px;margin:0">You've received €2,460.00</h1></td></tr>
<tr><td style="padding:8px 32px;color:#444">Hi Tom,<br><br>KILBRACK COUNTY COUNCIL sent you <b>€2,460.00</b> to your EUR account.</td></tr>
<tr><td style="padding:8px 32px"><table cellpadding="4" style="color:#444;font-size:14px">
<tr><td>Amount</td><td><b>€2,460.00</b></td></tr><tr><td>From</td><td>KILBRACK COUNTY COUNCIL</td></tr>
<tr><td>Reference</td><td>INV-2026-118 EFT 26112026</td></tr><tr><td>Date</td><td>30 Nov 2026, 08:57</td></tr></table></td></tr>
<tr><td style="padding:16px 32px"><a href="https://business.revolut.com/transactions" style="background:#0666eb;color:#fff;padding:12px 20px;border-radius:20px;text-decoration:none">See transaction</a></td></tr>
<tr><td style="padding:16px 32px 28px;font-size:11px;color:#999">Revolut Bank UAB, Irish branch. Revolut Bank UAB is authorised and regulated by the Bank of Lithuania and the European Central Bank, and regulated by the Central Bank of Ireland for conduct of business rules.<br>You're receiving this email because you turned on notifications for incoming payments.</td></tr>
</table></td></tr></table></body></html>
"""
S(L("payment-notification", "Bank (Revolut Business) incoming transfer alert from the council.",
    amount="2460.00", reference="INV-2026-118"),
  ("Revolut Business", "no-reply@revolut.com"), TOM, D("2026-11-30 08:58", DUBLIN),
  "You've received €2,460.00 from KILBRACK COUNTY COUNCIL", txt, html=htm)

# 32 -- AP rejects late-payment compensation and interest (dispute)
w = D("2027-01-25 09:00", DUBLIN)
fees = """As this is a commercial transaction, the European Communities (Late Payment in Commercial Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date at 10.15% a year (the European Central Bank's main refinancing rate plus 8 percentage points), and €40.00 is due as compensation for recovery costs (Regulation 9).

The amount due as at 25 January 2027 (interest continues to run until payment) is:
- invoice INV-2026-143: €1,230.00
- interest at 10.15% a year from 14 January 2027 to 25 January 2027 (12 days): €4.10
- compensation for recovery costs: €40.00
- total: €1,274.10"""
rem = letter("late_fee", "tom", "INV-2026-143", "€1,230.00", "13 January 2027", sal="Dear Accounts Team,",
             days=12, deadline="8 February 2027", fees=fees)
txt = f"""Dear Mr Byrne,

I refer to your email of 25 January in respect of invoice INV-2026-143.

The Council’s records show that your invoice was received on 18/12/2026 and could not be matched to a purchase order until 15/01/2027, as it did not quote the PO number issued to you (PO 26-004471). Under the Prompt Payment of Accounts Act 1997 the payment period runs from receipt of a valid invoice.

The Council therefore does not accept the claim for compensation of €40.00 or the interest of €4.10. The invoice amount of €1,230.00 has been approved and will be paid in the next EFT run; the additional charges will not be paid.

Is mise le meas,

Deirdre Ó Murchú
Accounts Payable | Finance Department
Kilbrack County Council

{KCC_FOOT}

{ol(rem, w, "Tom Byrne <tom@byrnedesign.ie>", "Accounts Payable <accountspayable@kilbrackcoco.ie>", "Invoice INV-2026-143: overdue")}
"""
S(L("client-reply-dispute", "Public body contests the statutory €40 compensation and interest, will pay only the €1,230 principal (dispute beats the promise).",
    amount="1230.00", reference="INV-2026-143"),
  KCC_AP, TOM, D("2027-01-26 10:44", DUBLIN), "RE: Invoice INV-2026-143: overdue", txt,
  charset="windows-1252", codec="cp1252", mid_style="outlook", **reply_refs("tom", "INV-2026-143", "inv", "late"))

# 33 -- comms officer: "paid by the 18th"
w = D("2026-12-07 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-129", "€890.00", "30 November 2026", sal="Dear Siobhán Ní Bhriain,")
txt = f"""Ah Tom, I'm mortified. It got stuck with the Director for sign-off and then I was off for a week with the kids' vomiting bug (sorry, TMI). It's signed now and Finance tell me it'll be paid by the 18th.

The posters are up in every library in the county btw, the Cathaoirleach was delighted with them!

Siobhán

Get Outlook for Android
________________________________
From: Tom Byrne <tom@byrnedesign.ie>
Sent: Monday, December 7, 2026 9:00:{w.second:02d} AM
To: Siobhán Ní Bhriain <sinibhriain@kilbrackcoco.ie>
Subject: Reminder: invoice INV-2026-129

{rem}
"""
S(L("client-reply-promise", "Irish council contact relays Finance: 'paid by the 18th' on Wed 9 Dec -> 2026-12-18.",
    promised_date="2026-12-18"),
  SIOBHAN, TOM, D("2026-12-09 13:27", DUBLIN), "Re: Reminder: invoice INV-2026-129", txt,
  mid_style="outlook", **reply_refs("tom", "INV-2026-129", "inv", "rem1"))

# ---- University of Shannonside
NIAMH = ("Niamh Gallagher", "accounts.payable@shannonside.ie")
CIARAN = ("Ciarán Doyle", "ciaran.doyle@shannonside.ie")
USH_FOOT = "Finance Office | University of Shannonside | Oifig Airgeadais | Ollscoil na Sionainne\nPlease consider the environment before printing this email."

# 34 -- supplier set-up, tax clearance (other)
w = D("2026-11-10 10:00", DUBLIN)
orig = letter("invoice", "tom", "INV-2026-121", "€3,075.00", "10 December 2026", sal="Hi Ciarán,",
              note="Please find attached invoice INV-2026-121 for €3,075.00 for the conference branding (logo, programme, roller banners and signage).")
txt = f"""Dear Tom,

Thank you for your invoice INV-2026-121, which has been forwarded to us by the School of Education.

Before we can process payment you will need to be set up as a supplier on the University's finance system. Please complete and return the following:

1. New Supplier Set-up Form (attached), signed
2. Bank details on headed paper, or a bank letter/statement header showing your IBAN and BIC
3. Your tax reference number and Tax Clearance Access Number (TCAN)

Please also note that the University requires a valid purchase order number to be quoted on all invoices. Your contact in the School can provide this.

Kind regards,

Niamh Gallagher
Accounts Payable
{USH_FOOT}

{ol(orig, w, "Tom Byrne <tom@byrnedesign.ie>", "Ciarán Doyle <ciaran.doyle@shannonside.ie>", "Invoice INV-2026-121 - Education Futures conference", cc="accounts.payable@shannonside.ie")}
"""
S(L("client-reply-other", "University finance: supplier set-up forms, tax clearance, PO number needed before payment.",
    reference="INV-2026-121"),
  NIAMH, TOM, D("2026-11-17 15:40", DUBLIN), "RE: Invoice INV-2026-121 - Education Futures conference", txt,
  atts=[PDF("New_Supplier_Setup_Form_2026.pdf", "form")], mid_style="outlook",
  **reply_refs("tom", "INV-2026-121", "inv"))

# 35 -- approved, in Friday's payment run
w = D("2027-01-08 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-144", "€1,107.00", "6 January 2027", sal="Dear Accounts Team,")
txt = f"""Hi Tom,

Your invoice INV-2026-144 has been approved and will be included in Friday's payment run.

Regards,
Niamh

{USH_FOOT}

{ol(rem, w, "Tom Byrne <tom@byrnedesign.ie>", "accounts.payable@shannonside.ie", "Reminder: invoice INV-2026-144")}
"""
S(L("client-reply-promise", "'included in Friday's payment run' on Mon 11 Jan -> 2027-01-15.",
    promised_date="2027-01-15", reference="INV-2026-144"),
  NIAMH, TOM, D("2027-01-11 14:18", DUBLIN), "RE: Reminder: invoice INV-2026-144", txt, mid_style="outlook",
  **reply_refs("tom", "INV-2026-144", "inv", "rem1"))

# 84 -- paid as promised, can you confirm it arrived?
w = D("2027-01-18 09:00", DUBLIN)
rem = letter("promise_followup", "tom", "INV-2026-144", "€1,107.00", "6 January 2027", sal="Dear Accounts Team,", promise="15 January 2027")
txt = f"""Hi Tom,

Further to your email, INV-2026-144 was paid in Friday's run as advised – our bank shows it as cleared on Monday. Could you confirm it has reached your account? If not I'll raise a trace with the bank.

Kind regards,
Niamh

{USH_FOOT}

{ol(rem, w, "Tom Byrne <tom@byrnedesign.ie>", "accounts.payable@shannonside.ie", "Invoice INV-2026-144: following up")}
"""
S(L("client-reply-paid", "Paid in Friday's run + asks to confirm receipt: still paid.", reference="INV-2026-144"),
  NIAMH, TOM, D("2027-01-19 09:30", DUBLIN), "RE: Invoice INV-2026-144: following up", txt, mid_style="outlook",
  **reply_refs("tom", "INV-2026-144", "inv", "rem1", "pf"))

# 36 -- academic OOO, bilingual, base64
txt = """Tá mé ar saoire bhliantúil go dtí an 4 Eanáir 2027.

Thank you for your email. I am on annual leave from 21 December and returning on Monday 4 January 2027, with limited access to email until then. For urgent matters relating to the School of Education please contact education.office@shannonside.ie.

Dr Ciarán Doyle
Senior Lecturer | School of Education
University of Shannonside
"""
S(L("auto-reply", "Academic OOO in Irish and English, base64 body; 'returning on Monday 4 January 2027'.",
    return_date="2027-01-04"),
  CIARAN, TOM, D("2026-12-22 09:00:04", DUBLIN), "Automatic reply: Reminder: invoice INV-2026-121", txt,
  cte="base64", mid_style="outlook", extra=["Auto-Submitted: auto-replied", "X-Auto-Response-Suppress: All"],
  **reply_refs("tom", "INV-2026-121", "inv", "rem1"))

# 37 -- quote was €2,500, invoice €3,075 (dispute; the difference is VAT but he contests it)
w = D("2026-12-22 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-121", "€3,075.00", "10 December 2026", sal="Dear Ciarán Doyle,")
body = """Hi Tom,

Happy new year. Finance have been on to me about INV-2026-121 and I have to say I was surprised by the figure. Your quote (attached to your email of 2 September) was €2,500, and the PO the School raised is for €2,500. The invoice is for €3,075 and I don't remember signing off on anything extra – the roller banners were in the quote as far as I recall.

Finance can't pay above the PO, so could you send a revised invoice for the quoted amount? Or if I'm missing something, let me know.

Best,
Ciarán

Dr Ciarán Doyle
Senior Lecturer | School of Education
University of Shannonside"""
txt = body + "\n\n" + ol(rem, w, "Tom Byrne <tom@byrnedesign.ie>", "Ciarán Doyle <ciaran.doyle@shannonside.ie>", "Reminder: invoice INV-2026-121")
S(L("client-reply-dispute", "Contests the amount (€3,075 vs €2,500 quote/PO) and asks for a revised invoice; the gap is probably VAT but he disputes it.",
    amount="2500.00", reference="INV-2026-121"),
  CIARAN, TOM, D("2027-01-07 14:02", DUBLIN), "RE: Reminder: invoice INV-2026-121", txt,
  html=outlook_html(mso(body), ol_html_quote(rem, w, "Tom Byrne <tom@byrnedesign.ie>", "Ciarán Doyle <ciaran.doyle@shannonside.ie>", "Reminder: invoice INV-2026-121")),
  mid_style="outlook", **reply_refs("tom", "INV-2026-121", "inv", "rem1"))

# ---- Glenmore Dairy Co-operative
PADRAIG = ("Pádraig Hayes", "manager@glenmorecoop.ie")
JIM = ("Jim Kearney", "jimkearney49@eircom.net")

# 39 -- "Friday week"
w = D("2026-11-27 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-124", "€1,845.00", "26 November 2026", sal="Dear Pádraig Hayes,")
txt = f"""Tom, sorry about that. We pay suppliers along with the milk cheque run so it'll be Friday week. Pádraig

Sent from my Galaxy

-------- Original message --------
From: Tom Byrne <tom@byrnedesign.ie>
Date: 27/11/2026 09:00 (GMT+00:00)
To: Pádraig Hayes <manager@glenmorecoop.ie>
Subject: Reminder: invoice INV-2026-124

{rem}
"""
S(L("client-reply-promise", "Irish/UK 'Friday week' on Mon 30 Nov = the Friday after next -> 2026-12-11 (next Friday 4 Dec + 7).",
    promised_date="2026-12-11"),
  PADRAIG, TOM, D("2026-11-30 11:20", DUBLIN), "RE: Reminder: invoice INV-2026-124", txt,
  **reply_refs("tom", "INV-2026-124", "inv", "rem1"))

# 38 -- board member, ALL CAPS, no quote
txt = """TOM
PAID TODAY BY BANK TRANSFER FROM THE COOP ACCOUNT. PADRAIG ASKED ME TO LET YOU KNOW AS HE IS AWAY AT THE MART. SORRY FOR THE DELAY
JIM KEARNEY
GLENMORE CO-OP BOARD
"""
S(L("client-reply-paid", "Farmer board member, all caps, no quote: paid today by bank transfer."),
  JIM, TOM, D("2026-12-11 20:14", DUBLIN), "Re: Reminder: invoice INV-2026-124", txt,
  **reply_refs("tom", "INV-2026-124", "inv", "rem1"))

# 40 -- Postfix delayed-delivery warning (temporary)
orig_id = tmid("tom", "INV-2026-150", "inv")
ow = D("2027-01-18 09:02:40", DUBLIN)
expl = """This is the mail system at host smtp02.blacknight.com.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@glenmorecoop.ie>: connect to mail.glenmorecoop.ie[203.0.113.45]:25:
    Connection timed out
"""
ds = """Reporting-MTA: dns; smtp02.blacknight.com
X-Postfix-Queue-ID: 4Tq9vD1xYzz9sWB
X-Postfix-Sender: rfc822; tom@byrnedesign.ie
Arrival-Date: Mon, 18 Jan 2027 09:02:41 +0000 (GMT)

Final-Recipient: rfc822; accounts@glenmorecoop.ie
Original-Recipient: rfc822;accounts@glenmorecoop.ie
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mail.glenmorecoop.ie[203.0.113.45]:25:
    Connection timed out
Will-Retry-Until: Sat, 23 Jan 2027 09:02:41 +0000 (GMT)
"""
hdrs = f"""From: Tom Byrne <tom@byrnedesign.ie>
To: accounts@glenmorecoop.ie
Subject: Invoice INV-2026-150 - Glenmore Co-op calendar 2027
Date: {format_datetime(ow)}
Message-ID: {orig_id}
"""
root = Multi("report", [T(expl, charset="us-ascii"), RAW("message/delivery-status", ds),
                        RAW("text/rfc822-headers", hdrs)], params='; report-type="delivery-status"')
add(L("bounce", "Postfix 'THIS IS A WARNING ONLY' delay notice, 4.4.1 connection timed out, retrying 5 days: temporary.",
      failed_recipient="accounts@glenmorecoop.ie", permanent=False),
    frm=("Mail Delivery System", "MAILER-DAEMON@smtp02.blacknight.com"), to=TOM,
    date=D("2027-01-18 13:05:19", DUBLIN), subject="Delayed Mail (still being retried)", root=root,
    extra=["Auto-Submitted: auto-replied"])

# 41 -- got it this time, passed to the office (other)
orig = letter("invoice", "tom", "INV-2026-150", "€615.00", "17 February 2027", sal="Hi Pádraig,",
              note="Resending in case it didn't get through – please find attached invoice INV-2026-150 for €615.00 for the 2027 co-op calendar.")
txt = f"""Got it this time Tom, thanks. Our email was down for the best part of a week after the storm. Passed it on to Noreen in the office.
P

Sent from my Galaxy

{gt(orig, D('2027-01-20 17:15', DUBLIN), TOM)}
"""
S(L("client-reply-other", "Acknowledges receipt and passes to the office; nothing about paying.", reference=None),
  PADRAIG, TOM, D("2027-01-21 07:48", DUBLIN), "Re: Invoice INV-2026-150 - Glenmore Co-op calendar 2027", txt,
  **reply_refs("tom", "INV-2026-150", "inv", "resend"))

# ---- St Brigid's Parish, Ballyroan
MAUREEN = ("Maureen Tierney", "stbrigidsballyroan@gmail.com")
PARISH_SIG = "Maureen Tierney\nParish Secretary\nSt Brigid's Parish, Ballyroan\nParish Office open Tues & Thurs 10am – 1pm"

# 42 -- Father thought it was a donation (dispute)
w = D("2026-12-01 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-127", "€640.00", "27 November 2026", sal="Dear Maureen Tierney,")
body = f"""Dear Tom,

Thanks for your email and I hope you're keeping well. The newsletter went down a treat, we had people asking for extra copies after the 10 o'clock Mass and Mrs Flanagan wants one framed for the hall, if you can believe it.

Now, about the invoice. I brought it to Father Declan and he was very surprised, because he was under the impression from the coffee morning in September that you were doing the layout as a donation to the parish, for the restoration fund. I wasn't there myself so I can't say what was said. He asked me to ask you before anything goes to the finance committee, as they wouldn't be in a position to pay it without that being cleared up first.

Maybe you could give him a ring at the parochial house? He's usually in after 11.

God bless,
{PARISH_SIG}"""
txt = body + "\n\n" + gt(rem, w, TOM)
S(L("client-reply-dispute", "Parish: the priest believed the work was a donation; won't go to finance committee until cleared up. Contests that anything is owed, politely."),
  MAUREEN, TOM, D("2026-12-03 15:10", DUBLIN), "Re: Reminder: invoice INV-2026-127", txt,
  html=gmail_html(body, rem, w, TOM), mid_style="gmail", **reply_refs("tom", "INV-2026-127", "inv", "rem1"))

# 43 -- can't pay before the committee on Tuesday the 12th
w = D("2026-12-01 09:00", DUBLIN)
body = f"""Dear Tom,

Happy New Year to you and yours! Father Declan told me the two of you had a good chat before Christmas and that it's all sorted, the parish will pay the €640. The finance committee meets on Tuesday the 12th and we can't pay anything before then, but it will be done that evening – Bernie the treasurer brings the cheque book.

God bless,
{PARISH_SIG}"""
txt = body + "\n\n" + gt(rem, w, TOM)
S(L("client-reply-promise", "Dispute resolved; 'can't pay before Tuesday the 12th, done that evening' (Mon 4 Jan) -> 2027-01-12.",
    promised_date="2027-01-12", amount="640.00"),
  MAUREEN, TOM, D("2027-01-04 11:02", DUBLIN), "Re: Reminder: invoice INV-2026-127", txt,
  html=gmail_html(body, rem, w, TOM), mid_style="gmail", **reply_refs("tom", "INV-2026-127", "inv", "rem1"))

# ---- Kowalski Logistyka (Poland)
AGNIESZKA = ("Agnieszka Nowak", "ksiegowosc@kowalski-logistyka.pl")
LUKASZ = ("Łukasz Wójcik", "l.wojcik@kowalski-logistyka.pl")
KOW_FOOT = """Kowalski Logistyka Sp. z o.o.
ul. Przemysłowa 14, 62-080 Tarnowo Podgórne
NIP: 7792345678 | KRS: 0000456789 | Kapitał zakładowy: 500 000 zł

Informacja zawarta w tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata. Jeżeli nie są Państwo adresatem tej wiadomości, prosimy o niezwłoczne poinformowanie nadawcy i usunięcie wiadomości.
This message is confidential and intended only for the addressee. If you are not the addressee, please inform the sender and delete this message."""

# 44 -- "we will pay until 15.01"
w = D("2026-12-21 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-131", "€2,150.00", "18 December 2026", sal="Dear Accounts Team,")
txt = f"""Dear Mr Byrne,

Thank you for your message. We will pay the invoice INV-2026-131 until 15.01 because of holidays period in our company (the accounting is closed from 24.12 to 6.01).

Best regards / Z poważaniem
Agnieszka Nowak
Księgowość / Accounting Department

{KOW_FOOT}

{ol(rem, w, "Tom Byrne <tom@byrnedesign.ie>", "ksiegowosc@kowalski-logistyka.pl", "Reminder: invoice INV-2026-131")}
"""
S(L("client-reply-promise", "Polish English 'pay until 15.01' = by 15 January (dd.mm) -> 2027-01-15.",
    promised_date="2027-01-15", reference="INV-2026-131"),
  AGNIESZKA, TOM, D("2026-12-22 10:31", WARSAW), "RE: Reminder: invoice INV-2026-131", txt, mid_style="outlook",
  **reply_refs("tom", "INV-2026-131", "inv", "rem1"))

# 45 -- reverse charge, not 23% VAT (dispute), HTML
w = D("2027-01-07 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-140", "€980.00", "4 January 2027", sal="Dear Łukasz Wójcik,")
body = """Hello Tom,

I hope you had good holidays.

Our accounting department cannot book invoice INV-2026-140 because it has 23% Irish VAT. We are active VAT payer in Poland and registered in VIES (PL7792345678), so the invoice should be without VAT with the note "reverse charge" – like the first invoice INV-2026-131, which was correct.

Please send corrected invoice (or credit note and new invoice) for net amount 796,75 EUR. Then we will pay.

Best regards,
Łukasz Wójcik
Marketing Manager"""
txt = body + "\n\n" + KOW_FOOT + "\n\n" + ol(rem, w, "Tom Byrne <tom@byrnedesign.ie>", "Łukasz Wójcik <l.wojcik@kowalski-logistyka.pl>", "Reminder: invoice INV-2026-140")
S(L("client-reply-dispute", "VAT charged wrongly (should be reverse charge): wrong amount, asks for corrected invoice at net 796,75 (comma decimal).",
    amount="796.75", reference="INV-2026-140"),
  LUKASZ, TOM, D("2027-01-08 09:12", WARSAW), "RE: Reminder: invoice INV-2026-140", txt,
  html=outlook_html(mso(body + "\n\n" + KOW_FOOT), ol_html_quote(rem, w, "Tom Byrne <tom@byrnedesign.ie>", "Łukasz Wójcik <l.wojcik@kowalski-logistyka.pl>", "Reminder: invoice INV-2026-140")),
  mid_style="outlook", **reply_refs("tom", "INV-2026-140", "inv", "rem1"))

# 46 -- one paid, the other on 29.01 (two invoices -> promise)
w = D("2027-01-14 09:00", DUBLIN)
stmt = f"""Dear Accounts Team,

According to my records, the following invoices are still outstanding:

- INV-2026-131, issued on 18 November 2026, due on 18 December 2026 (27 days overdue): €2,150.00
- INV-2026-140, issued on 12 January 2027, due on 11 February 2027: €796.75

Total due: €2,946.75

Please arrange payment by 28 January 2027. If some of these invoices have already been paid, thank you – please let me know which ones and the payment dates, so that I can update my records. If there is a problem with any of them, please reply to this email and we can sort it out.

The payment details are on the invoices, in the emails they were sent with.

Kind regards,
Tom Byrne"""
txt = f"""Dear Mr Byrne,

Invoice INV-2026-131 was paid today, the confirmation of transfer is in attachment.
Corrected invoice INV-2026-140 we received, thank you, it will be paid 29.01 with the next payments.

Best regards / Z poważaniem
Agnieszka Nowak
Księgowość / Accounting Department

{KOW_FOOT}

{ol(stmt, w, "Tom Byrne <tom@byrnedesign.ie>", "ksiegowosc@kowalski-logistyka.pl", "Statement of outstanding invoices")}
"""
S(L("client-reply-promise", "Two invoices: one paid today, the other 'will be paid 29.01' -> promise 2027-01-29 for INV-2026-140.",
    promised_date="2027-01-29", reference="INV-2026-140"),
  AGNIESZKA, TOM, D("2027-01-15 13:40", WARSAW), "RE: Statement of outstanding invoices", txt,
  atts=[PDF("Potwierdzenie_przelewu_15012027.pdf", "przelew")], mid_style="outlook",
  **reply_refs("tom", "INV-2026-131", "inv", "stmt"))

# ---- Sardinha & Filhos, Lda. (Portugal)
JOAO = ("João Gonçalves", "financeiro@sardinhafilhos.pt")
FERNANDA = ("Fernanda Sardinha", "fernanda.sardinha@gmail.com")
SF_SIG = "João Gonçalves\nDepartamento Financeiro\nSardinha & Filhos, Lda.\nRua de Cedofeita, 412 - 4050-174 Porto\nTel. +351 222 000 418"

# 47 -- payment already done on day 15, proof attached (true ISO-8859-1)
w = D("2026-12-16 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-133", "€1,230.00", "14 December 2026", sal="Dear Accounts Team,")
txt = f"""Good afternoon Mr. Tom,

The payment was already done on day 15. I send in attach the proof.
Can you confirm the reception?

Best regards / Cumprimentos,

{SF_SIG}

-----Mensagem original-----
De: Tom Byrne <tom@byrnedesign.ie>
Enviada: quarta-feira, 16 de dezembro de 2026 09:00
Para: financeiro@sardinhafilhos.pt
Assunto: Reminder: invoice INV-2026-133

{rem.replace('€', 'EUR ').replace('–', '-')}
"""
S(L("client-reply-paid", "Portuguese non-native: 'payment was already done on day 15', proof attached, asks to confirm. Real ISO-8859-1, Portuguese Outlook quote header.",
    reference=None),
  JOAO, TOM, D("2026-12-17 15:22", LISBON), "RE: Reminder: invoice INV-2026-133", txt, charset="iso-8859-1",
  atts=[PDF("Comprovativo_Transferencia.pdf", "comprovativo")], mid_style="outlook",
  **reply_refs("tom", "INV-2026-133", "inv", "rem1"))

# 48 -- errors in catalogue, propose 50% (dispute)
w = D("2027-01-29 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-148", "€1,476.00", "27 January 2027", sal="Dear Accounts Team,")
txt = f"""Dear Tom,

I am writing about the invoice INV-2026-148 for the catalogue.

Unfortunately the catalogue had many errors in the portuguese texts (accents missing, some words cut in the half) and our client in Braga returned it to us. We had to correct it ourselves in the printing house with extra costs.

So we cannot accept to pay the full value. We propose to pay 50% (738 €) now and the rest after you send the corrected files. Please tell us if you agree.

Best regards,
Fernanda Sardinha
Gerente - Sardinha & Filhos, Lda.

{gt(rem, w, TOM)}
"""
S(L("client-reply-dispute", "Quality complaint, proposes to pay 50% (738 €) now; partial + contest = dispute.",
    amount="738.00", reference="INV-2026-148"),
  FERNANDA, TOM, D("2027-02-01 10:05", LISBON), "Re: Reminder: invoice INV-2026-148", txt, mid_style="gmail",
  **reply_refs("tom", "INV-2026-148", "inv", "rem1"))

# 90 -- end of this month
w = D("2027-02-03 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-153", "€410.00", "1 February 2027", sal="Dear Accounts Team,")
txt = f"""Good morning Mr. Tom,

The payment of the invoice INV-2026-153 will be done at end of this month, together with the other suppliers.

Best regards / Cumprimentos,

{SF_SIG}

-----Mensagem original-----
De: Tom Byrne <tom@byrnedesign.ie>
Enviada: quarta-feira, 3 de fevereiro de 2027 09:00
Para: financeiro@sardinhafilhos.pt
Assunto: Reminder: invoice INV-2026-153

{rem.replace('€', 'EUR ').replace('–', '-')}
"""
S(L("client-reply-promise", "'at end of this month' on Thu 4 Feb -> 2027-02-28.",
    promised_date="2027-02-28", reference="INV-2026-153"),
  JOAO, TOM, D("2027-02-04 09:47", LISBON), "RE: Reminder: invoice INV-2026-153", txt, charset="iso-8859-1",
  cte="quoted-printable", mid_style="outlook", **reply_refs("tom", "INV-2026-153", "inv", "rem1"))

# 100 -- attachment doesn't open, send again (other)
w = D("2026-11-16 16:20", DUBLIN)
orig = letter("invoice", "tom", "INV-2026-133", "€1,230.00", "14 December 2026", sal="Hi João,")
txt = f"""Good morning,

We received your email but the attachment (invoice INV-2026-133) does not open, it says the file is damaged. Can you send again please?

Thank you.

{SF_SIG}

-----Mensagem original-----
De: Tom Byrne <tom@byrnedesign.ie>
Enviada: segunda-feira, 16 de novembro de 2026 16:20
Para: financeiro@sardinhafilhos.pt
Assunto: Invoice INV-2026-133 - Sardinha & Filhos catalogue

{orig.replace('€', 'EUR ').replace('–', '-')}
"""
S(L("client-reply-other", "Asks to resend the invoice (attachment corrupt).", reference="INV-2026-133"),
  JOAO, TOM, D("2026-11-24 09:12", LISBON), "RE: Invoice INV-2026-133 - Sardinha & Filhos catalogue", txt,
  charset="iso-8859-1", mid_style="outlook", **reply_refs("tom", "INV-2026-133", "inv"))

# ---- Irish Guild of Conservation Architects (professional association)
GRAINNE = ("Gráinne Ní Fhloinn", "admin@igca.ie")
CONOR = ("Conor Mac Giolla Rua", "chair@igca.ie")
IGCA_SIG = "Gráinne Ní Fhloinn\nAdministrator\nIrish Guild of Conservation Architects\n14 Merrion Square North, Dublin 2\nwww.igca.ie"

# 49 -- long chatty mail, one line says the treasurer paid
body = f"""Hi Tom,

Hope all's well with you! Apologies for the radio silence, it's been a mad few weeks here with the AGM and the CPD day in Kilkenny (which went really well, 140 people, the biggest we've ever had – and the new programme design got loads of compliments, so thank you!).

A few things while I have you:

1. The Council want to do a 'Year in Conservation' booklet for the spring – about 24 pages, mostly photos from members' projects. Would you have capacity in February/March? I'll send on a proper brief once it's been approved, but wanted to flag it early.

2. Could you send me the print-ready files for the CPD certificates again? Our printer (Walsh's in Thurles) says the ones we have are RGB not CMYK, whatever that means!

3. Oh, and Eamon (the treasurer) paid your invoice last Thursday, I meant to tell you at the time but it went clean out of my head. Sorry about the delay on that.

4. Are you coming to the Christmas drinks on the 17th? Upstairs in Toner's, from 6pm. Bring a plus one.

Talk soon,
Gráinne

{IGCA_SIG}"""
S(L("client-reply-paid", "Long chatty mail about other work; item 3 says the treasurer paid last Thursday. No quote."),
  GRAINNE, TOM, D("2026-12-01 16:44", DUBLIN), "Re: Reminder: invoice INV-2026-136", body,
  html=gmail_html(body), mid_style="gmail", **reply_refs("tom", "INV-2026-136", "inv", "rem1"))

# 50 -- chair: never approved, will not pay (dispute)
w = D("2027-01-27 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-152", "€2,214.00", "25 January 2027", sal="Dear Gráinne Ní Fhloinn,")
txt = f"""Dear Mr Byrne,

I write as Chair of the Irish Guild of Conservation Architects in relation to your invoice INV-2026-152 (€2,214.00) for the "website refresh", which our administrator has passed to me.

Having reviewed the matter with the Council of the Guild at our meeting of 26 January, I must inform you that this work was not approved by the Council. Under the Guild's procurement rules any expenditure above €1,000 requires the prior approval of Council, which was neither sought nor given, and our administrator was not authorised to commission work of this value.

Accordingly, the Guild does not accept liability for this invoice and will not be paying it. I appreciate that this is not the answer you were hoping for, and I would be happy to discuss the matter with you by phone.

Yours sincerely,

Conor Mac Giolla Rua FRIAI
Chair, Irish Guild of Conservation Architects

{gt(rem, w, TOM)}
"""
S(L("client-reply-dispute", "Association chair refuses to pay: work never approved by Council. Formal refusal.",
    reference="INV-2026-152"),
  CONOR, TOM, D("2027-01-28 18:05", DUBLIN), "Re: Reminder: invoice INV-2026-152", txt, cc=[GRAINNE],
  mid_style="gmail", **reply_refs("tom", "INV-2026-152", "inv", "rem1"))

# 93 -- "by the 15th" said on the 20th -> next month
w = D("2027-01-19 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-155", "€950.00", "15 January 2027", sal="Dear Gráinne Ní Fhloinn,")
txt = f"""Hi Tom,

Sorry, this one's my fault, I forgot to put it on Eamon's list before he went to Lanzarote. He's back now and says he'll have it paid by the 15th.

(and separately from all the Council business, I'm really sorry about how the website thing turned out – I'll ring you next week.)

Gráinne

{gt(rem, w, TOM)}
"""
S(L("client-reply-promise", "'paid by the 15th' written on 20 Jan: the 15th has passed -> 15 February 2027.",
    promised_date="2027-02-15"),
  GRAINNE, TOM, D("2027-01-20 12:15", DUBLIN), "Re: Reminder: invoice INV-2026-155", txt, mid_style="gmail",
  **reply_refs("tom", "INV-2026-155", "inv", "rem1"))

# 51 -- VAT number invalid on VIES? (other)
orig = letter("invoice", "tom", "INV-2026-157", "€1,353.00", "10 March 2027", sal="Hi Gráinne,",
              note="Please find attached invoice INV-2026-157 for €1,353.00 for the 'Year in Conservation' booklet, first instalment as agreed.")
txt = f"""Hi Tom,

Our accountant says the VAT number on your invoice (IE 3345678FH) comes back as invalid when she checks it on VIES. Is that the right one? She won't put it through until it checks out – probably just a typo somewhere.

G

{gt(orig, D('2027-02-08 11:30', DUBLIN), TOM)}
"""
S(L("client-reply-other", "Question about the VAT number before processing; not contesting the amount.", reference=None),
  GRAINNE, TOM, D("2027-02-10 10:22", DUBLIN), "Re: Invoice INV-2026-157 - Year in Conservation booklet", txt,
  mid_style="gmail", **reply_refs("tom", "INV-2026-157", "inv"))

# ---- Doherty's Craft Butchers (family business)
MARY = ("Mary Doherty", "marydoherty1957@icloud.com")
AOIFE = ("Aoife Doherty", "aoife.doherty.95@gmail.com")
SEAN = ("Seán Doherty", "sean@dohertysbutchers.ie")

# 52 -- "as soon as he's back" (vague)
w = D("2026-12-07 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-138", "€750.00", "3 December 2026", sal="Dear Seán Doherty,")
txt = f"""Tom love Seán does all the books and hes in Lanzarote till Thursday he'll pay you as soon as hes back dont worry about it. Mary

Sent from my iPhone

{gt(rem, w, TOM, 'apple')}
"""
S(L("client-reply-promise", "Mother, no punctuation: son will pay 'as soon as he's back' (back Thursday) = vague promise, no date."),
  MARY, TOM, D("2026-12-07 19:50", DUBLIN), "Re: Reminder: invoice INV-2026-138", txt, mid_style="apple",
  **reply_refs("tom", "INV-2026-138", "inv", "rem1"))

# 53 -- daughter: he paid yesterday on the app 😂
body = """Hi Tom!

Seán paid you yesterday on the banking app, he asked me to email you because he's useless at email 😂 Let us know if it doesn't come through.

Also can we get the Christmas opening hours poster for the window by Friday?? Same style as last year is grand.

Thanks a mill,
Aoife"""
txt = body + "\n\n" + gt(rem, w, TOM)
S(L("client-reply-paid", "Sister writes for the brother: paid yesterday on the banking app; plus a new job request."),
  AOIFE, TOM, D("2026-12-12 11:30", DUBLIN), "Re: Reminder: invoice INV-2026-138", txt,
  html=gmail_html(body, rem, w, TOM), cc=[SEAN], mid_style="gmail", **reply_refs("tom", "INV-2026-138", "inv", "rem1"))

# 54 -- curt: not paying for the menu board (dispute)
w = D("2027-01-15 09:00", DUBLIN)
rem = letter("reminder", "tom", "INV-2026-149", "€410.00", "13 January 2027", sal="Dear Seán Doherty,")
txt = f"""Tom. We only asked for the price list for the window not the whole menu board. Not paying for the menu board. Send me one for the price list and I'll pay that.
Seán

{gt(rem, w, TOM)}
"""
S(L("client-reply-dispute", "Curt: work not ordered; will pay only the part asked for after a new invoice."),
  SEAN, TOM, D("2027-01-18 07:02", DUBLIN), "Re: Reminder: invoice INV-2026-149", txt, mid_style="gmail",
  **reply_refs("tom", "INV-2026-149", "inv", "rem1"))

# 102 -- mother: who is this? (other)
w = D("2027-02-01 09:00", DUBLIN)
rem = letter("promise_followup", "tom", "INV-2026-149", "€410.00", "13 January 2027", sal="Dear Mary Doherty,")
txt = f"""Who is this sorry? Is this Tom that did the sign for the shop? Seán's away at a wedding in Galway, I'll get him to ring you when he's back. Mary

Sent from my iPhone

{gt(rem, w, TOM, 'apple')}
"""
S(L("client-reply-other", "Confused family member: 'who is this?', will get the son to ring. No promise to pay."),
  MARY, TOM, D("2027-02-02 10:14", DUBLIN), "Re: Invoice INV-2026-149: following up", txt, mid_style="apple",
  **reply_refs("tom", "INV-2026-149", "inv", "pf"))

# ---------------------------------------------------------------- Dan Whitaker (USD, Brooklyn) ----------
LINDA = ("Linda Morales", "treasurer@gracefellowshiphoboken.org")
GRACE_OFFICE = ("Grace Fellowship Church Office", "office@gracefellowshiphoboken.org")
PASTOR = ("Pastor Mike Reyes", "mike@gracefellowshiphoboken.org")

# 57 -- church office closure auto-reply, no RFC 3834 headers
txt = """Merry Christmas from all of us at Grace Fellowship!

The church office is closed from December 24 through January 5 so that our staff can spend time with their families. We will reopen on Wednesday, January 6, and will respond to your message then.

If you have a pastoral emergency, please call Pastor Mike at (201) 555-0144.

Christmas Eve Candlelight Services: 5:00 PM and 7:30 PM
Christmas Day: 10:00 AM (one service only)

"For unto us a child is born, unto us a son is given." – Isaiah 9:6

Grace Fellowship Church
412 Garden Street, Hoboken, NJ 07030
"""
S(L("auto-reply", "Office-closure responder without Auto-Submitted/X-Autoreply headers, 'Re:' subject; reopens Wednesday, January 6.",
    return_date="2027-01-06"),
  GRACE_OFFICE, DAN, D("2026-12-24 09:00:09", NY), "Re: Invoice DW-1042 is due on 31 December 2026", txt,
  **reply_refs("dan", "DW-1042", "inv", "court"))

# 55 -- treasurer: check #4471 went out in yesterday's mail
w = D("2027-01-07 09:00", NY)
rem = letter("reminder", "dan", "DW-1042", "$1,650.00", "31 December 2026", sal="Dear Accounts Team,")
body = """Hi Dan!

So sorry – the office was closed over the holidays and the check request got buried under the Christmas offering paperwork. The check (#4471) went out in yesterday's mail, so you should have it early next week.

Thank you again for the beautiful Christmas Eve video, people are still talking about it!

Blessings,
Linda

Linda Morales
Treasurer, Grace Fellowship Church
"Let all that you do be done in love." 1 Cor 16:14"""
txt = body + "\n\n" + gt(rem, w, DAN, "gmail_us")
S(L("client-reply-paid", "Church treasurer: check mailed yesterday = payment sent (paid)."),
  LINDA, DAN, D("2027-01-08 10:15", NY), "Re: Reminder: invoice DW-1042", txt,
  html=gmail_html(body, rem, w, DAN, us=True), mid_style="gmail", **reply_refs("dan", "DW-1042", "inv", "rem1"))

# 56 -- nonprofit discount promised (dispute)
w = D("2027-01-25 09:00", NY)
rem = letter("courtesy", "dan", "DW-1050", "$980.00", "29 January 2027", sal="Dear Accounts Team,", issue="30 December 2026")
txt = f"""Dan,

Thanks again for the great work on the baptism Sunday video – we showed it at both services and there wasn't a dry eye in the house.

I did want to raise one thing before Linda pays it: when we spoke in November you mentioned a 20% nonprofit discount for churches, and that isn't reflected on invoice DW-1050. Could you revise it to reflect the discount ($784)?

Thanks brother,
Pastor Mike

Sent from my iPhone

{gt(rem, w, DAN, 'apple_us')}
"""
S(L("client-reply-dispute", "Asks for the promised 20% nonprofit discount and a revised invoice ($784).",
    amount="784.00", currency="USD", reference="DW-1050"),
  PASTOR, DAN, D("2027-01-27 13:40", NY), "Re: Invoice DW-1050 is due on 29 January 2027", txt, cc=[LINDA],
  mid_style="apple", **reply_refs("dan", "DW-1050", "inv", "court"))

# 94 -- I'll mail the check Monday
w = D("2027-01-27 09:00", NY)
rem = letter("reminder", "dan", "DW-1046", "$450.00", "24 January 2027", sal="Dear Accounts Team,")
body = """Hi Dan,

Got it – I'll mail the check Monday after we count Sunday's offering. We keep the checkbook locked in the safe so I can only do it when the counting team is in.

Blessings,
Linda"""
txt = body + "\n\n" + gt(rem, w, DAN, "gmail_us")
S(L("client-reply-promise", "'I'll mail the check Monday' on Thu 28 Jan -> 2027-02-01.", promised_date="2027-02-01"),
  LINDA, DAN, D("2027-01-28 20:05", NY), "Re: Reminder: invoice DW-1046", txt,
  html=gmail_html(body, rem, w, DAN, us=True), mid_style="gmail", **reply_refs("dan", "DW-1046", "inv", "rem1"))

# ---- Bellmont State University
TAMARA = ("Tamara Nguyen-Brooks", "ap@bellmont.edu")
KHSU = ("Karen Hsu", "khsu@bellmont.edu")
BSU_SIG = """Tamara Nguyen-Brooks
Accounts Payable Specialist
Office of the Controller | Bellmont State University
P: (607) 555-0182 | ap@bellmont.edu

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential information protected by FERPA or other law. Any unauthorized review, use, disclosure or distribution is prohibited."""

# 58 -- W-9 + vendor registration (other)
w = D("2026-11-24 14:10", NY)
orig = letter("invoice", "dan", "DW-1045", "$4,200.00", "December 24, 2026", sal="Hi Karen,",
              note="Attached is invoice DW-1045 for $4,200.00 for the campus photography (fall viewbook shoot, 3 days).")
body = f"""Hello Dan,

Your invoice DW-1045 was forwarded to Accounts Payable by the Office of Marketing & Communications.

Before payment can be issued, all new vendors must be set up in our system. Please complete the following and return them to ap@bellmont.edu:

- IRS Form W-9 (Rev. March 2024), signed and dated within the last 12 months
- Bellmont State Vendor Registration Form (attached)
- ACH Authorization Form with a voided check or bank letter (attached)

Please note we cannot accept W-9s with typed signatures. Once your vendor record is complete your invoice will be routed for approval.

Thank you,

{BSU_SIG}"""
txt = body + "\n\n" + ol(orig, w, "Dan Whitaker <dan@whitakerstudio.com>", "Karen Hsu <khsu@bellmont.edu>", "Invoice DW-1045 - Fall viewbook photography", us=True)
S(L("client-reply-other", "University AP: W-9 and vendor registration required before payment.", reference="DW-1045"),
  TAMARA, DAN, D("2026-12-02 11:20", NY), "RE: Invoice DW-1045 - Fall viewbook photography", txt,
  html=outlook_html(mso(body), ol_html_quote(orig, w, "Dan Whitaker <dan@whitakerstudio.com>", "Karen Hsu <khsu@bellmont.edu>", "Invoice DW-1045 - Fall viewbook photography", us=True)),
  atts=[PDF("BSU_Vendor_Registration_Form.pdf", "vendor"), PDF("BSU_ACH_Authorization.pdf", "ach")],
  cc=[KHSU], mid_style="outlook", **reply_refs("dan", "DW-1045", "inv"))

# 59 -- scheduled for payment on 02/05/2027 (US mm/dd)
w = D("2027-01-18 09:00", NY)
rem = letter("reminder", "dan", "DW-1045", "$4,200.00", "24 December 2026", sal="Dear Accounts Team,")
body = f"""Hi Dan,

Your vendor setup is complete and invoice DW-1045 has been approved. It is scheduled for payment on 02/05/2027 via ACH to the account ending 0392.

Thank you,

{BSU_SIG}"""
txt = body + "\n\n" + ol(rem, w, "Dan Whitaker <dan@whitakerstudio.com>", "ap@bellmont.edu", "Reminder: invoice DW-1045", us=True)
S(L("client-reply-promise", "US date 02/05/2027 = February 5, 2027 (not 2 May).",
    promised_date="2027-02-05", reference="DW-1045"),
  TAMARA, DAN, D("2027-01-19 14:22", NY), "RE: Reminder: invoice DW-1045", txt, mid_style="outlook",
  **reply_refs("dan", "DW-1045", "inv", "rem1"))

# 60 -- department contact forwards AP's payment note
w = D("2027-02-08 08:00", NY)
rem = letter("promise_followup", "dan", "DW-1045", "$4,200.00", "24 December 2026", sal="Dear Accounts Team,", promise="5 February 2027")
txt = f"""Hi Dan,

Forwarding this from AP in case it's helpful – looks like it went out Friday. Let me know if you don't see it by midweek and I'll walk over there!

Karen

Karen Hsu
Director of Creative Services, Marketing & Communications
Bellmont State University

From: Tamara Nguyen-Brooks <ap@bellmont.edu>
Sent: Monday, February 8, 2027 9:12 AM
To: Karen Hsu <khsu@bellmont.edu>
Subject: RE: Whitaker Studio payment?

Karen,

Payment for Whitaker Studio LLC invoice DW-1045 was issued 02/05/2027 via ACH, payment #AP00981234, $4,200.00.

Tamara

{ol(rem, w, "Dan Whitaker <dan@whitakerstudio.com>", "ap@bellmont.edu", "Invoice DW-1045: following up", cc="Karen Hsu <khsu@bellmont.edu>", us=True)}
"""
S(L("client-reply-paid", "Department contact forwards AP's 'payment issued 02/05 via ACH' inside her reply.",
    amount="4200.00", currency="USD", reference="DW-1045"),
  KHSU, DAN, D("2027-02-08 09:45", NY), "RE: Invoice DW-1045: following up", txt, mid_style="outlook",
  **reply_refs("dan", "DW-1045", "inv", "pf"))

# 61 -- expenses not pre-approved, fee only (dispute)
w = D("2027-02-16 09:00", NY)
rem = letter("reminder", "dan", "DW-1048", "$1,380.00", "12 February 2027", sal="Dear Accounts Team,")
body = f"""Hello Dan,

Invoice DW-1048 includes $180.00 for mileage and parking. Per Bellmont State travel policy FIN-4.12, travel expenses for contractors must be pre-approved in writing and submitted with itemized receipts, and we have no pre-approval on file for this engagement.

We can process payment for the $1,200.00 photography fee only. Please submit a revised invoice for $1,200.00; if you wish to pursue the expenses, send a separate claim with receipts and written approval from your department contact.

Thank you,

{BSU_SIG}"""
txt = body + "\n\n" + ol(rem, w, "Dan Whitaker <dan@whitakerstudio.com>", "ap@bellmont.edu", "Reminder: invoice DW-1048", us=True)
S(L("client-reply-dispute", "Expenses not pre-approved: will pay only the $1,200 fee on a revised invoice.",
    amount="1200.00", currency="USD", reference="DW-1048"),
  TAMARA, DAN, D("2027-02-18 10:31", NY), "RE: Reminder: invoice DW-1048", txt,
  html=outlook_html(mso(body), ol_html_quote(rem, w, "Dan Whitaker <dan@whitakerstudio.com>", "ap@bellmont.edu", "Reminder: invoice DW-1048", us=True)),
  mid_style="outlook", **reply_refs("dan", "DW-1048", "inv", "rem1"))

# ---- Hudson Valley Growers Cooperative
DEB = ("Deb Kowalczyk", "office@hvgrowers.coop")
EARL = ("Earl Van Tassel", "earlvt@hughes.net")
HV_SIG = "Deb Kowalczyk\nOffice Manager\nHudson Valley Growers Cooperative\n2290 Route 9H, Kinderhook, NY 12106\n(518) 555-0137"

# 62 -- board signs at the meeting on the 14th, paid "the week after" (vague)
w = D("2026-12-07 09:00", NY)
rem = letter("reminder", "dan", "DW-1047", "$2,750.00", "2 December 2026", sal="Dear Accounts Team,")
txt = f"""Hi Dan,

The board signs checks at the monthly meeting and the next one is on the 14th, so you'll get it sometime the week after. Sorry it's such a slow process, we're a bunch of apple farmers not a bank!

{HV_SIG}

{gt(rem, w, DAN, 'gmail_us')}
"""
S(L("client-reply-promise", "Co-op: signed at the meeting on the 14th, 'sometime the week after' = vague; the 14th is the meeting, not a pay date."),
  DEB, DAN, D("2026-12-07 16:40", NY), "Re: Reminder: invoice DW-1047", txt, mid_style="gmail",
  **reply_refs("dan", "DW-1047", "inv", "rem1"))

# 63 -- approved Monday, check cut Wednesday, in the mail
txt = f"""Hi Dan,

Board approved it Monday night and Earl cut the check Wednesday – it's in the mail. Merry Christmas!

{HV_SIG}

{gt(rem, w, DAN, 'gmail_us')}
"""
S(L("client-reply-paid", "Check cut and mailed = paid."),
  DEB, DAN, D("2026-12-18 12:05", NY), "Re: Reminder: invoice DW-1047", txt, mid_style="gmail",
  **reply_refs("dan", "DW-1047", "inv", "rem1"))

# 64 -- drone footage never delivered (dispute), lowercase
w = D("2027-01-25 09:00", NY)
rem = letter("reminder", "dan", "DW-1052", "$3,400.00", "20 January 2027", sal="Dear Accounts Team,")
txt = f"""dan,

got your bill for the orchard video. we were supposed to get the drone footage of the upper orchards too, that was the whole point of hiring you, and all we got was the ground stuff from the packing house. we'll pay when we get everything we paid for.

earl

{gt(rem, w, DAN, 'gmail_us')}
"""
S(L("client-reply-dispute", "Board president, lowercase: part of the work not delivered, won't pay until it is."),
  EARL, DAN, D("2027-01-25 20:10", NY), "Re: Reminder: invoice DW-1052", txt, cc=[DEB],
  **reply_refs("dan", "DW-1052", "inv", "rem1"))

# 91 -- can't pay before the 10th
w = D("2027-02-01 09:00", NY)
rem = letter("reminder", "dan", "DW-1054", "$1,100.00", "29 January 2027", sal="Dear Accounts Team,")
txt = f"""Hi Dan,

We can't pay before the 10th – that's when our line of credit with Farm Credit resets for the year. I'll mail it then.

(The annual meeting photos came out great by the way – the board loved the one of Earl on the tractor.)

{HV_SIG}

{gt(rem, w, DAN, 'gmail_us')}
"""
S(L("client-reply-promise", "'can't pay before the 10th... I'll mail it then' (Tue 2 Feb) -> 2027-02-10. ",
    promised_date="2027-02-10"),
  DEB, DAN, D("2027-02-02 11:33", NY), "Re: Reminder: invoice DW-1054", txt, mid_style="gmail",
  **reply_refs("dan", "DW-1054", "inv", "rem1"))

# ---- Pantrly Inc. (startup, NYC)
JOSH = ("Josh Feld", "josh@pantrly.com")
MEGAN = ("Megan Walsh", "megan@brightledger.co")

# 66 -- 15% off? (dispute)
w = D("2026-12-04 09:00", NY)
rem = letter("reminder", "dan", "DW-1049", "$3,150.00", "30 November 2026", sal="Dear Josh Feld,")
txt = f"""Dan — quick q on DW-1049. Any chance you could do 15% off? We're pre-revenue and Q4 has been brutal. Also, honestly, the shoot ended up being ~half a day shorter than we planned so it feels fair-ish?

Lmk.
J

Sent via Superhuman

{gt(rem, w, DAN, 'gmail_us')}
"""
S(L("client-reply-dispute", "Startup asks for 15% discount (and hints the shoot was shorter): discount request = dispute.",
    reference="DW-1049"),
  JOSH, DAN, D("2026-12-04 23:12", NY), "Re: Reminder: invoice DW-1049", txt, mid_style="gmail",
  **reply_refs("dan", "DW-1049", "inv", "rem1"))

# 67 -- "Tomorrow! Swear 🤞" at 23:48 New York
w = D("2027-01-13 09:00", NY)
rem = letter("promise_followup", "dan", "DW-1049", "$3,150.00", "30 November 2026", sal="Dear Josh Feld,")
txt = f"""Tomorrow! Swear 🤞

Sent via Superhuman iOS

{gt(rem, w, DAN, 'apple_us')}
"""
S(L("client-reply-promise", "Sent 23:48 in New York (already the 14th in UTC): 'Tomorrow' resolves in the sender's zone -> 2027-01-14.",
    promised_date="2027-01-14"),
  JOSH, DAN, D("2027-01-13 23:48", NY), "Re: Invoice DW-1049: following up", txt, mid_style="apple",
  **reply_refs("dan", "DW-1049", "inv", "rem1", "pf"))

# 68 -- outsourced bookkeeper: sent via Bill.com at the agreed discount
txt = f"""Hi Dan,

I handle bookkeeping for Pantrly. Payment for invoice DW-1049 was sent today via Bill.com in the amount of $2,677.50 (reflecting the 15% discount agreed with Josh). It should arrive in 2–3 business days; you'll also get an email from Bill.com with the details.

Could you please send a revised invoice for $2,677.50 for our records?

Best,
Megan

Megan Walsh | Brightledger Bookkeeping
Outsourced accounting for startups

{gt(rem, w, DAN, 'gmail_us')}
"""
S(L("client-reply-paid", "Outsourced bookkeeper: sent via Bill.com today, discounted amount (discount described as agreed) + asks for a revised invoice for records. Paid.",
    amount="2677.50", currency="USD", reference="DW-1049"),
  MEGAN, DAN, D("2027-01-15 14:30", NY), "Re: Invoice DW-1049: following up", txt, cc=[JOSH], mid_style="gmail",
  **reply_refs("dan", "DW-1049", "inv", "rem1", "pf"))

# ---- Northeast Association of Independent Pharmacists (professional association)
SANDRA = ("Sandra Pellegrino", "spellegrino@naip.org")
NAIP_MEM = ("Kayla Brooks", "membership@naip.org")
NAIP_SIG = "Sandra Pellegrino, CAE\nExecutive Director\nNortheast Association of Independent Pharmacists\n100 Pearl Street, 14th Floor, Hartford, CT 06103"

# 70 -- passed to Sandra + can you shoot our gala? (other)
w = D("2026-11-18 15:00", NY)
orig = letter("invoice", "dan", "DW-1051", "$2,200.00", "December 18, 2026", sal="Hi Kayla,",
              note="Attached is invoice DW-1051 for $2,200.00 for the Fall Leadership Summit photography.")
txt = f"""Hi Dan,

Thanks for the invoice – I've passed it along to Sandra, she handles all the payments.

Separately, are you available to shoot our Spring Gala on Saturday, April 17 at the Hartford Marriott Downtown? It would be roughly 5:30–10:30 PM: reception, awards and some dancing. If you're free I'll get Sandra to send over a contract.

Thanks!
Kayla

Kayla Brooks
Membership & Events Coordinator | NAIP

{ol(orig, w, "Dan Whitaker <dan@whitakerstudio.com>", "Kayla Brooks <membership@naip.org>", "Invoice DW-1051 - Fall Leadership Summit", us=True)}
"""
S(L("client-reply-other", "Invoice passed to the ED + new work enquiry; nothing about paying."),
  NAIP_MEM, DAN, D("2026-11-19 10:40", NY), "RE: Invoice DW-1051 - Fall Leadership Summit", txt, mid_style="outlook",
  **reply_refs("dan", "DW-1051", "inv"))

# 69 -- paid with end-of-month disbursements, by January 31
w = D("2027-01-11 09:00", NY)
rem = letter("reminder", "dan", "DW-1051", "$2,200.00", "18 December 2026", sal="Dear Accounts Team,")
txt = f"""Dan,

Apologies for the delay. Our finance committee approved it last night; it will be paid with the end-of-month disbursements, by January 31 at the latest.

Best,
{NAIP_SIG}

{ol(rem, w, "Dan Whitaker <dan@whitakerstudio.com>", "Sandra Pellegrino <spellegrino@naip.org>", "Reminder: invoice DW-1051", us=True)}
"""
S(L("client-reply-promise", "'by January 31 at the latest' -> 2027-01-31.", promised_date="2027-01-31"),
  SANDRA, DAN, D("2027-01-12 09:20", NY), "RE: Reminder: invoice DW-1051", txt, mid_style="outlook",
  **reply_refs("dan", "DW-1051", "inv", "rem1"))

# 85 -- paid Friday by ACH; "we'll also be sending the deposit ... soon" (stays paid)
w = D("2027-02-01 09:00", NY)
rem = letter("promise_followup", "dan", "DW-1051", "$2,200.00", "18 December 2026", sal="Dear Accounts Team,", promise="31 January 2027")
txt = f"""Dan, this was paid Friday by ACH – it may just be sitting over the weekend. We'll also be sending the deposit for the gala shoot soon, once the board has signed the contract.

Best,
{NAIP_SIG}

{ol(rem, w, "Dan Whitaker <dan@whitakerstudio.com>", "Sandra Pellegrino <spellegrino@naip.org>", "Invoice DW-1051: following up", us=True)}
"""
S(L("client-reply-paid", "Clear 'paid Friday by ACH' + undated vague 'will also send the deposit soon' for another job: stays paid."),
  SANDRA, DAN, D("2027-02-01 10:20", NY), "RE: Invoice DW-1051: following up", txt, mid_style="outlook",
  **reply_refs("dan", "DW-1051", "inv", "rem1", "pf"))

# ---- Okonkwo & Adebayo Properties Ltd (Nigeria)
CHINEDU = ("Chinedu Okonkwo", "c.okonkwo@oaproperties.com.ng")
FUNMI = ("Funmilayo Adebayo", "f.adebayo@oaproperties.com.ng")
OA_SIG = "Chinedu Okonkwo\nManaging Director\nOkonkwo & Adebayo Properties Ltd\n14B Admiralty Way, Lekki Phase 1, Lagos"

# 74 -- call tomorrow by 2pm (other)
w = D("2027-01-11 09:00", NY)
rem = letter("reminder", "dan", "DW-1053", "$2,400.00", "8 January 2027", sal="Dear Chinedu Okonkwo,")
txt = f"""Good morning Dan,

Compliments of the new year. Please can we have a call tomorrow by 2pm Lagos time (8am your time) to discuss the invoice? There are a few things I would like to clarify with you.

My number is +234 803 555 0123.

Regards,
{OA_SIG}

{gt(rem, w, DAN, 'gmail_us')}
"""
S(L("client-reply-other", "Asks for a call to 'clarify' the invoice; no claim, no promise."),
  CHINEDU, DAN, D("2027-01-14 09:05", LAGOS), "Re: Reminder: invoice DW-1053", txt, mid_style="gmail",
  **reply_refs("dan", "DW-1053", "inv", "rem1"))

# 72 -- payment will be effected latest by Friday
w = D("2027-01-22 09:00", NY)
rem = letter("promise_followup", "dan", "DW-1053", "$2,400.00", "8 January 2027", sal="Dear Chinedu Okonkwo,")
txt = f"""Good day Sir,

We acknowledge receipt of your reminder. Kindly bear with us, the delay is due to FX scarcity at our bank and the bank is just now releasing dollars to customers. Payment will be effected latest by Friday.

Thanks for your understanding.

Regards,
{OA_SIG}

Sent from Yahoo Mail on Android

{gt(rem, w, DAN, 'gmail_us')}
"""
S(L("client-reply-promise", "Nigerian English: 'payment will be effected latest by Friday' (Mon 25 Jan, Lagos) -> 2027-01-29.",
    promised_date="2027-01-29"),
  CHINEDU, DAN, D("2027-01-25 11:40", LAGOS), "Re: Invoice DW-1053: following up", txt,
  **reply_refs("dan", "DW-1053", "inv", "pf"))

# 71 -- evidence of payment attached (MT103)
txt = f"""Good afternoon Sir,

Kindly find attached the evidence of payment (SWIFT MT103) for the sum of USD 2,400.00 being payment for invoice DW-1053.

Do acknowledge receipt.

Thanks and God bless.

{OA_SIG}

Sent from Yahoo Mail on Android
"""
S(L("client-reply-paid", "Evidence of payment (MT103) attached, amount and invoice stated; no quote.",
    amount="2400.00", currency="USD", reference="DW-1053"),
  CHINEDU, DAN, D("2027-01-29 16:05", LAGOS), "Re: Invoice DW-1053: following up", txt,
  atts=[PDF("MT103_OKONKWO_ADEBAYO_29012027.pdf", "mt103")], **reply_refs("dan", "DW-1053", "inv", "pf"))

# 73 -- agreed price was USD 1,500 (dispute)
w = D("2027-02-15 11:00", NY)
orig = letter("invoice", "dan", "DW-1055", "$1,800.00", "March 17, 2027", sal="Dear Mrs Adebayo,",
              note="Please find attached invoice DW-1055 for $1,800.00 for the Lekki Gardens property shoot (photos and walkthrough video).")
txt = f"""Dear Dan,

Trust you are doing well.

We received your invoice DW-1055 for the Lekki Gardens shoot. Please note that the agreed price during our call of 2nd February was USD 1,500 and not USD 1,800. Kindly revise the invoice and resend so we can process payment.

Best regards,
Mrs. Funmilayo Adebayo
Director, Okonkwo & Adebayo Properties Ltd

{gt(orig, w, DAN, 'gmail_us')}
"""
S(L("client-reply-dispute", "Wrong amount vs agreed price; revise and resend.", amount="1500.00", currency="USD",
    reference="DW-1055"),
  FUNMI, DAN, D("2027-02-17 12:20", LAGOS), "Re: Invoice DW-1055 - Lekki Gardens shoot", txt, cc=[CHINEDU], mid_style="gmail",
  **reply_refs("dan", "DW-1055", "inv"))

# ---------------------------------------------------------------- Jess Nguyen (AUD, Sydney) -------------
BEV = ("Bev Hutchins", "bevhutchins@bigpond.com")
GLENYS = ("Glenys Barton", "office@riverinacitrus.com.au")
RON = ("Ron Pettigrew", "ron.pettigrew@riverinacitrus.com.au")
MARCUS = ("Marcus Tran", "marcus@tidepoollabs.com.au")
RAELENE = ("Raelene Fitzgerald", "creditors@yarrabee.nsw.gov.au")
DARREN = ("Darren Mitchell", "darren.mitchell@yarrabee.nsw.gov.au")
LINH = ("Linh Tran", "finance@ruralvetsnsw.org.au")
YSC_FOOT = """Yarrabee Shire Council acknowledges the Wiradjuri people as the Traditional Custodians of the land on which we work.
This email and any attachments are confidential and may be subject to copyright or legal privilege. If you have received this email in error, please notify the sender and delete it. Council does not accept liability for any virus transmitted."""

# 76 -- new treasurer: please resend the invoice (other)
w = D("2026-11-30 09:00", SYD)
rem = letter("reminder", "jess", "INV-0093", "A$1,320.00", "27 November 2026", sal="Dear Margaret Keane,")
txt = f"""Hi Jess,

I'm the new treasurer at St Columba's (Margaret retired in October, bless her). I'm trying to get on top of the bills and I can't find your invoice anywhere in the files she left me – could you please resend it?

Thanks,
Bev Hutchins
Treasurer, St Columba's Uniting Church, Wagga Wagga

{gt(rem, w, JESS, 'apple')}
"""
S(L("client-reply-other", "New church treasurer asks to resend the invoice."),
  BEV, JESS, D("2026-12-01 10:12", SYD), "Re: Reminder: invoice INV-0093", txt, mid_style="apple",
  **reply_refs("jess", "INV-0093", "inv", "rem1"))

# 75 -- sorted, went through this arvo
txt = f"""G'day Jess, sorted – went through this arvo. Sorry it took so long, it took the bank three weeks to add me as a signatory!
Cheers, Bev

Sent from my iPad

{gt(rem, w, JESS, 'apple')}
"""
S(L("client-reply-paid", "Australian slang: 'sorted – went through this arvo' = paid this afternoon."),
  BEV, JESS, D("2026-12-09 15:48", SYD), "Re: Reminder: invoice INV-0093", txt, mid_style="apple",
  **reply_refs("jess", "INV-0093", "inv", "rem1"))

# 77 -- paid by the 20th
w = D("2026-12-02 09:00", SYD)
rem = letter("reminder", "jess", "INV-0096", "A$4,950.00", "30 November 2026", sal="Dear Accounts Team,")
txt = f"""Hi Jess,

Should be paid by the 20th, that's when we do our creditors.

Regards,
Glenys Barton
Office Manager
Riverina Citrus Growers Co-operative Ltd
Leeton NSW 2705 | (02) 6953 0000

{ol(rem, w, "Jess Nguyen <jess@nguyenwebworks.com.au>", "office@riverinacitrus.com.au", "Reminder: invoice INV-0096")}
"""
S(L("client-reply-promise", "Farm co-op: 'paid by the 20th' on Thu 3 Dec (Sydney) -> 2026-12-20.", promised_date="2026-12-20"),
  GLENYS, JESS, D("2026-12-03 08:45", SYD), "RE: Reminder: invoice INV-0096", txt, mid_style="outlook",
  **reply_refs("jess", "INV-0096", "inv", "rem1"))

# 78 -- freight calculator broken, won't pay the balance (dispute)
w = D("2027-01-22 09:00", SYD)
rem = letter("reminder", "jess", "INV-0099", "A$2,200.00", "20 January 2027", sal="Dear Accounts Team,")
txt = f"""Jess,

Glenys tells me you've sent a bill for the balance on the online store. We paid the deposit back in October, no problem there, but the freight calculator still doesn't work for anything over 20 kilos – we had three orders of 50kg boxes go through at the 5kg rate last week and wore the difference.

We're not paying the balance until it's fixed. Give me a call if you want to go through it.

Ron Pettigrew
Chairman, Riverina Citrus Growers Co-operative
0412 555 019

{ol(rem, w, "Jess Nguyen <jess@nguyenwebworks.com.au>", "office@riverinacitrus.com.au", "Reminder: invoice INV-0099")}
"""
S(L("client-reply-dispute", "Co-op chairman: work defective, withholds the balance until fixed (deposit paid earlier).",
    reference=None),
  RON, JESS, D("2027-01-25 19:30", SYD), "RE: Reminder: invoice INV-0099", txt, cc=[GLENYS], mid_style="outlook",
  **reply_refs("jess", "INV-0099", "inv", "rem1"))

# 80 -- what's your ABN? (other)
w = D("2027-01-06 09:00", SYD)
rem = letter("reminder", "jess", "INV-0098", "A$2,640.00", "4 January 2027", sal="Dear Marcus Tran,")
body = """hey Jess – happy new year!

Xero's asking for your ABN before it'll let me approve the bill and it's not on the invoice PDF (or I'm blind). can you send it through?

cheers
M"""
txt = body + "\n\n" + gt(rem, w, JESS)
S(L("client-reply-other", "Startup needs the ABN to approve the bill; question only."),
  MARCUS, JESS, D("2027-01-07 11:26", SYD), "Re: Reminder: invoice INV-0098", txt,
  html=gmail_html(body, rem, w, JESS), mid_style="gmail", **reply_refs("jess", "INV-0098", "inv", "rem1"))

# 79 -- will be paid Thursday
w = D("2027-01-18 09:00", SYD)
rem = letter("reminder", "jess", "INV-0098", "A$2,640.00", "4 January 2027", sal="Dear Marcus Tran,")
body = """Hey Jess, thanks for the ABN. Will be paid Thursday – our pay run is Thursdays now.
M"""
txt = body + "\n\n" + gt(rem, w, JESS)
S(L("client-reply-promise", "'Will be paid Thursday' on Mon 18 Jan (Sydney) -> 2027-01-21.", promised_date="2027-01-21"),
  MARCUS, JESS, D("2027-01-18 12:10", SYD), "Re: Reminder: invoice INV-0098", txt,
  html=gmail_html(body, rem, w, JESS), mid_style="gmail", **reply_refs("jess", "INV-0098", "inv", "rem2"))

# 86 -- forwards the bank receipt: "here you go 👍"
fwd = """---------- Forwarded message ---------
From: Westpac <noreply@notify.westpac.com.au>
Date: Thu, 21 Jan 2027 at 15:58
Subject: Payment receipt
To: <marcus@tidepoollabs.com.au>


Westpac Business Online

Payment receipt

You've paid $2,640.00 to NGUYEN WEB WORKS PTY LTD

From account:     Tidepool Labs Pty Ltd – Business One Plus
To:               NGUYEN WEB WORKS PTY LTD
BSB:              062-692
Account number:   1047 3381
Reference:        INV-0098
Payment type:     Osko (fast payment)
Receipt number:   W2101265843
Date:             21/01/2027 3:57 PM AEDT

Westpac Banking Corporation ABN 33 007 457 141 AFSL and Australian credit licence 233714."""
body = "here you go 👍\n\n" + fwd
txt = body + "\n\n" + gt(rem, w, JESS)
S(L("client-reply-paid", "'here you go' + forwarded bank payment receipt; amount and reference come from the forwarded receipt.",
    amount="2640.00", currency="AUD", reference="INV-0098"),
  MARCUS, JESS, D("2027-01-21 16:02", SYD), "Re: Reminder: invoice INV-0098", txt,
  html=gmail_html(body, rem, w, JESS), mid_style="gmail", **reply_refs("jess", "INV-0098", "inv", "rem2"))

# 81 -- can't pay until the 28th (January run)
w = D("2027-01-08 09:00", SYD)
rem = letter("reminder", "jess", "INV-0101", "A$7,150.00", "1 January 2027", sal="Dear Accounts Team,")
txt = f"""Hi Jess,

Thanks for your reminder. Unfortunately we can't pay until the 28th as your invoice has to go through the January creditors run – we only do one run a month over the holiday period.

Kind regards,

Raelene Fitzgerald
Creditors Officer | Finance
Yarrabee Shire Council
PO Box 21, Yarrabee NSW 2650 | (02) 6920 1100

{YSC_FOOT}

{ol(rem, w, "Jess Nguyen <jess@nguyenwebworks.com.au>", "creditors@yarrabee.nsw.gov.au", "Reminder: invoice INV-0101")}
"""
S(L("client-reply-promise", "Council: 'can't pay until the 28th' (Mon 11 Jan) -> 2027-01-28.", promised_date="2027-01-28"),
  RAELENE, JESS, D("2027-01-11 11:30", SYD), "RE: Reminder: invoice INV-0101", txt, mid_style="outlook",
  **reply_refs("jess", "INV-0101", "inv", "rem1"))

# 87 -- remittance details in an HTML table (human, HTML only)
tbl = """<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#dbe5f1"><th>Invoice No.</th><th>Invoice Date</th><th>Description</th><th align="right">Amount (AUD)</th></tr>
<tr><td>INV-0101</td><td>02/12/2026</td><td>Website redevelopment – stage 2</td><td align="right">7,150.00</td></tr>
<tr><td colspan="3"><b>Total EFT payment</b></td><td align="right"><b>7,150.00</b></td></tr>
</table>"""
htm = outlook_html(
    mso("Good afternoon Jess,\n\nPlease find below remittance details for the payment made today by EFT.\n") + tbl +
    mso("\nPayment reference: YSC REM 44129\nPayee: Nguyen Web Works Pty Ltd\n\nKind regards,\n\nRaelene Fitzgerald\nCreditors Officer | Finance\nYarrabee Shire Council\n\n" + YSC_FOOT),
    ol_html_quote(rem, w, "Jess Nguyen <jess@nguyenwebworks.com.au>", "creditors@yarrabee.nsw.gov.au", "Reminder: invoice INV-0101"))
S(L("client-reply-paid", "Creditors officer sends remittance details by hand, in an HTML table (no text part).",
    amount="7150.00", currency="AUD", reference="INV-0101"),
  RAELENE, JESS, D("2027-01-28 14:12", SYD), "RE: Reminder: invoice INV-0101", None, html=htm, html_only=True,
  mid_style="outlook", **reply_refs("jess", "INV-0101", "inv", "rem1"))

# 82 -- Airwallex: money in
txt = """Airwallex

You've received AUD 7,150.00

Hi Jess,

A payment has arrived in your Airwallex AUD Global Account.

Amount received:  AUD 7,150.00
Payer name:       YARRABEE SHIRE COUNCIL
Reference:        INV-0101 YSC REM 44129
Account:          AUD Global Account ending 3381
Received on:      29 Jan 2027, 08:59 AEDT

View in your Airwallex account: https://www.airwallex.com/app/wallet

This is an automated message from Airwallex Pty Ltd (ABN 30 168 900 705, AFSL 487221). Please do not reply to this email.
"""
S(L("payment-notification", "Payments platform: incoming AUD 7,150.00 from the council, invoice number in the reference.",
    amount="7150.00", currency="AUD", reference="INV-0101"),
  ("Airwallex", "no-reply@airwallex.com"), JESS, D("2027-01-29 09:03", SYD),
  "You've received AUD 7,150.00 from YARRABEE SHIRE COUNCIL", txt,
  html="<html><body style=\"font-family:Arial,sans-serif\">" + paras(txt) + "</body></html>\n")

# 97 -- hours above the approved variation (dispute)
w = D("2027-02-15 09:00", SYD)
rem = letter("reminder", "jess", "INV-0104", "A$3,960.00", "12 February 2027", sal="Dear Accounts Team,")
txt = f"""Hi Jess,

I've been asked to approve INV-0104 (variation – accessibility fixes). The approved variation (VAR-03) was for a maximum of 24 hours at $110/hr, i.e. $2,640 ex GST. The invoice claims 36 hours.

I can't approve anything above the variation without a new one going to the Director. Please either reissue at 24 hours, or send me the timesheets and a justification for the extra 12 hours and I'll see what I can do.

Regards,
Darren Mitchell
Manager ICT | Yarrabee Shire Council

{YSC_FOOT}

{ol(rem, w, "Jess Nguyen <jess@nguyenwebworks.com.au>", "creditors@yarrabee.nsw.gov.au", "Reminder: invoice INV-0104", cc="Darren Mitchell <darren.mitchell@yarrabee.nsw.gov.au>")}
"""
S(L("client-reply-dispute", "Hours billed exceed the approved variation (36 vs 24): reissue or justify.",
    amount="2640.00", currency="AUD", reference="INV-0104"),
  DARREN, JESS, D("2027-02-16 10:05", SYD), "RE: Reminder: invoice INV-0104", txt, cc=[RAELENE], mid_style="outlook",
  **reply_refs("jess", "INV-0104", "inv", "rem1"))

# 88 -- vets' association: paid today, remittance attached
w = D("2026-12-15 09:00", SYD)
rem = letter("reminder", "jess", "INV-0100", "A$1,650.00", "11 December 2026", sal="Dear Accounts Team,")
txt = f"""Hi Jess,

This has been paid today via EFT. Please find remittance attached.

Kind regards,
Linh Tran
Finance Officer
Rural Veterinarians Association of NSW Inc.
ABN 12 345 678 901

{ol(rem, w, "Jess Nguyen <jess@nguyenwebworks.com.au>", "finance@ruralvetsnsw.org.au", "Reminder: invoice INV-0100")}
"""
S(L("client-reply-paid", "Professional association finance officer: paid today via EFT, remittance PDF."),
  LINH, JESS, D("2026-12-16 10:30", SYD), "RE: Reminder: invoice INV-0100", txt,
  atts=[PDF("Remittance_RVANSW_16122026.pdf", "remittance")], mid_style="outlook",
  **reply_refs("jess", "INV-0100", "inv", "rem1"))


# ============================================================================ output

KEYS = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
        "failed_recipient", "permanent", "note"]


def toml_str(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    for f in glob.glob(os.path.join(OUT, PREFIX + "-*.eml")):
        os.remove(f)
    order = list(range(len(MESSAGES)))
    random.Random(15).shuffle(order)
    toml = ["# round15-en: labels for r15n-*.eml (generated by make.py; every body hand-written)", ""]
    for i, idx in enumerate(order, 1):
        labels, h, root = MESSAGES[idx]
        name = f"{PREFIX}-{i:04d}.eml"
        rh, body = root.render()
        data = ("\n".join(h + rh) + "\n\n").encode("ascii") + body
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(data)
        toml.append(f'[files."{name}"]')
        for k in KEYS:
            if k in labels:
                toml.append(f"{k} = {toml_str(labels[k])}")
        extra = set(labels) - set(KEYS)
        assert not extra, extra
        toml.append("")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(toml))
    check()


def check():
    import tomllib
    from collections import Counter
    from email.utils import parsedate_to_datetime
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    files = sorted(glob.glob(os.path.join(OUT, PREFIX + "-*.eml")))
    assert len(files) == len(labels), (len(files), len(labels))
    lo = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
    hi = dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc)
    for f in files:
        name = os.path.basename(f)
        with open(f, "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for hname in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[hname], (name, hname)
        d = parsedate_to_datetime(str(m["Date"]))
        assert d.tzinfo is not None and lo <= d < hi, (name, d)
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
            elif not part.is_multipart() and part.get_content_type() not in ("message/delivery-status",):
                part.get_payload(decode=True)
        assert not m.defects, (name, m.defects)
        lab = labels[name]
        assert lab["kind"] in ("client-reply-paid", "client-reply-promise", "client-reply-dispute",
                               "client-reply-other", "payment-notification", "auto-reply", "bounce", "other",
                               "invoice"), name
        assert lab["split"] == "dev" and lab["language"] == "en"
        if "permanent" in lab:
            assert lab["kind"] == "bounce"
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", name
        if "return_date" in lab:
            assert lab["kind"] == "auto-reply", name
    c = Counter(v["kind"] for v in labels.values())
    print(f"{len(files)} messages parsed OK")
    for k, n in sorted(c.items(), key=lambda x: -x[1]):
        print(f"  {k:24s} {n}")


if __name__ == "__main__":
    main()
