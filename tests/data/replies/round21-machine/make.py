#!/usr/bin/env python3
"""round21-machine: machine mail arriving after an invoice was sent.

Payment notices from banks and processors (Italian, Spanish, UK, Irish, US and
Latin American), look-alikes that bring no money in (outgoing transfers, direct
debits, card payments, refunds, scheduled or failed payments, payment requests,
e-invoicing receipts, invoices received, two clients forwarding their bank's
receipt), auto-replies and bounces.

Standard library only.  Writes r21n-0001.eml ... r21n-0080.eml and labels.toml
next to this script, then re-parses every file and checks the labels.
Every body below is written by hand, one message at a time.
"""

import base64
import datetime as dt
import email
import email.policy
import email.utils
import html as htmlmod
import os
import quopri
import random
import re
import struct
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r21n"

# ---------------------------------------------------------------------------
# MIME building blocks (raw bytes, so that charsets and encodings are exactly
# what a real mailer would have produced)
# ---------------------------------------------------------------------------


def ew(text, charset="utf-8", enc="B"):
    """RFC 2047 encoded words, split so that each word stays short."""
    if all(ord(c) < 128 for c in text) and enc != "force":
        return text
    words = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if len(trial.encode(charset)) > 36:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        raw = w.encode(charset)
        if enc == "Q":
            q = ""
            for b in raw:
                c = chr(b)
                if c == " ":
                    q += "_"
                elif c.isalnum() and b < 128:
                    q += c
                else:
                    q += "=%02X" % b
            out.append("=?%s?Q?%s?=" % (charset, q))
        else:
            out.append("=?%s?B?%s?=" % (charset, base64.b64encode(raw).decode()))
    return "\n ".join(out)


def addr(name, address, charset="utf-8", enc="B"):
    if not name:
        return "<%s>" % address
    if all(ord(c) < 128 for c in name):
        if re.search(r"[,.;:@()<>\[\]\"]", name):
            return '"%s" <%s>' % (name, address)
        return "%s <%s>" % (name, address)
    return "%s <%s>" % (ew(name, charset, enc), address)


def encode_body(text, charset, cte):
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw  # 7bit / 8bit


def leaf(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         ctparams="", extra=""):
    head = 'Content-Type: text/%s; charset="%s"%s\n' % (subtype, charset, ctparams)
    head += "Content-Transfer-Encoding: %s\n" % cte
    head += extra
    return head.encode("ascii") + b"\n" + encode_body(text, charset, cte)


def multi(subtype, parts, boundary, params="", preamble=""):
    head = 'Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (subtype, params, boundary)
    out = head.encode("ascii")
    if preamble:
        out += preamble.encode("ascii") + b"\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\n" + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += b"--" + boundary.encode() + b"--\n"
    return out


def binpart(data, ctype, filename, disposition="attachment", extra=""):
    head = 'Content-Type: %s; name="%s"\n' % (ctype, filename)
    head += 'Content-Disposition: %s; filename="%s"\n' % (disposition, filename)
    head += "Content-Transfer-Encoding: base64\n" + extra
    return head.encode("ascii") + b"\n" + base64.encodebytes(data)


def rawpart(headers, body):
    """A part whose headers and body are given literally (message/*, etc.)."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    return headers.encode("ascii") + b"\n" + body


def message(headers, entity):
    """headers: list of (name, value); entity: bytes starting with Content-Type."""
    out = ""
    for k, v in headers:
        out += "%s: %s\n" % (k, v)
    return out.encode("ascii") + entity


def tiny_pdf(title):
    body = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            "3 0 obj << /Title (" + title + ") >> endobj\n"
            "trailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")
    return body.encode("latin-1")


def tiny_png(w=2, h=2):
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


MSGS = []


def add(lang, kind, raw, note, **facts):
    MSGS.append(dict(lang=lang, kind=kind, raw=raw, note=note, facts=facts))


# ===========================================================================
# PAYMENT NOTIFICATIONS - Italian
# ===========================================================================

# --- Intesa Sanpaolo, HTML only, amount in a table cell ----------------------
html = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Bonifico in entrata</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:18px 24px;border-bottom:4px solid #00833e;">
<img src="https://img.notifiche.intesasanpaolo.com/logo_isp.png" alt="Intesa Sanpaolo" width="160" height="32"></td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333333;">
<p>Gentile Cliente,</p>
<p>ti informiamo che &egrave; stato accreditato un bonifico sul tuo conto corrente n. ****7731 intestato a FERRANTE GIULIA.</p>
<table width="100%" cellpadding="6" cellspacing="0" border="0" style="font-size:14px;border:1px solid #dddddd;">
<tr bgcolor="#f7f7f7"><td width="40%"><b>Data accredito</b></td><td>17/11/2026</td></tr>
<tr><td><b>Data valuta</b></td><td>17/11/2026</td></tr>
<tr bgcolor="#f7f7f7"><td><b>Importo</b></td><td style="font-size:18px;color:#00833e;"><b>1.220,00 EUR</b></td></tr>
<tr><td><b>Ordinante</b></td><td>TIPOGRAFIA MARCHETTI SRL</td></tr>
<tr bgcolor="#f7f7f7"><td><b>Banca ordinante</b></td><td>BPER BANCA S.P.A.</td></tr>
<tr><td><b>Causale</b></td><td>SALDO FATTURA N. 2026/118 DEL 02/11/2026</td></tr>
<tr bgcolor="#f7f7f7"><td><b>TRN</b></td><td>0306912611170001842213ITBPER</td></tr>
</table>
<p>Puoi consultare il dettaglio del movimento nella sezione <i>Conto &gt; Movimenti</i> dell'app Intesa Sanpaolo Mobile o su intesasanpaolo.com.</p>
<p>Cordiali saluti,<br>Intesa Sanpaolo</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888888;background:#fafafa;">
Questa &egrave; una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo. Per modificare le notifiche vai su Profilo &gt; Notifiche e avvisi.
Intesa Sanpaolo S.p.A. - Sede legale Piazza San Carlo 156, 10121 Torino. Non chiederemo mai via email codici di accesso o OTP.
</td></tr></table></td></tr></table></body></html>
"""
add("it", "payment-notification", message([
    ("Return-Path", "<bounce-7f3a@notifiche.intesasanpaolo.com>"),
    ("From", "Intesa Sanpaolo <noreply@notifiche.intesasanpaolo.com>"),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", "Notifica: bonifico in entrata sul tuo conto"),
    ("Date", "Tue, 17 Nov 2026 09:42:13 +0100"),
    ("Message-ID", "<20261117084213.5521.ISPNOTIF.0093318@notifiche.intesasanpaolo.com>"),
    ("MIME-Version", "1.0"),
], leaf(html, "html", "utf-8", "quoted-printable")),
    "Incoming SEPA transfer from a client; amount and causale sit in HTML table cells, the causale names one invoice.",
    amount="1220.00", currency="EUR", reference="2026/118")

