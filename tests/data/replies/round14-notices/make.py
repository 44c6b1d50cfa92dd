#!/usr/bin/env python3
"""round14-notices: machine mail around mailduns invoices (payment notices, look-alikes,
auto-replies, bounces). Every body below is hand-written; only MIME plumbing, HTML skeletons and
the quoted/returned mailduns reminders are generated. Python 3.11, stdlib only.

Run:  python3 make.py   (writes r14m-NNNN.eml and labels.toml next to this file, then re-parses them)
"""
import base64
import email
import email.policy
import email.utils
import hashlib
import os
import quopri
import random
from datetime import datetime, timedelta
from email.header import Header
from zoneinfo import ZoneInfo

OUT = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r14m"
MSGS = []  # (raw bytes, labels dict)

# ---------------------------------------------------------------- plumbing
_counter = [0]


def uid(*parts, n=12):
    _counter[0] += 1
    h = hashlib.sha1(("|".join(map(str, parts)) + str(_counter[0])).encode()).hexdigest()
    return h[:n]


def dt(s, tz):
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    return datetime.strptime(s, fmt).replace(tzinfo=ZoneInfo(tz))


def fdate(d):
    return email.utils.format_datetime(d)


def eh(s, charset="utf-8"):
    """Encode a header value (RFC 2047) if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    return email.utils.formataddr((name, mail), charset=charset)


CODEC = {"iso-8859-1": "cp1252", "windows-1252": "cp1252", "us-ascii": "ascii", "iso-8859-15": "iso-8859-15"}


def text_part(body, subtype="plain", charset="utf-8", cte="quoted-printable", extra=(), params=""):
    codec = CODEC.get(charset.lower(), charset)
    raw = body.replace("\r\n", "\n").encode(codec)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    head = f'Content-Type: text/{subtype}; charset="{charset}"{params}\nContent-Transfer-Encoding: {cte}\n'
    for k, v in extra:
        head += f"{k}: {v}\n"
    return head.encode() + b"\n" + payload


def bin_part(data, ctype, filename, disposition="attachment", extra=()):
    payload = base64.encodebytes(data)
    head = (f'Content-Type: {ctype}; name="{filename}"\nContent-Transfer-Encoding: base64\n'
            f'Content-Disposition: {disposition}; filename="{filename}"\n')
    for k, v in extra:
        head += f"{k}: {v}\n"
    return head.encode() + b"\n" + payload


def raw_part(ctype_line, body_bytes, extra=()):
    head = f"Content-Type: {ctype_line}\n"
    for k, v in extra:
        head += f"{k}: {v}\n"
    if isinstance(body_bytes, str):
        body_bytes = body_bytes.encode("utf-8")
    if not body_bytes.endswith(b"\n"):
        body_bytes += b"\n"
    return head.encode() + b"\n" + body_bytes


def multipart(subtype, parts, params="", boundary=None, preamble=""):
    b = boundary or ("----=_Part_" + uid(subtype, n=20))
    out = f'Content-Type: multipart/{subtype}; boundary="{b}"{params}\n\n'.encode()
    if preamble:
        out += preamble.encode() + b"\n"
    for p in parts:
        out += f"--{b}\n".encode() + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += f"--{b}--\n".encode()
    return out


def fake_pdf(title, lines=()):
    body = "\n".join(["%PDF-1.4", "% " + title] + [f"% {l}" for l in lines] +
                     ["1 0 obj << /Type /Catalog >> endobj", "trailer << /Root 1 0 R >>", "%%EOF"])
    return body.encode("latin-1", "replace")


def fake_png():
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x02\x00\x00\x00"
            b"\x90\x91h6\x00\x00\x00\x0cIDATx\x9cc`\x00\x00\x00\x02\x00\x01\xe2!\xbc3\x00\x00\x00\x00IEND\xaeB`\x82")


def build(headers, body_part):
    """headers: list of (name, value); body_part: bytes of a MIME part (its own Content-* headers)."""
    out = b""
    for k, v in headers:
        out += f"{k}: {v}\n".encode("ascii")
    out += b"MIME-Version: 1.0\n"
    out += body_part
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def add(raw, **labels):
    labels.setdefault("split", "dev")
    MSGS.append((raw, labels))


def std_headers(frm, to, subject, date, mid, extra=(), reply=None):
    h = [("Date", fdate(date)), ("From", frm), ("To", to), ("Subject", eh(subject)), ("Message-ID", mid)]
    if reply:
        h += [("In-Reply-To", reply), ("References", reply)]
    return h + list(extra)


def html_page(inner, title="", font="Arial, Helvetica, sans-serif", bg="#f4f4f4"):
    return (f'<!DOCTYPE html>\n<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'<title>{title}</title></head>\n<body style="margin:0;padding:0;background:{bg};font-family:{font};">\n'
            f'<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
            f'<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;">\n'
            f'{inner}\n</table>\n</td></tr></table>\n</body></html>\n')


def rows(pairs, label_style="color:#666;padding:6px 12px;", value_style="padding:6px 12px;font-weight:bold;"):
    return "\n".join(f'<tr><td style="{label_style}">{k}</td><td style="{value_style}">{v}</td></tr>'
                     for k, v in pairs)


# ---------------------------------------------------------------- the world
OWNERS = {
    "alessandra": dict(name="Alessandra Rossi", mail="alessandra@example.it", tz="Europe/Rome", lang="it",
                       iban="IT60X0306909606100000012345", bic="BCITITMM"),
    "davide": dict(name="Davide Marchetti", mail="davide@marchettistudio.it", tz="Europe/Rome", lang="it",
                   iban="IT27R0301503200000003517842", bic="FEBIITM1"),
    "lucia": dict(name="Lucía Martín", mail="lucia@martinestudio.es", tz="Europe/Madrid", lang="es",
                  iban="ES9121000418450200051332", bic="CAIXESBBXXX"),
    "nayra": dict(name="Nayra Santana", mail="nayra@santanafoto.es", tz="Atlantic/Canary", lang="es",
                  iban="ES7601822370420201504217", bic="BBVAESMMXXX"),
    "tom": dict(name="Tom Byrne", mail="tom@byrnedesign.ie", tz="Europe/Dublin", lang="en",
                iban="IE29AIBK93115212345678", bic="AIBKIE2D"),
    "giulia": dict(name="Giulia Conti", mail="giulia@studioconti.it", tz="Europe/Rome", lang="it",
                   iban="IT45B0538712900000002947361", bic="BPMOIT22"),
    "hannah": dict(name="Hannah Cole", mail="hannah@colecopy.co.uk", tz="Europe/London", lang="en",
                   iban="GB33BUKB20201555555555", bic="BUKBGB22"),
}

IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
EN_MONTHS = "January February March April May June July August September October November December".split()


def long_date(lang, ymd):
    y, m, d = map(int, ymd.split("-"))
    if lang == "it":
        art = "l'" if d in (1, 8, 11) else "il "
        return f"{art}{d} {IT_MONTHS[m-1]} {y}"
    if lang == "es":
        return f"{d} de {ES_MONTHS[m-1]} de {y}"
    return f"{d} {EN_MONTHS[m-1]} {y}"


def reminder(owner, client_name, client_mail, inv, amount, due, date, kind="company"):
    """The mailduns reminder as it went out (the text of templates/<lang>/reminder.txt.j2, filled in)."""
    o = OWNERS[owner]
    lang = o["lang"]
    if lang == "it":
        sal = {"company": f"Spett.le {client_name},", "person": f"Gentile {client_name},"}.get(kind, "Buongiorno,")
        subject = f"Sollecito: fattura n. {inv}"
        body = f"""{sal}

da un controllo la fattura n. {inv} di {amount}, scaduta {long_date('it', due)}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.

Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.

Per il pagamento:
- beneficiario: {o['name']}
- IBAN: {o['iban']}
- BIC: {o['bic']}
- causale: Fattura n. {inv}

Cordiali saluti,
{o['name']}
"""
    elif lang == "es":
        sal = {"company": "Estimados señores:", "person": f"Buenos días, {client_name}:"}.get(kind, "Buenos días:")
        subject = f"Recordatorio: factura n.º {inv}"
        body = f"""{sal}

Revisando mis cuentas, veo que la factura n.º {inv} de {amount}, vencida el {long_date('es', due)}, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.

Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.

Datos para el pago:
- beneficiario: {o['name']}
- IBAN: {o['iban']}
- BIC: {o['bic']}
- concepto: Factura {inv}

Un cordial saludo,
{o['name']}
"""
    else:
        sal = {"company": "Dear Accounts Team,", "person": f"Dear {client_name},"}.get(kind, "Hello,")
        subject = f"Reminder: invoice {inv}"
        body = f"""{sal}

According to my records, invoice {inv} for {amount}, due on {long_date('en', due)}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.

If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.

Payment details:
- Account name: {o['name']}
- IBAN: {o['iban']}
- BIC (SWIFT): {o['bic']}
- Payment reference: {inv}

Kind regards,
{o['name']}
"""
    d = dt(date, o["tz"])
    mid = f"<mailduns.{uid(owner, inv, date)}@{o['mail'].split('@')[1]}>"
    to = addr(client_name if kind == "person" else "", client_mail) if kind == "person" else client_mail
    headers = std_headers(addr(o["name"], o["mail"]), to, subject, d, mid)
    raw = build(headers, text_part(body, cte="quoted-printable"))
    return dict(subject=subject, mid=mid, raw=raw, body=body, date=d, owner=o, to_mail=client_mail)


def dsn_body(human_part, reporting_mta, arrival, recips, original, headers_only=False, envid=None,
             received_from=None):
    """multipart/report with a machine-readable message/delivery-status part."""
    per_msg = f"Reporting-MTA: dns; {reporting_mta}\n"
    if envid:
        per_msg += f"Original-Envelope-Id: {envid}\n"
    if received_from:
        per_msg += f"Received-From-MTA: dns; {received_from}\n"
    per_msg += f"Arrival-Date: {fdate(arrival)}\n"
    blocks = [per_msg]
    for r in recips:
        b = ""
        if r.get("orig"):
            b += f"Original-Recipient: rfc822;{r['orig']}\n"
        b += f"Final-Recipient: rfc822; {r['final']}\nAction: {r['action']}\nStatus: {r['status']}\n"
        if r.get("remote"):
            b += f"Remote-MTA: dns; {r['remote']}\n"
        if r.get("diag"):
            b += f"Diagnostic-Code: smtp; {r['diag']}\n"
        if r.get("last"):
            b += f"Last-Attempt-Date: {fdate(r['last'])}\n"
        if r.get("until"):
            b += f"Will-Retry-Until: {fdate(r['until'])}\n"
        blocks.append(b)
    status = raw_part("message/delivery-status", "\n".join(blocks))
    if headers_only:
        hdr = original.split(b"\r\n\r\n", 1)[0] + b"\r\n"
        orig = raw_part("text/rfc822-headers", hdr.replace(b"\r\n", b"\n"))
    else:
        orig = raw_part("message/rfc822", original.replace(b"\r\n", b"\n"))
    return multipart("report", [human_part, status, orig], params="; report-type=delivery-status")


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


# ================================================================ PAYMENT NOTICES — Italian
A = OWNERS["alessandra"]
D = OWNERS["davide"]

# Intesa Sanpaolo: plain + html, causale with the invoice number in bank shorthand
d = dt("2026-12-14 07:42:10", "Europe/Rome")
txt = """Gentile Cliente,

ti informiamo che sul conto corrente n. ****2345 intestato a ROSSI ALESSANDRA è stato accreditato un bonifico.

Importo: 1.220,00 EUR
Data contabile: 14/12/2026
Data valuta: 14/12/2026
Ordinante: CARTOLERIA MONTI SNC DI MONTI G. E C.
Causale: SALDO FT 12/2026 DEL 30/10/2026

Puoi consultare il dettaglio del movimento nella sezione "Conti" dell'app Intesa Sanpaolo Mobile o dell'Internet Banking.

Questo è un messaggio generato automaticamente: ti chiediamo di non rispondere.
Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, 10121 Torino
"""
html = html_page(
    '<tr><td style="background:#005a2b;padding:18px 24px;color:#fff;font-size:20px;">Intesa Sanpaolo</td></tr>\n'
    '<tr><td style="padding:24px;font-size:14px;color:#222;">Gentile Cliente,<br><br>ti informiamo che sul conto '
    'corrente n. ****2345 intestato a ROSSI ALESSANDRA è stato accreditato un bonifico.<br><br>'
    '<table cellpadding="0" cellspacing="0" style="font-size:14px;">'
    + rows([("Importo", "1.220,00 EUR"), ("Data contabile", "14/12/2026"), ("Data valuta", "14/12/2026"),
            ("Ordinante", "CARTOLERIA MONTI SNC DI MONTI G. E C."), ("Causale", "SALDO FT 12/2026 DEL 30/10/2026")]) +
    '</table><br>Puoi consultare il dettaglio del movimento nella sezione "Conti" dell\'app Intesa Sanpaolo Mobile '
    'o dell\'Internet Banking.<br><br><span style="font-size:11px;color:#888;">Questo è un messaggio generato '
    'automaticamente: ti chiediamo di non rispondere.<br>Intesa Sanpaolo S.p.A. - Sede legale: Piazza San Carlo 156, '
    '10121 Torino</span></td></tr>', "Accredito bonifico")
add(build(std_headers(addr("Intesa Sanpaolo", "noreply@notifiche.intesasanpaolo.com"), A["mail"],
                      "Accredito bonifico sul tuo conto", d, f"<{uid('isp')}.notifiche@intesasanpaolo.com>"),
          multipart("alternative", [text_part(txt), text_part(html, "html")])),
    kind="payment-notification", language="it", amount="1220.00", reference="12/2026",
    note="Intesa incoming transfer alert; causale 'SALDO FT 12/2026' names the invoice in bank shorthand")

# UniCredit: HTML only, partial payment (acconto) in a table cell
d = dt("2026-11-27 16:05:33", "Europe/Rome")
html = html_page(
    '<tr><td style="padding:20px 24px;border-bottom:3px solid #e2001a;"><b style="color:#e2001a;font-size:22px;">'
    'UniCredit</b></td></tr>\n<tr><td style="padding:24px;font-size:14px;">'
    '<p>Gentile ALESSANDRA ROSSI,</p><p>ti segnaliamo un nuovo movimento sul tuo conto.</p>'
    '<table cellpadding="0" cellspacing="0" border="0" style="font-size:14px;border:1px solid #ddd;">'
    + rows([("Tipo operazione", "BONIFICO SEPA IN ENTRATA"), ("Importo", "+ 500,00 &euro;"),
            ("Ordinante", "STUDIO LEGALE BIANCHI &amp; ASSOCIATI"),
            ("Descrizione", "ACCONTO FATTURA N. 14/2026 - SALDO A GENNAIO"),
            ("Data operazione", "27/11/2026"), ("Conto", "IT** **** **** 0012345")]) +
    '</table><p style="font-size:12px;color:#777;">Hai ricevuto questa email perch&eacute; hai attivato il servizio '
    'Notify. Per modificare le tue preferenze accedi a Banca via Internet.</p></td></tr>', "Notify")
add(build(std_headers(addr("UniCredit Notify", "notify@info.unicredit.it"), A["mail"],
                      "Notify: nuovo movimento in entrata", d, f"<{uid('ucg')}@info.unicredit.it>"),
          text_part(html, "html", cte="quoted-printable")),
    kind="payment-notification", language="it", amount="500.00", reference="14/2026",
    note="HTML-only UniCredit alert; amount only in a table cell; a part payment ('acconto', rest in January)")

# Fineco instant transfer, Davide's numbering 2026/NN
d = dt("2026-12-03 21:17:48", "Europe/Rome")
txt = """Bonifico istantaneo ricevuto

Ciao Davide,
hai ricevuto un bonifico istantaneo di 732,00 € da GIORGI ELENA.

Causale: fatt 2026/17 grafica locandine festival
Data: 03/12/2026 21:17

L'importo è già disponibile sul tuo conto.

FinecoBank S.p.A. – Questa comunicazione è inviata da un indirizzo non abilitato alla ricezione.
"""
add(build(std_headers(addr("FinecoBank", "no-reply@comunicazioni.finecobank.com"), D["mail"],
                      "Hai ricevuto un bonifico istantaneo", d, f"<{uid('fineco')}@finecobank.com>"),
          text_part(txt, cte="8bit")),
    kind="payment-notification", language="it", amount="732.00", reference="2026/17",
    note="Fineco instant transfer; reference in lowercase 'fatt 2026/17' among other causale words")

# Satispay Business
d = dt("2027-01-09 11:02:05", "Europe/Rome")
txt = """Nuovo pagamento ricevuto

