#!/usr/bin/env python3
"""round20-mixed: 80 hand-written messages (it/es/en) that come back to a freelancer after an invoice.

Almost all are client replies whose KIND is the hard part: two things in one message, hedged words,
conditional promises, a question that mentions paying, complaints about the reminders, a proxy who
pays or only acknowledges, refusals dressed as politeness, sarcasm, "already paid" that is only
scheduled, wrong threads. A few machine mails (bank notices, auto-replies, bounces, other).

Standard library only. Writes r20m-0001.eml ... r20m-0080.eml and labels.toml next to itself,
then re-parses every file and checks the labels against it.

Every client text below was written one by one; only the freelancer's own reminders (which the
clients quote) follow the wording of templates/{it,es,en}/*.txt.j2, because that is what mailduns sends.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import os
import quopri
import re
import struct
import sys
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r20m"
N = 80
SPLIT = "dev"


# ---------------------------------------------------------------- time zones and dates

def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


CET = tz(1)        # Rome, Madrid, Barcelona, Berlin in winter
CEST = tz(2)       # after 28 March 2027
GMT = tz(0)        # London, Dublin, Las Palmas in winter
MEX = tz(-6)       # Mexico City (no DST since 2022)
ART = tz(-3)       # Buenos Aires
AEDT = tz(11)      # Sydney in summer
EST = tz(-5)


def D(y, mo, d, h, mi, zone, s=None):
    if s is None:
        s = (y * 7 + mo * 13 + d * 29 + h * 31 + mi * 3) % 60
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=zone)


IT_WD = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_WD_AB = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MON = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
          "settembre", "ottobre", "novembre", "dicembre"]
IT_MON_AB = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
ES_WD = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_WD_AB = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]
ES_MON_AB = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
DE_WD = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]


def it_day(d):
    """The date as the Italian letters write it after an article: 'il 15 gennaio 2027', "l'8 ..."."""
    art = "l'" if d.day in (8, 11) else "il "
    return f"{art}{d.day} {IT_MON[d.month - 1]} {d.year}"


def it_day_bare(d):
    return f"{d.day} {IT_MON[d.month - 1]} {d.year}"


def it_del(d):
    """'del 15 gennaio 2027', "dell'8 gennaio 2027" (art("del") in the templates)."""
    art = "dell'" if d.day in (8, 11) else "del "
    return f"{art}{d.day} {IT_MON[d.month - 1]} {d.year}"


def es_day(d):
    return f"{d.day} de {ES_MON[d.month - 1]} de {d.year}"


def en_day(d):
    return f"{d.day} {EN_MON[d.month - 1]} {d.year}"


def eur_it(x):
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{s} €"


def eur_es(x):
    return eur_it(x)


def money_en(x, cur="£"):
    return f"{cur}{x:,.2f}"


# ---------------------------------------------------------------- MIME building

def hdr_value(v):
    """RFC 2047 for non-ASCII header text."""
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode(maxlinelen=76)


def addr(pair):
    name, a = pair
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def addrs(pairs):
    return ", ".join(addr(p) for p in pairs)


class Part:
    """One MIME entity: headers and already-encoded body bytes."""

    def __init__(self, headers, body):
        self.headers = headers    # list of (name, value)
        self.body = body          # bytes

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(f"{k}: {v}".encode("ascii"))
        return b"\n".join(out) + b"\n\n" + self.body


def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "8bit":
        return raw
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    raise ValueError(cte)


def flow(text, width=72):
    """format=flowed (RFC 3676): long lines broken at spaces, each broken piece ending in a space."""
    out = []
    for line in text.split("\n"):
        m = re.match(r"^(>+ ?)?", line)
        prefix = m.group(0) if line.startswith(">") else ""
        body = line[len(prefix):]
        if line == "-- " or len(line) <= width:
            out.append(line)
            continue
        cur = ""
        for w in body.split(" "):
            if cur and len(prefix) + len(cur) + len(w) + 1 > width:
                out.append(prefix + cur + " ")
                cur = w
            else:
                cur = f"{cur} {w}" if cur else w
        out.append(prefix + cur)
    return "\n".join(out)


def text_part(text, sub="plain", charset="utf-8", cte="quoted-printable", flowed=False,
              quote_charset=True):
    if flowed:
        text = flow(text)
    if not text.endswith("\n"):
        text += "\n"
    cs = f'"{charset}"' if quote_charset else charset
    ct = f"text/{sub}; charset={cs}"
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)],
                encode_body(text, charset, cte))


def attachment(ctype, filename, data, inline=False, cid=None):
    disp = "inline" if inline else "attachment"
    h = [("Content-Type", f'{ctype}; name="{filename}"'),
         ("Content-Disposition", f'{disp}; filename="{filename}"'),
         ("Content-Transfer-Encoding", "base64")]
    if cid:
        h.append(("Content-ID", f"<{cid}>"))
    return Part(h, base64.encodebytes(data))


def multipart(sub, parts, boundary, extra=""):
    body = b""
    for p in parts:
        body += f"--{boundary}\n".encode() + p.render() + b"\n"
    body += f"--{boundary}--\n".encode()
    ct = f'multipart/{sub}; boundary="{boundary}"' + extra
    return Part([("Content-Type", ct)], body)


def message(headers, part):
    """Top-level headers + MIME-Version + the part's own headers."""
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f"{k}: {hdr_value(v) if k not in ADDR_HEADERS else v}".encode("ascii"))
    out.append(b"MIME-Version: 1.0")
    return b"\n".join(out) + b"\n" + part.render()


ADDR_HEADERS = {"From", "To", "Cc", "Reply-To", "Sender", "Return-Path", "Delivered-To"}


def h8(seed, n=16, alphabet="0123456789abcdef"):
    d = hashlib.sha256(seed.encode()).digest()
    while len(d) < n:
        d += hashlib.sha256(d).digest()
    return "".join(alphabet[b % len(alphabet)] for b in d[:n])


def uuid_like(seed):
    x = h8(seed, 32, "0123456789ABCDEF")
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def tiny_pdf(title):
    """A few bytes of a PDF receipt: enough for a MIME test."""
    t = title.replace("(", "[").replace(")", "]")
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            b"3 0 obj << /Title (" + t.encode("latin-1", "replace") + b") >> endobj\n"
            b"trailer << /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


def tiny_png(seed):
    """A valid 2x2 PNG whose colour depends on the seed."""
    r, g, b = (int(h8(seed, 6)[i:i + 2], 16) for i in (0, 2, 4))
    raw = b"".join(b"\x00" + bytes([r, g, b]) * 2 for _ in range(2))

    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- people

class Owner:
    def __init__(self, name, address, lang, iban, bic, domain):
        self.name, self.addr, self.lang = name, address, lang
        self.iban, self.bic, self.domain = iban, bic, domain
        self.first = name.split()[0]

    @property
    def pair(self):
        return (self.name, self.addr)


CHIARA = Owner("Chiara Lodi", "chiara@lodi-traduzioni.it", "it",
               "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX", "lodi-traduzioni.it")
MARCO = Owner("Marco Bellini", "info@marcobellini.photo", "it",
              "IT02 L030 6909 6061 0000 0014 785", "BCITITMM", "marcobellini.photo")
DAVIDE = Owner("Davide Sanna", "davide@sannadev.it", "it",
               "IT47 S036 4601 6005 2633 1288 104", "NTSBITM1XXX", "sannadev.it")
LUCIA = Owner("Lucía Herrero", "hola@luciaherrero.es", "es",
              "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX", "luciaherrero.es")
JORDI = Owner("Jordi Puig", "jordi@puig.dev", "es",
              "ES76 0081 0200 2500 0123 4567", "BSABESBBXXX", "puig.dev")
NEREA = Owner("Nerea Etxeberria", "nerea@etxeberria-itzulpenak.eus", "es",
              "ES12 2095 0611 0091 1234 5678", "BASKES2BXXX", "etxeberria-itzulpenak.eus")
TOM = Owner("Tom Whitaker", "tom@whitakerwords.co.uk", "en",
            "GB33 BUKB 2020 1555 5555 55", "BUKBGB22", "whitakerwords.co.uk")
AISLING = Owner("Aisling Byrne", "hello@aislingbyrne.ie", "en",
                "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D", "aislingbyrne.ie")
PRIYA = Owner("Priya Nair", "priya@nairconsulting.co.uk", "en",
              "GB82 WEST 1234 5698 7654 32", "NWBKGB2L", "nairconsulting.co.uk")


# ---------------------------------------------------------------- the thread the client answers

class Prev:
    """A message already in the thread (the invoice mail, a reminder, an internal forward)."""

    def __init__(self, frm, to, date, subject, text, mid, prev=None, quoted=False, cc=None):
        self.frm, self.to, self.date, self.subject = frm, to, date, subject
        self.text, self.mid, self.prev, self.quoted, self.cc = text, mid, prev, quoted, cc or []

    def chain(self):
        p, out = self, []
        while p is not None:
            out.append(p)
            p = p.prev
        return list(reversed(out))


def owner_mid(owner, when, what):
    return f"<mailduns.{when.strftime('%Y%m%d%H%M%S')}.{h8(owner.addr + what + str(when), 10)}@{owner.domain}>"


def inv_subject(lang, inv):
    return {"it": f"Fattura n. {inv}", "es": f"Factura n.º {inv}", "en": f"Invoice {inv}"}[lang]


def invoice_mail(owner, to, inv, amount, due, sent, desc):
    """The freelancer's own cover mail for the invoice (sent from their mail client)."""
    if owner.lang == "it":
        text = (f"Buongiorno,\n\nin allegato la fattura n. {inv} per {desc}, di {amount}, "
                f"con scadenza {it_day(due)}.\n\nGrazie e buona giornata,\n{owner.name}")
    elif owner.lang == "es":
        text = (f"Hola:\n\nTe adjunto la factura n.º {inv} por {desc}, por un importe de "
                f"{amount}, con vencimiento el {es_day(due)}.\n\nUn saludo,\n{owner.name}")
    else:
        text = (f"Hello,\n\nPlease find attached invoice {inv} for {desc} ({amount}), due on "
                f"{en_day(due)}.\n\nMany thanks,\n{owner.name}")
    mid = f"<{uuid_like(owner.addr + inv)}@{owner.domain}>"
    return Prev(owner.pair, to, sent, inv_subject(owner.lang, inv), text, mid)


# --- the reminders, worded as templates/{it,es,en}/*.txt.j2 render them

def _it_sal(cname, ckind):
    if ckind == "company" and cname:
        return f"Spett.le {cname},"
    if ckind == "person" and cname:
        return f"Gentile {cname},"
    return "Buongiorno,"


def _es_sal(cname, ckind):
    if ckind == "company":
        return "Estimados señores:"
    if ckind == "person" and cname:
        return f"Buenos días, {cname}:"
    return "Buenos días:"


def _en_sal(cname, ckind):
    if ckind == "person" and cname:
        return f"Dear {cname},"
    if ckind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def _pay(owner, inv):
    o = owner
    if o.lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {o.name}\n- IBAN: {o.iban}\n- BIC: {o.bic}\n"
                f"- causale: Fattura n. {inv}")
    if o.lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {o.name}\n- IBAN: {o.iban}\n- BIC: {o.bic}\n"
                f"- concepto: Factura n.º {inv}")
    return (f"Payment details:\n- Account name: {o.name}\n- IBAN: {o.iban}\n- BIC (SWIFT): {o.bic}\n"
            f"- Payment reference: {inv}")


def reminder_text(owner, tpl, cname, ckind, inv, amount, due, days_late=0, deadline=None,
                  issue=None, promise_date=None, invoices=None, total=None):
    L = owner.lang
    pay = _pay(owner, inv if inv else "vedi fatture")
    if L == "it":
        s = _it_sal(cname, ckind)
        if tpl == "courtesy":
            body = (f"un breve promemoria: la fattura n. {inv} di {amount}"
                    + (f", emessa {it_day(issue)}," if issue else "")
                    + f" è in scadenza {it_day(due)}.\n\nNel caso il pagamento sia già stato disposto, "
                    "ringrazio e prego di non tenere conto di questo messaggio.\n\n" + pay
                    + "\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif tpl == "due":
            body = (f"un promemoria: la fattura n. {inv} di {amount} è scaduta {it_day(due)}. Se il pagamento "
                    "non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                    "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo "
                    "messaggio.\n\n" + pay + "\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif tpl == "reminder":
            body = (f"da un controllo la fattura n. {inv} di {amount}, scaduta {it_day(due)}, risulta ancora da "
                    "saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al "
                    "pagamento appena possibile.\n\nSe il pagamento è già stato effettuato, basta rispondere "
                    "indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie "
                    "e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo "
                    "insieme: basta rispondere a questa email.\n\n" + pay)
        elif tpl == "late_fee":
            body = (f"la fattura n. {inv} di {amount}, scaduta {it_day(due)}, risulta ancora da saldare: sono "
                    f"trascorsi {days_late} giorni dalla scadenza.\n\nChiedo cortesemente di provvedere al "
                    f"pagamento entro {it_day(deadline)}. Se il pagamento è già stato disposto, basta rispondere "
                    "indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, "
                    "possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n" + pay)
        elif tpl == "statement":
            lines = "\n".join(
                f"- n. {n} {it_del(i)}, " + (f"scaduta {it_day(d)} ({dl} giorni di ritardo)" if dl > 0
                                                       else f"in scadenza {it_day(d)}") + f": {a}"
                for n, i, d, dl, a in invoices)
            overdue = any(x[3] > 0 for x in invoices)
            allover = all(x[3] > 0 for x in invoices)
            intro = "da un controllo risultano ancora da saldare le seguenti fatture:" if overdue else \
                "un breve promemoria sulle prossime scadenze:"
            if overdue:
                close = (f"Chiedo cortesemente di provvedere al pagamento{'' if allover else ' delle fatture scadute'} "
                         f"entro {it_day(deadline)}. Se alcune di queste fatture sono già state pagate, basta "
                         "rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se "
                         "c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta rispondere "
                         "a questa email.")
            else:
                close = ("Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di "
                         "questo messaggio. Per qualsiasi domanda basta rispondere a questa email.")
            pay = ("Per il pagamento:\n- beneficiario: " + owner.name + "\n- IBAN: " + owner.iban + "\n- BIC: "
                   + owner.bic + "\n- causale: Fatture n. " + ", ".join(x[0] for x in invoices))
            body = f"{intro}\n\n{lines}\n\nTotale da pagare: {total}\n\n{close}\n\n{pay}"
        elif tpl == "promise_followup":
            body = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv} di {amount} "
                    f"sarebbe stato effettuato entro {it_day(promise_date)}.\n\nAd oggi il pagamento non risulta "
                    "ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. Se "
                    "invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo."
                    "\n\n" + pay)
        else:
            raise ValueError(tpl)
        return f"{s}\n\n{body}\n\nCordiali saluti,\n{owner.name}"
    if L == "es":
        s = _es_sal(cname, ckind)
        if tpl == "courtesy":
            body = (f"Un breve recordatorio: la factura n.º {inv} de {amount}"
                    + (f", emitida el {es_day(issue)}," if issue else "")
                    + f" vence el {es_day(due)}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario "
                    "hacer nada más.\n\n" + pay + "\n\nPara cualquier duda, basta con responder a este correo.")
        elif tpl == "due":
            body = (f"La factura n.º {inv} de {amount} venció el {es_day(due)} y, según mis registros, el pago aún "
                    "no consta. Agradecería que se tramitara en los próximos días.\n\nSi el pago ya se ha "
                    "realizado, muchas gracias: no es necesario hacer nada más.\n\n" + pay
                    + "\n\nPara cualquier duda, basta con responder a este correo.")
        elif tpl == "reminder":
            body = (f"Revisando mis cuentas, veo que la factura n.º {inv} de {amount}, vencida el {es_day(due)}, "
                    "sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago "
                    "se realizara en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese "
                    "caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis "
                    "registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.\n\n" + pay)
        elif tpl == "late_fee":
            body = (f"La factura n.º {inv} de {amount} venció el {es_day(due)}, hace {days_late} días, y sigue "
                    f"pendiente de pago.\n\nRuego que el pago de {amount} se realice a más tardar el "
                    f"{es_day(deadline)}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha "
                    "de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una "
                    "solución por esta misma vía.\n\n" + pay)
        else:
            raise ValueError(tpl)
        return f"{s}\n\n{body}\n\nUn cordial saludo,\n{owner.name}"
    s = _en_sal(cname, ckind)
    if tpl == "courtesy":
        body = (f"This is a friendly reminder that invoice {inv} for {amount}"
                + (f", issued on {en_day(issue)}," if issue else "")
                + f" is due for payment on {en_day(due)}.\n\nIf payment is already on its way, thank you, and "
                "please disregard this message.\n\n" + pay + "\n\nIf you have any questions, just reply to this email.")
    elif tpl == "due":
        body = (f"This is a quick reminder that invoice {inv} for {amount} was due for payment on {en_day(due)}. "
                "If it has not been paid yet, I would be grateful if you could arrange payment in the next few days."
                "\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n" + pay
                + "\n\nIf you have any questions, just reply to this email.")
    elif tpl == "reminder":
        body = (f"According to my records, invoice {inv} for {amount}, due on {en_day(due)}, has not yet been paid. "
                "It may simply have been overlooked, so I would be grateful if you could arrange payment at your "
                "earliest convenience.\n\nIf you have already paid, thank you – please let me know the payment date "
                "so that I can update my records. If there is a problem with the invoice, please reply to this email "
                "and we can sort it out.\n\n" + pay)
    elif tpl == "late_fee":
        body = (f"Invoice {inv} for {amount}, due on {en_day(due)}, is now {days_late} days overdue.\n\nPlease "
                f"arrange payment by {en_day(deadline)}. If payment is already on its way, thank you – please let me "
                "know the date it was made. If there is a problem with the invoice or with the timing, please reply "
                "to this email and we can find a solution.\n\n" + pay)
    elif tpl == "statement":
        lines = "\n".join(
            f"- {n}, issued on {en_day(i)}, " + (f"due on {en_day(d)} ({dl} days overdue)" if dl > 0
                                                  else f"due on {en_day(d)}") + f": {a}"
            for n, i, d, dl, a in invoices)
        body = ("According to my records, the following invoices are still outstanding:\n\n" + lines
                + f"\n\nTotal due: {total}\n\nPlease arrange payment by {en_day(deadline)}. If some of these "
                "invoices have already been paid, thank you – please let me know which ones and the payment dates, "
                "so that I can update my records. If there is a problem with any of them, please reply to this "
                "email and we can sort it out.\n\n"
                + "The payment details are on the invoices, in the emails they were sent with.")
    else:
        raise ValueError(tpl)
    return f"{s}\n\n{body}\n\nKind regards,\n{owner.name}"


