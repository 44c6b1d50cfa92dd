#!/usr/bin/env python3
"""Generate the round13-machine test messages (machine mail: payment notices, look-alikes,
auto-replies, bounces) and labels.toml.  Python 3.11, stdlib only.  Run: python3 make.py"""
import base64
import datetime as _dt
import email
import email.header
import email.policy
import email.utils
import hashlib
import json
import os
import quopri
import random
import zoneinfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r13m"
MESSAGES = []  # (key, builder) ; builder returns (bytes, labels)

# ---------------------------------------------------------------- people ----
ALE = ("Alessandra Rossi", "alessandra@example.it")        # 14/2026
DAV = ("Davide Greco", "davide@grecofoto.it")              # 2026/45
LUC = ("Lucía Martín", "lucia@martinestudio.es")           # 2026-041
JOR = ("Jordi Puig", "jordi@puigtraduccions.cat")          # F26/118
NAY = ("Nayra Hernández", "nayra@nayradiseno.com")         # A-2026-31
TOM = ("Tom Byrne", "tom@byrnedesign.ie")                  # INV-2026-031
PRI = ("Priya Shah", "priya@shahcopy.co.uk")               # PS-0142
DAN = ("Dana Kowalski", "dana@kowalskidev.com")            # DK-1047


# ---------------------------------------------------------------- helpers ---
def addr(name, mail=None):
    if mail is None:
        name, mail = name
    if not name:
        return mail
    return email.utils.formataddr((name, mail), charset="utf-8")


def date(y, m, d, hh, mm, tz, ss=None):
    if ss is None:
        ss = (d * 7 + hh * 3 + mm) % 60
    t = _dt.datetime(y, m, d, hh, mm, ss, tzinfo=zoneinfo.ZoneInfo(tz))
    return email.utils.format_datetime(t)


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def hval(name, value):
    """Encode a header value if it is not pure ASCII (address headers must be pre-encoded)."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return email.header.Header(value, "utf-8", header_name=name).encode()


class Leaf:
    def __init__(self, ctype, body, charset=None, cte="7bit", filename=None,
                 disposition=None, codec=None, headers=(), params=""):
        self.ctype, self.body, self.charset, self.cte = ctype, body, charset, cte
        self.filename, self.disposition, self.codec = filename, disposition, codec
        self.headers, self.params = list(headers), params

    def payload(self):
        raw = self.body
        if isinstance(raw, str):
            raw = raw.encode(self.codec or self.charset or "ascii")
        if self.cte == "base64":
            return base64.encodebytes(raw)
        if self.cte == "quoted-printable":
            return quopri.encodestring(raw)
        return raw

    def render(self):
        ct = self.ctype
        if self.charset:
            ct += f'; charset="{self.charset}"'
        if self.filename and self.ctype.split("/")[0] in ("application", "image"):
            ct += f'; name="{self.filename}"'
        ct += self.params
        out = [f"Content-Type: {ct}"]
        if self.cte:
            out.append(f"Content-Transfer-Encoding: {self.cte}")
        if self.disposition:
            d = self.disposition
            if self.filename:
                d += f'; filename="{self.filename}"'
            out.append(f"Content-Disposition: {d}")
        out += self.headers
        body = self.payload()
        if not body.endswith(b"\n"):
            body += b"\n"
        return ("\n".join(out) + "\n\n").encode("ascii") + body


_bcount = [0]


class Multi:
    def __init__(self, subtype, parts, params="", headers=(), preamble=True):
        self.subtype, self.parts, self.params = subtype, parts, params
        self.headers, self.preamble = list(headers), preamble

    def render(self):
        _bcount[0] += 1
        b = "----=_Part_%d_%s" % (_bcount[0], hashlib.md5(str(_bcount[0]).encode()).hexdigest()[:16])
        out = [f'Content-Type: multipart/{self.subtype}; boundary="{b}"{self.params}'] + self.headers
        res = ("\n".join(out) + "\n\n").encode()
        if self.preamble:
            res += b"This is a multi-part message in MIME format.\n\n"
        for p in self.parts:
            res += f"--{b}\n".encode() + p.render() + b"\n"
        res += f"--{b}--\n".encode()
        return res


def build(headers, part):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        if k in ("From", "To", "Cc", "Reply-To", "Sender"):
            lines.append(f"{k}: {v}")
        else:
            lines.append(f"{k}: {hval(k, v)}")
    lines.append("MIME-Version: 1.0")
    return ("\n".join(lines) + "\n").encode("ascii") + part.render()


def text(body, charset="utf-8", cte="quoted-printable", codec=None, **kw):
    return Leaf("text/plain", body, charset=charset, cte=cte, codec=codec, **kw)


def html(body, charset="utf-8", cte="quoted-printable", codec=None, **kw):
    return Leaf("text/html", body, charset=charset, cte=cte, codec=codec, **kw)


def alt(plain, htm, **kw):
    return Multi("alternative", [plain, htm], **kw)


def pdf(name, label="receipt"):
    fake = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
            b"% " + label.encode() + b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return Leaf("application/pdf", fake, cte="base64", filename=name, disposition="attachment")


def png(name):
    fake = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    return Leaf("image/png", fake, cte="base64", filename=name, disposition="inline",
                headers=[f"Content-ID: <{name}@img>"])


def page(brand, color, inner, foot="", lang="it"):
    """A transactional HTML skeleton (logo bar, card, footer)."""
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{brand}</title></head>
<body style="margin:0;padding:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif;color:#1f2937">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f3f4f6"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px">
<tr><td style="background:{color};padding:18px 24px;color:#ffffff;font-size:20px;font-weight:bold">{brand}</td></tr>
<tr><td style="background:#ffffff;padding:24px;font-size:15px;line-height:1.5">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#6b7280;line-height:1.4">{foot}</td></tr>
</table></td></tr></table>
</body></html>
"""


def rows(pairs, tdstyle="padding:6px 0;border-bottom:1px solid #e5e7eb"):
    out = ['<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:12px 0">']
    for k, v in pairs:
        out.append(f'<tr><td style="{tdstyle};color:#6b7280;width:45%">{k}</td>'
                   f'<td style="{tdstyle};font-weight:bold;text-align:right">{v}</td></tr>')
    out.append("</table>")
    return "\n".join(out)