Luca Bertolini ti ha inviato 85,00 €

Messaggio: "ft 2026/21 ritratti 🙂 grazie!"
Negozio: Marchetti Studio
Data: 09/01/2027, 11:02
ID transazione: 7c1e0b2a-55f3-4a11-9d7e-0f3c42a6e810

Trovi tutti i pagamenti ricevuti nella Dashboard di Satispay Business.

Satispay S.p.A. · Via Privata Giovanni Bensi 12/5 · 20152 Milano
"""
html = html_page(
    '<tr><td style="padding:28px 24px 8px;font-size:13px;color:#ef373e;font-weight:bold;">satispay business</td></tr>'
    '<tr><td style="padding:8px 24px;font-size:22px;">Nuovo pagamento ricevuto</td></tr>'
    '<tr><td style="padding:8px 24px;font-size:16px;">Luca Bertolini ti ha inviato <b>85,00 &euro;</b></td></tr>'
    '<tr><td style="padding:8px 24px;font-size:14px;background:#fafafa;">&ldquo;ft 2026/21 ritratti &#x1F642; '
    'grazie!&rdquo;</td></tr><tr><td style="padding:8px 24px;font-size:12px;color:#888;">Negozio: Marchetti Studio'
    '<br>Data: 09/01/2027, 11:02<br>ID transazione: 7c1e0b2a-55f3-4a11-9d7e-0f3c42a6e810</td></tr>',
    "Satispay", bg="#ffffff")
add(build(std_headers(addr("Satispay Business", "business-noreply@satispay.com"), D["mail"],
                      "Hai ricevuto 85,00 € da Luca Bertolini", d, f"<{uid('satispay')}@mail.satispay.com>"),
          multipart("alternative", [text_part(txt, cte="base64"), text_part(html, "html", cte="base64")])),
    kind="payment-notification", language="it", amount="85.00", reference="2026/21",
    note="Satispay business payment with a customer message naming the invoice, emoji; base64 bodies")

# PayPal (IT): gross, fee, net — amount paid is the gross
d = dt("2026-11-18 09:33:51", "Europe/Rome")
html = html_page(
    '<tr><td style="padding:24px;"><img src="https://www.paypalobjects.com/digitalassets/c/logo.png" alt="PayPal" '
    'width="100"></td></tr><tr><td style="padding:0 24px;font-size:24px;color:#2c2e2f;">Hai ricevuto un pagamento'
    '</td></tr><tr><td style="padding:16px 24px;font-size:15px;">Ottica Ferrante di Ferrante Mario ti ha inviato '
    '<b>250,00 &euro; EUR</b>.</td></tr><tr><td style="padding:0 24px;"><table width="100%" style="font-size:14px;'
    'border-top:1px solid #ccc;">'
    + rows([("Nota del cliente", "fattura 22 del 2026 - restauro insegna"),
            ("Importo ricevuto", "250,00 &euro; EUR"), ("Tariffa", "-8,85 &euro; EUR"),
            ("Importo netto", "241,15 &euro; EUR"), ("ID transazione", "8KT51742YH1093448")]) +
    '</table></td></tr><tr><td style="padding:24px;font-size:11px;color:#6c7378;">Non rispondere a questa email. '
    'Per ricevere assistenza, accedi al tuo conto e clicca su Assistenza.<br>PayPal (Europe) S.&agrave; r.l. et Cie, '
    'S.C.A., 22-24 Boulevard Royal, L-2449 Luxembourg</td></tr>', "PayPal")
add(build(std_headers(addr("service@paypal.it", "service@paypal.it"), A["mail"],
                      "Hai ricevuto un pagamento di 250,00 € EUR da Ottica Ferrante di Ferrante Mario", d,
                      f"<{uid('pp')}.ec3b@notifications.paypal.com>"),
          text_part(html, "html", cte="quoted-printable")),
    kind="payment-notification", language="it", amount="250.00", reference="22/2026",
    note="PayPal received; gross 250,00 minus fee 8,85 = net 241,15: the paid amount is the gross; "
         "'fattura 22 del 2026' -> 22/2026")

# Qonto (IT): no invoice number at all
d = dt("2027-01-29 14:48:20", "Europe/Rome")
txt = """Bonifico ricevuto

+ 1.586,00 €

Da: TIPOGRAFIA GRAFICHE ROMAGNOLE SRL
Riferimento: PAGAMENTO FORNITORI GENNAIO
Sul conto: Conto principale (IT84 K036 3601 6000 0000 0147 325)
Il: 29/01/2027

Aggiungi subito la ricevuta o la fattura corrispondente dall'app Qonto per tenere in ordine la contabilità.

Qonto · 18 rue de Navarin, 75009 Paris · Filiale italiana: Corso Como 11, 20154 Milano
"""
add(build(std_headers(addr("Qonto", "notifications@qonto.com"), A["mail"],
                      "Hai ricevuto un bonifico di 1.586,00 €", d, f"<{uid('qonto')}@qonto.com>"),
          text_part(txt, cte="quoted-printable")),
    kind="payment-notification", language="it", amount="1586.00",
    note="Qonto incoming transfer; generic reference 'PAGAMENTO FORNITORI GENNAIO', no invoice number")

# BCC: the amount is only in the attached PDF
d = dt("2026-12-21 06:10:02", "Europe/Rome")
txt = """Gentile Cliente,

in allegato trasmettiamo l'avviso contabile relativo all'operazione di accredito disposta a Suo favore sul rapporto 000/012934.

Il documento è protetto da password: per aprirlo utilizzi il Suo codice fiscale in lettere maiuscole.

Distinti saluti

Banca di Credito Cooperativo della Val di Sieve
Servizio Comunicazioni alla Clientela

--
Messaggio inviato da un sistema automatico. Le risposte a questo indirizzo non vengono lette.
Le informazioni contenute nel presente messaggio sono riservate e ad uso esclusivo del destinatario.
"""
add(build(std_headers(addr("BCC Val di Sieve", "avvisi@bccvaldisieve.it"), D["mail"],
                      "Avviso contabile - accredito bonifico", d, f"<{uid('bcc')}@bccvaldisieve.it>"),
          multipart("mixed", [text_part(txt, charset="iso-8859-1", cte="quoted-printable"),
                              bin_part(fake_pdf("AVVISO ACCREDITO", ["protetto"]), "application/pdf",
                                       "AvvisoContabile_20261221_000012934.pdf")])),
    kind="payment-notification", language="it",
    note="credit advice whose amount and payer are only in a password-protected PDF; still an incoming credit")

# Supplier remittance from a client's ERP, with ritenuta d'acconto: net paid is the amount
d = dt("2027-01-12 18:31:00", "Europe/Rome")
txt = """AVVISO DI PAGAMENTO N. 2000184455
------------------------------------------------------------
Beneficiario:   ROSSI ALESSANDRA
                IBAN IT60X0306909606100000012345
Data valuta:    15/01/2027
Modalità:       BONIFICO SEPA
------------------------------------------------------------
Documento         Data doc.    Importo doc.   Ritenuta    Netto
Vs. fatt. 31/2026 15/10/2026     1.830,00      -300,00   1.530,00
------------------------------------------------------------
TOTALE PAGATO                                            1.530,00 EUR
------------------------------------------------------------

Vi comunichiamo che in data odierna abbiamo disposto a Vostro favore il pagamento sopra dettagliato.
La certificazione unica relativa alla ritenuta d'acconto sarà inviata entro i termini di legge.

GRUPPO EDILNORD S.P.A. - Amministrazione / Tesoreria
Questa e-mail è generata automaticamente dal sistema contabile (SAP). Per informazioni: tesoreria@edilnord.it
"""
add(build(std_headers(addr("Edilnord Tesoreria", "sap-noreply@edilnord.it"), A["mail"],
                      "Avviso di pagamento 2000184455 - ROSSI ALESSANDRA", d, f"<SAP.{uid('sap')}@edilnord.it>",
                      extra=[("X-Mailer", "SAP NetWeaver 7.50")]),
          text_part(txt, charset="iso-8859-1", cte="quoted-printable")),
    kind="payment-notification", language="it", amount="1530.00", reference="31/2026",
    note="accounts-payable remittance advice from the client's SAP; invoice total 1.830,00 minus ritenuta "
         "d'acconto 300,00 = 1.530,00 actually paid; value date two days ahead, payment already ordered")

# BancoPosta: iso-8859-1 label with Windows-1252 euro byte
d = dt("2026-11-10 08:02:44", "Europe/Rome")
txt = """BancoPosta - Notifica movimenti

Gentile Cliente,
Le comunichiamo che sul Suo conto BancoPosta è stata registrata la seguente operazione:

ACCREDITO BONIFICO
Importo: € 427,00
Da: FARMACIA SAN ROCCO DR. PELLEGRINI
Info: Fattura N.19/2026 - grafica vetrine
Data: 10/11/2026

Per maggiori dettagli acceda all'area riservata su poste.it o all'App BancoPosta.

Poste Italiane S.p.A. – Patrimonio BancoPosta
Questa è una comunicazione automatica, La preghiamo di non rispondere.
"""
add(build(std_headers(addr("BancoPosta", "bancoposta-notifiche@poste.it"), A["mail"],
                      "Notifica movimento: accredito bonifico", d, f"<{uid('bp')}@poste.it>"),
          text_part(txt, charset="iso-8859-1", cte="8bit")),
    kind="payment-notification", language="it", amount="427.00", reference="19/2026",
    note="BancoPosta alert, charset iso-8859-1 label but Windows-1252 euro byte (0x80), 8bit")

# SumUp payment link
d = dt("2026-12-30 19:45:12", "Europe/Rome")
txt = """Hai ricevuto un pagamento!

Importo: 180,00 €
Descrizione: Fattura 25/2026
Metodo: Link di pagamento · Visa •••• 4821
Codice transazione: TQ8C7X4ZPA

L'importo sarà accreditato sul tuo conto entro il prossimo giorno lavorativo, al netto delle commissioni.

Team SumUp
"""
add(build(std_headers(addr("SumUp", "no-reply@sumup.com"), A["mail"],
                      "Pagamento ricevuto: 180,00 €", d, f"<{uid('sumup')}@sumup.com>"),
          text_part(txt)),
    kind="payment-notification", language="it", amount="180.00", reference="25/2026",
    note="SumUp payment link paid by card; payout to bank follows, but the client has paid")

# N26 (IT), no invoice number
d = dt("2026-11-05 12:13:40", "Europe/Rome")
txt = """Hai ricevuto 610,00 € 💸

Martina Greco ti ha inviato 610,00 €.
Riferimento: Saldo preventivo logo + biglietti

Apri l'app N26 per vedere i dettagli.

N26 Bank SE · Voltairestraße 8 · 10179 Berlino
"""
add(build(std_headers(addr("N26", "noreply@n26.com"), D["mail"],
                      "Hai ricevuto 610,00 €", d, f"<{uid('n26')}@n26.com>"),
          text_part(txt, cte="base64")),
    kind="payment-notification", language="it", amount="610.00",
    note="N26 incoming transfer; reference describes the job ('saldo preventivo logo'), no invoice number")

# Nexi XPay pay-by-link, authorised
d = dt("2027-02-02 10:27:09", "Europe/Rome")
html = html_page(
    '<tr><td style="padding:18px 24px;background:#2d32aa;color:#fff;font-size:18px;">Nexi XPay</td></tr>'
    '<tr><td style="padding:24px;font-size:14px;">Gentile esercente,<br>di seguito l\'esito della transazione '
    'eseguita tramite Pay by Link.<br><br><table cellpadding="4" style="font-size:14px;border:1px solid #ccc;">'
    + rows([("Esito", "POSITIVO - Transazione autorizzata"), ("Esercente", "MARCHETTI STUDIO DI DAVIDE MARCHETTI"),
            ("Importo", "1.098,00 EUR"), ("Codice transazione", "PBL-2027020210270912"),
            ("Descrizione ordine", "Fattura 2026/19"), ("Circuito", "MASTERCARD"),
            ("Data/ora", "02/02/2027 10:27:09")]) +
    '</table><br>Cordiali saluti,<br>Nexi Payments S.p.A.</td></tr>', "Esito transazione")
add(build(std_headers(addr("Nexi XPay", "noreply@nexi.it"), D["mail"],
                      "Esito transazione PBL-2027020210270912: POSITIVO", d, f"<{uid('nexi')}@xpay.nexigroup.com>"),
          text_part(html, "html")),
    kind="payment-notification", language="it", amount="1098.00", reference="2026/19",
    note="merchant-side card payment result (authorised) for a pay-by-link on invoice 2026/19; HTML table only")

# Intesa instant, instalment 2 of 3
d = dt("2027-02-15 13:50:27", "Europe/Rome")
txt = """Gentile Cliente,

è stato accreditato sul conto ****2345 un bonifico istantaneo.

Importo: 400,00 EUR
Ordinante: PIZZERIA DA TONINO DI ESPOSITO ANTONIO
Causale: RATA 2/3 FATTURA 8/2026 COME DA ACCORDI
Data: 15/02/2027

Intesa Sanpaolo S.p.A.
Messaggio automatico, non rispondere.
"""
add(build(std_headers(addr("Intesa Sanpaolo", "noreply@notifiche.intesasanpaolo.com"), A["mail"],
                      "Accredito bonifico istantaneo", d, f"<{uid('isp2')}.notifiche@intesasanpaolo.com>"),
          text_part(txt)),
    kind="payment-notification", language="it", amount="400.00", reference="8/2026",
    note="instalment 2 of 3 on invoice 8/2026: a part payment, money in")

# Hype: nothing but thanks in the causale
d = dt("2026-12-24 17:06:55", "Europe/Rome")
txt = """Ehi Davide, ti è arrivato un bonifico!

+95,00 €
da Chiara Fumagalli
"grazie mille per le foto!! buon natale"

Il tuo saldo disponibile è aggiornato. Tocca la notifica nell'app per tutti i dettagli.

HYPE S.p.A. – Via Ettore Guastalla 6, Milano
"""
add(build(std_headers(addr("HYPE", "noreply@hype.it"), D["mail"],
                      "Ti è arrivato un bonifico di 95,00 €", d, f"<{uid('hype')}@hype.it>"),
          text_part(txt)),
    kind="payment-notification", language="it", amount="95.00",
    note="Hype incoming transfer from a private client, causale only thanks, no invoice reference")

# Fatture in Cloud: invoice paid online (an e-invoicing service, but a payment)
d = dt("2027-01-19 15:22:31", "Europe/Rome")
html = html_page(
    '<tr><td style="padding:20px 24px;background:#0d97ff;color:#fff;font-size:18px;">Fatture in Cloud</td></tr>'
    '<tr><td style="padding:24px;font-size:14px;line-height:1.5;">Ciao Alessandra,<br><br>'
    'buone notizie: <b>Ristorante Da Gino S.a.s.</b> ha pagato online la fattura <b>n. 27/2026</b> del 28/11/2026.'
    '<br><br><table cellpadding="4" style="font-size:14px;">'
    + rows([("Importo pagato", "640,50 &euro;"), ("Metodo", "Carta di credito (Paga online)"),
            ("Data pagamento", "19/01/2027")]) +
    '</table><br>Abbiamo segnato il documento come <b>saldato</b> nel tuo archivio.<br><br>'
    'Il team di Fatture in Cloud</td></tr>'
    '<tr><td style="padding:12px 24px;font-size:11px;color:#999;">TeamSystem S.p.A. - Via Sandro Pertini 88, '
    'Pesaro</td></tr>', "Pagamento ricevuto")
add(build(std_headers(addr("Fatture in Cloud", "noreply@fattureincloud.it"), A["mail"],
                      "La fattura n. 27/2026 è stata pagata", d, f"<{uid('fic')}@fattureincloud.it>"),
          text_part(html, "html")),
    kind="payment-notification", language="it", amount="640.50", reference="27/2026",
    note="invoicing software telling the owner a client paid an invoice online; unlike SdI notices this is money in")


# ================================================================ PAYMENT NOTICES — Spanish
L = OWNERS["lucia"]
N = OWNERS["nayra"]

# BBVA
d = dt("2026-11-24 10:11:52", "Europe/Madrid")
html = html_page(
    '<tr><td style="background:#072146;padding:20px 24px;color:#fff;font-size:22px;">BBVA</td></tr>'
    '<tr><td style="padding:24px;font-size:15px;color:#121212;">Hola, LUCIA:<br><br>'
    'Has recibido una transferencia en tu cuenta ·1332.<br><br>'
    '<table cellpadding="6" style="font-size:15px;">'
    + rows([("Importe", "1.452,00 €"), ("Ordenante", "GRÁFICAS ALCÁZAR SL"),
            ("Concepto", "FRA 2026-041"), ("Fecha", "24/11/2026")]) +
    '</table><br>Consulta el detalle en la app BBVA.<br><br>'
    '<span style="font-size:11px;color:#666;">Este correo se ha enviado de forma automática. Por favor, no '
    'respondas. Banco Bilbao Vizcaya Argentaria, S.A. Plaza de San Nicolás 4, 48005 Bilbao.</span></td></tr>',
    "Transferencia recibida")
txt = """Hola, LUCIA:

