#!/usr/bin/env python3
"""round8-conflict: replies with emotion or conflict (it / es / en), written by hand.

Run:  python3 make.py      -> writes r8c-NNNN.eml and labels.toml next to this file, then re-parses them.

Only the MIME plumbing, the quoted reminders (mimicking templates/{it,es,en}) and the HTML skeletons
are generated; every client / bank / server text below was written by hand.
"""
import base64
import datetime as dt
import hashlib
import os
import quopri
import random
import sys
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r8c"
MESSAGES = []          # (raw bytes, labels)

# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------

def D(s, tz):
    """'2026-12-03 09:14' in zone tz -> aware datetime"""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def dom(a):
    a = parseaddr(a)[1] or a
    return a.split("@", 1)[1]


# --------------------------------------------------------------------------------------------
# MIME plumbing: a part is (list of (name, value) headers, body bytes)
# --------------------------------------------------------------------------------------------

def text(s, sub="plain", charset="utf-8", cte="qp", codec=None, flowed=False):
    codec = codec or charset
    try:
        raw = s.encode(codec)
    except UnicodeEncodeError:
        # what a mail client does with characters its charset lacks
        s = s.translate({0x2013: "-", 0x2014: "-", 0x2019: "'", 0x2018: "'", 0x201c: '"', 0x201d: '"',
                         0x20ac: "EUR", 0x2026: "..."})
        raw = s.encode(codec, errors="replace")
    ct = f"text/{sub}; charset=\"{charset}\"" if charset else f"text/{sub}"
    if flowed:
        ct += "; format=flowed"
    if cte == "qp":
        body = quopri.encodestring(raw)
        ctev = "quoted-printable"
    elif cte == "b64":
        body = base64.encodebytes(raw)
        ctev = "base64"
    elif cte == "8bit":
        body = raw
        ctev = "8bit"
    else:
        raw.decode("ascii")
        body = raw
        ctev = "7bit"
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", ctev)], body)


def attach(filename, ctype, data, inline=False):
    disp = "inline" if inline else "attachment"
    return ([("Content-Type", f'{ctype}; name="{filename}"'),
             ("Content-Disposition", f'{disp}; filename="{filename}"'),
             ("Content-Transfer-Encoding", "base64")], base64.encodebytes(data))


_bcount = [0]


def multipart(sub, parts, extra_params=""):
    _bcount[0] += 1
    b = "----=_Part_%d_%s" % (_bcount[0], hashlib.md5(str(_bcount[0]).encode()).hexdigest()[:16])
    out = [b"This is a multi-part message in MIME format.\n"]
    for h, body in parts:
        out.append(b"--" + b.encode() + b"\n")
        for k, v in h:
            out.append(f"{k}: {v}\n".encode())
        out.append(b"\n")
        out.append(body if body.endswith(b"\n") else body + b"\n")
    out.append(b"--" + b.encode() + b"--\n")
    return ([("Content-Type", f'multipart/{sub}; boundary="{b}"{extra_params}')], b"".join(out))


def rfc822(raw):
    return ([("Content-Type", "message/rfc822")], raw)


def build(frm, to, subject, date, part, msgid, cc=None, extra=(), in_reply_to=None, references=None,
          reply_to=None, mime=True):
    h = []
    for k, v in extra:
        if k.lower() in ("received", "return-path", "delivered-to"):
            h.append((k, v))
    h += [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", hdr(subject)), ("Date", format_datetime(date)), ("Message-ID", msgid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    for k, v in extra:
        if k.lower() not in ("received", "return-path", "delivered-to"):
            h.append((k, v))
    if mime:
        h.append(("MIME-Version", "1.0"))
    h += part[0]
    raw = "".join(f"{k}: {v}\n" for k, v in h).encode() + b"\n" + part[1]
    return raw


def add(raw, **labels):
    MESSAGES.append((raw, labels))


# --------------------------------------------------------------------------------------------
# the world: owners, amounts, dates
# --------------------------------------------------------------------------------------------

OWNERS = {
    "alessandra": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it",
                       iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    "davide": dict(name="Davide Marchetti", addr="davide@marchettiweb.it", lang="it",
                   iban="IT02 L123 4512 3451 2345 6789 012", bic="BCITITMM"),
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es",
                  iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
    "iker": dict(name="Iker Etxeberria", addr="iker@etxeberriatraduce.es", lang="es",
                 iban="ES79 2100 0813 6101 2345 6789", bic="CAIXESBBXXX"),
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D"),
    "hannah": dict(name="Hannah Price", addr="hannah@hannahprice.co.uk", lang="en",
                   iban="GB29 NWBK 6016 1331 9268 19", bic="NWBKGB2L"),
}

MONTHS_IT = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MONTHS_EN = "January February March April May June July August September October November December".split()
DAYS_IT = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
DAYS_ES = "lunes martes miércoles jueves viernes sábado domingo".split()
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def d(s):
    return dt.date.fromisoformat(s)


def ldate(lang, s):
    x = d(s)
    if lang == "it":
        return f"{x.day} {MONTHS_IT[x.month-1]} {x.year}"
    if lang == "es":
        return f"{x.day} de {MONTHS_ES[x.month-1]} de {x.year}"
    return f"{x.day} {MONTHS_EN[x.month-1]} {x.year}"


def art_il(s):
    """'il 15 novembre 2026' / "l'8 novembre 2026" / "l'11 ..." """
    x = d(s)
    return ("l'" if x.day in (8, 11) else "il ") + ldate("it", s)


def money(lang, v, cur="EUR"):
    whole, cents = f"{v:,.2f}".split(".")
    if lang in ("it", "es"):
        s = whole.replace(",", ".") + "," + cents
        sym = {"EUR": "€", "GBP": "£", "USD": "US$"}[cur]
        return f"{s} {sym}" if cur == "EUR" else f"{sym} {s}"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{whole}.{cents}"


RATE = {"EUR": 0.1015, "GBP": 0.1175}   # ECB MRO + 8 ; BoE base + 8


def fee_lines(lang, amount, due, today, cur="EUR", comp=40.0):
    days = (d(today) - d(due)).days
    rate = RATE.get(cur, 0.1015)
    interest = round(amount * rate * days / 365, 2)
    tot = round(amount + interest + comp, 2)
    pct = f"{rate*100:.2f}".replace(".", "," if lang != "en" else ".") + "%"
    start = (d(due) + dt.timedelta(days=1)).isoformat()
    if lang == "it":
        return [f"fattura: {money(lang, amount, cur)}",
                f"interessi di mora dal {ldate(lang, start)} al {ldate(lang, today)} ({days} giorni al {pct}): {money(lang, interest, cur)}",
                f"risarcimento forfettario dei costi di recupero: {money(lang, comp, cur)}",
                f"totale: {money(lang, tot, cur)}"], tot
    if lang == "es":
        return [f"factura: {money(lang, amount, cur)}",
                f"intereses de demora del {ldate(lang, start)} al {ldate(lang, today)} ({days} días al {pct}): {money(lang, interest, cur)}",
                f"indemnización por costes de cobro: {money(lang, comp, cur)}",
                f"total: {money(lang, tot, cur)}"], tot
    return [f"invoice: {money(lang, amount, cur)}",
            f"interest from {ldate(lang, start)} to {ldate(lang, today)} ({days} days at {pct}): {money(lang, interest, cur)}",
            f"fixed sum for recovery costs: {money(lang, comp, cur)}",
            f"total: {money(lang, tot, cur)}"], tot


# --------------------------------------------------------------------------------------------
# threads: the mail the client replies to (the invoice mail or a mailduns letter)
# --------------------------------------------------------------------------------------------

class T:
    """One invoice and the message the client is answering.

    step: invoice | courtesy | due | reminder | late_fee | suspension | final | promise_followup
    sent: 'YYYY-MM-DD HH:MM' (owner's zone)
    """

    def __init__(self, owner, client_name, client_addr, inv, amount, due, step, sent, cur="EUR",
                 kind="company", salutation=None, issue=None, deadline=None, fees=None, comp=None,
                 tz=None, promise_date=None, law=None):
        self.o = OWNERS[owner]
        self.lang = self.o["lang"]
        self.client_name, self.client_addr = client_name, client_addr
        self.inv, self.amount, self.due, self.step, self.cur = inv, amount, due, step, cur
        self.kind, self.salutation, self.issue = kind, salutation, issue
        self.tz = tz or {"it": "Europe/Rome", "es": "Europe/Madrid", "en": "Europe/Dublin"}[self.lang]
        if owner == "hannah":
            self.tz = tz or "Europe/London"
        self.sent = D(sent, self.tz)
        self.today = sent[:10]
        self.deadline = deadline or (self.sent.date() + dt.timedelta(days=10)).isoformat()
        self.fees = fees if fees is not None else step in ("late_fee", "final", "suspension")
        if comp is None:
            comp = 40.0
        self.comp = comp
        self.promise_date = promise_date
        self.law = law
        seed = f"{owner}{inv}{step}{sent}"
        self.inv_msgid = mid(seed + "inv", dom(self.o["addr"]))
        self.msgid = self.inv_msgid if step == "invoice" else mid(seed, dom(self.o["addr"]))
        self.subject = self._subject()
        self.text = self._text()

    # -- formatting
    def A(self, v=None):
        return money(self.lang, self.amount if v is None else v, self.cur)

    def dt_(self, s):
        return ldate(self.lang, s)

    def _subject(self):
        L, n = self.lang, self.inv
        s = {
            "it": {"invoice": f"Fattura n. {n}", "courtesy": f"Promemoria: fattura n. {n} in scadenza",
                   "due": f"Promemoria: fattura n. {n}", "reminder": f"Sollecito di pagamento – fattura n. {n}",
                   "late_fee": f"Secondo sollecito – fattura n. {n}", "suspension": f"Fattura n. {n} – possibile sospensione dei servizi",
                   "final": f"Diffida di pagamento – fattura n. {n}", "promise_followup": f"Fattura n. {n} – aggiornamento sul pagamento"},
            "es": {"invoice": f"Factura n.º {n}", "courtesy": f"Recordatorio: la factura n.º {n} vence pronto",
                   "due": f"Recordatorio: factura n.º {n}", "reminder": f"Recordatorio de pago – factura n.º {n}",
                   "late_fee": f"Segundo recordatorio – factura n.º {n}", "suspension": f"Factura n.º {n} – posible suspensión de los servicios",
                   "final": f"Requerimiento de pago – factura n.º {n}", "promise_followup": f"Factura n.º {n} – pago pendiente"},
            "en": {"invoice": f"Invoice {n}", "courtesy": f"Friendly reminder: invoice {n} due soon",
                   "due": f"Reminder: invoice {n}", "reminder": f"Payment reminder – invoice {n}",
                   "late_fee": f"Second reminder – invoice {n}", "suspension": f"Invoice {n} – possible suspension of services",
                   "final": f"Final notice – invoice {n}", "promise_followup": f"Invoice {n} – payment update"},
        }
        return s[L][self.step]

    def _sal(self):
        L, name = self.lang, self.client_name
        if self.salutation:
            return self.salutation
        if L == "it":
            if self.kind == "company" and name:
                return f"Spett.le {name},"
            if self.kind == "person" and name:
                return f"Gentile {name},"
            return "Buongiorno,"
        if L == "es":
            if self.kind == "company":
                return "Estimados señores:"
            if name:
                return f"Buenos días, {name}:"
            return "Buenos días:"
        if self.kind == "person" and name:
            return f"Dear {name},"
        if self.kind == "company":
            return "Dear Accounts Team,"
        return "Hello,"

    def _pay(self):
        o, L = self.o, self.lang
        if L == "it":
            return (f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n"
                    f"- BIC: {o['bic']}\n- causale: Fattura {self.inv}\n")
        if L == "es":
            return (f"Datos para el pago:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n"
                    f"- BIC: {o['bic']}\n- concepto: Factura {self.inv}\n")
        return (f"Payment details:\n- Account name: {o['name']}\n- IBAN: {o['iban']}\n"
                f"- BIC (SWIFT): {o['bic']}\n- Payment reference: {self.inv}\n")

    def _fees(self):
        if not self.fees:
            return "", None
        L = self.lang
        lines, tot = fee_lines(L, self.amount, self.due, self.today, self.cur, self.comp)
        if L == "it":
            head = ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
                    "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
                    "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
                    "percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di "
                    f"{money(L, self.comp)} a titolo di risarcimento dei costi di recupero (art. 6).\n\n"
                    "Ad oggi l'importo dovuto è il seguente:\n")
        elif L == "es":
            head = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que "
                    "se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). "
                    "Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo "
                    "legal: el tipo del Banco Central Europeo para sus operaciones principales de financiación más ocho "
                    "puntos porcentuales, actualmente el 10,15% anual (arts. 5 y 7). A la deuda se añade, además, una "
                    f"cantidad fija de {money(L, self.comp)} en concepto de indemnización por costes de cobro (art. 8).\n\n\n"
                    "A día de hoy, el importe adeudado es el siguiente:\n")
        elif self.law == "GB" or self.cur == "GBP":
            head = ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                    "applies: statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank "
                    "of England base rate in force when the debt fell due), and a fixed sum of "
                    f"{money(L, self.comp, self.cur)} is due for the costs of recovering the debt (section 5A).\n\n"
                    f"The amount due as at {ldate(L, self.today)} (interest continues to run until payment) is:\n")
        elif self.law == "IE":
            head = ("As this is a commercial transaction, the European Communities (Late Payment in Commercial "
                    "Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date "
                    "at 10.15% a year (the European Central Bank's main refinancing rate plus 8 percentage points), and "
                    f"{money(L, self.comp, self.cur)} is due as compensation for recovery costs (Regulation 9).\n\n"
                    f"The amount due as at {ldate(L, self.today)} (interest continues to run until payment) is:\n")
        else:
            head = ("As this is a commercial transaction, the legislation implementing EU Directive 2011/7/EU on combating "
                    "late payment applies: statutory interest for late payment runs from the day after the due date at "
                    "the European Central Bank's main refinancing rate plus 8 percentage points (currently 10.15% a year), "
                    f"and a fixed sum of {money(L, self.comp, self.cur)} is due as compensation for recovery costs.\n\n"
                    f"The amount due as at {ldate(L, self.today)} (interest continues to run until payment) is:\n")
        return head + "".join(f"- {x}\n" for x in lines) + "\n", tot

    def _text(self):
        L, s = self.lang, self.step
        o = self.o
        A, due, dl = self.A(), self.dt_(self.due), self.dt_(self.deadline)
        fees, tot = self._fees()
        sal = self._sal()
        pay = self._pay()
        n = self.inv
        if L == "it":
            due_il = art_il(self.due)
            dl_il = art_il(self.deadline)
            if s == "invoice":
                return (f"{sal}\n\nin allegato la fattura n. {n} di {A} relativa al lavoro concluso, con scadenza {due_il}.\n\n"
                        f"{pay}\nGrazie e buona giornata,\n{o['name']}\n")
            if s == "courtesy":
                return (f"{sal}\n\nun breve promemoria: la fattura n. {n} di {A} è in scadenza {due_il}.\n\n"
                        "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                        f"{pay}\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{o['name']}\n")
            if s == "due":
                return (f"{sal}\n\nun promemoria: la fattura n. {n} di {A} è scaduta {due_il}. Se il pagamento non è ancora stato "
                        "disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                        "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                        f"{pay}\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{o['name']}\n")
            if s == "reminder":
                return (f"{sal}\n\nda un controllo la fattura n. {n} di {A}, scaduta {due_il}, risulta ancora da saldare. Potrebbe "
                        "trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                        f"{fees}Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                        "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                        "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                        f"{pay}\nCordiali saluti,\n{o['name']}\n")
            if s == "late_fee":
                days = (d(self.today) - d(self.due)).days
                return (f"{sal}\n\nla fattura n. {n} di {A}, scaduta {due_il}, risulta ancora da saldare: sono trascorsi {days} "
                        f"giorni dalla scadenza.\n\n{fees}Chiedo cortesemente di provvedere al pagamento"
                        f"{' dell’importo totale' if tot else ''} entro {dl_il}. Se il pagamento è già stato disposto, basta "
                        "rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di "
                        "pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                        f"{pay}\nCordiali saluti,\n{o['name']}\n").replace("’", "'")
            if s == "suspension":
                sd = (d(self.deadline) + dt.timedelta(days=1)).isoformat()
                return (f"{sal}\n\ntorno a scrivere in merito alla fattura n. {n} di {A}, scaduta {due_il}, che risulta ancora da "
                        f"saldare.\n\n{fees}In mancanza del pagamento entro {dl_il}, dal {ldate('it', sd)} potrebbe essere "
                        "necessario sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. "
                        "Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo "
                        f"concordare una soluzione; basta rispondere a questa email.\n\n{pay}\nCordiali saluti,\n{o['name']}\n")
            if s == "final":
                return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {n}\n\n{sal}\n\n"
                        f"la fattura n. {n} di {A}, scaduta {due_il}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                        f"{fees}Con la presente chiedo formalmente il pagamento "
                        f"{'dell' + chr(39) + 'importo totale sopra indicato' if tot else 'di ' + A} entro {dl_il}. La presente "
                        "vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, "
                        "anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                        "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle "
                        "sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a "
                        "carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, "
                        "sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                        "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi "
                        f"la data del bonifico, così da poterlo verificare.\n\n{pay}\nCordiali saluti,\n{o['name']}\n")
            if s == "promise_followup":
                pd = f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {n} di {A} sarebbe stato effettuato entro {art_il(self.promise_date)}." if self.promise_date else f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {n} di {A}, scaduta {due_il}."
                return (f"{sal}\n\n{pd}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta "
                        "rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di "
                        f"farmi sapere entro quando posso aspettarlo.\n\n{pay}\nCordiali saluti,\n{o['name']}\n")
        if L == "es":
            if s == "invoice":
                return (f"{sal}\n\nAdjunto la factura n.º {n} de {A}, con vencimiento el {due}.\n\n{pay}\nGracias y un saludo,\n{o['name']}\n")
            if s == "courtesy":
                return (f"{sal}\n\nUn breve recordatorio: la factura n.º {n} de {A} vence el {due}.\n\n"
                        f"Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n{pay}\n"
                        f"Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{o['name']}\n")
            if s == "due":
                return (f"{sal}\n\nLa factura n.º {n} de {A} venció el {due} y, según mis registros, el pago aún no consta. "
                        "Agradecería que se tramitara en los próximos días.\n\n"
                        f"Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n{pay}\n"
                        f"Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{o['name']}\n")
            if s == "reminder":
                return (f"{sal}\n\nRevisando mis cuentas, veo que la factura n.º {n} de {A}, vencida el {due}, sigue pendiente de "
                        "pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea "
                        f"posible.\n\n{fees}Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder "
                        "indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema "
                        f"con la factura, podemos aclararlo por esta misma vía.\n\n{pay}\nUn cordial saludo,\n{o['name']}\n")
            if s == "late_fee":
                days = (d(self.today) - d(self.due)).days
                return (f"{sal}\n\nLa factura n.º {n} de {A} venció el {due}, hace {days} días, y sigue pendiente de pago.\n\n"
                        f"{fees}Ruego que el pago de {money(L, tot) if tot else A} se realice a más tardar el {dl}. Si ya está "
                        "en curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún "
                        "problema con la factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n"
                        f"{pay}\nUn cordial saludo,\n{o['name']}\n")
            if s == "suspension":
                sd = (d(self.deadline) + dt.timedelta(days=1)).isoformat()
                return (f"{sal}\n\nVuelvo a ponerme en contacto en relación con la factura n.º {n} de {A}, vencida el {due} y "
                        f"todavía pendiente de pago.\n\n{fees}Si para el {dl} no se ha recibido el pago de "
                        f"{money(L, tot) if tot else A}, a partir del {ldate('es', sd)} podría verme en la necesidad de "
                        "suspender los trabajos en curso y la prestación de los servicios contratados hasta que se regularice "
                        "la situación. Si existe alguna dificultad (por ejemplo, si es necesario fraccionar el pago), basta con "
                        f"responder a este correo y buscaremos una solución.\n\n{pay}\nUn cordial saludo,\n{o['name']}\n")
            if s == "final":
                return (f"Asunto: Requerimiento de pago de la factura n.º {n}\n\n{sal}\n\n"
                        f"La factura n.º {n} venció el {due} y, pese a los recordatorios enviados anteriormente, sigue "
                        f"pendiente de pago por un importe de {A}.\n\n{fees}"
                        "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago "
                        f"de {money(L, tot) if tot else A} a más tardar el {dl}"
                        f"{', más los intereses de demora que se devenguen hasta la fecha del pago' if tot else ''}.\n\n"
                        "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                        "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                        "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                        "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                        f"responder a este correo.\n\nSi para el {dl} no se ha recibido el pago ni hemos llegado a un acuerdo, "
                        "tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento "
                        "monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los últimos días, "
                        "muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con la fecha "
                        f"de la transferencia.\n\n{pay}\nAtentamente,\n{o['name']}\n")
            if s == "promise_followup":
                pd = (f"Según su último mensaje, el pago de la factura n.º {n} de {A} se realizaría a más tardar el "
                      f"{self.dt_(self.promise_date)}; gracias de nuevo por la información.") if self.promise_date else (
                      f"Gracias de nuevo por la información sobre el pago de la factura n.º {n} de {A}, vencida el {due}.")
                return (f"{sal}\n\n{pd}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: "
                        "basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería "
                        f"útil saber para cuándo puedo contar con él.\n\n{pay}\nUn cordial saludo,\n{o['name']}\n")
        # English
        signoff = "Kind regards,"
        if s == "invoice":
            return (f"{sal}\n\nPlease find attached invoice {n} for {A}, due on {due}.\n\n{pay}\nMany thanks,\n{o['name']}\n")
        if s == "courtesy":
            return (f"{sal}\n\nThis is a friendly reminder that invoice {n} for {A} is due for payment on {due}.\n\n"
                    f"If payment is already on its way, thank you, and please disregard this message.\n\n{pay}\n"
                    f"If you have any questions, just reply to this email.\n\n{signoff}\n{o['name']}\n")
        if s == "due":
            return (f"{sal}\n\nThis is a quick reminder that invoice {n} for {A} was due for payment on {due}. If it has not "
                    "been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
                    f"If you have already paid, thank you, and please disregard this reminder.\n\n{pay}\n"
                    f"If you have any questions, just reply to this email.\n\n{signoff}\n{o['name']}\n")
        if s == "reminder":
            return (f"{sal}\n\nAccording to my records, invoice {n} for {A}, due on {due}, has not yet been paid. It may simply "
                    "have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                    f"{fees}If you have already paid, thank you – please let me know the payment date so that I can update my "
                    "records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
                    f"{pay}\n{signoff}\n{o['name']}\n")
        if s == "late_fee":
            days = (d(self.today) - d(self.due)).days
            return (f"{sal}\n\nInvoice {n} for {A}, due on {due}, is now {days} days overdue.\n\n{fees}Please arrange payment"
                    f"{' of the total above' if tot else ''} by {dl}. If payment is already on its way, thank you – please let "
                    "me know the date it was made. If there is a problem with the invoice or with the timing, please reply to "
                    f"this email and we can find a solution.\n\n{pay}\n{signoff}\n{o['name']}\n")
        if s == "suspension":
            sd = (d(self.deadline) + dt.timedelta(days=1)).isoformat()
            return (f"{sal}\n\nI am writing again about invoice {n} for {A}, which was due on {due} and remains unpaid.\n\n"
                    f"{fees}If payment{' of the total above' if tot else ''} is not received by {dl}, I may have to suspend "
                    f"work in progress and any services I provide to you from {ldate('en', sd)} until the account is settled. "
                    "If something is making payment difficult – for example, if you need to pay in instalments – please reply "
                    f"to this email and we can agree a solution.\n\n{pay}\n{signoff}\n{o['name']}\n")
        if s == "final":
            formal = "Yours sincerely," if self.kind == "person" else "Yours faithfully,"
            sal2 = sal if self.kind == "person" else "Dear Sir or Madam,"
            head = (f"Final notice before debt recovery\n\nTo: {self.client_name}\nDate: {ldate('en', self.today)}\n"
                    f"Invoice: {n}, due on {due}\n"
                    + (f"Amount due: {money(L, tot, self.cur)} (as at {ldate('en', self.today)}; details below)\n" if tot else f"Amount due: {A}\n")
                    + f"Payment deadline: {dl}\n\n")
            return (head + f"{sal2}\n\nDespite my previous reminders, invoice {n} for {A}, which was due for payment on {due}, "
                    f"remains unpaid.\n\n{fees}I therefore formally request payment of {'the total above' if tot else A} by {dl}.\n\n"
                    "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
                    "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court "
                    f"proceedings{', in which I would also claim the interest accrued and my reasonable costs of recovery, as the law allows' if tot else ''}.\n\n"
                    "I would much rather resolve this with you directly. If there is a reason for the delay, or if you would "
                    f"like to propose a payment plan, please reply to this email before {dl}.\n\n"
                    "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would "
                    f"help if you could let me know the payment date so that I can update my records.\n\n{pay}\n{formal}\n{o['name']}\n")
        if s == "promise_followup":
            pd = (f"Thank you for letting me know that invoice {n} for {A} would be paid by {self.dt_(self.promise_date)}."
                  if self.promise_date else f"Thank you for your earlier message about invoice {n} for {A}, which was due on {due}.")
            return (f"{sal}\n\n{pd}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let me "
                    "know the date it was made. If you need a little more time, could you let me know when I can expect it?\n\n"
                    f"{pay}\n{signoff}\n{o['name']}\n")
        raise ValueError(s)


# --------------------------------------------------------------------------------------------
# quoting
# --------------------------------------------------------------------------------------------

def _short_it(x):
    return ["lun", "mar", "mer", "gio", "ven", "sab", "dom"][x.weekday()] + f" {x.day} " + MONTHS_IT[x.month-1][:3] + f" {x.year}"


def _short_es(x):
    return ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][x.weekday()] + f", {x.day} " + MONTHS_ES[x.month-1][:3] + f" {x.year}"