# -------------------------------------------------- quoted originals --------
def reminder_it(salut, num, amount, due, owner, iban, causale):
    return f"""{salut}

da un controllo la fattura n. {num} di {amount}, scaduta il {due}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.

Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.

Per il pagamento:
- beneficiario: {owner}
- IBAN: {iban}
- causale: {causale}

Cordiali saluti,
{owner}
"""


def courtesy_it(salut, num, amount, issued, due, owner):
    return f"""{salut}

un breve promemoria: la fattura n. {num} di {amount}, emessa il {issued}, è in scadenza il {due}.

Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.

Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.

Per qualsiasi domanda basta rispondere a questa email.

Cordiali saluti,
{owner}
"""


def reminder_es(salut, num, amount, due, owner, iban, concepto):
    return f"""{salut}

Revisando mis cuentas, veo que la factura n.º {num} de {amount}, vencida el {due}, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.

Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.

Datos para el pago:
- beneficiario: {owner}
- IBAN: {iban}
- concepto: {concepto}

Un cordial saludo,
{owner}
"""


def courtesy_es(salut, num, amount, issued, due, owner):
    return f"""{salut}

Un breve recordatorio: la factura n.º {num} de {amount}, emitida el {issued}, vence el {due}.

Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.

Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.

Para cualquier duda, basta con responder a este correo.

Un cordial saludo,
{owner}
"""


def reminder_en(salut, num, amount, due, owner, iban=None, bic=None, ref=None):
    pay = ("The payment details are on the invoice, in my original email in this thread." if not iban else
           f"Payment details:\n- Account name: {owner}\n- IBAN: {iban}\n- BIC (SWIFT): {bic}\n- Payment reference: {ref}")
    return f"""{salut}

According to my records, invoice {num} for {amount}, due on {due}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.

If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.

{pay}

Kind regards,
{owner}
"""


def due_en(salut, num, amount, due, owner):
    return f"""{salut}

This is a quick reminder that invoice {num} for {amount} is due for payment today, {due}.

If you have already paid, thank you, and please disregard this reminder.

The payment details are on the invoice, in my original email in this thread.

If you have any questions, just reply to this email.

Kind regards,
{owner}
"""


def quote(t, mark="> "):
    return "\n".join((mark + l) if l else mark.rstrip() for l in t.rstrip("\n").split("\n"))


def original(frm, to, subject, dt, msgid, body, irt=None, charset="utf-8"):
    """A reminder as mailduns would have sent it (for bounces' message/rfc822 parts)."""
    h = [("Date", dt), ("From", addr(frm)), ("To", to), ("Subject", subject), ("Message-ID", msgid)]
    if irt:
        h += [("In-Reply-To", irt), ("References", irt)]
    h += [("X-Mailer", "mailduns")]
    return build(h, text(body, charset=charset, cte="quoted-printable"))


def headers_of(raw):
    return raw.split(b"\n\n", 1)[0] + b"\n"


def reg(kind, lang, **labels):
    def deco(fn):
        MESSAGES.append((fn, dict(kind=kind, language=lang, split="dev", **labels)))
        return fn
    return deco

# =============================================================================
# PAYMENT NOTIFICATIONS — Italian
# =============================================================================

@reg("payment-notification", "it", amount="1830.00", reference="14/2026",
     note="Plain-text bank alert of an incoming SEPA transfer; causale 'SALDO FT 14/2026 DEL 02/10/2026' in capitals.")
def p_it_lario():
    body = """Gentile Cliente,

la informiamo che in data 09/11/2026 e' stato accreditato sul suo conto corrente
n. 000012345678 il seguente bonifico:

  Tipo operazione ..... BONIFICO SEPA IN ENTRATA
  Ordinante ........... TERMOIDRAULICA BRAMBILLA SNC
  Banca ordinante ..... BCC DI CANTU'
  Importo ............. EUR 1.830,00
  Data valuta ......... 09/11/2026
  Causale ............. SALDO FT 14/2026 DEL 02/10/2026 ROSSI ALESSANDRA
  CRO/TRN ............. 0306912345678901482030012345IT

Il saldo contabile aggiornato e' consultabile accedendo a Lario Online.

Questo messaggio e' generato automaticamente, la preghiamo di non rispondere.
Per assistenza: Numero Verde 800 123 456 (lun-ven 8.30-18.30).

Banca Popolare del Lario S.C.p.A. - Sede legale Via Volta 12, 22100 Como
Iscritta all'Albo delle Banche al n. 5678 - Aderente al Fondo Interbancario di Tutela dei Depositi
"""
    return [("Return-Path", "<bounce@avvisi.bplario.it>"),
            ("Date", date(2026, 11, 9, 14, 22, "Europe/Rome")),
            ("From", addr("Banca Popolare del Lario", "avvisi@bplario.it")),
            ("To", addr(ALE)),
            ("Subject", "Avviso di accredito bonifico"),
            ("Message-ID", mid("p_it_lario", "avvisi.bplario.it"))], \
        text(body, charset="us-ascii", cte="7bit")


@reg("payment-notification", "it", amount="2440.00", reference="19/2026",
     note="HTML-only bank mail; the amount is only in a table cell ('+ 2.440,00 €'), causale 'Fattura n.19-2026 Rossi' written with a dash.")
def p_it_html_table():
    inner = """<p style="font-size:18px;margin:0 0 8px 0">Hai ricevuto un bonifico</p>
<p>Ciao Alessandra, sul tuo conto è appena arrivato un bonifico. Ecco i dettagli:</p>
""" + rows([("Importo", '<span style="color:#047857">+ 2.440,00&nbsp;&euro;</span>'),
            ("Da", "OFFICINE GRAFICHE MAZZOLENI SRL"),
            ("Causale", "Fattura n.19-2026 Rossi"),
            ("Data accredito", "17 novembre 2026"),
            ("Conto", "IT** **** **** **** **** **** 4471")]) + """
<p style="margin-top:16px"><a href="https://app.banca-aurora.example/movimenti" style="background:#0b5cab;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Vedi il movimento</a></p>
<p style="color:#6b7280;font-size:13px">Se non riconosci questa operazione contattaci subito dall'app, sezione Assistenza.</p>"""
    foot = ("Banca Aurora Digitale S.p.A. &middot; P.IVA 01234560987 &middot; Questa è una comunicazione di servizio, "
            "non è possibile disattivarla. Non rispondere a questa email.")
    return [("Date", date(2026, 11, 17, 8, 3, "Europe/Rome")),
            ("From", addr("Banca Aurora", "notifiche@banca-aurora.example")),
            ("To", "alessandra@example.it"),
            ("Subject", "💶 Hai ricevuto un bonifico"),
            ("Message-ID", mid("p_it_html_table", "mail.banca-aurora.example")),
            ("X-Mailer", "Aurora Notify 3.2")], \
        html(page("Banca Aurora", "#0b5cab", inner, foot))


