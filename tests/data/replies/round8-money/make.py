#!/usr/bin/env python3
"""round8-money: machine mail about money (banks, neobanks, accounting platforms, marketplaces,
remittance advices from clients' ERPs) plus client replies around them. Run: python3 make.py"""
import base64, datetime, hashlib, os, quopri, sys
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r8m"
MESSAGES = []  # (label dict, raw bytes)

# ---------------------------------------------------------------- owners
ALE = ("Alessandra Rossi", "alessandra@example.it")        # N/2026
CHIARA = ("Chiara Bernasconi", "chiara@bernasconi-grafica.ch")  # N/2026, Lugano, CHF
LUCIA = ("Lucía Martín", "lucia@martinestudio.es")         # 2026-0NN
JORDI = ("Jordi Puig", "jordi@puigfoto.cat")               # F26-NNN
TOM = ("Tom Byrne", "tom@byrnedesign.ie")                  # INV-2026-NNN
HANNAH = ("Hannah Weiss", "hannah@weiss-ux.com")           # HW-2026-NN (Berlin)
ETHAN = ("Ethan Moore", "ethan@mooreaudio.com")            # EM-1NN (Lisbon)
BEN = ("Ben Carter", "ben@carterdev.fr")                    # BC-2026-NN (Paris)
SARAH = ("Sarah Okafor", "sarah@okafor.studio")            # SO-0NN (London, GBP)

# ---------------------------------------------------------------- helpers
def dt(s, tz):
    """'2026-11-03 09:14:22' in zone tz -> aware datetime"""
    d = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    return d.replace(tzinfo=ZoneInfo(tz))

def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()

def addr(pair):
    if isinstance(pair, str):
        return pair
    name, a = pair
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset="utf-8")

def _enc(body, charset, cte):
    if isinstance(body, str):
        codec = {"iso-8859-1": "cp1252", "windows-1252": "cp1252"}.get(charset.lower(), charset)
        b = body.replace("\r\n", "\n").encode(codec)
    else:
        b = body
    if cte == "quoted-printable":
        out = quopri.encodestring(b)
    elif cte == "base64":
        out = base64.encodebytes(b)
    else:
        out = b
    return out

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes

def text(body, charset="utf-8", cte="quoted-printable", subtype="plain", fmt_flowed=False):
    if cte == "7bit":
        charset = charset or "us-ascii"
    ct = f"text/{subtype}; charset=\"{charset}\""
    if fmt_flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _enc(body, charset, cte))

def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, charset, cte, subtype="html")

def attach(filename, data, ctype="application/pdf", inline=False):
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f"{ctype}; name=\"{filename}\""),
                 ("Content-Disposition", f"{disp}; filename=\"{filename}\""),
                 ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))

def rfc822(raw):
    return Part([("Content-Type", "message/rfc822")], raw)

def raw_part(ctype, body, cte=None):
    h = [("Content-Type", ctype)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    return Part(h, body.encode("utf-8") if isinstance(body, str) else body)

_bcount = [0]
def multipart(subtype, parts, params=""):
    _bcount[0] += 1
    b = "----=_Part_%d_%s" % (_bcount[0], hashlib.md5(str(_bcount[0]).encode()).hexdigest()[:12])
    chunks = []
    for p in parts:
        chunks.append(b"--" + b.encode() + b"\n" + _render_headers(p.headers) + b"\n" + p.body.rstrip(b"\n") + b"\n")
    body = b"This is a multi-part message in MIME format.\n\n" + b"".join(chunks) + b"--" + b.encode() + b"--\n"
    return Part([("Content-Type", f"multipart/{subtype}; boundary=\"{b}\"{params}")], body)

def alt(plain, htm):
    return multipart("alternative", [plain, htm])

def mixed(*parts):
    return multipart("mixed", list(parts))

def _render_headers(headers):
    return b"".join(f"{k}: {v}\n".encode("ascii") for k, v in headers)

def mid(seed, domain):
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    return f"<{h[:20]}.{h[20:30]}@{domain}>"

def message(date, frm, to, subject, body, cc=None, irt=None, refs=None, extra=(), msgid=None,
            reply_to=None, mailer=None):
    """date: aware datetime; frm/to: (name, addr) or str; body: Part"""
    fa = addr(frm)
    dom = parseaddr(fa)[1].split("@")[-1] or "localhost"
    if msgid is None:
        msgid = mid(subject + fa + date.isoformat(), dom)
    h = []
    h.append(("Date", format_datetime(date)))
    h.append(("From", fa))
    tos = to if isinstance(to, list) else [to]
    h.append(("To", ", ".join(addr(t) for t in tos)))
    if cc:
        ccs = cc if isinstance(cc, list) else [cc]
        h.append(("Cc", ", ".join(addr(c) for c in ccs)))
    if reply_to:
        h.append(("Reply-To", addr(reply_to)))
    h.append(("Subject", hdr(subject)))
    h.append(("Message-ID", msgid))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h.append(("MIME-Version", "1.0"))
    if mailer:
        h.append(("X-Mailer", mailer))
    for k, v in extra:
        h.append((k, v))
    h.extend(body.headers)
    return _render_headers(h) + b"\n" + body.body

def add(label, raw):
    MESSAGES.append((label, raw))

def L(kind, lang, note, **facts):
    d = {"kind": kind, "language": lang, "split": "dev"}
    d.update(facts)
    d["note"] = note
    return d

# ---------------------------------------------------------------- reminders (as mailduns sends them)
def reminder_it(client, number, amount, due, owner, payment=True, step="reminder"):
    sal = f"Spett.le {client}," if any(w in client.lower() for w in ("srl", "s.r.l", "spa", "s.p.a", "studio", "snc", "sagl", " sa")) else f"Gentile {client},"
    if step == "due":
        core = (f"un promemoria: la fattura n. {number} di {amount} è scaduta il {due}. Se il pagamento non è "
                "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.")
    else:
        core = (f"da un controllo la fattura n. {number} di {amount}, scaduta il {due}, risulta ancora da saldare. "
                "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.")
    pay = ("Per il pagamento:\n- beneficiario: %s\n- IBAN: %s\n- causale: Fattura %s" % (owner[0], IBAN.get(owner[1], "IT60X0542811101000000123456"), number)) if payment else \
          "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione."
    return f"{sal}\n\n{core}\n\n{pay}\n\nCordiali saluti,\n{owner[0]}\n"

def reminder_es(client, number, amount, due, owner, payment=True, step="reminder"):
    sal = "Estimados señores:" if any(w in client for w in ("S.L", "SL", "S.A", "SA", "Fundación", "Ayuntamiento", "S.Coop")) else f"Buenos días, {client}:"
    if step == "due":
        core = (f"La factura n.º {number} de {amount} venció el {due} y, según mis registros, el pago aún no consta. "
                "Agradecería que se tramitara en los próximos días.\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.")
    else:
        core = (f"Revisando mis cuentas, veo que la factura n.º {number} de {amount}, vencida el {due}, sigue pendiente de pago. "
                "Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\n"
                "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
                "transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.")
    pay = ("Datos para el pago:\n- beneficiario: %s\n- IBAN: %s\n- concepto: Factura %s" % (owner[0], IBAN.get(owner[1], "ES91 2100 0418 4502 0005 1332"), number)) if payment else \
          "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación."
    return f"{sal}\n\n{core}\n\n{pay}\n\nUn cordial saludo,\n{owner[0]}\n"

def reminder_en(client, number, amount, due, owner, payment=True, step="reminder", company=False):
    sal = "Dear Accounts Team," if company else (f"Dear {client}," if client else "Hello,")
    if step == "due":
        core = (f"This is a quick reminder that invoice {number} for {amount} was due for payment on {due}. If it has not "
                "been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
                "If you have already paid, thank you, and please disregard this reminder.")
    elif step == "courtesy":
        core = (f"This is a friendly reminder that invoice {number} for {amount} is due for payment on {due}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.")
    else:
        core = (f"According to my records, invoice {number} for {amount}, due on {due}, has not yet been paid. It may simply "
                "have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                "If you have already paid, thank you – please let me know the payment date so that I can update my records. "
                "If there is a problem with the invoice, please reply to this email and we can sort it out.")
    pay = ("Payment details:\n- Account name: %s\n- IBAN: %s\n- BIC (SWIFT): %s\n- Payment reference: %s" % (owner[0], IBAN.get(owner[1], "IE29AIBK93115212345678"), BIC.get(owner[1], "AIBKIE2D"), number)) if payment else \
          "The payment details are on the invoice, in my original email in this thread."
    tail = "If you have any questions, just reply to this email.\n\n" if step in ("due", "courtesy") else ""
    return f"{sal}\n\n{core}\n\n{pay}\n\n{tail}Kind regards,\n{owner[0]}\n"

IBAN = {
    ALE[1]: "IT60 X054 2811 1010 0000 0123 456",
    CHIARA[1]: "CH93 0900 0000 6912 3456 7",
    LUCIA[1]: "ES91 2100 0418 4502 0005 1332",
    JORDI[1]: "ES12 0081 0200 2500 0123 4567",
    TOM[1]: "IE29 AIBK 9311 5212 3456 78",
    HANNAH[1]: "DE89 3704 0044 0532 0130 00",
    ETHAN[1]: "PT50 0033 0000 4532 1098 7650 5",
    SARAH[1]: "GB33 BUKB 2020 1555 5555 55",
}
BIC = {TOM[1]: "AIBKIE2D", HANNAH[1]: "COBADEFFXXX", ETHAN[1]: "BCOMPTPL", SARAH[1]: "BUKBGB22", ALE[1]: "BPMOIT22XXX"}

# quoting styles
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
ES_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def gt(s):
    return "\n".join(("> " + l) if l else ">" for l in s.rstrip("\n").split("\n")) + "\n"

def gmail_quote(lang, when, who, body):
    n, a = who
    if lang == "it":
        head = f"Il giorno {IT_DAYS[when.weekday()][:3]} {when.day} {IT_MONTHS[when.month-1][:3]} {when.year} alle ore {when:%H:%M} {n} <{a}> ha scritto:"
    elif lang == "es":
        head = f"El {ES_DAYS[when.weekday()]}, {when.day} {ES_MONTHS[when.month-1]} {when.year} a las {when:%H:%M}, {n} (<{a}>) escribió:"
    else:
        head = f"On {EN_DAYS[when.weekday()]}, {when.day} {EN_MONTHS[when.month-1]} {when.year} at {when:%H:%M}, {n} <{a}> wrote:"
    return head + "\n\n" + gt(body)

def outlook_quote(lang, when, who, to, subject, body):
    n, a = who
    if lang == "it":
        return (f"Da: {n} <{a}>\nInviato: {IT_DAYS[when.weekday()]} {when.day} {IT_MONTHS[when.month-1]} {when.year} {when:%H:%M}\n"
                f"A: {to}\nOggetto: {subject}\n\n{body}")
    if lang == "es":
        mes = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"][when.month-1]
        dia = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"][when.weekday()]
        return (f"De: {n} <{a}>\nEnviado el: {dia}, {when.day} de {mes} de {when.year} {when:%H:%M}\n"
                f"Para: {to}\nAsunto: {subject}\n\n{body}")
    return (f"From: {n} <{a}>\nSent: {when:%A}, {when.day} {when:%B} {when.year} {when:%H:%M}\n"
            f"To: {to}\nSubject: {subject}\n\n{body}")

def apple_quote(lang, when, who, body):
    n, a = who
    if lang == "it":
        head = f"Il giorno {when.day} {IT_MONTHS[when.month-1][:3]} {when.year}, alle ore {when:%H:%M}, {n} <{a}> ha scritto:"
    elif lang == "es":
        head = f"El {when.day} {ES_MONTHS[when.month-1]} {when.year}, a las {when:%H:%M}, {n} <{a}> escribió:"
    else:
        head = f"On {when.day} {EN_MONTHS[when.month-1]} {when.year}, at {when:%H:%M}, {n} <{a}> wrote:"
    return head + "\n\n" + gt(body)

def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def html_paras(s):
    return "".join(f"<p>{html_escape(p).replace(chr(10), '<br>')}</p>\n" for p in s.strip().split("\n\n"))

def fake_pdf(title):
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n% " + title.encode("utf-8") +
            b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")

FAKE_PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                         "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")

def thread_id(seed, domain):
    return mid("orig-" + seed, domain)

