#!/usr/bin/env python3
"""Round 15, machine mail: payment notices, look-alikes, auto-replies and bounces.

Generates r15m-NNNN.eml and labels.toml in this directory. Python 3.11, stdlib only.
Every body below is hand-written; only the MIME plumbing, the HTML skeletons and the
quoted mailduns reminders are generated.
"""
import base64
import datetime as _dt
import email
import email.policy
import hashlib
import json
import os
import quopri
import random
import sys
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r15m"

# --------------------------------------------------------------------------------------------
# people (mailbox owners) and their numbering
# --------------------------------------------------------------------------------------------
OWNERS = {
    "alessandra": ("Alessandra Rossi", "alessandra@example.it", "Europe/Rome", "it"),
    "davide": ("Davide Marchetti", "davide@studiomarchetti.it", "Europe/Rome", "it"),
    "chiara": ("Chiara Esposito", "chiara@espositotraduzioni.it", "Europe/Rome", "it"),
    "lucia": ("Lucía Martín", "lucia@martinestudio.es", "Europe/Madrid", "es"),
    "jordi": ("Jordi Puig", "jordi@puigtraduccions.cat", "Europe/Madrid", "es"),
    "nayra": ("Nayra Santana", "nayra@nayrailustra.com", "Atlantic/Canary", "es"),
    "tom": ("Tom Byrne", "tom@byrnedesign.ie", "Europe/Dublin", "en"),
    "priya": ("Priya Shah", "priya@shahcopy.co.uk", "Europe/London", "en"),
    "dana": ("Dana Whitfield", "dana@whitfieldux.com", "America/New_York", "en"),
}


# --------------------------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------------------------
def enc(s, charset="utf-8"):
    """Encode a header value as RFC 2047 encoded-words if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def addr(name, mail, charset="utf-8"):
    if not name:
        return mail
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()<>@"[]'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), mail)
        return "%s <%s>" % (name, mail)
    except UnicodeEncodeError:
        return "%s <%s>" % (Header(name, charset).encode(), mail)


def owner(key):
    n, m, tz, lang = OWNERS[key]
    return addr(n, m)


def date(s, tz):
    """'2026-11-12 09:41:07' in zone tz -> RFC 5322 date."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(tzinfo=ZoneInfo(tz))
    return format_datetime(d)


_seen_ids = set()


def mid(domain, seed, style="plain"):
    h = hashlib.sha1(("%s|%s|%s" % (domain, seed, style)).encode()).hexdigest()
    if style == "outlook":
        v = "<%s%s@%s>" % (h[:4].upper() + "PR0" + h[4:7].upper(), "MB" + h[7:19].upper(), domain)
    elif style == "gmail":
        v = "<CA+%s%s@mail.gmail.com>" % (base64.b64encode(bytes.fromhex(h[:30])).decode().rstrip("="), h[30:36])
    elif style == "long":
        v = "<%s.%s.%s@%s>" % (h[:8], h[8:20], h[20:26], domain)
    else:
        v = "<%s@%s>" % (h[:24], domain)
    assert v not in _seen_ids, v
    _seen_ids.add(v)
    return v


# --------------------------------------------------------------------------------------------
# MIME assembly (hand-rolled, to control charsets and transfer encodings exactly)
# --------------------------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body=None, parts=None, boundary=None, preamble=None):
        self.headers = headers  # list of (name, value)
        self.body = body  # bytes for leaves
        self.parts = parts  # list of Part for multiparts
        self.boundary = boundary
        self.preamble = preamble


def _encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte == "7bit":
        data.decode("ascii")
    return data if data.endswith(b"\n") else data + b"\n"


def leaf(text=None, subtype="plain", charset="utf-8", cte="quoted-printable", data=None,
         ctype=None, filename=None, disposition=None, extra=None, params=""):
    """A single body part. text is str (encoded with charset), data is raw bytes."""
    if data is None:
        codec = {"windows-1252": "cp1252", "iso-8859-1": "cp1252", "iso-8859-15": "iso-8859-15"}.get(charset, charset)
        data = text.replace("\r\n", "\n").encode(codec)
    h = []
    if ctype is None:
        ctype = "text/%s" % subtype
    if ctype.startswith("text/"):
        h.append(("Content-Type", '%s; charset="%s"%s' % (ctype, charset, params)))
    elif filename and not params:
        h.append(("Content-Type", '%s; name="%s"' % (ctype, filename)))
    else:
        h.append(("Content-Type", ctype + params))
    h.append(("Content-Transfer-Encoding", cte))
    if filename or disposition:
        d = disposition or "attachment"
        h.append(("Content-Disposition", '%s; filename="%s"' % (d, filename) if filename else d))
    for e in extra or []:
        h.append(e)
    return Part(h, body=_encode_body(data, cte))


_bcount = [0]


def multi(subtype, parts, params="", preamble=None, boundary=None):
    _bcount[0] += 1
    b = boundary or "----=_Part_%d_%s" % (_bcount[0], hashlib.md5(str(_bcount[0]).encode()).hexdigest()[:16])
    return Part([("Content-Type", 'multipart/%s;%s boundary="%s"' % (subtype, params, b))], parts=parts,
                boundary=b, preamble=preamble)


def rfc822(raw_bytes, ctype="message/rfc822", desc=None):
    h = [("Content-Type", ctype)]
    if desc:
        h.append(("Content-Description", desc))
    return Part(h, body=raw_bytes if raw_bytes.endswith(b"\n") else raw_bytes + b"\n")


def render(p):
    out = b""
    for n, v in p.headers:
        out += ("%s: %s\n" % (n, v)).encode("ascii")
    out += b"\n"
    if p.parts is None:
        return out + p.body
    if p.preamble:
        out += p.preamble.encode("ascii") + b"\n"
    for sp in p.parts:
        out += b"--" + p.boundary.encode() + b"\n" + render(sp)
    out += b"--" + p.boundary.encode() + b"--\n"
    return out


def message(headers, body, mime_version=True):
    top = list(headers)
    if mime_version:
        top.append(("MIME-Version", "1.0"))
    p = Part(top + body.headers, body=body.body, parts=body.parts, boundary=body.boundary, preamble=body.preamble)
    return render(p)


def fix_addr(v):
    """Encode display names of a raw 'Name <mail>' list if they are not ASCII."""
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        from email.utils import getaddresses
        return ", ".join(addr(n, a) for n, a in getaddresses([v]))


def std_headers(frm, to, subject, when, tz, msgid, cc=None, reply_to=None, irt=None, refs=None, extra=None,
                pre=None):
    h = []
    for e in pre or []:
        h.append(e)
    h.append(("Date", date(when, tz)))
    h.append(("From", fix_addr(frm)))
    h.append(("To", fix_addr(to)))
    if cc:
        h.append(("Cc", fix_addr(cc)))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", enc(subject)))
    h.append(("Message-ID", msgid))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    for e in extra or []:
        h.append(e)
    return h


# --------------------------------------------------------------------------------------------
# HTML skeletons
# --------------------------------------------------------------------------------------------
def html_page(inner, title="", font="Arial, Helvetica, sans-serif", bg="#f4f4f4", width=600, lang="it"):
    return """<!DOCTYPE html>
<html lang="%s"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>
<body style="margin:0;padding:0;background:%s;">
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:%s;"><tr><td align="center">
<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:%s;font-size:14px;color:#222222;">
%s
</table></td></tr></table></body></html>
""" % (lang, title, bg, bg, width, font, inner)


def html_rows(rows, label_style="color:#666666;padding:6px 12px;", value_style="padding:6px 12px;font-weight:bold;"):
    out = []
    for k, v in rows:
        out.append('<tr><td style="%s">%s</td><td style="%s">%s</td></tr>' % (label_style, k, value_style, v))
    return '<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%%">%s</table>' % "\n".join(out)


def td(s, style="padding:16px 24px;"):
    return '<tr><td style="%s">%s</td></tr>' % (style, s)


# tiny fake binaries
FAKE_PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >>"
            b" endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
FAKE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")


# --------------------------------------------------------------------------------------------
# the reminders mailduns sends (from templates/{it,es,en}/*.txt.j2), filled in by hand
# --------------------------------------------------------------------------------------------
def reminder_text(lang, owner_key, client_name, inv, amount, due, kind="company", iban=None, bic=None):
    oname = OWNERS[owner_key][0]
    if lang == "it":
        sal = ("Spett.le %s," % client_name) if kind == "company" else ("Gentile %s," % client_name)
        pay = ("Per il pagamento:\n- beneficiario: %s\n- IBAN: %s\n- BIC: %s\n- causale: Fattura %s\n"
               % (oname, iban, bic, inv)) if iban else \
            "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.\n"
        return ("%s\n\nda un controllo la fattura n. %s di %s, scaduta il %s, risulta ancora da saldare. Potrebbe "
                "trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n%s\n"
                "Cordiali saluti,\n%s\n") % (sal, inv, amount, due, pay, oname)
    if lang == "es":
        sal = "Estimados señores:" if kind == "company" else ("Buenos días, %s:" % client_name)
        pay = ("Datos para el pago:\n- beneficiario: %s\n- IBAN: %s\n- BIC: %s\n- concepto: Factura %s\n"
               % (oname, iban, bic, inv)) if iban else \
            "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.\n"
        return ("%s\n\nRevisando mis cuentas, veo que la factura n.º %s de %s, vencida el %s, sigue pendiente de pago. "
                "Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea "
                "posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando "
                "la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la "
                "factura, podemos aclararlo por esta misma vía.\n\n%s\nUn cordial saludo,\n%s\n") % (
            sal, inv, amount, due, pay, oname)
    sal = "Dear Accounts Team," if kind == "company" else ("Dear %s," % client_name)
    pay = ("Payment details:\n- Account name: %s\n- IBAN: %s\n- BIC (SWIFT): %s\n- Payment reference: %s\n"
           % (oname, iban, bic, inv)) if iban else \
        "The payment details are on the invoice, in my original email in this thread.\n"
    return ("%s\n\nAccording to my records, invoice %s for %s, due on %s, has not yet been paid. It may simply have "
            "been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
            "If you have already paid, thank you – please let me know the payment date so that I can update my "
            "records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
            "%s\nKind regards,\n%s\n") % (sal, inv, amount, due, pay, oname)


def reminder_subject(lang, inv):
    return {"it": "Sollecito fattura n. %s", "es": "Recordatorio: factura n.º %s",
            "en": "Reminder: invoice %s"}[lang] % inv


def reminder_msg(lang, owner_key, to, client_name, inv, amount, due, when, kind="company", headers_only=False,
                 iban=None, bic=None):
    """Raw bytes of the reminder as mailduns sent it (for bounces and quoting). Returns (bytes, msgid, subject)."""
    oname, omail, tz, _ = OWNERS[owner_key]
    dom = omail.split("@")[1]
    m = mid(dom, "rem|%s|%s|%s" % (owner_key, inv, when), "long")
    subj = reminder_subject(lang, inv)
    h = std_headers(addr(oname, omail), to, subj, when, tz, m,
                    extra=[("X-Mailer", "mailduns")])
    body = leaf(reminder_text(lang, owner_key, client_name, inv, amount, due, kind, iban, bic), cte="quoted-printable")
    raw = message(h, body)
    if headers_only:
        raw = raw.split(b"\n\n", 1)[0] + b"\n"
    return raw, m, subj


def quote_gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


# --------------------------------------------------------------------------------------------
# the collection
# --------------------------------------------------------------------------------------------
ITEMS = []  # (raw bytes, label dict)

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def add(raw, kind, lang, note, **facts):
    assert kind in KINDS, kind
    assert lang in ("it", "es", "en"), lang
    lab = {"kind": kind, "language": lang, "split": "dev"}
    for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"):
        if k in facts and facts[k] is not None:
            lab[k] = facts.pop(k)
    assert not facts, facts
    lab["note"] = note
    if "amount" in lab:
        float(lab["amount"])
        assert "." in lab["amount"] and len(lab["amount"].split(".")[1]) == 2, lab["amount"]
    if kind == "bounce":
        assert "permanent" in lab and "failed_recipient" in lab
    ITEMS.append((raw, lab))


def simple(frm, to, subject, when, tz, msgid, body_part, **kw):
    return message(std_headers(frm, to, subject, when, tz, msgid, **kw), body_part)
# ============================================================================================
# ITALIAN — payment notices (money IN)
# ============================================================================================

# --- Banca Sella, incoming SEPA transfer, multipart/alternative with an HTML table -----------
t = """Gentile Cliente,

ti informiamo che sul tuo conto corrente n. ****4471 è stato accreditato un bonifico.

Ordinante: STUDIO LEGALE BIANCHI E ASSOCIATI
IBAN ordinante: IT41 X030 6909 6061 0000 0118 234
Importo: 1.220,00 EUR
Data esecuzione: 12/11/2026
Data valuta: 12/11/2026
Causale: SALDO FATTURA N. 12/2026 AVV. BIANCHI

Puoi consultare il dettaglio del movimento nella sezione Conti > Movimenti dell'app Banca Sella o su sella.it.

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Banca Sella S.p.A. - Piazza Gaudenzio Sella 1 - 13900 Biella
"""
rows = [("Ordinante", "STUDIO LEGALE BIANCHI E ASSOCIATI"), ("IBAN ordinante", "IT41 X030 6909 6061 0000 0118 234"),
        ("Importo", "1.220,00 EUR"), ("Data esecuzione", "12/11/2026"), ("Data valuta", "12/11/2026"),
        ("Causale", "SALDO FATTURA N. 12/2026 AVV. BIANCHI")]
h = html_page(
    td('<img src="https://www.sella.it/img/logo-banca-sella.png" alt="Banca Sella" width="140">', "padding:20px 24px;border-bottom:3px solid #00594f;")
    + td("<p>Gentile Cliente,</p><p>ti informiamo che sul tuo conto corrente n. <b>****4471</b> è stato accreditato un bonifico.</p>")
    + td(html_rows(rows), "padding:0 12px;")
    + td("<p>Puoi consultare il dettaglio del movimento nella sezione <i>Conti &gt; Movimenti</i> dell'app Banca Sella o su sella.it.</p>"
         '<p style="font-size:11px;color:#888">Questa è una comunicazione automatica, ti preghiamo di non rispondere.<br>Banca Sella S.p.A. - Piazza Gaudenzio Sella 1 - 13900 Biella</p>'),
    title="Bonifico accreditato")
raw = simple(addr("Banca Sella", "notifiche@sella.it"), owner("alessandra"), "Hai ricevuto un bonifico",
             "2026-11-12 08:14:52", "Europe/Rome", mid("sella.it", "it-p1"),
             multi("alternative", [leaf(t), leaf(h, "html")]))
add(raw, "payment-notification", "it", "Bank alert of an incoming SEPA credit; causale names the invoice.",
    amount="1220.00", reference="12/2026")

# --- BPER, plain text avviso di accredito, iso-8859-1 with QP -----------------------------
t = """AVVISO DI ACCREDITO

Gentile Cliente,
La informiamo che in data 03/12/2026 e' stato registrato il seguente movimento
sul rapporto 000001234567 intestato a MARCHETTI DAVIDE.

Tipo operazione ....: BONIFICO SEPA A VOSTRO FAVORE
Ordinante ..........: ELETTROMECCANICA PADANA SRL
Banca ordinante ....: CREDIT AGRICOLE ITALIA SPA
Importo ............: EUR 2.684,00
Valuta .............: 03/12/2026
TRN ................: 0306909606102611830216846012IT
Causale ............: FT 39 2026 DEL 30/10 SERVIZIO FOTOGRAFICO CATALOGO

Il presente avviso non sostituisce l'estratto conto.
Per informazioni può rivolgersi alla Sua filiale o al Servizio Clienti 059 2021 021.

BPER Banca S.p.A. - Sede legale in Modena, Via San Carlo 8/20
Messaggio generato automaticamente: La preghiamo di non rispondere a questo indirizzo.
"""
raw = simple(addr("BPER Banca", "avvisi@bper.it"), owner("davide"), "Avviso di accredito - rapporto 000001234567",
             "2026-12-03 13:02:11", "Europe/Rome", mid("bper.it", "it-p2"),
             leaf(t, charset="iso-8859-1", cte="quoted-printable"))
add(raw, "payment-notification", "it", "Old-style bank credit advice; causale 'FT 39 2026' = invoice 39/2026.",
    amount="2684.00", reference="39/2026")

# --- invented neobank, instant transfer from a private client, emoji subject ----------------
t = """Ciao Davide,

hai ricevuto un bonifico istantaneo! 🎉

Da: Martina Gallo
Importo: 350,00 €
Messaggio: grafiche partecipazioni matrimonio - saldo
Quando: 21 nov 2026, 19:47

I soldi sono già disponibili sul tuo conto Zefiro Business.

Apri l'app per vedere tutti i dettagli.

A presto,
il team Zefiro

--
Zefiro è un servizio offerto da Banca Lariana S.p.A. Hai ricevuto questa email perché hai attivato le notifiche sui movimenti in entrata. Puoi modificarle da Profilo > Notifiche.
"""
raw = simple(addr("Zefiro", "ciao@zefiro.app"), owner("davide"), "Hai ricevuto 350,00 € da Martina Gallo 🎉",
             "2026-11-21 19:48:03", "Europe/Rome", mid("mail.zefiro.app", "it-p3"), leaf(t, cte="base64"))
add(raw, "payment-notification", "it",
    "Neobank instant transfer from a private client; no invoice number, only a description of the job.",
    amount="350.00")

# --- Satispay Business, client's message carries the invoice number --------------------------
h = html_page(
    td('<p style="font-size:22px;margin:0;color:#f94c43;font-weight:bold">satispay</p>', "padding:24px;")
    + td('<p style="font-size:18px;margin:0">Hai ricevuto <b>85,00&nbsp;€</b></p>'
         '<p>da <b>Giorgio P.</b></p>'
         '<p style="background:#f6f6f6;border-radius:8px;padding:10px">💬 “fattura 3/2027 ✌️”</p>'
         '<p style="color:#777">Studio Marchetti · 8 febbraio 2027, 10:22</p>')
    + td('<p style="font-size:11px;color:#999">Satispay Europe S.A. - 70, Route d\'Esch, L-1470 Lussemburgo. '
         'Ricevi questa email perché sei un esercente Satispay Business.</p>'),
    title="Pagamento ricevuto", bg="#ffffff")
