#!/usr/bin/env python3
"""round19-it: 80 Italian messages that come back to Italian freelancers after an invoice.

Writes r19i-0001.eml ... r19i-0080.eml and labels.toml next to this script, then re-parses every
file with the standard library and checks the labels against what the files contain.
Standard library only.  Every message body below is written by hand; the helpers only build MIME,
quote the freelancer's own reminder (rendered as mailduns would render templates/it/*.txt.j2) and
format headers.
"""

import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import os
import quopri
import random
import re
import struct
import sys
import zlib
from decimal import Decimal
from email.header import Header
from email.utils import format_datetime, formataddr, parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r19i"

# --------------------------------------------------------------------------------------------
# time

CET = dt.timezone(dt.timedelta(hours=1))
CEST = dt.timezone(dt.timedelta(hours=2))
UTC = dt.timezone.utc
PST = dt.timezone(dt.timedelta(hours=-8))


def it(y, m, d, hh, mm, ss=0):
    """A local Italian time (CET, or CEST from 28 March 2027 02:00)."""
    naive = dt.datetime(y, m, d, hh, mm, ss)
    tz = CEST if naive >= dt.datetime(2027, 3, 28, 2, 0) else CET
    return naive.replace(tzinfo=tz)


MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
MESI3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GIORNI3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]


def d_it(d):
    return f"{d.day} {MESI[d.month - 1]} {d.year}"


ELIDE = {"il": "l'", "dal": "dall'", "al": "all'", "del": "dell'", "entro il": "entro l'"}


def art(d, prep):
    s = d_it(d)
    if d.day in (8, 11):
        return ELIDE[prep] + s
    return f"{prep} {s}"


def money(x):
    x = Decimal(x).quantize(Decimal("0.01"))
    whole, cents = f"{x:.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + "," + cents + " €"


# --------------------------------------------------------------------------------------------
# the freelancers (mailbox owners)

class Owner:
    def __init__(self, key, name, addr, iban, city, trade, bic=None):
        self.key, self.name, self.addr, self.iban, self.city, self.trade = key, name, addr, iban, city, trade
        self.first = name.split()[0]
        self.domain = addr.split("@")[1]
        self.bic = bic


OWNERS = {
    "giulia": Owner("giulia", "Giulia Ferrante", "giulia@ferrantefoto.it",
                    "IT28 W030 6902 4871 0000 0012 118", "Bologna", "fotografa"),
    "marco": Owner("marco", "Marco Deiana", "marco@deianaweb.it",
                   "IT74 K010 1504 8000 0007 0341 265", "Cagliari", "web developer"),
    "chiara": Owner("chiara", "Chiara Lombardi", "chiara.lombardi.trad@gmail.com",
                    "IT45 R030 1503 2000 0000 3391 270", "Torino", "traduttrice"),
    "stefano": Owner("stefano", "Stefano Rinaldi", "studio@rinaldiarchitettura.it",
                     "IT12 B052 6216 0000 0000 1044 733", "Lecce", "architetto"),
    "elena": Owner("elena", "Elena Vitale", "elena@vitaleconsulting.it",
                   "IT39 U036 4601 6005 2652 0918 341", "Milano", "consulente marketing"),
    "davide": Owner("davide", "Davide Mancuso", "info@davidemancuso.photo",
                    "IT61 Q020 0804 6350 0010 5522 917", "Palermo", "fotografo e videomaker"),
    "francesca": Owner("francesca", "Francesca Bruno", "f.bruno@brunoconsulenze.it",
                       "IT03 M050 3411 7020 0000 0022 610", "Verona", "consulente privacy e sicurezza"),
    "luca": Owner("luca", "Luca Pellegrini", "luca@pellegrini.dev",
                  "IT87 J086 7302 8020 0000 0907 422", "Firenze", "sviluppatore"),
    "sara": Owner("sara", "Sara Colombo", "sara@saracolombo.design",
                  "IT20 F081 0201 8010 0001 0045 813", "Trento", "grafica e illustratrice"),
    "andrea": Owner("andrea", "Andrea Greco", "andrea.greco@grecoinformatica.it",
                    "IT56 C054 2404 0100 0000 1003 987", "Bari", "consulente informatico"),
}


# --------------------------------------------------------------------------------------------
# the freelancer's letters, as mailduns renders templates/it/*.txt.j2

