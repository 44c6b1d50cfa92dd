#!/usr/bin/env python3
"""Generate English client replies for the mailduns reading tests.

    python3 make.py

writes en-0001.eml ... and labels.toml into the directory of this script
(old en-*.eml files there are removed first).  Python 3.11, stdlib only.

Every client text in this file was written by hand, one message at a time,
in the voice of its sender.  Code only does the mail-client plumbing:
headers, the quoted copy of Alessandra's original invoice / reminder in the
style of the sender's mail program (Gmail, Outlook in several locales,
Apple Mail / iPhone, Samsung, Thunderbird, a ticketing system), the MIME
structure (text/plain, text/html, multipart/alternative, attachments,
inline logos) and the transfer encoding (7bit, 8bit, quoted-printable,
base64; utf-8, windows-1252, iso-8859-1, iso-8859-15).

Labelling conventions (also written at the top of labels.toml):
  * promised_date only when the client's own text states a date that can be
    resolved against the Date header, in the sender's own time zone.
  * A weekday ("Thursday", "this Friday", "on Monday", "next Wednesday")
    resolves to the first such weekday strictly after the message date.
    "next <weekday>" said early in a week when that weekday is still ahead
    is ambiguous; those few messages follow the same rule and say so.
  * "end of the month" = last calendar day of that month.
  * "by the 28th" / "before the 15th" / "can't manage it before the 15th"
    = that day of the current month (next month if already past).
  * Numeric dates follow the sender's locale: dd/mm for UK, IE, AU, IN and
    continental Europe (also d.m.), mm/dd for US senders.
  * Vague expressions (soon, next week, early next month, after the
    holidays, end of next week, this weekend, 2nd week of January) leave
    promised_date absent.
  * amount only when the client states an amount paid or promised
    (normalised to "1234.56", no currency).
  * reference only when the client's own text (body, or a subject the client
    composed) names an invoice number; a "Re:" subject or the quoted
    original does not count.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import quopri
import random
import re
import struct
import sys
import zlib
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path

OUT = Path(__file__).resolve().parent
ME_NAME = "Alessandra Rossi"
ME_ADDR = "alessandra@example.it"
ME = f"{ME_NAME} <{ME_ADDR}>"
ROME = timezone(timedelta(hours=1))


def zone(spec: str) -> timezone:
    sign = -1 if spec[0] == "-" else 1
    return timezone(sign * timedelta(hours=int(spec[1:3]), minutes=int(spec[3:5])))


def h(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


# --------------------------------------------------------------------------
# calendar words
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTHS = [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
]
DE_DAYS_AB = ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."]
DE_MONTHS_AB = [
    "Jan.",
    "Feb.",
    "März",
    "Apr.",
    "Mai",
    "Juni",
    "Juli",
    "Aug.",
    "Sept.",
    "Okt.",
    "Nov.",
    "Dez.",
]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
NL_DAYS_AB = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MONTHS_AB = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
SV_MONTHS = [
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
]
NO_DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NO_MONTHS = [
    "januar",
    "februar",
    "mars",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "desember",
]
DA_MONTHS = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
]


def h12(d: datetime, sep: str = " ", lower: bool = False, secs: bool = False) -> str:
    hh = d.hour % 12 or 12
    ap = "AM" if d.hour < 12 else "PM"
    if lower:
        ap = ap.lower()
    s = f":{d.second:02d}" if secs else ""
    return f"{hh}:{d.minute:02d}{s}{sep}{ap}"


def dy(d):  # Mon
    return DAYS[d.weekday()][:3]


def mo(d):  # Dec
    return MONTHS[d.month - 1][:3]


# attribution lines ("On ... wrote:") of the mail programs that quote with ">"
ATTR = {
    "gmail_uk": lambda d: f"On {dy(d)}, {d.day} {mo(d)} {d.year} at {d:%H:%M}, {ME} wrote:",
    "gmail_us": lambda d: f"On {dy(d)}, {mo(d)} {d.day}, {d.year} at {h12(d)} {ME} wrote:",
    "gmail_android_us": lambda d: f"On {dy(d)}, {mo(d)} {d.day}, {d.year}, {h12(d)} {ME} wrote:",
    "gmail_android_uk": lambda d: (
        f"On {dy(d)}, {d.day} {mo(d)} {d.year}, {d:%H:%M} {ME_NAME}, <{ME_ADDR}> wrote:"
    ),
    "gmail_de": lambda d: (
        f"Am {DE_DAYS_AB[d.weekday()]}, {d.day}. {DE_MONTHS_AB[d.month - 1]} {d.year} "
        f"um {d:%H:%M} Uhr schrieb {ME}:"
    ),
    "gmail_nl": lambda d: (
        f"Op {NL_DAYS_AB[d.weekday()]} {d.day} {NL_MONTHS_AB[d.month - 1]} {d.year} "
        f"om {d:%H:%M} schreef {ME}:"
    ),
    "apple_uk": lambda d: f"On {d.day} {mo(d)} {d.year}, at {d:%H:%M}, {ME} wrote:",
    "apple_au": lambda d: f"On {d.day} {mo(d)} {d.year}, at {h12(d, lower=True)}, {ME} wrote:",
    "apple_us": lambda d: f"On {mo(d)} {d.day}, {d.year}, at {h12(d, sep=chr(0x202F))}, {ME} wrote:",
    "tb_en": lambda d: f"On {d:%d/%m/%Y %H:%M}, {ME_NAME} wrote:",
    "tb_fi": lambda d: f"{ME_NAME} kirjoitti {d.day}.{d.month}.{d.year} klo {d.hour}.{d.minute:02d}:",
}


def _hdr(keys, sent, to, subj, first=None, trail=""):
    lines = [first] if first else []
    vals = [ME + trail, sent, to, subj]
    lines += [f"{k}: {v}" for k, v in zip(keys, vals)]
    return lines


EN = ("From", "Sent", "To", "Subject")
# header blocks of the mail programs that do not quote with ">"
BLOCK = {
    "outlook_uk": lambda d, to, s: _hdr(
        EN, f"{d:%d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}", to, s, trail=" "
    ),
    "outlook_us": lambda d, to, s: _hdr(
        EN, f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d)}", to, s, trail=" "
    ),
    "outlook_line": lambda d, to, s: _hdr(
        EN,
        f"{DAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} {h12(d, secs=True)}",
        to,
        s,
        first="_" * 32,
    ),
    "outlook_orig": lambda d, to, s: _hdr(
        EN,
        f"{DAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}",
        to,
        s,
        first="-----Original Message-----",
        trail=" ",
    ),
    "outlook_de_orig": lambda d, to, s: _hdr(
        ("Von", "Gesendet", "An", "Betreff"),
        f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year} {d:%H:%M}",
        to,
        s,
        first="-----Ursprüngliche Nachricht-----",
        trail=" ",
    ),
    "outlook_de": lambda d, to, s: _hdr(
        ("Von", "Gesendet", "An", "Betreff"),
        f"{DE_DAYS[d.weekday()]}, {d.day}. {DE_MONTHS[d.month - 1]} {d.year} {d:%H:%M}",
        to,
        s,
        trail=" ",
    ),
    "outlook_nl": lambda d, to, s: _hdr(
        ("Van", "Verzonden", "Aan", "Onderwerp"),
        f"{NL_DAYS[d.weekday()]} {d.day} {NL_MONTHS[d.month - 1]} {d.year} {d:%H:%M}",
        to,
        s,
        trail=" ",
    ),
    "outlook_sv": lambda d, to, s: _hdr(
        ("Från", "Skickat", "Till", "Ämne"),
        f"den {d.day} {SV_MONTHS[d.month - 1]} {d.year} {d:%H:%M}",
        to,
        s,
        trail=" ",
    ),
    "outlook_no": lambda d, to, s: _hdr(
        ("Fra", "Sendt", "Til", "Emne"),
        f"{NO_DAYS[d.weekday()]} {d.day}. {NO_MONTHS[d.month - 1]} {d.year} {d:%H:%M}",
        to,
        s,
        trail=" ",
    ),
    "outlook_da": lambda d, to, s: _hdr(
        ("Fra", "Sendt", "Til", "Emne"),
        f"{d.day}. {DA_MONTHS[d.month - 1]} {d.year} {d:%H:%M}",
        to,
        s,
        trail=" ",
    ),
    "samsung": lambda d, to, s: [
        "-------- Original message --------",
        f"From: {ME} ",
        f"Date: {d:%d/%m/%Y} {d:%H:%M} (GMT{d:%z}"[:-2] + ":" + f"{d:%z}"[-2:] + ") ",
        f"To: {to} ",
        f"Subject: {s} ",
    ],
}

# mail programs
MAILERS = {
    # name: family, reply prefix, quote style, default format, utf-8 transfer encoding
    "gmail_uk": dict(fam="gmail", pre="Re: ", q="gmail_uk", fmt="alt", cte="quoted-printable"),
    "gmail_us": dict(fam="gmail", pre="Re: ", q="gmail_us", fmt="alt", cte="quoted-printable"),
    "gmail_de": dict(fam="gmail", pre="Re: ", q="gmail_de", fmt="alt", cte="quoted-printable"),
    "gmail_nl": dict(fam="gmail", pre="Re: ", q="gmail_nl", fmt="alt", cte="quoted-printable"),
    "gmail_android_us": dict(fam="gmail", pre="Re: ", q="gmail_android_us", fmt="alt", cte="base64"),
    "gmail_android_uk": dict(fam="gmail", pre="Re: ", q="gmail_android_uk", fmt="alt", cte="base64"),
    "iphone_uk": dict(
        fam="apple", pre="Re: ", q="apple_uk", fmt="plain", cte="quoted-printable", xm="iPhone Mail (22B91)"
    ),
    "iphone_au": dict(
        fam="apple", pre="Re: ", q="apple_au", fmt="alt", cte="quoted-printable", xm="iPhone Mail (22C152)"
    ),
    "iphone_us": dict(
        fam="apple", pre="Re: ", q="apple_us", fmt="plain", cte="quoted-printable", xm="iPhone Mail (22B83)"
    ),
    "applemail_uk": dict(
        fam="apple",
        pre="Re: ",
        q="apple_uk",
        fmt="plain",
        cte="quoted-printable",
        xm="Apple Mail (2.3826.300.87.4.3)",
    ),
    "outlook_uk": dict(
        fam="outlook",
        pre="RE: ",
        q="outlook_uk",
        fmt="alt",
        cte="quoted-printable",
        xm="Microsoft Outlook 16.0",
        lang="en-GB",
    ),
    "outlook_ie": dict(
        fam="outlook",
        pre="RE: ",
        q="outlook_uk",
        fmt="alt",
        cte="quoted-printable",
        xm="Microsoft Outlook 16.0",
        lang="en-IE",
    ),
    "outlook_us": dict(
        fam="outlook",
        pre="RE: ",
        q="outlook_us",
        fmt="alt",
        cte="base64",
        xm="Microsoft Outlook 16.0",
        lang="en-US",
    ),
    "outlook_in": dict(
        fam="outlook",
        pre="RE: ",
        q="outlook_us",
        fmt="alt",
        cte="quoted-printable",
        xm="Microsoft Outlook 16.0",
        lang="en-IN",
    ),
    "owa": dict(fam="outlook", pre="RE: ", q="outlook_line", fmt="alt", cte="base64", lang="en-GB"),
    "outlook_orig": dict(
        fam="outlook",
        pre="RE: ",
        q="outlook_orig",
        fmt="alt",
        cte="quoted-printable",
        xm="Microsoft Outlook 16.0",
        lang="en-GB",
    ),
    "outlook_de_orig": dict(
        fam="outlook",
        pre="AW: ",
        q="outlook_de_orig",
        fmt="alt",
        cte="quoted-printable",
        xm="Microsoft Outlook 16.0",
        lang="de-DE",
    ),
    "outlook_de": dict(
        fam="outlook",
        pre="AW: ",
        q="outlook_de",
        fmt="alt",
        cte="quoted-printable",
        xm="Microsoft Outlook 16.0",
        lang="de-DE",
    ),
    "outlook_nl": dict(
        fam="outlook",
        pre="RE: ",
        q="outlook_nl",
        fmt="alt",
        cte="quoted-printable",
        xm="Microsoft Outlook 16.0",
        lang="nl-NL",
    ),
    "outlook_sv": dict(
        fam="outlook",
        pre="SV: ",
        q="outlook_sv",
        fmt="alt",
        cte="quoted-printable",
        xm="Microsoft Outlook 16.0",
        lang="sv-SE",
    ),
    "outlook_no": dict(
        fam="outlook",
        pre="SV: ",
        q="outlook_no",
        fmt="alt",
        cte="quoted-printable",
        xm="Microsoft Outlook 16.0",
        lang="nb-NO",
    ),
    "outlook_da": dict(
        fam="outlook",
        pre="SV: ",
        q="outlook_da",
        fmt="alt",
        cte="quoted-printable",
        xm="Microsoft Outlook 16.0",
        lang="da-DK",
    ),
    "outlook_ios": dict(fam="outlook", pre="RE: ", q="outlook_line", fmt="alt", cte="base64", lang="en-AU"),
    "outlook_android": dict(
        fam="outlook", pre="Re: ", q="outlook_line", fmt="alt", cte="base64", lang="en-AU"
    ),
    "samsung": dict(fam="samsung", pre="Re: ", q="samsung", fmt="plain", cte="base64"),
    "thunderbird_fi": dict(
        fam="tb",
        pre="Re: ",
        q="tb_fi",
        fmt="plain",
        cte="8bit",
        ua="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2",
    ),
    "ticket": dict(fam="ticket", pre="RE: ", q="outlook_us", fmt="html", cte="quoted-printable"),
}

# --------------------------------------------------------------------------
# people
P: dict[str, dict] = {}


def persona(
    key,
    name,
    addr,
    tz,
    split,
    mailer,
    salute,
    *,
    sig="",
    disclaimer="",
    display=None,
    charsets=("utf-8",),
    downgrade=False,
    table=False,
    color="#1F4E79",
):
    P[key] = dict(
        key=key,
        name=name,
        addr=addr,
        tz=tz,
        split=split,
        mailer=mailer,
        salute=salute,
        sig=sig.strip("\n"),
        disclaimer=disclaimer.strip("\n"),
        display=display or name,
        charsets=charsets,
        downgrade=downgrade,
        table=table,
        color=color,
    )


# --------------------------------------------------------------------------
# Alessandra's originals (her own templates - she really does send the same
# wording every time, only the figures change)
A_SIG = """--
Alessandra Rossi
Brand & UX design · Translation EN/IT/DE
Via dei Serragli 118, 50124 Firenze, Italy
P.IVA IT01234567890 · +39 055 555 0193"""

ORIG = {
    "inv": """{salute}

Please find attached invoice {ref} for {amount}{work}. Payment is due by {due}.

My bank details are on the invoice (IBAN IT60 X054 2811 1010 0000 0123 456). Do let me know if you need anything else from me.

Many thanks and best regards,
Alessandra

"""
    + A_SIG,
    "rem1": """{salute}

I hope all is well. Just a friendly reminder that invoice {ref} for {amount}{work}, due on {due}, seems to be still outstanding.

Could you let me know when I can expect payment? If it has already been sent, please disregard this message - and thank you!

Best regards,
Alessandra

"""
    + A_SIG,
    "rem2": """{salute}

I am following up on invoice {ref} ({amount}), which was due on {due} and which I have not yet received. I would be grateful if you could arrange payment, or let me know if there is any problem with the invoice.

Kind regards,
Alessandra Rossi

"""
    + A_SIG,
}
SUBJ = {
    "inv": "Invoice {ref}",
    "rem1": "Payment reminder \u2013 invoice {ref}",
    "rem2": "Second reminder \u2013 invoice {ref} overdue",
}

TH: dict[str, dict] = {}


def t(key, pkey, kind, ref, amount, due, sent, work=""):
    """One email Alessandra sent (invoice or reminder) that clients reply to."""
    slug = re.sub(r"[^a-z0-9]+", "-", ref.lower())
    sent_dt = datetime.strptime(sent, "%Y-%m-%d %H:%M").replace(tzinfo=ROME, second=int(h(key)[:2], 16) % 60)
    dd = date.fromisoformat(due)
    if kind == "inv":
        mid = f"<invoice-{slug}@example.it>"
        refs = [mid]
    else:
        mid = f"<reminder-{slug}-{sent_dt:%Y%m%d}@example.it>"
        refs = [f"<invoice-{slug}@example.it>", mid]
    TH[key] = dict(
        key=key,
        p=pkey,
        kind=kind,
        ref=ref,
        amount=amount,
        due=dd,
        sent=sent_dt,
        work=(f" ({work})" if work else ""),
        mid=mid,
        refs=refs,
        subject=SUBJ[kind].format(ref=ref),
    )


def orig_text(th: dict) -> str:
    p = P[th["p"]]
    due = f"{th['due'].day} {MONTHS[th['due'].month - 1]} {th['due'].year}"
    return ORIG[th["kind"]].format(
        salute=p["salute"], ref=th["ref"], amount=th["amount"], work=th["work"], due=due
    )


# --------------------------------------------------------------------------
# client messages
MSGS: list[dict] = []


def m(
    p,
    when,
    th,
    kind,
    text,
    *,
    promised=None,
    amount=None,
    ref=None,
    note="",
    sig=True,
    quote=True,
    bottom=False,
    fmt=None,
    attach=None,
    subject=None,
    html_body=None,
    cc=None,
    crlf=False,
    mailer=None,
    logo=False,
    charsets=None,
    to=None,
):
    """One client message.  `text` is exactly what the client typed."""
    MSGS.append(
        dict(
            p=p,
            when=when,
            th=th,
            kind=kind,
            text=text.strip("\n"),
            promised=promised,
            amount=amount,
            ref=ref,
            note=note,
            sig=sig,
            quote=quote,
            bottom=bottom,
            fmt=fmt,
            attach=attach,
            subject=subject,
            html_body=html_body,
            cc=cc,
            crlf=crlf,
            mailer=mailer,
            logo=logo,
            charsets=charsets,
            to=to,
        )
    )


# ==========================================================================
# PERSONAS
# split "firstread": 14 senders; split "dev": 19 other senders.  No sender
# appears in both splits.
# ==========================================================================

# ---- firstread -----------------------------------------------------------
persona(
    "whitfield",
    "James Whitfield",
    "james.whitfield@whitfieldpryce.co.uk",
    "+0000",
    "firstread",
    "outlook_uk",
    "Dear James,",
    table=True,
    color="#2F3B4C",
    sig="""
James Whitfield RIBA
Partner

Whitfield & Pryce Architects LLP
14 Clerkenwell Close, London EC1R 0AA
T +44 20 7946 0321 | M +44 7700 900 418
whitfieldpryce.co.uk
""",
    disclaimer="""
This email and any files transmitted with it are confidential and intended solely for the use of the individual or entity to whom they are addressed. If you have received this email in error please notify the sender and delete it from your system. Whitfield & Pryce Architects LLP is a limited liability partnership registered in England and Wales, number OC412345. Registered office as above.
""",
)

persona(
    "odonnell",
    "Megan O'Donnell",
    "megan@greenlightmedia.ie",
    "+0000",
    "firstread",
    "gmail_uk",
    "Hi Megan,",
    sig="""
Megan O'Donnell
Studio Manager | Green Light Media
Unit 4, The Digital Hub, Thomas Street, Dublin 8
+353 1 555 0142
""",
)

persona(
    "brooks",
    "Tyler Brooks",
    "tyler@brightforge.io",
    "-0600",
    "firstread",
    "iphone_us",
    "Hi Tyler,",
    sig="Sent from my iPhone",
)

persona(
    "hoffmann",
    "Jürgen Hoffmann",
    "j.hoffmann@hoffmann-maschinenbau.de",
    "+0100",
    "firstread",
    "outlook_de_orig",
    "Dear Mr Hoffmann,",
    display="Hoffmann, Jürgen",
    charsets=("windows-1252", "utf-8"),
    sig="""
Mit freundlichen Grüßen / Kind regards

Jürgen Hoffmann
Leiter Einkauf | Head of Purchasing

Hoffmann Maschinenbau GmbH
Industriestraße 12 | 70565 Stuttgart | Germany
Tel. +49 711 555 2840 | Fax +49 711 555 2849
j.hoffmann@hoffmann-maschinenbau.de | www.hoffmann-maschinenbau.de

