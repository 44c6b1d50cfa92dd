#!/usr/bin/env python3
"""round20-it: 80 Italian messages that come back to Italian freelancers after an invoice and its
reminders (sollecito, ultimo avviso, diffida/messa in mora), written one by one, with their labels.

Run:  python3 make.py      (standard library only; rewrites r20i-*.eml and labels.toml next to itself,
then re-parses every file and checks its label).
"""
import base64
import datetime as _dt
import email
import email.policy
import html as _html
import json
import quopri
import random
import re
import struct
import sys
import tomllib
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from html.parser import HTMLParser
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r20i"
N = 80

# --------------------------------------------------------------------------------------------
# time

def _italy_offset(naive):
    """CET/CEST for a local Italian wall-clock time (DST 2027 starts on 28 March at 02:00)."""
    if _dt.datetime(2026, 10, 25, 3) <= naive < _dt.datetime(2027, 3, 28, 2):
        return 1
    return 2


def T(s, tz=None):
    """'2026-11-17 09:42:11' -> aware datetime; tz '+0100' etc., default Italian local time."""
    naive = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    if tz is None:
        hours = _italy_offset(naive)
        return naive.replace(tzinfo=_dt.timezone(_dt.timedelta(hours=hours)))
    sign = -1 if tz[0] == "-" else 1
    off = _dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    return naive.replace(tzinfo=_dt.timezone(off))


def D(s):
    return _dt.date.fromisoformat(s)


GIORNI = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
GG = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
MESI = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre"]
MM = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]


def it_date(d):
    """15 novembre 2026"""
    if isinstance(d, str):
        d = D(d)
    day = "1°" if d.day == 1 else str(d.day)
    return f"{day} {MESI[d.month - 1]} {d.year}"


def il(d):
    """the art("il") filter: il 15 novembre 2026, l'8 dicembre 2026, l'11 gennaio 2027"""
    if isinstance(d, str):
        d = D(d)
    s = it_date(d)
    return ("l'" if d.day in (8, 11) else "il ") + s


def dal(d):
    if isinstance(d, str):
        d = D(d)
    s = it_date(d)
    return ("dall'" if d.day in (8, 11) else "dal ") + s


def gmail_when(t):
    """Gmail web, Italian UI: 'mar 17 nov 2026 alle ore 09:30'"""
    return f"{GG[t.weekday()]} {t.day} {MM[t.month - 1]} {t.year} alle ore {t:%H:%M}"


def gmail_mobile_when(t):
    return f"{GG[t.weekday()]} {t.day} {MM[t.month - 1]} {t.year}, {t:%H:%M}"


def outlook_when(t):
    """Outlook desktop, Italian: 'martedì 17 novembre 2026 09:30'"""
    return f"{GIORNI[t.weekday()]} {t.day} {MESI[t.month - 1]} {t.year} {t:%H:%M}"


def apple_when(t):
    """Apple Mail, Italian: '17 nov 2026, alle ore 09:30'"""
    return f"{t.day} {MM[t.month - 1]} {t.year}, alle ore {t:%H:%M}"


def euro(x):
    """1220 -> '1.220,00 €' (how mailduns writes an amount)"""
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def num_it(x):
    return f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")


# --------------------------------------------------------------------------------------------
# people

class Owner:
    def __init__(self, key, name, email, iban, bic, domain_note):
        self.key, self.name, self.email, self.iban, self.bic = key, name, email, iban, bic
        self.first = name.split()[-2] if name.startswith(("Geom.", "Dott.")) else name.split()[0]
        self.note = domain_note

    @property
    def domain(self):
        return self.email.split("@")[1]

    @property
    def addr(self):
        return formataddr((self.name, self.email))


O = {
    "ferri": Owner("ferri", "Giulia Ferri", "giulia@giuliaferri.it",
                   "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX", "grafica, Bologna"),
    "bellini": Owner("bellini", "Marco Bellini", "marco.bellini@bellinidev.it",
                     "IT41 K030 6909 6061 0000 0077 812", "BCITITMM", "sviluppatore web, Torino"),
    "lombardo": Owner("lombardo", "Sara Lombardo", "sara.lombardo.interprete@gmail.com",
                      "IT17 G020 0804 6820 0010 5566 789", "UNCRITM1G58", "interprete e traduttrice, Palermo"),
    "rinaldi": Owner("rinaldi", "Davide Rinaldi", "formazione@davidrinaldi.it",
                     "IT92 M062 2512 1860 0000 0004 512", "CRPPIT2P", "formatore sicurezza, Padova"),
    "serra": Owner("serra", "Geom. Paolo Serra", "studio@geometraserra.it",
                   "IT28 S010 1504 8000 0007 0345 612", "BPMOIT22", "geometra, Cagliari"),
    "conti": Owner("conti", "Elena Conti", "elena.conti@studiocontilavoro.it",
                   "IT75 P033 5901 6001 0000 0156 243", "BCITITMX", "consulente del lavoro, Napoli"),
    "moretti": Owner("moretti", "Luca Moretti", "luca@morettivideo.it",
                     "IT06 B086 7302 8010 0000 0812 334", "ICRAITRRTL0", "videomaker, Firenze"),
    "esposito": Owner("esposito", "Chiara Esposito", "chiara@espositotesti.it",
                      "IT33 C054 2404 0100 0000 1002 771", "BPBAIT3B", "traduttrice e copywriter, Bari"),
    "galli": Owner("galli", "Andrea Galli", "andrea@galliphoto.it",
                   "IT85 T080 4501 8010 0000 0234 567", "CCRTIT2T79A", "fotografo e grafico, Trento"),
    "greco": Owner("greco", "Francesca Greco", "info@francescagreco.it",
                   "IT19 F030 6916 0311 0000 0006 118", "BCITITMM", "social media manager, Lecce"),
}
O["serra"].first = "Paolo"


# --------------------------------------------------------------------------------------------
# the freelancer's letters (the wording of templates/it/*.txt.j2, rendered) -- what clients quote

def salutation(client):
    if client.startswith(("Gentile", "Spett.le", "Buongiorno", "Egregio", "Gent.")):
        return client if client.endswith(",") else client + ","
    return f"Spett.le {client},"


def payment_block(o, ref):
    return (f"Per il pagamento:\n- beneficiario: {o.name.replace('Geom. ', '')}\n- IBAN: {o.iban}\n"
            f"- BIC: {o.bic}\n- causale: {ref}")


def fee_lines(amount, due, today, rate=10.15, flat=True):
    due, today = D(due), D(today)
    start = due + _dt.timedelta(days=1)
    days = (today - due).days
    interest = round(amount * rate / 100 * days / 365, 2)
    lines = [f"importo della fattura: {euro(amount)}",
             f"interessi moratori dal {start.day:02d}/{start.month:02d}/{start.year} al "
             f"{today.day:02d}/{today.month:02d}/{today.year} ({days} giorni al {str(rate).replace('.', ',')}%): {euro(interest)}"]
    total = amount + interest
    if flat:
        lines.append("importo forfettario per i costi di recupero (art. 6): 40,00 €")
        total += 40
    lines.append(f"totale: {euro(total)}")
    return lines, total


def fees_par(amount, due, today, rate=10.15, flat=True):
    lines, _ = fee_lines(amount, due, today, rate, flat)
    txt = ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
           "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
           "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
           f"percentuali, attualmente {str(rate).replace('.', ',')}% annuo)")
    if flat:
        txt += " ed è dovuto l'importo forfettario di 40,00 € a titolo di risarcimento dei costi di recupero (art. 6)"
    txt += ".\n\nAd oggi l'importo dovuto è il seguente:\n" + "\n".join("- " + x for x in lines)
    return txt


def L_invoice(o, client, num, amount, issue, due, what):
    return (f"{salutation(client)}\n\nin allegato la fattura n. {num} del {D(issue):%d/%m/%Y} di {euro(amount)} "
            f"relativa a {what}, con scadenza {il(due)}.\n\n{payment_block(o, 'Fattura n. ' + num)}\n\n"
            f"Grazie e buona giornata,\n{o.name}")


def L_courtesy(o, client, num, amount, issue, due):
    return (f"{salutation(client)}\n\nun breve promemoria: la fattura n. {num} di {euro(amount)}, emessa {il(issue)}, "
            f"è in scadenza {il(due)}.\n\nNel caso il pagamento sia già stato disposto, ringrazio e prego di non "
            f"tenere conto di questo messaggio.\n\n{payment_block(o, 'Fattura n. ' + num)}\n\n"
            f"Per qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{o.name}")


def L_due(o, client, num, amount, due, late=True):
    first = (f"un promemoria: la fattura n. {num} di {euro(amount)} è scaduta {il(due)}. Se il pagamento non è "
             "ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.") if late else \
            (f"un promemoria: la fattura n. {num} di {euro(amount)} è in scadenza oggi, {D(due):%d/%m/%Y}.")
    return (f"{salutation(client)}\n\n{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non "
            f"tenere conto di questo messaggio.\n\n{payment_block(o, 'Fattura n. ' + num)}\n\n"
            f"Per qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{o.name}")


def L_reminder(o, client, num, amount, due, fees_today=None):
    fees = ("\n\n" + fees_par(amount, due, fees_today)) if fees_today else ""
    return (f"{salutation(client)}\n\nda un controllo la fattura n. {num} di {euro(amount)}, scaduta {il(due)}, "
            "risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere "
            f"al pagamento appena possibile.{fees}\n\nSe il pagamento è già stato effettuato, basta rispondere "
            "indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso "
            "per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta "
            f"rispondere a questa email.\n\n{payment_block(o, 'Fattura n. ' + num)}\n\nCordiali saluti,\n{o.name}")


def L_late_fee(o, client, num, amount, due, today, deadline, fees=True):
    days = (D(today) - D(due)).days
    fee = ("\n\n" + fees_par(amount, due, today)) if fees else ""
    tot = " dell'importo totale" if fees else ""
    return (f"{salutation(client)}\n\nla fattura n. {num} di {euro(amount)}, scaduta {il(due)}, risulta ancora da "
            f"saldare: sono trascorsi {days} giorni dalla scadenza.{fee}\n\nChiedo cortesemente di provvedere al "
            f"pagamento{tot} entro {il(deadline)}. Se il pagamento è già stato disposto, basta rispondere indicando "
            "la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare "
            f"insieme una soluzione: basta rispondere a questa email.\n\n{payment_block(o, 'Fattura n. ' + num)}\n\n"
            f"Cordiali saluti,\n{o.name}")


def L_suspension(o, client, num, amount, due, today, deadline, susp, fees=True):
    fee = ("\n\n" + fees_par(amount, due, today)) if fees else ""
    return (f"{salutation(client)}\n\ntorno a scrivere in merito alla fattura n. {num} di {euro(amount)}, scaduta "
            f"{il(due)}, che risulta ancora da saldare.{fee}\n\nIn mancanza del pagamento entro {il(deadline)}, "
            f"{dal(susp)} potrebbe essere necessario sospendere le attività in corso e i servizi da me forniti fino "
            "alla regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a "
            "rate, possiamo concordare una soluzione; basta rispondere a questa email.\n\n"
            f"{payment_block(o, 'Fattura n. ' + num)}\n\nCordiali saluti,\n{o.name}")


def L_final(o, client, num, amount, issue, due, today, deadline, fees=True):
    fee = ("\n\n" + fees_par(amount, due, today)) if fees else ""
    what = "dell'importo totale sopra indicato" if fees else f"di {euro(amount)}"
    return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num} del {it_date(issue)}\n\n"
            f"{salutation(client)}\n\nla fattura n. {num} di {euro(amount)}, scaduta {il(due)}, risulta ancora da "
            f"saldare nonostante i precedenti solleciti.{fee}\n\nCon la presente chiedo formalmente il pagamento "
            f"{what} entro {il(deadline)}. La presente vale quale atto di costituzione in mora ai sensi e per gli "
            "effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 "
            "c.c.). Resta salvo ogni altro diritto.\n\nIn mancanza del pagamento entro tale termine, mi riservo di "
            "procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto "
            "ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo "
            "o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la "
            "stessa data.\n\nQualora il pagamento sia già stato effettuato, prego di non tenere conto della presente "
            "e di indicarmi la data del bonifico, così da poterlo verificare.\n\n"
            f"{payment_block(o, 'Fattura n. ' + num)}\n\nCordiali saluti,\n{o.name}")


def L_pec_cover(o, client, num, total, deadline):
    return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num}\n\n{salutation(client)}\n\n"
            "si trasmette in allegato, in formato PDF, la diffida di pagamento e costituzione in mora relativa alla "
            f"fattura n. {num}, per complessivi {euro(total)}, con richiesta di pagamento entro 15 giorni dal "
            f"ricevimento (entro {il(deadline)}).\n\nPer qualsiasi chiarimento è possibile rispondere a questo "
            f"indirizzo.\n\nDistinti saluti,\n{o.name}")


def L_promise_followup(o, client, num, amount, promise=None, due=None):
    first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num} di {euro(amount)} "
             f"sarebbe stato effettuato entro {il(promise)}.") if promise else \
            (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num} di {euro(amount)}, scaduta "
             f"{il(due)}.")
    return (f"{salutation(client)}\n\n{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato "
            "disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo "
            f"solo di farmi sapere entro quando posso aspettarlo.\n\n{payment_block(o, 'Fattura n. ' + num)}\n\n"
            f"Cordiali saluti,\n{o.name}")


def L_paid_claim(o, client, num, amount, claim, paid_on=None):
    po = f" (con bonifico disposto {il(paid_on)})" if paid_on else ""
    return (f"{salutation(client)}\n\ngrazie per avermi comunicato {il(claim)} che la fattura n. {num} di "
            f"{euro(amount)} è stata pagata{po}.\n\nAd oggi, però, il pagamento non risulta ancora accreditato sul mio "
            "conto. A volte un bonifico richiede qualche giorno in più, oppure può essere partito verso coordinate "
            "diverse. Per aiutarmi a rintracciarlo, chiedo la cortesia di indicarmi la data di esecuzione e il codice "
            "CRO/TRN del bonifico, oppure di inoltrarmi la contabile.\n\nPer un confronto, riporto le coordinate "
            f"corrette:\n- beneficiario: {o.name.replace('Geom. ', '')}\n- IBAN: {o.iban}\n- causale: Fattura n. {num}\n\n"
            "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: in "
            f"tal caso mi basta una breve conferma. Grazie per la collaborazione.\n\nCordiali saluti,\n{o.name}")


def L_statement(o, client, items, today, deadline):
    """items: (num, issue, due, amount)"""
    rows, tot = [], 0
    for num, issue, due, amount in items:
        late = (D(today) - D(due)).days
        rows.append(f"- n. {num} del {it_date(issue)}, scaduta {il(due)} ({late} giorni di ritardo): {euro(amount)}")
        tot += amount
    return (f"{salutation(client)}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n"
            + "\n".join(rows) + f"\n\nTotale da pagare: {euro(tot)}\n\nChiedo cortesemente di provvedere al pagamento "
            f"entro {il(deadline)}. Se alcune di queste fatture sono già state pagate, basta rispondere indicando "
            "quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con una fattura, "
            "possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
            "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate.\n\n"
            f"Cordiali saluti,\n{o.name}")


def L_thank_you(o, client, num, amount, paid_on):
    return (f"{salutation(client)}\n\nconfermo di aver ricevuto il pagamento della fattura n. {num} ({euro(amount)}) "
            f"{il(paid_on)}. Grazie!\n\nResto a disposizione per qualsiasi necessità.\n\nCordiali saluti,\n{o.name}")


SUBJ = {
    "invoice": "Fattura n. {n} – {o}",
    "courtesy": "Promemoria: fattura n. {n} in scadenza",
    "due": "Promemoria: fattura n. {n}",
    "reminder": "Fattura n. {n} – promemoria di pagamento",
    "late_fee": "Sollecito di pagamento – fattura n. {n}",
    "suspension": "Fattura n. {n} – ultimo avviso prima della sospensione",
    "final": "Diffida di pagamento e costituzione in mora – fattura n. {n}",
    "promise_followup": "Fattura n. {n} – aggiornamento sul pagamento",
    "paid_claim": "Fattura n. {n} – pagamento non ancora ricevuto",
    "statement": "Fatture da saldare – {o}",
    "thank_you": "Pagamento ricevuto – fattura n. {n}",
}


def subj(step, n="", o=None):
    return SUBJ[step].format(n=n, o=o.name if o else "")


# --------------------------------------------------------------------------------------------
# quoting, as the clients' programs do it

def gt(text):
    """'> ' quoting of a whole text"""
    return "\n".join(("> " + ln) if ln.strip() else ">" for ln in text.split("\n"))


def q_gmail(t, who, text):
    name, addr = who
    return f"Il giorno {gmail_when(t)} {name} <{addr}> ha scritto:\n\n{gt(text)}\n"


def q_gmail_mobile(t, who, text):
    name, addr = who
    return f"Il {gmail_mobile_when(t)} {name} <{addr}> ha scritto:\n\n{gt(text)}\n"


def q_apple(t, who, text):
    name, addr = who
    return f"Il giorno {apple_when(t)}, {name} <{addr}> ha scritto:\n\n{gt(text)}\n"


def q_thunderbird(t, who, text):
    name, _ = who
    return f"Il {t:%d/%m/%Y} {t:%H:%M}, {name} ha scritto:\n{gt(text)}\n"


def q_outlook(t, who, to, subject, text, cc=None):
    name, addr = who
    cc_line = f"Cc: {cc}\n" if cc else ""
    return (f"Da: {name} <{addr}>\nInviato: {outlook_when(t)}\nA: {to}\n{cc_line}Oggetto: {subject}\n\n{text}\n")


def q_outlook_old(t, who, to, subject, text):
    name, addr = who
    return (f"-----Messaggio originale-----\nDa: {name} [mailto:{addr}]\nInviato: {outlook_when(t)}\nA: {to}\n"
            f"Oggetto: {subject}\n\n{text}\n")


def q_libero(t, who, to, subject, text):
    name, addr = who
    return (f"----Messaggio originale----\nDa: {addr}\nData: {t:%d/%m/%Y} {t.hour}.{t:%M}\nA: <{to}>\n"
            f"Ogg: {subject}\n\n{text}\n")


def q_outlook_en(t, who, to, subject, text):
    name, addr = who
    return (f"From: {name} <{addr}>\nSent: {t:%A, %B} {t.day}, {t.year} {t:%I:%M %p}\nTo: {to}\n"
            f"Subject: {subject}\n\n{text}\n")


# --------------------------------------------------------------------------------------------
# MIME, written by hand so that every byte is as a real client writes it

class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body

    def render(self):
        out = b""
        for k, v in self.headers:
            out += f"{k}: {v}\n".encode("ascii")
        return out + b"\n" + self.body


def _encode(raw, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    return raw


LATIN = {"\u2013": "-", "\u2014": "-", "\u20ac": "EUR", "\u2019": "'", "\u201c": '"', "\u201d": '"',
         "\u2026": "..."}


def latin(s):
    """what a mail program does to typographic characters when it writes ISO-8859-1"""
    for a, b in LATIN.items():
        s = s.replace(a, b)
    return s


def text(s, sub="plain", cs="utf-8", cte="quoted-printable", params="", extra=(), quote_cs=True):
    if cs.lower() in ("iso-8859-1", "latin-1", "us-ascii"):
        s = latin(s)
    raw = s.encode(cs)
    if cte == "7bit":
        raw.decode("ascii")
    body = _encode(raw, cte)
    if not body.endswith(b"\n"):
        body += b"\n"
    csv = f'"{cs}"' if quote_cs else cs
    hs = [("Content-Type", f"text/{sub}; charset={csv}{params}"), ("Content-Transfer-Encoding", cte)]
    return Part(hs + list(extra), body)


def attach(data, ctype, filename, disp="attachment", extra=(), inline_cid=None):
    hs = [("Content-Type", f'{ctype}; name="{filename}"'),
          ("Content-Disposition", f'{disp}; filename="{filename}"'),
          ("Content-Transfer-Encoding", "base64")]
    if inline_cid:
        hs.append(("Content-ID", f"<{inline_cid}>"))
    return Part(hs + list(extra), base64.encodebytes(data))


def multi(sub, parts, boundary, preamble=None, params="", extra=()):
    body = b""
    if preamble:
        body += preamble.encode() + b"\n\n"
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p.render() + b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", f'multipart/{sub}; boundary="{boundary}"{params}')] + list(extra), body)


def raw_part(headers, body):
    if isinstance(body, str):
        body = body.encode("utf-8")
    return Part(headers, body)


def hdr(v):
    """a header value: RFC 2047 words when it is not ASCII"""
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode(maxlinelen=76, linesep="\n ").replace("\n ", "\n ")


def who(name, addr, cs="utf-8"):
    if not name:
        return addr
    return formataddr((name, addr), charset=cs)


def mid(rng, style, domain="mail.gmail.com"):
    h = lambda n: "".join(rng.choice("0123456789abcdef") for _ in range(n))
    H = lambda n: "".join(rng.choice("0123456789ABCDEF") for _ in range(n))
    b64 = lambda n: "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(n))
    if style == "gmail":
        return f"<CA{b64(3)}{b64(40)}@mail.gmail.com>"
    if style == "outlook":
        srv = rng.choice(["AM0PR07MB", "DB9PR03MB", "PA4PR08MB", "VI1PR02MB", "FR3P281MB"]) + str(rng.randint(1000, 9999))
        return f"<{srv}{H(8)}{H(8)}@{srv}.eurprd0{rng.randint(1, 8)}.prod.outlook.com>"
    if style == "apple":
        return f"<{H(8)}-{H(4)}-{H(4)}-{H(4)}-{H(12)}@{domain}>"
    if style == "mailduns":
        return f"<mailduns.{h(16)}@{domain}>"
    if style == "libero":
        return f"<{rng.randint(10**8, 10**9)}.{rng.randint(100, 999)}.{rng.randint(10**12, 10**13)}@{domain}>"
    if style == "tb":
        return f"<{h(8)}-{h(4)}-{h(4)}-{h(4)}-{h(12)}@{domain}>"
    return f"<{h(24)}@{domain}>"


def msg_bytes(headers, root):
    out = b""
    for k, v in headers:
        if v is None:
            continue
        out += f"{k}: {v}\n".encode("ascii")
    out += root.render()
    return out


# small binary attachments ------------------------------------------------------------------

def tiny_pdf(title):
    t = title.encode("latin-1", "replace")
    stream = b"BT /F1 11 Tf 56 780 Td (" + t + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offs:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def tiny_png(w=4, h=3, rgb=(230, 230, 230)):
    def chunk(kind, data):
        c = kind + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c) & 0xffffffff)
    row = b"\x00" + bytes(rgb) * w
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(row * h)) + chunk(b"IEND", b""))


