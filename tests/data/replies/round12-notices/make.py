#!/usr/bin/env python3
"""Round 12 - machine mail: payment notices (money IN) and their look-alikes.

Generates r12p-NNNN.eml and labels.toml in this directory.
Python 3.11, stdlib only.

Decisions worth knowing (also in each note):
 * Accounting/invoicing platforms (Fatture in Cloud, Holded, FreeAgent, Xero,
   QuickBooks, Zoho, Square/Stripe invoicing) that say "the client paid invoice X"
   or "we matched an incoming bank movement to invoice X" are payment-notification:
   they are machine notices that money came in for the freelancer.
 * Upwork: "client released $X for a milestone" = payment-notification (the
   client's money reaches the freelancer); "your withdrawal was processed" = other
   (the freelancer moving her own balance to her own bank, no payer behind it).
 * Pending / scheduled / "payment will be made on" notices, transfers returned or
   rejected, chargebacks and failed payments = other, even when they name an invoice.
 * Foreign-currency credits: amount = what the payer sent in the currency the
   notice presents as the payment (noted case by case).
"""
import base64
import datetime
import email
import email.policy
import email.utils
import hashlib
import os
import quopri
import random
from email.header import Header
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r12p"

# ---------------------------------------------------------------- people
ALE = ("Alessandra Rossi", "alessandra@example.it")
DAV = ("Davide Greco", "davide@grecoweb.it")
LUC = ("Lucía Martín", "lucia@martinestudio.es")
JOR = ("Jordi Puig", "jordi@puigaudio.cat")
NAY = ("Nayra Santana", "nayra@santanatraducciones.com")
TOM = ("Tom Byrne", "tom@byrnedesign.ie")
PRI = ("Priya Shah", "priya@shahcopy.co.uk")

ITEMS = []


def H(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def addr(name, mail, charset="utf-8"):
    if name is None:
        return mail
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, mail))
    except UnicodeEncodeError:
        return f"{Header(name, charset).encode()} <{mail}>"


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, charset).encode(maxlinelen=76)


# ---------------------------------------------------------------- MIME serializer
def _encode(data: bytes, cte: str) -> bytes:
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(ctype, content, charset="utf-8", cte="quoted-printable", headers=(), raw_charset=None):
    """A text or binary leaf. content str -> encoded with raw_charset or charset."""
    if isinstance(content, str):
        data = content.replace("\r\n", "\n").encode(raw_charset or charset)
        ct = f'{ctype}; charset="{charset}"'
    else:
        data = content
        ct = ctype
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(headers)
    return ("leaf", hs, _encode(data, cte))


def text(body, charset="utf-8", cte="quoted-printable", raw_charset=None):
    return leaf("text/plain", body, charset, cte, raw_charset=raw_charset)


def html(body, charset="utf-8", cte="quoted-printable", raw_charset=None):
    return leaf("text/html", body, charset, cte, raw_charset=raw_charset)


def att(data, ctype, filename, inline_cid=None):
    if inline_cid:
        hs = [("Content-ID", f"<{inline_cid}>"),
              ("Content-Disposition", f'inline; filename="{filename}"')]
        ctype = f'{ctype}; name="{filename}"'
    else:
        hs = [("Content-Disposition", f'attachment; filename="{filename}"')]
        ctype = f'{ctype}; name="{filename}"'
    return ("leaf", [("Content-Type", ctype), ("Content-Transfer-Encoding", "base64")] + hs,
            _encode(data, "base64"))


def multi(sub, parts, boundary=None, params=""):
    return ("multi", sub, parts, boundary, params)


def alt(txt, htm, **kw):
    return multi("alternative", [txt, htm], **kw)


def _ser(part, seed):
    if part[0] == "leaf":
        _, hs, body = part
        return hs, body
    _, sub, parts, boundary, params = part
    if boundary is None:
        boundary = "----=_Part_" + str(int(H(seed + sub, 8), 16) % 999999) + "_" + str(int(H(seed, 9), 16)) + ".17" + H(seed + "t", 10).translate(str.maketrans("abcdef", "123456"))
    out = b"This is a multi-part message in MIME format.\n" if sub == "mixed" else b""
    for i, p in enumerate(parts):
        hs, body = _ser(p, seed + str(i))
        out += b"\n--" + boundary.encode() + b"\n"
        out += b"".join(f"{k}: {v}\n".encode() for k, v in hs) + b"\n" + body
    out += b"\n--" + boundary.encode() + b"--\n"
    return [("Content-Type", f'multipart/{sub};{params} boundary="{boundary}"')], out


def when(s, tz):
    return datetime.datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def pdf_bytes(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            f"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 760 Td ({title}) Tj ET\nendstream endobj\n"
            f"trailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1", "replace")


PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def add(*, frm, to, subject, date, tz, body, kind, lang, extra=(), mid=None,
        received=None, subject_charset="utf-8", **labels):
    d = when(date, tz)
    n = len(ITEMS) + 1
    seed = f"{n}-{subject}-{date}"
    frm_name, frm_mail = frm
    dom = frm_mail.split("@")[1]
    if mid is None:
        mid = f"<{d.astimezone(datetime.timezone.utc).strftime('%Y%m%d%H%M%S')}.{H(seed, 12).upper()}@{dom}>"
    elif "{" in mid:
        mid = mid.format(h=H(seed, 24), H=H(seed, 20).upper(), ts=int(d.timestamp()), dom=dom)
    top = []
    top.append(("Return-Path", f"<{labels.pop('return_path', 'bounce-' + H(seed, 10) + '@' + dom)}>"))
    rcv_host = received or f"mx{int(H(seed,2),16)%4+1}.{to[1].split('@')[1]}"
    utc = d.astimezone(datetime.timezone.utc)
    top.append(("Received", f"from out-{H(seed,4)}.{dom} (out-{H(seed,4)}.{dom} [185.{int(H(seed,2),16)}.{int(H(seed+'x',2),16)}.{int(H(seed+'y',2),16)}])\n\tby {rcv_host} with ESMTPS id {H(seed+'r',12).upper()}\n\tfor <{to[1]}>; {email.utils.format_datetime(utc + datetime.timedelta(seconds=3))}"))
    top.append(("Date", email.utils.format_datetime(d)))
    top.append(("From", addr(*frm)))
    top.append(("To", addr(*to) if to[0] else to[1]))
    top.append(("Subject", hdr(subject, subject_charset)))
    top.append(("Message-ID", mid))
    top.append(("MIME-Version", "1.0"))
    top.extend(extra)
    hs, payload = _ser(body, seed)
    raw = b"".join(f"{k}: {v}\n".encode() for k, v in top + hs) + b"\n" + payload
    name = f"{PREFIX}-{n:04d}.eml"
    lab = {"kind": kind, "language": lang, "split": "dev"}
    lab.update(labels)
    ITEMS.append((name, raw, lab))


# ---------------------------------------------------------------- HTML skeletons
def bank_html(*, brand, color, preheader, title, intro, rows, after="", footer="",
              logo_alt=None, track="", accent="#333333", amount_row=None, lang="it"):
    """Classic table-based bank alert (Italian/Spanish/IE banks)."""
    rws = "".join(
        f'<tr><td style="padding:6px 0;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#666666;width:40%;border-bottom:1px solid #eeeeee;">{k}</td>'
        f'<td style="padding:6px 0;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:{accent};font-weight:bold;border-bottom:1px solid #eeeeee;">{v}</td></tr>\n'
        for k, v in rows)
    amt = ""
    if amount_row:
        amt = (f'<tr><td align="center" style="padding:18px 0 8px 0;font-family:Arial,Helvetica,sans-serif;font-size:30px;font-weight:bold;color:{color};">{amount_row}</td></tr>\n')
    pixel = f'<img src="{track}/open?u={H(brand+title,20)}" width="1" height="1" alt="" style="display:block;border:0;">' if track else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{title}</title>
<style type="text/css">
body {{ margin:0; padding:0; -webkit-text-size-adjust:100%; }}
@media only screen and (max-width:600px) {{ .container {{ width:100% !important; }} }}
</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<div style="display:none;font-size:1px;color:#f2f2f2;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">{preheader}&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2">
<tr><td align="center" style="padding:20px 10px;">
<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="border-collapse:collapse;">
<tr><td bgcolor="{color}" style="padding:18px 24px;font-family:Arial,Helvetica,sans-serif;font-size:20px;font-weight:bold;color:#ffffff;">
<img src="https://static.{brand.lower().replace(' ','')}.example/img/logo-white.png" alt="{logo_alt or brand}" height="28" style="border:0;display:inline-block;vertical-align:middle;" /></td></tr>
<tr><td style="padding:28px 24px 4px 24px;font-family:Arial,Helvetica,sans-serif;font-size:19px;font-weight:bold;color:#222222;">{title}</td></tr>
<tr><td style="padding:8px 24px 8px 24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#444444;">{intro}</td></tr>
{amt}<tr><td style="padding:8px 24px 16px 24px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
{rws}</table></td></tr>
<tr><td style="padding:4px 24px 24px 24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:21px;color:#444444;">{after}</td></tr>
<tr><td bgcolor="#fafafa" style="padding:18px 24px;font-family:Arial,Helvetica,sans-serif;font-size:10px;line-height:15px;color:#999999;border-top:1px solid #e5e5e5;">{footer}</td></tr>
</table>
{pixel}
</td></tr></table>
</body>
</html>
"""


def modern_html(*, brand, preheader, heading, blocks, footer, color="#635bff", lang="en", track=""):
    """div/table hybrid used by fintechs and processors (Stripe, Wise, Revolut, SumUp...)."""
    inner = "\n".join(blocks)
    pixel = f'<img src="{track}" width="1" height="1" alt="" style="height:1px!important;width:1px!important;border:0;margin:0;padding:0;" />' if track else ""
    return f"""<!doctype html>
