#!/usr/bin/env python3
"""Round 10, machine mail: payment notices, look-alikes, auto-replies and bounces.

Generates r10m-NNNN.eml and labels.toml in this directory, then re-parses every file.
Python 3.11, stdlib only. Every notice / auto-reply / bounce text below is written by hand;
only the MIME plumbing, the HTML skeletons and the quoted mailduns reminders are generated.
"""
import base64
import hashlib
import os
import quopri
import random
import struct
import sys
import zlib
import email
import email.policy
from datetime import datetime, timezone
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r10m"

# --------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------

_counter = [0]


def _h(*parts):
    _counter[0] += 1
    s = "|".join(str(p) for p in parts) + "|" + str(_counter[0])
    return hashlib.sha1(s.encode()).hexdigest()


class Part:
    def __init__(self, ctype, payload=b"", params=None, cte=None, children=None, extra=None,
                 boundary=None):
        self.ctype = ctype
        self.payload = payload
        self.params = list(params or [])
        self.cte = cte
        self.children = children
        self.extra = list(extra or [])
        self.boundary = boundary


def _encode(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


CTE = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}


def text(s, cs="utf-8", cte="qp", sub="plain", enc=None, raw=None, params=None, extra=None):
    """A text part. enc: codec used for the bytes when it differs from the label (Outlook's
    iso-8859-1 label on windows-1252 bytes). raw: ready bytes."""
    data = raw if raw is not None else s.encode(enc or cs)
    if cte == "7bit":
        data.decode("ascii")
    p = [("charset", cs)] + list(params or [])
    return Part(f"text/{sub}", data, p, CTE[cte], extra=extra)


def html(s, cs="utf-8", cte="qp", enc=None, extra=None):
    return text(s, cs, cte, "html", enc=enc, extra=extra)


def multi(sub, *children, boundary=None, params=None, bstyle=None):
    if bstyle and not boundary:
        boundary = _bnd(bstyle)
    return Part(f"multipart/{sub}", children=list(children), boundary=boundary, params=params)


def alt(*children, boundary=None, bstyle=None):
    return multi("alternative", *children, boundary=boundary, bstyle=bstyle)


def mixed(*children, boundary=None, bstyle=None):
    return multi("mixed", *children, boundary=boundary, bstyle=bstyle)


def related(*children, boundary=None, bstyle=None):
    return multi("related", *children, boundary=boundary, params=[("type", "text/html")], bstyle=bstyle)


def attach(filename, ctype, data, inline=False, cid=None):
    disp = "inline" if inline else "attachment"
    extra = [("Content-Disposition", f'{disp}; filename="{filename}"')]
    if cid:
        extra.append(("Content-ID", f"<{cid}>"))
    return Part(ctype, data, [("name", filename)], "base64", extra=extra)


def rfc822(msg_bytes):
    return Part("message/rfc822", msg_bytes, cte=None,
                extra=[("Content-Description", "Undelivered Message")])


def rfc822_headers(msg_bytes):
    head = msg_bytes.split(b"\n\n", 1)[0] + b"\n"
    return Part("text/rfc822-headers", head, cte=None,
                extra=[("Content-Description", "Undelivered Message Headers")])


def dsn_fields(s):
    return Part("message/delivery-status", s.strip("\n").encode("ascii") + b"\n", cte=None,
                extra=[("Content-Description", "Delivery report")])


def report(*children, boundary=None, bstyle=None):
    return multi("report", *children, boundary=boundary, bstyle=bstyle,
                 params=[("report-type", "delivery-status")])


def _bnd(style="plain"):
    h = _h("bnd", style)
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "outlook":
        return "_000_" + h[:12].upper() + "EXCHANGE_"
    if style == "apple":
        return "Apple-Mail=_" + h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper()
    if style == "postfix":
        return h[:10].upper() + ".1" + h[10:18] + "/mail.example"
    if style == "java":
        return "----=_Part_" + str(int(h[:6], 16)) + "_" + str(int(h[6:14], 16)) + "." + str(1790000000000 + int(h[14:20], 16))
    return "----=_NextPart_" + h[:3] + "_" + h[3:7].upper() + "_" + h[7:15].upper() + "." + h[15:23].upper()


def _params(params):
    out = ""
    for k, v in params:
        out += f'; {k}="{v}"' if any(c in v for c in ' ;=/:()<>@,') else f"; {k}={v}"
    return out


