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

# =============================================================================
# PAYMENT NOTIFICATIONS — English
# =============================================================================

@reg("payment-notification", "en", amount="1950.00", reference="INV-2026-031",
     note="Stripe invoice paid, English; subject and body name INV-2026-031.")
def p_en_stripe():
    plain = """You received a payment of €1,950.00 from Kestrel Analytics Ltd

Invoice        INV-2026-031
Amount paid    €1,950.00
Payment method SEPA Direct Debit
Date paid      Nov 6, 2026

This payment will be included in your next payout.

View payment: https://dashboard.stripe.com/payments/pi_3Qk21lLkdIwHu7ix0bTg

Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2
"""
    inner = """<p style="font-size:20px;font-weight:bold">You received a payment of €1,950.00 from Kestrel Analytics Ltd</p>
""" + rows([("Invoice", "INV-2026-031"), ("Amount paid", "€1,950.00"),
            ("Payment method", "SEPA Direct Debit"), ("Date paid", "Nov 6, 2026")])
    return [("Date", date(2026, 11, 6, 10, 3, "Europe/Dublin")),
            ("From", addr("Stripe", "notifications@stripe.com")),
            ("To", addr(TOM)),
            ("Subject", "Payment of €1,950.00 from Kestrel Analytics Ltd"),
            ("Message-ID", mid("p_en_stripe", "stripe.com"))], \
        alt(text(plain), html(page("stripe", "#635bff", inner, "Stripe Payments Europe, Ltd.", "en")))


@reg("payment-notification", "en", amount="740.00", reference="INV-2026-034",
     note="Irish bank credit alert; payer reference squashed as 'BYRNE INV2026034'.")
def p_en_lakeland():
    body = """Lakeland Bank - Account Alert

A credit has been received to your account ending 5521.

Amount:      EUR 740.00
From:        CORRIB COFFEE ROASTERS LT
Reference:   BYRNE INV2026034
Date:        12/11/2026

Log in to Lakeland Online to view your balance.

This is an automated message. Please do not reply.
Lakeland Bank DAC is regulated by the Central Bank of Ireland.
"""
    return [("Date", date(2026, 11, 12, 7, 2, "Europe/Dublin")),
            ("From", addr("Lakeland Bank Alerts", "alerts@lakelandbank.example")),
            ("To", "tom@byrnedesign.ie"),
            ("Subject", "Account Alert: Credit received"),
            ("Message-ID", mid("p_en_lakeland", "lakelandbank.example"))], \
        text(body, charset="us-ascii", cte="7bit")


@reg("payment-notification", "en", amount="480.00", currency="GBP", reference="PS-0142",
     note="UK Faster Payment alert 'You've been paid £480.00'; reference 'PS0142' without hyphen.")
def p_en_greenfinch():
    plain = """You've been paid £480.00

HOLLOWAY & CO sent you £480.00 by Faster Payment.

Reference: PS0142
Into: Shah Copy – Business account (…3310)
When: 18 Nov 2026, 14:27

Greenfinch Business
"""
    inner = """<p style="font-size:26px;font-weight:bold">You’ve been paid £480.00</p>
<p>HOLLOWAY &amp; CO sent you £480.00 by Faster Payment.</p>
""" + rows([("Reference", "PS0142"), ("Into", "Shah Copy – Business account (…3310)"), ("When", "18 Nov 2026, 14:27")])
    return [("Date", date(2026, 11, 18, 14, 27, "Europe/London")),
            ("From", addr("Greenfinch Business", "hello@greenfinch.example")),
            ("To", addr(PRI)),
            ("Subject", "You've been paid £480.00"),
            ("Message-ID", mid("p_en_greenfinch", "greenfinch.example"))], \
        alt(text(plain), html(page("Greenfinch", "#1a7f5a", inner, "Greenfinch Bank plc is authorised by the PRA.", "en")))


@reg("payment-notification", "en", amount="600.00", currency="USD", reference="DK-1047",
     note="PayPal 'You've got money' in USD; payer note 'Thanks for the site!! inv DK-1047'.")
def p_en_paypal():
    plain = """You've got money

Rachel Kim sent you $600.00 USD

Note from Rachel Kim:
"Thanks for the site!! inv DK-1047"

Transaction ID: 2KJ39817EP4471239
Transaction date: Nov 20, 2026
Amount received: $600.00 USD
Fee: -$21.49 USD
Net amount: $578.51 USD

Help & Contact | Security | Apps
PayPal, Inc. 2211 North First Street, San Jose, CA 95131
"""
    inner = """<p style="font-size:22px">Rachel Kim sent you <b>$600.00&nbsp;USD</b></p>
<p><b>Note from Rachel Kim:</b><br>“Thanks for the site!! inv DK-1047”</p>
""" + rows([("Transaction ID", "2KJ39817EP4471239"), ("Transaction date", "Nov 20, 2026"),
            ("Amount received", "$600.00&nbsp;USD"), ("Fee", "-$21.49&nbsp;USD"), ("Net amount", "$578.51&nbsp;USD")])
    return [("Date", date(2026, 11, 20, 18, 44, "America/New_York")),
            ("From", addr("service@paypal.com", "service@paypal.com")),
            ("To", addr(DAN)),
            ("Subject", "You've got money"),
            ("Message-ID", mid("p_en_paypal", "paypal.com"))], \
        alt(text(plain), html(page("PayPal", "#003087", inner, "Please don't reply to this email.", "en")))


@reg("payment-notification", "en", amount="2300.00", reference="INV-2026-029",
     note="AP platform remittance advice, HTML table (Invoice #, Amount Paid) plus a plain part; client's vendor id and payment id present.")
def p_en_remit():
    plain = """PAYMENT REMITTANCE ADVICE

Payer: Brightlane Media Group Ltd
Payee: Byrne Design (Vendor ID V-004418)
Payment ID: PMT-88120-IE
Payment method: SEPA Credit Transfer
Payment date: 27 Nov 2026

Invoice #       Invoice date   Amount paid
INV-2026-029    01 Oct 2026    €2,300.00

Total paid: €2,300.00

Funds should arrive within 1-2 business days depending on your bank.
Questions? Reply to ap@brightlane.example quoting the Payment ID.
"""
    inner = """<p style="font-size:18px;font-weight:bold">Payment Remittance Advice</p>
<p>Payer: Brightlane Media Group Ltd<br>Payee: Byrne Design (Vendor ID V-004418)<br>
Payment ID: PMT-88120-IE<br>Payment method: SEPA Credit Transfer<br>Payment date: 27 Nov 2026</p>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:14px">
<tr style="background:#eef2ff"><th align="left">Invoice #</th><th align="left">Invoice date</th><th align="right">Amount paid</th></tr>
<tr><td>INV-2026-029</td><td>01 Oct 2026</td><td align="right">€2,300.00</td></tr>
<tr><td colspan="2" align="right"><b>Total paid</b></td><td align="right"><b>€2,300.00</b></td></tr>
</table>
<p style="font-size:13px;color:#6b7280">Funds should arrive within 1-2 business days depending on your bank.</p>"""
    return [("Date", date(2026, 11, 27, 16, 11, "Europe/London")),
            ("From", addr("Brightlane Payables", "remittance@payables-hub.example")),
            ("Reply-To", "ap@brightlane.example"),
            ("To", addr(TOM)),
            ("Subject", "Remittance advice – Payment PMT-88120-IE"),
            ("Message-ID", mid("p_en_remit", "payables-hub.example"))], \
        alt(text(plain), html(page("Brightlane Payables", "#312e81", inner, "Sent via Payables Hub on behalf of Brightlane Media Group Ltd.", "en")))


@reg("payment-notification", "en", amount="1750.00",
     note="Remittance advice covering two invoices (INV-2026-036 €500.00, INV-2026-037 €1,250.00), total €1,750.00; reference left unset because two invoices are named.")
def p_en_remit2():
    plain = """Remittance Advice

Dear Supplier,

Please find below details of a payment made to you by BACS/SEPA on 09/12/2026.

Supplier:  TOM BYRNE DESIGN
Our ref:   RA-2026-12-0451

Your Ref          Date        Gross       Discount   Paid
INV-2026-036      14/10/2026  500.00      0.00       500.00
INV-2026-037      02/11/2026  1,250.00    0.00       1,250.00
                                                     --------
                                          TOTAL EUR  1,750.00

Kind regards
Accounts Payable
Harper & Lowe Engineering Ltd

This remittance was produced automatically by Sage 200. Please do not reply to this address.
"""
    return [("Date", date(2026, 12, 9, 15, 49, "Europe/Dublin")),
            ("From", addr("Sage Remittances", "noreply-remittance@harperlowe.example")),
            ("To", "tom@byrnedesign.ie"),
            ("Cc", "accounts.payable@harperlowe.example"),
            ("Subject", "Remittance Advice RA-2026-12-0451"),
            ("Message-ID", mid("p_en_remit2", "harperlowe.example"))], \
        Multi("mixed", [text(plain, charset="us-ascii", cte="7bit"), pdf("RA-2026-12-0451.pdf", "remittance")])


@reg("payment-notification", "en", amount="1100.00", reference="INV-2026-038",
     note="Wise, English; reference 'Inv 2026 038' with spaces.")
def p_en_wise():
    plain = """You received 1,100.00 EUR

Hi Tom,

Oskar Lindqvist sent you 1,100.00 EUR. It's in your EUR balance now.

Reference: Inv 2026 038

The Wise team
"""
    return [("Date", date(2026, 12, 1, 9, 14, "Europe/Dublin")),
            ("From", addr("Wise", "noreply@wise.com")),
            ("To", addr(TOM)),
            ("Subject", "You received 1,100.00 EUR from Oskar Lindqvist"),
            ("Message-ID", mid("p_en_wise", "wise.com"))], \
        text(plain)


@reg("payment-notification", "en", amount="2150.00", currency="GBP",
     note="UK business bank alert, money in from a company, no payment reference given.")
def p_en_harbour():
    plain = """Money in

£2,150.00 from ELMFIELD ESTATES LTD

It's landed in your Harbour Business account. No reference was included with this payment.

Tap to categorise it in the app.

Harbour Business — a trading name of Harbour Bank Ltd. Registered in England and Wales.
"""
    return [("Date", date(2026, 12, 3, 11, 7, "Europe/London")),
            ("From", addr("Harbour", "notifications@harbourbusiness.example")),
            ("To", addr(PRI)),
            ("Subject", "£2,150.00 from ELMFIELD ESTATES LTD"),
            ("Message-ID", mid("p_en_harbour", "harbourbusiness.example"))], \
        text(plain)


@reg("payment-notification", "en", amount="250.00", currency="USD",
     note="US credit union Zelle receipt: money in, memo 'web fixes nov', no invoice number.")
def p_en_zelle():
    plain = """You received money with Zelle(R)

JOHN P MARTINEZ sent you $250.00.

Memo: web fixes nov
Deposited to: BUSINESS CHECKING ...8802
Date: 12/07/2026
Confirmation: HVF0X9M2KQ7

The money is available in your account now.

Hudson Valley Federal Credit Union
Federally insured by NCUA.
"""
    return [("Date", date(2026, 12, 7, 13, 36, "America/New_York")),
            ("From", addr("Hudson Valley FCU", "alerts@hvfcu.example")),
            ("To", addr(DAN)),
            ("Subject", "You received $250.00 with Zelle"),
            ("Message-ID", mid("p_en_zelle", "hvfcu.example"))], \
        text(plain, charset="us-ascii", cte="7bit")


@reg("payment-notification", "en", amount="1275.00", currency="USD", reference="DK-1052",
     note="Square Invoices: 'Hamilton Yoga Studio paid invoice DK-1052'; HTML with amount in a cell.")
def p_en_square():
    plain = """Hamilton Yoga Studio paid invoice DK-1052

Amount paid: $1,275.00
Paid on: Dec 15, 2026
Card: Amex ending 1008

Funds will be deposited into your linked bank account in 1-2 business days.

Square
"""
    inner = """<p style="font-size:20px;font-weight:bold">Hamilton Yoga Studio paid invoice DK-1052</p>
""" + rows([("Amount paid", "$1,275.00"), ("Paid on", "Dec 15, 2026"), ("Card", "Amex ending 1008")]) + """
<p>Funds will be deposited into your linked bank account in 1–2 business days.</p>"""
    return [("Date", date(2026, 12, 15, 10, 21, "America/New_York")),
            ("From", addr("Square", "noreply@messaging.squareup.com")),
            ("To", addr(DAN)),
            ("Subject", "Invoice DK-1052 has been paid"),
            ("Message-ID", mid("p_en_square", "squareup.com"))], \
        alt(text(plain), html(page("Square", "#000000", inner, "Square, Inc.", "en")))