REM_SUBJECT = {
    "it": {"courtesy": "Promemoria fattura n. {inv}", "due": "Promemoria fattura n. {inv}",
           "reminder": "Sollecito fattura n. {inv}", "late_fee": "Sollecito fattura n. {inv}",
           "promise_followup": "Pagamento fattura n. {inv}"},
    "es": {"courtesy": "Recordatorio: factura n.º {inv}", "due": "Recordatorio: factura n.º {inv}",
           "reminder": "Recordatorio: factura n.º {inv}", "late_fee": "Factura n.º {inv} vencida"},
    "en": {"courtesy": "Reminder: invoice {inv}", "due": "Reminder: invoice {inv}",
           "reminder": "Invoice {inv} overdue", "late_fee": "Invoice {inv} overdue"},
}


def thread(owner, client, tpl, inv, amount, due, sent, cname=None, ckind="person", desc=None,
           inv_sent=None, subject=None, **kw):
    """Invoice mail + one reminder: returns the reminder (the message the client answers)."""
    if inv_sent is None:
        inv_sent = sent - dt.timedelta(days=34, hours=3, minutes=17)
    inv_mail = invoice_mail(owner, client, inv, amount, due, inv_sent, desc or
                            {"it": "i servizi concordati", "es": "los trabajos acordados",
                             "en": "the agreed work"}[owner.lang])
    text = reminder_text(owner, tpl, cname, ckind, inv, amount, due, **kw)
    subj = subject or REM_SUBJECT[owner.lang][tpl].format(inv=inv)
    return Prev(owner.pair, client, sent, subj, text, owner_mid(owner, sent, tpl + inv), prev=inv_mail)


# ---------------------------------------------------------------- quoting styles

def _hm(d):
    return d.strftime("%H:%M")


def attrib(style, lang, p, vtz):
    d = p.date.astimezone(vtz)
    name, a = p.frm
    wd, day, mon, y = d.weekday(), d.day, d.month - 1, d.year
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_WD_AB[wd]} {day} {IT_MON_AB[mon]} {y} alle ore {_hm(d)} {name} <{a}> ha scritto:"
        if lang == "es":
            return f"El {ES_WD_AB[wd]}, {day} {ES_MON_AB[mon]} {y} a las {d.hour}:{d.minute:02d}, {name} (<{a}>) escribió:"
        return f"On {EN_WD[wd][:3]}, {day} {EN_MON[mon][:3]} {y} at {_hm(d)}, {name} <{a}> wrote:"
    if style == "gmail_us":
        h12 = d.hour % 12 or 12
        return (f"On {EN_WD[wd][:3]}, {EN_MON[mon][:3]} {day}, {y} at {h12}:{d.minute:02d} "
                f"{'AM' if d.hour < 12 else 'PM'} {name} <{a}> wrote:")
    if style in ("apple", "iphone"):
        if lang == "it":
            return f"Il giorno {day} {IT_MON_AB[mon]} {y}, alle ore {_hm(d)}, {name} <{a}> ha scritto:"
        if lang == "es":
            return f"El {day} {ES_MON_AB[mon]} {y}, a las {d.hour}:{d.minute:02d}, {name} <{a}> escribió:"
        return f"On {day} {EN_MON[mon][:3]} {y}, at {_hm(d)}, {name} <{a}> wrote:"
    if style == "thunderbird":
        if lang == "it":
            return f"Il {d.strftime('%d/%m/%y')} {_hm(d)}, {name} ha scritto:"
        if lang == "es":
            return f"El {day}/{mon + 1}/{d.strftime('%y')} a las {d.hour}:{d.minute:02d}, {name} escribió:"
        return f"On {d.strftime('%d/%m/%Y')} {_hm(d)}, {name} wrote:"
    if style == "webmail":
        if lang == "it":
            return f"Il {day:02d}/{mon + 1:02d}/{y} {_hm(d)}, {name} <{a}> ha scritto:"
        if lang == "es":
            return f"El {day:02d}/{mon + 1:02d}/{y} {_hm(d)}, {name} <{a}> escribió:"
        return f"On {day:02d}/{mon + 1:02d}/{y} {_hm(d)}, {name} <{a}> wrote:"
    raise ValueError(style)


def outlook_rows(lang, p, vtz, variant="desktop"):
    d = p.date.astimezone(vtz)
    wd, day, mon, y = d.weekday(), d.day, d.month - 1, d.year
    fn, fa = p.frm
    to = "; ".join(f"{n} <{a}>" if n else a for n, a in p.to) if isinstance(p.to, list) else \
        (f"{p.to[0]} <{p.to[1]}>" if p.to[0] else p.to[1])
    cc = "; ".join(f"{n} <{a}>" if n else a for n, a in p.cc)
    frm = f"{fn} [mailto:{fa}]" if variant == "old" else f"{fn} <{fa}>"
    if lang == "it":
        rows = [("Da", frm), ("Inviato", f"{IT_WD[wd]} {day} {IT_MON[mon]} {y} {_hm(d)}"), ("A", to)]
        if cc:
            rows.append(("Cc", cc))
        rows.append(("Oggetto", p.subject))
    elif lang == "es":
        rows = [("De", frm), ("Enviado el", f"{ES_WD[wd]}, {day} de {ES_MON[mon]} de {y} {d.hour}:{d.minute:02d}"),
                ("Para", to)]
        if cc:
            rows.append(("CC", cc))
        rows.append(("Asunto", p.subject))
    elif lang == "de":
        rows = [("Von", frm), ("Gesendet", f"{DE_WD[wd]}, {day}. {DE_MON[mon]} {y} {_hm(d)}"), ("An", to)]
        if cc:
            rows.append(("Cc", cc))
        rows.append(("Betreff", p.subject))
    elif lang == "en-us":
        h12 = d.hour % 12 or 12
        rows = [("From", frm), ("Sent", f"{EN_WD[wd]}, {EN_MON[mon]} {day}, {y} {h12}:{d.minute:02d} "
                                        f"{'AM' if d.hour < 12 else 'PM'}"), ("To", to)]
        if cc:
            rows.append(("Cc", cc))
        rows.append(("Subject", p.subject))
    else:
        rows = [("From", frm), ("Sent", f"{day} {EN_MON[mon]} {y} {_hm(d)}"), ("To", to)]
        if cc:
            rows.append(("Cc", cc))
        rows.append(("Subject", p.subject))
    return rows


SEPARATORS = {
    "old": {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
            "en": "-----Original Message-----", "en-us": "-----Original Message-----",
            "de": "-----Ursprüngliche Nachricht-----"},
    "owa": {k: "_" * 32 for k in ("it", "es", "en", "en-us", "de")},
    "desktop": {k: "" for k in ("it", "es", "en", "en-us", "de")},
}