raw = simple(addr("Satispay Business", "noreply@business.satispay.com"), owner("davide"),
             "Pagamento ricevuto: 85,00 €", "2027-02-08 10:22:41", "Europe/Rome",
             mid("satispay.com", "it-p4"), leaf(h, "html", cte="quoted-printable"))
add(raw, "payment-notification", "it", "HTML-only Satispay merchant notice; the payer's message names invoice 3/2027.",
    amount="85.00", reference="3/2027")

# --- PayPal, gross vs fee vs net ------------------------------------------------------------
t = """Hai ricevuto un pagamento

Fondazione Teatro Comunale di Ferrara ti ha inviato 450,00 EUR.

Nota di Fondazione Teatro Comunale di Ferrara:
"Rif. fattura n° 44/2026 - traduzione programma di sala"

Dettagli della transazione
ID transazione: 7KX40922BM318574Y
Data transazione: 29 novembre 2026
Importo ricevuto: 450,00 EUR
Commissione: -15,66 EUR
Importo netto: 434,34 EUR

Il denaro è disponibile nel tuo conto PayPal.

Aiuto e contatti | Sicurezza | App

PayPal (Europe) S.à r.l. et Cie, S.C.A. Società in accomandita per azioni. Sede legale: 22-24 Boulevard Royal, L-2449, Lussemburgo.
Non rispondere a questa email. Per contattarci, clicca su Aiuto e contatti.
"""
h = html_page(
    td('<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-rebranding/pp-logo-in-circle-2x.png" width="48" alt="PayPal">')
    + td('<h1 style="font-size:24px;font-weight:normal">Hai ricevuto un pagamento</h1>'
         '<p>Fondazione Teatro Comunale di Ferrara ti ha inviato <b>450,00&nbsp;EUR</b>.</p>'
         '<p style="border-left:3px solid #ccc;padding-left:10px"><i>Nota di Fondazione Teatro Comunale di Ferrara:</i><br>'
         '"Rif. fattura n° 44/2026 - traduzione programma di sala"</p>')
    + td(html_rows([("ID transazione", "7KX40922BM318574Y"), ("Data transazione", "29 novembre 2026"),
                    ("Importo ricevuto", "450,00 EUR"), ("Commissione", "-15,66 EUR"), ("Importo netto", "434,34 EUR")]),
         "padding:0 12px;")
    + td('<p style="font-size:11px;color:#666">PayPal (Europe) S.à r.l. et Cie, S.C.A. Società in accomandita per azioni. '
         'Sede legale: 22-24 Boulevard Royal, L-2449, Lussemburgo.<br>Non rispondere a questa email.</p>'),
    title="PayPal")
raw = simple(addr("PayPal", "service@intl.paypal.com"), owner("chiara"),
             "Hai ricevuto un pagamento da Fondazione Teatro Comunale di Ferrara", "2026-11-29 16:05:37",
             "Europe/Rome", mid("paypal.com", "it-p5", "long"),
             multi("alternative", [leaf(t), leaf(h, "html")]))
add(raw, "payment-notification", "it",
    "PayPal money received; the amount paid is 450.00 gross (fee and net also shown); payer's note names 44/2026.",
    amount="450.00", reference="44/2026")