@reg("payment-notification", "en", amount="615.00", reference="INV-2026-040",
     note="Accounting software (Xero-style) notice that a customer paid an invoice online.")
def p_en_xero():
    plain = """Hi Tom,

Rossmore Dental Practice has paid invoice INV-2026-040 online.

Amount: €615.00
Paid: 22 December 2026
Payment service: Stripe

The payment has been recorded against the invoice and will appear in your bank feed when the payout lands.

Thanks,
Xero
"""
    return [("Date", date(2026, 12, 22, 19, 3, "Europe/Dublin")),
            ("From", addr("Xero", "messaging-service@post.xero.com")),
            ("To", addr(TOM)),
            ("Subject", "Invoice INV-2026-040 paid by Rossmore Dental Practice"),
            ("Message-ID", mid("p_en_xero", "post.xero.com"))], \
        text(plain)


@reg("payment-notification", "en", amount="3075.00", reference="INV-2026-041",
     note="Lodgement notification, body base64; reference 'TB INV 2026 041'.")
def p_en_lodgement():
    body = """LODGEMENT NOTIFICATION

Dear Customer,

A lodgement has been made to your account.

Account:       Byrne Design - Current 90-12-34 / 55218804
Amount:        EUR 3,075.00
Payer:         WESTFIELD COUNTY COUNCIL
Payer ref:     TB INV 2026 041
Value date:    07/01/2027

Yours faithfully,
Business Banking Services
Fortwell Bank of Ireland
"""
    return [("Date", date(2027, 1, 7, 6, 55, "Europe/Dublin")),
            ("From", addr("Fortwell Business Banking", "businessbanking@fortwell.example")),
            ("To", addr(TOM)),
            ("Subject", "Lodgement notification"),
            ("Message-ID", mid("p_en_lodgement", "fortwell.example"))], \
        text(body, charset="utf-8", cte="base64")


@reg("payment-notification", "en", amount="360.00", currency="GBP", reference="PS-0150",
     note="GoCardless payment confirmed (collected from the client's account); reference PS-0150.")
def p_en_gocardless():
    plain = """Payment confirmed

A payment of £360.00 from Marlow Books Ltd has been confirmed.

Description: Copywriting retainer – January (PS-0150)
Charge date: 13 January 2027
Payment ID: PM01HX8Z3K9Q

It will be included in your next payout.

GoCardless Ltd, Sutton Yard, 65 Goswell Road, London EC1V 7EN
"""
    return [("Date", date(2027, 1, 13, 9, 40, "Europe/London")),
            ("From", addr("GoCardless", "help@gocardless.com")),
            ("To", addr(PRI)),
            ("Subject", "Payment of £360.00 from Marlow Books Ltd confirmed"),
            ("Message-ID", mid("p_en_gocardless", "gocardless.com"))], \
        text(plain)


@reg("payment-notification", "en", amount="4920.00", reference="INV-2026-044",
     note="Procurement network remittance: PO number and vendor number appear too; the invoice number is INV-2026-044.")
def p_en_ariba():
    plain = """Payment Remittance

Northgate Pharma Ireland Ltd has sent you a payment remittance.

Remittance ID:     NPI-RA-2027-000318
Payment Date:      19 Jan 2027
Payment Method:    Bank transfer (SEPA)
Supplier:          TOM BYRNE (Supplier No. 200871)

Invoice Number     PO Number     Gross Amount   Discount   Net Amount
INV-2026-044       4500123987    €4,920.00      €0.00      €4,920.00

Total Net Amount:  €4,920.00 EUR

To view this document, log in to your supplier account.

This email was sent on behalf of Northgate Pharma Ireland Ltd by the Supplier Network. Do not reply.
"""
    return [("Date", date(2027, 1, 19, 21, 30, "Europe/Dublin")),
            ("From", addr("Northgate Pharma via Supplier Network", "ordersender-prod@supplier-network.example")),
            ("To", addr(TOM)),
            ("Subject", "Northgate Pharma Ireland Ltd sent you a Payment Remittance NPI-RA-2027-000318"),
            ("Message-ID", mid("p_en_ariba", "supplier-network.example"))], \
        text(plain)


@reg("payment-notification", "en", amount="880.00", reference="INV-2027-002",
     note="Revolut Business, English; reference 'INVOICE-2027-002 BYRNE' in capitals.")
def p_en_revolut():
    plain = """Money received

Kallio Oy sent EUR 880.00 to your Main account.

Reference: INVOICE-2027-002 BYRNE
Date: 4 Feb 2027

Revolut Business
"""
    return [("Date", date(2027, 2, 4, 14, 5, "Europe/Dublin")),
            ("From", addr("Revolut Business", "no-reply@revolut.com")),
            ("To", addr(TOM)),
            ("Subject", "EUR 880.00 received from Kallio Oy"),
            ("Message-ID", mid("p_en_revolut", "revolut.com"))], \
        text(plain)

# =============================================================================
# LOOK-ALIKES — other
# =============================================================================

@reg("other", "it",
     note="Outgoing transfer ordered by the owner (bonifico disposto a favore di ...); a payment, but money going OUT.")
def o_it_outgoing():
    inner = """<p style="font-size:18px;font-weight:bold">Bonifico eseguito</p>
<p>Ciao Alessandra, il bonifico che hai disposto è stato eseguito.</p>
""" + rows([("Importo", '<span style="color:#b91c1c">- 450,00&nbsp;€</span>'),
            ("Beneficiario", "STUDIO COMMERCIALE DR. FABIO LANZA"),
            ("Causale", "Saldo parcella 2026 n. 118"),
            ("Data esecuzione", "20 novembre 2026")]) + """
<p style="font-size:13px;color:#6b7280">Trovi la contabile in formato PDF nella sezione Documenti dell'app.</p>"""
    return [("Date", date(2026, 11, 20, 9, 2, "Europe/Rome")),
            ("From", addr("Banca Aurora", "notifiche@banca-aurora.example")),
            ("To", addr(ALE)),
            ("Subject", "Bonifico eseguito"),
            ("Message-ID", mid("o_it_outgoing", "mail.banca-aurora.example"))], \
        html(page("Banca Aurora", "#0b5cab", inner, "Banca Aurora Digitale S.p.A. – comunicazione di servizio"))


@reg("other", "it",
     note="SEPA direct debit charged to the owner (utility bill); contains 'fattura' and an amount but is an outgoing debit.")
def o_it_sdd():
    body = """Gentile Cliente,

le comunichiamo che sul suo conto è stato eseguito il seguente addebito diretto SEPA (SDD):

Creditore:          ENEL ENERGIA S.P.A.
Riferimento mandato: IT0010000000123456789
Descrizione:        FATTURA N. 004512987654 DEL 12/11/2026
Importo:            EUR 89,40
Data addebito:      01/12/2026

In caso di addebito non autorizzato può richiederne il rimborso entro 13 mesi.

Banca Popolare del Lario
Messaggio automatico - non rispondere
"""
    return [("Date", date(2026, 12, 1, 7, 12, "Europe/Rome")),
            ("From", addr("Banca Popolare del Lario", "avvisi@bplario.it")),
            ("To", addr(ALE)),
            ("Subject", "Avviso di addebito SDD"),
            ("Message-ID", mid("o_it_sdd", "avvisi.bplario.it"))], \
        text(body, charset="iso-8859-1", cte="quoted-printable")


@reg("other", "it",
     note="E-invoicing service: SdI delivery receipt (ricevuta di consegna) for invoice 42/2026; 'consegnata' is not 'paid'.")
def o_it_sdi():
    plain = """Gentile Cliente,

la fattura elettronica sotto indicata è stata consegnata al destinatario dal Sistema di Interscambio.

Numero fattura:     42/2026
Data fattura:       30/11/2026
Destinatario:       MOBILIFICIO BRIANZOLO SRL - P.IVA 02345670961
Codice destinatario: M5UXCR1
Identificativo SdI: 11872365401
Esito:              RC - Ricevuta di consegna
Data consegna:      02/12/2026 14:51

Puoi scaricare la notifica dall'area Fatture emesse del pannello.

Il team Fatturazione Elettronica
Questa è una email automatica, non rispondere.
"""
    return [("Date", date(2026, 12, 2, 15, 3, "Europe/Rome")),
            ("From", addr("Fatturazione Elettronica", "noreply@fatturazione.aruba.it")),
            ("To", addr(ALE)),
            ("Subject", "Fattura 42/2026 consegnata - Ricevuta di consegna SdI"),
            ("Message-ID", mid("o_it_sdi", "fatturazione.aruba.it"))], \
        text(plain)


@reg("other", "it",
     note="Outgoing transfer rejected by the beneficiary's bank and the amount re-credited ('riaccreditato'); money back to the owner is not a client payment.")
def o_it_respinto():
    body = """Gentile Davide,

il bonifico da te disposto il 09/12/2026 non è andato a buon fine.

Beneficiario:   MARIO ROSSI NOLEGGI
IBAN:           IT02L1234512345123456789012
Importo:        300,00 €
Motivo:         conto del beneficiario estinto (AC04)

L'importo di 300,00 € è stato riaccreditato sul tuo conto con valuta 09/12/2026.
Ti consigliamo di verificare le coordinate con il beneficiario prima di ripetere l'operazione.

Banca Alpina
"""
    return [("Date", date(2026, 12, 11, 16, 20, "Europe/Rome")),
            ("From", addr("Banca Alpina", "notifiche@bancalpina.example")),
            ("To", addr(DAV)),
            ("Subject", "Bonifico respinto - importo riaccreditato"),
            ("Message-ID", mid("o_it_respinto", "bancalpina.example"))], \
        text(body)


@reg("other", "it",
     note="Card payment (spending) alert; an amount and 'pagamento' but money out.")
def o_it_card():
    body = """Pagamento con carta
Hai pagato 62,90 € presso AMAZON EU SARL con la carta •••• 0912.
17/12/2026 22:41

Non sei stato tu? Blocca subito la carta dall'app o chiama il numero verde 800 999 111.
"""
    return [("Date", date(2026, 12, 17, 22, 41, "Europe/Rome")),
            ("From", addr("CrediVeneto", "alert@crediveneto.example")),
            ("To", addr(ALE)),
            ("Subject", "Pagamento con carta di 62,90 €"),
            ("Message-ID", mid("o_it_card", "crediveneto.example"))], \
        text(body)


@reg("other", "it",
     note="Payment-app marketing newsletter ('ricevi pagamenti', amounts in examples) with List-Unsubscribe.")
def o_it_marketing():
    inner = """<p style="font-size:22px;font-weight:bold">Fatti pagare prima, senza rincorrere nessuno 🏃‍♀️</p>
<p>Ciao Davide,</p>
<p>lo sapevi che con i <b>link di pagamento</b> i tuoi clienti possono saldare una fattura in un tap?
Niente IBAN da copiare, niente “te lo mando lunedì”.</p>
<ul><li>0 commissioni sugli incassi fino a 10 €</li><li>Accredito sul conto in 1 giorno lavorativo</li>
<li>Promemoria automatici ai clienti</li></ul>
<p>Esempio: una fattura da 1.200,00 € pagata con link ti costa solo 1,20 € di commissione.</p>
<p><a href="https://example.satispay.com/promo" style="background:#ef373e;color:#fff;padding:10px 18px;border-radius:20px;text-decoration:none">Attiva ora</a></p>"""
    foot = "Ricevi questa email perché sei iscritto alla newsletter. <a href='https://example.satispay.com/unsub'>Disiscriviti</a>"
    return [("Date", date(2027, 1, 12, 10, 0, "Europe/Rome")),
            ("From", addr("Satispay Business", "news@business.satispay.com")),
            ("To", addr(DAV)),
            ("Subject", "Davide, incassa le tue fatture in un tap"),
            ("Message-ID", mid("o_it_marketing", "business.satispay.com")),
            ("List-Unsubscribe", "<https://example.satispay.com/unsub>, <mailto:unsub@business.satispay.com>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk")], \
        alt(text("Fatti pagare prima, senza rincorrere nessuno.\n\nCon i link di pagamento i tuoi clienti possono saldare una fattura in un tap.\n"
                 "0 commissioni sugli incassi fino a 10 €. Accredito in 1 giorno lavorativo.\n\nAttiva ora: https://example.satispay.com/promo\n"),
            html(page("satispay business", "#ef373e", inner, foot)))