# --- UniCredit, plain text latin-1, causale with an abbreviation -------------
text = """UniCredit - Avviso di accredito

Gentile LO PRESTI DAVIDE,

sul conto IT** **** **** **** **** ***9 4402 e' stato accreditato
il seguente bonifico SEPA:

  Data operazione ....: 23/11/2026
  Importo ............: EUR 450,00
  Ordinante ..........: STUDIO ASSOCIATO PAVONE E CARUSO
  IBAN ordinante .....: IT60X0542811101000000123456
  Causale ............: FT 47 - ACCONTO PROGETTO SITO WEB

Per maggiori informazioni accedi a Banca via Internet o all'app
UniCredit. Ti ricordiamo che UniCredit non ti chiederà mai, tramite
e-mail o SMS, di comunicare le tue credenziali.

Messaggio generato automaticamente, si prega di non rispondere.
UniCredit S.p.A. - Piazza Gae Aulenti 3 Tower A - 20154 Milano
"""
add("it", "payment-notification", message([
    ("From", "UniCredit <avvisi@info.unicredit.it>"),
    ("To", "\"LO PRESTI DAVIDE\" <davide.lopresti@gmail.com>"),
    ("Subject", "Avviso di accredito bonifico"),
    ("Date", "Mon, 23 Nov 2026 16:05:41 +0100"),
    ("Message-ID", "<AVV.20261123160541.88127703@info.unicredit.it>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "iso-8859-1", "quoted-printable")),
    "A deposit (acconto) is still money in; 'FT 47' in the causale names invoice 47 with an abbreviated prefix.",
    amount="450.00", currency="EUR", reference="47")

# --- Satispay Business, short, emoji, payer note -----------------------------
text = """Ciao Davide,

hai ricevuto 80,00 \u20ac da Marco R. \U0001F389

Messaggio: "x fattura 12 grazie mille!!"

Data: 05/12/2026 alle 11:17
ID transazione: 7c1e0a4f-93b2-4d7e-b1a8-52f09a6e3c11

I soldi sono già disponibili nel tuo saldo Satispay Business e verranno
trasferiti sul tuo IBAN con il prossimo accredito automatico.

Il Team Satispay

Satispay Europe S.A. - Istituto di moneta elettronica vigilato dalla CSSF
Hai ricevuto questa email perché hai attivato le notifiche dei pagamenti.
"""
html = """<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;color:#222">
<div style="max-width:520px;margin:auto;padding:24px">
<p style="font-size:13px;color:#ef2d3c"><b>satispay</b> business</p>
<p>Ciao Davide,</p>
<p style="font-size:26px;margin:18px 0"><b>+80,00 &euro;</b></p>
<p>hai ricevuto un pagamento da <b>Marco R.</b> &#127881;</p>
<p style="background:#f6f6f6;padding:10px;border-radius:8px">Messaggio: &laquo;x fattura 12 grazie mille!!&raquo;</p>
<p style="font-size:13px;color:#777">05/12/2026 alle 11:17 &middot; ID 7c1e0a4f-93b2-4d7e-b1a8-52f09a6e3c11</p>
<p>I soldi sono gi&agrave; disponibili nel tuo saldo Satispay Business e verranno trasferiti sul tuo IBAN con il prossimo accredito automatico.</p>
<p>Il Team Satispay</p>
<p style="font-size:11px;color:#999">Satispay Europe S.A. - Istituto di moneta elettronica vigilato dalla CSSF.<br>Hai ricevuto questa email perch&eacute; hai attivato le notifiche dei pagamenti.</p>
</div></body></html>
"""
add("it", "payment-notification", message([
    ("From", "Satispay <noreply@satispay.com>"),
    ("To", "davide.lopresti@gmail.com"),
    ("Subject", ew("Hai ricevuto 80,00 € 🎉")),
    ("Date", "Sat, 5 Dec 2026 11:17:02 +0100"),
    ("Message-ID", "<0100018f2b6e1c3a-5a1c2d7e-business-000000@email.satispay.com>"),
    ("MIME-Version", "1.0"),
], multi("alternative", [leaf(text, "plain", "utf-8", "quoted-printable"),
                         leaf(html, "html", "utf-8", "quoted-printable")],
         "----=_Part_55102_1180443901.1796465822000")),
    "Satispay incoming payment; the payer's free-text message 'x fattura 12' is the only place naming the invoice.",
    amount="80.00", currency="EUR", reference="12")

# --- PayPal Italian, PST date, note from the payer ---------------------------
text = """Hai ricevuto un pagamento

Studio Legale Bruni ti ha inviato 320,00 \u20ac EUR

Nota da Studio Legale Bruni:
Fattura n. 2026-031 - impaginazione brochure. Buona giornata

Dettagli della transazione
ID transazione: 4TK38117VB502243N
Data transazione: 9 dicembre 2026
Importo ricevuto: 320,00 \u20ac EUR
Commissione: -11,23 \u20ac EUR
Importo netto: 308,77 \u20ac EUR

I fondi sono disponibili nel tuo conto PayPal.

Assistenza: www.paypal.com/it/smarthelp
PayPal (Europe) S.\u00e0 r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Lussemburgo
Non rispondere a questa email: la casella non è monitorata.
"""
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="background:#f5f7fa;font-family:'PayPal Sans',Helvetica,Arial,sans-serif">
<table align="center" width="580" style="background:#ffffff;border-radius:6px" cellpadding="0" cellspacing="0">
<tr><td style="padding:24px"><img src="https://www.paypalobjects.com/digitalassets/c/logo-pp.png" alt="PayPal" width="100"></td></tr>
<tr><td style="padding:0 24px"><h2 style="font-weight:400">Studio Legale Bruni ti ha inviato 320,00&nbsp;&euro;&nbsp;EUR</h2>
<p style="background:#f1f1f1;padding:12px"><span style="color:#6c7378">Nota da Studio Legale Bruni</span><br>&ldquo;Fattura n. 2026-031 - impaginazione brochure. Buona giornata&rdquo;</p></td></tr>
<tr><td style="padding:0 24px">
<table width="100%" style="font-size:14px" cellpadding="4">
<tr><td>ID transazione</td><td align="right"><a href="https://www.paypal.com/activity/payment/4TK38117VB502243N">4TK38117VB502243N</a></td></tr>
<tr><td>Data transazione</td><td align="right">9 dicembre 2026</td></tr>
<tr><td>Importo ricevuto</td><td align="right">320,00&nbsp;&euro;&nbsp;EUR</td></tr>
<tr><td>Commissione</td><td align="right">-11,23&nbsp;&euro;&nbsp;EUR</td></tr>
<tr><td><b>Importo netto</b></td><td align="right"><b>308,77&nbsp;&euro;&nbsp;EUR</b></td></tr>
</table></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#6c7378">Assistenza: www.paypal.com/it/smarthelp<br>PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Lussemburgo</td></tr>
</table></body></html>
"""
add("it", "payment-notification", message([
    ("From", "\"service@paypal.it\" <service@paypal.it>"),
    ("To", "Giulia Ferrante <giulia@ferrantestudio.it>"),
    ("Subject", ew("Hai ricevuto un pagamento di 320,00 € EUR da Studio Legale Bruni", enc="Q")),
    ("Date", "Wed, 09 Dec 2026 18:33:29 -0800"),
    ("Message-ID", "<1796870009.4TK38117VB502243N@paypal.com>"),
    ("X-Email-Type-Id", "PP341"),
    ("MIME-Version", "1.0"),
], multi("alternative", [leaf(text, "plain", "utf-8", "quoted-printable"),
                         leaf(html, "html", "utf-8", "quoted-printable")],
         "--PP-7a91be55-3c21-4c5e-9f1f-0b6d2a8f1e77")),
    "PayPal payment received; the gross 320,00 is what the client paid, 308,77 is net of PayPal's fee.",
    amount="320.00", currency="EUR", reference="2026-031")

# --- Poste Italiane / BancoPosta, instant transfer -------------------------
text = """Gentile Cliente,

ti informiamo che sul tuo Conto BancoPosta n. ****0518 è stato accreditato
un bonifico istantaneo.

Importo: 1.830,50 \u20ac
Ordinante: AGENZIA VIAGGI SOLARIS DI MELIS R.
Data e ora: 19/01/2027 07:57
Causale: Fatt.nr 19/2026 Rinaldi traduzione catalogo

Il saldo aggiornato è consultabile su poste.it e nell'app BancoPosta.

Poste Italiane non ti chiederà mai codici o password via e-mail, SMS o
telefono. Diffida da richieste di questo tipo.

Questo messaggio è stato inviato da un indirizzo non abilitato alla
ricezione di posta.
"""
add("it", "payment-notification", message([
    ("From", "BancoPosta <noreply@bancoposta.poste.it>"),
    ("To", "elena@rinalditraduzioni.it"),
    ("Subject", "Accredito bonifico istantaneo"),
    ("Date", "Tue, 19 Jan 2027 07:58:10 +0100"),
    ("Message-ID", "<1AE44D2F0B9C.bp.20270119075810@mx.poste.it>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "8bit")),
    "Instant transfer credited; causale 'Fatt.nr 19/2026' names the invoice with a glued abbreviation.",
    amount="1830.50", currency="EUR", reference="19/2026")

# --- Fineco, amount in the subject, two invoices in the causale ------------
text = """FinecoBank - Notifica movimenti

Bonifico ricevuto

Beneficiario: RINALDI ELENA
Importo: 2.400,00 EUR
Data contabile: 28/01/2027
Ordinante: EDITORIALE LIBRARIA ALPINA SRL
Causale: PAGAMENTO FATTURE 21 E 22 /2026

Puoi disattivare questa notifica dalla sezione Impostazioni > Notifiche
del sito fineco.it.

FinecoBank S.p.A. - Piazza Durante 11 - 20131 Milano
"""
add("it", "payment-notification", message([
    ("From", "FinecoBank <notifiche@finecobank.com>"),
    ("To", "elena@rinalditraduzioni.it"),
    ("Subject", "Bonifico ricevuto di 2.400,00 EUR"),
    ("Date", "Thu, 28 Jan 2027 13:20:55 +0100"),
    ("Message-ID", "<fineco.notif.270128132055.000911842@finecobank.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "us-ascii", "7bit")),
    "One transfer paying two invoices (21 and 22/2026), so no single reference; the amount is also in the subject.",
    amount="2400.00", currency="EUR")

# --- Hype, mobile bank, base64 body ---------------------------------------
text = """Hai ricevuto un bonifico! \U0001F4B8

Ciao Davide,
ROSSI ANNA ti ha inviato 95,00\u20ac.

Causale: fattura traduzione 004

Il bonifico è stato accreditato sul tuo conto Hype il 02/02/2027.
Apri l'app per vedere il dettaglio del movimento.

---
HYPE S.p.A. - Società con socio unico - Piazza Gaudenzio Sella 1, Biella
Ricevi questa email perché hai abilitato le notifiche via email.
"""
add("it", "payment-notification", message([
    ("From", "HYPE <no-reply@hype.it>"),
    ("To", "davide.lopresti@gmail.com"),
    ("Subject", ew("Hai ricevuto un bonifico da ROSSI ANNA di 95,00€")),
    ("Date", "Tue, 02 Feb 2027 21:46:03 +0100"),
    ("Message-ID", "<c2f7d0e4-59aa-4bd0-8f62-ef31bb0d07a2@hype.it>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "base64")),
    "Mobile-bank transfer notice in base64; the causale 'fattura traduzione 004' names invoice 004.",
    amount="95.00", currency="EUR", reference="004")

# --- SumUp payment link paid ------------------------------------------------
text = """Pagamento ricevuto

Ottime notizie, Davide! Il tuo link di pagamento è stato pagato.

Importo: 150,00 \u20ac
Descrizione: FT-2027-003 sviluppo plugin prenotazioni
Pagato da: m.guarino@bebcasamare.it
Metodo: Visa \u2022\u2022\u2022\u2022 2291
Data: 08/02/2027 11:11
Codice transazione: TEH6Q9WZ4P

L'importo, al netto della commissione, sarà versato sul tuo conto
bancario con il prossimo pagamento programmato.

Il team SumUp
SumUp Payments Limited - ti inviamo questa email perché hai creato un
link di pagamento dal tuo account SumUp.
"""
add("it", "payment-notification", message([
    ("From", "SumUp <no-reply@sumup.com>"),
    ("To", "davide.lopresti@gmail.com"),
    ("Subject", "Pagamento ricevuto - Link di pagamento FT-2027-003"),
    ("Date", "Mon, 08 Feb 2027 10:11:48 +0000"),
    ("Message-ID", "<01070194e3b1a6f4-8b8c1d7a-sumup-pl-3c2e@eu-west-1.amazonses.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "A SumUp payment link paid by card; the link description carries the invoice number FT-2027-003.",
    amount="150.00", currency="EUR", reference="FT-2027-003")

# --- Stripe Invoicing, Italian ---------------------------------------------
text = """Fattura GF-0012 pagata

Agriturismo Le Querce ha pagato 610,00 \u20ac.

Numero fattura    GF-0012
Importo pagato    610,00 \u20ac
Data pagamento    17 feb 2027
Metodo            SEPA Direct Debit \u2022\u2022\u2022\u2022 3004

Visualizza la fattura nella Dashboard:
https://dashboard.stripe.com/invoices/in_1QxZ4hLkd8Pp0aT2b7KQw9Rc

I fondi saranno disponibili nel saldo Stripe dopo il periodo di
attesa previsto per i pagamenti SEPA.

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
Ricevi questa email perché hai attivato le notifiche sui pagamenti
delle fatture per Ferrante Studio.
"""
html = """<html><body style="background:#f6f9fc;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="540" style="background:#fff;border-radius:8px;margin:32px 0" cellpadding="0" cellspacing="0">
<tr><td style="padding:32px 40px 8px;color:#8898aa;font-size:12px;text-transform:uppercase">Ferrante Studio</td></tr>
<tr><td style="padding:0 40px;font-size:20px;color:#32325d">Fattura GF-0012 pagata</td></tr>
<tr><td style="padding:16px 40px;color:#525f7f;font-size:15px">Agriturismo Le Querce ha pagato <b>610,00&nbsp;&euro;</b>.</td></tr>
<tr><td style="padding:0 40px"><table width="100%" style="font-size:14px;color:#525f7f;border-top:1px solid #e6ebf1" cellpadding="6">
<tr><td>Numero fattura</td><td align="right">GF-0012</td></tr>
<tr><td>Importo pagato</td><td align="right">610,00&nbsp;&euro;</td></tr>
<tr><td>Data pagamento</td><td align="right">17 feb 2027</td></tr>
<tr><td>Metodo</td><td align="right">SEPA Direct Debit &bull;&bull;&bull;&bull; 3004</td></tr>
</table></td></tr>
<tr><td style="padding:24px 40px"><a href="https://dashboard.stripe.com/invoices/in_1QxZ4hLkd8Pp0aT2b7KQw9Rc" style="background:#635bff;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Visualizza fattura</a></td></tr>
<tr><td style="padding:0 40px 32px;color:#8898aa;font-size:12px">Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</td></tr>
</table></td></tr></table></body></html>
"""
add("it", "payment-notification", message([
    ("From", "Stripe <notifications@stripe.com>"),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", ew("Pagamento di 610,00 € da Agriturismo Le Querce")),
    ("Date", "Wed, 17 Feb 2027 14:02:37 +0000"),
    ("Message-ID", "<6c0b1e3e-0c5a-4f3e-9a77-bd2e91d54f60@stripe.com>"),
    ("MIME-Version", "1.0"),
], multi("alternative", [leaf(text, "plain", "utf-8", "quoted-printable"),
                         leaf(html, "html", "utf-8", "quoted-printable")],
         "--==_mimepart_63f0a1b2c3d4e_5a3c2ac1ce") ),
    "Stripe invoice paid by SEPA debit initiated by the client: it is money in, not a debit on the freelancer's account.",
    amount="610.00", currency="EUR", reference="GF-0012")

# --- N26, reference written with spaces ------------------------------------
text = """Ciao Davide,

hai ricevuto 275,00 \u20ac.

Da: Luca Benassi
Riferimento: fattura 2026 / 121
Data: 14.03.2027

Trovi tutti i dettagli nella tua app N26.

A presto,
il tuo team N26

N26 Bank SE, Voltairestraße 8, 10179 Berlino
"""
add("it", "payment-notification", message([
    ("From", "N26 <no-reply@n26.com>"),
    ("To", "davide.lopresti@gmail.com"),
    ("Subject", ew("Hai ricevuto 275,00 €")),
    ("Date", "Sun, 14 Mar 2027 19:30:00 +0100"),
    ("Message-ID", "<20270314183000.62f1c0aa.n26-transactional@n26.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "N26 incoming transfer; the payer typed the invoice number with spaces around the slash ('2026 / 121').",
    amount="275.00", currency="EUR", reference="2026 / 121")

# --- AP portal remittance, Italian, several invoices -------------------------
text = """AVVISO DI PAGAMENTO N. 2026-AP-0044817

Spett.le
FERRANTE GIULIA
Via del Pratello 41
40122 BOLOGNA

Vi comunichiamo che in data 30/11/2026 abbiamo disposto a Vostro favore
un bonifico bancario a saldo delle partite sotto elencate.

Coordinate di accredito: IT02 L030 6902 4871 0000 0007 731

 Documento      Data doc.    Importo doc.    Ritenuta    Importo pagato
 ------------   ----------   -------------   ---------   --------------
 FT 2026/104    05/10/2026        1.000,00        0,00         1.000,00
 FT 2026/109    21/10/2026          540,00        0,00           540,00
 ------------------------------------------------------------------------
 TOTALE BONIFICO                                               1.540,00 EUR

Per qualsiasi chiarimento potete rivolgervi all'Ufficio Contabilità
Fornitori: contabilita.fornitori@ortofrutta-emiliana.it

ORTOFRUTTA EMILIANA SOC. COOP. AGRICOLA
Documento generato automaticamente dal sistema di contabilità fornitori.
Non rispondere a questo messaggio.
"""
add("it", "payment-notification", message([
    ("From", "Contabilita Fornitori <noreply-ap@ortofrutta-emiliana.it>"),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", "Avviso di pagamento n. 2026-AP-0044817"),
    ("Date", "Mon, 30 Nov 2026 08:00:12 +0100"),
    ("Message-ID", "<AP.2026.0044817.1764486012@erp.ortofrutta-emiliana.it>"),
    ("MIME-Version", "1.0"),
], multi("mixed", [leaf(text, "plain", "iso-8859-1", "quoted-printable"),
                   binpart(tiny_pdf("Avviso di pagamento 2026-AP-0044817"), "application/pdf",
                           "AvvisoPagamento_2026-AP-0044817.pdf")],
         "=_mixed 0047A1B2C12589F0_=")),
    "Remittance advice for two invoices at once, so no single reference; 2026-AP-0044817 is the payer's advice number, not an invoice.",
    amount="1540.00", currency="EUR")

# --- AP remittance with ritenuta d'acconto, one invoice ----------------------
text = """Gentile fornitore,

la presente per comunicarLe che è stato disposto il pagamento del
documento sotto indicato.

Fornitore:          RINALDI ELENA (cod. F004512)
Documento:          Fattura n. 97/2026 del 10/11/2026
Totale documento:   1.220,00
Ritenuta d'acconto: -200,00
Netto a pagare:     1.020,00 EUR
Data valuta:        11/12/2026
Modalità:           Bonifico SEPA su IBAN IT** **** 2209

La certificazione unica relativa alla ritenuta operata Le sarà inviata
entro i termini di legge.

Cordiali saluti
Ufficio Amministrazione
Fondazione Teatro Civico di Novara

-- 
Messaggio inviato automaticamente dal gestionale contabile. Per
informazioni scrivere a amministrazione@teatrocivico-novara.it
"""
add("it", "payment-notification", message([
    ("From", "Gestionale Contabile <no-reply@teatrocivico-novara.it>"),
    ("To", "elena@rinalditraduzioni.it"),
    ("Subject", "Comunicazione pagamento fornitore F004512"),
    ("Date", "Thu, 10 Dec 2026 12:44:51 +0100"),
    ("Message-ID", "<pag.F004512.20261210124451@gestionale.teatrocivico-novara.it>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "windows-1252", "quoted-printable")),
    "The sum paid is the net after the ritenuta d'acconto (1.020,00), not the invoice total 1.220,00.",
    amount="1020.00", currency="EUR", reference="97/2026")

# --- Banca Popolare di Sondrio, formal avviso with PDF contabile -------------
text = """Spettabile cliente,

Le comunichiamo che in data 14/01/2027 è stato accreditato sul Suo
conto corrente n. 000012345X67 l'importo di EUR 3.050,00 a fronte di
bonifico disposto da:

    LABORATORI FARMACEUTICI VALTELLINA S.P.A.

con la seguente causale:

    RIF. FATTURA NR.2026-130 TRADUZIONE FOGLI ILLUSTRATIVI

In allegato la contabile dell'operazione.

Distinti saluti.

Banca Popolare di Sondrio
Servizio comunicazioni alla clientela

Il presente messaggio e gli eventuali allegati sono destinati
esclusivamente al destinatario indicato. Messaggio generato
automaticamente, si prega di non rispondere.
"""
add("it", "payment-notification", message([
    ("From", "Banca Popolare di Sondrio <comunicazioni@popso.it>"),
    ("To", "RINALDI ELENA <elena@rinalditraduzioni.it>"),
    ("Subject", "Avviso di accredito"),
    ("Date", "Fri, 15 Jan 2027 06:12:40 +0100"),
    ("Message-ID", "<POPSO.AVV.0000123.20270115061240@popso.it>"),
    ("MIME-Version", "1.0"),
], multi("mixed", [leaf(text, "plain", "iso-8859-1", "quoted-printable"),
                   binpart(tiny_pdf("Contabile bonifico 14/01/2027"), "application/pdf",
                           "contabile_20270114.pdf")],
         "----=_NextPart_000_0012_01DB66F1.8A2C4E10")),
    "Formal credit advice with the contabile attached; 'RIF. FATTURA NR.2026-130' glues the prefix to the number.",
    amount="3050.00", currency="EUR", reference="2026-130")

# --- Mediolanum, incoming foreign transfer in USD ----------------------------
text = """Banca Mediolanum - Avviso bonifico dall'estero

Gentile Elena Rinaldi,

ti comunichiamo che è stato accreditato sul tuo conto un bonifico
proveniente dall'estero.

Ordinante:              PARKSIDE PUBLISHING INC, NEW YORK NY
Importo ordinato:       USD 1.500,00
Cambio applicato:       1,0861
Controvalore:           EUR 1.381,09
Commissioni:            EUR 7,50
Importo accreditato:    EUR 1.373,59
Data valuta:            31/03/2027
Informazioni:           /INV/ 2026/088 LOCALIZATION PROJECT

Il dettaglio è disponibile nell'area riservata e nell'app Mediolanum.

Banca Mediolanum S.p.A. - Palazzo Meucci, Via F. Sforza, Basiglio (MI)
Questa è una comunicazione automatica: non rispondere a questa email.
"""
add("it", "payment-notification", message([
    ("From", "Banca Mediolanum <noreply@comunicazioni.bancamediolanum.it>"),
    ("To", "elena@rinalditraduzioni.it"),
    ("Subject", "Avviso bonifico dall'estero"),
    ("Date", "Tue, 30 Mar 2027 10:25:17 +0200"),
    ("Message-ID", "<MED-BE-20270330-5530192@comunicazioni.bancamediolanum.it>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "Foreign transfer: the client paid USD 1.500,00 (the EUR figures are the bank's conversion and net credit); '/INV/ 2026/088' is a SWIFT-style prefix.",
    amount="1500.00", currency="USD", reference="2026/088")

# ===========================================================================
# PAYMENT NOTIFICATIONS - Spanish (Spain and Latin America)
# ===========================================================================

# --- BBVA, multipart/alternative, concepto with FRA prefix ------------------
text = """Hola, MARTA:

Has recibido una transferencia en tu cuenta ·8812.

Importe: 605,00 €
Ordenante: CONSTRUCCIONES ALDAMA SL
Concepto: FRA 2026-087
Fecha: 04/11/2026

Puedes consultar el detalle en la app BBVA o en bbva.es.

Este es un correo automático, por favor no respondas.
BBVA nunca te pedirá tus claves por correo electrónico.
Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás 4, 48005 Bilbao
"""
html = """<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'BentonSans',Arial,sans-serif"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#072146;padding:20px 30px"><img src="https://www.bbva.es/content/dam/public-web/global/images/logos/logo_bbva_blanco.png" width="90" alt="BBVA"></td></tr>
<tr><td style="padding:30px;font-size:16px;color:#121212">Hola, MARTA:<br><br>Has recibido una transferencia en tu cuenta &middot;8812.</td></tr>
<tr><td style="padding:0 30px">
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:15px;border-top:1px solid #e9e9e9">
<tr><td style="color:#666">Importe</td><td align="right" style="font-size:22px;color:#028484"><b>605,00&nbsp;&euro;</b></td></tr>
<tr><td style="color:#666">Ordenante</td><td align="right">CONSTRUCCIONES ALDAMA SL</td></tr>
<tr><td style="color:#666">Concepto</td><td align="right">FRA 2026-087</td></tr>
<tr><td style="color:#666">Fecha</td><td align="right">04/11/2026</td></tr>
</table></td></tr>
<tr><td style="padding:30px;font-size:12px;color:#666">Este es un correo autom&aacute;tico, por favor no respondas.<br>BBVA nunca te pedir&aacute; tus claves por correo electr&oacute;nico.<br>Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicol&aacute;s 4, 48005 Bilbao</td></tr>
</table></td></tr></table></body></html>
"""
add("es", "payment-notification", message([
    ("From", "BBVA <bbva@comunicaciones.bbva.es>"),
    ("To", "marta@ibanezsoler.es"),
    ("Subject", "Has recibido una transferencia"),
    ("Date", "Wed, 04 Nov 2026 12:15:09 +0100"),
    ("Message-ID", "<1762254909.BBVA.TRF.0044871@comunicaciones.bbva.es>"),
    ("MIME-Version", "1.0"),
], multi("alternative", [leaf(text, "plain", "utf-8", "quoted-printable"),
                         leaf(html, "html", "utf-8", "quoted-printable")],
         "_=ALT_BBVA_5f1e2b77c9")),
    "Incoming transfer; 'FRA' is the usual Spanish abbreviation of factura, the number is 2026-087.",
    amount="605.00", currency="EUR", reference="2026-087")

# --- CaixaBank, latin-1 plain text, Nº sign ---------------------------------
text = """CaixaBank - Aviso de transferencia recibida

Estimada clienta:

Le informamos de que se ha abonado en su cuenta ES** **** **** **** **** 3419
la siguiente transferencia:

   Fecha valor:   27/11/2026
   Importe:       1.452,00 EUR
   Ordenante:     GESTORIA LLOPIS I FILLS SL
   Concepto:      PAGO FACTURA Nº 45/26

Puede consultar sus movimientos en CaixaBankNow.

Atentamente,
CaixaBank, S.A.

Este mensaje se ha enviado de forma automática. Por favor, no responda a
este correo. CaixaBank nunca le solicitará sus claves de acceso por
correo electrónico ni por SMS.
"""
add("es", "payment-notification", message([
    ("From", "CaixaBank <avisos@caixabank.com>"),
    ("To", "IBANEZ SOLER MARTA <marta@ibanezsoler.es>"),
    ("Subject", "Aviso de transferencia recibida"),
    ("Date", "Fri, 27 Nov 2026 09:03:44 +0100"),
    ("Message-ID", "<CXB-AVISO-20261127090344-771203@caixabank.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "iso-8859-1", "quoted-printable")),
    "Transfer credited; the concepto gives invoice 45/26 (two-digit year), with a 'Nº' sign in latin-1.",
    amount="1452.00", currency="EUR", reference="45/26")

# --- Bizum received, Banco Sabadell ----------------------------------------
text = """Has recibido un Bizum

Hola JAVIER,

ALVARO G. te ha enviado 60,00 € por Bizum.

Concepto: fra. 2026-141 📸
Fecha: 19/12/2026 20:41

El dinero ya está disponible en tu cuenta.

Banco Sabadell
Este mensaje es automático. No respondas a esta dirección.
"""
add("es", "payment-notification", message([
    ("From", "Banco Sabadell <notificaciones@bancsabadell.com>"),
    ("To", "javi.cuesta.foto@gmail.com"),
    ("Subject", "Has recibido un Bizum de 60,00 EUR"),
    ("Date", "Sat, 19 Dec 2026 20:41:18 +0100"),
    ("Message-ID", "<bizum.rcv.20261219204118.0092231@bancsabadell.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "base64")),
    "Bizum received; the payer's concepto 'fra. 2026-141' names the invoice, followed by an emoji.",
    amount="60.00", currency="EUR", reference="2026-141")

# --- Santander, amount in subject, reference with a space ------------------
text = """Santander

Has recibido 980,00 €

Hola Javier,

te confirmamos que hemos abonado una transferencia en tu Cuenta Online
terminada en 6620.

   Emisor:    PRODUCCIONES LA NORIA SL
   Concepto:  F-2026 112
   Importe:   980,00 €
   Fecha:     07/01/2027

Gracias por confiar en Santander.

Banco Santander, S.A. Paseo de Pereda 9-12, 39004 Santander.
Si no reconoces esta operación llama al 915 123 123.
"""
add("es", "payment-notification", message([
    ("From", "Santander <noreply@mail.bancosantander.es>"),
    ("To", "javi.cuesta.foto@gmail.com"),
    ("Subject", ew("Has recibido 980,00 €", enc="Q")),
    ("Date", "Thu, 07 Jan 2027 11:29:50 +0100"),
    ("Message-ID", "<0.0.2A.7F3.1DB60E2C4A1F9D8.0@mail.bancosantander.es>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "windows-1252", "quoted-printable")),
    "Transfer received; the concepto writes the invoice as 'F-2026 112' with a space instead of a dash.",
    amount="980.00", currency="EUR", reference="F-2026 112")

# --- Stripe, Spanish, with fee --------------------------------------------
text = """Pago recibido

Clínica Dental Sonrisas ha pagado la factura INV-2026-0019.

Importe:            250,00 €
Comisión de Stripe: -4,00 €
Neto:               246,00 €
Método de pago:     Mastercard •••• 8841
Fecha:              12 ene 2027

Ver pago: https://dashboard.stripe.com/payments/pi_3QgV2xKc1Bd4mN0a1x9Yt7Lp

Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublín 2, Irlanda
"""
add("es", "payment-notification", message([
    ("From", "Stripe <notifications@stripe.com>"),
    ("To", "marta@ibanezsoler.es"),
    ("Subject", ew("Pago recibido: 250,00 € de Clínica Dental Sonrisas")),
    ("Date", "Tue, 12 Jan 2027 15:48:22 +0000"),
    ("Message-ID", "<a17d6c52-3b8e-4a1c-95b4-2e0f8c7d9a13@stripe.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "Stripe card payment of an invoice; the gross 250,00 is what the client paid, 246,00 is after Stripe's fee.",
    amount="250.00", currency="EUR", reference="INV-2026-0019")

# --- PayPal, Spanish, no invoice number ------------------------------------
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="background:#f5f7fa;font-family:Helvetica,Arial,sans-serif;color:#2c2e2f">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:28px">
<img src="https://www.paypalobjects.com/digitalassets/c/logo-pp.png" width="100" alt="PayPal">
<h2 style="font-weight:400">Has recibido 145,00&nbsp;&euro;&nbsp;EUR de Laura M&eacute;ndez</h2>
<div style="background:#f1f1f1;padding:12px;margin:16px 0">Nota de Laura M&eacute;ndez:<br>&iexcl;Gracias por las fotos de la comuni&oacute;n! Salieron preciosas &#128522;</div>
<table width="100%" cellpadding="4" style="font-size:14px">
<tr><td>Id. de transacci&oacute;n</td><td align="right">8GX71205KL339582Y</td></tr>
<tr><td>Fecha de la transacci&oacute;n</td><td align="right">24 de enero de 2027</td></tr>
<tr><td>Importe recibido</td><td align="right">145,00&nbsp;&euro;&nbsp;EUR</td></tr>
</table>
<p style="font-size:11px;color:#6c7378">Ayuda: www.paypal.com/es/smarthelp<br>PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A. 22-24 Boulevard Royal L-2449, Luxemburgo</p>
</div></body></html>
"""
add("es", "payment-notification", message([
    ("From", "\"service@paypal.es\" <service@paypal.es>"),
    ("To", "Javier Cuesta <javi.cuesta.foto@gmail.com>"),
    ("Subject", ew("Has recibido 145,00 € EUR de Laura Méndez", enc="Q")),
    ("Date", "Sun, 24 Jan 2027 03:12:45 -0800"),
    ("Message-ID", "<1801307565.8GX71205KL339582Y@paypal.com>"),
    ("MIME-Version", "1.0"),
], leaf(html, "html", "utf-8", "quoted-printable")),
    "HTML-only PayPal notice; the payer's note thanks for photos but gives no invoice number, so no reference.",
    amount="145.00", currency="EUR")

# --- BBVA Mexico, SPEI in MXN ------------------------------------------------
text = """BBVA México

Recibiste una transferencia SPEI

Hola ANDRES VILLASENOR,

Te informamos que recibiste una transferencia a tu cuenta terminación 0931.

Monto: $18,560.00 MXN
Ordenante: GRUPO EDITORIAL CANTERA SA DE CV
Banco emisor: BANORTE
Concepto de pago: Factura A-1043
Referencia numérica: 0230227
Clave de rastreo: 2027020340072BNET0000412877
Fecha de operación: 03/02/2027 13:36:58

Consulta el comprobante electrónico de pago (CEP) en banxico.org.mx.

Este correo es informativo, favor de no responder.
BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México.
"""
add("es", "payment-notification", message([
    ("From", "BBVA Mexico <notificaciones@bbva.mx>"),
    ("To", "andres@villasenor.mx"),
    ("Subject", "Recibiste una transferencia SPEI"),
    ("Date", "Wed, 03 Feb 2027 13:37:21 -0600"),
    ("Message-ID", "<SPEI.RCV.1801870641.0931@bbva.mx>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "Mexican SPEI credit in pesos with US-style separators; the 'referencia numérica' and 'clave de rastreo' are bank codes, the invoice is A-1043.",
    amount="18560.00", currency="MXN", reference="A-1043")

# --- Bancolombia, terse alert in COP ----------------------------------------
text = """Bancolombia le informa:

Recepcion de transferencia por $2.450.000 desde cta *4821 en su cuenta de
ahorros *7790. 12/02/2027 16:54.

Inquietudes al 018000931987.

Bancolombia nunca le solicitara claves ni datos personales por este medio.
Por favor no responda este mensaje.
"""
add("es", "payment-notification", message([
    ("From", "Alertas y Notificaciones <alertasynotificaciones@notificacionesbancolombia.com>"),
    ("To", "juliana.restrepo.ux@gmail.com"),
    ("Subject", "Alertas y Notificaciones"),
    ("Date", "Fri, 12 Feb 2027 16:55:07 -0500"),
    ("Message-ID", "<20270212215507.4F21A0C1B3@notificacionesbancolombia.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "iso-8859-1", "7bit")),
    "Colombian alert in pesos without decimals where the dots are thousands separators (2.450.000); no invoice named.",
    amount="2450000.00", currency="COP")

# --- Banco Galicia, Argentina ----------------------------------------------
text = """Galicia

¡Recibiste una transferencia!

Hola Lucía,
te acreditamos una transferencia en tu Cuenta Corriente en pesos.

Importe: $ 385.000,00
Origen: ESTUDIO CONTABLE BRAVO Y ASOC. - CUIT 30-71234567-8
Concepto: Honorarios
Referencia: FAC 0003-00000127
Fecha: 22/02/2027

Ingresá a Online Banking o a la App Galicia para ver el detalle.

Banco de Galicia y Buenos Aires S.A.U. - Tte. Gral. J. D. Perón 430, CABA.
Por favor, no respondas este mail.
"""
add("es", "payment-notification", message([
    ("From", "Banco Galicia <avisos@bancogalicia.com.ar>"),
    ("To", "lucia@ferreyra.com.ar"),
    ("Subject", ew("¡Recibiste una transferencia!")),
    ("Date", "Mon, 22 Feb 2027 10:08:33 -0300"),
    ("Message-ID", "<GAL-TRF-IN-20270222100833-55812@bancogalicia.com.ar>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "Argentine credit in pesos; the invoice uses the point-of-sale format 0003-00000127 after a 'FAC' prefix.",
    amount="385000.00", currency="ARS", reference="0003-00000127")

# --- Payoneer, Spanish, USD -------------------------------------------------
html = """<html><body style="font-family:Arial,sans-serif;background:#f7f7f7">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px;border-bottom:1px solid #eee"><img src="https://www.payoneer.com/images/logo.png" alt="Payoneer" width="130"></td></tr>
<tr><td style="padding:24px;font-size:15px">
<p>Hola Lucía:</p>
<p>¡Buenas noticias! Has recibido un pago de <strong>Northwind Labs</strong>.</p>
<table cellpadding="6" style="font-size:14px;border:1px solid #e5e5e5;width:100%">
<tr><td>Monto</td><td><strong>USD 2.300,00</strong></td></tr>
<tr><td>Descripción</td><td>Invoice #2026-14 - UI design sprint 3</td></tr>
<tr><td>Fecha</td><td>04/03/2027</td></tr>
<tr><td>N.º de transacción</td><td>1843299017</td></tr>
</table>
<p>Los fondos ya están disponibles en tu saldo en USD.</p>
<p>Saludos,<br>El equipo de Payoneer</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999">Payoneer Inc., 195 Broadway, 27th Floor, New York, NY 10007. Este es un mensaje automático.</td></tr>
</table></body></html>
"""
add("es", "payment-notification", message([
    ("From", "Payoneer <customerservice@payoneer.com>"),
    ("To", "lucia@ferreyra.com.ar"),
    ("Subject", "Has recibido un pago de Northwind Labs"),
    ("Date", "Thu, 04 Mar 2027 22:14:09 -0500"),
    ("Message-ID", "<0100018f1d29.payoneer.pmt.1843299017@email.payoneer.com>"),
    ("MIME-Version", "1.0"),
], leaf(html, "html", "utf-8", "base64")),
    "HTML-only base64 Payoneer notice in Spanish for a payment in US dollars; the invoice is '#2026-14' and the transaction number is not it.",
    amount="2300.00", currency="USD", reference="2026-14")

# --- AP portal remittance, Spain, several invoices and a credit note ---------
text = """AVISO DE PAGO / REMITTANCE ADVICE

Proveedor: 40017823 - IBAÑEZ SOLER, MARTA
NIF: 12345678Z
Fecha de pago: 09/11/2026
Medio de pago: Transferencia a ES** **** **** **** **** 3419
Nº documento de pago: 1500044219

Documentos liquidados:

  Su factura      Fecha         Importe (EUR)
  2026/201        02/10/2026          300,00
  2026/207        15/10/2026          450,00
  Abono AB-12     20/10/2026          -50,00
  -------------------------------------------
  Total transferido                   700,00

Si detecta alguna discrepancia, contacte con cuentasapagar@grupohortalanza.es
indicando el número de documento de pago.

Mensaje generado automáticamente por SAP. No responda a este correo.
"""
add("es", "payment-notification", message([
    ("From", "Cuentas a Pagar Grupo Hortalanza <no-reply-sap@grupohortalanza.es>"),
    ("To", "marta@ibanezsoler.es"),
    ("Subject", "Aviso de pago 1500044219"),
    ("Date", "Mon, 09 Nov 2026 07:30:00 +0100"),
    ("Message-ID", "<SAP.FI.1500044219.20261109073000@grupohortalanza.es>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "iso-8859-1", "quoted-printable")),
    "SAP remittance settling two invoices minus a credit note; the 700,00 transferred is the sum, no single reference.",
    amount="700.00", currency="EUR")

# --- Cajamar, a town council paying with IRPF withheld ----------------------
text = """Cajamar Caja Rural

ABONO POR TRANSFERENCIA

Titular: IBAÑEZ SOLER MARTA
Cuenta:  ES91 3058 **** **** **** 5590
Fecha:   16/03/2027

Ordenante:  AYUNTAMIENTO DE GANDIA
Concepto:   PAGO FRA. 31 EJERCICIO 2026 RET. IRPF
Importe:    1.908,00 EUR

Este mensaje ha sido generado automáticamente. Para cualquier consulta
acuda a su oficina o llame al 950 210 100.
"""
add("es", "payment-notification", message([
    ("From", "Cajamar <avisos@cajamar.es>"),
    ("To", "marta@ibanezsoler.es"),
    ("Subject", "Abono por transferencia"),
    ("Date", "Tue, 16 Mar 2027 08:47:26 +0100"),
    ("Message-ID", "<CJM.AVI.27031608472601@cajamar.es>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "iso-8859-1", "quoted-printable")),
    "Public body pays net of IRPF; 'FRA. 31 EJERCICIO 2026' means invoice 31 of the 2026 series (the year is not part of the number as written).",
    amount="1908.00", currency="EUR", reference="31")

# --- GoCardless, payment confirmed (money in for the merchant) ---------------
text = """Hola Javier,

Se ha confirmado un pago de Revista Sendas del Norte.

Importe: 99,00 €
Descripción: Licencia de uso fotográfico enero - factura 2027/004
ID del pago: PM01HX7R2QK4ZT
Fecha de cobro: 5 de febrero de 2027

El importe se incluirá en tu próximo abono a tu cuenta bancaria.

Un saludo,
El equipo de GoCardless

GoCardless SAS, 7 rue de Madrid, 75008 París.
"""
add("es", "payment-notification", message([
    ("From", "GoCardless <help@gocardless.com>"),
    ("To", "javi.cuesta.foto@gmail.com"),
    ("Subject", "Pago confirmado: 99,00 EUR de Revista Sendas del Norte"),
    ("Date", "Fri, 05 Feb 2027 09:00:14 +0000"),
    ("Message-ID", "<notif.PM01HX7R2QK4ZT.confirmed@gocardless.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "GoCardless collected a direct debit from the client for the freelancer: money in, unlike a debit notice addressed to a payer.",
    amount="99.00", currency="EUR", reference="2027/004")

# ===========================================================================
# PAYMENT NOTIFICATIONS - English (UK, Ireland, US)
# ===========================================================================

# --- Stripe, USD, fee, invoice number --------------------------------------
text = """Payment received

Brightline Media paid invoice SW-2026-044.

Amount         $1,200.00 USD
Stripe fee     -$35.10
Net            $1,164.90
Payment method Visa ending in 4242
Date           Nov 3, 2026

View payment: https://dashboard.stripe.com/payments/pi_3QaT8pLk2vN0xR7c0mF2Ek9w

You're receiving this email because you enabled successful-payment
notifications for Sam Whitaker Studio.
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
"""
html = """<html><body style="background:#f6f9fc;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="540" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:32px 0;border-radius:8px">
<tr><td style="padding:32px 40px 0;font-size:12px;color:#8898aa">SAM WHITAKER STUDIO</td></tr>
<tr><td style="padding:8px 40px;font-size:22px;color:#32325d">Payment received</td></tr>
<tr><td style="padding:0 40px 16px;font-size:15px;color:#525f7f">Brightline Media paid invoice SW-2026-044.</td></tr>
<tr><td style="padding:0 40px"><table width="100%" cellpadding="6" style="font-size:14px;color:#525f7f;border-top:1px solid #e6ebf1">
<tr><td>Amount</td><td align="right"><b>$1,200.00 USD</b></td></tr>
<tr><td>Stripe fee</td><td align="right">-$35.10</td></tr>
<tr><td>Net</td><td align="right">$1,164.90</td></tr>
<tr><td>Payment method</td><td align="right">Visa ending in 4242</td></tr>
<tr><td>Date</td><td align="right">Nov 3, 2026</td></tr>
</table></td></tr>
<tr><td style="padding:24px 40px"><a href="https://dashboard.stripe.com/payments/pi_3QaT8pLk2vN0xR7c0mF2Ek9w" style="color:#635bff">View payment in Dashboard</a></td></tr>
<tr><td style="padding:0 40px 32px;font-size:12px;color:#8898aa">Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</td></tr>
</table></td></tr></table></body></html>
"""
add("en", "payment-notification", message([
    ("From", "Stripe <notifications@stripe.com>"),
    ("To", "sam@samwhitaker.studio"),
    ("Subject", "Payment of $1,200.00 from Brightline Media"),
    ("Date", "Tue, 03 Nov 2026 22:19:40 +0000"),
    ("Message-ID", "<3b7f1e02-8d4a-4f7e-b0d6-61a9c2e85f14@stripe.com>"),
    ("MIME-Version", "1.0"),
], multi("alternative", [leaf(text, "plain", "utf-8", "7bit"),
                         leaf(html, "html", "utf-8", "quoted-printable")],
         "--==_mimepart_6727f5ac1e2d7_4b1a3f8e")),
    "Stripe card payment; the gross $1,200.00 is what the client paid, $1,164.90 is net of the fee.",
    amount="1200.00", currency="USD", reference="SW-2026-044")

# --- PayPal, GBP, lower-case 'inv' in the note ------------------------------
text = """You've got money!

Harriet Cole sent you £480.00 GBP

Note from Harriet Cole:
"inv 0117 - thanks Priya, the landing page copy is brilliant"

Transaction ID: 2MJ40994RF7716133
Transaction date: 19 November 2026
Amount received: £480.00 GBP
Fee: -£16.25 GBP
Net amount: £463.75 GBP

Help & Contact: www.paypal.com/uk/smarthelp
PayPal UK Ltd., 5 Fleet Place, London EC4M 7RD.
Please don't reply to this email. It'll just confuse the computer that sent it.
"""
add("en", "payment-notification", message([
    ("From", "\"service@paypal.co.uk\" <service@paypal.co.uk>"),
    ("To", "Priya Natarajan <priya@natarajancopy.co.uk>"),
    ("Subject", ew("You've got money: £480.00 GBP from Harriet Cole", enc="Q")),
    ("Date", "Thu, 19 Nov 2026 05:27:33 -0800"),
    ("Message-ID", "<1795181253.2MJ40994RF7716133@paypal.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "PayPal payment in pounds; the payer wrote 'inv 0117' in lower case in her note.",
    amount="480.00", currency="GBP", reference="0117")

# --- Wise, received GBP ------------------------------------------------------
html = """<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ffffff;font-family:Inter,Helvetica,Arial,sans-serif;color:#0e0f0c">
<div style="max-width:560px;margin:0 auto;padding:32px 24px">
<img src="https://wise.com/public-resources/assets/logos/wise/brand_logo.png" width="92" alt="Wise">
<h1 style="font-size:28px;margin:28px 0 12px">You've received 850.00 GBP</h1>
<p style="font-size:16px">Hi Priya,</p>
<p style="font-size:16px">Mark Ellison has sent you 850.00 GBP. It's now in your GBP balance.</p>
<table style="width:100%;font-size:15px;border-top:1px solid #e2e6e8;margin-top:16px" cellpadding="8">
<tr><td style="color:#454745">From</td><td align="right">Mark Ellison</td></tr>
<tr><td style="color:#454745">Amount</td><td align="right">850.00 GBP</td></tr>
<tr><td style="color:#454745">Reference</td><td align="right">INV-2026-31</td></tr>
<tr><td style="color:#454745">Transfer ID</td><td align="right">#1029384756</td></tr>
</table>
<p style="font-size:13px;color:#6a6c6a;margin-top:32px">Wise Payments Limited, 1st Floor, Worship Square, 65 Clifton Street, London EC2A 4JE.<br>This is an automated email, please don't reply.</p>
</div></body></html>
"""
add("en", "payment-notification", message([
    ("From", "Wise <noreply@wise.com>"),
    ("To", "priya@natarajancopy.co.uk"),
    ("Subject", "You've received 850.00 GBP"),
    ("Date", "Mon, 07 Dec 2026 14:40:12 +0000"),
    ("Message-ID", "<01020193a2b5c7d1-9f3e0a41-wise-balance-deposit@eu-west-1.amazonses.com>"),
    ("MIME-Version", "1.0"),
], leaf(html, "html", "utf-8", "quoted-printable")),
    "HTML-only Wise deposit; the invoice is in the Reference cell, the transfer ID is Wise's own.",
    amount="850.00", currency="GBP", reference="INV-2026-31")

# --- Revolut Business, EUR, 'Invoice' prefix in the reference ----------------
text = """You received €2,750.00

Hi Owen,

Kestrel Analytics Ltd sent €2,750.00 to your Main EUR account.

Reference: Invoice 2026/19
Date: 18 Dec 2026, 17:02

Open the app to see the details.

Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania.
You are receiving this email because you have transaction notifications switched on.
"""
add("en", "payment-notification", message([
    ("From", "Revolut Business <no-reply@revolut.com>"),
    ("To", "owen@gallagher.ie"),
    ("Subject", ew("You received €2,750.00 from Kestrel Analytics Ltd")),
    ("Date", "Fri, 18 Dec 2026 17:02:58 +0000"),
    ("Message-ID", "<rb-txn-6f2c0d1e-7a44-4d61-9d3c-0b8e5f21a9c7@revolut.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "Revolut Business incoming transfer; the reference field reads 'Invoice 2026/19'.",
    amount="2750.00", currency="EUR", reference="2026/19")

# --- AIB, Irish bank lodgement alert ----------------------------------------
text = """AIB Alert

Dear Customer,

A credit of EUR 640.00 has been lodged to your account ending 4412 on
13/01/2027.

Narrative: GALLAGHER INV 58 CORKHARBOUR

Log in to AIB Internet Banking or the AIB Mobile App to view your
balance and recent transactions.

AIB will never ask you for your full Registration Number, PAC or card
details by email.

Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
This is an automated message, please do not reply.
"""
add("en", "payment-notification", message([
    ("From", "AIB <alerts@aib.ie>"),
    ("To", "owen@gallagher.ie"),
    ("Subject", "AIB Alert: credit to your account"),
    ("Date", "Wed, 13 Jan 2027 09:15:00 +0000"),
    ("Message-ID", "<AIB.ALRT.202701130915.004412.77120@aib.ie>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "us-ascii", "7bit")),
    "Irish bank lodgement; the narrative runs the payee's name, 'INV 58' and the payer's name together.",
    amount="640.00", currency="EUR", reference="58")

# --- Starling, paid by a company, reference INV-0093 ------------------------
text = """You've been paid £1,150.00

ORCHARD & VALE LTD paid £1,150.00 into your Starling business account.

Reference: INV-0093
Date: 29/01/2027

Starling Bank Limited, 3rd Floor, 2 Finsbury Avenue, London EC2M 2PP.
Registered in England and Wales No. 09092149.
"""
add("en", "payment-notification", message([
    ("From", "Starling Bank <notifications@starlingbank.com>"),
    ("To", "priya@natarajancopy.co.uk"),
    ("Subject", ew("You've been paid £1,150.00")),
    ("Date", "Fri, 29 Jan 2027 12:06:44 +0000"),
    ("Message-ID", "<starling.fpsin.8e7d1c2b-03f4-49aa-b6c1-2d7e44a0f915@starlingbank.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "base64")),
    "Faster Payment into a UK business account; the amount is in the subject and the body, the reference is INV-0093.",
    amount="1150.00", currency="GBP", reference="INV-0093")

# --- Chase, Zelle payment received -----------------------------------------
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#414042;background:#ffffff">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0"><img src="https://www.chase.com/content/dam/chaseonline/en/alerts/ondemand/eventdriven/mol/images/chaseNew.gif" alt="Chase" width="144"></td></tr>
<tr><td style="font-size:22px;padding:10px 0">You received money with Zelle&reg;</td></tr>
<tr><td style="font-size:14px;padding:10px 0">DANIELLE PARK sent you money.</td></tr>
<tr><td><table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border-top:1px solid #cccccc">
<tr><td>Amount</td><td align="right">$400.00</td></tr>
<tr><td>Memo</td><td align="right">Invoice 23 logo revisions</td></tr>
<tr><td>Sent on</td><td align="right">Feb 6, 2027</td></tr>
<tr><td>Transaction number</td><td align="right">27037PN9X1Q4</td></tr>
</table></td></tr>
<tr><td style="font-size:12px;padding:20px 0;color:#717171">The money is now in your account ending in (...6031).<br>
You are receiving this alert because you enrolled in Zelle with Chase. To change your alerts, sign in to chase.com.<br>
Please don't reply to this automatically generated service email.<br>&copy; 2027 JPMorgan Chase &amp; Co.</td></tr>
</table></body></html>
"""
add("en", "payment-notification", message([
    ("From", "Chase <no.reply.alerts@chase.com>"),
    ("To", "sam@samwhitaker.studio"),
    ("Subject", "You received money with Zelle(R)"),
    ("Date", "Sat, 06 Feb 2027 10:52:19 -0500"),
    ("Message-ID", "<2027020610521900.ZELLE.RCV.27037PN9X1Q4@alerts.chase.com>"),
    ("MIME-Version", "1.0"),
], leaf(html, "html", "utf-8", "quoted-printable")),
    "Zelle receipt in HTML only; the memo 'Invoice 23 logo revisions' names invoice 23, the transaction number is Chase's.",
    amount="400.00", currency="USD", reference="23")

# --- Bill.com, ACH payment covering two invoices ----------------------------
text = """Juniper Outdoor Co. sent you a payment

Hi Sam Whitaker,

Juniper Outdoor Co. has sent you a payment of $3,480.00 by ACH.
It should arrive in your bank account ending in 6031 in 3-5 business days.

Payment details
  Payment amount:     $3,480.00
  Payment method:     ACH (standard)
  Payment reference:  P270216-0039914
  Invoice #1043       $2,000.00
  Invoice #1047       $1,480.00

Questions about this payment? Contact Juniper Outdoor Co. directly at
payables@juniperoutdoor.com.

BILL, 6220 America Center Drive, Suite 100, San Jose, CA 95002
"""
add("en", "payment-notification", message([
    ("From", "Juniper Outdoor Co. via BILL <notifications@hq.bill.com>"),
    ("Reply-To", "payables@juniperoutdoor.com"),
    ("To", "sam@samwhitaker.studio"),
    ("Subject", "Juniper Outdoor Co. sent you a payment"),
    ("Date", "Tue, 16 Feb 2027 08:31:07 -0800"),
    ("Message-ID", "<P270216-0039914.vendorpayment@hq.bill.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "7bit")),
    "ACH payment sent through an AP platform for two invoices; the money is on its way, no single reference.",
    amount="3480.00", currency="USD")

# --- Corporate AP remittance advice, GBP, PDF -------------------------------
text = """REMITTANCE ADVICE

Supplier:        NATARAJAN COPY LTD (Supplier no. 100238)
Payment number:  200044718
Payment date:    24/02/2027
Payment method:  BACS
Bank account:    ****5512

Invoice No.   Invoice Date   Gross       Discount   Paid
2027-002      05/01/2027     2,400.00    0.00       2,400.00

Total paid: GBP 2,400.00

Please allow up to 3 working days for the funds to clear.
Queries: accounts.payable@haldenpryce.co.uk quoting the payment number.

Halden & Pryce plc - this is a system-generated message, do not reply.
"""
add("en", "payment-notification", message([
    ("From", "Halden & Pryce Accounts Payable <ap-remittance@haldenpryce.co.uk>"),
    ("To", "priya@natarajancopy.co.uk"),
    ("Subject", "Remittance Advice - Payment Number 200044718"),
    ("Date", "Wed, 24 Feb 2027 06:00:03 +0000"),
    ("Message-ID", "<REM200044718.1803708003@ap.haldenpryce.co.uk>"),
    ("MIME-Version", "1.0"),
], multi("mixed", [leaf(text, "plain", "us-ascii", "7bit"),
                   binpart(tiny_pdf("Remittance 200044718"), "application/pdf",
                           "Remittance_200044718.pdf")],
         "_004_REM200044718apsystem_")),
    "Remittance advice for one invoice; the subject's payment number 200044718 is not the invoice number (2027-002).",
    amount="2400.00", currency="GBP", reference="2027-002")

# --- Square Invoices, paid ---------------------------------------------------
text = """Invoice #000031 paid

Good news! Ridgeway Coffee Roasters paid invoice #000031.

Amount paid: $275.00
Paid on: Mar 2, 2027
Card: Mastercard ending 5106

Funds will be deposited to your linked bank account according to your
transfer schedule.

Square, Inc. 1955 Broadway, Suite 600, Oakland, CA 94612
"""
add("en", "payment-notification", message([
    ("From", "Square <noreply@messaging.squareup.com>"),
    ("To", "sam@samwhitaker.studio"),
    ("Subject", "Payment received for Invoice #000031"),
    ("Date", "Tue, 02 Mar 2027 16:22:45 -0800"),
    ("Message-ID", "<inv-paid.000031.7Q2XBRK1M4@messaging.squareup.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "us-ascii", "7bit")),
    "Square invoice paid by card; the leading zeros belong to the invoice number.",
    amount="275.00", currency="USD", reference="000031")

# --- Monzo Business, reference 'INV 2026-77' --------------------------------
text = """£95.00 from J SMITH

Reference: INV 2026-77

Received into your Monzo Business account on 11 March 2027 at 13:14.

Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG.
"""
html = """<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;background:#fff">
<div style="max-width:480px;margin:0 auto;padding:24px">
<p style="font-size:26px;margin:0"><b>&pound;95.00</b> from J SMITH</p>
<p style="color:#555">Reference: INV 2026-77</p>
<p style="color:#555">Received into your Monzo Business account on 11 March 2027 at 13:14.</p>
<p style="font-size:11px;color:#999">Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG.</p>
</div></body></html>
"""
add("en", "payment-notification", message([
    ("From", "Monzo <help@monzo.com>"),
    ("To", "priya@natarajancopy.co.uk"),
    ("Subject", ew("You got paid £95.00")),
    ("Date", "Thu, 11 Mar 2027 13:14:52 +0000"),
    ("Message-ID", "<monzo.biz.tx_0000AbCdE12FgH34iJ5kL@monzo.com>"),
    ("MIME-Version", "1.0"),
], multi("alternative", [leaf(text, "plain", "utf-8", "quoted-printable"),
                         leaf(html, "html", "utf-8", "quoted-printable")],
         "monzo-7f41a9e2c05b")),
    "A bare bank notice; the reference 'INV 2026-77' has a prefix separated by a space, the number is 2026-77.",
    amount="95.00", currency="GBP", reference="2026-77")

# --- Xero, payment received for an invoice ----------------------------------
text = """Hi Priya,

A payment of £1,800.00 has been received for invoice INV-0412 from
Hollis & Grant.

Invoice:      INV-0412
Contact:      Hollis & Grant
Amount paid:  £1,800.00 GBP
Paid via:     Stripe (card)
Date:         22 Mar 2027

The invoice is now marked as paid in Xero.

Regards,
Xero

You're receiving this email because online invoice payment notifications
are turned on for Natarajan Copy Ltd.
"""
add("en", "payment-notification", message([
    ("From", "Xero <messaging-service@post.xero.com>"),
    ("To", "priya@natarajancopy.co.uk"),
    ("Subject", "Payment received for Invoice INV-0412"),
    ("Date", "Mon, 22 Mar 2027 11:41:09 +0000"),
    ("Message-ID", "<0102018e6a2f9b51-2c7d1e9a-xero-paymentreceived@eu-west-1.amazonses.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "Accounting software notice that the client paid an online invoice.",
    amount="1800.00", currency="GBP", reference="INV-0412")

# --- PayPal, USD converted to EUR -------------------------------------------
text = """You received a payment

Tidewater Games LLC sent you $650.00 USD

Note from Tidewater Games LLC:
Invoice 0009 - Unity build fixes, Feb. Thanks Owen!

Transaction ID: 5WE19003HN6618251
Transaction date: March 26, 2027
Amount received: $650.00 USD
Fee: -$28.35 USD
Currency conversion: you'll receive \u20ac574.80 EUR in your PayPal balance
(1 EUR = 1.08150 USD)

Help & Contact: www.paypal.com/ie/smarthelp
PayPal (Europe) S.\u00e0 r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
"""
add("en", "payment-notification", message([
    ("From", "\"service@paypal.ie\" <service@paypal.ie>"),
    ("To", "Owen Gallagher <owen@gallagher.ie>"),
    ("Subject", "You've got money"),
    ("Date", "Fri, 26 Mar 2027 07:19:58 -0700"),
    ("Message-ID", "<1806070798.5WE19003HN6618251@paypal.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "Payment made in US dollars to a euro account; the client paid $650.00, the euro figure is PayPal's conversion after fees.",
    amount="650.00", currency="USD", reference="0009")

# ===========================================================================
# LOOK-ALIKES - Italian
# ===========================================================================

# --- Outgoing transfer the freelancer made (to her accountant) ---------------
text = """Gentile Cliente,

ti confermiamo che il bonifico da te disposto è stato eseguito.

Ordinante:      FERRANTE GIULIA
Conto:          ****7731
Beneficiario:   STUDIO VERDI COMMERCIALISTI ASSOCIATI
IBAN:           IT40 S054 2811 1010 0000 0345 678
Importo:        634,40 EUR
Causale:        Saldo fattura 2026/55 onorario III trimestre
Data esecuzione: 25/11/2026
CRO:            0306925112600047812

Trovi la ricevuta in PDF nella sezione Archivio dell'app.

Intesa Sanpaolo
Questa è una comunicazione automatica, ti preghiamo di non rispondere.
"""
add("it", "other", message([
    ("From", "Intesa Sanpaolo <noreply@notifiche.intesasanpaolo.com>"),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", "Conferma esecuzione bonifico"),
    ("Date", "Wed, 25 Nov 2026 15:36:20 +0100"),
    ("Message-ID", "<20261125143620.7710.ISPNOTIF.0105522@notifiche.intesasanpaolo.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "An outgoing transfer the freelancer made to pay her accountant's invoice: money out, despite 'bonifico', an amount and 'saldo fattura' in the causale.")

# --- SEPA direct debit on the freelancer's account (utility bill) -----------
text = """Banca Sella - Avviso di addebito

Gentile RINALDI ELENA,

ti informiamo che sul tuo conto n. 052 **** 2209 è stato addebitato il
seguente SDD (Addebito Diretto SEPA):

Creditore:           ENEL ENERGIA S.P.A.
ID creditore:        IT930010000006655770151
Riferimento mandato: 300012558941
Riferimento:         FATTURA 00412877551 DEL 12/11/2026
Importo:             87,42 EUR
Data addebito:       01/12/2026

Se non riconosci questo addebito puoi chiederne il rimborso entro 8
settimane dalla data di addebito.

Banca Sella S.p.A. - Piazza Gaudenzio Sella 1, 13900 Biella
Messaggio automatico, non rispondere.
"""
add("it", "other", message([
    ("From", "Banca Sella <noreply@sella.it>"),
    ("To", "elena@rinalditraduzioni.it"),
    ("Subject", "Addebito SDD sul tuo conto"),
    ("Date", "Tue, 01 Dec 2026 06:45:00 +0100"),
    ("Message-ID", "<SELLA.SDD.20261201064500.300012558941@sella.it>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "iso-8859-1", "quoted-printable")),
    "A direct debit taken from the freelancer for her electricity bill; the 'FATTURA' in it is the supplier's invoice, not hers.")

# --- SdI delivery receipt via an e-invoicing service ------------------------
text = """Ciao Giulia,

la fattura elettronica n. 2026/131 del 08/01/2027 intestata a
CANTINA SOCIALE COLLI BOLOGNESI SOC. COOP. è stata consegnata al
destinatario dal Sistema di Interscambio.

Stato:                 Consegnata (RC - Ricevuta di consegna)
Identificativo SdI:    14528830127
Data consegna:         11/01/2027 09:58
Importo documento:     2.196,00 EUR

Puoi scaricare la ricevuta dalla sezione Fatture > Inviate.

Questa notifica conferma solo il recapito della fattura, non il suo
pagamento.

Il team di Fatture in Cloud
TeamSystem S.p.A.
"""
add("it", "other", message([
    ("From", "Fatture in Cloud <notifiche@fattureincloud.it>"),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", "Fattura 2026/131 consegnata al destinatario"),
    ("Date", "Mon, 11 Jan 2027 10:02:31 +0100"),
    ("Message-ID", "<fic.sdi.rc.14528830127@fattureincloud.it>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "An e-invoicing delivery receipt (RC) for the freelancer's own invoice; it carries number and amount but says the invoice was delivered, not paid.")

# --- Invoice received (phone bill) -----------------------------------------
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="background:#e60000;padding:16px 24px;color:#fff;font-size:20px"><b>Vodafone Business</b></td></tr>
<tr><td style="padding:24px;font-size:15px">
<p>Gentile Cliente,</p>
<p>la tua nuova fattura &egrave; disponibile nell'area riservata My Vodafone Business.</p>
<table cellpadding="6" style="font-size:14px;border:1px solid #ddd">
<tr><td>Numero fattura</td><td>AL27012345678</td></tr>
<tr><td>Periodo</td><td>01/01/2027 - 31/01/2027</td></tr>
<tr><td>Importo</td><td>29,90 &euro;</td></tr>
<tr><td>Scadenza</td><td>23/02/2027</td></tr>
<tr><td>Modalit&agrave; di pagamento</td><td>Addebito su conto corrente</td></tr>
</table>
<p>L'importo sar&agrave; addebitato automaticamente alla scadenza.</p>
<p>Vodafone Italia S.p.A.</p>
</td></tr></table></body></html>
"""
add("it", "other", message([
    ("From", "Vodafone Business <noreply@fatture.vodafone.it>"),
    ("To", "elena@rinalditraduzioni.it"),
    ("Subject", "La tua fattura Vodafone Business di febbraio"),
    ("Date", "Wed, 03 Feb 2027 04:12:55 +0100"),
    ("Message-ID", "<VFB.INV.AL27012345678@fatture.vodafone.it>"),
    ("MIME-Version", "1.0"),
], leaf(html, "html", "utf-8", "base64")),
    "An invoice the freelancer received from her phone company, to be debited from her account; nothing is paid to her.")

# --- Satispay refund of a purchase -------------------------------------------
text = """Ciao Davide,

hai ricevuto un rimborso di 12,90 \u20ac da Libreria Mondadori Catania.

Il rimborso si riferisce al pagamento del 14/02/2027 ed è già
disponibile nel tuo saldo Satispay.

Il Team Satispay
"""
add("it", "other", message([
    ("From", "Satispay <noreply@satispay.com>"),
    ("To", "davide.lopresti@gmail.com"),
    ("Subject", ew("Rimborso ricevuto: 12,90 €")),
    ("Date", "Sat, 20 Feb 2027 16:48:09 +0100"),
    ("Message-ID", "<0100018f7c1d2e3f-1b2a7c3d-refund-000000@email.satispay.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "A shop refunding one of the freelancer's own purchases: money comes back, but no client pays anything.")

# --- Client forwards the bank's transfer receipt (a reply to the reminder) ---
text = """Buongiorno dott.ssa Rinaldi,

le inoltro la contabile del bonifico fatto stamattina, mi scuso per il
ritardo ma il titolare era all'estero.

Cordiali saluti

Sara Colombo
Ufficio Amministrazione
Mobilificio Colombo & Figli s.n.c.
Tel. 031 774 512

-----Messaggio originale-----
Da: Intesa Sanpaolo <noreply@notifiche.intesasanpaolo.com>
Inviato: giovedì 4 marzo 2027 08:51
A: amministrazione@mobilificiocolombo.it
Oggetto: Esito disposizione bonifico

Gentile Cliente,
il bonifico da te disposto è stato eseguito.

Beneficiario: RINALDI ELENA
Importo: 732,00 EUR
Causale: Saldo fattura 2026/120
Data esecuzione: 04/03/2027
CRO: 0306904032700019927

-----Messaggio originale-----
Da: Elena Rinaldi <elena@rinalditraduzioni.it>
Inviato: martedì 2 marzo 2027 10:00
A: amministrazione@mobilificiocolombo.it
Oggetto: Sollecito fattura 2026/120

Spett.le Mobilificio Colombo & Figli s.n.c.,

da un controllo la fattura n. 2026/120 di 732,00 €, scaduta il 15 febbraio 2027, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.

Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.

Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.

Cordiali saluti,
Elena Rinaldi
"""
add("it", "client-reply-paid", message([
    ("From", "Amministrazione Mobilificio Colombo <amministrazione@mobilificiocolombo.it>"),
    ("To", "Elena Rinaldi <elena@rinalditraduzioni.it>"),
    ("Subject", "R: Sollecito fattura 2026/120"),
    ("Date", "Thu, 04 Mar 2027 09:27:41 +0100"),
    ("Message-ID", "<000c01db8cd2$4f1a2b30$ed4e8190$@mobilificiocolombo.it>"),
    ("In-Reply-To", "<mailduns.2026-120.r1.20270302090000@rinalditraduzioni.it>"),
    ("References", "<mailduns.2026-120.r1.20270302090000@rinalditraduzioni.it>"),
    ("X-Mailer", "Microsoft Outlook 16.0"),
    ("Thread-Index", "AQHbjNJPGisw7U6BkA=="),
    ("MIME-Version", "1.0"),
], multi("mixed", [leaf(text, "plain", "windows-1252", "quoted-printable"),
                   binpart(tiny_pdf("Contabile bonifico 04/03/2027"), "application/pdf",
                           "Contabile_bonifico_04032027.pdf")],
         "----=_NextPart_000_000D_01DB8CDA.B0DE9330")),
    "A client's own words (the accounts clerk) forwarding the bank's execution receipt: a paid claim, not a bank notice; amount and causale come from the forwarded receipt, not from the quoted reminder.",
    amount="732.00", currency="EUR", reference="2026/120")

# --- PayPal payment request the freelancer sent -----------------------------
text = """Hai inviato una richiesta di pagamento

Hai chiesto 200,00 \u20ac EUR a Pietro Gallo (pietro.gallo@gmail.com).

Nota: Fattura 2027/011 - manutenzione sito marzo

Ti avviseremo quando Pietro Gallo avrà pagato. Puoi annullare la
richiesta in qualsiasi momento dalla sezione Attività.

PayPal (Europe) S.\u00e0 r.l. et Cie, S.C.A.
"""
add("it", "other", message([
    ("From", "\"service@paypal.it\" <service@paypal.it>"),
    ("To", "Davide Lo Presti <davide.lopresti@gmail.com>"),
    ("Subject", "Hai inviato una richiesta di pagamento a Pietro Gallo"),
    ("Date", "Mon, 15 Mar 2027 11:03:26 -0700"),
    ("Message-ID", "<1805134206.REQ.6JP20911AB774301K@paypal.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "A copy of the payment request the freelancer sent: it names an invoice and an amount but no money has arrived.")

# ===========================================================================
# LOOK-ALIKES - Spanish
# ===========================================================================

# --- Card purchase -----------------------------------------------------------
text = """Hola, JAVIER:

Se ha realizado una compra con tu tarjeta ·2290.

Comercio: AMAZON EU SARL
Importe: 45,90 €
Fecha: 08/11/2026 13:05

Si no reconoces esta operación, llama al 91 224 94 26.

BBVA
"""
add("es", "other", message([
    ("From", "BBVA <bbva@comunicaciones.bbva.es>"),
    ("To", "javi.cuesta.foto@gmail.com"),
    ("Subject", "Compra con tu tarjeta"),
    ("Date", "Sun, 08 Nov 2026 13:05:52 +0100"),
    ("Message-ID", "<1762603552.BBVA.CARD.0091822@comunicaciones.bbva.es>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "A card purchase by the freelancer: money out.")

# --- Social-security direct debit (cuota de autónomos) ----------------------
text = """Estimada clienta:

Le comunicamos que se ha cargado en su cuenta ES** **** **** **** **** 3419
el siguiente recibo domiciliado:

   Emisor:     TESORERIA GRAL. SEGURIDAD SOCIAL
   Concepto:   CUOTA RETA 11/2026
   Importe:    294,00 EUR
   Fecha:      30/11/2026

Puede consultar el detalle en CaixaBankNow > Cuentas > Recibos.

CaixaBank, S.A.
Este mensaje se ha enviado automáticamente. No responda a este correo.
"""
add("es", "other", message([
    ("From", "CaixaBank <avisos@caixabank.com>"),
    ("To", "marta@ibanezsoler.es"),
    ("Subject", "Cargo de recibo en su cuenta"),
    ("Date", "Mon, 30 Nov 2026 08:10:27 +0100"),
    ("Message-ID", "<CXB-RECIBO-20261130081027-110392@caixabank.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "iso-8859-1", "quoted-printable")),
    "The monthly self-employed social-security fee debited from the freelancer's account: money out.")

# --- Bizum request sent by the freelancer -----------------------------------
text = """Solicitud de Bizum enviada

Has solicitado 60,00 € a ÁLVARO G. (+34 6** *** 418).

Concepto: fra. 2027-009 sesión exteriores

Te avisaremos cuando acepte o rechace la solicitud. Si no responde, la
solicitud caducará en 7 días.

Banco Sabadell
"""
add("es", "other", message([
    ("From", "Banco Sabadell <notificaciones@bancsabadell.com>"),
    ("To", "javi.cuesta.foto@gmail.com"),
    ("Subject", "Solicitud de Bizum enviada"),
    ("Date", "Mon, 21 Dec 2026 19:22:40 +0100"),
    ("Message-ID", "<bizum.req.20261221192240.0093417@bancsabadell.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "The freelancer's own Bizum payment request, still pending: names an invoice and an amount but nothing was received.")

# --- Electricity bill received ----------------------------------------------
html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f3f3f3">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:20px;background:#00402a;color:#ffffff;font-size:20px">Iberdrola</td></tr>
<tr><td style="padding:24px;font-size:15px;color:#333">
<p>Hola, Javier:</p>
<p>Ya tienes disponible tu factura de luz.</p>
<table cellpadding="6" style="font-size:14px">
<tr><td>N.º de factura</td><td><b>21270119004471</b></td></tr>
<tr><td>Periodo de facturación</td><td>15/12/2026 - 14/01/2027</td></tr>
<tr><td>Importe total</td><td><b>64,37 €</b></td></tr>
<tr><td>Fecha de cargo</td><td>26/01/2027</td></tr>
</table>
<p>Te la cargaremos en tu cuenta bancaria en la fecha indicada.</p>
<p>Gracias por confiar en Iberdrola.</p>
</td></tr></table></body></html>
"""
add("es", "other", message([
    ("From", "Iberdrola Clientes <facturaelectronica@iberdrola.es>"),
    ("To", "javi.cuesta.foto@gmail.com"),
    ("Subject", ew("Tu factura de luz ya está disponible", enc="Q")),
    ("Date", "Tue, 19 Jan 2027 05:33:17 +0100"),
    ("Message-ID", "<IBD.FE.21270119004471@iberdrola.es>"),
    ("MIME-Version", "1.0"),
], leaf(html, "html", "utf-8", "quoted-printable")),
    "An electricity bill the freelancer has to pay: an invoice received, not a payment.")

# --- FACe status change: registered -----------------------------------------
text = """FACe - Punto General de Entrada de Facturas Electrónicas
de la Administración General del Estado

NOTIFICACIÓN DE CAMBIO DE ESTADO

La factura con los datos siguientes ha cambiado de estado:

   Número de registro:   REGAGE27e00000741201
   Número de factura:    2027/006
   Serie:                (sin serie)
   Importe:              1.331,00 EUR
   Emisor:               IBAÑEZ SOLER MARTA - 12345678Z
   Órgano gestor:        L01462136 - AYUNTAMIENTO DE GANDIA
   Estado anterior:      -
   Estado actual:        1200 - Registrada
   Fecha:                28/01/2027 12:00:41

Puede consultar el estado de sus facturas en https://face.gob.es

Este correo se ha generado automáticamente. No responda a este mensaje.
"""
add("es", "other", message([
    ("From", "FACe <noreply@face.gob.es>"),
    ("To", "marta@ibanezsoler.es"),
    ("Subject", "FACe - Cambio de estado de la factura 2027/006"),
    ("Date", "Thu, 28 Jan 2027 12:00:48 +0100"),
    ("Message-ID", "<FACE.REGAGE27e00000741201.1200@face.gob.es>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "A public e-invoicing portal saying the invoice was registered (state 1200): a receipt of submission, not a payment.")

# --- Client forwards the bank's transfer confirmation (reply to reminder) ---
text = """Hola Marta,

Perdona, se nos pasó con las fiestas. Te adjunto el justificante, la
hicimos ayer.

Un saludo,
Pepa

Pepa Ruiz Alcaraz
Administración | Acadèmia d'Idiomes Llevant
Tel. 963 41 22 90

-----Mensaje original-----
De: CaixaBank <avisos@caixabank.com>
Enviado el: martes, 9 de febrero de 2027 18:12
Para: administracion@academiallevant.es
Asunto: Transferencia realizada

Transferencia realizada correctamente

Beneficiario: MARTA IBAÑEZ SOLER
Importe: 363,00 EUR
Concepto: Factura 2026-41
Fecha de ejecución: 09/02/2027

-----Mensaje original-----
De: Marta Ibáñez Soler <marta@ibanezsoler.es>
Enviado el: lunes, 8 de febrero de 2027 9:00
Para: administracion@academiallevant.es
Asunto: Recordatorio: factura n.º 2026-41

Estimados señores:

Revisando mis cuentas, veo que la factura n.º 2026-41 de 363,00 €, vencida el 31 de enero de 2027, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.

Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.

Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.

Un cordial saludo,
Marta Ibáñez Soler
"""
add("es", "client-reply-paid", message([
    ("From", addr("Pepa Ruiz - Acadèmia Llevant", "administracion@academiallevant.es", "iso-8859-1", "Q")),
    ("To", addr("Marta Ibáñez Soler", "marta@ibanezsoler.es")),
    ("Subject", ew("RE: Recordatorio: factura n.º 2026-41", "iso-8859-1", "Q")),
    ("Date", "Wed, 10 Feb 2027 17:54:03 +0100"),
    ("Message-ID", "<AM6PR02MB4471C2D8E0A1F3B7@AM6PR02MB4471.eurprd02.prod.outlook.com>"),
    ("In-Reply-To", "<mailduns.2026-41.r1.20270208090000@ibanezsoler.es>"),
    ("References", "<mailduns.2026-41.r1.20270208090000@ibanezsoler.es>"),
    ("MIME-Version", "1.0"),
], multi("mixed", [leaf(text, "plain", "windows-1252", "quoted-printable"),
                   binpart(tiny_pdf("Justificante transferencia"), "application/pdf",
                           "justificante_transferencia.pdf")],
         "_002_AM6PR02MB4471C2D8E0A1F3B7_")),
    "The client writes that the transfer was made yesterday and forwards her bank's confirmation: a paid claim; the amount and concepto come from the forwarded confirmation, not from the quoted reminder.",
    amount="363.00", currency="EUR", reference="2026-41")

# --- Stripe failed payment ---------------------------------------------------
text = """Pago fallido

No se ha podido cobrar el pago de Academia Lingua Viva.

Factura:   INV-2027-0007
Importe:   480,00 €
Motivo:    La tarjeta ha sido rechazada (fondos insuficientes)
Fecha:     9 mar 2027

Stripe volverá a intentar el cobro según la configuración de reintentos
de tu cuenta. También puedes enviar al cliente un nuevo enlace de pago.

Ver factura: https://dashboard.stripe.com/invoices/in_1R0b7nKc1Bd4mN0aT6gHq2Ws

Stripe Payments Europe, Ltd.
"""
add("es", "other", message([
    ("From", "Stripe <notifications@stripe.com>"),
    ("To", "marta@ibanezsoler.es"),
    ("Subject", ew("Pago fallido: 480,00 € de Academia Lingua Viva")),
    ("Date", "Tue, 09 Mar 2027 10:30:15 +0000"),
    ("Message-ID", "<e5c1a9d3-7b2f-4e81-a0c6-3d9f5b18e224@stripe.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "A failed card payment for an invoice: the notice looks like a payment one but says no money came in.")

# ===========================================================================
# LOOK-ALIKES - English
# ===========================================================================

# --- Refund the freelancer sent ---------------------------------------------
text = """You sent a refund

You refunded $40.00 USD to Kevin O'Brien.

Original transaction: 9HD33814KA770292T (Oct 28, 2026)
Refund amount: $40.00 USD
Refund ID: 1RA07529ML4405516

It may take a few days for the refund to appear in Kevin O'Brien's account.

PayPal, Inc., 2211 North First Street, San Jose, CA 95131
"""
add("en", "other", message([
    ("From", "\"service@paypal.com\" <service@paypal.com>"),
    ("To", "Sam Whitaker <sam@samwhitaker.studio>"),
    ("Subject", "Refund to Kevin O'Brien"),
    ("Date", "Mon, 16 Nov 2026 20:11:44 -0800"),
    ("Message-ID", "<1794895904.1RA07529ML4405516@paypal.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "us-ascii", "7bit")),
    "A refund the freelancer sent to a customer: money out, though it comes from PayPal and has an amount.")

# --- Direct Debit advance notice (the freelancer is the payer) --------------
text = """Hi Owen Gallagher,

This is an advance notice that Xero Limited will collect €32.50 from your
account ending ******12 on or after 3 February 2027, under your Direct
Debit mandate reference XERO-7Q4KD2M.

Payment description: Xero Standard plan - February 2027

If you have any questions about this payment, please contact Xero at
billing@xero.com.

Your payments are protected by the SEPA Direct Debit refund rules.

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London, EC1V 7EN
"""
add("en", "other", message([
    ("From", "Xero via GoCardless <help@gocardless.com>"),
    ("To", "owen@gallagher.ie"),
    ("Subject", ew("Upcoming payment: Xero Limited will collect €32.50")),
    ("Date", "Thu, 21 Jan 2027 08:00:00 +0000"),
    ("Message-ID", "<advance.notice.PM01HQ2S6B9VW@gocardless.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "A GoCardless advance notice of a direct debit the freelancer will pay for his own software: money out, scheduled.")

# --- SaaS invoice received --------------------------------------------------
text = """Figma

Receipt from Figma, Inc.

Invoice number: F-7713-2231
Date paid: February 1, 2027
Payment method: Visa - 0938

  Figma Professional (1 editor, monthly)   $15.00
  Figma Dev Mode (1 seat, monthly)         $30.00
  ------------------------------------------------
  Amount paid                              $45.00

Questions? Visit help.figma.com

Figma, Inc., 760 Market St, Floor 10, San Francisco, CA 94102
"""
add("en", "other", message([
    ("From", "Figma <billing@figma.com>"),
    ("To", "owen@gallagher.ie"),
    ("Subject", "Your receipt from Figma, Inc. #F-7713-2231"),
    ("Date", "Mon, 01 Feb 2027 10:04:19 +0000"),
    ("Message-ID", "<receipt-F-7713-2231@mail.figma.com>"),
    ("MIME-Version", "1.0"),
], multi("mixed", [leaf(text, "plain", "utf-8", "7bit"),
                   binpart(tiny_pdf("Figma invoice F-7713-2231"), "application/pdf",
                           "Invoice-F-7713-2231.pdf")],
         "000000000000a1b2c3d4e5f60718")),
    "A receipt for the freelancer's own subscription: 'Amount paid' is what he paid out.")

# --- AP platform: payment scheduled, not yet sent ----------------------------
text = """Northwind Traders scheduled a payment

Hi Sam Whitaker,

Northwind Traders has scheduled a payment to you.

  Amount:            $1,250.00
  Invoice:           1050
  Scheduled to send: February 20, 2027
  Method:            ACH

We'll email you again when the payment is on its way. Payments can be
changed or cancelled by the payer until they are sent.

BILL, 6220 America Center Drive, Suite 100, San Jose, CA 95002
"""
add("en", "other", message([
    ("From", "Northwind Traders via BILL <notifications@hq.bill.com>"),
    ("To", "sam@samwhitaker.studio"),
    ("Subject", "Northwind Traders scheduled a payment to you"),
    ("Date", "Fri, 12 Feb 2027 09:44:27 -0800"),
    ("Message-ID", "<S270212-0022817.scheduled@hq.bill.com>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "us-ascii", "7bit")),
    "An AP platform says a payment is scheduled for Feb 20 and can still be cancelled: no money yet, and a machine notice is not a client's promise.")

# --- Wise: outgoing transfer the freelancer sent to a subcontractor ----------
html = """<!doctype html><html><head><meta charset="utf-8"></head>
<body style="margin:0;font-family:Inter,Helvetica,Arial,sans-serif;color:#0e0f0c">
<div style="max-width:560px;margin:0 auto;padding:32px 24px">
<img src="https://wise.com/public-resources/assets/logos/wise/brand_logo.png" width="92" alt="Wise">
<h1 style="font-size:28px">Your money's arrived</h1>
<p>Hi Owen,</p>
<p>Your transfer to <b>Ana Costa</b> is complete. The money's now in their account.</p>
<table style="width:100%;font-size:15px;border-top:1px solid #e2e6e8" cellpadding="8">
<tr><td>You sent</td><td align="right">300.00 EUR</td></tr>
<tr><td>Ana Costa gets</td><td align="right">300.00 EUR</td></tr>
<tr><td>Reference</td><td align="right">Invoice AC-17 illustrations</td></tr>
<tr><td>Transfer ID</td><td align="right">#1180057732</td></tr>
</table>
<p style="font-size:13px;color:#6a6c6a">Wise Europe SA, Rue du Trône 100, 1050 Brussels.</p>
</div></body></html>
"""
add("en", "other", message([
    ("From", "Wise <noreply@wise.com>"),
    ("To", "owen@gallagher.ie"),
    ("Subject", "Your money's arrived"),
    ("Date", "Thu, 25 Feb 2027 15:07:36 +0000"),
    ("Message-ID", "<01020194f0b3a1c2-7e5d4c3b-wise-transfer-complete@eu-west-1.amazonses.com>"),
    ("MIME-Version", "1.0"),
], leaf(html, "html", "utf-8", "quoted-printable")),
    "'Your money's arrived' refers to the freelancer's own transfer to a subcontractor: money out, with an invoice in the reference.")

# --- Client: our ACH came back, please confirm your details ------------------
text = """Hi Sam,

Quick heads up - the ACH we sent on the 9th for invoice 1039 came back to
us today. Our bank's return code is R03 ("no account/unable to locate
account"). Could you double-check the routing and account numbers on
file and send them over again? I've attached the screenshot from our
banking portal.

Thanks,
Dana

Dana Whitfield | Accounts Payable
Cascade Brewing Supply
503-555-0148

From: Sam Whitaker <sam@samwhitaker.studio>
Sent: Monday, March 15, 2027 9:00 AM
To: ap@cascadebrewsupply.com
Subject: Reminder: invoice 1039

Dear Accounts Team,

According to my records, invoice 1039 for $860.00, due on March 1, 2027, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.

If you have already paid, thank you - please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.

The payment details are on the invoice, in my original email in this thread.

Kind regards,
Sam Whitaker
"""
html = """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!-- p.MsoNormal {margin:0in;font-size:11.0pt;font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-US" link="#0563C1" vlink="#954F72"><div class="WordSection1">
<p class="MsoNormal">Hi Sam,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Quick heads up - the ACH we sent on the 9th for invoice 1039 came back to us today. Our bank's return code is R03 (&quot;no account/unable to locate account&quot;). Could you double-check the routing and account numbers on file and send them over again? I've attached the screenshot from our banking portal.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Thanks,<o:p></o:p></p><p class="MsoNormal">Dana<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal"><b>Dana Whitfield</b> | Accounts Payable<br>Cascade Brewing Supply<br>503-555-0148<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in">
<p class="MsoNormal"><b>From:</b> Sam Whitaker &lt;sam@samwhitaker.studio&gt;<br><b>Sent:</b> Monday, March 15, 2027 9:00 AM<br><b>To:</b> ap@cascadebrewsupply.com<br><b>Subject:</b> Reminder: invoice 1039<o:p></o:p></p></div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Dear Accounts Team,<o:p></o:p></p>
<p class="MsoNormal">According to my records, invoice 1039 for $860.00, due on March 1, 2027, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.<o:p></o:p></p>
<p class="MsoNormal">If you have already paid, thank you - please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.<o:p></o:p></p>
<p class="MsoNormal">The payment details are on the invoice, in my original email in this thread.<o:p></o:p></p>
<p class="MsoNormal">Kind regards,<br>Sam Whitaker<o:p></o:p></p>
</div></body></html>
"""
add("en", "client-reply-other", message([
    ("From", "Dana Whitfield <ap@cascadebrewsupply.com>"),
    ("To", "Sam Whitaker <sam@samwhitaker.studio>"),
    ("Subject", "RE: Reminder: invoice 1039"),
    ("Date", "Tue, 16 Mar 2027 12:38:51 -0400"),
    ("Message-ID", "<BY5PR17MB3921E6A0D2C44F10B7@BY5PR17MB3921.namprd17.prod.outlook.com>"),
    ("In-Reply-To", "<mailduns.1039.r1.20270315160000@samwhitaker.studio>"),
    ("References", "<mailduns.1039.r1.20270315160000@samwhitaker.studio>"),
    ("Thread-Topic", "Reminder: invoice 1039"),
    ("MIME-Version", "1.0"),
], multi("mixed", [
    multi("alternative", [leaf(text, "plain", "us-ascii", "quoted-printable"),
                          leaf(html, "html", "us-ascii", "quoted-printable")],
          "_000_BY5PR17MB3921E6A0D2C44F10B7BY5PR17MB3921namp_"),
    binpart(tiny_png(), "image/png", "ach_return_R03.png"),
], "_004_BY5PR17MB3921E6A0D2C44F10B7BY5PR17MB3921namp_")),
    "The client's ACH was returned and they ask for the bank details again without saying they will resend: not paid, not a promise.")

# ===========================================================================
# AUTO-REPLIES
# ===========================================================================

# --- IT: Exchange out-of-office, return day written in words ------------------
text = """Buongiorno,

grazie per il messaggio. Lo studio resterà chiuso per le festività
natalizie: sarò di nuovo in ufficio da mercoledì sei gennaio e
risponderò appena possibile.

Per questioni urgenti potete contattare la collega Laura Fini
(l.fini@studiopavone.it).

Buone feste!

Avv. Chiara Pavone
Studio Associato Pavone e Caruso
"""
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Buongiorno,</p>
<p>grazie per il messaggio. Lo studio rester&agrave; chiuso per le festivit&agrave; natalizie: sar&ograve; di nuovo in ufficio da <b>mercoled&igrave; sei gennaio</b> e risponder&ograve; appena possibile.</p>
<p>Per questioni urgenti potete contattare la collega Laura Fini (<a href="mailto:l.fini@studiopavone.it">l.fini@studiopavone.it</a>).</p>
<p>Buone feste!</p>
<p>Avv. Chiara Pavone<br>Studio Associato Pavone e Caruso</p>
</div></body></html>
"""
add("it", "auto-reply", message([
    ("From", "Chiara Pavone <c.pavone@studiopavone.it>"),
    ("To", "Giulia Ferrante <giulia@ferrantestudio.it>"),
    ("Subject", "Risposta automatica: Sollecito fattura 2026/124"),
    ("Date", "Wed, 23 Dec 2026 10:14:07 +0100"),
    ("Message-ID", "<f1c0e2a7b3d94c55a0e1@PR3P195MB0712.EURP195.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.2026-124.r1.20261223090000@ferrantestudio.it>"),
    ("References", "<mailduns.2026-124.r1.20261223090000@ferrantestudio.it>"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "c.pavone@studiopavone.it"),
    ("Content-Language", "it-IT"),
    ("MIME-Version", "1.0"),
], multi("alternative", [leaf(text, "plain", "windows-1252", "quoted-printable"),
                         leaf(html, "html", "windows-1252", "quoted-printable")],
         "_000_f1c0e2a7b3d94c55a0e1PR3P195MB0712EURP195PRODOUTLOOK_")),
    "Exchange out-of-office without Auto-Submitted; the return day is written in words ('mercoledì sei gennaio') and the year is implied.",
    return_date="2027-01-06")

# --- IT: Gmail vacation responder, weekday only ------------------------------
text = """Grazie per la mail!

Sono in fiera a Rimini per tutta la settimana, torno in ufficio lunedì
e vi rispondo appena posso.
Per prenotazioni urgenti chiamate lo 0923 555 218.

Marco
B&B Casa Mare - Marsala
"""
add("it", "auto-reply", message([
    ("From", "Marco Guarino <m.guarino@bebcasamare.it>"),
    ("To", "davide.lopresti@gmail.com"),
    ("Subject", "Re: Fattura FT-2027-004 in scadenza"),
    ("Date", "Thu, 11 Feb 2027 17:25:39 +0100"),
    ("Message-ID", "<CAF7k2vX9mQ0p4bR8tN1sYe3LwHz0c6Jd@mail.gmail.com>"),
    ("In-Reply-To", "<mailduns.FT-2027-004.due.20270211160000@gmail.com>"),
    ("References", "<mailduns.FT-2027-004.due.20270211160000@gmail.com>"),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
], multi("alternative", [leaf(text, "plain", "UTF-8", "quoted-printable"),
                         leaf('<div dir="ltr">' + htmlmod.escape(text).replace("\n", "<br>") + "</div>",
                              "html", "UTF-8", "quoted-printable")],
         "000000000000e4f15b0613a8c2d7")),
    "Gmail vacation reply (Auto-Submitted) with a weekday only: 'lunedì' after Thursday 11 February is 15 February.",
    return_date="2027-02-15")

# --- IT: ticket acknowledgement from an accounts helpdesk -------------------
text = """Gentile fornitore,

la sua richiesta è stata registrata con il numero AMM-48213 ed è stata
assegnata all'Ufficio Contabilità Fornitori.

Riceverà una risposta entro 5 giorni lavorativi. Per eventuali
integrazioni risponda a questa email mantenendo invariato l'oggetto.

Le ricordiamo che i pagamenti ai fornitori vengono eseguiti a 60 giorni
data fattura fine mese, con bonifico il giorno 10 del mese successivo.

Cordiali saluti
Service Desk Amministrazione
Gruppo Veneto Arredi S.p.A.

Questo è un messaggio generato automaticamente.
"""
add("it", "auto-reply", message([
    ("From", "Service Desk Amministrazione <servicedesk@gruppovenetoarredi.it>"),
    ("To", "giulia@ferrantestudio.it"),
    ("Subject", "[#AMM-48213] Abbiamo ricevuto la sua richiesta - Promemoria fattura 2026/117"),
    ("Date", "Tue, 10 Nov 2026 09:00:41 +0100"),
    ("Message-ID", "<ticket.AMM-48213.ack@servicedesk.gruppovenetoarredi.it>"),
    ("In-Reply-To", "<mailduns.2026-117.due.20261110080000@ferrantestudio.it>"),
    ("References", "<mailduns.2026-117.due.20261110080000@ferrantestudio.it>"),
    ("Auto-Submitted", "auto-generated"),
    ("Precedence", "bulk"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "quoted-printable")),
    "Ticket acknowledgement; its generic payment terms ('60 giorni data fattura fine mese', 'il giorno 10') are boilerplate, not a promise nor a return date.")

# --- IT: mailbox no longer in use, no RFC 3834 headers ----------------------
text = """Questo indirizzo email non è più attivo.

Le comunicazioni amministrative e le fatture vanno inviate a
fatture@edizionialpina.it

Il messaggio che ci ha inviato NON verrà inoltrato automaticamente.

Editoriale Libraria Alpina S.r.l.
"""
add("it", "auto-reply", message([
    ("From", "Editoriale Libraria Alpina <info@edizionialpina.it>"),
    ("To", "elena@rinalditraduzioni.it"),
    ("Subject", ew("Indirizzo non più in uso", "iso-8859-1", "Q")),
    ("Date", "Fri, 26 Mar 2027 14:18:02 +0100"),
    ("Message-ID", "<20270326131802.3F5A21C0B7@mail.edizionialpina.it>"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "iso-8859-1", "8bit")),
    "A closed mailbox pointing to another address, with no Auto-Submitted header; there is no return date.")

# --- ES: Exchange out-of-office, date with weekday ---------------------------
text = """Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes, 11 de enero, sin acceso
regular al correo. A mi vuelta atenderé su consulta.

Para temas urgentes de facturación pueden escribir a
administracion@gestoriallopis.es.

Felices fiestas.

Jordi Sanchis
Gestoria Llopis i Fills
"""
add("es", "auto-reply", message([
    ("From", "Jordi Sanchis <jsanchis@gestoriallopis.es>"),
    ("To", addr("Marta Ibáñez Soler", "marta@ibanezsoler.es")),
    ("Subject", ew("Respuesta automática: Recordatorio: factura n.º 2026-113")),
    ("Date", "Mon, 28 Dec 2026 09:31:55 +0100"),
    ("Message-ID", "<c73a91e04b2f4d7e8e61@DB9P192MB1345.EURP192.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.2026-113.r1.20261228090000@ibanezsoler.es>"),
    ("References", "<mailduns.2026-113.r1.20261228090000@ibanezsoler.es>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("Content-Language", "es-ES"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "iso-8859-1", "quoted-printable")),
    "Out-of-office 'hasta el lunes, 11 de enero': the day named, in the following year.",
    return_date="2027-01-11")

# --- ES: holiday-style autoreply, weekday only -------------------------------
text = """¡Hola!

Estoy de rodaje en Fuerteventura y casi sin cobertura. Vuelvo el jueves
y te contesto en cuanto pueda 🙏

Si es algo urgente llama a Nuria al 600 41 72 09.

Dani
Producciones La Noria
"""
add("es", "auto-reply", message([
    ("From", "Dani Ortega <dani@produccioneslanoria.com>"),
    ("To", "javi.cuesta.foto@gmail.com"),
    ("Subject", "Re: Factura F-2027 015"),
    ("Date", "Fri, 19 Feb 2027 13:02:10 +0100"),
    ("Message-ID", "<autoreply.9d1e7c.20270219130210@mx.produccioneslanoria.com>"),
    ("In-Reply-To", "<mailduns.F-2027-015.due.20270219120000@gmail.com>"),
    ("References", "<mailduns.F-2027-015.due.20270219120000@gmail.com>"),
    ("X-Autoreply", "yes"),
    ("Auto-Submitted", "auto-replied (vacation)"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "base64")),
    "Vacation autoreply in base64 giving only 'el jueves': the Thursday after Friday 19 February is the 25th.",
    return_date="2027-02-25")

# --- ES (Mexico): helpdesk ticket acknowledgement ----------------------------
html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hola,</p>
<p>Hemos recibido tu solicitud y se le asignó el número de caso <b>#10442</b>.</p>
<p>Un integrante del equipo de Cuentas por Pagar te responderá a la brevedad. Nuestro horario de atención es de lunes a viernes de 9:00 a 18:00 (hora del centro de México).</p>
<p>Para dar seguimiento, responde a este correo sin modificar el asunto.</p>
<p>Atentamente,<br>Soporte a Proveedores<br>Grupo Editorial Cantera</p>
<p style="font-size:11px;color:#999">Este mensaje fue generado automáticamente por Zendesk.</p>
</body></html>
"""
add("es", "auto-reply", message([
    ("From", "Soporte a Proveedores <soporte-proveedores@grupocantera.mx>"),
    ("To", "andres@villasenor.mx"),
    ("Subject", "[Caso #10442] Re: Factura A-1051 - recordatorio de pago"),
    ("Date", "Wed, 02 Dec 2026 11:45:30 -0600"),
    ("Message-ID", "<ZD7Q1W0K3X_65f2a8b1c4d3e_sprut@zendesk.com>"),
    ("In-Reply-To", "<mailduns.A-1051.r1.20261202170000@villasenor.mx>"),
    ("References", "<mailduns.A-1051.r1.20261202170000@villasenor.mx>"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Mailer", "Zendesk Mailer"),
    ("MIME-Version", "1.0"),
], leaf(html, "html", "utf-8", "quoted-printable")),
    "HTML-only ticket acknowledgement; 'de lunes a viernes' is the office hours, not a return date.")

# --- EN: Exchange out-of-office, parental leave ------------------------------
text = """Thank you for your email.

I'm on parental leave until March 1st, 2027 and won't be checking email.
For anything invoice-related please contact finance@finchandco.co.uk and
the team will pick it up.

Best,
Tom Aldridge
Head of Marketing, Finch & Co
"""
add("en", "auto-reply", message([
    ("From", "Tom Aldridge <tom.aldridge@finchandco.co.uk>"),
    ("To", "Priya Natarajan <priya@natarajancopy.co.uk>"),
    ("Subject", "Automatic reply: Reminder: invoice INV-0101"),
    ("Date", "Mon, 15 Feb 2027 16:20:14 +0000"),
    ("Message-ID", "<LO2P265MB5129A0C7E4F1B2D38E@LO2P265MB5129.GBRP265.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<mailduns.INV-0101.r1.20270215161900@natarajancopy.co.uk>"),
    ("References", "<mailduns.INV-0101.r1.20270215161900@natarajancopy.co.uk>"),
    ("Auto-Submitted", "auto-generated"),
    ("X-Auto-Response-Suppress", "All"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "us-ascii", "7bit")),
    "Exchange out-of-office: 'until March 1st, 2027' names the return day.",
    return_date="2027-03-01")

# --- EN: iCloud vacation, 'back on Monday 4th' -------------------------------
text = """Thanks for your email! The studio is closed for the holidays.

I'll be back on Monday 4th and will reply then.

Happy New Year!
Rosa

--
Rosa Delgado
Ridgeway Coffee Roasters
"""
add("en", "auto-reply", message([
    ("From", "Rosa Delgado <rosa@ridgewaycoffee.com>"),
    ("To", "sam@samwhitaker.studio"),
    ("Subject", "Auto reply: Invoice #000034"),
    ("Date", "Tue, 29 Dec 2026 08:47:00 -0800"),
    ("Message-ID", "<vacation-0a77e1b9c5@p57-mailgateway.icloud.com>"),
    ("In-Reply-To", "<mailduns.000034.due.20261229164500@samwhitaker.studio>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Apple-Action", "VACATION"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "us-ascii", "7bit")),
    "iCloud vacation message: 'back on Monday 4th' from 29 December is 4 January of the next year.",
    return_date="2027-01-04")

# --- EN: Freshdesk acknowledgement -------------------------------------------
text = """Hi,

Thank you for contacting Finch & Co Accounts Payable. This is an
automated response confirming that we've received your request
(ticket #88231).

A member of our team will get back to you within 2 business days.
Please note that approved supplier invoices are paid in our weekly
payment run every Thursday.

Kind regards,
Accounts Payable
Finch & Co

This is a notification from our helpdesk. Please do not change the
subject line when replying.
"""
add("en", "auto-reply", message([
    ("From", "Finch & Co Accounts Payable <ap@finchandco.freshdesk.com>"),
    ("To", "priya@natarajancopy.co.uk"),
    ("Subject", "Request received: [#88231] Re: Invoice INV-0097"),
    ("Date", "Thu, 26 Nov 2026 14:09:58 -0500"),
    ("Message-ID", "<64b2c0e1d9f35_2a1f3ac0c2d1_88231@freshdesk.com>"),
    ("In-Reply-To", "<mailduns.INV-0097.r1.20261126190000@natarajancopy.co.uk>"),
    ("References", "<mailduns.INV-0097.r1.20261126190000@natarajancopy.co.uk>"),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "utf-8", "7bit")),
    "Helpdesk acknowledgement; 'every Thursday' is a payment-run policy, neither a return date nor a client's promise.")

# --- EN: mailbox no longer monitored ----------------------------------------
text = """This mailbox is no longer monitored.

Please resend your email to accounts@harbourlightfilms.ie and a member of
the team will get back to you.

Harbour Light Films Ltd
"""
html = """<html><head></head><body><p>This mailbox is no longer monitored.</p>
<p>Please resend your email to <a href="mailto:accounts@harbourlightfilms.ie">accounts@harbourlightfilms.ie</a> and a member of the team will get back to you.</p>
<p>Harbour Light Films Ltd</p></body></html>
"""
add("en", "auto-reply", message([
    ("From", "<noreply@harbourlightfilms.ie>"),
    ("Reply-To", "<billing@harbourlightfilms.ie>"),
    ("To", "<owen@gallagher.ie>"),
    ("Subject", "AutoResponse: Invoice 61 reminder"),
    ("Date", "Wed, 10 Mar 2027 07:55:21 +0000"),
    ("Message-ID", "<MC-20270310075521-41f0a2@eu-smtp-1.mimecast.com>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "OOF, AutoReply, DR, NDR, RN, NRN"),
    ("Precedence", "bulk"),
    ("MIME-Version", "1.0"),
], multi("alternative", [leaf(text, "plain", "UTF-8", "quoted-printable"),
                         leaf(html, "html", "UTF-8", "quoted-printable")],
         "MCBoundary=_12703100755210041")),
    "A retired mailbox telling the sender to resend elsewhere; no absence, so no return date.")

# ===========================================================================
# BOUNCES
# ===========================================================================

# --- IT: Exchange Online NDR in Italian, 5.1.10 -------------------------------
text = """Il recapito non è riuscito per i seguenti destinatari o gruppi:

amministrazione@tipografiamarchetti.it
L'indirizzo di posta elettronica che hai immesso non è stato trovato nel
dominio di destinazione. Potrebbe contenere un errore di digitazione o
non esistere più. Prova a digitarlo di nuovo e a inviare di nuovo il
messaggio.

Informazioni di diagnostica per gli amministratori:

Server di generazione: VI1PR09MB4421.eurprd09.prod.outlook.com

amministrazione@tipografiamarchetti.it
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
dsn = """Reporting-MTA: dns;VI1PR09MB4421.eurprd09.prod.outlook.com
Received-From-MTA: dns;mail.ferrantestudio.it
Arrival-Date: Tue, 1 Dec 2026 08:12:40 +0000

Final-Recipient: rfc822;amministrazione@tipografiamarchetti.it
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
orig_headers = """Received: from mail.ferrantestudio.it (93.41.120.17) by
 VI1PR09MB4421.eurprd09.prod.outlook.com; Tue, 1 Dec 2026 08:12:40 +0000
From: Giulia Ferrante <giulia@ferrantestudio.it>
To: amministrazione@tipografiamarchetti.it
Subject: Sollecito fattura 2026/126
Date: Tue, 1 Dec 2026 09:12:38 +0100
Message-ID: <mailduns.2026-126.r1.20261201091238@ferrantestudio.it>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
add("it", "bounce", message([
    ("From", "<postmaster@tipografiamarchetti.onmicrosoft.com>"),
    ("To", "<giulia@ferrantestudio.it>"),
    ("Date", "Tue, 1 Dec 2026 08:12:44 +0000"),
    ("Subject", "Non recapitabile: Sollecito fattura 2026/126"),
    ("Message-ID", "<7a0c44f1-2b9d-4e31-8f7c-5d1e0b3a9c66@VI1PR09MB4421.eurprd09.prod.outlook.com>"),
    ("In-Reply-To", "<mailduns.2026-126.r1.20261201091238@ferrantestudio.it>"),
    ("References", "<mailduns.2026-126.r1.20261201091238@ferrantestudio.it>"),
    ("X-MS-Exchange-Message-Is-Ndr", ""),
    ("Content-Language", "it-IT"),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
], multi("report", [
    leaf(text, "plain", "utf-8", "quoted-printable"),
    rawpart("Content-Type: message/delivery-status\n", dsn),
    rawpart("Content-Type: text/rfc822-headers\n", orig_headers),
], "e4b1f8c2-7d0a-4c93-b5e6-1f2a3b4c5d6e", params=" report-type=delivery-status;")),
    "Exchange NDR in Italian, sent with a UTC date; 5.1.10 recipient not found is permanent.",
    failed_recipient="amministrazione@tipografiamarchetti.it", permanent=True)

# --- IT: Gmail delay notice in Italian (mailbox full), 4.2.2 ------------------
text = """** Messaggio non ancora recapitato **

Si è verificato un problema temporaneo durante il recapito del
messaggio a pasticceria.sciacca@libero.it. Gmail riproverà per altre
44 ore. Riceverai una notifica se la consegna non andrà a buon fine.

La risposta del server remoto è stata:
452 4.2.2 <pasticceria.sciacca@libero.it>: casella piena / mailbox full
"""
html = """<html><head></head><body>
<table cellpadding="0" cellspacing="0" style="max-width:600px;font-family:Roboto,Arial,sans-serif">
<tr><td style="padding:24px 0"><img height="24" src="https://www.gstatic.com/images/branding/googlelogo/1x/googlelogo_tm_color_74x24dp.png" alt="Google"></td></tr>
<tr><td style="font-size:24px;color:#202124">Messaggio non ancora recapitato</td></tr>
<tr><td style="padding:16px 0;font-size:14px;color:#3c4043">Si &egrave; verificato un problema temporaneo durante il recapito del messaggio a <b>pasticceria.sciacca@libero.it</b>. Gmail riprover&agrave; per altre 44 ore. Riceverai una notifica se la consegna non andr&agrave; a buon fine.</td></tr>
<tr><td style="font-size:12px;color:#70757a">La risposta del server remoto &egrave; stata:<p>452 4.2.2 &lt;pasticceria.sciacca@libero.it&gt;: casella piena / mailbox full</p></td></tr>
</table></body></html>
"""
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Mon, 18 Jan 2027 09:02:51 -0800 (PST)
X-Original-Message-ID: <CAJr8wq2mL0d7ZbF3xvP9kT1nQe5cH4aG@mail.gmail.com>

Final-Recipient: rfc822; pasticceria.sciacca@libero.it
Action: delayed
Status: 4.2.2
Remote-MTA: dns; smtp-in.libero.it. (213.209.1.129, the server for the domain
 libero.it.)
Diagnostic-Code: smtp; 452 4.2.2 <pasticceria.sciacca@libero.it>: casella
 piena / mailbox full
Last-Attempt-Date: Mon, 18 Jan 2027 13:03:19 -0800 (PST)
Will-Retry-Until: Wed, 20 Jan 2027 09:02:51 -0800 (PST)
"""
orig_headers = """From: Davide Lo Presti <davide.lopresti@gmail.com>
Date: Mon, 18 Jan 2027 18:02:49 +0100
Message-ID: <CAJr8wq2mL0d7ZbF3xvP9kT1nQe5cH4aG@mail.gmail.com>
Subject: Promemoria: fattura 2027/002 in scadenza oggi
To: pasticceria.sciacca@libero.it
"""
add("it", "bounce", message([
    ("Return-Path", "<>"),
    ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
    ("To", "davide.lopresti@gmail.com"),
    ("Auto-Submitted", "auto-replied"),
    ("Subject", "Delivery Status Notification (Delay)"),
    ("References", "<CAJr8wq2mL0d7ZbF3xvP9kT1nQe5cH4aG@mail.gmail.com>"),
    ("In-Reply-To", "<CAJr8wq2mL0d7ZbF3xvP9kT1nQe5cH4aG@mail.gmail.com>"),
    ("Message-ID", "<678c17e7.170a0220.3b5f21.c1a4.GMRIR@mx.google.com>"),
    ("Date", "Mon, 18 Jan 2027 13:03:19 -0800 (PST)"),
    ("MIME-Version", "1.0"),
], multi("report", [
    multi("related", [multi("alternative", [leaf(text, "plain", "UTF-8", "quoted-printable"),
                                            leaf(html, "html", "UTF-8", "quoted-printable")],
                            "000000000000a7e20e061c4b9f02")],
          "000000000000a7e20d061c4b9f02"),
    rawpart("Content-Type: message/delivery-status\n", dsn),
    rawpart("Content-Type: text/rfc822-headers\n", orig_headers),
], "000000000000a7e20c061c4b9f02", params=" report-type=delivery-status;")),
    "Gmail delay warning in Italian (Action: delayed, 452 4.2.2 mailbox full): a delivery failure report, but temporary; the subject is in English.",
    failed_recipient="pasticceria.sciacca@libero.it", permanent=False)

# --- ES: Gmail DSN in Spanish, 5.1.1 -----------------------------------------
text = """** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a pedidos@produccioneslanoria.es porque no
se ha encontrado la dirección o esta no puede recibir correo.

La respuesta del servidor remoto ha sido:
550 5.1.1 <pedidos@produccioneslanoria.es>: Recipient address rejected: User unknown in virtual mailbox table
"""
html = """<html><head></head><body>
<table cellpadding="0" cellspacing="0" style="max-width:600px;font-family:Roboto,Arial,sans-serif">
<tr><td style="padding:24px 0"><img height="24" src="https://www.gstatic.com/images/branding/googlelogo/1x/googlelogo_tm_color_74x24dp.png" alt="Google"></td></tr>
<tr><td style="font-size:24px;color:#202124">No se ha encontrado la direcci&oacute;n</td></tr>
<tr><td style="padding:16px 0;font-size:14px;color:#3c4043">Tu mensaje no se ha entregado a <a style="color:#212121;text-decoration:none"><b>pedidos@produccioneslanoria.es</b></a> porque no se ha encontrado la direcci&oacute;n o esta no puede recibir correo.</td></tr>
<tr><td style="font-size:12px;color:#70757a">La respuesta del servidor remoto ha sido:<p>550 5.1.1 &lt;pedidos@produccioneslanoria.es&gt;: Recipient address rejected: User unknown in virtual mailbox table</p></td></tr>
</table></body></html>
"""
dsn = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 06 Nov 2026 11:40:22 -0800 (PST)
X-Original-Message-ID: <CAH5t0bN2k8sPq1vW3xRz7YcLd9Fm4Ue6Jg@mail.gmail.com>

Final-Recipient: rfc822; pedidos@produccioneslanoria.es
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.produccioneslanoria.es. (185.42.104.17, the server for
 the domain produccioneslanoria.es.)
Diagnostic-Code: smtp; 550 5.1.1 <pedidos@produccioneslanoria.es>: Recipient
 address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Fri, 06 Nov 2026 11:40:26 -0800 (PST)
"""
orig = """MIME-Version: 1.0
From: Javier Cuesta <javi.cuesta.foto@gmail.com>
Date: Fri, 6 Nov 2026 20:40:11 +0100
Message-ID: <CAH5t0bN2k8sPq1vW3xRz7YcLd9Fm4Ue6Jg@mail.gmail.com>
Subject: =?UTF-8?Q?Recordatorio=3A_factura_n=2E=C2=BA_F-2026_098?=
To: pedidos@produccioneslanoria.es
Content-Type: text/plain; charset="UTF-8"
Content-Transfer-Encoding: quoted-printable

Buenos d=C3=ADas:

Revisando mis cuentas, veo que la factura n.=C2=BA F-2026 098 de 720,00 =E2=
=82=AC, vencida el 30 de octubre de 2026, sigue pendiente de pago. Seguramen=
te se trata de un simple descuido; agradecer=C3=ADa que el pago se realizar=
a en cuanto sea posible.

Un cordial saludo,
Javier Cuesta
"""
add("es", "bounce", message([
    ("Return-Path", "<>"),
    ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
    ("To", "javi.cuesta.foto@gmail.com"),
    ("Auto-Submitted", "auto-replied"),
    ("Subject", "Delivery Status Notification (Failure)"),
    ("References", "<CAH5t0bN2k8sPq1vW3xRz7YcLd9Fm4Ue6Jg@mail.gmail.com>"),
    ("In-Reply-To", "<CAH5t0bN2k8sPq1vW3xRz7YcLd9Fm4Ue6Jg@mail.gmail.com>"),
    ("X-Failed-Recipients", "pedidos@produccioneslanoria.es"),
    ("Message-ID", "<6734a6ca.050a0220.2b1c9d.8f41.GMR@mx.google.com>"),
    ("Date", "Fri, 06 Nov 2026 11:40:26 -0800 (PST)"),
    ("MIME-Version", "1.0"),
], multi("report", [
    multi("related", [multi("alternative", [leaf(text, "plain", "UTF-8", "quoted-printable"),
                                            leaf(html, "html", "UTF-8", "quoted-printable")],
                            "000000000000b3c1d20613f1a2e4")],
          "000000000000b3c1d10613f1a2e4"),
    rawpart("Content-Type: message/delivery-status\n", dsn),
    rawpart("Content-Type: message/rfc822\n", orig),
], "000000000000b3c1c90613f1a2e4", params=" report-type=delivery-status;")),
    "Gmail DSN with an English subject but Spanish human text; 550 5.1.1 is permanent and the failed address is also in X-Failed-Recipients.",
    failed_recipient="pedidos@produccioneslanoria.es", permanent=True)

# --- ES: Outlook NDR in Spanish, mailbox full with a 5.2.2 code ---------------
text = """No se pudo entregar a estos destinatarios o grupos:

facturacion@clinicasonrisas.es
El buzón del destinatario está lleno y no puede aceptar mensajes en este
momento. Intente reenviar el mensaje más tarde o póngase en contacto
directamente con el destinatario.

Información de diagnóstico para administradores:

Servidor de generación: AM0PR05MB6722.eurprd05.prod.outlook.com

facturacion@clinicasonrisas.es
Remote Server returned '550 5.2.2 STOREDRV.Deliver; mailbox full. The recipient's mailbox is full and can't accept messages now'
"""
dsn = """Reporting-MTA: dns;AM0PR05MB6722.eurprd05.prod.outlook.com
Received-From-MTA: dns;smtp.ibanezsoler.es
Arrival-Date: Thu, 14 Jan 2027 12:00:03 +0000

Final-Recipient: rfc822;facturacion@clinicasonrisas.es
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;550 5.2.2 STOREDRV.Deliver; mailbox full
"""
orig_headers = """From: =?utf-8?B?TWFydGEgSWLDocOxZXogU29sZXI=?= <marta@ibanezsoler.es>
To: facturacion@clinicasonrisas.es
Subject: =?utf-8?Q?Recordatorio=3A_factura_n=2E=C2=BA_2026-099?=
Date: Thu, 14 Jan 2027 13:00:01 +0100
Message-ID: <mailduns.2026-099.r1.20270114130001@ibanezsoler.es>
"""
add("es", "bounce", message([
    ("From", "<postmaster@clinicasonrisas.onmicrosoft.com>"),
    ("To", "<marta@ibanezsoler.es>"),
    ("Date", "Thu, 14 Jan 2027 12:00:09 +0000"),
    ("Subject", ew("No se puede entregar: Recordatorio: factura n.º 2026-099")),
    ("Message-ID", "<1c9e0f55-84a2-4b7e-9d31-a07c6e2f5b18@AM0PR05MB6722.eurprd05.prod.outlook.com>"),
    ("In-Reply-To", "<mailduns.2026-099.r1.20270114130001@ibanezsoler.es>"),
    ("X-MS-Exchange-Message-Is-Ndr", ""),
    ("Content-Language", "es-ES"),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
], multi("report", [
    leaf(text, "plain", "utf-8", "base64"),
    rawpart("Content-Type: message/delivery-status\n", dsn),
    rawpart("Content-Type: text/rfc822-headers\n", orig_headers),
], "3a7b9c1d-0e2f-4a5b-8c6d-7e8f9a0b1c2d", params=" report-type=delivery-status;")),
    "Mailbox full, and the prose invites a retry, but the status is 5.2.2 with Action: failed: the server gave up, so it is permanent.",
    failed_recipient="facturacion@clinicasonrisas.es", permanent=True)

# --- ES: provider delay notice, 4.4.1 ----------------------------------------
text = """Este es un mensaje automático del servidor de correo de Movistar.

RETRASO EN LA ENTREGA DEL MENSAJE

Su mensaje para <redaccion@revistasendas.es> todavía no se ha podido entregar.
El servidor del destinatario no responde (4.4.1 No answer from host).

Seguiremos intentándolo durante 4 días más. No es necesario que vuelva a
enviar el mensaje.

Asunto: Factura 2027/012 - corrección de estilo
Enviado: 02/03/2027 22:57
"""
add("es", "bounce", message([
    ("Return-Path", "<>"),
    ("From", "Sistema de correo de Movistar <MAILER-DAEMON@correo.movistar.es>"),
    ("To", "carmenvidal.traduc@movistar.es"),
    ("Subject", "Retraso en la entrega del mensaje"),
    ("Date", "Wed, 03 Mar 2027 03:18:40 +0100"),
    ("Message-ID", "<DLY.20270303031840.7F1E2@correo.movistar.es>"),
    ("Auto-Submitted", "auto-generated (delayed)"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "iso-8859-1", "quoted-printable")),
    "A provider's own delay prose without a DSN part; 4.4.1 and 'seguiremos intentándolo' make it temporary.",
    failed_recipient="redaccion@revistasendas.es", permanent=False)

# --- ES: hosting provider bounce in prose + DSN, 5.1.1 -----------------------
text = """Hola,

Este es el sistema de correo de dinahosting.com.

No ha sido posible entregar su mensaje a uno o más destinatarios. Se
trata de un error permanente y no volveremos a intentarlo.

<admin@academialinguaviva.es>: el servidor de destino respondió:
    550 5.1.1 <admin@academialinguaviva.es>: la cuenta no existe

Compruebe que la dirección está bien escrita.

-- 
El sistema de correo de dinahosting
"""
dsn = """Reporting-MTA: dns; smtp3.dinahosting.com
X-Postfix-Queue-ID: 4Q7rVb1Lmpz2x
X-Postfix-Sender: rfc822; marta@ibanezsoler.es
Arrival-Date: Mon, 22 Feb 2027 10:44:09 +0100 (CET)

Final-Recipient: rfc822; admin@academialinguaviva.es
Original-Recipient: rfc822;admin@academialinguaviva.es
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.academialinguaviva.es
Diagnostic-Code: smtp; 550 5.1.1 <admin@academialinguaviva.es>: la cuenta no existe
"""
orig_headers = """Return-Path: <marta@ibanezsoler.es>
From: =?utf-8?B?TWFydGEgSWLDocOxZXogU29sZXI=?= <marta@ibanezsoler.es>
To: admin@academialinguaviva.es
Subject: =?utf-8?Q?Factura_n=2E=C2=BA_INV-2027-0007?=
Date: Mon, 22 Feb 2027 10:44:08 +0100
Message-ID: <mailduns.INV-2027-0007.due.20270222104408@ibanezsoler.es>
"""
add("es", "bounce", message([
    ("Return-Path", "<>"),
    ("From", "MAILER-DAEMON@smtp3.dinahosting.com (Sistema de correo)"),
    ("To", "marta@ibanezsoler.es"),
    ("Subject", "Mensaje no entregado"),
    ("Date", "Mon, 22 Feb 2027 10:44:11 +0100 (CET)"),
    ("Message-ID", "<20270222094411.4Q7rVb2Qbkz2y@smtp3.dinahosting.com>"),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
], multi("report", [
    leaf(text, "plain", "utf-8", "8bit", extra="Content-Description: Notification\n"),
    rawpart("Content-Type: message/delivery-status\nContent-Description: Delivery report\n", dsn),
    rawpart("Content-Type: text/rfc822-headers\nContent-Description: Undelivered Message Headers\n", orig_headers),
], "4Q7rVb1Lmpz2x.1803318251/smtp3.dinahosting.com", params=" report-type=delivery-status;",
   preamble="This is a MIME-encapsulated message.\n")),
    "Spanish hosting provider's bounce, with the From in old comment form; 550 5.1.1 account does not exist, permanent.",
    failed_recipient="admin@academialinguaviva.es", permanent=True)

# --- EN: Postfix DSN with the full original, 5.1.1 ---------------------------
text = """This is the mail system at host mail.natarajancopy.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<accounts@orchardvale.co.uk>: host mx.orchardvale.co.uk[51.89.14.203] said:
    550 5.1.1 <accounts@orchardvale.co.uk>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)
"""
dsn = """Reporting-MTA: dns; mail.natarajancopy.co.uk
X-Postfix-Queue-ID: 4ZK1pM0s9Hz7q
X-Postfix-Sender: rfc822; priya@natarajancopy.co.uk
Arrival-Date: Fri, 20 Nov 2026 18:26:33 +0000 (GMT)

Final-Recipient: rfc822; accounts@orchardvale.co.uk
Original-Recipient: rfc822;accounts@orchardvale.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.orchardvale.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <accounts@orchardvale.co.uk>: Recipient
    address rejected: User unknown in local recipient table
"""
orig = """Return-Path: <priya@natarajancopy.co.uk>
From: Priya Natarajan <priya@natarajancopy.co.uk>
To: accounts@orchardvale.co.uk
Subject: Invoice INV-0096 due today
Date: Fri, 20 Nov 2026 18:26:31 +0000
Message-ID: <mailduns.INV-0096.due.20261120182631@natarajancopy.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Dear Accounts Team,

This is a quick reminder that invoice INV-0096 for GBP 1,150.00 is due for payment today, 20 November 2026.

If you have already paid, thank you, and please disregard this reminder.

The payment details are on the invoice, in my original email in this thread.

If you have any questions, just reply to this email.

Kind regards,
Priya Natarajan
"""
add("en", "bounce", message([
    ("Return-Path", "<>"),
    ("From", "MAILER-DAEMON@mail.natarajancopy.co.uk (Mail Delivery System)"),
    ("To", "priya@natarajancopy.co.uk"),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Date", "Fri, 20 Nov 2026 18:26:35 +0000 (GMT)"),
    ("Message-ID", "<20261120182635.4ZK1pM3bQ1z7r@mail.natarajancopy.co.uk>"),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
], multi("report", [
    leaf(text, "plain", "us-ascii", "7bit", extra="Content-Description: Notification\n"),
    rawpart("Content-Type: message/delivery-status\nContent-Description: Delivery report\n", dsn),
    rawpart("Content-Type: message/rfc822\nContent-Description: Undelivered Message\n", orig),
], "4ZK1pM0s9Hz7q.1795199195/mail.natarajancopy.co.uk", params=" report-type=delivery-status;",
   preamble="This is a MIME-encapsulated message.\n")),
    "Postfix bounce of a due-date reminder; the returned message names an invoice and an amount, which belong to the freelancer's own mail.",
    failed_recipient="accounts@orchardvale.co.uk", permanent=True)

# --- EN: Exim delay warning, 451 4.3.0 ---------------------------------------
text = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.gallagher.ie.

The message identifier is:     1tVx3K-0004aQ-1B
The subject of the message is: Invoice 60 - reminder
The date of the message is:    Fri, 08 Jan 2027 08:59:51 +0000

The address to which the message has not yet been delivered is:

  finance@kestrelanalytics.ie
    Delay reason: SMTP error from remote mail server after RCPT TO:<finance@kestrelanalytics.ie>:
    451 4.3.0 Temporary lookup failure, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
add("en", "bounce", message([
    ("Return-Path", "<>"),
    ("From", "Mail Delivery System <Mailer-Daemon@mail.gallagher.ie>"),
    ("To", "owen@gallagher.ie"),
    ("Subject", "Warning: message 1tVx3K-0004aQ-1B delayed 24 hours"),
    ("Date", "Sat, 09 Jan 2027 09:00:17 +0000"),
    ("Message-Id", "<E1tVxPz-0005Zc-3s@mail.gallagher.ie>"),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
], leaf(text, "plain", "us-ascii", "7bit")),
    "Exim's 24-hour delay warning: a delivery report, but 451 4.3.0 and 'delivery attempts will continue' make it temporary.",
    failed_recipient="finance@kestrelanalytics.ie", permanent=False)

# --- EN: Office 365 NDR, 5.4.1 access denied ---------------------------------
text = """Your message to billing@ridgewaycoffee.com couldn't be delivered.

billing wasn't found at ridgewaycoffee.com.

sam                 Office 365             billing
Action Required                            Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the
following:
- Retype the recipient's address, then resend the message.
- If the recipient's address is correct, contact the recipient by some
  other means and ask them to tell their email admin about the problem.

Diagnostic information for administrators:

Generating server: BN8PR15MB2881.namprd15.prod.outlook.com

billing@ridgewaycoffee.com
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN8NAM12FT044.eop-nam12.prod.protection.outlook.com]'
"""
html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head>
<body><table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',Arial,sans-serif">
<tr><td style="font-size:16px;color:#000000;padding:0 0 12px 0">Your message to <a href="mailto:billing@ridgewaycoffee.com">billing@ridgewaycoffee.com</a> couldn't be delivered.</td></tr>
<tr><td style="font-size:24px;color:#c00000;padding:0 0 12px 0">billing wasn't found at ridgewaycoffee.com.</td></tr>
<tr><td style="font-size:14px;padding:0 0 12px 0"><b>How to Fix It</b><br>The address may be misspelled or may not exist.</td></tr>
<tr><td style="font-size:11px;color:#666">Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'</td></tr>
</table></body></html>
"""
dsn = """Reporting-MTA: dns;BN8PR15MB2881.namprd15.prod.outlook.com
Received-From-MTA: dns;smtp.samwhitaker.studio
Arrival-Date: Wed, 17 Mar 2027 14:50:58 +0000

Final-Recipient: rfc822;billing@ridgewaycoffee.com
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied. AS(201806281)
"""
orig_headers = """From: Sam Whitaker <sam@samwhitaker.studio>
To: billing@ridgewaycoffee.com
Subject: Reminder: invoice #000034
Date: Wed, 17 Mar 2027 07:50:56 -0700
Message-ID: <mailduns.000034.r1.20270317145056@samwhitaker.studio>
"""
add("en", "bounce", message([
    ("From", "Microsoft Outlook <postmaster@ridgewaycoffee.com>"),
    ("To", "<sam@samwhitaker.studio>"),
    ("Date", "Wed, 17 Mar 2027 14:51:02 +0000"),
    ("Subject", "Undeliverable: Reminder: invoice #000034"),
    ("Message-ID", "<0f3d8a27-5c61-4b9e-a2d4-91e7c3b05f88@BN8PR15MB2881.namprd15.prod.outlook.com>"),
    ("In-Reply-To", "<mailduns.000034.r1.20270317145056@samwhitaker.studio>"),
    ("X-MS-Exchange-Message-Is-Ndr", ""),
    ("Content-Language", "en-US"),
    ("Auto-Submitted", "auto-replied"),
    ("MIME-Version", "1.0"),
], multi("report", [
    multi("alternative", [leaf(text, "plain", "us-ascii", "quoted-printable"),
                          leaf(html, "html", "us-ascii", "quoted-printable")],
          "1b2c3d4e-5f60-4a1b-9c2d-3e4f5a6b7c8d", params=" differences=Content-Type;"),
    rawpart("Content-Type: message/delivery-status\n", dsn),
    rawpart("Content-Type: text/rfc822-headers\n", orig_headers),
], "0a1b2c3d-4e5f-4061-8293-a4b5c6d7e8f9", params=" report-type=delivery-status;")),
    "Office 365 NDR; 550 5.4.1 access denied is a permanent rejection of the address.",
    failed_recipient="billing@ridgewaycoffee.com", permanent=True)

# ===========================================================================
# Write the files and labels.toml, then re-read and check everything
# ===========================================================================

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
MONEY_KINDS = {"client-reply-paid", "client-reply-promise", "payment-notification"}
LO = dt.date(2026, 11, 1)
HI = dt.date(2027, 3, 31)
CURRENCY_MARKS = {"EUR": ["EUR", "\u20ac"], "USD": ["USD", "$"], "GBP": ["GBP", "\u00a3"],
                  "MXN": ["MXN"], "COP": ["$"], "ARS": ["$"]}


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def all_text(msg):
    """Every human-readable text in the message, HTML flattened, nested messages included."""
    out = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "message/delivery-status":
            for sub in part.get_payload():
                out.append("".join("%s: %s\n" % (k, v) for k, v in sub.items()))
            continue
        if part.is_multipart() or ctype == "message/rfc822":
            continue  # walk() descends into them
        if ctype.startswith("text/"):
            body = part.get_content()
            if ctype == "text/html":
                body = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", body)
                body = re.sub(r"<[^>]+>", " ", body)
                body = htmlmod.unescape(body)
            out.append(body)
    text = "\n".join(out).replace("\u00a0", " ")
    return text


def amount_variants(amount):
    whole, dec = amount.split(".")
    n = int(whole)
    dotted = "{:,}".format(n).replace(",", ".")
    commad = "{:,}".format(n)
    vs = {f"{whole},{dec}", f"{whole}.{dec}", f"{dotted},{dec}", f"{commad}.{dec}"}
    if dec == "00":
        vs |= {dotted, commad}
    return vs


def check(name, rec, raw):
    problems = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            problems.append("defects in %s: %r" % (part.get_content_type(), part.defects))
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            problems.append("missing header " + h)
    date = email.utils.parsedate_to_datetime(str(msg["Date"]))
    if date.tzinfo is None:
        problems.append("Date without zone")
    if not (LO <= date.date() <= HI):
        problems.append("Date out of range: %s" % date)
    subj = str(msg["Subject"])
    if rec["kind"].startswith("client-reply") and not msg["In-Reply-To"]:
        problems.append("a client reply without In-Reply-To")
    if re.match(r"(?i)(re|r|rif|aw|rv|sv):", subj) and rec["kind"].startswith("client-reply"):
        if not msg["References"]:
            problems.append("reply without References")
    text = all_text(msg)
    flat = re.sub(r"\s+", " ", text)
    f = rec["facts"]
    kind = rec["kind"]
    if kind not in KINDS:
        problems.append("bad kind " + kind)
    if rec["lang"] not in ("it", "es", "en"):
        problems.append("bad language")
    allowed = set()
    if kind in MONEY_KINDS:
        allowed |= {"amount", "currency", "reference"}
    if kind == "client-reply-promise":
        allowed.add("promised_date")
    if kind == "auto-reply":
        allowed.add("return_date")
    if kind == "bounce":
        allowed |= {"failed_recipient", "permanent"}
    for k in f:
        if k not in allowed:
            problems.append("fact %s not allowed for %s" % (k, kind))
    if "amount" in f:
        if not re.fullmatch(r"\d+\.\d{2}", f["amount"]):
            problems.append("amount not normalised")
        elif not any(re.search(r"(?<![\d.,])" + re.escape(v) + r"(?![\d])", flat)
                     for v in amount_variants(f["amount"])):
            problems.append("amount %s not found in the text" % f["amount"])
    if "currency" in f:
        if "amount" not in f:
            problems.append("currency without amount")
        if not any(m in flat for m in CURRENCY_MARKS[f["currency"]]):
            problems.append("currency %s not visible" % f["currency"])
    if "reference" in f and f["reference"].lower() not in flat.lower():
        problems.append("reference %r not in text" % f["reference"])
    if kind == "payment-notification" and "amount" not in f:
        problems.append("payment notice without amount")
    for k in ("promised_date", "return_date"):
        if k in f:
            d = dt.date.fromisoformat(f[k])
            if not (date.date() < d <= date.date() + dt.timedelta(days=120)):
                problems.append("%s %s implausible for Date %s" % (k, d, date))
    if kind == "bounce":
        if "failed_recipient" not in f or "permanent" not in f:
            problems.append("bounce without failed_recipient/permanent")
        else:
            if f["failed_recipient"].lower() not in flat.lower():
                problems.append("failed recipient not in text")
            codes = re.findall(r"\b([245])\.\d{1,3}\.\d{1,3}\b", flat)
            classes = {c for c in codes if c in "45"}
            want = "5" if f["permanent"] else "4"
            if classes != {want}:
                problems.append("status classes %s disagree with permanent=%s" % (classes, f["permanent"]))
    if kind == "auto-reply" and not (msg["Auto-Submitted"] or msg["X-Auto-Response-Suppress"]
                                     or re.search(r"(?i)automatic|automatic|autom[aá]tic|non più|no longer", flat + subj)):
        problems.append("auto-reply looks like nothing automatic")
    if not flat.strip():
        problems.append("no text")
    return problems, date


def main():
    order = list(range(len(MSGS)))
    random.Random(2127).shuffle(order)
    for old in os.listdir(HERE):
        if old.startswith(PREFIX + "-") and old.endswith(".eml"):
            os.remove(os.path.join(HERE, old))
    lines = ["# round21-machine: machine mail after an invoice - payment notices from Italian, Spanish, UK, Irish, US and",
             "# Latin American banks and processors, look-alikes that bring no money, auto-replies and bounces.",
             ""]
    written = []
    for i, idx in enumerate(order, 1):
        rec = MSGS[idx]
        name = "%s-%04d.eml" % (PREFIX, i)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(rec["raw"])
        written.append((name, rec))
        lines.append('[files."%s"]' % name)
        lines.append("kind = %s" % toml_str(rec["kind"]))
        lines.append("language = %s" % toml_str(rec["lang"]))
        lines.append('split = "dev"')
        for key in ("promised_date", "return_date", "amount", "currency", "reference",
                    "failed_recipient"):
            if key in rec["facts"]:
                lines.append("%s = %s" % (key, toml_str(rec["facts"][key])))
        if "permanent" in rec["facts"]:
            lines.append("permanent = %s" % ("true" if rec["facts"]["permanent"] else "false"))
        lines.append("note = %s" % toml_str(rec["note"]))
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))

    # --- re-read everything --------------------------------------------------
    failures = 0
    try:
        import tomllib
        with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
            labels = tomllib.load(fh)["files"]
    except ImportError:  # Python < 3.11: check against the records only
        labels = None
    kinds = {}
    langs = {}
    bodies = set()
    for name, rec in written:
        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        problems, _ = check(name, rec, raw)
        if labels is not None:
            lab = labels[name]
            if lab["kind"] != rec["kind"] or lab["language"] != rec["lang"]:
                problems.append("labels.toml disagrees with the record")
            for k, v in rec["facts"].items():
                if lab.get(k) != v:
                    problems.append("labels.toml %s=%r, expected %r" % (k, lab.get(k), v))
        body = re.sub(r"\s+", " ", all_text(email.message_from_bytes(raw, policy=email.policy.default)))
        if body in bodies:
            problems.append("duplicate body")
        bodies.add(body)
        kinds[rec["kind"]] = kinds.get(rec["kind"], 0) + 1
        langs[rec["lang"]] = langs.get(rec["lang"], 0) + 1
        for p in problems:
            print("%s: %s" % (name, p))
            failures += 1
    if len(written) != 80:
        print("expected 80 messages, have %d" % len(written))
        failures += 1
    print("messages: %d" % len(written))
    print("kinds:     " + ", ".join("%s %d" % kv for kv in sorted(kinds.items())))
    print("languages: " + ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    if failures:
        print("FAILED: %d problem(s)" % failures)
        sys.exit(1)
    print("all labels check out")


if __name__ == "__main__":
    main()