Sitz der Gesellschaft: Stuttgart | Amtsgericht Stuttgart HRB 712345
Geschäftsführer: Klaus Hoffmann, Dr. Petra Lang
""",
    disclaimer="""
Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht gestattet.

This e-mail may contain confidential and/or privileged information. If you are not the intended recipient (or have received this e-mail in error) please notify the sender immediately and destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in this e-mail is strictly forbidden.
""",
)

persona(
    "nair",
    "Priya Nair",
    "priya.nair@kestrelsoft.in",
    "+0530",
    "firstread",
    "outlook_in",
    "Dear Priya,",
    table=True,
    color="#0B6E4F",
    sig="""
Thanks & Regards,
Priya Nair
Accounts Executive – Finance
Kestrel Software Pvt. Ltd.
No. 42, 3rd Floor, Outer Ring Road, Marathahalli, Bengaluru – 560037
Ph: +91 80 5555 7812 | www.kestrelsoft.in
""",
    disclaimer="""
DISCLAIMER: The information contained in this electronic message and any attachments to this message are intended for the exclusive use of the addressee(s) and may contain proprietary, confidential or privileged information. If you are not the intended recipient, you should not disseminate, distribute or copy this e-mail. Please notify the sender immediately and destroy all copies of this message and any attachments. WARNING: Computer viruses can be transmitted via email. The recipient should check this email and any attachments for the presence of viruses. The company accepts no liability for any damage caused by any virus transmitted by this email.
Please consider the environment before printing this email.
""",
)

persona(
    "eriksson",
    "Lars Eriksson",
    "lars@nordvik.se",
    "+0100",
    "firstread",
    "outlook_sv",
    "Hi Lars,",
    charsets=("iso-8859-15", "utf-8"),
    downgrade=True,
    sig="""
Lars Eriksson
Nordvik Design AB
Hornsgatan 64, 118 21 Stockholm
+46 8 555 012 34
""",
)

persona(
    "harper",
    "Chloe Harper",
    "chloe@saltbushstudio.com.au",
    "+1100",
    "firstread",
    "iphone_au",
    "Hi Chloe,",
    sig="Sent from my iPhone",
)

persona(
    "meridian",
    "Sandra Kaur",
    "accounts.payable@meridianlogistics.co.uk",
    "+0000",
    "firstread",
    "owa",
    "Dear Accounts Payable team,",
    display="Meridian Logistics - Accounts Payable",
    sig="""
Sandra Kaur
Accounts Payable Clerk
Meridian Logistics Ltd
Unit 7, Brackmills Industrial Estate, Northampton NN4 7PB
Tel: 01604 555 210
""",
    disclaimer="""
DISCLAIMER: This e-mail and any attachments are confidential and may be legally privileged. It is intended solely for the addressee. If you are not the intended recipient, you must not use, disclose, copy or distribute it, and you should notify the sender immediately and delete it from your system. Internet communications are not secure and Meridian Logistics Ltd does not accept legal responsibility for the contents of this message. Meridian Logistics Ltd. Registered in England No. 04512345. Registered Office: Unit 7, Brackmills Industrial Estate, Northampton NN4 7PB.

Meridian Logistics will NEVER ask you to change bank details by email. If you receive such a request, please call us on 01604 555 200.
""",
)

persona(
    "kowalski",
    "Dave Kowalski",
    "dave@kowalskiandsons.com",
    "-0600",
    "firstread",
    "gmail_android_us",
    "Hi Dave,",
)

persona(
    "devries",
    "Sanne de Vries",
    "sanne@studioviersprong.nl",
    "+0100",
    "firstread",
    "gmail_nl",
    "Hi Sanne,",
    sig="""
Sanne de Vries
Studio Viersprong
Oudegracht 211 · 3511 NG Utrecht
+31 30 555 1842
""",
)

persona(
    "mcallister",
    "Rob McAllister",
    "rob@thistleandpine.co.uk",
    "+0000",
    "firstread",
    "gmail_uk",
    "Hi Rob,",
    sig="""
Rob McAllister
Thistle & Pine Ltd – Outdoor Furniture
Unit 3, Dalmarnock Works, Glasgow G40 4LA
07700 900 775
""",
)

persona(
    "chen",
    "Emily Chen",
    "emily.chen@harborlinepartners.com",
    "-0500",
    "firstread",
    "outlook_us",
    "Hi Emily,",
    table=True,
    color="#C0392B",
    sig="""
Emily Chen
Director of Marketing
Harborline Partners LLC
250 Park Avenue South, 9th Floor | New York, NY 10003
D: +1 (212) 555-0148 | harborlinepartners.com
""",
    disclaimer="""
CONFIDENTIALITY NOTICE: This email message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply email and destroy all copies of the original message.
""",
)

persona(
    "kumar",
    "Rajesh Kumar",
    "rajesh.k@vyomtech.co.in",
    "+0530",
    "firstread",
    "gmail_uk",
    "Dear Rajesh,",
    sig="""
Rajesh Kumar
Manager – Finance & Accounts
Vyom Technologies Pvt. Ltd.
Baner Road, Pune 411045
+91 98220 55512
""",
)

persona(
    "walsh",
    "Siobhán Walsh",
    "siobhan@walshfoods.ie",
    "+0000",
    "firstread",
    "outlook_ie",
    "Hi Siobhán,",
    charsets=("windows-1252", "utf-8"),
    sig="""
Siobhán Walsh
Office Manager
Walsh Family Foods Ltd.
Kinsale Road, Cork T12 X2F8
+353 21 555 3094
""",
)

# ---- dev -----------------------------------------------------------------
persona(
    "bennett",
    "Oliver Bennett",
    "oliver@bennettcreative.co.uk",
    "+0000",
    "dev",
    "gmail_uk",
    "Hi Ollie,",
    sig="""
Oliver Bennett
Creative Director, Bennett Creative
0161 555 0192 · bennettcreative.co.uk
""",
)

persona(
    "schmidt",
    "Hannah Schmidt",
    "hannah.schmidt@lumenwerk.de",
    "+0100",
    "dev",
    "gmail_de",
    "Hi Hannah,",
    sig="""
Hannah Schmidt
Projektmanagement
Lumenwerk GmbH | Torstraße 140 | 10119 Berlin
""",
)

persona(
    "reid",
    "Marcus Reid",
    "marcus@reidandco.com.au",
    "+1100",
    "dev",
    "outlook_ios",
    "Hi Marcus,",
    sig="Get Outlook for iOS<https://aka.ms/o0ukef>",
)

persona(
    "cascade",
    "Accounts Payable",
    "accountspayable@cascadehealth.com",
    "-0800",
    "dev",
    "ticket",
    "Dear Accounts Payable team,",
    display="Cascade Health Accounts Payable",
)

persona(
    "byrne",
    "Niamh Byrne",
    "niamh@wildatlanticevents.ie",
    "+0000",
    "dev",
    "iphone_uk",
    "Hi Niamh,",
    sig="Sent from my iPhone",
)

persona(
    "sharma",
    "Anil Sharma",
    "anil.sharma@saffronretail.in",
    "+0530",
    "dev",
    "outlook_in",
    "Dear Anil,",
    sig="""
Warm Regards,
Anil Sharma
Sr. Executive – Accounts
Saffron Retail Pvt. Ltd.
Plot 14, Okhla Industrial Area Phase III, New Delhi – 110020
Mob: +91 98110 55523
""",
)

persona(
    "jansen",
    "Pieter Jansen",
    "p.jansen@havenport-consult.nl",
    "+0100",
    "dev",
    "outlook_nl",
    "Hi Pieter,",
    sig="""
Met vriendelijke groet / Kind regards,

Pieter Jansen
Senior Consultant
Havenport Consultancy B.V.
Wilhelminakade 91, 3072 AP Rotterdam
T +31 10 555 4471
""",
)

persona(
    "solberg",
    "Ingrid Solberg",
    "ingrid@fjordlys.no",
    "+0100",
    "dev",
    "outlook_no",
    "Hi Ingrid,",
    sig="""
Med vennlig hilsen / Best regards
Ingrid Solberg
Daglig leder
Fjordlys AS
Tjuvholmen allé 3, 0252 Oslo
""",
)

persona(
    "moore", "Brittany Moore", "brittany@peakwellness.co", "-0700", "dev", "gmail_android_us", "Hi Brittany,"
)

persona(
    "fletcher",
    "Graham Fletcher",
    "g.fletcher@fletcherjoinery.co.uk",
    "+0000",
    "dev",
    "samsung",
    "Dear Graham,",
    sig="Sent from my Galaxy",
)

persona(
    "weber",
    "Katrin Weber",
    "katrin.weber@alpinmedia.de",
    "+0100",
    "dev",
    "outlook_de",
    "Dear Ms Weber,",
    charsets=("windows-1252", "utf-8"),
    sig="""
Mit freundlichen Grüßen / Best regards

Katrin Weber
Buchhaltung / Accounting
Alpin Media GmbH
Leopoldstraße 88 · 80802 München
Tel. +49 89 555 31 20

Alpin Media GmbH · Sitz München · Registergericht München HRB 198765 · Geschäftsführerin: Andrea Huber
""",
)

persona(
    "turner",
    "Sophie Turner",
    "sophie@turnerandfox.co.uk",
    "+0000",
    "dev",
    "applemail_uk",
    "Hi Sophie,",
    charsets=("us-ascii", "iso-8859-1", "windows-1252", "utf-8"),
    sig="""
Sophie Turner
Turner & Fox
Studio 5, Paintworks, Bristol BS4 3EH
0117 555 0163
""",
)

persona(
    "virtanen",
    "Mikko Virtanen",
    "mikko.virtanen@kuusi.fi",
    "+0200",
    "dev",
    "thunderbird_fi",
    "Hi Mikko,",
    sig="""
-- 
Mikko Virtanen
Kuusi Oy
+358 40 555 1287
""",
)

persona(
    "alvarez",
    "Jessica Alvarez",
    "jessica@sunsetreel.com",
    "-0800",
    "dev",
    "gmail_us",
    "Hi Jess,",
    sig="""
Jessica Alvarez
Producer | Sunset Reel Productions
6515 Sunset Blvd, Suite 300, Los Angeles, CA 90028
(323) 555-0176
""",
)

persona(
    "halden",
    "Finance Operations",
    "finance.ops@haldengroup.co.uk",
    "+0000",
    "dev",
    "outlook_orig",
    "Dear Finance team,",
    display="Halden Group Finance Operations",
    sig="""
Finance Operations
Halden Group plc
1 Wellington Place, Leeds LS1 4AP
""",
    disclaimer="""
This message is intended only for the use of the addressee and may contain information that is privileged and confidential. If you are not the intended recipient, you are hereby notified that any dissemination of this communication is strictly prohibited. If you have received this communication in error, please notify us immediately by return email and delete the message and any attachments. Halden Group plc is registered in England and Wales (company number 01987654). Registered office: 1 Wellington Place, Leeds LS1 4AP. Halden Group plc will never notify you of a change to our bank details by email.
""",
)

persona(
    "iyer",
    "Deepa Iyer",
    "deepa@indigoloom.in",
    "+0530",
    "dev",
    "gmail_uk",
    "Hi Deepa,",
    sig="""
Deepa Iyer
Founder & Creative Head
Indigo Loom Textiles
Kala Ghoda, Mumbai 400001
+91 98200 55634
""",
)

persona(
    "murphy",
    "Liam Murphy",
    "liam@coralcoastmarine.com.au",
    "+1000",
    "dev",
    "outlook_android",
    "Hi Liam,",
    sig="Get Outlook for Android<https://aka.ms/AAb9ysg>",
)

persona(
    "fitzgerald",
    "Karen Fitzgerald",
    "kfitzgerald@lakeshorearts.org",
    "-0500",
    "dev",
    "outlook_us",
    "Hi Karen,",
    display="Fitzgerald, Karen",
    sig="""
Karen Fitzgerald
Operations Manager
Lakeshore Arts Alliance
(614) 555-0133 | lakeshorearts.org
""",
)

persona(
    "kristensen",
    "Mette Kristensen",
    "mette@norrebrotekstil.dk",
    "+0100",
    "dev",
    "outlook_da",
    "Hi Mette,",
    sig="""
Venlig hilsen / Kind regards

Mette Kristensen
Bogholder / Accountant
Nørrebro Tekstil ApS
Guldbergsgade 29, 2200 København N
+45 33 55 12 90
""",
)


# ==========================================================================
# MESSAGES - firstread
# ==========================================================================

# ---- James Whitfield, architects, London (Outlook desktop, en-GB) --------
t(
    "wp0",
    "whitfield",
    "inv",
    "INV-2026-037",
    "£1,200.00",
    "2026-12-17",
    "2026-11-17 08:50",
    "Hackney Wick competition boards",
)
t(
    "wp1",
    "whitfield",
    "rem1",
    "12/2026",
    "£850.00",
    "2026-11-27",
    "2026-12-03 09:05",
    "translation of the planning statement",
)
t(
    "wp2",
    "whitfield",
    "inv",
    "INV-2027-003",
    "£1,640.00",
    "2027-01-26",
    "2027-01-12 09:20",
    "Clerkenwell studio wayfinding",
)
t(
    "wp3",
    "whitfield",
    "rem1",
    "INV-2026-058",
    "£2,150.00",
    "2026-12-18",
    "2027-01-07 09:40",
    "Hackney elevations – presentation set",
)
t(
    "wp4",
    "whitfield",
    "rem1",
    "INV-2027-003",
    "£1,640.00",
    "2027-01-26",
    "2027-02-02 09:30",
    "Clerkenwell studio wayfinding",
)

m(
    "whitfield",
    "2026-11-17 10:03",
    "wp0",
    "client-reply-other",
    """
Alessandra – quick one: could you send invoices to accounts@whitfieldpryce.co.uk from now on and just copy me in? I've forwarded this one to them.

Thanks,
James
""",
    cc="Accounts <accounts@whitfieldpryce.co.uk>",
    note="forwarded to accounts, asks for a different invoice address; nothing about payment",
)

m(
    "whitfield",
    "2026-12-03 14:22",
    "wp1",
    "client-reply-paid",
    """
Dear Alessandra,

Apologies – this one slipped through during the office move. I've authorised the payment this afternoon by bank transfer, so it should be with you in a day or two (it's an international payment, so perhaps a little longer).

Kind regards,
James
""",
    note="payment authorised today = paid",
)

m(
    "whitfield",
    "2027-01-07 11:48",
    "wp3",
    "client-reply-promise",
    """
Alessandra,

My apologies. Our bookkeeper only comes in on Tuesdays and Fridays at the moment and December was chaos. She'll process INV-2026-058 this Friday together with the rest of the December supplier invoices.

Regards,
James
""",
    promised="2027-01-08",
    ref="INV-2026-058",
    logo=True,
    fmt="related",
    note="'this Friday' written on Thursday 7 Jan = 8 Jan",
)

m(
    "whitfield",
    "2027-01-12 17:05",
    "wp2",
    "client-reply-other",
    """
Hi Alessandra,

Thanks – received. Quick question: does this include the extra site visit on the 4th, or will that come through separately? No problem either way, I just want to make sure our project budget tracker is right.

Kind regards,
James
""",
    note="question about what the invoice covers; not a dispute, no payment info",
)

m(
    "whitfield",
    "2027-01-19 09:12",
    "wp3",
    "client-reply-dispute",
    """
Dear Alessandra,

We've paid £1,800.00 of INV-2026-058 this morning. I'm holding back the remaining £350.00, which is for the two additional revision rounds on the Hackney elevations. My understanding from our call in October was that the fee included three rounds of revisions, and these were rounds two and three, so I don't think they should be charged as extras.

Happy to discuss – perhaps a quick call later this week?

Kind regards,
James
""",
    amount="1800.00",
    ref="INV-2026-058",
    note="HARD: partial payment + the rest contested -> dispute; amount = the part actually paid",
)

m(
    "whitfield",
    "2027-02-02 16:40",
    "wp4",
    "client-reply-paid",
    """
Hi Alessandra,

That's odd – our records show it went out on 22 January (our payment reference WPA-PAY-0122). Could you check with your bank and let me know if it still hasn't landed? Happy to chase on our side if need be.

Best,
James
""",
    note="says it was paid on 22 Jan and asks her to check: still a paid claim",
)

# ---- Megan O'Donnell, media studio, Dublin (Gmail, en-IE) -----------------
t(
    "gl1",
    "odonnell",
    "rem1",
    "INV-2026-044",
    "€1,220.00",
    "2026-11-15",
    "2026-11-19 10:12",
    "autumn campaign visuals",
)
t(
    "gl2",
    "odonnell",
    "inv",
    "INV-2026-053",
    "€640.00",
    "2026-12-24",
    "2026-12-10 09:00",
    "Christmas social media pack",
)
t(
    "gl3",
    "odonnell",
    "rem1",
    "INV-2026-053",
    "€640.00",
    "2026-12-24",
    "2027-01-13 09:15",
    "Christmas social media pack",
)
t(
    "gl4",
    "odonnell",
    "inv",
    "INV-2027-009",
    "€2,480.00",
    "2027-03-10",
    "2027-02-08 14:30",
    "brand refresh – final artwork and social templates",
)
t("gl5", "odonnell", "inv", "INV-2027-012", "€300.00", "2027-03-12", "2027-02-10 16:05", "extra banner sizes")

m(
    "odonnell",
    "2026-11-19 11:40",
    "gl1",
    "client-reply-paid",
    """
Hi Alessandra,

So sorry about that! I could have sworn I'd done it before I went off on leave. Just sent it now – €1,220 from our AIB account, so it should be with you tomorrow or Monday at the latest.

Thanks a million for the nudge,
Megan
""",
    amount="1220.00",
    note="'just sent it now' = paid; the arrival estimate is not a promise",
)

m(
    "odonnell",
    "2026-12-10 12:55",
    "gl2",
    "client-reply-other",
    """
Grand, thanks Alessandra. Just so you know, our accounts are being looked after by Deirdre now (deirdre@greenlightmedia.ie) – I've forwarded this on to her and copied her in here so you have her address for next time.

Megan
""",
    cc="Deirdre Nolan <deirdre@greenlightmedia.ie>",
    note="forwarded to the colleague doing accounts; no claim, no date",
)

m(
    "odonnell",
    "2027-01-13 09:50",
    "gl3",
    "client-reply-promise",
    """
Ah Alessandra, I'm mortified. Deirdre was out sick over Christmas and it got buried. It's the first thing on my list for tomorrow morning, promise!

M
""",
    promised="2027-01-14",
    note="'tomorrow' written Wed 13 Jan = 14 Jan",
)

m(
    "odonnell",
    "2027-01-14 10:22",
    "gl3",
    "client-reply-paid",
    """
Done! Sorry again 🙈
""",
    sig=False,
    note="one-liner 'Done!' in the reminder thread = paid",
)

m(
    "odonnell",
    "2027-02-09 09:35",
    "gl4",
    "client-reply-dispute",
    """
Hi Alessandra,

Thanks for this. Before I pass it on to Deirdre – the quote we agreed back in December was €2,100 for the full brand refresh, and that included the social templates. This invoice has the social templates as a separate line at €380 on top. Could you have a look? I think there might be a mix-up somewhere.

Thanks,
Megan
""",
    note="polite dispute: invoice does not match the agreed quote",
)

m(
    "odonnell",
    "2027-02-11 11:15",
    "gl5",
    "client-reply-other",
    """
Hi Alessandra, could you send me the invoice as an actual PDF attachment? It came through as a link to a download page and Deirdre won't click links in emails since we had that phishing scare in the autumn. Thanks a mil!
""",
    note="asks for the PDF to be resent as an attachment",
)

# ---- Tyler Brooks, start-up founder, Austin TX (iPhone, terse) -----------
t(
    "bf1",
    "brooks",
    "rem1",
    "INV-2026-047",
    "€3,200.00",
    "2026-11-20",
    "2026-11-24 10:02",
    "onboarding flow redesign",
)
t(
    "bf2",
    "brooks",
    "inv",
    "INV-2026-055",
    "€1,750.00",
    "2026-12-31",
    "2026-12-15 11:00",
    "December sprint – design system",
)
t(
    "bf3",
    "brooks",
    "rem1",
    "INV-2026-055",
    "€1,750.00",
    "2026-12-31",
    "2027-01-12 09:30",
    "December sprint – design system",
)
t("bf4", "brooks", "rem2", "INV-2026-055", "€1,750.00", "2026-12-31", "2027-01-26 09:45")
t(
    "bf5",
    "brooks",
    "inv",
    "INV-2027-011",
    "€900.00",
    "2027-03-18",
    "2027-02-16 10:40",
    "landing page for the spring launch",
)
t(
    "bf6",
    "brooks",
    "inv",
    "INV-2027-029",
    "€1,350.00",
    "2027-03-25",
    "2027-02-23 15:10",
    "onboarding flow – iteration 2, 15 hrs",
)

m(
    "brooks",
    "2026-11-24 07:41",
    "bf1",
    "client-reply-paid",
    """