class Inv:
    def __init__(self, owner, number, amount, issue, due, client=None, kind="company", salutation=None,
                 to=None, subject=None, payment=True):
        self.o = OWNERS[owner]
        self.number, self.amount, self.issue, self.due = number, Decimal(amount) if amount else None, issue, due
        self.client, self.kind, self.salutation = client, kind, salutation
        self.to = to
        self.subject = subject or f"Fattura {number}"
        self.payment = payment
        self.msgid = mid_owner(self.o, "inv-" + number)

    def sal(self):
        if self.salutation:
            return self.salutation
        if self.kind == "company" and self.client:
            return f"Spett.le {self.client},"
        if self.kind == "person" and self.client:
            return f"Gentile {self.client},"
        return "Buongiorno,"

    def amt(self):
        return f" di {money(self.amount)}" if self.amount else ""

    def pay(self):
        if not self.payment:
            return "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione."
        return ("Per il pagamento:\n"
                f"- beneficiario: {self.o.name}\n"
                f"- IBAN: {self.o.iban}\n"
                f"- causale: Fattura n. {self.number}")

    def fees(self, on):
        days = (on - self.due).days
        interest = (self.amount * Decimal("0.1015") * days / 365).quantize(Decimal("0.01"))
        total = self.amount + interest + Decimal("40")
        text = ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
                "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
                "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
                "percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di "
                "risarcimento dei costi di recupero (art. 6).\n\n"
                "Ad oggi l'importo dovuto è il seguente:\n"
                f"- Fattura n. {self.number}: {money(self.amount)}\n"
                f"- Interessi moratori: {money(self.amount)} × 10,15% × {days}/365 = {money(interest)}\n"
                "- Risarcimento forfettario dei costi di recupero: 40,00 €\n"
                f"- Totale dovuto: {money(total)}\n\n")
        return text

    def letter(self, step, on, deadline=None, fees=False, suspension=None, promise=None, claim=None, paid_on=None):
        """The text of a reminder sent on date `on` (a date)."""
        assert on.weekday() < 5, f"mailduns sends on working days: {self.number} {step} {on}"
        n, s, o = self.number, self.sal(), self.o
        late = (on - self.due).days
        f = self.fees(on) if fees else ""
        if step == "courtesy":
            emessa = f", emessa {art(self.issue, 'il')}," if self.issue else ""
            body = (f"un breve promemoria: la fattura n. {n}{self.amt()}{emessa} è in scadenza {art(self.due, 'il')}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{self.pay()}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "due":
            if late > 0:
                first = (f"un promemoria: la fattura n. {n}{self.amt()} è scaduta {art(self.due, 'il')}. Se il pagamento "
                         "non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
            else:
                first = f"un promemoria: la fattura n. {n}{self.amt()} è in scadenza oggi, {d_it(self.due)}."
            body = (f"{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{self.pay()}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "reminder":
            body = (f"da un controllo la fattura n. {n}{self.amt()}, scaduta {art(self.due, 'il')}, risulta ancora da saldare. "
                    "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    f"{f}"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                    f"{self.pay()}")
        elif step == "late_fee":
            trasc = f": sono trascorsi {late} giorni dalla scadenza" if late > 1 else ""
            tot = " dell'importo totale" if fees else ""
            body = (f"la fattura n. {n}{self.amt()}, scaduta {art(self.due, 'il')}, risulta ancora da saldare{trasc}.\n\n"
                    f"{f}"
                    f"Chiedo cortesemente di provvedere al pagamento{tot} entro {art(deadline, 'il')}. Se il pagamento è "
                    "già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura "
                    "o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                    f"{self.pay()}")
        elif step == "suspension":
            body = (f"torno a scrivere in merito alla fattura n. {n}{self.amt()}, scaduta {art(self.due, 'il')}, che risulta "
                    "ancora da saldare.\n\n"
                    f"{f}"
                    f"In mancanza del pagamento entro {art(deadline, 'il')}, {art(suspension, 'dal')} potrebbe essere "
                    "necessario sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. "
                    "Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo "
                    "concordare una soluzione; basta rispondere a questa email.\n\n"
                    f"{self.pay()}")
        elif step == "final":
            what = "dell'importo totale sopra indicato" if fees else (f"di {money(self.amount)}" if self.amount else "dell'importo dovuto")
            head = (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {n}"
                    + (f" {art(self.issue, 'del')}" if self.issue else "") + "\n\n")
            body = (f"la fattura n. {n}{self.amt()}, scaduta {art(self.due, 'il')}, risulta ancora da saldare nonostante i "
                    "precedenti solleciti.\n\n"
                    f"{f}"
                    f"Con la presente chiedo formalmente il pagamento {what} entro {art(deadline, 'il')}. La presente vale "
                    "quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche "
                    "ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                    "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle "
                    "sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a "
                    "carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, "
                    "sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                    "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi "
                    "la data del bonifico, così da poterlo verificare.\n\n"
                    f"{self.pay()}")
            return head + f"{s}\n\n{body}\n\nCordiali saluti,\n{o.name}\n"
        elif step == "promise_followup":
            if promise:
                first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {n}{self.amt()} "
                         f"sarebbe stato effettuato entro {art(promise, 'il')}.")
            else:
                first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {n}{self.amt()}, "
                         f"scaduta {art(self.due, 'il')}.")
            body = (f"{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere "
                    "indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere "
                    "entro quando posso aspettarlo.\n\n"
                    f"{self.pay()}")
        elif step == "paid_claim_followup":
            cl = f" {art(claim, 'il')}" if claim else ""
            po = f" (con bonifico disposto {art(paid_on, 'il')})" if paid_on else ""
            body = (f"grazie per avermi comunicato{cl} che la fattura n. {n}{self.amt()} è stata pagata{po}.\n\n"
                    "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                    "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                    "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                    "inoltrarmi la contabile.\n\n"
                    "Per un confronto, riporto le coordinate corrette:\n"
                    f"- beneficiario: {o.name}\n- IBAN: {o.iban}\n- causale: Fattura n. {n}\n\n"
                    "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: "
                    "in tal caso mi basta una breve conferma. Grazie per la collaborazione.")
        else:
            raise ValueError(step)
        return f"{s}\n\n{body}\n\nCordiali saluti,\n{o.name}\n"


def statement(owner, client, invs, on, deadline):
    """A statement of several open invoices (statement.txt.j2, overdue, no fees)."""
    o = OWNERS[owner]
    lines = []
    total = Decimal("0")
    for i in invs:
        late = (on - i.due).days
        total += i.amount
        lines.append(f"- n. {i.number} {art(i.issue, 'del')}, scaduta {art(i.due, 'il')} ({late} giorni di ritardo): {money(i.amount)}")
    return (f"Spett.le {client},\n\n"
            "da un controllo risultano ancora da saldare le seguenti fatture:\n\n" + "\n".join(lines) + "\n\n"
            f"Totale da pagare: {money(total)}\n\n"
            f"Chiedo cortesemente di provvedere al pagamento entro {art(deadline, 'il')}. Se alcune di queste fatture sono "
            "già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. "
            "Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
            "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate.\n\n"
            f"Cordiali saluti,\n{o.name}\n")


# --------------------------------------------------------------------------------------------
# identifiers

def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def mid_owner(o, seed):
    return f"<{h(o.key + seed, 12)}.{h(seed, 8)}@{o.domain}>"


def mid_gmail(seed):
    raw = hashlib.sha256(seed.encode()).digest() + hashlib.sha1(seed.encode()).digest()
    tok = base64.b64encode(raw).decode().replace("/", "_").replace("+", "-")[:54]
    return f"<CA{tok}@mail.gmail.com>"


def mid_outlook(seed):
    a = h(seed, 12).upper()
    b = h(seed + "x", 32).upper()
    return f"<{'AM' if int(a[0], 16) % 2 else 'DB'}9PR0{int(a[1], 16) % 9}MB{int(b[:4], 16) % 9000 + 1000}" \
           f"{b[4:20]}@{'AM' if int(a[0], 16) % 2 else 'DB'}9PR0{int(a[1], 16) % 9}MB{int(b[:4], 16) % 9000 + 1000}.eurprd0{int(a[2], 16) % 8 + 1}.prod.outlook.com>"


def mid_apple(seed, domain):
    x = h(seed, 32).upper()
    return f"<{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}@{domain}>"


def mid_plain(seed, domain):
    return f"<{h(seed, 10)}.{h(seed + 'b', 6)}@{domain}>"


# --------------------------------------------------------------------------------------------
# MIME

class Part:
    def __init__(self, headers, body):
        self.headers = headers  # list of (name, value)
        self.body = body        # bytes


def _encode_body(b, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(b)
    if cte == "base64":
        return base64.encodebytes(b)
    return b


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", flowed=False, disposition=None, errors="strict"):
    """errors="replace": an old client that turns what its charset lacks (the euro sign) into '?'."""
    if not s.endswith("\n"):
        s += "\n"
    b = s.encode(cs, errors)
    if cte == "7bit":
        b.decode("ascii")
    ct = f'text/{sub}; charset="{cs}"' + ("; format=flowed" if flowed else "")
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        hs.append(("Content-Disposition", disposition))
    return Part(hs, _encode_body(b, cte))


def multipart(sub, parts, boundary, params="", preamble=None):
    out = []
    if preamble:
        out.append(preamble.encode() + b"\n\n")
    for p in parts:
        out.append(b"--" + boundary.encode() + b"\n")
        for k, v in p.headers:
            out.append(f"{k}: {v}\n".encode())
        out.append(b"\n")
        out.append(p.body if p.body.endswith(b"\n") else p.body + b"\n")
    out.append(b"--" + boundary.encode() + b"--\n")
    ct = f'multipart/{sub};{params} boundary="{boundary}"'
    return Part([("Content-Type", ct)], b"".join(out))


def attachment(data, ctype, filename, inline=False, cid=None):
    hs = [("Content-Type", f'{ctype}; name="{filename}"'),
          ("Content-Disposition", f'{"inline" if inline else "attachment"}; filename="{filename}"'),
          ("Content-Transfer-Encoding", "base64")]
    if cid:
        hs.append(("Content-ID", f"<{cid}>"))
    return Part(hs, base64.encodebytes(data))


def rfc822(raw, ctype="message/rfc822"):
    return Part([("Content-Type", ctype), ("Content-Disposition", "inline")], raw)


def hv(v):
    """A header value: RFC 2047 when it is not ASCII."""
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        return formataddr((name, a), charset="utf-8")


def message(headers, part):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f"{k}: {v}\n")
    out.append("MIME-Version: 1.0\n")
    for k, v in part.headers:
        out.append(f"{k}: {v}\n")
    out.append("\n")
    return "".join(out).encode("ascii") + part.body


def bnd(seed, style="gmail"):
    x = h(seed, 28)
    if style == "gmail":
        return "000000000000" + x[:16]
    if style == "outlook":
        return "_000_" + h(seed, 20).upper() + "_"
    if style == "apple":
        return "Apple-Mail=_" + h(seed, 32).upper()[:8] + "-" + h(seed, 32).upper()[8:12] + "-" + h(seed, 32).upper()[12:16] + "-" + h(seed, 32).upper()[16:20] + "-" + h(seed, 32).upper()[20:32]
    if style == "tb":
        return "------------" + x[:24]
    return "----=_Part_" + str(int(x[:8], 16)) + "_" + str(int(x[8:14], 16)) + "." + str(int(x[14:24], 16))


# tiny binary attachments -------------------------------------------------------------------

def tiny_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            f"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
            f"4 0 obj<</Title({title})>>endobj\n"
            f"trailer<</Root 1 0 R/Info 4 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


def tiny_png(rgb=(230, 230, 230)):
    def chunk(t, d):
        c = t + d
        return struct.pack(">I", len(d)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    raw = b"\x00" + bytes(rgb) * 2
    raw = raw * 2
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def tiny_jpeg():
    # a JPEG start and end marker around a few bytes: enough for a "screenshot" attachment
    return bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + bytes.fromhex("ffd9")


# quoting ---------------------------------------------------------------------------------

def gt(s):
    return "\n".join((">" if not line else "> " + line) for line in s.rstrip("\n").split("\n"))


def hhmm(t):
    return f"{t.hour:02d}:{t.minute:02d}"


def attr_gmail(o, t):
    return f"Il giorno {GIORNI3[t.weekday()]} {t.day} {MESI3[t.month - 1]} {t.year} alle ore {hhmm(t)} {o.name} <{o.addr}> ha scritto:"


def attr_gmail_android(o, t):
    return f"Il {GIORNI3[t.weekday()]} {t.day} {MESI3[t.month - 1]} {t.year}, {hhmm(t)} {o.name} <{o.addr}> ha scritto:"


def attr_apple(o, t):
    return f"Il giorno {t.day} {MESI3[t.month - 1]} {t.year}, alle ore {hhmm(t)}, {o.name} <{o.addr}> ha scritto:"


def attr_tb(o, t):
    return f"Il {t.day:02d}/{t.month:02d}/{t.year} {hhmm(t)}, {o.name} ha scritto:"


def outlook_head(o, t, to, subject, cc=None, old=False):
    sent = f"{GIORNI[t.weekday()]} {t.day} {MESI[t.month - 1]} {t.year} {hhmm(t)}"
    lines = []
    if old:
        lines.append("-----Messaggio originale-----")
    lines.append(f"Da: {o.name} <{o.addr}>")
    lines.append(f"Inviato: {sent}")
    lines.append(f"A: {to}")
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Oggetto: {subject}")
    return "\n".join(lines)


def esc(s):
    return html.escape(s, quote=False)


def br(s):
    return "<br>\n".join(esc(x) for x in s.rstrip("\n").split("\n"))


def gmail_html(reply, attr=None, quoted=None):
    parts = ['<div dir="ltr">']
    for para in reply.rstrip("\n").split("\n\n"):
        parts.append(f"<div>{br(para)}</div><div><br></div>")
    parts.append("</div>")
    if attr:
        parts.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                     f"{esc(attr)}<br></div>"
                     '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                     'rgb(204,204,204);padding-left:1ex">'
                     f"{br(quoted)}</blockquote></div>")
    return "".join(parts) + "\n"


OUTLOOK_STYLE = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:11.0pt;
	font-family:"Calibri",sans-serif;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}}
span.StileMessaggioDiPostaElettronica17
	{{mso-style-type:personal-reply;
	font-family:"Calibri",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:70.85pt 2.0cm 2.0cm 2.0cm;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="IT" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(reply, head=None, quoted=None, cs="utf-8"):
    out = [OUTLOOK_STYLE.format(cs=cs)]
    for line in reply.rstrip("\n").split("\n"):
        out.append(f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}<o:p></o:p></p>\n')
    if head:
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                   'padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">')
        hl = []
        for line in head.split("\n"):
            if line.startswith("-----"):
                hl.append(esc(line))
                continue
            k, _, v = line.partition(": ")
            hl.append(f"<b>{esc(k)}:</b> {esc(v)}")
        out.append("<br>\n".join(hl) + "<o:p></o:p></p>\n</div>\n</div>\n")
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        for line in quoted.rstrip("\n").split("\n"):
            out.append(f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}<o:p></o:p></p>\n')
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def apple_html(reply, attr=None, quoted=None):
    out = ['<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;" dir="auto">']
    for line in reply.rstrip("\n").split("\n"):
        out.append(f"<div>{esc(line) if line else '<br>'}</div>")
    if attr:
        out.append(f'<div><br><blockquote type="cite"><div>{esc(attr)}</div><br class="Apple-interchange-newline">'
                   f'<div><div>{br(quoted)}</div></div></blockquote></div>')
    out.append("</body></html>\n")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# registry of messages

MSGS = []   # (seed, raw bytes, label dict)


def add(seed, raw, **label):
    label.setdefault("language", "it")
    label.setdefault("split", "dev")
    MSGS.append((seed, raw, label))


def reply_headers(frm, to, subject, date, msgid, inv=None, in_reply_to=None, refs=None, extra=()):
    irt = in_reply_to
    rf = refs
    if inv is not None and irt is None:
        irt = inv.msgid
    if rf is None and irt:
        rf = irt if inv is None or irt == inv.msgid else f"{inv.msgid} {irt}"
    hs = [("From", frm), ("To", to), ("Subject", hv(subject)), ("Date", format_datetime(date)),
          ("Message-ID", msgid)]
    if irt:
        hs.append(("In-Reply-To", irt))
    if rf:
        hs.append(("References", rf))
    hs.extend(extra)
    return hs


def rid(inv, step):
    """Message-ID of a reminder mailduns sent for this invoice."""
    return mid_owner(inv.o, f"{inv.number}-{step}")


def rsubj(inv):
    return inv.subject


BUILDERS = []


def msg(f):
    BUILDERS.append(f)
    return f


# ============================================================================================
# client-reply-paid
# ============================================================================================

@msg
def paid_condominio_quarta():
    inv = Inv("stefano", "32/2026", "1830.00", dt.date(2026, 10, 20), dt.date(2026, 11, 19),
              client="Condominio Parco degli Ulivi c/o Amministrazioni Quarta",
              to="amministrazioni.quarta@gmail.com")
    sent = it(2026, 11, 19, 8, 0)
    rem = inv.letter("due", sent.date())
    reply = """Buongiorno Architetto,

le comunico che in data odierna è stato disposto, dal conto corrente del Condominio "Parco degli Ulivi", il bonifico di € 1.830,00 a saldo della Sua fattura n. 32/2026 (rilievo e relazione tecnica sulle facciate).
In allegato la contabile della banca.

Mi scuso per il ritardo, ma ho dovuto attendere il versamento delle quote straordinarie da parte di alcuni condomini.

Cordiali saluti

Rag. Cosimo Quarta
Amministrazioni Condominiali Quarta
Via XXV Luglio, 14 – 73024 Maglie (LE)
Tel. 0836 484211 – Cell. 347 5510932
Iscritto ANACI n. 7712

Le informazioni contenute in questa comunicazione sono riservate e destinate esclusivamente al destinatario indicato. Se avete ricevuto questo messaggio per errore, vi preghiamo di darne notizia al mittente e di cancellarlo. Ai sensi del Reg. UE 2016/679 (GDPR) i dati sono trattati per le sole finalità amministrative."""
    head = outlook_head(inv.o, sent, "amministrazioni.quarta@gmail.com", rsubj(inv))
    plain = reply + "\n\n" + head + "\n\n" + rem
    seed = "paid-quarta"
    alt = multipart("alternative", [text(plain, cs="windows-1252"),
                                    text(outlook_html(reply, head, rem, cs="windows-1252"), sub="html", cs="windows-1252")],
                    bnd(seed + "a", "outlook"))
    body = multipart("mixed", [alt, attachment(tiny_pdf("Contabile bonifico 1830,00"), "application/pdf",
                                               "Contabile_bonifico_Cond_Parco_Ulivi.pdf")], bnd(seed, "outlook"))
    d = it(2026, 11, 24, 10, 41, 7)
    hs = reply_headers(addr("Amministrazioni Quarta", "amministrazioni.quarta@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "due"),
                       extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtE3kq7Yl0o0c1VQGmA5wqg9WcFbQ=="),
                              ("Content-Language", "it")])
    add(seed, message(hs, body), kind="client-reply-paid", amount="1830.00", currency="EUR", reference="32/2026",
        note="The condominium administrator says the transfer was ordered today and attaches the receipt; the apology about late quotas is only context.")


@msg
def paid_pizzeria_sasa():
    inv = Inv("giulia", "2026/118", "480.00", dt.date(2026, 10, 15), dt.date(2026, 11, 14),
              client="Pizzeria Al Forno di Sasà", to="alfornodisasa@gmail.com")
    sent = it(2026, 12, 1, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = "Fatto ieri sera il bonifico, scusa il ritardo 👍\n\nInviato da iPhone"
    plain = reply + "\n\n" + attr_apple(inv.o, sent) + "\n\n" + gt(rem) + "\n"
    seed = "paid-sasa"
    d = it(2026, 12, 3, 7, 52, 40)
    hs = reply_headers(addr("Salvatore Esposito", "alfornodisasa@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_apple(seed, "gmail.com"), inv, rid(inv, "reminder"),
                       extra=[("X-Mailer", "iPhone Mail (22B91)")])
    add(seed, message(hs, text(plain)), kind="client-reply-paid",
        note="One line from a phone: 'fatto ieri sera il bonifico' is a transfer already made; no sum or number in the client's words.")


@msg
def paid_zanetti_posta():
    inv = Inv("chiara", "T-2026-097", "250.00", dt.date(2026, 10, 28), dt.date(2026, 11, 27),
              client="Armando Zanetti", kind="person", to="armando.zanetti39@libero.it")
    sent = it(2026, 11, 30, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """GENTILE DOTTORESSA LOMBARDI

HO RICEVUTO LA SUA LETTERA. STAMATTINA SONO ANDATO ALLA POSTA E HO FATTO IL BONIFICO DI EURO 250 PER LA TRADUZIONE DEL CERTIFICATO DI MIO FRATELLO CHE STA IN ARGENTINA. L IMPIEGATA MI HA DETTO CHE CI VUOLE QUALCHE GIORNO PERCHE E DI UN ALTRA BANCA. HO GIÀ LA RICEVUTA SE SERVE GLIELA PORTO A TORINO QUANDO VENGO DA MIA FIGLIA.

LA RINGRAZIO ANCORA PER IL LAVORO CHE E STATO MOLTO PRECISO

ARMANDO ZANETTI
PINEROLO"""
    quoted = ("----Messaggio originale----\n"
              f"Da: {inv.o.addr}\n"
              f"Data: 30/11/2026 9.00\n"
              "A: <armando.zanetti39@libero.it>\n"
              f"Ogg: {rsubj(inv)}\n\n" + rem)
    plain = reply + "\n\n\n" + quoted
    seed = "paid-zanetti"
    d = it(2026, 12, 2, 16, 18, 3)
    hs = reply_headers("armando.zanetti39@libero.it", inv.o.addr, "R: " + rsubj(inv), d,
                       mid_plain(seed, "libero.it"), inv, rid(inv, "reminder"),
                       extra=[("X-Mailer", "Libero Mail")])
    add(seed, message(hs, text(plain, cs="iso-8859-1", errors="replace")), kind="client-reply-paid", amount="250.00", currency="EUR",
        note="An elderly man in capitals, no accents: the transfer was made this morning at the post office for 250 euro; 'ci vuole qualche giorno' is the delay of the transfer, not a promise.")


@msg
def paid_asd_monreale():
    inv = Inv("davide", "2026-71", "350.00", dt.date(2026, 12, 10), dt.date(2027, 1, 9),
              client="ASD Pallavolo Monreale", to="segreteria.pallavolomonreale@gmail.com")
    sent = it(2027, 1, 11, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Ciao Davide!
Il tesoriere finalmente si è sbloccato 😅 stamattina ha fatto il bonifico, ti allego lo screenshot che mi ha girato su whatsapp.

Una domanda: per le prossime fatture (il video della Coppa Sicilia a marzo) le puoi intestare direttamente all'ASD con il nostro codice fiscale invece che al presidente? Il commercialista dice che così non le possiamo scaricare. Il CF è 97241530829.

Grazie ancora per il video, ai ragazzi è piaciuto tantissimo!!

Rosalia
ASD Pallavolo Monreale – segreteria"""
    attr = attr_gmail(inv.o, sent)
    seed = "paid-monreale"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed + "a"))
    body = multipart("mixed", [alt, attachment(tiny_jpeg(), "image/jpeg", "IMG-20270118-WA0007.jpg")], bnd(seed))
    d = it(2027, 1, 18, 19, 34, 12)
    hs = reply_headers(addr("ASD Pallavolo Monreale", "segreteria.pallavolomonreale@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "due"))
    add(seed, message(hs, body), kind="client-reply-paid",
        note="Paid (the treasurer made the transfer this morning, screenshot attached) plus a question about whom future invoices should be made out to; the fiscal code is not an invoice number.")


@msg
def paid_commercialista_da_gino():
    inv = Inv("giulia", "2026/131", "610.00", dt.date(2026, 10, 30), dt.date(2026, 11, 29),
              client="Trattoria Da Gino S.r.l.", to="info@trattoriadagino.it")
    sent = it(2026, 12, 9, 9, 0)
    rem = inv.letter("late_fee", sent.date(), deadline=dt.date(2026, 12, 19), fees=True)
    reply = """Gentile Sig.ra Ferrante,

scriviamo per conto della nostra cliente Trattoria Da Gino S.r.l., che ci ha inoltrato il Suo sollecito.

Le confermiamo che la fattura n. 2026/131 del 30/10/2026 è stata saldata con bonifico SEPA disposto in data 10/12/2026 per l'importo di € 610,00 (CRO 0306234567891234480012000IT). I tempi di accredito possono variare di uno o due giorni lavorativi.

Per eventuali comunicazioni amministrative future La preghiamo di mettere in copia il nostro studio.

Distinti saluti

Dott.ssa Monica Ravaglia
Studio Bertaccini – Commercialisti Associati
Via Emilia 212 – 40026 Imola (BO)
Tel. 0542 610 224

AVVISO DI RISERVATEZZA: questo messaggio e i suoi allegati sono destinati esclusivamente alle persone indicate e possono contenere informazioni riservate. È vietato qualsiasi utilizzo non autorizzato."""
    head = outlook_head(inv.o, sent, "info@trattoriadagino.it", rsubj(inv))
    fwd = ("________________________________\n"
           "Da: Trattoria Da Gino <info@trattoriadagino.it>\n"
           "Inviato: giovedì 10 dicembre 2026 18:22\n"
           "A: Monica Ravaglia <m.ravaglia@studiobertaccini.it>\n"
           "Oggetto: I: " + rsubj(inv) + "\n\n"
           "Monica ci pensi tu a rispondere? Il bonifico l'ho fatto oggi pomeriggio. Gino\n\n")
    plain = reply + "\n\n" + fwd + head + "\n\n" + rem
    seed = "paid-dagino"
    alt = multipart("alternative", [text(plain, cte="base64"),
                                    text(outlook_html(reply, head, fwd + rem), sub="html", cte="base64")],
                    bnd(seed, "outlook"))
    d = it(2026, 12, 14, 11, 5, 44)
    hs = reply_headers(addr("Monica Ravaglia", "m.ravaglia@studiobertaccini.it"), addr(inv.o.name, inv.o.addr),
                       "R: I: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "late_fee"),
                       extra=[("Cc", "Trattoria Da Gino <info@trattoriadagino.it>"),
                              ("Content-Language", "it-IT")])
    add(seed, message(hs, alt), kind="client-reply-paid", amount="610.00", currency="EUR", reference="2026/131",
        note="The client's accountant confirms the transfer of 610 euro, with the CRO; the quoted reminder's total with fees is not the amount paid, and the client's forward below is part of the thread.")


@msg
def paid_kiwibit_qonto():
    inv = Inv("luca", "2027-004", "2440.00", dt.date(2027, 1, 5), dt.date(2027, 2, 4),
              client="Kiwibit S.r.l.", to="finance@kiwibit.io")
    sent = it(2027, 2, 4, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Hi Luca, scusa davvero 🙏 il payment run di gennaio è saltato perché stavamo migrando la contabilità su Qonto e la tua fattura era rimasta in limbo.
Pagamento partito oggi, 2.440 € per la 2027-004, dovresti vederlo domani o al massimo giovedì.

Per i prossimi mesi ti abbiamo messo in pagamento automatico a 30gg, così non succede più.

Best,
Tommaso

--
Tommaso Ferri
CFO @ Kiwibit
kiwibit.io | +39 340 218 7765"""
    attr = attr_gmail(inv.o, sent)
    seed = "paid-kiwibit"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2027, 2, 9, 18, 12, 55)
    hs = reply_headers(addr("Tommaso Ferri", "tommaso@kiwibit.io"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "due"),
                       extra=[("Cc", "finance@kiwibit.io")])
    add(seed, message(hs, alt), kind="client-reply-paid", amount="2440.00", currency="EUR", reference="2027-004",
        note="Start-up CFO in half-English: 'pagamento partito oggi' is a payment made; 'domani o giovedì' is when it should arrive, not a promised date.")


@msg
def paid_ottica_rizzo_moglie():
    inv = Inv("andrea", "FT-2026-212", "380.00", dt.date(2026, 10, 12), dt.date(2026, 11, 11),
              client="Ottica Rizzo di Franco Rizzo", to="otticarizzo.molfetta@gmail.com")
    sent = it(2026, 11, 12, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Buongiorno Andrea, sono Anna la moglie di Franco. Franco è ricoverato al Di Venere da dieci giorni (niente di grave ora, grazie a Dio) e la posta del negozio la guardo io.
Il bonifico glielo ho fatto io giovedì scorso dal conto cointestato, 380 euro, ho messo la causale "assistenza computer negozio". Se non le è arrivato mi faccia sapere che vado in banca a chiedere.
Scusi il ritardo, con tutto quello che è successo.
Anna Rizzo
Ottica Rizzo - Molfetta"""
    plain = reply + "\n\n" + attr_gmail_android(inv.o, sent) + "\n\n" + gt(rem)
    seed = "paid-rizzo"
    d = it(2026, 11, 16, 12, 30, 18)
    hs = reply_headers(addr("Ottica Rizzo", "otticarizzo.molfetta@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "due"))
    add(seed, message(hs, text(plain, cte="8bit")), kind="client-reply-paid", amount="380.00", currency="EUR",
        note="The client's wife writes for him: she made the transfer of 380 euro last Thursday; her causale is a description, not the invoice number.")


@msg
def paid_scuola_split_payment():
    inv = Inv("francesca", "FB/2026/041", "1220.00", dt.date(2026, 10, 30), dt.date(2026, 11, 29),
              client="Istituto Comprensivo Statale \"Don Lorenzo Milani\"", to="vric87400x@istruzione.it")
    sent = it(2026, 12, 9, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Gent.ma Dott.ssa Bruno,

in riscontro alla Sua comunicazione, si informa che con mandato di pagamento n. 412 del 10/12/2026 è stata liquidata la fattura elettronica n. FB/2026/041 relativa al corso di formazione "Privacy e protezione dei dati nella scuola" rivolto al personale ATA.

L'importo accreditato è pari all'imponibile di € 1.000,00; l'IVA di € 220,00 è stata trattenuta e sarà versata direttamente all'Erario ai sensi dell'art. 17-ter del DPR 633/72 (scissione dei pagamenti).

Il mandato è stato trasmesso all'istituto cassiere tramite OPI in data odierna.

Distinti saluti

Il Direttore dei Servizi Generali e Amministrativi
Dott.ssa Loredana Pasetto

Istituto Comprensivo Statale "Don Lorenzo Milani"
Via Camporosolo 8 – 37047 San Bonifacio (VR)
C.F. 83002490232"""
    plain = reply + "\n\n" + attr_tb(inv.o, sent) + "\n" + gt(rem)
    seed = "paid-scuola"
    d = it(2026, 12, 11, 12, 2, 31)
    hs = reply_headers(addr("Segreteria IC Don Milani", "vric87400x@istruzione.it"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_plain(seed, "istruzione.it"), inv, rid(inv, "reminder"),
                       extra=[("User-Agent", "Mozilla Thunderbird")])
    add(seed, message(hs, text(plain, cte="8bit", flowed=True)), kind="client-reply-paid", amount="1000.00", currency="EUR",
        reference="FB/2026/041",
        note="A school pays under split payment: the payment order was issued and sent to the bank; the sum paid to the consultant is 1000 euro, the 220 of VAT goes to the State and the invoice total is 1220.")


@msg
def paid_ferramenta_bagheria():
    inv = Inv("davide", "2026-70", "290.00", dt.date(2026, 12, 1), dt.date(2026, 12, 31),
              client="Ferramenta Lo Cascio", to="ferramentalocascio@hotmail.it")
    sent = it(2027, 1, 7, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Ciao Davide bonifico fattu stamatina. Talìa ca lunedì ti arriva, a banca mia è lenta assai. Grazie pi li foto do negozio, su bellissimi, me soggira ci fici vidiri a tutta Bagheria.
Totò Lo Cascio"""
    quoted = ("________________________________\n"
              f"Da: {inv.o.name} <{inv.o.addr}>\n"
              f"Inviato: giovedì 7 gennaio 2027 09:00\n"
              "A: ferramentalocascio@hotmail.it <ferramentalocascio@hotmail.it>\n"
              f"Oggetto: {rsubj(inv)}\n\n" + rem)
    plain = reply + "\n\nOttieni Outlook per Android\n" + quoted
    seed = "paid-locascio"
    d = it(2027, 1, 8, 11, 20, 9)
    hs = reply_headers(addr("Salvatore Lo Cascio", "ferramentalocascio@hotmail.it"), addr(inv.o.name, inv.o.addr),
                       "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "reminder"))
    add(seed, message(hs, text(plain)), kind="client-reply-paid",
        note="Sicilian dialect: 'bonifico fattu stamatina' = transfer done this morning; 'lunedì ti arriva' is when it arrives, not a promise.")


@msg
def paid_gallura_due_fatture():
    a = Inv("marco", "47/2026", "976.00", dt.date(2026, 10, 21), dt.date(2026, 11, 20), client="Gallura Viaggi srl")
    b = Inv("marco", "51/2026", "488.00", dt.date(2026, 10, 29), dt.date(2026, 11, 28), client="Gallura Viaggi srl")
    sent = it(2026, 12, 14, 9, 0)
    st = statement("marco", "Gallura Viaggi srl", [a, b], sent.date(), dt.date(2026, 12, 24))
    subj = "Riepilogo fatture aperte: n. 47/2026, 51/2026"
    reply = """Buongiorno Marco,
ho appena pagato le fatture 47/2026 e 51/2026 con un unico bonifico di 1.464,00 € (ho sommato le due, 976 + 488). Nella causale ho messo tutti e due i numeri.

Buone feste a te e famiglia!
Gianfranca

Gallura Viaggi srl
Corso Umberto I 118 – 07026 Olbia (SS)
tel. 0789 21 455"""
    attr = attr_gmail(a.o, sent)
    seed = "paid-gallura"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(st)),
                                    text(gmail_html(reply, attr, st), sub="html")], bnd(seed))
    st_id = mid_owner(a.o, "statement-gallura")
    d = it(2026, 12, 18, 9, 47, 21)
    hs = reply_headers(addr("Gianfranca Pinna", "amministrazione@galluraviaggi.it"), addr(a.o.name, a.o.addr),
                       "Re: " + subj, d, mid_gmail(seed), in_reply_to=st_id,
                       refs=f"{a.msgid} {b.msgid} {st_id}")
    add(seed, message(hs, alt), kind="client-reply-paid", amount="1464.00", currency="EUR",
        note="One transfer pays two invoices, so no single reference; the amount is the transfer the client states (976 + 488).")


@msg
def paid_erboristeria_xml():
    inv = Inv("elena", "EV-058", "366.00", dt.date(2026, 10, 20), dt.date(2026, 11, 19),
              client="Erboristeria Il Melograno di Patrizia Sala", to="ilmelograno.monza@gmail.com")
    sent = it(2026, 11, 24, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Ciao Elena,
la EV-058 l'ho pagata lunedì con bonifico, dovresti averla già ricevuta.

Ti chiedo un favore: me la rimandi anche in formato elettronico? Il mio commercialista dice che nel cassetto fiscale non la trova e senza l'xml non me la può registrare.

Grazie mille,
Patrizia

Erboristeria Il Melograno
Via Italia 41, Monza"""
    attr = attr_apple(inv.o, sent)
    seed = "paid-melograno"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(apple_html(reply, attr, rem), sub="html")], bnd(seed, "apple"))
    d = it(2026, 11, 26, 15, 3, 27)
    hs = reply_headers(addr("Patrizia Sala", "ilmelograno.monza@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_apple(seed, "gmail.com"), inv, rid(inv, "reminder"),
                       extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    add(seed, message(hs, alt), kind="client-reply-paid", reference="EV-058",
        note="Paid on Monday (in her words) and a request for the XML e-invoice; the request does not make it a question-only reply.")


@msg
def paid_garni_waldruhe():
    inv = Inv("sara", "15/2026", "520.00", dt.date(2026, 12, 18), dt.date(2027, 1, 17),
              client="Garni Waldruhe di Martina Kasslatter", to="info@garni-waldruhe.it")
    sent = it(2027, 2, 26, 9, 0)
    rem = inv.letter("late_fee", sent.date(), deadline=dt.date(2027, 3, 8))
    reply = """Guten Abend Frau Colombo,
entschuldigung, scusi il mio italiano non è perfetto.
Ho pagato oggi la fattura 15/2026 per il logo e i prospetti, 520 Euro, con la Raiffeisenkasse. Forse arriva domani o dopodomani.
Tutti sono molto contenti con il nuovo logo, anche mia suocera :-)
Grazie für alles und schöne Grüße
Martina Kasslatter
Garni Waldruhe – St. Ulrich / Ortisei"""
    attr = attr_apple(inv.o, sent)
    seed = "paid-waldruhe"
    d = it(2027, 3, 2, 20, 15, 2)
    hs = reply_headers(addr("Garni Waldruhe", "info@garni-waldruhe.it"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_apple(seed, "garni-waldruhe.it"), inv, rid(inv, "late_fee"),
                       extra=[("X-Mailer", "Apple Mail (2.3774.500.171.1.1)")])
    add(seed, message(hs, text(apple_html(reply, attr, rem), sub="html")), kind="client-reply-paid",
        amount="520.00", currency="EUR", reference="15/2026",
        note="HTML-only Apple Mail from a South Tyrolean who mixes German in: paid today, 520 euro, invoice 15/2026.")


@msg
def paid_ferramenta_contabile_sola():
    inv = Inv("andrea", "FT-2027-019", "915.00", dt.date(2027, 1, 12), dt.date(2027, 2, 11),
              client="Ferramenta Lamanna snc", to="amministrazione@ferramentalamanna.it")
    sent = it(2027, 2, 19, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """In allegato contabile.
Cordiali saluti

Ufficio amministrazione
Ferramenta Lamanna snc
Via Bari 90 – 70022 Altamura (BA)"""
    head = outlook_head(inv.o, sent, "amministrazione@ferramentalamanna.it", rsubj(inv))
    seed = "paid-lamanna"
    body = multipart("mixed", [text(outlook_html(reply, head, rem), sub="html"),
                               attachment(tiny_pdf("Disposizione bonifico"), "application/pdf", "contabile_lamanna.pdf")],
                     bnd(seed, "outlook"))
    d = it(2027, 2, 23, 10, 12, 50)
    hs = reply_headers(addr("Ferramenta Lamanna - Amministrazione", "amministrazione@ferramentalamanna.it"),
                       addr(inv.o.name, inv.o.addr), "RE: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "reminder"),
                       extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(seed, message(hs, body), kind="client-reply-paid",
        note="Only 'in allegato contabile' and a PDF: the attached receipt is the claim of payment.")


@msg
def paid_paypal_newborn():
    inv = Inv("giulia", "2026/140", "150.00", dt.date(2026, 12, 1), dt.date(2026, 12, 31),
              client="Federica Marchetti", kind="person", to="fede.marchetti92@gmail.com")
    sent = it(2027, 1, 4, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Ciao Giulia! Scusa scusa, con le feste mi era passato di mente 🙈
Ti ho mandato ora 150€ su PayPal alla tua mail (amici e familiari, così non ti prendono commissioni, spero vada bene lo stesso anche se non è il bonifico).

Le foto della piccola sono stupende, le abbiamo già stampate per i nonni ❤️
Un abbraccio
Fede"""
    attr = attr_gmail(inv.o, sent)
    seed = "paid-marchetti"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2027, 1, 5, 21, 40, 3)
    hs = reply_headers(addr("Federica Marchetti", "fede.marchetti92@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "due"))
    add(seed, message(hs, alt), kind="client-reply-paid", amount="150.00", currency="EUR",
        note="Paid by PayPal instead of a transfer, 150 euro sent just now.")


@msg
def paid_immobiliare_gia_pagata():
    inv = Inv("elena", "EV-061", "1342.00", dt.date(2026, 11, 25), dt.date(2026, 12, 25),
              client="Immobiliare Duomo S.r.l.", to="amministrazione@immobiliareduomo.bg.it")
    sent = it(2027, 1, 13, 9, 0)
    rem = inv.letter("late_fee", sent.date(), deadline=dt.date(2027, 1, 23), fees=True)
    reply = """Buongiorno Dott.ssa Vitale,

la fattura è stata pagata il 28 dicembre, probabilmente le è sfuggito il bonifico perché come causale abbiamo messo solo il nome della campagna ("Campagna Natale social").
Trova in allegato la copia della disposizione.

Mi faccia sapere se non lo trova.

Cordiali saluti
Carlo Gritti
Immobiliare Duomo S.r.l.
Via XX Settembre 61 – 24122 Bergamo"""
    head = outlook_head(inv.o, sent, "amministrazione@immobiliareduomo.bg.it", rsubj(inv))
    seed = "paid-duomo"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem, cs="windows-1252"),
                                    text(outlook_html(reply, head, rem, cs="windows-1252"), sub="html", cs="windows-1252")],
                    bnd(seed + "a", "outlook"))
    body = multipart("mixed", [alt, attachment(tiny_pdf("Disposizione bonifico 28/12/2026"), "application/pdf",
                                               "Disposizione_28122026.pdf")], bnd(seed, "outlook"))
    d = it(2027, 1, 14, 9, 22, 38)
    hs = reply_headers(addr("Carlo Gritti", "c.gritti@immobiliareduomo.bg.it"), addr(inv.o.name, inv.o.addr),
                       "RE: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "late_fee"),
                       extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(seed, message(hs, body), kind="client-reply-paid",
        note="Paid back in December, with the transfer order attached; no amount in the client's words (the quoted reminder's totals do not count).")


@msg
def paid_cooperativa_inoltro_banca():
    o = OWNERS["giulia"]
    reply = """Buongiorno Giulia,
le inoltro la conferma della banca per il catalogo. Scusi se ci abbiamo messo un po', il consiglio di amministrazione si riunisce una volta al mese.
Saluti
Katia Malaguti
Ufficio amministrativo
Cooperativa Agricola Terre del Reno"""
    fwd = """-------- Messaggio Inoltrato --------
Oggetto: 	Esito disposizione bonifico SEPA
Data: 	Wed, 20 Jan 2027 12:31:05 +0100
Mittente: 	Banca di Bologna Credito Cooperativo <noreply@notifiche.bancadibologna-cc.it>
A: 	amministrazione@terredelreno.coop

Gentile Cliente,

la disposizione di bonifico SEPA da Lei inserita in data 20/01/2027 è stata eseguita.

Ordinante: COOPERATIVA AGRICOLA TERRE DEL RENO SOC. COOP.
Beneficiario: FERRANTE GIULIA
IBAN beneficiario: IT28W0306902487100000012118
Importo: 732,00 EUR
Data esecuzione: 20/01/2027
Causale: SALDO FATT. 2026/122 FOTO CATALOGO PRODOTTI
TRN: 0306906754812703482120000IT

Questo messaggio è generato automaticamente, si prega di non rispondere.
"""
    seed = "paid-terredelreno"
    plain = reply + "\n\n\n" + fwd
    d = it(2027, 1, 20, 14, 55, 16)
    hs = [("From", addr("Katia Malaguti", "amministrazione@terredelreno.coop")), ("To", addr(o.name, o.addr)),
          ("Subject", "Fwd: Esito disposizione bonifico SEPA"), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "terredelreno.coop")), ("User-Agent", "Mozilla Thunderbird")]
    add(seed, message(hs, text(plain)), kind="client-reply-paid", amount="732.00", currency="EUR", reference="2026/122",
        note="The client forwards her own bank's confirmation of an outgoing transfer: a client saying it is paid, not a payment notice to the freelancer; the reference is in the causale.")


# ============================================================================================
# client-reply-promise
# ============================================================================================

@msg
def promise_bar_sport_venerdi():
    inv = Inv("marco", "44/2026", "244.00", dt.date(2026, 10, 15), dt.date(2026, 11, 14),
              client="Bar Sport di Efisio Murgia", to="barsport.quartu@tiscali.it")
    sent = it(2026, 11, 16, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = "Ciao Marco scusa me ne ero scordato, venerdì ti faccio il bonifico\n\n\nInviato dal mio dispositivo Galaxy"
    quoted = ("-------- Messaggio originale --------\n"
              f"Da: {inv.o.name} <{inv.o.addr}> \n"
              "Data: 16/11/26 09:00 (GMT+01:00) \n"
              "A: barsport.quartu@tiscali.it \n"
              f"Oggetto: {rsubj(inv)} \n\n" + rem)
    seed = "prom-barsport"
    d = it(2026, 11, 17, 13, 5, 44)
    hs = reply_headers("barsport.quartu@tiscali.it", addr(inv.o.name, inv.o.addr), "R: " + rsubj(inv), d,
                       mid_plain(seed, "tiscali.it"), inv, rid(inv, "due"))
    add(seed, message(hs, text(reply + "\n\n" + quoted)), kind="client-reply-promise", promised_date="2026-11-20",
        note="Sent on Tuesday 17 November: 'venerdì' is Friday 20 November.")


@msg
def promise_condominio_fine_mese():
    inv = Inv("stefano", "38/2026", "2135.00", dt.date(2026, 11, 20), dt.date(2026, 12, 20),
              client="Condominio Residence Le Dune", to="studio.mazzotta@libero.it")
    sent = it(2027, 1, 11, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Egregio Arch. Rinaldi,

ho ricevuto il suo sollecito. Come forse saprà, il pagamento delle spese straordinarie è subordinato all'incasso delle rate dei condomini, e la rata di gennaio scade il 20.

Le assicuro comunque che la fattura n. 38/2026 verrà liquidata entro fine mese.

Distinti saluti

Geom. Luigi Mazzotta
Amministratore del Condominio "Residence Le Dune" – Torre dell'Orso
Via Roma 3 – 73026 Melendugno (LE)"""
    head = outlook_head(inv.o, sent, "studio.mazzotta@libero.it", rsubj(inv))
    seed = "prom-ledune"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem),
                                    text(outlook_html(reply, head, rem), sub="html")], bnd(seed, "outlook"))
    d = it(2027, 1, 12, 17, 40, 2)
    hs = reply_headers(addr("Studio Mazzotta", "studio.mazzotta@libero.it"), addr(inv.o.name, inv.o.addr),
                       "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "reminder"))
    add(seed, message(hs, alt), kind="client-reply-promise", promised_date="2027-01-31", reference="38/2026",
        note="'Entro fine mese' written on 12 January = 31 January; 'la rata di gennaio scade il 20' is the condominium's own deadline, not the promise.")


@msg
def promise_osteria_romana():
    inv = Inv("giulia", "2026/147", "650.00", dt.date(2026, 12, 10), dt.date(2027, 1, 9),
              client="Osteria Da Claudio", to="osteriadaclaudio@gmail.com")
    sent = it(2027, 2, 1, 9, 0)
    rem = inv.letter("late_fee", sent.date(), deadline=dt.date(2027, 2, 11), fees=True)
    reply = """Giulia scusame tanto, sto periodo è 'n delirio, m'è saltato er forno e c'ho dovuto mette 4mila euro.
Te li faccio er 10 marzo, quanno me rientrano i sordi der catering de Carnevale. Sicuro eh, nun te preoccupà.
Le foto der menù so' venute 'na favola, i clienti me le chiedono 😂
Claudio

Inviato da iPhone"""
    plain = reply + "\n\n" + attr_apple(inv.o, sent) + "\n\n" + gt(rem)
    seed = "prom-claudio"
    d = it(2027, 2, 3, 23, 12, 9)
    hs = reply_headers(addr("Claudio Proietti", "osteriadaclaudio@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_apple(seed, "gmail.com"), inv, rid(inv, "late_fee"),
                       extra=[("X-Mailer", "iPhone Mail (22D72)")])
    add(seed, message(hs, text(plain)), kind="client-reply-promise", promised_date="2027-03-10",
        note="Roman dialect: 'te li faccio er 10 marzo' is the promised day; the 4mila euro is what the new oven cost, not the invoice.")


@msg
def promise_panificio_venti_euro():
    inv = Inv("marco", "2/2027", "1220.00", dt.date(2027, 1, 4), dt.date(2027, 1, 18),
              client="Panificio F.lli Cocco snc", to="panificiococco@gmail.com")
    sent = it(2027, 1, 19, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Ciao Marco, ho fatto adesso il bonifico ma mi sono accorto dopo che ho scritto 1.200 invece di 1.220 🤦‍♂️
i 20 euro che mancano te li mando domani mattina con un altro bonifico, scusa il casino.
Giovanni"""
    attr = attr_gmail(inv.o, sent)
    seed = "prom-cocco"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2027, 1, 21, 19, 2, 30)
    hs = reply_headers(addr("Giovanni Cocco", "panificiococco@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "due"))
    add(seed, message(hs, alt), kind="client-reply-promise", promised_date="2027-01-22", amount="20.00", currency="EUR",
        note="1200 paid today by mistake instead of 1220, the missing 20 euro promised for tomorrow (Friday 22 January): a paid part with the rest promised on a day is a promise; the amount is the promised 20.")


@msg
def promise_dentista_distinta():
    inv = Inv("elena", "EV-063", "1586.00", dt.date(2026, 12, 15), dt.date(2027, 1, 14),
              client="Studio Dentistico Associato Bassi", to="amministrazione@studiobassi.va.it")
    sent = it(2027, 2, 5, 9, 0)
    rem = inv.letter("late_fee", sent.date(), deadline=dt.date(2027, 2, 15), fees=True)
    reply = """Gentile Dott.ssa Vitale,

in riferimento al Suo sollecito Le comunichiamo che il nostro ufficio esegue i pagamenti ai fornitori due volte al mese, il 15 e l'ultimo giorno lavorativo.
La Sua fattura n. EV-063 di € 1.586,00 è stata inserita nella distinta del 15 febbraio p.v.

Cordiali saluti

Marta Zaccaria
Ufficio Amministrazione
Studio Dentistico Associato Bassi
Viale Milano 18 - 21100 Varese"""
    head = outlook_head(inv.o, sent, "amministrazione@studiobassi.va.it", rsubj(inv), old=True)
    seed = "prom-bassi"
    plain = reply + "\n\n" + head + "\n\n" + rem
    d = it(2027, 2, 8, 10, 30, 11)
    hs = reply_headers(addr("Amministrazione Studio Bassi", "amministrazione@studiobassi.va.it"),
                       addr(inv.o.name, inv.o.addr), "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "late_fee"),
                       extra=[("X-Mailer", "Microsoft Outlook 14.0")])
    add(seed, message(hs, text(plain, cs="iso-8859-15")), kind="client-reply-promise", promised_date="2027-02-15",
        amount="1586.00", currency="EUR", reference="EV-063",
        note="The invoice is in the payment run of 15 February; 'il 15 e l'ultimo giorno lavorativo' is the office's general schedule, the fees in the quoted reminder are not promised.")


@msg
def promise_signora_pina_nipote():
    inv = Inv("andrea", "FT-2026-224", "120.00", dt.date(2026, 11, 2), dt.date(2026, 12, 2),
              client="Giuseppina Lorusso", kind="person", to="pina.lorusso48@virgilio.it")
    sent = it(2026, 12, 7, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """caro andrea
non sono capace di fare i pagamenti col computer mio nipote Michele viene sabato e mi fa lui il bonifico con il telefono
scusi tanto per il ritardo e buon natale in anticipo alla sua famiglia
pina lorusso"""
    quoted = ("----Messaggio originale----\n"
              f"Da : {inv.o.addr}\n"
              "Data : 07/12/2026 09:00\n"
              "A : pina.lorusso48@virgilio.it\n"
              f"Oggetto : {rsubj(inv)}\n\n" + rem)
    seed = "prom-pina"
    d = it(2026, 12, 9, 18, 20, 47)
    hs = reply_headers("pina.lorusso48@virgilio.it", inv.o.addr, "R: " + rsubj(inv), d,
                       mid_plain(seed, "virgilio.it"), inv, rid(inv, "reminder"))
    add(seed, message(hs, text(reply + "\n\n" + quoted, cs="iso-8859-1", errors="replace")), kind="client-reply-promise",
        promised_date="2026-12-12",
        note="An old lady without capitals or punctuation: her nephew will make the transfer on Saturday, written on Wednesday 9 December, so 12 December.")


@msg
def promise_startup_round():
    inv = Inv("luca", "2026-029", "3050.00", dt.date(2026, 10, 15), dt.date(2026, 11, 14),
              client="Verdeluce S.r.l.", to="admin@verdeluce.eu")
    sent = it(2026, 11, 23, 9, 0)
    rem = inv.letter("reminder", sent.date(), fees=True)
    reply = """Ciao Luca,
ti dico la verità: stiamo chiudendo il round seed e la cassa è bloccata fino al closing dal notaio.
Settimana prossima saldiamo tutte le fatture aperte, la tua compresa, promesso 🙏
Se ti serve una conferma scritta dal CEO te la giro.

Grazie per la pazienza (e per il lavoro sulla dashboard, il board l'ha adorata)
Giada

--
Giada Santini
Operations & Finance · Verdeluce
www.verdeluce.eu"""
    attr = attr_gmail(inv.o, sent)
    seed = "prom-verdeluce"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2026, 11, 25, 11, 11, 39)
    hs = reply_headers(addr("Giada Santini", "giada@verdeluce.eu"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "reminder"))
    add(seed, message(hs, alt), kind="client-reply-promise",
        note="'Settimana prossima' alone names no day, so no promised_date; 'tutte le fatture aperte' is a promise, not a dispute.")


@msg
def promise_hotel_rimini():
    inv = Inv("elena", "EV-066", "1098.00", dt.date(2026, 12, 20), dt.date(2027, 1, 19),
              client="Hotel Villa Ada", to="info@hotelvillaada-rimini.it")
    sent = it(2027, 2, 1, 9, 0)
    rem = inv.letter("late_fee", sent.date(), deadline=dt.date(2027, 2, 11), fees=True)
    # the whole thread: reminder, Rino's first answer, Elena's own follow-up, and now Rino again
    rino1 = """Elena ti chiamo io in settimana che qui è un casino, abbiamo i muratori in tutte le camere.
Rino"""
    elena = """Ciao Rino,
ho provato a chiamarti un paio di volte ma non ti trovo mai. Nessun problema per i lavori, capisco benissimo.
Mi dici almeno quando pensi di saldare la fattura di dicembre? Così mi organizzo anch'io.
Grazie,
Elena"""
    reply = """Ciao Elena, scusa scusa, hai ragione.
Guarda, d'inverno qua è tutto fermo, lo sai com'è, abbiamo i lavori alle camere e di incassi zero.
Ai primi di marzo riapriamo e ti saldo tutto, entro il 12 marzo al massimo, va bene? Poi ci vediamo per la campagna di Pasqua che quest'anno la voglio fare bene.
Ciao e grazie eh
Rino Pazzaglia
Hotel Villa Ada *** – Viale Regina Elena, Rimini"""
    subj1 = "R: " + rsubj(inv)
    head_elena = ("Da: Elena Vitale <elena@vitaleconsulting.it>\n"
                  "Inviato: martedì 16 febbraio 2027 18:40\n"
                  "A: Hotel Villa Ada <info@hotelvillaada-rimini.it>\n"
                  f"Oggetto: Re: {subj1}")
    head_rino1 = ("Da: Hotel Villa Ada <info@hotelvillaada-rimini.it>\n"
                  "Inviato: mercoledì 3 febbraio 2027 11:15\n"
                  "A: Elena Vitale <elena@vitaleconsulting.it>\n"
                  f"Oggetto: {subj1}")
    head_rem = outlook_head(inv.o, sent, "info@hotelvillaada-rimini.it", rsubj(inv))
    older = (elena + "\n\n" + head_rino1 + "\n\n" + rino1 + "\n\n" + head_rem + "\n\n" + rem)
    seed = "prom-villaada"
    plain = reply + "\n\n" + head_elena + "\n\n" + older
    alt = multipart("alternative", [text(plain, cs="windows-1252"),
                                    text(outlook_html(reply, head_elena, older, cs="windows-1252"), sub="html",
                                         cs="windows-1252")],
                    bnd(seed, "outlook"))
    rino1_id = mid_outlook(seed + "-rino1")
    elena_id = mid_owner(inv.o, "EV-066-manual")
    d = it(2027, 2, 18, 12, 45, 0)
    hs = reply_headers(addr("Hotel Villa Ada", "info@hotelvillaada-rimini.it"), addr(inv.o.name, inv.o.addr),
                       "R: Re: " + subj1, d, mid_outlook(seed), in_reply_to=elena_id,
                       refs=f"{inv.msgid} {rid(inv, 'late_fee')} {rino1_id} {elena_id}")
    add(seed, message(hs, alt), kind="client-reply-promise", promised_date="2027-03-12",
        note="Third message of a thread (reminder, 'ti chiamo io', the freelancer's own question): 'ai primi di marzo' is vague but he then names the day, 'entro il 12 marzo al massimo'.")


@msg
def promise_libreria_lunedi_prossimo():
    inv = Inv("sara", "3/2027", "305.00", dt.date(2027, 1, 20), dt.date(2027, 2, 19),
              client="Libreria Il Tarlo di Silvia Depaoli", to="libreriailtarlo@gmail.com")
    sent = it(2027, 3, 1, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Gentile Sara,
mi scusi, ho avuto l'inventario di fine inverno e sono indietro con tutto.
Il bonifico per la fattura 3/2027 lo faccio lunedì prossimo, insieme agli altri fornitori.
Cordiali saluti
Silvia Depaoli
Libreria Il Tarlo – Rovereto"""
    attr = attr_gmail(inv.o, sent)
    seed = "prom-tarlo"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem), cte="base64"),
                                    text(gmail_html(reply, attr, rem), sub="html", cte="base64")], bnd(seed))
    d = it(2027, 3, 4, 17, 25, 31)
    hs = reply_headers(addr("Libreria Il Tarlo", "libreriailtarlo@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "reminder"))
    add(seed, message(hs, alt), kind="client-reply-promise", promised_date="2027-03-08", reference="3/2027",
        note="Written on Thursday 4 March: 'lunedì prossimo' is the next Monday after the Date, 8 March.")


@msg
def promise_parrucchiera_natale():
    inv = Inv("marco", "45/2026", "610.00", dt.date(2026, 10, 20), dt.date(2026, 11, 19),
              client="Parrucchieria Sonia di Sonia Atzori", to="parrucchieriasonia@tiscali.it")
    sent = it(2026, 11, 30, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Buongiorno Marco, ho visto la mail.
Dicembre per noi è il mese buono, la pago entro Natale sicuro.
Nel frattempo mi può cambiare la foto in home? Le mando quella nuova su whatsapp.
Sonia"""
    seed = "prom-sonia"
    quoted = ("________________________________\n"
              f"Da: {inv.o.name} <{inv.o.addr}>\n"
              "Inviato: lunedì 30 novembre 2026 09:00\n"
              "A: parrucchieriasonia@tiscali.it\n"
              f"Oggetto: {rsubj(inv)}\n\n" + rem)
    d = it(2026, 12, 2, 14, 10, 5)
    hs = reply_headers(addr("Parrucchieria Sonia", "parrucchieriasonia@tiscali.it"), addr(inv.o.name, inv.o.addr),
                       "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "reminder"))
    add(seed, message(hs, text(reply + "\n\n" + quoted, cs="windows-1252")), kind="client-reply-promise",
        promised_date="2026-12-25",
        note="'Entro Natale' names a day, 25 December; the request to change a photo is a side question.")


@msg
def promise_edilsalento_valuta():
    inv = Inv("stefano", "41/2026", "3050.00", dt.date(2026, 11, 30), dt.date(2026, 12, 30),
              client="Edilsalento Costruzioni S.r.l.", to="amministrazione@edilsalento.it")
    sent = it(2027, 1, 15, 9, 0)
    rem = inv.letter("late_fee", sent.date(), deadline=dt.date(2027, 1, 25), fees=True)
    reply = """Spett.le Studio Rinaldi,

con riferimento al Vs. sollecito, Vi confermiamo che il pagamento della fattura n. 41/2026 di € 3.050,00 (direzione lavori cantiere via Gallipoli) è stato programmato con valuta 31/01/2027.

Restiamo a disposizione per qualsiasi chiarimento.

Distinti saluti

Amministrazione
Edilsalento Costruzioni S.r.l.
Zona Industriale, Lotto 14 – 73013 Galatina (LE)
P.IVA 04417530751

Questo messaggio è destinato unicamente al destinatario. Qualora lo abbiate ricevuto per errore, vogliate cortesemente avvisare il mittente e distruggerlo."""
    head = outlook_head(inv.o, sent, "amministrazione@edilsalento.it", rsubj(inv))
    seed = "prom-edilsalento"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem, cs="windows-1252"),
                                    text(outlook_html(reply, head, rem, cs="windows-1252"), sub="html", cs="windows-1252")],
                    bnd(seed, "outlook"))
    d = it(2027, 1, 19, 11, 48, 26)
    hs = reply_headers(addr("Edilsalento Amministrazione", "amministrazione@edilsalento.it"),
                       addr(inv.o.name, inv.o.addr), "RE: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "late_fee"),
                       extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(seed, message(hs, alt), kind="client-reply-promise", promised_date="2027-01-31", amount="3050.00", currency="EUR",
        reference="41/2026",
        note="'Programmato con valuta 31/01/2027' is a scheduled future payment, a promise for that day, not a payment made.")


@msg
def promise_associazione_contributo():
    inv = Inv("davide", "2026-58", "1200.00", dt.date(2026, 10, 30), dt.date(2026, 11, 29),
              client="Associazione Culturale Sciroccu", to="info@sciroccu.org")
    sent = it(2026, 12, 18, 9, 0)
    rem = inv.letter("late_fee", sent.date(), deadline=dt.date(2026, 12, 28))
    reply = """Caro Davide,
hai ragione e ci dispiace. Come ti avevamo detto a settembre, il documentario è finanziato dall'Assessorato regionale dei Beni culturali e il saldo del contributo non è ancora arrivato (la Regione paga quando paga, lo sai).
Appena ci accreditano, la prima fattura che paghiamo è la tua, hai la mia parola.

Un abbraccio e buone feste
Marilena Cusumano
presidente – Associazione Culturale Sciroccu
via Maqueda 212, Palermo"""
    attr = attr_gmail(inv.o, sent)
    seed = "prom-sciroccu"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2026, 12, 21, 10, 5, 50)
    hs = reply_headers(addr("Associazione Sciroccu", "info@sciroccu.org"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "late_fee"))
    add(seed, message(hs, alt), kind="client-reply-promise",
        note="A promise tied to a regional grant arriving: no day is stated.")


@msg
def promise_kevin_domani_mattina():
    inv = Inv("chiara", "T-2026-093", "450.00", dt.date(2026, 10, 20), dt.date(2026, 11, 19),
              client="Kevin Mbaye", kind="person", to="kevin.mbaye@outlook.it")
    sent = it(2026, 11, 23, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Buonasera dottoressa,
mi scusi tanto, pensavo di averlo già fatto quando ho ritirato le traduzioni giurate, invece no.
Domani mattina le faccio il bonifico dei 450 euro.
Grazie per la pazienza e buona serata
Kevin Mbaye"""
    head = ("________________________________\n"
            f"Da: {inv.o.name} <{inv.o.addr}>\n"
            "Inviato: lunedì 23 novembre 2026 09:00\n"
            "A: kevin.mbaye@outlook.it <kevin.mbaye@outlook.it>\n"
            f"Oggetto: {rsubj(inv)}")
    seed = "prom-kevin"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem),
                                    text(outlook_html(reply, head[33:], rem), sub="html")], bnd(seed, "outlook"))
    d = it(2026, 11, 23, 22, 47, 3)
    hs = reply_headers(addr("Kevin Mbaye", "kevin.mbaye@outlook.it"), addr(inv.o.name, inv.o.addr),
                       "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "due"))
    add(seed, message(hs, alt), kind="client-reply-promise", promised_date="2026-11-24", amount="450.00", currency="EUR",
        note="Written late on Monday 23 November: 'domani mattina' is 24 November; 'pensavo di averlo già fatto' is not a payment claim.")


@msg
def promise_palestra_mezzanotte():
    inv = Inv("francesca", "FB/2026/038", "732.00", dt.date(2026, 10, 14), dt.date(2026, 11, 13),
              client="Palestra Fit&Fun di Massimo Tosi", to="fitandfun.villafranca@gmail.com")
    sent = it(2026, 11, 30, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Ciao Francesca,
scusa l'ora, ho visto adesso la mail che ero in palestra fino a tardi con i corsi serali.
Hai ragione, la fattura del DVR me l'ero persa tra le mille carte. Te la pago entro fine mese, promesso.
Max"""
    attr = attr_gmail_android(inv.o, sent)
    seed = "prom-fitfun"
    d = it(2026, 12, 1, 0, 30, 12)
    hs = reply_headers(addr("Massimo Tosi", "fitandfun.villafranca@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "reminder"))
    add(seed, message(hs, text(reply + "\n\n" + attr + "\n\n" + gt(rem))), kind="client-reply-promise",
        promised_date="2026-12-31",
        note="Sent at 00:30 on 1 December Italian time (still 30 November in UTC): 'entro fine mese' is 31 December in the sender's time zone.")


@msg
def promise_studio_legale_iban():
    inv = Inv("chiara", "T-2026-101", "854.00", dt.date(2026, 11, 10), dt.date(2026, 12, 10),
              client="Studio Legale Ferraris & Associati", to="segreteria@studiolegaleferraris.it")
    sent = it(2027, 1, 11, 9, 0)
    rem = inv.letter("late_fee", sent.date(), deadline=dt.date(2027, 1, 21), fees=True)
    reply = """Gentile Dott.ssa Lombardi,

provvederemo al pagamento della fattura T-2026-101 entro il 20 gennaio.

Le chiedo però conferma delle coordinate: in anagrafica fornitori abbiamo un IBAN Intesa Sanpaolo che termina con 4471, mentre nel sollecito ne vedo uno Fineco. Quale dobbiamo usare?

Cordiali saluti

Elisa Gallo
Segreteria – Studio Legale Ferraris & Associati
Corso Vittorio Emanuele II 82 – 10121 Torino
Tel. 011 562 3310

Il presente messaggio e gli eventuali allegati sono di natura confidenziale e riservati al destinatario. Chiunque lo ricevesse per errore è pregato di darne comunicazione al mittente."""
    head = outlook_head(inv.o, sent, "segreteria@studiolegaleferraris.it", rsubj(inv))
    seed = "prom-ferraris"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem),
                                    text(outlook_html(reply, head, rem), sub="html")], bnd(seed, "outlook"))
    d = it(2027, 1, 13, 12, 20, 44)
    hs = reply_headers(addr("Elisa Gallo", "segreteria@studiolegaleferraris.it"), addr(inv.o.name, inv.o.addr),
                       "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "late_fee"),
                       extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(seed, message(hs, alt), kind="client-reply-promise", promised_date="2027-01-20", reference="T-2026-101",
        note="A promise for 20 January together with a question about which IBAN to use; the question does not cancel the promise.")


@msg
def promise_marito_giovedi_21():
    inv = Inv("davide", "2026-66", "1500.00", dt.date(2026, 11, 25), dt.date(2026, 12, 25),
              client="Lucia Fanti", kind="person", to="lucia.fanti@gmail.com")
    sent = it(2027, 1, 8, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Buonasera Davide, sono Giuseppe, il marito di Lucia. Lei è a Milano per lavoro fino a mercoledì e mi ha chiesto di risponderti.
Il saldo del video del matrimonio lo facciamo giovedì 21 appena rientra, perché il conto è intestato a lei e l'app la ha sul suo telefono.
Scusa l'attesa, il video è bellissimo, l'abbiamo già visto dieci volte.
Peppe"""
    attr = attr_gmail(inv.o, sent)
    seed = "prom-fanti"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2027, 1, 11, 20, 50, 37)
    hs = reply_headers(addr("Giuseppe Russo", "peppe.russo78@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "reminder"),
                       extra=[("Cc", "lucia.fanti@gmail.com")])
    add(seed, message(hs, alt), kind="client-reply-promise", promised_date="2027-01-21",
        note="The husband writes for his wife: payment on Thursday 21 January; 'fino a mercoledì' is her trip, not the payment day.")


# ============================================================================================
# client-reply-dispute
# ============================================================================================

@msg
def dispute_condominio_a_corpo():
    inv = Inv("stefano", "35/2026", "1464.00", dt.date(2026, 10, 26), dt.date(2026, 11, 25),
              client="Condominio Via Taranto 41 c/o Studio Ciccarese", to="studio.ciccarese@pec-mail.it")
    sent = it(2026, 11, 27, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Arch. Rinaldi buonasera,

ho ricevuto il promemoria ma Le devo segnalare che la fattura n. 35/2026 non corrisponde a quanto approvato dall'assemblea del 12 settembre.

Il preventivo da Lei presentato per la verifica delle infiltrazioni dal lastrico solare era a corpo, € 900,00 più cassa e IVA, mentre in fattura sono riportate 12 ore di sopralluogo a € 90/h più spese, per un totale di € 1.464,00.

Non posso mettere in pagamento un importo diverso da quello deliberato. La prego di emettere nota di credito e una nuova fattura conforme al preventivo approvato.

Cordiali saluti

Dott.ssa Raffaella Ciccarese
Amministratore condominiale
Via Oberdan 22 – 73100 Lecce"""
    head = outlook_head(inv.o, sent, "studio.ciccarese@pec-mail.it", rsubj(inv))
    seed = "disp-ciccarese"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem),
                                    text(outlook_html(reply, head, rem), sub="html")], bnd(seed, "outlook"))
    d = it(2026, 11, 30, 16, 2, 19)
    hs = reply_headers(addr("Studio Ciccarese", "studio.ciccarese@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "due"))
    add(seed, message(hs, alt), kind="client-reply-dispute", reference="35/2026",
        note="The amount contradicts the approved lump-sum quote and a credit note is asked for; 900 and 1464 are the disputed figures, not a sum paid.")


@msg
def dispute_ristorante_foto_mancanti():
    inv = Inv("giulia", "2026/133", "900.00", dt.date(2026, 11, 5), dt.date(2026, 12, 5),
              client="Ristorante La Lanterna", to="lalanterna.ferrara@gmail.com")
    sent = it(2026, 12, 7, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Ciao Giulia,
scusa ma prima di pagare ti devo dire una cosa: delle 60 foto dei piatti che avevamo concordato me ne sono arrivate 40, e quelle della sala non le ho proprio viste. Il nuovo menù va in stampa a gennaio e mi servono tutte.

Quando mi mandi quelle che mancano ti pago subito, senza problemi.

Michele
Ristorante La Lanterna – Ferrara"""
    attr = attr_gmail(inv.o, sent)
    seed = "disp-lanterna"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2026, 12, 7, 15, 33, 2)
    hs = reply_headers(addr("Michele Guidetti", "lalanterna.ferrara@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "due"))
    add(seed, message(hs, alt), kind="client-reply-dispute",
        note="Payment is withheld until the missing photos arrive: work not fully delivered; 'ti pago subito' is conditional and dispute wins over promise.")


@msg
def dispute_agriturismo_doppione():
    inv = Inv("marco", "3/2027", "366.00", dt.date(2027, 1, 5), dt.date(2027, 2, 4),
              client="Agriturismo Su Pranu", to="info@agriturismosupranu.it")
    sent = it(2027, 1, 25, 8, 0)
    rem = inv.letter("courtesy", sent.date())
    reply = """Buongiorno Marco,
questa fattura (la 3/2027) mi sembra un doppione di quella che le ho già pagato a dicembre: stessa descrizione (manutenzione annuale del sito e dominio) e stesso importo. Il rinnovo annuale l'abbiamo già fatto, non vorrei pagare due volte la stessa cosa.
Mi fa sapere? Intanto non la metto in pagamento.
Saluti
Anna Maria Cadoni
Agriturismo Su Pranu – Barumini"""
    quoted = attr_gmail(inv.o, sent) + "\n\n" + gt(rem)
    seed = "disp-supranu"
    d = it(2027, 1, 25, 9, 10, 18)
    hs = reply_headers(addr("Agriturismo Su Pranu", "info@agriturismosupranu.it"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "courtesy"))
    add(seed, message(hs, text(reply + "\n\n" + quoted, cte="base64")), kind="client-reply-dispute", reference="3/2027",
        note="Says the invoice duplicates one already paid and holds it: already billed, not a claim that this invoice was paid.")


@msg
def dispute_gelateria_sconto():
    inv = Inv("luca", "2027-009", "800.00", dt.date(2027, 1, 14), dt.date(2027, 2, 13),
              client="Gelateria Ghiaccio Bollente", to="ghiacciobollente.fi@gmail.com")
    sent = it(2027, 2, 15, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Ciao Luca,
ti scrivo onestamente: l'app del menù digitale l'avevamo preventivata per 800 euro, ma alla fine ci hai messo meno del previsto e alcune cose (le notifiche push e la raccolta punti) le abbiamo tolte per strada.
Ti proponiamo 600 euro e chiudiamo qui, che dici? Se ti va bene facciamo il bonifico subito.

Fabrizio
Gelateria Ghiaccio Bollente – Borgo San Frediano, Firenze"""
    attr = attr_gmail(inv.o, sent)
    seed = "disp-gelateria"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2027, 2, 16, 14, 2, 51)
    hs = reply_headers(addr("Fabrizio Bandini", "ghiacciobollente.fi@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "due"))
    add(seed, message(hs, alt), kind="client-reply-dispute",
        note="Asks for a discount (600 instead of 800); the offer to pay at once is conditional on the discount, so no amount is promised.")


@msg
def dispute_traduzione_errori():
    inv = Inv("chiara", "T-2026-088", "1180.00", dt.date(2026, 10, 5), dt.date(2026, 11, 4),
              client="Vinicola Colli del Roero S.r.l.", to="export@collidelroero.it")
    sent = it(2026, 11, 10, 9, 0)
    rem = inv.letter("reminder", sent.date(), fees=True)
    reply = """Gentile Chiara,

abbiamo ricevuto il sollecito per la fattura T-2026-088.

Purtroppo la traduzione in inglese delle schede tecniche conteneva parecchi errori di terminologia (per esempio "affinamento" reso con "refinement", "sentori" con "feelings", "vendemmia tardiva" con "late harvesting season") e il nostro importatore di Londra ce l'ha fatto notare, non proprio con gentilezza. Abbiamo dovuto far rivedere tutto da un madrelingua a nostre spese.

Alla luce di questo riteniamo corretto riconoscere il 50% dell'importo. Le chiediamo di emettere una nota di credito per la differenza; alla ricezione provvederemo al pagamento del residuo.

Cordiali saluti

Paolo Bertola
Export Manager
Vinicola Colli del Roero S.r.l.
Località San Grato 7 – 12043 Canale (CN)"""
    head = outlook_head(inv.o, sent, "export@collidelroero.it", rsubj(inv))
    seed = "disp-roero"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem, cte="base64"),
                                    text(outlook_html(reply, head, rem), sub="html", cte="base64")], bnd(seed, "outlook"))
    d = it(2026, 11, 12, 10, 44, 7)
    hs = reply_headers(addr("Paolo Bertola", "export@collidelroero.it"), addr(inv.o.name, inv.o.addr),
                       "RE: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "reminder"),
                       extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(seed, message(hs, alt), kind="client-reply-dispute", reference="T-2026-088",
        note="Quality complaint, only half recognised and a credit note asked for; the payment of the rest is conditional, dispute prevails.")


@msg
def dispute_intestazione_sbagliata():
    inv = Inv("elena", "EV-060", "2074.00", dt.date(2026, 11, 2), dt.date(2026, 12, 2),
              client="Mobili Brambilla S.r.l.", to="info@mobilibrambilla.it")
    sent = it(2026, 12, 9, 9, 0)
    rem = inv.letter("reminder", sent.date(), fees=True)
    reply = """Buongiorno Dott.ssa Vitale,

sono la Rag. Cattaneo, seguo la contabilità di Mobili Brambilla & C. s.a.s., che mi ha girato il Suo sollecito.

La fattura n. EV-060 è intestata a "Mobili Brambilla S.r.l." con una partita IVA che non è quella della società (la srl è stata trasformata in sas nel 2024, con nuova P.IVA). Così non possiamo né registrarla né pagarla.

Le chiedo di stornarla con nota di credito e di riemetterla con i dati corretti:
Mobili Brambilla & C. s.a.s.
Via Carlo Porta 9 – 20851 Lissone (MB)
P.IVA 02938470965 – codice destinatario M5UXCR1

Appena arriva quella corretta il cliente la paga.

Cordiali saluti
Rag. Giovanna Cattaneo
Studio Cattaneo – Consulenza contabile e fiscale
Desio (MB)"""
    seed = "disp-brambilla"
    plain = reply + "\n\n-----Messaggio originale-----\n" + \
        f"Da: Mobili Brambilla <info@mobilibrambilla.it>\nInviato: giovedì 10 dicembre 2026 17:04\n" \
        "A: studio.cattaneo@studiocattaneo-desio.it\nOggetto: I: " + rsubj(inv) + "\n\n" \
        "Giovanna guarda tu, io non ci capisco niente. Luigi\n\n" + \
        outlook_head(inv.o, sent, "info@mobilibrambilla.it", rsubj(inv), old=True) + "\n\n" + rem
    d = it(2026, 12, 15, 11, 17, 25)
    hs = reply_headers(addr("Studio Cattaneo", "studio.cattaneo@studiocattaneo-desio.it"), addr(inv.o.name, inv.o.addr),
                       "R: I: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "reminder"),
                       extra=[("Cc", "info@mobilibrambilla.it")])
    add(seed, message(hs, text(plain, cs="windows-1252")), kind="client-reply-dispute", reference="EV-060",
        note="The accountant refuses to register or pay an invoice made out to the wrong company and asks for a credit note; 'appena arriva quella corretta il cliente la paga' is conditional and does not make it a promise.")


@msg
def dispute_anziano_figlio():
    inv = Inv("andrea", "FT-2027-006", "180.00", dt.date(2027, 1, 7), dt.date(2027, 1, 27),
              client="Nicola Dibenedetto", kind="person", to="nicoladibenedetto@alice.it")
    sent = it(2027, 1, 27, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Buonasera io questo lavoro non l ho mai chiesto. il computer lo ha voluto mio figlio Gianni che abita a Torino e lui le ha detto di venire a casa mia a montarlo. io non pago niente perche non lo uso neanche, lo tiene mia nipote.
chiedete a lui i soldi
Nicola Dibenedetto
Bitonto"""
    seed = "disp-dibenedetto"
    quoted = ("----Messaggio originale----\n"
              f"Da: \"{inv.o.name}\" <{inv.o.addr}>\n"
              "Data: 27/01/2027 9.00\n"
              "A: <nicoladibenedetto@alice.it>\n"
              f"Ogg: {rsubj(inv)}\n\n" + rem)
    d = it(2027, 1, 28, 17, 6, 30)
    hs = reply_headers("nicoladibenedetto@alice.it", inv.o.addr, "R: " + rsubj(inv), d,
                       mid_plain(seed, "alice.it"), inv, rid(inv, "due"))
    add(seed, message(hs, text(reply + "\n\n" + quoted, cs="windows-1252")), kind="client-reply-dispute",
        note="An old man refuses to pay ('io non pago niente') because his son ordered the work; typed without accents or apostrophes.")


@msg
def dispute_sessanta_gg_fine_mese():
    inv = Inv("luca", "2026-031", "2684.00", dt.date(2026, 10, 20), dt.date(2026, 11, 19),
              client="Orbita Labs S.r.l.", to="finance@orbitalabs.it")
    sent = it(2026, 12, 9, 9, 0)
    rem = inv.letter("late_fee", sent.date(), deadline=dt.date(2026, 12, 19), fees=True)
    reply = """Ciao Luca,

ho visto il reminder con gli interessi di mora, ma credo ci sia un errore: il contratto quadro che abbiamo firmato a luglio (art. 6) prevede il pagamento a 60 giorni fine mese data fattura, non a 30.
La 2026-031 è del 20 ottobre, quindi scade a fine dicembre: oggi non è scaduta, e gli interessi e i 40 euro di indennizzo non sono dovuti.

Ti chiedo di correggere la scadenza nel tuo gestionale e di annullare questo sollecito. Ti allego l'estratto del contratto.

Grazie,
Irene Vaccaro
Finance · Orbita Labs"""
    attr = attr_gmail(inv.o, sent)
    seed = "disp-orbita"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed + "a"))
    body = multipart("mixed", [alt, attachment(tiny_pdf("Contratto quadro art. 6"), "application/pdf",
                                               "Orbita_contratto_quadro_estratto.pdf")], bnd(seed))
    d = it(2026, 12, 10, 9, 55, 3)
    hs = reply_headers(addr("Irene Vaccaro", "irene.vaccaro@orbitalabs.it"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "late_fee"),
                       extra=[("Cc", "finance@orbitalabs.it")])
    add(seed, message(hs, body), kind="client-reply-dispute", reference="2026-031",
        note="Contests the due date and the late fees under the framework contract; the invoice is not refused, but the reminder and its charges are contested.")


@msg
def dispute_pasticceria_iva_inclusa():
    inv = Inv("sara", "9/2027", "610.00", dt.date(2027, 2, 10), dt.date(2027, 3, 12),
              client="Pasticceria Zanella", to="pasticceriazanella@gmail.com")
    sent = it(2027, 3, 15, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Buonasera Sara,
guardando meglio la fattura 9/2027 vedo 610 euro, ma nel preventivo che ci avevi mandato a gennaio c'era scritto 500 euro IVA inclusa, non più IVA. Noi avevamo capito così e avevamo messo a budget 500.
Possiamo sistemare? Ti allego il preventivo.
Grazie
Luisa Zanella"""
    attr = attr_apple(inv.o, sent)
    seed = "disp-zanella"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(apple_html(reply, attr, rem), sub="html")], bnd(seed + "a", "apple"))
    body = multipart("mixed", [alt, attachment(tiny_pdf("Preventivo Zanella"), "application/pdf", "Preventivo_Zanella.pdf")],
                     bnd(seed, "apple"))
    d = it(2027, 3, 16, 18, 40, 15)
    hs = reply_headers(addr("Luisa Zanella", "pasticceriazanella@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_apple(seed, "gmail.com"), inv, rid(inv, "due"),
                       extra=[("X-Mailer", "Apple Mail (2.3826.400.120.2)")])
    add(seed, message(hs, body), kind="client-reply-dispute", reference="9/2027",
        note="Contests the amount (quote was 500 VAT included, invoice 610): a polite 'possiamo sistemare?' is still a dispute.")


@msg
def dispute_officina_sito_giu():
    inv = Inv("marco", "5/2027", "1830.00", dt.date(2027, 1, 15), dt.date(2027, 2, 14),
              client="Officina Meccanica Serra", to="officinaserra.nuoro@gmail.com")
    sent = it(2027, 2, 19, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Marco il sito va giù un giorno sì e uno no, i clienti mi chiamano che non riescono a prenotare il tagliando.
FINCHÉ NON FUNZIONA COME SI DEVE IL SALDO NON TE LO PAGO.
Chiamami.
Serra

Inviato da iPhone"""
    plain = reply + "\n\n" + attr_apple(inv.o, sent) + "\n\n" + gt(rem)
    seed = "disp-serra"
    d = it(2027, 2, 22, 8, 15, 4)
    hs = reply_headers(addr("Officina Serra", "officinaserra.nuoro@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_apple(seed, "gmail.com"), inv, rid(inv, "reminder"),
                       extra=[("X-Mailer", "iPhone Mail (22D82)")])
    add(seed, message(hs, text(plain)), kind="client-reply-dispute",
        note="Withholds the balance until the website works: work not as agreed.")


@msg
def dispute_asd_sponsor():
    inv = Inv("giulia", "2026/121", "400.00", dt.date(2026, 10, 19), dt.date(2026, 11, 18),
              client="ASD Basket Casalecchio", to="info@basketcasalecchio.it")
    sent = it(2026, 11, 18, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Ciao Giulia,
scusa ma credo ci sia un malinteso. A settembre, quando ci siamo visti al palazzetto, eravamo d'accordo che le foto della squadra le facevi come sponsor tecnico, in cambio del tuo logo sul sito e sui banner della prima squadra (che ci sono da ottobre, li hai visti).
Non avevamo mai parlato di una fattura da 400 euro. Se vuoi ne parliamo a voce, ma così non possiamo pagarla: il bilancio della società è quello che è.

Davide Cevenini
presidente ASD Basket Casalecchio"""
    attr = attr_gmail(inv.o, sent)
    seed = "disp-basket"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2026, 11, 20, 21, 30, 40)
    hs = reply_headers(addr("Davide Cevenini", "presidente@basketcasalecchio.it"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "due"))
    add(seed, message(hs, alt), kind="client-reply-dispute",
        note="The sports club says the photos were agreed as a sponsorship in kind and will not pay; 400 is the disputed invoice, not a sum paid.")


@msg
def dispute_scia_non_depositata():
    inv = Inv("stefano", "4/2027", "2440.00", dt.date(2027, 1, 10), dt.date(2027, 2, 9),
              client="Marco Perrone", kind="person", to="marco.perrone@icloud.com")
    sent = it(2027, 2, 1, 8, 0)
    rem = inv.letter("courtesy", sent.date())
    reply = """Buongiorno Stefano,
scusa ma la fattura del saldo (la n. 4/2027) secondo il nostro accordo era da emettere a fine lavori, dopo il deposito della SCIA in Comune e la comunicazione di fine lavori. Ad oggi la pratica non risulta ancora depositata (ho chiesto io all'ufficio tecnico di Otranto venerdì).
Ti chiediamo quindi di stornarla con una nota di credito e di riemetterla quando la pratica sarà chiusa.
Ciao
Marco e Valeria Perrone"""
    attr = attr_apple(inv.o, sent)
    seed = "disp-perrone"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(apple_html(reply, attr, rem), sub="html")], bnd(seed, "apple"))
    d = it(2027, 2, 4, 13, 20, 2)
    hs = reply_headers(addr("Marco Perrone", "marco.perrone@icloud.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_apple(seed, "icloud.com"), inv, rid(inv, "courtesy"),
                       extra=[("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")])
    add(seed, message(hs, alt), kind="client-reply-dispute", reference="4/2027",
        note="The final invoice was issued before the agreed milestone; a credit note is asked for.")


@msg
def dispute_pagato_parte_resto_no():
    inv = Inv("davide", "2027-09", "550.00", dt.date(2027, 2, 1), dt.date(2027, 3, 3),
              client="Pasticceria Oliveri", to="pasticceriaoliveri@gmail.com")
    sent = it(2027, 3, 5, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Ciao Davide,
ti ho pagato oggi i 400 euro delle foto come da preventivo.
I 150 di postproduzione extra invece non li avevamo concordati: nessuno ci ha detto che ritoccare le foto costava a parte, per noi era compreso. Quelli non li paghiamo, mi dispiace.
Carmelo Oliveri
Pasticceria Oliveri – Mondello"""
    attr = attr_gmail_android(inv.o, sent)
    seed = "disp-oliveri"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2027, 3, 9, 12, 5, 22)
    hs = reply_headers(addr("Carmelo Oliveri", "pasticceriaoliveri@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "due"))
    add(seed, message(hs, alt), kind="client-reply-dispute", amount="400.00", currency="EUR",
        note="Paid 400 and refuses the 150 of extra post-production: dispute beats paid; the amount is the 400 stated as paid.")


# ============================================================================================
# client-reply-other
# ============================================================================================

@msg
def other_farmacia_ricevuto():
    inv = Inv("francesca", "FB/2026/036", "488.00", dt.date(2026, 10, 9), dt.date(2026, 11, 8),
              client="Farmacia Zorzi", to="farmaciazorzi@gmail.com")
    sent = it(2026, 11, 3, 8, 0)
    rem = inv.letter("courtesy", sent.date())
    reply = "Ricevuto, grazie.\n\nDott. Alberto Zorzi\nFarmacia Zorzi – Legnago\n\nInviato da iPad"
    plain = reply + "\n\n" + attr_apple(inv.o, sent) + "\n\n" + gt(rem)
    seed = "oth-zorzi"
    d = it(2026, 11, 4, 9, 12, 41)
    hs = reply_headers(addr("Farmacia Zorzi", "farmaciazorzi@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_apple(seed, "gmail.com"), inv, rid(inv, "courtesy"),
                       extra=[("X-Mailer", "iPad Mail (22B83)")])
    add(seed, message(hs, text(plain)), kind="client-reply-other",
        note="'Ricevuto, grazie' to a courtesy note: acknowledges, says nothing about paying.")


@msg
def other_nido_iban():
    inv = Inv("giulia", "2026/119", "320.00", dt.date(2026, 10, 16), dt.date(2026, 11, 15),
              client="Nido d'infanzia Il Girotondo", to="nido.girotondo@gmail.com", payment=False)
    sent = it(2026, 11, 9, 8, 0)
    rem = inv.letter("courtesy", sent.date())
    reply = """Buongiorno Giulia,
mi rimanda l'IBAN per favore? La mail con la fattura non la trovo più, forse l'ha cancellata la mia collega facendo pulizia della casella (siamo al limite dello spazio).
Grazie! E grazie ancora per le foto della festa dei nonni, le famiglie sono entusiaste.
Roberta
coordinatrice – Nido d'infanzia Il Girotondo
Casalecchio di Reno"""
    attr = attr_gmail(inv.o, sent)
    seed = "oth-girotondo"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2026, 11, 10, 10, 40, 26)
    hs = reply_headers(addr("Nido Il Girotondo", "nido.girotondo@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "courtesy"))
    add(seed, message(hs, alt), kind="client-reply-other",
        note="Asks for the bank details again; no payment made or promised.")


@msg
def other_fonderia_girata_fornitori():
    inv = Inv("chiara", "T-2026-100", "1464.00", dt.date(2026, 11, 3), dt.date(2026, 12, 3),
              client="Fonderia Alpina S.p.A.", to="marketing@fonderialpina.it")
    sent = it(2026, 12, 3, 9, 0)
    rem = inv.letter("due", sent.date())
    reply = """Buongiorno Chiara,
ho girato la tua mail all'ufficio fornitori (in copia) perché i pagamenti non passano da me. Dovrebbero risponderti loro a breve.
Ciao e grazie ancora per il catalogo in tedesco, è piaciuto molto in fiera.

Stefania Ramella
Marketing & Communication
Fonderia Alpina S.p.A. – Biella
www.fonderialpina.it

P Prima di stampare questa e-mail pensa all'ambiente."""
    head = outlook_head(inv.o, sent, "marketing@fonderialpina.it", rsubj(inv))
    seed = "oth-fonderia"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem),
                                    text(outlook_html(reply, head, rem), sub="html")], bnd(seed, "outlook"))
    d = it(2026, 12, 3, 14, 31, 10)
    hs = reply_headers(addr("Ramella Stefania", "s.ramella@fonderialpina.it"), addr(inv.o.name, inv.o.addr),
                       "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "due"),
                       extra=[("Cc", "Ufficio Fornitori <fornitori@fonderialpina.it>"),
                              ("X-Mailer", "Microsoft Outlook 16.0")])
    add(seed, message(hs, alt), kind="client-reply-other",
        note="Forwarded to accounts payable; 'dovrebbero risponderti' is not a promise to pay.")


@msg
def other_cartoleria_bonifico_tornato():
    inv = Inv("elena", "EV-062", "427.00", dt.date(2026, 12, 14), dt.date(2027, 1, 13),
              client="Cartoleria Pennino di Lucia Pennino", to="cartoleriapennino@gmail.com")
    claim = dt.date(2027, 1, 15)
    sent = it(2027, 1, 25, 9, 0)
    rem = inv.letter("paid_claim_followup", sent.date(), claim=claim, paid_on=dt.date(2027, 1, 15))
    reply = """Buongiorno Elena,
ha ragione, le avevo fatto il bonifico il 15 ma stamattina la banca me l'ha restituito, con la scritta "IBAN beneficiario inesistente". Ho ricopiato quello della fattura, forse ho sbagliato una cifra io, non so.
Me lo può riconfermare? Le allego l'avviso della banca.
Lucia Pennino
Cartoleria Pennino – Lodi"""
    attr = attr_gmail(inv.o, sent)
    seed = "oth-pennino"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed + "a"))
    body = multipart("mixed", [alt, attachment(tiny_pdf("Storno bonifico"), "application/pdf", "avviso_storno_bonifico.pdf")],
                     bnd(seed))
    d = it(2027, 1, 27, 16, 44, 8)
    hs = reply_headers(addr("Lucia Pennino", "cartoleriapennino@gmail.com"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "paid_claim_followup"))
    add(seed, message(hs, body), kind="client-reply-other",
        note="The transfer bounced back (IBAN not found) and nothing has been sent again; she only asks for the IBAN, so it is neither paid nor a promise.")


@msg
def other_ortopedia_ritenuta():
    inv = Inv("sara", "6/2027", "732.00", dt.date(2027, 1, 29), dt.date(2027, 2, 28),
              client="Ortopedia Sanitaria Moser", to="amministrazione@ortopediamoser.it")
    sent = it(2027, 2, 10, 8, 0)
    rem = inv.letter("courtesy", sent.date())
    reply = """Buongiorno Sara,
una domanda sulla fattura 6/2027: è senza ritenuta d'acconto, è giusto così? Il nostro commercialista dice che per i professionisti dobbiamo trattenere il 20% e versarlo noi con l'F24, ma forse lei è in regime forfettario e allora non serve.
Me lo può confermare?
Grazie, buona giornata
Elisabetta Moser
Ortopedia Sanitaria Moser - Trento"""
    head = outlook_head(inv.o, sent, "amministrazione@ortopediamoser.it", rsubj(inv))
    seed = "oth-moser"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem, cs="iso-8859-15"),
                                    text(outlook_html(reply, head, rem, cs="iso-8859-15"), sub="html", cs="iso-8859-15")],
                    bnd(seed, "outlook"))
    d = it(2027, 2, 11, 11, 25, 49)
    hs = reply_headers(addr("Elisabetta Moser", "amministrazione@ortopediamoser.it"), addr(inv.o.name, inv.o.addr),
                       "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "courtesy"))
    add(seed, message(hs, alt), kind="client-reply-other", reference="6/2027",
        note="A question about withholding tax on an invoice not yet due; she does not contest the invoice and promises nothing.")


@msg
def other_notaio_segretaria_ferie():
    inv = Inv("luca", "2026-044", "976.00", dt.date(2026, 11, 20), dt.date(2026, 12, 20),
              client="Studio Notarile Bellandi", to="segreteria@notaiobellandi.it")
    sent = it(2026, 12, 28, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Gentile sig. Pellegrini,
il notaio è in ferie fino al 10 gennaio e le fatture dei fornitori le autorizza lui personalmente. Gliela sottopongo appena rientra.
Cordiali saluti
Carla Innocenti
Studio Notarile Bellandi – Prato"""
    head = outlook_head(inv.o, sent, "segreteria@notaiobellandi.it", rsubj(inv))
    seed = "oth-bellandi"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem),
                                    text(outlook_html(reply, head, rem), sub="html")], bnd(seed, "outlook"))
    d = it(2026, 12, 29, 10, 2, 33)
    hs = reply_headers(addr("Segreteria Studio Notarile Bellandi", "segreteria@notaiobellandi.it"),
                       addr(inv.o.name, inv.o.addr), "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "reminder"))
    add(seed, message(hs, alt), kind="client-reply-other",
        note="A secretary writes by hand that the notary is away until 10 January: a human reply, not an auto-reply, and submitting the invoice to him is not a promise to pay.")


@msg
def other_caseificio_sdi():
    inv = Inv("davide", "2027-03", "854.00", dt.date(2027, 1, 10), dt.date(2027, 2, 9),
              client="Caseificio Madonie S.r.l.", to="amministrazione@caseificiomadonie.it")
    sent = it(2027, 2, 1, 8, 0)
    rem = inv.letter("courtesy", sent.date())
    reply = """Buongiorno,
noi questa fattura nel cassetto fiscale non la vediamo e non ci è arrivata tramite SDI, abbiamo solo il pdf che ci avete mandato a gennaio.
Il nostro codice destinatario è KRRH6B9. Ce la può ritrasmettere?
Grazie
Rosaria Lo Verde
Amministrazione – Caseificio Madonie S.r.l.
Contrada Piano Zucchi – Isnello (PA)"""
    attr = attr_gmail(inv.o, sent)
    seed = "oth-madonie"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2027, 2, 2, 9, 30, 5)
    hs = reply_headers(addr("Caseificio Madonie", "amministrazione@caseificiomadonie.it"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "courtesy"))
    add(seed, message(hs, alt), kind="client-reply-other",
        note="The e-invoice never reached them through SdI; they ask for it to be sent again, without contesting it or saying when they pay. KRRH6B9 is a recipient code.")


@msg
def other_hotel_nuova_amministrativa():
    inv = Inv("francesca", "FB/2026/047", "1098.00", dt.date(2026, 11, 16), dt.date(2026, 12, 16),
              client="Hotel Garda Blu", to="amministrazione@hotelgardablu.it")
    sent = it(2027, 1, 12, 9, 0)
    rem = inv.letter("reminder", sent.date(), fees=True)
    reply = """Buongiorno,
sono la nuova responsabile amministrativa dell'hotel, da novembre. Non trovo nessun ordine o contratto a suo nome e la persona che c'era prima di me non ha lasciato note.
Di che servizio si tratta? Mi può mandare il preventivo firmato o il contratto, così verifico e la giro alla direzione.
Grazie
Erika Tonoli
Amministrazione – Hotel Garda Blu ****
Lungolago Mazzini 12 – Peschiera del Garda (VR)"""
    head = outlook_head(inv.o, sent, "amministrazione@hotelgardablu.it", rsubj(inv))
    seed = "oth-gardablu"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem, cs="windows-1252"),
                                    text(outlook_html(reply, head, rem, cs="windows-1252"), sub="html", cs="windows-1252")],
                    bnd(seed, "outlook"))
    d = it(2027, 1, 13, 15, 8, 57)
    hs = reply_headers(addr("Erika Tonoli", "amministrazione@hotelgardablu.it"), addr(inv.o.name, inv.o.addr),
                       "RE: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "reminder"))
    add(seed, message(hs, alt), kind="client-reply-other",
        note="A new employee asks what the invoice is for and for the signed quote: a question, not yet a dispute.")


@msg
def other_anziano_bancomat():
    inv = Inv("sara", "12/2026", "180.00", dt.date(2026, 11, 24), dt.date(2026, 12, 24),
              client="Giorgio Pedrotti", kind="person", to="giorgio.pedrotti@tin.it")
    sent = it(2027, 1, 8, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Buongiorno signora Colombo,
sono Giorgio Pedrotti, quello delle partecipazioni per le nozze d'oro.
Io la banca su internet non ce l'ho e in filiale a Pergine mi hanno detto che per il bonifico devo prendere appuntamento.
Posso venire in studio a pagare con il bancomat o in contanti? Mi dica lei quando è comoda.
Saluti
Giorgio Pedrotti"""
    seed = "oth-pedrotti"
    quoted = ("----- Original Message -----\n"
              f"From: \"{inv.o.name}\" <{inv.o.addr}>\n"
              "To: <giorgio.pedrotti@tin.it>\n"
              "Sent: Friday, January 08, 2027 9:00 AM\n"
              f"Subject: {rsubj(inv)}\n\n" + gt(rem))
    d = it(2027, 1, 9, 10, 17, 0)
    hs = reply_headers(addr("Giorgio Pedrotti", "giorgio.pedrotti@tin.it"), addr(inv.o.name, inv.o.addr),
                       "R: " + rsubj(inv), d, mid_plain(seed, "tin.it"), inv, rid(inv, "reminder"),
                       extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")])
    add(seed, message(hs, text(reply + "\n\n" + quoted, cs="windows-1252")), kind="client-reply-other",
        note="An old man asks whether he can pay in person by card or cash and when: a question about how to pay, with no day and no commitment yet.")


@msg
def other_cooperativa_codice_sdi():
    inv = Inv("marco", "53/2026", "549.00", dt.date(2026, 12, 10), dt.date(2027, 1, 9),
              client="Cooperativa Sociale Il Sentiero", to="amministrazione@coopilsentiero.it")
    sent = it(2027, 1, 4, 8, 0)
    rem = inv.letter("courtesy", sent.date())
    reply = """Buongiorno,

vi comunichiamo che dal 1° gennaio 2027 il nostro codice destinatario per la fatturazione elettronica è cambiato: il nuovo codice è USAL8PV (PEC: ilsentiero@legalmail.it).
Vi chiediamo di utilizzarlo per le prossime fatture.

Cordiali saluti
Ufficio Amministrazione
Cooperativa Sociale Il Sentiero – Oristano"""
    head = outlook_head(inv.o, sent, "amministrazione@coopilsentiero.it", rsubj(inv))
    seed = "oth-sentiero"
    d = it(2027, 1, 5, 12, 3, 40)
    hs = reply_headers(addr("Coop. Il Sentiero - Amministrazione", "amministrazione@coopilsentiero.it"),
                       addr(inv.o.name, inv.o.addr), "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "courtesy"))
    add(seed, message(hs, text(outlook_html(reply, head, rem), sub="html")), kind="client-reply-other",
        note="An administrative notice of a new SdI recipient code sent as a reply to the courtesy note; nothing about paying this invoice.")


@msg
def other_privato_pdf_detrazione():
    inv = Inv("stefano", "2/2027", "915.00", dt.date(2027, 1, 8), dt.date(2027, 2, 7),
              client="Gianluca Manca", kind="person", to="gianluca.manca@libero.it")
    sent = it(2027, 2, 2, 8, 0)
    rem = inv.letter("courtesy", sent.date())
    reply = """Buongiorno architetto,
mi può mandare una copia della fattura in pdf? Mi serve per la detrazione del bonus ristrutturazione e il CAF la vuole stampata con la descrizione dei lavori.
Grazie
Gianluca Manca"""
    quoted = ("----Messaggio originale----\n"
              f"Da: {inv.o.addr}\n"
              "Data: 02/02/2027 8.00\n"
              "A: <gianluca.manca@libero.it>\n"
              f"Ogg: {rsubj(inv)}\n\n" + rem)
    seed = "oth-manca"
    d = it(2027, 2, 3, 19, 44, 21)
    hs = reply_headers("gianluca.manca@libero.it", inv.o.addr, "R: " + rsubj(inv), d,
                       mid_plain(seed, "libero.it"), inv, rid(inv, "courtesy"), extra=[("X-Mailer", "Libero Mail")])
    add(seed, message(hs, text(reply + "\n\n\n" + quoted)), kind="client-reply-other",
        note="Asks for a PDF copy for a tax deduction; no payment claim, promise or dispute.")


@msg
def other_enoteca_nuovo_lavoro():
    inv = Inv("luca", "2026-046", "366.00", dt.date(2026, 11, 27), dt.date(2026, 12, 27),
              client="Enoteca Vino e Vinile", to="info@vinoevinile.it")
    sent = it(2026, 12, 22, 8, 0)
    rem = inv.letter("courtesy", sent.date())
    reply = """Ciao Luca, grazie del promemoria!
Senti, in primavera vorremmo fare anche l'e-commerce per i vini (e magari i vinili usati), ci facciamo una chiacchierata a fine gennaio? Passa in enoteca che ti offro un bicchiere.
Buone feste!
Leo"""
    attr = attr_gmail(inv.o, sent)
    seed = "oth-vinile"
    alt = multipart("alternative", [text(reply + "\n\n" + attr + "\n\n" + gt(rem)),
                                    text(gmail_html(reply, attr, rem), sub="html")], bnd(seed))
    d = it(2026, 12, 22, 18, 27, 3)
    hs = reply_headers(addr("Leonardo Biagini", "info@vinoevinile.it"), addr(inv.o.name, inv.o.addr),
                       "Re: " + rsubj(inv), d, mid_gmail(seed), inv, rid(inv, "courtesy"))
    add(seed, message(hs, alt), kind="client-reply-other",
        note="Thanks for the reminder and proposes new work; says nothing about paying this invoice.")


@msg
def other_dentista_gia_saldata():
    inv = Inv("andrea", "FT-2026-231", "610.00", dt.date(2026, 11, 16), dt.date(2026, 12, 16),
              client="Studio Dentistico Dott. Caputo", to="segreteria@studiocaputo.it")
    sent = it(2027, 1, 8, 9, 0)
    rem = inv.letter("reminder", sent.date())
    reply = """Buongiorno,
ma questa non l'avevamo già saldata a dicembre insieme all'altra? Mi fa un controllo per favore? Io in banca non trovo il bonifico, ma magari l'ha fatto il dottore dal suo conto personale, glielo chiedo quando torna dallo studio di Polignano.
Grazie
Rosanna
Segreteria – Studio Dentistico Dott. Caputo – Monopoli"""
    head = outlook_head(inv.o, sent, "segreteria@studiocaputo.it", rsubj(inv))
    seed = "oth-caputo"
    alt = multipart("alternative", [text(reply + "\n\n" + head + "\n\n" + rem),
                                    text(outlook_html(reply, head, rem), sub="html")], bnd(seed, "outlook"))
    d = it(2027, 1, 11, 9, 51, 16)
    hs = reply_headers(addr("Segreteria Studio Caputo", "segreteria@studiocaputo.it"), addr(inv.o.name, inv.o.addr),
                       "R: " + rsubj(inv), d, mid_outlook(seed), inv, rid(inv, "reminder"))
    add(seed, message(hs, alt), kind="client-reply-other",
        note="Only wonders whether it was already paid and cannot find the transfer: a question, neither a claim of payment nor a dispute.")


# ============================================================================================
# payment-notification
# ============================================================================================

BANK_HTML_HEAD = """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>{title}</title></head>
<body style="margin:0;padding:0;background-color:#f2f2f2;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333;">
"""


def rows_html(rows):
    return "".join(f'<tr><td style="padding:6px 24px;color:#777777;width:40%;">{esc(k)}</td>'
                   f'<td style="padding:6px 24px;font-weight:bold;">{esc(v)}</td></tr>\n' for k, v in rows)


@msg
def notif_banca_accredito_sonia():
    o = OWNERS["marco"]
    rows = [("Conto", "****4410"), ("Tipo operazione", "Bonifico SEPA in entrata"),
            ("Ordinante", "PARRUCCHIERIA SONIA DI SONIA ATZORI"), ("Importo", "610,00 EUR"),
            ("Data contabile", "21/12/2026"), ("Data valuta", "21/12/2026"),
            ("Causale", "SALDO FATTURA 45/2026"), ("CRO/TRN", "0101582640092026122100481IT")]
    plain = ("Gentile MARCO DEIANA,\n\n"
             "ti informiamo che sul tuo conto è stato registrato il seguente movimento in entrata.\n\n"
             + "\n".join(f"{k}: {v}" for k, v in rows) +
             "\n\nPuoi consultare il dettaglio dei movimenti nell'app o nell'area riservata del sito.\n\n"
             "Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo indirizzo.\n"
             "Banco di Sardegna Digitale - Servizio Alert\n")
    htmlb = (BANK_HTML_HEAD.format(title="Accredito bonifico") +
             '<tr><td style="padding:24px;background:#00357a;color:#ffffff;font-size:18px;">Avviso movimento</td></tr>\n'
             '<tr><td style="padding:24px 24px 8px 24px;">Gentile MARCO DEIANA,<br/>ti informiamo che sul tuo conto è stato '
             'registrato il seguente movimento in entrata.</td></tr>\n'
             '<tr><td><table width="100%" cellpadding="0" cellspacing="0">' + rows_html(rows) + '</table></td></tr>\n'
             '<tr><td style="padding:24px;font-size:11px;color:#999999;">Questa è una comunicazione automatica: ti preghiamo di '
             'non rispondere a questo indirizzo.</td></tr>\n</table></td></tr></table></body></html>\n')
    seed = "notif-sonia"
    alt = multipart("alternative", [text(plain), text(htmlb, sub="html")], bnd(seed, "java"))
    d = it(2026, 12, 21, 8, 3, 17)
    hs = [("From", addr("Banco di Sardegna - Alert", "alert@comunicazioni.bancodisardegna.it")), ("To", o.addr),
          ("Subject", hv("Accredito bonifico sul conto ****4410")), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "comunicazioni.bancodisardegna.it")),
          ("Auto-Submitted", "auto-generated")]
    add(seed, message(hs, alt), kind="payment-notification", amount="610.00", currency="EUR", reference="45/2026",
        note="A bank alert of an incoming SEPA transfer, the invoice number in the causale.")


@msg
def notif_paypal_marchetti():
    o = OWNERS["giulia"]
    plain = """Ciao Giulia Ferrante,

Hai ricevuto 150,00 € EUR da Federica Marchetti.

Nota da Federica Marchetti:
"Servizio newborn 🍼 grazie mille!!"

Dettagli della transazione
ID transazione: 4RK09217UB3360815
Data transazione: 5 gennaio 2027
Importo ricevuto: 150,00 € EUR
Tipo: Pagamento ad amici e familiari

I fondi sono disponibili sul tuo conto PayPal.

Assistenza clienti | Centro sicurezza
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Lussemburgo
Questa email è stata inviata automaticamente. Non rispondere a questa email.
"""
    htmlb = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'PayPal Sans',Helvetica,Arial,sans-serif\">"
             "<table width=\"100%\"><tr><td align=\"center\"><table width=\"600\"><tr><td>"
             "<p style=\"font-size:28px\">Hai ricevuto 150,00&nbsp;€ EUR da Federica Marchetti</p>"
             "<p>Nota da Federica Marchetti:<br><i>&quot;Servizio newborn 🍼 grazie mille!!&quot;</i></p>"
             "<table><tr><td>ID transazione</td><td>4RK09217UB3360815</td></tr>"
             "<tr><td>Data transazione</td><td>5 gennaio 2027</td></tr>"
             "<tr><td>Importo ricevuto</td><td>150,00&nbsp;€ EUR</td></tr>"
             "<tr><td>Tipo</td><td>Pagamento ad amici e familiari</td></tr></table>"
             "<p>I fondi sono disponibili sul tuo conto PayPal.</p>"
             "<p style=\"font-size:11px;color:#6c7378\">PayPal (Europe) S.à r.l. et Cie, S.C.A. Questa email è stata inviata "
             "automaticamente. Non rispondere a questa email.</p></td></tr></table></td></tr></table></body></html>\n")
    seed = "notif-paypal"
    alt = multipart("alternative", [text(plain), text(htmlb, sub="html")], bnd(seed, "java"))
    d = dt.datetime(2027, 1, 5, 12, 39, 55, tzinfo=PST)
    hs = [("From", addr("PayPal", "service@intl.paypal.com")), ("To", addr(o.name, o.addr)),
          ("Subject", hv("Hai ricevuto denaro da Federica Marchetti")), ("Date", format_datetime(d)),
          ("Message-ID", f"<{h(seed, 24)}.{h(seed + 'p', 12)}@mx.paypal.com>"),
          ("X-Email-Type-Id", "PPX000538")]
    add(seed, message(hs, alt), kind="payment-notification", amount="150.00", currency="EUR",
        note="PayPal notice of money received (friends and family), Date in Pacific time; the note has no invoice number.")


@msg
def notif_stripe_fattura():
    o = OWNERS["luca"]
    plain = """Pagamento ricevuto

Orbita Labs S.r.l. ha pagato la fattura 2027-007.

Importo pagato: 1.220,00 €
Data del pagamento: 1 febbraio 2027
Metodo di pagamento: Addebito diretto SEPA •••• 3017
Numero fattura: 2027-007

I fondi saranno inclusi nel tuo prossimo bonifico verso il conto bancario, secondo il calendario dei bonifici.

Visualizza il pagamento nella Dashboard: https://dashboard.stripe.com/payments/py_3QhZ2kLx8v0RmTq71dA4e9Pb

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
Ricevi questa email perché hai attivato le notifiche per i pagamenti riusciti. Gestisci le notifiche: https://dashboard.stripe.com/settings/user
"""
    htmlb = ("<!doctype html><html><head><meta charset=\"utf-8\"><title>Pagamento ricevuto</title></head>"
             "<body style=\"background-color:#f6f9fc;font-family:-apple-system,'SF Pro Display',sans-serif\">"
             "<table align=\"center\" width=\"600\" style=\"background:#ffffff\"><tr><td style=\"padding:32px\">"
             "<h1 style=\"font-size:20px;color:#32325d\">Pagamento ricevuto</h1>"
             "<p>Orbita Labs S.r.l. ha pagato la fattura 2027-007.</p>"
             "<table><tr><td>Importo pagato</td><td><b>1.220,00&nbsp;€</b></td></tr>"
             "<tr><td>Data del pagamento</td><td>1 febbraio 2027</td></tr>"
             "<tr><td>Metodo di pagamento</td><td>Addebito diretto SEPA •••• 3017</td></tr>"
             "<tr><td>Numero fattura</td><td>2027-007</td></tr></table>"
             "<p>I fondi saranno inclusi nel tuo prossimo bonifico verso il conto bancario.</p>"
             "<p><a href=\"https://dashboard.stripe.com/payments/py_3QhZ2kLx8v0RmTq71dA4e9Pb\">Visualizza il pagamento</a></p>"
             "</td></tr></table></body></html>\n")
    seed = "notif-stripe"
    alt = multipart("alternative", [text(plain), text(htmlb, sub="html")], bnd(seed, "gmail"))
    d = dt.datetime(2027, 2, 1, 14, 22, 10, tzinfo=UTC)
    hs = [("From", addr("Stripe", "notifications@stripe.com")), ("To", o.addr),
          ("Subject", hv("Pagamento di 1.220,00 € da Orbita Labs S.r.l.")), ("Date", format_datetime(d)),
          ("Message-ID", f"<{h(seed, 20)}@stripe.com>"), ("Auto-Submitted", "auto-generated")]
    add(seed, message(hs, alt), kind="payment-notification", amount="1220.00", currency="EUR", reference="2027-007",
        note="Stripe notice that an invoice was paid by SEPA direct debit; money in for the freelancer.")


@msg
def notif_satispay():
    o = OWNERS["sara"]
    plain = """Hai ricevuto un pagamento!

Gianni B. ti ha inviato 45,00 €
Messaggio: "ritratto del cane 🐶"

Data: 20/03/2027 17:01
Negozio: Sara Colombo Illustrazioni

Il saldo è disponibile nella sezione Incassi dell'app Satispay Business.

Satispay Europe S.A. – Questa è un'email automatica, per favore non rispondere.
"""
    seed = "notif-satispay"
    d = it(2027, 3, 20, 17, 2, 4)
    hs = [("From", addr("Satispay Business", "noreply@business.satispay.com")), ("To", o.addr),
          ("Subject", hv("Hai ricevuto 45,00 € da Gianni B.")), ("Date", format_datetime(d)),
          ("Message-ID", f"<{h(seed, 32)}@business.satispay.com>")]
    add(seed, message(hs, text(plain, cte="base64")), kind="payment-notification", amount="45.00", currency="EUR",
        note="Satispay Business notice of a small incoming payment, base64 body; no invoice number.")


@msg
def notif_wise_estero():
    o = OWNERS["chiara"]
    plain = """Hai ricevuto 980,00 EUR

Ciao Chiara,

LUMEN STUDIO GMBH ti ha inviato 980,00 EUR. Il denaro è già nel tuo saldo in EUR.

Dettagli del trasferimento
Da: LUMEN STUDIO GMBH
Importo: 980,00 EUR
Riferimento: INV T-2027-004
ID trasferimento: #1390447215

Grazie per aver usato Wise.
Il team di Wise

Wise Europe SA, Rue du Trône 100, 1050 Bruxelles
"""
    htmlb = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Inter,Helvetica,Arial,sans-serif;color:#0e0f0c\">"
             "<div style=\"max-width:560px;margin:0 auto\"><h1 style=\"font-size:30px\">Hai ricevuto 980,00 EUR</h1>"
             "<p>Ciao Chiara,</p><p>LUMEN STUDIO GMBH ti ha inviato 980,00 EUR. Il denaro è già nel tuo saldo in EUR.</p>"
             "<table><tr><td>Da</td><td>LUMEN STUDIO GMBH</td></tr><tr><td>Importo</td><td>980,00 EUR</td></tr>"
             "<tr><td>Riferimento</td><td>INV T-2027-004</td></tr><tr><td>ID trasferimento</td><td>#1390447215</td></tr></table>"
             "<p>Grazie per aver usato Wise.<br>Il team di Wise</p></div></body></html>\n")
    seed = "notif-wise"
    alt = multipart("alternative", [text(plain), text(htmlb, sub="html")], bnd(seed, "java"))
    d = dt.datetime(2027, 3, 30, 8, 15, 41, tzinfo=UTC)
    hs = [("From", addr("Wise", "noreply@wise.com")), ("To", o.addr),
          ("Subject", "Hai ricevuto 980,00 EUR"), ("Date", format_datetime(d)),
          ("Message-ID", f"<0100{h(seed, 28)}-000000@email.amazonses.com>")]
    add(seed, message(hs, alt), kind="payment-notification", amount="980.00", currency="EUR", reference="T-2027-004",
        note="Wise notice of money received from a foreign client; the reference field names the invoice.")


@msg
def notif_banca_due_fatture():
    o = OWNERS["elena"]
    plain = """NOTIFICA MOVIMENTI CONTO CORRENTE

Gentile Cliente VITALE ELENA,
la informiamo che in data 13/11/2026 è stato accreditato sul rapporto n. 000052652091 un bonifico istantaneo.

Importo: EUR 2.074,00
Ordinante: STUDIO TECNICO BARONI ASSOCIATI
Banca ordinante: BPER BANCA S.P.A.
Causale: PAGAMENTO FT EV-052 E EV-055 CONSULENZA SOCIAL
Data valuta: 13/11/2026

Per qualsiasi informazione può contattare la sua filiale o il Servizio Clienti.

Cordiali saluti
Credito Emiliano S.p.A.

Messaggio generato automaticamente. Si prega di non rispondere.
"""
    seed = "notif-baroni"
    d = it(2026, 11, 13, 11, 47, 2)
    hs = [("From", addr("Credem - Notifiche", "notifiche@credem.it")), ("To", o.addr),
          ("Subject", "Notifica accredito bonifico istantaneo"), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "credem.it"))]
    add(seed, message(hs, text(plain, cs="iso-8859-1")), kind="payment-notification", amount="2074.00", currency="EUR",
        note="Bank alert of an instant transfer whose causale names two invoices, so no single reference.")


@msg
def notif_portale_fornitori_ritenuta():
    o = OWNERS["francesca"]
    plain = """AVVISO DI PAGAMENTO

Spett.le
BRUNO FRANCESCA
Codice fornitore: F004218

Con la presente Vi informiamo che in data 15/03/2027 abbiamo disposto a Vostro favore il pagamento dei documenti sotto elencati, con valuta beneficiario 17/03/2027, sulle coordinate bancarie IT03M0503411702000000022610.

Documento         Data doc.    Importo doc.   Ritenuta acc.   Importo pagato
FB/2027/008       10/01/2027   2.440,00       -400,00         2.040,00

Totale bonifico: EUR 2.040,00

La ritenuta d'acconto sarà versata nei termini di legge e certificata con CU.

Questo messaggio è generato automaticamente dal Portale Fornitori. Per informazioni: ufficio.fornitori@gav-alimentare.it

Gruppo Alimentare Valtellina S.p.A. - Via Stelvio 120 - 23100 Sondrio
"""
    seed = "notif-gav"
    body = multipart("mixed", [text(plain, cs="iso-8859-1"),
                               attachment(tiny_pdf("Avviso di pagamento F004218"), "application/pdf",
                                          "AvvisoPagamento_F004218_20270315.pdf")], bnd(seed, "java"))
    d = it(2027, 3, 15, 6, 2, 11)
    hs = [("From", addr("Portale Fornitori GAV", "noreply-fornitori@gav-alimentare.it")), ("To", o.addr),
          ("Subject", "Avviso di pagamento - Codice fornitore F004218"), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "gav-alimentare.it")), ("Auto-Submitted", "auto-generated"),
          ("Precedence", "bulk")]
    add(seed, message(hs, body), kind="payment-notification", amount="2040.00", currency="EUR", reference="FB/2027/008",
        note="Accounts-payable remittance advice: the transfer is 2040 euro, the invoice 2440 minus 400 of withholding tax.")


# ============================================================================================
# auto-reply
# ============================================================================================

@msg
def auto_outlook_fino_al_7():
    inv = Inv("marco", "52/2026", "793.00", dt.date(2026, 11, 20), dt.date(2026, 12, 20),
              client="Gallura Yachting srl", to="m.porcu@gallurayachting.it")
    plain = """Grazie per il messaggio.

Sono fuori ufficio fino al 7 gennaio 2027 compreso, con accesso limitato alla posta elettronica.
Per questioni urgenti potete contattare la collega Paola Serra (p.serra@gallurayachting.it – 0789 754 120).

Cordiali saluti,
Michela Porcu
Amministrazione – Gallura Yachting srl
"""
    htmlb = outlook_html(plain)
    seed = "auto-porcu"
    alt = multipart("alternative", [text(plain), text(htmlb, sub="html")], bnd(seed, "outlook"))
    d = it(2026, 12, 21, 8, 0, 12)
    hs = [("From", addr("Michela Porcu", "m.porcu@gallurayachting.it")), ("To", addr(inv.o.name, inv.o.addr)),
          ("Subject", hv("Risposta automatica: " + rsubj(inv))), ("Date", format_datetime(d)),
          ("Message-ID", mid_outlook(seed)), ("In-Reply-To", rid(inv, "due")),
          ("References", f"{inv.msgid} {rid(inv, 'due')}"),
          ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "m.porcu@gallurayachting.it"), ("Content-Language", "it-IT")]
    add(seed, message(hs, alt), kind="auto-reply", return_date="2027-01-07",
        note="Exchange out-of-office: 'fuori ufficio fino al 7 gennaio 2027 compreso' gives 7 January.")


@msg
def auto_studio_chiuso_festivita():
    inv = Inv("chiara", "T-2026-104", "366.00", dt.date(2026, 11, 20), dt.date(2026, 12, 20),
              client="Studio Rossetti Commercialisti", to="info@studiorossetti.to.it")
    plain = """Gentile cliente,

lo Studio rimarrà chiuso per le festività natalizie dal 23/12 al 06/01 compresi.
Le email ricevute in questo periodo saranno lette al rientro, in ordine di arrivo.
Per le scadenze fiscali urgenti è attivo il numero 011 433 2981.

Buone feste!
Studio Rossetti - Dottori Commercialisti
Via Cibrario 18 - 10143 Torino
"""
    seed = "auto-rossetti"
    d = it(2026, 12, 23, 9, 0, 40)
    hs = [("From", addr("Studio Rossetti", "info@studiorossetti.to.it")), ("To", inv.o.addr),
          ("Subject", hv("Re: " + rsubj(inv))), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "studiorossetti.to.it")), ("In-Reply-To", rid(inv, "reminder")),
          ("References", rid(inv, "reminder")), ("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"),
          ("X-Autoreply", "yes")]
    add(seed, message(hs, text(plain, cs="iso-8859-15")), kind="auto-reply", return_date="2027-01-06",
        note="RFC 3834 auto-reply with a plain 'Re:' subject: closed 'dal 23/12 al 06/01 compresi', the day named is 6 January 2027 (year rolls over).")


@msg
def auto_casella_dismessa():
    inv = Inv("sara", "1/2027", "244.00", dt.date(2027, 1, 8), dt.date(2027, 2, 7),
              client="Hotel Dolomiti Alpenrose", to="hotel.alpenrose@tin.it")
    plain = """Attenzione: questa casella di posta non è più attiva e i messaggi non vengono letti.

Per informazioni e prenotazioni scrivete a info@alpenrose-fassa.it
Per fatture e amministrazione: amministrazione@alpenrose-fassa.it

Achtung: Diese E-Mail-Adresse ist nicht mehr aktiv.

Hotel Dolomiti Alpenrose - Canazei (TN)
"""
    seed = "auto-alpenrose"
    d = it(2027, 2, 8, 9, 0, 31)
    hs = [("From", addr("Hotel Alpenrose", "hotel.alpenrose@tin.it")), ("To", inv.o.addr),
          ("Subject", hv("Risposta automatica: " + rsubj(inv))), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "tin.it")), ("In-Reply-To", rid(inv, "due")),
          ("Auto-Submitted", "auto-replied")]
    add(seed, message(hs, text(plain, cs="iso-8859-1")), kind="auto-reply",
        note="'Questa casella non è più attiva' with new addresses; no absence, no return date. The German line is a footnote, the text is Italian.")


@msg
def auto_ticket_fornitori():
    inv = Inv("luca", "2027-011", "4270.00", dt.date(2027, 1, 29), dt.date(2027, 2, 28),
              client="Toscana Retail Group S.p.A.", to="fornitori@toscanaretail.it")
    plain = """Gentile fornitore,

la sua richiesta è stata registrata con il numero AP-48213 e sarà presa in carico dal team Contabilità Fornitori entro 5 giorni lavorativi.

Per lo stato di fatture e pagamenti può consultare in qualsiasi momento il Portale Fornitori (https://fornitori.toscanaretail.it) con le sue credenziali.

Per aggiungere informazioni risponda a questo messaggio senza modificare l'oggetto.

Contabilità Fornitori
Toscana Retail Group S.p.A.

Messaggio generato automaticamente.
"""
    seed = "auto-ticket"
    d = it(2027, 3, 1, 9, 0, 7)
    hs = [("From", addr("Contabilità Fornitori TRG", "fornitori@toscanaretail.it")), ("To", inv.o.addr),
          ("Subject", hv(f"[#AP-48213] Ricevuta richiesta: Re: {rsubj(inv)}")), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "toscanaretail.it")), ("In-Reply-To", rid(inv, "due")),
          ("References", f"{inv.msgid} {rid(inv, 'due')}"), ("Auto-Submitted", "auto-replied"),
          ("X-Mailer", "Zendesk Mailer")]
    add(seed, message(hs, text(plain)), kind="auto-reply",
        note="Helpdesk ticket acknowledgement from the client's accounts payable; the ticket number is not an invoice reference and no date is a return date.")