def serialize_part(p, bstyle="plain"):
    lines = []
    if p.children is not None:
        b = p.boundary or _bnd(bstyle)
        lines.append(f'Content-Type: {p.ctype}; boundary="{b}"' + _params(p.params))
        for k, v in p.extra:
            lines.append(f"{k}: {v}")
        out = ("\n".join(lines) + "\n\n").encode()
        if p.ctype == "multipart/mixed" or p.ctype == "multipart/report":
            out += b"This is a multi-part message in MIME format.\n\n"
        for c in p.children:
            out += f"--{b}\n".encode() + serialize_part(c, bstyle) + b"\n"
        out += f"--{b}--\n".encode()
        return out
    lines.append(f"Content-Type: {p.ctype}" + _params(p.params))
    if p.cte:
        lines.append(f"Content-Transfer-Encoding: {p.cte}")
    for k, v in p.extra:
        lines.append(f"{k}: {v}")
    body = _encode(p.payload, p.cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    return ("\n".join(lines) + "\n\n").encode() + body


def hval(k, v):
    if isinstance(v, tuple):
        return formataddr(v, charset="utf-8")
    if isinstance(v, list):
        return ", ".join(hval(k, x) for x in v)
    if v.isascii():
        return v
    return Header(v, "utf-8").encode(maxlinelen=76)


def build(headers, body, bstyle="plain", crlf=False):
    """headers: list of (name, value) in order; value a str, a (name, addr) tuple or a list."""
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {hval(k, v)}")
    lines.append("MIME-Version: 1.0")
    out = ("\n".join(lines) + "\n").encode() + serialize_part(body, bstyle)
    if crlf:
        out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def dt(s, tz="Europe/Rome"):
    """'2026-12-03 09:15:22' in tz -> RFC 5322 date."""
    d = datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    if tz == "GMT":
        return format_datetime(d.replace(tzinfo=timezone.utc), usegmt=True)
    return format_datetime(d.replace(tzinfo=ZoneInfo(tz)))


def mid(domain, style="hex"):
    h = _h("mid", domain, style)
    if style == "ses":
        return f"<0102019{h[:13]}-{h[13:21]}-{h[21:25]}-{h[25:29]}-{h[29:33]}{h[:8]}-000000@eu-west-1.amazonses.com>"
    if style == "sendgrid":
        return f"<{base64.urlsafe_b64encode(bytes.fromhex(h[:30])).decode().rstrip('=')}@geopod-ismtpd-{int(h[:2],16)%40}>"
    if style == "outlook":
        pre = ["AM9", "DB9", "VI1", "PAXP", "AS8", "DU0", "GV1", "LO2"][int(h[:2], 16) % 8]
        srv = f"{pre}PR0{int(h[2:4],16)%9+1}MB{1000 + int(h[4:8],16) % 9000}"
        return f"<{srv}{h[8:40].upper()}@{srv}.eurprd0{int(h[2:4],16)%9+1}.prod.outlook.com>"
    if style == "gmail":
        return f"<CA+{base64.b64encode(bytes.fromhex(h+h[:8])).decode()[:44]}@mail.gmail.com>"
    if style == "py":
        return f"<17{int(h[:8],16)%100000000:08d}.{int(h[8:12],16)}.{int(h[12:28],16)%10**19}@{domain}>"
    if style == "date":
        return f"<{int(h[:10],16)%10**14:014d}.{h[10:22].upper()}@{domain}>"
    return f"<{h[:16]}.{h[16:28]}@{domain}>"


# Fake but well-formed attachment bytes
def fake_pdf(title):
    body = (
        "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
        "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
        "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
        f"4 0 obj\n<< /Length {len(title) + 30} >>\nstream\nBT /F1 12 Tf 72 770 Td ({title}) Tj ET\nendstream\nendobj\n"
        "trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )
    return body.encode("latin-1")


def fake_png(w=4, h=4, rgb=(0, 120, 200)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------
# The world: mailbox owners and the reminders mailduns sent them (templates in templates/*)
# --------------------------------------------------------------------------------------------

ALE = ("Alessandra Rossi", "alessandra@example.it")        # invoices 12/2026, 3/2027
DAV = ("Davide Marchetti", "davide@marchettifoto.it")      # invoices 31/2026, 2/2027
LUC = ("Lucía Martín", "lucia@martinestudio.es")           # invoices 2026-041
CAR = ("Carmen Delgado", "hola@carmendelgado.es")          # Las Palmas; invoices 2026-019 (IGIC)
JOR = ("Jordi Puig", "jordi@puigtraduccions.cat")          # invoices 2026-033
TOM = ("Tom Byrne", "tom@byrnedesign.ie")                  # invoices INV-2026-031
PRI = ("Priya Shah", "priya@shahcopy.co.uk")               # invoices PS-114
DAN = ("Dan Kowalski", "dan@kowalski.studio")              # New York; invoices DK-1087

GIO = ("Giorgio Sala", "giorgio@salatraduzioni.it")         # invoices 52/2026
ELE = ("Elena Greco", "elena.greco.design@gmail.com")      # invoices 9/2027
PAB = ("Pablo Ortega", "pabloortega.foto@gmail.com")       # invoices 2026-061
HAN = ("Hannah Leigh", "hannah@leighcopy.com")             # invoices HL-2026-07
ALE_PEC = ("Alessandra Rossi", "alessandra.rossi@pec.it")  # her certified-mail (PEC) box

PAY = {
    ALE: ("Alessandra Rossi", "IT60 X054 2811 1010 0000 0123 456", "FEBIITM1"),
    DAV: ("Davide Marchetti", "IT02 L123 4512 3451 2345 6789 012", "ITFBITM2"),
    LUC: ("Lucía Martín Ortega", "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX"),
    CAR: ("Carmen Delgado Suárez", "ES79 2080 5801 1012 3456 7891", "CAGLESMMXXX"),
    JOR: ("Jordi Puig i Serra", "ES12 1465 0100 9120 1234 5678", "INGDESMMXXX"),
    TOM: ("Tom Byrne Design", "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D"),
    PRI: ("Priya Shah", "GB33 BUKB 2020 1555 5555 55", "BUKBGB22"),
    DAN: ("Kowalski Studio LLC", "", ""),
    GIO: ("Giorgio Sala", "IT40 S054 2811 1010 0000 0987 654", "BPMOIT22XXX"),
    ELE: ("Elena Greco", "IT75 Z036 6901 6001 2345 6789 012", "REVOITM2"),
    PAB: ("Pablo Ortega Ruiz", "ES66 0182 1234 5600 1122 3344", "BBVAESMMXXX"),
    HAN: ("Hannah Leigh", "GB82 WEST 1234 5698 7654 32", "NWBKGB2L"),
}
PAY[ALE_PEC] = PAY[ALE]


def _pay_block(lang, owner, inv):
    ben, iban, bic = PAY[owner]
    if not iban:
        return {"it": "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.",
                "es": "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.",
                "en": "The payment details are on the invoice, in my original email in this thread."}[lang]
    if lang == "it":
        return f"Per il pagamento:\n- beneficiario: {ben}\n- IBAN: {iban}\n- BIC: {bic}\n- causale: Fattura n. {inv}"
    if lang == "es":
        return f"Datos para el pago:\n- beneficiario: {ben}\n- IBAN: {iban}\n- BIC: {bic}\n- concepto: Factura {inv}"
    return (f"Payment details:\n- Account name: {ben}\n- IBAN: {iban}\n- BIC (SWIFT): {bic}\n"
            f"- Payment reference: {inv}")


def reminder_body(lang, owner, client, kind, inv, amount, due, step="reminder"):
    """The text mailduns sends, after templates/{lang}/{step}.txt.j2 (filled in by hand)."""
    pay = _pay_block(lang, owner, inv)
    if lang == "it":
        sal = f"Spett.le {client}," if kind == "company" else (f"Gentile {client}," if client else "Buongiorno,")
        if step == "courtesy":
            core = (f"un breve promemoria: la fattura n. {inv} di {amount} è in scadenza il {due}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        else:
            core = (f"da un controllo la fattura n. {inv} di {amount}, scaduta il {due}, risulta ancora da saldare. "
                    "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n" + pay)
        return f"{sal}\n\n{core}\n\nCordiali saluti,\n{owner[0]}\n"
    if lang == "es":
        sal = "Estimados señores:" if kind == "company" else (f"Buenos días, {client}:" if client else "Buenos días:")
        if step == "courtesy":
            core = (f"Un breve recordatorio: la factura n.º {inv} de {amount} vence el {due}.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        else:
            core = (f"Revisando mis cuentas, veo que la factura n.º {inv} de {amount}, vencida el {due}, sigue pendiente "
                    "de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\n"
                    "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
                    "transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos "
                    "aclararlo por esta misma vía.\n\n" + pay)
        return f"{sal}\n\n{core}\n\nUn cordial saludo,\n{owner[0]}\n"
    sal = "Dear Accounts Team," if kind == "company" else (f"Dear {client}," if client else "Hello,")
    if step == "courtesy":
        core = (f"This is a friendly reminder that invoice {inv} for {amount} is due for payment on {due}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.")
    else:
        core = (f"According to my records, invoice {inv} for {amount}, due on {due}, has not yet been paid. It may "
                "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                "convenience.\n\nIf you have already paid, thank you – please let me know the payment date so that I "
                "can update my records. If there is a problem with the invoice, please reply to this email and we can "
                f"sort it out.\n\n{pay}")
    return f"{sal}\n\n{core}\n\nKind regards,\n{owner[0]}\n"


def reminder_subject(lang, inv, step="reminder"):
    if lang == "it":
        return f"Promemoria: fattura n. {inv} in scadenza" if step == "courtesy" else f"Sollecito di pagamento – fattura n. {inv}"
    if lang == "es":
        return f"Recordatorio: factura n.º {inv}" if step == "courtesy" else f"Factura n.º {inv} pendiente de pago"
    return f"Invoice {inv}: friendly reminder" if step == "courtesy" else f"Payment reminder – invoice {inv}"


class Orig:
    """A reminder the owner's mailduns sent: what auto-replies and bounces answer to."""

    def __init__(self, lang, owner, to, client, kind, inv, amount, due, date, tz, step="reminder",
                 subject=None, body=None):
        self.lang, self.owner, self.to = lang, owner, to
        self.subject = subject or reminder_subject(lang, inv, step)
        self.tz = tz
        self.date = dt(date, tz)
        self.msgid = mid(owner[1].split("@")[1], "py")
        self.body = body or reminder_body(lang, owner, client, kind, inv, amount, due, step)
        self.inv = inv
        self.date_raw = date

    def headers(self):
        return [("From", self.owner), ("To", self.to), ("Subject", self.subject),
                ("Date", self.date), ("Message-ID", self.msgid)]

    def bytes(self):
        return build(self.headers() + [("Content-Language", self.lang)], text(self.body, cte="qp"))

    def quoted(self, prefix="> "):
        return "\n".join((prefix + l).rstrip() for l in self.body.rstrip("\n").split("\n"))


# --------------------------------------------------------------------------------------------
# Registry
# --------------------------------------------------------------------------------------------

MSGS = []
KINDS = {"payment-notification", "other", "auto-reply", "bounce"}


def add(kind, lang, data, note, **facts):
    assert kind in KINDS, kind
    assert lang in ("it", "es", "en")
    MSGS.append(dict(kind=kind, lang=lang, data=data, note=note, facts=facts))


# ============================================================================================
# PAYMENT NOTICES — Italian
# ============================================================================================

# Fineco: HTML only, iso-8859-1 label on windows-1252 bytes (the euro sign is 0x80)
add("payment-notification", "it", build([
    ("Return-Path", "<bounce-notifiche@fineco.it>"),
    ("From", ("FinecoBank", "notifiche@fineco.it")),
    ("To", ALE[1]),
    ("Subject", "Accredito bonifico sul tuo conto"),
    ("Date", dt("2026-12-04 08:12:40")),
    ("Message-ID", mid("fineco.it", "date")),
], html("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="margin:0;padding:0;background:#f2f2f2;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1a1a1a">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td style="padding:24px 32px;border-bottom:3px solid #00338d"><img src="https://www.fineco.it/static/mail/logo_fineco.png" width="140" alt="FinecoBank"></td></tr>
<tr><td style="padding:28px 32px 8px 32px">
<p>Gentile Cliente,</p>
<p>ti informiamo che sul tuo conto corrente <b>n. ****0456</b> &egrave; stato accreditato il seguente bonifico:</p>
<table cellpadding="6" cellspacing="0" border="0" style="font-size:14px;border:1px solid #dddddd;width:100%">
<tr><td style="background:#f7f7f7;width:40%">Ordinante</td><td><b>GRAFICHE DELTA SRL</b></td></tr>
<tr><td style="background:#f7f7f7">Importo</td><td><b>€ 1.020,00</b></td></tr>
<tr><td style="background:#f7f7f7">Data contabile</td><td>04/12/2026</td></tr>
<tr><td style="background:#f7f7f7">Data valuta</td><td>04/12/2026</td></tr>
<tr><td style="background:#f7f7f7">Causale</td><td>SALDO FT 39 2026</td></tr>
<tr><td style="background:#f7f7f7">CRO/TRN</td><td>0306912345678901480012345600IT</td></tr>
</table>
<p>Il dettaglio completo del movimento &egrave; disponibile nell'area riservata, sezione <i>Conto &gt; Movimenti</i>, e nell'app Fineco.</p>
<p>Cordiali saluti,<br>FinecoBank S.p.A.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#777777;border-top:1px solid #eeeeee">
Questa &egrave; una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo. FinecoBank non ti chieder&agrave; mai codici, password o PIN via email o telefono.<br>
FinecoBank S.p.A. - Piazza Durante 11, 20131 Milano - Capitale Sociale € 201.339.000,66 i.v. - Iscritta all'Albo delle Banche - Aderente al Fondo Interbancario di Tutela dei Depositi.
</td></tr>
</table></td></tr></table></body></html>
""", cs="iso-8859-1", enc="cp1252", cte="qp")),
    "Incoming SEPA transfer alert; HTML only; iso-8859-1 declared but euro sign is a cp1252 byte. "
    "The net of the withholding tax is what arrives; causale 'SALDO FT 39 2026' -> 39/2026.",
    amount="1020.00", reference="39/2026")

# Qonto: public administration payment, split payment (only the taxable amount arrives)
add("payment-notification", "it", build([
    ("From", ("Qonto", "no-reply@qonto.com")),
    ("To", ALE[1]),
    ("Subject", "Hai ricevuto 1.000,00 € da COMUNE DI BERGAMO"),
    ("Date", dt("2026-11-18 15:47:03", "Europe/Paris")),
    ("Message-ID", mid("qonto.com", "sendgrid")),
    ("X-Mailer", "Customer.io"),
], alt(text("""Ciao Alessandra,

hai ricevuto un bonifico sul conto "Conto principale".

+1.000,00 €

Da: COMUNE DI BERGAMO - SERVIZIO RAGIONERIA
IBAN ordinante: IT31 Y030 6911 1661 0000 0300 018
Riferimento: /PUR/ PAGAMENTO FATTURA N.38 DEL 30/09/2026 CIG Z1A3B2C4D5 MANDATO 2026/04512 SPLIT PAYMENT IVA
Data: 18 novembre 2026

Abbina subito la fattura a questa transazione per tenere in ordine la contabilità:
https://app.qonto.com/transactions/7f3e1b2a

A presto,
Il team Qonto

Qonto è una società per azioni semplificata (SAS) di diritto francese, autorizzata come istituto di pagamento dall'ACPR. Sede: 18 rue de Navarin, 75009 Parigi.
Ricevi questa email perché hai attivato le notifiche per i bonifici in entrata. Gestisci le notifiche: https://app.qonto.com/settings/notifications
"""), html("""<!doctype html><html lang="it"><head><meta charset="utf-8"><title>Qonto</title></head>
<body style="background:#f5f5f7;margin:0;font-family:Helvetica,Arial,sans-serif;color:#1d1d1f">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
<img src="https://qonto.com/email/logo-black.png" width="88" alt="Qonto">
<p style="font-size:16px">Ciao Alessandra,</p>
<p>hai ricevuto un bonifico sul conto <b>"Conto principale"</b>.</p>
<p style="font-size:32px;font-weight:bold;color:#1d7a4a;margin:24px 0">+1.000,00&nbsp;€</p>
<table style="font-size:14px;width:100%;border-collapse:collapse">
<tr><td style="color:#6e6e73;padding:6px 0">Da</td><td style="text-align:right">COMUNE DI BERGAMO - SERVIZIO RAGIONERIA</td></tr>
<tr><td style="color:#6e6e73;padding:6px 0">Riferimento</td><td style="text-align:right">/PUR/ PAGAMENTO FATTURA N.38 DEL 30/09/2026 CIG Z1A3B2C4D5 MANDATO 2026/04512 SPLIT PAYMENT IVA</td></tr>
<tr><td style="color:#6e6e73;padding:6px 0">Data</td><td style="text-align:right">18 novembre 2026</td></tr>
</table>
<p style="margin-top:28px"><a href="https://app.qonto.com/transactions/7f3e1b2a" style="background:#1d1d1f;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none">Abbina la fattura</a></p>
<p style="font-size:11px;color:#86868b;margin-top:40px">Qonto è una società per azioni semplificata (SAS) di diritto francese, autorizzata come istituto di pagamento dall'ACPR. Sede: 18 rue de Navarin, 75009 Parigi.<br>Ricevi questa email perché hai attivato le notifiche per i bonifici in entrata.</p>
</div></body></html>
"""), bstyle="java")),
    "Qonto incoming transfer from a municipality: the PA pays the taxable amount only (split payment), so "
    "1.000,00 arrives for a 1.220,00 invoice; 'FATTURA N.38 DEL 30/09/2026' -> 38/2026.",
    amount="1000.00", reference="38/2026")

# Satispay Business
add("payment-notification", "it", build([
    ("From", ("Satispay Business", "business@satispay.com")),
    ("To", ALE[1]),
    ("Subject", "Nuovo incasso: 180,00 €"),
    ("Date", dt("2026-11-19 19:02:11")),
    ("Message-ID", mid("satispay.com")),
], alt(text("""Nuovo incasso ricevuto

Negozio: Alessandra Rossi Graphic Design
Importo: 180,00 €
Da: Studio Pilates Aurora
Messaggio del cliente: "fattura 41/2026 grazie!! 🙏"
Data e ora: 19/11/2026 19:02
ID transazione: 7c1d9a62-4b7e-4d1f-9c6a-2f41e8b0a3d5

L'importo sarà disponibile sul saldo Satispay Business e verrà trasferito sul tuo conto con il prossimo accredito automatico.

Satispay Europe S.A. - 46a Avenue J.F. Kennedy, L-1855 Luxembourg
""", cte="b64"), html("""<html><body style="font-family:Arial,sans-serif;background:#fff">
<div style="max-width:520px;margin:auto;border:1px solid #eee;border-radius:12px;padding:24px">
<img src="https://static.satispay.com/mail/logo-business.png" width="120" alt="Satispay Business">
<h2 style="color:#ef373e;margin-top:24px">Nuovo incasso ricevuto</h2>
<p style="font-size:28px;margin:8px 0"><b>180,00 €</b></p>
<p>Da <b>Studio Pilates Aurora</b></p>
<p style="background:#f7f7f7;padding:10px;border-radius:8px">&ldquo;fattura 41/2026 grazie!! 🙏&rdquo;</p>
<p style="color:#888;font-size:12px">19/11/2026 19:02 &middot; Negozio: Alessandra Rossi Graphic Design<br>ID transazione: 7c1d9a62-4b7e-4d1f-9c6a-2f41e8b0a3d5</p>
<p style="color:#888;font-size:11px">L'importo sarà disponibile sul saldo Satispay Business e verrà trasferito sul tuo conto con il prossimo accredito automatico.<br>Satispay Europe S.A. - 46a Avenue J.F. Kennedy, L-1855 Luxembourg</p>
</div></body></html>""", cte="b64"))),
    "Satispay Business incoming payment; the customer's message names the invoice; base64 bodies with emoji.",
    amount="180.00", reference="41/2026")

# PayPal: gross and net, note in German
add("payment-notification", "it", build([
    ("From", ("service@paypal.it", "service@paypal.it")),
    ("To", ALE[1]),
    ("Subject", "Hai ricevuto un pagamento di 1.200,00 € EUR da Kunstverein Bolzano"),
    ("Date", dt("2026-12-09 11:26:57", "America/Los_Angeles")),
    ("Message-ID", "<a1b2c3d4e5f60718293a@paypal.com>"),
], alt(text("""Hai ricevuto un pagamento

Kunstverein Bolzano ti ha inviato 1.200,00 € EUR.

Nota di Kunstverein Bolzano:
"Rechnung Nr. 45/2026 - Grafik Ausstellungskatalog. Danke!"

Dettagli transazione
ID transazione: 4RT39781KX2215634
Data transazione: 9 dic 2026
Importo ricevuto: 1.200,00 € EUR
Commissione: -41,28 € EUR
Importo netto: 1.158,72 € EUR

Il pagamento è stato accreditato sul tuo saldo PayPal.

Aiuto e contatti | Sicurezza | App

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Lussemburgo
Non rispondere a questa email. Non siamo in grado di rispondere ai messaggi inviati a questo indirizzo.
Copyright © 1999-2026 PayPal. Tutti i diritti riservati.
PPX000641:3a8e1b7f2c9d4
"""), html("""<html><head><meta charset="UTF-8"></head><body style="font-family:'Helvetica Neue',Arial,sans-serif;color:#2c2e2f">
<table align="center" width="600" style="border-collapse:collapse"><tr><td style="padding:20px"><img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="30" alt="PayPal"></td></tr>
<tr><td style="padding:0 20px"><h1 style="font-size:28px;font-weight:400">Hai ricevuto un pagamento</h1>
<p>Kunstverein Bolzano ti ha inviato <b>1.200,00&nbsp;€&nbsp;EUR</b>.</p>
<p style="background:#f5f7fa;padding:12px"><b>Nota di Kunstverein Bolzano:</b><br>"Rechnung Nr. 45/2026 - Grafik Ausstellungskatalog. Danke!"</p>
<table width="100%" style="font-size:14px">
<tr><td>ID transazione</td><td align="right"><a href="https://www.paypal.com/activity/payment/4RT39781KX2215634">4RT39781KX2215634</a></td></tr>
<tr><td>Data transazione</td><td align="right">9 dic 2026</td></tr>
<tr><td>Importo ricevuto</td><td align="right">1.200,00&nbsp;€ EUR</td></tr>
<tr><td>Commissione</td><td align="right">-41,28&nbsp;€ EUR</td></tr>
<tr><td><b>Importo netto</b></td><td align="right"><b>1.158,72&nbsp;€ EUR</b></td></tr>
</table>
<p style="font-size:11px;color:#687173">PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Lussemburgo<br>Non rispondere a questa email.<br>Copyright © 1999-2026 PayPal. Tutti i diritti riservati.<br>PPX000641:3a8e1b7f2c9d4</p>
</td></tr></table></body></html>""")), bstyle="plain"),
    "PayPal business payment received: 1.200,00 received, net of fee 1.158,72; the amount received is the "
    "headline 1.200,00. Payer note in German names 'Rechnung Nr. 45/2026'.",
    amount="1200.00", reference="45/2026")

# SAP Business Network (Ariba) remittance: gross, withholding, net
add("payment-notification", "it", build([
    ("From", ("Gruppo Ferrante S.p.A. tramite SAP Business Network", "ordersender-prod@ansmtp.ariba.com")),
    ("Reply-To", ("Contabilità Fornitori Gruppo Ferrante", "contabilita.fornitori@gruppoferrante.it")),
    ("To", ALE[1]),
    ("Subject", "Avviso di pagamento da Gruppo Ferrante S.p.A. - Rimessa n. 2000018834"),
    ("Date", dt("2027-01-15 06:31:12", "America/New_York")),
    ("Message-ID", "<1684920117.88231.1736940672081.JavaMail.ariba@app1107.lab1.ariba.com>"),
], alt(text("""SAP Business Network

Gruppo Ferrante S.p.A. ha inviato un avviso di pagamento (rimessa).

Cliente: Gruppo Ferrante S.p.A.
Fornitore: Alessandra Rossi (ANID: AN11193847562)
Numero rimessa: 2000018834
Data pagamento: 15/01/2027
Metodo di pagamento: Bonifico SEPA
Banca del beneficiario: IT60 X054 2811 1010 0000 0123 456

Documento    Data documento  Importo lordo  Ritenuta d'acconto  Importo pagato
47/2026      30/11/2026      3.050,00 EUR   -500,00 EUR         2.550,00 EUR

Totale pagato: 2.550,00 EUR

Per visualizzare la rimessa completa accedere all'account SAP Business Network:
https://service.ariba.com/Supplier.aw

Questo messaggio è stato inviato automaticamente da SAP Business Network per conto di Gruppo Ferrante S.p.A. Per domande relative al pagamento contattare direttamente il cliente.
"""), html("""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<div style="background:#0a6ed1;color:#fff;padding:12px 16px;font-size:16px">SAP Business Network</div>
<p><b>Gruppo Ferrante S.p.A.</b> ha inviato un avviso di pagamento (rimessa).</p>
<table cellpadding="4" style="font-size:13px">
<tr><td>Numero rimessa:</td><td>2000018834</td></tr>
<tr><td>Data pagamento:</td><td>15/01/2027</td></tr>
<tr><td>Metodo di pagamento:</td><td>Bonifico SEPA</td></tr>
</table>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px;margin-top:12px">
<tr style="background:#eef3f8"><th>Documento</th><th>Data documento</th><th>Importo lordo</th><th>Ritenuta d'acconto</th><th>Importo pagato</th></tr>
<tr><td>47/2026</td><td>30/11/2026</td><td align="right">3.050,00 EUR</td><td align="right">-500,00 EUR</td><td align="right">2.550,00 EUR</td></tr>
<tr><td colspan="4" align="right"><b>Totale pagato</b></td><td align="right"><b>2.550,00 EUR</b></td></tr>
</table>
<p><a href="https://service.ariba.com/Supplier.aw">Visualizza la rimessa</a></p>
<p style="color:#666;font-size:11px">Questo messaggio è stato inviato automaticamente da SAP Business Network per conto di Gruppo Ferrante S.p.A.</p>
</body></html>""")), bstyle="java"),
    "Ariba remittance advice; gross 3.050,00 less withholding, 2.550,00 actually paid; document 47/2026.",
    amount="2550.00", reference="47/2026")

# Basware payment advice, bilingual, two invoices, PDF attached
add("payment-notification", "it", build([
    ("From", ("Basware Payment Advice", "noreply.paymentadvice@basware.com")),
    ("To", ALE[1]),
    ("Cc", "ap.italy@nordhaus-group.com"),
    ("Subject", "Avviso di pagamento / Payment advice 4500123981 - Nordhaus Italia S.r.l."),
    ("Date", dt("2027-02-10 04:15:00", "Europe/Helsinki")),
    ("Message-ID", mid("basware.com", "date")),
], mixed(text("""Gentile fornitore / Dear supplier,

vi informiamo che è stato disposto a vostro favore il pagamento indicato di seguito.
Please be informed that the payment below has been made in your favour.

Pagatore / Payer:          Nordhaus Italia S.r.l.
Beneficiario / Payee:      ALESSANDRA ROSSI
Numero avviso / Advice no: 4500123981
Data valuta / Value date:  10.02.2027
Valuta / Currency:         EUR

Fattura/Invoice  Data/Date    Importo/Amount
48/2026          14.12.2026        610,00
1/2027           08.01.2027      1.830,00
                              -----------
Totale / Total                   2.440,00

Il dettaglio è nell'allegato PDF. / Details are in the attached PDF.

Questo messaggio è generato automaticamente: non rispondere. Per informazioni: ap.italy@nordhaus-group.com
This is an automatically generated message, please do not reply.
""", cs="iso-8859-1", cte="qp"),
    attach("PaymentAdvice_4500123981.pdf", "application/pdf", fake_pdf("Payment advice 4500123981 - EUR 2.440,00")))),
    "Basware payment advice covering two invoices (48/2026 and 1/2027) in one payment; total paid 2.440,00. "
    "No single invoice reference, so none labelled.",
    amount="2440.00")

# Wise (Italian UI), payer French
add("payment-notification", "it", build([
    ("From", ("Wise", "noreply@wise.com")),
    ("To", ALE[1]),
    ("Subject", "Hai ricevuto 980,00 EUR"),
    ("Date", dt("2026-12-14 09:40:21", "Europe/London")),
    ("Message-ID", mid("wise.com", "ses")),
], alt(text("""Hai ricevuto 980,00 EUR

Ciao Alessandra,

ATELIER ROUX SARL ti ha inviato 980,00 EUR. Il denaro è ora nel tuo conto in EUR.

Riferimento: Facture 42/2026

Vedi i dettagli: https://wise.com/it/transactions

Grazie,
Il team di Wise

Wise Europe SA, Rue du Trône 100, 1050 Bruxelles.
"""), html("""<html><body style="font-family:Inter,Arial,sans-serif;color:#0e0f0c">
<div style="max-width:560px;margin:auto;padding:24px">
<img src="https://wise.com/public-resources/assets/logos/wise/brand_logo.svg" width="90" alt="Wise">
<h1 style="font-size:26px">Hai ricevuto 980,00 EUR</h1>
<p>Ciao Alessandra,</p>
<p>ATELIER ROUX SARL ti ha inviato 980,00 EUR. Il denaro è ora nel tuo conto in EUR.</p>
<p><b>Riferimento:</b> Facture 42/2026</p>
<p><a href="https://wise.com/it/transactions" style="background:#9fe870;color:#163300;padding:10px 18px;border-radius:20px;text-decoration:none">Vedi i dettagli</a></p>
<p style="font-size:11px;color:#6a6c6a">Wise Europe SA, Rue du Trône 100, 1050 Bruxelles.</p>
</div></body></html>"""))),
    "Wise incoming EUR from a French client; reference 'Facture 42/2026'.",
    amount="980.00", reference="42/2026")

# Coupa Pay, Italian locale: invoice with withholding
add("payment-notification", "it", build([
    ("From", ("Coupa Supplier Portal", "do_not_reply@coupahost.com")),
    ("To", ALE[1]),
    ("Subject", "Pagamento inviato: Fattura 4/2027 - Lumen Hotels Italia S.p.A."),
    ("Date", dt("2027-02-24 17:03:44", "America/Los_Angeles")),
    ("Message-ID", mid("coupahost.com")),
], html("""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<div style="border-top:4px solid #0072ce;max-width:640px">
<p style="font-size:18px;padding-top:12px">Lumen Hotels Italia S.p.A. ha eseguito un pagamento</p>
<p>Gentile Alessandra Rossi,</p>
<p>Lumen Hotels Italia S.p.A. ha registrato il pagamento della seguente fattura tramite Coupa.</p>
<table cellpadding="6" cellspacing="0" style="border:1px solid #ccc;font-size:13px">
<tr style="background:#f0f4f8"><th align="left">Numero fattura</th><th align="left">Data fattura</th><th align="right">Totale fattura</th><th align="right">Ritenuta</th><th align="right">Importo pagato</th></tr>
<tr><td>4/2027</td><td>27/01/2027</td><td align="right">976,00 EUR</td><td align="right">160,00 EUR</td><td align="right">816,00 EUR</td></tr>
</table>
<p>ID pagamento: CP-IT-000482913<br>Metodo: Bonifico bancario<br>Data pagamento: 24/02/2027</p>
<p>I fondi possono richiedere 1-3 giorni lavorativi per essere visibili sul conto.</p>
<p><a href="https://supplier.coupahost.com/invoices">Visualizza nel Coupa Supplier Portal</a></p>
<p style="font-size:11px;color:#888">Powered by Coupa | Non rispondere a questa email, la casella non è monitorata.</p>
</div></body></html>""")),
    "Coupa payment remittance in Italian; payment executed (funds may take days to show), 816,00 paid "
    "after withholding; invoice 4/2027.",
    amount="816.00", reference="4/2027")

# Revolut Business, GBP received on the GBP pocket
add("payment-notification", "it", build([
    ("From", ("Revolut Business", "no-reply@revolut.com")),
    ("To", ALE[1]),
    ("Subject", "Hai ricevuto 850,00 £ da PEMBERTON PRESS LTD"),
    ("Date", dt("2026-12-21 10:05:33", "Europe/London")),
    ("Message-ID", mid("revolut.com", "ses")),
], alt(text("""Pagamento ricevuto

Ciao Alessandra,
hai ricevuto 850,00 £ nel tuo conto GBP.

Da: PEMBERTON PRESS LTD
Riferimento: INVOICE 43/2026 COVER ART
Data: 21 dic 2026, 10:05

Apri l'app per vedere il dettaglio della transazione.

Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lituania.
Questa email è stata inviata a alessandra@example.it.
"""), html("""<html><body style="font-family:Arial,sans-serif;background:#f7f7f7"><div style="max-width:540px;margin:auto;background:#fff;padding:28px;border-radius:16px">
<p style="font-size:13px;color:#717173">Revolut Business</p>
<h2 style="margin:4px 0 20px">Pagamento ricevuto</h2>
<p>Ciao Alessandra,<br>hai ricevuto <b>850,00&nbsp;£</b> nel tuo conto GBP.</p>
<table style="width:100%;font-size:14px"><tr><td style="color:#717173">Da</td><td align="right">PEMBERTON PRESS LTD</td></tr>
<tr><td style="color:#717173">Riferimento</td><td align="right">INVOICE 43/2026 COVER ART</td></tr>
<tr><td style="color:#717173">Data</td><td align="right">21 dic 2026, 10:05</td></tr></table>
<p style="font-size:11px;color:#a0a0a0;margin-top:30px">Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lituania.</p>
</div></body></html>"""))),
    "Revolut Business incoming GBP payment from a UK publisher; reference 'INVOICE 43/2026 COVER ART'.",
    amount="850.00", currency="GBP", reference="43/2026")

# Hype: a private customer, causale without any invoice number
add("payment-notification", "it", build([
    ("From", ("HYPE", "noreply@hype.it")),
    ("To", DAV[1]),
    ("Subject", "È arrivato un bonifico! 💸"),
    ("Date", dt("2026-12-16 13:58:09")),
    ("Message-ID", mid("hype.it")),
], alt(text("""Ciao Davide,

è arrivato un bonifico sul tuo conto HYPE Next.

Importo: + 350,00 €
Da: SARA COLOMBO
Causale: servizio foto evento 12 dicembre
Data: 16/12/2026

Trovi tutti i movimenti nell'app, nella sezione Movimenti.

Il Team HYPE

HYPE S.p.A. - Sede legale: Via Ettore Bugatti 15, 20142 Milano. Questa è un'email automatica, per favore non rispondere.
"""), html("""<html><body style="font-family:Arial,sans-serif;background:#ffffff">
<div style="max-width:520px;margin:auto;padding:24px;border-radius:20px;background:#f4f1ff">
<p style="font-size:22px;font-weight:bold;color:#5b2bd9">È arrivato un bonifico! 💸</p>
<p>Ciao Davide,<br>è arrivato un bonifico sul tuo conto HYPE Next.</p>
<p style="font-size:30px;font-weight:bold">+ 350,00 €</p>
<p>Da: <b>SARA COLOMBO</b><br>Causale: servizio foto evento 12 dicembre<br>Data: 16/12/2026</p>
<p style="font-size:11px;color:#777">HYPE S.p.A. - Sede legale: Via Ettore Bugatti 15, 20142 Milano. Questa è un'email automatica, per favore non rispondere.</p>
</div></body></html>"""))),
    "Hype incoming transfer from a private client; causale describes the job but has no invoice number, "
    "so no reference.",
    amount="350.00")

# illimity: SEPA instant, plain text only
add("payment-notification", "it", build([
    ("From", ("illimity", "notifiche@illimity.com")),
    ("To", DAV[1]),
    ("Subject", "Bonifico istantaneo in entrata"),
    ("Date", dt("2026-11-12 21:44:50")),
    ("Message-ID", mid("illimity.com", "date")),
], text("""Gentile DAVIDE MARCHETTI,

ti informiamo che in data 12/11/2026 alle ore 21:44 è stato accreditato sul tuo conto illimity un bonifico SEPA istantaneo.

Ordinante: VILLA ORSINI EVENTI S.R.L.
Importo: 2.440,00 EUR
Causale: Pagamento fattura 31/2026 reportage inaugurazione
TRN: 26111221445012IT0000000000008842

Saldo disponibile aggiornato in app.

Cordiali saluti
illimity Bank S.p.A.

--
Ti ricordiamo che illimity non ti chiederà mai, via email o SMS, le tue credenziali di accesso o i codici di sicurezza.
illimity Bank S.p.A. - Via Soperga 9, 20124 Milano - Gruppo Bancario illimity - Aderente al Fondo Interbancario di Tutela dei Depositi
""", cs="utf-8", cte="8bit")),
    "illimity SEPA instant credit; causale names 'fattura 31/2026'; 8bit utf-8 plain text.",
    amount="2440.00", reference="31/2026")

# N26 (Italian), reference abbreviated year
add("payment-notification", "it", build([
    ("From", ("N26", "no-reply@n26.com")),
    ("To", DAV[1]),
    ("Subject", "Hai ricevuto 610,00 €"),
    ("Date", dt("2026-11-27 08:02:17", "Europe/Berlin")),
    ("Message-ID", mid("n26.com", "ses")),
], alt(text("""Ciao Davide,

hai ricevuto un bonifico di 610,00 € sul tuo conto N26 Business.

Da: BIANCHI ARREDAMENTI SNC DI BIANCHI M. E C.
Riferimento: FT. N. 33/26 SALDO
Data: 27.11.2026

Puoi vedere tutti i dettagli nell'app N26.

Il tuo team N26

N26 Bank SE, Voltairestraße 8, 10179 Berlino, Germania. Registro delle imprese: Amtsgericht Charlottenburg HRB 170602 B.
Non rispondere a questa email: la casella non è monitorata.
"""), html("""<html><body style="font-family:Arial,sans-serif;color:#1b1b1b"><div style="max-width:560px;margin:auto;padding:24px">
<p style="font-size:20px;font-weight:bold;letter-spacing:1px">N26</p>
<p>Ciao Davide,</p><p>hai ricevuto un bonifico di <b>610,00&nbsp;€</b> sul tuo conto N26 Business.</p>
<table style="font-size:14px"><tr><td style="color:#888;padding-right:18px">Da</td><td>BIANCHI ARREDAMENTI SNC DI BIANCHI M. E C.</td></tr>
<tr><td style="color:#888">Riferimento</td><td>FT. N. 33/26 SALDO</td></tr><tr><td style="color:#888">Data</td><td>27.11.2026</td></tr></table>
<p style="font-size:11px;color:#888;margin-top:30px">N26 Bank SE, Voltairestraße 8, 10179 Berlino, Germania.</p></div></body></html>"""))),
    "N26 incoming transfer; reference 'FT. N. 33/26' is Davide's invoice 33/2026.",
    amount="610.00", reference="33/2026")

# Revolut Business (Davide), EUR
add("payment-notification", "it", build([
    ("From", ("Revolut Business", "no-reply@revolut.com")),
    ("To", DAV[1]),
    ("Subject", "Pagamento ricevuto: 4.880,00 €"),
    ("Date", dt("2027-02-03 16:21:40", "Europe/London")),
    ("Message-ID", mid("revolut.com", "ses")),
], text("""Ciao Davide,

hai ricevuto 4.880,00 € da NORDVENTO S.P.A. nel conto principale EUR di Marchetti Foto.

Riferimento: INV 2/2027
Tipo: Bonifico SEPA
Data: 3 feb 2027, 16:21

Gestisci le notifiche email nelle impostazioni dell'app.

Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lituania.
""")),
    "Revolut Business EUR transfer; 'INV 2/2027' -> 2/2027; plain text only.",
    amount="4880.00", reference="2/2027")

# Stripe (Italian), card payment for an invoice
add("payment-notification", "it", build([
    ("From", ("Stripe", "notifications@stripe.com")),
    ("To", DAV[1]),
    ("Subject", "Pagamento di 732,00 € da Ottica Brambilla riuscito"),
    ("Date", dt("2026-12-01 14:09:02", "GMT")),
    ("Message-ID", mid("stripe.com", "sendgrid")),
], alt(text("""Marchetti Foto

Pagamento riuscito

Hai ricevuto un pagamento di 732,00 € da Ottica Brambilla (amministrazione@otticabrambilla.it).

Fattura: 35/2026
Metodo di pagamento: Visa •••• 4242
ID pagamento: pi_3QkT8rLz9aB1cD2e0X7yF4Gh
Data: 1 dicembre 2026

Visualizza il pagamento nella Dashboard: https://dashboard.stripe.com/payments/pi_3QkT8rLz9aB1cD2e0X7yF4Gh

Ricevi questa email perché hai attivato le notifiche per i pagamenti riusciti. Modifica le preferenze: https://dashboard.stripe.com/settings/user

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
"""), html("""<html><body style="background:#f6f9fc;font-family:-apple-system,'Segoe UI',Roboto,Arial,sans-serif;color:#32325d">
<table width="600" align="center" style="background:#fff;border-radius:8px;margin-top:24px"><tr><td style="padding:32px">
<p style="color:#8898aa;font-size:12px;text-transform:uppercase">Marchetti Foto</p>
<h1 style="font-size:24px">Pagamento riuscito</h1>
<p>Hai ricevuto un pagamento di <b>732,00&nbsp;€</b> da Ottica Brambilla (amministrazione@otticabrambilla.it).</p>
<table style="font-size:14px;width:100%"><tr><td style="color:#8898aa">Fattura</td><td align="right">35/2026</td></tr>
<tr><td style="color:#8898aa">Metodo di pagamento</td><td align="right">Visa •••• 4242</td></tr>
<tr><td style="color:#8898aa">ID pagamento</td><td align="right">pi_3QkT8rLz9aB1cD2e0X7yF4Gh</td></tr>
<tr><td style="color:#8898aa">Data</td><td align="right">1 dicembre 2026</td></tr></table>
<p><a href="https://dashboard.stripe.com/payments/pi_3QkT8rLz9aB1cD2e0X7yF4Gh" style="color:#635bff">Visualizza il pagamento</a></p>
<p style="font-size:11px;color:#8898aa">Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</p>
</td></tr></table></body></html>"""))),
    "Stripe 'payment succeeded' notice for an invoice paid by card; Fattura 35/2026.",
    amount="732.00", reference="35/2026")

# SumUp invoices
add("payment-notification", "it", build([
    ("From", ("SumUp", "no-reply@sumup.com")),
    ("To", DAV[1]),
    ("Subject", "La fattura 36/2026 è stata pagata"),
    ("Date", dt("2026-12-05 22:37:15")),
    ("Message-ID", mid("sumup.com")),
], html("""<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"></head>
<body style="font-family:Aktiv Grotesk,Arial,sans-serif;background:#f5f5f5;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px"><tr><td style="padding:32px">
<img src="https://static.sumup.com/email/sumup-logo.png" width="96" alt="SumUp">
<h2 style="margin-top:28px">Buone notizie, Davide!</h2>
<p>Il tuo cliente <b>Trattoria Da Nino di Antonino Russo</b> ha pagato la fattura <b>36/2026</b>.</p>
<table width="100%" style="font-size:14px;border-top:1px solid #e6e6e6;margin-top:16px">
<tr><td style="padding:8px 0;color:#666">Importo pagato</td><td align="right"><b>427,00 €</b></td></tr>
<tr><td style="padding:8px 0;color:#666">Metodo</td><td align="right">Mastercard ···· 8810</td></tr>
<tr><td style="padding:8px 0;color:#666">Data</td><td align="right">05/12/2026</td></tr>
<tr><td style="padding:8px 0;color:#666">Codice transazione</td><td align="right">TDK7W3QJ9Z</td></tr>
</table>
<p>L'importo, al netto delle commissioni, sarà accreditato sul tuo conto con il prossimo pagamento SumUp.</p>
<p style="font-size:11px;color:#999">SumUp Limited, Block 8, Harcourt Centre, Charlotte Way, Dublino 2, Irlanda.</p>
</td></tr></table></td></tr></table></body></html>""", cte="b64")),
    "SumUp Invoices: the invoice 36/2026 was paid by card, 427,00.",
    amount="427.00", reference="36/2026")

# Payoneer (Italian), USD
add("payment-notification", "it", build([
    ("From", ("Payoneer", "noreply@payoneer.com")),
    ("To", DAV[1]),
    ("Subject", "Hai ricevuto un pagamento"),
    ("Date", dt("2027-01-26 03:18:47", "America/New_York")),
    ("Message-ID", mid("payoneer.com", "date")),
], alt(text("""Ciao Davide,

hai ricevuto un pagamento di USD 1.500,00 da Brightline Media LLC.

Descrizione: Invoice 38/2026 - product shoot Milan
Data: 26 gen 2027
ID transazione: 1183947562

I fondi sono disponibili nel tuo conto Payoneer in USD.

Cordiali saluti,
Il team Payoneer

Questa è una email automatica. Payoneer Europe Limited è regolata dalla Central Bank of Ireland.
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:580px;margin:auto">
<div style="background:#ff4800;height:6px"></div>
<p>Ciao Davide,</p><p>hai ricevuto un pagamento di <b>USD 1.500,00</b> da <b>Brightline Media LLC</b>.</p>
<p>Descrizione: Invoice 38/2026 - product shoot Milan<br>Data: 26 gen 2027<br>ID transazione: 1183947562</p>
<p>I fondi sono disponibili nel tuo conto Payoneer in USD.</p>
<p style="font-size:11px;color:#888">Questa è una email automatica. Payoneer Europe Limited è regolata dalla Central Bank of Ireland.</p>
</div></body></html>"""))),
    "Payoneer payment received in USD from a US client; description names 'Invoice 38/2026'.",
    amount="1500.00", currency="USD", reference="38/2026")

# Qonto (Davide): a small customer writes the invoice number with a dash
add("payment-notification", "it", build([
    ("From", ("Qonto", "no-reply@qonto.com")),
    ("To", DAV[1]),
    ("Subject", "Hai ricevuto 305,00 € da LUCA FERRARIO"),
    ("Date", dt("2027-02-17 12:30:55", "Europe/Paris")),
    ("Message-ID", mid("qonto.com", "sendgrid")),
], text("""Ciao Davide,

hai ricevuto un bonifico sul conto "Marchetti Foto".

+305,00 €

Da: LUCA FERRARIO
Riferimento: Fatt. 3-2027 stampe fine art
Data: 17 febbraio 2027

Abbina la fattura: https://app.qonto.com/transactions/c81d04ee

Il team Qonto
Qonto SAS, 18 rue de Navarin, 75009 Parigi.
""")),
    "Qonto incoming transfer, plain text; 'Fatt. 3-2027' -> 3/2027.",
    amount="305.00", reference="3/2027")


# ============================================================================================
# PAYMENT NOTICES — Spanish
# ============================================================================================

# BBVA: transfer received
add("payment-notification", "es", build([
    ("From", ("BBVA", "bbva@notificaciones.bbva.es")),
    ("To", LUC[1]),
    ("Subject", "Has recibido una transferencia"),
    ("Date", dt("2026-11-20 09:14:38", "Europe/Madrid")),
    ("Message-ID", mid("notificaciones.bbva.es", "date")),
], alt(text("""Hola, LUCIA:

Te informamos de que has recibido una transferencia en tu cuenta ·1332.

Ordenante: REFORMAS ALTOZANO SL
Importe: 1.060,00 €
Concepto: FRA 2026-041
Fecha: 20/11/2026

Puedes consultar el detalle en la app BBVA o en bbva.es.

Un saludo,
BBVA

Este correo se ha enviado de forma automática. Por favor, no respondas a este mensaje.
BBVA nunca te pedirá tus claves ni códigos por correo electrónico.
Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao.
"""), html("""<html><body style="font-family:BentonSans,Arial,sans-serif;color:#121212;background:#f4f4f4">
<table width="600" align="center" style="background:#fff"><tr><td style="background:#072146;padding:18px 24px"><img src="https://www.bbva.es/content/dam/public-web/global/images/logos/logo_bbva_blanco.png" width="80" alt="BBVA"></td></tr>
<tr><td style="padding:24px"><p style="font-size:20px">Hola, LUCIA:</p>
<p>Te informamos de que has recibido una transferencia en tu cuenta ·1332.</p>
<table style="font-size:15px;width:100%"><tr><td style="color:#666">Ordenante</td><td align="right">REFORMAS ALTOZANO SL</td></tr>
<tr><td style="color:#666">Importe</td><td align="right"><b>1.060,00 €</b></td></tr>
<tr><td style="color:#666">Concepto</td><td align="right">FRA 2026-041</td></tr>
<tr><td style="color:#666">Fecha</td><td align="right">20/11/2026</td></tr></table>
<p style="font-size:11px;color:#888;margin-top:24px">Este correo se ha enviado de forma automática. Por favor, no respondas a este mensaje.<br>Banco Bilbao Vizcaya Argentaria, S.A. - Plaza de San Nicolás, 4 - 48005 Bilbao.</p>
</td></tr></table></body></html>"""))),
    "BBVA incoming transfer alert; net of IRPF 1.060,00; concepto 'FRA 2026-041'.",
    amount="1060.00", reference="2026-041")

# Openbank: HTML only, iso-8859-1
add("payment-notification", "es", build([
    ("From", ("Openbank", "avisos@openbank.es")),
    ("To", LUC[1]),
    ("Subject", "Transferencia recibida en tu Cuenta Corriente Open"),
    ("Date", dt("2026-12-11 07:55:02", "Europe/Madrid")),
    ("Message-ID", mid("openbank.es", "date")),
], html("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#333333">
<table width="620" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td bgcolor="#ec0000" height="6"></td></tr>
<tr><td style="padding:20px"><img src="https://www.openbank.es/assets/static/mailing/logo-openbank.gif" alt="Openbank" width="150"></td></tr>
<tr><td style="padding:0 20px">
<p>Estimada cliente:</p>
<p>Le comunicamos que se ha abonado en su Cuenta Corriente Open terminada en <b>**** 7721</b> la siguiente transferencia:</p>
<table border="0" cellpadding="5" cellspacing="0" width="100%" style="font-size:13px">
<tr bgcolor="#f3f3f3"><td width="35%">Fecha operación</td><td>11/12/2026</td></tr>
<tr><td>Ordenante</td><td>MUEBLES SORIANO E HIJOS SA</td></tr>
<tr bgcolor="#f3f3f3"><td>Importe</td><td><b>2.420,00 EUR</b></td></tr>
<tr><td>Concepto</td><td>Factura 2026/047 campaña catálogo</td></tr>
<tr bgcolor="#f3f3f3"><td>Referencia</td><td>0049 1500 05 2611210009876</td></tr>
</table>
<p>Atentamente,<br>Openbank</p>
<p style="font-size:10px;color:#999999">Open Bank, S.A. - Plaza de Santa Bárbara, 2 - 28004 Madrid. Este mensaje ha sido generado automáticamente, por favor no responda. Si no desea recibir estos avisos puede desactivarlos en Configuración &gt; Notificaciones.</p>
</td></tr></table></body></html>""", cs="iso-8859-1", cte="qp")),
    "Openbank credit advice, HTML only in iso-8859-1; 'Factura 2026/047' is Lucía's 2026-047.",
    amount="2420.00", reference="2026-047")

# Abanca: legacy ALL CAPS text, windows-1252
add("payment-notification", "es", build([
    ("From", ("ABANCA", "avisos@abanca.com")),
    ("To", CAR[1]),
    ("Subject", "ABANCA - AVISO DE ABONO POR TRANSFERENCIA"),
    ("Date", dt("2026-11-09 06:01:12", "Europe/Madrid")),
    ("Message-ID", mid("abanca.com", "date")),
], text("""ABANCA CORPORACION BANCARIA, S.A.
AVISO DE ABONO POR TRANSFERENCIA

TITULAR:            DELGADO SUAREZ, CARMEN
CUENTA:             ES79 2080 **** **** **** 7891
FECHA OPERACION:    09/11/2026
FECHA VALOR:        09/11/2026
IMPORTE:            736,00 EUR
ORDENANTE:          PUBLICACIONES ATLANTICAS CANARIAS SL
CONCEPTO:           FACTURA 2026-019 ILUSTRACIONES GUIA INFANTIL
REF. OPERACION:     2026110900431887

ESTE MENSAJE SE HA GENERADO AUTOMATICAMENTE. NO RESPONDA A ESTA DIRECCION.
PARA CUALQUIER CONSULTA PUEDE DIRIGIRSE A SU OFICINA O AL 981 910 522.
INFORMACION SOBRE PROTECCION DE DATOS: WWW.ABANCA.COM/ES/LEGAL/PRIVACIDAD
""", cs="windows-1252", cte="8bit")),
    "Abanca credit advice in the legacy all-caps layout; Canarian invoice net of IRPF (with IGIC) 736,00; "
    "FACTURA 2026-019.",
    amount="736.00", reference="2026-019")

# Bizum from a company (Abanca app notice)
add("payment-notification", "es", build([
    ("From", ("ABANCA", "notificaciones@abanca.com")),
    ("To", CAR[1]),
    ("Subject", "Has recibido un Bizum"),
    ("Date", dt("2026-12-02 18:44:09", "Atlantic/Canary")),
    ("Message-ID", mid("abanca.com", "date")),
], alt(text("""Hola, Carmen:

Has recibido un Bizum de 150,00 € de LIBRERIA EL DRAGO SL.

Concepto: fra 2026-022 marcapaginas
Fecha: 02/12/2026 18:44

El importe ya está disponible en tu cuenta ·7891.

ABANCA
Este es un mensaje automático, no respondas a este correo.
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:520px;margin:auto">
<div style="background:#0073b1;color:#fff;padding:14px 18px;font-weight:bold">ABANCA</div>
<p style="padding:0 18px">Hola, Carmen:</p>
<p style="padding:0 18px">Has recibido un <b>Bizum</b> de <b>150,00 €</b> de LIBRERIA EL DRAGO SL.</p>
<p style="padding:0 18px">Concepto: fra 2026-022 marcapaginas<br>Fecha: 02/12/2026 18:44</p>
<p style="padding:0 18px;font-size:11px;color:#888">Este es un mensaje automático, no respondas a este correo.</p>
</div></body></html>"""))),
    "Bizum received from a company (a bookshop), concepto names 'fra 2026-022'.",
    amount="150.00", reference="2026-022")

# N26 (Spanish): only 'Transferencia' as concept
add("payment-notification", "es", build([
    ("From", ("N26", "no-reply@n26.com")),
    ("To", CAR[1]),
    ("Subject", "Has recibido 428,00 €"),
    ("Date", dt("2026-12-18 10:27:41", "Europe/Berlin")),
    ("Message-ID", mid("n26.com", "ses")),
], text("""Hola, Carmen:

Has recibido una transferencia de 428,00 € en tu cuenta N26.

De: EVENTOS TEIDE SL
Concepto: Transferencia
Fecha: 18.12.2026

Consulta todos los detalles en la app de N26.

Tu equipo de N26

N26 Bank SE, Voltairestraße 8, 10179 Berlín, Alemania. Este correo se ha enviado automáticamente.
""")),
    "N26 incoming transfer; the concept is just 'Transferencia', no invoice number -> no reference.",
    amount="428.00")

# Qonto (Spanish)
add("payment-notification", "es", build([
    ("From", ("Qonto", "no-reply@qonto.com")),
    ("To", LUC[1]),
    ("Subject", "Has recibido 3.630,00 € de ARQUITECTURA NUÑEZ & VIDAL SLP"),
    ("Date", dt("2027-01-12 11:02:19", "Europe/Paris")),
    ("Message-ID", mid("qonto.com", "sendgrid")),
], alt(text("""Hola, Lucía:

Has recibido una transferencia en la cuenta "Principal".

+3.630,00 €

De: ARQUITECTURA NUÑEZ & VIDAL SLP
Referencia: Factura 2026-052 dirección de arte web
Fecha: 12 de enero de 2027

Vincula la factura a esta transacción para tener la contabilidad al día:
https://app.qonto.com/transactions/a90c44d1

El equipo de Qonto

Qonto es una sociedad por acciones simplificada (SAS) de derecho francés, autorizada como entidad de pago por la ACPR.
"""), html("""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#f5f5f7"><div style="max-width:560px;margin:auto;background:#fff;padding:32px">
<p>Hola, Lucía:</p><p>Has recibido una transferencia en la cuenta <b>"Principal"</b>.</p>
<p style="font-size:30px;font-weight:bold;color:#1d7a4a">+3.630,00&nbsp;€</p>
<p>De: ARQUITECTURA NUÑEZ &amp; VIDAL SLP<br>Referencia: Factura 2026-052 dirección de arte web<br>Fecha: 12 de enero de 2027</p>
<p><a href="https://app.qonto.com/transactions/a90c44d1">Vincular factura</a></p>
<p style="font-size:11px;color:#86868b">Qonto es una sociedad por acciones simplificada (SAS) de derecho francés, autorizada como entidad de pago por la ACPR.</p>
</div></body></html>"""))),
    "Qonto incoming transfer; reference 'Factura 2026-052'.",
    amount="3630.00", reference="2026-052")

# Revolut Business (Spanish)
add("payment-notification", "es", build([
    ("From", ("Revolut Business", "no-reply@revolut.com")),
    ("To", JOR[1]),
    ("Subject", "Has recibido 1.272,00 €"),
    ("Date", dt("2026-11-30 17:48:03", "Europe/London")),
    ("Message-ID", mid("revolut.com", "ses")),
], alt(text("""Pago recibido

Hola, Jordi:
Has recibido 1.272,00 € de EDITORIAL GAVINA SL en tu cuenta principal en EUR.

Referencia: fra. 2026-033 traduccio
Fecha: 30 nov 2026, 17:48

Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilna, Lituania.
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:540px;margin:auto;padding:28px">
<p style="color:#717173;font-size:13px">Revolut Business</p><h2>Pago recibido</h2>
<p>Hola, Jordi:<br>Has recibido <b>1.272,00&nbsp;€</b> de EDITORIAL GAVINA SL en tu cuenta principal en EUR.</p>
<p>Referencia: fra. 2026-033 traduccio<br>Fecha: 30 nov 2026, 17:48</p>
<p style="font-size:11px;color:#a0a0a0">Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilna, Lituania.</p></div></body></html>"""))),
    "Revolut Business incoming transfer; 'fra. 2026-033' (Catalan publisher) -> 2026-033.",
    amount="1272.00", reference="2026-033")

# Wise (Spanish), GBP
add("payment-notification", "es", build([
    ("From", ("Wise", "noreply@wise.com")),
    ("To", JOR[1]),
    ("Subject", "Has recibido 900,00 GBP"),
    ("Date", dt("2026-12-08 14:11:36", "Europe/London")),
    ("Message-ID", mid("wise.com", "ses")),
], alt(text("""Has recibido 900,00 GBP

Hola, Jordi:

HARBOUR LANE BOOKS LTD te ha enviado 900,00 GBP. El dinero ya está en tu cuenta en GBP.

Referencia: Invoice 2026-038

Ver detalles: https://wise.com/es/transactions

Gracias,
El equipo de Wise
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:560px;margin:auto;padding:24px">
<h1 style="font-size:26px">Has recibido 900,00 GBP</h1><p>Hola, Jordi:</p>
<p>HARBOUR LANE BOOKS LTD te ha enviado 900,00 GBP. El dinero ya está en tu cuenta en GBP.</p>
<p><b>Referencia:</b> Invoice 2026-038</p><p>Gracias,<br>El equipo de Wise</p></div></body></html>"""))),
    "Wise incoming GBP from a UK publisher; reference 'Invoice 2026-038'.",
    amount="900.00", currency="GBP", reference="2026-038")

# Holvi invoicing (Spanish)
add("payment-notification", "es", build([
    ("From", ("Holvi", "no-reply@holvi.com")),
    ("To", JOR[1]),
    ("Subject", "¡Tu factura 2026-040 ha sido pagada!"),
    ("Date", dt("2026-12-15 08:33:00", "Europe/Helsinki")),
    ("Message-ID", mid("holvi.com")),
], alt(text("""Hola, Jordi:

¡Buenas noticias! Hemos recibido el pago de la factura 2026-040 enviada a Agència Mirall SCCL.

Importe recibido: 605,00 €
Fecha de pago: 15.12.2026

El importe ya está en tu cuenta Holvi y la factura se ha marcado como pagada.

Saludos,
Holvi

Holvi Payment Services Oy, Hämeentie 15, 00500 Helsinki, Finlandia
""", cte="b64"), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:560px;margin:auto;padding:24px">
<p>Hola, Jordi:</p><p>¡Buenas noticias! Hemos recibido el pago de la factura <b>2026-040</b> enviada a Agència Mirall SCCL.</p>
<p>Importe recibido: <b>605,00 €</b><br>Fecha de pago: 15.12.2026</p>
<p>El importe ya está en tu cuenta Holvi y la factura se ha marcado como pagada.</p>
<p style="font-size:11px;color:#888">Holvi Payment Services Oy, Hämeentie 15, 00500 Helsinki, Finlandia</p></div></body></html>""", cte="b64"))),
    "Holvi invoicing: invoice 2026-040 paid; base64 bodies.",
    amount="605.00", reference="2026-040")

# PayPal (Spanish): private client, fee deducted
add("payment-notification", "es", build([
    ("From", ("service@paypal.es", "service@paypal.es")),
    ("To", LUC[1]),
    ("Subject", "Has recibido un pago de 250,00 € EUR de Marta Quiroga"),
    ("Date", dt("2026-11-05 20:16:44", "America/Los_Angeles")),
    ("Message-ID", "<9f8e7d6c5b4a39281706@paypal.com>"),
], alt(text("""Has recibido un pago

Marta Quiroga te ha enviado 250,00 € EUR.

Nota de Marta Quiroga:
"logo + tarjetas, factura 2026-049 😊 mil gracias Lucía!!"

Detalles de la transacción
Id. de transacción: 8KD42177AB3399017
Fecha de la transacción: 5 nov 2026
Importe recibido: 250,00 € EUR
Comisión: -9,10 € EUR
Importe neto: 240,90 € EUR

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxemburgo.
No respondas a este correo electrónico.
"""), html("""<html><body style="font-family:Arial,sans-serif;color:#2c2e2f"><div style="max-width:600px;margin:auto;padding:20px">
<h1 style="font-weight:400">Has recibido un pago</h1><p>Marta Quiroga te ha enviado <b>250,00&nbsp;€&nbsp;EUR</b>.</p>
<p style="background:#f5f7fa;padding:12px"><b>Nota de Marta Quiroga:</b><br>"logo + tarjetas, factura 2026-049 😊 mil gracias Lucía!!"</p>
<table width="100%"><tr><td>Importe recibido</td><td align="right">250,00 € EUR</td></tr><tr><td>Comisión</td><td align="right">-9,10 € EUR</td></tr>
<tr><td><b>Importe neto</b></td><td align="right"><b>240,90 € EUR</b></td></tr></table>
<p style="font-size:11px;color:#687173">PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxemburgo.</p></div></body></html>"""))),
    "PayPal payment received from a private client; 250,00 received, 240,90 net; note names factura 2026-049.",
    amount="250.00", reference="2026-049")

# Stripe (Spanish): invoice paid
add("payment-notification", "es", build([
    ("From", ("Stripe", "notifications@stripe.com")),
    ("To", JOR[1]),
    ("Subject", "Se ha pagado la factura 2026-044 de Studio Forn Vell"),
    ("Date", dt("2026-12-22 09:51:27", "GMT")),
    ("Message-ID", mid("stripe.com", "sendgrid")),
], alt(text("""Puig Traduccions

Factura pagada

Studio Forn Vell ha pagado la factura 2026-044.

Importe pagado: 484,00 €
Método de pago: Adeudo directo SEPA •••• 3000
Fecha: 22 de diciembre de 2026

Ver factura: https://dashboard.stripe.com/invoices/in_1QmZ2bLz9aB1cD2eR8sT

Recibes este correo porque tienes activadas las notificaciones de facturas pagadas.
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
"""), html("""<html><body style="background:#f6f9fc;font-family:Arial,sans-serif;color:#32325d"><table width="600" align="center" style="background:#fff"><tr><td style="padding:32px">
<p style="color:#8898aa;font-size:12px">PUIG TRADUCCIONS</p><h1 style="font-size:24px">Factura pagada</h1>
<p>Studio Forn Vell ha pagado la factura <b>2026-044</b>.</p>
<p>Importe pagado: <b>484,00 €</b><br>Método de pago: Adeudo directo SEPA •••• 3000<br>Fecha: 22 de diciembre de 2026</p>
<p style="font-size:11px;color:#8898aa">Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</p></td></tr></table></body></html>"""))),
    "Stripe invoice-paid notification (SEPA debit) for 2026-044.",
    amount="484.00", reference="2026-044")

# SumUp (Spanish)
add("payment-notification", "es", build([
    ("From", ("SumUp", "no-reply@sumup.com")),
    ("To", CAR[1]),
    ("Subject", "Tu factura 2026-025 ha sido pagada"),
    ("Date", dt("2027-01-19 13:20:02", "Atlantic/Canary")),
    ("Message-ID", mid("sumup.com")),
], html("""<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;background:#f5f5f5">
<table width="560" align="center" style="background:#fff;border-radius:12px"><tr><td style="padding:32px">
<h2>¡Buenas noticias, Carmen!</h2>
<p>Tu cliente <b>Surf Escuela La Cícer</b> ha pagado la factura <b>2026-025</b>.</p>
<p>Importe pagado: <b>214,00 €</b><br>Método: Visa ···· 5511<br>Fecha: 19/01/2027</p>
<p>El importe, descontadas las comisiones, se abonará en tu cuenta con el próximo pago de SumUp.</p>
<p style="font-size:11px;color:#999">SumUp Payments Limited. Este correo se ha generado automáticamente.</p>
</td></tr></table></body></html>""")),
    "SumUp invoices: 2026-025 paid by card, 214,00.",
    amount="214.00", reference="2026-025")

# Coupa (Spanish): remittance with IRPF withheld
add("payment-notification", "es", build([
    ("From", ("Coupa Supplier Portal", "do_not_reply@coupahost.com")),
    ("To", LUC[1]),
    ("Subject", "Aviso de pago de Grupo Hotelero Atlántida"),
    ("Date", dt("2026-12-28 23:10:51", "America/Los_Angeles")),
    ("Message-ID", mid("coupahost.com")),
], html("""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="border-top:4px solid #0072ce;max-width:640px">
<p style="font-size:18px">Grupo Hotelero Atlántida ha realizado un pago</p>
<p>Estimado proveedor:</p>
<p>Grupo Hotelero Atlántida, S.A. ha registrado en Coupa el pago de las siguientes facturas:</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f0f4f8"><th>N.º factura</th><th>Fecha</th><th>Base</th><th>IVA 21%</th><th>Retención IRPF 15%</th><th>Importe pagado</th></tr>
<tr><td>2026-045</td><td>14/11/2026</td><td align="right">5.000,00</td><td align="right">1.050,00</td><td align="right">-750,00</td><td align="right"><b>5.300,00 EUR</b></td></tr>
</table>
<p>Referencia del pago: GHA-PAY-2026-12-0388<br>Fecha de pago: 29/12/2026<br>Forma de pago: Transferencia SEPA</p>
<p style="font-size:11px;color:#888">Powered by Coupa. No responda a este correo; el buzón no está supervisado.</p>
</div></body></html>""")),
    "Coupa remittance; the table shows base, IVA and IRPF; the paid amount is 5.300,00 for 2026-045. "
    "Sent in the evening US time, value date next day.",
    amount="5300.00", reference="2026-045")

# SAP Ariba (Spanish)
add("payment-notification", "es", build([
    ("From", ("Laboratorios Ebre S.A. a través de SAP Business Network", "ordersender-prod@ansmtp.ariba.com")),
    ("To", JOR[1]),
    ("Subject", "Aviso de remesa de Laboratorios Ebre S.A. - N.º 7700412290"),
    ("Date", dt("2027-01-29 05:02:40", "America/New_York")),
    ("Message-ID", "<1711402277.55102.1738144960112.JavaMail.ariba@app1092.lab1.ariba.com>"),
], text("""SAP Business Network

Laboratorios Ebre S.A. le ha enviado un aviso de remesa.

Número de remesa: 7700412290
Fecha de pago: 29/01/2027
Método de pago: Transferencia
Proveedor: JORDI PUIG I SERRA

Factura        Fecha        Importe bruto   Retención     Importe neto
2026-035       03/11/2026   2.178,00 EUR    -270,00 EUR   1.908,00 EUR

Importe total pagado: 1.908,00 EUR

Inicie sesión en su cuenta de SAP Business Network para ver el detalle: https://service.ariba.com/Supplier.aw

Este mensaje se ha enviado automáticamente en nombre de Laboratorios Ebre S.A. Para consultas sobre el pago, póngase en contacto directamente con su cliente.
""")),
    "Ariba remittance advice in Spanish; 1.908,00 net for 2026-035.",
    amount="1908.00", reference="2026-035")

# Sage 200 payment advice (Canary Islands client), plain windows-1252, no MIME niceties
add("payment-notification", "es", build([
    ("From", ("Distribuciones Guanche SL - Administración", "administracion@guanchedistribuciones.es")),
    ("To", CAR[1]),
    ("Subject", "Aviso de pago - Distribuciones Guanche SL"),
    ("Date", dt("2027-02-05 12:00:00", "Atlantic/Canary")),
    ("Message-ID", mid("guanchedistribuciones.es", "date")),
    ("X-Mailer", "Sage 200 - Envío de documentos"),
], text("""DISTRIBUCIONES GUANCHE, S.L.
C/ León y Castillo, 212 - 35005 Las Palmas de Gran Canaria
CIF B35123456

AVISO DE PAGO N.º 2027/0112

Proveedor: DELGADO SUAREZ CARMEN
Fecha:     05/02/2027

Les comunicamos que con fecha 05/02/2027 hemos ordenado transferencia a su cuenta ES79 2080 **** 7891 por el importe y concepto siguientes:

Su factura    Fecha fra.    Base imp.   IGIC 7%   Ret. IRPF   Líquido
2026-027      12/12/2026    1.100,00     77,00    -165,00    1.012,00

TOTAL TRANSFERIDO: 1.012,00 EUR

Documento generado automáticamente por Sage 200. Por favor no responda a este mensaje.
""", cs="windows-1252", cte="qp")),
    "Payment advice generated by the client's Sage 200: transfer ordered to the supplier's account; "
    "1.012,00 net of IRPF, IGIC invoice 2026-027.",
    amount="1012.00", reference="2026-027")

# Tipalti (Spanish): payment issued
add("payment-notification", "es", build([
    ("From", ("Lumenfield Interactive vía Tipalti", "payments@notifications.tipalti.com")),
    ("To", JOR[1]),
    ("Subject", "Lumenfield Interactive ha emitido un pago a tu favor"),
    ("Date", dt("2027-02-12 16:45:18", "America/Los_Angeles")),
    ("Message-ID", mid("notifications.tipalti.com", "ses")),
], alt(text("""Hola, Jordi Puig i Serra:

Lumenfield Interactive, Inc. ha emitido un pago a tu favor.

Importe: 1.450,00 EUR
Método de pago: Transferencia bancaria (SEPA)
Fecha de emisión: 12/02/2027
Facturas incluidas: 2026-046

Dependiendo de tu banco, el pago puede tardar entre 1 y 3 días hábiles en aparecer en tu cuenta.

Puedes consultar el historial de pagos en el portal de proveedores: https://suppliers.tipalti.com/lumenfield

Este correo se ha enviado automáticamente en nombre de Lumenfield Interactive, Inc.
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:600px;margin:auto;padding:24px">
<p>Hola, Jordi Puig i Serra:</p><p><b>Lumenfield Interactive, Inc.</b> ha emitido un pago a tu favor.</p>
<table style="font-size:14px"><tr><td>Importe:</td><td><b>1.450,00 EUR</b></td></tr><tr><td>Método de pago:</td><td>Transferencia bancaria (SEPA)</td></tr>
<tr><td>Fecha de emisión:</td><td>12/02/2027</td></tr><tr><td>Facturas incluidas:</td><td>2026-046</td></tr></table>
<p>Dependiendo de tu banco, el pago puede tardar entre 1 y 3 días hábiles en aparecer en tu cuenta.</p></div></body></html>"""))),
    "Tipalti payment-issued notice (remittance) from a US client paying in EUR; invoice 2026-046.",
    amount="1450.00", reference="2026-046")

# Tradeshift (Spanish)
add("payment-notification", "es", build([
    ("From", ("Tradeshift", "no-reply@tradeshift.com")),
    ("To", LUC[1]),
    ("Subject", "Su factura 2026-048 a Cadena Óptica Meridiana se ha pagado"),
    ("Date", dt("2027-01-22 10:38:27", "Europe/Copenhagen")),
    ("Message-ID", mid("tradeshift.com")),
], html("""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:600px;margin:auto"><div style="background:#00a3e0;height:5px"></div>
<p style="font-size:18px">Factura pagada</p>
<p>Cadena Óptica Meridiana S.L. ha marcado como pagada la factura <b>2026-048</b>.</p>
<table style="font-size:14px"><tr><td style="color:#777;padding-right:20px">Importe del pago</td><td>1.590,00 EUR</td></tr>
<tr><td style="color:#777">Fecha de pago</td><td>22/01/2027</td></tr><tr><td style="color:#777">Referencia de pago</td><td>COM-TRF-000918273</td></tr></table>
<p><a href="https://go.tradeshift.com/#/Tradeshift.Documents">Ver documento</a></p>
<p style="font-size:11px;color:#999">Ha recibido este correo porque tiene una cuenta en Tradeshift. Tradeshift, Landgreven 10, 1301 Copenhague, Dinamarca.</p>
</div></body></html>""")),
    "Tradeshift notice that the buyer paid invoice 2026-048; 1.590,00 after IRPF.",
    amount="1590.00", reference="2026-048")


# ============================================================================================
# PAYMENT NOTICES — English
# ============================================================================================

# Monzo Business
add("payment-notification", "en", build([
    ("From", ("Monzo", "help@monzo.com")),
    ("To", PRI[1]),
    ("Subject", "You got paid £720.00 💸"),
    ("Date", dt("2026-11-16 10:42:18", "Europe/London")),
    ("Message-ID", mid("monzo.com", "ses")),
], alt(text("""Hi Priya,

Fernhill Kitchens Ltd just sent £720.00 to your Monzo Business account.

Reference: PS-118
Sent by Faster Payments · 16 November 2026 at 10:42

You can see the payment and attach a receipt in the Monzo app.

Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG. Monzo Bank Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
"""), html("""<html><body style="font-family:Arial,sans-serif;background:#fff"><div style="max-width:520px;margin:auto;padding:24px">
<div style="background:#112231;color:#fff;border-radius:14px;padding:24px"><p style="margin:0;font-size:14px;color:#ff4f40">Monzo Business</p>
<p style="font-size:34px;margin:10px 0">+£720.00</p><p style="margin:0">from Fernhill Kitchens Ltd</p></div>
<p>Hi Priya,</p><p>Fernhill Kitchens Ltd just sent £720.00 to your Monzo Business account.</p>
<p>Reference: <b>PS-118</b><br>Sent by Faster Payments · 16 November 2026 at 10:42</p>
<p style="font-size:11px;color:#888">Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG.</p></div></body></html>"""))),
    "Monzo Business incoming Faster Payment, reference PS-118.",
    amount="720.00", currency="GBP", reference="PS-118")

# Starling: reference without the dash
add("payment-notification", "en", build([
    ("From", ("Starling Bank", "noreply@starlingbank.com")),
    ("To", PRI[1]),
    ("Subject", "Payment received: £1,350.00 from ALDER & WOOD LLP"),
    ("Date", dt("2026-12-03 15:07:55", "Europe/London")),
    ("Message-ID", mid("starlingbank.com", "ses")),
], text("""Hi Priya,

You've received a payment into your Starling business account.

From:       ALDER & WOOD LLP
Amount:     £1,350.00
Reference:  INVOICE PS114
Received:   3 Dec 2026, 15:07

Your balance has been updated. Open the app to see the transaction.

Starling Bank Limited, 3rd Floor, 2 Finsbury Avenue, London EC2M 2PP. Registered in England and Wales No. 09092149.
You're receiving this email because payment notifications are switched on for this account.
""", cs="iso-8859-1", cte="qp")),
    "Starling incoming payment; 'INVOICE PS114' is Priya's PS-114. Plain latin-1 QP text.",
    amount="1350.00", currency="GBP", reference="PS-114")

# Tide: no invoice number in the reference
add("payment-notification", "en", build([
    ("From", ("Tide", "hello@tide.co")),
    ("To", PRI[1]),
    ("Subject", "Money in: £480.00"),
    ("Date", dt("2027-02-01 08:30:12", "Europe/London")),
    ("Message-ID", mid("tide.co", "sendgrid")),
], alt(text("""Hi Priya,

Good news - you've received £480.00 from HOLLIS & DAUGHTERS.

Reference: HOLLIS JAN COPY
Date: 1 February 2027

Log in to the Tide app to categorise this transaction and match it to an invoice.

Team Tide

Tide is a trading name of Tide Platform Ltd, 4th Floor, The Featherstone Building, 66 City Road, London EC1Y 2AL.
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:560px;margin:auto;padding:24px;border:1px solid #e8e8f5;border-radius:10px">
<p style="color:#4a3ee8;font-weight:bold;font-size:20px">tide</p><p>Hi Priya,</p>
<p>Good news - you've received <b>£480.00</b> from HOLLIS &amp; DAUGHTERS.</p><p>Reference: HOLLIS JAN COPY<br>Date: 1 February 2027</p>
<p><a href="https://app.tide.co/transactions">Match to an invoice</a></p>
<p style="font-size:11px;color:#999">Tide is a trading name of Tide Platform Ltd.</p></div></body></html>"""))),
    "Tide money-in notice; the payer's reference has no invoice number -> no reference.",
    amount="480.00", currency="GBP")

# Mercury: ACH credit with memo
add("payment-notification", "en", build([
    ("From", ("Mercury", "hello@mercury.com")),
    ("To", DAN[1]),
    ("Subject", "You received $4,200.00 from Northbeam Analytics Inc."),
    ("Date", dt("2026-11-24 11:19:45", "America/New_York")),
    ("Message-ID", mid("mercury.com", "sendgrid")),
], alt(text("""Kowalski Studio LLC

You received $4,200.00

Northbeam Analytics Inc. sent you $4,200.00 via ACH to Mercury Checking ••6621.

Memo: DK-1087 brand refresh phase 2
Date: Nov 24, 2026

View transaction: https://app.mercury.com/transactions

Mercury is a financial technology company, not a bank. Banking services provided by Choice Financial Group and Evolve Bank & Trust, Members FDIC.
"""), html("""<html><body style="font-family:-apple-system,Arial,sans-serif;color:#1e1e2a"><div style="max-width:560px;margin:auto;padding:28px">
<p style="color:#70707d;font-size:13px">Kowalski Studio LLC</p><h1 style="font-size:28px;font-weight:500">You received $4,200.00</h1>
<p>Northbeam Analytics Inc. sent you $4,200.00 via ACH to Mercury Checking ••6621.</p>
<p>Memo: DK-1087 brand refresh phase 2<br>Date: Nov 24, 2026</p>
<p style="font-size:11px;color:#70707d">Mercury is a financial technology company, not a bank. Banking services provided by Choice Financial Group and Evolve Bank &amp; Trust, Members FDIC.</p></div></body></html>"""))),
    "Mercury ACH credit; memo 'DK-1087'.",
    amount="4200.00", currency="USD", reference="DK-1087")

# Payoneer: 'Invoice DK1091'
add("payment-notification", "en", build([
    ("From", ("Payoneer", "noreply@payoneer.com")),
    ("To", DAN[1]),
    ("Subject", "You've received a payment from Halcyon Games Ltd"),
    ("Date", dt("2026-12-10 02:44:09", "America/New_York")),
    ("Message-ID", mid("payoneer.com", "date")),
], html("""<html><body style="font-family:Arial,sans-serif;font-size:14px"><div style="max-width:580px;margin:auto">
<div style="background:#ff4800;height:6px"></div>
<p>Dear Dan Kowalski,</p>
<p>You've received a payment of <b>USD 2,750.00</b> from <b>Halcyon Games Ltd</b>.</p>
<table cellpadding="4" style="font-size:14px"><tr><td>Payment description:</td><td>Invoice DK1091 - key art</td></tr>
<tr><td>Date:</td><td>Dec 10, 2026</td></tr><tr><td>Transaction ID:</td><td>1190023318</td></tr></table>
<p>The funds are now available in your USD balance.</p>
<p>Best regards,<br>The Payoneer Team</p>
<p style="font-size:11px;color:#888">This is an automated message, please do not reply. Payoneer Inc., 195 Broadway, 27th Floor, New York, NY 10007.</p>
</div></body></html>""")),
    "Payoneer payment received; description 'Invoice DK1091' is Dan's DK-1091. HTML only.",
    amount="2750.00", currency="USD", reference="DK-1091")

# Wise (Tom)
add("payment-notification", "en", build([
    ("From", ("Wise", "noreply@wise.com")),
    ("To", TOM[1]),
    ("Subject", "You've received 1,845.00 EUR"),
    ("Date", dt("2026-11-11 13:02:48", "Europe/London")),
    ("Message-ID", mid("wise.com", "ses")),
], alt(text("""You've received 1,845.00 EUR

Hi Tom,

KESSLER DIGITAL GMBH sent you 1,845.00 EUR. It's now in your EUR balance.

Reference: INV-2026-031

See details: https://wise.com/transactions

Thanks,
The Wise Team
"""), html("""<html><body style="font-family:Inter,Arial,sans-serif"><div style="max-width:560px;margin:auto;padding:24px">
<h1 style="font-size:26px">You've received 1,845.00 EUR</h1><p>Hi Tom,</p>
<p>KESSLER DIGITAL GMBH sent you 1,845.00 EUR. It's now in your EUR balance.</p><p><b>Reference:</b> INV-2026-031</p>
<p>Thanks,<br>The Wise Team</p></div></body></html>"""))),
    "Wise incoming EUR, reference INV-2026-031.",
    amount="1845.00", reference="INV-2026-031")

# PayPal (Tom): a private client's note
add("payment-notification", "en", build([
    ("From", ("service@paypal.ie", "service@paypal.ie")),
    ("To", TOM[1]),
    ("Subject", "You've got money"),
    ("Date", dt("2026-11-29 22:51:30", "America/Los_Angeles")),
    ("Message-ID", "<0c1d2e3f4a5b6c7d8e9f@paypal.com>"),
], alt(text("""You've got money

Saoirse Kelly sent you €600.00 EUR

Note from Saoirse Kelly:
"INV-2026-029 - sorry it's late Tom, crazy month!"

Transaction ID: 2WX59012HJ7731846
Transaction date: 29 Nov 2026
Amount received: €600.00 EUR
Fee: -€20.70 EUR
Net amount: €579.30 EUR

PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg.
Please don't reply to this email.
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:600px;margin:auto;padding:20px">
<h1 style="font-weight:400">You've got money</h1><p>Saoirse Kelly sent you <b>€600.00 EUR</b></p>
<p style="background:#f5f7fa;padding:12px"><b>Note from Saoirse Kelly:</b><br>"INV-2026-029 - sorry it's late Tom, crazy month!"</p>
<table width="100%"><tr><td>Amount received</td><td align="right">€600.00 EUR</td></tr><tr><td>Fee</td><td align="right">-€20.70 EUR</td></tr><tr><td><b>Net amount</b></td><td align="right"><b>€579.30 EUR</b></td></tr></table>
</div></body></html>"""))),
    "PayPal money received; the payer's apologetic note is inside the machine notice (still a payment "
    "notification); INV-2026-029, 600.00 received.",
    amount="600.00", reference="INV-2026-029")

# Stripe (Tom): payment succeeded for an invoice
add("payment-notification", "en", build([
    ("From", ("Stripe", "notifications@stripe.com")),
    ("To", TOM[1]),
    ("Subject", "Payment of €2,460.00 from Corrib Outdoor Ltd succeeded"),
    ("Date", dt("2026-12-17 16:33:09", "GMT")),
    ("Message-ID", mid("stripe.com", "sendgrid")),
], alt(text("""Byrne Design

Payment succeeded

Corrib Outdoor Ltd (finance@corriboutdoor.ie) paid €2,460.00.

Invoice: INV-2026-033
Payment method: SEPA Direct Debit •••• 2201
Payment ID: py_1QnB4cLz9aB1cD2e7RtYu8Ws
Date: 17 Dec 2026

The funds will be included in your next payout.

View payment: https://dashboard.stripe.com/payments/py_1QnB4cLz9aB1cD2e7RtYu8Ws
Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
"""), html("""<html><body style="background:#f6f9fc;font-family:Arial,sans-serif;color:#32325d"><table width="600" align="center" style="background:#fff"><tr><td style="padding:32px">
<p style="color:#8898aa;font-size:12px">BYRNE DESIGN</p><h1 style="font-size:24px">Payment succeeded</h1>
<p>Corrib Outdoor Ltd (finance@corriboutdoor.ie) paid <b>€2,460.00</b>.</p>
<p>Invoice: INV-2026-033<br>Payment method: SEPA Direct Debit •••• 2201<br>Date: 17 Dec 2026</p>
<p>The funds will be included in your next payout.</p></td></tr></table></body></html>"""))),
    "Stripe payment-succeeded notice for invoice INV-2026-033.",
    amount="2460.00", reference="INV-2026-033")

# Tungsten Network remittance advice
add("payment-notification", "en", build([
    ("From", ("Tungsten Network", "remittance@tungsten-network.com")),
    ("To", PRI[1]),
    ("Subject", "Remittance Advice - Halberd Retail plc - Payment Ref 000784412"),
    ("Date", dt("2026-12-07 05:11:00", "Europe/London")),
    ("Message-ID", mid("tungsten-network.com", "date")),
], mixed(html("""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p><img src="https://www.tungsten-network.com/email/logo.png" alt="Tungsten Network" width="160"></p>
<p>Dear Supplier,</p>
<p>Halberd Retail plc has made a payment to you. The remittance details are shown below and attached.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e8eef4"><th>Your Invoice No.</th><th>Invoice Date</th><th>PO Number</th><th>Amount (GBP)</th></tr>
<tr><td>PS-112</td><td>02/11/2026</td><td>4100938812</td><td align="right">2,160.00</td></tr>
<tr><td colspan="3" align="right"><b>Payment total</b></td><td align="right"><b>2,160.00</b></td></tr>
</table>
<p>Payment reference: 000784412<br>Payment date: 07/12/2026<br>Payment method: BACS</p>
<p>Please allow up to three working days for funds to clear.</p>
<p style="font-size:11px;color:#666">This email was sent by Tungsten Network on behalf of Halberd Retail plc. Please do not reply to this email. For queries please contact accounts.payable@halberdretail.co.uk quoting your supplier number.</p>
</body></html>"""), attach("Remittance_000784412.pdf", "application/pdf", fake_pdf("Remittance 000784412 GBP 2,160.00")))),
    "Tungsten remittance advice with PDF; one invoice PS-112 paid by BACS.",
    amount="2160.00", currency="GBP", reference="PS-112")

# Tradeshift (Tom)
add("payment-notification", "en", build([
    ("From", ("Tradeshift", "no-reply@tradeshift.com")),
    ("To", TOM[1]),
    ("Subject", "Invoice INV-2026-027 has been paid by Liffey Logistics DAC"),
    ("Date", dt("2026-11-06 09:12:44", "Europe/Copenhagen")),
    ("Message-ID", mid("tradeshift.com")),
], html("""<html><body style="font-family:Arial,sans-serif;font-size:14px"><div style="max-width:600px;margin:auto"><div style="background:#00a3e0;height:5px"></div>
<p style="font-size:18px">Payment notification</p>
<p>Liffey Logistics DAC has paid invoice <b>INV-2026-027</b>.</p>
<table style="font-size:14px"><tr><td style="color:#777;padding-right:20px">Amount paid</td><td>EUR 3,075.00</td></tr>
<tr><td style="color:#777">Payment date</td><td>06 Nov 2026</td></tr><tr><td style="color:#777">Payment reference</td><td>LL-PAY-55120</td></tr></table>
<p style="font-size:11px;color:#999">You're receiving this email because you have a Tradeshift account.</p></div></body></html>""")),
    "Tradeshift payment notification for INV-2026-027.",
    amount="3075.00", reference="INV-2026-027")

# Bill.com ePayment (sent, arriving in days)
add("payment-notification", "en", build([
    ("From", ("Northbeam Analytics Inc. via BILL", "paymentnotification@bill.com")),
    ("To", DAN[1]),
    ("Subject", "Northbeam Analytics Inc. sent you a payment of $1,800.00"),
    ("Date", dt("2027-01-07 14:28:31", "America/Los_Angeles")),
    ("Message-ID", mid("bill.com", "sendgrid")),
], alt(text("""Hi Dan Kowalski,

Northbeam Analytics Inc. sent you a payment using BILL.

Payment amount: $1,800.00
Payment method: ACH (bank transfer)
Sent on: 01/07/2027
Expected arrival: 01/09/2027
Deposit account: ••••6621

Invoice #      Invoice date   Amount
DK-1094        12/15/2026     $1,800.00

Questions about this payment? Contact Northbeam Analytics Inc. at ap@northbeam-analytics.com.

BILL Operations, LLC | 6220 America Center Drive, San Jose, CA 95002
"""), html("""<html><body style="font-family:Arial,sans-serif;font-size:14px"><div style="max-width:600px;margin:auto;padding:24px">
<p>Hi Dan Kowalski,</p><p><b>Northbeam Analytics Inc.</b> sent you a payment using BILL.</p>
<table style="font-size:14px"><tr><td>Payment amount:</td><td><b>$1,800.00</b></td></tr><tr><td>Payment method:</td><td>ACH (bank transfer)</td></tr>
<tr><td>Sent on:</td><td>01/07/2027</td></tr><tr><td>Expected arrival:</td><td>01/09/2027</td></tr></table>
<table border="1" cellpadding="4" style="border-collapse:collapse;margin-top:12px"><tr><th>Invoice #</th><th>Invoice date</th><th>Amount</th></tr><tr><td>DK-1094</td><td>12/15/2026</td><td>$1,800.00</td></tr></table>
<p style="font-size:11px;color:#888">BILL Operations, LLC | 6220 America Center Drive, San Jose, CA 95002</p></div></body></html>"""))),
    "BILL ePayment sent (ACH in transit, arrival in two days): the client has paid, so a payment "
    "notification, unlike a 'payment scheduled' notice. DK-1094.",
    amount="1800.00", currency="USD", reference="DK-1094")

# Tipalti (English)
add("payment-notification", "en", build([
    ("From", ("Halcyon Games Payments", "payments@notifications.tipalti.com")),
    ("To", DAN[1]),
    ("Subject", "Payment notification from Halcyon Games Ltd"),
    ("Date", dt("2027-02-19 19:02:37", "Europe/London")),
    ("Message-ID", mid("notifications.tipalti.com", "ses")),
], text("""Dear Dan Kowalski,

This is to notify you that Halcyon Games Ltd has issued a payment to you.

Payment amount: 3,100.00 USD
Payment method: ACH
Submission date: Feb 19, 2027

Payment details:
Invoice number   Invoice date   Amount
DK-1095          Jan 12, 2027   3,100.00 USD

Please allow 2-5 business days for the funds to reach your account.

To view your payment history, log in to the Halcyon Games supplier portal.

This message was sent automatically by Tipalti on behalf of Halcyon Games Ltd. Please do not reply.
""")),
    "Tipalti payment-issued notification, plain text; DK-1095.",
    amount="3100.00", currency="USD", reference="DK-1095")

# Xero remittance advice with PDF
add("payment-notification", "en", build([
    ("From", ("Marlow & Finch Ltd", "messaging-service@post.xero.com")),
    ("Reply-To", ("Marlow & Finch Accounts", "accounts@marlowfinch.co.uk")),
    ("To", PRI[1]),
    ("Subject", "Remittance advice from Marlow & Finch Ltd"),
    ("Date", dt("2027-01-14 16:55:02", "Europe/London")),
    ("Message-ID", mid("post.xero.com", "ses")),
], mixed(alt(text("""Hi Priya,

Please find attached a remittance advice for a payment of GBP 960.00 made on 14 Jan 2027 to Priya Shah.

Reference   Date         Amount paid
PS-120      03 Dec 2026  960.00

If you have any questions, please let us know.

Thanks,
Marlow & Finch Ltd
"""), html("""<html><body style="font-family:Arial,sans-serif;font-size:14px"><p>Hi Priya,</p>
<p>Please find attached a remittance advice for a payment of GBP 960.00 made on 14 Jan 2027 to Priya Shah.</p>
<table cellpadding="4"><tr><th align="left">Reference</th><th align="left">Date</th><th align="right">Amount paid</th></tr><tr><td>PS-120</td><td>03 Dec 2026</td><td align="right">960.00</td></tr></table>
<p>If you have any questions, please let us know.</p><p>Thanks,<br>Marlow &amp; Finch Ltd</p>
<p style="font-size:10px;color:#999">Sent via Xero</p></body></html>""")),
    attach("Remittance Advice - Priya Shah.pdf", "application/pdf", fake_pdf("Remittance advice GBP 960.00 PS-120")))),
    "Xero-generated remittance advice sent by the client's bookkeeping (machine text, PDF attached); PS-120.",
    amount="960.00", currency="GBP", reference="PS-120")

# Sage remittance covering two invoices
add("payment-notification", "en", build([
    ("From", ("Cullinan Hospitality Ltd", "accounts@cullinanhospitality.ie")),
    ("To", TOM[1]),
    ("Subject", "Remittance Advice"),
    ("Date", dt("2027-01-29 11:45:00", "Europe/Dublin")),
    ("Message-ID", mid("cullinanhospitality.ie", "date")),
    ("X-Mailer", "Sage 50 Accounts"),
], mixed(text("""Please find attached remittance advice.

Sent from Sage 50 Accounts
""", cs="us-ascii", cte="7bit"), attach("REMIT_TOM BYRNE DESIGN_29012027.pdf", "application/pdf",
                                          fake_pdf("REMITTANCE ADVICE Cullinan Hospitality Ltd INV-2026-035 1,722.00 INV-2026-036 984.00 Total 2,706.00"))), bstyle="outlook"),
    "Sage 50 remittance with a one-line body and a PDF: the facts are only in the attachment, which "
    "covers two invoices; amount and reference are not stated in the message text, so none labelled.")

# Coupa (Tom)
add("payment-notification", "en", build([
    ("From", ("Coupa Supplier Portal", "do_not_reply@coupahost.com")),
    ("To", TOM[1]),
    ("Subject", "Payment sent for invoice INV-2026-030 by Shannonside Foods"),
    ("Date", dt("2026-12-01 18:20:33", "America/Los_Angeles")),
    ("Message-ID", mid("coupahost.com")),
], html("""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<div style="border-top:4px solid #0072ce;max-width:640px">
<p style="font-size:18px">Shannonside Foods Unlimited Company sent a payment</p>
<p>Hello Tom Byrne Design,</p><p>A payment has been sent for the invoice below.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#f0f4f8"><th>Invoice #</th><th>Invoice date</th><th>Amount paid</th></tr><tr><td>INV-2026-030</td><td>10/30/2026</td><td align="right">1,230.00 EUR</td></tr></table>
<p>Payment ID: SSF-0019283<br>Payment date: 12/02/2026</p>
<p style="font-size:11px;color:#888">Powered by Coupa</p></div></body></html>""")),
    "Coupa payment-sent notice (US date format in an Irish context); INV-2026-030.",
    amount="1230.00", reference="INV-2026-030")

# Revolut Business (Tom): reference written with spaces
add("payment-notification", "en", build([
    ("From", ("Revolut Business", "no-reply@revolut.com")),
    ("To", TOM[1]),
    ("Subject", "You received €410.00 from MURPHY CONSULTING"),
    ("Date", dt("2026-12-23 09:12:04", "Europe/London")),
    ("Message-ID", mid("revolut.com", "ses")),
], text("""Hi Tom,

You received €410.00 from MURPHY CONSULTING to your EUR Main account.

Reference: TB INV 2026 034
Date: 23 Dec 2026, 09:12

Manage email notifications in the app settings.

Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania.
""")),
    "Revolut Business incoming; reference 'TB INV 2026 034' -> INV-2026-034.",
    amount="410.00", reference="INV-2026-034")

# Basware (public sector buyer, Priya)
add("payment-notification", "en", build([
    ("From", ("Northgate Borough Council", "noreply.paymentadvice@basware.com")),
    ("To", PRI[1]),
    ("Subject", "Payment Advice - Northgate Borough Council - 20270211"),
    ("Date", dt("2027-02-11 03:04:00", "Europe/Helsinki")),
    ("Message-ID", mid("basware.com", "date")),
], text("""NORTHGATE BOROUGH COUNCIL
PAYMENT ADVICE

Supplier No: 0049921   Supplier: PRIYA SHAH
Payment Date: 11/02/2027   Payment Method: BACS

Your Ref          Our Ref      Invoice Date   Gross Amount
PS 119            INV0084432   15/12/2026     3,450.00

TOTAL PAID (GBP)                              3,450.00

The above amount will be credited to your bank account within 3 working days.
This is an automatically generated email. Replies to this address are not monitored.
""", cs="us-ascii", cte="7bit")),
    "Council payment advice via Basware, plain text; 'PS 119' -> PS-119.",
    amount="3450.00", currency="GBP", reference="PS-119")

# Holvi (Tom)
add("payment-notification", "en", build([
    ("From", ("Holvi", "no-reply@holvi.com")),
    ("To", TOM[1]),
    ("Subject", "Invoice INV-2026-037 has been paid"),
    ("Date", dt("2027-01-05 08:03:11", "Europe/Helsinki")),
    ("Message-ID", mid("holvi.com")),
], text("""Hi Tom,

Good news! We have received a payment for invoice INV-2026-037 sent to Beara Wool Co.

Amount received: €861.00
Payment date: 05.01.2027

The invoice has been marked as paid and the money is in your Holvi account.

Holvi
Holvi Payment Services Oy, Hämeentie 15, 00500 Helsinki, Finland
""", cte="b64")),
    "Holvi invoice-paid notice, base64 plain text; INV-2026-037.",
    amount="861.00", reference="INV-2026-037")


# ============================================================================================
# LOOK-ALIKES (other) — Italian
# ============================================================================================

# Aruba: SdI delivery receipt
add("other", "it", build([
    ("From", ("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it")),
    ("To", ALE[1]),
    ("Subject", "Fattura n. 48/2026 consegnata al destinatario - Ricevuta di consegna SdI"),
    ("Date", dt("2026-12-15 02:13:47")),
    ("Message-ID", mid("fatturazioneelettronica.aruba.it", "date")),
], alt(text("""Gentile Cliente,

ti informiamo che il Sistema di Interscambio (SdI) ha consegnato la fattura sotto indicata al destinatario.

Numero fattura: 48/2026
Data fattura: 14/12/2026
Destinatario: NORDHAUS ITALIA S.R.L. - P.IVA 09876543210
Codice destinatario: M5UXCR1
Identificativo SdI: 17294837562
Esito: RC - Ricevuta di consegna
Data consegna: 15/12/2026 02:11

La ricevuta è disponibile nel pannello di Fatturazione Elettronica, sezione Fatture inviate.

Cordiali saluti,
Aruba S.p.A.

Questo messaggio è stato generato automaticamente: si prega di non rispondere.
"""), html("""<html><body style="font-family:Arial,sans-serif;font-size:13px;color:#333"><div style="max-width:620px;margin:auto">
<div style="background:#f28c00;color:#fff;padding:10px 16px;font-weight:bold">Fatturazione Elettronica Aruba</div>
<p>Gentile Cliente,</p><p>ti informiamo che il Sistema di Interscambio (SdI) ha consegnato la fattura sotto indicata al destinatario.</p>
<table cellpadding="4" style="font-size:13px"><tr><td>Numero fattura:</td><td><b>48/2026</b></td></tr><tr><td>Data fattura:</td><td>14/12/2026</td></tr>
<tr><td>Destinatario:</td><td>NORDHAUS ITALIA S.R.L.</td></tr><tr><td>Identificativo SdI:</td><td>17294837562</td></tr>
<tr><td>Esito:</td><td><span style="color:#2e7d32">RC - Ricevuta di consegna</span></td></tr><tr><td>Data consegna:</td><td>15/12/2026 02:11</td></tr></table>
<p style="font-size:11px;color:#888">Questo messaggio è stato generato automaticamente: si prega di non rispondere.</p></div></body></html>"""))),
    "SdI delivery receipt relayed by Aruba: the e-invoice reached the client; nothing about payment.")

# Fatture in Cloud: SdI rejection
add("other", "it", build([
    ("From", ("Fatture in Cloud", "noreply@fattureincloud.it")),
    ("To", ALE[1]),
    ("Subject", "⚠️ Fattura n. 49/2026 scartata dallo SdI"),
    ("Date", dt("2026-12-18 09:26:05")),
    ("Message-ID", mid("fattureincloud.it")),
], alt(text("""Ciao Alessandra,

la fattura elettronica n. 49/2026 del 17/12/2026 intestata a STUDIO TECNICO ASSOCIATO VALLI è stata SCARTATA dal Sistema di Interscambio.

Notifica di scarto (NS)
Codice errore: 00404
Descrizione: Fattura duplicata

Cosa fare: verifica che la fattura non sia già stata inviata. Se si tratta di un errore, correggi il documento e reinvialo entro 5 giorni dalla data della notifica di scarto.

Vai alla fattura: https://secure.fattureincloud.it/invoices/49-2026

Il team di Fatture in Cloud
TeamSystem S.p.A. - Via Sandro Pertini 88, 61122 Pesaro
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:580px;margin:auto;padding:24px">
<p>Ciao Alessandra,</p><p>la fattura elettronica <b>n. 49/2026</b> del 17/12/2026 intestata a STUDIO TECNICO ASSOCIATO VALLI è stata <b style="color:#c62828">SCARTATA</b> dal Sistema di Interscambio.</p>
<div style="background:#fff4e5;padding:12px;border-left:4px solid #ff9800">Notifica di scarto (NS)<br>Codice errore: 00404<br>Descrizione: Fattura duplicata</div>
<p>Cosa fare: verifica che la fattura non sia già stata inviata. Se si tratta di un errore, correggi il documento e reinvialo entro 5 giorni dalla data della notifica di scarto.</p>
<p style="font-size:11px;color:#888">TeamSystem S.p.A. - Via Sandro Pertini 88, 61122 Pesaro</p></div></body></html>"""))),
    "SdI rejection notice (notifica di scarto, duplicate invoice): an e-invoicing event, not a client dispute.")

# Fineco: outgoing transfer the owner made (pays her accountant's invoice)
add("other", "it", build([
    ("From", ("FinecoBank", "notifiche@fineco.it")),
    ("To", ALE[1]),
    ("Subject", "Bonifico eseguito"),
    ("Date", dt("2027-01-08 12:02:51")),
    ("Message-ID", mid("fineco.it", "date")),
], html("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="padding:24px;border-bottom:3px solid #00338d"><b style="color:#00338d">FinecoBank</b></td></tr>
<tr><td style="padding:24px"><p>Gentile Cliente,</p>
<p>il bonifico da te disposto &egrave; stato eseguito.</p>
<table cellpadding="6" style="font-size:14px;border:1px solid #ddd;width:100%">
<tr><td style="background:#f7f7f7">Beneficiario</td><td>STUDIO BASSI COMMERCIALISTI ASSOCIATI</td></tr>
<tr><td style="background:#f7f7f7">IBAN beneficiario</td><td>IT47 N030 6909 6061 0000 0112 233</td></tr>
<tr><td style="background:#f7f7f7">Importo</td><td>€ 457,50</td></tr>
<tr><td style="background:#f7f7f7">Commissioni</td><td>€ 0,00</td></tr>
<tr><td style="background:#f7f7f7">Causale</td><td>Saldo fattura n. 112/2026 consulenza fiscale</td></tr>
<tr><td style="background:#f7f7f7">Data esecuzione</td><td>08/01/2027</td></tr>
</table>
<p style="font-size:11px;color:#777">Questa &egrave; una comunicazione automatica: ti preghiamo di non rispondere.</p></td></tr></table></body></html>
""", cs="iso-8859-1", enc="cp1252")),
    "Outgoing transfer executed BY the owner (paying her accountant's invoice): a payment, but money OUT.")

# Hype: card payment
add("other", "it", build([
    ("From", ("HYPE", "noreply@hype.it")),
    ("To", DAV[1]),
    ("Subject", "Pagamento con carta: 29,99 €"),
    ("Date", dt("2026-11-14 03:12:20")),
    ("Message-ID", mid("hype.it")),
], text("""Ciao Davide,

hai appena effettuato un pagamento con la tua carta HYPE ••••4471.

Esercente: ADOBE *CREATIVE CLOUD, DUBLIN IE
Importo: 29,99 €
Data: 14/11/2026 03:12

Non riconosci questa operazione? Blocca subito la carta dall'app e contatta l'assistenza.

Il Team HYPE
HYPE S.p.A. - Via Ettore Bugatti 15, 20142 Milano
""")),
    "Card charge notice (subscription): money out.")

# illimity: F24 debit
add("other", "it", build([
    ("From", ("illimity", "notifiche@illimity.com")),
    ("To", DAV[1]),
    ("Subject", "Addebito F24 eseguito"),
    ("Date", dt("2026-11-30 07:40:00")),
    ("Message-ID", mid("illimity.com", "date")),
], text("""Gentile DAVIDE MARCHETTI,

ti confermiamo che il modello F24 con data di addebito 30/11/2026 è stato pagato.

Importo addebitato: 1.248,00 EUR
Contribuente: MRCDVD85M12F205Z
Sezioni: Erario (4034 - acconto IRPEF seconda rata), INPS (P10)
Protocollo telematico: 26113000712345678/004

La quietanza è disponibile nell'app, sezione Pagamenti > F24.

illimity Bank S.p.A. - Via Soperga 9, 20124 Milano
""", cte="8bit")),
    "Tax payment (F24) debited from the owner's account: outgoing, nothing to do with invoices.")

# Revolut Business: an incoming transfer returned to the payer
add("other", "it", build([
    ("From", ("Revolut Business", "no-reply@revolut.com")),
    ("To", ALE[1]),
    ("Subject", "Un pagamento in entrata è stato restituito"),
    ("Date", dt("2026-11-26 11:47:13", "Europe/London")),
    ("Message-ID", mid("revolut.com", "ses")),
], text("""Ciao Alessandra,

non abbiamo potuto accreditare un bonifico in entrata sul tuo conto e l'abbiamo restituito alla banca del mittente.

Mittente: EDIZIONI LAGO NERO SRL
Importo: 915,00 €
Riferimento: FATTURA 40/2026
Motivo: il nome del beneficiario indicato non corrisponde al titolare del conto

Il mittente riceverà l'importo sul proprio conto entro qualche giorno lavorativo. Per ricevere il pagamento, chiedi al mittente di ripetere il bonifico indicando come beneficiario il nome esatto del tuo conto: ALESSANDRA ROSSI.

Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lituania.
""")),
    "Look-alike: an incoming transfer for 40/2026 was RETURNED to the payer (name mismatch); no money came in.")

# CBI: client's bank scheduled a transfer, not yet executed
add("other", "it", build([
    ("From", ("Avvisi Pagamento - Officine Pavan", "noreply-pagamenti@cbi-avvisi.it")),
    ("To", DAV[1]),
    ("Subject", "Avviso di pagamento programmato - Officine Meccaniche Pavan S.p.A."),
    ("Date", dt("2027-01-20 18:02:44")),
    ("Message-ID", mid("cbi-avvisi.it", "date")),
], text("""AVVISO AL BENEFICIARIO

Officine Meccaniche Pavan S.p.A. ha inserito nella distinta di pagamento del 31/01/2027 un bonifico a Vostro favore.

Beneficiario:           MARCHETTI DAVIDE
IBAN:                   IT02 L123 4512 **** **** 6789 012
Importo:                1.586,00 EUR
Causale:                SALDO FT. 44/2026
Data esecuzione prevista: 31/01/2027
Stato:                  IN ATTESA DI ESECUZIONE

Il presente avviso non costituisce quietanza di pagamento. L'esecuzione del bonifico resta subordinata all'autorizzazione della distinta da parte dell'ordinante e alla disponibilità dei fondi.

Messaggio generato automaticamente dal servizio di corporate banking dell'ordinante. Non rispondere.
""", cs="iso-8859-1", cte="qp")),
    "Look-alike: payment SCHEDULED by the client's corporate banking for 31/01/2027, explicitly not yet "
    "executed and not a receipt: a machine notice, not money in.")

# Fatture in Cloud: invoice viewed
add("other", "it", build([
    ("From", ("Fatture in Cloud", "noreply@fattureincloud.it")),
    ("To", ALE[1]),
    ("Subject", "Il tuo cliente ha visualizzato la fattura n. 50/2026"),
    ("Date", dt("2026-12-29 16:18:39")),
    ("Message-ID", mid("fattureincloud.it")),
], html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:580px;margin:auto;padding:24px">
<p>Ciao Alessandra,</p>
<p><b>Enoteca Dal Pozzo</b> ha aperto la copia di cortesia della fattura <b>n. 50/2026</b> (importo 366,00 €, scadenza 28/01/2027) il 29/12/2026 alle 16:18.</p>
<p>Vuoi ricordargli la scadenza? Attiva i solleciti automatici dalla sezione Impostazioni &gt; Promemoria.</p>
<p><a href="https://secure.fattureincloud.it/invoices/50-2026">Apri la fattura</a></p>
<p style="font-size:11px;color:#888">Ricevi questa email perché hai attivato le notifiche di lettura. TeamSystem S.p.A.</p></div></body></html>""")),
    "'Invoice viewed' notice from the invoicing software; mentions amount and due date but no payment.")

# Satispay Business newsletter
add("other", "it", build([
    ("From", ("Satispay Business", "news@business.satispay.com")),
    ("To", ALE[1]),
    ("Subject", "Incassa prima, senza commissioni fino a 10 € 🎉"),
    ("Date", dt("2026-11-10 10:00:00")),
    ("Message-ID", mid("business.satispay.com")),
    ("List-Unsubscribe", "<https://business.satispay.com/unsubscribe?u=8812a>"),
    ("Precedence", "bulk"),
], alt(text("""Novità per il tuo business

Ciao Alessandra,
da oggi con Satispay Business puoi inviare ai tuoi clienti una richiesta di pagamento collegata alla fattura: il cliente paga con un tap e tu ricevi l'incasso in tempo reale.

• Nessuna commissione sulle transazioni fino a 10 €
• Accredito automatico sul conto ogni giorno
• Riconciliazione semplice con il tuo gestionale di fatturazione

Scopri di più: https://business.satispay.com/richieste-di-pagamento

A presto,
Il team di Satispay

Non vuoi più ricevere queste email? Disiscriviti: https://business.satispay.com/unsubscribe?u=8812a
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:600px;margin:auto">
<h1 style="color:#ef373e">Incassa prima 🎉</h1><p>Ciao Alessandra,<br>da oggi con Satispay Business puoi inviare ai tuoi clienti una richiesta di pagamento collegata alla fattura: il cliente paga con un tap e tu ricevi l'incasso in tempo reale.</p>
<ul><li>Nessuna commissione sulle transazioni fino a 10 €</li><li>Accredito automatico sul conto ogni giorno</li><li>Riconciliazione semplice con il tuo gestionale di fatturazione</li></ul>
<p><a href="https://business.satispay.com/richieste-di-pagamento">Scopri di più</a></p>
<p style="font-size:11px;color:#999"><a href="https://business.satispay.com/unsubscribe?u=8812a">Disiscriviti</a></p></div></body></html>"""))),
    "Marketing newsletter from a payment provider, full of 'incasso' / 'pagamento' words.")

# ============================================================================================
# LOOK-ALIKES (other) — Spanish
# ============================================================================================

# FACe: state change, obligation recognised but not paid
add("other", "es", build([
    ("From", ("FACe - Punto General de Entrada de Facturas", "noreply@face.gob.es")),
    ("To", LUC[1]),
    ("Subject", "FACe: cambio de estado de la factura 2026-050"),
    ("Date", dt("2027-01-18 08:05:21", "Europe/Madrid")),
    ("Message-ID", mid("face.gob.es", "date")),
], text("""Le informamos de que la factura presentada a través de FACe ha cambiado de estado.

Número de registro: REGAGE26e00031873425
Número de factura: 2026-050
Importe: 2.117,50 EUR
Organismo destinatario: L01280655 - Ayuntamiento de Getafe
Unidad tramitadora: LA0005123 - Intervención General

Estado anterior: 1300 - Registrada en RCF
Estado actual: 2500 - Contabilizada la obligación reconocida
Fecha del cambio: 17/01/2027

Puede consultar el estado de sus facturas en https://face.gob.es/es/proveedores

Este correo es una notificación automática del Ministerio de Hacienda. No responda a este mensaje.
""")),
    "FACe status change to 'obligación reconocida' (approved for payment, not paid): e-invoicing notice.")

# BBVA: outgoing transfer the owner made
add("other", "es", build([
    ("From", ("BBVA", "bbva@notificaciones.bbva.es")),
    ("To", LUC[1]),
    ("Subject", "Has enviado una transferencia"),
    ("Date", dt("2026-12-02 13:31:09", "Europe/Madrid")),
    ("Message-ID", mid("notificaciones.bbva.es", "date")),
], alt(text("""Hola, LUCIA:

Has realizado una transferencia desde tu cuenta ·1332.

Beneficiario: GESTORIA ALAMEDA SL
Importe: 181,50 €
Concepto: Factura 2026/118 gestoria noviembre
Fecha: 02/12/2026

Si no reconoces esta operación, llámanos al 91 224 94 26.

BBVA
"""), html("""<html><body style="font-family:Arial,sans-serif"><table width="600" align="center"><tr><td style="background:#072146;color:#fff;padding:16px">BBVA</td></tr>
<tr><td style="padding:20px"><p>Hola, LUCIA:</p><p>Has realizado una transferencia desde tu cuenta ·1332.</p>
<p>Beneficiario: GESTORIA ALAMEDA SL<br>Importe: <b>181,50 €</b><br>Concepto: Factura 2026/118 gestoria noviembre<br>Fecha: 02/12/2026</p></td></tr></table></body></html>"""))),
    "Outgoing transfer by the owner to her accountant ('Factura 2026/118' is the accountant's invoice).")

# Openbank: direct debit (self-employed social security)
add("other", "es", build([
    ("From", ("Openbank", "avisos@openbank.es")),
    ("To", LUC[1]),
    ("Subject", "Cargo de recibo en tu cuenta"),
    ("Date", dt("2027-01-29 06:12:30", "Europe/Madrid")),
    ("Message-ID", mid("openbank.es", "date")),
], html("""<html><head><meta charset="iso-8859-1"></head><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Estimada cliente:</p><p>Le informamos de que se ha cargado en su Cuenta Corriente Open terminada en **** 7721 el siguiente recibo domiciliado:</p>
<table cellpadding="5" style="font-size:13px"><tr><td>Emisor:</td><td>TESORERIA GENERAL SEGURIDAD SOCIAL</td></tr>
<tr><td>Concepto:</td><td>CUOTA REGIMEN ESPECIAL TRABAJADORES AUTONOMOS 01/2027</td></tr>
<tr><td>Importe:</td><td>310,00 EUR</td></tr><tr><td>Fecha de cargo:</td><td>29/01/2027</td></tr></table>
<p>Atentamente,<br>Openbank</p></body></html>""", cs="iso-8859-1")),
    "Direct debit (autónomos social security fee) charged to the owner: money out.")

# Abanca: transfer returned
add("other", "es", build([
    ("From", ("ABANCA", "avisos@abanca.com")),
    ("To", CAR[1]),
    ("Subject", "ABANCA - AVISO DE DEVOLUCION DE TRANSFERENCIA"),
    ("Date", dt("2027-02-08 06:03:55", "Europe/Madrid")),
    ("Message-ID", mid("abanca.com", "date")),
], text("""ABANCA CORPORACION BANCARIA, S.A.
AVISO DE DEVOLUCION DE TRANSFERENCIA

TITULAR:            DELGADO SUAREZ, CARMEN
CUENTA:             ES79 2080 **** **** **** 7891
FECHA:              08/02/2027
IMPORTE:            642,00 EUR
ORDENANTE ORIGINAL: CAFETERIA LA MAREA SL
CONCEPTO ORIGINAL:  FACTURA 2026-029
MOTIVO DEVOLUCION:  MS03 - RECHAZADA POR EL BANCO ORDENANTE (FONDOS INSUFICIENTES)

LA OPERACION HA SIDO ANULADA Y EL IMPORTE NO SE HA ABONADO EN SU CUENTA.

ESTE MENSAJE SE HA GENERADO AUTOMATICAMENTE. NO RESPONDA A ESTA DIRECCION.
""", cs="windows-1252", cte="8bit")),
    "Look-alike: a client's transfer for FACTURA 2026-029 was rejected and NOT credited.")

# Bizum sent to a friend
add("other", "es", build([
    ("From", ("ABANCA", "notificaciones@abanca.com")),
    ("To", CAR[1]),
    ("Subject", "Has enviado un Bizum"),
    ("Date", dt("2026-12-19 23:48:17", "Atlantic/Canary")),
    ("Message-ID", mid("abanca.com", "date")),
], text("""Hola, Carmen:

Has enviado un Bizum de 25,00 € a NEREA.

Concepto: cena de navidad 🎄🍷
Fecha: 19/12/2026 23:48

ABANCA
Este es un mensaje automático, no respondas a este correo.
""")),
    "Bizum SENT between friends (dinner): outgoing, personal.")

# Holded: invoice viewed
add("other", "es", build([
    ("From", ("Holded", "notifications@holded.com")),
    ("To", LUC[1]),
    ("Subject", "Estudio Kaleido ha visto tu factura 2026-053"),
    ("Date", dt("2027-01-04 10:20:00", "Europe/Madrid")),
    ("Message-ID", mid("holded.com", "sendgrid")),
], alt(text("""Hola Lucía,

Estudio Kaleido SL acaba de abrir la factura 2026-053 (1.210,00 €, vence el 03/02/2027).

Estado: Pendiente de cobro

Ver factura: https://app.holded.com/invoicing/sales/2026-053

El equipo de Holded
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:560px;margin:auto;padding:24px">
<p>Hola Lucía,</p><p><b>Estudio Kaleido SL</b> acaba de abrir la factura <b>2026-053</b> (1.210,00 €, vence el 03/02/2027).</p>
<p>Estado: <span style="color:#e67e22">Pendiente de cobro</span></p><p><a href="https://app.holded.com/invoicing/sales/2026-053">Ver factura</a></p></div></body></html>"""))),
    "Invoicing software 'invoice viewed' notice, status still pending.")

# Quipu monthly summary
add("other", "es", build([
    ("From", ("Quipu", "hola@getquipu.com")),
    ("To", JOR[1]),
    ("Subject", "Tu resumen de enero: 3 facturas pendientes de cobro"),
    ("Date", dt("2027-02-01 07:00:00", "Europe/Madrid")),
    ("Message-ID", mid("getquipu.com", "sendgrid")),
], html("""<html><body style="font-family:Arial,sans-serif;font-size:14px"><div style="max-width:600px;margin:auto;padding:24px">
<h2>Tu resumen de enero de 2027</h2>
<p>Hola Jordi, este es el estado de tu negocio a 31/01/2027:</p>
<table cellpadding="6" style="font-size:14px"><tr><td>Ingresos facturados</td><td align="right">4.862,00 €</td></tr><tr><td>Cobrado</td><td align="right">3.180,00 €</td></tr>
<tr><td>Gastos</td><td align="right">612,40 €</td></tr><tr><td><b>Pendiente de cobro</b></td><td align="right"><b>4.212,00 €</b></td></tr></table>
<p>Facturas pendientes:</p>
<ul><li>2026-046 · Lumenfield Interactive · 1.450,00 € · vencida hace 12 días</li>
<li>2027-002 · Editorial Gavina SL · 1.694,00 € · vence el 15/02/2027</li>
<li>2027-004 · Agència Mirall SCCL · 1.068,00 € · vence el 28/02/2027</li></ul>
<p><a href="https://app.getquipu.com">Enviar recordatorios</a></p>
<p style="font-size:11px;color:#999">Quipu · Recibes este resumen porque está activado en tu cuenta.</p></div></body></html>""")),
    "Accounting software monthly summary listing unpaid invoices: an internal notice.")

# Wise: outgoing transfer completed
add("other", "es", build([
    ("From", ("Wise", "noreply@wise.com")),
    ("To", JOR[1]),
    ("Subject", "Tu transferencia a Estudi Gràfic Nord ya ha llegado"),
    ("Date", dt("2026-11-17 12:44:10", "Europe/London")),
    ("Message-ID", mid("wise.com", "ses")),
], text("""Hola, Jordi:

Tu transferencia de 363,00 EUR a ESTUDI GRAFIC NORD SL se ha completado. El dinero debería estar ya en su cuenta.

Referencia: Fra 2026-211 maquetacio
N.º de transferencia: #1093384721

Gracias por usar Wise.
El equipo de Wise
""")),
    "Outgoing transfer by the owner to a supplier, completed: 'your transfer has arrived' wording.")

# ============================================================================================
# LOOK-ALIKES (other) — English
# ============================================================================================

# Storecove: Peppol delivery
add("other", "en", build([
    ("From", ("Storecove", "notifications@storecove.com")),
    ("To", TOM[1]),
    ("Subject", "Delivered: invoice INV-2026-040 to Shannonside Foods Unlimited Company"),
    ("Date", dt("2027-01-11 09:03:27", "Europe/Amsterdam")),
    ("Message-ID", mid("storecove.com")),
], text("""Hi Tom Byrne Design,

Your document was delivered through the Peppol network.

Document type: Invoice
Invoice number: INV-2026-040
Receiver: Shannonside Foods Unlimited Company (0195:IE9876543X)
Access point: Tickstar AB
Delivery status: Delivered (AS4 receipt received 11 Jan 2027 08:03 UTC)
Message ID: 8c7d2f10-3a5e-4b61-9e22-7f0a4c1d9b38

No action is needed. You can follow the status of your documents in the Storecove dashboard.

Storecove | Amsterdam
""")),
    "Peppol delivery receipt for an invoice: e-invoicing transport notice.")

# Xero: invoice viewed
add("other", "en", build([
    ("From", ("Xero", "notifications@post.xero.com")),
    ("To", PRI[1]),
    ("Subject", "Marlow & Finch Ltd viewed invoice PS-121"),
    ("Date", dt("2027-01-20 14:37:50", "Europe/London")),
    ("Message-ID", mid("post.xero.com", "ses")),
], alt(text("""Hi Priya,

Marlow & Finch Ltd viewed invoice PS-121 for £1,080.00 GBP on 20 Jan 2027 at 2:37pm.

The invoice is due on 19 Feb 2027.

View invoice in Xero: https://go.xero.com/AccountsReceivable/View.aspx

You're getting this email because invoice notifications are turned on in Xero.
"""), html("""<html><body style="font-family:Arial,sans-serif;font-size:14px"><p>Hi Priya,</p>
<p>Marlow &amp; Finch Ltd viewed invoice <b>PS-121</b> for £1,080.00 GBP on 20 Jan 2027 at 2:37pm.</p><p>The invoice is due on 19 Feb 2027.</p>
<p><a href="https://go.xero.com/AccountsReceivable/View.aspx">View invoice in Xero</a></p></body></html>"""))),
    "Xero 'invoice viewed' notification.")

# BILL: payment scheduled, not yet sent
add("other", "en", build([
    ("From", ("Northbeam Analytics Inc. via BILL", "paymentnotification@bill.com")),
    ("To", DAN[1]),
    ("Subject", "Northbeam Analytics Inc. scheduled a payment to you"),
    ("Date", dt("2027-02-04 10:15:22", "America/Los_Angeles")),
    ("Message-ID", mid("bill.com", "sendgrid")),
], text("""Hi Dan Kowalski,

Northbeam Analytics Inc. has scheduled a payment to you using BILL.

Payment amount: $2,300.00
Scheduled process date: 02/12/2027
Estimated arrival: 02/16/2027
Payment method: ACH (bank transfer)

Invoice #      Amount
DK-1098        $2,300.00

The payment has not been sent yet. The payer can change or cancel a scheduled payment before the process date. We'll email you again when it's on its way.

BILL Operations, LLC | 6220 America Center Drive, San Jose, CA 95002
""")),
    "Look-alike: the client SCHEDULED a payment for 02/12/2027 in BILL; explicitly not sent yet and "
    "cancellable. A machine notice about a future payment: other (not a client promise, not money in).")

# Stripe payout to the owner's bank
add("other", "en", build([
    ("From", ("Stripe", "notifications@stripe.com")),
    ("To", TOM[1]),
    ("Subject", "Your €3,211.40 payout for Byrne Design is on the way"),
    ("Date", dt("2026-12-19 06:00:12", "GMT")),
    ("Message-ID", mid("stripe.com", "sendgrid")),
], alt(text("""Byrne Design

Your payout is on the way

A payout of €3,211.40 is on its way to your bank account AIB ••••3456.

Payout ID: po_1QoC5dLz9aB1cD2eZx9Kq3Lm
Expected arrival: 21 Dec 2026
Payments included: 3

View payout: https://dashboard.stripe.com/payouts/po_1QoC5dLz9aB1cD2eZx9Kq3Lm
"""), html("""<html><body style="font-family:Arial,sans-serif;color:#32325d"><table width="600" align="center"><tr><td style="padding:32px">
<h1 style="font-size:24px">Your payout is on the way</h1><p>A payout of <b>€3,211.40</b> is on its way to your bank account AIB ••••3456.</p>
<p>Expected arrival: 21 Dec 2026<br>Payments included: 3</p></td></tr></table></body></html>"""))),
    "Stripe payout (the owner's own balance moving to her bank), not a client paying an invoice.")

# Monzo: standing order out
add("other", "en", build([
    ("From", ("Monzo", "help@monzo.com")),
    ("To", PRI[1]),
    ("Subject", "Your standing order to Harbour Studios was paid"),
    ("Date", dt("2027-01-01 06:30:00", "Europe/London")),
    ("Message-ID", mid("monzo.com", "ses")),
], text("""Hi Priya,

Your standing order of £650.00 to Harbour Studios (Reference: DESK RENT JAN) left your Monzo Business account today.

Next payment: 1 February 2027

You can manage standing orders in the app under Payments.

Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG.
""")),
    "Standing order paid by the owner (desk rent): money out.")

# Starling: card spend
add("other", "en", build([
    ("From", ("Starling Bank", "noreply@starlingbank.com")),
    ("To", PRI[1]),
    ("Subject", "You spent £64.00 at Adobe"),
    ("Date", dt("2026-11-21 09:01:02", "Europe/London")),
    ("Message-ID", mid("starlingbank.com", "ses")),
], text("""Hi Priya,

Your Starling business debit card ending 9921 was used:

Merchant: ADOBE SYSTEMS SOFTWARE
Amount: £64.00
Date: 21 Nov 2026, 09:01

If this wasn't you, freeze your card in the app straight away.

Starling Bank Limited, 3rd Floor, 2 Finsbury Avenue, London EC2M 2PP.
""")),
    "Card spend notice: money out.")

# PayPal receipt for a payment Dan made
add("other", "en", build([
    ("From", ("service@paypal.com", "service@paypal.com")),
    ("To", DAN[1]),
    ("Subject", "Receipt for your payment to Figma, Inc."),
    ("Date", dt("2026-12-12 08:14:45", "America/Los_Angeles")),
    ("Message-ID", "<7a6b5c4d3e2f1a0b9c8d@paypal.com>"),
], alt(text("""You sent a payment of $45.00 USD to Figma, Inc.

It may take a few moments for this transaction to appear in your account.

Merchant: Figma, Inc.
Description: Figma Professional - 3 editors, monthly
Transaction ID: 5GH77102KL0098234
Amount: $45.00 USD
Funding source: Mercury Checking x6621

Please keep this receipt for your records.
PayPal, Inc. 2211 North First Street, San Jose, CA 95131
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:600px;margin:auto;padding:20px">
<h1 style="font-weight:400">You sent a payment of $45.00 USD to Figma, Inc.</h1>
<p>Description: Figma Professional - 3 editors, monthly<br>Transaction ID: 5GH77102KL0098234<br>Funding source: Mercury Checking x6621</p></div></body></html>"""))),
    "PayPal receipt for a payment the owner SENT: outgoing.")

# Tipalti: payment returned, action required
add("other", "en", build([
    ("From", ("Halcyon Games Payments", "payments@notifications.tipalti.com")),
    ("To", DAN[1]),
    ("Subject", "Action required: your payment from Halcyon Games Ltd was returned"),
    ("Date", dt("2026-12-16 11:22:09", "Europe/London")),
    ("Message-ID", mid("notifications.tipalti.com", "ses")),
], text("""Dear Dan Kowalski,

We were unable to complete a payment to you from Halcyon Games Ltd.

Payment amount: 2,100.00 USD
Original submission date: Dec 11, 2026
Status: Returned by the receiving bank (R03 - No account / unable to locate account)

To receive this payment, please log in to the Halcyon Games supplier portal and update your payment details. The payment will be re-issued in the next payment cycle after your details are updated.

This message was sent automatically by Tipalti on behalf of Halcyon Games Ltd. Please do not reply.
""")),
    "Look-alike: a payment to the owner was RETURNED (wrong account details); no money came in.")

# Tide newsletter
add("other", "en", build([
    ("From", ("Tide", "news@tide.co")),
    ("To", PRI[1]),
    ("Subject", "Get paid 2x faster in 2027 🚀"),
    ("Date", dt("2027-01-06 11:00:00", "Europe/London")),
    ("Message-ID", mid("tide.co", "sendgrid")),
    ("List-Unsubscribe", "<mailto:unsubscribe@tide.co?subject=unsubscribe>"),
    ("Precedence", "bulk"),
], alt(text("""New year, faster payments

Hi Priya,

Did you know that Tide members who add a payment link to their invoices get paid twice as fast?

With Tide Invoicing you can:
- Send invoices straight from the app
- Add a "Pay now" link so customers can pay by card or bank transfer
- Get notified the moment you've been paid
- Chase late invoices with automatic reminders

Try it today: https://www.tide.co/invoicing

Team Tide

You're receiving this because you're a Tide member. Unsubscribe: https://www.tide.co/unsubscribe
"""), html("""<html><body style="font-family:Arial,sans-serif"><div style="max-width:600px;margin:auto;padding:24px">
<h1>New year, faster payments 🚀</h1><p>Hi Priya,</p><p>Did you know that Tide members who add a payment link to their invoices get paid twice as fast?</p>
<ul><li>Send invoices straight from the app</li><li>Add a "Pay now" link</li><li>Get notified the moment you've been paid</li><li>Chase late invoices with automatic reminders</li></ul>
<p><a href="https://www.tide.co/invoicing">Try it today</a></p></div></body></html>"""))),
    "Bank marketing newsletter full of 'get paid' phrases.")


# ============================================================================================
# AUTO-REPLIES
# ============================================================================================

def auto(orig, frm, subject, date, tz, body, extra=(), irt=True, refs=True, to=None, style="hex",
         bstyle="plain", crlf=False):
    dom = frm[1].split("@")[1] if isinstance(frm, tuple) else frm.split("@")[1].rstrip(">")
    hdrs = [("From", frm), ("To", to or orig.owner), ("Subject", subject), ("Date", dt(date, tz)),
            ("Message-ID", mid(dom, style))]
    if irt:
        hdrs.append(("In-Reply-To", orig.msgid))
    if refs:
        hdrs.append(("References", orig.msgid))
    hdrs += list(extra)
    return build(hdrs, body, bstyle=bstyle, crlf=crlf)


def exch(addr, lang="it-IT"):
    return [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Inbox-Rules-Loop", addr), ("Content-Language", lang),
            ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-AuthAs", "Internal")]


def outlook_html(paras, font="Calibri", size="11pt"):
    body = "".join(f'<p class="MsoNormal"><span style="font-size:{size};font-family:&quot;{font}&quot;,sans-serif">{p}</span></p>\n'
                   for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + body + '</div>\n</body>\n</html>\n')


# ---- Italian -------------------------------------------------------------------------------

o = Orig("it", ALE, ("Tipografia Bertelli Srl", "amministrazione@tipografiabertelli.it"), "Tipografia Bertelli Srl",
         "company", "46/2026", "610,00 €", "30/11/2026", "2026-12-22 09:00:04", "Europe/Rome")
add("auto-reply", "it", auto(o, ("Monica Bertelli", "amministrazione@tipografiabertelli.it"),
    "Risposta automatica: " + o.subject, "2026-12-22 09:00:11", "Europe/Rome",
    alt(text("""Buongiorno,

sono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta elettronica.
Per questioni amministrative urgenti potete scrivere a contabilita@tipografiabertelli.it oppure chiamare lo 035 244 918.

Buone feste!

Monica Bertelli
Amministrazione – Tipografia Bertelli Srl
"""), html(outlook_html(["Buongiorno,", "&nbsp;", "sono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta elettronica.",
                        "Per questioni amministrative urgenti potete scrivere a <a href=\"mailto:contabilita@tipografiabertelli.it\">contabilita@tipografiabertelli.it</a> oppure chiamare lo 035 244 918.",
                        "&nbsp;", "Buone feste!", "&nbsp;", "Monica Bertelli", "Amministrazione – Tipografia Bertelli Srl"])), bstyle="outlook"),
    extra=exch("amministrazione@tipografiabertelli.it") + [("Thread-Topic", o.subject)], style="outlook"),
    "Exchange out-of-office with RFC 3834 header; 'fino al 6 gennaio compreso' = back on the 7th.",
    return_date="2027-01-07")

o = Orig("it", DAV, ("Marco Zanetti", "m.zanetti@zanettiarredi.it"), "Marco Zanetti", "person",
         "29/2026", "1.342,00 €", "15/12/2026", "2027-01-05 08:30:00", "Europe/Rome")
add("auto-reply", "it", auto(o, ("Marco Zanetti", "m.zanetti@zanettiarredi.it"),
    "Sono in ferie - Re: " + o.subject, "2027-01-05 08:30:47", "Europe/Rome",
    text("""Ciao, sono in ferie con la famiglia e leggo la posta poco e niente, rientro lunedì 11.
Per urgenze chiamate in negozio allo 0371 420118 (chiedete di Ilaria).

Marco

--
Zanetti Arredi di Marco Zanetti
Via Cavour 41 - 26900 Lodi
"""), refs=False, style="date"),
    "Vacation auto-reply set up by hand in a mail client, no RFC 3834 headers, informal voice; "
    "'rientro lunedì 11' with Date Tue 5 Jan 2027 -> Monday 11 January.",
    return_date="2027-01-11")

o = Orig("it", ALE, ("Chiara Fumagalli", "c.fumagalli@studiofumagalli.it"), "Chiara Fumagalli", "person",
         "37/2026", "488,00 €", "20/11/2026", "2026-11-23 08:00:02", "Europe/Rome")
add("auto-reply", "it", auto(o, ("Chiara Fumagalli", "c.fumagalli@studiofumagalli.it"),
    "Risposta automatica: " + o.subject, "2026-11-23 08:00:09", "Europe/Rome",
    text("""Gentile mittente,

sono attualmente in congedo di maternità e non ho accesso alla posta.
Per tutte le questioni amministrative e contabili, compresi pagamenti e fatture, potete rivolgervi al dott. Paolo Gatti: p.gatti@studiofumagalli.it – tel. 02 8723 4410.

Grazie per la comprensione.
Chiara Fumagalli

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR) ne è vietata la diffusione non autorizzata.
""", cs="iso-8859-1", enc="cp1252"), extra=exch("c.fumagalli@studiofumagalli.it"), style="outlook"),
    "Maternity leave auto-reply, no return date; points to a colleague for payments.")

o = Orig("it", ALE, ("Gruppo Ferrante S.p.A.", "info@gruppoferrante.it"), "Gruppo Ferrante S.p.A.", "company",
         "36/2026", "1.830,00 €", "31/10/2026", "2026-11-04 10:00:00", "Europe/Rome")
add("auto-reply", "it", auto(o, ("Gruppo Ferrante", "info@gruppoferrante.it"),
    "Casella non più attiva", "2026-11-04 10:00:03", "Europe/Rome",
    text("""Questa casella di posta non è più attiva e i messaggi ricevuti non vengono letti.

Per ordini e informazioni commerciali: commerciale@gruppoferrante.it
Per fatture, solleciti e pagamenti: contabilita.fornitori@gruppoferrante.it
Per la fatturazione elettronica il codice destinatario è KRRH6B9.

Gruppo Ferrante S.p.A. - Via dell'Industria 8, 37135 Verona
""", cte="8bit"), extra=[("X-Autoreply", "yes"), ("X-Autorespond", "yes"), ("Precedence", "auto_reply")], irt=False, refs=False),
    "'Mailbox no longer active' auto-reply with X-Autoreply (no Auto-Submitted), no In-Reply-To.")

o = Orig("it", DAV, ("Hotel Miramonti - Amministrazione", "amministrazione@hotelmiramonti.it"), "Hotel Miramonti S.r.l.",
         "company", "34/2026", "915,00 €", "30/11/2026", "2026-12-10 09:14:00", "Europe/Rome")
add("auto-reply", "it", auto(o, ("Helpdesk Amministrazione Miramonti", "helpdesk@hotelmiramonti.it"),
    "[Ticket#2026121010000437] " + o.subject, "2026-12-10 09:14:52", "Europe/Rome",
    text("""Gentile Davide Marchetti,

la Sua richiesta è stata registrata con il numero di ticket 2026121010000437 e sarà presa in carico dal primo operatore disponibile dell'ufficio amministrativo.

Oggetto: Sollecito di pagamento – fattura n. 34/2026
Coda: Amministrazione::Fornitori
Stato: nuovo

Per eventuali integrazioni risponda a questa email mantenendo invariato l'oggetto, compreso il numero di ticket tra parentesi quadre.

Cordiali saluti
Servizio Helpdesk
Hotel Miramonti S.r.l.

--
Messaggio generato automaticamente da OTRS. Si prega di non rispondere a questo indirizzo per nuove richieste.
"""), extra=[("X-Loop", "helpdesk@hotelmiramonti.it"), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
              ("X-OTRS-Loop", "yes"), ("X-Mailer", "OTRS Mail Service (6.0.34)")], style="date"),
    "OTRS help-desk ticket acknowledgement of the reminder.")

o = Orig("it", ALE, ("Lumen Hotels Italia", "fornitori@lumenhotels.it"), "Lumen Hotels Italia S.p.A.", "company",
         "44/2026", "2.196,00 €", "12/12/2026", "2026-12-15 08:45:00", "Europe/Rome")
add("auto-reply", "it", auto(o, ("Ufficio Fornitori Lumen Hotels", "fornitori@lumenhotels.it"),
    "R: " + o.subject + " [Ricevuto]", "2026-12-15 08:45:06", "Europe/Rome",
    alt(text("""Gentile Fornitore,

confermiamo la ricezione della Sua comunicazione. Questa è una risposta automatica.

Si ricorda che:
- le fatture devono essere trasmesse esclusivamente tramite Sistema di Interscambio (codice destinatario M5UXCR1) e riportare il numero d'ordine (ODA);
- i pagamenti vengono effettuati a 60 giorni data fattura fine mese, il giorno 10 del mese successivo;
- per verificare lo stato di una fattura è possibile accedere al portale fornitori Coupa.

Le richieste vengono gestite in ordine di arrivo entro 5 giorni lavorativi.

Ufficio Contabilità Fornitori
Lumen Hotels Italia S.p.A.
"""), html(outlook_html(["Gentile Fornitore,", "confermiamo la ricezione della Sua comunicazione. Questa è una risposta automatica.",
                        "Si ricorda che:", "- le fatture devono essere trasmesse esclusivamente tramite Sistema di Interscambio (codice destinatario M5UXCR1) e riportare il numero d'ordine (ODA);",
                        "- i pagamenti vengono effettuati a 60 giorni data fattura fine mese, il giorno 10 del mese successivo;",
                        "- per verificare lo stato di una fattura è possibile accedere al portale fornitori Coupa.",
                        "Le richieste vengono gestite in ordine di arrivo entro 5 giorni lavorativi.", "&nbsp;",
                        "<b>Ufficio Contabilità Fornitori</b><br>Lumen Hotels Italia S.p.A."])), bstyle="outlook"),
    extra=[("Auto-Submitted", "auto-replied")], style="outlook"),
    "Accounts-payable auto-acknowledgement; the general payment-terms sentence is boilerplate, not a "
    "promise about this invoice.")

o = Orig("it", DAV, ("Giulia Ferri", "giulia.ferri.foto@gmail.com"), "Giulia Ferri", "person",
         "1/2027", "250,00 €", "31/01/2027", "2027-02-04 08:30:00", "Europe/Rome")
add("auto-reply", "it", auto(o, ("Giulia Ferri", "giulia.ferri.foto@gmail.com"),
    "In viaggio ✈️", "2027-02-04 08:31:25", "Europe/Rome",
    alt(text("""Ciao! Sono in viaggio in Giappone fino al 14 febbraio e rispondo solo a sprazzi 🙈
Torno operativa lunedì 15. Per le cose urgenti scrivetemi su WhatsApp.

Giulia
""", cte="b64"), html("""<div dir="ltr">Ciao! Sono in viaggio in Giappone fino al 14 febbraio e rispondo solo a sprazzi 🙈<br>Torno operativa lunedì 15. Per le cose urgenti scrivetemi su WhatsApp.<br><br>Giulia</div>
""", cte="b64"), bstyle="gmail"),
    extra=[("Auto-Submitted", "auto-replied")], style="gmail"),
    "Gmail vacation responder with custom subject; 'torno operativa lunedì 15' -> 15 February 2027.",
    return_date="2027-02-15")

o = Orig("it", ALE, ("Studio Tecnico Associato Valli", "segreteria@studiovalli.it"), "Studio Tecnico Associato Valli",
         "company", "35/2026", "732,00 €", "15/12/2026", "2026-12-23 09:00:00", "Europe/Rome")
add("auto-reply", "it", auto(o, ("Segreteria Studio Valli", "segreteria@studiovalli.it"),
    "Fuori ufficio: " + o.subject, "2026-12-23 09:00:14", "Europe/Rome",
    text("""Lo studio è chiuso per le festività natalizie.
Sarò assente dal 23/12 al 06/01 compresi.
I messaggi ricevuti in questo periodo saranno letti al rientro.

Studio Tecnico Associato Valli
Geom. Elena Valli
""", cs="iso-8859-1", cte="qp"),
    extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("X-Mailer", "Zimbra 9.0.0_GA_4583 (zclient/9.0.0_GA_4583)")], style="date"),
    "Zimbra vacation reply; 'assente dal 23/12 al 06/01 compresi' -> back 7 January 2027.",
    return_date="2027-01-07")

o = Orig("it", DAV, ("Officine Meccaniche Pavan", "acquisti@officinepavan.it"), "Officine Meccaniche Pavan S.p.A.",
         "company", "44/2026", "1.586,00 €", "31/12/2026", "2026-12-29 09:00:00", "Europe/Rome", step="courtesy")
add("auto-reply", "it", auto(o, ("Officine Meccaniche Pavan S.p.A.", "acquisti@officinepavan.it"),
    "Chiusura aziendale – " + o.subject, "2026-12-29 09:00:20", "Europe/Rome",
    alt(text("""Gentile cliente/fornitore,

La informiamo che la nostra azienda resterà chiusa per le festività dal 24/12/2026 al 01/01/2027.
Gli uffici riapriranno regolarmente lunedì 4 gennaio 2027.

Le email ricevute durante la chiusura saranno evase a partire dalla riapertura.

Cordiali saluti
Officine Meccaniche Pavan S.p.A.
"""), html(outlook_html(["Gentile cliente/fornitore,", "La informiamo che la nostra azienda resterà chiusa per le festività dal <b>24/12/2026 al 01/01/2027</b>.",
                        "Gli uffici riapriranno regolarmente <b>lunedì 4 gennaio 2027</b>.", "Le email ricevute durante la chiusura saranno evase a partire dalla riapertura.",
                        "Cordiali saluti", "Officine Meccaniche Pavan S.p.A."])), bstyle="outlook"),
    extra=exch("acquisti@officinepavan.it"), style="outlook"),
    "Company-wide Christmas closure auto-reply to a courtesy reminder; reopening Monday 4 January 2027.",
    return_date="2027-01-04")

o = Orig("it", ALE, ("Francesca Riva", "francesca.riva@rivaeventi.com"), "Francesca Riva", "person",
         "40/2026", "915,00 €", "25/11/2026", "2026-11-27 16:10:00", "Europe/Rome")
add("auto-reply", "it", auto(o, ("Francesca Riva", "francesca.riva@rivaeventi.com"),
    "Risposta automatica: " + o.subject, "2026-11-27 16:10:05", "Europe/Rome",
    text("""Grazie per il messaggio. Sono in trasferta per un evento a Dubai e rientrerò martedì: risponderò appena possibile.

Thank you for your email. I am travelling for an event and will be back on Tuesday.

Francesca Riva
Riva Eventi | Event & Wedding Planning
""", cs="windows-1252", cte="qp"), extra=exch("francesca.riva@rivaeventi.com"), style="outlook"),
    "Bilingual IT/EN out-of-office; 'rientrerò martedì' with Date Friday 27 Nov 2026 -> Tuesday 1 December.",
    return_date="2026-12-01")

o = Orig("it", DAV, ("Ottica Brambilla", "amministrazione@otticabrambilla.it"), "Ottica Brambilla s.n.c.", "company",
         "41/2026", "366,00 €", "20/12/2026", "2027-01-12 10:05:00", "Europe/Rome")
add("auto-reply", "it", auto(o, ("Ottica Brambilla - Assistenza", "supporto@otticabrambilla.freshdesk.com"),
    "Richiesta ricevuta: " + o.subject + " [#4821]", "2027-01-12 10:05:33", "Europe/Rome",
    alt(text("""Gentile Davide Marchetti,

grazie per averci contattato. Abbiamo ricevuto la tua richiesta e le abbiamo assegnato il numero #4821.

Un membro del nostro team ti risponderà il prima possibile, di norma entro 48 ore lavorative.

Puoi seguire lo stato della richiesta qui: https://otticabrambilla.freshdesk.com/support/tickets/4821

Il team di Ottica Brambilla
"""), html("""<div style="font-family:Arial,sans-serif;font-size:14px"><p>Gentile Davide Marchetti,</p>
<p>grazie per averci contattato. Abbiamo ricevuto la tua richiesta e le abbiamo assegnato il numero <b>#4821</b>.</p>
<p>Un membro del nostro team ti risponderà il prima possibile, di norma entro 48 ore lavorative.</p>
<p><a href="https://otticabrambilla.freshdesk.com/support/tickets/4821">Segui la richiesta</a></p><p>Il team di Ottica Brambilla</p></div>""")),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Freshdesk-Ticket-Id", "4821"), ("Precedence", "bulk")], style="date"),
    "Freshdesk ticket acknowledgement in Italian (Auto-Submitted: auto-generated).")


# ---- Spanish -------------------------------------------------------------------------------

o = Orig("es", LUC, ("Íñigo Larrañaga", "ilarranaga@grupoatlantida.es"), "Grupo Hotelero Atlántida, S.A.", "company",
         "2026-043", "1.694,00 €", "30/11/2026", "2026-12-03 10:00:00", "Europe/Madrid")
add("auto-reply", "es", auto(o, ("Íñigo Larrañaga Etxeberria", "ilarranaga@grupoatlantida.es"),
    "Respuesta automática: " + o.subject, "2026-12-03 10:00:08", "Europe/Madrid",
    alt(text("""Buenos días:

Estaré fuera de la oficina hasta el lunes, sin acceso al correo.
Para temas de facturación pueden escribir a cuentasapagar@grupoatlantida.es.

Un saludo,
Íñigo Larrañaga
Dpto. Financiero · Grupo Hotelero Atlántida
"""), html(outlook_html(["Buenos días:", "Estaré fuera de la oficina hasta el lunes, sin acceso al correo.",
                        "Para temas de facturación pueden escribir a <a href=\"mailto:cuentasapagar@grupoatlantida.es\">cuentasapagar@grupoatlantida.es</a>.",
                        "Un saludo,", "Íñigo Larrañaga<br>Dpto. Financiero · Grupo Hotelero Atlántida"])), bstyle="outlook"),
    extra=exch("ilarranaga@grupoatlantida.es", "es-ES") + [("Thread-Topic", o.subject)], style="outlook"),
    "Exchange OOO; 'hasta el lunes' with Date Thursday 3 Dec 2026 -> Monday 7 December.",
    return_date="2026-12-07")

o = Orig("es", JOR, ("Montse Ribas", "mribas@editorialgavina.cat"), "Editorial Gavina SL", "company",
         "2026-039", "968,00 €", "20/12/2026", "2026-12-28 09:30:00", "Europe/Madrid")
add("auto-reply", "es", auto(o, ("Montse Ribas", "mribas@editorialgavina.cat"),
    "Fuera de la oficina / Fora de l'oficina", "2026-12-28 09:30:12", "Europe/Madrid",
    text("""Hola,

estoy de vacaciones y de vuelta el día 7. Hasta entonces no podré atender el correo.
Per a qualsevol urgència: administracio@editorialgavina.cat

Gràcies / Gracias,
Montse
""", cs="iso-8859-1", cte="qp"),
    extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zimbra 8.8.15_GA_4581 (zclient/8.8.15_GA_4581)")], style="date"),
    "Spanish/Catalan out-of-office; 'de vuelta el día 7' with Date 28 Dec 2026 -> 7 January 2027.",
    return_date="2027-01-07")

o = Orig("es", CAR, ("Yeray Santana", "yeray@eventosteide.es"), "Eventos Teide SL", "company",
         "2026-023", "535,00 €", "15/12/2026", "2026-12-21 08:00:00", "Atlantic/Canary")
add("auto-reply", "es", auto(o, ("Yeray Santana", "yeray@eventosteide.es"),
    "Respuesta automática: " + o.subject, "2026-12-21 08:00:06", "Atlantic/Canary",
    text("""Hola:

Me encuentro de baja médica y no estoy revisando el correo. Para cualquier asunto de pagos o facturas podéis dirigiros a mi compañera Ainhoa en administracion@eventosteide.es o al 928 33 41 20.

Gracias y disculpad las molestias.
Yeray Santana
Eventos Teide SL
"""), extra=exch("yeray@eventosteide.es", "es-ES"), style="outlook"),
    "Sick-leave auto-reply with no return date; redirects payments to a colleague.")

o = Orig("es", LUC, ("Pedro Cabello", "pcabello@reformasaltozano.com"), "Reformas Altozano SL", "company",
         "2026-051", "847,00 €", "02/01/2027", "2027-01-08 09:00:00", "Europe/Madrid")
add("auto-reply", "es", auto(o, ("Pedro Cabello", "pcabello@reformasaltozano.com"),
    "Dirección de correo no operativa", "2027-01-08 09:00:02", "Europe/Madrid",
    html("""<html><body><p style="font-family:Verdana;font-size:12px">Esta dirección de correo ya no está operativa.<br>
Pedro Cabello ya no forma parte de Reformas Altozano SL.</p>
<p style="font-family:Verdana;font-size:12px">Para facturación y pagos: <a href="mailto:administracion@reformasaltozano.com">administracion@reformasaltozano.com</a><br>
Para presupuestos y obras: <a href="mailto:obras@reformasaltozano.com">obras@reformasaltozano.com</a></p>
<p style="font-family:Verdana;font-size:10px;color:#888">Este es un mensaje automático. Por favor, no responda a este correo.</p></body></html>""", cs="iso-8859-1"),
    extra=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")], irt=True, refs=False, style="date"),
    "'No longer in use' auto-reply (the employee left), HTML only.")

o = Orig("es", JOR, ("Studio Forn Vell", "admin@fornvell.studio"), "Studio Forn Vell SL", "company",
         "2026-044", "484,00 €", "10/12/2026", "2026-12-14 11:02:00", "Europe/Madrid")
add("auto-reply", "es", auto(o, ("Studio Forn Vell - Soporte", "support@fornvell.zendesk.com"),
    "[Studio Forn Vell] Re: " + o.subject, "2026-12-14 11:02:41", "Europe/Madrid",
    alt(text("""##- Escribe tu respuesta por encima de esta línea -##

Tu solicitud (58213) ha sido recibida y será revisada por nuestro equipo.

Para añadir comentarios, responde a este correo.

Hemos recibido tu solicitud con el asunto "Factura n.º 2026-044 pendiente de pago". Un agente se pondrá en contacto contigo lo antes posible. Nuestro horario de atención es de lunes a viernes de 9:00 a 18:00.

Studio Forn Vell

Este correo es un servicio de Studio Forn Vell.
Con tecnología de Zendesk
[QZ8R1V-K4PYX]
"""), html("""<div style="color:#b5b5b5">##- Escribe tu respuesta por encima de esta línea -##</div>
<p dir="auto" style="color:#2b2e2f;font-family:'Lucida Sans Unicode','Lucida Grande','Tahoma',Verdana,sans-serif;font-size:14px">Tu solicitud (58213) ha sido recibida y será revisada por nuestro equipo.</p>
<p>Hemos recibido tu solicitud con el asunto "Factura n.º 2026-044 pendiente de pago". Un agente se pondrá en contacto contigo lo antes posible.</p>
<div style="color:#aaa;font-size:12px">Este correo es un servicio de Studio Forn Vell. Con tecnología de <a href="https://www.zendesk.com">Zendesk</a></div>
<span style="color:#FFFFFF" aria-hidden="true">[QZ8R1V-K4PYX]</span>""")),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("X-Zendesk-From-Account-Id", "a1b2c3d"),
           ("Reply-To", ("Studio Forn Vell", "support+id58213@fornvell.zendesk.com"))], style="hex"),
    "Zendesk ticket acknowledgement in Spanish ('tu solicitud ha sido recibida'), even if the same "
    "invoice was paid later: this message itself only acknowledges.")

o = Orig("es", CAR, ("Distribuciones Guanche - Proveedores", "proveedores@guanchedistribuciones.es"),
         "Distribuciones Guanche, S.L.", "company", "2026-027", "1.177,00 €", "11/01/2027", "2027-01-18 09:00:00", "Atlantic/Canary")
add("auto-reply", "es", auto(o, ("Cuentas a Pagar - Distribuciones Guanche", "proveedores@guanchedistribuciones.es"),
    "RE: " + o.subject, "2027-01-18 09:00:31", "Atlantic/Canary",
    text("""Estimado proveedor:

Hemos recibido su correo en el buzón del Departamento de Cuentas a Pagar. Este mensaje es una respuesta automática.

Le recordamos que los pagos a proveedores se realizan mediante transferencia los días 10 y 25 de cada mes, una vez conformada la factura por el departamento solicitante. Las facturas deben indicar el número de pedido y enviarse a facturas@guanchedistribuciones.es.

Su consulta será atendida en un plazo máximo de 72 horas laborables.

Atentamente,
Departamento de Cuentas a Pagar
Distribuciones Guanche, S.L.
""", cs="windows-1252", cte="qp"), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], style="outlook"),
    "AP mailbox auto-reply: generic payment-run days (10th and 25th) are boilerplate, not a promise.")

o = Orig("es", LUC, ("Sarah Mitchell", "s.mitchell@kaleido.studio"), "Estudio Kaleido SL", "company",
         "2026-053", "1.210,00 €", "03/02/2027", "2026-12-30 09:00:00", "Europe/Madrid", step="courtesy")
add("auto-reply", "es", auto(o, ("Sarah Mitchell", "s.mitchell@kaleido.studio"),
    "Respuesta automática: " + o.subject, "2026-12-30 09:00:04", "Europe/Madrid",
    alt(text("""[ES] Gracias por tu mensaje. Estoy fuera de la oficina por vacaciones y me reincorporo el 8 de enero. Para asuntos urgentes, escribe a hola@kaleido.studio.

[EN] Thanks for your message. I'm on holiday and back in the office on 8 January. For anything urgent please email hola@kaleido.studio.

Sarah Mitchell | Estudio Kaleido
"""), html(outlook_html(["[ES] Gracias por tu mensaje. Estoy fuera de la oficina por vacaciones y me reincorporo el 8 de enero. Para asuntos urgentes, escribe a hola@kaleido.studio.",
                        "&nbsp;", "[EN] Thanks for your message. I'm on holiday and back in the office on 8 January. For anything urgent please email hola@kaleido.studio.",
                        "&nbsp;", "Sarah Mitchell | Estudio Kaleido"])), bstyle="outlook"),
    extra=exch("s.mitchell@kaleido.studio", "es-ES"), style="outlook"),
    "Bilingual ES/EN OOO; 'me reincorporo el 8 de enero' -> 2027-01-08.",
    return_date="2027-01-08")

o = Orig("es", CAR, ("Surf Escuela La Cícer", "info@surflacicer.com"), "Surf Escuela La Cícer", "company",
         "2026-031", "321,00 €", "31/01/2027", "2027-02-02 10:00:00", "Atlantic/Canary")
add("auto-reply", "es", auto(o, ("Surf Escuela La Cícer", "info@surflacicer.com"),
    "Cerrado por vacaciones 🏄", "2027-02-02 10:00:30", "Atlantic/Canary",
    text("""¡Hola!

Estamos cerrados por vacaciones del 1 al 15 de febrero. Volvemos el martes 16 con las pilas cargadas 🌊
Si es urgente, mándanos un WhatsApp al 628 44 19 02.

¡Un abrazo!
El equipo de Surf Escuela La Cícer
Las Palmas de Gran Canaria
"""), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], irt=False, refs=False, style="hex"),
    "Small business closed for holidays; 'volvemos el martes 16' -> 16 February 2027. Atlantic/Canary time.",
    return_date="2027-02-16")

o = Orig("es", JOR, ("Laboratorios Ebre - Facturas", "facturas@labebre.es"), "Laboratorios Ebre S.A.", "company",
         "2026-042", "1.452,00 €", "31/12/2026", "2027-01-11 09:00:00", "Europe/Madrid")
add("auto-reply", "es", auto(o, ("Laboratorios Ebre - Service Desk Finanzas", "jira@labebre.atlassian.net"),
    "[JIRA] (FIN-1234) " + o.subject, "2027-01-11 09:01:17", "Europe/Madrid",
    alt(text("""Hola Jordi Puig i Serra,

Recibimos su solicitud.

FIN-1234: Factura n.º 2026-042 pendiente de pago
Estado: Esperando soporte
Tipo de solicitud: Consulta sobre facturas y pagos

Puede ver y comentar esta solicitud en el portal: https://labebre.atlassian.net/servicedesk/customer/portal/3/FIN-1234

Responda por encima de esta línea para añadir un comentario.

Con la tecnología de Jira Service Management
"""), html("""<div style="font-family:-apple-system,Arial,sans-serif;font-size:14px"><p>Hola Jordi Puig i Serra,</p><p><b>Recibimos su solicitud.</b></p>
<table style="border:1px solid #dfe1e6;padding:8px"><tr><td><a href="https://labebre.atlassian.net/servicedesk/customer/portal/3/FIN-1234">FIN-1234</a>: Factura n.º 2026-042 pendiente de pago</td></tr>
<tr><td>Estado: Esperando soporte</td></tr></table><p style="color:#6b778c;font-size:12px">Con la tecnología de Jira Service Management</p></div>""")),
    extra=[("Auto-Submitted", "auto-generated"), ("X-JIRA-FingerPrint", "7c1e0d8a4b2f6e93a1c5d7b9e0f2a4c6"), ("Precedence", "bulk")], style="hex"),
    "Jira Service Management request acknowledgement in Spanish.")

o = Orig("es", LUC, ("Marta Quiroga", "marta.quiroga@outlook.es"), "Marta Quiroga", "person",
         "2026-055", "302,50 €", "15/01/2027", "2027-01-18 09:10:00", "Europe/Madrid")
add("auto-reply", "es", auto(o, ("Marta Quiroga", "marta.quiroga@outlook.es"),
    "Fuera de la oficina", "2027-01-18 09:10:20", "Europe/Madrid",
    text("""Hola! Estoy en una feria en Milán sin mucho acceso al correo. Vuelvo el miércoles 20 y os contesto a todos.
Un beso,
Marta
""", cs="utf-8", cte="8bit"), irt=True, refs=False, style="outlook"),
    "Hand-made OOO without any RFC 3834 header; 'vuelvo el miércoles 20' with Date Mon 18 Jan 2027 -> 20 January.",
    return_date="2027-01-20")

o = Orig("es", CAR, ("Librería El Drago", "libreriaeldrago@gmail.com"), "Librería El Drago SL", "company",
         "2026-030", "214,00 €", "28/02/2027", "2027-02-22 09:00:00", "Atlantic/Canary", step="courtesy")
add("auto-reply", "es", auto(o, ("Librería El Drago", "libreriaeldrago@gmail.com"),
    "Re: " + o.subject, "2027-02-22 09:02:01", "Atlantic/Canary",
    alt(text("""Gracias por escribirnos. Estamos de vacaciones sin acceso al correo y contestaremos a la vuelta.
La librería sigue abierta en horario habitual (lunes a sábado, de 10 a 14 y de 17 a 20:30).

Librería El Drago
""", cte="qp"), html("""<div dir="ltr">Gracias por escribirnos. Estamos de vacaciones sin acceso al correo y contestaremos a la vuelta.<div>La librería sigue abierta en horario habitual (lunes a sábado, de 10 a 14 y de 17 a 20:30).</div><div><br></div><div>Librería El Drago</div></div>
""", cte="qp"), bstyle="gmail"),
    extra=[("Auto-Submitted", "auto-replied")], style="gmail"),
    "Gmail vacation responder keeping the 'Re:' subject (looks like a reply); no return date.")

# ---- English -------------------------------------------------------------------------------

o = Orig("en", TOM, ("Niamh Brennan", "niamh.brennan@liffeylogistics.ie"), "Liffey Logistics DAC", "company",
         "INV-2026-036", "€984.00", "30 November 2026", "2026-12-10 09:00:00", "Europe/Dublin")
add("auto-reply", "en", auto(o, ("Niamh Brennan", "niamh.brennan@liffeylogistics.ie"),
    "Automatic reply: " + o.subject, "2026-12-10 09:00:07", "Europe/Dublin",
    alt(text("""Hi,

I'm out of the office at the moment and back on Tuesday. I'll reply to your email then.

If it's urgent, please contact accounts@liffeylogistics.ie.

Thanks,
Niamh
"""), html(outlook_html(["Hi,", "I'm out of the office at the moment and back on Tuesday. I'll reply to your email then.",
                        "If it's urgent, please contact <a href=\"mailto:accounts@liffeylogistics.ie\">accounts@liffeylogistics.ie</a>.", "Thanks,", "Niamh"])), bstyle="outlook"),
    extra=exch("niamh.brennan@liffeylogistics.ie", "en-IE") + [("Thread-Topic", o.subject)], style="outlook"),
    "Exchange 'Automatic reply'; 'back on Tuesday' with Date Thursday 10 Dec 2026 -> 15 December.",
    return_date="2026-12-15")

o = Orig("en", PRI, ("Accounts", "accounts@fernhillkitchens.co.uk"), "Fernhill Kitchens Ltd", "company",
         "PS-122", "£540.00", "31 January 2027", "2027-02-03 10:00:00", "Europe/London")
add("auto-reply", "en", auto(o, ("Fernhill Kitchens Accounts", "accounts@fernhillkitchens.co.uk"),
    "This mailbox is no longer monitored", "2027-02-03 10:00:05", "Europe/London",
    text("""Thank you for your email.

Please note this mailbox is no longer monitored. Fernhill Kitchens now uses a new accounts payable system.

Please send all invoices, statements and payment queries to fernhillkitchens@invoices.ap-inbox.com, quoting your supplier number.

Kind regards
Fernhill Kitchens Ltd
Registered in England and Wales No. 08812345. Registered office: Unit 4, Fernhill Trading Estate, Bristol BS3 2QT.
""", cte="7bit"), extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")], irt=False, refs=False, style="outlook"),
    "'Mailbox no longer monitored' auto-reply pointing to a new AP inbox.")

o = Orig("en", PRI, ("Halberd Retail Accounts Payable", "accounts.payable@halberdretail.co.uk"), "Halberd Retail plc", "company",
         "PS-116", "£1,920.00", "30 November 2026", "2026-12-04 09:30:00", "Europe/London")
add("auto-reply", "en", auto(o, ("Halberd Retail Supplier Helpdesk", "support@halberdretail.zendesk.com"),
    "[Halberd Supplier Helpdesk] Re: " + o.subject, "2026-12-04 09:31:02", "Europe/London",
    alt(text("""##- Please type your reply above this line -##

Your request (44810) has been received and is being reviewed by our support staff.

To add additional comments, reply to this email.

Thank you for contacting the Halberd Retail Supplier Helpdesk. We aim to respond to invoice and payment queries within 5 working days. You can check the status of your invoices at any time on the Tungsten Network portal.

This email is a service from Halberd Retail Supplier Helpdesk.
Delivered by Zendesk
[9KQ2ZX-7RMWY]
"""), html("""<div style="color:#b5b5b5">##- Please type your reply above this line -##</div>
<p style="font-family:'Lucida Grande',Verdana,sans-serif;font-size:14px">Your request (44810) has been received and is being reviewed by our support staff.</p>
<p>Thank you for contacting the Halberd Retail Supplier Helpdesk. We aim to respond to invoice and payment queries within 5 working days.</p>
<div style="color:#aaa;font-size:12px">This email is a service from Halberd Retail Supplier Helpdesk. Delivered by <a href="https://www.zendesk.com">Zendesk</a></div>""")),
    extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"),
           ("Reply-To", ("Halberd Retail Supplier Helpdesk", "support+id44810@halberdretail.zendesk.com"))], style="hex"),
    "Zendesk ticket acknowledgement.")

o = Orig("en", DAN, ("Halcyon Games Finance", "finance@halcyongames.com"), "Halcyon Games Ltd", "company",
         "DK-1099", "$1,250.00", "January 31, 2027", "2027-02-05 09:00:00", "America/New_York")
add("auto-reply", "en", auto(o, ("Halcyon Games Finance Support", "finance@halcyongames.freshdesk.com"),
    "Ticket Received - " + o.subject, "2027-02-05 14:00:45", "Europe/London",
    text("""Dear Dan Kowalski,

We would like to acknowledge that we have received your request and a ticket has been created.
A support representative will review your request and will send you a personal response (usually within 24 hours).

Ticket ID: #19022
Subject: Payment reminder – invoice DK-1099
Status: Open

To view the status of the ticket or add comments, please visit
https://halcyongames.freshdesk.com/helpdesk/tickets/19022

Thank you for your patience.

Sincerely,
Halcyon Games Finance Support Team
"""), extra=[("Auto-Submitted", "auto-generated"), ("X-Freshdesk-Ticket-Id", "19022")], style="hex"),
    "Freshdesk 'Ticket Received' acknowledgement (US owner, UK client).")

o = Orig("en", TOM, ("Corrib Outdoor Finance", "finance@corriboutdoor.ie"), "Corrib Outdoor Ltd", "company",
         "INV-2026-039", "€1,476.00", "15 January 2027", "2027-01-19 09:00:00", "Europe/Dublin")
add("auto-reply", "en", auto(o, ("Corrib Outdoor Finance Desk", "jira@corriboutdoor.atlassian.net"),
    "FIN-2231 " + o.subject, "2027-01-19 09:00:58", "Europe/Dublin",
    html("""<div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Arial,sans-serif;font-size:14px;color:#172b4d">
<p style="color:#6b778c;font-size:12px">— Reply above this line.</p>
<p>Hi Tom Byrne,</p>
<p>We've received your request: <a href="https://corriboutdoor.atlassian.net/servicedesk/customer/portal/2/FIN-2231">FIN-2231 Payment reminder – invoice INV-2026-039</a>.</p>
<p>Our finance team works through requests in the order they arrive. You'll get an email when someone comments or the status changes.</p>
<table style="border:1px solid #dfe1e6;border-radius:3px;padding:8px;font-size:13px"><tr><td>Request type</td><td>Supplier payment query</td></tr><tr><td>Status</td><td>Waiting for support</td></tr></table>
<p style="color:#6b778c;font-size:12px">Powered by Jira Service Management</p></div>"""),
    extra=[("Auto-Submitted", "auto-generated"), ("X-JIRA-FingerPrint", "2f8b1c7e6d4a9e01b3c5d7f9a2e4c6b8"), ("Precedence", "bulk")], style="hex"),
    "Jira Service Management request received, HTML only.")

o = Orig("en", DAN, ("Northbeam AP", "ap@northbeam-analytics.com"), "Northbeam Analytics Inc.", "company",
         "DK-1096", "$2,600.00", "January 15, 2027", "2027-01-20 09:00:00", "America/New_York")
add("auto-reply", "en", auto(o, ("Northbeam Accounts Payable", "ap@northbeam-analytics.com"),
    "Auto: Your message has been received by Accounts Payable", "2027-01-20 09:00:14", "America/Denver",
    text("""Thank you for contacting Northbeam Analytics Accounts Payable. This is an automated response confirming that your message has been received.

Please note:
- Vendor payments are processed weekly in our Thursday payment run, on net-30 terms from the invoice approval date.
- Invoices must reference a valid Northbeam PO number.
- To check the status of an invoice, log in to our BILL vendor portal.

We will respond to inquiries within 3-5 business days. Please do not resend your message, as duplicates delay processing.

Northbeam Analytics Inc. | Accounts Payable | Denver, CO
""", cte="7bit"), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], style="outlook"),
    "AP auto-acknowledgement; 'Thursday payment run' is policy boilerplate, not a promise.")

o = Orig("en", PRI, ("James Okafor", "james.okafor@alderwood.co.uk"), "Alder & Wood LLP", "company",
         "PS-123", "£780.00", "18 December 2026", "2026-12-21 09:00:00", "Europe/London")
add("auto-reply", "en", auto(o, ("James Okafor", "james.okafor@alderwood.co.uk"),
    "Out of Office: " + o.subject, "2026-12-21 09:00:03", "Europe/London",
    text("""Thank you for your email. The office is closed over the Christmas period and I am returning Monday 4th January.

For anything urgent before then please call reception on 020 7946 0321.

James Okafor
Practice Manager, Alder & Wood LLP

This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Alder & Wood LLP is a limited liability partnership registered in England and Wales (OC401234) and is authorised and regulated by the Solicitors Regulation Authority.
""", cs="iso-8859-1", cte="qp"), extra=exch("james.okafor@alderwood.co.uk", "en-GB"), style="outlook"),
    "UK law firm OOO; 'returning Monday 4th January' -> 2027-01-04.",
    return_date="2027-01-04")

o = Orig("en", TOM, ("Saoirse Kelly", "saoirse@kellyceramics.ie"), "Saoirse Kelly", "person",
         "INV-2026-041", "€350.00", "20 January 2027", "2027-01-25 10:00:00", "Europe/Dublin")
add("auto-reply", "en", auto(o, ("Saoirse Kelly", "saoirse@kellyceramics.ie"),
    "Auto-reply: " + o.subject, "2027-01-25 10:00:09", "Europe/Dublin",
    text("""Hi there,

I'm currently on parental leave and checking emails only occasionally. For orders and wholesale enquiries please contact my studio assistant Aoife at hello@kellyceramics.ie.

Thanks for your patience!
Saoirse
""", cte="qp"), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], style="hex"),
    "Parental leave auto-reply, no return date.")

o = Orig("en", DAN, ("Brightline Media Accounting", "accounting@brightlinemedia.com"), "Brightline Media LLC", "company",
         "DK-1093", "$980.00", "November 20, 2026", "2026-11-25 10:00:00", "America/New_York")
add("auto-reply", "en", auto(o, ("Brightline Media", "accounting@brightlinemedia.com"),
    "Office closed: " + o.subject, "2026-11-25 10:00:06", "America/Chicago",
    text("""Happy Thanksgiving!

Our offices are closed for the Thanksgiving holiday and will reopen on Monday, November 30. Messages received during this time will be answered in the order they were received.

Wishing you and your family a wonderful holiday,
The Brightline Media Team
""", cte="7bit"), extra=[("Auto-Submitted", "auto-replied")], style="outlook"),
    "US holiday closure auto-reply; reopens Monday 30 November 2026.",
    return_date="2026-11-30")

o = Orig("en", PRI, ("Rob Hollis", "rob@hollisanddaughters.com"), "Rob Hollis", "person",
         "PS-124", "£480.00", "31 January 2027", "2027-02-03 12:00:00", "Europe/London")
add("auto-reply", "en", auto(o, ("Rob Hollis", "rob@hollisanddaughters.com"),
    "Re: " + o.subject, "2027-02-03 12:00:40", "Europe/London",
    text("""Hi, thanks for getting in touch. I'm travelling with very limited access to email and will be back in the office on Friday 12th. I'll respond to your message then.

Rob
""", cte="7bit"), irt=True, refs=True, style="date"),
    "Auto-reply with no RFC 3834 headers that looks like a human 'Re:'; the text is a vacation message. "
    "'back in the office on Friday 12th' -> 12 February 2027.",
    return_date="2027-02-12")

o = Orig("en", TOM, ("Declan Murphy", "declan@murphyconsulting.ie"), "Declan Murphy", "person",
         "INV-2026-042", "€615.00", "18 December 2026", "2026-12-22 09:00:00", "Europe/Dublin")
add("auto-reply", "en", auto(o, ("Declan Murphy", "declan@murphyconsulting.ie"),
    "Away: " + o.subject, "2026-12-22 09:00:16", "Europe/Dublin",
    alt(text("""Hello,

I'm away until after the New Year and won't be checking email regularly. I'll be in touch when I'm back.

Happy Christmas!
Declan
"""), html("""<div dir="ltr">Hello,<br><br>I'm away until after the New Year and won't be checking email regularly. I'll be in touch when I'm back.<br><br>Happy Christmas!<br>Declan</div>""")),
    extra=[("Auto-Submitted", "auto-replied")], style="gmail"),
    "Vague return ('until after the New Year'): no return_date.")


# ============================================================================================
# BOUNCES
# ============================================================================================

def sent_copy(orig, mta, qid):
    """The reminder as the owner's outgoing MTA queued it (for message/rfc822 parts)."""
    rcv = (f"Return-Path: <{orig.owner[1]}>\nReceived: from [192.168.1.23] (unknown [93.41.12.77])\n"
           f"\t(Authenticated sender: {orig.owner[1]})\n\tby {mta} with ESMTPSA id {qid}\n"
           f"\tfor <{orig.to[1]}>; {orig.date}\n").encode()
    return rcv + orig.bytes()


def bounce(orig, frm, subject, date, tz, body, extra=(), to=None, style="date", crlf=False, irt=False,
           auto_hdr=True, rp="<>"):
    dom = frm[1].split("@")[1] if isinstance(frm, tuple) else frm.split("@")[1]
    hdrs = [("Return-Path", rp), ("From", frm), ("To", to or orig.owner), ("Subject", subject),
            ("Date", dt(date, tz)), ("Message-ID", mid(dom, style))]
    if irt:
        hdrs += [("In-Reply-To", orig.msgid), ("References", orig.msgid)]
    if auto_hdr:
        hdrs.append(("Auto-Submitted", "auto-replied"))
    hdrs += list(extra)
    return build(hdrs, body, crlf=crlf).replace(b"/mail.example", ("/" + dom.split(".", 1)[-1] if dom.startswith("MAILER") else "/" + dom).encode())


def arrival(orig):
    return orig.date


# ---- Italian -------------------------------------------------------------------------------

o = Orig("it", ALE, ("Mauro Colombo", "m.colombo@serramenticolombo.it"), "Serramenti Colombo S.r.l.", "company",
         "42/2026", "1.586,00 €", "30/11/2026", "2026-12-02 09:00:00", "Europe/Rome")
add("bounce", "it", bounce(o, ("Sistema di consegna posta", "MAILER-DAEMON@smtpdh01.ad.aruba.it"),
    "Messaggio non recapitato: " + o.subject, "2026-12-02 09:00:09", "Europe/Rome",
    report(text("""Questo è il sistema di posta elettronica di Aruba (smtpdh01.ad.aruba.it).

Siamo spiacenti di informarti che non è stato possibile consegnare il messaggio
allegato a uno o più destinatari. Si tratta di un errore permanente: il messaggio
non verrà inviato di nuovo.

Per assistenza puoi contattare il servizio clienti Aruba indicando il testo
di questo avviso.

                   Il sistema di posta

<m.colombo@serramenticolombo.it>: l'host mx.serramenticolombo.it[192.0.2.44] ha
    risposto: 550 5.1.1 <m.colombo@serramenticolombo.it>: Recipient address
    rejected: User unknown in virtual mailbox table (in risposta al comando RCPT TO)
"""), dsn_fields("""Reporting-MTA: dns; smtpdh01.ad.aruba.it
X-Postfix-Queue-ID: 4TcZ1k3Hqvz1xqp
X-Postfix-Sender: rfc822; alessandra@example.it
Arrival-Date: Wed,  2 Dec 2026 09:00:04 +0100 (CET)

Final-Recipient: rfc822; m.colombo@serramenticolombo.it
Original-Recipient: rfc822;m.colombo@serramenticolombo.it
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.serramenticolombo.it
Diagnostic-Code: smtp; 550 5.1.1 <m.colombo@serramenticolombo.it>: Recipient
    address rejected: User unknown in virtual mailbox table
"""), rfc822(sent_copy(o, "smtpdh01.ad.aruba.it (Postfix)", "4TcZ1k3Hqvz1xqp")), bstyle="postfix")),
    "Italian-localised Postfix DSN from Aruba: user unknown, permanent.",
    failed_recipient="m.colombo@serramenticolombo.it", permanent=True)

o = Orig("it", ALE_PEC, ("Serramenti Colombo S.r.l.", "serramenticolombo@pec.serramenticolombo.it"), "Serramenti Colombo S.r.l.",
         "company", "42/2026", "1.586,00 €", "30/11/2026", "2027-01-12 10:12:33", "Europe/Rome",
         subject="Diffida di pagamento e costituzione in mora – fattura n. 42/2026",
         body="""Oggetto: diffida di pagamento e costituzione in mora – fattura n. 42/2026

Spett.le Serramenti Colombo S.r.l.,

nonostante i precedenti solleciti, la fattura n. 42/2026 di 1.586,00 €, scaduta il 30/11/2026, risulta ancora da saldare.

Con la presente chiedo formalmente il pagamento dell'importo dovuto entro il 27/01/2027. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile.

Cordiali saluti,
Alessandra Rossi
""")
daticert = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest">
  <intestazione>
    <mittente>alessandra.rossi@pec.it</mittente>
    <destinatari tipo="certificato">serramenticolombo@pec.serramenticolombo.it</destinatari>
    <risposte>alessandra.rossi@pec.it</risposte>
    <oggetto>Diffida di pagamento e costituzione in mora – fattura n. 42/2026</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100">
      <giorno>12/01/2027</giorno>
      <ora>10:12:41</ora>
    </data>
    <identificativo>opec21012.20270112101233.118422.07.1.48@pec.aruba.it</identificativo>
    <msgid>""" + o.msgid.replace("<", "&lt;").replace(">", "&gt;") + """</msgid>
    <consegna>serramenticolombo@pec.serramenticolombo.it</consegna>
    <errore-esteso>5.1.1 - Aruba Pec S.p.A. - indirizzo non valido</errore-esteso>
  </dati>
</postacert>
"""
add("bounce", "it", bounce(o, ("Per conto di: alessandra.rossi@pec.it", "posta-certificata@pec.aruba.it"),
    "AVVISO DI MANCATA CONSEGNA: " + o.subject, "2027-01-12 10:12:41", "Europe/Rome",
    mixed(alt(text("""Avviso di mancata consegna

Il giorno 12/01/2027 alle ore 10:12:33 (+0100) nel messaggio
"Diffida di pagamento e costituzione in mora – fattura n. 42/2026" proveniente da "alessandra.rossi@pec.it"
ed indirizzato a:
serramenticolombo@pec.serramenticolombo.it
è stato rilevato un errore 5.1.1 - Aruba Pec S.p.A. - indirizzo non valido
Il messaggio è stato rifiutato dal sistema.

Identificativo messaggio: opec21012.20270112101233.118422.07.1.48@pec.aruba.it
"""), html("""<html><body><p><b>Avviso di mancata consegna</b></p>
<p>Il giorno 12/01/2027 alle ore 10:12:33 (+0100) nel messaggio<br>"Diffida di pagamento e costituzione in mora – fattura n. 42/2026" proveniente da "alessandra.rossi@pec.it"<br>
ed indirizzato a:<br>serramenticolombo@pec.serramenticolombo.it<br>è stato rilevato un errore 5.1.1 - Aruba Pec S.p.A. - indirizzo non valido<br>Il messaggio è stato rifiutato dal sistema.</p>
<p>Identificativo messaggio: opec21012.20270112101233.118422.07.1.48@pec.aruba.it</p></body></html>""")),
        attach("daticert.xml", "application/xml", daticert.encode("utf-8")),
        attach("smime.p7s", "application/pkcs7-signature", b"0\x82\x0b\x1a\x06\t*\x86H\x86\xf7\r\x01\x07\x02" + bytes(range(64)))),
    to=ALE_PEC, auto_hdr=False, rp="<posta-certificata@pec.aruba.it>", extra=[("X-Riferimento-Message-ID", o.msgid), ("X-Ricevuta", "errore-consegna"), ("X-Trasporto", "errore"),
                       ("X-VerificaSicurezza", "errore")], style="hex"),
    "PEC (Italian certified mail) 'avviso di mancata consegna' for a formal notice: not a multipart/report, "
    "but a delivery failure: the PEC address is invalid (5.1.1), permanent.",
    failed_recipient="serramenticolombo@pec.serramenticolombo.it", permanent=True)

o = Orig("it", DAV, ("Mario Galli", "mario.galli@edilgalli.it"), "Edil Galli S.r.l.", "company",
         "39/2026", "2.135,00 €", "15/12/2026", "2026-12-18 09:00:00", "Europe/Rome")
add("bounce", "it", bounce(o, ("Microsoft Outlook", "postmaster@marchettifoto.it"),
    "Non recapitabile: " + o.subject, "2026-12-18 09:00:05", "Europe/Rome",
    report(alt(text("""Recapito non riuscito a questi destinatari o gruppi:

mario.galli@edilgalli.it (mario.galli@edilgalli.it)
Impossibile trovare l'indirizzo di posta elettronica immesso. Controllare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare l'help desk.

Informazioni di diagnostica per gli amministratori:

Server di generazione: VI1PR08MB5327.eurprd08.prod.outlook.com

mario.galli@edilgalli.it
Il server remoto ha restituito '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient mario.galli@edilgalli.it not found by SMTP address lookup'

Intestazioni messaggio originale:

From: Davide Marchetti <davide@marchettifoto.it>
To: Mario Galli <mario.galli@edilgalli.it>
Subject: Sollecito di pagamento – fattura n. 39/2026
"""), html("""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body dir="ltr">
<p><b><font color="#000066" size="3" face="Arial">Impossibile recapitare il messaggio a mario.galli@edilgalli.it</font></b></p>
<table width="100%" cellpadding="0" cellspacing="0" style="font-family:'Segoe UI',Arial;font-size:14px"><tr><td>
<p>Recapito non riuscito a questi destinatari o gruppi:</p>
<p><a href="mailto:mario.galli@edilgalli.it">mario.galli@edilgalli.it</a> (mario.galli@edilgalli.it)<br>
Impossibile trovare l'indirizzo di posta elettronica immesso. Controllare l'indirizzo di posta elettronica del destinatario e provare a inviare di nuovo il messaggio. Se il problema persiste, contattare l'help desk.</p>
<p style="font-size:12px;color:#666">Informazioni di diagnostica per gli amministratori:<br>Server di generazione: VI1PR08MB5327.eurprd08.prod.outlook.com<br>
mario.galli@edilgalli.it<br>Il server remoto ha restituito '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient mario.galli@edilgalli.it not found by SMTP address lookup'</p>
</td></tr></table></body></html>""")), dsn_fields("""Reporting-MTA: dns;VI1PR08MB5327.eurprd08.prod.outlook.com
Received-From-MTA: dns;VI1PR08MB5327.eurprd08.prod.outlook.com
Arrival-Date: Fri, 18 Dec 2026 08:00:01 +0000

Final-Recipient: rfc822;mario.galli@edilgalli.it
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient mario.galli@edilgalli.it not found by SMTP address lookup
"""), rfc822_headers(o.bytes()), bstyle="outlook"),
    extra=[("Content-Language", "it-IT"), ("X-MS-Exchange-Message-Is-Ndr", ""), ("X-MS-PublicTrafficType", "Email")],
    style="outlook"),
    "Exchange Online NDR localised in Italian ('Non recapitabile'); recipient not found, permanent.",
    failed_recipient="mario.galli@edilgalli.it", permanent=True)

o = Orig("it", DAV, ("Bar Sport", "bar.sport.lodi@libero.it"), "Bar Sport di Ferrari Luca", "company",
         "43/2026", "183,00 €", "20/12/2026", "2027-01-07 10:00:00", "Europe/Rome")
add("bounce", "it", bounce(o, ("Mail Delivery Subsystem", "MAILER-DAEMON@libero.it"),
    "Messaggio non consegnato", "2027-01-07 10:00:41", "Europe/Rome",
    report(text("""Gentile utente,

il messaggio che hai inviato non è stato consegnato al seguente destinatario:

    bar.sport.lodi@libero.it

Motivo: la casella di posta del destinatario risulta disattivata per inutilizzo
e non può ricevere messaggi.

Dettagli tecnici: 550 5.2.1 <bar.sport.lodi@libero.it>: mailbox disabled

Questo è un messaggio generato automaticamente, ti preghiamo di non rispondere.
Italiaonline S.p.A.
""", cs="iso-8859-1", cte="qp"), dsn_fields("""Reporting-MTA: dns; smtp-in.libero.it
Arrival-Date: Thu, 7 Jan 2027 10:00:12 +0100

Final-Recipient: rfc822; bar.sport.lodi@libero.it
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; 550 5.2.1 <bar.sport.lodi@libero.it>: mailbox disabled
"""), rfc822(o.bytes()), bstyle="java"), style="date"),
    "Italiaonline/Libero bounce: recipient mailbox disabled, permanent; Italian text.",
    failed_recipient="bar.sport.lodi@libero.it", permanent=True)

o = Orig("it", GIO, ("Cartoleria Moretti", "amministrazione@cartoleriamoretti.it"), "Cartoleria Moretti s.a.s.", "company",
         "52/2026", "671,00 €", "31/12/2026", "2027-01-14 09:00:00", "Europe/Rome")
add("bounce", "it", bounce(o, ("Mail Delivery System", "MAILER-DAEMON@smtp.register.it"),
    "Avviso: consegna del messaggio ritardata", "2027-01-14 13:05:22", "Europe/Rome",
    report(text("""Questo è il sistema di posta di smtp.register.it.

######################################################################
# QUESTO È SOLO UN AVVISO. NON È NECESSARIO REINVIARE IL MESSAGGIO.  #
######################################################################

Non è stato possibile consegnare il tuo messaggio da più di 4 ore.
Il sistema continuerà a tentare la consegna fino a 5 giorni dall'invio.

                   Il sistema di posta

<amministrazione@cartoleriamoretti.it>: l'host mx.cartoleriamoretti.it[203.0.113.80]
    ha risposto: 452 4.2.2 <amministrazione@cartoleriamoretti.it>: Mailbox full,
    quota exceeded (in risposta al comando RCPT TO)
"""), dsn_fields("""Reporting-MTA: dns; smtp.register.it
X-Postfix-Queue-ID: 4Tf02q1sGbz9t7L
X-Postfix-Sender: rfc822; giorgio@salatraduzioni.it
Arrival-Date: Thu, 14 Jan 2027 09:00:03 +0100 (CET)

Final-Recipient: rfc822; amministrazione@cartoleriamoretti.it
Original-Recipient: rfc822;amministrazione@cartoleriamoretti.it
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.cartoleriamoretti.it
Diagnostic-Code: smtp; 452 4.2.2 <amministrazione@cartoleriamoretti.it>: Mailbox
    full, quota exceeded
Will-Retry-Until: Tue, 19 Jan 2027 09:00:03 +0100 (CET)
"""), rfc822_headers(sent_copy(o, "smtp.register.it (Postfix)", "4Tf02q1sGbz9t7L")), bstyle="postfix")),
    "Delay warning (Action: delayed) for a full mailbox: still being retried, temporary.",
    failed_recipient="amministrazione@cartoleriamoretti.it", permanent=False)

o = Orig("it", ELE, ("Pasticceria Dolce Vita", "ordini.dolcevita@gmail.com"), "Pasticceria Dolce Vita", "company",
         "9/2027", "244,00 €", "10/02/2027", "2027-02-12 18:20:00", "Europe/Rome")
add("bounce", "it", bounce(o, ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    "Delivery Status Notification (Delay)", "2027-02-13 00:31:07", "Europe/Rome",
    report(alt(text("""** Recapito incompleto **

Si è verificato un problema temporaneo durante il recapito del messaggio a ordini.dolcevita@gmail.com. Gmail riproverà per altre 41 ore. Riceverai una notifica se il recapito non va a buon fine in modo definitivo.

La risposta del server remoto è stata:
452 4.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp
"""), html("""<html><head><style>* {font-family:Roboto,"Helvetica Neue",Helvetica,Arial,sans-serif;}</style></head><body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff"><tbody><tr><td>
<table cellpadding="0" cellspacing="0"><tbody><tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<span style="font-size:24px;color:#212121">Recapito incompleto</span>
<p style="font-size:16px;line-height:24px;color:#212121">Si è verificato un problema temporaneo durante il recapito del messaggio a <a style="color:#212121;text-decoration:none"><b>ordini.dolcevita@gmail.com</b></a>. Gmail riproverà per altre 41 ore. Riceverai una notifica se il recapito non va a buon fine in modo definitivo.</p>
<p style="font-size:12px;color:#757575">La risposta del server remoto è stata:</p>
<p style="font-size:12px;color:#212121;font-family:monospace">452 4.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp</p>
</td></tr></tbody></table></td></tr></tbody></table></body></html>"""), bstyle="gmail"),
        dsn_fields("""Reporting-MTA: dns; googlemail.com
Arrival-Date: Fri, 12 Feb 2027 09:20:00 -0800 (PST)
X-Original-Message-ID: """ + o.msgid + """

Final-Recipient: rfc822; ordini.dolcevita@gmail.com
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; The recipient's inbox is out of storage space and inactive.
Last-Attempt-Date: Fri, 12 Feb 2027 15:31:07 -0800 (PST)
Will-Retry-Until: Sun, 14 Feb 2027 09:20:00 -0800 (PST)
"""), rfc822_headers(o.bytes()), bstyle="gmail"), style="gmail"),
    "Gmail delay DSN localised in Italian ('Recapito incompleto'), mailbox over quota: temporary, still retrying.",
    failed_recipient="ordini.dolcevita@gmail.com", permanent=False)

# ---- Spanish -------------------------------------------------------------------------------

o = Orig("es", LUC, ("Talleres Gómez", "talleresgomez@telefonica.net"), "Talleres Gómez e Hijos SL", "company",
         "2026-046", "423,50 €", "25/11/2026", "2026-11-30 09:00:00", "Europe/Madrid")
add("bounce", "es", bounce(o, ("Postmaster", "postmaster@telefonica.net"),
    "Mensaje no entregado: " + o.subject, "2026-11-30 09:01:40", "Europe/Madrid",
    report(text("""Este es el sistema de correo de Movistar (buzon.telefonica.net).

Lamentamos informarle de que su mensaje no ha podido entregarse a uno o más
destinatarios. Se adjunta el mensaje original.

Este es un error permanente: no se volverá a intentar la entrega.

<talleresgomez@telefonica.net>: usuario desconocido
    550 5.1.1 <talleresgomez@telefonica.net>... User unknown

Si necesita ayuda, contacte con el administrador de correo indicando este informe.
""", cs="iso-8859-1", cte="qp"), dsn_fields("""Reporting-MTA: dns; buzon.telefonica.net
Received-From-MTA: DNS; smtp.dinahosting.com
Arrival-Date: Mon, 30 Nov 2026 09:00:04 +0100

Final-Recipient: RFC822; talleresgomez@telefonica.net
Action: failed
Status: 5.1.1
Diagnostic-Code: SMTP; 550 5.1.1 <talleresgomez@telefonica.net>... User unknown
Last-Attempt-Date: Mon, 30 Nov 2026 09:01:40 +0100
"""), rfc822(o.bytes()), bstyle="plain"), style="date"),
    "Movistar/Telefónica bounce in Spanish: user unknown, permanent.",
    failed_recipient="talleresgomez@telefonica.net", permanent=True)

o = Orig("es", CAR, ("Cafetería La Marea", "administracion@cafeterialamarea.es"), "Cafetería La Marea SL", "company",
         "2026-029", "642,00 €", "31/01/2027", "2027-02-09 09:00:00", "Atlantic/Canary")
add("bounce", "es", bounce(o, ("Mail Delivery System", "mailer-daemon@kundenserver.de"),
    "Error en la entrega del correo: se devuelve el mensaje al remitente", "2027-02-09 09:00:03", "Atlantic/Canary",
    report(text("""Este mensaje ha sido creado automáticamente por el software de entrega de correo.

No se ha podido entregar el mensaje a uno o más destinatarios.
Este es un error permanente. Las siguientes direcciones han fallado:

  administracion@cafeterialamarea.es
    host or domain name not found. Name service error for
    name=cafeterialamarea.es type=MX: Host not found

--
IONOS Mail Delivery
"""), dsn_fields("""Reporting-MTA: dns; mout.kundenserver.de
Arrival-Date: Tue, 9 Feb 2027 10:00:01 +0100

Final-Recipient: rfc822; administracion@cafeterialamarea.es
Action: failed
Status: 5.1.2
Diagnostic-Code: X-Postfix; Host or domain name not found. Name service error
    for name=cafeterialamarea.es type=MX: Host not found
"""), rfc822(sent_copy(o, "mout.kundenserver.de (mreue106)", "1MxVXh-1t7zQ40")), bstyle="plain"), style="hex"),
    "IONOS bounce in Spanish: the client's domain no longer exists (Host not found), permanent.",
    failed_recipient="administracion@cafeterialamarea.es", permanent=True)

o = Orig("es", CAR, ("Hotel Rural Las Palmeras", "reservas@hotelrurallaspalmeras.es"), "Hotel Rural Las Palmeras SL", "company",
         "2026-028", "856,00 €", "20/01/2027", "2027-01-25 09:00:00", "Atlantic/Canary")
add("bounce", "es", bounce(o, ("Mail Delivery System", "mailer-daemon@kundenserver.de"),
    "Aviso: el mensaje aún no ha sido entregado", "2027-01-26 09:14:27", "Atlantic/Canary",
    report(text("""Este mensaje ha sido creado automáticamente por el software de entrega de correo.

Un mensaje que usted envió aún no ha sido entregado a uno o más destinatarios
después de más de 24 horas en la cola de mout.kundenserver.de.

El mensaje identificado como <""" + o.msgid.strip("<>") + """> tiene como asunto:

  Factura n.º 2026-028 pendiente de pago

La dirección a la que aún no se ha entregado es:

  reservas@hotelrurallaspalmeras.es
    host mx00.hotelrurallaspalmeras.es [198.51.100.61]
    452 4.2.2 Quota exceeded (mailbox for user is full)

No es necesario hacer nada todavía. El software de entrega de correo seguirá
intentando entregar el mensaje durante 4 días más y le avisará si finalmente
no es posible.
"""), dsn_fields("""Reporting-MTA: dns; mout.kundenserver.de

Final-Recipient: rfc822; reservas@hotelrurallaspalmeras.es
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx00.hotelrurallaspalmeras.es
Diagnostic-Code: smtp; 452 4.2.2 Quota exceeded (mailbox for user is full)
Will-Retry-Until: Sat, 30 Jan 2027 10:00:02 +0100
"""), rfc822_headers(o.bytes()), bstyle="plain"), style="hex"),
    "Exim-style delay warning in Spanish (IONOS): mailbox full, still retrying: temporary.",
    failed_recipient="reservas@hotelrurallaspalmeras.es", permanent=False)

o = Orig("es", JOR, ("Núria Vidal", "nvidal@mirall.coop"), "Agència Mirall SCCL", "company",
         "2026-045", "726,00 €", "31/12/2026", "2027-01-05 09:00:00", "Europe/Madrid")
add("bounce", "es", bounce(o, ("Microsoft Outlook", "postmaster@puigtraduccions.cat"),
    "No se puede entregar: " + o.subject, "2027-01-05 09:00:06", "Europe/Madrid",
    report(alt(text("""No se pudo entregar a estos destinatarios o grupos:

nvidal@mirall.coop (nvidal@mirall.coop)
El buzón del destinatario está deshabilitado y no puede recibir mensajes. Póngase en contacto con el destinatario por otro medio.

Información de diagnóstico para administradores:

Servidor de generación: DB9PR02MB7210.eurprd02.prod.outlook.com

nvidal@mirall.coop
Servidor remoto devuelto '550 5.2.1 mailbox disabled for nvidal@mirall.coop'

Encabezados del mensaje original:

From: Jordi Puig <jordi@puigtraduccions.cat>
To: Núria Vidal <nvidal@mirall.coop>
Subject: Factura n.º 2026-045 pendiente de pago
""", cte="b64"), html("""<html><head><meta charset="utf-8"></head><body dir="ltr"><p><b><font color="#000066" size="3" face="Arial">No se pudo entregar el mensaje a nvidal@mirall.coop</font></b></p>
<p style="font-family:'Segoe UI';font-size:14px">El buzón del destinatario está deshabilitado y no puede recibir mensajes. Póngase en contacto con el destinatario por otro medio.</p>
<p style="font-size:12px;color:#666">Servidor de generación: DB9PR02MB7210.eurprd02.prod.outlook.com<br>Servidor remoto devuelto '550 5.2.1 mailbox disabled for nvidal@mirall.coop'</p></body></html>""", cte="b64")),
        dsn_fields("""Reporting-MTA: dns;DB9PR02MB7210.eurprd02.prod.outlook.com
Received-From-MTA: dns;DB9PR02MB7210.eurprd02.prod.outlook.com
Arrival-Date: Tue, 5 Jan 2027 08:00:02 +0000

Final-Recipient: rfc822;nvidal@mirall.coop
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp;550 5.2.1 mailbox disabled for nvidal@mirall.coop
"""), rfc822_headers(o.bytes()), bstyle="outlook"),
    extra=[("Content-Language", "es-ES"), ("X-MS-Exchange-Message-Is-Ndr", "")], style="outlook", crlf=True),
    "Exchange Online NDR in Spanish ('No se puede entregar'), mailbox disabled: permanent. CRLF line ends, "
    "base64 human parts.",
    failed_recipient="nvidal@mirall.coop", permanent=True)

o = Orig("es", PAB, ("Bodegas Viña Cerrada", "pedidos@vinacerrada.com"), "Bodegas Viña Cerrada SA", "company",
         "2026-061", "1.331,00 €", "15/12/2026", "2026-12-21 19:00:00", "Europe/Madrid")
add("bounce", "es", bounce(o, ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    "Delivery Status Notification (Failure)", "2026-12-21 19:00:04", "Europe/Madrid",
    report(alt(text("""** Dirección no encontrada **

Tu mensaje no se ha entregado a pedidos@vinacerrada.com porque no se ha encontrado la dirección o esta no puede recibir correo.

Más información: https://support.google.com/mail/?p=NoSuchUser

La respuesta del servidor remoto ha sido:
550 5.1.1 <pedidos@vinacerrada.com>: Recipient address rejected: User unknown in virtual mailbox table
"""), html("""<html><body><table cellpadding="0" cellspacing="0" style="padding-top:32px"><tr><td style="max-width:560px;padding:24px;background:#fafafa;border:1px solid #e0e0e0">
<span style="font-size:24px;color:#212121">Dirección no encontrada</span>
<p style="font-size:16px;color:#212121">Tu mensaje no se ha entregado a <b>pedidos@vinacerrada.com</b> porque no se ha encontrado la dirección o esta no puede recibir correo.</p>
<p style="font-size:12px;color:#757575">La respuesta del servidor remoto ha sido:</p>
<p style="font-size:12px;font-family:monospace">550 5.1.1 &lt;pedidos@vinacerrada.com&gt;: Recipient address rejected: User unknown in virtual mailbox table</p></td></tr></table></body></html>"""), bstyle="gmail"),
        dsn_fields("""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; pabloortega.foto@gmail.com
Arrival-Date: Mon, 21 Dec 2026 10:00:01 -0800 (PST)
X-Original-Message-ID: """ + o.msgid + """

Final-Recipient: rfc822; pedidos@vinacerrada.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; mail.vinacerrada.com. (185.42.104.9, the server for the domain vinacerrada.com.)
Diagnostic-Code: smtp; 550 5.1.1 <pedidos@vinacerrada.com>: Recipient address rejected: User unknown in virtual mailbox table
Last-Attempt-Date: Mon, 21 Dec 2026 10:00:04 -0800 (PST)
"""), rfc822(o.bytes()), bstyle="gmail"), style="gmail"),
    "Gmail failure DSN localised in Spanish ('Dirección no encontrada'): permanent.",
    failed_recipient="pedidos@vinacerrada.com", permanent=True)

o = Orig("es", LUC, ("Cadena Óptica Meridiana", "contabilidad@opticameridiana.es"), "Cadena Óptica Meridiana S.L.", "company",
         "2026-054", "1.089,00 €", "15/01/2027", "2027-01-19 09:00:00", "Europe/Madrid")
add("bounce", "es", bounce(o, ("Sistema de entrega de correo", "MAILER-DAEMON@smtp.dinahosting.com"),
    "Correo retrasado (se sigue reintentando)", "2027-01-19 13:02:10", "Europe/Madrid",
    report(text("""Este es el sistema de correo de smtp.dinahosting.com.

####################################################################
# ESTO ES SOLO UN AVISO. NO ES NECESARIO REENVIAR EL MENSAJE.      #
####################################################################

Su mensaje no ha podido entregarse durante más de 4 horas.
Se seguirá reintentando hasta que tenga 5 días de antigüedad.

                   El sistema de correo

<contabilidad@opticameridiana.es>: el servidor mx1.opticameridiana.es[192.0.2.150]
    respondió: 450 4.7.1 <contabilidad@opticameridiana.es>: Recipient address
    rejected: Greylisted, see http://postgrey.schweikert.ch/help/opticameridiana.es.html
    (en respuesta al comando RCPT TO)
"""), dsn_fields("""Reporting-MTA: dns; smtp.dinahosting.com
X-Postfix-Queue-ID: 4TgK8s0y2Lz3wQn
X-Postfix-Sender: rfc822; lucia@martinestudio.es
Arrival-Date: Tue, 19 Jan 2027 09:00:04 +0100 (CET)

Final-Recipient: rfc822; contabilidad@opticameridiana.es
Original-Recipient: rfc822;contabilidad@opticameridiana.es
Action: delayed
Status: 4.7.1
Remote-MTA: dns; mx1.opticameridiana.es
Diagnostic-Code: smtp; 450 4.7.1 <contabilidad@opticameridiana.es>: Recipient
    address rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/opticameridiana.es.html
Will-Retry-Until: Sun, 24 Jan 2027 09:00:04 +0100 (CET)
"""), rfc822_headers(sent_copy(o, "smtp.dinahosting.com (Postfix)", "4TgK8s0y2Lz3wQn")), bstyle="postfix"), style="date"),
    "Postfix delay warning in Spanish, greylisting (450 4.7.1): temporary.",
    failed_recipient="contabilidad@opticameridiana.es", permanent=False)

# ---- English -------------------------------------------------------------------------------

o = Orig("en", PRI, ("Jo Pryce", "j.pryce@pryceandco.co.uk"), "Jo Pryce", "person",
         "PS-117", "£640.00", "20 November 2026", "2026-11-24 09:00:00", "Europe/London")
add("bounce", "en", bounce(o, ("Mail Delivery System", "MAILER-DAEMON@mail.shahcopy.co.uk"),
    "Undelivered Mail Returned to Sender", "2026-11-24 09:00:02", "Europe/London",
    report(text("""This is the mail system at host mail.shahcopy.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<j.pryce@pryceandco.co.uk>: host mx1.pryceandco.co.uk[203.0.113.25] said: 550
    5.1.1 <j.pryce@pryceandco.co.uk>: Recipient address rejected: User unknown
    in local recipient table (in reply to RCPT TO command)
""", cs="us-ascii", cte="7bit"), dsn_fields("""Reporting-MTA: dns; mail.shahcopy.co.uk
X-Postfix-Queue-ID: 4TZm0B6Lq2z1yQF
X-Postfix-Sender: rfc822; priya@shahcopy.co.uk
Arrival-Date: Tue, 24 Nov 2026 09:00:01 +0000 (GMT)

Final-Recipient: rfc822; j.pryce@pryceandco.co.uk
Original-Recipient: rfc822;j.pryce@pryceandco.co.uk
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.pryceandco.co.uk
Diagnostic-Code: smtp; 550 5.1.1 <j.pryce@pryceandco.co.uk>: Recipient address
    rejected: User unknown in local recipient table
"""), rfc822(sent_copy(o, "mail.shahcopy.co.uk (Postfix)", "4TZm0B6Lq2z1yQF")), bstyle="postfix"), style="date"),
    "Classic Postfix DSN: user unknown, permanent.",
    failed_recipient="j.pryce@pryceandco.co.uk", permanent=True)

o = Orig("en", PRI, ("Greywell Ops", "ops@greywell.co.uk"), "Greywell Events Ltd", "company",
         "PS-125", "£1,140.00", "10 February 2027", "2027-02-15 09:00:00", "Europe/London")
add("bounce", "en", bounce(o, ("Mail Delivery System", "MAILER-DAEMON@zimbra.shahcopy.co.uk"),
    "Delayed Mail (still being retried)", "2027-02-15 13:04:51", "Europe/London",
    report(text("""This is the mail system at host zimbra.shahcopy.co.uk.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ops@greywell.co.uk>: host mx.greywell.co.uk[198.51.100.7] said: 450 4.7.1
    <ops@greywell.co.uk>: Recipient address rejected: Greylisted, see
    http://postgrey.schweikert.ch/help/greywell.co.uk.html (in reply to RCPT TO
    command)
""", cs="us-ascii", cte="7bit"), dsn_fields("""Reporting-MTA: dns; zimbra.shahcopy.co.uk
X-Postfix-Queue-ID: 8C1A2E0412
X-Postfix-Sender: rfc822; priya@shahcopy.co.uk
Arrival-Date: Mon, 15 Feb 2027 09:00:01 +0000 (GMT)

Final-Recipient: rfc822; ops@greywell.co.uk
Original-Recipient: rfc822;ops@greywell.co.uk
Action: delayed
Status: 4.7.1
Remote-MTA: dns; mx.greywell.co.uk
Diagnostic-Code: smtp; 450 4.7.1 <ops@greywell.co.uk>: Recipient address
    rejected: Greylisted, see http://postgrey.schweikert.ch/help/greywell.co.uk.html
Will-Retry-Until: Sat, 20 Feb 2027 09:00:01 +0000 (GMT)
"""), rfc822_headers(sent_copy(o, "zimbra.shahcopy.co.uk (Postfix)", "8C1A2E0412")), bstyle="postfix"),
    extra=[("X-Mailer", None)], style="date"),
    "Zimbra/Postfix delay warning, greylisting: temporary.",
    failed_recipient="ops@greywell.co.uk", permanent=False)

o = Orig("en", DAN, ("Northbeam AP", "ap@norhtbeam-analytics.com"), "Northbeam Analytics Inc.", "company",
         "DK-1100", "$2,300.00", "February 10, 2027", "2027-02-12 10:00:00", "America/New_York")
exim_copy = sent_copy(o, "box.kowalski.studio with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)", "1rZq8x-0004Kd-2B")
add("bounce", "en", bounce(o, ("Mail Delivery System", "Mailer-Daemon@box.kowalski.studio"),
    "Mail delivery failed: returning message to sender", "2027-02-12 10:00:01", "America/New_York",
    text("""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ap@norhtbeam-analytics.com
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

""" + exim_copy.decode("utf-8"), cs="utf-8", cte="8bit"),
    extra=[("X-Failed-Recipients", "ap@norhtbeam-analytics.com")], style="hex"),
    "Exim bounce as a single text/plain (no multipart/report), X-Failed-Recipients header; the domain is a "
    "typo ('norhtbeam'), unrouteable: permanent.",
    failed_recipient="ap@norhtbeam-analytics.com", permanent=True)

o = Orig("en", DAN, ("Miguel Ortiz", "m.ortiz@halcyongames.net"), "Halcyon Games Ltd", "company",
         "DK-1097", "$760.00", "January 20, 2027", "2027-01-22 11:00:00", "America/New_York")
add("bounce", "en", bounce(o, "MAILER-DAEMON@mail.halcyongames.net",
    "failure notice", "2027-01-22 16:00:12", "GMT",
    text("""Hi. This is the qmail-send program at mail.halcyongames.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<m.ortiz@halcyongames.net>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + sent_copy(o, "box.kowalski.studio (Exim 4.97.1)", "1rYk2c-0003Qf-0T").decode("utf-8"), cs="utf-8", cte="8bit"),
    style="date", auto_hdr=False),
    "qmail bounce from the remote server, plain text, no DSN part: no such mailbox, permanent.",
    failed_recipient="m.ortiz@halcyongames.net", permanent=True)

o = Orig("en", TOM, ("Corrib Outdoor Accounts", "accounts@corrib-outdoor.ie"), "Corrib Outdoor Ltd", "company",
         "INV-2026-038", "€1,107.00", "10 December 2026", "2026-12-14 09:30:00", "Europe/Dublin")
add("bounce", "en", bounce(o, ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    "Delivery Status Notification (Failure)", "2026-12-14 09:30:03", "Europe/Dublin",
    report(alt(text("""** Address not found **

Your message wasn't delivered to accounts@corrib-outdoor.ie because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <accounts@corrib-outdoor.ie>: Recipient address rejected: User unknown in virtual alias table
"""), html("""<html><body><table cellpadding="0" cellspacing="0" style="padding-top:32px"><tr><td style="max-width:560px;padding:24px;background:#fafafa;border:1px solid #e0e0e0">
<span style="font-size:24px;color:#212121">Address not found</span>
<p style="font-size:16px;color:#212121">Your message wasn't delivered to <b>accounts@corrib-outdoor.ie</b> because the address couldn't be found, or is unable to receive mail.</p>
<p style="font-size:12px;color:#757575">The response from the remote server was:</p>
<p style="font-size:12px;font-family:monospace">550 5.1.1 &lt;accounts@corrib-outdoor.ie&gt;: Recipient address rejected: User unknown in virtual alias table</p></td></tr></table></body></html>"""), bstyle="gmail"),
        dsn_fields("""Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; tom@byrnedesign.ie
Arrival-Date: Mon, 14 Dec 2026 01:30:00 -0800 (PST)
X-Original-Message-ID: """ + o.msgid + """

Final-Recipient: rfc822; accounts@corrib-outdoor.ie
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.corrib-outdoor.ie. (185.17.2.40, the server for the domain corrib-outdoor.ie.)
Diagnostic-Code: smtp; 550 5.1.1 <accounts@corrib-outdoor.ie>: Recipient address rejected: User unknown in virtual alias table
Last-Attempt-Date: Mon, 14 Dec 2026 01:30:03 -0800 (PST)
"""), rfc822(o.bytes()), bstyle="gmail"), style="gmail"),
    "Gmail 'Address not found' DSN (Google Workspace sender): permanent.",
    failed_recipient="accounts@corrib-outdoor.ie", permanent=True)

o = Orig("en", TOM, ("Kessler Digital", "buchhaltung.kessler@gmail.com"), "Kessler Digital GmbH", "company",
         "INV-2026-043", "€2,214.00", "20 January 2027", "2027-01-26 10:00:00", "Europe/Dublin")
add("bounce", "en", bounce(o, ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"),
    "Delivery Status Notification (Failure)", "2027-01-26 10:00:02", "Europe/Dublin",
    report(alt(text("""** Message not delivered **

There was a problem delivering your message to buchhaltung.kessler@gmail.com. See the technical details below.

The response was:
The email account that you tried to reach is disabled. Learn more at https://support.google.com/mail/?p=DisabledUser
"""), html("""<html><body><table><tr><td style="max-width:560px;padding:24px;background:#fafafa;border:1px solid #e0e0e0">
<span style="font-size:24px;color:#212121">Message not delivered</span>
<p style="font-size:16px">There was a problem delivering your message to <b>buchhaltung.kessler@gmail.com</b>. See the technical details below.</p>
<p style="font-size:12px;font-family:monospace">The email account that you tried to reach is disabled.</p></td></tr></table></body></html>"""), bstyle="gmail"),
        dsn_fields("""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 26 Jan 2027 02:00:00 -0800 (PST)
X-Original-Message-ID: """ + o.msgid + """

Final-Recipient: rfc822; buchhaltung.kessler@gmail.com
Action: failed
Status: 5.2.1
Diagnostic-Code: smtp; The email account that you tried to reach is disabled.
Last-Attempt-Date: Tue, 26 Jan 2027 02:00:02 -0800 (PST)
"""), rfc822_headers(o.bytes()), bstyle="gmail"), style="gmail"),
    "Gmail failure: recipient account disabled (5.2.1): permanent.",
    failed_recipient="buchhaltung.kessler@gmail.com", permanent=True)

o = Orig("en", HAN, ("Ruth Adeyemi", "ruth.adeyemi@thamesbridgehousing.org.uk"), "Thamesbridge Housing Association", "company",
         "HL-2026-07", "£1,650.00", "15 December 2026", "2026-12-17 10:00:00", "Europe/London")
add("bounce", "en", bounce(o, ("Microsoft Outlook", "postmaster@leighcopy.com"),
    "Delivery delayed:" + o.subject, "2026-12-17 16:02:44", "Europe/London",
    report(alt(text("""Delivery is delayed to these recipients or groups:

ruth.adeyemi@thamesbridgehousing.org.uk (ruth.adeyemi@thamesbridgehousing.org.uk)

Subject: Payment reminder – invoice HL-2026-07

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 17 hours and 57 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:

Generating server: LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM
Receiving server: mail.thamesbridgehousing.org.uk (203.0.113.210)

ruth.adeyemi@thamesbridgehousing.org.uk
Remote Server at mail.thamesbridgehousing.org.uk (203.0.113.210) returned '400 4.4.7 Message delayed'
17/12/2026 16:02:44 - Remote Server at mail.thamesbridgehousing.org.uk (203.0.113.210) returned '451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.'
"""), html("""<html><head><meta charset="utf-8"></head><body dir="ltr"><p><b><font color="#000066" size="3" face="Arial">Delivery is delayed to these recipients or groups:</font></b></p>
<p style="font-family:'Segoe UI';font-size:14px"><a href="mailto:ruth.adeyemi@thamesbridgehousing.org.uk">ruth.adeyemi@thamesbridgehousing.org.uk</a></p>
<p style="font-family:'Segoe UI';font-size:14px">This message hasn't been delivered yet. Delivery will continue to be attempted.</p>
<p style="font-family:'Segoe UI';font-size:14px">The server will keep trying to deliver this message for the next 1 days, 17 hours and 57 minutes. You'll be notified if the message can't be delivered by that time.</p></body></html>"""), bstyle="outlook"),
        dsn_fields("""Reporting-MTA: dns;LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM
Received-From-MTA: dns;LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM
Arrival-Date: Thu, 17 Dec 2026 10:00:01 +0000

Final-Recipient: rfc822;ruth.adeyemi@thamesbridgehousing.org.uk
Action: delayed
Status: 4.4.7
Remote-MTA: dns;mail.thamesbridgehousing.org.uk
Diagnostic-Code: smtp;400 4.4.7 Message delayed
Will-Retry-Until: Sat, 19 Dec 2026 10:00:01 +0000
X-Display-Name: Ruth Adeyemi
"""), rfc822_headers(o.bytes()), bstyle="outlook"),
    extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "en-GB")], style="outlook", crlf=True),
    "Exchange Online 'Delivery delayed' notice: still retrying, temporary.",
    failed_recipient="ruth.adeyemi@thamesbridgehousing.org.uk", permanent=False)