Done 👍
""",
    note="'Done' replying to a reminder = paid",
)

m(
    "brooks",
    "2026-12-15 21:18",
    "bf2",
    "client-reply-promise",
    """
got it, thx! will pay after the holidays 🎄
""",
    note="'after the holidays' is vague -> no promised_date",
)

m(
    "brooks",
    "2027-01-12 08:05",
    "bf3",
    "client-reply-promise",
    """
ugh sorry, totally on me. wire's going out friday 🙏
""",
    promised="2027-01-15",
    note="'friday' written Tue 12 Jan (sender zone -0600) = 15 Jan",
)

m(
    "brooks",
    "2027-01-29 16:30",
    "bf4",
    "client-reply-paid",
    """
Hi Alessandra,

The wire went out on the 15th like I said – our bank shows it as completed on the 18th. Can you check again on your end? It might be stuck with an intermediary bank. I've attached the confirmation from Mercury.

Thanks,
Tyler
""",
    sig="Tyler Brooks\nFounder, BrightForge\nbrightforge.io",
    mailer="gmail_us",
    attach=("Wire_Confirmation_INV-2026-055.pdf", "wire"),
    note="paid claim with bank confirmation attached; asks her to check",
)

m(
    "brooks",
    "2027-02-17 12:02",
    "bf5",
    "client-reply-other",
    """
hey – quick q, which PO does this go against? finance is asking me and I have no idea lol
""",
    note="PO question only",
)

m(
    "brooks",
    "2027-02-24 09:12",
    "bf6",
    "client-reply-dispute",
    """