def tiny_jpeg():
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
            b"\xff\xe1\x00\x16Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00\x00\x00"
            b"\xff\xdb\x00C\x00" + bytes(range(1, 65)) + b"\xff\xd9")


# HTML renderings ---------------------------------------------------------------------------

def esc(s):
    return _html.escape(s, quote=False)


def html_lines(s, tag="div", empty="<br>"):
    out = []
    for ln in s.split("\n"):
        out.append(f"<{tag}>{esc(ln) if ln.strip() else empty}</{tag}>")
    return "\n".join(out)


def gmail_html(own, attrib=None, quoted=None):
    body = f'<div dir="ltr">{"<br>".join(esc(x) for x in own.split(chr(10)))}</div>'
    if attrib:
        qb = "<br>".join(esc(x) for x in quoted.split("\n"))
        body += (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(attrib)}'
                 f'<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 f'rgb(204,204,204);padding-left:1ex">{qb}</blockquote></div>')
    return body + "\n"


def outlook_html(own, head=None, quoted=None, sig_html="", cs="utf-8"):
    paras = "\n".join(f'<p class="MsoNormal">{esc(x) if x.strip() else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>'
                      for x in own.split("\n"))
    out = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
           'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; '
           f'charset={cs}">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
           '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t'
           '{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:12.0pt;\n\t'
           'font-family:"Aptos",sans-serif;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#467886;\n\t'
           'text-decoration:underline;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t'
           '{size:612.0pt 792.0pt;\n\tmargin:70.85pt 2.0cm 2.0cm 2.0cm;}\ndiv.WordSection1\n\t{page:WordSection1;}\n'
           '--></style>\n</head>\n<body lang="IT" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
           f'<div class="WordSection1">\n{paras}\n{sig_html}')
    if head:
        hh = "<br>\n".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in head)
        qq = "\n".join(f'<p class="MsoNormal">{esc(x) if x.strip() else "<o:p>&nbsp;</o:p>"}</p>'
                       for x in quoted.split("\n"))
        out += ('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;'
                f'padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">{hh}<o:p></o:p></p>\n</div>\n'
                f'<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{qq}\n')
    return out + "</div>\n</body>\n</html>\n"


def apple_html(own, attrib=None, quoted=None):
    b = "".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>" for x in own.split("\n"))
    out = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           f'<body dir="auto"><div dir="ltr"></div>{b}')
    if attrib:
        qb = "".join(f"<div>{esc(x) if x.strip() else '<br>'}</div>" for x in quoted.split("\n"))
        out += f'<div dir="ltr"><br><blockquote type="cite">{esc(attrib)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{qb}</div></blockquote>'
    return out + "</body></html>\n"


# --------------------------------------------------------------------------------------------
# the messages

SPECS = []


def add(n, kind, headers, root, own, note, reply=True, **facts):
    SPECS.append(dict(n=n, kind=kind, headers=headers, root=root, own=own, note=note, reply=reply, facts=facts))


def thread_headers(rng, o, frm, subject, t, msgid_style, parent_ids, to=None, cc=None, extra=(), domain=None):
    """headers of a reply: parent_ids is the list of earlier Message-IDs (oldest first)"""
    dom = domain or frm[1].split("@")[1]
    hs = [("Return-Path", f"<{frm[1]}>")]
    hs += list(extra)
    hs += [("From", who(*frm)), ("To", to or o.addr)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", hdr(subject)), ("Date", format_datetime(t)), ("Message-ID", mid(rng, msgid_style, dom))]
    if parent_ids:
        hs += [("In-Reply-To", parent_ids[-1]), ("References", " ".join(parent_ids))]
    hs.append(("MIME-Version", "1.0"))
    return hs


def parents(rng, o, k=1):
    return [mid(rng, "mailduns", o.domain) for _ in range(k)]


def gb(rng):
    return "000000000000" + "".join(rng.choice("0123456789abcdef") for _ in range(12))


def ob(rng):
    return "_000_" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(32)) + "_"


def ab(rng):
    return "Apple-Mail-" + "".join(rng.choice("0123456789ABCDEF") for _ in range(8)) + "-" + \
        "".join(rng.choice("0123456789ABCDEF") for _ in range(4))


def gmail_attrib(t, w):
    return f"Il giorno {gmail_when(t)} {w[0]} <{w[1]}> ha scritto:"


def gmail_alt(rng, own, t_q=None, qwho=None, qtext=None, cs="UTF-8", mobile=False):
    if t_q is not None:
        attrib = (f"Il {gmail_mobile_when(t_q)} {qwho[0]} <{qwho[1]}> ha scritto:" if mobile
                  else gmail_attrib(t_q, qwho))
        plain = own + "\n\n" + attrib + "\n\n" + gt(qtext) + "\n"
    else:
        attrib, plain = None, own + "\n"
    return multi("alternative", [text(plain, cs=cs), text(gmail_html(own, attrib, qtext), "html", cs=cs)], gb(rng))


def outlook_alt(rng, own, t_q, qwho, qto, qsubj, qtext, cs="utf-8", cc=None, plain_only=False, html_only=False):
    head = [("Da", f"{qwho[0]} <{qwho[1]}>"), ("Inviato", outlook_when(t_q)), ("A", qto)]
    if cc:
        head.append(("Cc", cc))
    head.append(("Oggetto", qsubj))
    plain = own + "\n\n" + q_outlook(t_q, qwho, qto, qsubj, qtext, cc)
    h = outlook_html(own, head, qtext, cs=cs)
    if plain_only:
        return text(plain, cs=cs)
    if html_only:
        return text(h, "html", cs=cs)
    return multi("alternative", [text(plain, cs=cs), text(h, "html", cs=cs)], ob(rng))


OUTLOOK_X = (("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "it"))
IPHONE_X = (("X-Mailer", "iPhone Mail (22B83)"),)
TB_X = (("User-Agent", "Mozilla Thunderbird"),)


# ============================================================================================
# 1 -- farmacia in Altamura (Puglia), the administrative clerk; paid, receipt attached
def m1():
    rng = random.Random(1)
    o = O["esposito"]
    t_q, t = T("2026-11-17 08:30:02"), T("2026-11-17 11:04:37")
    q = L_reminder(o, "Farmacia San Nicola", "38/2026", 488.00, "2026-11-10")
    frm = ("Rosa Loiacono", "amministrazione@farmaciasannicola-altamura.it")
    own = """Buongiorno dott.ssa Esposito,

ha ragione, ci era proprio sfuggita: la sua fattura era finita nella cartella dei fornitori di magazzino e nessuno l'aveva vista. Ho fatto il bonifico stamattina, 488,00 euro, le allego la contabile.

Ci scusi ancora e buona giornata

Rosa Loiacono
Farmacia San Nicola – Amministrazione
Via Regina Margherita 14 – 70022 Altamura (BA)
Tel. 080 314 2277"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("reminder", "38/2026"), t, "gmail", parents(rng, o, 2))
    root = multi("mixed", [gmail_alt(rng, own, t_q, (o.name, o.email), q),
                           attach(tiny_pdf("Contabile bonifico SEPA - 488,00 EUR"), "application/pdf",
                                  "Contabile_bonifico_17112026.pdf")], gb(rng))
    add(1, "client-reply-paid", hs, root, own,
        "The pharmacy clerk says she made the transfer this morning and attaches the receipt; the 488,00 is in her "
        "own words. The invoice number is only in the subject and the quoted reminder, so no reference.",
        amount="488.00", currency="EUR")


# 2 -- metal workshop near Pinerolo (Piemonte); promise 'con la distinta di venerdì'
def m2():
    rng = random.Random(2)
    o = O["bellini"]
    t_q, t = T("2026-11-16 08:15:40"), T("2026-11-17 14:22:09")
    q = L_due(o, "Officine Meccaniche Ghirardi srl", "2026/47", 1830.00, "2026-11-13")
    frm = ("Silvia Ghirardi", "amministrazione@ghirardi-officine.it")
    own = """Buongiorno Marco,

grazie del promemoria. La fattura è registrata e approvata, il pagamento lo facciamo con la distinta fornitori di venerdì, come facciamo per tutti.

Cordiali saluti

Silvia Ghirardi
Amministrazione
Officine Meccaniche Ghirardi srl
Strada Poirino 31 – 10064 Pinerolo (TO)"""
    hs = thread_headers(rng, o, frm, "R: " + subj("due", "2026/47"), t, "outlook", parents(rng, o, 2),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "Amministrazione Ghirardi",
                       subj("due", "2026/47"), q, cs="windows-1252")
    add(2, "client-reply-promise", hs, root, own,
        "'Con la distinta fornitori di venerdì' is a payment on a named weekday: the Date is Tuesday 17 November "
        "2026, so the next Friday is 20 November. The number and amount are only in the quoted reminder.",
        promised_date="2026-11-20", rule=("weekday", 4))


# 3 -- wine cooperative in Trentino; the invoice does not match the quote
def m3():
    rng = random.Random(3)
    o = O["galli"]
    t_q, t = T("2027-01-18 09:00:12"), T("2027-01-19 10:47:55")
    q = L_late_fee(o, "Cantina Valle dei Laghi s.c.a.", "71/2026", 1586.00, "2026-12-15", "2027-01-18",
                   "2027-01-28")
    frm = ("Michela Tonini", "amministrazione@cantinavalledeilaghi.it")
    own = """Buongiorno sig. Galli,

rispondo al Suo sollecito. La fattura non è stata pagata perché l'importo non corrisponde al preventivo che avevamo accettato a settembre (ns. prot. PR-118): 1.100,00 euro + IVA per lo shooting delle 40 bottiglie e le foto ambientate in cantina. In fattura troviamo invece 1.300,00 + IVA, con una voce "post-produzione aggiuntiva" che da parte nostra nessuno ha richiesto.

Le chiediamo quindi di emettere una nota di credito per la differenza, oppure di stornare la fattura e riemetterla corretta; appena la riceviamo dallo SDI procediamo con il pagamento.

Considerato quanto sopra, gli interessi di mora e i 40 euro indicati nel sollecito non li riteniamo dovuti.

Cordiali saluti

Michela Tonini
Ufficio amministrativo
Cantina Valle dei Laghi s.c.a.
Via Nazionale 12 – 38076 Lasino (TN)
Tel. 0461 564 210

Questo messaggio e i suoi allegati sono destinati esclusivamente al destinatario. Se lo avete ricevuto per errore vi preghiamo di cancellarlo e di darcene comunicazione. Ai sensi del Reg. UE 2016/679 i dati sono trattati per finalità amministrative."""
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "71/2026"), t, "outlook", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "amministrazione@cantinavalledeilaghi.it",
                       subj("late_fee", "71/2026"), q)
    add(3, "client-reply-dispute", hs, root, own,
        "The cooperative contests the amount (quote 1.100 + IVA, invoice 1.300 + IVA), asks for a credit note and "
        "rejects the interest; 'appena la riceviamo procediamo' is conditional and does not make it a promise.")


# 4 -- hotel in Senigallia (Marche), the marketing person; received, forwarded to accounts
def m4():
    rng = random.Random(4)
    o = O["moretti"]
    t_q, t = T("2026-11-23 09:10:00"), T("2026-11-24 12:31:18")
    q = L_courtesy(o, "Hotel Conchiglia Azzurra srl", "22/2026", 2196.00, "2026-10-30", "2026-11-29")
    frm = ("Lorenzo Pieroni", "lorenzo.pieroni@hotelconchigliaazzurra.it")
    own = """Ciao Luca,
ricevuto, grazie. Io non seguo i pagamenti, l'ho girata a Patrizia in amministrazione che ti metto in copia, ci pensa lei.

Per il video dell'estate ci sentiamo a gennaio, ho già qualche idea per le riprese col drone sul lungomare!

Lorenzo

--
Lorenzo Pieroni | Marketing & Eventi
Hotel Conchiglia Azzurra ****
Lungomare Dante Alighieri 88 – 60019 Senigallia (AN)"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("courtesy", "22/2026"), t, "gmail", parents(rng, o, 2),
                        cc="Patrizia Amministrazione <amministrazione@hotelconchigliaazzurra.it>")
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(4, "client-reply-other", hs, root, own,
        "An acknowledgement: he has passed the invoice to the accounts office (in Cc); nobody says it is paid or "
        "when it will be.")


# 5 -- bank notice: incoming SEPA transfer with the invoice number in the causale
def m5():
    rng = random.Random(5)
    o = O["ferri"]
    t = T("2026-12-02 10:15:44")
    own = """Gentile GIULIA FERRI,

ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico SEPA.

Importo: 1.220,00 EUR
Ordinante: STUDIO ASSOCIATO BERTI E MONTANARI
IBAN ordinante: IT44Q0538712900000002134567
Causale: SALDO FATTURA N. 2026/041 DEL 15/10/2026
Data contabile: 02/12/2026
Data valuta: 02/12/2026
TRN: 0538712900003125470418104180IT

Puoi consultare il dettaglio del movimento nella sezione Conti > Movimenti dell'app o dell'Internet Banking.

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Banca di Pianura – Servizio Clienti 051 000 1234"""
    h = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">'
         '<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td style="background:#0b4f6c;'
         'color:#fff;padding:16px;font-size:18px"><b>Banca di Pianura</b></td></tr><tr><td style="padding:20px">'
         + html_lines(own, "p", "&nbsp;") + '</td></tr></table></body></html>\n')
    hs = [("Return-Path", "<notifiche@bancadipianura.it>"),
          ("From", who("Banca di Pianura", "notifiche@bancadipianura.it")),
          ("To", "giulia@giuliaferri.it"), ("Subject", "Accredito bonifico sul tuo conto"),
          ("Date", format_datetime(t)), ("Message-ID", mid(rng, "other", "mailer.bancadipianura.it")),
          ("MIME-Version", "1.0"), ("X-Mailer", "BdP Notifiche 4.2")]
    root = multi("alternative", [text(own), text(h, "html")], "----=_Part_" + str(rng.randint(10**6, 10**7)))
    add(5, "payment-notification", hs, root, own,
        "A bank's automatic notice of an incoming transfer; the causale names invoice 2026/041 and the amount is "
        "1.220,00 EUR.", reply=False, amount="1220.00", currency="EUR", reference="2026/041")


# 6 -- Comune in Casentino (Toscana), ufficio ragioneria; mandato emesso, split payment
def m6():
    rng = random.Random(6)
    o = O["moretti"]
    t_q, t = T("2026-12-07 08:45:00"), T("2026-12-11 12:02:51")
    q = L_late_fee(o, "Comune di Pratovecchio Stia", "FPA 3/26", 1830.00, "2026-10-30", "2026-12-07", "2026-12-17")
    frm = ("Ufficio Ragioneria", "ragioneria@comune.pratovecchiostia.ar.it")
    own = """Gentile sig. Moretti,

in riscontro alla Sua comunicazione si informa che la fattura elettronica n. FPA 3/26 del 30/09/2026 è stata liquidata con determinazione n. 412 del 02/12/2026 e che in data 10/12/2026 è stato emesso il mandato di pagamento n. 2318 per l'importo di euro 1.500,00 (imponibile), trasmesso al Tesoriere per l'esecuzione.

L'IVA, pari a euro 330,00, è trattenuta e versata direttamente all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/1972 (scissione dei pagamenti).

I tempi di accredito dipendono dal Tesoriere (di norma 2-3 giorni lavorativi).

Distinti saluti

Il Responsabile del Servizio Finanziario
Rag. Alessandra Bigiarini
Comune di Pratovecchio Stia – Piazza Tanucci 1 – 52015 Pratovecchio Stia (AR)

AVVERTENZA: le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Ai sensi dell'art. 13 del Reg. UE 2016/679 si informa che i dati personali sono trattati per l'esercizio delle funzioni istituzionali dell'Ente."""
    body = own + "\n\n" + q_outlook_old(t_q, (o.name, o.email), "ragioneria@comune.pratovecchiostia.ar.it",
                                        subj("late_fee", "FPA 3/26"), q)
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "FPA 3/26"), t, "other", parents(rng, o, 3),
                        extra=(("X-Mailer", "Zimbra 9.0.0_GA_4612 (ZimbraWebClient - FF115 (Win)/9.0.0)"),))
    root = text(body.replace("€", "EUR"), cs="iso-8859-1")
    add(6, "client-reply-paid", hs, root, own,
        "A mandato di pagamento already issued and sent to the treasurer is the PA's way of saying the payment is "
        "made; the sum paid to the freelancer is 1.500,00 (the IVA goes to the State under split payment), not the "
        "1.830,00 of the invoice.", amount="1500.00", currency="EUR", reference="FPA 3/26")