# =====================================================================================
# ITALIAN
# =====================================================================================
def italian():
    # --- PostFinance incoming credit (Chiara, Lugano), iso-8859-1 QP
    d = dt("2026-11-04 07:12:03", "Europe/Zurich")
    body = """Gentile signora Bernasconi,

sul suo conto CH93 0900 0000 6912 3456 7 è stato registrato il seguente movimento:

Tipo:            Accredito
Data contabile:  03.11.2026
Valuta:          03.11.2026
Importo:         CHF 2'450.00
Ordinante:       Tipografia Ceresio SA, Via Nassa 21, 6900 Lugano
Comunicazioni:   Fattura 31/2026 - saldo impaginazione annuario

Il saldo aggiornato è consultabile in e-finance o nella PostFinance App.

Questa è una notifica automatica che lei ha attivato in e-finance. La preghiamo
di non rispondere a questo messaggio: la casella non è presidiata.

Cordiali saluti
PostFinance SA

PostFinance non le chiederà mai via e-mail di comunicare password, codici
o dati di accesso.
"""
    add(L("payment-notification", "it", "PostFinance push notice of an incoming credit in CHF, Swiss apostrophe thousands separator; communication names the invoice.",
          amount="2450.00", currency="CHF", reference="31/2026"),
        message(d, ("PostFinance", "notification@notification.postfinance.ch"), CHIARA,
                "Notifica e-finance: accredito sul conto", text(body, "iso-8859-1"),
                extra=[("Auto-Submitted", "auto-generated")]))

    # --- PostFinance incoming credit which is a supplier refund -> other
    d = dt("2026-12-11 06:58:40", "Europe/Zurich")
    body = """Gentile signora Bernasconi,

sul suo conto CH93 0900 0000 6912 3456 7 è stato registrato il seguente movimento:

Tipo:            Accredito
Data contabile:  10.12.2026
Importo:         CHF 87.45
Ordinante:       Swisscom (Schweiz) AG, 3050 Bern
Comunicazioni:   Rimborso conto 11/2026 cliente 1-88F3KQ

Il saldo aggiornato è consultabile in e-finance o nella PostFinance App.

Questa è una notifica automatica che lei ha attivato in e-finance. La preghiamo
di non rispondere a questo messaggio.

Cordiali saluti
PostFinance SA
"""
    add(L("other", "it", "Same PostFinance credit template, but the money is a refund from the owner's own phone provider (Swisscom), not a client paying an invoice. '11/2026' here is a billing month, not one of Chiara's invoice numbers."),
        message(d, ("PostFinance", "notification@notification.postfinance.ch"), CHIARA,
                "Notifica e-finance: accredito sul conto", text(body, "iso-8859-1"),
                extra=[("Auto-Submitted", "auto-generated")]))

    # --- UBS HTML credit notice
    d = dt("2026-11-19 11:40:12", "Europe/Zurich")
    h = """<html><head><meta charset="utf-8"></head><body style="font-family:Frutiger,Arial,sans-serif;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#e60000;color:#fff;padding:12px;font-size:20px"><b>UBS</b></td></tr>
<tr><td style="padding:16px">
<p>Buongiorno Chiara Bernasconi</p>
<p>Le comunichiamo che sul suo conto è stato contabilizzato un accredito.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td>Conto</td><td>Conto privato UBS Key4 – 0247 00123456.01</td></tr>
<tr><td>Data</td><td>19.11.2026</td></tr>
<tr><td>Importo</td><td><b>+ CHF 1'180.00</b></td></tr>
<tr><td>Mittente</td><td>Comune di Paradiso, Ufficio tecnico</td></tr>
<tr><td>Motivo del pagamento</td><td>Fatt. 28-2026 segnaletica parco Tamaro</td></tr>
</table>
<p>Per i dettagli acceda a UBS e-banking o alla UBS Mobile Banking App.</p>
<p style="font-size:11px;color:#777">Ha ricevuto questo messaggio perché ha attivato gli avvisi per i movimenti sul conto.
Per modificare gli avvisi: UBS e-banking &gt; Impostazioni &gt; Notifiche. Non risponda a questa e-mail.<br>
UBS Switzerland AG, Bahnhofstrasse 45, 8001 Zürich</p>
</td></tr></table></body></html>"""
    add(L("payment-notification", "it", "UBS HTML-only alert of an incoming credit; the reason reads 'Fatt. 28-2026' which is Chiara's 28/2026.",
          amount="1180.00", currency="CHF", reference="28/2026"),
        message(d, ("UBS Switzerland AG", "noreply@notifications.ubs.com"), CHIARA,
                "UBS: nuovo movimento sul suo conto", html(h)))

    # --- UBS FX conversion -> other
    d = dt("2026-12-02 16:05:51", "Europe/Zurich")
    body = """Buongiorno Chiara Bernasconi

Conferma di cambio valuta

Il suo ordine di cambio è stato eseguito.

Addebito:   EUR 3'000.00 (conto in EUR 0247 00123456.60)
Accredito:  CHF 2'811.60 (conto privato 0247 00123456.01)
Corso:      0.9372
Data:       02.12.2026

Il giustificativo è disponibile in UBS e-banking nella sezione Documenti.

Cordiali saluti
UBS Switzerland AG

Questo messaggio è stato generato automaticamente. Si prega di non rispondere.
"""
    add(L("other", "it", "FX conversion between the owner's own EUR and CHF accounts: an 'Accredito' of CHF 2'811.60 appears, but no client paid anything."),
        message(d, ("UBS Switzerland AG", "noreply@notifications.ubs.com"), CHIARA,
                "Conferma: cambio valuta eseguito", text(body)))

    # --- TWINT business
    d = dt("2027-01-15 18:22:09", "Europe/Zurich")
    body = """Ciao Chiara

Hai ricevuto un pagamento.

CHF 350.00
da: Marco Lurati
Messaggio: fattura 40/2026 biglietti da visita, grazie!

Data: 15.01.2027, 18:21
ID transazione: 7QX2-KD81-ZP0A

L'importo sarà accreditato sul tuo conto entro 2 giorni lavorativi.

Il tuo team TWINT
--
TWINT SA, Stauffacherstrasse 31, 8004 Zurigo
Questa e-mail è stata inviata automaticamente.
"""
    add(L("payment-notification", "it", "TWINT (Swiss mobile payments) notice of money received, payer's message names invoice 40/2026.",
          amount="350.00", currency="CHF", reference="40/2026"),
        message(d, ("TWINT", "no-reply@twint.ch"), CHIARA, "Hai ricevuto CHF 350.00", text(body)))

    # --- PostFinance outgoing order executed -> other
    d = dt("2027-02-01 08:30:00", "Europe/Zurich")
    body = """Gentile signora Bernasconi,

il seguente ordine di pagamento è stato eseguito:

Data di esecuzione:  01.02.2027
Importo:             CHF 1'240.00
Beneficiario:        Studio fiduciario Pedrazzini Sagl, Bellinzona
Comunicazioni:       Fattura 12/2027 contabilità 2026

Cordiali saluti
PostFinance SA

Questa e-mail è stata generata automaticamente.
"""
    add(L("other", "it", "Outgoing payment executed by the owner (she paid her accountant's invoice 12/2027); money OUT, and the invoice number belongs to the supplier, not to her."),
        message(d, ("PostFinance", "notification@notification.postfinance.ch"), CHIARA,
                "Notifica e-finance: ordine di pagamento eseguito", text(body, "iso-8859-1")))

    # --- Chiara's client: paid with e-banking
    d_rem = dt("2026-12-14 09:00:00", "Europe/Zurich")
    rem = reminder_it("Famiglia Zanetti", "42/2026", "CHF 980.00", "30 novembre 2026", CHIARA)
    d = dt("2026-12-16 07:41:10", "Europe/Zurich")
    body = "Buongiorno signora Bernasconi,\npagato ieri sera con e-banking PostFinance, CHF 980.– . Ci scusi, con il trasloco ci era sfuggita.\nCordiali saluti\nFam. Zanetti\n\n" + gmail_quote("it", d_rem, CHIARA, rem)
    irt = thread_id("zanetti42", "bernasconi-grafica.ch")
    add(L("client-reply-paid", "it", "Private client says it was paid last night via e-banking; amount in Swiss style 'CHF 980.–'.",
          amount="980.00", currency="CHF"),
        message(d, ("Zanetti Fam.", "zanetti.famiglia@bluewin.ch"), CHIARA,
                "Re: Fattura 42/2026 – promemoria", text(body), irt=irt))

    # --- Chiara's client: bank says IBAN invalid -> other
    d_rem = dt("2027-01-08 09:00:00", "Europe/Zurich")
    rem = reminder_it("Ristorante Grotto del Sole Sagl", "36/2026", "CHF 1'620.00", "20 dicembre 2026", CHIARA)
    d = dt("2027-01-08 14:17:33", "Europe/Zurich")
    body = f"""Gentile signora Bernasconi

abbiamo provato a pagare la fattura n. 36/2026 già a dicembre, ma la nostra banca (UBS) ci segnala che l'IBAN indicato non risulta valido e l'ordine è stato respinto. Può gentilmente verificarlo e, se del caso, rimandarci la fattura con le coordinate corrette?

Grazie e buona giornata

Renata Cattaneo
Amministrazione
Ristorante Grotto del Sole Sagl
Via Cantonale 12, 6815 Melide
Tel. +41 91 649 00 00

-----Messaggio originale-----
Da: Chiara Bernasconi <chiara@bernasconi-grafica.ch>
Inviato: venerdì, 8 gennaio 2027 09:00
A: amministrazione@grottodelsole.ch
Oggetto: Fattura 36/2026 – sollecito

{rem}"""
    add(L("client-reply-other", "it", "They tried to pay but the order was rejected (IBAN invalid) and they ask for the right bank details: nothing paid, no promise, no dispute -> question.",
          reference="36/2026"),
        message(d, ("Renata Cattaneo", "amministrazione@grottodelsole.ch"), CHIARA,
                "R: Fattura 36/2026 – sollecito", text(body, "windows-1252"), irt=thread_id("grotto36", "bernasconi-grafica.ch"),
                mailer="Microsoft Outlook 16.0"))

    # --- Qonto IT incoming transfer
    d = dt("2026-11-09 10:03:27", "Europe/Rome")
    h = """<!DOCTYPE html><html><body style="margin:0;background:#f6f6f6;font-family:Inter,Helvetica,Arial,sans-serif">
<table align="center" width="560" style="background:#fff;border-radius:8px;padding:32px">
<tr><td><img src="https://qonto.com/mail/logo.png" alt="Qonto" width="90"></td></tr>
<tr><td><h1 style="font-size:22px">Hai ricevuto un bonifico 💸</h1>
<p>Ciao Alessandra,</p>
<p><b>EDILNORD S.R.L.</b> ti ha inviato <b>1.830,00&nbsp;€</b> sul conto <i>Conto principale</i>.</p>
<table style="font-size:14px;color:#555">
<tr><td>Causale</td><td>SALDO FT 44/2026 DEL 02/10/2026</td></tr>
<tr><td>Data</td><td>9 novembre 2026</td></tr>
</table>
<p><a href="https://app.qonto.com/transactions/9f21" style="background:#1d1d1b;color:#fff;padding:10px 16px;border-radius:4px;text-decoration:none">Vedi la transazione</a></p>
<p style="font-size:12px;color:#999">Ricordati di aggiungere il giustificativo: il tuo commercialista ti ringrazierà.</p>
</td></tr>
<tr><td style="font-size:11px;color:#aaa">Qonto – Olinda SAS, succursale italiana, Via Tortona 33, 20144 Milano. Non rispondere a questa email.</td></tr>
</table></body></html>"""
    plain = """Hai ricevuto un bonifico

Ciao Alessandra,

EDILNORD S.R.L. ti ha inviato 1.830,00 € sul conto Conto principale.

Causale: SALDO FT 44/2026 DEL 02/10/2026
Data: 9 novembre 2026

Vedi la transazione: https://app.qonto.com/transactions/9f21

Qonto – Olinda SAS, succursale italiana. Non rispondere a questa email.
"""
    add(L("payment-notification", "it", "Qonto (Italian UI) incoming transfer, multipart/alternative; causale 'SALDO FT 44/2026' also contains a second date that is not the payment date.",
          amount="1830.00", reference="44/2026"),
        message(d, ("Qonto", "no-reply@qonto.com"), ALE, "Hai ricevuto un bonifico di 1.830,00 €", alt(text(plain), html(h))))

    # --- Qonto SEPA direct debit pre-notification -> other
    d = dt("2026-11-28 09:15:00", "Europe/Rome")
    plain = """Ciao Alessandra,

un nuovo addebito diretto SEPA verrà prelevato dal tuo conto.

Creditore:        ARUBA S.P.A.
Importo:          61,00 €
Data di addebito: 05/12/2026
Riferimento mandato: ARU-MND-2019-0045521

Assicurati di avere fondi sufficienti sul Conto principale. Se non riconosci questo addebito,
puoi bloccarlo dall'app prima della data di addebito.

A presto,
Il team Qonto
"""
    add(L("other", "it", "SEPA direct-debit pre-notification: money will go OUT to the owner's hosting provider; contains 'addebito', amount and a mandate reference."),
        message(d, ("Qonto", "no-reply@qonto.com"), ALE, "Nuovo addebito diretto SEPA da ARUBA S.P.A.", text(plain)))

    # --- Qonto refund from Adobe -> other
    d = dt("2027-01-21 13:48:02", "Europe/Rome")
    plain = """Hai ricevuto un rimborso

Ciao Alessandra,

ADOBE SYSTEMS SOFTWARE IRELAND ti ha rimborsato 24,39 € sulla carta •• 4417.

Transazione originale: 14/01/2027 – ADOBE *CREATIVE CLOUD – 24,39 €

Il rimborso è già visibile nel saldo del Conto principale.

Il team Qonto
"""
    add(L("other", "it", "Money in, but a card refund from a software vendor: not a client paying an invoice."),
        message(d, ("Qonto", "no-reply@qonto.com"), ALE, "Hai ricevuto un rimborso di 24,39 €", text(plain)))

    # --- Fatture in Cloud: invoice paid online
    d = dt("2026-11-23 21:14:55", "Europe/Rome")
    h = """<html><body style="font-family:'Open Sans',Arial;background:#eef3f8">
<div style="max-width:600px;margin:auto;background:#fff;padding:28px">
<img src="https://www.fattureincloud.it/img/logo-mail.png" alt="Fatture in Cloud" height="32">
<h2 style="color:#0d97d5">Ottime notizie! 🎉</h2>
<p>Ciao Alessandra,</p>
<p><b>Marchetti Gioielli di Marchetti Sara</b> ha appena pagato online la fattura <b>n. 52/2026</b> del 12/11/2026.</p>
<table style="border-collapse:collapse;font-size:14px" cellpadding="6">
<tr style="background:#f4f7fa"><td>Importo incassato</td><td><b>610,00 €</b></td></tr>
<tr><td>Metodo</td><td>Carta di credito (TS Pay)</td></tr>
<tr style="background:#f4f7fa"><td>Data</td><td>23/11/2026 21:14</td></tr>
</table>
<p>Abbiamo registrato automaticamente l'incasso: la fattura ora risulta <b>saldata</b> nello scadenzario.</p>
<p style="font-size:12px;color:#888">Ricevi questa email perché hai attivato i pagamenti online. TeamSystem S.p.A. – Fatture in Cloud</p>
</div></body></html>"""
    add(L("payment-notification", "it", "Fatture in Cloud: the client paid the invoice online through the pay link; HTML only.",
          amount="610.00", reference="52/2026"),
        message(d, ("Fatture in Cloud", "notifiche@fattureincloud.it"), ALE, "Fattura n. 52/2026 pagata online da Marchetti Gioielli", html(h)))

    # --- Fatture in Cloud: overdue digest -> other
    d = dt("2026-12-07 07:00:04", "Europe/Rome")
    plain = """Ciao Alessandra,

ecco il riepilogo delle fatture scadute e non ancora incassate:

  N.        Cliente                         Scadenza     Importo
  47/2026   Bianchi Arredamenti S.r.l.      30/11/2026   2.318,00 €
  49/2026   Vinicola Colli Euganei Soc. Agr. 30/11/2026  1.830,00 €
  38/2026   Dott.ssa Elena Fabbri           15/10/2026     390,40 €

Totale da incassare: 4.538,40 €

Vuoi inviare un sollecito? Dalla sezione Scadenziario puoi mandarlo con un clic.

Il team di Fatture in Cloud
--
Per non ricevere più questo riepilogo modifica le preferenze di notifica.
"""
    add(L("other", "it", "The owner's own invoicing software listing HER overdue invoices: amounts and invoice numbers, but nobody paid or replied."),
        message(d, ("Fatture in Cloud", "notifiche@fattureincloud.it"), ALE, "Hai 3 fatture scadute da incassare", text(plain)))

    # --- Fatture in Cloud: reminder sent -> other
    d = dt("2026-12-07 09:31:19", "Europe/Rome")
    plain = """Ciao Alessandra,

il sollecito di pagamento per la fattura n. 47/2026 (2.318,00 €, scaduta il 30/11/2026) è stato inviato a:
amministrazione@bianchiarredamenti.it

Ti avviseremo quando il cliente aprirà il messaggio o effettuerà il pagamento.

Il team di Fatture in Cloud
"""
    add(L("other", "it", "Confirmation that the owner's software sent a payment reminder to the client: it is about an unpaid invoice and contains 'pagamento', but it is neither a payment nor a client reply."),
        message(d, ("Fatture in Cloud", "notifiche@fattureincloud.it"), ALE, "Sollecito inviato: fattura n. 47/2026", text(plain)))

    # --- Fatture in Cloud: invoice viewed -> other
    d = dt("2026-12-09 16:02:44", "Europe/Rome")
    plain = """Ciao Alessandra,

Bianchi Arredamenti S.r.l. ha visualizzato la fattura n. 47/2026 il 09/12/2026 alle 16:02.

Importo: 2.318,00 €  —  Stato: da incassare

Apri la fattura: https://secure.fattureincloud.it/invoices/view/47-2026

Il team di Fatture in Cloud
"""
    add(L("other", "it", "'Invoice viewed' tracking notice: status explicitly still unpaid."),
        message(d, ("Fatture in Cloud", "notifiche@fattureincloud.it"), ALE, "Bianchi Arredamenti ha visualizzato la fattura n. 47/2026", text(plain)))

    # --- TeamSystem SdI rejection -> other
    d = dt("2026-11-13 12:20:37", "Europe/Rome")
    plain = """Gentile Cliente,

la informiamo che il Sistema di Interscambio ha emesso una NOTIFICA DI SCARTO per il seguente documento:

Tipo documento:   TD01 - Fattura
Numero:           55/2026
Data:             12/11/2026
Cliente:          OFFICINE RIVA SRL - P.IVA 02345678901
Identificativo SdI: 12874459211
Errore:           00311 - 1.1.4 <CodiceDestinatario> non valido

La fattura si considera non emessa. Può correggerla e reinviarla entro 5 giorni dalla data dello scarto
mantenendo lo stesso numero e la stessa data.

TeamSystem Digital - Servizio di fatturazione elettronica
Messaggio automatico, si prega di non rispondere.
"""
    add(L("other", "it", "SdI rejection (scarto) relayed by TeamSystem: an e-invoicing notice about invoice 55/2026, not a payment."),
        message(d, ("TeamSystem Digital", "noreply-fe@teamsystem.com"), ALE, "Notifica di scarto SdI - Fattura 55/2026", text(plain)))

    # --- TeamSystem reconciliation full
    d = dt("2026-11-17 08:05:13", "Europe/Rome")
    plain = """Buongiorno Alessandra Rossi,

TeamSystem Financial Value Chain ha riconciliato automaticamente un nuovo incasso.

Movimento bancario:  15/11/2026 - Banca Sella - BONIFICO A VOSTRO FAVORE
Ordinante:           OFFICINE RIVA SRL
Importo:             2.135,00 EUR
Abbinato a:          Fattura 39/2026 del 15/10/2026 - scadenza 14/11/2026
Stato documento:     INCASSATO

Se l'abbinamento non è corretto può annullarlo dalla sezione Riconciliazione.

Cordiali saluti
TeamSystem
"""
    add(L("payment-notification", "it", "Accounting platform matched a bank credit to invoice 39/2026 (bank-feed reconciliation): money in for the invoice.",
          amount="2135.00", reference="39/2026"),
        message(d, ("TeamSystem", "notifiche@fvc.teamsystem.com"), ALE, "Incasso riconciliato: Fattura 39/2026", text(plain)))

    # --- TeamSystem partial payment
    d = dt("2027-01-11 08:04:50", "Europe/Rome")
    plain = """Buongiorno Alessandra Rossi,

TeamSystem Financial Value Chain ha riconciliato un nuovo incasso PARZIALE.

Movimento bancario:  08/01/2027 - Banca Sella - BONIFICO SEPA
Ordinante:           STUDIO TECNICO ASSOCIATO BERTI E GALLO
Importo:             500,00 EUR
Abbinato a:          Fattura 66/2026 del 03/12/2026 - totale 1.464,00 EUR
Residuo da incassare: 964,00 EUR
Stato documento:     PARZIALMENTE INCASSATO

Cordiali saluti
TeamSystem
"""
    add(L("payment-notification", "it", "Partial payment matched to 66/2026: money did come in (500.00), the residual 964.00 is still open; amount is what was received.",
          amount="500.00", reference="66/2026"),
        message(d, ("TeamSystem", "notifiche@fvc.teamsystem.com"), ALE, "Incasso parziale riconciliato: Fattura 66/2026", text(plain)))

    # --- Danea Easyfatt weekly scadenzario -> other
    d = dt("2026-12-14 06:30:00", "Europe/Rome")
    plain = """Easyfatt - Scadenziario settimanale
Ditta: Alessandra Rossi - Traduzioni e localizzazione

INCASSI IN SCADENZA (14/12/2026 - 20/12/2026)
  Doc. 63/2026  Hotel Lago Blu S.a.s.         scad. 15/12/2026    1.098,00
  Doc. 64/2026  Cantine Morello               scad. 18/12/2026      915,00

INCASSI SCADUTI
  Doc. 47/2026  Bianchi Arredamenti S.r.l.    scad. 30/11/2026    2.318,00   (14 gg)

PAGAMENTI IN SCADENZA
  F24 saldo/acconto                           scad. 16/12/2026      —

Email generata automaticamente da Danea Easyfatt (invio programmato).
"""
    add(L("other", "it", "Weekly due-list generated by the owner's own desktop accounting (Danea Easyfatt): incoming and outgoing deadlines, nothing paid."),
        message(d, ("Danea Easyfatt", "alessandra@example.it"), ALE, "Easyfatt: scadenziario settimanale", text(plain, "iso-8859-1", "8bit"),
                mailer="Danea Easyfatt 2026"))

    # --- Reviso: two invoices reconciled
    d = dt("2026-12-22 07:45:31", "Europe/Rome")
    h = """<html><body style="font-family:Arial;font-size:14px">
<p>Ciao Alessandra,</p>
<p>la riconciliazione bancaria automatica ha abbinato <b>2 incassi</b> a fatture aperte:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eee"><th>Data</th><th>Cliente</th><th>Fattura</th><th>Importo</th></tr>
<tr><td>21/12/2026</td><td>Hotel Lago Blu S.a.s.</td><td>63/2026</td><td style="text-align:right">1.098,00 €</td></tr>
<tr><td>21/12/2026</td><td>Hotel Lago Blu S.a.s.</td><td>58/2026</td><td style="text-align:right">1.952,00 €</td></tr>
<tr><td colspan="3"><b>Totale</b></td><td style="text-align:right"><b>3.050,00 €</b></td></tr>
</table>
<p>Le fatture risultano ora pagate. Puoi controllare gli abbinamenti in Reviso &gt; Banca &gt; Riconciliazione.</p>
<p>Saluti,<br>Reviso</p>
<p style="font-size:11px;color:#888">Reviso Italia – questa è una notifica automatica.</p>
</body></html>"""
    add(L("payment-notification", "it", "One notice for two invoices paid together (63/2026 and 58/2026); amount is the stated total, no single reference.",
          amount="3050.00"),
        message(d, ("Reviso", "no-reply@reviso.com"), ALE, "2 incassi riconciliati automaticamente", html(h)))

    # --- BNL incoming
    d = dt("2026-11-26 15:27:18", "Europe/Rome")
    plain = """BNL - Gruppo BNP Paribas

Gentile Cliente,
le comunichiamo che in data 26/11/2026 è stato accreditato sul conto n. ****5521 un bonifico:

Ordinante: ROSSI MARIO
Importo: EUR 488,00
Causale: fatt 71 2026 traduzione atto notarile

Per visualizzare il dettaglio acceda all'app BNL o al sito bnl.it.

Messaggio generato automaticamente, la preghiamo di non rispondere.
BNL S.p.A. - Viale Altiero Spinelli 30, 00157 Roma
"""
    add(L("payment-notification", "it", "BNL (BNP Paribas group) SMS-style mail alert; payer Rossi Mario shares the owner's surname; causale 'fatt 71 2026' = 71/2026.",
          amount="488.00", reference="71/2026"),
        message(d, ("BNL Avvisi", "avvisi@bnlmail.it"), ALE, "BNL: accredito bonifico sul tuo conto", text(plain, "iso-8859-1", "quoted-printable")))

    # --- Deutsche Bank Italia, German causale
    d = dt("2026-12-03 09:12:40", "Europe/Rome")
    plain = """Deutsche Bank S.p.A.
Avviso movimento

Gentile Alessandra Rossi,

sul rapporto n. 000/0712345 è stato registrato un BONIFICO SEPA IN ENTRATA:

Data operazione:  03/12/2026
Data valuta:      03/12/2026
Importo:          + 3.904,00 EUR
Ordinante:        HOFMANN MASCHINENBAU GMBH
Banca ordinante:  COMMERZBANK AG (COBADEFFXXX)
Informazioni:     RE-NR 60/2026 KD-NR 10045 ABZGL. 0,00 SKONTO

Il presente avviso non sostituisce l'estratto conto.

Deutsche Bank S.p.A. - Piazza del Calendario 3 - 20126 Milano
"""
    add(L("payment-notification", "it", "Italian branch of Deutsche Bank; the remittance info is German (RE-NR = Rechnungsnummer 60/2026, KD-NR is the customer number, '0,00 Skonto' no discount).",
          amount="3904.00", reference="60/2026"),
        message(d, ("Deutsche Bank Italia", "avvisi@db.com"), ALE, "Avviso movimento: bonifico SEPA in entrata", text(plain)))

    # --- Etsy payout -> other
    d = dt("2026-12-15 04:10:22", "Europe/Rome")
    plain = """Ciao Alessandra,

il tuo deposito di 214,37 € è in arrivo!

Abbiamo avviato il trasferimento del saldo del tuo conto di pagamento Etsy verso il conto bancario che termina con 3456.
Di solito i fondi arrivano entro 1-3 giorni lavorativi.

Periodo: 01/12/2026 – 14/12/2026
Vendite: 9 ordini (stampe A3 e calendari 2027)

Visualizza il dettaglio dei depositi: https://www.etsy.com/your/shops/me/payments

Grazie per vendere su Etsy!
"""
    add(L("other", "it", "Etsy shop payout of already-earned marketplace sales to the owner's bank: money moves, but no client pays any invoice."),
        message(d, ("Etsy", "transaction@etsy.com"), ALE, "Il tuo deposito di 214,37 € è in arrivo", text(plain)))

    # --- Amazon seller payout -> other
    d = dt("2027-01-29 02:45:10", "Europe/Rome")
    plain = """Amazon Seller Central

Gentile venditore,

abbiamo avviato un versamento sul conto bancario registrato (IBAN IT** **** **** *** 3456).

Importo del versamento: 1.093,12 EUR
Periodo di regolamento: 15/01/2027 - 29/01/2027
Data prevista di accredito: 01/02/2027 - 05/02/2027

Per visualizzare il riepilogo del versamento, accedi a Seller Central > Report > Pagamenti.

Questo messaggio è stato inviato da un indirizzo che non può ricevere e-mail.
"""
    add(L("other", "it", "Amazon seller settlement payout: marketplace revenue transferred to the owner's bank, not tied to any of her invoices."),
        message(d, ("Amazon Seller Central", "seller-notification@amazon.it"), ALE, "Versamento avviato: 1.093,12 EUR", text(plain)))

    # --- Stripe IT: payment succeeded for invoice
    d = dt("2026-12-18 11:33:47", "Europe/Rome")
    plain = """Pagamento riuscito

Hai ricevuto un pagamento di 732,00 € da Studio Legale Ferraris.

Descrizione:  Fattura 61/2026 - traduzione contratto di fornitura
Metodo:       Visa •••• 0041
Data:         18 dic 2026, 11:33
ID:           pi_3QYt8vF2k0Lh

Visualizza il pagamento nella Dashboard: https://dashboard.stripe.com/payments/pi_3QYt8vF2k0Lh

Stripe
"""
    add(L("payment-notification", "it", "Stripe 'payment succeeded' for a card payment of invoice 61/2026 (Italian-language dashboard).",
          amount="732.00", reference="61/2026"),
        message(d, ("Stripe", "notifications@stripe.com"), ALE, "Pagamento di 732,00 € da Studio Legale Ferraris", text(plain)))

    # --- Stripe IT payout -> other
    d = dt("2026-12-21 05:02:13", "Europe/Rome")
    plain = """Il tuo bonifico è in viaggio

Un bonifico di 1.342,18 € è in viaggio verso il tuo conto bancario (BANCA SELLA •••• 3456).
Arrivo previsto: 22 dicembre 2026.

Questo bonifico include 3 pagamenti e 1 rimborso.

Stripe
"""
    add(L("other", "it", "Stripe payout of the balance to the owner's bank: the client payments inside it were already notified one by one; a payout is not a new payment."),
        message(d, ("Stripe", "notifications@stripe.com"), ALE, "Il tuo bonifico di 1.342,18 € è in arrivo", text(plain)))

    # --- Shopify chargeback -> other
    d = dt("2027-02-03 17:20:05", "Europe/Rome")
    plain = """Ciao Alessandra,

un cliente ha contestato un pagamento (chargeback) per l'ordine #1047 del tuo negozio "Rossi Prints".

Importo contestato: 89,00 €
Commissione per chargeback: 15,00 €
Motivo: Prodotto non ricevuto
Scadenza per inviare le prove: 13 febbraio 2027

L'importo è stato trattenuto dal tuo saldo di Shopify Payments fino alla risoluzione.

Rispondi alla contestazione: https://admin.shopify.com/store/rossi-prints/payments/disputes/55021

Il team di Shopify
"""
    add(L("other", "it", "Chargeback on a shop order: money is being taken BACK from the owner; not a payment in, not an invoice client."),
        message(d, ("Shopify", "mailer@shopify.com"), ALE, "Chargeback aperto per l'ordine #1047", text(plain)))

    # --- Nexi XPay pay by link
    d = dt("2027-01-19 19:48:02", "Europe/Rome")
    plain = """XPay - Esito transazione

Esercente:      ALESSANDRA ROSSI TRADUZIONI
Codice ordine:  FT-64-2026
Importo:        915,00 EUR
Esito:          POSITIVO - Autorizzata
Circuito:       MASTERCARD
Data/Ora:       19/01/2027 19:47:55
Codice autorizzazione: 0A7712

Email generata automaticamente dal sistema di pagamento Nexi XPay. Non rispondere.
"""
    add(L("payment-notification", "it", "Nexi XPay pay-by-link outcome: authorised card payment, order code FT-64-2026 = invoice 64/2026.",
          amount="915.00", reference="64/2026"),
        message(d, ("Nexi XPay", "noreply@nexi.it"), ALE, "XPay - Esito transazione ordine FT-64-2026", text(plain, "iso-8859-1", "7bit")))

    # --- Nexi refund -> other
    d = dt("2027-01-22 10:11:09", "Europe/Rome")
    plain = """XPay - Conferma storno

Esercente:      ALESSANDRA ROSSI TRADUZIONI
Codice ordine:  FT-64-2026-DUP
Importo stornato: 915,00 EUR
Operazione:     STORNO / RIMBORSO
Data/Ora:       22/01/2027 10:11:02

L'importo verrà riaccreditato al titolare della carta entro 5-10 giorni lavorativi.

Email generata automaticamente dal sistema di pagamento Nexi XPay. Non rispondere.
"""
    add(L("other", "it", "Refund issued by the owner to the client for a duplicate card payment: money OUT, although it carries the invoice number and amount."),
        message(d, ("Nexi XPay", "noreply@nexi.it"), ALE, "XPay - Conferma storno ordine FT-64-2026-DUP", text(plain, "iso-8859-1", "7bit")))

    # --- cheque credited (Banca Sella)
    d = dt("2026-12-29 12:00:31", "Europe/Rome")
    plain = """Banca Sella - Notifica operazione

Gentile cliente,
le confermiamo l'accredito del versamento assegni effettuato il 22/12/2026 tramite Sella App (foto assegno):

N. assegni:     1
Traente:        CANTINE MORELLO DI MORELLO PIERO
Importo:        915,00 EUR
Esito:          PAGATO - accredito salvo buon fine divenuto definitivo

Cordiali saluti
Banca Sella
"""
    add(L("payment-notification", "it", "Cheque from a client (Cantine Morello, the client of invoice 64/2026 in the due list) deposited and cleared; no invoice number on a cheque.",
          amount="915.00"),
        message(d, ("Banca Sella", "notifiche@sella.it"), ALE, "Esito versamento assegni", text(plain)))

    # --- cheque unpaid -> other
    d = dt("2027-02-09 12:03:44", "Europe/Rome")
    plain = """Banca Sella - Notifica operazione

Gentile cliente,
la informiamo che il seguente assegno versato il 01/02/2027 è stato RESTITUITO IMPAGATO:

Traente:        GIORGI LUCA
Importo:        390,40 EUR
Motivo:         Difetto di provvista
Addebito:       390,40 EUR + commissioni 8,50 EUR (storno accredito s.b.f.)

L'assegno in originale è a sua disposizione presso la filiale di Padova 2.

Cordiali saluti
Banca Sella
"""
    add(L("other", "it", "Bounced cheque: the provisional credit is reversed, so the money did NOT come in; looks like a bank notice with an amount."),
        message(d, ("Banca Sella", "notifiche@sella.it"), ALE, "Assegno restituito impagato", text(plain)))

    # --- Poste phishing -> other
    d = dt("2027-01-05 03:12:59", "Europe/Rome")
    h = """<html><body><div style="font-family:Arial">
<p><img src="http://poste-it-verifica.top/logo.png" alt="Poste Italiane"></p>
<p>Gentile Cliente,</p>
<p>è in attesa un ACCREDITO di <b>€ 1.250,00</b> a suo favore. Per motivi di sicurezza l'operazione è stata sospesa.</p>
<p>Per sbloccare l'accredito confermi i suoi dati entro 24 ore:</p>
<p><a href="http://poste-it-verifica.top/accredito">SBLOCCA ACCREDITO</a></p>
<p>Grazie per la collaborazione<br>Servizio Clienti Poste</p></div></body></html>"""
    add(L("other", "it", "Phishing pretending an incoming credit is on hold; sender domain is not Poste's. Not a real payment."),
        message(d, ("Poste Italiane", "servizio@postе-notifiche.info".replace("е", "e")), ALE, "Accredito in sospeso - azione richiesta", html(h)))

    # --- Agenzia Entrate tax refund credited -> other
    d = dt("2027-02-16 10:20:00", "Europe/Rome")
    plain = """Banca Sella - Notifica operazione

Gentile cliente,
è stato accreditato sul suo conto il seguente bonifico:

Ordinante:  AGENZIA DELLE ENTRATE - RIMBORSI
Importo:    1.206,00 EUR
Causale:    RIMBORSO IRPEF 730/2026 CF RSSLSN85M41G224K

Cordiali saluti
Banca Sella
"""
    add(L("other", "it", "Incoming transfer, but a tax refund from the revenue agency: money in that is not payment of any invoice."),
        message(d, ("Banca Sella", "notifiche@sella.it"), ALE, "Bonifico in entrata", text(plain)))

    # --- Banca Sella instant transfer, advance
    d = dt("2026-11-14 20:07:41", "Europe/Rome")
    plain = """Banca Sella - Bonifico istantaneo ricevuto

Hai ricevuto un bonifico istantaneo di 250,00 EUR
da: PELLEGRINI GIORGIA
causale: acconto logo + biglietti come d'accordo
data: 14/11/2026 20:07

Cordiali saluti
Banca Sella
"""
    add(L("payment-notification", "it", "Instant transfer from a client as an agreed advance (acconto): money in for the owner's work though no invoice number is given.",
          amount="250.00"),
        message(d, ("Banca Sella", "notifiche@sella.it"), ALE, "Bonifico istantaneo ricevuto", text(plain)))

    # --- client forwards SAP remittance -> paid
    d = dt("2026-11-06 10:22:15", "Europe/Rome")
    fwd = """---------- Forwarded message ---------
Da: SAP Remittance <noreply-sap@lanificiobiellese.it>
Date: gio 5 nov 2026 alle ore 23:01
Subject: Avviso di pagamento / Payment advice 2000018876
To: <p.gatti@lanificiobiellese.it>

LANIFICIO BIELLESE S.p.A. - AVVISO DI PAGAMENTO N. 2000018876
Data pagamento: 05.11.2026      Mezzo: Bonifico SEPA
Beneficiario: ROSSI ALESSANDRA   Fornitore n.: 700452

Vs. documento   Data doc.    Ns. registraz.   Importo lordo   Sconto   Importo pagato
58/2026         30.09.2026   5100023456          1.586,00      0,00        1.586,00
-----------------------------------------------------------------------------------
Totale pagato EUR                                                          1.586,00

Questo avviso e' generato automaticamente dal sistema SAP. Non rispondere.
"""
    body = f"""Buongiorno Alessandra,

le inoltro l'avviso di pagamento che il sistema avrebbe dovuto mandarle in automatico (evidentemente va solo a noi, ho aperto una segnalazione all'IT). Il bonifico è partito ieri.

Buona giornata
Paola Gatti
Contabilità fornitori
Lanificio Biellese S.p.A.

{fwd}"""
    add(L("client-reply-paid", "it", "Client's accounts payable forwards their own SAP remittance advice: transfer left yesterday. Invoice number and amount are in the forwarded advice she sends, not in a quoted reminder.",
          amount="1586.00", reference="58/2026"),
        message(d, ("Paola Gatti", "p.gatti@lanificiobiellese.it"), ALE,
                "I: Avviso di pagamento / Payment advice 2000018876", text(body),
                irt=thread_id("lanificio58", "example.it")))

    # --- Coupa forwarded -> promise end of month
    d_rem = dt("2027-01-11 09:00:00", "Europe/Rome")
    rem = reminder_it("Grandi Impianti S.p.A.", "62/2026", "2.440,00 €", "31 dicembre 2026", ALE)
    d = dt("2027-01-12 12:48:03", "Europe/Rome")
    body = f"""Ciao Ale,

ho guardato su Coupa: la 62 è approvata e già schedulata, ti arriva con la run di fine mese. Sotto la schermata dello stato, così sei tranquilla.

Davide

> Invoice 62/2026 - Status: Approved for Payment
> Supplier: Rossi Alessandra
> Total: EUR 2,440.00
> Scheduled payment date: 31-Jan-2027
> Payment method: SEPA Credit Transfer

{gmail_quote("it", d_rem, ALE, rem)}"""
    add(L("client-reply-promise", "it", "Client pastes a Coupa status: approved and scheduled; 'ti arriva con la run di fine mese' = 31 January 2027 (also the scheduled date in the paste).",
          reference="62/2026", promised_date="2027-01-31"),
        message(d, ("Davide Longo", "davide.longo@grandiimpianti.it"), ALE, "Re: Fattura n. 62/2026 – sollecito", text(body),
                irt=thread_id("gi62", "example.it")))

    # --- promise: SEPA batch Friday
    d_rem = dt("2026-12-01 09:00:00", "Europe/Rome")
    rem = reminder_it("Bianchi Arredamenti S.r.l.", "47/2026", "2.318,00 €", "30 novembre 2026", ALE, step="due")
    d = dt("2026-12-02 17:55:20", "Europe/Rome")
    body = f"""Buonasera,
la fattura è stata inserita nella distinta SEPA di venerdì, la banca la carica in automatico.
Saluti
Ufficio amministrativo Bianchi Arredamenti

-----Messaggio originale-----
Da: Alessandra Rossi [mailto:alessandra@example.it]
Inviato: martedì 1 dicembre 2026 09:00
A: amministrazione@bianchiarredamenti.it
Oggetto: Fattura n. 47/2026 in scadenza

{rem}"""
    add(L("client-reply-promise", "it", "'Inserita nella distinta SEPA di venerdì': not paid yet, goes out with Friday's batch -> first Friday after Wed 2 Dec = 4 Dec 2026.",
          promised_date="2026-12-04"),
        message(d, ("Amministrazione Bianchi Arredamenti", "amministrazione@bianchiarredamenti.it"), ALE,
                "R: Fattura n. 47/2026 in scadenza", text(body, "iso-8859-1"), irt=thread_id("bianchi47", "example.it"),
                mailer="Microsoft Outlook 16.0"))

    # --- promise: SAP run on the 15th
    d_rem = dt("2026-12-03 09:00:00", "Europe/Rome")
    rem = reminder_it("Cartiere del Garda S.p.A.", "50/2026", "3.172,00 €", "30 novembre 2026", ALE)
    d = dt("2026-12-03 11:26:45", "Europe/Rome")
    body = f"""Gentile dott.ssa Rossi,

la sua fattura 50/2026 è stata registrata in SAP ma era ferma in attesa del benestare dell'ufficio marketing, che è arrivato stamattina. Il pagamento partirà con la prossima run fornitori del 15.

Cordiali saluti

Ing. Federico Sartori
Cartiere del Garda S.p.A. – Amministrazione e Finanza

Le informazioni contenute nella presente comunicazione sono riservate e destinate esclusivamente alla persona o all'ente sopra indicati. Ai sensi del Regolamento UE 2016/679 (GDPR) ...

{apple_quote("it", d_rem, ALE, rem)}"""
    add(L("client-reply-promise", "it", "Invoice approved today, payment 'con la prossima run fornitori del 15' -> 15 Dec 2026 (message of 3 Dec). GDPR footer.",
          reference="50/2026", promised_date="2026-12-15"),
        message(d, ("Federico Sartori", "f.sartori@cartieredelgarda.it"), ALE, "Re: Fattura n. 50/2026 – sollecito", text(body),
                irt=thread_id("cartiere50", "example.it"), mailer="Apple Mail (2.3774.500.171.1.1)"))

    # --- dispute: partial payment + contest rest
    d_rem = dt("2026-12-10 09:00:00", "Europe/Rome")
    rem = reminder_it("Vinicola Colli Euganei Soc. Agr.", "49/2026", "1.830,00 €", "30 novembre 2026", ALE)
    d = dt("2026-12-10 18:02:11", "Europe/Rome")
    body = f"""Buonasera Alessandra,
oggi le ho fatto un bonifico di 1.000 euro come acconto sulla fattura 49/2026. Il resto (830 €) lo saldiamo quando saranno corrette le schede prodotto in tedesco: il nostro importatore di Monaco ci ha segnalato ancora parecchi errori e non possiamo stampare il catalogo cosi.
Mi faccia sapere quando riesce a sistemarle.
Grazie
Michele Zorzi
Vinicola Colli Euganei

Inviato da iPhone

{apple_quote("it", d_rem, ALE, rem)}"""
    add(L("client-reply-dispute", "it", "Partial payment (1000 sent today) plus the rest withheld until translation errors are fixed: partial + dispute = dispute; amount is what they say they paid.",
          amount="1000.00", reference="49/2026"),
        message(d, ("Michele Zorzi", "michele@vinicolacollieuganei.it"), ALE, "Re: Fattura n. 49/2026 – sollecito", text(body),
                irt=thread_id("vinicola49", "example.it")))

    # --- dispute: card chargeback by client
    d = dt("2027-02-05 22:40:31", "Europe/Rome")
    body = """Alessandra,
ti avviso che ho contestato con la mia banca l'addebito dei 915 euro che ti avevo pagato con la carta. Il sito in tedesco doveva essere online a dicembre e siamo a febbraio e ancora niente. Se me lo consegni finito ne riparliamo, fino ad allora non mi sembra giusto pagare.
Piero
"""
    add(L("client-reply-dispute", "it", "Client announces a card chargeback because the work was not delivered: refuses to pay until delivered. The 915 he mentions is money he is taking back, so no amount is labelled."),
        message(d, ("Piero Morello", "piero@cantinemorello.it"), ALE, "sito in tedesco", text(body)))

    # --- Ariba rejection forwarded -> other
    d = dt("2026-11-25 09:58:02", "Europe/Rome")
    body = """Buongiorno Alessandra,

il nostro sistema ha rifiutato la sua fattura, le giro la notifica qui sotto. A quanto vedo manca il numero d'ordine: me lo chiede lei o lo chiedo io all'ufficio acquisti? Appena ce l'ha la può ricaricare su Ariba.

Grazie
Laura Vitale – Accounts Payable

---------- Messaggio inoltrato ----------
Da: SAP Business Network <ordersender-prod@ansmtp.ariba.com>
Data: 24 novembre 2026 18:30
Oggetto: Invoice 57/2026 has been rejected by FARMACEUTICI PADANI S.P.A.

Your invoice 57/2026 for EUR 1,708.00 has been rejected by FARMACEUTICI PADANI S.P.A.
Reason: PO number missing or invalid. Please create a PO-based invoice.
Rejection comments: Inserire numero ODA 4500xxxxxx.

Log in to your SAP Business Network account to review and resubmit.
"""
    add(L("client-reply-other", "it", "Client forwards an Ariba rejection: the invoice needs a PO number. A procedural question, not a contest of the work or amount (the rejection is the procurement system's). Reference from the forwarded notice she sends.",
          reference="57/2026"),
        message(d, ("Laura Vitale", "laura.vitale@farmaceuticipadani.it"), ALE, "I: Invoice 57/2026 has been rejected", text(body)))

    # --- client sends bank receipt PDF from Deutsche Bank (German client writing Italian)
    d = dt("2026-12-04 14:10:00", "Europe/Berlin")
    h = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Gentile signora Rossi,</p>
