#!/usr/bin/env python3
"""round19-notices: machine mail that reaches a freelancer after an invoice.

Payment notices from banks and processors (Italian, Spanish, Latin American, UK, Irish and US), look-alikes that
bring no money in (outgoing transfers, direct debits, card payments, refunds, payouts, scheduled or pending
payments, returned transfers, requests for money), a few clients forwarding a bank's confirmation, auto-replies
and bounces. Every body below is written by hand, one message at a time.

Run:  python3 make.py      (standard library only; writes r19n-0001.eml ... and labels.toml next to itself,
                            then re-parses every file and checks its label)
"""
import base64
import datetime
import email
import email.policy
import email.utils
import html as htmllib
import os
import quopri
import random
import re
import sys
import tomllib
from email.charset import BASE64, QP, Charset
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r19n"
N = 80
FIRST, LAST = datetime.date(2026, 11, 1), datetime.date(2027, 3, 31)

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}

# --------------------------------------------------------------------------------------------------------------
# small MIME builder: every part is (list of header lines, body bytes); nothing is left to a library's defaults

NL = "\n"


def date(s, tz, suffix=""):
    """'2026-11-17 09:42:13', '+0100' -> RFC 5322 date with the right weekday."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    sign = 1 if tz[0] == "+" else -1
    off = sign * datetime.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5]))
    out = email.utils.format_datetime(dt.replace(tzinfo=datetime.timezone(off)))
    return out + (" " + suffix if suffix else "")


def ew(text, charset="utf-8", enc="Q", name="Subject"):
    """An RFC 2047 header value (left alone when it is plain ASCII)."""
    if all(ord(c) < 128 for c in text):
        return text
    cs = Charset(charset)
    cs.header_encoding = QP if enc == "Q" else BASE64
    return Header(text, cs, maxlinelen=76, header_name=name).encode()


def addr(name, address, charset="utf-8", enc="Q"):
    if not name:
        return "<%s>" % address
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:@()<>\[\]"]', name):
            return '"%s" <%s>' % (name.replace('"', '\\"'), address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (ew(name, charset, enc, "From"), address)


def _encode(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


def text(body, sub="plain", cs="utf-8", cte="quoted-printable", csname=None, quote=True, extra=(), params=""):
    raw = body.encode(cs)
    if cte == "7bit":
        raw.decode("ascii")
    label = csname or cs
    ct = "text/%s; charset=%s%s" % (sub, '"%s"' % label if quote else label, params)
    heads = ["Content-Type: " + ct]
    heads += list(extra)
    heads.append("Content-Transfer-Encoding: " + cte)
    return (heads, _encode(raw, cte))


def attach(data, ctype, filename, cte="base64", disposition="attachment", extra=()):
    heads = ['Content-Type: %s; name="%s"' % (ctype, filename),
             'Content-Disposition: %s; filename="%s"' % (disposition, filename)]
    heads += list(extra)
    heads.append("Content-Transfer-Encoding: " + cte)
    return (heads, _encode(data, cte))


def raw_part(ctype, body, extra=()):
    """message/delivery-status, message/rfc822, text/rfc822-headers: body given as text, 7bit/8bit as is."""
    heads = ["Content-Type: " + ctype] + list(extra)
    return (heads, body.encode("utf-8"))


def multi(sub, parts, boundary, params="", preamble="", epilogue="", extra=()):
    heads = ['Content-Type: multipart/%s;%s boundary="%s"' % (sub, params, boundary)] + list(extra)
    chunks = []
    if preamble:
        chunks.append(preamble.encode() + b"\n")
    for h, b in parts:
        chunks.append(b"--" + boundary.encode() + b"\n")
        chunks.append(NL.join(h).encode() + b"\n\n")
        chunks.append(b if b.endswith(b"\n") else b + b"\n")
    chunks.append(b"--" + boundary.encode() + b"--\n")
    if epilogue:
        chunks.append(epilogue.encode())
    return (heads, b"".join(chunks))


def msg(headers, root, crlf=False):
    """headers: list of 'Name: value' strings (folded by hand where long); root: a part."""
    h, b = root
    top = [x for x in headers]
    if not any(x.lower().startswith("mime-version:") for x in top):
        top.append("MIME-Version: 1.0")
    out = (NL.join(top + h) + "\n\n").encode() + b
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def strip_html(s):
    s = re.sub(r"(?is)<(style|script|head).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmllib.unescape(s)


# tiny binary attachments: enough bytes to look like what they are
def pdf_bytes(title):
    body = ("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            "4 0 obj<</Title(" + title + ")/Producer(PDFlib+PDI 9.3)>>endobj\n"
            "trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


PNG_BYTES = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
JPG_BYTES = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + b"\x08" * 64 + bytes.fromhex("ffd9")

# --------------------------------------------------------------------------------------------------------------
# the messages

MESSAGES = []   # (raw bytes, label dict)


def add(raw, kind, language, note, **facts):
    label = {"kind": kind, "language": language, "split": "dev"}
    label.update(facts)
    label["note"] = note
    MESSAGES.append((raw, label))

# ==============================================================================================================
# ITALIAN: payment notices
# ==============================================================================================================

# --- Intesa Sanpaolo, HTML only: the amount and the causale sit in table cells
add(msg([
    "Return-Path: <noreply@notifiche.intesasanpaolo.com>",
    "Received: from mta07.notifiche.intesasanpaolo.com (mta07.notifiche.intesasanpaolo.com [185.52.136.17])\n"
    "\tby mx.ferrantestudio.it (Postfix) with ESMTPS id 4Rz7kQ0xVbz1vW3\n"
    "\tfor <giulia@ferrantestudio.it>; Thu, 12 Nov 2026 08:14:05 +0100 (CET)",
    "From: Intesa Sanpaolo <noreply@notifiche.intesasanpaolo.com>",
    "To: giulia@ferrantestudio.it",
    "Subject: Notifica operazione: accredito bonifico",
    "Date: " + date("2026-11-12 08:14:03", "+0100"),
    "Message-ID: <20261112081403.7Q2M4.1187734@notifiche.intesasanpaolo.com>",
    "X-Mailer: ISP-Notify 4.2",
], text("""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Notifica operazione</title>
<style type="text/css">td{font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333}</style>
</head>
<body style="margin:0;padding:0;background-color:#f2f2f2">
<table width="600" align="center" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:18px 24px;background-color:#00784a;color:#ffffff;font-size:18px;font-weight:bold">Intesa Sanpaolo</td></tr>
<tr><td style="padding:24px 24px 12px 24px">Gentile Cliente,<br /><br />ti informiamo che sul tuo conto è stata registrata la seguente operazione.</td></tr>
<tr><td style="padding:0 24px 24px 24px">
<table width="100%" cellpadding="6" cellspacing="0" border="0">
<tr><td width="38%" style="border-bottom:1px solid #dddddd"><b>Tipo operazione</b></td><td style="border-bottom:1px solid #dddddd">Bonifico a tuo favore</td></tr>
<tr><td style="border-bottom:1px solid #dddddd"><b>Data contabile</b></td><td style="border-bottom:1px solid #dddddd">12/11/2026</td></tr>
<tr><td style="border-bottom:1px solid #dddddd"><b>Conto</b></td><td style="border-bottom:1px solid #dddddd">IT** **** **** **** **** ***0 4471</td></tr>
<tr><td style="border-bottom:1px solid #dddddd"><b>Ordinante</b></td><td style="border-bottom:1px solid #dddddd">TIPOGRAFIA ALBERTI S.R.L.</td></tr>
<tr><td style="border-bottom:1px solid #dddddd"><b>Importo</b></td><td style="border-bottom:1px solid #dddddd;color:#00784a;font-weight:bold">+&nbsp;1.220,00&nbsp;EUR</td></tr>
<tr><td style="border-bottom:1px solid #dddddd"><b>Causale</b></td><td style="border-bottom:1px solid #dddddd">SALDO FATTURA N. 2026/118 DEL 15/10/2026</td></tr>
<tr><td><b>TRN</b></td><td>0306912345678901480010004471IT</td></tr>
</table></td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777777">Questa è una comunicazione automatica: ti preghiamo di non rispondere a questa email. Puoi gestire le notifiche da Impostazioni &gt; Notifiche nell'app Intesa Sanpaolo Mobile.<br />Intesa Sanpaolo S.p.A. &ndash; Sede legale: Piazza San Carlo 156, 10121 Torino</td></tr>
</table>
</body></html>
""", sub="html")),
    "payment-notification", "it",
    "Intesa credit notice for a transfer in favour of the owner; amount and causale only in HTML table cells; the "
    "'DEL 15/10/2026' in the causale is the invoice date, not a payment date.",
    amount="1220.00", currency="EUR", reference="2026/118")

# --- UniCredit, plain text latin-1 QP: invoice number written with spaces inside a long bank description
add(msg([
    "Return-Path: <avvisi@unicredit.it>",
    "From: UniCredit <avvisi@unicredit.it>",
    "To: marco.bellandi@gmail.com",
    "Subject: UniCredit - Avviso di accredito sul conto",
    "Date: " + date("2026-11-23 10:02:51", "+0100"),
    "Message-ID: <UC.NOTIF.20261123100251.558810247@unicredit.it>",
    "Precedence: bulk",
], text("""Gentile Cliente,

la informiamo che in data 23.11.2026 sul conto corrente n. ****7718 intestato
a BELLANDI MARCO è stato registrato il seguente movimento:

  Tipo movimento ....: ACCREDITO BONIFICO SEPA
  Data valuta .......: 23.11.2026
  Importo ...........: EUR 854,00
  Descrizione .......: BONIFICO SEPA DA STUDIO DENTISTICO PAOLINI DR. ANDREA
                       PER: FT 41 2026 REALIZZAZIONE SITO WEB
                       ID OPERAZIONE 1126AB0419927

Il saldo disponibile è consultabile nella sezione Conti di Banca Multicanale
e nell'app UniCredit.

Cordiali saluti
UniCredit S.p.A.

-----------------------------------------------------------------------
Messaggio generato automaticamente, si prega di non rispondere.
Se non desidera più ricevere gli avvisi di movimento può modificare le
preferenze in Banca Multicanale > Profilo > Notifiche.
""", cs="iso-8859-1")),
    "payment-notification", "it",
    "UniCredit credit notice: an incoming SEPA transfer from a client; the invoice number is written 'FT 41 2026' "
    "(41/2026 with spaces) in the bank description.",
    amount="854.00", currency="EUR", reference="41 2026")

# --- Fineco: short alternative; a German client wrote the causale in German
add(msg([
    "From: FinecoBank <comunicazioni@finecobank.com>",
    "To: Chiara Lodi <chiara@studiolodi.it>",
    "Subject: Hai ricevuto un bonifico",
    "Date: " + date("2026-12-03 16:41:20", "+0100"),
    "Message-ID: <0102019a3c1e55f2-3d9f7a1c-77b2-4a8e-9e4b-1c2f5e6a7b80-000000@eu-west-1.amazonses.com>",
    "List-Unsubscribe: <https://www.finecobank.com/it/online/notifiche/disattiva>",
], multi("alternative", [
    text("""Ciao Chiara,

hai ricevuto un bonifico sul tuo conto Fineco.

Da: HOFFMANN VERLAG GMBH
Importo: 396,50 EUR
Causale: Rechnung 2026-57 Uebersetzung Katalog IT
Data: 03/12/2026

Trovi tutti i dettagli nella sezione Movimenti del sito e dell'app.

Il Team Fineco
""", cs="utf-8"),
    text("""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
<p>Ciao Chiara,</p>
<p>hai ricevuto un bonifico sul tuo conto Fineco.</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td style="color:#777">Da</td><td>HOFFMANN VERLAG GMBH</td></tr>
<tr><td style="color:#777">Importo</td><td><strong>396,50 EUR</strong></td></tr>
<tr><td style="color:#777">Causale</td><td>Rechnung 2026-57 Uebersetzung Katalog IT</td></tr>
<tr><td style="color:#777">Data</td><td>03/12/2026</td></tr>
</table>
<p>Trovi tutti i dettagli nella sezione <a href="https://finecobank.com/it/online/movimenti">Movimenti</a> del sito e dell'app.</p>
<p>Il Team Fineco</p>
</body></html>
""", sub="html", cs="utf-8"),
], "----=_Part_883120_1418877412.1764776480551")),
    "payment-notification", "it",
    "Fineco notice of an incoming transfer; the payer's causale is in German ('Rechnung 2026-57'), the notice itself "
    "is Italian.",
    amount="396.50", currency="EUR", reference="2026-57")

# --- Banca Sella instant transfer: the amount is only in the subject
add(msg([
    "From: Banca Sella <notifiche@sella.it>",
    "To: info@daviderusso.photo",
    "Subject: " + ew("Bonifico istantaneo ricevuto: 350,00 €"),
    "Date: " + date("2026-12-19 21:07:44", "+0100"),
    "Message-ID: <a91f2c70e3b84f0c9d6b2f1e44c3e0aa@sella.it>",
    "Auto-Submitted: auto-generated",
], text("""Ciao Davide,

ti è appena arrivato un bonifico istantaneo sul conto ****0932.

Ordinante: GIORGIA CONTI
Causale: saldo fatt.19 servizio foto matrimonio

L'importo è già disponibile. Per vedere il movimento apri l'app Sella
o accedi a www.sella.it.

Banca Sella
Questa email è stata inviata automaticamente, non rispondere.
""", cs="utf-8", cte="8bit")),
    "payment-notification", "it",
    "Instant transfer received; the amount appears only in the Subject; the causale names the invoice as 'fatt.19' "
    "(owner numbers invoices FT-2026-0xx), so the reference as stated is 19.",
    amount="350.00", currency="EUR", reference="19")

# --- PayPal (Italian): gross 480, fee shown, net 462,90; the payer's note names the invoice
add(msg([
    "Return-Path: <bounce@paypal.it>",
    "From: \"service@paypal.it\" <service@paypal.it>",
    "To: Elena Sartori <elena@sartoriconsulenze.it>",
    "Subject: " + ew("Hai ricevuto un pagamento di 480,00 € EUR da Studio Associato Bertoni"),
    "Date: " + date("2026-11-30 11:26:09", "-0800", "(PST)"),
    "Message-ID: <1f4e2c9a-8b3d-4e6f-a5c1-77e0d2b9f301@phx-mailsvc-0193.paypal.com>",
    "X-PP-REQUESTED-TIME: 1796066769000",
    "X-Email-Type-Id: PPX000614",
], multi("alternative", [
    text("""Ciao Elena Sartori,

Hai ricevuto un pagamento di 480,00 € EUR da Studio Associato Bertoni (amministrazione@studiobertoni.it).

Nota da Studio Associato Bertoni:
"Saldo fattura 112 - consulenza privacy novembre"

Dettagli transazione
ID transazione: 7MX40219UF8837645
Data transazione: 30 novembre 2026

Importo ricevuto: 480,00 € EUR
Commissione PayPal: -17,10 € EUR
Importo netto: 462,90 € EUR

Il denaro è disponibile sul tuo conto PayPal.

Aiuto e contatti | Sicurezza | App
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
""", cs="utf-8"),
    text("""<html><head><meta charset="utf-8"></head><body style="background:#f5f7fa;font-family:'PayPal Sans',Helvetica,Arial,sans-serif">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff"><tr><td style="padding:28px">
<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal">
<p style="font-size:22px;margin:20px 0 6px">Hai ricevuto 480,00&nbsp;€&nbsp;EUR</p>
<p>Studio Associato Bertoni ti ha inviato 480,00&nbsp;€&nbsp;EUR.</p>
<p style="background:#f1f1f1;padding:12px;font-style:italic">"Saldo fattura 112 - consulenza privacy novembre"</p>
<table width="100%" cellpadding="4" style="font-size:14px">
<tr><td>ID transazione</td><td align="right">7MX40219UF8837645</td></tr>
<tr><td>Data transazione</td><td align="right">30 novembre 2026</td></tr>
<tr><td>Importo ricevuto</td><td align="right">480,00&nbsp;€&nbsp;EUR</td></tr>
<tr><td>Commissione PayPal</td><td align="right">-17,10&nbsp;€&nbsp;EUR</td></tr>
<tr><td><b>Importo netto</b></td><td align="right"><b>462,90&nbsp;€&nbsp;EUR</b></td></tr>
</table>
<p style="font-size:12px;color:#6c7378">PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</p>
</td></tr></table></body></html>
""", sub="html", cs="utf-8"),
], "--==_mimepart_6a3f1e2b7c9d0_4c12f3a1d8e1")),
    "payment-notification", "it",
    "PayPal money received; the sum paid is the gross 480,00 (the fee and the 462,90 net are PayPal's deductions, not "
    "what the client paid); the note names invoice 112.",
    amount="480.00", currency="EUR", reference="112")

# --- Satispay Business: small payment with an emoji note, no invoice number
add(msg([
    "From: Satispay <no-reply@satispay.com>",
    "To: info@daviderusso.photo",
    "Subject: " + ew("Hai ricevuto 85,00 € da Luca Fontana", enc="B"),
    "Date: " + date("2027-01-09 18:33:12", "+0100"),
    "Message-ID: <010701904d2f7c3a-6e0b1d85-2c44-4f2b-b1a9-9e77c05d6f21-000000@eu-central-1.amazonses.com>",
], multi("alternative", [
    text("""Hai ricevuto un pagamento!

Luca Fontana ti ha pagato 85,00 € con Satispay presso Davide Russo Fotografia.

Messaggio: "lezione + stampe 👍"

Codice transazione: 4b8e1f0c-2d6a-47b3-9a11-0e5c8f3d7a62
Data: 09/01/2027 18:33

Trovi l'incasso nella sezione Transazioni di Satispay Business. Gli incassi
vengono trasferiti sul tuo conto con il prossimo accredito settimanale.

Satispay Europe S.A.
""", cs="utf-8", cte="base64"),
    text("""<!doctype html><html><body style="font-family:Inter,Arial,sans-serif;background:#fff5f3">
<div style="max-width:520px;margin:auto;background:#fff;border-radius:12px;padding:24px">
<h2 style="color:#f94c43">Hai ricevuto un pagamento!</h2>
<p><b>Luca Fontana</b> ti ha pagato <b>85,00&nbsp;€</b> con Satispay presso Davide Russo Fotografia.</p>
<p>Messaggio: &quot;lezione + stampe 👍&quot;</p>
<p style="color:#888;font-size:12px">Codice transazione: 4b8e1f0c-2d6a-47b3-9a11-0e5c8f3d7a62<br>Data: 09/01/2027 18:33</p>
<p style="font-size:12px">Trovi l'incasso nella sezione Transazioni di Satispay Business. Gli incassi vengono trasferiti sul tuo conto con il prossimo accredito settimanale.</p>
</div></body></html>
""", sub="html", cs="utf-8", cte="base64"),
], "000000000000a41c2e0610f5c3b7")),
    "payment-notification", "it",
    "Satispay Business payment received from a customer; no invoice number in the message, so no reference; the "
    "weekly payout to the bank mentioned at the end is a separate later event.",
    amount="85.00", currency="EUR")

# --- Stripe (Italian locale): an invoice paid through Stripe Invoicing; Stripe's own invoice number
add(msg([
    "From: Stripe <notifications@stripe.com>",
    "To: marco.bellandi@gmail.com",
    "Subject: Pagamento ricevuto per la fattura 5E7F09C1-0004",
    "Date: " + date("2026-12-14 09:51:37", "+0000"),
    "Message-ID: <stripe-notif-in_1QkX7bHq2LmN8pRt.20261214095137@stripe.com>",
    "X-Stripe-Account: acct_1Ov3Rk2eZvKwtLd9",
], multi("alternative", [
    text("""Bellandi Web

Pagamento ricevuto

Ottica Mancini ha pagato la fattura 5E7F09C1-0004.

Importo pagato        610,00 €
Data del pagamento    14 dic 2026
Metodo di pagamento   Addebito SEPA •••• 3301

Il pagamento sarà incluso nel prossimo bonifico verso il tuo conto bancario.

Visualizza la fattura: https://dashboard.stripe.com/invoices/in_1QkX7bHq2LmN8pRt

Stripe Payments Europe, Ltd. - 1 Grand Canal Street Lower, Grand Canal Dock, Dublin, D02 H210, Irlanda
""", cs="utf-8"),
    text("""<html><body style="background:#f6f9fc;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:32px 0;border-radius:6px">
