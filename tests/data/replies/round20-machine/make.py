#!/usr/bin/env python3
"""round20-machine: machine mail that lands in a freelancer's mailbox after an invoice went out.

Payment notices from banks and processors that are not often seen (Italian, Spanish, UK/IE/US banks,
Mollie, Square, Payoneer, Tipalti, Coupa, SAP Ariba, Tradeshift, Qonto, Holded, Fatture in Cloud ...),
look-alikes that bring no money (outgoing transfers, direct debits, payment requests, a scheduled payment
not executed, a chargeback, an invoice received, e-invoicing delivery receipts), auto-replies and bounces.

Standard library only.  Run:  python3 make.py
It writes r20n-0001.eml ... r20n-0080.eml and labels.toml next to itself, then re-parses every file with
email.message_from_bytes(..., policy=email.policy.default) and checks every label against the message.
"""
import base64
import datetime as dt
import email
import email.policy
import email.quoprimime
import email.utils
import hashlib
import html as htmlmod
import quopri
import re
import struct
import sys
import tomllib
import zlib
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r20n"
N = 80

KINDS = {
    "client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
    "payment-notification", "auto-reply", "bounce", "other",
}

# --------------------------------------------------------------------------------------------------
# MIME building blocks (structure only: every text below is written out by hand, message by message)
# --------------------------------------------------------------------------------------------------


def date(y, mo, d, h, mi, s=0, tz="Europe/Rome", suffix=""):
    """An RFC 5322 date in the sender's zone (zoneinfo gives the right offset, DST included)."""
    t = dt.datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))
    return email.utils.format_datetime(t) + suffix


def mid(seed, domain):
    """A stable Message-ID: the local part is a hash of a seed, so reruns give the same files."""
    return "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:24], domain)


def hq(s, cs="utf-8", mode="q"):
    """Encode a header value as RFC 2047 encoded words when it is not plain ASCII."""
    if s.isascii():
        return s
    words, chunk = [], ""
    for ch in s:
        if len((chunk + ch).encode(cs)) > 28:
            words.append(chunk)
            chunk = ch
        else:
            chunk += ch
    words.append(chunk)
    out = []
    for w in words:
        if mode == "q":
            out.append(email.quoprimime.header_encode(w.encode(cs), cs))
        else:
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(w.encode(cs)).decode()))
    return "\n ".join(out)


def addr(name, address, cs="utf-8"):
    if not name:
        return address
    if name.isascii():
        return email.utils.formataddr((name, address))
    return "%s <%s>" % (hq(name, cs), address)


class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        head = "\n".join(self.headers).encode("ascii")
        return head + b"\n\n" + self.body


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", extra=(), params=""):
    data = s.encode(cs)
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "7bit":
        assert data.isascii(), "7bit part is not ASCII"
        body = data
    else:  # 8bit
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    hdrs = ['Content-Type: text/%s; charset="%s"%s' % (sub, cs, params), "Content-Transfer-Encoding: " + cte]
    hdrs += list(extra)
    return Part(hdrs, body)


def multi(sub, parts, boundary, params="", preamble=None, extra=()):
    hdrs = ['Content-Type: multipart/%s;\n\tboundary="%s"%s' % (sub, boundary, params)] + list(extra)
    B = boundary.encode("ascii")
    out = b""
    if preamble:
        out += preamble.encode("ascii") + b"\n\n"
    for p in parts:
        r = p.render()
        if not r.endswith(b"\n"):
            r += b"\n"
        out += b"--" + B + b"\n" + r + b"\n"
    out += b"--" + B + b"--\n"
    return Part(hdrs, out)


def attach(ctype, filename, data, disp="attachment", extra=()):
    hdrs = ['Content-Type: %s; name="%s"' % (ctype, filename),
            "Content-Transfer-Encoding: base64",
            'Content-Disposition: %s; filename="%s"' % (disp, filename)] + list(extra)
    return Part(hdrs, base64.encodebytes(data))


def rfc822(raw, desc=None):
    hdrs = ["Content-Type: message/rfc822"]
    if desc:
        hdrs.insert(0, "Content-Description: " + desc)
    return Part(hdrs, raw if raw.endswith(b"\n") else raw + b"\n")


def rfc822_headers(raw, desc=None):
    hdrs = ["Content-Type: text/rfc822-headers"]
    if desc:
        hdrs.insert(0, "Content-Description: " + desc)
    return Part(hdrs, raw if raw.endswith(b"\n") else raw + b"\n")


def dsn(s, desc=None):
    hdrs = ["Content-Type: message/delivery-status"]
    if desc:
        hdrs.insert(0, "Content-Description: " + desc)
    return Part(hdrs, s.encode("ascii"))


def message(headers, part):
    """Top-level headers (list of (name, value)) followed by the root part's own headers and body."""
    lines = []
    names = {k.lower() for k, _ in headers}
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    if "mime-version" not in names:
        lines.append("MIME-Version: 1.0")
    head = "\n".join(lines)
    assert head.isascii(), head
    return head.encode("ascii") + b"\n" + part.render()


def pdf(title):
    """A few bytes of PDF: enough for an attachment to look like a receipt."""
    s = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
         "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
         "3 0 obj << /Title (%s) >> endobj\ntrailer << /Root 1 0 R /Info 3 0 R >>\n%%%%EOF\n" % title)
    return s.encode("latin-1")


def png(w=2, h=2):
    """A tiny valid PNG (a screenshot stand-in)."""
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


MESSAGES = []  # (raw bytes, label dict)


def add(raw, **label):
    label.setdefault("split", "dev")
    MESSAGES.append((raw, label))


# ==================================================================================================
# The messages.  Each block is one message, written by hand.
# ==================================================================================================

# ---------------------------------------------------------------- 0001 Banca Sella, incoming SEPA credit
_txt = """Gentile CHIARA BONFANTI,

ti informiamo che sul conto corrente n. 052 8471193 0 è stato registrato il seguente movimento.

Tipo operazione:   ACCREDITO BONIFICO SEPA
Data contabile:    18/11/2026
Data valuta:       18/11/2026
Importo:           + 1.830,00 EUR
Ordinante:         TIPOGRAFIA GALLO SRL
Causale:           SALDO FATTURA N. 2026/41 DEL 02/11/2026

Il saldo aggiornato è consultabile su Sella App e su www.sella.it.

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Banca Sella S.p.A. - Piazza Gaudenzio Sella 1, 13900 Biella
"""
_html = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>Notifica movimento</title></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f2f2;">
<tr><td align="center" style="padding:24px 0;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#00594f;padding:18px 24px;color:#ffffff;font-size:20px;font-weight:bold;">Banca Sella</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333333;">
<p>Gentile CHIARA BONFANTI,</p>
<p>ti informiamo che sul conto corrente n. 052 8471193 0 &egrave; stato registrato il seguente movimento.</p>
<table cellpadding="6" cellspacing="0" style="border-collapse:collapse;width:100%;font-size:14px;">
<tr><td style="border-bottom:1px solid #dddddd;color:#777777;">Tipo operazione</td><td style="border-bottom:1px solid #dddddd;"><b>ACCREDITO BONIFICO SEPA</b></td></tr>
<tr><td style="border-bottom:1px solid #dddddd;color:#777777;">Data contabile</td><td style="border-bottom:1px solid #dddddd;">18/11/2026</td></tr>
<tr><td style="border-bottom:1px solid #dddddd;color:#777777;">Data valuta</td><td style="border-bottom:1px solid #dddddd;">18/11/2026</td></tr>
<tr><td style="border-bottom:1px solid #dddddd;color:#777777;">Importo</td><td style="border-bottom:1px solid #dddddd;color:#00814a;"><b>+ 1.830,00 EUR</b></td></tr>
<tr><td style="border-bottom:1px solid #dddddd;color:#777777;">Ordinante</td><td style="border-bottom:1px solid #dddddd;">TIPOGRAFIA GALLO SRL</td></tr>
<tr><td style="border-bottom:1px solid #dddddd;color:#777777;">Causale</td><td style="border-bottom:1px solid #dddddd;">SALDO FATTURA N. 2026/41 DEL 02/11/2026</td></tr>
</table>
<p>Il saldo aggiornato &egrave; consultabile su Sella App e su <a href="https://www.sella.it">www.sella.it</a>.</p>
<p style="font-size:11px;color:#999999;">Questa &egrave; una comunicazione automatica, ti preghiamo di non rispondere.<br>
Banca Sella S.p.A. - Piazza Gaudenzio Sella 1, 13900 Biella</p>
</td></tr></table></td></tr></table>
</body></html>
"""
add(message([
    ("Return-Path", "<bounce-notifiche@mail.sella.it>"),
    ("From", addr("Banca Sella", "notifiche@sella.it")),
    ("To", "chiara@bonfantiillustra.it"),
    ("Subject", hq("Notifica movimento: accredito bonifico sul conto 052 8471193 0")),
    ("Date", date(2026, 11, 18, 9, 41, 7)),
    ("Message-ID", mid("r20n-0001", "mail.sella.it")),
], multi("alternative", [text(_txt), text(_html, "html")], "=_sella_7c1e0a9b44")),
    kind="payment-notification", language="it", amount="1830.00", currency="EUR", reference="2026/41",
    note="Bank alert for an incoming SEPA credit; amount and causale sit in table cells; the causale names invoice 2026/41.")

# ---------------------------------------------------------------- 0002 BPER, one credit covering two invoices
_txt = """BPER Banca - Servizio di notifica movimenti

Gentile Cliente,
La informiamo che in data 03/12/2026 è stato registrato sul conto
IT** **** **** **** **** 0418 372
il seguente movimento:

ACCREDITO BONIFICO                             EUR       640,50
Ordinante: ORTOFRUTTA DAUNIA SOC. COOP. AGRICOLA
Descrizione: BONIFICO SEPA DA ORTOFRUTTA DAUNIA SOC COOP
             CAUS: FT 58 E FT 61 ACCONTO

Per disattivare il servizio o modificare le soglie di notifica acceda
a Smart Web > Servizi > Notifiche.

La preghiamo di non rispondere a questa e-mail: la casella non è abilitata
alla ricezione.
BPER Banca S.p.A. - Sede legale in Modena, via San Carlo 8/20
"""
add(message([
    ("From", addr("BPER Banca", "notifiche.movimenti@bper.it")),
    ("To", "Davide Lo Russo <davide@studiolorusso.it>"),
    ("Subject", "BPER Banca - Notifica movimento sul conto"),
    ("Date", date(2026, 12, 3, 18, 2, 51)),
    ("Message-ID", mid("r20n-0002", "bper.it")),
    ("X-Mailer", "BPER NotificationEngine 4.2"),
], text(_txt, cs="iso-8859-1")),
    kind="payment-notification", language="it", amount="640.50", currency="EUR",
    note="Incoming transfer whose causale covers two invoices (FT 58 and FT 61, on account), so no single reference is labelled.")

# ---------------------------------------------------------------- 0003 Credem, credit advice with the contabile attached
_txt = """Gentile DAVIDE LO RUSSO,

in allegato trova la contabile dell'operazione di accredito registrata il 09/12/2026 sul rapporto 010/000000547812.

Importo accreditato: 2.196,00 euro
Ordinante: NEXTBIT S.R.L.
Banca ordinante: BANCO BPM S.P.A.
Causale: Fattura 17/2026 progetto sito e-commerce

Il documento è disponibile anche nella sezione Archivio documenti di Credem Link.

Cordiali saluti
Credem - Credito Emiliano S.p.A.

Messaggio generato automaticamente. Non rispondere a questo indirizzo.
"""
add(message([
    ("From", addr("Credem", "avvisi@credem.it")),
    ("To", "davide@studiolorusso.it"),
    ("Subject", "Avviso di accredito - contabile disponibile"),
    ("Date", date(2026, 12, 9, 11, 26, 40)),
    ("Message-ID", mid("r20n-0003", "credem.it")),
], multi("mixed", [
    text(_txt, cs="windows-1252"),
    attach("application/pdf", "Contabile_accredito_20261209.pdf", pdf("Contabile accredito 09/12/2026")),
], "----=_Part_33471_1986523314.1796811600000")),
    kind="payment-notification", language="it", amount="2196.00", currency="EUR", reference="17/2026",
    note="Credit advice with the contabile PDF attached; the body also states amount and causale (invoice 17/2026).")

# ---------------------------------------------------------------- 0004 Fineco, amount only in the subject
_txt = """Gentile Cliente,

ti informiamo che è stato accreditato un bonifico sul tuo conto corrente.

Per consultare i dettagli dell'operazione accedi all'app Fineco o all'area riservata di finecobank.com, sezione Movimenti.

FinecoBank
La banca che semplifica la banca.

Hai ricevuto questa e-mail perché hai attivato il servizio Alert. Puoi modificarlo in qualsiasi momento dalla sezione Servizi > Alert.
"""
add(message([
    ("From", addr("FinecoBank", "alert@finecobank.com")),
    ("To", "chiara@bonfantiillustra.it"),
    ("Subject", "Fineco Alert: bonifico in entrata di 450,00 EUR"),
    ("Date", date(2026, 12, 14, 15, 8, 12)),
    ("Message-ID", mid("r20n-0004", "finecobank.com")),
], text(_txt, cte="base64")),
    kind="payment-notification", language="it", amount="450.00", currency="EUR",
    note="Fineco alert: the amount is only in the subject, the body just says a transfer was credited; no payer or causale, so no reference.")

# ---------------------------------------------------------------- 0005 Hype, HTML only, money from a person
_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Helvetica Neue',Arial,sans-serif;background:#ffffff;">
<div style="max-width:520px;margin:0 auto;padding:32px 20px;">
<img src="https://static.hype.it/mail/logo-hype.png" alt="HYPE" width="96" height="32">
<h1 style="font-size:26px;color:#1b1b1b;margin:28px 0 8px;">Hai ricevuto 280,00 &euro; &#128184;</h1>
<p style="font-size:15px;color:#4d4d4d;">Alessia Marchetti ti ha inviato un bonifico.</p>
<table cellpadding="0" cellspacing="0" style="width:100%;margin-top:18px;font-size:14px;">
<tr><td style="padding:8px 0;color:#8c8c8c;">Da</td><td style="padding:8px 0;text-align:right;">Alessia Marchetti</td></tr>
<tr><td style="padding:8px 0;color:#8c8c8c;">Importo</td><td style="padding:8px 0;text-align:right;">280,00 &euro;</td></tr>
<tr><td style="padding:8px 0;color:#8c8c8c;">Causale</td><td style="padding:8px 0;text-align:right;">illustrazione copertina fatt 2026/44</td></tr>
<tr><td style="padding:8px 0;color:#8c8c8c;">Data</td><td style="padding:8px 0;text-align:right;">21 dicembre 2026</td></tr>
</table>
<p style="margin-top:28px;"><a href="https://app.hype.it/movimenti" style="background:#13d4a4;color:#00233a;padding:12px 22px;border-radius:22px;text-decoration:none;font-weight:bold;">Vedi il movimento</a></p>
<p style="font-size:11px;color:#a0a0a0;margin-top:40px;">HYPE S.p.A. &middot; Questa email &egrave; stata inviata automaticamente, non rispondere.</p>
</div></body></html>
"""
add(message([
    ("From", addr("HYPE", "no-reply@hype.it")),
    ("To", "chiara@bonfantiillustra.it"),
    ("Subject", hq("Hai ricevuto 280,00 € 💸")),
    ("Date", date(2026, 12, 21, 20, 47, 3)),
    ("Message-ID", mid("r20n-0005", "mailing.hype.it")),
], text(_html, "html")),
    kind="payment-notification", language="it", amount="280.00", currency="EUR", reference="2026/44",
    note="HTML-only Hype notice; the causale a private client typed ('fatt 2026/44') gives the invoice number.")

# ---------------------------------------------------------------- 0006 Banca Mediolanum, instant transfer, table
_txt = """Banca Mediolanum - Movimento in entrata

Gentile Cliente,
le comunichiamo che sul suo conto è stato contabilizzato il seguente movimento:

Data operazione   Data valuta   Descrizione                                          Importo (EUR)
12/01/2027        12/01/2027    BON. ISTANTANEO DA STUDIO LEGALE AVV. PIERANGELI     +3.050,00
                                RIF. FATT. N.3/2027 CONSULENZA SITO

Per qualsiasi informazione il Banking Center è a sua disposizione.
Banca Mediolanum S.p.A.
"""
_html = """<html><body style="font-family:Verdana,Geneva,sans-serif;font-size:12px;color:#222;">
<p style="color:#0a3d7a;font-size:16px;"><b>Banca Mediolanum - Movimento in entrata</b></p>
<p>Gentile Cliente,<br>le comunichiamo che sul suo conto &egrave; stato contabilizzato il seguente movimento:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;border-color:#c8d3e0;font-size:12px;">
<thead><tr style="background:#0a3d7a;color:#fff;"><th>Data operazione</th><th>Data valuta</th><th>Descrizione</th><th>Importo (EUR)</th></tr></thead>
<tbody><tr><td>12/01/2027</td><td>12/01/2027</td><td>BON. ISTANTANEO DA STUDIO LEGALE AVV. PIERANGELI<br>RIF. FATT. N.3/2027 CONSULENZA SITO</td><td align="right" style="color:#137333;">+3.050,00</td></tr></tbody>
</table>
<p>Per qualsiasi informazione il Banking Center &egrave; a sua disposizione.</p>
<p>Banca Mediolanum S.p.A.</p>
</body></html>
"""
add(message([
    ("From", addr("Banca Mediolanum", "comunicazioni@bancamediolanum.it")),
    ("To", "davide@studiolorusso.it"),
    ("Subject", "Movimento in entrata sul tuo conto"),
    ("Date", date(2027, 1, 12, 10, 3, 55)),
    ("Message-ID", mid("r20n-0006", "bancamediolanum.it")),
], multi("alternative", [text(_txt, cs="iso-8859-1"), text(_html, "html", cs="iso-8859-1")],
         "b1_9f3c0e7a2d4b6f8e")),
    kind="payment-notification", language="it", amount="3050.00", currency="EUR", reference="3/2027",
    note="Movement table: the amount sits in a cell under an 'Importo (EUR)' column header, with no symbol next to it; causale RIF. FATT. N.3/2027.")