<p>in allegato trova la contabile del bonifico SEPA disposto oggi dalla nostra banca (Deutsche Bank) per la fattura n. 60/2026.</p>
<p>Cordiali saluti / Mit freundlichen Grüßen</p>
<p><b>Katrin Vogel</b><br>Buchhaltung<br>Hofmann Maschinenbau GmbH<br>Industriestraße 14 · 73430 Aalen</p>
<p style="font-size:8pt;color:#888">Geschäftsführer: Dr. Jörg Hofmann · Amtsgericht Ulm HRB 701234</p>
</div></body></html>"""
    body = mixed(html(h), attach("Zahlungsbeleg_RE60-2026.pdf", fake_pdf("Zahlungsbeleg 3904,00 EUR")))
    add(L("client-reply-paid", "it", "German client writing in Italian, HTML-only with a PDF payment receipt: transfer ordered today for 60/2026.",
          reference="60/2026"),
        message(d, ("Katrin Vogel", "k.vogel@hofmann-maschinenbau.de"), ALE, "AW: Fattura 60/2026", body,
                irt=thread_id("hofmann60", "example.it"), mailer="Microsoft Outlook 16.0"))

    # --- short paid, instant transfer
    d_rem = dt("2026-11-30 09:00:00", "Europe/Rome")
    rem = reminder_it("Elena Fabbri", "38/2026", "390,40 €", "15 ottobre 2026", ALE)
    d = dt("2026-11-30 22:51:09", "Europe/Rome")
    body = "fatto adesso con l'istantaneo 👍 scusa il ritardo!!\n\n" + gmail_quote("it", d_rem, ALE, rem)
    add(L("client-reply-paid", "it", "One-liner 'fatto adesso con l'istantaneo' (instant transfer done now) with emoji; no payment verb."),
        message(d, ("Elena Fabbri", "elena.fabbri.psi@gmail.com"), ALE, "Re: Fattura n. 38/2026 – sollecito", text(body),
                irt=thread_id("fabbri38", "example.it")))

    # --- auto-reply: AP mailbox, use Coupa
    d = dt("2027-01-11 09:00:14", "Europe/Rome")
    body = """Questa è una risposta automatica.

La casella amministrazione.fornitori@grandiimpianti.it non viene più presidiata per la ricezione di fatture e solleciti.
Dal 1° gennaio 2027 tutte le fatture passive e le richieste sullo stato dei pagamenti devono essere inserite nel portale fornitori Coupa (supplier.coupahost.com).

Per assistenza sul portale: supplier.support@grandiimpianti.it

Grandi Impianti S.p.A. – Accounts Payable
"""
    add(L("auto-reply", "it", "Auto-reply of an AP mailbox redirecting suppliers to the Coupa portal; mentions 'stato dei pagamenti' but says nothing about this payment."),
        message(d, ("Grandi Impianti AP", "amministrazione.fornitori@grandiimpianti.it"), ALE, "Risposta automatica: Fattura n. 62/2026 – sollecito", text(body),
                irt=thread_id("gi62", "example.it"), extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")]))

    # --- auto-reply OOO with return date, no headers
    d = dt("2026-12-23 09:00:40", "Europe/Rome")
    body = """Buongiorno,
sono fuori ufficio fino al 6 gennaio compreso per le festività natalizie. Le e-mail non verranno lette in questo periodo.
Per i pagamenti urgenti rivolgersi a tesoreria@cartieredelgarda.it.
Buone feste!

Federico Sartori
"""
    add(L("auto-reply", "it", "Out-of-office without RFC 3834 headers; 'fino al 6 gennaio compreso' -> back 7 Jan 2027. Mentions 'pagamenti' only to redirect.",
          return_date="2027-01-07"),
        message(d, ("Federico Sartori", "f.sartori@cartieredelgarda.it"), ALE, "Fuori sede: Fattura n. 50/2026 – promemoria", text(body),
                irt=thread_id("cartiere50b", "example.it")))

    # --- bounce Italian host
    d = dt("2026-12-10 09:00:31", "Europe/Rome")
    orig = message(dt("2026-12-10 09:00:12", "Europe/Rome"), ALE, "amministrazione@ceramichevietri.it",
                   "Fattura n. 41/2026 – sollecito",
                   text(reminder_it("Ceramiche Vietri S.r.l.", "41/2026", "854,00 €", "15 novembre 2026", ALE)))
    human = """Questo è il sistema di posta di smtp.aruba.it.

Non è stato possibile recapitare il messaggio ad uno o più destinatari.
Si tratta di un errore permanente. Gli indirizzi seguenti non sono stati raggiunti:

<amministrazione@ceramichevietri.it>: host mx.ceramichevietri.it[185.12.44.10] said:
    550 5.1.1 <amministrazione@ceramichevietri.it>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""
    ds = """Reporting-MTA: dns; smtpcmd04.ad.aruba.it
X-Postfix-Queue-ID: 4TzKq22w1Vz1xmJ
Arrival-Date: Thu, 10 Dec 2026 09:00:12 +0100 (CET)

Final-Recipient: rfc822; amministrazione@ceramichevietri.it
Original-Recipient: rfc822;amministrazione@ceramichevietri.it
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ceramichevietri.it
Diagnostic-Code: smtp; 550 5.1.1 <amministrazione@ceramichevietri.it>: Recipient
    address rejected: User unknown in virtual mailbox table
"""
    body = multipart("report", [text(human, "utf-8", "8bit"), raw_part("message/delivery-status", ds), rfc822(orig)],
                     params="; report-type=delivery-status")
    add(L("bounce", "it", "Postfix DSN (Aruba relay) in Italian, permanent 5.1.1, original reminder with amount attached.",
          failed_recipient="amministrazione@ceramichevietri.it", permanent=True),
        message(d, ("Mail Delivery System", "MAILER-DAEMON@smtpcmd04.ad.aruba.it"), ALE,
                "Messaggio non recapitato: Fattura n. 41/2026 – sollecito", body, extra=[("Auto-Submitted", "auto-replied")]))