@reg("payment-notification", "it", amount="85.00", reference="22/2026",
     note="Satispay Business: private person pays with a message 'ft 22/2026 grazie!'; short mail with emoji in subject.")
def p_it_satispay():
    plain = """Hai ricevuto 85,00 €

Matteo B. ti ha inviato 85,00 € con il messaggio:
"ft 22/2026 grazie!"

Data: 24 novembre 2026, 19:41
Codice transazione: 8f3c1a22-54be-4d0e-9a7d-0c1e8e7f4b10

I soldi sono già disponibili nel tuo saldo Satispay Business e verranno trasferiti sul conto
collegato con il prossimo accredito.

Satispay Europe S.A.
"""
    inner = """<p style="font-size:28px;font-weight:bold;margin:0">+85,00 €</p>
<p><b>Matteo B.</b> ti ha inviato 85,00 € con il messaggio:</p>
<p style="background:#fff4f2;padding:10px;border-radius:6px">“ft 22/2026 grazie!”</p>
<p style="color:#6b7280;font-size:13px">24 novembre 2026, 19:41 &middot; Codice transazione 8f3c1a22-54be-4d0e-9a7d-0c1e8e7f4b10</p>
<p>I soldi sono già disponibili nel tuo saldo Satispay Business e verranno trasferiti sul conto collegato con il prossimo accredito.</p>"""
    return [("Date", date(2026, 11, 24, 19, 41, "Europe/Rome")),
            ("From", addr("Satispay Business", "no-reply@business.satispay.com")),
            ("To", addr(ALE)),
            ("Subject", "Hai ricevuto 85,00 € da Matteo B. 🎉"),
            ("Message-ID", mid("p_it_satispay", "business.satispay.com"))], \
        alt(text(plain), html(page("satispay", "#ef373e", inner, "Satispay Europe S.A. – 1, rue du Fort Rheinsheim, L-2419 Luxembourg")))


@reg("payment-notification", "it", amount="610.00", reference="2026/45",
     note="Qonto-style notice in Italian to Davide (numbering 2026/45); causale 'PAGAMENTO VS. FATTURA 2026/45'.")
def p_it_qonto():
    plain = """Bonifico ricevuto

Ciao Davide,

hai ricevuto un bonifico di 610,00 € sul conto principale di GRECO DAVIDE FOTOGRAFIA.

Mittente: STUDIO LEGALE BIANCHI E ASSOCIATI
Causale: PAGAMENTO VS. FATTURA 2026/45
Data: 26/11/2026

Ricordati di allegare la fattura alla transazione per semplificare il lavoro del tuo commercialista.

Vedi transazione: https://app.qonto.com/transactions

Il team Qonto
"""
    inner = """<p style="font-size:20px;font-weight:bold">Bonifico ricevuto</p>
<p>Ciao Davide,</p>
<p>hai ricevuto un bonifico di <b>610,00&nbsp;€</b> sul conto principale di GRECO DAVIDE FOTOGRAFIA.</p>
""" + rows([("Mittente", "STUDIO LEGALE BIANCHI E ASSOCIATI"), ("Causale", "PAGAMENTO VS. FATTURA 2026/45"),
            ("Data", "26/11/2026")]) + """
<p>Ricordati di allegare la fattura alla transazione per semplificare il lavoro del tuo commercialista.</p>"""
    return [("Date", date(2026, 11, 26, 10, 12, "Europe/Paris")),
            ("From", addr("Qonto", "notifications@qonto.com")),
            ("To", addr(DAV)),
            ("Subject", "Hai ricevuto 610,00 €"),
            ("Message-ID", mid("p_it_qonto", "qonto.com"))], \
        alt(text(plain), html(page("Qonto", "#1d1d1b", inner, "Olinda SAS (Qonto) – Succursale italiana")))


@reg("payment-notification", "it", amount="1220.00", reference="3/2027",
     note="Instant SEPA credit (SCT Inst) alert; causale 'fatt 3 2027' without slash; Windows-1252 bytes in an iso-8859-1 part (euro sign, curly apostrophe).")
def p_it_inst():
    body = """Gentile ALESSANDRA ROSSI,

ti confermiamo l\u2019accredito di un bonifico istantaneo sul conto ****0912.

Importo: 1.220,00 \u20ac
Ordinante: FARMACIA SAN ROCCO DR.SSA LUPI
Causale: fatt 3 2027
Data e ora: 18/01/2027 09:47

I bonifici istantanei sono disponibili sul conto entro pochi secondi dall\u2019invio.

Cordiali saluti
CrediVeneto \u2013 Servizio Clienti

Messaggio automatico, non rispondere.
"""
    return [("Date", date(2027, 1, 18, 9, 47, "Europe/Rome")),
            ("From", addr("CrediVeneto", "alert@crediveneto.example")),
            ("To", addr(ALE)),
            ("Subject", "Accredito bonifico istantaneo"),
            ("Message-ID", mid("p_it_inst", "crediveneto.example")),
            ("X-Mailer", "Microsoft Outlook 16.0")], \
        text(body, charset="iso-8859-1", codec="cp1252", cte="quoted-printable")


@reg("payment-notification", "it", amount="350.00", reference="27/2026",
     note="PayPal in Italian; the German payer's note says 'Rechnung 27/2026'.")