# 7 -- Outlook out-of-office at a dairy in Battipaglia (Campania), back on 6 January
def m7():
    rng = random.Random(7)
    o = O["conti"]
    t = T("2026-12-22 15:41:07")
    own = """Gentile mittente,

sarò fuori ufficio fino al 6 gennaio 2027 compreso, con accesso limitato alla posta elettronica.
Per questioni urgenti relative al personale o ai pagamenti può contattare l'ufficio al numero 0828 301 552 o scrivere a amministrazione@bufaladoro.it.

Cordiali saluti
Annamaria Cuomo
Caseificio La Bufala d'Oro srl"""
    pid = parents(rng, o, 3)
    hs = [("Return-Path", "<a.cuomo@bufaladoro.it>"), ("From", who("Annamaria Cuomo", "a.cuomo@bufaladoro.it")),
          ("To", o.addr), ("Subject", hdr("Risposta automatica: " + subj("late_fee", "118/2026"))),
          ("Thread-Topic", hdr(subj("late_fee", "118/2026"))), ("Date", format_datetime(t)),
          ("Message-ID", mid(rng, "outlook")), ("In-Reply-To", pid[-1]), ("References", " ".join(pid)),
          ("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
          ("X-MS-Exchange-Inbox-Rules-Loop", "a.cuomo@bufaladoro.it"), ("Content-Language", "it-IT"),
          ("X-MS-Has-Attach", ""), ("MIME-Version", "1.0")]
    root = multi("alternative", [text(own), text(outlook_html(own), "html")], ob(rng))
    add(7, "auto-reply", hs, root, own,
        "Exchange out-of-office: 'fuori ufficio fino al 6 gennaio 2027 compreso' names the last day of the "
        "absence, and that named day is the return_date.", reply=False, return_date="2027-01-06")


# 8 -- plumbing firm in Mestre (Veneto), the owner in Venetian; 'entro fine mese'
def m8():
    rng = random.Random(8)
    o = O["rinaldi"]
    t_q, t = T("2027-01-11 09:30:00"), T("2027-01-12 19:58:30")
    q = L_late_fee(o, "Termoidraulica Favaro snc", "2026/112", 610.00, "2026-11-30", "2027-01-11",
                   "2027-01-21")
    frm = ("gianni favaro", "termofavaro@libero.it")
    own = """Ciao Davide
go visto la mail. Hai ragione xe scaduta da un pezzo, ma xe un periodo duro, i clienti no paga e noi de conseguenza. Il corso ai ragazzi xe stato ottimo non xe quello il problema.
Ti faccio il bonifico entro fine mese, promesso. Gli interessi se puoi lasciali stare dai

Gianni"""
    body = own + "\n\nInviato da Libero Mail per Android\n\n" + q_libero(t_q, (o.name, o.email), "termofavaro@libero.it",
                                                                       subj("late_fee", "2026/112"), q)
    hs = thread_headers(rng, o, frm, "Re: " + subj("late_fee", "2026/112"), t, "libero", parents(rng, o, 3),
                        extra=(("X-Mailer", "Libero Mail per Android"),), domain="libero.it")
    root = text(body)
    add(8, "client-reply-promise", hs, root, own,
        "A promise in Venetian dialect ('go visto', 'xe'): 'entro fine mese' in a message of 12 January 2027 is 31 "
        "January; asking to waive the interest is a plea, not a refusal to pay.",
        promised_date="2027-01-31", rule=("monthend",))


# 9 -- B&B near Cala Gonone (Sardegna), the owner from her iPhone; paid, asks if the amount is right
def m9():
    rng = random.Random(9)
    o = O["greco"]
    t_q, t = T("2026-11-09 09:00:00"), T("2026-11-09 21:47:12")
    q = L_reminder(o, "Gentile Marta Piras", "17/2026", 350.00, "2026-10-31")
    frm = ("Marta Piras", "bbsacostera@gmail.com")
    own = """Ciaooo Francesca! 😅 scusa scusa scusa, con la chiusura della stagione mi era passato completamente di mente.
fatto ora il bonifico, 350 euro giusto?? se ho sbagliato cifra dimmelo che integro subito 🙏

Un abbraccio e grazie ancora per le foto del profilo, sono venute stupende

Marta"""
    body = own + "\n\nInviato da iPhone\n\n" + q_apple(t_q, (o.name, o.email), q)
    hs = thread_headers(rng, o, frm, "Re: " + subj("reminder", "17/2026"), t, "apple", parents(rng, o, 2),
                        extra=IPHONE_X, domain="gmail.com")
    hs = [(k, "1.0 (1.0)" if k == "MIME-Version" else v) for k, v in hs]
    root = text(body, quote_cs=False)
    add(9, "client-reply-paid", hs, root, own,
        "'Fatto ora il bonifico, 350 euro' is a payment made; the question whether the sum is right does not change "
        "the kind.", amount="350.00", currency="EUR")


# 10 -- pasta maker in Fara San Martino (Abruzzo); the video is not finished, pays on delivery
def m10():
    rng = random.Random(10)
    o = O["moretti"]
    t_q, t = T("2027-01-07 09:00:00"), T("2027-01-08 08:12:40")
    q = L_suspension(o, "Pastificio Artigiano F.lli Ciccone srl", "27/2026", 3660.00, "2026-11-30", "2027-01-07",
                     "2027-01-17", "2027-01-18")
    frm = ("Paolo Ciccone", "paolo.ciccone@pastificiociccone.it")
    own = """Luca, scusami ma qui c'è un equivoco.

Il video non ce l'hai ancora consegnato nella versione definitiva: mancano i sottotitoli in inglese per la fiera di Colonia e la musica è ancora quella provvisoria, come ti ho scritto il 3 dicembre e non mi hai più risposto. Nel contratto c'era scritto chiaro: saldo alla consegna del master.

Quando mi mandi il definitivo ti pago, prima no.

E la storia della sospensione non la capisco proprio: cosa sospendi, il lavoro che non hai ancora finito?

Paolo Ciccone
Pastificio Artigiano F.lli Ciccone"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("suspension", "27/2026"), t, "gmail", parents(rng, o, 4))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(10, "client-reply-dispute", hs, root, own,
        "The client withholds payment because the work is not delivered as agreed; 'quando mi mandi il definitivo "
        "ti pago' is a condition, not a promise, and the dispute takes precedence.")


# 11 -- Postfix DSN from the freelancer's own provider: user unknown at a pizzeria
def m11():
    rng = random.Random(11)
    o = O["conti"]
    t = T("2026-11-26 10:02:19")
    rcpt = "paghe@pizzeriadamichele-nola.it"
    orig_mid = mid(rng, "mailduns", o.domain)
    orig_t = T("2026-11-26 10:02:14")
    orig_body = L_reminder(o, "Pizzeria da Michele di Esposito Michele & C. sas", "131/2026", 305.00, "2026-11-15")
    orig = (f"Return-Path: <{o.email}>\nFrom: {o.addr}\nTo: {rcpt}\nSubject: {hdr(subj('reminder', '131/2026'))}\n"
            f"Date: {format_datetime(orig_t)}\nMessage-ID: {orig_mid}\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            ).encode() + quopri.encodestring(orig_body.encode())
    notif = f"""This is the mail system at host smtpdh07.ad.aruba.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<{rcpt}>: host mx1.pizzeriadamichele-nola.it[93.41.212.18] said:
    550 5.1.1 <{rcpt}>: Recipient address rejected: User unknown in
    virtual mailbox table (in reply to RCPT TO command)
"""
    status = f"""Reporting-MTA: dns; smtpdh07.ad.aruba.it
X-Postfix-Queue-ID: 4Bf2Wq1xT9zYv3K
X-Postfix-Sender: rfc822; {o.email}
Arrival-Date: {format_datetime(orig_t)}

Final-Recipient: rfc822; {rcpt}
Original-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.pizzeriadamichele-nola.it
Diagnostic-Code: smtp; 550 5.1.1 <{rcpt}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    bd = "4Bf2Wq1xT9zYv3K.1795683739/smtpdh07.ad.aruba.it"
    root = multi("report", [
        raw_part([("Content-Description", "Notification"), ("Content-Type", "text/plain; charset=us-ascii")], notif),
        raw_part([("Content-Description", "Delivery report"), ("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Description", "Undelivered Message"), ("Content-Type", "message/rfc822")], orig)],
        bd, preamble="This is a MIME-encapsulated message.", params="; report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("Date", format_datetime(t)),
          ("From", "MAILER-DAEMON@smtpdh07.ad.aruba.it (Mail Delivery System)"),
          ("Subject", "Undelivered Mail Returned to Sender"), ("To", o.email), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0"), ("Message-Id", f"<20261126090219.8C1D2401A7@smtpdh07.ad.aruba.it>")]
    add(11, "bounce", hs, root, notif,
        "Postfix DSN: the reminder to the pizzeria's payroll address was refused with 550 5.1.1 user unknown, a "
        "permanent failure.", reply=False, failed_recipient=rcpt, permanent=True)


# 12 -- law office in Catania (Sicilia), the secretary; the IBAN does not pass the bank's check
def m12():
    rng = random.Random(12)
    o = O["lombardo"]
    t_q, t = T("2026-12-02 08:40:00"), T("2026-12-03 11:26:03")
    q = L_late_fee(o, "Studio Legale Avv. Salvatore Ferrante", "29/2026", 671.00, "2026-11-25", "2026-12-02", "2026-12-12")
    frm = ("Segreteria Studio Ferrante", "segreteria@studiolegaleferrante.it")
    own = """Buongiorno dottoressa,

l'avvocato mi aveva chiesto di fare il bonifico già la settimana scorsa, ma l'home banking mi segnala l'IBAN come non valido: forse nella fattura manca una cifra o ne ho copiata una sbagliata io. Me lo può rimandare per cortesia, se possibile scritto in un file a parte così lo copio senza errori?

Grazie e scusi il disturbo

Agata Russo
Segreteria – Studio Legale Avv. Salvatore Ferrante
Via Etnea 212 – 95131 Catania
Tel. 095 715 0032"""
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "29/2026"), t, "outlook", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "segreteria@studiolegaleferrante.it",
                       subj("late_fee", "29/2026"), q)
    add(12, "client-reply-other", hs, root, own,
        "The secretary asks for the bank details again because the IBAN is rejected; she has not paid and names no "
        "day, so neither paid nor promise.")


# 13 -- restaurant in Naples; one invoice paid yesterday, the other on 15 February
def m13():
    rng = random.Random(13)
    o = O["conti"]
    t_q, t = T("2027-02-02 09:00:00"), T("2027-02-03 16:05:27")
    q = L_statement(o, "Ristorante Zi' Teresa snc", [("2026/124", "2026-12-01", "2026-12-31", 549.00),
                                                      ("2027/009", "2027-01-05", "2027-01-31", 488.00)],
                    "2027-02-02", "2027-02-12")
    frm = ("Ciro Cacace", "ristorantezteresa@gmail.com")
    own = """Dott.ssa Conti buongiorno,

la 2027/009 (le paghe di dicembre) l'abbiamo pagata ieri con bonifico, dovrebbe arrivarle a giorni. La 2026/124 invece ve la saldiamo il 15 febbraio, quando ci entra l'incasso del catering della Camera di Commercio.

Scusate il ritardo, gennaio è stato un mese morto.

Ciro Cacace
Ristorante Zi' Teresa – Borgo Marinari, Napoli"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("statement", o=o), t, "gmail", parents(rng, o, 3))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(13, "client-reply-promise", hs, root, own,
        "One invoice paid and the other promised for 15 February: by precedence it is a promise for that day. Two "
        "invoices are named, so no reference, and no sum is stated in the client's words.",
        promised_date="2027-02-15")


# 14 -- dental practice in Brescia (Lombardia), the secretary; paid, receipt attached
def m14():
    rng = random.Random(14)
    o = O["ferri"]
    t_q, t = T("2026-12-01 08:30:00"), T("2026-12-02 16:40:33")
    q = L_reminder(o, "Studio Dentistico Dr.ssa Valli", "41/2026", 732.00, "2026-11-20")
    frm = ("Segreteria Studio Valli", "segreteria@studiodentisticovalli.it")
    own = """Buongiorno,

la dottoressa mi chiede di comunicarle che il pagamento della fattura n. 41/2026 è stato effettuato in data 02/12 con bonifico ordinario. In allegato trova la ricevuta.

Cordiali saluti

Monica
Segreteria
Studio Dentistico Dr.ssa Laura Valli
Via Solferino 27/B – 25122 Brescia
030 377 4412"""
    hs = thread_headers(rng, o, frm, "RE: " + subj("reminder", "41/2026"), t, "outlook", parents(rng, o, 2),
                        extra=OUTLOOK_X)
    alt = outlook_alt(rng, own, t_q, (o.name, o.email), "Segreteria Studio Valli", subj("reminder", "41/2026"), q)
    root = multi("mixed", [alt, attach(tiny_pdf("Ricevuta bonifico 02/12/2026"), "application/pdf",
                                       "Ricevuta_bonifico.pdf")], ob(rng))
    add(14, "client-reply-paid", hs, root, own,
        "The secretary writes for the dentist that invoice 41/2026 was paid on 2 December, receipt attached; no sum "
        "in her words (732,00 is only in the quoted reminder).", reference="41/2026")


# 15 -- optician in Reggio Emilia; the formal notice is for a duplicate of an invoice already paid
def m15():
    rng = random.Random(15)
    o = O["bellini"]
    t_q, t = T("2027-01-20 09:00:00"), T("2027-01-21 18:14:02")
    q = L_final(o, "Ottica Borsari sas", "2026/58", 732.00, "2026-11-02", "2026-12-02", "2027-01-20", "2027-02-04")
    frm = ("Laura Borsari", "laura.borsari@outlook.it")
    own = """Egregio Bellini,

ricevo con stupore la Sua diffida. La fattura 2026/58 è un doppione della 2026/52: stesso importo (732,00), stessa descrizione "manutenzione sito e-commerce – ottobre". La 52 l'abbiamo pagata il 30 novembre, ho qui davanti la contabile.

Non pagheremo due volte lo stesso lavoro. La invito a verificare la Sua contabilità e a stornare la 58 con una nota di credito, e a non mandarci altre diffide per una fattura che non è dovuta.

Distinti saluti
Laura Borsari
Ottica Borsari sas – Corso Garibaldi 41, Reggio Emilia"""
    hs = thread_headers(rng, o, frm, "RE: " + subj("final", "2026/58"), t, "outlook", parents(rng, o, 4),
                        extra=(("X-Mailer", "Outlook.com"),), domain="outlook.it")
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "laura.borsari@outlook.it", subj("final", "2026/58"), q,
                       cs="windows-1252", html_only=True)
    add(15, "client-reply-dispute", hs, root, own,
        "HTML-only reply to the formal notice: the client says the invoice duplicates one already paid and asks for "
        "a credit note; the 'pagata il 30 novembre' is about the other invoice, not a payment of this one. Two "
        "invoices are named, so no reference.")


# 16 -- Comune near Padova, ufficio ragioneria; mandato to be issued by 20 December, DURC acquired
def m16():
    rng = random.Random(16)
    o = O["rinaldi"]
    t_q, t = T("2026-11-27 08:50:00"), T("2026-11-30 11:37:45")
    q = L_late_fee(o, "Comune di Piove di Sacco", "2026/97", 1952.00, "2026-11-15", "2026-11-27", "2026-12-07")
    frm = ("Servizio Ragioneria", "ragioneria@comune.piovedisacco.pd.it")
    own = """Buongiorno,

in riferimento alla Sua fattura n. 2026/97 del 16/10/2026 (CIG Z8A3F0C112), relativa al corso di aggiornamento antincendio per il personale dei servizi tecnici, si comunica che la liquidazione è stata disposta con determinazione n. 688 del 27/11/2026.

Acquisito il DURC regolare, il mandato di pagamento verrà emesso entro il 20 dicembre p.v.

Cordiali saluti

Servizio Ragioneria – Comune di Piove di Sacco
Piazza Matteotti 4 – 35028 Piove di Sacco (PD)
Orari al pubblico: lun-ven 9.00-12.30"""
    body = own + "\n\n" + q_outlook(t_q, (o.name, o.email), "ragioneria@comune.piovedisacco.pd.it",
                                    subj("late_fee", "2026/97"), q)
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "2026/97"), t, "other", parents(rng, o, 3),
                        extra=(("X-Mailer", "Microsoft Outlook 16.0"),))
    root = text(body, cs="windows-1252")
    add(16, "client-reply-promise", hs, root, own,
        "The town hall says the mandato will be issued by 20 December: a promise with a day (the DURC is already "
        "regular, so nothing is withheld). The CIG is not the invoice number.",
        promised_date="2026-12-20", reference="2026/97")


# 17 -- e-invoicing service: the public buyer rejected the invoice through SDI (EC02)
def m17():
    rng = random.Random(17)
    o = O["serra"]
    t = T("2027-01-14 17:22:08")
    own = """Gentile utente,

il Sistema di Interscambio ha recapitato la notifica di esito committente relativa alla seguente fattura:

Fattura n.: 5/PA del 12/12/2026
Destinatario: COMUNE DI SINNAI – Codice Univoco Ufficio UF4K2T
Identificativo SdI: 18933475521
Esito: RIFIUTATA (EC02)
Motivo indicato dal committente: "Manca il CIG. Riemettere la fattura indicando il CIG nel blocco DatiOrdineAcquisto."

La fattura rifiutata non deve essere riemessa con lo stesso numero: emetti una nota di credito interna o, se lo preferisci, una nuova fattura con numerazione successiva, e inviala dalla sezione Fatture > Nuova.

Questo messaggio è generato automaticamente, non rispondere.
FatturaFacile – fatturazione elettronica per professionisti"""
    hs = [("Return-Path", "<noreply@fatturafacile-sdi.it>"), ("From", who("FatturaFacile", "noreply@fatturafacile-sdi.it")),
          ("To", o.email), ("Subject", "Notifica di esito committente: fattura 5/PA RIFIUTATA"),
          ("Date", format_datetime(T("2027-01-14 16:22:08", "+0000"))),
          ("Message-ID", mid(rng, "other", "fatturafacile-sdi.it")), ("MIME-Version", "1.0"),
          ("X-SES-Outgoing", "2027.01.14-54.240.8.21"), ("Auto-Submitted", "auto-generated")]
    h = '<html><body style="font-family:Helvetica,Arial">' + html_lines(own, "p", "&nbsp;") + "</body></html>\n"
    root = multi("alternative", [text(own), text(h, "html")], "b1_" + "".join(rng.choice("0123456789abcdef") for _ in range(32)))
    add(17, "other", hs, root, own,
        "An e-invoicing service's notice that a public buyer rejected invoice 5/PA through SDI: a machine notice "
        "about the invoice, not a client's own reply and not money coming in.", reply=False)


# 18 -- social cooperative in Foggia (Puglia); paid net of ritenuta d'acconto
def m18():
    rng = random.Random(18)
    o = O["esposito"]
    t_q, t = T("2026-12-14 08:30:00"), T("2026-12-14 13:10:55")
    q = L_late_fee(o, "Cooperativa Sociale Il Melograno", "14/2026", 1220.00, "2026-12-05", "2026-12-14", "2026-12-24")
    frm = ("Amministrazione Il Melograno", "amministrazione@coopilmelograno.it")
    own = """Gentile dott.ssa Esposito,

in riferimento alla Sua fattura n. 14/2026 (totale documento € 1.220,00) Le comunichiamo che in data odierna è stato disposto bonifico di € 1.020,00, pari al totale al netto della ritenuta d'acconto del 20% sull'imponibile (€ 200,00), che verseremo con F24 entro il 16 gennaio 2027.

La Certificazione Unica Le sarà trasmessa entro il 16 marzo.

Ci scusiamo per il ritardo, dovuto alla chiusura del rendiconto del progetto regionale.

Distinti saluti
Ufficio Amministrazione
Cooperativa Sociale Il Melograno – ONLUS
Via della Repubblica 7 – 71121 Foggia"""
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "14/2026"), t, "outlook", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "amministrazione@coopilmelograno.it",
                       subj("late_fee", "14/2026"), q)
    add(18, "client-reply-paid", hs, root, own,
        "Transfer made today of 1.020,00, the invoice total less the 20% ritenuta d'acconto; the F24 'entro il 16 "
        "gennaio' is a payment to the tax office, not a promise to the freelancer. The amount paid is 1.020,00, not "
        "the 1.220,00 total.", amount="1020.00", currency="EUR", reference="14/2026")


# 19 -- hotel in Canazei (Trentino); the transfer came back, asks what to do
def m19():
    rng = random.Random(19)
    o = O["galli"]
    t_q, t = T("2026-11-30 09:00:00"), T("2026-12-01 10:09:41")
    q = L_paid_claim(o, "Hotel Garnì Dolomiti", "64/2026", 915.00, "2026-11-20", "2026-11-20")
    frm = ("Katia Debertol", "info@garnidolomiti-canazei.it")
    own = """Buongiorno Andrea,

ho controllato con la banca: il bonifico del 20 novembre ci è stato stornato il 25, con la motivazione "conto beneficiario inesistente / IBAN errato". Abbiamo copiato l'IBAN dalla fattura, ma confrontandolo con quello che ci scrive qui sopra ci sono due cifre diverse.

Può verificare qual è quello giusto? Non vorrei rifare lo stesso errore.

Grazie, saluti
Katia Debertol
Hotel Garnì Dolomiti – Strèda de Pecol 18 – 38032 Canazei (TN)"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("paid_claim", "64/2026"), t, "tb", parents(rng, o, 3),
                        extra=TB_X)
    root = text(own + "\n\n" + q_thunderbird(t_q, (o.name, o.email), q), params="; format=flowed")
    add(19, "client-reply-other", hs, root, own,
        "The earlier transfer was returned by the bank and nothing has been sent again; she asks which IBAN is "
        "right. Not paid (the money bounced back) and no promise.")


# 20 -- travel agency in Palermo, Gmail vacation responder: back on Monday 11 January
def m20():
    rng = random.Random(20)
    o = O["lombardo"]
    t = T("2026-12-23 09:14:51")
    own = """Grazie per il suo messaggio.

L'agenzia è chiusa per le festività natalizie: rientriamo in ufficio lunedì 11 gennaio e risponderemo a tutte le email in ordine di arrivo.
Per emergenze dei clienti in viaggio: 335 710 2298 (attivo 24 ore su 24).

Buone feste!
Trinacria Tour – Agenzia Viaggi
Via Libertà 103, Palermo"""
    pid = parents(rng, o, 2)
    hs = [("Return-Path", "<info@trinacriatour.it>"), ("From", who("Trinacria Tour", "info@trinacriatour.it")),
          ("To", o.email), ("Subject", hdr("Re: " + subj("due", "33/2026"))), ("Date", format_datetime(t)),
          ("Message-ID", mid(rng, "gmail")), ("In-Reply-To", pid[-1]), ("References", " ".join(pid)),
          ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")]
    root = gmail_alt(rng, own)
    add(20, "auto-reply", hs, root, own,
        "Gmail vacation responder (Auto-Submitted, 'Re:' subject): 'rientriamo lunedì 11 gennaio' gives the day they "
        "are back, 11 January 2027.", reply=False, return_date="2027-01-11")


# 21 -- Pro Loco in Brisighella (Emilia-Romagna), the president; 'la settimana prossima'
def m21():
    rng = random.Random(21)
    o = O["ferri"]
    t_q, t = T("2027-02-10 09:00:00"), T("2027-02-11 21:33:18")
    q = L_late_fee(o, "Pro Loco Brisighella APS", "4/2027", 380.00, "2027-01-31", "2027-02-10", "2027-02-20",
                   fees=False)
    frm = ("Franco Visani", "franco.visani57@gmail.com")
    own = """Buonasera Giulia,
hai ragione, scusa. Il nostro tesoriere è stato in ospedale quasi tutto gennaio e siamo rimasti indietro con tutto, anche con la tipografia.
La settimana prossima facciamo il bonifico, stavolta ci sto dietro io personalmente.
I manifesti della Sagra del Tartufo sono piaciuti a tutti!

Franco Visani
Presidente Pro Loco Brisighella"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("late_fee", "4/2027"), t, "gmail", parents(rng, o, 3))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q, mobile=True)
    add(21, "client-reply-promise", hs, root, own,
        "'La settimana prossima facciamo il bonifico' is a promise, but 'next week' alone names no day, so there is "
        "no promised_date.")


# 22 -- Comune di Sinnai (Sardegna), ufficio tecnico; the invoice was rejected on SDI for the missing CIG
def m22():
    rng = random.Random(22)
    o = O["serra"]
    t_q, t = T("2027-01-22 09:00:00"), T("2027-01-25 10:51:06")
    q = L_late_fee(o, "Comune di Sinnai – Area Tecnica", "5/PA", 3172.00, "2027-01-11", "2027-01-22", "2027-02-01")
    frm = ("Area Tecnica – Comune di Sinnai", "areatecnica@comune.sinnai.ca.it")
    own = """Gentile geom. Serra,

con riferimento al Suo sollecito si fa presente che la fattura n. 5/PA del 12/12/2026 è stata rifiutata tramite SDI in data 14/01/2027, in quanto priva del CIG obbligatorio ai sensi dell'art. 25 del D.L. 66/2014, e pertanto non può essere liquidata.

La preghiamo di emettere nota di credito a storno e una nuova fattura elettronica riportando il CIG B4A13F29C1 e il codice univoco ufficio UF4K2T. Alla ricezione del nuovo documento si procederà con la liquidazione nei termini di legge.

Distinti saluti

Il Responsabile dell'Area Tecnica
Ing. Gianfranco Pinna
Comune di Sinnai – Via Colletta 12 – 09048 Sinnai (CA)"""
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "5/PA"), t, "outlook", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "areatecnica@comune.sinnai.ca.it",
                       subj("late_fee", "5/PA"), q, cs="iso-8859-1")
    add(22, "client-reply-dispute", hs, root, own,
        "The town refused the e-invoice (no CIG) and asks for a credit note and a new invoice: a refusal of this "
        "invoice, hence dispute, even though the tone is neutral and payment will follow a new document.",
        reference="5/PA")


# 23 -- parish in Villasor (Sardegna), the parish priest himself; paid net of the ritenuta
def m23():
    rng = random.Random(23)
    o = O["serra"]
    t_q, t = T("2026-12-14 09:00:00"), T("2026-12-18 17:26:40")
    q = L_late_fee(o, "Parrocchia di San Biagio Vescovo e Martire", "41/2026", 1281.00, "2026-11-30", "2026-12-14", "2026-12-24", fees=False)
    frm = ("Parrocchia San Biagio Villasor", "parrocchia.sanbiagio.villasor@tiscali.it")
    own = """Carissimo geometra Serra,

La ringrazio per la pazienza e mi scuso per il ritardo. Il Consiglio per gli affari economici ha potuto approvare la spesa soltanto martedi' scorso, e ieri il nostro economo, il sig. Tonino Pisano, ha fatto il bonifico di euro 1.081,00 (cioe' il totale della fattura tolta la ritenuta, come ci ha spiegato il commercialista della Diocesi).