# =====================================================================================
# SPANISH
# =====================================================================================
def spanish():
    MAD = "Europe/Madrid"
    # --- Holded: cobro conciliado
    d = dt("2026-11-05 08:14:09", MAD)
    h = """<html><body style="font-family:Helvetica,Arial;background:#f4f5f7">
<table width="580" align="center" style="background:#fff;padding:30px;border-radius:6px">
<tr><td><img src="https://app.holded.com/assets/img/mail/holded-logo.png" alt="Holded" height="26"></td></tr>
<tr><td><h2 style="font-weight:600">Factura cobrada ✅</h2>
<p>Hola Lucía,</p>
<p>Hemos conciliado un movimiento de tu banco con una de tus facturas pendientes:</p>
<table cellpadding="6" style="font-size:14px;border-top:1px solid #eee">
<tr><td style="color:#888">Factura</td><td><b>2026-041</b></td></tr>
<tr><td style="color:#888">Cliente</td><td>Librería Cervantes S.L.</td></tr>
<tr><td style="color:#888">Importe cobrado</td><td><b>1.210,00 €</b></td></tr>
<tr><td style="color:#888">Fecha del movimiento</td><td>04/11/2026</td></tr>
<tr><td style="color:#888">Cuenta</td><td>BBVA ···· 7721</td></tr>
</table>
<p>La factura ha pasado a estado <b>Cobrada</b>.</p>
<p><a href="https://app.holded.com/invoicing/sales">Ver factura</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#aaa">Holded Technologies S.L. · Recibes este email porque tienes activadas las notificaciones de cobros.</td></tr>
</table></body></html>"""
    add(L("payment-notification", "es", "Holded bank-feed reconciliation marks 2026-041 as collected (HTML only).",
          amount="1210.00", reference="2026-041"),
        message(d, ("Holded", "notifications@holded.com"), LUCIA, "Factura 2026-041 cobrada", html(h)))

    # --- Holded overdue -> other
    d = dt("2026-12-02 07:00:00", MAD)
    plain = """Hola Lucía,

La factura 2026-045 de Gestoría Núñez y Asociados (847,00 €) venció ayer y todavía no consta como cobrada.

¿Quieres enviar un recordatorio de pago al cliente? Puedes hacerlo desde Holded > Ventas > Facturas.

El equipo de Holded
"""
    add(L("other", "es", "The owner's own invoicing tool telling her an invoice is overdue: about non-payment, not a payment."),
        message(d, ("Holded", "notifications@holded.com"), LUCIA, "Tienes una factura vencida: 2026-045", text(plain)))

    # --- Holded: SEPA mandate signed by client -> other
    d = dt("2026-11-18 12:41:37", MAD)
    plain = """Hola Lucía,

Fundación Arte Joven ha firmado la orden de domiciliación SEPA (mandato B2B) que le enviaste.

Referencia del mandato: HLD-MND-00231
Fecha de firma: 18/11/2026

A partir de ahora puedes cobrarle sus facturas mediante remesas de recibos domiciliados.

El equipo de Holded
"""
    add(L("other", "es", "A client signed a SEPA direct-debit mandate: this enables future collections but no money has moved."),
        message(d, ("Holded", "notifications@holded.com"), LUCIA, "Mandato SEPA firmado por Fundación Arte Joven", text(plain)))

    # --- Anfix: cobro registrado
    d = dt("2026-11-27 09:02:51", MAD)
    plain = """anfix - Aviso de cobro

Hola Jordi,

Se ha registrado un cobro en tu contabilidad a partir de tu conexión bancaria:

  Fecha:        26/11/2026
  Cliente:      Hotel Arts Sitges S.A.
  Concepto banco: TRANSF. FRA F26-088 REPORTAJE INAUGURACION
  Importe:      2.178,00 €
  Factura:      F26-088 - COBRADA

Puedes revisar el asiento en anfix > Tesorería > Movimientos.

anfix
"""
    add(L("payment-notification", "es", "Anfix (accounting) recorded a collection from the bank link against Jordi's F26-088.",
          amount="2178.00", reference="F26-088"),
        message(d, ("anfix", "no-reply@anfix.com"), JORDI, "Cobro registrado: F26-088", text(plain, "iso-8859-1")))

    # --- Anfix: invoice viewed -> other
    d = dt("2026-12-15 18:30:02", MAD)
    plain = """Hola Jordi,

Tu cliente Càtering Montseny S.L. ha abierto la factura F26-094 (968,00 €) que le enviaste el 10/12/2026.

Estado: Pendiente de cobro · Vence el 09/01/2027

anfix
"""
    add(L("other", "es", "'Invoice opened' tracking from the owner's own software; status pending."),
        message(d, ("anfix", "no-reply@anfix.com"), JORDI, "Càtering Montseny ha visto tu factura F26-094", text(plain)))

    # --- Qonto ES incoming
    d = dt("2026-12-10 11:05:17", MAD)
    plain = """Has recibido una transferencia

Hola Lucía:

DISTRIBUCIONES LEVANTE SA te ha enviado 2.420,00 € en tu cuenta principal.

Concepto: FRA 2026-052 DISEÑO PACKAGING
Fecha: 10 de diciembre de 2026

Ver la transacción: https://app.qonto.com/transactions/b7e0

Recuerda añadir el justificante. El equipo de Qonto
"""
    add(L("payment-notification", "es", "Qonto (Spanish) incoming transfer; concepto 'FRA 2026-052'.",
          amount="2420.00", reference="2026-052"),
        message(d, ("Qonto", "no-reply@qonto.com"), LUCIA, "Has recibido una transferencia de 2.420,00 €", text(plain)))

    # --- Qonto ES outgoing -> other
    d = dt("2026-12-11 10:00:41", MAD)
    plain = """Transferencia enviada

Hola Lucía:

Tu transferencia de 726,00 € a IMPRENTA GRÁFICAS SOL S.L. se ha enviado.

Concepto: Factura A-2026/311 impresión catálogos
Llegará: 11 de diciembre de 2026 (transferencia inmediata)

El equipo de Qonto
"""
    add(L("other", "es", "Outgoing transfer the owner made to her printer: the 'Factura A-2026/311' is the supplier's invoice."),
        message(d, ("Qonto", "no-reply@qonto.com"), LUCIA, "Transferencia de 726,00 € enviada", text(plain)))

    # --- Malt ES invoice paid
    d = dt("2026-11-20 16:24:40", MAD)
    h = """<html><body style="font-family:Arial;color:#2b2b2b">
<div style="max-width:560px;margin:auto">
<p style="font-size:26px;color:#f05a5a"><b>malt</b></p>
<p>Hola Lucía:</p>
<p>¡Buenas noticias! <b>Ecovidrio Comunicación S.L.</b> ha pagado la factura de tu misión <i>«Identidad visual campaña Navidad»</i>.</p>
<table cellpadding="5">
<tr><td>Importe de la misión</td><td>1.650,00 € (IVA incl.)</td></tr>
<tr><td>Comisión de servicio Malt</td><td>−82,50 €</td></tr>
<tr><td><b>Importe que recibirás</b></td><td><b>1.567,50 €</b></td></tr>
</table>
<p>Transferiremos el importe a tu cuenta bancaria en un plazo de 1 a 3 días laborables.</p>
<p>El equipo de Malt</p>
</div></body></html>"""
    add(L("payment-notification", "es", "Malt: the client paid the mission invoice (Malt issues it on her behalf, no invoice number of hers). Amount = what the client paid for the invoice (1,650.00); the 1,567.50 net of Malt's fee is what she will get.",
          amount="1650.00"),
        message(d, ("Malt", "no-reply@malt.es"), LUCIA, "Tu cliente ha pagado la factura de tu misión", html(h)))

    # --- Malt payout -> other
    d = dt("2026-11-23 09:10:03", MAD)
    plain = """Hola Lucía:

Hemos enviado una transferencia de 1.567,50 € a tu cuenta ES91 **** **** **** **** 1332.

Misión: Identidad visual campaña Navidad – Ecovidrio Comunicación S.L.

Puede tardar hasta 2 días laborables en aparecer en tu cuenta.

El equipo de Malt
"""
    add(L("other", "es", "Malt payout of the same mission already reported as paid three days earlier: a transfer of already-counted earnings, not a new payment."),
        message(d, ("Malt", "no-reply@malt.es"), LUCIA, "Tu transferencia está en camino", text(plain)))

    # --- Deutsche Bank España abono
    d = dt("2026-11-12 08:55:22", MAD)
    plain = """Deutsche Bank - Aviso de operación

Estimado/a cliente:

Le informamos de que se ha realizado la siguiente operación en su cuenta ES12 **** **** **** **** 4567:

Tipo:          ABONO TRANSFERENCIA SEPA
Fecha valor:   12/11/2026
Importe:       +1.452,00 EUR
Ordenante:     FUNDACIO MUSEU DE LA MUSICA
Concepto:      FACT F26-081 FOTOGRAFIA CONCERT

Atentamente,
Deutsche Bank, S.A.E.

Este correo ha sido generado automáticamente. Por favor, no responda.
"""
    add(L("payment-notification", "es", "Deutsche Bank Spain incoming SEPA credit alert for Jordi's F26-081.",
          amount="1452.00", reference="F26-081"),
        message(d, ("Deutsche Bank", "avisos@db.com"), JORDI, "Aviso de operación: abono transferencia", text(plain, "iso-8859-1")))

    # --- Vivid ES
    d = dt("2027-01-08 13:33:08", MAD)
    plain = """¡Dinero recibido! 💶

Has recibido 450,00 € de MARIA JOSE PEIRO BLASCO
Concepto: fotos boda Pilar y Quique saldo
Cuenta: Pocket principal

Vivid Money
"""
    add(L("payment-notification", "es", "Vivid (German neobank, Spanish UI): a private client paying the balance of a wedding shoot; no invoice number.",
          amount="450.00"),
        message(d, ("Vivid", "no-reply@vivid.money"), JORDI, "Has recibido 450,00 €", text(plain)))

    # --- Finom ES incoming from German client
    d = dt("2027-01-14 10:01:58", MAD)
    plain = """Hola Lucía,

¡Te han pagado! 🎉

Importe:      2.057,00 €
De:           KLANGWERK MEDIA GMBH
Concepto:     Rechnung 2026-044 / Lucia Martin Estudio
Cuenta:       Finom ES •• 0193

La transferencia ya está disponible en tu saldo.

Equipo Finom
"""
    add(L("payment-notification", "es", "Finom notice; German payer uses 'Rechnung 2026-044' in the concepto.",
          amount="2057.00", reference="2026-044"),
        message(d, ("Finom", "noreply@finom.co"), LUCIA, "Te han pagado 2.057,00 €", text(plain)))

    # --- Finom monthly fee -> other
    d = dt("2027-02-01 06:00:00", MAD)
    plain = """Hola Lucía,

Hemos cargado la cuota mensual de tu plan Solo:

Importe: 8,00 €
Periodo: febrero 2027

Puedes descargar la factura desde la app.

Equipo Finom
"""
    add(L("other", "es", "Bank's own monthly fee charged: money out."),
        message(d, ("Finom", "noreply@finom.co"), LUCIA, "Cuota mensual cobrada", text(plain)))

    # --- FACe paid
    d = dt("2027-01-26 13:00:12", MAD)
    plain = """FACe - Punto General de Entrada de Facturas Electrónicas de la AGE

Se ha producido un cambio de estado en la siguiente factura:

Número de registro:   REGAGE26e00041877261
Número de factura:    2026-036
Emisor:               MARTIN GARCIA, LUCIA
Órgano gestor:        L01280796 - Ayuntamiento de Madrid
Unidad tramitadora:   LA0001234 - Área de Cultura, Turismo y Deporte
Importe:              3.025,00 €
Estado anterior:      2400 - Reconocida la obligación (contabilizada)
Estado actual:        2500 - Pagada
Fecha:                26/01/2027

Este es un mensaje automático. No responda a este correo.
Ministerio de Hacienda - Secretaría General de Administración Digital
"""
    add(L("payment-notification", "es", "Borderline: the public e-invoicing portal FACe (normally 'other') reports status 2500 'Pagada' for 2026-036: a machine notice that the invoice was paid, so money in for the invoice.",
          amount="3025.00", reference="2026-036"),
        message(d, ("FACe", "no-reply@face.gob.es"), LUCIA, "FACe: cambio de estado de la factura 2026-036", text(plain, "iso-8859-1")))

    # --- FACe registered -> other
    d = dt("2026-11-06 10:22:40", MAD)
    plain = """FACe - Punto General de Entrada de Facturas Electrónicas de la AGE

Se ha producido un cambio de estado en la siguiente factura:

Número de registro:   REGAGE26e00039911002
Número de factura:    2026-047
Emisor:               MARTIN GARCIA, LUCIA
Órgano gestor:        E04921301 - Biblioteca Nacional de España
Importe:              968,00 €
Estado anterior:      1200 - Registrada en el RCF
Estado actual:        1300 - Verificada en el RCF
Fecha:                06/11/2026

Este es un mensaje automático. No responda a este correo.
"""
    add(L("other", "es", "Same FACe template, but the status is only 'Verificada en el RCF' (processing step): e-invoicing notice, not a payment."),
        message(d, ("FACe", "no-reply@face.gob.es"), LUCIA, "FACe: cambio de estado de la factura 2026-047", text(plain, "iso-8859-1")))

    # --- FACe rejected -> other
    d = dt("2026-12-17 12:12:12", MAD)
    plain = """FACe - Punto General de Entrada de Facturas Electrónicas de la AGE

Se ha producido un cambio de estado en la siguiente factura:

Número de registro:   REGAGE26e00044120098
Número de factura:    2026-053
Órgano gestor:        L01080193 - Ajuntament de Barcelona
Importe:              1.815,00 €
Estado actual:        2600 - Rechazada
Motivo:               El código DIR3 de la unidad tramitadora no corresponde al contrato. Emitir nueva factura.
Fecha:                17/12/2026

Este es un mensaje automático. No responda a este correo.
"""
    add(L("other", "es", "Public administration portal rejected the e-invoice (wrong DIR3 code): e-invoicing notice; a machine, not a client dispute."),
        message(d, ("FACe", "no-reply@face.gob.es"), LUCIA, "FACe: cambio de estado de la factura 2026-053", text(plain)))

    # --- Oracle remittance advice (Spanish client)
    d = dt("2026-12-18 23:47:10", MAD)
    h = """<html><body style="font-family:Arial;font-size:12px">
<p><b>GRUPO HOTELERO MEDITERRÁNEA S.A.</b><br>Aviso de pago / Remittance Advice</p>
<p>Proveedor: MARTIN GARCIA LUCIA (Nº 300871)<br>Fecha de pago: 18-DIC-2026<br>Forma de pago: Transferencia SEPA<br>Nº de pago: 77120045</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr style="background:#d9d9d9"><th>Nº Factura</th><th>Fecha factura</th><th>Importe factura</th><th>Retención IRPF</th><th>Importe pagado</th></tr>
<tr><td>2026-043</td><td>15-OCT-2026</td><td align="right">2.904,00</td><td align="right">-360,00</td><td align="right">2.544,00</td></tr>
<tr><td colspan="4" align="right"><b>Total EUR</b></td><td align="right"><b>2.544,00</b></td></tr>
</table>
<p>Este mensaje ha sido generado automáticamente por Oracle Fusion Payables. Para consultas: cuentasapagar@grupomediterranea.es</p>
</body></html>"""
    add(L("payment-notification", "es", "Client's Oracle Payables remittance advice in a table; paid amount is net of the 15% IRPF withholding (2,544.00 of 2,904.00) — normal in Spain, not a short payment.",
          amount="2544.00", reference="2026-043"),
        message(d, ("Oracle Payables - Grupo Mediterránea", "no-reply@grupomediterranea.es"), LUCIA,
                "Aviso de pago 77120045 - GRUPO HOTELERO MEDITERRANEA S.A.", html(h, "iso-8859-1")))

    # --- SEPA collection batch credited (owner as creditor)
    d = dt("2026-12-03 07:31:00", MAD)
    plain = """Banco Sabadell - Aviso de abono de remesa

Le informamos del abono de la siguiente remesa de adeudos directos SEPA (CORE):

Referencia remesa:  RMS-20261201-01
Fecha de cargo:     02/12/2026
Nº de recibos:      3
Importe total:      1.089,00 EUR
Comisiones:         -1,35 EUR
Importe abonado:    1.087,65 EUR

El detalle de los recibos está disponible en Sabadell Online > Cobros > Remesas.

Banco de Sabadell, S.A.
"""
    add(L("payment-notification", "es", "Owner collects retainers by SEPA direct debit: a batch of 3 receipts was credited. Money in from clients for invoices, no single reference; amount = the receipts collected (1,089.00), of which 1,087.65 is credited after the bank's fee.",
          amount="1089.00"),
        message(d, ("Banco Sabadell", "avisos@bancsabadell.com"), LUCIA, "Abono de remesa de recibos SEPA", text(plain)))

    # --- SEPA return (R-transaction) -> other
    d = dt("2026-12-09 07:30:44", MAD)
    plain = """Banco Sabadell - Aviso de devolución de recibo

Le comunicamos la devolución del siguiente recibo de la remesa RMS-20261201-01:

Deudor:            FUNDACION ARTE JOVEN
Importe:           363,00 EUR
Referencia:        2026-049
Motivo devolución: MD06 - Reembolso solicitado por el deudor
Gastos devolución: 3,50 EUR

El importe se ha cargado en su cuenta.

Banco de Sabadell, S.A.
"""
    add(L("other", "es", "Returned direct debit (R-transaction MD06): the money for 2026-049 was taken back from the owner. Machine notice, the opposite of a payment."),
        message(d, ("Banco Sabadell", "avisos@bancsabadell.com"), LUCIA, "Devolución de recibo", text(plain)))

    # --- own direct debit (gym) -> other
    d = dt("2026-12-28 06:15:00", MAD)
    plain = """CaixaBank - Aviso de adeudo

Le informamos de que el día 02/01/2027 se cargará en su cuenta el siguiente recibo domiciliado:

Emisor:     ALTAFIT GYM CLUB S.L.
Importe:    34,90 EUR
Concepto:   CUOTA ENERO 2027
Mandato:    ALT-0049823

Si no reconoce este adeudo puede devolverlo en CaixaBankNow.
"""
    add(L("other", "es", "Pre-notification of a direct debit the owner pays (gym fee)."),
        message(d, ("CaixaBank", "notificaciones@caixabank.com"), JORDI, "Aviso de adeudo", text(plain)))

    # --- Bizum among friends -> other
    d = dt("2027-01-16 23:04:12", MAD)
    plain = """CaixaBank

Has recibido un Bizum de 15,00 EUR de MARTA.
Concepto: cena jueves 🍕🍺

Ya tienes el dinero en tu cuenta.
"""
    add(L("other", "es", "Bizum between friends (dinner split): money in, but not from a client."),
        message(d, ("CaixaBank", "notificaciones@caixabank.com"), JORDI, "Has recibido un Bizum", text(plain)))

    # --- Stripe ES
    d = dt("2027-01-20 12:02:33", MAD)
    plain = """Pago correcto

Has recibido un pago de 605,00 € de Escola Bressol El Petit Pi.

Descripción: Factura F26-097 - fotos orla curso 2026/27
Método de pago: Mastercard •••• 7702
Fecha: 20 ene 2027, 12:02

Ver en el Dashboard: https://dashboard.stripe.com/payments/pi_3QqZk1Lm

Stripe
"""
    add(L("payment-notification", "es", "Stripe card payment for Jordi's F26-097; '2026/27' is a school year, not the invoice.",
          amount="605.00", reference="F26-097"),
        message(d, ("Stripe", "notifications@stripe.com"), JORDI, "Pago de 605,00 € de Escola Bressol El Petit Pi", text(plain)))

    # --- Stripe ES dispute -> other
    d = dt("2027-02-11 09:40:00", MAD)
    plain = """Se ha abierto una disputa

Un cliente ha disputado un pago de 605,00 € de Escola Bressol El Petit Pi.

Motivo: Cargo no reconocido (fraudulent)
Debes responder antes del 25 feb 2027.
Hemos retirado de tu saldo el importe disputado más una comisión de 20,00 €.

Responder a la disputa: https://dashboard.stripe.com/disputes/dp_1Qx

Stripe
"""
    add(L("other", "es", "Stripe dispute (chargeback) on the payment above: money is being withdrawn from the owner; a machine notice, not a client reply."),
        message(d, ("Stripe", "notifications@stripe.com"), JORDI, "Disputa abierta: 605,00 €", text(plain)))

    # --- Redsys TPV
    d = dt("2026-11-30 20:15:49", MAD)
    plain = """Notificación de operación - TPV Virtual

Comercio:         LUCIA MARTIN ESTUDIO (FUC 351234567)
Pedido:           2026049
Descripción:      Factura 2026-049 Fundación Arte Joven
Importe:          363,00 EUR
Resultado:        OPERACIÓN AUTORIZADA (0000)
Fecha y hora:     30/11/2026 20:15:41
Tarjeta:          4548 81** **** 0012

Mensaje generado automáticamente por Redsys. No responda.
"""
    add(L("payment-notification", "es", "Redsys virtual POS: authorised card payment, description names 2026-049.",
          amount="363.00", reference="2026-049"),
        message(d, ("Redsys TPV Virtual", "notificaciones@redsys.es"), LUCIA, "Operación autorizada - Pedido 2026049", text(plain, "iso-8859-1", "quoted-printable")))

    # --- Revolut Business FX -> other
    d = dt("2027-02-04 15:45:19", MAD)
    plain = """Revolut Business

Has cambiado 1.000,00 USD a 921,43 EUR.

Tipo de cambio: 1 USD = 0,9214 EUR
Cuenta origen: USD Main
Cuenta destino: EUR Main
"""
    add(L("other", "es", "FX exchange between the owner's own currency accounts: no client payment."),
        message(d, ("Revolut Business", "no-reply@revolut.com"), LUCIA, "Cambio de divisa completado", text(plain)))

    # --- Airbnb payout -> other
    d = dt("2027-01-04 04:20:50", "Atlantic/Canary")
    plain = """Hola, Jordi:

Te hemos enviado un pago de 612,40 € por la reserva HM8Z3K2QFD (Casa Tamadaba, 27 dic – 2 ene).

El importe debería llegar a tu cuenta bancaria terminada en 4567 en un plazo de 3 a 5 días hábiles, según tu banco.

Ver los detalles del pago: https://www.airbnb.es/users/transaction_history

Airbnb
"""
    add(L("other", "es", "Airbnb host payout for a holiday rental: money in but host earnings, unrelated to the photographer's invoices."),
        message(d, ("Airbnb", "automated@airbnb.com"), JORDI, "Te hemos enviado un pago de 612,40 €", text(plain)))

    # --- Oracle "scheduled" -> other? no: use Coupa-like Spanish AP portal
    d = dt("2027-01-13 08:00:06", MAD)
    plain = """Portal de Proveedores - Grupo Mediterránea

Estado de su factura actualizado

Factura:            2026-051
Importe:            1.452,00 EUR
Estado:             APROBADA - Pendiente de pago
Fecha prevista de pago: 25/01/2027 (remesa de confirming)

Este es un mensaje automático del portal de proveedores. No responda a este correo.
"""
    add(L("other", "es", "Client's supplier portal: invoice approved and scheduled for 25/01 — a system status, not a payment and not a human promise."),
        message(d, ("Portal Proveedores Grupo Mediterránea", "portalproveedores@grupomediterranea.es"), LUCIA,
                "Estado de su factura 2026-051: APROBADA", text(plain)))

    # --- client forwards Millennium BCP receipt in Portuguese -> paid
    d = dt("2026-11-25 17:20:04", "Europe/Lisbon")
    body = """Hola Lucía!

Te reenvío el comprobante de la transferencia, se hizo ayer desde Millennium. Perdona el retraso, con el cambio de contable se nos quedó colgada.

Un abrazo,
Inês

---------- Mensagem encaminhada ---------
De: Millennium bcp <millenniumbcp@millenniumbcp.pt>
Data: terça, 24/11/2026 às 19:02
Assunto: Comprovativo de transferência SEPA

Transferência SEPA realizada com sucesso.
Ordenante: CASA DO AZULEJO LDA
Beneficiário: LUCIA MARTIN GARCIA
IBAN: ES91 2100 0418 4502 0005 1332
Montante: 1.694,00 EUR
Descritivo: Fatura 2026-039
Data-valor: 24/11/2026
"""
    add(L("client-reply-paid", "es", "Portuguese client writes Spanish and forwards her bank's transfer receipt in Portuguese (done yesterday). Amount and invoice appear in the forwarded receipt she sends.",
          amount="1694.00", reference="2026-039"),
        message(d, ("Inês Carvalho", "ines@casadoazulejo.pt"), LUCIA, "Fwd: Comprovativo de transferência SEPA", text(body),
                irt=thread_id("azulejo39", "martinestudio.es")))

    # --- paid via Deutsche Bank, Outlook quote
    d_rem = dt("2026-11-16 09:00:00", MAD)
    rem = reminder_es("Klangwerk Media GmbH", "2026-044", "2.057,00 €", "31 de octubre de 2026", LUCIA)
    d = dt("2026-11-16 15:42:19", "Europe/Berlin")
    body = f"""Hola Lucía,

ya está: transferencia hecha hoy desde Deutsche Bank. Suele tardar uno o dos días en llegar a España.

Saludos / Viele Grüße
Jonas Reiter
Klangwerk Media GmbH | Finanzen

De: Lucía Martín <lucia@martinestudio.es>
Enviado el: lunes, 16 de noviembre de 2026 9:00
Para: finanzen@klangwerk-media.de
Asunto: Factura n.º 2026-044 – recordatorio

{rem}"""
    add(L("client-reply-paid", "es", "'Ya está: transferencia hecha hoy' (paid today). German sender in Spanish, Outlook block quote without '>'. Note: the Finom notice for this invoice arrives only in January, but this label is about what the message says."),
        message(d, ("Jonas Reiter", "finanzen@klangwerk-media.de"), LUCIA, "AW: Factura n.º 2026-044 – recordatorio", text(body, "windows-1252"),
                irt=thread_id("klang44", "martinestudio.es"), mailer="Microsoft Outlook 16.0"))

    # --- paid via Bizum, Canarias
    d_rem = dt("2026-12-21 09:00:00", MAD)
    rem = reminder_es("Yeray Santana", "F26-091", "180,00 €", "15 de diciembre de 2026", JORDI, payment=False)
    d = dt("2026-12-21 10:12:55", "Atlantic/Canary")
    body = "buenas jordi!! te lo acabo de mandar x bizum al numero q me pasaste, mira a ver si te llego. un saludo mi niño\n\nEnviado desde mi Android\n\n" + gmail_quote("es", d_rem, JORDI, rem)
    add(L("client-reply-paid", "es", "Canarian client, no accents, abbreviations ('x', 'q'), Bizum just sent, asks to check — still a paid claim."),
        message(d, ("Yeray Santana", "yeraysantana93@gmail.com"), JORDI, "Re: Factura n.º F26-091 – recordatorio", text(body),
                irt=thread_id("yeray91", "puigfoto.cat")))

    # --- promise: remesa del 25
    d_rem = dt("2026-12-14 09:00:00", MAD)
    rem = reminder_es("Gestoría Núñez y Asociados S.L.", "2026-045", "847,00 €", "1 de diciembre de 2026", LUCIA)
    d = dt("2026-12-14 12:30:00", MAD)
    body = f"""Buenos días Lucía,

disculpa, se nos pasó en la remesa de principios de mes. Ya la tengo metida en la del 25, así que te entrará en esa fecha.

Un saludo,
Pilar Núñez
Gestoría Núñez y Asociados
C/ Alcalá 155, 2º izda. · 28009 Madrid

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. En cumplimiento del Reglamento (UE) 2016/679 (RGPD) le informamos de que sus datos serán tratados por Gestoría Núñez y Asociados S.L. ...

{gmail_quote("es", d_rem, LUCIA, rem)}"""
    add(L("client-reply-promise", "es", "'Metida en la remesa del 25' on 14 Dec -> 25 Dec 2026 (a holiday, but that is what they said). RGPD footer.",
          promised_date="2026-12-25"),
        message(d, ("Pilar Núñez", "pilar@gestorianunez.es"), LUCIA, "RE: Factura n.º 2026-045 – recordatorio", text(body),
                irt=thread_id("nunez45", "martinestudio.es")))

    # --- promise: SAP run 10 and 25
    d_rem = dt("2026-12-28 09:00:00", MAD)
    rem = reminder_es("Hotel Arts Sitges S.A.", "F26-093", "1.331,00 €", "20 de diciembre de 2026", JORDI)
    d = dt("2026-12-28 16:47:31", MAD)
    body = f"""Hola Jordi,

Nuestro SAP sólo lanza pagos a proveedores los días 10 y 25. La F26-093 llegó tarde para la del 25, así que queda en la del 10 de enero.

Salut!
Montse Ribas
Comptabilitat · Hotel Arts Sitges

{apple_quote("es", d_rem, JORDI, rem)}"""
    add(L("client-reply-promise", "es", "Payment runs on the 10th and 25th; 'queda en la del 10 de enero' on 28 Dec -> 10 Jan 2027. Catalan sign-off.",
          reference="F26-093", promised_date="2027-01-10"),
        message(d, ("Montse Ribas", "comptabilitat@hotelartssitges.cat"), JORDI, "Re: Factura n.º F26-093 – recordatorio", text(body),
                irt=thread_id("arts93", "puigfoto.cat")))

    # --- promise: antes del 26 no
    d_rem = dt("2027-02-17 09:00:00", MAD)
    rem = reminder_es("Càtering Montseny S.L.", "F26-094", "968,00 €", "9 de enero de 2027", JORDI)
    d = dt("2027-02-17 13:10:40", MAD)
    body = f"""Jordi, sé que vamos tarde. Estamos esperando el cobro de un evento grande y antes del 26 no podemos, pero ese día lo tienes seguro.
Perdona las molestias
Àlex

> {rem.splitlines()[2]}"""
    add(L("client-reply-promise", "es", "'Antes del 26 no podemos, pero ese día lo tienes seguro' -> 26 Feb 2027 (not-before = that day). Only one line quoted.",
          promised_date="2027-02-26"),
        message(d, ("Àlex Soler", "alex@cateringmontseny.cat"), JORDI, "Re: Factura n.º F26-094 – recordatorio", text(body),
                irt=thread_id("montseny94", "puigfoto.cat")))

    # --- promise: cuando cobremos (vague)
    d_rem = dt("2027-01-18 09:00:00", MAD)
    rem = reminder_es("Asociación Cultural La Fragua", "2026-054", "605,00 €", "31 de diciembre de 2026", LUCIA)
    d = dt("2027-01-19 20:02:17", MAD)
    body = f"""Hola Lucía, te escribo en nombre de la junta.
La subvención del Ayuntamiento aún no nos ha llegado y la cuenta de la asociación está a cero. En cuanto nos ingresen la subvención te pagamos lo primero, de verdad. Lo sentimos muchísimo.
Rocío (tesorera)

El mar., 18 ene 2027 a las 9:00, Lucía Martín (<lucia@martinestudio.es>) escribió:
> Buenos días:
> ..."""
    add(L("client-reply-promise", "es", "Will pay as soon as their grant arrives: a promise with no date."),
        message(d, ("Rocío Fernández", "tesoreria.lafragua@gmail.com"), LUCIA, "Re: Factura n.º 2026-054 – recordatorio", text(body),
                irt=thread_id("fragua54", "martinestudio.es")))

    # --- dispute: amount vs budget
    d_rem = dt("2026-11-20 09:00:00", MAD)
    rem = reminder_es("Distribuciones Levante S.A.", "2026-048", "2.541,00 €", "15 de noviembre de 2026", LUCIA)
    d = dt("2026-11-20 10:55:00", "Europe/Madrid")
    h = f"""<html><body><div style="font-family:Calibri;font-size:11pt">
<p>Buenos días, Lucía:</p>
<p>No hemos pagado la 2026-048 porque el importe no coincide con el presupuesto aceptado: eran <b>1.800 € + IVA</b> (2.178 €), no 2.100 € + IVA. Las dos piezas extra de la campaña no las pedimos nosotros.</p>
<p>Por favor, envíanos una factura rectificativa por la diferencia y la pagamos en la siguiente remesa.</p>
<p>Gracias,<br>Vicente Llorens<br>Dpto. Administración<br>Distribuciones Levante S.A.</p>
<hr>
<blockquote style="border-left:2px solid #ccc;padding-left:8px">{html_paras(rem)}</blockquote>
</div></body></html>"""
    add(L("client-reply-dispute", "es", "Amount contested against the accepted budget; asks for a corrective invoice and would then pay (dispute outranks the conditional promise). HTML only with blockquote.",
          reference="2026-048"),
        message(d, ("Vicente Llorens", "administracion@distlevante.es"), LUCIA, "RE: Factura n.º 2026-048 – recordatorio", html(h),
                irt=thread_id("levante48", "martinestudio.es"), mailer="Microsoft Outlook 16.0"))

    # --- dispute: partial paid, session cancelled
    d_rem = dt("2027-01-25 09:00:00", MAD)
    rem = reminder_es("Fundació Museu de la Música", "F26-095", "2.420,00 €", "15 de enero de 2027", JORDI)
    d = dt("2027-01-26 11:19:03", MAD)
    body = f"""Bon dia Jordi,

Hemos abonado hoy 1.500 € correspondientes a las fotos de los conciertos del 12 y 19 de diciembre. El resto de la factura F26-095 no lo vamos a pagar: la sesión del día 2 de enero se canceló por la lluvia y no se llegó a hacer, así que entendemos que no procede.

Si lo ves de otra forma, hablamos.

Laia Ferrer
Administració
Fundació Museu de la Música

-----Mensaje original-----
De: Jordi Puig [mailto:jordi@puigfoto.cat]
Enviado el: lunes, 25 de enero de 2027 9:00
Para: administracio@museumusica.cat
Asunto: Factura n.º F26-095 – recordatorio

{rem}"""
    add(L("client-reply-dispute", "es", "Partial payment today (1,500) and refusal of the rest because a session didn't happen: partial + dispute = dispute.",
          amount="1500.00", reference="F26-095"),
        message(d, ("Laia Ferrer", "administracio@museumusica.cat"), JORDI, "RE: Factura n.º F26-095 – recordatorio", text(body, "iso-8859-1"),
                irt=thread_id("museu95", "puigfoto.cat"), mailer="Microsoft Outlook 16.0"))

    # --- other: IBAN change fraud check
    d = dt("2026-12-09 09:47:30", MAD)
    body = """Hola Lucía,

una consulta rápida antes de pagar la 2026-050: nos ha llegado esta mañana un correo, supuestamente tuyo, diciendo que has cambiado de banco y con un IBAN nuevo de un banco lituano. ¿Es correcto? No queremos pagar a quien no es. Si puedes, confírmanoslo por teléfono.

Gracias!
Marisa
Librería Cervantes
"""
    add(L("client-reply-other", "es", "Question about a suspicious IBAN-change email before paying: no payment, no promise, no dispute.",
          reference="2026-050"),
        message(d, ("Marisa Gómez", "marisa@libreriacervantes.es"), LUCIA, "¿Cambio de cuenta bancaria?", text(body)))

    # --- other: received, to accounting
    d_rem = dt("2026-12-22 09:00:00", MAD)
    rem = reminder_es("Escola Bressol El Petit Pi", "F26-097", "605,00 €", "5 de enero de 2027", JORDI, step="due")
    d = dt("2026-12-22 09:32:10", MAD)
    body = "Rebut, gràcies Jordi! / Recibido, lo paso a la gestoría que es quien lleva los pagos.\nBones festes!\nNúria\n\n" + gmail_quote("es", d_rem, JORDI, rem)
    add(L("client-reply-other", "es", "Bilingual Catalan/Spanish acknowledgement, forwarded to their accountants: nothing about paying."),
        message(d, ("Núria Vila", "direccio@elpetitpi.cat"), JORDI, "Re: Factura n.º F26-097", text(body),
                irt=thread_id("petitpi97", "puigfoto.cat")))

    # --- other: which account / Malt question
    d = dt("2027-02-08 17:05:40", MAD)
    body = """Hola Lucía,
para la nueva misión de marzo, ¿la facturamos otra vez por Malt o prefieres que te paguemos directamente por transferencia? Nuestro departamento de compras prefiere directo porque Malt nos añade la comisión.
Dime algo y preparo el pedido.
Sergio
"""
    add(L("client-reply-other", "es", "Talk about how to pay a future job (Malt vs direct transfer): no claim about any invoice."),
        message(d, ("Sergio Alcaraz", "s.alcaraz@ecovidrio-com.es"), LUCIA, "Misión de marzo", text(body)))

    # --- auto-reply: vacation until Monday
    d = dt("2026-12-30 09:00:22", MAD)
    body = """Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 11 de enero, sin acceso al correo. Para temas de facturación y pagos a proveedores pueden escribir a cuentasapagar@grupomediterranea.es.

Un saludo,
Carmen Ortega
"""
    add(L("auto-reply", "es", "Out-of-office with RFC 3834 header; 'hasta el lunes 11 de enero' -> back on Monday 11 Jan 2027 (the brief: 'hasta el lunes' = that Monday).",
          return_date="2027-01-11"),
        message(d, ("Carmen Ortega", "c.ortega@grupomediterranea.es"), LUCIA, "Respuesta automática: Factura n.º 2026-051 – recordatorio", text(body),
                irt=thread_id("medit51", "martinestudio.es"), extra=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]))

    # --- auto-reply: helpdesk ticket
    d = dt("2027-01-25 09:00:51", MAD)
    body = """##- Por favor, escriba su respuesta encima de esta línea -##

Hola,

Hemos recibido su consulta y se ha creado la solicitud #48213 en el Centro de Atención a Proveedores.
Nuestro equipo de Cuentas a Pagar le responderá en un plazo máximo de 5 días laborables.

Recuerde que puede consultar el estado de sus facturas y pagos en el Portal de Proveedores.

Atentamente,
Centro de Atención a Proveedores
Grupo Hotelero Mediterránea
"""
    add(L("auto-reply", "es", "Supplier help-desk ticket acknowledgement (Zendesk-style) in reply to a reminder; mentions 'pagos' generically."),
        message(d, ("Atención a Proveedores", "proveedores@grupomediterranea.zendesk.com"), LUCIA, "[Solicitud #48213] Re: Factura n.º 2026-051", text(body),
                extra=[("Auto-Submitted", "auto-replied"), ("X-Mailer", "Zendesk Mailer")]))

    # --- bounce: Office 365, Spanish, permanent
    d = dt("2026-12-14 09:00:19", MAD)
    orig = message(dt("2026-12-14 09:00:05", MAD), LUCIA, "facturas@tallerescorrales.es", "Factura n.º 2026-046 – recordatorio",
                   text(reminder_es("Talleres Corrales S.L.", "2026-046", "484,00 €", "30 de noviembre de 2026", LUCIA)))
    human_h = """<html><body><p><b><font color="#000000" size="3" face="Arial">No se pudo entregar el mensaje a estos destinatarios o grupos:</font></b></p>
<p><a href="mailto:facturas@tallerescorrales.es">facturas@tallerescorrales.es</a><br>
La dirección de correo electrónico que ha especificado no se encontró. Compruebe la dirección de correo electrónico del destinatario e inténtelo de nuevo.</p>
<p><b>Información de diagnóstico para administradores:</b></p>
<p>Servidor generador: AM6PR10MB2345.EURPRD10.PROD.OUTLOOK.COM<br>
facturas@tallerescorrales.es<br>Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'</p></body></html>"""
    ds = """Reporting-MTA: dns;AM6PR10MB2345.EURPRD10.PROD.OUTLOOK.COM
Received-From-MTA: dns;mail.martinestudio.es
Arrival-Date: Mon, 14 Dec 2026 08:00:05 +0000

Final-Recipient: rfc822;facturas@tallerescorrales.es
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    body = multipart("report", [alt(text("No se pudo entregar el mensaje a estos destinatarios o grupos:\n\nfacturas@tallerescorrales.es\nLa dirección de correo electrónico que ha especificado no se encontró.\n"), html(human_h)),
                                raw_part("message/delivery-status", ds), rfc822(orig)], params="; report-type=delivery-status")
    add(L("bounce", "es", "Exchange Online NDR in Spanish, 550 5.1.10 recipient not found: permanent.",
          failed_recipient="facturas@tallerescorrales.es", permanent=True),
        message(d, ("Microsoft Outlook", "postmaster@tallerescorrales.onmicrosoft.com"), LUCIA,
                "No se puede entregar: Factura n.º 2026-046 – recordatorio", body, extra=[("Auto-Submitted", "auto-replied")]))

    # --- bounce: Exim temporary
    d = dt("2027-01-18 13:05:00", MAD)
    orig_h = """Received: from mail.puigfoto.cat ([93.184.216.34])
Date: Mon, 18 Jan 2027 09:00:02 +0100
From: Jordi Puig <jordi@puigfoto.cat>
To: reserves@masiacantorrent.cat
Subject: =?utf-8?q?Factura_n.=C2=BA_F26-092_=E2=80=93_recordatorio?=
"""
    body_txt = """This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 4 hours on the queue on cpanel12.dinahosting.com.