@msg
def auto_maternita_fino_a_marzo():
    inv = Inv("elena", "EV-065", "1220.00", dt.date(2026, 12, 18), dt.date(2027, 1, 17),
              client="Studio Grafico Tre Punti", to="valentina@trepuntistudio.it")
    plain = """Ciao! Sono in maternità fino a marzo 👶 e leggo la posta molto raramente.
Per preventivi e progetti scrivete a Giorgio (giorgio@trepuntistudio.it), per la contabilità ad amministrazione@trepuntistudio.it.
Grazie e a presto!
Valentina
"""
    seed = "auto-trepunti"
    alt = multipart("alternative", [text(plain), text(gmail_html(plain), sub="html")], bnd(seed))
    d = it(2027, 1, 18, 9, 0, 3)
    hs = [("From", addr("Valentina Ricci", "valentina@trepuntistudio.it")), ("To", inv.o.addr),
          ("Subject", hv("Re: " + rsubj(inv))), ("Date", format_datetime(d)),
          ("Message-ID", mid_gmail(seed)), ("In-Reply-To", rid(inv, "due")),
          ("References", f"{inv.msgid} {rid(inv, 'due')}"), ("Auto-Submitted", "auto-replied")]
    add(seed, message(hs, alt), kind="auto-reply",
        note="Gmail vacation responder: 'in maternità fino a marzo' names a month, not a day, so no return_date.")