# ---------------------------------------------------------------- 0007 BancoPosta, windows-1252, uppercase causale
_txt = """Poste Italiane

Gentile Cliente,
ti informiamo che sul tuo Conto BancoPosta n. ******4408 è stato accreditato un bonifico.

Importo: € 915,00
Data: 08/01/2027
Ordinante: CAFFE' LETTERARIO LA PIAZZETTA DI SERRA M.
Causale: PAGAMENTO FT N 2026/49 BONFANTI ILLUSTRAZIONI MENU

Puoi verificare i movimenti dall'App BancoPosta o su poste.it.

Per la tua sicurezza: Poste Italiane non ti chiederà mai i codici di accesso tramite e-mail, SMS o telefono.

Poste Italiane S.p.A. - Patrimonio BancoPosta
"""
add(message([
    ("From", addr("Poste Italiane", "noreply@posteitaliane.it")),
    ("To", "chiara@bonfantiillustra.it"),
    ("Subject", "Conto BancoPosta: accredito bonifico"),
    ("Date", date(2027, 1, 8, 7, 55, 30)),
    ("Message-ID", mid("r20n-0007", "posteitaliane.it")),
], text(_txt, cs="windows-1252")),
    kind="payment-notification", language="it", amount="915.00", currency="EUR", reference="2026/49",
    note="BancoPosta credit alert in windows-1252; the causale 'PAGAMENTO FT N 2026/49' names the invoice.")

# ---------------------------------------------------------------- 0008 Postepay Evolution, private client, no invoice number
_txt = """Ciao Chiara,

hai ricevuto un bonifico sulla tua carta Postepay Evolution che termina con 7731.

Importo: 120,00 EUR
Da: FEDERICA TOSI
Causale: ritratto cane Pippo grazie mille!!

Il saldo disponibile della carta è di 612,44 EUR.

Il Team Postepay
"""
add(message([
    ("From", addr("Postepay", "postepay@comunicazioni.poste.it")),
    ("To", "chiara@bonfantiillustra.it"),
    ("Subject", "Hai ricevuto un bonifico sulla tua Postepay Evolution"),
    ("Date", date(2026, 11, 26, 22, 13, 9)),
    ("Message-ID", mid("r20n-0008", "comunicazioni.poste.it")),
], multi("alternative", [
    text(_txt, cte="8bit"),
    text("<html><body><p>Ciao Chiara,</p><p>hai ricevuto un bonifico sulla tua carta Postepay Evolution che termina con 7731.</p>"
         "<table><tr><td>Importo:</td><td><b>120,00 EUR</b></td></tr><tr><td>Da:</td><td>FEDERICA TOSI</td></tr>"
         "<tr><td>Causale:</td><td>ritratto cane Pippo grazie mille!!</td></tr></table>"
         "<p>Il saldo disponibile della carta &egrave; di 612,44 EUR.</p><p>Il Team Postepay</p></body></html>\n", "html", cte="8bit"),
], "postepay-alt-5513")),
    kind="payment-notification", language="it", amount="120.00", currency="EUR",
    note="Money from a private client for a portrait; the causale has no invoice number; the card balance (612,44) is not the amount.")

# ---------------------------------------------------------------- 0009 Qonto in Italian
_txt = """Hai ricevuto un bonifico di 2.440,00 €

Ciao Davide,
NEXTBIT S.R.L. ti ha inviato 2.440,00 € sul conto Qonto di Studio Lo Russo.

Mittente            NEXTBIT S.R.L.
IBAN mittente       IT60 X054 2811 1010 0000 0123 456
Riferimento         Fattura 2027-003 manutenzione gennaio
Data di ricezione   3 febbraio 2027

Ricordati di aggiungere la ricevuta o la fattura a questa transazione per la tua contabilità.

Il team Qonto
"""
_html = """<!doctype html><html><head><meta charset="utf-8"></head><body style="background:#f6f5f3;margin:0;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;margin:30px 0;border-radius:8px;font-family:Inter,Arial,sans-serif;">
<tr><td style="padding:32px 36px 8px;font-size:22px;font-weight:600;color:#1d1d1b;">Hai ricevuto un bonifico di 2.440,00&nbsp;&euro;</td></tr>
<tr><td style="padding:8px 36px;font-size:14px;color:#636363;">Ciao Davide,<br>NEXTBIT S.R.L. ti ha inviato 2.440,00&nbsp;&euro; sul conto Qonto di Studio Lo Russo.</td></tr>
<tr><td style="padding:16px 36px;">
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border:1px solid #ecebe8;border-radius:6px;">
<tr><td style="color:#8a8a8a;">Mittente</td><td align="right">NEXTBIT S.R.L.</td></tr>
<tr><td style="color:#8a8a8a;">IBAN mittente</td><td align="right">IT60 X054 2811 1010 0000 0123 456</td></tr>
<tr><td style="color:#8a8a8a;">Riferimento</td><td align="right">Fattura 2027-003 manutenzione gennaio</td></tr>
<tr><td style="color:#8a8a8a;">Data di ricezione</td><td align="right">3 febbraio 2027</td></tr>
</table></td></tr>
<tr><td style="padding:8px 36px 32px;font-size:13px;color:#636363;">Ricordati di aggiungere la ricevuta o la fattura a questa transazione per la tua contabilit&agrave;.<br><br>Il team Qonto</td></tr>
</table></td></tr></table></body></html>
"""
add(message([
    ("From", addr("Qonto", "notifications@qonto.com")),
    ("To", "davide@studiolorusso.it"),
    ("Subject", hq("Hai ricevuto un bonifico di 2.440,00 €")),
    ("Date", date(2027, 2, 3, 9, 12, 44, tz="Europe/Paris")),
    ("Message-ID", mid("r20n-0009", "qonto.com")),
], multi("alternative", [text(_txt), text(_html, "html")], "--==_mimepart_6790a1c4e2b1_3f2a")),
    kind="payment-notification", language="it", amount="2440.00", currency="EUR", reference="2027-003",
    note="Qonto incoming transfer in Italian; amount in subject, heading and table; reference field gives invoice 2027-003.")

# ---------------------------------------------------------------- 0010 Fatture in Cloud, payment via pay-by-link
_txt = """Pagamento ricevuto

Buone notizie! Il tuo cliente ARCHITETTI ASSOCIATI VENTURA ha pagato online la fattura n. 2027-005 del 18/01/2027.

Importo pagato: 366,00 €
Metodo: carta di credito (Visa **** 4821)
Data pagamento: 29/01/2027
Commissione del servizio: 4,76 €

La fattura è stata segnata automaticamente come saldata nel tuo archivio.
L'accredito sul conto collegato avverrà entro 2 giorni lavorativi.

Fatture in Cloud - TeamSystem
Hai ricevuto questa email perché hai attivato i pagamenti online per le tue fatture.
"""
add(message([
    ("From", addr("Fatture in Cloud", "noreply@fattureincloud.it")),
    ("To", "davide@studiolorusso.it"),
    ("Subject", "Pagamento ricevuto per la fattura n. 2027-005"),
    ("Date", date(2027, 1, 29, 16, 31, 2)),
    ("Message-ID", mid("r20n-0010", "fattureincloud.it")),
], text(_txt)),
    kind="payment-notification", language="it", amount="366.00", currency="EUR", reference="2027-005",
    note="The invoicing service reports the client paid invoice 2027-005 online; amount is the 366,00 paid, not the 4,76 fee.")

# ---------------------------------------------------------------- 0011 Satispay Business
_txt = """Hai ricevuto un pagamento

Laura B. ti ha inviato 85,00 €
Messaggio: "consulenza del 14/1, grazie!"

ID transazione: 6a1f04c2-9b7e-4e35-8d0c-2f7b1c9e5a10
Data: 15/01/2027 19:22

Il denaro è già disponibile nel tuo saldo Satispay Business.

Satispay Europe S.A.
"""
add(message([
    ("From", addr("Satispay Business", "business-noreply@satispay.com")),
    ("To", "Davide Lo Russo <davide@studiolorusso.it>"),
    ("Subject", hq("Hai ricevuto 85,00 € da Laura B.")),
    ("Date", date(2027, 1, 15, 19, 22, 48)),
    ("Message-ID", mid("r20n-0011", "satispay.com")),
], text(_txt, cte="base64")),
    kind="payment-notification", language="it", amount="85.00", currency="EUR",
    note="Satispay payment from a private client; the message mentions a consultation date, not an invoice number.")

# ---------------------------------------------------------------- 0012 Mollie in Italian, with fee lines
_html = """<html><head><meta charset="UTF-8"></head><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;background:#f7f8fa;">
<table align="center" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;margin-top:24px;">
<tr><td style="padding:28px 32px;">
<p style="font-size:13px;color:#8a94a6;margin:0;">mollie</p>
<h2 style="font-size:20px;color:#0a1f44;">Pagamento ricevuto</h2>
<p style="font-size:14px;color:#3c4257;">Hai ricevuto un nuovo pagamento sul tuo profilo <b>Studio Lo Russo</b>.</p>
<table width="100%" cellpadding="7" cellspacing="0" style="font-size:14px;color:#3c4257;border-top:1px solid #e3e8ee;">
<tr><td>Descrizione</td><td align="right">Fattura 2026-118 - sviluppo plugin prenotazioni</td></tr>
<tr><td>Metodo di pagamento</td><td align="right">Carta (Mastercard)</td></tr>
<tr><td>Importo</td><td align="right"><b>&euro;&nbsp;732,00</b></td></tr>
<tr><td>Commissione</td><td align="right">&euro;&nbsp;0,29 + 1,8%</td></tr>
<tr><td>ID pagamento</td><td align="right">tr_7Hq2xKcL9v</td></tr>
<tr><td>Stato</td><td align="right" style="color:#0f9d58;">Pagato</td></tr>
</table>
<p style="font-size:12px;color:#8a94a6;margin-top:24px;">Il saldo verr&agrave; trasferito sul tuo conto con il prossimo payout.<br>Mollie B.V. &middot; Keizersgracht 126 &middot; Amsterdam</p>
</td></tr></table></body></html>
"""
add(message([
    ("From", addr("Mollie", "no-reply@mollie.com")),
    ("To", "davide@studiolorusso.it"),
    ("Subject", hq("Nuovo pagamento ricevuto: € 732,00")),
    ("Date", date(2026, 11, 30, 13, 5, 19, tz="Europe/Amsterdam")),
    ("Message-ID", mid("r20n-0012", "mollie.com")),
], text(_html, "html", cte="base64")),
    kind="payment-notification", language="it", amount="732.00", currency="EUR", reference="2026-118",
    note="HTML-only Mollie notice (base64); description names invoice 2026-118; the fee row is not the amount.")

# ---------------------------------------------------------------- 0013 SAP Ariba remittance, gross / ritenuta / net
_txt = """Avviso di pagamento (Remittance Advice)

Gentile fornitore,
Gruppo Alimentare Ferrandi S.p.A. ha emesso il seguente pagamento tramite SAP Business Network.

Fornitore: Davide Lo Russo (ANID AN01599837412)
Numero pagamento: 2000418837
Data pagamento: 15/02/2027
Metodo: bonifico SEPA

N. fattura fornitore | Data fattura | Importo lordo | Ritenuta d'acconto | Importo pagato
2026-121             | 20/12/2026   | 1.220,00 EUR  | -200,00 EUR        | 1.020,00 EUR

Totale pagamento: 1.020,00 EUR

Per i dettagli accedi al tuo account SAP Business Network.
Questa e-mail è stata generata automaticamente; non rispondere.
"""
_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#32363a;">
<div style="background:#0a6ed1;color:#fff;padding:12px 16px;font-size:16px;">SAP Business Network</div>
<h3 style="margin:18px 0 6px;">Avviso di pagamento (Remittance Advice)</h3>
<p>Gentile fornitore,<br>Gruppo Alimentare Ferrandi S.p.A. ha emesso il seguente pagamento tramite SAP Business Network.</p>
<p>Fornitore: Davide Lo Russo (ANID AN01599837412)<br>Numero pagamento: 2000418837<br>Data pagamento: 15/02/2027<br>Metodo: bonifico SEPA</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;font-size:13px;border-color:#d9d9d9;">
<tr style="background:#f2f2f2;"><th>N. fattura fornitore</th><th>Data fattura</th><th>Importo lordo</th><th>Ritenuta d'acconto</th><th>Importo pagato</th></tr>
<tr><td>2026-121</td><td>20/12/2026</td><td align="right">1.220,00 EUR</td><td align="right">-200,00 EUR</td><td align="right">1.020,00 EUR</td></tr>
<tr><td colspan="4" align="right"><b>Totale pagamento</b></td><td align="right"><b>1.020,00 EUR</b></td></tr>
</table>
<p>Per i dettagli accedi al tuo account SAP Business Network.<br><span style="color:#6a6d70;font-size:11px;">Questa e-mail &egrave; stata generata automaticamente; non rispondere.</span></p>
</body></html>
"""
add(message([
    ("From", addr("SAP Business Network", "ordersender-prod@ansmtp.ariba.com")),
    ("Reply-To", "no-reply@ariba.com"),
    ("To", "davide@studiolorusso.it"),
    ("Subject", "Gruppo Alimentare Ferrandi S.p.A. - Avviso di pagamento 2000418837"),
    ("Date", date(2027, 2, 15, 6, 14, 2, tz="UTC")),
    ("Message-ID", mid("r20n-0013", "ansmtp.ariba.com")),
], multi("alternative", [text(_txt), text(_html, "html")], "----=_Part_118204_99120771.1802671200000")),
    kind="payment-notification", language="it", amount="1020.00", currency="EUR", reference="2026-121",
    note="Client's AP platform remittance: gross 1.220,00 less 200,00 ritenuta d'acconto, so the sum actually paid is 1.020,00; do not take the gross.")

# ---------------------------------------------------------------- 0014 Banca Sella, instant transfer, deposit without invoice number
_txt = """Gentile DAVIDE LO RUSSO,

è stato ricevuto un bonifico istantaneo sul conto corrente n. 052 3319027 4.

Importo:   1.500,00 EUR
Ordinante: ROSSI GIANMARCO
Causale:   acconto 50% progetto logo e sito Agriturismo Il Mandorlo
Data e ora di ricezione: 05/03/2027 17:48

L'importo è immediatamente disponibile.

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Banca Sella S.p.A.
"""
add(message([
    ("From", addr("Banca Sella", "notifiche@sella.it")),
    ("To", "davide@studiolorusso.it"),
    ("Subject", "Bonifico istantaneo ricevuto"),
    ("Date", date(2027, 3, 5, 17, 48, 31)),
    ("Message-ID", mid("r20n-0014", "mail.sella.it")),
], text(_txt, cte="base64")),
    kind="payment-notification", language="it", amount="1500.00", currency="EUR",
    note="Instant transfer that is a 50% deposit on a project; the causale gives no invoice number, so no reference.")

# ---------------------------------------------------------------- 0015 Fineco, outgoing transfer made by the freelancer
_txt = """Gentile Cliente,

ti confermiamo che il bonifico da te disposto è stato eseguito.

Beneficiario:   STUDIO FERRI COMMERCIALISTI ASSOCIATI
IBAN:           IT38 R030 6909 6061 0000 0117 845
Importo:        380,00 EUR
Commissioni:    0,00 EUR
Causale:        Parcella IV trimestre 2026 - Bonfanti
Data esecuzione: 11/01/2027
CRO/TRN:        0306909606100000117845FINE2701

Se non riconosci questa operazione contatta subito il Customer Care al numero indicato su finecobank.com.

FinecoBank
"""
add(message([
    ("From", addr("FinecoBank", "alert@finecobank.com")),
    ("To", "chiara@bonfantiillustra.it"),
    ("Subject", "Fineco Alert: bonifico disposto eseguito"),
    ("Date", date(2027, 1, 11, 8, 30, 16)),
    ("Message-ID", mid("r20n-0015", "finecobank.com")),
], text(_txt, cte="base64")),
    kind="other", language="it",
    note="Look-alike: a transfer the freelancer sent to her accountant (bonifico disposto), money going out, not a client payment.")

# ---------------------------------------------------------------- 0016 BancoPosta, SEPA direct debit notice
_txt = """Poste Italiane

Gentile Cliente,
ti informiamo che è stato presentato un addebito diretto SEPA (SDD) sul tuo Conto BancoPosta n. ******4408.

Creditore:          ENEL ENERGIA S.P.A.
Riferimento mandato: 0047219938-ELE
Importo:            96,40 €
Data di scadenza:   22/12/2026

Se non riconosci l'addebito puoi chiederne il rimborso entro 8 settimane dalla data di addebito.

Poste Italiane S.p.A. - Patrimonio BancoPosta
"""
add(message([
    ("From", addr("Poste Italiane", "noreply@posteitaliane.it")),
    ("To", "chiara@bonfantiillustra.it"),
    ("Subject", "Conto BancoPosta: avviso di addebito diretto SEPA"),
    ("Date", date(2026, 12, 20, 6, 41, 0)),
    ("Message-ID", mid("r20n-0016", "posteitaliane.it")),
], text(_txt, cs="windows-1252")),
    kind="other", language="it",
    note="Look-alike: a utility direct debit about to be taken from the freelancer's account; no money comes in.")

# ---------------------------------------------------------------- 0017 Credem, standing order not executed
_txt = """Gentile DAVIDE LO RUSSO,

le comunichiamo che il bonifico periodico sotto indicato NON è stato eseguito per disponibilità insufficiente sul conto alla data prevista.

Ordine permanente n.:  000384
Beneficiario:          IMMOBILIARE PORTA NUOVA SRL
Importo:               650,00 EUR
Data prevista:         01/02/2027
Causale:               CANONE LOCAZIONE UFFICIO VIA SPARANO 41

La disposizione verrà ripresentata alla prossima scadenza. Può eseguire manualmente il pagamento da Credem Link.

Credem - Credito Emiliano S.p.A.
Messaggio generato automaticamente. Non rispondere a questo indirizzo.
"""
add(message([
    ("From", addr("Credem", "avvisi@credem.it")),
    ("To", "davide@studiolorusso.it"),
    ("Subject", "Bonifico periodico non eseguito"),
    ("Date", date(2027, 2, 1, 7, 5, 12)),
    ("Message-ID", mid("r20n-0017", "credem.it")),
], text(_txt, cs="iso-8859-1")),
    kind="other", language="it",
    note="Look-alike: the freelancer's own scheduled rent transfer was not executed; nothing to do with a client paying.")

# ---------------------------------------------------------------- 0018 Fatture in Cloud, SdI delivery receipt for her invoice
_txt = """Fattura consegnata

La fattura elettronica n. 2026/52 del 01/12/2026 intestata a TIPOGRAFIA GALLO SRL è stata consegnata al destinatario dal Sistema di Interscambio (SdI).