<tr><td style="padding:32px 40px 8px;color:#525f7f;font-size:14px">Bellandi Web</td></tr>
<tr><td style="padding:0 40px;color:#32325d;font-size:24px">Pagamento ricevuto</td></tr>
<tr><td style="padding:16px 40px;color:#525f7f;font-size:15px">Ottica Mancini ha pagato la fattura <b>5E7F09C1-0004</b>.</td></tr>
<tr><td style="padding:0 40px"><table width="100%" style="font-size:14px;color:#525f7f">
<tr><td style="padding:6px 0">Importo pagato</td><td align="right" style="color:#32325d"><b>610,00&nbsp;€</b></td></tr>
<tr><td style="padding:6px 0">Data del pagamento</td><td align="right">14 dic 2026</td></tr>
<tr><td style="padding:6px 0">Metodo di pagamento</td><td align="right">Addebito SEPA &bull;&bull;&bull;&bull; 3301</td></tr>
</table></td></tr>
<tr><td style="padding:16px 40px;color:#8898aa;font-size:13px">Il pagamento sarà incluso nel prossimo bonifico verso il tuo conto bancario.</td></tr>
<tr><td style="padding:8px 40px 32px"><a href="https://dashboard.stripe.com/invoices/in_1QkX7bHq2LmN8pRt" style="background:#635bff;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Visualizza la fattura</a></td></tr>
</table>
<p style="color:#8898aa;font-size:12px">Stripe Payments Europe, Ltd. - 1 Grand Canal Street Lower, Grand Canal Dock, Dublin, D02 H210, Irlanda</p>
</td></tr></table></body></html>
""", sub="html", cs="utf-8"),
], "b1_8a5d8c1b2f4e6a9c0d3e7f1a2b4c6d8e")),
    "payment-notification", "it",
    "Stripe Invoicing: a customer paid invoice 5E7F09C1-0004 by SEPA debit (money in for the owner); the later payout "
    "to the bank is only mentioned.",
    amount="610.00", currency="EUR", reference="5E7F09C1-0004")

# --- SumUp payment link
add(msg([
    "From: SumUp <noreply@sumup.com>",
    "To: chiara@studiolodi.it",
    "Subject: Nuovo pagamento ricevuto tramite link",
    "Date: " + date("2027-01-21 14:05:58", "+0100"),
    "Message-ID: <20270121130558.1.5C7A90D3E2F14B8A@mg.sumup.com>",
], text("""Ciao Chiara,

un cliente ha appena pagato il tuo link di pagamento.

  Importo:        150,00 EUR
  Descrizione:    Fattura 2026-61 revisione bozze
  Pagato da:      m.ferri@librialfiere.it
  Metodo:         Visa •••• 4417
  Codice:         TDQ7L2PX9A
  Data:           21.01.2027, 14:05

L'importo, al netto della commissione, verrà accreditato sul tuo conto
bancario entro 2-3 giorni lavorativi.

Grazie per aver scelto SumUp.
Il team SumUp

SumUp Payments Limited · 32 Lombard Street · London · EC3V 9BQ
""", cs="utf-8", csname="UTF-8", quote=False)),
    "payment-notification", "it",
    "SumUp: a customer paid a payment link whose description names invoice 2026-61; money in for the owner.",
    amount="150.00", currency="EUR", reference="2026-61")

# --- Banca Mediolanum: a partial payment (acconto), the invoice total also in the causale
add(msg([
    "From: Banca Mediolanum <alert@bancamediolanum.it>",
    "To: giulia@ferrantestudio.it",
    "Subject: Accredito bonifico sul tuo conto",
    "Date: " + date("2027-01-15 07:58:30", "+0100"),
    "Message-ID: <MED-ALERT-2027011507583012@bancamediolanum.it>",
], multi("alternative", [
    text("""Gentile GIULIA FERRANTE,

ti informiamo che è stato accreditato un bonifico sul tuo conto corrente
Mediolanum n. 00000/7712.

Importo: 500,00 euro
Data valuta: 15/01/2027
Ordinante: CASEIFICIO VAL DI SOLE SOC. AGR. COOP.
Causale: ACCONTO FATT. 2026/130 TOT. 1.464,00 - SALDO A SEGUIRE

Banca Mediolanum S.p.A.
""", cs="windows-1252", csname="windows-1252"),
    text("""<html><body><div style="font-family:Verdana,sans-serif;font-size:12px">
<p>Gentile GIULIA FERRANTE,</p>
<p>ti informiamo che è stato accreditato un bonifico sul tuo conto corrente Mediolanum n. 00000/7712.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#cccccc">
<tr><td>Importo</td><td>500,00 euro</td></tr>
<tr><td>Data valuta</td><td>15/01/2027</td></tr>
<tr><td>Ordinante</td><td>CASEIFICIO VAL DI SOLE SOC. AGR. COOP.</td></tr>
<tr><td>Causale</td><td>ACCONTO FATT. 2026/130 TOT. 1.464,00 - SALDO A SEGUIRE</td></tr>
</table>
<p>Banca Mediolanum S.p.A.</p></div></body></html>
""", sub="html", cs="windows-1252", csname="windows-1252"),
], "----=_NextPart_000_0031_01DB6712.4F0C3A90")),
    "payment-notification", "it",
    "Partial payment: 500,00 credited as an acconto on invoice 2026/130; the 1.464,00 in the causale is the invoice "
    "total, not the sum paid; 'saldo a seguire' is the payer's causale, not a dated promise.",
    amount="500.00", currency="EUR", reference="2026/130")

# --- N26 (Italian)
add(msg([
    "From: N26 <no-reply@n26.com>",
    "To: elena@sartoriconsulenze.it",
    "Subject: " + ew("Hai ricevuto 732,00 €"),
    "Date: " + date("2027-02-02 12:40:16", "+0100"),
    "Message-ID: <n26.ntf.2b9a0c47e1d04e3f.20270202114016@n26.com>",
], text("""Ciao Elena,

sul tuo conto N26 Business è arrivato un bonifico.

Mittente: Riccardo Galli
IBAN: IT60 X054 2811 1010 0000 0123 456
Importo: 732,00 €
Riferimento: fattura 115 - Galli

Buona giornata,
il team N26

N26 Bank SE, Voltairestraße 8, 10179 Berlino
""", cs="utf-8")),
    "payment-notification", "it",
    "N26 transfer received from a private client; 'fattura 115' in the payer's reference.",
    amount="732.00", currency="EUR", reference="115")

# --- Qonto: one transfer settles two invoices, so no single reference
add(msg([
    "From: Qonto <noreply@qonto.com>",
    "To: Marco Bellandi <marco.bellandi@gmail.com>",
    "Subject: " + ew("Hai ricevuto un bonifico di 2.440,00 €"),
    "Date: " + date("2027-02-10 15:22:03", "+0100"),
    "Message-ID: <0100019b2f4c88e1-2ac7d6b0-5e1f-4c7a-8d30-6b1e2f9c4a55-000000@email.amazonses.com>",
], multi("alternative", [
    text("""Buone notizie, Marco!

Hai ricevuto un bonifico di 2.440,00 € da NOVATEK SOLUTIONS SRL.

Riferimento: SALDO FT 47/2026 E 48/2026
Data: 10 febbraio 2027
Conto: Conto principale

Abbina la ricevuta o la fattura alla transazione dall'app Qonto.

Il team Qonto
""", cs="utf-8"),
    text("""<html><body style="font-family:'Inter',Arial,sans-serif;color:#1d1d1b">
<h1 style="font-size:20px">Buone notizie, Marco!</h1>
<p>Hai ricevuto un bonifico di <strong>2.440,00&nbsp;€</strong> da <strong>NOVATEK SOLUTIONS SRL</strong>.</p>
<table cellpadding="6"><tr><td style="color:#6d6d6d">Riferimento</td><td>SALDO FT 47/2026 E 48/2026</td></tr>
<tr><td style="color:#6d6d6d">Data</td><td>10 febbraio 2027</td></tr>
<tr><td style="color:#6d6d6d">Conto</td><td>Conto principale</td></tr></table>
<p>Abbina la ricevuta o la fattura alla transazione dall'app Qonto.</p>
<p>Il team Qonto</p></body></html>
""", sub="html", cs="utf-8"),
], "0000000000003f9b1a06124ce7d5")),
    "payment-notification", "it",
    "Qonto transfer received that settles two invoices (47/2026 and 48/2026) in one sum, so no single reference.",
    amount="2440.00", currency="EUR")

# --- BancoPosta: windows-1252, HTML only, invoice number with a prefix and spaces
add(msg([
    "From: \"Poste Italiane\" <noreply@posteitaliane.it>",
    "To: info@daviderusso.photo",
    "Subject: BancoPosta - Notifica movimento sul conto",
    "Date: " + date("2027-02-24 09:03:47", "+0100"),
    "Message-ID: <BP.MOV.0000271834@notifiche.posteitaliane.it>",
], text("""<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body bgcolor="#ffffff">
<table width="640" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td bgcolor="#ffcc00" height="60" style="font-family:Arial;font-size:20px;color:#003399;padding-left:20px"><b>Poste Italiane</b></td></tr>
<tr><td style="font-family:Arial;font-size:13px;padding:20px">
Gentile Cliente,<br><br>
di seguito il dettaglio del movimento registrato sul Suo Conto BancoPosta n. ****5561.<br><br>
<table width="100%" border="1" cellspacing="0" cellpadding="5" bordercolor="#cccccc" style="font-family:Arial;font-size:12px">
<tr bgcolor="#eeeeee"><th align="left">Data</th><th align="left">Descrizione</th><th align="right">Entrate</th><th align="right">Uscite</th></tr>
<tr><td>24/02/2027</td><td>ACCREDITO BONIFICO SEPA<br>ORD: AGRITURISMO IL POGGIOLO DI BARBARA BIAGINI<br>PAGAMENTO FATTURA NR. FT 2026 021</td><td align="right">640,00</td><td align="right">&nbsp;</td></tr>
</table><br>
Importi in euro. Il saldo aggiornato è disponibile su poste.it e nell'app BancoPosta.<br><br>
Cordiali saluti<br>Poste Italiane S.p.A. – Patrimonio BancoPosta
</td></tr>
<tr><td style="font-family:Arial;font-size:10px;color:#888888;padding:10px 20px">Messaggio generato automaticamente. La preghiamo di non rispondere. Poste Italiane non Le chiederà mai codici o credenziali via email.</td></tr>
</table>
</body>
</html>
""", sub="html", cs="windows-1252")),
    "payment-notification", "it",
    "BancoPosta movement notice, HTML only: a credit of 640,00 in the 'Entrate' column; the causale names the "
    "invoice with prefix and spaces, 'FT 2026 021'.",
    amount="640.00", currency="EUR", reference="FT 2026 021")

# --- a client's treasury office: remittance advice (avviso di pagamento) for two invoices, PDF attached
add(msg([
    "From: " + addr("Ferretti Arredamenti S.p.A. - Tesoreria", "tesoreria@ferrettiarredamenti.it"),
    "To: giulia@ferrantestudio.it",
    "Subject: Avviso di pagamento n. 2027-000184 - FERRANTE GIULIA",
    "Date: " + date("2027-01-13 17:30:02", "+0100"),
    "Message-ID: <AVP.2027-000184.20270113173002@ferrettiarredamenti.it>",
    "X-Mailer: SAP NetWeaver 7.50",
    "Auto-Submitted: auto-generated",
], multi("mixed", [
    text("""Spett.le Fornitore FERRANTE GIULIA
Cod. fornitore 700412

Vi informiamo che in data 13/01/2027 abbiamo disposto a Vostro favore il
seguente pagamento, con valuta beneficiario 15/01/2027:

Documento            Data doc.     Importo
Fattura 2026/121     30/10/2026    1.830,00
Fattura 2026/124     06/11/2026      305,00
                                   --------
Totale bonifico                    2.135,00 EUR

Coordinate di accredito: IT** **** **** 4471
Modalità: bonifico SEPA

In allegato il dettaglio in formato PDF.
Per informazioni sui pagamenti: fornitori@ferrettiarredamenti.it

Distinti saluti
Ferretti Arredamenti S.p.A. - Ufficio Tesoreria

Messaggio generato automaticamente dal sistema contabile. Non rispondere.
""", cs="iso-8859-1", csname="ISO-8859-1"),
    attach(pdf_bytes("Avviso di pagamento 2027-000184"), "application/pdf", "AvvisoPagamento_2027-000184.pdf"),
], "=_mixed 0052A1B3C12589F7_=")),
    "payment-notification", "it",
    "A client's AP system remittance advice: transfer ordered for two invoices (2026/121 and 2026/124) totalling "
    "2.135,00; two invoices so no reference; value date two days later is bank timing, not a promise.",
    amount="2135.00", currency="EUR")

# ==============================================================================================================
# SPANISH: payment notices (Spain and Latin America)
# ==============================================================================================================

# --- BBVA (Spain): HTML table
add(msg([
    "From: BBVA <bbva@comunicaciones.bbva.es>",
    "To: laura@lmtraducciones.es",
    "Subject: Has recibido una transferencia",
    "Date: " + date("2026-11-09 13:12:40", "+0100"),
    "Message-ID: <20261109121240.BBVA.NT.6648120975@comunicaciones.bbva.es>",
], multi("alternative", [
    text("""Hola, LAURA:

Has recibido una transferencia en tu cuenta ·3381.

Importe: 1.210,00 €
Ordenante: GESTORIA ALMENARA SL
Concepto: FRA. F-2026-0073
Fecha: 09/11/2026

Puedes consultar el detalle en la app BBVA.

Este es un correo automático, por favor no respondas.
Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao
""", cs="utf-8"),
    text("""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0"><tr><td align="center">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:'BentonSans',Arial,sans-serif">
<tr><td style="background:#072146;padding:20px 32px;color:#ffffff;font-size:22px">BBVA</td></tr>
<tr><td style="padding:32px;font-size:16px;color:#121212">Hola, LAURA:<br><br>Has recibido una transferencia en tu cuenta &middot;3381.</td></tr>
<tr><td style="padding:0 32px">
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:15px;border-top:1px solid #d3d3d3">
<tr><td style="color:#666666;border-bottom:1px solid #d3d3d3">Importe</td><td align="right" style="border-bottom:1px solid #d3d3d3;font-weight:bold">1.210,00&nbsp;&euro;</td></tr>
<tr><td style="color:#666666;border-bottom:1px solid #d3d3d3">Ordenante</td><td align="right" style="border-bottom:1px solid #d3d3d3">GESTORIA ALMENARA SL</td></tr>
<tr><td style="color:#666666;border-bottom:1px solid #d3d3d3">Concepto</td><td align="right" style="border-bottom:1px solid #d3d3d3">FRA. F-2026-0073</td></tr>
<tr><td style="color:#666666">Fecha</td><td align="right">09/11/2026</td></tr>
</table></td></tr>
<tr><td style="padding:32px;font-size:12px;color:#666666">Este es un correo automático, por favor no respondas.<br>Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao</td></tr>
</table></td></tr></table></body></html>
""", sub="html", cs="utf-8"),
], "_av-Hx3k9PqLmR2sT7vW1yZ4bC")),
    "payment-notification", "es",
    "BBVA incoming-transfer notice; concept 'FRA. F-2026-0073' (FRA. = factura).",
    amount="1210.00", currency="EUR", reference="F-2026-0073")

# --- CaixaBank: plain text, latin-1 QP, invoice number with a space
add(msg([
    "From: CaixaBank <notificaciones@caixabank.com>",
    "To: javier.ortega.dev@gmail.com",
    "Subject: " + ew("Aviso de abono por transferencia", "iso-8859-1"),
    "Date: " + date("2026-11-26 08:45:11", "+0100"),
    "Message-ID: <CXB-AV-20261126084511-093374@caixabank.com>",
], text("""Estimado/a cliente:

Le informamos de que se ha abonado en su cuenta ES** **** **** **** **** 3390
la siguiente transferencia:

   Fecha:        26/11/2026
   Importe:      726,00 EUR
   Ordenante:    REFORMAS LLEDO S.L.
   Concepto:     FACTURA 2026 045

Puede consultar el detalle de la operación en CaixaBankNow.

Atentamente,
CaixaBank, S.A.

Este mensaje se ha generado automáticamente. No responda a esta dirección.
Política de privacidad: www.caixabank.es/privacidad
""", cs="iso-8859-1", csname="ISO-8859-1")),
    "payment-notification", "es",
    "CaixaBank credit notice; the payer wrote the invoice number with a space, 'FACTURA 2026 045' (invoice 2026/045).",
    amount="726.00", currency="EUR", reference="2026 045")

# --- Santander: the amount in the subject, a short body
add(msg([
    "From: Banco Santander <avisos@santander.es>",
    "To: hola@nuriapuig.cat",
    "Subject: " + ew("Has recibido 2.178,00 € en tu cuenta"),
    "Date: " + date("2026-12-04 10:30:25", "+0100"),
    "Message-ID: <santander.avisos.9f31c0b2d7e84a56@santander.es>",
], text("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="border-top:4px solid #ec0000;padding:16px">
<p>Hola, NURIA:</p>
<p>Te confirmamos que has recibido una transferencia de <b>EDITORIAL NORTE Y SUR SA</b>.</p>
<p>Concepto: PAGO FACT NP 26 019</p>
<p>Cuenta de abono: Cuenta Online Negocios ···4471</p>
<p>Consulta el movimiento en la app Santander.</p>
<p style="font-size:11px;color:#767676">Banco Santander, S.A. Paseo de Pereda 9-12, 39004 Santander. Este correo es informativo; no respondas a este mensaje.</p>
</div></body></html>
""", sub="html", cs="utf-8")),
    "payment-notification", "es",
    "Santander incoming transfer; the amount is only in the Subject; concept 'PAGO FACT NP 26 019' names invoice "
    "NP-26-019 with spaces.",
    amount="2178.00", currency="EUR", reference="NP 26 019")

# --- Bizum received: a private customer, no invoice number
add(msg([
    "From: Bizum <no-reply@bizum.es>",
    "To: laura@lmtraducciones.es",
    "Subject: Has recibido un Bizum",
    "Date: " + date("2026-12-11 22:16:05", "+0100"),
    "Message-ID: <bz.20261211221605.71c5e0a9@bizum.es>",
], text("""Hola, Laura:

Ana Belén G. te ha enviado un Bizum.

Importe: 60,00 €
Concepto: revisión TFG cap 3 y 4 😊
Fecha: 11/12/2026 22:16

El dinero ya está disponible en tu cuenta.

Bizum
Este mensaje es informativo, no respondas a este correo.
""", cs="utf-8", cte="8bit")),
    "payment-notification", "es",
    "Bizum received from a private customer (proofreading of a thesis); no invoice number, so no reference.",
    amount="60.00", currency="EUR")

# --- PayPal (Spanish)
add(msg([
    "From: \"service@paypal.es\" <service@paypal.es>",
    "To: Javier Ortega <javier.ortega.dev@gmail.com>",
    "Subject: " + ew("Has recibido un pago de 300,00 € EUR de Marta Giner"),
    "Date: " + date("2026-12-18 05:02:33", "-0800", "(PST)"),
    "Message-ID: <c83b7e10-5a2f-4d91-8e6c-0b4f9a1d2e77@phx-mailsvc-0412.paypal.com>",
    "X-Email-Type-Id: PPX000614",
], multi("alternative", [
    text("""Hola, Javier Ortega:

Has recibido un pago de 300,00 € EUR de Marta Giner (martaginer.fisio@gmail.com).

Nota de Marta Giner:
"Factura 2026/049, gracias!!"

Detalles de la transacción
Id. de transacción: 2HW88310VN5549127
Fecha de la transacción: 18 de diciembre de 2026
Importe recibido: 300,00 € EUR
Comisión: -10,74 € EUR
Importe neto: 289,26 € EUR

Ayuda y contacto | Seguridad | Aplicaciones
""", cs="utf-8"),
    text("""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f7fa"><table width="600" align="center" style="background:#fff"><tr><td style="padding:28px">
<p style="font-size:22px">Has recibido 300,00&nbsp;€&nbsp;EUR</p>
<p>Marta Giner te ha enviado 300,00&nbsp;€&nbsp;EUR.</p>
<p style="background:#f1f1f1;padding:12px">"Factura 2026/049, gracias!!"</p>
<table width="100%"><tr><td>Id. de transacción</td><td align="right">2HW88310VN5549127</td></tr>
<tr><td>Importe recibido</td><td align="right">300,00&nbsp;€&nbsp;EUR</td></tr>
<tr><td>Comisión</td><td align="right">-10,74&nbsp;€&nbsp;EUR</td></tr>
<tr><td><b>Importe neto</b></td><td align="right"><b>289,26&nbsp;€&nbsp;EUR</b></td></tr></table>
</td></tr></table></body></html>
""", sub="html", cs="utf-8"),
], "--==_mimepart_7b1e44a0c2f1d_2f9a3c")),
    "payment-notification", "es",
    "PayPal payment received: the sum paid is 300,00 (289,26 is the net after PayPal's fee); note names invoice "
    "2026/049.",
    amount="300.00", currency="EUR", reference="2026/049")