@msg
def auto_ferie_rientro_lunedi_15():
    inv = Inv("davide", "2027-02", "488.00", dt.date(2027, 1, 8), dt.date(2027, 2, 7),
              client="Agenzia Matrimoni Zagara", to="eventi@zagaraweddings.it")
    plain = """Buongiorno,
sono in ferie, rientro lunedì 15.
Per urgenze sugli eventi in corso potete chiamare lo 091 611 4820 (ore 10-18).
Grazie,
Ilenia – Zagara Weddings & Events
"""
    seed = "auto-zagara"
    d = it(2027, 2, 8, 8, 0, 55)
    hs = [("From", addr("Zagara Weddings", "eventi@zagaraweddings.it")), ("To", inv.o.addr),
          ("Subject", hv("Fuori sede: " + rsubj(inv))), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "zagaraweddings.it")), ("In-Reply-To", rid(inv, "due")),
          ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")]
    add(seed, message(hs, text(plain)), kind="auto-reply",
        return_date="2027-02-15",
        note="'Rientro lunedì 15' sent on Monday 8 February: the 15th, Monday 15 February.")


# ============================================================================================
# bounce
# ============================================================================================

def original_mail(inv, step, sent, to, **kw):
    """The freelancer's reminder as it left, for the message/rfc822 part of a bounce."""
    hs = [("From", addr(inv.o.name, inv.o.addr)), ("To", to), ("Subject", hv(rsubj(inv))),
          ("Date", format_datetime(sent)), ("Message-ID", rid(inv, step)), ("In-Reply-To", inv.msgid),
          ("References", inv.msgid)]
    return message(hs, text(inv.letter(step, sent.date(), **kw)))