Has recibido una transferencia en tu cuenta ·1332.

Importe: 1.452,00 €
Ordenante: GRÁFICAS ALCÁZAR SL
Concepto: FRA 2026-041
Fecha: 24/11/2026

Consulta el detalle en la app BBVA.

Este correo se ha enviado de forma automática. Por favor, no respondas.
"""
add(build(std_headers(addr("BBVA", "avisos@bbva.es"), L["mail"], "Has recibido una transferencia", d,
                      f"<{uid('bbva')}@avisos.bbva.es>"),
          multipart("alternative", [text_part(txt), text_part(html, "html")])),
    kind="payment-notification", language="es", amount="1452.00", reference="2026-041",
    note="BBVA incoming transfer, concepto 'FRA 2026-041'")

# CaixaBank plain text, iso-8859-1 (cp1252 bytes)
d = dt("2026-12-11 08:30:05", "Europe/Madrid")
txt = """CaixaBank le informa:

ABONO POR TRANSFERENCIA

Titular: MARTIN GOMEZ, LUCIA
Cuenta: ES91 **** **** **** **** 1332
Importe: 847,00 EUR
Fecha valor: 11-12-2026
Ordenante: ACADEMIA DE DANZA MARÍA ÁNGELES SL
Concepto: FACT 2026 037 DISEÑO CARTELERÍA

Puede consultar sus movimientos en CaixaBankNow.

Este mensaje ha sido generado automáticamente. No responda a esta dirección.
CaixaBank, S.A. - C/ Pintor Sorolla, 2-4 - 46002 València
"""
add(build(std_headers(addr("CaixaBank", "notificaciones@caixabank.com"), L["mail"],
                      "Aviso de abono de transferencia", d, f"<{uid('caixa')}@caixabank.com>"),
          text_part(txt, charset="iso-8859-1", cte="quoted-printable")),
    kind="payment-notification", language="es", amount="847.00", reference="2026-037",
    note="CaixaBank credit advice, iso-8859-1; concepto 'FACT 2026 037' written with spaces")

# Santander HTML table, generic concepto
d = dt("2027-01-08 12:40:19", "Europe/Madrid")
html = html_page(
    '<tr><td style="padding:20px 24px;border-bottom:4px solid #ec0000;color:#ec0000;font-size:22px;">Santander</td>'
    '</tr><tr><td style="padding:24px;font-size:14px;">Estimado/a cliente:<br><br>Le informamos de que se ha '
    'realizado el siguiente movimiento en su cuenta:<br><br><table cellpadding="6" border="1" '
    'style="border-collapse:collapse;font-size:14px;border-color:#ddd;">'
    '<tr style="background:#f2f2f2;"><th>Fecha</th><th>Concepto</th><th>Importe</th></tr>'
    '<tr><td>08/01/2027</td><td>TRANSFERENCIA DE HOTEL MIRAMAR COSTA SA, CONCEPTO PAGO FACTURAS OCT-NOV</td>'
    '<td style="color:#137333;">+2.178,00 EUR</td></tr></table><br>Gracias por confiar en Santander.<br><br>'
    '<span style="font-size:11px;color:#888;">Banco Santander, S.A. Paseo de Pereda 9-12, 39004 Santander. '
    'No responda a este correo.</span></td></tr>', "Aviso de movimiento")
add(build(std_headers(addr("Banco Santander", "avisos@gruposantander.es"), L["mail"],
                      "Aviso de movimiento en su cuenta", d, f"<{uid('sant')}@gruposantander.es>"),
          text_part(html, "html", charset="utf-8", cte="base64")),
    kind="payment-notification", language="es", amount="2178.00",
    note="Santander HTML-only, amount in a table cell; concepto 'pago facturas oct-nov' names no invoice number")

# Bizum from a client
d = dt("2026-12-19 20:54:31", "Europe/Madrid")
txt = """Has recibido un Bizum

JAVIER G. R. te ha enviado 120,00 €.
Concepto: factura 2026-052 sesion fotos

El dinero ya está en tu cuenta ·1332.

CaixaBank · Bizum
"""
add(build(std_headers(addr("CaixaBank", "notificaciones@caixabank.com"), L["mail"],
                      "Has recibido un Bizum de 120,00 €", d, f"<{uid('bizum')}@caixabank.com>"),
          text_part(txt, cte="8bit")),
    kind="payment-notification", language="es", amount="120.00", reference="2026-052",
    note="Bizum received from a client, concepto names the invoice; unlike a Bizum between friends this is a payment")

# Holded: invoice collected
d = dt("2027-01-14 09:05:44", "Europe/Madrid")
html = html_page(
    '<tr><td style="padding:20px 24px;font-size:20px;color:#ff5a5f;font-weight:bold;">holded</td></tr>'
    '<tr><td style="padding:0 24px 24px;font-size:14px;line-height:1.6;">Hola Lucía,<br><br>'
    'Tu cliente <b>Estudio Nómada Arquitectura SLP</b> ha pagado la factura <b>2026-044</b> mediante tarjeta.'
    '<br><br><table cellpadding="4">' + rows([("Importe cobrado", "968,00 €"), ("Fecha", "14/01/2027"),
                                               ("Pasarela", "Stripe")]) +
    '</table><br>La factura ha pasado a estado <b>Cobrada</b>.<br><br>El equipo de Holded</td></tr>',
    "Cobro registrado")
add(build(std_headers(addr("Holded", "no-reply@holded.com"), L["mail"],
                      "💰 Cobro recibido: factura 2026-044", d, f"<{uid('holded')}@holded.com>"),
          text_part(html, "html")),
    kind="payment-notification", language="es", amount="968.00", reference="2026-044",
    note="Holded online collection notice; emoji in encoded subject")

# Revolut Business (ES) for Nayra, Canary time
d = dt("2026-11-30 17:21:03", "Atlantic/Canary")
txt = """Has recibido 900,00 €

De: LA GRAN MARQUESINA SL
Referencia: F2026/33
Cuenta: EUR · Principal

Consulta los detalles en la app de Revolut Business.

Revolut Bank UAB · Konstitucijos ave. 21B, 08130 Vilnius, Lituania · Sucursal en España
"""
add(build(std_headers(addr("Revolut Business", "no-reply@revolut.com"), N["mail"],
                      "Has recibido 900,00 €", d, f"<{uid('revo')}@revolut.com>"),
          text_part(txt)),
    kind="payment-notification", language="es", amount="900.00", reference="F2026/33",
    note="Revolut Business incoming, reference is Nayra's own numbering F2026/33; Atlantic/Canary time")

# Sabadell windows-1252, remote Canary client
d = dt("2027-02-05 09:14:57", "Europe/Madrid")
txt = """Banco Sabadell

Aviso de abono

Le comunicamos que con fecha 05/02/2027 se ha abonado en su cuenta ES76 **** **** **** 4217 una transferencia con el siguiente detalle:

  Ordenante ........ COMPAÑÍA DE EVENTOS TEIDE, S.L.
  Importe .......... 605,00 €
  Concepto ......... Pago Fra. F2026/29 (reportaje inauguración)
  Fecha valor ...... 05/02/2027

Atentamente,
Banco de Sabadell, S.A.

Este es un mensaje automático, por favor no responda.
"""
add(build(std_headers(addr("Banco Sabadell", "avisos@bancsabadell.com"), N["mail"],
                      "Aviso de abono", d, f"<{uid('sab')}@bancsabadell.com>"),
          text_part(txt, charset="windows-1252", cte="quoted-printable")),
    kind="payment-notification", language="es", amount="605.00", reference="F2026/29",
    note="Sabadell credit advice, windows-1252 quoted-printable")

# Wise (ES) in USD
d = dt("2026-12-02 16:48:36", "Europe/Madrid")
txt = """Has recibido 750 USD

Hola, Lucía:

Brightline Studio LLC te ha enviado 750,00 USD. Ya están en tu saldo en USD.

Referencia: Invoice 2026-047 branding

Puedes conservarlos en USD, convertirlos o enviarlos a tu banco desde la app.

Gracias,
El equipo de Wise
"""
add(build(std_headers(addr("Wise", "noreply@wise.com"), L["mail"],
                      "Has recibido 750 USD", d, f"<{uid('wise')}@wise.com>"),
          text_part(txt)),
    kind="payment-notification", language="es", amount="750.00", currency="USD", reference="2026-047",
    note="Wise USD balance credited by a US client; currency USD")

# Invented Canarian bank, instant transfer, second payment of a wedding job
d = dt("2027-01-23 11:58:10", "Atlantic/Canary")
txt = """BANCA ATLÁNTICA INSULAR

Transferencia inmediata recibida

Beneficiaria: SANTANA PEREZ NAYRA
Importe: 330,00 EUR
Ordenante: SARA CABRERA DOMINGUEZ
Concepto: boda Sara y Dani - 2º pago
Fecha y hora: 23/01/2027 11:58 (hora canaria)

Para cualquier consulta diríjase a su oficina o llame al 928 000 111.
No responda a este correo.
"""
add(build(std_headers(addr("Banca Atlántica Insular", "avisos@bancaatlantica.es"), N["mail"],
                      "Transferencia inmediata recibida: 330,00 EUR", d, f"<{uid('bai')}@bancaatlantica.es>"),
          text_part(txt, charset="iso-8859-1", cte="quoted-printable")),
    kind="payment-notification", language="es", amount="330.00",
    note="invented Canary bank; second instalment of a wedding shoot, no invoice number")

# Kutxabank: remesa of SEPA direct debits the freelancer collected
d = dt("2026-12-04 07:55:00", "Europe/Madrid")
txt = """Kutxabank - Servicio de avisos

ABONO DE REMESA DE ADEUDOS DIRECTOS SEPA (CORE)

Presentador: MARTIN GOMEZ LUCIA
Nº remesa: 0004
Fecha de cargo a deudores: 04/12/2026
Número de adeudos: 3
Importe total abonado: 1.089,00 EUR

El importe de la remesa se ha abonado en su cuenta. Las posibles devoluciones se le comunicarán por separado.

Kutxabank, S.A. - Gran Vía 30-32, 48009 Bilbao
"""
add(build(std_headers(addr("Kutxabank", "avisos@kutxabank.es"), L["mail"],
                      "Abono de remesa de adeudos SEPA nº 0004", d, f"<{uid('kutxa')}@kutxabank.es>"),
          text_part(txt)),
    kind="payment-notification", language="es", amount="1089.00",
    note="the owner's own SEPA direct-debit batch collected from three clients and credited: money in, "
         "no single invoice")

# PayPal (ES)
d = dt("2027-02-11 22:03:48", "Atlantic/Canary")
txt = """Has recibido un pago

Marta Iglesias te ha enviado 300,00 € EUR.

Nota de Marta Iglesias:
"hola Nayra! te pago la factura F2026/35, un besito"

Detalles de la transacción
Importe recibido: 300,00 € EUR
Comisión: -10,55 € EUR
Importe neto: 289,45 € EUR
Id. de transacción: 2RH50433WE881734M

No responda a este correo electrónico.
PayPal (Europe) S.à r.l. et Cie, S.C.A.
"""
add(build(std_headers(addr("service@paypal.es", "service@paypal.es"), N["mail"],
                      "Has recibido un pago de Marta Iglesias", d, f"<{uid('ppes')}@notifications.paypal.com>"),
          text_part(txt)),
    kind="payment-notification", language="es", amount="300.00", reference="F2026/35",
    note="PayPal received with buyer note naming the invoice; gross 300 vs net 289,45")

# Stripe (ES)
d = dt("2027-01-04 13:17:25", "Europe/Madrid")
html = html_page(
    '<tr><td style="padding:24px;font-size:13px;color:#8898aa;">Martín Estudio</td></tr>'
    '<tr><td style="padding:0 24px;font-size:22px;color:#32325d;">Has recibido un pago de 1.210,00 €</td></tr>'
    '<tr><td style="padding:16px 24px;"><table cellpadding="6" style="font-size:14px;color:#525f7f;">'
    + rows([("Cliente", "admin@bodegasortiz.es"), ("Descripción", "Factura 2026-058"),
            ("Método de pago", "Visa •••• 0071"), ("Fecha", "4 ene 2027, 13:17")]) +
    '</table></td></tr><tr><td style="padding:24px;font-size:12px;color:#8898aa;">'
    'Ver el pago en el Dashboard · Stripe Payments Europe, Ltd.</td></tr>', "Stripe")
add(build(std_headers(addr("Stripe", "notifications@stripe.com"), L["mail"],
                      "Pago de 1.210,00 € de admin@bodegasortiz.es", d, f"<{uid('stripe')}@stripe.com>"),
          text_part(html, "html")),
    kind="payment-notification", language="es", amount="1210.00", reference="2026-058",
    note="Stripe successful payment notice localised in Spanish")

# Spanish AP remittance with IRPF withholding
d = dt("2027-01-13 19:02:00", "Europe/Madrid")
txt = """GRUPO LOGÍSTICO EBRO, S.A.
Departamento de Tesorería - Pagos a proveedores

AVISO DE PAGO Nº 27/000318

Proveedor: 004512 - MARTIN GOMEZ, LUCIA
Forma de pago: Transferencia bancaria
Fecha de pago: 15/01/2027

Factura      Fecha       Base       IVA 21%   Ret. IRPF 15%   Líquido
2026-049     30/11/2026  1.800,00   378,00    -270,00         1.908,00

IMPORTE TOTAL TRANSFERIDO: 1.908,00 EUR

Le comunicamos que se ha ordenado la transferencia por el importe indicado a la cuenta que figura en nuestros registros.

Mensaje generado automáticamente. Para cualquier consulta: proveedores@grupoebro-log.es
"""
add(build(std_headers(addr("Tesorería Grupo Ebro", "tesoreria-noreply@grupoebro-log.es"), L["mail"],
                      "Aviso de pago nº 27/000318", d, f"<{uid('ebro')}@grupoebro-log.es>"),
          multipart("mixed", [text_part(txt, charset="iso-8859-1", cte="quoted-printable"),
                              bin_part(fake_pdf("AVISO DE PAGO 27/000318"), "application/pdf",
                                       "AvisoPago_27000318.pdf")])),
    kind="payment-notification", language="es", amount="1908.00", reference="2026-049",
    note="supplier remittance advice; transfer ordered, net of IRPF withholding: 1.908,00 paid")

# ING (ES) for Nayra, part of invoice
d = dt("2026-12-17 14:30:11", "Atlantic/Canary")
txt = """ING

Nuevo ingreso en tu Cuenta NARANJA Negocios

Has recibido 242,00 € de MIGUEL ANGEL HERNANDEZ SUAREZ.
Concepto: F2026/38 primera mitad, el resto en enero

Fecha: 17/12/2026