Hey Alessandra – this has 15 hrs on it for the onboarding iteration, but we capped that at 10 in the Slack thread on Jan 28 (you said you'd flag it if it was going over and I never saw a flag). Can you redo it at 10 hrs? Happy to pay that version right away.
""",
    sig="Tyler Brooks\nFounder, BrightForge\nbrightforge.io",
    mailer="gmail_us",
    note="hours above the agreed cap -> dispute; 'happy to pay that version' is conditional, no promise",
)

# ---- Jürgen Hoffmann, purchasing, Stuttgart (German Outlook, cp1252) ------
t(
    "hm1",
    "hoffmann",
    "inv",
    "41/2026",
    "€4,880.00",
    "2026-12-11",
    "2026-11-11 16:00",
    "translation of the operating manual HM-400, DE–EN",
)
t(
    "hm5",
    "hoffmann",
    "rem1",
    "38/2026",
    "€2,300.00",
    "2026-11-20",
    "2026-11-25 09:30",
    "technical glossary DE–EN–IT",
)
t(
    "hm2",
    "hoffmann",
    "rem1",
    "41/2026",
    "€4,880.00",
    "2026-12-04",
    "2026-12-08 09:00",
    "translation of the operating manual HM-400, DE–EN",
)
t(
    "hm3",
    "hoffmann",
    "inv",
    "02/2027",
    "€1,220.00",
    "2027-02-18",
    "2027-01-19 14:20",
    "translation of the service manual HM-410",
)
t(
    "hm4",
    "hoffmann",
    "rem1",
    "03/2027",
    "€1,000.00",
    "2027-02-01",
    "2027-02-03 09:10",
    "translation of the service manual HM-410",
)

m(
    "hoffmann",
    "2026-11-12 08:17",
    "hm1",
    "client-reply-other",
    """
Dear Mrs. Rossi,

thank you for your invoice. Unfortunately we can not process invoices without our order number (Bestellnummer). Please send us a corrected invoice with the order number 4500187732 on it.

Also please send invoices in future only to rechnungseingang@hoffmann-maschinenbau.de, this is our central mailbox for incoming invoices. Invoices to personal mailboxes can get lost.
""",
    note="needs the purchase order number on the invoice + central invoice mailbox",
)

m(
    "hoffmann",
    "2026-11-26 07:55",
    "hm5",
    "client-reply-other",
    """
Dear Mrs. Rossi,

I am out of office until 30.11. Your invoice is in the approval workflow with my colleague Mr. Brandt. I have put him in copy, he will inform you about the status.
""",
    cc="Brandt, Thomas <t.brandt@hoffmann-maschinenbau.de>",
    note="written by a human (not an auto-reply): invoice is in approval with a colleague; no claim, no date",
)

m(
    "hoffmann",
    "2026-12-02 11:20",
    "hm5",
    "client-reply-promise",
    """
Dear Mrs. Rossi,

Mr. Brandt has released the invoice 38/2026 today. The payment will be in the next payment run and you will have the money latest in one week.
""",
    promised="2026-12-09",
    ref="38/2026",
    note="'latest in one week' from Wed 2 Dec = deadline 9 Dec",
)

m(
    "hoffmann",
    "2026-12-08 10:31",
    "hm2",
    "client-reply-promise",
    """
Dear Mrs. Rossi,

the corrected invoice with our order number is now approved. Our payment runs are always on Wednesday and Friday. It will be paid in the payment run on Friday, 11.12.2026.

Sorry for the delay.
""",
    promised="2026-12-11",
    note="explicit date 11.12.2026 (German d.m.y)",
)

m(
    "hoffmann",
    "2027-01-20 09:44",
    "hm3",
    "client-reply-dispute",
    """
Dear Mrs. Rossi,

we have checked your invoice 02/2027. In your offer from 3 November there was a fixed price of 1.000,00 EUR for the translation of the service manual. Now you invoice 1.220,00 EUR. I suppose the difference is Italian VAT, but as you know we are a German company with VAT ID DE812345678 and for this service the reverse charge procedure applies, so no Italian VAT may be charged.

Please send us a credit note for invoice 02/2027 and a new invoice without VAT. We can not pay the invoice in this form.
""",
    ref="02/2027",
    note="wrong VAT treatment; asks for credit note and new invoice",
)

m(
    "hoffmann",
    "2027-02-03 15:02",
    "hm4",
    "client-reply-paid",
    """
Dear Mrs. Rossi,

the amount of 1.000,00 EUR for the new invoice was transferred on 29.01.2027 with value date 01.02.2027. Please check again your account. Attached you find our payment advice.
""",
    amount="1000.00",
    attach=("Zahlungsavis_20270129.pdf", "avis"),
    note="paid claim with payment advice; German number format 1.000,00",
)


# ---- Priya Nair, accounts, Bengaluru (Outlook, en-IN, long disclaimer) ----
t(
    "ks1",
    "nair",
    "inv",
    "INV-2026-045",
    "€2,750.00",
    "2026-11-30",
    "2026-11-17 11:30",
    "mobile app UI localisation – phase 1",
)
t(
    "ks2",
    "nair",
    "rem1",
    "INV-2026-045",
    "€2,750.00",
    "2026-11-30",
    "2026-12-02 10:00",
    "mobile app UI localisation – phase 1",
)
t(
    "ks3",
    "nair",
    "inv",
    "INV-2027-006",
    "€1,100.00",
    "2027-02-25",
    "2027-01-26 12:00",
    "UI support – January, 22 hrs",
)
t(
    "ks4",
    "nair",
    "rem1",
    "INV-2027-007",
    "€800.00",
    "2027-02-14",
    "2027-02-16 09:40",
    "UI support – January, revised",
)

m(
    "nair",
    "2026-11-18 11:05",
    "ks1",
    "client-reply-other",
    """
Dear Alessandra,

Greetings from Kestrel Software!

We are in receipt of your invoice. As per our company policy, kindly share the following documents so that we can process the same:

1. Form 10F for FY 2026-27
2. Tax Residency Certificate (TRC) issued by the Italian tax authority
3. No PE declaration on your letterhead

Without the above documents we will be required to deduct TDS at 20% plus applicable surcharge. Kindly do the needful at the earliest.
""",
    note="asks for tax documents before processing; no payment statement",
)

m(
    "nair",
    "2026-12-02 17:45",
    "ks2",
    "client-reply-promise",
    """
Dear Alessandra,

Thank you for the reminder. We have received the documents and the invoice is under process. Payment will be released on 10th December 2026 as per our payment cycle.

Request you to kindly bear with us.
""",
    promised="2026-12-10",
    note="explicit date '10th December 2026'",
)

m(
    "nair",
    "2026-12-11 15:30",
    "ks2",
    "client-reply-paid",
    """
Dear Alessandra,

Please note that the payment of EUR 2,750.00 against invoice no. INV-2026-045 has been released today vide SWIFT ref. KSPL/FX/2026/1184. PFA the SWIFT copy for your reference.

Kindly acknowledge the receipt of payment once credited.
""",
    amount="2750.00",
    ref="INV-2026-045",
    attach=("SWIFT_Copy_KSPL-FX-2026-1184.pdf", "swift"),
    note="released today with SWIFT copy (PFA = please find attached) = paid",
)

m(
    "nair",
    "2027-01-27 12:40",
    "ks3",
    "client-reply-dispute",
    """
Dear Alessandra,

With reference to the above invoice, we observe that the hours billed (22 hrs) are not matching with the timesheet approved by our project manager Mr. Venkatesh, which shows 16 hrs for the month of January.

Request you to kindly revise the invoice as per the approved timesheet and resend the same. For any clarification please revert.
""",
    logo=True,
    fmt="related",
    note="hours billed differ from approved timesheet",
)

m(
    "nair",
    "2027-02-16 16:20",
    "ks4",
    "client-reply-promise",
    """
Dear Alessandra,

The revised invoice INV-2027-007 is approved and will be paid in our next payment cycle i.e. on 25th Feb. Regret the inconvenience caused.
""",
    promised="2027-02-25",
    ref="INV-2027-007",
    note="'25th Feb' -> 2027-02-25",
)

m(
    "nair",
    "2027-02-24 12:10",
    "ks4",
    "client-reply-other",
    """
Dear Alessandra,

We have received an email from the id alessandra.rossi.billing@gmail.com stating that your bank details have changed and that the payment for INV-2027-007 should now be made to a new account in Lithuania.

Before we update our vendor master, kindly confirm whether this request is genuine. As a precaution we have put the payment on hold till we hear from you.
""",
    ref="INV-2027-007",
    note="HARD: bank-details change verification; payment on hold, earlier promise suspended, no new date",
)

# ---- Lars Eriksson, design agency, Stockholm (Swedish Outlook, iso-8859-15)
t(
    "nd1",
    "eriksson",
    "rem1",
    "INV-2026-043",
    "€1,500.00",
    "2026-11-06",
    "2026-11-10 09:20",
    "Nordvik catalogue layout",
)
t(
    "nd2",
    "eriksson",
    "inv",
    "INV-2026-054",
    "€980.00",
    "2026-12-28",
    "2026-12-14 10:00",
    "product sheet translations SV–IT",
)
t(
    "nd3",
    "eriksson",
    "rem1",
    "INV-2026-054",
    "€980.00",
    "2026-12-28",
    "2027-01-05 09:00",
    "product sheet translations SV–IT",
)
t(
    "nd4",
    "eriksson",
    "inv",
    "INV-2027-010",
    "€1,500.00",
    "2027-03-11",
    "2027-02-09 11:00",
    "Q1 package – catalogue and web banners",
)

m(
    "eriksson",
    "2026-11-10 13:02",
    "nd1",
    "client-reply-paid",
    """
Hi,

It is paid today. Sorry for late.

/Lars
""",
    note="non-native 'It is paid today' = paid",
)

m(
    "eriksson",
    "2026-12-14 14:40",
    "nd2",
    "client-reply-promise",
    """
Hi Alessandra

Thanks. We pay on the 23rd, before the Christmas break.

Br
Lars
""",
    promised="2026-12-23",
    note="'on the 23rd' of the current month",
)

m(
    "eriksson",
    "2027-01-05 10:15",
    "nd3",
    "client-reply-paid",
    """
Hi

We paid 23/12 as I wrote. Please check again.

Lars
""",
    note="paid claim (23/12 = 23 December)",
)

m(
    "eriksson",
    "2027-01-06 15:30",
    "nd3",
    "client-reply-promise",
    """
Hi Alessandra,

Sorry, my mistake. The bank rejected the payment because we had a wrong IBAN in our system (one digit). It is corrected now and I send it again tomorrow.

Lars
""",
    promised="2027-01-07",
    note="HARD: withdraws yesterday's paid claim; 'I send it again tomorrow' (Wed 6 Jan) = 7 Jan",
)

m(
    "eriksson",
    "2027-02-10 08:20",
    "nd4",
    "client-reply-dispute",
    """
Hi,

This is not what we agreed. The price for the Q1 package was 1200 EUR, see my mail from 14 January. Please correct and send again.

/Lars
""",
    sig=False,
    fmt="plain",
    note="blunt dispute: wrong price",
)

# ---- Chloe Harper, illustration studio, Sydney (iPhone, +1100) ------------
t(
    "ss1",
    "harper",
    "rem1",
    "INV-2026-046",
    "€1,980.00",
    "2026-11-18",
    "2026-11-20 10:00",
    "illustrated menu series",
)
t(
    "ss2",
    "harper",
    "inv",
    "INV-2026-057",
    "€850.00",
    "2027-01-01",
    "2026-12-18 10:00",
    "Christmas card illustration",
)
t(
    "ss3",
    "harper",
    "rem1",
    "INV-2026-057",
    "€850.00",
    "2027-01-01",
    "2027-01-19 10:00",
    "Christmas card illustration",
)
t(
    "ss4",
    "harper",
    "inv",
    "INV-2027-013",
    "€2,400.00",
    "2027-03-15",
    "2027-02-15 10:00",
    "harbour illustration series, 3 pieces",
)
t(
    "ss5",
    "harper",
    "inv",
    "INV-2027-014",
    "€400.00",
    "2027-03-23",
    "2027-02-23 09:30",
    "harbour illustration series – extra colourway",
)

m(
    "harper",
    "2026-11-23 08:10",
    "ss1",
    "client-reply-promise",
    """
Hey Alessandra! Sorry, total brain fade on my end. I'll sort it tomorrow when I'm back at my desk – I'm on site all day today.

Cheers,
Chloe
""",
    promised="2026-11-24",
    note="'tomorrow' in the sender's zone: Mon 23 Nov +1100 -> 24 Nov (in UTC the mail is still Sunday 22 Nov)",
)

m(
    "harper",
    "2026-11-25 06:45",
    "ss1",
    "client-reply-paid",
    """
All sorted – paid yesterday arvo. Should hit your account in a couple of days, international transfers are painfully slow from down here.

C x
""",
    fmt="plain",
    note="'paid yesterday arvo' (Australian: afternoon) = paid",
)

m(
    "harper",
    "2026-12-21 09:05",
    "ss2",
    "client-reply-promise",
    """
Thanks lovely! Just a heads up the studio's shut from the 22nd till the 11th of Jan, so I'll get it paid as soon as we're back. Have a great Christmas!!

Chloe
""",
    note="'as soon as we're back' (after 11 Jan) is not a date -> no promised_date",
)

m(
    "harper",
    "2027-01-20 09:30",
    "ss3",
    "client-reply-promise",
    """
Argh sorry! Back from leave and drowning in emails. Our bookkeeper does a pay run every second Friday – the next one's the 29th, so it'll go out in that.

Chloe
""",
    promised="2027-01-29",
    note="pay run on 'the 29th' (Friday 29 Jan)",
)

m(
    "harper",
    "2027-02-16 10:15",
    "ss4",
    "client-reply-dispute",
    """
Hi Alessandra,

I've had a look at this and I'm a bit confused – we've only received two of the three illustrations. The third one (the harbour at dusk) hasn't come through yet, so I'm not comfortable paying the full amount until it's delivered.

Happy to pay two-thirds now if that works for you, and the rest when the last one lands?

Chloe
""",
    sig="Chloe Harper\nCreative Director\nSaltbush Studio\nLevel 2, 48 Foveaux St, Surry Hills NSW 2010\nsaltbushstudio.com.au",
    mailer="applemail_uk",
    note="work incomplete; offer to pay part is a proposal, not a promise -> dispute",
)

m(
    "harper",
    "2027-02-24 08:20",
    "ss5",
    "client-reply-other",
    """
Perfect, thanks Alessandra! xx
""",
    note="thanks only",
)

# ---- Meridian Logistics accounts payable, Northampton (OWA) ---------------
t(
    "ml1",
    "meridian",
    "inv",
    "INV-2026-041",
    "£2,600.00",
    "2026-12-03",
    "2026-11-13 15:00",
    "route-planning dashboard – phase 1",
)
t(
    "ml2",
    "meridian",
    "rem1",
    "INV-2026-041",
    "£2,600.00",
    "2026-12-03",
    "2026-12-07 09:00",
    "route-planning dashboard – phase 1",
)
t(
    "ml4",
    "meridian",
    "rem1",
    "INV-2026-059",
    "£1,150.00",
    "2027-01-08",
    "2027-01-14 09:20",
    "route-planning dashboard – phase 2",
)
t("ml5", "meridian", "inv", "INV-2027-008", "£780.00", "2027-02-19", "2027-02-04 10:10", "driver app icons")
t("ml6", "meridian", "rem1", "INV-2027-008", "£780.00", "2027-02-19", "2027-02-24 09:00", "driver app icons")

m(
    "meridian",
    "2026-11-16 14:20",
    "ml1",
    "client-reply-other",
    """
Good afternoon,

Thank you for your invoice. Please be advised that Meridian Logistics only accepts supplier invoices via the Tungsten Network portal. Invoices sent by email will not be processed.

If you are not yet registered, please register at https://www.tungsten-network.com using our buyer code MERID-UK-01. Your supplier ID on our system is 100482. Once registered, please resubmit this invoice via the portal.

Kind regards,
""",
    fmt="html",
    note="submit via supplier portal (Tungsten)",
)

m(
    "meridian",
    "2026-12-07 11:45",
    "ml2",
    "client-reply-promise",
    """
Good morning Alessandra,

Thank you for your email. I can confirm that invoice INV-2026-041 has now been received via Tungsten and has been approved for payment. It is scheduled for our payment run on 17/12/2026.

Kind regards,
""",
    promised="2026-12-17",
    ref="INV-2026-041",
    note="17/12/2026, UK dd/mm",
)

m(
    "meridian",
    "2026-12-18 10:05",
    "ml2",
    "client-reply-paid",
    """
Hi Alessandra,

As promised, this was paid in yesterday's payment run. Remittance advice attached for your records.

Kind regards,
""",
    attach=("Remittance_Advice_100482_20261217.pdf", "remit"),
    note="paid yesterday, remittance attached",
)

m(
    "meridian",
    "2027-01-14 15:30",
    "ml4",
    "client-reply-dispute",
    """
Dear Alessandra,

We have been unable to match this invoice to a purchase order. Our operations team have advised that the work referenced (route-planning dashboard, phase 2) was cancelled by Tom Ashworth on 2 December and should therefore not have been invoiced.

The invoice has been placed on hold and rejected in Tungsten. If you believe this is in error, please liaise directly with Tom (tom.ashworth@meridianlogistics.co.uk).

Kind regards,
""",
    note="invoice rejected: work was cancelled",
)

m(
    "meridian",
    "2027-02-05 09:10",
    "ml5",
    "client-reply-other",
    """
Good morning,

Thank you – this invoice has been received via Tungsten and forwarded to the relevant budget holder for approval. Please allow 5–7 working days for approval.

Kind regards,
""",
    note="forwarded for approval; says nothing about when it will be paid",
)

m(
    "meridian",
    "2027-02-25 10:00",
    "ml6",
    "client-reply-dispute",
    """
Dear Alessandra,

The budget holder has queried the number of days charged on this invoice (3 days at £260.00). The project brief estimated 2 days for the icon set and no change request was raised, so the invoice is on hold pending clarification.

Could you please provide a breakdown of the time spent, or issue a credit note for the difference?

Kind regards,
""",
    note="days charged queried, invoice on hold, credit note requested",
)

# ---- Dave Kowalski, remodeling firm, Chicago (Gmail on Android, blunt) ----
t(
    "kw1",
    "kowalski",
    "rem1",
    "INV-2026-040",
    "$1,400.00",
    "2026-11-02",
    "2026-11-09 09:00",
    "website – deposit",
)
t(
    "kw2",
    "kowalski",
    "inv",
    "INV-2026-050",
    "$2,250.00",
    "2026-12-14",
    "2026-11-30 16:00",
    "website – balance",
)
t(
    "kw3",
    "kowalski",
    "rem1",
    "INV-2026-056",
    "$1,800.00",
    "2026-12-15",
    "2026-12-22 09:00",
    "website – balance, revised",
)
t("kw4", "kowalski", "rem2", "INV-2026-056", "$1,800.00", "2026-12-15", "2027-01-05 09:00")
t(
    "kw6",
    "kowalski",
    "inv",
    "INV-2027-015",
    "$600.00",
    "2027-02-22",
    "2027-02-08 09:00",
    "website – January maintenance",
)

m(
    "kowalski",
    "2026-11-09 06:52",
    "kw1",
    "client-reply-paid",
    """
PAID IT LAST FRIDAY. CHECK YOUR BANK.

DAVE
""",
    note="all caps; paid last Friday (6 Nov)",
)

m(
    "kowalski",
    "2026-12-01 07:30",
    "kw2",
    "client-reply-dispute",
    """
alessandra this is way more then we talked about. you said 1500 for the whole site. im not paying 2250 for a website that still has lorem ipsum on the about page. call me
""",
    note="blunt refusal: over the agreed price and work unfinished",
)

m(
    "kowalski",
    "2026-12-22 14:10",
    "kw3",
    "client-reply-promise",
    """
ok ok. ill have my wife do it when she does payroll on the 30th. shes the one with the bank login
""",
    promised="2026-12-30",
    note="'on the 30th' of December",
)

m(
    "kowalski",
    "2027-01-06 08:15",
    "kw4",
    "client-reply-dispute",
    """
we paid 1000 on the 30th. rest of it when the about page is actually done like i asked 3 times
""",
    amount="1000.00",
    note="HARD: partial payment, rest withheld until the work is finished -> dispute; amount = part paid",
)

m(
    "kowalski",
    "2027-01-25 17:40",
    "kw4",
    "client-reply-paid",
    """
got the fixes thanks. sent the other 800 this morning
""",
    amount="800.00",
    fmt="plain",
    note="remaining 800 sent this morning = paid",
)

m(
    "kowalski",
    "2027-02-08 08:03",
    "kw6",
    "client-reply-other",
    """
whats this one for??
""",
    note="one-line question about the invoice; not a dispute yet",
)


# ---- Sanne de Vries, design studio, Utrecht (Gmail, Dutch locale) ---------
t(
    "sv1",
    "devries",
    "inv",
    "35/2026",
    "€1,210.00",
    "2026-12-04",
    "2026-11-04 15:00",
    "packaging illustrations",
)
t(
    "sv2",
    "devries",
    "rem1",
    "36/2026",
    "€1,210.00",
    "2026-11-20",
    "2026-11-24 09:40",
    "packaging illustrations",
)
t(
    "sv3",
    "devries",
    "inv",
    "44/2026",
    "€2,420.00",
    "2027-01-08",
    "2026-12-16 16:00",
    "icon set for the webshop",
)
t(
    "sv4",
    "devries",
    "rem1",
    "44/2026",
    "€2,420.00",
    "2027-01-08",
    "2027-01-12 09:10",
    "icon set for the webshop",
)
t("sv5", "devries", "inv", "05/2027", "€605.00", "2027-02-17", "2027-02-03 11:30", "social media templates")
t("sv6", "devries", "rem1", "05/2027", "€605.00", "2027-02-17", "2027-02-25 09:00", "social media templates")

m(
    "devries",
    "2026-11-05 09:12",
    "sv1",
    "client-reply-other",
    """
Hi Alessandra,

Thanks for the invoice. Small thing: our address is changed since October, it is now Oudegracht 211, 3511 NG Utrecht. Can you make a new invoice with the new address? Our accountant is very strict about this. For the rest everything is fine.

Groetjes,
Sanne
""",
    note="asks for a re-issued invoice with the new address; not contesting the amount",
)

m(
    "devries",
    "2026-11-24 11:02",
    "sv2",
    "client-reply-promise",
    """
Hi Alessandra,

I see it is not paid yet, sorry! I will pay it on Thursday, then we have our weekly payment moment.

Groetjes, Sanne
""",
    promised="2026-11-26",
    note="'on Thursday' written Tue 24 Nov = 26 Nov",
)

m(
    "devries",
    "2026-12-17 10:30",
    "sv3",
    "client-reply-dispute",
    """
Hi Alessandra,

I have to be honest, we are not happy with the last delivery. The icons are not in the style we agreed in the briefing (line icons, not filled) and two of them are missing. For me this invoice is not okay before this is fixed.

Can we have a call this week?

Sanne
""",
    note="work not as agreed / incomplete",
)

m(
    "devries",
    "2027-01-12 16:05",
    "sv4",
    "client-reply-paid",
    """
Hi Alessandra,

Thanks for fixing the icons, they look really good now. I paid the invoice just now, 2.420 euro. Sorry that it took a while.

Groetjes
Sanne
""",
    amount="2420.00",
    note="paid just now; Dutch thousands separator 2.420",
)

m(
    "devries",
    "2027-02-04 08:45",
    "sv5",
    "client-reply-promise",
    """
Hi Alessandra, we pay this end of next week. Groetjes Sanne
""",
    sig=False,
    note="'end of next week' names no single day -> no promised_date",
)

m(
    "devries",
    "2027-02-25 13:10",
    "sv6",
    "client-reply-other",
    """
Hi Alessandra,

Hm, I really thought we paid this already. I will ask our bookkeeper and come back to you.

Sanne
""",
    note="HARD: only thinks it was paid and is checking; neither a paid claim nor a promise -> other",
)

# ---- Rob McAllister, furniture maker, Glasgow (Gmail) ---------------------
t(
    "tp1",
    "mcallister",
    "rem1",
    "INV-2026-039",
    "£850.00",
    "2026-11-06",
    "2026-11-12 10:30",
    "garden bench catalogue – photo retouching",
)
t(
    "tp2",
    "mcallister",
    "inv",
    "INV-2026-051",
    "£1,320.00",
    "2026-12-17",
    "2026-12-03 14:00",
    "spring catalogue layout",
)
t(
    "tp3",
    "mcallister",
    "rem1",
    "INV-2026-051",
    "£1,320.00",
    "2026-12-17",
    "2026-12-21 09:00",
    "spring catalogue layout",
)
t(
    "tp5",
    "mcallister",
    "inv",
    "INV-2027-030",
    "£660.00",
    "2027-02-02",
    "2027-01-19 11:00",
    "spring catalogue layout – second instalment",
)
t(
    "tp4",
    "mcallister",
    "inv",
    "INV-2027-017",
    "£450.00",
    "2027-03-01",
    "2027-02-15 10:20",
    "trade show banners",
)

m(
    "mcallister",
    "2026-11-13 09:20",
    "tp1",
    "client-reply-paid",
    """
Hiya Alessandra,

Paid this morning – apologies for the delay, it's been a mad few weeks with the trade show.

Cheers,
Rob
""",
    note="paid this morning",
)

m(
    "mcallister",
    "2026-12-04 12:15",
    "tp2",
    "client-reply-promise",
    """
Cheers Alessandra. I'll get that paid by the 18th if that's alright – waiting on one of our stockists paying us first (the irony!).

Rob
""",
    promised="2026-12-18",
    note="'by the 18th' of December",
)

m(
    "mcallister",
    "2026-12-21 13:40",
    "tp3",
    "client-reply-promise",
    """
Alessandra, really sorry – the stockist still hasn't coughed up. Would it be OK if I paid you half now and the other half on the 8th of January? I've sent £660 today so you're not left completely out of pocket over Christmas.

Rob
""",
    promised="2027-01-08",
    amount="660.00",
    note="HARD: half paid today, other half promised for 8 Jan -> promise; 660 is both the part paid and the part promised",
)

m(
    "mcallister",
    "2027-01-08 10:05",
    "tp3",
    "client-reply-paid",
    """
That's the rest of INV-2026-051 sent – £660. Thanks for your patience, and happy new year!

Rob
""",
    ref="INV-2026-051",
    amount="660.00",
    note="remaining half sent = paid",
)

m(
    "mcallister",
    "2027-01-20 11:30",
    "tp5",
    "client-reply-dispute",
    """
Hi Alessandra,

I think this one might be a duplicate? It's the same amount and description as the second half of INV-2026-051, which I paid on the 8th. Can you check and cancel it if so?

Cheers,
Rob
""",
    note="HARD: 'already billed' dispute; the number in the text is the earlier, paid invoice, not this one -> no reference",
)

m(
    "mcallister",
    "2027-02-15 15:30",
    "tp4",
    "client-reply-other",
    """
Hi Alessandra,

Our accountant has asked whether you're VAT registered – there's no VAT number on the invoice. Do you have one, or is it not applicable as you're in Italy?

Rob
""",
    note="VAT number question",
)

# ---- Emily Chen, marketing director, New York (Outlook, HTML signature) ---
t(
    "hp1",
    "chen",
    "inv",
    "INV-2026-048",
    "€3,600.00",
    "2026-12-04",
    "2026-11-19 15:30",
    "Q4 campaign landing pages",
)
t(
    "hp2",
    "chen",
    "rem1",
    "INV-2026-048",
    "€3,600.00",
    "2026-12-04",
    "2026-12-09 09:00",
    "Q4 campaign landing pages",
)
t("hp3", "chen", "rem2", "INV-2026-048", "€3,600.00", "2026-12-04", "2027-01-05 09:30")
t(
    "hp4",
    "chen",
    "inv",
    "INV-2027-016",
    "€1,800.00",
    "2027-03-13",
    "2027-02-11 16:00",
    "style guide – January",
)
t(
    "hp5",
    "chen",
    "inv",
    "INV-2027-019",
    "€2,150.00",
    "2027-03-26",
    "2027-02-25 15:00",
    "spring campaign – key visuals",
)

m(
    "chen",
    "2026-11-20 09:14",
    "hp1",
    "client-reply-other",
    """
Hi Alessandra,

Thanks for sending this over. I've forwarded it to our accounts payable team (ap@harborlinepartners.com) – they'll be in touch if they need anything else from you. For future invoices, please send them directly to AP and cc me.

Best,
Emily
""",
    cc="Harborline AP <ap@harborlinepartners.com>",
    note="forwarded to accounts payable",
)

m(
    "chen",
    "2026-12-09 10:20",
    "hp2",
    "client-reply-promise",
    """
Hi Alessandra,

Apologies for the delay on this. I checked with AP and it's been approved – they run international wires on the first and third Thursday of the month, so it will go out on Thursday, December 17.

Best,
Emily
""",
    promised="2026-12-17",
    note="explicit 'Thursday, December 17'",
)

m(
    "chen",
    "2027-01-05 11:02",
    "hp3",
    "client-reply-other",
    """
Hi Alessandra,

I'm so sorry – I just found out that AP didn't release the wire on the 17th because we don't have a W-8BEN form on file for you. Could you fill out the attached and send it back to me? As soon as we have it they can release the payment.

Best,
Emily
""",
    attach=("fw8ben.pdf", "w8"),
    note="HARD: admits it was not paid; asks for a tax form first, no new date -> other",
)

m(
    "chen",
    "2027-01-21 13:45",
    "hp3",
    "client-reply-paid",
    """
Hi Alessandra,

Good news – the wire for €3,600.00 was released this morning. AP confirmed the reference is HLP-WIRE-20270121-07. Please let me know once it lands.

Best,
Emily
""",
    amount="3600.00",
    logo=True,
    fmt="related",
    note="wire released this morning = paid",
)

m(
    "chen",
    "2027-02-12 10:30",
    "hp4",
    "client-reply-dispute",
    """
Hi Alessandra,

I think there may be a mistake here – we were already invoiced for the January style guide work on INV-2027-004, which we paid last week. This one looks like it covers the same items.

Could you take a look and send a credit note if it's a duplicate?

Thanks,
Emily
""",
    note="HARD: double billing; 'paid last week' refers to the other invoice; the number named is that other invoice -> no reference",
)

m(
    "chen",
    "2027-02-26 08:55",
    "hp5",
    "client-reply-other",
    """
Received, thank you Alessandra! Have a great weekend.

Emily
""",
    sig=False,
    note="thanks only",
)

# ---- Rajesh Kumar, finance manager, Pune (Gmail) --------------------------
t("vt1", "kumar", "rem1", "39/2026", "€1,450.00", "2026-11-25", "2026-11-27 09:30", "dashboard UX audit")
t(
    "vt2",
    "kumar",
    "inv",
    "01/2027",
    "€2,860.00",
    "2027-02-06",
    "2027-01-07 10:00",
    "dashboard redesign – 52 hrs at €55",
)
t(
    "vt3",
    "kumar",
    "rem1",
    "04/2027",
    "€2,340.00",
    "2027-01-29",
    "2027-02-01 09:15",
    "dashboard redesign – revised, 52 hrs at €45",
)
t("vt4", "kumar", "rem2", "04/2027", "€2,340.00", "2027-01-29", "2027-02-22 09:00")

m(
    "kumar",
    "2026-11-27 18:40",
    "vt1",
    "client-reply-promise",
    """
Hi Alessandra,

Sorry for the delay. Actually our MD was travelling so approvals got stuck. Payment will be done by Monday positively.

Regards,
Rajesh
""",
    promised="2026-11-30",
    note="'by Monday' written Fri 27 Nov = 30 Nov ('positively' = definitely)",
)

m(
    "kumar",
    "2026-12-01 16:00",
    "vt1",
    "client-reply-paid",
    """
Hi Alessandra,

Payment done today. PFA the transaction receipt. It may take 2-3 working days to reflect in your account.

Regards,
Rajesh
""",
    attach=("Txn_Receipt_01122026.pdf", "receipt"),
    note="payment done today, receipt attached",
)

m(
    "kumar",
    "2027-01-08 12:30",
    "vt2",
    "client-reply-dispute",
    """
Hi Alessandra,

We have gone through the invoice. As discussed earlier with Sunil, the rate for this project was fixed at €45 per hour and not €55 per hour. Kindly revise the invoice accordingly and send us the updated one so that we can process it.

Thanks and regards,
Rajesh
""",
    note="wrong hourly rate",
)

m(
    "kumar",
    "2027-02-01 17:20",
    "vt3",
    "client-reply-promise",
    """
Hi Alessandra,

The revised invoice is approved from our side. We are waiting for funds from our client, we will pay you early next month once we receive the same.

Regards,
Rajesh
""",
    note="'early next month' is vague -> no promised_date",
)

m(
    "kumar",
    "2027-02-22 15:50",
    "vt4",
    "client-reply-promise",
    """
Hi Alessandra,

We haven't paid yet, apologies for the same. Will surely pay by 26th Feb.

Rajesh
""",
    promised="2027-02-26",
    note="HARD: 'we haven't paid yet' + 'will surely pay by 26th Feb' -> promise",
)

# ---- Siobhán Walsh, food producer, Cork (Outlook, windows-1252) -----------
t(
    "wf1",
    "walsh",
    "rem1",
    "INV-2026-038",
    "€640.00",
    "2026-11-06",
    "2026-11-11 09:45",
    "label artwork – relish range",
)
t(
    "wf2",
    "walsh",
    "inv",
    "INV-2026-052",
    "€1,380.00",
    "2026-12-16",
    "2026-12-02 11:00",
    "Christmas hamper packaging",
)
t(
    "wf3",
    "walsh",
    "rem1",
    "INV-2026-052",
    "€1,380.00",
    "2026-12-16",
    "2027-01-11 09:30",
    "Christmas hamper packaging",
)
t(
    "wf4",
    "walsh",
    "inv",
    "INV-2027-005",
    "€2,700.00",
    "2027-03-01",
    "2027-02-01 10:00",
    "label redesign – three product lines",
)
t("wf5", "walsh", "rem1", "INV-2027-002", "€350.00", "2027-02-12", "2027-02-18 09:15", "shelf wobblers")

m(
    "walsh",
    "2026-11-11 14:30",
    "wf1",
    "client-reply-paid",
    """
Hi Alessandra,

That went out from us on Monday – €640.00 to your Intesa account. Let me know if it hasn't shown up by Friday and I'll chase the bank.

Best wishes,
Siobhán
""",
    amount="640.00",
    note="paid on Monday (9 Nov)",
)

m(
    "walsh",
    "2026-12-03 09:50",
    "wf2",
    "client-reply-promise",
    """
Thanks Alessandra. We're closed for stocktake on the 7th and 8th but I'll have it paid by the fifteenth at the latest.

Siobhán
""",
    promised="2026-12-15",
    note="number in words: 'by the fifteenth' = 15 Dec",
)

m(
    "walsh",
    "2027-01-11 12:40",
    "wf3",
    "client-reply-paid",
    """
Alessandra, I'm very sorry – I'd it down as paid but it looks like it was never released from our online banking. It's released now, you should see it in a day or two.

Siobhán
""",
    note="typo ('I'd it down'); 'released now' = paid",
)

m(
    "walsh",
    "2027-02-02 11:25",
    "wf4",
    "client-reply-dispute",
    """
Hi Alessandra,

Thanks for the invoice. I hate to query it, but we'd agreed a 10% discount on the label redesign since we were bringing you all three product lines together – I don't see it reflected here. Would you be able to amend it?

Many thanks,
Siobhán
""",
    crlf=True,
    note="agreed discount missing",
)

m(
    "walsh",
    "2027-02-18 16:10",
    "wf5",
    "client-reply-other",
    """
Hi Alessandra,

Who should I send the signed purchase order to – you, or is there someone else handling your admin? Our new system won't let me release any payment without a PO matched to the invoice.

Siobhán
""",
    fmt="plain",
    note="who to contact / PO admin; no paid claim, no date",
)


# ==========================================================================
# MESSAGES - dev
# ==========================================================================

# ---- Oliver Bennett, creative agency, Manchester (Gmail) ------------------
t(
    "bc1",
    "bennett",
    "rem1",
    "INV-2026-036",
    "£1,100.00",
    "2026-10-30",
    "2026-11-05 09:20",
    "agency website refresh",
)
t(
    "bc2",
    "bennett",
    "inv",
    "45/2026",
    "£1,480.00",
    "2026-12-31",
    "2026-12-01 10:00",
    "pitch deck for Hartley Ales",
)
t(
    "bc3",
    "bennett",
    "rem1",
    "45/2026",
    "£1,480.00",
    "2026-12-31",
    "2027-01-07 09:00",
    "pitch deck for Hartley Ales",
)
t(
    "bc4",
    "bennett",
    "inv",
    "07/2027",
    "£320.00",
    "2027-02-22",
    "2027-02-08 10:30",
    "social assets for Hartley Ales",
)
t(
    "bc5",
    "bennett",
    "rem1",
    "08/2027",
    "£960.00",
    "2027-02-19",
    "2027-02-23 09:00",
    "banner resize set – 1 day",
)

m(
    "bennett",
    "2026-11-06 08:30",
    "bc1",
    "client-reply-paid",
    """
Hi Alessandra, yes sorry – payment went out yesterday. Ollie
""",
    sig=False,
    note="payment went out yesterday",
)

m(
    "bennett",
    "2026-12-02 10:10",
    "bc2",
    "client-reply-promise",
    """
Lovely, thanks. We'll pay this at the end of the month with the rest of the freelancers.

O.
""",
    promised="2026-12-31",
    note="'end of the month' = 31 Dec",
)

m(
    "bennett",
    "2027-01-07 12:35",
    "bc3",
    "client-reply-promise",
    """
Hi Alessandra,

Sorry, I know I said end of December. Cash flow has been tight over Christmas. I can do it next Wednesday if that's OK?

Ollie
""",
    promised="2027-01-13",
    note="'next Wednesday' written Thu 7 Jan = 13 Jan (unambiguous: the next Wednesday falls in the following week)",
)

m(
    "bennett",
    "2027-01-13 16:50",
    "bc3",
    "client-reply-paid",
    """
Done – £1,480 sent just now. Thanks for bearing with me.

Ollie
""",
    amount="1480.00",
    note="sent just now = paid",
)

m(
    "bennett",
    "2027-02-09 09:30",
    "bc4",
    "client-reply-other",
    """
Hi Alessandra,

Could you resend this as a PDF? It's come through as a .pages file and nobody here has a Mac.

Cheers,
Ollie
""",
    note="resend as PDF",
)

m(
    "bennett",
    "2027-02-23 11:15",
    "bc5",
    "client-reply-dispute",
    """
Alessandra,

I'll be honest, I'm not paying for a full day on this. The banner resizes were maybe an hour or two's work, and we never agreed a day rate for small jobs like that. Can you re-do the invoice with the hours you actually spent?

Ollie
""",
    note="contests the time charged",
)

# ---- Hannah Schmidt, agency project manager, Berlin (Gmail, German locale)
t(
    "lw1",
    "schmidt",
    "inv",
    "37/2026",
    "€2,100.00",
    "2026-11-17",
    "2026-11-03 10:00",
    "Lumenwerk brand sprint workshop",
)
t(
    "lw1r",
    "schmidt",
    "rem1",
    "37/2026",
    "€2,100.00",
    "2026-11-17",
    "2026-11-19 09:00",
    "Lumenwerk brand sprint workshop",
)
t(
    "lw2",
    "schmidt",
    "inv",
    "46/2026",
    "€1,230.00",
    "2026-12-29",
    "2026-12-15 10:00",
    "workshop facilitation Berlin, incl. travel",
)
t(
    "lw3",
    "schmidt",
    "rem1",
    "52/2026",
    "€890.00",
    "2026-12-29",
    "2027-01-19 09:30",
    "workshop facilitation Berlin",
)
t(
    "lw4",
    "schmidt",
    "inv",
    "09/2027",
    "€2,160.00",
    "2027-03-11",
    "2027-02-09 10:00",
    "workshop preparation – 18 hrs",
)
t(
    "lw5",
    "schmidt",
    "rem1",
    "10/2027",
    "€1,440.00",
    "2027-02-18",
    "2027-02-25 09:00",
    "workshop preparation – 12 hrs",
)

m(
    "schmidt",
    "2026-11-04 09:40",
    "lw1",
    "client-reply-promise",
    """
Hello Alessandra,

thank you for the invoice. I have passed it to our accounting. We pay always on the 15th of the month, so you will get the money on 15 November.

Best regards
Hannah
""",
    promised="2026-11-15",
    note="'on 15 November' - a Sunday, but the stated date is labelled as stated",
)

m(
    "schmidt",
    "2026-11-19 10:05",
    "lw1r",
    "client-reply-paid",
    """
Hello Alessandra,

sorry, the 15th was a Sunday so our accounting made the transfer on Monday 16th. Please check again, the money should be there.
""",
    note="transfer made on the 16th = paid",
)

m(
    "schmidt",
    "2026-12-16 11:20",
    "lw2",
    "client-reply-dispute",
    """
Hello Alessandra,

thank you. I see you have charged the travel costs to Berlin (train and hotel, 340 EUR). In our contract the travel is included in the day rate, so I think this is a mistake. Can you please send a new invoice without the travel costs?

Best regards
Hannah
""",
    note="travel costs not agreed",
)

m(
    "schmidt",
    "2027-01-19 11:20",
    "lw3",
    "client-reply-promise",
    """
Hello Alessandra,

I am very sorry, the corrected invoice was lying on my desk over the holidays. The payment is now in the system and will be executed on Thursday this week.
""",
    promised="2027-01-21",
    note="'Thursday this week' written Tue 19 Jan = 21 Jan",
)

m(
    "schmidt",
    "2027-02-10 09:05",
    "lw4",
    "client-reply-dispute",
    """
Hello Alessandra,

I think there is a mistake. You have invoiced 18 hours for the workshop preparation but in our agreement it was maximum 12 hours. Can you please correct this? Thank you.

Best regards
Hannah
""",
    note="hours above the agreed maximum",
)

m(
    "schmidt",
    "2027-02-25 14:00",
    "lw5",
    "client-reply-paid",
    """
Hello Alessandra,

the corrected invoice was paid on 19.02. with 1.440,00 EUR. We paid last week, can you confirm that it arrived? Our bank showed a warning because the name of the receiver did not match exactly.
""",
    amount="1440.00",
    note="paid claim with a question ('can you confirm it arrived?') stays paid",
)

# ---- Marcus Reid, property developer, Melbourne (Outlook for iOS, blunt) --
t(
    "rc1",
    "reid",
    "rem1",
    "INV-2026-042",
    "€1,600.00",
    "2026-10-30",
    "2026-11-16 10:00",
    "property brochure template",
)
t(
    "rc2",
    "reid",
    "inv",
    "INV-2026-049",
    "€2,750.00",
    "2026-12-21",
    "2026-12-07 10:00",
    "Reid & Co website – 10 pages",
)
t(
    "rc3",
    "reid",
    "rem1",
    "INV-2026-049",
    "€2,750.00",
    "2026-12-21",
    "2027-01-11 10:00",
    "Reid & Co website – 10 pages",
)
t("rc4", "reid", "rem2", "INV-2026-049", "€2,750.00", "2026-12-21", "2027-01-21 10:00")
t("rc5", "reid", "inv", "11/2027", "€1,900.00", "2027-02-22", "2027-02-15 10:00", "investor pack layout")
t("rc6", "reid", "rem1", "11/2027", "€1,900.00", "2027-02-22", "2027-02-25 10:00", "investor pack layout")

m(
    "reid",
    "2026-11-17 07:55",
    "rc1",
    "client-reply-paid",
    """
Alessandra – this was settled on the 3rd. Check your records before sending reminders please.

Marcus
""",
    note="'settled on the 3rd' = paid",
)

m(
    "reid",
    "2026-12-08 09:30",
    "rc2",
    "client-reply-dispute",
    """
Not paying this yet. The brief was a 10 page site and we've got 7 pages and a contact form that doesn't work. Fix it and we'll talk.

Marcus
""",
    note="blunt refusal: work incomplete",
)

m(
    "reid",
    "2027-01-12 08:40",
    "rc3",
    "client-reply-promise",
    """
Pages are done and the form works now, cheers. You'll get paid next Thursday.

M
""",
    promised="2027-01-14",
    note="AMBIGUOUS: 'next Thursday' written Tue 12 Jan; corpus rule = first Thursday after the message date (14 Jan); many UK/AU readers would mean 21 Jan",
)

m(
    "reid",
    "2027-01-22 08:12",
    "rc4",
    "client-reply-paid",
    """
Money's gone out. €2,750.

Marcus
""",
    amount="2750.00",
    note="money's gone out = paid",
)

m(
    "reid",
    "2027-02-16 07:30",
    "rc5",
    "client-reply-other",
    """
Alessandra, my accounts person is Deb – deb@reidandco.com.au. Send this to her, she'll sort it. M
""",
    sig=False,
    note="points to the accounts contact; no payment statement",
)

m(
    "reid",
    "2027-02-26 09:15",
    "rc6",
    "client-reply-promise",
    """
Deb says it's scheduled for 1/3.

Marcus
""",
    promised="2027-03-01",
    note="AMBIGUOUS numeric date: Australian d/m, 1/3 = 1 March 2027 (US reading 3 Jan would be in the past)",
)

# ---- Cascade Health accounts payable, Seattle (ticketing system, HTML only)
t(
    "ch1",
    "cascade",
    "inv",
    "INV-2026-035",
    "€4,150.00",
    "2026-12-02",
    "2026-11-02 16:00",
    "patient portal usability study",
)
t(
    "ch2",
    "cascade",
    "rem1",
    "INV-2026-035",
    "€4,150.00",
    "2026-12-02",
    "2026-12-07 09:00",
    "patient portal usability study",
)
t("ch3", "cascade", "rem2", "INV-2026-035", "€4,150.00", "2026-12-02", "2026-12-22 09:00")
t(
    "ch5",
    "cascade",
    "inv",
    "INV-2027-018",
    "€2,900.00",
    "2027-02-15",
    "2027-02-05 15:00",
    "patient portal – accessibility review",
)
t(
    "ch6",
    "cascade",
    "rem1",
    "INV-2027-018",
    "€2,900.00",
    "2027-02-15",
    "2027-02-18 09:00",
    "patient portal – accessibility review",
)
t(
    "ch7",
    "cascade",
    "inv",
    "INV-2027-031",
    "€4,150.00",
    "2027-03-25",
    "2027-02-23 16:30",
    "patient portal usability study – follow-up",
)

m(
    "cascade",
    "2026-11-03 08:12",
    "ch1",
    "client-reply-other",
    """
Hello,

Thank you for your invoice. Effective immediately, Cascade Health requires all suppliers to submit invoices through the Coupa Supplier Portal (CSP). Invoices received via email will not be processed.

Please see the attached guide for instructions on how to register. Once your account is active, please resubmit invoice INV-2026-035 through the portal and reference PO 4410-22871.

Regards,
Diana Lopez
Accounts Payable | Cascade Health
""",
    ref="INV-2026-035",
    attach=("Coupa_Supplier_Portal_Guide.pdf", "guide"),
    note="submit via supplier portal (Coupa)",
)

m(
    "cascade",
    "2026-12-07 10:40",
    "ch2",
    "client-reply-other",
    """
Hello Alessandra,

We have located your invoice in Coupa. It is currently pending approval by the requester (Mark Tillman). Once approved, payment will be issued per our Net 45 terms.

Please reach out to Mark directly regarding approval status.

Regards,
Diana Lopez
Accounts Payable | Cascade Health
""",
    note="pending approval; 'per Net 45 terms' gives no date -> other",
)

m(
    "cascade",
    "2026-12-22 09:05",
    "ch3",
    "client-reply-promise",
    """
Hello Alessandra,

Invoice INV-2026-035 has been approved and is scheduled for payment on 12/30/2026 via international wire.

Thank you for your patience.

Regards,
Kevin Park
Accounts Payable | Cascade Health
""",
    promised="2026-12-30",
    ref="INV-2026-035",
    note="US mm/dd: 12/30/2026",
)

m(
    "cascade",
    "2027-01-04 07:50",
    "ch3",
    "client-reply-paid",
    """
Hello,

Payment for the invoice referenced below was issued on 12/30/2026 in the amount of EUR 4,150.00. Wire confirmation number: 2026123000481.

Please allow 3-5 business days for international wires to post.

Regards,
Kevin Park
Accounts Payable | Cascade Health
""",
    amount="4150.00",
    note="payment issued 30 Dec with wire number = paid",
)

m(
    "cascade",
    "2027-02-08 09:30",
    "ch5",
    "client-reply-other",
    """
Hi Alessandra,

We received your new invoice by email. As mentioned previously, please submit invoices via Coupa.

In addition, we noticed that the remit-to bank account on this invoice differs from the one on file. For security reasons, bank changes must be submitted through your Coupa supplier profile and are verified by phone. Can you confirm that this change is legitimate?

Regards,
Diana Lopez
Accounts Payable | Cascade Health
""",
    note="portal reminder + bank details change question",
)

m(
    "cascade",
    "2027-02-19 11:10",
    "ch6",
    "client-reply-promise",
    """
Hello Alessandra,

Thank you for your patience. The bank verification call is complete and invoice INV-2027-018 is scheduled for our next payment run on 2/26.

Regards,
Diana Lopez
Accounts Payable | Cascade Health
""",
    promised="2027-02-26",
    ref="INV-2027-018",
    note="US m/d: 2/26 = 26 Feb",
)

m(
    "cascade",
    "2027-02-24 12:30",
    "ch7",
    "client-reply-dispute",
    """
Hello Alessandra,

Invoice INV-2027-031 has been rejected in Coupa.

Rejection reason: Duplicate invoice - this invoice matches the amount and line description of INV-2026-035, which was paid on 12/30/2026.

If this invoice relates to a separate engagement, please resubmit it with the new PO number and a description of the services.

Regards,
Kevin Park
Accounts Payable | Cascade Health
""",
    ref="INV-2027-031",
    note="rejected as duplicate ('already billed'); the rejected invoice is the first number named",
)

# ---- Niamh Byrne, events company, Galway (iPhone) -------------------------
t(
    "wa1",
    "byrne",
    "rem1",
    "40/2026",
    "€1,150.00",
    "2026-11-06",
    "2026-11-11 09:30",
    "event signage – Galway Oyster Festival",
)
t(
    "wa2",
    "byrne",
    "inv",
    "47/2026",
    "€2,300.00",
    "2026-12-31",
    "2026-12-17 10:00",
    "Christmas events – social coverage",
)
t(
    "wa3",
    "byrne",
    "rem1",
    "47/2026",
    "€2,300.00",
    "2026-12-31",
    "2027-01-14 09:00",
    "Christmas events – social coverage",
)
t("wa4", "byrne", "inv", "12/2027", "€520.00", "2027-02-24", "2027-02-10 10:00", "Valentine's event posters")
t(
    "wa5",
    "byrne",
    "inv",
    "33/2027",
    "€2,300.00",
    "2027-03-24",
    "2027-02-22 11:00",
    "spring events – social coverage, 4 events + travel",
)

m(
    "byrne",
    "2026-11-12 08:50",
    "wa1",
    "client-reply-promise",
    """
Hi Alessandra, I'm so sorry, we can't manage it before the 20th – we're waiting on a big client payment to come in. Is that ok?

Niamh
""",
    promised="2026-11-20",
    note="'can't manage it before the 20th' = promise for 20 Nov",
)

m(
    "byrne",
    "2026-11-20 17:30",
    "wa1",
    "client-reply-paid",
    """
Paid!! Thanks for being so patient 😊
""",
    note="one-word paid + emoji",
)

m(
    "byrne",
    "2026-12-18 22:10",
    "wa2",
    "client-reply-promise",
    """
Thanks a mil Alessandra. Everything's mad here with the Christmas events, I'll get it paid early in the new year. Happy Christmas to you and yours x
""",
    note="'early in the new year' is vague -> no promised_date",
)

m(
    "byrne",
    "2027-01-14 09:35",
    "wa3",
    "client-reply-paid",
    """
Alessandra I'm so sorry, I completely forgot. Sending it now as I type – well, right after I hit send on this!

Niamh
""",
    note="HARD: 'sending it now' - payment made as she writes, no future date -> paid",
)

m(
    "byrne",
    "2027-02-11 12:15",
    "wa4",
    "client-reply-other",
    """
Hi Alessandra, could you add our VAT number to the invoice? It's IE9876543W. Sorry, should have sent it at the start! N
""",
    note="asks for VAT number on invoice",
)

m(
    "byrne",
    "2027-02-23 08:40",
    "wa5",
    "client-reply-dispute",
    """
Hi Alessandra, just looking at this one – we'd agreed €450 per event for the social coverage and there were four events, so €1,800, but the invoice is for €2,300? Is the extra the travel? We never agreed travel on top, the events were all in Galway city. N
""",
    note="amount above agreed price (travel not agreed)",
)

# ---- Anil Sharma, retail accounts, New Delhi (Outlook, en-IN) --------------
t(
    "sr1",
    "sharma",
    "rem1",
    "INV-2026-034",
    "€980.00",
    "2026-11-20",
    "2026-11-24 10:00",
    "festive catalogue retouching",
)
t("sr2", "sharma", "inv", "48/2026", "€3,000.00", "2026-12-28", "2026-12-14 10:00", "spring catalogue design")
t(
    "sr3",
    "sharma",
    "rem1",
    "49/2026",
    "€1,500.00",
    "2026-12-31",
    "2027-01-05 09:30",
    "spring catalogue design – balance",
)
t(
    "sr5",
    "sharma",
    "inv",
    "13/2027",
    "€2,200.00",
    "2027-03-18",
    "2027-02-16 11:00",
    "summer catalogue – concept",
)

m(
    "sharma",
    "2026-11-25 11:30",
    "sr1",
    "client-reply-paid",
    """
Dear Ma'am,

Greetings of the day.

This is to inform you that the payment has been processed on 23.11.2026 and the UTR no. is SBIN0026327118493. Kindly check and confirm.
""",
    note="processed on 23.11.2026 with bank reference = paid",
)

m(
    "sharma",
    "2026-12-15 12:15",
    "sr2",
    "client-reply-dispute",
    """
Dear Alessandra,

We are in receipt of your invoice for the catalogue design. Please note that as per the agreement, 50% advance of EUR 1,500 was already paid in October against your proforma invoice. However, the invoice is raised for the full amount of EUR 3,000.

Kindly issue a revised invoice for the balance amount only.
""",
    note="advance already paid not deducted ('already billed')",
)

m(
    "sharma",
    "2027-01-06 10:45",
    "sr3",
    "client-reply-promise",
    """
Dear Alessandra,

Noted with thanks. The payment will be released by 2nd week of January.
""",
    note="'by 2nd week of January' is a range, not a day -> no promised_date",
)

m(
    "sharma",
    "2027-01-15 17:05",
    None,
    "client-reply-paid",
    """
Dear Alessandra,

Please find attached the payment advice for EUR 1,500.00 towards your invoice no. 49/2026, paid today through HDFC Bank.

Kindly acknowledge receipt.
""",
    subject="Payment Advice - Invoice No. 49/2026",
    amount="1500.00",
    ref="49/2026",
    attach=("Payment_Advice_49-2026.pdf", "advice"),
    note="new message (not a reply) announcing payment made today",
)

m(
    "sharma",
    "2027-02-17 10:20",
    "sr5",
    "client-reply-other",
    """
Dear Alessandra,

Please note that this invoice has been forwarded to our Accounts Payable team for further processing. For any payment related queries kindly contact Mr. Rohit Verma at accounts@saffronretail.in.
""",
    note="forwarded to accounts payable, contact given",
)


# ---- Pieter Jansen, consultancy, Rotterdam (Dutch Outlook) ----------------
t(
    "hc1",
    "jansen",
    "inv",
    "INV-2026-033",
    "€1,815.00",
    "2026-12-09",
    "2026-11-09 10:00",
    "stakeholder workshop materials",
)
t(
    "hc1r",
    "jansen",
    "rem1",
    "INV-2026-033",
    "€1,815.00",
    "2026-12-09",
    "2026-12-14 09:00",
    "stakeholder workshop materials",
)
t(
    "hc2",
    "jansen",
    "inv",
    "INV-2027-001",
    "€1,260.00",
    "2027-02-14",
    "2027-01-15 10:00",
    "workshop materials – December/January, 28 hrs",
)
t(
    "hc3",
    "jansen",
    "rem1",
    "INV-2027-020",
    "€630.00",
    "2027-01-29",
    "2027-02-03 09:00",
    "workshop materials – January, corrected",
)
t(
    "hc4",
    "jansen",
    "inv",
    "INV-2027-021",
    "€1,090.00",
    "2027-03-24",
    "2027-02-23 16:00",
    "board presentation template",
)

m(
    "jansen",
    "2026-11-10 08:55",
    "hc1",
    "client-reply-promise",
    """
Hi Alessandra,

Received, thanks. We pay within 30 days as agreed, so latest 10 December.
""",
    promised="2026-12-10",
    note="'latest 10 December' = deadline 10 Dec",
)

m(
    "jansen",
    "2026-12-14 10:20",
    "hc1r",
    "client-reply-paid",
    """
Hi Alessandra,

I checked with our finance department. The payment is done on 9 December, 1.815,00 euro. Maybe it takes some days because of your bank? Please check.

Groet,
Pieter
""",
    amount="1815.00",
    note="paid on 9 Dec; Dutch number format",
)

m(
    "jansen",
    "2027-01-18 09:05",
    "hc2",
    "client-reply-dispute",
    """
Hi Alessandra,

I think you have invoiced some December hours twice. The 14 hours for the workshop materials are also on your November invoice, which we paid already. Please check and send a credit note for this part.

Pieter
""",
    note="double billing of hours; credit note requested",
)

m(
    "jansen",
    "2027-02-03 11:40",
    "hc3",
    "client-reply-promise",
    """
Hi Alessandra, not today but Thursday I'll send it. Pieter
""",
    sig=False,
    promised="2027-02-04",
    note="'not today but Thursday' written Wed 3 Feb = 4 Feb",
)

m(
    "jansen",
    "2027-02-24 08:30",
    "hc4",
    "client-reply-other",
    """
Thanks Alessandra, all clear. See you next week in Milan!

Pieter
""",
    sig=False,
    note="thanks only; 'next week' is about a meeting, not payment",
)

# ---- Ingrid Solberg, lighting brand, Oslo (Norwegian Outlook) -------------
t(
    "fj1",
    "solberg",
    "rem1",
    "INV-2026-032",
    "€2,050.00",
    "2026-11-13",
    "2026-11-17 09:00",
    "Fjordlys lamp catalogue",
)
t(
    "fj2",
    "solberg",
    "inv",
    "14/2027",
    "€1,320.00",
    "2027-01-22",
    "2027-01-08 11:00",
    "spring campaign – Norwegian/Italian copy",
)
t(
    "fj3",
    "solberg",
    "rem1",
    "50/2026",
    "€2,640.00",
    "2027-01-29",
    "2027-02-02 09:30",
    "lamp catalogue – print files",
)
t("fj4", "solberg", "inv", "15/2027", "€700.00", "2027-03-18", "2027-02-16 14:00", "Easter social posts")

m(
    "solberg",
    "2026-11-18 09:25",
    "fj1",
    "client-reply-paid",
    """
Hi Alessandra,

The invoice was paid 16 November. I attach the payment confirmation from DNB.
""",
    attach=("Betalingsbekreftelse_DNB.pdf", "dnb"),
    note="paid 16 Nov, confirmation attached",
)

m(
    "solberg",
    "2027-01-11 09:10",
    "fj2",
    "client-reply-promise",
    """
Hi Alessandra,

Thank you. It will be paid in our next payment run on 20 January.
""",
    promised="2027-01-20",
    note="'next payment run on 20 January'",
)

m(
    "solberg",
    "2027-02-02 14:30",
    "fj3",
    "client-reply-dispute",
    """
Hi,

We paid the January invoice on 20 January as planned, but this one from December is not paid, because we are still waiting for the final print files (with bleed) for the catalogue. When we get them we will pay it.

Ingrid
""",
    note="HARD: paid the other invoice, not this one; this one withheld until delivery -> dispute",
)

m(
    "solberg",
    "2027-02-09 10:50",
    "fj3",
    "client-reply-paid",
    """
Hi Alessandra,

Files received, thank you. Payment is done today.

Ingrid
""",
    note="payment done today",
)

m(
    "solberg",
    "2027-02-17 08:40",
    "fj4",
    "client-reply-other",
    """
Hi Alessandra,

Can you send the invoice also in EHF format? From this year all our suppliers should send electronic invoices. If it is not possible for you, please send the PDF to our scanning address faktura@fjordlys.no.
""",
    note="e-invoice format / invoice address request",
)

# ---- Brittany Moore, wellness brand, Denver (Gmail on Android, emoji) -----
t("pw1", "moore", "rem1", "INV-2026-031", "€1,200.00", "2026-10-28", "2026-11-02 09:00", "rebrand – deposit")
t("pw2", "moore", "inv", "INV-2026-060", "€600.00", "2026-12-21", "2026-12-07 09:00", "rebrand – balance")
t("pw2r", "moore", "rem1", "INV-2026-060", "€600.00", "2026-12-21", "2026-12-29 09:00", "rebrand – balance")
t(
    "pw3",
    "moore",
    "inv",
    "INV-2027-022",
    "€450.00",
    "2027-02-02",
    "2027-01-19 10:00",
    "wellness retreat flyer",
)
t("pw4", "moore", "rem1", "16/2027", "€1,800.00", "2027-02-08", "2027-02-12 09:00", "rebrand package")

m(
    "moore",
    "2026-11-02 07:12",
    "pw1",
    "client-reply-promise",
    """
Hiii! So sorry!! Paying it tonight 💕
""",
    promised="2026-11-02",
    note="'tonight' = later the same day (2 Nov, sender zone -0700) -> promise dated today",
)

m(
    "moore",
    "2026-11-04 19:30",
    "pw1",
    "client-reply-paid",
    """
ok it's DONE ✅ sorry again!!
""",
    fmt="plain",
    note="'DONE' = paid",
)

m(
    "moore",
    "2026-12-07 10:05",
    "pw2",
    "client-reply-promise",
    """
Thank you!! Will pay by the 28th 🙌
""",
    promised="2026-12-28",
    note="'by the 28th' of December",
)

m(
    "moore",
    "2026-12-29 22:50",
    "pw2r",
    "client-reply-promise",
    """
ugh I'm sorry, the holidays ate my brain. I'll do it first thing tomorrow, I'm not at my laptop right now
""",
    promised="2026-12-30",
    note="'tomorrow' in the sender's zone: Tue 29 Dec 22:50 -0700 -> 30 Dec (in UTC it is already 30 Dec)",
)

m(
    "moore",
    "2027-01-20 08:15",
    "pw3",
    "client-reply-other",
    """
Hey Alessandra! quick question – do you take PayPal or Wise? Our bank charges a fortune for international wires 😅
""",
    note="payment method question",
)

m(
    "moore",
    "2027-02-12 09:40",
    "pw4",
    "client-reply-dispute",
    """
Hey, I'm confused by this one – I thought the rebrand package was €1,800 total, and we already paid the €1,200 deposit in November and the €600 balance in December? This invoice is for €1,800 again. Can you double check?
""",
    note="already billed and paid; the amounts named are earlier payments, not a payment of this invoice -> no amount",
)

# ---- Graham Fletcher, joinery, Leeds (Samsung email, caps, typos) --------
t(
    "gf1",
    "fletcher",
    "rem1",
    "INV-2026-030",
    "£575.00",
    "2026-10-30",
    "2026-11-09 08:30",
    "joinery brochure – reprint corrections",
)
t(
    "gf2",
    "fletcher",
    "inv",
    "INV-2026-061",
    "£900.00",
    "2026-12-07",
    "2026-11-30 10:00",
    "showroom photography edit and brochure",
)
t(
    "gf2r",
    "fletcher",
    "rem1",
    "INV-2026-061",
    "£900.00",
    "2026-12-07",
    "2026-12-14 09:00",
    "showroom photography edit and brochure",
)
t(
    "gf3",
    "fletcher",
    "inv",
    "17/2027",
    "£1,150.00",
    "2027-02-01",
    "2027-01-18 10:00",
    "showroom brochure – layout and photography",
)
t(
    "gf4",
    "fletcher",
    "rem1",
    "18/2027",
    "£690.00",
    "2027-02-12",
    "2027-02-16 09:00",
    "showroom brochure – layout",
)

m(
    "fletcher",
    "2026-11-09 19:45",
    "gf1",
    "client-reply-paid",
    """
ALESSANDRA

I PAID THIS ON THE 3RD, IT WENT FROM THE YORKSHIRE BANK ACCOUNT. PLEASE CHECK

GRAHAM FLETCHER
FLETCHER JOINERY LTD
""",
    note="all caps paid claim",
)

m(
    "fletcher",
    "2026-12-01 20:10",
    "gf2",
    "client-reply-promise",
    """
Alessandra thank you for the invoice i will pay it friday when the cheques from the harrogate job have cleared. Graham
""",
    promised="2026-12-04",
    note="'friday' written Tue 1 Dec = 4 Dec (conditional, but dated)",
)

m(
    "fletcher",
    "2026-12-14 18:20",
    "gf2r",
    "client-reply-paid",
    """
sorry love the cheques took longer than i thought. ive done a transfer today for £900 .
""",
    amount="900.00",
    note="transfer done today",
)

m(
    "fletcher",
    "2027-01-19 07:30",
    "gf3",
    "client-reply-dispute",
    """
Alessandra

i think theres been a mistake with this one you have charged for the photographs but we took them ourselfs, you only did the brochure layout. can you send a new one without the photos on

Graham
""",
    note="charged for work not done (photos); typos",
)

m(
    "fletcher",
    "2027-02-16 12:55",
    "gf4",
    "client-reply-promise",
    """
HAVENT FORGOT. WILL PAY BY 26TH

GRAHAM
""",
    promised="2027-02-26",
    note="all caps 'by 26th' = 26 Feb",
)

# ---- Katrin Weber, accounting, Munich (German Outlook, windows-1252) -----
t(
    "am1",
    "weber",
    "inv",
    "43/2026",
    "€3,050.00",
    "2026-12-09",
    "2026-11-25 10:00",
    "ski season campaign – key visuals",
)
t(
    "am1r",
    "weber",
    "rem1",
    "43/2026",
    "€3,050.00",
    "2026-12-09",
    "2026-12-10 09:00",
    "ski season campaign – key visuals",
)
t(
    "am2",
    "weber",
    "inv",
    "19/2027",
    "€1,680.00",
    "2027-02-11",
    "2027-01-12 10:00",
    "spring campaign – concept phase",
)
t(
    "am3",
    "weber",
    "rem1",
    "20/2027",
    "€760.00",
    "2027-01-29",
    "2027-02-04 09:00",
    "spring campaign – concept phase until 9 December",
)
t(
    "am4",
    "weber",
    "inv",
    "21/2027",
    "€1,240.00",
    "2027-03-19",
    "2027-02-17 10:00",
    "summer campaign – moodboards",
)

m(
    "weber",
    "2026-11-26 10:40",
    "am1",
    "client-reply-other",
    """
Dear Ms Rossi,

thank you for your invoice. Please note that from 1 January 2027 we can only accept invoices in a structured electronic format (XRechnung or ZUGFeRD). A simple PDF will not be accepted anymore from this date.

For this invoice it is still okay, it is now in our approval process.
""",
    note="e-invoicing notice; 'in approval' is no promise",
)

m(
    "weber",
    "2026-12-10 13:25",
    "am1r",
    "client-reply-promise",
    """
Dear Ms Rossi,

the invoice is approved and will be paid with the next payment run on Tuesday, 15 December.
""",
    promised="2026-12-15",
    note="explicit 'Tuesday, 15 December'",
)

m(
    "weber",
    "2027-01-13 09:55",
    "am2",
    "client-reply-dispute",
    """
Dear Ms Rossi,

we can not accept this invoice. The cancellation of the spring campaign was communicated to you by Mr. Vogel in writing on 9 December, so work after this date can not be invoiced. Please send us a credit note over the full amount of invoice 19/2027.
""",
    ref="19/2027",
    note="refusal + credit note request",
)

m(
    "weber",
    "2027-02-04 11:30",
    "am3",
    "client-reply-paid",
    """
Dear Ms Rossi,

thank you, the credit note is received. The new invoice 20/2027 we have paid on 02.02.2027 with 760,00 €. It should be on your account in the next days.
""",
    ref="20/2027",
    amount="760.00",
    note="paid 02.02.2027; German decimal comma, € after the amount",
)

m(
    "weber",
    "2027-02-18 08:50",
    "am4",
    "client-reply-other",
    """
Dear Ms Rossi,

thank you. Please note that from March we have a new address for invoices:

Alpin Media GmbH
Buchhaltung
Maximilianstraße 35
80539 München

The invoice which you sent now is okay, no need to change it.
""",
    crlf=True,
    note="new invoice address from March",
)

# ---- Sophie Turner, agency, Bristol (Apple Mail, picks iso-8859-1) --------
t(
    "tf1",
    "turner",
    "rem1",
    "INV-2026-029",
    "£1,250.00",
    "2026-10-30",
    "2026-11-04 10:00",
    "autumn newsletter templates",
)
t(
    "tf2",
    "turner",
    "inv",
    "INV-2026-062",
    "£940.00",
    "2026-12-11",
    "2026-11-26 15:00",
    "Christmas campaign emailers",
)
t(
    "tf3",
    "turner",
    "inv",
    "22/2027",
    "£2,100.00",
    "2027-01-21",
    "2027-01-07 11:00",
    "spring brochure – design and print management",
)
t(
    "tf3r",
    "turner",
    "rem1",
    "22/2027",
    "£2,100.00",
    "2027-01-21",
    "2027-01-26 09:30",
    "spring brochure – design and print management",
)
t("tf4", "turner", "inv", "23/2027", "£600.00", "2027-03-10", "2027-02-24 10:00", "Easter mailer")

m(
    "turner",
    "2026-11-05 10:20",
    "tf1",
    "client-reply-paid",
    """
Hi Alessandra,

So sorry – I'm afraid this one fell between the cracks while Harriet was on leave. I've just made the payment now (£1,250.00) and attached the remittance.

Warm wishes,
Sophie
""",
    amount="1250.00",
    attach=("Remittance - Alessandra Rossi.pdf", "remit"),
    note="payment just made, remittance attached",
)

m(
    "turner",
    "2026-11-27 15:05",
    "tf2",
    "client-reply-promise",
    """
Thank you Alessandra, lovely work as always. We'll settle this by 04/12.

Sophie
""",
    promised="2026-12-04",
    note="AMBIGUOUS numeric date: UK sender, 04/12 = 4 December (a US reading would be 12 April)",
)

m(
    "turner",
    "2027-01-08 09:40",
    "tf3",
    "client-reply-other",
    """
Hi Alessandra,

On 7 Jan 2027, at 10:00, Alessandra Rossi <alessandra@example.it> wrote:
> 
> Hi Sophie,
> 
> Please find attached invoice 22/2027 for £2,100.00 (spring brochure – design and print management). Payment is due by 21 January 2027.

Quick question on this – is the £2,100 inclusive of the printing costs, or will the printer invoice us separately? Just so I can budget.

> My bank details are on the invoice (IBAN IT60 X054 2811 1010 0000 0123 456). Do let me know if you need anything else from me.

All fine, we have them on file.

Thanks,
Sophie
""",
    quote=False,
    note="inline reply interleaved with the quote; a question only (invoice number only in the quoted lines)",
)

m(
    "turner",
    "2027-01-26 12:20",
    "tf3r",
    "client-reply-dispute",
    """
Hi Alessandra,

Thanks for the reminder. Before we pay, I wanted to flag that the brochure print run arrived with the wrong Pantone on the cover – the printer says the files supplied specified 286 C rather than 2728 C. We'd like to talk about how we split the reprint cost before we settle this one.

Best,
Sophie
""",
    note="quality problem, payment held pending discussion",
)

m(
    "turner",
    "2027-02-15 16:00",
    "tf3r",
    "client-reply-paid",
    """
Hi Alessandra,

Thanks for being so reasonable about the reprint. I've paid £1,850 today, which is the £2,100 less the £250 we agreed.

Sophie
""",
    amount="1850.00",
    note="paid the agreed reduced amount today",
)

m(
    "turner",
    "2027-02-25 09:05",
    "tf4",
    "client-reply-other",
    """
Received with thanks, Alessandra.

Sophie
""",
    sig=False,
    note="thanks only",
)


# ---- Mikko Virtanen, app company, Helsinki (Thunderbird, bottom-posting) --
t(
    "ku1",
    "virtanen",
    "rem1",
    "INV-2026-028",
    "€1,700.00",
    "2026-11-19",
    "2026-11-24 09:00",
    "Kuusi app onboarding screens",
)
t(
    "ku2",
    "virtanen",
    "inv",
    "INV-2026-063",
    "€2,200.00",
    "2026-12-29",
    "2026-12-15 11:00",
    "onboarding screens – phase 2",
)
t(
    "ku2r",
    "virtanen",
    "rem1",
    "INV-2026-063",
    "€2,200.00",
    "2026-12-29",
    "2027-01-12 09:00",
    "onboarding screens – phase 2",
)
t(
    "ku3",
    "virtanen",
    "inv",
    "INV-2027-023",
    "€1,200.00",
    "2027-03-10",
    "2027-02-08 10:00",
    "design review – 10 days",
)
t(
    "ku4",
    "virtanen",
    "inv",
    "INV-2027-024",
    "€960.00",
    "2027-03-24",
    "2027-02-22 10:00",
    "design review – 8 days",
)

m(
    "virtanen",
    "2026-11-24 12:14",
    "ku1",
    "client-reply-paid",
    """
Paid today.

Mikko
""",
    bottom=True,
    note="bottom-posted one-liner: paid today",
)

m(
    "virtanen",
    "2026-12-16 09:02",
    "ku2",
    "client-reply-promise",
    """
Ok. Will be paid 4.1.

-Mikko
""",
    bottom=True,
    promised="2027-01-04",
    note="Finnish d.m.: '4.1.' = 4 January 2027",
)

m(
    "virtanen",
    "2027-01-12 10:31",
    "ku2r",
    "client-reply-promise",
    """
Sorry. Our accountant was sick. Payment next Monday.

Mikko
""",
    promised="2027-01-18",
    note="'next Monday' written Tue 12 Jan = 18 Jan (unambiguous)",
)

m(
    "virtanen",
    "2027-02-09 08:05",
    "ku3",
    "client-reply-dispute",
    """
Hi. This should be 960 EUR, not 1 200 EUR. We agreed 8 days, not 10. Please correct.

Mikko
""",
    bottom=True,
    note="terse dispute: wrong number of days",
)

m(
    "virtanen",
    "2027-02-22 14:40",
    "ku4",
    "client-reply-other",
    """
Thanks. Who is your contact for the contract renewal? Our finance needs a signed agreement for 2027 before we can pay the next invoices.

Mikko
""",
    bottom=True,
    note="who-to-contact question; no payment statement",
)

# ---- Jessica Alvarez, film producer, Los Angeles (Gmail) ------------------
t(
    "su1",
    "alvarez",
    "rem1",
    "INV-2026-027",
    "€2,400.00",
    "2026-11-06",
    "2026-11-12 09:00",
    "documentary titles and lower thirds",
)
t(
    "su2",
    "alvarez",
    "inv",
    "INV-2026-064",
    "€2,640.00",
    "2026-12-17",
    "2026-12-03 15:00",
    "pickup shoot graphics – 6 days",
)
t(
    "su2r",
    "alvarez",
    "rem1",
    "INV-2026-065",
    "€2,200.00",
    "2026-12-21",
    "2027-01-07 09:00",
    "pickup shoot graphics – 5 days",
)
t(
    "su3",
    "alvarez",
    "inv",
    "INV-2027-025",
    "€3,100.00",
    "2027-03-20",
    "2027-02-18 16:00",
    "festival trailer graphics",
)

m(
    "alvarez",
    "2026-11-13 09:20",
    "su1",
    "client-reply-paid",
    """
Hi Alessandra!

So sorry – this should have gone out last week. I just confirmed with our line producer and the payment went out yesterday via Wise. You should have it already!

Thanks so much,
Jess
""",
    note="payment went out yesterday",
)

m(
    "alvarez",
    "2026-12-04 10:45",
    "su2",
    "client-reply-dispute",
    """
Hi Alessandra!

Thanks for this. Quick flag – the invoice has 6 days on it, but we only booked you for 5. The 6th day (the pickup on the 19th) got cancelled, remember? Could you send a revised one for 5 days?

Thanks!
Jess
""",
    fmt="html",
    note="HTML-only; billed a cancelled day",
)

m(
    "alvarez",
    "2027-01-07 08:30",
    "su2r",
    "client-reply-other",
    """
Hi Alessandra – ugh, I'm so sorry. We had a production accountant change over the holidays and a few invoices got lost in the shuffle. Can you resend the invoice PDF? I'll walk it over to her personally.
""",
    note="asks to resend the PDF; no payment claim or date",
)

m(
    "alvarez",
    "2027-01-15 14:20",
    "su2r",
    "client-reply-paid",
    """
Paid! Wise transfer for €2,200, ref SRP-0115. Should land Monday. Thanks for your patience ❤️
""",
    sig=False,
    amount="2200.00",
    note="paid; 'should land Monday' is the arrival estimate, not a promise",
)

m(
    "alvarez",
    "2027-02-19 10:10",
    "su3",
    "client-reply-promise",
    """
Got it – our next payment run is 3/1, so you'll see it then.
""",
    promised="2027-03-01",
    note="AMBIGUOUS numeric date: US sender, 3/1 = 1 March (a UK reading, 3 January, would be in the past)",
)

# ---- Halden Group finance operations, Leeds (Outlook, Tungsten, plc) -----
t(
    "hg1",
    "halden",
    "inv",
    "INV-2026-026",
    "£3,480.00",
    "2026-12-04",
    "2026-11-19 10:00",
    "annual report design",
)
t(
    "hg2",
    "halden",
    "rem1",
    "INV-2026-026",
    "£3,480.00",
    "2026-12-04",
    "2026-12-10 09:00",
    "annual report design",
)
t("hg2b", "halden", "rem2", "INV-2026-026", "£3,480.00", "2026-12-04", "2027-01-11 09:00")
t("hg3", "halden", "rem1", "24/2027", "£1,900.00", "2027-02-05", "2027-02-09 09:00", "investor day slides")
t(
    "hg4",
    "halden",
    "inv",
    "25/2027",
    "£1,500.00",
    "2027-03-25",
    "2027-02-23 11:00",
    "investor day slides – re-issued to PO value",
)

m(
    "halden",
    "2026-11-20 11:00",
    "hg1",
    "client-reply-other",
    """
Dear Supplier,

Thank you for your email. Please note that Halden Group plc does not accept invoices by email. All invoices must be submitted via the Tungsten Network and must quote a valid Halden purchase order number (format HG-PO-XXXXXX). Invoices without a valid PO number will be rejected automatically.

If you do not know your PO number, please contact the person who placed the order.

Kind regards,
""",
    fmt="html",
    note="portal (Tungsten) + PO number required",
)

m(
    "halden",
    "2026-12-11 14:35",
    "hg2",
    "client-reply-promise",
    """
Dear Alessandra,

Thank you for your email. Invoice INV-2026-026 has now been received via Tungsten and matched to PO HG-PO-228419. It is due for payment in our next scheduled BACS run, which takes place on Wednesday 23rd December 2026.

Kind regards,
""",
    promised="2026-12-23",
    ref="INV-2026-026",
    note="explicit 'Wednesday 23rd December 2026'",
)

m(
    "halden",
    "2027-01-11 15:20",
    "hg2b",
    "client-reply-paid",
    """
Dear Alessandra,

Our records show that payment of £3,480.00 was made on 23/12/2026. As this is an international payment it was processed via our FX provider and may take up to five working days to reach your account. The payment reference is HALDEN 0004471.

If the funds have still not arrived by the end of this week, please let us know and we will raise a trace with the bank.

Kind regards,
""",
    amount="3480.00",
    note="paid on 23/12/2026 per their records",
)

m(
    "halden",
    "2027-02-09 16:10",
    "hg3",
    "client-reply-dispute",
    """
Dear Alessandra,

This invoice has been rejected in Tungsten as the invoice value (£1,900.00) exceeds the approved PO value (£1,500.00).

Please either submit a credit note and re-invoice up to the PO value, or contact the requisitioner to have the PO amended before resubmitting.

Kind regards,
""",
    crlf=True,
    note="rejected: exceeds PO value; credit note requested",
)

m(
    "halden",
    "2027-02-24 10:30",
    "hg4",
    "client-reply-other",
    """
Dear Supplier,

We are writing to let you know that from 1 March 2027 Halden Group will be moving from Tungsten to the Coupa Supplier Portal. You will receive an invitation to register in the coming days. Invoices already submitted via Tungsten are unaffected and will be paid on the usual terms.

Kind regards,
Finance Operations
""",
    fmt="html",
    html_body="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:10pt;color:#1a1a1a">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
<td style="background:#00395D;padding:10px 16px;color:#ffffff;font-size:14pt"><b>Halden Group</b> &nbsp;|&nbsp; Finance Operations</td>
</tr></table>
<p>Dear Supplier,</p>
<p>We are writing to let you know that from <b>1 March 2027</b> Halden Group will be moving from Tungsten to the <b>Coupa Supplier Portal</b>. You will receive an invitation to register in the coming days.</p>
<p>Invoices already submitted via Tungsten are unaffected and will be paid on the usual terms.</p>
<p>Kind regards,</p>
<table cellpadding="0" cellspacing="0" border="0"><tr>
<td style="border-left:3px solid #00395D;padding-left:8px;font-size:9pt;color:#555555"><b>Finance Operations</b><br>Halden Group plc<br>1 Wellington Place, Leeds LS1 4AP</td>
</tr></table>
<p style="font-size:7pt;color:#888888">This message is intended only for the use of the addressee and may contain information that is privileged and confidential. If you are not the intended recipient, you are hereby notified that any dissemination of this communication is strictly prohibited. Halden Group plc will never notify you of a change to our bank details by email.</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Alessandra Rossi &lt;alessandra@example.it&gt;<br>
<b>Sent:</b> Tuesday, 23 February 2027 10:00<br>
<b>To:</b> Finance Operations &lt;finance.ops@haldengroup.co.uk&gt;<br>
<b>Subject:</b> Invoice 25/2027</p>
</div>
<p>Dear Finance team,</p>
<p>Please find attached invoice 25/2027 for &pound;1,500.00 (investor day slides &ndash; re-issued to PO value). Payment is due by 25 March 2027.</p>
<p>Many thanks and best regards,<br>Alessandra</p>
</body></html>
""",
    note="hand-written HTML-only notice about changing portal; no payment statement for this invoice",
)

