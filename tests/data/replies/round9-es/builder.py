"""Assembles whole messages (client replies and machine mail) from hand-written bodies."""
import datetime as dt
import html
import textwrap

from mimelib import (RND, D, to_tz, eur, fecha_larga, msgid, Owner, Inv, reminder_text, statement_text, REM_SUBJECT,
                     hdr, addr, leaf, binpart, multipart, fake_pdf, fake_png, fake_jpg, text_to_html, quote_gt,
                     gmail_attr, apple_attr, outlook_block, yahoo_attr, thunder_attr, DIAS, MESES, rhex, ralnum)
from email.utils import format_datetime

MESSAGES = []  # (raw_bytes, label_dict)


def T(s):
    return textwrap.dedent(s).strip("\n")


def samsung_block(d, frm, to, subject):
    z = d.strftime("%z")
    return (f"-------- Mensaje original --------\nDe: {frm}\nFecha: {d:%d/%m/%y} {d:%H:%M} (GMT{z[:3]}:{z[3:]})\n"
            f"Para: {to}\nAsunto: {subject}\n")


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.EstiloCorreo17
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 3.0cm 70.85pt 3.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style>
</head>
<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(body, quoted_header_lines=None, quoted=None, cs="iso-8859-1"):
    def paras(t):
        out = []
        for line in t.split("\n"):
            if line.strip():
                out.append(f'<p class="MsoNormal">{html.escape(line)}<o:p></o:p></p>')
            else:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return "\n".join(out)
    s = OUTLOOK_HEAD.format(cs=cs) + paras(body) + "\n"
    if quoted is not None:
        s += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
        s += '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        hl = []
        for line in quoted_header_lines:
            if ":" in line and not line.startswith("-----"):
                k, v = line.split(":", 1)
                hl.append(f"<b>{html.escape(k)}:</b>{html.escape(v)}")
        s += '<p class="MsoNormal"><b><span lang="ES">' + "<br>\n".join(hl) + "<o:p></o:p></span></b></p>\n</div>\n"
        s += '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + paras(quoted) + "\n"
    s += "</div>\n</body>\n</html>\n"
    return s


def gmail_html(body, attr=None, quoted=None):
    s = f'<div dir="ltr">{text_to_html(body)}</div>'
    if quoted is not None:
        s += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              f'{html.escape(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
              f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{text_to_html(quoted)}</blockquote></div>')
    return s + "\n"


def apple_html(body, attr=None, quoted=None):
    s = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body dir="auto">' + text_to_html(body))
    if quoted is not None:
        s += (f'<div dir="ltr"><br><blockquote type="cite">{html.escape(attr)}<br><br></blockquote></div>'
              f'<blockquote type="cite"><div dir="ltr">{text_to_html(quoted)}</div></blockquote>')
    return s + "</body></html>\n"


def finish(headers, mime, label):
    raw = "".join(f"{k}: {v}\n" for k, v in headers if v is not None) + mime
    MESSAGES.append((raw, label))


def mk_label(kind, note, **facts):
    lab = {"kind": kind, "language": "es", "split": "dev"}
    for k in ["amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"]:
        if facts.get(k) is not None:
            lab[k] = facts[k]
    lab["note"] = note
    return lab


MAILER_HEADERS = {
    "gmail": [],
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "es-ES"),
                ("msip_labels", "")],
    "outlook_classic": [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "es")],
    "iphone": [("X-Mailer", "iPhone Mail (22B91)")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "samsung": [],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "yahoo": [("X-Mailer", "WebService/1.1.23187 YMailNorrin")],
    "roundcube": [("User-Agent", "Roundcube Webmail/1.6.9")],
    "outlook_mobile": [("X-MS-Has-Attach", ""), ("Content-Language", "es-ES")],
    "plain": [],
}