# --- Wise (Spanish): a German client pays in euros
add(msg([
    "From: Wise <noreply@wise.com>",
    "To: laura@lmtraducciones.es",
    "Subject: Has recibido 1.150,00 EUR",
    "Date: " + date("2027-01-08 09:14:52", "+0000"),
    "Message-ID: <0102019b5e2a1f44-8c1d2e3f-6a7b-4c8d-9e0f-1a2b3c4d5e6f-000000@eu-west-1.amazonses.com>",
], multi("alternative", [
    text("""Laura, has recibido dinero

KESSLER & VOIGT GBR te ha enviado 1.150,00 EUR.

Referencia: Invoice F-2026-0078
Ya está en tu cuenta en EUR.

Ver detalles: https://wise.com/activity

Wise Europe SA, Rue du Trône 100, 1050 Bruselas
""", cs="utf-8"),
    text("""<html><body style="font-family:'Inter',Helvetica,Arial,sans-serif;color:#0e0f0c">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p style="font-size:28px;font-weight:600;margin:0 0 16px">Laura, has recibido dinero</p>
<p><b>KESSLER &amp; VOIGT GBR</b> te ha enviado <b>1.150,00 EUR</b>.</p>
<table style="width:100%;background:#f2f5f7;border-radius:12px;padding:12px"><tr><td>Referencia</td><td align="right">Invoice F-2026-0078</td></tr></table>
<p>Ya está en tu cuenta en EUR.</p>
<p><a href="https://wise.com/activity" style="background:#9fe870;color:#163300;padding:12px 20px;border-radius:24px;text-decoration:none">Ver detalles</a></p>
<p style="font-size:12px;color:#6a6c6a">Wise Europe SA, Rue du Trône 100, 1050 Bruselas</p></div></body></html>
""", sub="html", cs="utf-8"),
], "=-wise-9d2b6f0a4c13e8")),
    "payment-notification", "es",
    "Wise money received; the payer's reference is in English ('Invoice F-2026-0078'), the notice in Spanish.",
    amount="1150.00", currency="EUR", reference="F-2026-0078")

# --- Banco Sabadell: a partial payment, first of three
add(msg([
    "From: Banco Sabadell <alertas@bancsabadell.com>",
    "To: hola@nuriapuig.cat",
    "Subject: Alerta: transferencia recibida",
    "Date: " + date("2027-01-29 11:08:19", "+0100"),
    "Message-ID: <ALERTA.TR.2027012911081900042@bancsabadell.com>",
], text("""Banco Sabadell - Servicio de Alertas

Transferencia recibida en la cuenta ...7702

  Ordenante ..... ESTUDI GRAFIC VALLES SCP
  Importe ....... 400,00 EUR
  Concepto ...... PAGO PARCIAL FRA NP-26-022 (1/3)
  Fecha valor ... 29/01/2027

Puede modificar o anular sus alertas en Sabadell Online.
Mensaje generado automáticamente.
""", cs="iso-8859-1", csname="iso-8859-1")),
    "payment-notification", "es",
    "Partial payment: 400,00 received as the first of three instalments ('PAGO PARCIAL ... (1/3)') on invoice "
    "NP-26-022; the rest is neither amounted nor dated here.",
    amount="400.00", currency="EUR", reference="NP-26-022")

# --- BBVA México: SPEI received, MXN
add(msg([
    "From: " + addr("BBVA México", "notificaciones@bbva.mx"),
    "To: sofia@herreradiseno.mx",
    "Subject: Recibiste una transferencia SPEI",
    "Date: " + date("2026-12-07 16:48:02", "-0600"),
    "Message-ID: <MX.SPEI.IN.20261207164802.88213@bbva.mx>",
], text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;background:#f4f4f4">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#004481;color:#fff;padding:18px 28px;font-size:20px">BBVA</td></tr>
<tr><td style="padding:28px">
<p>Hola, SOFIA HERRERA:</p>
<p>Recibiste una transferencia SPEI en tu cuenta con terminación <b>5528</b>.</p>
<table width="100%" cellpadding="7" cellspacing="0" style="border:1px solid #e1e1e1;font-size:14px">
<tr><td style="color:#666">Monto</td><td align="right"><b>$18,560.00 MXN</b></td></tr>
<tr><td style="color:#666">Ordenante</td><td align="right">CAFE TOSTADORES DEL BAJIO SA DE CV</td></tr>
<tr><td style="color:#666">Banco emisor</td><td align="right">BANORTE</td></tr>
<tr><td style="color:#666">Concepto de pago</td><td align="right">FACT A-112 BRANDING</td></tr>
<tr><td style="color:#666">Clave de rastreo</td><td align="right">2026120740072BMOV000441185</td></tr>
<tr><td style="color:#666">Fecha y hora</td><td align="right">07/12/2026 16:47:55</td></tr>
</table>
<p style="font-size:12px;color:#666">Si no reconoces esta operación, llama a Línea BBVA 55 5226 2663.</p>
</td></tr></table></body></html>
""", sub="html", cs="utf-8")),
    "payment-notification", "es",
    "BBVA México SPEI received by a freelancer in Mexico; amount in pesos (MXN) in a table cell; concept names "
    "invoice A-112.",
    amount="18560.00", currency="MXN", reference="A-112")

# --- Mercado Pago (Argentina): ARS, the invoice number in the Argentine format with point of sale
add(msg([
    "From: Mercado Pago <info@mercadopago.com>",
    "To: martin.acosta.ux@gmail.com",
    "Subject: " + ew("¡Recibiste $ 245.000!"),
    "Date: " + date("2026-12-22 19:31:40", "-0300"),
    "Message-ID: <20261222223140.a7b3c9e1f2d4@mail.mercadopago.com>",
], multi("alternative", [
    text("""¡Hola, Martín!

Lucía Fernández te transfirió $ 245.000 a tu cuenta de Mercado Pago.

Motivo: Factura C 0003-00000087 - rediseño app turnos
Número de operación: 94018827315
Fecha: 22 de diciembre de 2026, 19:31 hs

El dinero ya está disponible.

Mercado Pago
Este mensaje fue enviado a martin.acosta.ux@gmail.com.
""", cs="utf-8"),
    text("""<html><body style="font-family:'Proxima Nova',Arial,sans-serif;background:#ededed">
<div style="max-width:540px;margin:auto;background:#fff;padding:28px;border-radius:6px">
<p style="font-size:24px;font-weight:600">¡Recibiste $&nbsp;245.000!</p>
<p>Lucía Fernández te transfirió <b>$&nbsp;245.000</b> a tu cuenta de Mercado Pago.</p>
<p style="color:#666">Motivo: Factura C 0003-00000087 - rediseño app turnos<br>Número de operación: 94018827315<br>Fecha: 22 de diciembre de 2026, 19:31 hs</p>
<p>El dinero ya está disponible.</p></div></body></html>
""", sub="html", cs="utf-8"),
], "----=_Part_2241067_1731284016.1798068700221")),
    "payment-notification", "es",
    "Mercado Pago transfer received in Argentine pesos ($ 245.000 = 245000.00 ARS, '.' as thousands separator); "
    "the Argentine invoice 'Factura C 0003-00000087' (point of sale 0003).",
    amount="245000.00", currency="ARS", reference="0003-00000087")

# --- Bancolombia: COP, the invoice as 'FE 231' (factura electrónica prefix)
add(msg([
    "From: Bancolombia <alertasynotificaciones@notificacionesbancolombia.com>",
    "To: camila@restrepocontenidos.co",
    "Subject: Alertas y Notificaciones",
    "Date: " + date("2027-01-19 10:12:07", "-0500"),
    "Message-ID: <BC-AYN-202701191012070331@notificacionesbancolombia.com>",
], text("""Bancolombia le informa:

Recibió una transferencia por $3.200.000 de INVERSIONES MONTOYA SAS en su
cuenta de ahorros *4417 el 19/01/2027 a las 10:11.
Descripción: PAGO FE 231 CONTENIDOS DIC

Si tiene inquietudes comuníquese con la Sucursal Telefónica Bancolombia
al 018000 912345.

Este es un mensaje automático, por favor no lo responda.
""", cs="iso-8859-1", csname="ISO-8859-1")),
    "payment-notification", "es",
    "Bancolombia alert: transfer received, $3.200.000 Colombian pesos (no decimals); 'PAGO FE 231' names electronic "
    "invoice FE 231.",
    amount="3200000.00", currency="COP", reference="FE 231")

# --- Banco de Chile: CLP, pays a boleta de honorarios
add(msg([
    "From: Banco de Chile <enviodigital@bancochile.cl>",
    "To: tvergara@vergarastudio.cl",
    "Subject: Aviso de transferencia de fondos",
    "Date: " + date("2027-02-05 13:55:40", "-0300"),
    "Message-ID: <ATF.0205202713554012.9931@bancochile.cl>",
], text("""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:13px">
<p>Estimado(a) TOMAS VERGARA:</p>
<p>Le informamos que <b>AGENCIA PAMPA SPA</b> le ha transferido fondos a su cuenta corriente.</p>
<table border="0" cellpadding="4" cellspacing="0" style="font-size:13px">
<tr><td>Monto transferido</td><td>:</td><td><b>$650.000</b></td></tr>
<tr><td>Cuenta de destino</td><td>:</td><td>Cuenta Corriente ****8812</td></tr>
<tr><td>Fecha</td><td>:</td><td>05/02/2027 13:55</td></tr>
<tr><td>Mensaje</td><td>:</td><td>pago boleta 154 fotos campaña verano</td></tr>
</table>
<p>Atentamente,<br>Banco de Chile</p>
<p style="font-size:10px;color:#777">Este correo ha sido generado automáticamente. Banco de Chile nunca le solicitará sus claves por correo electrónico.</p>
</body></html>
""", sub="html", cs="utf-8", cte="base64")),
    "payment-notification", "es",
    "Banco de Chile: funds transferred to the owner, $650.000 Chilean pesos; the message pays 'boleta 154' (a "
    "Chilean fee receipt, the owner's invoice).",
    amount="650000.00", currency="CLP", reference="154")

# --- Stripe (Spanish locale): invoice paid by card
add(msg([
    "From: Stripe <notifications@stripe.com>",
    "To: javier.ortega.dev@gmail.com",
    "Subject: Pago recibido de Hostal Mar Menor SL",
    "Date: " + date("2027-02-16 08:20:44", "+0000"),
    "Message-ID: <stripe-notif-in_1RcP2vHq2LmN8aZy.20270216082044@stripe.com>",
], multi("alternative", [
    text("""Javier Ortega - Desarrollo web

Pago recibido

Hostal Mar Menor SL ha pagado la factura 2026/051.

Importe pagado     1.089,00 €
Fecha de pago      16 feb 2027
Método de pago     Visa •••• 0921

Ver factura: https://dashboard.stripe.com/invoices/in_1RcP2vHq2LmN8aZy
""", cs="utf-8"),
    text("""<html><body style="background:#f6f9fc;font-family:-apple-system,Helvetica,Arial,sans-serif">
<table width="560" align="center" style="background:#fff;border-radius:6px"><tr><td style="padding:32px 40px">
<p style="color:#525f7f">Javier Ortega - Desarrollo web</p>
<p style="font-size:24px;color:#32325d">Pago recibido</p>
<p>Hostal Mar Menor SL ha pagado la factura <b>2026/051</b>.</p>
<table width="100%" style="color:#525f7f"><tr><td>Importe pagado</td><td align="right"><b>1.089,00&nbsp;€</b></td></tr>
<tr><td>Fecha de pago</td><td align="right">16 feb 2027</td></tr>
<tr><td>Método de pago</td><td align="right">Visa &bull;&bull;&bull;&bull; 0921</td></tr></table>
</td></tr></table></body></html>
""", sub="html", cs="utf-8"),
], "b1_c0ffee42d9e3b7a1f5")),
    "payment-notification", "es",
    "Stripe invoice paid by card; invoice 2026/051.",
    amount="1089.00", currency="EUR", reference="2026/051")

# --- a hotel group's AP department: remittance advice with VAT and IRPF withholding
add(msg([
    "From: Cuentas a Pagar - Grupo Iberia Sol <cuentasapagar@iberiasolhoteles.com>",
    "To: laura@lmtraducciones.es",
    "Subject: Aviso de pago - Proveedor 400218 - MARTIN IBANEZ LAURA",
    "Date: " + date("2027-03-05 12:00:31", "+0100"),
    "Message-ID: <AVISOPAGO.400218.20270305120031@iberiasolhoteles.com>",
    "Auto-Submitted: auto-generated",
], multi("mixed", [
    text("""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Estimado proveedor:</p>
<p>Le comunicamos que con fecha 05/03/2027 hemos efectuado una transferencia a su favor con el siguiente detalle:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e1f2"><th>N.º factura</th><th>Fecha factura</th><th>Base imponible</th><th>IVA 21%</th><th>Retención IRPF 15%</th><th>Importe pagado</th></tr>
<tr><td>F-2026-0081</td><td>28/12/2026</td><td align="right">1.800,00</td><td align="right">378,00</td><td align="right">-270,00</td><td align="right"><b>1.908,00</b></td></tr>
</table>
<p>Cuenta de abono: ES** **** **** **** **** 3381<br>Importes en euros.</p>
<p>Para cualquier consulta indique su código de proveedor 400218.</p>
<p>Departamento de Cuentas a Pagar<br>Grupo Iberia Sol Hoteles, S.L.</p>
<p style="font-size:8pt;color:#808080">Mensaje generado automáticamente; no responda a esta dirección.</p>
</body></html>
""", sub="html", cs="utf-8"),
    attach(pdf_bytes("Aviso de pago 400218"), "application/pdf", "aviso_pago_400218_20270305.pdf"),
], "----=_Part_55012_990871324.1804158031771")),
    "payment-notification", "es",
    "Remittance advice from a client's AP department: transfer made for invoice F-2026-0081; the paid amount is "
    "1.908,00 (base 1.800 + IVA 378 - IRPF 270), not the base.",
    amount="1908.00", currency="EUR", reference="F-2026-0081")

# ==============================================================================================================
# ENGLISH: payment notices (UK, Ireland, US, processors)
# ==============================================================================================================

# --- Barclays: plain text, GBP, reference with a space
add(msg([
    "From: Barclays <alerts@email.barclays.co.uk>",
    "To: tom@whitakerwrites.co.uk",
    "Subject: You've received a payment",
    "Date: " + date("2026-11-16 14:22:09", "+0000"),
    "Message-ID: <BARC.ALRT.20261116142209.4471902@email.barclays.co.uk>",
], text("""Hello Mr Whitaker,

A payment has been made into your Business Current Account ending 2291.

Amount:     £850.00
From:       HARLOW MEDIA LTD
Reference:  INV 0212
Date:       16 November 2026

You can see the full details in the Barclays app or Online Banking.

We'll never ask you for your PIN or passcode in an email.

Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority and
regulated by the Financial Conduct Authority and the Prudential Regulation
Authority (Financial Services Register No. 759676). Registered in England.
Registered No. 9740322. Registered Office: 1 Churchill Place, London E14 5HP.
""", cs="utf-8")),
    "payment-notification", "en",
    "Barclays: money paid into the owner's account; GBP; the payer's reference 'INV 0212' has a space for INV-0212.",
    amount="850.00", currency="GBP", reference="INV 0212")

# --- Tide: amount in the subject and the body, GBP
add(msg([
    "From: Tide <hello@tide.co>",
    "To: tom@whitakerwrites.co.uk",
    "Subject: " + ew("Money in: £1,200.00 from Fenwick & Daughters"),
    "Date: " + date("2026-12-01 09:03:44", "+0000"),
    "Message-ID: <0100018f3c2b9d7e-4a5b6c7d-8e9f-4012-a3b4-c5d6e7f80912-000000@email.amazonses.com>",
], multi("alternative", [
    text("""Hi Tom,

You've got money in.

£1,200.00 from Fenwick & Daughters
Reference: INV-0215

It's already in your Tide account. Tag it and match it to an invoice in the
app to keep your books tidy.

The Tide Team
""", cs="utf-8", csname="UTF-8", quote=False),
    text("""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f6fa"><div style="max-width:520px;margin:auto;background:#fff;padding:24px">
<p>Hi Tom,</p><p style="font-size:22px;color:#1929d6"><b>You've got money in.</b></p>
<p style="font-size:18px">&pound;1,200.00 from Fenwick &amp; Daughters</p>
<p style="color:#555">Reference: INV-0215</p>
<p>It's already in your Tide account. Tag it and match it to an invoice in the app to keep your books tidy.</p>
<p>The Tide Team</p></div></body></html>
""", sub="html", cs="utf-8", csname="UTF-8", quote=False),
], "00000000000077c2a90611bd41e3")),
    "payment-notification", "en",
    "Tide money-in notice: £1,200.00 from a client, reference INV-0215.",
    amount="1200.00", currency="GBP", reference="INV-0215")

# --- AIB (Ireland): SMS-style email alert, reference run together
add(msg([
    "From: AIB <noreply@aib.ie>",
    "To: aoife@brennanillustration.ie",
    "Subject: AIB Alert - Credit to your account",
    "Date: " + date("2026-11-20 07:31:05", "+0000"),
    "Message-ID: <AIB-ALERT-202611200731050077214@aib.ie>",
], text("""AIB Alert: A credit of EUR950.00 was lodged to your account ending 6620 on
20NOV26. Narrative: DULRA BOOKS LTD AB2026031 BRENNAN.

To manage your alerts log in to AIB Internet Banking.
Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
""", cs="us-ascii", cte="7bit")),
    "payment-notification", "en",
    "AIB lodgement alert; the narrative carries the invoice number without dashes, 'AB2026031' (AB-2026-031).",
    amount="950.00", currency="EUR", reference="AB2026031")

# --- Bank of Ireland: one credit for two invoices
add(msg([
    "From: Bank of Ireland <365alerts@boi.com>",
    "To: aoife@brennanillustration.ie",
    "Subject: Payment received into your account",
    "Date: " + date("2027-01-26 11:48:30", "+0000"),
    "Message-ID: <boi.365.9d7c21a0e5f34b12.20270126114830@boi.com>",
], text("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#0b2541">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#0000a0;color:#ffffff;padding:16px 24px;font-size:18px">Bank of Ireland</td></tr>
<tr><td style="padding:24px">Dear Customer,<br><br>A payment has been received into your Business Current Account ending 1183.
<table cellpadding="6" style="margin-top:12px;font-size:14px">
<tr><td><b>Amount</b></td><td>&euro;2,460.00</td></tr>
<tr><td><b>From</b></td><td>D&Uacute;LRA BOOKS LTD</td></tr>
<tr><td><b>Payment reference</b></td><td>AB-2026-034 AB-2026-035</td></tr>
<tr><td><b>Date</b></td><td>26/01/2027</td></tr>
</table><br>
Log in to 365 online or the Bank of Ireland app for more details.<br><br>
Bank of Ireland is regulated by the Central Bank of Ireland.</td></tr></table>
</body></html>
""", sub="html", cs="iso-8859-1")),
    "payment-notification", "en",
    "Bank of Ireland credit of €2,460.00 whose reference names two invoices (AB-2026-034 and AB-2026-035), so no "
    "single reference.",
    amount="2460.00", currency="EUR")