# ---- Deepa Iyer, textile brand, Mumbai (Gmail) ----------------------------
t(
    "il1",
    "iyer",
    "rem1",
    "42/2026",
    "€1,050.00",
    "2026-11-10",
    "2026-11-16 09:00",
    "block-print pattern catalogue",
)
t("il2", "iyer", "inv", "51/2026", "€1,900.00", "2027-01-11", "2026-12-21 10:00", "website translation IT/FR")
t(
    "il2r",
    "iyer",
    "rem1",
    "51/2026",
    "€1,900.00",
    "2027-01-11",
    "2027-01-19 09:00",
    "website translation IT/FR",
)
t(
    "il3",
    "iyer",
    "inv",
    "26/2027",
    "€1,400.00",
    "2027-03-11",
    "2027-02-09 10:00",
    "product page translation IT/FR – 14,000 words",
)

m(
    "iyer",
    "2026-11-16 15:10",
    "il1",
    "client-reply-promise",
    """
Hi Alessandra,

So sorry for the delay! We were closed for Diwali week and everything is backed up. I will clear it by this weekend for sure.

Warmly,
Deepa
""",
    note="'by this weekend' names no single day -> no promised_date",
)

m(
    "iyer",
    "2026-11-23 12:25",
    "il1",
    "client-reply-paid",
    """
Hi Alessandra, the transfer is done – €1,050 sent through our HDFC account this morning. Do confirm once received. Thanks!
""",
    amount="1050.00",
    note="transfer done this morning",
)

