#!/usr/bin/env python3
"""round6-machine: machine mail (payment notices and look-alikes, auto-replies, bounces, e-invoicing
notices, newsletters) for the mailduns blind test set. Python 3.11, stdlib only.

Every body below is written by hand; only the MIME plumbing, the quoted reminders carried inside
bounces/forwards and a few HTML skeletons are generated.  Run: python3 make.py
"""
import base64
import email
import email.policy
import hashlib
import os
import quopri
import random
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r6m"
OFFSETS = {
    "Europe/Rome": 60, "Europe/Madrid": 60, "Europe/Paris": 60, "Europe/Berlin": 60,
    "Europe/Amsterdam": 60, "Europe/Luxembourg": 60, "Europe/Vilnius": 120,
    "Europe/London": 0, "Europe/Dublin": 0, "Atlantic/Canary": 0, "UTC": 0,
    "America/New_York": -300, "America/Los_Angeles": -480, "America/Chicago": -360,
}
MESSAGES = []

# ---------------------------------------------------------------- owners (mailbox owners)
ALE = "Alessandra Rossi <alessandra@example.it>"        # invoices N/2026, N/2027
DAV = "Davide Colombo <davide@colombodev.it>"             # invoices DC-2026-NN
LUC = "Lucía Martín <lucia@martinestudio.es>"            # invoices 2026-0NN
JOR = "Jordi Puig <jordi@puigfoto.cat>"                   # invoices JP/2026/NN
TOM = "Tom Byrne <tom@byrnedesign.ie>"                    # invoices INV-2026-NNN
SAR = "Sarah Whitfield <sarah@whitfieldcopy.co.uk>"       # invoices SW0NNN
NAD = "Nadia Okafor <nadia@okaforstudio.com>"             # invoices NO-1NNN (USD)


def addr_of(s):
    return s.split("<")[1].rstrip(">") if "<" in s else s


def name_of(s):
    return s.split("<")[0].strip().strip('"') if "<" in s else ""


def date(s, tz):
    """'2026-11-14 09:32' or with seconds, local time in tz -> RFC 5322 date."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.strptime(s, fmt).replace(tzinfo=timezone(timedelta(minutes=OFFSETS[tz])))
    assert datetime(2026, 11, 1, tzinfo=dt.tzinfo) <= dt < datetime(2027, 3, 1, tzinfo=dt.tzinfo), s
    return format_datetime(dt)


_mid_counter = [0]


def msgid(domain, style="hex"):
    _mid_counter[0] += 1
    h = hashlib.sha1(f"{domain}{_mid_counter[0]}r6m".encode()).hexdigest()
    if style == "outlook":
        return f"<{h[:4].upper()}PR0{h[4:5].upper()}MB{h[5:9].upper()}{h[9:24].upper()}@{domain}>"
    if style == "gmail":
        return f"<CA+{base64.b64encode(bytes.fromhex(h)).decode()[:22]}_{h[22:30]}@mail.gmail.com>"
    if style == "dotted":
        return f"<{int(h[:10], 16)}.{int(h[10:16], 16)}.{h[16:24]}@{domain}>"
    return f"<{h[:12]}.{h[12:28]}@{domain}>"


def enc_addr(value):
    out = []
    for one in split_addrs(value):
        if "<" in one:
            n, a = one.rsplit("<", 1)
            n = n.strip()
            if n and not n.isascii():
                n = Header(n.strip('"'), "utf-8").encode()
            elif n and any(c in n for c in ",.;@()") and not n.startswith('"'):
                n = f'"{n}"'
            out.append(f"{n} <{a}" if n else f"<{a}")
        else:
            out.append(one)
    return ", ".join(out)


def split_addrs(value):
    parts, cur, q = [], "", False
    for c in value:
        if c == '"':
            q = not q
        if c == "," and not q:
            parts.append(cur.strip())
            cur = ""
        else:
            cur += c
    if cur.strip():
        parts.append(cur.strip())
    return parts


def enc_header(name, value):
    if name.lower() in ("from", "to", "cc", "reply-to", "sender", "return-path-name"):
        return enc_addr(value)
    if not value.isascii():
        return Header(value, "utf-8", maxlinelen=76, header_name=name).encode()
    return value


def part(body, subtype="plain", charset="utf-8", cte="quoted-printable", codec=None, extra=None,
         fmt_flowed=False):
    """One leaf text part (headers + body) as bytes. codec: how to encode (e.g. cp1252 while the
    label says iso-8859-1, as Outlook does)."""
    raw = body.encode(codec or charset)
    ctype = f"text/{subtype}; charset=\"{charset}\""
    if fmt_flowed:
        ctype += "; format=flowed"
    lines = [f"Content-Type: {ctype}"]
    if cte == "quoted-printable":
        data = quopri.encodestring(raw.replace(b"\r\n", b"\n"))
    elif cte == "base64":
        data = base64.encodebytes(raw)
    else:
        data = raw
    lines.append(f"Content-Transfer-Encoding: {cte}")
    for e in extra or []:
        lines.append(e)
    return ("\n".join(lines) + "\n\n").encode() + data


def attach(filename, ctype, data, inline=False, cid=None):
    lines = [f"Content-Type: {ctype}; name=\"{filename}\"",
             f"Content-Disposition: {'inline' if inline else 'attachment'}; filename=\"{filename}\"",
             "Content-Transfer-Encoding: base64"]
    if cid:
        lines.append(f"Content-ID: <{cid}>")
    return ("\n".join(lines) + "\n\n").encode() + base64.encodebytes(data)


def raw_part(headers, body_bytes):
    return ("\n".join(headers) + "\n\n").encode() + body_bytes


def multi(subtype, parts, boundary=None, params=""):
    _mid_counter[0] += 1
    b = boundary or ("----=_Part_" + hashlib.md5(str(_mid_counter[0]).encode()).hexdigest()[:20])
    out = f"Content-Type: multipart/{subtype};{params} boundary=\"{b}\"\n\n".encode()
    out += b"This is a multi-part message in MIME format.\n\n" if subtype != "report" else b""
    for p in parts:
        out += f"--{b}\n".encode() + p + (b"" if p.endswith(b"\n") else b"\n")
    out += f"--{b}--\n".encode()
    return out


def alt(text, html, charset="utf-8", cte="quoted-printable", codec=None):
    return multi("alternative", [part(text, "plain", charset, cte, codec), part(html, "html", charset, cte, codec)])


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            f"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            f"% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png():
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def add(persona, kind, lang, headers, root, **labels):
    """headers: list of (name, value); root: a part/multipart as bytes (starts with Content-Type)."""
    MESSAGES.append((persona, kind, lang, headers, root, labels))


def split_of(persona):
    return "firstread4" if int(hashlib.sha1(persona.encode()).hexdigest(), 16) % 10 < 4 else "dev"


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


# ---------------------------------------------------------------- the reminders mailduns sends
def reminder_it(client, salut, number, amount, due, owner, causale=None, iban="IT60 X054 2811 1010 0000 0123 456"):
    pay = (f"Per il pagamento:\n- beneficiario: {name_of(owner)}\n- IBAN: {iban}\n- causale: "
           f"{causale or 'Fattura ' + number}\n")
    return (f"{salut}\n\nda un controllo la fattura n. {number} di {amount}, scaduta il {due}, risulta ancora da "
            f"saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento "
            f"appena possibile.\n\nSe il pagamento è già stato effettuato, basta rispondere indicando la data del "
            f"bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. "
            f"Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa "
            f"email.\n\n{pay}\nCordiali saluti,\n{name_of(owner)}\n")


def courtesy_it(salut, number, amount, issued, due, owner):
    return (f"{salut}\n\nle ricordo che la fattura n. {number} di {amount}, emessa il {issued}, scade il {due}.\n\n"
            f"Se il pagamento è già in corso, grazie e non tenga conto di questo messaggio.\n\n"
            f"Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa "
            f"conversazione.\n\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n"
            f"{name_of(owner)}\n")


def reminder_es(salut, number, amount, due, owner, iban="ES91 2100 0418 4502 0005 1332"):
    return (f"{salut}\n\nRevisando mis cuentas, veo que la factura n.º {number} de {amount}, vencida el {due}, sigue "
            f"pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara "
            f"en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con "
            f"responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay "
            f"algún problema con la factura, podemos aclararlo por esta misma vía.\n\nDatos para el pago:\n"
            f"- beneficiario: {name_of(owner)}\n- IBAN: {iban}\n- concepto: Factura {number}\n\n"
            f"Un cordial saludo,\n{name_of(owner)}\n")


def reminder_en(salut, number, amount, due, owner, iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D"):
    return (f"{salut}\n\nThis is a quick reminder that invoice {number} for {amount} was due for payment on {due}. "
            f"If it has not been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
            f"If you have already paid, thank you, and please disregard this reminder.\n\nPayment details:\n"
            f"- Account name: {name_of(owner)}\n- IBAN: {iban}\n- BIC (SWIFT): {bic}\n"
            f"- Payment reference: {number}\n\nIf you have any questions, just reply to this email.\n\n"
            f"Kind regards,\n{name_of(owner)}\n")


def original(owner, to, subject, when, tz, body, mid=None):
    """The reminder as it left the owner's mailbox (for bounces' message/rfc822 parts and forwards)."""
    dom = addr_of(owner).split("@")[1]
    hs = [("From", owner), ("To", to), ("Subject", subject), ("Date", date(when, tz)),
          ("Message-ID", mid or msgid(dom)), ("MIME-Version", "1.0"), ("X-Mailer", "mailduns")]
    head = "\n".join(f"{n}: {enc_header(n, v)}" for n, v in hs)
    return (head + "\n").encode() + part(body, cte="quoted-printable")


def original_headers(owner, to, subject, when, tz, mid=None):
    dom = addr_of(owner).split("@")[1]
    hs = [("From", owner), ("To", to), ("Subject", subject), ("Date", date(when, tz)),
          ("Message-ID", mid or msgid(dom)), ("MIME-Version", "1.0"),
          ("Content-Type", 'text/plain; charset="utf-8"'), ("Content-Transfer-Encoding", "quoted-printable")]
    return "\n".join(f"{n}: {enc_header(n, v)}" for n, v in hs) + "\n"


def dsn(human_text, reporting_mta, arrival, recips, orig, headers_only=False, human_charset="us-ascii",
        human_cte="7bit", extra_parts=None):
    """multipart/report; recips: list of dicts (final, action, status, diag, remote, orig_rcpt, will_retry)."""
    fields = [f"Reporting-MTA: dns; {reporting_mta}"]
    if arrival:
        fields.append(f"Arrival-Date: {arrival}")
    block = "\n".join(fields) + "\n"
    for r in recips:
        block += "\n"
        if r.get("orig_rcpt"):
            block += f"Original-Recipient: rfc822;{r['orig_rcpt']}\n"
        block += f"Final-Recipient: rfc822;{r['final']}\nAction: {r['action']}\nStatus: {r['status']}\n"
        if r.get("remote"):
            block += f"Remote-MTA: dns; {r['remote']}\n"
        if r.get("diag"):
            block += f"Diagnostic-Code: smtp; {r['diag']}\n"
        if r.get("last"):
            block += f"Last-Attempt-Date: {r['last']}\n"
        if r.get("will_retry"):
            block += f"Will-Retry-Until: {r['will_retry']}\n"
    parts = [part(human_text, "plain", human_charset, human_cte) if isinstance(human_text, str) else human_text]
    parts += extra_parts or []
    parts.append(raw_part(["Content-Type: message/delivery-status"], block.encode()))
    if headers_only:
        parts.append(raw_part(["Content-Type: text/rfc822-headers"], orig if isinstance(orig, bytes) else orig.encode()))
    else:
        parts.append(raw_part(["Content-Type: message/rfc822"], orig))
    return multi("report", parts, params=" report-type=delivery-status;")


def html_wrap(inner, font="Arial, Helvetica, sans-serif", bg="#ffffff"):
    return (f"<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head>\n"
            f"<body style=\"margin:0;padding:0;background:{bg};font-family:{font};\">\n{inner}\n</body></html>\n")


def H(frm, to, subj, when, tz, dom=None, style="hex", extra=()):
    d = dom or addr_of(frm).split("@")[1]
    return [("From", frm), ("To", to), ("Subject", subj), ("Date", date(when, tz)),
            ("Message-ID", msgid(d, style))] + list(extra)


NOREPLY_AUTO = [("Auto-Submitted", "auto-generated")]


# =====================================================================================================
# 1. PAYMENT NOTICES, ITALIAN (money in)
# =====================================================================================================
def it_payments():
    # --- Intesa Sanpaolo: HTML table, amount in its own cell -------------------------------------
    html = html_wrap("""
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2;">
<tr><td align="center">
 <table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">
  <tr><td style="background:#00824a;padding:18px 24px;color:#ffffff;font-size:20px;font-weight:bold;">Intesa Sanpaolo</td></tr>
  <tr><td style="padding:24px;font-size:14px;color:#333333;">
   <p>Gentile Cliente,</p>
   <p>ti informiamo che sul tuo conto &egrave; stato accreditato un bonifico.</p>
   <table width="100%" cellpadding="6" cellspacing="0" border="0" style="border-collapse:collapse;font-size:14px;">
    <tr><td style="border-bottom:1px solid #dddddd;color:#777777;">Conto</td><td style="border-bottom:1px solid #dddddd;">*****3456</td></tr>
    <tr><td style="border-bottom:1px solid #dddddd;color:#777777;">Data contabile</td><td style="border-bottom:1px solid #dddddd;">16/11/2026</td></tr>
    <tr><td style="border-bottom:1px solid #dddddd;color:#777777;">Ordinante</td><td style="border-bottom:1px solid #dddddd;">STUDIO TECNICO BARALDI GEOM. PAOLO</td></tr>
    <tr><td style="border-bottom:1px solid #dddddd;color:#777777;">Causale</td><td style="border-bottom:1px solid #dddddd;">SALDO FT 39 2026 ROSSI ALESSANDRA</td></tr>
    <tr><td style="color:#777777;">Importo</td><td style="font-size:18px;font-weight:bold;color:#00824a;">1.220,00 EUR</td></tr>
   </table>
   <p style="font-size:12px;color:#777777;">Puoi consultare il dettaglio del movimento nella sezione Conti &gt; Movimenti della tua area riservata o dall'App Intesa Sanpaolo Mobile.</p>
   <p style="font-size:11px;color:#999999;">Questa &egrave; una comunicazione automatica, ti preghiamo di non rispondere. Intesa Sanpaolo non ti chieder&agrave; mai via email codici o credenziali di accesso.</p>
  </td></tr>
 </table>
</td></tr></table>""")
    add("Intesa Sanpaolo", "payment-notification", "it",
        H("Intesa Sanpaolo <notifiche@intesasanpaolo.com>", ALE, "Accredito bonifico sul tuo conto",
          "2026-11-16 07:42:13", "Europe/Rome", extra=NOREPLY_AUTO),
        part(html, "html"), amount="1220.00", reference="39/2026",
        note="Intesa HTML-only alert, amount in its own table cell '1.220,00 EUR'; causale 'SALDO FT 39 2026'.")

    # --- UniCredit: plain text, +amount, causale with 'fatt. n.41 del 03/11/2026' ----------------
    txt = """Gentile cliente,

La informiamo che in data 23/11/2026 e' stato registrato il seguente movimento sul conto
IT** **** **** **** **** 0123 456:

  Tipo operazione : BONIFICO A VOSTRO FAVORE
  Importo         : +1.830,00 EUR
  Data valuta     : 23/11/2026
  Ordinante       : FERRARI ARREDAMENTI SRL
  Banca ordinante : BPER BANCA S.P.A.
  Descrizione     : PAGAMENTO FATT. N.41 DEL 03/11/2026 - TRN 0306912345678901482400IT

Per maggiori informazioni acceda a Banca Multicanale.

Cordiali saluti
UniCredit S.p.A.

--
Messaggio generato automaticamente. La preghiamo di non rispondere a questo indirizzo.
UniCredit S.p.A. - Sede Sociale: Piazza Gae Aulenti 3 Tower A, 20154 Milano
"""
    add("UniCredit", "payment-notification", "it",
        H("UniCredit Alert <alert@unicredit.it>", ALE, "Avviso movimento conto corrente",
          "2026-11-23 18:05:44", "Europe/Rome"),
        part(txt, "plain", "iso-8859-1", "7bit"), amount="1830.00", reference="41/2026",
        note="UniCredit plain-text alert, '+1.830,00 EUR', BONIFICO A VOSTRO FAVORE; causale 'FATT. N.41 DEL 03/11/2026'.")

    # --- Fineco: partial payment (acconto) -------------------------------------------------------
    txt = """Ciao Alessandra,
hai ricevuto un bonifico di 500,00 € da MANCINI GIULIA.

Causale: ACCONTO FATT 44/26 RESTO A GENNAIO
Data accredito: 01/12/2026

Il saldo aggiornato è disponibile in app.

Team Fineco
Questa è un'email automatica: per assistenza usa la sezione Help della tua area riservata.
"""
    html = html_wrap("""<div style="max-width:560px;margin:0 auto;padding:24px;">
<img src="https://www.finecobank.com/img/logo-fineco.png" alt="FinecoBank" width="120"><br><br>
<p style="font-size:16px;">Ciao Alessandra,<br>hai ricevuto un bonifico di <b>500,00&nbsp;&euro;</b> da <b>MANCINI GIULIA</b>.</p>
<p style="font-size:14px;color:#444;">Causale: ACCONTO FATT 44/26 RESTO A GENNAIO<br>Data accredito: 01/12/2026</p>
<p style="font-size:14px;">Il saldo aggiornato &egrave; disponibile in app.</p>
<p style="font-size:14px;">Team Fineco</p>
<p style="font-size:11px;color:#888;">Questa &egrave; un'email automatica: per assistenza usa la sezione Help della tua area riservata.</p>
</div>""")
    add("FinecoBank", "payment-notification", "it",
        H("FinecoBank <noreply@finecobank.com>", ALE, "Hai ricevuto un bonifico", "2026-12-01 10:17:02",
          "Europe/Rome", extra=NOREPLY_AUTO),
        alt(txt, html), amount="500.00", reference="44/2026",
        note="Partial payment (acconto) on 44/2026 written 'FATT 44/26'; the notice is still money in.")

    # --- BancoPosta: iso-8859-1 quoted-printable, caps -------------------------------------------
    txt = """POSTE ITALIANE - BANCOPOSTA

Notifica accredito

Gentile Cliente,
Le comunichiamo che sul Suo Conto BancoPosta n. ****8812 è stato accreditato un bonifico SEPA.

Data operazione: 07/12/2026
Importo: EUR 732,00
Ordinante: ASSOCIAZIONE CULTURALE IL MULINO APS
Causale: fattura nr 46 2026 progetto grafico locandine

Distinti saluti
Poste Italiane S.p.A. - Patrimonio BancoPosta

Questo messaggio è stato inviato da un indirizzo di sola notifica. Per informazioni chiamare il numero 800.00.33.22.
"""
    add("BancoPosta", "payment-notification", "it",
        H("BancoPosta <notifiche@bancoposta.poste.it>", ALE, "Notifica accredito sul conto BancoPosta",
          "2026-12-07 14:31:50", "Europe/Rome"),
        part(txt, "plain", "iso-8859-1", "quoted-printable"), amount="732.00", reference="46/2026",
        note="BancoPosta, iso-8859-1 QP; 'EUR 732,00'; causale 'fattura nr 46 2026'.")

    # --- Satispay Business: payment from a person with a message ---------------------------------
    html = html_wrap("""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:30px 10px;">