The message identifier is:     1tZ9Q2-00037K-3b
The subject of the message is: Factura n.º F26-092 – recordatorio
The date of the message is:    Mon, 18 Jan 2027 09:00:02 +0100

The address to which the message has not yet been delivered is:

  reserves@masiacantorrent.cat
    host mx.masiacantorrent.cat [81.45.12.9]
    Delay reason: SMTP error from remote mail server after RCPT TO:<reserves@masiacantorrent.cat>:
    452 4.2.2 Mailbox full

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
    ds = """Reporting-MTA: dns; cpanel12.dinahosting.com

Action: delayed
Final-Recipient: rfc822;reserves@masiacantorrent.cat
Status: 4.2.2
Remote-MTA: dns; mx.masiacantorrent.cat
Will-Retry-Until: Mon, 25 Jan 2027 09:00:02 +0100
"""
    body = multipart("report", [text(body_txt), raw_part("message/delivery-status", ds), raw_part("text/rfc822-headers", orig_h)],
                     params="; report-type=delivery-status")
    add(L("bounce", "en", "Exim delay warning (4.2.2 mailbox full), still retrying: temporary. The DSN text is English although it bounces a Spanish reminder (only its headers are returned).",
          failed_recipient="reserves@masiacantorrent.cat", permanent=False),
        message(d, ("Mail Delivery System", "Mailer-Daemon@cpanel12.dinahosting.com"), JORDI,
                "Warning: message 1tZ9Q2-00037K-3b delayed 4 hours", body, extra=[("Auto-Submitted", "auto-replied")]))
    # ---------------- more Spanish
    # --- bunq (Spanish UI)
    d = dt("2026-11-17 19:20:41", MAD)
    plain = """bunq

¡Has recibido 1.331,00 €! 🎉

De: ESTUDI GRAFIC BORN SCP
Descripción: F26-086 fotos producte web
Cuenta: Principal

Abre la app de bunq para ver más.
"""
    add(L("payment-notification", "es", "bunq with Spanish UI; Catalan description naming F26-086.",
          amount="1331.00", reference="F26-086"),
        message(d, ("bunq", "no-reply@bunq.com"), JORDI, "¡Has recibido 1.331,00 €! 🎉", text(plain)))

    # --- Zoho Books ES
    d = dt("2027-02-15 10:05:12", MAD)
    plain = """Zoho Books

Pago recibido

Estimada Lucía Martín:

Se ha registrado un pago de EUR 1.089,00 para la Factura 2026-055.

Cliente:          Kroonenberg Uitgevers B.V.
Modo de pago:     Transferencia bancaria
Fecha de pago:    15 feb. 2027
Saldo pendiente:  EUR 0,00

Saludos,
Zoho Books
"""
    add(L("payment-notification", "es", "Zoho Books (Spanish) payment recorded against 2026-055 from a bank match.",
          amount="1089.00", reference="2026-055"),
        message(d, ("Zoho Books", "message-service@sender.zohobooks.eu"), LUCIA, "Pago recibido para la Factura 2026-055", text(plain)))

    # --- Sage ES reminder sent -> other
    d = dt("2027-02-03 08:00:00", MAD)
    plain = """Sage Contabilidad

Hola Jordi,

Hemos enviado automáticamente un recordatorio de pago a Càtering Montseny S.L. por la factura F26-094 (968,00 €), vencida hace 25 días.

Puedes desactivar los recordatorios automáticos en Configuración > Facturación.

El equipo de Sage
"""
    add(L("other", "es", "Owner's own accounting software reports it sent a payment reminder: not a payment, not a reply."),
        message(d, ("Sage", "no-reply@sage.com"), JORDI, "Recordatorio de pago enviado: F26-094", text(plain)))

    # --- Coupa ES rejected -> other
    d = dt("2026-12-21 12:44:30", MAD)
    plain = """Portal de proveedores Coupa

Su factura ha sido rechazada

Cliente:     Ecovidrio Comunicación S.L.
Factura:     2026-057
Importe:     1.210,00 EUR
Motivo:      Falta el número de pedido (PO) en la cabecera de la factura.

Puede corregir la factura y volver a enviarla desde el portal.
"""
    add(L("other", "es", "Client's procurement portal rejects the invoice for a missing PO: machine notice, not a human dispute."),
        message(d, ("Coupa", "do_not_reply@ecovidrio.coupahost.com"), LUCIA, "Factura 2026-057 rechazada", text(plain)))

    # --- cheque deposited, Spain
    d = dt("2026-12-01 13:02:19", MAD)
    plain = """Deutsche Bank - Aviso de operación

Le informamos de que se ha abonado en su cuenta ES12 **** **** **** **** 4567 el siguiente ingreso:

Tipo:        INGRESO DE CHEQUE (compensación)
Librador:    RESTAURANT CAN MAJÓ S.L.
Nº cheque:   4712903
Importe:     +726,00 EUR
Fecha valor: 01/12/2026

Deutsche Bank, S.A.E.
"""
    add(L("payment-notification", "es", "Cheque from a client cleared into the account; no invoice number on a cheque.",
          amount="726.00"),
        message(d, ("Deutsche Bank", "avisos@db.com"), JORDI, "Aviso de operación: ingreso de cheque", text(plain, "iso-8859-1")))

    # --- client paid, ALL CAPS
    d_rem = dt("2026-11-30 09:00:00", MAD)
    rem = reminder_es("Restaurant Can Majó S.L.", "F26-084", "726,00 €", "15 de noviembre de 2026", JORDI)
    d = dt("2026-11-30 12:20:00", MAD)
    body = "BUENOS DIAS JORDI. EL CHEQUE SE INGRESO EL VIERNES, YA DEBERIA ESTAR. SALUDOS\nJOSEP MAJO\n\n" + gt(rem)
    add(L("client-reply-paid", "es", "ALL CAPS, no accents: says the cheque was paid in on Friday -> paid (the matching cheque notice exists)."),
        message(d, ("CAN MAJO", "canmajo@telefonica.net"), JORDI, "RE: Factura n.º F26-084 – recordatorio", text(body, "iso-8859-1"),
                irt=thread_id("majo84", "puigfoto.cat"), mailer="Microsoft Outlook Express 6.00.2900.5931"))

    # --- dispute: already billed
    d_rem = dt("2027-01-11 09:00:00", MAD)
    rem = reminder_es("Estudi Gràfic Born SCP", "F26-096", "544,50 €", "31 de diciembre de 2026", JORDI)
    d = dt("2027-01-11 10:48:06", MAD)
    body = f"""Jordi, creo que hay un error: las fotos de producto de la tanda 2 ya nos las cobraste en la F26-086, que pagamos en noviembre. Esta F26-096 está duplicada, no la vamos a pagar. Revísalo y, si acaso, mándanos un abono.

Gràcies,
Marc

{gmail_quote("es", d_rem, JORDI, rem)}"""
    add(L("client-reply-dispute", "es", "'Already billed in F26-086, this one is a duplicate, send a credit note': dispute. Mentions another invoice as paid — the reference is the contested one.",
          reference="F26-096"),
        message(d, ("Marc Vidal", "marc@estudigraficborn.cat"), JORDI, "Re: Factura n.º F26-096 – recordatorio", text(body),
                irt=thread_id("born96", "puigfoto.cat")))