ING Bank NV, Sucursal en España. No respondas a este mensaje.
"""
add(build(std_headers(addr("ING", "notificaciones@ing.es"), N["mail"],
                      "Nuevo ingreso en tu cuenta", d, f"<{uid('ing')}@ing.es>"),
          text_part(txt)),
    kind="payment-notification", language="es", amount="242.00", reference="F2026/38",
    note="ING incoming transfer; partial (first half), the rest 'en enero' is just the payer's concepto")

# Coupa remittance in Spanish
d = dt("2027-02-19 03:12:44", "Europe/Madrid")
html = html_page(
    '<tr><td style="padding:20px 24px;background:#1d3e6e;color:#fff;font-size:18px;">Coupa Supplier Portal</td>'
    '</tr><tr><td style="padding:24px;font-size:14px;">Aviso de pago<br><br>'
    'Cliente: <b>Meridiano Servicios Culturales, S.A.</b><br>Proveedor: Lucía Martín Gómez<br><br>'
    '<table cellpadding="6" border="1" style="border-collapse:collapse;font-size:13px;">'
    '<tr style="background:#eef2f7;"><th>N.º de factura</th><th>Fecha de factura</th><th>Importe pagado</th>'
    '<th>Moneda</th></tr><tr><td>2026-061</td><td>12/12/2026</td><td>2.420,00</td><td>EUR</td></tr></table><br>'
    'N.º de pago: PAY-00983311<br>Fecha de pago: 18/02/2027<br>Método: Transferencia SEPA<br><br>'
    '<span style="font-size:11px;color:#888;">Este mensaje ha sido enviado a través de Coupa en nombre de '
    'Meridiano Servicios Culturales, S.A. No responda.</span></td></tr>', "Aviso de pago")
add(build(std_headers(addr("Meridiano Servicios Culturales via Coupa", "do_not_reply@meridianosc.coupahost.com"),
                      L["mail"], "Aviso de pago: PAY-00983311", d, f"<{uid('coupa')}@coupahost.com>"),
          text_part(html, "html")),
    kind="payment-notification", language="es", amount="2420.00", reference="2026-061",
    note="Coupa remittance (payment made) in Spanish, invoice and amount only in a table")


# ================================================================ PAYMENT NOTICES — English
T = OWNERS["tom"]
H = OWNERS["hannah"]

# Monzo Business
d = dt("2026-11-16 10:44:02", "Europe/London")
txt = """You've received £850.00

Harbour Lane Ltd sent you £850.00.
Reference: HC-1047

It's in your Monzo Business account now.

Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG
"""
add(build(std_headers(addr("Monzo", "hello@monzo.com"), H["mail"], "You've received £850.00 from Harbour Lane Ltd",
                      d, f"<{uid('monzo')}@monzo.com>"), text_part(txt)),
    kind="payment-notification", language="en", amount="850.00", currency="GBP", reference="HC-1047",
    note="Monzo Business incoming payment in GBP, reference is the invoice number")

# Starling
d = dt("2027-01-06 15:02:18", "Europe/London")
html = html_page(
    '<tr><td style="padding:24px;background:#6935d3;color:#fff;font-size:20px;">Starling Bank</td></tr>'
    '<tr><td style="padding:24px;font-size:15px;">Hi Hannah,<br><br>You\'ve got a payment.<br><br>'
    '<table cellpadding="6" style="font-size:15px;">'
    + rows([("From", "NORTHERN FOLK FESTIVAL CIC"), ("Amount", "£1,200.00"), ("Reference", "INV HC 1052"),
            ("Payment type", "Faster Payment"), ("Date", "6 January 2027")]) +
    '</table><br>Starling Bank Limited is registered in England and Wales (No. 09092149).</td></tr>',
    "Payment received")
add(build(std_headers(addr("Starling Bank", "notifications@starlingbank.com"), H["mail"], "Payment received",
                      d, f"<{uid('starling')}@starlingbank.com>"), text_part(html, "html", cte="base64")),
    kind="payment-notification", language="en", amount="1200.00", currency="GBP", reference="HC-1052",
    note="Starling Faster Payment, HTML base64 only; reference 'INV HC 1052' -> HC-1052")

# Wise (EN), USD
d = dt("2026-12-09 18:20:40", "Europe/Dublin")
txt = """Hi Tom,

You've received 2,000.00 USD from Calder & Pine Inc.

Reference: INV-2026-038

It's now in your USD balance. You can hold it, convert it or send it to your bank.

Thanks,
The Wise team

Wise Europe SA, Rue du Trône 100, 1050 Brussels
"""
add(build(std_headers(addr("Wise", "noreply@wise.com"), T["mail"], "You've received 2,000.00 USD", d,
                      f"<{uid('wise-en')}@wise.com>"), text_part(txt)),
    kind="payment-notification", language="en", amount="2000.00", currency="USD", reference="INV-2026-038",
    note="Wise USD receipt for Irish freelancer; currency USD")

# Xero invoice paid online
d = dt("2026-12-15 09:12:33", "Europe/Dublin")
txt = """Invoice INV-2026-041 has been paid

Hi Tom,

O'Sullivan & Daly Solicitors paid invoice INV-2026-041 online with Stripe.

Amount paid: €1,845.00
Date paid: 15 Dec 2026
Amount due: €0.00

The payment has been applied to the invoice in Xero and will appear in your bank feed once Stripe pays out.

Xero
"""
add(build(std_headers(addr("Xero", "messaging-service@post.xero.com"), T["mail"],
                      "Invoice INV-2026-041 has been paid", d, f"<{uid('xero')}@post.xero.com>"),
          text_part(txt)),
    kind="payment-notification", language="en", amount="1845.00", reference="INV-2026-041",
    note="Xero online invoice payment via Stripe; amount due now 0")

# QuickBooks
d = dt("2026-11-26 13:41:09", "Europe/London")
html = html_page(
    '<tr><td style="padding:20px 24px;font-size:20px;color:#2ca01c;">intuit quickbooks</td></tr>'
    '<tr><td style="padding:0 24px 24px;font-size:15px;">Good news, Hannah!<br><br>'
    '<b>Kestrel Books Ltd</b> paid invoice <b>HC-1055</b>.<br><br><table cellpadding="6">'
    + rows([("Payment amount", "£420.00"), ("Payment method", "Bank transfer (QuickBooks Payments)"),
            ("Deposit expected", "27 Nov 2026")]) +
    '</table></td></tr>', "You got paid")
add(build(std_headers(addr("QuickBooks", "quickbooks@notification.intuit.com"), H["mail"],
                      "You got paid! Invoice HC-1055", d, f"<{uid('qbo')}@notification.intuit.com>"),
          text_part(html, "html")),
    kind="payment-notification", language="en", amount="420.00", currency="GBP", reference="HC-1055",
    note="QuickBooks Payments: invoice paid, deposit expected next day")

# Tipalti payment issued, USD
d = dt("2027-01-21 02:14:55", "America/New_York")
txt = """Payment notification from Northwind Media Inc.

Dear Byrne Design,

A payment has been issued to you by Northwind Media Inc.

Payment amount: USD 3,150.00
Payment method: International wire (to account ending 5678)
Payment date: 01/20/2027
Payment reference: NWM-PMT-0041873

Invoices included in this payment:
  Invoice number    Invoice date    Amount
  INV-2026-044      11/30/2026      USD 3,150.00

Funds typically arrive within 2-5 business days, depending on your bank.

To view your payment history, log in to the Supplier Hub.

This is an automated message from Tipalti on behalf of Northwind Media Inc. Please do not reply.
"""
add(build(std_headers(addr("Northwind Media Inc. via Tipalti", "no-reply@tipalti.com"), T["mail"],
                      "Payment notification from Northwind Media Inc.", d, f"<{uid('tipalti')}@tipalti.com>"),
          text_part(txt, cte="7bit", charset="us-ascii")),
    kind="payment-notification", language="en", amount="3150.00", currency="USD", reference="INV-2026-044",
    note="Tipalti 'payment issued' by the client; wire in transit counts as paid; US date format")

# Bill.com
d = dt("2026-12-18 16:25:00", "America/New_York")
html = html_page(
    '<tr><td style="padding:20px 24px;font-size:20px;color:#ff6b00;">BILL</td></tr>'
    '<tr><td style="padding:0 24px 24px;font-size:15px;line-height:1.5;">You\'ve been paid by '
    '<b>Greystone Analytics LLC</b><br><br><table cellpadding="6" style="font-size:14px;border:1px solid #ddd;">'
    + rows([("Amount", "$1,800.00"), ("Invoice #", "INV-2026-047"), ("Payment method", "ePayment (ACH)"),
            ("Process date", "12/18/2026"), ("Estimated arrival", "12/22/2026")]) +
    '</table><br>Memo from Greystone Analytics LLC: "Thanks Tom - sorry this one slipped."<br><br>'
    '<span style="font-size:11px;color:#777;">BILL Operations, LLC. Please do not reply to this automated '
    'message.</span></td></tr>', "You've been paid")
add(build(std_headers(addr("BILL", "notifications@bill.com"), T["mail"],
                      "You've been paid $1,800.00 by Greystone Analytics LLC", d, f"<{uid('bill')}@bill.com>"),
          text_part(html, "html")),
    kind="payment-notification", language="en", amount="1800.00", currency="USD", reference="INV-2026-047",
    note="Bill.com ePayment sent by client, arrival in four days; human-sounding memo inside a machine notice")

# Coupa remittance (EN), GBP
d = dt("2026-12-18 06:30:12", "Europe/London")
txt = """Remittance Advice

Customer: Aldermoor Housing Association
Supplier: Hannah Cole (Cole Copy)
Payment number: 7730019
Payment date: 18-Dec-2026
Payment method: BACS

Invoice #    Invoice date    Gross       Paid
HC-1049      02-Nov-2026     £2,400.00   £2,400.00

Total paid: £2,400.00 GBP

This notification was sent via Coupa on behalf of Aldermoor Housing Association. Replies to this address are not monitored.
"""
add(build(std_headers(addr("Aldermoor Housing Association (via Coupa)", "do_not_reply@aldermoor.coupahost.com"),
                      H["mail"], "Remittance Advice - Payment 7730019", d, f"<{uid('coupa-en')}@coupahost.com>"),
          text_part(txt, cte="8bit")),
    kind="payment-notification", language="en", amount="2400.00", currency="GBP", reference="HC-1049",
    note="Coupa remittance advice, BACS payment made")

# Invented Irish bank lodgement
d = dt("2026-11-12 11:37:29", "Europe/Dublin")
txt = """CORRIB BANK - Account Alert

A lodgement has been made to your account ending 5678.

Amount:    EUR 615.00
Type:      SEPA Credit Transfer
From:      O'DWYER FURNITURE LTD
Reference: BYRNE INV 2026 036
Date:      12/11/2026

Log in to Corrib Online to view your transactions.

Corrib Bank DAC is regulated by the Central Bank of Ireland. Please do not reply to this email.
"""
add(build(std_headers(addr("Corrib Bank Alerts", "alerts@corribbank.ie"), T["mail"], "Account Alert: Lodgement",
                      d, f"<{uid('corrib')}@corribbank.ie>"), text_part(txt, cte="7bit", charset="us-ascii")),
    kind="payment-notification", language="en", amount="615.00", reference="INV-2026-036",
    note="invented Irish bank 'lodgement' alert; reference 'BYRNE INV 2026 036' -> INV-2026-036; EU date format")

# Revolut Business (EN), no invoice number
d = dt("2027-02-08 20:11:45", "Europe/Dublin")
txt = """Money received

€1,100.00 from Aoife Kennedy
Reference: logo + cards

Account: EUR Main

Revolut Bank UAB, Irish branch
"""
add(build(std_headers(addr("Revolut Business", "no-reply@revolut.com"), T["mail"], "You received €1,100.00",
                      d, f"<{uid('revo-en')}@revolut.com>"), text_part(txt)),
    kind="payment-notification", language="en", amount="1100.00",
    note="Revolut Business money received; reference describes work, no invoice number")

# PayPal (EN), USD
d = dt("2026-12-01 04:18:22", "Europe/London")
txt = """Hello, Hannah Cole

You've got money!

Dana Whitfield sent you $450.00 USD.

Note from Dana Whitfield:
HC-1058 thank you! loved the copy

Transaction details
Transaction ID: 5XW20719BT4419012
Transaction date: December 1, 2026

Amount received: $450.00 USD
Fee: -$17.40 USD
Net amount: $432.60 USD

Please don't reply to this email. To get in touch with us, log in to your account and click Help.
"""
add(build(std_headers(addr("service@paypal.co.uk", "service@paypal.co.uk"), H["mail"],
                      "You've got money", d, f"<{uid('ppuk')}@notifications.paypal.com>"), text_part(txt)),
    kind="payment-notification", language="en", amount="450.00", currency="USD", reference="HC-1058",
    note="PayPal 'You've got money' in USD, sent 04:18 London time; gross vs net")

# Xero part payment
d = dt("2027-02-24 12:03:51", "Europe/London")
txt = """Part payment received for HC-1060

Hi Hannah,

Kestrel Books Ltd made a payment of £300.00 towards invoice HC-1060 using GoCardless.

Invoice total: £720.00
Amount paid:   £300.00
Amount due:    £420.00

Xero
"""
add(build(std_headers(addr("Xero", "messaging-service@post.xero.com"), H["mail"],
                      "Part payment received for HC-1060", d, f"<{uid('xero2')}@post.xero.com>"),
          text_part(txt)),
    kind="payment-notification", language="en", amount="300.00", currency="GBP", reference="HC-1060",
    note="part payment: 300 of 720 received, 420 still due; the amount paid is 300")

# BACS remittance covering two invoices
d = dt("2027-01-05 17:45:00", "Europe/London")
txt = """REMITTANCE ADVICE

From: Pennine Heritage Trust - Finance
To:   COLE COPY (HANNAH COLE)   Supplier No. V00871

Payment run: 05/01/2027     Payment method: BACS
Expected in your account: 08/01/2027

Your ref        Our ref      Date         Amount
HC-1050         PO 44817     14/11/2026   £1,140.00
HC-1053         PO 44902     01/12/2026     £840.00
                                          ----------
TOTAL PAID                                £1,980.00

Any queries please contact accounts.payable@penninetrust.org.uk quoting your supplier number.

*** This is an automatically generated email from Sage 200. ***
"""
add(build(std_headers(addr("Pennine Heritage Trust Accounts", "sage200@penninetrust.org.uk"), H["mail"],
                      "Remittance Advice - COLE COPY", d, f"<{uid('sage')}@penninetrust.org.uk>"),
          multipart("mixed", [text_part(txt, charset="iso-8859-1", cte="quoted-printable"),
                              bin_part(fake_pdf("REMITTANCE V00871"), "application/pdf", "Remittance_V00871.pdf")])),
    kind="payment-notification", language="en", amount="1980.00", currency="GBP",
    note="BACS remittance for two invoices (HC-1050 and HC-1053) totalling £1,980; no single reference")

# GoCardless
d = dt("2026-12-02 08:00:14", "Europe/London")
txt = """Payment confirmed

Hi Hannah,

We've collected a payment of £300.00 from Leeds Pottery Collective.

Description: Monthly copywriting retainer - December
Charge date: 2 December 2026
Payout: this payment will be included in your next payout on 5 December 2026.

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN
"""
add(build(std_headers(addr("GoCardless", "help@gocardless.com"), H["mail"],
                      "Payment confirmed: £300.00 from Leeds Pottery Collective", d, f"<{uid('gc')}@gocardless.com>"),
          text_part(txt)),
    kind="payment-notification", language="en", amount="300.00", currency="GBP",
    note="GoCardless direct debit collected from a client (retainer): money in, no invoice number")

# Stripe (EN)
d = dt("2027-02-26 10:08:37", "Europe/Dublin")
txt = """Payment of €2,460.00 from accounts@harbourdistillery.ie

Amount: €2,460.00
Description: INV-2026-049 - packaging redesign
Payment method: Mastercard •••• 3390
Date: 26 Feb 2027, 10:08

View payment in the Dashboard:
https://dashboard.stripe.com/payments/py_3QhT7aLkdIwHu7ix0b1x8YZc

Stripe Payments Europe, Ltd. · 1 Grand Canal Street Lower · Dublin 2
"""
add(build(std_headers(addr("Stripe", "notifications@stripe.com"), T["mail"],
                      "Payment of €2,460.00 from accounts@harbourdistillery.ie", d, f"<{uid('stripe-en')}@stripe.com>"),
          text_part(txt)),
    kind="payment-notification", language="en", amount="2460.00", reference="INV-2026-049",
    note="Stripe successful payment, EUR; reference in the description with a job name")


# ================================================================ LOOK-ALIKES (other) — Italian
# UniCredit: an outgoing transfer the owner made, paying someone else's invoice
d = dt("2026-12-09 12:31:40", "Europe/Rome")
txt = """Gentile ALESSANDRA ROSSI,

ti confermiamo l'esecuzione del bonifico SEPA da te disposto tramite Banca via Internet.

Beneficiario: ARREDA UFFICIO SRL
IBAN beneficiario: IT02 L030 6909 4001 0000 0008 812
Importo: 349,00 EUR
Commissioni: 0,00 EUR
Causale: FT 88/2026 SEDIA ERGONOMICA
Data esecuzione: 09/12/2026
CRO/TRN: 0306909483925512482012345IT