@reg("other", "it",
     note="Invoicing tool's own due-date reminder to the owner ('la fattura 44/2026 scade tra 3 giorni'); not a payment.")
def o_it_fic():
    plain = """Ciao Alessandra,

ti ricordiamo che la fattura n. 44/2026 emessa a CARTOLERIA PAPIRO DI SALA M. scade tra 3 giorni (15/01/2027).

Importo da incassare: 366,00 €
Stato: non saldata

Quando ricevi il pagamento, ricordati di segnarla come saldata per tenere aggiornato lo scadenzario.

Vai alla fattura: https://secure.fattureincloud.it/invoices

Il team di Fatture in Cloud
"""
    return [("Date", date(2027, 1, 12, 8, 0, "Europe/Rome")),
            ("From", addr("Fatture in Cloud", "notifiche@fattureincloud.it")),
            ("To", addr(ALE)),
            ("Subject", "Scadenza in arrivo: fattura 44/2026"),
            ("Message-ID", mid("o_it_fic", "fattureincloud.it"))], \
        text(plain)


@reg("other", "es",
     note="Confirming (reverse factoring) notice: the client has ordered payment of invoice 2026-055 to be made at maturity 15/01/2027 and offers early payment at a discount — payment scheduled, money not yet in.")
def o_es_confirming():
    plain = """COMUNICACIÓN DE PAGO - CONFIRMING

Estimado proveedor:

Por cuenta de nuestro cliente DISTRIBUCIONES HERMANOS OLMEDO, S.A. le comunicamos que ha emitido
orden de pago a su favor por los siguientes documentos:

Nº factura     Fecha factura   Importe      Fecha vencimiento
2026-055       20/11/2026      968,00 €     15/01/2027

El importe le será abonado en la cuenta que figura en nuestros registros en la fecha de vencimiento.

Si desea disponer del importe antes de esa fecha puede solicitar el ANTICIPO desde el portal
Confirming Proveedores (coste: 0,45 % + 0,10 % por cada mes anticipado).

Banco Atlántico Digital - Confirming
"""
    return [("Date", date(2026, 12, 1, 12, 0, "Europe/Madrid")),
            ("From", addr("Confirming Banco Atlántico", "confirming@bancoatlantico.example")),
            ("To", addr(LUC)),
            ("Subject", "Comunicación de pago confirming - DISTRIBUCIONES HERMANOS OLMEDO"),
            ("Message-ID", mid("o_es_confirming", "bancoatlantico.example"))], \
        text(plain)


@reg("other", "es",
     note="Public e-invoicing portal (FACe) status change for invoice 2026-057: 'Reconocida la obligación (contabilizada)' — not 'Pagada'.")
def o_es_face():
    plain = """FACe - Punto General de Entrada de Facturas Electrónicas

Se ha producido un cambio de estado en la siguiente factura:

Número de registro: REGAGE26e00098765432
Número de factura: 2026-057
Emisor: MARTIN GOMEZ LUCIA
Órgano gestor: L01280796 - Ayuntamiento de Villanueva del Prado
Importe: 1.815,00 €

Estado anterior: 1300 - Registrada en RCF
Estado actual:   2400 - Reconocida la obligación (contabilizada)
Fecha: 10/12/2026

Puede consultar el histórico de estados en https://face.gob.es

Este es un mensaje automático, por favor no responda.
"""
    return [("Date", date(2026, 12, 10, 11, 12, "Europe/Madrid")),
            ("From", addr("FACe", "no-reply@face.gob.es")),
            ("To", addr(LUC)),
            ("Subject", "[FACe] Cambio de estado de la factura 2026-057"),
            ("Message-ID", mid("o_es_face", "face.gob.es"))], \
        text(plain)


@reg("other", "es",
     note="Bizum between friends ('pizzas viernes 🍕'); money in, but not a client payment.")
def o_es_bizum_friends():
    plain = """Has recibido un Bizum

CARLA N. te ha enviado 18,50 €.
Concepto: pizzas viernes 🍕

Fecha: 12/12/2026 00:37
"""
    return [("Date", date(2026, 12, 12, 0, 37, "Europe/Madrid")),
            ("From", addr("Caja Rural del Ebro", "avisos@cajaruralebro.example")),
            ("To", addr(LUC)),
            ("Subject", "Bizum recibido: 18,50 €"),
            ("Message-ID", mid("o_es_bizum_friends", "cajaruralebro.example"))], \
        text(plain)


@reg("other", "es",
     note="Outgoing transfer to the owner's accountant (transferencia emitida), with 'factura' in the concept.")
def o_es_emitida():
    inner = """<p>Hola, Jordi:</p><p>Tu transferencia se ha enviado correctamente.</p>
""" + rows([("Importe", "-181,50 €"), ("Beneficiario", "GESTORIA LOPEZ I FILLS SL"),
            ("Concepto", "Factura gestoría 4T 2026"), ("Fecha", "05/01/2027")])
    return [("Date", date(2027, 1, 5, 10, 44, "Europe/Madrid")),
            ("From", addr("Caixa Mediterrània - Avisos", "avisos@caixamediterrania.example")),
            ("To", addr(JOR)),
            ("Subject", "Transferencia emitida"),
            ("Message-ID", mid("o_es_emitida", "caixamediterrania.example"))], \
        html(page("Caixa Mediterrània", "#004b87", inner, "", "es"))


@reg("other", "es",
     note="Returned direct debit (recibo devuelto) of the owner's own social-security quota; an amount and 'devolución', not a client payment.")
def o_es_devolucion():
    plain = """AVISO DE RECIBO DEVUELTO

Le informamos de que el siguiente recibo domiciliado en su cuenta no ha podido atenderse por falta de saldo
y ha sido devuelto al emisor:

Emisor:     TESORERIA GENERAL DE LA SEGURIDAD SOCIAL
Concepto:   CUOTA RETA 01/2027
Importe:    294,00 EUR
Fecha:      01/02/2027

Le recomendamos ponerse en contacto con el emisor para regularizar el pago.

Banco Insular de Canarias
"""
    return [("Date", date(2027, 2, 1, 9, 30, "Atlantic/Canary")),
            ("From", addr("Banco Insular - Avisos", "avisos@bancoinsular.example")),
            ("To", addr(NAY)),
            ("Subject", "Recibo devuelto"),
            ("Message-ID", mid("o_es_devolucion", "bancoinsular.example"))], \
        text(plain, charset="iso-8859-1", cte="quoted-printable")


@reg("other", "es",
     note="Invoicing SaaS (Holded-style) tracking notice: 'tu factura 2026-062 ha sido vista por el cliente'.")
def o_es_vista():
    plain = """¡Buenas noticias!

Tu cliente Eventos Brisa Marina SL ha abierto la factura 2026-062 (847,00 €).

Visto el: 18/12/2026 a las 11:02
Estado de cobro: Pendiente

Consejo: si el cobro se retrasa, puedes enviar un recordatorio desde la propia factura.

Holded
"""
    return [("Date", date(2026, 12, 18, 11, 2, "Europe/Madrid")),
            ("From", addr("Holded", "no-reply@holded.com")),
            ("To", addr(LUC)),
            ("Subject", "👀 Eventos Brisa Marina SL ha visto tu factura 2026-062"),
            ("Message-ID", mid("o_es_vista", "holded.com"))], \
        text(plain)


@reg("other", "es",
     note="PayPal 'Has enviado un pago' — outgoing payment by the owner to a software vendor.")
def o_es_paypal_sent():
    plain = """Has enviado un pago de 29,99 € EUR a Adobe Systems Software Ireland Ltd

Id. de transacción: 0LE22871HT6651203
Fecha: 22 de enero de 2027
Enviado: 29,99 € EUR
Financiado con: Saldo de PayPal

Vendedor: Adobe Systems Software Ireland Ltd
Descripción: Creative Cloud – Plan Fotografía (mensual)

PayPal (Europe) S.à r.l. et Cie, S.C.A.
"""
    return [("Date", date(2027, 1, 22, 3, 14, "Atlantic/Canary")),
            ("From", addr("service@paypal.es", "service@paypal.es")),
            ("To", addr(NAY)),
            ("Subject", "Recibo de tu pago a Adobe Systems Software Ireland Ltd"),
            ("Message-ID", mid("o_es_paypal_sent", "paypal.com"))], \
        text(plain)


@reg("other", "en",
     note="Peppol access point delivery receipt for INV-2026-046 ('delivered'), not a payment.")
def o_en_peppol():
    plain = """Peppol delivery confirmation

Your document has been delivered successfully.

Document type:   Invoice (Peppol BIS Billing 3.0)
Document number: INV-2026-046
Receiver:        Kilbride Logistics Ltd (0088:5391234567890)
Amount:          €1,476.00
Sent:            02 Dec 2026 10:14 GMT
Delivered:       02 Dec 2026 10:14 GMT
Message ID:      f4c1a8d2-55e0-4f5c-b7b9-2a0c77e1e310

This confirms transport-level delivery only. It does not indicate that the invoice has been accepted or paid.

EasyPeppol Access Point
"""
    return [("Date", date(2026, 12, 2, 10, 15, "Europe/Dublin")),
            ("From", addr("EasyPeppol", "noreply@easypeppol.example")),
            ("To", addr(TOM)),
            ("Subject", "Delivered: Invoice INV-2026-046 to Kilbride Logistics Ltd"),
            ("Message-ID", mid("o_en_peppol", "easypeppol.example"))], \
        text(plain)


@reg("other", "en",
     note="Stripe 'payment failed' for INV-2026-047 (card declined); payment wording but no money came in.")
def o_en_failed():
    plain = """A payment for invoice INV-2026-047 failed

Pinewood Theatre Company tried to pay €450.00 for invoice INV-2026-047, but the payment failed.

Reason: Your customer's card was declined (insufficient_funds).

Stripe will retry the payment automatically in 3 days. The invoice remains open.

View invoice: https://dashboard.stripe.com/invoices/in_1QeB4rLkdIwHu7ix

Stripe Payments Europe, Ltd.
"""
    return [("Date", date(2026, 12, 8, 12, 31, "Europe/Dublin")),
            ("From", addr("Stripe", "notifications@stripe.com")),
            ("To", addr(TOM)),
            ("Subject", "Payment failed for invoice INV-2026-047"),
            ("Message-ID", mid("o_en_failed", "stripe.com"))], \
        text(plain)


@reg("other", "en",
     note="'Invoice viewed' tracking notice from invoicing software (FreshBooks-style).")
def o_en_viewed():
    inner = """<p style="font-size:18px"><b>Harper &amp; Lowe Engineering Ltd</b> viewed invoice <b>INV-2026-048</b></p>
""" + rows([("Amount due", "€980.00"), ("Due date", "January 10, 2027"), ("Viewed", "December 14, 2026 at 9:31 AM")]) + """
<p>We'll let you know when it's paid.</p>"""
    return [("Date", date(2026, 12, 14, 9, 31, "Europe/Dublin")),
            ("From", addr("FreshBooks", "notifications@freshbooks.com")),
            ("To", addr(TOM)),
            ("Subject", "Harper & Lowe Engineering Ltd viewed Invoice INV-2026-048"),
            ("Message-ID", mid("o_en_viewed", "freshbooks.com"))], \
        html(page("FreshBooks", "#0075dd", inner, "", "en"))


@reg("other", "en",
     note="Zelle 'You sent money' — outgoing payment by the owner.")
def o_en_zelle_sent():
    plain = """You sent $120.00 with Zelle(R)

To: SAM OKAFOR
Memo: stock photos
From: BUSINESS CHECKING ...8802
Date: 01/14/2027
Confirmation: HVF7T2P0LX3

Hudson Valley Federal Credit Union
"""
    return [("Date", date(2027, 1, 14, 16, 12, "America/New_York")),
            ("From", addr("Hudson Valley FCU", "alerts@hvfcu.example")),
            ("To", addr(DAN)),
            ("Subject", "You sent $120.00 with Zelle"),
            ("Message-ID", mid("o_en_zelle_sent", "hvfcu.example"))], \
        text(plain, charset="us-ascii", cte="7bit")


