#!/usr/bin/env python3
"""round17-machine: machine mail that lands in a freelancer's mailbox after an invoice.

Writes r17m-0001.eml ... r17m-0080.eml and labels.toml next to this script, then parses every file
back with the standard library and checks each label against what the message says.

Payment notices from banks (Italy, Spain, UK, Ireland, Latin America) and processors or platforms,
look-alikes that are not money in (outgoing transfers, direct debits, payouts, refunds, declined cards,
adverts, invoices received or only viewed, SdI / FACe / PEC service notices), auto-replies with and
without RFC 3834 headers, and bounces from several MTAs, permanent and temporary.

Standard library only. Every body below is written by hand for its own message; the only shared text is
the freelancer's own outgoing reminder, which mailduns itself writes from its templates and which comes
back inside bounces and some auto-replies.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import html
import pathlib
import quopri
import re
import struct
import sys
import zlib
from email.header import Header

HERE = pathlib.Path(__file__).resolve().parent
PREFIX = "r17m"

# ---------------------------------------------------------------------------------------------------
# MIME building: small, explicit, so that every byte of the structure is what a real sender produces.
# ---------------------------------------------------------------------------------------------------

_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def date(y, mo, d, hh, mm, ss, off="+0100", suffix=""):
    """An RFC 5322 Date with the right weekday; suffix such as ' (CET)' as some MTAs add."""
    wd = _DAYS[dt.date(y, mo, d).weekday()]
    return f"{wd}, {d} {_MONTHS[mo - 1]} {y} {hh:02d}:{mm:02d}:{ss:02d} {off}{suffix}"


def date2(y, mo, d, hh, mm, ss, off="+0100", suffix=""):
    """Same, with a two-digit day as Exim, Exchange and some banks write it."""
    wd = _DAYS[dt.date(y, mo, d).weekday()]
    return f"{wd}, {d:02d} {_MONTHS[mo - 1]} {y} {hh:02d}:{mm:02d}:{ss:02d} {off}{suffix}"


def h(value):
    """A header value, RFC 2047-encoded when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def a(name, addr, charset="utf-8"):
    """A mailbox: "Name" <addr>, the name encoded when needed."""
    if not name:
        return f"<{addr}>"
    return email.utils.formataddr((name, addr), charset=charset)


class Leaf:
    def __init__(self, ctype, body, charset=None, cte="7bit", filename=None, disposition=None,
                 extra=None, name_param=True, params=""):
        self.ctype = ctype
        self.body = body            # str for text, bytes for binary
        self.charset = charset
        self.cte = cte
        self.filename = filename
        self.disposition = disposition
        self.extra = extra or []
        self.name_param = name_param
        self.params = params

    def render(self):
        ct = self.ctype
        if self.charset:
            ct += f'; charset="{self.charset}"'
        if self.params:
            ct += "; " + self.params
        if self.filename and self.name_param:
            ct += f';\n\tname="{self.filename}"'
        lines = [f"Content-Type: {ct}"]
        if self.cte != "none":
            lines.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.disposition or self.filename:
            disp = self.disposition or "attachment"
            if self.filename:
                disp += f';\n\tfilename="{self.filename}"'
            lines.append(f"Content-Disposition: {disp}")
        lines += self.extra
        raw = self.body if isinstance(self.body, bytes) else self.body.encode(self.charset or "ascii")
        if self.cte == "quoted-printable":
            data = quopri.encodestring(raw, quotetabs=False)
        elif self.cte == "base64":
            data = base64.encodebytes(raw)
        else:
            data = raw
        if not data.endswith(b"\n"):
            data += b"\n"
        return "\n".join(lines).encode("ascii") + b"\n\n" + data


class Multi:
    def __init__(self, subtype, parts, boundary, params="", preamble=None, extra=None):
        self.subtype = subtype
        self.parts = parts
        self.boundary = boundary
        self.params = params
        self.preamble = preamble
        self.extra = extra or []

    def render(self):
        ct = f"multipart/{self.subtype};"
        if self.params:
            ct += " " + self.params + ";"
        ct += f'\n\tboundary="{self.boundary}"'
        out = [f"Content-Type: {ct}".encode("ascii")] + [e.encode("ascii") for e in self.extra]
        out = b"\n".join(out) + b"\n\n"
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\n\n"
        for p in self.parts:
            out += f"--{self.boundary}\n".encode("ascii") + p.render() + b"\n"
        out += f"--{self.boundary}--\n".encode("ascii")
        return out


class Embedded:
    """A message/rfc822 part (or text/rfc822-headers) holding bytes of another message."""

    def __init__(self, raw, ctype="message/rfc822", description=None, filename=None):
        self.raw = raw
        self.ctype = ctype
        self.description = description
        self.filename = filename

    def render(self):
        lines = [f"Content-Type: {self.ctype}" + (f'; name="{self.filename}"' if self.filename else "")]
        if self.description:
            lines.append(f"Content-Description: {self.description}")
        if self.filename:
            lines.append(f'Content-Disposition: inline; filename="{self.filename}"')
        raw = self.raw if self.raw.endswith(b"\n") else self.raw + b"\n"
        return "\n".join(lines).encode("ascii") + b"\n\n" + raw


class _Raw:
    """A body written as-is; the message's own headers carry its Content-Type (as Exim writes them)."""

    def __init__(self, data):
        self.data = data

    def render(self):
        return b"\n" + self.data


def text(body, charset="utf-8", cte="quoted-printable", **kw):
    return Leaf("text/plain", body, charset=charset, cte=cte, **kw)


def htmlpart(body, charset="utf-8", cte="quoted-printable", **kw):
    return Leaf("text/html", body, charset=charset, cte=cte, **kw)


def attach(ctype, filename, data, disposition="attachment", **kw):
    return Leaf(ctype, data, cte="base64", filename=filename, disposition=disposition, **kw)


def dsn(body):
    return Leaf("message/delivery-status", body, cte="none")


def build(headers, root, mime_version=True):
    """headers: list of (name, value); root: a Leaf, Multi or None (then `root` is a raw str body)."""
    out = []
    for k, v in headers:
        out.append(f"{k}: {v}")
    head = "\n".join(out).encode("ascii") + b"\n"
    if mime_version:
        head += b"MIME-Version: 1.0\n"
    return head + root.render()