# --- Chase (US): Zelle received
add(msg([
    "From: Chase <no.reply.alerts@chase.com>",
    "To: dana@kowalski.dev",
    "Subject: " + ew("You received $2,400.00 with Zelle®"),
    "Date: " + date("2026-12-09 15:06:12", "-0800"),
    "Message-ID: <1081326551.4437201.1797031572110@chase.com>",
], text("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#414042">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="border:1px solid #e2e2e2">
<tr><td style="background:#117aca;color:#ffffff;font-size:20px">CHASE</td></tr>
<tr><td>
<p style="font-size:20px">You received money with Zelle&reg;</p>
<table width="100%" cellpadding="6" cellspacing="0">
<tr><td style="border-bottom:1px solid #e2e2e2">Amount</td><td align="right" style="border-bottom:1px solid #e2e2e2"><b>$2,400.00</b></td></tr>
<tr><td style="border-bottom:1px solid #e2e2e2">From</td><td align="right" style="border-bottom:1px solid #e2e2e2">MARK T OLSEN</td></tr>
<tr><td style="border-bottom:1px solid #e2e2e2">Memo</td><td align="right" style="border-bottom:1px solid #e2e2e2">inv 1043 website fixes</td></tr>
<tr><td>Account</td><td align="right">Chase Business Complete Checking (...7731)</td></tr>
</table>
<p style="font-size:12px">The money is available in your account. You can't cancel a payment you received.</p>
<p style="font-size:11px;color:#717171">Please don't reply to this automatically generated service email. &copy; 2026 JPMorgan Chase &amp; Co.</p>
</td></tr></table></td></tr></table></body></html>
""", sub="html", cs="utf-8")),
    "payment-notification", "en",
    "Chase Zelle payment received from a client; USD; memo names invoice 1043.",
    amount="2400.00", currency="USD", reference="1043")

# --- Stripe (English): invoice paid, USD
add(msg([
    "From: Stripe <notifications@stripe.com>",
    "To: dana@kowalski.dev",
    "Subject: Payment received from Brightline Analytics Inc. for invoice 1047",
    "Date: " + date("2027-01-12 19:44:06", "+0000"),
    "Message-ID: <stripe-notif-in_1SdQ9wKx4TnB7cVe.20270112194406@stripe.com>",
], multi("alternative", [
    text("""Kowalski Dev LLC

Payment received

Brightline Analytics Inc. paid invoice 1047.

Amount paid       $1,750.00
Payment date      Jan 12, 2027
Payment method    ACH Direct Debit •••• 6610

View invoice: https://dashboard.stripe.com/invoices/in_1SdQ9wKx4TnB7cVe

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""", cs="utf-8"),
    text("""<html><body style="background:#f6f9fc;font-family:-apple-system,Helvetica,Arial,sans-serif">
<table width="560" align="center" style="background:#fff;border-radius:6px"><tr><td style="padding:32px 40px">
<p style="color:#525f7f">Kowalski Dev LLC</p><p style="font-size:24px;color:#32325d">Payment received</p>
<p>Brightline Analytics Inc. paid invoice <b>1047</b>.</p>
<table width="100%" style="color:#525f7f"><tr><td>Amount paid</td><td align="right"><b>$1,750.00</b></td></tr>
<tr><td>Payment date</td><td align="right">Jan 12, 2027</td></tr>
<tr><td>Payment method</td><td align="right">ACH Direct Debit &bull;&bull;&bull;&bull; 6610</td></tr></table>
</td></tr></table></body></html>
""", sub="html", cs="utf-8"),
], "b1_5f0e9d2c7a1b3e4d")),
    "payment-notification", "en",
    "Stripe: a client paid invoice 1047 by ACH debit; USD.",
    amount="1750.00", currency="USD", reference="1047")

# --- PayPal (US): gross and net
add(msg([
    "From: \"service@paypal.com\" <service@paypal.com>",
    "To: Sam Okafor <sam@okaforaudio.com>",
    "Subject: You've got money",
    "Date: " + date("2027-01-04 10:15:27", "-0800", "(PST)"),
    "Message-ID: <5d0a7e21-c3f8-4b19-92e6-ad11f0c3b846@phx-mailsvc-0277.paypal.com>",
    "X-Email-Type-Id: PPX000614",
], multi("alternative", [
    text("""Hello Sam Okafor,

You received a payment of $600.00 USD from Greg Hollis (ghollis.pod@gmail.com).

Note from Greg Hollis:
"Invoice 2026-0098 - mixing eps 4-6. Happy new year!"

Transaction ID: 8UN34217KT0981532
Transaction date: January 4, 2027

Amount received: $600.00 USD
Fee: -$21.44 USD
Net amount: $578.56 USD

Help & Contact | Security | Apps
PayPal, Inc., 2211 North First Street, San Jose, CA 95131
""", cs="utf-8"),
    text("""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f7fa"><table width="600" align="center" style="background:#fff"><tr><td style="padding:28px">
<p style="font-size:22px">You've got money</p>
<p>Greg Hollis sent you $600.00&nbsp;USD.</p>
<p style="background:#f1f1f1;padding:12px">"Invoice 2026-0098 - mixing eps 4-6. Happy new year!"</p>
<table width="100%"><tr><td>Transaction ID</td><td align="right">8UN34217KT0981532</td></tr>
<tr><td>Amount received</td><td align="right">$600.00&nbsp;USD</td></tr>
<tr><td>Fee</td><td align="right">-$21.44&nbsp;USD</td></tr>
<tr><td><b>Net amount</b></td><td align="right"><b>$578.56&nbsp;USD</b></td></tr></table>
</td></tr></table></body></html>
""", sub="html", cs="utf-8"),
], "--==_mimepart_8c3d2e1f0a9b8_41af2")),
    "payment-notification", "en",
    "PayPal payment received; the sum paid is $600.00 (578.56 is net of PayPal's fee); note names invoice 2026-0098.",
    amount="600.00", currency="USD", reference="2026-0098")

# --- Payoneer: a UK freelancer paid in USD
add(msg([
    "From: Payoneer <no-reply@payoneer.com>",
    "To: tom@whitakerwrites.co.uk",
    "Subject: You've received a payment of USD 3,000.00 from Lumen Games Ltd",
    "Date: " + date("2027-02-09 06:12:58", "-0500"),
    "Message-ID: <PYN.2027020911125831.88410017@payoneer.com>",
], text("""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="max-width:600px;margin:auto">
<p style="color:#ff4800;font-size:22px"><b>Payoneer</b></p>
<p>Dear Thomas Whitaker,</p>
<p>Good news! You've received a payment from <b>Lumen Games Ltd</b>.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #ddd;width:100%">
<tr><td>Amount</td><td><b>USD 3,000.00</b></td></tr>
<tr><td>Payment description</td><td>INV-0219 localisation copy, Q4</td></tr>
<tr><td>Payment date</td><td>February 9, 2027</td></tr>
<tr><td>Received to</td><td>USD balance</td></tr>
</table>
<p>The funds are now available in your Payoneer account.</p>
<p>Thanks,<br>The Payoneer Team</p>
</div></body></html>
""", sub="html", cs="utf-8")),
    "payment-notification", "en",
    "Payoneer: USD payment received by a UK freelancer from a client; description names INV-0219.",
    amount="3000.00", currency="USD", reference="INV-0219")

# --- GoCardless: a Direct Debit the owner collected from a client has been confirmed
add(msg([
    "From: GoCardless <help@gocardless.com>",
    "To: priya@nairconsulting.co.uk",
    "Subject: " + ew("Payment confirmed: £300.00 from Carter Lane Dental"),
    "Date: " + date("2026-12-07 06:05:14", "+0000"),
    "Message-ID: <20261207060514.PM00A7XK2QF@gocardless.com>",
], text("""Hi Priya,

A payment of £300.00 from Carter Lane Dental has been confirmed.

Payment reference: PN/26/14
Charge date: 7 December 2026
Payment ID: PM00A7XK2QF

This payment will be included in your next payout to your bank account,
expected on 9 December 2026.

Thanks,
The GoCardless team

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London, EC1V 7EN
""", cs="utf-8")),
    "payment-notification", "en",
    "GoCardless: a Direct Debit collected from the owner's client is confirmed (money in for the owner, not a "
    "debit on the owner); reference PN/26/14; the payout date is later bank timing.",
    amount="300.00", currency="GBP", reference="PN/26/14")

# --- Wise (English): EUR into a UK freelancer's EUR balance; the client wrote the number with dashes
add(msg([
    "From: Wise <noreply@wise.com>",
    "To: priya@nairconsulting.co.uk",
    "Subject: You've received 1,100.00 EUR from BRANDWERK GMBH",
    "Date: " + date("2027-02-18 10:41:29", "+0000"),
    "Message-ID: <0102019c7a3b2e55-1f2e3d4c-5b6a-4798-8a9b-0c1d2e3f4a5b-000000@eu-west-1.amazonses.com>",
], text("""Hi Priya,

BRANDWERK GMBH sent you 1,100.00 EUR.

Reference: PN-26-17

The money is now in your EUR balance.

Thanks,
The Wise Team

Wise Payments Limited, 1st Floor, Worship Square, 65 Clifton Street, London, EC2A 4JE
""", cs="utf-8", csname="UTF-8", quote=False)),
    "payment-notification", "en",
    "Wise money received in EUR by a UK freelancer; the client wrote the invoice number with dashes (PN-26-17) where "
    "the owner uses slashes.",
    amount="1100.00", currency="EUR", reference="PN-26-17")

# --- Revolut Business: a part payment
add(msg([
    "From: Revolut Business <no-reply@revolut.com>",
    "To: tom@whitakerwrites.co.uk",
    "Subject: " + ew("You received £420.00 from Kettle & Crumb Ltd"),
    "Date: " + date("2027-03-03 16:27:51", "+0000"),
    "Message-ID: <rvlt.biz.txn.6620f1a9-3b7c-4d2e-8e1f-0a9b8c7d6e5f@revolut.com>",
], multi("alternative", [
    text("""Incoming transfer

You received £420.00 from Kettle & Crumb Ltd

Reference: part payment inv0218
Account: Main GBP

Revolut Ltd, 7 Westferry Circus, London E14 4HD
""", cs="utf-8"),
    text("""<html><body style="font-family:Inter,Arial,sans-serif"><div style="max-width:480px;margin:auto;padding:20px">
<p style="color:#717173">Incoming transfer</p>
<p style="font-size:24px"><b>You received &pound;420.00 from Kettle &amp; Crumb Ltd</b></p>
<p>Reference: part payment inv0218<br>Account: Main GBP</p>
<p style="font-size:11px;color:#717173">Revolut Ltd, 7 Westferry Circus, London E14 4HD</p></div></body></html>
""", sub="html", cs="utf-8"),
], "rvlt-b-3e9f0c21a7d5")),
    "payment-notification", "en",
    "Revolut Business: £420.00 received as a part payment on invoice 'inv0218' (INV-0218 run together).",
    amount="420.00", currency="GBP", reference="inv0218")

# --- an AP department's remittance advice: invoice less a credit note
add(msg([
    "From: Northwind Logistics plc - Accounts Payable <ap-remittance@northwind-logistics.co.uk>",
    "To: tom@whitakerwrites.co.uk",
    "Subject: Remittance Advice - Payment BACS-77120",
    "Date: " + date("2027-02-19 17:02:40", "+0000"),
    "Message-ID: <RA.BACS-77120.1739984560@northwind-logistics.co.uk>",
    "X-Mailer: Oracle E-Business Suite 12.2",
], multi("mixed", [
    multi("alternative", [
        text("""REMITTANCE ADVICE

Supplier: Tom Whitaker (Supplier no. 30118)
Payment ref: BACS-77120
Payment date: 19/02/2027
Payment method: BACS

Document      Date          Amount (GBP)
INV-0221      12/01/2027        1,980.00
CN-004        02/02/2027         -180.00
                             -----------
Total paid                      1,800.00

Funds should reach your account within 3 working days.
Queries: ap@northwind-logistics.co.uk quoting the payment reference.
""", cs="us-ascii", cte="7bit"),
        text("""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<h3>REMITTANCE ADVICE</h3>
<p>Supplier: Tom Whitaker (Supplier no. 30118)<br>Payment ref: BACS-77120<br>Payment date: 19/02/2027<br>Payment method: BACS</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Document</th><th>Date</th><th>Amount (GBP)</th></tr>
<tr><td>INV-0221</td><td>12/01/2027</td><td align="right">1,980.00</td></tr>
<tr><td>CN-004</td><td>02/02/2027</td><td align="right">-180.00</td></tr>
<tr><td colspan="2"><b>Total paid</b></td><td align="right"><b>1,800.00</b></td></tr>
</table>
<p>Funds should reach your account within 3 working days.<br>Queries: ap@northwind-logistics.co.uk quoting the payment reference.</p>
</body></html>
""", sub="html", cs="us-ascii"),
    ], "alt_7f3e2d1c0b9a"),
    attach(pdf_bytes("Remittance BACS-77120"), "application/pdf", "Remittance_BACS-77120.pdf"),
], "mix_7f3e2d1c0b9a")),
    "payment-notification", "en",
    "Remittance advice: INV-0221 (1,980.00) paid less credit note CN-004, so the sum paid is 1,800.00; the credit "
    "note is not a second invoice, so the reference stays INV-0221.",
    amount="1800.00", currency="GBP", reference="INV-0221")

# ==============================================================================================================
# LOOK-ALIKES that bring no money in (kind "other")
# ==============================================================================================================

# --- IT: a transfer the owner made (to her accountant), whose causale names an invoice
add(msg([
    "From: Intesa Sanpaolo <noreply@notifiche.intesasanpaolo.com>",
    "To: giulia@ferrantestudio.it",
    "Subject: Conferma esecuzione bonifico",
    "Date: " + date("2026-12-16 18:05:37", "+0100"),
    "Message-ID: <20261216180537.8K1P2.3390152@notifiche.intesasanpaolo.com>",
], text("""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;background:#00784a;color:#fff;font-size:18px"><b>Intesa Sanpaolo</b></td></tr>
<tr><td style="padding:24px">Gentile Cliente,<br><br>il bonifico che hai disposto è stato eseguito.
<table width="100%" cellpadding="6" cellspacing="0" style="margin-top:12px">
<tr><td width="38%"><b>Beneficiario</b></td><td>STUDIO VANNI DOTTORI COMMERCIALISTI</td></tr>
<tr><td><b>IBAN beneficiario</b></td><td>IT34 C030 6909 6061 0000 0112 233</td></tr>
<tr><td><b>Importo</b></td><td>457,60 EUR</td></tr>
<tr><td><b>Commissioni</b></td><td>0,00 EUR</td></tr>
<tr><td><b>Causale</b></td><td>SALDO FATTURA N. 14/2026 DEL 30/11/2026</td></tr>
<tr><td><b>Data esecuzione</b></td><td>16/12/2026</td></tr>
<tr><td><b>Addebitato sul conto</b></td><td>IT** **** **** **** **** ***0 4471</td></tr>
</table><br>Trovi la contabile in formato PDF nell'Archivio dell'app.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#777">Comunicazione automatica, non rispondere.</td></tr>
</table></body></html>
""", sub="html", cs="utf-8")),
    "other", "it",
    "Outgoing transfer the owner made to her accountant (debited to her account); the causale names the "
    "accountant's invoice 14/2026, not one of hers: no money in.")

# --- IT: a SEPA direct debit for the owner's internet bill
add(msg([
    "From: UniCredit <avvisi@unicredit.it>",
    "To: marco.bellandi@gmail.com",
    "Subject: UniCredit - Avviso di addebito SDD",
    "Date: " + date("2026-12-02 06:30:02", "+0100"),
    "Message-ID: <UC.NOTIF.20261202063002.558990114@unicredit.it>",
], text("""Gentile Cliente,

la informiamo che sul conto corrente n. ****7718 è stato eseguito il seguente
addebito diretto SEPA (SDD):

  Creditore .........: FASTWEB SPA
  ID creditore ......: IT120010000012878470968
  Riferimento mandato: FW-0098812234
  Importo ...........: EUR 32,95
  Descrizione .......: FATTURA N. M026117742 PERIODO 11/2026
  Data addebito .....: 02.12.2026

In caso di addebito non autorizzato può chiederne il rimborso entro i termini
previsti dal regolamento SEPA.

Cordiali saluti
UniCredit S.p.A.
""", cs="iso-8859-1")),
    "other", "it",
    "Direct debit taken from the owner's account for his own internet bill (the 'fattura' is Fastweb's): money out.")

# --- IT: PayPal refund the owner sent to a customer
add(msg([
    "From: \"service@paypal.it\" <service@paypal.it>",
    "To: Davide Russo <info@daviderusso.photo>",
    "Subject: " + ew("Hai emesso un rimborso di 120,00 € EUR a Francesca Neri"),
    "Date: " + date("2027-01-27 02:44:15", "-0800", "(PST)"),
    "Message-ID: <9e1b3f47-2a6c-4d58-b0e9-13c7a5d2f840@phx-mailsvc-0193.paypal.com>",
], multi("alternative", [
    text("""Ciao Davide Russo,

Hai emesso un rimborso di 120,00 € EUR a Francesca Neri.

Motivo del rimborso: "caparra shooting annullato per maltempo"

ID transazione del rimborso: 3KP90812RT4470218
ID transazione originale: 6GH22019LM3301847
Data: 27 gennaio 2027

L'importo è stato addebitato sul tuo conto PayPal. La commissione della
transazione originale non viene restituita.

PayPal (Europe) S.à r.l. et Cie, S.C.A.
""", cs="utf-8"),
    text("""<html><body style="font-family:Helvetica,Arial,sans-serif"><table width="600" align="center"><tr><td style="padding:28px">
<p style="font-size:22px">Hai emesso un rimborso di 120,00&nbsp;€&nbsp;EUR</p>
<p>Destinatario: Francesca Neri</p>
<p style="background:#f1f1f1;padding:12px">Motivo del rimborso: "caparra shooting annullato per maltempo"</p>
<p>ID transazione del rimborso: 3KP90812RT4470218<br>Data: 27 gennaio 2027</p>
<p>L'importo è stato addebitato sul tuo conto PayPal.</p>
</td></tr></table></body></html>
""", sub="html", cs="utf-8"),
], "--==_mimepart_1a2b3c4d5e6f7_90ab")),
    "other", "it",
    "PayPal refund the owner issued to a customer (a returned deposit): money out, not in.")

# --- IT: Stripe payout to the owner's own bank account
add(msg([
    "From: Stripe <notifications@stripe.com>",
    "To: marco.bellandi@gmail.com",
    "Subject: " + ew("Il tuo bonifico di 1.830,40 € è in arrivo"),
    "Date: " + date("2026-12-17 03:12:55", "+0000"),
    "Message-ID: <stripe-notif-po_1QmZ4cHq2LmN8pRt.20261217031255@stripe.com>",
], text("""Bellandi Web

Il bonifico è in arrivo sul tuo conto bancario

Importo:              1.830,40 €
Data di arrivo stimata: 18 dic 2026
Conto bancario:       UNICREDIT •••• 7718
ID bonifico:          po_1QmZ4cHq2LmN8pRt

Questo bonifico include 3 pagamenti e 1 rimborso elaborati tra il 9 e il
15 dicembre. Visualizza il riepilogo: https://dashboard.stripe.com/payouts/po_1QmZ4cHq2LmN8pRt

Stripe Payments Europe, Ltd.
""", cs="utf-8")),
    "other", "it",
    "Stripe payout: the owner's own Stripe balance moving to his bank; the client payments behind it were notified "
    "separately, so this is not a new payment.")

# --- IT: one of the owner's own transfers came back (account closed): a credit that is not a payment
add(msg([
    "From: FinecoBank <comunicazioni@finecobank.com>",
    "To: elena@sartoriconsulenze.it",
    "Subject: Bonifico stornato - riaccredito sul conto",
    "Date: " + date("2027-02-12 09:40:18", "+0100"),
    "Message-ID: <0102019c41d7a2f0-77e1c3a9-0b5d-4f8e-9a2c-3d4e5f6a7b8c-000000@eu-west-1.amazonses.com>",
], text("""Ciao Elena,

il bonifico che hai disposto il 09/02/2027 non è andato a buon fine ed è stato
restituito dalla banca del beneficiario.

Beneficiario: HOTEL BELVEDERE DI ZANELLA ANNA
Importo: 310,00 EUR
Causale originale: SALDO SOGGIORNO CONVEGNO ROVERETO
Motivo dello storno: AC04 - conto estinto

L'importo di 310,00 EUR è stato riaccreditato sul tuo conto con valuta
12/02/2027. Verifica le coordinate del beneficiario prima di disporre
nuovamente il pagamento.

Il Team Fineco
""", cs="utf-8", cte="base64")),
    "other", "it",
    "A transfer the owner made was returned (beneficiary account closed) and re-credited: money coming back is her "
    "own, not a client's payment.")

# --- IT: a request for money to the owner
add(msg([
    "From: \"service@paypal.it\" <service@paypal.it>",
    "To: chiara@studiolodi.it",
    "Subject: " + ew("Mario Gatti ti ha inviato una richiesta di pagamento di 45,00 € EUR"),
    "Date: " + date("2027-03-08 20:11:42", "-0800", "(PST)"),
    "Message-ID: <4c7d9e02-61b3-4fa8-8e2d-b09a3f17c5e6@phx-mailsvc-0388.paypal.com>",
], multi("alternative", [
    text("""Ciao Chiara Lodi,

Mario Gatti ti ha inviato una richiesta di pagamento di 45,00 € EUR.

Nota di Mario Gatti: "quota cena traduttori 5 marzo, grazie!"

Paga ora: https://www.paypal.com/myaccount/transfer/requests

Se non conosci Mario Gatti, non pagare e segnalalo a PayPal.
""", cs="utf-8"),
    text("""<html><body style="font-family:Helvetica,Arial,sans-serif"><table width="600" align="center"><tr><td style="padding:28px">
<p style="font-size:22px">Mario Gatti ti ha inviato una richiesta di pagamento</p>
<p style="font-size:30px">45,00&nbsp;€&nbsp;EUR</p>
<p style="background:#f1f1f1;padding:12px">"quota cena traduttori 5 marzo, grazie!"</p>
<p><a href="https://www.paypal.com/myaccount/transfer/requests" style="background:#0070e0;color:#fff;padding:10px 24px;border-radius:20px;text-decoration:none">Paga ora</a></p>
</td></tr></table></body></html>
""", sub="html", cs="utf-8"),
], "--==_mimepart_2b3c4d5e6f708_1bcd")),
    "other", "it",
    "A PayPal request for money addressed to the owner (she is asked to pay 45 €): nothing came in.")

# --- ES: Confirming order: the client's bank will pay on a due date (scheduled, not received)
add(msg([
    "From: Santander Confirming <confirming@gruposantander.es>",
    "To: laura@lmtraducciones.es",
    "Subject: Nueva orden de pago Confirming a su favor",
    "Date: " + date("2027-01-18 07:15:03", "+0100"),
    "Message-ID: <CONF.OP.20270118071503.1882044@gruposantander.es>",
], text("""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Estimado proveedor:</p>
<p>Su cliente <b>GRUPO IBERIA SOL HOTELES, S.L.</b> ha emitido, a través del servicio Santander Confirming, la siguiente orden de pago a su favor:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr style="background:#f0f0f0"><th>Factura</th><th>Importe</th><th>Fecha de vencimiento</th></tr>
<tr><td>F-2026-0083</td><td align="right">2.904,00 EUR</td><td>28/02/2027</td></tr>
</table>
<p>En la fecha de vencimiento el importe se abonará en la cuenta que tiene registrada. Si lo desea, puede <b>anticipar el cobro</b> desde hoy en www.santanderconfirming.es con un coste financiero de 0,31%.</p>
<p>Un saludo,<br>Santander Confirming</p>
</body></html>
""", sub="html", cs="iso-8859-1", csname="ISO-8859-1")),
    "other", "es",
    "Confirming notice: a payment of invoice F-2026-0083 is scheduled for 28/02/2027 (or can be advanced at a cost); "
    "nothing has come in yet and it is a bank's notice, not the client promising.")

# --- ES: a Bizum the owner sent
add(msg([
    "From: Bizum <no-reply@bizum.es>",
    "To: javier.ortega.dev@gmail.com",
    "Subject: Has enviado un Bizum",
    "Date: " + date("2026-11-21 23:48:10", "+0100"),
    "Message-ID: <bz.20261121234810.c44e19f2@bizum.es>",
], text("""Hola, Javier:

Has enviado un Bizum a Pablo R.

Importe: 25,00 €
Concepto: cena viernes 🍕
Fecha: 21/11/2026 23:48

El importe se ha cargado en tu cuenta.

Bizum
""", cs="utf-8", cte="8bit")),
    "other", "es",
    "Bizum sent by the owner to a friend: money out.")

# --- ES: autónomo social-security fee charged by direct debit
add(msg([
    "From: CaixaBank <notificaciones@caixabank.com>",
    "To: hola@nuriapuig.cat",
    "Subject: Aviso de cargo de recibo domiciliado",
    "Date: " + date("2027-01-30 08:02:45", "+0100"),
    "Message-ID: <CXB-AV-20270130080245-118392@caixabank.com>",
], text("""Estimada cliente:

Le informamos de que se ha cargado en su cuenta ES** **** **** **** **** 7702
el siguiente recibo domiciliado:

   Emisor:       TESORERIA GENERAL SEGURIDAD SOCIAL
   Concepto:     CUOTA RETA 01/2027
   Importe:      294,00 EUR
   Fecha cargo:  30/01/2027

Si no reconoce este cargo, puede solicitar su devolución en CaixaBankNow
dentro del plazo legal.

Atentamente,
CaixaBank, S.A.
""", cs="iso-8859-1", csname="ISO-8859-1")),
    "other", "es",
    "Direct debit of the owner's self-employed social security fee (cuota RETA): money out.")

# --- ES: a refund the owner made through Stripe
add(msg([
    "From: Stripe <notifications@stripe.com>",
    "To: javier.ortega.dev@gmail.com",
    "Subject: " + ew("Reembolso de 89,00 € a Carmen Ruiz procesado"),
    "Date: " + date("2027-02-22 17:36:28", "+0000"),
    "Message-ID: <stripe-notif-re_1RfA7mHq2LmN8aZy.20270222173628@stripe.com>",
], text("""Javier Ortega - Desarrollo web

Reembolso procesado

Has reembolsado 89,00 € a Carmen Ruiz (carmenruiz.yoga@gmail.com).

Pago original: 89,00 € · 14 feb 2027 · Mastercard •••• 5521
Motivo: solicitado por el cliente
El reembolso aparecerá en el extracto del cliente en 5-10 días.

Ver en el Dashboard: https://dashboard.stripe.com/payments/pi_3RfA1bHq2LmN8aZy0x1y2z3A
""", cs="utf-8")),
    "other", "es",
    "Stripe refund the owner gave a customer: money out.")

# --- ES (Mexico): SPEI sent by the owner; the concept mentions an invoice (the landlord's)
add(msg([
    "From: " + addr("BBVA México", "notificaciones@bbva.mx"),
    "To: sofia@herreradiseno.mx",
    "Subject: Comprobante de transferencia SPEI",
    "Date: " + date("2027-01-02 11:20:48", "-0600"),
    "Message-ID: <MX.SPEI.OUT.20270102112048.30117@bbva.mx>",
], text("""Hola, SOFIA HERRERA:

Tu transferencia SPEI se realizó con éxito.

Cuenta de retiro: ****5528
Beneficiario: INMOBILIARIA COLONIA ROMA SA DE CV
Banco destino: SANTANDER
Importe: $9,500.00 MXN
Concepto: FACTURA 2026-14 RENTA ESTUDIO ENERO
Clave de rastreo: MBAN01002701020000441927
Fecha de operación: 02/01/2027 11:20:41

Conserva este comprobante. Puedes verificar el estado del pago en
www.banxico.org.mx/cep

BBVA México, S.A.
""", cs="utf-8")),
    "other", "es",
    "SPEI sent by the owner to her landlord; 'FACTURA 2026-14' is the landlord's invoice for the studio rent: money "
    "out.")

# --- ES: a card payment
add(msg([
    "From: BBVA <bbva@comunicaciones.bbva.es>",
    "To: laura@lmtraducciones.es",
    "Subject: Compra con tarjeta",
    "Date: " + date("2027-03-02 10:05:33", "+0100"),
    "Message-ID: <20270302090533.BBVA.NT.7019927441@comunicaciones.bbva.es>",
], text("""Hola, LAURA:

Has realizado una compra con tu tarjeta ·9012.

Comercio: ADOBE *CREATIVE CLOUD
Importe: 72,59 €
Fecha: 02/03/2027 10:05

Si no reconoces esta operación, bloquea la tarjeta desde la app BBVA.

Este es un correo automático, por favor no respondas.
""", cs="utf-8")),
    "other", "es",
    "Card purchase by the owner (a software subscription): money out.")

# --- EN: Stripe payout to the bank
add(msg([
    "From: Stripe <notifications@stripe.com>",
    "To: tom@whitakerwrites.co.uk",
    "Subject: " + ew("Your £1,512.40 payout is on the way"),
    "Date: " + date("2026-12-23 02:17:09", "+0000"),
    "Message-ID: <stripe-notif-po_1QoA2dLw3PxR6tYu.20261223021709@stripe.com>",
], multi("alternative", [
    text("""Whitaker Writes

Your payout is on the way

Amount:            £1,512.40
Estimated arrival: Dec 24, 2026
Bank account:      BARCLAYS BANK UK PLC •••• 2291
Payout ID:         po_1QoA2dLw3PxR6tYu

This payout includes 4 payments processed between Dec 15 and Dec 21.
""", cs="utf-8"),
    text("""<html><body style="background:#f6f9fc;font-family:-apple-system,Helvetica,Arial,sans-serif"><table width="560" align="center" style="background:#fff"><tr><td style="padding:32px 40px">
<p style="color:#525f7f">Whitaker Writes</p><p style="font-size:24px">Your payout is on the way</p>
<table width="100%"><tr><td>Amount</td><td align="right"><b>&pound;1,512.40</b></td></tr>
<tr><td>Estimated arrival</td><td align="right">Dec 24, 2026</td></tr>
<tr><td>Bank account</td><td align="right">BARCLAYS BANK UK PLC &bull;&bull;&bull;&bull; 2291</td></tr></table>
<p style="color:#8898aa">This payout includes 4 payments processed between Dec 15 and Dec 21.</p>
</td></tr></table></body></html>
""", sub="html", cs="utf-8"),
], "b1_d4e5f6a7b8c9")),
    "other", "en",
    "Stripe payout of the owner's own balance to his bank: a transfer between his accounts, not a client's payment.")

# --- EN: PayPal receipt for a subscription the owner paid
add(msg([
    "From: \"service@paypal.ie\" <service@paypal.ie>",
    "To: aoife@brennanillustration.ie",
    "Subject: Receipt for your payment to Adobe Systems Software Ireland Ltd",
    "Date: " + date("2026-11-28 07:59:20", "-0800", "(PST)"),
    "Message-ID: <7a0c1d2e-3f4a-4b5c-9d6e-7f8091a2b3c4@phx-mailsvc-0102.paypal.com>",
], multi("alternative", [
    text("""Hello Aoife Brennan,

You sent an automatic payment of €72.59 EUR to Adobe Systems Software Ireland Ltd.

Merchant: Adobe Systems Software Ireland Ltd
Description: Creative Cloud All Apps - monthly
Transaction ID: 1RT55830AB2210417
Funding source: Visa Debit x-4103

It may take a few moments for this transaction to appear in your account.
""", cs="utf-8"),
    text("""<html><body style="font-family:Helvetica,Arial,sans-serif"><table width="600" align="center"><tr><td style="padding:28px">
<p style="font-size:22px">You sent an automatic payment of &euro;72.59&nbsp;EUR to Adobe Systems Software Ireland Ltd</p>
<p>Description: Creative Cloud All Apps - monthly<br>Transaction ID: 1RT55830AB2210417<br>Funding source: Visa Debit x-4103</p>
</td></tr></table></body></html>
""", sub="html", cs="utf-8"),
], "--==_mimepart_3c4d5e6f70819_2cde")),
    "other", "en",
    "Receipt for a card/PayPal subscription payment the owner made: money out.")

# --- EN: notice of an upcoming Direct Debit on the owner
add(msg([
    "From: GoCardless <help@gocardless.com>",
    "To: priya@nairconsulting.co.uk",
    "Subject: Xero (UK) Ltd will collect a Direct Debit payment from you",
    "Date: " + date("2027-02-24 08:30:02", "+0000"),
    "Message-ID: <20270224083002.ADV88K1ZT4@gocardless.com>",
], text("""Dear Priya Nair,

Xero (UK) Ltd will collect £33.00 from your bank account on or shortly after
3 March 2027 under your Direct Debit mandate.

Bank account: ******41 (Starling Bank)
Payment reference: XERO-UK-88201734
Description: Xero Standard subscription, March 2027

This payment is protected by the Direct Debit Guarantee.

GoCardless Ltd collects Direct Debits on behalf of Xero (UK) Ltd.
""", cs="utf-8")),
    "other", "en",
    "Advance notice of a Direct Debit to be taken from the owner for a software subscription: money out, in the future.")

# --- EN: a client's payment to the owner was returned to the client (name mismatch): nothing arrived
add(msg([
    "From: Revolut Business <no-reply@revolut.com>",
    "To: aoife@brennanillustration.ie",
    "Subject: Incoming transfer returned to sender",
    "Date: " + date("2027-03-10 13:04:45", "+0000"),
    "Message-ID: <rvlt.biz.ret.0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9@revolut.com>",
], text("""Hi Aoife,

We couldn't accept a transfer into your account, so it has been returned to
the sender.

From: TALLAGHT CREATIVE HUB CLG
Amount: €780.00
Reference: AB-2026-036
Reason: the beneficiary name on the payment did not match your account name

You don't need to do anything on Revolut. If you were expecting this money,
ask the sender to check your account details and send it again.

Revolut Bank UAB
""", cs="utf-8")),
    "other", "en",
    "A client's transfer for AB-2026-036 was rejected and returned to the client: no money came in, despite the "
    "amount and the invoice reference in the notice.")

# --- EN: a request for money addressed to the owner
add(msg([
    "From: Venmo <venmo@venmo.com>",
    "To: dana@kowalski.dev",
    "Subject: Jake Morris requests $40.00",
    "Date: " + date("2026-11-08 20:52:17", "-0800"),
    "Message-ID: <0100019a6b2e3f40-5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f-000000@email.amazonses.com>",
], text("""Jake Morris requests $40.00

"fantasy league dues 🏈"

Pay or decline in the Venmo app.

Venmo is a service of PayPal, Inc., a licensed provider of money transfer services.
""", cs="utf-8")),
    "other", "en",
    "Venmo request for money addressed to the owner (she is asked to pay): nothing came in.")

# --- EN: an AP portal says a payment has been scheduled (not yet made)
add(msg([
    "From: BILL <noreply@hq.bill.com>",
    "To: dana@kowalski.dev",
    "Subject: Pinecrest Health scheduled a payment to you",
    "Date: " + date("2027-02-03 09:12:40", "-0800"),
    "Message-ID: <bill.ep.sched.8812045.1801933960@hq.bill.com>",
], multi("alternative", [
    text("""Pinecrest Health has scheduled a payment to Kowalski Dev LLC.

Amount: $3,250.00
Invoice: 1051
Process date: 02/10/2027
Estimated arrival: 02/12/2027
Payment method: ACH (ePayment)

You'll receive another email when the payment is sent.

Questions about this payment? Contact Pinecrest Health at ap@pinecresthealth.org.
""", cs="utf-8"),
    text("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>Pinecrest Health</b> has scheduled a payment to Kowalski Dev LLC.</p>
<table cellpadding="6" style="border:1px solid #ddd">
<tr><td>Amount</td><td><b>$3,250.00</b></td></tr>
<tr><td>Invoice</td><td>1051</td></tr>
<tr><td>Process date</td><td>02/10/2027</td></tr>
<tr><td>Estimated arrival</td><td>02/12/2027</td></tr>
<tr><td>Payment method</td><td>ACH (ePayment)</td></tr></table>
<p>You'll receive another email when the payment is sent.</p>
</body></html>
""", sub="html", cs="utf-8"),
    ], "bill_alt_4f5e6d7c")),
    "other", "en",
    "AP platform: a payment of invoice 1051 is only scheduled (process date 10 Feb); no money yet, and it is the "
    "platform's notice rather than the client's promise.")