Se per caso non dovesse arrivare me lo faccia sapere.

Il Signore La benedica, e buon Natale a Lei e alla Sua famiglia.

Don Efisio Melis
parroco"""
    body = own + "\n\n" + q_outlook_old(t_q, (o.name, o.email), "parrocchia.sanbiagio.villasor@tiscali.it",
                                        subj("late_fee", "41/2026"), q).replace("€", "euro")
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "41/2026"), t, "other", parents(rng, o, 3),
                        extra=(("X-Mailer", "Tiscali Webmail"),), domain="tiscali.it")
    root = text(body, cs="iso-8859-1")
    add(23, "client-reply-paid", hs, root, own,
        "The priest says the treasurer made the transfer yesterday for 1.081,00, the invoice less the ritenuta "
        "(the quoted reminder says 1.281,00); written without accents ('martedi'').",
        amount="1081.00", currency="EUR")


# 24 -- PayPal: money received, with the client's note naming the invoice
def m24():
    rng = random.Random(24)
    o = O["greco"]
    t = T("2027-01-09 03:12:44", "-0800")
    own = """Ciao Francesca Greco,

Alessia Miglietta ti ha inviato 120,00 € EUR.

Nota di Alessia Miglietta:
"fatt. n. 21/2026 pacchetto social dicembre, scusa il ritardo!!"

Dettagli della transazione
ID transazione: 7RK41935WX5528013
Data transazione: 9 gennaio 2027
Importo ricevuto: 120,00 € EUR
Commissione: 0,00 € EUR
Totale netto: 120,00 € EUR

I fondi sono disponibili nel tuo conto PayPal.

Aiuto e contatti | Sicurezza | App
PayPal è impegnata a prevenire le email fraudolente. Le email di PayPal si rivolgeranno sempre a te con il tuo nome e cognome.
Copyright © 1999-2027 PayPal, Inc. Tutti i diritti riservati. PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg."""
    h = ('<!DOCTYPE html><html lang="it"><head><meta charset="UTF-8"><title>PayPal</title></head>'
         '<body style="margin:0;background:#f2f2f2"><table role="presentation" width="100%"><tr><td align="center">'
         '<table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px">'
         '<tr><td style="padding:24px"><img src="https://www.paypalobjects.com/digitalassets/c/logo.png" alt="PayPal" '
         'width="100"></td></tr><tr><td style="padding:0 24px 24px">'
         + html_lines(own, "p", "&nbsp;") + '</td></tr></table></td></tr></table></body></html>\n')
    hs = [("Return-Path", "<service@intl.paypal.com>"), ("From", who("PayPal", "service@intl.paypal.com")),
          ("To", who("Francesca Greco", o.email)), ("Subject", "Hai ricevuto un pagamento"),
          ("Date", format_datetime(t)), ("Message-ID", f"<{rng.randint(10**12, 10**13)}.{rng.randint(10**4, 10**5)}@paypal.com>"),
          ("MIME-Version", "1.0"), ("X-PP-REQUESTED-TIME", "1799493164000"), ("X-MaxCode-Template", "PPC001017")]
    root = multi("alternative", [text(own), text(h, "html")], "--" + str(rng.randint(10**9, 10**10)) + "_PP")
    add(24, "payment-notification", hs, root, own,
        "PayPal notice of 120,00 EUR received; the payer's note names invoice 21/2026. The Date is in Pacific time "
        "(-0800) although the money arrived on the 9th in Italy as well.", reply=False,
        amount="120.00", currency="EUR", reference="21/2026")


# 25 -- agriturismo in Val di Vara (Liguria); after the formal notice, two instalments
def m25():
    rng = random.Random(25)
    o = O["bellini"]
    t_q, t = T("2027-01-14 09:00:00"), T("2027-01-15 13:48:22")
    q = L_final(o, "Agriturismo Ca' del Vento di Elisa Ratti", "2026/44", 1464.00, "2026-10-01", "2026-10-31",
                "2027-01-14", "2027-01-29")
    frm = ("Elisa Ratti", "cadelvento.agriturismo@gmail.com")
    own = """Marco,
ti chiedo scusa, non avrei voluto arrivare a una lettera così. L'autunno è andato malissimo con la strada chiusa per la frana e le prenotazioni si sono dimezzate.

Ti propongo di saldare i 1.464 euro in due rate: 500 entro il 31 gennaio e i restanti 964 entro fine febbraio. Se ti va bene ti mando conferma scritta anche per pec, come preferisci.

Il sito comunque funziona benissimo, le prenotazioni dirette sono l'unica cosa che è cresciuta.

Elisa"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("final", "2026/44"), t, "gmail", parents(rng, o, 5))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(25, "client-reply-promise", hs, root, own,
        "A payment plan: 500 by 31 January and the rest by the end of February. The whole 1.464 is promised, the "
        "last instalment by 28 February 2027, which is the promised_date; a reader might stop at the first "
        "instalment's date.", promised_date="2027-02-28", amount="1464.00", currency="EUR")


# 26 -- language centre in Potenza (Basilicata); cannot find the e-invoice, asks for a PDF
def m26():
    rng = random.Random(26)
    o = O["lombardo"]
    t_q, t = T("2026-11-12 08:30:00"), T("2026-11-13 09:58:12")
    q = L_courtesy(o, "Centro Linguistico Lucano srl", "31/2026", 854.00, "2026-10-19", "2026-11-18")
    frm = ("Rocco Laurino", "segreteria@centrolinguisticolucano.it")
    own = """Buongiorno dott.ssa Lombardo,

nel cassetto fiscale dell'Agenzia delle Entrate la sua fattura non la troviamo, e il nostro commercialista senza il documento non la registra. Ce la può rimandare in PDF (va bene anche la copia di cortesia) o dirci a quale codice destinatario l'ha trasmessa?

Grazie mille
Rocco Laurino
Segreteria didattica – Centro Linguistico Lucano
Via Pretoria 88, 85100 Potenza"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("courtesy", "31/2026"), t, "tb", parents(rng, o, 2),
                        extra=TB_X)
    root = text(own + "\n\n" + q_thunderbird(t_q, (o.name, o.email), q), params="; format=flowed")
    add(26, "client-reply-other", hs, root, own,
        "A question before the due date: they cannot find the e-invoice and ask for a PDF copy; no payment, no "
        "promise, no dispute.")


# 27 -- carpenter's shop near Bassano (Veneto); the son writes for his father; photo of the bank receipt
def m27():
    rng = random.Random(27)
    o = O["ferri"]
    t_q, t = T("2026-12-03 08:45:00"), T("2026-12-06 18:52:10")
    q = L_reminder(o, "Gentile Bruno Zanetti", "45/2026", 427.00, "2026-11-25")
    frm = ("Matteo Zanetti", "matteo.zanetti94@gmail.com")
    own = """Buongiorno,
sono il figlio di Bruno Zanetti. Mio papà la mail non la usa (gliel'ho configurata io sul telefono ma non la apre mai) e mi ha chiesto di risponderle: ha pagato venerdì in banca allo sportello, le mando la foto della ricevuta che gli hanno dato.

Se c'è qualche problema chiami pure lui in laboratorio allo 0424 521 908, la mattina lo trova sempre.

Saluti
Matteo Zanetti"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("reminder", "45/2026"), t, "gmail", parents(rng, o, 2))
    root = multi("mixed", [gmail_alt(rng, own, t_q, (o.name, o.email), q),
                           attach(tiny_jpeg(), "image/jpeg", "IMG_20261204_113522.jpg")], gb(rng))
    add(27, "client-reply-paid", hs, root, own,
        "The son writes for his father: paid on Friday at the bank counter, photo of the receipt attached. No sum "
        "or number in his words.")


# 28 -- Comune di Castiglion Fiorentino (Toscana); DURC irregular, payment diverted to INPS
def m28():
    rng = random.Random(28)
    o = O["moretti"]
    t_q, t = T("2027-02-11 09:00:00"), T("2027-02-15 12:14:30")
    q = L_late_fee(o, "Comune di Castiglion Fiorentino", "FPA 1/27", 2440.00, "2027-02-08", "2027-02-11", "2027-02-21")
    frm = ("Ufficio Ragioneria", "ragioneria@comune.castiglionfiorentino.ar.it")
    own = """Egregio sig. Moretti,

in riscontro al Suo sollecito si comunica che dalla verifica effettuata in data 12/02/2027 il Suo Documento Unico di Regolarità Contributiva risulta NON REGOLARE (posizione INPS – gestione commercianti).

Pertanto, ai sensi dell'art. 31, comma 3, del D.L. 69/2013, questo Ente non può procedere al pagamento a Suo favore della fattura n. FPA 1/27 e attiverà l'intervento sostitutivo, versando l'importo corrispondente all'inadempienza direttamente all'INPS.

La invitiamo a regolarizzare la posizione contributiva; l'eventuale residuo Le sarà corrisposto dopo l'esito dell'intervento sostitutivo.

Distinti saluti
Il Responsabile del Servizio Finanziario
Dott. Maurizio Bennati"""
    hs = thread_headers(rng, o, frm, "Rif: " + subj("late_fee", "FPA 1/27"), t, "other", parents(rng, o, 3),
                        extra=(("X-Mailer", "Zimbra 9.0.0_GA_4612 (ZimbraWebClient - GC120 (Win)/9.0.0)"),))
    h = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
         + html_lines(own) + '<br><hr id="zwchr"><div style="color:#000;font-weight:normal;font-style:normal;'
         'text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;"><b>Da: </b>"' + esc(o.name)
         + '" &lt;' + o.email + '&gt;<br><b>A: </b>ragioneria@comune.castiglionfiorentino.ar.it<br><b>Inviato: </b>'
         + f'{GIORNI[t_q.weekday()].capitalize()}, {t_q.day} {MESI[t_q.month - 1]} {t_q.year} {t_q:%H.%M.%S}'
         + '<br><b>Oggetto: </b>' + esc(subj("late_fee", "FPA 1/27")) + '<br><br>' + html_lines(q)
         + '</div></div></body></html>\n')
    root = text(h, "html", cs="utf-8")
    add(28, "client-reply-dispute", hs, root, own,
        "The town withholds payment to the freelancer (irregular DURC, intervento sostitutivo towards INPS): no "
        "quarrel about the work, but a refusal to pay him now, which is what dispute covers. HTML-only Zimbra.",
        reference="FPA 1/27")


# 29 -- Gmail: temporary delivery problem, recipient's mailbox full (4.2.2)
def m29():
    rng = random.Random(29)
    o = O["lombardo"]
    t = T("2027-02-16 03:41:09", "-0800")
    rcpt = "amministrazione@hotelsanvitocapo.it"
    notif = f"""** Consegna incompleta **

Si è verificato un problema temporaneo durante la consegna del messaggio a {rcpt}. Gmail riproverà per altre 46 ore. Riceverai una notifica se la consegna non andrà a buon fine in maniera definitiva.

La risposta del server remoto è stata:
452 4.2.2 <{rcpt}>: Mailbox full - the recipient's mailbox is over quota. Please try again later.
"""
    h = ('<html><head></head><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px">'
         '<h2 style="font-weight:normal">Consegna incompleta</h2><p>Si è verificato un problema temporaneo durante la '
         f'consegna del messaggio a <b>{rcpt}</b>. Gmail riproverà per altre 46 ore. Riceverai una notifica se la '
         'consegna non andrà a buon fine in maniera definitiva.</p><p>La risposta del server remoto è stata:</p>'
         f'<p style="font-family:monospace">452 4.2.2 &lt;{rcpt}&gt;: Mailbox full - the recipient\'s mailbox is '
         'over quota. Please try again later.</p></div></body></html>\n')
    status = f"""Reporting-MTA: dns; googlemail.com
Arrival-Date: Tue, 16 Feb 2027 03:40:51 -0800 (PST)
X-Original-Message-ID: <CAJk3rT0v+yW2qVn8D1f7hP_gkR3xQmC9s4u1LbZ2eA7NdHw6yQ@mail.gmail.com>

Final-Recipient: rfc822; {rcpt}
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.hotelsanvitocapo.it. (151.1.83.204, the server for the domain hotelsanvitocapo.it.)
Diagnostic-Code: smtp; 452 4.2.2 <{rcpt}>: Mailbox full - the recipient's mailbox is over quota.
Last-Attempt-Date: Tue, 16 Feb 2027 03:41:09 -0800 (PST)
Will-Retry-Until: Thu, 18 Feb 2027 03:40:52 -0800 (PST)
"""
    headers = f"""Return-Path: <{o.email}>
Received: from [192.168.1.34] (host-79-44-18-203.retail.telecomitalia.it. [79.44.18.203])
        by smtp.gmail.com with ESMTPSA id 5b1f17b1804b1-4393d9d2a31sm8112345e9.12.2027.02.16.03.40.50
MIME-Version: 1.0
From: Sara Lombardo <{o.email}>
Date: Tue, 16 Feb 2027 12:40:48 +0100
Message-ID: <CAJk3rT0v+yW2qVn8D1f7hP_gkR3xQmC9s4u1LbZ2eA7NdHw6yQ@mail.gmail.com>
Subject: {hdr(subj("late_fee", "36/2026"))}
To: {rcpt}
Content-Type: multipart/alternative; boundary="0000000000004f1d2a0628d1e8b3"
"""
    bd = "0000000000007c3e6b0628d1e8c9"
    root = multi("report", [
        multi("alternative", [text(notif, cs="UTF-8"), text(h, "html", cs="UTF-8")], "0000000000007c3e5f0628d1e8c7"),
        raw_part([("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Type", "text/rfc822-headers")], headers)],
        bd, params="; report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("Received", "by 2002:a05:6000:1a8b:b0:38f:2a5e:77c1 with SMTP id; Tue, 16 Feb 2027 03:41:09 -0800 (PST)"),
          ("From", who("Mail Delivery Subsystem", "mailer-daemon@googlemail.com")), ("To", o.email),
          ("Auto-Submitted", "auto-replied"), ("Subject", "Delivery Status Notification (Delay)"),
          ("References", "<CAJk3rT0v+yW2qVn8D1f7hP_gkR3xQmC9s4u1LbZ2eA7NdHw6yQ@mail.gmail.com>"),
          ("In-Reply-To", "<CAJk3rT0v+yW2qVn8D1f7hP_gkR3xQmC9s4u1LbZ2eA7NdHw6yQ@mail.gmail.com>"),
          ("Message-ID", "<67b1c2a5.050a0220.2f1c4d.9e31.GMR@mx.google.com>"), ("Date", format_datetime(t)),
          ("MIME-Version", "1.0")]
    add(29, "bounce", hs, root, notif,
        "Gmail delay notice in Italian: 452 4.2.2 mailbox full, Gmail keeps retrying, so the failure is temporary "
        "(not permanent); the reminder may still arrive.", reply=False, failed_recipient=rcpt, permanent=False)


# 30 -- gym in Lecce; Sunday night, 'lunedì ti faccio il bonifico'
def m30():
    rng = random.Random(30)
    o = O["greco"]
    t_q, t = T("2027-01-22 09:00:00"), T("2027-01-24 23:10:45")
    q = L_late_fee(o, "FitLab Lecce ASD", "2/2027", 250.00, "2027-01-15", "2027-01-22", "2027-02-01", fees=False)
    frm = ("Simone Quarta", "simone@fitlablecce.it")
    own = """Ciao Fra scusa l'orario, ho visto ora la mail 🙈
hai ragione, mi è sfuggita. Lunedì ti faccio il bonifico appena apre la banca, sto ancora aspettando che mi entrino i soldi degli abbonamenti annuali

Simo"""
    body = own + "\n\nInviato da Outlook per iOS\n\n" + q_outlook(t_q, (o.name, o.email), "simone@fitlablecce.it",
                                                                subj("late_fee", "2/2027"), q)
    hs = thread_headers(rng, o, frm, "Re: " + subj("late_fee", "2/2027"), t, "outlook", parents(rng, o, 3))
    root = multi("alternative", [text(body), text(outlook_html(own + "\n\nInviato da Outlook per iOS",
                                                                [("Da", f"{o.name} <{o.email}>"),
                                                                 ("Inviato", outlook_when(t_q)),
                                                                 ("A", "simone@fitlablecce.it"),
                                                                 ("Oggetto", subj("late_fee", "2/2027"))], q), "html")],
                 ob(rng))
    add(30, "client-reply-promise", hs, root, own,
        "Written on Sunday 24 January 2027 at 23:10 local time: 'lunedì' is the next day, 25 January.",
        promised_date="2027-01-25", rule=("weekday", 0))


# 31 -- furniture maker in Rovereto (Trentino); angry: paid long ago, receipt with CRO attached
def m31():
    rng = random.Random(31)
    o = O["galli"]
    t_q, t = T("2027-01-12 09:00:00"), T("2027-01-13 08:05:59")
    q = L_final(o, "Arredamenti Dellai srl", "2026/69", 2440.00, "2026-10-20", "2026-11-19", "2027-01-12",
                "2027-01-27")
    frm = ("Roberto Dellai", "roberto@dellaiarredamenti.it")
    own = """Buongiorno,

ho ricevuto la Sua "diffida". Il bonifico di 2.440,00 euro per la fattura 2026/69 è partito il 9 dicembre, evidentemente nessuno ha controllato. Le allego la contabile con il CRO, così la smettiamo.

Trovo del tutto fuori luogo i toni e il riferimento al decreto ingiuntivo verso un cliente che lavora con Lei da quattro anni e che ha sempre pagato. Prima di mandare lettere del genere sarebbe bastata una telefonata.

Roberto Dellai
Arredamenti Dellai srl – Via Benacense 31, 38068 Rovereto (TN)"""
    hs = thread_headers(rng, o, frm, "RE: " + subj("final", "2026/69"), t, "outlook", parents(rng, o, 5),
                        extra=OUTLOOK_X)
    alt = outlook_alt(rng, own, t_q, (o.name, o.email), "Roberto Dellai", subj("final", "2026/69"), q)
    root = multi("mixed", [alt, attach(tiny_pdf("Contabile bonifico - CRO 0000012345678901 - EUR 2.440,00"),
                                       "application/pdf", "contabile_09122026.pdf")], ob(rng))
    add(31, "client-reply-paid", hs, root, own,
        "Irritated, but not a dispute: he contests the tone, not the debt, and says the 2.440,00 for invoice "
        "2026/69 was paid on 9 December, receipt attached.", amount="2440.00", currency="EUR", reference="2026/69")