def tiny_pdf(title):
    """A few bytes that are a PDF to any sniffer; enough for an attached receipt."""
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Title (" + t +
            b") >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


def tiny_png(w=2, h=2, rgb=(200, 30, 40)):
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------------------
# The freelancer's own outgoing reminders (mailduns writes these from templates/{it,es,en}); they come
# back quoted inside bounces and a few auto-replies. Only this outgoing text is generated from a pattern.
# ---------------------------------------------------------------------------------------------------

def reminder_it(salut, number, amount, due, owner, iban, kind="reminder"):
    if kind == "courtesy":
        core = (f"un breve promemoria: la fattura n. {number} di {amount} è in scadenza il {due}.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.")
    else:
        core = (f"da un controllo la fattura n. {number} di {amount}, scaduta il {due}, risulta ancora da saldare. "
                "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.")
    return (f"{salut}\n\n{core}\n\nPer il pagamento:\n- beneficiario: {owner}\n- IBAN: {iban}\n"
            f"- causale: Fattura {number}\n\nCordiali saluti,\n{owner}\n")


def reminder_es(salut, number, amount, due, owner, iban, kind="reminder"):
    if kind == "courtesy":
        core = (f"Un breve recordatorio: la factura n.º {number} de {amount} vence el {due}.\n\n"
                "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.")
    else:
        core = (f"Revisando mis cuentas, veo que la factura n.º {number} de {amount}, vencida el {due}, sigue "
                "pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se "
                "realizara en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso "
                "basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis "
                "registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.")
    return (f"{salut}\n\n{core}\n\nDatos para el pago:\n- beneficiario: {owner}\n- IBAN: {iban}\n"
            f"- concepto: Factura {number}\n\nUn cordial saludo,\n{owner}\n")


def reminder_en(salut, number, amount, due, owner, iban, kind="reminder"):
    if kind == "due":
        core = (f"This is a quick reminder that invoice {number} for {amount} was due for payment on {due}. "
                "If it has not been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
                "If you have already paid, thank you, and please disregard this reminder.")
    else:
        core = (f"According to my records, invoice {number} for {amount}, due on {due}, has not yet been paid. "
                "It may simply have been overlooked, so I would be grateful if you could arrange payment at your "
                "earliest convenience.\n\nIf you have already paid, thank you – please let me know the payment date "
                "so that I can update my records. If there is a problem with the invoice, please reply to this "
                "email and we can sort it out.")
    return (f"{salut}\n\n{core}\n\nPayment details:\n- Account name: {owner}\n- IBAN: {iban}\n"
            f"- Payment reference: {number}\n\nKind regards,\n{owner}\n")


def outgoing(frm, to, subject, when, msgid, body, in_reply_to=None, charset="utf-8"):
    """The freelancer's reminder as mailduns sends it (text/plain, QP)."""
    hs = [("From", frm), ("To", to), ("Subject", h(subject)), ("Date", when), ("Message-ID", msgid)]
    if in_reply_to:
        hs += [("In-Reply-To", in_reply_to), ("References", in_reply_to)]
    hs += [("X-Mailer", "mailduns")]
    return build(hs, text(body, charset=charset))


# ---------------------------------------------------------------------------------------------------
# The messages. Each is a function returning bytes, registered with its label.
# ---------------------------------------------------------------------------------------------------

MESSAGES = []


def message(kind, language, note, **facts):
    def deco(fn):
        MESSAGES.append({"fn": fn, "kind": kind, "language": language, "note": note, "facts": facts})
        return fn
    return deco


# ----------------------------------------------------------------------------------------------- 0001
@message("payment-notification", "it",
         "Intesa Sanpaolo incoming SEPA credit: the amount and the causale sit in their own HTML table cells; "
         "the causale also carries the invoice date (30/10/2026), which is not a payment date.",
         amount="1220.00", currency="EUR", reference="14/2026")
def m0001():
    plain = """Gentile GIULIA FERRI,

ti informiamo che sul tuo conto corrente è stato accreditato un bonifico.

Ordinante: TIPOGRAFIA MORANDI S.R.L.
Importo: 1.220,00 EUR
Data accredito: 18/11/2026
Data valuta: 18/11/2026
Causale: SALDO FATTURA N. 14/2026 DEL 30/10/2026
TRN: 0306909483121518480051010IT

Conto: IT** **** **** **** **** 3345 601
Puoi consultare i dettagli dell'operazione nell'app Intesa Sanpaolo Mobile o nell'Area Riservata del sito.

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino
"""
    body = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Accredito bonifico</title></head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
<tr><td style="padding:24px 32px;border-bottom:3px solid #2e7d32;"><img src="https://www.intesasanpaolo.com/etc/logo-isp.png" alt="Intesa Sanpaolo" width="160" height="32" /></td></tr>
<tr><td style="padding:24px 32px 8px 32px;">Gentile GIULIA FERRI,</td></tr>
<tr><td style="padding:0 32px 16px 32px;">ti informiamo che sul tuo conto corrente &egrave; stato accreditato un bonifico.</td></tr>
<tr><td style="padding:0 32px;">
<table width="100%" cellpadding="6" cellspacing="0" border="0" style="border:1px solid #dddddd;font-size:13px;">
<tr bgcolor="#f7f7f7"><td width="40%"><b>Ordinante</b></td><td>TIPOGRAFIA MORANDI S.R.L.</td></tr>
<tr><td><b>Importo</b></td><td style="font-size:16px;color:#2e7d32;"><b>1.220,00</b></td></tr>
<tr bgcolor="#f7f7f7"><td><b>Divisa</b></td><td>EUR</td></tr>
<tr><td><b>Data accredito</b></td><td>18/11/2026</td></tr>
<tr bgcolor="#f7f7f7"><td><b>Data valuta</b></td><td>18/11/2026</td></tr>
<tr><td><b>Causale</b></td><td>SALDO FATTURA N. 14/2026 DEL 30/10/2026</td></tr>
<tr bgcolor="#f7f7f7"><td><b>TRN</b></td><td>0306909483121518480051010IT</td></tr>
<tr><td><b>Conto</b></td><td>IT** **** **** **** **** 3345 601</td></tr>
</table></td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#777777;">Puoi consultare i dettagli dell'operazione nell'app Intesa Sanpaolo Mobile o nell'Area Riservata del sito.<br />
Questa &egrave; una comunicazione automatica, ti preghiamo di non rispondere.</td></tr>
<tr><td style="padding:16px 32px;font-size:10px;color:#999999;border-top:1px solid #eeeeee;">Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino - Capitale sociale Euro 10.368.870.930,08 - Aderente al Fondo Interbancario di Tutela dei Depositi</td></tr>
</table></td></tr></table>
</body></html>
"""
    return build([
        ("Return-Path", "<bounce-avvisi@comunicazioni.intesasanpaolo.com>"),
        ("Received", "from mta12.comunicazioni.intesasanpaolo.com (mta12.comunicazioni.intesasanpaolo.com [185.42.116.12])\n\tby mx.giuliaferri.it (Postfix) with ESMTPS id 4Fk2N71QZ8z9t3R\n\tfor <giulia@giuliaferri.it>; " + date(2026, 11, 18, 10, 14, 52, "+0100", " (CET)")),
        ("From", a("Intesa Sanpaolo", "avvisi@comunicazioni.intesasanpaolo.com")),
        ("To", "giulia@giuliaferri.it"),
        ("Subject", "Accredito bonifico sul tuo conto"),
        ("Date", date(2026, 11, 18, 10, 14, 49)),
        ("Message-ID", "<1763457289117.48211.ALRT@comunicazioni.intesasanpaolo.com>"),
        ("X-Priority", "3"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_48211_1763457289117"))


# ----------------------------------------------------------------------------------------------- 0002
@message("auto-reply", "en",
         "Exchange out-of-office over Christmas that names the day she is back, Monday 11 January, and sends "
         "invoice questions to the accounts team; the weekday and the date agree.",
         return_date="2027-01-11")
def m0002():
    plain = ("Thank you for your email.\n\n"
             "I\u2019m on annual leave over the Christmas period and will be back in the office on Monday 11 January. "
             "I won\u2019t be checking emails while I\u2019m away.\n\n"
             "For anything to do with supplier invoices or payments please contact our accounts team on "
             "accounts@northgate-estates.co.uk or 0161 496 0732, and they\u2019ll be happy to help.\n\n"
             "Merry Christmas!\n\nRebecca Hale\nOffice Manager\nNorthgate Estates Ltd\n")
    body = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
            "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
            "xmlns=\"http://www.w3.org/TR/REC-html40\"><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">\n"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n<style><!--\n"
            "@font-face {font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;mso-ligatures:standardcontextual;mso-fareast-language:EN-US;}\n"
            "--></style></head><body lang=\"EN-GB\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
            "<div class=\"WordSection1\">\n<p class=\"MsoNormal\">Thank you for your email.<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
            "<p class=\"MsoNormal\">I\u2019m on annual leave over the Christmas period and will be back in the office on <b>Monday 11 January</b>. "
            "I won\u2019t be checking emails while I\u2019m away.<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
            "<p class=\"MsoNormal\">For anything to do with supplier invoices or payments please contact our accounts team on "
            "<a href=\"mailto:accounts@northgate-estates.co.uk\">accounts@northgate-estates.co.uk</a> or 0161 496 0732, and they\u2019ll be happy to help.<o:p></o:p></p>\n"
            "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n<p class=\"MsoNormal\">Merry Christmas!<o:p></o:p></p>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
            "<p class=\"MsoNormal\"><b><span style=\"color:#1F3864\">Rebecca Hale</span></b><br>Office Manager<br>Northgate Estates Ltd<o:p></o:p></p>\n"
            "</div>\n</body></html>\n")
    return build([
        ("Received", "from AM9PR10MB4418.EURPRD10.PROD.OUTLOOK.COM (2603:10a6:20b:3f1::9) by\n DB9PR10MB5890.EURPRD10.PROD.OUTLOOK.COM with HTTPS; " + date(2026, 12, 23, 16, 2, 17, "+0000")),
        ("From", a("Rebecca Hale", "rebecca.hale@northgate-estates.co.uk")),
        ("To", a("Tom Fletcher", "tom@fletcherdev.co.uk")),
        ("Subject", "Automatic reply: Re: Invoice INV-1039"),
        ("Thread-Topic", "Invoice INV-1039"),
        ("Thread-Index", "AQHbVf3mT8rXZ5p2iUqKc9l8Wb1lPA=="),
        ("Date", date(2026, 12, 23, 16, 2, 17, "+0000")),
        ("Message-ID", "<c4e1a0b7f3a94c2b9e6f1d2a8b0c7e55@AM9PR10MB4418.EURPRD10.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<mailduns.1039.20261223160155@fletcherdev.co.uk>"),
        ("References", "<mailduns.1039.20261223160155@fletcherdev.co.uk>"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "rebecca.hale@northgate-estates.co.uk"),
        ("X-MS-TNEF-Correlator", ""),
        ("Auto-Submitted", "auto-generated"),
    ], Multi("alternative", [text(plain, charset="windows-1252"), htmlpart(body, charset="windows-1252")],
             "_000_c4e1a0b7f3a94c2b9e6f1d2a8b0c7e55AM9PR10MB4418EURPRD10PROD_"))


# ----------------------------------------------------------------------------------------------- 0003
@message("other", "it",
         "An outgoing transfer the freelancer made to her own accountant: 'Fattura n. 112/2026' is the "
         "accountant's invoice she paid, so this is money out, not a payment received.")
def m0003():
    plain = """Gentile GIULIA FERRI,

la disposizione di bonifico da te inserita è stata eseguita.

Beneficiario: STUDIO BASSI COMMERCIALISTI ASSOCIATI
IBAN beneficiario: IT71 M030 6912 1431 0000 0004 921
Importo: 380,64 EUR
Commissioni: 0,00 EUR
Data esecuzione: 20/11/2026
Causale: Fattura n. 112/2026 compenso tenuta contabilità III trimestre
Esito: ESEGUITO
CRO: 0306923458741201480031042IT

Conto di addebito: IT** **** **** **** **** 3345 601

Se non riconosci questa operazione chiama subito il numero 800.303.303.

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Intesa Sanpaolo S.p.A.
"""
    body = """<html><head><meta charset="utf-8"><title>Bonifico eseguito</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333;background:#f2f2f2;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:20px 30px;border-bottom:3px solid #2e7d32"><img src="https://www.intesasanpaolo.com/etc/logo-isp.png" alt="Intesa Sanpaolo" width="160"></td></tr>
<tr><td style="padding:20px 30px">Gentile GIULIA FERRI,<br><br>la disposizione di bonifico da te inserita &egrave; stata <b>eseguita</b>.</td></tr>
<tr><td style="padding:0 30px 20px 30px">
<table width="100%" cellpadding="6" cellspacing="0" style="border:1px solid #ddd;font-size:13px">
<tr style="background:#f7f7f7"><td width="40%">Beneficiario</td><td>STUDIO BASSI COMMERCIALISTI ASSOCIATI</td></tr>
<tr><td>IBAN beneficiario</td><td>IT71 M030 6912 1431 0000 0004 921</td></tr>
<tr style="background:#f7f7f7"><td>Importo</td><td><b>- 380,64 EUR</b></td></tr>
<tr><td>Commissioni</td><td>0,00 EUR</td></tr>
<tr style="background:#f7f7f7"><td>Data esecuzione</td><td>20/11/2026</td></tr>
<tr><td>Causale</td><td>Fattura n. 112/2026 compenso tenuta contabilit&agrave; III trimestre</td></tr>
<tr style="background:#f7f7f7"><td>Esito</td><td>ESEGUITO</td></tr>
<tr><td>CRO</td><td>0306923458741201480031042IT</td></tr>
</table></td></tr>
<tr><td style="padding:0 30px 20px 30px;font-size:12px;color:#777">Se non riconosci questa operazione chiama subito il numero 800.303.303.<br>Questa &egrave; una comunicazione automatica, ti preghiamo di non rispondere.</td></tr>
</table></body></html>
"""
    return build([
        ("Return-Path", "<bounce-avvisi@comunicazioni.intesasanpaolo.com>"),
        ("From", a("Intesa Sanpaolo", "avvisi@comunicazioni.intesasanpaolo.com")),
        ("To", "giulia@giuliaferri.it"),
        ("Subject", "Bonifico eseguito"),
        ("Date", date(2026, 11, 20, 17, 41, 3)),
        ("Message-ID", "<1763656863504.51932.ALRT@comunicazioni.intesasanpaolo.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_51932_1763656863504"))


# ----------------------------------------------------------------------------------------------- 0004
def _orig_0004():
    return outgoing(a("Tom Fletcher", "tom@fletcherdev.co.uk"), "j.whitfield@kestonmarine.co.uk",
                    "Re: Invoice INV-1047", date(2026, 12, 7, 9, 30, 58, "+0000"),
                    "<mailduns.1047.20261207093058@fletcherdev.co.uk>",
                    reminder_en("Dear James Whitfield,", "INV-1047", "£2,340.00", "30 November 2026",
                                "Tom Fletcher", "GB33 BUKB 2020 1555 5555 55"),
                    in_reply_to="<inv-1047.20261031@fletcherdev.co.uk>")


@message("bounce", "en",
         "Microsoft 365 NDR, 550 5.1.10 RecipientNotFound: permanent; the returned reminder carries an amount "
         "and an invoice number that are not facts of the bounce.",
         failed_recipient="j.whitfield@kestonmarine.co.uk", permanent=True)
def m0004():
    plain = """Your message to j.whitfield@kestonmarine.co.uk couldn't be delivered.

j.whitfield wasn't found at kestonmarine.co.uk.

tom                 Office 365                j.whitfield
Action Required                               Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you're using Outlook, open this message, right-click the address, and remove it from your suggested recipient list.

Was this helpful? Send feedback to Microsoft.

More Info for Email Admins
Status code: 550 5.1.10

This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain.

Original Message Details
Created Date:    07/12/2026 09:30:58
Sender Address:  tom@fletcherdev.co.uk
Recipient Address:    j.whitfield@kestonmarine.co.uk
Subject:    Re: Invoice INV-1047

Error Details
Reported error:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generated by:    LO4P265MB6338.GBRP265.PROD.OUTLOOK.COM
"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>
.bodyText{font-family:Segoe UI,Frutiger,Arial,sans-serif;font-size:14px}</style></head>
<body><div style="background-color:white;"><p style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:16px;color:#000000">
Your message to <a href="mailto:j.whitfield@kestonmarine.co.uk" style="color:#0072C6;text-decoration:none">j.whitfield@kestonmarine.co.uk</a> couldn't be delivered.</p>
<p style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:20px;font-weight:600;color:#000000">j.whitfield wasn't found at kestonmarine.co.uk.</p>
<table style="width:100%"><tr><td style="color:#000000">tom</td><td>Office 365</td><td style="color:#000000">j.whitfield</td></tr>
<tr><td style="color:#c00000;font-weight:600">Action Required</td><td></td><td>Recipient</td></tr></table>
<p style="font-size:16px;font-weight:600">Unknown To address</p>
<p style="font-size:16px;font-weight:600;color:#000000">How to Fix It</p>
<p>The address may be misspelled or may not exist. Try one or more of the following:</p>
<ul><li>Retype the recipient's address, then resend the message.</li>
<li>If you're using Outlook, open this message, right-click the address, and remove it from your suggested recipient list.</li></ul>
<p style="font-size:17px;font-weight:600">More Info for Email Admins</p>
<p><em>Status code: 550 5.1.10</em></p>
<p>This error occurs because the sender sent a message to an email address hosted by Office 365 but the address is incorrect or doesn't exist at the destination domain.</p>
<p><b>Original Message Details</b><br>Created Date: 07/12/2026 09:30:58<br>Sender Address: tom@fletcherdev.co.uk<br>Recipient Address: j.whitfield@kestonmarine.co.uk<br>Subject: Re: Invoice INV-1047</p>
<p><b>Error Details</b><br>Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup<br>DSN generated by: LO4P265MB6338.GBRP265.PROD.OUTLOOK.COM</p>
</div></body></html>
"""
    report = """Reporting-MTA: dns;LO4P265MB6338.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.fletcherdev.co.uk
Arrival-Date: Mon, 7 Dec 2026 09:30:59 +0000

Final-Recipient: rfc822;j.whitfield@kestonmarine.co.uk
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    return build([
        ("Return-Path", "<>"),
        ("From", a("Microsoft Outlook", "postmaster@kestonmarine.onmicrosoft.com")),
        ("To", "tom@fletcherdev.co.uk"),
        ("Date", date(2026, 12, 7, 9, 31, 2, "+0000")),
        ("Subject", "Undeliverable: Re: Invoice INV-1047"),
        ("Message-ID", "<a61f2c90-7d3e-4b8a-9c5e-02f1d8e4b7a3@LO4P265MB6338.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<mailduns.1047.20261207093058@fletcherdev.co.uk>"),
        ("References", "<mailduns.1047.20261207093058@fletcherdev.co.uk>"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "en-GB"),
        ("Auto-Submitted", "auto-replied"),
    ], Multi("report", [
        Multi("alternative", [text(plain), htmlpart(body)], "75b2b1c2-5f3a-4e6d-b19a-3a0f9d2c6e11", params="differences=Content-Type"),
        dsn(report),
        Embedded(_orig_0004()),
    ], "d0a7c8f2-21e9-4c6b-8a51-9b3e04f6a2c7", params="report-type=delivery-status"))


# ----------------------------------------------------------------------------------------------- 0005
@message("payment-notification", "es",
         "BBVA aviso de transferencia recibida; importe y concepto en celdas de tabla; el concepto abrevia "
         "'FRA' (factura) delante del número.",
         amount="1452.00", currency="EUR", reference="2026-0143")
def m0005():
    plain = """Hola, LUCIA:

Has recibido una transferencia en tu cuenta.

Importe: 1.452,00 €
Ordenante: GRUPO ALCOR EVENTOS SL
Concepto: FRA 2026-0143 ALCOR
Fecha: 03/12/2026
Cuenta: ES** **** **** **** **** 7719

Puedes ver el detalle del movimiento en la app BBVA o en bbva.es.

Este correo se ha enviado de forma automática. Por favor, no respondas a este mensaje.
Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao
"""
    body = """<!DOCTYPE html><html lang="es"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">
<title>Transferencia recibida</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:'BentonSans',Arial,sans-serif;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td align="center" style="padding:20px 0;">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" border="0" style="background:#ffffff;">
<tr><td style="background:#072146;padding:18px 24px;"><img src="https://www.bbva.es/content/dam/public-web/global/images/logos/logo_bbva_blanco.png" width="90" alt="BBVA"></td></tr>
<tr><td style="padding:28px 24px 8px 24px;font-size:22px;color:#072146;">Has recibido una transferencia</td></tr>
<tr><td style="padding:0 24px 20px 24px;font-size:15px;color:#121212;">Hola, LUCIA:</td></tr>
<tr><td style="padding:0 24px;">
<table role="presentation" width="100%" cellspacing="0" cellpadding="10" border="0" style="border-top:1px solid #e9e9e9;font-size:14px;color:#121212;">
<tr><td style="color:#666666;border-bottom:1px solid #e9e9e9;">Importe</td><td align="right" style="border-bottom:1px solid #e9e9e9;font-size:20px;color:#028484;"><strong>1.452,00&nbsp;&euro;</strong></td></tr>
<tr><td style="color:#666666;border-bottom:1px solid #e9e9e9;">Ordenante</td><td align="right" style="border-bottom:1px solid #e9e9e9;">GRUPO ALCOR EVENTOS SL</td></tr>
<tr><td style="color:#666666;border-bottom:1px solid #e9e9e9;">Concepto</td><td align="right" style="border-bottom:1px solid #e9e9e9;">FRA 2026-0143 ALCOR</td></tr>
<tr><td style="color:#666666;border-bottom:1px solid #e9e9e9;">Fecha</td><td align="right" style="border-bottom:1px solid #e9e9e9;">03/12/2026</td></tr>
<tr><td style="color:#666666;">Cuenta</td><td align="right">ES** **** **** **** **** 7719</td></tr>
</table></td></tr>
<tr><td style="padding:24px;"><a href="https://www.bbva.es/personas.html" style="background:#1973b8;color:#ffffff;padding:12px 22px;text-decoration:none;font-size:14px;">Ver movimiento</a></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:11px;color:#999999;">Este correo se ha enviado de forma autom&aacute;tica. Por favor, no respondas a este mensaje.<br>Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicol&aacute;s, 4 - 48005 Bilbao</td></tr>
</table></td></tr></table></body></html>
"""
    return build([
        ("Return-Path", "<0101019ad2f1b3e4-bbva-avisos@bounce.bbva.es>"),
        ("From", a("BBVA", "avisos@comunicaciones.bbva.es")),
        ("To", "lucia@lucianavarro.es"),
        ("Subject", h("Has recibido una transferencia de 1.452,00 €")),
        ("Date", date(2026, 12, 3, 8, 47, 21)),
        ("Message-ID", "<0101019ad2f1b3e4-7e1c2a55-93b4-4d1f-a8c2-5b0e6f7d1a90-000000@eu-west-1.amazonses.com>"),
        ("List-Unsubscribe", "<https://www.bbva.es/personas/preferencias-notificaciones.html>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_2201933_1190547851.1764748041178"))


# ----------------------------------------------------------------------------------------------- 0006
@message("payment-notification", "en",
         "Barclays plain-text alert of a Faster Payment into the account; the payer's reference is the invoice "
         "number.",
         amount="1150.00", currency="GBP", reference="INV-0342")
def m0006():
    plain = """Dear Miss Shah

You've received a payment

We're letting you know that a payment has been made into your Barclays Business Current Account ending 4471.

Amount:        GBP 1,150.00
From:          HARTLEY & CO
Reference:     INV-0342
Payment type:  Faster Payment
Date:          15/01/2027

You can see this payment and your balance in the Barclays app or Online Banking.

To change which alerts you get, log in to Online Banking and go to 'Manage alerts'.

Please don't reply to this email - this mailbox isn't monitored.

Barclays Bank UK PLC. Authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority (Financial Services Register No. 759676). Registered in England. Registered No. 9740322. Registered Office: 1 Churchill Place, London E14 5HP.
"""
    return build([
        ("Return-Path", "<alerts-bounce@alerts.barclays.co.uk>"),
        ("From", a("Barclays", "alerts@alerts.barclays.co.uk")),
        ("To", "priya@shahillustration.com"),
        ("Subject", "You've received a payment"),
        ("Date", date(2027, 1, 15, 14, 22, 7, "+0000")),
        ("Message-ID", "<20270115142207.7C41A0091@alerts.barclays.co.uk>"),
    ], text(plain, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 0007
@message("other", "es",
         "Stripe payout (Spanish): the freelancer's own Stripe balance going to her bank; money already "
         "hers moving between accounts, not a client's payment, even though it says 'está de camino'.")
def m0007():
    plain = """Tu transferencia está de camino

Hola, Javier:

Hemos iniciado una transferencia de 1.034,20 € desde tu saldo de Stripe a tu cuenta bancaria.

Importe: 1.034,20 €
Fecha de llegada prevista: 12 ene 2027
Cuenta bancaria: CAIXABANK •••• 2281
ID de la transferencia: po_1QzX8vLk3R2mT9aPq0sHc4dE

Ver la transferencia: https://dashboard.stripe.com/payouts/po_1QzX8vLk3R2mT9aPq0sHc4dE

Las transferencias suelen tardar entre 1 y 2 días hábiles en llegar, según tu banco.

Stripe Payments Europe, Limited · 1 Grand Canal Street Lower, Grand Canal Dock, Dublín, D02 H210, Irlanda
"""
    body = """<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="background-color:#f6f9fc;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Ubuntu,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:32px 0;border-radius:8px;">
<tr><td style="padding:32px 48px 0 48px;"><img src="https://stripe-images.s3.amazonaws.com/notifications/hosted/stripe_logo.png" width="49" height="20" alt="Stripe"></td></tr>
<tr><td style="padding:24px 48px 0 48px;color:#32325d;font-size:24px;">Tu transferencia est&aacute; de camino</td></tr>
<tr><td style="padding:16px 48px 0 48px;color:#525f7f;font-size:16px;line-height:24px;">Hola, Javier:<br>Hemos iniciado una transferencia de <strong>1.034,20&nbsp;&euro;</strong> desde tu saldo de Stripe a tu cuenta bancaria.</td></tr>
<tr><td style="padding:24px 48px;"><table width="100%" cellpadding="8" cellspacing="0" style="background:#f6f9fc;border-radius:4px;font-size:14px;color:#525f7f;">
<tr><td>Importe</td><td align="right" style="color:#32325d;">1.034,20&nbsp;&euro;</td></tr>
<tr><td>Fecha de llegada prevista</td><td align="right" style="color:#32325d;">12 ene 2027</td></tr>
<tr><td>Cuenta bancaria</td><td align="right" style="color:#32325d;">CAIXABANK &bull;&bull;&bull;&bull; 2281</td></tr>
<tr><td>ID de la transferencia</td><td align="right" style="color:#32325d;font-family:Menlo,monospace;font-size:12px;">po_1QzX8vLk3R2mT9aPq0sHc4dE</td></tr>
</table></td></tr>
<tr><td style="padding:0 48px 24px 48px;"><a href="https://dashboard.stripe.com/payouts/po_1QzX8vLk3R2mT9aPq0sHc4dE" style="background:#635bff;color:#fff;border-radius:4px;padding:10px 18px;text-decoration:none;font-size:14px;">Ver la transferencia</a></td></tr>
<tr><td style="padding:0 48px 32px 48px;color:#8898aa;font-size:12px;">Las transferencias suelen tardar entre 1 y 2 d&iacute;as h&aacute;biles en llegar, seg&uacute;n tu banco.<br><br>Stripe Payments Europe, Limited &middot; 1 Grand Canal Street Lower, Grand Canal Dock, Dubl&iacute;n, D02 H210, Irlanda</td></tr>
</table></td></tr></table></body></html>
"""
    return build([
        ("From", a("Stripe", "notifications@stripe.com")),
        ("Reply-To", "support@stripe.com"),
        ("To", "javier@ortegaweb.es"),
        ("Subject", h("Tu transferencia de 1.034,20 € está de camino")),
        ("Date", date(2027, 1, 8, 3, 12, 44, "+0000")),
        ("Message-ID", "<0100019445a2c7d1-payout-po_1QzX8vLk3R2mT9aPq0sHc4dE@email.stripe.com>"),
        ("X-Stripe-Notification", "payout.paid.initiated"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "--==_mimepart_677dea3c8b21e_5a2c3fe1d4c0a"))


# ----------------------------------------------------------------------------------------------- 0008
@message("auto-reply", "it",
         "Gmail vacation responder (Auto-Submitted: auto-replied) that gives only a weekday: 'rientro lunedì' "
         "from Wednesday 20 January 2027 means Monday 25 January.",
         return_date="2027-01-25")
def m0008():
    plain = """Ciao! Sono in trasferta per la fiera di Verona e rientro lunedì.
Fino ad allora leggo la posta a singhiozzo, quindi non aspettatevi risposte veloci :)
Per cose urgenti chiamate in negozio allo 0471 970 223, c'è Sara.

Federica
Fiori di Campo - Bolzano
"""
    body = """<div dir="ltr"><div>Ciao! Sono in trasferta per la fiera di Verona e rientro luned&igrave;.</div><div>Fino ad allora leggo la posta a singhiozzo, quindi non aspettatevi risposte veloci :)</div><div>Per cose urgenti chiamate in negozio allo 0471 970 223, c&#39;&egrave; Sara.</div><div><br></div><div>Federica</div><div>Fiori di Campo - Bolzano</div></div>
"""
    return build([
        ("Delivered-To", "davide.rinaldi.foto@gmail.com"),
        ("Received", "by 2002:a05:6214:5e06:b0:6d8:8a61:1c3e with SMTP id li6csp3021127qvb;\n        " + date(2027, 1, 20, 2, 5, 9, "-0800", " (PST)")),
        ("Return-Path", "<>"),
        ("Auto-Submitted", "auto-replied"),
        ("From", a("Federica Conti", "fiori.dicampo.bz@gmail.com")),
        ("To", "davide.rinaldi.foto@gmail.com"),
        ("Subject", h("Fuori sede fino a lunedì")),
        ("Date", date(2027, 1, 20, 11, 5, 8)),
        ("Message-ID", "<CAGh7f3x=vacation.Rk2pLq8mN0aZ@mail.gmail.com>"),
        ("In-Reply-To", "<mailduns.33-2026.20270120110455@gmail.com>"),
        ("References", "<mailduns.33-2026.20270120110455@gmail.com>"),
        ("Precedence", "bulk"),
        ("X-Autoreply", "yes"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "000000000000c8a1d5062b9f4e77"))


# ----------------------------------------------------------------------------------------------- 0009
@message("payment-notification", "it",
         "UniCredit plain-text credit advice in ISO-8859-1 (so 'EUR', no euro sign); the causale names invoice "
         "3/2027 before the payer's name.",
         amount="480.00", currency="EUR", reference="3/2027")
def m0009():
    plain = """Gentile Cliente,

La informiamo che in data 12/01/2027 è stato accreditato sul Suo conto
corrente n. ****8812 un bonifico SEPA con le seguenti caratteristiche:

  Importo ........................ EUR 480,00
  Data valuta .................... 12/01/2027
  Ordinante ...................... ROSSI IMPIANTI SNC DI ROSSI G. & C.
  Banca ordinante ................ BPER BANCA S.P.A.
  Causale ........................ FATT. 3/2027 ROSSI IMPIANTI
  Identificativo operazione ...... 2027011200481233

Il saldo aggiornato è disponibile su UniCredit Banca via Internet e
sull'App Mobile Banking.

Cordiali saluti
UniCredit S.p.A.

--
Messaggio generato automaticamente, si prega di non rispondere.
Per modificare i servizi di notifica acceda alla sezione "Alert" di
UniCredit Banca via Internet.
"""
    return build([
        ("Return-Path", "<notifiche@unicredit.it>"),
        ("Received", "from smtpout3.unicredit.it (smtpout3.unicredit.it [213.215.130.23])\n\tby mx.espositodev.it (Postfix) with ESMTP id 5B1C12A0F7\n\tfor <marco.esposito@espositodev.it>; " + date(2027, 1, 12, 15, 37, 40, "+0100", " (CET)")),
        ("From", a("UniCredit", "notifiche@unicredit.it")),
        ("To", "marco.esposito@espositodev.it"),
        ("Subject", "UniCredit - Avviso accredito bonifico"),
        ("Date", date(2027, 1, 12, 15, 37, 38)),
        ("Message-ID", "<20270112153738.ALRT0048123@notifiche.unicredit.it>"),
    ], text(plain, charset="iso-8859-1"))


# ----------------------------------------------------------------------------------------------- 0010
def _orig_0010():
    return outgoing(a("Chiara Sartori", "chiara@sartoritraduzioni.it"), "amministrazione@ediliziacolombo.it",
                    "R: Fattura n. 27/2026", date(2027, 1, 28, 9, 11, 40),
                    "<mailduns.27-2026.20270128091140@sartoritraduzioni.it>",
                    reminder_it("Spett.le Edilizia Colombo S.r.l.,", "27/2026", "915,00 €", "15/01/2027",
                                "Chiara Sartori", "IT02 L012 3412 3450 0000 0012 345"))


@message("bounce", "it",
         "Exchange NDR in Italian: the mailbox is full and the text suggests trying later, but the status is "
         "554 5.2.2, so by its code the failure is permanent.",
         failed_recipient="amministrazione@ediliziacolombo.it", permanent=True)
def m0010():
    plain = """Il recapito non è riuscito per i seguenti destinatari o gruppi:

amministrazione@ediliziacolombo.it<mailto:amministrazione@ediliziacolombo.it>
La casella postale del destinatario è piena e non può accettare messaggi in questo momento. Riprova a inviare il messaggio più tardi o contatta direttamente il destinatario.







Informazioni di diagnostica per gli amministratori:

Server di generazione: VI1PR03MB6254.eurprd03.prod.outlook.com

amministrazione@ediliziacolombo.it
Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Intestazioni originali del messaggio:

Received: from mail.sartoritraduzioni.it (93.57.240.18) by
 VI1PR03MB6254.eurprd03.prod.outlook.com with Microsoft SMTP Server;
 Thu, 28 Jan 2027 08:11:42 +0000
From: Chiara Sartori <chiara@sartoritraduzioni.it>
To: amministrazione@ediliziacolombo.it
Subject: R: Fattura n. 27/2026
Date: Thu, 28 Jan 2027 09:11:40 +0100
Message-ID: <mailduns.27-2026.20270128091140@sartoritraduzioni.it>
"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body><p><b><font color="#000066" size="3" face="Arial">Il recapito non &egrave; riuscito per i seguenti destinatari o gruppi:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:amministrazione@ediliziacolombo.it">amministrazione@ediliziacolombo.it</a><br>
</font><font color="#000000" size="3" face="Arial">La casella postale del destinatario &egrave; piena e non pu&ograve; accettare messaggi in questo momento. Riprova a inviare il messaggio pi&ugrave; tardi o contatta direttamente il destinatario.</font></p>
<font color="#808080" size="2" face="Tahoma"><p>Informazioni di diagnostica per gli amministratori:</p><p>Server di generazione: VI1PR03MB6254.eurprd03.prod.outlook.com</p>
<p>amministrazione@ediliziacolombo.it<br>Remote Server returned '554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'</p></font>
</body></html>
"""
    report = """Reporting-MTA: dns;VI1PR03MB6254.eurprd03.prod.outlook.com
Received-From-MTA: dns;mail.sartoritraduzioni.it
Arrival-Date: Thu, 28 Jan 2027 08:11:42 +0000

Final-Recipient: rfc822;amministrazione@ediliziacolombo.it
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;554 5.2.2 mailbox full;
 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded
"""
    orig = _orig_0010()
    headers_only = orig.split(b"\n\n", 1)[0] + b"\n"
    return build([
        ("Return-Path", "<>"),
        ("From", a("", "postmaster@ediliziacolombo.it")),
        ("To", "<chiara@sartoritraduzioni.it>"),
        ("Date", date(2027, 1, 28, 8, 11, 44, "+0000")),
        ("Content-Language", "it-IT"),
        ("Message-ID", "<8b2d4f10-3e6a-4c1b-9d7f-6a0e2c5b8f31@VI1PR03MB6254.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", "<mailduns.27-2026.20270128091140@sartoritraduzioni.it>"),
        ("References", "<mailduns.27-2026.20270128091140@sartoritraduzioni.it>"),
        ("Subject", "Non recapitabile: R: Fattura n. 27/2026"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Auto-Submitted", "auto-replied"),
    ], Multi("report", [
        Multi("alternative", [text(plain, charset="iso-8859-1"), htmlpart(body, charset="iso-8859-1")],
              "a7c0e4d2-1b88-4f5e-9c33-0d6e2b9f7a15", params="differences=Content-Type"),
        dsn(report),
        Embedded(headers_only, ctype="text/rfc822-headers"),
    ], "c3f9a1e7-5d20-4b6a-8e4c-71b5d0a9e2f8", params="report-type=delivery-status"))

# ----------------------------------------------------------------------------------------------- 0011
_RC_XML = """<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="RC_v1.1.xsl"?>
<ns3:RicevutaConsegna xmlns:ns3="http://www.fatturapa.gov.it/sdi/messaggi/v1.0" xmlns:ns2="http://www.w3.org/2000/09/xmldsig#" versione="1.0">
    <IdentificativoSdI>16384729105</IdentificativoSdI>
    <NomeFile>IT03967540874_00A7K.xml</NomeFile>
    <Hash>3f0c9a1d7be24c58a9e1d40b6f7c2e8a5d13b9f0e7a4c6d2b8e1f5a0c3d9b7e2</Hash>
    <DataOraRicezione>2026-11-16T11:42:07.000+01:00</DataOraRicezione>
    <DataOraConsegna>2026-11-16T13:58:31.000+01:00</DataOraConsegna>
    <Destinatario>
        <Codice>M5UXCR1</Codice>
        <Descrizione>Codice destinatario M5UXCR1</Descrizione>
    </Destinatario>
    <MessageId>8421930577</MessageId>
    <Note>Ricevuta di consegna</Note>
</ns3:RicevutaConsegna>
"""

_DATICERT_0011 = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="posta-certificata" errore="nessuno">
    <intestazione>
        <mittente>sdi27@pec.fatturapa.it</mittente>
        <destinatari tipo="certificato">elena.moretti@pec.it</destinatari>
        <risposte>sdi27@pec.fatturapa.it</risposte>
        <oggetto>Ricevuta di consegna 16384729105</oggetto>
    </intestazione>
    <dati>
        <gestore-emittente>SOGEI S.P.A.</gestore-emittente>
        <data zona="+0100">
            <giorno>16/11/2026</giorno>
            <ora>14:03:12</ora>
        </data>
        <identificativo>opec21012.20261116140312.19273.612.1.53@pec.fatturapa.it</identificativo>
        <msgid>&lt;1463529011.8421930577.1794834192001@pec.fatturapa.it&gt;</msgid>
    </dati>
</postacert>
"""


@message("other", "it",
         "SdI delivery receipt (RC) for the freelancer's own e-invoice, sent by PEC: it says the invoice reached "
         "the client's channel, nothing about payment.")
def m0011():
    inner = build([
        ("From", "sdi27@pec.fatturapa.it"),
        ("To", "elena.moretti@pec.it"),
        ("Subject", "Ricevuta di consegna 16384729105"),
        ("Date", date(2026, 11, 16, 14, 3, 12, "+0100", " (CET)")),
        ("Message-ID", "<1463529011.8421930577.1794834192001@pec.fatturapa.it>"),
    ], Multi("mixed", [
        text("Il file in allegato e' una notifica del Sistema di Interscambio.\n", charset="UTF-8", cte="7bit"),
        attach("application/octet-stream", "IT03967540874_00A7K_RC_001.xml", _RC_XML.encode("utf-8")),
    ], "----=_Part_30442_1101958203.1794834192001"))
    plain = """Messaggio di posta certificata

Il giorno 16/11/2026 alle ore 14:03:12 (+0100) il messaggio
"Ricevuta di consegna 16384729105" è stato inviato da "sdi27@pec.fatturapa.it"
indirizzato a:
elena.moretti@pec.it
Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec21012.20261116140312.19273.612.1.53@pec.fatturapa.it
"""
    body = """<html><head><title>Messaggio di posta certificata</title></head>
<body><h3>Messaggio di posta certificata</h3><hr><br>
Il giorno 16/11/2026 alle ore 14:03:12 (+0100) il messaggio<br>
&quot;Ricevuta di consegna 16384729105&quot; &egrave; stato inviato da &quot;sdi27@pec.fatturapa.it&quot;<br>
indirizzato a:<br>elena.moretti@pec.it<br>
Il messaggio originale &egrave; incluso in allegato.<br>
Identificativo messaggio: opec21012.20261116140312.19273.612.1.53@pec.fatturapa.it<br>
</body></html>
"""
    mixed = Multi("mixed", [
        Multi("alternative", [text(plain, charset="iso-8859-1"), htmlpart(body, charset="iso-8859-1")],
              "----------=_1794834192-19273-613"),
        attach("application/xml", "daticert.xml", _DATICERT_0011.encode("utf-8"), disposition="inline"),
        Embedded(inner, filename="postacert.eml"),
    ], "----------=_1794834192-19273-612")
    signed = Multi("signed", [mixed, attach("application/x-pkcs7-signature", "smime.p7s",
                                            b"0\x82\x06\x1d\x06\t*\x86H\x86\xf7\r\x01\x07\x02\xa0\x82\x06\x0e0\x82\x06\n\x02\x01\x011\x0b0\t\x06\x05+\x0e\x03\x02\x1a\x05\x00")],
                   "----B7D31E0F5C2A9384E61F0A4C7D22E915",
                   params='protocol="application/x-pkcs7-signature"; micalg="sha1"',
                   preamble="This is an S/MIME signed message")
    return build([
        ("Return-Path", "<posta-certificata@pcert.sogei.it>"),
        ("Received", "from smtpecshgo04.pec.ad.aruba.it (localhost [127.0.0.1])\n\tby smtpecshgo04.pec.ad.aruba.it (lmtpd) with LMTP id 20931.004;\n\t" + date(2026, 11, 16, 14, 3, 15, "+0100", " (CET)")),
        ("Subject", "POSTA CERTIFICATA: Ricevuta di consegna 16384729105"),
        ("X-Riferimento-Message-ID", "<1463529011.8421930577.1794834192001@pec.fatturapa.it>"),
        ("Date", date(2026, 11, 16, 14, 3, 12)),
        ("X-Trasporto", "posta-certificata"),
        ("Message-ID", "<opec21012.20261116140312.19273.612.1.53@pec.fatturapa.it>"),
        ("To", "elena.moretti@pec.it"),
        ("From", '"Per conto di: sdi27@pec.fatturapa.it" <posta-certificata@pcert.sogei.it>'),
        ("Reply-To", "sdi27@pec.fatturapa.it"),
        ("X-TipoRicevuta", "completa"),
    ], signed)


# ----------------------------------------------------------------------------------------------- 0012
@message("payment-notification", "en",
         "Stripe 'invoice paid' notice to the account owner: the client paid a Stripe-hosted invoice; the invoice "
         "number is Stripe's (8C1D9A2E-0012), the amount is in a table cell.",
         amount="600.00", currency="GBP", reference="8C1D9A2E-0012")
def m0012():
    plain = """Payment received

Oakfield Lettings Ltd paid invoice 8C1D9A2E-0012.

Amount paid      £600.00
Invoice number   8C1D9A2E-0012
Customer         Oakfield Lettings Ltd (finance@oakfieldlettings.co.uk)
Payment method   Bacs Direct Debit •••• 0917
Paid on          2 Feb 2027

View invoice: https://dashboard.stripe.com/invoices/in_1Qr7T2Hk9sVfLw3B8x1YcD0p

Funds will be included in your next payout to your bank account.

You're receiving this email because you're an administrator of Okafor Audio on Stripe.
Manage notifications: https://dashboard.stripe.com/settings/user

Stripe, 7th Floor, The Bower, 207-211 Old Street, London EC1V 9NR
"""
    body = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background-color:#f6f9fc;margin:0;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Ubuntu,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:32px 0;">
<tr><td style="padding:32px 48px 0 48px;"><img src="https://stripe-images.s3.amazonaws.com/notifications/hosted/stripe_logo.png" width="49" height="20" alt="Stripe"></td></tr>
<tr><td style="padding:24px 48px 0 48px;color:#32325d;font-size:24px;">Payment received</td></tr>
<tr><td style="padding:12px 48px 0 48px;color:#525f7f;font-size:16px;">Oakfield Lettings Ltd paid invoice 8C1D9A2E-0012.</td></tr>
<tr><td style="padding:24px 48px;">
<table width="100%" cellpadding="10" cellspacing="0" style="font-size:14px;color:#525f7f;border-top:1px solid #e6ebf1;">
<tr><td style="border-bottom:1px solid #e6ebf1;">Amount paid</td><td align="right" style="border-bottom:1px solid #e6ebf1;color:#32325d;font-weight:600;">&pound;600.00</td></tr>
<tr><td style="border-bottom:1px solid #e6ebf1;">Invoice number</td><td align="right" style="border-bottom:1px solid #e6ebf1;color:#32325d;">8C1D9A2E-0012</td></tr>
<tr><td style="border-bottom:1px solid #e6ebf1;">Customer</td><td align="right" style="border-bottom:1px solid #e6ebf1;color:#32325d;">Oakfield Lettings Ltd<br><span style="color:#8898aa;">finance@oakfieldlettings.co.uk</span></td></tr>
<tr><td style="border-bottom:1px solid #e6ebf1;">Payment method</td><td align="right" style="border-bottom:1px solid #e6ebf1;color:#32325d;">Bacs Direct Debit &bull;&bull;&bull;&bull; 0917</td></tr>
<tr><td>Paid on</td><td align="right" style="color:#32325d;">2 Feb 2027</td></tr>
</table></td></tr>
<tr><td style="padding:0 48px 24px 48px;"><a href="https://dashboard.stripe.com/invoices/in_1Qr7T2Hk9sVfLw3B8x1YcD0p" style="background:#635bff;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none;font-size:14px;">View invoice</a></td></tr>
<tr><td style="padding:0 48px 24px 48px;color:#525f7f;font-size:14px;">Funds will be included in your next payout to your bank account.</td></tr>
<tr><td style="padding:0 48px 32px 48px;color:#8898aa;font-size:12px;">You're receiving this email because you're an administrator of Okafor Audio on Stripe. <a href="https://dashboard.stripe.com/settings/user" style="color:#556cd6;">Manage notifications</a>.<br><br>Stripe, 7th Floor, The Bower, 207-211 Old Street, London EC1V 9NR</td></tr>
</table></td></tr></table></body></html>
"""
    return build([
        ("From", a("Stripe", "notifications@stripe.com")),
        ("To", "sam@okaforaudio.co.uk"),
        ("Subject", h("Payment of £600.00 from Oakfield Lettings Ltd")),
        ("Date", date(2027, 2, 2, 11, 48, 3, "+0000")),
        ("Message-ID", "<010001950f3a8c21-invoice.paid-in_1Qr7T2Hk9sVfLw3B8x1YcD0p@email.stripe.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "--==_mimepart_679f5c9b1e2c4_7c3a2b18d402"))


# ----------------------------------------------------------------------------------------------- 0013
@message("payment-notification", "es",
         "CaixaBank aviso de abono en texto plano (ISO-8859-1): un solo importe paga dos facturas (88 y 89), así "
         "que no hay una referencia única.",
         amount="605.00", currency="EUR")
def m0013():
    plain = """CaixaBank le informa:

Se ha recibido una transferencia a su favor.

Cuenta de abono:   ES** **** **** **** **** 4406
Importe:           605,00 EUR
Ordenante:         ESCOLA BRESSOL EL NIU SCCL
Concepto:          PAGO FRAS. 88 Y 89/2026
Fecha operación:   09/12/2026
Fecha valor:       09/12/2026

Puede consultar el detalle en CaixaBankNow.

Este es un mensaje automático. Por favor, no responda a esta dirección.
Si no desea recibir más avisos de este tipo, puede modificar su configuración
de alertas en CaixaBankNow > Configuración > Alertas.

CaixaBank, S.A. - C/ Pintor Sorolla, 2-4 - 46002 Valencia - NIF A08663619
"""
    return build([
        ("Return-Path", "<alertas@caixabank.com>"),
        ("From", a("CaixaBank", "alertas@caixabank.com")),
        ("To", "marta@puigtraduccions.cat"),
        ("Subject", "CaixaBank: Transferencia recibida"),
        ("Date", date(2026, 12, 9, 7, 15, 30)),
        ("Message-ID", "<20261209071530.A4406.27710934@alertas.caixabank.com>"),
    ], text(plain, charset="iso-8859-1", cte="8bit"))


# ----------------------------------------------------------------------------------------------- 0014
@message("auto-reply", "es",
         "Acuse de recibo automático de un departamento de cuentas a pagar: cita su plazo habitual de 60 días, "
         "lo que no es una promesa de pago con fecha, ni dice cuándo vuelve nadie.")
def m0014():
    plain = """Este es un mensaje automático, por favor no responda.

Hemos recibido su correo en el buzón de Recepción de Facturas de Hoteles Levante Mar, S.L.

Le recordamos que:
 - Solo se tramitan facturas en PDF dirigidas a Hoteles Levante Mar, S.L. (CIF B03458721) con número de pedido.
 - El plazo de pago habitual es de 60 días desde la fecha de recepción de la factura, mediante transferencia los días 10 y 25 de cada mes.
 - Las consultas sobre el estado de pagos se atienden los martes y jueves de 9:00 a 14:00 en el 965 44 21 80 (ext. 3).

Gracias por su colaboración.

Departamento de Administración
Hoteles Levante Mar, S.L.
Avda. de la Costa Blanca, 112 - 03540 Alicante

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Hoteles Levante Mar, S.L. Si usted no es el destinatario final, por favor, elimínelo e infórmenos por esta vía.
"""
    return build([
        ("Return-Path", "<>"),
        ("From", a("Recepción Facturas - Hoteles Levante Mar", "facturas@hoteleslevantemar.es")),
        ("To", a("Javier Ortega", "javier@ortegaweb.es")),
        ("Subject", h("Acuse de recibo: RE: Factura n.º 2026-051")),
        ("Date", date(2026, 12, 14, 10, 2, 41)),
        ("Message-ID", "<autoresp.20261214100241.55183@mail.hoteleslevantemar.es>"),
        ("In-Reply-To", "<mailduns.2026-051.20261214100230@ortegaweb.es>"),
        ("References", "<mailduns.2026-051.20261214100230@ortegaweb.es>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Autoreply", "yes"),
        ("Precedence", "auto_reply"),
    ], text(plain, charset="utf-8", cte="8bit"))


# ----------------------------------------------------------------------------------------------- 0015
@message("other", "en",
         "Stripe refund the freelancer issued to a customer: money going out of his balance; 'refund' and the "
         "amount look like a payment but the direction is the other way.")
def m0015():
    plain = """Refund initiated

You've refunded £120.00 to Marlow Yoga Studio.

Refund amount     £120.00
Original charge   £480.00 on 14 Jan 2027
Customer          hello@marlowyoga.co.uk
Reason            Requested by customer
Refund ID         re_3QfT0aHk9sVfLw3B1Zr8pN2c

Refunds take 5-10 business days to appear on your customer's statement. The refunded amount and any
fees that aren't returned will be deducted from your Stripe balance.

View payment: https://dashboard.stripe.com/payments/pi_3QfT0aHk9sVfLw3B0a7kY4mE

Stripe, 7th Floor, The Bower, 207-211 Old Street, London EC1V 9NR
"""
    body = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background-color:#f6f9fc;margin:0;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:32px auto;">
<tr><td style="padding:32px 48px 0 48px;"><img src="https://stripe-images.s3.amazonaws.com/notifications/hosted/stripe_logo.png" width="49" height="20" alt="Stripe"></td></tr>
<tr><td style="padding:24px 48px 0 48px;color:#32325d;font-size:24px;">Refund initiated</td></tr>
<tr><td style="padding:12px 48px 0 48px;color:#525f7f;font-size:16px;">You&#39;ve refunded &pound;120.00 to Marlow Yoga Studio.</td></tr>
<tr><td style="padding:24px 48px;"><table width="100%" cellpadding="10" cellspacing="0" style="font-size:14px;color:#525f7f;border-top:1px solid #e6ebf1;">
<tr><td>Refund amount</td><td align="right" style="color:#32325d;">&pound;120.00</td></tr>
<tr><td>Original charge</td><td align="right" style="color:#32325d;">&pound;480.00 on 14 Jan 2027</td></tr>
<tr><td>Customer</td><td align="right" style="color:#32325d;">hello@marlowyoga.co.uk</td></tr>
<tr><td>Reason</td><td align="right" style="color:#32325d;">Requested by customer</td></tr>
<tr><td>Refund ID</td><td align="right" style="color:#32325d;font-family:Menlo,monospace;font-size:12px;">re_3QfT0aHk9sVfLw3B1Zr8pN2c</td></tr>
</table></td></tr>
<tr><td style="padding:0 48px 32px 48px;color:#8898aa;font-size:12px;">Refunds take 5-10 business days to appear on your customer&#39;s statement. The refunded amount and any fees that aren&#39;t returned will be deducted from your Stripe balance.</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Stripe", "notifications@stripe.com")),
        ("To", "sam@okaforaudio.co.uk"),
        ("Subject", h("Refund of £120.00 to Marlow Yoga Studio")),
        ("Date", date(2027, 1, 21, 16, 30, 12, "+0000")),
        ("Message-ID", "<0100019488d1b7a4-charge.refunded-re_3QfT0aHk9sVfLw3B1Zr8pN2c@email.stripe.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "--==_mimepart_678fccac3d1f2_4b2e19a7c5e1"))


# ----------------------------------------------------------------------------------------------- 0016
def _orig_0016():
    return outgoing(a("Aoife Byrne", "aoife@byrnecopy.ie"), "accounts@brightwave-media.com",
                    "Re: Invoice BC-2026-058", date(2026, 11, 5, 10, 20, 51, "+0000"),
                    "<mailduns.BC-2026-058.20261105102051@byrnecopy.ie>",
                    reminder_en("Dear Accounts Team,", "BC-2026-058", "€1,480.00", "31 October 2026",
                                "Aoife Byrne", "IE29 AIBK 9311 5212 3456 78", kind="due"))


@message("bounce", "en",
         "Gmail (Google Workspace) 'Address not found' DSN, 550 5.1.1: permanent.",
         failed_recipient="accounts@brightwave-media.com", permanent=True)
def m0016():
    plain = """
** Address not found **

Your message wasn't delivered to accounts@brightwave-media.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <accounts@brightwave-media.com>: Recipient address rejected: User unknown in virtual mailbox table
"""
    body = """<html>
<head>
<style>
* {
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Error Icon" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">
Address not found
</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">
Your message wasn't delivered to <a style='color:#212121;text-decoration:none'><b>accounts@brightwave-media.com</b></a> because the address couldn't be found, or is unable to receive mail.
</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left">
<a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">LEARN MORE</a>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%">
<td align="left" style="padding:48px 10px">
The response from the remote server was:<br/>
<p style="font-family:monospace">
550 5.1.1 &lt;accounts@brightwave-media.com&gt;: Recipient address rejected: User unknown in virtual mailbox table
</p>
</td>
</tr>
</tbody></table>
</body>
</html>
"""
    report = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Thu, 05 Nov 2026 02:20:52 -0800 (PST)
X-Original-Message-ID: <mailduns.BC-2026-058.20261105102051@byrnecopy.ie>

Final-Recipient: rfc822; accounts@brightwave-media.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.brightwave-media.com. (185.199.220.41, the server for the
 domain brightwave-media.com.)
Diagnostic-Code: smtp; 550 5.1.1 <accounts@brightwave-media.com>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Thu, 05 Nov 2026 02:20:53 -0800 (PST)
"""
    orig = _orig_0016()
    return build([
        ("Delivered-To", "aoife@byrnecopy.ie"),
        ("Return-Path", "<>"),
        ("From", a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", "aoife@byrnecopy.ie"),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", "<mailduns.BC-2026-058.20261105102051@byrnecopy.ie>"),
        ("In-Reply-To", "<mailduns.BC-2026-058.20261105102051@byrnecopy.ie>"),
        ("X-Failed-Recipients", "accounts@brightwave-media.com"),
        ("Message-ID", "<6728a3f5.050a0220.1f3c2a.8e41.GMR@mx.google.com>"),
        ("Date", date2(2026, 11, 5, 2, 20, 53, "-0800", " (PST)")),
    ], Multi("report", [
        Multi("related", [
            Multi("alternative", [text(plain, charset="UTF-8"), htmlpart(body, charset="UTF-8")],
                  "000000000000c3b9a40626e1f7a2"),
            attach("image/png", "icon.png", tiny_png(), disposition="inline", extra=["Content-ID: <icon.png>"]),
        ], "000000000000c3b9940626e1f7a1"),
        dsn(report),
        Embedded(orig.split(b"\n\n", 1)[0] + b"\n", ctype="text/rfc822-headers"),
    ], "000000000000c3b8f50626e1f7a0", params="report-type=delivery-status"))


# ----------------------------------------------------------------------------------------------- 0017
@message("payment-notification", "it",
         "Fineco, HTML only in base64: a bonifico whose causale says ACCONTO, i.e. a part payment of invoice "
         "21/2026; the amount is what came in, not the invoice total.",
         amount="2500.00", currency="EUR", reference="21/2026")
def m0017():
    body = """<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><title>FinecoBank - Bonifico ricevuto</title></head>
<body style="margin:0;padding:0;background:#ebeef2;font-family:Arial,sans-serif;">
<center>
<table width="620" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
<tr><td style="background:#003d7c;padding:20px 30px;"><img src="https://www.finecobank.com/public/img/fineco-logo-white.png" alt="FinecoBank" width="140"></td></tr>
<tr><td style="padding:30px 30px 10px 30px;font-size:20px;color:#003d7c;font-weight:bold;">Hai ricevuto un bonifico</td></tr>
<tr><td style="padding:0 30px 20px 30px;font-size:14px;color:#333;">Gentile Cliente,<br>ti comunichiamo che &egrave; stato accreditato un bonifico sul tuo conto Fineco.</td></tr>
<tr><td style="padding:0 30px;">
<table width="100%" cellpadding="8" cellspacing="0" border="0" style="font-size:14px;color:#333;">
<tr><td style="border-bottom:1px solid #e0e0e0;color:#777;" width="45%">Importo</td><td style="border-bottom:1px solid #e0e0e0;font-weight:bold;">&euro; 2.500,00</td></tr>
<tr><td style="border-bottom:1px solid #e0e0e0;color:#777;">Ordinante</td><td style="border-bottom:1px solid #e0e0e0;">CONSORZIO AGRARIO DELLE LANGHE SOC. COOP.</td></tr>
<tr><td style="border-bottom:1px solid #e0e0e0;color:#777;">Causale</td><td style="border-bottom:1px solid #e0e0e0;">ACCONTO FATT. 21/2026 CORSO SICUREZZA</td></tr>
<tr><td style="border-bottom:1px solid #e0e0e0;color:#777;">Data contabile</td><td style="border-bottom:1px solid #e0e0e0;">04/12/2026</td></tr>
<tr><td style="color:#777;">Conto</td><td>*****0533</td></tr>
</table></td></tr>
<tr><td style="padding:24px 30px;font-size:12px;color:#777;">Trovi il dettaglio del movimento nella sezione Conto &gt; Movimenti del sito o dell&#39;app Fineco.<br><br>
Questo messaggio &egrave; stato generato automaticamente: ti preghiamo di non rispondere.<br>
FinecoBank S.p.A. - Piazza Durante 11, 20131 Milano</td></tr>
</table>
</center>
</body></html>
"""
    return build([
        ("Return-Path", "<noreply@finecobank.com>"),
        ("From", a("FinecoBank", "noreply@finecobank.com")),
        ("To", "elena@morettiformazione.it"),
        ("Subject", "Hai ricevuto un bonifico"),
        ("Date", date(2026, 12, 4, 12, 30, 55)),
        ("Message-ID", "<MAIL.20261204123055.11d9f07a@finecobank.com>"),
    ], htmlpart(body, cte="base64"))


# ----------------------------------------------------------------------------------------------- 0018
@message("client-reply-dispute", "en",
         "Coupa supplier-portal notice on the client's behalf: the client's AP team disputed invoice BC-2026-071 "
         "(hours billed exceed the PO) and asks for a credit note; a machine message, but the client's dispute.",
         reference="BC-2026-071")
def m0018():
    plain = """Halcyon Pharma Ireland has disputed your invoice

Invoice #:        BC-2026-071
Invoice Date:     30/11/2026
Total:            3,150.00 EUR
PO #:             4500183321
Status:           Disputed

Dispute Reason:   Price/Quantity mismatch with PO
Comments from Halcyon Pharma Ireland (Niamh Gallagher, Accounts Payable):
"Hours billed (42) exceed the 35 hours approved on PO 4500183321. Please issue a credit note for the
7 additional hours or submit a corrected invoice against the PO. Payment is on hold until then."

To respond, log in to the Coupa Supplier Portal:
https://supplier.coupahost.com/invoices/81234577

Powered by Coupa | This message was sent on behalf of Halcyon Pharma Ireland. Do not reply to this email.
"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#333333;">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:16px 0;"><img src="https://halcyonpharma.coupahost.com/logo.png" alt="Halcyon Pharma Ireland" height="40"></td></tr>
<tr><td style="font-size:18px;padding-bottom:12px;">Halcyon Pharma Ireland has disputed your invoice</td></tr>
<tr><td>
<table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d6d6d6;font-size:13px;">
<tr><td bgcolor="#f0f0f0"><b>Invoice #</b></td><td>BC-2026-071</td></tr>
<tr><td bgcolor="#f0f0f0"><b>Invoice Date</b></td><td>30/11/2026</td></tr>
<tr><td bgcolor="#f0f0f0"><b>Total</b></td><td>3,150.00 EUR</td></tr>
<tr><td bgcolor="#f0f0f0"><b>PO #</b></td><td>4500183321</td></tr>
<tr><td bgcolor="#f0f0f0"><b>Status</b></td><td style="color:#c0392b;"><b>Disputed</b></td></tr>
<tr><td bgcolor="#f0f0f0"><b>Dispute Reason</b></td><td>Price/Quantity mismatch with PO</td></tr>
</table></td></tr>
<tr><td style="padding-top:14px;"><b>Comments from Halcyon Pharma Ireland (Niamh Gallagher, Accounts Payable):</b><br>
<i>&quot;Hours billed (42) exceed the 35 hours approved on PO 4500183321. Please issue a credit note for the 7 additional hours or submit a corrected invoice against the PO. Payment is on hold until then.&quot;</i></td></tr>
<tr><td style="padding-top:14px;"><a href="https://supplier.coupahost.com/invoices/81234577">Respond in the Coupa Supplier Portal</a></td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#888888;">Powered by Coupa | This message was sent on behalf of Halcyon Pharma Ireland. Do not reply to this email.</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Halcyon Pharma Ireland via Coupa", "do_not_reply@halcyonpharma.coupahost.com")),
        ("To", "aoife@byrnecopy.ie"),
        ("Subject", "Invoice BC-2026-071 has been disputed by Halcyon Pharma Ireland"),
        ("Date", date(2027, 1, 19, 8, 14, 36, "+0000")),
        ("Message-ID", "<678cb5bc9f1a2_3a1f2b7d5c8e4@coupa-notifier-7f9c.mail>"),
        ("X-Coupa-Event", "invoice_disputed"),
        ("Auto-Submitted", "auto-generated"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "--==_mimepart_678cb5bc9e77d_3a1f2b7d5c8e3"))


# ----------------------------------------------------------------------------------------------- 0019
@message("payment-notification", "es",
         "ING: aviso de Bizum recibido; el concepto ('web enero') no tiene número de factura, así que no hay "
         "referencia.",
         amount="45.00", currency="EUR")
def m0019():
    plain = """Te han enviado un Bizum

MARIA JOSE R. G. te ha enviado 45,00 €.

Concepto: web enero 🙂
Fecha: 31/01/2027 20:14
Cuenta: Cuenta NARANJA ···· 5102

Ya tienes el dinero en tu cuenta.

ING no te pedirá nunca tus claves por email ni por SMS.
ING Bank N.V., Sucursal en España. C/ Vía de los Poblados, 1F - 28033 Madrid.
"""
    body = """<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f0f0f0;font-family:'INGMe',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:16px;">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:20px 24px;border-bottom:4px solid #ff6200;"><img src="https://www.ing.es/img/logo-ing.png" alt="ING" width="80"></td></tr>
<tr><td style="padding:24px 24px 4px 24px;font-size:22px;color:#ff6200;font-weight:bold;">Te han enviado un Bizum</td></tr>
<tr><td style="padding:4px 24px 16px 24px;font-size:15px;color:#333;">MARIA JOSE R. G. te ha enviado <b>45,00&nbsp;&euro;</b>.</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;color:#333;background:#f7f7f7;">
<tr><td style="color:#696969;">Concepto</td><td align="right">web enero &#x1F642;</td></tr>
<tr><td style="color:#696969;">Fecha</td><td align="right">31/01/2027 20:14</td></tr>
<tr><td style="color:#696969;">Cuenta</td><td align="right">Cuenta NARANJA &middot;&middot;&middot;&middot; 5102</td></tr>
</table></td></tr>
<tr><td style="padding:16px 24px;font-size:14px;color:#333;">Ya tienes el dinero en tu cuenta.</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#999;border-top:1px solid #eee;">ING no te pedir&aacute; nunca tus claves por email ni por SMS.<br>ING Bank N.V., Sucursal en Espa&ntilde;a. C/ V&iacute;a de los Poblados, 1F - 28033 Madrid.</td></tr>
</table></td></tr></table></body></html>
"""
    return build([
        ("From", a("ING", "notificaciones@ing.es")),
        ("To", "javier@ortegaweb.es"),
        ("Subject", "Te han enviado un Bizum"),
        ("Date", date(2027, 1, 31, 20, 14, 52)),
        ("Message-ID", "<BZM.20270131201452.98314027@notificaciones.ing.es>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "=_ING_bz_b7a10e5d3c2f4a91"))


# ----------------------------------------------------------------------------------------------- 0020
@message("other", "es",
         "BBVA: cargo de un recibo domiciliado (cuota de autónomos de la Seguridad Social): dinero que sale, no "
         "un cobro.")
def m0020():
    plain = """Hola, LUCIA:

Te informamos de que hemos cargado un recibo domiciliado en tu cuenta.

Emisor: TESORERIA GENERAL DE LA SEGURIDAD SOCIAL
Concepto: CUOTA RETA 01/2027
Importe: -294,00 €
Fecha de cargo: 29/01/2027
Cuenta: ES** **** **** **** **** 7719

Si no reconoces este recibo, puedes devolverlo desde la app BBVA en un plazo de 8 semanas.

Este correo se ha enviado de forma automática. Por favor, no respondas a este mensaje.
"""
    body = """<!DOCTYPE html><html lang="es"><head><meta charset="UTF-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#072146;padding:18px 24px;"><img src="https://www.bbva.es/content/dam/public-web/global/images/logos/logo_bbva_blanco.png" width="90" alt="BBVA"></td></tr>
<tr><td style="padding:28px 24px 8px 24px;font-size:22px;color:#072146;">Cargo de un recibo</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:15px;">Hola, LUCIA:<br>Te informamos de que hemos cargado un recibo domiciliado en tu cuenta.</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="10" cellspacing="0" style="font-size:14px;border-top:1px solid #e9e9e9;">
<tr><td style="color:#666;">Emisor</td><td align="right">TESORERIA GENERAL DE LA SEGURIDAD SOCIAL</td></tr>
<tr><td style="color:#666;">Concepto</td><td align="right">CUOTA RETA 01/2027</td></tr>
<tr><td style="color:#666;">Importe</td><td align="right" style="color:#c0475e;font-size:18px;"><b>-294,00&nbsp;&euro;</b></td></tr>
<tr><td style="color:#666;">Fecha de cargo</td><td align="right">29/01/2027</td></tr>
<tr><td style="color:#666;">Cuenta</td><td align="right">ES** **** **** **** **** 7719</td></tr>
</table></td></tr>
<tr><td style="padding:20px 24px;font-size:13px;">Si no reconoces este recibo, puedes devolverlo desde la app BBVA en un plazo de 8 semanas.</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:11px;color:#999;">Este correo se ha enviado de forma autom&aacute;tica. Por favor, no respondas a este mensaje.</td></tr>
</table></body></html>
"""
    return build([
        ("Return-Path", "<0101019ab8e0c4d2-bbva-avisos@bounce.bbva.es>"),
        ("From", a("BBVA", "avisos@comunicaciones.bbva.es")),
        ("To", "lucia@lucianavarro.es"),
        ("Subject", "Te hemos cargado un recibo"),
        ("Date", date(2027, 1, 29, 6, 30, 4)),
        ("Message-ID", "<0101019ab8e0c4d2-2d9a7f31-6c0e-4b85-9e3a-c71f0d5b2e48-000000@eu-west-1.amazonses.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_3318204_2087113490.1769664604512"))

# ----------------------------------------------------------------------------------------------- 0021
@message("auto-reply", "en",
         "Freshdesk ticket acknowledgement from the client's finance helpdesk: automatic, promises a personal "
         "response 'usually within 3 working days', which is no payment promise and no return date.")
def m0021():
    plain = """Dear Priya,

We would like to acknowledge that we have received your request and a ticket has been created.
A member of our Finance team will review your request and send you a personal response (usually within 3 working days).

Ticket number: #7731
Subject: Re: Invoice PS-2026-019

To view the status of the ticket or add comments, please visit
https://greenwaylogistics.freshdesk.com/support/tickets/7731

Please do not change the subject line when replying, so that your reply is added to the same ticket.

Thank you for your patience.

Sincerely,
Greenway Logistics Finance Team
"""
    body = """<div style="font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#12344d;">
<p>Dear Priya,</p>
<p>We would like to acknowledge that we have received your request and a ticket has been created.<br>
A member of our Finance team will review your request and send you a personal response (usually within 3 working days).</p>
<p><b>Ticket number:</b> #7731<br><b>Subject:</b> Re: Invoice PS-2026-019</p>
<p>To view the status of the ticket or add comments, please visit<br>
<a href="https://greenwaylogistics.freshdesk.com/support/tickets/7731">https://greenwaylogistics.freshdesk.com/support/tickets/7731</a></p>
<p>Please do not change the subject line when replying, so that your reply is added to the same ticket.</p>
<p>Thank you for your patience.</p>
<p>Sincerely,<br>Greenway Logistics Finance Team</p>
</div>
"""
    return build([
        ("From", a("Greenway Logistics Finance", "finance@greenwaylogistics.freshdesk.com")),
        ("Reply-To", a("Greenway Logistics Finance", "finance@greenwaylogistics.freshdesk.com")),
        ("To", a("Priya Shah", "priya@shahillustration.com")),
        ("Subject", "Ticket Received - Re: Invoice PS-2026-019"),
        ("Date", date(2027, 2, 8, 9, 3, 27, "+0000")),
        ("Message-ID", "<4a2f8c91d7e3b.7731.1770541407@greenwaylogistics.freshdesk.com>"),
        ("In-Reply-To", "<mailduns.PS-2026-019.20270208090315@shahillustration.com>"),
        ("References", "<mailduns.PS-2026-019.20270208090315@shahillustration.com>"),
        ("X-FD-Ticket-Id", "7731"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "--==_mimepart_67a71e5f2a4c1_9e2b5d1f3a7c8"))


# ----------------------------------------------------------------------------------------------- 0022
def _orig_0022():
    return outgoing(a("Nuria Esteve", "nuria.esteve@movistar.es"), "contabilidad@reformasgaldon.es",
                    "RE: Factura n.º 2026-0151", date(2026, 11, 10, 18, 39, 12),
                    "<mailduns.2026-0151.20261110183912@movistar.es>",
                    reminder_es("Estimados señores:", "2026-0151", "726,00 €", "31/10/2026",
                                "Nuria Esteve", "ES91 2100 0418 4502 0005 1332"))


@message("bounce", "es",
         "Rebote del servidor de correo de Movistar en español con la copia técnica en inglés: 550 5.1.1, la "
         "cuenta no existe; error permanente.",
         failed_recipient="contabilidad@reformasgaldon.es", permanent=True)
def m0022():
    plain = """Este es un mensaje generado automáticamente por el sistema de correo de Movistar.

No ha sido posible entregar su mensaje a uno o más destinatarios.
Se trata de un error permanente. Las siguientes direcciones han fallado:

  contabilidad@reformasgaldon.es
    El servidor del destinatario respondió:
    550 5.1.1 <contabilidad@reformasgaldon.es>: Recipient address rejected: User unknown

Compruebe que la dirección está bien escrita. Si el problema persiste, póngase en contacto con el destinatario por otro medio.

----------------------------------------------------------------------
This message was created automatically by the Movistar mail system.
Your message could not be delivered to one or more recipients. This is a permanent error.
----------------------------------------------------------------------

Se adjunta una copia del mensaje original.
"""
    report = """Reporting-MTA: dns; smtp02.movistar.es
X-Queue-ID: 4NbR2k1XyPz3vLq
Arrival-Date: Tue, 10 Nov 2026 18:39:13 +0100 (CET)

Final-Recipient: rfc822; contabilidad@reformasgaldon.es
Original-Recipient: rfc822;contabilidad@reformasgaldon.es
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.reformasgaldon.es
Diagnostic-Code: smtp; 550 5.1.1 <contabilidad@reformasgaldon.es>: Recipient
    address rejected: User unknown
"""
    return build([
        ("Return-Path", "<>"),
        ("Date", date(2026, 11, 10, 18, 40, 2, "+0100", " (CET)")),
        ("From", a("Sistema de correo de Movistar", "MAILER-DAEMON@smtp02.movistar.es")),
        ("To", "nuria.esteve@movistar.es"),
        ("Subject", h("Mensaje no entregado: RE: Factura n.º 2026-0151")),
        ("Message-ID", "<20261110174002.4NbR2k1XyPz3vLq@smtp02.movistar.es>"),
        ("Auto-Submitted", "auto-replied"),
    ], Multi("report", [
        text(plain, charset="utf-8", extra=["Content-Description: Notification"]),
        dsn(report),
        Embedded(_orig_0022(), description="Undelivered Message"),
    ], "4NbR2k1XyPz3vLq.1794332402/smtp02.movistar.es", params="report-type=delivery-status",
        preamble="This is a MIME-encapsulated message."))


# ----------------------------------------------------------------------------------------------- 0023
@message("payment-notification", "it",
         "Satispay Business: incasso da un cliente con il messaggio 'fattura 7/2027 grazie!'; l'importo è in una "
         "cella a sé.",
         amount="60.00", currency="EUR", reference="7/2027")
def m0023():
    plain = """Hai ricevuto 60,00 €

Luca Bertolini ti ha inviato 60,00 € con Satispay.

Messaggio: "fattura 7/2027 grazie!"
Data: 06/02/2027 18:22
Negozio: Davide Rinaldi Fotografo

Trovi tutti i dettagli nella dashboard di Satispay Business: https://business.satispay.com

Satispay Europe S.A. - 1 rue de la Poudrerie, L-3364 Leudelange, Luxembourg
"""
    body = """<!doctype html><html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f5f5f5;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;">
<table align="center" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px auto;border-radius:12px;">
<tr><td style="padding:28px 32px 8px 32px;"><img src="https://www.satispay.com/assets/img/satispay-logo-red.png" alt="Satispay" width="120"></td></tr>
<tr><td style="padding:12px 32px;font-size:26px;font-weight:bold;color:#1a1a1a;">Hai ricevuto 60,00&nbsp;&euro;</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:15px;color:#4d4d4d;">Luca Bertolini ti ha inviato un pagamento con Satispay.</td></tr>
<tr><td style="padding:0 32px;"><table width="100%" cellpadding="10" cellspacing="0" style="background:#fafafa;border-radius:8px;font-size:14px;color:#1a1a1a;">
<tr><td style="color:#808080;">Importo</td><td align="right"><b>60,00&nbsp;&euro;</b></td></tr>
<tr><td style="color:#808080;">Messaggio</td><td align="right">&ldquo;fattura 7/2027 grazie!&rdquo;</td></tr>
<tr><td style="color:#808080;">Data</td><td align="right">06/02/2027 18:22</td></tr>
<tr><td style="color:#808080;">Negozio</td><td align="right">Davide Rinaldi Fotografo</td></tr>
</table></td></tr>
<tr><td style="padding:24px 32px;"><a href="https://business.satispay.com" style="background:#f94c43;color:#ffffff;border-radius:24px;padding:12px 24px;text-decoration:none;font-size:14px;">Vai alla dashboard</a></td></tr>
<tr><td style="padding:0 32px 28px 32px;font-size:11px;color:#999999;">Satispay Europe S.A. - 1 rue de la Poudrerie, L-3364 Leudelange, Luxembourg</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Satispay Business", "noreply@satispay.com")),
        ("To", "davide.rinaldi.foto@gmail.com"),
        ("Subject", h("Hai ricevuto 60,00 € da Luca Bertolini")),
        ("Date", date(2027, 2, 6, 18, 22, 40)),
        ("Message-ID", "<0102019a3c1e-satispay-txn-7f2e91b4c0d3@eu-west-1.amazonses.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_774105_1290331847.1770398560112"))


# ----------------------------------------------------------------------------------------------- 0024
@message("other", "it",
         "Fatture in Cloud avvisa che il cliente ha aperto la fattura 19/2026 (stato: non saldata): una lettura, "
         "non un pagamento, anche se la mail porta importo e numero.")
def m0024():
    plain = """Ciao Chiara,

il cliente Studio Dentistico Orsini ha visualizzato la fattura n. 19/2026.

Cliente:       Studio Dentistico Orsini
Documento:     Fattura n. 19/2026 del 13/11/2026
Importo:       1.098,00 €
Scadenza:      31/12/2026
Stato:         Non saldata
Visualizzata:  25/11/2026 alle 09:46

Apri il documento: https://secure.fattureincloud.it/invoices-view-41188372

Puoi disattivare queste notifiche da Impostazioni > Notifiche.

Il team di Fatture in Cloud
TeamSystem S.p.A. - Via Sandro Pertini 88, 61122 Pesaro (PU)
"""
    body = """<html><head><meta charset="utf-8"></head>
<body style="background:#f4f6f8;font-family:'Open Sans',Arial,sans-serif;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto;">
<tr><td style="padding:20px 30px;border-bottom:1px solid #e3e8ee;"><img src="https://www.fattureincloud.it/img/logo-fic.png" alt="Fatture in Cloud" width="150"></td></tr>
<tr><td style="padding:24px 30px 8px 30px;font-size:15px;color:#25313c;">Ciao Chiara,<br><br>il cliente <b>Studio Dentistico Orsini</b> ha visualizzato la fattura n. 19/2026.</td></tr>
<tr><td style="padding:8px 30px;"><table width="100%" cellpadding="7" cellspacing="0" style="font-size:14px;color:#25313c;border:1px solid #e3e8ee;">
<tr><td style="color:#7a8a99;">Documento</td><td>Fattura n. 19/2026 del 13/11/2026</td></tr>
<tr><td style="color:#7a8a99;">Importo</td><td>1.098,00 &euro;</td></tr>
<tr><td style="color:#7a8a99;">Scadenza</td><td>31/12/2026</td></tr>
<tr><td style="color:#7a8a99;">Stato</td><td><span style="background:#fdecea;color:#c0392b;padding:2px 8px;border-radius:10px;">Non saldata</span></td></tr>
<tr><td style="color:#7a8a99;">Visualizzata</td><td>25/11/2026 alle 09:46</td></tr>
</table></td></tr>
<tr><td style="padding:20px 30px;"><a href="https://secure.fattureincloud.it/invoices-view-41188372" style="background:#0b8fe0;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none;">Apri il documento</a></td></tr>
<tr><td style="padding:0 30px 24px 30px;font-size:11px;color:#7a8a99;">Puoi disattivare queste notifiche da Impostazioni &gt; Notifiche.<br>TeamSystem S.p.A. - Via Sandro Pertini 88, 61122 Pesaro (PU)</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Fatture in Cloud", "notifiche@fattureincloud.it")),
        ("To", "chiara@sartoritraduzioni.it"),
        ("Subject", "Studio Dentistico Orsini ha visualizzato la fattura n. 19/2026"),
        ("Date", date(2026, 11, 25, 9, 47, 2)),
        ("Message-ID", "<fic.view.41188372.1795596422@fattureincloud.it>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "_=_fic_notif_41188372_=_"))


# ----------------------------------------------------------------------------------------------- 0025
@message("payment-notification", "en",
         "AIB (Ireland) plain-text lodgement alert; the narrative field carries the payer and the invoice number.",
         amount="900.00", currency="EUR", reference="BC-2027-009")
def m0025():
    plain = """AIB Business Alert

A lodgement has been made to your account.

Account:     Business Current Account ~3417
Amount:      EUR 900.00
Date:        11/02/2027
Narrative:   KILBRIDE DENTAL BC-2027-009
Type:        SEPA Credit Transfer

Log in to AIB Internet Banking or the AIB Mobile app to view your balance.

Please do not reply to this email. AIB will never ask you for your full Registration Number, PAC or one-time passcodes by email.

Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland. Registered Office: 10 Molesworth Street, Dublin 2, D02 R126. Registered in Ireland No. 24173.
"""
    return build([
        ("From", a("AIB", "alerts@aib.ie")),
        ("To", "aoife@byrnecopy.ie"),
        ("Subject", "AIB Alert: Lodgement to your account"),
        ("Date", date(2027, 2, 11, 7, 2, 18, "+0000")),
        ("Message-ID", "<AIBALRT.20270211070218.3417.55120@alerts.aib.ie>"),
    ], text(plain, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 0026
@message("bounce", "en",
         "Postfix 'Delayed Mail (still being retried)': a warning with Action: delayed and 4.4.1 (connection timed "
         "out), so a temporary failure; the message may still be delivered.",
         failed_recipient="ap@harbourside-cafe.co.uk", permanent=False)
def m0026():
    notice = """This is the mail system at host mail.fletcherdev.co.uk.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ap@harbourside-cafe.co.uk>: connect to mx.harbourside-cafe.co.uk[203.0.113.44]:25:
    Connection timed out
"""
    report = """Reporting-MTA: dns; mail.fletcherdev.co.uk
X-Postfix-Queue-ID: 7D2A31C0452
X-Postfix-Sender: rfc822; tom@fletcherdev.co.uk
Arrival-Date: Fri, 12 Feb 2027 09:58:41 +0000 (GMT)

Final-Recipient: rfc822; ap@harbourside-cafe.co.uk
Original-Recipient: rfc822;ap@harbourside-cafe.co.uk
Action: delayed
Status: 4.4.1
Diagnostic-Code: X-Postfix; connect to mx.harbourside-cafe.co.uk[203.0.113.44]:25:
    Connection timed out
Will-Retry-Until: Wed, 17 Feb 2027 09:58:41 +0000 (GMT)
"""
    orig_headers = """Return-Path: <tom@fletcherdev.co.uk>
Received: from [192.168.1.34] (host86-150-22-9.range86-150.btcentralplus.com [86.150.22.9])
	by mail.fletcherdev.co.uk (Postfix) with ESMTPSA id 7D2A31C0452
	for <ap@harbourside-cafe.co.uk>; Fri, 12 Feb 2027 09:58:41 +0000 (GMT)
From: Tom Fletcher <tom@fletcherdev.co.uk>
To: ap@harbourside-cafe.co.uk
Subject: Re: Invoice INV-1052
Date: Fri, 12 Feb 2027 09:58:40 +0000
Message-ID: <mailduns.1052.20270212095840@fletcherdev.co.uk>
X-Mailer: mailduns
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable
"""
    return build([
        ("Return-Path", "<>"),
        ("Received", "by mail.fletcherdev.co.uk (Postfix)\n\tid 1A9F81C0466; " + date(2027, 2, 12, 14, 5, 9, "+0000", " (GMT)")),
        ("Date", date(2027, 2, 12, 14, 5, 9, "+0000", " (GMT)")),
        ("From", "MAILER-DAEMON@mail.fletcherdev.co.uk (Mail Delivery System)"),
        ("Subject", "Delayed Mail (still being retried)"),
        ("To", "tom@fletcherdev.co.uk"),
        ("Auto-Submitted", "auto-replied"),
        ("Message-Id", "<20270212140509.1A9F81C0466@mail.fletcherdev.co.uk>"),
    ], Multi("report", [
        text(notice, charset="us-ascii", cte="7bit", extra=["Content-Description: Notification"]),
        dsn(report),
        Embedded(orig_headers.encode("ascii"), ctype="text/rfc822-headers", description="Undelivered Message Headers"),
    ], "1A9F81C0466.1770905109/mail.fletcherdev.co.uk", params="report-type=delivery-status",
        preamble="This is a MIME-encapsulated message."))


# ----------------------------------------------------------------------------------------------- 0027
@message("payment-notification", "es",
         "Santander, solo HTML en windows-1252 con justificante PDF: transferencia recibida cuyo concepto dice "
         "'parcial 1/2', un pago parcial de la factura A-2026/77.",
         amount="3025.00", currency="EUR", reference="A-2026/77")
def m0027():
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><title>Transferencia recibida</title></head>
<body style="margin:0;background:#ffffff;font-family:'Santander Text',Arial,sans-serif;color:#444;">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0;border-bottom:2px solid #ec0000;"><img src="https://www.bancosantander.es/img/logo-santander.png" alt="Santander" width="140"></td></tr>
<tr><td style="padding:24px 0 8px 0;font-size:22px;color:#ec0000;">Transferencia recibida</td></tr>
<tr><td style="padding:0 0 16px 0;font-size:15px;">Hola ROCIO,<br>te confirmamos que has recibido una transferencia en tu cuenta.</td></tr>
<tr><td><table width="100%" cellpadding="9" cellspacing="0" style="font-size:14px;border:1px solid #dedede;">
<tr style="background:#f5f9fb;"><td width="40%">Importe</td><td style="font-size:18px;color:#137e84;"><b>3.025,00 &#128;</b></td></tr>
<tr><td>Ordenante</td><td>PROMOCIONES INMOBILIARIAS TAJO 2015 SL</td></tr>
<tr style="background:#f5f9fb;"><td>Concepto</td><td>Fra. A-2026/77 parcial 1/2</td></tr>
<tr><td>Fecha valor</td><td>15/02/2027</td></tr>
<tr style="background:#f5f9fb;"><td>Cuenta destino</td><td>ES** 0049 **** **** **** 6620</td></tr>
</table></td></tr>
<tr><td style="padding:16px 0;font-size:13px;">Adjuntamos el justificante de la operaci&oacute;n en formato PDF.</td></tr>
<tr><td style="padding:16px 0;font-size:11px;color:#8f8f8f;border-top:1px solid #dedede;">Banco Santander, S.A. Paseo de Pereda, 9-12, 39004 Santander. Este es un correo autom&aacute;tico, no respondas a esta direcci&oacute;n.</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Banco Santander", "avisos@bancosantander.es")),
        ("To", "rocio@bermejoarquitectura.es"),
        ("Subject", "Has recibido una transferencia"),
        ("Date", date(2027, 2, 15, 11, 20, 33)),
        ("Message-ID", "<SAN.TRF.20270215112033.660290141@bancosantander.es>"),
    ], Multi("mixed", [
        htmlpart(body, charset="windows-1252"),
        attach("application/pdf", "Justificante_transferencia_15022027.pdf",
               tiny_pdf("Justificante de transferencia recibida 15/02/2027")),
    ], "----=_NextPart_000_01A7_01DB7F3C.5E2D9A40"))


# ----------------------------------------------------------------------------------------------- 0028
@message("other", "en",
         "Phishing that imitates PayPal: the sender's domain is not PayPal's, the 'payment' is 'on hold' until you "
         "log in through a look-alike link; spam, not money in.")
def m0028():
    body = """<html><body style="font-family:Arial,sans-serif;background:#f5f7fa;">
<div style="max-width:560px;margin:20px auto;background:#ffffff;padding:30px;border-radius:6px;">
<img src="http://paypal-notice-secure.com/img/pp_logo.png" alt="PayPal" width="110"><br><br>
<p style="font-size:20px;color:#2c2e2f;">Hello, Customer</p>
<p style="font-size:15px;color:#2c2e2f;">You've received <b>$2,980.00 USD</b> from Daniel Mercer (d.mercer.holdings@gmail.com).</p>
<table cellpadding="6" style="font-size:14px;color:#2c2e2f;border:1px solid #ddd;width:100%;">
<tr><td>Transaction ID</td><td>7TX44981JK2290416</td></tr>
<tr><td>Status</td><td style="color:#d20000;"><b>ON HOLD - verification required</b></td></tr>
<tr><td>Note from sender</td><td>Payment for your invoice, thanks!!</td></tr>
</table>
<p style="font-size:14px;color:#2c2e2f;">To release the funds into your account you must confirm your identity within <b>24 hours</b>. Unverified payments will be returned to the sender.</p>
<p><a href="http://paypal.com.secure-release-funds.xyz/verify?id=7TX44981JK2290416" style="background:#0070ba;color:#fff;padding:12px 26px;border-radius:20px;text-decoration:none;">Confirm and Release Funds</a></p>
<p style="font-size:11px;color:#888;">Copyright &copy; 1999-2026 PayPal. All rights reserved.</p>
</div></body></html>
"""
    return build([
        ("Return-Path", "<bounce-4412@mail-relay7.paypal-notice-secure.com>"),
        ("Received", "from mail-relay7.paypal-notice-secure.com (unknown [45.147.231.88])\n\tby mail.fletcherdev.co.uk (Postfix) with ESMTP id 3B0C41C02A1\n\tfor <tom@fletcherdev.co.uk>; " + date(2026, 11, 28, 3, 41, 19, "+0000", " (GMT)")),
        ("Authentication-Results", "mail.fletcherdev.co.uk; spf=softfail smtp.mailfrom=paypal-notice-secure.com; dkim=none; dmarc=fail header.from=paypal-notice-secure.com"),
        ("From", a("PayPal", "service@paypal-notice-secure.com")),
        ("To", "tom@fletcherdev.co.uk"),
        ("Subject", "You've received a payment of $2,980.00 USD - Action required"),
        ("Date", date(2026, 11, 28, 3, 41, 15, "+0000")),
        ("Message-ID", "<20261128034115.7TX44981JK@paypal-notice-secure.com>"),
        ("X-Spam-Flag", "YES"),
        ("X-Spam-Status", "Yes, score=9.8 required=5.0 tests=FREEMAIL_FORGED_REPLYTO,HTML_IMAGE_ONLY_16,PHISH_PAYPAL,URI_PHISH"),
    ], htmlpart(body, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 0029
@message("auto-reply", "it",
         "Risponditore automatico di una casella libero.it non più usata, senza intestazioni RFC 3834: rimanda a "
         "un altro indirizzo e non indica alcun rientro.")
def m0029():
    plain = """QUESTO INDIRIZZO NON E' PIU' IN USO

Per comunicazioni amministrative scrivere a: amministrazione@ceramichevalli.it
Per ordini: ordini@ceramichevalli.it

Grazie
Ceramiche Valli snc
"""
    return build([
        ("Return-Path", "<ceramichevalli@libero.it>"),
        ("Received", "from libero.it ([10.101.16.52]) by smtp-31.iol.local with ESMTPA\n\tid 9f3cKpXw4Rb8lQ; " + date(2026, 12, 1, 16, 20, 14)),
        ("From", "ceramichevalli@libero.it"),
        ("To", "marco.esposito@espositodev.it"),
        ("Subject", "Risposta automatica"),
        ("Date", date(2026, 12, 1, 16, 20, 14)),
        ("Message-ID", "<1796656814.autorisp.9f3cKpXw4Rb8lQ@libero.it>"),
        ("X-Mailer", "Libero Mail"),
    ], text(plain, charset="iso-8859-1", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 0030
@message("payment-notification", "it",
         "PayPal (italiano): pagamento ricevuto di 350,00 EUR con nota 'Fattura 2026/58 - saldo'; la tabella "
         "mostra anche commissione e netto (337,40): l'importo pagato dal cliente è 350,00.",
         amount="350.00", currency="EUR", reference="2026/58")
def m0030():
    plain = """Hai ricevuto un pagamento

Studio Legale Ferrante ti ha inviato 350,00 EUR.

Nota del mittente:
"Fattura 2026/58 - saldo"

Dettagli della transazione
ID transazione: 5KD81230VB5519742
Data transazione: 30 novembre 2026

Importo ricevuto        350,00 € EUR
Commissione PayPal      -12,60 € EUR
Importo netto           337,40 € EUR

I fondi sono disponibili nel tuo saldo PayPal.

Aiuto e contatti | Sicurezza | App
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg
"""
    body = """<html lang="it"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;background:#f2f2f2;font-family:'PayPal Sans Small',Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px 0;">
<tr><td style="padding:30px 40px 10px 40px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>
<tr><td style="padding:10px 40px;font-size:28px;color:#001435;">Hai ricevuto un pagamento</td></tr>
<tr><td style="padding:0 40px 20px 40px;font-size:16px;color:#001435;">Studio Legale Ferrante ti ha inviato 350,00&nbsp;EUR.</td></tr>
<tr><td style="padding:0 40px 20px 40px;font-size:14px;color:#545d68;"><b>Nota del mittente:</b><br>&quot;Fattura 2026/58 - saldo&quot;</td></tr>
<tr><td style="padding:0 40px;"><table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;color:#001435;border-top:1px solid #cbd2d6;">
<tr><td colspan="2" style="font-weight:bold;padding-top:14px;">Dettagli della transazione</td></tr>
<tr><td>ID transazione</td><td align="right"><a href="https://www.paypal.com/activity/payment/5KD81230VB5519742">5KD81230VB5519742</a></td></tr>
<tr><td>Data transazione</td><td align="right">30 novembre 2026</td></tr>
<tr><td style="border-top:1px solid #cbd2d6;">Importo ricevuto</td><td align="right" style="border-top:1px solid #cbd2d6;">350,00&nbsp;&euro;&nbsp;EUR</td></tr>
<tr><td>Commissione PayPal</td><td align="right">-12,60&nbsp;&euro;&nbsp;EUR</td></tr>
<tr><td style="font-weight:bold;">Importo netto</td><td align="right" style="font-weight:bold;">337,40&nbsp;&euro;&nbsp;EUR</td></tr>
</table></td></tr>
<tr><td style="padding:20px 40px;font-size:14px;color:#545d68;">I fondi sono disponibili nel tuo saldo PayPal.</td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#6c7378;border-top:1px solid #eee;">Aiuto e contatti | Sicurezza | App<br>PayPal (Europe) S.&agrave; r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</td></tr>
</table></td></tr></table></body></html>
"""
    return build([
        ("Return-Path", "<service@intl.paypal.com>"),
        ("Authentication-Results", "mx.francescalombardo.it; dkim=pass header.d=paypal.it; spf=pass smtp.mailfrom=intl.paypal.com; dmarc=pass header.from=paypal.it"),
        ("From", a("PayPal", "service@paypal.it")),
        ("To", a("Francesca Lombardo", "info@francescalombardo.it")),
        ("Subject", "Hai ricevuto un pagamento"),
        ("Date", date(2026, 11, 30, 12, 5, 47, "-0800")),
        ("Message-ID", "<b1f06e4a2c7d0.1796069147.PP.5KD81230VB5519742@paypal.com>"),
        ("X-PP-Email-transmission-Id", "3f7e1a2c-ae91-11f1-8c3b-3cfdfe9b1b20"),
    ], Multi("alternative", [text(plain), htmlpart(body, cte="base64")], "--PP_ALT_3f7e1a2c-ae91-11f1"))

# ----------------------------------------------------------------------------------------------- 0031
def _orig_0031():
    return outgoing(a("Francesca Lombardo", "info@francescalombardo.it"), "ufficio.acquisti@mobilificiobrenta.it",
                    "Re: Fattura n. 31/2026", date(2027, 1, 21, 10, 11, 25),
                    "<mailduns.31-2026.20270121101125@francescalombardo.it>",
                    reminder_it("Spett.le Mobilificio Brenta S.r.l.,", "31/2026", "2.074,00 €", "31/12/2026",
                                "Francesca Lombardo", "IT88 Q030 6909 6061 0000 0104 772"))


@message("bounce", "it",
         "Mancata consegna dal server SMTP di Aruba, in italiano con il rapporto DSN: 550 5.1.1 utente inesistente, "
         "errore permanente; l'importo e la fattura sono solo nel messaggio restituito.",
         failed_recipient="ufficio.acquisti@mobilificiobrenta.it", permanent=True)
def m0031():
    plain = """Questo è un messaggio generato automaticamente dal sistema di posta di Aruba.

Non è stato possibile recapitare il messaggio a uno o più destinatari.
Si tratta di un errore permanente: il messaggio non verrà inviato di nuovo.

Destinatario:  ufficio.acquisti@mobilificiobrenta.it
Motivo:        550 5.1.1 <ufficio.acquisti@mobilificiobrenta.it>: Recipient address rejected: utente inesistente

Verifica che l'indirizzo sia scritto correttamente. Per maggiori informazioni consulta la guida:
https://guide.hosting.aruba.it/email/errori-invio-email

In allegato trovi una copia del messaggio non recapitato.

--
This is an automatically generated message from the Aruba mail system.
Your message could not be delivered to one or more recipients. This is a permanent error.
"""
    report = """Reporting-MTA: dns; smtpdh14.ad.aruba.it
X-Aruba-Queue-ID: 4Kx9qT0c7Lz1pW2
Arrival-Date: Thu, 21 Jan 2027 10:11:27 +0100

Final-Recipient: rfc822; ufficio.acquisti@mobilificiobrenta.it
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.mobilificiobrenta.it
Diagnostic-Code: smtp; 550 5.1.1 <ufficio.acquisti@mobilificiobrenta.it>:
    Recipient address rejected: utente inesistente
"""
    return build([
        ("Return-Path", "<>"),
        ("Received", "from smtpdh14.ad.aruba.it ([62.149.155.14])\n\tby mx.francescalombardo.it with ESMTP id 8aD2kR5wQm; " + date(2027, 1, 21, 10, 12, 3)),
        ("Date", date(2027, 1, 21, 10, 12, 2)),
        ("From", a("Mail Delivery System", "MAILER-DAEMON@smtpdh14.ad.aruba.it")),
        ("To", "info@francescalombardo.it"),
        ("Subject", "Messaggio non recapitato: Re: Fattura n. 31/2026"),
        ("Message-ID", "<20270121091202.4Kx9qT0c7Lz1pW2@smtpdh14.ad.aruba.it>"),
        ("Auto-Submitted", "auto-replied"),
    ], Multi("report", [
        text(plain, charset="utf-8", extra=["Content-Description: Notification"]),
        dsn(report),
        Embedded(_orig_0031(), description="Undelivered Message"),
    ], "4Kx9qT0c7Lz1pW2.1800522722/smtpdh14.ad.aruba.it", params="report-type=delivery-status"))


# ----------------------------------------------------------------------------------------------- 0032
@message("other", "es",
         "Notificación de FACe de cambio de estado a 'Registrada en RCF': la factura electrónica entró en el "
         "registro contable del ayuntamiento; no dice que se haya pagado, aunque trae importe y número.")
def m0032():
    plain = """FACe - Punto General de Entrada de Facturas Electrónicas de la Administración General del Estado

Le informamos que la factura indicada ha cambiado de estado.

Número de registro:   REGAGE27e00000418733
Número de factura:    A-2027/004
Importe:              1.815,00 EUR
NIF emisor:           53412987K
Órgano gestor:        L01450168 - Ayuntamiento de Toledo
Unidad tramitadora:   LA0007133 - Servicio de Urbanismo
Oficina contable:     LA0007120 - Intervención General

Estado anterior:      1200 - Registrada
Estado actual:        1300 - Registrada en RCF
Fecha del cambio:     20/01/2027 13:43:58
Motivo:               -

Puede consultar el detalle de la factura en https://face.gob.es/es/proveedores

Este correo se ha generado automáticamente. Por favor, no responda a este mensaje.
Ministerio de Hacienda - Secretaría General de Administración Digital
"""
    return build([
        ("From", a("FACe - Punto General de Entrada de Facturas", "noreply@face.gob.es")),
        ("To", "rocio@bermejoarquitectura.es"),
        ("Subject", h("FACe - Notificación de cambio de estado de factura A-2027/004")),
        ("Date", date(2027, 1, 20, 13, 44, 6)),
        ("Message-ID", "<face.estado.REGAGE27e00000418733.1300@face.gob.es>"),
    ], text(plain, charset="iso-8859-1"))


# ----------------------------------------------------------------------------------------------- 0033
@message("payment-notification", "en",
         "Revolut Business 'money received' with the payer's reference 'Invoice PS-2026-044 part payment': a part "
         "payment, so the amount is the €2,400.00 that came in.",
         amount="2400.00", currency="EUR", reference="PS-2026-044")
def m0033():
    plain = """Money received

You received €2,400.00 from Kestrel Software GmbH

Amount          €2,400.00
From            Kestrel Software GmbH
Reference       Invoice PS-2026-044 part payment
To account      EUR Main · •• 8830
Date            9 March 2027, 10:14

See transaction: https://business.revolut.com/transactions

Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania
"""
    body = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f7f7f7;font-family:Inter,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:16px;margin:24px 0;">
<tr><td style="padding:32px 32px 0 32px;"><img src="https://assets.revolut.com/media/business/logo-black.png" alt="Revolut Business" width="120"></td></tr>
<tr><td style="padding:24px 32px 4px 32px;font-size:24px;font-weight:600;color:#191c1f;">Money received</td></tr>
<tr><td style="padding:0 32px 20px 32px;font-size:16px;color:#505a63;">You received &euro;2,400.00 from Kestrel Software GmbH</td></tr>
<tr><td style="padding:0 32px;"><table width="100%" cellpadding="10" cellspacing="0" style="font-size:15px;color:#191c1f;background:#f7f7f7;border-radius:12px;">
<tr><td style="color:#717173;">Amount</td><td align="right"><b>&euro;2,400.00</b></td></tr>
<tr><td style="color:#717173;">From</td><td align="right">Kestrel Software GmbH</td></tr>
<tr><td style="color:#717173;">Reference</td><td align="right">Invoice PS-2026-044 part payment</td></tr>
<tr><td style="color:#717173;">To account</td><td align="right">EUR Main &middot; &bull;&bull; 8830</td></tr>
<tr><td style="color:#717173;">Date</td><td align="right">9 March 2027, 10:14</td></tr>
</table></td></tr>
<tr><td style="padding:24px 32px;"><a href="https://business.revolut.com/transactions" style="background:#191c1f;color:#ffffff;border-radius:20px;padding:12px 24px;text-decoration:none;">See transaction</a></td></tr>
<tr><td style="padding:0 32px 32px 32px;font-size:11px;color:#8b959e;">Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania</td></tr>
</table></td></tr></table></body></html>
"""
    return build([
        ("From", a("Revolut Business", "no-reply@revolut.com")),
        ("To", "priya@shahillustration.com"),
        ("Subject", h("You received €2,400.00 from Kestrel Software GmbH")),
        ("Date", date(2027, 3, 9, 10, 15, 2, "+0000")),
        ("Message-ID", "<01020195d2a7b3f4-rvlt-biz-inbound-8830-0309@eu-west-1.amazonses.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_Rvlt_55017_1773051302"))


# ----------------------------------------------------------------------------------------------- 0034
@message("auto-reply", "es",
         "Respuesta automática de Outlook que solo da el día de la semana: 'vuelvo el jueves' enviado el lunes "
         "8 de marzo de 2027 es el jueves 11 de marzo.",
         return_date="2027-03-11")
def m0034():
    plain = """Hola,

Estoy fuera de la oficina por formación y vuelvo el jueves. Durante estos días no tendré acceso al correo.

Para temas de facturación y pagos podéis escribir a administracion@clinicalosolivos.es y os atenderán mis compañeras.

Un saludo,
Ana Belén Ortiz
Clínica Veterinaria Los Olivos
"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head>
<body lang="ES" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">
<p class="MsoNormal">Hola,<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Estoy fuera de la oficina por formaci&oacute;n y vuelvo el jueves. Durante estos d&iacute;as no tendr&eacute; acceso al correo.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Para temas de facturaci&oacute;n y pagos pod&eacute;is escribir a <a href="mailto:administracion@clinicalosolivos.es">administracion@clinicalosolivos.es</a> y os atender&aacute;n mis compa&ntilde;eras.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p><p class="MsoNormal">Un saludo,<o:p></o:p></p>
<p class="MsoNormal"><b>Ana Bel&eacute;n Ortiz</b><br>Cl&iacute;nica Veterinaria Los Olivos<o:p></o:p></p>
</div></body></html>
"""
    return build([
        ("From", a("Ana Belén Ortiz", "anabelen@clinicalosolivos.es")),
        ("To", a("Lucía Navarro", "lucia@lucianavarro.es")),
        ("Subject", h("Respuesta automática: RE: Factura n.º 2026-0162")),
        ("Thread-Topic", h("Factura n.º 2026-0162")),
        ("Date", date(2027, 3, 8, 9, 30, 44)),
        ("Message-ID", "<DB8PR04MB6921A3C0B1E5F2D47A9E0C31D4B12@DB8PR04MB6921.eurprd04.prod.outlook.com>"),
        ("In-Reply-To", "<mailduns.2026-0162.20270308093031@lucianavarro.es>"),
        ("References", "<mailduns.2026-0162.20270308093031@lucianavarro.es>"),
        ("Content-Language", "es-ES"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "anabelen@clinicalosolivos.es"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "_000_DB8PR04MB6921A3C0B1E5F2D47A9E0C31D4B12DB8PR04MB6921eurp_"))


# ----------------------------------------------------------------------------------------------- 0035
_NS_XML = """<?xml version="1.0" encoding="UTF-8"?>
<?xml-stylesheet type="text/xsl" href="NS_v1.0.xsl"?>
<ns3:NotificaScarto xmlns:ns3="http://www.fatturapa.gov.it/sdi/messaggi/v1.0" versione="1.0">
    <IdentificativoSdI>16410233871</IdentificativoSdI>
    <NomeFile>IT02847120369_00B12.xml</NomeFile>
    <Hash>9c4e2a7f1b0d38e65f2a9c7d1e4b3a08f6c5d2e1b7a9f0c3e8d4b6a2f1c0e9d7</Hash>
    <DataOraRicezione>2027-01-05T15:02:44.000+01:00</DataOraRicezione>
    <ListaErrori>
        <Errore>
            <Codice>00305</Codice>
            <Descrizione>1.4.1.1.2 IdCodice non valido : 0318642091</Descrizione>
        </Errore>
    </ListaErrori>
    <MessageId>8469102254</MessageId>
</ns3:NotificaScarto>
"""


@message("other", "it",
         "Notifica di scarto del SdI via PEC: la fattura elettronica della freelance è stata respinta per una "
         "partita IVA del cliente non valida; è un avviso di servizio, non una contestazione del cliente né un "
         "pagamento.")
def m0035():
    inner = build([
        ("From", "sdi12@pec.fatturapa.it"),
        ("To", "chiara.sartori@pec.it"),
        ("Subject", "Notifica di scarto 16410233871"),
        ("Date", date(2027, 1, 5, 16, 21, 9, "+0100", " (CET)")),
        ("Message-ID", "<1463901553.8469102254.1799162469011@pec.fatturapa.it>"),
    ], Multi("mixed", [
        text("Il file in allegato e' una notifica del Sistema di Interscambio.\n", charset="UTF-8", cte="7bit"),
        attach("application/octet-stream", "IT02847120369_00B12_NS_001.xml", _NS_XML.encode("utf-8")),
    ], "----=_Part_91002_884120331.1799162469011"))
    plain = """Messaggio di posta certificata

Il giorno 05/01/2027 alle ore 16:21:09 (+0100) il messaggio
"Notifica di scarto 16410233871" è stato inviato da "sdi12@pec.fatturapa.it"
indirizzato a:
chiara.sartori@pec.it
Il messaggio originale è incluso in allegato.
Identificativo messaggio: opec21009.20270105162109.04418.77.1.61@pec.fatturapa.it
"""
    mixed = Multi("mixed", [
        text(plain, charset="iso-8859-1"),
        Embedded(inner, filename="postacert.eml"),
        attach("application/xml", "daticert.xml", (
            '<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="posta-certificata" errore="nessuno">\n'
            '    <intestazione>\n        <mittente>sdi12@pec.fatturapa.it</mittente>\n'
            '        <destinatari tipo="certificato">chiara.sartori@pec.it</destinatari>\n'
            '        <oggetto>Notifica di scarto 16410233871</oggetto>\n    </intestazione>\n'
            '    <dati>\n        <gestore-emittente>SOGEI S.P.A.</gestore-emittente>\n'
            '        <data zona="+0100"><giorno>05/01/2027</giorno><ora>16:21:09</ora></data>\n'
            '        <identificativo>opec21009.20270105162109.04418.77.1.61@pec.fatturapa.it</identificativo>\n'
            '    </dati>\n</postacert>\n').encode("utf-8"), disposition="inline"),
    ], "----------=_1799162469-04418-77")
    signed = Multi("signed", [mixed, attach("application/pkcs7-signature", "smime.p7s",
                                            b"0\x82\x07\x41\x06\t*\x86H\x86\xf7\r\x01\x07\x02\xa0\x82\x072\x02\x01\x011\x0f")],
                   "----5A0E93C7D1B24F68A0C21E7F9B3D4C50",
                   params='protocol="application/pkcs7-signature"; micalg="sha-256"',
                   preamble="This is an S/MIME signed message")
    return build([
        ("Return-Path", "<posta-certificata@pcert.sogei.it>"),
        ("Subject", "POSTA CERTIFICATA: Notifica di scarto 16410233871"),
        ("Date", date(2027, 1, 5, 16, 21, 9)),
        ("X-Trasporto", "posta-certificata"),
        ("X-Riferimento-Message-ID", "<1463901553.8469102254.1799162469011@pec.fatturapa.it>"),
        ("Message-ID", "<opec21009.20270105162109.04418.77.1.61@pec.fatturapa.it>"),
        ("From", '"Per conto di: sdi12@pec.fatturapa.it" <posta-certificata@pcert.sogei.it>'),
        ("Reply-To", "sdi12@pec.fatturapa.it"),
        ("To", "chiara.sartori@pec.it"),
    ], signed)


# ----------------------------------------------------------------------------------------------- 0036
@message("payment-notification", "es",
         "Holded avisa de que la factura F2026-031 se ha cobrado por el enlace de pago; importe y número en la "
         "tabla.",
         amount="242.00", currency="EUR", reference="F2026-031")
def m0036():
    plain = """¡Factura cobrada!

Hola Marta,

Peluquería Marisa ha pagado la factura F2026-031 con tarjeta a través de Holded Pay.

Factura:        F2026-031
Cliente:        Peluquería Marisa (Marisa Ferrer Soler)
Importe:        242,00 €
Método:         Tarjeta •••• 4417
Fecha de cobro: 26/11/2026

Hemos marcado la factura como cobrada. El importe llegará a tu cuenta en el próximo abono de Holded Pay.

Ver factura: https://app.holded.com/invoicing/sales/documents/invoice/6745f1c2a9e0b

El equipo de Holded
"""
    body = """<!doctype html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f4f7;font-family:'Inter',Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px 0;border-radius:8px;">
<tr><td style="padding:28px 36px 0 36px;"><img src="https://www.holded.com/static/holded-logo.png" alt="Holded" width="100"></td></tr>
<tr><td style="padding:24px 36px 4px 36px;font-size:22px;font-weight:600;color:#1c1d21;">&iexcl;Factura cobrada!</td></tr>
<tr><td style="padding:8px 36px 16px 36px;font-size:15px;color:#4b4d57;">Hola Marta,<br>Peluquer&iacute;a Marisa ha pagado la factura F2026-031 con tarjeta a trav&eacute;s de Holded Pay.</td></tr>
<tr><td style="padding:0 36px;"><table width="100%" cellpadding="9" cellspacing="0" style="font-size:14px;color:#1c1d21;border:1px solid #e6e7eb;border-radius:6px;">
<tr><td style="color:#8a8c96;">Factura</td><td align="right">F2026-031</td></tr>
<tr><td style="color:#8a8c96;">Cliente</td><td align="right">Peluquer&iacute;a Marisa</td></tr>
<tr><td style="color:#8a8c96;">Importe</td><td align="right"><b>242,00&nbsp;&euro;</b></td></tr>
<tr><td style="color:#8a8c96;">M&eacute;todo</td><td align="right">Tarjeta &bull;&bull;&bull;&bull; 4417</td></tr>
<tr><td style="color:#8a8c96;">Fecha de cobro</td><td align="right">26/11/2026</td></tr>
</table></td></tr>
<tr><td style="padding:16px 36px;font-size:14px;color:#4b4d57;">Hemos marcado la factura como cobrada. El importe llegar&aacute; a tu cuenta en el pr&oacute;ximo abono de Holded Pay.</td></tr>
<tr><td style="padding:0 36px 28px 36px;"><a href="https://app.holded.com/invoicing/sales/documents/invoice/6745f1c2a9e0b" style="background:#ff5c35;color:#fff;padding:10px 20px;border-radius:6px;text-decoration:none;">Ver factura</a></td></tr>
</table></td></tr></table></body></html>
"""
    return build([
        ("From", a("Holded", "notifications@holded.com")),
        ("To", "marta@puigtraduccions.cat"),
        ("Subject", h("Factura F2026-031 cobrada · 242,00 €")),
        ("Date", date(2026, 11, 26, 19, 2, 11)),
        ("Message-ID", "<6745f1c2a9e0b.paid.1795716131@holded.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "b1_8f0c2e7d5a3b9146e2f7c0d1a4b5e6f7"))


# ----------------------------------------------------------------------------------------------- 0037
@message("bounce", "en",
         "Exim (cPanel host) plain-text bounce with X-Failed-Recipients: 'This is a permanent error', 550 5.1.1 "
         "user unknown; the copy of the reminder follows the report.",
         failed_recipient="billing@thecopperkettle.co.uk", permanent=True)
def m0037():
    plain = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  billing@thecopperkettle.co.uk
    host mx.thecopperkettle.co.uk [198.51.100.23]
    SMTP error from remote mail server after RCPT TO:<billing@thecopperkettle.co.uk>:
    550 5.1.1 <billing@thecopperkettle.co.uk>: Recipient address rejected: User unknown in local recipient table

------ This is a copy of the message, including all the headers. ------

Return-path: <sam@okaforaudio.co.uk>
Received: from [86.12.201.77] (port=52144 helo=[192.168.0.20])
	by cpanel12.ukservers.net with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.98)
	(envelope-from <sam@okaforaudio.co.uk>)
	id 1tNq4c-0007Xz-2R
	for billing@thecopperkettle.co.uk;
	Wed, 16 Dec 2026 11:27:02 +0000
From: Sam Okafor <sam@okaforaudio.co.uk>
To: billing@thecopperkettle.co.uk
Subject: Re: Invoice OA-2026-31
Date: Wed, 16 Dec 2026 11:27:00 +0000
Message-ID: <mailduns.OA-2026-31.20261216112700@okaforaudio.co.uk>
X-Mailer: mailduns
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Dear Accounts Team,

According to my records, invoice OA-2026-31 for £640.00, due on 30 November 2026, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.

If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.

Payment details:
- Account name: Sam Okafor
- IBAN: GB94 BARC 2004 0171 2345 67
- Payment reference: OA-2026-31

Kind regards,
Sam Okafor
"""
    return build([
        ("Return-path", "<>"),
        ("Envelope-to", "sam@okaforaudio.co.uk"),
        ("Delivery-date", date2(2026, 12, 16, 11, 27, 4, "+0000")),
        ("Received", "from mailnull by cpanel12.ukservers.net with local (Exim 4.98)\n\tid 1tNq4e-0007YB-0f\n\tfor sam@okaforaudio.co.uk;\n\t" + date2(2026, 12, 16, 11, 27, 4, "+0000")),
        ("X-Failed-Recipients", "billing@thecopperkettle.co.uk"),
        ("Auto-Submitted", "auto-replied"),
        ("From", a("Mail Delivery System", "Mailer-Daemon@cpanel12.ukservers.net")),
        ("To", "sam@okaforaudio.co.uk"),
        ("References", "<mailduns.OA-2026-31.20261216112700@okaforaudio.co.uk>"),
        ("Content-Type", 'text/plain; charset="utf-8"'),
        ("Content-Transfer-Encoding", "8bit"),
        ("Subject", "Mail delivery failed: returning message to sender"),
        ("Message-Id", "<E1tNq4e-0007YB-0f@cpanel12.ukservers.net>"),
        ("Date", date2(2026, 12, 16, 11, 27, 4, "+0000")),
    ], _Raw(plain.encode("utf-8")))


# ----------------------------------------------------------------------------------------------- 0038
@message("client-reply-promise", "en",
         "SAP Ariba 'payment scheduled' notice sent for the client: the invoice is approved and the client's "
         "system states the day it will pay (29 Jan 2027) and the net amount; a promise with a date, not money in.",
         promised_date="2027-01-29", amount="2150.00", currency="GBP", reference="INV-1058")
def m0038():
    plain = """Brampton Retail Group plc has scheduled a payment for your invoice.

Supplier:                 Fletcher Dev (ANID: AN11582043661)
Customer:                 Brampton Retail Group plc
Invoice Number:           INV-1058
Invoice Date:             14 Dec 2026
Invoice Status:           Approved
Scheduled Payment Date:   29 Jan 2027
Payment Method:           BACS
Gross Amount:             2,150.00 GBP
Discount:                 0.00 GBP
Net Amount:               2,150.00 GBP

The scheduled payment date is provided by your customer and may change. Log in to your Ariba Network
account to view the scheduled payment: https://service.ariba.com/Supplier.aw

This email was sent by SAP Business Network on behalf of Brampton Retail Group plc.
SAP Ariba, 3420 Hillview Avenue, Palo Alto, CA 94304, USA
"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#32363a;">
<table width="680" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:12px 0;border-bottom:2px solid #0a6ed1;"><img src="https://service.ariba.com/images/sap_logo.png" alt="SAP Business Network" height="30"></td></tr>
<tr><td style="padding:16px 0 8px 0;font-size:16px;">Brampton Retail Group plc has scheduled a payment for your invoice.</td></tr>
<tr><td><table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d9d9d9;font-size:12px;">
<tr><td bgcolor="#f2f2f2">Supplier</td><td>Fletcher Dev (ANID: AN11582043661)</td></tr>
<tr><td bgcolor="#f2f2f2">Customer</td><td>Brampton Retail Group plc</td></tr>
<tr><td bgcolor="#f2f2f2">Invoice Number</td><td>INV-1058</td></tr>
<tr><td bgcolor="#f2f2f2">Invoice Date</td><td>14 Dec 2026</td></tr>
<tr><td bgcolor="#f2f2f2">Invoice Status</td><td>Approved</td></tr>
<tr><td bgcolor="#f2f2f2">Scheduled Payment Date</td><td><b>29 Jan 2027</b></td></tr>
<tr><td bgcolor="#f2f2f2">Payment Method</td><td>BACS</td></tr>
<tr><td bgcolor="#f2f2f2">Gross Amount</td><td align="right">2,150.00 GBP</td></tr>
<tr><td bgcolor="#f2f2f2">Discount</td><td align="right">0.00 GBP</td></tr>
<tr><td bgcolor="#f2f2f2">Net Amount</td><td align="right"><b>2,150.00 GBP</b></td></tr>
</table></td></tr>
<tr><td style="padding-top:12px;">The scheduled payment date is provided by your customer and may change. <a href="https://service.ariba.com/Supplier.aw">Log in to your Ariba Network account</a> to view the scheduled payment.</td></tr>
<tr><td style="padding-top:20px;font-size:10px;color:#6a6d70;">This email was sent by SAP Business Network on behalf of Brampton Retail Group plc.<br>SAP Ariba, 3420 Hillview Avenue, Palo Alto, CA 94304, USA</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("SAP Business Network", "ordersender-prod@ansmtp.ariba.com")),
        ("To", "tom@fletcherdev.co.uk"),
        ("Subject", "Brampton Retail Group plc: Payment scheduled for invoice INV-1058"),
        ("Date", date(2027, 1, 14, 6, 40, 17, "+0000")),
        ("Message-ID", "<1547832201.88214.1799908817663.JavaMail.svcnotif@ansmtp.ariba.com>"),
        ("X-Ariba-Doc-Type", "ScheduledPayment"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_88214_1720533118.1799908817663"))


# ----------------------------------------------------------------------------------------------- 0039
@message("payment-notification", "it",
         "Qonto in italiano: bonifico ricevuto, il riferimento del cliente cita 'Saldo fattura 45/2026'.",
         amount="1830.00", currency="EUR", reference="45/2026")
def m0039():
    plain = """Hai ricevuto un bonifico

+ 1.830,00 €

Da: Officine Grafiche Bernasconi S.r.l.
Riferimento: Saldo fattura 45/2026
Conto: Conto principale (IT57 Q036 6901 6002 2334 7788 991)
Data: 10 dicembre 2026

Vedi la transazione: https://app.qonto.com/transactions

Il team Qonto
Olinda SAS (Qonto) - 18 rue de Navarin, 75009 Parigi, Francia
"""
    body = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f6f6f6;font-family:Inter,'Helvetica Neue',Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px 0;">
<tr><td style="padding:28px 32px 0 32px;"><img src="https://qonto.com/static/email/qonto-logo.png" alt="Qonto" width="90"></td></tr>
<tr><td style="padding:24px 32px 0 32px;font-size:20px;color:#1d1d1b;">Hai ricevuto un bonifico</td></tr>
<tr><td style="padding:8px 32px 20px 32px;font-size:32px;font-weight:600;color:#1d1d1b;">+ 1.830,00&nbsp;&euro;</td></tr>
<tr><td style="padding:0 32px;"><table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;color:#1d1d1b;border-top:1px solid #ececec;">
<tr><td style="color:#8c8c8a;">Da</td><td align="right">Officine Grafiche Bernasconi S.r.l.</td></tr>
<tr><td style="color:#8c8c8a;">Riferimento</td><td align="right">Saldo fattura 45/2026</td></tr>
<tr><td style="color:#8c8c8a;">Conto</td><td align="right">Conto principale</td></tr>
<tr><td style="color:#8c8c8a;">Data</td><td align="right">10 dicembre 2026</td></tr>
</table></td></tr>
<tr><td style="padding:24px 32px;"><a href="https://app.qonto.com/transactions" style="background:#1d1d1b;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none;">Vedi la transazione</a></td></tr>
<tr><td style="padding:0 32px 28px 32px;font-size:11px;color:#8c8c8a;">Olinda SAS (Qonto) - 18 rue de Navarin, 75009 Parigi, Francia</td></tr>
</table></td></tr></table></body></html>
"""
    return build([
        ("From", a("Qonto", "no-reply@qonto.com")),
        ("To", "marco.esposito@espositodev.it"),
        ("Subject", h("Hai ricevuto 1.830,00 € da Officine Grafiche Bernasconi S.r.l.")),
        ("Date", date(2026, 12, 10, 15, 10, 26)),
        ("Message-ID", "<01070193b1c8f2e5-qonto-credit-9f1e44a2@eu-central-1.amazonses.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "--_qonto_mixed_9f1e44a2c7b3"))


# ----------------------------------------------------------------------------------------------- 0040
@message("other", "en",
         "Xero says the client opened online invoice BC-2027-014 (amount due shown): a view, not a payment.")
def m0040():
    plain = """Kilbride Dental Practice has viewed invoice BC-2027-014

Invoice:      BC-2027-014
Contact:      Kilbride Dental Practice
Amount due:   EUR 1,230.00
Due date:     28 Feb 2027
Viewed:       22 Feb 2027 12:32

View the invoice in Xero: https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=8d2f71c4-3b9e-4a05-9e1d-5c7a0b2e6f13

You're receiving this email because online invoice notifications are turned on for Byrne Copy.
Xero Limited, 19-23 Taranaki Street, Wellington 6011, New Zealand
"""
    body = """<html><head><meta charset="utf-8"></head><body style="font-family:Helvetica,Arial,sans-serif;background:#f0f2f5;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto;">
<tr><td style="padding:24px 32px;"><img src="https://edge.xero.com/images/xero-logo.png" alt="Xero" width="48"></td></tr>
<tr><td style="padding:0 32px 12px 32px;font-size:20px;color:#0f2c3e;">Kilbride Dental Practice has viewed invoice BC-2027-014</td></tr>
<tr><td style="padding:0 32px;"><table width="100%" cellpadding="7" cellspacing="0" style="font-size:14px;color:#0f2c3e;">
<tr><td style="color:#5f6c77;">Invoice</td><td>BC-2027-014</td></tr>
<tr><td style="color:#5f6c77;">Contact</td><td>Kilbride Dental Practice</td></tr>
<tr><td style="color:#5f6c77;">Amount due</td><td>EUR 1,230.00</td></tr>
<tr><td style="color:#5f6c77;">Due date</td><td>28 Feb 2027</td></tr>
<tr><td style="color:#5f6c77;">Viewed</td><td>22 Feb 2027 12:32</td></tr>
</table></td></tr>
<tr><td style="padding:20px 32px;"><a href="https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=8d2f71c4-3b9e-4a05-9e1d-5c7a0b2e6f13" style="background:#13b5ea;color:#fff;padding:10px 20px;border-radius:3px;text-decoration:none;">View invoice</a></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-size:11px;color:#8a959e;">You're receiving this email because online invoice notifications are turned on for Byrne Copy.<br>Xero Limited, 19-23 Taranaki Street, Wellington 6011, New Zealand</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Xero", "messaging-service@post.xero.com")),
        ("To", "aoife@byrnecopy.ie"),
        ("Subject", "Invoice BC-2027-014 has been viewed by Kilbride Dental Practice"),
        ("Date", date(2027, 2, 22, 12, 33, 1, "+0000")),
        ("Message-ID", "<0100019528a1f3c2-invoice-viewed-8d2f71c4@post.xero.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "=-xero-notif-8d2f71c43b9e"))

# ----------------------------------------------------------------------------------------------- 0041
@message("auto-reply", "it",
         "Risposta automatica di Outlook in windows-1252: 'assente fino al 6 gennaio compreso' vuol dire di nuovo "
         "in ufficio il 7 gennaio 2027.",
         return_date="2027-01-07")
def m0041():
    plain = ("Gentile mittente,\n\n"
             "sarò assente dall\u2019ufficio fino al 6 gennaio compreso, con accesso limitato alla posta elettronica.\n"
             "Per questioni urgenti di contabilità fornitori potete contattare la collega Sig.ra Paola Marchi "
             "(p.marchi@hotelmiramonti-cortina.it \u2013 tel. 0436 862211).\n\n"
             "Buone feste!\n\n"
             "Roberta Galli\nUfficio Amministrazione\nHotel Miramonti \u2013 Cortina d\u2019Ampezzo\n")
    body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"></head>\n"
            "<body lang=\"IT\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\"><div class=\"WordSection1\">\n"
            "<p class=\"MsoNormal\">Gentile mittente,<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
            "<p class=\"MsoNormal\">sar\u00f2 assente dall\u2019ufficio fino al <b>6 gennaio compreso</b>, con accesso limitato alla posta elettronica.<br>\n"
            "Per questioni urgenti di contabilit\u00e0 fornitori potete contattare la collega Sig.ra Paola Marchi "
            "(<a href=\"mailto:p.marchi@hotelmiramonti-cortina.it\">p.marchi@hotelmiramonti-cortina.it</a> \u2013 tel. 0436 862211).<o:p></o:p></p>\n"
            "<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p><p class=\"MsoNormal\">Buone feste!<o:p></o:p></p><p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n"
            "<p class=\"MsoNormal\"><span style=\"color:#7F6000\">Roberta Galli<br>Ufficio Amministrazione<br>Hotel Miramonti \u2013 Cortina d\u2019Ampezzo</span><o:p></o:p></p>\n"
            "</div></body></html>\n")
    return build([
        ("From", a("Roberta Galli", "amministrazione@hotelmiramonti-cortina.it")),
        ("To", a("Giulia Ferri", "giulia@giuliaferri.it")),
        ("Subject", "Risposta automatica: R: Fattura n. 52/2026"),
        ("Thread-Topic", "Fattura n. 52/2026"),
        ("Thread-Index", "AQHbU2Jx0b7mJk9Qz0uP8c1e2Vf3aQ=="),
        ("Date", date(2026, 12, 22, 8, 15, 33)),
        ("Message-ID", "<AS8PR07MB7271E0C2D9A14B6F83E2A1D0F6C42@AS8PR07MB7271.eurprd07.prod.outlook.com>"),
        ("In-Reply-To", "<mailduns.52-2026.20261222081520@giuliaferri.it>"),
        ("References", "<mailduns.52-2026.20261222081520@giuliaferri.it>"),
        ("Content-Language", "it-IT"),
        ("X-MS-Has-Attach", ""),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "amministrazione@hotelmiramonti-cortina.it"),
        ("X-MS-TNEF-Correlator", ""),
    ], Multi("alternative", [text(plain, charset="windows-1252"), htmlpart(body, charset="windows-1252")],
             "_000_AS8PR07MB7271E0C2D9A14B6F83E2A1D0F6C42AS8PR07MB7271eurp_"))


# ----------------------------------------------------------------------------------------------- 0042
@message("payment-notification", "es",
         "Wise en español a un freelance de México: ha recibido 1.200,00 EUR de un cliente español con referencia "
         "'Factura A-318'; la moneda es EUR aunque el destinatario esté en México.",
         amount="1200.00", currency="EUR", reference="A-318")
def m0042():
    plain = """Has recibido 1.200,00 EUR

Hola, Andrés:

Estudio Creativo Faro SL te ha enviado 1.200,00 EUR. Ya está en tu cuenta de EUR en Wise.

Importe recibido:   1.200,00 EUR
De:                 Estudio Creativo Faro SL
Referencia:         Factura A-318
Recibido el:        1 de febrero de 2027

Ver el detalle: https://wise.com/activity

Gracias,
El equipo de Wise
"""
    body = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ffffff;font-family:'Wise Sans',Inter,Helvetica,Arial,sans-serif;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0">
<tr><td style="padding:32px 24px 8px 24px;"><img src="https://wise.com/public-resources/assets/logos/wise/brand_logo.svg" alt="Wise" width="96"></td></tr>
<tr><td style="padding:16px 24px 4px 24px;font-size:28px;font-weight:700;color:#163300;">Has recibido 1.200,00 EUR</td></tr>
<tr><td style="padding:8px 24px 20px 24px;font-size:16px;color:#454745;">Hola, Andr&eacute;s:<br>Estudio Creativo Faro SL te ha enviado 1.200,00 EUR. Ya est&aacute; en tu cuenta de EUR en Wise.</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="10" cellspacing="0" style="font-size:15px;color:#0e0f0c;background:#f2f5f0;border-radius:16px;">
<tr><td style="color:#6a6c6a;">Importe recibido</td><td align="right"><b>1.200,00 EUR</b></td></tr>
<tr><td style="color:#6a6c6a;">De</td><td align="right">Estudio Creativo Faro SL</td></tr>
<tr><td style="color:#6a6c6a;">Referencia</td><td align="right">Factura A-318</td></tr>
<tr><td style="color:#6a6c6a;">Recibido el</td><td align="right">1 de febrero de 2027</td></tr>
</table></td></tr>
<tr><td style="padding:24px;"><a href="https://wise.com/activity" style="background:#9fe870;color:#163300;padding:12px 24px;border-radius:24px;text-decoration:none;font-weight:600;">Ver el detalle</a></td></tr>
<tr><td style="padding:0 24px 32px 24px;font-size:12px;color:#6a6c6a;">Gracias,<br>El equipo de Wise</td></tr>
</table></td></tr></table></body></html>
"""
    return build([
        ("From", a("Wise", "noreply@wise.com")),
        ("To", "andres@molinaestudio.mx"),
        ("Subject", "Has recibido 1.200,00 EUR de Estudio Creativo Faro SL"),
        ("Date", date(2027, 2, 1, 9, 40, 12, "-0600")),
        ("Message-ID", "<0100019509f6d2a1-wise-balance-deposit-7c21e0b4@email.wise.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_1220431_603992117.1769960412377"))


# ----------------------------------------------------------------------------------------------- 0043
def _orig_0043():
    return outgoing(a("Valentina Rojas", "vrojas.disenio@gmail.com"), "pagos@distribuidoraandes.cl",
                    "Re: Boleta de honorarios N° 118", date(2027, 2, 17, 16, 4, 40, "-0300"),
                    "<CAJm4r8Vh2oQ1z_mailduns.118.20270217160440@mail.gmail.com>",
                    reminder_es("Estimados señores:", "118", "$520.000", "31/01/2027",
                                "Valentina Rojas", "Banco de Chile - Cta. Cte. 00-123-45678-09"))


@message("bounce", "es",
         "Rebote de Gmail en español ('No se ha encontrado la dirección') para una freelance de Chile: 550 5.1.1, "
         "permanente; el asunto del rebote sigue en inglés.",
         failed_recipient="pagos@distribuidoraandes.cl", permanent=True)
def m0043():
    plain = """
** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a pagos@distribuidoraandes.cl porque no se ha encontrado la dirección o esta no puede recibir correo.

Más información: https://support.google.com/mail/?p=NoSuchUser

La respuesta del servidor remoto ha sido:
550 5.1.1 <pagos@distribuidoraandes.cl>: Recipient address rejected: User unknown in virtual mailbox table
"""
    body = """<html>
<head><style>* { font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif; }</style></head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody><tr><td>
<table cellpadding=0 cellspacing=0><tbody><tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Icono de error" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">No se ha encontrado la direcci&oacute;n</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">Tu mensaje no se ha entregado a <a style='color:#212121;text-decoration:none'><b>pagos@distribuidoraandes.cl</b></a> porque no se ha encontrado la direcci&oacute;n o esta no puede recibir correo.</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left"><a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">M&Aacute;S INFORMACI&Oacute;N</a></td></tr>
</tbody></table></td></tr></tbody></table>
</td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%"><td align="left" style="padding:48px 10px">La respuesta del servidor remoto ha sido:<br/>
<p style="font-family:monospace">550 5.1.1 &lt;pagos@distribuidoraandes.cl&gt;: Recipient address rejected: User unknown in virtual mailbox table</p></td></tr>
</tbody></table>
</body></html>
"""
    report = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Wed, 17 Feb 2027 11:04:41 -0800 (PST)
X-Original-Message-ID: <CAJm4r8Vh2oQ1z_mailduns.118.20270217160440@mail.gmail.com>

Final-Recipient: rfc822; pagos@distribuidoraandes.cl
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.distribuidoraandes.cl. (200.73.114.9, the server for the
 domain distribuidoraandes.cl.)
Diagnostic-Code: smtp; 550 5.1.1 <pagos@distribuidoraandes.cl>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Wed, 17 Feb 2027 11:04:42 -0800 (PST)
"""
    return build([
        ("Delivered-To", "vrojas.disenio@gmail.com"),
        ("Return-Path", "<>"),
        ("From", a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", "vrojas.disenio@gmail.com"),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", "<CAJm4r8Vh2oQ1z_mailduns.118.20270217160440@mail.gmail.com>"),
        ("In-Reply-To", "<CAJm4r8Vh2oQ1z_mailduns.118.20270217160440@mail.gmail.com>"),
        ("X-Failed-Recipients", "pagos@distribuidoraandes.cl"),
        ("Message-ID", "<67b3878a.5d0a0220.2c4f1e.91b7.GMR@mx.google.com>"),
        ("Date", date2(2027, 2, 17, 11, 4, 42, "-0800", " (PST)")),
    ], Multi("report", [
        Multi("related", [
            Multi("alternative", [text(plain, charset="UTF-8"), htmlpart(body, charset="UTF-8")],
                  "000000000000a81e7d062e0c3b52"),
            attach("image/png", "icon.png", tiny_png(rgb=(219, 68, 55)), disposition="inline", extra=["Content-ID: <icon.png>"]),
        ], "000000000000a81e6e062e0c3b51"),
        dsn(report),
        Embedded(_orig_0043(), description="Undelivered Message"),
    ], "000000000000a81e5a062e0c3b50", params="report-type=delivery-status"))


# ----------------------------------------------------------------------------------------------- 0044
@message("other", "it",
         "Addebito diretto SEPA su UniCredit per la bolletta Fastweb: la causale dice 'Fattura n. M027841133', ma "
         "è una fattura del fornitore pagata dalla freelance, non un incasso.")
def m0044():
    plain = """Gentile Cliente,

La informiamo che in data 13/01/2027 è stato addebitato sul Suo conto
corrente n. ****8812 un addebito diretto SEPA (SDD) con le seguenti
caratteristiche:

  Importo ........................ EUR 34,95
  Creditore ...................... FASTWEB SPA
  Identificativo creditore ....... IT560010000012878470157
  Riferimento mandato ............ FW-2019-00488213
  Causale ........................ Fattura n. M027841133 periodo 01/12/2026-31/12/2026
  Data regolamento ............... 13/01/2027

Se non riconosce l'addebito può chiederne il rimborso entro 8 settimane
dalla data di addebito tramite UniCredit Banca via Internet o in filiale.

Cordiali saluti
UniCredit S.p.A.

--
Messaggio generato automaticamente, si prega di non rispondere.
"""
    return build([
        ("Return-Path", "<notifiche@unicredit.it>"),
        ("From", a("UniCredit", "notifiche@unicredit.it")),
        ("To", "marco.esposito@espositodev.it"),
        ("Subject", "UniCredit - Avviso addebito SDD"),
        ("Date", date(2027, 1, 13, 8, 0, 41)),
        ("Message-ID", "<20270113080041.ALRT0051977@notifiche.unicredit.it>"),
    ], text(plain, charset="iso-8859-1"))


# ----------------------------------------------------------------------------------------------- 0045
@message("payment-notification", "en",
         "SAP Ariba remittance advice: the customer has paid invoice BC-2027-021; payment amount in a table cell, "
         "with a PDF copy of the remittance attached.",
         amount="4320.00", currency="EUR", reference="BC-2027-021")
def m0045():
    plain = """Remittance Advice

Deltamar Shipping Ireland Ltd has sent you a remittance advice.

Payment Number:      PAY-IE-2027-004781
Payment Date:        04 Mar 2027
Payment Method:      SEPA Credit Transfer
Remit-To:            Byrne Copy - IE29 AIBK 9311 5212 3456 78
Payment Amount:      4,320.00 EUR

Invoice Number   Invoice Date   Gross Amount   Discount   Net Amount
BC-2027-021      02 Feb 2027    4,320.00       0.00       4,320.00

Funds should reach your account within 1-2 business days.

To view this remittance advice on SAP Business Network, log in at https://service.ariba.com/Supplier.aw

This email was sent by SAP Business Network on behalf of Deltamar Shipping Ireland Ltd.
"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#32363a;">
<table width="680" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:12px 0;border-bottom:2px solid #0a6ed1;"><img src="https://service.ariba.com/images/sap_logo.png" alt="SAP Business Network" height="30"></td></tr>
<tr><td style="padding:14px 0 4px 0;font-size:18px;">Remittance Advice</td></tr>
<tr><td style="padding:0 0 12px 0;">Deltamar Shipping Ireland Ltd has sent you a remittance advice.</td></tr>
<tr><td><table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d9d9d9;font-size:12px;">
<tr><td bgcolor="#f2f2f2">Payment Number</td><td>PAY-IE-2027-004781</td></tr>
<tr><td bgcolor="#f2f2f2">Payment Date</td><td>04 Mar 2027</td></tr>
<tr><td bgcolor="#f2f2f2">Payment Method</td><td>SEPA Credit Transfer</td></tr>
<tr><td bgcolor="#f2f2f2">Remit-To</td><td>Byrne Copy - IE29 AIBK 9311 5212 3456 78</td></tr>
<tr><td bgcolor="#f2f2f2">Payment Amount</td><td align="right"><b>4,320.00</b></td></tr>
<tr><td bgcolor="#f2f2f2">Currency</td><td>EUR</td></tr>
</table></td></tr>
<tr><td style="padding-top:14px;"><table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d9d9d9;font-size:12px;">
<tr bgcolor="#f2f2f2"><th>Invoice Number</th><th>Invoice Date</th><th>Gross Amount</th><th>Discount</th><th>Net Amount</th></tr>
<tr><td>BC-2027-021</td><td>02 Feb 2027</td><td align="right">4,320.00</td><td align="right">0.00</td><td align="right">4,320.00</td></tr>
</table></td></tr>
<tr><td style="padding-top:12px;">Funds should reach your account within 1-2 business days.</td></tr>
<tr><td style="padding-top:20px;font-size:10px;color:#6a6d70;">This email was sent by SAP Business Network on behalf of Deltamar Shipping Ireland Ltd.</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("SAP Business Network", "ordersender-prod@ansmtp.ariba.com")),
        ("To", "aoife@byrnecopy.ie"),
        ("Subject", "Remittance Advice from Deltamar Shipping Ireland Ltd - Payment PAY-IE-2027-004781"),
        ("Date", date(2027, 3, 4, 5, 12, 50, "+0000")),
        ("Message-ID", "<1602217745.120931.1804137170219.JavaMail.svcnotif@ansmtp.ariba.com>"),
        ("X-Ariba-Doc-Type", "PaymentRemittanceRequest"),
    ], Multi("mixed", [
        Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_120932_44718023.1804137170219"),
        attach("application/pdf", "Remittance_PAY-IE-2027-004781.pdf", tiny_pdf("Remittance Advice PAY-IE-2027-004781")),
    ], "----=_Part_120931_1390566310.1804137170219"))


# ----------------------------------------------------------------------------------------------- 0046
@message("other", "es",
         "Unicaja confirma un Bizum que envió el propio freelance (a un amigo, 'cena viernes'): dinero que sale.")
def m0046():
    plain = """Bizum enviado

Has enviado 18,00 € a PABLO M. C. (+34 ••• ••• 412).

Concepto: cena viernes 🍕
Fecha: 19/12/2026 22:10
Cuenta de cargo: ES** **** **** **** **** 0356

Si no has hecho esta operación, llámanos al 952 13 83 00.

Unicaja Banco, S.A. - Avda. de Andalucía, 10 y 12 - 29007 Málaga
"""
    return build([
        ("From", a("Unicaja", "notificaciones@unicaja.es")),
        ("To", "javier@ortegaweb.es"),
        ("Subject", "Bizum enviado"),
        ("Date", date(2026, 12, 19, 22, 10, 37)),
        ("Message-ID", "<UNJ.BZM.OUT.20261219221037.55120943@unicaja.es>"),
    ], text(plain, cte="base64"))


# ----------------------------------------------------------------------------------------------- 0047
@message("auto-reply", "en",
         "iCloud vacation reply (X-Apple-Action: VACATION, no Auto-Submitted) saying 'Back 4th Jan'; the "
         "X-Apple-Criteria end date (3 January) agrees.",
         return_date="2027-01-04")
def m0047():
    plain = """Away for the holidays with the family, not checking mail. Back 4th Jan.

Have a good one,
Mark
"""
    return build([
        ("Return-Path", "<markdoherty@icloud.com>"),
        ("Received", "from st43p00im-ztbu10073601.me.com (st43p00im-ztbu10073601.me.com [17.58.63.179])\n\tby cpanel12.ukservers.net with esmtps (TLS1.3) (Exim 4.98)\n\tid 1tOz9Q-0003Lk-1b\n\tfor sam@okaforaudio.co.uk; " + date2(2026, 12, 21, 18, 2, 44, "+0000")),
        ("From", "markdoherty@icloud.com"),
        ("To", a("Sam Okafor", "sam@okaforaudio.co.uk")),
        ("Subject", "Auto reply: Re: Invoice OA-2026-34"),
        ("Date", date(2026, 12, 21, 18, 2, 43, "+0000")),
        ("Message-id", "<4b9e1c07-8f2a-4d35-b6e1-0a7c93d2f5e8-vac@icloud.com>"),
        ("In-Reply-To", "<mailduns.OA-2026-34.20261221180230@okaforaudio.co.uk>"),
        ("References", "<mailduns.OA-2026-34.20261221180230@okaforaudio.co.uk>"),
        ("X-Apple-Criteria", "{kind=VACATION,startDate=2026-12-19T00:00:00Z,endDate=2027-01-03T23:59:59Z}"),
        ("X-Apple-Action", "VACATION"),
        ("X-Apple-UUID", "4b9e1c07-8f2a-4d35-b6e1-0a7c93d2f5e8"),
    ], text(plain, charset="UTF-8", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 0048
@message("payment-notification", "it",
         "Fatture in Cloud con TS Pay: il cliente ha pagato online la fattura 18/2026 e la fattura è segnata come "
         "saldata.",
         amount="610.00", currency="EUR", reference="18/2026")
def m0048():
    plain = """Ciao Giulia,

buone notizie: Pasticceria Dal Molin ha pagato la fattura n. 18/2026 con TS Pay.

Documento:       Fattura n. 18/2026 del 20/11/2026
Importo pagato:  610,00 €
Metodo:          Carta di credito
Data pagamento:  14/12/2026 11:24

Abbiamo registrato il pagamento e la fattura risulta saldata. L'accredito sul tuo conto avverrà entro 2 giorni lavorativi.

Vai alla fattura: https://secure.fattureincloud.it/invoices-view-41230915

Il team di Fatture in Cloud
TeamSystem S.p.A. - Via Sandro Pertini 88, 61122 Pesaro (PU)
"""
    body = """<html><head><meta charset="utf-8"></head>
<body style="background:#f4f6f8;font-family:'Open Sans',Arial,sans-serif;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px auto;">
<tr><td style="padding:20px 30px;border-bottom:1px solid #e3e8ee;"><img src="https://www.fattureincloud.it/img/logo-fic.png" alt="Fatture in Cloud" width="150"></td></tr>
<tr><td style="padding:24px 30px 8px 30px;font-size:15px;color:#25313c;">Ciao Giulia,<br><br>buone notizie: <b>Pasticceria Dal Molin</b> ha pagato la fattura n. 18/2026 con TS Pay.</td></tr>
<tr><td style="padding:8px 30px;"><table width="100%" cellpadding="7" cellspacing="0" style="font-size:14px;color:#25313c;border:1px solid #e3e8ee;">
<tr><td style="color:#7a8a99;">Documento</td><td>Fattura n. 18/2026 del 20/11/2026</td></tr>
<tr><td style="color:#7a8a99;">Importo pagato</td><td><b>610,00 &euro;</b></td></tr>
<tr><td style="color:#7a8a99;">Metodo</td><td>Carta di credito</td></tr>
<tr><td style="color:#7a8a99;">Data pagamento</td><td>14/12/2026 11:24</td></tr>
<tr><td style="color:#7a8a99;">Stato</td><td><span style="background:#e7f6ec;color:#1e8e3e;padding:2px 8px;border-radius:10px;">Saldata</span></td></tr>
</table></td></tr>
<tr><td style="padding:16px 30px;font-size:14px;color:#25313c;">L'accredito sul tuo conto avverr&agrave; entro 2 giorni lavorativi.</td></tr>
<tr><td style="padding:0 30px 20px 30px;"><a href="https://secure.fattureincloud.it/invoices-view-41230915" style="background:#0b8fe0;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none;">Vai alla fattura</a></td></tr>
<tr><td style="padding:0 30px 24px 30px;font-size:11px;color:#7a8a99;">TeamSystem S.p.A. - Via Sandro Pertini 88, 61122 Pesaro (PU)</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Fatture in Cloud", "notifiche@fattureincloud.it")),
        ("To", "giulia@giuliaferri.it"),
        ("Subject", "Pagamento ricevuto per la fattura n. 18/2026"),
        ("Date", date(2026, 12, 14, 11, 25, 9)),
        ("Message-ID", "<fic.tspay.41230915.1797243909@fattureincloud.it>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "_=_fic_tspay_41230915_=_"))


# ----------------------------------------------------------------------------------------------- 0049
@message("bounce", "it",
         "Avviso di Libero Mail: messaggio non ancora recapitato perché la casella del destinatario è piena "
         "(452 4.2.2); il sistema riprova, quindi è un errore temporaneo.",
         failed_recipient="contabilita@autofficinamarelli.it", permanent=False)
def m0049():
    plain = """Questo è un messaggio automatico del servizio Libero Mail.

ATTENZIONE: questo è solo un avviso, non è necessario inviare di nuovo il messaggio.

Il messaggio da te inviato non è stato ancora recapitato al seguente destinatario:

    contabilita@autofficinamarelli.it

Motivo: la casella del destinatario è piena.
Risposta del server remoto: 452 4.2.2 <contabilita@autofficinamarelli.it>: Mailbox full

Il sistema continuerà a tentare la consegna per i prossimi 5 giorni. Se la consegna non sarà possibile
riceverai un ulteriore avviso.

Oggetto del messaggio: Re: Fattura n. 7/2027
Inviato il: 13/03/2027 15:31
"""
    report = """Reporting-MTA: dns; smtp-out22.libero.it
Arrival-Date: Sat, 13 Mar 2027 15:31:08 +0100

Final-Recipient: rfc822; contabilita@autofficinamarelli.it
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.autofficinamarelli.it
Diagnostic-Code: smtp; 452 4.2.2 <contabilita@autofficinamarelli.it>: Mailbox full
Will-Retry-Until: Thu, 18 Mar 2027 15:31:08 +0100
"""
    orig_headers = """Received: from [192.168.1.7] ([93.45.118.202]) by smtp-out22.libero.it with ESMTPSA
	id 8xZc2kTbq1Pz; Sat, 13 Mar 2027 15:31:08 +0100
From: Salvatore Greco <salvo.greco@libero.it>
To: contabilita@autofficinamarelli.it
Subject: Re: Fattura n. 7/2027
Date: Sat, 13 Mar 2027 15:31:06 +0100
Message-ID: <mailduns.7-2027.20270313153106@libero.it>
X-Mailer: mailduns
"""
    return build([
        ("Return-Path", "<>"),
        ("From", a("Libero Mail", "MAILER-DAEMON@libero.it")),
        ("To", "salvo.greco@libero.it"),
        ("Subject", "Avviso: messaggio non ancora recapitato"),
        ("Date", date(2027, 3, 13, 19, 40, 11)),
        ("Message-ID", "<20270313184011.8xZc2kTbq1Pz.dsn@smtp-out22.libero.it>"),
        ("Auto-Submitted", "auto-replied"),
    ], Multi("report", [
        text(plain, charset="iso-8859-1"),
        dsn(report),
        Embedded(orig_headers.encode("ascii"), ctype="text/rfc822-headers"),
    ], "8xZc2kTbq1Pz.1805049611/smtp-out22.libero.it", params="report-type=delivery-status"))


# ----------------------------------------------------------------------------------------------- 0050
@message("other", "en",
         "Wise confirms a transfer the freelancer sent to her proofreader, reference 'Invoice 12 - proofreading': "
         "money out, although it has an invoice number and an amount.")
def m0050():
    plain = """You sent €300.00 to Ciarán Walsh

Hi Aoife,

Your transfer to Ciarán Walsh is complete. The money should arrive in his account today.

You sent:          €300.00
Fee:               €0.00
Ciarán gets:       €300.00
Reference:         Invoice 12 - proofreading
Transfer number:   #1184402711

Track this transfer: https://wise.com/transactions/activities/by-resource/TRANSFER/1184402711

Thanks,
The Wise team
"""
    body = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ffffff;font-family:'Wise Sans',Inter,Helvetica,Arial,sans-serif;">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:32px 24px 8px 24px;"><img src="https://wise.com/public-resources/assets/logos/wise/brand_logo.svg" alt="Wise" width="96"></td></tr>
<tr><td style="padding:16px 24px 4px 24px;font-size:26px;font-weight:700;color:#163300;">You sent &euro;300.00 to Ciar&aacute;n Walsh</td></tr>
<tr><td style="padding:8px 24px 20px 24px;font-size:16px;color:#454745;">Hi Aoife,<br>Your transfer to Ciar&aacute;n Walsh is complete. The money should arrive in his account today.</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="10" cellspacing="0" style="font-size:15px;color:#0e0f0c;background:#f2f5f0;border-radius:16px;">
<tr><td style="color:#6a6c6a;">You sent</td><td align="right">&euro;300.00</td></tr>
<tr><td style="color:#6a6c6a;">Fee</td><td align="right">&euro;0.00</td></tr>
<tr><td style="color:#6a6c6a;">Ciar&aacute;n gets</td><td align="right"><b>&euro;300.00</b></td></tr>
<tr><td style="color:#6a6c6a;">Reference</td><td align="right">Invoice 12 - proofreading</td></tr>
<tr><td style="color:#6a6c6a;">Transfer number</td><td align="right">#1184402711</td></tr>
</table></td></tr>
<tr><td style="padding:24px;"><a href="https://wise.com/transactions/activities/by-resource/TRANSFER/1184402711" style="background:#9fe870;color:#163300;padding:12px 24px;border-radius:24px;text-decoration:none;font-weight:600;">Track this transfer</a></td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Wise", "noreply@wise.com")),
        ("To", "aoife@byrnecopy.ie"),
        ("Subject", h("You sent €300.00 to Ciarán Walsh")),
        ("Date", date(2027, 2, 26, 15, 0, 22, "+0000")),
        ("Message-ID", "<01000195421c7a8e-wise-transfer-1184402711@email.wise.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_1301882_118440271.1803992422109"))

# ----------------------------------------------------------------------------------------------- 0051
@message("payment-notification", "es",
         "BBVA México: transferencia SPEI recibida en pesos (MXN) con concepto 'PAGO FACT A-312' y clave de "
         "rastreo; zona horaria de la Ciudad de México.",
         amount="18560.00", currency="MXN", reference="A-312")
def m0051():
    plain = """BBVA México

¡Recibiste una transferencia SPEI!

Hola ANDRES MOLINA,

Te informamos que recibiste una transferencia en tu cuenta.

Monto:                 $18,560.00 MXN
Ordenante:             COMERCIALIZADORA DEL BAJIO SA DE CV
Banco emisor:          BANORTE
Concepto de pago:      PAGO FACT A-312
Referencia numérica:   250127
Clave de rastreo:      8846APR1202701250043218761
Cuenta destino:        ******4417
Fecha y hora:          25/01/2027 12:41:09

Consulta el comprobante electrónico de pago (CEP) en www.banxico.org.mx/cep

Este correo es informativo, favor de no responder a esta dirección.
BBVA México, S.A., Institución de Banca Múltiple, Grupo Financiero BBVA México. Av. Paseo de la Reforma 510, Col. Juárez, C.P. 06600, Ciudad de México.
"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;background:#f4f4f4;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#072146;padding:16px 24px;color:#ffffff;font-size:18px;"><img src="https://www.bbva.mx/content/dam/public-web/mexico/images/logos/bbva-logo-white.png" width="80" alt="BBVA"> M&eacute;xico</td></tr>
<tr><td style="padding:24px 24px 8px 24px;font-size:22px;color:#004481;">&iexcl;Recibiste una transferencia SPEI!</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:14px;color:#121212;">Hola ANDRES MOLINA,<br>Te informamos que recibiste una transferencia en tu cuenta.</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="8" cellspacing="0" style="font-size:13px;border:1px solid #e1e1e1;">
<tr><td style="color:#666;background:#f4f4f4;">Monto</td><td style="font-size:18px;color:#028484;"><b>$18,560.00 MXN</b></td></tr>
<tr><td style="color:#666;background:#f4f4f4;">Ordenante</td><td>COMERCIALIZADORA DEL BAJIO SA DE CV</td></tr>
<tr><td style="color:#666;background:#f4f4f4;">Banco emisor</td><td>BANORTE</td></tr>
<tr><td style="color:#666;background:#f4f4f4;">Concepto de pago</td><td>PAGO FACT A-312</td></tr>
<tr><td style="color:#666;background:#f4f4f4;">Referencia num&eacute;rica</td><td>250127</td></tr>
<tr><td style="color:#666;background:#f4f4f4;">Clave de rastreo</td><td>8846APR1202701250043218761</td></tr>
<tr><td style="color:#666;background:#f4f4f4;">Cuenta destino</td><td>******4417</td></tr>
<tr><td style="color:#666;background:#f4f4f4;">Fecha y hora</td><td>25/01/2027 12:41:09</td></tr>
</table></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666;">Consulta el comprobante electr&oacute;nico de pago (CEP) en www.banxico.org.mx/cep</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:10px;color:#999;">Este correo es informativo, favor de no responder a esta direcci&oacute;n.<br>BBVA M&eacute;xico, S.A., Instituci&oacute;n de Banca M&uacute;ltiple, Grupo Financiero BBVA M&eacute;xico.</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("BBVA México", "notificaciones@bbva.mx")),
        ("To", "andres@molinaestudio.mx"),
        ("Subject", h("Recibiste una transferencia SPEI por $18,560.00")),
        ("Date", date(2027, 1, 25, 12, 41, 15, "-0600")),
        ("Message-ID", "<SPEI.IN.20270125124115.4417.88213@notificaciones.bbva.mx>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_90312_188240551.1769366475001"))


# ----------------------------------------------------------------------------------------------- 0052
@message("auto-reply", "it",
         "Ricevuta automatica di Zendesk dell'ufficio fornitori del cliente: ricorda la politica di pagamento "
         "(60 gg d.f.f.m. il giorno 10), che è una regola generale e non una promessa per questa fattura.")
def m0052():
    plain = """##- Scrivi la tua risposta sopra questa riga -##

Gentile fornitore,

la tua richiesta (#48213) è stata ricevuta ed è in fase di revisione da parte del nostro staff.

Per aggiungere ulteriori commenti, rispondi a questa email.

Ti ricordiamo che i pagamenti ai fornitori vengono effettuati a 60 gg data fattura fine mese, con bonifico il giorno 10 del mese successivo, e solo per fatture elettroniche ricevute tramite SdI con il codice ordine corretto.

Ufficio Fornitori
Gruppo Alimentare Tosi S.p.A.

Questa email è un servizio di Ufficio Fornitori - Gruppo Alimentare Tosi. Con tecnologia Zendesk.
[Z1LPQ8-7RK2]
"""
    body = """<div style="color:#b5b5b5;">##- Scrivi la tua risposta sopra questa riga -##</div>
<div style="font-family:'Lucida Grande','Lucida Sans Unicode',Tahoma,sans-serif;font-size:14px;line-height:1.5;color:#444444;">
<p>Gentile fornitore,</p>
<p>la tua richiesta (#48213) &egrave; stata ricevuta ed &egrave; in fase di revisione da parte del nostro staff.</p>
<p>Per aggiungere ulteriori commenti, rispondi a questa email.</p>
<p>Ti ricordiamo che i pagamenti ai fornitori vengono effettuati a 60 gg data fattura fine mese, con bonifico il giorno 10 del mese successivo, e solo per fatture elettroniche ricevute tramite SdI con il codice ordine corretto.</p>
<p>Ufficio Fornitori<br>Gruppo Alimentare Tosi S.p.A.</p>
</div>
<div style="color:#aaaaaa;margin:10px 0 14px 0;padding-top:10px;border-top:1px solid #eeeeee;font-size:12px;">Questa email &egrave; un servizio di Ufficio Fornitori - Gruppo Alimentare Tosi. Con tecnologia <a href="https://www.zendesk.com" style="color:black;">Zendesk</a>.</div>
<span style="color:#FFFFFF" aria-hidden="true">[Z1LPQ8-7RK2]</span>
"""
    return build([
        ("From", a("Ufficio Fornitori - Gruppo Alimentare Tosi", "fornitori@gruppotosi.zendesk.com")),
        ("Reply-To", a("Ufficio Fornitori - Gruppo Alimentare Tosi", "fornitori@gruppotosi.zendesk.com")),
        ("To", a("Francesca Lombardo", "info@francescalombardo.it")),
        ("Subject", "[Ufficio Fornitori] Re: Fattura n. 33/2026"),
        ("Date", date(2027, 1, 7, 9, 12, 58)),
        ("Message-ID", "<Z1LPQ87RK2_677ce2b2a1f3e_4a2c11d3_sprut@zendesk.com>"),
        ("In-Reply-To", "<mailduns.33-2026.20270107091240@francescalombardo.it>"),
        ("References", "<mailduns.33-2026.20270107091240@francescalombardo.it>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Zendesk Mailer"),
        ("X-Zendesk-From-Account-Id", "5c2a1e9"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "--==_mimepart_677ce2b2a2a41_4a2c11d3"))


# ----------------------------------------------------------------------------------------------- 0053
@message("other", "it",
         "Ricevuta di accettazione PEC di Aruba per la diffida che la freelance ha spedito: conferma l'invio, non "
         "è una risposta del cliente né un pagamento né un mancato recapito.")
def m0053():
    plain = """Ricevuta di accettazione

Il giorno 03/03/2027 alle ore 10:05:12 (+0100) il messaggio
"Diffida di pagamento - Fattura n. 24/2026" proveniente da "elena.moretti@pec.it"
ed indirizzato a:
amministrazione@pec.edilgamma.it ("posta certificata")

è stato accettato dal sistema ed inoltrato.
Identificativo messaggio: opec210312.20270303100512.11873.202.1.66@pec.aruba.it
"""
    body = """<html><head><title>Ricevuta di accettazione</title></head>
<body><h3>Ricevuta di accettazione</h3><hr><br>
Il giorno 03/03/2027 alle ore 10:05:12 (+0100) il messaggio<br>
&quot;Diffida di pagamento - Fattura n. 24/2026&quot; proveniente da &quot;elena.moretti@pec.it&quot;<br>
ed indirizzato a:<br>amministrazione@pec.edilgamma.it (&quot;posta certificata&quot;)<br><br>
&egrave; stato accettato dal sistema ed inoltrato.<br>
Identificativo messaggio: opec210312.20270303100512.11873.202.1.66@pec.aruba.it<br>
</body></html>
"""
    daticert = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="accettazione" errore="nessuno">
    <intestazione>
        <mittente>elena.moretti@pec.it</mittente>
        <destinatari tipo="certificato">amministrazione@pec.edilgamma.it</destinatari>
        <risposte>elena.moretti@pec.it</risposte>
        <oggetto>Diffida di pagamento - Fattura n. 24/2026</oggetto>
    </intestazione>
    <dati>
        <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
        <data zona="+0100">
            <giorno>03/03/2027</giorno>
            <ora>10:05:12</ora>
        </data>
        <identificativo>opec210312.20270303100512.11873.202.1.66@pec.aruba.it</identificativo>
        <msgid>&lt;mailduns.notice.24-2026.20270303100510@morettiformazione.it&gt;</msgid>
    </dati>
</postacert>
"""
    mixed = Multi("mixed", [
        Multi("alternative", [text(plain, charset="iso-8859-1"), htmlpart(body, charset="iso-8859-1")],
              "----------=_1804064712-11873-203"),
        attach("application/xml", "daticert.xml", daticert.encode("utf-8"), disposition="inline"),
    ], "----------=_1804064712-11873-202")
    signed = Multi("signed", [mixed, attach("application/x-pkcs7-signature", "smime.p7s",
                                            b"0\x82\x05\xf1\x06\t*\x86H\x86\xf7\r\x01\x07\x02\xa0\x82\x05\xe20\x82\x05\xde\x02\x01\x01")],
                   "----9E4B7C21A0F35D68B2E1C47A90D3F615",
                   params='protocol="application/x-pkcs7-signature"; micalg="sha-256"',
                   preamble="This is an S/MIME signed message")
    return build([
        ("Return-Path", "<posta-certificata@pec.aruba.it>"),
        ("Subject", "ACCETTAZIONE: Diffida di pagamento - Fattura n. 24/2026"),
        ("X-Riferimento-Message-ID", "<mailduns.notice.24-2026.20270303100510@morettiformazione.it>"),
        ("Date", date(2027, 3, 3, 10, 5, 12)),
        ("Message-ID", "<opec210312.20270303100512.11873.202.1.66@pec.aruba.it>"),
        ("To", "elena.moretti@pec.it"),
        ("X-Ricevuta", "accettazione"),
        ("From", "posta-certificata@pec.aruba.it"),
    ], signed)


# ----------------------------------------------------------------------------------------------- 0054
@message("payment-notification", "en",
         "Tipalti supplier notice: the US client has sent a wire of USD 1,875.00 for invoice PS-2027-003; money on "
         "its way to the freelancer, with the invoice listed in a table.",
         amount="1875.00", currency="USD", reference="PS-2027-003")
def m0054():
    plain = """Payment Sent

Hello Priya Shah,

Lumen Games Inc. has sent you a payment.

Payment amount:     1,875.00 USD
Payment method:     Wire transfer (USD)
Payment date:       Feb 18, 2027
Estimated arrival:  1-3 business days

Invoices included in this payment:
Invoice number     Invoice date     Amount
PS-2027-003        Jan 20, 2027     1,875.00 USD

Depending on your bank, intermediary and receiving fees may be deducted from the amount you receive.

To view your payment history, log in to the Supplier Hub: https://suppliers.tipalti.com/lumengames

This is an automated message sent by Tipalti on behalf of Lumen Games Inc. Please do not reply.
"""
    body = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;background:#f5f6fa;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px auto;">
<tr><td style="padding:20px 30px;border-bottom:1px solid #e4e7ef;"><img src="https://suppliers.tipalti.com/lumengames/logo.png" alt="Lumen Games" height="36"></td></tr>
<tr><td style="padding:24px 30px 6px 30px;font-size:20px;color:#1b2a4e;">Payment Sent</td></tr>
<tr><td style="padding:0 30px 16px 30px;font-size:14px;color:#1b2a4e;">Hello Priya Shah,<br><br>Lumen Games Inc. has sent you a payment.</td></tr>
<tr><td style="padding:0 30px;"><table width="100%" cellpadding="7" cellspacing="0" style="font-size:14px;color:#1b2a4e;border:1px solid #e4e7ef;">
<tr><td style="background:#f5f6fa;">Payment amount</td><td><b>1,875.00 USD</b></td></tr>
<tr><td style="background:#f5f6fa;">Payment method</td><td>Wire transfer (USD)</td></tr>
<tr><td style="background:#f5f6fa;">Payment date</td><td>Feb 18, 2027</td></tr>
<tr><td style="background:#f5f6fa;">Estimated arrival</td><td>1-3 business days</td></tr>
</table></td></tr>
<tr><td style="padding:16px 30px 4px 30px;font-size:14px;color:#1b2a4e;">Invoices included in this payment:</td></tr>
<tr><td style="padding:0 30px;"><table width="100%" cellpadding="7" cellspacing="0" style="font-size:13px;color:#1b2a4e;border:1px solid #e4e7ef;">
<tr style="background:#f5f6fa;"><th align="left">Invoice number</th><th align="left">Invoice date</th><th align="right">Amount</th></tr>
<tr><td>PS-2027-003</td><td>Jan 20, 2027</td><td align="right">1,875.00 USD</td></tr>
</table></td></tr>
<tr><td style="padding:16px 30px;font-size:12px;color:#6b7a99;">Depending on your bank, intermediary and receiving fees may be deducted from the amount you receive.<br><br>This is an automated message sent by Tipalti on behalf of Lumen Games Inc. Please do not reply.</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Lumen Games Inc. via Tipalti", "payments@notifications.tipalti.com")),
        ("To", "priya@shahillustration.com"),
        ("Subject", "Lumen Games Inc. has sent you a payment"),
        ("Date", date(2027, 2, 18, 22, 10, 5, "+0000")),
        ("Message-ID", "<0100019516a3b2c8-tipalti-pmt-22871934@email.tipalti.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_22871934_1771452605"))


# ----------------------------------------------------------------------------------------------- 0055
@message("bounce", "en",
         "Exim delay warning ('has not yet been delivered ... after more than 24 hours'), 451 4.3.0: temporary; "
         "delivery attempts continue.",
         failed_recipient="accounts@riverbendstudios.co.uk", permanent=False)
def m0055():
    plain = """This message was created automatically by mail delivery software.

A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on cpanel12.ukservers.net.

The message identifier is:     1tR2kA-0002Fq-3c
The subject of the message is: Re: Invoice OA-2027-02
The date of the message is:    Tue, 09 Feb 2027 10:02:11 +0000

The address to which the message has not yet been delivered is:

  accounts@riverbendstudios.co.uk
    host mx.riverbendstudios.co.uk [198.51.100.77]
    Delay reason: SMTP error from remote mail server after RCPT TO:<accounts@riverbendstudios.co.uk>:
    451 4.3.0 <accounts@riverbendstudios.co.uk>: Temporary lookup failure

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
    return build([
        ("Return-path", "<>"),
        ("Envelope-to", "sam@okaforaudio.co.uk"),
        ("Delivery-date", date2(2027, 2, 10, 10, 5, 33, "+0000")),
        ("Received", "from mailnull by cpanel12.ukservers.net with local (Exim 4.98)\n\tid 1tRPxZ-0009Aa-2M\n\tfor sam@okaforaudio.co.uk;\n\t" + date2(2027, 2, 10, 10, 5, 33, "+0000")),
        ("X-Failed-Recipients", "accounts@riverbendstudios.co.uk"),
        ("Auto-Submitted", "auto-replied"),
        ("From", a("Mail Delivery System", "Mailer-Daemon@cpanel12.ukservers.net")),
        ("To", "sam@okaforaudio.co.uk"),
        ("Subject", "Warning: message 1tR2kA-0002Fq-3c delayed 24 hours"),
        ("References", "<mailduns.OA-2027-02.20270209100211@okaforaudio.co.uk>"),
        ("Message-Id", "<E1tRPxZ-0009Aa-2M@cpanel12.ukservers.net>"),
        ("Date", date2(2027, 2, 10, 10, 5, 33, "+0000")),
    ], text(plain, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 0056
@message("other", "es",
         "Holded avisa de que el cliente ha abierto la factura F2027-007, todavía pendiente: una visualización, "
         "no un cobro.")
def m0056():
    plain = """Hola Marta,

Gestoría Ribas i Fills ha abierto la factura F2027-007.

Factura:      F2027-007
Cliente:      Gestoría Ribas i Fills, S.L.
Total:        484,00 €
Vencimiento:  15/03/2027
Estado:       Pendiente
Abierta el:   02/03/2027 a las 17:47

Ver factura: https://app.holded.com/invoicing/sales/documents/invoice/67c48a1e3f2d7

El equipo de Holded
"""
    body = """<!doctype html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f4f7;font-family:'Inter',Helvetica,Arial,sans-serif;">
<table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px auto;border-radius:8px;">
<tr><td style="padding:28px 36px 0 36px;"><img src="https://www.holded.com/static/holded-logo.png" alt="Holded" width="100"></td></tr>
<tr><td style="padding:20px 36px 12px 36px;font-size:15px;color:#4b4d57;">Hola Marta,<br><b>Gestor&iacute;a Ribas i Fills</b> ha abierto la factura F2027-007.</td></tr>
<tr><td style="padding:0 36px;"><table width="100%" cellpadding="9" cellspacing="0" style="font-size:14px;color:#1c1d21;border:1px solid #e6e7eb;">
<tr><td style="color:#8a8c96;">Factura</td><td align="right">F2027-007</td></tr>
<tr><td style="color:#8a8c96;">Total</td><td align="right">484,00&nbsp;&euro;</td></tr>
<tr><td style="color:#8a8c96;">Vencimiento</td><td align="right">15/03/2027</td></tr>
<tr><td style="color:#8a8c96;">Estado</td><td align="right"><span style="color:#d97706;">Pendiente</span></td></tr>
<tr><td style="color:#8a8c96;">Abierta el</td><td align="right">02/03/2027 a las 17:47</td></tr>
</table></td></tr>
<tr><td style="padding:20px 36px 28px 36px;"><a href="https://app.holded.com/invoicing/sales/documents/invoice/67c48a1e3f2d7" style="background:#ff5c35;color:#fff;padding:10px 20px;border-radius:6px;text-decoration:none;">Ver factura</a></td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Holded", "notifications@holded.com")),
        ("To", "marta@puigtraduccions.cat"),
        ("Subject", h("Gestoría Ribas i Fills ha abierto tu factura F2027-007")),
        ("Date", date(2027, 3, 2, 17, 48, 30)),
        ("Message-ID", "<67c48a1e3f2d7.opened.1803919710@holded.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "b1_2c7e9a0f4d1b8356a9e0c3f2d7b1a4e5"))


# ----------------------------------------------------------------------------------------------- 0057
@message("payment-notification", "it",
         "Avviso BancoPosta in testo semplice windows-1252 (simbolo dell'euro come byte 0x80): bonifico con "
         "causale 'PRIMO ACCONTO FATT. 9/2026', un pagamento parziale.",
         amount="150.00", currency="EUR", reference="9/2026")
def m0057():
    plain = """BancoPosta - Notifica movimento

Gentile Cliente,
ti informiamo che sul tuo Conto BancoPosta è stato registrato il seguente movimento:

Tipo operazione:   BONIFICO A VOSTRO FAVORE
Importo:           € 150,00
Data contabile:    20/11/2026
Data valuta:       20/11/2026
Ordinante:         DE LUCA ANTONIO
Causale:           PRIMO ACCONTO FATT. 9/2026 TRADUZIONE ATTI

Per visualizzare la lista movimenti accedi all'area riservata di poste.it o all'app BancoPosta.

Poste Italiane non ti chiederà mai, tramite email, SMS o telefono, codici di accesso, codici PIN o dati delle carte.

Poste Italiane S.p.A. - Patrimonio BancoPosta
"""
    return build([
        ("Return-Path", "<noreply@bancoposta.poste.it>"),
        ("From", a("BancoPosta", "noreply@bancoposta.poste.it")),
        ("To", "salvo.greco@libero.it"),
        ("Subject", "BancoPosta - Notifica movimento sul conto"),
        ("Date", date(2026, 11, 20, 13, 2, 51)),
        ("Message-ID", "<BP.NOTIF.20261120130251.000771245@bancoposta.poste.it>"),
    ], text(plain, charset="windows-1252"))


# ----------------------------------------------------------------------------------------------- 0058
@message("auto-reply", "es",
         "Respuesta automática de una cuenta que ya no se usa (regla de Exchange): remite a otra dirección y no da "
         "fecha de vuelta.")
def m0058():
    plain = """Esta cuenta de correo ya no está operativa.

Por favor, dirija sus comunicaciones a facturacion@grupoiberplast.com (facturas y pagos) o a info@grupoiberplast.com (resto de consultas).

Los mensajes enviados a esta dirección no serán leídos ni reenviados.

Grupo Iberplast
"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;">
<p><b>Esta cuenta de correo ya no est&aacute; operativa.</b></p>
<p>Por favor, dirija sus comunicaciones a <a href="mailto:facturacion@grupoiberplast.com">facturacion@grupoiberplast.com</a> (facturas y pagos) o a <a href="mailto:info@grupoiberplast.com">info@grupoiberplast.com</a> (resto de consultas).</p>
<p>Los mensajes enviados a esta direcci&oacute;n no ser&aacute;n le&iacute;dos ni reenviados.</p>
<p>Grupo Iberplast</p></div></body></html>
"""
    return build([
        ("From", a("Jorge López Carrasco", "jlopez@grupoiberplast.com")),
        ("To", a("Nuria Esteve", "nuria.esteve@movistar.es")),
        ("Subject", h("Respuesta automática: Factura n.º 2027-0009")),
        ("Date", date(2027, 2, 16, 9, 0, 3)),
        ("Message-ID", "<PAXPR02MB7638F1B2C4E0A95D3E7A6C21B8D04@PAXPR02MB7638.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", "<mailduns.2027-0009.20270216085957@movistar.es>"),
        ("References", "<mailduns.2027-0009.20270216085957@movistar.es>"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Generated-Message-Source", "Transport Rule Agent"),
        ("Content-Language", "es-ES"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "_000_PAXPR02MB7638F1B2C4E0A95D3E7A6C21B8D04PAXPR02MB7638eurp_"))


# ----------------------------------------------------------------------------------------------- 0059
@message("other", "en",
         "AIB card alert: the freelancer's own card payment to Adobe was declined; no money came in.")
def m0059():
    plain = """AIB Card Alert

A transaction on your AIB Debit Card ending 2284 was declined.

Merchant:   ADOBE *CREATIVE CLD
Amount:     EUR 59.99
Date:       01/03/2027 02:13
Reason:     Insufficient funds

If you recognise this transaction, please make sure there are enough funds in your account and try again.
If you don't recognise it, call us on 0818 724 724 straight away.

Please do not reply to this email.

Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
"""
    return build([
        ("From", a("AIB", "alerts@aib.ie")),
        ("To", "aoife@byrnecopy.ie"),
        ("Subject", "AIB Alert: Card transaction declined"),
        ("Date", date(2027, 3, 1, 2, 14, 7, "+0000")),
        ("Message-ID", "<AIBALRT.20270301021407.2284.90311@alerts.aib.ie>"),
    ], text(plain, charset="us-ascii", cte="7bit"))


# ----------------------------------------------------------------------------------------------- 0060
@message("payment-notification", "es",
         "Banco Galicia (Argentina): transferencia recibida en pesos con la factura C 0002-00000131 como "
         "referencia; formato $ 850.000,00 con moneda ARS explícita.",
         amount="850000.00", currency="ARS", reference="0002-00000131")
def m0060():
    plain = """Galicia

Recibiste una transferencia

Hola TOMAS,

Te acreditamos una transferencia en tu Cuenta Corriente en Pesos.

Importe:        $ 850.000,00
Moneda:         Pesos (ARS)
Origen:         LA HUELLA PRODUCCIONES S.R.L.
CUIT origen:    30-71234567-8
Concepto:       Honorarios
Referencia:     FC C 0002-00000131
Fecha:          13/01/2027 15:21
N° de operación: 104882311

Podés ver el detalle en Online Banking Galicia o en la App Galicia.

Este es un mensaje automático, por favor no lo respondas.
Banco de Galicia y Buenos Aires S.A.U. - Tte. Gral. J. D. Perón 430, CABA.
"""
    body = """<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#fa6400;padding:16px 24px;"><img src="https://www.galicia.ar/content/dam/galicia/logos/logo-galicia-blanco.png" width="110" alt="Galicia"></td></tr>
<tr><td style="padding:24px 24px 8px 24px;font-size:22px;color:#333;">Recibiste una transferencia</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:14px;color:#333;">Hola TOMAS,<br>Te acreditamos una transferencia en tu Cuenta Corriente en Pesos.</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="8" cellspacing="0" style="font-size:14px;border:1px solid #e6e6e6;">
<tr><td style="color:#777;">Importe</td><td align="right" style="font-size:18px;"><b>$&nbsp;850.000,00</b></td></tr>
<tr><td style="color:#777;">Moneda</td><td align="right">Pesos (ARS)</td></tr>
<tr><td style="color:#777;">Origen</td><td align="right">LA HUELLA PRODUCCIONES S.R.L.</td></tr>
<tr><td style="color:#777;">CUIT origen</td><td align="right">30-71234567-8</td></tr>
<tr><td style="color:#777;">Concepto</td><td align="right">Honorarios</td></tr>
<tr><td style="color:#777;">Referencia</td><td align="right">FC C 0002-00000131</td></tr>
<tr><td style="color:#777;">Fecha</td><td align="right">13/01/2027 15:21</td></tr>
<tr><td style="color:#777;">N&deg; de operaci&oacute;n</td><td align="right">104882311</td></tr>
</table></td></tr>
<tr><td style="padding:16px 24px;font-size:13px;color:#555;">Pod&eacute;s ver el detalle en Online Banking Galicia o en la App Galicia.</td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:10px;color:#999;">Este es un mensaje autom&aacute;tico, por favor no lo respondas.<br>Banco de Galicia y Buenos Aires S.A.U.</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Galicia", "avisos@galicia.com.ar")),
        ("To", "tomas@quirogasonido.com.ar"),
        ("Subject", "Recibiste una transferencia"),
        ("Date", date(2027, 1, 13, 15, 22, 4, "-0300")),
        ("Message-ID", "<GAL.TRF.IN.20270113152204.104882311@galicia.com.ar>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_40071_1104882311.1768328524001"))

# ----------------------------------------------------------------------------------------------- 0061
def _orig_0061():
    return outgoing(a("Rocío Bermejo", "rocio@bermejoarquitectura.es"), "administracion@construccionesvelarde.es",
                    "RE: Factura n.º A-2027/009", date(2027, 2, 22, 12, 9, 30),
                    "<mailduns.A-2027-009.20270222120930@bermejoarquitectura.es>",
                    reminder_es("Estimados señores:", "A-2027/009", "2.420,00 €", "15/02/2027",
                                "Rocío Bermejo", "ES76 0049 1500 0512 3456 6620"))


@message("bounce", "es",
         "NDR de Exchange Online en español ('No se puede entregar'), 550 5.1.10 RecipientNotFound: permanente.",
         failed_recipient="administracion@construccionesvelarde.es", permanent=True)
def m0061():
    plain = """Su mensaje para administracion@construccionesvelarde.es no se pudo entregar.

No se encontró administracion en construccionesvelarde.es.

rocio                 Office 365                administracion
Acción necesaria                                Destinatario

Dirección Para desconocida

Cómo corregirlo
Es posible que la dirección esté mal escrita o que no exista. Pruebe una o más de las siguientes opciones:
- Vuelva a escribir la dirección del destinatario y, luego, reenvíe el mensaje.
- Si usa Outlook, abra este mensaje, haga clic con el botón derecho en la dirección y quítela de la lista de destinatarios sugeridos.

Más información para administradores de correo electrónico
Código de estado: 550 5.1.10

Este error se produce porque el remitente envió un mensaje a una dirección de correo electrónico hospedada en Office 365, pero la dirección es incorrecta o no existe en el dominio de destino.

Detalles del mensaje original
Fecha de creación:    22/02/2027 11:09:30
Dirección del remitente:    rocio@bermejoarquitectura.es
Dirección del destinatario:    administracion@construccionesvelarde.es
Asunto:    RE: Factura n.º A-2027/009

Detalles del error
Error notificado:    550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
DSN generado por:    PR3P195MB0742.EURP195.PROD.OUTLOOK.COM
"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="background-color:white;">
<p style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:16px;color:#000000">Su mensaje para <a href="mailto:administracion@construccionesvelarde.es" style="color:#0072C6;text-decoration:none">administracion@construccionesvelarde.es</a> no se pudo entregar.</p>
<p style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:20px;font-weight:600;color:#000000">No se encontr&oacute; administracion en construccionesvelarde.es.</p>
<p style="font-size:16px;font-weight:600">Direcci&oacute;n Para desconocida</p>
<p style="font-size:16px;font-weight:600">C&oacute;mo corregirlo</p>
<p>Es posible que la direcci&oacute;n est&eacute; mal escrita o que no exista.</p>
<p style="font-size:17px;font-weight:600">M&aacute;s informaci&oacute;n para administradores de correo electr&oacute;nico</p>
<p><em>C&oacute;digo de estado: 550 5.1.10</em></p>
<p><b>Detalles del error</b><br>Error notificado: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup<br>DSN generado por: PR3P195MB0742.EURP195.PROD.OUTLOOK.COM</p>
</div></body></html>
"""
    report = """Reporting-MTA: dns;PR3P195MB0742.EURP195.PROD.OUTLOOK.COM
Received-From-MTA: dns;PR3P195MB0742.EURP195.PROD.OUTLOOK.COM
Arrival-Date: Mon, 22 Feb 2027 11:09:31 +0000

Final-Recipient: rfc822;administracion@construccionesvelarde.es
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    return build([
        ("From", a("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@bermejoarquitectura.onmicrosoft.com")),
        ("To", "rocio@bermejoarquitectura.es"),
        ("Date", date(2027, 2, 22, 11, 9, 33, "+0000")),
        ("Content-Language", "es-ES"),
        ("Message-ID", "<e2c7a5f1-08b3-4d9e-a1f6-3b7c0d42e915@PR3P195MB0742.EURP195.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<mailduns.A-2027-009.20270222120930@bermejoarquitectura.es>"),
        ("References", "<mailduns.A-2027-009.20270222120930@bermejoarquitectura.es>"),
        ("Subject", h("No se puede entregar: RE: Factura n.º A-2027/009")),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Auto-Submitted", "auto-replied"),
    ], Multi("report", [
        Multi("alternative", [text(plain), htmlpart(body)], "4f7d2b1a-93c6-4e08-b5a2-7c1e0f9d3a64", params="differences=Content-Type"),
        dsn(report),
        Embedded(_orig_0061()),
    ], "b91e3c07-6a2d-4f85-9e14-d0a5c7f2b839", params="report-type=delivery-status"))


# ----------------------------------------------------------------------------------------------- 0062
@message("other", "it",
         "Pubblicità di Fineco per un prestito personale: parla di 'accredito in 24 ore' e di euro, ma è "
         "marketing, non un incasso.")
def m0062():
    body = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Prestito Fineco</title></head>
<body style="margin:0;background:#ebeef2;font-family:Arial,sans-serif;">
<div style="display:none;max-height:0;overflow:hidden;">Fino a 50.000 &euro; con TAN fisso: richiedilo online in pochi minuti.</div>
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#003d7c;padding:20px 30px;"><img src="https://www.finecobank.com/public/img/fineco-logo-white.png" alt="FinecoBank" width="140"></td></tr>
<tr><td><img src="https://www.finecobank.com/public/newsletter/2027/02/prestito-hero.jpg" width="620" alt="Il tuo progetto, il tuo prestito"></td></tr>
<tr><td style="padding:28px 30px 8px 30px;font-size:26px;color:#003d7c;font-weight:bold;">Dai il via ai tuoi progetti</td></tr>
<tr><td style="padding:0 30px 16px 30px;font-size:15px;color:#333;line-height:22px;">Con il Prestito Personale Fineco puoi richiedere <b>fino a 50.000 &euro;</b> a TAN fisso 5,95% (TAEG 6,41%), con <b>accredito sul conto in 24 ore</b> dall'approvazione. Nessuna spesa di istruttoria, tutto online.</td></tr>
<tr><td style="padding:8px 30px 24px 30px;"><a href="https://finecobank.com/it/online/prestiti/?utm_source=dem&amp;utm_campaign=prestito_feb27" style="background:#ff8200;color:#ffffff;padding:14px 28px;text-decoration:none;font-weight:bold;">Calcola la tua rata</a></td></tr>
<tr><td style="padding:0 30px 24px 30px;font-size:10px;color:#888;line-height:14px;">Messaggio pubblicitario con finalit&agrave; promozionale. Esempio rappresentativo: importo 10.000 &euro;, durata 60 mesi, rata 193,08 &euro;, TAN fisso 5,95%, TAEG 6,41%, importo totale dovuto 11.584,80 &euro;. Per le condizioni contrattuali consultare il documento &quot;Informazioni europee di base sul credito ai consumatori&quot; disponibile sul sito. La concessione del prestito &egrave; subordinata all'approvazione di FinecoBank S.p.A.<br><br>
Ricevi questa email perch&eacute; hai acconsentito alle comunicazioni commerciali. <a href="https://finecobank.com/it/online/privacy/preferenze">Gestisci le preferenze</a> | <a href="https://finecobank.com/unsubscribe?u=a81f3c">Annulla l'iscrizione</a></td></tr>
</table></body></html>
"""
    return build([
        ("From", a("FinecoBank", "news@comunicazioni.finecobank.com")),
        ("To", "elena@morettiformazione.it"),
        ("Subject", h("Elena, fino a 50.000 € sul tuo conto in 24 ore 💶")),
        ("Date", date(2027, 2, 11, 11, 0, 12)),
        ("Message-ID", "<dem.prestito_feb27.a81f3c.1802685612@comunicazioni.finecobank.com>"),
        ("List-Unsubscribe", "<https://finecobank.com/unsubscribe?u=a81f3c>, <mailto:unsubscribe-a81f3c@comunicazioni.finecobank.com>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ], htmlpart(body))


# ----------------------------------------------------------------------------------------------- 0063
@message("payment-notification", "en",
         "SumUp Invoices: the customer paid invoice 2027-004 online by card; amount in its own cell.",
         amount="85.00", currency="EUR", reference="2027-004")
def m0063():
    plain = """Good news, Ciara!

Café Lumière paid invoice 2027-004.

Invoice:        2027-004
Customer:       Café Lumière
Amount paid:    €85.00
Paid with:      Visa •••• 6610
Paid on:        16 Jan 2027, 13:39

The money will be in your SumUp account with your next payout.

View invoice: https://me.sumup.com/invoices/2027-004

SumUp Limited, Block 8, Harcourt Centre, Charlotte Way, Dublin 2, Ireland
"""
    body = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f5f5f5;font-family:Aktiv Grotesk,Helvetica,Arial,sans-serif;">
<table width="560" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:24px auto;border-radius:12px;">
<tr><td style="padding:28px 32px 0 32px;"><img src="https://static.sumup.com/email/sumup-logo.png" alt="SumUp" width="90"></td></tr>
<tr><td style="padding:20px 32px 4px 32px;font-size:22px;font-weight:bold;color:#1a1a1a;">Good news, Ciara!</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-size:15px;color:#333;">Caf&eacute; Lumi&egrave;re paid invoice 2027-004.</td></tr>
<tr><td style="padding:0 32px;"><table width="100%" cellpadding="9" cellspacing="0" style="font-size:14px;color:#1a1a1a;background:#f5f5f5;border-radius:8px;">
<tr><td style="color:#666;">Invoice</td><td align="right">2027-004</td></tr>
<tr><td style="color:#666;">Customer</td><td align="right">Caf&eacute; Lumi&egrave;re</td></tr>
<tr><td style="color:#666;">Amount paid</td><td align="right"><b>&euro;85.00</b></td></tr>
<tr><td style="color:#666;">Paid with</td><td align="right">Visa &bull;&bull;&bull;&bull; 6610</td></tr>
<tr><td style="color:#666;">Paid on</td><td align="right">16 Jan 2027, 13:39</td></tr>
</table></td></tr>
<tr><td style="padding:20px 32px;font-size:14px;color:#333;">The money will be in your SumUp account with your next payout.</td></tr>
<tr><td style="padding:0 32px 28px 32px;font-size:11px;color:#999;">SumUp Limited, Block 8, Harcourt Centre, Charlotte Way, Dublin 2, Ireland</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("SumUp", "no-reply@sumup.com")),
        ("To", "ciara@nolanphoto.ie"),
        ("Subject", "Invoice 2027-004 has been paid"),
        ("Date", date(2027, 1, 16, 13, 40, 2, "+0000")),
        ("Message-ID", "<0102019471d4e8a3-sumup-invoice-paid-2027-004@eu-west-1.amazonses.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_55810_2027004.1768570802"))


# ----------------------------------------------------------------------------------------------- 0064
@message("auto-reply", "en",
         "Out-of-office for maternity leave: 'will return in April 2027' names a month, not a day, so there is no "
         "return date.")
def m0064():
    plain = """Hi,

Thanks for your email. I'm currently on maternity leave and will return in April 2027.

In my absence, please contact:
- Invoices and payments: Declan Brennan, accounts@liffeyhospitality.ie
- Marketing and events: events@liffeyhospitality.ie

Your email will not be forwarded.

Kind regards,
Sinéad Murphy
Marketing Manager | Liffey Hospitality Group
"""
    return build([
        ("From", a("Sinéad Murphy", "sinead.murphy@liffeyhospitality.ie")),
        ("To", a("Ciara Nolan", "ciara@nolanphoto.ie")),
        ("Subject", "Automatic reply: Invoice 2026-031 - reminder"),
        ("Date", date(2026, 11, 24, 10, 0, 51, "+0000")),
        ("Message-ID", "<DU0PR03MB8715B4E2A1C90D37F6E2B0A17C3D9@DU0PR03MB8715.eurprd03.prod.outlook.com>"),
        ("In-Reply-To", "<mailduns.2026-031.20261124100044@nolanphoto.ie>"),
        ("References", "<mailduns.2026-031.20261124100044@nolanphoto.ie>"),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("Content-Language", "en-IE"),
    ], text(plain))


# ----------------------------------------------------------------------------------------------- 0065
@message("other", "es",
         "Holded no ha podido cobrar la suscripción de la propia freelance (tarjeta rechazada): habla de factura y "
         "de cobro, pero es un pago que ella debe, no un ingreso.")
def m0065():
    plain = """Hola Marta,

No hemos podido cobrar tu suscripción a Holded.

Tu tarjeta terminada en 4417 ha sido rechazada por el banco.

Plan:      Básico (mensual)
Importe:   35,09 € (IVA incluido)
Periodo:   marzo 2027
Factura:   H-2027-118834

Volveremos a intentarlo en 3 días. Para evitar que tu cuenta quede limitada, actualiza tu método de pago:
https://app.holded.com/settings/billing

Si ya lo has solucionado, ignora este mensaje.

El equipo de Holded
"""
    body = """<!doctype html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f4f7;font-family:'Inter',Helvetica,Arial,sans-serif;">
<table width="580" align="center" cellpadding="0" cellspacing="0" style="background:#fff;margin:24px auto;border-radius:8px;">
<tr><td style="padding:28px 36px 0 36px;"><img src="https://www.holded.com/static/holded-logo.png" alt="Holded" width="100"></td></tr>
<tr><td style="padding:20px 36px 8px 36px;font-size:20px;font-weight:600;color:#1c1d21;">No hemos podido cobrar tu suscripci&oacute;n</td></tr>
<tr><td style="padding:0 36px 16px 36px;font-size:15px;color:#4b4d57;">Hola Marta,<br>Tu tarjeta terminada en 4417 ha sido rechazada por el banco.</td></tr>
<tr><td style="padding:0 36px;"><table width="100%" cellpadding="9" cellspacing="0" style="font-size:14px;border:1px solid #e6e7eb;">
<tr><td style="color:#8a8c96;">Plan</td><td align="right">B&aacute;sico (mensual)</td></tr>
<tr><td style="color:#8a8c96;">Importe</td><td align="right">35,09&nbsp;&euro; (IVA incluido)</td></tr>
<tr><td style="color:#8a8c96;">Periodo</td><td align="right">marzo 2027</td></tr>
<tr><td style="color:#8a8c96;">Factura</td><td align="right">H-2027-118834</td></tr>
</table></td></tr>
<tr><td style="padding:16px 36px;font-size:14px;color:#4b4d57;">Volveremos a intentarlo en 3 d&iacute;as. Para evitar que tu cuenta quede limitada, actualiza tu m&eacute;todo de pago.</td></tr>
<tr><td style="padding:0 36px 28px 36px;"><a href="https://app.holded.com/settings/billing" style="background:#ff5c35;color:#fff;padding:10px 20px;border-radius:6px;text-decoration:none;">Actualizar m&eacute;todo de pago</a></td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Holded", "billing@holded.com")),
        ("To", "marta@puigtraduccions.cat"),
        ("Subject", h("Problema con el pago de tu suscripción a Holded")),
        ("Date", date(2027, 3, 1, 8, 5, 40)),
        ("Message-ID", "<billing.dunning.H-2027-118834.1803971140@holded.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "b1_7e2d0c9a5f3b1846c2e9a0d7f4b3c1e8"))


# ----------------------------------------------------------------------------------------------- 0066
@message("payment-notification", "it",
         "N26 in italiano: accredito con riferimento 'Fattura 4/2027 servizio matrimonio'.",
         amount="740.00", currency="EUR", reference="4/2027")
def m0066():
    plain = """Hai ricevuto 740,00 €

Ciao Davide,

BOTTEGA VERDI SRL ti ha inviato 740,00 € sul tuo conto N26.

Importo:       +740,00 €
Da:            BOTTEGA VERDI SRL
Riferimento:   Fattura 4/2027 servizio matrimonio
Data:          05.03.2027

Apri l'app N26 per vedere i dettagli.

N26 Bank SE, Voltairestraße 8, 10179 Berlino, Germania
"""
    body = """<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#ffffff;font-family:'N26',Helvetica,Arial,sans-serif;">
<table width="560" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:32px 24px 8px 24px;"><img src="https://n26.com/email/n26-logo-black.png" alt="N26" width="56"></td></tr>
<tr><td style="padding:16px 24px 4px 24px;font-size:26px;font-weight:600;color:#1b1b1b;">Hai ricevuto 740,00&nbsp;&euro;</td></tr>
<tr><td style="padding:8px 24px 20px 24px;font-size:16px;color:#4a4a4a;">Ciao Davide,<br>BOTTEGA VERDI SRL ti ha inviato 740,00&nbsp;&euro; sul tuo conto N26.</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="10" cellspacing="0" style="font-size:15px;color:#1b1b1b;border-top:1px solid #e6e6e6;">
<tr><td style="color:#828282;">Importo</td><td align="right" style="color:#36a18b;"><b>+740,00&nbsp;&euro;</b></td></tr>
<tr><td style="color:#828282;">Da</td><td align="right">BOTTEGA VERDI SRL</td></tr>
<tr><td style="color:#828282;">Riferimento</td><td align="right">Fattura 4/2027 servizio matrimonio</td></tr>
<tr><td style="color:#828282;">Data</td><td align="right">05.03.2027</td></tr>
</table></td></tr>
<tr><td style="padding:24px;font-size:11px;color:#999;">N26 Bank SE, Voltairestra&szlig;e 8, 10179 Berlino, Germania</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("N26", "no-reply@n26.com")),
        ("To", "davide.rinaldi.foto@gmail.com"),
        ("Subject", h("Hai ricevuto 740,00 €")),
        ("Date", date(2027, 3, 5, 9, 55, 18)),
        ("Message-ID", "<010701956e2b7c4d-n26-incoming-ct-3f8a21e0@eu-central-1.amazonses.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_N26_3f8a21e0_1804236918"))


# ----------------------------------------------------------------------------------------------- 0067
def _orig_0067():
    return outgoing(a("Davide Rinaldi", "davide.rinaldi.foto@gmail.com"), "amministrazione@studiobenedetti.it",
                    "Re: Fattura n. 41/2026", date(2026, 12, 8, 19, 29, 51),
                    "<CAF9k2mXq0_mailduns.41-2026.20261208192951@mail.gmail.com>",
                    reminder_it("Spett.le Studio Benedetti,", "41/2026", "390,00 €", "30/11/2026",
                                "Davide Rinaldi", "IT12 A036 6901 6009 8765 4321 001"))


@message("bounce", "it",
         "Bounce di Gmail in italiano ('Indirizzo non trovato'), 550 5.1.1: permanente.",
         failed_recipient="amministrazione@studiobenedetti.it", permanent=True)
def m0067():
    plain = """
** Indirizzo non trovato **

Il tuo messaggio non è stato recapitato a amministrazione@studiobenedetti.it perché l'indirizzo non è stato trovato o non è in grado di ricevere posta.

Ulteriori informazioni sono disponibili qui: https://support.google.com/mail/?p=NoSuchUser

La risposta del server remoto è stata:
550 5.1.1 <amministrazione@studiobenedetti.it>: Recipient address rejected: User unknown in virtual mailbox table
"""
    body = """<html><head><style>* { font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif; }</style></head>
<body><table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody><tr><td>
<table cellpadding=0 cellspacing=0><tbody><tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<img style="padding:0 24px 16px 0;float:left" width=72 height=72 alt="Icona di errore" src="cid:icon.png">
<table style="min-width:272px;padding-top:8px"><tbody>
<tr><td><h2 style="font-size:20px;color:#212121;font-weight:bold;margin:0">Indirizzo non trovato</h2></td></tr>
<tr><td style="padding-top:20px;color:#757575;font-size:16px;font-weight:normal;text-align:left">Il tuo messaggio non &egrave; stato recapitato a <a style='color:#212121;text-decoration:none'><b>amministrazione@studiobenedetti.it</b></a> perch&eacute; l'indirizzo non &egrave; stato trovato o non &egrave; in grado di ricevere posta.</td></tr>
<tr><td style="padding-top:24px;color:#4285F4;font-size:14px;font-weight:bold;text-align:left"><a style="text-decoration:none" href="https://support.google.com/mail/?p=NoSuchUser">ULTERIORI INFORMAZIONI</a></td></tr>
</tbody></table></td></tr></tbody></table></td></tr>
<tr style="border:none;background-color:#fff;font-size:12.8px;width:90%"><td align="left" style="padding:48px 10px">La risposta del server remoto &egrave; stata:<br/>
<p style="font-family:monospace">550 5.1.1 &lt;amministrazione@studiobenedetti.it&gt;: Recipient address rejected: User unknown in virtual mailbox table</p></td></tr>
</tbody></table></body></html>
"""
    report = """Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 08 Dec 2026 10:29:52 -0800 (PST)
X-Original-Message-ID: <CAF9k2mXq0_mailduns.41-2026.20261208192951@mail.gmail.com>

Final-Recipient: rfc822; amministrazione@studiobenedetti.it
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx01.studiobenedetti.it. (80.88.90.14, the server for the domain
 studiobenedetti.it.)
Diagnostic-Code: smtp; 550 5.1.1 <amministrazione@studiobenedetti.it>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Tue, 08 Dec 2026 10:29:53 -0800 (PST)
"""
    orig = _orig_0067()
    return build([
        ("Delivered-To", "davide.rinaldi.foto@gmail.com"),
        ("Return-Path", "<>"),
        ("From", a("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")),
        ("To", "davide.rinaldi.foto@gmail.com"),
        ("Auto-Submitted", "auto-replied"),
        ("Subject", "Delivery Status Notification (Failure)"),
        ("References", "<CAF9k2mXq0_mailduns.41-2026.20261208192951@mail.gmail.com>"),
        ("In-Reply-To", "<CAF9k2mXq0_mailduns.41-2026.20261208192951@mail.gmail.com>"),
        ("X-Failed-Recipients", "amministrazione@studiobenedetti.it"),
        ("Message-ID", "<6755e5f1.170a0220.3b9f2c.41d8.GMR@mx.google.com>"),
        ("Date", date2(2026, 12, 8, 10, 29, 53, "-0800", " (PST)")),
    ], Multi("report", [
        Multi("related", [
            Multi("alternative", [text(plain, charset="UTF-8"), htmlpart(body, charset="UTF-8")],
                  "0000000000005d11a9062d7ae3f2"),
            attach("image/png", "icon.png", tiny_png(rgb=(217, 48, 37)), disposition="inline", extra=["Content-ID: <icon.png>"]),
        ], "0000000000005d1198062d7ae3f1"),
        dsn(report),
        Embedded(orig.split(b"\n\n", 1)[0] + b"\n", ctype="text/rfc822-headers"),
    ], "0000000000005d1184062d7ae3f0", params="report-type=delivery-status"))


# ----------------------------------------------------------------------------------------------- 0068
@message("other", "it",
         "Fattura ricevuta da Aruba per il rinnovo dell'hosting della freelance, già pagata con carta: è una "
         "fattura passiva, non un incasso.")
def m0068():
    plain = """Gentile Cliente,

ti informiamo che è disponibile la fattura n. 26PAS0041187 relativa al rinnovo del servizio
Hosting Linux Easy per il dominio francescalombardo.it.

Importo: 37,82 € (IVA inclusa)
Pagamento: già effettuato con carta di credito **** 2209 in data 02/12/2026

La fattura è allegata a questa email ed è sempre consultabile nell'Area Clienti:
https://admin.aruba.it/PannelloAdmin/Fatture

Grazie per aver scelto Aruba.

Aruba S.p.A. - Via San Clemente 53, 24036 Ponte San Pietro (BG) - P.IVA 01573850516
Questo messaggio è stato generato automaticamente, si prega di non rispondere.
"""
    return build([
        ("From", a("Aruba.it", "comunicazioni@staff.aruba.it")),
        ("To", "info@francescalombardo.it"),
        ("Subject", "Aruba.it - Emissione fattura n. 26PAS0041187"),
        ("Date", date(2026, 12, 3, 4, 12, 55)),
        ("Message-ID", "<26PAS0041187.fatt.1796267575@staff.aruba.it>"),
    ], Multi("mixed", [
        text(plain),
        attach("application/pdf", "Fattura_26PAS0041187.pdf", tiny_pdf("Aruba S.p.A. Fattura 26PAS0041187")),
    ], "----=_Part_Aruba_26PAS0041187"))


# ----------------------------------------------------------------------------------------------- 0069
@message("payment-notification", "es",
         "Aviso de transferencia de Santander Chile al beneficiario: $450.000 en pesos chilenos por la boleta de "
         "honorarios N° 112 (formato sin decimales, punto como separador de miles).",
         amount="450000.00", currency="CLP", reference="112")
def m0069():
    plain = """Santander Chile

Aviso de transferencia de fondos

Estimada VALENTINA ROJAS:

INMOBILIARIA LOS AROMOS SPA le ha realizado una transferencia de fondos con el siguiente detalle:

Monto transferido:     $450.000 (pesos chilenos)
Banco de destino:      Banco de Chile
Cuenta de destino:     Cuenta Corriente ****5678
RUT destinatario:      16.482.337-5
Mensaje:               Pago boleta honorarios N° 112
Fecha y hora:          04/12/2026 17:29
N° de comprobante:     0270193847

Este aviso es informativo. Verifique el abono en su cuenta antes de entregar productos o servicios.

Banco Santander-Chile. Infórmese sobre la garantía estatal de los depósitos en su banco o en www.cmfchile.cl
"""
    body = """<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f0f0f0;font-family:Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;">
<tr><td style="padding:18px 24px;border-bottom:3px solid #ec0000;"><img src="https://banco.santander.cl/images/logo-santander.png" alt="Santander" width="140"></td></tr>
<tr><td style="padding:24px 24px 8px 24px;font-size:20px;color:#ec0000;">Aviso de transferencia de fondos</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:14px;color:#333;">Estimada VALENTINA ROJAS:<br>INMOBILIARIA LOS AROMOS SPA le ha realizado una transferencia de fondos con el siguiente detalle:</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="8" cellspacing="0" style="font-size:13px;border:1px solid #ddd;">
<tr><td style="background:#f7f7f7;">Monto transferido</td><td><b>$450.000</b> (pesos chilenos)</td></tr>
<tr><td style="background:#f7f7f7;">Banco de destino</td><td>Banco de Chile</td></tr>
<tr><td style="background:#f7f7f7;">Cuenta de destino</td><td>Cuenta Corriente ****5678</td></tr>
<tr><td style="background:#f7f7f7;">RUT destinatario</td><td>16.482.337-5</td></tr>
<tr><td style="background:#f7f7f7;">Mensaje</td><td>Pago boleta honorarios N&deg; 112</td></tr>
<tr><td style="background:#f7f7f7;">Fecha y hora</td><td>04/12/2026 17:29</td></tr>
<tr><td style="background:#f7f7f7;">N&deg; de comprobante</td><td>0270193847</td></tr>
</table></td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#666;">Este aviso es informativo. Verifique el abono en su cuenta antes de entregar productos o servicios.</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Santander Chile", "transferencias@santander.cl")),
        ("To", "vrojas.disenio@gmail.com"),
        ("Subject", "Aviso de transferencia de fondos"),
        ("Date", date(2026, 12, 4, 17, 30, 2, "-0300")),
        ("Message-ID", "<TEF.20261204173002.0270193847@santander.cl>"),
    ], Multi("alternative", [text(plain, charset="iso-8859-1"), htmlpart(body)], "----=_Part_0270193847_1796495402"))


# ----------------------------------------------------------------------------------------------- 0070
@message("auto-reply", "it",
         "Risposta automatica di una casella comunale non presidiata, senza intestazioni RFC 3834: rimanda allo SdI "
         "e alla PEC; nessuna data di rientro e nessun impegno di pagamento.")
def m0070():
    plain = """Questo è un messaggio generato automaticamente. Si prega di non rispondere.

La casella ragioneria@comune.valbrenta.vi.it non è presidiata.

Si ricorda che, ai sensi della normativa vigente, le fatture verso la Pubblica Amministrazione devono essere trasmesse esclusivamente tramite il Sistema di Interscambio (codice univoco ufficio UFX9K2). Le fatture inviate per email non saranno prese in carico.

Per informazioni sullo stato dei pagamenti utilizzare la PEC comune.valbrenta@cert.ip-veneto.net indicando numero e data della fattura.

Comune di Valbrenta (VI) - Servizio Economico Finanziario
"""
    return build([
        ("From", a("Comune di Valbrenta - Ragioneria", "ragioneria@comune.valbrenta.vi.it")),
        ("To", "elena@morettiformazione.it"),
        ("Subject", "Re: Fattura n. 6/2027"),
        ("Date", date(2027, 3, 15, 12, 0, 37)),
        ("Message-ID", "<20270315120037.8b1f2c@mail.comune.valbrenta.vi.it>"),
        ("In-Reply-To", "<mailduns.6-2027.20270315120030@morettiformazione.it>"),
        ("References", "<mailduns.6-2027.20270315120030@morettiformazione.it>"),
    ], text(plain, charset="iso-8859-1", cte="8bit"))

# ----------------------------------------------------------------------------------------------- 0071
@message("other", "es",
         "Movistar avisa de que la factura de teléfono de la propia freelance está disponible y se cargará en su "
         "cuenta: una factura recibida y un cargo futuro, no un cobro.")
def m0071():
    plain = """Hola, Nuria:

Ya tienes disponible tu factura de Movistar de febrero.

Número de factura:   TA5Y70012345
Periodo:             01/02/2027 - 28/02/2027
Importe:             52,30 € (IVA incluido)
Fecha de cargo:      10/03/2027
Cuenta de cargo:     ES** **** **** **** **** 1332

Puedes consultarla y descargarla en Mi Movistar: https://www.movistar.es/mimovistar-cliente/es-es/particulares/facturas

Gracias por confiar en Movistar.

Telefónica de España, S.A.U. - Ronda de la Comunicación s/n, 28050 Madrid
"""
    body = """<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f2f4ff;font-family:'Telefonica Sans',Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="background:#0b2739;padding:18px 24px;"><img src="https://www.movistar.es/estaticos/img/logo-movistar-blanco.png" alt="Movistar" width="120"></td></tr>
<tr><td style="padding:24px 24px 8px 24px;font-size:20px;color:#0b2739;">Ya tienes disponible tu factura de febrero</td></tr>
<tr><td style="padding:0 24px 16px 24px;font-size:15px;color:#313235;">Hola, Nuria:</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="9" cellspacing="0" style="font-size:14px;border:1px solid #dddddd;">
<tr><td style="color:#86888c;">N&uacute;mero de factura</td><td align="right">TA5Y70012345</td></tr>
<tr><td style="color:#86888c;">Periodo</td><td align="right">01/02/2027 - 28/02/2027</td></tr>
<tr><td style="color:#86888c;">Importe</td><td align="right"><b>52,30&nbsp;&euro;</b></td></tr>
<tr><td style="color:#86888c;">Fecha de cargo</td><td align="right">10/03/2027</td></tr>
</table></td></tr>
<tr><td style="padding:20px 24px;"><a href="https://www.movistar.es/mimovistar-cliente/es-es/particulares/facturas" style="background:#0066ff;color:#fff;padding:12px 22px;border-radius:4px;text-decoration:none;">Ver factura</a></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:11px;color:#86888c;">Telef&oacute;nica de Espa&ntilde;a, S.A.U. - Ronda de la Comunicaci&oacute;n s/n, 28050 Madrid</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Movistar", "facturas@movistar.es")),
        ("To", "nuria.esteve@movistar.es"),
        ("Subject", h("Tu factura de Movistar de febrero ya está disponible")),
        ("Date", date(2027, 3, 5, 7, 30, 11)),
        ("Message-ID", "<FACT.TA5Y70012345.1804228211@movistar.es>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_TA5Y70012345_1804228211"))


# ----------------------------------------------------------------------------------------------- 0072
@message("payment-notification", "es",
         "Banco Sabadell: transferencia recibida con concepto 'FRA. 2027-0004 TALLERES QUINTANA'.",
         amount="2178.00", currency="EUR", reference="2027-0004")
def m0072():
    plain = """Banco Sabadell

Transferencia recibida

Importe: 2.178,00 EUR
Ordenante: TALLERES HNOS. QUINTANA SL
Concepto: FRA. 2027-0004 TALLERES QUINTANA
Cuenta: ES** **** **** **** **** 1332
Fecha: 24/02/2027

Este es un mensaje automático de Banco Sabadell. No responda a este correo.
Banco de Sabadell, S.A. Avda. Óscar Esplá, 37 - 03007 Alicante
"""
    body = """<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#eef3f7;font-family:Arial,Helvetica,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:18px 24px;border-bottom:3px solid #006dff;"><img src="https://www.bancsabadell.com/img/logo-sabadell.png" alt="Banco Sabadell" width="150"></td></tr>
<tr><td style="padding:22px 24px 10px 24px;font-size:20px;color:#003366;">Transferencia recibida</td></tr>
<tr><td style="padding:0 24px;"><table width="100%" cellpadding="9" cellspacing="0" style="font-size:14px;color:#333;border:1px solid #d9e2ea;">
<tr><td style="background:#f5f8fa;" width="35%">Importe</td><td><b>2.178,00 EUR</b></td></tr>
<tr><td style="background:#f5f8fa;">Ordenante</td><td>TALLERES HNOS. QUINTANA SL</td></tr>
<tr><td style="background:#f5f8fa;">Concepto</td><td>FRA. 2027-0004 TALLERES QUINTANA</td></tr>
<tr><td style="background:#f5f8fa;">Cuenta</td><td>ES** **** **** **** **** 1332</td></tr>
<tr><td style="background:#f5f8fa;">Fecha</td><td>24/02/2027</td></tr>
</table></td></tr>
<tr><td style="padding:18px 24px;font-size:11px;color:#888;">Este es un mensaje autom&aacute;tico de Banco Sabadell. No responda a este correo.</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Banco Sabadell", "alertas@bancsabadell.com")),
        ("To", "nuria.esteve@movistar.es"),
        ("Subject", "Aviso: transferencia recibida"),
        ("Date", date(2027, 2, 24, 10, 41, 7)),
        ("Message-ID", "<SAB.ALR.20270224104107.1332.7781@bancsabadell.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "=_sab_alert_7781_1803750067"))


# ----------------------------------------------------------------------------------------------- 0073
@message("bounce", "it",
         "Avviso PEC di mancata consegna (X-Ricevuta: errore-consegna) per la diffida: la casella PEC del "
         "destinatario non esiste, errore 5.1.1, permanente; da non confondere con le ricevute di accettazione.",
         failed_recipient="amministrazione@pec.tipografiasolari.it", permanent=True)
def m0073():
    plain = """Avviso di mancata consegna

Il giorno 10/03/2027 alle ore 09:15:44 (+0100) nel messaggio
"Diffida di pagamento - Fattura n. 29/2026" proveniente da "elena.moretti@pec.it"
ed indirizzato a "amministrazione@pec.tipografiasolari.it"
è stato rilevato un problema che ne impedisce la consegna
(5.1.1 - Aruba Pec S.p.A. - indirizzo non valido).
Il messaggio non è stato consegnato.
Identificativo messaggio: opec210312.20270310091540.21304.415.1.68@pec.aruba.it
"""
    body = """<html><head><title>Avviso di mancata consegna</title></head>
<body><h3>Avviso di mancata consegna</h3><hr><br>
Il giorno 10/03/2027 alle ore 09:15:44 (+0100) nel messaggio<br>
&quot;Diffida di pagamento - Fattura n. 29/2026&quot; proveniente da &quot;elena.moretti@pec.it&quot;<br>
ed indirizzato a &quot;amministrazione@pec.tipografiasolari.it&quot;<br>
&egrave; stato rilevato un problema che ne impedisce la consegna<br>
(5.1.1 - Aruba Pec S.p.A. - indirizzo non valido).<br>
Il messaggio non &egrave; stato consegnato.<br>
Identificativo messaggio: opec210312.20270310091540.21304.415.1.68@pec.aruba.it<br>
</body></html>
"""
    daticert = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest">
    <intestazione>
        <mittente>elena.moretti@pec.it</mittente>
        <destinatari tipo="certificato">amministrazione@pec.tipografiasolari.it</destinatari>
        <risposte>elena.moretti@pec.it</risposte>
        <oggetto>Diffida di pagamento - Fattura n. 29/2026</oggetto>
    </intestazione>
    <dati>
        <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
        <data zona="+0100">
            <giorno>10/03/2027</giorno>
            <ora>09:15:44</ora>
        </data>
        <identificativo>opec210312.20270310091540.21304.415.1.68@pec.aruba.it</identificativo>
        <msgid>&lt;mailduns.notice.29-2026.20270310091538@morettiformazione.it&gt;</msgid>
        <consegna>amministrazione@pec.tipografiasolari.it</consegna>
        <errore-esteso>5.1.1 - Aruba Pec S.p.A. - indirizzo non valido</errore-esteso>
    </dati>
</postacert>
"""
    mixed = Multi("mixed", [
        Multi("alternative", [text(plain, charset="iso-8859-1"), htmlpart(body, charset="iso-8859-1")],
              "----------=_1804666544-21304-416"),
        attach("application/xml", "daticert.xml", daticert.encode("utf-8"), disposition="inline"),
    ], "----------=_1804666544-21304-415")
    signed = Multi("signed", [mixed, attach("application/x-pkcs7-signature", "smime.p7s",
                                            b"0\x82\x06\x02\x06\t*\x86H\x86\xf7\r\x01\x07\x02\xa0\x82\x05\xf30\x82\x05\xef\x02\x01\x01")],
                   "----0C7A2E95F1B3D48A6E02B9C1D57F3A84",
                   params='protocol="application/x-pkcs7-signature"; micalg="sha-256"',
                   preamble="This is an S/MIME signed message")
    return build([
        ("Return-Path", "<posta-certificata@pec.aruba.it>"),
        ("Subject", "AVVISO DI MANCATA CONSEGNA: Diffida di pagamento - Fattura n. 29/2026"),
        ("X-Riferimento-Message-ID", "<mailduns.notice.29-2026.20270310091538@morettiformazione.it>"),
        ("Date", date(2027, 3, 10, 9, 15, 44)),
        ("Message-ID", "<opec210312.20270310091544.21304.416.1.68@pec.aruba.it>"),
        ("To", "elena.moretti@pec.it"),
        ("X-Ricevuta", "errore-consegna"),
        ("From", "posta-certificata@pec.aruba.it"),
    ], signed)


# ----------------------------------------------------------------------------------------------- 0074
@message("other", "es",
         "Publicidad de Santander para autónomos ('cobra tus facturas al momento' con TPV): marketing, aunque hable "
         "de cobros y facturas.")
def m0074():
    plain = """Rocío, tu negocio merece una cuenta a su medida

Cuenta Online Negocios Santander
- 0 € de comisión de administración y mantenimiento
- Transferencias SEPA gratis
- Cobra tus facturas al momento con el TPV Smart, sin cuota el primer año
- Hasta un 3 % de devolución en tus recibos de luz, teléfono y seguros sociales (máx. 20 € al mes)

Ábrela en 10 minutos: https://www.bancosantander.es/autonomos/cuenta-online-negocios?cmp=em_nov26

Condiciones sujetas a la contratación y a la domiciliación de la cuota de autónomos. Rentabilidad 0 %, TAE 0 %.
Si no quieres recibir más comunicaciones comerciales, date de baja aquí: https://www.bancosantander.es/baja?u=7c1e
Banco Santander, S.A. Paseo de Pereda, 9-12, 39004 Santander.
"""
    body = """<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f6f6f6;font-family:'Santander Text',Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
<tr><td style="padding:20px 24px;border-bottom:2px solid #ec0000;"><img src="https://www.bancosantander.es/img/logo-santander.png" alt="Santander" width="140"></td></tr>
<tr><td><img src="https://www.bancosantander.es/img/campanas/autonomos-nov26.jpg" width="600" alt="Cuenta Online Negocios"></td></tr>
<tr><td style="padding:24px 24px 8px 24px;font-size:24px;color:#ec0000;">Roc&iacute;o, tu negocio merece una cuenta a su medida</td></tr>
<tr><td style="padding:0 24px;font-size:15px;color:#444;line-height:24px;"><ul>
<li><b>0 &euro;</b> de comisi&oacute;n de administraci&oacute;n y mantenimiento</li>
<li>Transferencias SEPA gratis</li>
<li>Cobra tus facturas al momento con el TPV Smart, sin cuota el primer a&ntilde;o</li>
<li>Hasta un <b>3&nbsp;%</b> de devoluci&oacute;n en tus recibos de luz, tel&eacute;fono y seguros sociales (m&aacute;x. 20&nbsp;&euro; al mes)</li></ul></td></tr>
<tr><td style="padding:12px 24px 24px 24px;"><a href="https://www.bancosantander.es/autonomos/cuenta-online-negocios?cmp=em_nov26" style="background:#ec0000;color:#fff;padding:14px 28px;border-radius:24px;text-decoration:none;">&Aacute;brela en 10 minutos</a></td></tr>
<tr><td style="padding:0 24px 24px 24px;font-size:10px;color:#8f8f8f;">Condiciones sujetas a la contrataci&oacute;n y a la domiciliaci&oacute;n de la cuota de aut&oacute;nomos. Rentabilidad 0&nbsp;%, TAE 0&nbsp;%.<br>Si no quieres recibir m&aacute;s comunicaciones comerciales, <a href="https://www.bancosantander.es/baja?u=7c1e">date de baja aqu&iacute;</a>.</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Santander", "comunicaciones@mail.bancosantander.es")),
        ("To", "rocio@bermejoarquitectura.es"),
        ("Subject", h("Rocío, 0 comisiones y cobra tus facturas al momento")),
        ("Date", date(2026, 11, 10, 10, 0, 4)),
        ("Message-ID", "<em_nov26.7c1e.1794301204@mail.bancosantander.es>"),
        ("List-Unsubscribe", "<https://www.bancosantander.es/baja?u=7c1e>"),
        ("Precedence", "bulk"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "----=_Part_em_nov26_7c1e"))


# ----------------------------------------------------------------------------------------------- 0075
@message("payment-notification", "it",
         "Banca Sella: un unico bonifico salda due fatture (40/2026 e 41/2026), quindi nessun riferimento singolo.",
         amount="1340.00", currency="EUR")
def m0075():
    plain = """Banca Sella - Avviso movimento

Gentile Cliente,
è stato registrato un bonifico in entrata sul conto 052/1234567.

Importo:      1.340,00 EUR
Ordinante:    AGENZIA VIAGGI LE DUE TORRI SAS
Causale:      SALDO FATTURE 40/2026 E 41/2026
Data valuta:  11/12/2026
CRO:          32681924470102480329602IT

Questa è una comunicazione automatica. Per non ricevere più questi avvisi modifica le impostazioni di Sella Alert da Internet Banking.

Banca Sella S.p.A. - Piazza Gaudenzio Sella 1, 13900 Biella
"""
    body = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:12px;color:#222;">
<p><img src="https://www.sella.it/banca/img/logo-sella.png" alt="Banca Sella" width="120"></p>
<p><b>Avviso movimento</b></p>
<p>Gentile Cliente,<br>&egrave; stato registrato un bonifico in entrata sul conto 052/1234567.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#cccccc;font-size:12px;">
<tr><td bgcolor="#eeeeee">Importo</td><td><b>1.340,00 EUR</b></td></tr>
<tr><td bgcolor="#eeeeee">Ordinante</td><td>AGENZIA VIAGGI LE DUE TORRI SAS</td></tr>
<tr><td bgcolor="#eeeeee">Causale</td><td>SALDO FATTURE 40/2026 E 41/2026</td></tr>
<tr><td bgcolor="#eeeeee">Data valuta</td><td>11/12/2026</td></tr>
<tr><td bgcolor="#eeeeee">CRO</td><td>32681924470102480329602IT</td></tr>
</table>
<p style="font-size:10px;color:#777;">Questa &egrave; una comunicazione automatica. Per non ricevere pi&ugrave; questi avvisi modifica le impostazioni di Sella Alert da Internet Banking.<br>Banca Sella S.p.A. - Piazza Gaudenzio Sella 1, 13900 Biella</p>
</body></html>
"""
    return build([
        ("From", a("Banca Sella", "sellaalert@sella.it")),
        ("To", "chiara@sartoritraduzioni.it"),
        ("Subject", "Sella Alert: bonifico in entrata"),
        ("Date", date(2026, 12, 11, 14, 44, 20)),
        ("Message-ID", "<SELLA.ALERT.20261211144420.1234567@sella.it>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "=_sella_alert_1234567_1797000260"))


# ----------------------------------------------------------------------------------------------- 0076
@message("auto-reply", "es",
         "Respuesta de vacaciones de Google Workspace (Auto-Submitted: auto-replied): 'fuera hasta el viernes 29 de "
         "enero; me reincorporo el lunes 1 de febrero' da el día de vuelta, 1 de febrero de 2027.",
         return_date="2027-02-01")
def m0076():
    plain = """Hola:

Estoy de viaje comercial en Alemania hasta el viernes 29 de enero; me reincorporo el lunes 1 de febrero.
Durante estos días reviso el correo de forma esporádica.

Para pedidos y facturas, podéis escribir a administracion@bodegaspenalba.es o llamar al 975 35 02 18.

Un saludo,
Carmen Ruiz
Bodegas Peñalba · Dpto. Comercial
"""
    body = """<div dir="ltr"><div>Hola:</div><div><br></div><div>Estoy de viaje comercial en Alemania hasta el viernes 29 de enero; me reincorporo el lunes 1 de febrero.</div><div>Durante estos d&iacute;as reviso el correo de forma espor&aacute;dica.</div><div><br></div><div>Para pedidos y facturas, pod&eacute;is escribir a <a href="mailto:administracion@bodegaspenalba.es">administracion@bodegaspenalba.es</a> o llamar al 975 35 02 18.</div><div><br></div><div>Un saludo,</div><div>Carmen Ruiz</div><div>Bodegas Pe&ntilde;alba &middot; Dpto. Comercial</div></div>
"""
    return build([
        ("Return-Path", "<>"),
        ("Auto-Submitted", "auto-replied"),
        ("From", a("Carmen Ruiz", "carmen.ruiz@bodegaspenalba.es")),
        ("To", "rocio@bermejoarquitectura.es"),
        ("Subject", h("Fuera de la oficina hasta el 1 de febrero")),
        ("Date", date(2027, 1, 25, 8, 2, 26)),
        ("Message-ID", "<CAOk5nR2=vacation.Bp7xZq1m9Wc@mail.gmail.com>"),
        ("In-Reply-To", "<mailduns.A-2026-081.20270125080211@bermejoarquitectura.es>"),
        ("References", "<mailduns.A-2026-081.20270125080211@bermejoarquitectura.es>"),
        ("Precedence", "bulk"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "000000000000f4e21c062cb3a9d7"))


# ----------------------------------------------------------------------------------------------- 0077
@message("payment-notification", "en",
         "Coupa payment remittance covering two invoices (BC-2026-066 and BC-2026-069) in one payment: total amount "
         "only, no single reference.",
         amount="5260.00", currency="EUR")
def m0077():
    plain = """Halcyon Pharma Ireland has sent a payment

Payment Date:       12/02/2027
Payment Reference:  HPI-PMT-0019384
Payment Method:     SEPA Credit Transfer
Total Paid:         5,260.00 EUR

Invoices included in this payment:

Invoice #       Invoice Date    Amount Paid
BC-2026-066     28/10/2026      3,100.00 EUR
BC-2026-069     16/11/2026      2,160.00 EUR

Log in to the Coupa Supplier Portal for details:
https://supplier.coupahost.com/payments/5530192

Powered by Coupa | This message was sent on behalf of Halcyon Pharma Ireland. Do not reply to this email.
"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif;font-size:13px;color:#333333;">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="padding:16px 0;"><img src="https://halcyonpharma.coupahost.com/logo.png" alt="Halcyon Pharma Ireland" height="40"></td></tr>
<tr><td style="font-size:18px;padding-bottom:12px;">Halcyon Pharma Ireland has sent a payment</td></tr>
<tr><td><table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d6d6d6;font-size:13px;">
<tr><td bgcolor="#f0f0f0"><b>Payment Date</b></td><td>12/02/2027</td></tr>
<tr><td bgcolor="#f0f0f0"><b>Payment Reference</b></td><td>HPI-PMT-0019384</td></tr>
<tr><td bgcolor="#f0f0f0"><b>Payment Method</b></td><td>SEPA Credit Transfer</td></tr>
<tr><td bgcolor="#f0f0f0"><b>Total Paid</b></td><td><b>5,260.00 EUR</b></td></tr>
</table></td></tr>
<tr><td style="padding-top:14px;"><b>Invoices included in this payment:</b></td></tr>
<tr><td><table cellpadding="5" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d6d6d6;font-size:13px;">
<tr bgcolor="#f0f0f0"><th>Invoice #</th><th>Invoice Date</th><th>Amount Paid</th></tr>
<tr><td>BC-2026-066</td><td>28/10/2026</td><td align="right">3,100.00 EUR</td></tr>
<tr><td>BC-2026-069</td><td>16/11/2026</td><td align="right">2,160.00 EUR</td></tr>
</table></td></tr>
<tr><td style="padding-top:14px;"><a href="https://supplier.coupahost.com/payments/5530192">View in the Coupa Supplier Portal</a></td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#888888;">Powered by Coupa | This message was sent on behalf of Halcyon Pharma Ireland. Do not reply to this email.</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Halcyon Pharma Ireland via Coupa", "do_not_reply@halcyonpharma.coupahost.com")),
        ("To", "aoife@byrnecopy.ie"),
        ("Subject", "Payment HPI-PMT-0019384 from Halcyon Pharma Ireland"),
        ("Date", date(2027, 2, 12, 6, 31, 48, "+0000")),
        ("Message-ID", "<67ac4074c1d3e_7b2e4a19f0c2_pmt@coupa-notifier-7f9c.mail>"),
        ("X-Coupa-Event", "payment_remittance"),
        ("Auto-Submitted", "auto-generated"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "--==_mimepart_67ac4074c0a91_7b2e4a19f0c1"))


# ----------------------------------------------------------------------------------------------- 0078
@message("bounce", "en",
         "Microsoft 365 'Delivery delayed' DSN: Action: delayed, 451 4.4.0 after a dropped connection; still "
         "being retried, so temporary.",
         failed_recipient="finance@hollowayprint.co.uk", permanent=False)
def m0078():
    plain = """Delivery is delayed to these recipients or groups:

finance@hollowayprint.co.uk (finance@hollowayprint.co.uk)<mailto:finance@hollowayprint.co.uk>

Subject: Re: Invoice PS-2026-048

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 54 minutes. You'll be notified if the message can't be delivered by that time.







Diagnostic information for administrators:

Generating server: LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM
Receiving server: mail.hollowayprint.co.uk (203.0.113.130)

finance@hollowayprint.co.uk
Remote Server at mail.hollowayprint.co.uk (203.0.113.130) returned '400 4.4.7 Message delayed'
04/03/2027 16:19:42 - Remote Server at mail.hollowayprint.co.uk (203.0.113.130) returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.'
"""
    body = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=us-ascii"></head><body>
<p><b><font color="#000066" size="3" face="Arial">Delivery is delayed to these recipients or groups:</font></b></p>
<font color="#000000" size="2" face="Tahoma"><p><a href="mailto:finance@hollowayprint.co.uk">finance@hollowayprint.co.uk (finance@hollowayprint.co.uk)</a><br></p></font>
<font color="#000000" size="2" face="Tahoma"><p>Subject: Re: Invoice PS-2026-048</p></font>
<font color="#000000" size="3" face="Arial"><p>This message hasn't been delivered yet. Delivery will continue to be attempted.</p>
<p>The server will keep trying to deliver this message for the next 1 days, 19 hours and 54 minutes. You'll be notified if the message can't be delivered by that time.</p></font>
<font color="#808080" size="2" face="Tahoma"><p>Diagnostic information for administrators:</p>
<p>Generating server: LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM<br>Receiving server: mail.hollowayprint.co.uk (203.0.113.130)</p>
<p>finance@hollowayprint.co.uk<br>Remote Server at mail.hollowayprint.co.uk (203.0.113.130) returned '400 4.4.7 Message delayed'<br>
04/03/2027 16:19:42 - Remote Server at mail.hollowayprint.co.uk (203.0.113.130) returned '451 4.4.0 Primary target IP address responded with: &quot;421 4.4.2 Connection dropped due to SocketError.&quot; Attempted failover to alternate host, but that did not succeed. Either there are no alternate hosts, or delivery failed to all alternate hosts.'</p></font>
</body></html>
"""
    report = """Reporting-MTA: dns;LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Thu, 4 Mar 2027 12:14:10 +0000

Final-Recipient: rfc822;finance@hollowayprint.co.uk
Action: delayed
Status: 4.4.7
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Will-Retry-Until: Sat, 6 Mar 2027 12:14:10 +0000
X-Display-Name: finance@hollowayprint.co.uk
"""
    orig_headers = """Received: from LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM ([fe80::3c1a:9b2e:41d7:a06f]) by
 LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM ([fe80::3c1a:9b2e:41d7:a06f%5]) with
 mapi id 15.20.8901.011; Thu, 4 Mar 2027 12:14:10 +0000
From: Priya Shah <priya@shahillustration.com>
To: "finance@hollowayprint.co.uk" <finance@hollowayprint.co.uk>
Subject: Re: Invoice PS-2026-048
Date: Thu, 4 Mar 2027 12:14:08 +0000
Message-ID: <mailduns.PS-2026-048.20270304121408@shahillustration.com>
X-Mailer: mailduns
MIME-Version: 1.0
"""
    return build([
        ("From", a("Microsoft Outlook", "postmaster@shahillustration.com")),
        ("To", "priya@shahillustration.com"),
        ("Date", date(2027, 3, 4, 16, 20, 1, "+0000")),
        ("Subject", "Delivery delayed:Re: Invoice PS-2026-048"),
        ("Message-ID", "<1f0b6d3a-92e4-4c71-8a5d-e73c0b2f9a46@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", "<mailduns.PS-2026-048.20270304121408@shahillustration.com>"),
        ("References", "<mailduns.PS-2026-048.20270304121408@shahillustration.com>"),
        ("X-MS-Exchange-Message-Is-Ndr", ""),
        ("Content-Language", "en-GB"),
        ("Auto-Submitted", "auto-replied"),
    ], Multi("report", [
        Multi("alternative", [text(plain, charset="us-ascii"), htmlpart(body, charset="us-ascii")],
              "e3a7c2f0-1b6d-4e95-a804-5d9c1f3b7e62", params="differences=Content-Type"),
        dsn(report),
        Embedded(orig_headers.encode("ascii"), ctype="text/rfc822-headers"),
    ], "8c41f7a2-d05e-4b3a-96c1-2e7b0a9f5d18", params="report-type=delivery-status"))


# ----------------------------------------------------------------------------------------------- 0079
@message("other", "en",
         "Figma receipt for the freelancer's own subscription: 'Amount paid' and 'Receipt #' look like a payment "
         "notice, but he is the one who paid.")
def m0079():
    plain = """Receipt from Figma, Inc.

Receipt #2716-4421

Amount paid     $15.00
Date paid       Feb 14, 2027
Payment method  Visa - 5318

Summary
Figma Professional - 1 editor, monthly    $15.00
Total                                      $15.00
Amount paid                                $15.00

If you have any questions, contact us at billing@figma.com.

Figma, Inc. 760 Market Street, Floor 10, San Francisco, CA 94102
You're receiving this email because you made a purchase at Figma, Inc., which partners with Stripe to provide invoicing and payment processing.
"""
    body = """<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="background-color:#f6f9fc;font-family:-apple-system,'SF Pro Display','Segoe UI',Roboto,sans-serif;margin:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:32px auto;">
<tr><td style="padding:32px 48px 0 48px;"><img src="https://files.stripe.com/links/figma_icon.png" width="48" height="48" alt="Figma"></td></tr>
<tr><td style="padding:16px 48px 0 48px;color:#32325d;font-size:24px;">Receipt from Figma, Inc.</td></tr>
<tr><td style="padding:4px 48px 0 48px;color:#8898aa;font-size:14px;">Receipt #2716-4421</td></tr>
<tr><td style="padding:24px 48px;"><table width="100%" cellpadding="0" cellspacing="0" style="font-size:12px;color:#8898aa;text-transform:uppercase;">
<tr><td>Amount paid</td><td>Date paid</td><td>Payment method</td></tr>
<tr style="font-size:15px;color:#525f7f;text-transform:none;"><td>$15.00</td><td>Feb 14, 2027</td><td>Visa - 5318</td></tr></table></td></tr>
<tr><td style="padding:0 48px;"><table width="100%" cellpadding="8" cellspacing="0" style="background:#f6f9fc;font-size:14px;color:#525f7f;">
<tr><td>Figma Professional - 1 editor, monthly</td><td align="right">$15.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>$15.00</b></td></tr>
<tr><td><b>Amount paid</b></td><td align="right"><b>$15.00</b></td></tr></table></td></tr>
<tr><td style="padding:24px 48px 32px 48px;color:#8898aa;font-size:12px;">If you have any questions, contact us at billing@figma.com.<br><br>Figma, Inc. 760 Market Street, Floor 10, San Francisco, CA 94102</td></tr>
</table></body></html>
"""
    return build([
        ("From", a("Figma, Inc.", "invoice+statements@figma.com")),
        ("To", "tom@fletcherdev.co.uk"),
        ("Subject", "Your receipt from Figma, Inc. #2716-4421"),
        ("Date", date(2027, 2, 14, 9, 3, 20, "+0000")),
        ("Message-ID", "<0100019503bf21a8-receipt-2716-4421@email.stripe.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body)], "--==_mimepart_67af0538a4c12_3e1f2c9b7d5a"))


# ----------------------------------------------------------------------------------------------- 0080
@message("payment-notification", "es",
         "PayPal en español: pago recibido con la nota 'Fra 2027/006 - gracias!'; la tabla muestra también la "
         "comisión y el neto (280,12), pero lo que pagó el cliente son 290,00.",
         amount="290.00", currency="EUR", reference="2027/006")
def m0080():
    plain = """Has recibido un pago

Academia de Idiomas Babel te ha enviado 290,00 € EUR.

Nota de Academia de Idiomas Babel:
"Fra 2027/006 - gracias!"

Detalles de la transacción
Id. de transacción: 8HV23019TR4471950
Fecha de la transacción: 21 de marzo de 2027

Importe recibido      290,00 € EUR
Comisión              -9,88 € EUR
Importe neto          280,12 € EUR

Ayuda y contacto | Seguridad | Aplicaciones
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Luxemburgo
"""
    body = """<html lang="es"><head><meta charset="UTF-8"></head>
<body style="margin:0;background:#f2f2f2;font-family:'PayPal Sans Small',Helvetica,Arial,sans-serif;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;margin:20px auto;">
<tr><td style="padding:30px 40px 10px 40px;"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="40" alt="PayPal"></td></tr>
<tr><td style="padding:10px 40px;font-size:28px;color:#001435;">Has recibido un pago</td></tr>
<tr><td style="padding:0 40px 20px 40px;font-size:16px;color:#001435;">Academia de Idiomas Babel te ha enviado 290,00&nbsp;&euro;&nbsp;EUR.</td></tr>
<tr><td style="padding:0 40px 20px 40px;font-size:14px;color:#545d68;"><b>Nota de Academia de Idiomas Babel:</b><br>&quot;Fra 2027/006 - gracias!&quot;</td></tr>
<tr><td style="padding:0 40px;"><table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;color:#001435;border-top:1px solid #cbd2d6;">
<tr><td>Id. de transacci&oacute;n</td><td align="right">8HV23019TR4471950</td></tr>
<tr><td>Fecha de la transacci&oacute;n</td><td align="right">21 de marzo de 2027</td></tr>
<tr><td style="border-top:1px solid #cbd2d6;">Importe recibido</td><td align="right" style="border-top:1px solid #cbd2d6;">290,00&nbsp;&euro;&nbsp;EUR</td></tr>
<tr><td>Comisi&oacute;n</td><td align="right">-9,88&nbsp;&euro;&nbsp;EUR</td></tr>
<tr><td><b>Importe neto</b></td><td align="right"><b>280,12&nbsp;&euro;&nbsp;EUR</b></td></tr>
</table></td></tr>
<tr><td style="padding:20px 40px;font-size:11px;color:#6c7378;">Ayuda y contacto | Seguridad | Aplicaciones</td></tr>
</table></body></html>
"""
    return build([
        ("Return-Path", "<service@intl.paypal.com>"),
        ("From", a("PayPal", "service@paypal.es")),
        ("To", a("Irene Castaño", "irene@irenecastano.es")),
        ("Subject", "Has recibido un pago"),
        ("Date", date(2027, 3, 21, 11, 30, 9, "-0700")),
        ("Message-ID", "<a7c20f3d91e58.1805653809.PP.8HV23019TR4471950@paypal.com>"),
    ], Multi("alternative", [text(plain), htmlpart(body, cte="base64")], "--PP_ALT_8b1e0d44-0a2f-11f2"))


# === END OF MESSAGES ===

# ---------------------------------------------------------------------------------------------------
# Writing and checking.
# ---------------------------------------------------------------------------------------------------

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
ALLOWED = {
    "client-reply-paid": {"amount", "currency", "reference"},
    "client-reply-promise": {"promised_date", "amount", "currency", "reference"},
    "client-reply-dispute": {"amount", "currency", "reference"},
    "client-reply-other": {"amount", "currency", "reference"},
    "payment-notification": {"amount", "currency", "reference"},
    "auto-reply": {"return_date"},
    "bounce": {"failed_recipient", "permanent"},
    "other": set(),
}
CURRENCY_MARKS = {"EUR": ["EUR", "€", "euro"], "GBP": ["GBP", "£"], "USD": ["USD", "US$"],
                  "MXN": ["MXN"], "ARS": ["ARS"], "CLP": ["CLP", "pesos chilenos"]}
FIRST, LAST = dt.date(2026, 11, 1), dt.date(2027, 3, 31)


def html_to_text(s):
    s = re.sub(r"(?is)<(style|script|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d)>", "\n", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    return html.unescape(s)


def own_texts(part):
    """The message's own text: every text part, the DSN fields, never a returned or forwarded message."""
    ct = part.get_content_type()
    if ct in ("message/rfc822", "text/rfc822-headers"):
        return
    if ct == "message/delivery-status":
        yield "\n".join(str(p) for p in part.get_payload())
        return
    if part.get_content_maintype() == "multipart":
        for p in part.iter_parts():
            yield from own_texts(p)
        return
    if part.get_content_maintype() == "text":
        c = part.get_content()
        yield html_to_text(c) if ct == "text/html" else c


def amount_found(amount, txt):
    units, cents = amount.split(".")
    n = int(units)
    grouped = f"{n:,}"
    forms = set()
    for tsep in [",", ".", " ", "\u00a0", "\u202f", "'", "\u2019", ""]:
        g = grouped.replace(",", tsep)
        for dsep in [".", ","]:
            if tsep != dsep:
                forms.add((g + dsep + cents, False))
        if cents == "00":
            forms.add((g, True))
    for f, whole in forms:
        tail = r"(?![.,]?\d)" if whole else r"(?!\d)"
        if re.search(r"(?<![\d.,])" + re.escape(f) + tail, txt):
            return True
    return False


def check(name, raw, label):
    errors = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for hdr in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[hdr] is None:
            errors.append(f"no {hdr}")
    when = email.utils.parsedate_to_datetime(str(msg["Date"]))
    day = when.date()
    if not FIRST <= day <= LAST:
        errors.append(f"Date {day} out of range")
    txt = "\n".join(own_texts(msg))
    low = txt.lower()
    kind = label["kind"]
    if kind not in KINDS:
        errors.append(f"kind {kind}")
    if label["language"] not in ("it", "es", "en"):
        errors.append("language")
    facts = label["facts"]
    extra = set(facts) - ALLOWED.get(kind, set())
    if extra:
        errors.append(f"facts not for {kind}: {sorted(extra)}")
    if "amount" in facts:
        if not re.fullmatch(r"\d+\.\d\d", facts["amount"]):
            errors.append("amount form")
        elif not amount_found(facts["amount"], txt):
            errors.append(f"amount {facts['amount']} not in the text")
    if "currency" in facts:
        marks = CURRENCY_MARKS[facts["currency"]]
        if not any(m.lower() in low for m in marks):
            errors.append(f"currency {facts['currency']} not in the text")
    if "reference" in facts and facts["reference"].lower() not in low:
        errors.append(f"reference {facts['reference']} not in the body")
    for key in ("promised_date", "return_date"):
        if key in facts:
            d = dt.date.fromisoformat(facts[key])
            if d < day or (key == "return_date" and d == day):
                errors.append(f"{key} {d} not after Date {day}")
    if kind == "bounce":
        if "failed_recipient" not in facts or "permanent" not in facts:
            errors.append("bounce without failed_recipient/permanent")
        else:
            if facts["failed_recipient"].lower() not in low:
                errors.append("failed_recipient not in the report")
            classes = set(re.findall(r"(?<![\d.])([45])\.\d{1,3}\.\d{1,3}(?![\d.])", txt))
            if facts["permanent"] and "5" not in classes:
                errors.append("permanent but no 5.x.x status")
            if not facts["permanent"] and (classes != {"4"}):
                errors.append(f"temporary but status classes {sorted(classes)}")
    # every text part decodes, every attachment has a payload
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            part.get_content()
        elif part.get_filename() and part.get_content_maintype() != "message":
            if not part.get_payload(decode=True):
                errors.append(f"empty attachment {part.get_filename()}")
    return errors


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    lines = ["# round17-machine: machine mail after an invoice (it, es, en): bank and processor payment notices, "
             "look-alikes that are not money in, auto-replies and bounces, plus two accounts-payable platform notices."]
    written = []
    for i, m in enumerate(MESSAGES, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        raw = m["fn"]()
        (HERE / name).write_bytes(raw)
        written.append((name, raw, m))
        lines.append("")
        lines.append(f'[files."{name}"]')
        lines.append(f"kind = {toml_str(m['kind'])}")
        lines.append(f"language = {toml_str(m['language'])}")
        lines.append('split = "dev"')
        for key in ("promised_date", "return_date", "amount", "currency", "reference", "failed_recipient", "permanent"):
            if key in m["facts"]:
                v = m["facts"][key]
                lines.append(f"{key} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        lines.append(f"note = {toml_str(m['note'])}")
    (HERE / "labels.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")

    failures = 0
    for name, raw, m in written:
        back = (HERE / name).read_bytes()
        errs = check(name, back, m)
        if errs:
            failures += 1
            print(f"{name}: " + "; ".join(errs))
    try:
        import tomllib
    except ImportError:  # Python < 3.11: the labels were still written; skip re-reading them
        tomllib = None
    if tomllib:
        parsed = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
        if sorted(parsed) != [n for n, _, _ in written]:
            failures += 1
            print("labels.toml does not list exactly the files written")
        for name, _, m in written:
            entry = parsed[name]
            if entry["kind"] != m["kind"] or any(entry.get(k) != v for k, v in m["facts"].items()):
                failures += 1
                print(f"{name}: labels.toml disagrees with the script")
    counts = {}
    for _, _, m in written:
        counts[m["kind"]] = counts.get(m["kind"], 0) + 1
    langs = {}
    for _, _, m in written:
        langs[m["language"]] = langs.get(m["language"], 0) + 1
    print(f"{len(written)} messages written; kinds: " +
          ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) +
          "; languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    if failures:
        print(f"{failures} problem(s)")
        return 1
    print("all labels check out")
    return 0


if __name__ == "__main__":
    sys.exit(main())