# --- Stripe, payment link paid -----------------------------------------------------------------
t = """Pagamento riuscito

Hai ricevuto un pagamento di 732,00 € da amministrazione@tecnoplast-vicenza.it.

Importo            732,00 €
Data               15 dic 2026, 11:03
Metodo             Visa •••• 4242
Descrizione        Fattura 51/2026 - consulenza SEO novembre
Link di pagamento  plink_1QbX2eL8zvA0cK

Visualizza il pagamento nella Dashboard:
https://dashboard.stripe.com/payments/pi_3QbX9fL8zvA0cK1d0p9Y2kLm

Ricevi questa email perché le notifiche dei pagamenti riusciti sono attive per l'account Marchetti Davide.
Stripe, 510 Townsend Street, San Francisco, CA 94103
"""
raw = simple(addr("Stripe", "notifications@stripe.com"), owner("davide"),
             "Pagamento di 732,00 € da amministrazione@tecnoplast-vicenza.it", "2026-12-15 11:03:58",
             "Europe/Rome", mid("stripe.com", "it-p6"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "it", "Stripe successful payment via payment link; description names 51/2026.",
    amount="732.00", reference="51/2026")

# --- SumUp, payment link, invoice written short ------------------------------------------------
h = html_page(
    td('<p style="font-weight:bold;font-size:20px;margin:0">SumUp</p>', "padding:20px 24px;background:#000;color:#fff;")
    + td("<h2>Hai ricevuto un pagamento</h2><p>Ciao Chiara, un cliente ha pagato il tuo link di pagamento.</p>")
    + td(html_rows([("Importo", "180,00 €"), ("Descrizione", "Saldo ft. 8/27 revisione testi"),
                    ("Pagato da", "l.ferrante@gmail.com"), ("Data", "26/01/2027 18:31"),
                    ("Codice transazione", "TEENZ6P4QKH")]), "padding:0 12px;")
    + td('<p>L\'importo sarà accreditato sul tuo conto con il prossimo versamento.</p>'
         '<p style="font-size:11px;color:#999">SumUp Payments Limited · Dublino, Irlanda</p>'),
    title="Pagamento ricevuto", lang="it")
raw = simple(addr("SumUp", "no-reply@sumup.com"), owner("chiara"), "Pagamento ricevuto – 180,00 €",
             "2027-01-26 18:31:40", "Europe/Rome", mid("sumup.com", "it-p7"), leaf(h, "html", cte="base64"))
add(raw, "payment-notification", "it",
    "HTML-only, base64. Payment-link description 'ft. 8/27' = the owner's invoice 8/2027; the payout to the bank comes later, but the money is in.",
    amount="180.00", reference="8/2027")

# --- corporate AP letter: ritenuta d'acconto deducted, net paid --------------------------------
t = """Spett.le Fornitore,

Vi comunichiamo che in data odierna abbiamo disposto il pagamento dei documenti sotto elencati, mediante bonifico bancario sulle coordinate in nostro possesso (IBAN IT** **** **** **** **** ***2 210), con valuta beneficiario 30/11/2026.

Avviso di pagamento n. 2026000874
Codice fornitore: 0000104412 - ESPOSITO CHIARA

Documento          Data doc.    Imponibile   IVA       Totale     Ritenuta   Netto pagato
Fattura 61/2026    15/10/2026   1.250,00     275,00    1.525,00   -250,00    1.275,00
                                                                   ---------  -----------
Totale pagato                                                                 1.275,00 EUR

La ritenuta d'acconto sarà versata nei termini di legge e certificata con la Certificazione Unica 2027.

Distinti saluti
Ufficio Contabilità Fornitori
Ceramiche Sassuolo Riunite S.p.A.

Comunicazione generata automaticamente dal sistema contabile. Per informazioni: contabilita.fornitori@ceramichesassuolo.it
"""
raw = simple(addr("Contabilità Fornitori - Ceramiche Sassuolo Riunite", "noreply-ap@ceramichesassuolo.it"),
             owner("chiara"), "Avviso di pagamento n. 2026000874 - ESPOSITO CHIARA",
             "2026-11-27 17:40:12", "Europe/Rome", mid("ceramichesassuolo.it", "it-p8"),
             leaf(t, charset="windows-1252", cte="quoted-printable"),
             reply_to="contabilita.fornitori@ceramichesassuolo.it")
add(raw, "payment-notification", "it",
    "AP remittance: transfer executed for invoice 61/2026; 1,525.00 gross but 1,275.00 actually paid after the 20% withholding (ritenuta d'acconto).",
    amount="1275.00", reference="61/2026")

# --- Oracle-generated batch remittance: two invoices minus a credit note ------------------------
t = """GRUPPO ORTOFRUTTA EMILIANA S.C.A.
Tesoreria - Pagamenti Fornitori

NOTIFICA DI PAGAMENTO

Beneficiario:      ROSSI ALESSANDRA
Numero pagamento:  PAG-118402
Data pagamento:    18-DIC-2026
Metodo:            BONIFICO SEPA
Importo pagato:    2.140,00 EUR

Documenti pagati:
Numero documento   Data documento   Importo documento   Importo pagato
58/2026            02-NOV-2026      1.464,00            1.464,00
62/2026            20-NOV-2026      976,00              976,00
NC 4/2026          25-NOV-2026      -300,00             -300,00

Questa e-mail è stata generata automaticamente da Oracle Payables. Non rispondere.
Per chiarimenti: tesoreria@ortofruttaemiliana.it
"""
raw = simple(addr("Oracle Payables - Gruppo Ortofrutta Emiliana", "ap-noreply@ortofruttaemiliana.it"),
             owner("alessandra"), "Notifica di pagamento PAG-118402", "2026-12-18 06:12:09", "Europe/Rome",
             mid("ortofruttaemiliana.it", "it-p9"), leaf(t, cte="8bit"),
             extra=[("X-Mailer", "Oracle E-Business Suite Workflow Mailer")])
add(raw, "payment-notification", "it",
    "Batch remittance covering two invoices (58/2026, 62/2026) less credit note NC 4/2026; one total paid, no single reference.",
    amount="2140.00")

# --- N26 (Italian), message with the invoice number written without slash -----------------------
t = """Francesca De Luca ti ha inviato 640,00 €

Messaggio: Fattura 70 2026

Ricevuto il 10.12.2026 alle 09:15 sul tuo conto N26 Business (IT93 Q036 4601 6005 2631 9984 120).

Il team N26

N26 Bank SE, Voltairestraße 8, 10179 Berlino, Germania. Succursale italiana: N26 Bank SE, Via Turati 16/18, Milano.
"""
raw = simple(addr("N26", "no-reply@n26.com"), owner("alessandra"), "Hai ricevuto denaro 💸",
             "2026-12-10 09:15:44", "Europe/Rome", mid("n26.com", "it-p10"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "it", "Neobank incoming transfer; 'Fattura 70 2026' = 70/2026.",
    amount="640.00", reference="70/2026")

# --- Revolut Business, part payment (acconto) --------------------------------------------------
h = html_page(
    td('<p style="font-size:13px;color:#75808a;margin:0">Revolut Business</p>'
       '<h1 style="font-size:26px;margin:8px 0">+1.000,00 €</h1>'
       '<p style="margin:0">da <b>Tipografia Ferraresi S.r.l.</b></p>')
    + td(html_rows([("Riferimento", "ACCONTO FT 66/2026"), ("Conto", "Principale · EUR"),
                    ("Data", "7 dic 2026, 14:09"), ("Stato", "Completato")]), "padding:0 12px;")
    + td('<p style="font-size:11px;color:#999">Revolut Bank UAB, Konstitucijos ave. 21B, 08130 Vilnius, Lituania. '
         'Gestisci le notifiche dalle impostazioni.</p>'),
    title="Pagamento ricevuto", lang="it")
t = """Revolut Business

+1.000,00 €
da Tipografia Ferraresi S.r.l.

Riferimento: ACCONTO FT 66/2026
Conto: Principale · EUR
Data: 7 dic 2026, 14:09
Stato: Completato
"""
raw = simple(addr("Revolut Business", "no-reply@revolut.com"), owner("alessandra"),
             "Hai ricevuto 1.000,00 € da Tipografia Ferraresi S.r.l.", "2026-12-07 14:09:30", "Europe/Rome",
             mid("revolut.com", "it-p11"), multi("alternative", [leaf(t), leaf(h, "html")]))
add(raw, "payment-notification", "it",
    "Part payment ('acconto') on invoice 66/2026: still money in; the amount is the part received.",
    amount="1000.00", reference="66/2026")

# --- Banca Sella, foreign transfer in CHF converted to EUR --------------------------------------
t = """Gentile Cliente,

ti informiamo che è stato accreditato sul tuo conto ****4471 un bonifico estero.

Ordinante:              ATELIER GRAFICO MORCOTE SAGL, LUGANO CH
Banca ordinante:        POSTFINANCE AG, BERN
Importo originario:     CHF 1.800,00
Cambio applicato:       0,9396
Controvalore:           EUR 1.915,71
Commissioni:            EUR 7,50
Importo accreditato:    EUR 1.908,21
Data valuta:            05/02/2027
Informazioni per il beneficiario:  INV 5/2027 ROSSI ALESSANDRA

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Banca Sella S.p.A.
"""
raw = simple(addr("Banca Sella", "notifiche@sella.it"), owner("alessandra"), "Bonifico estero accreditato",
             "2027-02-05 10:48:27", "Europe/Rome", mid("sella.it", "it-p12"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "it",
    "Foreign transfer: the Swiss client paid CHF 1,800.00 (the invoice currency), credited as EUR 1,908.21 after conversion and fees. Amount given in the currency the payer sent.",
    amount="1800.00", currency="CHF", reference="5/2027")

# --- small cooperative bank, fixed-width notice, windows-1252 ------------------------------------
t = """BCC VALLI OROBICHE - Credito Cooperativo
Servizio Avvisi Movimenti

Intestatario : ESPOSITO CHIARA
Rapporto     : 00/000/0041277

DATA CONT.  DATA VAL.   DESCRIZIONE                                   IMPORTO
15/12/2026  15/12/2026  BONIFICO A VOSTRO FAVORE                     +915,00
                        BON.DA STUDIO TECNICO ASSOCIATO GEOMM.
                        RIVA E CORNA
                        CAUS: PAGAMENTO VS FT N.75 DEL 2/12/26

Saldo disponibile dopo l'operazione: 6.402,18

Il servizio di avviso movimenti è gratuito. Per disattivarlo rivolgersi alla propria filiale.
Non rispondere a questo messaggio: la casella non è presidiata.
"""
raw = simple(addr("BCC Valli Orobiche", "avvisi.movimenti@bccvalliorobiche.it"), owner("chiara"),
             "AVVISO MOVIMENTO CONTO", "2026-12-15 21:30:00", "Europe/Rome", mid("bccvalliorobiche.it", "it-p13"),
             leaf(t, charset="windows-1252", cte="8bit"))
add(raw, "payment-notification", "it",
    "Fixed-width account-movement alert; 'VS FT N.75 DEL 2/12/26' = invoice 75/2026; the balance line is not the amount.",
    amount="915.00", reference="75/2026")

# --- invoicing software reconciles an incoming transfer ------------------------------------------
t = """Ciao Chiara,

buone notizie: la fattura 80/2026 intestata a Agenzia Viaggi Il Gabbiano di Pesce Marina è stata segnata come PAGATA.

Abbiamo trovato sul tuo conto collegato (BPER ****0932) un incasso che corrisponde:
  - 366,00 € ricevuti il 22/12/2026 da AG.VIAGGI IL GABBIANO
  - causale: "saldo fattura 80"

Se l'abbinamento non è corretto puoi annullarlo dalla sezione Incassi > Da verificare.

Buon lavoro,
Fatturo

Fatturo S.r.l. - Via dell'Industria 12, Padova - P.IVA 05123450281
Non vuoi più ricevere queste notifiche? Modifica le preferenze.
"""
raw = simple(addr("Fatturo", "notifiche@fatturo.it"), owner("chiara"), "✅ Fattura 80/2026 incassata",
             "2026-12-22 23:05:14", "Europe/Rome", mid("fatturo.it", "it-p14"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "it",
    "Invoicing software reports a bank credit it matched to invoice 80/2026: a machine notice that money came in.",
    amount="366.00", reference="80/2026")

# --- Mollie (Italian), payment received through a checkout link ---------------------------------
t = """Nuovo pagamento ricevuto

Ciao Alessandra,

hai ricevuto un nuovo pagamento tramite Mollie.

Importo:        244,00 €
Metodo:         Carta (Mastercard •••• 5521)
Descrizione:    Fattura 2/2027 Rossi
ID pagamento:   tr_Wq4Pz7kVbN
Stato:          Pagato

Il saldo sarà incluso nel prossimo versamento sul tuo conto.

Mollie B.V. · Keizersgracht 126 · 1015 CW Amsterdam
"""
raw = simple(addr("Mollie", "noreply@mollie.com"), owner("alessandra"), "Pagamento ricevuto: 244,00 €",
             "2027-01-19 12:44:02", "Europe/Rome", mid("mollie.com", "it-p15"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "it", "Mollie checkout paid; description names invoice 2/2027.",
    amount="244.00", reference="2/2027")
# ============================================================================================
# SPANISH — payment notices (money IN)
# ============================================================================================

# --- Banco Sabadell, transferencia recibida, HTML + text ---------------------------------------
t = """Hola, LUCIA:

Has recibido una transferencia en tu cuenta ES** **** **** **** **** 6613.

Ordenante: REFORMAS ALCARRIA SL
Importe: 1.815,00 €
Concepto: FRA 2026-041
Fecha: 19/11/2026

Puedes consultar el detalle en Banco Sabadell Online o en la app Sabadell.

Este es un mensaje automático. Por favor, no respondas a este correo.
Banco de Sabadell, S.A. Avda. Óscar Esplá, 37 - 03007 Alicante.
"""
h = html_page(
    td('<span style="font-size:20px;color:#006dff;font-weight:bold">Sabadell</span>', "padding:20px 24px;")
    + td("<p>Hola, LUCIA:</p><p>Has recibido una transferencia en tu cuenta ES** **** **** **** **** 6613.</p>")
    + td(html_rows([("Ordenante", "REFORMAS ALCARRIA SL"), ("Importe", "1.815,00 €"), ("Concepto", "FRA 2026-041"),
                    ("Fecha", "19/11/2026")]), "padding:0 12px;")
    + td('<p>Puedes consultar el detalle en Banco Sabadell Online o en la app Sabadell.</p>'
         '<p style="font-size:11px;color:#888">Este es un mensaje automático. Por favor, no respondas a este correo.<br>'
         'Banco de Sabadell, S.A. Avda. Óscar Esplá, 37 - 03007 Alicante.</p>'),
    title="Transferencia recibida", lang="es")
raw = simple(addr("Banco Sabadell", "avisos@bancsabadell.com"), owner("lucia"), "Has recibido una transferencia",
             "2026-11-19 10:27:18", "Europe/Madrid", mid("bancsabadell.com", "es-p1"),
             multi("alternative", [leaf(t), leaf(h, "html")]))
add(raw, "payment-notification", "es", "Bank alert for an incoming transfer; concepto 'FRA 2026-041'.",
    amount="1815.00", reference="2026-041")

# --- Unicaja, aviso de abono, latin-1 text --------------------------------------------------------
t = """UNICAJA BANCO
AVISO DE ABONO

Estimado/a cliente:

Le comunicamos que con fecha 04/12/2026 se ha abonado en su cuenta
ES21 2103 0722 8100 3003 4471 la siguiente transferencia:

  Ordenante ........ CLINICA DENTAL TORREMOLINOS SLP
  Importe .......... 605,00 EUR
  Fecha valor ...... 04/12/2026
  Concepto ......... PAGO FRA 2026 047 DISENO WEB

Atentamente,
Unicaja Banco, S.A.

Aviso legal: Este mensaje se ha generado automáticamente. Le rogamos que no responda a esta dirección.
Sus datos se tratan conforme a la política de privacidad disponible en www.unicajabanco.es.
"""
raw = simple(addr("Unicaja Banco", "avisos@unicaja.es"), owner("lucia"), "Aviso de abono de transferencia",
             "2026-12-04 08:01:55", "Europe/Madrid", mid("unicaja.es", "es-p2"),
             leaf(t, charset="iso-8859-1", cte="quoted-printable"))
add(raw, "payment-notification", "es", "Plain credit advice; concepto 'FRA 2026 047' = 2026-047.",
    amount="605.00", reference="2026-047")

# --- Bizum from a private client, concept names the invoice --------------------------------------
t = """Has recibido un Bizum

CARMEN R.G. te ha enviado 150,00 €
Concepto: factura 2026-052 fotos comunion

El dinero ya está en tu cuenta.

Fecha: 14/12/2026 20:13

CaixaBank, S.A. · Este correo se ha enviado de forma automática, no lo respondas.
"""
raw = simple(addr("CaixaBank", "notificaciones@caixabank.com"), owner("lucia"), "Has recibido un Bizum de 150,00 €",
             "2026-12-14 20:13:22", "Europe/Madrid", mid("caixabank.com", "es-p3"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "es",
    "Bizum received, but from a client and with the invoice number in the concept: a payment, unlike a Bizum between friends.",
    amount="150.00", reference="2026-052")

# --- invented bank, instant transfer without a usable concept -------------------------------------
h = html_page(
    td('<p style="font-size:18px;font-weight:bold;color:#8a1538;margin:0">Banco Ribera</p>', "padding:18px 24px;border-bottom:1px solid #eee;")
    + td('<h2 style="font-weight:normal">Transferencia inmediata recibida</h2>'
         '<p>Te informamos de que has recibido una transferencia inmediata en tu Cuenta Online.</p>')
    + td('<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ddd">'
         '<tr><th align="left">Fecha</th><th align="left">Ordenante</th><th align="left">Concepto</th><th align="right">Importe</th></tr>'
         '<tr><td>09/01/2027</td><td>GESTORIA LLOBREGAT SCP</td><td>Transferencia</td><td align="right">2.420,00 €</td></tr>'
         '</table>')
    + td('<p style="font-size:11px;color:#888">Banco Ribera nunca te pedirá tus claves por correo electrónico. '
         'Si no reconoces esta operación, llama al 900 100 200.</p>'),
    title="Transferencia recibida", lang="es")
raw = simple(addr("Banco Ribera", "no-responder@bancoribera.es"), owner("jordi"),
             "Transferencia inmediata recibida", "2027-01-09 11:50:06", "Europe/Madrid",
             mid("bancoribera.es", "es-p4"), leaf(h, "html", cte="quoted-printable"))
add(raw, "payment-notification", "es",
    "HTML-only, amount in a table; concepto is just 'Transferencia', so no reference.", amount="2420.00")

# --- Stripe (Spanish), invoice paid --------------------------------------------------------------
t = """Pago recibido

Nayra Santana Ilustración ha recibido un pago de 363,00 €.

Cliente:       hola@cervezaslavolcanica.com
Descripción:   Factura NS-2026-014 · etiquetas edición invierno
Importe:       363,00 €
Fecha:         2 dic 2026, 9:40
Método:        Mastercard •••• 0071

Ver pago: https://dashboard.stripe.com/payments/pi_3QSv1YHc8rT0mZ2x0Jk7aPqR

Stripe Payments Europe, Ltd. · 1 Grand Canal Street Lower, Dublín 2, Irlanda
"""
raw = simple(addr("Stripe", "notifications@stripe.com"), owner("nayra"), "Pago de 363,00 € recibido",
             "2026-12-02 09:40:31", "Atlantic/Canary", mid("stripe.com", "es-p5"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "es", "Stripe payment received; description names NS-2026-014.",
    amount="363.00", reference="NS-2026-014")

# --- PayPal (Spanish), USD from an American buyer ---------------------------------------------------
t = """Has recibido un pago

Sarah Kim te ha enviado 200,00 USD

Nota de Sarah Kim:
"for the pet portrait!! Biscuit says thank you 🐶"

Detalles de la transacción
Id. de transacción: 3FD62310LX955470K
Fecha de la transacción: 17 de enero de 2027
Importe recibido: 200,00 USD
Comisión: -10,29 USD
Importe neto: 189,71 USD

Tienes un saldo en USD. Puedes convertirlo a EUR o retirarlo desde Cartera.

PayPal (Europe) S.à r.l. et Cie, S.C.A. No respondas a este correo.
"""
raw = simple(addr("PayPal", "service@intl.paypal.com"), owner("nayra"), "Has recibido un pago",
             "2027-01-17 02:14:09", "Atlantic/Canary", mid("paypal.com", "es-p6", "long"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "es",
    "PayPal in USD from a private US buyer, note in English; no invoice number. Amount is the gross the buyer sent.",
    amount="200.00", currency="USD")

# --- Wise (Spanish), GBP received ----------------------------------------------------------------------
t = """Hola Lucía:

Has recibido 1.150,00 GBP de BRIGHTWATER MEDIA LTD.

Referencia del pagador: INV 2026-044

Ya lo tienes en tu saldo en GBP. Si quieres, puedes convertirlo a EUR o enviarlo a tu banco.

Gracias,
El equipo de Wise

Wise Europe SA · Rue du Trône 100, 1050 Bruselas
"""
raw = simple(addr("Wise", "noreply@wise.com"), owner("lucia"), "Has recibido 1.150,00 GBP",
             "2026-12-21 16:32:50", "Europe/Madrid", mid("wise.com", "es-p7"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "es", "Wise GBP receipt; payer reference 'INV 2026-044' = 2026-044.",
    amount="1150.00", currency="GBP", reference="2026-044")

# --- SAP-generated aviso de pago: IRPF withheld ----------------------------------------------------
t = """AVISO DE PAGO A PROVEEDOR

Sociedad:            ELECTRODOMÉSTICOS VALLÈS, S.A.
Proveedor:           0000301877  PUIG SOLER, JORDI
Documento de pago:   1500004471
Fecha de pago:       15.01.2027
Vía de pago:         Transferencia
Banco receptor:      ES** **** **** **** **** 0218

Ref. factura     Fecha fra.   Base       IVA 21%    IRPF 15%    Importe pagado
F2026-031        30.11.2026   1.000,00   210,00     -150,00     1.060,00
                                                                ==========
                                                  Total EUR      1.060,00

Este aviso se genera automáticamente desde nuestro sistema SAP. No responda a este mensaje.
Para cualquier consulta: proveedores@electrovalles.es
"""
raw = simple(addr("Cuentas a Pagar - Electrodomésticos Vallès", "sap-noreply@electrovalles.es"), owner("jordi"),
             "Aviso de pago 1500004471", "2027-01-15 07:03:19", "Europe/Madrid", mid("electrovalles.es", "es-p8"),
             leaf(t, charset="iso-8859-1", cte="quoted-printable"))
add(raw, "payment-notification", "es",
    "SAP remittance advice: invoice F2026-031 paid, net of 15% IRPF withholding (1,060.00 paid, not 1,210.00).",
    amount="1060.00", reference="F2026-031")

# --- municipal treasury: pago efectuado -------------------------------------------------------------
t = """AYUNTAMIENTO DE SAN BARTOLOMÉ DE TIRAJANA
Tesorería Municipal

COMUNICACIÓN DE PAGO

Le comunicamos que en el día de la fecha se ha efectuado el pago por transferencia bancaria de la siguiente obligación:

  Acreedor:             SANTANA PEREZ, NAYRA
  NIF:                  ***4521**
  Nº de operación:      220270000318
  Nº factura:           NS-2026-019
  Nº registro FACe:     202600184412
  Importe líquido:      428,00 €
  Cuenta de abono:      ES** **** **** **** **** 7730

Lo que se comunica para su conocimiento y efectos.

EL TESORERO
(Documento firmado electrónicamente)

Este correo ha sido enviado de manera automática por la Sede Electrónica. No responda a este mensaje.
"""
raw = simple(addr("Tesorería - Ayto. San Bartolomé de Tirajana", "tesoreria-noreply@sanbartolome.es"),
             owner("nayra"), "Comunicación de pago - Operación 220270000318", "2027-01-28 12:15:00",
             "Atlantic/Canary", mid("sanbartolome.es", "es-p9"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "es",
    "Municipal treasury 'comunicación de pago': payment made for invoice NS-2026-019 (contrast with an 'obligación reconocida' notice, which is only approval).",
    amount="428.00", reference="NS-2026-019")

# --- Revolut Business (Spanish), half payment --------------------------------------------------------
t = """Revolut Business

Has recibido 2.000,00 €
de Estudio Norte Arquitectura SL

Referencia: 50% factura 2026-060
Cuenta: Principal (EUR)
Fecha: 11 ene 2027, 17:36

Revolut Bank UAB, Sucursal en España.
"""
raw = simple(addr("Revolut Business", "no-reply@revolut.com"), owner("lucia"),
             "Has recibido 2.000,00 € de Estudio Norte Arquitectura SL", "2027-01-11 17:36:59", "Europe/Madrid",
             mid("revolut.com", "es-p10"), leaf(t, cte="base64"))
add(raw, "payment-notification", "es", "Half of invoice 2026-060 received: a partial payment is still money in.",
    amount="2000.00", reference="2026-060")

# --- N26 (Spanish), no concept worth anything ---------------------------------------------------------
t = """¡Has recibido dinero!

Pablo Gil Ortega te ha enviado 330,00 €.
Concepto: gracias!!

Recibido el 23.12.2026 a las 22:51.

Tu equipo N26

N26 Bank SE, Sucursal en España · Calle de Serrano 41, Madrid
"""
raw = simple(addr("N26", "no-reply@n26.com"), owner("lucia"), "Has recibido 330,00 €", "2026-12-23 22:51:30",
             "Europe/Madrid", mid("n26.com", "es-p11"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "es", "Incoming transfer from a person, no invoice in the concept.",
    amount="330.00")

# --- invented Canarian savings bank, windows-1252 ------------------------------------------------------
t = """Caja Rural Atlántica

Estimada clienta:

Le informamos de que se ha producido el siguiente ABONO en su cuenta:

Fecha operación:   03/02/2027
Concepto:          TRANSF. SEPA RECIBIDA
Ordenante:         HOTEL LAS MARETAS SL
Observaciones:     NS-2027-003 ILUSTRACIONES CARTA
Importe:           +1.177,00 EUR

Gracias por confiar en nosotros.

Caja Rural Atlántica, S. Coop. de Crédito · Santa Cruz de Tenerife
Mensaje automático. No responda a esta dirección.
"""
raw = simple(addr("Caja Rural Atlántica", "alertas@cajaruralatlantica.es"), owner("nayra"),
             "Alerta: abono en cuenta", "2027-02-03 09:02:47", "Atlantic/Canary", mid("cajaruralatlantica.es", "es-p12"),
             leaf(t, charset="windows-1252", cte="quoted-printable"))
add(raw, "payment-notification", "es", "SMS-style alert, Canary time zone; 'Observaciones' carries NS-2027-003.",
    amount="1177.00", reference="NS-2027-003")

# --- SumUp (Spanish), invoice paid by card -----------------------------------------------------------
h = html_page(
    td('<p style="font-weight:bold;font-size:20px;margin:0;color:#fff">SumUp</p>', "padding:20px 24px;background:#000;")
    + td("<h2>Tu factura ha sido pagada</h2><p>Hola Lucía, tu cliente ha pagado la factura Nº <b>2027-003</b>.</p>")
    + td(html_rows([("Cliente", "Academia de Baile Alma"), ("Importe", "60,00 €"), ("Fecha de pago", "12/01/2027"),
                    ("Método", "Tarjeta")]), "padding:0 12px;")
    + td('<p style="font-size:11px;color:#999">SumUp Payments Limited · Dublín, Irlanda</p>'),
    title="Factura pagada", lang="es")
raw = simple(addr("SumUp Facturas", "no-reply@sumup.com"), owner("lucia"), "Factura 2027-003 pagada",
             "2027-01-12 13:20:08", "Europe/Madrid", mid("sumup.com", "es-p13"), leaf(h, "html", cte="quoted-printable"))
add(raw, "payment-notification", "es", "SumUp invoicing: invoice 2027-003 paid by card.",
    amount="60.00", reference="2027-003")

# --- invented invoicing app: invoice paid online -------------------------------------------------------
t = """¡Buenas noticias, Lucía! 🎉

Tu factura 2027-008 ha sido pagada.

Reformas Alcarria SL ha pagado 1.210,00 € con tarjeta a través del enlace de pago de Cuadra.
Recibirás el dinero en tu cuenta en 2-3 días hábiles.

Ver factura → https://app.cuadra.es/facturas/2027-008

Un saludo,
El equipo de Cuadra

Has recibido este email porque tienes activadas las notificaciones de cobro.
"""
raw = simple(addr("Cuadra", "hola@cuadra.es"), owner("lucia"), "Tu factura 2027-008 ha sido pagada",
             "2027-02-16 18:45:12", "Europe/Madrid", mid("cuadra.es", "es-p14"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "es",
    "Invoicing app says the client paid online; the payout to the bank is still 2-3 days away but the client has paid.",
    amount="1210.00", reference="2027-008")

# --- Confirming: payment at maturity actually credited --------------------------------------------------
t = """BANCO SABADELL - CONFIRMING

Estimado proveedor:

Le informamos de que, por cuenta de nuestro cliente LOGÍSTICA PUERTO DE VALENCIA, S.A., hemos abonado hoy en su cuenta ES** **** **** **** **** 6613 el importe de las siguientes facturas a su vencimiento:

  Nº factura    Fecha factura   Vencimiento   Importe
  2027-011      05/01/2027      25/02/2027    3.025,00 €

  Total abonado: 3.025,00 €

Esta operación no ha sido anticipada.

Atentamente,
Banco de Sabadell, S.A. - Servicio Confirming
"""
raw = simple(addr("Sabadell Confirming", "confirming@bancsabadell.com"), owner("lucia"),
             "Confirming: abono de facturas a su vencimiento", "2027-02-25 08:30:00", "Europe/Madrid",
             mid("bancsabadell.com", "es-p15"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "es",
    "Confirming at maturity: the bank HAS credited the invoice (contrast with the confirming notice that only announces a future payment).",
    amount="3025.00", reference="2027-011")
# ============================================================================================
# ENGLISH — payment notices (money IN)
# ============================================================================================

# --- AIB lodgement alert, terse -------------------------------------------------------------------
t = """AIB Alert

A credit of EUR 1,845.00 has been lodged to your Business Current Account ending 2290 on 26 Nov 2026.

Narrative: KESTREL FOODS INV-2026-051

Log in to AIB Internet Banking or the AIB Mobile app for details.

Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
This is an automated message, please do not reply.
"""
raw = simple(addr("AIB", "alerts@aib.ie"), owner("tom"), "AIB Alert: Lodgement to your account",
             "2026-11-26 07:31:02", "Europe/Dublin", mid("aib.ie", "en-p1"), leaf(t, "plain", "us-ascii", "7bit"))
add(raw, "payment-notification", "en", "Irish bank lodgement alert; narrative carries INV-2026-051.",
    amount="1845.00", reference="INV-2026-051")

# --- Chase, incoming wire, USD ------------------------------------------------------------------------
h = html_page(
    td('<p style="font-size:20px;color:#117aca;font-weight:bold;margin:0">CHASE</p>', "padding:18px 24px;border-bottom:1px solid #e5e5e5;")
    + td('<h2 style="font-weight:normal;margin:0 0 8px">You received a wire transfer</h2>'
         '<p>An incoming wire has been credited to your account ending in 8812.</p>')
    + td(html_rows([("Amount", "$4,200.00"), ("Originator", "HALVERSON ANALYTICS LLC"),
                    ("Originator's bank", "SILICON VALLEY BANK, A DIVISION OF FIRST CITIZENS"),
                    ("Originator to beneficiary info", "INV DW-1042 UX AUDIT"), ("Credited", "Dec 8, 2026")]),
         "padding:0 12px;")
    + td('<p style="font-size:11px;color:#666">You are receiving this alert because you chose to be notified of incoming wires. '
         'To manage alerts, sign in to chase.com. JPMorgan Chase Bank, N.A. Member FDIC. © 2026 JPMorgan Chase &amp; Co.</p>'),
    title="Chase alert", lang="en")
raw = simple(addr("Chase", "no.reply.alerts@chase.com"), owner("dana"), "You received a wire transfer",
             "2026-12-08 11:17:44", "America/New_York", mid("chase.com", "en-p2", "long"),
             leaf(h, "html", cte="quoted-printable"))
add(raw, "payment-notification", "en", "HTML-only Chase incoming-wire alert; OBI field names DW-1042.",
    amount="4200.00", currency="USD", reference="DW-1042")

# --- Zelle via Chase, memo only -----------------------------------------------------------------------
t = """Maya Ortiz sent you money

Maya Ortiz sent you $350.00 with Zelle(R). The money is in your account ending in 8812.

Memo: logo refresh - thank you!! 🎨

Transaction number: 21094878322
Date: Jan 22, 2027

Questions? Call us at 1-800-935-9935.

JPMorgan Chase Bank, N.A. Member FDIC
Zelle and the Zelle related marks are wholly owned by Early Warning Services, LLC and are used herein under license.
"""
raw = simple(addr("Chase", "no.reply.alerts@chase.com"), owner("dana"), "Maya Ortiz sent you $350.00",
             "2027-01-22 20:40:12", "America/New_York", mid("chase.com", "en-p3", "long"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "en", "Zelle payment from a small client; memo has no invoice number.",
    amount="350.00", currency="USD")

# --- Payoneer, USD from a US client for an Irish freelancer ---------------------------------------------
h = html_page(
    td('<p style="font-size:20px;font-weight:bold;color:#ff4800;margin:0">Payoneer</p>', "padding:20px 24px;")
    + td("<p>Hi Tom,</p><p>Good news! You've received a payment of <b>USD 1,250.00</b> from <b>Lumen Labs Inc.</b></p>")
    + td(html_rows([("Payment ID", "181077324"), ("Amount", "USD 1,250.00"), ("Description", "Invoice INV-2026-058 - icon set"),
                    ("Date", "Dec 17, 2026")]), "padding:0 12px;")
    + td("<p>The funds are available in your USD balance.</p><p>Thanks,<br>The Payoneer Team</p>"
         '<p style="font-size:11px;color:#999">Payoneer Europe Limited, Dublin. This email was sent to tom@byrnedesign.ie.</p>'),
    title="Payoneer", lang="en")
t = """Hi Tom,

Good news! You've received a payment of USD 1,250.00 from Lumen Labs Inc.

Payment ID: 181077324
Amount: USD 1,250.00
Description: Invoice INV-2026-058 - icon set
Date: Dec 17, 2026

The funds are available in your USD balance.

Thanks,
The Payoneer Team
"""
raw = simple(addr("Payoneer", "notifications@payoneer.com"), owner("tom"), "You've received a payment from Lumen Labs Inc.",
             "2026-12-17 15:02:33", "Europe/Dublin", mid("payoneer.com", "en-p4"), multi("alternative", [leaf(t), leaf(h, "html")]))
add(raw, "payment-notification", "en", "Payoneer USD receipt for an Irish freelancer; description names INV-2026-058.",
    amount="1250.00", currency="USD", reference="INV-2026-058")

# --- Upwork milestone released ------------------------------------------------------------------------
t = """Hi Dana,

Your client released a payment on the contract "Onboarding flow redesign".

Milestone: Phase 2 - hi-fi prototypes
Amount: $640.00
Upwork fee: -$64.00
You'll receive: $576.00

This payment is in a 5-day security period and will be available on Dec 14, 2026.

View contract: https://www.upwork.com/nx/wm/contracts/39901244

The Upwork Team

Upwork Inc., 530 Lytton Avenue, Suite 301, Palo Alto, CA 94301
"""
raw = simple(addr("Upwork", "donotreply@upwork.com"), owner("dana"), "Payment released: $640.00 for Phase 2 - hi-fi prototypes",
             "2026-12-09 09:12:55", "America/New_York", mid("upwork.com", "en-p5"), leaf(t, cte="7bit"))
add(raw, "payment-notification", "en",
    "Freelance platform: client released a milestone payment (gross 640.00, net 576.00 after Upwork's fee); funds still in a security period but paid.",
    amount="640.00", currency="USD")

# --- Fiverr, funds cleared -------------------------------------------------------------------------------
t = """Hi byrnedesign,

Your earnings from order #FO81C2B7A4E10 have cleared.

Buyer: mikkel_brand
Gig: I will design a minimalist logo for your brand
Earnings: $180.00

The funds are now available for withdrawal from your Earnings page.

Keep up the great work,
The Fiverr Team

Fiverr International Ltd. · 8 Eliezer Kaplan St, Tel Aviv 6473409, Israel
"""
raw = simple(addr("Fiverr", "noreply@e.fiverr.com"), owner("tom"), "Your funds have cleared",
             "2027-01-04 06:55:20", "Europe/Dublin", mid("e.fiverr.com", "en-p6"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "en", "Marketplace earnings cleared for an order: money in, no invoice number.",
    amount="180.00", currency="USD")

# --- Deel contractor invoice paid ---------------------------------------------------------------------------
t = """Hi Tom,

Northwind Health paid your invoice.

Invoice: INV-2026-063 (December 2026 retainer)
Amount: €3,600.00
Paid on: January 6, 2027
Payment method: Deel balance

You can withdraw your funds to your bank account at any time from the Deel app.

Deel
650 2nd Street, San Francisco, CA 94107
"""
raw = simple(addr("Deel", "notifications@deel.com"), owner("tom"), "Payment received from Northwind Health",
             "2027-01-06 18:22:07", "Europe/Dublin", mid("deel.com", "en-p7"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "en", "Deel: the client paid the contractor invoice INV-2026-063 into the Deel balance.",
    amount="3600.00", reference="INV-2026-063")

# --- Square invoice paid, GBP -------------------------------------------------------------------------------
h = html_page(
    td('<p style="font-size:16px;font-weight:bold;margin:0">Square</p>', "padding:20px 24px;")
    + td('<h1 style="font-size:22px">Invoice PS-117 has been paid</h1>'
         '<p>Orchard &amp; Vine Ltd paid <b>£540.00</b> on 14 Dec 2026.</p>')
    + td(html_rows([("Invoice", "PS-117"), ("Customer", "Orchard &amp; Vine Ltd"), ("Amount paid", "£540.00"),
                    ("Processing fee", "£13.50"), ("Payment method", "Card ending 3321")]), "padding:0 12px;")
    + td('<p style="font-size:11px;color:#999">Square Europe Ltd. · 1 Canada Square, London E14 5AB</p>'),
    title="Invoice paid", lang="en")
raw = simple(addr("Square", "noreply@messaging.squareup.com"), owner("priya"), "Invoice PS-117 paid - £540.00",
             "2026-12-14 13:08:40", "Europe/London", mid("squareup.com", "en-p8"), leaf(h, "html", cte="quoted-printable"))
add(raw, "payment-notification", "en", "Square invoice paid in GBP; HTML-only.",
    amount="540.00", currency="GBP", reference="PS-117")

# --- SAP Ariba remittance ------------------------------------------------------------------------------------
h = html_page(
    td('<p style="font-size:18px;margin:0"><b>SAP</b> Business Network</p>', "padding:18px 24px;background:#0a6ed1;color:#fff;")
    + td("<p>Grainger Hale plc sent you a remittance advice.</p>")
    + td(html_rows([("Payment number", "2000032217"), ("Payment date", "15 Jan 2027"), ("Payment method", "BACS"),
                    ("Net amount", "GBP 2,880.00")]), "padding:0 12px;")
    + td('<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc;width:100%">'
         '<tr style="background:#f2f2f2"><th align="left">Invoice #</th><th align="left">Invoice date</th><th align="right">Gross</th><th align="right">Discount</th><th align="right">Net</th></tr>'
         '<tr><td>PS-121</td><td>4 Dec 2026</td><td align="right">2,880.00</td><td align="right">0.00</td><td align="right">2,880.00</td></tr></table>')
    + td('<p>To view the remittance, log in to your SAP Business Network account.</p>'
         '<p style="font-size:11px;color:#888">This message was sent by SAP Business Network on behalf of Grainger Hale plc. Please do not reply.</p>'),
    title="Remittance", lang="en")
raw = simple(addr("Grainger Hale plc via SAP Business Network", "ordersender-prod@ansmtp.ariba.com"), owner("priya"),
             "Remittance Advice from Grainger Hale plc - Payment 2000032217", "2027-01-15 04:41:19", "Europe/London",
             mid("ansmtp.ariba.com", "en-p9", "long"), leaf(h, "html", cte="base64"))
add(raw, "payment-notification", "en", "SAP Ariba remittance advice, one invoice PS-121, amount in an HTML table.",
    amount="2880.00", currency="GBP", reference="PS-121")

# --- Oracle Payables remittance for two invoices (ACH) ----------------------------------------------------
t = """REMITTANCE ADVICE

Payer:            Brightline Outdoor Co.
Supplier:         WHITFIELD UX LLC
Supplier number:  88041
Payment number:   ACH-0092214
Payment date:     02-FEB-2027
Payment method:   ACH
Payment amount:   USD 6,750.00

Invoice Number    Invoice Date    Invoice Amount    Amount Paid
DW-1049           15-DEC-2026          3,250.00        3,250.00
DW-1051           05-JAN-2027          3,500.00        3,500.00

Please allow 1-2 business days for funds to reach your account.
This is a system-generated message from Oracle Payables. Replies to this mailbox are not monitored.
Questions: ap@brightlineoutdoor.com
"""
raw = simple(addr("Brightline Outdoor AP", "oracle-ap@brightlineoutdoor.com"), owner("dana"),
             "Remittance Advice - Payment ACH-0092214", "2027-02-02 03:15:07", "America/New_York",
             mid("brightlineoutdoor.com", "en-p10"), leaf(t, "plain", "us-ascii", "7bit"),
             extra=[("X-Mailer", "Oracle Fusion Payables")])
add(raw, "payment-notification", "en",
    "ACH remittance covering two invoices (DW-1049, DW-1051); one payment total, no single reference.",
    amount="6750.00", currency="USD")

# --- Adyen pay-by-link ---------------------------------------------------------------------------------------
t = """Payment link completed

Merchant account:    ByrneDesignECOM
Payment link:        PL61C9D2B0A7F4E3
Merchant reference:  INV-2026-066
Amount:              EUR 968.00
Payment method:      Apple Pay (Visa)
PSP reference:       WNZG7T4C9Q2BXM65
Status:              Authorised and captured
Date:                2026-12-30 10:05:12 CET

Log in to your Customer Area to view the payment.

Adyen N.V. - Simon Carmiggeltstraat 6-50, 1011 DJ Amsterdam
"""
raw = simple(addr("Adyen", "noreply@adyen.com"), owner("tom"), "[Adyen] Payment link PL61C9D2B0A7F4E3 completed",
             "2026-12-30 09:05:14", "Europe/Dublin", mid("adyen.com", "en-p11"), leaf(t, "plain", "us-ascii", "7bit"))
add(raw, "payment-notification", "en", "Adyen pay-by-link captured; merchant reference INV-2026-066.",
    amount="968.00", reference="INV-2026-066")

# --- Stripe, GBP invoice paid --------------------------------------------------------------------------------
t = """You received a payment of £1,020.00

Customer        accounts@harbourandhale.co.uk
Invoice         PS-119
Amount          £1,020.00
Date            21 Dec 2026, 16:44
Payment method  Bacs Direct Debit

View payment in the Dashboard:
https://dashboard.stripe.com/payments/pi_3QYh8LAe5F0tQz9K1uB4cW2n

You're receiving this email because you turned on notifications for successful payments on Priya Shah Copywriting.
Stripe Payments UK Ltd, 7th floor The Bower Warehouse, 207-211 Old Street, London EC1V 9NR
"""
raw = simple(addr("Stripe", "notifications@stripe.com"), owner("priya"), "Payment of £1,020.00 from accounts@harbourandhale.co.uk",
             "2026-12-21 16:44:55", "Europe/London", mid("stripe.com", "en-p12"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "en", "Stripe successful payment of invoice PS-119 (Bacs Direct Debit is how the CLIENT paid: money in).",
    amount="1020.00", currency="GBP", reference="PS-119")

# --- Wise, EUR with a squashed reference ------------------------------------------------------------------------
t = """Hi Tom,

You've received €2,150.00 from BALTIC FREIGHT OU.

Reference: INV2026068

It's already in your EUR balance.

Thanks,
The Wise Team
"""
raw = simple(addr("Wise", "noreply@wise.com"), owner("tom"), "You've received €2,150.00 from BALTIC FREIGHT OU",
             "2027-01-14 12:19:03", "Europe/Dublin", mid("wise.com", "en-p13"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "en", "Wise receipt; reference 'INV2026068' written without dashes = INV-2026-068.",
    amount="2150.00", reference="INV-2026-068")

# --- UK council BACS remittance -------------------------------------------------------------------------------
t = """WESTBRIDGE DISTRICT COUNCIL
Exchequer Services - Creditor Payments

BACS REMITTANCE ADVICE

Supplier No:   40117
Supplier:      PRIYA SHAH COPYWRITING
Payment Date:  27/01/2027

Your Ref       Our Ref     Description                          Amount
PS-114         7700128     Accessibility copy review            310.00
                                                               -------
                                            Total paid (GBP)    310.00

This payment has been made by BACS and should reach your bank account within three working days of the payment date.

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Westbridge District Council may monitor email traffic.
"""
raw = simple(addr("Westbridge DC Creditor Payments", "creditor.payments@westbridge.gov.uk"), owner("priya"),
             "BACS Remittance Advice - Supplier 40117", "2027-01-27 06:00:41", "Europe/London",
             mid("westbridge.gov.uk", "en-p14"), multi("mixed", [leaf(t, "plain", "us-ascii", "7bit"),
                                                                  leaf(data=FAKE_PDF, ctype="application/pdf", cte="base64",
                                                                       filename="Remittance_40117_27012027.pdf")]))
add(raw, "payment-notification", "en",
    "Public-sector BACS remittance with a PDF; payment made, arrives within three working days.",
    amount="310.00", currency="GBP", reference="PS-114")

# --- Revolut Business (English), part payment ----------------------------------------------------------------
t = """Revolut Business

+€500.00
from KESTREL FOODS LIMITED

Reference: Part payment INV-2026-070
Account: Main · EUR
Date: 19 Feb 2027, 10:02
Status: Completed
"""
raw = simple(addr("Revolut Business", "no-reply@revolut.com"), owner("tom"), "You received €500.00 from KESTREL FOODS LIMITED",
             "2027-02-19 10:02:48", "Europe/Dublin", mid("revolut.com", "en-p15"), leaf(t, cte="quoted-printable"))
add(raw, "payment-notification", "en", "Part payment on INV-2026-070.", amount="500.00", reference="INV-2026-070")
# ============================================================================================
# LOOK-ALIKES that are `other`: outgoing money, fees, debits, failures, approvals, portals, marketing
# ============================================================================================

# --- IT: outgoing transfer the owner made (same bank template as an incoming one) --------------------
t = """Gentile Cliente,

ti confermiamo che il bonifico da te disposto è stato eseguito.

Beneficiario: STUDIO COMMERCIALE VERDI DOTT. PAOLO
IBAN beneficiario: IT60 X054 2811 1010 0000 0123 456
Importo: 1.220,00 EUR
Commissioni: 0,00 EUR
Data esecuzione: 16/12/2026
Causale: Fattura 12/2026 parcella tenuta contabilità II semestre
CRO/TRN: 0326123401299871480348603480IT

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Banca Sella S.p.A.
"""
raw = simple(addr("Banca Sella", "notifiche@sella.it"), owner("alessandra"), "Bonifico eseguito",
             "2026-12-16 15:22:40", "Europe/Rome", mid("sella.it", "it-o1"), leaf(t, cte="quoted-printable"))
add(raw, "other", "it",
    "OUTGOING transfer the owner made to her accountant; the causale even looks like one of her own invoice numbers (12/2026), but money went out.")

# --- IT: SdI delivery receipt via Aruba ----------------------------------------------------------------
t = """Gentile Cliente,

la fattura elettronica da lei inviata è stata consegnata al destinatario.

Numero fattura:        5/2027
Data fattura:          14/01/2027
Destinatario:          TECNOPLAST VICENZA SRL (P.IVA 03345670241)
Identificativo SdI:    14729301185
Esito:                 RC - Ricevuta di consegna
Data consegna:         15/01/2027 09:41

La fattura è visibile nella sezione "Fatture Inviate" del pannello Fatturazione Elettronica.

Aruba S.p.A. - Servizio di Fatturazione Elettronica
Questo messaggio è generato automaticamente, si prega di non rispondere.
"""
raw = simple(addr("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), owner("davide"),
             "Fattura 5/2027 - Ricevuta di consegna", "2027-01-15 09:43:10", "Europe/Rome",
             mid("aruba.it", "it-o2"), leaf(t, cte="quoted-printable"))
add(raw, "other", "it", "SdI delivery receipt (ricevuta di consegna): the invoice reached the client, nothing about payment.")

# --- IT: SdI rejection ----------------------------------------------------------------------------------
t = """NOTIFICA DI SCARTO

Il Sistema di Interscambio ha scartato la fattura sotto indicata.

Nome file:          IT02871230358_00A7K.xml
Numero fattura:     6/2027
Identificativo SdI: 14733388102
Data ricezione:     16/01/2027

Errori riscontrati:
  Codice 00404 - Fattura duplicata
  Descrizione: fattura già trasmessa in precedenza con gli stessi numero, data e cedente/prestatore

La fattura scartata si considera non emessa. Correggere e ritrasmettere entro 5 giorni dalla notifica di scarto mantenendo numero e data originari.

Aruba S.p.A. - Fatturazione Elettronica
"""
raw = simple(addr("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it"), owner("alessandra"),
             "ATTENZIONE: Notifica di scarto fattura 6/2027", "2027-01-16 14:02:07", "Europe/Rome",
             mid("aruba.it", "it-o3"), leaf(t, charset="iso-8859-1", cte="quoted-printable"))
add(raw, "other", "it", "SdI rejection notice for an invoice: e-invoicing status, not a payment and not a client dispute.")

# --- IT: F24 tax debit ------------------------------------------------------------------------------------
h = html_page(
    td('<p style="font-size:18px;font-weight:bold;color:#005a46;margin:0">BPER Banca</p>', "padding:18px 24px;")
    + td("<p>Gentile Cliente,</p><p>ti informiamo che è stato addebitato sul tuo conto il seguente pagamento F24:</p>")
    + td(html_rows([("Contribuente", "MARCHETTI DAVIDE"), ("Data addebito", "16/11/2026"),
                    ("Importo addebitato", "1.432,00 EUR"), ("Protocollo", "F24-2026111600099127"),
                    ("Tributi", "4034 - IRPEF acconto seconda rata; P10 - contributi INPS")]), "padding:0 12px;")
    + td('<p>La quietanza è disponibile in Smart Web &gt; Pagamenti &gt; F24.</p>'
         '<p style="font-size:11px;color:#888">Comunicazione automatica.</p>'),
    title="F24 addebitato", lang="it")
raw = simple(addr("BPER Banca", "avvisi@bper.it"), owner("davide"), "Pagamento F24 addebitato",
             "2026-11-16 18:30:05", "Europe/Rome", mid("bper.it", "it-o4"), leaf(h, "html", cte="quoted-printable"))
add(raw, "other", "it", "Tax payment (F24) debited from the owner's account: money out.")

# --- IT: Stripe failed payment ------------------------------------------------------------------------------
t = """Pagamento non riuscito

Un tentativo di pagamento di 610,00 € da amministrazione@tecnoplast-vicenza.it non è andato a buon fine.

Descrizione:   Fattura 9/2027 - consulenza SEO gennaio
Motivo:        La carta è stata rifiutata (insufficient_funds)
Data:          3 feb 2027, 16:20

Il cliente può riprovare dallo stesso link di pagamento.

Visualizza nella Dashboard: https://dashboard.stripe.com/payments/pi_3QnR8bL8zvA0cK1d1Xy7Uo0c
"""
raw = simple(addr("Stripe", "notifications@stripe.com"), owner("davide"),
             "Pagamento non riuscito: 610,00 € da amministrazione@tecnoplast-vicenza.it", "2027-02-03 16:20:44",
             "Europe/Rome", mid("stripe.com", "it-o5"), leaf(t, cte="quoted-printable"))
add(raw, "other", "it", "Failed card payment for an invoice: same sender and layout as a successful one, but no money came in.")

# --- IT: statement available --------------------------------------------------------------------------------
t = """Gentile Cliente,

è disponibile il rendiconto trimestrale del tuo conto corrente n. 000001234567 al 31/12/2026, comprensivo del documento di sintesi.

Entrate del periodo:  18.240,00 EUR
Uscite del periodo:   11.905,37 EUR
Saldo contabile al 31/12/2026: 9.118,44 EUR

Puoi consultarlo e scaricarlo in Smart Web > Documenti. Il documento resterà disponibile per 10 anni.

BPER Banca S.p.A.
"""
raw = simple(addr("BPER Banca", "documenti@bper.it"), owner("davide"), "Nuovo documento disponibile: estratto conto al 31/12/2026",
             "2027-01-08 07:00:00", "Europe/Rome", mid("bper.it", "it-o6"), leaf(t, cte="quoted-printable"))
add(raw, "other", "it", "Quarterly statement: totals of money in and out, no single incoming payment notified.")

# --- IT: invoicing-software newsletter about payments ---------------------------------------------------------
h = html_page(
    td('<p style="font-size:22px;font-weight:bold;color:#2b59c3;margin:0">Fatturo</p>', "padding:20px 24px;")
    + td('<h1 style="font-size:24px">Basta rincorrere i clienti: arrivano i solleciti automatici 🚀</h1>'
         '<p>Ciao Chiara,</p><p>da gennaio Fatturo ti avvisa appena una fattura risulta <b>pagata</b> e manda al '
         'posto tuo un promemoria gentile ai clienti in ritardo. Nel 2026 i nostri utenti hanno incassato in media 11 giorni prima.</p>'
         '<p><a href="https://fatturo.it/novita/solleciti" style="background:#2b59c3;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Scopri le novità</a></p>'
         '<p>E per i forfettari: con il nuovo calcolo automatico dell\'imposta sostitutiva sai sempre quanto mettere da parte.</p>')
    + td('<p style="font-size:11px;color:#999">Ricevi questa email perché sei iscritta alla newsletter di Fatturo. '
         '<a href="https://fatturo.it/unsubscribe?u=8812">Annulla l\'iscrizione</a>.</p>'),
    title="Novità Fatturo", lang="it")
raw = simple(addr("Fatturo", "news@mail.fatturo.it"), owner("chiara"), "Novità 2027: sai subito quando una fattura è pagata",
             "2027-01-13 10:00:03", "Europe/Rome", mid("mail.fatturo.it", "it-o7"), leaf(h, "html", cte="base64"),
             extra=[("List-Unsubscribe", "<https://fatturo.it/unsubscribe?u=8812>"), ("Precedence", "bulk")])
add(raw, "other", "it", "Marketing newsletter that talks about invoices being paid; no payment.")

# --- ES: Bizum between friends -------------------------------------------------------------------------------
t = """Has recibido un Bizum

MARTA L. te ha enviado 18,50 €
Concepto: cena cumple Irene 🎂🍕

Fecha: 12/12/2026 23:48

CaixaBank, S.A. · Este correo se ha enviado de forma automática, no lo respondas.
"""
raw = simple(addr("CaixaBank", "notificaciones@caixabank.com"), owner("lucia"), "Has recibido un Bizum de 18,50 €",
             "2026-12-12 23:48:31", "Europe/Madrid", mid("caixabank.com", "es-o1"), leaf(t, cte="quoted-printable"))
add(raw, "other", "es",
    "Bizum between friends (dinner split): money in, but plainly nothing to do with a client or an invoice.")

# --- ES: FACe status — obligation recognised (approved, not paid) ----------------------------------------------
t = """FACe - Punto General de Entrada de Facturas Electrónicas

Le informamos de que la factura con los siguientes datos ha cambiado de estado:

  Número de registro:   202600184412
  Número de factura:    NS-2026-019
  Importe:              428,00 €
  Órgano gestor:        L01350223 - Ayuntamiento de San Bartolomé de Tirajana
  Nuevo estado:         2500 - Contabilizada la obligación reconocida
  Fecha del cambio:     21/01/2027

Puede consultar el detalle en https://face.gob.es

Este mensaje ha sido generado automáticamente. Por favor, no responda a este correo.
"""
raw = simple(addr("FACe", "no-reply@face.gob.es"), owner("nayra"), "FACe: cambio de estado de la factura NS-2026-019",
             "2027-01-21 10:31:12", "Atlantic/Canary", mid("face.gob.es", "es-o2"), leaf(t, cte="quoted-printable"))
add(raw, "other", "es",
    "FACe status 'obligación reconocida': the administration has approved the invoice for payment; nothing paid yet.")

# --- ES: confirming announcement (future payment) ------------------------------------------------------------
h = html_page(
    td('<p style="font-size:18px;color:#fff;font-weight:bold;margin:0">Confirming</p>', "padding:18px 24px;background:#0b3d6b;")
    + td("<p>Estimado proveedor:</p><p>Nuestro cliente <b>LOGÍSTICA PUERTO DE VALENCIA, S.A.</b> ha dado de alta en nuestra "
         "plataforma de Confirming las siguientes facturas a su favor, que le serán abonadas a su vencimiento:</p>")
    + td('<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc">'
         '<tr><th>Nº factura</th><th>Fecha</th><th>Vencimiento</th><th align="right">Importe</th></tr>'
         '<tr><td>2027-011</td><td>05/01/2027</td><td>25/02/2027</td><td align="right">3.025,00 €</td></tr></table>')
    + td("<p>Si desea cobrar antes del vencimiento, puede <b>anticipar</b> el importe desde la plataforma con un coste del 0,35%.</p>"
         '<p style="font-size:11px;color:#888">Banco de Sabadell, S.A. Servicio Confirming. No responda a este correo.</p>'),
    title="Confirming", lang="es")
raw = simple(addr("Sabadell Confirming", "confirming@bancsabadell.com"), owner("lucia"),
             "Confirming: nuevas facturas comunicadas por LOGÍSTICA PUERTO DE VALENCIA, S.A.", "2027-01-20 08:30:00",
             "Europe/Madrid", mid("bancsabadell.com", "es-o3"), leaf(h, "html", cte="quoted-printable"))
add(raw, "other", "es",
    "Confirming announcement: invoice scheduled to be paid on 25/02/2027 (with an offer to advance it): payment scheduled, not received.")

# --- ES: direct debit of the self-employed quota --------------------------------------------------------------
t = """Aviso de cargo en cuenta

Se ha cargado un recibo domiciliado en tu cuenta ES** **** **** **** **** 0218.

Emisor:      TESORERIA GRAL. SEGURIDAD SOCIAL
Concepto:    CUOTA RETA 12/2026
Importe:     -294,00 €
Fecha:       31/12/2026

Banco Ribera
"""
raw = simple(addr("Banco Ribera", "no-responder@bancoribera.es"), owner("jordi"), "Cargo de recibo domiciliado",
             "2026-12-31 07:12:44", "Europe/Madrid", mid("bancoribera.es", "es-o4"), leaf(t, cte="quoted-printable"))
add(raw, "other", "es", "Direct debit of the owner's social-security quota; the '12/2026' is a month, money out.")

# --- ES: outgoing transfer the owner made ------------------------------------------------------------------------
t = """Hola, LUCIA:

Has realizado una transferencia desde tu cuenta ES** **** **** **** **** 6613.

Beneficiario: COWORKING LA NAVE SL
Importe: 180,00 €
Concepto: Factura 2027-012 puesto fijo enero
Fecha: 08/01/2027

Si no reconoces esta operación, llámanos al 963 085 000.

Banco de Sabadell, S.A.
"""
raw = simple(addr("Banco Sabadell", "avisos@bancsabadell.com"), owner("lucia"), "Transferencia realizada",
             "2027-01-08 13:05:29", "Europe/Madrid", mid("bancsabadell.com", "es-o5"), leaf(t, cte="quoted-printable"))
add(raw, "other", "es",
    "The owner paid her coworking's invoice (whose number looks like hers): outgoing transfer.")

# --- ES: PayPal refund sent ----------------------------------------------------------------------------------------
t = """Has enviado un reembolso

Has reembolsado 50,00 EUR a Sarah Kim.

Motivo: ajuste de precio - retrato adicional cancelado
Id. de transacción del reembolso: 9HB51102XP7761120
Fecha: 24 de enero de 2027

El reembolso puede tardar hasta 5 días en aparecer en la cuenta del comprador.

PayPal (Europe) S.à r.l. et Cie, S.C.A.
"""
raw = simple(addr("PayPal", "service@intl.paypal.com"), owner("nayra"), "Has enviado un reembolso de 50,00 EUR",
             "2027-01-24 19:37:00", "Atlantic/Canary", mid("paypal.com", "es-o6", "long"), leaf(t, cte="quoted-printable"))
add(raw, "other", "es", "Refund the owner sent to a buyer: money out, same sender as incoming PayPal notices.")

# --- ES: invoice viewed -----------------------------------------------------------------------------------------------
t = """Hola Lucía:

Reformas Alcarria SL ha abierto la factura 2027-014 (968,00 €) que le enviaste el 2 de febrero.

Visto por primera vez: 4 feb 2027, 12:15
Veces vista: 2
Vence el: 4 mar 2027

¿Quieres enviar un recordatorio? Puedes programarlo desde la ficha de la factura.

El equipo de Cuadra
"""
raw = simple(addr("Cuadra", "hola@cuadra.es"), owner("lucia"), "👀 Tu cliente ha visto la factura 2027-014",
             "2027-02-04 12:15:40", "Europe/Madrid", mid("cuadra.es", "es-o7"), leaf(t, cte="quoted-printable"))
add(raw, "other", "es", "'Your invoice was viewed' notice from the invoicing app: not a payment.")

# --- EN: Stripe fees invoice ------------------------------------------------------------------------------------------
t = """Your Stripe invoice is available

Hi Tom,

Your invoice for Stripe fees for January 2027 is now available.

Invoice number:  STR-IE-2027-01-448193
Amount due:      €9.80
Description:     Stripe Tax, Invoicing Plus (pay-as-you-go)
Payment:         This amount will be deducted from your Stripe balance on 3 Feb 2027. No action is needed.

Download invoice: https://dashboard.stripe.com/settings/documents

Stripe Payments Europe, Ltd.
"""
raw = simple(addr("Stripe", "invoice+statements@stripe.com"), owner("tom"), "Your Stripe invoice for January 2027",
             "2027-02-01 11:40:13", "Europe/Dublin", mid("stripe.com", "en-o1"), leaf(t, cte="quoted-printable"))
add(raw, "other", "en", "Fees invoice from the payment processor to the owner: the owner pays, nothing comes in.")

# --- EN: AP platform — approved and scheduled -------------------------------------------------------------------------
h = html_page(
    td('<p style="font-size:18px;font-weight:bold;color:#6b4eff;margin:0">Payably</p>', "padding:18px 24px;")
    + td("<p>Hi Tom,</p><p><b>Kestrel Foods Limited</b> has approved your invoice and scheduled it for payment.</p>")
    + td(html_rows([("Invoice", "INV-2026-072"), ("Amount", "€2,460.00"), ("Status", "Approved – scheduled"),
                    ("Scheduled payment date", "29 Jan 2027"), ("Payment method", "SEPA credit transfer")]), "padding:0 12px;")
    + td("<p>We'll email you again when the payment has been sent.</p>"
         '<p style="font-size:11px;color:#999">Payably Ltd acts as a payment portal for Kestrel Foods Limited. Please do not reply to this email.</p>'),
    title="Invoice approved", lang="en")
raw = simple(addr("Kestrel Foods via Payably", "notifications@payably.io"), owner("tom"),
             "Invoice INV-2026-072 approved for payment", "2027-01-18 14:26:00", "Europe/Dublin",
             mid("payably.io", "en-o2"), leaf(h, "html", cte="quoted-printable"))
add(raw, "other", "en",
    "Accounts-payable portal: invoice approved and scheduled for 29 Jan; a machine status notice, not money in (and not a client promise).")

# --- EN: Peppol delivery confirmation ----------------------------------------------------------------------------------
t = """Delivery confirmation

Your document was delivered over the Peppol network.

Document type:   Invoice (Peppol BIS Billing 3.0)
Document number: INV-2027-004
Sender:          0196:IE3471829TH (Byrne Design)
Receiver:        0088:5013546000991 (Northwind Health Ltd)
Delivered:       2027-01-07T09:14:22Z
Status:          MLR: AB (message acknowledged)

This is an automatic message from your Peppol access point, Ledgerlink. Do not reply.
"""
raw = simple(addr("Ledgerlink Peppol", "ap-notify@ledgerlink.eu"), owner("tom"), "Delivered: Invoice INV-2027-004",
             "2027-01-07 09:14:30", "Europe/Dublin", mid("ledgerlink.eu", "en-o3"), leaf(t, "plain", "us-ascii", "7bit"))
add(raw, "other", "en", "Peppol access point delivery acknowledgement: e-invoicing status only.")

# --- EN: invoice viewed ------------------------------------------------------------------------------------------------
t = """Hi Priya,

Good news - Grainger Hale plc just viewed invoice PS-124.

Amount: £1,650.00
Due: 28 Feb 2027

We'll let you know as soon as it's paid.

Tillbook
"""
raw = simple(addr("Tillbook", "alerts@tillbook.co.uk"), owner("priya"), "Invoice PS-124 was viewed",
             "2027-02-10 15:51:27", "Europe/London", mid("tillbook.co.uk", "en-o4"), leaf(t, cte="quoted-printable"))
add(raw, "other", "en", "'Invoice viewed' notice that begins with 'Good news' and mentions payment: still not a payment.")

# --- EN: Wise — money sent -----------------------------------------------------------------------------------------------
t = """Hi Priya,

You sent £420.00 to Harbour Print Ltd.

Reference: INV 3391
It should arrive by tomorrow.

Track your transfer: https://wise.com/transactions/activities/by-resource/TRANSFER/1298803214

Thanks,
The Wise Team
"""
raw = simple(addr("Wise", "noreply@wise.com"), owner("priya"), "Your transfer to Harbour Print Ltd is on its way",
             "2026-11-24 10:08:19", "Europe/London", mid("wise.com", "en-o5"), leaf(t, cte="quoted-printable"))
add(raw, "other", "en", "Outgoing transfer the owner sent to a supplier.")

# --- EN: Stripe dispute (chargeback) -------------------------------------------------------------------------------------
t = """A payment has been disputed

The cardholder's bank (Benjamin Adler) has disputed a $350.00 payment to Whitfield UX.

Reason:           Product not received
Payment:          $350.00 on Jan 8, 2027
Dispute amount:   $350.00 + $15.00 dispute fee withdrawn from your balance
Respond by:       Feb 21, 2027

Submit evidence in the Dashboard: https://dashboard.stripe.com/disputes/du_1QqE0vKt7pLz2YHc9MnBa4e3

Stripe, 510 Townsend Street, San Francisco, CA 94103
"""
raw = simple(addr("Stripe", "notifications@stripe.com"), owner("dana"), "Action required: a $350.00 payment has been disputed",
             "2027-02-01 13:30:02", "America/New_York", mid("stripe.com", "en-o6"), leaf(t, cte="quoted-printable"))
add(raw, "other", "en",
    "Card chargeback notice: money withdrawn; machine mail (not a client-reply-dispute, which is a human contesting the invoice).")
# ============================================================================================
# AUTO-REPLIES
# ============================================================================================
OUTLOOK_AUTO = [("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")]


def thr(lang, owner_key, to, client_name, inv, amount, due, when, kind="company"):
    raw, m, subj = reminder_msg(lang, owner_key, to, client_name, inv, amount, due, when, kind)
    return m, subj, reminder_text(lang, owner_key, client_name, inv, amount, due, kind)


# --- IT 1: Outlook/Exchange, "fino al 6 gennaio compreso" ----------------------------------------------
m, s, _ = thr("it", "alessandra", "Paola Bonetti <p.bonetti@studiobonetti.it>", "Studio Dentistico Bonetti",
              "57/2026", "854,00 €", "30/11/2026", "2026-12-22 09:00:00")
t = """Buongiorno,

sono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta elettronica.
Per urgenze potete contattare la segreteria allo 0521 774 310 o scrivere a segreteria@studiobonetti.it.

Buone feste!
Paola Bonetti
Studio Dentistico Bonetti - Parma
"""
raw = simple(addr("Paola Bonetti", "p.bonetti@studiobonetti.it"), owner("alessandra"), "Risposta automatica: " + s,
             "2026-12-22 09:00:41", "Europe/Rome", mid("studiobonetti.it", "it-a1", "outlook"),
             leaf(t, charset="windows-1252", cte="quoted-printable"), irt=m, refs=m,
             extra=OUTLOOK_AUTO + [("Thread-Topic", enc(s)), ("Content-Language", "it-IT")])
add(raw, "auto-reply", "it", "Exchange out-of-office with RFC 3834 header; 'fino al 6 gennaio compreso' -> back 7 Jan.",
    return_date="2027-01-07")

# --- IT 2: plain webmail autoresponder, no headers, office closure --------------------------------------
m, s, _ = thr("it", "davide", "amministrazione@autofficinabertolini.it", "Autofficina Bertolini snc",
              "71/2026", "427,00 €", "15/12/2026", "2026-12-28 08:30:00")
t = """Gentile cliente/fornitore,

la ringraziamo per la sua email.
L'ufficio amministrativo resterà chiuso per le festività dal 24 dicembre 2026 all'8 gennaio 2027.
Riapriremo lunedì 11 gennaio: la sua richiesta verrà gestita al nostro rientro.

Per urgenze relative all'officina: 0376 221 908 (solo mattina).

Autofficina Bertolini snc di Bertolini Mauro & C.
Via Learco Guerra 44 - 46100 Mantova
"""
raw = simple(addr("Amministrazione Autofficina Bertolini", "amministrazione@autofficinabertolini.it"), owner("davide"),
             "R: " + s, "2026-12-28 08:31:07", "Europe/Rome", mid("autofficinabertolini.it", "it-a2"),
             leaf(t, charset="iso-8859-1", cte="8bit"), irt=m, refs=m)
add(raw, "auto-reply", "it",
    "Autoresponder with no RFC 3834 headers and a human-looking 'R:' subject; office closed until 8 Jan, reopens Monday 11 Jan.",
    return_date="2027-01-11")

# --- IT 3: no longer works there --------------------------------------------------------------------------
m, s, _ = thr("it", "chiara", "giulia.sartori@edizionilagomarsino.it", "Edizioni Lagomarsino S.r.l.",
              "64/2026", "1.098,00 €", "20/11/2026", "2026-11-27 10:00:00")
t = """Non lavoro più presso Edizioni Lagomarsino.
Questa casella non viene più letta.

Per questioni redazionali: redazione@edizionilagomarsino.it
Per fatture e pagamenti: amministrazione@edizionilagomarsino.it

Grazie,
Giulia Sartori
"""
raw = simple(addr("Giulia Sartori", "giulia.sartori@edizionilagomarsino.it"), owner("chiara"),
             "Risposta automatica: " + s, "2026-11-27 10:00:12", "Europe/Rome", mid("edizionilagomarsino.it", "it-a3"),
             leaf(t, cte="quoted-printable"), irt=m, refs=m,
             extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")])
add(raw, "auto-reply", "it", "'No longer works here' auto-reply pointing to the accounts address; no return date.")

# --- IT 4: weekday only ---------------------------------------------------------------------------------
m, s, _ = thr("it", "alessandra", "marco.tentori@tentoriimpianti.it", "Tentori Impianti S.r.l.",
              "3/2027", "1.586,00 €", "10/01/2027", "2027-01-14 08:00:00")
t = """Sono in trasferta in cantiere fino a fine settimana, rientro in ufficio lunedì.
Leggerò la posta al mio rientro. Per urgenze chiamare il 348 551 2290.

Marco Tentori
Tentori Impianti S.r.l.

Inviato dal mio smartphone
"""
raw = simple(addr("Marco Tentori", "marco.tentori@tentoriimpianti.it"), owner("alessandra"),
             "Fuori sede / " + s, "2027-01-14 08:02:55", "Europe/Rome", mid("tentoriimpianti.it", "it-a4"),
             leaf(t, cte="quoted-printable"), irt=m, refs=m, extra=[("X-Autoreply", "yes")])
add(raw, "auto-reply", "it", "Weekday-only return ('rientro lunedì') sent on Thursday 14 Jan -> Monday 18 Jan.",
    return_date="2027-01-18")

# --- IT 5: OTRS ticket acknowledgement, quotes the reminder ---------------------------------------------------
m, s, rt = thr("it", "davide", "fornitori@tecnoplast-vicenza.it", "Tecnoplast Vicenza S.r.l.",
               "48/2026", "976,00 €", "31/10/2026", "2026-11-18 09:00:00")
t = """Gentile fornitore,

la sua richiesta è stata registrata dal Servizio Fornitori con il numero di ticket 2026111810000417.

Riceverà una risposta da un nostro operatore entro 5 giorni lavorativi. Per aggiungere informazioni risponda a questa email lasciando invariato l'oggetto.

Orari del servizio: lunedì-venerdì 9:00-13:00.

Servizio Fornitori - Tecnoplast Vicenza S.r.l.

--- Messaggio originale ---
""" + rt
raw = simple(addr("Servizio Fornitori Tecnoplast", "fornitori@tecnoplast-vicenza.it"), owner("davide"),
             "[Ticket#2026111810000417] " + s, "2026-11-18 09:01:30", "Europe/Rome", mid("tecnoplast-vicenza.it", "it-a5"),
             leaf(t, cte="quoted-printable"), irt=m, refs=m,
             extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("X-Loop", "fornitori@tecnoplast-vicenza.it"),
                    ("X-Mailer", "OTRS Mail Service (6.0.x)")])
add(raw, "auto-reply", "it", "Help-desk ticket acknowledgement quoting the reminder; 'risposta entro 5 giorni' is not a promise.")

# --- IT 6: Gmail vacation responder, maternity, vague return, Re: subject -------------------------------------
m, s, _ = thr("it", "chiara", "Elena Ruggeri <elena.ruggeri@gmail.com>", "Elena Ruggeri",
              "77/2026", "390,00 €", "18/12/2026", "2027-01-05 09:00:00", kind="person")
t = """Ciao! Sono in maternità e tornerò operativa verso fine aprile 👶
In questo periodo controllo la posta molto di rado.

Per il negozio online e gli ordini: ordini@ceramicheruggeri.it
Per fatture e amministrazione: scrivete a Simone, simone@ceramicheruggeri.it

Grazie e a presto,
Elena
"""
raw = simple(addr("Elena Ruggeri", "elena.ruggeri@gmail.com"), owner("chiara"), "Re: " + s,
             "2027-01-05 09:00:48", "Europe/Rome", mid("mail.gmail.com", "it-a6", "gmail"),
             multi("alternative", [leaf(t, cte="quoted-printable"),
                                   leaf('<div dir="ltr">' + t.replace("\n", "<br>\n") + "</div>", "html", cte="quoted-printable")]),
             irt=m, refs=m, extra=[("Auto-Submitted", "auto-replied")])
add(raw, "auto-reply", "it", "Gmail vacation responder with a 'Re:' subject; return 'verso fine aprile' is vague -> no return_date.")

# --- IT 7: Zimbra, dates in words ---------------------------------------------------------------------------------
m, s, _ = thr("it", "alessandra", "contabilita@caseificiovaldenza.it", "Caseificio Val d'Enza Soc. Coop.",
              "60/2026", "2.318,00 €", "15/12/2026", "2026-12-29 10:00:00")
t = """Grazie per il messaggio.

Sarò assente dal 27 dicembre al 2 gennaio. Rientrerò in ufficio lunedì 4 gennaio e risponderò al più presto.

Rag. Ivana Ferretti
Ufficio Contabilità - Caseificio Val d'Enza Soc. Coop. Agricola

AVVISO DI RISERVATEZZA: le informazioni contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR), qualora il messaggio le fosse pervenuto per errore, la preghiamo di eliminarlo e di darcene comunicazione.
"""
raw = simple(addr("Ufficio Contabilità", "contabilita@caseificiovaldenza.it"), owner("alessandra"),
             "Assente: " + s, "2026-12-29 10:00:09", "Europe/Rome", mid("caseificiovaldenza.it", "it-a7"),
             leaf(t, cte="quoted-printable"), irt=m, refs=m,
             extra=[("Auto-Submitted", "auto-replied (zimbra; vacation)"), ("Precedence", "bulk")])
add(raw, "auto-reply", "it", "Zimbra vacation reply with a privacy footer; 'rientrerò lunedì 4 gennaio'.",
    return_date="2027-01-04")

# --- ES 1: Outlook, "hasta el 10 de enero inclusive" --------------------------------------------------------------
m, s, _ = thr("es", "lucia", "Rocío Benítez <rbenitez@clinicatorremolinos.es>", "Clínica Dental Torremolinos SLP",
              "2026-049", "726,00 €", "15/12/2026", "2026-12-23 09:00:00")
t = """Gracias por su mensaje.

Estaré fuera de la oficina hasta el 10 de enero inclusive, sin acceso al correo electrónico. Para asuntos urgentes, puede dirigirse a administracion@clinicatorremolinos.es.

Un saludo,
Rocío Benítez
Administración
Clínica Dental Torremolinos
"""
raw = simple(addr("Rocío Benítez", "rbenitez@clinicatorremolinos.es"), owner("lucia"), "Respuesta automática: " + s,
             "2026-12-23 09:00:26", "Europe/Madrid", mid("clinicatorremolinos.es", "es-a1", "outlook"),
             leaf(t, charset="windows-1252", cte="quoted-printable"), irt=m, refs=m,
             extra=OUTLOOK_AUTO + [("Thread-Topic", enc(s)), ("Content-Language", "es-ES")])
add(raw, "auto-reply", "es", "Outlook OOO; 'hasta el 10 de enero inclusive' -> back Monday 11 Jan.",
    return_date="2027-01-11")

# --- ES 2: "hasta el lunes", no headers ---------------------------------------------------------------------------
m, s, _ = thr("es", "jordi", "montse.ferrer@electrovalles.es", "Electrodomésticos Vallès, S.A.",
              "F2027-004", "605,00 €", "31/01/2027", "2027-02-03 08:00:00")
t = """Hola,

estoy de viaje hasta el lunes con acceso limitado al correo. Te contesto a la vuelta.

Montse Ferrer
Compras · Electrodomésticos Vallès
"""
raw = simple(addr("Montse Ferrer", "montse.ferrer@electrovalles.es"), owner("jordi"), "Fuera de la oficina",
             "2027-02-03 08:01:40", "Europe/Madrid", mid("electrovalles.es", "es-a2"), leaf(t, cte="quoted-printable"),
             irt=m, refs=m)
add(raw, "auto-reply", "es", "No RFC 3834 headers; 'hasta el lunes' sent Wednesday 3 Feb -> Monday 8 Feb.",
    return_date="2027-02-08")

# --- ES 3: no longer works here --------------------------------------------------------------------------------------
m, s, _ = thr("es", "lucia", "javier.soto@grupolevante.es", "Grupo Levante Hostelería SL",
              "2026-053", "1.452,00 €", "10/12/2026", "2026-12-14 09:00:00")
t = """Javier Soto ya no forma parte de Grupo Levante Hostelería.

Su correo no se reenviará. Por favor, dirija sus mensajes a:
- Proveedores y facturas: proveedores@grupolevante.es
- Dirección: direccion@grupolevante.es

Este mensaje se ha generado automáticamente.
"""
raw = simple(addr("Javier Soto", "javier.soto@grupolevante.es"), owner("lucia"), "Respuesta automática: " + s,
             "2026-12-14 09:00:33", "Europe/Madrid", mid("grupolevante.es", "es-a3", "outlook"),
             leaf(t, cte="quoted-printable"), irt=m, refs=m, extra=OUTLOOK_AUTO)
add(raw, "auto-reply", "es", "Former-employee auto-reply with new addresses; no return date.")

# --- ES 4: Freshdesk acknowledgement ----------------------------------------------------------------------------------
m, s, rt = thr("es", "jordi", "soporte@plataformalinguae.com", "Plataforma Linguae SL",
               "F2026-036", "484,00 €", "20/12/2026", "2027-01-07 09:00:00")
h = html_page(
    td("<p>Hola,</p><p>Gracias por escribirnos. Hemos recibido tu solicitud y la hemos registrado con el número "
       "<b>#88213</b>.</p><p>Nuestro equipo de Administración la revisará y te responderá en un plazo de 48-72 horas laborables.</p>"
       "<p>Puedes consultar el estado de tu solicitud en nuestro portal de soporte.</p>"
       "<p>Un saludo,<br>Equipo de Soporte · Plataforma Linguae</p>")
    + td('<p style="font-size:11px;color:#999">Este es un mensaje automático; si respondes, tu respuesta se añadirá a la solicitud #88213.</p>'),
    title="Solicitud recibida", lang="es")
raw = simple(addr("Soporte Plataforma Linguae", "soporte@plataformalinguae.com"), owner("jordi"),
             "[#88213] Hemos recibido tu solicitud: " + s, "2027-01-07 09:00:52", "Europe/Madrid",
             mid("plataformalinguae.freshdesk.com", "es-a4"), leaf(h, "html", cte="quoted-printable"), irt=m, refs=m,
             extra=[("Auto-Submitted", "auto-replied"), ("X-Freshdesk-Ticket-Id", "88213")])
add(raw, "auto-reply", "es", "Help-desk ticket acknowledgement (HTML-only); the 48-72h answer time is no payment promise.")

# --- ES 5: Canarian hotel, Christmas closure, weekday + date -------------------------------------------------------------
m, s, _ = thr("es", "nayra", "administracion@hotellasmaretas.com", "Hotel Las Maretas SL",
              "NS-2026-022", "642,00 €", "20/12/2026", "2026-12-26 10:00:00")
t = """Estimado/a proveedor/a:

Le informamos de que el departamento de Administración permanecerá cerrado del 24 de diciembre al 6 de enero por vacaciones de Navidad.
Volveremos a atenderle el jueves 7 de enero.

Para reservas, puede contactar con recepción en el 928 512 440.

Felices fiestas.
Hotel Las Maretas · Arrecife, Lanzarote
"""
raw = simple(addr("Administración Hotel Las Maretas", "administracion@hotellasmaretas.com"), owner("nayra"),
             "Respuesta automática: " + s, "2026-12-26 10:01:15", "Atlantic/Canary",
             mid("hotellasmaretas.com", "es-a5"), leaf(t, charset="iso-8859-1", cte="quoted-printable"), irt=m, refs=m,
             extra=[("X-Autoreply", "yes"), ("Auto-Submitted", "auto-replied")])
add(raw, "auto-reply", "es", "Office closure auto-reply in Canary time; 'volveremos a atenderle el jueves 7 de enero'.",
    return_date="2027-01-07")

# --- ES 6: generic, no date ----------------------------------------------------------------------------------------------
m, s, _ = thr("es", "lucia", "estudionorte@estudionorte.es", "Estudio Norte Arquitectura SL",
              "2026-060", "4.000,00 €", "31/12/2026", "2027-01-08 09:00:00")
t = """En estos momentos no me encuentro en la oficina. Le responderé lo antes posible.

Un saludo.
"""
raw = simple(addr("Estudio Norte", "estudionorte@estudionorte.es"), owner("lucia"), "Re: " + s,
             "2027-01-08 09:00:07", "Europe/Madrid", mid("estudionorte.es", "es-a6"), leaf(t, cte="quoted-printable"),
             irt=m, refs=m, extra=[("X-Autoreply", "yes")])
add(raw, "auto-reply", "es", "Bare 'not in the office' auto-reply with a 'Re:' subject and only X-Autoreply; no return date.")

# --- ES 7: paternity leave, return date stated -----------------------------------------------------------------------------
m, s, _ = thr("es", "nayra", "dani@cervezaslavolcanica.com", "Cervezas La Volcánica SL",
              "NS-2027-005", "280,00 €", "05/02/2027", "2027-02-10 09:00:00")
t = """¡Hola!

Estoy de baja por paternidad. Me reincorporo el 1 de marzo.

Para cualquier tema de pedidos o facturas escribid a hola@cervezaslavolcanica.com y os atenderán mis compañeros.

Dani
"""
raw = simple(addr("Dani Hernández", "dani@cervezaslavolcanica.com"), owner("nayra"), "Baja por paternidad",
             "2027-02-10 09:00:35", "Atlantic/Canary", mid("mail.gmail.com", "es-a7", "gmail"),
             leaf(t, cte="quoted-printable"), irt=m, refs=m, extra=[("Auto-Submitted", "auto-replied")])
add(raw, "auto-reply", "es", "Parental-leave auto-reply; 'me reincorporo el 1 de marzo'.", return_date="2027-03-01")

# --- ES 8: AP mailbox acknowledgement -----------------------------------------------------------------------------------
m, s, _ = thr("es", "jordi", "facturas@logisticapuertovalencia.es", "Logística Puerto de Valencia, S.A.",
              "F2026-040", "1.331,00 €", "15/01/2027", "2027-01-20 09:00:00")
t = """ACUSE DE RECIBO AUTOMÁTICO

Hemos recibido su correo en el buzón de facturas de proveedores de LOGÍSTICA PUERTO DE VALENCIA, S.A.

Recuerde que:
- Solo se tramitan facturas en PDF con número de pedido (PO) indicado.
- Las facturas se contabilizan en un plazo aproximado de 10 días y se pagan según las condiciones pactadas (confirming a 60 días los días 25 de cada mes).
- Para consultas sobre el estado de una factura utilice el Portal del Proveedor.

Este buzón no es atendido por personas. Por favor, no responda a este mensaje.
"""
raw = simple(addr("Buzón Facturas LPV", "facturas@logisticapuertovalencia.es"), owner("jordi"),
             "Acuse de recibo - " + s, "2027-01-20 09:00:20", "Europe/Madrid", mid("logisticapuertovalencia.es", "es-a8"),
             leaf(t, cte="quoted-printable"), irt=m, refs=m, extra=[("Auto-Submitted", "auto-generated")])
add(raw, "auto-reply", "es",
    "Invoice-mailbox auto-acknowledgement; the generic payment terms ('los días 25') are boilerplate, not a promise.")

# --- EN 1: Exchange, returning on a stated day -----------------------------------------------------------------------------
m, s, _ = thr("en", "tom", "Aoife Kearney <aoife.kearney@kestrelfoods.ie>", "Kestrel Foods Limited",
              "INV-2026-061", "€1,230.00", "18 December 2026", "2026-12-21 09:00:00")
t = """Thank you for your email.

I am out of the office, returning on Monday 4 January. I will have no access to email during this time.

For anything urgent please contact accounts@kestrelfoods.ie.

Kind regards,
Aoife Kearney
Finance Assistant | Kestrel Foods Limited
Unit 7, Ballycoolin Business Park, Dublin 15
"""
raw = simple(addr("Aoife Kearney", "aoife.kearney@kestrelfoods.ie"), owner("tom"), "Automatic reply: " + s,
             "2026-12-21 09:00:18", "Europe/Dublin", mid("kestrelfoods.ie", "en-a1", "outlook"),
             leaf(t, cte="quoted-printable"), irt=m, refs=m, extra=OUTLOOK_AUTO + [("Thread-Topic", s)])
add(raw, "auto-reply", "en", "Exchange OOO; 'returning on Monday 4 January' (2027).", return_date="2027-01-04")

# --- EN 2: no longer works there, no headers --------------------------------------------------------------------------------
m, s, _ = thr("en", "priya", "helen.marsh@orchardandvine.co.uk", "Orchard & Vine Ltd",
              "PS-122", "£720.00", "31 December 2026", "2027-01-06 09:00:00")
t = """Helen Marsh has left Orchard & Vine.

This mailbox is no longer monitored and your email has not been forwarded. For accounts queries please email accounts@orchardandvine.co.uk; for anything else, hello@orchardandvine.co.uk.

Thank you.
"""
raw = simple(addr("Helen Marsh", "helen.marsh@orchardandvine.co.uk"), owner("priya"), "Automatic reply: " + s,
             "2027-01-06 09:00:03", "Europe/London", mid("orchardandvine.co.uk", "en-a2"), leaf(t, "plain", "us-ascii", "7bit"),
             irt=m, refs=m)
add(raw, "auto-reply", "en", "Leaver auto-reply without RFC 3834 headers; no return date.")

# --- EN 3: Zendesk request received ---------------------------------------------------------------------------------------
m, s, rt = thr("en", "priya", "suppliers@graingerhale.com", "Grainger Hale plc",
               "PS-125", "£1,980.00", "15 February 2027", "2027-02-18 09:00:00")
t = """##- Please type your reply above this line -##

Your request (40211) has been received and is being reviewed by our Supplier Services team.

To add additional comments, reply to this email.

Grainger Hale Supplier Services

---

Priya Shah

""" + rt + """
[ZD-8RQ7-2VNK]
"""
raw = simple(addr("Grainger Hale Supplier Services", "support@graingerhale.zendesk.com"), owner("priya"),
             "[Grainger Hale] Re: " + s, "2027-02-18 09:00:40", "Europe/London", mid("graingerhale.zendesk.com", "en-a3"),
             leaf(t, cte="quoted-printable"), irt=m, refs=m,
             extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Zendesk Mailer"), ("Precedence", "bulk")])
add(raw, "auto-reply", "en", "Zendesk 'request received' acknowledgement that quotes the reminder in full.")

# --- EN 4: US PTO, through Friday, back Monday -----------------------------------------------------------------------------
m, s, _ = thr("en", "dana", "Greg Paulson <gpaulson@halversonanalytics.com>", "Halverson Analytics LLC",
              "DW-1045", "$2,600.00", "November 30, 2026", "2026-12-01 09:00:00")
t = """Hi there,

Thanks for your email. I'm on PTO through Friday, Dec 4th, and will respond when I'm back on Monday. If this is time-sensitive, please reach out to ops@halversonanalytics.com.

Best,
Greg

Greg Paulson | Operations Manager
Halverson Analytics | 415 Mission St, San Francisco, CA
"""
raw = simple(addr("Greg Paulson", "gpaulson@halversonanalytics.com"), owner("dana"), "Out of Office Re: " + s,
             "2026-12-01 06:00:22", "America/Los_Angeles", mid("halversonanalytics.com", "en-a4"),
             leaf(t, cte="quoted-printable"), irt=m, refs=m, extra=[("Auto-Submitted", "auto-replied")])
add(raw, "auto-reply", "en", "US PTO reply (Pacific time): 'through Friday, Dec 4th ... back on Monday' -> 7 Dec.",
    return_date="2026-12-07")

# --- EN 5: weekday only --------------------------------------------------------------------------------------------------
m, s, _ = thr("en", "dana", "rachel@brightlineoutdoor.com", "Brightline Outdoor Co.",
              "DW-1053", "$1,800.00", "February 10, 2027", "2027-02-15 09:00:00")
t = """Traveling for a trade show and back at my desk Thursday. Replies will be slow until then.

Rachel
Sent from my iPhone
"""
raw = simple(addr("Rachel Lindqvist", "rachel@brightlineoutdoor.com"), owner("dana"), "Automatic reply: " + s,
             "2027-02-15 09:00:51", "America/New_York", mid("brightlineoutdoor.com", "en-a5", "outlook"),
             leaf(t, cte="7bit"), irt=m, refs=m, extra=OUTLOOK_AUTO)
add(raw, "auto-reply", "en", "Weekday-only return sent Monday 15 Feb -> Thursday 18 Feb.", return_date="2027-02-18")

# --- EN 6: reduced hours, no return date ------------------------------------------------------------------------------------
m, s, _ = thr("en", "tom", "ciara@lumenlabs.io", "Lumen Labs Inc.",
              "INV-2027-002", "USD 1,400.00", "31 January 2027", "2027-02-04 09:00:00")
t = """Hi,

I'm currently working reduced hours (Mon-Wed) and checking email intermittently. I'll get back to you as soon as I can.

For billing questions, billing@lumenlabs.io is the fastest route.

Ciara
"""
raw = simple(addr("Ciara Doyle", "ciara@lumenlabs.io"), owner("tom"), "Re: " + s, "2027-02-04 09:00:14", "Europe/Dublin",
             mid("mail.gmail.com", "en-a6", "gmail"), leaf(t, cte="quoted-printable"), irt=m, refs=m,
             extra=[("Auto-Submitted", "auto-replied"), ("Precedence", "bulk")])
add(raw, "auto-reply", "en", "Auto-reply about reduced hours; 'Mon-Wed' is a schedule, not a return date.")

# --- EN 7: accounts team Christmas closure ----------------------------------------------------------------------------------
m, s, _ = thr("en", "priya", "accounts@harbourandhale.co.uk", "Harbour & Hale Ltd",
              "PS-123", "£960.00", "20 December 2026", "2026-12-23 09:00:00")
t = """Thank you for contacting Harbour & Hale Accounts.

Our accounts team is closed from 23rd December, reopening on 5th January 2027. Emails received during this period will be dealt with in order of receipt when we return.

Please note that no supplier payment runs take place over the Christmas period; payment runs will resume in January.

Harbour & Hale Ltd | Registered in England and Wales No. 08812231
"""
raw = simple(addr("Harbour & Hale Accounts", "accounts@harbourandhale.co.uk"), owner("priya"), "Automatic reply: " + s,
             "2026-12-23 09:00:37", "Europe/London", mid("harbourandhale.co.uk", "en-a7", "outlook"),
             leaf(t, cte="quoted-printable"), irt=m, refs=m, extra=OUTLOOK_AUTO)
add(raw, "auto-reply", "en",
    "Accounts-team closure; 'reopening on 5th January 2027'. 'Payment runs will resume in January' is boilerplate, not a promise.",
    return_date="2027-01-05")
# ============================================================================================
# BOUNCES
# ============================================================================================
def ds_part(reporting_mta, arrival, recips, envid=None, received_from=None):
    """message/delivery-status body. recips: list of dicts."""
    lines = ["Reporting-MTA: dns; %s" % reporting_mta]
    if received_from:
        lines.append("Received-From-MTA: dns; %s" % received_from)
    if envid:
        lines.append("X-Postfix-Queue-ID: %s" % envid)
    lines.append("Arrival-Date: %s" % arrival)
    out = "\n".join(lines) + "\n"
    for r in recips:
        rl = ["", "Final-Recipient: rfc822; %s" % r["rcpt"]]
        if r.get("orig"):
            rl.append("Original-Recipient: rfc822; %s" % r["orig"])
        rl.append("Action: %s" % r["action"])
        rl.append("Status: %s" % r["status"])
        if r.get("remote"):
            rl.append("Remote-MTA: dns; %s" % r["remote"])
        if r.get("diag"):
            rl.append("Diagnostic-Code: smtp; %s" % r["diag"])
        if r.get("last"):
            rl.append("Last-Attempt-Date: %s" % r["last"])
        if r.get("until"):
            rl.append("Will-Retry-Until: %s" % r["until"])
        out += "\n".join(rl) + "\n"
    return Part([("Content-Type", "message/delivery-status")], body=out.encode("ascii"))


def report(parts):
    return multi("report", parts, params=" report-type=delivery-status;")


# --- IT 1: Postfix with Italian template, user unknown ------------------------------------------------------
orig, m, s = reminder_msg("it", "alessandra", "amministrazione@tipografiaferraresi.it", "Tipografia Ferraresi S.r.l.",
                          "72/2026", "610,00 €", "15/12/2026", "2026-12-21 09:00:00")
t = """Questo è il sistema di posta del server smtp-out.example.it.

Siamo spiacenti di informarla che il suo messaggio non è stato consegnato
a uno o più destinatari. In allegato il messaggio originale.

Per assistenza contatti il supporto tecnico, includendo questo messaggio.
Il rapporto di errore può essere cancellato dai propri messaggi di posta.

                   Il sistema di posta

<amministrazione@tipografiaferraresi.it>: host
    mx1.tipografiaferraresi.it[185.2.4.77] said: 550 5.1.1
    <amministrazione@tipografiaferraresi.it>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""
raw = simple(addr("Mail Delivery System", "MAILER-DAEMON@smtp-out.example.it"), "alessandra@example.it",
             "Messaggio non recapitato", "2026-12-21 09:00:04", "Europe/Rome",
             mid("smtp-out.example.it", "it-b1"),
             report([leaf(t, cte="8bit", extra=[("Content-Description", "Notification")]),
                     ds_part("smtp-out.example.it", date("2026-12-21 09:00:01", "Europe/Rome"),
                             [dict(rcpt="amministrazione@tipografiaferraresi.it", action="failed", status="5.1.1",
                                   remote="mx1.tipografiaferraresi.it",
                                   diag="550 5.1.1 <amministrazione@tipografiaferraresi.it>: Recipient address rejected: User unknown in virtual mailbox table")],
                             envid="4Nq2Wd0Zx7z1xR9"),
                     rfc822(orig, desc="Undelivered Message")]),
             extra=[("Auto-Submitted", "auto-replied")])
add(raw, "bounce", "it", "Postfix DSN with the Italian notification template; 550 5.1.1 user unknown.",
    failed_recipient="amministrazione@tipografiaferraresi.it", permanent=True)

# --- IT 2: delay warning, mailbox over quota (temporary) --------------------------------------------------------
orig, m, s = reminder_msg("it", "davide", "bertolini.mauro@libero.it", "Mauro Bertolini",
                          "74/2026", "183,00 €", "20/12/2026", "2027-01-04 09:00:00", kind="person", headers_only=True)
t = """Questo è il sistema di posta del server smtp.studiomarchetti.it.

####################################################################
# QUESTO È SOLO UN AVVISO. NON È NECESSARIO REINVIARE IL MESSAGGIO. #
####################################################################

La consegna del suo messaggio ai destinatari indicati sotto è stata
ritardata. Il sistema continuerà a tentare la consegna per altri 4 giorni.

<bertolini.mauro@libero.it>: host smtp-in.libero.it[213.209.1.129] said: 452
    4.2.2 <bertolini.mauro@libero.it>: mailbox over quota - casella piena
    (in reply to RCPT TO command)
"""
raw = simple(addr("Mail Delivery System", "MAILER-DAEMON@smtp.studiomarchetti.it"), "davide@studiomarchetti.it",
             "Avviso di ritardo nella consegna (nuovo tentativo in corso)", "2027-01-04 13:02:10", "Europe/Rome",
             mid("smtp.studiomarchetti.it", "it-b2"),
             report([leaf(t, cte="8bit", extra=[("Content-Description", "Notification")]),
                     ds_part("smtp.studiomarchetti.it", date("2027-01-04 09:00:02", "Europe/Rome"),
                             [dict(rcpt="bertolini.mauro@libero.it", action="delayed", status="4.2.2",
                                   remote="smtp-in.libero.it",
                                   diag="452 4.2.2 <bertolini.mauro@libero.it>: mailbox over quota - casella piena",
                                   until=date("2027-01-09 09:00:02", "Europe/Rome"))], envid="4Rv7Kq2bYcz9sLm"),
                     rfc822(orig, ctype="text/rfc822-headers")]),
             extra=[("Auto-Submitted", "auto-replied")])
add(raw, "bounce", "it", "Delay warning (Action: delayed, 4.2.2 mailbox full), still being retried: temporary.",
    failed_recipient="bertolini.mauro@libero.it", permanent=False)

# --- IT 3: PEC non-delivery receipt ---------------------------------------------------------------------------------
subj_pec = "Diffida di pagamento e costituzione in mora – fattura n. 52/2026"
t = """Ricevuta di mancata consegna

Il giorno 09/12/2026 alle ore 10:15:22 (+0100) nel messaggio
"%s" proveniente da "chiara.esposito@pec.it"
ed indirizzato a "amministrazione@pec.edilrivacorna.it"
è stato rilevato un errore 5.1.1 - InfoCert S.p.A. - indirizzo non valido.

Il messaggio non è stato consegnato.
Identificativo messaggio: opec210312.20261209101522.09412.844.1.66@pec.it
""" % subj_pec
xml = """<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest">
  <intestazione>
    <mittente>chiara.esposito@pec.it</mittente>
    <destinatari tipo="certificato">amministrazione@pec.edilrivacorna.it</destinatari>
    <risposte>chiara.esposito@pec.it</risposte>
    <oggetto>%s</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>INFOCERT SPA</gestore-emittente>
    <data zona="+0100"><giorno>09/12/2026</giorno><ora>10:15:22</ora></data>
    <identificativo>opec210312.20261209101522.09412.844.1.66@pec.it</identificativo>
    <consegna>amministrazione@pec.edilrivacorna.it</consegna>
    <errore-esteso>5.1.1 - InfoCert S.p.A. - indirizzo non valido</errore-esteso>
  </dati>
</postacert>
""" % subj_pec
h = "<html><body><p><b>Ricevuta di mancata consegna</b></p><p>" + t.split("\n", 2)[2].replace("\n", "<br>\n") + "</p></body></html>"
raw = simple(addr("Per conto di: amministrazione@pec.edilrivacorna.it", "posta-certificata@legalmail.it"),
             "chiara.esposito@pec.it", "AVVISO DI MANCATA CONSEGNA: " + subj_pec, "2026-12-09 10:15:24", "Europe/Rome",
             mid("legalmail.it", "it-b3", "long"),
             multi("signed", [multi("mixed", [multi("alternative", [leaf(t, cte="quoted-printable"),
                                                                     leaf(h, "html", cte="quoted-printable")]),
                                              leaf(data=xml.encode(), ctype="application/xml", cte="base64", filename="daticert.xml")]),
                              leaf(data=b"0\x82\x05\x1f\x06\x09*\x86H\x86\xf7\r\x01\x07\x02", ctype="application/pkcs7-signature",
                                   cte="base64", filename="smime.p7s")],
                   params=' protocol="application/pkcs7-signature"; micalg=sha-256;'),
             extra=[("X-Ricevuta", "errore-consegna"), ("X-Riferimento-Message-ID", "<opec210312.20261209101522.09412.844.1.66@pec.it>"),
                    ("X-Trasporto", "errore")])
add(raw, "bounce", "it",
    "Italian certified-mail (PEC) non-delivery receipt for a formal notice: not an RFC 3464 DSN; invalid address, the message was not delivered.",
    failed_recipient="amministrazione@pec.edilrivacorna.it", permanent=True)

# --- IT 4: Office 365 NDR in Italian --------------------------------------------------------------------------------
orig, m, s = reminder_msg("it", "chiara", "ufficio.acquisti@ceramichesassuolo.it", "Ceramiche Sassuolo Riunite S.p.A.",
                          "3/2027", "762,50 €", "31/01/2027", "2027-02-02 09:00:00", headers_only=True)
h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif;font-size:14px">
<p style="font-size:16px;color:#c00000"><b>Il recapito ai seguenti destinatari o gruppi non è riuscito:</b></p>
<p><a href="mailto:ufficio.acquisti@ceramichesassuolo.it">ufficio.acquisti@ceramichesassuolo.it</a><br>
Il messaggio non può essere recapitato perché il destinatario non è autorizzato a riceverlo da mittenti esterni all'organizzazione. Contattare l'amministratore di posta elettronica del destinatario.</p>
<hr>
<p style="font-size:12px;color:#666">Informazioni diagnostiche per gli amministratori:</p>
<pre style="font-size:11px">Server di generazione: DB8PR09MB3124.eurprd09.prod.outlook.com

ufficio.acquisti@ceramichesassuolo.it
Remote server returned '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group'
</pre></div></body></html>
"""
raw = simple(addr("Microsoft Outlook", "postmaster@ceramichesassuolo.onmicrosoft.com"), "chiara@espositotraduzioni.it",
             "Recapito non riuscito: " + s, "2027-02-02 09:00:09", "Europe/Rome",
             mid("DB8PR09MB3124.eurprd09.prod.outlook.com", "it-b4", "outlook"),
             report([multi("alternative", [leaf("Il recapito ai seguenti destinatari o gruppi non è riuscito:\n\n"
                                                 "ufficio.acquisti@ceramichesassuolo.it\nIl messaggio non può essere recapitato "
                                                 "perché il destinatario non è autorizzato a riceverlo da mittenti esterni "
                                                 "all'organizzazione.\n", cte="quoted-printable"),
                                            leaf(h, "html", cte="quoted-printable")]),
                     ds_part("DB8PR09MB3124.eurprd09.prod.outlook.com", date("2027-02-02 09:00:05", "Europe/Rome"),
                             [dict(rcpt="ufficio.acquisti@ceramichesassuolo.it", action="failed", status="5.7.133",
                                   remote="DB8PR09MB3124.eurprd09.prod.outlook.com",
                                   diag="550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required")]),
                     rfc822(orig, ctype="text/rfc822-headers")]),
             extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", ""),
                    ("Content-Language", "it-IT")])
add(raw, "bounce", "it",
    "Exchange Online NDR in Italian: distribution group refuses external senders (5.7.133); permanent for this message.",
    failed_recipient="ufficio.acquisti@ceramichesassuolo.it", permanent=True)

# --- ES 1: Gmail, Spanish UI, address not found -------------------------------------------------------------------------
orig, m, s = reminder_msg("es", "lucia", "pagos.reformasalcarria@gmail.com", "Reformas Alcarria SL",
                          "2026-058", "968,00 €", "20/12/2026", "2026-12-28 10:00:00")
t = """
** No se ha encontrado la dirección **

Tu mensaje no se ha entregado a pagos.reformasalcarria@gmail.com porque no se ha encontrado la dirección o no puede recibir correo.

Más información: https://support.google.com/mail/?p=NoSuchUser

La respuesta del servidor remoto fue:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-7c0e2a1b93fsi11052477a12.211 - gsmtp
"""
raw = simple(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "lucia@martinestudio.es",
             "Delivery Status Notification (Failure)", "2026-12-28 10:00:03", "Europe/Madrid",
             mid("mx.google.com", "es-b1", "long"),
             report([multi("alternative", [leaf(t, cte="quoted-printable"),
                                            leaf("<html><body>" + t.replace("\n", "<br>\n") + "</body></html>", "html",
                                                 cte="quoted-printable")]),
                     ds_part("mx.google.com", date("2026-12-28 10:00:01", "Europe/Madrid"),
                             [dict(rcpt="pagos.reformasalcarria@gmail.com", action="failed", status="5.1.1",
                                   remote="gmail-smtp-in.l.google.com",
                                   diag="550-5.1.1 The email account that you tried to reach does not exist.",
                                   last=date("2026-12-28 10:00:03", "Europe/Madrid"))]),
                     rfc822(orig)]),
             extra=[("Auto-Submitted", "auto-replied")])
add(raw, "bounce", "es", "Gmail DSN with the Spanish UI text ('No se ha encontrado la dirección'); 5.1.1.",
    failed_recipient="pagos.reformasalcarria@gmail.com", permanent=True)

# --- ES 2: Office 365 NDR in Spanish --------------------------------------------------------------------------------------
orig, m, s = reminder_msg("es", "jordi", "j.roca@gestoriallobregat.com", "Gestoría Llobregat SCP",
                          "F2026-038", "726,00 €", "15/12/2026", "2026-12-17 09:00:00", headers_only=True)
h = """<html><body><div style="font-family:'Segoe UI',Arial,sans-serif">
<p style="color:#c00000;font-size:16px"><b>No se pudo entregar el mensaje a estos destinatarios o grupos:</b></p>
<p><a href="mailto:j.roca@gestoriallobregat.com">j.roca@gestoriallobregat.com</a><br>
La dirección de correo electrónico que ha escrito no se encuentra. Compruebe la dirección de correo electrónico del destinatario e intente volver a enviar el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.</p>
<hr><p style="font-size:12px">Información de diagnóstico para administradores:</p>
<pre>Servidor de generación: AM9PR02MB7781.eurprd02.prod.outlook.com

j.roca@gestoriallobregat.com
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</pre>
</div></body></html>
"""
raw = simple(addr("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gestoriallobregat.com"),
             "jordi@puigtraduccions.cat", "No se puede entregar: " + s, "2026-12-17 09:00:06", "Europe/Madrid",
             mid("AM9PR02MB7781.eurprd02.prod.outlook.com", "es-b2", "outlook"),
             report([leaf(h, "html", cte="quoted-printable"),
                     ds_part("AM9PR02MB7781.eurprd02.prod.outlook.com", date("2026-12-17 09:00:03", "Europe/Madrid"),
                             [dict(rcpt="j.roca@gestoriallobregat.com", action="failed", status="5.1.10",
                                   diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]),
                     rfc822(orig, ctype="text/rfc822-headers")]),
             extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied"), ("Content-Language", "es-ES")])
add(raw, "bounce", "es", "Exchange Online NDR in Spanish, HTML-only notification; 5.1.10 recipient not found.",
    failed_recipient="j.roca@gestoriallobregat.com", permanent=True)

# --- ES 3: Exim delay warning in Spanish (temporary) ------------------------------------------------------------------------
orig, m, s = reminder_msg("es", "nayra", "info@surfescuelafamara.com", "Surf Escuela Famara",
                          "NS-2026-024", "214,00 €", "31/12/2026", "2027-01-11 09:00:00", headers_only=True)
t = """Este mensaje ha sido generado automáticamente por el software de entrega de correo.

Un mensaje que usted envió aún no se ha podido entregar a uno o más
destinatarios después de más de 24 horas en la cola de correo de
smtp.nayrailustra.com.

El mensaje identificado como:

  Subject: %s
  Message-ID: %s

tiene las siguientes direcciones pendientes:

  info@surfescuelafamara.com
    host mail.surfescuelafamara.com [81.45.112.9]: Connection timed out

No es necesario que haga nada. El sistema seguirá intentando la entrega
hasta 4 días después del envío. Si para entonces no se ha podido entregar,
recibirá un aviso de error definitivo.
""" % (s, m)
raw = simple(addr("Sistema de entrega de correo", "Mailer-Daemon@smtp.nayrailustra.com"), "nayra@nayrailustra.com",
             "Aviso: mensaje retrasado 24 horas", "2027-01-12 09:04:11", "Atlantic/Canary",
             mid("smtp.nayrailustra.com", "es-b3"),
             report([leaf(t, cte="quoted-printable"),
                     ds_part("smtp.nayrailustra.com", date("2027-01-11 09:00:01", "Atlantic/Canary"),
                             [dict(rcpt="info@surfescuelafamara.com", action="delayed", status="4.0.0",
                                   remote="mail.surfescuelafamara.com",
                                   diag="retry timeout not reached; connection timed out",
                                   until=date("2027-01-15 09:00:01", "Atlantic/Canary"))]),
                     rfc822(orig, ctype="text/rfc822-headers")]),
             extra=[("X-Failed-Recipients", "info@surfescuelafamara.com"), ("Auto-Submitted", "auto-replied")])
add(raw, "bounce", "es", "Exim delay warning (translated): 24 h in the queue, still retrying for up to 4 days: temporary.",
    failed_recipient="info@surfescuelafamara.com", permanent=False)

# --- ES 4: Postfix with Spanish text, mailbox disabled -------------------------------------------------------------------------
orig, m, s = reminder_msg("es", "lucia", "contabilidad@academiaalma.es", "Academia de Baile Alma",
                          "2026-055", "180,00 €", "15/12/2026", "2026-12-18 09:00:00")
t = """Este es el sistema de correo del servidor smtp.martinestudio.es.

Lamentamos informarle de que su mensaje no ha podido ser entregado a uno
o más destinatarios. Se adjunta el mensaje original.

Si necesita ayuda, envíe este mensaje a su administrador de correo.

                   El sistema de correo

<contabilidad@academiaalma.es>: host mx.academiaalma.es[217.76.128.41]
    said: 550 5.2.1 <contabilidad@academiaalma.es>: Mailbox disabled, cuenta
    desactivada por el administrador (in reply to RCPT TO command)
"""
raw = simple(addr("Mail Delivery System", "MAILER-DAEMON@smtp.martinestudio.es"), "lucia@martinestudio.es",
             "Error de entrega: mensaje devuelto al remitente", "2026-12-18 09:00:05", "Europe/Madrid",
             mid("smtp.martinestudio.es", "es-b4"),
             report([leaf(t, charset="iso-8859-1", cte="quoted-printable", extra=[("Content-Description", "Notification")]),
                     ds_part("smtp.martinestudio.es", date("2026-12-18 09:00:02", "Europe/Madrid"),
                             [dict(rcpt="contabilidad@academiaalma.es", action="failed", status="5.2.1",
                                   remote="mx.academiaalma.es",
                                   diag="550 5.2.1 <contabilidad@academiaalma.es>: Mailbox disabled, cuenta desactivada por el administrador")],
                             envid="4Ym3Tq1Hf9z2Pw6"),
                     rfc822(orig, desc="Undelivered Message")]))
add(raw, "bounce", "es", "Postfix DSN in Spanish; 5.2.1 mailbox disabled.",
    failed_recipient="contabilidad@academiaalma.es", permanent=True)

# --- EN 1: stock Postfix --------------------------------------------------------------------------------------------------
orig, m, s = reminder_msg("en", "tom", "finance@balticfreight.ee", "Baltic Freight OU",
                          "INV-2026-071", "€1,640.00", "15 December 2026", "2026-12-16 09:00:00")
t = """This is the mail system at host mail.byrnedesign.ie.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<finance@balticfreight.ee>: host aspmx.l.google.com[142.250.153.27] said:
    550-5.1.1 The email account that you tried to reach does not exist. Please
    try 550-5.1.1 double-checking the recipient's email address for typos or
    550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1
    https://support.google.com/mail/?p=NoSuchUser a640c23a62f3a-ab7c1e2f0d1si
    - gsmtp (in reply to RCPT TO command)
"""
raw = simple(addr("Mail Delivery System", "MAILER-DAEMON@mail.byrnedesign.ie"), "tom@byrnedesign.ie",
             "Undelivered Mail Returned to Sender", "2026-12-16 09:00:03", "Europe/Dublin",
             mid("mail.byrnedesign.ie", "en-b1"),
             report([leaf(t, "plain", "us-ascii", "7bit", extra=[("Content-Description", "Notification")]),
                     ds_part("mail.byrnedesign.ie", date("2026-12-16 09:00:01", "Europe/Dublin"),
                             [dict(rcpt="finance@balticfreight.ee", action="failed", status="5.1.1",
                                   remote="aspmx.l.google.com",
                                   diag="550-5.1.1 The email account that you tried to reach does not exist.")],
                             envid="4YJ0lz3kXqz7Bf1"),
                     rfc822(orig, desc="Undelivered Message")]))
add(raw, "bounce", "en", "Stock Postfix bounce; 5.1.1 from Google's MX.",
    failed_recipient="finance@balticfreight.ee", permanent=True)

# --- EN 2: qmail failure notice, no DSN structure -------------------------------------------------------------------------------
orig, m, s = reminder_msg("en", "priya", "invoices@westbridge.gov.uk", "Westbridge District Council",
                          "PS-126", "£450.00", "10 February 2027", "2027-02-12 09:00:00")
t = """Hi. This is the qmail-send program at mx2.westbridge.gov.uk.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<invoices@westbridge.gov.uk>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + orig.decode("ascii")
raw = simple(addr("", "MAILER-DAEMON@mx2.westbridge.gov.uk"), "priya@shahcopy.co.uk", "failure notice",
             "2027-02-12 09:00:11", "Europe/London", mid("mx2.westbridge.gov.uk", "en-b2"),
             leaf(t, "plain", "us-ascii", "7bit"), )
add(raw, "bounce", "en", "qmail plain-text failure notice with the original inline (no multipart/report); permanent.",
    failed_recipient="invoices@westbridge.gov.uk", permanent=True)

# --- EN 3: Gmail delay (temporary) ------------------------------------------------------------------------------------------------
orig, m, s = reminder_msg("en", "dana", "ap@northpeakcycles.com", "Northpeak Cycles Inc.",
                          "DW-1050", "$2,250.00", "January 15, 2027", "2027-01-19 09:00:00", headers_only=True)
t = """
** Message not delivered yet **

There was a temporary problem delivering your message to ap@northpeakcycles.com. Gmail will retry for 45 more hours. You'll be notified if the delivery fails permanently.

The response was:
421 4.7.0 [TSS04] Messages from 209.85.128.41 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes
"""
raw = simple(addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), "dana@whitfieldux.com",
             "Delivery Status Notification (Delay)", "2027-01-19 12:14:40", "America/New_York",
             mid("mx.google.com", "en-b3", "long"),
             report([multi("alternative", [leaf(t, cte="quoted-printable"),
                                            leaf("<html><body>" + t.replace("\n", "<br>\n") + "</body></html>", "html",
                                                 cte="quoted-printable")]),
                     ds_part("mx.google.com", date("2027-01-19 09:00:02", "America/New_York"),
                             [dict(rcpt="ap@northpeakcycles.com", action="delayed", status="4.7.0",
                                   remote="mta7.am0.yahoodns.net",
                                   diag="421 4.7.0 [TSS04] Messages temporarily deferred due to unexpected volume or user complaints",
                                   last=date("2027-01-19 12:14:40", "America/New_York"),
                                   until=date("2027-01-21 09:00:02", "America/New_York"))]),
                     rfc822(orig, ctype="text/rfc822-headers")]),
             extra=[("Auto-Submitted", "auto-replied")])
add(raw, "bounce", "en", "Gmail delay DSN: 421 deferral, retrying for 45 more hours: temporary.",
    failed_recipient="ap@northpeakcycles.com", permanent=False)

# --- EN 4: Office 365 NDR in English -----------------------------------------------------------------------------------------------
orig, m, s = reminder_msg("en", "tom", "declan.moran@northwindhealth.ie", "Northwind Health Ltd",
                          "INV-2027-004", "€3,600.00", "6 February 2027", "2027-02-09 09:00:00", headers_only=True)
h = """<html><body><div style="font-family:'Segoe UI',Arial,sans-serif;font-size:14px">
<p style="color:#c00000;font-size:16px"><b>Your message to declan.moran@northwindhealth.ie couldn't be delivered.</b></p>
<p><b>declan.moran</b> wasn't found at northwindhealth.ie.</p>
<table style="font-size:13px"><tr><td>tom</td><td>Office 365</td><td><b>declan.moran</b></td></tr>
<tr><td>Sender</td><td></td><td style="color:#c00000">Action Required: Recipient</td></tr></table>
<p><b>How to Fix It</b><br>The address may be misspelled or may not exist. Try one or more of the following: retype the recipient's address, then resend the message; if you're sure the address is correct, contact the recipient by some other means.</p>
<hr><p style="font-size:12px">Diagnostic information for administrators:</p>
<pre style="font-size:11px">Generating server: DB6PR03MB2871.eurprd03.prod.outlook.com
declan.moran@northwindhealth.ie
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient declan.moran@northwindhealth.ie not found by SMTP address lookup'</pre>
</div></body></html>
"""
raw = simple(addr("Microsoft Outlook", "postmaster@northwindhealth.onmicrosoft.com"), "tom@byrnedesign.ie",
             "Undeliverable: " + s, "2027-02-09 09:00:07", "Europe/Dublin",
             mid("DB6PR03MB2871.eurprd03.prod.outlook.com", "en-b4", "outlook"),
             report([multi("alternative", [leaf("Your message to declan.moran@northwindhealth.ie couldn't be delivered.\n\n"
                                                 "declan.moran wasn't found at northwindhealth.ie.\n", "plain", "us-ascii", "7bit"),
                                            leaf(h, "html", cte="quoted-printable")]),
                     ds_part("DB6PR03MB2871.eurprd03.prod.outlook.com", date("2027-02-09 09:00:04", "Europe/Dublin"),
                             [dict(rcpt="declan.moran@northwindhealth.ie", action="failed", status="5.1.10",
                                   diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup")]),
                     rfc822(orig, ctype="text/rfc822-headers")]),
             extra=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")])
add(raw, "bounce", "en", "Exchange Online NDR; 5.1.10 recipient not found.",
    failed_recipient="declan.moran@northwindhealth.ie", permanent=True)

# --- EN 5: Sendmail 4-hour warning (temporary) -------------------------------------------------------------------------------------
orig, m, s = reminder_msg("en", "priya", "accounts@orchardandvine.co.uk", "Orchard & Vine Ltd",
                          "PS-127", "£385.00", "20 February 2027", "2027-02-23 09:00:00", headers_only=True)
t = """    **********************************************
    **      THIS IS A WARNING MESSAGE ONLY      **
    **  YOU DO NOT NEED TO RESEND YOUR MESSAGE  **
    **********************************************

The original message was received at Tue, 23 Feb 2027 09:00:02 GMT
from host86-132-44-10.range86-132.btcentralplus.com [86.132.44.10]

   ----- Transcript of session follows -----
<accounts@orchardandvine.co.uk>... Deferred: Connection timed out with mail.orchardandvine.co.uk.
Warning: message still undelivered after 4 hours
Will keep trying until message is 5 days old
"""
raw = simple(addr("Mail Delivery Subsystem", "MAILER-DAEMON@mail.shahcopy.co.uk"), "priya@shahcopy.co.uk",
             "Warning: could not send message for past 4 hours", "2027-02-23 13:05:19", "Europe/London",
             mid("mail.shahcopy.co.uk", "en-b5"),
             report([leaf(t, "plain", "us-ascii", "7bit"),
                     ds_part("mail.shahcopy.co.uk", "Tue, 23 Feb 2027 09:00:02 +0000",
                             [dict(rcpt="accounts@orchardandvine.co.uk", orig="accounts@orchardandvine.co.uk",
                                   action="delayed", status="4.4.1", remote="mail.orchardandvine.co.uk",
                                   diag="451 4.4.1 reply: read error from mail.orchardandvine.co.uk.",
                                   last="Tue, 23 Feb 2027 13:05:19 +0000",
                                   until="Sun, 28 Feb 2027 09:00:02 +0000")]),
                     rfc822(orig, ctype="text/rfc822-headers")]))
add(raw, "bounce", "en", "Sendmail 'warning message only' after 4 hours; will keep trying: temporary.",
    failed_recipient="accounts@orchardandvine.co.uk", permanent=False)
# ============================================================================================
# write files, labels, sanity check
# ============================================================================================
def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    rnd = random.Random(1515)
    items = list(ITEMS)
    rnd.shuffle(items)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# Round 15, machine mail: labels for r15m-*.eml (generated by make.py)", ""]
    for i, (raw, lab) in enumerate(items, 1):
        name = "%s-%04d.eml" % (PREFIX, i)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        out.append('[files."%s"]' % name)
        for k in ("kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
                  "failed_recipient", "permanent", "note"):
            if k in lab:
                v = lab[k]
                out.append("%s = %s" % (k, ("true" if v else "false") if isinstance(v, bool) else toml_str(v)))
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check(len(items))


def check(n):
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    assert len(labels) == n, (len(labels), n)
    kinds, langs = Counter(), Counter()
    for name, lab in sorted(labels.items()):
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for hname in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[hname], (name, hname)
        assert msg["Date"].datetime is not None, name
        # every text part must decode
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        d = msg["Date"].datetime.date().isoformat()
        assert "2026-11-01" <= d <= "2027-02-28", (name, d)
        kinds[lab["kind"]] += 1
        langs[lab["language"]] += 1
    print("%d messages OK" % n)
    print("kinds:", dict(kinds))
    print("languages:", dict(langs))


if __name__ == "__main__":
    main()