# =====================================================================================
# ENGLISH
# =====================================================================================
def english():
    BER, DUB, LIS, LON, PAR = "Europe/Berlin", "Europe/Dublin", "Europe/Lisbon", "Europe/London", "Europe/Paris"
    NY = "America/New_York"

    # --- Deutsche Bank credit advice (Hannah)
    d = dt("2026-11-03 07:20:11", BER)
    plain = """Deutsche Bank – Account notification

Dear Ms Weiss,

A credit has been posted to your account DE89 3704 0044 0532 0130 00.

Booking date:        03.11.2026
Value date:          03.11.2026
Amount:              EUR 3,570.00
Originator:          NORDLICHT VERLAG GMBH
Originator IBAN:     DE44 5001 0517 5407 3249 31
Remittance info:     HW-2026-31 UX AUDIT APP RELAUNCH
End-to-end ref.:     NOTPROVIDED

You can view the transaction in Deutsche Bank online banking or the Deutsche Bank app.

This e-mail was generated automatically. Please do not reply.
Deutsche Bank AG, Taunusanlage 12, 60325 Frankfurt am Main
"""
    add(L("payment-notification", "en", "Deutsche Bank (English interface) credit notification; German-style dates 03.11.2026; remittance names HW-2026-31.",
          amount="3570.00", reference="HW-2026-31"),
        message(d, ("Deutsche Bank", "noreply@info.db.com"), HANNAH, "Account notification: credit posted", text(plain)))

    # --- Commerzbank incoming
    d = dt("2026-11-24 09:44:02", BER)
    h = """<html><body style="font-family:Arial;font-size:14px">
<table width="600" cellpadding="10"><tr><td style="background:#ffcc00"><b>COMMERZBANK</b> <span style="font-size:12px">Die Bank an Ihrer Seite</span></td></tr>
<tr><td>
<p>Dear Hannah Weiss,</p>
<p>there is a new transaction on your current account ending in 3000:</p>
<table cellpadding="4">
<tr><td>Type</td><td>SEPA credit transfer (incoming)</td></tr>
<tr><td>Amount</td><td><b>+1,249.50 EUR</b></td></tr>
<tr><td>From</td><td>Studio Kranich UG (haftungsbeschraenkt)</td></tr>
<tr><td>Reference</td><td>Invoice HW-2026-28 minus 2% Skonto</td></tr>
<tr><td>Date</td><td>24/11/2026</td></tr>
</table>
<p>Log in to the Commerzbank app for details.</p>
<p style="font-size:11px;color:#777">This is an automated message. Commerzbank AG, Kaiserplatz, 60311 Frankfurt am Main.</p>
</td></tr></table></body></html>"""
    add(L("payment-notification", "en", "Commerzbank alert; the payer took a 2% early-payment discount (Skonto) — a machine notice states what came in, not a client dispute.",
          amount="1249.50", reference="HW-2026-28"),
        message(d, ("Commerzbank", "service@commerzbank.com"), HANNAH, "New transaction on your account", html(h)))

    # --- Commerzbank standing order executed -> other
    d = dt("2026-12-01 06:05:10", BER)
    plain = """Dear Hannah Weiss,

your standing order has been executed:

Amount:        EUR 1,150.00
Payee:         Hausverwaltung Lindemann GmbH
Reference:     Miete Dez 2026 Wohnung 3.OG links
Execution:     01.12.2026

Commerzbank AG – automated message, please do not reply.
"""
    add(L("other", "en", "Standing order (rent) executed: money out."),
        message(d, ("Commerzbank", "service@commerzbank.com"), HANNAH, "Standing order executed", text(plain)))

    # --- BNP Paribas payment advice on behalf of a French client (to Alessandra)
    d = dt("2026-12-08 16:31:45", PAR)
    plain = """BNP PARIBAS – PAYMENT ADVICE

On behalf of our customer SOCIETE LUMIERE EDITIONS SAS, we inform you that the following
payment has been executed in your favour:

Beneficiary:          ROSSI ALESSANDRA
Beneficiary account:  IT60X0542811101000000123456
Amount:               EUR 2,684.00
Execution date:       08/12/2026
Value date:           09/12/2026
Remittance info:      FACTURE 67/2026 TRADUCTION CATALOGUE
Transaction ref:      BNPP20261208PAY0099123

This message is sent for information only at the request of the ordering customer.
Please contact your customer for any question regarding this payment.
BNP Paribas SA – 16 boulevard des Italiens, 75009 Paris
"""
    add(L("payment-notification", "en", "Payment advice sent by the PAYER's bank (BNP Paribas) to the beneficiary: a machine notice that the transfer in her favour was executed. 'FACTURE 67/2026' = 67/2026.",
          amount="2684.00", reference="67/2026"),
        message(d, ("BNP Paribas Payment Advice", "payment.advice@bnpparibas.com"), ALE, "Payment advice – SOCIETE LUMIERE EDITIONS SAS", text(plain)))

    # --- ABN AMRO payment notification for Tom
    d = dt("2026-11-16 14:12:31", "Europe/Amsterdam")
    plain = """ABN AMRO – Payment notification

Dear Sir/Madam,

ABN AMRO Bank N.V. has been instructed by VAN DIJK MEDIA B.V. to send you the following
payment notification.

Payment date:        16-11-2026
Amount:              EUR 4,305.00
Beneficiary:         TOM BYRNE DESIGN
IBAN beneficiary:    IE29AIBK93115212345678
Description:         INV-2026-118 / PO 4500019922

Please allow 1 business day for the funds to arrive.

Kind regards,
ABN AMRO Bank N.V.
This is an automatically generated e-mail.
"""
    add(L("payment-notification", "en", "ABN AMRO sends the beneficiary a payment notification at the Dutch payer's request; PO number also present.",
          amount="4305.00", reference="INV-2026-118"),
        message(d, ("ABN AMRO", "noreply@abnamro.nl"), TOM, "Payment notification VAN DIJK MEDIA B.V.", text(plain)))

    # --- Rabobank payment confirmation to Lucía (English)
    d = dt("2027-01-07 11:02:48", "Europe/Amsterdam")
    plain = """Rabobank

Payment confirmation

Kroonenberg Uitgevers B.V. has made a payment to you via Rabobank.

Amount:        EUR 1,815.00
To:            L. Martin Garcia
Account:       ES91 2100 0418 4502 0005 1332
Description:   factuur 2026-046 ontwerp omslag
Date:          07-01-2027

This e-mail is sent on behalf of the payer. You cannot reply to this message.
"""
    add(L("payment-notification", "en", "Rabobank payer-side confirmation e-mailed to a Spanish freelancer; Dutch description 'factuur 2026-046'.",
          amount="1815.00", reference="2026-046"),
        message(d, ("Rabobank", "noreply@rabobank.nl"), LUCIA, "Payment confirmation from Kroonenberg Uitgevers B.V.", text(plain)))

    # --- Millennium BCP (English) for Ethan
    d = dt("2026-11-11 10:31:00", LIS)
    plain = """Millennium bcp

Dear Customer,

We inform you that a transfer has been credited to your account no. 45321098765.

Date: 2026-11-11
Amount: 1,230.00 EUR
Ordering party: PRODUTORA LUZ E SOM LDA
Description: EM-134 MISTURA SPOT TV

For more information please access Millennium online or the Millennium app.

This is an automatic message, please do not reply.
Banco Comercial Português, S.A.
"""
    add(L("payment-notification", "en", "Millennium BCP English alert for Ethan in Lisbon, Portuguese description naming EM-134.",
          amount="1230.00", reference="EM-134"),
        message(d, ("Millennium bcp", "millenniumbcp@millenniumbcp.pt"), ETHAN, "Transfer received", text(plain, "iso-8859-1")))

    # --- Millennium: direct debit executed -> other
    d = dt("2026-12-18 08:00:00", LIS)
    plain = """Millennium bcp

Dear Customer,

A direct debit has been charged to your account no. 45321098765.

Date: 2026-12-18
Amount: 47.99 EUR
Creditor: MEO - SERVICOS DE COMUNICACOES E MULTIMEDIA SA
Reference: 2026/12 FATURA 1234987711

This is an automatic message, please do not reply.
"""
    add(L("other", "en", "Direct debit charged (internet bill): money out; 'FATURA' is the telco's invoice."),
        message(d, ("Millennium bcp", "millenniumbcp@millenniumbcp.pt"), ETHAN, "Direct debit charged", text(plain)))

    # --- UBS payment confirmation to Hannah (CHF client pays EUR)
    d = dt("2027-01-21 15:50:12", "Europe/Zurich")
    plain = """UBS Switzerland AG – Payment confirmation for the beneficiary

On behalf of our client Alpenlicht Tourismus AG we confirm the following payment:

Beneficiary:     Hannah Weiss, Berlin
IBAN:            DE89 3704 0044 0532 0130 00
Amount:          EUR 2,975.00
Debit amount:    CHF 2,789.66 (rate 0.93770)
Value date:      22.01.2027
Message:         Invoice HW-2026-33 / UX research Jan

This confirmation was sent at the request of the ordering party and is for information only.
"""
    add(L("payment-notification", "en", "UBS confirms, for the Swiss payer, a cross-border payment to Hannah; two amounts shown (EUR credited, CHF debited to the payer): amount is the EUR she receives.",
          amount="2975.00", reference="HW-2026-33"),
        message(d, ("UBS Switzerland AG", "noreply@notifications.ubs.com"), HANNAH, "Payment confirmation – Alpenlicht Tourismus AG", text(plain)))

    # --- bunq incoming
    d = dt("2026-11-29 13:14:50", DUB)
    plain = """bunq

You received €1,845.00 from Kinsella Architects Ltd 🎉

Description: INV-2026-104 brand refresh phase 2
Account: Main (IE12 BUNQ 9900 1234 5678 90)

Open the bunq app to see more.
"""
    add(L("payment-notification", "en", "bunq incoming payment, short push-style mail.",
          amount="1845.00", reference="INV-2026-104"),
        message(d, ("bunq", "no-reply@bunq.com"), TOM, "You received €1,845.00 🎉", text(plain)))

    # --- bunq auto-allocation -> other
    d = dt("2026-11-29 13:14:58", DUB)
    plain = """bunq

Auto Allocate did its thing 💪

20% of the €1,845.00 you just received, €369.00, was moved from Main to your "Tax 💶" account.

You can change your Auto Allocate rules in the app.
"""
    add(L("other", "en", "Internal move between the owner's own sub-accounts triggered by the payment above: mentions 'received' and an amount, but it is not a payment notice itself."),
        message(d, ("bunq", "no-reply@bunq.com"), TOM, "€369.00 moved to Tax 💶", text(plain)))

    # --- bunq.me link paid
    d = dt("2026-12-12 21:33:07", DUB)
    plain = """bunq

Niamh Walsh paid your bunq.me request 🙌

Amount: €300.00
Description: INV-2026-109 wedding stationery
Paid with: iDEAL / card

The money is in your Main account.
"""
    add(L("payment-notification", "en", "A client paid via the owner's bunq.me payment link.",
          amount="300.00", reference="INV-2026-109"),
        message(d, ("bunq", "no-reply@bunq.com"), TOM, "Niamh Walsh paid €300.00", text(plain)))

    # --- Vivid incoming (Hannah)
    d = dt("2027-02-10 12:10:33", BER)
    plain = """Money in! 💶

You received €780.00 from LENA BRAUN
Reference: HW 2026 37 Workshop
Pocket: Business

Vivid Money
"""
    add(L("payment-notification", "en", "Vivid incoming transfer; reference written 'HW 2026 37' without hyphens = HW-2026-37.",
          amount="780.00", reference="HW-2026-37"),
        message(d, ("Vivid", "no-reply@vivid.money"), HANNAH, "You received €780.00", text(plain)))

    # --- Vivid cashback -> other
    d = dt("2027-01-02 10:00:00", BER)
    plain = """Cashback time! 🎁

€4.20 cashback from your December purchases has been credited to your Vivid account.

Keep shopping with your Vivid card to collect more.
Vivid Money
"""
    add(L("other", "en", "Card cashback credited: money in from the bank's own promotion, not a client."),
        message(d, ("Vivid", "no-reply@vivid.money"), HANNAH, "Your €4.20 cashback has landed", text(plain)))

    # --- Finom incoming (Hannah)
    d = dt("2026-12-16 10:45:20", BER)
    h = """<html><body style="font-family:Inter,Arial;background:#f5f7fb"><div style="max-width:560px;margin:auto;background:#fff;padding:28px">
<p style="font-size:22px"><b>You've got paid!</b></p>
<p>Hi Hannah,</p>
<p>A payment just landed in your Finom account.</p>
<table cellpadding="6" style="font-size:14px">
<tr><td>Amount</td><td><b>€2,142.00</b></td></tr>
<tr><td>From</td><td>NORDLICHT VERLAG GMBH</td></tr>
<tr><td>Reference</td><td>HW-2026-35</td></tr>
</table>
<p>We've matched it to your invoice <b>HW-2026-35</b> and marked it as paid.</p>
<p>Team Finom</p></div></body></html>"""
    plain = "You've got paid!\n\nHi Hannah,\nA payment just landed in your Finom account.\n\nAmount: €2,142.00\nFrom: NORDLICHT VERLAG GMBH\nReference: HW-2026-35\n\nWe've matched it to your invoice HW-2026-35 and marked it as paid.\n\nTeam Finom\n"
    add(L("payment-notification", "en", "Finom (neobank with invoicing) incoming payment matched to the invoice.",
          amount="2142.00", reference="HW-2026-35"),
        message(d, ("Finom", "noreply@finom.co"), HANNAH, "You've got paid: €2,142.00", alt(text(plain), html(h))))

    # --- Finom overdue -> other
    d = dt("2027-01-20 08:00:00", BER)
    plain = """Hi Hannah,

Invoice HW-2026-36 to Studio Kranich UG is 5 days overdue (€1,309.00, due 15 Jan 2027).

Want us to send a friendly reminder? Tap "Remind client" in the Invoices section.

Team Finom
"""
    add(L("other", "en", "Owner's own invoicing (Finom) reporting her invoice overdue."),
        message(d, ("Finom", "noreply@finom.co"), HANNAH, "Invoice HW-2026-36 is overdue", text(plain)))

    # --- Shine incoming (Ben, Paris)
    d = dt("2026-11-26 11:19:03", PAR)
    plain = """Shine

New transfer received 💰

Hi Ben,
You've received €1,200.00 from ATELIER MOREL SARL.
Reference: BC-2026-14 site vitrine
Date: 26/11/2026

Tip: attach the invoice to this transaction so your accountant can find it.

The Shine team
"""
    add(L("payment-notification", "en", "Shine (French neobank) in English for a British freelancer in Paris.",
          amount="1200.00", reference="BC-2026-14"),
        message(d, ("Shine", "hello@shine.fr"), BEN, "New transfer received: €1,200.00", text(plain)))

    # --- Lydia between friends -> other
    d = dt("2026-12-05 00:42:10", PAR)
    plain = """Lydia

Camille sent you €18.50
"pizza + verres chez Léo 🍕🍷"

The money is in your Lydia balance.
"""
    add(L("other", "en", "Lydia P2P money from a friend (pizza): money in, not a client payment."),
        message(d, ("Lydia", "no-reply@lydia-app.com"), BEN, "Camille sent you €18.50", text(plain)))

    # --- Lydia from client
    d = dt("2027-01-09 15:05:44", PAR)
    plain = """Lydia

Julien Mercier sent you €450.00
"facture BC-2026-17 logo boulangerie, merci !"

The money is in your Lydia balance.
"""
    add(L("payment-notification", "en", "Same Lydia template, but a client paying invoice BC-2026-17 (French message).",
          amount="450.00", reference="BC-2026-17"),
        message(d, ("Lydia", "no-reply@lydia-app.com"), BEN, "Julien Mercier sent you €450.00", text(plain)))

    # --- Xero payment received (Sarah, GBP)
    d = dt("2026-11-13 15:22:38", LON)
    h = """<html><body style="font-family:Helvetica,Arial;font-size:14px;color:#333">
<p><img src="https://xero.com/email/logo.png" alt="xero" height="30"></p>
<p>Hi Sarah,</p>
<p><b>Harrow Foods plc</b> has paid invoice <b>SO-041</b> online.</p>
<table cellpadding="6" style="border:1px solid #ddd;border-collapse:collapse">
<tr><td>Amount paid</td><td>£1,250.00</td></tr>
<tr><td>Payment service</td><td>Stripe</td></tr>
<tr><td>Date paid</td><td>13 Nov 2026</td></tr>
<tr><td>Amount due</td><td>£0.00</td></tr>
</table>
<p>The payment has been applied to the invoice in Xero and will appear in your Stripe balance.</p>
<p>Xero</p>
<p style="font-size:11px;color:#999">You received this notification because online payments are enabled for your organisation Sarah Okafor Studio.</p>
</body></html>"""
    add(L("payment-notification", "en", "Xero online-payment notice in GBP; 'Amount due £0.00' is the remaining balance, not the payment.",
          amount="1250.00", currency="GBP", reference="SO-041"),
        message(d, ("Xero", "messaging-service@post.xero.com"), SARAH, "Payment received for SO-041", html(h)))

    # --- Xero reminder copy -> other
    d = dt("2026-12-04 09:00:07", LON)
    plain = """Hi Accounts,

Just a friendly reminder that invoice SO-044 for £2,160.00 was due on 27 Nov 2026 and is now overdue.

If you've already paid, please ignore this message. Otherwise you can view and pay the invoice online:
https://in.xero.com/Rk2f8TqZ

Thanks,
Sarah Okafor Studio
"""
    add(L("other", "en", "Xero's automatic invoice reminder sent to the client with the owner in Bcc/To copy: the owner's own software chasing an invoice, not a reply and not a payment."),
        message(d, ("Sarah Okafor Studio via Xero", "messaging-service@post.xero.com"), ["accounts@brightwellhomes.co.uk", SARAH],
                "Reminder: Invoice SO-044 from Sarah Okafor Studio is overdue", text(plain), reply_to=SARAH))

    # --- QuickBooks payment received (Ethan, USD)
    d = dt("2026-12-09 14:02:19", NY)
    plain = """QuickBooks

You received a payment!

Blue Harbor Films LLC paid invoice EM-141.

Payment amount:   $2,400.00
Payment date:     December 9, 2026
Payment method:   ACH bank transfer
Deposit to:       QuickBooks Checking

The money should be in your bank account in 2-5 business days.

Intuit QuickBooks
"""
    add(L("payment-notification", "en", "QuickBooks Payments (US client, USD); Date header in New York time.",
          amount="2400.00", currency="USD", reference="EM-141"),
        message(d, ("QuickBooks", "quickbooks@notification.intuit.com"), ETHAN, "Payment received: Invoice EM-141", text(plain)))

    # --- QuickBooks deposit -> other
    d = dt("2026-12-14 06:31:09", NY)
    plain = """QuickBooks

Your deposit is on its way.

Amount:           $2,322.60
Includes:         1 payment (Invoice EM-141), fees -$77.40
Expected arrival: December 15, 2026
To account:       Wise USD ••••8812

Intuit QuickBooks
"""
    add(L("other", "en", "Payout (deposit) of the EM-141 payment already notified, minus fees: transfer of already-counted money, not a new payment."),
        message(d, ("QuickBooks", "quickbooks@notification.intuit.com"), ETHAN, "Your deposit of $2,322.60 is on its way", text(plain)))

    # --- Sage payment received (Sarah)
    d = dt("2027-01-06 10:17:40", LON)
    plain = """Sage Accounting

Customer payment received

Hi Sarah,

We've matched a bank transaction to one of your invoices.

Customer:     Quayside Dental Practice
Invoice:      SO-039
Amount:       £880.00
Bank account: Starling Business (via bank feed)
Date:         05/01/2027

The invoice is now marked as Paid.

Sage
"""
    add(L("payment-notification", "en", "Sage bank-feed match marks SO-039 paid (GBP).",
          amount="880.00", currency="GBP", reference="SO-039"),
        message(d, ("Sage Accounting", "no-reply@sageone.com"), SARAH, "Customer payment received – SO-039", text(plain)))

    # --- Zoho Books payment (Tom)
    d = dt("2026-12-21 17:48:05", DUB)
    plain = """Zoho Books

Payment Received

Dear Tom Byrne,

A payment of EUR 615.00 has been recorded for Invoice INV-2026-112.

Customer Name : Harbour Café Dún Laoghaire
Payment Mode  : Bank Transfer
Reference#    : BOI 221226 HARBOURCAFE
Payment Date  : 21 Dec 2026
Balance Due   : EUR 0.00

Regards,
Zoho Books
"""
    add(L("payment-notification", "en", "Zoho Books notice: payment recorded for INV-2026-112 from the bank match; the 'Reference#' is the bank's, not the invoice.",
          amount="615.00", reference="INV-2026-112"),
        message(d, ("Zoho Books", "message-service@sender.zohobooks.eu"), TOM, "Payment Received for INV-2026-112", text(plain)))

    # --- Zoho viewed -> other
    d = dt("2027-01-12 09:12:44", DUB)
    plain = """Zoho Books

Invoice Viewed

Kinsella Architects Ltd viewed Invoice INV-2026-121 (EUR 2,460.00) on 12 Jan 2027 09:12.
Status: Overdue by 12 days.

Zoho Books
"""
    add(L("other", "en", "'Invoice viewed' notice; status overdue."),
        message(d, ("Zoho Books", "message-service@sender.zohobooks.eu"), TOM, "Kinsella Architects Ltd viewed Invoice INV-2026-121", text(plain)))

    # --- FreshBooks paid (Ethan, USD)
    d = dt("2027-01-15 19:03:11", NY)
    plain = """FreshBooks

Good news! Blue Harbor Films LLC paid Invoice EM-138.

Amount Paid:  $1,750.00 USD
Paid Via:     Credit Card
Paid On:      01/15/2027

View the payment: https://my.freshbooks.com/#/payments

FreshBooks
"""
    add(L("payment-notification", "en", "FreshBooks client-paid notice, US date format 01/15/2027.",
          amount="1750.00", currency="USD", reference="EM-138"),
        message(d, ("FreshBooks", "noreply@freshbooks.com"), ETHAN, "Blue Harbor Films LLC paid Invoice EM-138", text(plain)))

    # --- FreshBooks late reminder sent -> other
    d = dt("2027-02-02 08:00:00", NY)
    plain = """FreshBooks

A late payment reminder was sent for Invoice EM-139.

Client:       Tagus Podcasts Unipessoal Lda
Amount Due:   €640.00
Days Overdue: 14

FreshBooks sends late payment reminders automatically based on your settings.
"""
    add(L("other", "en", "Owner's own tool reports it sent a late-payment reminder: nothing came in."),
        message(d, ("FreshBooks", "noreply@freshbooks.com"), ETHAN, "Late payment reminder sent for Invoice EM-139", text(plain)))

    # --- Upwork milestone released
    d = dt("2026-11-21 02:15:40", NY)
    plain = """Upwork

Payment released 💸

Hi Ethan,

Rachel G. (Northbound Media) released $500.00 for the milestone "Episode 3 – mix & master".

The payment will be available in your balance after the 5-day security period.

Contract: Podcast audio post-production (hourly + fixed)

Upwork
"""
    add(L("payment-notification", "en", "Borderline: on Upwork a client releasing a milestone is the client paying for delivered work (Upwork issues the invoice itself, no number of Ethan's). Money in, though it sits in a security hold.",
          amount="500.00", currency="USD"),
        message(d, ("Upwork", "donotreply@upwork.com"), ETHAN, "Payment released for \"Episode 3 – mix & master\"", text(plain)))

    # --- Upwork withdrawal -> other
    d = dt("2026-12-02 04:00:12", NY)
    plain = """Upwork

Your withdrawal has been processed

Amount:      $1,212.00
Method:      Direct to Local Bank (EUR) •••• 7650
Fee:         $0.99
Estimated arrival: 3–5 business days

Upwork
"""
    add(L("other", "en", "Withdrawal of the Upwork balance to the owner's bank: payout of already-counted earnings."),
        message(d, ("Upwork", "donotreply@upwork.com"), ETHAN, "Your withdrawal of $1,212.00 has been processed", text(plain)))

    # --- Fiverr cancelled -> other
    d = dt("2027-01-30 18:40:22", NY)
    plain = """Fiverr

Order #FO81A2C3D4E5 has been cancelled

The buyer's request to cancel the order "I will mix and master your podcast episode" was accepted.
The buyer has been refunded $180.00 and the order was removed from your earnings.

Fiverr
"""
    add(L("other", "en", "Platform order cancelled and refunded to the buyer: money out of pending earnings."),
        message(d, ("Fiverr", "noreply@e.fiverr.com"), ETHAN, "Order #FO81A2C3D4E5 has been cancelled", text(plain)))

    # --- Airbnb payout (Ethan) -> other
    d = dt("2026-12-31 05:10:00", LIS)
    plain = """Airbnb

We sent you a payout of €918.75

Reservation HMX2PQ71KZ · Alfama loft · 23 – 30 Dec 2026

It should arrive in your account ending in 7650 in 3–5 business days.

Airbnb
"""
    add(L("other", "en", "Airbnb host payout: money in, not related to invoices."),
        message(d, ("Airbnb", "automated@airbnb.com"), ETHAN, "We sent you a payout of €918.75", text(plain)))

    # --- Shopify Payments payout (Sarah) -> other
    d = dt("2026-11-30 07:00:21", LON)
    plain = """Shopify

Payout sent: £346.20

Your Shopify Payments payout for 27 Nov – 29 Nov 2026 was sent to your bank account ending in 5555.

Orders: 11 · Refunds: 1 · Fees: -£14.32

Shopify
"""
    add(L("other", "en", "Shop sales payout (GBP): marketplace revenue, not invoice payments."),
        message(d, ("Shopify", "mailer@shopify.com"), SARAH, "Payout sent: £346.20", text(plain)))

    # --- SAP remittance advice (Tom)
    d = dt("2026-12-10 22:02:00", DUB)
    h = """<html><body style="font-family:Arial;font-size:12px">
<p><b>CLIFFSIDE HOTELS GROUP DAC</b><br>REMITTANCE ADVICE</p>
<table cellpadding="3" style="font-size:12px">
<tr><td>Vendor</td><td>0000104433 TOM BYRNE DESIGN</td></tr>
<tr><td>Payment document</td><td>2000045512</td></tr>
<tr><td>Payment date</td><td>10.12.2026</td></tr>
<tr><td>Payment method</td><td>SEPA credit transfer</td></tr>
</table>
<br>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr style="background:#ccc"><th>Your reference</th><th>Doc. date</th><th>Our doc.</th><th>Gross amount</th><th>Withholding</th><th>Net paid</th></tr>
<tr><td>INV-2026-097</td><td>01.10.2026</td><td>5105562201</td><td align="right">3,075.00</td><td align="right">0.00</td><td align="right">3,075.00</td></tr>
<tr><td colspan="5" align="right"><b>Total EUR</b></td><td align="right"><b>3,075.00</b></td></tr>
</table>
<p>This remittance advice was generated automatically by SAP. Please do not reply to this e-mail. Queries: ap@cliffsidehotels.ie</p>
</body></html>"""
    add(L("payment-notification", "en", "Client's SAP remittance advice (HTML table): payment executed today for INV-2026-097.",
          amount="3075.00", reference="INV-2026-097"),
        message(d, ("Cliffside Hotels AP", "sap-noreply@cliffsidehotels.ie"), TOM, "Remittance Advice 2000045512", html(h)))

    # --- Tungsten remittance (Sarah)
    d = dt("2026-12-22 03:30:45", LON)
    plain = """Tungsten Network

Remittance advice from Harrow Foods plc

Supplier:          Sarah Okafor Studio (AAA123456789)
Payment run date:  21/12/2026
Payment value:     GBP 1,980.00
Payment method:    BACS

Invoice number     Invoice date    Amount (GBP)
SO-036             14/10/2026          1,980.00

Funds should reach your account within 3 working days of the payment run date.

To view this remittance online, log in to your Tungsten Network portal.
"""
    add(L("payment-notification", "en", "Tungsten Network remittance advice for a BACS payment run (GBP).",
          amount="1980.00", currency="GBP", reference="SO-036"),
        message(d, ("Tungsten Network", "remittance@tungsten-network.com"), SARAH, "Remittance advice from Harrow Foods plc", text(plain)))

    # --- Coupa scheduled -> other
    d = dt("2027-01-15 11:40:09", LON)
    plain = """Coupa Supplier Portal

Invoice SO-042 status update

Customer:            Brightwell Homes Ltd
Invoice:             SO-042
Invoice total:       GBP 3,420.00
Status:              Approved
Scheduled payment:   29-Jan-2027

You are receiving this notification because you subscribed to invoice status updates.
"""
    add(L("other", "en", "Coupa status 'Approved, scheduled payment 29-Jan': a procurement system's status, not money in and not a human promise (the same date would make a client's reply a promise)."),
        message(d, ("Coupa Supplier Portal", "do_not_reply@brightwellhomes.coupahost.com"), SARAH, "Invoice SO-042 status: Approved", text(plain)))

    # --- Ariba on hold -> other
    d = dt("2026-12-03 17:12:10", "Europe/Dublin")
    plain = """SAP Business Network

Invoice INV-2026-120 is on hold

Customer: Cliffside Hotels Group DAC
Invoice amount: EUR 1,845.00
Status: On hold – Price variance (line 2: invoiced 1,500.00, PO 1,250.00)

The customer must approve the variance or you must submit a credit memo.

SAP Business Network
"""
    add(L("other", "en", "Ariba puts the invoice on hold for a price variance vs the PO: a machine exception, not a human dispute."),
        message(d, ("SAP Business Network", "ordersender-prod@ansmtp.ariba.com"), TOM, "Invoice INV-2026-120 is on hold", text(plain)))

    # --- AIB cheque lodgement credited
    d = dt("2026-11-19 12:00:44", DUB)
    plain = """AIB

Your cheque lodgement has been credited.

Account: Business Current ••••5678
Amount: €850.00
Drawer: McGrath & Sons Hardware
Lodged: 16/11/2026 via AIB Mobile (cheque image)
Cleared: 19/11/2026

AIB will never ask for your full PIN or passcode by email.
"""
    add(L("payment-notification", "en", "Cheque from a client lodged and cleared (money in for the owner's work, no invoice number on a cheque).",
          amount="850.00"),
        message(d, ("AIB", "alerts@aib.ie"), TOM, "Cheque lodgement credited", text(plain)))

    # --- Revolut FX (Sarah) -> other
    d = dt("2027-02-12 14:33:40", LON)
    plain = """Revolut Business

Exchange completed

You exchanged €2,000.00 to £1,686.60
Rate: €1 = £0.8433

From: EUR account
To: GBP account
"""
    add(L("other", "en", "FX exchange between own accounts."),
        message(d, ("Revolut Business", "no-reply@revolut.com"), SARAH, "Exchange completed: €2,000.00 → £1,686.60", text(plain)))

    # --- GoCardless payment confirmed (Tom as merchant)
    d = dt("2026-12-02 09:15:02", DUB)
    plain = """GoCardless

Payment confirmed

Customer:     Kinsella Architects Ltd
Amount:       €400.00
Reference:    INV-2026-115 retainer Dec
Charge date:  30 Nov 2026

The payment will be included in your next payout.

GoCardless
"""
    add(L("payment-notification", "en", "Direct-debit collection (GoCardless) confirmed from the client: money in.",
          amount="400.00", reference="INV-2026-115"),
        message(d, ("GoCardless", "help@gocardless.com"), TOM, "Payment confirmed: €400.00 from Kinsella Architects Ltd", text(plain)))

    # --- GoCardless chargeback -> other
    d = dt("2027-01-08 09:30:00", DUB)
    plain = """GoCardless

A payment has been charged back

Customer:     Kinsella Architects Ltd
Amount:       €400.00
Reference:    INV-2026-115 retainer Dec
Reason:       The customer asked their bank to refund this payment (Indemnity claim).

The amount plus a €5.00 fee will be deducted from your next payout.
"""
    add(L("other", "en", "Chargeback of the same direct debit: money taken back; machine notice, not a payment."),
        message(d, ("GoCardless", "help@gocardless.com"), TOM, "A payment has been charged back", text(plain)))

    # --- GoCardless mandate for own supplier -> other
    d = dt("2026-11-08 10:10:10", LON)
    plain = """GoCardless

Your Direct Debit has been set up

You've set up a Direct Debit with Pixel Cloud Hosting Ltd.
Mandate reference: PXC-00912
First payment: £24.00 on or around 15 Nov 2026

The Direct Debit Guarantee protects you.
"""
    add(L("other", "en", "Mandate confirmation for a direct debit the owner will PAY (hosting)."),
        message(d, ("GoCardless", "help@gocardless.com"), SARAH, "Your Direct Debit has been set up", text(plain)))

    # ================= client replies (en) =================
    # paid: processed in yesterday's run, remittance attached
    d_rem = dt("2026-12-07 09:00:00", BER)
    rem = reminder_en("", "HW-2026-32", "€1,904.00", "30 November 2026", HANNAH, company=True)
    d = dt("2026-12-08 10:02:31", BER)
    h = f"""<html><body><div style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hi Hannah,</p>
<p>This was processed in yesterday's payment run – remittance attached. Should be with you tomorrow at the latest.</p>
<p>Best,<br>Jan Hoffmann<br>Accounts Payable | Brandwerk Digital GmbH</p>
<div style="border-top:1px solid #E1E1E1;padding-top:3px"><p><b>From:</b> Hannah Weiss &lt;hannah@weiss-ux.com&gt;<br><b>Sent:</b> Monday, 7 December 2026 09:00<br><b>To:</b> AP Brandwerk &lt;ap@brandwerk-digital.de&gt;<br><b>Subject:</b> Invoice HW-2026-32 – reminder</p>
{html_paras(rem)}</div></div></body></html>"""
    body = mixed(html(h), attach("Remittance_Advice_2000019331.pdf", fake_pdf("Remittance HW-2026-32 1904.00 EUR")))
    add(L("client-reply-paid", "en", "'Processed in yesterday's payment run – remittance attached': paid, no payment verb. HTML-only Outlook with PDF.",),
        message(d, ("Jan Hoffmann", "ap@brandwerk-digital.de"), HANNAH, "RE: Invoice HW-2026-32 – reminder", body,
                irt=thread_id("brandwerk32", "weiss-ux.com"), mailer="Microsoft Outlook 16.0"))

    # paid: cheque posted (Tom)
    d_rem = dt("2027-01-11 09:00:00", DUB)
    rem = reminder_en("Seamus McGrath", "INV-2026-119", "€560.00", "31 December 2026", TOM)
    d = dt("2027-01-11 16:20:05", DUB)
    body = f"""Tom,
Cheque went in the post to you this morning, same address as before. Sorry for the delay, I was away over Christmas.
Seamus

{gt(rem)}"""
    add(L("client-reply-paid", "en", "Cheque posted this morning: the client has made the payment (in the post, not yet cleared) -> paid claim."),
        message(d, ("Seamus McGrath", "seamus@mcgrathhardware.ie"), TOM, "Re: Invoice INV-2026-119 – reminder", text(body),
                irt=thread_id("mcgrath119", "byrnedesign.ie")))

    # paid: forwarded Wise receipt + question
    d_rem = dt("2026-12-15 09:00:00", LON)
    rem = reminder_en("Laura Chen", "SO-043", "£720.00", "1 December 2026", SARAH)
    d = dt("2026-12-15 13:45:12", NY)
    body = f"""Hi Sarah — I paid this from my US account through Wise on Dec 3rd, here's the confirmation. Can you check it arrived? Maybe it came in under "L Chen Consulting".

Laura

---------- Forwarded message ---------
From: Wise <noreply@wise.com>
Date: Thu, Dec 3, 2026 at 10:14 AM
Subject: Your transfer to Sarah Okafor is complete

Your money's moved.
You sent: 931.94 USD
Sarah Okafor receives: 720.00 GBP
Reference: SO-043
Arrived: 3 December 2026

{gmail_quote("en", d_rem, SARAH, rem)}"""
    add(L("client-reply-paid", "en", "Says it was paid on 3 Dec via Wise (forwards the confirmation) and asks to check it arrived: paid even with a question. Amount: the GBP the freelancer receives.",
          amount="720.00", currency="GBP", reference="SO-043"),
        message(d, ("Laura Chen", "laura@lchenconsulting.com"), SARAH, "Re: Invoice SO-043 – reminder", text(body),
                irt=thread_id("chen43", "okafor.studio")))

    # paid: "sorted" with two invoices; both paid
    d_rem = dt("2026-12-16 09:00:00", DUB)
    d = dt("2026-12-16 11:11:11", DUB)
    body = """sorted – both 112 and 115 went out this morning, apologies Tom
Aoife

Sent from my iPhone
"""
    add(L("client-reply-paid", "en", "One-line 'sorted' covering two invoices (112 and 115 = INV-2026-112, INV-2026-115); no single reference.",),
        message(d, ("Aoife Kinsella", "aoife@kinsella-architects.ie"), TOM, "Re: Statement of account – Kinsella Architects", text(body),
                irt=thread_id("kinsella-stmt", "byrnedesign.ie")))

    # paid: partial? No - paid in USD, fees deducted, note - stays paid
    d_rem = dt("2027-01-04 09:00:00", LIS)
    rem = reminder_en("Tagus Podcasts", "EM-137", "€1,100.00", "15 December 2026", ETHAN)
    d = dt("2027-01-04 12:30:00", LIS)
    body = f"""Hi Ethan,

Transfer done on 22 Dec from our Millennium account, full amount €1,100.00. I've attached nothing because the bank's PDF is in Portuguese, but I can send it if you need it.

We'll also send you the brief for the spring season soon.

Obrigada,
Marta Lopes
Tagus Podcasts Unipessoal Lda

{apple_quote("en", d_rem, ETHAN, rem)}"""
    add(L("client-reply-paid", "en", "Clear 'transfer done on 22 Dec, full amount' plus an unrelated vague 'we'll also send you the brief': stays paid.",
          amount="1100.00"),
        message(d, ("Marta Lopes", "marta@taguspodcasts.pt"), ETHAN, "Re: Invoice EM-137 – reminder", text(body),
                irt=thread_id("tagus137", "mooreaudio.com")))

    # promise: Coupa schedule in client's words
    d_rem = dt("2027-01-15 09:00:00", LON)
    rem = reminder_en("", "SO-042", "£3,420.00", "10 January 2027", SARAH, company=True)
    d = dt("2027-01-15 15:02:44", LON)
    body = f"""Hi Sarah,

Apologies – it was stuck waiting for the second approver. It's approved now and Coupa has it scheduled for the 29th, so that's when it'll land.

Kind regards,
Priya Nair
Purchase Ledger | Brightwell Homes Ltd

From: Sarah Okafor <sarah@okafor.studio>
Sent: Friday, 15 January 2027 09:00
To: Accounts <accounts@brightwellhomes.co.uk>
Subject: Invoice SO-042 – reminder

{rem}"""
    add(L("client-reply-promise", "en", "Human reply restating the Coupa schedule: 'scheduled for the 29th, that's when it'll land' -> 29 Jan 2027 (compare the machine Coupa notice labelled other).",
          promised_date="2027-01-29"),
        message(d, ("Priya Nair", "accounts@brightwellhomes.co.uk"), SARAH, "RE: Invoice SO-042 – reminder", text(body),
                irt=thread_id("bright42", "okafor.studio"), mailer="Microsoft Outlook 16.0"))

    # promise: next week's payment run (vague)
    d_rem = dt("2026-11-23 09:00:00", BER)
    rem = reminder_en("Markus", "HW-2026-30", "€2,380.00", "15 November 2026", HANNAH)
    d = dt("2026-11-23 17:05:00", BER)
    body = f"""Hey Hannah, my bad – will go out with next week's payment run. Our finance guy is on parental leave and I'm covering. 🙈
Markus

{gmail_quote("en", d_rem, HANNAH, rem)}"""
    add(L("client-reply-promise", "en", "'Will go out with next week's payment run': promise, vague -> no date."),
        message(d, ("Markus Ebert", "markus@pixelhaus.berlin"), HANNAH, "Re: Invoice HW-2026-30 – reminder", text(body),
                irt=thread_id("pixelhaus30", "weiss-ux.com")))

    # promise: paid one, promise other
    d = dt("2027-02-08 10:40:00", PAR)
    body = """Hi Ben,

Quick update: BC-2026-18 was paid on Friday (you should see it by now). BC-2026-19 will follow by the 15th, we're waiting on our own client.

Cheers,
Claire
Atelier Morel
"""
    add(L("client-reply-promise", "en", "Two invoices: one paid, the other promised 'by the 15th' (message of 8 Feb -> 15 Feb 2027). Paid one + promise other = promise; reference is the promised one.",
          reference="BC-2026-19", promised_date="2027-02-15"),
        message(d, ("Claire Morel", "claire@ateliermorel.fr"), BEN, "Re: Statement – Atelier Morel", text(body),
                irt=thread_id("morel-stmt", "carterdev.fr")))

    # promise: tomorrow, US client
    d_rem = dt("2027-02-16 09:00:00", LIS)
    rem = reminder_en("Rachel", "EM-142", "$1,900.00", "5 February 2027", ETHAN)
    d = dt("2027-02-16 21:50:10", NY)
    body = "Rachel here — so sorry, wiring it tomorrow morning first thing. Our ACH doesn't do international so it has to go as a wire.\n\nSent from my iPhone\n\n" + gmail_quote("en", d_rem, ETHAN, rem)
    add(L("client-reply-promise", "en", "'Wiring it tomorrow' sent 16 Feb 21:50 New York time -> 17 Feb 2027 (resolved in the sender's zone; in Lisbon it is already the 17th).",
          promised_date="2027-02-17"),
        message(d, ("Rachel Green", "rachel@northboundmedia.com"), ETHAN, "Re: Invoice EM-142 – reminder", text(body),
                irt=thread_id("northbound142", "mooreaudio.com")))

    # dispute: short-paid for late delivery (remittance says deducted)
    d_rem = dt("2027-01-18 09:00:00", LON)
    rem = reminder_en("", "SO-045", "£1,980.00", "5 January 2027", SARAH, company=True)
    d = dt("2027-01-18 14:14:14", LON)
    body = f"""Dear Sarah,

We paid £1,780.00 against SO-045 in last Thursday's BACS run. As per clause 7 of the framework agreement, £200 was deducted for the late delivery of the packaging artwork (due 14 Nov, received 21 Nov). The balance will therefore not be paid.

Regards,
Graham Whitfield
Finance Manager, Harrow Foods plc

This e-mail and any attachments are confidential and intended solely for the addressee. Harrow Foods plc, registered in England and Wales no. 01234567.

{gt(rem)}"""
    add(L("client-reply-dispute", "en", "Short payment with a deduction for late delivery, refusing the balance: partial + dispute = dispute; amount is what they paid.",
          amount="1780.00", currency="GBP", reference="SO-045"),
        message(d, ("Graham Whitfield", "g.whitfield@harrowfoods.co.uk"), SARAH, "RE: Invoice SO-045 – reminder", text(body),
                irt=thread_id("harrow45", "okafor.studio")))

    # dispute: won't pay wire fee difference
    d = dt("2027-01-28 11:20:33", NY)
    body = """Ethan,

We saw your note that EM-140 came in $35 short. That's your bank's incoming wire fee, not ours — we sent the full $1,500.00 as invoiced and we're not going to send the difference. Please close this out.

Thanks,
Dan Whitaker
Controller, Blue Harbor Films LLC
"""
    add(L("client-reply-dispute", "en", "Refuses to pay the remaining $35 (bank fee): they paid in full in their view but refuse the balance claimed -> dispute about the remainder.",
          amount="1500.00", currency="USD", reference="EM-140"),
        message(d, ("Dan Whitaker", "dan@blueharborfilms.com"), ETHAN, "RE: EM-140 balance", text(body),
                irt=thread_id("bh140", "mooreaudio.com")))

    # dispute: already billed
    d_rem = dt("2026-12-14 09:00:00", DUB)
    rem = reminder_en("", "INV-2026-121", "€2,460.00", "31 December 2026", TOM, step="courtesy", company=True)
    d = dt("2026-12-14 12:48:00", DUB)
    body = f"""Hi Tom,

I think INV-2026-121 duplicates the retainer we already pay by direct debit (INV-2026-115 etc.). The website updates in December were covered by the retainer as far as I understand it, so we won't be paying this one unless you can show me what's outside the scope.

Aoife

{gmail_quote("en", d_rem, TOM, rem)}"""
    add(L("client-reply-dispute", "en", "'Already covered by the retainer', won't pay unless shown otherwise: dispute (reply to a courtesy reminder before the due date).",
          reference="INV-2026-121"),
        message(d, ("Aoife Kinsella", "aoife@kinsella-architects.ie"), TOM, "Re: Invoice INV-2026-121 – due soon", text(body),
                irt=thread_id("kinsella121", "byrnedesign.ie")))

    # dispute: chargeback will be filed (Ben)
    d = dt("2027-02-19 20:05:09", PAR)
    body = """Ben,

I paid BC-2026-20 by card through your Stripe link but the booking plugin still doesn't work on mobile, after 3 weeks. I've asked my bank to reverse the payment until it's fixed. Sorry but I have no choice, I'm losing bookings.

Sébastien
Gîte Les Tilleuls
"""
    add(L("client-reply-dispute", "en", "Paid, but is reversing the card payment (chargeback) until the work is fixed: dispute.",
          reference="BC-2026-20"),
        message(d, ("Sébastien Roux", "contact@gite-lestilleuls.fr"), BEN, "booking plugin + payment", text(body)))

    # other: needs Tungsten registration
    d_rem = dt("2026-11-30 09:00:00", LON)
    rem = reminder_en("", "SO-040", "£1,140.00", "20 November 2026", SARAH, company=True)
    d = dt("2026-11-30 10:35:20", LON)
    body = f"""Hello,

We can't locate SO-040 in our system. Since October all supplier invoices must be submitted through the Tungsten Network portal – please register there (invitation code HF-77120) and upload the invoice, and it will be picked up in the next run.

Regards,
Purchase Ledger Team
Harrow Foods plc

{gt(rem)}"""
    add(L("client-reply-other", "en", "AP can't find the invoice and asks her to submit it via Tungsten: procedural request; the 'next run' is conditional on resubmission, not a promise.",
          reference="SO-040"),
        message(d, ("Purchase Ledger", "purchaseledger@harrowfoods.co.uk"), SARAH, "RE: Invoice SO-040 – reminder", text(body),
                irt=thread_id("harrow40", "okafor.studio")))

    # other: resend as PDF
    d = dt("2026-12-04 08:50:00", DUB)
    body = """Morning Tom,
Ariba won't take the .docx version – could you re-send INV-2026-120 as a PDF with our PO number 4500211876 on it? Also there's a price variance flag on line 2 that I need to check with Ciarán before approving.
Thanks
Orla | Cliffside Hotels AP
"""
    add(L("client-reply-other", "en", "Asks for a PDF with PO number and says she will check a variance flag: a request, not yet a contest of the amount.",
          reference="INV-2026-120"),
        message(d, ("Orla Brennan", "ap@cliffsidehotels.ie"), TOM, "INV-2026-120", text(body)))

    # other: "received, thanks" to accounts
    d = dt("2026-11-05 09:12:40", LON)
    body = """Thanks Sarah, received. I've forwarded it to our accounts team (cc'd) to process.
Best,
Tom Ashworth
"""
    add(L("client-reply-other", "en", "Acknowledgement + forwarded to accounts in cc: no payment claim, no promise."),
        message(d, ("Tom Ashworth", "tom.ashworth@quaysidedental.co.uk"), SARAH, "Re: Invoice SO-039", text(body),
                cc=("Quayside Accounts", "accounts@quaysidedental.co.uk"), irt=thread_id("quayside39", "okafor.studio")))

    # other: asks for call about next project + which invoice
    d = dt("2027-02-22 16:40:00", BER)
    body = """Hi Hannah,

Got your reminder but I'm confused – which invoice is HW-2026-36 for? We paid the December workshop already (HW-2026-35, I think). Is this the follow-up interviews? Can we have a quick call on Thursday? I'd also like to talk about a new project for Q2.

Lena
"""
    add(L("client-reply-other", "en", "Asks what the invoice is for and proposes a call; mentions a DIFFERENT invoice as paid — no claim that this one is paid, no contest.",
          reference="HW-2026-36"),
        message(d, ("Lena Braun", "lena@kranich-studio.de"), HANNAH, "Re: Invoice HW-2026-36 – reminder", text(body),
                irt=thread_id("kranich36", "weiss-ux.com")))

    # auto-reply OOO back Monday 4 January
    d = dt("2026-12-21 09:00:03", DUB)
    body = """Thank you for your email. The office is closed for the Christmas break and I will be back on Monday 4 January.
For urgent supplier payment queries please contact finance@cliffsidehotels.ie.

Orla Brennan
"""
    add(L("auto-reply", "en", "Christmas OOO with X-Autoreply only; back on Monday 4 January 2027.",
          return_date="2027-01-04"),
        message(d, ("Orla Brennan", "ap@cliffsidehotels.ie"), TOM, "Automatic reply: Invoice INV-2026-120 – reminder", text(body),
                irt=thread_id("cliff120", "byrnedesign.ie"), extra=[("X-Autoreply", "yes")]))

    # auto-reply Tungsten helpdesk
    d = dt("2026-11-30 10:00:40", LON)
    body = """Thank you for contacting Tungsten Network Supplier Support.

Your case number is 08812345. A member of our team will respond within 2 business days.

Please note: Tungsten Network does not make payments on behalf of buyers. For questions about
the payment status of an invoice, please contact your customer directly.

Tungsten Network Support
"""
    add(L("auto-reply", "en", "Support-desk case acknowledgement from the e-invoicing network, with Auto-Submitted; mentions payment status generically."),
        message(d, ("Tungsten Network Support", "support@tungsten-network.com"), SARAH, "Case 08812345: We have received your request", text(body),
                extra=[("Auto-Submitted", "auto-replied")]))

    # auto-reply: mailbox no longer in use
    d = dt("2027-02-01 09:00:09", NY)
    body = """This mailbox (accounting@northboundmedia.com) is no longer monitored.
Northbound Media's bookkeeping has moved to Bench. Please send invoices and payment questions to northbound@bench.co.

This is an automated message.
"""
    add(L("auto-reply", "en", "'Mailbox no longer monitored' redirect, no RFC 3834 header."),
        message(d, ("Northbound Media Accounting", "accounting@northboundmedia.com"), ETHAN, "Re: Invoice EM-142 – reminder", text(body),
                irt=thread_id("northbound142b", "mooreaudio.com")))

    # bounce: Gmail permanent
    d = dt("2026-11-30 09:00:25", LON)
    orig = message(dt("2026-11-30 09:00:20", LON), SARAH, "lauren.pickett.design@gmail.com", "Invoice SO-038 – reminder",
                   text(reminder_en("Lauren Pickett", "SO-038", "£450.00", "15 November 2026", SARAH)))
    human = """** Address not found **

Your message wasn't delivered to lauren.pickett.design@gmail.com because the address couldn't be found, or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser
"""
    ds = """Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; sarah@okafor.studio
Arrival-Date: Mon, 30 Nov 2026 01:00:20 -0800 (PST)

Final-Recipient: rfc822; lauren.pickett.design@gmail.com
Action: failed
Status: 5.1.1
Remote-MTA: dns; gmail-smtp-in.l.google.com. (142.250.27.26, the server for the domain gmail.com.)
Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does not exist.
Last-Attempt-Date: Mon, 30 Nov 2026 01:00:25 -0800 (PST)
"""
    body = multipart("report", [text(human), raw_part("message/delivery-status", ds), rfc822(orig)], params="; report-type=delivery-status")
    add(L("bounce", "en", "Gmail 'Address not found' DSN, 5.1.1: permanent.",
          failed_recipient="lauren.pickett.design@gmail.com", permanent=True),
        message(d, ("Mail Delivery Subsystem", "mailer-daemon@googlemail.com"), SARAH, "Delivery Status Notification (Failure)", body,
                extra=[("Auto-Submitted", "auto-replied")]))

    # bounce: qmail, quota exceeded permanent? -> qmail temporary-ish style but final
    d = dt("2027-01-04 09:20:11", DUB)
    body_txt = """Hi. This is the qmail-send program at mail.byrnedesign.ie.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<accounts@harbourcafe.ie>:
194.125.2.14 does not like recipient.
Remote host said: 550 5.7.1 <accounts@harbourcafe.ie>: Relay access denied / mailbox disabled
Giving up on 194.125.2.14.

--- Below this line is a copy of the message.

Return-Path: <tom@byrnedesign.ie>
Date: Mon, 4 Jan 2027 09:00:00 +0000
From: Tom Byrne <tom@byrnedesign.ie>
To: accounts@harbourcafe.ie
Subject: =?utf-8?q?Invoice_INV-2026-117_=E2=80=93_reminder?=
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: quoted-printable

Dear Accounts Team,

According to my records, invoice INV-2026-117 for =E2=82=AC410.00, due on 20 De=
cember 2026, has not yet been paid.
"""
    add(L("bounce", "en", "qmail plain-text bounce (no DSN part), 'permanent error; I've given up'.",
          failed_recipient="accounts@harbourcafe.ie", permanent=True),
        message(d, ("MAILER-DAEMON", "MAILER-DAEMON@mail.byrnedesign.ie"), TOM, "failure notice", text(body_txt, "us-ascii", "7bit")))