<html lang="{lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="x-apple-disable-message-reformatting"><title>{heading}</title>
<!--[if mso]><style>table,td,div,p{{font-family:Arial,sans-serif;}}</style><![endif]-->
</head>
<body style="margin:0;padding:0;word-spacing:normal;background-color:#f6f9fc;">
<span style="color:transparent;display:none!important;height:0;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;visibility:hidden;width:0;">{preheader}</span>
<div role="article" aria-roledescription="email" lang="{lang}" style="text-size-adjust:100%;-webkit-text-size-adjust:100%;background-color:#f6f9fc;">
<table role="presentation" style="width:100%;border:none;border-spacing:0;"><tr><td align="center" style="padding:32px 0;">
<table role="presentation" style="width:94%;max-width:560px;border:none;border-spacing:0;text-align:left;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:24px;color:#414552;">
<tr><td style="padding:0 0 24px 0;"><span style="font-size:22px;font-weight:700;color:{color};letter-spacing:-0.5px;">{brand}</span></td></tr>
<tr><td style="padding:32px;background-color:#ffffff;border-radius:8px;">
<h1 style="margin:0 0 16px 0;font-size:24px;line-height:32px;font-weight:600;color:#1a1a1a;">{heading}</h1>
{inner}
</td></tr>
<tr><td style="padding:24px 8px;font-size:12px;line-height:18px;color:#8792a2;">{footer}</td></tr>
</table></td></tr></table></div>
{pixel}
</body></html>
"""


def kv_table(rows, label_color="#697386", value_color="#1a1f36", top_border="#e3e8ee"):
    r = "".join(
        f'<tr><td style="padding:10px 0;border-top:1px solid {top_border};color:{label_color};font-size:14px;">{k}</td>'
        f'<td align="right" style="padding:10px 0;border-top:1px solid {top_border};color:{value_color};font-size:14px;font-weight:600;">{v}</td></tr>\n'
        for k, v in rows)
    return f'<table role="presentation" width="100%" style="border-collapse:collapse;margin:16px 0;">\n{r}</table>'


def p(t, style="margin:0 0 16px 0;"):
    return f'<p style="{style}">{t}</p>'


def button(label, href, color="#635bff"):
    return (f'<table role="presentation" style="border-spacing:0;margin:8px 0 16px 0;"><tr><td style="border-radius:6px;background:{color};">'
            f'<a href="{href}" style="display:inline-block;padding:10px 20px;color:#ffffff;text-decoration:none;font-weight:600;font-size:15px;">{label}</a></td></tr></table>')


def rows_text(rows, width=22):
    return "\n".join(f"{(k + ':').ljust(width)}{v}" for k, v in rows)


# ====================================================================== ITALIAN: money in
INTESA_FOOT = ("Questa e-mail è generata automaticamente: ti preghiamo di non rispondere a questo indirizzo.<br>"
               "Intesa Sanpaolo non ti chiederà mai, tramite e-mail, SMS o telefonata, di fornire codici personali, PIN o credenziali. "
               "Se ricevi comunicazioni sospette segnalale a <a href=\"mailto:antifrode@intesasanpaolo.example\" style=\"color:#999999;\">antifrode@intesasanpaolo.example</a>.<br><br>"
               "Intesa Sanpaolo S.p.A. – Sede Legale: Piazza San Carlo, 156 10121 Torino – Capitale Sociale Euro 10.368.870.930,08 – "
               "Iscritta all'Albo delle Banche al n. 5361 – Aderente al Fondo Interbancario di Tutela dei Depositi e al Fondo Nazionale di Garanzia.")


def it_money_in():
    # 1 Intesa: app-style alert, causale with spaces
    rows = [("Conto", "IT** **** **** **** **** ***4417"), ("Ordinante", "CARTOTECNICA VENETA SRL"),
            ("Importo", "1.220,00 EUR"), ("Data contabile", "16/11/2026"), ("Data valuta", "16/11/2026"),
            ("Causale", "SALDO FT 12 2026 ROSSI")]
    add(frm=("Intesa Sanpaolo", "notifiche@comunicazioni.intesasanpaolo.com"), to=ALE,
        subject="Hai ricevuto un bonifico", date="2026-11-16T09:42:17", tz="Europe/Rome",
        body=alt(text("Gentile Cliente,\n\nti informiamo che sul tuo conto è stato accreditato un bonifico.\n\n" + rows_text(rows) +
                      "\n\nPuoi consultare il dettaglio del movimento nell'app Intesa Sanpaolo Mobile, sezione Conto > Movimenti.\n\n"
                      "Questa e-mail è generata automaticamente, ti preghiamo di non rispondere.\n"
                      "Intesa Sanpaolo S.p.A. - Sede Legale: Piazza San Carlo, 156 10121 Torino\n"),
                 html(bank_html(brand="IntesaSanpaolo", color="#00784c", preheader="Accredito di 1.220,00 EUR sul conto ***4417",
                                title="Hai ricevuto un bonifico", intro="Gentile Cliente,<br>ti informiamo che sul tuo conto è stato accreditato un bonifico.",
                                rows=rows, after="Puoi consultare il dettaglio del movimento nell'app <b>Intesa Sanpaolo Mobile</b>, sezione Conto &gt; Movimenti.",
                                footer=INTESA_FOOT, track="https://click.comunicazioni.intesasanpaolo.com/q"))),
        extra=[("X-Mailer", "Salesforce Marketing Cloud"), ("Auto-Submitted", "auto-generated")],
        kind="payment-notification", lang="it", amount="1220.00", reference="12/2026",
        note="Intesa app alert, incoming SEPA credit. Causale 'SALDO FT 12 2026 ROSSI' = invoice 12/2026 written with spaces. Carries Auto-Submitted: auto-generated although it is not an auto-reply.")

    # 2 Intesa old "servizio alert" text, latin-1, no invoice number
    add(frm=("Intesa Sanpaolo Servizio Alert", "alert@servizioalert.intesasanpaolo.com"), to=DAV,
        subject="Avviso movimento c/c 1000/00012345", date="2026-12-02T07:05:51", tz="Europe/Rome",
        body=text("AVVISO DI ACCREDITO\n"
                  "--------------------------------------------------\n"
                  "Rapporto       : 1000/00012345  GRECO DAVIDE\n"
                  "Data operazione: 01/12/2026\n"
                  "Valuta         : 01/12/2026\n"
                  "Operazione     : ACCREDITO BONIFICO SEPA\n"
                  "Importo        : +480,00 EUR\n"
                  "Ordinante      : STUDIO DENTISTICO DR. PALUMBO\n"
                  "Info           : PAGAMENTO FATTURA NOVEMBRE\n"
                  "--------------------------------------------------\n\n"
                  "Il saldo disponibile aggiornato è consultabile nella sua area riservata.\n"
                  "Per modificare le soglie degli avvisi acceda a Servizi > Alert.\n\n"
                  "Messaggio inviato automaticamente. Non rispondere a questa e-mail.\n",
                  charset="iso-8859-1", cte="quoted-printable"),
        kind="payment-notification", lang="it", amount="480.00",
        note="Old-style fixed-width alert, iso-8859-1 QP. Incoming credit with no invoice number at all ('PAGAMENTO FATTURA NOVEMBRE'): no reference.")

    # 3 UniCredit HTML, causale 'Fattura n.15/2026 del 03/11/2026'
    ucf = ("UniCredit S.p.A. – Sede Sociale: Piazza Gae Aulenti, 3 – Tower A – 20154 Milano – Iscritta all'Albo delle Banche e Capogruppo del Gruppo Bancario UniCredit – "
           "Aderente al Fondo Interbancario di Tutela dei Depositi e al Fondo Nazionale di Garanzia.<br>"
           "Ti ricordiamo che UniCredit non ti chiederà mai di comunicare i tuoi codici via e-mail. "
           "<a href=\"https://www.unicredit.it/it/privati/sicurezza.html?utm_source=alert\" style=\"color:#999999;\">Scopri come proteggerti</a>.")
    rows = [("Importo", "€ 2.135,00"), ("Ordinante", "Ferramenta Lodigiana S.n.c. di Bassi G. &amp; C."),
            ("Causale", "Fattura n.15/2026 del 03/11/2026"), ("Data accredito", "27/11/2026"), ("Conto", "*****2209")]
    add(frm=("UniCredit", "noreply@alert.unicredit.it"), to=ALE,
        subject="Accredito bonifico sul tuo conto", date="2026-11-27T14:05:33", tz="Europe/Rome",
        body=alt(text("UniCredit - Notifica\n\nAccredito di € 2.135,00 sul tuo conto *****2209\n\n"
                      "Ordinante: Ferramenta Lodigiana S.n.c. di Bassi G. & C.\nCausale: Fattura n.15/2026 del 03/11/2026\nData accredito: 27/11/2026\n\n"
                      "Trovi tutti i dettagli in Banca via Internet o nell'App Mobile Banking.\n\n"
                      "UniCredit S.p.A. - Sede Sociale: Piazza Gae Aulenti, 3 - Tower A - 20154 Milano\n"),
                 html(bank_html(brand="UniCredit", color="#e2001a", preheader="Accredito di € 2.135,00 sul tuo conto *****2209",
                                title="Notifica di accredito", intro="Ciao Alessandra,<br>è stato accreditato un bonifico sul tuo conto.",
                                amount_row="+ € 2.135,00", rows=rows[1:],
                                after="Trovi tutti i dettagli in <a href=\"https://www.unicredit.it/bvi?src=mail\" style=\"color:#e2001a;\">Banca via Internet</a> o nell'App Mobile Banking.",
                                footer=ucf, track="https://t.alert.unicredit.it/o"))),
        kind="payment-notification", lang="it", amount="2135.00", reference="15/2026",
        note="UniCredit accredito; amount in its own big cell '+ € 2.135,00' (HTML) and in text; reference inside causale with a date after it.")

    # 4 UniCredit SCT Inst, partial payment
    rows = [("Tipo operazione", "Bonifico istantaneo SEPA (SCT Inst)"), ("Importo", "EUR 350,00"),
            ("Ordinante", "PANIFICIO F.LLI ORSINI"), ("IBAN ordinante", "IT60X0542811101000000123456"),
            ("Causale", "acconto 50% fatt 21-2026"), ("Data e ora", "14/12/2026 19:31")]
    add(frm=("UniCredit", "noreply@alert.unicredit.it"), to=ALE,
        subject="Hai ricevuto un bonifico istantaneo", date="2026-12-14T19:31:08", tz="Europe/Rome",
        body=html(bank_html(brand="UniCredit", color="#e2001a", preheader="EUR 350,00 sono già disponibili sul tuo conto",
                            title="Bonifico istantaneo ricevuto",
                            intro="Ciao Alessandra,<br>hai ricevuto un bonifico istantaneo: l'importo è già disponibile sul tuo conto.",
                            rows=rows, footer=ucf, after="Grazie per aver scelto UniCredit."), cte="base64"),
        kind="payment-notification", lang="it", amount="350.00", reference="21/2026",
        note="HTML-only, base64. Partial payment (first instalment, 'acconto 50%'): still money in; amount = 350.00 actually received. 'fatt 21-2026' = 21/2026.")

    # 5 BPER text QP
    add(frm=("BPER Banca", "notifiche@bper.it"), to=DAV,
        subject="BPER Banca - Notifica movimento", date="2026-12-10T08:15:40", tz="Europe/Rome",
        body=text("Gentile cliente,\n"
                  "la informiamo che in data 10/12/2026 sul rapporto n. 0000012876 è stata registrata la seguente operazione:\n\n"
                  "Accredito bonifico da GALLI SRL di EUR 1.830,00\n"
                  "Info: RIF. FATT. 18/2026 DEL 20/11 - SERV. HOSTING E MANUTENZIONE 2027\n\n"
                  "Per maggiori informazioni acceda a Smart Web o all'app Smart Mobile Banking.\n\n"
                  "Cordiali saluti\nBPER Banca S.p.A.\n\n"
                  "--\nMessaggio generato automaticamente, si prega di non rispondere.\n"
                  "BPER Banca S.p.A. - Sede in Modena, Via San Carlo 8/20 - Iscritta all'Albo delle Banche - "
                  "Capogruppo del Gruppo bancario BPER Banca - Aderente al Fondo Interbancario di Tutela dei Depositi.\n"),
        kind="payment-notification", lang="it", amount="1830.00", reference="18/2026",
        note="BPER plain-text movement notice; 'RIF. FATT. 18/2026' in Info line.")

    # 6 Banco BPM: table with amount and currency in separate columns
    bpm_rows = ('<tr style="background:#f5f7fa;"><th align="left" style="padding:8px;font:bold 12px Arial;color:#0b3c5d;">Data</th>'
                '<th align="left" style="padding:8px;font:bold 12px Arial;color:#0b3c5d;">Descrizione</th>'
                '<th align="right" style="padding:8px;font:bold 12px Arial;color:#0b3c5d;">Importo</th>'
                '<th align="left" style="padding:8px;font:bold 12px Arial;color:#0b3c5d;">Divisa</th></tr>'
                '<tr><td style="padding:8px;font:12px Arial;border-bottom:1px solid #dde3ea;">18/12/2026</td>'
                '<td style="padding:8px;font:12px Arial;border-bottom:1px solid #dde3ea;">BONIFICO A VOSTRO FAVORE<br>ORD: AGRITURISMO LE CAPINERE DI MONTI LAURA<br>VS FATT. 19/2026</td>'
                '<td align="right" style="padding:8px;font:bold 12px Arial;color:#1a7f37;border-bottom:1px solid #dde3ea;">1.098,00</td>'
                '<td style="padding:8px;font:12px Arial;border-bottom:1px solid #dde3ea;">EUR</td></tr>')
    bpm = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#ffffff;">
<table width="620" cellpadding="0" cellspacing="0" border="0" align="center">
<tr><td style="padding:16px 0;border-bottom:4px solid #0b3c5d;"><img src="https://www.bancobpm.it/static/img/logo-banco-bpm.png" alt="Banco BPM" width="150"></td></tr>
<tr><td style="padding:20px 0 10px 0;font:14px Arial;color:#333;">Gentile ROSSI ALESSANDRA,<br><br>
Le comunichiamo che sul conto corrente n. 000000004512 è stato registrato il seguente movimento, per il quale ha attivato il servizio di notifica <b>YouNotify</b>.</td></tr>
<tr><td><table width="100%" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #dde3ea;">{bpm_rows}</table></td></tr>
<tr><td style="padding:18px 0;font:13px Arial;color:#333;">Può consultare l'elenco completo dei movimenti accedendo a YouWeb o all'app YouApp.</td></tr>
<tr><td style="padding:14px 0;font:10px Arial;color:#8a8a8a;border-top:1px solid #dde3ea;">Questo messaggio è stato inviato da un indirizzo non abilitato alla ricezione. Per assistenza contatti il Servizio Clienti al numero verde 800 024 024.<br>
Banco BPM S.p.A. – Sede legale: Piazza F. Meda 4, Milano – Capitale sociale € 7.100.000.000,00 i.v. – Iscritta all'Albo delle Banche – Capogruppo del Gruppo Bancario Banco BPM – Aderente al Fondo Interbancario di Tutela dei Depositi.</td></tr>
</table></body></html>
"""
    add(frm=("Banco BPM - YouNotify", "younotify@bancobpm.it"), to=ALE,
        subject="YouNotify: nuovo movimento sul conto 000000004512", date="2026-12-18T11:47:02", tz="Europe/Rome",
        body=html(bpm, cte="quoted-printable"),
        kind="payment-notification", lang="it", amount="1098.00", reference="19/2026",
        note="HTML-only table: amount '1.098,00' in its own cell without sign, currency 'EUR' in the next column. 'VS FATT. 19/2026' (vostra fattura).")

    # 7 Credem SMS-style
    add(frm=("Credem", "alert@credem.it"), to=DAV,
        subject="Credem Alert", date="2026-12-21T16:22:45", tz="Europe/Rome",
        body=text("Credem Alert: Accr. bonif. 610,00 EUR ord. STUDIO BIANCHI ASSOC. PROF. caus. SALDO FATT 22 2026 - c/c ***5530 - 21/12/26\n\n"
                  "Per non ricevere piu' questi messaggi modifica le impostazioni da Credem Link > Servizi > Alert.\n", charset="us-ascii", cte="7bit"),
        kind="payment-notification", lang="it", amount="610.00", reference="22/2026",
        note="Terse SMS-style alert, abbreviations ('Accr. bonif.', 'ord.', 'caus.'). 'SALDO FATT 22 2026' = 22/2026.")

    # 8 Mediolanum, 2027 invoice
    med_rows = [("Importo", "€ 3.050,00"), ("Data valuta", "19/01/2027"),
                ("Descrizione", "BONIFICO A VOSTRO FAVORE DISPOSTO DA: HOTEL BELVEDERE SAS DI CONTI M. &amp; C. NOTE: Fattura 2/2027 restyling brochure")]
    add(frm=("Banca Mediolanum", "noreply@bancamediolanum.it"), to=ALE,
        subject="È arrivato un bonifico sul tuo conto", date="2027-01-19T10:03:12", tz="Europe/Rome",
        body=alt(text("Ciao Alessandra,\nè arrivato un bonifico sul tuo SelfyConto.\n\nImporto: € 3.050,00\nData valuta: 19/01/2027\n"
                      "Descrizione: BONIFICO A VOSTRO FAVORE DISPOSTO DA: HOTEL BELVEDERE SAS DI CONTI M. & C. NOTE: Fattura 2/2027 restyling brochure\n\n"
                      "Banca Mediolanum S.p.A. - Palazzo Meucci - Via F. Sforza - 20079 Basiglio (MI)\n"),
                 html(bank_html(brand="BancaMediolanum", color="#003b7a", preheader="Ciao Alessandra, hai ricevuto € 3.050,00",
                                title="È arrivato un bonifico", intro="Ciao Alessandra,<br>è arrivato un bonifico sul tuo SelfyConto.",
                                rows=med_rows, after="<a href=\"https://www.bancamediolanum.it/accesso?cmp=notif_bonifico\" style=\"color:#003b7a;\">Accedi all'area riservata</a>",
                                footer="Banca Mediolanum S.p.A. – Palazzo Meucci – Via F. Sforza – 20079 Basiglio (MI) – Capitale sociale euro 600.000.000 i.v. – Aderente al Fondo Interbancario di Tutela dei Depositi. "
                                       "Questa è una comunicazione di servizio: la riceverai anche se hai negato il consenso alle comunicazioni commerciali."))),
        kind="payment-notification", lang="it", amount="3050.00", reference="2/2027",
        note="Mediolanum credit for a 2027 invoice: 'Fattura 2/2027' in NOTE of a long description.")

    # 9 BancoPosta
    add(frm=("Poste Italiane", "noreply@posteitaliane.it"), to=ALE,
        subject="Notifica BancoPosta: hai ricevuto un bonifico", date="2027-01-08T12:30:55", tz="Europe/Rome",
        body=alt(text("Notifica BancoPosta\n\nSul tuo Conto BancoPosta n. ****8870 è stato accreditato un bonifico.\n\n"
                      "Importo: + 732,00 €\nDa: STUDIO FOTOGRAFICO LUCE SNC\nCausale: FT34 2026 GRAFICA CATALOGO\n\n"
                      "Poste Italiane non ti chiederà mai dati personali o codici via e-mail o SMS.\n"),
                 html(bank_html(brand="PosteItaliane", color="#ffcc00", accent="#003399", preheader="+ 732,00 € sul tuo Conto BancoPosta",
                                title="Hai ricevuto un bonifico", intro="Sul tuo Conto BancoPosta n. ****8870 è stato accreditato un bonifico.",
                                rows=[("Importo", "+ 732,00 €"), ("Da", "STUDIO FOTOGRAFICO LUCE SNC"), ("Causale", "FT34 2026 GRAFICA CATALOGO")],
                                footer="Poste Italiane S.p.A. – Patrimonio BancoPosta – Viale Europa 190, 00144 Roma. Poste Italiane non ti chiederà mai dati personali o codici via e-mail o SMS."),
                      cte="base64")),
        kind="payment-notification", lang="it", amount="732.00", reference="34/2026",
        note="BancoPosta credit; 'FT34 2026' glued prefix = 34/2026.")

    # 10 Widiba, second instalment
    add(frm=("Widiba", "comunicazioni@widiba.it"), to=DAV,
        subject="Widiba | Bonifico in entrata", date="2027-01-12T09:18:20", tz="Europe/Rome",
        body=html(modern_html(brand="widiba", color="#e6007e", lang="it", preheader="Ti è arrivato un bonifico di 500,00 €",
                              heading="Ti è arrivato un bonifico",
                              blocks=[p("Ciao Davide, abbiamo accreditato un bonifico sul tuo conto Widiba."),
                                      kv_table([("Importo", "500,00 €"), ("Ordinante", "NAUTICA SPINELLI SRL"),
                                                ("Causale", "Fatt. n° 24 / 2026 - seconda rata"), ("Data", "12/01/2027")]),
                                      p("Controlla i movimenti dall'app Widiba.", "margin:0;font-size:13px;color:#697386;")],
                              footer="Banca Widiba S.p.A. – Gruppo Montepaschi – Via Ernesto Breda 176, 20126 Milano. Messaggio automatico, non rispondere."),
                  cte="quoted-printable"),
        kind="payment-notification", lang="it", amount="500.00", reference="24/2026",
        note="Second instalment of a split payment ('seconda rata'); 'Fatt. n° 24 / 2026' with spaces around the slash.")

    # 11 Banca Sella: daily summary, several rows, only one credit
    srows = [("15/01/2027", "PAGAMENTO POS ESSELUNGA MI VIALE PIAVE", "-63,40"),
             ("15/01/2027", "ADDEBITO SDD ENEL ENERGIA SPA FATT. 004417233", "-112,08"),
             ("15/01/2027", "BONIFICO A VS FAVORE DA MARINI ARREDAMENTI SRL CAUS: SALDO FT.25/2026", "+1.464,00"),
             ("15/01/2027", "COMMISSIONI BONIFICO", "-0,00")]
    trs = "".join(f'<tr><td style="padding:6px;border-bottom:1px solid #eee;font:12px Verdana;">{a}</td><td style="padding:6px;border-bottom:1px solid #eee;font:12px Verdana;">{b}</td>'
                  f'<td align="right" style="padding:6px;border-bottom:1px solid #eee;font:12px Verdana;color:{"#0a7d32" if c.startswith("+") else "#b00020"};">{c}</td></tr>' for a, b, c in srows)
    sella_html = f"""<html><body style="font-family:Verdana,sans-serif;font-size:12px;color:#222;">
<p><img src="https://www.sella.it/img/logo_sella_mail.png" alt="Sella"></p>
<p>Gentile cliente,<br>di seguito i movimenti registrati il 15/01/2027 sul conto n. 052876543210.</p>
<table cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%;max-width:640px;">
<tr style="background:#f0f0f0;"><th align="left" style="padding:6px;">Data</th><th align="left" style="padding:6px;">Descrizione</th><th align="right" style="padding:6px;">Importo EUR</th></tr>
{trs}</table>
<p>Saldo contabile a fine giornata: 6.402,17 EUR</p>
<p style="font-size:10px;color:#888;">Banca Sella S.p.A. - Piazza Gaudenzio Sella 1 - 13900 Biella. Ricevi questa e-mail perché hai attivato il servizio "Riepilogo movimenti giornaliero".
Per disattivarlo accedi a sella.it &gt; Impostazioni &gt; Notifiche.</p>
</body></html>
"""
    add(frm=("Banca Sella", "noreply@sella.it"), to=ALE,
        subject="Riepilogo movimenti del 15/01/2027", date="2027-01-15T21:00:04", tz="Europe/Rome",
        body=alt(text("Riepilogo movimenti del 15/01/2027 - conto 052876543210\n\n" +
                      "\n".join(f"{a}  {b:<70} {c:>10}" for a, b, c in srows) +
                      "\n\nSaldo contabile a fine giornata: 6.402,17 EUR\n"),
                 html(sella_html)),
        kind="payment-notification", lang="it", amount="1464.00", reference="25/2026",
        note="Daily movement summary with several rows: two debits (POS, SDD with its own 'FATT.' number) and one credit 'SALDO FT.25/2026' +1.464,00. Only the credit is the payment; the Enel bill number is not a reference.")

    # 12 Satispay Business
    add(frm=("Satispay", "no-reply@satispay.com"), to=ALE,
        subject="Hai ricevuto 45,00 €", date="2026-12-13T17:44:09", tz="Europe/Rome",
        body=alt(text("Nuovo incasso\n\nMartina L. ti ha inviato 45,00 €\nMessaggio: \"per la consulenza del 12/12 ✏️\"\n\n"
                      "Lo trovi nel tuo Satispay Business, sezione Incassi.\n\nSatispay Europe S.A. - 2, Place de Paris, L-2314 Luxembourg\n"),
                 html(modern_html(brand="satispay", color="#ef423d", lang="it", preheader="Martina L. ti ha inviato 45,00 €",
                                  heading="Nuovo incasso: 45,00 €",
                                  blocks=[p("<b>Martina L.</b> ti ha inviato <b>45,00 €</b>."),
                                          p("Messaggio: <i>“per la consulenza del 12/12 ✏️”</i>"),
                                          button("Vai agli incassi", "https://business.satispay.com/transactions?utm_source=email", "#ef423d")],
                                  footer="Satispay Europe S.A. – 2, Place de Paris, L-2314 Luxembourg. Hai ricevuto questa e-mail perché hai un account Satispay Business."))),
        kind="payment-notification", lang="it", amount="45.00",
        note="Satispay Business incoming payment from a person, no invoice reference (a date in the message is not a reference).")

    # 13 Nexi XPay pay-by-link
    add(frm=("Nexi XPay", "noreply@nexi.it"), to=DAV,
        subject="XPay - Esito transazione: POSITIVO - ordine FT-27-2026-DG", date="2026-12-04T15:02:48", tz="Europe/Rome",
        body=text("Gentile Esercente,\n\nLe comunichiamo l'esito della seguente transazione:\n\n"
                  "Esito: POSITIVO\nCodice esercente: 0000000054321\nAlias: payment_3871554\n"
                  "Codice transazione: FT-27-2026-DG\nDescrizione: Pay by Link - Fattura 27/2026 Greco Davide\n"
                  "Importo: 1.586,00 EUR\nCircuito: MASTERCARD\nCodice autorizzazione: 04Q7TZ\n"
                  "Data e ora: 04/12/2026 15:02:41\nEmail cliente: amministrazione@oleificiodecarolis.it\n\n"
                  "Cordiali saluti\nNexi Payments S.p.A.\n\n"
                  "Questa e-mail è stata generata automaticamente. Si prega di non rispondere.\n",
                  cte="quoted-printable"),
        kind="payment-notification", lang="it", amount="1586.00", reference="27/2026",
        note="Nexi pay-by-link merchant notice; 'Esito: POSITIVO' = card payment succeeded. Reference both as order code FT-27-2026-DG and 'Fattura 27/2026'.")

    # 14 PayPal IT
    pp_foot = ("Aiuto e contatti | Sicurezza | App<br>PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg. "
               "Non rispondere a questa e-mail: per ricevere assistenza accedi al tuo conto e fai clic su Aiuto.<br>Copyright © 1999-2026 PayPal. Tutti i diritti riservati.<br>PPX000589:1.1:1f2b6d3e4a")
    add(frm=("PayPal", "service@paypal.it"), to=ALE,
        subject="Hai ricevuto un pagamento", date="2026-11-20T03:14:07", tz="America/Los_Angeles",
        body=alt(text("Ciao Alessandra Rossi,\n\nHai ricevuto 305,00 € EUR da Marta Colombo.\n\n"
                      "Nota da Marta Colombo:\n\"fattura 28/2026 illustrazioni copertina, grazie mille!!\"\n\n"
                      "Dettagli della transazione\nID transazione: 5TY81274GH908433K\nData transazione: 20 novembre 2026\n"
                      "Importo ricevuto: 305,00 € EUR\n\n" + "PayPal (Europe) S.à r.l. et Cie, S.C.A.\n"),
                 html(modern_html(brand="PayPal", color="#003087", lang="it", preheader="Marta Colombo ti ha inviato 305,00 € EUR",
                                  heading="Hai ricevuto un pagamento",
                                  blocks=[p("Ciao Alessandra Rossi,"), p("Hai ricevuto <b>305,00 € EUR</b> da Marta Colombo."),
                                          p('<span style="color:#6c7378;">Nota da Marta Colombo:</span><br>“fattura 28/2026 illustrazioni copertina, grazie mille!!”'),
                                          kv_table([("ID transazione", '<a href="https://www.paypal.com/it/myaccount/transaction/details/5TY81274GH908433K" style="color:#0070ba;">5TY81274GH908433K</a>'),
                                                    ("Data transazione", "20 novembre 2026"), ("Importo ricevuto", "305,00 € EUR")])],
                                  footer=pp_foot, track="https://t.paypal.com/ts?v=1&e=op&c=PPX000589"))),
        kind="payment-notification", lang="it", amount="305.00", reference="28/2026",
        note="PayPal 'Hai ricevuto un pagamento'; Date in Pacific time (-0800) as PayPal does. Invoice number is inside the payer's free-text note.")

    # 15 Stripe IT
    add(frm=("Stripe", "notifications@stripe.com"), to=DAV,
        subject="Pagamento di €1.500,00 da Officine Brambilla S.r.l. riuscito", date="2026-12-09T10:27:51", tz="UTC",
        body=alt(text("Greco Web\n\nPagamento riuscito\n\n€1.500,00 da Officine Brambilla S.r.l. (amministrazione@officinebrambilla.it)\n\n"
                      "Descrizione: Fattura 29/2026 - sviluppo e-commerce (saldo)\nMetodo di pagamento: Visa •••• 4242\nID pagamento: pi_3QxR7sLk2vB9aZ1c0f8Kk2mE\n\n"
                      "Visualizza il pagamento: https://dashboard.stripe.com/payments/pi_3QxR7sLk2vB9aZ1c0f8Kk2mE\n\n"
                      "Stripe Payments Europe, Ltd. - 1 Grand Canal Street Lower, Dublino 2, Irlanda\n"),
                 html(modern_html(brand="stripe", lang="it", preheader="€1.500,00 da Officine Brambilla S.r.l.",
                                  heading="Pagamento riuscito",
                                  blocks=[p('<span style="font-size:32px;font-weight:700;color:#1a1f36;">€1.500,00</span>'),
                                          kv_table([("Cliente", "Officine Brambilla S.r.l."), ("Descrizione", "Fattura 29/2026 – sviluppo e-commerce (saldo)"),
                                                    ("Metodo di pagamento", "Visa •••• 4242"), ("ID pagamento", "pi_3QxR7sLk2vB9aZ1c0f8Kk2mE")]),
                                          button("Visualizza pagamento", "https://dashboard.stripe.com/payments/pi_3QxR7sLk2vB9aZ1c0f8Kk2mE")],
                                  footer="Ricevi questa e-mail perché hai attivato le notifiche dei pagamenti riusciti per Greco Web. "
                                         "<a href=\"https://dashboard.stripe.com/settings/user\" style=\"color:#8792a2;\">Gestisci le notifiche</a><br>Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublino 2, Irlanda"))),
        kind="payment-notification", lang="it", amount="1500.00", reference="29/2026",
        note="Stripe successful-payment notice to the account owner, Italian locale, Date in UTC.")

    # 16 SumUp IT payment link
    add(frm=("SumUp", "noreply@sumup.com"), to=ALE,
        subject="Hai ricevuto un pagamento di 220,00 €", date="2026-12-05T11:11:26", tz="Europe/Berlin",
        body=html(modern_html(brand="sumup", color="#1a1a1a", lang="it", preheader="Il tuo link di pagamento è stato pagato",
                              heading="Pagamento ricevuto",
                              blocks=[p("Buone notizie! Il tuo link di pagamento è stato pagato."),
                                      kv_table([("Importo", "220,00 €"), ("Descrizione", "Ritratto a matita A3 – consegna 4 dicembre"),
                                                ("Pagato da", "giorgio.valli@gmail.com"), ("Codice transazione", "TEN7XK2P9Q")]),
                                      p("Il denaro arriverà sul tuo conto secondo il tuo piano di accrediti.")],
                              footer="SumUp Payments Limited, Block 8, Harcourt Centre, Charlotte Way, Dublin 2, Ireland. "
                                     "<a href=\"https://me.sumup.com/settings/notifications\" style=\"color:#8792a2;\">Preferenze e-mail</a>"),
                  cte="quoted-printable"),
        kind="payment-notification", lang="it", amount="220.00",
        note="SumUp payment-link paid; description is a job, not an invoice number; no reference. Mentions later payout but the payment itself is received.")

    # 17 Fatture in Cloud: client paid via link
    fic_foot = "Fatture in Cloud è un servizio di TeamSystem S.p.A. – Via Sandro Pertini 88, 61122 Pesaro (PU). <a href=\"https://secure.fattureincloud.it/settings/notifications\" style=\"color:#8792a2;\">Gestisci notifiche</a>"
    add(frm=("Fatture in Cloud", "notifiche@fattureincloud.it"), to=ALE,
        subject="Il cliente Libreria Il Gabbiano ha pagato la fattura n. 30/2026", date="2026-12-16T13:55:10", tz="Europe/Rome",
        body=alt(text("Ciao Alessandra,\n\nbuone notizie: Libreria Il Gabbiano di Ferri Paola ha pagato online la fattura n. 30/2026 del 02/12/2026.\n\n"
                      "Importo pagato: 1.037,00 €\nMetodo: carta di credito (TS Pay)\nData pagamento: 16/12/2026\n\n"
                      "Abbiamo già segnato la fattura come saldata. Gli incassi TS Pay vengono accreditati sul conto entro 2 giorni lavorativi.\n\n"
                      "Il team di Fatture in Cloud\n"),
                 html(modern_html(brand="Fatture in Cloud", color="#0d97ff", lang="it", preheader="Fattura n. 30/2026 pagata online: 1.037,00 €",
                                  heading="Fattura pagata ✔",
                                  blocks=[p("Ciao Alessandra,"),
                                          p("buone notizie: <b>Libreria Il Gabbiano di Ferri Paola</b> ha pagato online la <b>fattura n. 30/2026</b> del 02/12/2026."),
                                          kv_table([("Importo pagato", "1.037,00 €"), ("Metodo", "Carta di credito (TS Pay)"), ("Stato fattura", "Saldata")]),
                                          button("Apri la fattura", "https://secure.fattureincloud.it/invoices-view-30-2026?utm_source=notify", "#0d97ff")],
                                  footer=fic_foot))),
        kind="payment-notification", lang="it", amount="1037.00", reference="30/2026",
        note="Invoicing platform: the client paid the invoice online through the platform's payment link. Counts as money-in notice (see header decision).")

    # 18 Fatture in Cloud: bank reconciliation
    add(frm=("Fatture in Cloud", "notifiche@fattureincloud.it"), to=DAV,
        subject="Riconciliazione: 1 incasso abbinato automaticamente", date="2027-01-05T08:02:33", tz="Europe/Rome",
        body=html(modern_html(brand="Fatture in Cloud", color="#0d97ff", lang="it", preheader="Fattura 31/2026 segnata come saldata",
                              heading="Abbiamo abbinato un incasso",
                              blocks=[p("Ciao Davide,"),
                                      p("dai movimenti del tuo conto collegato (Intesa Sanpaolo ****0012) abbiamo trovato un <b>movimento in entrata di 915,00 €</b> "
                                        "del 04/01/2027 e l'abbiamo abbinato alla <b>fattura n. 31/2026</b> intestata a Pasticceria Dolce Vita S.a.s."),
                                      p("La fattura ora risulta <b>saldata</b>. Se l'abbinamento non è corretto puoi annullarlo dalla sezione Riconciliazione."),
                                      button("Controlla l'abbinamento", "https://secure.fattureincloud.it/bank-reconciliation?utm_source=notify", "#0d97ff")],
                              footer=fic_foot)),
        kind="payment-notification", lang="it", amount="915.00", reference="31/2026",
        note="Invoicing platform's bank reconciliation: an incoming 915,00 movement matched to invoice 31/2026. Money in, reported second-hand by the platform.")

    # 19 GoCardless IT
    add(frm=("GoCardless", "help@gocardless.com"), to=DAV,
        subject="Hai incassato 120,00 € da Farmacia San Rocco", date="2027-01-06T06:12:40", tz="Europe/London",
        body=text("Ciao Davide,\n\nabbiamo incassato un pagamento per te.\n\n"
                  "Cliente: Farmacia San Rocco di Dr.ssa Elena Carli\nImporto: 120,00 €\n"
                  "Descrizione: Canone manutenzione sito – gennaio 2027\nRiferimento: PM01HX9Q2V7TZ\nData di incasso: 6 gennaio 2027\n\n"
                  "Il pagamento sarà incluso nel prossimo versamento sul tuo conto bancario.\n\n"
                  "Il team GoCardless\n\nGoCardless SAS, 7 rue de Madrid, 75008 Paris. Ricevi questa e-mail perché sei un commerciante GoCardless.\n"),
        kind="payment-notification", lang="it", amount="120.00",
        note="Direct debit collected FROM the client by GoCardless for the freelancer: money in (contrast with an SDD debited from the freelancer). Monthly fee, no invoice number.")

    # 20 Mollie IT
    add(frm=("Mollie", "noreply@mollie.com"), to=ALE,
        subject="Nuovo pagamento ricevuto: € 640,00", date="2026-12-22T20:40:19", tz="Europe/Amsterdam",
        body=alt(text("Nuovo pagamento ricevuto\n\nImporto: € 640,00\nDescrizione: Fattura 33-2026\nMetodo: iDEAL / carta\nCliente: s.marchetti@studiomarchetti.eu\nID: tr_Wq8Rz3Kc2p\n\nMollie B.V., Keizersgracht 126, 1015 CW Amsterdam\n"),
                 html(modern_html(brand="mollie", color="#0a0a0a", lang="it", preheader="Hai ricevuto € 640,00",
                                  heading="Nuovo pagamento ricevuto",
                                  blocks=[kv_table([("Importo", "€ 640,00"), ("Descrizione", "Fattura 33-2026"), ("Metodo", "Carta di credito"),
                                                    ("Cliente", "s.marchetti@studiomarchetti.eu"), ("ID", "tr_Wq8Rz3Kc2p")]),
                                          button("Vedi nella Dashboard", "https://my.mollie.com/dashboard/payments/tr_Wq8Rz3Kc2p", "#0a0a0a")],
                                  footer="Mollie B.V. · Keizersgracht 126 · 1015 CW Amsterdam"))),
        kind="payment-notification", lang="it", amount="640.00", reference="33/2026",
        note="Mollie new-payment notice; 'Fattura 33-2026' with a dash = 33/2026.")

    # 21 Intesa: incoming from abroad, EUR, OUR charges
    add(frm=("Intesa Sanpaolo", "notifiche@comunicazioni.intesasanpaolo.com"), to=ALE,
        subject="Accredito bonifico dall'estero", date="2027-01-26T15:31:02", tz="Europe/Rome",
        body=html(bank_html(brand="IntesaSanpaolo", color="#00784c", preheader="Bonifico dall'estero accreditato",
                            title="Bonifico dall'estero accreditato",
                            intro="Gentile Cliente,<br>ti informiamo che è stato accreditato sul tuo conto un bonifico proveniente dall'estero.",
                            rows=[("Ordinante", "ATELIER GRAFIK KELLER AG, ZUERICH CH"), ("Banca ordinante", "UBSWCHZH80A"),
                                  ("Importo accreditato", "EUR 1.040,00"), ("Spese", "OUR (a carico dell'ordinante)"),
                                  ("Informazioni per il beneficiario", "/INV/INVOICE 35/2026 ILLUSTRATIONS"), ("Data valuta", "26/01/2027")],
                            footer=INTESA_FOOT)),
        kind="payment-notification", lang="it", amount="1040.00", reference="35/2026",
        note="Cross-border SWIFT credit from Switzerland in EUR, charges OUR so one amount; remittance '/INV/INVOICE 35/2026'.")

    # 22 PayPal IT with fee
    add(frm=("PayPal", "service@paypal.it"), to=DAV,
        subject="Hai ricevuto un pagamento di 500,00 € EUR", date="2027-01-21T01:52:44", tz="America/Los_Angeles",
        body=html(modern_html(brand="PayPal", color="#003087", lang="it", preheader="Riccardo Sanna ti ha inviato 500,00 € EUR",
                              heading="Hai ricevuto un pagamento",
                              blocks=[p("Riccardo Sanna ti ha inviato <b>500,00 € EUR</b>."),
                                      p('<span style="color:#6c7378;">Nota:</span> saldo fatt. 36/2026 — scusa il ritardo!'),
                                      kv_table([("Importo lordo", "500,00 € EUR"), ("Commissione PayPal", "-17,35 € EUR"), ("Importo netto", "482,65 € EUR"),
                                                ("ID transazione", "9AB12345CD6789012")]),
                                      p("Il denaro è disponibile nel tuo conto PayPal.")],
                              footer=pp_foot)),
        kind="payment-notification", lang="it", amount="500.00", reference="36/2026",
        note="PayPal business payment with fee: gross 500,00, fee 17,35, net 482,65. amount = 500.00 (what the client paid, matches the invoice); net is 482.65.")

    # 23 BancoPosta text
    add(frm=("BancoPosta", "bancoposta@notifiche.poste.it"), to=DAV,
        subject="BancoPosta - Avviso di accredito", date="2027-01-29T10:10:10", tz="Europe/Rome",
        body=text("Gentile Cliente,\nsul Conto BancoPosta Business Link intestato a GRECO DAVIDE è stata registrata la seguente operazione:\n\n"
                  "Tipo: BONIFICO SEPA IN ENTRATA\nData: 29/01/2027\nImporto: 2.440,00\nDivisa: EUR\n"
                  "Ordinante: CONSORZIO AGRARIO VALDORCIA SOC. COOP.\nCausale: RI.FT 37 2026 GRECO D. SVILUPPO GESTIONALE\n\n"
                  "Poste Italiane S.p.A. - Patrimonio BancoPosta\n", charset="iso-8859-1", cte="quoted-printable"),
        kind="payment-notification", lang="it", amount="2440.00", reference="37/2026",
        note="Amount '2.440,00' with currency on a separate 'Divisa' line; causale 'RI.FT 37 2026' (riferimento fattura).")

    # 24 Revolut Business IT
    add(frm=("Revolut Business", "no-reply@revolut.com"), to=ALE,
        subject="Hai ricevuto 800,00 €", date="2027-02-02T18:26:31", tz="Europe/Rome",
        body=alt(text("Hai ricevuto 800,00 € da LUCA MORETTI\nRiferimento: Ft 38/26\n\nApri l'app per vedere i dettagli.\n\nRevolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lituania\n"),
                 html(modern_html(brand="Revolut Business", color="#191c1f", lang="it", preheader="Da LUCA MORETTI",
                                  heading="Hai ricevuto 800,00 €",
                                  blocks=[kv_table([("Da", "LUCA MORETTI"), ("Riferimento", "Ft 38/26"), ("Conto", "EUR · Principale")]),
                                          button("Apri in Revolut", "https://business.revolut.com/transactions?ref=email", "#191c1f")],
                                  footer="Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lituania. Revolut Bank UAB è autorizzata dalla Banca di Lituania."))),
        kind="payment-notification", lang="it", amount="800.00", reference="38/2026",
        note="Revolut Business incoming; reference 'Ft 38/26' with two-digit year = 38/2026.")

    # 25 Banco BPM SCT Inst, no reference
    add(frm=("Banco BPM - YouNotify", "younotify@bancobpm.it"), to=ALE,
        subject="YouNotify: bonifico istantaneo accreditato", date="2027-02-03T22:47:15", tz="Europe/Rome",
        body=text("YouNotify\n\nGentile cliente, Le segnaliamo l'accredito di un bonifico istantaneo sul conto 000000004512.\n"
                  "Importo: EUR 275,00\nOrdinante: NERI ROBERTO\nCausale: PAGAMENTO\n\n"
                  "Banco BPM S.p.A. - Servizio Clienti 800 024 024\n", cte="7bit"),
        kind="payment-notification", lang="it", amount="275.00",
        note="Instant credit at 22:47 with causale only 'PAGAMENTO': no reference.")

    # 26 BPER RiBa paid
    add(frm=("BPER Banca", "notifiche@bper.it"), to=DAV,
        subject="Esito effetti presentati - distinta n. 7", date="2027-02-05T09:40:00", tz="Europe/Rome",
        body=alt(text("Gentile cliente,\nLe comunichiamo l'esito degli effetti presentati all'incasso (distinta n. 7 del 20/01/2027):\n\n"
                      "N.  Debitore                         Scadenza    Importo     Riferimento       Esito\n"
                      "1   TIPOLITOGRAFIA SAN MARCO SRL     31/01/2027  1.708,00    FT 40/2026        PAGATO\n\n"
                      "L'importo è stato accreditato sul c/c 0000012876 con valuta 04/02/2027.\n\nBPER Banca S.p.A.\n"),
                 html("<html><body style=\"font-family:Arial;font-size:13px\"><p>Gentile cliente,<br>Le comunichiamo l'esito degli effetti presentati all'incasso (distinta n. 7 del 20/01/2027):</p>"
                      "<table border=\"1\" cellpadding=\"5\" cellspacing=\"0\" style=\"border-collapse:collapse;font-size:12px\">"
                      "<tr bgcolor=\"#e8eef5\"><th>N.</th><th>Debitore</th><th>Scadenza</th><th>Importo</th><th>Riferimento</th><th>Esito</th></tr>"
                      "<tr><td>1</td><td>TIPOLITOGRAFIA SAN MARCO SRL</td><td>31/01/2027</td><td align=\"right\">1.708,00</td><td>FT 40/2026</td><td><b>PAGATO</b></td></tr></table>"
                      "<p>L'importo è stato accreditato sul c/c 0000012876 con valuta 04/02/2027.</p><p style=\"font-size:10px;color:#888\">BPER Banca S.p.A. - Sede in Modena, Via San Carlo 8/20</p></body></html>\n")),
        kind="payment-notification", lang="it", amount="1708.00", reference="40/2026",
        note="Ri.Ba. (bank receipt) collection outcome 'PAGATO', credited: money in. Table row with amount and reference in separate cells.")