@reg("other", "en",
     note="AP portal: invoice INV-2026-049 approved and 'scheduled for payment on 29 January 2027' — a machine 'payment scheduled' notice, money not yet sent.")
def o_en_scheduled():
    plain = """Invoice status update

Supplier: Byrne Design
Invoice: INV-2026-049
Amount: €2,214.00
Status: APPROVED – Scheduled for payment

This invoice has been approved and is scheduled for payment on 29 January 2027 in the regular payment run.
You will receive a remittance advice when the payment has been released.

Supplier Portal – Brightlane Media Group
Do not reply to this automated message.
"""
    return [("Date", date(2027, 1, 15, 7, 30, "Europe/London")),
            ("From", addr("Brightlane Supplier Portal", "portal-noreply@payables-hub.example")),
            ("To", addr(TOM)),
            ("Subject", "Invoice INV-2026-049: approved, scheduled for payment"),
            ("Message-ID", mid("o_en_scheduled", "payables-hub.example"))], \
        text(plain)


@reg("other", "en",
     note="Inbound payment returned to the sender (AC04 name/account mismatch): 'a payment to your account has been returned' — money did not arrive.")
def o_en_returned():
    plain = """Payment returned

We couldn't credit a payment to your account, so it has been returned to the sender.

From: MARLOW BOOKS LTD
Amount: £720.00
Reference: PS-0155
Reason: the account name supplied by the sender did not match the account (Confirmation of Payee)

You may want to let the sender know your correct account details.

Greenfinch Business
"""
    return [("Date", date(2027, 2, 9, 11, 54, "Europe/London")),
            ("From", addr("Greenfinch Business", "hello@greenfinch.example")),
            ("To", addr(PRI)),
            ("Subject", "A payment to you has been returned"),
            ("Message-ID", mid("o_en_returned", "greenfinch.example"))], \
        text(plain)

# =============================================================================
# AUTO-REPLIES
# =============================================================================
IBAN_ALE = "IT60X0542811101000000123456"
IBAN_DAV = "IT47B0306909606100000063311"
IBAN_LUC = "ES2130580101452720001234"
IBAN_JOR = "ES7621000418401234567891"


def thread(seed, domain):
    """Message-ID of the reminder being answered."""
    return mid("reminder-" + seed, domain)


@reg("auto-reply", "it", return_date="2027-01-07",
     note="RFC 3834 auto-reply (Auto-Submitted: auto-replied); 'fuori ufficio dal 23 dicembre al 6 gennaio compreso' -> back 7 January. Quotes the reminder, which says 'Se il pagamento è già stato effettuato'.")