m(
    "iyer",
    "2026-12-22 11:40",
    "il2",
    "client-reply-other",
    """
Hi Alessandra, thanks! Can you please mention our GSTIN on the invoice – 27AABCI1234F1Z5? Our CA says it's required for the import of services entries.

Deepa
""",
    note="asks for tax ID on invoice",
)

m(
    "iyer",
    "2027-01-19 14:00",
    "il2r",
    "client-reply-promise",
    """
Hi Alessandra,

Payment will be made on the twenty-ninth of this month, along with our other overseas vendors. Please bear with us.

Warm regards,
Deepa
""",
    promised="2027-01-29",
    note="number in words: 'the twenty-ninth of this month' = 29 Jan",
)

m(
    "iyer",
    "2027-02-10 10:15",
    "il3",
    "client-reply-dispute",
    """
Hi Alessandra,

I was a bit surprised by the amount on this one. The product pages were quoted at €0.10 per word and they come to about 9,000 words, but the invoice says 14,000. I think the blog archive got included, which we had said was not needed? Could you please check?

Thanks,
Deepa
""",
    note="polite dispute: word count / scope",
)

# ---- Liam Murphy, marine charters, Brisbane (Outlook for Android, +1000) --
t(
    "cm1",
    "murphy",
    "rem1",
    "INV-2026-025",
    "€1,350.00",
    "2026-11-20",
    "2026-11-25 10:00",
    "boat hire brochure",
)
t(
    "cm2",
    "murphy",
    "inv",
    "INV-2027-027",
    "€1,600.00",
    "2027-01-25",
    "2027-01-04 10:00",
    "summer charter campaign",
)
t(
    "cm2r",
    "murphy",
    "rem1",
    "INV-2027-027",
    "€1,600.00",
    "2027-01-25",
    "2027-02-01 10:00",
    "summer charter campaign",
)
t("cm3", "murphy", "rem2", "INV-2027-027", "€1,600.00", "2027-01-25", "2027-02-22 10:00")