# --- EN: a pending eCheck on PayPal (not yet cleared)
add(msg([
    "From: \"service@paypal.com\" <service@paypal.com>",
    "To: Sam Okafor <sam@okaforaudio.com>",
    "Subject: " + ew("You've got a pending eCheck payment"),
    "Date: " + date("2027-03-15 12:40:05", "-0700", "(PDT)"),
    "Message-ID: <8b2c3d4e-5f60-4718-9a2b-c3d4e5f60718@phx-mailsvc-0277.paypal.com>",
], text("""Hello Sam Okafor,

Greg Hollis sent you an eCheck payment of $900.00 USD.

This payment is pending. eChecks usually take up to 6 business days to clear.
We'll send you an email when the payment has cleared and the money is
available. Don't ship anything or deliver any services until then.

Note from Greg Hollis: "season 2 trailer + eps 7-9"

Transaction ID: 4VY20581CC7719340
Status: Pending

PayPal, Inc.
""", cs="utf-8")),
    "other", "en",
    "PayPal eCheck still pending: PayPal says not to treat it as received until it clears; pending, not money in.")

# ==============================================================================================================
# CLIENTS forwarding a bank's message
# ==============================================================================================================

# --- IT: a shop owner forwards his bank's execution notice above the reminder (Outlook, no '>')
add(msg([
    "Return-Path: <ferramentapizzolato@libero.it>",
    "From: Ferramenta Pizzolato <ferramentapizzolato@libero.it>",
    "To: Giulia Ferrante <giulia@ferrantestudio.it>",
    "Subject: R: Fattura n. 2026/127 - Ferrante Studio",
    "Date: " + date("2027-01-08 09:31:55", "+0100"),
    "Message-ID: <000a01db61a8$4c2e1f30$e48a5d90$@libero.it>",
    "In-Reply-To: <173596380211.40211.7726541101928811345@ferrantestudio.it>",
    "References: <173290114402.40211.6621930017725518490@ferrantestudio.it> <173596380211.40211.7726541101928811345@ferrantestudio.it>",
    "X-Mailer: Microsoft Outlook 16.0",
    "Thread-Index: AQHbYaQb3f1Yk2pVZ0K9fWc3xH1kAw==",
    "Content-Language: it",
], text("""Buongiorno Giulia,
le giro la conferma della banca, il bonifico è partito stamattina. Scusi il ritardo ma con le feste in negozio non ci si sta dietro.

Saluti
Franco Pizzolato

Ferramenta Pizzolato snc
Via Roma 44 - 31044 Montebelluna (TV)
Tel. 0423 229108 - P.IVA 01884720264

-----Messaggio originale-----
Da: Banca di Cividale <notifiche@civibank.it>
Inviato: venerdì 8 gennaio 2027 09:12
A: ferramentapizzolato@libero.it
Oggetto: Esito disposizione bonifico

Gentile cliente,
la disposizione n. 0000182 del 08/01/2027 risulta ESEGUITA.

Beneficiario: FERRANTE GIULIA
IBAN beneficiario: IT** **** **** **** **** ***0 4471
Importo: 915,00 EUR
Causale: FATTURA 2026/127 FERRANTE
Data esecuzione: 08/01/2027

Banca di Cividale S.p.A.

-----Messaggio originale-----
Da: Giulia Ferrante <giulia@ferrantestudio.it>
Inviato: lunedì 4 gennaio 2027 08:30
A: ferramentapizzolato@libero.it
Oggetto: Re: Fattura n. 2026/127 - Ferrante Studio

Spett.le Ferramenta Pizzolato snc,

da un controllo la fattura n. 2026/127 di 915,00 €, scaduta il 15 dicembre 2026, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.

Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.

Per il pagamento:
- beneficiario: Giulia Ferrante
- IBAN: IT58 K030 6909 6061 0000 0104 471
- causale: Fattura 2026/127

Cordiali saluti,
Giulia Ferrante
""", cs="windows-1252")),
    "client-reply-paid", "it",
    "The client forwards his bank's 'ESEGUITA' execution notice and says the transfer left this morning: a paid "
    "claim; amount and invoice come from the forwarded bank notice he sends as proof, not from the quoted reminder.",
    amount="915.00", currency="EUR", reference="2026/127")

# --- ES: a clinic's admin sends the transfer receipt as a PDF (Gmail, '>' quote)
add(msg([
    "From: =?UTF-8?Q?Administraci=C3=B3n_Cl=C3=ADnica_Dental_Sonr=C3=ADe?= <administracion@clinicasonrie.es>",
    "To: Javier Ortega <javier.ortega.dev@gmail.com>",
    "Subject: Re: Factura 2026/052 - Javier Ortega",
    "Date: " + date("2027-01-14 10:47:20", "+0100"),
    "Message-ID: <CAGx7pQz3k1bN0vR8mYtLw2c4Jd5Ef6Gh7iJk8Lm9No0Pq@mail.gmail.com>",
    "In-Reply-To: <173675772021.5511.2093384471662518107@javierortega.dev>",
    "References: <CAHv2nT0y8m1Qa@mail.gmail.com> <173675772021.5511.2093384471662518107@javierortega.dev>",
], multi("mixed", [
    multi("alternative", [
        text("""Buenos días Javier,

Adjunto justificante de la transferencia realizada hoy por importe de 968,00 € correspondiente a la factura 2026/052. Disculpa el retraso, estuvimos con el cierre del trimestre y se nos quedó atrás.

Un saludo,

Pilar Sáez
Administración · Clínica Dental Sonríe
C/ Jaume I, 18 - 03201 Elche
965 43 21 09

El mié, 13 ene 2027 a las 9:02, Javier Ortega (<javier.ortega.dev@gmail.com>) escribió:

> Buenos días, Clínica Dental Sonríe:
>
> Revisando mis cuentas, veo que la factura n.º 2026/052 de 968,00 €, vencida el 31/12/2026, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.
>
> Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.
>
> Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.
>
> Un cordial saludo,
> Javier Ortega
""", cs="utf-8", csname="UTF-8", quote=False),
        text("""<div dir="ltr"><div>Buenos días Javier,</div><div><br></div><div>Adjunto justificante de la transferencia realizada hoy por importe de 968,00 € correspondiente a la factura 2026/052. Disculpa el retraso, estuvimos con el cierre del trimestre y se nos quedó atrás.</div><div><br></div><div>Un saludo,</div><div><br></div><div><b>Pilar Sáez</b><br>Administración · Clínica Dental Sonríe<br>C/ Jaume I, 18 - 03201 Elche<br>965 43 21 09</div></div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">El mié, 13 ene 2027 a las 9:02, Javier Ortega (&lt;<a href="mailto:javier.ortega.dev@gmail.com">javier.ortega.dev@gmail.com</a>&gt;) escribió:<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">Buenos días, Clínica Dental Sonríe:<br><br>Revisando mis cuentas, veo que la factura n.º 2026/052 de 968,00 €, vencida el 31/12/2026, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.<br><br>Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.<br><br>Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.<br><br>Un cordial saludo,<br>Javier Ortega</blockquote></div>
""", sub="html", cs="utf-8", csname="UTF-8", quote=False),
    ], "0000000000008e1f2a06139c4d11"),
    attach(pdf_bytes("Justificante transferencia SEPA"), "application/pdf", "Justificante_transferencia_2026-052.pdf"),
], "0000000000008e1f2c06139c4d13")),
    "client-reply-paid", "es",
    "The clinic's administrator attaches the transfer receipt and states the amount and invoice in her own words; "
    "the same figures in the quoted reminder are not the source.",
    amount="968.00", currency="EUR", reference="2026/052")