def gq(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def plain_quote(style, lang, p, vtz, variant="desktop"):
    inner = p.text
    if p.quoted and p.prev is not None:
        inner += "\n\n" + plain_quote(style, lang, p.prev, vtz, variant)
    if style in ("outlook", "samsung"):
        if style == "samsung":
            d = p.date.astimezone(vtz)
            off = d.utcoffset().total_seconds() / 3600
            lab = {"es": ("-------- Mensaje original --------", "De", "Fecha", "Para", "Asunto"),
                   "it": ("-------- Messaggio originale --------", "Da", "Data", "A", "Oggetto"),
                   "en": ("-------- Original message --------", "From", "Date", "To", "Subject")}[lang[:2]]
            head = (f"{lab[0]}\n{lab[1]}: {p.frm[0]} <{p.frm[1]}> \n{lab[2]}: {d.day}/{d.month}/{d.strftime('%y')} "
                    f"{_hm(d)} (GMT{off:+03.0f}:00) \n{lab[3]}: {p.to[1]} \n{lab[4]}: {p.subject} ")
            return head + "\n\n" + inner
        sep = SEPARATORS[variant][lang]
        rows = "\n".join(f"{k}: {v}" for k, v in outlook_rows(lang, p, vtz, variant))
        return (sep + "\n" if sep else "") + rows + "\n\n" + inner
    a = attrib(style, lang, p, vtz)
    if style in ("apple", "iphone"):
        return gq(a + "\n\n" + inner)
    if style == "thunderbird" or style == "webmail":
        return a + "\n" + gq(inner)
    return a + "\n\n" + gq(inner)


def esc_lines(text):
    return "<br>\n".join(html.escape(l, quote=False) for l in text.split("\n"))


def html_new(style, text):
    paras = text.split("\n\n")
    if style in ("outlook",):
        out = []
        for i, para in enumerate(paras):
            for line in para.split("\n"):
                out.append(f'<p class="MsoNormal">{html.escape(line, quote=False) or "<o:p>&nbsp;</o:p>"}'
                           f'<o:p></o:p></p>')
            if i < len(paras) - 1:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return "\n".join(out)
    if style in ("apple", "iphone"):
        out = []
        for i, para in enumerate(paras):
            for line in para.split("\n"):
                out.append(f"<div>{html.escape(line, quote=False) or '<br>'}</div>")
            if i < len(paras) - 1:
                out.append("<div><br></div>")
        return "".join(out)
    # gmail and generic webmail
    out = []
    for i, para in enumerate(paras):
        out.append("<div>" + "<br>".join(html.escape(l, quote=False) for l in para.split("\n")) + "</div>")
        if i < len(paras) - 1:
            out.append("<div><br></div>")
    return "".join(out)


def html_quote(style, lang, p, vtz, variant="desktop"):
    inner = html_new("gmail" if style not in ("outlook",) else "outlook", p.text)
    if p.quoted and p.prev is not None:
        inner += html_quote(style, lang, p.prev, vtz, variant)
    if style == "outlook":
        rows = "<br>\n".join(f"<b>{html.escape(k)}:</b> {html.escape(v)}"
                             for k, v in outlook_rows(lang, p, vtz, variant))
        return ('<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                f'<p class="MsoNormal"><b><span lang="{lang[:2].upper()}">'
                f"</span></b>{rows}<o:p></o:p></p>\n</div>\n</div>\n"
                '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + inner)
    a = html.escape(attrib(style, lang, p, vtz), quote=False)
    if style in ("apple", "iphone"):
        return (f'<div><br><blockquote type="cite"><div>{a}</div><br class="Apple-interchange-newline">'
                f"<div>{inner}</div></blockquote></div>")
    return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + a
            + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote></div>")


def html_doc(style, lang, new_html, quote_html, charset):
    if style == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '@font-face {font-family:"Aptos";}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
                '@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
                f'<body lang="{lang[:2].upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + new_html + "\n"
                + (quote_html or "") + "\n</div>\n</body>\n</html>")
    if style in ("apple", "iphone"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                + new_html + (quote_html or "") + "</body></html>")
    return '<div dir="ltr">' + new_html + "</div><br>" + (quote_html or "")


STYLE_VTZ = {}


def msgid_for(style, seed, domain):
    if style == "gmail" or style == "gmail_us":
        return "<CA" + h8(seed, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-=") + "@mail.gmail.com>"
    if style == "outlook":
        box = "DB9PR" + h8(seed + "b", 2, "0123456789") + "MB" + h8(seed + "c", 4, "0123456789")
        return f"<{box}{h8(seed, 20, '0123456789ABCDEF')}@{box}.eurprd0{int(h8(seed, 1, '1234579'))}.prod.outlook.com>"
    if style in ("apple", "iphone"):
        return f"<{uuid_like(seed)}@{domain}>"
    if style == "thunderbird":
        return f"<{uuid_like(seed).lower()}@{domain}>"
    return f"<{h8(seed, 12)}.{h8(seed + 'x', 8)}@{domain}>"


def boundary_for(style, seed, k=0):
    s = seed + str(k)
    if style in ("gmail", "gmail_us"):
        return "0000000000" + h8(s, 18)
    if style == "outlook":
        return "_00" + str(k) + "_" + h8(s, 38, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
    if style in ("apple", "iphone"):
        return "Apple-Mail=_" + uuid_like(s)
    return "----=_Part_" + h8(s, 6, "0123456789") + "_" + h8(s + "q", 9, "0123456789") + "." + h8(s + "t", 13, "0123456789")


# ---------------------------------------------------------------- message registry

MESSAGES = []
day = dt.date


OWNER_ADDRS = {o.addr for o in (CHIARA, MARCO, DAVIDE, LUCIA, JORDI, NEREA, TOM, AISLING, PRIYA)}


def _relay(style, seed):
    n = int(h8(seed, 2, "0123456789"))
    if style in ("gmail", "gmail_us"):
        return f"mail-wm1-f{n}.google.com (mail-wm1-f{n}.google.com [209.85.128.{n + 40}])"
    if style == "outlook":
        return (f"EUR05-DB8-obe.outbound.protection.outlook.com (mail-db8eur05on20{n}.outbound.protection."
                f"outlook.com [40.107.20.{n + 100}])")
    if style in ("apple", "iphone"):
        return f"st43p00im-ztfb10071{n:02d}.me.com (st43p00im-ztfb10071{n:02d}.me.com [17.58.63.{n + 100}])"
    return None


def _base_headers(frm, to, date, subject, mid, cc=None, prev=None, in_reply=True, style=None):
    sender_dom = frm[1].split("@")[1]
    everyone = (to if isinstance(to, list) else [to]) + list(cc or [])
    rcpt = next((a for _, a in everyone if a in OWNER_ADDRS), everyone[0][1])
    by = f"mx1.{rcpt.split('@')[1]}"
    relay = _relay(style, mid) or f"mail.{sender_dom} (mail.{sender_dom} [{_ip(sender_dom)}])"
    rx = date.astimezone(CET) + dt.timedelta(seconds=3 + len(mid) % 9)
    h = [("Return-Path", f"<{frm[1]}>"),
         ("Received", f"from {relay}\n\tby {by} with ESMTPS id "
                      f"{h8(mid, 12, '0123456789ABCDEF')}\n\tfor <{rcpt}>; "
                      f"{format_datetime(rx)}"),
         ("Date", format_datetime(date)),
         ("From", addr(frm)),
         ("To", addrs(to) if isinstance(to, list) else addr(to))]
    if cc:
        h.append(("Cc", addrs(cc)))
    h += [("Subject", subject), ("Message-ID", mid)]
    if prev is not None and in_reply:
        refs = [p.mid for p in prev.chain()]
        h += [("In-Reply-To", prev.mid), ("References", "\n ".join(refs))]
    return h


def _ip(seed):
    b = hashlib.sha256(seed.encode()).digest()
    return f"{[185, 212, 62, 93, 151][b[0] % 5]}.{b[1]}.{b[2]}.{b[3] % 250 + 2}"


def reply(kind, lang, style, frm, to, date, prev, new, *, note, facts=None, subj=None, re_="Re:", cc=None,
          fmt="alt", charset="utf-8", cte="quoted-printable", html_cte=None, attach=(), variant="desktop",
          quote_lang=None, rel=None, in_reply=True, mailer=None, flowed=False, extra=(), quote=True,
          own_text=None):
    """A client's reply. `new` is what the client wrote (signature and disclaimer included);
    `prev` is the message they answer, quoted below in the style of their mail client."""
    n = len(MESSAGES) + 1
    seed = f"{PREFIX}-{n}-{frm[1]}"
    for q in (prev.chain() if prev is not None else []):
        assert q.date < date, (frm, q.subject, q.date, date)
    vtz = date.tzinfo
    ql = quote_lang or lang
    subject = subj or f"{re_} {prev.subject}"
    plain = new
    qtxt = None
    if prev is not None and quote:
        qtxt = plain_quote(style if style not in ("gmail_us",) else "gmail_us", ql, prev, vtz, variant) \
            if style != "gmail_us" else attrib("gmail_us", ql, prev, vtz) + "\n\n" + gq(prev.text)
        plain = new + "\n\n" + qtxt
    hstyle = "gmail" if style in ("gmail_us", "webmail", "samsung", "thunderbird") else style
    html_body = None
    if fmt in ("alt", "html"):
        qh = html_quote(hstyle, ql, prev, vtz, variant) if (prev is not None and quote) else None
        if style == "gmail_us" and qh:
            qh = qh.replace(html.escape(attrib("gmail", ql, prev, vtz), quote=False),
                            html.escape(attrib("gmail_us", ql, prev, vtz), quote=False))
        html_body = html_doc(hstyle, ql, html_new(hstyle, new), qh, charset)
    parts = []
    if fmt == "plain":
        body = text_part(plain, "plain", charset, cte, flowed=flowed)
    elif fmt == "html":
        body = text_part(html_body, "html", charset, html_cte or cte)
    else:
        body = multipart("alternative", [text_part(plain, "plain", charset, cte, flowed=flowed),
                                         text_part(html_body, "html", charset, html_cte or cte)],
                         boundary_for(style, seed, 1))
    if attach:
        body = multipart("mixed", [body] + list(attach), boundary_for(style, seed, 0))
    dom = frm[1].split("@")[1]
    if style in ("gmail", "gmail_us"):
        dom = "mail.gmail.com"
    mid = msgid_for(style, seed, "icloud.com" if style in ("apple", "iphone") and "icloud" in frm[1] else dom)
    h = _base_headers(frm, to, date, subject, mid, cc, prev, in_reply, style)
    if style == "outlook":
        h += [("Thread-Topic", re.sub(r"^(?:(?:Re|RE|R|AW|RV|Rif|I|Fwd|FW|TR)\s*:\s*)+", "", subject)),
              ("Thread-Index", base64.b64encode(hashlib.sha1(seed.encode()).digest()[:22]).decode()),
              ("Accept-Language", {"it": "it-IT, en-US", "es": "es-ES, en-US", "en": "en-GB, en-US",
                                   "de": "de-DE, en-US"}[ql[:2]]),
              ("Content-Language", {"it": "it-IT", "es": "es-ES", "en": "en-GB", "de": "de-DE"}[ql[:2]]),
              ("X-MS-Has-Attach", "yes" if attach else ""),
              ("X-MS-TNEF-Correlator", "")]
    elif style == "apple":
        h.append(("X-Mailer", mailer or "Apple Mail (2.3826.400.131.1.6)"))
    elif style == "iphone":
        h.append(("X-Mailer", mailer or "iPhone Mail (22C152)"))
    elif style == "thunderbird":
        h += [("User-Agent", mailer or "Mozilla Thunderbird"), ("Content-Language", lang)]
    elif mailer:
        h.append(("X-Mailer", mailer))
    h += list(extra)
    blob = message(h, body)
    MESSAGES.append(dict(kind=kind, lang=lang, blob=blob, new=new if own_text is None else own_text,
                         facts=facts or {}, note=note, rel=rel, reply=in_reply and prev is not None,
                         attachments=len(attach)))


def custom(kind, lang, headers, body, new, *, note, facts=None, rel=None):
    blob = message(headers, body)
    MESSAGES.append(dict(kind=kind, lang=lang, blob=blob, new=new, facts=facts or {}, note=note, rel=rel,
                         reply=False, attachments=0))


def pdf(name, title=None):
    return attachment("application/pdf", name, tiny_pdf(title or name))


def png(name):
    return attachment("image/png", name, tiny_png(name))


def jpg(name):
    data = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + \
        hashlib.sha256(name.encode()).digest() + b"\xff\xd9"
    return attachment("image/jpeg", name, data)


# ================================================================= ITALIANO

def italian():
    # --- paid + a question for the accountant
    c = ("Giorgio Ravelli", "g.ravelli@ravelliarredi.it")
    p = thread(CHIARA, c, "due", "2026/118", eur_it(732.00), day(2026, 11, 15), D(2026, 11, 16, 9, 0, CET),
               cname="Ravelli Arredi snc", ckind="company", days_late=1,
               desc="la traduzione in inglese del catalogo 2027")
    reply("client-reply-paid", "it", "gmail", c, CHIARA.pair, D(2026, 11, 17, 8, 42, CET), p, """\
Buongiorno Chiara,

fatto adesso il bonifico, causale "saldo fatt. 2026/118", dovrebbe arrivarle in un paio di giorni (la nostra banca è lenta, lo sappiamo). In allegato la contabile.

Una domanda: il nostro commercialista mi chiede se può mandargli direttamente il file XML della fattura, perché dal cassetto fiscale non la trova. Glielo può girare a studio.ferri@commercialistiferri.it?

Grazie e buona giornata
Giorgio Ravelli
Ravelli Arredi snc""",
          attach=[pdf("Contabile_bonifico_17112026.pdf", "Contabile bonifico SEPA")],
          facts=dict(reference="2026/118"),
          note="Says the transfer is done (receipt attached) and then asks for the XML for the accountant: the question does not change the kind; no amount in the client's words.")

    # --- a secretary relays that the office paid; an internal forward sits in the quoted thread
    c = ("Paola Ghedini", "segreteria@studiomorandi.it")
    rem = thread(MARCO, ("Studio Tecnico Ing. Morandi", "info@studiomorandi.it"), "reminder", "57/2026",
                 eur_it(488.00), day(2026, 11, 20), D(2026, 12, 1, 9, 30, CET), cname="Studio Tecnico Ing. Morandi",
                 ckind="company", desc="le fotografie del cantiere di via Dante")
    fwd = Prev(("Giovanni Morandi", "info@studiomorandi.it"), c, D(2026, 12, 1, 18, 2, CET),
               "I: " + rem.subject, "Paola, vedi tu con l'amministrazione? Mi pare l'avessimo già mandato.\nG.M.",
               f"<{h8('morandi-fwd', 24)}@EXCH01.studiomorandi.local>", prev=rem, quoted=True)
    reply("client-reply-paid", "it", "outlook", c, MARCO.pair, D(2026, 12, 4, 11, 15, CET), fwd, """\
Buongiorno sig. Bellini,

l'ing. Morandi mi chiede di comunicarle che il bonifico per la fattura 57/2026 è stato disposto venerdì scorso dall'amministrazione, con valuta 1° dicembre. Se entro inizio settimana prossima non lo vede accreditato ci faccia sapere, che verifichiamo con la banca.

Cordiali saluti

Paola Ghedini
Segreteria
Studio Tecnico Ing. Morandi
Via Cavour 18 – 26100 Cremona
Tel. 0372 415 220

Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario. Se ha ricevuto questo messaggio per errore, la preghiamo di darne notizia al mittente e di cancellarlo. Ai sensi del Reg. UE 2016/679 (GDPR) i dati personali sono trattati per le sole finalità connesse al rapporto professionale.""",
          re_="R:", subj="R: " + rem.subject, facts=dict(reference="57/2026"),
          note="A secretary relays that the transfer was already made ('disposto venerdì scorso'): paid. The engineer's internal 'vedi tu' forward is quoted below and is not the reply; 'se non lo vede... ci faccia sapere' is not a promise.")

    # --- paid, and annoyed by the reminders (windows-1252, plain Outlook text)
    c = ("Franco Zanetti", "franco.zanetti@zanettiserramenti.it")
    p = thread(DAVIDE, c, "late_fee", "FT-2026-031", eur_it(1830.00), day(2026, 12, 15),
               D(2027, 1, 12, 9, 0, CET), cname="Franco Zanetti", ckind="person", days_late=28,
               deadline=day(2027, 1, 22), desc="il rifacimento del sito e-commerce")
    reply("client-reply-paid", "it", "outlook", c, DAVIDE.pair, D(2027, 1, 12, 19, 3, CET), p, """\
Buonasera,
le ho già scritto la settimana scorsa che la fattura l'ho pagata il 5 gennaio, bonifico di 1.830,00 euro da Intesa. Questo è il terzo sollecito automatico che mi arriva e comincio a trovarlo un pò irritante, visto che sono cliente da anni.
Le chiedo cortesemente di controllare prima di mandare altri messaggi.
F. Zanetti""",
          fmt="plain", charset="windows-1252", re_="RE:", variant="old",
          facts=dict(amount="1830.00", currency="EUR"),
          note="A complaint about the automatic reminders, but the point is that he paid on 5 January: paid, not dispute. Amount from his words; he never names the invoice number, so no reference.")

    # --- paid two invoices at once and asks for a receipt (Thunderbird, flowed)
    c = ("Sara Lanzi", "amministrazione@tipografialanzi.it")
    inv1 = invoice_mail(CHIARA, c, "2027/009", eur_it(366.00), day(2027, 1, 31), D(2027, 1, 8, 10, 4, CET),
                        "la traduzione del pieghevole")
    st = Prev(CHIARA.pair, c, D(2027, 2, 2, 9, 0, CET), "Promemoria fatture in scadenza",
              reminder_text(CHIARA, "statement", "Tipografia Lanzi s.a.s.", "company", None, None, None,
                            deadline=day(2027, 2, 12), total=eur_it(976.00),
                            invoices=[("2027/009", day(2027, 1, 8), day(2027, 1, 31), 2, eur_it(366.00)),
                                      ("2027/014", day(2027, 1, 15), day(2027, 2, 14), -12, eur_it(610.00))]),
              owner_mid(CHIARA, D(2027, 2, 2, 9, 0, CET), "statement-lanzi"), prev=inv1)
    reply("client-reply-paid", "it", "thunderbird", c, CHIARA.pair, D(2027, 2, 3, 10, 20, CET), st, """\
Buongiorno,
abbiamo saldato oggi entrambe le fatture con un unico bonifico di 976,00 € (causale: "fatt. 2027/009 e 2027/014").
Per la nostra contabilità ci servirebbe una ricevuta di avvenuto pagamento, o anche solo una mail di conferma, se possibile.
Grazie,

Sara Lanzi
Amministrazione – Tipografia Lanzi s.a.s.
via dei Mille 41, Parma""",
          fmt="plain", cte="8bit", flowed=True, mailer="Mozilla Thunderbird",
          facts=dict(amount="976.00", currency="EUR"),
          note="Paid both invoices of the statement in one transfer and asks for a receipt: asking for a receipt is not client-reply-other. Two invoices, so no reference.")

    # --- iPhone one-liner with a screenshot
    c = ("Luca Pirrone", "luca.pirrone88@icloud.com")
    p = invoice_mail(MARCO, c, "63/2026", eur_it(1150.00), day(2026, 12, 31), D(2026, 12, 18, 15, 20, CET),
                     "il servizio fotografico del matrimonio")
    p.subject = "Fattura 63/2026 - servizio fotografico matrimonio"
    reply("client-reply-paid", "it", "iphone", c, MARCO.pair, D(2026, 12, 21, 22, 47, CET), p, """\
Fatto 👍 ti allego lo screen del bonifico istantaneo. Grazie ancora per le foto, mia moglie ha pianto 😂

Inviato da iPhone""",
          attach=[png("IMG_4471.PNG")],
          note="Reply to the invoice mail itself: 'Fatto' plus a screenshot of an instant transfer means paid. No amount or number in his words.")

    # --- sarcastic, but paid, with CRO and amount
    c = ("Roberta Cattaneo", "r.cattaneo@cattaneoeventi.it")
    p = thread(DAVIDE, c, "late_fee", "FT-2027-004", eur_it(2440.00), day(2027, 1, 31),
               D(2027, 2, 14, 9, 0, CET), cname="Cattaneo Eventi srl", ckind="company", days_late=14,
               deadline=day(2027, 2, 24), desc="lo sviluppo della piattaforma prenotazioni")
    reply("client-reply-paid", "it", "outlook", c, DAVIDE.pair, D(2027, 2, 15, 9, 5, CET), p, """\
Gentile Davide,

sì, sì, pagata. Da tre settimane, per la precisione: bonifico del 23/01 di 2.440,00 €, CRO 0306912345678901, causale "FT-2027-004". Forse prima di mandare il secondo sollecito valeva la pena dare un'occhiata all'estratto conto 🙂

Le allego di nuovo la contabile, così ce l'ha in due copie.

Roberta Cattaneo
Cattaneo Eventi srl""",
          re_="R:", attach=[pdf("contabile_23012027.pdf", "Contabile bonifico 23/01/2027")],
          facts=dict(amount="2440.00", currency="EUR", reference="FT-2027-004"),
          note="Sarcastic tone ('sì, sì, pagata', the smiley) but a plain statement of payment with date, amount and CRO: paid.")

    # --- hedged promise: 'dovrei riuscire a pagare entro venerdì'
    c = ("Alessio Marras", "alessio.marras@gmail.com")
    p = thread(DAVIDE, c, "due", "FT-2026-038", eur_it(420.00), day(2027, 1, 15), D(2027, 1, 18, 9, 0, CET),
               cname="Alessio Marras", ckind="person", days_late=3, desc="la manutenzione del sito di gennaio")
    reply("client-reply-promise", "it", "gmail", c, DAVIDE.pair, D(2027, 1, 20, 13, 12, CET), p, """\
Ciao Davide,
scusa il ritardo, è stato un mese un po' così. Dovrei riuscire a pagare entro venerdì, al massimo ti scrivo se slitta.
Ciao
Alessio""",
          facts=dict(promised_date="2027-01-22"), rel=("weekday", 4),
          note="Hedged ('dovrei riuscire') but still a promise with a day: venerdì after Wednesday 20 January is the 22nd.")

    # --- paid one invoice, promises the other by month end
    c = ("Elena Riva", "e.riva@bianchicostruzioni.it")
    inv1 = invoice_mail(CHIARA, c, "2026/131", eur_it(1464.00), day(2026, 11, 15), D(2026, 10, 15, 11, 0, CET),
                        "la traduzione del capitolato tecnico")
    st = Prev(CHIARA.pair, c, D(2026, 11, 23, 9, 0, CET), "Promemoria fatture in scadenza",
              reminder_text(CHIARA, "statement", "Bianchi Costruzioni S.p.A.", "company", None, None, None,
                            deadline=day(2026, 12, 3), total=eur_it(2318.00),
                            invoices=[("2026/131", day(2026, 10, 15), day(2026, 11, 15), 8, eur_it(1464.00)),
                                      ("2026/140", day(2026, 10, 26), day(2026, 11, 25), -2, eur_it(854.00))]),
              owner_mid(CHIARA, D(2026, 11, 23, 9, 0, CET), "statement-bianchi"), prev=inv1)
    reply("client-reply-promise", "it", "outlook", c, CHIARA.pair, D(2026, 11, 24, 16, 30, CET), st, """\
Buongiorno dott.ssa Lodi,

la fattura 2026/131 è stata pagata ieri con bonifico (dovrebbe già vederla). Per la 2026/140 invece devo aspettare la firma del titolare, che rientra la prossima settimana: la saldiamo comunque entro fine mese.

Cordiali saluti
Elena Riva
Ufficio Amministrativo
Bianchi Costruzioni S.p.A.""",
          re_="R:", facts=dict(promised_date="2026-11-30"), rel=("eom",),
          note="One invoice paid, the other promised 'entro fine mese': promise wins over paid (precedence); fine mese of November = 30 November. Two invoices, so no reference; the 'prossima settimana' is about the owner returning, not the payment day.")

    # --- part paid now, rest promised on a day
    c = ("Giulia Ferretti", "giulia.ferretti@icloud.com")
    p = thread(MARCO, c, "reminder", "61/2026", eur_it(1200.00), day(2026, 12, 10), D(2026, 12, 28, 9, 0, CET),
               cname="Giulia Ferretti", ckind="person", desc="il servizio fotografico di famiglia e l'album")
    reply("client-reply-promise", "it", "apple", c, MARCO.pair, D(2026, 12, 28, 18, 20, CET), p, """\
Ciao Marco,
ti ho appena mandato 500 euro con un bonifico, il resto (i 700 che mancano) te li faccio avere entro il 15 gennaio, che a fine anno tra regali e tredicesima che non arriva sono un po' a secco.
Spero vada bene, scusami davvero.
Giulia""",
          facts=dict(promised_date="2027-01-15", amount="700.00", currency="EUR"), rel=("day", 15),
          note="Pays 500 now and promises the remaining 700 by 15 January: a paid part with the rest promised on a day is a promise for that day; the amount is the promised 700, not the 500 already sent nor the 1,200 of the reminder.")

    # --- someone else (the partner) will pay on Monday; Libero webmail, iso-8859-1
    c = ("Stefano Gallo", "stefano.gallo@libero.it")
    p = thread(DAVIDE, c, "reminder", "FT-2027-011", eur_it(650.00), day(2027, 2, 28), D(2027, 3, 3, 9, 0, CET),
               cname="Gallo & Serra snc", ckind="company", desc="l'hosting e il dominio 2027")
    reply("client-reply-promise", "it", "webmail", c, DAVIDE.pair, D(2027, 3, 4, 9, 48, CET), p, """\
Buongiorno Davide,
i pagamenti li gestisce il mio socio Andrea Serra, gli ho girato la sua mail. Mi ha detto che lunedì fa il bonifico insieme agli altri fornitori.
Saluti
Stefano Gallo""",
          fmt="plain", charset="iso-8859-15", re_="Rif:", mailer="Libero Mail",
          facts=dict(promised_date="2027-03-08"), rel=("weekday", 0),
          note="The partner will pay, and the client reports the day: still a promise. Lunedì after Thursday 4 March is 8 March.")

    # --- dialect, written late at night: after the holidays, by 10 January
    c = ("Gennaro Esposito", "pizzeriadagennaro@gmail.com")
    p = thread(MARCO, c, "due", "59/2026", eur_it(380.00), day(2026, 12, 15), D(2026, 12, 18, 9, 0, CET),
               cname="Pizzeria da Gennaro", ckind="company", days_late=3, desc="le foto del nuovo menù")
    reply("client-reply-promise", "it", "gmail", c, MARCO.pair, D(2026, 12, 19, 23, 55, CET), p, """\
Marco scusami assai, sto incasinato col locale sotto le feste, nun tengo nemmeno il tempo di respirare. Ti pago dopo le feste, entro il 10 gennaio al massimo, parola mia.
Gennaro""",
          facts=dict(promised_date="2027-01-10"), rel=("abs",),
          note="Neapolitan colouring; 'dopo le feste' alone would be no day, but he adds 'entro il 10 gennaio al massimo'.")

    # --- 'per noi è già pagata' but it is only in the 31 March payment run
    c = ("Laura Conti", "amministrazione@edilnordsrl.it")
    p = thread(CHIARA, c, "reminder", "2027/031", eur_it(915.00), day(2027, 3, 15), D(2027, 3, 22, 9, 0, CET),
               cname="Edilnord Srl", ckind="company", desc="la traduzione della documentazione di gara")
    reply("client-reply-promise", "it", "outlook", c, CHIARA.pair, D(2027, 3, 23, 11, 2, CET), p, """\
Buongiorno,
per noi è già pagata: è inserita nella distinta bonifici fornitori che parte il 31 marzo, come tutte le fatture a 60 gg data fattura fine mese. La vedrà accreditata nei primi giorni di aprile.
Cordiali saluti
Laura Conti
Amministrazione – Edilnord Srl""",
          re_="RE:", facts=dict(promised_date="2027-03-31"), rel=("abs",),
          note="'Per noi è già pagata' is said of a transfer scheduled in the 31 March supplier run: nothing has left yet, so it is a promise for 31 March, not a paid claim.")

    # --- refusal dressed as politeness: re-issue on the agreed words (HTML-only Outlook)
    c = ("Paolo Vergani", "p.vergani@vergani-associati.it")
    p = invoice_mail(CHIARA, c, "2026/112", eur_it(1366.40), day(2026, 12, 5), D(2026, 11, 5, 15, 10, CET),
                     "la traduzione della due diligence (11.200 parole)")
    reply("client-reply-dispute", "it", "outlook", c, CHIARA.pair, D(2026, 11, 10, 17, 40, CET), p, """\
Gentile dott.ssa Lodi,

innanzitutto la ringrazio per la traduzione, che abbiamo apprezzato per puntualità e qualità.

Mi permetto però di farle presente che, in sede di preventivo, si era parlato di circa 8.000 parole, mentre la fattura ne conteggia 11.200. Comprenderà che non ci è possibile riconoscere l'intero importo senza un preventivo aggiornato, che non ci risulta di aver mai approvato. Le proporrei di riemettere la fattura sulle 8.000 parole concordate: sarò lieto di procedere al pagamento immediatamente dopo.

Resto a disposizione per un confronto telefonico.

Cordiali saluti
Paolo Vergani
Vergani & Associati – Studio Legale""",
          fmt="html", re_="R:",
          note="Very polite, but he will not pay the invoice as issued and asks for it to be re-issued on fewer words: dispute; 'sarò lieto di procedere al pagamento' is conditional on the new invoice and loses to dispute by precedence.")

    # --- conditional on a credit note
    c = ("Michela Rota", "michela@rotadesignstudio.it")
    p = thread(DAVIDE, c, "due", "FT-2026-035", eur_it(1586.00), day(2026, 12, 5), D(2026, 12, 8, 9, 0, CET),
               cname="Rota Design Studio", ckind="company", days_late=3, desc="il go-live del portale clienti")
    reply("client-reply-dispute", "it", "gmail", c, DAVIDE.pair, D(2026, 12, 9, 10, 5, CET), p, """\
Ciao Davide,
nessun problema a pagare, ma nella fattura ci sono 3 ore di "assistenza post go-live" che non avevamo concordato (erano incluse nel pacchetto, vedi la tua offerta di settembre). Se ci mandi una nota di credito per quelle 3 ore (195 € + IVA) paghiamo il resto subito, anche domani.
Grazie,
Michela""",
          note="'Nessun problema a pagare' and 'anche domani' sound like a promise, but payment depends on a credit note for 3 hours she contests: dispute by precedence; 195 € is the contested part, not a paid or promised sum.")

    # --- paid part, withholds the rest until the form works
    c = ("Roberto Fumagalli", "roberto@fumagalliinfissi.it")
    p = thread(DAVIDE, c, "reminder", "FT-2027-009", eur_it(1100.00), day(2027, 2, 10), D(2027, 2, 22, 9, 0, CET),
               cname="Fumagalli Infissi", ckind="company", desc="il nuovo sito con preventivatore online")
    reply("client-reply-dispute", "it", "thunderbird", c, DAVIDE.pair, D(2027, 2, 22, 20, 15, CET), p, """\
Buonasera,
ho pagato 400 euro, che è quello che vale il sito per la parte consegnata e funzionante. Il resto non lo pago finché la sezione preventivi online non funziona come da accordi: l'ho provata ieri sera e il modulo non invia niente.
Quando è sistemato ne riparliamo.
Roberto Fumagalli""",
          fmt="plain", cte="8bit",
          facts=dict(amount="400.00", currency="EUR"),
          note="Pays part (400) and withholds the rest until the work is fixed: dispute outranks the paid part. The amount is the 400 he says he paid.")

    # --- duplicate of an invoice already paid (windows-1252)
    c = ("Ufficio contabilità Hotel Bellavista", "contabilita@hotelbellavista-bellagio.it")
    p = thread(MARCO, c, "reminder", "4/2027", eur_it(610.00), day(2027, 1, 20), D(2027, 1, 26, 9, 0, CET),
               cname="Hotel Bellavista", ckind="company", desc="le fotografie della sala colazioni")
    reply("client-reply-dispute", "it", "outlook", c, MARCO.pair, D(2027, 1, 27, 9, 30, CET), p, """\
Buongiorno,
la fattura 4/2027 ci sembra un doppione della 58/2026 (stesso servizio fotografico della sala colazioni, stesso importo di 610,00 €), che risulta già pagata il 12 dicembre. Può verificare? Nel frattempo la mettiamo in sospeso e non la paghiamo.
Grazie
Ufficio contabilità
Hotel Bellavista – Bellagio""",
          charset="windows-1252", re_="R:",
          note="Claims the invoice duplicates one already paid and puts it on hold: dispute. The 'già pagata' is about the older invoice 58/2026, not this one; two invoice numbers, so no reference; 610 is not a sum paid for this invoice.")

    # --- sarcasm: 'Certo, pago subito'
    c = ("Ivana Loi", "ivana.loi@tiscali.it")
    p = thread(MARCO, c, "reminder", "9/2027", eur_it(350.00), day(2027, 3, 1), D(2027, 3, 9, 9, 0, CET),
               cname="Ivana Loi", ckind="person", desc="le fotografie del negozio")
    reply("client-reply-dispute", "it", "gmail", c, MARCO.pair, D(2027, 3, 10, 14, 22, CET), p, """\
Certo, pago subito. 350 euro per delle foto del negozio che alla fine ha dovuto rifare mio nipote col telefono perché le sue erano tutte buie. Ma mi faccia il piacere.
Ivana Loi""",
          note="Sarcasm: 'Certo, pago subito' means the opposite; she contests the quality of the work and will not pay. 350 is the invoice sum she complains about, not a payment.")

    # --- secretary only acknowledges (Outlook, long disclaimer)
    c = ("Segreteria Studio Legale Bassi", "segreteria@studiolegalebassi.it")
    p = invoice_mail(CHIARA, ("Avv. Carlo Bassi", "c.bassi@studiolegalebassi.it"), "2026/121", eur_it(512.40),
                     day(2026, 12, 4), D(2026, 11, 4, 17, 45, CET), "la traduzione giurata del contratto")
    reply("client-reply-other", "it", "outlook", c, CHIARA.pair, D(2026, 11, 5, 12, 10, CET), p, """\
Buongiorno,
ricevo e giro all'Avvocato, che al momento è in udienza.
Cordiali saluti
Martina
Segreteria Studio Legale Bassi

AVVISO DI RISERVATEZZA: Il presente messaggio e gli eventuali allegati sono destinati esclusivamente al destinatario indicato e possono contenere informazioni riservate o coperte da segreto professionale. Qualsiasi utilizzo, divulgazione o copia non autorizzata è vietata. Se avete ricevuto questa comunicazione per errore, vi preghiamo di informarci immediatamente e di distruggerla.""",
          re_="R:", cc=[("Avv. Carlo Bassi", "c.bassi@studiolegalebassi.it")],
          note="The secretary only acknowledges and passes it on: client-reply-other. Nothing about paying.")

    # --- a question about paying by card / PayPal
    c = ("Federica Neri", "fede.neri@icloud.com")
    p = invoice_mail(MARCO, c, "60/2026", eur_it(240.00), day(2026, 12, 27), D(2026, 11, 27, 18, 0, CET),
                     "il book fotografico")
    p.subject = "Fattura 60/2026"
    reply("client-reply-other", "it", "iphone", c, MARCO.pair, D(2026, 11, 28, 10, 30, CET), p, """\
Ciao Marco! Posso pagarti con PayPal o con la carta? Dalla mia banca il bonifico mi costa 2,50 € e non so neanche bene come si fa dall'app 😅
Fede

Inviato da iPhone""",
          note="A question about how to pay, with no commitment to a day or even to paying now: client-reply-other. The 2,50 € is a bank fee.")

    # --- when is it due? and the invoice is missing (Outlook plain, iso-8859-1)
    c = ("Claudio Benassi", "claudio@benassimpianti.it")
    p = thread(DAVIDE, c, "courtesy", "FT-2026-033", eur_it(780.00), day(2026, 11, 20), D(2026, 11, 11, 9, 0, CET),
               cname="Benassi Impianti srl", ckind="company", issue=day(2026, 10, 21),
               desc="il gestionale interventi")
    reply("client-reply-other", "it", "outlook", c, DAVIDE.pair, D(2026, 11, 12, 8, 5, CET), p, """\
Buongiorno Davide, ma questa quando scade esattamente? Nella mail dice il 20 ma io ricordavo 60 giorni, magari mi sbaglio. E comunque non trovo la fattura in allegato, me la rimanda per favore?
Claudio""",
          fmt="plain", charset="windows-1252", re_="R:", variant="owa",
          note="Questions (due date, the missing PDF); he wonders about 60 days but does not contest or refuse: client-reply-other.")

    # --- a transfer that bounced back; nothing sent again yet
    c = ("Anna Marchi", "anna.marchi75@gmail.com")
    p = thread(CHIARA, c, "reminder", "2026/128", eur_it(298.00), day(2026, 11, 30), D(2026, 12, 15, 9, 0, CET),
               cname="Anna Marchi", ckind="person", desc="la traduzione dei documenti per il visto")
    reply("client-reply-other", "it", "gmail", c, CHIARA.pair, D(2026, 12, 15, 17, 45, CET), p, """\
Buonasera Chiara,
ero convinta di averla pagata a fine novembre, e infatti il bonifico l'avevo fatto, ma oggi controllando l'home banking vedo che mi è tornato indietro: "IBAN beneficiario inesistente". Forse ho sbagliato a copiare qualcosa. Mi riconferma l'IBAN esatto?
Grazie e scusi il disguido
Anna Marchi""",
          note="She did pay, but the transfer came back and nothing has been sent again; she asks for the IBAN: client-reply-other, not paid.")

    # --- wrong thread: answers the reminder about the next shoot
    c = ("Sergio Villa", "sergio.villa@villaceramiche.it")
    p = thread(MARCO, c, "reminder", "2/2027", eur_it(1340.00), day(2027, 1, 31), D(2027, 2, 9, 9, 0, CET),
               cname="Villa Ceramiche S.p.A.", ckind="company", desc="il catalogo autunno-inverno")
    reply("client-reply-other", "it", "outlook", c, MARCO.pair, D(2027, 2, 10, 7, 58, CET), p, """\
Ciao Marco,
per lo shooting del nuovo catalogo confermiamo giovedì 18 alle 9:30 in showroom. Porta anche il fondale grigio dell'altra volta se ce l'hai ancora. Ti mando a parte la lista dei pezzi.
Sergio

Sergio Villa
Marketing & Comunicazione
Villa Ceramiche S.p.A. – Sassuolo (MO)""",
          re_="R:",
          note="Written in the reminder's thread but about the next photo shoot; 'giovedì 18' is the shoot, not a payment date: client-reply-other.")

    # --- forwards the reminder to the bookkeeper with the freelancer in copy
    c = ("Fabio Longhi", "fabio.longhi@longhilogistica.it")
    p = thread(DAVIDE, c, "due", "FT-2027-012", eur_it(2196.00), day(2027, 2, 26), D(2027, 3, 1, 9, 0, CET),
               cname="Longhi Logistica srl", ckind="company", days_late=3, desc="il gestionale magazzino")
    fwd_text = f"""\
Paola ciao, mi paghi per favore questa di Davide? È quella del gestionale, l'ho approvata io. Lo metto in copia così sa che ci stiamo muovendo.
Grazie
Fabio

---------- Messaggio inoltrato ---------
Da: {DAVIDE.name} <{DAVIDE.addr}>
Date: {IT_WD_AB[0]} 1 mar 2027 alle ore 09:00
Subject: {p.subject}
To: {c[0]} <{c[1]}>

{p.text}"""
    reply("client-reply-other", "it", "gmail", c,
          [("Paola Ferri", "amministrazione@longhilogistica.it")], D(2027, 3, 2, 9, 12, CET), p, fwd_text,
          subj="Fwd: " + p.subject, cc=[DAVIDE.pair], quote=False,
          own_text="Paola ciao, mi paghi per favore questa di Davide? È quella del gestionale, l'ho approvata io. "
                   "Lo metto in copia così sa che ci stiamo muovendo.\nGrazie\nFabio",
          note="A forward to the client's own bookkeeper, with the freelancer in Cc: he asks her to pay but tells the freelancer no day and makes no statement that it is paid; read as 'forwarded to accounts', client-reply-other.")

    # --- bank notice of an incoming transfer (HTML, base64)
    txt = """\
Gentile Cliente,
ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico.

Ordinante: BIANCHI COSTRUZIONI S.P.A.
Importo: 1.464,00 EUR
Data valuta: 25/11/2026
Causale: SALDO FATTURA N. 2026/131 DEL 15/10/2026
TRN: 0306912345678901234567890IT

Per visualizzare i dettagli accedi all'Internet Banking o all'app.
Questo messaggio è generato automaticamente: ti preghiamo di non rispondere."""
    rows = "".join(f"<tr><td style=\"color:#666;padding:4px 12px 4px 0\">{html.escape(k)}</td>"
                   f"<td style=\"font-weight:bold\">{html.escape(v)}</td></tr>"
                   for k, v in [("Ordinante", "BIANCHI COSTRUZIONI S.P.A."), ("Importo", "1.464,00 EUR"),
                                ("Data valuta", "25/11/2026"),
                                ("Causale", "SALDO FATTURA N. 2026/131 DEL 15/10/2026"),
                                ("TRN", "0306912345678901234567890IT")])
    hb = ("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\"><title>Accredito bonifico</title></head>"
          "<body style=\"font-family:Arial,sans-serif;font-size:14px;color:#222\">"
          "<table width=\"600\" align=\"center\"><tr><td style=\"background:#0b4a7d;color:#fff;padding:14px;font-size:18px\">"
          "Banca del Lario</td></tr><tr><td style=\"padding:16px\"><p>Gentile Cliente,</p><p>ti informiamo che sul tuo "
          "conto corrente n. ****3456 è stato accreditato un bonifico.</p><table>" + rows + "</table><p>Per visualizzare "
          "i dettagli accedi all'Internet Banking o all'app.</p><p style=\"font-size:11px;color:#888\">Questo messaggio "
          "è generato automaticamente: ti preghiamo di non rispondere.</p></td></tr></table></body></html>")
    b = multipart("alternative", [text_part(txt, cte="quoted-printable"), text_part(hb, "html", cte="base64")],
                  "----=_NextPart_BDL_" + h8("bdl", 16))
    d = D(2026, 11, 26, 6, 12, CET)
    custom("payment-notification", "it",
           [("Return-Path", "<noreply@notifiche.bancadellario.it>"),
            ("Date", format_datetime(d)), ("From", addr(("Banca del Lario", "noreply@notifiche.bancadellario.it"))),
            ("To", addr(CHIARA.pair)), ("Subject", "Accredito bonifico sul conto ****3456"),
            ("Message-ID", f"<{h8('bdl-msg', 20)}@notifiche.bancadellario.it>"),
            ("Auto-Submitted", "auto-generated"), ("X-Mailer", "BDL Notifiche 4.2")], b, txt,
           facts=dict(amount="1464.00", currency="EUR", reference="2026/131"),
           note="Bank notice of an incoming transfer; the causale names invoice 2026/131 (the date after it is the invoice date).")

    # --- out of office with a mention of payments
    c = ("Luisa Pozzi", "amministrazione@pozzitrasporti.it")
    p = thread(CHIARA, c, "reminder", "2026/133", eur_it(427.00), day(2026, 12, 10), D(2026, 12, 23, 9, 0, CET),
               cname="Pozzi Trasporti srl", ckind="company")
    txt = """\
Buongiorno,
l'ufficio amministrativo resterà chiuso per le festività natalizie. Sarò fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta.
Per pagamenti urgenti o comunicazioni relative alle fatture potete contattare il sig. Giuseppe Pozzi al 335 6120 448.

Luisa Pozzi
Pozzi Trasporti srl"""
    d = D(2026, 12, 23, 9, 0, CET, s=41)
    custom("auto-reply", "it",
           [("Return-Path", "<amministrazione@pozzitrasporti.it>"), ("Date", format_datetime(d)),
            ("From", addr(c)), ("To", addr(CHIARA.pair)), ("Subject", "Risposta automatica: " + p.subject),
            ("Message-ID", f"<{h8('pozzi-oof', 32)}@AM6PR03MB4120.eurprd03.prod.outlook.com>"),
            ("In-Reply-To", p.mid), ("References", p.mid), ("Auto-Submitted", "auto-replied"),
            ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", c[1]),
            ("Content-Language", "it-IT")],
           text_part(txt, charset="utf-8", cte="quoted-printable"), txt,
           facts=dict(return_date="2027-01-06"), rel=("abs",),
           note="Out of office until 6 January inclusive; it mentions payments but is an automatic answer, not a client's reply.")

    # --- bounce in Italian (provider wording + DSN)
    bad = "fatture@ristorantedamario.it"
    p = thread(MARCO, ("Ristorante da Mario", bad), "reminder", "3/2027", eur_it(290.00), day(2027, 1, 31),
               D(2027, 2, 8, 9, 0, CET), cname="Ristorante da Mario", ckind="company")
    d = D(2027, 2, 8, 9, 0, CET, s=19)
    human = f"""\
Questo è il sistema di posta all'indirizzo smtp-out.aruba.it.

Siamo spiacenti di informarla che il suo messaggio non è stato recapitato
a uno o più destinatari. Il messaggio originale è allegato.

Per ulteriore assistenza, contatti il suo amministratore di posta.

                   Il sistema di posta

<{bad}>: host mx.ristorantedamario.it[93.41.212.17] said: 550 5.1.1
    <{bad}>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)"""
    status = f"""\
Reporting-MTA: dns; smtp-out.aruba.it
X-Postfix-Queue-ID: 4Xq2Fm3Lz9z1xVt
X-Postfix-Sender: rfc822; {MARCO.addr}
Arrival-Date: {format_datetime(p.date)}

Final-Recipient: rfc822; {bad}
Original-Recipient: rfc822;{bad}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.ristorantedamario.it
Diagnostic-Code: smtp; 550 5.1.1 <{bad}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    orig = (f"Return-Path: <{MARCO.addr}>\nDate: {format_datetime(p.date)}\nFrom: {addr(MARCO.pair)}\n"
            f"To: {bad}\nSubject: {p.subject}\nMessage-ID: {p.mid}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: 8bit\n\n" + p.text + "\n")
    b = multipart("report", [text_part(human, charset="utf-8", cte="8bit"),
                             Part([("Content-Description", "Delivery report"),
                                   ("Content-Type", "message/delivery-status")], status.encode()),
                             Part([("Content-Description", "Undelivered Message"),
                                   ("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "8bit")],
                                  orig.encode("utf-8"))],
                  "4Xq2Fm3Lz9z1xVt.1770537619/smtp-out.aruba.it", extra="; report-type=delivery-status")
    custom("bounce", "it",
           [("Return-Path", "<>"), ("Date", format_datetime(d)),
            ("From", addr(("Mail Delivery System", "MAILER-DAEMON@smtp-out.aruba.it"))),
            ("To", MARCO.addr), ("Subject", "Messaggio non recapitato: " + p.subject),
            ("Message-ID", f"<20270208080019.4Xq2Fm3Lz9z1xVt@smtp-out.aruba.it>"),
            ("Auto-Submitted", "auto-replied")], b, human + "\n" + status,
           facts=dict(failed_recipient=bad, permanent=True),
           note="Provider bounce in Italian with a DSN: 550 5.1.1 user unknown, permanent.")

    # --- e-invoicing delivery receipt: not a payment
    txt = """\
Gentile Chiara Lodi,

ti confermiamo che la fattura elettronica n. 2027/022 del 12/02/2027, emessa nei confronti di ROSSI SERVIZI SRL, è stata consegnata al destinatario tramite il Sistema di Interscambio.

Identificativo SdI: 11834570921
Esito: RC – Ricevuta di consegna
Data consegna: 13/02/2027 08:41

La ricevuta è disponibile nella sezione "Fatture emesse".

Il team di FatturaSmart
Questa è una email automatica, non rispondere a questo indirizzo."""
    d = D(2027, 2, 13, 8, 44, CET)
    custom("other", "it",
           [("Return-Path", "<noreply@fatturasmart.it>"), ("Date", format_datetime(d)),
            ("From", addr(("FatturaSmart", "noreply@fatturasmart.it"))), ("To", addr(CHIARA.pair)),
            ("Subject", "Fattura 2027/022 consegnata al destinatario"),
            ("Message-ID", f"<{h8('fsmart', 24)}@mailer.fatturasmart.it>"), ("Auto-Submitted", "auto-generated"),
            ("List-Unsubscribe", "<mailto:unsubscribe@fatturasmart.it>")],
           text_part(txt, cte="quoted-printable"), txt,
           note="An e-invoicing service says the invoice was delivered through SdI: no money moved, so other (not payment-notification).")


# ================================================================= ESPAÑOL

def spanish():
    # --- 'creo que ya está': hedged paid, done by the partner
    c = ("Marta Soler", "marta@solerinteriorisme.cat")
    p = thread(JORDI, c, "reminder", "2026/0142", eur_es(847.00), day(2026, 11, 10), D(2026, 11, 19, 9, 0, CET),
               cname="Soler Interiorisme SL", ckind="company", desc="el mantenimiento de la tienda online")
    reply("client-reply-paid", "es", "gmail", c, JORDI.pair, D(2026, 11, 19, 21, 40, CET), p, """\
Hola Jordi,
creo que ya está, lo hizo mi socio el martes desde la cuenta de la empresa. Si el lunes no te ha llegado dímelo y lo miramos.
Un abrazo,
Marta""",
          note="Hedged ('creo que ya está') but it says the partner made the payment on Tuesday: paid. 'Si el lunes no te ha llegado' is a check, not a promise.")

    # --- paid with amount, asks for confirmation
    c = ("Andrés Molina", "amolina@molinareformas.es")
    p = thread(LUCIA, c, "late_fee", "F-2026-087", eur_es(1210.00), day(2026, 11, 15), D(2026, 12, 1, 9, 0, CET),
               cname="Molina Reformas S.L.", ckind="company", days_late=16, deadline=day(2026, 12, 11),
               desc="el diseño del catálogo de cocinas")
    reply("client-reply-paid", "es", "outlook", c, LUCIA.pair, D(2026, 12, 2, 12, 31, CET), p, """\
Buenos días Lucía:

Te confirmo que esta mañana hemos hecho la transferencia de 1.210,00 € correspondiente a la factura F-2026-087. ¿Me puedes confirmar cuando te llegue? Es la primera vez que pagamos desde la cuenta nueva del banco y quiero asegurarme de que funciona bien.

Gracias y perdona el retraso.

Andrés Molina
Molina Reformas S.L.
Tel. 976 55 21 08""",
          re_="RE:",
          facts=dict(amount="1210.00", currency="EUR", reference="F-2026-087"),
          note="Transfer made this morning, with amount and number; the request to confirm receipt does not make it client-reply-other.")

    # --- Bizum from a Samsung phone, plain base64
    c = ("Paco Ruiz", "pacoruiz.fotografia@gmail.com")
    p = thread(NEREA, c, "due", "A-26/051", eur_es(85.00), day(2027, 1, 5), D(2027, 1, 8, 10, 0, CET),
               cname="Paco Ruiz", ckind="person", days_late=3, desc="la traducción de la web al euskera")
    reply("client-reply-paid", "es", "samsung", c, NEREA.pair, D(2027, 1, 9, 13, 5, CET), p, """\
Hola Nerea te acabo de hacer un bizum de 85€, era eso no? Si falta algo me dices

Enviado desde mi Galaxy""",
          fmt="plain", cte="base64", re_="RE:", mailer="Samsung Mail",
          facts=dict(amount="85.00", currency="EUR"),
          note="Paid by Bizum from a phone; 'era eso no?' checks the amount, it does not make the payment uncertain.")

    # --- the client's accountant writes for him; the client's forward to the gestoría is quoted below
    c = ("Beatriz Martín", "bmartin@martinasesores.es")
    rem = thread(LUCIA, ("Ernesto Vidal", "ernesto.vidal@vidalmuebles.es"), "reminder", "F-2026-091",
                 eur_es(605.00), day(2026, 12, 10), D(2026, 12, 21, 9, 0, CET), cname="Ernesto Vidal",
                 ckind="person", desc="la identidad visual de la tienda")
    fwd = Prev(("Ernesto Vidal", "ernesto.vidal@vidalmuebles.es"), [c], D(2026, 12, 21, 20, 14, CET),
               "RV: " + rem.subject, "Beatriz, ¿esto no lo pagasteis ya? Contéstale tú, por favor.\nErnesto",
               f"<{h8('vidal-fwd', 30)}@vidalmuebles.es>", prev=rem, quoted=True)
    reply("client-reply-paid", "es", "outlook", c, LUCIA.pair, D(2026, 12, 22, 10, 48, CET), fwd, """\
Buenos días, Sra. Herrero:

Le escribo en nombre de nuestro cliente D. Ernesto Vidal, cuya contabilidad llevamos. Le informo de que la factura F-2026-091 se abonó mediante transferencia el pasado 18 de diciembre. Le adjunto el justificante bancario.

Para cualquier cuestión relativa a facturación puede dirigirse directamente a esta dirección.

Atentamente,

Beatriz Martín
Martín Asesores – Gestoría Administrativa
C/ Mayor 12, 2.º – 50001 Zaragoza

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos forman parte de un fichero responsabilidad de Martín Asesores, S.L., con la finalidad de gestionar la relación profesional.""",
          re_="RE:", cc=[("Ernesto Vidal", "ernesto.vidal@vidalmuebles.es")],
          attach=[pdf("Justificante_transferencia_F-2026-091.pdf", "Justificante transferencia")],
          facts=dict(reference="F-2026-091"),
          note="The client's gestoría answers for him: paid on 18 December, receipt attached. The client's own question '¿esto no lo pagasteis ya?' is in the quoted forward, not the reply.")

    # --- paid, and fed up with the reminders
    c = ("Rubén Castaño", "ruben.castano@icloud.com")
    p = thread(JORDI, c, "due", "2027/0003", eur_es(363.00), day(2027, 1, 10), D(2027, 1, 13, 9, 0, CET),
               cname="Rubén Castaño", ckind="person", days_late=3, desc="la app de reservas del gimnasio")
    reply("client-reply-paid", "es", "iphone", c, JORDI.pair, D(2027, 1, 13, 18, 22, CET), p, """\
Pagado el lunes. Y por favor quítame de esos recordatorios automáticos, que me llegan cada dos días y parezco un moroso 😤
Rubén

Enviado desde mi iPhone""",
          note="Paid on Monday, plus a complaint about the automatic reminders: the complaint is not a dispute of the invoice.")

    # --- Argentine client: paid by Wise, asks about paying in dollars next time
    c = ("Martín Gutiérrez", "martin.gutierrez@estudiogutierrez.com.ar")
    p = thread(NEREA, c, "reminder", "A-27/004", eur_es(300.00), day(2027, 1, 25), D(2027, 2, 4, 9, 0, CET),
               cname="Martín Gutiérrez", ckind="person", desc="la traducción del contrato de coproducción")
    reply("client-reply-paid", "es", "gmail", c, NEREA.pair, D(2027, 2, 4, 16, 10, ART), p, """\
Hola Nerea, ¿cómo andás?
Ya te mandé la plata por Wise, 300 euros justos, te tendría que llegar hoy o mañana. Te adjunto el comprobante.
Una consulta: para las próximas traducciones, ¿te puedo pagar en dólares? Acá conseguir euros es un lío bárbaro.
Abrazo grande,
Martín""",
          attach=[pdf("comprobante_wise_transfer.pdf", "Wise transfer receipt")],
          facts=dict(amount="300.00", currency="EUR"),
          note="Rioplatense Spanish: paid by Wise with a receipt, then a question about future invoices; the question is about the next jobs, so paid.")

    # --- 'el viernes sin falta'
    c = ("Elena Navarro", "elena@navarroestudio.es")
    p = thread(LUCIA, c, "due", "F-2026-089", eur_es(544.50), day(2026, 11, 20), D(2026, 11, 23, 8, 0, CET),
               cname="Navarro Estudio", ckind="company", days_late=3, desc="las ilustraciones del folleto")
    reply("client-reply-promise", "es", "gmail", c, LUCIA.pair, D(2026, 11, 23, 9, 15, CET), p, """\
Hola Lucía,
tienes toda la razón, se nos ha pasado. Lo pago el viernes sin falta, que es cuando hacemos las transferencias a proveedores.
Perdona!
Elena""",
          facts=dict(promised_date="2026-11-27"), rel=("weekday", 4),
          note="Promise for Friday: written on Monday 23 November, so the 27th.")

    # --- part paid today, the rest on the 30th
    c = ("Sergio Blanco", "sergio.blanco@blancoconsultores.es")
    p = thread(JORDI, c, "reminder", "2027/0021", eur_es(750.00), day(2027, 3, 5), D(2027, 3, 16, 9, 0, CET),
               cname="Sergio Blanco", ckind="person", desc="la migración del CRM")
    reply("client-reply-promise", "es", "outlook", c, JORDI.pair, D(2027, 3, 16, 19, 40, CET), p, """\
Hola Jordi:
Te he hecho hoy una transferencia de 300 € y los 450 restantes te los pago el día 30, que es cuando cobro yo de un cliente. Espero que no haya problema.
Saludos,
Sergio Blanco""",
          re_="RE:", facts=dict(promised_date="2027-03-30", amount="450.00", currency="EUR"), rel=("day", 30),
          note="300 paid today and the remaining 450 promised for the 30th: a promise for 30 March, amount the promised 450.")

    # --- the gestoría pays 'el martes'; Basque greetings
    c = ("Iñaki Zubiri", "inaki@kultur-elkartea.eus")
    p = thread(NEREA, c, "reminder", "A-27/008", eur_es(412.00), day(2027, 2, 10), D(2027, 2, 17, 9, 0, CET),
               cname="Kultur Elkartea", ckind="company", desc="la traducción de la memoria anual")
    reply("client-reply-promise", "es", "thunderbird", c, NEREA.pair, D(2027, 2, 18, 11, 25, CET), p, """\
Kaixo Nerea,
la factura la paga la gestoría, que es la que lleva los pagos de la asociación. Ya les he pasado tus datos y me dicen que el martes la tienes.
Eskerrik asko,
Iñaki""",
          fmt="plain", cte="8bit", flowed=True,
          facts=dict(promised_date="2027-02-23"), rel=("weekday", 1),
          note="Someone else (the gestoría) pays, and the client passes on the day: promise for Tuesday 23 February (written Thursday the 18th). Basque greetings, Spanish text.")

    # --- Mexico City, late at night: 'mañana sin falta'
    c = ("Alejandra Ríos", "ale.rios@riosarquitectura.mx")
    p = thread(LUCIA, c, "late_fee", "F-2027-004", eur_es(968.00), day(2027, 1, 10), D(2027, 1, 26, 9, 0, CET),
               cname="Alejandra Ríos", ckind="person", days_late=16, deadline=day(2027, 2, 5),
               desc="el rediseño de la marca")
    reply("client-reply-promise", "es", "gmail", c, LUCIA.pair, D(2027, 1, 26, 23, 40, MEX), p, """\
Hola Lucía, mil disculpas!! Ando corta esta semana pero mañana sin falta te deposito, te mando el comprobante en cuanto lo haga.
Saludos!
Ale""",
          facts=dict(promised_date="2027-01-27"), rel=("tomorrow",),
          note="'Mañana' resolved in the sender's time zone: sent 26 January 23:40 in Mexico City (already the 27th in Europe), so tomorrow is 27 January, not the 28th.")

    # --- hedged 'intentaré antes de fin de mes' plus a question
    c = ("Carmen Ortega", "carmen.ortega@ortegahermanos.es")
    p = thread(JORDI, c, "reminder", "2027/0011", eur_es(1452.00), day(2027, 1, 31), D(2027, 2, 8, 9, 0, CET),
               cname="Ortega Hermanos, S.L.", ckind="company", desc="el desarrollo del portal de pedidos")
    reply("client-reply-promise", "es", "outlook", c, JORDI.pair, D(2027, 2, 8, 10, 2, CET), p, """\
Buenos días Jordi,
este mes vamos un poco justos de tesorería. Intentaré pagarla antes de fin de mes; si no pudiera, te aviso con tiempo. ¿Te importaría que fuera en dos pagos si hiciera falta?
Un saludo,
Carmen Ortega
Administración – Ortega Hermanos, S.L.""",
          re_="RE:", variant="owa", facts=dict(promised_date="2027-02-28"), rel=("eom",),
          note="Hedged ('intentaré') promise with a day: fin de mes of February = 28 February. The question about two instalments does not turn it into client-reply-other.")

    # --- wrong hourly rate; pays once corrected
    c = ("Pablo Ferrer", "pablo@ferrerbikes.com")
    p = thread(JORDI, c, "reminder", "2026/0150", eur_es(1742.40), day(2026, 11, 20), D(2026, 11, 30, 9, 0, CET),
               cname="Ferrer Bikes", ckind="company", desc="32 horas de desarrollo")
    reply("client-reply-dispute", "es", "gmail", c, JORDI.pair, D(2026, 11, 30, 16, 45, CET), p, """\
Hola Jordi,
revisando la factura veo que has puesto las horas a 45 €, pero en el presupuesto que te aceptamos eran 40 €/hora. Son 32 horas, así que la diferencia son 160 € más IVA. Mándame una factura rectificativa con el precio correcto y te la pago en el día.
Gracias,
Pablo""",
          note="Contests the hourly rate and asks for a corrected invoice: dispute, even though he would pay 'en el día' once corrected.")

    # --- paid the chapters, refuses the annex (HTML-only Outlook)
    c = ("Laura Gil", "administracion@editorialmontana.es")
    p = thread(NEREA, c, "reminder", "A-26/049", eur_es(820.00), day(2027, 1, 5), D(2027, 1, 18, 9, 0, CET),
               cname="Editorial Montaña", ckind="company", desc="la traducción de la guía de montaña")
    reply("client-reply-dispute", "es", "outlook", c, NEREA.pair, D(2027, 1, 19, 12, 0, CET), p, """\
Estimada Nerea:

Te informamos de que hoy hemos abonado 600 €, correspondientes a los capítulos 1 a 6, que son los que encargamos y recibimos. El anexo técnico (unas 2.000 palabras) no formaba parte del encargo, por lo que esa parte de la factura no la vamos a abonar.

Si quieres, puedes emitir una factura rectificativa por el importe correcto para que cuadre en contabilidad.

Un saludo,

Laura Gil
Departamento de Administración
Editorial Montaña""",
          fmt="html", re_="RE:", html_cte="base64",
          facts=dict(amount="600.00", currency="EUR"),
          note="Pays part (600) and refuses the rest: dispute wins over the paid part; the amount is the 600 paid.")

    # --- a polite, warm refusal
    c = ("Teresa Vidal", "teresa@elfarocultural.org")
    p = thread(LUCIA, c, "reminder", "F-2027-012", eur_es(1089.00), day(2027, 2, 15), D(2027, 2, 25, 9, 0, CET),
               cname="Asociación Cultural El Faro", ckind="company", desc="el cartel y la imagen del festival")
    reply("client-reply-dispute", "es", "gmail", c, LUCIA.pair, D(2027, 2, 25, 13, 30, CET), p, """\
Hola Lucía:

Antes que nada, muchísimas gracias por tu trabajo y por la paciencia que has tenido con nosotros estos meses. De verdad que los bocetos nos encantaron.

Lamentablemente, como sabes, el festival se ha cancelado por falta de subvención y la junta ha decidido no asumir ningún gasto vinculado a él. Siento mucho tener que decirte que no vamos a poder hacernos cargo de esta factura.

Ojalá podamos colaborar en otra ocasión con más suerte.

Un abrazo,
Teresa""",
          note="Warm and grateful, but a clear refusal to pay ('no vamos a poder hacernos cargo de esta factura'): dispute.")

    # --- sarcasm, then the real point (iso-8859-1 webmail)
    c = ("Raúl Domínguez", "rauldominguez@telefonica.net")
    p = thread(JORDI, c, "reminder", "2026/0155", eur_es(580.80), day(2026, 12, 1), D(2026, 12, 10, 9, 0, CET),
               cname="Raúl Domínguez", ckind="person", desc="los cambios en la web del taller")
    reply("client-reply-dispute", "es", "webmail", c, JORDI.pair, D(2026, 12, 11, 9, 50, CET), p, """\
Genial, otra factura por "cambios" que en realidad eran arreglos de TUS errores. Claro que sí, ahora mismo la pago, faltaría más.

Ya en serio: no pienso pagar las 6 horas de corrección de bugs. Quítalas y hablamos.

Raúl""",
          fmt="plain", charset="iso-8859-15", mailer="Roundcube Webmail/1.6.9",
          note="'Ahora mismo la pago, faltaría más' is sarcasm; he refuses the 6 hours of bug fixing: dispute.")

    # --- asks a discount for late delivery, would pay this week
    c = ("Jorge Peña", "jorge@penainmobiliaria.es")
    p = thread(LUCIA, c, "late_fee", "F-2027-015", eur_es(2420.00), day(2027, 2, 20), D(2027, 3, 9, 9, 0, CET),
               cname="Peña Inmobiliaria", ckind="company", days_late=17, deadline=day(2027, 3, 19),
               desc="la nueva web")
    reply("client-reply-dispute", "es", "outlook", c, LUCIA.pair, D(2027, 3, 9, 17, 5, CET), p, """\
Hola Lucía,

Sobre esta factura: la web se entregó con casi tres semanas de retraso sobre lo acordado y eso nos hizo perder la campaña de febrero. ¿Podrías hacernos un 15 % de descuento? Si te parece bien, mándanos la factura corregida y la pagamos esta misma semana.

Un saludo,
Jorge Peña
Peña Inmobiliaria""",
          re_="RE:",
          note="Asks for a 15% discount and a corrected invoice; 'la pagamos esta misma semana' depends on it: dispute by precedence.")

    # --- can I pay by card?
    c = ("Silvia Romero", "silvia@romerocatering.es")
    p = invoice_mail(NEREA, c, "A-26/041", eur_es(190.00), day(2026, 12, 5), D(2026, 11, 5, 18, 30, CET),
                     "la traducción de la carta del restaurante")
    reply("client-reply-other", "es", "gmail", c, NEREA.pair, D(2026, 11, 6, 10, 12, CET), p, """\
Hola Nerea,
gracias por la factura. Una pregunta tonta: ¿se puede pagar con tarjeta? Es que la cuenta de la empresa la lleva mi marido y está de viaje hasta el 20, y prefiero no tenerlo pendiente.
Silvia""",
          note="A question about paying by card; 'hasta el 20' is when her husband is back, not a promised day: client-reply-other.")

    # --- receptionist forwards to accounts with the freelancer in copy (RV:)
    c = ("Noelia Sáez", "recepcion@clinicasonrisa.es")
    p = thread(LUCIA, ("Clínica Dental Sonrisa", "recepcion@clinicasonrisa.es"), "reminder", "F-2026-093",
               eur_es(726.00), day(2026, 12, 1), D(2026, 12, 14, 9, 0, CET), cname="Clínica Dental Sonrisa",
               ckind="company", desc="los folletos y la señalética")
    reply("client-reply-other", "es", "outlook", c, [("Contabilidad Clínica Sonrisa", "contabilidad@clinicasonrisa.es")],
          D(2026, 12, 14, 13, 2, CET), p, """\
Buenas tardes,
Recibido. Se lo paso a contabilidad (en copia), que son quienes gestionan los pagos.
Un saludo,
Noelia
Recepción – Clínica Dental Sonrisa""",
          subj="RV: " + p.subject, cc=[LUCIA.pair],
          note="Receptionist forwards it to accounts and only acknowledges: client-reply-other.")

    # --- transfer returned by the bank
    c = ("Héctor Prieto", "hector.prieto@gmail.com")
    p = thread(JORDI, c, "reminder", "2027/0006", eur_es(435.60), day(2027, 1, 15), D(2027, 1, 27, 9, 0, CET),
               cname="Héctor Prieto", ckind="person", desc="la configuración del servidor")
    reply("client-reply-other", "es", "gmail", c, JORDI.pair, D(2027, 1, 28, 15, 45, CET), p, """\
Hola Jordi,
te la pagué la semana pasada pero hoy me ha devuelto el banco la transferencia, dice "cuenta de destino no válida". He mirado el IBAN que pone en el recordatorio y me parece que me falta un dígito... ¿me lo puedes confirmar?
Héctor""",
          note="'Te la pagué' but the bank returned the transfer and nothing has been sent again; he asks for the IBAN: client-reply-other.")

    # --- wrong thread: corrections for another job
    c = ("Cristina Lara", "cristina@laracomunicacion.es")
    p = thread(NEREA, c, "reminder", "A-27/006", eur_es(265.00), day(2027, 2, 1), D(2027, 2, 11, 9, 0, CET),
               cname="Lara Comunicación", ckind="company", desc="la traducción del folleto")
    reply("client-reply-other", "es", "outlook", c, NEREA.pair, D(2027, 2, 12, 11, 20, CET), p, """\
Hola Nerea:
Te paso las correcciones del cliente sobre el folleto en euskera, van en el PDF adjunto con comentarios. Sobre todo la página 3, que no les convence "bezeroa" para "cliente".
¿Lo tendrías para el jueves?
Gracias!
Cristina""",
          re_="RE:", attach=[pdf("folleto_euskera_correcciones.pdf", "Correcciones folleto")],
          note="Replies in the reminder's thread about corrections to another job; the PDF is a proof with comments, not a receipt, and 'el jueves' is a work deadline: client-reply-other.")

    # --- Las Palmas: can't find the invoice
    c = ("Diego Morales", "diego@moralesnautica.es")
    p = thread(LUCIA, c, "courtesy", "F-2026-085", eur_es(399.30), day(2026, 11, 5), D(2026, 11, 2, 9, 0, CET),
               cname="Morales Náutica", ckind="company", issue=day(2026, 10, 6), desc="el logotipo")
    reply("client-reply-other", "es", "gmail", c, LUCIA.pair, D(2026, 11, 3, 8, 30, GMT), p, """\
Buenos días Lucía,
perdona, pero no encuentro la factura por ningún lado, ni en el correo ni en la carpeta de la gestoría. ¿Me la podrías reenviar? Sin la factura no me dejan pagarla. Y otra cosa, ¿hasta cuándo tengo exactamente? Aquí en Canarias vamos con una hora menos, jeje.
Gracias,
Diego""",
          note="Asks for the invoice again and the due date: client-reply-other. Written from Las Palmas (UTC+0).")

    # --- no longer handles the accounts
    c = ("Álvaro Sanz", "alvaro.sanz@tallersroca.cat")
    p = thread(JORDI, c, "reminder", "2027/0016", eur_es(1210.00), day(2027, 2, 20), D(2027, 3, 1, 8, 0, CET),
               cname="Tallers Roca SL", ckind="company", desc="la intranet")
    reply("client-reply-other", "es", "gmail", c, JORDI.pair, D(2027, 3, 1, 8, 55, CET), p, """\
Hola Jordi,
te contesto por si acaso: yo ya no llevo las cuentas de Tallers Roca desde enero, me han pasado a otro departamento. Los pagos ahora los gestiona Montse Vila (montse.vila@tallersroca.cat). Reenvíale el recordatorio a ella, que yo no puedo hacer nada.
Saludos,
Álvaro""",
          re_="RE:",
          note="A person (not an auto-reply) says he no longer handles payments and names who does: client-reply-other.")

    # --- bank notice (Spanish)
    txt = """\
Hola, LUCIA HERRERO GARCIA:

Has recibido una transferencia en tu cuenta ES91 **** **** **** **** 1332.

Importe: 1.210,00 EUR
Ordenante: MOLINA REFORMAS SL
Concepto: FRA F-2026-087
Fecha valor: 03/12/2026

Puedes consultar el detalle en la app o en Banca Online.
Este es un mensaje automático, por favor no respondas a este correo."""
    hb = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Helvetica,Arial,sans-serif\">"
          "<div style=\"max-width:560px;margin:auto\"><h2 style=\"color:#007eae\">Transferencia recibida</h2>"
          + "".join(f"<p>{esc_lines(x)}</p>" for x in txt.split("\n\n")) + "</div></body></html>")
    b = multipart("alternative", [text_part(txt, charset="iso-8859-1"), text_part(hb, "html", cte="base64")],
                  "=_" + h8("ribera", 24))
    d = D(2026, 12, 3, 7, 30, CET)
    custom("payment-notification", "es",
           [("Return-Path", "<avisos@notificaciones.bancoribera.es>"), ("Date", format_datetime(d)),
            ("From", addr(("Banco Ribera", "avisos@notificaciones.bancoribera.es"))), ("To", addr(LUCIA.pair)),
            ("Subject", "Has recibido una transferencia de 1.210,00 EUR"),
            ("Message-ID", f"<{h8('ribera-1', 28)}@notificaciones.bancoribera.es>")], b, txt,
           facts=dict(amount="1210.00", currency="EUR", reference="F-2026-087"),
           note="Bank notice of an incoming transfer; the concepto names the invoice.")

    # --- Stripe, Spanish locale
    txt = """\
Has recibido un pago de 242,00 € EUR

Importe: 242,00 €
Fecha: 19 feb 2027, 14:02
Método de pago: Visa •••• 4242
Descripción: Factura 2027/0014 - Jordi Puig
Cliente: compras@delicatessenbonet.es

Consulta el pago en el Dashboard: https://dashboard.stripe.com/payments/py_3Qk8Ex2eZvKYlo2C1abc

Stripe
Recibes este correo porque tienes activadas las notificaciones de pagos correctos."""
    d = D(2027, 2, 19, 14, 3, CET)
    custom("payment-notification", "es",
           [("Return-Path", "<bounces+srs=notifications@stripe.com>"), ("Date", format_datetime(d)),
            ("From", addr(("Stripe", "notifications@stripe.com"))), ("To", JORDI.addr),
            ("Subject", "Pago de 242,00 € de compras@delicatessenbonet.es"),
            ("Message-ID", f"<{h8('stripe-es', 22)}@stripe.com>"), ("X-Stripe-Notification", "charge.succeeded")],
           text_part(txt, cte="quoted-printable"), txt,
           facts=dict(amount="242.00", currency="EUR", reference="2027/0014"),
           note="Stripe notice of a card payment; the description names the invoice.")

    # --- out of office until Monday 11 January
    c = ("Javier Soto", "jsoto@sotoylopezabogados.es")
    p = thread(LUCIA, c, "reminder", "F-2026-095", eur_es(484.00), day(2026, 12, 15), D(2026, 12, 23, 17, 29, CET),
               cname="Soto y López Abogados", ckind="company")
    txt = """\
Gracias por su mensaje.

Estaré fuera de la oficina hasta el lunes 11 de enero, sin acceso regular al correo.
Para temas de facturación y pagos, escriba a administracion@sotoylopezabogados.es.

Felices fiestas.
Javier Soto"""
    d = D(2026, 12, 23, 17, 30, CET)
    custom("auto-reply", "es",
           [("Return-Path", "<jsoto@sotoylopezabogados.es>"), ("Date", format_datetime(d)), ("From", addr(c)),
            ("To", addr(LUCIA.pair)), ("Subject", "Respuesta automática: " + p.subject),
            ("Message-ID", f"<{h8('soto-oof', 32, '0123456789ABCDEF')}@PAXPR08MB6590.eurprd08.prod.outlook.com>"),
            ("In-Reply-To", p.mid), ("References", p.mid), ("Auto-Submitted", "auto-generated"),
            ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", c[1])],
           text_part(txt, charset="utf-8", cte="quoted-printable"), txt,
           facts=dict(return_date="2027-01-11"), rel=("weekday_named", 0),
           note="Out of office 'hasta el lunes 11 de enero': the day named is the return_date; it mentions payments but is automatic.")

    # --- Office 365 bounce in Spanish
    bad = "facturacion@reformasibarra.es"
    p = thread(JORDI, ("Reformas Ibarra", bad), "reminder", "2027/0008", eur_es(302.50), day(2027, 1, 20),
               D(2027, 2, 2, 9, 0, CET), cname="Reformas Ibarra", ckind="company")
    human = f"""\
No se pudo entregar a estos destinatarios o grupos:

{bad}
La dirección de correo electrónico que ha escrito no se pudo encontrar. Compruebe la dirección de correo electrónico del destinatario e intente enviar de nuevo el mensaje. Si el problema continúa, póngase en contacto con el departamento de soporte técnico.

Información de diagnóstico para administradores:

Generando servidor: DB8PR09MB3259.eurprd09.prod.outlook.com

{bad}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'"""
    status = f"""\
Reporting-MTA: dns;DB8PR09MB3259.eurprd09.prod.outlook.com
Received-From-MTA: dns;mail.puig.dev
Arrival-Date: {format_datetime(p.date.astimezone(GMT))}

Final-Recipient: rfc822;{bad}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""
    orig = (f"From: {addr(JORDI.pair)}\nTo: {bad}\nSubject: {hdr_value(p.subject)}\nDate: {format_datetime(p.date)}\n"
            f"Message-ID: {p.mid}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")
    hb = ("<html><head><meta charset=\"utf-8\"></head><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">"
          "No se pudo entregar a estos destinatarios o grupos:</font></b></p><p><a href=\"mailto:" + bad + "\">" + bad
          + "</a><br>La dirección de correo electrónico que ha escrito no se pudo encontrar.</p></body></html>")
    b = multipart("report", [multipart("alternative", [text_part(human, cte="quoted-printable"),
                                                       text_part(hb, "html", cte="quoted-printable")],
                                       "_001_" + h8("ibarra-alt", 30).upper() + "_"),
                             Part([("Content-Type", "message/delivery-status")], status.encode()),
                             Part([("Content-Type", "text/rfc822-headers")], orig.encode())],
                  "_000_" + h8("ibarra", 30).upper() + "_", extra="; report-type=delivery-status")
    d = D(2027, 2, 2, 9, 0, CET, s=47)
    custom("bounce", "es",
           [("Return-Path", "<>"), ("Date", format_datetime(d)),
            ("From", addr(("Microsoft Outlook", "postmaster@reformasibarra.onmicrosoft.com"))), ("To", JORDI.addr),
            ("Subject", "No se puede entregar: " + p.subject),
            ("Message-ID", f"<{uuid_like('ibarra-ndr').lower()}@DB8PR09MB3259.eurprd09.prod.outlook.com>"),
            ("In-Reply-To", p.mid), ("References", p.mid), ("Auto-Submitted", "auto-replied"),
            ("Content-Language", "es-ES")], b, human + "\n" + status,
           facts=dict(failed_recipient=bad, permanent=True),
           note="Exchange Online NDR in Spanish, 5.1.10 recipient not found: permanent.")

    # --- the freelancer's own outgoing transfer
    txt = """\
Hola, JORDI PUIG SERRA:

Te confirmamos que has realizado una transferencia desde tu cuenta ****4567.

Importe: 60,50 EUR
Beneficiario: COWORKING LA NAU SCCL
Concepto: Factura 2027-118 quota febrer
Fecha de ejecución: 01/02/2027

Si no reconoces esta operación, contacta con tu oficina.
Mensaje automático: no respondas a este correo."""
    d = D(2027, 2, 1, 9, 10, CET)
    custom("other", "es",
           [("Return-Path", "<avisos@caixacomarcal.cat>"), ("Date", format_datetime(d)),
            ("From", addr(("Caixa Comarcal", "avisos@caixacomarcal.cat"))), ("To", addr(JORDI.pair)),
            ("Subject", "Transferencia realizada: 60,50 EUR"),
            ("Message-ID", f"<{h8('sab-out', 26)}@caixacomarcal.cat>")],
           text_part(txt, charset="iso-8859-1", cte="quoted-printable"), txt,
           note="An outgoing transfer the freelancer made to a coworking space (it even names someone else's invoice): other, not a payment received.")


# ================================================================= ENGLISH

def english():
    # --- 'I think accounts did it last Thursday'
    c = ("Ben Hargreaves", "ben@hargreavesandco.co.uk")
    p = thread(TOM, c, "reminder", "TW-0412", money_en(950.00), day(2026, 11, 6), D(2026, 11, 18, 9, 0, GMT),
               cname="Hargreaves & Co", ckind="company", desc="the website copy")
    reply("client-reply-paid", "en", "outlook", c, TOM.pair, D(2026, 11, 18, 16, 55, GMT), p, """\
Hi Tom,

I think accounts did it last Thursday with the rest of the supplier run – I saw your name on the list anyway. Give it a couple of days and shout if it still hasn't landed.

Cheers,
Ben

Ben Hargreaves | Director
Hargreaves & Co
0161 496 0733""",
          re_="RE:",
          note="Hedged ('I think accounts did it') but he reports a payment already made in last Thursday's run: paid. 'Shout if it still hasn't landed' is not a promise.")

    # --- paid by Wise, asks for a receipt
    c = ("Niamh Kelly", "niamh@kellysbakery.ie")
    p = thread(AISLING, c, "due", "AB-2026-019", money_en(640.00, "€"), day(2027, 1, 3), D(2027, 1, 6, 9, 0, GMT),
               cname="Niamh Kelly", ckind="person", days_late=3, desc="the shop illustrations and signage")
    p.subject = "Invoice AB-2026-019 – reminder"
    reply("client-reply-paid", "en", "gmail", c, AISLING.pair, D(2027, 1, 7, 9, 20, GMT), p, """\
Hi Aisling,

Paid this morning via Wise – €640, reference AB-2026-019. Sorry it took so long, December was mental in the shop.

Could you send me a receipt (or just mark the invoice paid and resend it)? Our accountant is a stickler for that stuff.

Thanks a million,
Niamh""",
          facts=dict(amount="640.00", currency="EUR", reference="AB-2026-019"),
          note="Paid, then asks for a receipt: still paid. Amount and reference are in her own words.")

    # --- Apple Mail with a screenshot
    c = ("Dan Fletcher", "danfletcher@me.com")
    p = thread(PRIYA, c, "reminder", "INV-2026-041", money_en(1200.00), day(2026, 11, 30), D(2026, 12, 10, 9, 0, GMT),
               cname="Dan Fletcher", ckind="person", desc="the data migration review")
    reply("client-reply-paid", "en", "apple", c, PRIYA.pair, D(2026, 12, 10, 23, 14, GMT), p, """\
Priya – so sorry, this completely slipped. New baby, no sleep, etc. Just paid it now, screenshot attached.

Dan""",
          attach=[png("Screenshot 2026-12-10 at 23.12.48.png")], html_cte="base64",
          note="Paid just now, screenshot of the transfer attached; nothing in his words about the amount or number.")

    # --- paid one invoice, asks about the other
    c = ("Rachel Moore", "rachel.moore@mooreinteriors.co.uk")
    inv1 = invoice_mail(TOM, c, "TW-0431", money_en(780.00), day(2027, 2, 10), D(2027, 1, 11, 10, 0, GMT),
                        "the spring brochure copy")
    st = Prev(TOM.pair, c, D(2027, 2, 16, 9, 0, GMT), "Invoices TW-0431 and TW-0436",
              reminder_text(TOM, "statement", "Moore Interiors Ltd", "company", None, None, None,
                            deadline=day(2027, 2, 26), total=money_en(1200.00),
                            invoices=[("TW-0431", day(2027, 1, 11), day(2027, 2, 10), 6, money_en(780.00)),
                                      ("TW-0436", day(2027, 1, 14), day(2027, 2, 13), 3, money_en(420.00))]),
              owner_mid(TOM, D(2027, 2, 16, 9, 0, GMT), "statement-moore"), prev=inv1)
    reply("client-reply-paid", "en", "outlook", c, TOM.pair, D(2027, 2, 17, 11, 40, GMT), st, """\
Hi Tom,

TW-0431 went out today by BACS, £780.

Quick question on TW-0436 though – is that the one for the extra brochure copy? I don't think I ever received the PDF, only the reminder. Could you resend it?

Thanks,
Rachel""",
          re_="RE:", facts=dict(amount="780.00", currency="GBP"),
          note="Paid one invoice of the statement and asks about the other (not contested, just never received): paid. Two invoices are discussed, so no reference; the amount is the £780 she says went out.")

    # --- sarcastic about the reminders, but paid
    c = ("Gareth Lloyd", "gareth@lloydjoinery.co.uk")
    p = thread(PRIYA, c, "late_fee", "INV-2027-007", money_en(560.00), day(2027, 2, 20), D(2027, 3, 4, 9, 0, GMT),
               cname="Lloyd Joinery", ckind="company", days_late=12, deadline=day(2027, 3, 14),
               desc="the stock system health check")
    reply("client-reply-paid", "en", "gmail", c, PRIYA.pair, D(2027, 3, 5, 8, 3, GMT), p, """\
Yes, yes, it's paid. Went out Thursday. Three reminders in ten days – you'd make a cracking debt collector, Priya 😉

G.""",
          note="Teasing about the reminders, but it states the payment went out on Thursday: paid.")

    # --- 'consider it paid': only in this Friday's payment run
    c = ("Sandra Pike", "accounts.payable@northgatelogistics.co.uk")
    p = thread(PRIYA, c, "reminder", "INV-2026-044", money_en(2400.00), day(2026, 11, 20), D(2026, 11, 30, 9, 0, GMT),
               cname="Northgate Logistics Ltd", ckind="company", desc="the warehouse analytics project")
    reply("client-reply-promise", "en", "outlook", c, PRIYA.pair, D(2026, 12, 1, 10, 10, GMT), p, """\
Hi Priya,

Consider it paid – it's been approved and is in this Friday's payment run, so it'll leave us on the 4th and should be with you Monday.

Kind regards,
Sandra Pike
Accounts Payable
Northgate Logistics Ltd

This email and any attachments are confidential and intended solely for the addressee. Northgate Logistics Ltd, registered in England and Wales no. 04811290.""",
          re_="RE:", facts=dict(promised_date="2026-12-04"), rel=("weekday", 4),
          note="'Consider it paid' but the money only leaves in Friday's run on the 4th: a promise for 4 December, not paid; Monday is when it should arrive, not the payment day.")

    # --- skiing; by 4 January at the latest
    c = ("Oliver Grant", "olly.grant@icloud.com")
    p = thread(TOM, c, "reminder", "TW-0420", money_en(380.00), day(2026, 12, 10), D(2026, 12, 20, 9, 0, GMT),
               cname="Oliver Grant", ckind="person", desc="the About page rewrite")
    reply("client-reply-promise", "en", "iphone", c, TOM.pair, D(2026, 12, 20, 14, 30, CET), p, """\
Tom, I'm away skiing till the new year with rubbish signal. Will pay as soon as I'm back, 4th Jan at the latest. Apologies.

Sent from my iPhone""",
          facts=dict(promised_date="2027-01-04"), rel=("abs",),
          note="Written from the Alps (CET); the day is explicit: 4 January 2027.")

    # --- US client: pays when their client pays, on the 28th
    c = ("Jess Wu", "jess@wuandpartners.studio")
    p = thread(AISLING, c, "reminder", "AB-2027-003", money_en(1850.00, "€"), day(2027, 1, 31), D(2027, 2, 9, 9, 0, GMT),
               cname="Jess Wu", ckind="person", desc="the packaging illustrations")
    p.subject = "Invoice AB-2027-003 – reminder"
    reply("client-reply-promise", "en", "gmail_us", c, AISLING.pair, D(2027, 2, 9, 10, 0, EST), p, """\
Hi Aisling,

Totally fair to chase. Honest answer: we're waiting on our own client, who pays us on the 28th, and we'll pay you the same day – it's first on the list. If that's a problem let me know and I'll see what I can do sooner.

Jess""",
          facts=dict(promised_date="2027-02-28"), rel=("day", 28),
          note="Payment tied to their own client paying 'on the 28th' and promised 'the same day': a promise for 28 February.")

    # --- Sydney: 'by the end of the month' (already March there)
    c = ("Liam O'Connor", "liam@oconnorsurf.com.au")
    p = thread(PRIYA, c, "reminder", "INV-2027-010", money_en(900.00), day(2027, 2, 15), D(2027, 2, 26, 9, 0, GMT),
               cname="O'Connor Surf Co", ckind="company", desc="the booking system audit")
    reply("client-reply-promise", "en", "gmail", c, PRIYA.pair, D(2027, 3, 1, 8, 15, AEDT), p, """\
Hi Priya,

Sorry mate, cash flow's been tight since the Christmas break. Should be able to square you up by the end of the month – I'll let you know if anything changes.

Cheers,
Liam""",
          facts=dict(promised_date="2027-03-31"), rel=("eom",),
          note="Hedged promise for 'the end of the month', resolved in Sydney time: Monday 1 March there (still 28 February in London), so 31 March.")

    # --- non-native German client, German Outlook headers
    c = ("Klaus Berger", "k.berger@berger-maschinenbau.de")
    p = thread(TOM, c, "reminder", "TW-0425", money_en(1150.00, "€"), day(2026, 12, 31), D(2027, 1, 13, 9, 0, GMT),
               cname="Berger Maschinenbau GmbH", ckind="company", desc="the English product pages")
    reply("client-reply-promise", "en", "outlook", c, TOM.pair, D(2027, 1, 14, 17, 20, CET), p, """\
Dear Mr. Whitaker,

sorry for the late. The invoice was by me on the desk and I was ill two weeks. I will make the payment at Monday, you become it then some days later because it is international transfer.

With kind regards
Klaus Berger
Berger Maschinenbau GmbH
Industriestraße 12, 73430 Aalen""",
          re_="AW:", quote_lang="de", variant="old",
          facts=dict(promised_date="2027-01-18"), rel=("weekday", 0),
          note="Non-native English ('at Monday', 'you become it'): a promise to pay on Monday, which after Thursday 14 January is the 18th.")

    # --- asks to pay by card; will pay tonight if a link comes
    c = ("Emma Patel", "emma@pateltealeaf.co.uk")
    p = thread(TOM, c, "reminder", "TW-0440", money_en(260.00), day(2027, 2, 15), D(2027, 2, 24, 9, 0, GMT),
               cname="Emma Patel", ckind="person", desc="the product descriptions")
    reply("client-reply-promise", "en", "gmail", c, TOM.pair, D(2027, 2, 24, 13, 5, GMT), p, """\
Hi Tom,

Sorry! Is there any way I can pay by card? My business account is being switched over to a new bank and transfers are frozen till next week. If you can send a card link I'll pay it tonight.

Emma""",
          facts=dict(promised_date="2027-02-24"), rel=("today",),
          note="Starts as a question about paying by card, but commits to pay tonight if a link is sent: a (conditional) promise for the day of the message, 24 February; 'next week' is when transfers unfreeze, not the promised day.")

    # --- happy to pay once a credit note arrives
    c = ("Mark Jennings", "mark@jenningsevents.co.uk")
    p = thread(PRIYA, c, "due", "INV-2026-043", money_en(3200.00), day(2026, 11, 20), D(2026, 11, 24, 9, 0, GMT),
               cname="Jennings Events Ltd", ckind="company", days_late=4, desc="the November workshops")
    reply("client-reply-dispute", "en", "outlook", c, PRIYA.pair, D(2026, 11, 25, 12, 20, GMT), p, """\
Priya,

Happy to pay this, but it still includes the two workshop days (12th and 13th) that we cancelled with more than a week's notice, which per our agreement aren't chargeable. If you send a credit note for those two days we'll pay the balance straight away.

Thanks,
Mark""",
          re_="RE:",
          note="'Happy to pay' only after a credit note for two days he contests: dispute by precedence; the 12th and 13th are the cancelled workshop days, not dates of payment.")

    # --- a very British refusal
    c = ("Charlotte Davies", "c.davies@davieshale.co.uk")
    p = thread(TOM, c, "reminder", "TW-0423", money_en(1450.00), day(2027, 1, 10), D(2027, 1, 20, 9, 0, GMT),
               cname="Davies & Hale Architects", ckind="company", desc="the practice brochure draft")
    reply("client-reply-dispute", "en", "outlook", c, TOM.pair, D(2027, 1, 21, 10, 45, GMT), p, """\
Dear Tom,

Thank you for your patience, and for the work you put into the draft.

I'm afraid we won't be in a position to settle this one. As you'll recall, the brief was never formally signed off on our side, and the copy was ultimately not used. I'm sure you'll understand.

We'd very much like to work with you again on a properly scoped project in the spring.

With best wishes,
Charlotte

Charlotte Davies RIBA
Partner, Davies & Hale Architects LLP

This message is confidential and may be legally privileged. If you are not the intended recipient, please notify the sender and delete it. Davies & Hale Architects LLP is a limited liability partnership registered in England and Wales, number OC398211.""",
          re_="RE:",
          note="Thanks, warmth and an offer of future work, but 'we won't be in a position to settle this one': a refusal, dispute.")

    # --- paid the agreed part, refuses the extra
    c = ("Seán Murphy", "sean@murphyscoffee.ie")
    p = thread(AISLING, c, "reminder", "AB-2026-022", money_en(1500.00, "€"), day(2026, 12, 5), D(2026, 12, 16, 9, 0, GMT),
               cname="Seán Murphy", ckind="person", desc="the café mural designs and revisions")
    p.subject = "Invoice AB-2026-022 – reminder"
    reply("client-reply-dispute", "en", "gmail", c, AISLING.pair, D(2026, 12, 16, 18, 30, GMT), p, """\
Hi Aisling,

I've paid the €1,200 for the illustrations we agreed in the quote. The extra €300 for "additional revisions" wasn't agreed with me at any stage – the changes were fixing the colours on the two that came back wrong. So I won't be paying that part.

Happy to chat about it if you see it differently.

Seán""",
          facts=dict(amount="1200.00", currency="EUR"),
          note="Paid €1,200 and refuses the €300 of revisions: dispute outranks the paid part; the amount is the €1,200 paid, not the €300 contested.")

    # --- duplicate, on hold (HTML-only Outlook)
    c = ("Accounts Payable", "ap@brightsidemedia.co.uk")
    p = thread(PRIYA, c, "reminder", "INV-2027-005", money_en(1800.00), day(2027, 1, 25), D(2027, 2, 1, 9, 0, GMT),
               cname="Brightside Media Ltd", ckind="company", desc="the January retainer")
    reply("client-reply-dispute", "en", "outlook", c, PRIYA.pair, D(2027, 2, 2, 9, 30, GMT), p, """\
Hello,

We believe INV-2027-005 duplicates INV-2026-048, which covered the same January retainer and was paid on 15 January. We have placed INV-2027-005 on hold and will not be processing it. Please issue a credit note or let us know if we've misunderstood.

Regards,
Accounts Payable
Brightside Media Ltd""",
          fmt="html", re_="RE:",
          note="Says the invoice is a duplicate and will not be processed, asks for a credit note: dispute. 'Paid on 15 January' refers to the other invoice; two numbers, so no reference.")

    # --- sarcastic refusal until it works
    c = ("Hugh Bennett", "hugh@bennettgallery.co.uk")
    p = thread(PRIYA, c, "reminder", "INV-2027-012", money_en(720.00), day(2027, 3, 8), D(2027, 3, 18, 9, 0, GMT),
               cname="Bennett Gallery", ckind="company", desc="the gallery site performance work")
    reply("client-reply-dispute", "en", "gmail", c, PRIYA.pair, D(2027, 3, 18, 21, 10, GMT), p, """\
Brilliant, another reminder. For a site that still doesn't load on an iPhone, which I've mentioned three times now. I'll pay it the day it works, not before.

Hugh""",
          note="Sarcasm plus withholding payment until the work is fixed; 'I'll pay it the day it works' is not a promise with a day: dispute.")

    # --- when is it due? PO number?
    c = ("Laura Simmons", "l.simmons@northbridge.ac.uk")
    p = invoice_mail(AISLING, c, "AB-2026-017", money_en(850.00, "€"), day(2026, 11, 22), D(2026, 11, 8, 16, 0, GMT),
                     "the conference poster illustrations")
    reply("client-reply-other", "en", "outlook", c, AISLING.pair, D(2026, 11, 9, 14, 0, GMT), p, """\
Hi Aisling,

Thanks for the invoice. Just checking – when is it actually due? It says 14 days on the PDF, but our standard terms for suppliers are 30 days from receipt and I want to make sure it goes in the right payment batch. Also, do you have a PO number for it? Finance won't process anything without one.

Best,
Laura

Laura Simmons
Events Office, Northbridge University""",
          re_="RE:",
          note="Questions about the due date and a PO number; mentioning their 30-day terms is not a refusal or a promise: client-reply-other.")

    # --- please resend bank details (plain us-ascii Outlook)
    c = ("Pete Hollis", "pete.hollis@hollisgarages.co.uk")
    p = thread(TOM, c, "reminder", "TW-0416", money_en(450.00), day(2026, 11, 25), D(2026, 12, 3, 9, 0, GMT),
               cname="Hollis Garages", ckind="company", desc="the service-plan leaflets")
    reply("client-reply-other", "en", "outlook", c, TOM.pair, D(2026, 12, 3, 11, 11, GMT), p, """\
Tom

Could you resend your bank details with a sort code and account number? Our new accounts package won't take an IBAN for a UK payee and it keeps kicking the payment out.

Pete""",
          fmt="plain", charset="windows-1252", re_="RE:", variant="old",
          note="Asks for the bank details in another form; the payment was never sent: client-reply-other.")

    # --- office manager acknowledges; the boss's 'can you deal with this' is quoted below
    c = ("Helen Marsh", "helen@castlegateproperties.co.uk")
    rem = thread(PRIYA, ("Mark Castle", "mark@castlegateproperties.co.uk"), "reminder", "INV-2026-050",
                 money_en(1650.00), day(2026, 12, 20), D(2027, 1, 4, 9, 0, GMT), cname="Castlegate Properties",
                 ckind="company", desc="the tenant portal review")
    fwd = Prev(("Mark Castle", "mark@castlegateproperties.co.uk"), [c], D(2027, 1, 4, 21, 40, GMT),
               "FW: " + rem.subject, "Helen – can you deal with this? Thought we'd paid it.\nM",
               f"<{h8('castle-fw', 28)}@castlegateproperties.co.uk>", prev=rem, quoted=True)
    reply("client-reply-other", "en", "outlook", c, PRIYA.pair, D(2027, 1, 5, 9, 2, GMT), fwd, """\
Hi Priya,

Thanks – received. Mark is travelling this week so I've passed it to accounts to look at.

Best wishes,
Helen

Helen Marsh
Office Manager
Castlegate Properties""",
          re_="RE:",
          note="Office manager only acknowledges and passes it to accounts. Mark's 'Thought we'd paid it' is in the quoted internal forward, not a paid claim in the reply.")

    # --- complaint about the reminder's greeting only
    c = ("Sophie Grant", "sophie@grantflorals.co.uk")
    p = thread(TOM, c, "reminder", "TW-0438", money_en(240.00), day(2027, 2, 1), D(2027, 2, 11, 9, 0, GMT),
               cname="Grant Florals & Events", ckind="company", desc="the wedding brochure text")
    reply("client-reply-other", "en", "gmail", c, TOM.pair, D(2027, 2, 11, 19, 45, GMT), p, """\
Tom, I've had two of these this week addressed "Dear Accounts Team". It's me. I am the accounts team, and the florist, and the delivery driver. Could you have a look at whatever's sending these? It's a bit off-putting.

Sophie""",
          note="A complaint about the reminders' greeting, with nothing about paying or contesting the invoice: client-reply-other.")

    # --- payment rejected by Verification of Payee
    c = ("Kevin Doyle", "kevin.doyle@doyleplumbing.ie")
    p = thread(AISLING, c, "reminder", "AB-2027-006", money_en(320.00, "€"), day(2027, 3, 1), D(2027, 3, 10, 9, 0, GMT),
               cname="Kevin Doyle", ckind="person", desc="the van livery design")
    p.subject = "Invoice AB-2027-006 – reminder"
    reply("client-reply-other", "en", "gmail", c, AISLING.pair, D(2027, 3, 11, 10, 25, GMT), p, """\
Hi Aisling,

I did try to pay this last week but the bank bounced it back – something about the name on the account not matching the IBAN (they've brought in that Verification of Payee thing). Is the account in your own name or a business name? Let me know exactly what name to put.

Kevin""",
          note="He tried to pay but the payment was rejected and nothing has gone through: client-reply-other, not paid.")

    # --- Wise notice
    txt = """\
Hi Aisling,

You've received €450.00 EUR from Harbour Lights Café Ltd.

Reference: AB-2027-004

It's now in your EUR balance. You can see the details in your account.

Thanks,
The Wise Team"""
    d = D(2027, 2, 26, 7, 44, GMT)
    hb = ("<html><body style=\"font-family:Inter,Helvetica,Arial,sans-serif;color:#0e0f0c\">"
          + "".join(f"<p>{esc_lines(x)}</p>" for x in txt.split("\n\n")) + "</body></html>")
    custom("payment-notification", "en",
           [("Return-Path", "<noreply@wise.com>"), ("Date", format_datetime(d)),
            ("From", addr(("Wise", "noreply@wise.com"))), ("To", AISLING.addr),
            ("Subject", "You've received €450.00 EUR from Harbour Lights Café Ltd"),
            ("Message-ID", f"<{h8('wise-1', 30)}@wise.com>")],
           multipart("alternative", [text_part(txt), text_part(hb, "html")], "----=_Part_" + h8("wise-b", 18, "0123456789")),
           txt, facts=dict(amount="450.00", currency="EUR", reference="AB-2027-004"),
           note="Wise notice of money received, with the invoice as reference.")

    # --- out of office, RFC 3834
    c = ("Rob Ashworth", "rob@ashworthdental.co.uk")
    p = thread(TOM, c, "reminder", "TW-0429", money_en(340.00), day(2026, 12, 11), D(2026, 12, 21, 9, 0, GMT),
               cname="Ashworth Dental", ckind="company")
    txt = """\
Thanks for your email. I'm on annual leave and back in the practice on Monday 4th January.

For anything urgent relating to invoices or payments, please contact our practice manager, Janet, on accounts@ashworthdental.co.uk.

Rob"""
    d = D(2026, 12, 21, 9, 0, GMT, s=33)
    custom("auto-reply", "en",
           [("Return-Path", "<rob@ashworthdental.co.uk>"), ("Date", format_datetime(d)), ("From", addr(c)),
            ("To", addr(TOM.pair)), ("Subject", "Out of office: " + p.subject),
            ("Message-ID", f"<{h8('ash-oof', 20)}@mail.ashworthdental.co.uk>"),
            ("In-Reply-To", p.mid), ("References", p.mid), ("Auto-Submitted", "auto-replied"),
            ("Precedence", "bulk"), ("X-Autoreply", "yes")],
           text_part(txt, charset="us-ascii", cte="7bit"), txt,
           facts=dict(return_date="2027-01-04"), rel=("weekday_named", 0),
           note="Out of office, back on Monday 4 January; the mention of payments does not make it a client reply.")

    # --- Postfix gives up with a 4.x.x status (temporary)
    bad = "accounts@oakfieldprint.co.uk"
    p = thread(PRIYA, ("Oakfield Print", bad), "reminder", "INV-2026-047", money_en(610.00), day(2026, 12, 28),
               D(2027, 1, 21, 9, 0, GMT), cname="Oakfield Print Ltd", ckind="company")
    d = D(2027, 1, 26, 9, 2, GMT)
    human = f"""\
This is the mail system at host mail.nairconsulting.co.uk.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{bad}>: delivery temporarily suspended: connect to
    mx.oakfieldprint.co.uk[81.2.69.160]:25: Connection timed out"""
    status = f"""\
Reporting-MTA: dns; mail.nairconsulting.co.uk
X-Postfix-Queue-ID: 5C1A23E0B2
X-Postfix-Sender: rfc822; {PRIYA.addr}
Arrival-Date: {format_datetime(p.date)}

Final-Recipient: rfc822; {bad}
Original-Recipient: rfc822;{bad}
Action: failed
Status: 4.4.1
Diagnostic-Code: X-Postfix; delivery temporarily suspended: connect to
    mx.oakfieldprint.co.uk[81.2.69.160]:25: Connection timed out
"""
    orig = (f"Date: {format_datetime(p.date)}\nFrom: {addr(PRIYA.pair)}\nTo: {bad}\nSubject: {p.subject}\n"
            f"Message-ID: {p.mid}\nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n"
            "Content-Transfer-Encoding: 8bit\n\n" + p.text + "\n")
    b = multipart("report", [text_part(human, charset="us-ascii", cte="7bit", quote_charset=False),
                             Part([("Content-Description", "Delivery report"),
                                   ("Content-Type", "message/delivery-status")], status.encode()),
                             Part([("Content-Description", "Undelivered Message"),
                                   ("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", "8bit")],
                                  orig.encode("utf-8"))],
                  "5C1A23E0B2.1769418120/mail.nairconsulting.co.uk", extra="; report-type=delivery-status")
    custom("bounce", "en",
           [("Return-Path", "<>"), ("Date", format_datetime(d)),
            ("From", addr(("Mail Delivery System", "MAILER-DAEMON@mail.nairconsulting.co.uk"))),
            ("To", PRIYA.addr), ("Subject", "Undelivered Mail Returned to Sender"),
            ("Message-ID", "<20270126090200.5C1A23E0B2@mail.nairconsulting.co.uk>"),
            ("Auto-Submitted", "auto-replied")], b, human + "\n" + status,
           facts=dict(failed_recipient=bad, permanent=False),
           note="Postfix returned the message after the queue lifetime, but the status is 4.4.1 (connection timed out): a failure report whose cause is temporary, so permanent = false.")

    # --- newsletter from an invoicing app
    txt = """\
Hi Tom,

Late payments cost small businesses thousands every year. Here are five habits that get invoices paid faster:

1. Send the invoice the day the work is done.
2. Put the due date and the payment details at the top.
3. Offer a card link as well as a bank transfer.
4. Send a friendly reminder before the due date, not only after.
5. Say thank you when the money arrives.

Ledgerly customers who switched on automatic reminders were paid 11 days sooner on average.

Try it free for 30 days: https://ledgerly.example/reminders

The Ledgerly team
You're receiving this because you signed up at ledgerly.example. Unsubscribe: https://ledgerly.example/u/7f3a9"""
    hb = ("<html><body style=\"margin:0;background:#f4f4f7\"><table width=\"100%\"><tr><td align=\"center\">"
          "<table width=\"600\" style=\"background:#fff;font-family:Arial,sans-serif\"><tr><td style=\"padding:24px\">"
          + "".join(f"<p>{esc_lines(x)}</p>" for x in txt.split("\n\n"))
          + "</td></tr></table></td></tr></table></body></html>")
    d = D(2026, 11, 14, 15, 0, GMT)
    custom("other", "en",
           [("Return-Path", "<bounce-7f3a9@mail.ledgerly.example>"), ("Date", format_datetime(d)),
            ("From", addr(("Ledgerly", "hello@ledgerly.example"))), ("To", TOM.addr),
            ("Subject", "5 habits that get your invoices paid faster"),
            ("Message-ID", f"<{h8('ledgerly', 24)}@mail.ledgerly.example>"),
            ("List-Unsubscribe", "<https://ledgerly.example/u/7f3a9>, <mailto:unsub-7f3a9@mail.ledgerly.example>"),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")],
           multipart("alternative", [text_part(txt), text_part(hb, "html", cte="base64")],
                     "b1_" + h8("ledgerly-b", 32)),
           txt, note="A newsletter full of 'paid' and 'invoice' words: other.")

    # --- an invoice the freelancer receives
    txt = """\
Hi Priya,

Your invoice #3391 from The Desk Collective is ready.

Hot desk membership, March 2027
Amount due: £180.00
Due date: 1 March 2027

Pay online: https://pay.thedeskcollective.example/i/3391
The invoice is attached as a PDF.

Thanks for being a member!
The Desk Collective, 14 Hoxton Square, London N1"""
    d = D(2027, 2, 20, 8, 0, GMT)
    custom("other", "en",
           [("Return-Path", "<billing@thedeskcollective.example>"), ("Date", format_datetime(d)),
            ("From", addr(("The Desk Collective", "billing@thedeskcollective.example"))), ("To", addr(PRIYA.pair)),
            ("Subject", "Invoice #3391 from The Desk Collective"),
            ("Message-ID", f"<{h8('desk', 26)}@thedeskcollective.example>")],
           multipart("mixed", [text_part(txt), pdf("TDC-Invoice-3391.pdf", "Invoice 3391")],
                     "----=_Part_" + h8("desk-b", 18, "0123456789")),
           txt, note="An invoice the freelancer receives from her coworking space: other.")


# ================================================================= write and check

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
CLIENT_KINDS = {k for k in KINDS if k.startswith("client-reply")}
FIELD_ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
               "failed_recipient", "permanent", "note"]


def toml_str(s):
    import json
    return json.dumps(s, ensure_ascii=False)


def toml_val(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return toml_str(v)


def strip_html(s):
    s = re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    return html.unescape(s)


def visible_text(msg):
    out = []
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            t = part.get_content()
            out.append(strip_html(t) if part.get_content_subtype() == "html" else t)
    return "\n".join(out)


def norm_ws(s):
    return re.sub(r"\s+", " ", s).strip()


def numbers_in(text):
    """Every way a number written in the text can be read, normalised '1234.56'."""
    vals = set()
    for tok in re.findall(r"\d[\d.,]*\d|\d", text):
        for dec, thou in ((",", "."), (".", ",")):
            t = tok.replace(thou, "")
            if t.count(dec) > 1:
                continue
            t = t.replace(dec, ".")
            try:
                vals.add(f"{float(t):.2f}")
            except ValueError:
                pass
    return vals


def expected_date(rel, local):
    kind = rel[0]
    if kind == "weekday":
        for i in range(1, 8):
            d = local + dt.timedelta(days=i)
            if d.weekday() == rel[1]:
                return d
    if kind == "eom":
        nxt = (local.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt - dt.timedelta(days=1)
    if kind == "day":
        if local.day <= rel[1]:
            return local.replace(day=rel[1])
        nxt = (local.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
        return nxt.replace(day=rel[1])
    if kind == "tomorrow":
        return local + dt.timedelta(days=1)
    if kind == "today":
        return local
    return None


def check(name, m, blob):
    errs = []
    msg = email.message_from_bytes(blob, policy=email.policy.default)
    for part in msg.walk():
        if part.defects:
            errs.append(f"defects {part.defects}")
    for h in ("From", "To", "Date", "Subject", "Message-ID"):
        if not msg[h]:
            errs.append(f"missing {h}")
    date = parsedate_to_datetime(str(msg["Date"]))
    local = date.date()
    if not (day(2026, 11, 1) <= local <= day(2027, 3, 31)):
        errs.append(f"date out of range {local}")
    if m["reply"]:
        irt = str(msg["In-Reply-To"] or "")
        refs = str(msg["References"] or "").split()
        if not irt or not refs or refs[-1] != irt:
            errs.append("reply without proper In-Reply-To/References")
    text = visible_text(msg)
    if norm_ws(m["new"])[:60] not in norm_ws(text):
        errs.append("client text not found in the decoded message")
    k, f = m["kind"], m["facts"]
    if k not in KINDS:
        errs.append(f"bad kind {k}")
    if m["lang"] not in ("it", "es", "en"):
        errs.append("bad language")
    if not m["note"]:
        errs.append("no note")
    if "promised_date" in f and k != "client-reply-promise":
        errs.append("promised_date on a non-promise")
    if "return_date" in f and k != "auto-reply":
        errs.append("return_date on a non-auto-reply")
    if ("failed_recipient" in f or "permanent" in f) != (k == "bounce") or \
            (k == "bounce" and not ("failed_recipient" in f and "permanent" in f)):
        errs.append("bounce fields wrong")
    if "currency" in f and "amount" not in f:
        errs.append("currency without amount")
    if "amount" in f:
        if not re.fullmatch(r"\d+\.\d\d", f["amount"]):
            errs.append("amount not normalised")
        if f["amount"] not in numbers_in(m["new"]):
            errs.append(f"amount {f['amount']} not in the client's/notice's own words")
        if f.get("currency") not in (None, "EUR", "GBP", "USD"):
            errs.append("odd currency")
    if "reference" in f and f["reference"].lower() not in m["new"].lower():
        errs.append(f"reference {f['reference']} not in the client's/notice's own words")
    for key in ("promised_date", "return_date"):
        if key in f:
            d = dt.date.fromisoformat(f[key])
            if d < local:
                errs.append(f"{key} before the message date")
            rel = m.get("rel")
            if rel:
                exp = expected_date(rel, local)
                if exp is not None and exp != d:
                    errs.append(f"{key} {d} but {rel} from {local} gives {exp}")
                if rel[0] == "weekday_named" and d.weekday() != rel[1]:
                    errs.append(f"{key} {d} is not weekday {rel[1]}")
            elif key == "promised_date":
                errs.append("promised_date without a rel check")
    if k == "bounce":
        raw = blob.decode("utf-8", "replace")
        if f["failed_recipient"] not in raw:
            errs.append("failed recipient not in the report")
        codes = set(re.findall(r"Status:\s*([45])\.\d+\.\d+", raw))
        if codes != {"5" if f["permanent"] else "4"}:
            errs.append(f"status classes {codes} vs permanent={f['permanent']}")
    n_att = sum(1 for p in msg.walk() if p.get_content_disposition() == "attachment")
    if n_att != m["attachments"] and k in CLIENT_KINDS:
        errs.append(f"attachments {n_att} != {m['attachments']}")
    for p in msg.walk():
        if p.get_content_disposition() == "attachment" and not p.get_content():
            errs.append("empty attachment")
    return errs


def main():
    import random
    italian()
    spanish()
    english()
    msgs = list(MESSAGES)
    random.Random(2020).shuffle(msgs)
    if len(msgs) != N:
        sys.exit(f"expected {N} messages, built {len(msgs)}")
    for fn in os.listdir(HERE):
        if fn.startswith(PREFIX + "-") and fn.endswith(".eml"):
            os.remove(os.path.join(HERE, fn))
    lines = ["# round20-mixed: client replies whose kind is hard to tell (two things in one message, hedged words, "
             "conditional promises, proxies, sarcasm, 'paid' that is only scheduled, wrong threads) plus a few "
             "machine mails; it/es/en", ""]
    problems = 0
    for i, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(m["blob"])
        row = {"kind": m["kind"], "language": m["lang"], "split": SPLIT, **m["facts"], "note": m["note"]}
        lines.append(f'[files."{name}"]')
        for key in FIELD_ORDER:
            if key in row:
                lines.append(f"{key} = {toml_val(row[key])}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    # --- re-read everything from disk
    try:
        import tomllib
        with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
            labels = tomllib.load(fh)["files"]
    except ImportError:
        labels = None
    for i, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "rb") as fh:
            blob = fh.read()
        errs = check(name, m, blob)
        if labels is not None:
            lab = labels[name]
            want = {"kind": m["kind"], "language": m["lang"], "split": SPLIT, **m["facts"], "note": m["note"]}
            if lab != want:
                errs.append(f"labels.toml row differs: {lab} != {want}")
        for e in errs:
            print(f"{name}: {e}")
        problems += len(errs)
    by_kind, by_lang = {}, {}
    for m in msgs:
        by_kind[m["kind"]] = by_kind.get(m["kind"], 0) + 1
        by_lang[m["lang"]] = by_lang.get(m["lang"], 0) + 1
    print("per kind:", dict(sorted(by_kind.items())))
    print("per language:", dict(sorted(by_lang.items())))
    if problems:
        sys.exit(f"{problems} problem(s)")
    print(f"ok: {len(msgs)} messages and labels.toml written and re-checked")


if __name__ == "__main__":
    main()