UniCredit S.p.A. - Messaggio automatico, non rispondere.
"""
add(build(std_headers(addr("UniCredit", "notify@info.unicredit.it"), A["mail"],
                      "Conferma esecuzione bonifico", d, f"<{uid('ucout')}@info.unicredit.it>"),
          text_part(txt)),
    kind="other", language="it",
    note="outgoing transfer the owner made (pays a supplier's FT 88/2026); looks like a payment notice but money OUT")

# Intesa: SEPA direct debit charged
d = dt("2026-11-03 06:15:02", "Europe/Rome")
txt = """Gentile Cliente,

ti informiamo che sul conto ****2345 è stato addebitato il seguente importo:

ADDEBITO DIRETTO SDD
Creditore: FASTWEB SPA
Importo: 34,95 EUR
Riferimento mandato: FW-IT-9931-0228814
Descrizione: Fattura M012345678 periodo 01/11/2026-30/11/2026

Intesa Sanpaolo S.p.A. - Messaggio automatico, non rispondere.
"""
add(build(std_headers(addr("Intesa Sanpaolo", "noreply@notifiche.intesasanpaolo.com"), A["mail"],
                      "Addebito sul tuo conto", d, f"<{uid('ispsdd')}.notifiche@intesasanpaolo.com>"),
          text_part(txt)),
    kind="other", language="it",
    note="direct debit charged to the owner (internet bill 'fattura'): money out, mentions an invoice")

# Aruba e-invoicing: SdI delivery receipt
d = dt("2026-11-02 16:47:11", "Europe/Rome")
txt = """Gentile Cliente,

ti informiamo che per la fattura elettronica di seguito indicata è stata ricevuta dal Sistema di Interscambio (SdI) la notifica di RICEVUTA DI CONSEGNA (RC).

Numero documento: 36/2026
Data documento: 31/10/2026
Cliente: TECNOCLIMA SERVICE S.R.L. (P.IVA 03918260406)
Identificativo SdI: 14583926107
Importo: 1.464,00 EUR
Stato: Consegnata

La fattura è stata recapitata correttamente al destinatario. Puoi scaricare la notifica dal pannello Fatturazione Elettronica.

Aruba S.p.A. - Servizio Fatturazione Elettronica
Questa è una email automatica: non rispondere a questo indirizzo.
"""
add(build(std_headers(addr("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"),
                      A["mail"], "Fattura 36/2026: ricevuta di consegna SdI", d, f"<{uid('aruba')}@aruba.it>"),
          text_part(txt)),
    kind="other", language="it", reference="36/2026",
    note="SdI 'ricevuta di consegna' for the owner's invoice: delivered, not paid; amount is the invoice total")

# Fineco: incoming credit recalled (storno)
d = dt("2026-12-07 10:02:26", "Europe/Rome")
txt = """Gentile Cliente,

ti informiamo che il bonifico di 640,00 € ricevuto in data 03/12/2026 da PIZZERIA VESUVIO DI AMATO CIRO, causale "fatt 29/2026", è stato stornato a seguito di richiesta di richiamo (recall) pervenuta dalla banca dell'ordinante.

L'importo è stato riaddebitato sul tuo conto con data valuta 07/12/2026. Per chiarimenti ti invitiamo a contattare direttamente l'ordinante.

FinecoBank S.p.A. – Questa comunicazione è inviata da un indirizzo non abilitato alla ricezione.
"""
add(build(std_headers(addr("FinecoBank", "no-reply@comunicazioni.finecobank.com"), D["mail"],
                      "Storno bonifico in entrata", d, f"<{uid('finstorno')}@finecobank.com>"),
          text_part(txt, charset="iso-8859-1", cte="quoted-printable")),
    kind="other", language="it", reference="29/2026",
    note="an incoming transfer for 'fatt 29/2026' was recalled and charged back: money did NOT stay in")

# Intesa: statement available
d = dt("2027-01-04 05:30:00", "Europe/Rome")
txt = """Gentile Cliente,

è disponibile nella tua Area Riservata l'estratto conto relativo al periodo 01/10/2026 - 31/12/2026 del conto n. ****2345.

Saldo contabile al 31/12/2026: 8.214,37 EUR
Movimenti in entrata nel periodo: 14
Movimenti in uscita nel periodo: 37

Il documento resterà disponibile nell'archivio Documenti per 10 anni.

Intesa Sanpaolo S.p.A. - Messaggio automatico, non rispondere.
"""
add(build(std_headers(addr("Intesa Sanpaolo", "noreply@notifiche.intesasanpaolo.com"), A["mail"],
                      "Il tuo estratto conto è disponibile", d, f"<{uid('ispec')}.notifiche@intesasanpaolo.com>"),
          text_part(txt)),
    kind="other", language="it",
    note="quarterly statement available, with balance and count of incoming movements; not a payment")

# Agenzia delle Entrate SdI rejection (notifica di scarto)
d = dt("2027-01-11 09:48:19", "Europe/Rome")
txt = """Sistema di Interscambio - Notifica di scarto

Identificativo SdI: 15029837442
Nome file: IT01234567890_00A7K.xml
Numero fattura: 3/2027
Data fattura: 08/01/2027

Il file è stato scartato per il seguente motivo:

Codice errore: 00305
Descrizione: 1.4.1.1.2 IdCodice non valido: IdFiscaleIVA del CessionarioCommittente non presente in anagrafe tributaria

La fattura scartata si considera non emessa. È possibile inviare nuovamente il file corretto entro 5 giorni dalla data della notifica, mantenendo lo stesso numero e la stessa data.

Agenzia delle Entrate - Fatture e Corrispettivi
"""
add(build(std_headers(addr("Fatture e Corrispettivi", "sdi-notifiche@fatturapa.agenziaentrate.it"), D["mail"],
                      "Notifica di scarto - fattura 3/2027", d, f"<{uid('sdi')}@fatturapa.gov.it>"),
          multipart("mixed", [text_part(txt),
                              raw_part('application/xml; name="IT01234567890_00A7K_NS_001.xml"',
                                       '<?xml version="1.0" encoding="UTF-8"?>\n<ns3:NotificaScarto '
                                       'xmlns:ns3="http://ivaservizi.agenziaentrate.gov.it/docs/xsd/fatture/v1.0" '
                                       'versione="1.0"><IdentificativoSdI>15029837442</IdentificativoSdI>'
                                       '<NomeFile>IT01234567890_00A7K.xml</NomeFile><ListaErrori><Errore>'
                                       '<Codice>00305</Codice></Errore></ListaErrori></ns3:NotificaScarto>\n',
                                       extra=[("Content-Disposition",
                                               'attachment; filename="IT01234567890_00A7K_NS_001.xml"')])])),
    kind="other", language="it", reference="3/2027",
    note="SdI rejection notice (NS, error 00305) for invoice 3/2027 with the XML attached; e-invoicing, not payment")

# PEC delivery receipt for the formal notice
d = dt("2027-02-16 11:20:47", "Europe/Rome")
txt = """Ricevuta di avvenuta consegna

Il giorno 16/02/2027 alle ore 11:20:47 (+0100) il messaggio
"Diffida e messa in mora – fattura n. 9/2026" proveniente da "davide.marchetti@pec.marchettistudio.it"
ed indirizzato a "amministrazione@pec.ottobrinigroup.it"
è stato consegnato nella casella di destinazione.
Identificativo messaggio: opec21019.20270216112045.218843.502.1.63@pec.aruba.it
"""
add(build(std_headers(addr("Per conto di: amministrazione@pec.ottobrinigroup.it", "posta-certificata@pec.aruba.it"),
                      "davide.marchetti@pec.marchettistudio.it",
                      "CONSEGNA: Diffida e messa in mora – fattura n. 9/2026", d,
                      f"<opec21019.20270216112047.31907.218.1.65@pec.aruba.it>",
                      extra=[("X-Ricevuta", "avvenuta-consegna"), ("X-Riferimento-Message-ID",
                              "<opec21019.20270216112045.218843.502.1.63@pec.aruba.it>"),
                             ("X-TipoRicevuta", "completa"), ("X-Trasporto", "posta-certificata")]),
          multipart("mixed", [text_part(txt),
                              raw_part('application/xml; name="daticert.xml"',
                                       '<?xml version="1.0" encoding="UTF-8"?>\n<postacert tipo="avvenuta-consegna" '
                                       'errore="nessuno"><intestazione><mittente>davide.marchetti@pec.marchettistudio.it'
                                       '</mittente><destinatari tipo="certificato">amministrazione@pec.ottobrinigroup.it'
                                       '</destinatari><oggetto>Diffida e messa in mora - fattura n. 9/2026</oggetto>'
                                       '</intestazione><dati><gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>'
                                       '<data zona="+0100"><giorno>16/02/2027</giorno><ora>11:20:47</ora></data>'
                                       '<consegna>amministrazione@pec.ottobrinigroup.it</consegna></dati></postacert>\n',
                                       extra=[("Content-Disposition", 'attachment; filename="daticert.xml"')]),
                              bin_part(fake_pdf("smime"), "application/pkcs7-signature", "smime.p7s")])),
    kind="other", language="it",
    note="PEC 'ricevuta di avvenuta consegna' of the owner's formal notice: a delivery receipt, neither bounce nor "
         "auto-reply nor payment")


# ================================================================ LOOK-ALIKES (other) — Spanish
# BBVA outgoing transfer
d = dt("2026-11-09 09:58:31", "Europe/Madrid")
txt = """Hola, LUCIA:

Has enviado una transferencia.

Importe: 242,00 €
Beneficiario: COWORKING LA NAVE SL
Concepto: Factura 2026-0119 puesto fijo noviembre
Cuenta de cargo: ·1332
Fecha: 09/11/2026

Si no reconoces esta operación, llámanos al 91 224 94 26.

BBVA. Este correo se ha enviado de forma automática. Por favor, no respondas.
"""
add(build(std_headers(addr("BBVA", "avisos@bbva.es"), L["mail"], "Transferencia enviada", d,
                      f"<{uid('bbvaout')}@avisos.bbva.es>"), text_part(txt)),
    kind="other", language="es",
    note="outgoing transfer by the owner to her coworking; concepto has a 'Factura 2026-0119' that is not hers")

# CaixaBank: returned direct debit
d = dt("2026-12-10 07:41:09", "Europe/Madrid")
txt = """Kutxabank - Servicio de avisos

DEVOLUCIÓN DE ADEUDO DIRECTO SEPA

Acreedor: MARTIN GOMEZ, LUCIA
Deudor: ACADEMIA IDIOMAS SOL SL
Remesa nº: 0004
Importe devuelto: 363,00 EUR
Referencia del adeudo: 2026-054
Motivo de devolución: MS02 - Razón no especificada por el cliente
Fecha de devolución: 10/12/2026

El importe, junto con la comisión de devolución (4,50 EUR), ha sido cargado en su cuenta.

Kutxabank, S.A. - Gran Vía 30-32, 48009 Bilbao. Mensaje automático, no responda a esta dirección.
"""
add(build(std_headers(addr("Kutxabank", "avisos@kutxabank.es"), L["mail"],
                      "Devolución de recibo", d, f"<{uid('kutxadev')}@kutxabank.es>"),
          text_part(txt, charset="iso-8859-1", cte="8bit")),
    kind="other", language="es", reference="2026-054",
    note="the client's bank returned the owner's direct debit for 2026-054 (charged back + fee): money did not come in")

# FACe status change
d = dt("2027-01-26 13:00:05", "Europe/Madrid")
txt = """FACe - Punto General de Entrada de Facturas de la AGE

Cambio de estado de factura

Número de registro: REGAGE27e00001842219
Número de factura: 2026-050
Proveedor: MARTIN GOMEZ LUCIA (NIF 50****21K)
Órgano gestor: L01280796 - AYUNTAMIENTO DE MADRID
Unidad tramitadora: LA0019211 - Distrito Centro
Importe: 2.904,00 EUR

Nuevo estado: 2400 - Reconocida la obligación (contabilizada)
Fecha del cambio: 26/01/2027

Puede consultar el estado de sus facturas en https://face.gob.es
Este es un correo automático, por favor no responda.
"""
add(build(std_headers(addr("FACe", "no-reply@face.gob.es"), L["mail"],
                      "FACe: cambio de estado de la factura 2026-050", d, f"<{uid('face')}@face.gob.es>"),
          text_part(txt)),
    kind="other", language="es", reference="2026-050",
    note="FACe status 'reconocida la obligación': approved/booked by the public body, not yet paid")

# Confirming: payment scheduled
d = dt("2026-12-22 10:15:44", "Europe/Madrid")
html = html_page(
    '<tr><td style="padding:20px 24px;border-bottom:4px solid #ec0000;color:#ec0000;font-size:20px;">'
    'Santander Confirming</td></tr><tr><td style="padding:24px;font-size:14px;">Estimado proveedor:<br><br>'
    'Le comunicamos que <b>GRUPO ALIMENTARIO DEL SUR, S.A.</b> ha dado de alta en nuestro servicio de Confirming '
    'las siguientes facturas a su favor, que serán abonadas en la fecha de vencimiento indicada:<br><br>'
    '<table cellpadding="6" border="1" style="border-collapse:collapse;font-size:13px;">'
    '<tr style="background:#f2f2f2;"><th>Factura</th><th>Importe</th><th>Vencimiento</th></tr>'
    '<tr><td>2026-053</td><td>1.331,00 EUR</td><td>15/02/2027</td></tr></table><br>'
    'Si lo desea, puede solicitar el <b>anticipo</b> de este importe antes del vencimiento desde Santander '
    'Confirming Online, con el coste financiero indicado en sus condiciones.<br><br>Atentamente,<br>'
    'Banco Santander, S.A.</td></tr>', "Confirming")
add(build(std_headers(addr("Santander Confirming", "confirming@gruposantander.es"), L["mail"],
                      "Comunicación de pago Confirming - GRUPO ALIMENTARIO DEL SUR, S.A.", d,
                      f"<{uid('confirming')}@gruposantander.es>"), text_part(html, "html")),
    kind="other", language="es", reference="2026-053",
    note="confirming notice: invoice scheduled to be paid at maturity 15/02/2027 (advance optional): not yet paid")

# Bizum between friends (sent)
d = dt("2027-01-16 23:48:02", "Atlantic/Canary")
txt = """Has enviado un Bizum

Has enviado 15,00 € a YURENA.
Concepto: cena viernes 🍕

Operación realizada desde tu cuenta ·4217.

Si no has realizado esta operación, llama urgentemente al 900 102 801.
"""
add(build(std_headers(addr("BBVA", "avisos@bbva.es"), N["mail"], "Has enviado un Bizum de 15,00 €", d,
                      f"<{uid('bizumout')}@avisos.bbva.es>"), text_part(txt)),
    kind="other", language="es",
    note="Bizum sent to a friend for dinner: money out, private")

# Holded: invoice viewed
d = dt("2026-11-20 18:06:12", "Europe/Madrid")
txt = """Hola Lucía,

Tu cliente Construcciones Peñalara SL ha abierto la factura 2026-062 que le enviaste el 18/11/2026.

Importe: 1.573,00 €
Vencimiento: 18/12/2026
Visto por primera vez: 20/11/2026 18:05

Recuerda que puedes activar los recordatorios automáticos de cobro desde Ajustes > Ventas.

El equipo de Holded
"""
add(build(std_headers(addr("Holded", "no-reply@holded.com"), L["mail"],
                      "👀 Tu factura 2026-062 ha sido vista", d, f"<{uid('holdedv')}@holded.com>"),
          text_part(txt)),
    kind="other", language="es", reference="2026-062",
    note="'invoice viewed' tracking notice from Holded; not a payment")


# ================================================================ LOOK-ALIKES (other) — English
# Tipalti payment scheduled
d = dt("2027-01-12 01:40:17", "America/New_York")
txt = """Upcoming payment from Northwind Media Inc.

Dear Byrne Design,

Northwind Media Inc. has approved the invoice below and scheduled it for payment.

Invoice number: INV-2026-050
Invoice amount: USD 2,100.00
Scheduled payment date: 01/22/2027
Payment method: International wire

You will receive another notification when the payment has been issued. Actual arrival depends on your bank.

This is an automated message from Tipalti on behalf of Northwind Media Inc. Please do not reply.
"""
add(build(std_headers(addr("Northwind Media Inc. via Tipalti", "no-reply@tipalti.com"), T["mail"],
                      "Upcoming payment from Northwind Media Inc.", d, f"<{uid('tipsched')}@tipalti.com>"),
          text_part(txt, cte="7bit", charset="us-ascii")),
    kind="other", language="en", reference="INV-2026-050",
    note="Tipalti 'scheduled for payment on 01/22/2027': approved, not issued; says another notice will follow")

# Coupa approved for payment
d = dt("2027-01-19 14:22:08", "Europe/London")
txt = """Invoice HC-1061 has been approved