<table width="480" cellpadding="0" cellspacing="0" style="border-radius:12px;border:1px solid #eeeeee;">
<tr><td align="center" style="padding:28px;"><span style="color:#ef4343;font-size:22px;font-weight:bold;">satispay</span></td></tr>
<tr><td align="center" style="font-size:15px;color:#555;">Hai ricevuto un pagamento</td></tr>
<tr><td align="center" style="font-size:40px;font-weight:bold;padding:10px 0 4px 0;">&euro;&nbsp;85,00</td></tr>
<tr><td align="center" style="font-size:14px;color:#555;">da <b>Marco B.</b></td></tr>
<tr><td align="center" style="font-size:14px;color:#555;padding:16px 30px;background:#fafafa;">&ldquo;fattura 47 ritocco foto, grazie!!&rdquo;</td></tr>
<tr><td align="center" style="font-size:12px;color:#999;padding:20px;">Negozio: Alessandra Rossi Grafica &middot; 09 dic 2026, 19:04<br>ID transazione 8f1c2e7a-77d2-4b51-a3c1-0e6f3bd2a911</td></tr>
</table></td></tr></table>""")
    add("Satispay", "payment-notification", "it",
        H("Satispay Business <business@satispay.com>", ALE, "Hai ricevuto 85,00 €", "2026-12-09 19:04:37",
          "Europe/Rome"),
        part(html, "html"), amount="85.00", reference="47/2026",
        note="Satispay Business receipt, payer's message 'fattura 47' (Alessandra numbers 47/2026).")

    # --- PayPal (Italian) ------------------------------------------------------------------------
    txt = """Ciao Alessandra Rossi,

Hai ricevuto 610,00 EUR da Studio Legale Ferri & Associati.

Nota da Studio Legale Ferri & Associati:
"Saldo fattura 50/2026 - sito web"

Dettagli della transazione
ID transazione: 5TY81934WB2291725
Data della transazione: 14 dicembre 2026

Importo ricevuto          610,00 EUR
Tariffa                   -21,60 EUR
Importo netto             588,40 EUR

Il denaro è disponibile nel tuo conto PayPal.

Aiuto e contatti | Sicurezza | App
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg
Non rispondere a questa email. Per ricevere assistenza, accedi al tuo conto e clicca su Aiuto.
PPX000629:1.9:3d7cfb1a4e0f
"""
    add("PayPal IT", "payment-notification", "it",
        H("PayPal <service@paypal.it>", ALE, "Hai ricevuto un pagamento", "2026-12-14 11:26:09",
          "Europe/Luxembourg", dom="paypal.com"),
        part(txt, "plain", "utf-8", "quoted-printable"), amount="610.00", reference="50/2026",
        note="PayPal received, gross 610,00 with fee and net lines; amount = received (gross).")

    # --- Hype: bonifico istantaneo, amount '€1.220' ----------------------------------------------
    txt = """Bonifico istantaneo ricevuto ⚡

Davide, ti sono appena arrivati €1.220 da LORENZI NICOLA.
Messaggio: "DC-2026-17 manutenzione sito ottobre"

Li trovi già nel tuo saldo disponibile.

HYPE
Questa notifica è stata inviata in automatico, non rispondere.
"""
    add("Hype", "payment-notification", "it",
        H("HYPE <noreply@hype.it>", DAV, "Hai ricevuto un bonifico istantaneo", "2026-11-19 21:48:12",
          "Europe/Rome", extra=NOREPLY_AUTO),
        part(txt, "plain", "utf-8", "8bit"), amount="1220.00", reference="DC-2026-17",
        note="Hype instant transfer, amount written '€1.220' (no decimals, dot thousands), emoji in body.")

    # --- N26 Italian -----------------------------------------------------------------------------
    html = html_wrap("""<div style="max-width:520px;margin:0 auto;font-family:Helvetica,Arial,sans-serif;color:#1b1b1b;">
<p style="padding:24px 0 0 0;font-size:22px;font-weight:bold;">N26</p>
<h1 style="font-size:26px;">Hai ricevuto 2.135,00&nbsp;&euro;</h1>
<p>Ciao Davide,<br>GEOTEC SERVIZI SRL ti ha inviato denaro. Ecco i dettagli:</p>
<table cellpadding="8" cellspacing="0" style="width:100%;background:#f7f7f7;border-radius:8px;">
<tr><td>Da</td><td align="right">GEOTEC SERVIZI SRL</td></tr>
<tr><td>IBAN</td><td align="right">IT02 L030 6909 6061 0000 0013 311</td></tr>
<tr><td>Riferimento</td><td align="right">Fatt. DC-2026-19 e DC-2026-20</td></tr>
<tr><td>Importo</td><td align="right"><b>+2.135,00&nbsp;&euro;</b></td></tr>
</table>
<p style="font-size:12px;color:#777;">N26 Bank SE, Voltairestra&szlig;e 8, 10179 Berlino &middot; Hai ricevuto questa email perch&eacute; hai attivato le notifiche email sulle transazioni.</p>
</div>""")
    add("N26", "payment-notification", "it",
        H("N26 <no-reply@n26.com>", DAV, "Hai ricevuto 2.135,00 €", "2026-12-02 09:03:55", "Europe/Berlin"),
        part(html, "html", cte="base64"), amount="2135.00",
        note="N26 HTML base64; one transfer covering two invoices DC-2026-19 and DC-2026-20 (no single reference).")

    # --- Qonto: French-style '1 464,00 €' --------------------------------------------------------
    txt = """Qonto

Bonifico ricevuto

+1 464,00 €

Da: STUDIO ARCHITETTI ASSOCIATI VIGANO' E PARODI
Sul conto: Conto principale (IT76 Q036 6901 6000 0000 4412 877)
Causale: Ft. n. DC-2026-21 rif. ordine 118
Data: 11 gennaio 2027

Vedi la transazione: https://app.qonto.com/transactions/8d1a4f2e

Qonto – Olinda SAS, 18 rue de Navarin, 75009 Parigi. Istituto di pagamento autorizzato dall'ACPR.
Ricevi questa email perché le notifiche per i bonifici in entrata sono attive. Gestisci le notifiche nelle impostazioni.
"""
    add("Qonto", "payment-notification", "it",
        H("Qonto <notifications@qonto.com>", DAV, "Bonifico ricevuto: +1 464,00 €", "2027-01-11 16:22:08",
          "Europe/Paris"),
        part(txt, "plain", "utf-8", "quoted-printable"), amount="1464.00", reference="DC-2026-21",
        note="Qonto, amount with space thousands separator '+1 464,00 €' (NBSP-free), Italian text.")

    # --- BPER: old-school caps avviso, CRO ------------------------------------------------------
    txt = """AVVISO DI ACCREDITO

SPETT.LE COLOMBO DAVIDE
VIA SAN FRANCESCO 14
22100 COMO CO

RAPPORTO: 001234/00/CC   DIVISA: EUR

VI INFORMIAMO CHE ABBIAMO ACCREDITATO IN DATA 18.01.2027 VALUTA 18.01.2027
L'IMPORTO DI EUR 3.050,00 (TREMILACINQUANTA/00)
PER ORDINE DI: COMUNE DI CANTU' - SERVIZIO FINANZIARIO
CAUSALE: MANDATO N. 0000412 RIF. FATTURA DC-2026-22 CIG Z8A3C11D04 CUP NON PREVISTO

CRO: 11223344556
COMMISSIONI: EUR 0,00

DISTINTI SALUTI
BPER BANCA S.P.A.

DOCUMENTO DISPONIBILE ANCHE IN FORMATO PDF NELLA SEZIONE COMUNICAZIONI DELL'INTERNET BANKING
"""
    add("BPER Banca", "payment-notification", "it",
        H("BPER Banca <comunicazioni@bper.it>", DAV, "AVVISO DI ACCREDITO N. 2027/000318",
          "2027-01-18 23:10:00", "Europe/Rome"),
        multi("mixed", [part(txt, "plain", "iso-8859-1", "7bit"),
                        attach("Avviso_accredito_20270118.pdf", "application/pdf", fake_pdf("avviso accredito"))]),
        amount="3050.00", reference="DC-2026-22",
        note="BPER caps 'avviso di accredito' from a public body (mandato, CIG), PDF attached; EUR 3.050,00.")

    # --- Stripe (Italian locale): payment via payment link --------------------------------------
    txt = """Pagamento riuscito

Hai ricevuto un pagamento di 366,00 € da Chiara Valsecchi (chiara.valsecchi@gmail.com).

Descrizione: Fattura 3/2027 – illustrazione copertina
Metodo di pagamento: Visa •••• 4242
ID pagamento: pi_3QxT2aLkdIwHu7ix0Mh7Pq1c
Data: 3 febbraio 2027, 12:40

Visualizza il pagamento nella Dashboard: https://dashboard.stripe.com/payments/pi_3QxT2aLkdIwHu7ix0Mh7Pq1c

Ricevi questa email perché le notifiche sui pagamenti riusciti sono attive per l'account Alessandra Rossi Grafica.
Stripe Payments Europe, Ltd. – 1 Grand Canal Street Lower, Dublino 2, Irlanda
"""
    add("Stripe", "payment-notification", "it",
        H("Stripe <notifications@stripe.com>", ALE, "Pagamento di 366,00 € da Chiara Valsecchi",
          "2027-02-03 12:41:05", "Europe/Rome"),
        part(txt, "plain"), amount="366.00", reference="3/2027",
        note="Stripe payment succeeded (Italian locale), description 'Fattura 3/2027'.")

    # --- SumUp: pagamento tramite link -----------------------------------------------------------
    txt = """SumUp

Hai ricevuto un pagamento online.

Importo: 150,00 EUR
Pagato da: Erboristeria La Salvia di Testa Marina
Descrizione: fatt.48/26
Metodo: Mastercard
Codice transazione: TDJK7L2PQ9
Data: 21.12.2026 08:57

L'importo verrà versato sul tuo conto bancario con il prossimo accredito.

Il team SumUp
"""
    add("SumUp", "payment-notification", "it",
        H("SumUp <no-reply@sumup.com>", ALE, "Nuovo pagamento tramite link ricevuto", "2026-12-21 08:58:30",
          "Europe/Rome"),
        part(txt, "plain"), amount="150.00", reference="48/2026",
        note="SumUp payment link paid, 'fatt.48/26'; says it will be paid out later, but money came in.")


# =====================================================================================================
# 2. LOOK-ALIKES, ITALIAN (not money in: other) and human forwards
# =====================================================================================================
def it_lookalikes():
    # --- Intesa: bonifico DISPOSTO (outgoing, to her accountant) ---------------------------------
    html = html_wrap("""
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff;">
 <tr><td style="background:#00824a;padding:18px 24px;color:#ffffff;font-size:20px;font-weight:bold;">Intesa Sanpaolo</td></tr>
 <tr><td style="padding:24px;font-size:14px;color:#333;">
  <p>Gentile Cliente,</p><p>il bonifico che hai disposto &egrave; stato eseguito.</p>
  <table width="100%" cellpadding="6" cellspacing="0" style="font-size:14px;">
   <tr><td style="color:#777;">Beneficiario</td><td>STUDIO COMMERCIALISTA DOTT. RENATO GALLI</td></tr>
   <tr><td style="color:#777;">IBAN beneficiario</td><td>IT40 S054 2811 1010 0000 0009 876</td></tr>
   <tr><td style="color:#777;">Causale</td><td>SALDO FATTURA N. 212/2026 CONSULENZA FISCALE</td></tr>
   <tr><td style="color:#777;">Importo</td><td style="font-size:18px;font-weight:bold;">-488,00 EUR</td></tr>
   <tr><td style="color:#777;">Data esecuzione</td><td>10/12/2026</td></tr>
  </table>
  <p style="font-size:11px;color:#999;">Questa &egrave; una comunicazione automatica, ti preghiamo di non rispondere.</p>
 </td></tr></table>""")
    add("Intesa Sanpaolo", "other", "it",
        H("Intesa Sanpaolo <notifiche@intesasanpaolo.com>", ALE, "Bonifico eseguito", "2026-12-10 09:12:40",
          "Europe/Rome", extra=NOREPLY_AUTO),
        part(html, "html"),
        note="Outgoing transfer Alessandra made to her accountant ('il bonifico che hai disposto', -488,00), "
             "causale names an invoice (the accountant's, 212/2026). Not money in.")

    # --- Nexi: card payment alert ----------------------------------------------------------------
    txt = """Nexi - Servizio SMS e Email Alert

Gentile Cliente, è stato effettuato un pagamento con la carta ****5521 di EUR 59,90
presso ADOBE *CREATIVE CLOUD il 02/01/2027 alle 03:14.

Se non riconosci l'operazione chiama subito il Servizio Clienti.

Nexi Payments S.p.A.
"""
    add("Nexi", "other", "it",
        H("Nexi <alert@nexi.it>", ALE, "Nexi Alert: pagamento con carta", "2027-01-02 03:14:51", "Europe/Rome"),
        part(txt, "plain", "iso-8859-1", "quoted-printable"),
        note="Card payment the freelancer made (Adobe subscription). Money out.")

    # --- SDD announcement (utility) --------------------------------------------------------------
    txt = """Gentile DAVIDE COLOMBO,

ti informiamo che il 20/01/2027 addebiteremo sul conto IT** **** **** **** **** **** 412 l'importo di
87,43 € relativo alla bolletta n. 701234567890 (periodo novembre-dicembre 2026) tramite addebito diretto
SEPA (SDD), mandato n. ENEL-IT-99812233.

Non devi fare nulla: il pagamento avverrà in automatico alla scadenza.

Enel Energia
Questa email è generata automaticamente: non rispondere.
"""
    add("Enel Energia", "other", "it",
        H("Enel Energia <noreply@enel.com>", DAV, "Avviso di addebito diretto SEPA - bolletta n. 701234567890",
          "2027-01-08 06:30:00", "Europe/Rome"),
        part(txt, "plain"),
        note="Direct debit announcement for a utility bill: future money out, mentions 'bolletta' and 'pagamento'.")

    # --- Satispay: sent money to a friend -----------------------------------------------------------
    txt = """Hai inviato 22,50 € a Federica 🍕

Messaggio: "pizza di ieri + birra"
Data: 12 dic 2026, 22:51

Satispay
"""
    add("Satispay", "other", "it",
        H("Satispay <noreply@satispay.com>", ALE, "Hai inviato 22,50 €", "2026-12-12 22:51:40", "Europe/Rome"),
        part(txt, "plain", cte="base64"),
        note="Personal Satispay the owner SENT to a friend (base64). Not a payment in.")

    # --- PayPal: payment on hold (trattenuto) ----------------------------------------------------
    txt = """Ciao Davide Colombo,

Abbiamo ricevuto un pagamento di 940,00 EUR a tuo favore da Brambilla Impianti S.n.c., ma al momento è
trattenuto.

Perché il pagamento è trattenuto?
Per proteggere acquirenti e venditori, a volte tratteniamo temporaneamente i pagamenti ricevuti da
conti che vendono da poco tempo o che hanno avuto variazioni nell'attività. Il pagamento resterà in
sospeso fino a 21 giorni, oppure finché non confermeremo che il servizio è stato fornito.

Nota dell'acquirente: "DC-2026-23 saldo"

Cosa puoi fare
- Aggiungi le informazioni sulla spedizione o sulla fornitura del servizio
- Rispondi a eventuali richieste dell'acquirente

Lo stato del pagamento è: In sospeso

PayPal
Non rispondere a questa email.
"""
    add("PayPal IT", "other", "it",
        H("PayPal <service@paypal.it>", DAV, "Il pagamento di 940,00 EUR è in sospeso", "2027-01-25 17:02:11",
          "Europe/Luxembourg", dom="paypal.com"),
        part(txt, "plain"),
        note="PayPal payment ON HOLD (in sospeso, up to 21 days): money not available yet; brief says "
             "pending/on hold notices are other.")

    # --- human: client's accountant forwards the bank receipt ("contabile") ---------------------
    body = """Buongiorno sig.ra Rossi,
su incarico della ditta Pellegrini Ceramiche le inoltro la contabile del bonifico odierno – è relativo all’allestimento dello stand.
Cordialità

Rag. Ornella Sartori
Studio Sartori & Bini - Elaborazione dati contabili
Via Matteotti 22 - 41049 Sassuolo (MO)
tel. 0536 801122

Le informazioni contenute nella presente comunicazione sono riservate e destinate esclusivamente al
destinatario. Ai sensi del Reg. UE 2016/679 (GDPR), se ha ricevuto questa email per errore è pregato di
cancellarla e di darne comunicazione al mittente.

-----Messaggio originale-----
Da: noreply@bancobpm.it [mailto:noreply@bancobpm.it]
Inviato: martedì 12 gennaio 2027 10:02
A: amministrazione@studiosartoribini.it
Oggetto: Esito disposizione di bonifico

YOU WEB - Banco BPM

La disposizione di bonifico SEPA è stata eseguita con successo.

Ordinante: PELLEGRINI CERAMICHE SAS DI PELLEGRINI LUCA & C.
Beneficiario: ROSSI ALESSANDRA
IBAN beneficiario: IT60X0542811101000000123456
Importo: 1.586,00 EUR
Causale: PAGAMENTO FATTURA 52/2026
Data esecuzione: 12/01/2027
CRO/TRN: 0503412345678901234567890IT
"""
    add("Studio Sartori & Bini", "client-reply-paid", "it",
        H("Studio Sartori & Bini <amministrazione@studiosartoribini.it>", ALE,
          "I: Esito disposizione di bonifico", "2027-01-12 10:19:33", "Europe/Rome", style="outlook",
          extra=[("Cc", "Luca Pellegrini <luca@pellegriniceramiche.it>"), ("X-Mailer", "Microsoft Outlook 16.0")]),
        part(body, "plain", "iso-8859-1", "quoted-printable", codec="cp1252"),
        amount="1586.00", reference="52/2026",
        note="Human (client's bookkeeper) forwarding the bank's 'bonifico eseguito' for the client: paid. Fresh "
             "thread 'I:' (no In-Reply-To), Outlook 'Messaggio originale' block; iso-8859-1 label with cp1252 bytes.")

    # --- human: client forwards the bank's 'bonifico respinto' and asks for IBAN ----------------
    body = """ciao Ale, mi è tornato indietro il bonifico 😩 dice IBAN non valido... mi rimandi l'iban giusto? ho
copiato quello dalla fattura ma forse ho sbagliato io una cifra. Ti giro la mail della banca

Inviato da iPhone

Inizio messaggio inoltrato:

> Da: Banca Mediolanum <comunicazioni@mediolanum.it>
> Data: 15 gennaio 2027 alle ore 08:47:12 CET
> A: giorgia.t@libero.it
> Oggetto: Bonifico non eseguito
>
> Gentile Cliente,
> la disposizione di bonifico di 420,00 EUR a favore di ROSSI ALESSANDRA del 14/01/2027 non è stata
> eseguita dalla banca del beneficiario. Motivo: AC01 - IBAN errato.
> L'importo è stato riaccreditato sul Suo conto.
>
> Banca Mediolanum S.p.A.
"""
    add("Giorgia Tosi", "client-reply-other", "it",
        H("Giorgia Tosi <giorgia.t@libero.it>", ALE, "I: Bonifico non eseguito", "2027-01-15 09:30:02",
          "Europe/Rome", dom="libero.it"),
        multi("mixed", [part(body, "plain", "utf-8", "quoted-printable"),
                        attach("IMG_4471.PNG", "image/png", fake_png())]),
        note="Client forwards her bank's 'transfer rejected, wrong IBAN' and asks for the right IBAN: not paid, "
             "no promise, a question. The amount appears only in the forwarded bank notice.")


# =====================================================================================================
# 3. PAYMENT NOTICES, SPANISH (money in)
# =====================================================================================================
def es_payments():
    # --- BBVA ------------------------------------------------------------------------------------
    html = html_wrap("""<table width="100%" cellspacing="0" cellpadding="0" style="background:#f4f4f4;"><tr><td align="center">