Stato: Consegnata (RC)
Identificativo SdI: 17399482061
Nome file: IT03917460128_00a7K.xml
Data consegna: 02/12/2026 14:57

In allegato la ricevuta di consegna rilasciata dallo SdI.

Fatture in Cloud - TeamSystem
"""
_rc = """<?xml version="1.0" encoding="UTF-8"?>
<ns3:RicevutaConsegna xmlns:ns3="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/messaggi/v1.0" versione="1.0">
<IdentificativoSdI>17399482061</IdentificativoSdI>
<NomeFile>IT03917460128_00a7K.xml</NomeFile>
<DataOraRicezione>2026-12-02T14:51:08.000+01:00</DataOraRicezione>
<DataOraConsegna>2026-12-02T14:57:33.000+01:00</DataOraConsegna>
<Destinatario><Codice>M5UXCR1</Codice><Descrizione>TIPOGRAFIA GALLO SRL</Descrizione></Destinatario>
<MessageId>2204918830</MessageId>
</ns3:RicevutaConsegna>
"""
add(message([
    ("From", addr("Fatture in Cloud", "noreply@fattureincloud.it")),
    ("To", "chiara@bonfantiillustra.it"),
    ("Subject", "Fattura n. 2026/52 consegnata a TIPOGRAFIA GALLO SRL"),
    ("Date", date(2026, 12, 2, 15, 0, 4)),
    ("Message-ID", mid("r20n-0018", "fattureincloud.it")),
], multi("mixed", [
    text(_txt),
    attach("application/xml", "IT03917460128_00a7K_RC_001.xml", _rc.encode()),
], "fic-mixed-20261202-8812")),
    kind="other", language="it",
    note="E-invoicing delivery receipt (SdI RC) for the freelancer's own invoice: it was delivered, not paid.")

# ---------------------------------------------------------------- 0019 Aruba, an invoice the freelancer receives
_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial;font-size:13px;color:#333;">
<table width="640" cellpadding="0" cellspacing="0" align="center"><tr><td style="border-top:4px solid #f46f25;padding:20px;">
<p><b>Aruba.it</b></p>
<p>Gentile Cliente,<br>
&egrave; disponibile il documento fiscale relativo al tuo ordine n. MI26-88410375.</p>
<table cellpadding="5" cellspacing="0" style="font-size:13px;">
<tr><td>Tipo documento</td><td><b>Fattura</b></td></tr>
<tr><td>Numero</td><td>26PAS0412345</td></tr>
<tr><td>Data</td><td>05/11/2026</td></tr>
<tr><td>Servizio</td><td>Rinnovo casella PEC Standard - chiara.bonfanti@pec.it</td></tr>
<tr><td>Totale</td><td>6,10 EUR IVA inclusa</td></tr>
<tr><td>Stato</td><td>Pagata con carta di credito</td></tr>
</table>
<p>Puoi scaricare la fattura in formato PDF dall'Area Clienti, sezione Documenti fiscali.</p>
<p style="color:#888;font-size:11px;">Aruba S.p.A. - Via San Clemente 53 - 24036 Ponte San Pietro (BG)</p>
</td></tr></table></body></html>
"""
add(message([
    ("From", addr("Aruba.it", "comunicazioni@staff.aruba.it")),
    ("To", "chiara@bonfantiillustra.it"),
    ("Subject", "Aruba.it - Documento fiscale disponibile n. 26PAS0412345"),
    ("Date", date(2026, 11, 5, 3, 12, 50)),
    ("Message-ID", mid("r20n-0019", "staff.aruba.it")),
], text(_html, "html", cs="iso-8859-1")),
    kind="other", language="it",
    note="An invoice the freelancer received from her PEC provider (already paid by her card); it says 'Pagata' but it is her expense.")

# ---------------------------------------------------------------- 0020 Satispay, a money request to the freelancer
_txt = """Marco ti ha inviato una richiesta di pagamento

Importo: 24,00 €
Messaggio: "pizza venerdì + birra 🍕"

Apri l'app Satispay per accettare o rifiutare la richiesta. Se non fai nulla, la richiesta scadrà tra 7 giorni.

Satispay Europe S.A.
"""
add(message([
    ("From", addr("Satispay", "noreply@satispay.com")),
    ("To", "davide@studiolorusso.it"),
    ("Subject", "Marco ti ha inviato una richiesta di pagamento"),
    ("Date", date(2027, 3, 13, 11, 2, 37)),
    ("Message-ID", mid("r20n-0020", "satispay.com")),
], text(_txt, cte="quoted-printable")),
    kind="other", language="it",
    note="Look-alike: a friend asks the freelancer for 24 euro through Satispay; a payment request, no money received.")

# ---------------------------------------------------------------- 0021 Hype, incoming transfer recalled
_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:'Helvetica Neue',Arial,sans-serif;">
<div style="max-width:520px;margin:0 auto;padding:32px 20px;">
<img src="https://static.hype.it/mail/logo-hype.png" alt="HYPE" width="96" height="32">
<h1 style="font-size:22px;color:#1b1b1b;">Un bonifico in entrata &egrave; stato stornato</h1>
<p style="font-size:15px;color:#4d4d4d;">Ciao Chiara,<br>
il bonifico di <b>540,00 &euro;</b> che avevi ricevuto il 22 febbraio da <b>EDIZIONI CORVO SRL</b> &egrave; stato richiamato dalla banca dell'ordinante.
L'importo &egrave; stato quindi addebitato sul tuo conto.</p>
<table cellpadding="0" cellspacing="0" style="width:100%;font-size:14px;">
<tr><td style="padding:6px 0;color:#8c8c8c;">Importo stornato</td><td style="text-align:right;">-540,00 &euro;</td></tr>
<tr><td style="padding:6px 0;color:#8c8c8c;">Motivo</td><td style="text-align:right;">Richiamo su richiesta dell'ordinante (FRAD)</td></tr>
<tr><td style="padding:6px 0;color:#8c8c8c;">Data</td><td style="text-align:right;">24 febbraio 2027</td></tr>
</table>
<p style="font-size:14px;color:#4d4d4d;">Se hai domande su questo movimento contatta direttamente chi ti ha inviato il bonifico.</p>
<p style="font-size:11px;color:#a0a0a0;margin-top:40px;">HYPE S.p.A. &middot; Questa email &egrave; stata inviata automaticamente, non rispondere.</p>
</div></body></html>
"""
add(message([
    ("From", addr("HYPE", "no-reply@hype.it")),
    ("To", "chiara@bonfantiillustra.it"),
    ("Subject", "Bonifico in entrata stornato"),
    ("Date", date(2027, 2, 24, 12, 19, 26)),
    ("Message-ID", mid("r20n-0021", "mailing.hype.it")),
], text(_html, "html")),
    kind="other", language="it",
    note="Look-alike: an earlier incoming transfer of 540 euro was recalled and debited back; money went out, so no payment is notified.")

# ---------------------------------------------------------------- 0022 Outlook out-of-office with RFC 3834 headers, back 6 January
_txt = """Buongiorno,
sono fuori ufficio fino al 6 gennaio compreso con accesso limitato alla posta elettronica.
Per questioni amministrative urgenti potete scrivere a amministrazione@tipografiagallo.it, per la produzione a Luca (produzione@tipografiagallo.it).

Buone feste!
Sara Gallo
Tipografia Gallo Srl
"""
add(message([
    ("From", addr("Sara Gallo", "sara.gallo@tipografiagallo.it")),
    ("To", addr("Chiara Bonfanti", "chiara@bonfantiillustra.it")),
    ("Subject", "Risposta automatica: Promemoria: fattura n. 2026/52 in scadenza"),
    ("Date", date(2026, 12, 22, 10, 15, 41)),
    ("Message-ID", mid("r20n-0022", "tipografiagallo.it")),
    ("In-Reply-To", "<20261222091402.3a81c0@bonfantiillustra.it>"),
    ("References", "<20261222091402.3a81c0@bonfantiillustra.it>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "sara.gallo@tipografiagallo.it"),
    ("Content-Language", "it-IT"),
], text(_txt, cs="windows-1252")),
    kind="auto-reply", language="it", return_date="2027-01-06",
    note="Exchange out-of-office, 'fuori ufficio fino al 6 gennaio compreso': the absence ends on the day named, 6 January (not the 7th); the other addresses are deputies.")

# ---------------------------------------------------------------- 0023 Mailbox no longer active, no RFC 3834 headers
_txt = """Gentile mittente,

questa casella di posta non è più attiva dal 1° dicembre 2026 e i messaggi non vengono letti.

Per fatture, solleciti e comunicazioni amministrative scrivere a contabilita@edizionicorvo.it
Per la redazione: redazione@edizionicorvo.it

Grazie
Edizioni Corvo Srl
"""
add(message([
    ("From", addr("Amministrazione Edizioni Corvo", "amministrazione@editorialecorvo.it")),
    ("To", "chiara@bonfantiillustra.it"),
    ("Subject", "Re: Sollecito di pagamento - fattura n. 2026/47"),
    ("Date", date(2026, 12, 10, 16, 40, 2)),
    ("Message-ID", mid("r20n-0023", "editorialecorvo.it")),
    ("In-Reply-To", "<20261210163901.77ce12@bonfantiillustra.it>"),
], text(_txt)),
    kind="auto-reply", language="it",
    note="Mailbox-closed notice with an ordinary 'Re:' subject and no Auto-Submitted header; it gives a new address, no return date.")

# ---------------------------------------------------------------- 0024 Weekday only: back on Monday
_txt = """Ciao,
sono in trasferta e rientro in ufficio lunedì. Leggerò la posta al mio rientro.
Per urgenze tecniche potete scrivere a supporto@nextbit.it.

Simona Galli
Responsabile amministrativa - NEXTBIT S.r.l.
"""
add(message([
    ("From", addr("Simona Galli", "s.galli@nextbit.it")),
    ("To", "davide@studiolorusso.it"),
    ("Subject", hq("Risposta automatica: Promemoria: la fattura n. 2027-007 è scaduta")),
    ("Date", date(2027, 2, 11, 14, 22, 9)),
    ("Message-ID", mid("r20n-0024", "nextbit.it")),
    ("In-Reply-To", "<20270211142150.9f01aa@studiolorusso.it>"),
    ("Auto-Submitted", "auto-replied"),
    ("Precedence", "auto_reply"),
], text(_txt, cte="8bit")),
    kind="auto-reply", language="it", return_date="2027-02-15",
    note="Only a weekday is given ('rientro in ufficio lunedì'); sent Thursday 11 February, so the next Monday is 15 February.")

# ---------------------------------------------------------------- 0025 Exchange NDR in Italian, 5.1.1
_orig_headers = """Received: from mail.bonfantiillustra.it (mail.bonfantiillustra.it [203.0.113.41])
 by AM7PR02MB6021.eurprd02.prod.outlook.com with Microsoft SMTP Server id
 15.20.7892.21; Tue, 19 Jan 2027 09:30:12 +0000
From: Chiara Bonfanti <chiara@bonfantiillustra.it>
To: amministrazione@edilvetro-srl.it
Subject: Sollecito di pagamento - fattura n. 2026/45
Date: Tue, 19 Jan 2027 10:30:07 +0100
Message-ID: <20270119103007.51d2e0@bonfantiillustra.it>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""
_txt = """Il recapito non è riuscito per i seguenti destinatari o gruppi:

amministrazione@edilvetro-srl.it
Non sono riuscito a trovare l'indirizzo e-mail che hai immesso. Verifica l'indirizzo e-mail del destinatario e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta il supporto tecnico.


Informazioni di diagnostica per gli amministratori:

Server di generazione: AM7PR02MB6021.eurprd02.prod.outlook.com

amministrazione@edilvetro-srl.it
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'
"""
_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head><body>
<p style="font-family:Segoe UI,Arial;font-size:15px;color:#c00000;"><b>Il recapito non &egrave; riuscito per i seguenti destinatari o gruppi:</b></p>
<p style="font-family:Segoe UI,Arial;font-size:14px;"><a href="mailto:amministrazione@edilvetro-srl.it">amministrazione@edilvetro-srl.it</a><br>
Non sono riuscito a trovare l'indirizzo e-mail che hai immesso. Verifica l'indirizzo e-mail del destinatario e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta il supporto tecnico.</p>
<p style="font-family:Consolas,monospace;font-size:12px;">Server di generazione: AM7PR02MB6021.eurprd02.prod.outlook.com<br>
amministrazione@edilvetro-srl.it<br>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'</p>
</body></html>
"""
_ds = """Reporting-MTA: dns;AM7PR02MB6021.eurprd02.prod.outlook.com
Received-From-MTA: dns;mail.bonfantiillustra.it
Arrival-Date: Tue, 19 Jan 2027 09:30:12 +0000

Original-Recipient: rfc822;amministrazione@edilvetro-srl.it
Final-Recipient: rfc822;amministrazione@edilvetro-srl.it
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp;550 5.1.1 RESOLVER.ADR.RecipNotFound; not found
"""
add(message([
    ("From", "<postmaster@edilvetro-srl.it>"),
    ("To", "<chiara@bonfantiillustra.it>"),
    ("Date", date(2027, 1, 19, 9, 30, 14, tz="UTC")),
    ("Subject", "Non recapitabile: Sollecito di pagamento - fattura n. 2026/45"),
    ("Message-ID", "<a3c1e0f2-41b7-4c8e-9d51-0e7f2b6c9a11@AM7PR02MB6021.eurprd02.prod.outlook.com>"),
    ("In-Reply-To", "<20270119103007.51d2e0@bonfantiillustra.it>"),
    ("References", "<20270119103007.51d2e0@bonfantiillustra.it>"),
    ("Content-Language", "it-IT"),
    ("X-MS-Exchange-Message-Is-Ndr", ""),
    ("Auto-Submitted", "auto-replied"),
], multi("report", [
    multi("alternative", [text(_txt, cs="iso-8859-1"), text(_html, "html", cs="iso-8859-1")],
          "b0a1c2d3-e4f5-4061-8728-394a5b6c7d8e", params="; differences=Content-Type"),
    dsn(_ds),
    rfc822_headers(_orig_headers.encode()),
], "5e2c7f10-9a3b-4d6e-b1c8-f0a9e8d7c6b5", params="; report-type=delivery-status")),
    kind="bounce", language="it", failed_recipient="amministrazione@edilvetro-srl.it", permanent=True,
    note="Exchange Online NDR in Italian with a DSN part: 550 5.1.1 recipient not found, so permanent.")

# ---------------------------------------------------------------- 0026 Aruba PEC, avviso di mancata consegna (quota full)
_txt = """Avviso di mancata consegna

Il giorno 10/12/2026 alle ore 11:42:05 (+0100) nel messaggio
"Sollecito fatture FT 58 e FT 61" proveniente da "davide.lorusso@pec.it"
ed indirizzato a:
ortofruttadaunia@legalmail.it
è stato rilevato un problema che ne impedisce la consegna.
Il sistema ha riscontrato il seguente errore:
5.2.2 - InfoCert S.p.A. - casella piena
Il messaggio è stato rifiutato dal sistema.
Identificativo messaggio: opec21012.20261210114205.48817.311.1.52@pec.aruba.it
"""
_daticert = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE postacert SYSTEM "postacert.dtd">
<postacert tipo="errore-consegna" errore="no-dest">
  <intestazione>
    <mittente>davide.lorusso@pec.it</mittente>
    <destinatari tipo="certificato">ortofruttadaunia@legalmail.it</destinatari>
    <risposte>davide.lorusso@pec.it</risposte>
    <oggetto>Sollecito fatture FT 58 e FT 61</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100"><giorno>10/12/2026</giorno><ora>11:42:09</ora></data>
    <identificativo>opec21012.20261210114205.48817.311.1.52@pec.aruba.it</identificativo>
    <msgid>&lt;20261210114203.0c4d12@studiolorusso.it&gt;</msgid>
    <consegna>ortofruttadaunia@legalmail.it</consegna>
    <errore-esteso>5.2.2 - InfoCert S.p.A. - casella piena</errore-esteso>
  </dati>
</postacert>
"""
_inner = multi("mixed", [
    text(_txt, cs="iso-8859-1", extra=["Content-Disposition: inline"]),
    attach("application/xml", "daticert.xml", _daticert.encode()),
], "----------=_1796899329-48817-311")
add(message([
    ("Return-Path", "<posta-certificata@pec.aruba.it>"),
    ("Subject", "AVVISO DI MANCATA CONSEGNA: Sollecito fatture FT 58 e FT 61"),
    ("X-Riferimento-Message-ID", "<20261210114203.0c4d12@studiolorusso.it>"),
    ("Date", date(2026, 12, 10, 11, 42, 9)),
    ("Message-ID", "<opec21012.20261210114209.48817.311.1.53@pec.aruba.it>"),
    ("To", "davide.lorusso@pec.it"),
    ("X-Ricevuta", "errore-consegna"),
    ("From", "posta-certificata@pec.aruba.it"),
], multi("signed", [
    _inner,
    attach("application/x-pkcs7-signature", "smime.p7s", b"0\x82\x05\x1c\x06\t*\x86H\x86\xf7\r\x01\x07\x02\xa0\x82\x05\r0\x82\x05\t\x02\x01\x011"),
], "----F3A09C41D7E25B6680AF1C2D3E4F5061",
    params='; protocol="application/x-pkcs7-signature"; micalg="sha-256"', preamble="This is an S/MIME signed message")),
    kind="bounce", language="it", failed_recipient="ortofruttadaunia@legalmail.it", permanent=True,
    note="PEC 'avviso di mancata consegna' (X-Ricevuta: errore-consegna): the certified reminder could not be delivered, mailbox full with a 5.2.2 code, so permanent.")