Customer: Aldermoor Housing Association
Invoice: HC-1061
Amount: £1,560.00
Status: Approved for payment
Expected payment date: 31-Jan-2027 (next scheduled BACS run)

You can track the status of your invoices in the Coupa Supplier Portal.

This notification was sent via Coupa on behalf of Aldermoor Housing Association.
"""
add(build(std_headers(addr("Aldermoor Housing Association (via Coupa)", "do_not_reply@aldermoor.coupahost.com"),
                      H["mail"], "Invoice HC-1061 Approved", d, f"<{uid('coupaapp')}@coupahost.com>"),
          text_part(txt)),
    kind="other", language="en", reference="HC-1061",
    note="'approved for payment, expected 31-Jan' from an AP platform: not paid yet, and not a human promise")

# Xero invoice viewed
d = dt("2026-12-01 15:47:29", "Europe/Dublin")
txt = """Hi Tom,

Calder & Pine Inc. viewed invoice INV-2026-052 for €2,750.00 on 1 Dec 2026 at 10:47 AM (EST).

Due date: 15 Dec 2026

View the invoice in Xero to see its history.

Xero
"""
add(build(std_headers(addr("Xero", "messaging-service@post.xero.com"), T["mail"],
                      "Calder & Pine Inc. viewed invoice INV-2026-052", d, f"<{uid('xerov')}@post.xero.com>"),
          text_part(txt)),
    kind="other", language="en", reference="INV-2026-052",
    note="Xero 'invoice viewed' notice")

# Monzo card spending + direct debit in one digest
d = dt("2027-01-31 20:00:00", "Europe/London")
txt = """Your Monzo Business week

Money out
  Pret A Manger          -£4.20
  Adobe Systems          -£56.98
  HMRC (Direct Debit)    -£612.40   Self Assessment payment on account

Money in
  Nothing new this week

Balance: £3,418.77

Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG
"""
add(build(std_headers(addr("Monzo", "hello@monzo.com"), H["mail"], "Your week in money", d,
                      f"<{uid('monzow')}@monzo.com>"), text_part(txt)),
    kind="other", language="en",
    note="weekly spending digest: card payments and a direct debit out, 'Money in: nothing new'")

# Stripe failed payment
d = dt("2026-12-27 08:52:03", "Europe/Dublin")
txt = """A payment of €980.00 from bookings@lakesidecafe.ie failed

Description: INV-2026-055
Decline reason: Your card has insufficient funds. (insufficient_funds)
Payment method: Visa •••• 1123
Date: 27 Dec 2026, 08:51

The customer was not charged. You can send them the payment link again from the Dashboard.

Stripe Payments Europe, Ltd.
"""
add(build(std_headers(addr("Stripe", "notifications@stripe.com"), T["mail"],
                      "Payment failed: €980.00 from bookings@lakesidecafe.ie", d, f"<{uid('stripefail')}@stripe.com>"),
          text_part(txt)),
    kind="other", language="en", reference="INV-2026-055",
    note="Stripe failed card payment (insufficient funds): the customer was not charged")

# Peppol access point: invoice delivered
d = dt("2026-11-13 09:10:42", "Europe/Dublin")
txt = """Delivery report

Document: Invoice INV-2026-039
Sender: Byrne Design (0196:IE3412345LH)
Receiver: Dublin City Library Services (0196:IE9876543W)
Transport: Peppol BIS Billing 3.0 over AS4
Status: DELIVERED
Acknowledged by receiver access point at 2026-11-13T09:10:41Z

Storecove - Peppol Access Point. You receive this message because delivery reports are switched on for your account.
"""
add(build(std_headers(addr("Storecove", "reports@storecove.com"), T["mail"],
                      "Delivered: Invoice INV-2026-039", d, f"<{uid('peppol')}@storecove.com>"),
          text_part(txt)),
    kind="other", language="en", reference="INV-2026-039",
    note="Peppol access point delivery report for the owner's invoice")

# Wise outgoing transfer complete
d = dt("2027-02-03 12:30:55", "Europe/Dublin")
txt = """Hi Tom,

Your transfer to Kasia Nowak is complete.

You sent: 1,000.00 EUR
Kasia receives: 4,271.60 PLN
Reference: illustrations Jan - thanks!
Transfer #1298834471

It should now be in Kasia's account.

The Wise team
"""
add(build(std_headers(addr("Wise", "noreply@wise.com"), T["mail"], "Your transfer to Kasia Nowak is complete",
                      d, f"<{uid('wiseout')}@wise.com>"), text_part(txt)),
    kind="other", language="en",
    note="outgoing Wise transfer the owner made to a subcontractor ('is complete'): money out")


# ================================================================ AUTO-REPLIES
HDRS = {
    "outlook": lambda s: [("Thread-Topic", eh(s)), ("Auto-Submitted", "auto-replied"),
                          ("X-Auto-Response-Suppress", "All"), ("X-MS-Has-Attach", ""),
                          ("X-MS-Exchange-Inbox-Rules-Loop", "")],
    "gmail": lambda s: [("Auto-Submitted", "auto-replied")],
    "xauto": lambda s: [("X-Autoreply", "yes"), ("Precedence", "bulk")],
    "both": lambda s: [("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("X-Autorespond", "yes"),
                       ("Precedence", "auto_reply")],
    "ticket": lambda s: [("Auto-Submitted", "auto-generated"), ("Precedence", "bulk"),
                         ("X-Auto-Response-Suppress", "All")],
    "none": lambda s: [],
}


def autoreply(rem, frm_name, frm_mail, prefix, date_s, tz, body, kind_hdr, lang_tag=None, html=None,
              subject=None, cte="quoted-printable", charset="utf-8", extra=()):
    subj = subject if subject is not None else f"{prefix} {rem['subject']}"
    hdr_extra = list(HDRS[kind_hdr](subj))
    if kind_hdr == "outlook":
        hdr_extra = [(k, frm_mail if k == "X-MS-Exchange-Inbox-Rules-Loop" else v) for k, v in hdr_extra]
        if lang_tag:
            hdr_extra.append(("Content-Language", lang_tag))
    hdr_extra += list(extra)
    d = dt(date_s, tz)
    dom = frm_mail.split("@")[1]
    mid = f"<{uid(frm_mail, date_s)}@{dom}>"
    headers = std_headers(addr(frm_name, frm_mail), addr(rem["owner"]["name"], rem["owner"]["mail"]), subj, d, mid,
                          extra=hdr_extra, reply=rem["mid"])
    if html:
        part = multipart("alternative", [text_part(body, charset=charset, cte=cte),
                                         text_part(html, "html", charset=charset, cte=cte)])
    else:
        part = text_part(body, charset=charset, cte=cte)
    return build(headers, part)


def ol_html(body):
    paras = "".join(f'<p class="MsoNormal">{p.replace(chr(10), "<br>")}</p>' for p in body.strip().split("\n\n"))
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>'
            'p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
            f'<body lang="IT" link="#0563C1"><div class="WordSection1">{paras}</div></body></html>\n')


# --- Italian
r = reminder("alessandra", "Tecnoclima Service S.r.l.", "amministrazione@tecnoclimaservice.it", "36/2026",
             "1.464,00 €", "2026-12-15", "2026-12-23 09:00:12")
body = """Buongiorno,

sono fuori ufficio fino a giovedì 7 gennaio compreso, con accesso limitato alla posta elettronica.
Per questioni amministrative urgenti potete scrivere a contabilita@tecnoclimaservice.it o chiamare il centralino 0541 772310.

Cordiali saluti
Roberta Galli
Ufficio Amministrazione – Tecnoclima Service S.r.l.
"""
add(autoreply(r, "Roberta Galli", "amministrazione@tecnoclimaservice.it", "Risposta automatica:",
              "2026-12-23 09:00:31", "Europe/Rome", body, "outlook", "it-IT", html=ol_html(body)),
    kind="auto-reply", language="it", return_date="2027-01-08",
    note="Outlook OOO with Auto-Submitted; 'fino a giovedì 7 gennaio compreso' -> back on the 8th")

r = reminder("davide", "Federico Ottobrini", "federico.ottobrini@gmail.com", "2026/15", "488,00 €", "2026-12-10",
             "2026-12-29 08:30:00", kind="person")
body = """Ciao! Sono in ferie con la famiglia e leggo la posta a singhiozzo 🏔️
Rientro lunedì 4 gennaio: ti rispondo appena torno.

Federico
"""
add(autoreply(r, "Federico Ottobrini", "federico.ottobrini@gmail.com", "", "2026-12-29 08:30:44", "Europe/Rome",
              body, "gmail", subject=f"Re: {r['subject']}"),
    kind="auto-reply", language="it", return_date="2027-01-04",
    note="Gmail vacation responder, subject 'Re:' like a human reply; return 'lunedì 4 gennaio'")

r = reminder("alessandra", "Studio Legale Bianchi & Associati", "segreteria@studiobianchi-legale.it", "14/2026",
             "1.220,00 €", "2027-01-31", "2027-02-10 09:00:05")
body = """Gentile mittente,

la dott.ssa Serena Bianchi è attualmente in congedo di maternità e non ha accesso a questa casella.

Per pratiche in corso può rivolgersi all'avv. Paolo Merli (p.merli@studiobianchi-legale.it); per fatture e pagamenti all'ufficio amministrativo (amministrazione@studiobianchi-legale.it).

Grazie per la comprensione.
"""
add(autoreply(r, "Segreteria Studio Bianchi", "segreteria@studiobianchi-legale.it", "Assente:",
              "2027-02-10 09:00:40", "Europe/Rome", body, "none", cte="8bit", charset="iso-8859-1"),
    kind="auto-reply", language="it",
    note="maternity-leave notice with no return date and no RFC 3834 headers; redirects to accounts")

r = reminder("alessandra", "Gruppo Edilnord S.p.A.", "fornitori@edilnord.it", "33/2026", "2.074,00 €",
             "2026-11-20", "2026-11-25 09:00:00")
body = """Gentile fornitore,

la sua richiesta è stata registrata con il numero di ticket #48213 e assegnata all'Ufficio Contabilità Fornitori.

Oggetto: Sollecito: fattura n. 33/2026
Priorità: normale
Tempo medio di presa in carico: 5 giorni lavorativi

Per aggiornamenti, risponda a questa email mantenendo invariato l'oggetto. La preghiamo di non aprire nuove richieste per la stessa fattura.

Gruppo Edilnord S.p.A. – Service Desk Amministrazione
"""
add(autoreply(r, "Edilnord Service Desk", "servicedesk@edilnord.it", "", "2026-11-25 09:01:12",
              "Europe/Rome", body, "ticket", subject=f"[Ticket #48213] {r['subject']}"),
    kind="auto-reply", language="it",
    note="help-desk ticket acknowledgement from the client's AP desk (Auto-Submitted: auto-generated)")

r = reminder("davide", "Cantina Ferraro", "m.ferraro@cantinaferraro.it", "2026/20", "915,00 €", "2027-01-10",
             "2027-01-18 09:00:00")
body = """ATTENZIONE: questo indirizzo non è più attivo dal 30/11/2026.

I messaggi inviati a m.ferraro@cantinaferraro.it non vengono letti né inoltrati.
Per ordini: ordini@cantinaferraro.it
Per amministrazione e fatture: amministrazione@cantinaferraro.it

Cantina Ferraro – Loc. Poggio Alto, Montalcino (SI)
"""
add(autoreply(r, "Marco Ferraro", "m.ferraro@cantinaferraro.it", "", "2027-01-18 09:00:26", "Europe/Rome", body,
              "none", subject=f"Indirizzo non più attivo - {r['subject']}"),
    kind="auto-reply", language="it",
    note="'address no longer active' responder (message accepted, not bounced); no auto headers")

r = reminder("alessandra", "Ottica Ferrante", "info@otticaferrante.it", "24/2026", "310,00 €", "2026-11-10",
             "2026-11-19 09:00:00")
body = """Oggi sono fuori sede per un sopralluogo in cantiere e non riesco a leggere la posta.
Rientro in ufficio lunedì.

Mario Ferrante
Ottica Ferrante
"""
add(autoreply(r, "Mario Ferrante", "info@otticaferrante.it", "Fuori sede:", "2026-11-19 09:02:03", "Europe/Rome",
              body, "xauto"),
    kind="auto-reply", language="it", return_date="2026-11-23",
    note="weekday-only return ('rientro lunedì') sent Thursday 19 Nov -> Monday 23 Nov; X-Autoreply header")

r = reminder("davide", "Studio Architetti Valli Conti", "info@vallicontiarchitetti.it", "2026/22", "1.342,00 €",
             "2026-12-20", "2026-12-24 09:00:00")
body = """Gentile cliente, gentile fornitore,

lo studio resterà chiuso per le festività natalizie da giovedì 24 dicembre 2026 a mercoledì 6 gennaio 2027. Riapriremo giovedì 7 gennaio: risponderemo alla Sua email il prima possibile.

Buone feste!

---

Dear client, dear supplier,

our office is closed for the holidays from Thursday 24 December 2026 to Wednesday 6 January 2027. We will reopen on Thursday 7 January and reply to your email as soon as possible.

Season's greetings!

Studio Architetti Valli Conti · Via Farini 19 · 40124 Bologna
"""
add(autoreply(r, "Studio Valli Conti", "info@vallicontiarchitetti.it", "Chiusura festività -",
              "2026-12-24 09:00:19", "Europe/Rome", body, "both"),
    kind="auto-reply", language="it", return_date="2027-01-07",
    note="bilingual IT/EN holiday-closure responder; reopening Thursday 7 January")

# --- Spanish
r = reminder("lucia", "Gráficas Alcázar SL", "administracion@graficasalcazar.es", "2026-057", "726,00 €",
             "2026-12-20", "2026-12-28 09:00:00")
body = """Gracias por su mensaje.

Estaré fuera de la oficina hasta el 7 de enero inclusive, sin acceso regular al correo. Para asuntos de facturación pueden dirigirse a contabilidad@graficasalcazar.es.

Un saludo,
Pilar Navarro
Administración · Gráficas Alcázar SL
"""
add(autoreply(r, "Pilar Navarro", "administracion@graficasalcazar.es", "Respuesta automática:",
              "2026-12-28 09:00:48", "Europe/Madrid", body, "outlook", "es-ES", html=ol_html(body)),
    kind="auto-reply", language="es", return_date="2027-01-08",
    note="Outlook OOO; 'hasta el 7 de enero inclusive' -> first day back 8 January")

r = reminder("lucia", "Estudio Nómada Arquitectura SLP", "hola@estudionomada.es", "2026-059", "484,00 €",
             "2026-11-30", "2026-12-02 09:00:00")
body = """Hola! Estoy de vacaciones hasta el lunes y no miro el correo.
Si es algo urgente llama a Iker al 644 318 902.

Gracias!! 🌴
Ane
"""
add(autoreply(r, "Ane Etxeberria | Estudio Nómada", "hola@estudionomada.es", "Fuera de la oficina:",
              "2026-12-02 09:01:15", "Europe/Madrid", body, "gmail"),
    kind="auto-reply", language="es", return_date="2026-12-07",
    note="weekday only: 'hasta el lunes' sent Wednesday 2 Dec -> Monday 7 Dec")

r = reminder("lucia", "Hotel Miramar Costa SA", "contabilidad@hotelmiramarcosta.es", "2026-056", "1.089,00 €",
             "2027-01-25", "2027-02-01 09:00:00")
body = """Buenos días:

Me encuentro disfrutando del permiso por nacimiento y cuidado de menor. Me reincorporaré a mediados de marzo.

Durante mi ausencia, los temas de proveedores y pagos los lleva mi compañera Begoña Ruiz (b.ruiz@hotelmiramarcosta.es).

Un saludo,
Javier Soler
Contabilidad – Hotel Miramar Costa
"""
add(autoreply(r, "Javier Soler", "contabilidad@hotelmiramarcosta.es", "Respuesta automática:",
              "2027-02-01 09:00:22", "Europe/Madrid", body, "outlook", "es-ES"),
    kind="auto-reply", language="es",
    note="paternity/birth leave, vague return 'a mediados de marzo' -> no return_date")

r = reminder("lucia", "Meridiano Servicios Culturales, S.A.", "proveedores@meridianosc.es", "2026-061",
             "2.420,00 €", "2027-01-11", "2027-01-20 09:00:00")
body = """Estimado/a proveedor/a:

Hemos recibido su consulta y se ha creado la solicitud [#ES-20931] en nuestro Centro de Atención a Proveedores.

Asunto: Recordatorio: factura n.º 2026-061
Estado: Abierta
Plazo estimado de respuesta: 72 horas laborables

Le recordamos que puede consultar el estado de sus facturas y pagos en el Portal de Proveedores (Coupa). Por favor, no responda a este mensaje para añadir información; utilice el enlace de la solicitud.

Centro de Atención a Proveedores
Meridiano Servicios Culturales, S.A.
"""
add(autoreply(r, "Atención a Proveedores", "soporte-proveedores@meridianosc.freshdesk.com", "",
              "2027-01-20 09:03:40", "Europe/Madrid", body, "ticket",
              subject=f"Solicitud recibida [#ES-20931] - {r['subject']}",
              extra=[("X-Mailer", "Freshdesk")]),
    kind="auto-reply", language="es",
    note="Freshdesk-style supplier help-desk acknowledgement with ticket number")

r = reminder("nayra", "Eventos Timanfaya", "ruben@eventostimanfaya.com", "F2026/31", "544,50 €", "2026-11-05",
             "2026-11-11 09:00:00", kind="company")
body = """Esta dirección de correo electrónico ya no está operativa.

Rubén Perdomo ya no forma parte de la empresa. Para cualquier asunto, escriba a info@eventostimanfaya.com y le atenderemos.

Eventos Timanfaya · Arrecife, Lanzarote
"""
add(autoreply(r, "Ruben Perdomo", "ruben@eventostimanfaya.com", "", "2026-11-11 08:00:09", "Atlantic/Canary",
              body, "none", subject="Dirección no operativa", charset="windows-1252", cte="quoted-printable"),
    kind="auto-reply", language="es",
    note="left-the-company responder with a bare subject, no headers, windows-1252; message was accepted (not a bounce)")

r = reminder("nayra", "Compañía de Eventos Teide, S.L.", "facturacion@eventosteide.es", "F2026/34", "1.177,00 €",
             "2026-12-15", "2026-12-23 09:00:00")
body = """Estimado cliente / proveedor:

Le informamos de que nuestras oficinas permanecerán cerradas del 24 de diciembre al 6 de enero por vacaciones de Navidad. Retomaremos la actividad el jueves 7 de enero y atenderemos su correo por orden de llegada.

¡Felices fiestas y próspero 2027!

Compañía de Eventos Teide, S.L.
Avda. Tres de Mayo 71 · Santa Cruz de Tenerife
"""
add(autoreply(r, "Facturación Eventos Teide", "facturacion@eventosteide.es", "Respuesta automática:",
              "2026-12-23 08:00:14", "Atlantic/Canary", body, "both"),
    kind="auto-reply", language="es", return_date="2027-01-07",
    note="Christmas closure 24 Dec - 6 Jan, reopening 'jueves 7 de enero'")

r = reminder("lucia", "Bodegas Ortiz", "admin@bodegasortiz.es", "2026-063", "390,00 €", "2027-01-30",
             "2027-02-04 09:00:00")
body = """Ausente por viaje de trabajo (feria en Düsseldorf). Vuelvo el día 15.
Contesto a la vuelta. Gracias.

Enviado desde mi móvil
"""
add(autoreply(r, "Carmen Ortiz", "admin@bodegasortiz.es", "Ausente:", "2027-02-04 09:00:31", "Europe/Madrid",
              body, "gmail"),
    kind="auto-reply", language="es", return_date="2027-02-15",
    note="'Vuelvo el día 15' sent 4 Feb -> 15 February")

r = reminder("lucia", "Academia Idiomas Sol SL", "secretaria@academiasol.es", "2026-054", "363,00 €",
             "2026-11-10", "2026-11-17 09:00:00")
body = f"""Gracias por escribir a Academia Idiomas Sol.

Hemos recibido su mensaje correctamente. Nuestro horario de secretaría es de lunes a viernes de 16:00 a 21:00; lo atenderemos en un plazo máximo de 48 horas laborables.

Si su consulta es sobre matrículas, visite www.academiasol.es/matricula.

Academia Idiomas Sol · C/ Sol y Ortega 14 · Alcalá de Henares

----- Mensaje original -----
De: Lucía Martín <lucia@martinestudio.es>
Para: secretaria@academiasol.es
Enviado: martes, 17 de noviembre de 2026 9:00
Asunto: {r['subject']}

{r['body']}"""
add(autoreply(r, "Academia Idiomas Sol", "secretaria@academiasol.es", "Re:", "2026-11-17 09:00:57",
              "Europe/Madrid", body, "both"),
    kind="auto-reply", language="es",
    note="generic 'received, we'll answer within 48h' acknowledgement that quotes the whole reminder below")

# --- English
r = reminder("tom", "Dublin City Library Services", "accounts@dclibraryservices.ie", "INV-2026-039", "€1,350.00",
             "2026-12-13", "2026-12-22 09:00:00")
body = """Thank you for your email.

I am currently out of the office, returning on Monday 4 January 2027. I will have limited access to email during this time.

For urgent accounts queries please contact finance@dclibraryservices.ie.

Kind regards,
Siobhán Murphy
Accounts Payable
"""
add(autoreply(r, "Siobhán Murphy", "accounts@dclibraryservices.ie", "Automatic reply:", "2026-12-22 09:00:29",
              "Europe/Dublin", body, "outlook", "en-IE", html=ol_html(body)),
    kind="auto-reply", language="en", return_date="2027-01-04",
    note="Outlook OOO, 'returning on Monday 4 January 2027'")

r = reminder("hannah", "Harbour Lane Ltd", "jo.marsh@harbourlane.co.uk", "HC-1057", "£640.00", "2027-01-15",
             "2027-01-27 09:00:00")
body = """Hi,

I'm on parental leave and will be back in the spring. In the meantime please send anything about invoices or payments to finance@harbourlane.co.uk, and anything else to my colleague Sam Patel (sam.patel@harbourlane.co.uk).

Thanks,
Jo
"""
add(autoreply(r, "Jo Marsh", "jo.marsh@harbourlane.co.uk", "Automatic reply:", "2027-01-27 09:00:40",
              "Europe/London", body, "outlook", "en-GB"),
    kind="auto-reply", language="en",
    note="parental leave, vague return ('in the spring') -> no return_date")

r = reminder("tom", "Calder & Pine Inc.", "ap@calderpine.com", "INV-2026-043", "€2,750.00", "2026-11-20",
             "2026-11-30 09:00:00")
body = """##- Please type your reply above this line -##

Your request (#88312) has been received and is being reviewed by our Accounts Payable team.

To add additional comments, reply to this email.

----------------------------------------------

Tom Byrne, Nov 30, 2026, 4:00 AM EST

""" + r["body"].split("\n\n", 1)[1][:400] + """...

----------------------------------------------

This email is a service from Calder & Pine Accounts Payable.
[K7R2QX-9W1P]
"""
add(autoreply(r, "Calder & Pine AP", "support@calderpine.zendesk.com", "", "2026-11-30 04:00:51",
              "America/New_York", body, "ticket", subject=f"[Request received] {r['subject']}",
              extra=[("X-Mailer", "Zendesk Mailer")]),
    kind="auto-reply", language="en",
    note="Zendesk request-received acknowledgement quoting the start of the reminder")

r = reminder("hannah", "Pennine Heritage Trust", "invoices@penninetrust.org.uk", "HC-1059", "£960.00",
             "2027-02-10", "2027-02-17 09:00:00")
body = """This mailbox is no longer monitored.

From 1 February 2027 all supplier invoices must be sent to ap@penninetrust.org.uk and must quote a valid purchase order number. Statements and payment queries should go to accounts.payable@penninetrust.org.uk.

Your email has not been forwarded.

Pennine Heritage Trust – Finance
"""
add(autoreply(r, "Pennine Heritage Trust Invoices", "invoices@penninetrust.org.uk", "", "2027-02-17 09:00:12",
              "Europe/London", body, "none", subject=f"Mailbox no longer monitored: {r['subject']}"),
    kind="auto-reply", language="en",
    note="'mailbox no longer monitored, not forwarded' responder; no RFC 3834 headers")

r = reminder("tom", "Greystone Analytics LLC", "mbrennan@greystoneanalytics.com", "INV-2026-053", "€1,200.00",
             "2027-01-10", "2027-01-15 09:00:00")
body = """Thanks for your note. I'm out of the office through Monday, January 18 for the MLK Day long weekend, back Tuesday. If this is about an invoice please copy payables@greystoneanalytics.com.

Best,
Megan Brennan
Operations Manager | Greystone Analytics
"""
add(autoreply(r, "Megan Brennan", "mbrennan@greystoneanalytics.com", "Automatic reply:", "2027-01-15 04:00:19",
              "America/New_York", body, "outlook", "en-US"),
    kind="auto-reply", language="en", return_date="2027-01-19",
    note="US OOO 'through Monday, January 18 ... back Tuesday' -> 19 January (New York time)")

r = reminder("hannah", "Leeds Pottery Collective", "studio@leedspottery.co.uk", "HC-1056", "£300.00", "2026-12-20",
             "2026-12-28 09:00:00")
body = """Studio closed for Christmas. Back on the 5th!
Online orders placed now will be posted when we reopen.
x
"""
add(autoreply(r, "Leeds Pottery Collective", "studio@leedspottery.co.uk", "", "2026-12-28 09:00:35",
              "Europe/London", body, "none", subject="Out of Office"),
    kind="auto-reply", language="en", return_date="2027-01-05",
    note="no headers, subject only 'Out of Office'; 'back on the 5th' sent 28 Dec -> 5 January")

r = reminder("tom", "O'Dwyer Furniture Ltd", "accounts@odwyerfurniture.ie", "INV-2026-046", "€795.00",
             "2026-10-31", "2026-11-06 09:00:00")
body = """Thank you for contacting O'Dwyer Furniture.

Please note that our accounts office is staffed part-time (Tuesday to Thursday). We aim to respond to all queries within three working days.

If your query relates to a delivery, please call our showroom on 091 562 300.

O'Dwyer Furniture Ltd, Headford Road, Galway
"""
add(autoreply(r, "O'Dwyer Furniture Accounts", "accounts@odwyerfurniture.ie", "Auto:", "2026-11-06 09:00:18",
              "Europe/Dublin", body, "xauto"),
    kind="auto-reply", language="en",
    note="part-time office acknowledgement; no stated return day")


# ================================================================ BOUNCES
def bounce(rem, frm, subject, date_s, tz, human, reporting_mta, recips, human_html=None, headers_only=False,
           extra=(), charset="utf-8", cte="quoted-printable", to=None, received_from=None):
    d = dt(date_s, tz)
    dom = frm.split("@")[-1].rstrip(">")
    mid = f"<{uid(subject, date_s)}@{dom}>"
    if human_html:
        hp = multipart("alternative", [text_part(human, charset=charset, cte=cte),
                                       text_part(human_html, "html", charset=charset, cte=cte)])
    else:
        hp = text_part(human, charset=charset, cte=cte, extra=[("Content-Description", "Notification")])
    for rr in recips:
        rr.setdefault("last", d)
    body = dsn_body(hp, reporting_mta, rem["date"], recips, rem["raw"], headers_only=headers_only,
                    received_from=received_from)
    headers = std_headers(frm, to or rem["owner"]["mail"], subject, d, mid, extra=list(extra))
    return build(headers, body)


# --- Postfix, permanent (Hannah's own server)
r = reminder("hannah", "Moorside Print", "finance@moorsideprint.co.uk", "HC-1054", "£385.00", "2026-11-28",
             "2026-12-07 09:00:00")
human = """This is the mail system at host mail.colecopy.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<finance@moorsideprint.co.uk>: host mx1.moorsideprint.co.uk[51.89.140.22] said:
    550 5.1.1 <finance@moorsideprint.co.uk>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
add(bounce(r, "MAILER-DAEMON@mail.colecopy.co.uk (Mail Delivery System)", "Undelivered Mail Returned to Sender",
           "2026-12-07 09:00:04", "Europe/London", human, "mail.colecopy.co.uk",
           [dict(final="finance@moorsideprint.co.uk", orig="finance@moorsideprint.co.uk", action="failed",
                 status="5.1.1", remote="mx1.moorsideprint.co.uk",
                 diag="550 5.1.1 <finance@moorsideprint.co.uk>: Recipient address rejected: User unknown in "
                      "virtual mailbox table")],
           cte="7bit", charset="us-ascii", extra=[("Auto-Submitted", "auto-replied")]),
    kind="bounce", language="en", failed_recipient="finance@moorsideprint.co.uk", permanent=True,
    note="Postfix DSN, 550 5.1.1 user unknown, original reminder attached as message/rfc822")

# --- Aruba, Italian text, permanent
r = reminder("davide", "Lavanderia Aurora", "info@lavanderiaaurora.it", "2026/14", "244,00 €", "2026-11-15",
             "2026-11-23 09:00:00")
human = """Gentile utente,

il messaggio da Lei inviato non è stato recapitato ad uno o più destinatari.

Destinatario: info@lavanderiaaurora.it
Motivo: il server di posta del destinatario ha rifiutato il messaggio.
Risposta del server: 550 5.1.1 <info@lavanderiaaurora.it>: casella di posta inesistente (mailbox unavailable)

Il messaggio non verrà più inviato. Verifichi che l'indirizzo sia stato scritto correttamente.

In allegato trova l'intestazione del messaggio originale.

-- 
Servizio di Posta Aruba
"""
add(bounce(r, "Mail Delivery Subsystem <MAILER-DAEMON@smtpcmd01.ad.aruba.it>",
           f"Messaggio non recapitato: {r['subject']}", "2026-11-23 09:00:09", "Europe/Rome", human,
           "smtpcmd01.ad.aruba.it",
           [dict(final="info@lavanderiaaurora.it", action="failed", status="5.1.1", remote="mx.lavanderiaaurora.it",
                 diag="550 5.1.1 <info@lavanderiaaurora.it>: mailbox unavailable")],
           headers_only=True, charset="iso-8859-1", extra=[("Auto-Submitted", "auto-generated")]),
    kind="bounce", language="it", failed_recipient="info@lavanderiaaurora.it", permanent=True,
    note="Italian-language bounce from the Italian provider, only original headers returned (text/rfc822-headers)")

# --- Office 365, Italian NDR, permanent
r = reminder("giulia", "Farmacia Centrale Rimini", "contabilita@farmaciacentrale-rimini.it", "30/2026",
             "512,40 €", "2026-12-31", "2027-01-12 09:00:00")
human = """Il recapito ai destinatari o ai gruppi seguenti non è riuscito:

contabilita@farmaciacentrale-rimini.it
Il server di posta elettronica del destinatario ha rifiutato il messaggio. Il destinatario potrebbe non esistere o il dominio potrebbe non accettare messaggi da mittenti esterni. Contattare il destinatario tramite un altro canale e chiedergli di verificare l'indirizzo.

Diagnostica per amministratori:

Server di generazione: DB9PR09MB7481.eurprd09.prod.outlook.com

contabilita@farmaciacentrale-rimini.it
Remote Server returned '550 5.4.1 Recipient address rejected: Access denied. [AM4PEPF00027A6C.eurprd04.prod.outlook.com 2027-01-12T08:00:03.117Z 08DD32A1B7F0C4E5]'

Intestazioni del messaggio originale:
"""
html = ('<html><body><div style="font-family:\'Segoe UI\',Frutiger,Arial,sans-serif;">'
        '<p style="font-size:16pt;color:#C00000;">Il messaggio non è stato recapitato</p>'
        '<p>Il recapito ai destinatari o ai gruppi seguenti non è riuscito:</p>'
        '<p><b>contabilita@farmaciacentrale-rimini.it</b></p>'
        '<p>Il server di posta elettronica del destinatario ha rifiutato il messaggio. Il destinatario potrebbe '
        'non esistere o il dominio potrebbe non accettare messaggi da mittenti esterni.</p>'
        '<p style="font-size:9pt;color:#808080;">Diagnostica per amministratori:<br>Remote Server returned '
        '\'550 5.4.1 Recipient address rejected: Access denied.\'</p></div></body></html>\n')
add(bounce(r, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@studioconti.it>",
           f"Non recapitabile: {r['subject']}", "2027-01-12 09:00:04", "Europe/Rome", human,
           "DB9PR09MB7481.eurprd09.prod.outlook.com",
           [dict(final="contabilita@farmaciacentrale-rimini.it", action="failed", status="5.4.1",
                 remote="AM4PEPF00027A6C.eurprd04.prod.outlook.com",
                 diag="550 5.4.1 Recipient address rejected: Access denied.")],
           human_html=html, headers_only=True,
           extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                  ("Content-Language", "it-IT")]),
    kind="bounce", language="it", failed_recipient="contabilita@farmaciacentrale-rimini.it", permanent=True,
    note="Office 365 NDR in Italian, 550 5.4.1 access denied (recipient does not exist on tenant)")

# --- Gmail delay, Italian, temporary
r = reminder("alessandra", "Tipografia Berti", "amministrazione@tipografiaberti.it", "34/2026", "671,00 €",
             "2026-12-10", "2026-12-16 09:00:00")
human = """** Messaggio non ancora recapitato **

Si è verificato un problema temporaneo durante il recapito del messaggio a amministrazione@tipografiaberti.it. Gmail riproverà per altre 46 ore. Riceverai una notifica se il recapito non andrà a buon fine in modo definitivo.

La risposta del server remoto è stata:
421 4.7.0 [185.33.201.17 15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. Try again later.
"""
html = ('<html><body><table width="100%" style="font-family:Google Sans,Roboto,Arial,sans-serif;"><tr><td>'
        '<h2 style="font-weight:400;">Messaggio non ancora recapitato</h2><p>Si è verificato un problema '
        'temporaneo durante il recapito del messaggio a <b>amministrazione@tipografiaberti.it</b>. Gmail riproverà '
        'per altre 46 ore. Riceverai una notifica se il recapito non andrà a buon fine in modo definitivo.</p>'
        '<p style="color:#757575;font-size:12px;">La risposta del server remoto è stata:<br>421 4.7.0 Try again '
        'later.</p></td></tr></table></body></html>\n')
d0 = dt("2026-12-16 09:00:00", "Europe/Rome")
add(bounce(r, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Delay)",
           "2026-12-17 09:07:52", "Europe/Rome", human, "mx.google.com",
           [dict(final="amministrazione@tipografiaberti.it", action="delayed", status="4.7.0",
                 remote="mail.tipografiaberti.it", diag="421 4.7.0 Try again later",
                 until=d0 + timedelta(days=3))],
           human_html=html, headers_only=True, extra=[("Auto-Submitted", "auto-replied")]),
    kind="bounce", language="it", failed_recipient="amministrazione@tipografiaberti.it", permanent=False,
    note="Gmail delay DSN in Italian (Action: delayed, 4.7.0), will retry 46 more hours: temporary")