<table width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;">
<tr><td style="background:#072146;padding:20px;"><span style="color:#ffffff;font-size:24px;font-weight:bold;letter-spacing:2px;">BBVA</span></td></tr>
<tr><td style="padding:30px 30px 10px 30px;font-size:22px;color:#072146;">Has recibido una transferencia</td></tr>
<tr><td style="padding:0 30px;font-size:15px;color:#121212;">Hola, LUCIA:</td></tr>
<tr><td style="padding:10px 30px;font-size:15px;color:#121212;">Te informamos de que has recibido una transferencia en tu cuenta <b>Cuenta Online ·1332</b>.</td></tr>
<tr><td style="padding:10px 30px;"><table width="100%" cellspacing="0" cellpadding="10" style="border:1px solid #d3d3d3;">
 <tr><td style="color:#666;">Importe</td><td align="right" style="font-size:20px;font-weight:bold;color:#1973b8;">1.815,00 €</td></tr>
 <tr><td style="color:#666;">Ordenante</td><td align="right">EDITORIAL LA BRÚJULA SL</td></tr>
 <tr><td style="color:#666;">Concepto</td><td align="right">Factura 2026-041</td></tr>
 <tr><td style="color:#666;">Fecha</td><td align="right">18/11/2026</td></tr>
</table></td></tr>
<tr><td style="padding:20px 30px;font-size:12px;color:#666;">Este correo se ha enviado de forma automática. Por favor, no respondas a este mensaje.<br>Banco Bilbao Vizcaya Argentaria, S.A. Plaza San Nicolás, 4 - 48005 Bilbao.</td></tr>
</table></td></tr></table>""")
    add("BBVA", "payment-notification", "es",
        H("BBVA <bbva@comunica.bbva.com>", LUC, "Has recibido una transferencia", "2026-11-18 12:02:33",
          "Europe/Madrid"),
        part(html, "html"), amount="1815.00", reference="2026-041",
        note="BBVA HTML-only, amount cell '1.815,00 €', concepto 'Factura 2026-041'.")

    # --- CaixaBank: plain text, caps, abono -----------------------------------------------------
    txt = """CAIXABANK - AVISO DE ABONO POR TRANSFERENCIA

Titular: MARTIN GARCIA LUCIA
Cuenta: ES91 **** **** **** **** 1332

Con fecha 25/11/2026 hemos abonado en su cuenta la siguiente transferencia:

Ordenante ........: CONSTRUCCIONES HNOS. IBARRA SL
Entidad ordenante : BANCO SANTANDER SA
Importe ..........: 2.904,00 EUR
Concepto .........: FRA 2026-44 PROYECTO WEB
Referencia .......: 2026112500918273

Atentamente,
CaixaBank, S.A.

Puede consultar este y otros movimientos en CaixaBankNow.
Este mensaje ha sido generado automáticamente. No responda a esta dirección.
"""
    add("CaixaBank", "payment-notification", "es",
        H("CaixaBank <avisos@caixabank.com>", LUC, "Aviso de abono por transferencia", "2026-11-25 08:14:09",
          "Europe/Madrid"),
        part(txt, "plain", "iso-8859-1", "quoted-printable"), amount="2904.00", reference="2026-044",
        note="CaixaBank caps text, iso-8859-1 QP; concepto 'FRA 2026-44' (= 2026-044 in Lucía's numbering).")

    # --- Santander -------------------------------------------------------------------------------
    txt = """Santander

Transferencia recibida

Hola Lucía,

Se ha realizado un ingreso en tu cuenta terminada en 7781.

Importe: +640,00 EUR
Emisor: ANA BELEN SORIANO PEREZ
Concepto: pago factura n 46 logo
Fecha de operación: 02/12/2026

Un saludo,
Banco Santander

Por tu seguridad, Banco Santander nunca te pedirá tus claves por correo electrónico.
"""
    add("Banco Santander", "payment-notification", "es",
        H("Banco Santander <avisos@gruposantander.es>", LUC, "Has recibido una transferencia en tu cuenta",
          "2026-12-02 19:40:21", "Europe/Madrid"),
        part(txt, "plain"), amount="640.00", reference="2026-046",
        note="Santander, concepto 'pago factura n 46 logo' (Lucía numbers 2026-046).")

    # --- Bizum received --------------------------------------------------------------------------
    txt = """Bizum

¡Has recibido un Bizum!

JAVIER R. te ha enviado 120,00 €
Concepto: fra 2026-047 fotos boda😊

El dinero ya está en tu cuenta.

Este aviso lo envía tu banco, ING, en nombre del servicio Bizum.
"""
    add("Bizum", "payment-notification", "es",
        H("ING <notificaciones@ing.es>", LUC, "Has recibido 120,00 € por Bizum", "2026-12-05 13:22:47",
          "Europe/Madrid"),
        part(txt, "plain", cte="base64"), amount="120.00", reference="2026-047",
        note="Bizum received from a client for an invoice, concepto 'fra 2026-047' with emoji; base64 body.")

    # --- Sabadell: partial payment ----------------------------------------------------------------
    html = html_wrap("""<div style="max-width:600px;margin:0 auto;border-top:6px solid #006dff;padding:20px;font-family:Arial;">
<p style="font-size:20px;color:#006dff;margin:0 0 16px 0;">Sabadell</p>
<p>Estimado/a cliente:</p>
<p>Le comunicamos que se ha producido un <b>ingreso por transferencia SEPA</b> en su cuenta ES47 0081 **** **** **** 2210.</p>
<table cellpadding="6" style="font-size:14px;">
<tr><td><b>Importe:</b></td><td>600,00 EUR</td></tr>
<tr><td><b>Ordenante:</b></td><td>GESTORIA ALBERDI CB</td></tr>
<tr><td><b>Concepto:</b></td><td>PAGO PARCIAL FRA 2026-038 RESTO EN ENERO</td></tr>
<tr><td><b>Fecha valor:</b></td><td>14/12/2026</td></tr>
</table>
<p style="font-size:11px;color:#888;">Banco de Sabadell, S.A. Avenida &Oacute;scar Esplá, 37 - 03007 Alicante. Mensaje generado autom&aacute;ticamente.</p>
</div>""")
    add("Banco Sabadell", "payment-notification", "es",
        H("Banco Sabadell <comunicaciones@bancsabadell.com>", LUC, "Ingreso en su cuenta",
          "2026-12-14 10:05:00", "Europe/Madrid"),
        alt("Banco Sabadell - Ingreso por transferencia SEPA\n\nImporte: 600,00 EUR\nOrdenante: GESTORIA ALBERDI CB\n"
            "Concepto: PAGO PARCIAL FRA 2026-038 RESTO EN ENERO\nFecha valor: 14/12/2026\n", html),
        amount="600.00", reference="2026-038",
        note="Partial payment on 2026-038 (concepto 'PAGO PARCIAL ... RESTO EN ENERO'); still a payment notice.")

    # --- Openbank: transfer in, Canary time zone --------------------------------------------------
    txt = """Hola JORDI,

Has recibido una transferencia de 968,00 € en tu Cuenta Corriente Open.

Ordenante: HOTEL MIRADOR DEL ATLANTICO SL
Concepto: JP/2026/31 reportaje hotel
Fecha: 09/12/2026

Gracias por confiar en Openbank.

Este correo electrónico es informativo. No respondas a este mensaje.
"""
    add("Openbank", "payment-notification", "es",
        H("Openbank <notificaciones@openbank.es>", JOR, "Transferencia recibida", "2026-12-09 09:31:14",
          "Atlantic/Canary"),
        part(txt, "plain", "windows-1252", "8bit"), amount="968.00", reference="JP/2026/31",
        note="Openbank, 8bit iso-8859-1 body, Canary time zone, concepto 'JP/2026/31'.")

    # --- Revolut Business (Spanish) -------------------------------------------------------------
    html = html_wrap("""<div style="max-width:560px;margin:0 auto;padding:32px 24px;color:#191c1f;">
<p style="font-size:20px;font-weight:bold;">Revolut Business</p>
<p style="font-size:32px;font-weight:bold;margin:20px 0 4px 0;">+2.420,00&nbsp;&euro;</p>
<p style="color:#717173;margin:0 0 20px 0;">de DISSENY I MOBLES VILARRASA SL</p>
<p>Hola Jordi, has recibido dinero en tu cuenta EUR.</p>
<p>Referencia: <b>JP-2026-33</b></p>
<p><a href="https://business.revolut.com/transactions" style="background:#191c1f;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none;">Ver transacci&oacute;n</a></p>
<p style="font-size:11px;color:#999;">Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lituania. Sucursal en Espa&ntilde;a: C/ Pr&iacute;ncipe de Vergara 132, Madrid.</p>
</div>""")
    add("Revolut Business", "payment-notification", "es",
        H("Revolut Business <no-reply@revolut.com>", JOR, "Has recibido 2.420,00 €", "2027-01-07 15:44:51",
          "Europe/Vilnius"),
        part(html, "html", cte="base64"), amount="2420.00", reference="JP/2026/33",
        note="Revolut Business Spanish, '+2.420,00 €', reference written 'JP-2026-33' for invoice JP/2026/33.")

    # --- Kutxabank: transferencia inmediata ------------------------------------------------------
    txt = """KUTXABANK

TRANSFERENCIA INMEDIATA RECIBIDA

Importe: 1 210,00 EUR
Ordenante: ASOCIACION CULTURAL GAZTE TXOKOA
Concepto: Pago factura 2026/049 cartel fiestas
Fecha/hora: 22/12/2026 16:07

Kutxabank, S.A. - Gran Vía 30-32, 48009 Bilbao
"""
    add("Kutxabank", "payment-notification", "es",
        H("Kutxabank <alertas@kutxabank.es>", LUC, "Aviso: transferencia inmediata recibida",
          "2026-12-22 16:07:58", "Europe/Madrid"),
        part(txt, "plain", "iso-8859-1", "quoted-printable"), amount="1210.00", reference="2026-049",
        note="Kutxabank, amount with space thousands '1 210,00 EUR'; concepto 'factura 2026/049'.")

    # --- PayPal Spanish --------------------------------------------------------------------------
    txt = """Hola, Lucía Martín:

Has recibido 385,00 EUR de Pablo Estévez Rial.

Mensaje de Pablo Estévez Rial: "te pago la factura de diciembre, la 2026-052. Felices fiestas!"

Detalles de la transacción
Id. de transacción: 9HG37520LK118804S
Fecha de la transacción: 28 de diciembre de 2026

Importe recibido: 385,00 EUR
Comisión: -13,45 EUR
Total: 371,55 EUR

Ayuda y contacto | Seguridad | Aplicación
PayPal Europe S.à r.l. et Cie, S.C.A.
No respondas a este correo electrónico.
"""
    add("PayPal ES", "payment-notification", "es",
        H("PayPal <service@paypal.es>", LUC, "Has recibido un pago", "2026-12-28 20:10:02",
          "Europe/Luxembourg", dom="paypal.com"),
        part(txt, "plain"), amount="385.00", reference="2026-052",
        note="PayPal Spanish, gross 385,00 with fee; payer message names '2026-052'.")

    # --- Wise Spanish ----------------------------------------------------------------------------
    txt = """Has recibido 1.200,00 EUR

Hola, Jordi:

BERGHAUS MEDIA GMBH te ha enviado 1.200,00 EUR. Ya puedes ver el dinero en tu cuenta de EUR.

Referencia: INVOICE JP 2026 35

Equipo de Wise

Wise Europe SA, Rue du Trône 100, 1050 Bruselas.
"""
    add("Wise", "payment-notification", "es",
        H("Wise <noreply@wise.com>", JOR, "Has recibido 1.200,00 EUR", "2027-01-13 11:18:40", "Europe/London"),
        part(txt, "plain"), amount="1200.00", reference="JP/2026/35",
        note="Wise Spanish, German payer, reference 'INVOICE JP 2026 35' for JP/2026/35.")

    # --- Redsys TPV virtual (merchant notice) -----------------------------------------------------
    txt = """NOTIFICACIÓN DE OPERACIÓN - TPV VIRTUAL

Comercio: LUCIA MARTIN ESTUDIO
Nº de comercio (FUC): 349581126
Terminal: 001

Resultado: OPERACIÓN AUTORIZADA
Importe: 242,00 €
Número de pedido: 2026053
Descripción: Factura 2026-053 web mantenimiento
Tarjeta: 4548 **** **** 0019
Código de autorización: 492118
Fecha: 11/01/2027  Hora: 18:26:03

Este mensaje ha sido generado automáticamente por el sistema Redsys.
"""
    add("Redsys", "payment-notification", "es",
        H("Redsys <notificaciones@redsys.es>", LUC, "Notificación de operación autorizada - pedido 2026053",
          "2027-01-11 18:26:10", "Europe/Madrid"),
        part(txt, "plain", "windows-1252", "quoted-printable"), amount="242.00", reference="2026-053",
        note="Virtual POS merchant notice: card payment authorised for 'Factura 2026-053'.")

    # --- ING: transfer in (with also the previous ones mentioned?) --------------------------------
    html = html_wrap("""<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px;">
<table width="560" cellpadding="0" cellspacing="0" style="font-family:Arial;">
<tr><td style="color:#ff6200;font-size:26px;font-weight:bold;padding-bottom:16px;">ING</td></tr>
<tr><td style="font-size:18px;padding-bottom:10px;">Te han hecho una transferencia</td></tr>
<tr><td style="font-size:14px;">Jordi, en tu Cuenta NARANJA has recibido:</td></tr>
<tr><td style="font-size:28px;font-weight:bold;padding:14px 0;color:#333;">3.025 €</td></tr>
<tr><td style="font-size:14px;color:#555;">De: AJUNTAMENT DE SANT CUGAT DEL VALLES<br>Concepte / Concepto: PAGAMENT FRA. JP/2026/29 EXP. 2026/1187</td></tr>
<tr><td style="font-size:11px;color:#999;padding-top:20px;">ING Bank NV, Sucursal en España. C/ Vía de los Poblados, 1. 28033 Madrid.</td></tr>
</table></td></tr></table>""")
    add("ING España", "payment-notification", "es",
        H("ING <notificaciones@ing.es>", JOR, "Te han hecho una transferencia", "2027-02-04 12:55:19",
          "Europe/Madrid"),
        part(html, "html"), amount="3025.00", reference="JP/2026/29",
        note="ING, amount '3.025 €' without decimals; public body payer, Catalan/Spanish concept 'PAGAMENT FRA. JP/2026/29'.")


# =====================================================================================================
# 4. LOOK-ALIKES, SPANISH (other) and human forwards
# =====================================================================================================
def es_lookalikes():
    txt = """Bizum

Has enviado un Bizum

15,00 € a MARTA L.
Concepto: cena viernes 🍷

Este aviso lo envía tu banco, BBVA, en nombre del servicio Bizum.
"""
    add("Bizum", "other", "es",
        H("BBVA <bbva@comunica.bbva.com>", LUC, "Has enviado 15,00 € por Bizum", "2026-11-28 23:47:05",
          "Europe/Madrid"),
        part(txt, "plain"),
        note="Bizum the owner SENT to a friend (dinner). Money out.")

    txt = """Hola, LUCIA:

Te informamos de que hemos cargado un recibo en tu cuenta ·1332.

Emisor: TESORERIA GENERAL DE LA SEGURIDAD SOCIAL
Concepto: CUOTA RETA 12/2026
Importe: 294,00 €
Fecha de cargo: 31/12/2026

Si no reconoces este recibo puedes devolverlo desde la app.

BBVA
"""
    add("BBVA", "other", "es",
        H("BBVA <bbva@comunica.bbva.com>", LUC, "Te hemos cargado un recibo", "2026-12-31 07:02:44",
          "Europe/Madrid"),
        part(txt, "plain"),
        note="Direct debit charged (self-employed social-security fee). Money out.")

    txt = """Reembolso emitido

Has reembolsado 90,00 € a Estudio Nómada Arquitectura.

Pago original: 450,00 € · 19 de enero de 2027
Motivo: solicitado por el cliente
Descripción del pago original: Factura 2027-004

El reembolso tardará entre 5 y 10 días hábiles en aparecer en el extracto del cliente.

Ver reembolso: https://dashboard.stripe.com/payments/pi_3QyB7cLkdIwHu7ix1Lk0aZpQ

Stripe
"""
    add("Stripe", "other", "es",
        H("Stripe <notifications@stripe.com>", LUC, "Reembolso de 90,00 € emitido", "2027-01-22 10:15:33",
          "Europe/Madrid"),
        part(txt, "plain"),
        note="Refund the freelancer issued (money out), mentions the original 450,00 payment of 'Factura 2027-004'.")

    html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial;">
<tr><td style="background:#007eae;padding:20px;color:#fff;font-size:22px;">CaixaBank</td></tr>
<tr><td style="padding:24px;"><h2 style="color:#007eae;">Trae tu nómina y llévate hasta 400&nbsp;&euro;*</h2>
<p>Lucía, domicilia tu nómina o tus ingresos como autónomo y recibe un ingreso de hasta 400&nbsp;&euro; en tu cuenta.</p>
<p>Además, con MyBox Negocio cobra tus facturas más rápido y recibe los pagos de tus clientes al instante.</p>
<p><a href="https://www.caixabank.es/promo" style="background:#007eae;color:#fff;padding:10px 16px;text-decoration:none;">Lo quiero</a></p>
<p style="font-size:10px;color:#888;">*Promoción válida hasta el 31/01/2027. Importe del ingreso sujeto a retención fiscal. Si no quieres recibir más comunicaciones comerciales, <a href="https://www.caixabank.es/baja">date de baja</a>.</p>
</td></tr></table>""")
    add("CaixaBank", "other", "es",
        H("CaixaBank <novedades@info.caixabank.com>", LUC, "Lucía, recibe un ingreso de hasta 400 € 💰",
          "2027-01-09 11:00:00", "Europe/Madrid", extra=[("List-Unsubscribe", "<https://www.caixabank.es/baja>"),
                                                       ("Precedence", "bulk")]),
        part(html, "html"),
        note="Bank marketing: 'recibe un ingreso de hasta 400 €', 'cobra tus facturas'. No money moved.")

    txt = """Estimado cliente:

Le informamos de que la transferencia SEPA recibida a su favor por importe de 726,00 EUR, ordenada por
SUMINISTROS TECNICOS DEL NOROESTE SL con concepto "FACTURA JP/2026/36", ha sido RECHAZADA y devuelta a la
entidad ordenante.

Motivo de la devolución: MS03 - Motivo no especificado (cuenta del ordenante / revisión de cumplimiento).

El importe no ha sido abonado en su cuenta. Para más información póngase en contacto con su oficina.

Atentamente,
Abanca
"""
    add("Abanca", "other", "es",
        H("Abanca <avisos@abanca.com>", JOR, "Transferencia devuelta", "2027-01-28 09:44:12", "Europe/Madrid"),
        part(txt, "plain", "iso-8859-1", "quoted-printable"),
        note="Incoming transfer REJECTED and returned: 'El importe no ha sido abonado'. Payment failed: other.")

    # --- human: client forwards the bank justificante ------------------------------------------
    body = """Hola Lucía, aquí tienes el justificante. Perdona el retraso, con las fiestas se nos pasó.
Un abrazo

Enviado desde mi Android

---------- Mensaje reenviado ---------
De: Banco Santander <justificantes@gruposantander.es>
Fecha: vie, 8 ene 2027, 10:31
Asunto: Justificante de transferencia
Para: <rrhh@talleresgondomar.es>

JUSTIFICANTE DE TRANSFERENCIA NACIONAL

Ordenante: TALLERES GONDOMAR SL
Beneficiario: LUCIA MARTIN GARCIA
Cuenta beneficiario: ES91 2100 0418 4502 0005 1332
Importe: 1.089,00 EUR
Concepto: FRA. 2026-050
Fecha de ejecución: 08/01/2027
"""
    add("Talleres Gondomar", "client-reply-paid", "es",
        H("Nuria Gondomar <rrhh@talleresgondomar.es>", LUC,
          "RV: Re: Recordatorio: factura 2026-050 pendiente", "2027-01-08 10:40:27", "Europe/Madrid",
          style="gmail", extra=[("In-Reply-To", "<rem-2026-050.3@martinestudio.es>"),
                                ("References", "<rem-2026-050.3@martinestudio.es>")]),
        part(body, "plain"), amount="1089.00", reference="2026-050",
        note="Client forwards Santander's justificante with 'aquí tienes el justificante': paid.")