def dsn(reporting, rcpt, status, action, diag, arrival, remote=None, extra_rcpt=()):
    lines = [f"Reporting-MTA: dns; {reporting}", f"Arrival-Date: {format_datetime(arrival)}", ""]
    lines += [f"Final-Recipient: rfc822; {rcpt}", f"Original-Recipient: rfc822;{rcpt}", f"Action: {action}",
              f"Status: {status}"]
    if remote:
        lines.append(f"Remote-MTA: dns; {remote}")
    lines.append(f"Diagnostic-Code: smtp; {diag}")
    lines += list(extra_rcpt)
    return Part([("Content-Type", "message/delivery-status")], ("\n".join(lines) + "\n").encode())


@msg
def bounce_exchange_utente_sconosciuto():
    inv = Inv("stefano", "42/2026", "1586.00", dt.date(2026, 12, 3), dt.date(2027, 1, 2),
              client="Edilizia Marra S.r.l.")
    rcpt = "amministrazione@ediliziamarra.it"
    sent = it(2027, 1, 4, 9, 0, 2)
    human = f"""Il recapito non è riuscito per i seguenti destinatari o gruppi:

{rcpt}
Impossibile trovare l'indirizzo di posta elettronica immesso. Verificare l'indirizzo del destinatario e riprovare a inviare il messaggio. Se il problema persiste, contattare l'help desk.

Informazioni di diagnostica per gli amministratori:

Server di generazione: VI1PR03MB6120.eurprd03.prod.outlook.com

{rcpt}
Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'

Intestazioni originali del messaggio:

From: {inv.o.name} <{inv.o.addr}>
To: {rcpt}
Subject: {rsubj(inv)}
Date: {format_datetime(sent)}
Message-ID: {rid(inv, 'due')}
"""
    seed = "bounce-marra"
    alt = multipart("alternative", [text(human, cs="iso-8859-1"),
                                    text("<html><head></head><body><p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">"
                                         "Il recapito non è riuscito per i seguenti destinatari o gruppi:</font></b></p>"
                                         f"<p><a href=\"mailto:{rcpt}\">{rcpt}</a><br>Impossibile trovare l'indirizzo di posta "
                                         "elettronica immesso.</p><p>Remote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; "
                                         "not found'</p></body></html>\n", sub="html", cs="iso-8859-1")],
                    bnd(seed + "a", "outlook"), params=" differences=Content-Type;")
    report = multipart("report", [alt,
                                  dsn("VI1PR03MB6120.eurprd03.prod.outlook.com", rcpt, "5.1.1", "failed",
                                      "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found", sent),
                                  rfc822(original_mail(inv, "due", sent, rcpt))],
                       bnd(seed, "outlook"), params=" report-type=delivery-status;")
    d = it(2027, 1, 4, 9, 0, 9)
    hs = [("From", addr("Microsoft Outlook", "postmaster@ediliziamarra.it")), ("To", inv.o.addr),
          ("Subject", hv("Non recapitabile: " + rsubj(inv))), ("Date", format_datetime(d)),
          ("Message-ID", f"<{h(seed, 8)}-{h(seed, 12)[8:]}-4e1a-9f02-{h(seed + 'x', 12)}@VI1PR03MB6120.eurprd03.prod.outlook.com>"),
          ("In-Reply-To", rid(inv, "due")), ("References", rid(inv, "due")),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "it-IT"), ("Auto-Submitted", "auto-replied")]
    add(seed, message(hs, report), kind="bounce", failed_recipient=rcpt, permanent=True,
        note="Italian Exchange NDR with a DSN: 5.1.1 recipient not found, permanent.")