def p_it_paypal():
    plain = """Hans Müller ti ha inviato 350,00 € EUR

Nota di Hans Müller:
"Rechnung 27/2026 – Fotos Hochzeit, vielen Dank!"

Dettagli della transazione
Codice transazione: 4GH27815LS901383T
Data transazione: 2 dicembre 2026
Importo ricevuto: 350,00 € EUR
Commissione: -12,25 € EUR
Netto: 337,75 € EUR

Il pagamento è stato accreditato sul tuo conto PayPal.

Aiuto e contatti | Sicurezza | App
PayPal (Europe) S.à r.l. et Cie, S.C.A.
"""
    inner = """<p style="font-size:22px">Hans Müller ti ha inviato <b>350,00&nbsp;€&nbsp;EUR</b></p>
<p><b>Nota di Hans Müller:</b><br>“Rechnung 27/2026 – Fotos Hochzeit, vielen Dank!”</p>
""" + rows([("Codice transazione", "4GH27815LS901383T"), ("Data transazione", "2 dicembre 2026"),
            ("Importo ricevuto", "350,00&nbsp;€&nbsp;EUR"), ("Commissione", "-12,25&nbsp;€&nbsp;EUR"),
            ("Netto", "337,75&nbsp;€&nbsp;EUR")]) + """
<p>Il pagamento è stato accreditato sul tuo conto PayPal.</p>"""
    return [("Date", date(2026, 12, 2, 21, 5, "Europe/Rome")),
            ("From", addr("service@paypal.it", "service@paypal.it")),
            ("To", addr(DAV)),
            ("Subject", "Hai ricevuto un pagamento"),
            ("Message-ID", mid("p_it_paypal", "paypal.com"))], \
        alt(text(plain), html(page("PayPal", "#003087", inner, "Non rispondere a questa email.")))


@reg("payment-notification", "it", amount="488.00", reference="31/2026",
     note="Stripe Invoicing in Italian: 'Fattura 31/2026 pagata da Rossi Arredamenti srl'; also lists Stripe's own receipt number.")
def p_it_stripe():
    plain = """Pagamento ricevuto

Rossi Arredamenti srl ha pagato la fattura 31/2026.

Importo pagato         488,00 €
Metodo di pagamento    Visa •••• 4242
Data                   5 dic 2026
N. ricevuta            1873-9920

Il pagamento sarà incluso nel prossimo versamento sul tuo conto bancario.

Visualizza il pagamento nella Dashboard: https://dashboard.stripe.com/payments/pi_3QfT8e2eZvKYlo2C1xYb

Stripe Payments Europe, Ltd.
"""
    inner = """<p style="font-size:20px;font-weight:bold">Pagamento ricevuto</p>
<p>Rossi Arredamenti srl ha pagato la fattura <b>31/2026</b>.</p>
""" + rows([("Importo pagato", "488,00&nbsp;€"), ("Metodo di pagamento", "Visa •••• 4242"),
            ("Data", "5 dic 2026"), ("N. ricevuta", "1873-9920")])
    return [("Date", date(2026, 12, 5, 16, 30, "Europe/Rome")),
            ("From", addr("Stripe", "notifications@stripe.com")),
            ("To", "alessandra@example.it"),
            ("Subject", "Pagamento di 488,00 € da Rossi Arredamenti srl"),
            ("Message-ID", mid("p_it_stripe", "stripe.com"))], \
        alt(text(plain), html(page("stripe", "#635bff", inner, "Stripe Payments Europe, Ltd. – Dublin")))


@reg("payment-notification", "it", amount="2100.00",
     note="Terse bank credit advice, body base64-encoded; causale 'COMPETENZE OTTOBRE' names no invoice number.")
def p_it_tirrenica():
    body = """AVVISO DI ACCREDITO

Rapporto: 07601/0000/CC0045871203
Intestatario: ROSSI ALESSANDRA

Data contabile: 13/11/2026   Data valuta: 13/11/2026
Descrizione: BON.DA CASA EDITRICE LE ONDE SRL
Causale: COMPETENZE OTTOBRE
Importo accreditato: EUR 2.100,00

Banca Tirrenica S.p.A.
Il presente avviso non richiede risposta.
"""
    return [("Date", date(2026, 11, 13, 23, 58, "Europe/Rome")),
            ("From", addr("Banca Tirrenica", "noreply@bancatirrenica.example")),
            ("To", "ALESSANDRA@EXAMPLE.IT"),
            ("Subject", "Avviso di accredito"),
            ("Message-ID", mid("p_it_tirrenica", "bancatirrenica.example"))], \
        text(body, charset="utf-8", cte="base64")


@reg("payment-notification", "it", amount="732.00",
     note="Very short app-style alert ('Hai ricevuto un bonifico da ARCH. PAOLA NERI'), no causale, no reference.")
def p_it_hype():
    plain = """Hai ricevuto un bonifico da ARCH. PAOLA NERI di 732,00 €.
Lo trovi già nel saldo disponibile.

Apri l'app per vedere i dettagli.
"""
    inner = """<p style="font-size:17px">Hai ricevuto un bonifico da <b>ARCH. PAOLA NERI</b> di <b>732,00 €</b>.</p>
<p>Lo trovi già nel saldo disponibile.</p><p style="color:#6b7280">Apri l'app per vedere i dettagli.</p>"""
    return [("Date", date(2026, 12, 11, 12, 2, "Europe/Rome")),
            ("From", addr("Hype", "noreply@hype.it")),
            ("To", addr(DAV)),
            ("Subject", "È arrivato un bonifico 💸"),
            ("Message-ID", mid("p_it_hype", "hype.it"))], \
        alt(text(plain), html(page("hype", "#00c7b1", inner, "")))


@reg("payment-notification", "it", amount="1500.00", reference="9/2026",
     note="Daily account digest: one incoming transfer 'SALDO FATTURA 9/2026' between outgoing debits (POS, utility direct debit); money in is reported, so a payment notice.")
def p_it_digest():
    inner = """<p>Gentile Cliente, ecco i movimenti contabilizzati ieri, 15/12/2026, sul conto n. 4471-002318:</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d1d5db;font-size:13px">
<tr style="background:#f3f4f6"><th align="left">Data</th><th align="left">Descrizione</th><th align="right">Dare</th><th align="right">Avere</th></tr>
<tr><td>15/12/2026</td><td>PAGAMENTO POS ESSELUNGA MILANO VIALE PIAVE</td><td align="right">47,18</td><td></td></tr>
<tr><td>15/12/2026</td><td>ADDEBITO SDD A2A ENERGIA FATT. 4112098877</td><td align="right">96,40</td><td></td></tr>
<tr><td>15/12/2026</td><td>BONIFICO A VOSTRO FAVORE DA: GHEZZI LUCA GEOMETRA - SALDO FATTURA 9/2026</td><td></td><td align="right">1.500,00</td></tr>
<tr><td>15/12/2026</td><td>COMMISSIONI BONIFICO IN ENTRATA</td><td align="right">0,50</td><td></td></tr>
</table>
<p><b>Saldo contabile al 15/12/2026: 6.214,07 EUR</b></p>
<p style="font-size:12px;color:#6b7280">Puoi modificare la frequenza del riepilogo dall'area Impostazioni &gt; Notifiche.</p>"""
    return [("Date", date(2026, 12, 16, 6, 15, "Europe/Rome")),
            ("From", addr("Banca Lombarda di Credito", "estratti@blc-banca.example")),
            ("To", addr(ALE)),
            ("Subject", "Riepilogo movimenti del 15/12/2026"),
            ("Message-ID", mid("p_it_digest", "blc-banca.example"))], \
        html(page("BLC Banca", "#7a1f2b", inner, "Banca Lombarda di Credito S.p.A. – comunicazione automatica"))