# =====================================================================================================
# 5. PAYMENT NOTICES, ENGLISH (money in)
# =====================================================================================================
def en_payments():
    # --- AIB lodgement ---------------------------------------------------------------------------
    txt = """AIB Alerts

Dear Customer,

A credit of EUR 1,845.00 has been lodged to your account ending 5678 on 20 Nov 2026.

Narrative: KILBRIDE OPTICIANS INV-2026-088

Log in to AIB Internet Banking or the AIB Mobile app to view your balance.

Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
This is an automated message. Please do not reply.
"""
    add("AIB", "payment-notification", "en",
        H("AIB Alerts <alerts@aib.ie>", TOM, "Credit to your account", "2026-11-20 15:12:00", "Europe/Dublin"),
        part(txt, "plain", "us-ascii", "7bit"), amount="1845.00", reference="INV-2026-088",
        note="AIB lodgement alert, 'EUR 1,845.00', narrative carries the invoice number.")

    # --- Bank of Ireland: 365 online, HTML table -------------------------------------------------
    html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Arial;border:1px solid #ddd;">
<tr><td style="background:#0000a0;color:#fff;padding:16px;font-size:18px;">Bank of Ireland 365</td></tr>
<tr><td style="padding:20px;font-size:14px;">
<p>Hi Tom,</p><p>Money has arrived in your Business Current Account ~4471.</p>
<table cellpadding="6" cellspacing="0" style="font-size:14px;width:100%;">
<tr style="background:#f5f5f5;"><td>Amount</td><td align="right"><b>&euro;2,460.00</b></td></tr>
<tr><td>From</td><td align="right">O'DRISCOLL &amp; DALY SOLICITORS</td></tr>
<tr style="background:#f5f5f5;"><td>Reference</td><td align="right">INV 2026 091</td></tr>
<tr><td>Date</td><td align="right">04/12/2026</td></tr>
</table>
<p style="font-size:11px;color:#777;">Bank of Ireland is regulated by the Central Bank of Ireland. Please don't reply to this email.</p>
</td></tr></table>""")
    add("Bank of Ireland", "payment-notification", "en",
        H("Bank of Ireland <365alerts@boi.com>", TOM, "You've received a payment", "2026-12-04 10:20:48",
          "Europe/Dublin"),
        part(html, "html"), amount="2460.00", reference="INV-2026-091",
        note="BOI HTML table, '€2,460.00', reference written 'INV 2026 091'.")

    # --- Revolut (EN): partial ------------------------------------------------------------------
    txt = """Tom, you received €900.00 from Ballymore Community Centre CLG

Reference: part payment INV-2026-094 (1 of 2)

The money is available in your EUR account now.

Revolut
Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lithuania. Irish branch: 2 Dublin Landings, Dublin 1.
"""
    add("Revolut", "payment-notification", "en",
        H("Revolut <no-reply@revolut.com>", TOM, "You received €900.00", "2026-12-17 13:06:29", "Europe/Dublin"),
        part(txt, "plain"), amount="900.00", reference="INV-2026-094",
        note="Revolut personal-style alert, partial payment '(1 of 2)'.")

    # --- Monzo Business (GBP) -------------------------------------------------------------------
    txt = """You got paid 💸

£480.00 from HENDRY & PRICE LTD
Reference: SW0142

Monzo Business
Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG. Authorised by the PRA.
"""
    add("Monzo", "payment-notification", "en",
        H("Monzo <hello@monzo.com>", SAR, "£480.00 from HENDRY & PRICE LTD", "2026-11-26 16:44:02",
          "Europe/London"),
        part(txt, "plain"), amount="480.00", currency="GBP", reference="SW0142",
        note="Monzo Business, GBP, reference = invoice number exactly.")

    # --- Starling (GBP), HTML ---------------------------------------------------------------------
    html = html_wrap("""<div style="max-width:540px;margin:0 auto;padding:24px;font-family:Helvetica,Arial;">
<p style="color:#6935d3;font-weight:bold;font-size:20px;">Starling Bank</p>
<p style="font-size:16px;">Hi Sarah,</p>
<p style="font-size:16px;">You've received a payment into your business account.</p>
<table width="100%" cellpadding="8" style="border-top:1px solid #eee;border-bottom:1px solid #eee;">
<tr><td style="color:#888;">Payment from</td><td align="right">MARLOWE HOUSING ASSOCIATION</td></tr>
<tr><td style="color:#888;">Reference</td><td align="right">INV SW0139 / PO 44812</td></tr>
<tr><td style="color:#888;">Amount</td><td align="right" style="font-size:20px;"><b>+ &pound;2,100.00</b></td></tr>
</table>
<p style="font-size:12px;color:#888;">Starling Bank Limited is registered in England and Wales (No. 09092149). Authorised by the PRA.</p>
</div>""")
    add("Starling Bank", "payment-notification", "en",
        H("Starling Bank <notifications@starlingbank.com>", SAR, "Payment received", "2027-01-06 09:15:57",
          "Europe/London"),
        part(html, "html"), amount="2100.00", currency="GBP", reference="SW0139",
        note="Starling HTML, '+ £2,100.00', reference mixes invoice and PO numbers.")

    # --- Wise USD for Nadia ---------------------------------------------------------------------
    txt = """You've received USD 3,200.00

Hi Nadia,

LUMEN ANALYTICS INC sent you 3,200.00 USD. It's now in your USD balance.

Reference: NO-1042 website redesign milestone 2

Your USD account details:
Account number: 8310012345  Routing number: 026073150

The Wise Team
Wise US Inc., 30 W. 26th Street, Sixth Floor, New York, NY 10010
"""
    add("Wise", "payment-notification", "en",
        H("Wise <noreply@wise.com>", NAD, "You've received USD 3,200.00", "2026-11-30 14:02:11",
          "America/New_York"),
        part(txt, "plain"), amount="3200.00", currency="USD", reference="NO-1042",
        note="Wise, amount written 'USD 3,200.00' and '3,200.00 USD'.")

    # --- Stripe EN: invoice paid ----------------------------------------------------------------
    html = html_wrap("""<table width="100%" cellpadding="0" cellspacing="0" style="background:#f6f9fc;"><tr><td align="center" style="padding:40px 0;">
<table width="540" cellpadding="0" cellspacing="0" style="background:#fff;border-radius:6px;">
<tr><td style="padding:32px 40px 0 40px;color:#635bff;font-weight:bold;font-size:20px;">stripe</td></tr>
<tr><td style="padding:16px 40px;font-size:20px;color:#32325d;">Invoice paid</td></tr>
<tr><td style="padding:0 40px;font-size:16px;color:#525f7f;">Byrne Design received a payment of <b>&euro;1,220.00</b> from <b>Castlegate Dental Ltd</b> for invoice <b>INV-2026-097</b>.</td></tr>
<tr><td style="padding:20px 40px;"><table width="100%" style="font-size:14px;color:#525f7f;">
<tr><td>Amount paid</td><td align="right">&euro;1,220.00</td></tr>
<tr><td>Date paid</td><td align="right">Jan 14, 2027</td></tr>
<tr><td>Payment method</td><td align="right">SEPA Credit Transfer</td></tr>
</table></td></tr>
<tr><td style="padding:0 40px 32px 40px;font-size:12px;color:#8898aa;">You're receiving this email because you're an administrator of Byrne Design on Stripe.</td></tr>
</table></td></tr></table>""")
    add("Stripe", "payment-notification", "en",
        H("Stripe <notifications@stripe.com>", TOM, "Payment received: €1,220.00 from Castlegate Dental Ltd",
          "2027-01-14 08:51:39", "Europe/Dublin"),
        alt("Invoice paid\n\nByrne Design received a payment of €1,220.00 from Castlegate Dental Ltd for invoice "
            "INV-2026-097.\n\nAmount paid: €1,220.00\nDate paid: Jan 14, 2027\nPayment method: SEPA Credit Transfer\n",
            html),
        amount="1220.00", reference="INV-2026-097",
        note="Stripe Invoicing 'invoice paid' via bank transfer.")

    # --- PayPal EN, USD --------------------------------------------------------------------------
    txt = """Hello, Nadia Okafor

You've got money!

Brightside Bakery Co. sent you $750.00 USD

Note from Brightside Bakery Co.:
"for the menu design invoice (no-1047). thanks nadia!!"

Transaction ID: 2KV11935AB4478212
Transaction date: December 8, 2026

Gross amount     $750.00 USD
PayPal fee       -$26.63 USD
Net amount       $723.37 USD

Help & Contact | Security | Apps
PayPal, Inc., 2211 North First Street, San Jose, CA 95131
Please don't reply to this email.
"""
    add("PayPal US", "payment-notification", "en",
        H("service@paypal.com", NAD, "You've got money", "2026-12-08 19:33:02", "America/Los_Angeles"),
        part(txt, "plain"), amount="750.00", currency="USD", reference="NO-1047",
        note="PayPal US 'You've got money', bare From address, note writes 'no-1047'.")

    # --- Chase Zelle (USD) ----------------------------------------------------------------------
    txt = """CHASE

You received money with Zelle®

HARLAN PARK DENTAL ASSOC sent you $1,400.00.

Memo: NO 1049
Deposited to: Chase Business Complete Checking (...8834)
Date: Jan 20, 2027

If you don't recognize this activity, please contact us at the number on the back of your card.
Securely access your accounts at chase.com.

E-mail Security Information: This message was sent to nadia@okaforstudio.com.
© 2027 JPMorgan Chase & Co.
"""
    add("Chase", "payment-notification", "en",
        H("Chase <no.reply.alerts@chase.com>", NAD, "You received money with Zelle®", "2027-01-20 11:08:44",
          "America/New_York"),
        part(txt, "plain"), amount="1400.00", currency="USD", reference="NO-1049",
        note="Chase Zelle receipt, memo 'NO 1049'.")

    # --- QuickBooks Payments ---------------------------------------------------------------------
    txt = """You've been paid!

Invoice: NO-1051
Customer: Ferris & Lowe Architects
Amount: $2,650.00
Payment method: ACH bank transfer

Funds typically arrive in your bank account within 2 business days.

View invoice: https://qbo.intuit.com/app/invoice?txnId=1051

Intuit QuickBooks
2700 Coast Avenue, Mountain View, CA 94043
"""
    add("QuickBooks", "payment-notification", "en",
        H("QuickBooks Payments <quickbooks@notification.intuit.com>", NAD, "Payment received for invoice NO-1051",
          "2027-02-09 10:27:15", "America/Los_Angeles"),
        part(txt, "plain"), amount="2650.00", currency="USD", reference="NO-1051",
        note="QuickBooks Payments 'You've been paid' for a customer invoice (ACH, funds arrive in 2 days).")

    # --- Remittance advice from an AP platform ----------------------------------------------------
    html = html_wrap("""<div style="font-family:Calibri,Arial;font-size:14px;max-width:700px;">
<p><b>REMITTANCE ADVICE</b></p>
<p>Payer: Northwind Logistics Europe B.V.<br>Payee: Byrne Design<br>Payment date: 27/01/2027<br>Payment method: SEPA Credit Transfer<br>Payment reference: NWL-PAY-0007731</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px;">
<tr style="background:#dde3ea;"><th>Invoice number</th><th>Invoice date</th><th>Gross</th><th>Deductions</th><th>Paid</th></tr>
<tr><td>INV-2026-099</td><td>15/12/2026</td><td>4,880.00</td><td>0.00</td><td>4,880.00</td></tr>
<tr><td colspan="4" align="right"><b>Total EUR</b></td><td><b>4,880.00</b></td></tr>
</table>
<p>This remittance advice was generated by Tipalti on behalf of Northwind Logistics Europe B.V. Funds should reach your account within 1-2 business days. Please do not reply to this email; for queries contact ap@northwind-logistics.eu.</p>
</div>""")
    add("Tipalti / Northwind", "payment-notification", "en",
        H("Northwind Logistics Europe via Tipalti <noreply@tipalti.com>", TOM,
          "Remittance Advice - Payment NWL-PAY-0007731", "2027-01-27 06:00:12", "Europe/Amsterdam",
          extra=[("Reply-To", "ap@northwind-logistics.eu")]),
        part(html, "html"), amount="4880.00", reference="INV-2026-099",
        note="AP platform remittance advice (payment sent, funds in 1-2 days): a payment notice, invoice in table.")

    # --- GoCardless: payment confirmed (GBP) ------------------------------------------------------
    txt = """Hi Sarah,

A payment of £360.00 from Fernhill Garden Supplies Ltd has been confirmed. It will be included in your
next payout to your bank account.

Payment reference: SW0147
Charge date: 02/02/2027
Description: Monthly blog retainer - January (invoice SW0147)

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN
"""
    add("GoCardless", "payment-notification", "en",
        H("GoCardless <help@gocardless.com>", SAR, "Payment confirmed: £360.00 from Fernhill Garden Supplies Ltd",
          "2027-02-02 07:31:20", "Europe/London"),
        part(txt, "plain"), amount="360.00", currency="GBP", reference="SW0147",
        note="GoCardless direct debit COLLECTED from the client (money in for the freelancer), confirmed.")


# =====================================================================================================
# 6. LOOK-ALIKES, ENGLISH (other) and human forwards
# =====================================================================================================
def en_lookalikes():
    txt = """Your payout is on its way

A payout of €2,140.50 is on its way to your bank account.

Bank account: AIB ••••5678
Expected arrival: Dec 22, 2026
Payout ID: po_1QbX7rLkdIwHu7ixkV2bmW3s

This payout includes 3 payments and 1 refund. View the payout reconciliation report in your Dashboard.

Stripe
"""
    add("Stripe", "other", "en",
        H("Stripe <notifications@stripe.com>", TOM, "Your €2,140.50 payout for Byrne Design is on its way",
          "2026-12-19 02:13:07", "UTC"),
        part(txt, "plain"),
        note="Stripe PAYOUT to the owner's bank: moves money already received and counted (the payments had "
             "their own notices). Not a new payment in.")

    txt = """Hello, Sarah Whitfield

You sent £45.00 GBP to Pixel & Press Stock Images

Transaction ID: 8UB72019HC3310442
Transaction date: 11 January 2027
Seller info: Pixel & Press Stock Images - support@pixelpress.example
Description: Extended licence x3

Paid with: PayPal balance  £45.00 GBP

PayPal (Europe) S.à r.l. et Cie, S.C.A.
"""
    add("PayPal UK", "other", "en",
        H("PayPal <service@paypal.co.uk>", SAR, "Receipt for your payment to Pixel & Press Stock Images",
          "2027-01-11 21:19:02", "Europe/London", dom="paypal.com"),
        part(txt, "plain"),
        note="PayPal receipt for a purchase the owner made. Money out.")

    txt = """Hi Sarah,

HM REVENUE & CUSTOMS will collect £1,312.40 from your Monzo Business account by Direct Debit on
31 January 2027.

Reference: 812345678K SA

Make sure you've got enough money in your account the day before.

Monzo
"""
    add("Monzo", "other", "en",
        H("Monzo <hello@monzo.com>", SAR, "Upcoming Direct Debit: HM Revenue & Customs", "2027-01-28 08:00:41",
          "Europe/London"),
        part(txt, "plain"),
        note="Direct debit announcement (self-assessment tax). Future money out.")

    html = html_wrap("""<table width="540" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial;">
<tr><td style="padding:24px 0;color:#635bff;font-weight:bold;font-size:20px;">stripe</td></tr>
<tr><td style="font-size:20px;color:#32325d;">Payment failed</td></tr>
<tr><td style="font-size:15px;color:#525f7f;padding:12px 0;">A payment of <b>$1,980.00</b> from <b>Orchard Street Yoga LLC</b> for invoice <b>NO-1053</b> failed.</td></tr>
<tr><td style="font-size:14px;color:#525f7f;">Decline reason: <i>Your card has insufficient funds.</i> (insufficient_funds)</td></tr>
<tr><td style="font-size:14px;color:#525f7f;padding:12px 0;">Smart Retries is enabled: Stripe will try this payment again on Feb 16, 2027. The invoice remains open.</td></tr>
</table>""")
    add("Stripe", "other", "en",
        H("Stripe <notifications@stripe.com>", NAD, "Payment failed for invoice NO-1053", "2027-02-12 17:45:10",
          "America/New_York"),
        part(html, "html"),
        note="Stripe PAYMENT FAILED (insufficient funds), invoice still open: no money in.")

    txt = """Your transfer is complete

Hi Nadia,

Your 1,100.00 USD to Kemi Adebayo is complete. It should now be in her account.

Transfer #1472209384
You sent: 1,100.00 USD
Kemi Adebayo receives: 1,003,850.00 NGN
Reference: illustrations for NO-1042 project

The Wise Team
"""
    add("Wise", "other", "en",
        H("Wise <noreply@wise.com>", NAD, "Your transfer to Kemi Adebayo is complete", "2026-12-03 13:50:29",
          "America/New_York"),
        part(txt, "plain"),
        note="Outgoing Wise transfer to a subcontractor, reference even names the owner's own invoice NO-1042. Money out.")

    txt = """Payment processing

Castlegate Dental Ltd has started a payment of €640.00 for invoice INV-2026-101 using SEPA Direct Debit.

SEPA Direct Debit payments can take up to 14 business days to confirm. We'll let you know when the
payment succeeds or fails. The invoice will stay open until then.

Stripe
"""
    add("Stripe", "other", "en",
        H("Stripe <notifications@stripe.com>", TOM, "Payment processing for INV-2026-101", "2027-02-15 09:02:55",
          "Europe/Dublin"),
        part(txt, "plain"),
        note="Stripe payment PENDING (SEPA DD processing, may still fail): brief says pending notices are other.")

    # --- human: AP clerk forwards a remittance ----------------------------------------------------
    body = """Hi Tom,

Please see remittance below – this went out in yesterday’s payment run, apologies for the delay.

Kind regards,
Aoife

Aoife Brennan | Accounts Payable
Glenveagh Outdoor Ltd | Unit 4, Letterkenny Business Park, Co. Donegal
T: +353 74 912 0045

From: Sage Payments <noreply@sage.com>
Sent: 28 January 2027 17:02
To: Accounts Payable <ap@glenveagh-outdoor.ie>
Subject: Remittance Advice - Glenveagh Outdoor Ltd

Supplier: Byrne Design
Payment date: 28/01/2027
Amount: EUR 1,353.00

Invoice ref       Amount
INV-2026-093      1,353.00