m(
    "murphy",
    "2026-11-26 07:20",
    "cm1",
    "client-reply-promise",
    """
G'day Alessandra, sorry mate, it's been flat out here. I'll pay it Monday.

Liam
""",
    promised="2026-11-30",
    note="'Monday' written Thu 26 Nov (+1000) = 30 Nov",
)

m(
    "murphy",
    "2026-12-01 08:40",
    "cm1",
    "client-reply-paid",
    """
Paid yesterday. Cheers, Liam
""",
    note="paid yesterday",
)

m(
    "murphy",
    "2027-01-05 09:10",
    "cm2",
    "client-reply-promise",
    """
Cheers Alessandra. We'll pay end of month.

Liam
""",
    promised="2027-01-31",
    note="'end of month' = 31 Jan (a Sunday; labelled as the calendar day)",
)

m(
    "murphy",
    "2027-02-02 07:45",
    "cm2r",
    "client-reply-promise",
    """
Not paid yet sorry – the girl who did our accounts left and I'm doing it all myself now. Give me till the 12th.

Liam
""",
    promised="2027-02-12",
    note="HARD: 'not paid yet' + 'give me till the 12th' -> promise 12 Feb",
)

m(
    "murphy",
    "2027-02-23 06:50",
    "cm3",
    "client-reply-paid",
    """
Mate, I've paid that one – went out on the 11th. The one I haven't paid is the February one, which isn't due till next month. Think you've got them mixed up.

Liam
""",
    note="HARD: says THIS invoice was paid on the 11th; the unpaid one is another, not yet due -> paid",
)

# ---- Karen Fitzgerald, arts nonprofit, Columbus OH (Outlook) ---------------
t(
    "la1",
    "fitzgerald",
    "inv",
    "INV-2026-024",
    "$1,650.00",
    "2026-11-27",
    "2026-11-17 10:00",
    "season brochure",
)
t(
    "la1r",
    "fitzgerald",
    "rem1",
    "INV-2026-024",
    "$1,650.00",
    "2026-11-27",
    "2026-11-30 09:00",
    "season brochure",
)
t(
    "la2",
    "fitzgerald",
    "inv",
    "27/2027",
    "$2,400.00",
    "2027-02-24",
    "2027-01-25 10:00",
    "annual report design and gala invitations",
)
t("la3", "fitzgerald", "rem1", "29/2027", "$900.00", "2027-02-10", "2027-02-16 09:00", "gala invitations")

m(
    "fitzgerald",
    "2026-11-18 09:05",
    "la1",
    "client-reply-other",
    """
Hi Alessandra,

Thank you! Just so you know, as a nonprofit all invoices over $1,000 need sign-off from our board treasurer, and he is traveling until after Thanksgiving. I'll keep you posted.

Best,
Karen
""",
    note="explains approval delay; no promise, no date",
)

m(
    "fitzgerald",
    "2026-11-30 09:40",
    "la1r",
    "client-reply-promise",
    """
Hi Alessandra,

Good news – the treasurer signed off over the weekend. We'll send the wire next Friday along with our other vendor payments.

Thanks for your patience,
Karen
""",
    promised="2026-12-04",
    note="AMBIGUOUS: 'next Friday' written Mon 30 Nov; corpus rule = first Friday after the message date (4 Dec); some US readers would mean 11 Dec",
)

m(
    "fitzgerald",
    "2026-12-09 10:15",
    "la1r",
    "client-reply-paid",
    """
Hi Alessandra,

The wire went out on Friday for $1,650.00 – our bank's confirmation is attached. Happy holidays!

Karen
""",
    amount="1650.00",
    attach=("Wire_Confirmation_Lakeshore.pdf", "bank"),
    note="wire went out on Friday",
)

m(
    "fitzgerald",
    "2027-01-26 11:30",
    "la2",
    "client-reply-other",
    """
Hi Alessandra,

Received – thank you. Could you split this into two invoices, one for the annual report design and one for the gala invitations? They're being paid out of two different grants and our auditor needs them separate.

Best,
Karen
""",
    note="asks to split the invoice; no dispute of amounts",
)

m(
    "fitzgerald",
    "2027-02-16 13:05",
    "la3",
    "client-reply-dispute",
    """
Hi Alessandra,

We've paid the annual report invoice in full – the wire went out on Friday. On the gala invitations, though, our ED feels the extra rounds of changes shouldn't be billed, since most of them were fixing typos in the template we were sent. We'd like to talk that through before we pay this one.

Best,
Karen
""",
    note="HARD: paid the other invoice, not this one; this one contested -> dispute",
)

# ---- Mette Kristensen, textile company, Copenhagen (Danish Outlook) -------
t(
    "mk1",
    "kristensen",
    "rem1",
    "INV-2026-023",
    "€1,780.00",
    "2026-11-25",
    "2026-11-30 09:00",
    "autumn collection lookbook",
)
t(
    "mk2",
    "kristensen",
    "inv",
    "30/2027",
    "€2,050.00",
    "2027-01-18",
    "2027-01-04 10:00",
    "spring collection lookbook",
)
t(
    "mk2r",
    "kristensen",
    "rem1",
    "30/2027",
    "€2,050.00",
    "2027-01-18",
    "2027-01-28 09:00",
    "spring collection lookbook",
)
t(
    "mk3",
    "kristensen",
    "inv",
    "31/2027",
    "€1,250.00",
    "2027-03-03",
    "2027-02-17 10:00",
    "summer campaign mailer",
)
t(
    "mk5",
    "kristensen",
    "inv",
    "32/2027",
    "€900.00",
    "2027-03-09",
    "2027-02-23 10:00",
    "lookbook – German edition",
)

m(
    "kristensen",
    "2026-11-30 11:50",
    "mk1",
    "client-reply-promise",
    """
Hi Alessandra

We have not paid yet, I am sorry. It was held because the IBAN on the invoice had spaces in it and our system did not accept it. I have fixed it manually and it will go out with the payments tomorrow.

Mette
""",
    promised="2026-12-01",
    note="HARD: 'not paid yet' + 'tomorrow' (Mon 30 Nov) = 1 Dec",
)

m(
    "kristensen",
    "2027-01-04 13:20",
    "mk2",
    "client-reply-other",
    """
Hi Alessandra, happy new year! Thanks for the invoice, I have forwarded it to our bookkeeper.

Mette
""",
    note="forwarded to bookkeeper",
)

m(
    "kristensen",
    "2027-01-28 10:05",
    "mk2r",
    "client-reply-paid",
    """
Hi Alessandra

The invoice was paid on 25 January. Please see the attached confirmation.

Mette
""",
    attach=("Betalingskvittering_25012027.pdf", "bank"),
    note="paid 25 Jan, confirmation attached",
)

m(
    "kristensen",
    "2027-02-18 09:30",
    "mk3",
    "client-reply-promise",
    """
Hi Alessandra,

We will pay this invoice, but we need 10 more days than normal because of our year-end closing. Is that okay for you?

Mette
""",
    note="HARD: 'we will pay' = promise; '10 more days than normal' cannot be resolved without the normal term -> no promised_date",
)

m(
    "kristensen",
    "2027-02-24 09:15",
    "mk5",
    "client-reply-dispute",
    """
Hi Alessandra,

This invoice is for the German version of the lookbook, but we cancelled the German version in our meeting on 2 February. We will not pay for it. Please cancel the invoice.

Mette
""",
    note="refusal: cancelled work invoiced",
)


# ==========================================================================
# BUILDING THE .eml FILES
# ==========================================================================
TRANSLIT = str.maketrans(
    {
        "\u2013": "-",
        "\u2014": "-",
        "\u2019": "'",
        "\u2018": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00b7": "-",
        "\u2026": "...",
    }
)
WEEKDAY_RE = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
MONTH_RE = "(" + "|".join(MONTHS) + ")"


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def pick_charset(texts, prefs):
    for cs in prefs:
        try:
            for x in texts:
                x.encode(cs)
            return cs
        except UnicodeEncodeError:
            continue
    return "utf-8"


def encode_body(text: str, charset: str, cte: str) -> tuple[bytes, str]:
    raw = text.encode(charset)
    longest = max((len(x) for x in raw.split(b"\n")), default=0)
    if all(b < 128 for b in raw) and longest < 990:
        return raw, "7bit"
    if cte == "8bit" and longest < 990:
        return raw, "8bit"
    if cte == "base64":
        return base64.encodebytes(raw), "base64"
    return quopri.encodestring(raw), "quoted-printable"


def hdr(name: str, value: str, charset: str) -> bytes:
    try:
        value.encode("ascii")
        line = f"{name}: {value}"
    except UnicodeEncodeError:
        cs = "utf-8" if charset in ("us-ascii",) else charset
        try:
            value.encode(cs)
        except UnicodeEncodeError:
            cs = "utf-8"
        line = f"{name}: " + Header(value, cs, maxlinelen=76, header_name=name).encode()
    return line.encode("ascii")


def address(display: str, addr: str, charset: str) -> str:
    cs = "utf-8" if charset == "us-ascii" else charset
    try:
        display.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return formataddr((display, addr), charset=cs)