def _short_en(x):
    return DAYS_EN[x.weekday()][:3] + f", {x.day} " + MONTHS_EN[x.month-1][:3] + f" {x.year}"


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def quote(th, style, lang=None):
    """The quoted original under a reply, in the client's mail program's style."""
    L = lang or th.lang
    x, o = th.sent, th.o
    hm = x.strftime("%H:%M")
    if style == "none":
        return ""
    if style == "gmail":
        if L == "it":
            a = f"Il giorno {_short_it(x)} alle ore {hm} {o['name']} <{o['addr']}> ha scritto:"
        elif L == "es":
            a = f"El {_short_es(x)}, {x.hour}:{x.minute:02d}, {o['name']} (<{o['addr']}>) escribió:"
        else:
            a = f"On {_short_en(x)} at {hm}, {o['name']} <{o['addr']}> wrote:"
        return "\n\n" + a + "\n\n" + gt(th.text)
    if style == "apple":
        if L == "it":
            a = f"> Il giorno {x.day} {MONTHS_IT[x.month-1][:3]} {x.year}, alle ore {hm}, {o['name']} <{o['addr']}> ha scritto:"
        elif L == "es":
            a = f"> El {x.day} {MONTHS_ES[x.month-1][:3]} {x.year}, a las {hm}, {o['name']} <{o['addr']}> escribió:"
        else:
            a = f"> On {x.day} {MONTHS_EN[x.month-1][:3]} {x.year}, at {hm}, {o['name']} <{o['addr']}> wrote:"
        return "\n\n" + a + "\n> \n" + gt(th.text)
    if style == "outlook":
        to = addr(th.client_name, th.client_addr) if th.client_name else th.client_addr
        if L == "it":
            w = f"{DAYS_IT[x.weekday()]} {x.day} {MONTHS_IT[x.month-1]} {x.year} {hm}"
            blk = f"Da: {o['name']} <{o['addr']}>\nInviato: {w}\nA: {th.client_addr}\nOggetto: {th.subject}\n"
        elif L == "es":
            w = f"{DAYS_ES[x.weekday()]}, {x.day} de {MONTHS_ES[x.month-1]} de {x.year} {x.hour}:{x.minute:02d}"
            blk = f"De: {o['name']} <{o['addr']}>\nEnviado: {w}\nPara: {th.client_addr}\nAsunto: {th.subject}\n"
        else:
            h12 = x.strftime("%I:%M %p").lstrip("0")
            w = f"{DAYS_EN[x.weekday()]}, {MONTHS_EN[x.month-1]} {x.day}, {x.year} {h12}"
            blk = f"From: {o['name']} <{o['addr']}>\nSent: {w}\nTo: {th.client_addr}\nSubject: {th.subject}\n"
        return "\n\n________________________________\n" + blk + "\n" + th.text
    if style == "outlook-orig":
        # old Outlook / Lotus style
        if L == "it":
            return (f"\n\n-----Messaggio originale-----\nDa: {o['addr']} [mailto:{o['addr']}]\n"
                    f"Inviato: {DAYS_IT[x.weekday()]} {x.day} {MONTHS_IT[x.month-1]} {x.year} {hm}\nA: {th.client_addr}\n"
                    f"Oggetto: {th.subject}\n\n" + th.text)
        if L == "es":
            return (f"\n\n-----Mensaje original-----\nDe: {o['name']} [mailto:{o['addr']}]\n"
                    f"Enviado el: {DAYS_ES[x.weekday()]}, {x.day} de {MONTHS_ES[x.month-1]} de {x.year} {hm}\nPara: {th.client_addr}\n"
                    f"Asunto: {th.subject}\n\n" + th.text)
        return (f"\n\n-----Original Message-----\nFrom: {o['name']} <{o['addr']}>\n"
                f"Sent: {x.day:02d} {MONTHS_EN[x.month-1]} {x.year} {hm}\nTo: {th.client_addr}\nSubject: {th.subject}\n\n" + th.text)
    raise ValueError(style)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unwrap(p):
    """the lines of a paragraph as a mail composer holds them: prose re-joined, short lines kept"""
    out = []
    for l in p.split("\n"):
        if out and len(out[-1][-1]) >= 60 and l.strip():
            out[-1].append(l)
        else:
            out.append([l])
    return [" ".join(x) for x in out]


def html_paras(s):
    out = []
    for p in s.strip("\n").split("\n\n"):
        out.append("<div>" + "<br>\n".join(esc(l) for l in unwrap(p)) + "</div>")
    return "\n<div><br></div>\n".join(out)


def html_quote(th, style, lang=None):
    L = lang or th.lang
    x, o = th.sent, th.o
    hm = x.strftime("%H:%M")
    if style == "none":
        return ""
    if style in ("gmail", "apple"):
        if L == "it":
            a = f"Il giorno {_short_it(x)} alle ore {hm} {esc(o['name'])} &lt;<a href=\"mailto:{o['addr']}\">{o['addr']}</a>&gt; ha scritto:"
        elif L == "es":
            a = f"El {_short_es(x)}, {x.hour}:{x.minute:02d}, {esc(o['name'])} (&lt;<a href=\"mailto:{o['addr']}\">{o['addr']}</a>&gt;) escribió:"
        else:
            a = f"On {_short_en(x)} at {hm}, {esc(o['name'])} &lt;<a href=\"mailto:{o['addr']}\">{o['addr']}</a>&gt; wrote:"
        return ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + a + '<br></div>'
                '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                + html_paras(th.text) + "</blockquote></div>")
    # outlook html
    if L == "it":
        lab = ("Da:", "Inviato:", "A:", "Oggetto:")
        w = f"{DAYS_IT[x.weekday()]} {x.day} {MONTHS_IT[x.month-1]} {x.year} {hm}"
    elif L == "es":
        lab = ("De:", "Enviado:", "Para:", "Asunto:")
        w = f"{DAYS_ES[x.weekday()]}, {x.day} de {MONTHS_ES[x.month-1]} de {x.year} {x.hour}:{x.minute:02d}"
    else:
        lab = ("From:", "Sent:", "To:", "Subject:")
        w = f"{DAYS_EN[x.weekday()]}, {MONTHS_EN[x.month-1]} {x.day}, {x.year} {x.strftime('%I:%M %p').lstrip('0')}"
    return ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%" tabindex="-1">'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            f'<b>{lab[0]}</b> {esc(o["name"])} &lt;{o["addr"]}&gt;<br><b>{lab[1]}</b> {w}<br><b>{lab[2]}</b> {th.client_addr}<br>'
            f'<b>{lab[3]}</b> {esc(th.subject)}</font><div>&nbsp;</div></div>'
            '<div><p>' + "</p><p>".join("<br>".join(esc(l) for l in p.split("\n")) for p in th.text.strip().split("\n\n")) + "</p></div>")


def html_doc(inner, outlook=False, lang="it", charset="utf-8"):
    if outlook:
        return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
                'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Calibri";}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                '--></style>\n</head>\n<body lang="' + {"it": "IT", "es": "ES", "en": "EN-GB"}[lang] +
                '" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + inner + '\n</div>\n</body>\n</html>\n')
    return '<div dir="ltr">' + inner + "</div>\n"


def outlook_paras(s):
    lines = []
    for p in s.strip("\n").split("\n\n"):
        if lines:
            lines.append("")
        lines += unwrap(p)
    return "\n".join('<p class="MsoNormal">' + (esc(l) if l.strip() else "&nbsp;") + "</p>" for l in lines)


# --------------------------------------------------------------------------------------------
# the reply builder
# --------------------------------------------------------------------------------------------

def reply(th, body, *, date, tz=None, frm=None, to=None, cc=None, prefix="Re: ", subject=None, quote_style="gmail",
          fmt="plain", charset="utf-8", cte="qp", codec=None, attachments=(), extra=(), quote_lang=None,
          refs=True, flowed=False, seed="", labels):
    """fmt: plain | alt (plain+html) | html (html only) | outlook-alt | outlook-html"""
    tz = tz or th.tz
    dte = D(date, tz)
    assert dte > th.sent, (th.inv, date, th.sent)
    frm = frm or addr(th.client_name if th.kind == "person" else None, th.client_addr)
    to = to or addr(th.o["name"], th.o["addr"])
    subj = subject if subject is not None else prefix + th.subject
    fromaddr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    msgid = mid(f"{seed}{date}{body[:40]}{th.inv}", dom(fromaddr))
    plain = body.rstrip("\n") + "\n" + quote(th, quote_style if quote_style != "html" else "gmail", quote_lang)
    if fmt == "plain":
        part = text(plain, charset=charset, cte=cte, codec=codec, flowed=flowed)
    else:
        if fmt.startswith("outlook"):
            inner = outlook_paras(body) + "\n" + (html_quote(th, "outlook", quote_lang) if quote_style != "none" else "")
            h = html_doc(inner, outlook=True, lang=th.lang, charset=charset)
        else:
            inner = html_paras(body) + (html_quote(th, quote_style, quote_lang) if quote_style != "none" else "")
            h = html_doc(inner)
        hp = text(h, sub="html", charset=charset, cte=cte, codec=codec)
        if fmt in ("html", "outlook-html"):
            part = hp
        else:
            part = multipart("alternative", [text(plain, charset=charset, cte=cte, codec=codec), hp])
    if attachments:
        part = multipart("mixed", [part] + [attach(*a) for a in attachments])
    irt = th.msgid if refs else None
    refs_v = (th.inv_msgid + " " + th.msgid if th.inv_msgid != th.msgid else th.msgid) if refs else None
    raw = build(frm, to, subj, dte, part, msgid, cc=cc, extra=extra, in_reply_to=irt, references=refs_v)
    labels.setdefault("language", th.lang)
    add(raw, **labels)
    return raw


def plainmail(frm, to, subject, date, tz, part, *, extra=(), cc=None, seed="", irt=None, refs=None, labels):
    fromaddr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    if "@" not in fromaddr:
        fromaddr = "x@" + fromaddr
    msgid = mid(seed + subject + date, dom(fromaddr))
    raw = build(frm, to, subject, D(date, tz), part, msgid, cc=cc, extra=extra, in_reply_to=irt, references=refs)
    add(raw, **labels)
    return raw


FAKE_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
FAKE_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
FAKE_JPG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9"


def pdf(name):
    return (name, "application/pdf", FAKE_PDF + name.encode())


def png(name):
    return (name, "image/png", FAKE_PNG)


def jpg(name):
    return (name, "image/jpeg", FAKE_JPG)


# ============================================================================================
# messages are defined in the functions below (one per language / family)
# ============================================================================================

def B(s):
    """hand-written body: strip the first newline of a triple-quoted literal"""
    return s[1:] if s.startswith("\n") else s


GDPR_IT = B("""
--
Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate
esclusivamente al destinatario indicato. Qualora lo abbiate ricevuto per errore, vi preghiamo di
darne notizia al mittente e di cancellarlo. Ai sensi del Regolamento UE 2016/679 (GDPR) i dati
personali sono trattati per le sole finalità connesse al rapporto commerciale.
""")

LOPD_ES = B("""
AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario,
pudiendo contener información confidencial sometida a secreto profesional. No está permitida su
comunicación, reproducción o distribución sin la autorización expresa del remitente. De conformidad
con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus
datos forman parte de un fichero cuyo responsable es el remitente, con la finalidad de mantener la
relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición
escribiendo a la dirección del remitente.
""")

DISCLAIMER_EN = B("""
This email and any attachments are confidential and intended solely for the addressee. If you have
received it in error please notify the sender and delete it. Registered in England and Wales.
Please consider the environment before printing this email.
""")