This email and any attachments are confidential and may be legally privileged. If you are not the
intended recipient, please notify the sender and delete it.
"""
    add("Glenveagh Outdoor", "client-reply-paid", "en",
        H("Aoife Brennan <aoife.brennan@glenveagh-outdoor.ie>", TOM, "FW: Remittance Advice - Glenveagh Outdoor Ltd",
          "2027-01-29 09:14:38", "Europe/Dublin", style="outlook",
          extra=[("Cc", "Accounts Payable <ap@glenveagh-outdoor.ie>")]),
        part(body, "plain", "iso-8859-1", "quoted-printable", codec="cp1252"),
        amount="1353.00", reference="INV-2026-093",
        note="AP clerk forwards remittance: 'went out in yesterday's payment run' = paid. Outlook From/Sent block.")

    # --- human: client forwards a SCHEDULED payment notice (not paid yet) ------------------------
    body = """Hi Sarah - just so you know it's booked in, see below. Sorry it's late, cashflow's been a nightmare
since Christmas.

Dev

-----Original Message-----
From: NatWest <alerts@natwest.com>
Sent: Monday, February 1, 2027 8:55 PM
To: dev@kestrelcycles.co.uk
Subject: Future-dated payment set up

You've set up a future-dated payment.

To: SARAH WHITFIELD
Sort code: 04-00-04  Account: ****6612
Amount: £1,140.00
Reference: SW0144
Payment date: 15/02/2027

You can cancel or amend this payment in the app before the payment date.
"""
    add("Kestrel Cycles", "client-reply-promise", "en",
        H("Dev Sharma <dev@kestrelcycles.co.uk>", SAR, "FW: Future-dated payment set up", "2027-02-01 21:03:11",
          "Europe/London", style="outlook"),
        part(body, "plain"), amount="1140.00", currency="GBP", reference="SW0144", promised_date="2027-02-15",
        note="Client forwards a FUTURE-DATED payment confirmation (15/02/2027): booked, not paid yet = promise "
             "for that date.")


# =====================================================================================================
# 7. AUTO-REPLIES
# =====================================================================================================
def AR(persona, lang, frm, owner, subject, when, tz, root, hdrs="rfc", reply_to_mid=None, **labels):
    """hdrs: 'rfc' (Auto-Submitted: auto-replied), 'outlook' (Exchange style), 'xauto' (X-Autoreply only),
    'bulk' (Precedence: bulk only), 'none' (nothing machine-readable)."""
    dom = addr_of(owner).split("@")[1]
    irt = reply_to_mid or msgid(dom)
    extra = [("In-Reply-To", irt), ("References", irt)]
    if hdrs == "rfc":
        extra += [("Auto-Submitted", "auto-replied")]
    elif hdrs == "outlook":
        extra += [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
                  ("X-MS-Exchange-Inbox-Rules-Loop", addr_of(frm)),
                  ("Thread-Topic", subject.split(": ", 1)[1] if ": " in subject else subject)]
    elif hdrs == "xauto":
        extra += [("X-Autoreply", "yes"), ("X-Autorespond", "yes")]
    elif hdrs == "bulk":
        extra += [("Precedence", "bulk")]
    style = "outlook" if hdrs == "outlook" else "hex"
    add(persona, "auto-reply", lang, H(frm, owner, subject, when, tz, style=style, extra=extra), root, **labels)


def it_autoreplies():
    AR("Ferrari Arredamenti", "it", "Sabrina Morandi <s.morandi@ferrariarredamenti.it>", ALE,
       "Risposta automatica: Sollecito di pagamento – fattura n. 41/2026", "2026-12-23 15:02:11", "Europe/Rome",
       part("Buongiorno,\n\nsarò fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta.\n"
            "Per questioni urgenti potete contattare l’ufficio acquisti allo 0522 918811 o scrivere a "
            "acquisti@ferrariarredamenti.it.\n\nCordiali saluti\nSabrina Morandi\nFerrari Arredamenti S.r.l.\n",
            "plain", "iso-8859-1", "quoted-printable", codec="cp1252"),
       hdrs="outlook", return_date="2027-01-07",
       note="Outlook OOO, 'fino al 6 gennaio compreso' -> back 7 January.")

    AR("Pellegrini Ceramiche", "it", "Pellegrini Ceramiche <info@pellegriniceramiche.it>", ALE,
       "Re: Promemoria fattura n. 52/2026", "2026-12-29 08:40:00", "Europe/Rome",
       part("Gentile cliente, gentile fornitore,\n\nvi informiamo che i nostri uffici e lo stabilimento resteranno "
            "chiusi per le festività natalizie. Le attività riprenderanno regolarmente il giorno successivo "
            "all'Epifania.\n\nLe email ricevute in questo periodo verranno lette alla riapertura.\n\nAuguriamo a "
            "tutti Buone Feste!\n\nPellegrini Ceramiche S.a.s.\nVia Radici in Piano 310 - Sassuolo (MO)\n"),
       hdrs="none", return_date="2027-01-07",
       note="Holiday closure, no RFC 3834 headers and a plain 'Re:' subject; 'il giorno successivo all'Epifania' "
            "= 7 January 2027.")

    AR("Studio Baraldi", "it", "Paolo Baraldi <paolo@studiobaraldi.it>", ALE,
       "Risposta automatica: Promemoria fattura n. 39/2026", "2026-11-19 10:12:40", "Europe/Rome",
       part("Sono in trasferta per un cantiere, rientro lunedì.\nPer urgenze chiamate il 347 221 9087.\n\nGeom. Paolo Baraldi\n"),
       hdrs="rfc", return_date="2026-11-23",
       note="Weekday only: sent Thursday 19 Nov 2026, 'rientro lunedì' -> Monday 23 Nov.")

    AR("Associazione Il Mulino", "it", "Elena Cattaneo <segreteria@ilmulino-aps.it>", ALE,
       "Risposta automatica: Fattura n. 46/2026", "2026-11-24 12:00:03", "Europe/Rome",
       part("Buongiorno,\nsono in congedo di maternità. Per tutte le questioni amministrative e i pagamenti vi prego "
            "di scrivere a tesoreria@ilmulino-aps.it, che riceverà la vostra email.\nGrazie!\nElena\n"),
       hdrs="rfc",
       note="Maternity leave with no return date; redirects payments topic to treasurer. No return_date.")

    AR("Geotec Servizi", "it", "Roberto Negri <r.negri@geotecservizi.it>", DAV,
       "Risposta automatica: Fattura DC-2026-24", "2027-01-20 09:31:55", "Europe/Rome",
       part("Si comunica che Roberto Negri non fa più parte dell'organico di Geotec Servizi S.r.l.\n"
            "Questa casella non è più monitorata.\n\nPer l'amministrazione scrivere a amministrazione@geotecservizi.it\n"
            "Per l'ufficio tecnico: tecnico@geotecservizi.it\n"),
       hdrs="none",
       note="'No longer works here', write to ... ; no auto headers.")

    html = html_wrap("""<div style="font-family:Arial;font-size:14px;color:#333;">
<p>Gentile Davide Colombo,</p>
<p>grazie per averci scritto. La sua richiesta &egrave; stata ricevuta ed &egrave; stato aperto il ticket <b>#48213</b>.</p>
<p>Un operatore del nostro Servizio Clienti la ricontatter&agrave; il prima possibile. Per aggiungere informazioni risponda a questa email senza modificare l'oggetto.</p>
<p>Cordiali saluti,<br>Assistenza Clienti Brambilla Impianti</p>
<hr><p style="font-size:11px;color:#999;">##- Scrivi sopra questa riga per rispondere -##<br>Ticket #48213: Fattura DC-2026-23 – promemoria di pagamento</p>
<p style="font-size:11px;color:#999;">Questo messaggio &egrave; stato inviato da Zendesk.</p></div>""")
    AR("Brambilla Impianti", "it", "Assistenza Brambilla Impianti <supporto@brambillaimpianti.zendesk.com>", DAV,
       "[Brambilla Impianti] Aggiornamento richiesta: Fattura DC-2026-23 – promemoria di pagamento",
       "2027-01-13 14:07:21", "Europe/Rome",
       alt("##- Scrivi sopra questa riga per rispondere -##\n\nGentile Davide Colombo,\n\ngrazie per averci scritto. "
           "La sua richiesta è stata ricevuta ed è stato aperto il ticket #48213.\n\nUn operatore del nostro Servizio "
           "Clienti la ricontatterà il prima possibile.\n\nCordiali saluti,\nAssistenza Clienti Brambilla Impianti\n\n"
           "Questo messaggio è stato inviato da Zendesk.\n", html),
       hdrs="rfc",
       note="Zendesk ticket acknowledgement in Italian; subject says 'Aggiornamento richiesta' not 'Risposta automatica'.")

    AR("Lorenzi Nicola", "it", "Amministrazione Lorenzi <amministrazione@lorenzisrl.it>", DAV,
       "R: Fattura DC-2026-25", "2027-02-02 18:22:47", "Europe/Rome",
       part("MESSAGGIO AUTOMATICO\n\nLa sua email è stata ricevuta e sarà evasa entro 48 ore lavorative.\n"
            "Si ricorda che i pagamenti ai fornitori vengono effettuati il 10 e il 25 di ogni mese con bonifico "
            "bancario, previa verifica della regolarità della fattura elettronica ricevuta tramite SDI.\n\n"
            "Lorenzi S.r.l. - Ufficio Amministrazione\n", "plain", "iso-8859-1", "quoted-printable"),
       hdrs="none",
       note="Auto-acknowledgement with 'R:' subject and no headers; general payment-days policy is not a promise.")

    AR("Chiara Valsecchi", "it", "Chiara Valsecchi <chiara.valsecchi@gmail.com>", ALE,
       "Re: Fattura n. 53/2026", "2026-12-09 17:45:12", "Europe/Rome",
       part("Ciao! Sono in viaggio in Giappone 🇯🇵 e leggo la posta di rado. Rientro il 16 dicembre, ti "
            "rispondo appena torno.\nChiara\n", cte="base64"),
       hdrs="rfc", return_date="2026-12-16",
       note="Gmail vacation responder (Auto-Submitted, 'Re:' subject); 'Rientro il 16 dicembre'.")

    AR("Vigano Parodi Architetti", "it", "Marta Parodi <m.parodi@vpa-architetti.it>", DAV,
       "Risposta automatica: Fattura DC-2026-26", "2027-01-04 07:55:00", "Europe/Rome",
       alt("Sono fuori sede. Sarò di nuovo in ufficio lunedì 11 gennaio.\n"
           "I am out of the office. I will be back on Monday 11 January.\n\nMarta Parodi\nVPA Architetti Associati\n",
           "<html><body><p style=\"font-family:Calibri\">Sono fuori sede. Sarò di nuovo in ufficio <b>lunedì 11 gennaio</b>."
           "<br><i>I am out of the office. I will be back on Monday 11 January.</i></p><p>Marta Parodi<br>VPA Architetti "
           "Associati</p></body></html>"),
       hdrs="outlook", return_date="2027-01-11",
       note="Bilingual it/en OOO, back Monday 11 January 2027.")

    AR("Erboristeria La Salvia", "it", "erboristerialasalvia@tiscali.it", ALE,
       "Risposta automatica", "2026-11-30 13:13:13", "Europe/Rome",
       part("Siamo in ferie! Per urgenze 333 4455667. Marina\n", "plain", "iso-8859-1", "7bit"),
       hdrs="xauto",
       note="Webmail autoresponder with X-Autoreply only, bare subject, no date.")

    AR("Comune di Cantù", "it", "protocollo.comune.cantu@pec.regione.lombardia.it", DAV,
       "AVVISO: messaggio non accettato - Fattura DC-2026-27", "2027-02-08 11:02:36", "Europe/Rome",
       part("Attenzione: la presente casella di Posta Elettronica Certificata è abilitata alla sola ricezione di "
            "messaggi provenienti da caselle PEC.\nIl messaggio da lei inviato da una casella di posta ordinaria "
            "non verrà protocollato né preso in carico.\n\nLe fatture elettroniche devono essere trasmesse "
            "esclusivamente tramite il Sistema di Interscambio (SdI) - Codice Univoco Ufficio UFXXYZ.\n\n"
            "Messaggio generato automaticamente, si prega di non rispondere.\n"),
       hdrs="bulk",
       note="PEC mailbox auto-answer: 'accepts only PEC messages, yours will not be handled'. Delivered, so an "
            "auto-reply, not a DSN bounce.")


def es_autoreplies():
    AR("Construcciones Ibarra", "es", "Amaia Ibarra <amaia@construccionesibarra.es>", LUC,
       "Respuesta automática: Recordatorio: factura 2026-044", "2026-12-30 10:44:18", "Europe/Madrid",
       part("Hola,\n\nEstaré fuera de la oficina hasta el lunes 11 de enero. Para cualquier asunto urgente – pagos, pedidos… – "
            "contactad con administracion@construccionesibarra.es.\n\nUn saludo,\nAmaia\n",
            "plain", "iso-8859-1", "quoted-printable", codec="cp1252"),
       hdrs="outlook", return_date="2027-01-11",
       note="'hasta el lunes 11 de enero' -> that Monday (per the labelling rule).")

    AR("Editorial La Brújula", "es", "Editorial La Brújula <info@editoriallabrujula.com>", LUC,
       "Re: Recordatorio: factura 2026-055", "2026-12-24 09:00:00", "Europe/Madrid",
       part("Estimados amigos:\n\nNuestras oficinas permanecerán cerradas por vacaciones de Navidad del 23 de "
            "diciembre al 7 de enero, ambos inclusive. Atenderemos su correo a nuestra vuelta.\n\nFelices fiestas.\n\n"
            "Editorial La Brújula S.L.\n"),
       hdrs="none", return_date="2027-01-08",
       note="Christmas closure 23 Dec - 7 Jan both inclusive -> back 8 January. No auto headers.")

    AR("Gestoria Alberdi", "es", "Iñaki Alberdi <inaki@gestoriaalberdi.com>", LUC,
       "Respuesta automática: Factura 2026-038", "2027-01-12 12:10:00", "Europe/Madrid",
       part("Kaixo / Hola,\n\nEstoy de baja por paternidad. Durante mi ausencia, las consultas sobre facturación y "
            "pagos las lleva mi compañera Leire (leire@gestoriaalberdi.com).\n\nEskerrik asko / Gracias\n"),
       hdrs="rfc",
       note="Paternity leave, no return date, redirect to colleague.")

    AR("Hotel Mirador del Atlántico", "es", "Reservas Mirador <contabilidad@hotelmiradoratlantico.es>", JOR,
       "Respuesta automática: Factura JP/2026/34", "2027-01-19 08:20:00", "Atlantic/Canary",
       part("Esta dirección de correo ya no está operativa.\nPara facturación y pagos a proveedores escriba a "
            "administracion@grupomirador.es.\n\nGracias.\n", "plain", "iso-8859-1", "8bit"),
       hdrs="xauto",
       note="Mailbox no longer in use, redirect; X-Autoreply only; Canary time.")

    html = html_wrap("""<div style="font-family:Arial;font-size:14px;">