# ---------------------------------------------------------------- 0027 Italian delay notice, 4.2.2 mailbox full, still retrying
_txt = """Questo è un messaggio automatico del sistema di posta di smtp.register.it.

ATTENZIONE: il tuo messaggio non è ancora stato consegnato.
Non è necessario inviarlo di nuovo: il sistema continuerà a tentare la consegna
fino al 27/03/2027. Se entro quella data la consegna non sarà riuscita
riceverai un nuovo avviso.

Destinatario: <contabilita@studiomarini.it>
Motivo: il server del destinatario ha risposto
    452 4.2.2 <contabilita@studiomarini.it>: Mailbox full, try again later

Oggetto del messaggio: Promemoria: fattura n. 2027-011 in scadenza
"""
_ds = """Reporting-MTA: dns; smtp.register.it
X-Postfix-Queue-ID: 4Vb9T21xQkz3wPd
X-Postfix-Sender: rfc822; davide@studiolorusso.it
Arrival-Date: Mon, 22 Mar 2027 09:02:51 +0100 (CET)

Final-Recipient: rfc822; contabilita@studiomarini.it
Original-Recipient: rfc822;contabilita@studiomarini.it
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx1.studiomarini.it
Diagnostic-Code: smtp; 452 4.2.2 <contabilita@studiomarini.it>: Mailbox full,
    try again later
Will-Retry-Until: Sat, 27 Mar 2027 09:02:51 +0100 (CET)
"""
_orig_headers = """Return-Path: <davide@studiolorusso.it>
Received: from [192.168.1.34] (host-79-41-12-88.retail.telecomitalia.it [79.41.12.88])
 by smtp.register.it (Postfix) with ESMTPSA id 4Vb9T21xQkz3wPd
 for <contabilita@studiomarini.it>; Mon, 22 Mar 2027 09:02:51 +0100 (CET)
From: Davide Lo Russo <davide@studiolorusso.it>
To: contabilita@studiomarini.it
Subject: Promemoria: fattura n. 2027-011 in scadenza
Date: Mon, 22 Mar 2027 09:02:48 +0100
Message-ID: <20270322090248.6e10b7@studiolorusso.it>
"""
add(message([
    ("Return-Path", "<>"),
    ("From", "MAILER-DAEMON@smtp.register.it (Sistema di consegna posta)"),
    ("To", "davide@studiolorusso.it"),
    ("Subject", "Avviso: consegna ritardata del messaggio"),
    ("Date", date(2027, 3, 22, 13, 3, 40, suffix=" (CET)")),
    ("Message-ID", "<20270322120340.7A11C3F02B@smtp.register.it>"),
    ("Auto-Submitted", "auto-replied"),
], multi("report", [
    text(_txt, cs="iso-8859-1", extra=["Content-Description: Notification"]),
    dsn(_ds, "Delivery report"),
    rfc822_headers(_orig_headers.encode(), "Undelivered Message Headers"),
], "4Vb9T21xQkz3wPd.1805716420/smtp.register.it", params="; report-type=delivery-status",
    preamble="This is a MIME-encapsulated message.")),
    kind="bounce", language="it", failed_recipient="contabilita@studiomarini.it", permanent=False,
    note="Delay warning (Action: delayed, 452 4.2.2 mailbox full): the server keeps retrying, so a temporary failure.")

# ---------------------------------------------------------------- 0028 CaixaBank, transfer received
_txt = """CaixaBank

Has recibido una transferencia

Hola, NEREA:

Te informamos de que se ha abonado una transferencia en tu cuenta ES** **** **** **** **** 3307.

Importe:     1.210,00 EUR
Ordenante:   GRÁFICAS ARRIETA SL
Concepto:    FRA 2026-087
Fecha valor: 20/11/2026

Puedes consultar el detalle en CaixaBankNow.

Este correo se ha enviado de forma automática. Por favor, no respondas a este mensaje.
CaixaBank, S.A. - C/ Pintor Sorolla, 2-4 - 46002 Valencia
"""
_html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#eef3f7;font-family:Arial,Helvetica,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px 0;">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#007eae;padding:16px 24px;"><img src="https://www.caixabank.es/deployedfiles/common/Estaticos/Imagenes/logo-caixabank-blanco.png" alt="CaixaBank" width="150"></td></tr>
<tr><td style="padding:24px;font-size:14px;color:#2b2b2b;">
<h2 style="font-size:20px;margin:0 0 14px;">Has recibido una transferencia</h2>
<p>Hola, NEREA:</p>
<p>Te informamos de que se ha abonado una transferencia en tu cuenta ES** **** **** **** **** 3307.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border:1px solid #d7e1ea;">
<tr style="background:#f5f8fa;"><td width="35%">Importe</td><td><b>1.210,00 EUR</b></td></tr>
<tr><td>Ordenante</td><td>GR&Aacute;FICAS ARRIETA SL</td></tr>
<tr style="background:#f5f8fa;"><td>Concepto</td><td>FRA 2026-087</td></tr>
<tr><td>Fecha valor</td><td>20/11/2026</td></tr>
</table>
<p>Puedes consultar el detalle en CaixaBankNow.</p>
<p style="font-size:11px;color:#8a8a8a;">Este correo se ha enviado de forma autom&aacute;tica. Por favor, no respondas a este mensaje.<br>CaixaBank, S.A. - C/ Pintor Sorolla, 2-4 - 46002 Valencia</p>
</td></tr></table></td></tr></table></body></html>
"""
add(message([
    ("From", addr("CaixaBank", "notificaciones@caixabank.com")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", "Has recibido una transferencia"),
    ("Date", date(2026, 11, 20, 12, 33, 18, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0028", "caixabank.com")),
], multi("alternative", [text(_txt), text(_html, "html")], "_=_caixa_ALT_0c2f77e91a")),
    kind="payment-notification", language="es", amount="1210.00", currency="EUR", reference="2026-087",
    note="CaixaBank incoming transfer; amount and concepto ('FRA 2026-087') in table cells.")

# ---------------------------------------------------------------- 0029 Sabadell, one credit for two invoices
_txt = """Banco Sabadell

Aviso de abono de transferencia

Sra. NEREA ETXEBERRIA GOIKOETXEA:

Le comunicamos que con fecha 04/12/2026 se ha efectuado el siguiente abono en su cuenta
ES** 0081 **** **** **** 5512:

  Importe ........................... 605,00 EUR
  Ordenante ......................... DISTRIBUCIONES KALEA SL
  Concepto .......................... PAGO FACTURAS 2026-090 Y 2026-091
  Fecha valor ....................... 04/12/2026

Puede consultar todos sus movimientos en BS Online o en la app Sabadell.

Atentamente,
Banco de Sabadell, S.A.