# 32 -- medical practice in Avellino (Campania), the secretary; the doctor is on holiday
def m32():
    rng = random.Random(32)
    o = O["esposito"]
    t_q, t = T("2027-01-04 09:00:00"), T("2027-01-05 10:22:17")
    q = L_reminder(o, "Gentile Dott. Antonio Iannone", "52/2026", 366.00, "2026-12-20")
    frm = ("Studio Medico Iannone", "studiomedicoiannone@virgilio.it")
    own = """Buongiorno,
il dottore è in ferie fino al 10, appena rientra gli faccio vedere la sua mail perchè i pagamenti li fa lui personalmente, io non ho la delega sul conto.

Cordiali saluti
Tina, segreteria Studio Medico Dr. Antonio Iannone"""
    body = own + "\n\n" + q_libero(t_q, (o.name, o.email), "studiomedicoiannone@virgilio.it",
                                   subj("reminder", "52/2026"), q)
    hs = thread_headers(rng, o, frm, "Re: " + subj("reminder", "52/2026"), t, "libero", parents(rng, o, 2),
                        extra=(("X-Mailer", "Virgilio Mail"),), domain="virgilio.it")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
         '<div style="font-family:Verdana;font-size:13px">' + "<br>".join(esc(x) for x in own.split("\n")) +
         '</div><br><blockquote style="border-left:2px solid #1010ff;padding-left:5px">'
         + "<br>".join(esc(x) for x in q_libero(t_q, (o.name, o.email), "studiomedicoiannone@virgilio.it",
                                                 subj("reminder", "52/2026"), q).split("\n"))
         + '</blockquote></body></html>\n')
    root = multi("alternative", [text(body), text(h, "html")], "----=_Part_" + str(rng.randint(10**5, 10**6)) + "_1717")
    add(32, "client-reply-other", hs, root, own,
        "A human reply (not an out-of-office): the secretary will show the mail to the doctor when he is back 'dal "
        "10'; she promises nothing about payment, so no promise and no return_date.")


# 33 -- logistics company near Lodi (Lombardia); will pay the invoice by Friday but not the interest
def m33():
    rng = random.Random(33)
    o = O["bellini"]
    t_q, t = T("2027-02-08 09:00:00"), T("2027-02-09 17:02:44")
    q = L_late_fee(o, "Logistica Pedrazzini srl", "2026/61", 2928.00, "2026-12-31", "2027-02-08", "2027-02-18")
    frm = ("Daniele Pedrazzini", "d.pedrazzini@logisticapedrazzini.it")
    own = """Buongiorno Bellini,

procederemo al pagamento della sola fattura, 2.928,00 €, entro venerdì.

Non riconosciamo invece gli interessi moratori né l'importo forfettario di 40 euro: in sei anni di collaborazione non ci sono mai stati addebitati, nel contratto di assistenza non sono previsti e il ritardo è dovuto al cambio del nostro gestionale, di cui l'avevamo informata. Non li pagheremo.

Cordiali saluti

Daniele Pedrazzini
Direttore Amministrativo
Logistica Pedrazzini srl – Via dell'Industria 14, 26900 Lodi
Tel. +39 0371 409 211"""
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "2026/61"), t, "outlook", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "Daniele Pedrazzini", subj("late_fee", "2026/61"), q)
    add(33, "client-reply-dispute", hs, root, own,
        "Two things: the invoice will be paid by Friday, but the late-payment interest and the 40 euro are refused; "
        "dispute takes precedence over promise, so no promised_date, while the sum they say they will pay is "
        "2.928,00.", amount="2928.00", currency="EUR")


# 34 -- bakery in Matera (Basilicata); before Easter, 'martedì, dopo Pasquetta'
def m34():
    rng = random.Random(34)
    o = O["esposito"]
    t_q, t = T("2027-03-25 09:00:00"), T("2027-03-26 17:05:31")
    q = L_reminder(o, "Panificio Sassi di Matera snc", "9/2027", 244.00, "2027-03-15")
    frm = ("Panificio Sassi", "panificiosassi@libero.it")
    own = """Buonasera signora Chiara,
siamo pieni per le pastiere e i taralli di Pasqua, non ho avuto un minuto. Le faccio il bonifico martedì, appena riapre la banca dopo Pasquetta.
Auguri di buona Pasqua a lei e famiglia

Angela Dibenedetto
Panificio Sassi"""
    body = own + "\n\n" + q_libero(t_q, (o.name, o.email), "panificiosassi@libero.it", subj("reminder", "9/2027"), q)
    hs = thread_headers(rng, o, frm, "Re: " + subj("reminder", "9/2027"), t, "libero", parents(rng, o, 2),
                        extra=(("X-Mailer", "Libero Mail"),), domain="libero.it")
    root = text(body.replace("€", "EUR"), cs="iso-8859-1")
    add(34, "client-reply-promise", hs, root, own,
        "Written on Friday 26 March 2027 (still CET, the clocks change on the 28th): 'martedì, dopo Pasquetta' is "
        "Tuesday 30 March (Easter is 28 March, Pasquetta 29 March).",
        promised_date="2027-03-30", rule=("weekday", 1))


# 35 -- publisher's old mailbox: no longer in use (cPanel-style autoresponder)
def m35():
    rng = random.Random(35)
    o = O["esposito"]
    t = T("2026-11-20 08:31:02")
    own = """Questa casella di posta non è più attiva.

Edizioni Levante è confluita nel Gruppo Editoriale Levante srl. Per comunicazioni amministrative e fatture scrivere a amministrazione@gruppolevante.it, per la redazione a redazione@gruppolevante.it.

Il messaggio non verrà letto né inoltrato.

Messaggio generato automaticamente."""
    pid = parents(rng, o, 2)
    hs = [("Return-Path", "<>"), ("From", "info@edizionilevante.it"), ("To", o.email),
          ("Subject", hdr("Casella non più attiva (Re: " + subj("due", "47/2026") + ")")),
          ("Date", format_datetime(t)), ("Message-Id", f"<E1vM3pQ-0007Xq-2K@server.edizionilevante.it>"),
          ("In-Reply-To", pid[-1]), ("References", " ".join(pid)), ("Auto-Submitted", "auto-replied"),
          ("X-Autorespond", "edizionilevante.it"), ("Precedence", "auto_reply"), ("MIME-Version", "1.0")]
    root = text(own, cs="utf-8", cte="8bit")
    add(35, "auto-reply", hs, root, own,
        "An autoresponder on a mailbox no longer in use, pointing to a new address; there is no absence to end, so "
        "no return_date.", reply=False)


# 36 -- trattoria in Pescara (Abruzzo); the accountant writes for the client, ref 55
def m36():
    rng = random.Random(36)
    o = O["greco"]
    t_q, t = T("2027-02-19 09:00:00"), T("2027-02-22 11:40:08")
    q = L_late_fee(o, "Trattoria Da Nando di Di Febo Fernando & C. snc", "55", 610.00, "2027-02-10", "2027-02-19", "2027-03-01", fees=False)
    frm = ("Studio Rag. Di Pietrantonio", "studio@dipietrantonio-commercialisti.it")
    own = """Gentile dott.ssa Greco,

scrivo per conto della mia cliente Trattoria Da Nando snc, che mi ha girato il Suo sollecito.

Il pagamento della Sua fattura n. 55 è stato disposto in data odierna tramite home banking, per l'importo di € 610,00 (fattura in regime forfettario, senza ritenuta). Per il futuro La prego di indirizzare le fatture di cortesia anche a questo indirizzo, così evitiamo ritardi.

Distinti saluti

Rag. Mario Di Pietrantonio
Studio Di Pietrantonio – Consulenza fiscale e tributaria
Viale G. Bovio 221 – 65123 Pescara"""
    fwd_hdr = (f"---------- Forwarded message ---------\nDa: Trattoria Da Nando <trattoriadanando@gmail.com>\n"
               f"Date: ven 19 feb 2027 alle ore 13:02\nSubject: Fwd: {subj('late_fee', '55')}\nTo: "
               f"<studio@dipietrantonio-commercialisti.it>\n\n\nCi pensi tu Mario? Grazie Nando\n\n")
    plain_q = fwd_hdr + q_gmail(t_q, (o.name, o.email), q)
    hs = thread_headers(rng, o, frm, "Re: Fwd: " + subj("late_fee", "55"), t, "gmail", parents(rng, o, 3) +
                        [mid(rng, "gmail")])
    root = multi("alternative", [text(own + "\n\n" + plain_q),
                                 text(gmail_html(own, "---------- Forwarded message ---------", plain_q), "html")],
                 gb(rng))
    add(36, "client-reply-paid", hs, root, own,
        "The client's accountant writes that payment of invoice 55 (610,00) was ordered today; the reminder reached "
        "him as a forward from the client, quoted below.", amount="610.00", currency="EUR", reference="55")


# 37 -- the freelancer's own bank: an outgoing transfer he made (hosting renewal)
def m37():
    rng = random.Random(37)
    o = O["moretti"]
    t = T("2027-02-01 09:12:40")
    own = """Gentile LUCA MORETTI,

ti confermiamo che il bonifico da te disposto tramite Internet Banking è stato eseguito.

Beneficiario: ARUBA S.P.A.
IBAN beneficiario: IT05 R030 6902 8871 0000 0004 521
Importo: 89,90 EUR
Commissioni: 0,00 EUR
Causale: Rinnovo hosting morettivideo.it - ordine MO-2027-118734
Data esecuzione: 01/02/2027
CRO: 0867302801000327115

Se non riconosci questa operazione contatta subito il Servizio Clienti al numero verde 800 000 575.

Banca del Mugello – messaggio automatico, non rispondere."""
    hs = [("Return-Path", "<noreply@bancadelmugello-online.it>"),
          ("From", who("Banca del Mugello", "noreply@bancadelmugello-online.it")), ("To", o.email),
          ("Subject", "Bonifico eseguito - 89,90 EUR"), ("Date", format_datetime(t)),
          ("Message-ID", mid(rng, "other", "bancadelmugello-online.it")), ("MIME-Version", "1.0")]
    root = text(own, cs="iso-8859-1")
    add(37, "other", hs, root, own,
        "A bank notice of a transfer the freelancer made (money going out to the hosting provider), not a payment "
        "received.", reply=False)


# 38 -- B&B in Alba (Piemonte); 'non pago finché il sito non funziona', Apple Mail
def m38():
    rng = random.Random(38)
    o = O["bellini"]
    t_q, t = T("2027-02-16 09:00:00"), T("2027-02-17 07:44:20")
    q = L_suspension(o, "Gentile Gabriella Ferrero", "2026/70", 854.00, "2026-12-31", "2027-02-16", "2027-02-26",
                     "2027-02-27", fees=False)
    frm = ("Gabriella Ferrero", "gabriella@lelanghedolci.it")
    own = """Marco,
NON pagherò un euro finché il sito non funziona. Il modulo delle prenotazioni non manda le mail da due settimane, te l'ho scritto il 2 e il 9 febbraio, e ho perso almeno tre richieste per il ponte di marzo.

E adesso mi minacci di sospendere i servizi?? Prima sistemi, poi parliamo di soldi.

Gabriella
B&B Le Langhe Dolci – Alba"""
    bd = ab(rng)
    attrib = f"Il giorno {apple_when(t_q)}, {o.name} <{o.email}> ha scritto:"
    plain = own + "\n\n" + attrib + "\n\n" + gt(q) + "\n"
    root = multi("alternative", [text(plain, quote_cs=False), text(apple_html(own, attrib, q), "html", quote_cs=False)],
                 bd)
    hs = thread_headers(rng, o, frm, "Re: " + subj("suspension", "2026/70"), t, "apple", parents(rng, o, 4),
                        extra=(("X-Mailer", "Apple Mail (2.3826.400.131.1.6)"),), domain="lelanghedolci.it")
    hs = [(k, "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))" if k == "MIME-Version" else v) for k, v in hs]
    add(38, "client-reply-dispute", hs, root, own,
        "The client refuses to pay until the booking form works: payment withheld because the work is faulty. "
        "Capitals and anger, but the content is what decides.")


# 39 -- ski school at Madonna di Campiglio (Trentino); 'entro il 10/01' written in December
def m39():
    rng = random.Random(39)
    o = O["galli"]
    t_q, t = T("2026-12-21 09:00:00"), T("2026-12-21 18:30:02")
    q = L_due(o, "Scuola Italiana Sci Campiglio", "77/2026", 1098.00, "2026-12-18")
    frm = ("Nicola Maffei", "segreteria@scuolascicampiglio.it")
    own = """Ciao Andrea,
in questo periodo siamo in piena stagione e il presidente firma i bonifici solo una volta a settimana, quando scende in paese. Ti garantisco il pagamento entro il 10/01.

Le foto dei maestri sul sito sono piaciute moltissimo, grazie!
Buone feste

Nicola
Segreteria Scuola Italiana Sci Campiglio"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("due", "77/2026"), t, "gmail", parents(rng, o, 2))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(39, "client-reply-promise", hs, root, own,
        "'Entro il 10/01' written on 21 December 2026 is 10 January of the following year, 2027.",
        promised_date="2027-01-10")


# 40 -- hotel in Tarvisio (Friuli Venezia Giulia); the e-invoice never arrived, which code?
def m40():
    rng = random.Random(40)
    o = O["rinaldi"]
    t_q, t = T("2026-11-04 08:30:00"), T("2026-11-05 15:17:36")
    q = L_courtesy(o, "Hotel Ristorante Al Cervo srl", "2026/103", 732.00, "2026-10-09", "2026-11-08")
    frm = ("Monica Zanier", "amministrazione@hotelalcervo-tarvisio.it")
    own = """Buongiorno,

sul nostro portale delle fatture elettroniche non risulta arrivata nessuna fattura da parte vostra per il corso HACCP di ottobre, ho ricevuto solo questo promemoria. L'avete inviata al codice destinatario giusto? Il nostro è M5UXCR1 (non quello vecchio dell'Aruba).

Mi può controllare e farmi sapere?

Grazie
Monica Zanier
Amministrazione – Hotel Ristorante Al Cervo
Via Vittorio Veneto 44 – 33018 Tarvisio (UD)"""
    hs = thread_headers(rng, o, frm, "R: " + subj("courtesy", "2026/103"), t, "outlook", parents(rng, o, 2),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "amministrazione@hotelalcervo-tarvisio.it",
                       subj("courtesy", "2026/103"), q, cs="iso-8859-1")
    add(40, "client-reply-other", hs, root, own,
        "They have not received the e-invoice through SDI and ask which codice destinatario was used; a question, "
        "not a refusal (M5UXCR1 is a recipient code, not an invoice number).")


# 41 -- Satispay Business: payment received, with the payer's message
def m41():
    rng = random.Random(41)
    o = O["ferri"]
    t = T("2027-02-05 18:22:10")
    own = """Ciao Giulia,

hai ricevuto un pagamento su Satispay Business.

Importo: 85,00 €
Da: Ilaria B.
Messaggio: "fattura 48 biglietti da visita + timbro, grazie!"
Data: 05/02/2027 18:22
Codice transazione: 8f3c1a27-5d0e-4b9a-a2e1-0c71d6b4e9f2

L'importo sarà accreditato sul tuo conto con il prossimo trasferimento automatico.

Il team Satispay"""
    h = ('<html><body style="font-family:Arial,sans-serif;background:#ffffff"><div style="max-width:560px;margin:auto">'
         '<div style="background:#ef4136;color:#fff;padding:14px 20px;font-size:20px">satispay</div>'
         '<div style="padding:20px">' + html_lines(own, "p", "&nbsp;") + '</div></div></body></html>\n')
    hs = [("Return-Path", "<no-reply@satispay.com>"), ("From", who("Satispay", "no-reply@satispay.com")),
          ("To", o.email), ("Subject", hdr("Hai ricevuto 85,00 €")), ("Date", format_datetime(t)),
          ("Message-ID", mid(rng, "other", "satispay.com")), ("MIME-Version", "1.0")]
    root = multi("alternative", [text(own), text(h, "html")], gb(rng))
    add(41, "payment-notification", hs, root, own,
        "Satispay notice of 85,00 € received; the payer's message names invoice 48. Euro sign, no ISO code, but "
        "the currency is clear.", reply=False, amount="85.00", currency="EUR", reference="48")


# 42 -- driving school near Rovigo (Veneto); one line from a Samsung phone
def m42():
    rng = random.Random(42)
    o = O["rinaldi"]
    t_q, t = T("2027-02-04 09:00:00"), T("2027-02-05 07:51:13")
    q = L_late_fee(o, "Autoscuola Nuova Patente di Loris Bellinazzo", "2026/121", 366.00, "2026-12-31",
                   "2027-02-04", "2027-02-14")
    frm = ("Loris", "autoscuolanuovapatente@gmail.com")
    own = "pagato ieri, scusi"
    quote = (f"\n\n\n\nInviato dal mio Galaxy\n\n\n-------- Messaggio originale --------\nDa: {o.name} <{o.email}>\n"
             f"Data: {t_q:%d/%m/%y} {t_q:%H:%M} (GMT+01:00)\nA: autoscuolanuovapatente@gmail.com\n"
             f"Oggetto: {subj('late_fee', '2026/121')}\n\n{q}\n")
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
         f'<div dir="auto">{esc(own)}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
         '<div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">Inviato dal mio '
         'Galaxy</div></div><div dir="auto"><br></div><div><br></div><div align="left" dir="auto" '
         'style="font-size:100%;color:#000000"><div>-------- Messaggio originale --------</div><div>Da: '
         f'{esc(o.name)} &lt;{o.email}&gt; </div><div>Data: {t_q:%d/%m/%y} {t_q:%H:%M} (GMT+01:00) </div><div>A: '
         f'autoscuolanuovapatente@gmail.com </div><div>Oggetto: {esc(subj("late_fee", "2026/121"))} </div><div><br>'
         f'</div></div>{html_lines(q)}</body></html>\n')
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "2026/121"), t, "gmail", parents(rng, o, 3))
    root = multi("alternative", [text(own + quote), text(h, "html")], gb(rng))
    add(42, "client-reply-paid", hs, root, own,
        "Three words from a phone: 'pagato ieri' is a payment made; everything else is the quoted sollecito with "
        "its interest table.")


# 43 -- building firm in Caserta (Campania); offended by the formal notice, 'entro il 28'
def m43():
    rng = random.Random(43)
    o = O["conti"]
    t_q, t = T("2027-02-08 09:00:00"), T("2027-02-09 12:36:50")
    q = L_final(o, "Russo Costruzioni srl", "2027/011", 1708.00, "2027-01-05", "2027-01-20", "2027-02-08",
                "2027-02-23")
    frm = ("Vincenzo Russo", "v.russo@russocostruzioni.it")
    own = """Dottoressa,

non c'era bisogno di mandare una diffida con tanto di articoli del codice civile e decreto ingiuntivo. In dieci anni abbiamo sempre pagato, magari qualche volta in ritardo, ma sempre.

Le paghe di gennaio ve le saldiamo entro il 28, come abbiamo sempre fatto quando entrano i SAL del cantiere di Marcianise.

Mi aspettavo un po' più di rispetto.

Vincenzo Russo
Russo Costruzioni srl"""
    hs = thread_headers(rng, o, frm, "R: " + subj("final", "2027/011"), t, "outlook", parents(rng, o, 4),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "v.russo@russocostruzioni.it", subj("final", "2027/011"),
                       q, cs="windows-1252")
    add(43, "client-reply-promise", hs, root, own,
        "Offended by the formal notice but not contesting the debt: 'entro il 28' in a message of 9 February 2027 "
        "is 28 February 2027 (after the deadline in the notice, which does not matter for the label).",
        promised_date="2027-02-28")


# 44 -- congress organiser in Siracusa (Sicilia); hours and taxi contested
def m44():
    rng = random.Random(44)
    o = O["lombardo"]
    t_q, t = T("2026-11-25 09:00:00"), T("2026-11-26 16:20:38")
    q = L_reminder(o, "Congressi Mediterraneo srl", "34/2026", 1074.00, "2026-11-20")
    frm = ("Giovanna Amenta", "g.amenta@congressimediterraneo.it")
    own = """Gentile dott.ssa Lombardo,

abbiamo verificato la fattura con il programma del convegno di ottobre all'Ortigia Hotel: la sessione in cabina è durata dalle 9.30 alle 14.30, quindi ci risultano 5 ore di interpretariato e non 8 come fatturato. Inoltre il rimborso del taxi da Catania (74 euro) non era previsto nella nostra lettera d'incarico, che prevedeva un compenso forfettario comprensivo delle spese.

Le chiediamo pertanto di emettere nota di credito e di riemettere la fattura per 5 ore, senza il rimborso; la liquideremo alla prima scadenza utile.

Cordiali saluti
Giovanna Amenta
Project Manager – Congressi Mediterraneo srl
Viale Teracati 41 – 96100 Siracusa"""
    hs = thread_headers(rng, o, frm, "R: " + subj("reminder", "34/2026"), t, "outlook", parents(rng, o, 2),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "g.amenta@congressimediterraneo.it",
                       subj("reminder", "34/2026"), q)
    add(44, "client-reply-dispute", hs, root, own,
        "Hours and the taxi refund are contested and a credit note requested; 'la liquideremo' refers to a future "
        "corrected invoice, so dispute, not promise. The 74 euro is the contested refund, not a sum paid.")


# 45 -- the freelancer's provider, in Italian: mailbox disabled (5.2.1)
def m45():
    rng = random.Random(45)
    o = O["esposito"]
    t = T("2027-02-02 09:31:47")
    rcpt = "mario.deluca71@libero.it"
    notif = f"""Gentile utente,

il messaggio che hai inviato non è stato recapitato al seguente destinatario:

    {rcpt}

Motivo: la casella del destinatario risulta disattivata.
Risposta del server remoto (smtp-in.libero.it):
    550 5.2.1 <{rcpt}>: mailbox disabled / casella disabilitata

Il messaggio non verrà reinviato. Verifica l'indirizzo o contatta il destinatario con un altro mezzo.

--- Intestazioni del messaggio originale ---
From: {o.name} <{o.email}>
To: {rcpt}
Subject: {subj("reminder", "6/2027")}
Date: Tue, 2 Feb 2027 09:31:40 +0100
Message-ID: {mid(rng, "mailduns", o.domain)}