<p>Hola Lucía,</p>
<p>Hemos recibido su solicitud y la hemos registrado con el número <b>#9921</b>. Nuestro equipo de administración la revisará y le responderá lo antes posible.</p>
<p>Puede consultar el estado de su solicitud en nuestro <a href="https://soporte.nomada-arq.freshdesk.com/support/tickets/9921">portal de soporte</a>.</p>
<p>Atentamente,<br>Estudio Nómada – Administración</p></div>""")
    AR("Estudio Nómada", "es", "Estudio Nómada Soporte <support@nomada-arq.freshdesk.com>", LUC,
       "Solicitud recibida: Recordatorio: factura 2027-004 [#9921]", "2027-02-03 16:38:51", "Europe/Madrid",
       part(html, "html"), hdrs="rfc",
       note="Freshdesk ticket acknowledgement, HTML only.")

    AR("Café Tortuga", "es", "Carmen Déniz <carmen@cafetortuga.es>", JOR,
       "Fuera de la oficina: Factura JP/2026/37", "2026-12-28 11:30:00", "Atlantic/Canary",
       part("¡Hola! Estoy de vacaciones, vuelvo el lunes 4 de enero. Si es urgente, llama al 928 33 44 55.\nCarmen\n\n"
            "Enviado desde mi Android\n"),
       hdrs="rfc", return_date="2027-01-04",
       note="Canary Islands OOO, 'vuelvo el lunes 4 de enero'.")

    AR("Ayuntamiento de Teror", "es", "Registro Proveedores <proveedores@teror.es>", JOR,
       "RE: Factura JP/2026/38", "2027-01-21 13:00:12", "Atlantic/Canary",
       part("AVISO AUTOMÁTICO\n\nEste buzón no está atendido. De acuerdo con la Ley 25/2013, las facturas dirigidas "
            "al Ayuntamiento deben presentarse a través del Punto General de Entrada de Facturas Electrónicas (FACe) "
            "en formato Facturae, indicando los códigos DIR3 de oficina contable, órgano gestor y unidad "
            "tramitadora.\n\nLas consultas sobre el estado de pago pueden realizarse en FACe.\n\n"
            "Ayuntamiento de la Villa de Teror - Intervención\n"),
       hdrs="bulk",
       note="Public body's unattended-mailbox auto-answer pointing to FACe; 'RE:' subject.")

    AR("Disseny i Mobles Vilarrasa", "es", "Montse Vilarrasa <montse@vilarrasa.cat>", JOR,
       "Resposta automàtica: Factura JP/2026/39", "2026-12-21 09:05:44", "Europe/Madrid",
       part("Bon dia,\nSóc fora de l'oficina fins al dijous 7 de gener inclòs. / Estoy fuera de la oficina hasta el "
            "jueves 7 de enero incluido.\n\nSalutacions / Saludos,\nMontse\n", "plain", "iso-8859-1", "quoted-printable"),
       hdrs="outlook", return_date="2027-01-08",
       note="Catalan/Spanish bilingual OOO, 'fins al dijous 7 de gener inclòs' -> back Friday 8 January.")

    AR("Berghaus Media", "es", "Lukas Berghaus <l.berghaus@berghausmedia.de>", JOR,
       "Abwesenheitsnotiz: Factura JP/2026/40", "2027-02-01 08:00:00", "Europe/Berlin",
       part("Estaré de viaje del 1 al 12 de febrero con acceso limitado al correo. Me reincorporo el lunes 15 de "
            "febrero.\n\nIch bin bis 12.02. auf Reisen. Ab Montag, 15.02., bin ich wieder erreichbar.\n\nLukas\n"),
       hdrs="rfc", return_date="2027-02-15",
       note="German client writing Spanish + German, 'Abwesenheitsnotiz' subject; back Monday 15 February.")

    AR("Asesoría Vallejo", "es", "Asesoría Vallejo <info@asesoriavallejo.es>", LUC,
       "Re: Recordatorio: factura 2026-057", "2027-01-15 19:50:02", "Europe/Madrid",
       part("Su mensaje ha sido recibido correctamente. Le responderemos en un plazo máximo de 48 horas hábiles.\n\n"
            "Horario de atención: lunes a jueves de 9:00 a 14:00 y de 16:00 a 18:30; viernes de 8:00 a 15:00.\n\n"
            "Asesoría Vallejo - Fiscal, laboral y contable\n"), hdrs="none",
       note="'Received, will answer within 48h' with no auto headers and a Re: subject.")


def en_autoreplies():
    AR("O'Driscoll & Daly", "en", "Ciara Daly <cdaly@odriscolldaly.ie>", TOM,
       "Automatic reply: Reminder: invoice INV-2026-091", "2026-12-22 17:31:40", "Europe/Dublin",
       part("Thank you for your email. The office is closed for Christmas and I’ll be back on Monday 4 January.\n\n"
            "Ciara Daly\nPractice Manager\nO'Driscoll & Daly Solicitors\n\nThis email and any files transmitted with "
            "it are confidential and intended solely for the use of the addressee.\n",
            "plain", "iso-8859-1", "quoted-printable", codec="cp1252"),
       hdrs="outlook", return_date="2027-01-04",
       note="Outlook OOO, back Monday 4 January 2027.")

    AR("Hendry & Price", "en", "Joanna Price <joanna@hendryprice.co.uk>", SAR,
       "Automatic reply: Invoice SW0148", "2027-02-10 10:04:31", "Europe/London",
       part("Hi,\n\nI'm currently on parental leave until the spring, and checking email only occasionally.\n"
            "For anything finance-related please contact finance@hendryprice.co.uk.\n\nThanks,\nJoanna\n"),
       hdrs="outlook",
       note="Parental leave 'until the spring' -> vague, no return date.")

    AR("Fernhill Garden Supplies", "en", "Gary Marsh <gary.marsh@fernhillgarden.co.uk>", SAR,
       "Automatic reply: Invoice SW0149", "2027-02-16 08:12:00", "Europe/London",
       part("Gary Marsh no longer works at Fernhill Garden Supplies. Your email has not been forwarded.\n\n"
            "Please redirect invoices and payment queries to accounts@fernhillgarden.co.uk.\n"),
       hdrs="outlook",
       note="No longer works here, redirect to accounts.")

    AR("Castlegate Dental", "en", "Castlegate Dental Support <help@castlegatedental.zendesk.com>", TOM,
       "Request received: Reminder: invoice INV-2026-101", "2027-02-17 12:00:22", "Europe/Dublin",
       part("##- Please type your reply above this line -##\n\nYour request (88213) has been received and is being "
            "reviewed by our support staff.\n\nTo add additional comments, reply to this email.\n\n"
            "This email is a service from Castlegate Dental Support. Delivered by Zendesk\n"),
       hdrs="rfc",
       note="Zendesk request-received acknowledgement.")

    AR("Northwind Logistics", "en", "Accounts Payable Helpdesk <jira@northwind-logistics.atlassian.net>", TOM,
       "[JIRA] (APHD-4412) Reminder: invoice INV-2026-102", "2027-02-18 06:45:09", "Europe/Amsterdam",
       alt("We've received your request\n\nAPHD-4412 Reminder: invoice INV-2026-102\n\nHi Tom Byrne,\n\nThanks for "
           "contacting Accounts Payable. Your request has been logged and a team member will get back to you. "
           "Our target response time is 3 business days.\n\nView request: https://northwind-logistics.atlassian.net/"
           "servicedesk/customer/portal/4/APHD-4412\n\nPowered by Jira Service Management\n",
           html_wrap("<div style=\"font-family:-apple-system,Segoe UI,Arial;font-size:14px;\"><h3>We've received your "
                     "request</h3><p><b>APHD-4412</b> Reminder: invoice INV-2026-102</p><p>Hi Tom Byrne,</p><p>Thanks for "
                     "contacting Accounts Payable. Your request has been logged and a team member will get back to "
                     "you. Our target response time is 3 business days.</p><p><a href=\"https://northwind-logistics."
                     "atlassian.net/servicedesk/customer/portal/4/APHD-4412\">View request</a></p><p style=\"color:#999;"
                     "font-size:11px\">Powered by Jira Service Management</p></div>")),
       hdrs="rfc",
       note="Jira Service Management acknowledgement.")

    AR("Marlowe Housing", "en", "Invoices Marlowe <invoices@marlowehousing.org.uk>", SAR,
       "RE: Invoice SW0150", "2027-02-19 13:31:00", "Europe/London",
       part("Thank you for your email, which has been received by the Marlowe Housing Association Accounts Payable "
            "team. We aim to respond to all queries within 48 hours.\n\nPlease note:\n- All invoices must quote a "
            "valid Marlowe purchase order number (PO 4xxxx) or they will be returned unpaid.\n- Supplier payments "
            "are made in our fortnightly payment run on Thursdays. Invoices are paid 30 days from receipt.\n"
            "- To check the status of an invoice, please use the Supplier Portal.\n\nThis is an automated response.\n"),
       hdrs="bulk",
       note="AP auto-acknowledgement whose policy text talks about payment runs: not a promise, an auto-reply.")

    AR("Kilbride Opticians", "en", "Kilbride Opticians <hello@kilbrideopticians.ie>", TOM,
       "Re: Reminder: invoice INV-2026-103", "2026-12-23 14:10:00", "Europe/Dublin",
       part("Hi there,\n\nThanks for your email! Our practice is closed from 4pm on Wednesday 23rd December, "
            "reopening on Tuesday 5th January. Wishing you a very happy Christmas! 🎄\n\nThe Kilbride Opticians team\n"),
       hdrs="none", return_date="2027-01-05",
       note="Christmas closure, reopening Tuesday 5 January; no auto headers.")

    AR("Lumen Analytics", "en", "Brian Kowalski <brian@lumenanalytics.io>", NAD,
       "Automatic reply: Invoice NO-1055", "2027-01-04 09:15:27", "America/New_York",
       part("Hi - I'm OOO through Friday 1/8 with no laptop. Back Monday 1/11. For anything urgent ping "
            "ops@lumenanalytics.io.\n\n-Brian\n"), hdrs="outlook", return_date="2027-01-11",
       note="US style dates 'through Friday 1/8 ... Back Monday 1/11'.")

    AR("Brightside Bakery", "en", "Brightside Bakery <orders@brightsidebakery.com>", NAD,
       "Re: Invoice NO-1056", "2027-01-26 06:02:10", "America/Chicago",
       part("Thanks for your message! We're a small team (mostly elbow-deep in dough 🥐) so we check this inbox "
            "once a day. We'll get back to you within 2 working days.\n\nFor wholesale orders please use our order "
            "form: https://brightsidebakery.com/wholesale\n\nBrightside Bakery Co.\n", cte="base64"),
       hdrs="none",
       note="Small business auto-answer without any machine headers; 'Re:' subject.")

    AR("Orchard Street Yoga", "en", "Maya Lindqvist <maya@orchardstreetyoga.com>", NAD,
       "Out of Office: Invoice NO-1053", "2026-12-21 12:00:00", "America/New_York",
       part("Hello! I'm out of the office until after the holidays and will respond when I'm back. "
            "Namaste 🙏\nMaya\n"), hdrs="rfc",
       note="Vague 'until after the holidays': no return date.")

    AR("Ferris & Lowe", "en", "Helen Ferris <helen@ferrislowe.com>", NAD,
       "Automatic reply: Invoice NO-1057", "2027-02-08 07:30:00", "America/New_York",
       part("I'm at a trade fair in Frankfurt this week with limited access to email. I'll be back in the "
            "office Thursday and will reply then.\n\nHelen Ferris AIA\nFerris & Lowe Architects\n"),
       hdrs="outlook", return_date="2027-02-11",
       note="Weekday only: sent Monday 8 Feb 2027, 'back in the office Thursday' -> 11 Feb.")


# =====================================================================================================
# 8. BOUNCES
# =====================================================================================================
def BOUNCE(persona, lang, frm, owner, subject, when, tz, root, extra=(), **labels):
    dom = frm.split("@")[-1].split()[0].rstrip(">").strip()
    add(persona, "bounce", lang, H(frm, owner, subject, when, tz, dom=dom, extra=list(extra)), root, **labels)


def rfcdate(when, tz):
    return date(when, tz)


def bounces():
    # ---------- Aruba, Italian text, user unknown, DSN ---------------------------------------------
    rcpt = "amministrazione@ceramichepellegrini.it"
    orig = original(ALE, rcpt, "Promemoria fattura n. 52/2026", "2026-12-15 09:00", "Europe/Rome",
                    reminder_it(None, "Spett.le Pellegrini Ceramiche S.a.s.,", "52/2026", "1.586,00 €", "14 dicembre 2026", ALE))
    human = f"""Questo è il sistema di posta di Aruba (smtp.aruba.it).

Siamo spiacenti di informarla che il suo messaggio non è stato consegnato ad uno o più destinatari.
È allegato qui di seguito.

Per ulteriore assistenza, contatti il proprio amministratore postmaster.

<{rcpt}>: host mx.ceramichepellegrini.it[185.41.22.10] said: 550 5.1.1
    <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table
    (in reply to RCPT TO command)
"""
    BOUNCE("Aruba", "it", "MAILER-DAEMON@smtp.aruba.it (Sistema di consegna posta)", ALE,
           "Mancata consegna del messaggio", "2026-12-15 09:00:41", "Europe/Rome",
           dsn(part(human, "plain", "utf-8", "8bit"), "smtp.aruba.it", rfcdate("2026-12-15 09:00:38", "Europe/Rome"),
               [dict(final=rcpt, orig_rcpt=rcpt, action="failed", status="5.1.1", remote="mx.ceramichepellegrini.it",
                     diag=f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in virtual mailbox table")],
               orig), extra=[("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=True,
           note="Aruba Postfix DSN with Italian human part; 5.1.1 user unknown (note the swapped domain).")

    # ---------- Register.it: domain not found, Italian -------------------------------------------
    rcpt = "fatture@studiotecnicobaraldi.it"
    orig = original(ALE, rcpt, "Fattura n. 55/2026", "2027-01-05 08:30", "Europe/Rome",
                    courtesy_it("Gentile Paolo Baraldi,", "55/2026", "610,00 €", "5 dicembre 2026", "4 gennaio 2027", ALE))
    human = f"""Gentile utente,

il messaggio inviato non è stato recapitato ad uno o più destinatari.
Si tratta di un errore permanente: il server non ha potuto consegnare il messaggio e non effettuerà
ulteriori tentativi.

<{rcpt}>: Host or domain name not found. Name service error for
    name=studiotecnicobaraldi.it type=MX: Host not found

Register.it S.p.A. - Servizio di posta elettronica
"""
    BOUNCE("Register.it", "it", "MAILER-DAEMON@mail.register.it (Mail Delivery System)", ALE,
           "Messaggio non recapitato: Fattura n. 55/2026", "2027-01-05 08:30:12", "Europe/Rome",
           dsn(human, "smtpout.register.it", rfcdate("2027-01-05 08:30:09", "Europe/Rome"),
               [dict(final=rcpt, action="failed", status="5.4.4",
                     diag="Host or domain name not found. Name service error for name=studiotecnicobaraldi.it type=MX: Host not found")],
               original_headers(ALE, rcpt, "Fattura n. 55/2026", "2027-01-05 08:30", "Europe/Rome"),
               headers_only=True, human_charset="utf-8", human_cte="quoted-printable"),
           failed_recipient=rcpt, permanent=True,
           note="Register.it DSN, Italian text, DNS failure (domain does not exist); text/rfc822-headers only.")

    # ---------- Office 365, Italian 'Non recapitabile' --------------------------------------------
    rcpt = "a.ferrari@ferrariarredamenti.it"
    orig = original(ALE, rcpt, "Sollecito di pagamento – fattura n. 57/2026", "2027-01-19 09:00", "Europe/Rome",
                    reminder_it(None, "Spett.le Ferrari Arredamenti S.r.l.,", "57/2026", "2.318,00 €", "31 dicembre 2026", ALE))
    html = html_wrap(f"""<div style="font-family:'Segoe UI',Calibri,Arial;font-size:16px;color:#212121;">
<p style="font-size:20px;color:#c00000;">Impossibile recapitare il messaggio a {rcpt}</p>
<p>Impossibile trovare l'indirizzo di posta elettronica immesso. Verificare l'indirizzo di posta elettronica del destinatario e provare a inviare nuovamente il messaggio. Se il problema persiste, contattare l'help desk.</p>
<p style="font-size:14px;"><b>Informazioni diagnostiche per gli amministratori:</b><br>Server di generazione: VI1PR04MB6912.eurprd04.prod.outlook.com<br>{rcpt}<br>Remote server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p>
</div>""")
    txt = (f"Impossibile recapitare il messaggio a {rcpt}\n\nImpossibile trovare l'indirizzo di posta elettronica "
           f"immesso. Verificare l'indirizzo di posta elettronica del destinatario e provare a inviare nuovamente il "
           f"messaggio.\n\nInformazioni diagnostiche per gli amministratori:\nServer di generazione: "
           f"VI1PR04MB6912.eurprd04.prod.outlook.com\n{rcpt}\nRemote server returned '550 5.1.10 "
           f"RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n")
    BOUNCE("Office 365", "it", "Microsoft Outlook <postmaster@ferrariarredamenti.onmicrosoft.com>", ALE,
           "Non recapitabile: Sollecito di pagamento – fattura n. 57/2026", "2027-01-19 08:00:59", "UTC",
           dsn(alt(txt, html), "VI1PR04MB6912.eurprd04.prod.outlook.com", None,
               [dict(final=rcpt, orig_rcpt=rcpt, action="failed", status="5.1.10", remote="VI1PR04MB6912.eurprd04.prod.outlook.com",
                     diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")],
               orig), extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
           failed_recipient=rcpt, permanent=True,
           note="Exchange Online NDR localised in Italian, HTML + text, 5.1.10.")

    # ---------- Aruba delayed, Italian --------------------------------------------------------------
    rcpt = "ordini@lasalviaerbe.it"
    human = f"""Questo è il sistema di posta di Aruba (smtp.aruba.it).

####################################################################
# QUESTO È SOLO UN AVVISO.                                         #
# NON È NECESSARIO INVIARE NUOVAMENTE IL MESSAGGIO.                #
####################################################################

Non è stato ancora possibile consegnare il suo messaggio ai destinatari indicati qui sotto.
Il sistema continuerà a tentare la consegna per altri 4 giorni.

<{rcpt}>: connect to mx1.lasalviaerbe.it[93.62.11.7]:25: Connection timed out
"""
    BOUNCE("Aruba", "it", "MAILER-DAEMON@smtp.aruba.it (Sistema di consegna posta)", ALE,
           "Avviso di ritardo nella consegna del messaggio", "2026-12-22 13:02:00", "Europe/Rome",
           dsn(part(human, "plain", "utf-8", "quoted-printable"), "smtp.aruba.it", rfcdate("2026-12-22 09:01:30", "Europe/Rome"),
               [dict(final=rcpt, action="delayed", status="4.4.1", diag="connect to mx1.lasalviaerbe.it[93.62.11.7]:25: Connection timed out",
                     will_retry=rfcdate("2026-12-27 09:01:30", "Europe/Rome"))],
               original_headers(ALE, rcpt, "Promemoria fattura n. 48/2026", "2026-12-22 09:01", "Europe/Rome"),
               headers_only=True), extra=[("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=False,
           note="Aruba delay warning (Italian), action delayed 4.4.1, still retrying: temporary.")

    # ---------- Libero: account disabled ---------------------------------------------------------
    rcpt = "giorgia.tosi78@libero.it"
    txt = f"""Il messaggio non è stato consegnato.

Destinatario: {rcpt}
Motivo: la casella di posta del destinatario è stata disattivata per inattività.

Errore restituito dal server remoto:
550 5.2.1 <{rcpt}>: mailbox disabled / casella disattivata

--- Intestazioni del messaggio originale ---
From: Alessandra Rossi <alessandra@example.it>
To: {rcpt}
Subject: Fattura n. 58/2026
Date: {rfcdate("2027-01-26 11:20", "Europe/Rome")}
"""
    BOUNCE("Libero Mail", "it", "Mail Delivery Subsystem <mailer-daemon@libero.it>", ALE,
           "Messaggio non consegnato: Fattura n. 58/2026", "2027-01-26 11:20:31", "Europe/Rome",
           part(txt, "plain", "iso-8859-1", "quoted-printable"),
           extra=[("X-Failed-Recipients", rcpt)],
           failed_recipient=rcpt, permanent=True,
           note="Plain-text (non-DSN) Italian bounce, mailbox disabled 5.2.1; X-Failed-Recipients set.")

    # ---------- Telefónica / Movistar, Spanish -------------------------------------------------------
    rcpt = "pablo.estevez@telefonica.net"
    orig = original(LUC, rcpt, "Recordatorio: factura 2026-058", "2027-01-14 10:00", "Europe/Madrid",
                    reminder_es("Buenos días, Pablo Estévez:", "2026-058", "385,00 €", "10 de enero de 2027", LUC))
    human = f"""Este es un mensaje generado automáticamente por el sistema de correo de Telefónica.

No ha sido posible entregar su mensaje a uno o más destinatarios. Este es un error permanente.

Destinatario: <{rcpt}>
Motivo: 550 5.1.1 El usuario no existe / User unknown

Se adjunta el mensaje original.
"""
    BOUNCE("Telefónica", "es", "Mail Delivery System <MAILER-DAEMON@smtp.telefonica.net>", LUC,
           "Mensaje no entregado: Recordatorio: factura 2026-058", "2027-01-14 10:00:27", "Europe/Madrid",
           dsn(part(human, "plain", "iso-8859-1", "quoted-printable"), "smtp.telefonica.net",
               rfcdate("2027-01-14 10:00:25", "Europe/Madrid"),
               [dict(final=rcpt, action="failed", status="5.1.1", remote="mx.telefonica.net", diag="550 5.1.1 User unknown")],
               orig), extra=[("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=True,
           note="Telefónica DSN in Spanish, user unknown.")

    # ---------- Office 365 Spanish, DBEB ---------------------------------------------------------------
    rcpt = "contabilidad@talleresgondomar.es"
    txt = f"""No se puede entregar el mensaje a {rcpt}

La organización del destinatario ha rechazado su mensaje. El destinatario no existe en la organización
de destino. Compruebe la dirección y vuelva a intentarlo.

Información de diagnóstico para administradores:
Servidor de generación: AM0PR06MB4417.eurprd06.prod.outlook.com
{rcpt}
Remote server returned '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AM0PR06MB4417.eurprd06.prod.outlook.com]'
"""
    orig = original(LUC, rcpt, "Recordatorio: factura 2026-059", "2027-01-20 09:30", "Europe/Madrid",
                    reminder_es("Estimados señores:", "2026-059", "1.089,00 €", "15 de enero de 2027", LUC))
    BOUNCE("Office 365", "es", "Microsoft Outlook <postmaster@talleresgondomar.onmicrosoft.com>", LUC,
           "No se puede entregar: Recordatorio: factura 2026-059", "2027-01-20 08:30:40", "UTC",
           dsn(part(txt), "AM0PR06MB4417.eurprd06.prod.outlook.com", None,
               [dict(final=rcpt, action="failed", status="5.4.1",
                     diag="550 5.4.1 Recipient address rejected: Access denied. AS(201806281)")], orig),
           extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
           failed_recipient=rcpt, permanent=True,
           note="Exchange Online Spanish NDR, 5.4.1 access denied (directory-based edge blocking).")

    # ---------- Dinahosting Postfix, Spanish delay ----------------------------------------------------
    rcpt = "administracion@gazte-txokoa.eus"
    human = f"""Este es el sistema de correo de dinahosting.

#################################################################
# ESTO ES SOLO UN AVISO.                                        #
# NO NECESITA VOLVER A ENVIAR EL MENSAJE.                       #
#################################################################

Su mensaje no ha podido entregarse durante 4 horas.
Se seguirá intentando hasta que tenga 5 días de antigüedad.

<{rcpt}>: host mail.gazte-txokoa.eus[212.142.7.30] said: 451 4.7.1
    Greylisting in action, please come back later (in reply to RCPT TO command)