def a_it_ferie():
    r = thread("a_it_ferie", "example.it")
    q = reminder_it("Spett.le Mobilificio Brianzolo srl,", "38/2026", "1.342,00 €", "30 novembre 2026",
                    "Alessandra Rossi", IBAN_ALE, "Fattura 38/2026")
    body = f"""Buongiorno,

sarò fuori ufficio dal 23 dicembre al 6 gennaio compreso, senza accesso alla posta elettronica.
Per questioni amministrative potete scrivere a amministrazione@mobilificiobrianzolo.it.

Buone feste!
Chiara Colombo
Ufficio Acquisti – Mobilificio Brianzolo srl

-----Messaggio originale-----
Da: Alessandra Rossi <alessandra@example.it>
Inviato: martedì 22 dicembre 2026 09:00
A: Chiara Colombo <c.colombo@mobilificiobrianzolo.it>
Oggetto: Re: Fattura 38/2026 - Alessandra Rossi

{q}"""
    return [("Date", date(2026, 12, 22, 9, 0, "Europe/Rome", 41)),
            ("From", addr("Chiara Colombo", "c.colombo@mobilificiobrianzolo.it")),
            ("To", addr(ALE)),
            ("Subject", "Risposta automatica: Re: Fattura 38/2026 - Alessandra Rossi"),
            ("Message-ID", mid("a_it_ferie", "mobilificiobrianzolo.it")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All")], \
        text(body)


@reg("auto-reply", "it", return_date="2026-11-23",
     note="No RFC 3834 headers, only the 'Risposta automatica' subject; weekday only: 'rientro lunedì' on a Thursday (19 Nov 2026) -> Monday 23 Nov.")
def a_it_lunedi():
    r = thread("a_it_lunedi", "grecofoto.it")
    body = """Sono in trasferta per lavoro, rientro lunedì.
Rispondo appena possibile. Per urgenze: 347 118 2290.

Geom. Luca Ghezzi
"""
    return [("Date", date(2026, 11, 19, 15, 30, "Europe/Rome")),
            ("From", addr("Luca Ghezzi", "luca.ghezzi@studioghezzi.it")),
            ("To", "davide@grecofoto.it"),
            ("Subject", "Risposta automatica: Re: Fattura 2026/41 servizio fotografico"),
            ("Message-ID", mid("a_it_lunedi", "studioghezzi.it")),
            ("In-Reply-To", r), ("References", r)], \
        text(body, charset="iso-8859-1")


@reg("auto-reply", "it",
     note="'Casella non più attiva': mailbox no longer in use, points to another address; X-Autoreply header only.")
def a_it_dismessa():
    r = thread("a_it_dismessa", "example.it")
    body = """ATTENZIONE: questa casella di posta non è più attiva e non viene letta.

Dal 1° novembre 2026 le comunicazioni amministrative e le fatture devono essere inviate a:
contabilita@cartoleriapapiro.it

Le fatture elettroniche devono essere trasmesse tramite SdI (codice destinatario KRRH6B9).

Grazie.
Cartoleria Papiro di Sala M.
"""
    return [("Date", date(2026, 11, 25, 10, 2, "Europe/Rome")),
            ("From", addr("Cartoleria Papiro", "info@cartoleriapapiro.it")),
            ("To", addr(ALE)),
            ("Subject", "Casella non più attiva - Re: Fattura 35/2026"),
            ("Message-ID", mid("a_it_dismessa", "cartoleriapapiro.it")),
            ("In-Reply-To", r), ("References", r),
            ("X-Autoreply", "yes"),
            ("Precedence", "auto_reply")], \
        text(body)


@reg("auto-reply", "it",
     note="Help-desk ticket acknowledgement from the client's accounts department ('[#48213] Abbiamo ricevuto la sua richiesta'); it also says suppliers are paid on the 10th of each month — a policy statement, not a promise.")
def a_it_ticket():
    r = thread("a_it_ticket", "example.it")
    plain = """Gentile Alessandra Rossi,

grazie per averci contattato. La sua richiesta è stata registrata con il numero #48213 e sarà presa in carico
dall'Ufficio Amministrazione Fornitori entro 3 giorni lavorativi.

Oggetto: Re: Fattura 1/2027 - Alessandra Rossi
Stato: Aperto

Le ricordiamo che i pagamenti ai fornitori vengono effettuati il giorno 10 di ogni mese per le fatture
approvate e in scadenza. Per sollecitare la risposta, è sufficiente rispondere a questa email mantenendo
il numero di ticket nell'oggetto.

Cordiali saluti,
Service Desk Amministrazione
Gruppo Valtellina Alimentari S.p.A.
"""
    return [("Date", date(2027, 1, 11, 9, 6, "Europe/Rome")),
            ("From", addr("Service Desk Amministrazione", "helpdesk.fornitori@valtellinalimentari.example")),
            ("To", addr(ALE)),
            ("Subject", "[#48213] Abbiamo ricevuto la sua richiesta: Re: Fattura 1/2027 - Alessandra Rossi"),
            ("Message-ID", mid("a_it_ticket", "valtellinalimentari.example")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "true"),
            ("Reply-To", "helpdesk.fornitori@valtellinalimentari.example")], \
        alt(text(plain), html("<html><body><div style='font-family:Arial'>" +
                              plain.replace("&", "&amp;").replace("<", "&lt;").replace("\n\n", "</p><p>").replace("\n", "<br>") +
                              "</div></body></html>"))


@reg("auto-reply", "it",
     note="Maternity leave auto-reply, vague return ('fino a marzo'); no return_date. Outlook HTML only.")
def a_it_maternita():
    r = thread("a_it_maternita", "grecofoto.it")
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Buongiorno,</p>
<p>sono in congedo di maternità fino a marzo. In mia assenza potete rivolgervi alla collega
<a href="mailto:s.ferrari@edizionileonde.it">Silvia Ferrari</a> per tutto ciò che riguarda contratti e pagamenti ai collaboratori.</p>
<p>Grazie e a presto,<br>Paola Marchetti<br><span style="color:#888">Casa Editrice Le Onde srl – Ufficio Diritti</span></p>
</div></body></html>"""
    return [("Date", date(2027, 2, 3, 11, 20, "Europe/Rome")),
            ("From", addr("Paola Marchetti", "p.marchetti@edizionileonde.it")),
            ("To", addr(DAV)),
            ("Subject", "Risposta automatica: R: Fattura 2027/3"),
            ("Message-ID", mid("a_it_maternita", "edizionileonde.it")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-generated"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "p.marchetti@edizionileonde.it")], \
        html(h)


@reg("auto-reply", "it", return_date="2027-01-07",
     note="Bilingual IT/EN company closure notice: closed 24 Dec – 6 Jan, 'riapriremo giovedì 7 gennaio' / 'we will reopen on Thursday 7 January'.")
def a_it_chiusura():
    r = thread("a_it_chiusura", "example.it")
    body = """*** Messaggio automatico / Automatic reply ***

Gentile cliente, gentile fornitore,
vi informiamo che i nostri uffici resteranno chiusi per le festività dal 24 dicembre 2026 al 6 gennaio 2027.
Riapriremo giovedì 7 gennaio. Le email ricevute in questo periodo saranno gestite al nostro rientro.

Dear customer, dear supplier,
our offices will be closed for the holidays from 24 December 2026 to 6 January 2027.
We will reopen on Thursday 7 January. Emails received during this period will be handled when we are back.

Termoidraulica Brambilla snc
Via dei Mille 8 – 22063 Cantù (CO)
"""
    return [("Date", date(2026, 12, 28, 8, 45, "Europe/Rome")),
            ("From", addr("Termoidraulica Brambilla", "ufficio@brambillaimpianti.it")),
            ("To", addr(ALE)),
            ("Subject", "Chiusura uffici / Office closed [Re: Fattura 40/2026]"),
            ("Message-ID", mid("a_it_chiusura", "brambillaimpianti.it")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied")], \
        text(body)


@reg("auto-reply", "it", return_date="2027-02-11",
     note="'fuori sede fino a mercoledì 10 febbraio compreso' -> back Thursday 11 Feb; only X-Autoreply header; Gmail-style quoted reminder with '>'.")
def a_it_fuorisede():
    r = thread("a_it_fuorisede", "example.it")
    q = reminder_it("Gentile Giorgia Fontana,", "6/2027", "610,00 €", "31 gennaio 2027",
                    "Alessandra Rossi", IBAN_ALE, "Fattura 6/2027")
    body = f"""Grazie per il messaggio. Sono fuori sede fino a mercoledì 10 febbraio compreso, con accesso limitato alla posta.
Vi risponderò al mio rientro.

Giorgia

Il giorno gio 4 feb 2027 alle ore 09:00 Alessandra Rossi <alessandra@example.it> ha scritto:
{quote(q)}
"""
    return [("Date", date(2027, 2, 4, 9, 0, "Europe/Rome", 52)),
            ("From", addr("Giorgia Fontana", "giorgia.fontana@libero.it")),
            ("To", addr(ALE)),
            ("Subject", "Re: Fattura 6/2027 - Alessandra Rossi"),
            ("Message-ID", mid("a_it_fuorisede", "libero.it")),
            ("In-Reply-To", r), ("References", r),
            ("X-Autoreply", "yes")], \
        text(body)


# ---------------------------------------------------------------- Spanish ---

@reg("auto-reply", "es", return_date="2027-01-11",
     note="Exchange OOF in Spanish (Auto-Submitted: auto-generated): 'fuera de la oficina hasta el lunes 11 de enero' -> that Monday.")
def a_es_lunes11():
    r = thread("a_es_lunes11", "martinestudio.es")
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body lang="ES"><div class="WordSection1">
<p class="MsoNormal">Hola:</p>
<p class="MsoNormal">Estaré fuera de la oficina hasta el lunes 11 de enero. Para temas urgentes de facturación podéis
escribir a <a href="mailto:administracion@inmolevante.es">administracion@inmolevante.es</a>.</p>
<p class="MsoNormal">Un saludo,<br>Raquel Soler<br>Grupo Inmobiliario Levante</p>
</div></body></html>"""
    return [("Date", date(2027, 1, 8, 10, 3, "Europe/Madrid")),
            ("From", addr("Raquel Soler", "rsoler@inmolevante.es")),
            ("To", addr(LUC)),
            ("Subject", "Respuesta automática: RE: Factura 2026-064 - Lucía Martín"),
            ("Message-ID", mid("a_es_lunes11", "inmolevante.es")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"),
            ("X-MS-Exchange-Organization-AutoReply", "yes")], \
        html(h)


@reg("auto-reply", "es",
     note="'Ya no formo parte de la empresa': person has left, redirect to proveedores@; no RFC 3834 headers, plain subject.")
def a_es_yano():
    r = thread("a_es_yano", "martinestudio.es")
    body = """Hola,

Ya no formo parte de Distribuciones Hermanos Olmedo. Este buzón dejará de estar operativo en breve.

Para facturas y pagos a proveedores, escribid a proveedores@olmedodistribuciones.es
Para pedidos: compras@olmedodistribuciones.es

¡Gracias y mucha suerte!
Álvaro
"""
    return [("Date", date(2026, 11, 16, 12, 10, "Europe/Madrid")),
            ("From", addr("Álvaro Peña", "apena@olmedodistribuciones.es")),
            ("To", addr(LUC)),
            ("Subject", "Re: Factura 2026-049"),
            ("Message-ID", mid("a_es_yano", "olmedodistribuciones.es")),
            ("In-Reply-To", r), ("References", r)], \
        text(body, charset="iso-8859-1", cte="8bit")


@reg("auto-reply", "es",
     note="Accounts-payable help-desk acknowledgement '[#2026-11873] Hemos recibido su consulta'; mentions payment days 10 y 25 (policy, not promise). Auto-Submitted present.")
def a_es_ticket():
    r = thread("a_es_ticket", "puigtraduccions.cat")
    plain = """Estimado/a proveedor/a:

Hemos recibido su consulta y se ha creado el ticket número #2026-11873.
Nuestro equipo de Cuentas a Pagar le responderá en un plazo máximo de 72 horas laborables.

Le recordamos que los pagos a proveedores se realizan los días 10 y 25 de cada mes, siempre que la factura
esté aprobada y haya sido recibida con el número de pedido correcto.

Atentamente,
Centro de Servicios Compartidos - Cuentas a Pagar
Logística del Río, S.A.

[Por favor, no modifique el asunto de este correo]
"""
    return [("Date", date(2026, 12, 3, 17, 44, "Europe/Madrid")),
            ("From", addr("Cuentas a Pagar - Logística del Río", "soporte.proveedores@logisticaderio.example")),
            ("To", addr(JOR)),
            ("Subject", "[#2026-11873] Hemos recibido su consulta - RE: Factura F26/114"),
            ("Message-ID", mid("a_es_ticket", "logisticaderio.example")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied"),
            ("X-Freshdesk-Ticket-Id", "2026-11873")], \
        text(plain)


@reg("auto-reply", "es", return_date="2026-12-09",
     note="Gmail vacation responder: 'me reincorporo el miércoles 9 de diciembre' (after the Spanish December long weekend).")
def a_es_puente():
    r = thread("a_es_puente", "martinestudio.es")
    body = """¡Hola! Estoy de puente y me reincorporo el miércoles 9 de diciembre. Contestaré tu correo a la vuelta 😊

Marta
"""
    return [("Date", date(2026, 12, 3, 19, 22, "Europe/Madrid")),
            ("From", addr("Marta García", "marta.garciav@gmail.com")),
            ("To", addr(LUC)),
            ("Subject", "Re: Factura 2026-059"),
            ("Message-ID", mid("a_es_puente", "mail.gmail.com")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied")], \
        alt(text(body), html(f"<div dir=\"ltr\">{body.strip()}</div>"))


@reg("auto-reply", "es", return_date="2027-02-01",
     note="Weekday only: 'vuelvo el lunes' sent on Wednesday 27 Jan 2027 -> Monday 1 Feb. Canary time zone; only a non-standard X-Autorespond header.")
def a_es_vuelvolunes():
    r = thread("a_es_vuelvolunes", "nayradiseno.com")
    body = """Buenas!! Estoy fuera de la isla por trabajo, vuelvo el lunes. Si es urgente llámame al 628 44 19 07.
Un abrazo,
Ainhoa · Surf & Café La Cicer
"""
    return [("Date", date(2027, 1, 27, 13, 15, "Atlantic/Canary")),
            ("From", addr("Ainhoa Suárez", "hola@surfcafelacicer.es")),
            ("To", addr(NAY)),
            ("Subject", "Respuesta automática - RE: Factura A-2027-02"),
            ("Message-ID", mid("a_es_vuelvolunes", "surfcafelacicer.es")),
            ("In-Reply-To", r), ("References", r),
            ("X-Autorespond", "1")], \
        text(body)


@reg("auto-reply", "es",
     note="Sick leave, no return date ('de baja, sin fecha prevista de reincorporación'); quotes the reminder (Outlook block) which contains 'Si el pago ya se ha realizado'.")
def a_es_baja():
    r = thread("a_es_baja", "martinestudio.es")
    q = reminder_es("Estimada Clínica Dental Sonríe:", "2026-063", "605,00 €", "15/01/2027",
                    "Lucía Martín", IBAN_LUC, "Factura 2026-063")
    body = f"""Buenos días,

Me encuentro de baja médica, sin fecha prevista de reincorporación. Su mensaje no será reenviado.
Para asuntos de administración pueden contactar con recepcion@clinicasonrie.es o en el 91 555 02 33.

Gracias,
Dra. Irene Calvo

________________________________
De: Lucía Martín <lucia@martinestudio.es>
Enviado: lunes, 25 de enero de 2027 9:00
Para: Irene Calvo <icalvo@clinicasonrie.es>
Asunto: Factura 2026-063 - Lucía Martín

{q}"""
    return [("Date", date(2027, 1, 25, 9, 1, "Europe/Madrid")),
            ("From", addr("Irene Calvo", "icalvo@clinicasonrie.es")),
            ("To", addr(LUC)),
            ("Subject", "Respuesta automática: Factura 2026-063 - Lucía Martín"),
            ("Message-ID", mid("a_es_baja", "clinicasonrie.es")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied")], \
        text(body, charset="windows-1252", cte="quoted-printable")


@reg("auto-reply", "es", return_date="2027-01-08",
     note="Christmas closure 'del 23/12 al 07/01, ambos inclusive' -> first day back 8 January; no explicit return sentence.")
def a_es_navidad():
    r = thread("a_es_navidad", "puigtraduccions.cat")
    body = """Gracias por su correo.

Nuestra oficina permanecerá cerrada por vacaciones de Navidad del 23/12 al 07/01, ambos inclusive.
Durante este periodo no se atenderán consultas ni se procesarán pagos.

¡Felices fiestas!

Studio Nómada SL
C/ Verdi 112, 08012 Barcelona
"""
    return [("Date", date(2026, 12, 23, 11, 35, "Europe/Madrid")),
            ("From", addr("Studio Nómada", "admin@studionomada.es")),
            ("To", addr(JOR)),
            ("Subject", "Auto: Re: Factura F26/126"),
            ("Message-ID", mid("a_es_navidad", "studionomada.es")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied"),
            ("Precedence", "bulk")], \
        text(body)


@reg("auto-reply", "es", return_date="2027-02-11",
     note="Canary carnival closure: 'cerrado ... hasta el miércoles 10 de febrero; volvemos el jueves 11' -> 11 Feb. HTML only.")
def a_es_carnaval():
    r = thread("a_es_carnaval", "nayradiseno.com")
    h = """<html><body style="font-family:Verdana;font-size:13px">
<p>🎭 ¡Estamos de Carnaval!</p>
<p>La oficina del Hotel Las Arenas (administración) permanece cerrada hasta el miércoles 10 de febrero.
Volvemos el <b>jueves 11</b> y contestaremos todos los correos por orden de llegada.</p>
<p>Para reservas: reservas@hotellasarenas.es</p>
<p>Administración · Hotel Las Arenas Maspalomas</p>
</body></html>"""
    return [("Date", date(2027, 2, 8, 10, 0, "Atlantic/Canary")),
            ("From", addr("Administración Hotel Las Arenas", "administracion@hotellasarenas.es")),
            ("To", addr(NAY)),
            ("Subject", "Respuesta automática: Factura A-2027-05"),
            ("Message-ID", mid("a_es_carnaval", "hotellasarenas.es")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied")], \
        html(h)


# ---------------------------------------------------------------- English ---

@reg("auto-reply", "en", return_date="2027-01-04",
     note="RFC 3834 OOO: 'out of the office until Monday 4 January' -> that Monday.")
def a_en_jan4():
    r = thread("a_en_jan4", "byrnedesign.ie")
    body = """Hi,

Thanks for your email. I'm out of the office until Monday 4 January with limited access to email.
For anything urgent, please contact accounts@corribcoffee.ie.

Happy holidays,
Niamh Kelly
Operations | Corrib Coffee Roasters
"""
    return [("Date", date(2026, 12, 23, 9, 5, "Europe/Dublin")),
            ("From", addr("Niamh Kelly", "niamh@corribcoffee.ie")),
            ("To", addr(TOM)),
            ("Subject", "Automatic reply: Invoice INV-2026-043 from Byrne Design"),
            ("Message-ID", mid("a_en_jan4", "corribcoffee.ie")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All")], \
        text(body)


@reg("auto-reply", "en",
     note="'Sarah Doyle has left Brightlane' — no longer with the company, contact accounts; no RFC 3834 headers.")
def a_en_left():
    r = thread("a_en_left", "byrnedesign.ie")
    body = """Thank you for your email.

Sarah Doyle is no longer with Brightlane Media Group and this mailbox is not monitored.

For supplier invoices and payment queries please contact ap@brightlane.example.
For marketing and creative projects please contact studio@brightlane.example.

Your email has not been forwarded.
"""
    return [("Date", date(2026, 11, 30, 14, 2, "Europe/London")),
            ("From", addr("Sarah Doyle", "sarah.doyle@brightlane.example")),
            ("To", addr(TOM)),
            ("Subject", "RE: Invoice INV-2026-035"),
            ("Message-ID", mid("a_en_left", "brightlane.example")),
            ("In-Reply-To", r), ("References", r)], \
        text(body, charset="us-ascii", cte="7bit")


@reg("auto-reply", "en",
     note="AP service-desk ticket acknowledgement; the subject carries 'Invoice INV-2026-040 overdue'; the body quotes nothing.")
def a_en_ticket():
    r = thread("a_en_ticket", "byrnedesign.ie")
    plain = """##- Please type your reply above this line -##

Your request (#AP-55120) has been received and is being reviewed by our Accounts Payable team.

Subject: Re: Invoice INV-2026-040 overdue
Priority: Normal

Typical response time is 2-3 business days. To add comments, reply to this email.

Northgate Pharma Ireland – Accounts Payable Service Desk

This email is a service from Northgate Pharma Service Desk.
"""
    return [("Date", date(2027, 1, 20, 11, 2, "Europe/Dublin")),
            ("From", addr("Northgate AP Service Desk", "support+id55120@northgate-ap.example")),
            ("To", addr(TOM)),
            ("Subject", "[Northgate AP] Re: Invoice INV-2026-040 overdue"),
            ("Message-ID", mid("a_en_ticket", "northgate-ap.example")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-generated"),
            ("X-Mailer", "Zendesk Mailer")], \
        text(plain)


@reg("auto-reply", "en",
     note="Vague OOO ('travelling for the next couple of weeks'); no return_date. US sender.")
def a_en_travel():
    r = thread("a_en_travel", "kowalskidev.com")
    body = """Hey there — I'm travelling for the next couple of weeks and checking email only occasionally.
If it's about billing, loop in my assistant Jen (jen@northwindpub.example) and she'll take care of you.

— Marcus
Sent from my iPhone
"""
    return [("Date", date(2026, 11, 10, 7, 48, "America/Los_Angeles")),
            ("From", addr("Marcus Webb", "marcus@northwindpub.example")),
            ("To", addr(DAN)),
            ("Subject", "Out of Office: Re: DK-1049 invoice"),
            ("Message-ID", mid("a_en_travel", "northwindpub.example")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied")], \
        text(body)


@reg("auto-reply", "en", return_date="2026-11-30",
     note="Thanksgiving OOO: 'will return Monday, November 30'. Quotes the due-date reminder Apple-Mail style.")
def a_en_thanksgiving():
    r = thread("a_en_thanksgiving", "kowalskidev.com")
    q = due_en("Dear Accounts Team,", "DK-1050", "$2,400.00", "November 25, 2026", "Dana Kowalski")
    body = f"""I am out of the office for the Thanksgiving holiday and will return Monday, November 30.
I will respond to your message as soon as possible after my return.

Best,
Linda Osei
Office Manager, Hamilton Yoga Studio

On Nov 25, 2026, at 8:00 AM, Dana Kowalski <dana@kowalskidev.com> wrote:

{quote(q)}
"""
    return [("Date", date(2026, 11, 25, 8, 1, "America/New_York")),
            ("From", addr("Linda Osei", "linda@hamiltonyoga.example")),
            ("To", addr(DAN)),
            ("Subject", "Out of Office Re: Invoice DK-1050"),
            ("Message-ID", mid("a_en_thanksgiving", "hamiltonyoga.example")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied")], \
        text(body)


@reg("auto-reply", "en", return_date="2027-02-16",
     note="Weekday only: sent Friday 12 Feb 2027, 'office closed Monday for Presidents' Day, back on Tuesday' -> 16 Feb.")
def a_en_presidents():
    r = thread("a_en_presidents", "kowalskidev.com")
    body = """Thanks for reaching out! Our office is closed Monday for Presidents' Day. I'll be back on Tuesday and will get back to you then.

Jen Alvarez
Accounts & Admin | Northwind Publishing
"""
    return [("Date", date(2027, 2, 12, 17, 31, "America/New_York")),
            ("From", addr("Jen Alvarez", "jen@northwindpub.example")),
            ("To", addr(DAN)),
            ("Subject", "Automatic reply: DK-1058"),
            ("Message-ID", mid("a_en_presidents", "northwindpub.example")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes")], \
        text(body)


@reg("auto-reply", "en", return_date="2027-03-01",
     note="UK parental leave: 'on leave until Friday 26 February inclusive, returning Monday 1 March'; HTML+plain, with signature and disclaimer.")
def a_en_leave():
    r = thread("a_en_leave", "shahcopy.co.uk")
    plain = """Thank you for your email.

I'm on leave until Friday 26 February inclusive, returning Monday 1 March. During this time my emails will not be monitored.
For invoices and supplier payments, please email finance@marlowbooks.example.

Kind regards,
Oliver Grant
Managing Editor, Marlow Books Ltd

Marlow Books Ltd is registered in England and Wales (No. 04411223). This email and any attachments are confidential.
"""
    h = "<html><body><p>" + plain.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>"
    return [("Date", date(2027, 2, 17, 12, 0, "Europe/London")),
            ("From", addr("Oliver Grant", "oliver.grant@marlowbooks.example")),
            ("To", addr(PRI)),
            ("Subject", "Automatic reply: Invoice PS-0156"),
            ("Message-ID", mid("a_en_leave", "marlowbooks.example")),
            ("In-Reply-To", r), ("References", r),
            ("Auto-Submitted", "auto-replied")], \
        alt(text(plain), html(h))

# =============================================================================
# BOUNCES
# =============================================================================

def status_part(mta, arrival, recips, extra=""):
    lines = [f"Reporting-MTA: dns; {mta}"]
    if extra:
        lines += extra.strip().split("\n")
    if arrival:
        lines.append(f"Arrival-Date: {arrival}")
    out = "\n".join(lines) + "\n"
    for r in recips:
        out += "\n" + "\n".join(f"{k}: {v}" for k, v in r) + "\n"
    return Leaf("message/delivery-status", out, cte=None)


def report(human, status, orig, headers_only=False):
    third = (Leaf("text/rfc822-headers", headers_of(orig), cte=None) if headers_only
             else Leaf("message/rfc822", orig, cte=None))
    return Multi("report", [human, status, third], params="; report-type=delivery-status")


@reg("bounce", "en", failed_recipient="amministrazione@edilpezzotta.it", permanent=True,
     note="Postfix 'Undelivered Mail Returned to Sender', 550 5.1.1 user unknown; returned message is an Italian reminder (the DSN text is English).")
def b_postfix_perm():
    o = original(DAV, addr("Amministrazione Edil Pezzotta", "amministrazione@edilpezzotta.it"),
                 "Re: Fattura 2026/48 servizio fotografico cantiere",
                 date(2026, 12, 14, 9, 0, "Europe/Rome", 0), thread("b_postfix_perm", "grecofoto.it"),
                 reminder_it("Spett.le Edil Costruzioni Pezzotta srl,", "2026/48", "1.464,00 €", "10 dicembre 2026",
                             "Davide Greco", IBAN_DAV, "Fattura 2026/48"))
    human = """This is the mail system at host mail.grecofoto.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<amministrazione@edilpezzotta.it>: host mx.edilpezzotta.it[93.41.220.18] said:
    550 5.1.1 <amministrazione@edilpezzotta.it>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    st = status_part("mail.grecofoto.it", "Mon, 14 Dec 2026 09:00:00 +0100",
                     [[("Final-Recipient", "rfc822; amministrazione@edilpezzotta.it"),
                       ("Original-Recipient", "rfc822;amministrazione@edilpezzotta.it"),
                       ("Action", "failed"), ("Status", "5.1.1"),
                       ("Remote-MTA", "dns; mx.edilpezzotta.it"),
                       ("Diagnostic-Code", "smtp; 550 5.1.1 <amministrazione@edilpezzotta.it>: Recipient\n    address rejected: User unknown in virtual mailbox table")]],
                     "X-Postfix-Queue-ID: 4F2C31A0B7C\nX-Postfix-Sender: rfc822; davide@grecofoto.it")
    return [("Return-Path", "<>"),
            ("Date", "Mon, 14 Dec 2026 09:00:03 +0100 (CET)"),
            ("From", "MAILER-DAEMON@mail.grecofoto.it (Mail Delivery System)"),
            ("To", "davide@grecofoto.it"),
            ("Subject", "Undelivered Mail Returned to Sender"),
            ("Message-ID", "<20261214080003.7A1E21A0B80@mail.grecofoto.it>"),
            ("Auto-Submitted", "auto-replied")], \
        report(text(human, charset="us-ascii", cte="7bit", headers=["Content-Description: Notification"]), st, o)


@reg("bounce", "it", failed_recipient="paola.neri@architettineri.it", permanent=True,
     note="Italian hosting DSN 'Messaggio non recapitato': mailbox full 552 5.2.2, Action failed — the server has given up on this message.")
def b_it_quota():
    o = original(DAV, addr("Paola Neri", "paola.neri@architettineri.it"), "Re: Fattura 2026/50",
                 date(2027, 1, 11, 9, 0, "Europe/Rome", 0), thread("b_it_quota", "grecofoto.it"),
                 reminder_it("Gentile Paola Neri,", "2026/50", "732,00 €", "31 dicembre 2026",
                             "Davide Greco", IBAN_DAV, "Fattura 2026/50"))
    human = """Gentile utente,

il messaggio da lei inviato non è stato recapitato al seguente destinatario:

    paola.neri@architettineri.it

Motivo: la casella di posta del destinatario ha superato lo spazio disponibile (quota superata).
Risposta del server remoto: 552 5.2.2 Mailbox full - quota exceeded

Il messaggio non verrà più inviato. Può contattare il destinatario con altri mezzi e chiedergli di liberare spazio,
quindi inviare nuovamente il messaggio.

In allegato trova una copia del messaggio originale.

--
Servizio di posta elettronica
"""
    st = status_part("smtp-out03.postaitalia-hosting.example", "Mon, 11 Jan 2027 09:00:01 +0100",
                     [[("Final-Recipient", "rfc822; paola.neri@architettineri.it"),
                       ("Action", "failed"), ("Status", "5.2.2"),
                       ("Remote-MTA", "dns; mx01.architettineri.it"),
                       ("Diagnostic-Code", "smtp; 552 5.2.2 Mailbox full - quota exceeded")]])
    return [("Return-Path", "<>"),
            ("Date", date(2027, 1, 11, 9, 0, "Europe/Rome", 7)),
            ("From", addr("Servizio Posta", "mailer-daemon@postaitalia-hosting.example")),
            ("To", addr(DAV)),
            ("Subject", "Messaggio non recapitato: Re: Fattura 2026/50"),
            ("Message-ID", mid("b_it_quota", "postaitalia-hosting.example")),
            ("Auto-Submitted", "auto-replied")], \
        report(text(human, charset="iso-8859-1", cte="quoted-printable"), st, o)


@reg("bounce", "en", failed_recipient="accounts@kilbridelogistics.ie", permanent=False,
     note="Exim delay warning (greylisting, 451 4.7.1), 'No action is required on your part' — temporary.")
def b_exim_delay():
    o = original(TOM, addr("Kilbride Logistics Accounts", "accounts@kilbridelogistics.ie"),
                 "Re: Invoice INV-2026-046", date(2026, 12, 16, 8, 0, "Europe/Dublin", 0),
                 thread("b_exim_delay", "byrnedesign.ie"),
                 reminder_en("Dear Accounts Team,", "INV-2026-046", "€1,476.00", "15 December 2026", "Tom Byrne"))
    human = """This message was created automatically by mail delivery software.

A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on server.byrnedesign.ie.

The message identifier is:     1vQ8aL-0004Zr-2K
The subject of the message is: Re: Invoice INV-2026-046
The date of the message is:    Wed, 16 Dec 2026 08:00:00 +0000

The address to which the message has not yet been delivered is:

  accounts@kilbridelogistics.ie
    host mail.kilbridelogistics.ie [81.17.250.9]
    Delay reason: SMTP error from remote mail server after RCPT TO:<accounts@kilbridelogistics.ie>:
    451 4.7.1 Greylisted, please try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
    st = status_part("server.byrnedesign.ie", None,
                     [[("Action", "delayed"), ("Final-Recipient", "rfc822;accounts@kilbridelogistics.ie"),
                       ("Status", "4.0.0"), ("Remote-MTA", "dns; mail.kilbridelogistics.ie"),
                       ("Diagnostic-Code", "smtp; 451 4.7.1 Greylisted, please try again later"),
                       ("Will-Retry-Until", "Wed, 23 Dec 2026 08:00:00 +0000")]])
    return [("Return-Path", "<>"),
            ("Date", "Thu, 17 Dec 2026 08:14:09 +0000"),
            ("From", "Mail Delivery System <Mailer-Daemon@server.byrnedesign.ie>"),
            ("To", "tom@byrnedesign.ie"),
            ("Subject", "Warning: message 1vQ8aL-0004Zr-2K delayed 24 hours"),
            ("Message-ID", "<E1vQx2P-0007Kd-9t@server.byrnedesign.ie>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Failed-Recipients", None)], \
        report(text(human, charset="us-ascii", cte="7bit"), st, o, headers_only=True)


@reg("bounce", "en", failed_recipient="finance@harperlowe.example", permanent=True,
     note="Office 365 NDR 'Undeliverable:' with HTML + plain human part, 550 5.4.1 Recipient address rejected: Access denied.")
def b_o365():
    o = original(TOM, addr("Finance", "finance@harperlowe.example"), "Invoice INV-2027-004",
                 date(2027, 1, 26, 9, 0, "Europe/Dublin", 0), thread("b_o365", "byrnedesign.ie"),
                 reminder_en("Dear Accounts Team,", "INV-2027-004", "€980.00", "25 January 2027", "Tom Byrne"))
    plain = """Your message to finance@harperlowe.example couldn't be delivered.

finance wasn't found at harperlowe.example.

tom       Office 365      finance
Action Required            Recipient

Unknown To address

How to Fix It
The address may be misspelled or may not exist. Try one or more of the following:
- Retype the recipient's address, then resend the message.
- If you continue to experience the problem, contact the recipient by some other means.

More Info for Email Admins
Status code: 550 5.4.1

Original Message Details
Created Date:    1/26/2027 9:00:00 AM
Sender Address:  tom@byrnedesign.ie
Recipient Address: finance@harperlowe.example
Subject:         Invoice INV-2027-004

Error Details
Reported error:  550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT041.eop-EUR03.prod.protection.outlook.com]
DSN generated by: AM6PR02MB4421.eurprd02.prod.outlook.com
"""
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:'Segoe UI',Frutiger,Arial,sans-serif">
<p style="font-size:21px;color:#c00000"><b>Your message to finance@harperlowe.example couldn't be delivered.</b></p>
<p style="font-size:16px">finance wasn't found at harperlowe.example.</p>
<table style="width:100%"><tr><td>tom<br><span style="color:#c00000">Action Required</span></td>
<td>Office 365</td><td>finance<br>Recipient</td></tr></table>
<p><b>Unknown To address</b></p>
<p style="font-size:17px"><b>How to Fix It</b></p>
<p>The address may be misspelled or may not exist. Try one or more of the following:</p>
<ul><li>Retype the recipient's address, then resend the message.</li>
<li>If you continue to experience the problem, contact the recipient by some other means.</li></ul>
<p style="font-size:17px"><b>More Info for Email Admins</b></p>
<p>Status code: 550 5.4.1</p>
<p>Reported error: 550 5.4.1 Recipient address rejected: Access denied. AS(201806281)</p>
</div></body></html>"""
    st = status_part("AM6PR02MB4421.eurprd02.prod.outlook.com", "Tue, 26 Jan 2027 09:00:01 +0000",
                     [[("Original-Recipient", "rfc822;finance@harperlowe.example"),
                       ("Final-Recipient", "rfc822;finance@harperlowe.example"),
                       ("Action", "failed"), ("Status", "5.4.1"),
                       ("Diagnostic-Code", "smtp;550 5.4.1 Recipient address rejected: Access denied. AS(201806281)")]])
    return [("Date", "Tue, 26 Jan 2027 09:00:02 +0000"),
            ("From", "Microsoft Outlook <postmaster@byrnedesign.ie>"),
            ("To", "<tom@byrnedesign.ie>"),
            ("Subject", "Undeliverable: Invoice INV-2027-004"),
            ("Message-ID", "<61a0f7c2-3d4e-4b8a-9e7f-2c4b1d0e9a55@AM6PR02MB4421.eurprd02.prod.outlook.com>"),
            ("In-Reply-To", thread("b_o365", "byrnedesign.ie")),
            ("References", thread("b_o365", "byrnedesign.ie")),
            ("Auto-Submitted", "auto-replied"),
            ("X-MS-Exchange-Message-Is-Ndr", "")], \
        report(alt(text(plain), html(h)), st, o)


@reg("bounce", "en", failed_recipient="finance@marlowbooks.example", permanent=True,
     note="Gmail 'Delivery Status Notification (Failure)': address not found, 550 5.1.1. The recipient was the address suggested by an earlier auto-reply.")
def b_gmail_fail():
    o = original(PRI, addr("Marlow Books Finance", "finance@marlowbooks.example"), "Fwd: Invoice PS-0156",
                 date(2027, 2, 17, 12, 30, "Europe/London", 0), thread("b_gmail_fail", "shahcopy.co.uk"),
                 reminder_en("Dear Accounts Team,", "PS-0156", "£720.00", "14 February 2027", "Priya Shah"))
    plain = """
** Address not found **

Your message wasn't delivered to finance@marlowbooks.example because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response from the remote server was:
550 5.1.1 <finance@marlowbooks.example>: Recipient address rejected: User unknown in local recipient table
"""
    h = """<html><head></head><body>
<table cellpadding="0" cellspacing="0" style="padding-top:32px;background-color:#ffffff"><tbody><tr><td>
<h2 style="font-family:Google Sans,Roboto,Helvetica,Arial;font-size:24px;color:#d93025">Address not found</h2>
<p style="font-family:Roboto,Helvetica,Arial;font-size:16px">Your message wasn't delivered to <a style="color:#212121;text-decoration:none"><b>finance@marlowbooks.example</b></a> because the address couldn't be found, or is unable to receive mail.</p>
<p style="font-family:Roboto,Helvetica,Arial;font-size:14px">The response from the remote server was:</p>
<p style="font-family:monospace;font-size:12px">550 5.1.1 &lt;finance@marlowbooks.example&gt;: Recipient address rejected: User unknown in local recipient table</p>
</td></tr></tbody></table></body></html>"""
    st = status_part("googlemail.com", "Wed, 17 Feb 2027 04:30:00 -0800 (PST)",
                     [[("Final-Recipient", "rfc822; finance@marlowbooks.example"),
                       ("Action", "failed"), ("Status", "5.1.1"),
                       ("Remote-MTA", "dns; mx1.marlowbooks.example. (203.0.113.44, the server for the domain marlowbooks.example.)"),
                       ("Diagnostic-Code", "smtp; 550 5.1.1 <finance@marlowbooks.example>: Recipient address rejected: User unknown in local recipient table"),
                       ("Last-Attempt-Date", "Wed, 17 Feb 2027 04:30:02 -0800 (PST)")]],
                     "Received-From-MTA: dns; priya@shahcopy.co.uk")
    return [("Return-Path", "<>"),
            ("Date", "Wed, 17 Feb 2027 04:30:02 -0800 (PST)"),
            ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
            ("To", "priya@shahcopy.co.uk"),
            ("Subject", "Delivery Status Notification (Failure)"),
            ("Message-ID", "<65c0f3d2.050a0220.9f1e2.0b41.GMR@mx.google.com>"),
            ("Auto-Submitted", "auto-replied"),
            ("X-Failed-Recipients", "finance@marlowbooks.example")], \
        report(alt(text(plain), html(h)), st, o)


@reg("bounce", "en", failed_recipient="billing@hamiltonyoga.example", permanent=False,
     note="Gmail 'Delivery Status Notification (Delay)': temporary problem, 'Gmail will retry for 46 more hours', 4.4.1.")
def b_gmail_delay():
    o = original(DAN, addr("Hamilton Yoga Billing", "billing@hamiltonyoga.example"), "Re: Invoice DK-1055",
                 date(2027, 1, 6, 9, 0, "America/New_York", 0), thread("b_gmail_delay", "kowalskidev.com"),
                 reminder_en("Dear Accounts Team,", "DK-1055", "$1,275.00", "January 1, 2027", "Dana Kowalski"))
    plain = """
** Message not delivered yet **

There was a temporary problem delivering your message to billing@hamiltonyoga.example. Gmail will retry for 46 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
421 4.4.1 Connection timed out. Remote host did not respond.
"""
    st = status_part("googlemail.com", "Wed, 06 Jan 2027 06:00:00 -0800 (PST)",
                     [[("Final-Recipient", "rfc822; billing@hamiltonyoga.example"),
                       ("Action", "delayed"), ("Status", "4.4.1"),
                       ("Diagnostic-Code", "smtp; 421 4.4.1 Connection timed out. Remote host did not respond."),
                       ("Last-Attempt-Date", "Wed, 06 Jan 2027 08:12:44 -0800 (PST)"),
                       ("Will-Retry-Until", "Fri, 08 Jan 2027 06:00:00 -0800 (PST)")]],
                     "Received-From-MTA: dns; dana@kowalskidev.com")
    return [("Return-Path", "<>"),
            ("Date", "Wed, 06 Jan 2027 08:12:45 -0800 (PST)"),
            ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"),
            ("To", "dana@kowalskidev.com"),
            ("Subject", "Delivery Status Notification (Delay)"),
            ("Message-ID", "<677bf1ad.8a0b0220.3c2d1.77f0.GMR@mx.google.com>"),
            ("Auto-Submitted", "auto-replied")], \
        report(text(plain), st, o, headers_only=True)


@reg("bounce", "en", failed_recipient="ap@oldcityprint.example", permanent=True,
     note="qmail 'failure notice' — plain text (not multipart/report), 'This is a permanent error; I've given up', copy of the message below the line.")
def b_qmail():
    o = original(DAN, addr("", "ap@oldcityprint.example"), "Invoice DK-1051 – friendly reminder",
                 date(2026, 12, 9, 10, 0, "America/New_York", 0), thread("b_qmail", "kowalskidev.com"),
                 due_en("Hello,", "DK-1051", "$880.00", "December 9, 2026", "Dana Kowalski"))
    body = """Hi. This is the qmail-send program at mail.kowalskidev.com.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<ap@oldcityprint.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

""" + o.decode("ascii")
    return [("Return-Path", "<>"),
            ("Date", "9 Dec 2026 15:00:04 -0000"),
            ("From", "MAILER-DAEMON@mail.kowalskidev.com"),
            ("To", "dana@kowalskidev.com"),
            ("Subject", "failure notice"),
            ("Message-ID", "<20261209150004.28812.qmail@mail.kowalskidev.com>")], \
        text(body, charset="us-ascii", cte="7bit")


@reg("bounce", "es", failed_recipient="pagos@eventosbrisamarina.es", permanent=True,
     note="Spanish ISP DSN in Spanish: 'El buzón no existe' 550 5.1.1, multipart/report with the reminder attached.")
def b_es_noexiste():
    o = original(LUC, addr("Pagos Eventos Brisa Marina", "pagos@eventosbrisamarina.es"), "Re: Factura 2026-062",
                 date(2027, 1, 12, 9, 0, "Europe/Madrid", 0), thread("b_es_noexiste", "martinestudio.es"),
                 reminder_es("Estimados señores de Eventos Brisa Marina SL:", "2026-062", "847,00 €", "8/1/2027",
                             "Lucía Martín", IBAN_LUC, "Factura 2026-062"))
    human = """Este es el sistema de correo de smtp.martinestudio.es.

Lamentamos informarle de que su mensaje no ha podido entregarse a uno o
más destinatarios. Se adjunta el mensaje original.

Destinatario: <pagos@eventosbrisamarina.es>
Motivo: el buzón de destino no existe.
Respuesta del servidor remoto mx.eventosbrisamarina.es:
    550 5.1.1 <pagos@eventosbrisamarina.es>: Recipient address rejected: User unknown

Compruebe que la dirección está bien escrita. Si el problema continúa, póngase en
contacto con el destinatario por otro medio.

                   El sistema de correo
"""
    st = status_part("smtp.martinestudio.es", "Tue, 12 Jan 2027 09:00:00 +0100",
                     [[("Final-Recipient", "rfc822; pagos@eventosbrisamarina.es"),
                       ("Original-Recipient", "rfc822;pagos@eventosbrisamarina.es"),
                       ("Action", "failed"), ("Status", "5.1.1"),
                       ("Remote-MTA", "dns; mx.eventosbrisamarina.es"),
                       ("Diagnostic-Code", "smtp; 550 5.1.1 <pagos@eventosbrisamarina.es>: Recipient address\n    rejected: User unknown")]])
    return [("Return-Path", "<>"),
            ("Date", "Tue, 12 Jan 2027 09:00:02 +0100 (CET)"),
            ("From", addr("Sistema de entrega de correo", "MAILER-DAEMON@smtp.martinestudio.es")),
            ("To", "lucia@martinestudio.es"),
            ("Subject", "Mensaje no entregado: Re: Factura 2026-062"),
            ("Message-ID", "<20270112080002.B5C0E3E1A2@smtp.martinestudio.es>"),
            ("Auto-Submitted", "auto-replied")], \
        report(text(human), st, o)


@reg("bounce", "es", failed_recipient="contabilidad@studionomada.es", permanent=True,
     note="Exchange Online NDR in Spanish 'No se puede entregar:' — 550 5.1.10 RESOLVER.ADR.RecipientNotFound.")
def b_es_exchange():
    o = original(JOR, addr("Contabilidad Studio Nómada", "contabilidad@studionomada.es"), "RE: Factura F26/126",
                 date(2027, 1, 18, 10, 0, "Europe/Madrid", 0), thread("b_es_exchange", "puigtraduccions.cat"),
                 reminder_es("Estimados señores de Studio Nómada SL:", "F26/126", "1.331,00 €", "15/1/2027",
                             "Jordi Puig", IBAN_JOR, "Factura F26/126"))
    plain = """No se pudo entregar el mensaje a contabilidad@studionomada.es.

No se encontró contabilidad en studionomada.es.

Cómo solucionarlo
Es posible que la dirección esté mal escrita o que no exista. Pruebe una o varias de las opciones siguientes:
- Vuelva a escribir la dirección del destinatario y reenvíe el mensaje.
- Si sigue teniendo el problema, póngase en contacto con el destinatario por otros medios.

Más información para administradores de correo electrónico
Código de estado: 550 5.1.10

Error notificado: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient contabilidad@studionomada.es not found by SMTP address lookup
DSN generado por: PR3P193MB0871.EURP193.PROD.OUTLOOK.COM
"""
    st = status_part("PR3P193MB0871.EURP193.PROD.OUTLOOK.COM", "Mon, 18 Jan 2027 09:00:01 +0000",
                     [[("Original-Recipient", "rfc822;contabilidad@studionomada.es"),
                       ("Final-Recipient", "rfc822;contabilidad@studionomada.es"),
                       ("Action", "failed"), ("Status", "5.1.10"),
                       ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient contabilidad@studionomada.es not found by SMTP address lookup")]])
    return [("Date", "Mon, 18 Jan 2027 09:00:02 +0000"),
            ("From", "Microsoft Outlook <postmaster@puigtraduccions.cat>"),
            ("To", "<jordi@puigtraduccions.cat>"),
            ("Subject", "No se puede entregar: RE: Factura F26/126"),
            ("Message-ID", "<0b9d3c1e-7a52-4f0e-8d15-3e9a7c4b2f61@PR3P193MB0871.EURP193.PROD.OUTLOOK.COM>"),
            ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "es-ES")], \
        report(text(plain), st, o)


@reg("bounce", "es", failed_recipient="administracion@olmedodistribuciones.es", permanent=False,
     note="Spanish hosting delay notice 'Aviso de retraso en la entrega': server not responding, will keep trying for 4 days; Action delayed.")
def b_es_retraso():
    o = original(LUC, addr("Administración Olmedo", "administracion@olmedodistribuciones.es"), "Re: Factura 2026-049",
                 date(2026, 11, 17, 9, 0, "Europe/Madrid", 0), thread("b_es_retraso", "martinestudio.es"),
                 reminder_es("Estimados señores de Distribuciones Hermanos Olmedo, S.A.:", "2026-049", "1.210,00 €",
                             "13/11/2026", "Lucía Martín", IBAN_LUC, "Factura 2026-049"))
    human = """AVISO: ESTE ES SOLO UN AVISO, NO ES NECESARIO QUE VUELVA A ENVIAR EL MENSAJE.

Su mensaje todavía no ha podido entregarse al siguiente destinatario:

    administracion@olmedodistribuciones.es

El servidor de destino no responde (421 4.4.2 Connection dropped). Nuestro servidor seguirá intentándolo
durante 4 días. Si transcurrido ese plazo no consigue entregarlo, recibirá un nuevo aviso.

Asunto: Re: Factura 2026-049
Enviado: 17/11/2026 09:00

Servicio de Correo - HostingIbérico
"""
    st = status_part("relay2.hostingiberico.example", "Tue, 17 Nov 2026 09:00:00 +0100",
                     [[("Final-Recipient", "rfc822; administracion@olmedodistribuciones.es"),
                       ("Action", "delayed"), ("Status", "4.4.2"),
                       ("Remote-MTA", "dns; mail.olmedodistribuciones.es"),
                       ("Diagnostic-Code", "smtp; 421 4.4.2 Connection dropped"),
                       ("Will-Retry-Until", "Sat, 21 Nov 2026 09:00:00 +0100")]])
    return [("Return-Path", "<>"),
            ("Date", date(2026, 11, 17, 13, 0, "Europe/Madrid", 11)),
            ("From", addr("Servicio de Correo HostingIbérico", "mailer-daemon@hostingiberico.example")),
            ("To", addr(LUC)),
            ("Subject", "Aviso de retraso en la entrega: Re: Factura 2026-049"),
            ("Message-ID", mid("b_es_retraso", "hostingiberico.example")),
            ("Auto-Submitted", "auto-replied")], \
        report(text(human, charset="iso-8859-1", cte="quoted-printable"), st, o, headers_only=True)


@reg("bounce", "it", failed_recipient="amministrazione@mobilificiobrianzolo.it", permanent=True,
     note="Exchange NDR in Italian 'Recapito non riuscito': 550 5.7.1 delivery restriction (sender not authorised); permanent.")
def b_it_exchange():
    o = original(ALE, addr("Amministrazione Mobilificio Brianzolo", "amministrazione@mobilificiobrianzolo.it"),
                 "Re: Fattura 38/2026 - Alessandra Rossi", date(2027, 1, 8, 9, 0, "Europe/Rome", 0),
                 thread("b_it_exchange", "example.it"),
                 reminder_it("Spett.le Mobilificio Brianzolo srl,", "38/2026", "1.342,00 €", "30 novembre 2026",
                             "Alessandra Rossi", IBAN_ALE, "Fattura 38/2026"))
    plain = """Impossibile recapitare il messaggio a amministrazione@mobilificiobrianzolo.it.

Il gruppo o la cassetta postale amministrazione@mobilificiobrianzolo.it accetta solo messaggi da mittenti interni
all'organizzazione o da mittenti autorizzati.

Come risolvere il problema
Contattare il proprietario del gruppo o il destinatario con altri mezzi e chiedere di essere aggiunti all'elenco
dei mittenti autorizzati.

Ulteriori informazioni per gli amministratori della posta elettronica
Codice di stato: 550 5.7.1

Errore segnalato: 550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]
DSN generato da: DU0P195MB1633.EURP195.PROD.OUTLOOK.COM
"""
    st = status_part("DU0P195MB1633.EURP195.PROD.OUTLOOK.COM", "Fri, 8 Jan 2027 08:00:01 +0000",
                     [[("Final-Recipient", "rfc822;amministrazione@mobilificiobrianzolo.it"),
                       ("Action", "failed"), ("Status", "5.7.1"),
                       ("Diagnostic-Code", "smtp;550 5.7.1 RESOLVER.RST.AuthRequired; authentication required [Stage: CreateMessage]")]])
    return [("Date", "Fri, 8 Jan 2027 08:00:03 +0000"),
            ("From", "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mobilificiobrianzolo.it>"),
            ("To", "<alessandra@example.it>"),
            ("Subject", "Recapito non riuscito: Re: Fattura 38/2026 - Alessandra Rossi"),
            ("Message-ID", "<8d4e2b71-1c0a-4d3f-b6a9-55e1f0c2d7a8@DU0P195MB1633.EURP195.PROD.OUTLOOK.COM>"),
            ("Auto-Submitted", "auto-generated"),
            ("Content-Language", "it-IT")], \
        report(text(plain), st, o)


@reg("bounce", "it", failed_recipient="info@farmaciasanrocco.it", permanent=False,
     note="Italian delay notice 'Messaggio non ancora recapitato': destination server not answering, retries for 5 days, Action delayed 4.4.1.")
def b_it_ritardo():
    o = original(ALE, addr("Farmacia San Rocco", "info@farmaciasanrocco.it"), "Re: Fattura 3/2027 - Alessandra Rossi",
                 date(2027, 1, 5, 9, 0, "Europe/Rome", 0), thread("b_it_ritardo", "example.it"),
                 courtesy_it("Spett.le Farmacia San Rocco,", "3/2027", "1.220,00 €", "4 gennaio 2027",
                             "15 gennaio 2027", "Alessandra Rossi"))
    human = """QUESTO È SOLO UN AVVISO: NON È NECESSARIO REINVIARE IL MESSAGGIO.

Il messaggio inviato a <info@farmaciasanrocco.it> non è ancora stato recapitato.

Motivo: il server di posta del destinatario non risponde
(connect to mx.farmaciasanrocco.it[79.8.14.201]:25: Connection timed out).

Il sistema effettuerà ulteriori tentativi di consegna per 5 giorni. Riceverà un nuovo
avviso solo se il messaggio non potrà essere recapitato definitivamente.

Oggetto: Re: Fattura 3/2027 - Alessandra Rossi
"""
    st = status_part("mail.example.it", "Tue, 5 Jan 2027 09:00:00 +0100",
                     [[("Final-Recipient", "rfc822; info@farmaciasanrocco.it"),
                       ("Action", "delayed"), ("Status", "4.4.1"),
                       ("Diagnostic-Code", "X-Postfix; connect to mx.farmaciasanrocco.it[79.8.14.201]:25: Connection timed out"),
                       ("Will-Retry-Until", "Sun, 10 Jan 2027 09:00:00 +0100")]],
                     "X-Postfix-Queue-ID: 9C1D2F40A11")
    return [("Return-Path", "<>"),
            ("Date", "Tue, 5 Jan 2027 13:00:12 +0100 (CET)"),
            ("From", "Sistema di posta <MAILER-DAEMON@mail.example.it>"),
            ("To", "alessandra@example.it"),
            ("Subject", "Avviso: messaggio non ancora recapitato"),
            ("Message-ID", "<20270105120012.3B8A1F40A20@mail.example.it>"),
            ("Auto-Submitted", "auto-replied")], \
        report(text(human), st, o, headers_only=True)


@reg("bounce", "es", failed_recipient="administracion@hotellasarenas.ess", permanent=True,
     note="Spanish DSN: destination domain does not exist (typo 'hotellasarenas.ess'), 5.1.2 host not found; permanent.")
def b_es_dominio():
    o = original(NAY, addr("Administración", "administracion@hotellasarenas.ess"), "Factura A-2027-05",
                 date(2027, 2, 2, 9, 0, "Atlantic/Canary", 0), thread("b_es_dominio", "nayradiseno.com"),
                 courtesy_es("Estimados señores del Hotel Las Arenas:", "A-2027-05", "2.140,00 €", "1/2/2027",
                             "15/2/2027", "Nayra Hernández"))
    human = """No se ha podido entregar su mensaje.

Destinatario: administracion@hotellasarenas.ess
Error: el dominio de destino "hotellasarenas.ess" no existe (Host or domain name not found).

Revise la dirección de correo: es posible que contenga un error tipográfico.
Este error es permanente; el mensaje no se volverá a enviar.

--
Centro de Datos Canarias - Servicio de correo
"""
    st = status_part("mx-out.cdcanarias.example", "Tue, 2 Feb 2027 09:00:00 +0000",
                     [[("Final-Recipient", "rfc822; administracion@hotellasarenas.ess"),
                       ("Action", "failed"), ("Status", "5.1.2"),
                       ("Diagnostic-Code", "X-Postfix; Host or domain name not found. Name service error for\n    name=hotellasarenas.ess type=MX: Host not found")]])
    return [("Return-Path", "<>"),
            ("Date", date(2027, 2, 2, 9, 0, "Atlantic/Canary", 4)),
            ("From", addr("Servicio de correo", "MAILER-DAEMON@cdcanarias.example")),
            ("To", "nayra@nayradiseno.com"),
            ("Subject", "Error de entrega: Factura A-2027-05"),
            ("Message-ID", mid("b_es_dominio", "cdcanarias.example")),
            ("Auto-Submitted", "auto-replied")], \
        report(text(human), st, o)

# =============================================================================
# OUTPUT
# =============================================================================

def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def main():
    order = list(MESSAGES)
    random.Random(1313).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    keys = ["kind", "language", "split", "amount", "currency", "reference", "promised_date",
            "return_date", "failed_recipient", "permanent", "note"]
    toml = ["# round13-machine: machine mail (payment notices, look-alikes, auto-replies, bounces).",
            "# Generated by make.py; every body written by hand.", ""]
    for i, (fn, labels) in enumerate(order, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        hdrs, part = fn()
        raw = build(hdrs, part)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        toml.append(f'[files."{name}"]')
        for k in keys:
            if k in labels:
                toml.append(f"{k} = {toml_value(labels[k])}")
        toml.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(toml))
    check(len(order))


def check(n):
    import collections
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    assert len(labels) == n, (len(labels), n)
    kinds, langs = collections.Counter(), collections.Counter()
    for name, lab in sorted(labels.items()):
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (name, h)
        str(msg["Subject"]); str(msg["From"]); msg["Date"].datetime
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        kinds[lab["kind"]] += 1
        langs[lab["language"]] += 1
        if lab["kind"] == "bounce":
            assert "failed_recipient" in lab and "permanent" in lab, name
        if "return_date" in lab:
            assert lab["kind"] == "auto-reply", name
    print(n, "messages;", dict(kinds), dict(langs))


if __name__ == "__main__":
    main()