Servizio Posta – Register.it"""
    hs = [("Return-Path", "<>"), ("From", who("Sistema di consegna posta", "MAILER-DAEMON@mail.register.it")),
          ("To", o.email), ("Subject", "Mancato recapito del messaggio"), ("Date", format_datetime(t)),
          ("Message-ID", mid(rng, "other", "mail.register.it")), ("Auto-Submitted", "auto-replied"),
          ("X-Failed-Recipients", rcpt), ("MIME-Version", "1.0")]
    root = text(notif, cs="iso-8859-1")
    add(45, "bounce", hs, root, notif,
        "A provider's own Italian non-delivery notice (no DSN part): 550 5.2.1 mailbox disabled, will not be "
        "retried, so permanent.", reply=False, failed_recipient=rcpt, permanent=True)


# 46 -- engineering practice in Ancona (Marche); asks for the forfettario declaration before paying
def m46():
    rng = random.Random(46)
    o = O["greco"]
    t_q, t = T("2027-01-26 09:00:00"), T("2027-01-27 11:05:19")
    q = L_reminder(o, "Studio Tecnico Associato Marchetti & Rossi", "3/2027", 450.00, "2027-01-20")
    frm = ("Lucia Pandolfi", "amministrazione@studiomarchettirossi.it")
    own = """Buongiorno dott.ssa Greco,

per registrare la fattura senza applicare la ritenuta d'acconto il nostro commercialista ci chiede una Sua dichiarazione firmata di essere in regime forfettario (art. 1, commi 54-89, L. 190/2014), come si fa di solito. Me la può mandare in PDF?

Grazie, cordiali saluti
Lucia Pandolfi
Amministrazione – Studio Tecnico Associato Marchetti & Rossi
Corso Stamira 29, 60122 Ancona"""
    hs = thread_headers(rng, o, frm, "R: " + subj("reminder", "3/2027"), t, "outlook", parents(rng, o, 2),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "amministrazione@studiomarchettirossi.it",
                       subj("reminder", "3/2027"), q)
    add(46, "client-reply-other", hs, root, own,
        "A request for a document (the forfettario declaration for the ritenuta); it does not refuse or withhold "
        "payment and promises nothing.")


# 47 -- printing house in Cuneo (Piemonte); HTML-only, two invoices paid together, SEPA slip attached
def m47():
    rng = random.Random(47)
    o = O["bellini"]
    t_q, t = T("2027-01-20 09:00:00"), T("2027-01-21 15:28:04")
    q = L_statement(o, "Grafiche Alpine srl", [("2026/66", "2026-11-16", "2026-12-16", 1220.00),
                                               ("2026/67", "2026-11-30", "2026-12-30", 1830.00)],
                    "2027-01-20", "2027-01-30")
    frm = ("Contabilità Grafiche Alpine", "contabilita@grafichealpine.it")
    own = """Buongiorno,

in allegato la distinta del bonifico SEPA eseguito in data 21/01/2027 a saldo delle fatture n. 2026/66 e 2026/67, per un totale di € 3.050,00.

Cordiali saluti

Ufficio Contabilità
Grafiche Alpine srl – Via Cuneo 120, 12011 Borgo San Dalmazzo (CN)
P. IVA 02871540046"""
    h = outlook_html(own, [("Da", f"{o.name} <{o.email}>"), ("Inviato", outlook_when(t_q)),
                           ("A", "contabilita@grafichealpine.it"), ("Oggetto", subj("statement", o=o))], q)
    root = multi("mixed", [text(h, "html"), attach(tiny_pdf("Distinta SEPA 21/01/2027 - EUR 3.050,00"),
                                                   "application/pdf", "Distinta_SEPA_210127.pdf")], ob(rng))
    hs = thread_headers(rng, o, frm, "R: " + subj("statement", o=o), t, "outlook", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    add(47, "client-reply-paid", hs, root, own,
        "HTML-only Outlook reply to a statement: both invoices paid with one transfer of 3.050,00; two invoices, so "
        "no reference.", amount="3050.00", currency="EUR")


# 48 -- the accountant of an ice-cream shop in Rimini (Emilia-Romagna); 'il 10 marzo p.v.'
def m48():
    rng = random.Random(48)
    o = O["ferri"]
    t_q, t = T("2027-02-23 09:00:00"), T("2027-02-24 10:12:54")
    q = L_late_fee(o, "Gelateria Il Cono d'Oro di Semprini Anna", "6/2027", 549.00, "2027-02-15", "2027-02-23", "2027-03-05")
    frm = ("Studio Dott.ssa Pazzaglia", "segreteria@studiopazzaglia.it")
    own = """Gentile sig.ra Ferri,

Le scrivo per conto della nostra cliente Gelateria Il Cono d'Oro, che ci ha inoltrato il Suo sollecito.

Le comunichiamo che il pagamento della fattura n. 6/2027 sarà effettuato alla prima scadenza utile del ciclo fornitori, ovvero il 10 marzo p.v., unitamente alle altre fatture del mese di febbraio.

Cordiali saluti
Dott.ssa Cristina Pazzaglia
Dottore Commercialista – Revisore Legale
Via Flaminia 58 – 47923 Rimini"""
    hs = thread_headers(rng, o, frm, "I: " + subj("late_fee", "6/2027"), t, "outlook", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "info@conodoro-rimini.it", subj("late_fee", "6/2027"), q)
    add(48, "client-reply-promise", hs, root, own,
        "The client's accountant, in a forwarded thread ('I:'), says the invoice will be paid on 10 March ('p.v.' = "
        "the coming one).", promised_date="2027-03-10", reference="6/2027")


# 49 -- accounts-payable helpdesk of a food group: ticket acknowledgement
def m49():
    rng = random.Random(49)
    o = O["moretti"]
    t = T("2027-03-03 09:02:11")
    own = """Gentile fornitore,

abbiamo ricevuto la Sua richiesta, registrata con il numero di ticket AP-2027-004512.

Il servizio Contabilità Fornitori risponde di norma entro 5 giorni lavorativi. Per conoscere lo stato di registrazione e di pagamento delle fatture può consultare in qualsiasi momento il Portale Fornitori (sezione "Le mie fatture").

Per aggiungere informazioni a questa richiesta risponda a questo messaggio lasciando invariato l'oggetto.

Questa è una risposta automatica.
Contabilità Fornitori – Gruppo Ortofrutta Campana S.p.A."""
    pid = parents(rng, o, 2)
    hs = [("Return-Path", "<contabilita.fornitori@ortofruttacampana.it>"),
          ("From", who("Contabilità Fornitori", "contabilita.fornitori@ortofruttacampana.it")), ("To", o.email),
          ("Subject", hdr("[Ticket AP-2027-004512] Richiesta ricevuta: " + subj("reminder", "12/2027"))),
          ("Date", format_datetime(t)), ("Message-ID", mid(rng, "other", "helpdesk.ortofruttacampana.it")),
          ("In-Reply-To", pid[-1]), ("References", " ".join(pid)), ("Auto-Submitted", "auto-replied"),
          ("X-Auto-Response-Suppress", "All"), ("MIME-Version", "1.0")]
    root = text(own)
    add(49, "auto-reply", hs, root, own,
        "A helpdesk's automatic ticket acknowledgement; it says nothing about payment and gives no return date.",
        reply=False)


# 50 -- notary's office in Agrigento (Sicilia); the ritenuta is missing, asks for a credit note
def m50():
    rng = random.Random(50)
    o = O["lombardo"]
    t_q, t = T("2026-12-09 09:00:00"), T("2026-12-10 12:48:33")
    q = L_late_fee(o, "Studio Notarile Associato Vella", "30/2026", 976.00, "2026-12-01", "2026-12-09", "2026-12-19")
    frm = ("Studio Notarile Vella – Amministrazione", "amministrazione@notaiovella.it")
    own = """Gentile dott.ssa Lombardo,

la Sua fattura n. 30/2026 non può essere pagata così com'è: trattandosi di prestazione professionale resa a uno studio che opera come sostituto d'imposta, deve riportare la ritenuta d'acconto del 20% sull'imponibile, che invece manca (e non risulta indicato il regime forfettario).

La preghiamo di emettere nota di credito a storno totale e una nuova fattura con la ritenuta; provvederemo al pagamento del netto al ricevimento.

Cordiali saluti
L'amministrazione
Studio Notarile Associato Vella – Via Atenea 150, Agrigento"""
    body = own + "\n\n" + q_outlook(t_q, (o.name, o.email), "amministrazione@notaiovella.it",
                                    subj("late_fee", "30/2026"), q)
    hs = thread_headers(rng, o, frm, "RIF: " + subj("late_fee", "30/2026"), t, "outlook", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    root = text(body, cs="utf-8", cte="base64")
    add(50, "client-reply-dispute", hs, root, own,
        "Base64 plain text. The office refuses to pay the invoice as issued (ritenuta missing) and asks for a credit "
        "note and a new one: dispute, though the tone is technical.", reference="30/2026")


# 51 -- window maker near Vicenza (Veneto); paid within the notice's term, asks about the interest
def m51():
    rng = random.Random(51)
    o = O["rinaldi"]
    t_q, t = T("2027-01-25 09:00:00"), T("2027-02-03 16:44:27")
    q = L_final(o, "Serramenti Bizzotto srl", "2026/119", 1830.00, "2026-11-15", "2026-12-15", "2027-01-25",
                "2027-02-09")
    frm = ("Cristina Bizzotto", "cristina@serramentibizzotto.it")
    own = """Buongiorno,

abbiamo saldato oggi la fattura 2026/119 con bonifico di 1.830,00 €, quindi entro il termine indicato nella Sua lettera. Il CRO è 0306909606100000012873.

Le chiedo però una conferma: gli interessi e i 40 euro di cui parla sono dovuti comunque, anche se abbiamo pagato entro la data che ci ha dato? Se sì, mi mandi per favore il conteggio aggiornato, che lo giro al nostro consulente.

Grazie
Cristina Bizzotto
Serramenti Bizzotto srl – Via dell'Artigianato 9, 36061 Bassano del Grappa (VI)"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("final", "2026/119"), t, "gmail", parents(rng, o, 5))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(51, "client-reply-paid", hs, root, own,
        "Paid today (1.830,00, CRO given) plus a question on whether the interest is still due; the question does "
        "not contest it, so paid.", amount="1830.00", currency="EUR", reference="2026/119")


# 52 -- a newsletter about tax deadlines
def m52():
    rng = random.Random(52)
    o = O["conti"]
    t = T("2027-02-26 07:00:00")
    own = """SCADENZIARIO FISCALE – MARZO 2027

Ciao Elena,
ecco le principali scadenze del mese per professionisti e piccole imprese:

16 marzo – versamento del saldo IVA 2026 (in unica soluzione o prima rata)
16 marzo – trasmissione e consegna delle Certificazioni Uniche 2027
16 marzo – versamento delle ritenute d'acconto operate a febbraio (F24, codice tributo 1040)
31 marzo – comunicazione delle spese sanitarie e invio delle CU con soli redditi esenti

NOVITÀ: dal 1° aprile cambiano le regole per le fatture verso la PA senza CIG. Leggi l'approfondimento sul nostro blog.

Partita IVA Smart – il blog per chi lavora in proprio
Ricevi questa email perché sei iscritta alla newsletter. Annulla l'iscrizione: https://partitaivasmart.it/u/8c21fe"""
    h = ('<html><body style="font-family:Georgia,serif;max-width:640px;margin:auto">'
         + html_lines(own, "p", "&nbsp;") + '</body></html>\n')
    hs = [("Return-Path", "<bounce-mc.us21_118734.7721@mail189.atl121.mcdlv.net>"),
          ("From", who("Partita IVA Smart", "newsletter@partitaivasmart.it")), ("To", o.email),
          ("Subject", hdr("Le scadenze di marzo: saldo IVA, CU e ritenute 📅")), ("Date", format_datetime(t)),
          ("Message-ID", f"<{rng.randint(10**15, 10**16)}.{rng.randint(10**6, 10**7)}@mail189.atl121.mcdlv.net>"),
          ("List-Unsubscribe", "<https://partitaivasmart.it/u/8c21fe>, <mailto:unsubscribe@partitaivasmart.it>"),
          ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
          ("MIME-Version", "1.0")]
    root = multi("alternative", [text(own), text(h, "html")], "_----------=_MCPart_" + str(rng.randint(10**8, 10**9)))
    add(52, "other", hs, root, own,
        "A newsletter on tax deadlines; it mentions ritenute and CIG but is nothing to do with the freelancer's "
        "invoices.", reply=False)


# 53 -- parish nursery school near Naples, the bursar nun; a sum by Thursday 3 December
def m53():
    rng = random.Random(53)
    o = O["conti"]
    t_q, t = T("2026-11-27 09:00:00"), T("2026-11-30 09:40:16")
    q = L_suspension(o, "Scuola dell'Infanzia Paritaria Maria Ausiliatrice", "109/2026", 1342.00, "2026-11-16", "2026-11-27", "2026-12-07", "2026-12-08")
    frm = ("Scuola Maria Ausiliatrice", "scuolamariaausiliatrice.tdg@gmail.com")
    own = """Gentile dottoressa Conti,

ci scusi tanto. Le verseremo l'importo di € 1.342,00 entro giovedì 3 dicembre, appena ci viene accreditato il contributo del Comune per il primo trimestre, che ci hanno confermato per questa settimana.

La ringraziamo per la pazienza e per l'aiuto con le buste paga delle maestre.

Suor Anna Cozzolino
Economa – Scuola dell'Infanzia Paritaria Maria Ausiliatrice
Torre del Greco (NA)"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("suspension", "109/2026"), t, "gmail", parents(rng, o, 3))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(53, "client-reply-promise", hs, root, own,
        "A promise with an amount and a day: 'entro giovedì 3 dicembre' (3 December 2026 is a Thursday); the "
        "reason given (the Comune's contribution) does not make it conditional.",
        promised_date="2026-12-03", amount="1342.00", currency="EUR", rule=("weekday", 3))


# 54 -- wine consortium near Bologna; the contact left, write to another address
def m54():
    rng = random.Random(54)
    o = O["ferri"]
    t_q, t = T("2027-01-15 09:00:00"), T("2027-01-18 09:27:03")
    q = L_reminder(o, "Gentile Dott.ssa Bianchi", "1/2027", 610.00, "2027-01-10")
    frm = ("Giorgia - Reception", "info@consorziocollibolognesi.it")
    own = """Buongiorno,

la dott.ssa Bianchi non lavora più con noi da dicembre, la sua casella la leggiamo noi della reception. Per fatture e solleciti scriva per favore direttamente a amministrazione@consorziocollibolognesi.it, intanto le ho già inoltrato la sua mail.

Saluti
Giorgia
Consorzio Vini Colli Bolognesi"""
    hs = thread_headers(rng, o, frm, "R: " + subj("reminder", "1/2027"), t, "outlook", parents(rng, o, 2),
                        to=o.email, extra=OUTLOOK_X,
                        cc="amministrazione@consorziocollibolognesi.it")
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "Bianchi Elisa <e.bianchi@consorziocollibolognesi.it>",
                       subj("reminder", "1/2027"), q)
    add(54, "client-reply-other", hs, root, own,
        "A person (not an autoresponder) says the contact has left and gives the accounts address; nothing about "
        "payment.")


# 55 -- accounts-payable portal: remittance advice for two invoices
def m55():
    rng = random.Random(55)
    o = O["esposito"]
    t = T("2027-02-25 06:15:00")
    own = """AVVISO DI PAGAMENTO N. 2027-000318

Spett.le fornitore CHIARA ESPOSITO (cod. fornitore 400771),

Vi informiamo che in data 26/02/2027 (data valuta beneficiario) verrà accreditato sul conto IT33C0542404010000001002771 il bonifico SEPA relativo ai seguenti documenti:

Documento        Data doc.     Importo
FT 3/2027        15/01/2027      610,00
FT 6/2027        29/01/2027    1.098,00
                               --------
Totale pagato                  1.708,00 EUR

Modalità: bonifico SEPA – ordinante Gruppo Alimentare Adriatico S.p.A.

Il dettaglio è disponibile nel Portale Fornitori, sezione Pagamenti.
Messaggio generato automaticamente dal sistema di contabilità fornitori. Non rispondere."""
    hs = [("Return-Path", "<portalefornitori@gaadriatico.it>"),
          ("From", who("Portale Fornitori GAA", "portalefornitori@gaadriatico.it")), ("To", o.email),
          ("Subject", "Avviso di pagamento n. 2027-000318"), ("Date", format_datetime(t)),
          ("Message-ID", mid(rng, "other", "sap.gaadriatico.it")), ("Auto-Submitted", "auto-generated"),
          ("MIME-Version", "1.0")]
    root = multi("mixed", [text(own, cs="iso-8859-1"),
                           attach(tiny_pdf("Avviso di pagamento 2027-000318 - EUR 1.708,00"), "application/pdf",
                                  "AVVISO_PAG_2027-000318.pdf")], "=_sap_" + str(rng.randint(10**9, 10**10)))
    add(55, "payment-notification", hs, root, own,
        "A remittance advice from the buyer's accounts-payable system: 1.708,00 EUR for two invoices, so no "
        "reference; the value date is the next day but the notice is of money paid.", reply=False,
        amount="1708.00", currency="EUR")


# 56 -- osteria in Spello (Umbria); the deposit is not deducted in the invoice
def m56():
    rng = random.Random(56)
    o = O["galli"]
    t_q, t = T("2026-12-08 10:00:00"), T("2026-12-09 15:03:22")
    q = L_due(o, "Osteria del Borgo di Daniela Cruciani", "80/2026", 1586.00, "2026-12-07")
    frm = ("Daniela Cruciani", "osteriadelborgospello@gmail.com")
    own = """Ciao Andrea,
guarda che nella fattura delle foto dei piatti e del menù non hai scalato l'acconto che ti ho fatto con bonifico a settembre (te lo ritrovi il 12/09, causale "acconto foto menù"). Quindi non devo 1.586 ma 1.086.

Rifammi la fattura giusta, con la nota di credito o come si fa, e ti pago subito.

Daniela"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("due", "80/2026"), t, "gmail", parents(rng, o, 2))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(56, "client-reply-dispute", hs, root, own,
        "The amount is contested (the September deposit is not deducted) and a corrected invoice asked for; 1.086 "
        "is what she says she owes, not a sum paid or promised, and 'ti pago subito' depends on the new invoice.")


# 57 -- wedding planner in Puglia; PayPal 'amici e familiari'
def m57():
    rng = random.Random(57)
    o = O["greco"]
    t_q, t = T("2027-03-08 09:00:00"), T("2027-03-08 13:14:09")
    q = L_due(o, "Gentile Valentina De Giorgi", "11/2027", 150.00, "2027-03-05")
    frm = ("Valentina De Giorgi", "vale.degiorgi.weddings@gmail.com")
    own = """Ciao Francescaaa
ti ho mandato ora i soldi con PayPal, 150€, con amici e familiari così non paghi le commissioni 😉 fammi sapere se ti sono arrivati!

Buona festa della donna 🌼
Vale"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("due", "11/2027"), t, "gmail", parents(rng, o, 2))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q, mobile=True)
    add(57, "client-reply-paid", hs, root, own,
        "Paid through PayPal 'amici e familiari', 150 € in her words; the client's own mail, not PayPal's notice.",
        amount="150.00", currency="EUR")


# 58 -- B&B near Norcia (Umbria); a bad season, 'a fine gennaio' with the regional grant
def m58():
    rng = random.Random(58)
    o = O["moretti"]
    t_q, t = T("2026-12-14 09:00:00"), T("2026-12-15 20:07:44")
    q = L_late_fee(o, "B&B La Sibilla di Tiziana Brandimarte", "29/2026", 976.00, "2026-12-05", "2026-12-14", "2026-12-24")
    frm = ("Tiziana Brandimarte", "bblasibilla.norcia@gmail.com")
    own = """Buonasera Luca,

ti chiedo scusa per il silenzio. Quest'anno la stagione è andata male, tra i lavori sulla strada per Castelluccio e le disdette di settembre. Il video è bellissimo e lo sto già usando su Booking, non è quello il problema.

Ti pago a fine gennaio, quando arriva il contributo regionale per le strutture ricettive che ci hanno già approvato. Spero che ti vada bene.

Tiziana
B&B La Sibilla – Norcia"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("late_fee", "29/2026"), t, "gmail", parents(rng, o, 3))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(58, "client-reply-promise", hs, root, own,
        "'Ti pago a fine gennaio', written on 15 December 2026: the end of January 2027, i.e. 31 January 2027 "
        "(not the end of the current month).", promised_date="2027-01-31")


# 59 -- Comune di Uta (Sardegna); asks for the tracciabilità declaration, form attached
def m59():
    rng = random.Random(59)
    o = O["serra"]
    t_q, t = T("2027-02-26 09:00:00"), T("2027-03-01 11:33:40")
    q = L_late_fee(o, "Comune di Uta – Servizio Finanziario", "2/PA", 2537.60, "2027-02-20", "2027-02-26", "2027-03-08")
    frm = ("Servizio Finanziario Comune di Uta", "finanziario@comune.uta.ca.it")
    own = """Gentile geom. Serra,

per procedere alla liquidazione della fattura n. 2/PA è necessario acquisire la dichiarazione sulla tracciabilità dei flussi finanziari ai sensi dell'art. 3 della L. 136/2010, con l'indicazione del conto corrente dedicato e delle persone delegate ad operare su di esso.

Si allega il modello da compilare, sottoscrivere e restituire a questo indirizzo o via PEC.

Cordiali saluti
Servizio Finanziario – Comune di Uta (CA)"""
    body = own + "\n\n" + q_outlook(t_q, (o.name, o.email), "finanziario@comune.uta.ca.it",
                                    subj("late_fee", "2/PA"), q)
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "2/PA"), t, "other", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    root = multi("mixed", [text(body, cs="windows-1252"),
                           attach(tiny_pdf("Dichiarazione tracciabilita flussi finanziari L. 136/2010"),
                                  "application/pdf", "Modello_tracciabilita_L136-2010.pdf")],
                 "----=_NextPart_000_0012_01DB8A4E.5C2E1F80", preamble="This is a multi-part message in MIME format.")
    add(59, "client-reply-other", hs, root, own,
        "The town asks for the tracciabilità declaration before liquidating invoice 2/PA; a request for a document, "
        "not a refusal, so client-reply-other.", reference="2/PA")