@msg
def bounce_gmail_dominio_errato():
    inv = Inv("elena", "EV-068", "671.00", dt.date(2027, 1, 20), dt.date(2027, 2, 19),
              client="Lorenza Bassi", kind="person")
    rcpt = "lorenza.bassi@gmail.con"
    sent = it(2027, 2, 12, 8, 0, 1)
    human = f"""** Indirizzo non trovato **

Il tuo messaggio non è stato recapitato a {rcpt} perché il dominio gmail.con non è stato trovato. Controlla che non ci siano errori di battitura o spazi non necessari e riprova.

La risposta è stata:

DNS Error: DNS type 'mx' lookup of gmail.con responded with code NXDOMAIN Domain name not found: gmail.con
"""
    htmlb = ("<html><head></head><body><table cellpadding=\"0\" cellspacing=\"0\" style=\"padding-top:32px\"><tr><td>"
             "<h2 style=\"font-family:'Google Sans',Roboto,Helvetica,Arial,sans-serif;font-size:24px\">Indirizzo non trovato</h2>"
             f"<p>Il tuo messaggio non è stato recapitato a <b>{rcpt}</b> perché il dominio gmail.con non è stato trovato. "
             "Controlla che non ci siano errori di battitura o spazi non necessari e riprova.</p>"
             "<p>La risposta è stata:</p><p style=\"font-family:monospace\">DNS Error: DNS type 'mx' lookup of gmail.con "
             "responded with code NXDOMAIN Domain name not found: gmail.con</p></td></tr></table></body></html>\n")
    seed = "bounce-gmailcon"
    alt = multipart("alternative", [text(human), text(htmlb, sub="html")], bnd(seed + "a"))
    report = multipart("report", [alt,
                                  dsn("googlemail.com", rcpt, "5.1.2", "failed",
                                      "DNS Error: DNS type 'mx' lookup of gmail.con responded with code NXDOMAIN", sent),
                                  rfc822(original_mail(inv, "courtesy", sent, rcpt))],
                       bnd(seed), params=" report-type=delivery-status;")
    d = dt.datetime(2027, 2, 12, 7, 0, 4, tzinfo=UTC)
    hs = [("From", addr("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", inv.o.addr),
          ("Subject", "Delivery Status Notification (Failure)"), ("Date", format_datetime(d)),
          ("Message-ID", f"<{h(seed, 24)}@mx.google.com>"), ("X-Failed-Recipients", rcpt),
          ("In-Reply-To", rid(inv, "courtesy")), ("References", f"{inv.msgid} {rid(inv, 'courtesy')}"),
          ("Auto-Submitted", "auto-replied")]
    add(seed, message(hs, report), kind="bounce", failed_recipient=rcpt, permanent=True,
        note="Google Workspace bounce in Italian for a mistyped domain (gmail.con): 5.1.2, permanent; the subject is the usual English one.")


@msg
def bounce_pec_mancata_consegna():
    inv = Inv("davide", "2026-63", "2318.00", dt.date(2026, 11, 12), dt.date(2026, 12, 12),
              client="Trattoria Il Gattopardo S.r.l.")
    rcpt = "trattoriailgattopardo@pec.it"
    sender_pec = "davidemancuso@pec.it"
    subj = "Diffida di pagamento e costituzione in mora - fattura n. 2026-63"
    human = f"""Avviso di mancata consegna

Il giorno 15/02/2027 alle ore 10:02:11 (+0100) nel messaggio
"{subj}" proveniente da "{sender_pec}"
ed indirizzato a "{rcpt}"
è stato rilevato un errore 5.1.1 - Aruba Pec S.p.A. - casella inesistente.
Il messaggio è stato rifiutato dal sistema.
Identificativo messaggio: opec21017.20270215100211.11204.377.2.59@pec.aruba.it
"""
    daticert = f"""<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest">
  <intestazione>
    <mittente>{sender_pec}</mittente>
    <destinatari tipo="certificato">{rcpt}</destinatari>
    <risposte>{sender_pec}</risposte>
    <oggetto>{subj}</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100">
      <giorno>15/02/2027</giorno>
      <ora>10:02:11</ora>
    </data>
    <identificativo>opec21017.20270215100211.11204.377.2.59@pec.aruba.it</identificativo>
    <msgid>&lt;{h('pecmsg', 20)}@pec.it&gt;</msgid>
    <consegna>{rcpt}</consegna>
    <errore-esteso>5.1.1 - Aruba Pec S.p.A. - casella inesistente</errore-esteso>
  </dati>
</postacert>
"""
    seed = "bounce-pec"
    inner = multipart("alternative", [text(human, cs="iso-8859-1", disposition="inline"),
                                      text("<html><body><p><b>Avviso di mancata consegna</b></p><p>" + br(human) +
                                           "</p></body></html>\n", sub="html", cs="iso-8859-1", disposition="inline")],
                      bnd(seed + "b", "java"))
    mixed = multipart("mixed", [inner, attachment(daticert.encode(), "application/xml", "daticert.xml")],
                      bnd(seed + "a", "java"))
    signed = multipart("signed", [mixed, attachment(bytes(range(48)) * 4, "application/x-pkcs7-signature", "smime.p7s")],
                       bnd(seed, "java"), params=' protocol="application/x-pkcs7-signature"; micalg="sha-256";',
                       preamble="This is an S/MIME signed message")
    d = it(2027, 2, 15, 10, 2, 12)
    hs = [("Return-Path", "<posta-certificata@pec.aruba.it>"),
          ("From", "posta-certificata@pec.aruba.it"), ("To", sender_pec),
          ("Subject", "AVVISO DI MANCATA CONSEGNA: " + subj), ("Date", format_datetime(d)),
          ("Message-ID", "<opec21017.20270215100212.11204.378.2.59@pec.aruba.it>"),
          ("X-Ricevuta", "errore-consegna"), ("X-Riferimento-Message-ID", f"<{h('pecmsg', 20)}@pec.it>"),
          ("X-Trasporto", "errore")]
    add(seed, message(hs, signed), kind="bounce", failed_recipient=rcpt, permanent=True,
        note="PEC 'avviso di mancata consegna' for a formal notice: the certified mailbox does not exist (5.1.1), permanent; no DSN part, the provider's own format.")


@msg
def bounce_ritardo_temporaneo():
    inv = Inv("andrea", "FT-2027-021", "427.00", dt.date(2027, 1, 29), dt.date(2027, 2, 28),
              client="Ottica Lamacchia")
    rcpt = "info@otticalamacchia.it"
    sent = it(2027, 3, 8, 9, 0, 3)
    human = f"""Questo è un messaggio generato automaticamente dal sistema di posta.

ATTENZIONE: il messaggio non è stato ancora recapitato al destinatario indicato qui sotto.
NON è necessario inviarlo di nuovo: il server continuerà a tentare la consegna per altri 4 giorni.
Se la consegna non riuscirà entro questo termine riceverà un nuovo avviso.

Destinatario: <{rcpt}>
Motivo: il server del destinatario non risponde (connessione scaduta)

Oggetto del messaggio: {rsubj(inv)}
"""
    seed = "bounce-delay"
    report = multipart("report", [text(human, cs="iso-8859-1"),
                                  dsn("smtpout.grecoinformatica.it", rcpt, "4.4.1", "delayed",
                                      "421 4.4.1 Connection timed out", sent, remote="mx.otticalamacchia.it"),
                                  rfc822(b"".join(original_mail(inv, "reminder", sent, rcpt).split(b"\n\n", 1)[0:1]) + b"\n",
                                         ctype="text/rfc822-headers")],
                       bnd(seed, "tb"), params=" report-type=delivery-status;")
    d = it(2027, 3, 8, 13, 0, 47)
    hs = [("From", addr("Sistema di posta", "MAILER-DAEMON@smtpout.grecoinformatica.it")), ("To", inv.o.addr),
          ("Subject", hv("Avviso: messaggio non ancora recapitato (" + rsubj(inv) + ")")), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "smtpout.grecoinformatica.it")), ("Auto-Submitted", "auto-replied")]
    add(seed, message(hs, report), kind="bounce", failed_recipient=rcpt, permanent=False,
        note="A delay warning, still being retried (4.4.1, Action: delayed): a bounce, but temporary.")