# ====================================================================== ITALIAN: look-alikes
def it_lookalikes():
    # 1 Intesa SDD debit
    add(frm=("Intesa Sanpaolo", "notifiche@comunicazioni.intesasanpaolo.com"), to=ALE,
        subject="Addebito diretto SEPA sul tuo conto", date="2026-11-24T06:30:12", tz="Europe/Rome",
        body=alt(text("Gentile Cliente,\n\nti informiamo che è stato eseguito un addebito diretto SEPA (SDD) sul tuo conto.\n\n"
                      "Creditore: TIM S.p.A.\nImporto: 39,90 EUR\nRiferimento mandato: 8S00123456-01\nDescrizione: FATTURA 8S00123456 BIMESTRE NOV-DIC 2026\n\n"
                      "Se non riconosci l'addebito puoi chiederne il rimborso entro 8 settimane.\n"),
                 html(bank_html(brand="IntesaSanpaolo", color="#00784c", preheader="Addebito SDD di 39,90 EUR",
                                title="Addebito diretto SEPA", intro="Gentile Cliente,<br>ti informiamo che è stato eseguito un addebito diretto SEPA (SDD) sul tuo conto.",
                                rows=[("Creditore", "TIM S.p.A."), ("Importo", "39,90 EUR"), ("Riferimento mandato", "8S00123456-01"),
                                      ("Descrizione", "FATTURA 8S00123456 BIMESTRE NOV-DIC 2026")],
                                after="Se non riconosci l'addebito puoi chiederne il rimborso entro 8 settimane.", footer=INTESA_FOOT))),
        kind="other", lang="it",
        note="Direct debit OUT of the freelancer's account (phone bill). Same bank template as credits, mentions 'FATTURA', but money goes out.")

    # 2 UniCredit card payment
    add(frm=("UniCredit", "noreply@alert.unicredit.it"), to=DAV,
        subject="Pagamento con carta ****7731", date="2026-12-11T13:02:27", tz="Europe/Rome",
        body=text("UniCredit - Notifica carta\n\nHai effettuato un pagamento di € 84,30 con la carta ****7731 presso AMAZON EU SARL il 11/12/2026 alle 13:02.\n\n"
                  "Se non riconosci l'operazione chiama subito il numero verde 800.57.57.57.\n", cte="quoted-printable"),
        kind="other", lang="it", note="Card purchase alert (money out), same sender as UniCredit credit notices.")

    # 3 BPER outgoing transfer whose causale looks like one of Davide's invoice numbers
    add(frm=("BPER Banca", "notifiche@bper.it"), to=DAV,
        subject="BPER Banca - Bonifico disposto", date="2026-12-15T17:20:09", tz="Europe/Rome",
        body=text("Gentile cliente,\nla informiamo che è stato eseguito il bonifico da Lei disposto tramite Smart Web:\n\n"
                  "Beneficiario: TIPOGRAFIA ARTIGIANA SNC\nIBAN beneficiario: IT02L1234512345123456789012\n"
                  "Importo: EUR 1.220,00\nCausale: SALDO FATT. 12/2026 BIGLIETTI E CARTA INTESTATA\nData esecuzione: 15/12/2026\nCRO/TRN: 0306912345678900481234512340IT\n\n"
                  "BPER Banca S.p.A.\n"),
        kind="other", lang="it",
        note="OUTGOING transfer ordered by the freelancer to a supplier; causale 'SALDO FATT. 12/2026' is the supplier's invoice number and collides with the freelancer's numbering style. Not money in.")

    # 4 BancoPosta: own transfer returned
    add(frm=("Poste Italiane", "noreply@posteitaliane.it"), to=ALE,
        subject="Bonifico non eseguito: importo riaccreditato", date="2026-12-17T09:55:41", tz="Europe/Rome",
        body=html(bank_html(brand="PosteItaliane", color="#ffcc00", accent="#003399", preheader="Il bonifico del 12/12/2026 è stato restituito",
                            title="Il tuo bonifico è stato restituito",
                            intro="Il bonifico che hai disposto il 12/12/2026 non è andato a buon fine ed è stato restituito dalla banca del beneficiario. "
                                  "L'importo è stato riaccreditato sul tuo Conto BancoPosta.",
                            rows=[("Beneficiario", "CORNICI D'ARTE DI PIRAS G."), ("Importo", "350,00 €"),
                                  ("Motivo", "AC01 - IBAN inesistente o errato"), ("Causale originale", "acconto cornici mostra")],
                            after="Verifica le coordinate del beneficiario e ripeti l'operazione.",
                            footer="Poste Italiane S.p.A. – Patrimonio BancoPosta – Viale Europa 190, 00144 Roma.")),
        kind="other", lang="it",
        note="Returned outgoing transfer: the amount is re-credited, but no one paid the freelancer. A 'transfer returned' look-alike.")

    # 5 SdI ricevuta di consegna via PEC
    inner = ("Date: Wed, 11 Nov 2026 10:22:31 +0100\nFrom: sdi01@pec.fatturapa.it\nTo: alessandra.rossi@pec.it\n"
             "Subject: Ricevuta di consegna 12894431027\nMessage-ID: <SDI.12894431027.RC@pec.fatturapa.it>\nMIME-Version: 1.0\n"
             "Content-Type: multipart/mixed; boundary=\"sdiRC12894431027\"\n\n--sdiRC12894431027\nContent-Type: text/plain; charset=UTF-8\n\n"
             "Ricevuta di consegna\n\n--sdiRC12894431027\nContent-Type: text/xml; name=\"IT01234567890_00012_RC_001.xml\"\n"
             "Content-Disposition: attachment; filename=\"IT01234567890_00012_RC_001.xml\"\n\n"
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<types:RicevutaConsegna xmlns:types=\"http://www.fatturapa.gov.it/sdi/messaggi/v1.0\" versione=\"1.0\">\n"
             "  <IdentificativoSdI>12894431027</IdentificativoSdI>\n  <NomeFile>IT01234567890_00012.xml</NomeFile>\n"
             "  <Hash>3f8a0c6e9d1b2a47c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c</Hash>\n"
             "  <DataOraRicezione>2026-11-11T10:20:02.000+01:00</DataOraRicezione>\n  <DataOraConsegna>2026-11-11T10:22:29.000+01:00</DataOraConsegna>\n"
             "  <Destinatario><Codice>M5UXCR1</Codice><Descrizione>CARTOTECNICA VENETA SRL</Descrizione></Destinatario>\n"
             "  <MessageId>8812340017</MessageId>\n</types:RicevutaConsegna>\n\n--sdiRC12894431027--\n")
    daticert = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<postacert tipo=\"posta-certificata\" errore=\"nessuno\"><intestazione>"
                "<mittente>sdi01@pec.fatturapa.it</mittente><destinatari tipo=\"certificato\">alessandra.rossi@pec.it</destinatari>"
                "<oggetto>Ricevuta di consegna 12894431027</oggetto></intestazione><dati><gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>"
                "<data zona=\"+0100\"><giorno>11/11/2026</giorno><ora>10:22:31</ora></data></dati></postacert>\n")
    add(frm=("Per conto di: sdi01@pec.fatturapa.it", "posta-certificata@pec.aruba.it"), to=(None, "alessandra.rossi@pec.it"),
        subject="POSTA CERTIFICATA: Ricevuta di consegna 12894431027", date="2026-11-11T10:22:31", tz="Europe/Rome",
        body=multi("signed", [multi("mixed", [
            alt(text("Messaggio di posta certificata\n\nIl giorno 11/11/2026 alle ore 10:22:31 (+0100) il messaggio\n"
                     "\"Ricevuta di consegna 12894431027\" è stato inviato da \"sdi01@pec.fatturapa.it\"\n"
                     "indirizzato a:\nalessandra.rossi@pec.it\nIl messaggio originale è incluso in allegato.\n"
                     "Identificativo messaggio: opec21012.20261111102231.04412.600.1.62@pec.aruba.it\n"),
                html("<html><body><p><b>Messaggio di posta certificata</b></p><p>Il giorno 11/11/2026 alle ore 10:22:31 (+0100) il messaggio<br>"
                     "\"Ricevuta di consegna 12894431027\" è stato inviato da \"sdi01@pec.fatturapa.it\"<br>indirizzato a:<br>alessandra.rossi@pec.it<br>"
                     "Il messaggio originale è incluso in allegato.</p></body></html>\n")),
            leaf("application/xml", daticert.encode(), cte="base64", headers=[("Content-Disposition", 'attachment; filename="daticert.xml"')]),
            ("leaf", [("Content-Type", 'message/rfc822; name="postacert.eml"'), ("Content-Disposition", 'attachment; filename="postacert.eml"')], inner.encode())]),
            att(b"0\x82\x06\x1b\x06\x09*\x86H\x86\xf7\r\x01\x07\x02" + bytes(range(64)), "application/pkcs7-signature", "smime.p7s"),
        ], params=' protocol="application/pkcs7-signature"; micalg=sha-256;'),
        extra=[("X-Riferimento-Message-ID", "<opec21012.20261111102000.04401.600.1.62@pec.aruba.it>"), ("X-Trasporto", "posta-certificata"),
               ("X-TipoRicevuta", "completa")],
        kind="other", lang="it",
        note="SdI delivery receipt (ricevuta di consegna) inside a PEC envelope with daticert.xml, postacert.eml and smime.p7s. The invoice was delivered, not paid.")

    # 6 SdI notifica di scarto (forwarded by the PEC provider as plain mail)
    add(frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), to=DAV,
        subject="Notifica di scarto per la fattura n. 3/2027", date="2027-01-09T11:48:36", tz="Europe/Rome",
        body=alt(text("Gentile Cliente,\n\nil Sistema di Interscambio (SdI) ha SCARTATO la fattura n. 3/2027 del 08/01/2027 emessa verso NAUTICA SPINELLI SRL.\n\n"
                      "Identificativo SdI: 13002278815\nCodice errore: 00404\nDescrizione: Fattura duplicata (il file risulta già trasmesso e non scartato)\n\n"
                      "La fattura scartata si considera non emessa: correggila e inviala nuovamente entro 5 giorni dalla notifica di scarto.\n\n"
                      "Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG)\n"),
                 html(bank_html(brand="Aruba", color="#f26b21", preheader="Il SdI ha scartato la fattura n. 3/2027",
                                title="Notifica di scarto (NS)", intro="Gentile Cliente,<br>il Sistema di Interscambio (SdI) ha <b>SCARTATO</b> la seguente fattura:",
                                rows=[("Numero fattura", "3/2027"), ("Data", "08/01/2027"), ("Destinatario", "NAUTICA SPINELLI SRL"),
                                      ("Identificativo SdI", "13002278815"), ("Errore", "00404 – Fattura duplicata")],
                                after="La fattura scartata si considera non emessa: correggila e inviala nuovamente entro 5 giorni dalla notifica di scarto.",
                                footer="Aruba S.p.A. – Via San Clemente 53, 24036 Ponte San Pietro (BG) – P.IVA 01573850516"))),
        kind="other", lang="it", note="E-invoicing rejection (SdI notifica di scarto) about the freelancer's own invoice. Not a payment.")

    # 7 Aruba esito committente EC01 (PA accepted)
    add(frm=("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), to=ALE,
        subject="Esito committente: fattura n. 1/2027 ACCETTATA", date="2027-01-22T16:05:50", tz="Europe/Rome",
        body=text("Gentile Cliente,\n\nla Pubblica Amministrazione destinataria ha inviato la notifica di esito per la fattura n. 1/2027:\n\n"
                  "Destinatario: COMUNE DI CASTELFRANCO VENETO - UFFICIO CULTURA (Codice Univoco Ufficio UF4K2M)\n"
                  "Esito: EC01 - ACCETTAZIONE\nIdentificativo SdI: 13011904462\nData notifica: 22/01/2027\n\n"
                  "L'accettazione conclude il ciclo di trasmissione della fattura. Il pagamento seguirà i tempi dell'ente.\n\n"
                  "Aruba S.p.A.\n"),
        kind="other", lang="it",
        note="Public-administration 'esito committente EC01 ACCETTAZIONE': the invoice was accepted, not paid. 'ACCETTATA' in the subject is the trap.")

    # 8 Fatture in Cloud: invoice viewed
    add(frm=("Fatture in Cloud", "notifiche@fattureincloud.it"), to=ALE,
        subject="Libreria Il Gabbiano ha visualizzato la fattura n. 40/2026", date="2026-12-29T19:12:44", tz="Europe/Rome",
        body=html(modern_html(brand="Fatture in Cloud", color="#0d97ff", lang="it", preheader="La tua fattura è stata aperta",
                              heading="Fattura visualizzata 👀",
                              blocks=[p("Ciao Alessandra,"),
                                      p("il tuo cliente <b>Libreria Il Gabbiano di Ferri Paola</b> ha aperto la fattura n. 40/2026 (importo 488,00 €) dal link che gli hai inviato."),
                                      p("Stato pagamento: <b>non saldata</b> – scadenza 28/01/2027."),
                                      button("Apri la fattura", "https://secure.fattureincloud.it/invoices-view-40-2026?utm_source=notify", "#0d97ff")],
                              footer=fic_foot_global())),
        kind="other", lang="it", note="'Your invoice was viewed' notice, explicitly still unpaid.")

    # 9 PayPal IT: you sent a payment
    add(frm=("PayPal", "service@paypal.it"), to=DAV,
        subject="Ricevuta del pagamento a JetBrains s.r.o.", date="2027-01-03T05:41:19", tz="America/Los_Angeles",
        body=alt(text("Ciao Davide Greco,\n\nHai inviato un pagamento di 99,00 € EUR a JetBrains s.r.o.\n\n"
                      "Potrebbe trascorrere qualche istante prima che la transazione compaia nel tuo conto.\n\n"
                      "Commerciante: JetBrains s.r.o.\nDescrizione: PhpStorm - annual subscription\nID transazione: 3HJ44521MN0982215\nFonte di pagamento: Visa x-7731\n"),
                 html(modern_html(brand="PayPal", color="#003087", lang="it", preheader="Hai inviato un pagamento di 99,00 € EUR",
                                  heading="Hai inviato un pagamento di 99,00 € EUR a JetBrains s.r.o.",
                                  blocks=[kv_table([("Commerciante", "JetBrains s.r.o."), ("Descrizione", "PhpStorm – annual subscription"),
                                                    ("ID transazione", "3HJ44521MN0982215"), ("Fonte di pagamento", "Visa x-7731"), ("Totale", "99,00 € EUR")])],
                                  footer="PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg. Copyright © 1999-2027 PayPal."))),
        kind="other", lang="it", note="PayPal receipt for a payment the freelancer SENT.")

    # 10 Satispay consumer payment
    add(frm=("Satispay", "no-reply@satispay.com"), to=ALE,
        subject="Hai pagato 12,50 €", date="2026-12-23T08:47:02", tz="Europe/Rome",
        body=text("Hai pagato 12,50 € a Pasticceria Motta - Galleria.\n\nCashback: +0,13 €\n\nSatispay Europe S.A.\n", cte="quoted-printable"),
        kind="other", lang="it", note="Satispay consumer payment made by the freelancer (money out), same sender as Satispay Business incoming notices.")

    # 11 Mediolanum marketing
    add(frm=("Banca Mediolanum", "news@info.bancamediolanum.it"), to=ALE,
        subject="Alessandra, hai ricevuto un vantaggio esclusivo 🎁", date="2026-11-30T10:00:00", tz="Europe/Rome",
        body=html(bank_html(brand="BancaMediolanum", color="#003b7a", preheader="Bonifici istantanei gratuiti per tutto il 2027",
                            title="Per te, bonifici istantanei gratis",
                            intro="Cara Alessandra,<br>per ringraziarti della tua fiducia, dal 1° gennaio i <b>bonifici istantanei</b> in entrata e in uscita sono gratuiti. "
                                  "Ricevi i pagamenti dei tuoi clienti in 10 secondi, anche nel weekend.",
                            rows=[("Canone SelfyConto", "0 € per il primo anno"), ("Bonifici istantanei", "0 €"), ("Carta di debito", "inclusa")],
                            after="<a href=\"https://info.bancamediolanum.it/c/?u=9f2a7c&amp;utm_campaign=instant2027\" style=\"color:#003b7a;font-weight:bold;\">Scopri di più</a><br><br>"
                                  "<span style=\"font-size:11px;color:#999\">Messaggio pubblicitario con finalità promozionale. Per le condizioni contrattuali consultare i Fogli Informativi.</span>",
                            footer="Non vuoi più ricevere queste comunicazioni? <a href=\"https://info.bancamediolanum.it/unsubscribe?u=9f2a7c\" style=\"color:#999999;\">Annulla l'iscrizione</a>.<br>"
                                   "Banca Mediolanum S.p.A. – Palazzo Meucci – Via F. Sforza – 20079 Basiglio (MI)")),
        extra=[("List-Unsubscribe", "<https://info.bancamediolanum.it/unsubscribe?u=9f2a7c>, <mailto:unsub-9f2a7c@info.bancamediolanum.it>"),
               ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
        kind="other", lang="it", note="Bank marketing with 'hai ricevuto' in the subject and 'ricevi i pagamenti dei tuoi clienti' in the body.")

    # 12 Intesa: notice to beneficiary of a SCHEDULED transfer
    add(frm=("Intesa Sanpaolo", "avvisobeneficiario@comunicazioni.intesasanpaolo.com"), to=DAV,
        subject="Avviso al beneficiario: bonifico disposto a tuo favore", date="2027-01-25T12:14:37", tz="Europe/Rome",
        body=html(bank_html(brand="IntesaSanpaolo", color="#00784c", preheader="ROSSETTI IMPIANTI SRL ha disposto un bonifico a tuo favore",
                            title="Bonifico disposto a tuo favore",
                            intro="Gentile GRECO DAVIDE,<br>su richiesta del nostro cliente ROSSETTI IMPIANTI SRL ti informiamo che è stato disposto un bonifico a tuo favore. "
                                  "L'operazione sarà eseguita alla data indicata; i tempi di accredito dipendono dalla tua banca.",
                            rows=[("Ordinante", "ROSSETTI IMPIANTI SRL"), ("Importo", "EUR 2.318,00"), ("Data di esecuzione", "29/01/2027"),
                                  ("Stato", "PRENOTATO"), ("Causale", "FT 41/2026 PORTALE B2B")],
                            after="La presente comunicazione non costituisce conferma dell'avvenuto accredito.", footer=INTESA_FOOT)),
        kind="other", lang="it",
        note="Payer's bank tells the beneficiary a transfer is BOOKED for 29/01/2027 (stato PRENOTATO) and says it is not a confirmation of credit. Pending/scheduled = other.")

    # 13 Nexi statement available
    add(frm=("Nexi", "comunicazioni@nexi.it"), to=ALE,
        subject="Il tuo estratto conto di dicembre è disponibile", date="2027-01-07T09:30:00", tz="Europe/Rome",
        body=alt(text("Gentile Cliente,\nl'estratto conto della carta Nexi Classic ****5521 relativo a dicembre 2026 è disponibile nell'Area Personale.\n"
                      "Importo da addebitare il 15/01/2027: 612,48 EUR\n\nNexi Payments S.p.A.\n"),
                 html(bank_html(brand="Nexi", color="#2d32aa", preheader="Estratto conto carta ****5521 disponibile",
                                title="Estratto conto disponibile", intro="Gentile Cliente,<br>l'estratto conto della carta Nexi Classic ****5521 relativo a dicembre 2026 è disponibile nell'Area Personale.",
                                rows=[("Importo da addebitare", "612,48 EUR"), ("Data addebito", "15/01/2027")],
                                footer="Nexi Payments S.p.A. – Corso Sempione 55, 20149 Milano."))),
        kind="other", lang="it", note="Credit-card statement with an amount to be debited.")

    # 14 Widiba F24 paid, receipt attached
    add(frm=("Widiba", "comunicazioni@widiba.it"), to=DAV,
        subject="Widiba | Quietanza F24 disponibile", date="2026-12-16T14:40:25", tz="Europe/Rome",
        body=multi("mixed", [
            text("Ciao Davide,\n\nil pagamento del modello F24 che hai disposto è stato eseguito.\n\n"
                 "Importo addebitato: 1.874,33 €\nData addebito: 16/12/2026\nDescrizione: F24 ACCONTO IVA - CODICE TRIBUTO 6035\n\n"
                 "In allegato la quietanza di pagamento.\n\nBanca Widiba S.p.A.\n"),
            att(pdf_bytes("Quietanza F24 16/12/2026 EUR 1874,33"), "application/pdf", "Quietanza_F24_20261216.pdf")]),
        kind="other", lang="it", note="Tax payment (F24) debited, with quietanza PDF attached: outgoing, and 'quietanza' = payment receipt is a trap word.")


def fic_foot_global():
    return ("Fatture in Cloud è un servizio di TeamSystem S.p.A. – Via Sandro Pertini 88, 61122 Pesaro (PU). "
            "<a href=\"https://secure.fattureincloud.it/settings/notifications\" style=\"color:#8792a2;\">Gestisci notifiche</a>")


# ====================================================================== SPANISH: money in
SANT_FOOT = ("Este es un mensaje automático, por favor no respondas a este correo.<br>"
             "Santander nunca te pedirá por email ni SMS tus claves, códigos de firma ni datos de tarjeta.<br><br>"
             "Banco Santander, S.A. – Paseo de Pereda 9-12, 39004 Santander – Inscrito en el Registro Mercantil de Cantabria, Hoja 286, Folio 64, Libro 5º de Sociedades, Inscripción 1ª – NIF A39000013.<br>"
             "Protección de datos: puedes consultar información detallada sobre el tratamiento de tus datos en bancosantander.es/privacidad.")
BBVA_FOOT = ("Banco Bilbao Vizcaya Argentaria, S.A. – Plaza de San Nicolás 4, 48005 Bilbao – Reg. Merc. de Vizcaya, Tomo 3858, Folio 1, Hoja BI-17-A – CIF A48265169.<br>"
             "Recibes este correo porque tienes activadas las notificaciones de movimientos. Puedes cambiarlo en la app BBVA &gt; Configuración &gt; Notificaciones.")
CAIXA_FOOT = ("CaixaBank, S.A. – Calle Pintor Sorolla 2-4, 46002 València – NIF A08663619. "
              "Nunca te pediremos tus claves de acceso por correo electrónico. Este mensaje se ha enviado desde una dirección que no acepta respuestas.")


def es_money_in():
    # 1 Santander transfer, FRA-2026/041
    rows = [("Importe", "1.210,00 €"), ("Ordenante", "DISTRIBUCIONES HERMANOS GIL SL"), ("Concepto", "FRA-2026/041"),
            ("Cuenta", "ES** **** **** **** **** 7712"), ("Fecha", "09/11/2026")]
    add(frm=("Santander", "notificaciones@bancosantander.es"), to=LUC,
        subject="Has recibido una transferencia", date="2026-11-09T10:15:22", tz="Europe/Madrid",
        body=alt(text("Hola, Lucía:\n\nHas recibido una transferencia en tu cuenta.\n\n" + rows_text(rows) +
                      "\n\nConsulta el detalle en la app Santander o en santander.es.\n\nBanco Santander, S.A. - Paseo de Pereda 9-12, 39004 Santander\n"),
                 html(bank_html(brand="Santander", color="#ec0000", lang="es", preheader="Te han enviado 1.210,00 € - DISTRIBUCIONES HERMANOS GIL SL",
                                title="Has recibido una transferencia", intro="Hola, Lucía:<br>Has recibido una transferencia en tu cuenta.",
                                rows=rows, after="Consulta el detalle en la <a href=\"https://www.bancosantander.es/particulares/app?utm_source=notif\" style=\"color:#ec0000;\">app Santander</a>.",
                                footer=SANT_FOOT, track="https://trk.bancosantander.es/p"))),
        kind="payment-notification", lang="es", amount="1210.00", reference="2026-041",
        note="Santander incoming transfer; concept 'FRA-2026/041' (prefix + slash) = 2026-041.")

    # 2 Santander: Bizum received from a client with invoice in concept
    add(frm=("Santander", "notificaciones@bancosantander.es"), to=LUC,
        subject="Has recibido un Bizum de 150,00 €", date="2026-11-18T21:03:48", tz="Europe/Madrid",
        body=html(bank_html(brand="Santander", color="#ec0000", lang="es", preheader="ANA LÓPEZ G. te ha enviado 150,00 €",
                            title="Has recibido un Bizum", intro="Hola, Lucía:<br><b>ANA LÓPEZ G.</b> te ha enviado dinero con Bizum.",
                            amount_row="150,00 €", rows=[("Concepto", "factura 2026-044 🙏"), ("Teléfono ordenante", "+34 6** *** 318"), ("Fecha", "18/11/2026 21:03")],
                            footer=SANT_FOOT)),
        kind="payment-notification", lang="es", amount="150.00", reference="2026-044",
        note="Bizum RECEIVED from a client whose concept names the invoice: money in for the invoice (not a Bizum between friends). HTML only.")

    # 3 BBVA, FACT 2026 045
    add(frm=("BBVA", "bbva@comunicaciones.bbva.es"), to=JOR,
        subject="Te han hecho una transferencia", date="2026-11-25T12:48:05", tz="Europe/Madrid",
        body=alt(text("Jordi, te han hecho una transferencia\n\n1.815,00 EUR\n\nDe: PRODUCCIONES SALITRE SL\nConcepto: FACT 2026 045\nCuenta destino: ·5520\n\nBBVA\n"),
                 html(modern_html(brand="BBVA", color="#004481", lang="es", preheader="1.815,00 EUR de PRODUCCIONES SALITRE SL",
                                  heading="Te han hecho una transferencia",
                                  blocks=[p('<span style="font-size:34px;font-weight:300;color:#004481;">1.815,00 EUR</span>'),
                                          kv_table([("De", "PRODUCCIONES SALITRE SL"), ("Concepto", "FACT 2026 045"), ("Cuenta destino", "·5520")], value_color="#121212"),
                                          button("Ver movimiento", "https://web.bbva.es/index.html?utm_medium=email&amp;utm_campaign=transferencia_recibida", "#1973b8")],
                                  footer=BBVA_FOOT, track="https://bbva.em.example/open?id=77ad"))),
        kind="payment-notification", lang="es", amount="1815.00", reference="2026-045",
        note="BBVA; 'FACT 2026 045' with spaces = 2026-045.")

    # 4 BBVA instant, no concept, Canary time
    add(frm=("BBVA", "bbva@comunicaciones.bbva.es"), to=NAY,
        subject="Nayra, has recibido 96,80 €", date="2026-12-01T08:20:31", tz="Atlantic/Canary",
        body=html(modern_html(brand="BBVA", color="#004481", lang="es", preheader="Transferencia inmediata recibida",
                              heading="Transferencia inmediata recibida",
                              blocks=[p("Has recibido <b>96,80 €</b> en tu Cuenta Online."),
                                      kv_table([("De", "GONZALEZ PERDOMO YURENA"), ("Concepto", "Sin concepto"), ("Fecha", "01/12/2026")]),
                                      p("El dinero ya está disponible.")],
                              footer=BBVA_FOOT), cte="base64"),
        kind="payment-notification", lang="es", amount="96.80",
        note="Instant transfer from a person, 'Sin concepto', Atlantic/Canary time zone, base64 HTML. No reference.")

    # 5 CaixaBank text, FRA. 46/2026
    add(frm=("CaixaBank", "notificaciones@caixabank.com"), to=LUC,
        subject="CaixaBank: abono de transferencia", date="2026-12-03T09:02:14", tz="Europe/Madrid",
        body=text("CaixaBank Now - Aviso de movimiento\n\n"
                  "Te informamos de que se ha producido el siguiente abono en tu cuenta ES** **** **** **** **** 0193:\n\n"
                  "Tipo de operación: TRANSFERENCIA A FAVOR\nImporte: 605,00 EUR\nOrdenante: TALLERES MECANICOS HNOS. RUIZ SL\n"
                  "Concepto: PAGO FRA. 46/2026\nFecha valor: 03/12/2026\n\n"
                  "Puedes consultar tus movimientos en CaixaBankNow.\n\n"
                  "CaixaBank, S.A. - Calle Pintor Sorolla 2-4, 46002 Valencia - NIF A08663619\n", cte="quoted-printable"),
        kind="payment-notification", lang="es", amount="605.00", reference="2026-046",
        note="Payer wrote the invoice as 'FRA. 46/2026' (Italian-style order); the freelancer's numbering is 2026-046.")

    # 6 Bankinter table
    bk = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body style="margin:0;background:#ffffff;font-family:Arial,Helvetica,sans-serif;">
<table width="640" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#ff6600;padding:14px 20px;color:#fff;font-size:18px;font-weight:bold;">bankinter.</td></tr>
<tr><td style="padding:22px 20px 6px 20px;font-size:15px;color:#333;">Aviso de abono en cuenta</td></tr>
<tr><td style="padding:0 20px 14px 20px;font-size:13px;color:#555;">Estimado/a cliente: le comunicamos el siguiente abono en su cuenta nómina ES** **** **** 3318.</td></tr>
<tr><td style="padding:0 20px;"><table width="100%" cellpadding="6" cellspacing="0" border="0" style="font-size:12px;border:1px solid #e0e0e0;">
<tr style="background:#f7f7f7;color:#666;"><td>F. operación</td><td>F. valor</td><td>Concepto</td><td align="right">Importe</td></tr>
<tr><td>22/12/2026</td><td>22/12/2026</td><td>TRANSF. DE: GRUPO ALIMENTARIO NORTE SA<br>REF: F.2026.047 CUNAS RADIO NAVIDAD</td><td align="right" style="color:#2e7d32;font-weight:bold;">2.904,00</td></tr>
</table></td></tr>
<tr><td style="padding:16px 20px;font-size:11px;color:#888;">Importes expresados en euros.<br><br>
Bankinter, S.A. – Paseo de la Castellana 29, 28046 Madrid – R.M. de Madrid, Tomo 1857, Folio 220, Hoja M-33839 – CIF A-28157360.<br>
Información sobre protección de datos: <a href="https://www.bankinter.com/banca/privacidad" style="color:#ff6600;">bankinter.com/privacidad</a></td></tr>
</table></body></html>
"""
    add(frm=("Bankinter", "avisos@bankinter.com"), to=JOR,
        subject="Aviso de abono en cuenta", date="2026-12-22T07:31:00", tz="Europe/Madrid",
        body=html(bk, charset="windows-1252", cte="quoted-printable"),
        kind="payment-notification", lang="es", amount="2904.00", reference="2026-047",
        note="HTML-only windows-1252 table; amount '2.904,00' in its own cell without currency ('Importes expresados en euros' only in footer). 'REF: F.2026.047' with dots.")

    # 7 ING partial
    add(frm=("ING", "ing@comunicaciones.ing.es"), to=LUC,
        subject="Te han enviado dinero", date="2026-12-07T16:40:12", tz="Europe/Madrid",
        body=alt(text("¡Hola Lucía!\n\nTe han enviado +350,00 € a tu Cuenta NARANJA.\n\nQuién: COOPERATIVA HUERTA VIVA\nConcepto: primer pago 50% fact 2026-048\n\n"
                      "ING Bank NV, Sucursal en España - C/ Vía de los Poblados 1, 28033 Madrid\n"),
                 html(modern_html(brand="ING", color="#ff6200", lang="es", preheader="+350,00 € en tu Cuenta NARANJA",
                                  heading="¡Te han enviado dinero!",
                                  blocks=[p('<span style="font-size:30px;font-weight:700;color:#ff6200;">+350,00 €</span>'),
                                          kv_table([("Quién", "COOPERATIVA HUERTA VIVA"), ("Concepto", "primer pago 50% fact 2026-048"), ("Cuenta", "Cuenta NARANJA ·4410")])],
                                  footer="ING Bank NV, Sucursal en España – C/ Vía de los Poblados 1, 28033 Madrid. Este correo es informativo, no respondas a él."))),
        kind="payment-notification", lang="es", amount="350.00", reference="2026-048",
        note="Partial payment (first 50%) of 2026-048; amount = 350.00 received.")

    # 8 Ibercaja latin-1 text, no reference
    add(frm=("Ibercaja", "avisos@ibercaja.es"), to=NAY,
        subject="Ibercaja - Notificación de movimiento", date="2026-12-11T10:55:43", tz="Atlantic/Canary",
        body=text("Ibercaja Banco le informa:\n\n"
                  "Se ha realizado un ABONO POR TRANSFERENCIA en su cuenta terminada en 6627 por importe de 1.452,00 euros.\n"
                  "Ordenante: NOTARIA LOPEZ-CABRERA C.B.\nConcepto: HONORARIOS TRADUCCION\n\n"
                  "Para más información acceda a Ibercaja Directo.\n\nIbercaja Banco, S.A. - Plaza de Basilio Paraíso 2, 50008 Zaragoza\n",
                  charset="iso-8859-1", cte="quoted-printable"),
        kind="payment-notification", lang="es", amount="1452.00",
        note="iso-8859-1 QP; amount written in a sentence ('por importe de 1.452,00 euros'); concept without invoice number -> no reference.")

    # 9 Cajamar
    add(frm=("Cajamar", "notificaciones@cajamar.es"), to=LUC,
        subject="Transferencia recibida", date="2026-12-14T13:22:09", tz="Europe/Madrid",
        body=html(bank_html(brand="Cajamar", color="#00843d", lang="es", preheader="Transferencia recibida de 780,00 €",
                            title="Transferencia recibida", intro="Estimada clienta:<br>le informamos de que ha recibido una transferencia en su cuenta.",
                            rows=[("Importe", "780,00 €"), ("Ordenante", "VIVEROS EL EJIDO S.COOP.AND."), ("Concepto", "REF 2026-049 MARTIN ESTUDIO"),
                                  ("Fecha valor", "14/12/2026")],
                            footer="Cajamar Caja Rural, Sociedad Cooperativa de Crédito – Plaza de Barcelona 5, 04006 Almería – NIF F04743175. "
                                   "De conformidad con el Reglamento (UE) 2016/679 (RGPD), sus datos son tratados por Cajamar para la gestión de la relación contractual.")),
        kind="payment-notification", lang="es", amount="780.00", reference="2026-049",
        note="Cajamar; 'REF 2026-049' in the concept.")

    # 10 EVO
    add(frm=("EVO Banco", "info@evobanco.com"), to=JOR,
        subject="Has recibido una transferencia de 2.000,00€", date="2026-12-18T11:09:52", tz="Europe/Madrid",
        body=alt(text("Hola Jordi,\n\nHas recibido una transferencia de 2.000,00€ en tu Cuenta Inteligente.\n\nOrdenante: ESTUDIOS MEDITERRANI SL\nConcepto: Factura 2026-050 Jordi Puig\n\nEVO Banco S.A.U.\n"),
                 html(modern_html(brand="EVO", color="#00a19a", lang="es", preheader="2.000,00€ en tu Cuenta Inteligente",
                                  heading="Has recibido una transferencia",
                                  blocks=[p("Hola Jordi,"), p("Has recibido una transferencia de <b>2.000,00€</b> en tu Cuenta Inteligente."),
                                          kv_table([("Ordenante", "ESTUDIOS MEDITERRANI SL"), ("Concepto", "Factura 2026-050 Jordi Puig")])],
                                  footer="EVO Banco S.A.U. – C/ Serrano 45, 28001 Madrid – CIF A70386024."))),
        kind="payment-notification", lang="es", amount="2000.00", reference="2026-050",
        note="Amount with euro sign glued ('2.000,00€'), also in subject.")

    # 11 PayPal ES
    add(frm=("PayPal", "service@paypal.es"), to=NAY,
        subject="Has recibido un pago", date="2026-11-30T14:08:33", tz="America/Los_Angeles",
        body=alt(text("Hola, Nayra Santana:\n\nHas recibido 275,00 € EUR de Carmen Vidal Suárez.\n\n"
                      "Nota de Carmen Vidal Suárez:\n\"traducción jurada - fra 2026-031. Gracias!\"\n\n"
                      "Id. de transacción: 2LK90331XY4402911\nFecha de la transacción: 30 de noviembre de 2026\n\n"
                      "PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxemburgo\n"),
                 html(modern_html(brand="PayPal", color="#003087", lang="es", preheader="Carmen Vidal Suárez te ha enviado 275,00 € EUR",
                                  heading="Has recibido un pago",
                                  blocks=[p("Hola, Nayra Santana:"), p("Has recibido <b>275,00 € EUR</b> de Carmen Vidal Suárez."),
                                          p('<span style="color:#6c7378;">Nota de Carmen Vidal Suárez:</span><br>“traducción jurada - fra 2026-031. Gracias!”'),
                                          kv_table([("Id. de transacción", "2LK90331XY4402911"), ("Fecha de la transacción", "30 de noviembre de 2026")])],
                                  footer="Ayuda y contacto | Seguridad<br>PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxemburgo. Copyright © 1999-2026 PayPal.<br>PPX000589:1.1:8b17c2e0"))),
        kind="payment-notification", lang="es", amount="275.00", reference="2026-031",
        note="PayPal Spain received payment, Pacific-time Date; invoice in the payer's note.")

    # 12 Stripe ES
    add(frm=("Stripe", "notifications@stripe.com"), to=LUC,
        subject="Pago correcto de 990,00 € de Clínica Dental Sonrisas", date="2026-12-20T09:45:02", tz="UTC",
        body=alt(text("Martín Estudio\n\nPago correcto\n990,00 € de Clínica Dental Sonrisas (admin@clinicasonrisas.es)\n\n"
                      "Descripción: Factura 2026-052\nMétodo de pago: Mastercard •••• 5100\nID del pago: pi_3QzK1dJm4cT8uP2b1s9Ev7Hh\n\n"
                      "Stripe Payments Europe, Ltd.\n"),
                 html(modern_html(brand="stripe", lang="es", preheader="990,00 € de Clínica Dental Sonrisas",
                                  heading="Pago correcto",
                                  blocks=[p('<span style="font-size:32px;font-weight:700;color:#1a1f36;">990,00 €</span>'),
                                          kv_table([("Cliente", "Clínica Dental Sonrisas"), ("Descripción", "Factura 2026-052"),
                                                    ("Método de pago", "Mastercard •••• 5100"), ("ID del pago", "pi_3QzK1dJm4cT8uP2b1s9Ev7Hh")]),
                                          button("Ver el pago", "https://dashboard.stripe.com/payments/pi_3QzK1dJm4cT8uP2b1s9Ev7Hh")],
                                  footer="Recibes este correo porque activaste las notificaciones de pagos correctos para Martín Estudio.<br>Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublín 2, Irlanda"))),
        kind="payment-notification", lang="es", amount="990.00", reference="2026-052",
        note="Stripe successful payment, Spanish locale.")

    # 13 SumUp ES, no reference
    add(frm=("SumUp", "noreply@sumup.com"), to=JOR,
        subject="Has recibido un pago", date="2026-12-28T19:31:47", tz="Europe/Madrid",
        body=alt(text("¡Buenas noticias!\nSe ha pagado tu enlace de pago.\n\nImporte: 340,00 €\nDescripción: Mezcla y máster EP \"Ruido Blanco\" (5 temas)\nCódigo de transacción: TFQ3L8ZWM1\n\nSumUp Payments Limited\n"),
                 html(modern_html(brand="sumup", color="#1a1a1a", lang="es", preheader="Se ha pagado tu enlace de pago",
                                  heading="Has recibido un pago",
                                  blocks=[kv_table([("Importe", "340,00 €"), ("Descripción", "Mezcla y máster EP “Ruido Blanco” (5 temas)"),
                                                    ("Código de transacción", "TFQ3L8ZWM1")])],
                                  footer="SumUp Payments Limited, Block 8, Harcourt Centre, Charlotte Way, Dublin 2, Ireland."))),
        kind="payment-notification", lang="es", amount="340.00", note="SumUp payment link paid; description of the job only, no invoice number.")

    # 14 Holded invoice paid
    hold_foot = "Holded Technologies S.L. – C/ Llull 95-97, 08005 Barcelona. <a href=\"https://app.holded.com/settings/notifications\" style=\"color:#8792a2;\">Gestionar notificaciones</a>"
    add(frm=("Holded", "no-reply@holded.com"), to=LUC,
        subject="Factura 2026-053 cobrada", date="2026-12-30T12:17:05", tz="Europe/Madrid",
        body=html(modern_html(brand="holded", color="#ff5a5f", lang="es", preheader="Arquitectura Lago ha pagado 2.178,00 €",
                              heading="¡Factura cobrada!",
                              blocks=[p("Hola Lucía,"),
                                      p("Tu cliente <b>Estudio Arquitectura Lago SLP</b> ha pagado la factura <b>2026-053</b> con tarjeta a través de Holded Pagos."),
                                      kv_table([("Importe cobrado", "2.178,00 €"), ("Fecha de cobro", "30/12/2026"), ("Estado", "Cobrada")]),
                                      button("Ver factura", "https://app.holded.com/invoicing/invoice/2026-053?utm_source=email", "#ff5a5f")],
                              footer=hold_foot)),
        kind="payment-notification", lang="es", amount="2178.00", reference="2026-053",
        note="Holded 'factura cobrada' after the client paid online: money-in notice from the invoicing platform.")

    # 15 Holded partial
    add(frm=("Holded", "no-reply@holded.com"), to=LUC,
        subject="Nuevo cobro parcial en la factura 2026-054", date="2027-01-11T17:50:22", tz="Europe/Madrid",
        body=alt(text("Hola Lucía,\n\nSe ha registrado un cobro parcial en la factura 2026-054 (Panadería La Espiga SL).\n\n"
                      "Cobrado ahora: 400,00 €\nTotal factura: 1.200,00 €\nPendiente: 800,00 €\n\nHoldedPay\n"),
                 html(modern_html(brand="holded", color="#ff5a5f", lang="es", preheader="Cobrados 400,00 € de 1.200,00 €",
                                  heading="Cobro parcial registrado",
                                  blocks=[p("Se ha registrado un cobro parcial en la factura <b>2026-054</b> (Panadería La Espiga SL)."),
                                          kv_table([("Cobrado ahora", "400,00 €"), ("Total factura", "1.200,00 €"), ("Pendiente", "800,00 €")])],
                                  footer=hold_foot))),
        kind="payment-notification", lang="es", amount="400.00", reference="2026-054",
        note="Partial collection: three amounts (cobrado 400, total 1.200, pendiente 800). amount = 400.00 actually received.")

    # 16 Revolut Business ES
    add(frm=("Revolut Business", "no-reply@revolut.com"), to=JOR,
        subject="Has recibido 750,00 €", date="2027-01-13T10:02:55", tz="Europe/Madrid",
        body=html(modern_html(brand="Revolut Business", color="#191c1f", lang="es", preheader="De AGENCIA TRAMUNTANA SL",
                              heading="Has recibido 750,00 €",
                              blocks=[kv_table([("De", "AGENCIA TRAMUNTANA SL"), ("Referencia", "2026-055"), ("Cuenta", "EUR · Principal")]),
                                      button("Abrir Revolut", "https://business.revolut.com/transactions?ref=email", "#191c1f")],
                              footer="Revolut Bank UAB, Sucursal en España – Calle Príncipe de Vergara 132, 28002 Madrid.")),
        kind="payment-notification", lang="es", amount="750.00", reference="2026-055",
        note="Revolut; reference is the bare invoice number '2026-055'.")

    # 17 Wise ES
    add(frm=("Wise", "noreply@wise.com"), to=NAY,
        subject="Has recibido 1.100,00 EUR", date="2027-01-15T15:26:40", tz="Europe/London",
        body=alt(text("Hola Nayra:\n\nBrightline Studio Ltd te ha enviado 1.100,00 EUR.\nYa está en tu cuenta de EUR.\n\nReferencia: Invoice 2026-036\n\n"
                      "Gracias,\nEl equipo de Wise\n\nWise Europe SA, Rue du Trône 100, 1050 Bruselas\n"),
                 html(modern_html(brand="wise", color="#163300", lang="es", preheader="Brightline Studio Ltd te ha enviado 1.100,00 EUR",
                                  heading="Has recibido 1.100,00 EUR",
                                  blocks=[p("Hola Nayra:"), p("<b>Brightline Studio Ltd</b> te ha enviado 1.100,00 EUR. Ya está en tu cuenta de EUR."),
                                          kv_table([("Referencia", "Invoice 2026-036")]),
                                          button("Ver detalles", "https://wise.com/balances/activities?utm_source=email", "#9fe870")],
                                  footer="Wise Europe SA, Rue du Trône 100, 1050 Bruselas. Wise es una entidad de dinero electrónico autorizada por el Banco Nacional de Bélgica."))),
        kind="payment-notification", lang="es", amount="1100.00", reference="2026-036",
        note="Wise in Spanish, sent on London time, English word 'Invoice' in the reference.")

    # 18 Mollie ES, order not invoice
    add(frm=("Mollie", "noreply@mollie.com"), to=JOR,
        subject="Nuevo pago recibido: € 128,00", date="2027-01-17T22:14:08", tz="Europe/Amsterdam",
        body=text("Nuevo pago recibido\n\nImporte: € 128,00\nDescripción: Pedido #4471 - Pack samples \"Tramuntana Drums\"\nMétodo: Bizum\nID: tr_7nVxq2Hk9a\n\nMollie B.V., Keizersgracht 126, 1015 CW Amsterdam\n"),
        kind="payment-notification", lang="es", amount="128.00",
        note="Mollie web-shop order payment (#4471 is an order number, not an invoice): money in, no reference.")

    # 19 Square ES invoice paid
    add(frm=("Square", "noreply@messaging.squareup.com"), to=LUC,
        subject="Se ha pagado la factura n.º 2026-057", date="2027-01-20T11:38:14", tz="Europe/Madrid",
        body=html(modern_html(brand="Square", color="#006aff", lang="es", preheader="Cervecería La Jarra ha pagado 460,00 €",
                              heading="Factura pagada",
                              blocks=[p("<b>Cervecería La Jarra</b> ha pagado la factura n.º 2026-057."),
                                      kv_table([("Importe pagado", "460,00 €"), ("Método", "Tarjeta"), ("Fecha", "20 ene 2027")]),
                                      p("Los fondos se depositarán en tu cuenta bancaria según tu calendario de transferencias.")],
                              footer="Square Europe Ltd. – Sucursal en España. © 2027 Block, Inc.")),
        kind="payment-notification", lang="es", amount="460.00", reference="2026-057",
        note="Square Invoices 'factura pagada'; payout timing sentence does not change that the client paid.")

    # 20 CaixaBank international transfer in USD
    add(frm=("CaixaBank", "notificaciones@caixabank.com"), to=JOR,
        subject="Transferencia internacional recibida", date="2027-01-22T10:40:31", tz="Europe/Madrid",
        body=alt(text("Te informamos de que has recibido una transferencia internacional:\n\n"
                      "Ordenante: SLOWBURN RECORDS LLC - AUSTIN TX US\nImporte en divisa: 1.500,00 USD\nTipo de cambio: 1,0938\n"
                      "Comisión: 12,00 EUR\nImporte abonado: 1.359,37 EUR\nConcepto: INVOICE 2026-056 MASTERING\n\n" + "CaixaBank, S.A.\n"),
                 html(bank_html(brand="CaixaBank", color="#007eae", lang="es", preheader="Transferencia internacional recibida",
                                title="Transferencia internacional recibida", intro="Te informamos de que has recibido una transferencia internacional:",
                                rows=[("Ordenante", "SLOWBURN RECORDS LLC – AUSTIN TX US"), ("Importe en divisa", "1.500,00 USD"), ("Tipo de cambio", "1,0938"),
                                      ("Comisión", "12,00 EUR"), ("Importe abonado", "1.359,37 EUR"), ("Concepto", "INVOICE 2026-056 MASTERING")],
                                footer=CAIXA_FOOT))),
        kind="payment-notification", lang="es", amount="1500.00", currency="USD", reference="2026-056",
        note="International credit: 1.500,00 USD sent, 1.359,37 EUR credited after FX and a 12,00 EUR fee. amount = 1500.00 USD (the payment as sent, matching a USD invoice); the EUR credited figure is also stated.")

    # 21 Santander daily summary, several rows
    sr = [("Recibo IBERDROLA CLIENTES SAU", "-68,12 €"), ("Compra tarjeta MERCADONA C/ ALCALA", "-42,35 €"),
          ("Transferencia recibida de ESTUDIO ARQUITECTURA LAGO SLP - Fra. 2026-058", "+1.573,00 €"), ("Bizum enviado a PABLO M. (regalo Carla)", "-20,00 €")]
    add(frm=("Santander", "notificaciones@bancosantander.es"), to=LUC,
        subject="Resumen de movimientos de ayer", date="2027-01-26T07:00:12", tz="Europe/Madrid",
        body=html(bank_html(brand="Santander", color="#ec0000", lang="es", preheader="4 movimientos en tu cuenta ·7712",
                            title="Tus movimientos de ayer, 25/01/2027", intro="Hola, Lucía:<br>Este es el resumen de los movimientos de tu cuenta ·7712.",
                            rows=sr, after="Saldo a las 23:59: 5.218,40 €", footer=SANT_FOOT)),
        kind="payment-notification", lang="es", amount="1573.00", reference="2026-058",
        note="Daily summary with four rows: direct debit, card purchase, outgoing Bizum and one incoming transfer +1.573,00 for 'Fra. 2026-058'.")

    # 22 BBVA cash deposit at branch
    add(frm=("BBVA", "bbva@comunicaciones.bbva.es"), to=JOR,
        subject="Ingreso en tu cuenta", date="2027-01-28T12:33:19", tz="Europe/Madrid",
        body=text("Jordi, se ha realizado un ingreso en efectivo en tu cuenta ·5520.\n\n"
                  "Importe: 300,00 EUR\nOficina: 0182-4567 BARCELONA GRACIA\nConcepto: FRA 2026 059 PAGO EN OFICINA\nFecha: 28/01/2027\n\n"
                  "BBVA\n", cte="quoted-printable"),
        kind="payment-notification", lang="es", amount="300.00", reference="2026-059",
        note="Cash deposit made at a branch by the client, concept names the invoice: money in.")

    # 23 Bankinter, Canary, IGIC
    add(frm=("Bankinter", "avisos@bankinter.com"), to=NAY,
        subject="Aviso de abono en cuenta", date="2027-02-04T09:14:27", tz="Atlantic/Canary",
        body=alt(text("Estimado/a cliente:\nle comunicamos el siguiente abono en su cuenta ES** **** **** 9021.\n\n"
                      "F. operación: 04/02/2027\nConcepto: TRANSF. DE: INMOBILIARIA ATLANTICO CANARIAS SL REF: Traduccion contrato arrendamiento Fra 2026-037 (IGIC incl.)\nImporte: 423,50\n\nBankinter, S.A.\n"),
                 html(bank_html(brand="Bankinter", color="#ff6600", lang="es", preheader="Abono de 423,50 € en su cuenta",
                                title="Aviso de abono en cuenta", intro="Estimado/a cliente:<br>le comunicamos el siguiente abono en su cuenta ES** **** **** 9021.",
                                rows=[("F. operación", "04/02/2027"), ("Concepto", "TRANSF. DE: INMOBILIARIA ATLANTICO CANARIAS SL<br>REF: Traduccion contrato arrendamiento Fra 2026-037 (IGIC incl.)"),
                                      ("Importe", "423,50")],
                                footer="Bankinter, S.A. – Paseo de la Castellana 29, 28046 Madrid – CIF A-28157360."))),
        kind="payment-notification", lang="es", amount="423.50", reference="2026-037",
        note="Canary Islands (Atlantic/Canary, +0000 in winter), IGIC instead of IVA; amount without currency sign.")

    # 24 GoCardless ES
    add(frm=("GoCardless", "help@gocardless.com"), to=JOR,
        subject="Hemos cobrado 60,00 € de Bodegas Lázaro", date="2027-02-01T06:08:11", tz="Europe/London",
        body=text("Hola Jordi:\n\nHemos cobrado un pago en tu nombre.\n\nCliente: Bodegas Lázaro SL\nImporte: 60,00 €\nDescripción: Cuota mensual mantenimiento web - febrero\nReferencia: PM01J2C8X4R5N\n\n"
                  "Lo recibirás en tu próxima transferencia.\n\nEl equipo de GoCardless\n"),
        kind="payment-notification", lang="es", amount="60.00",
        note="GoCardless collected a direct debit from the client for the freelancer: money in. GoCardless payment reference is not an invoice number.")

    # 25 Sabadell, second phase, partial
    add(frm=("Banco Sabadell", "avisos@bancsabadell.com"), to=LUC,
        subject="Aviso: transferencia recibida", date="2027-02-09T13:27:36", tz="Europe/Madrid",
        body=html(bank_html(brand="Sabadell", color="#006dff", lang="es", preheader="Transferencia recibida: 1.000,00 EUR",
                            title="Transferencia recibida", intro="Le informamos de que ha recibido una transferencia en la cuenta ES** **** **** **** **** 2288.",
                            rows=[("Importe", "1.000,00 EUR"), ("Ordenante", "FUNDACION CULTURAL ARGOS"), ("Concepto", "Pago 2ª fase proyecto web (fra 2026-060)"),
                                  ("Fecha", "09/02/2027")],
                            footer="Banco de Sabadell, S.A. – Avenida Óscar Esplá 37, 03007 Alicante – NIF A08000143.")),
        kind="payment-notification", lang="es", amount="1000.00", reference="2026-060",
        note="Second-phase (partial) payment; invoice in parentheses 'fra 2026-060'.")

    # 26 Stripe ES invoice paid (2027 invoice)
    add(frm=("Stripe", "invoicing@stripe.com"), to=JOR,
        subject="Factura 2027-003 pagada", date="2027-02-11T16:44:20", tz="UTC",
        body=html(modern_html(brand="stripe", lang="es", preheader="Teatre del Raval ha pagado 847,00 €",
                              heading="Se ha pagado una factura",
                              blocks=[p("Teatre del Raval SCCL ha pagado la factura <b>2027-003</b>."),
                                      kv_table([("Importe pagado", "847,00 €"), ("Pagado el", "11 feb 2027"), ("Método", "Transferencia SEPA")]),
                                      button("Ver factura", "https://dashboard.stripe.com/invoices/in_1QpL3mJm4cT8uP2b")],
                              footer="Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublín 2, Irlanda")),
        kind="payment-notification", lang="es", amount="847.00", reference="2027-003",
        note="Stripe Invoicing 'factura pagada' for a 2027 invoice.")


# ====================================================================== SPANISH: look-alikes
def es_lookalikes():
    # 1 Santander direct debit cuota autonomos
    add(frm=("Santander", "notificaciones@bancosantander.es"), to=LUC,
        subject="Te hemos cargado un recibo", date="2026-11-30T08:05:17", tz="Europe/Madrid",
        body=html(bank_html(brand="Santander", color="#ec0000", lang="es", preheader="Recibo de TESORERIA GENERAL SEGURIDAD SOCIAL: 310,00 €",
                            title="Te hemos cargado un recibo", intro="Hola, Lucía:<br>Se ha cargado un recibo domiciliado en tu cuenta ·7712.",
                            rows=[("Emisor", "TESORERIA GENERAL SEGURIDAD SOCIAL"), ("Concepto", "CUOTA AUTONOMOS 11/2026"), ("Importe", "-310,00 €")],
                            after="Si no reconoces este cargo, puedes devolverlo desde la app en un plazo de 8 semanas.", footer=SANT_FOOT)),
        kind="other", lang="es", note="Direct debit charged to the freelancer (autónomos quota). '11/2026' is a month, not an invoice.")

    # 2 BBVA card purchase
    add(frm=("BBVA", "bbva@comunicaciones.bbva.es"), to=JOR,
        subject="Compra con tu tarjeta ·0932", date="2026-12-06T20:12:40", tz="Europe/Madrid",
        body=text("Jordi, has realizado una compra de 54,90 EUR con tu tarjeta ·0932 en ADOBE *CREATIVE CLOUD el 06/12/2026 a las 20:12.\n\n"
                  "¿No la reconoces? Llámanos al 91 224 94 26.\n\nBBVA\n", cte="quoted-printable"),
        kind="other", lang="es", note="Card purchase (money out).")

    # 3 CaixaBank outgoing transfer with invoice-like concept
    add(frm=("CaixaBank", "notificaciones@caixabank.com"), to=LUC,
        subject="CaixaBank: transferencia realizada", date="2026-12-10T11:46:03", tz="Europe/Madrid",
        body=alt(text("Has realizado una transferencia desde tu cuenta ES** **** **** **** **** 0193.\n\n"
                      "Beneficiario: GRAFICAS SOL Y SOMBRA SL\nImporte: 1.210,00 EUR\nConcepto: FRA A-2026/118 IMPRESION CATALOGOS\nFecha: 10/12/2026\n\nCaixaBank, S.A.\n"),
                 html(bank_html(brand="CaixaBank", color="#007eae", lang="es", preheader="Transferencia de 1.210,00 EUR realizada",
                                title="Transferencia realizada", intro="Has realizado una transferencia desde tu cuenta ES** **** **** **** **** 0193.",
                                rows=[("Beneficiario", "GRAFICAS SOL Y SOMBRA SL"), ("Importe", "1.210,00 EUR"),
                                      ("Concepto", "FRA A-2026/118 IMPRESION CATALOGOS"), ("Fecha", "10/12/2026")],
                                footer=CAIXA_FOOT))),
        kind="other", lang="es", note="Outgoing transfer the freelancer made to a printer, concept names the SUPPLIER's invoice. Same amount as an earlier incoming payment.")

    # 4 Bankinter: own transfer returned
    add(frm=("Bankinter", "avisos@bankinter.com"), to=JOR,
        subject="Devolución de transferencia emitida", date="2026-12-19T10:00:55", tz="Europe/Madrid",
        body=text("Estimado/a cliente:\n\nLe informamos de que la transferencia emitida el 17/12/2026 a favor de ALQUILER EQUIPOS SONIDO BCN SL "
                  "por importe de 240,00 € ha sido DEVUELTA por la entidad del beneficiario.\n\n"
                  "Motivo: cuenta cancelada (AC04)\nEl importe ha sido reintegrado en su cuenta con fecha valor 19/12/2026.\n\n"
                  "Bankinter, S.A. – Atención al cliente 900 80 20 81\n", charset="iso-8859-1", raw_charset="cp1252", cte="quoted-printable"),
        kind="other", lang="es", note="Returned outgoing transfer; money comes back but nobody paid an invoice. Declared iso-8859-1 but carries Windows-1252 bytes (euro sign 0x80, en dash 0x96).")

    # 5 FACe registrada
    add(frm=("FACe - Punto General de Entrada de Facturas", "no-reply@face.gob.es"), to=LUC,
        subject="[FACe] Notificación de cambio de estado de factura", date="2026-11-13T12:40:18", tz="Europe/Madrid",
        body=text("Estimado/a proveedor/a:\n\nLe informamos que la factura con los siguientes datos ha cambiado de estado:\n\n"
                  "Número de registro: REGAGE26e00045671234\nNúmero de factura: 2026-061\nFecha de expedición: 12/11/2026\n"
                  "Importe: 2.420,00 €\nOficina contable: L01280796 - AYUNTAMIENTO DE MADRID\n"
                  "Nuevo estado: 1200 - Registrada\nFecha del cambio: 13/11/2026 12:40\n\n"
                  "Puede consultar el estado de sus facturas en https://face.gob.es/es/facturas\n\n"
                  "Este correo ha sido generado automáticamente. Por favor, no responda.\n"
                  "Ministerio de Hacienda - Secretaría General de Administración Digital\n"),
        kind="other", lang="es", note="FACe status change to 'Registrada' (received by the public body). Invoice number and amount present but nothing was paid.")

    # 6 FACe contabilizada
    add(frm=("FACe - Punto General de Entrada de Facturas", "no-reply@face.gob.es"), to=NAY,
        subject="[FACe] Notificación de cambio de estado de factura", date="2027-01-14T09:21:44", tz="Europe/Madrid",
        body=text("Estimado/a proveedor/a:\n\nLe informamos que la factura con los siguientes datos ha cambiado de estado:\n\n"
                  "Número de registro: REGAGE26e00051239988\nNúmero de factura: 2026-062\nImporte: 1.016,40 €\n"
                  "Órgano gestor: CABILDO DE GRAN CANARIA - SERVICIO DE PATRIMONIO\n"
                  "Nuevo estado: 2400 - Contabilizada la obligación reconocida\nFecha del cambio: 14/01/2027 09:21\n\n"
                  "El siguiente estado será 2500 - Pagada.\n\nEste correo ha sido generado automáticamente. Por favor, no responda.\n"),
        kind="other", lang="es", note="FACe state 2400 'obligación reconocida' (approved for payment) and explicitly not yet 2500 Pagada. Date header on Madrid time though the freelancer is in Canarias.")

    # 7 Holded invoice viewed
    add(frm=("Holded", "no-reply@holded.com"), to=LUC,
        subject="Tu cliente ha visto la factura 2026-063", date="2027-01-04T10:33:26", tz="Europe/Madrid",
        body=html(modern_html(brand="holded", color="#ff5a5f", lang="es", preheader="Panadería La Espiga SL ha abierto tu factura",
                              heading="Factura vista",
                              blocks=[p("Hola Lucía,"), p("<b>Panadería La Espiga SL</b> ha abierto la factura <b>2026-063</b> (1.089,00 €) hoy a las 10:33."),
                                      p("Estado: <b>Pendiente de cobro</b>"),
                                      button("Enviar recordatorio", "https://app.holded.com/invoicing/invoice/2026-063/remind?utm_source=email", "#ff5a5f")],
                              footer="Holded Technologies S.L. – C/ Llull 95-97, 08005 Barcelona.")),
        kind="other", lang="es", note="'Invoice viewed' notice, status pending.")

    # 8 PayPal ES sent
    add(frm=("PayPal", "service@paypal.es"), to=NAY,
        subject="Recibo de tu pago a Spotify AB", date="2026-12-12T00:04:51", tz="America/Los_Angeles",
        body=alt(text("Hola, Nayra Santana:\n\nHas enviado un pago de 10,99 € EUR a Spotify AB.\n\nId. de transacción: 7RT20991AB3341820\nFuente de financiación: Cuenta bancaria ING ·4410\n"),
                 html(modern_html(brand="PayPal", color="#003087", lang="es", preheader="Has enviado un pago de 10,99 € EUR",
                                  heading="Has enviado un pago de 10,99 € EUR a Spotify AB",
                                  blocks=[kv_table([("Id. de transacción", "7RT20991AB3341820"), ("Fuente de financiación", "Cuenta bancaria ING ·4410")])],
                                  footer="PayPal (Europe) S.à r.l. et Cie, S.C.A. Copyright © 1999-2026 PayPal."))),
        kind="other", lang="es", note="PayPal 'you sent a payment' receipt.")

    # 9 Bizum sent
    add(frm=("CaixaBank", "notificaciones@caixabank.com"), to=LUC,
        subject="Has enviado un Bizum", date="2026-12-24T14:22:09", tz="Europe/Madrid",
        body=text("Has enviado 20,00 EUR con Bizum a MARTA R.\nConcepto: lotería 🎄\n\nCaixaBank, S.A.\n"),
        kind="other", lang="es", note="Outgoing Bizum between friends.")

    # 10 BBVA marketing
    add(frm=("BBVA", "bbva@info.bbva.es"), to=LUC,
        subject="Lucía, cobra tus facturas más rápido 💶", date="2026-11-21T10:30:00", tz="Europe/Madrid",
        body=html(modern_html(brand="BBVA", color="#004481", lang="es", preheader="Nuevo: enlaces de pago para autónomos",
                              heading="Cobra tus facturas en segundos",
                              blocks=[p("Hola Lucía, ¿te cuesta cobrar a tiempo? Con los nuevos <b>enlaces de pago BBVA</b> tus clientes pagan la factura con tarjeta o Bizum y tú recibes el dinero al instante."),
                                      p("Además, durante 6 meses sin comisiones."),
                                      button("Lo quiero", "https://info.bbva.es/c/?cmp=autonomos_pay&amp;u=ab12cd", "#1973b8"),
                                      p('<span style="font-size:11px;color:#8792a2;">Comunicación comercial. Si no deseas recibir más correos, <a href="https://info.bbva.es/baja?u=ab12cd">date de baja</a>.</span>')],
                              footer=BBVA_FOOT)),
        extra=[("List-Unsubscribe", "<https://info.bbva.es/baja?u=ab12cd>"), ("Precedence", "bulk")],
        kind="other", lang="es", note="Bank marketing mail about getting invoices paid.")

    # 11 ING scheduled transfer (own, outgoing)
    add(frm=("ING", "ing@comunicaciones.ing.es"), to=LUC,
        subject="Tu transferencia periódica se hará mañana", date="2026-12-31T09:00:00", tz="Europe/Madrid",
        body=text("Hola Lucía:\n\nTe recordamos que mañana, 01/01/2027, se ejecutará tu transferencia periódica:\n\n"
                  "Destinatario: INMUEBLES CHAMBERI SL\nImporte: 650,00 €\nConcepto: Alquiler estudio enero\n\n"
                  "Asegúrate de tener saldo suficiente en tu Cuenta NARANJA.\n\nING\n"),
        kind="other", lang="es", note="Reminder of a scheduled OUTGOING transfer (rent).")

    # 12 B2Brouter Peppol delivery
    add(frm=("B2Brouter", "noreply@b2brouter.net"), to=JOR,
        subject="Factura 2026-064 entregada a través de Peppol", date="2027-01-08T11:30:27", tz="Europe/Madrid",
        body=alt(text("Hola,\n\nLa factura 2026-064 emitida a HOTELES COSTA DAURADA SA ha sido entregada correctamente a través de la red Peppol.\n\n"
                      "Participante destino: 0208:0123456789\nIdentificador de transmisión: 4f1c2b8e-6a0d-4e9e-93d2-7c6e5a8b1f02\nEstado: Entregada (AP receipt OK)\n\n"
                      "B2Brouter - Ingent Grup Systems SL\n"),
                 html(bank_html(brand="B2Brouter", color="#2c3e50", lang="es", preheader="Factura entregada",
                                title="Factura entregada", intro="La factura <b>2026-064</b> emitida a HOTELES COSTA DAURADA SA ha sido entregada correctamente a través de la red Peppol.",
                                rows=[("Participante destino", "0208:0123456789"), ("Estado", "Entregada (AP receipt OK)")],
                                footer="B2Brouter – Ingent Grup Systems SL – Barcelona"))),
        kind="other", lang="es", note="Peppol delivery confirmation of the freelancer's own invoice.")

    # 13 Cajamar incoming transfer rejected
    add(frm=("Cajamar", "notificaciones@cajamar.es"), to=LUC,
        subject="Transferencia a su favor no abonada", date="2027-01-18T12:05:44", tz="Europe/Madrid",
        body=html(bank_html(brand="Cajamar", color="#00843d", lang="es", preheader="No hemos podido abonar una transferencia",
                            title="Transferencia a su favor no abonada",
                            intro="Estimada clienta:<br>le informamos de que la transferencia que se detalla <b>no ha podido abonarse</b> en su cuenta y ha sido devuelta a la entidad del ordenante.",
                            rows=[("Ordenante", "VIVEROS EL EJIDO S.COOP.AND."), ("Importe", "890,00 €"), ("Concepto", "FRA 2026-065"),
                                  ("Motivo", "Los datos del beneficiario no coinciden con el titular de la cuenta")],
                            after="Si espera este pago, facilite al ordenante sus datos bancarios correctos.",
                            footer="Cajamar Caja Rural, Sociedad Cooperativa de Crédito – Plaza de Barcelona 5, 04006 Almería.")),
        kind="other", lang="es", note="Incoming transfer REJECTED and returned to the payer; names the invoice and amount but no money arrived.")

    # 14 Stripe dispute (chargeback)
    add(frm=("Stripe", "notifications@stripe.com"), to=LUC,
        subject="Se ha abierto una disputa de 990,00 € de Clínica Dental Sonrisas", date="2027-02-15T08:12:03", tz="UTC",
        body=html(modern_html(brand="stripe", lang="es", preheader="Responde antes del 25 feb 2027",
                              heading="Se ha abierto una disputa",
                              blocks=[p("Clínica Dental Sonrisas ha disputado un pago de <b>990,00 €</b> (Factura 2026-052). Motivo: <i>producto no recibido</i>."),
                                      p("Hemos retirado 990,00 € más una comisión de 20,00 € de tu saldo. Tienes hasta el 25 feb 2027 para presentar pruebas."),
                                      button("Responder a la disputa", "https://dashboard.stripe.com/disputes/dp_1QzQ8xJm4cT8uP2b")],
                              footer="Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublín 2, Irlanda")),
        kind="other", lang="es", note="Chargeback: money taken back from the freelancer; mentions a previously paid invoice. Machine mail, so 'other' (not a client dispute reply).")


# ====================================================================== ENGLISH: money in
AIB_FOOT = ("Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland. Registered Office: 10 Molesworth Street, Dublin 2, D02 R126. Registered in Ireland No. 24173.<br>"
            "AIB will never ask you for your full PIN, Registration Number or card details by email. This is an automated message, please do not reply.")
BOI_FOOT = ("The Governor and Company of the Bank of Ireland is regulated by the Central Bank of Ireland. Registered Office: Baggot Plaza, 27-33 Upper Baggot Street, Dublin 4.<br>"
            "Please do not reply to this email. To change your alert settings, log in to Banking 365 Online.")
LLOYDS_FOOT = ("Lloyds Bank plc. Registered Office: 25 Gresham Street, London EC2V 7HN. Registered in England and Wales no. 2065. "
               "Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority under number 119278.")
NATWEST_FOOT = ("National Westminster Bank Plc. Registered in England and Wales (Registered Number 929027). Registered Office: 250 Bishopsgate, London EC2M 4AA. "
                "Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.")
HSBC_FOOT = ("HSBC UK Bank plc. Registered in England and Wales number 09928412. Registered Office: 1 Centenary Square, Birmingham, B1 1HQ. "
             "We'll never ask you to move money to a 'safe account' or to share your security codes.")


def en_money_in():
    # 1 AIB text alert
    add(frm=("AIB", "alerts@aib.ie"), to=TOM,
        subject="AIB Alert: Credit to your account", date="2026-11-12T10:41:26", tz="Europe/Dublin",
        body=text("AIB Alerts\n\nA credit of EUR 2,460.00 has been lodged to your account ending 3391 on 12/11/2026.\n\n"
                  "From: HARBOURVIEW MARKETING LTD\nRef: INV 2026 017\n\n"
                  "Log in to AIB Internet Banking or the AIB Mobile app to view your balance.\n\n"
                  "Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.\n"
                  "AIB will never ask you for your full PIN, Registration Number or card details by email.\n", charset="us-ascii", cte="7bit"),
        kind="payment-notification", lang="en", amount="2460.00", reference="INV-2026-017",
        note="AIB credit alert, plain 7bit text; 'EUR 2,460.00' with thousands comma; 'Ref: INV 2026 017' with spaces = INV-2026-017.")

    # 2 Bank of Ireland lodgement
    add(frm=("Bank of Ireland", "alerts@boi.com"), to=TOM,
        subject="Lodgement to your account", date="2026-11-26T09:05:58", tz="Europe/Dublin",
        body=alt(text("Bank of Ireland\n\nA lodgement has been made to your Business Current Account ~4482.\n\nAmount: €1,230.00\nDescription: KILKENNY CRAFT CO-OP INV2026018\nDate: 26 Nov 2026\n\n" +
                      "The Governor and Company of the Bank of Ireland is regulated by the Central Bank of Ireland.\n"),
                 html(bank_html(brand="BankofIreland", color="#0000a0", lang="en", preheader="€1,230.00 lodged to ~4482",
                                title="Lodgement to your account", intro="A lodgement has been made to your Business Current Account ~4482.",
                                rows=[("Amount", "€1,230.00"), ("Description", "KILKENNY CRAFT CO-OP INV2026018"), ("Date", "26 Nov 2026")],
                                footer=BOI_FOOT))),
        kind="payment-notification", lang="en", amount="1230.00", reference="INV-2026-018",
        note="BOI 'lodgement' (Irish word for a credit); reference glued 'INV2026018' after the payer name.")

    # 3 Lloyds
    add(frm=("Lloyds Bank", "alerts@lloydsbank.co.uk"), to=PRI,
        subject="You've received a payment", date="2026-11-19T14:22:31", tz="Europe/London",
        body=html(bank_html(brand="Lloyds", color="#006a4d", lang="en", preheader="£850.00 has been paid into your account",
                            title="You've received a payment", intro="Hi Priya,<br>£850.00 has been paid into your Business Account ending 0092.",
                            rows=[("From", "LANTERN HOUSE PUBLISHING"), ("Reference", "PS1042 SHAH"), ("Amount", "£850.00"), ("Date", "19 November 2026")],
                            after="You can see this payment in the Lloyds Business app.", footer=LLOYDS_FOOT), cte="quoted-printable"),
        kind="payment-notification", lang="en", amount="850.00", currency="GBP", reference="PS-1042",
        note="UK bank, GBP. Reference 'PS1042 SHAH' = PS-1042.")

    # 4 NatWest
    add(frm=("NatWest", "natwest@notifications.natwest.com"), to=PRI,
        subject="Payment received", date="2026-12-02T11:17:03", tz="Europe/London",
        body=alt(text("Payment received\n\nA payment of £1,200.00 has been received into your account ending 7765.\nFrom: ASHDOWN & VALE LLP\nReference: INVOICE 1043\n\nNatWest\n"),
                 html(bank_html(brand="NatWest", color="#5a287d", lang="en", preheader="£1,200.00 from ASHDOWN & VALE LLP",
                                title="Payment received", intro="A payment has been received into your account ending 7765.",
                                amount_row="£1,200.00", rows=[("From", "ASHDOWN &amp; VALE LLP"), ("Reference", "INVOICE 1043")],
                                footer=NATWEST_FOOT))),
        kind="payment-notification", lang="en", amount="1200.00", currency="GBP", reference="PS-1043",
        note="Payer dropped the 'PS-' prefix: 'INVOICE 1043' -> the freelancer's PS-1043.")

    # 5 HSBC partial
    add(frm=("HSBC UK", "alerts@notification.hsbc.co.uk"), to=PRI,
        subject="Money in: £375.50", date="2026-12-08T15:48:22", tz="Europe/London",
        body=text("HSBC UK\n\nYou've got money in.\n\n£375.50 was paid into your Business account ending 2214 on 08 Dec 2026.\n"
                  "Payer: MR J OKONKWO\nReference: PART PAYMENT PS-1044\n\n"
                  "HSBC UK Bank plc. We'll never ask you to move money to a 'safe account'.\n"),
        kind="payment-notification", lang="en", amount="375.50", currency="GBP", reference="PS-1044",
        note="Partial payment stated in the bank reference ('PART PAYMENT'); still money in.")

    # 6 PayPal USD
    add(frm=("PayPal", "service@paypal.ie"), to=TOM,
        subject="You've got money", date="2026-11-23T07:10:44", tz="America/Los_Angeles",
        body=alt(text("Hello, Tom Byrne\n\nYou've received $1,500.00 USD from Hollis & Wren LLC.\n\nNote from Hollis & Wren LLC:\n\"INV-2026-019 thanks! great work on the labels\"\n\n"
                      "Transaction ID: 6MN33018PQ2249751\nTransaction date: 23 November 2026\n\nPayPal (Europe) S.à r.l. et Cie, S.C.A.\n"),
                 html(modern_html(brand="PayPal", color="#003087", preheader="Hollis & Wren LLC sent you $1,500.00 USD",
                                  heading="You've got money",
                                  blocks=[p("Hello, Tom Byrne"), p("You've received <b>$1,500.00 USD</b> from Hollis &amp; Wren LLC."),
                                          p('<span style="color:#6c7378;">Note from Hollis &amp; Wren LLC:</span><br>“INV-2026-019 thanks! great work on the labels”'),
                                          kv_table([("Transaction ID", "6MN33018PQ2249751"), ("Transaction date", "23 November 2026")]),
                                          p("The money is in your PayPal balance. You can hold it in USD or convert it.")],
                                  footer="Help &amp; Contact | Security<br>PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg. Copyright © 1999-2026 PayPal. All rights reserved."))),
        kind="payment-notification", lang="en", amount="1500.00", currency="USD", reference="INV-2026-019",
        note="PayPal 'You've got money' in USD to an Irish freelancer.")

    # 7 Stripe EN
    add(frm=("Stripe", "notifications@stripe.com"), to=TOM,
        subject="Payment of €3,200.00 from Northgate Foods succeeded", date="2026-12-01T13:09:37", tz="UTC",
        body=alt(text("Byrne Design\n\nSuccessful payment\n€3,200.00 from Northgate Foods Ltd (finance@northgatefoods.ie)\n\nDescription: Invoice INV-2026-020\n"
                      "Payment method: SEPA Direct Debit •••• 1234\nPayment ID: pi_3QvC8aHh2kP9wE1d0m3Tt5Yz\n\nStripe Payments Europe, Ltd.\n"),
                 html(modern_html(brand="stripe", preheader="€3,200.00 from Northgate Foods Ltd",
                                  heading="Successful payment",
                                  blocks=[p('<span style="font-size:32px;font-weight:700;color:#1a1f36;">€3,200.00</span>'),
                                          kv_table([("Customer", "Northgate Foods Ltd"), ("Description", "Invoice INV-2026-020"),
                                                    ("Payment method", "SEPA Direct Debit •••• 1234"), ("Payment ID", "pi_3QvC8aHh2kP9wE1d0m3Tt5Yz")]),
                                          button("View payment", "https://dashboard.stripe.com/payments/pi_3QvC8aHh2kP9wE1d0m3Tt5Yz")],
                                  footer="You're receiving this because you enabled successful payment emails for Byrne Design. "
                                         "<a href=\"https://dashboard.stripe.com/settings/user\" style=\"color:#8792a2;\">Manage notifications</a><br>Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2, Ireland"))),
        kind="payment-notification", lang="en", amount="3200.00", reference="INV-2026-020",
        note="Stripe successful payment (via SEPA DD collected from the client).")

    # 8 SumUp invoice paid
    add(frm=("SumUp", "noreply@sumup.com"), to=TOM,
        subject="Invoice INV-2026-021 has been paid", date="2026-12-06T18:55:20", tz="Europe/Dublin",
        body=html(modern_html(brand="sumup", color="#1a1a1a", preheader="You've been paid €185.00",
                              heading="You've been paid €185.00",
                              blocks=[p("Good news, Tom! <b>The Salty Dog Café</b> has paid invoice INV-2026-021."),
                                      kv_table([("Amount", "€185.00"), ("Paid with", "Apple Pay"), ("Transaction code", "TAB4R9XZP2")]),
                                      p("The money will be paid out to your bank account according to your payout schedule.")],
                              footer="SumUp Payments Limited, Block 8, Harcourt Centre, Charlotte Way, Dublin 2, Ireland.")),
        kind="payment-notification", lang="en", amount="185.00", reference="INV-2026-021",
        note="SumUp Invoices: client paid the invoice.")

    # 9 Square UK
    add(frm=("Square", "noreply@messaging.squareup.com"), to=PRI,
        subject="Invoice #PS-1045 paid by Meadow & Co", date="2026-12-10T10:12:09", tz="Europe/London",
        body=alt(text("Meadow & Co paid invoice #PS-1045.\n\nAmount paid: £420.00\nPaid on: 10 Dec 2026\nPayment method: Visa 1881\n\nSquare\n"),
                 html(modern_html(brand="Square", color="#006aff", preheader="£420.00 received",
                                  heading="Invoice paid",
                                  blocks=[p("<b>Meadow &amp; Co</b> paid invoice #PS-1045."),
                                          kv_table([("Amount paid", "£420.00"), ("Paid on", "10 Dec 2026"), ("Payment method", "Visa 1881")])],
                                  footer="Square Financial Services, Inc. / Block UK Ltd., 6th Floor, One London Wall, London EC2Y 5EB."))),
        kind="payment-notification", lang="en", amount="420.00", currency="GBP", reference="PS-1045",
        note="Square invoice paid, GBP; '#PS-1045' with hash.")

    # 10 GoCardless EN retainer
    add(frm=("GoCardless", "help@gocardless.com"), to=PRI,
        subject="Payment confirmed: £95.00 from Kettle Yard Cafe", date="2026-12-15T06:03:17", tz="Europe/London",
        body=text("Hi Priya,\n\nA payment from one of your customers has been confirmed.\n\nCustomer: Kettle Yard Cafe\nAmount: £95.00\nDescription: Monthly social copy retainer (December)\n"
                  "Charge date: 15 December 2026\n\nIt'll be included in your next payout.\n\nThe GoCardless team\n\n"
                  "GoCardless Ltd, Sutton Yard, 65 Goswell Road, London, EC1V 7EN. Authorised by the FCA.\n"),
        kind="payment-notification", lang="en", amount="95.00", currency="GBP",
        note="GoCardless collected from the customer (retainer); no invoice reference.")

    # 11 Wise EN
    add(frm=("Wise", "noreply@wise.com"), to=TOM,
        subject="You've received €1,845.00", date="2026-12-17T12:40:51", tz="Europe/London",
        body=alt(text("Hi Tom,\n\nSkagen Interiors ApS sent you €1,845.00. It's in your EUR balance now.\n\nReference: INV-2026-022\n\nThanks,\nThe Wise Team\n"),
                 html(modern_html(brand="wise", color="#163300", preheader="Skagen Interiors ApS sent you €1,845.00",
                                  heading="You've received €1,845.00",
                                  blocks=[p("Hi Tom,"), p("<b>Skagen Interiors ApS</b> sent you €1,845.00. It's in your EUR balance now."),
                                          kv_table([("Reference", "INV-2026-022")]), button("See details", "https://wise.com/balances/activities?utm_source=email", "#9fe870")],
                                  footer="Wise Europe SA, Rue du Trône 100, 1050 Brussels. Wise is authorised by the National Bank of Belgium as an Electronic Money Institution."))),
        kind="payment-notification", lang="en", amount="1845.00", reference="INV-2026-022",
        note="Wise incoming EUR.")

    # 12 Revolut Business EN
    add(frm=("Revolut Business", "no-reply@revolut.com"), to=PRI,
        subject="You received £640.00", date="2026-12-21T09:27:45", tz="Europe/London",
        body=text("You received £640.00 from FENWICK PR LTD\nReference: PS 1046\n\nOpen the app to see details.\n\nRevolut Ltd, 30 South Colonnade, London E14 5HX\n", cte="8bit"),
        kind="payment-notification", lang="en", amount="640.00", currency="GBP", reference="PS-1046",
        note="Short Revolut notice; 'PS 1046' with a space.")

    # 13 FreeAgent invoice paid
    add(frm=("FreeAgent", "notifications@freeagent.com"), to=PRI,
        subject="Invoice PS-1047 has been paid", date="2027-01-06T11:44:38", tz="Europe/London",
        body=alt(text("Hi Priya,\n\nGood news! Your invoice PS-1047 to Thistle & Thorn Ltd has been paid via GoCardless.\n\nAmount paid: £1,080.00\n"
                      "We've marked the invoice as paid and explained the transaction in your bank account.\n\nThe FreeAgent team\n"),
                 html(modern_html(brand="FreeAgent", color="#2b9a66", preheader="Thistle & Thorn Ltd paid £1,080.00",
                                  heading="Invoice PS-1047 has been paid",
                                  blocks=[p("Hi Priya,"), p("Good news! Your invoice <b>PS-1047</b> to Thistle &amp; Thorn Ltd has been paid via GoCardless."),
                                          kv_table([("Amount paid", "£1,080.00"), ("Status", "Paid")]),
                                          p("We've marked the invoice as paid and explained the transaction in your bank account.")],
                                  footer="FreeAgent Central Ltd, One Edinburgh Quay, 133 Fountainbridge, Edinburgh EH3 9QG."))),
        kind="payment-notification", lang="en", amount="1080.00", currency="GBP", reference="PS-1047",
        note="Accounting platform (FreeAgent) reports the client paid the invoice.")

    # 14 Xero payment received
    add(frm=("Xero", "messaging-service@post.xero.com"), to=TOM,
        subject="Payment received for INV-2026-023", date="2027-01-08T02:31:19", tz="UTC",
        body=html(modern_html(brand="xero", color="#13b5ea", preheader="Clonakilty Crafts paid €740.00",
                              heading="You've been paid",
                              blocks=[p("Clonakilty Crafts has paid invoice <b>INV-2026-023</b> online using Stripe."),
                                      kv_table([("Amount", "€740.00"), ("Paid", "8 Jan 2027"), ("Organisation", "Byrne Design")]),
                                      p("The payment has been applied to the invoice in Xero."),
                                      button("View invoice", "https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=7c2b", "#13b5ea")],
                              footer="Xero (UK) Ltd. You are receiving this email because online payment notifications are enabled for Byrne Design.")),
        kind="payment-notification", lang="en", amount="740.00", reference="INV-2026-023",
        note="Xero online payment notification; Date in UTC at night.")

    # 15 QuickBooks payment received
    add(frm=("QuickBooks", "quickbooks@notification.intuit.com"), to=PRI,
        subject="Payment received: Invoice 1048", date="2027-01-12T16:05:00", tz="Europe/London",
        body=alt(text("You've received a payment\n\nCustomer: Orchard Lane Estates\nInvoice: 1048\nAmount received: £260.00\nPayment method: Card\n\nIntuit QuickBooks\n"),
                 html(modern_html(brand="intuit quickbooks", color="#2ca01c", preheader="Orchard Lane Estates paid £260.00",
                                  heading="You've received a payment",
                                  blocks=[kv_table([("Customer", "Orchard Lane Estates"), ("Invoice", "1048"), ("Amount received", "£260.00"), ("Payment method", "Card")])],
                                  footer="Intuit Limited, 5th Floor, 1 Sheldon Square, London W2 6TT. © 2027 Intuit Inc."))),
        kind="payment-notification", lang="en", amount="260.00", currency="GBP", reference="PS-1048",
        note="QuickBooks payment received; the platform shows the invoice number without the PS- prefix ('Invoice 1048') -> PS-1048.")

    # 16 Zoho partial
    add(frm=("Zoho Invoice", "notifications@zohoinvoice.eu"), to=TOM,
        subject="Payment of €1,000.00 received for INV-2026-024", date="2027-01-14T10:20:47", tz="Europe/Dublin",
        body=alt(text("Hi Tom,\n\nBrightwater Ltd has made a payment of €1,000.00 for invoice INV-2026-024.\n\n"
                      "Invoice total: €2,460.00\nAmount paid: €1,000.00\nBalance due: €1,460.00\n\nZoho Invoice\n"),
                 html(modern_html(brand="Zoho Invoice", color="#e42527", preheader="Balance due €1,460.00",
                                  heading="Payment received",
                                  blocks=[p("Brightwater Ltd has made a payment of <b>€1,000.00</b> for invoice <b>INV-2026-024</b>."),
                                          kv_table([("Invoice total", "€2,460.00"), ("Amount paid", "€1,000.00"), ("Balance due", "€1,460.00")])],
                                  footer="Zoho Corporation B.V., Beneluxlaan 4B, 3527 HT Utrecht, the Netherlands."))),
        kind="payment-notification", lang="en", amount="1000.00", reference="INV-2026-024",
        note="Partial payment: total 2,460.00, paid 1,000.00, balance 1,460.00. amount = 1000.00.")

    # 17 Upwork milestone released
    add(frm=("Upwork", "donotreply@upwork.com"), to=TOM,
        subject="$1,250.00 has been released for milestone \"Brand guidelines v2\"", date="2027-01-19T20:14:09", tz="America/New_York",
        body=alt(text("Hi Tom,\n\nGreat news! Julia Hartmann has released a payment for your contract \"Rebrand for Alpine Trails Co.\".\n\n"
                      "Milestone: Brand guidelines v2\nAmount: $1,250.00\nUpwork service fee: -$125.00\nYou'll receive: $1,125.00\n\n"
                      "The funds will be available in your Upwork balance after the 5-day security period.\n\nThe Upwork Team\n"),
                 html(modern_html(brand="Upwork", color="#14a800", preheader="Julia Hartmann released a payment",
                                  heading="Payment released",
                                  blocks=[p("Hi Tom,"), p("Great news! <b>Julia Hartmann</b> has released a payment for your contract “Rebrand for Alpine Trails Co.”."),
                                          kv_table([("Milestone", "Brand guidelines v2"), ("Amount", "$1,250.00"), ("Upwork service fee", "-$125.00"), ("You'll receive", "$1,125.00")]),
                                          p("The funds will be available in your Upwork balance after the 5-day security period.")],
                                  footer="Upwork Global Inc., 530 Lytton Avenue, Suite 301, Palo Alto, CA 94301."))),
        kind="payment-notification", lang="en", amount="1250.00", currency="USD",
        note="Upwork: the client released a milestone payment = money in (decision: releases are payment notices, withdrawals are other). Gross 1,250.00, fee 125.00, net 1,125.00; amount = gross paid by client. No invoice number.")

    # 18 AIB no ref
    add(frm=("AIB", "alerts@aib.ie"), to=TOM,
        subject="AIB Alert: Credit to your account", date="2027-01-21T08:48:02", tz="Europe/Dublin",
        body=text("AIB Alerts\n\nA credit of EUR 600.00 has been lodged to your account ending 3391 on 21/01/2027.\n\nFrom: D MCCARTHY\nRef: TRANSFER\n\n"
                  "Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.\n", charset="us-ascii", cte="7bit"),
        kind="payment-notification", lang="en", amount="600.00", note="Credit with a meaningless reference 'TRANSFER': no invoice reference.")

    # 19 Bank of Ireland daily summary
    rws = [("DD ELECTRIC IRELAND", "-€88.10"), ("POS COSTA COFFEE DAME ST", "-€4.60"),
           ("365 ONLINE CREDIT BRIGIDS BAKERY INV-2026-025", "+€450.00"), ("CARD FEE", "-€0.00")]
    add(frm=("Bank of Ireland", "alerts@boi.com"), to=TOM,
        subject="Your daily transactions summary", date="2027-01-23T06:30:15", tz="Europe/Dublin",
        body=html(bank_html(brand="BankofIreland", color="#0000a0", lang="en", preheader="4 transactions on 22 Jan 2027",
                            title="Daily transactions – 22 Jan 2027", intro="Here are yesterday's transactions on your Business Current Account ~4482.",
                            rows=rws, after="Closing balance: €7,912.45", footer=BOI_FOOT)),
        kind="payment-notification", lang="en", amount="450.00", reference="INV-2026-025",
        note="Several rows; only the +€450.00 credit is a payment, referencing INV-2026-025. The direct debit and card rows are outgoing.")

    # 20 NatWest truncated ref
    add(frm=("NatWest", "natwest@notifications.natwest.com"), to=PRI,
        subject="Payment received", date="2027-01-27T13:33:12", tz="Europe/London",
        body=text("Payment received\n\nA Faster Payment of £1,560.00 has been received into your account ending 7765.\nFrom: HARTLEY COLLINS DESIGN\nReference: PS-1049 SHAH COPYW\n\nNatWest\n"),
        kind="payment-notification", lang="en", amount="1560.00", currency="GBP", reference="PS-1049",
        note="Faster Payment reference truncated to 18 characters ('PS-1049 SHAH COPYW').")

    # 21 HSBC deposit, no invoice
    add(frm=("HSBC UK", "alerts@notification.hsbc.co.uk"), to=PRI,
        subject="Money in: £2,000.00", date="2027-02-01T10:02:38", tz="Europe/London",
        body=html(bank_html(brand="HSBC", color="#db0011", lang="en", preheader="£2,000.00 paid in",
                            title="You've got money in", intro="£2,000.00 was paid into your Business account ending 2214.",
                            rows=[("Payer", "ORCHARD LANE ESTATES"), ("Reference", "DEPOSIT 50PCT"), ("Date", "01 Feb 2027")],
                            footer=HSBC_FOOT)),
        kind="payment-notification", lang="en", amount="2000.00", currency="GBP",
        note="A 50% deposit for new work, no invoice number: money in without reference.")

    # 22 Lloyds SMS style
    add(frm=("Lloyds Bank", "alerts@lloydsbank.co.uk"), to=PRI,
        subject="Account alert", date="2027-02-03T17:15:27", tz="Europe/London",
        body=text("Lloyds Bank: £310.00 has been paid in to your account ending 0092 from R HALLORAN. Ref: INV1050. Log on to view your balance.\n", cte="8bit"),
        kind="payment-notification", lang="en", amount="310.00", currency="GBP", reference="PS-1050",
        note="One-line alert; payer wrote 'INV1050' for the freelancer's PS-1050.")

    # 23 PayPal EN partial with fee
    add(frm=("PayPal", "service@paypal.ie"), to=TOM,
        subject="You've received a payment", date="2027-02-08T04:22:50", tz="America/Los_Angeles",
        body=html(modern_html(brand="PayPal", color="#003087", preheader="Fionn Gallagher sent you €800.00 EUR",
                              heading="You've received €800.00 EUR",
                              blocks=[p("Fionn Gallagher sent you <b>€800.00 EUR</b>."),
                                      p('<span style="color:#6c7378;">Note:</span> first half of INV-2026-026, rest end of month'),
                                      kv_table([("Gross amount", "€800.00 EUR"), ("PayPal fee", "-€23.67 EUR"), ("Net amount", "€776.33 EUR")])],
                              footer="PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.")),
        kind="payment-notification", lang="en", amount="800.00", reference="INV-2026-026",
        note="Partial payment with fee (gross 800.00, net 776.33); the payer's note also promises the rest 'end of month', but this is a machine payment notice, not a client reply.")

    # 24 Stripe USD for Priya
    add(frm=("Stripe", "notifications@stripe.com"), to=PRI,
        subject="Payment of $2,400.00 from Lantern Media Inc. succeeded", date="2027-02-10T15:58:33", tz="UTC",
        body=text("Shah Copy\n\nSuccessful payment\n$2,400.00 USD from Lantern Media Inc. (ap@lanternmedia.com)\n\nDescription: Invoice PS-1051 - website copy, 12 pages\n"
                  "Payment method: ACH credit transfer\nPayment ID: pi_3QyD2fKk7mN1oP3q0w8Rr6Lx\n\nView payment: https://dashboard.stripe.com/payments/pi_3QyD2fKk7mN1oP3q0w8Rr6Lx\n"),
        kind="payment-notification", lang="en", amount="2400.00", currency="USD", reference="PS-1051",
        note="Stripe text-only, USD payment to a UK freelancer.")

    # 25 Paddle sale
    add(frm=("Paddle", "sellers@paddle.com"), to=TOM,
        subject="You've made a sale! 🎉", date="2027-02-12T11:04:26", tz="Europe/London",
        body=html(modern_html(brand="paddle", color="#ffdd35", preheader="Byrne Grotesk – Family licence",
                              heading="You've made a sale",
                              blocks=[kv_table([("Product", "Byrne Grotesk – Family licence"), ("Customer country", "Germany"), ("Sale amount", "$49.00"),
                                                ("Your earnings", "$43.60"), ("Order ID", "81245-902331")]),
                                      p("Earnings are added to your balance and paid out on your next payout date.")],
                              footer="Paddle.com Market Ltd, Judd House, 18-29 Mora Street, London EC1V 8BT.")),
        kind="payment-notification", lang="en", amount="49.00", currency="USD",
        note="Paddle (merchant of record) product sale: money in for the freelancer, but no invoice at all. amount = sale amount 49.00 (earnings 43.60).")

    # 26 Wise USD for Priya
    add(frm=("Wise", "noreply@wise.com"), to=PRI,
        subject="You've received 1,200 USD", date="2027-02-16T14:09:11", tz="Europe/London",
        body=text("Hi Priya,\n\nLantern Media Inc sent you 1,200 USD. It's in your USD balance now.\n\nReference: Invoice PS-1052\n\nThanks,\nThe Wise Team\n\nWise Payments Limited, 6th Floor, Tea Building, 56 Shoreditch High Street, London E1 6JJ\n"),
        kind="payment-notification", lang="en", amount="1200.00", currency="USD", reference="PS-1052",
        note="Amount written '1,200 USD' without decimals, currency code after.")


# ====================================================================== ENGLISH: look-alikes
def en_lookalikes():
    # 1 AIB direct debit advance notice
    add(frm=("AIB", "alerts@aib.ie"), to=TOM,
        subject="AIB Alert: Direct Debit due", date="2026-11-17T07:12:40", tz="Europe/Dublin",
        body=text("AIB Alerts\n\nA Direct Debit of EUR 88.10 to ELECTRIC IRELAND is due to be collected from your account ending 3391 on 20/11/2026.\n"
                  "Please ensure you have sufficient funds.\n\nAllied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.\n", charset="us-ascii", cte="7bit"),
        kind="other", lang="en", note="Advance notice of a direct debit to be collected from the freelancer (money out, future).")

    # 2 Lloyds card payment
    add(frm=("Lloyds Bank", "alerts@lloydsbank.co.uk"), to=PRI,
        subject="Card payment alert", date="2026-11-28T12:44:55", tz="Europe/London",
        body=text("Lloyds Bank: a payment of £23.99 was made using your debit card ending 5518 at GRAMMARLY* ANNUAL on 28/11/2026. Not you? Call 0345 300 0000.\n", cte="8bit"),
        kind="other", lang="en", note="Card payment alert, same sender and one-line shape as a Lloyds credit alert.")

    # 3 NatWest outgoing
    add(frm=("NatWest", "natwest@notifications.natwest.com"), to=PRI,
        subject="You've sent a payment", date="2026-12-04T09:20:13", tz="Europe/London",
        body=alt(text("You've sent a payment\n\n£1,200.00 to FREELANCE ILLUSTRATION CO\nReference: PS-1043 ILLUS\nFrom account ending 7765\n\nNatWest\n"),
                 html(bank_html(brand="NatWest", color="#5a287d", lang="en", preheader="£1,200.00 to FREELANCE ILLUSTRATION CO",
                                title="You've sent a payment", intro="Your payment has been sent from your account ending 7765.",
                                amount_row="£1,200.00", rows=[("To", "FREELANCE ILLUSTRATION CO"), ("Reference", "PS-1043 ILLUS")],
                                footer=NATWEST_FOOT))),
        kind="other", lang="en",
        note="OUTGOING payment (freelancer paying a subcontractor) in the same NatWest template; reference even reuses her own job number PS-1043 and the same amount as the incoming one. Money out.")

    # 4 HSBC payment returned
    add(frm=("HSBC UK", "alerts@notification.hsbc.co.uk"), to=PRI,
        subject="Your payment has been returned", date="2026-12-12T11:30:42", tz="Europe/London",
        body=text("HSBC UK\n\nA payment you made has been returned to your account.\n\nPayee: J MORRIS PHOTOGRAPHY\nAmount: £180.00\nReason: Beneficiary account closed\n"
                  "Returned on: 12 Dec 2026\n\nThe money is back in your Business account ending 2214.\n\nHSBC UK Bank plc.\n"),
        kind="other", lang="en", note="Returned outgoing payment: money is back but it is not a client paying.")

    # 5 PayPal you sent
    add(frm=("PayPal", "service@paypal.ie"), to=TOM,
        subject="Receipt for your payment to Figma, Inc.", date="2026-12-14T02:05:33", tz="America/Los_Angeles",
        body=alt(text("Hello, Tom Byrne\n\nYou sent a payment of $45.00 USD to Figma, Inc.\n\nTransaction ID: 1BC56033RS9902417\nFunding source: Visa x-2291\n"),
                 html(modern_html(brand="PayPal", color="#003087", preheader="You sent a payment of $45.00 USD",
                                  heading="You sent a payment of $45.00 USD to Figma, Inc.",
                                  blocks=[kv_table([("Transaction ID", "1BC56033RS9902417"), ("Funding source", "Visa x-2291"), ("Total", "$45.00 USD")])],
                                  footer="PayPal (Europe) S.à r.l. et Cie, S.C.A. Copyright © 1999-2026 PayPal."))),
        kind="other", lang="en", note="PayPal 'you sent' receipt.")

    # 6 Storecove Peppol delivered
    add(frm=("Storecove", "noreply@storecove.com"), to=TOM,
        subject="Invoice INV-2026-027 delivered to Dublin City Council", date="2026-12-18T10:11:50", tz="Europe/Amsterdam",
        body=text("Your document has been delivered.\n\nDocument: Invoice INV-2026-027\nSender: Byrne Design (0195:IE3344556TH)\nReceiver: Dublin City Council (9935:IE0000000A)\n"
                  "Network: Peppol\nAS4 receipt: OK\nDelivered: 2026-12-18 10:11 CET\nGuid: 7f3c3e2a-55b0-4d23-98f1-1cde4a7a9b10\n\nStorecove - Peppol Access Point\n"),
        kind="other", lang="en", note="Peppol access point delivery receipt for the freelancer's invoice: delivered, not paid.")

    # 7 Xero viewed
    add(frm=("Xero", "messaging-service@post.xero.com"), to=TOM,
        subject="Invoice INV-2026-028 has been viewed", date="2027-01-04T15:46:21", tz="UTC",
        body=html(modern_html(brand="xero", color="#13b5ea", preheader="Brigid's Bakery opened your invoice",
                              heading="Your invoice was viewed",
                              blocks=[p("Brigid's Bakery viewed invoice <b>INV-2026-028</b> for €960.00 on 4 Jan 2027 at 15:46."),
                                      p("Amount due: €960.00 · Due 18 Jan 2027"),
                                      button("View invoice", "https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=91ad", "#13b5ea")],
                              footer="Xero (UK) Ltd.")),
        kind="other", lang="en", note="'Invoice viewed' notice with amount due.")

    # 8 QuickBooks payment in progress
    add(frm=("QuickBooks", "quickbooks@notification.intuit.com"), to=PRI,
        subject="Payment in progress: Invoice 1053", date="2027-01-20T18:22:09", tz="Europe/London",
        body=html(modern_html(brand="intuit quickbooks", color="#2ca01c", preheader="Lantern Media Inc. started a bank payment",
                              heading="A payment is on its way",
                              blocks=[p("Lantern Media Inc. has started a bank transfer for invoice 1053."),
                                      kv_table([("Amount", "$1,800.00"), ("Status", "In progress"), ("Expected", "3–5 business days")]),
                                      p("We'll let you know when the money has been deposited. If the payment fails, the invoice will be marked as unpaid again.")],
                              footer="Intuit Limited. © 2027 Intuit Inc.")),
        kind="other", lang="en", note="Pending bank payment ('in progress', may fail): not yet money in.")

    # 9 Tipalti payment scheduled
    add(frm=("Northgate Foods Accounts Payable via Tipalti", "payments@tipalti.com"), to=TOM,
        subject="Payment scheduled – Northgate Foods Ltd", date="2027-01-13T14:00:02", tz="America/New_York",
        body=alt(text("Hello Byrne Design,\n\nNorthgate Foods Ltd has scheduled a payment to you.\n\nPayment amount: EUR 4,100.00\nScheduled payment date: 22-Jan-2027\nPayment method: SEPA\n\n"
                      "Invoices included:\nInvoice #        Invoice date   Amount\nINV-2026-030     15-Dec-2026    EUR 2,600.00\nINV-2026-031     20-Dec-2026    EUR 1,500.00\n\n"
                      "Please allow 1-3 business days after the scheduled date for funds to arrive.\n\nThis is an automated message from the Tipalti supplier portal.\n"),
                 html(modern_html(brand="Northgate Foods · Supplier Hub", color="#2b3e50", preheader="EUR 4,100.00 scheduled for 22-Jan-2027",
                                  heading="Payment scheduled",
                                  blocks=[p("Northgate Foods Ltd has scheduled a payment to you."),
                                          kv_table([("Payment amount", "EUR 4,100.00"), ("Scheduled payment date", "22-Jan-2027"), ("Payment method", "SEPA")]),
                                          '<table role="presentation" width="100%" style="border-collapse:collapse;font-size:13px;"><tr style="background:#f0f3f6;"><th align="left" style="padding:6px;">Invoice #</th><th align="left" style="padding:6px;">Invoice date</th><th align="right" style="padding:6px;">Amount</th></tr>'
                                          '<tr><td style="padding:6px;">INV-2026-030</td><td style="padding:6px;">15-Dec-2026</td><td align="right" style="padding:6px;">EUR 2,600.00</td></tr>'
                                          '<tr><td style="padding:6px;">INV-2026-031</td><td style="padding:6px;">20-Dec-2026</td><td align="right" style="padding:6px;">EUR 1,500.00</td></tr></table>',
                                          p("Please allow 1–3 business days after the scheduled date for funds to arrive.")],
                                  footer="Powered by Tipalti. This is an automated message; replies are not monitored."))),
        kind="other", lang="en",
        note="Client's AP platform: payment SCHEDULED for a future date, two invoices in rows. Remittance look-alike; not money in yet, and a machine notice, so other (no promised_date for kind other).")

    # 10 Stripe payment failed
    add(frm=("Stripe", "notifications@stripe.com"), to=TOM,
        subject="Payment of €1,350.00 from Wildflower Events failed", date="2027-01-30T09:17:44", tz="UTC",
        body=text("Byrne Design\n\nFailed payment\n€1,350.00 from Wildflower Events (accounts@wildflowerevents.ie)\n\nDescription: Invoice INV-2026-029\n"
                  "Decline reason: insufficient_funds - The card has insufficient funds to complete the purchase.\nPayment method: Visa •••• 0341\n\n"
                  "Stripe will retry automatically according to your retry settings.\n"),
        kind="other", lang="en", note="Stripe FAILED payment for an invoice: nothing received.")

    # 11 Upwork withdrawal
    add(frm=("Upwork", "donotreply@upwork.com"), to=TOM,
        subject="Your withdrawal has been processed", date="2027-02-02T15:30:18", tz="America/New_York",
        body=text("Hi Tom,\n\nYour withdrawal of $1,125.00 to your bank account (AIB ****3391) has been processed.\n"
                  "Depending on your bank, funds should arrive within 1-3 business days.\n\nWithdrawal fee: $0.99\nReference: WD-88417726\n\nThe Upwork Team\n"),
        kind="other", lang="en",
        note="Decision: an Upwork withdrawal moves the freelancer's own balance to her bank; the client payment was the earlier 'released' notice. Not a new payment, so other.")

    # 12 Bank of Ireland security
    add(frm=("Bank of Ireland", "alerts@boi.com"), to=TOM,
        subject="New device registered to Banking 365", date="2026-12-29T21:40:02", tz="Europe/Dublin",
        body=html(bank_html(brand="BankofIreland", color="#0000a0", lang="en", preheader="Was this you?",
                            title="New device registered", intro="A new device (iPhone 15) was registered to your Banking 365 profile on 29 Dec 2026 at 21:39.",
                            rows=[("Device", "iPhone 15"), ("Location", "Dublin, IE")],
                            after="If this wasn't you, call us immediately on 0818 365 365.", footer=BOI_FOOT)),
        kind="other", lang="en", note="Bank security notice, no money movement.")

    # 13 Wise outgoing delivered
    add(frm=("Wise", "noreply@wise.com"), to=TOM,
        subject="Your money's arrived", date="2027-02-05T11:02:33", tz="Europe/London",
        body=alt(text("Hi Tom,\n\nYour transfer of €600.00 to Ciara Doyle has arrived.\n\nTransfer #1029384756\nReference: INV-2026-032 illustration\n\nThanks,\nThe Wise Team\n"),
                 html(modern_html(brand="wise", color="#163300", preheader="Ciara Doyle has your €600.00",
                                  heading="Your money's arrived",
                                  blocks=[p("Hi Tom,"), p("Your transfer of <b>€600.00</b> to <b>Ciara Doyle</b> has arrived."),
                                          kv_table([("Transfer", "#1029384756"), ("Reference", "INV-2026-032 illustration")])],
                                  footer="Wise Europe SA, Rue du Trône 100, 1050 Brussels."))),
        kind="other", lang="en",
        note="'Your money's arrived' = Tom's OUTGOING transfer reached the recipient (a subcontractor whose invoice number looks like Tom's style). Money out.")

    # 14 GoCardless failed
    add(frm=("GoCardless", "help@gocardless.com"), to=PRI,
        subject="Payment failed: £95.00 from Kettle Yard Cafe", date="2027-02-18T06:04:41", tz="Europe/London",
        body=text("Hi Priya,\n\nUnfortunately a payment from one of your customers has failed.\n\nCustomer: Kettle Yard Cafe\nAmount: £95.00\n"
                  "Description: Monthly social copy retainer (February)\nReason: The customer's bank account had insufficient funds (refer to payer)\n\n"
                  "We'll retry this payment on 23 February 2027 if Success+ is enabled.\n\nThe GoCardless team\n"),
        kind="other", lang="en", note="Failed direct-debit collection, same template as the confirmed one.")


# ====================================================================== remittance advices / confirming
def remittances():
    # EN: client's AP system remittance advice, PDF attached (payment made)
    add(frm=("Glenmore Group Accounts Payable", "ap-noreply@glenmoregroup.ie"), to=TOM,
        subject="Remittance Advice - Payment 000482211 - Byrne Design", date="2027-02-09T16:31:05", tz="Europe/Dublin",
        body=multi("mixed", [
            text("*** This is an automatically generated email, please do not reply ***\n\n"
                 "Dear Supplier,\n\nPlease find attached a remittance advice for a payment made to your account today.\n\n"
                 "Supplier:          Byrne Design (Vendor 20417)\nPayment date:      09/02/2027\nPayment method:    SEPA Credit Transfer\n"
                 "Payment reference: 000482211\n\n"
                 "Document        Doc. date     Amount\n"
                 "INV-2026-033    18/12/2026    EUR 1,476.00\n"
                 "                              ------------\n"
                 "Total paid                    EUR 1,476.00\n\n"
                 "Funds should reach your account within 1 business day.\n\n"
                 "Glenmore Group Ltd | Finance Shared Services | Unit 4, Citywest Business Campus, Dublin 24\n"
                 "This email and any attachments are confidential and intended solely for the addressee.\n", charset="windows-1252"),
            att(pdf_bytes("REMITTANCE ADVICE 000482211 EUR 1,476.00"), "application/pdf", "RA_000482211.pdf")]),
        extra=[("X-Mailer", "SAP NetWeaver 7.50"), ("Auto-Submitted", "auto-generated")],
        kind="payment-notification", lang="en", amount="1476.00", reference="INV-2026-033",
        note="Automated remittance advice from the client's AP system saying the payment was MADE today (contrast with the Tipalti 'scheduled' one). Machine mail, so payment-notification rather than client-reply-paid.")

    # IT: ERP avviso di pagamento with ritenuta d'acconto
    rows = ('<tr><td style="border:1px solid #999;padding:4px;">Fattura</td><td style="border:1px solid #999;padding:4px;">42/2026</td>'
            '<td style="border:1px solid #999;padding:4px;">30/11/2026</td><td align="right" style="border:1px solid #999;padding:4px;">1.220,00</td>'
            '<td align="right" style="border:1px solid #999;padding:4px;">-200,00</td><td align="right" style="border:1px solid #999;padding:4px;">1.020,00</td></tr>')
    av = f"""<html><body style="font-family:'Courier New',monospace;font-size:12px;">
<p>Spett.le GRECO DAVIDE<br>Via dei Mille 14<br>40121 BOLOGNA (BO)</p>
<p><b>AVVISO DI PAGAMENTO N. 2027/000318</b></p>
<p>Con la presente Vi comunichiamo che in data 10/02/2027 abbiamo disposto a Vostro favore bonifico bancario sull'IBAN IT** **** **** **** **** ***0012 a saldo delle seguenti partite:</p>
<table cellspacing="0" style="border-collapse:collapse;font-family:'Courier New',monospace;font-size:12px;">
<tr style="background:#ddd;"><th style="border:1px solid #999;padding:4px;">Tipo doc.</th><th style="border:1px solid #999;padding:4px;">Numero</th><th style="border:1px solid #999;padding:4px;">Data</th>
<th style="border:1px solid #999;padding:4px;">Importo doc.</th><th style="border:1px solid #999;padding:4px;">Ritenuta d'acconto</th><th style="border:1px solid #999;padding:4px;">Netto pagato</th></tr>
{rows}
<tr><td colspan="5" align="right" style="border:1px solid #999;padding:4px;"><b>TOTALE BONIFICO EUR</b></td><td align="right" style="border:1px solid #999;padding:4px;"><b>1.020,00</b></td></tr>
</table>
<p>La certificazione unica relativa alla ritenuta operata Vi sarà inviata nei termini di legge.</p>
<p>Distinti saluti<br>Ufficio Contabilità Fornitori<br>GRUPPO FINARI S.p.A.</p>
<p style="font-size:9px;color:#666;">Messaggio generato automaticamente dal sistema contabile. Non rispondere a questo indirizzo. Ai sensi del Reg. UE 2016/679 i dati sono trattati per finalità amministrativo-contabili.</p>
</body></html>
"""
    add(frm=("GRUPPO FINARI S.p.A. - Contabilita Fornitori", "noreply-ciclopassivo@gruppofinari.it"), to=DAV,
        subject="AVVISO DI PAGAMENTO N. 2027/000318", date="2027-02-10T11:05:44", tz="Europe/Rome",
        body=html(av, charset="iso-8859-1", raw_charset="cp1252", cte="quoted-printable"),
        kind="payment-notification", lang="it", amount="1020.00", reference="42/2026",
        note="Client ERP remittance ('avviso di pagamento'): transfer ordered today for invoice 42/2026. Invoice 1.220,00 minus ritenuta d'acconto 200,00 = 1.020,00 actually paid (normal for Italian freelancers, not a dispute). amount = net paid. Declared iso-8859-1, cp1252 bytes.")

    # ES: Confirming notice (future payment at maturity) = other
    add(frm=("Santander Confirming", "confirming@bancosantander.es"), to=JOR,
        subject="Confirming: comunicación de pago de HOTELES COSTA DAURADA SA", date="2027-02-17T09:40:12", tz="Europe/Madrid",
        body=alt(text("Estimado proveedor:\n\nHOTELES COSTA DAURADA SA, cliente de Banco Santander, nos ha ordenado el pago a su favor de las siguientes facturas mediante Confirming:\n\n"
                      "Factura      Fecha emisión   Importe      Vencimiento\n2026-064     08/01/2027      3.146,00 €   15/04/2027\n\n"
                      "El importe se abonará en su cuenta en la fecha de vencimiento. Si lo desea, puede ANTICIPAR el cobro hoy mismo desde Santander Confirming "
                      "(coste de anticipo: consulte condiciones).\n\nBanco Santander, S.A.\n"),
                 html(bank_html(brand="Santander", color="#ec0000", lang="es", preheader="Facturas pendientes de vencimiento: 3.146,00 €",
                                title="Comunicación de pago – Confirming",
                                intro="Estimado proveedor:<br>HOTELES COSTA DAURADA SA, cliente de Banco Santander, nos ha ordenado el pago a su favor de las siguientes facturas mediante Confirming:",
                                rows=[("Factura", "2026-064"), ("Fecha emisión", "08/01/2027"), ("Importe", "3.146,00 €"), ("Vencimiento", "15/04/2027")],
                                after="El importe se abonará en su cuenta en la fecha de vencimiento. Si lo desea, puede <b>anticipar el cobro</b> hoy mismo desde Santander Confirming.",
                                footer=SANT_FOOT))),
        kind="other", lang="es",
        note="Spanish 'Confirming' notice: the client's bank will pay the invoice at maturity (15/04/2027), with an offer to advance it. Payment ordered for the future, nothing received: other.")


# ====================================================================== main
def write_toml(items, path):
    def q(v):
        if isinstance(v, bool):
            return "true" if v else "false"
        return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'
    order = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
             "failed_recipient", "permanent", "note"]
    out = ["# round12-notices: machine mail - payment notices (money in) and look-alikes", ""]
    for name, _, lab in items:
        out.append(f'[files."{name}"]')
        for k in order:
            if k in lab:
                out.append(f"{k} = {q(lab[k])}")
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def main():
    it_money_in(); it_lookalikes(); es_money_in(); es_lookalikes(); en_money_in(); en_lookalikes(); remittances()
    # interleave deterministically so neighbours differ in sender/kind/language
    global ITEMS
    built = ITEMS
    rng = random.Random(1212)
    order = list(range(len(built)))
    rng.shuffle(order)
    final = []
    for new_n, old_i in enumerate(order, 1):
        old_name, raw, lab = built[old_i]
        final.append((f"{PREFIX}-{new_n:04d}.eml", raw, lab))
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for name, raw, _ in final:
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
    write_toml(final, os.path.join(HERE, "labels.toml"))
    # sanity check
    for name, _, _ in final:
        with open(os.path.join(HERE, name), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (name, h)
        m["Date"].datetime  # parses
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
    print(f"wrote {len(final)} messages")


if __name__ == "__main__":
    main()