# --- EN: the client's payment bounced back; the client forwards the bank's message and asks for the details
add(msg([
    "From: Rachel Dunne <rachel.dunne@harlowmedia.co.uk>",
    "To: Tom Whitaker <tom@whitakerwrites.co.uk>",
    "Subject: RE: Invoice INV-0224 - Whitaker Writes",
    "Date: " + date("2027-03-01 11:19:02", "+0000"),
    "Message-ID: <LO2P265MB4471A9C3D2E1F0B8C7A6B5D4E3F2A1B0@LO2P265MB4471.GBRP265.PROD.OUTLOOK.COM>",
    "In-Reply-To: <174046200017.88120.5521903318842201133@whitakerwrites.co.uk>",
    "References: <174046200017.88120.5521903318842201133@whitakerwrites.co.uk>",
    "Thread-Topic: Invoice INV-0224 - Whitaker Writes",
    "Thread-Index: AQHbirT0kS2c1m9WQ0u3Yp4n8c7VfA==",
    "Content-Language: en-GB",
    "X-MS-Has-Attach:",
], multi("alternative", [
    text("""Hi Tom,

Your invoice went out in our payment run on Friday but the payment has bounced straight back to us - see the bank's message below. Could you double-check the sort code and account number? What we have on file is 20-45-77 / 43182291, which I think may be an old account?

Thanks,
Rachel

Rachel Dunne | Finance Assistant
Harlow Media Ltd | 3rd Floor, 19 Tib Street, Manchester M4 1LS
T: 0161 832 4470

From: Lloyds Bank Commercial <no-reply@commercial.lloydsbank.co.uk>
Sent: 01 March 2027 08:02
To: Finance <finance@harlowmedia.co.uk>
Subject: Payment returned - ref INV-0224

A Faster Payment you made has been returned by the beneficiary's bank.

Beneficiary: T WHITAKER
Amount: £1,450.00
Reference: INV-0224
Reason: Beneficiary account number invalid

The funds have been credited back to your account ending 8810.

From: Tom Whitaker <tom@whitakerwrites.co.uk>
Sent: 22 February 2027 09:00
To: Rachel Dunne <rachel.dunne@harlowmedia.co.uk>
Subject: Invoice INV-0224 - Whitaker Writes

Dear Harlow Media Ltd,

According to my records, invoice INV-0224 for £1,450.00, due on 20 February 2027, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.

If you have already paid, thank you - please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.

Payment details are on the invoice, in the original message of this conversation.

Kind regards,
Tom Whitaker
""", cs="windows-1252", csname="Windows-1252"),
    text("""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head>
<meta http-equiv="Content-Type" content="text/html; charset=us-ascii"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>
<body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Hi Tom,</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Your invoice went out in our payment run on Friday but the payment has bounced straight back to us - see the bank's message below. Could you double-check the sort code and account number? What we have on file is 20-45-77 / 43182291, which I think may be an old account?</p>
<p class="MsoNormal">&nbsp;</p><p class="MsoNormal">Thanks,</p><p class="MsoNormal">Rachel</p><p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal"><b>Rachel Dunne</b> | Finance Assistant<br>Harlow Media Ltd | 3rd Floor, 19 Tib Street, Manchester M4 1LS<br>T: 0161 832 4470</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Lloyds Bank Commercial &lt;no-reply@commercial.lloydsbank.co.uk&gt;<br><b>Sent:</b> 01 March 2027 08:02<br><b>To:</b> Finance &lt;finance@harlowmedia.co.uk&gt;<br><b>Subject:</b> Payment returned - ref INV-0224</p></div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">A Faster Payment you made has been returned by the beneficiary's bank.</p>
<p class="MsoNormal">Beneficiary: T WHITAKER<br>Amount: &pound;1,450.00<br>Reference: INV-0224<br>Reason: Beneficiary account number invalid</p>
<p class="MsoNormal">The funds have been credited back to your account ending 8810.</p>
<p class="MsoNormal">&nbsp;</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b>From:</b> Tom Whitaker &lt;tom@whitakerwrites.co.uk&gt;<br><b>Sent:</b> 22 February 2027 09:00<br><b>To:</b> Rachel Dunne &lt;rachel.dunne@harlowmedia.co.uk&gt;<br><b>Subject:</b> Invoice INV-0224 - Whitaker Writes</p></div>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Dear Harlow Media Ltd,</p>
<p class="MsoNormal">According to my records, invoice INV-0224 for &pound;1,450.00, due on 20 February 2027, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.</p>
<p class="MsoNormal">If you have already paid, thank you - please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.</p>
<p class="MsoNormal">Payment details are on the invoice, in the original message of this conversation.</p>
<p class="MsoNormal">Kind regards,<br>Tom Whitaker</p>
</div></body></html>
""", sub="html", cs="us-ascii"),
], "_000_LO2P265MB4471A9C3D2E1F0B8C7A6B5D4E3F2A1B0LO2P265MB4471GBRP_")),
    "client-reply-other", "en",
    "The client's payment was returned by the bank (invalid account number) and nothing has been sent again; she "
    "asks the owner to confirm his bank details, with no promise: not paid, not a promise.")

# ==============================================================================================================
# AUTO-REPLIES
# ==============================================================================================================

# --- IT: RFC 3834 out of office, 'fino al 6 gennaio compreso'
add(msg([
    "Return-Path: <p.rinaldi@tipografiaalberti.it>",
    "From: Paola Rinaldi <p.rinaldi@tipografiaalberti.it>",
    "To: giulia@ferrantestudio.it",
    "Subject: Fuori ufficio: Re: Fattura n. 2026/135 - Ferrante Studio",
    "Date: " + date("2026-12-23 08:30:41", "+0100"),
    "Message-ID: <zimbra.1187734.1766475041902.JavaMail@mail.tipografiaalberti.it>",
    "In-Reply-To: <176647500211.40211.1102938475610029384@ferrantestudio.it>",
    "References: <176647500211.40211.1102938475610029384@ferrantestudio.it>",
    "Auto-Submitted: auto-replied (vacation)",
    "Precedence: bulk",
    "X-Mailer: Zimbra 10.0.8_GA_0120 (zclient/10.0.8_GA_0120)",
], text("""Gentile mittente,

sarò assente dall'ufficio per la chiusura natalizia dal 23 dicembre fino al 6 gennaio 2027 compreso, senza accesso alla posta. Il messaggio non verrà inoltrato.

Per questioni amministrative urgenti può scrivere a contabilita@tipografiaalberti.it.
Risponderò al mio rientro.

Cordiali saluti
Paola Rinaldi
Ufficio Amministrazione - Tipografia Alberti S.r.l.
""", cs="utf-8")),
    "auto-reply", "it",
    "RFC 3834 out-of-office; absence 'fino al 6 gennaio 2027 compreso': following the brief's convention the return "
    "date is the day named (6 January), not the 7th.",
    return_date="2027-01-06")

# --- IT: Outlook automatic reply without RFC 3834 headers, weekday only
add(msg([
    "From: Andrea Paolini <andrea.paolini@studiopaolini.it>",
    "To: Marco Bellandi <marco.bellandi@gmail.com>",
    "Subject: Risposta automatica: Re: Fattura 52/2026 - manutenzione sito",
    "Thread-Topic: Fattura 52/2026 - manutenzione sito",
    "Thread-Index: AQHbPxkH7m1yqZb0zE2R1N0t8b8Xbw==",
    "Date: " + date("2026-11-25 10:14:33", "+0100"),
    "Message-ID: <AM9PR03MB7731C2D0E4F5A6B7C8D9E0F1A2B3C4D5@AM9PR03MB7731.eurprd03.prod.outlook.com>",
    "In-Reply-To: <CAB1xY2z3-Aa4Bb5Cc6Dd7Ee8Ff9Gg0@mail.gmail.com>",
    "References: <CAB1xY2z3-Aa4Bb5Cc6Dd7Ee8Ff9Gg0@mail.gmail.com>",
    "X-MS-Has-Attach:",
    "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Inbox-Rules-Loop: andrea.paolini@studiopaolini.it",
    "X-MS-TNEF-Correlator:",
    "Content-Language: it-IT",
], multi("alternative", [
    text("""Buongiorno,
sono in trasferta con accesso limitato alla posta, rientro in studio lunedì. Per appuntamenti e urgenze chiamare la segreteria allo 0532 764410.

Dott. Andrea Paolini
""", cs="windows-1252", csname="Windows-1252"),
    text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252"><style>p{margin:0;font-family:Calibri,sans-serif;font-size:11pt}</style></head>
<body dir="ltr"><div><p>Buongiorno,</p><p>sono in trasferta con accesso limitato alla posta, rientro in studio lunedì. Per appuntamenti e urgenze chiamare la segreteria allo 0532 764410.</p><p>&nbsp;</p><p>Dott. Andrea Paolini</p></div></body></html>
""", sub="html", cs="windows-1252", csname="Windows-1252"),
], "_000_AM9PR03MB7731C2D0E4F5A6B7C8D9E0F1A2B3C4D5AM9PR03MB7731eurp_")),
    "auto-reply", "it",
    "Exchange automatic reply with only X-Auto-Response-Suppress (no Auto-Submitted); 'rientro lunedì' sent on "
    "Wednesday 25 November 2026 means Monday 30 November.",
    return_date="2026-11-30")

# --- IT: mailbox no longer active
add(msg([
    "From: <info@otticamancini.it>",
    "To: marco.bellandi@gmail.com",
    "Subject: Re: Fattura n. 53/2026 - Bellandi Web",
    "Date: " + date("2026-12-10 15:02:07", "+0100"),
    "Message-ID: <autoreply.0aa1f2e3.1765375327@mail.otticamancini.it>",
    "In-Reply-To: <CAB1xY2zQwErTy77-Uu8Ii9Oo0Pp@mail.gmail.com>",
    "Auto-Submitted: auto-replied",
    "X-Autoreply: yes",
], text("""Questa casella di posta non è più attiva dal 1° dicembre 2026.

Il messaggio non è stato letto né inoltrato.
Per fatture, pagamenti e amministrazione scrivete a amministrazione@otticamancini.com
Per appuntamenti e ordini telefonate allo 0541 771203.

Ottica Mancini - Rimini
""", cs="iso-8859-1", cte="8bit")),
    "auto-reply", "it",
    "Automatic notice that the mailbox is closed, with a new address for invoices; no absence, so no return date.")

# --- IT: helpdesk ticket acknowledgement (Zendesk)
add(msg([
    "From: Servizio Fornitori Edilnord <fornitori@edilnord.zendesk.com>",
    "Reply-To: Servizio Fornitori Edilnord <fornitori+id48213@edilnord.zendesk.com>",
    "To: Chiara Lodi <chiara@studiolodi.it>",
    "Subject: [Edilnord] Richiesta ricevuta: Re: Fattura n. 2026-63 - Studio Lodi",
    "Date: " + date("2027-02-15 09:00:48", "+0100"),
    "Message-ID: <N7QKZ3V2E8_65b8a1c0d2e3f_4213b8_sprut@zendesk.com>",
    "In-Reply-To: <173960520144.7712.4410298833172650013@studiolodi.it>",
    "References: <173960520144.7712.4410298833172650013@studiolodi.it>",
    "Auto-Submitted: auto-generated",
    "X-Mailer: Zendesk Mailer",
    "X-Zendesk-From-Account-Id: 4a21c7d",
], multi("alternative", [
    text("""##- Scrivi la tua risposta sopra questa riga -##

Gentile Chiara Lodi,

la sua richiesta (n. 48213) è stata ricevuta ed è stata assegnata al team Contabilità Fornitori. Le risponderemo entro 5 giorni lavorativi.

Per aggiungere informazioni risponda a questa email senza modificare l'oggetto.

Servizio Fornitori Edilnord S.p.A.

--------------------------------
Chiara Lodi
15 feb 2027, 09:00 CET

Spett.le Edilnord S.p.A.,

un promemoria: la fattura n. 2026-63 di 1.098,00 € è scaduta il 31 gennaio 2027. Se il pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.

Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.

Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.

Per qualsiasi domanda basta rispondere a questa email.

Cordiali saluti,
Chiara Lodi

[N7QKZ3-V2E8]
""", cs="utf-8"),
    text("""<html><body style="font-family:'Lucida Grande',Verdana,Arial,sans-serif;font-size:14px;color:#2b2e2f">
<div style="color:#b5b5b5">##- Scrivi la tua risposta sopra questa riga -##</div>
<p>Gentile Chiara Lodi,</p>
<p>la sua richiesta (n. 48213) è stata ricevuta ed è stata assegnata al team Contabilità Fornitori. Le risponderemo entro 5 giorni lavorativi.</p>
<p>Per aggiungere informazioni risponda a questa email senza modificare l'oggetto.</p>
<p>Servizio Fornitori Edilnord S.p.A.</p>
<hr><p style="color:#555"><b>Chiara Lodi</b><br>15 feb 2027, 09:00 CET</p>
<p>Spett.le Edilnord S.p.A.,</p><p>un promemoria: la fattura n. 2026-63 di 1.098,00 € è scaduta il 31 gennaio 2027. Se il pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.</p>
<p>Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.</p>
<p>Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.</p>
<p>Per qualsiasi domanda basta rispondere a questa email.</p><p>Cordiali saluti,<br>Chiara Lodi</p>
<div style="color:#fff;font-size:1px">[N7QKZ3-V2E8]</div>
</body></html>
""", sub="html", cs="utf-8"),
], "--==_mimepart_65b8a1c0d4a7e_2f8c4213b8")),
    "auto-reply", "it",
    "Helpdesk ticket acknowledgement that repeats the owner's reminder below; the '5 giorni lavorativi' is a "
    "response time, not a return date nor a payment promise.")

# --- ES: Outlook automatic reply, 'hasta el lunes 11 de enero'
add(msg([
    "From: Carmen Villalobos <cvillalobos@gestoriaalmenara.es>",
    "To: Laura Martin <laura@lmtraducciones.es>",
    "Subject: " + ew("Respuesta automática: RE: Factura F-2026-0080", "windows-1252"),
    "Thread-Topic: Factura F-2026-0080",
    "Date: " + date("2026-12-30 12:05:17", "+0100"),
    "Message-ID: <DB8PR02MB5820E1D2C3B4A5968778695A4B3C2D1E@DB8PR02MB5820.eurprd02.prod.outlook.com>",
    "In-Reply-To: <176709240011.3391.8871022653104498210@lmtraducciones.es>",
    "References: <176709240011.3391.8871022653104498210@lmtraducciones.es>",
    "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Inbox-Rules-Loop: cvillalobos@gestoriaalmenara.es",
    "Content-Language: es-ES",
], multi("alternative", [
    text("""Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 11 de enero, sin acceso al correo. Para asuntos urgentes puede contactar con administracion@gestoriaalmenara.es o llamar al 968 21 40 55.

Un saludo,
Carmen Villalobos
Gestoría Almenara
""", cs="windows-1252", csname="Windows-1252"),
    text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=Windows-1252"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt"><p>Gracias por su mensaje.</p>
<p>Estaré fuera de la oficina hasta el <b>lunes 11 de enero</b>, sin acceso al correo. Para asuntos urgentes puede contactar con <a href="mailto:administracion@gestoriaalmenara.es">administracion@gestoriaalmenara.es</a> o llamar al 968 21 40 55.</p>
<p>Un saludo,<br>Carmen Villalobos<br>Gestoría Almenara</p></div></body></html>
""", sub="html", cs="windows-1252", csname="Windows-1252"),
], "_000_DB8PR02MB5820E1D2C3B4A5968778695A4B3C2D1EDB8PR02MB5820eurp_")),
    "auto-reply", "es",
    "Exchange out-of-office, no RFC 3834 header; 'hasta el lunes 11 de enero' (the next January after a 30 December "
    "Date): the day named, 2027-01-11.",
    return_date="2027-01-11")

# --- ES (Argentina): Gmail vacation responder, date in words, voseo and emoji
add(msg([
    "From: =?UTF-8?Q?Luc=C3=ADa_Fern=C3=A1ndez?= <lucia@estudiolf.com.ar>",
    "To: martin.acosta.ux@gmail.com",
    "Subject: " + ew("De vacaciones 🌊"),
    "Date: " + date("2027-01-28 16:22:09", "-0300"),
    "Message-ID: <CAKm4vR0vac-Ng8Hq2Zx5Lp1Tt7@mail.gmail.com>",
    "In-Reply-To: <CAJx9q0-factura91-Yy7Uu6Ii5@mail.gmail.com>",
    "References: <CAJx9q0-factura91-Yy7Uu6Ii5@mail.gmail.com>",
    "Auto-Submitted: auto-replied",
], multi("alternative", [
    text("""¡Hola! Estoy de vacaciones en la costa y vuelvo el lunes quince de febrero. Mientras tanto no leo mails (o casi 😅).

Si es algo urgente del estudio escribile a Romina: romina@estudiolf.com.ar

Abrazo,
Lucía
""", cs="utf-8", csname="UTF-8", quote=False),
    text("""<div dir="ltr">¡Hola! Estoy de vacaciones en la costa y vuelvo el lunes quince de febrero. Mientras tanto no leo mails (o casi 😅).<div><br></div><div>Si es algo urgente del estudio escribile a Romina: <a href="mailto:romina@estudiolf.com.ar">romina@estudiolf.com.ar</a></div><div><br></div><div>Abrazo,</div><div>Lucía</div></div>
""", sub="html", cs="utf-8", csname="UTF-8", quote=False),
], "000000000000d5a7b90612e4f0aa")),
    "auto-reply", "es",
    "Gmail vacation responder from an Argentine client; the return day is written in words, 'el lunes quince de "
    "febrero' = 2027-02-15 (a Monday).",
    return_date="2027-02-15")

# --- ES: maternity leave, month only
add(msg([
    "From: Irene Campos <icampos@editorialnorteysur.es>",
    "To: hola@nuriapuig.cat",
    "Subject: " + ew("Respuesta automática: Factura NP-26-024 - Nuria Puig", "windows-1252"),
    "Date: " + date("2026-11-19 17:40:02", "+0100"),
    "Message-ID: <PA4PR08MB7011F2E3D4C5B6A7980A1B2C3D4E5F60@PA4PR08MB7011.eurprd08.prod.outlook.com>",
    "In-Reply-To: <176357040022.9120.3318227405561092374@nuriapuig.cat>",
    "X-Auto-Response-Suppress: All",
    "Auto-Submitted: auto-generated",
    "Content-Language: es-ES",
], text("""Hola,

Me encuentro de baja por maternidad hasta el mes de marzo. Durante mi ausencia, las consultas de facturación y pagos a colaboradores las atiende Marcos Gil (mgil@editorialnorteysur.es).

Gracias y un saludo,
Irene Campos
Producción editorial | Editorial Norte y Sur
""", cs="windows-1252", csname="Windows-1252")),
    "auto-reply", "es",
    "Out-of-office for maternity leave 'hasta el mes de marzo': only a month, no day, so no return date.")

# --- ES (Mexico): AP department's ticket acknowledgement
add(msg([
    "From: " + addr("Cuentas por Pagar - Tostadores del Bajío", "cxp@tostadoresdelbajio.mx"),
    "To: sofia@herreradiseno.mx",
    "Subject: Acuse de recibo - Caso CXP-2027-00871 - RE: Factura A-118",
    "Date: " + date("2027-02-23 10:30:14", "-0600"),
    "Message-ID: <CXP-2027-00871.ack.1803205814@tostadoresdelbajio.mx>",
    "In-Reply-To: <177186060011.2281.6604918827733019245@herreradiseno.mx>",
    "Auto-Submitted: auto-generated",
    "Precedence: auto_reply",
], text("""Estimado proveedor:

Hemos recibido su correo y se generó el caso CXP-2027-00871. Nuestro equipo lo atenderá en un plazo máximo de 72 horas hábiles.

Le recordamos que los pagos a proveedores se programan los días viernes, una vez validado el CFDI en nuestro portal de proveedores, y que las aclaraciones deben incluir el folio fiscal (UUID) de la factura.

Este es un mensaje automático; por favor no responda a este correo.

Cuentas por Pagar
Café Tostadores del Bajío, S.A. de C.V.
""", cs="utf-8", cte="base64")),
    "auto-reply", "es",
    "Automatic case acknowledgement from the client's AP department; 'los pagos se programan los viernes' is general "
    "policy, not a promise for this invoice; no return date.")