@msg
def bounce_casella_piena_temporaneo():
    inv = Inv("luca", "2027-013", "610.00", dt.date(2027, 2, 1), dt.date(2027, 3, 3),
              client="Circolo ARCI La Fiorita")
    rcpt = "circololafiorita@libero.it"
    sent = it(2027, 3, 3, 9, 0, 1)
    human = f"""Gentile utente,

il messaggio che ha inviato non è stato ancora consegnato a:

    {rcpt}

La casella del destinatario ha superato lo spazio disponibile (casella piena).
Il sistema ritenterà automaticamente la consegna nelle prossime ore; non è necessario inviare di nuovo il messaggio.

Dettagli tecnici:
452 4.2.2 <{rcpt}>: mailbox over quota

-- 
Servizio di posta Libero Mail
"""
    seed = "bounce-fiorita"
    report = multipart("report", [text(human),
                                  dsn("smtp-out.libero.it", rcpt, "4.2.2", "delayed",
                                      f"452 4.2.2 <{rcpt}>: mailbox over quota", sent, remote="mx.libero.it"),
                                  rfc822(original_mail(inv, "due", sent, rcpt))],
                       bnd(seed, "java"), params=" report-type=delivery-status;")
    d = it(2027, 3, 3, 9, 31, 17)
    hs = [("From", addr("Mail Delivery System", "postmaster@libero.it")), ("To", inv.o.addr),
          ("Subject", hv("Messaggio non ancora consegnato: " + rsubj(inv))), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "libero.it")), ("Auto-Submitted", "auto-replied")]
    add(seed, message(hs, report), kind="bounce", failed_recipient=rcpt, permanent=False,
        note="Mailbox over quota with status 4.2.2 and a retry: temporary, even though 'casella piena' often reads as final.")