def R(label_kind, *, owner, inv, frm, date, body, mailer="gmail", prefix="Re: ", qkind="reminder", qdate=None,
      qtext=None, qsubject=None, qfrom=None, qto=None, to=None, cc=None, charset=None, cte=None, attach=(),
      html_only=False, no_quote=False, subject=None, fees=False, qopts=None, note="", extra_headers=(),
      html_body=None, msg_domain=None, refs_extra=(), thread=True, **facts):
    """A client reply. frm = (name, email)."""
    qopts = qopts or {}
    if qdate is None:
        qdate = date - dt.timedelta(days=RND.choice([0, 1, 1, 2, 3, 5]), hours=RND.randint(2, 9),
                                    minutes=RND.randint(0, 59))
    qdate = to_tz(qdate, owner.tz)
    if qsubject is None:
        qsubject = REM_SUBJECT[qkind].format(n=inv.number)
    if qtext is None:
        qtext = reminder_text(qkind, inv, qdate, fees=fees, **qopts)
    qfrom_s = qfrom or f"{owner.name} <{owner.email}>"
    qto_s = qto or (f"{inv.client} <{inv.client_email}>" if inv.client else inv.client_email)
    subj = subject if subject is not None else prefix + qsubject
    domain = msg_domain or frm[1].split("@")[1]
    kind_of_id = {"gmail": "gmail", "outlook": "outlook", "outlook_classic": "outlook", "outlook_mobile": "outlook",
                  "iphone": "apple", "apple": "apple"}.get(mailer, "other")
    parent = msgid("mailduns", owner.domain)
    charset = charset or ("iso-8859-1" if mailer in ("outlook_classic",) else "utf-8")
    hcs = "iso-8859-1" if charset == "iso-8859-1" else "utf-8"

    # ---- body parts
    if no_quote:
        plain = body
        qhtml = None
        attr = None
    elif mailer in ("gmail", "roundcube"):
        attr = gmail_attr(qdate, owner.name, owner.email) if mailer == "gmail" else thunder_attr(qdate, owner.name)
        plain = f"{body}\n\n{attr}\n\n{quote_gt(qtext)}"
    elif mailer in ("outlook", "outlook_mobile", "outlook_classic"):
        ob = outlook_block(qdate, qfrom_s, qto_s, qsubject, classic=(mailer == "outlook_classic"), cc=qopts.get("cc"))
        plain = f"{body}\n\n{ob}\n{qtext}"
        attr = ob
    elif mailer in ("iphone", "apple"):
        attr = apple_attr(qdate, owner.name, owner.email)
        plain = f"{body}\n\n{attr}\n\n{quote_gt(qtext)}"
    elif mailer == "samsung":
        sb = samsung_block(qdate, qfrom_s, qto_s, qsubject)
        plain = f"{body}\n\n\n{sb}\n{qtext}"
        attr = sb
    elif mailer == "thunderbird":
        attr = thunder_attr(qdate, owner.name)
        plain = f"{body}\n\n{attr}\n{quote_gt(qtext)}"
    elif mailer == "yahoo":
        attr = yahoo_attr(qdate, owner.name, owner.email)
        plain = f"{body}\n\n{attr}\n\n{quote_gt(qtext)}"
    elif mailer == "plain":
        attr = gmail_attr(qdate, owner.name, owner.email)
        plain = f"{body}\n\n{attr}\n{quote_gt(qtext)}"
    else:
        raise ValueError(mailer)

    q = None if no_quote else qtext
    if mailer in ("outlook", "outlook_mobile", "outlook_classic"):
        hb = html_body or outlook_html(body, (attr or "").strip().split("\n") if q else None, q, cs=charset)
    elif mailer in ("iphone", "apple"):
        hb = html_body or apple_html(body, attr, q)
    else:
        hb = html_body or gmail_html(body, attr, q)

    pcte = cte or "quoted-printable"
    if html_only:
        content = leaf(hb, "text/html", charset, pcte)
    elif mailer in ("iphone", "thunderbird", "plain", "roundcube") and not html_body:
        content = leaf(plain, "text/plain", charset, cte or ("8bit" if mailer == "thunderbird" else "quoted-printable"),
                       flowed=(mailer == "thunderbird"))
    else:
        content = multipart("alternative", [leaf(plain, "text/plain", charset, pcte),
                                            leaf(hb, "text/html", charset, pcte)])
    if attach:
        parts = [content]
        for a in attach:
            parts.append(binpart(*a))
        content = multipart("mixed", parts)

    headers = [("Return-Path", f"<{frm[1]}>"),
               ("From", addr(frm[0], frm[1], hcs)),
               ("To", to if to is not None else owner.addr)]
    if cc:
        headers.append(("Cc", cc))
    headers += [("Subject", hdr(subj, hcs)),
                ("Date", format_datetime(date)),
                ("Message-ID", msgid(kind_of_id, domain)),
                ("In-Reply-To", parent if thread else None),
                ("References", " ".join(list(refs_extra) + [parent]) if thread else None),
                ("MIME-Version", "1.0")]
    headers += MAILER_HEADERS[mailer]
    if mailer in ("outlook", "outlook_classic", "outlook_mobile"):
        headers += [("Thread-Topic", hdr(qsubject, hcs)), ("Thread-Index", "Ad" + ralnum(30) + "==")]
    headers += list(extra_headers)
    finish(headers, content, mk_label(label_kind, note, **facts))


def M(label_kind, headers, mime, note="", **facts):
    """Machine mail or anything built by hand: headers is a list of (name, value)."""
    finish(headers, mime, mk_label(label_kind, note, **facts))