@reg("payment-notification", "it", amount="1098.00", reference="33/2026",
     note="Outlook-generated bank notice in windows-1252 QP; reference written 'RIF. FATT. NR. 33 DEL 15/11/2026' (number and date, no slash).")
def p_it_win1252():
    body = """Spett.le Cliente,

Vi comunichiamo che sul conto corrente intestato a GRECO DAVIDE è pervenuto il seguente accredito:

Data operazione:       03/12/2026
Data valuta:           03/12/2026
Ordinante:             EDIL COSTRUZIONI PEZZOTTA SRL
Descrizione:           BONIFICO SEPA - RIF. FATT. NR. 33 DEL 15/11/2026 – SERVIZIO FOTOGRAFICO CANTIERE
Importo:               € 1.098,00

Distinti saluti.

Ufficio Back Office Incassi
Banca di Credito Cooperativo della Valle Seriana – Società Cooperativa

Le informazioni contenute in questo messaggio sono riservate e a uso esclusivo del destinatario.
"""
    return [("Date", date(2026, 12, 3, 11, 40, "Europe/Rome")),
            ("From", addr("BCC Valle Seriana - Back Office", "backoffice@bccvalleseriana.example")),
            ("To", addr(DAV)),
            ("Subject", "Comunicazione accredito bonifico"),
            ("Message-ID", mid("p_it_win1252", "bccvalleseriana.example")),
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdtFq2bXl0p4u3rQRkqk1w==")], \
        text(body, charset="windows-1252", cte="quoted-printable")


@reg("payment-notification", "it", amount="150.00", reference="40/2026",
     note="SumUp payment-link paid; the link title is 'Fattura 40/2026'.")
def p_it_sumup():
    plain = """Hai ricevuto un pagamento

Il tuo link di pagamento "Fattura 40/2026" è stato pagato.

Importo: 150,00 €
Pagato da: giorgia.fontana@libero.it
Metodo: Mastercard •••• 0381
Data: 14/12/2026 18:22
ID transazione: TDKW7M4N2Q

L'importo sarà versato sul tuo conto secondo la tua frequenza di accredito.

Il team SumUp
"""
    return [("Date", date(2026, 12, 14, 18, 23, "Europe/Rome")),
            ("From", addr("SumUp", "noreply@sumup.com")),
            ("To", addr(ALE)),
            ("Subject", "Pagamento ricevuto: 150,00 €"),
            ("Message-ID", mid("p_it_sumup", "sumup.com"))], \
        text(plain)


@reg("payment-notification", "it", amount="850.00", currency="GBP", reference="41/2026",
     note="Wise in Italian, money received in GBP; reference 'INVOICE 41 2026' (spaces).")
def p_it_wise():
    plain = """Hai ricevuto 850,00 GBP

Ciao Alessandra,

BRIGHTWORKS LTD ti ha inviato 850,00 GBP. Li trovi nel tuo saldo in GBP.

Riferimento: INVOICE 41 2026

Se vuoi, puoi convertirli in EUR in qualsiasi momento dall'app.

Il team Wise
"""
    inner = """<p style="font-size:24px;font-weight:bold">Hai ricevuto 850,00 GBP</p>
<p>Ciao Alessandra,</p><p>BRIGHTWORKS LTD ti ha inviato 850,00 GBP. Li trovi nel tuo saldo in GBP.</p>
<p>Riferimento: <b>INVOICE 41 2026</b></p>"""
    return [("Date", date(2026, 12, 21, 15, 8, "Europe/London")),
            ("From", addr("Wise", "noreply@wise.com")),
            ("To", addr(ALE)),
            ("Subject", "Hai ricevuto 850,00 GBP da BRIGHTWORKS LTD"),
            ("Message-ID", mid("p_it_wise", "wise.com"))], \
        alt(text(plain), html(page("wise", "#163300", inner, "Wise Europe SA")))


@reg("payment-notification", "it", amount="1224.00", reference="36/2026",
     note="Client's treasury remittance advice (distinta di pagamento) with withholding tax: gross 1.464,00, ritenuta -240,00, net paid 1.224,00; PDF attached.")
def p_it_distinta():
    plain = """Spett.le Fornitore,

Vi informiamo che in data odierna abbiamo disposto a Vostro favore il pagamento di seguito dettagliato.

DISTINTA DI PAGAMENTO N. 2026-1187 del 28/12/2026
Beneficiario: ROSSI ALESSANDRA - IBAN IT60X0542811101000000123456

Documento          Data doc.    Imponibile   IVA       Ritenuta   Importo
Vs. fatt. 36/2026  30/10/2026   1.200,00     264,00    -240,00    1.224,00

Totale pagato: EUR 1.224,00
Modalità: bonifico SEPA, valuta beneficiario 30/12/2026

La certificazione unica relativa alla ritenuta d'acconto sarà inviata nei termini di legge.

Gruppo Valtellina Alimentari S.p.A.
Amministrazione - Tesoreria
Tel. 0342 555 120

Messaggio generato automaticamente dal sistema contabile. Per informazioni scrivere a tesoreria@valtellinalimentari.example
"""
    return [("Date", date(2026, 12, 28, 17, 2, "Europe/Rome")),
            ("From", addr("Tesoreria Gruppo Valtellina", "no-reply-sap@valtellinalimentari.example")),
            ("To", "alessandra@example.it"),
            ("Subject", "Avviso di pagamento - Distinta 2026-1187"),
            ("Message-ID", mid("p_it_distinta", "valtellinalimentari.example")),
            ("X-Mailer", "SAP NetWeaver 7.50")], \
        Multi("mixed", [text(plain, charset="iso-8859-1", cte="quoted-printable"),
                        pdf("Distinta_2026-1187.pdf", "distinta di pagamento")])


@reg("payment-notification", "it", amount="1384.67",
     note="Incoming SWIFT transfer in USD converted to EUR: original USD 1,500.00, exchange, fees, credited EUR 1.384,67 (amount = what was credited). Reference field is the client's own PO, not an invoice number.")
def p_it_swift():
    body = """Gentile Cliente,

le comunichiamo l'accredito di un bonifico dall'estero.

Ordinante:              NORTHWIND PUBLISHING INC, BOSTON MA US
Banca ordinante:        CITIBANK NA NEW YORK (CITIUS33)
Importo originario:     USD 1.500,00
Cambio applicato:       1,0780
Controvalore:           EUR 1.391,47
Commissioni e spese:    EUR 6,80
Importo accreditato:    EUR 1.384,67
Data valuta:            08/01/2027
Informazioni:           /RFB/PO NW-22871 PHOTO LICENSE

Per le operazioni in valuta si applicano le condizioni del foglio informativo.

Servizio Estero Merci - Banca Alpina
"""
    return [("Date", date(2027, 1, 8, 10, 31, "Europe/Rome")),
            ("From", addr("Banca Alpina - Servizio Estero", "estero@bancalpina.example")),
            ("To", addr(DAV)),
            ("Subject", "Accredito bonifico estero - USD 1.500,00"),
            ("Message-ID", mid("p_it_swift", "bancalpina.example"))], \
        text(body, charset="utf-8", cte="8bit")

# =============================================================================
# PAYMENT NOTIFICATIONS — Spanish
# =============================================================================

@reg("payment-notification", "es", amount="120.00", reference="2026-048",
     note="Bizum received with concept 'factura 2026-048'; short bank alert.")
def p_es_bizum():
    plain = """Has recibido un Bizum

MARTA GARCIA V. te ha enviado 120,00 €.
Concepto: factura 2026-048

Fecha: 05/11/2026 13:14
Cuenta de abono: ES** **** **** **** **** 7731

Caja Rural del Ebro
Este es un mensaje automático. Por favor, no responda a este correo.
"""
    inner = """<p style="font-size:20px;font-weight:bold">Has recibido un Bizum</p>
<p><b>MARTA GARCIA V.</b> te ha enviado <b>120,00 €</b>.</p>
""" + rows([("Concepto", "factura 2026-048"), ("Fecha", "05/11/2026 13:14"),
            ("Cuenta de abono", "ES** **** **** **** **** 7731")])
    return [("Date", date(2026, 11, 5, 13, 14, "Europe/Madrid")),
            ("From", addr("Caja Rural del Ebro", "avisos@cajaruralebro.example")),
            ("To", addr(LUC)),
            ("Subject", "Bizum recibido: 120,00 €"),
            ("Message-ID", mid("p_es_bizum", "cajaruralebro.example"))], \
        alt(text(plain), html(page("Caja Rural del Ebro", "#006241", inner, "Caja Rural del Ebro, S.C.C.", "es")))


@reg("payment-notification", "es", amount="2178.00", reference="2026-052",
     note="HTML-only; amount only in a table cell; concept 'FRA 2026-052'.")
def p_es_html():
    inner = """<p>Hola, Lucía:</p>
<p>Te informamos de que has recibido una transferencia en tu cuenta <b>Cuenta Negocios</b>.</p>
<table width="100%" cellpadding="8" cellspacing="0" style="border:1px solid #e5e7eb;border-radius:6px">
<tr><td style="color:#6b7280">Ordenante</td><td align="right">GRUPO INMOBILIARIO LEVANTE SL</td></tr>
<tr><td style="color:#6b7280">Concepto</td><td align="right">FRA 2026-052</td></tr>
<tr><td style="color:#6b7280">Fecha valor</td><td align="right">12/11/2026</td></tr>
<tr style="background:#ecfdf5"><td style="color:#6b7280">Importo</td><td align="right" style="font-size:20px;font-weight:bold;color:#047857">2.178,00 €</td></tr>
</table>
<p style="font-size:13px;color:#6b7280">Puedes consultar el detalle del movimiento en la app o en la banca online.</p>"""
    return [("Date", date(2026, 11, 12, 9, 51, "Europe/Madrid")),
            ("From", addr("Banco Atlántico Digital", "notificaciones@bancoatlantico.example")),
            ("To", addr(LUC)),
            ("Subject", "Has recibido una transferencia"),
            ("Message-ID", mid("p_es_html", "bancoatlantico.example"))], \
        html(page("Banco Atlántico", "#0e3a5b", inner, "Banco Atlántico Digital, S.A. – Mensaje automático.", "es"))


@reg("payment-notification", "es", amount="968.00", reference="2026-053",
     note="Old-style bank notice in ISO-8859-1 8bit, all caps; concept 'PAGO FACTURA 2026/053' (slash instead of dash).")
def p_es_latin1():
    body = """ABONO DE TRANSFERENCIA

TITULAR: MARTIN GOMEZ LUCIA
CUENTA: ES21 3058 0101 4527 2000 1234

FECHA OPERACIÓN: 19-11-2026
FECHA VALOR: 19-11-2026
ORDENANTE: CLÍNICA DENTAL SONRÍE SLP
CONCEPTO: PAGO FACTURA 2026/053
IMPORTE: 968,00 EUR

SALDO DISPONIBLE TRAS LA OPERACIÓN: 4.310,55 EUR

Caja Campiña - Servicio de Alertas
Si no desea recibir más alertas puede darse de baja en Banca a Distancia > Alertas.
"""
    return [("Date", date(2026, 11, 19, 7, 30, "Europe/Madrid")),
            ("From", addr("Caja Campiña Alertas", "alertas@cajacampina.example")),
            ("To", "lucia@martinestudio.es"),
            ("Subject", "ALERTA: ABONO DE TRANSFERENCIA"),
            ("Message-ID", mid("p_es_latin1", "cajacampina.example"))], \
        text(body, charset="iso-8859-1", cte="8bit")


@reg("payment-notification", "es", amount="640.00", reference="F26/118",
     note="Revolut Business in Spanish to Jordi (numbering F26/118); reference 'F26/118'.")
def p_es_revolut():
    plain = """Has recibido 640 €

Studio Nómada SL te ha enviado 640,00 € a tu cuenta principal en EUR.

Referencia: F26/118
Fecha: 23 nov 2026

Revolut Business
"""
    inner = """<p style="font-size:26px;font-weight:bold">+640,00&nbsp;€</p>
<p><b>Studio Nómada SL</b> te ha enviado 640,00 € a tu cuenta principal en EUR.</p>
""" + rows([("Referencia", "F26/118"), ("Fecha", "23 nov 2026")])
    return [("Date", date(2026, 11, 23, 11, 6, "Europe/Madrid")),
            ("From", addr("Revolut Business", "no-reply@revolut.com")),
            ("To", addr(JOR)),
            ("Subject", "Has recibido 640,00 € de Studio Nómada SL"),
            ("Message-ID", mid("p_es_revolut", "revolut.com"))], \
        alt(text(plain), html(page("Revolut Business", "#191c1f", inner, "Revolut Bank UAB, sucursal en España", "es")))


@reg("payment-notification", "es", amount="95.00",
     note="N26 in Spanish; transfer received with no concept at all, no reference.")
def p_es_n26():
    plain = """Hola Jordi,

acabas de recibir una transferencia de 95,00 € de PERE VILA SOLER.

¿Quieres ver más detalles? Abre la app de N26.

Saludos,
Tu equipo de N26
"""
    return [("Date", date(2026, 11, 28, 20, 44, "Europe/Madrid")),
            ("From", addr("N26", "no-reply@n26.com")),
            ("To", addr(JOR)),
            ("Subject", "Transferencia recibida"),
            ("Message-ID", mid("p_es_n26", "n26.com"))], \
        text(plain)


@reg("payment-notification", "es", amount="1089.00", reference="A-2026-31",
     note="Stripe in Spanish to a Canary Islands designer (IGIC invoice A-2026-31); date in Atlantic/Canary.")
def p_es_stripe():
    plain = """Pago recibido

Hotel Las Arenas Maspalomas, S.L. ha pagado la factura A-2026-31.

Importe pagado      1.089,00 €
Método de pago      Transferencia bancaria (SEPA)
Fecha               30 nov 2026

Este pago se incluirá en tu próxima transferencia a tu cuenta bancaria.

Stripe
"""
    inner = """<p style="font-size:20px;font-weight:bold">Pago recibido</p>
<p>Hotel Las Arenas Maspalomas, S.L. ha pagado la factura <b>A-2026-31</b>.</p>
""" + rows([("Importe pagado", "1.089,00&nbsp;€"), ("Método de pago", "Transferencia bancaria (SEPA)"),
            ("Fecha", "30 nov 2026")])
    return [("Date", date(2026, 11, 30, 16, 2, "Atlantic/Canary")),
            ("From", addr("Stripe", "notifications@stripe.com")),
            ("To", addr(NAY)),
            ("Subject", "Has recibido un pago de 1.089,00 € de Hotel Las Arenas Maspalomas, S.L."),
            ("Message-ID", mid("p_es_stripe", "stripe.com"))], \
        alt(text(plain), html(page("stripe", "#635bff", inner, "Stripe Payments Europe, Ltd.", "es")))


@reg("payment-notification", "es", amount="1060.00", reference="2026-058",
     note="Client ERP remittance advice: gross 1.210,00 minus IRPF 15% 150,00 = paid 1.060,00; reference 'Su factura 2026-058'.")
def p_es_sap():
    plain = """AVISO DE PAGO N.º 2000045812

Estimado proveedor:

Le informamos de que con fecha valor 29/12/2026 hemos ordenado una transferencia a su cuenta
ES21 3058 0101 4527 2000 1234 por los documentos que se detallan:

Su factura     Fecha       Importe bruto   Retención IRPF   Importe pagado
2026-058       01/12/2026  1.210,00        -150,00          1.060,00

TOTAL TRANSFERIDO: 1.060,00 EUR

Para cualquier consulta sobre este pago diríjase a cuentasapagar@logisticaderio.example
indicando el número de aviso.

Logística del Río, S.A. - Departamento de Tesorería
Este correo ha sido generado automáticamente. No responda a esta dirección.
"""
    return [("Date", date(2026, 12, 28, 18, 45, "Europe/Madrid")),
            ("From", addr("Tesoreria Logistica del Rio", "sap-noreply@logisticaderio.example")),
            ("To", "lucia@martinestudio.es"),
            ("Subject", "Aviso de pago 2000045812 - MARTIN GOMEZ LUCIA"),
            ("Message-ID", mid("p_es_sap", "logisticaderio.example")),
            ("X-Mailer", "SAP Business One")], \
        Multi("mixed", [text(plain, charset="iso-8859-1"), pdf("AVISO_2000045812.pdf", "aviso de pago")])


@reg("payment-notification", "es", amount="300.00", reference="2026-061",
     note="PayPal in Spanish; French payer note 'facture 2026-061'.")
def p_es_paypal():
    plain = """Pierre Dubois te ha enviado 300,00 € EUR

Nota de Pierre Dubois:
"facture 2026-061 - merci Lucía !"

Detalles de la transacción
Id. de transacción: 7MA40216RX114562K
Fecha de la transacción: 4 de diciembre de 2026
Importe recibido: 300,00 € EUR
Comisión: -10,65 € EUR
Neto: 289,35 € EUR

Ayuda y contacto | Seguridad | Aplicaciones
PayPal (Europe) S.à r.l. et Cie, S.C.A.
"""
    return [("Date", date(2026, 12, 4, 22, 17, "Europe/Madrid")),
            ("From", addr("service@paypal.es", "service@paypal.es")),
            ("To", addr(LUC)),
            ("Subject", "Has recibido un pago"),
            ("Message-ID", mid("p_es_paypal", "paypal.com"))], \
        text(plain)


@reg("payment-notification", "es", amount="250.00",
     note="Bizum with a work-related concept ('diseño logo ❤️') from a private client; no invoice number; contrast with the friends' Bizum labelled other.")
def p_es_bizum2():
    body = """Bizum recibido

Has recibido 250,00 € de ALBA TORRES R.
Concepto: diseño logo ❤️

Ya tienes el dinero disponible en tu cuenta.

Banca Cántabra
"""
    return [("Date", date(2026, 12, 9, 21, 3, "Atlantic/Canary")),
            ("From", addr("Banca Cántabra", "bizum@bancacantabra.example")),
            ("To", addr(NAY)),
            ("Subject", "Has recibido un Bizum"),
            ("Message-ID", mid("p_es_bizum2", "bancacantabra.example"))], \
        text(body, cte="base64")


@reg("payment-notification", "es", amount="45.00",
     note="SumUp payment link paid for a photo workshop; description is not an invoice number.")
def p_es_sumup():
    plain = """¡Has recibido un pago!

Se ha completado un pago a través de tu enlace de pago.

Descripción: Taller fotografía móvil 14/12
Importe: 45,00 €
Cliente: irene.santos@gmail.com
Fecha: 10/12/2026 09:12

El importe se abonará en tu cuenta bancaria según tu calendario de liquidaciones.

Equipo SumUp
"""
    return [("Date", date(2026, 12, 10, 9, 12, "Europe/Madrid")),
            ("From", addr("SumUp", "noreply@sumup.com")),
            ("To", addr(LUC)),
            ("Subject", "Pago recibido: 45,00 €"),
            ("Message-ID", mid("p_es_sumup", "sumup.com"))], \
        text(plain)


@reg("payment-notification", "es", amount="726.00", reference="2027-003",
     note="Instant transfer alert; concept 'Fra. 2027-003 Martin Estudio'.")
def p_es_inmediata():
    plain = """Transferencia inmediata recibida

Has recibido una transferencia inmediata de 726,00 € de JAVIER RUIZ LOPEZ.
Concepto: Fra. 2027-003 Martin Estudio
Fecha: 14/01/2027 a las 17:58

El importe ya está disponible en tu cuenta terminada en 1234.

Recuerda: nunca te pediremos tus claves por correo electrónico.
"""
    inner = """<p style="font-size:19px;font-weight:bold">Transferencia inmediata recibida</p>
<p>Has recibido una transferencia inmediata de <b>726,00 €</b> de <b>JAVIER RUIZ LOPEZ</b>.</p>
""" + rows([("Concepto", "Fra. 2027-003 Martin Estudio"), ("Fecha", "14/01/2027 a las 17:58")]) + """
<p>El importe ya está disponible en tu cuenta terminada en 1234.</p>"""
    return [("Date", date(2027, 1, 14, 17, 58, "Europe/Madrid")),
            ("From", addr("Caja Campiña", "alertas@cajacampina.example")),
            ("To", addr(LUC)),
            ("Subject", "Transferencia inmediata recibida"),
            ("Message-ID", mid("p_es_inmediata", "cajacampina.example"))], \
        alt(text(plain), html(page("Caja Campiña", "#8a1538", inner, "", "es")))


@reg("payment-notification", "es", amount="1200.00", currency="USD", reference="2026-060",
     note="Wise in Spanish, money received in USD; reference 'Invoice 2026-060'.")
def p_es_wise():
    plain = """Has recibido 1.200,00 USD

Hola, Lucía:

ACME MEDIA LLC te ha enviado 1.200,00 USD. El dinero ya está en tu saldo en USD.

Referencia: Invoice 2026-060

El equipo de Wise
"""
    return [("Date", date(2026, 12, 17, 16, 40, "Europe/Madrid")),
            ("From", addr("Wise", "noreply@wise.com")),
            ("To", addr(LUC)),
            ("Subject", "Has recibido 1.200,00 USD"),
            ("Message-ID", mid("p_es_wise", "wise.com"))], \
        text(plain)


@reg("payment-notification", "es", amount="1452.00",
     note="Bank sends a receipt PDF as attachment; text says 'abono recibido ... 1.452,00 EUR', no invoice reference.")
def p_es_justificante():
    plain = """Estimado/a cliente:

Adjuntamos el justificante del abono recibido en su cuenta con fecha 08/01/2027 por importe de 1.452,00 EUR,
procedente de ASESORIA FISCAL BETANCOR SL.

Puede consultar todos sus justificantes en la Banca Online, apartado Documentos.

Atentamente,
Banco Insular de Canarias
--
Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, comuníquelo al remitente y proceda a su eliminación.
"""
    return [("Date", date(2027, 1, 8, 8, 5, "Atlantic/Canary")),
            ("From", addr("Banco Insular - Documentos", "documentos@bancoinsular.example")),
            ("To", addr(NAY)),
            ("Subject", "Justificante de abono"),
            ("Message-ID", mid("p_es_justificante", "bancoinsular.example"))], \
        Multi("mixed", [text(plain), pdf("justificante_abono_20270108.pdf", "justificante abono")])


@reg("payment-notification", "es", amount="1573.00", reference="F26/121",
     note="SEPA credit from a French client to Jordi; concept written 'F26-121 / TRADUCCION' (dash instead of slash).")
def p_es_sepa_fr():
    plain = """Transferencia SEPA recibida

Ordenante: EDITIONS DU LITTORAL SARL (FR76 3000 4000 0312 3456 7890 143)
Concepto: F26-121 / TRADUCCION
Importe: 1.573,00 EUR
Fecha valor: 21/01/2027

Caixa Mediterrània
Servicio de avisos por correo
"""
    return [("Date", date(2027, 1, 21, 12, 10, "Europe/Madrid")),
            ("From", addr("Caixa Mediterrània - Avisos", "avisos@caixamediterrania.example")),
            ("To", addr(JOR)),
            ("Subject", "Aviso: transferencia SEPA recibida 1.573,00 EUR"),
            ("Message-ID", mid("p_es_sepa_fr", "caixamediterrania.example"))], \
        text(plain, charset="iso-8859-1", cte="quoted-printable")


@reg("payment-notification", "es", amount="2420.00", reference="2027-009",
     note="FacturaE/public-sector style: Tesorería of an Ayuntamiento notifies 'pago realizado' of invoice 2027-009 (state 'Pagada') — a real payment notice, unlike the 'reconocida la obligación' look-alike.")
def p_es_ayto():
    plain = """Notificación de pago

Ayuntamiento de Alcalá del Valle - Tesorería Municipal

Le comunicamos que se ha realizado el pago de la siguiente factura:

  Número de factura:   2027-009
  Registro FACe:       REGAGE27e00001234567
  Fecha de pago:       16/02/2027
  Importe líquido:     2.420,00 €
  Cuenta de abono:     ES21 **** **** **** **** 1234
  Estado:              PAGADA

Esta comunicación se genera automáticamente. No responda a este mensaje.
"""
    return [("Date", date(2027, 2, 16, 13, 20, "Europe/Madrid")),
            ("From", addr("Tesorería Municipal", "tesoreria-noreply@alcaladelvalle.example")),
            ("To", addr(LUC)),
            ("Subject", "Notificación de pago de factura 2027-009"),
            ("Message-ID", mid("p_es_ayto", "alcaladelvalle.example"))], \
        text(plain)