"""
    BOUNCE("Dinahosting", "es", "MAILER-DAEMON@smtp.dinahosting.com (Sistema de entrega de correo)", LUC,
           "Mensaje retrasado (todavía se está reintentando)", "2027-02-05 14:05:11", "Europe/Madrid",
           dsn(part(human, "plain", "utf-8", "quoted-printable"), "smtp.dinahosting.com",
               rfcdate("2027-02-05 10:04:58", "Europe/Madrid"),
               [dict(final=rcpt, orig_rcpt=rcpt, action="delayed", status="4.7.1", remote="mail.gazte-txokoa.eus",
                     diag="451 4.7.1 Greylisting in action, please come back later",
                     will_retry=rfcdate("2027-02-10 10:04:58", "Europe/Madrid"))],
               original_headers(LUC, rcpt, "Recordatorio: factura 2026-060", "2027-02-05 10:04", "Europe/Madrid"),
               headers_only=True), extra=[("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=False,
           note="Postfix delay warning in Spanish (greylisting 451): temporary.")

    # ---------- Gmail Spanish: address not found ------------------------------------------------------
    rcpt = "carmen.deniz.cafetortuga@gmail.com"
    txt = f"""** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a {rcpt} porque no se ha encontrado la dirección o no puede recibir
correo.

Más información en https://support.google.com/mail/?p=NoSuchUser

La respuesta fue:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email
address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
"""
    orig = original(JOR, rcpt, "Factura JP/2026/37", "2027-01-08 17:10", "Atlantic/Canary",
                    "Hola Carmen,\n\nte adjunto la factura JP/2026/37 de las fotos de la carta nueva.\n\nGracias!\nJordi\n")
    BOUNCE("Gmail", "es", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", JOR,
           "Delivery Status Notification (Failure)", "2027-01-08 09:10:21", "America/Los_Angeles",
           dsn(part(txt), "mail-sor-f41.google.com", None,
               [dict(final=rcpt, orig_rcpt=rcpt, action="failed", status="5.1.1", remote="gmail-smtp-in.l.google.com",
                     diag="550-5.1.1 The email account that you tried to reach does not exist. 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser")],
               orig), extra=[("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=True,
           note="Gmail DSN localised in Spanish (human part), English subject; the bounced mail carried invoice JP/2026/37.")

    # ---------- Gmail Spanish: delay ------------------------------------------------------------------
    rcpt = "facturas@miradoratlantico.es"
    txt = f"""** El mensaje no se ha entregado todavía **

Tu mensaje a {rcpt} no se ha entregado aún. Se volverá a intentar durante 46 horas más. Te avisaremos si no
se puede entregar en ese plazo.

La respuesta del servidor remoto fue:

421 4.4.2 mx.miradoratlantico.es: Connection dropped
"""
    BOUNCE("Gmail", "es", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", JOR,
           "Delivery Status Notification (Delay)", "2027-01-22 16:31:17", "America/Los_Angeles",
           dsn(part(txt), "mail-sor-f41.google.com", None,
               [dict(final=rcpt, action="delayed", status="4.4.2", diag="421 4.4.2 mx.miradoratlantico.es: Connection dropped",
                     will_retry=rfcdate("2027-01-24 10:30:00", "America/Los_Angeles"))],
               original_headers(JOR, rcpt, "Recordatorio: factura JP/2026/34", "2027-01-22 20:30", "Atlantic/Canary"),
               headers_only=True), extra=[("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=False,
           note="Gmail delay notice (Spanish human text): temporary.")

    # ---------- Postfix EN, permanent, DSN -------------------------------------------------------------
    rcpt = "accounts@kilbride-opticians.ie"
    orig = original(TOM, rcpt, "Reminder: invoice INV-2026-103", "2027-01-11 09:00", "Europe/Dublin",
                    reminder_en("Dear Accounts Team,", "INV-2026-103", "€615.00", "8 January 2027", TOM))
    human = f"""This is the mail system at host mail.byrnedesign.ie.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx.kilbride-opticians.ie[78.137.4.19] said: 550
    5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    local recipient table (in reply to RCPT TO command)