# --- EN: Exchange automatic reply, 'back on Monday 4th January'
add(msg([
    "From: Sophie Grant <sophie.grant@harlowmedia.co.uk>",
    "To: Tom Whitaker <tom@whitakerwrites.co.uk>",
    "Subject: Automatic reply: Invoice INV-0222 - Whitaker Writes",
    "Thread-Topic: Invoice INV-0222 - Whitaker Writes",
    "Date: " + date("2026-12-21 09:00:52", "+0000"),
    "Message-ID: <LO4P265MB6023B1C2D3E4F5A6B7C8D9E0F1A2B3C4@LO4P265MB6023.GBRP265.PROD.OUTLOOK.COM>",
    "In-Reply-To: <176630760017.88120.4409183372650192811@whitakerwrites.co.uk>",
    "References: <176630760017.88120.4409183372650192811@whitakerwrites.co.uk>",
    "X-MS-Has-Attach:",
    "X-Auto-Response-Suppress: All",
    "X-MS-Exchange-Inbox-Rules-Loop: sophie.grant@harlowmedia.co.uk",
    "Content-Language: en-GB",
], multi("alternative", [
    text("""Thanks for your email. I'm out of the office over Christmas with limited access to email, back on Monday 4th January.

For anything urgent please contact accounts@harlowmedia.co.uk.

Sophie
""", cs="us-ascii", cte="7bit"),
    text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body><div style="font-family:Aptos,Calibri,sans-serif;font-size:12pt">Thanks for your email. I'm out of the office over Christmas with limited access to email, back on Monday 4th January.<br><br>For anything urgent please contact <a href="mailto:accounts@harlowmedia.co.uk">accounts@harlowmedia.co.uk</a>.<br><br>Sophie</div></body></html>
""", sub="html", cs="us-ascii", cte="quoted-printable"),
], "_000_LO4P265MB6023B1C2D3E4F5A6B7C8D9E0F1A2B3C4LO4P265MB6023GBRP_")),
    "auto-reply", "en",
    "Exchange out-of-office without RFC 3834 headers; 'back on Monday 4th January' sent 21 December 2026 = 2027-01-04.",
    return_date="2027-01-04")

# --- EN: mailbox no longer monitored (Mimecast)
add(msg([
    "From: <noreply@fenwickdaughters.co.uk>",
    "Reply-To: <payables@fenwick-group.co.uk>",
    "To: <tom@whitakerwrites.co.uk>",
    "Subject: =?UTF-8?Q?AutoResponse?= : Re: Invoice INV-0226 - Whitaker Writes",
    "Date: " + date("2027-01-20 14:41:09", "+0000"),
    "Message-ID: <000000000-1768920069@uk-mta-118.uk.mimecast.lan>",
    "Auto-Submitted: auto-replied",
    "X-Auto-Response-Suppress: OOF, AutoReply, DR, NDR, RN, NRN",
    "Precedence: bulk",
    "X-Mimecast-Originator: fenwickdaughters.co.uk",
], multi("alternative", [
    text("""Thank you for your email.

Please note that accounts@fenwickdaughters.co.uk is no longer monitored and your message has not been forwarded. Supplier invoices and statements should now be sent to invoices@fenwick-group.co.uk and payment queries to payables@fenwick-group.co.uk.

Fenwick & Daughters is now part of Fenwick Group Ltd.
""", cs="utf-8", csname="UTF-8", quote=False),
    text("""<html><head></head><body>Thank you for your email.<br><br>Please note that accounts@fenwickdaughters.co.uk is no longer monitored and your message has not been forwarded. Supplier invoices and statements should now be sent to <a href="mailto:invoices@fenwick-group.co.uk">invoices@fenwick-group.co.uk</a> and payment queries to <a href="mailto:payables@fenwick-group.co.uk">payables@fenwick-group.co.uk</a>.<br><br>Fenwick &amp; Daughters is now part of Fenwick Group Ltd.</body></html>
""", sub="html", cs="utf-8", csname="UTF-8", quote=False),
], "MCBoundary=_127012014410912345")),
    "auto-reply", "en",
    "Mimecast auto-response: the mailbox is no longer monitored, invoices go to a new address; no return date.")

# --- EN: Apple iCloud vacation reply, weekday only
add(msg([
    "Return-Path: <mark.olsen@icloud.com>",
    "From: mark.olsen@icloud.com",
    "To: Dana Kowalski <dana@kowalski.dev>",
    "Subject: Auto reply: Invoice 1055 - Kowalski Dev",
    "Date: " + date("2027-02-15 08:05:40", "-0800"),
    "Message-id: <4f2a9c1e-7b3d-4e58-a6c0-9d1e2f3a4b5c-vac@icloud.com>",
    "In-Reply-To: <177117150012.6620.1184402937165528840@kowalski.dev>",
    "References: <177117150012.6620.1184402937165528840@kowalski.dev>",
    "X-Apple-Criteria: {kind=VACATION,startDate=2027-02-13T08:00:00Z,endDate=2027-02-18T07:59:59Z}",
    "X-Apple-Action: VACATION",
    "X-Apple-UUID: 4f2a9c1e-7b3d-4e58-a6c0-9d1e2f3a4b5c",
], text("""Hi - I'm at a conference with spotty wifi. Back Thursday, I'll reply then.
-Mark
""", cs="utf-8", csname="UTF-8", quote=False, cte="7bit")),
    "auto-reply", "en",
    "iCloud vacation reply (X-Apple-Action, no Auto-Submitted); 'Back Thursday' sent Monday 15 February 2027 = "
    "Thursday 18 February.",
    return_date="2027-02-18")

# ==============================================================================================================
# BOUNCES
# ==============================================================================================================

# --- IT: Exchange Online NDR in Italian, multipart/report, 5.1.10 (permanent)
add(msg([
    "Return-Path: <>",
    "From: <postmaster@mobilificiobrenta.onmicrosoft.com>",
    "To: <giulia@ferrantestudio.it>",
    "Date: " + date("2026-11-04 08:31:12", "+0000"),
    "Subject: Non recapitabile: Re: Fattura n. 2026/112 - Ferrante Studio",
    "Message-ID: <5c1d7e2f-93a4-4b6c-8d0e-1f2a3b4c5d6e@VI1PR04MB6620.eurprd04.prod.outlook.com>",
    "In-Reply-To: <176224500011.40211.3382910477561028834@ferrantestudio.it>",
    "References: <176224500011.40211.3382910477561028834@ferrantestudio.it>",
    "Content-Language: it-IT",
    "X-MS-Exchange-Message-Is-Ndr:",
    "Auto-Submitted: auto-replied",
], multi("report", [
    multi("alternative", [
        text("""Il recapito non è riuscito per i seguenti destinatari o gruppi:

ufficio.acquisti@mobilificiobrenta.it<mailto:ufficio.acquisti@mobilificiobrenta.it>
Non è stato possibile trovare l'indirizzo di posta elettronica immesso. Verificare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare il supporto tecnico.




Informazioni di diagnostica per gli amministratori:

Server di generazione: VI1PR04MB6620.eurprd04.prod.outlook.com

ufficio.acquisti@mobilificiobrenta.it
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'

Intestazioni originali del messaggio:

Received: from mx.ferrantestudio.it (93.43.112.7) by
 VI1PR04MB6620.eurprd04.prod.outlook.com with Microsoft SMTP Server (version=TLS1_2,
 cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8207.17; Wed, 4 Nov 2026
 08:31:11 +0000
From: Giulia Ferrante <giulia@ferrantestudio.it>
To: ufficio.acquisti@mobilificiobrenta.it
Subject: Re: Fattura n. 2026/112 - Ferrante Studio
Date: Wed, 04 Nov 2026 09:30:00 +0100
Message-ID: <176224500011.40211.3382910477561028834@ferrantestudio.it>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""", cs="iso-8859-1"),
        text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
<p><b><font color="#000066" size="3" face="Arial">mobilificiobrenta.it</font></b></p>
<p><font size="4" face="Segoe UI">Il messaggio non è stato recapitato a ufficio.acquisti@mobilificiobrenta.it perché l'indirizzo non è stato trovato presso mobilificiobrenta.it.</font></p>
<p><font size="2" face="Segoe UI">Potrebbe essere scritto in modo errato o non esistere più. Provare a digitare di nuovo l'indirizzo e a inviare di nuovo il messaggio.</font></p>
<p><font size="2" face="Consolas">Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</font></p>
</body></html>
""", sub="html", cs="iso-8859-1"),
    ], "8f3c2a1b-4d5e-6f70-8192-a3b4c5d6e7f8", params=" differences=Content-Type;"),
    raw_part("message/delivery-status", """Reporting-MTA: dns;VI1PR04MB6620.eurprd04.prod.outlook.com
Received-From-MTA: dns;mx.ferrantestudio.it
Arrival-Date: Wed, 4 Nov 2026 08:31:11 +0000

Final-Recipient: rfc822;ufficio.acquisti@mobilificiobrenta.it
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
    raw_part("text/rfc822-headers", """Received: from mx.ferrantestudio.it (93.43.112.7) by
 VI1PR04MB6620.eurprd04.prod.outlook.com; Wed, 4 Nov 2026 08:31:11 +0000
From: Giulia Ferrante <giulia@ferrantestudio.it>
To: ufficio.acquisti@mobilificiobrenta.it
Subject: Re: Fattura n. 2026/112 - Ferrante Studio
Date: Wed, 04 Nov 2026 09:30:00 +0100
Message-ID: <176224500011.40211.3382910477561028834@ferrantestudio.it>
MIME-Version: 1.0
"""),
], "c0ffee00-2a1b-4c3d-9e8f-7a6b5c4d3e2f", params=" report-type=delivery-status;")),
    "bounce", "it",
    "Exchange Online NDR worded in Italian, DSN Status 5.1.10 (recipient not found): permanent.",
    failed_recipient="ufficio.acquisti@mobilificiobrenta.it", permanent=True)

# --- IT: delay warning (mailbox full, 4.2.2), Italian wording, original message attached
ORIG_IT_B2 = """Return-Path: <info@daviderusso.photo>
Received: from [192.168.1.34] (host-79-18-44-120.retail.telecomitalia.it [79.18.44.120])
	by smtp.register.it (Postfix) with ESMTPSA id 4V1kP92JxRz2c
	for <g.conti1984@libero.it>; Sat, 09 Jan 2027 10:00:04 +0100 (CET)
From: Davide Russo <info@daviderusso.photo>
To: Giorgia Conti <g.conti1984@libero.it>
Subject: Re: Fattura FT-2026-024 - album e stampe
Date: Sat, 09 Jan 2027 10:00:02 +0100
Message-ID: <176794920214.3002.5518829301746612093@daviderusso.photo>
In-Reply-To: <176545110033.3002.8812904471120098311@daviderusso.photo>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Gentile Giorgia Conti,

un breve promemoria: la fattura n. FT-2026-024 di 420,00 €, emessa il 12 dicembre 2026, è in scadenza il 12 gennaio 2027.

Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.

Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.

Per qualsiasi domanda basta rispondere a questa email.

Cordiali saluti,
Davide Russo
"""
add(msg([
    "Return-Path: <>",
    "From: " + addr("Sistema di posta Register.it", "MAILER-DAEMON@smtp.register.it"),
    "To: info@daviderusso.photo",
    "Subject: Avviso di ritardo nella consegna: Re: Fattura FT-2026-024 - album e stampe",
    "Date: " + date("2027-01-11 10:04:31", "+0100", "(CET)"),
    "Message-ID: <20270111090431.8E2F41A0044@smtp.register.it>",
    "Auto-Submitted: auto-replied",
], multi("report", [
    text("""QUESTO E' UN MESSAGGIO DI AVVISO: NON E' NECESSARIO REINVIARE IL MESSAGGIO.

Il messaggio inviato il 09/01/2027 alle 10:00 non è ancora stato consegnato
al seguente destinatario:

    g.conti1984@libero.it

Motivo: la casella del destinatario è piena (452 4.2.2 Mailbox over quota).

Il sistema continuerà a tentare la consegna per altri 3 giorni. Se il
messaggio non potrà essere consegnato entro tale termine riceverai un
ulteriore avviso e il messaggio ti verrà restituito.

Register.it - Servizio di posta elettronica
""", cs="utf-8", extra=["Content-Description: Notification"]),
    raw_part("message/delivery-status", """Reporting-MTA: dns; smtp.register.it
X-Postfix-Queue-ID: 4V1kP92JxRz2c
X-Postfix-Sender: rfc822; info@daviderusso.photo
Arrival-Date: Sat,  9 Jan 2027 10:00:04 +0100 (CET)

Final-Recipient: rfc822; g.conti1984@libero.it
Original-Recipient: rfc822;g.conti1984@libero.it
Action: delayed
Status: 4.2.2
Remote-MTA: dns; smtp-in.libero.it
Diagnostic-Code: smtp; 452 4.2.2 Mailbox over quota
Will-Retry-Until: Thu, 14 Jan 2027 10:00:04 +0100 (CET)
""", extra=["Content-Description: Delivery report"]),
    raw_part("message/rfc822", ORIG_IT_B2, extra=["Content-Description: Undelivered Message"]),
], "8E2F41A0044.1799658271/smtp.register.it", params=" report-type=delivery-status;",
   preamble="This is a MIME-encapsulated message.")),
    "bounce", "it",
    "Delay warning, not a final failure: mailbox over quota with Action delayed and Status 4.2.2, so temporary; the "
    "returned reminder mentions an amount that is not a payment.",
    failed_recipient="g.conti1984@libero.it", permanent=False)

# --- IT: plain-text bounce with X-Failed-Recipients, Italian wording, original inline
add(msg([
    "Return-Path: <>",
    "From: Mail Delivery System <mailer-daemon@smtp.sartoriconsulenze.it>",
    "To: elena@sartoriconsulenze.it",
    "Subject: Messaggio non recapitato: Re: Fattura n. 119 - consulenza GDPR",
    "Date: " + date("2027-02-08 11:15:50", "+0100"),
    "Message-ID: <E1tqZx3-0007Kp-9H@smtp.sartoriconsulenze.it>",
    "X-Failed-Recipients: segreteria@studiomarchettiarchitetti.it",
    "Auto-Submitted: auto-replied",
], text("""Questo messaggio è stato generato automaticamente dal sistema di posta.

Il messaggio che hai inviato non è stato recapitato a uno o più
destinatari. Si tratta di un errore permanente. Gli indirizzi che hanno
generato l'errore sono:

  segreteria@studiomarchettiarchitetti.it
    host mx1.studiomarchettiarchitetti.it [185.81.0.77]
    SMTP error from remote mail server after RCPT TO:<segreteria@studiomarchettiarchitetti.it>:
    550 5.1.1 <segreteria@studiomarchettiarchitetti.it>: Recipient address rejected: User unknown in virtual mailbox table

------ Segue una copia del messaggio, incluse tutte le intestazioni. ------

From: Elena Sartori <elena@sartoriconsulenze.it>
To: segreteria@studiomarchettiarchitetti.it
Subject: Re: Fattura n. 119 - consulenza GDPR
Date: Mon, 08 Feb 2027 11:15:44 +0100
Message-ID: <177054934411.1209.5542018830016672104@sartoriconsulenze.it>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Spett.le Studio Marchetti Architetti Associati,

da un controllo la fattura n. 119 di 610,00 €, scaduta il 31 gennaio 2027, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.

Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo.

Cordiali saluti,
Elena Sartori
""", cs="utf-8", cte="8bit")),
    "bounce", "it",
    "Exim-style plain-text bounce in Italian with X-Failed-Recipients and no DSN part; 550 5.1.1 user unknown: "
    "permanent.",
    failed_recipient="segreteria@studiomarchettiarchitetti.it", permanent=True)

# --- ES: Gmail DSN in Spanish, 5.1.1
add(msg([
    "Return-Path: <>",
    "Received: by 2002:a05:6a10:8c0a:b0:5c1:2d3e:4f50 with SMTP id z10csp1182044pxa;\n"
    "        Tue, 1 Dec 2026 02:14:07 -0800 (PST)",
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "To: javier.ortega.dev@gmail.com",
    "Auto-Submitted: auto-replied",
    "Subject: Delivery Status Notification (Failure)",
    "References: <176458044712.5511.1098273645019283746@javierortega.dev>",
    "In-Reply-To: <176458044712.5511.1098273645019283746@javierortega.dev>",
    "X-Failed-Recipients: administracion@reformaslledo.es",
    "Message-ID: <65f8a2b1.050a0220.3d1e2.9c41.GMR@mx.google.com>",
    "Date: " + date("2026-12-01 02:14:07", "-0800", "(PST)"),
], multi("report", [
    multi("related", [
        multi("alternative", [
            text("""
** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a administracion@reformaslledo.es porque no se ha encontrado la dirección o esta no puede recibir correo.

Más información en https://support.google.com/mail/?p=NoSuchUser

La respuesta fue:

The recipient server did not accept our requests to connect. 550 5.1.1 <administracion@reformaslledo.es>: Recipient address rejected: User unknown in virtual mailbox table
""", cs="utf-8", csname="UTF-8", quote=False),
            text("""<html><head></head><body>
<table cellpadding="0" cellspacing="0" style="padding-top:32px;background-color:#ffffff;width:100%"><tbody><tr><td style="padding-top:24px;vertical-align:top;font-family:'Google Sans',Roboto,Helvetica,Arial,sans-serif;font-size:24px;color:#202124">No se ha encontrado la dirección</td></tr>
<tr><td style="padding-top:20px;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:16px;color:#202124;line-height:24px">Tu mensaje no se ha entregado a <a style="color:#212121;text-decoration:none"><b>administracion@reformaslledo.es</b></a> porque no se ha encontrado la dirección o esta no puede recibir correo.</td></tr>
<tr><td style="padding-top:24px;font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#5f6368">La respuesta fue:<p style="font-family:monospace">550 5.1.1 &lt;administracion@reformaslledo.es&gt;: Recipient address rejected: User unknown in virtual mailbox table</p></td></tr>
</tbody></table></body></html>
""", sub="html", cs="utf-8", csname="UTF-8", quote=False),
        ], "000000000000f3a1b20612c7e5d9"),
        attach(PNG_BYTES, "image/png", "icon.png", disposition="inline",
               extra=["X-Attachment-Id: icon.png", "Content-ID: <icon.png>"]),
    ], "000000000000f3a1b10612c7e5d8"),
    raw_part("message/delivery-status", """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; javier.ortega.dev@gmail.com
Arrival-Date: Tue, 01 Dec 2026 02:14:05 -0800 (PST)
X-Original-Message-ID: <176458044712.5511.1098273645019283746@javierortega.dev>

Final-Recipient: rfc822; administracion@reformaslledo.es
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.reformaslledo.es. (212.227.15.41, the server for the domain reformaslledo.es.)
Diagnostic-Code: smtp; 550 5.1.1 <administracion@reformaslledo.es>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Tue, 01 Dec 2026 02:14:07 -0800 (PST)
"""),
    raw_part("text/rfc822-headers", """From: Javier Ortega <javier.ortega.dev@gmail.com>
Date: Tue, 1 Dec 2026 11:14:04 +0100
Message-ID: <176458044712.5511.1098273645019283746@javierortega.dev>
Subject: Re: Factura 2026/047 - Javier Ortega
To: administracion@reformaslledo.es
Content-Type: text/plain; charset="UTF-8"
"""),
], "000000000000f3a1a90612c7e5d7", params=" report-type=delivery-status;")),
    "bounce", "es",
    "Gmail DSN worded in Spanish ('No se ha encontrado la dirección'), Status 5.1.1: permanent.",
    failed_recipient="administracion@reformaslledo.es", permanent=True)

# --- ES: Exchange Online NDR in Spanish: a distribution group that only takes internal senders (5.7.133)
ORIG_ES_B2 = """Received: from mail.nuriapuig.cat (185.44.66.20) by AM0PR02MB5171.eurprd02.prod.outlook.com
 with Microsoft SMTP Server id 15.20.8422.12; Thu, 4 Feb 2027 09:00:22 +0000
From: Nuria Puig <hola@nuriapuig.cat>
To: comptabilitat@estudigraficvalles.cat
Subject: RE: Factura NP-26-027 - Nuria Puig
Date: Thu, 04 Feb 2027 10:00:18 +0100
Message-ID: <177019561812.8812.3309128847162254401@nuriapuig.cat>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Estimados señores:

Un breve recordatorio: la factura n.º NP-26-027 de 850,00 €, emitida el 05/01/2027, vence el 05/02/2027.

Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.

Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.

Para cualquier duda, basta con responder a este correo.

Un cordial saludo,
Nuria Puig
"""
add(msg([
    "From: <postmaster@estudigraficvalles.onmicrosoft.com>",
    "To: <hola@nuriapuig.cat>",
    "Date: " + date("2027-02-04 09:00:24", "+0000"),
    "Subject: No se puede entregar: RE: Factura NP-26-027 - Nuria Puig",
    "Message-ID: <9a8b7c6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d@AM0PR02MB5171.eurprd02.prod.outlook.com>",
    "In-Reply-To: <177019561812.8812.3309128847162254401@nuriapuig.cat>",
    "References: <177019561812.8812.3309128847162254401@nuriapuig.cat>",
    "Content-Language: es-ES",
    "X-MS-Exchange-Message-Is-Ndr:",
    "Auto-Submitted: auto-replied",
], multi("report", [
    multi("alternative", [
        text("""No se pudo entregar a estos destinatarios o grupos:

comptabilitat@estudigraficvalles.cat
El grupo comptabilitat solo acepta mensajes de personas de su organización o de remitentes autorizados, y el remitente no está autorizado para enviar a este grupo.

Para obtener más información, vea DSN 5.7.133 en Exchange Online y Office 365.

Información de diagnóstico para administradores:

Servidor de generación: AM0PR02MB5171.eurprd02.prod.outlook.com

comptabilitat@estudigraficvalles.cat
Remote Server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated'
""", cs="utf-8"),
        text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:17pt;color:#000000">Su mensaje a <span style="color:#0072C6">comptabilitat@estudigraficvalles.cat</span> no se pudo entregar.</p>
<p style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:11pt">El grupo comptabilitat solo acepta mensajes de personas de su organización o de remitentes autorizados, y el remitente no está autorizado para enviar a este grupo.</p>
<p style="font-family:Consolas,monospace;font-size:9pt">Remote Server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated'</p>
</body></html>
""", sub="html", cs="utf-8"),
    ], "b7c6d5e4-f3a2-4b1c-8d9e-0f1a2b3c4d5e", params=" differences=Content-Type;"),
    raw_part("message/delivery-status", """Reporting-MTA: dns;AM0PR02MB5171.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail.nuriapuig.cat
Arrival-Date: Thu, 4 Feb 2027 09:00:22 +0000

Final-Recipient: rfc822;comptabilitat@estudigraficvalles.cat
Action: failed
Status: 5.7.133
Diagnostic-Code: smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated
"""),
    raw_part("message/rfc822", ORIG_ES_B2),
], "4d5e6f70-8192-4a3b-9c0d-e1f2a3b4c5d6", params=" report-type=delivery-status;")),
    "bounce", "es",
    "Exchange Online NDR in Spanish: the group only accepts internal senders (5.7.133): permanent, although the "
    "address exists.",
    failed_recipient="comptabilitat@estudigraficvalles.cat", permanent=True)