# 60 -- Microsoft 365 NDR in Italian: recipient not found (5.1.10)
def m60():
    rng = random.Random(60)
    o = O["rinaldi"]
    t = T("2027-03-15 08:02:37", "+0000")
    rcpt = "ufficio.acquisti@metalveneta.com"
    notif = f"""Recapito non riuscito ai destinatari o gruppi seguenti:

{rcpt}
L'indirizzo di posta elettronica inserito non è stato trovato. Verifica l'indirizzo di posta elettronica del destinatario e prova a inviare di nuovo il messaggio. Se il problema persiste, contatta l'help desk.

Informazioni di diagnostica per gli amministratori:

Server di generazione: VI1PR02MB6541.eurprd02.prod.outlook.com

{rcpt}
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup'
"""
    status = f"""Reporting-MTA: dns;VI1PR02MB6541.eurprd02.prod.outlook.com
Received-From-MTA: dns;smtp.davidrinaldi.it
Arrival-Date: Mon, 15 Mar 2027 08:02:35 +0000

Final-Recipient: rfc822;{rcpt}
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient {rcpt} not found by SMTP address lookup
"""
    orig_headers = (f"From: {o.addr}\nTo: {rcpt}\nSubject: {hdr(subj('reminder', '2027/018'))}\n"
                    f"Date: Mon, 15 Mar 2027 09:02:31 +0100\nMessage-ID: {mid(rng, 'mailduns', o.domain)}\n"
                    "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\n")
    root = multi("report", [
        multi("alternative", [text(notif, cs="utf-8"),
                              text("<html><body>" + html_lines(notif, "p") + "</body></html>\n", "html", cs="utf-8")],
              "ff002222-2222-2222-bbcd-" + "".join(rng.choice("0123456789abcdef") for _ in range(12)),
              params="; differences=Content-Type"),
        raw_part([("Content-Type", "message/delivery-status")], status),
        raw_part([("Content-Type", "text/rfc822-headers")], orig_headers)],
        "0000ffff-eeee-2222-" + "".join(rng.choice("0123456789abcdef") for _ in range(16)),
        params="; report-type=delivery-status")
    hs = [("Return-Path", "<>"), ("From", who("Microsoft Outlook", "postmaster@davidrinaldi.onmicrosoft.com")),
          ("To", o.email), ("Date", format_datetime(t)),
          ("Subject", hdr("Recapito non riuscito: " + subj("reminder", "2027/018"))),
          ("Message-ID", f"<{''.join(rng.choice('0123456789abcdef') for _ in range(8))}-c1a2-4b7e-9d3f-5e6a7b8c9d0e@VI1PR02MB6541.eurprd02.prod.outlook.com>"),
          ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "it-IT"), ("Auto-Submitted", "auto-replied"),
          ("MIME-Version", "1.0")]
    add(60, "bounce", hs, root, notif,
        "Microsoft 365 non-delivery report in Italian: 550 5.1.10 recipient not found, permanent.", reply=False,
        failed_recipient=rcpt, permanent=True)


# 61 -- bakery in Palermo (Sicilia); the owner's wife, Sicilian turns of phrase; paid 280 euro
def m61():
    rng = random.Random(61)
    o = O["lombardo"]
    t_q, t = T("2026-11-23 09:00:00"), T("2026-11-23 12:02:08")
    q = L_late_fee(o, "Panificio Santa Rosalia di Lo Verde Giuseppe", "26/2026", 280.00, "2026-11-15", "2026-11-23", "2026-12-03", fees=False)
    frm = ("Rosaria Lo Verde", "panificiosantarosalia@hotmail.it")
    own = """Salve dottoressa,
ci scusasse, mio marito si era scordato di dirmelo che la fattura era arrivata. Il bonifico l'ho fatto stamatina io dalla posta, 280 euro, mi facesse sapere se ci arrivò.

Le etichette in inglese per i cannoli ai turisti piacciono assai!

Saluti
Rosaria Lo Verde"""
    body = own + "\n\nInviato da Outlook\n\n" + q_outlook(t_q, (o.name, o.email), "panificiosantarosalia@hotmail.it",
                                                         subj("late_fee", "26/2026"), q)
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "26/2026"), t, "outlook", parents(rng, o, 3),
                        domain="hotmail.it")
    root = text(body, cs="windows-1252")
    add(61, "client-reply-paid", hs, root, own,
        "Sicilian-flavoured Italian ('ci scusasse', 'mi facesse sapere se ci arrivò'): the transfer was made this "
        "morning, 280 euro.", amount="280.00", currency="EUR")


# 62 -- hotel in Naples; payslips were wrong, December's invoice will not be paid
def m62():
    rng = random.Random(62)
    o = O["conti"]
    t_q, t = T("2027-02-17 09:00:00"), T("2027-02-18 19:25:51")
    q = L_late_fee(o, "Hotel Mergellina srl", "2027/003", 732.00, "2027-01-31", "2027-02-17", "2027-02-27")
    frm = ("Gennaro Ascione", "direzione@hotelmergellina.it")
    own = """Dottoressa Conti,

le buste paga di dicembre avevano errori sulla tredicesima di tre dipendenti e sui contributi dell'apprendista: le abbiamo dovute far ricalcolare da un altro studio, pagando noi la differenza e la consulenza. Glielo avevo detto al telefono il 12 gennaio.

Per questo non riteniamo di dover pagare la fattura 2027/003 relativa al mese di dicembre. Per gennaio e febbraio nessun problema, come sempre.

Gennaro Ascione
Hotel Mergellina srl"""
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "2027/003"), t, "outlook", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "direzione@hotelmergellina.it",
                       subj("late_fee", "2027/003"), q, cs="iso-8859-1")
    add(62, "client-reply-dispute", hs, root, own,
        "The client refuses to pay the December invoice because the payslips were wrong; 'per gennaio e febbraio "
        "nessun problema' is about other months, not a promise.", reference="2027/003")


# 63 -- beekeeping company in Val di Non (Trentino); 'entro il 23 dicembre'
def m63():
    rng = random.Random(63)
    o = O["galli"]
    t_q, t = T("2026-12-15 09:00:00"), T("2026-12-16 11:18:27")
    q = L_due(o, "Apicoltura Val di Non sas", "83/2026", 671.00, "2026-12-14")
    frm = ("Erika Zanotelli", "ufficio@apicolturavaldinon.it")
    own = """Buongiorno sig. Galli,

la fattura è stata approvata dal titolare ieri sera. Il bonifico parte entro il 23 dicembre, prima che chiudiamo per le feste.

Cordiali saluti
Erika Zanotelli
Apicoltura Val di Non sas – Cles (TN)"""
    hs = thread_headers(rng, o, frm, "R: " + subj("due", "83/2026"), t, "outlook", parents(rng, o, 2),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "ufficio@apicolturavaldinon.it", subj("due", "83/2026"),
                       q)
    add(63, "client-reply-promise", hs, root, own, "A plain promise with a day: 'entro il 23 dicembre' (2026).",
        promised_date="2026-12-23")


# 64 -- protocol office of a town: automatic confirmation of registration
def m64():
    rng = random.Random(64)
    o = O["serra"]
    t = T("2027-01-12 10:41:18")
    own = """Si conferma l'avvenuta protocollazione del messaggio di posta elettronica in oggetto.

Protocollo n. 0004512 del 12/01/2027
Mittente: studio@geometraserra.it
Oggetto: Sollecito di pagamento – fattura n. 1/PA
Ufficio di assegnazione: Settore Lavori Pubblici

Il messaggio sarà trasmesso all'ufficio competente per gli adempimenti di competenza. Per informazioni sullo stato della pratica citare il numero di protocollo.

Messaggio generato automaticamente dal sistema di protocollo informatico. Non rispondere a questo indirizzo.
Comune di Quartu Sant'Elena – Ufficio Protocollo Generale"""
    pid = parents(rng, o, 3)
    hs = [("Return-Path", "<protocollo.noreply@comune.quartusantelena.ca.it>"),
          ("From", who("Protocollo Generale", "protocollo.noreply@comune.quartusantelena.ca.it")), ("To", o.email),
          ("Subject", "Conferma di protocollazione - Prot. n. 0004512 del 12/01/2027"), ("Date", format_datetime(t)),
          ("Message-ID", mid(rng, "other", "protocollo.comune.quartusantelena.ca.it")), ("In-Reply-To", pid[-1]),
          ("References", " ".join(pid)), ("Auto-Submitted", "auto-generated"), ("MIME-Version", "1.0")]
    root = text(own, cs="iso-8859-1")
    add(64, "auto-reply", hs, root, own,
        "The town's protocol system automatically confirms that the sollecito was registered (like a ticket "
        "acknowledgement); it says nothing about payment.", reply=False)


# 65 -- oil-mill cooperative near Bari; which order is this invoice for?
def m65():
    rng = random.Random(65)
    o = O["esposito"]
    t_q, t = T("2026-12-21 09:00:00"), T("2026-12-22 09:44:50")
    q = L_reminder(o, "Oleificio Cooperativo Terre di Bitonto", "51/2026", 549.00, "2026-12-15")
    frm = ("Nicola Cannito", "acquisti@terredibitonto.it")
    own = """Buongiorno,

mi scusi ma non riesco ad abbinare la fattura 51/2026 a nessun ordine d'acquisto nel nostro gestionale. A cosa si riferisce esattamente? Chi gliel'ha commissionata da noi?

Ci serve il numero dell'ordine (OdA) per poterla registrare.

Grazie
Nicola Cannito
Ufficio Acquisti – Oleificio Cooperativo Terre di Bitonto"""
    hs = thread_headers(rng, o, frm, "R: " + subj("reminder", "51/2026"), t, "outlook", parents(rng, o, 2),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "acquisti@terredibitonto.it", subj("reminder", "51/2026"), q)
    add(65, "client-reply-other", hs, root, own,
        "A question about what the invoice is for (they need the order number); it does not contest or refuse "
        "it yet.", reference="51/2026")


# 66 -- a bank app: instant transfer received (the B&B of message 9, a couple of minutes later)
def m66():
    rng = random.Random(66)
    o = O["greco"]
    t = T("2026-11-09 21:49:03")
    own = """Hai ricevuto un bonifico istantaneo

Importo: +350,00 €
Da: SA COSTERA DI PIRAS MARTA
Causale: FATT 17/2026 BB SA COSTERA
Data: 09/11/2026, 21:48
Disponibile subito sul tuo conto.

Apri l'app per vedere il dettaglio del movimento.
Conto Fluo – notifica automatica"""
    h = ('<html><body style="font-family:-apple-system,Roboto,Arial;background:#f6f7fb"><div style="max-width:480px;'
         'margin:auto;background:#fff;border-radius:12px;padding:24px">' + html_lines(own, "p", "&nbsp;")
         + '</div></body></html>\n')
    hs = [("Return-Path", "<notifiche@contofluo.it>"), ("From", who("Conto Fluo", "notifiche@contofluo.it")),
          ("To", o.email), ("Subject", hdr("Hai ricevuto 350,00 € con un bonifico istantaneo")),
          ("Date", format_datetime(t)), ("Message-ID", mid(rng, "other", "contofluo.it")), ("MIME-Version", "1.0")]
    root = multi("alternative", [text(own), text(h, "html")], gb(rng))
    add(66, "payment-notification", hs, root, own,
        "A bank app's notice of an instant transfer: 350,00 € in, causale 'FATT 17/2026'.", reply=False,
        amount="350.00", currency="EUR", reference="17/2026")


# 67 -- choir association in Prato (Toscana), the treasurer; after the clocks changed (+0200)
def m67():
    rng = random.Random(67)
    o = O["galli"]
    t_q, t = T("2027-03-26 09:00:00"), T("2027-03-29 10:05:42")
    q = L_reminder(o, "Coro Polifonico Città di Prato APS", "9/2027", 915.00, "2027-03-20")
    frm = ("Tesoriere Coro Polifonico", "tesoriere@coropolifonicoprato.it")
    own = """Buongiorno Andrea,

ti confermo che venerdì 26 ho disposto il bonifico di € 915,00 per la fattura n. 9/2027 (foto e riprese del concerto di Santo Stefano). Oggi è Pasquetta e le banche sono chiuse, quindi la valuta sarà domani 30 marzo.

Un saluto da tutto il coro
Marcello Bartolini, tesoriere"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("reminder", "9/2027"), t, "tb", parents(rng, o, 2), extra=TB_X)
    root = text(own + "\n\n" + q_thunderbird(t_q, (o.name, o.email), q), params="; format=flowed")
    add(67, "client-reply-paid", hs, root, own,
        "Transfer ordered on Friday 26 March, value date 30 March: a payment made, not a promise (the date is when "
        "the money is credited). The Date is already CEST (+0200).", amount="915.00", currency="EUR",
        reference="9/2027")


# 68 -- estate agency in Gallipoli (Puglia); paid 600 of 900, the extra revisions refused
def m68():
    rng = random.Random(68)
    o = O["greco"]
    t_q, t = T("2027-03-10 09:00:00"), T("2027-03-11 13:30:05")
    q = L_late_fee(o, "Casa Salento Immobiliare srl", "8/2027", 900.00, "2027-03-01", "2027-03-10", "2027-03-20")
    frm = ("Casa Salento Immobiliare", "info@casasalentoimmobiliare.it")
    own = """Buongiorno Francesca,

abbiamo pagato ieri 600 dei 900 euro della fattura 8/2027. I 300 euro per le "revisioni extra" non erano previsti: il preventivo che abbiamo firmato comprendeva due giri di correzioni sui post e sul volantino, e noi non ne abbiamo chiesti di più, sono state modifiche per errori vostri sui prezzi degli immobili.

Quella parte non la paghiamo.

Cordiali saluti
Antonella Scarcia
Casa Salento Immobiliare – Gallipoli (LE)"""
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "8/2027"), t, "outlook", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "info@casasalentoimmobiliare.it",
                       subj("late_fee", "8/2027"), q)
    add(68, "client-reply-dispute", hs, root, own,
        "Part paid (600) and the rest (300) refused: dispute takes precedence over paid. The amount is what they "
        "say they paid, 600, not the invoice's 900.", amount="600.00", currency="EUR", reference="8/2027")


# 69 -- surveyors' office in Savona (Liguria); the transfer was never authorised, 'domani mattina'
def m69():
    rng = random.Random(69)
    o = O["bellini"]
    t_q, t = T("2027-03-03 09:00:00"), T("2027-03-04 17:52:19")
    q = L_paid_claim(o, "Studio Associato Ravera", "2027/007", 610.00, "2027-02-19", "2027-02-18")
    frm = ("Federica Ravera", "federica@studioravera.it")
    own = """Buonasera Marco,

ha ragione, mi scuso: ho controllato adesso e il bonifico era rimasto in stato "da autorizzare" sull'home banking, mio padre non l'aveva mai firmato col token. Lo rifacciamo domani mattina, questa volta lo autorizzo io.

Scusi ancora per il disguido.
Federica Ravera
Studio Associato Ravera – Savona"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("paid_claim", "2027/007"), t, "gmail", parents(rng, o, 4))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(69, "client-reply-promise", hs, root, own,
        "The earlier 'paid' was wrong (the transfer was never authorised); now a promise for 'domani mattina', i.e. "
        "5 March 2027 after a Thursday 4 March Date.", promised_date="2027-03-05", rule=("tomorrow",))


# 70 -- an invoice received by the freelancer (coworking desk), PDF attached
def m70():
    rng = random.Random(70)
    o = O["esposito"]
    t = T("2027-03-01 08:00:12")
    own = """Ciao Chiara,

in allegato trovi la copia di cortesia della fattura n. 2027/0142 relativa alla postazione fissa di febbraio (183,00 € IVA inclusa), con scadenza 10/03/2027. La fattura elettronica è stata trasmessa al Sistema di Interscambio.

Puoi pagare con bonifico a: Spazio Cowork Bari srl – IT74 W030 6904 0011 0000 0009 117.

Grazie!
Amministrazione Spazio Cowork Bari"""
    hs = [("Return-Path", "<amministrazione@spaziocoworkbari.it>"),
          ("From", who("Spazio Cowork Bari", "amministrazione@spaziocoworkbari.it")), ("To", o.email),
          ("Subject", "Fattura n. 2027/0142 - Spazio Cowork Bari"), ("Date", format_datetime(t)),
          ("Message-ID", mid(rng, "other", "spaziocoworkbari.it")), ("MIME-Version", "1.0")]
    root = multi("mixed", [text(own), attach(tiny_pdf("Fattura 2027/0142 Spazio Cowork Bari"), "application/pdf",
                                             "Fattura_2027-0142.pdf")], gb(rng))
    add(70, "other", hs, root, own,
        "An invoice the freelancer received from her own supplier: money she owes, not a reply to her invoice.",
        reply=False)


# 71 -- pizzeria near Treviso (Veneto); 'mi chiami', from an iPhone
def m71():
    rng = random.Random(71)
    o = O["rinaldi"]
    t_q, t = T("2027-01-27 09:00:00"), T("2027-01-28 15:40:33")
    q = L_late_fee(o, "Pizzeria Al Ponte di Sandro Furlan", "2026/128", 427.00, "2026-12-31", "2027-01-27",
                   "2027-02-06")
    frm = ("Sandro Furlan", "pizzeriaalponte@gmail.com")
    own = """Davide mi chiami quando puoi che devo parlarti della fattura, per mail non mi trovo. 347 881 2035 dopo le 15"""
    body = own + "\n\nInviato da iPhone\n\n" + q_apple(t_q, (o.name, o.email), q)
    hs = thread_headers(rng, o, frm, "Re: " + subj("late_fee", "2026/128"), t, "apple", parents(rng, o, 3),
                        extra=IPHONE_X, domain="gmail.com")
    hs = [(k, "1.0 (1.0)" if k == "MIME-Version" else v) for k, v in hs]
    root = text(body, quote_cs=False)
    add(71, "client-reply-other", hs, root, own,
        "He wants to talk about the invoice by phone; nothing says he contests it, has paid or will pay.")


# 72 -- body shop in Benevento (Campania); 'come promesso, fatto oggi', the old promise quoted below
def m72():
    rng = random.Random(72)
    o = O["conti"]
    t_q0 = T("2027-02-15 18:20:00")
    t_q, t = T("2027-02-22 09:00:00"), T("2027-02-26 12:58:07")
    frm = ("Pasquale Iannace", "carrozzeriasannio@gmail.com")
    earlier = """Dottoressa buonasera, lo so che siamo in ritardo, pago entro venerdì 19 senza fallo.
Pasquale"""
    fu = L_promise_followup(o, "Carrozzeria Sannio snc", "2027/014", 488.00, "2027-02-19")
    quoted = fu + "\n\n" + q_gmail(t_q0, frm, earlier).rstrip("\n")
    own = """Come promesso, con una settimana di ritardo lo so, fatto oggi il bonifico. Mi scusi

Pasquale
Carrozzeria Sannio snc – Benevento"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("promise_followup", "2027/014"), t, "gmail",
                        parents(rng, o, 3) + [mid(rng, "gmail"), mid(rng, "mailduns", o.domain)])
    root = gmail_alt(rng, own, t_q, (o.name, o.email), quoted)
    add(72, "client-reply-paid", hs, root, own,
        "'Fatto oggi il bonifico' is a payment made; the old promise 'entro venerdì 19' is only in the quoted "
        "thread and must not make this a promise.")


# 73 -- PEC: notice of non-delivery of the formal notice (errore-consegna)
def m73():
    rng = random.Random(73)
    o = O["bellini"]
    pec_owner = "marco.bellini@pec.it"
    rcpt = "arredamentimontanari@pec.it"
    t = T("2027-03-02 10:15:24")
    s = "Diffida di pagamento e costituzione in mora – fattura n. 2026/59"
    notif = f"""Avviso di mancata consegna

Il giorno 02/03/2027 alle ore 10:15:22 (+0100) nel messaggio
"{s}" proveniente da "{pec_owner}"
ed indirizzato a "{rcpt}"
è stato rilevato un problema che ne impedisce la consegna.
Errore: 5.1.1 - Aruba Pec S.p.A. - casella inesistente
Il messaggio non è stato consegnato.
Identificativo messaggio: opec21021.20270302101520.31544.610.1.62@pec.aruba.it
"""
    daticert = f"""<?xml version="1.0" encoding="UTF-8"?>