"""
    BOUNCE("Postfix", "en", "MAILER-DAEMON@mail.byrnedesign.ie (Mail Delivery System)", TOM,
           "Undelivered Mail Returned to Sender", "2027-01-11 09:00:07", "Europe/Dublin",
           dsn(human, "mail.byrnedesign.ie", rfcdate("2027-01-11 09:00:04", "Europe/Dublin"),
               [dict(final=rcpt, orig_rcpt=rcpt, action="failed", status="5.1.1", remote="mx.kilbride-opticians.ie",
                     diag=f"550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in local recipient table")],
               orig), extra=[("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=True,
           note="Classic Postfix DSN, 5.1.1.")

    # ---------- Exim plain text, X-Failed-Recipients ------------------------------------------------
    rcpt = "r.negri@geotecservizi.it"
    txt = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    host mx.geotecservizi.it [5.249.150.18]
    SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    550 No Such User Here

------ This is a copy of the message, including all the headers. ------

Return-path: <davide@colombodev.it>
Received: from [192.168.1.40] (helo=ThinkPad-Davide)
	by srv3.serverplan.com with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384
	(Exim 4.96.2)
	(envelope-from <davide@colombodev.it>)
	id 1vR0aQ-0002Hc-1x
	for {rcpt}; Thu, 21 Jan 2027 10:15:02 +0100
From: Davide Colombo <davide@colombodev.it>
To: {rcpt}
Subject: Promemoria fattura DC-2026-24
Date: Thu, 21 Jan 2027 10:15:00 +0100

Gentile Roberto Negri,

da un controllo la fattura n. DC-2026-24 di 1.098,00 €, scaduta il 15 gennaio 2027, risulta ancora da saldare.
Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.
"""
    BOUNCE("Exim", "en", "Mail Delivery System <Mailer-Daemon@srv3.serverplan.com>", DAV,
           "Mail delivery failed: returning message to sender", "2027-01-21 10:15:04", "Europe/Rome",
           part(txt, "plain", "utf-8", "8bit"),
           extra=[("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=True,
           note="Exim plain-text bounce (not multipart/report), X-Failed-Recipients; English report around an "
                "Italian reminder (the person had left, see the auto-reply of the day before).")

    # ---------- O365 EN undeliverable --------------------------------------------------------------
    rcpt = "joanna.price@hendryprice.co.uk"
    orig = original(SAR, rcpt, "Invoice SW0151", "2027-02-22 11:00", "Europe/London",
                    "Hi Joanna,\n\nPlease find attached invoice SW0151 for the February newsletter copy.\n\nBest,\nSarah\n")
    html = html_wrap(f"""<div style="font-family:'Segoe UI',Arial;font-size:16px;">
<p style="color:#c00000;font-size:20px;">Your message to {rcpt} couldn't be delivered.</p>
<p><b>joanna.price</b> wasn't found at <b>hendryprice.co.uk</b>.</p>
<table><tr><td style="padding:8px;background:#f2f2f2;">sarah</td><td>Office 365</td><td style="color:#c00000;">joanna.price</td></tr>
<tr><td>Action Required</td><td></td><td>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p style="font-size:13px;">Diagnostic information for administrators:<br>Generating server: LO2P265MB5210.GBRP265.PROD.OUTLOOK.COM<br>{rcpt}<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></div>""")
    BOUNCE("Office 365", "en", "Microsoft Outlook <postmaster@hendryprice.onmicrosoft.com>", SAR,
           "Undeliverable: Invoice SW0151", "2027-02-22 11:00:12", "Europe/London",
           dsn(html and alt(f"Your message to {rcpt} couldn't be delivered.\n\njoanna.price wasn't found at hendryprice.co.uk.\n\n"
                            f"Unknown To address\n\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient "
                            f"not found by SMTP address lookup'\n", html),
               "LO2P265MB5210.GBRP265.PROD.OUTLOOK.COM", None,
               [dict(final=rcpt, action="failed", status="5.1.10", remote="LO2P265MB5210.GBRP265.PROD.OUTLOOK.COM",
                     diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")], orig),
           extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
           failed_recipient=rcpt, permanent=True,
           note="Office 365 'Undeliverable' NDR, new-style HTML, original is an invoice mail.")

    # ---------- qmail failure notice --------------------------------------------------------------------
    rcpt = "bookkeeping@orchardstreetyoga.com"
    txt = f"""Hi. This is the qmail-send program at mx3.hostmonster-mail.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<{rcpt}>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <nadia@okaforstudio.com>
Received: (qmail 28811 invoked from network); 15 Feb 2027 14:00:04 -0000
From: Nadia Okafor <nadia@okaforstudio.com>
To: {rcpt}
Subject: Invoice NO-1053 - payment failed, new link
Date: Mon, 15 Feb 2027 09:00:01 -0500

Hi Maya, the card payment for NO-1053 didn't go through; here's a new payment link.
"""
    BOUNCE("qmail", "en", "MAILER-DAEMON@mx3.hostmonster-mail.com", NAD, "failure notice",
           "2027-02-15 14:00:09", "UTC", part(txt, "plain", "us-ascii", "7bit"),
           failed_recipient=rcpt, permanent=True,
           note="qmail-send plain failure notice (#5.1.1); lowercase subject, no DSN, no auto headers.")

    # ---------- Exim delayed ---------------------------------------------------------------------------
    rcpt = "dev@kestrelcycles.co.uk"
    txt = f"""This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on mail.whitfieldcopy.co.uk.

The message identifier is:     1vS2Lm-0007Qe-8A
The subject of the message is: Invoice SW0144 - reminder
The date of the message is:    Mon, 25 Jan 2027 09:30:00 +0000

The address to which the message has not yet been delivered is:

  {rcpt}
    host mx.kestrelcycles.co.uk [31.216.44.2]
    Delay reason: SMTP error from remote mail server after RCPT TO:<{rcpt}>:
    452 4.2.2 Mailbox temporarily over quota

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
    BOUNCE("Exim", "en", "Mail Delivery System <Mailer-Daemon@mail.whitfieldcopy.co.uk>", SAR,
           "Warning: message 1vS2Lm-0007Qe-8A delayed 24 hours", "2027-01-26 09:31:02", "Europe/London",
           part(txt, "plain", "us-ascii", "7bit"), extra=[("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=False,
           note="Exim 24-hour delay warning (over quota 452, still retrying): temporary. X-Failed-Recipients is "
                "present even though it has not failed.")

    # ---------- Exchange delayed ----------------------------------------------------------------------
    rcpt = "finance@lumenanalytics.io"
    txt = f"""Delivery is delayed to these recipients or groups:

{rcpt}

Subject: Reminder: invoice NO-1058

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 52 minutes. You'll be
notified if the message can't be delivered by that time.

Diagnostic information for administrators:
Generating server: BN8PR12MB3172.namprd12.prod.outlook.com
Receiving server: mx.lumenanalytics.io (10.22.4.18)
{rcpt}
Remote Server at mx.lumenanalytics.io returned '400 4.4.7 Message delayed'
"""
    BOUNCE("Office 365", "en", "Microsoft Outlook <postmaster@okaforstudio.onmicrosoft.com>", NAD,
           "Delivery delayed:Reminder: invoice NO-1058", "2027-02-23 13:08:00", "America/New_York",
           dsn(part(txt), "BN8PR12MB3172.namprd12.prod.outlook.com", None,
               [dict(final=rcpt, action="delayed", status="4.4.7", diag="400 4.4.7 Message delayed")],
               original_headers(NAD, rcpt, "Reminder: invoice NO-1058", "2027-02-23 09:00", "America/New_York"),
               headers_only=True), extra=[("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=False,
           note="Exchange 'Delivery delayed:' (no space after colon), 4.4.7, still retrying.")

    # ---------- Spam rejection, permanent -----------------------------------------------------------
    rcpt = "accounts@odriscolldaly.ie"
    human = f"""This is the mail system at host mail.byrnedesign.ie.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<{rcpt}>: host mx1-eu1.ppe-hosted.com[185.183.29.36] said:
    554 5.7.1 Message blocked due to content - see
    https://www.proofpoint.com/us/blocked-email (in reply to end of DATA command)
"""
    orig = original(TOM, rcpt, "Final notice before debt recovery – invoice INV-2026-096", "2026-12-14 10:00",
                    "Europe/Dublin", "Final notice before debt recovery\n\nTo: O'Driscoll & Daly Solicitors\n"
                    "Date: 14 December 2026\nInvoice: INV-2026-096, issued on 2 November 2026, due on 2 December 2026\n"
                    "Amount due: €1,480.00\nPayment deadline: 28 December 2026\n\nDear Sir or Madam,\n\nDespite my "
                    "previous reminders, invoice INV-2026-096 for €1,480.00, which was due for payment on 2 December "
                    "2026, remains unpaid.\n")
    BOUNCE("Postfix", "en", "MAILER-DAEMON@mail.byrnedesign.ie (Mail Delivery System)", TOM,
           "Undelivered Mail Returned to Sender", "2026-12-14 10:00:18", "Europe/Dublin",
           dsn(human, "mail.byrnedesign.ie", rfcdate("2026-12-14 10:00:12", "Europe/Dublin"),
               [dict(final=rcpt, action="failed", status="5.7.1", remote="mx1-eu1.ppe-hosted.com",
                     diag="554 5.7.1 Message blocked due to content")], orig),
           extra=[("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=True,
           note="Content block (Proofpoint 554 5.7.1) of a final notice: permanent failure for this message.")

    # ---------- Gmail EN: address not found -------------------------------------------------------
    rcpt = "brightsidebakery.co@gmail.com"
    txt = f"""** Address not found **

Your message wasn't delivered to {rcpt} because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces.
"""
    orig = original(NAD, rcpt, "Invoice NO-1056", "2026-12-01 10:00", "America/New_York",
                    "Hi there,\n\nInvoice NO-1056 for the holiday menu boards is attached ($480.00, due Dec 31).\n\nThanks!\nNadia\n")
    BOUNCE("Gmail", "en", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", NAD,
           "Delivery Status Notification (Failure)", "2026-12-01 07:00:42", "America/Los_Angeles",
           dsn(part(txt), "mail-sor-f69.google.com", None,
               [dict(final=rcpt, orig_rcpt=rcpt, action="failed", status="5.1.1", remote="gmail-smtp-in.l.google.com",
                     diag="550-5.1.1 The email account that you tried to reach does not exist.")], orig),
           extra=[("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=True,
           note="Gmail 'Address not found' for an invoice mail.")

    # ---------- Exim EN to Jordi: domain expired, language en -------------------------------------------
    rcpt = "admin@suministrosnoroeste.com"
    txt = f"""This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  {rcpt}
    Unrouteable address

------ This is a copy of the message, including all the headers. ------

From: Jordi Puig <jordi@puigfoto.cat>
To: {rcpt}
Subject: Factura JP/2026/36 - transferencia devuelta
Date: Thu, 28 Jan 2027 10:12:00 +0100

Hola,

el banco me dice que la transferencia de la factura JP/2026/36 ha sido devuelta. ¿Podéis revisarlo?

Jordi
"""
    BOUNCE("Exim", "en", "Mail Delivery System <Mailer-Daemon@srv12.hostinet.es>", JOR,
           "Mail delivery failed: returning message to sender", "2027-01-28 10:12:05", "Europe/Madrid",
           part(txt, "plain", "utf-8", "quoted-printable"),
           extra=[("X-Failed-Recipients", rcpt), ("Auto-Submitted", "auto-replied")],
           failed_recipient=rcpt, permanent=True,
           note="Exim 'Unrouteable address' (domain gone) from a Spanish host; copy of a Spanish message inside.")


# =====================================================================================================
# 9. OTHER: e-invoicing / accounting notices, newsletters, misc
# =====================================================================================================
def it_other():
    txt = """Gentile Cliente,

il Sistema di Interscambio (SdI) ha recapitato la fattura elettronica al destinatario.

Numero fattura: 56/2026
Data fattura: 28/12/2026
Destinatario: VIGANO' E PARODI ARCHITETTI ASSOCIATI - P.IVA 03412870136
Identificativo SdI: 14588219377
Nome file: IT09876543210_00A3F.xml
Esito: RICEVUTA DI CONSEGNA (RC)
Data consegna: 29/12/2026 11:04

La ricevuta è disponibile nel pannello di Fatturazione Elettronica, sezione Fatture inviate.

Aruba S.p.A. - Fatturazione Elettronica
Questo messaggio è stato generato automaticamente, si prega di non rispondere.
"""
    add("Aruba Fatturazione Elettronica", "other", "it",
        H("Aruba Fatturazione Elettronica <noreply@fatturazioneelettronica.aruba.it>", ALE,
          "Fattura 56/2026 consegnata - Ricevuta di consegna SdI", "2026-12-29 11:05:30", "Europe/Rome"),
        multi("mixed", [part(txt), attach("IT09876543210_00A3F_RC_001.xml", "application/xml",
                                          b"<?xml version=\"1.0\"?><ns3:RicevutaConsegna><IdentificativoSdI>14588219377</IdentificativoSdI></ns3:RicevutaConsegna>")]),
        note="SdI delivery receipt (RC) for invoice 56/2026: delivered to the client, says nothing about payment.")

    txt = """Ciao Davide,

purtroppo il Sistema di Interscambio ha SCARTATO la fattura DC-2026-25 inviata a LORENZI S.R.L.

Codice errore: 00404
Descrizione: Fattura duplicata (numero e data già presenti per il cedente/prestatore)

Cosa devi fare: correggi il numero o la data della fattura e inviala di nuovo entro 5 giorni dalla data
della notifica di scarto, per non incorrere in sanzioni.

Vai alla fattura: https://secure.fattureincloud.it/invoices/DC-2026-25

Il team di Fatture in Cloud
"""
    add("Fatture in Cloud", "other", "it",
        H("Fatture in Cloud <notifiche@fattureincloud.it>", DAV, "⚠️ Notifica di scarto SdI - fattura DC-2026-25",
          "2027-01-29 15:40:02", "Europe/Rome"),
        part(txt),
        note="SdI rejection (00404 duplicate) relayed by Fatture in Cloud. The invoice never reached the client.")

    html = html_wrap("""<div style="max-width:560px;margin:0 auto;padding:24px;font-family:Arial;color:#333;">
<p style="color:#0d99ff;font-weight:bold;font-size:18px;">Fatture in Cloud</p>
<p>Ciao Alessandra,</p>
<p><b>Chiara Valsecchi</b> ha appena visualizzato la fattura <b>n. 54/2026</b> di <b>427,00&nbsp;&euro;</b> (scadenza 31/12/2026).</p>
<p>Vuoi ricordarle il pagamento? Attiva i solleciti automatici dalla sezione Impostazioni.</p>
<p><a href="https://secure.fattureincloud.it" style="background:#0d99ff;color:#fff;padding:8px 14px;text-decoration:none;border-radius:4px;">Vai alla fattura</a></p>
</div>""")
    add("Fatture in Cloud", "other", "it",
        H("Fatture in Cloud <notifiche@fattureincloud.it>", ALE, "Chiara Valsecchi ha visualizzato la fattura n. 54/2026",
          "2026-12-18 22:14:09", "Europe/Rome"),
        part(html, "html"),
        note="'Invoice viewed' notice with amount and due date: not a payment.")

    txt = """Riepilogo settimanale – Alessandra Rossi Grafica

Settimana dal 18 al 24 gennaio 2027

Fatture emesse: 2 (1.037,00 €)
Fatture incassate: 1 (610,00 €)
Fatture scadute e non saldate: 3 (2.903,00 €)
  - n. 57/2026 Ferrari Arredamenti S.r.l. – 2.318,00 € – scaduta il 31/12/2026
  - n. 58/2026 Tosi Giorgia – 420,00 € – scaduta il 15/01/2027
  - n. 2/2027 Erboristeria La Salvia – 165,00 € – scaduta il 20/01/2027

Ricorda: puoi segnare una fattura come saldata direttamente dall'app.

Fatture in Cloud – TeamSystem S.p.A.
Ricevi questa email perché hai attivato il riepilogo settimanale. Disattiva
"""
    add("Fatture in Cloud", "other", "it",
        H("Fatture in Cloud <riepilogo@fattureincloud.it>", ALE, "Il tuo riepilogo settimanale: 3 fatture scadute",
          "2027-01-25 07:00:00", "Europe/Rome", extra=[("Precedence", "bulk")]),
        part(txt),
        note="Accounting software weekly digest for the owner, mentions 'incassate' and overdue invoices: other.")

    txt = """Ricevuta di avvenuta consegna

Il giorno 03/02/2027 alle ore 10:12:44 (+0100) il messaggio
"Diffida e messa in mora – fattura n. 41/2026" proveniente da "alessandra.rossi@pec.it"
ed indirizzato a "ferrariarredamenti@legalmail.it"
è stato consegnato nella casella di destinazione.
Identificativo messaggio: opec2107.20270203101240.28817.44.1.53@pec.aruba.it
"""
    add("PEC Aruba", "other", "it",
        H("posta-certificata@pec.aruba.it", "alessandra.rossi@pec.it",
          "CONSEGNA: Diffida e messa in mora – fattura n. 41/2026", "2027-02-03 10:12:45", "Europe/Rome",
          dom="pec.aruba.it", extra=[("X-Ricevuta", "avvenuta-consegna"), ("X-Trasporto", "posta-certificata")]),
        multi("mixed", [part(txt), attach("daticert.xml", "application/xml",
                                          b"<?xml version=\"1.0\"?><postacert tipo=\"avvenuta-consegna\" errore=\"nessuno\"/>"),
                        attach("smime.p7s", "application/pkcs7-signature", b"0\x82\x05\x00fake-signature")]),
        note="PEC delivery receipt for the formal notice on 41/2026: proves delivery, not an answer nor a payment.")

    txt = """Notifica di esito committente

Identificativo SdI: 14602273001
Fattura: DC-2026-22 del 30/11/2026
Cedente/prestatore: COLOMBO DAVIDE - P.IVA 03998870130
Committente: COMUNE DI CANTU' - Codice Ufficio UFXXYZ

Esito: EC01 - ACCETTAZIONE
Data esito: 11/12/2026

Il committente ha accettato la fattura. I termini di pagamento decorrono secondo quanto previsto dal
contratto e dalla normativa vigente (D.Lgs. 231/2002).
"""
    add("Sistema di Interscambio", "other", "it",
        H("sdi01@pec.fatturapa.it", DAV, "POSTA CERTIFICATA: Invio File 14602273001 - Notifica esito committente",
          "2026-12-11 16:30:21", "Europe/Rome", dom="pec.fatturapa.it"),
        multi("mixed", [part(txt), attach("IT03998870130_00B1C_NE_001.xml", "application/xml",
                                          b"<?xml version=\"1.0\"?><NotificaEsito><Esito>EC01</Esito></NotificaEsito>")]),
        note="PA client's EC01 acceptance of the invoice via SdI: accepted, not paid.")

    html = html_wrap("""<table width="620" align="center" cellpadding="0" cellspacing="0" style="font-family:Georgia,serif;color:#222;">
<tr><td style="border-bottom:3px solid #8b0000;padding:16px 0;font-size:24px;">Studio Galli &middot; Circolare clienti n. 1/2027</td></tr>
<tr><td style="padding:18px 0;font-size:15px;line-height:1.5;">
<h3>1. Fatturazione elettronica: cosa cambia dal 1&deg; gennaio</h3>
<p>Dal 2027 anche i forfettari con ricavi sotto i 25.000 euro restano obbligati... Ricordiamo di conservare le ricevute di consegna SdI.</p>
<h3>2. Pagamenti tracciabili e detrazioni</h3>
<p>Le spese pagate in contanti non sono detraibili: conservate sempre la contabile del bonifico o la ricevuta del POS.</p>
<h3>3. Ritardi di pagamento dei clienti</h3>
<p>Se un cliente non paga la fattura, dopo la scadenza maturano gli interessi moratori ex D.Lgs. 231/2002 (BCE + 8 punti) e un risarcimento forfettario di 40 euro. Prima di procedere con un decreto ingiuntivo conviene inviare una diffida via PEC.</p>
<h3>4. Scadenze di febbraio</h3>
<p>16/02: versamento IVA di gennaio (mensili) e ritenute. 28/02: invio Certificazione Unica.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777;">Studio Dott. Renato Galli &ndash; Dottore Commercialista &ndash; Como. Per non ricevere pi&ugrave; la circolare rispondere CANCELLA.</td></tr>
</table>""")
    add("Studio Galli newsletter", "other", "it",
        H("Studio Galli <circolari@studiogalli.it>", DAV, "Circolare n. 1/2027 – fatture, pagamenti e scadenze di febbraio",
          "2027-01-15 08:00:00", "Europe/Rome", extra=[("Precedence", "bulk"),
                                                       ("List-Unsubscribe", "<mailto:circolari@studiogalli.it?subject=CANCELLA>")]),
        part(html, "html"),
        note="Accountant's newsletter full of 'fattura', 'pagamento', 'contabile del bonifico'.")

    txt = """Gentile Cliente,

le comunichiamo che è stata addebitata sul suo conto la delega F24 da lei disposta.

Data addebito: 16/02/2027
Importo: EUR 1.204,36
Codice tributo: 4001 - IRPEF saldo; 4034 - IRPEF secondo acconto
Protocollo telematico: 27021612345678901

La quietanza è disponibile nell'area Documenti.

UniCredit S.p.A.
"""
    add("UniCredit", "other", "it",
        H("UniCredit Alert <alert@unicredit.it>", ALE, "Addebito delega F24", "2027-02-16 17:44:02", "Europe/Rome"),
        part(txt, "plain", "iso-8859-1", "quoted-printable"),
        note="Tax payment (F24) debited from the owner's account: money out.")


def es_other():
    html = html_wrap("""<div style="max-width:560px;margin:0 auto;font-family:Arial;padding:24px;">
<p style="font-weight:bold;font-size:20px;color:#ff4d6d;">holded</p>
<p>Hola Lucía,</p>
<p><b>Asesoría Vallejo</b> ha abierto la factura <b>2026-057</b> por importe de <b>726,00&nbsp;&euro;</b>.</p>
<p>Fecha de vencimiento: 15/01/2027<br>Estado: <span style="color:#e67e22;">Pendiente de cobro</span></p>
<p><a href="https://app.holded.com/invoicing" style="color:#ff4d6d;">Ver factura en Holded</a></p>
<p style="font-size:11px;color:#999;">Holded Technologies S.L. &middot; Barcelona</p></div>""")
    add("Holded", "other", "es",
        H("Holded <notificaciones@holded.com>", LUC, "Asesoría Vallejo ha visto tu factura 2026-057",
          "2027-01-10 12:31:00", "Europe/Madrid"),
        part(html, "html"),
        note="Holded 'invoice opened' notice, status 'Pendiente de cobro'. Not a payment.")

    txt = """FACe - Punto General de Entrada de Facturas Electrónicas de la AGE

Le informamos que la factura con número de registro 202700012345, presentada por PUIG FONT JORDI (NIF
47812345K), con número de factura JP/2026/38 e importe 1.452,00 €, ha cambiado de estado.

Estado anterior: 1300 - Registrada en RCF
Estado actual: 2400 - Contabilizada la obligación reconocida
Órgano gestor: L01350295 - Ayuntamiento de la Villa de Teror
Fecha del cambio: 04/02/2027

Puede consultar el estado de sus facturas en https://face.gob.es

Este es un mensaje automático, por favor no responda.
"""
    add("FACe", "other", "es",
        H("FACe <no-reply@face.gob.es>", JOR, "FACe - Cambio de estado de la factura 202700012345",
          "2027-02-04 09:15:33", "Europe/Madrid"),
        part(txt, "plain", "iso-8859-1", "quoted-printable", codec="cp1252"),
        note="FACe status change to 'Contabilizada la obligación reconocida' (approved for payment, not paid).")

    txt = """Hola Lucía,

Tu factura 2027-006 se ha emitido y enviado a Estudio Nómada Arquitectura (admin@nomada-arq.es).

Número: 2027-006
Fecha: 01/02/2027
Total: 544,50 EUR (base 450,00 + IVA 21% 94,50)

Puedes descargar el PDF desde tu cuenta de Quaderno.

Quaderno
"""
    add("Quaderno", "other", "es",
        H("Quaderno <no-reply@quaderno.io>", LUC, "Factura 2027-006 enviada", "2027-02-01 10:02:00", "Europe/Madrid"),
        part(txt),
        note="Invoicing software: invoice issued and sent. Outgoing invoice notice, not a payment.")

    txt = """Registro de facturación VERI*FACTU

Tu factura JP/2027/02 se ha registrado y remitido correctamente a la Agencia Tributaria.

Cliente: CAFÉ TORTUGA SL
Importe total: 302,50 €
Huella (hash): 3C464DAF61ACB827C65FDA19F352A4E3BDC2C640E9E9FC4CC058073F38F12F60
Código seguro de verificación (QR): incluido en el PDF

FacturaDirecta
"""
    add("FacturaDirecta", "other", "es",
        H("FacturaDirecta <avisos@facturadirecta.com>", JOR, "Factura JP/2027/02 remitida a la AEAT (VERI*FACTU)",
          "2027-02-10 18:20:00", "Europe/Madrid"),
        part(txt),
        note="VERI*FACTU registration notice for an issued invoice: other.")

    html = html_wrap("""<table width="600" align="center" cellpadding="0" cellspacing="0" style="font-family:Helvetica,Arial;">
<tr><td style="padding:20px;background:#111;color:#fff;font-size:22px;">cobra<b>ya</b> &middot; blog</td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:1.6;">
<h2>5 trucos para cobrar tus facturas antes (sin perder clientes)</h2>
<p>¿Cuántas veces has mirado la app del banco esperando ver "<i>Has recibido una transferencia</i>"? Según nuestro estudio, los autónomos españoles cobran de media a 78 días.</p>
<ol><li>Pon la fecha de vencimiento bien visible en la factura.</li>
<li>Ofrece Bizum o tarjeta además de transferencia.</li>
<li>Envía un recordatorio amable el día del vencimiento.</li>
<li>Recuerda que la Ley 3/2004 te permite reclamar intereses de demora y 40&nbsp;&euro; por factura.</li>
<li>Y cuando por fin te paguen... ¡da las gracias!</li></ol>
<p><a href="https://cobraya.es/blog">Leer el artículo completo</a></p></td></tr>
<tr><td style="font-size:11px;color:#888;padding:20px;">Recibes este correo porque te suscribiste a la newsletter de CobraYa. <a href="https://cobraya.es/baja">Darse de baja</a></td></tr></table>""")
    add("CobraYa newsletter", "other", "es",
        H("CobraYa <hola@cobraya.es>", LUC, "¿Te deben dinero? 5 trucos para cobrar tus facturas antes",
          "2026-11-12 09:30:00", "Europe/Madrid", extra=[("List-Unsubscribe", "<https://cobraya.es/baja>"),
                                                         ("Precedence", "bulk")]),
        part(html, "html"),
        note="Fintech newsletter quoting 'Has recibido una transferencia' and talking about payments: other.")

    txt = """Dirección Electrónica Habilitada única (DEHú)

Tiene una nueva notificación disponible.

Titular: MARTIN GARCIA LUCIA
Organismo emisor: Agencia Estatal de Administración Tributaria
Concepto: Requerimiento de información - Modelo 303 4T 2026
Fecha de puesta a disposición: 18/02/2027

Dispone de 10 días naturales para acceder a su contenido. Transcurrido este plazo, la notificación se
entenderá rechazada.

Acceda a https://dehu.redsara.es
"""
    add("DEHú", "other", "es",
        H("DEHú <no-reply@dehu.redsara.es>", LUC, "Aviso de puesta a disposición de notificación",
          "2027-02-18 08:02:11", "Europe/Madrid"),
        part(txt),
        note="Government e-notification notice about a tax requirement: other.")

    txt = """Hola JORDI,

Ya tienes disponible tu extracto de la Cuenta Corriente Open correspondiente a diciembre de 2026.

Saldo inicial: 4.118,22 €
Ingresos: 4.193,00 €
Gastos: 2.871,40 €
Saldo final: 5.439,82 €

Consúltalo en la app o en openbank.es > Documentos.

Openbank
"""
    add("Openbank", "other", "es",
        H("Openbank <notificaciones@openbank.es>", JOR, "Tu extracto de diciembre ya está disponible",
          "2027-01-03 07:15:00", "Atlantic/Canary"),
        part(txt),
        note="Monthly statement available, shows an 'Ingresos' total: not a payment notice for an invoice.")


def en_other():
    txt = """Hi Tom,

Kilbride Opticians viewed invoice INV-2026-104 for €615.00 (due 8 Jan 2027).

View invoice: https://go.xero.com/AccountsReceivable/View.aspx?InvoiceID=5b1e2c0a

Tip: turn on invoice reminders to follow up automatically.

Xero
"""
    add("Xero", "other", "en",
        H("Xero <messaging-service@post.xero.com>", TOM, "Kilbride Opticians has viewed INV-2026-104",
          "2027-01-09 20:44:10", "Europe/Dublin"),
        part(txt),
        note="Xero 'invoice viewed' notice.")

    txt = """Document delivery report

Your document was delivered over the Peppol network.

Document type: Invoice (Peppol BIS Billing 3.0)
Document number: INV-2026-105
Sender: 9935:IE3812345LH (Byrne Design)
Receiver: 0106:34118275 (Northwind Logistics Europe B.V.)
Status: DELIVERED (MDN received)
Delivered at: 2027-01-21T11:02:34Z

Storecove - Peppol Access Point
"""
    add("Storecove", "other", "en",
        H("Storecove <notifications@storecove.com>", TOM, "Delivered: Invoice INV-2026-105 to Northwind Logistics Europe B.V.",
          "2027-01-21 12:02:40", "Europe/Amsterdam"),
        part(txt),
        note="Peppol access point delivery report for an invoice.")

    html = html_wrap("""<div style="max-width:560px;margin:0 auto;font-family:Arial;padding:20px;">
<p style="color:#00a6c2;font-weight:bold;font-size:20px;">FreeAgent</p>
<p>Hi Sarah,</p><p>You have <b>2 overdue invoices</b> totalling <b>&pound;1,500.00</b>:</p>
<table cellpadding="6" style="font-size:14px;border-collapse:collapse;">
<tr style="background:#f0f0f0;"><th align="left">Invoice</th><th align="left">Contact</th><th align="right">Amount</th><th>Overdue by</th></tr>
<tr><td>SW0144</td><td>Kestrel Cycles</td><td align="right">&pound;1,140.00</td><td>21 days</td></tr>
<tr><td>SW0147</td><td>Fernhill Garden Supplies Ltd</td><td align="right">&pound;360.00</td><td>5 days</td></tr>
</table>
<p>When you receive a payment, explain the bank transaction to mark the invoice as paid.</p>
<p style="font-size:11px;color:#888;">FreeAgent Central Ltd, One Edinburgh Quay, Edinburgh EH3 9QG</p></div>""")
    add("FreeAgent", "other", "en",
        H("FreeAgent <notifications@freeagent.com>", SAR, "You have 2 overdue invoices", "2027-01-31 07:00:00",
          "Europe/London"),
        part(html, "html"),
        note="Accounting app's overdue digest (GBP), mentions payment and paid: other.")

    txt = """The Getting Paid Digest — February 2027

In this issue:
• "Payment received!" — why that email feels so good, and how to get it more often
• Late payment interest: the statutory rates for 2027 (UK, Ireland, EU)
• How one illustrator cut her average days-to-paid from 52 to 19
• Template: a polite invoice reminder that actually works

Read online: https://invoiceninja.example/digest/2027-02

You are receiving this because you signed up at invoiceninja.example. Unsubscribe: https://invoiceninja.example/u/82hf
"""
    add("Invoice Ninja newsletter", "other", "en",
        H("Invoice Ninja <newsletter@invoiceninja.example>", TOM, "Getting Paid Digest: \"Payment received!\" and how to get it sooner",
          "2027-02-09 14:00:00", "America/New_York", extra=[("Precedence", "bulk"),
                                                            ("List-Unsubscribe", "<https://invoiceninja.example/u/82hf>")]),
        part(txt),
        note="Newsletter whose subject quotes 'Payment received!'.")

    txt = """Revenue - Irish Tax and Customs

You have a new item in your ROS Inbox.

Type: Statement of Account
Tax: VAT
Period: Nov-Dec 2026

Please log in to ROS to view this item. Revenue will never ask you to provide credit card or banking
details by email.
"""
    add("Revenue ROS", "other", "en",
        H("Revenue <ros-notification@revenue.ie>", TOM, "New item in your ROS Inbox", "2027-01-12 06:30:00",
          "Europe/Dublin"),
        part(txt),
        note="Tax authority inbox notification.")

    txt = """Hi Nadia,

Good news: Lumen Analytics Inc viewed your payment request for USD 2,400.00 (NO-1055).

We'll let you know as soon as they pay.

Payoneer
"""
    add("Payoneer", "other", "en",
        H("Payoneer <notifications@payoneer.com>", NAD, "Your payment request was viewed", "2027-01-13 15:20:00",
          "America/New_York"),
        part(txt),
        note="Payment request viewed ('We'll let you know as soon as they pay'): not paid.")

    txt = """Hi Nadia,

Your automatic reminder for invoice NO-1058 ($1,250.00, due Feb 20, 2027) was sent to Lumen Analytics Inc
(finance@lumenanalytics.io).

Status: Sent - Not paid
Balance due: $1,250.00

Intuit QuickBooks
"""
    add("QuickBooks", "other", "en",
        H("QuickBooks <quickbooks@notification.intuit.com>", NAD, "Reminder sent: Invoice NO-1058",
          "2027-02-23 09:00:30", "America/New_York"),
        part(txt),
        note="QuickBooks confirms a reminder was sent, 'Not paid': other.")


def main():
    it_payments(); it_lookalikes(); es_payments(); es_lookalikes(); en_payments(); en_lookalikes()
    it_autoreplies(); es_autoreplies(); en_autoreplies(); bounces(); it_other(); es_other(); en_other()
    order = list(range(len(MESSAGES)))
    random.Random(6).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    labels = ["# round6-machine: machine mail (payment notices and look-alikes, auto-replies, bounces,",
              "# e-invoicing notices, newsletters) plus a few human forwards. Generated by make.py.", ""]
    for n, i in enumerate(order, 1):
        persona, kind, lang, headers, root, lab = MESSAGES[i]
        name = f"{PREFIX}-{n:04d}.eml"
        head = "".join(f"{k}: {enc_header(k, v)}\n" for k, v in headers)
        if not any(k.lower() == "mime-version" for k, _ in headers):
            head += "MIME-Version: 1.0\n"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(head.encode("ascii") + root)
        labels.append(f'[files."{name}"]')
        labels.append(f'kind = "{kind}"')
        labels.append(f'language = "{lang}"')
        labels.append(f'split = "{split_of(persona)}"')
        for key in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient"):
            if key in lab:
                labels.append(f"{key} = {toml_str(lab[key])}")
        if "permanent" in lab:
            labels.append(f"permanent = {'true' if lab['permanent'] else 'false'}")
        labels.append(f"note = {toml_str('[' + persona + '] ' + lab.get('note', ''))}")
        labels.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(labels))
    print(f"wrote {len(order)} messages")
    check()


def check():
    """Re-parse every file as a reader would; every one must have the five basic headers."""
    for n in range(1, len(MESSAGES) + 1):
        path = os.path.join(HERE, f"{PREFIX}-{n:04d}.eml")
        with open(path, "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (path, h)
        m["Date"].datetime
        for p in m.walk():
            if p.get_content_maintype() == "text":
                p.get_content()
    print("all files parse")


if __name__ == "__main__":
    main()