# ============================================================================================
# other
# ============================================================================================

@msg
def other_sdi_scarto():
    o = OWNERS["luca"]
    plain = """Gentile Luca Pellegrini,

ti informiamo che la fattura elettronica n. 2027-014 del 25/02/2027 trasmessa al Sistema di Interscambio è stata SCARTATA.

Nome file: IT07218450485_00041.xml
Identificativo SdI: 11872366015
Destinatario: CIRCOLO ARCI LA FIORITA
Codice errore: 00404
Descrizione: Fattura duplicata

Per correggere l'errore accedi al pannello di Fatturazione Elettronica, modifica il documento e invialo nuovamente entro 5 giorni dalla data della notifica di scarto.

Il team Aruba Fatturazione Elettronica

Questo messaggio è stato inviato in automatico, non rispondere a questa email.
"""
    seed = "other-scarto"
    alt = multipart("alternative", [text(plain), text("<html><body style=\"font-family:Arial\">" +
                                                       "".join(f"<p>{br(p)}</p>" for p in plain.split("\n\n")) +
                                                       "</body></html>\n", sub="html")], bnd(seed, "java"))
    d = it(2027, 2, 26, 3, 12, 40)
    hs = [("From", addr("Aruba Fatturazione Elettronica", "noreply@fatturazioneelettronica.aruba.it")), ("To", o.addr),
          ("Subject", "Notifica di scarto - Fattura n. 2027-014"), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "fatturazioneelettronica.aruba.it"))]
    add(seed, message(hs, alt), kind="other",
        note="E-invoicing service notice (SdI rejected the invoice as a duplicate): not a bounce of an email and not a client reply.")


@msg
def other_bonifico_in_uscita():
    o = OWNERS["giulia"]
    plain = """Gentile GIULIA FERRANTE,

ti confermiamo che il bonifico da te disposto è stato eseguito.

Beneficiario: STUDIO NERI COMMERCIALISTI ASSOCIATI
IBAN beneficiario: IT84 P030 6902 4811 0000 0004 117
Importo: 1.200,00 EUR
Commissioni: 0,00 EUR
Causale: SALDO FATTURA 14/2027 CONSULENZA FISCALE E CONTABILE 2026
Data esecuzione: 18/02/2027

Puoi scaricare la contabile dalla sezione Movimenti dell'app.

Intesa Sanpaolo – Servizio Notifiche
Non rispondere a questa email: la casella non è abilitata a ricevere messaggi.
"""
    seed = "other-uscita"
    alt = multipart("alternative", [text(plain), text(BANK_HTML_HEAD.format(title="Bonifico eseguito") +
                                                       "<tr><td style=\"padding:24px\">" + br(plain) +
                                                       "</td></tr></table></td></tr></table></body></html>\n",
                                                       sub="html")], bnd(seed, "java"))
    d = it(2027, 2, 18, 11, 4, 50)
    hs = [("From", addr("Intesa Sanpaolo", "notifiche@intesasanpaolo.com")), ("To", o.addr),
          ("Subject", "Bonifico eseguito"), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "intesasanpaolo.com"))]
    add(seed, message(hs, alt), kind="other",
        note="An outgoing transfer the photographer made to her accountant: money going out, not a payment received; 14/2027 is the accountant's invoice.")


@msg
def other_newsletter_recupero_crediti():
    o = OWNERS["marco"]
    plain = """Fatture non pagate? Recuperale in 30 giorni.

Ciao Marco,

lo sapevi che un libero professionista su tre ha almeno una fattura scaduta da più di 90 giorni?
Con CreditoSicuro affidi le tue pratiche a un team di avvocati e paghi solo a recupero avvenuto.

✔ Diffida legale in 48 ore a partire da 29 €
✔ Decreto ingiuntivo con avvocato convenzionato
✔ Nessun anticipo: commissione solo sull'incassato

Solo per questo mese: la prima diffida è GRATIS con il codice INCASSA27.

Scopri come funziona: https://www.creditosicuro-italia.it/professionisti?utm_source=newsletter&utm_campaign=feb27

CreditoSicuro S.r.l. – Via Nazionale 190, Roma
Ricevi questa email perché ti sei iscritto alla newsletter. Per cancellarti: https://www.creditosicuro-italia.it/unsubscribe?u=8d1c2f
"""
    htmlb = ("<html><head><meta charset=\"utf-8\"></head><body style=\"background:#eef3f8\"><center><table width=\"600\" "
             "style=\"background:#ffffff;font-family:Helvetica,Arial\"><tr><td style=\"padding:30px\">"
             "<h1 style=\"color:#0b4f8a\">Fatture non pagate? Recuperale in 30 giorni.</h1>"
             + "".join(f"<p>{br(p)}</p>" for p in plain.split("\n\n")[1:]) +
             "<img src=\"https://t.creditosicuro-italia.it/open/8d1c2f.gif\" width=\"1\" height=\"1\" alt=\"\">"
             "</td></tr></table></center></body></html>\n")
    seed = "other-newsletter"
    alt = multipart("alternative", [text(plain), text(htmlb, sub="html")], bnd(seed, "java"))
    d = it(2027, 2, 9, 10, 30, 0)
    hs = [("From", addr("CreditoSicuro", "newsletter@creditosicuro-italia.it")), ("To", o.addr),
          ("Subject", hv("Marco, hai fatture non pagate? 💶 La prima diffida è gratis")), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "mail.creditosicuro-italia.it")),
          ("List-Unsubscribe", "<https://www.creditosicuro-italia.it/unsubscribe?u=8d1c2f>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk")]
    add(seed, message(hs, alt), kind="other",
        note="Marketing newsletter about debt collection: speaks of unpaid invoices and payments but is nobody's reply.")


@msg
def other_fattura_ricevuta_tipografia():
    o = OWNERS["giulia"]
    plain = """Buongiorno Giulia,

in allegato la fattura n. 118 del 31/01/2027 per la stampa dei 300 cataloghi fotografici e delle 500 cartoline, in formato PDF di cortesia. L'originale le è stato trasmesso tramite SdI.

Importo totale: € 1.037,00 (IVA inclusa)
Pagamento: bonifico a 30 giorni data fattura
IBAN: IT71 B053 8702 4000 0000 3551 906

Grazie e buon lavoro
Daniela
Grafiche Pancaldi snc – San Lazzaro di Savena (BO)
"""
    seed = "other-pancaldi"
    body = multipart("mixed", [text(plain),
                               attachment(tiny_pdf("Fattura 118 Grafiche Pancaldi"), "application/pdf",
                                          "Fattura_118_2027_Grafiche_Pancaldi.pdf")], bnd(seed, "tb"))
    d = it(2027, 2, 1, 15, 20, 36)
    hs = [("From", addr("Grafiche Pancaldi", "amministrazione@grafichepancaldi.it")), ("To", o.addr),
          ("Subject", "Fattura n. 118 del 31/01/2027"), ("Date", format_datetime(d)),
          ("Message-ID", mid_plain(seed, "grafichepancaldi.it")), ("User-Agent", "Mozilla Thunderbird")]
    add(seed, message(hs, body), kind="other",
        note="A supplier's invoice received by the photographer: she owes this money, it is not a reply about her invoice.")


# ============================================================================================
# writing and checking
# ============================================================================================

KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
FIELD_ORDER = ["kind", "language", "split", "promised_date", "return_date", "amount", "currency", "reference",
               "failed_recipient", "permanent", "note"]


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def write_all():
    for f in BUILDERS:
        f()
    seeds = [s for s, _, _ in MSGS]
    assert len(seeds) == len(set(seeds)), "duplicate seeds"
    order = list(range(len(MSGS)))
    random.Random(1919).shuffle(order)
    for name in os.listdir(HERE):
        if name.startswith(PREFIX + "-") and name.endswith(".eml"):
            os.remove(os.path.join(HERE, name))
    out = ["# round19-it: 80 Italian replies to Italian freelancers' invoices and reminders (clients from every region, "
           "secretaries, spouses, accountants) plus payment notices, auto-replies, bounces and other mail; written by make.py", ""]
    files = []
    for n, i in enumerate(order, 1):
        seed, raw, label = MSGS[i]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        files.append((name, seed, label))
        out.append(f'[files."{name}"]')
        for k in FIELD_ORDER:
            if k in label:
                out.append(f"{k} = {toml_value(label[k])}")
        extra = set(label) - set(FIELD_ORDER)
        assert not extra, (seed, extra)
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    return files


def strip_html(s):
    s = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", s)
    s = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</tr>", "\n", s)
    s = re.sub(r"<[^>]+>", " ", s)
    return html.unescape(s)


def texts_of(m):
    out = []
    for part in m.walk():
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct in ("text/plain", "text/html") and part.get_content_disposition() != "attachment":
            c = part.get_content()
            assert isinstance(c, str)
            out.append(strip_html(c) if ct == "text/html" else c)
    return "\n".join(out)


def amount_forms(a):
    d = Decimal(a)
    whole, cents = a.split(".")
    grouped = f"{int(whole):,}".replace(",", ".")
    forms = {a, f"{whole},{cents}", f"{grouped},{cents}", f"{int(whole):,}.{cents}"}
    if cents == "00":
        forms |= {whole, grouped}
    assert d > 0
    return forms


def local_date(m):
    return parsedate_to_datetime(m["Date"]).date()


def check(files):
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    names = sorted(n for n in os.listdir(HERE) if n.endswith(".eml"))
    assert names == sorted(labels), "labels and files differ"
    assert len(names) == 80, len(names)
    counts = {}
    problems = []
    for name in names:
        lab = labels[name]

        def bad(msg_):
            problems.append(f"{name}: {msg_}")

        with open(os.path.join(HERE, name), "rb") as fh:
            raw = fh.read()
        m = email.message_from_bytes(raw, policy=email.policy.default)
        for part in m.walk():
            if part.defects:
                bad(f"MIME defects {part.defects}")
        for hname in ("From", "To", "Date", "Message-ID", "Subject"):
            if not m[hname]:
                bad(f"missing {hname}")
        str(m["Subject"]), str(m["From"])
        day = local_date(m)
        if not (dt.date(2026, 11, 1) <= day <= dt.date(2027, 3, 31)):
            bad(f"date out of range {day}")
        kind = lab.get("kind")
        counts[kind] = counts.get(kind, 0) + 1
        if kind not in KINDS:
            bad(f"bad kind {kind}")
        if lab.get("language") != "it" or lab.get("split") != "dev" or not lab.get("note"):
            bad("language/split/note")
        body = texts_of(m)
        low = body.lower()
        if "promised_date" in lab:
            if kind != "client-reply-promise":
                bad("promised_date outside a promise")
            p = dt.date.fromisoformat(lab["promised_date"])
            if not (day <= p <= day + dt.timedelta(days=120)):
                bad(f"promised_date {p} vs message date {day}")
        if "return_date" in lab:
            if kind != "auto-reply":
                bad("return_date outside an auto-reply")
            r = dt.date.fromisoformat(lab["return_date"])
            if not (day <= r <= day + dt.timedelta(days=120)):
                bad(f"return_date {r} vs message date {day}")
        if "amount" in lab:
            if not re.fullmatch(r"\d+\.\d{2}", lab["amount"]):
                bad("amount format")
            elif not any(f in body for f in amount_forms(lab["amount"])):
                bad(f"amount {lab['amount']} not in the text")
        if "currency" in lab and (lab["currency"] != "EUR" or "amount" not in lab):
            bad("currency")
        if "reference" in lab and lab["reference"].lower() not in low:
            bad(f"reference {lab['reference']} not in the text")
        if kind == "bounce":
            fr = lab.get("failed_recipient")
            if not fr or "permanent" not in lab:
                bad("bounce without failed_recipient/permanent")
            elif fr.lower() not in raw.decode("latin-1").lower():
                bad("failed_recipient not in the message")
            codes = re.findall(rb"(?m)^Status: ([245])\.\d+\.\d+", raw)
            if codes:
                perm = codes[0] == b"5"
                if perm != lab["permanent"]:
                    bad("permanent disagrees with the DSN status")
            elif lab.get("permanent") and not re.search(r"\b5\.\d\.\d\b", body):
                bad("permanent without a 5.x.x code")
        else:
            if "failed_recipient" in lab or "permanent" in lab:
                bad("bounce fields outside a bounce")
        if kind.startswith("client-reply"):
            subj = str(m["Subject"])
            if not (m["In-Reply-To"] or re.match(r"(?i)(re|r|rif|fwd|i|aw|rv):", subj)):
                bad("client reply without In-Reply-To or reply subject")
        if kind == "auto-reply" and not (m["Auto-Submitted"] or m["X-Autoreply"] or m["X-Auto-Response-Suppress"]):
            pass  # allowed: auto-replies without RFC 3834 headers exist
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    return counts


if __name__ == "__main__":
    files = write_all()
    counts = check(files)
    for k in sorted(counts):
        print(f"{counts[k]:3d}  {k}")
    print(f"{sum(counts.values())} files written and checked in {HERE}")