Mensaje generado automáticamente. No responda a este correo.
"""
add(message([
    ("From", addr("Banco Sabadell", "avisos@bancsabadell.com")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", "Aviso de abono de transferencia"),
    ("Date", date(2026, 12, 4, 8, 47, 2, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0029", "bancsabadell.com")),
], text(_txt, cs="iso-8859-1")),
    kind="payment-notification", language="es", amount="605.00", currency="EUR",
    note="One transfer whose concepto names two invoices (2026-090 and 2026-091), so no single reference.")

# ---------------------------------------------------------------- 0030 Sabadell, instant transfer, amount in subject and table
_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:14px 20px;background:#006dff;color:#fff;font-size:18px;">Sabadell</td></tr>
<tr><td style="padding:20px;">
<p>Hola, PABLO:</p>
<p>Has recibido una <b>transferencia inmediata</b>. El dinero ya est&aacute; disponible en tu cuenta.</p>
<table cellpadding="6" cellspacing="0" width="100%" style="border-top:2px solid #006dff;font-size:13px;">
<tr><td style="color:#777;">Importe</td><td align="right"><b>2.057,00 &euro;</b></td></tr>
<tr><td style="color:#777;">Ordenante</td><td align="right">LUCIA FERNANDEZ RUIZ</td></tr>
<tr><td style="color:#777;">Concepto</td><td align="right">F-2026/112 reportaje boda Lucia y Alvaro</td></tr>
<tr><td style="color:#777;">Cuenta de abono</td><td align="right">ES** **** **** **** **** 9041</td></tr>
<tr><td style="color:#777;">Fecha y hora</td><td align="right">15/12/2026 21:04</td></tr>
</table>
<p style="font-size:11px;color:#999;">Banco de Sabadell, S.A. Este es un mensaje autom&aacute;tico, no respondas a este correo.</p>
</td></tr></table></body></html>
"""
add(message([
    ("From", addr("Banco Sabadell", "avisos@bancsabadell.com")),
    ("To", "pablo@quintanafoto.com"),
    ("Subject", hq("Transferencia inmediata recibida: 2.057,00 €", cs="iso-8859-15")),
    ("Date", date(2026, 12, 15, 21, 4, 39, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0030", "bancsabadell.com")),
], text(_html, "html", cs="iso-8859-15")),
    kind="payment-notification", language="es", amount="2057.00", currency="EUR", reference="F-2026/112",
    note="HTML-only instant transfer notice (iso-8859-15 so the euro sign fits); the concepto starts with invoice F-2026/112.")

# ---------------------------------------------------------------- 0031 Abanca, plain ingreso notice
_txt = """ABANCA informa

Ingreso en cuenta

Cuenta: ES** **** **** **** **** 2286
Fecha: 07/01/2027
Importe: +484,00 EUR
Concepto: TRANSFERENCIA DE HOTEL ALCAZAR BOUTIQUE SL
Observaciones: Factura F-2026/118

Saldo disponible tras la operación: 3.917,26 EUR

Puedes gestionar estos avisos desde ABANCA Banca a distancia > Alertas.
ABANCA Corporación Bancaria, S.A.
"""
add(message([
    ("From", addr("ABANCA", "alertas@abanca.com")),
    ("To", "pablo@quintanafoto.com"),
    ("Subject", "ABANCA informa: ingreso en cuenta"),
    ("Date", date(2027, 1, 7, 13, 58, 4, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0031", "abanca.com")),
], text(_txt, cs="windows-1252", cte="8bit")),
    kind="payment-notification", language="es", amount="484.00", currency="EUR", reference="F-2026/118",
    note="Abanca deposit alert; 'Observaciones: Factura F-2026/118' gives the invoice; the balance after the operation is not the amount.")

# ---------------------------------------------------------------- 0032 Cajamar, justificante attached, no invoice number
_txt = """Estimado/a cliente:

Le informamos de que se ha recibido una transferencia a su favor en la cuenta terminada en 6720.

Importe: 726,00 EUR
Ordenante: EDITORIAL ITSASO SL
Concepto: SERVICIOS TRADUCCION NOVIEMBRE
Fecha de abono: 11/12/2026

Adjuntamos el justificante de la operación en formato PDF.

Un saludo,
Cajamar Caja Rural
Este mensaje ha sido generado automáticamente. Por favor, no responda.
"""
add(message([
    ("From", addr("Cajamar", "notificaciones@cajamar.es")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", hq("Cajamar - Notificación de transferencia recibida")),
    ("Date", date(2026, 12, 11, 10, 22, 51, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0032", "cajamar.es")),
], multi("mixed", [
    text(_txt, cs="iso-8859-1"),
    attach("application/pdf", "Justificante_transferencia_11122026.pdf", pdf("Justificante transferencia")),
], "----=_NextPart_000_0042_01DD6B2E.5A1C3F00")),
    kind="payment-notification", language="es", amount="726.00", currency="EUR",
    note="Transfer received with the receipt PDF attached; the concepto names a month of work, not an invoice number.")

# ---------------------------------------------------------------- 0033 Bankinter, HTML only, amount in subject and cell
_html = """<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style>td{font-family:Arial,sans-serif;font-size:13px;}</style></head>
<body>
<table width="620" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td bgcolor="#ff6600" style="padding:10px 16px;color:#ffffff;font-size:17px;"><b>bankinter.</b></td></tr>
<tr><td style="padding:18px 16px;">
Estimada clienta:<br><br>
Bankinter le informa de que se ha abonado en su cuenta la siguiente transferencia:<br><br>
<table border="0" cellspacing="0" cellpadding="5" width="100%">
<tr><td width="180" bgcolor="#f3f3f3">Fecha operaci&oacute;n</td><td>28/12/2026</td></tr>
<tr><td bgcolor="#f3f3f3">Importe</td><td><b>3.630,00 &#8364;</b></td></tr>
<tr><td bgcolor="#f3f3f3">Ordenante</td><td>TECNOLOGIAS EGURBIDE SA</td></tr>
<tr><td bgcolor="#f3f3f3">Concepto</td><td>Fact. 2026-095 traduccion manual tecnico</td></tr>
<tr><td bgcolor="#f3f3f3">Cuenta</td><td>ES** 0128 **** **** **** 1874</td></tr>
</table><br>
Un saludo,<br>Bankinter<br><br>
<span style="font-size:10px;color:#888888;">Por favor, no responda a este correo electr&oacute;nico. Bankinter, S.A. Paseo de la Castellana, 29 - 28046 Madrid.</span>
</td></tr></table></body></html>
"""
add(message([
    ("From", addr("Bankinter", "avisos@bankinter.com")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", hq("Bankinter: abono por transferencia de 3.630,00 €")),
    ("Date", date(2026, 12, 28, 16, 11, 27, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0033", "bankinter.com")),
], text(_html, "html", cs="windows-1252")),
    kind="payment-notification", language="es", amount="3630.00", currency="EUR", reference="2026-095",
    note="HTML-only Bankinter notice, amount in the subject and in a cell (&#8364;); concepto 'Fact. 2026-095'.")

# ---------------------------------------------------------------- 0034 Holded, invoice paid by card
_txt = """¡Has recibido un pago!

Hola Pablo,

Tu cliente ESTUDIO DE ARQUITECTURA MORALES CANO SLP ha pagado la factura F260131 con tarjeta a través de Holded.

  Factura:        F260131
  Importe pagado: 199,65 €
  Fecha de pago:  20/01/2027
  Método:         Tarjeta •••• 0093

Hemos marcado la factura como cobrada. El dinero llegará a tu cuenta bancaria en 2-3 días hábiles.

El equipo de Holded
"""
_html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="background:#f4f5fa;font-family:Helvetica,Arial,sans-serif;">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px auto;border-radius:10px;">
<tr><td style="padding:30px 34px 0;"><span style="color:#ef3b53;font-weight:bold;font-size:20px;">holded</span></td></tr>
<tr><td style="padding:18px 34px;font-size:15px;color:#28293d;">
<h2 style="margin:0 0 12px;">&iexcl;Has recibido un pago!</h2>
<p>Hola Pablo,</p>
<p>Tu cliente <b>ESTUDIO DE ARQUITECTURA MORALES CANO SLP</b> ha pagado la factura F260131 con tarjeta a trav&eacute;s de Holded.</p>
<table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;background:#f8f8fc;border-radius:6px;">
<tr><td>Factura</td><td align="right">F260131</td></tr>
<tr><td>Importe pagado</td><td align="right"><b>199,65 &euro;</b></td></tr>
<tr><td>Fecha de pago</td><td align="right">20/01/2027</td></tr>
<tr><td>M&eacute;todo</td><td align="right">Tarjeta &bull;&bull;&bull;&bull; 0093</td></tr>
</table>
<p>Hemos marcado la factura como cobrada. El dinero llegar&aacute; a tu cuenta bancaria en 2-3 d&iacute;as h&aacute;biles.</p>
<p>El equipo de Holded</p>
</td></tr></table></body></html>
"""
add(message([
    ("From", addr("Holded", "no-reply@holded.com")),
    ("To", "pablo@quintanafoto.com"),
    ("Subject", hq("¡Has recibido un pago! Factura F260131")),
    ("Date", date(2027, 1, 20, 18, 40, 12, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0034", "holded.com")),
], multi("alternative", [text(_txt, cte="base64"), text(_html, "html", cte="base64")], "holded-6f1d3a8b0c")),
    kind="payment-notification", language="es", amount="199.65", currency="EUR", reference="F260131",
    note="Holded reports the client paid invoice F260131 by card; the money is paid even if it reaches the bank in 2-3 days.")

# ---------------------------------------------------------------- 0035 Bizum received (CaixaBank)
_txt = """Has recibido un Bizum

JAVIER M. te ha enviado 60,00 €.
Concepto: fotos carnet + retoque 📸

El importe ya está disponible en la cuenta asociada a tu Bizum.

CaixaBank - Este mensaje se ha enviado automáticamente.
"""
add(message([
    ("From", addr("CaixaBank", "notificaciones@caixabank.com")),
    ("To", "pablo@quintanafoto.com"),
    ("Subject", hq("Has recibido un Bizum de 60,00 €")),
    ("Date", date(2027, 2, 6, 11, 17, 55, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0035", "caixabank.com")),
], text(_txt, cte="quoted-printable")),
    kind="payment-notification", language="es", amount="60.00", currency="EUR",
    note="Bizum received from a private customer for ID photos; no invoice number.")

# ---------------------------------------------------------------- 0036 Qonto in Spanish
_txt = """Has recibido una transferencia de 1.512,50 €

Hola Nerea:
ESTUDIO BARRENETXEA SLP te ha enviado 1.512,50 € a tu cuenta Qonto.

Remitente:        ESTUDIO BARRENETXEA SLP
IBAN remitente:   ES91 2100 0418 4502 0005 1332
Referencia:       2027-004
Fecha:            10 de febrero de 2027

No olvides añadir el justificante a esta transacción.

El equipo de Qonto
"""
add(message([
    ("From", addr("Qonto", "notifications@qonto.com")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", hq("Has recibido una transferencia de 1.512,50 €")),
    ("Date", date(2027, 2, 10, 11, 3, 29, tz="Europe/Paris")),
    ("Message-ID", mid("r20n-0036", "qonto.com")),
], text(_txt)),
    kind="payment-notification", language="es", amount="1512.50", currency="EUR", reference="2027-004",
    note="Qonto transfer received; the reference field holds only the invoice number 2027-004.")

# ---------------------------------------------------------------- 0037 Payoneer in Spanish, USD
_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f2f4f7;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 30px;border-bottom:3px solid #ff4800;"><b style="font-size:20px;color:#ff4800;">Payoneer</b></td></tr>
<tr><td style="padding:26px 30px;font-size:14px;color:#333;">
<p>Hola Nerea Etxeberria:</p>
<p>&iexcl;Buenas noticias! <b>Acme Localization Inc.</b> te ha enviado un pago.</p>
<table cellpadding="6" cellspacing="0" style="font-size:14px;">
<tr><td style="color:#888;">Importe:</td><td><b>USD 1,340.00</b></td></tr>
<tr><td style="color:#888;">Descripci&oacute;n:</td><td>Invoice 2026-099 - Spanish localisation batch 7</td></tr>
<tr><td style="color:#888;">Fecha:</td><td>18 dic. 2026</td></tr>
<tr><td style="color:#888;">ID de transacci&oacute;n:</td><td>187340992156</td></tr>
</table>
<p>Los fondos est&aacute;n disponibles en tu saldo en USD. Puedes retirarlos a tu cuenta bancaria local en cualquier momento.</p>
<p>Saludos,<br>El equipo de Payoneer</p>
<p style="font-size:11px;color:#999;">Payoneer Inc. &middot; 195 Broadway, New York, NY 10007</p>
</td></tr></table></body></html>
"""
add(message([
    ("From", addr("Payoneer", "customerservice@payoneer.com")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", hq("¡Has recibido un pago de Acme Localization Inc.!")),
    ("Date", date(2026, 12, 18, 10, 51, 3, tz="America/New_York")),
    ("Message-ID", mid("r20n-0037", "payoneer.com")),
], text(_html, "html", cte="quoted-printable")),
    kind="payment-notification", language="es", amount="1340.00", currency="USD", reference="2026-099",
    note="Payoneer notice in Spanish for a USD payment written the US way ('USD 1,340.00'); description names invoice 2026-099.")

# ---------------------------------------------------------------- 0038 Coupa remittance in Spanish, two invoices
_txt = """Aviso de pago

Proveedor: Nerea Etxeberria Goikoetxea
Cliente: Laboratorios Ibaigane S.A.
Número de pago: PAY-0007741
Fecha de pago: 29/01/2027
Forma de pago: Transferencia SEPA

Facturas incluidas en este pago:

  Nº factura   Fecha        Importe
  2026-101     02/12/2026   847,00 EUR
  2026-104     14/12/2026   363,00 EUR

  Total pagado:             1.210,00 EUR

Este aviso se ha generado automáticamente desde el portal de proveedores Coupa de Laboratorios Ibaigane. Para consultas escriba a cuentasapagar@ibaigane.com.
"""
_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px;">
<div style="background:#1c3f94;color:#fff;padding:10px 14px;font-size:16px;">coupa</div>
<h3>Aviso de pago</h3>
<p>Proveedor: Nerea Etxeberria Goikoetxea<br>Cliente: Laboratorios Ibaigane S.A.<br>N&uacute;mero de pago: PAY-0007741<br>Fecha de pago: 29/01/2027<br>Forma de pago: Transferencia SEPA</p>
<p>Facturas incluidas en este pago:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px;">
<tr style="background:#e8edf7;"><th>N&ordm; factura</th><th>Fecha</th><th>Importe</th></tr>
<tr><td>2026-101</td><td>02/12/2026</td><td align="right">847,00 EUR</td></tr>
<tr><td>2026-104</td><td>14/12/2026</td><td align="right">363,00 EUR</td></tr>
<tr><td colspan="2" align="right"><b>Total pagado</b></td><td align="right"><b>1.210,00 EUR</b></td></tr>
</table>
<p style="font-size:11px;color:#666;">Este aviso se ha generado autom&aacute;ticamente desde el portal de proveedores Coupa de Laboratorios Ibaigane. Para consultas escriba a cuentasapagar@ibaigane.com.</p>
</body></html>
"""
add(message([
    ("From", addr("Laboratorios Ibaigane (vía Coupa)", "do_not_reply@ibaigane.coupahost.com")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", "Aviso de pago PAY-0007741 - Laboratorios Ibaigane S.A."),
    ("Date", date(2027, 1, 29, 7, 2, 45, tz="UTC")),
    ("Message-ID", mid("r20n-0038", "ibaigane.coupahost.com")),
], multi("alternative", [text(_txt), text(_html, "html")], "--==_mimepart_coupa_5a0f")),
    kind="payment-notification", language="es", amount="1210.00", currency="EUR",
    note="Coupa remittance covering two invoices: amount is the total paid (1.210,00), no reference because two invoices are named.")

# ---------------------------------------------------------------- 0039 Square in Spanish, invoice paid, fee and net
_txt = """Factura pagada

QUINTANA FOTOGRAFÍA
Factura n.º 000114

Centro Cultural La Alameda ha pagado la factura n.º 000114.

Importe pagado:              242,00 €
Comisión de procesamiento:    -3,63 €
Importe neto:                238,37 €

Fecha del pago: 2 de marzo de 2027, 12:46
Forma de pago: Visa ••• 7710

Los fondos se transferirán a tu cuenta bancaria en el siguiente ingreso programado.

Square
"""
add(message([
    ("From", addr("Square", "noreply@messaging.squareup.com")),
    ("To", "pablo@quintanafoto.com"),
    ("Subject", hq("Has recibido un pago de 242,00 € - Factura n.º 000114")),
    ("Date", date(2027, 3, 2, 12, 47, 8, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0039", "messaging.squareup.com")),
], text(_txt, cte="quoted-printable")),
    kind="payment-notification", language="es", amount="242.00", currency="EUR", reference="000114",
    note="Square invoice paid: the client paid 242,00; the 238,37 net after fees is not the amount paid.")

# ---------------------------------------------------------------- 0040 Wise in Spanish, GBP
_txt = """Has recibido 850,00 GBP

Hola, Nerea:

LINGUA BRIDGE LTD te ha enviado 850,00 GBP. El dinero ya está en tu cuenta en GBP de Wise.

Referencia: Invoice 2027-006
Fecha: 9 de marzo de 2027

Si quieres, puedes convertirlo a EUR desde la app.

El equipo de Wise
"""
add(message([
    ("From", addr("Wise", "noreply@wise.com")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", "Has recibido 850,00 GBP de LINGUA BRIDGE LTD"),
    ("Date", date(2027, 3, 9, 14, 26, 1, tz="Europe/London")),
    ("Message-ID", mid("r20n-0040", "wise.com")),
], text(_txt)),
    kind="payment-notification", language="es", amount="850.00", currency="GBP", reference="2027-006",
    note="Wise credit in pounds to a Spanish freelancer; currency is GBP, not EUR.")

# ---------------------------------------------------------------- 0041 Bizum money request to the freelancer
_txt = """JAVIER te ha solicitado un Bizum

Importe: 25,00 €
Concepto: cena Ainhoa sábado

Entra en CaixaBankNow o en la app para aceptar o rechazar la solicitud. Si no haces nada, caducará en 48 horas.

CaixaBank - Este mensaje se ha enviado automáticamente.
"""
add(message([
    ("From", addr("CaixaBank", "notificaciones@caixabank.com")),
    ("To", "pablo@quintanafoto.com"),
    ("Subject", hq("Te han solicitado un Bizum de 25,00 €")),
    ("Date", date(2027, 3, 6, 23, 9, 44, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0041", "caixabank.com")),
], text(_txt, cte="quoted-printable")),
    kind="other", language="es",
    note="Look-alike: a Bizum request for money from the freelancer (a dinner), not money received.")

# ---------------------------------------------------------------- 0042 CaixaBank, outgoing transfer
_txt = """CaixaBank

Transferencia emitida

Hola, NEREA:

Se ha realizado la transferencia que has ordenado desde tu cuenta ES** **** **** **** **** 3307.

Importe:        145,20 EUR
Beneficiario:   ASESORIA LANBIDE SL
Concepto:       Cuota asesoria enero
Fecha:          05/01/2027

Si no reconoces esta operación, llama al 900 40 40 90.
"""
add(message([
    ("From", addr("CaixaBank", "notificaciones@caixabank.com")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", "Transferencia emitida"),
    ("Date", date(2027, 1, 5, 9, 14, 22, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0042", "caixabank.com")),
], text(_txt, cs="iso-8859-1", cte="8bit")),
    kind="other", language="es",
    note="Look-alike: an outgoing transfer the freelancer made to her tax adviser.")

# ---------------------------------------------------------------- 0043 Bankinter, direct debit of the self-employed fee
_txt = """Estimada clienta:

Bankinter le informa del cargo en su cuenta del siguiente recibo domiciliado:

Fecha de cargo:  30/11/2026
Emisor:          TESORERIA GENERAL DE LA SEGURIDAD SOCIAL
Concepto:        RETA - CUOTA 11/2026
Importe:         294,00 EUR
Referencia de mandato: 48019283777263

Si tiene alguna duda, puede consultar el detalle del recibo en bankinter.com.

Un saludo,
Bankinter
"""
add(message([
    ("From", addr("Bankinter", "avisos@bankinter.com")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", "Bankinter: cargo de recibo domiciliado"),
    ("Date", date(2026, 11, 30, 7, 31, 6, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0043", "bankinter.com")),
], text(_txt, cs="windows-1252")),
    kind="other", language="es",
    note="Look-alike: the monthly self-employed social security fee taken by direct debit; money goes out.")

# ---------------------------------------------------------------- 0044 Holded, the client opened the invoice
_txt = """Tu factura ha sido vista

Hola Pablo,

HOTEL ALCAZAR BOUTIQUE SL ha abierto la factura F260140 (1.089,00 €) que le enviaste el 12/02/2027.

Vista por primera vez: 16/02/2027 a las 10:21

Recuerda que puedes activar los recordatorios automáticos de cobro en Ajustes > Facturación.

El equipo de Holded
"""
add(message([
    ("From", addr("Holded", "no-reply@holded.com")),
    ("To", "pablo@quintanafoto.com"),
    ("Subject", "Tu factura F260140 ha sido vista"),
    ("Date", date(2027, 2, 16, 10, 22, 3, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0044", "holded.com")),
], text(_txt)),
    kind="other", language="es",
    note="Invoicing service says the client opened the invoice; the amount shown is the invoice total, nothing was paid.")

# ---------------------------------------------------------------- 0045 Sabadell, periodic transfer not made
_txt = """Banco Sabadell

Transferencia periódica no realizada

Sr. PABLO QUINTANA ROMERO:

Le informamos de que la transferencia periódica que tiene programada no se ha podido realizar por falta de saldo disponible.

  Beneficiario ..................... COWORKING LA FABRICA SL
  Importe .......................... 220,00 EUR
  Fecha prevista ................... 01/03/2027
  Concepto ......................... ALQUILER PUESTO MARZO

Puede realizarla manualmente desde BS Online o esperar a la siguiente fecha de ejecución.

Banco de Sabadell, S.A.
Mensaje generado automáticamente. No responda a este correo.
"""
add(message([
    ("From", addr("Banco Sabadell", "avisos@bancsabadell.com")),
    ("To", "pablo@quintanafoto.com"),
    ("Subject", hq("Transferencia periódica no realizada")),
    ("Date", date(2027, 3, 1, 8, 2, 40, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0045", "bancsabadell.com")),
], text(_txt, cs="iso-8859-1")),
    kind="other", language="es",
    note="Look-alike: the freelancer's own scheduled transfer (coworking rent) was not executed.")

# ---------------------------------------------------------------- 0046 FACe, e-invoice registered at the public administration
_txt = """FACe - Punto General de Entrada de Facturas Electrónicas

Notificación de cambio de estado de factura

Número de registro: 202600318844
Número de factura: 2026-102
Serie: -
Importe: 968,00 EUR
Órgano gestor: L01480449 - AYUNTAMIENTO DE GETXO
Unidad tramitadora: GE0005172 - EUSKERA ZERBITZUA
Oficina contable: GE0005165 - INTERVENCIÓN

Estado: 1200 - Registrada
Fecha del cambio de estado: 07/12/2026 12:40:18

La factura ha sido registrada en el Registro Contable de Facturas del órgano destinatario.

Puede consultar el estado de sus facturas en https://face.gob.es
Este mensaje se ha generado automáticamente. No responda a esta dirección.
"""
add(message([
    ("From", addr("FACe", "noreply@face.gob.es")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", hq("FACe - Notificación de cambio de estado de la factura 202600318844")),
    ("Date", date(2026, 12, 7, 12, 40, 31, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0046", "face.gob.es")),
], text(_txt, cs="iso-8859-1")),
    kind="other", language="es",
    note="E-invoicing status notice: the freelancer's invoice 2026-102 was registered by the town council; registered, not paid.")

# ---------------------------------------------------------------- 0047 Phishing that claims a pending transfer
_html = """<html><body style="font-family:Arial;font-size:14px;">
<p><img src="http://cxb-avisos-seguro.com/img/logo.png" alt="CaixaBank"></p>
<p>Estimado cliente,</p>
<p>Le informamos que tiene una <b>transferencia pendiente de 1.890,00 EUR</b> a su favor que no ha podido ser abonada porque sus datos de seguridad estan caducados.</p>
<p>Para recibir el importe debe verificar su identidad antes de 24 horas, en caso contrario la transferencia sera devuelta al ordenante.</p>
<p><a href="http://cxb-avisos-seguro.com/verificar?id=88213" style="background:#007eae;color:#fff;padding:10px 18px;text-decoration:none;">VERIFICAR AHORA</a></p>
<p>Atentamente,<br>Departamento de Seguridad CaixaBank</p>
</body></html>
"""
add(message([
    ("From", addr("CaixaBank Avisos", "caixabank-avisos@secure-cxb-online.com")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", "Tiene una transferencia pendiente de 1.890,00 EUR - verifique sus datos"),
    ("Date", date(2027, 1, 14, 3, 51, 12, tz="Europe/Madrid")),
    ("Message-ID", "<20270114025112.4A1B2C@vps-4471.hostnet-cloud.ru>"),
    ("X-Mailer", "PHPMailer 6.1.4"),
], text(_html, "html", cs="utf-8", cte="7bit")),
    kind="other", language="es",
    note="Phishing that mimics a bank and claims a pending transfer; no money came in, it is spam.")

# ---------------------------------------------------------------- 0048 Zendesk ticket acknowledgement
_txt = """##- Por favor, escribe tu respuesta encima de esta línea -##

Hola, Nerea:

Hemos recibido tu solicitud (#48213) y un miembro de nuestro equipo te responderá lo antes posible.
Nuestro horario de atención es de lunes a viernes de 8:00 a 15:00.

Puedes añadir información respondiendo a este correo.

Un saludo,
Atención al cliente - Gráficas Arrieta

[JZ8K3P-2M1W]
"""
add(message([
    ("From", addr("Atención al cliente Gráficas Arrieta", "soporte@graficasarrieta.zendesk.com")),
    ("Reply-To", addr("Atención al cliente Gráficas Arrieta", "soporte+id48213@graficasarrieta.zendesk.com")),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", hq("[Gráficas Arrieta] Re: Recordatorio: factura n.º 2026-108 pendiente")),
    ("Date", date(2027, 1, 18, 9, 5, 2, tz="Europe/Madrid")),
    ("Message-ID", "<JZ8K3P2M1W_678b5a2e1f04c_3a2_sprut@zendesk.com>"),
    ("In-Reply-To", "<20270118090412.2b77c1@etxeberriatraducciones.es>"),
    ("X-Mailer", "Zendesk Mailer"),
    ("X-Zendesk-From-Account-Id", "a91c3e2"),
], text(_txt)),
    kind="auto-reply", language="es",
    note="Helpdesk ticket acknowledgement with no RFC 3834 headers; nobody has read the reminder yet.")

# ---------------------------------------------------------------- 0049 Vacation until 7 January with a deputy
_txt = """Buenos días:

Estaré de vacaciones hasta el 7 de enero. Durante este periodo no tendré acceso al correo.
Para cualquier asunto urgente relacionado con pagos a proveedores, pueden dirigirse a mi compañera Itziar Ugarte (itziar.ugarte@ibaigane.com).

Un saludo,
Miren Aguirre
Cuentas a pagar - Laboratorios Ibaigane S.A.
"""
add(message([
    ("From", addr("Miren Aguirre", "miren.aguirre@ibaigane.com")),
    ("To", addr("Nerea Etxeberria", "nerea@etxeberriatraducciones.es")),
    ("Subject", hq("Respuesta automática: Recordatorio: factura n.º 2026-110")),
    ("Date", date(2026, 12, 23, 17, 30, 55, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0049", "ibaigane.com")),
    ("In-Reply-To", "<20261223173040.5e9d02@etxeberriatraducciones.es>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "All"),
    ("Content-Language", "es-ES"),
], text(_txt, cs="windows-1252")),
    kind="auto-reply", language="es", return_date="2027-01-07",
    note="Out of office 'hasta el 7 de enero' with a colleague's address for urgent matters; the day named is the return date.")

# ---------------------------------------------------------------- 0050 Out until further notice, no RFC 3834 headers
_txt = """Gracias por su mensaje.

Me encuentro de baja hasta nuevo aviso. Su correo no será reenviado.
Para reservas: reservas@hotelalcazarboutique.es
Para administración y facturas: recepcion@hotelalcazarboutique.es

Rocío Valverde
Administración - Hotel Alcázar Boutique
"""
add(message([
    ("From", addr("Rocío Valverde", "administracion@hotelalcazarboutique.es")),
    ("To", "pablo@quintanafoto.com"),
    ("Subject", hq("Fuera de la oficina: Recordatorio: factura n.º F260140")),
    ("Date", date(2027, 1, 26, 12, 0, 41, tz="Europe/Madrid")),
    ("Message-ID", mid("r20n-0050", "hotelalcazarboutique.es")),
    ("X-Autoreply", "yes"),
], text(_txt, cs="iso-8859-1")),
    kind="auto-reply", language="es",
    note="Absence 'hasta nuevo aviso' (until further notice): no return date; only a cPanel X-Autoreply header, no RFC 3834 Auto-Submitted.")

# ---------------------------------------------------------------- 0051 Return date written in words
_txt = """Hola,

Estoy fuera unos días. Vuelvo a la oficina el lunes quince de febrero y contestaré entonces a todos los correos.

Un abrazo,
Marta

--
Marta Gil Peña
Producción · Festival de Cine de Triana
"""
add(message([
    ("From", addr("Marta Gil", "marta.gil.festival@gmail.com")),
    ("To", "pablo@quintanafoto.com"),
    ("Subject", hq("Re: Recordatorio: factura n.º F260127")),
    ("Date", date(2027, 2, 8, 19, 43, 7, tz="Europe/Madrid")),
    ("Message-ID", "<CAF3x9Qm8vK2rT5yWnL0pA7bJd4hE1uZsXcG6oN@mail.gmail.com>"),
    ("In-Reply-To", "<20270208194250.1ac0e3@quintanafoto.com>"),
    ("References", "<20270208194250.1ac0e3@quintanafoto.com>"),
    ("Auto-Submitted", "auto-replied"),
], multi("alternative", [
    text(_txt),
    text("<div dir=\"ltr\">Hola,<br><br>Estoy fuera unos días. Vuelvo a la oficina el lunes quince de febrero y contestaré entonces a todos los correos.<br><br>Un abrazo,<br>Marta<br><br>-- <br><div>Marta Gil Peña<br>Producción · Festival de Cine de Triana</div></div>\n", "html"),
], "000000000000a1b2c3063f19d2e4")),
    kind="auto-reply", language="es", return_date="2027-02-15",
    note="Gmail vacation responder; the return day is written in words ('el lunes quince de febrero') = 15 February 2027.")

# ---------------------------------------------------------------- 0052 Hosting provider prose, mailbox full 5.2.2
_txt = """Hola,

Este es un mensaje automático del servidor de correo de Dinahosting.

No ha sido posible entregar tu mensaje a uno o más destinatarios.
Es un error permanente y no se volverá a intentar.

  Destinatario: administracion@bodegasurrutia.es
  Motivo: el buzón del destinatario está lleno.
  Respuesta del servidor remoto:
    552 5.2.2 <administracion@bodegasurrutia.es>: Mailbox quota exceeded

Asunto del mensaje original: Recordatorio: factura n.º F260133

------ Cabeceras del mensaje original ------

From: Pablo Quintana <pablo@quintanafoto.com>
To: administracion@bodegasurrutia.es
Subject: =?utf-8?q?Recordatorio=3A_factura_n=2E=C2=BA_F260133?=
Date: Mon, 22 Feb 2027 10:11:35 +0100
Message-ID: <20270222101135.7d4a19@quintanafoto.com>
"""
add(message([
    ("Return-Path", "<>"),
    ("From", addr("Servidor de correo", "MAILER-DAEMON@smtp.dinahosting.com")),
    ("To", "pablo@quintanafoto.com"),
    ("Subject", "Mensaje no entregado: Recordatorio: factura n. F260133"),
    ("Date", date(2027, 2, 22, 10, 11, 52, tz="Europe/Madrid")),
    ("Message-ID", "<20270222091152.E44A21A0C3@smtp.dinahosting.com>"),
    ("X-Failed-Recipients", "administracion@bodegasurrutia.es"),
    ("Auto-Submitted", "auto-replied"),
], text(_txt, cs="iso-8859-1")),
    kind="bounce", language="es", failed_recipient="administracion@bodegasurrutia.es", permanent=True,
    note="Provider's own Spanish prose, no DSN part: mailbox full answered with 552 5.2.2 and 'error permanente'.")

# ---------------------------------------------------------------- 0053 Greylisting, delivery delayed (4.7.1)
_txt = """Este es el sistema de correo de smtp.arsys.es.

AVISO: su mensaje todavía no ha podido entregarse al destinatario indicado
más abajo. Se seguirá intentando durante 5 días. No es necesario que vuelva
a enviarlo.

<pagos@distribucioneskalea.com>: el servidor de destino ha aplazado la
    entrega (lista gris): 450 4.7.1 <pagos@distribucioneskalea.com>:
    Recipient address rejected: Greylisted, please try again later
"""
_ds = """Reporting-MTA: dns; smtp.arsys.es
X-Postfix-Queue-ID: 4Vc1Fz5Kp2z9tQm
X-Postfix-Sender: rfc822; nerea@etxeberriatraducciones.es
Arrival-Date: Wed, 3 Mar 2027 08:15:20 +0100 (CET)

Final-Recipient: rfc822; pagos@distribucioneskalea.com
Original-Recipient: rfc822;pagos@distribucioneskalea.com
Action: delayed
Status: 4.7.1
Remote-MTA: dns; mx.distribucioneskalea.com
Diagnostic-Code: smtp; 450 4.7.1 <pagos@distribucioneskalea.com>: Recipient
    address rejected: Greylisted, please try again later
Will-Retry-Until: Mon, 8 Mar 2027 08:15:20 +0100 (CET)
"""
_orig_headers = """Return-Path: <nerea@etxeberriatraducciones.es>
From: Nerea Etxeberria <nerea@etxeberriatraducciones.es>
To: pagos@distribucioneskalea.com
Subject: =?utf-8?q?Recordatorio=3A_factura_n=2E=C2=BA_2026-112_vencida?=
Date: Wed, 3 Mar 2027 08:15:17 +0100
Message-ID: <20270303081517.0f33a2@etxeberriatraducciones.es>
"""
add(message([
    ("Return-Path", "<>"),
    ("From", "MAILER-DAEMON@smtp.arsys.es (Sistema de correo)"),
    ("To", "nerea@etxeberriatraducciones.es"),
    ("Subject", hq("Aviso de retraso en la entrega del correo")),
    ("Date", date(2027, 3, 3, 12, 16, 2, tz="Europe/Madrid", suffix=" (CET)")),
    ("Message-ID", "<20270303111602.9C3D74E021@smtp.arsys.es>"),
    ("Auto-Submitted", "auto-replied"),
], multi("report", [
    text(_txt, cs="utf-8", extra=["Content-Description: Notification"]),
    dsn(_ds, "Delivery report"),
    rfc822_headers(_orig_headers.encode(), "Undelivered Message Headers"),
], "4Vc1Fz5Kp2z9tQm.1804072562/smtp.arsys.es", params="; report-type=delivery-status",
    preamble="This is a MIME-encapsulated message.")),
    kind="bounce", language="es", failed_recipient="pagos@distribucioneskalea.com", permanent=False,
    note="Greylisting delay warning (Action: delayed, 450 4.7.1) still being retried: temporary.")

# ---------------------------------------------------------------- 0054 Exchange NDR in Spanish, original attached
_orig = """Received: from mail.etxeberriatraducciones.es (mail.etxeberriatraducciones.es [203.0.113.77])
 by DB9PR08MB7112.eurprd08.prod.outlook.com with Microsoft SMTP Server id
 15.20.7891.19; Wed, 16 Dec 2026 08:02:09 +0000
From: Nerea Etxeberria <nerea@etxeberriatraducciones.es>
To: facturas@imprentaolabarri.com
Subject: =?utf-8?q?Recordatorio=3A_factura_n=2E=C2=BA_2026-093_vencida?=
Date: Wed, 16 Dec 2026 09:02:05 +0100
Message-ID: <20261216090205.3e8b41@etxeberriatraducciones.es>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Estimados señores:

Revisando mis cuentas, veo que la factura n.º 2026-093 de 1.452,00 €, vencida el 30/11/2026, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.

Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.

Datos para el pago:
- beneficiario: Nerea Etxeberria Goikoetxea
- IBAN: ES76 2100 0418 4502 0005 3307
- concepto: 2026-093

Un cordial saludo,
Nerea Etxeberria
"""
_txt = """No se pudo entregar a estos destinatarios o grupos:

facturas@imprentaolabarri.com
No se encontró la dirección de correo electrónico en el dominio de destino. Puede que esté mal escrita o que ya no exista. Intente volver a escribir la dirección y reenvíe el mensaje.


Información de diagnóstico para administradores:

Servidor de generación: DB9PR08MB7112.eurprd08.prod.outlook.com

facturas@imprentaolabarri.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""
_ds = """Reporting-MTA: dns;DB9PR08MB7112.eurprd08.prod.outlook.com
Received-From-MTA: dns;mail.etxeberriatraducciones.es
Arrival-Date: Wed, 16 Dec 2026 08:02:09 +0000

Final-Recipient: rfc822;facturas@imprentaolabarri.com
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
add(message([
    ("From", "<postmaster@imprentaolabarri.onmicrosoft.com>"),
    ("To", "<nerea@etxeberriatraducciones.es>"),
    ("Date", date(2026, 12, 16, 8, 2, 11, tz="UTC")),
    ("Subject", hq("No se puede entregar: Recordatorio: factura n.º 2026-093 vencida")),
    ("Message-ID", "<7d0e6a12-5f3b-4a8c-b2e1-9c4d3f2a1b0e@DB9PR08MB7112.eurprd08.prod.outlook.com>"),
    ("In-Reply-To", "<20261216090205.3e8b41@etxeberriatraducciones.es>"),
    ("References", "<20261216090205.3e8b41@etxeberriatraducciones.es>"),
    ("Content-Language", "es-ES"),
    ("X-MS-Exchange-Message-Is-Ndr", ""),
    ("Auto-Submitted", "auto-replied"),
], multi("report", [
    multi("alternative", [
        text(_txt, cs="windows-1252"),
        text("<html><body><p><b><font color=\"#000066\" size=\"3\" face=\"Segoe UI\">No se pudo entregar a estos destinatarios o grupos:</font></b></p>"
             "<p><a href=\"mailto:facturas@imprentaolabarri.com\">facturas@imprentaolabarri.com</a><br>No se encontró la dirección de correo electrónico en el dominio de destino.</p>"
             "<p>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>\n",
             "html", cs="windows-1252"),
    ], "c4e1a2b3-7d6f-4e5a-9b8c-0d1e2f3a4b5c", params="; differences=Content-Type"),
    dsn(_ds),
    rfc822(_orig.encode("utf-8")),
], "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", params="; report-type=delivery-status")),
    kind="bounce", language="es", failed_recipient="facturas@imprentaolabarri.com", permanent=True,
    note="Exchange Online NDR in Spanish, 550 5.1.10 recipient not found; the returned reminder inside quotes invoice and amount, which are not facts of the bounce.")

# ---------------------------------------------------------------- 0055 Monzo, money in from a company
_txt = """You received £1,450.00

Harbour & Pike Ltd sent you £1,450.00.

Reference: NUX-087
To: Priya Nair Business Account
When: 23 November 2026 at 14:02

See it in the Monzo app.

Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG.
"""
_html = """<html><body style="font-family:-apple-system,Helvetica,Arial,sans-serif;background:#ffffff;">
<div style="max-width:480px;margin:0 auto;padding:28px 18px;">
<div style="font-weight:700;color:#14233c;font-size:18px;">Monzo</div>
<h1 style="font-size:28px;color:#14233c;margin:26px 0 6px;">You received &pound;1,450.00</h1>
<p style="font-size:16px;color:#5b6577;">Harbour &amp; Pike Ltd sent you &pound;1,450.00.</p>
<table cellpadding="0" cellspacing="0" width="100%" style="font-size:15px;margin-top:14px;">
<tr><td style="padding:8px 0;color:#8b93a3;">Reference</td><td align="right">NUX-087</td></tr>
<tr><td style="padding:8px 0;color:#8b93a3;">To</td><td align="right">Priya Nair Business Account</td></tr>
<tr><td style="padding:8px 0;color:#8b93a3;">When</td><td align="right">23 November 2026 at 14:02</td></tr>
</table>
<p style="font-size:12px;color:#8b93a3;margin-top:30px;">Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG.</p>
</div></body></html>
"""
add(message([
    ("From", addr("Monzo", "help@monzo.com")),
    ("To", "priya@nairux.co.uk"),
    ("Subject", hq("You received £1,450.00 from Harbour & Pike Ltd")),
    ("Date", date(2026, 11, 23, 14, 2, 51, tz="Europe/London")),
    ("Message-ID", mid("r20n-0055", "monzo.com")),
], multi("alternative", [text(_txt), text(_html, "html")], "monzo_alt_28c0d3f1")),
    kind="payment-notification", language="en", amount="1450.00", currency="GBP", reference="NUX-087",
    note="Monzo incoming payment in pounds; the reference field carries invoice NUX-087.")

# ---------------------------------------------------------------- 0056 Starling, payment received
_txt = """Hi Priya,

You've received a payment into your Starling business account.

From:       J PATEL
Amount:     £620.00
Reference:  NUX-091
Date:       8 December 2026

Log in to the Starling app to see more.

Starling Bank
This is an automated email - please don't reply.
"""
add(message([
    ("From", addr("Starling Bank", "noreply@starlingbank.com")),
    ("To", "Priya Nair <priya@nairux.co.uk>"),
    ("Subject", "You've received a payment"),
    ("Date", date(2026, 12, 8, 17, 26, 3, tz="Europe/London")),
    ("Message-ID", mid("r20n-0056", "starlingbank.com")),
], text(_txt, cs="utf-8", cte="base64")),
    kind="payment-notification", language="en", amount="620.00", currency="GBP", reference="NUX-091",
    note="Starling payment received from an individual; amount only in the body table, reference NUX-091.")

# ---------------------------------------------------------------- 0057 Lloyds, money in, no payer, no reference
_txt = """Lloyds Bank

Money in

We're letting you know that a payment of £2,100.00 has been paid into your account ending 4471.

You can check the details in the Lloyds app or Internet Banking.

Remember, we'll never ask you to move money to a 'safe account'.

Lloyds Bank plc. Registered Office: 25 Gresham Street, London EC2V 7HN.
"""
add(message([
    ("From", addr("Lloyds Bank", "alerts@notifications.lloydsbank.co.uk")),
    ("To", "priya@nairux.co.uk"),
    ("Subject", "A payment has come into your account"),
    ("Date", date(2027, 1, 13, 6, 12, 40, tz="Europe/London")),
    ("Message-ID", mid("r20n-0057", "notifications.lloydsbank.co.uk")),
], text(_txt, cs="windows-1252")),
    kind="payment-notification", language="en", amount="2100.00", currency="GBP",
    note="Lloyds money-in alert that names neither payer nor reference; it is still a payment notice with an amount.")

# ---------------------------------------------------------------- 0058 AIB, credit alert in euro
_txt = """AIB Alert

Credit to your account

Account:      Business Current ~~~~7302
Amount:       EUR 1,845.00
Narrative:    BRIGHTWATER MEDIA LTD OG-2026-031
Date:         02/12/2026

To manage your alerts log in to AIB Internet Banking.

Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
Please do not reply to this email.
"""
add(message([
    ("From", addr("AIB", "alerts@aib.ie")),
    ("To", "owen@gallaghercopy.ie"),
    ("Subject", "AIB Alert: Credit to your account"),
    ("Date", date(2026, 12, 2, 11, 40, 9, tz="Europe/Dublin")),
    ("Message-ID", mid("r20n-0058", "aib.ie")),
], text(_txt, cs="us-ascii", cte="7bit")),
    kind="payment-notification", language="en", amount="1845.00", currency="EUR", reference="OG-2026-031",
    note="Irish bank credit alert in euro written 'EUR 1,845.00'; the narrative holds the payer and invoice OG-2026-031.")

# ---------------------------------------------------------------- 0059 Chase, incoming wire (US)
_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;color:#414042;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:16px 0;border-bottom:1px solid #ccc;"><b style="color:#117aca;font-size:20px;">CHASE</b></td></tr>
<tr><td style="padding:20px 0;font-size:14px;">
<p style="font-size:18px;">You received a wire transfer</p>
<table cellpadding="6" cellspacing="0" style="font-size:14px;">
<tr><td style="color:#717171;">Account</td><td>Chase Business Complete Checking (...5518)</td></tr>
<tr><td style="color:#717171;">Amount</td><td><b>$4,250.00</b></td></tr>
<tr><td style="color:#717171;">From</td><td>LAKESHORE ANALYTICS LLC</td></tr>
<tr><td style="color:#717171;">Sender's message</td><td>PAYMENT INV-1042</td></tr>
<tr><td style="color:#717171;">Date</td><td>Nov 12, 2026 at 10:37 AM ET</td></tr>
</table>
<p>You can see the details in the Chase Mobile&reg; app or on chase.com.</p>
<p style="font-size:11px;color:#717171;">This service email was sent to you because you set up an alert. Please don't reply to this automated message.<br>JPMorgan Chase Bank, N.A. Member FDIC</p>
</td></tr></table></body></html>
"""
add(message([
    ("From", addr("Chase", "no.reply.alerts@chase.com")),
    ("To", "dana@kowalskidev.com"),
    ("Subject", "You received a wire transfer"),
    ("Date", date(2026, 11, 12, 10, 38, 2, tz="America/New_York")),
    ("Message-ID", mid("r20n-0059", "alertsp.chase.com")),
], text(_html, "html", cte="quoted-printable")),
    kind="payment-notification", language="en", amount="4250.00", currency="USD", reference="INV-1042",
    note="HTML-only Chase incoming wire; amount in dollars in a cell, the sender's message names invoice INV-1042.")

# ---------------------------------------------------------------- 0060 Bank of America, Zelle received
_txt = """Bank of America

You've received money with Zelle(R)

MARTA GUZMAN sent you $375.00.

Memo: website fixes invoice 1047
Deposited to: Business Advantage Fundamentals - 2290
Date: December 29, 2026

Zelle and the Zelle related marks are wholly owned by Early Warning Services, LLC and are used herein under license.
Bank of America, N.A. Member FDIC.
"""
add(message([
    ("From", addr("Bank of America", "customerservice@ealerts.bankofamerica.com")),
    ("To", "dana@kowalskidev.com"),
    ("Subject", "You've received money with Zelle(R)"),
    ("Date", date(2026, 12, 29, 19, 5, 33, tz="America/Chicago")),
    ("Message-ID", mid("r20n-0060", "ealerts.bankofamerica.com")),
], text(_txt, cs="us-ascii", cte="7bit")),
    kind="payment-notification", language="en", amount="375.00", currency="USD", reference="1047",
    note="Zelle credit from a private client; the memo she typed ('invoice 1047') is the only reference.")

# ---------------------------------------------------------------- 0061 Mollie, iDEAL payment in English
_txt = """Payment received

You've received a new payment on your website profile Gallagher Copy.

Amount:          EUR 980.00
Description:     Invoice OG-2026-034
Customer:        Studio Verbeek B.V.
Payment method:  iDEAL (ING)
Payment ID:      tr_pB4nWq8eRs
Status:          Paid

The balance will be settled to your bank account with your next payout.

Mollie B.V. | Keizersgracht 126 | 1015 CW Amsterdam
"""
add(message([
    ("From", addr("Mollie", "no-reply@mollie.com")),
    ("To", "owen@gallaghercopy.ie"),
    ("Subject", hq("Payment received – €980.00")),
    ("Date", date(2027, 1, 22, 15, 14, 27, tz="Europe/Amsterdam")),
    ("Message-ID", mid("r20n-0061", "mollie.com")),
], text(_txt)),
    kind="payment-notification", language="en", amount="980.00", currency="EUR", reference="OG-2026-034",
    note="Mollie iDEAL payment from a Dutch client; description is the invoice number OG-2026-034.")

# ---------------------------------------------------------------- 0062 Square invoice paid (US), fee and net shown
_txt = """Invoice #000063 has been paid

Kowalski Dev LLC

Customer:           Riverbend Dental Group
Invoice:            #000063 - API integration, January
Amount paid:        $1,200.00
Processing fee:     -$35.10
Net deposit:        $1,164.90
Paid on:            Feb 4, 2027 at 9:18 AM CST
Payment method:     Mastercard ending 2045

Funds will be deposited to your linked bank account in 1-2 business days.

Square, Inc. | 1955 Broadway, Suite 600, Oakland, CA 94612
"""
add(message([
    ("From", addr("Square", "noreply@messaging.squareup.com")),
    ("To", "dana@kowalskidev.com"),
    ("Subject", "Invoice #000063 paid: $1,200.00"),
    ("Date", date(2027, 2, 4, 9, 18, 50, tz="America/Chicago")),
    ("Message-ID", mid("r20n-0062", "messaging.squareup.com")),
], text(_txt, cte="quoted-printable")),
    kind="payment-notification", language="en", amount="1200.00", currency="USD", reference="000063",
    note="Square invoice paid; the client paid $1,200.00, the $1,164.90 is what remains after Square's fee.")

# ---------------------------------------------------------------- 0063 Payoneer, one payment for two invoices
_html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f2f4f7;">
<table align="center" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 30px;border-bottom:3px solid #ff4800;"><b style="font-size:20px;color:#ff4800;">Payoneer</b></td></tr>
<tr><td style="padding:26px 30px;font-size:14px;color:#333;">
<p>Hi Priya Nair,</p>
<p>Good news! <b>Nordlicht Media GmbH</b> has sent you a payment.</p>
<table cellpadding="6" cellspacing="0" style="font-size:14px;">
<tr><td style="color:#888;">Amount:</td><td><b>EUR 2,800.00</b></td></tr>
<tr><td style="color:#888;">Description:</td><td>Invoices NUX-093, NUX-094</td></tr>
<tr><td style="color:#888;">Date:</td><td>Jan 28, 2027</td></tr>
<tr><td style="color:#888;">Transaction ID:</td><td>191228730045</td></tr>
</table>
<p>The funds are now available in your EUR balance.</p>
<p>Regards,<br>The Payoneer Team</p>
</td></tr></table></body></html>
"""
add(message([
    ("From", addr("Payoneer", "customerservice@payoneer.com")),
    ("To", "priya@nairux.co.uk"),
    ("Subject", "You've been paid by Nordlicht Media GmbH"),
    ("Date", date(2027, 1, 28, 8, 33, 20, tz="America/New_York")),
    ("Message-ID", mid("r20n-0063", "payoneer.com")),
], text(_html, "html", cte="base64")),
    kind="payment-notification", language="en", amount="2800.00", currency="EUR",
    note="One Payoneer payment described as covering two invoices (NUX-093, NUX-094), so no reference; currency EUR although the freelancer is in the UK.")

# ---------------------------------------------------------------- 0064 Tipalti payment with remittance PDF
_txt = """Hello Kowalski Dev LLC,

Crestline Games has issued a payment to you.

Payment ID:       PMT-88120
Payment method:   ACH
Payment date:     02/19/2027
Amount:           3,150.00 USD

Invoices paid
  INV-1051        3,150.00 USD

Depending on your bank, the funds should arrive within 1-3 business days. The remittance advice is attached to this email (Remittance_Crestline_PMT-88120.pdf).

Questions? Contact payables@crestlinegames.com.

This notification was sent by Tipalti on behalf of Crestline Games.
"""
add(message([
    ("From", addr("Crestline Games via Tipalti", "no-reply@tipalti.com")),
    ("Reply-To", "payables@crestlinegames.com"),
    ("To", "dana@kowalskidev.com"),
    ("Subject", "Payment notification from Crestline Games"),
    ("Date", date(2027, 2, 19, 14, 2, 10, tz="America/Los_Angeles")),
    ("Message-ID", mid("r20n-0064", "tipalti.com")),
], multi("mixed", [
    text(_txt, cs="us-ascii", cte="7bit"),
    attach("application/pdf", "Remittance_Crestline_PMT-88120.pdf", pdf("Remittance advice PMT-88120")),
], "----=_Part_771203_1149823355.1803153730000")),
    kind="payment-notification", language="en", amount="3150.00", currency="USD", reference="INV-1051",
    note="Payer-platform notice that a payment was issued, one invoice listed (INV-1051); remittance PDF attached and named in the body.")

# ---------------------------------------------------------------- 0065 SAP Ariba remittance in English
_txt = """Remittance Advice

Harlow Retail Group plc has sent you a remittance advice through SAP Business Network.

Supplier: Priya Nair UX (ANID AN11820477305)
Payment reference: 5100293341
Payment date: 26 Feb 2027
Payment method: BACS

Invoice number    Invoice date    Amount paid
NUX-089           15 Dec 2026     GBP 3,240.00

Total paid: GBP 3,240.00

Log in to SAP Business Network to view the full document.
"""
_html = """<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#32363a;">
<div style="background:#0a6ed1;color:#fff;padding:12px 16px;font-size:16px;">SAP Business Network</div>
<h3>Remittance Advice</h3>
<p>Harlow Retail Group plc has sent you a remittance advice through SAP Business Network.</p>
<p>Supplier: Priya Nair UX (ANID AN11820477305)<br>Payment reference: 5100293341<br>Payment date: 26 Feb 2027<br>Payment method: BACS</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;border-color:#d9d9d9;">
<tr style="background:#f2f2f2;"><th>Invoice number</th><th>Invoice date</th><th>Amount paid</th></tr>
<tr><td>NUX-089</td><td>15 Dec 2026</td><td align="right">GBP 3,240.00</td></tr>
<tr><td colspan="2" align="right"><b>Total paid</b></td><td align="right"><b>GBP 3,240.00</b></td></tr>
</table>
<p>Log in to SAP Business Network to view the full document.</p>
</body></html>
"""
add(message([
    ("From", addr("SAP Business Network", "ordersender-prod@ansmtp.ariba.com")),
    ("To", "priya@nairux.co.uk"),
    ("Subject", "Harlow Retail Group plc sent you a Remittance Advice 5100293341"),
    ("Date", date(2027, 2, 26, 4, 51, 38, tz="UTC")),
    ("Message-ID", mid("r20n-0065", "ansmtp.ariba.com")),
], multi("alternative", [text(_txt), text(_html, "html")], "----=_Part_229107_40128811.1803963098000")),
    kind="payment-notification", language="en", amount="3240.00", currency="GBP", reference="NUX-089",
    note="Client's AP platform remittance advice for one invoice, amount in a table cell.")

# ---------------------------------------------------------------- 0066 Tradeshift, invoice marked as paid
_txt = """Fennick Brewing Co. has paid your invoice

Invoice:        OG-2026-029
Amount:         EUR 1,107.00
Payment date:   08 Jan 2027
Status:         Paid

Fennick Brewing Co. marked this invoice as paid in Tradeshift. The payment is made by bank transfer to the account on your invoice.

View the document in Tradeshift.

You're receiving this because you have an account at Tradeshift.
"""
add(message([
    ("From", addr("Tradeshift", "noreply@tradeshift.com")),
    ("To", "owen@gallaghercopy.ie"),
    ("Subject", "Invoice OG-2026-029 has been paid"),
    ("Date", date(2027, 1, 8, 13, 20, 11, tz="UTC")),
    ("Message-ID", mid("r20n-0066", "tradeshift.com")),
], text(_txt)),
    kind="payment-notification", language="en", amount="1107.00", currency="EUR", reference="OG-2026-029",
    note="AP network reports the buyer marked invoice OG-2026-029 as paid by transfer; a payment notice, not a client's own words.")

# ---------------------------------------------------------------- 0067 Coupa remittance: amount only in the attached PDF
_txt = """Dear Supplier,

Please find attached the remittance advice for payment 7781 issued to Kowalski Dev LLC on March 11, 2027 by ACH.

Attachment: Remittance_Advice_7781.pdf

If you have questions about this payment, please contact Northfield Logistics Accounts Payable at ap@northfieldlogistics.com and quote the payment number.

This is a system-generated message from the Northfield Logistics Coupa Supplier Portal. Please do not reply.
"""
add(message([
    ("From", addr("Northfield Logistics (Coupa)", "do_not_reply@northfield.coupahost.com")),
    ("To", "dana@kowalskidev.com"),
    ("Subject", "Remittance Advice - Payment 7781"),
    ("Date", date(2027, 3, 12, 15, 4, 57, tz="UTC")),
    ("Message-ID", mid("r20n-0067", "northfield.coupahost.com")),
], multi("mixed", [
    text(_txt, cs="us-ascii", cte="7bit"),
    attach("application/pdf", "Remittance_Advice_7781.pdf", pdf("Remittance Advice 7781")),
], "--==_mimepart_coupa_77810")),
    kind="payment-notification", language="en",
    note="Remittance advice saying payment 7781 was issued by ACH; amount and invoice are only in the PDF, so neither is labelled ('7781' is a payment number).")

# ---------------------------------------------------------------- 0068 Mollie chargeback
_txt = """Chargeback received

Hi Owen,

We received a chargeback for one of your payments. The amount has been deducted from your Mollie balance.

Payment ID:        tr_W3k9Lm2xQa
Description:       Invoice OG-2026-036
Original amount:   EUR 450.00
Chargeback amount: EUR 450.00
Chargeback fee:    EUR 15.00
Reason:            Fraudulent transaction (card issuer code 10.4)
Date:              10 February 2027

If you think this chargeback is unjustified, you can contest it from your Mollie Dashboard within 7 days by uploading evidence of the service delivered.

Kind regards,
Mollie
"""
add(message([
    ("From", addr("Mollie", "no-reply@mollie.com")),
    ("To", "owen@gallaghercopy.ie"),
    ("Subject", "Chargeback received for payment tr_W3k9Lm2xQa"),
    ("Date", date(2027, 2, 10, 9, 45, 3, tz="Europe/Amsterdam")),
    ("Message-ID", mid("r20n-0068", "mollie.com")),
], text(_txt)),
    kind="other", language="en",
    note="Look-alike: a chargeback takes back EUR 450 paid for invoice OG-2026-036; money goes out, not a payment notice.")

# ---------------------------------------------------------------- 0069 Monzo, outgoing payment
_txt = """You sent £240.00 to Kestrel Coworking

Reference: DESK MARCH PNAIR
From: Priya Nair Business Account
When: 1 March 2027 at 08:30

Monzo Bank Limited
"""
add(message([
    ("From", addr("Monzo", "help@monzo.com")),
    ("To", "priya@nairux.co.uk"),
    ("Subject", hq("You sent £240.00 to Kestrel Coworking")),
    ("Date", date(2027, 3, 1, 8, 30, 44, tz="Europe/London")),
    ("Message-ID", mid("r20n-0069", "monzo.com")),
], text(_txt)),
    kind="other", language="en",
    note="Look-alike: an outgoing payment the freelancer made for her desk rent.")

# ---------------------------------------------------------------- 0070 Lloyds, Direct Debit to HMRC coming up
_txt = """Lloyds Bank

Direct Debit coming up

Your Direct Debit to HMRC NDDS for £1,134.60 will be collected from your account ending 4471 on 31 January 2027.

Please make sure you have enough money in your account the day before to avoid any charges.

Lloyds Bank plc. Registered Office: 25 Gresham Street, London EC2V 7HN.
"""
add(message([
    ("From", addr("Lloyds Bank", "alerts@notifications.lloydsbank.co.uk")),
    ("To", "priya@nairux.co.uk"),
    ("Subject", "Direct Debit coming up"),
    ("Date", date(2027, 1, 27, 6, 5, 12, tz="Europe/London")),
    ("Message-ID", mid("r20n-0070", "notifications.lloydsbank.co.uk")),
], text(_txt, cs="windows-1252", cte="quoted-printable")),
    kind="other", language="en",
    note="Look-alike: a Direct Debit (her Self Assessment tax) about to be taken from her account.")

# ---------------------------------------------------------------- 0071 Payoneer, the freelancer's payment request was sent
_txt = """Your payment request has been sent

Hi Priya Nair,

Your request for payment has been sent to Nordlicht Media GmbH (ap@nordlicht-media.de).

Amount requested:  EUR 1,400.00
Description:       Invoice NUX-098 - UX audit, February
Due date:          Apr 3, 2027

We'll let you know when Nordlicht Media GmbH pays. You can track the status of this request in the Payoneer app under Receive > Requests.

The Payoneer Team
"""
add(message([
    ("From", addr("Payoneer", "customerservice@payoneer.com")),
    ("To", "priya@nairux.co.uk"),
    ("Subject", "Your payment request to Nordlicht Media GmbH has been sent"),
    ("Date", date(2027, 3, 4, 10, 2, 9, tz="America/New_York")),
    ("Message-ID", mid("r20n-0071", "payoneer.com")),
], text(_txt)),
    kind="other", language="en",
    note="Look-alike: confirmation that the freelancer's own payment request went out; nothing has been paid yet.")

# ---------------------------------------------------------------- 0072 Tradeshift, invoice delivered
_txt = """Your invoice was delivered

Invoice OG-2026-040 to Fennick Brewing Co. was delivered successfully.

Amount: EUR 2,214.00
Due date: 20 Mar 2027
Delivered: 18 Feb 2027 10:02 UTC
Status: Delivered - awaiting approval

You'll get a notification when the buyer approves or rejects it.

Tradeshift
"""
add(message([
    ("From", addr("Tradeshift", "noreply@tradeshift.com")),
    ("To", "owen@gallaghercopy.ie"),
    ("Subject", "Invoice OG-2026-040 delivered to Fennick Brewing Co."),
    ("Date", date(2027, 2, 18, 10, 2, 44, tz="UTC")),
    ("Message-ID", mid("r20n-0072", "tradeshift.com")),
], text(_txt)),
    kind="other", language="en",
    note="E-invoicing delivery receipt for the freelancer's invoice: delivered and awaiting approval, not paid.")

# ---------------------------------------------------------------- 0073 SAP Ariba, invoice approved with a scheduled payment date
_txt = """Invoice approved for payment

Harlow Retail Group plc has approved your invoice.

Invoice number: NUX-099
Invoice amount: GBP 1,980.00
Status: Approved
Scheduled payment date: 26 Mar 2027

The scheduled payment date is an estimate and may change. You will receive a remittance advice once the payment has been made.

SAP Business Network
"""
add(message([
    ("From", addr("SAP Business Network", "ordersender-prod@ansmtp.ariba.com")),
    ("To", "priya@nairux.co.uk"),
    ("Subject", "Harlow Retail Group plc: invoice NUX-099 approved for payment"),
    ("Date", date(2027, 3, 10, 5, 20, 15, tz="UTC")),
    ("Message-ID", mid("r20n-0073", "ansmtp.ariba.com")),
], text(_txt)),
    kind="other", language="en",
    note="AP platform says the invoice is approved with a scheduled payment date; a machine status, not a client's promise and no money yet, so other.")

# ---------------------------------------------------------------- 0074 Exchange automatic reply, return date in words
_txt = """Thank you for your email.

I am on annual leave and will be back on the second of February. I will have no access to email while I'm away.

For anything to do with invoices or payments please contact accounts@brightwatermedia.ie.

Kind regards,
Aoife Brennan
Brightwater Media Ltd
"""
add(message([
    ("From", addr("Aoife Brennan", "aoife.brennan@brightwatermedia.ie")),
    ("To", addr("Owen Gallagher", "owen@gallaghercopy.ie")),
    ("Subject", "Automatic reply: Reminder: invoice OG-2026-038 is now overdue"),
    ("Date", date(2027, 1, 20, 10, 44, 19, tz="Europe/Dublin")),
    ("Message-ID", mid("r20n-0074", "brightwatermedia.ie")),
    ("In-Reply-To", "<20270120104410.6c2e90@gallaghercopy.ie>"),
    ("Thread-Topic", "Reminder: invoice OG-2026-038 is now overdue"),
    ("X-MS-Has-Attach", ""),
    ("X-Auto-Response-Suppress", "All"),
    ("X-MS-Exchange-Inbox-Rules-Loop", "aoife.brennan@brightwatermedia.ie"),
], text(_txt, cs="windows-1252")),
    kind="auto-reply", language="en", return_date="2027-02-02",
    note="Exchange out-of-office without Auto-Submitted; the return day is in words ('the second of February').")

# ---------------------------------------------------------------- 0075 Gmail vacation responder, weekday only
_txt = """Thanks for your email! I'm out of the office and back on Thursday.
I'll get back to you then.

Jordan
"""
add(message([
    ("From", addr("Jordan Ellis", "jordan.ellis.lakeshore@gmail.com")),
    ("To", "dana@kowalskidev.com"),
    ("Subject", "Out of office"),
    ("Date", date(2027, 3, 1, 16, 12, 2, tz="America/Chicago")),
    ("Message-ID", "<CAJq8w1hY7Lm3FtR0XbV2nK9sPe4Dc6Gz1aUo5Mi@mail.gmail.com>"),
    ("In-Reply-To", "<20270301161150.0bd4f7@kowalskidev.com>"),
    ("References", "<20270301161150.0bd4f7@kowalskidev.com>"),
    ("Auto-Submitted", "auto-replied"),
], multi("alternative", [
    text(_txt, cs="UTF-8", cte="7bit"),
    text("<div dir=\"ltr\">Thanks for your email! I'm out of the office and back on Thursday.<br>I'll get back to you then.<br><br>Jordan</div>\n", "html", cs="UTF-8", cte="7bit"),
], "000000000000f3e2d1063f8a90b7")),
    kind="auto-reply", language="en", return_date="2027-03-04",
    note="Only a weekday ('back on Thursday'), sent Monday 1 March 2027 in Chicago, so the next Thursday is 4 March.")

# ---------------------------------------------------------------- 0076 Mailbox no longer monitored
_txt = """This mailbox is no longer monitored.

Harlow Retail Group has moved supplier invoicing to SAP Business Network. Please submit invoices through your Ariba account, and send remittance or payment queries to ap.queries@harlowretail.co.uk.

Emails sent to this address are not read or forwarded.
"""
add(message([
    ("From", addr("Harlow Retail Invoices", "invoices@harlowretail.co.uk")),
    ("To", "priya@nairux.co.uk"),
    ("Subject", "AutoResponse: Invoice NUX-086 - reminder"),
    ("Date", date(2026, 11, 16, 9, 3, 33, tz="Europe/London")),
    ("Message-ID", "<0a9b1c3e-2f4d-4e71-8b60-1d2c3e4f5a6b@eu-smtp-1.mimecast.com>"),
    ("Auto-Submitted", "auto-replied"),
    ("X-Auto-Response-Suppress", "OOF, AutoReply, DR, NDR, RN, NRN"),
    ("Precedence", "bulk"),
], multi("alternative", [
    text(_txt),
    text("<html><body><p><b>This mailbox is no longer monitored.</b></p><p>Harlow Retail Group has moved supplier invoicing to SAP Business Network. "
         "Please submit invoices through your Ariba account, and send remittance or payment queries to "
         "<a href=\"mailto:ap.queries@harlowretail.co.uk\">ap.queries@harlowretail.co.uk</a>.</p>"
         "<p>Emails sent to this address are not read or forwarded.</p></body></html>\n", "html"),
], "MCBoundary=_12611160903331200")),
    kind="auto-reply", language="en",
    note="Mailbox-closed auto-response (Mimecast style, RFC 3834 headers): new route for invoices, no return date.")

# ---------------------------------------------------------------- 0077 Postfix DSN, relay access denied
_txt = """This is the mail system at host mail.kowalskidev.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ap@lakeshore-analytics.com>: host mx.lakeshore-analytics.com[198.51.100.23]
    said: 554 5.7.1 <ap@lakeshore-analytics.com>: Relay access denied (in
    reply to RCPT TO command)
"""
_ds = """Reporting-MTA: dns; mail.kowalskidev.com
X-Postfix-Queue-ID: 7F2A91C0431
X-Postfix-Sender: rfc822; dana@kowalskidev.com
Arrival-Date: Thu, 19 Nov 2026 08:55:02 -0600 (CST)

Final-Recipient: rfc822; ap@lakeshore-analytics.com
Original-Recipient: rfc822;ap@lakeshore-analytics.com
Action: failed
Status: 5.7.1
Remote-MTA: dns; mx.lakeshore-analytics.com
Diagnostic-Code: smtp; 554 5.7.1 <ap@lakeshore-analytics.com>: Relay access
    denied
"""
_orig = """Return-Path: <dana@kowalskidev.com>
Received: from [10.0.0.12] (c-73-44-118-9.hsd1.il.comcast.net [73.44.118.9])
	by mail.kowalskidev.com (Postfix) with ESMTPSA id 7F2A91C0431
	for <ap@lakeshore-analytics.com>; Thu, 19 Nov 2026 08:55:02 -0600 (CST)
From: Dana Kowalski <dana@kowalskidev.com>
To: ap@lakeshore-analytics.com
Subject: Reminder: invoice INV-1044 is due on November 26, 2026
Date: Thu, 19 Nov 2026 08:55:00 -0600
Message-ID: <20261119085500.4e1a0c@kowalskidev.com>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 7bit

Hello,

This is a friendly reminder that invoice INV-1044 for $2,760.00, issued on October 27, 2026, is due for payment on November 26, 2026.

If payment is already on its way, thank you, and please disregard this message.

Payment details: ACH or wire to Kowalski Dev LLC, details on the invoice.

If you have any questions, just reply to this email.

Best regards,
Dana Kowalski
"""
add(message([
    ("Return-Path", "<>"),
    ("From", "MAILER-DAEMON@mail.kowalskidev.com (Mail Delivery System)"),
    ("To", "dana@kowalskidev.com"),
    ("Subject", "Undelivered Mail Returned to Sender"),
    ("Date", date(2026, 11, 19, 8, 55, 4, tz="America/Chicago", suffix=" (CST)")),
    ("Message-ID", "<20261119145504.8A31B1C0432@mail.kowalskidev.com>"),
    ("Auto-Submitted", "auto-replied"),
], multi("report", [
    text(_txt, cs="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
    dsn(_ds, "Delivery report"),
    rfc822(_orig.encode(), "Undelivered Message"),
], "7F2A91C0431.1795100104/mail.kowalskidev.com", params="; report-type=delivery-status",
    preamble="This is a MIME-encapsulated message.")),
    kind="bounce", language="en", failed_recipient="ap@lakeshore-analytics.com", permanent=True,
    note="Postfix DSN, 554 5.7.1 relay access denied: permanent; the $2,760.00 and INV-1044 belong to the returned reminder.")

# ---------------------------------------------------------------- 0078 Gmail delay, recipient inbox full (4.2.2)
_txt = """** Message not delivered yet **

There was a temporary problem delivering your message to siobhan.kearney.design@gmail.com. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response was:
The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp
"""
_ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; owen@gallaghercopy.ie
Arrival-Date: Tue, 16 Mar 2027 01:58:21 -0700 (PDT)
X-Original-Message-ID: <20270316085819.31f0a2@gallaghercopy.ie>

Final-Recipient: rfc822; siobhan.kearney.design@gmail.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; The recipient's inbox is out of storage space and inactive.
    Please direct the recipient to
    https://support.google.com/mail/?p=OverQuotaTemp
Last-Attempt-Date: Tue, 16 Mar 2027 06:03:11 -0700 (PDT)
Will-Retry-Until: Thu, 18 Mar 2027 01:58:21 -0700 (PDT)
"""
_orig_headers = """From: Owen Gallagher <owen@gallaghercopy.ie>
Date: Tue, 16 Mar 2027 08:58:19 +0000
Message-ID: <20270316085819.31f0a2@gallaghercopy.ie>
Subject: Reminder: invoice OG-2026-042 is due on 20 March 2027
To: siobhan.kearney.design@gmail.com
"""
add(message([
    ("Return-Path", "<>"),
    ("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
    ("To", "owen@gallaghercopy.ie"),
    ("Subject", "Delivery Status Notification (Delay)"),
    ("Date", date(2027, 3, 16, 13, 3, 11, tz="UTC")),
    ("Message-ID", "<65f8a2c1.050a0220.3b1f.8c4aSMTPIN_ADDED_MISSING@mx.google.com>"),
    ("Auto-Submitted", "auto-replied"),
], multi("report", [
    multi("related", [text(_txt, cs="UTF-8")], "000000000000b0c4e5063f1ad3a1"),
    dsn(_ds),
    rfc822_headers(_orig_headers.encode()),
], "000000000000a3b2d1063f1ad39e", params="; report-type=delivery-status")),
    kind="bounce", language="en", failed_recipient="siobhan.kearney.design@gmail.com", permanent=False,
    note="Gmail delay DSN, inbox out of storage, 4.2.2 and still retrying: temporary.")

# ---------------------------------------------------------------- 0079 Exim plain-text bounce, 550 5.1.1
_txt = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  accounts@brightwatermedia.ie
    host mx1.brightwatermedia.ie [203.0.113.150]
    SMTP error from remote mail server after RCPT TO:<accounts@brightwatermedia.ie>:
    550 5.1.1 <accounts@brightwatermedia.ie>: Recipient address rejected: User unknown in virtual mailbox table

------ This is a copy of the message, including all the headers. ------

Return-path: <owen@gallaghercopy.ie>
Received: from [86.44.201.17] (helo=[192.168.0.24])
	by cp21.blacknight.com with esmtpsa (TLS1.3) (Exim 4.97.1)
	(envelope-from <owen@gallaghercopy.ie>)
	id 1vQk3T-00A7bF-2c
	for accounts@brightwatermedia.ie; Mon, 14 Dec 2026 16:20:31 +0000
From: Owen Gallagher <owen@gallaghercopy.ie>
To: accounts@brightwatermedia.ie
Subject: Reminder: invoice OG-2026-035 is now overdue
Date: Mon, 14 Dec 2026 16:20:28 +0000
Message-ID: <20261214162028.a04c3e@gallaghercopy.ie>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"

Dear Accounts Team,

According to my records, invoice OG-2026-035 for EUR 1,230.00, due on 30 November 2026, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.

If you have already paid, thank you - please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.

Payment details:
- Account name: Owen Gallagher
- IBAN: IE29 AIBK 9311 5212 3473 02
- BIC (SWIFT): AIBKIE2D
- Payment reference: OG-2026-035

Kind regards,
Owen Gallagher
"""
add(message([
    ("Return-path", "<>"),
    ("From", addr("Mail Delivery System", "Mailer-Daemon@cp21.blacknight.com")),
    ("To", "owen@gallaghercopy.ie"),
    ("Subject", "Mail delivery failed: returning message to sender"),
    ("Date", date(2026, 12, 14, 16, 20, 33, tz="Europe/Dublin")),
    ("Message-Id", "<E1vQk3V-00A7bH-0E@cp21.blacknight.com>"),
    ("X-Failed-Recipients", "accounts@brightwatermedia.ie"),
    ("Auto-Submitted", "auto-replied"),
], text(_txt, cs="us-ascii", cte="7bit")),
    kind="bounce", language="en", failed_recipient="accounts@brightwatermedia.ie", permanent=True,
    note="Exim plain-text bounce without a DSN part, 550 5.1.1 user unknown; the copied reminder below is not the sender's words.")

# ---------------------------------------------------------------- 0080 Microsoft 365 NDR, 5.4.1 access denied
_txt = """Your message to invoices@harbourandpike.co.uk couldn't be delivered.

The recipient's email system isn't accepting messages from your domain or from the address you sent from.

invoices@harbourandpike.co.uk   Office 365 -> harbourandpike.co.uk -> Action Required: Recipient

How to Fix It
Contact the recipient by another means and ask them to check whether they have blocked your address, or ask their email admin to look at the Exchange Online directory-based edge blocking settings.


Diagnostic information for administrators:

Generating server: LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM

invoices@harbourandpike.co.uk
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. [LO1GBR01FT014.eop-gbr01.prod.protection.outlook.com 2027-02-02T11:17:40.000Z 08DD41A2B5C3E9F1]'
"""
_ds = """Reporting-MTA: dns;LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.nairux.co.uk
Arrival-Date: Tue, 2 Feb 2027 11:17:38 +0000

Final-Recipient: rfc822;invoices@harbourandpike.co.uk
Action: failed
Status: 5.4.1
Diagnostic-Code: smtp;550 5.4.1 Recipient address rejected: Access denied. [LO1GBR01FT014.eop-gbr01.prod.protection.outlook.com 2027-02-02T11:17:40.000Z 08DD41A2B5C3E9F1]
"""
_orig_headers = """From: Priya Nair <priya@nairux.co.uk>
To: invoices@harbourandpike.co.uk
Subject: Reminder: invoice NUX-095 is now overdue
Date: Tue, 2 Feb 2027 11:17:35 +0000
Message-ID: <20270202111735.5c7e08@nairux.co.uk>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""
add(message([
    ("From", addr("Microsoft Outlook", "postmaster@nairux.co.uk")),
    ("To", "<priya@nairux.co.uk>"),
    ("Date", date(2027, 2, 2, 11, 17, 41, tz="Europe/London")),
    ("Subject", "Undeliverable: Reminder: invoice NUX-095 is now overdue"),
    ("Message-ID", "<2c3d4e5f-6a7b-4c8d-9e0f-a1b2c3d4e5f6@LO2P265MB5120.GBRP265.PROD.OUTLOOK.COM>"),
    ("In-Reply-To", "<20270202111735.5c7e08@nairux.co.uk>"),
    ("References", "<20270202111735.5c7e08@nairux.co.uk>"),
    ("Content-Language", "en-GB"),
    ("X-MS-Exchange-Message-Is-Ndr", ""),
    ("Auto-Submitted", "auto-replied"),
], multi("report", [
    multi("alternative", [
        text(_txt, cs="us-ascii"),
        text("<html><body><p style=\"font-size:16pt;color:#c00000\"><b>Your message to invoices@harbourandpike.co.uk couldn't be delivered.</b></p>"
             "<p>The recipient's email system isn't accepting messages from your domain or from the address you sent from.</p>"
             "<p style=\"font-family:Consolas\">Remote Server returned '550 5.4.1 Recipient address rejected: Access denied.'</p></body></html>\n",
             "html", cs="us-ascii"),
    ], "b7a6c5d4-e3f2-41a0-9b8c-7d6e5f4a3b2c", params="; differences=Content-Type"),
    dsn(_ds),
    rfc822_headers(_orig_headers.encode()),
], "e1d2c3b4-a5f6-4e7d-8c9b-0a1b2c3d4e5f", params="; report-type=delivery-status")),
    kind="bounce", language="en", failed_recipient="invoices@harbourandpike.co.uk", permanent=True,
    note="Microsoft 365 NDR, 550 5.4.1 recipient address rejected (access denied): permanent.")


# ==================================================================================================
# Writing and checking
# ==================================================================================================

ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
         "failed_recipient", "permanent", "note"]
LO, HI = dt.date(2026, 11, 1), dt.date(2027, 3, 31)
CURRENCY_HINTS = {"EUR": ("€", "EUR", "euro"), "GBP": ("£", "GBP"), "USD": ("$", "USD")}


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_labels(entries):
    out = ["# round20-machine: machine mail after an invoice: rare banks' and processors' payment notices, "
           "no-money look-alikes, auto-replies and bounces (it/es/en)", ""]
    for name, lab in entries:
        out.append('[files."%s"]' % name)
        for k in ORDER:
            if k not in lab:
                continue
            v = lab[k]
            out.append("%s = %s" % (k, ("true" if v else "false") if isinstance(v, bool) else toml_str(v)))
        out.append("")
    (HERE / "labels.toml").write_text("\n".join(out), encoding="utf-8")


def own_parts(part):
    """Leaf parts that are the sender's own content: do not descend into returned messages."""
    ct = part.get_content_type()
    if ct in ("message/rfc822", "text/rfc822-headers"):
        return
    if ct == "message/delivery-status":
        yield part
    elif part.is_multipart():
        for sub in part.iter_parts():
            yield from own_parts(sub)
    else:
        yield part


def html_to_text(s):
    s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</div>|</h\d>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return htmlmod.unescape(s)


def amount_forms(a):
    whole, cents = a.split(".")
    n = int(whole)
    grouped = "{:,}".format(n)
    return {
        "%s,%s" % (grouped.replace(",", "."), cents), "%d,%s" % (n, cents),
        "%s.%s" % (grouped, cents), "%d.%s" % (n, cents),
        "%s,%s" % (grouped.replace(",", " "), cents),
    }


def check(name, raw, lab):
    errs = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    # structure
    for p in msg.walk():
        if p.defects:
            errs.append("MIME defects in %s: %r" % (p.get_content_type(), p.defects))
    for k, v in msg.items():
        if getattr(v, "defects", None):
            errs.append("header %s defects: %r" % (k, v.defects))
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            errs.append("missing " + h)
    when = msg["Date"].datetime
    if when.tzinfo is None:
        errs.append("Date without zone")
    if not (LO <= when.date() <= HI):
        errs.append("Date out of range: %s" % when)
    # label keys
    if set(lab) - set(ORDER):
        errs.append("unknown label keys %s" % (set(lab) - set(ORDER)))
    kind = lab["kind"]
    if kind not in KINDS:
        errs.append("bad kind " + kind)
    if lab["language"] not in ("it", "es", "en"):
        errs.append("bad language")
    if lab.get("split") != "dev":
        errs.append("split")
    if not lab.get("note", "").strip():
        errs.append("empty note")
    if "promised_date" in lab and kind != "client-reply-promise":
        errs.append("promised_date outside a promise")
    if "return_date" in lab and kind != "auto-reply":
        errs.append("return_date outside an auto-reply")
    if (("failed_recipient" in lab) or ("permanent" in lab)) != (kind == "bounce"):
        errs.append("bounce facts must go with kind bounce")
    if kind == "bounce" and not ("failed_recipient" in lab and "permanent" in lab):
        errs.append("bounce without failed_recipient/permanent")
    if any(k in lab for k in ("amount", "currency", "reference")) and kind not in (
            "payment-notification", "client-reply-paid", "client-reply-promise"):
        errs.append("money facts on kind %s" % kind)
    if "currency" in lab and "amount" not in lab:
        errs.append("currency without amount")
    # the sender's own text (subject + own parts; returned messages excluded)
    subject = str(msg["Subject"])
    bodies, statuses = [], []
    for p in own_parts(msg):
        ct = p.get_content_type()
        if ct == "message/delivery-status":
            blob = p.as_bytes().decode("ascii", "replace")
            statuses.append(blob)
        elif p.get_content_maintype() == "text":
            t = p.get_content()
            bodies.append(html_to_text(t) if ct == "text/html" else t)
    body = "\n".join(bodies)
    everything = subject + "\n" + body
    if not body.strip():
        errs.append("no readable body")
    if "amount" in lab:
        if not re.fullmatch(r"\d+\.\d{2}", lab["amount"]):
            errs.append("amount format")
        elif not any(f in everything for f in amount_forms(lab["amount"])):
            errs.append("amount %s not found in the message" % lab["amount"])
    if "currency" in lab:
        hints = CURRENCY_HINTS.get(lab["currency"], (lab["currency"],))
        if not any(h in everything for h in hints):
            errs.append("currency %s not evident" % lab["currency"])
    if "reference" in lab and lab["reference"].lower() not in body.lower():
        errs.append("reference %s not in the body" % lab["reference"])
    for k in ("promised_date", "return_date"):
        if k in lab:
            d = dt.date.fromisoformat(lab[k])
            if not (when.date() <= d <= when.date() + dt.timedelta(days=120)):
                errs.append("%s %s not after the Date %s" % (k, d, when.date()))
    if kind == "bounce":
        fr = lab["failed_recipient"]
        if fr.lower() not in (body + "\n".join(statuses)).lower():
            errs.append("failed recipient not in the report")
        codes = []
        for blob in statuses:
            codes += re.findall(r"(?mi)^Status:\s*([245])\.\d{1,3}\.\d{1,3}", blob)
        if not codes:
            # an enhanced code after an SMTP reply code or at the start of a line (not "Exim 4.97.1")
            codes = re.findall(r"(?m)(?:\b[245]\d\d[ -]|^\s*)([45])\.\d{1,3}\.\d{1,3}\b", body)
        if not codes:
            errs.append("no status code found")
        elif {c == "5" for c in codes} != {lab["permanent"]}:
            errs.append("permanent=%s does not match codes %s" % (lab["permanent"], codes))
    return errs, msg


def main():
    assert len(MESSAGES) == N, "expected %d messages, have %d" % (N, len(MESSAGES))
    for old in HERE.glob(PREFIX + "-*.eml"):
        old.unlink()
    entries = []
    for i, (raw, lab) in enumerate(MESSAGES, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        (HERE / name).write_bytes(raw)
        entries.append((name, lab))
    write_labels(entries)

    # re-read everything from disk
    parsed = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    failures = 0
    ids = set()
    kinds, langs = {}, {}
    for name, lab in entries:
        if parsed.get(name) != lab:
            print("%s: labels.toml does not round-trip" % name)
            failures += 1
        raw = (HERE / name).read_bytes()
        errs, msg = check(name, raw, parsed[name])
        mid_ = str(msg["Message-ID"])
        if mid_ in ids:
            errs.append("duplicate Message-ID")
        ids.add(mid_)
        for e in errs:
            print("%s: %s" % (name, e))
        failures += bool(errs)
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
        langs[lab["language"]] = langs.get(lab["language"], 0) + 1
    print("messages: %d   languages: %s" % (len(entries), dict(sorted(langs.items()))))
    for k in sorted(kinds):
        print("  %-22s %d" % (k, kinds[k]))
    if failures:
        print("FAILED: %d message(s)" % failures)
        sys.exit(1)
    print("all labels check out")


if __name__ == "__main__":
    main()