# ============================================================================================
# Output and sanity check
# ============================================================================================

FACT_KEYS = ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient")


def _toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_all():
    rng = random.Random(20261101)
    order = list(range(len(MSGS)))
    rng.shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round10-machine: machine mail only (payment notices, look-alikes, auto-replies, bounces).",
           "# Generated by make.py; every text written by hand.", ""]
    for i, idx in enumerate(order, 1):
        m = MSGS[idx]
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(m["data"])
        out.append(f'[files."{name}"]')
        out.append(f'kind = "{m["kind"]}"')
        out.append(f'language = "{m["lang"]}"')
        out.append('split = "dev"')
        for k in FACT_KEYS:
            if k in m["facts"]:
                out.append(f"{k} = {_toml_str(m['facts'][k])}")
        if "permanent" in m["facts"]:
            out.append(f"permanent = {'true' if m['facts']['permanent'] else 'false'}")
        out.append(f"note = {_toml_str(m['note'])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))


def check():
    import re
    import tomllib
    from email.utils import parsedate_to_datetime
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert sorted(labels) == names, "labels and files differ"
    lo = datetime(2026, 11, 1, tzinfo=timezone.utc)
    hi = datetime(2027, 3, 1, tzinfo=timezone.utc)
    problems = []
    for n in names:
        raw = open(os.path.join(HERE, n), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lab = labels[n]
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not msg[h]:
                problems.append(f"{n}: no {h}")
        d = parsedate_to_datetime(str(msg["Date"]))
        if not lo <= d < hi:
            problems.append(f"{n}: date {d} out of window")
        if msg.defects:
            problems.append(f"{n}: defects {msg.defects}")
        alltext = ""
        for part in msg.walk():
            if part.is_multipart():
                continue
            ct = part.get_content_type()
            if ct.startswith("text/"):
                try:
                    alltext += part.get_content() + "\n"
                except Exception as e:  # noqa
                    problems.append(f"{n}: cannot decode {ct}: {e}")
            elif ct in ("message/delivery-status",):
                alltext += part.as_string() + "\n"
            elif ct == "message/rfc822":
                pass
            else:
                part.get_content()
            for d2 in part.defects:
                problems.append(f"{n}: part defect {d2}")
        k = lab["kind"]
        if k == "bounce":
            if "failed_recipient" not in lab or "permanent" not in lab:
                problems.append(f"{n}: bounce without facts")
            elif lab["failed_recipient"].lower() not in alltext.lower():
                problems.append(f"{n}: failed recipient not in text")
        elif "permanent" in lab or "failed_recipient" in lab:
            problems.append(f"{n}: bounce facts on {k}")
        if "return_date" in lab:
            if k != "auto-reply":
                problems.append(f"{n}: return_date on {k}")
            elif lab["return_date"] <= d.strftime("%Y-%m-%d"):
                problems.append(f"{n}: return_date not after Date")
        if "amount" in lab:
            assert re.fullmatch(r"\d+\.\d\d", lab["amount"]), (n, lab["amount"])
            ip, dp = lab["amount"].split(".")
            forms = {f"{int(ip):,}".replace(",", ".") + "," + dp, f"{int(ip):,}" + "." + dp, ip + "," + dp, ip + "." + dp}
            if not any(f in alltext for f in forms):
                problems.append(f"{n}: amount {lab['amount']} not found in text")
        if "currency" in lab and "amount" not in lab:
            problems.append(f"{n}: currency without amount")
        if k == "payment-notification" and "amount" not in lab:
            print(f"note: {n} payment notification without amount ({lab['note'][:60]}...)")
    return problems


if __name__ == "__main__":
    write_all()
    probs = check()
    import collections
    c = collections.Counter((m["kind"], m["lang"]) for m in MSGS)
    for k in sorted(c):
        print(f"{k[0]:22s} {k[1]}  {c[k]}")
    print("total", len(MSGS))
    if probs:
        print("\n".join(probs))
        sys.exit(1)
    print("all files parse; labels consistent")