def italian():
    # ---------------------------------------------------------------- paid
    th = T("alessandra", "Tipografia Colombo srl", "amministrazione@tipografiacolombo.it", "38/2026", 915.00,
           "2026-11-30", "reminder", "2026-12-07 09:00")
    reply(th, B("""
Alessandra,
il bonifico è partito venerdì scorso, dovresti vederlo a giorni.

Detto questo, ti dico francamente che il tono di questo sollecito mi ha dato parecchio fastidio.
Lavoriamo insieme da cinque anni, ti abbiamo sempre pagata, e ricevere una mail che sembra scritta da
un ufficio recupero crediti per sette giorni di ritardo non è bello. La prossima volta alza il telefono.

Marco

--
Marco Colombo
Tipografia Colombo srl
Via Cavour 14 – 20900 Monza (MB)
Tel. 039 232 1187
"""), date="2026-12-07 11:42", frm="Marco Colombo <marco@tipografiacolombo.it>",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="Says the transfer left last Friday; the long complaint about the reminder's tone does not contest the invoice. Paid."))

    th = T("davide", "Ristorante Da Gino di Esposito Luigi", "info@ristorantedagino.it", "44/2026", 1464.00,
           "2026-12-10", "final", "2027-01-12 08:30")
    reply(th, B("""
Vergognatevi. Mandare una diffida con gli interessi a un ristorante sotto le feste, dopo che vi abbiamo
dato lavoro per tutto l'anno.
Comunque vi ho pagato oggi pomeriggio, 1.464,00 euro, la contabile è in allegato. Gli interessi e i 40
euro ve li potete scordare, e da adesso il sito me lo faccio fare da mio nipote.

Luigi Esposito
Ristorante Da Gino
"""), date="2027-01-12 19:03", frm="Luigi Esposito <info@ristorantedagino.it>",
          attachments=[pdf("contabile_bonifico_12012027.pdf")], quote_style="none",
          labels=dict(kind="client-reply-dispute", split="dev", amount="1464.00",
                      note="Paid the invoice amount (1,464.00, receipt attached) but explicitly refuses the interest and the EUR 40 claimed in the final notice: payment of part + dispute of the rest = dispute."))

    th = T("alessandra", "Sonia Ricci", "sonia.ricci71@libero.it", "41/2026", 280.00, "2026-11-20", "reminder",
           "2026-12-04 08:30", kind="person")
    reply(th, B("""
HO GIÀ PAGATO IL 1° DICEMBRE!!!! CONTROLLATE PRIMA DI SCRIVERE ALLA GENTE, CHE MI È VENUTO UN
COLPO.
SONIA

Inviato da iPhone
"""), date="2026-12-04 08:51", quote_style="apple", flowed=True,
          labels=dict(kind="client-reply-paid", split="dev",
                      note="All caps, angry: already paid on 1 December. The date is a payment date, not a promise."))

    th = T("davide", "Bonetti Infissi snc", "amministrazione@bonettiinfissi.it", "29/2026", 610.00, "2026-11-15",
           "late_fee", "2026-12-09 09:15")
    reply(th, B("""
Buongiorno,

scrivo per conto della Bonetti Infissi snc, di cui il nostro Studio cura la contabilità.
Vi confermo che il bonifico di € 610,00 a saldo della Vs. fattura n. 29/2026 è stato eseguito in data
5 dicembre u.s. (CRO 0306912345678901). Il ritardo è dovuto a un disguido interno, del quale ci
scusiamo con Voi.

Restiamo a disposizione per eventuali verifiche.

Cordiali saluti

Rag. Bruna Ferrario
Studio Ferrario – Consulenza fiscale e del lavoro
Via Mazzini 33, 25121 Brescia
Tel. 030 377 2210
""") + GDPR_IT, date="2026-12-10 10:12", frm="Studio Ferrario <segreteria@studioferrario.it>",
          cc="amministrazione@bonettiinfissi.it", prefix="R: ", quote_style="outlook", charset="iso-8859-1",
          codec="cp1252",
          labels=dict(kind="client-reply-paid", split="dev", amount="610.00", reference="29/2026",
                      note="The client's accountant confirms the transfer was executed on 5 December; iso-8859-1 declared with a Windows-1252 euro sign."))

    th = T("alessandra", "Chiara Benedetti", "chiara.benedetti@gmail.com", "36/2026", 350.00, "2026-11-30",
           "suspension", "2027-01-08 18:00", kind="person", fees=False)
    reply(th, B("""
Alessandra scusami, scusami davvero. Ho letto la tua mail e mi sono messa a piangere perché hai
ragione su tutto. Mio papà è in ospedale da fine novembre, ho perso la testa e le fatture sono finite
in fondo alla pila.
Ti ho appena fatto il bonifico istantaneo dall'app, dovresti già vederlo. Non sospendere niente ti
prego, il sito mi serve per i saldi.

Un abbraccio e scusa ancora
Chiara

Inviato da iPhone
"""), date="2027-01-08 23:47", cte="b64", quote_style="apple",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="Apologetic, in tears; 'ti ho appena fatto il bonifico istantaneo' = paid. The plea not to suspend is not a dispute. Base64 body."))

    th = T("davide", "Roberta Fiore", "roberta@pasticceriafiore.it", "47/2026", 1830.00, "2026-12-15", "reminder",
           "2026-12-22 09:00", kind="person")
    reply(th, B("""
Pagato, 1.830 euro, stamattina. Così almeno la smetti di scrivermi.

Ma ci tengo a dirti che il sito doveva essere online a ottobre ed è andato online il 30 novembre:
abbiamo perso tutto il periodo dei panettoni con gli ordini online. Di questo parlerò nella
recensione che ti lascerò su Google, perché è giusto che la gente lo sappia.

Roberta Fiore
Pasticceria Fiore – dal 1962
"""), date="2026-12-22 15:10",
          labels=dict(kind="client-reply-paid", split="dev", amount="1830.00",
                      note="Paid in full this morning; complains about late delivery and threatens a bad review but does not contest or withhold anything: paid, not dispute."))

    th = T("alessandra", "Edilnova srl", "amministrazione@edilnova.it", "45/2026", 2440.00, "2026-12-31", "final",
           "2027-01-20 09:00")
    fwd = B("""
Ecco la contabile. Adesso spero che la smettiate con le diffide.

G. Moretti

-----Messaggio originale-----
Da: Intesa Sanpaolo <notifiche@intesasanpaolo.com>
Inviato: mercoledì 20 gennaio 2027 17:32
A: g.moretti@edilnova.it
Oggetto: Disposizione bonifico eseguita

Gentile Cliente,
ti informiamo che il bonifico da te disposto tramite Internet Banking è stato eseguito.

Ordinante: EDILNOVA SRL
Beneficiario: ROSSI ALESSANDRA
IBAN beneficiario: IT60X0542811101000000123456
Importo: 2.440,00 EUR
Causale: SALDO FT 45/2026
Data esecuzione: 20/01/2027
CRO/TRN: 0306945612378901

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Intesa Sanpaolo S.p.A.
""")
    reply(th, fwd, date="2027-01-21 08:05", frm="Gianfranco Moretti <g.moretti@edilnova.it>",
          subject="I: Disposizione bonifico eseguita", quote_style="none", refs=False, charset="iso-8859-1",
          codec="cp1252", attachments=[pdf("Contabile_20012027.pdf")],
          labels=dict(kind="client-reply-paid", split="dev", amount="2440.00", reference="45/2026",
                      note="The client forwards the bank's execution notice (new thread, subject 'I:'), with a curt line. Paid; amount and invoice number come from the forwarded receipt the client sends, not from a quoted reminder."))

    th = T("davide", "Autoscuola Brambilla", "info@autoscuolabrambilla.it", "39/2026", 480.00, "2026-12-05",
           "final", "2027-01-15 09:00")
    reply(th, B("""
Fatto.

Sergio Brambilla
Autoscuola Brambilla
"""), date="2027-01-15 12:31", frm="Sergio Brambilla <info@autoscuolabrambilla.it>", prefix="R: ",
          quote_style="outlook", charset="windows-1252", cte="qp",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="One word, 'Fatto.', in reply to a formal notice asking for payment: done = paid."))

    th = T("alessandra", "Fabrizio De Santis", "fabriziodesantis@hotmail.it", "40/2026", 300.00, "2026-11-25",
           "reminder", "2026-12-02 09:00", kind="person")
    reply(th, B("""
Ao Alessà ma che davero? T'ho fatto er bonifico ieri sera, controlla bene. E dije a sto robot tuo
che nun me deve scrive co' sto tono da Equitalia, che me stavo a sentì male 😂

Daje, ce sentimo pe' il logo novo der pub
Fabri
"""), date="2026-12-02 21:18", tz="Europe/Rome", quote_style="gmail",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="Roman dialect: 'T'ho fatto er bonifico ieri sera' = paid yesterday evening; jokes about the tone."))

    th = T("davide", "Meccanica Rinaldi S.p.A.", "amministrazione@meccanicarinaldi.it", "7/2027", 5490.00,
           "2027-01-31", "courtesy", "2027-01-27 09:00")
    reply(th, B("""
Gentile Sig. Marchetti,

in riferimento alla Vs. fattura n. 7/2027 Vi comunichiamo che il pagamento è stato disposto in data
odierna, con valuta beneficiario 29/01/2027.

Cogliamo l'occasione per segnalarVi che non riteniamo opportuno l’invio di promemoria automatici
prima della scadenza: i pagamenti della nostra società sono sempre stati puntuali. Vi preghiamo per il
futuro di rivolgerVi direttamente all’Ufficio Amministrazione.

Distinti saluti

Ufficio Amministrazione
Meccanica Rinaldi S.p.A.
Via dell’Industria 12 – 42124 Reggio Emilia
"""), date="2027-01-27 16:20", frm="Ufficio Amministrazione <amministrazione@meccanicarinaldi.it>",
          prefix="R: ", fmt="outlook-html", quote_style="outlook", charset="iso-8859-1", codec="cp1252",
          labels=dict(kind="client-reply-paid", split="dev", reference="7/2027",
                      note="HTML-only Outlook mail (iso-8859-1 with cp1252 apostrophes): 'il pagamento è stato disposto in data odierna' = paid; the value date is not a promise. Annoyed by a reminder sent before the due date."))

    # ---------------------------------------------------------------- promise
    th = T("alessandra", "Valentina Greco", "valentina@lebolledivale.it", "42/2026", 1100.00, "2026-11-30",
           "suspension", "2026-12-14 09:00", kind="person", fees=False)
    reply(th, B("""
Ciao Alessandra,

mi vergogno a scriverti questa mail. Il negozio quest'anno è andato malissimo, a novembre ho
incassato la metà dell'anno scorso e sto pagando prima l'affitto e i fornitori della merce, sennò
chiudo.
Non voglio però fare la furba con te, il lavoro che mi hai fatto è bellissimo e me lo dicono tutti.
Ti propongo così: 300 euro venerdì, poi 400 a fine gennaio e 400 a fine febbraio. Se ti va bene ti
faccio già il primo bonifico venerdì, e se ti serve te lo metto anche per iscritto.

Scusami ancora
Valentina
"""), date="2026-12-15 13:02",
          labels=dict(kind="client-reply-promise", split="dev", amount="300.00", promised_date="2026-12-18",
                      note="Instalment proposal: 300 on Friday (first Friday after Tue 15 Dec = 18 Dec), then 400 end of January and 400 end of February. Promise; date and amount of the first instalment."))

    th = T("davide", "Ing. Paolo Zanetti", "p.zanetti@zanettiprogetti.it", "37/2026", 2200.00, "2026-11-30",
           "late_fee", "2026-12-18 09:00", kind="person")
    reply(th, B("""
Senta Marchetti,
le fatture io le pago quando mi pare e piace, non quando lo decide un programmino che manda mail.
Lei si è preso tre settimane in più per consegnare il configuratore e io non le ho mandato nessuna
diffida con gli interessi. Quindi si metta tranquillo e aspetti.

Paolo Zanetti
"""), date="2026-12-18 18:44", quote_style="outlook-orig", prefix="R: ",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="'Le pago quando mi pare e piace': no commitment, rejects the due date and the interest, and throws the late delivery back. Not a promise (no undertaking, no date); a refusal of the terms → dispute, the owner must handle it personally."))

    th = T("alessandra", "Agenzia Viaggi Sole e Mare srl", "amministrazione@soleemareviaggi.it", "43/2026", 760.00,
           "2026-12-10", "late_fee", "2027-01-11 09:00")
    reply(th, B("""
Buongiorno Alessandra,

il secondo sollecito in un mese mi sembra un po' eccessivo, ne avevamo già parlato a voce a dicembre.
Come le avevo spiegato, la nostra tesoreria è ferma per le chiusure di fine anno e non riusciamo a
pagare prima del 28. Il 28 però il bonifico parte, ha la mia parola.

Cordialità
Daniela Ferri
Agenzia Viaggi Sole e Mare
"""), date="2027-01-12 09:37", frm="Daniela Ferri <daniela@soleemareviaggi.it>",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-28",
                      note="'Non riusciamo a pagare prima del 28. Il 28 però il bonifico parte' → promise for 28 January. Irritation about the second reminder is not a dispute."))

    th = T("davide", "Studio Arch. Lombardi", "studio@architettolombardi.it", "31/2026", 3050.00, "2026-11-15",
           "suspension", "2026-12-01 09:00")
    reply(th, B("""
Davide, ti capisco, ma capiscimi anche tu.
Il Comune ci deve 48.000 euro da giugno e noi stiamo anticipando stipendi e F24. Appena ci pagano
il SAL ti pago per primo, te lo prometto, ma non chiedermi una data perché non la so neanche io.

Per favore non sospendere l'hosting del sito del museo, è roba del cliente finale e ci rimetto la
faccia.

Marco

Arch. Marco Lombardi
Studio Lombardi – Architettura e restauro
"""), date="2026-12-01 20:30", frm="Marco Lombardi <marco@architettolombardi.it>",
          labels=dict(kind="client-reply-promise", split="dev",
                      note="Pay-when-paid: 'appena ci pagano il SAL ti pago per primo' with no date → promise without promised_date."))

    th = T("alessandra", "Birrificio Valle Scura", "info@birrificiovallescura.it", "46/2026", 520.00, "2026-12-20",
           "due", "2026-12-21 09:00")
    reply(th, B("""
Domani faccio il bonifico.
Però te lo dico: se mi arriva un'altra di queste mail automatiche cambio grafico. Ci conosciamo da
anni, bastava un messaggio su WhatsApp.

Nicola
"""), date="2026-12-21 17:58", frm="Nicola Bertoldi <nicola@birrificiovallescura.it>", quote_style="none",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2026-12-22",
                      note="'Domani faccio il bonifico' (sent Mon 21 Dec) → promise 22 Dec; the threat to change designer is not a dispute of the invoice."))

    th = T("davide", "Logistica Padana S.r.l.", "contabilita.fornitori@logisticapadana.it", "1/2027", 4270.00,
           "2027-01-15", "reminder", "2027-01-20 09:00")
    reply(th, B("""
Buongiorno,

con riferimento al Vs. sollecito Vi informiamo che la fattura n. 1/2027 è stata regolarmente
registrata e approvata; il pagamento verrà effettuato con la distinta fornitori del 30 gennaio p.v.,
come da nostra procedura (i pagamenti vengono eseguiti esclusivamente il 15 e il 30 di ogni mese).

Non è possibile anticipare pagamenti al di fuori delle date previste. Vi preghiamo inoltre di non
inviare ulteriori solleciti prima di tale data.

Cordiali saluti

Contabilità Fornitori
Logistica Padana S.r.l. – Via Emilia Ovest 1010, 41123 Modena
"""), date="2027-01-21 10:05", frm="Contabilità Fornitori <contabilita.fornitori@logisticapadana.it>",
          prefix="R: ", fmt="outlook-alt", quote_style="outlook",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-30", reference="1/2027",
                      note="Accounts payable: invoice approved, paid with the supplier run of 30 January → promise 2027-01-30. Dry request to stop reminders."))

    th = T("alessandra", "Simona Galli", "simona.galli84@gmail.com", "33/2026", 650.00, "2026-11-30", "reminder",
           "2026-12-03 09:00", kind="person")
    reply(th, B("""
Ciao Alessandra, hai ragione, scusami tanto. È un periodo in cui non riesco a stare dietro a niente,
tra il trasloco e il bambino che non dorme da tre settimane.
Entro il 15 ti faccio il bonifico, promesso, appena arriva la tredicesima di mio marito. Scusa ancora
e grazie per la pazienza!!

Simona
"""), date="2026-12-03 22:15",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2026-12-15",
                      note="'Entro il 15' written on 3 December → 15 December 2026."))

    th = T("davide", "Giorgio Pellegrini", "giorgio@bbilglicine.it", "48/2026", 390.00, "2026-12-15", "reminder",
           "2027-01-07 09:00", kind="person")
    reply(th, B("""
Ciao Davide!

Buon anno innanzitutto! Scusa se ti rispondo solo adesso ma qui è stato il delirio: tra Natale e la
Befana abbiamo avuto il pieno tutte le sere, poi è nevicato il 3 e mezza valle è rimasta senza
corrente per un giorno intero, figurati con gli ospiti. Mia moglie dice che l'anno prossimo a
Natale chiudiamo e andiamo noi in vacanza, vedremo.

Il motore di prenotazione che mi hai messo funziona benissimo, sono arrivate 23 prenotazioni dirette
a dicembre, prima ne facevo 5 al mese e il resto tutto da Booking. Quindi grazie davvero.

Per la fattura hai ragione, mi era sfuggita con le feste: il bonifico te lo faccio lunedì che vado
in banca (non uso l'home banking, lo so, sono all'antica).

Ti volevo chiedere poi se si può aggiungere la versione in tedesco del sito, perché abbiamo tanti
ospiti dall'Austria e dalla Baviera. Quanto mi costerebbe più o meno? Non c'è fretta, è per la
stagione estiva.

Un abbraccio
Giorgio
B&B Il Glicine
"""), date="2027-01-08 11:20",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-11",
                      note="Long friendly chat; one sentence matters: 'il bonifico te lo faccio lunedì' (sent Fri 8 Jan) → Monday 11 Jan. Plus a request for new work."))

    th = T("alessandra", "Luca Fontana", "luca@caffearcadia.it", "34/2026", 1200.00, "2026-11-30", "final",
           "2026-12-10 09:00", kind="person")
    reply(th, B("""
Buongiorno Alessandra,

ho ricevuto la diffida e capisco di essermela meritata. Non ho scuse, solo la verità: il locale è
rimasto chiuso tre settimane per un allagamento e l'assicurazione non ha ancora pagato un euro.

Le chiedo di poter pagare in tre rate da 400 euro: la prima entro fine dicembre, la seconda a fine
gennaio, l'ultima a fine febbraio. Se per lei va bene mi risponda e le mando subito le date precise.
Se preferisce sentirci, questo è il mio cellulare: 347 555 0192.

Luca Fontana
Caffè Letterario Arcadia
"""), date="2026-12-11 09:10",
          labels=dict(kind="client-reply-promise", split="dev", amount="400.00", promised_date="2026-12-31",
                      note="Instalment plan in reply to a formal notice: 3 x 400, first 'entro fine dicembre' → 2026-12-31 (first instalment's date and amount)."))

    th = T("davide", "Andrea Villa", "andrea.villa@fastwebnet.it", "36/2026", 750.00, "2026-11-30",
           "promise_followup", "2026-12-14 08:00", kind="person", promise_date="2026-12-10")
    reply(th, B("""
Davide sono mortificato. Avevo detto il 10 e non ho mantenuto. La settimana prossima sistemo tutto,
te lo giuro su quello che vuoi.

A.
"""), date="2026-12-14 10:55",
          labels=dict(kind="client-reply-promise", split="dev",
                      note="Broken promise acknowledged; new promise 'la settimana prossima' is vague → no promised_date (the 10 in the text is the old, missed date)."))

    th = T("alessandra", "Irene Bassi", "irene.bassi@yahoo.it", "44/2026", 220.00, "2026-12-15", "reminder",
           "2027-01-05 09:00", kind="person")
    reply(th, B("""
Oggi non ci riesco, sono fuori tutto il giorno per lavoro. Giovedì senza fallo.
Ma serviva davvero scrivermi il 5 gennaio? Un po' di umanità...

Irene

Inviato da Android
"""), date="2027-01-05 12:48", quote_style="none",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-07",
                      note="'Oggi non ci riesco … Giovedì senza fallo' on Tue 5 Jan → Thursday 7 Jan."))

    th = T("davide", "Salvatore Russo", "pizzeriaovesuvio@libero.it", "49/2026", 980.00, "2026-12-31", "reminder",
           "2027-01-14 09:00", kind="person")
    reply(th, B("""
Dottò scusate assaje, è nu periodo brutto assai, dopo le feste nun se vede nisciuno e 'o forno s'è
rotto pure. Ma entro fine mese ve pago tutto quanto, parola mia.
Nun ce mannate l'avvocato pe' carità.

Salvatore
Pizzeria 'O Vesuvio
"""), date="2027-01-14 23:02",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-31",
                      note="Neapolitan: 'entro fine mese ve pago tutto' (14 Jan) → 31 January 2027."))

    th = T("alessandra", "Cartoleria Manzoni snc", "cartoleriamanzoni@tin.it", "31/2026", 410.00, "2026-11-15",
           "late_fee", "2026-12-02 09:00")
    reply(th, B("""
Gentile Alessandra,

le scrivo con un po' di tristezza: dopo 38 anni abbiamo deciso di chiudere l'attività a fine anno.
Mio marito non sta bene e i figli fanno altro, è giusto così.

Non si preoccupi: i fornitori li paghiamo tutti, fino all'ultimo centesimo. La sua fattura la
saldiamo con i soldi della vendita del magazzino, spero entro gennaio.
Grazie per i bei biglietti di Natale che ci ha disegnato in tutti questi anni.

Cordialmente
Rosa Manzoni
"""), date="2026-12-03 09:00", frm="Rosa Manzoni <cartoleriamanzoni@tin.it>", quote_style="outlook-orig",
          prefix="Rif: ", charset="iso-8859-1", cte="8bit",
          labels=dict(kind="client-reply-promise", split="dev",
                      note="Closing the business but will pay every supplier 'spero entro gennaio' (vague) → promise, no date. Not an inability-to-pay case. 8-bit latin-1."))

    th = T("davide", "Federico Sala", "federico.sala@salaconsulting.it", "30/2026", 640.00, "2026-11-20", "reminder",
           "2026-11-27 09:00", kind="person")
    reply(th, B("""
Guardi, in questo momento ho altro a cui pensare che le sue mail. Pagherò a fine mese come faccio con
tutti, non un giorno prima, quindi è inutile che mi scriva ogni settimana.

F. Sala
"""), date="2026-11-27 19:30", quote_style="none",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2026-11-30",
                      note="Rude but committed: 'pagherò a fine mese … non un giorno prima' (27 Nov) → 30 November. Contrast with 'quando mi pare' (dispute)."))

    # ---------------------------------------------------------------- dispute
    th = T("alessandra", "Ferraro Arredamenti srl", "amministrazione@ferraroarredamenti.it", "27/2026", 3660.00,
           "2026-10-31", "final", "2026-11-20 09:00")
    reply(th, B("""
Egregia Sig.ra Rossi,

scrivo in nome e per conto della Ferraro Arredamenti srl, in persona del legale rappresentante pro
tempore, che mi ha conferito mandato in relazione alla Sua comunicazione del 20 novembre u.s.

La mia assistita contesta integralmente la fattura n. 27/2026 dell'importo di € 3.660,00, in quanto
le prestazioni oggetto della stessa (progetto grafico del catalogo 2027 e relativa impaginazione) non
sono state eseguite a regola d'arte né nei termini pattuiti: il catalogo è stato consegnato con
diciotto giorni di ritardo rispetto alla data concordata del 15 settembre e conteneva numerosi errori
nei codici articolo e nei prezzi, che hanno reso necessaria una ristampa integrale a spese della mia
assistita (€ 2.140,00 oltre IVA, come da fattura della tipografia che si allega).

Per quanto sopra, la mia assistita non ritiene dovuto l'importo richiesto e si riserva ogni azione a
tutela dei propri diritti, ivi compresa quella per il risarcimento del danno subito. Resta in ogni
caso disponibile a valutare una definizione bonaria della vicenda, per la quale potrà contattare
direttamente la scrivente.

Distinti saluti

Avv. Caterina Dell'Acqua
Via Roma 8 – 31100 Treviso
Tel. 0422 410 733 – PEC caterina.dellacqua@pec.ordineavvocatitreviso.it
""") + GDPR_IT, date="2026-11-26 17:05", frm="Avv. Caterina Dell'Acqua <studio@avvdellacqua.it>",
          cc="amministrazione@ferraroarredamenti.it",
          subject="Vs. comunicazione del 20/11/2026 – fattura n. 27/2026 – Ferraro Arredamenti srl",
          quote_style="none", refs=False, attachments=[pdf("Fattura_Tipolitografia_Piave_ristampa.pdf")],
          labels=dict(kind="client-reply-dispute", split="dev", reference="27/2026",
                      note="A lawyer writing 'in nome e per conto' of the client contests the whole invoice (late, errors, reprint at client's cost). New subject, not a Re:, no In-Reply-To."))

    th = T("davide", "Elena Rizzi", "elena@spaziosattva.it", "45/2026", 1500.00, "2026-12-10", "reminder",
           "2026-12-17 09:00", kind="person")
    reply(th, B("""
Davide, questo è il terzo messaggio che ricevo in una settimana, tra mail e whatsapp. Comincia a
somigliare a stalking.

Te l'ho scritto il 2, il 9 e il 12: il sito su mobile non funziona, il modulo di prenotazione delle
lezioni non manda le mail di conferma e la pagina degli insegnanti ha ancora il testo finto in
latino. Non pago un euro finché non è tutto sistemato. Quando è sistemato pago il giorno stesso,
come ho sempre fatto.

Elena
"""), date="2026-12-17 10:02",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Withholds payment until listed defects are fixed ('non pago un euro finché…'); the conditional 'pago il giorno stesso' is not a dated promise. Dispute."))

    th = T("alessandra", "Studio Tecnico Ghidini", "info@studioghidini.it", "32/2026", 800.00, "2026-11-30",
           "reminder", "2026-12-09 09:00")
    reply(th, B("""
Buongiorno,

ho disposto oggi un bonifico di 500,00 € a parziale pagamento della fattura 32/2026.
Il saldo di 300,00 € lo verserò alla consegna dei file sorgente (AI e INDD) del marchio, che come da
preventivo del 12 settembre erano inclusi e che ho chiesto già due volte senza risposta.

Saluti
Ing. Mauro Ghidini
"""), date="2026-12-10 08:47", frm="Mauro Ghidini <m.ghidini@studioghidini.it>", prefix="R: ",
          quote_style="outlook", charset="iso-8859-1", codec="cp1252",
          labels=dict(kind="client-reply-dispute", split="dev", amount="500.00", reference="32/2026",
                      note="Partial payment (500 of 800) and the rest withheld until the source files are delivered: partial + dispute = dispute. Amount = what was paid."))

    th = T("alessandra", "Oleificio Sabatini", "info@oleificiosabatini.it", "39/2026", 1800.00, "2026-11-30",
           "late_fee", "2026-12-16 09:00")
    reply(th, B("""
Alessandra, ti rispondo io perché mio padre è fuori di sé e non è il caso che ti scriva lui.

Le etichette nuove dovevano essere pronte per la fiera di Verona e sono arrivate due settimane dopo.
Siamo andati alla fiera con le etichette vecchie e abbiamo fatto una figuraccia con due buyer
tedeschi. Non è colpa solo tua, lo so, ma il ritardo c'è stato.

Ti chiediamo uno sconto del 30% sulla fattura. Se ci mandi una nota di credito per 540 euro paghiamo
il resto subito, senza interessi ovviamente. Fammi sapere.

Francesca Sabatini
"""), date="2026-12-16 14:25", frm="Francesca Sabatini <francesca@oleificiosabatini.it>",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Asks a 30% discount (credit note of 540) for late delivery and rejects interest; would pay the rest after the credit note. Dispute."))

    th = T("alessandra", "Matteo Lanza", "matteo@vocidalfondo.it", "47/2026", 450.00, "2027-01-10", "reminder",
           "2027-01-18 09:00", kind="person")
    reply(th, B("""
Alessandra, volevo scriverti da giorni e il tuo sollecito mi dà l'occasione.

Un ascoltatore mi ha mandato il link di un'illustrazione su Freepik che è praticamente identica alla
copertina che mi hai fatto: stessa composizione, stesso microfono d'epoca, stessi colori, cambiano
solo le scritte. Te la incollo qui sotto.

https://www.freepik.com/free-vector/retro-podcast-microphone-poster_1234567.htm

Non intendo pagare per un lavoro copiato e ho già tolto la copertina da Spotify. Se hai una
spiegazione sono pronto ad ascoltarla, ma fino ad allora la fattura per me non è dovuta.

Matteo
"""), date="2027-01-18 22:40",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Accuses the work of being copied from a stock illustration and refuses to pay until explained."))

    th = T("davide", "Farmacia Dr. Conti", "farmaciaconti@farmaciaconti.it", "42/2026", 366.00, "2026-12-05",
           "reminder", "2026-12-14 09:00")
    reply(th, B("""
Buongiorno,

la fattura 42/2026 è un doppione della 28/2026 di ottobre: stesso importo (€ 366,00), stessa
descrizione (canone manutenzione sito – 4° trimestre). La 28/2026 è stata pagata il 3 novembre, Le
allego la contabile.

La prego di annullare la 42 con una nota di credito e di togliermi dai solleciti.

Cordiali saluti
Dott.ssa Laura Conti
"""), date="2026-12-14 12:06", frm="Laura Conti <farmaciaconti@farmaciaconti.it>", prefix="R: ",
          quote_style="outlook", charset="iso-8859-1", codec="cp1252",
          attachments=[pdf("contabile_03112026.pdf")],
          labels=dict(kind="client-reply-dispute", split="dev", reference="42/2026",
                      note="Already billed: 42/2026 duplicates 28/2026 (paid in November, receipt attached for that one). Asks for a credit note. The 366 refers to the other invoice's payment: no amount."))

    th = T("alessandra", "Sabrina Marino", "sabri.marino@icloud.com", "35/2026", 900.00, "2026-11-30", "late_fee",
           "2026-12-15 09:00", kind="person", fees=False)
    reply(th, B("""
Ti avviso: se non annulli questa fattura ti lascio una recensione da una stella su Google e su
Matrimonio.com, e nelle storie racconto a tutte le mie 12mila follower come lavori.
Le partecipazioni avevano il nome di mio marito sbagliato su 40 copie e le abbiamo dovute ristampare
in tipografia a spese nostre. Altro che solleciti.

Sabrina
"""), date="2026-12-15 13:13", quote_style="apple",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Demands cancellation of the invoice (error on wedding invitations) and threatens reviews/social media. Dispute."))

    th = T("davide", "Hotel Belvedere", "direzione@hotelbelvedere-garda.it", "40/2026", 2800.00, "2026-11-30",
           "final", "2026-12-21 09:00")
    reply(th, B("""
VERGOGNATEVI.

Mandare una diffida con minaccia di decreto ingiuntivo a un cliente a cui avete consegnato metà del
lavoro. Il preventivo prevedeva il video istituzionale da 2 minuti + 6 reel per i social: i reel non
li abbiamo mai visti. Sul video istituzionale ci sono ancora da fare le correzioni che vi abbiamo
mandato a novembre.

Pagheremo quando avremo tutto, non un minuto prima.

La Direzione
Hotel Belvedere ****
Lungolago Zanardelli 40 – Gardone Riviera (BS)
"""), date="2026-12-21 16:40", frm="Hotel Belvedere – Direzione <direzione@hotelbelvedere-garda.it>",
          prefix="AW: ", fmt="outlook-alt", quote_style="outlook",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Work incomplete (reels never delivered, corrections pending); will pay only when everything is delivered. Dispute, not promise."))

    th = T("alessandra", "Studio Legale Associato Bianchi Neri", "segreteria@studiobianchineri.it", "30/2026", 1220.00,
           "2026-11-30", "reminder", "2026-12-04 09:00")
    reply(th, B("""
Gentile dott.ssa Rossi,

la Sua fattura n. 30/2026 non riporta la ritenuta d'acconto del 20% sull'imponibile, che in qualità
di sostituti d'imposta siamo tenuti ad operare. Non possiamo quindi pagarla così com'è.

La preghiamo di emettere nota di credito e una nuova fattura con l'indicazione della ritenuta
(imponibile € 1.000,00 – IVA 22% € 220,00 – ritenuta d'acconto € 200,00 – netto a pagare € 1.020,00).
Alla ricezione provvederemo al pagamento nei termini.

Cordiali saluti

Segreteria amministrativa
Studio Legale Associato Bianchi Neri
""") + GDPR_IT, date="2026-12-04 11:30", frm="Segreteria Studio Bianchi Neri <segreteria@studiobianchineri.it>",
          prefix="R: ", fmt="outlook-html", quote_style="outlook",
          labels=dict(kind="client-reply-dispute", split="dev", reference="30/2026", amount="1020.00",
                      note="Invoice formally wrong (withholding tax missing): asks for a credit note and a new invoice, then will pay the net 1,020.00. Wrong invoice / credit note = dispute; amount = the net they accept to pay."))

    th = T("davide", "Moda Giulia srl", "amministrazione@modagiulia.it", "34/2026", 1952.00, "2026-11-15",
           "suspension", "2026-12-03 09:00")
    reply(th, B("""
Davide,

ti scrivo io perché non ce la faccio a telefonarti.
La società è in liquidazione da lunedì, abbiamo chiuso i due negozi e il commercialista ci ha detto
di non pagare più nessun fornitore singolarmente, perché adesso ci pensa il liquidatore, che pagherà
quello che potrà secondo le regole. Mi dispiace tantissimo, sei stato uno dei pochi che ci ha
aiutato davvero.

Il liquidatore è il dott. Renato Ghezzi, PEC ghezzi.renato@pec.example.it: la fattura devi mandarla
a lui.

Giulia
"""), date="2026-12-04 19:12", frm="Giulia Sartori <giulia@modagiulia.it>",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Company in liquidation: the client says it will not/cannot pay the invoice and sends the creditor to the liquidator. No promise, no payment; labelled dispute (a refusal to pay that stops the reminders and needs the owner), though nothing about the work is contested."))

    th = T("alessandra", "Nadia Fumagalli", "nadia.fumagalli@gelateriapolare.it", "48/2026", 1464.00, "2027-01-15",
           "reminder", "2027-01-22 09:00", kind="person")
    reply(th, B("""
ciao alessandra ma scusa avevamo detto 1000 euro tutto compreso per il menu e le insegne, me lo
ricordo benissimo perche eravamo al bar sotto il tuo studio. qui c'e scritto 1200 + iva = 1464.
io 1000 te li do anche domani, gli altri 464 no. rifammi la fattura giusta per favore
nadia
"""), date="2027-01-22 13:55", quote_style="none",
          labels=dict(kind="client-reply-dispute", split="dev", amount="1000.00",
                      note="Wrong amount: agreed 1,000 all-in vs 1,464 invoiced; accepts to pay 1,000 ('anche domani' is conditional on a corrected invoice). No accents, lowercase. Dispute; amount = accepted sum."))

    th = T("davide", "Associazione Culturale Il Ponte", "info@associazioneilponte.org", "33/2026", 1050.00,
           "2026-11-30", "reminder", "2026-12-07 09:00")
    reply(th, B("""
Gentile Davide,

rispondo a nome del direttivo. Non riteniamo corretto pagare le 6 ore di "interventi aggiuntivi"
(300 €) indicate in fattura: non le avevamo richieste né autorizzate, e la modifica al calendario
eventi rientrava secondo noi nella garanzia del primo mese.

Siamo pronti a saldare subito la parte concordata da preventivo, cioè 750 €, appena ci invii una
fattura corretta (o una nota di credito per la differenza).

Un saluto cordiale
Ornella Testa – tesoriera
"""), date="2026-12-08 18:22", frm="Ornella Testa <tesoriere@associazioneilponte.org>",
          labels=dict(kind="client-reply-dispute", split="dev", amount="750.00",
                      note="Polite: contests 300 of unauthorised extra hours, will pay the agreed 750 after a credit note. Dispute with accepted amount."))

    th = T("davide", "Renzo Gatti", "renzogatti1958@virgilio.it", "46/2026", 600.00, "2026-12-20", "reminder",
           "2027-01-04 09:00", kind="person")
    reply(th, B("""
NON PAGO UN VIDEO FATTO COSì. L'AUDIO è SFASATO DAL MINUTO 3 E AVETE MESSO LA MUSICA SBAGLIATA,
NON QUELLA CHE AVEVA SCELTO MIA FIGLIA. VERGOGNA.
E NON MI SCRIVETE PIù.

RENZO GATTI
"""), date="2027-01-04 10:31", quote_style="outlook-orig", prefix="R: ", charset="windows-1252", cte="8bit",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="All caps refusal: work defective (audio out of sync, wrong music). Windows-1252 8-bit."))

    th = T("alessandra", "Grafiche Venete S.p.A.", "acquisti@grafichevenetespa.it", "2/2027", 2318.00,
           "2027-01-23", "reminder", "2027-01-28 09:00", issue="2027-01-08")
    reply(th, B("""
Buongiorno,

il Vs. sollecito non ha ragion d’essere. Come da ordine d’acquisto n. OA-2026-1187 da Voi accettato,
le condizioni di pagamento concordate sono bonifico a 60 gg data fattura fine mese: la fattura n.
2/2027 scade quindi il 31/03/2027 e verrà pagata a quella data.

La scadenza a 15 giorni indicata in fattura non è stata concordata e non è da noi accettata. Vi
preghiamo di correggere lo scadenziario e di sospendere i solleciti.

Distinti saluti

Ufficio Acquisti
Grafiche Venete S.p.A.
"""), date="2027-01-28 15:02", frm="Ufficio Acquisti <acquisti@grafichevenetespa.it>", prefix="R: ",
          quote_style="outlook", charset="iso-8859-1", codec="cp1252",
          labels=dict(kind="client-reply-dispute", split="dev", reference="2/2027",
                      note="Contests the due date (60 days end of month per PO vs 15 days on the invoice) and rejects the reminder; says it will pay on 31/03/2027. Disagreement on terms outranks the implicit promise → dispute (no promised_date, since it is not labelled a promise)."))

    th = T("davide", "Termoidraulica F.lli Sala snc", "ufficio@termoidraulicasala.it", "38/2026", 2440.00,
           "2026-11-30", "late_fee", "2026-12-28 09:00")
    reply(th, B("""
Buongiorno Davide,

ci scusiamo per il ritardo, la fattura la paghiamo entro questa settimana.

Gli interessi che hai calcolato però non ci tornano: secondo il nostro consulente il tasso da
applicare è quello legale e non il 10,15%, e i 40 euro non sono dovuti perché il ritardo è inferiore
ai 60 giorni. Paghiamo quindi i 2.440,00 € della fattura e basta.

Saluti
Mirko Sala
"""), date="2026-12-29 08:40", frm="Mirko Sala <ufficio@termoidraulicasala.it>", fmt="html",
          labels=dict(kind="client-reply-dispute", split="dev", amount="2440.00",
                      note="HTML-only. Promises the invoice amount this week but contests interest rate and the EUR 40 (wrongly, but it is a contest): dispute outranks promise. Amount = the sum they accept to pay."))

    th = T("alessandra", "Bar Centrale di Gatti e Pini snc", "barcentrale.gp@gmail.com", "29/2026", 488.00,
           "2026-11-15", "final", "2026-12-11 09:00")
    reply(th, B("""
Signora Rossi,
il lavoro glielo ha chiesto Pini, che è uscito dalla società a settembre e si è portato via pure la
macchina del caffè. Il sito con le foto io non l'ho mai voluto e non lo uso. Se vuole i soldi li
chieda a lui, io non le devo niente.
La diffida la giro al mio avvocato.

Ivano Gatti
"""), date="2026-12-12 07:15", frm="Ivano Gatti <barcentrale.gp@gmail.com>",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Denies the debt (ordered by a former partner) and refers to his lawyer. Dispute."))

    # ---------------------------------------------------------------- other (human)
    th = T("davide", "Stefano Riva", "s.riva@rivagroup.it", "35/2026", 1830.00, "2026-11-30", "late_fee",
           "2026-12-15 09:00", kind="person")
    reply(th, B("""
Non capisco perché continuate a scrivere a me. Sono il responsabile marketing, non pago io le
fatture. Scrivete ad amministrazione@rivagroup.it e lasciatemi in pace, grazie.

S. Riva
"""), date="2026-12-15 09:41", quote_style="none",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Irritated redirect to the accounts address; no claim about payment or the invoice."))

    th = T("alessandra", "Ottica Ferretti", "info@otticaferretti.it", "37/2026", 610.00, "2026-11-30", "reminder",
           "2026-12-10 09:00")
    reply(th, B("""
Scusi ma di quale fattura parla? A noi non è mai arrivata nessuna fattura elettronica da lei, nel
cassetto fiscale non c'è niente. Ce la rimanda?
Senza fattura non possiamo pagare niente, lo capirà.

Ottica Ferretti
"""), date="2026-12-10 16:20",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Never received the e-invoice, asks to resend it. A question, not a contest of the amount or work."))

    th = T("davide", "Marco Bellini", "marco.bellini@outlook.it", "43/2026", 900.00, "2026-12-10", "final",
           "2027-01-13 09:00", kind="person")
    reply(th, B("""
Davide, preferisco parlarne a voce. Queste mail con gli articoli del codice civile mi hanno messo
un'ansia che non ti dico, non ho dormito.
Mi chiami stasera dopo le 19? 339 480 2217

Marco
"""), date="2027-01-13 14:05", prefix="RE: ", quote_style="outlook",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Anxious, asks for a phone call; no promise, no claim."))

    th = T("alessandra", "Nuova Edilizia srl", "l.mariani@nuovaedilizia.it", "26/2026", 1342.00, "2026-10-31",
           "late_fee", "2026-11-16 09:00")
    reply(th, B("""
Non lavoro più per Nuova Edilizia da ottobre, è la terza mail che mi arriva sulla casella che mi
hanno lasciato attiva per l'inoltro. Ho girato tutto al titolare, Sig. Pavan (pavan@nuovaedilizia.it),
ma per favore aggiornate il contatto.

Lorenzo Mariani
"""), date="2026-11-16 12:40", frm="Lorenzo Mariani <l.mariani@nuovaedilizia.it>", quote_style="none",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Former employee: left the company, forwarded to the owner, asks to update the contact. Human, not an auto-reply."))

    th = T("davide", "Panificio Orlandi", "panificio.orlandi@gmail.com", "41/2026", 427.00, "2026-12-05", "reminder",
           "2026-12-12 09:00")
    reply(th, B("""
Buongiorno, questa mail mi sembra una truffa. L'IBAN che ho io in anagrafica per lei è di Fineco,
questo qui è un altro. Mio cugino ci è cascato l'anno scorso con una mail identica e ha perso 3.000
euro.
Prima di pagare voglio una conferma al telefono, in negozio siamo sempre dalle 6 alle 13.

Orlandi
"""), date="2026-12-12 10:18",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Suspects phishing (IBAN differs from the one on file) and wants a phone confirmation before paying. Question, no promise."))

    th = T("alessandra", "Paolo Ceccarelli", "paolo.ceccarelli@email.it", "28/2026", 540.00, "2026-10-31",
           "suspension", "2026-11-18 09:00", kind="person", fees=False)
    reply(th, B("""
Alessandra,
non so come fare. Mia moglie se n'è andata a settembre e ha svuotato il conto, l'avvocato dice che ci
vorranno mesi prima che si sistemi qualcosa. Non ti sto chiedendo di non pagarti, il lavoro è fatto e
l'ho usato. Ti chiedo solo se possiamo sentirci per trovare una soluzione, perché adesso davvero non
so da dove cominciare.

Paolo
"""), date="2026-11-19 01:12",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Distressed client acknowledges the debt but makes no promise (no plan, no date) and asks to talk: other, not promise or dispute."))

    th = T("davide", "Serramenti Vittoria srl", "info@serramentivittoria.it", "32/2026", 2135.00, "2026-11-30",
           "reminder", "2026-12-07 09:00")
    reply(th, B("""
Ricevuto. L'ho girata al commercialista, che è quello che paga.
Per la prossima volta comunque mi basterebbe una telefonata, non serve tutto questo formalismo.

Vittorio
"""), date="2026-12-07 13:30", frm="Vittorio Sanna <info@serramentivittoria.it>", quote_style="none",
          labels=dict(kind="client-reply-other", split="dev",
                      note="'Received, passed to the accountant' with a grumble: forwarded to accounts, no payment claim or promise."))

    th = T("alessandra", "Agriturismo Il Castagno", "info@agriturismoilcastagno.it", "49/2026", 780.00,
           "2027-01-15", "reminder", "2027-01-25 09:00")
    reply(th, B("""
Paola, questa la paghi tu o la pago io? Mi sta scrivendo tutti i giorni 'sta qui 🙄
Guarda tu che hai l'home banking.

Franco
"""), date="2027-01-25 12:03", frm="Franco Bucci <info@agriturismoilcastagno.it>",
          cc="Paola Bucci <paola@agriturismoilcastagno.it>",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Meant for a family member (reply-all by mistake), rude aside; asks who pays. No claim, no promise."))


# --------------------------------------------------------------------------------------------
# machine mail helpers
# --------------------------------------------------------------------------------------------

def original(th):
    """the reminder as it left the owner's mailbox"""
    return build(addr(th.o["name"], th.o["addr"]), th.client_addr, th.subject, th.sent,
                 text(th.text, cte="qp"), th.msgid,
                 in_reply_to=th.inv_msgid if th.inv_msgid != th.msgid else None,
                 references=th.inv_msgid if th.inv_msgid != th.msgid else None)


def autoreply(th, body, *, date, frm=None, subject=None, headers=(), tz=None, fmt="plain", charset="utf-8",
              cte="qp", codec=None, labels):
    tz = tz or th.tz
    frm = frm or th.client_addr
    subj = subject or ("Risposta automatica: " + th.subject)
    part = text(body, charset=charset, cte=cte, codec=codec) if fmt == "plain" else multipart(
        "alternative", [text(body, charset=charset, cte=cte, codec=codec),
                        text(html_doc(outlook_paras(body), outlook=True, lang=th.lang, charset=charset), sub="html", charset=charset,
                             cte=cte, codec=codec)])
    fa = frm.split("<")[-1].rstrip(">")
    raw = build(frm, addr(th.o["name"], th.o["addr"]), subj, D(date, tz), part, mid("ar" + date + subj, dom(fa)),
                extra=headers, in_reply_to=th.msgid, references=th.msgid)
    labels.setdefault("language", th.lang)
    add(raw, **labels)


def bounce(th, *, date, frm, subject, human, reporting_mta, status, diag, action="failed", remote_mta=None,
           extra_fields="", headers=(), tz=None, attach_full=True, charset="utf-8", labels):
    tz = tz or th.tz
    rcpt = th.client_addr
    ds = (f"Reporting-MTA: dns; {reporting_mta}\n{extra_fields}Arrival-Date: {format_datetime(th.sent)}\n\n"
          f"Final-Recipient: rfc822; {rcpt}\nOriginal-Recipient: rfc822;{rcpt}\nAction: {action}\nStatus: {status}\n"
          + (f"Remote-MTA: dns; {remote_mta}\n" if remote_mta else "")
          + f"Diagnostic-Code: smtp; {diag}\n")
    if action == "delayed":
        ds += f"Will-Retry-Until: {format_datetime(th.sent + dt.timedelta(days=5))}\n"
    orig = original(th)
    last = rfc822(orig) if attach_full else ([("Content-Type", "text/rfc822-headers")], orig.split(b"\n\n", 1)[0] + b"\n")
    part = multipart("report", [text(human, charset=charset, cte="qp" if charset != "us-ascii" else "7bit"),
                                ([("Content-Type", "message/delivery-status")], ds.encode()), last],
                     extra_params="; report-type=delivery-status")
    fa = frm.split("<")[-1].rstrip(">")
    raw = build(frm, th.o["addr"], subject, D(date, tz), part, mid("b" + date + rcpt, dom(fa)), extra=headers)
    labels.setdefault("language", th.lang)
    labels.setdefault("failed_recipient", rcpt)
    add(raw, **labels)


# ============================================================================================
# Italian machine mail
# ============================================================================================

def italian_machine():
    th = T("davide", "Carrozzeria Fumagalli snc", "amministrazione@carrozzeriafumagalli.it", "50/2026", 1159.00,
           "2026-12-15", "reminder", "2026-12-23 09:00")
    autoreply(th, B("""
Gentile cliente,

La informiamo che i nostri uffici resteranno chiusi per le festività natalizie dal 24 dicembre 2026
al 6 gennaio 2027 compreso. La Sua email sarà letta al nostro rientro.

Per urgenze relative a veicoli in riparazione può contattare il numero 348 771 2045.

Buone feste!
Carrozzeria Fumagalli snc
"""), date="2026-12-23 09:00", frm="Carrozzeria Fumagalli <amministrazione@carrozzeriafumagalli.it>",
              headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
              labels=dict(kind="auto-reply", split="dev", return_date="2027-01-07",
                          note="Holiday closure 'dal 24 dicembre al 6 gennaio compreso' → back 7 January 2027. RFC 3834 headers."))

    th = T("davide", "Moda Giulia srl", "amministrazione@modagiulia.it", "34/2026", 1952.00, "2026-11-15",
           "final", "2027-01-11 09:00")
    bounce(th, date="2027-01-11 09:01", frm="MAILER-DAEMON@smtpdh12.aruba.it (Mail Delivery System)",
           subject="Undelivered Mail Returned to Sender",
           human=B("""
This is the mail system at host smtpdh12.aruba.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<amministrazione@modagiulia.it>: host mx.modagiulia.it[185.58.116.40] said:
    550 5.1.1 <amministrazione@modagiulia.it>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
"""), reporting_mta="smtpdh12.aruba.it", status="5.1.1", remote_mta="mx.modagiulia.it",
           diag="550 5.1.1 <amministrazione@modagiulia.it>: Recipient address rejected: User unknown in virtual mailbox table",
           extra_fields="X-Postfix-Queue-ID: 4Fh2kL0xYzz1Q\nX-Postfix-Sender: rfc822; davide@marchettiweb.it\n",
           charset="us-ascii",
           headers=[("Return-Path", "<>"), ("Auto-Submitted", "auto-replied")],
           labels=dict(kind="bounce", split="dev", permanent=True,
                       note="Postfix DSN: user unknown (550 5.1.1) at a client in liquidation whose mailboxes were closed; permanent."))

    th = T("davide", "Ristorante Da Gino di Esposito Luigi", "info@ristorantedagino.it", "44/2026", 1464.00,
           "2026-12-10", "final", "2027-01-12 08:30")
    body = B("""
Gentile Cliente,

ti informiamo che in data 12/01/2027 è stato accreditato sul tuo conto un bonifico SEPA.

Conto: ***6789 – MARCHETTI DAVIDE
Ordinante: RISTORANTE DA GINO DI ESPOSITO LUIGI
Importo: 1.464,00 EUR
Causale: SALDO FATTURA 44/2026
Data valuta: 12/01/2027

Puoi consultare il dettaglio del movimento nella sezione Conti e carte > Movimenti dell'app.

Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo messaggio.
Intesa Sanpaolo S.p.A.
""")
    h = ('<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">'
         '<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd">'
         '<tr><td style="background:#00853f;color:#fff;padding:12px;font-size:18px">Accredito bonifico</td></tr>'
         '<tr><td style="padding:16px">Gentile Cliente,<br><br>ti informiamo che in data 12/01/2027 è stato accreditato '
         'sul tuo conto un bonifico SEPA.<br><br><table cellpadding="4">'
         '<tr><td>Conto</td><td><b>***6789 – MARCHETTI DAVIDE</b></td></tr>'
         '<tr><td>Ordinante</td><td><b>RISTORANTE DA GINO DI ESPOSITO LUIGI</b></td></tr>'
         '<tr><td>Importo</td><td><b>1.464,00 EUR</b></td></tr>'
         '<tr><td>Causale</td><td><b>SALDO FATTURA 44/2026</b></td></tr>'
         '<tr><td>Data valuta</td><td><b>12/01/2027</b></td></tr></table><br>'
         'Puoi consultare il dettaglio del movimento nella sezione Conti e carte &gt; Movimenti dell\'app.<br><br>'
         '<span style="font-size:11px;color:#888">Questa è una comunicazione automatica: ti preghiamo di non rispondere '
         'a questo messaggio.<br>Intesa Sanpaolo S.p.A.</span></td></tr></table></body></html>')
    plainmail("Intesa Sanpaolo <notifiche@intesasanpaolo.com>", "davide@marchettiweb.it",
              "Accredito bonifico sul tuo conto", "2027-01-12 18:47", "Europe/Rome",
              multipart("alternative", [text(body), text(h, sub="html")]),
              extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "ISP Notification Engine")],
              labels=dict(kind="payment-notification", language="it", split="dev", amount="1464.00",
                          reference="44/2026",
                          note="Bank notice of an incoming SEPA transfer (the angry restaurant's payment); reference from the causale."))


# ============================================================================================
# Spanish
# ============================================================================================

def spanish():
    # ---------------------------------------------------------------- paid
    th = T("lucia", "Inmobiliaria Castellana S.L.", "administracion@inmocastellana.es", "2026-047", 1815.00,
           "2026-11-30", "late_fee", "2026-12-14 09:00")
    reply(th, B("""
Sra. Martín:

La factura está pagada desde el viernes. Le ruego que no me vuelva a escribir con este tono, y menos
con cálculos de intereses por dos semanas de retraso a un cliente que le ha encargado cuatro
proyectos este año.

Javier Albiol
Director General
Inmobiliaria Castellana, S.L.
"""), date="2026-12-14 12:20", frm="Javier Albiol <jalbiol@inmocastellana.es>", prefix="RE: ",
          quote_style="outlook",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="'La factura está pagada desde el viernes' + an angry request not to write in that tone. Paid."))

    th = T("iker", "Bodegas Arrizabalaga S.A.", "administracion@bodegasarrizabalaga.com", "2026-052", 2178.00,
           "2026-12-15", "final", "2027-01-18 09:00")
    reply(th, B("""
Iker:

Transferencia realizada hoy, 2.178,00 €. Tienes el justificante adjunto.

Me ha sentado fatal recibir un requerimiento con el monitorio y la ley orgánica de no sé qué. Nos
conocemos desde hace diez años: la próxima vez coge el teléfono.

Miren Arrizabalaga
"""), date="2027-01-18 17:40", frm="Miren Arrizabalaga <miren@bodegasarrizabalaga.com>",
          attachments=[pdf("Justificante_transferencia_18012027.pdf")],
          labels=dict(kind="client-reply-paid", split="dev", amount="2178.00",
                      note="'Transferencia realizada hoy, 2.178,00 €' with receipt, hurt by the formal notice. Paid."))

    th = T("lucia", "Paula Ortega", "paulaortega.ilustra@gmail.com", "2026-061", 180.00, "2026-12-20", "reminder",
           "2027-01-08 09:00", kind="person")
    reply(th, B("""
Lucía!! Perdona perdona perdona 🙏🙏 te acabo de hacer un Bizum de los 180 €, con las fiestas se me
fue completamente la cabeza. Mil gracias por la paciencia, de verdad.
Un besazo
"""), date="2027-01-08 14:02", quote_style="none",
          labels=dict(kind="client-reply-paid", split="dev", amount="180.00",
                      note="Apologetic, emoji: 'te acabo de hacer un Bizum de los 180 €' = paid."))

    th = T("lucia", "Ferretería Hernández Déniz", "ferreteria.hdeniz@gmail.com", "2026-049", 620.00, "2026-11-30",
           "reminder", "2026-12-09 08:30")
    reply(th, B("""
Buenos días mi niña, pagado el viernes, que le mandé la transferencia desde la Caja Rural. Desde aquí
tardan lo mismo que desde la Península, así que ya le llegará. Y no se me preocupe tanto, que
nosotros pagamos siempre aunque sea tarde, jajaja.

Agustín
"""), date="2026-12-09 09:15", tz="Atlantic/Canary", frm="Agustín Hernández <ferreteria.hdeniz@gmail.com>",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="Canary Islands voice (Atlantic/Canary): 'pagado el viernes'. Paid."))

    th = T("lucia", "Clínica Dental Sonrisas S.L.P.", "recepcion@clinicasonrisas.es", "2026-058", 1210.00,
           "2026-12-10", "late_fee", "2027-01-04 09:00")
    reply(th, B("""
Aquí tiene el justificante. Espero que con esto se acaben los correos, que llevamos tres.

Beatriz

-----Mensaje original-----
De: CaixaBank <notificaciones@caixabank.com>
Enviado el: lunes, 4 de enero de 2027 10:12
Para: bllorente@clinicasonrisas.es
Asunto: Justificante de transferencia

JUSTIFICANTE DE TRANSFERENCIA

Fecha de la operación: 04/01/2027
Ordenante: CLINICA DENTAL SONRISAS SLP
Cuenta de cargo: ES** **** **** **** **** 4417
Beneficiario: LUCIA MARTIN
Cuenta de abono: ES9121000418450200051332
Importe: 1.210,00 EUR
Concepto: FRA 2026-058
Referencia: 0049-3311-7720-1185

Este documento tiene carácter meramente informativo.
CaixaBank, S.A.
"""), date="2027-01-04 10:31", frm="Dra. Beatriz Llorente <bllorente@clinicasonrisas.es>",
          subject="RV: Justificante de transferencia", quote_style="none", refs=False, charset="iso-8859-1",
          codec="cp1252",
          labels=dict(kind="client-reply-paid", split="dev", amount="1210.00", reference="2026-058",
                      note="Forward ('RV:') of the bank's transfer receipt with a curt line; new thread. Amount and invoice from the forwarded receipt."))

    th = T("iker", "Talleres Urkiola S.L.", "talleres@urkiola.eus", "2026-044", 968.00, "2026-11-30", "reminder",
           "2026-12-10 09:00")
    reply(th, B("""
Buenos días, Sr. Etxeberria:

Le escribo desde la gestoría que lleva la contabilidad de Talleres Urkiola. Le confirmo que la
factura 2026-044 se abonó por transferencia el pasado 3 de diciembre, desde la cuenta de Kutxabank
de la empresa. Si no le consta, puede que se haya retrasado por el puente; en todo caso le adjunto
el justificante.

Atentamente,

Itziar Olabarria
Gestoría Olabarria – Asesoría fiscal, laboral y contable
Bidebarrieta 9, 2.º – 48005 Bilbao
""") + "\n" + LOPD_ES, date="2026-12-11 09:48", frm="Gestoría Olabarria <admin@gestoriaolabarria.com>",
          cc="talleres@urkiola.eus", prefix="RE: ", quote_style="outlook", charset="iso-8859-1", codec="cp1252",
          attachments=[pdf("justificante_urkiola_031226.pdf")],
          labels=dict(kind="client-reply-paid", split="dev", reference="2026-044",
                      note="The client's gestoría confirms the invoice was paid on 3 December, receipt attached, long LOPD footer."))

    th = T("lucia", "Óscar Peña", "oscarpena.foto@gmail.com", "2026-055", 450.00, "2026-12-15", "late_fee",
           "2026-12-30 09:00", kind="person")
    reply(th, B("""
Pagada. Punto.

Enviado desde mi Android
"""), date="2026-12-30 11:14",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="Two words, curt: 'Pagada. Punto.' = paid."))

    th = T("lucia", "Rocío Sanz", "rociosanz.home@hotmail.com", "2026-050", 790.00, "2026-12-01", "suspension",
           "2026-12-16 09:00", kind="person", fees=False)
    reply(th, B("""
Ya le he pagado, mire su cuenta. Y ya le he dejado la reseña que se merece en Google.
Tres meses para unas cortinas y un papel pintado, y encima amenazas.
"""), date="2026-12-16 20:37", quote_style="apple",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="Paid; complaint and a bad review already posted, but nothing withheld or contested: paid."))

    th = T("iker", "Editorial Mareas", "administracion@editorialmareas.es", "2026-048", 1350.00, "2026-12-10",
           "reminder", "2026-12-21 09:00")
    reply(th, B("""
Buenas tardes:

Según nuestros registros esta factura se pagó la semana pasada, el miércoles 16. ¿Nos puede
confirmar si le ha llegado? Si no, avísenos y lo reclamamos al banco.

Y un ruego: antes de mandar recordatorios automáticos, compruebe los cobros, que es la segunda vez
que pasa.

Un saludo,
Noelia Prieto – Administración
Editorial Mareas
"""), date="2026-12-21 16:05", frm="Noelia Prieto <administracion@editorialmareas.es>", prefix="RE: ",
          quote_style="outlook-orig",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="'Se pagó la semana pasada, el miércoles 16. ¿Nos puede confirmar si le ha llegado?' — paid with a question; still paid."))

    th = T("lucia", "Caribe Creativo S.A.S.", "pagos@caribecreativo.co", "2026-057", 1500.00, "2026-12-05",
           "final", "2026-12-28 09:00")
    reply(th, B("""
Buen día Lucía,

Ya se le giró por Wise el martes, los 1.500 euros completos. Disculpe la demora, acá en diciembre
todo se frena con la prima y las vacaciones colectivas.

Igual le pido el favor de que no nos manden más "requerimientos", que acá eso suena a demanda y el
gerente casi se infarta.

Cordialmente,
Andrés Felipe Mejía
Coordinador Administrativo – Caribe Creativo
Barranquilla, Colombia
"""), date="2026-12-31 08:50", tz="America/Bogota", frm="Andrés Felipe Mejía <pagos@caribecreativo.co>",
          labels=dict(kind="client-reply-paid", split="dev", amount="1500.00",
                      note="Colombian client (America/Bogota): 'ya se le giró por Wise el martes, los 1.500 euros'. Paid; asks not to receive formal notices."))

    # ---------------------------------------------------------------- promise
    th = T("lucia", "Grupo Hostelero Retiro S.L.", "cuentasapagar@gruporetiro.es", "2026-060", 2904.00,
           "2026-12-31", "reminder", "2027-01-11 09:00")
    reply(th, B("""
Buenos días:

Su factura entra en la remesa del día 25. Nuestra política es de dos remesas al mes (días 10 y 25) y
no hacemos pagos fuera de remesa.

Le agradeceríamos que configurara sus recordatorios en consecuencia, porque recibimos decenas de
correos así cada semana.

Un saludo,
Cuentas a Pagar – Grupo Hostelero Retiro
"""), date="2027-01-11 12:44", frm="Cuentas a Pagar <cuentasapagar@gruporetiro.es>", prefix="RE: ",
          quote_style="outlook",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-25",
                      note="'Entra en la remesa del día 25' (11 Jan) → promise 25 January; the 10 is the other run date."))

    th = T("iker", "Ane Goikoetxea", "ane@goikoetxeaformacion.com", "2026-050", 640.00, "2026-11-30", "late_fee",
           "2026-12-14 09:00", kind="person")
    reply(th, B("""
Iker, lo siento de verdad. Un cliente gordo no me ha pagado a mí y voy con el agua al cuello, ni te
cuento cómo estoy de nervios.

Te pago a final de mes sin falta. Y perdona que hayas tenido que mandarme el segundo aviso, me da
mucha vergüenza, que somos autónomos los dos y sabes cómo va esto.

Ane
"""), date="2026-12-14 21:30",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2026-12-31",
                      note="'Te pago a final de mes sin falta' (14 Dec) → 31 December. Ashamed, under financial stress."))

    th = T("lucia", "Marcos Villalba", "marcos@tabernavillalba.es", "2026-053", 1200.00, "2026-11-30",
           "suspension", "2026-12-17 09:00", kind="person", fees=False)
    reply(th, B("""
Hola Lucía:

Te escribo con vergüenza. El restaurante ha ido fatal este otoño, con las obras de la calle nos han
tenido dos meses con la acera levantada y no entraba nadie.

Te propongo pagártela en tres plazos de 400 €: el 10 de enero, el 10 de febrero y el 10 de marzo. Si
te parece bien, te firmo lo que haga falta. Por favor, no me suspendas el mantenimiento de la web,
que ahora mismo es lo único que me trae reservas.

Un abrazo y perdona,
Marcos
"""), date="2026-12-18 00:12",
          labels=dict(kind="client-reply-promise", split="dev", amount="400.00", promised_date="2027-01-10",
                      note="Instalments 3 x 400 € (10 Jan, 10 Feb, 10 Mar) → promise; first instalment's date and amount."))

    th = T("iker", "Academia Lingua Bilbao", "jon@academialingua.eus", "2026-051", 275.00, "2026-11-25",
           "reminder", "2026-12-02 09:00")
    reply(th, B("""
Mañana sin falta. Perdona, se me pasó por completo.
Y sí, ya sé que es la segunda vez, no hace falta que me lo recuerdes, bastante me lo recuerda mi
socia.

Jon
"""), date="2026-12-02 13:27", frm="Jon Larrañaga <jon@academialingua.eus>", quote_style="none",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2026-12-03",
                      note="'Mañana sin falta' (Wed 2 Dec) → 3 December."))

    th = T("lucia", "Carmen Robles", "carmenrobles62@yahoo.es", "2026-062", 350.00, "2026-12-31", "reminder",
           "2027-01-25 09:00", kind="person")
    reply(th, B("""
Lucía cariño, a primeros de mes te lo pago, cuando cobre. Este enero ha sido terrible, se me
estropeó la caldera y mi madre ha estado ingresada una semana. No te olvido, de verdad.

Un beso,
Carmen
"""), date="2027-01-25 19:40",
          labels=dict(kind="client-reply-promise", split="dev",
                      note="'A primeros de mes te lo pago, cuando cobre' → vague, no promised_date."))

    th = T("iker", "Construcciones Bidasoa S.L.", "administracion@construccionesbidasoa.es", "2026-046", 3025.00,
           "2026-11-20", "final", "2026-12-10 09:00")
    reply(th, B("""
Iker:

El lunes hago la transferencia. Y no hacía falta amenazar con el monitorio, que no somos
delincuentes; ha sido un mes malo para todos.

Patxi Aranburu
Construcciones Bidasoa
"""), date="2026-12-10 19:00", frm="Patxi Aranburu <patxi@construccionesbidasoa.es>", prefix="RE: ",
          quote_style="outlook",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2026-12-14",
                      note="'El lunes hago la transferencia' (Thu 10 Dec) → Monday 14 December; offended by the formal notice."))

    th = T("lucia", "Álvaro Quintana", "alvaroquintana@gmail.com", "2026-056", 560.00, "2026-12-15", "late_fee",
           "2026-12-28 09:00", kind="person")
    reply(th, B("""
Hoy no puedo, ni mañana. El jueves te lo pago, no antes.
Y deja ya de mandarme correos cada tres días, que parece que te debo un riñón.
"""), date="2026-12-28 13:10", quote_style="gmail",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2026-12-31",
                      note="'Hoy no puedo, ni mañana. El jueves te lo pago' (Mon 28 Dec) → Thursday 31 December."))

    th = T("iker", "Clínica San Telmo S.A.", "proveedores@clinicasantelmo.es", "2026-049", 1452.00, "2026-12-31",
           "reminder", "2027-01-07 09:00")
    reply(th, B("""
Estimado proveedor:

Le informamos de que la factura n.º 2026-049 ha sido conformada por el departamento solicitante y se
incluirá en el próximo pago a proveedores, que se realiza el día 15 de cada mes.

Lamentamos el retraso, debido a que la factura ha estado pendiente de conformidad por parte del
Servicio de Comunicación durante el periodo navideño.

Atentamente,

Departamento de Contabilidad – Proveedores
Clínica San Telmo, S.A.
""") + "\n" + LOPD_ES, date="2027-01-07 11:02", frm="Proveedores Clínica San Telmo <proveedores@clinicasantelmo.es>",
          prefix="RE: ", fmt="outlook-alt", quote_style="outlook",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-15", reference="2026-049",
                      note="Accounts payable: approved, paid in the next supplier run 'el día 15 de cada mes' (7 Jan) → 15 January."))

    th = T("lucia", "Asociación Vecinal Lavapiés Sur", "junta@avlavapiessur.org", "2026-048", 800.00,
           "2026-11-30", "reminder", "2026-12-15 09:00")
    reply(th, B("""
Hola Lucía,

Te contesto en nombre de la junta. Hasta que no cobremos la subvención del Ayuntamiento no podemos
pagar, porque la cuenta de la asociación está literalmente a cero. Nos dicen que llega en febrero,
pero ya sabes cómo va esto con la administración.

Pagaremos, eso seguro. El cartel de las fiestas quedó precioso y todo el barrio lo comentó.

Un abrazo,
Pilar (tesorera)
"""), date="2026-12-15 18:30", frm="Pilar Domínguez <junta@avlavapiessur.org>",
          labels=dict(kind="client-reply-promise", split="dev",
                      note="Will pay when the subsidy arrives ('nos dicen que llega en febrero'): vague → promise without date."))

    th = T("iker", "Hotel Itsasmendi", "reservas@hotelitsasmendi.com", "2027-002", 847.00, "2027-01-31",
           "reminder", "2027-02-05 09:00")
    reply(th, B("""
Kaixo Iker:

No podemos antes del 20, estamos esperando el cobro de un grupo grande de enero que nos paga a 30
días. Lo siento, sé que vamos tarde y que siempre nos has tratado muy bien.

Un saludo,
Amaia
Hotel Itsasmendi
"""), date="2027-02-05 10:25", frm="Amaia Zubizarreta <reservas@hotelitsasmendi.com>",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-02-20",
                      note="'No podemos antes del 20' (5 Feb) → promise for 20 February."))

    th = T("lucia", "Manoli Fernández", "escuelaflamencamanoli@gmail.com", "2026-054", 420.00, "2026-12-10",
           "reminder", "2026-12-18 09:00", kind="person")
    reply(th, B("""
Ay Lucía hija, que me pilla tu correo en plena función de Navidad de las niñas, con cuarenta crías
vestidas de pastorcillas y las madres todas grabando con el móvil, no te puedes ni imaginar el
jaleo que hay aquí montado.

Que sí, que se me ha pasado, perdóname. La semana que viene te lo pago, illa, que esta estoy sin un
duro hasta que me paguen las mensualidades de enero, que aquí unas pagan el día 1 y otras cuando
les da la gana.

Por cierto, los carteles del festival de junio quedaron preciosos, me los han pedido hasta de la
peña de Triana. A ver si en primavera hacemos los nuevos.

Un besito muy grande y felices fiestas,
Manoli
"""), date="2026-12-18 19:55",
          labels=dict(kind="client-reply-promise", split="dev",
                      note="Long chatty Andalusian mail; 'la semana que viene te lo pago' is the only relevant line → promise, vague, no date."))

    th = T("iker", "Koldo Zubia", "liburudenda.zubia@euskalnet.net", "2026-053", 1200.00, "2026-12-15",
           "late_fee", "2027-01-08 09:00", kind="person")
    reply(th, B("""
Iker, te pago hoy la mitad (600 €) y el resto el día 30, que es cuando cobro las ventas de Navidad
del distribuidor. Lo siento, de verdad, no es mi estilo.

Koldo
Librería Zubia
"""), date="2027-01-08 13:45",
          labels=dict(kind="client-reply-promise", split="dev", amount="600.00", promised_date="2027-01-08",
                      note="Split promise: half (600 €) 'hoy', the rest on the 30th. Promise; first instalment date (today, Fri 8 Jan) and amount."))

    th = T("lucia", "Nerea Campos", "nerea@nereacampos.com", "2026-059", 300.00, "2026-12-20", "reminder",
           "2027-01-13 09:00", kind="person")
    reply(th, B("""
Lucía, me he echado a llorar al leer tu correo. No por ti, eh, que eres un sol, sino porque me he
dado cuenta de cómo tengo todo de abandonado desde que murió mi abuela.

El viernes te hago la transferencia, te lo prometo, y si el lunes no te ha llegado me llamas y me
echas la bronca, que me la merezco.

Gracias por tener tanta paciencia.
Nerea
"""), date="2027-01-13 22:18", cte="b64",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-15",
                      note="Tearful but clear: 'el viernes te hago la transferencia' (Wed 13 Jan) → Friday 15 January. Base64 body."))

    # ---------------------------------------------------------------- dispute
    th = T("lucia", "Reformas Integrales Manzanares S.L.", "administracion@reformasmanzanares.es", "2026-045",
           4840.00, "2026-11-15", "final", "2026-12-02 09:00")
    reply(th, B("""
Estimada Sra. Martín:

En nombre y representación de Reformas Integrales Manzanares, S.L., cuya defensa ejerzo, y en
contestación a su requerimiento de pago de fecha 2 de diciembre de 2026, le comunico lo siguiente:

PRIMERO.- Mi representada no reconoce la deuda reclamada en relación con la factura n.º 2026-045, por
importe de 4.840,00 €, por cuanto los trabajos de diseño de interiores facturados no se ajustaron
al encargo aceptado el 3 de julio de 2026. Los planos de ejecución entregados contenían errores de
cotas en la cocina y los baños de las viviendas 2.º A y 3.º B que obligaron a rehacer parte de la
obra, con un coste para mi representada que asciende a 6.120,00 € más IVA.

SEGUNDO.- Mi representada se reserva el ejercicio de las acciones que le correspondan en reclamación
de los daños y perjuicios sufridos.

TERCERO.- No obstante lo anterior, y a los efectos de la Ley Orgánica 1/2025, mi representada está
dispuesta a mantener una reunión para intentar alcanzar una solución negociada. Puede dirigirse a
este despacho para concretar fecha.

Atentamente,

Rafael Ordóñez Gil
Abogado – Colegiado ICAM n.º 81.442
Ordóñez & Vidal Abogados
C/ Príncipe de Vergara 112, 4.º – 28002 Madrid
""") + "\n" + LOPD_ES, date="2026-12-09 18:15", frm="Rafael Ordóñez <rordonez@ordonezvidal.es>",
          cc="administracion@reformasmanzanares.es",
          subject="Su requerimiento de 2 de diciembre de 2026 – Reformas Integrales Manzanares, S.L.",
          quote_style="none", refs=False,
          labels=dict(kind="client-reply-dispute", split="dev", reference="2026-045",
                      note="Lawyer for the client: does not recognise the debt (design errors), reserves a damages claim, offers negotiation under LO 1/2025. New subject, no In-Reply-To."))

    th = T("iker", "Gonzalo Ibarra", "gonzalo@ibarraasociados.com", "2026-054", 720.00, "2026-11-30", "late_fee",
           "2026-12-16 09:00", kind="person")
    reply(th, B("""
No me vuelva a escribir. Esto ya es acoso: tres correos en dos semanas.

La traducción al inglés de la web fue un desastre, me lo dijo mi socio británico nada más leerla, y
tuve que pagar a otra persona para corregirla. No pienso pagar esa factura y, si sigue insistiendo,
hablará con mi abogado.

G. Ibarra
"""), date="2026-12-16 10:12", quote_style="none",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="'No me vuelva a escribir… esto es acoso': translation quality contested, refuses to pay. Dispute."))

    th = T("lucia", "Yolanda Ruiz", "yolanda@peluqueriayolanda.es", "2026-065", 385.00, "2026-12-15",
           "late_fee", "2027-01-05 09:00", kind="person")
    reply(th, B("""
Lucía, te pago la factura esta semana, pero los 40 € de indemnización no los pienso pagar: es la
primera vez en seis años que me retraso y me parece una falta de respeto. Si me los vuelves a poner
en un correo, busco otra diseñadora.

Yolanda
"""), date="2027-01-05 20:44",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Will pay the invoice this week but refuses the 40 € compensation: contest of the fee outranks the promise."))

    th = T("iker", "Ediciones Txoria S.L.", "administracion@edicionestxoria.com", "2026-041", 2420.00,
           "2026-10-31", "final", "2026-11-23 09:00")
    reply(th, B("""
Estimado Sr. Etxeberria:

En relación con su requerimiento de pago de la factura n.º 2026-041, le comunicamos que con fecha 12
de noviembre de 2026 la sociedad ha presentado solicitud de declaración de concurso de acreedores
ante el Juzgado de lo Mercantil n.º 1 de Bilbao.

En consecuencia, la sociedad no puede atender el pago de deudas anteriores a dicha fecha al margen
del procedimiento concursal. Una vez se dicte el auto de declaración y se publique en el BOE, deberá
comunicar su crédito a la administración concursal en el plazo y la forma que allí se indiquen.

Sentimos profundamente esta situación.

Atentamente,
Ediciones Txoria, S.L.
Dpto. de Administración
"""), date="2026-11-24 12:30", frm="Ediciones Txoria – Administración <administracion@edicionestxoria.com>",
          prefix="RE: ", quote_style="outlook", charset="iso-8859-1", codec="cp1252",
          labels=dict(kind="client-reply-dispute", split="dev", reference="2026-041",
                      note="Insolvency (concurso de acreedores): the client says it cannot pay outside the procedure and sends the creditor to the administrator. Labelled dispute as a refusal/inability to pay, not a contest of the work."))

    th = T("lucia", "Academia Vértice", "direccion@academiavertice.es", "2026-046", 2400.00, "2026-11-20",
           "reminder", "2026-11-27 09:00")
    reply(th, B("""
Lucía:

Entregaste la web con un mes de retraso y nos perdimos entera la campaña de matrícula de septiembre,
que es la que nos da de comer todo el año. Lo hablé con mi socio y lo tenemos claro: te pagamos el
70% (1.680 €) y damos el tema por cerrado.

Si te parece bien, hazme una rectificativa por la diferencia y te hago la transferencia ese mismo
día.

Raquel Benítez
Directora – Academia Vértice
"""), date="2026-11-27 17:22", frm="Raquel Benítez <direccion@academiavertice.es>",
          labels=dict(kind="client-reply-dispute", split="dev", amount="1680.00",
                      note="Late delivery → offers 70% (1,680 €) and asks for a corrective invoice. Dispute; amount = what they accept to pay."))

    th = T("lucia", "Sergio Navarro", "sergionavarro.arq@gmail.com", "2026-052", 2178.00, "2026-12-05",
           "reminder", "2026-12-14 09:00", kind="person")
    reply(th, B("""
Lucía, el presupuesto era de 1.800 € IVA incluido, lo tengo por escrito en tu WhatsApp del 3 de
octubre. En la factura pone 1.800 + IVA = 2.178 €. Eso no es lo que hablamos.

Mándame la factura bien hecha y te pago los 1.800 al momento.

Sergio
"""), date="2026-12-14 09:58",
          labels=dict(kind="client-reply-dispute", split="dev", amount="1800.00",
                      note="Wrong amount (VAT included vs + VAT); will pay 1,800 after a corrected invoice. Dispute."))

    th = T("iker", "Industrias Metálicas Garay S.A.", "compras@imgaray.com", "2026-043", 1930.00, "2026-11-30",
           "reminder", "2026-12-09 09:00")
    reply(th, B("""
Sr. Etxeberria:

Lamentamos comunicarle que no vamos a abonar la factura 2026-043.

La traducción al alemán del manual técnico de la prensa PH-400 contenía errores graves de
terminología (por ejemplo, "soldadura" traducido sistemáticamente como "Lötung" en lugar de
"Schweißung", y las unidades de par de apriete cambiadas en la tabla 7). Nuestro cliente de Stuttgart
rechazó el manual y tuvimos que encargar una revisión completa a otra agencia, cuyo coste (1.450 € +
IVA) nos reservamos reclamarle.

Quedamos a su disposición para aclarar cualquier punto.

Atentamente,
Begoña Garay
Dpto. de Compras
Industrias Metálicas Garay, S.A.
"""), date="2026-12-10 08:35", frm="Begoña Garay <compras@imgaray.com>", prefix="RE: ", fmt="outlook-alt",
          quote_style="outlook",
          labels=dict(kind="client-reply-dispute", split="dev", reference="2026-043",
                      note="Formal refusal: translation errors, end client rejected it, reserve a counter-claim."))

    th = T("lucia", "Ignacio Ferrer", "ignacio.ferrer@ferrerconsultores.es", "2026-063", 950.00, "2026-12-10",
           "late_fee", "2027-01-12 09:00", kind="person")
    reply(th, B("""
Mire, le pagaré cuando me salga de las narices. Si usted tardó dos meses en entregar el proyecto, yo
puedo tardar dos meses en pagarlo. Y deje de mandarme esas cartas con leyes, que no me asustan.
"""), date="2027-01-12 23:51", quote_style="none",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="'Le pagaré cuando me salga de las narices' — no commitment, retaliates for late delivery, rejects the fees: not a promise; dispute."))

    th = T("iker", "Unai Mendizabal", "txokobar@gmail.com", "2026-055", 900.00, "2026-12-10", "reminder",
           "2026-12-18 09:00", kind="person")
    reply(th, B("""
Te he transferido 500 €, que es lo que vale lo que has hecho.
El menú en francés tenía faltas y el chino no lo entiende nadie, me lo dijeron unos clientes de
Shanghái que vinieron el puente. No voy a pagar más.

Unai
Txoko Bar
"""), date="2026-12-18 16:20",
          labels=dict(kind="client-reply-dispute", split="dev", amount="500.00",
                      note="Paid 500 of 900 and refuses the rest (quality): partial + dispute = dispute; amount = paid part."))

    th = T("lucia", "Óptica Miralba S.L.", "administracion@opticamiralba.es", "2026-064", 1573.00, "2026-12-15",
           "reminder", "2026-12-22 09:00")
    reply(th, B("""
Buenos días Lucía,

Esta factura (la 2026-064) ya nos la cobraste en la 2026-038 de septiembre: es el mismo trabajo, los
folletos de la campaña de otoño, y el mismo importe. La 2026-038 la pagamos el 2 de octubre.

Por favor, anúlala con una rectificativa y confírmamelo.

Gracias,
Elena Miralba
"""), date="2026-12-22 10:40", frm="Elena Miralba <administracion@opticamiralba.es>",
          labels=dict(kind="client-reply-dispute", split="dev", reference="2026-064",
                      note="Already billed: 2026-064 duplicates 2026-038 (paid in October). Dispute; reference is the invoice contested."))

    th = T("lucia", "Julián Moreno", "ceramicastalavera@ceramicastalavera.es", "2026-051", 700.00, "2026-11-30",
           "reminder", "2026-12-07 09:00", kind="person")
    reply(th, B("""
Las fotos no son lo que pactamos. Pedimos fondo blanco para la tienda de Amazon y nos mandaste fotos
"de ambiente" con mesas de madera, flores y mantelitos. Amazon nos las rechaza todas, lo pone bien
claro en sus normas.

Repítelas con fondo blanco y te pago. Mientras tanto, no.

Julián Moreno
Cerámicas Talavera Artesana
"""), date="2026-12-07 12:50", quote_style="apple",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Work not as agreed (product photos without white background); will pay only after redo. Dispute."))

    th = T("iker", "Despacho Lasa Abogados", "administracion@lasaabogados.es", "2026-047", 1210.00, "2026-11-30",
           "reminder", "2026-12-09 09:00")
    reply(th, B("""
Buenos días:

Su factura n.º 2026-047 no incluye la retención del 15% de IRPF que, como profesional, debe
practicarse, y que nosotros estamos obligados a ingresar en Hacienda. Así no podemos contabilizarla
ni pagarla.

Le rogamos que emita una factura rectificativa (base 1.000,00 €, IVA 21% 210,00 €, retención IRPF
15% −150,00 €, total 1.060,00 €). En cuanto la recibamos, procederemos al pago.

Un saludo,
Administración – Despacho Lasa Abogados
""") + "\n" + LOPD_ES, date="2026-12-09 13:03", frm="Administración Lasa Abogados <administracion@lasaabogados.es>",
          prefix="RE: ", fmt="outlook-html", quote_style="outlook",
          labels=dict(kind="client-reply-dispute", split="dev", reference="2026-047", amount="1060.00",
                      note="HTML-only: invoice wrong (IRPF withholding missing), asks for a corrective invoice; will pay the corrected 1,060.00. Dispute."))

    th = T("lucia", "Patricia Gil", "patriciagil.home@gmail.com", "2026-066", 1100.00, "2027-01-15", "reminder",
           "2027-01-22 09:00", kind="person")
    reply(th, B("""
Si no me anula la factura le pongo una reseña de una estrella en Google y en Houzz y cuento en
Instagram cómo me ha dejado la casa: el sofá que usted eligió no cabe por la puerta del salón y la
lámpara no se puede instalar en mi techo porque es de escayola. Usted verá lo que hace.

Patricia Gil
"""), date="2027-01-22 21:07",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Demands cancellation of the invoice, threatens reviews; work contested. Dispute."))

    th = T("iker", "Autoescuela Amaia", "autoescuelaamaia@gmail.com", "2026-056", 363.00, "2026-12-10",
           "late_fee", "2027-01-11 09:00")
    reply(th, B("""
¿Intereses de demora? ¿Me está usted vacilando?
3,23 € de intereses y 40 € de "costes de cobro" por una factura de 363 €. Le pagaré los 363 € cuando
me venga bien este mes, y ni un euro más.

Amaia Etxebarria
"""), date="2027-01-11 18:02", frm="Amaia Etxebarria <autoescuelaamaia@gmail.com>",
          labels=dict(kind="client-reply-dispute", split="dev", amount="363.00",
                      note="Refuses interest and the 40 €; will pay only the 363 'cuando me venga bien este mes'. Dispute; amount = accepted sum."))

    th = T("lucia", "Raúl Cortés", "raul@eventoslunallena.com", "2026-044", 1600.00, "2026-11-15", "final",
           "2026-12-01 09:00", kind="person")
    reply(th, B("""
Yo no firmé ningún presupuesto. Hablamos por teléfono de unas ideas para el logo y usted se puso a
trabajar por su cuenta sin que nadie se lo pidiera. No hay contrato, no le debo nada.

Si quiere reclamar, reclame.

Raúl Cortés
Eventos Luna Llena
"""), date="2026-12-01 11:29",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Denies any agreement and the debt ('no le debo nada'). Dispute."))

    th = T("iker", "Muebles Oiartzun S.L.", "marketing@mueblesoiartzun.com", "2026-057", 2600.00, "2026-12-20",
           "reminder", "2027-01-04 09:00")
    reply(th, B("""
Hola Iker:

Nos faltan las versiones en inglés y en catalán del catálogo, que estaban en el presupuesto (te lo
adjunto, página 2). Solo hemos recibido el francés.

Cuando estén las tres, pagamos la factura entera; antes, no.

Saludos,
Itsaso Mendia
Marketing – Muebles Oiartzun
"""), date="2027-01-04 10:15", frm="Itsaso Mendia <marketing@mueblesoiartzun.com>",
          attachments=[pdf("Presupuesto_traduccion_catalogo_2027.pdf")],
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Incomplete work (2 of 3 languages missing); will pay only when complete. Dispute."))

    th = T("lucia", "Domingo Cabrera", "supertindaya@hotmail.com", "2026-067", 880.00, "2026-12-31", "reminder",
           "2027-01-14 08:00", kind="person")
    reply(th, B("""
ESTO ES UNA VERGÜENZA. LOS CARTELES LLEGARON CON EL PRECIO DEL GOFIO MAL Y TUVIMOS QUE TAPARLOS CON
PEGATINAS DELANTE DE LOS CLIENTES. NO PIENSO PAGAR HASTA QUE ME LOS REIMPRIMA.
Y NO ME MANDE MÁS CORREOS DE ESOS.

DOMINGO
SUPERMERCADOS TINDAYA
"""), date="2027-01-14 07:40", tz="Atlantic/Canary", quote_style="outlook-orig", prefix="RE: ",
          charset="windows-1252", cte="8bit",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="All caps, Canary Islands (Atlantic/Canary, 07:40 local): wrong price on posters, refuses to pay until reprinted."))

    th = T("iker", "Grupo Editorial Zabaleta S.A.", "proveedores@grupozabaleta.es", "2026-058", 3146.00,
           "2026-12-20", "reminder", "2027-01-11 09:00")
    body = B("""
Estimado Sr. Etxeberria:

Le comunicamos nuestra disconformidad con la factura n.º 2026-058, por los motivos siguientes:

Concepto facturado: traducción ES>EN "Guía de Patrimonio Industrial"
Palabras facturadas: 26.000 a 0,10 €
Palabras según recuento del original (Trados): 21.340
Diferencia: 4.660 palabras (466,00 € + IVA)

Le rogamos emita factura rectificativa ajustada al recuento real. Una vez recibida, se tramitará el
pago en la siguiente remesa.

Atentamente,
Nahia Zabaleta
Control de Gestión – Grupo Editorial Zabaleta
""")
    reply(th, body, date="2027-01-12 09:50", frm="Nahia Zabaleta <proveedores@grupozabaleta.es>", prefix="RE: ",
          fmt="outlook-alt", quote_style="outlook",
          labels=dict(kind="client-reply-dispute", split="dev", reference="2026-058",
                      note="Formal disagreement on the word count (26,000 billed vs 21,340): asks for a corrective invoice. Dispute."))

    # ---------------------------------------------------------------- other (human)
    th = T("lucia", "Elena Vidal", "elenavidal.vet@gmail.com", "2026-043", 726.00, "2026-11-30", "reminder",
           "2026-12-09 09:00", kind="person")
    reply(th, B("""
No me vuelva a escribir a este correo, que es personal y lo leen también mis hijos. Las facturas de
la clínica se mandan a administracion@clinicamascotas.es, se lo he dicho ya dos veces.

Elena Vidal
"""), date="2026-12-09 21:14",
          labels=dict(kind="client-reply-other", split="dev",
                      note="'No me vuelva a escribir' here means 'not to this address': redirect to the accounts address, no claim."))

    th = T("iker", "Traducciones Bizkaia", "pedidos@traduccionesbizkaia.com", "2026-045", 495.00, "2026-11-30",
           "reminder", "2026-12-07 09:00")
    reply(th, B("""
Hola Iker,

¿De qué factura me hablas? No la encuentro en nuestro sistema ni en el correo de facturas. ¿Me la
reenvías con el número de pedido (empieza por PB-)? Sin él, contabilidad no la da de alta.

Gracias,
Lorea
"""), date="2026-12-07 11:20", frm="Lorea Agirre <pedidos@traduccionesbizkaia.com>",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Cannot find the invoice; asks to resend it with the PO number. Question."))

    th = T("lucia", "Fernando Lozano", "ferlozano@telefonica.net", "2026-042", 1331.00, "2026-11-15", "final",
           "2026-12-03 09:00", kind="person")
    reply(th, B("""
Lucía, llámame por favor. No quiero discutir esto por correo con un programa que me manda artículos
del Código Civil. Estoy en el 654 21 88 03 por las mañanas.

Fernando
"""), date="2026-12-03 10:05",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Upset by the formal notice, asks for a call; no claim or promise."))

    th = T("iker", "Asesoría Arratia", "info@asesoriaarratia.com", "2026-042", 605.00, "2026-11-30", "reminder",
           "2026-12-11 09:00")
    reply(th, B("""
¿Es usted de verdad?

Esta semana hemos recibido dos correos falsos pidiendo cambiar cuentas bancarias de proveedores, y
este trae un IBAN que no coincide con el que tenemos registrado para usted. Antes de pagar nada
necesito que me lo confirme por teléfono (94 673 12 40).

Josu Arratia
"""), date="2026-12-11 12:00", frm="Josu Arratia <info@asesoriaarratia.com>",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Fraud suspicion about the IBAN; wants a phone confirmation before paying. Question, not a promise."))

    th = T("lucia", "Grupo Sierra Norte", "direccion@gruposierranorte.es", "2026-059", 2420.00, "2026-12-20",
           "reminder", "2027-01-05 09:00")
    reply(th, B("""
Recibido. Lo paso a contabilidad, que son los que pagan.
Para la próxima, mejor mándelo directamente a ellos: contabilidad@gruposierranorte.es

Gonzalo
"""), date="2027-01-05 09:31", frm="Gonzalo Sierra <direccion@gruposierranorte.es>",
          cc="contabilidad@gruposierranorte.es",
          labels=dict(kind="client-reply-other", split="dev",
                      note="'Recibido, lo paso a contabilidad' with accounts in cc: forwarded to accounts."))

    th = T("iker", "Maite Uribe", "maiteuribe@gmail.com", "2026-058", 220.00, "2026-12-31", "reminder",
           "2027-01-15 09:00", kind="person")
    reply(th, B("""
Iker, el banco me rechaza la transferencia, me dice que el IBAN no es válido. ¿Me lo puedes mandar
otra vez, o mejor una foto del certificado de titularidad? Lo siento por el retraso, de verdad que
lo he intentado dos veces.

Maite
"""), date="2027-01-15 17:33",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Payment attempt failed, asks for the IBAN again: a question; not paid, no dated promise."))

    th = T("lucia", "Imprenta Hermanos Vidal", "imprenta@hermanosvidal.es", "2026-040", 968.00, "2026-10-31",
           "late_fee", "2026-11-16 09:00")
    reply(th, B("""
Buenos días, Sra. Martín:

Mi padre, Tomás Vidal, que llevaba la imprenta, falleció el mes pasado. Ahora lo estoy gestionando yo
como puedo y no sé nada de esto. ¿Me puede explicar qué trabajo es y mandarme el presupuesto que él
aceptó? Le pido un poco de paciencia mientras me aclaro con los papeles.

Andrés Vidal
"""), date="2026-11-17 08:20", frm="Andrés Vidal <imprenta@hermanosvidal.es>",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Bereavement: the son asks what the invoice is for and for the accepted quote; no claim, no promise."))

    th = T("iker", "Gimnasio Kirol", "kirol@gimnasiokirol.com", "2026-057", 423.50, "2026-12-20", "reminder",
           "2027-01-08 09:00")
    reply(th, B("""
Marta, ¿esto lo has pagado tú? Yo no lo tengo en la lista. Este chico es un pesado, vaya.

Mikel
"""), date="2027-01-08 12:17", frm="Mikel Etxaniz <kirol@gimnasiokirol.com>",
          cc="Marta Etxaniz <marta@gimnasiokirol.com>",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Reply-all by mistake, meant for a colleague: asks whether it was paid, rude aside. Neither paid nor promise."))


def spanish_machine():
    th = T("lucia", "Paula Ortega", "paulaortega.ilustra@gmail.com", "2026-061", 180.00, "2026-12-20", "reminder",
           "2027-01-08 09:00", kind="person")
    body = B("""
Hola, Lucía:

Has recibido un Bizum.

Importe: 180,00 €
De: PAULA ORTEGA GARCIA
Concepto: factura lucia 🙏
Fecha: 08/01/2027 14:00

El dinero ya está disponible en tu cuenta terminada en 1332.

Gracias por confiar en CaixaBank.

Este es un mensaje automático, por favor no respondas a este correo.
""")
    plainmail("CaixaBank <notificaciones@caixabank.com>", "lucia@martinestudio.es", "Has recibido un Bizum",
              "2027-01-08 14:00", "Europe/Madrid", text(body, cte="qp"),
              extra=[("Auto-Submitted", "auto-generated")],
              labels=dict(kind="payment-notification", language="es", split="dev", amount="180.00",
                          note="Bank notice of an incoming Bizum (the apologetic client's payment); no invoice number in the concept."))

    th = T("iker", "Construcciones Bidasoa S.L.", "administracion@construccionesbidasoa.es", "2026-046", 3025.00,
           "2026-11-20", "promise_followup", "2026-12-28 09:00", promise_date="2026-12-14")
    autoreply(th, B("""
Buenos días:

Estaré fuera de la oficina hasta el lunes 11 de enero, sin acceso al correo.

Para cualquier asunto urgente de obra, pueden llamar al 943 62 71 80. Para temas de facturación,
escriban a contabilidad@construccionesbidasoa.es.

Gracias y felices fiestas.
Patxi Aranburu
"""), date="2026-12-28 09:00", frm="Patxi Aranburu <administracion@construccionesbidasoa.es>",
              subject="Respuesta automática: " + th.subject, fmt="alt",
              headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "administracion@construccionesbidasoa.es")],
              labels=dict(kind="auto-reply", split="dev", return_date="2027-01-11",
                          note="Out of office 'hasta el lunes 11 de enero' → back Monday 11 January (per the convention 'hasta el lunes' = that Monday)."))

    th = T("lucia", "Academia Vértice", "secretaria@academiavertice.es", "2026-046", 2400.00, "2026-11-20",
           "late_fee", "2026-12-09 09:00")
    bounce(th, date="2026-12-09 09:01", frm="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@martinestudio.es>",
           subject="No se puede entregar: " + th.subject,
           human=B("""
No se pudo entregar el mensaje a estos destinatarios o grupos:

secretaria@academiavertice.es
La dirección de correo que especificó no se encontró. Compruebe la dirección de correo del
destinatario e intente enviar de nuevo el mensaje. Si el problema continúa, póngase en contacto con
el departamento de soporte técnico.

Información de diagnóstico para administradores:

Servidor generador: AM9PR07MB7201.eurprd07.prod.outlook.com

secretaria@academiavertice.es
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""), reporting_mta="AM9PR07MB7201.eurprd07.prod.outlook.com", status="5.1.10",
           diag="550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup",
           attach_full=False,
           headers=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")],
           labels=dict(kind="bounce", split="dev", permanent=True,
                       note="Exchange Online NDR in Spanish: recipient not found (5.1.10); permanent. Only the headers of the original are returned."))


# ============================================================================================
# English
# ============================================================================================

def gbp(v):
    return 40.0 if v < 1000 else 70.0 if v < 10000 else 100.0


def english():
    # ---------------------------------------------------------------- paid
    th = T("hannah", "Rachel Whitmore", "rachel@whitmoreflorals.co.uk", "HP-2026-041", 850.00, "2026-11-30",
           "late_fee", "2026-12-14 09:00", kind="person", cur="GBP", comp=gbp(850))
    reply(th, B("""
Hannah,

I paid on Friday. Check your account.

And for what it's worth, I don't appreciate the tone of this. "Statutory interest", "costs of
recovering the debt" – I'm not some deadbeat. I've been a client for three years and I was two weeks
late because my bookkeeper was off sick.

Rachel
"""), date="2026-12-14 11:06",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="'I paid on Friday' + 'I don't appreciate the tone'. Paid."))

    th = T("tom", "Declan Kilbride", "declan@kilbrideroasters.ie", "INV-2026-118", 1230.00, "2026-11-30",
           "reminder", "2026-12-10 09:00", kind="person", law="IE")
    reply(th, B("""
Sorted – paid this morning. Three reminders in ten days is a bit much though, Tom, I thought we were
on better terms than that.

Declan

Sent from my iPhone
"""), date="2026-12-10 10:42", quote_style="apple",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="'Sorted – paid this morning' with a grumble. Paid."))

    th = T("hannah", "Harbour & Finch Ltd", "ap@harbourfinch.co.uk", "HP-2026-038", 2400.00, "2026-11-30",
           "reminder", "2026-12-08 09:00", cur="GBP", fees=False)
    reply(th, B("""
Hello,

This invoice was processed in yesterday's payment run and should reach your account within two
working days.

Could we ask that you remove this address from any automated reminder sequence? We receive a very
large volume of these and they slow down our team.

Kind regards,

Priya Nair
Accounts Payable
Harbour & Finch Ltd
""") + "\n" + DISCLAIMER_EN, date="2026-12-08 14:31", frm="Accounts Payable <ap@harbourfinch.co.uk>",
          prefix="RE: ", fmt="outlook-alt", quote_style="outlook",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="AP: 'processed in yesterday's payment run' = paid, with a dry request to stop automated reminders."))

    th = T("tom", "Brightline Media LLC", "ap@brightlinemedia.com", "INV-2026-121", 2400.00, "2026-12-01",
           "final", "2026-12-18 09:00", cur="USD", fees=False)
    reply(th, B("""
Tom,

ACH for $2,400 went out this morning. Should land Monday or Tuesday given the international leg.

Frankly, the "final notice before debt recovery" language is pretty insulting for an invoice that's
17 days late over Thanksgiving. Our AP person was out and I was covering. Please dial it down next
time – we've been a good client.

Jen Kowalski
Operations Director | Brightline Media
"""), date="2026-12-18 10:30", tz="America/New_York", frm="Jen Kowalski <jen@brightlinemedia.com>",
          labels=dict(kind="client-reply-paid", split="dev", amount="2400.00", currency="USD",
                      note="US client (America/New_York): 'ACH for $2,400 went out this morning' = paid; 'should land Monday' is an arrival estimate, not a promise. Insulted by the final notice."))

    th = T("hannah", "Marcus Bell", "marcus.bell@bellcarpentry.co.uk", "HP-2026-044", 600.00, "2026-12-15",
           "reminder", "2027-01-05 09:00", kind="person", cur="GBP", fees=False)
    reply(th, B("""
Here you go. Not that I should have to prove anything to a robot.

M.

---------- Forwarded message ---------
From: Wise <noreply@wise.com>
Date: Wed, 6 Jan 2027 at 09:12
Subject: Your transfer to Hannah Price is complete
To: <marcus.bell@bellcarpentry.co.uk>


Hi Marcus,

Your money's on its way.

You sent: 600.00 GBP
Hannah Price receives: 600.00 GBP
Account ending: 9268 19
Reference: HP-2026-044
Transfer #: 1093358724

It should arrive today.

Thanks for using Wise.
The Wise Team
"""), date="2027-01-06 09:30", subject="Fwd: Your transfer to Hannah Price is complete", quote_style="none",
          refs=False,
          labels=dict(kind="client-reply-paid", split="dev", amount="600.00", currency="GBP",
                      reference="HP-2026-044",
                      note="Client forwards the Wise confirmation with a sour line; new thread. Paid; amount and reference from the forwarded receipt."))

    th = T("hannah", "Sophie Adeyemi", "sophie@littlekiln.co.uk", "HP-2026-046", 420.00, "2026-12-10",
           "suspension", "2027-01-14 09:00", kind="person", cur="GBP", comp=gbp(420))
    reply(th, B("""
Hannah, I am so, so sorry.

I've been in hospital since just before Christmas (appendix, then an infection, long story) and I've
only just got my laptop back. I've paid it just now from my phone – the £420 plus the £40, because
you're right and I should have told someone.

Please don't suspend anything, I need the site for the January sale.

Sophie x
"""), date="2027-01-14 20:12",
          labels=dict(kind="client-reply-paid", split="dev", amount="460.00", currency="GBP",
                      note="Apologetic (hospital): paid '£420 plus the £40' = 460.00 GBP stated as paid (interest not mentioned, not contested)."))

    th = T("tom", "Ciarán Ó Briain", "ciaran@obriainbuilders.ie", "INV-2026-124", 480.00, "2026-11-27",
           "reminder", "2026-12-07 09:00", kind="person", law="IE")
    reply(th, B("""
Jaysus Tom relax, it's paid, went out Friday. Ye'd swear I was after robbing the Credit Union.
See you at the Christmas do.
C.
"""), date="2026-12-07 09:41",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="Hiberno-English: 'it's paid, went out Friday'. Paid."))

    th = T("tom", "Aoife Gallagher", "aoife@thelinenloft.ie", "INV-2026-127", 1845.00, "2026-12-04", "late_fee",
           "2026-12-21 09:00", kind="person", law="IE", comp=70.0)
    reply(th, B("""
Paid in full this afternoon.

I won't be recommending you to anyone, and I'll be saying why on Google: the brochure was three weeks
late and I had to chase you for every single proof. But it's paid, so please stop emailing me.

Aoife
"""), date="2026-12-21 15:48",
          labels=dict(kind="client-reply-paid", split="dev",
                      note="'Paid in full' with a threatened bad review: complaint, nothing contested. Paid."))

    th = T("tom", "Clontarf Physio Clinic", "admin@clontarfphysio.ie", "INV-2026-115", 950.00, "2026-12-10",
           "final", "2027-01-11 09:00", law="IE")
    reply(th, B("""
Hi Tom,

We paid INV-2026-115 on the 4th of January by EFT from our AIB account, so I'm a bit taken aback to
get a "final notice" today. Can you check your end? If it hasn't arrived I'll get on to the bank.

Regards,
Niamh Walsh
Practice Manager
"""), date="2027-01-11 12:20", frm="Niamh Walsh <admin@clontarfphysio.ie>", prefix="RE: ",
          quote_style="outlook",
          labels=dict(kind="client-reply-paid", split="dev", reference="INV-2026-115",
                      note="Paid on 4 January, asks the owner to check: still paid."))

    th = T("hannah", "Cotswold Candle Co Ltd", "accounts@cotswoldcandle.co.uk", "HP-2026-039", 1200.00,
           "2026-12-11", "final", "2026-12-22 09:00", cur="GBP", comp=gbp(1200))
    reply(th, B("""
Hannah,

We have today paid £1,240.00, which is the invoice plus your £40 "compensation". We are paying it
under protest so that this is closed before Christmas; we think it's a poor way to treat a client of
four years who was eleven days late.

We won't be using your services again.

George Latimer
Director, Cotswold Candle Co Ltd
"""), date="2026-12-22 16:55", frm="George Latimer <george@cotswoldcandle.co.uk>",
          labels=dict(kind="client-reply-paid", split="dev", amount="1240.00", currency="GBP",
                      note="Paid '£1,240.00 … under protest' and ends the relationship; nothing withheld or reclaimed → paid, despite the hostility. (The notice asked for £70, they paid £40 extra: the owner may see a shortfall, but the client claims to have paid.)"))

    # ---------------------------------------------------------------- promise
    th = T("hannah", "Northgate Events Ltd", "finance@northgateevents.co.uk", "HP-2026-047", 1750.00,
           "2026-12-31", "reminder", "2027-01-08 09:00", cur="GBP", fees=False)
    reply(th, B("""
Hi Hannah,

Apologies – we can't before the 28th. January is a cash-flow graveyard for us after the Christmas
parties. It'll be with you on the 28th.

Best,
Ollie Pearce
Finance, Northgate Events
"""), date="2027-01-08 15:17", frm="Ollie Pearce <finance@northgateevents.co.uk>",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-28",
                      note="'We can't before the 28th … It'll be with you on the 28th' → promise 28 January."))

    th = T("tom", "Dockside Properties Ltd", "accounts@docksideproperties.ie", "INV-2026-130", 3690.00,
           "2026-12-31", "late_fee", "2027-01-19 09:00", law="IE", comp=70.0)
    reply(th, B("""
Tom – approved, it'll go out with next week's payment run. No need for the lecture about interest,
we're good for it.

Siobhán
"""), date="2027-01-19 13:02", frm="Siobhán Keane <accounts@docksideproperties.ie>", quote_style="none",
          labels=dict(kind="client-reply-promise", split="dev",
                      note="'It'll go out with next week's payment run' → promise, vague (no date). 'No need for the lecture' is irritation, not a refusal of the interest."))

    th = T("hannah", "Dan Whitfield", "dan@whitfieldaudio.co.uk", "HP-2026-043", 1500.00, "2026-12-15",
           "suspension", "2027-01-20 09:00", kind="person", cur="GBP", comp=gbp(1500))
    reply(th, B("""
Hannah,

I owe you an apology and a plan rather than more silence, so here's both.

I lost my two biggest podcast clients in November, within a week of each other, and I've been
juggling ever since. That's not your problem, and I'm sorry I went quiet instead of telling you.

Could we do £500 a month starting 1 February (so 1 Feb, 1 Mar, 1 Apr)? I'll set up a standing order
today if you say yes.

Dan
"""), date="2027-01-20 22:40",
          labels=dict(kind="client-reply-promise", split="dev", amount="500.00", currency="GBP",
                      promised_date="2027-02-01",
                      note="Instalment proposal £500/month from 1 February → promise; first instalment's date and amount."))

    th = T("tom", "Meabh Doyle", "meabh@greystonesyoga.ie", "INV-2026-133", 560.00, "2027-01-15", "reminder",
           "2027-01-26 09:00", kind="person", law="IE")
    reply(th, B("""
Paying Friday.

And please stop the automated emails – my business partner reads this inbox too and honestly it's
mortifying.

Méabh
"""), date="2027-01-26 10:11",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-29",
                      note="'Paying Friday' (Tue 26 Jan) → Friday 29 January; embarrassed by the reminders."))

    th = T("tom", "Ray Hollis", "ray@hollisgrant.com", "INV-2026-126", 3200.00, "2026-11-30", "reminder",
           "2026-12-09 14:00", kind="person", cur="USD", fees=False)
    reply(th, B("""
Tom, you'll have it by end of month, my hand to God.

Q4 has been a bloodbath and our biggest client is 90 days late on us. I hate being that guy.

Ray Hollis
Hollis & Grant Studio | Brooklyn, NY
"""), date="2026-12-09 10:15", tz="America/New_York",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2026-12-31",
                      note="'By end of month' (9 Dec, New York) → 31 December 2026."))

    th = T("hannah", "Pixelworks Agency Ltd", "studio@pixelworks.agency", "HP-2026-040", 3300.00, "2026-11-15",
           "final", "2026-12-15 09:00", cur="GBP", comp=gbp(3300))
    reply(th, B("""
Hannah,

You'll get your money when our client pays us, not a day before. That's how subcontracting works,
and you knew that when you took the job. Sending us a final notice with statutory interest isn't
going to speed anything up.

Gareth
"""), date="2026-12-15 17:38", frm="Gareth Lloyd <gareth@pixelworks.agency>",
          labels=dict(kind="client-reply-promise", split="dev",
                      note="Pay-when-paid, hostile: 'when our client pays us' → promise without date. The statutory interest remark is irritation, not an explicit refusal."))

    th = T("tom", "Fintan Walsh", "fintan@walshjoinery.ie", "INV-2026-128", 720.00, "2026-11-30",
           "promise_followup", "2026-12-16 09:00", kind="person", law="IE", promise_date="2026-12-11")
    reply(th, B("""
Tomorrow, first thing. I know, I know. Sorry Tom.
"""), date="2026-12-16 22:10", quote_style="gmail",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2026-12-17",
                      note="'Tomorrow, first thing' (Wed 16 Dec, late evening) → 17 December."))

    th = T("hannah", "Lena Fischer", "lena@fischerceramics.co.uk", "HP-2026-045", 300.00, "2026-12-20",
           "reminder", "2027-01-11 09:00", kind="person", cur="GBP", fees=False)
    reply(th, B("""
Not today, sorry – Thursday. Payday is Thursday.
And yes I know it's late, you don't need to send three emails about it.

Lena
"""), date="2027-01-11 12:52",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-14",
                      note="'Not today – Thursday' (Mon 11 Jan) → Thursday 14 January."))

    th = T("tom", "Pádraig Kenny", "padraig.kenny@stjudesgaa.ie", "INV-2026-132", 400.00, "2026-12-15",
           "reminder", "2027-01-05 09:00", kind="person", law="IE")
    reply(th, B("""
Tom, happy new year!

God, what a Christmas. We had the under-12s blitz on the 27th and half the pitch was frozen, so we
ended up playing in the hall and a window went – don't ask. Then my mother-in-law came for the week
and the boiler packed in on New Year's Eve. I'm only now surfacing.

The new crest is going down a storm by the way. The lads have it on the jerseys for the county
league and the shop has sold out of the hoodies twice. Fair play to you.

Sorry about the invoice, the club account needs two signatures and the treasurer was in Lanzarote.
I'll fix you up on the 15th when we're both back in the one place.

Also – would you have time in February to do a poster for the table quiz? Nothing fancy.

Pádraig
"""), date="2027-01-05 19:26",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-15",
                      note="Long chatty club mail; the one line that matters: 'I'll fix you up on the 15th' (5 Jan) → 15 January. Plus a request for new work."))

    th = T("hannah", "Tasha Green", "tasha@greenandgold.studio", "HP-2026-042", 650.00, "2026-11-25",
           "late_fee", "2026-12-09 09:00", kind="person", cur="GBP", comp=gbp(650))
    reply(th, B("""
Hi Hannah,

I'm mortified, honestly. The shop's had the worst November I can remember and I've been robbing
Peter to pay Paul.

I'll send £200 today and the rest before Christmas, promise. Please bear with me.

Tasha
"""), date="2026-12-09 11:48",
          labels=dict(kind="client-reply-promise", split="dev", amount="200.00", currency="GBP",
                      promised_date="2026-12-09",
                      note="Split promise: £200 today (Wed 9 Dec), the rest 'before Christmas'. Promise; first instalment date and amount."))

    th = T("tom", "Atlantic Freight Solutions Ltd", "payables@atlanticfreight.ie", "INV-2026-129", 5166.00,
           "2026-12-15", "reminder", "2026-12-22 09:00", law="IE")
    reply(th, B("""
Good morning,

Your invoice INV-2026-129 has been approved and is scheduled for payment on 14 January 2027, in line
with our 45-day terms.

Please note our offices are closed from 23 December to 4 January inclusive.

Kind regards,
Accounts Payable
Atlantic Freight Solutions Ltd
"""), date="2026-12-22 10:05", frm="Accounts Payable <payables@atlanticfreight.ie>", prefix="RE: ",
          fmt="outlook-alt", quote_style="outlook",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-01-14", reference="INV-2026-129",
                      note="AP human reply: 'scheduled for payment on 14 January 2027'. Promise. The office closure dates are not a return date (not an auto-reply)."))

    th = T("hannah", "Felicity Crane", "felicity@brambleandoak.co.uk", "HP-2026-048", 980.00, "2027-01-15",
           "late_fee", "2027-02-02 09:00", kind="person", cur="GBP", comp=gbp(980))
    reply(th, B("""
Hannah,

You'll have it by the 10th at the latest – and that's only because I value our working relationship,
not because of your threats about statutory interest.

F.
"""), date="2027-02-02 14:20",
          labels=dict(kind="client-reply-promise", split="dev", promised_date="2027-02-10",
                      note="'By the 10th at the latest' (2 Feb) → 10 February; hostile tone but no refusal."))

    # ---------------------------------------------------------------- dispute
    th = T("hannah", "Graham Pike", "graham@pikeplumbing.co.uk", "HP-2026-037", 1100.00, "2026-11-15", "final",
           "2026-12-07 09:00", kind="person", cur="GBP", comp=gbp(1100))
    reply(th, B("""
This is harassment.

I have told you twice on the phone that the copy you wrote for the website was not what we agreed.
We asked for plain English for tradespeople and got three pages of marketing waffle that my own
customers laughed at.

Do not contact me again except to confirm you are withdrawing this invoice.

Graham Pike
"""), date="2026-12-07 09:58",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="'This is harassment' + work not as agreed + demand to withdraw the invoice. Dispute."))

    th = T("hannah", "Kestrel Logistics Ltd", "accounts@kestrellogistics.co.uk", "HP-2026-035", 1850.00,
           "2026-10-31", "final", "2026-11-20 09:00", cur="GBP", comp=70.0)
    reply(th, B("""
Dear Ms Price,

Kestrel Logistics Limited – your invoice HP-2026-035

We act for Kestrel Logistics Limited ("our client") and write in response to your letter headed
"Final notice before debt recovery" dated 20 November 2026.

Our client has today paid the principal sum of £1,850.00 to the account specified in your letter.

Our client does not accept liability for the fixed sum of £70.00 or for the statutory interest
claimed. The delay in payment arose from your failure to supply a valid VAT invoice until 12 October
2026, notwithstanding our client's requests of 18 September and 2 October 2026, and in those
circumstances our client considers that no sum is due under the Late Payment of Commercial Debts
(Interest) Act 1998.

We should be grateful if you would direct any further correspondence on this matter to this firm.

Yours sincerely,

Hargreaves Molloy LLP
Ref: JM/KES/0417
""") + "\n" + DISCLAIMER_EN, date="2026-11-27 16:12", frm="James Molloy <j.molloy@hargreavesmolloy.co.uk>",
          cc="accounts@kestrellogistics.co.uk", subject="Your invoice HP-2026-035 – our client Kestrel Logistics Ltd",
          quote_style="none", refs=False, fmt="alt",
          labels=dict(kind="client-reply-dispute", split="dev", amount="1850.00", currency="GBP",
                      reference="HP-2026-035",
                      note="Solicitors for the client: principal £1,850 paid, the £70 fixed sum and interest disputed → partial payment + dispute of the rest = dispute. Fresh subject, no In-Reply-To."))

    th = T("tom", "Wildflower Honey Co.", "hello@wildflowerhoney.ie", "INV-2026-119", 870.00, "2026-11-20",
           "late_fee", "2026-12-07 09:00", law="IE")
    reply(th, B("""
Tom,

We'll pay the €870 this week but not the interest or the €40. That was never in any quote or terms
you sent us, and I'm not paying charges I never agreed to.

Orla
"""), date="2026-12-07 18:15", frm="Orla Brennan <hello@wildflowerhoney.ie>",
          labels=dict(kind="client-reply-dispute", split="dev", amount="870.00",
                      note="Contests only the interest and the €40, will pay the principal this week: dispute outranks the promise; amount = accepted sum."))

    th = T("hannah", "Meridian Wealth Partners LLP", "ops@meridianwealth.co.uk", "HP-2026-036", 2200.00,
           "2026-11-30", "reminder", "2026-12-07 09:00", cur="GBP", fees=False)
    reply(th, B("""
Hannah,

Before we discuss payment: our compliance team ran the new "About us" and "Our approach" pages through
a plagiarism checker as part of the website sign-off. Three paragraphs match, word for word, the
corresponding pages of a competitor's site (Fairbridge Capital). I've attached the report.

We've taken the pages down. We won't be paying this invoice until you can explain how this happened.

Regards,
Charlotte Ames
Head of Operations
"""), date="2026-12-07 16:20", frm="Charlotte Ames <c.ames@meridianwealth.co.uk>", prefix="RE: ",
          quote_style="outlook", attachments=[pdf("Originality_report_Meridian_site.pdf")],
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Copy plagiarised (checker report attached): payment withheld. Dispute."))

    th = T("tom", "Coastline Surf School", "info@coastlinesurf.ie", "INV-2026-122", 2600.00, "2026-11-25",
           "reminder", "2026-12-02 09:00", law="IE")
    reply(th, B("""
Hi Tom,

We missed the Black Friday voucher launch because the site wasn't ready until 2 December – that was
our biggest sales weekend of the year gone.

We'd like 25% off, which we think is fair. Send us a credit note for €650 and we'll pay the balance
of €1,950 straight away.

Cheers,
Rory
"""), date="2026-12-02 12:44", frm="Rory Daly <info@coastlinesurf.ie>",
          labels=dict(kind="client-reply-dispute", split="dev", amount="1950.00",
                      note="Late delivery → asks 25% discount via credit note, would then pay €1,950. Dispute."))

    th = T("tom", "Harcourt Dental Group", "accounts@harcourtdental.ie", "INV-2026-120", 3075.00, "2026-11-30",
           "reminder", "2026-12-08 09:00", law="IE")
    reply(th, B("""
Hi Tom,

The invoice covers "logo, stationery and brand guidelines". We have the logo and stationery, but we
have never received the brand guidelines PDF, despite asking on 3 and 17 November.

We'll pay the invoice in full once the guidelines are delivered. Until then, please put the reminders
on hold.

Thanks,
Gráinne Murphy
Group Marketing Manager
"""), date="2026-12-08 09:37", frm="Gráinne Murphy <g.murphy@harcourtdental.ie>", prefix="RE: ",
          fmt="outlook-html", quote_style="outlook", charset="iso-8859-1", codec="cp1252",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="HTML-only Outlook: part of the work not delivered; will pay only on delivery. Dispute."))

    th = T("hannah", "Nigel Ashworth", "nigel@ashworthlettings.co.uk", "HP-2026-049", 400.00, "2026-12-31",
           "reminder", "2027-01-12 09:00", kind="person", cur="GBP", fees=False)
    reply(th, B("""
I'll pay when I'm good and ready, and not because some automated system tells me to.
Frankly your attitude has made me less inclined to pay at all.

N. Ashworth
"""), date="2027-01-12 10:07",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="'When I'm good and ready … less inclined to pay at all': no commitment and a hint of refusal → dispute, not promise."))

    th = T("hannah", "Foxglove Interiors Ltd", "accounts@foxgloveinteriors.co.uk", "HP-2026-034", 1320.00,
           "2026-11-15", "late_fee", "2026-12-01 09:00", cur="GBP", comp=gbp(1320))
    reply(th, B("""
Hannah,

I'm very sorry to tell you that Foxglove Interiors went into administration last week. We've been
told by the administrators not to make any payments to creditors.

The administrators are Carter Whitlow Insolvency LLP (foxglove@carterwhitlow.co.uk) – you'll need to
submit a proof of debt to them for your invoice. I honestly don't know how much unsecured creditors
will get back.

I'm sorry. I really liked working with you.

Emma Hartley
(former) Director
"""), date="2026-12-02 08:55", frm="Emma Hartley <emma@foxgloveinteriors.co.uk>",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Company in administration: cannot pay, creditor must file a proof of debt. Labelled dispute as inability/refusal to pay (no contest of the work)."))

    th = T("tom", "Kayleigh Nolan", "kayleigh@glowaestheticsdublin.ie", "INV-2026-134", 650.00, "2027-01-10",
           "reminder", "2027-01-18 09:00", kind="person", law="IE")
    reply(th, B("""
Cancel the invoice or I'll post on Trustpilot, Google AND LinkedIn about your so called "services".
The Instagram templates you made are unusable, half the fonts don't even load on my phone and you
spelt "aesthetics" wrong on two of them!!!

Kayleigh
Sent from my iPhone
"""), date="2027-01-18 23:09", quote_style="apple",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Threatens reviews unless the invoice is cancelled; work defective. Dispute."))

    th = T("tom", "Malahide Marine Ltd", "accounts@malahidemarine.ie", "INV-2026-131", 1476.00, "2026-12-15",
           "reminder", "2026-12-22 09:00", law="IE")
    reply(th, B("""
Tom,

INV-2026-131 duplicates INV-2026-117, which we paid on 22 October – same job (boat show banners),
same amount. Please cancel it and confirm.

Regards,
Brian Healy
Malahide Marine Ltd
"""), date="2026-12-22 11:30", frm="Brian Healy <accounts@malahidemarine.ie>", prefix="RE: ",
          quote_style="outlook",
          labels=dict(kind="client-reply-dispute", split="dev", reference="INV-2026-131",
                      note="Already billed: duplicate of an invoice paid in October. Dispute (not paid: the payment was for another invoice)."))

    th = T("hannah", "Thistle & Rowan Ltd", "accounts@thistleandrowan.co.uk", "HP-2026-050", 1740.00,
           "2027-01-10", "reminder", "2027-01-18 09:00", cur="GBP", fees=False)
    reply(th, B("""
Hi Hannah,

The quote was £1,200 for the brochure copy. The invoice is for £1,740, including "additional
revisions – 6 hrs". We never approved extra hours, and the revisions were only needed because the
first draft missed the brief.

We'll pay £1,200. If you send a revised invoice for that amount it will go in the next run.

Kind regards,
Isla Fraser
"""), date="2027-01-18 15:02", frm="Isla Fraser <isla@thistleandrowan.co.uk>",
          labels=dict(kind="client-reply-dispute", split="dev", amount="1200.00", currency="GBP",
                      note="Disputes £540 of unapproved hours; accepts £1,200 against a revised invoice. Dispute."))

    th = T("tom", "Ashby Consulting Ltd", "finance@ashbyconsulting.co.uk", "INV-2026-123", 2460.00, "2026-11-30",
           "reminder", "2026-12-09 09:00")
    reply(th, B("""
Tom,

You've charged 23% Irish VAT to a UK company. Since Brexit that's wrong – B2B services to us should be
invoiced without Irish VAT (reverse charge on our side). Our accountant won't let us pay it as it is.

Please issue a credit note and a corrected invoice for €2,000. We'll pay that on receipt.

Thanks,
Martin Ashby
"""), date="2026-12-09 11:20", tz="Europe/London", frm="Martin Ashby <finance@ashbyconsulting.co.uk>",
          labels=dict(kind="client-reply-dispute", split="dev", amount="2000.00",
                      note="Invoice wrong (VAT charged on a UK B2B service): credit note + corrected invoice requested, will pay €2,000. Dispute."))

    th = T("hannah", "Quayside Bistro Ltd", "owner@quaysidebistro.co.uk", "HP-2026-033", 1500.00, "2026-11-30",
           "late_fee", "2026-12-16 09:00", cur="GBP", comp=gbp(1500))
    reply(th, B("""
Hannah,

We've paid £900 of the £1,500 today. The remaining £600 was for the menu and website rewrite
revisions you didn't make – we ended up doing them ourselves over a weekend. We won't be paying the
balance, or the interest.

Jon Trevithick
Quayside Bistro
"""), date="2026-12-16 17:45", frm="Jon Trevithick <owner@quaysidebistro.co.uk>",
          labels=dict(kind="client-reply-dispute", split="dev", amount="900.00", currency="GBP",
                      note="Partial payment (£900 of £1,500), refuses the balance and the interest → dispute; amount = paid part."))

    th = T("tom", "Redwood Candle Co.", "brianna@redwoodcandle.com", "INV-2026-125", 4800.00, "2026-11-30",
           "reminder", "2026-12-08 17:00", kind="company", cur="USD", fees=False)
    reply(th, B("""
Tom,

I'm not paying a cent until the bugs in the checkout are fixed. We lost an entire weekend of holiday
sales because the Shopify checkout kept throwing an error on mobile, and I've sent you four emails
about it that you haven't answered.

Fix it, then we'll talk about money.

Brianna Lopez
Founder, Redwood Candle Co. – Portland, OR
"""), date="2026-12-08 09:40", tz="America/Los_Angeles", frm="Brianna Lopez <brianna@redwoodcandle.com>",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="US client (America/Los_Angeles): withholds payment until defects fixed. Dispute."))

    th = T("tom", "Little Acorn Books Ltd", "production@littleacornbooks.ie", "INV-2026-135", 2800.00,
           "2027-01-20", "reminder", "2027-01-27 09:00", law="IE")
    reply(th, B("""
Dear Tom,

Thank you for your email. Before we can pay, we need the three remaining spot illustrations (pp. 12,
19 and 27) that were part of the commission – we still have placeholders in the proofs and the
printer's slot is on 15 February.

As soon as we have them we'll settle the invoice in full, the same day.

With best wishes,
Deirdre Cullen
Production Editor, Little Acorn Books
"""), date="2027-01-27 14:10", frm="Deirdre Cullen <production@littleacornbooks.ie>",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="Polite but firm: invoice covers undelivered work; will pay on delivery (conditional, undated). Dispute."))

    th = T("hannah", "Derek Stone", "derek.stone@stoneroofing.co.uk", "HP-2026-051", 350.00, "2027-01-20",
           "reminder", "2027-02-01 09:00", kind="person", cur="GBP", fees=False)
    reply(th, B("""
Take me off your list. I'm not paying for rubbish.
"""), date="2027-02-01 09:12", quote_style="none",
          labels=dict(kind="client-reply-dispute", split="dev",
                      note="One-line refusal: quality contested. Dispute (not an unsubscribe request)."))

    th = T("hannah", "Sterling Hale Group plc", "ap.sharedservices@sterlinghale.com", "HP-2026-052", 2400.00,
           "2027-01-15", "reminder", "2027-01-22 09:00", cur="GBP", fees=False)
    body = B("""
Dear Supplier,

Thank you for your email. Your invoice is currently ON HOLD for the reason below.

Invoice number: HP-2026-052
Invoice amount: £2,400.00
Purchase order: PO-7781204
PO value: £2,000.00
Hold reason: Price discrepancy – invoice exceeds PO value by £400.00
Action required: Supplier to issue a credit note for £400.00 OR provide an approved change order
from the requisitioner.

Once the discrepancy is resolved the invoice will be released for payment in the next available run.

Kind regards,
Dylan Roberts
Accounts Payable – Shared Services
Sterling Hale Group plc
""")
    reply(th, body, date="2027-01-22 13:40", frm="AP Shared Services <ap.sharedservices@sterlinghale.com>",
          prefix="RE: ", fmt="outlook-alt", quote_style="outlook",
          labels=dict(kind="client-reply-dispute", split="dev", reference="HP-2026-052",
                      note="AP clerk: invoice on hold, £400 above the PO; asks for a credit note or change order. Dispute (amount contested)."))

    th = T("hannah", "Ridgeway Solar Ltd", "accounts@ridgewaysolar.co.uk", "HP-2026-053", 1200.00, "2026-12-20",
           "final", "2027-01-25 09:00", cur="GBP", comp=gbp(1200))
    reply(th, B("""
WITHOUT PREJUDICE

Dear Hannah,

We remain of the view that the case studies you delivered fell well short of the brief (two of the
four were never approved by the customers featured and cannot be published).

Without admission of liability, and purely to bring this matter to an end, we are prepared to pay
£800.00 in full and final settlement of invoice HP-2026-053. This offer remains open for 14 days.

Yours sincerely,
Paul Kendrick
Finance Director
Ridgeway Solar Ltd
"""), date="2027-01-27 11:00", frm="Paul Kendrick <p.kendrick@ridgewaysolar.co.uk>", prefix="RE: ",
          quote_style="outlook", charset="iso-8859-1", codec="cp1252",
          labels=dict(kind="client-reply-dispute", split="dev", amount="800.00", currency="GBP",
                      reference="HP-2026-053",
                      note="'Without prejudice' offer of £800 in full and final settlement of a £1,200 invoice: a settlement offer below the amount = dispute, not promise."))

    # ---------------------------------------------------------------- other (human)
    th = T("tom", "Bayview Hotel", "gm@bayviewhotel.ie", "INV-2026-116", 1845.00, "2026-11-30", "late_fee",
           "2026-12-14 09:00", law="IE", comp=70.0)
    reply(th, B("""
Who is this? I've just taken over as GM and I don't recognise this invoice or your company.
Can you send me a copy and tell me who ordered it?

Conor Reilly
General Manager, Bayview Hotel
"""), date="2026-12-14 15:22", frm="Conor Reilly <gm@bayviewhotel.ie>",
          labels=dict(kind="client-reply-other", split="dev",
                      note="New manager doesn't recognise the invoice, asks for a copy and who ordered it. A question, not a denial of the debt."))

    th = T("hannah", "Amira Hassan", "amira@hassanhenna.co.uk", "HP-2026-032", 540.00, "2026-11-20", "final",
           "2026-12-10 09:00", kind="person", cur="GBP", comp=gbp(540))
    reply(th, B("""
Hannah, can you call me? I'd rather sort this on the phone. It's been a rough month and I'm not great
at emails right now.

07700 900123, any time after 4.

Amira
"""), date="2026-12-10 13:40",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Asks for a phone call; no promise, no claim."))

    th = T("tom", "Liffey Craft Brewing", "shane@liffeycraft.ie", "INV-2026-117", 1230.00, "2026-11-30",
           "reminder", "2026-12-07 09:00", law="IE")
    reply(th, B("""
Hi Tom,

I've passed this to our finance team (cc'd) – they handle all supplier payments now since we took on
a finance manager. Sorry, I know it's been dragging.

Shane
"""), date="2026-12-07 10:15", frm="Shane Byrne <shane@liffeycraft.ie>",
          cc="Finance <finance@liffeycraft.ie>",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Forwarded to finance (cc'd), apologises, no promise or payment claim."))

    th = T("hannah", "Oakridge Homes", "j.barlow@oakridgehomes.co.uk", "HP-2026-031", 2900.00, "2026-11-15",
           "late_fee", "2026-12-01 09:00", cur="GBP", comp=gbp(2900))
    reply(th, B("""
I left Oakridge in September. Please stop emailing me.
Try accounts@oakridgehomes.co.uk.

J. Barlow
"""), date="2026-12-01 19:02", frm="Jamie Barlow <j.barlow@oakridgehomes.co.uk>", quote_style="none",
          labels=dict(kind="client-reply-other", split="dev",
                      note="'Please stop emailing me' from a person who left the company; redirect. Human reply, other."))

    th = T("tom", "Grand Canal Events Ltd", "invoices@grandcanalevents.ie", "INV-2026-136", 2214.00,
           "2027-01-31", "reminder", "2027-02-08 09:00", law="IE")
    reply(th, B("""
Hi Tom,

Our system won't accept an invoice without a PO number, which is why INV-2026-136 never got into the
approval queue. Can you reissue it with PO 4500021873 and send it to invoices@grandcanalevents.ie?

Sorry nobody told you – our onboarding pack is supposed to say this.

Aisling
"""), date="2027-02-08 11:48", frm="Aisling Power <aisling.power@grandcanalevents.ie>",
          cc="invoices@grandcanalevents.ie",
          labels=dict(kind="client-reply-other", split="dev", reference="INV-2026-136",
                      note="Administrative: PO number missing, asks to reissue. No contest of amount or work → other."))

    th = T("hannah", "Wren & Co Accountants", "office@wrenandco.co.uk", "HP-2026-054", 780.00, "2027-01-31",
           "due", "2027-02-01 09:00", cur="GBP", fees=False)
    reply(th, B("""
Hi Hannah,

Is this genuine? The bank details look different from the ones on your last invoice (that was a
Starling account, this says NatWest). We've had two fraud attempts this month, so we won't pay until
we've confirmed with you by phone. Can you ring the office?

Thanks,
Beth
"""), date="2027-02-01 10:05", frm="Beth Wren <office@wrenandco.co.uk>",
          labels=dict(kind="client-reply-other", split="dev",
                      note="Suspects fraud (bank details changed), wants a phone check before paying. Question; the 'won't pay until' is a verification step, not a dispute."))

    th = T("tom", "Conor Fitzgerald", "conor@fitzgeraldarchitects.ie", "INV-2026-137", 1107.00, "2027-02-05",
           "courtesy", "2027-02-01 09:00", kind="person", law="IE")
    reply(th, B("""
Received. Noted.

In future, please just pick up the phone rather than sending these automated things – it's a bit
cold for a five-person practice.

Conor
"""), date="2027-02-01 09:47",
          labels=dict(kind="client-reply-other", split="dev",
                      note="'Received. Noted.' to a courtesy reminder, with a complaint about automation; no payment statement."))


def english_machine():
    th = T("hannah", "Sophie Adeyemi", "sophie@littlekiln.co.uk", "HP-2026-046", 420.00, "2026-12-10",
           "suspension", "2027-01-14 09:00", kind="person", cur="GBP", comp=gbp(420))
    body = B("""
Hannah Price

You received a payment of £460.00 from Sophie Adeyemi.

Amount: £460.00
Description: Invoice HP-2026-046 + late fee
Payment method: Visa •••• 4417
Date: 14 Jan 2027, 20:09

View payment in the Dashboard: https://dashboard.stripe.com/payments/pi_3QkX8bL2fA0nEXAMPLE

The funds will be included in your next payout to NatWest ••••9268 according to your payout
schedule.

Stripe, 510 Townsend Street, San Francisco, CA 94103
You are receiving this email because you have email notifications turned on for successful payments.
""")
    plainmail("Stripe <notifications@stripe.com>", "hannah@hannahprice.co.uk",
              "Payment of £460.00 from Sophie Adeyemi", "2027-01-14 20:10", "Europe/London",
              multipart("alternative", [text(body), text("<html><body><p>" + esc(body).replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>", sub="html")]),
              extra=[("Auto-Submitted", "auto-generated")],
              labels=dict(kind="payment-notification", language="en", split="dev", amount="460.00", currency="GBP",
                          reference="HP-2026-046",
                          note="Stripe notice of an incoming payment (the client who had been in hospital)."))

    th = T("hannah", "Nigel Ashworth", "nigel.ashworth.lets@gmail.com", "HP-2026-049", 400.00, "2026-12-31",
           "late_fee", "2027-01-26 09:00", kind="person", cur="GBP", comp=gbp(400))
    bounce(th, date="2027-01-26 09:01", frm="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
           subject="Delivery Status Notification (Failure)",
           human=B("""
** Address not found **

Your message wasn't delivered to nigel.ashworth.lets@gmail.com because the address couldn't be found,
or is unable to receive mail.

Learn more here: https://support.google.com/mail/?p=NoSuchUser

The response was:

The email account that you tried to reach does not exist. Please try double-checking the recipient's
email address for typos or unnecessary spaces. For more information, go to
https://support.google.com/mail/?p=NoSuchUser
"""), reporting_mta="googlemail.com", status="5.1.1", remote_mta="gmail-smtp-in.l.google.com",
           diag="550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser",
           headers=[("Auto-Submitted", "auto-replied")],
           labels=dict(kind="bounce", split="dev", permanent=True,
                       note="Gmail DSN 'Address not found' (5.1.1); permanent."))

    th = T("tom", "Harcourt Dental Group", "accounts@harcourtdental.ie", "INV-2026-120", 3075.00, "2026-11-30",
           "late_fee", "2026-12-29 09:00", law="IE", comp=70.0)
    autoreply(th, B("""
Hi,

Thanks for your email. I'm out of the office for the Christmas break and back on Monday 4 January.
I won't be checking email in the meantime.

For anything urgent about appointments please call reception on 01 496 0112.

Best wishes,
Gráinne
"""), date="2026-12-29 09:00", frm="Gráinne Murphy <accounts@harcourtdental.ie>",
              subject="Automatic reply: " + th.subject, fmt="alt", charset="iso-8859-1", codec="cp1252",
              labels=dict(kind="auto-reply", split="dev", return_date="2027-01-04",
                          note="Outlook 'Automatic reply:' without RFC 3834 headers; 'back on Monday 4 January' → 2027-01-04."))

    th = T("tom", "Pádraig Kenny", "padraig.kenny@stjudesgaa.ie", "INV-2026-132", 400.00, "2026-12-15",
           "promise_followup", "2027-01-18 09:00", kind="person", law="IE", promise_date="2027-01-15")
    bounce(th, date="2027-01-18 09:30", frm="Mail Delivery System <MAILER-DAEMON@mail.byrnedesign.ie>",
           subject="Delayed Mail (still being retried)",
           human=B("""
This is the mail system at host mail.byrnedesign.ie.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 0.5 hour(s).
It will be retried until it is 5 day(s) old.

For further assistance, please send mail to postmaster.

                   The mail system

<padraig.kenny@stjudesgaa.ie>: host mx1.stjudesgaa.ie[212.17.40.18] said: 452
    4.2.2 Mailbox full (in reply to RCPT TO command)
"""), reporting_mta="mail.byrnedesign.ie", status="4.2.2", action="delayed", remote_mta="mx1.stjudesgaa.ie",
           diag="452 4.2.2 Mailbox full", charset="us-ascii", attach_full=False,
           extra_fields="X-Postfix-Queue-ID: 7C1D2A0F3B\nX-Postfix-Sender: rfc822; tom@byrnedesign.ie\n",
           headers=[("Auto-Submitted", "auto-replied")],
           labels=dict(kind="bounce", split="dev", permanent=False,
                       note="Postfix delay warning: mailbox full (452 4.2.2), still being retried → temporary."))


FUNCS = [italian, italian_machine, spanish, spanish_machine, english, english_machine]


# ============================================================================================
# main
# ============================================================================================

def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


KEYS = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
        "failed_recipient", "permanent", "note"]
KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def main():
    for f in FUNCS:
        f()
    order = list(range(len(MESSAGES)))
    random.Random(8).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    lines = ["# round8-conflict: replies with emotion or conflict (it/es/en). Generated by make.py.\n"]
    for n, i in enumerate(order, 1):
        raw, lab = MESSAGES[i]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        assert lab["kind"] in KINDS, lab
        assert set(lab) <= set(KEYS), lab
        lines.append(f'\n[files."{name}"]\n')
        for k in KEYS:
            if k in lab:
                v = lab[k]
                lines.append(f"{k} = {'true' if v is True else 'false' if v is False else toml_str(str(v))}\n")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("".join(lines))
    check()


def check():
    import email
    import email.policy
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert names == sorted(labels), "labels and files differ"
    for name in names:
        with open(os.path.join(HERE, name), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (name, h)
        assert m["Date"].datetime is not None
        lab = labels[name]
        x = m["Date"].datetime.date()
        assert dt.date(2026, 11, 1) <= x <= dt.date(2027, 2, 28), (name, x)
        if lab["kind"].startswith("client-reply") or lab["kind"] == "auto-reply":
            pass
        body = m.get_body(preferencelist=("plain", "html"))
        assert body is not None, name
        content = body.get_content()
        assert content.strip(), name
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", name
            assert d(lab["promised_date"]) >= x, (name, lab["promised_date"], x)
        if "currency" in lab:
            assert "amount" in lab
    c = Counter(l["kind"] for l in labels.values())
    lang = Counter(l["language"] for l in labels.values())
    print(len(names), "messages")
    for k, v in sorted(c.items()):
        print(f"  {k:24s} {v}")
    print("  languages:", dict(lang))
    print("  splits:", dict(Counter(l["split"] for l in labels.values())))


if __name__ == "__main__":
    main()