# --- ES: Google Workspace delay notice in Spanish (4.4.1), temporary
add(msg([
    "Return-Path: <>",
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "To: camila@restrepocontenidos.co",
    "Auto-Submitted: auto-replied",
    "Subject: Delivery Status Notification (Delay)",
    "In-Reply-To: <CAPm1Rr7e-pagos-montoya-Qq2Ww3@mail.gmail.com>",
    "References: <CAPm1Rr7e-pagos-montoya-Qq2Ww3@mail.gmail.com>",
    "Message-ID: <66c2d1e0.170a0220.2b7c1.5ad3.GMRIR@mx.google.com>",
    "Date: " + date("2027-03-12 07:41:19", "-0800", "(PST)"),
], multi("report", [
    multi("alternative", [
        text("""
** Problema temporal al entregar el mensaje **

Tu mensaje no se ha entregado todavía a pagos@inversionesmontoya.co debido a un problema temporal. Seguiremos intentándolo durante 46 horas más. Te informaremos si no podemos entregarlo.

La respuesta del servidor remoto fue:

421 4.4.1 mx.inversionesmontoya.co: Connection timed out
""", cs="utf-8", csname="UTF-8", quote=False),
        text("""<html><head></head><body><table style="width:100%"><tr><td style="font-family:'Google Sans',Roboto,Arial,sans-serif;font-size:24px;color:#202124">Problema temporal al entregar el mensaje</td></tr>
<tr><td style="padding-top:20px;font-family:Roboto,Arial,sans-serif;font-size:16px;color:#202124">Tu mensaje no se ha entregado todavía a <b>pagos@inversionesmontoya.co</b> debido a un problema temporal. Seguiremos intentándolo durante 46 horas más. Te informaremos si no podemos entregarlo.</td></tr>
<tr><td style="padding-top:24px;font-family:Roboto,Arial,sans-serif;font-size:14px;color:#5f6368">La respuesta del servidor remoto fue:<p style="font-family:monospace">421 4.4.1 mx.inversionesmontoya.co: Connection timed out</p></td></tr></table></body></html>
""", sub="html", cs="utf-8", csname="UTF-8", quote=False),
    ], "0000000000004d3c2b0612f6a1c8"),
    raw_part("message/delivery-status", """Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 10 Mar 2027 07:40:52 -0800 (PST)
X-Original-Message-ID: <CAPm1Rr7e-pagos-montoya-Qq2Ww3@mail.gmail.com>

Final-Recipient: rfc822; pagos@inversionesmontoya.co
Action: delayed
Status: 4.4.1
Diagnostic-Code: smtp; 421 4.4.1 mx.inversionesmontoya.co: Connection timed out
Last-Attempt-Date: Fri, 12 Mar 2027 07:41:19 -0800 (PST)
Will-Retry-Until: Sun, 14 Mar 2027 07:40:52 -0700 (PDT)
"""),
    raw_part("text/rfc822-headers", """From: Camila Restrepo <camila@restrepocontenidos.co>
Date: Wed, 10 Mar 2027 10:40:49 -0500
Message-ID: <CAPm1Rr7e-pagos-montoya-Qq2Ww3@mail.gmail.com>
Subject: Re: Factura FE 240 - Restrepo Contenidos
To: pagos@inversionesmontoya.co
Content-Type: multipart/alternative; boundary="0000000000002a1b3c0612f4e9b7"
"""),
], "0000000000004d3c1a0612f6a1c7", params=" report-type=delivery-status;")),
    "bounce", "es",
    "Google delay notice in Spanish ('Problema temporal'), Action delayed, Status 4.4.1: temporary.",
    failed_recipient="pagos@inversionesmontoya.co", permanent=False)

# --- EN: Postfix DSN, 5.1.1, original attached
ORIG_EN_B1 = """Return-Path: <tom@whitakerwrites.co.uk>
Received: from laptop.local (cpc112233-live12-2-0-cust441.7-2.cable.virginm.net [86.1.44.91])
	by mail.whitakerwrites.co.uk (Postfix) with ESMTPSA id 4WbC1m0TQdz9sXk
	for <accounts@kettleandcrumb.co.uk>; Thu, 18 Mar 2027 09:00:03 +0000 (GMT)
From: Tom Whitaker <tom@whitakerwrites.co.uk>
To: accounts@kettleandcrumb.co.uk
Subject: Re: Invoice INV-0218 - Whitaker Writes
Date: Thu, 18 Mar 2027 09:00:01 +0000
Message-ID: <177382440118.88120.2291004877165302214@whitakerwrites.co.uk>
In-Reply-To: <177003240005.88120.5521093381726650019@whitakerwrites.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Kettle & Crumb Ltd,

According to my records, invoice INV-0218 for £1,260.00, due on 1 March 2027, has not yet been paid in full. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.

If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.

Payment details are on the invoice, in the original message of this conversation.

Kind regards,
Tom Whitaker
"""
add(msg([
    "Return-Path: <>",
    "Date: " + date("2027-03-18 09:00:09", "+0000", "(GMT)"),
    "From: MAILER-DAEMON@mail.whitakerwrites.co.uk (Mail Delivery System)",
    "Subject: Undelivered Mail Returned to Sender",
    "To: tom@whitakerwrites.co.uk",
    "Auto-Submitted: auto-replied",
    "Message-Id: <20270318090009.7F1C02A0311@mail.whitakerwrites.co.uk>",
], multi("report", [
    text("""This is the mail system at host mail.whitakerwrites.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@kettleandcrumb.co.uk>: host mx.kettleandcrumb.co.uk[198.51.100.23] said:
    550 5.1.1 <accounts@kettleandcrumb.co.uk>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""", cs="us-ascii", cte="7bit", quote=False, extra=["Content-Description: Notification"]),
    raw_part("message/delivery-status", """Reporting-MTA: dns; mail.whitakerwrites.co.uk
X-Postfix-Queue-ID: 4WbC1m0TQdz9sXk
X-Postfix-Sender: rfc822; tom@whitakerwrites.co.uk
Arrival-Date: Thu, 18 Mar 2027 09:00:03 +0000 (GMT)

Final-Recipient: rfc822; accounts@kettleandcrumb.co.uk
Original-Recipient: rfc822;accounts@kettleandcrumb.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.kettleandcrumb.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <accounts@kettleandcrumb.co.uk>: Recipient
    address rejected: User unknown in virtual mailbox table
""", extra=["Content-Description: Delivery report"]),
    raw_part("message/rfc822", ORIG_EN_B1, extra=["Content-Description: Undelivered Message"]),
], "7F1C02A0311.1805274009/mail.whitakerwrites.co.uk", params=" report-type=delivery-status;",
   preamble="This is a MIME-encapsulated message.")),
    "bounce", "en",
    "Postfix DSN, 550 5.1.1 user unknown: permanent; the returned reminder speaks of INV-0218 and an amount, which "
    "are not payment facts.",
    failed_recipient="accounts@kettleandcrumb.co.uk", permanent=True)

# --- EN: Exim delay warning (greylisting, 4.7.1), temporary
add(msg([
    "Return-path: <>",
    "From: Mail Delivery System <Mailer-Daemon@smtp.kowalski.dev>",
    "To: dana@kowalski.dev",
    "Subject: Warning: message 1tBq7Z-00041c-Lm delayed 24 hours",
    "Date: " + date("2027-02-09 09:02:33", "-0800"),
    "Message-Id: <E1tC0aH-0006Rt-2x@smtp.kowalski.dev>",
    "Auto-Submitted: auto-replied",
], multi("report", [
    text("""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on smtp.kowalski.dev.

The message identifier is:     1tBq7Z-00041c-Lm
The subject of the message is: Invoice 1049 - Kowalski Dev
The date of the message is:    Mon, 08 Feb 2027 09:00:12 -0800

The address to which the message has not yet been delivered is:

  ap@pinecresthealth.org
    host mx1.pinecresthealth.org [203.0.113.40]
    Delay reason: SMTP error from remote mail server after RCPT TO:<ap@pinecresthealth.org>:
    451 4.7.1 Greylisted, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
""", cs="us-ascii", cte="7bit", quote=False),
    raw_part("message/delivery-status", """Reporting-MTA: dns; smtp.kowalski.dev

Action: delayed
Final-Recipient: rfc822;ap@pinecresthealth.org
Status: 4.7.1
Remote-MTA: dns; mx1.pinecresthealth.org
Diagnostic-Code: smtp; 451 4.7.1 Greylisted, please try again later
Will-Retry-Until: Thu, 11 Feb 2027 09:00:12 -0800
"""),
    raw_part("text/rfc822-headers", """Return-path: <dana@kowalski.dev>
Received: from [10.0.0.12] by smtp.kowalski.dev with esmtpsa (Exim 4.97)
	id 1tBq7Z-00041c-Lm; Mon, 08 Feb 2027 09:00:13 -0800
From: Dana Kowalski <dana@kowalski.dev>
To: ap@pinecresthealth.org
Subject: Invoice 1049 - Kowalski Dev
Date: Mon, 08 Feb 2027 09:00:12 -0800
Message-ID: <177057361204.6620.3390018847265511902@kowalski.dev>
"""),
], "1770656553-eximdsn-1804289383", params=" report-type=delivery-status;")),
    "bounce", "en",
    "Exim delay warning after 24 hours (greylisting), Action delayed, Status 4.7.1: temporary, delivery still being "
    "tried.",
    failed_recipient="ap@pinecresthealth.org", permanent=False)

# --- EN: Office 365 NDR, mailbox full but 5.2.2 (permanent by the code, though the text says try later)
add(msg([
    "From: <postmaster@dulrabooks.onmicrosoft.com>",
    "To: <aoife@brennanillustration.ie>",
    "Date: " + date("2027-03-22 10:12:48", "+0000"),
    "Subject: Undeliverable: Re: Invoice AB-2026-038 - Brennan Illustration",
    "Message-ID: <1e2d3c4b-5a69-4788-97a6-b5c4d3e2f1a0@DB9PR06MB7712.eurprd06.prod.outlook.com>",
    "In-Reply-To: <177417420011.4102.8829017736450021178@brennanillustration.ie>",
    "References: <177417420011.4102.8829017736450021178@brennanillustration.ie>",
    "Content-Language: en-IE",
    "X-MS-Exchange-Message-Is-Ndr:",
    "Auto-Submitted: auto-replied",
], multi("report", [
    multi("alternative", [
        text("""Your message to finance@dulrabooks.ie couldn't be delivered.

finance's mailbox is full.

The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.

For Email Administrators
The recipient's mailbox has exceeded its storage limit.

Diagnostic information for administrators:

Generating server: DB9PR06MB7712.eurprd06.prod.outlook.com

finance@dulrabooks.ie
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot open mailbox.[EndDiagnosticData]'

Original message headers:

From: Aoife Brennan <aoife@brennanillustration.ie>
To: finance@dulrabooks.ie
Subject: Re: Invoice AB-2026-038 - Brennan Illustration
Date: Mon, 22 Mar 2027 10:12:40 +0000
Message-ID: <177417420011.4102.8829017736450021178@brennanillustration.ie>
""", cs="utf-8"),
        text("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p style="font-family:'Segoe UI',Arial,sans-serif;font-size:17pt">Your message to <span style="color:#0072C6">finance@dulrabooks.ie</span> couldn't be delivered.</p>
<p style="font-family:'Segoe UI',Arial,sans-serif;font-size:15pt">finance's mailbox is full.</p>
<p style="font-family:'Segoe UI',Arial,sans-serif;font-size:11pt">The recipient's mailbox is full and can't accept messages now. Please try resending this message later, or contact the recipient directly.</p>
<p style="font-family:Consolas,monospace;font-size:9pt">Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'</p>
</body></html>
""", sub="html", cs="utf-8"),
    ], "a0b1c2d3-e4f5-4061-8273-94a5b6c7d8e9", params=" differences=Content-Type;"),
    raw_part("message/delivery-status", """Reporting-MTA: dns;DB9PR06MB7712.eurprd06.prod.outlook.com
Received-From-MTA: dns;mail.brennanillustration.ie
Arrival-Date: Mon, 22 Mar 2027 10:12:46 +0000

Final-Recipient: rfc822;finance@dulrabooks.ie
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""),
    raw_part("text/rfc822-headers", """From: Aoife Brennan <aoife@brennanillustration.ie>
To: finance@dulrabooks.ie
Subject: Re: Invoice AB-2026-038 - Brennan Illustration
Date: Mon, 22 Mar 2027 10:12:40 +0000
Message-ID: <177417420011.4102.8829017736450021178@brennanillustration.ie>
MIME-Version: 1.0
"""),
], "f0e1d2c3-b4a5-4697-8889-7a6b5c4d3e2f", params=" report-type=delivery-status;")),
    "bounce", "en",
    "Office 365 NDR for a full mailbox: the text says 'try resending later' but the DSN is Action failed, Status "
    "5.2.2, so a permanent failure of this message.",
    failed_recipient="finance@dulrabooks.ie", permanent=True)

# ==============================================================================================================
# write, then read back and check
# ==============================================================================================================

FACTS_BY_KIND = {
    "payment-notification": {"amount", "currency", "reference"},
    "client-reply-paid": {"amount", "currency", "reference"},
    "client-reply-promise": {"amount", "currency", "reference", "promised_date"},
    "client-reply-dispute": set(),
    "client-reply-other": set(),
    "auto-reply": {"return_date"},
    "bounce": {"failed_recipient", "permanent"},
    "other": set(),
}
KEY_ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
             "failed_recipient", "permanent", "note"]


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return '"' + str(v).replace("\\", "\\\\").replace('"', '\\"') + '"'


def all_text(m):
    """Subject plus every text part, HTML reduced to text, embedded messages and reports included."""
    out = [str(m.get("Subject", ""))]
    for part in m.walk():
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype.startswith("text/"):
            s = part.get_content()
            out.append(strip_html(s) if ctype == "text/html" else s)
        elif ctype in ("message/delivery-status",):
            for block in part.get_payload():
                out.append(str(block))
    return "\n".join(out)


def amount_pattern(amount):
    whole, cents = amount.split(".")
    groups = []
    w = whole
    while len(w) > 3:
        groups.insert(0, w[-3:])
        w = w[:-3]
    groups.insert(0, w)
    body = r"[.,' \u00a0]?".join(groups)
    tail = r"[.,]" + cents
    if cents == "00":
        tail = "(?:" + tail + r")?(?![.,]?\d)"
    return re.compile(r"(?<![\d.,])" + body + tail + r"(?!\d)")


def alnum(s):
    return re.sub(r"[^0-9a-z]", "", s.lower())


def check(name, raw, label):
    problems = []
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if m.get(h) is None:
            problems.append("missing header " + h)
    dt = m["Date"].datetime
    if dt is None or dt.tzinfo is None:
        problems.append("Date without a time zone")
    elif not (FIRST <= dt.date() <= LAST):
        problems.append("Date %s outside the range" % dt.date())
    for part in m.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            part.get_content()                      # raises on a bad charset or encoding
        elif ctype.startswith(("application/", "image/")):
            if not part.get_content():
                problems.append("empty attachment")
    if m.defects:
        problems.append("defects: %r" % m.defects)
    kind = label["kind"]
    if kind not in KINDS:
        problems.append("bad kind")
    if label["language"] not in ("it", "es", "en"):
        problems.append("bad language")
    if label["split"] != "dev" or not label.get("note"):
        problems.append("split/note")
    extra = set(label) - {"kind", "language", "split", "note"} - FACTS_BY_KIND[kind]
    if extra:
        problems.append("facts not allowed for %s: %s" % (kind, sorted(extra)))
    if kind.startswith("client-reply") and m.get("In-Reply-To") is None:
        problems.append("a reply without In-Reply-To")
    txt = all_text(m)
    if "amount" in label:
        if not re.fullmatch(r"\d+\.\d{2}", label["amount"]):
            problems.append("amount not normalised")
        elif not amount_pattern(label["amount"]).search(txt):
            problems.append("amount %s not found in the text" % label["amount"])
    if "currency" in label and not re.fullmatch(r"[A-Z]{3}", label["currency"]):
        problems.append("currency not an ISO code")
    if "currency" in label and "amount" not in label:
        problems.append("currency without amount")
    if "reference" in label and alnum(label["reference"]) not in alnum(txt):
        problems.append("reference %s not found" % label["reference"])
    for key in ("promised_date", "return_date"):
        if key in label:
            d = datetime.date.fromisoformat(label[key])
            if dt is not None and d < dt.date():
                problems.append("%s before the message date" % key)
    if kind == "bounce":
        if "failed_recipient" not in label or "permanent" not in label:
            problems.append("bounce without failed_recipient/permanent")
        else:
            if label["failed_recipient"].lower() not in txt.lower():
                problems.append("failed recipient not in the text")
            codes = re.findall(r"\b([245])\.\d{1,3}\.\d{1,3}\b", txt)
            statuses = re.findall(r"(?im)^Status:\s*([245])\.", txt)
            first = (statuses or codes or ["?"])[0]
            if (first == "5") != label["permanent"]:
                problems.append("permanent=%s but status class %s" % (label["permanent"], first))
    if kind == "auto-reply" and "return_date" in label:
        d = datetime.date.fromisoformat(label["return_date"])
        if (d - dt.date()).days > 120:
            problems.append("return date too far")
    return problems


def main():
    if len(MESSAGES) != N:
        sys.exit("expected %d messages, have %d" % (N, len(MESSAGES)))
    order = list(range(N))
    random.Random(19).shuffle(order)            # numbering mixes kinds and languages; fixed seed, same files
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    names = {}
    lines = ["# round19-notices: machine mail after an invoice (bank and processor payment notices, look-alikes "
             "that bring no money in, a few clients forwarding a bank's message, auto-replies and bounces), "
             "written by hand in it, es and en.", ""]
    for number, idx in enumerate(order, 1):
        raw, label = MESSAGES[idx]
        name = "%s-%04d.eml" % (PREFIX, number)
        names[name] = (raw, label)
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(raw)
        lines.append('[files."%s"]' % name)
        for key in KEY_ORDER:
            if key in label:
                lines.append("%s = %s" % (key, toml_value(label[key])))
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))

    # read everything back from disk
    with open(os.path.join(HERE, "labels.toml"), "rb") as f:
        parsed = tomllib.load(f)["files"]
    failures = 0
    for name, (raw, label) in names.items():
        with open(os.path.join(HERE, name), "rb") as f:
            disk = f.read()
        problems = check(name, disk, parsed[name])
        if parsed[name] != label:
            problems.append("labels.toml does not round-trip")
        for p in problems:
            print("%s: %s" % (name, p))
        failures += bool(problems)
    ids = [email.message_from_bytes(r, policy=email.policy.default)["Message-ID"] for r, _ in MESSAGES]
    if len(set(ids)) != len(ids):
        print("duplicate Message-IDs")
        failures += 1
    kinds, langs = {}, {}
    for _, label in MESSAGES:
        kinds[label["kind"]] = kinds.get(label["kind"], 0) + 1
        langs[label["language"]] = langs.get(label["language"], 0) + 1
    print("kinds:", ", ".join("%s %d" % kv for kv in sorted(kinds.items(), key=lambda kv: -kv[1])))
    print("languages:", ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    if failures:
        sys.exit("%d file(s) with problems" % failures)
    print("wrote and checked %d files and labels.toml in %s" % (len(names), HERE))


if __name__ == "__main__":
    main()