<postacert tipo="errore-consegna" errore="no-dest">
  <intestazione>
    <mittente>{pec_owner}</mittente>
    <destinatari tipo="certificato">{rcpt}</destinatari>
    <risposte>{pec_owner}</risposte>
    <oggetto>{s}</oggetto>
  </intestazione>
  <dati>
    <gestore-emittente>ARUBA PEC S.p.A.</gestore-emittente>
    <data zona="+0100">
      <giorno>02/03/2027</giorno>
      <ora>10:15:22</ora>
    </data>
    <identificativo>opec21021.20270302101520.31544.610.1.62@pec.aruba.it</identificativo>
    <msgid>&lt;opec21021.20270302101520.31544.610.1.61@pec.aruba.it&gt;</msgid>
    <consegna>{rcpt}</consegna>
    <errore-esteso>5.1.1 - Aruba Pec S.p.A. - casella inesistente</errore-esteso>
  </dati>
</postacert>
"""
    inner = multi("mixed", [text(notif, cs="iso-8859-1"),
                            attach(daticert.encode(), "application/xml", "daticert.xml")],
                  "----------=_1803986124-31544-11")
    sig = attach(bytes(range(48, 112)) * 4, "application/x-pkcs7-signature", "smime.p7s")
    root = multi("signed", [inner, sig], "----E1A2B3C4D5E6F70819A2B3C4D5E6F708",
                 preamble="This is an S/MIME signed message",
                 params='; protocol="application/x-pkcs7-signature"; micalg="sha-256"')
    hs = [("Return-Path", "<posta-certificata@pec.aruba.it>"), ("Subject", hdr("AVVISO DI MANCATA CONSEGNA: " + s)),
          ("X-Riferimento-Message-ID", "<opec21021.20270302101520.31544.610.1.61@pec.aruba.it>"),
          ("Date", format_datetime(t)), ("Message-ID", "<opec21021.20270302101524.31544.622.1.64@pec.aruba.it>"),
          ("To", pec_owner), ("X-Ricevuta", "errore-consegna"), ("X-VerificaSicurezza", "normale"),
          ("From", "posta-certificata@pec.aruba.it"), ("MIME-Version", "1.0")]
    add(73, "bounce", hs, root, notif,
        "A PEC provider's 'avviso di mancata consegna' (X-Ricevuta: errore-consegna): the formal notice did not "
        "reach a PEC box that does not exist, error 5.1.1, permanent.", reply=False,
        failed_recipient=rcpt, permanent=True)


# 74 -- physiotherapy practice in Modena; the book-keeper comes on Tuesday
def m74():
    rng = random.Random(74)
    o = O["ferri"]
    t_q, t = T("2026-11-25 09:00:00"), T("2026-11-26 12:20:48")
    q = L_late_fee(o, "Studio Fisioterapico Fisiomed", "39/2026", 305.00, "2026-11-18", "2026-11-25", "2026-12-05", fees=False)
    frm = ("Sonia - Fisiomed", "reception@fisiomedmodena.it")
    own = """Buongiorno Giulia,
il dottore ha già dato l'ok, ma i bonifici li fa la ragioniera che passa da noi martedì: glielo faccio fare in quell'occasione, così chiudiamo.
Scusa per l'attesa!

Sonia
Reception Fisiomed – Modena"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("late_fee", "39/2026"), t, "gmail", parents(rng, o, 3))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(74, "client-reply-promise", hs, root, own,
        "The receptionist promises the transfer when the book-keeper comes on Tuesday: Date Thursday 26 November "
        "2026, so Tuesday 1 December.", promised_date="2026-12-01", rule=("weekday", 1))


# 75 -- iCloud vacation reply at a plant nursery near Giarre (Sicilia): 'rientro il 7'
def m75():
    rng = random.Random(75)
    o = O["lombardo"]
    t = T("2026-12-28 10:30:12")
    own = """Salve, sono in ferie con la famiglia, rientro il 7. Per ordini di piante e consegne chiamate in vivaio allo 095 930 4471, per tutto il resto rispondo al rientro.
Buone feste!
Alfio – Vivai Etna Verde"""
    pid = parents(rng, o, 2)
    hs = [("Return-Path", "<vivaietnaverde@icloud.com>"), ("From", "vivaietnaverde@icloud.com"),
          ("To", who(o.name, o.email)), ("Subject", hdr("Auto reply: " + subj("reminder", "37/2026"))),
          ("Date", format_datetime(T("2026-12-28 09:30:12", "+0000"))),
          ("Message-id", f"<{mid(rng, 'tb', 'icloud.com')[1:-1].replace('@', '-vac@')}>"),
          ("In-Reply-To", pid[-1]), ("References", " ".join(pid)),
          ("X-Apple-Criteria", "{kind=VACATION,startDate=2026-12-23T23:00:00Z,endDate=2027-01-06T22:59:59Z}"),
          ("X-Apple-Action", "VACATION"), ("MIME-Version", "1.0")]
    root = text(own, cs="UTF-8", cte="quoted-printable", quote_cs=False)
    add(75, "auto-reply", hs, root, own,
        "iCloud vacation reply sent on 28 December 2026: 'rientro il 7' is the next 7th, 7 January 2027 (the "
        "X-Apple-Criteria end date, 6 January at midnight, agrees).", reply=False, return_date="2027-01-07")


# 76 -- wine estate near Montalcino (Toscana); answers the thank-you for the payment
def m76():
    rng = random.Random(76)
    o = O["moretti"]
    t_q, t = T("2026-12-03 17:00:00"), T("2026-12-04 08:47:30")
    q = L_thank_you(o, "Tenuta Poggio alle Querce società agricola", "30/2026", 2684.00, "2026-12-03")
    frm = ("Federico Landi", "federico@poggioallequerce.it")
    own = """Grazie a te Luca, il video della vendemmia ha avuto un successo incredibile anche alla fiera di Verona.
Ci sentiamo in primavera per le riprese della nuova etichetta!

Federico"""
    hs = thread_headers(rng, o, frm, "Re: " + subj("thank_you", "30/2026"), t, "gmail", parents(rng, o, 3))
    root = gmail_alt(rng, own, t_q, (o.name, o.email), q)
    add(76, "client-reply-other", hs, root, own,
        "A reply to the freelancer's 'payment received' thank-you: the payment is only in the quoted letter; the "
        "client's words are a courtesy.")


# 77 -- the town's treasury bank: mandate paid to the beneficiary (see message 6)
def m77():
    rng = random.Random(77)
    o = O["moretti"]
    t = T("2026-12-14 07:31:55")
    own = """SERVIZIO DI TESORERIA – COMUNE DI PRATOVECCHIO STIA

AVVISO DI PAGAMENTO AL BENEFICIARIO

Beneficiario: MORETTI LUCA
Mandato n. 2318 del 10/12/2026 – esercizio 2026
Importo pagato: EUR 1.500,00
Modalita': bonifico su IT06B0867302801000000812334
Causale: FATT. FPA 3/26 DEL 30/09/2026 VIDEO PROMOZIONALE - SCISSIONE PAGAMENTI ART.17TER
Data esecuzione: 14/12/2026

Comunicazione automatica del Tesoriere dell'Ente. Per informazioni rivolgersi all'Ufficio Ragioneria del Comune."""
    hs = [("Return-Path", "<tesoreria.enti@bancavaldarno.it>"),
          ("From", who("Tesoreria Enti", "tesoreria.enti@bancavaldarno.it")), ("To", o.email),
          ("Subject", "Avviso di pagamento mandato n. 2318/2026 - Comune di Pratovecchio Stia"),
          ("Date", format_datetime(t)), ("Message-ID", mid(rng, "other", "tesoreria.bancavaldarno.it")),
          ("MIME-Version", "1.0")]
    root = text(own, cs="us-ascii", cte="7bit")
    add(77, "payment-notification", hs, root, own,
        "The treasurer bank's notice that the town's mandate was paid to the freelancer: 1.500,00 EUR (net of split "
        "payment IVA) for invoice FPA 3/26.", reply=False, amount="1500.00", currency="EUR", reference="FPA 3/26")


# 78 -- language school in Taranto (Puglia); late delivery, asks a 15% discount
def m78():
    rng = random.Random(78)
    o = O["esposito"]
    t_q, t = T("2027-03-16 09:00:00"), T("2027-03-17 16:06:44")
    q = L_late_fee(o, "Istituto Linguistico Europa srl", "10/2027", 1000.00, "2027-03-10", "2027-03-16", "2027-03-26")
    frm = ("Direzione Istituto Europa", "direzione@istitutoeuropa-taranto.it")
    own = """Gentile dott.ssa Esposito,

la traduzione del catalogo dei corsi estivi ci è stata consegnata con dieci giorni di ritardo rispetto alla data concordata (20 febbraio) e abbiamo dovuto rimandare la stampa, perdendo la prima fiera delle scuole a Lecce.

Per questo Le chiediamo uno sconto del 15% sulla fattura: ci mandi una nota di credito di 150 euro e paghiamo la differenza.

Cordiali saluti
Prof.ssa Daniela Lippolis
Direttrice – Istituto Linguistico Europa, Taranto"""
    hs = thread_headers(rng, o, frm, "R: " + subj("late_fee", "10/2027"), t, "outlook", parents(rng, o, 3),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "direzione@istitutoeuropa-taranto.it",
                       subj("late_fee", "10/2027"), q)
    add(78, "client-reply-dispute", hs, root, own,
        "A discount asked for late delivery, with a credit note of 150: dispute. 'Paghiamo la differenza' depends "
        "on the credit note and gives no day; the 150 is the discount, not a sum paid.")


# 79 -- state school near Bassano (Veneto), the DSGA: 30 days from SDI, by 30/01/2027
def m79():
    rng = random.Random(79)
    o = O["rinaldi"]
    t_q, t = T("2027-01-07 09:00:00"), T("2027-01-08 12:11:19")
    q = L_courtesy(o, "Istituto Comprensivo Statale \"G. Galilei\"", "2026/125", 1200.00, "2026-12-30",
                   "2027-01-29")
    frm = ("DSGA IC Galilei", "viic86500x@istruzione.it")
    own = """Gentile sig. Rinaldi,

La informo che la fattura n. 2026/125 relativa al corso di formazione sulla sicurezza per il personale ATA risulta accettata tramite SDI in data 31/12/2026. Il pagamento sarà effettuato entro la scadenza di legge di 30 giorni, cioè entro il 30/01/2027, con ordinativo di pagamento tramite la piattaforma SIOPE+.

Cordiali saluti
Il Direttore dei Servizi Generali e Amministrativi
Dott.ssa Roberta Pegoraro
Istituto Comprensivo Statale "G. Galilei" – Bassano del Grappa (VI)"""
    hs = thread_headers(rng, o, frm, "R: " + subj("courtesy", "2026/125"), t, "outlook", parents(rng, o, 2),
                        extra=OUTLOOK_X)
    root = outlook_alt(rng, own, t_q, (o.name, o.email), "viic86500x@istruzione.it", subj("courtesy", "2026/125"), q)
    add(79, "client-reply-promise", hs, root, own,
        "A state school promises payment 'entro il 30/01/2027' (thirty days from SDI acceptance); the quoted "
        "courtesy reminder gives a different due date (29 January), and the client's date is the one to take.",
        promised_date="2027-01-30", reference="2026/125")


# 80 -- PEC: delivery receipt of the formal notice (avvenuta-consegna)
def m80():
    rng = random.Random(80)
    o = O["bellini"]
    pec_owner = "marco.bellini@pec.it"
    rcpt = "otticaborsari@pec.it"
    t = T("2027-01-20 09:00:05")
    s = "Diffida di pagamento e costituzione in mora – fattura n. 2026/58"
    notif = f"""Ricevuta di avvenuta consegna

Il giorno 20/01/2027 alle ore 09:00:04 (+0100) il messaggio
"{s}" proveniente da "{pec_owner}"
ed indirizzato a "{rcpt}"
è stato consegnato nella casella di destinazione.
Identificativo messaggio: opec21021.20270120090002.11820.301.1.62@pec.aruba.it
"""
    cover = L_pec_cover(o, "Ottica Borsari sas", "2026/58", 772.00, "2027-02-04")
    postacert = (f"From: \"Per conto di: {pec_owner}\" <posta-certificata@pec.aruba.it>\nTo: {rcpt}\n"
                 f"Subject: {hdr('POSTA CERTIFICATA: ' + s)}\nDate: Wed, 20 Jan 2027 09:00:02 +0100\n"
                 "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: "
                 "quoted-printable\n\n").encode() + quopri.encodestring(cover.encode())
    inner = multi("mixed", [text(notif, cs="iso-8859-1"),
                            raw_part([("Content-Type", 'message/rfc822; name="postacert.eml"'),
                                      ("Content-Disposition", 'inline; filename="postacert.eml"')], postacert)],
                  "----------=_1800432004-11820-7")
    sig = attach(bytes(range(60, 124)) * 4, "application/x-pkcs7-signature", "smime.p7s")
    root = multi("signed", [inner, sig], "----9F1E2D3C4B5A69788796A5B4C3D2E1F0",
                 preamble="This is an S/MIME signed message",
                 params='; protocol="application/x-pkcs7-signature"; micalg="sha-256"')
    hs = [("Return-Path", "<posta-certificata@pec.aruba.it>"), ("Subject", hdr("CONSEGNA: " + s)),
          ("X-Riferimento-Message-ID", "<opec21021.20270120090002.11820.301.1.61@pec.aruba.it>"),
          ("Date", format_datetime(t)), ("Message-ID", "<opec21021.20270120090005.11820.305.1.63@pec.aruba.it>"),
          ("To", pec_owner), ("X-Ricevuta", "avvenuta-consegna"), ("From", "posta-certificata@pec.aruba.it"),
          ("MIME-Version", "1.0")]
    add(80, "other", hs, root, notif,
        "A PEC delivery receipt for the formal notice: proof that it arrived, sent by the provider; not the client's "
        "auto-reply, not a bounce.", reply=False)


# ============================================================================================
# writing and checking

FACT_ORDER = ["promised_date", "return_date", "amount", "currency", "reference", "failed_recipient", "permanent"]
KINDS = ["client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"]
REPLY_PREFIX = re.compile(r"^(Re|R|RE|Rif|RIF|I|AW|RV|Fwd)\s*:", re.I)


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def build():
    for n in range(1, N + 1):
        globals()[f"m{n}"]()
    assert [s["n"] for s in SPECS] == list(range(1, N + 1)), "messages out of order or missing"
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    lines = ["# round20-it: replies to Italian freelancers' invoices, sollecito, ultimo avviso and diffida "
             "(D.Lgs. 231/2002) from PMI, comuni, cooperative, parrocchie and their accountants, plus bank, PEC "
             "and SDI notices, auto-replies and bounces; all in Italian.", ""]
    for s in SPECS:
        name = f"{PREFIX}-{s['n']:04d}.eml"
        (HERE / name).write_bytes(msg_bytes(s["headers"], s["root"]))
        lines.append(f'[files."{name}"]')
        lines.append(f"kind = {toml_str(s['kind'])}")
        lines.append('language = "it"')
        lines.append('split = "dev"')
        for k in FACT_ORDER:
            if k in s["facts"]:
                v = s["facts"][k]
                lines.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        lines.append(f"note = {toml_str(s['note'])}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")


class _Strip(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "head"):
            self.skip += 1
        if tag in ("br", "p", "div", "tr"):
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head") and self.skip:
            self.skip -= 1

    def handle_data(self, d):
        if not self.skip:
            self.out.append(d)


def strip_html(h):
    p = _Strip()
    p.feed(h)
    return "".join(p.out)


def squash(s):
    return "".join(s.split())


def amount_forms(a):
    whole, cents = a.split(".")
    w = int(whole)
    dotted = f"{w:,}".replace(",", ".")
    forms = {f"{dotted},{cents}", f"{whole},{cents}", a}
    if cents == "00":
        forms |= {dotted, whole}
    return forms


def check():
    errors = []
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    names = sorted(p.name for p in HERE.glob(f"{PREFIX}-*.eml"))
    if names != [f"{PREFIX}-{i:04d}.eml" for i in range(1, N + 1)]:
        errors.append("file set is not r20i-0001..0080")
    if sorted(labels) != names:
        errors.append("labels.toml keys do not match the files")
    lo, hi = _dt.date(2026, 11, 1), _dt.date(2027, 3, 31)
    for s in SPECS:
        name = f"{PREFIX}-{s['n']:04d}.eml"
        err = lambda m: errors.append(f"{name}: {m}")
        raw = (HERE / name).read_bytes()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        lab = labels.get(name, {})
        # the label file says what the spec says
        want = {"kind": s["kind"], "language": "it", "split": "dev", "note": s["note"]}
        want.update({k: v for k, v in s["facts"].items() if k in FACT_ORDER})
        if lab != want:
            err(f"labels.toml entry differs: {lab} != {want}")
        if s["kind"] not in KINDS:
            err("unknown kind")
        unknown = set(s["facts"]) - set(FACT_ORDER) - {"rule"}
        if unknown:
            err(f"unknown facts {unknown}")
        # structure and headers
        for part in msg.walk():
            if part.defects:
                err(f"MIME defects {part.defects} in {part.get_content_type()}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                err(f"missing {h}")
            elif getattr(msg[h], "defects", None):
                err(f"header {h} defects {msg[h].defects}")
        t = msg["Date"].datetime
        local = t.date()
        if not (lo <= local <= hi):
            err(f"Date {local} outside 2026-11-01..2027-03-31")
        if t.utcoffset() in (_dt.timedelta(hours=1), _dt.timedelta(hours=2)):
            exp = _italy_offset(t.replace(tzinfo=None))
            if t.utcoffset() != _dt.timedelta(hours=exp) and s["kind"] not in ("bounce",):
                err(f"Italian offset {t.utcoffset()} but CET/CEST says +0{exp}00")
        if s["reply"]:
            if not msg["In-Reply-To"] or not msg["References"]:
                err("reply without In-Reply-To/References")
            if not REPLY_PREFIX.match(str(msg["Subject"])):
                err(f"reply subject without prefix: {msg['Subject']}")
        # every text part decodes strictly in its declared charset
        plains, htmls = [], []
        for part in msg.walk():
            if part.is_multipart() or part.get_content_maintype() != "text":
                continue
            cs = part.get_content_charset() or "us-ascii"
            data = part.get_payload(decode=True)
            try:
                txt = data.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                err(f"{part.get_content_type()} does not decode as {cs}: {e}")
                continue
            if part.get_content_disposition() == "attachment":
                continue
            if txt != part.get_content():
                err("get_content() differs from strict decoding")
            (plains if part.get_content_subtype() == "plain" else htmls).append(txt)
        visible = "\n".join(plains) if plains else "\n".join(strip_html(h) for h in htmls)
        own = s["own"]
        if squash(own) not in squash(visible) and squash(latin(own)) not in squash(visible):
            err("the sender's own text is not found in the decoded body")
        f = s["facts"]
        if "amount" in f:
            if not re.fullmatch(r"\d+\.\d\d", f["amount"]):
                err("amount not normalised")
            if not any(x in own for x in amount_forms(f["amount"])):
                err(f"amount {f['amount']} not in the sender's own words")
        if "currency" in f and not re.search(r"€|\beuro\b|\bEUR\b", own, re.I):
            err("currency EUR but no euro in the own text")
        if "reference" in f and f["reference"] not in own:
            err(f"reference {f['reference']} not in the sender's own words")
        if s["kind"] == "client-reply-promise" or "promised_date" in f:
            if s["kind"] != "client-reply-promise" and "promised_date" in f:
                err("promised_date on a non-promise")
        if "promised_date" in f:
            pd = D(f["promised_date"])
            if not (local <= pd <= local + _dt.timedelta(days=120)):
                err(f"promised_date {pd} not after the Date {local}")
            rule = f.get("rule")
            if rule:
                if rule[0] == "weekday":
                    exp = local + _dt.timedelta(days=(rule[1] - local.weekday() - 1) % 7 + 1)
                elif rule[0] == "monthend":
                    nxt = (local.replace(day=28) + _dt.timedelta(days=4))
                    exp = nxt - _dt.timedelta(days=nxt.day)
                elif rule[0] == "tomorrow":
                    exp = local + _dt.timedelta(days=1)
                if exp != pd:
                    err(f"rule {rule} gives {exp}, label says {pd}")
        if "return_date" in f:
            if s["kind"] != "auto-reply":
                err("return_date on a non auto-reply")
            rd = D(f["return_date"])
            if not (local <= rd <= local + _dt.timedelta(days=60)):
                err(f"return_date {rd} not after the Date {local}")
        if s["kind"] == "bounce":
            if "failed_recipient" not in f or "permanent" not in f:
                err("bounce without failed_recipient/permanent")
            alltext = raw.decode("latin-1") + "\n" + visible
            if f["failed_recipient"] not in alltext:
                err("failed_recipient not in the message")
            codes = set(re.findall(r"(?<![\d.])([45])\.\d{1,3}\.\d{1,3}(?![\d.])", visible))
            if not codes:
                err("no status code in the notice")
            if codes != {"5" if f["permanent"] else "4"}:
                err(f"status classes {codes} vs permanent={f['permanent']}")
        elif "failed_recipient" in f or "permanent" in f:
            err("bounce facts on a non-bounce")
        if s["kind"].startswith("client-reply") and not s["reply"]:
            err("client reply not marked as a reply")
    return errors


def main():
    build()
    errors = check()
    counts = {}
    for s in SPECS:
        counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    for k in KINDS:
        print(f"{k:24s} {counts.get(k, 0)}")
    print(f"{'total':24s} {len(SPECS)}")
    if errors:
        print("\n".join(errors), file=sys.stderr)
        sys.exit(1)
    print("all files re-parsed and checked: OK")


if __name__ == "__main__":
    main()