def tiny_pdf(lines: list[str]) -> bytes:
    """A small but well-formed one-page PDF."""
    text = (
        "BT /F1 11 Tf 50 780 Td 14 TL "
        + " ".join(
            "(" + x.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") Tj T*" for x in lines
        )
        + " ET"
    )
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(text)).encode() + b" >>\nstream\n" + text.encode("latin-1") + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def tiny_png(rgb: tuple[int, int, int]) -> bytes:
    w, hgt = 16, 8
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(hgt))

    def chunk(tag, data):
        return (
            struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


ATTACH_TEXT = {
    "wire": [
        "Mercury - Outgoing international wire",
        "Status: Completed",
        "Currency: EUR",
        "Beneficiary: Alessandra Rossi",
        "Reference: INV-2026-055",
    ],
    "avis": [
        "Hoffmann Maschinenbau GmbH - Zahlungsavis / Payment advice",
        "Beleg 5100048812",
        "Betrag: 1.000,00 EUR",
        "Valuta: 01.02.2027",
    ],
    "remit": ["REMITTANCE ADVICE", "Payment by BACS", "Supplier: Alessandra Rossi"],
    "swift": ["SWIFT MT103 copy", ":20:KSPL/FX/2026/1184", ":32A:261211EUR2750,00", ":59:ALESSANDRA ROSSI"],
    "receipt": ["Outward remittance - transaction receipt", "Status: SUCCESS"],
    "dnb": ["DNB Bedrift - Betalingsbekreftelse", "Status: Utfort", "Valuta: EUR"],
    "advice": ["PAYMENT ADVICE", "Saffron Retail Pvt. Ltd.", "Invoice No. 49/2026", "Amount: EUR 1,500.00"],
    "wise": ["Wise - transfer receipt", "Status: Completed"],
    "bank": ["Bank confirmation", "Status: Executed"],
    "guide": [
        "Coupa Supplier Portal - Getting started",
        "1. Accept the invitation",
        "2. Complete your profile",
    ],
    "w8": ["Form W-8BEN (Rev. October 2021)", "Certificate of Foreign Status of Beneficial Owner"],
}


def ms_date(d: datetime) -> str:
    return f"{dy(d)}, {d.day} {mo(d)} {d.year} {d:%H:%M:%S} {d:%z}"


def message_id(fam: str, p: dict, key: str) -> str:
    hx = h("mid", key)
    dom = p["addr"].split("@")[1]
    if fam == "gmail":
        return "<CA" + base64.b64encode(bytes.fromhex(hx[:36])).decode().rstrip("=") + "@mail.gmail.com>"
    if fam == "apple":
        u = hx[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
    if fam == "tb":
        return f"<{hx[:8]}-{hx[8:12]}-{hx[12:16]}-{hx[16:20]}-{hx[20:32]}@{dom}>"
    if fam == "samsung":
        return f"<{hx[:6]}-{hx[6:24]}@email.android.com>"
    if fam == "ticket":
        return f"<MSG{int(hx[:7], 16) % 9000000 + 1000000}.{hx[8:28]}@cascadehealth.service-now.com>"
    if p["key"] in ("hoffmann", "weber", "halden", "kristensen"):
        return f"<000001db{hx[:4]}${hx[4:12]}${hx[12:20]}$@{dom}>"
    tz = p["tz"]
    if tz == "+0000":
        box, reg = "LO4P265MB" + str(int(hx[:4], 16) % 9000 + 1000), "GBRP265"
    elif tz in ("+0100", "+0200"):
        box, reg = "AM9PR06MB" + str(int(hx[:4], 16) % 9000 + 1000), "eurprd06"
    elif tz == "+0530":
        box, reg = "PN3P287MB" + str(int(hx[:4], 16) % 9000 + 1000), "INDP287"
    elif tz in ("+1100", "+1000"):
        box, reg = "SY4P282MB" + str(int(hx[:4], 16) % 9000 + 1000), "AUSP282"
    else:
        box, reg = "BN8PR12MB" + str(int(hx[:4], 16) % 9000 + 1000), "namprd12"
    return f"<{box}{hx[4:16].upper()}@{box}.{reg}.PROD.OUTLOOK.COM>"


def boundary(fam: str, key: str, n: int) -> str:
    hx = h("b", key, n)
    return {
        "gmail": f"000000000000{hx[:12]}",
        "outlook": f"_00{n}_AM9PR06MB7153{hx[:12].upper()}_",
        "apple": f"Apple-Mail={hx[:8].upper()}-{hx[8:12].upper()}-{hx[12:16].upper()}-{hx[16:28].upper()}",
        "ticket": f"----=_Part_{int(hx[:6], 16)}_{int(hx[6:14], 16)}.{int(hx[14:24], 16)}",
        "samsung": f"--_com.samsung.android.email_{int(hx[:12], 16)}",
        "tb": f"------------{hx[:24]}",
    }[fam]


# ---- HTML renderings -----------------------------------------------------
def html_paras(text: str, open_: str, close: str, blank: str) -> str:
    out = []
    for line in text.split("\n"):
        out.append(blank if not line.strip() else open_ + esc(line) + close)
    return "\n".join(out)


def sig_table_html(p: dict, sig: str, logo_cid: str | None) -> str:
    lines = sig.split("\n")
    first = 0
    while first < len(lines) and (lines[first].endswith(",") or not lines[first].strip()):
        first += 1
    pre = "".join(f'<p class="MsoNormal">{esc(x)}<o:p></o:p></p>\n' for x in lines[:first])
    name, rest = lines[first], [x for x in lines[first + 1 :] if x.strip()]
    left = (
        f'<img width="96" height="48" style="width:1.0in;height:.5in" id="Picture_x0020_1" '
        f'src="cid:{logo_cid}" alt="logo">'
        if logo_cid
        else f'<span style="font-size:20.0pt;color:{p["color"]}">&#9632;</span>'
    )
    return (
        pre + '<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" '
        'style="border-collapse:collapse">\n<tr>\n'
        f'<td width="110" valign="top" style="width:82.5pt;border:none;border-right:solid {p["color"]} 1.5pt;'
        f'padding:0cm 8.0pt 0cm 0cm"><p class="MsoNormal">{left}<o:p></o:p></p></td>\n'
        '<td valign="top" style="padding:0cm 0cm 0cm 8.0pt">'
        f'<p class="MsoNormal"><b><span style="font-size:10.0pt;color:{p["color"]}">{esc(name)}</span></b><br>'
        + "<br>".join(f'<span style="font-size:9.0pt;color:#595959">{esc(x)}</span>' for x in rest)
        + "<o:p></o:p></p></td>\n</tr>\n</table>\n"
    )


def orig_html_outlook(orig: str) -> str:
    return html_paras(
        orig, '<p class="MsoNormal">', "<o:p></o:p></p>", '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    )


def block_html(block: list[str]) -> str:
    out, rows = [], []
    for line in block:
        if line.startswith("____"):
            out.append(
                '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">'
            )
            continue
        if line.startswith("-----"):
            out.append(f'<p class="MsoNormal">{esc(line)}<o:p></o:p></p>')
            continue
        k, _, v = line.partition(": ")
        rows.append(f"<b>{esc(k)}:</b> {esc(v)}")
    out.append(
        '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        '<p class="MsoNormal"><span lang="EN-US">' + "<br>\n".join(rows) + "<o:p></o:p></span></p>\n</div>"
    )
    return "\n".join(out)


def render_html(fam, p, msg, new_text, sig, disc, attr, block, orig, charset, logo_cid):
    if fam == "gmail":
        body = '<div dir="ltr">' + html_paras(new_text, "<div>", "</div>", "<div><br></div>")
        if sig:
            body += (
                '<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                + "<br>".join(esc(x) for x in sig.split("\n"))
                + "</div></div>"
            )
        body += "</div>"
        if orig is not None:
            a = esc(attr).replace(esc(f"<{ME_ADDR}>"), f'&lt;<a href="mailto:{ME_ADDR}">{ME_ADDR}</a>&gt;')
            body += (
                '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + a
                + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + html_paras(orig, "<div>", "</div>", "<div><br></div>")
                + "</blockquote></div>"
            )
        return body + "\n"
    if fam == "apple":
        body = (
            f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
            '<body dir="auto"><div dir="ltr">' + "<br>".join(esc(x) for x in new_text.split("\n"))
        )
        if sig:
            body += "<br><br>" + "<br>".join(esc(x) for x in sig.split("\n"))
        body += "</div>"
        if orig is not None:
            body += (
                '<div dir="ltr"><br><blockquote type="cite">' + esc(attr) + "<br><br></blockquote></div>"
                '<blockquote type="cite"><div dir="ltr">'
                + "<br>".join(esc(x) for x in orig.split("\n"))
                + "</div></blockquote>"
            )
        return body + "</body></html>\n"
    if fam == "ticket":
        body = (
            '<html><head><meta http-equiv="Content-Type" content="text/html; charset='
            + charset
            + '"></head>\n'
            '<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222222">\n'
            + html_paras(new_text, "<p>", "</p>", "")
            + "\n"
        )
        if sig:
            body += "<p>" + "<br>".join(esc(x) for x in sig.split("\n")) + "</p>\n"
        if orig is not None:
            body += (
                '<hr size="1" color="#cccccc">\n<div style="color:#555555">\n<p>'
                + "<br>\n".join(
                    f"<b>{esc(k)}:</b> {esc(v)}"
                    for k, _, v in (x.partition(": ") for x in block if ": " in x)
                )
                + '</p>\n<blockquote style="margin:0 0 0 8px;border-left:2px solid #cccccc;padding-left:8px">'
                + "<br>\n".join(esc(x) for x in orig.split("\n"))
                + "</blockquote>\n</div>\n"
            )
        ref = h("ticket", msg["when"])[:10]
        return (
            body
            + f'<p style="font-size:10px;color:#999999">Ref:MSG{int(ref[:6], 16)}_{ref}</p>\n</body></html>\n'
        )
    # outlook
    lang = MAILERS[msg["mailer"] or p["mailer"]].get("lang", "en-GB").upper()
    body = (
        '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
        'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
        f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
        '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n'
        "@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n"
        'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
        "a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n"
        'span.EmailStyle18\n\t{mso-style-type:personal-reply;\n\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n'
        "@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n"
        "div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n"
        f'<body lang="{lang}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
        '<div class="WordSection1">\n'
        + html_paras(
            new_text, '<p class="MsoNormal">', "<o:p></o:p></p>", '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
        )
        + "\n"
        '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    )
    if sig:
        if p["table"] and msg["sig"] is True:
            body += sig_table_html(p, sig, logo_cid)
        elif sig.startswith("Get Outlook for "):
            label, _, url = sig[len("Get ") :].partition("<")
            body += (
                f'<div id="ms-outlook-mobile-signature"><p class="MsoNormal">Get '
                f'<a href="{esc(url.rstrip(">"))}">{esc(label)}</a><o:p></o:p></p></div>\n'
            )
        else:
            body += (
                html_paras(
                    sig,
                    '<p class="MsoNormal">',
                    "<o:p></o:p></p>",
                    '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
                )
                + "\n"
            )
    if disc:
        body += (
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + html_paras(
                disc,
                '<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">',
                "</span><o:p></o:p></p>",
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>',
            )
            + "\n"
        )
    if orig is not None:
        body += (
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + block_html(block) + "\n"
            '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + orig_html_outlook(orig) + "\n"
        )
    return body + "</div>\n</body>\n</html>\n"


def compose(msg, p, mailer, th):
    fam = mailer["fam"]
    sig = p["sig"] if msg["sig"] is True else (msg["sig"] or "")
    disc = p["disclaimer"] if msg["sig"] is True else ""
    new_text = msg["text"]
    parts = [new_text]
    if sig:
        if fam == "gmail" and not sig.startswith(("Sent from", "Get Outlook")):
            parts.append("-- \n" + sig)
        else:
            parts.append(sig)
    if disc:
        parts.append(disc)
    new_block = "\n\n".join(parts)
    attr = block = orig = None
    quote = ""
    if th is not None and msg["quote"]:
        qd = th["sent"].astimezone(zone(p["tz"]))
        orig = orig_text(th)
        to_line = f"{p['display'] if ',' not in p['display'] else p['name']} <{p['addr']}>"
        style = mailer["q"]
        if style in ATTR:
            attr = ATTR[style](qd)
            ql = "\n".join("> " + x if x else ">" for x in orig.split("\n"))
            if fam == "apple":
                quote = f"> {attr}\n> \n{ql}"
            else:
                quote = f"{attr}\n{ql}"
        else:
            block = BLOCK[style](qd, to_line, th["subject"])
            quote = "\n".join(block) + "\n\n" + orig
    if not quote:
        plain = new_block
    elif msg["bottom"]:
        plain = quote + "\n\n" + new_block
    elif fam == "samsung":
        plain = new_block + "\n\n\n" + quote
    else:
        plain = new_block + "\n\n" + quote
    if fam == "tb":
        plain = flowed(plain)
    return plain + "\n", new_text, sig, disc, attr, block, orig


def flowed(text: str, width: int = 72) -> str:
    """Wrap like Thunderbird does for format=flowed (RFC 3676): soft breaks end in a space."""
    out = []
    for line in text.split("\n"):
        if len(line) <= 78 or line == "-- ":
            out.append(line)
            continue
        mq = re.match(r"^(>+ ?)", line)
        prefix = mq.group(1) if mq else ""
        words, cur = line[len(prefix) :].split(" "), ""
        pieces = []
        for w in words:
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                pieces.append(cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        pieces.append(cur)
        out += [prefix + x for x in pieces]
    return "\n".join(out)


def build(num: int, msg: dict) -> tuple[bytes, dict]:
    p = P[msg["p"]]
    mailer_name = msg["mailer"] or p["mailer"]
    mailer = MAILERS[mailer_name]
    fam = mailer["fam"]
    fmt = msg["fmt"] or mailer["fmt"]
    if msg["html_body"] is not None and fmt in ("plain",):
        fmt = "alt"
    tzinfo = zone(p["tz"])
    sent = datetime.strptime(msg["when"], "%Y-%m-%d %H:%M").replace(
        tzinfo=tzinfo, second=int(h("s", p["key"], msg["when"])[:2], 16) % 60
    )
    th = TH[msg["th"]] if msg["th"] else None
    if th is not None:
        assert th["p"] == p["key"], (msg["when"], msg["th"])
        assert th["sent"] < sent, f"reply before original: {p['key']} {msg['when']}"
    subject = msg["subject"] or (mailer["pre"] + th["subject"])
    plain, new_text, sig, disc, attr, block, orig = compose(msg, p, mailer, th)
    logo_cid = None
    if msg["logo"]:
        logo_cid = (
            f"image001.png@01DB{h('cid', msg['when'])[:4].upper()}.{h('cid2', msg['when'])[:8].upper()}"
        )
    html_text = None
    if fmt in ("alt", "html", "related"):
        html_text = (
            msg["html_body"]
            if msg["html_body"] is not None
            else render_html(fam, p, msg, new_text, sig, disc, attr, block, orig, "{CHARSET}", logo_cid)
        )
    if p["downgrade"]:
        plain = plain.translate(TRANSLIT)
        subject = subject.translate(TRANSLIT)
        if html_text:
            html_text = html_text.translate(TRANSLIT)
    prefs = msg["charsets"] or p["charsets"]
    charset = pick_charset([plain] + ([html_text] if html_text else []), prefs)
    if html_text:
        html_text = html_text.replace("{CHARSET}", charset)
    cte = mailer["cte"] if charset.lower() == "utf-8" else "quoted-printable"
    if fam == "tb":
        cte = "8bit"

    def text_part(subtype: str, text: str, extra: str = "") -> bytes:
        body, used = encode_body(text, charset, cte)
        return (
            f'Content-Type: text/{subtype}; charset="{charset}"{extra}\nContent-Transfer-Encoding: {used}\n\n'
        ).encode() + body

    def multipart(kind: str, parts: list[bytes], n: int, extra: str = "") -> bytes:
        b = boundary(
            fam if fam in ("gmail", "outlook", "apple", "ticket", "samsung", "tb") else "gmail", str(num), n
        )
        out = f'Content-Type: multipart/{kind}; boundary="{b}"{extra}\n\n'.encode()
        for part in parts:
            out += f"--{b}\n".encode() + part
            if not out.endswith(b"\n"):
                out += b"\n"
            out += b"\n"
        return out + f"--{b}--\n".encode()

    flowed = "; format=flowed" if fam in ("tb",) else ""
    if fmt == "plain":
        body = text_part("plain", plain, flowed)
    elif fmt == "html":
        body = text_part("html", html_text)
    else:
        body = multipart("alternative", [text_part("plain", plain), text_part("html", html_text)], 1)
        if fmt == "related" and logo_cid:
            png = base64.encodebytes(tiny_png((47, 59, 76)))
            img = (
                f'Content-Type: image/png; name="image001.png"\nContent-Description: image001.png\n'
                f'Content-Disposition: inline; filename="image001.png"; size=400\n'
                f"Content-ID: <{logo_cid}>\nContent-Transfer-Encoding: base64\n\n"
            ).encode() + png
            body = multipart("related", [body, img], 2, '; type="multipart/alternative"')
    if msg["attach"]:
        fname, what = msg["attach"]
        pdf = base64.encodebytes(tiny_pdf(ATTACH_TEXT[what]))
        att = (
            f'Content-Type: application/pdf; name="{fname}"\nContent-Description: {fname}\n'
            f'Content-Disposition: attachment; filename="{fname}"\n'
            "Content-Transfer-Encoding: base64\n\n"
        ).encode() + pdf
        body = multipart("mixed", [body, att], 3)

    heads: list[bytes] = []
    from_ = address(p["display"], p["addr"], charset)
    to = msg["to"] or (f"'{ME_NAME}' <{ME_ADDR}>" if p["key"] in ("nair", "sharma") else ME)
    mid = message_id(fam, p, f"{p['key']}|{msg['when']}")
    date_h = ms_date(sent) if fam in ("gmail", "apple") else format_datetime(sent)
    if th is not None:
        refs = "\n ".join(th["refs"])
    if fam == "gmail":
        heads.append(b"MIME-Version: 1.0")
        if th is not None:
            heads += [f"References: {refs}".encode(), f"In-Reply-To: {th['mid']}".encode()]
        heads += [
            hdr("From", from_, charset),
            f"Date: {date_h}".encode(),
            f"Message-ID: {mid}".encode(),
            hdr("Subject", subject, charset),
            hdr("To", to, charset),
        ]
        if msg["cc"]:
            heads.append(hdr("Cc", msg["cc"], charset))
    else:
        heads += [hdr("From", from_, charset), hdr("To", to, charset)]
        if msg["cc"]:
            heads.append(hdr("Cc", msg["cc"], charset))
        heads.append(hdr("Subject", subject, charset))
        if fam == "outlook":
            topic = re.sub(r"^(RE|AW|SV|Re|VS): ", "", subject)
            heads.append(hdr("Thread-Topic", topic, charset))
            heads.append(
                b"Thread-Index: " + base64.b64encode(bytes.fromhex(h("ti", num)[:32] + h("tj", num)[:12]))
            )
        heads += [f"Date: {date_h}".encode(), f"Message-ID: {mid}".encode()]
        if th is not None:
            heads += [f"References: {refs}".encode(), f"In-Reply-To: {th['mid']}".encode()]
        if fam == "outlook":
            heads.append(f"Content-Language: {mailer.get('lang', 'en-GB')}".encode())
            heads.append(f"X-MS-Has-Attach: {'yes' if msg['attach'] or logo_cid else ''}".encode())
        heads.append(b"MIME-Version: 1.0")
    if mailer.get("xm"):
        heads.append(f"X-Mailer: {mailer['xm']}".encode())
    if mailer.get("ua"):
        heads.append(f"User-Agent: {mailer['ua']}".encode())
    if fam == "ticket":
        heads.append(b"X-ServiceNow-Source: EmailReply")
    data = b"\n".join(heads) + b"\n" + body
    if msg["crlf"]:
        data = data.replace(b"\n", b"\r\n")
    return data, dict(plain=plain, sent=sent, subject=subject)


# ---- checks on the hand-written text --------------------------------------
def near_year(month: int, day: int, ref: date) -> date:
    best = None
    for y in (ref.year - 1, ref.year, ref.year + 1):
        try:
            cand = date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((cand - ref).days) < abs((best - ref).days):
            best = cand
    return best


def check_weekdays(text: str, ref: date, where: str) -> list[str]:
    errs = []
    pats = [
        (WEEKDAY_RE + r",? (?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? " + MONTH_RE + r"(?: (\d{4}))?", "dm"),
        (WEEKDAY_RE + r",? " + MONTH_RE + r" (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?", "md"),
        (WEEKDAY_RE + r",? (\d{1,2})\.(\d{1,2})\.(\d{4})", "num"),
    ]
    for pat, kind in pats:
        for mm in re.finditer(pat, text):
            wd = DAYS.index(mm.group(1))
            if kind == "dm":
                d = (
                    date(int(mm.group(4)), MONTHS.index(mm.group(3)) + 1, int(mm.group(2)))
                    if mm.group(4)
                    else near_year(MONTHS.index(mm.group(3)) + 1, int(mm.group(2)), ref)
                )
            elif kind == "md":
                d = (
                    date(int(mm.group(4)), MONTHS.index(mm.group(2)) + 1, int(mm.group(3)))
                    if mm.group(4)
                    else near_year(MONTHS.index(mm.group(2)) + 1, int(mm.group(3)), ref)
                )
            else:
                d = date(int(mm.group(4)), int(mm.group(3)), int(mm.group(2)))
            if d.weekday() != wd:
                errs.append(f"{where}: '{mm.group(0)}' but {d} is a {DAYS[d.weekday()]}")
    return errs


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


HEADER = """\
# Labels for the English client-reply corpus (generated by make.py - edit make.py, not this file).
#
# kind           what a careful human assistant concludes the client is telling Alessandra
# split          firstread / dev; the two splits use disjoint sets of senders
# promised_date  only when the client's own text gives a date resolvable against the Date
#                header, in the sender's own zone.  Weekdays resolve to the first such weekday
#                after the message date ("next <weekday>" early in a week: same rule, noted).
#                "end of the month" = last day of that month; "by/before the 15th" = the 15th.
#                Numeric dates follow the sender's locale (dd/mm UK/IE/AU/IN/EU, mm/dd US).
#                Vague wording (soon, next week, early next month, after the holidays, ...)
#                leaves it absent.
# amount         only when the client states an amount paid or promised ("1234.56")
# reference      only when the client's own text (body or a subject the client wrote) names
#                an invoice number; the quoted original and a "Re:" subject do not count.
"""


def main() -> int:
    for old in OUT.glob("en-*.eml"):
        old.unlink()
    order = list(range(len(MSGS)))
    random.Random(20261101).shuffle(order)
    errors: list[str] = []
    rows = []
    for num, idx in enumerate(order, 1):
        msg = MSGS[idx]
        name = f"en-{num:04d}.eml"
        data, info = build(num, msg)
        (OUT / name).write_bytes(data)
        p = P[msg["p"]]
        local = info["sent"].date()
        errors += check_weekdays(msg["text"], local, name)
        if msg["promised"]:
            pd = date.fromisoformat(msg["promised"])
            if pd < local:
                errors.append(f"{name}: promised {pd} before message date {local}")
            if msg["kind"] != "client-reply-promise":
                errors.append(f"{name}: promised_date on a {msg['kind']}")
        if msg["ref"] and msg["ref"] not in msg["text"] and msg["ref"] not in (msg["subject"] or ""):
            errors.append(f"{name}: reference {msg['ref']} not in the client's own text")
        if msg["amount"] and not re.fullmatch(r"\d+\.\d\d", msg["amount"]):
            errors.append(f"{name}: bad amount {msg['amount']}")
        rows.append((name, msg, p))
    if errors:
        print("\n".join(errors), file=sys.stderr)
        return 1
    lines = [HEADER]
    for name, msg, p in rows:
        lines.append(f'[files."{name}"]')
        lines.append(f"kind = {toml_str(msg['kind'])}")
        lines.append('language = "en"')
        lines.append(f"split = {toml_str(p['split'])}")
        if msg["promised"]:
            lines.append(f"promised_date = {toml_str(msg['promised'])}")
        if msg["amount"]:
            lines.append(f"amount = {toml_str(msg['amount'])}")
        if msg["ref"]:
            lines.append(f"reference = {toml_str(msg['ref'])}")
        lines.append(f"note = {toml_str(msg['note'] or msg['kind'])}")
        lines.append("")
    (OUT / "labels.toml").write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {len(rows)} messages to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