# --- Gmail, Italian, domain not found, permanent
r = reminder("alessandra", "Edil Trevisan S.r.l.", "amministrazione@ediltrevisan.it", "28/2026", "3.050,00 €",
             "2026-11-30", "2026-12-09 09:00:00")
human = """** Indirizzo non trovato **

Il tuo messaggio non è stato recapitato a amministrazione@ediltrevisan.it perché il dominio ediltrevisan.it non è stato trovato. Verifica la presenza di errori di battitura o spazi non necessari e riprova.

La risposta del server remoto è stata:
DNS Error: DNS type 'mx' lookup of ediltrevisan.it responded with code NXDOMAIN
Domain name not found: ediltrevisan.it
"""
add(bounce(r, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
           "2026-12-09 09:00:02", "Europe/Rome", human, "mx.google.com",
           [dict(final="amministrazione@ediltrevisan.it", action="failed", status="5.1.2",
                 diag="DNS Error: DNS type 'mx' lookup of ediltrevisan.it responded with code NXDOMAIN")],
           extra=[("Auto-Submitted", "auto-replied")]),
    kind="bounce", language="it", failed_recipient="amministrazione@ediltrevisan.it", permanent=True,
    note="Gmail 'Indirizzo non trovato': domain does not exist (NXDOMAIN), 5.1.2; client's domain may have lapsed")

# --- Exim, English, permanent (Nayra's hosting)
r = reminder("nayra", "Finca Los Almendros", "reservas@fincalosalmendros.es", "F2026/30", "1.540,00 €",
             "2026-11-20", "2026-11-26 09:00:00")
human = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  reservas@fincalosalmendros.es
    host mail.fincalosalmendros.es [93.184.12.40]
    SMTP error from remote mail server after RCPT TO:<reservas@fincalosalmendros.es>:
    550 No Such User Here
"""
add(bounce(r, "Mail Delivery System <Mailer-Daemon@server27.hostinginsular.net>",
           "Mail delivery failed: returning message to sender", "2026-11-26 08:00:06", "Atlantic/Canary", human,
           "server27.hostinginsular.net",
           [dict(final="reservas@fincalosalmendros.es", action="failed", status="5.0.0",
                 remote="mail.fincalosalmendros.es", diag="550 No Such User Here")],
           cte="7bit", charset="us-ascii", extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients",
                                                                                       "reservas@fincalosalmendros.es")]),
    kind="bounce", language="en", failed_recipient="reservas@fincalosalmendros.es", permanent=True,
    note="Exim 'Mail delivery failed' (cPanel-style hosting) for a Spanish owner; X-Failed-Recipients header")

# --- Office 365 Spanish, mailbox full, failed
r = reminder("lucia", "Salones Villaverde", "eventos@salonesvillaverde.es", "2026-048", "2.057,00 €",
             "2026-11-25", "2026-12-03 09:00:00")
human = """Error en la entrega a estos destinatarios o grupos:

eventos@salonesvillaverde.es
El buzón del destinatario está lleno y no puede aceptar mensajes en este momento. Intente reenviar el mensaje más tarde o póngase en contacto con el destinatario directamente.

Diagnóstico para administradores:

Servidor de generación: PA4PR06MB7150.eurprd06.prod.outlook.com

eventos@salonesvillaverde.es
Remote Server returned '552 5.2.2 Mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Encabezados del mensaje original:
"""
add(bounce(r, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@martinestudio.es>",
           f"No se puede entregar: {r['subject']}", "2026-12-03 09:00:11", "Europe/Madrid", human,
           "PA4PR06MB7150.eurprd06.prod.outlook.com",
           [dict(final="eventos@salonesvillaverde.es", action="failed", status="5.2.2",
                 diag="552 5.2.2 Mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException")],
           headers_only=True, extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                                     ("Content-Language", "es-ES")]),
    kind="bounce", language="es", failed_recipient="eventos@salonesvillaverde.es", permanent=True,
    note="Office 365 NDR in Spanish, mailbox full 5.2.2 with Action: failed: this copy will not be delivered "
         "(text suggests resending later)")

# --- Office 365 Spanish, delayed
r = reminder("lucia", "Talleres Goiko", "administracion@talleresgoiko.es", "2026-055", "968,00 €", "2026-12-22",
             "2027-01-05 09:00:00")
human = """Retraso en la entrega a estos destinatarios o grupos:

administracion@talleresgoiko.es

Asunto: Recordatorio: factura n.º 2026-055

Este mensaje todavía no se ha entregado. Seguiremos intentándolo.

El servidor seguirá intentando entregar este mensaje durante 1 día, 23 horas y 51 minutos. Recibirá una notificación si no es posible entregarlo en ese tiempo.

Diagnóstico para administradores:

Servidor de generación: PA4PR06MB7150.eurprd06.prod.outlook.com
Receiving server: mail.talleresgoiko.es

administracion@talleresgoiko.es
Remote Server returned '451 4.4.0 Primary target IP address responded with: "421 4.2.1 Unable to connect." Attempted failover to alternate host, but that did not succeed.'
"""
add(bounce(r, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@martinestudio.es>",
           f"Retraso en la entrega: {r['subject']}", "2027-01-05 09:09:02", "Europe/Madrid", human,
           "PA4PR06MB7150.eurprd06.prod.outlook.com",
           [dict(final="administracion@talleresgoiko.es", action="delayed", status="4.4.0",
                 remote="mail.talleresgoiko.es", diag="451 4.4.0 Primary target IP address responded with: "
                 "421 4.2.1 Unable to connect.",
                 until=dt("2027-01-07 09:00:00", "Europe/Madrid"))],
           headers_only=True, extra=[("Auto-Submitted", "auto-replied"), ("Content-Language", "es-ES")]),
    kind="bounce", language="es", failed_recipient="administracion@talleresgoiko.es", permanent=False,
    note="Office 365 Spanish delay notice, still retrying for ~2 days: temporary")

# --- qmail failure notice (plain text, remote host), English
r = reminder("nayra", "Agencia Maxorata Viajes", "admin@maxorataviajes.es", "F2026/36", "399,00 €", "2027-01-08",
             "2027-01-14 09:00:00")
d = dt("2027-01-14 08:00:27", "Atlantic/Canary")
txt = """Hi. This is the qmail-send program at mail.insularnet.es.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<admin@maxorataviajes.es>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + r["raw"].decode("utf-8").replace("\r\n", "\n")
add(build(std_headers("MAILER-DAEMON@mail.insularnet.es", N["mail"], "failure notice", d,
                      f"<{uid('qmail')}.qmail@mail.insularnet.es>"),
          text_part(txt, charset="us-ascii", cte="7bit")),
    kind="bounce", language="en", failed_recipient="admin@maxorataviajes.es", permanent=True,
    note="qmail 'failure notice', plain text only (no DSN), original appended after the separator line")

# --- Postfix delayed, English, temporary
r = reminder("hannah", "Northern Folk Festival CIC", "hello@northernfolkfest.org.uk", "HC-1062", "£540.00",
             "2027-02-05", "2027-02-12 09:00:00")
human = """This is the mail system at host mail.colecopy.co.uk.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<hello@northernfolkfest.org.uk>: connect to
    mx.northernfolkfest.org.uk[212.110.187.54]:25: Connection timed out
"""
add(bounce(r, "MAILER-DAEMON@mail.colecopy.co.uk (Mail Delivery System)", "Delayed Mail (still being retried)",
           "2027-02-12 13:02:40", "Europe/London", human, "mail.colecopy.co.uk",
           [dict(final="hello@northernfolkfest.org.uk", orig="hello@northernfolkfest.org.uk", action="delayed",
                 status="4.4.1", diag="connect to mx.northernfolkfest.org.uk[212.110.187.54]:25: Connection timed out",
                 until=dt("2027-02-17 09:00:00", "Europe/London"))],
           headers_only=True, cte="7bit", charset="us-ascii", extra=[("Auto-Submitted", "auto-replied")]),
    kind="bounce", language="en", failed_recipient="hello@northernfolkfest.org.uk", permanent=False,
    note="Postfix delay warning ('THIS IS A WARNING ONLY'), retried for 5 days: temporary")

# --- Office 365 English, recipient not found
r = reminder("tom", "Lakeside Café", "j.kavanagh@lakesidecafe.ie", "INV-2026-055", "€980.00", "2026-12-30",
             "2027-01-08 09:00:00")
human = """Your message to j.kavanagh@lakesidecafe.ie couldn't be delivered.

j.kavanagh wasn't found at lakesidecafe.ie.

tom	Office 365	j.kavanagh
Action Required	Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means.

Diagnostic information for administrators:

Generating server: AM6PR10MB2294.EURPRD10.PROD.OUTLOOK.COM

j.kavanagh@lakesidecafe.ie
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient j.kavanagh@lakesidecafe.ie not found by SMTP address lookup'

Original message headers:
"""
add(bounce(r, "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@byrnedesign.ie>",
           f"Undeliverable: {r['subject']}", "2027-01-08 09:00:03", "Europe/Dublin", human,
           "AM6PR10MB2294.EURPRD10.PROD.OUTLOOK.COM",
           [dict(final="j.kavanagh@lakesidecafe.ie", action="failed", status="5.1.10",
                 diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")],
           headers_only=True, extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")]),
    kind="bounce", language="en", failed_recipient="j.kavanagh@lakesidecafe.ie", permanent=True,
    note="Office 365 'Undeliverable' 5.1.10 recipient not found")

# --- Exim on the remote relay, retry timeout exceeded (gave up), English
r = reminder("lucia", "Hoteles Roca Negra", "compras@hotelesrocanegra.es", "2026-060", "1.815,00 €",
             "2026-12-28", "2027-01-04 09:00:00")
human = """This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  compras@hotelesrocanegra.es
    retry timeout exceeded
"""
add(bounce(r, "Mail Delivery System <Mailer-Daemon@relay2.hotelesrocanegra.es>",
           "Mail delivery failed: returning message to sender", "2027-01-08 09:14:33", "Europe/Madrid", human,
           "relay2.hotelesrocanegra.es",
           [dict(final="compras@hotelesrocanegra.es", action="failed", status="4.0.0",
                 diag="retry timeout exceeded")],
           cte="7bit", charset="us-ascii", received_from="mail.martinestudio.es",
           extra=[("Auto-Submitted", "auto-replied"), ("X-Failed-Recipients", "compras@hotelesrocanegra.es")]),
    kind="bounce", language="en", failed_recipient="compras@hotelesrocanegra.es", permanent=True,
    note="the client's relay accepted then gave up after 4 days ('retry timeout exceeded', status 4.0.0 but "
         "Action: failed and 'permanent error'): never delivered")

# --- Gmail Spanish, address not found
r = reminder("nayra", "Bodas del Sur", "gestion@bodasdelsur.es", "F2026/37", "720,00 €", "2027-02-01",
             "2027-02-09 09:00:00")
human = """** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a gestion@bodasdelsur.es porque no se ha encontrado la dirección o esta no puede recibir correo.

La respuesta del servidor remoto ha sido:
550 5.1.1 <gestion@bodasdelsur.es>: Recipient address rejected: User unknown in virtual mailbox table
"""
html = ('<html><body><table width="100%" style="font-family:Google Sans,Roboto,Arial,sans-serif;"><tr><td>'
        '<h2 style="font-weight:400;">No se ha encontrado la dirección</h2><p>Tu mensaje no se ha entregado a '
        '<b>gestion@bodasdelsur.es</b> porque no se ha encontrado la dirección o esta no puede recibir correo.</p>'
        '<p style="color:#757575;font-size:12px;">La respuesta del servidor remoto ha sido:<br>550 5.1.1 '
        'Recipient address rejected: User unknown</p></td></tr></table></body></html>\n')
add(bounce(r, "Mail Delivery Subsystem <mailer-daemon@googlemail.com>", "Delivery Status Notification (Failure)",
           "2027-02-09 08:00:05", "Atlantic/Canary", human, "mx.google.com",
           [dict(final="gestion@bodasdelsur.es", action="failed", status="5.1.1", remote="mx.bodasdelsur.es",
                 diag="550 5.1.1 <gestion@bodasdelsur.es>: Recipient address rejected: User unknown")],
           human_html=html, extra=[("Auto-Submitted", "auto-replied")]),
    kind="bounce", language="es", failed_recipient="gestion@bodasdelsur.es", permanent=True,
    note="Gmail bounce in Spanish, 550 5.1.1, full original attached")


# ================================================================ write + check
def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{s}"'


KEY_ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
             "failed_recipient", "permanent", "note"]


def main():
    order = list(range(len(MSGS)))
    random.Random(1414).shuffle(order)
    for f in os.listdir(OUT):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(OUT, f))
    lines = ["# round14-notices: machine mail (payment notices, look-alikes, auto-replies, bounces).",
             "# Generated by make.py; every body hand-written.", ""]
    for n, i in enumerate(order, 1):
        raw, lab = MSGS[i]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)
        lines.append(f'[files."{name}"]')
        for k in KEY_ORDER:
            if k in lab:
                lines.append(f"{k} = {toml_value(lab[k])}")
        extra = set(lab) - set(KEY_ORDER)
        assert not extra, (name, extra)
        lines.append("")
    with open(os.path.join(OUT, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    check(len(order))


def check(n):
    import tomllib
    from collections import Counter
    with open(os.path.join(OUT, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    assert len(labels) == n
    kinds = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
             "payment-notification", "auto-reply", "bounce", "other", "invoice"}
    for name, lab in labels.items():
        with open(os.path.join(OUT, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (name, h)
        _ = msg["Date"].datetime
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        assert lab["kind"] in kinds, name
        assert lab["split"] == "dev"
        if lab["kind"] == "bounce":
            assert "failed_recipient" in lab and "permanent" in lab, name
        d = msg["Date"].datetime
        assert datetime(2026, 11, 1, tzinfo=ZoneInfo("UTC")) <= d <= datetime(2027, 3, 1, tzinfo=ZoneInfo("UTC")), name
    print(n, "messages OK")
    print(Counter(l["kind"] for l in labels.values()))
    print(Counter(l["language"] for l in labels.values()))


if __name__ == "__main__":
    main()