# =====================================================================================
# output
# =====================================================================================
def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{s}"'

def main():
    italian()
    spanish()
    english()
    import random
    order = list(range(len(MESSAGES)))
    random.Random(20268).shuffle(order)  # mix languages and kinds in file order
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    lines = ["# round8-money: machine mail about money (banks, neobanks, accounting platforms, marketplaces,",
             "# ERP remittance advices) and client replies around it. Generated by make.py.", ""]
    keys = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
            "failed_recipient", "permanent", "note"]
    for n, i in enumerate(order, 1):
        label, raw = MESSAGES[i]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        lines.append(f'[files."{name}"]')
        for k in keys:
            if k in label:
                lines.append(f"{k} = {toml_value(label[k])}")
        extra = set(label) - set(keys)
        assert not extra, extra
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    print(f"wrote {len(MESSAGES)} messages")

def check():
    """Re-parse every file as the brief asks and print the per-kind counts."""
    import email, email.policy, tomllib, collections
    labels = tomllib.load(open(os.path.join(HERE, "labels.toml"), "rb"))["files"]
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert set(files) == set(labels), set(files) ^ set(labels)
    kinds = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
             "payment-notification", "auto-reply", "bounce", "other", "invoice"}
    bad = 0
    for f in files:
        m = email.message_from_bytes(open(os.path.join(HERE, f), "rb").read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not m[h]:
                print(f, "missing", h); bad += 1
        try:
            day = m["Date"].datetime.date().isoformat()
            str(m["Subject"]); str(m["From"]); str(m["To"])
        except Exception as e:
            print(f, "header error", e); bad += 1; continue
        if not ("2026-11-01" <= day <= "2027-02-28"):
            print(f, "date out of range", day); bad += 1
        for part in m.walk():
            if part.get_content_maintype() == "text":
                try:
                    part.get_content()
                except Exception as e:
                    print(f, "body error", e); bad += 1
        for part in m.walk():
            if part.defects:
                print(f, "defects", part.defects); bad += 1
        lab = labels[f]
        ok = (lab["kind"] in kinds and lab["split"] == "dev" and lab["language"] in ("it", "es", "en")
              and (lab["kind"] != "bounce" or ("failed_recipient" in lab and "permanent" in lab))
              and ("promised_date" not in lab or lab["kind"] == "client-reply-promise")
              and ("return_date" not in lab or lab["kind"] == "auto-reply"))
        if not ok:
            print(f, "bad label", lab); bad += 1
    c = collections.Counter(l["kind"] for l in labels.values())
    print("parsed", len(files), "files, problems:", bad)
    for k, n in sorted(c.items()):
        print(f"  {k:24s} {n}")
    print("  languages:", dict(collections.Counter(l["language"] for l in labels.values())))
    return bad == 0

if __name__ == "__main__":
    main()
    sys.exit(0 if check() else 1)
