#!/usr/bin/env python3
"""round18-days: client replies where WHEN is the point (paid vs. will pay vs. other, and the day).

Writes r18d-0001.eml ... r18d-0080.eml and labels.toml next to this file, then re-reads every file
with email.message_from_bytes(..., policy=email.policy.default) and checks the labels against it.
Standard library only. Every client's words below are written by hand, message by message; the only
generated text is the freelancer's own reminder wording (templates/{it,es,en}) that clients quote.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import html
import json
import os
import quopri
import random
import re
import struct
import sys
import zlib
from email.header import Header

try:
    import tomllib
except ImportError:  # Python < 3.11: the TOML re-read is skipped
    tomllib = None

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r18d"
DIRNAME = "round18-days"


def tz(h, m=0):
    return dt.timezone(dt.timedelta(hours=h, minutes=m))


CET = tz(1)
GMT = tz(0)


def at(y, mo, d, h, mi, zone=CET):
    return dt.datetime(y, mo, d, h, mi, random.Random(y * mo * d * (h + 1) + mi).randint(0, 59), tzinfo=zone)


# ---------------------------------------------------------------- locale bits
IT_M = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
IT_MA = "gen feb mar apr mag giu lug ago set ott nov dic".split()
IT_D = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
IT_DA = "lun mar mer gio ven sab dom".split()
ES_M = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
ES_MA = "ene feb mar abr may jun jul ago sept oct nov dic".split()
ES_D = "lunes martes miércoles jueves viernes sábado domingo".split()
ES_DA = "lun mar mié jue vie sáb dom".split()
EN_M = "January February March April May June July August September October November December".split()
EN_D = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def long_date(lang, d):
    if lang == "it":
        return f"{'1°' if d.day == 1 else d.day} {IT_M[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_M[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_M[d.month - 1]} {d.year}"


def art(d, prep="il"):
    """The Italian article before a date, as the templates' `art` filter writes it."""
    s = long_date("it", d)
    words = prep.split()
    if d.day in (8, 11):
        el = {"il": "l'", "dal": "dall'", "del": "dell'", "al": "all'"}[words[-1]]
        head = " ".join(words[:-1])
        return (head + " " if head else "") + el + s
    return prep + " " + s


def money(lang, amount, cur="EUR"):
    whole, cents = f"{float(amount):.2f}".split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if lang in ("it", "es"):
        s = ".".join(groups) + "," + cents
        return s + (" €" if cur == "EUR" else " " + cur)
    sym = {"EUR": "€", "GBP": "£", "USD": "US$"}[cur]
    return sym + ",".join(groups) + "." + cents


def D(y, m, d):
    return dt.date(y, m, d)


# ---------------------------------------------------------------- the freelancers (mailbox owners)
def owner(name, addr, lang, cur="EUR", beneficiary=None, iban=None, bic=None):
    pay = None
    if iban:
        pay = {"beneficiary": beneficiary or name, "iban": iban, "bic": bic}
    return {"name": name, "addr": addr, "lang": lang, "cur": cur, "pay": pay}


GIULIA = owner("Giulia Ferraris", "giulia@ferrarisdesign.it", "it", iban="IT60 X054 2811 1010 0000 0123 456")
LUCA = owner("Luca Benedetti", "luca@benedetti.dev", "it", iban="IT21 Q030 6909 6061 0000 0063 912", bic="BCITITMM")
CHIARA = owner("Chiara Pellegrini", "chiara@pellegrini-traduzioni.it", "it")
MARTA = owner("Marta Ibáñez", "hola@martaibanez.es", "es", beneficiary="Marta Ibáñez Soler",
              iban="ES91 2100 0418 4502 0005 1332")
JORDI = owner("Jordi Puig", "jordi@jordipuigfoto.com", "es", iban="ES79 0081 0216 7100 0123 4567", bic="BSABESBB")
LUCIA = owner("Lucía Herrero", "lucia@herrerotraducciones.es", "es")
TOM = owner("Tom Whitfield", "tom@whitfield.studio", "en", cur="GBP", beneficiary="Whitfield Studio Ltd",
            iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22")
HANNAH = owner("Hannah Clarke", "hannah@clarkecopy.co.uk", "en", cur="GBP")
SAM = owner("Sam Okafor", "sam@okafor.film", "en", cur="EUR", iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D")


# ---------------------------------------------------------------- the freelancer's letters (templates' wording)
def _sal(lang, client, kind, exact=None):
    if exact:
        return exact
    if lang == "it":
        if kind == "company" and client:
            return f"Spett.le {client},"
        if kind == "person" and client:
            return f"Gentile {client},"
        return "Buongiorno,"
    if lang == "es":
        if kind == "company":
            return "Estimados señores:"
        if kind == "person" and client:
            first = client.split()[0].lower()
            if first in ("sra.", "sra", "dña.", "doña", "d.ª"):
                return f"Estimada {client}:"
            if first in ("sr.", "sr", "d.", "don"):
                return f"Estimado {client}:"
            return f"Buenos días, {client}:"
        return "Buenos días:"
    if kind == "person" and client:
        return f"Dear {client},"
    if kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def _pay(o, inv):
    lang, p = o["lang"], o["pay"]
    if lang == "it":
        if not p:
            return "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione."
        out = ["Per il pagamento:", f"- beneficiario: {p['beneficiary']}", f"- IBAN: {p['iban']}"]
        if p.get("bic"):
            out.append(f"- BIC: {p['bic']}")
        out.append(f"- causale: Fattura {inv}")
        return "\n".join(out)
    if lang == "es":
        if not p:
            return "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación."
        out = ["Datos para el pago:", f"- beneficiario: {p['beneficiary']}", f"- IBAN: {p['iban']}"]
        if p.get("bic"):
            out.append(f"- BIC: {p['bic']}")
        out.append(f"- concepto: Factura {inv}")
        return "\n".join(out)
    if not p:
        return "The payment details are on the invoice, in my original email in this thread."
    out = ["Payment details:", f"- Account name: {p['beneficiary']}", f"- IBAN: {p['iban']}"]
    if p.get("bic"):
        out.append(f"- BIC (SWIFT): {p['bic']}")
    out.append(f"- Payment reference: Invoice {inv}")
    return "\n".join(out)


def letter(o, step, sent, client, kind, inv, amt=None, due=None, issue=None, promise=None, claim=None,
           paid_on=None, exact=None):
    """The text of a mailduns letter as the shipped templates render it (no fees)."""
    lang = o["lang"]
    a = money(lang, amt, o["cur"]) if amt else None
    sal = _sal(lang, client, kind, exact)
    pay = _pay(o, inv)
    late = (sent.date() - due).days if due else None
    if lang == "it":
        di = f" di {a}" if a else ""
        if step == "courtesy":
            em = f", emessa {art(issue)}," if issue else ""
            body = [f"un breve promemoria: la fattura n. {inv}{di}{em} è in scadenza {art(due)}.",
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.",
                    pay, "Per qualsiasi domanda basta rispondere a questa email."]
        elif step == "due":
            if late > 0:
                first = (f"un promemoria: la fattura n. {inv}{di} è scaduta {art(due)}. Se il pagamento non è ancora "
                         "stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
            elif late == 0:
                first = f"un promemoria: la fattura n. {inv}{di} è in scadenza oggi, {long_date('it', due)}."
            else:
                first = f"un promemoria: la fattura n. {inv}{di} è in scadenza {art(due)}."
            body = [first, "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.",
                    pay, "Per qualsiasi domanda basta rispondere a questa email."]
        elif step == "reminder":
            body = [f"da un controllo la fattura n. {inv}{di}, scaduta {art(due)}, risulta ancora da saldare. Potrebbe "
                    "trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.",
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.", pay]
        elif step == "promise_followup":
            if promise:
                first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv}{di} sarebbe "
                         f"stato effettuato entro {art(promise)}.")
            else:
                first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv}{di}, scaduta "
                         f"{art(due)}.")
            body = [first, "Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere "
                    "indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere "
                    "entro quando posso aspettarlo.", pay]
        elif step == "paid_claim_followup":
            c = f" {art(claim)}" if claim else ""
            po = f" (con bonifico disposto {art(paid_on)})" if paid_on else ""
            body = [f"grazie per avermi comunicato{c} che la fattura n. {inv}{di} è stata pagata{po}.",
                    "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                    "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                    "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                    "inoltrarmi la contabile.",
                    "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: "
                    "in tal caso mi basta una breve conferma. Grazie per la collaborazione."]
            if o["pay"]:
                body.insert(2, "Per un confronto, riporto le coordinate corrette:\n" + "\n".join(
                    f"- {k}: {v}" for k, v in (("beneficiario", o["pay"]["beneficiary"]), ("IBAN", o["pay"]["iban"]),
                                                ("causale", f"Fattura {inv}"))))
        else:
            raise ValueError(step)
        return sal + "\n\n" + "\n\n".join(body) + "\n\nCordiali saluti,\n" + o["name"]
    if lang == "es":
        de = f" de {a}" if a else ""
        if step == "courtesy":
            em = f", emitida el {long_date('es', issue)}," if issue else ""
            body = [f"Un breve recordatorio: la factura n.º {inv}{de}{em} vence el {long_date('es', due)}.",
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.", pay,
                    "Para cualquier duda, basta con responder a este correo."]
        elif step == "due":
            if late > 0:
                first = (f"La factura n.º {inv}{de} venció el {long_date('es', due)} y, según mis registros, el pago aún "
                         "no consta. Agradecería que se tramitara en los próximos días.")
            elif late == 0:
                first = f"La factura n.º {inv}{de} vence hoy, {long_date('es', due)}."
            else:
                first = f"La factura n.º {inv}{de} vence el {long_date('es', due)}."
            body = [first, "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.", pay,
                    "Para cualquier duda, basta con responder a este correo."]
        elif step == "reminder":
            body = [f"Revisando mis cuentas, veo que la factura n.º {inv}{de}, vencida el {long_date('es', due)}, sigue "
                    "pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara "
                    "en cuanto sea posible.",
                    "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de "
                    "la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, "
                    "podemos aclararlo por esta misma vía.", pay]
        elif step == "promise_followup":
            if promise:
                first = (f"Según su último mensaje, el pago de la factura n.º {inv}{de} se realizaría a más tardar el "
                         f"{long_date('es', promise)}; gracias de nuevo por la información.")
            else:
                first = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv}{de}, vencida el "
                         f"{long_date('es', due)}.")
            body = [first, "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con "
                    "responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber "
                    "para cuándo puedo contar con él.", pay]
        else:
            raise ValueError(step)
        return sal + "\n\n" + "\n\n".join(body) + "\n\nUn cordial saludo,\n" + o["name"]
    fo = f" for {a}" if a else ""
    if step == "courtesy":
        iss = f", issued on {long_date('en', issue)}," if issue else ""
        body = [f"This is a friendly reminder that invoice {inv}{fo}{iss} is due for payment on {long_date('en', due)}.",
                "If payment is already on its way, thank you, and please disregard this message.", pay,
                "If you have any questions, just reply to this email."]
    elif step == "due":
        if late > 0:
            first = (f"This is a quick reminder that invoice {inv}{fo} was due for payment on {long_date('en', due)}. "
                     "If it has not been paid yet, I would be grateful if you could arrange payment in the next few days.")
        elif late == 0:
            first = f"This is a quick reminder that invoice {inv}{fo} is due for payment today, {long_date('en', due)}."
        else:
            first = f"This is a quick reminder that invoice {inv}{fo} is due for payment on {long_date('en', due)}."
        body = [first, "If you have already paid, thank you, and please disregard this reminder.", pay,
                "If you have any questions, just reply to this email."]
    elif step == "reminder":
        body = [f"According to my records, invoice {inv}{fo}, due on {long_date('en', due)}, has not yet been paid. It "
                "may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                "convenience.",
                "If you have already paid, thank you – please let me know the payment date so that I can update my "
                "records. If there is a problem with the invoice, please reply to this email and we can sort it out.", pay]
    elif step == "promise_followup":
        if promise:
            first = f"Thank you for letting me know that invoice {inv}{fo} would be paid by {long_date('en', promise)}."
        else:
            first = (f"Thank you for your earlier message about invoice {inv}{fo}, which was due on "
                     f"{long_date('en', due)}.")
        body = [first, "The payment has not reached me yet. If it is already on its way, thank you – please let me know "
                "the date it was made. If you need a little more time, could you let me know when I can expect it?", pay]
    else:
        raise ValueError(step)
    return sal + "\n\n" + "\n\n".join(body) + "\n\nKind regards,\n" + o["name"]


# ---------------------------------------------------------------- threads and quoting
class T:
    """One earlier message of the thread (the one replied to comes first in a thread list)."""

    def __init__(self, when, sender, to, text, subject, msgid=None):
        self.when, self.sender, self.to, self.text, self.subject, self.msgid = when, sender, to, text, subject, msgid


def who(p):
    return (p["name"], p["addr"]) if isinstance(p, dict) else p


def L(o, step, sent, client, kind, inv, subject=None, **kw):
    """A mailduns letter from owner o to client (name, addr), as a thread element."""
    name = kind_name = client[0] if kind in ("person", "company") else None
    text = letter(o, step, sent, kw.pop("salname", kind_name), kind, inv, **kw)
    return T(sent, who(o), client, text, subject or default_subject(o, inv))


def default_subject(o, inv):
    return {"it": f"Re: Fattura {inv}", "es": f"Re: Factura {inv}", "en": f"Re: Invoice {inv}"}[o["lang"]]


def hm(t):
    return f"{t.hour:02d}:{t.minute:02d}"


def ampm(t):
    h = t.hour % 12 or 12
    return f"{h}:{t.minute:02d} {'AM' if t.hour < 12 else 'PM'}"


def attribution(style, lang, t, view, variant=""):
    w = t.when.astimezone(view)
    name, addr = t.sender
    wd, d, m, y = w.weekday(), w.day, w.month, w.year
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_DA[wd]} {d} {IT_MA[m - 1]} {y} alle ore {hm(w)} {name} <{addr}> ha scritto:"
        if lang == "es":
            return f"El {ES_DA[wd]}, {d} {ES_MA[m - 1]} {y} a las {w.hour}:{w.minute:02d}, {name} (<{addr}>) escribió:"
        if variant == "us":
            return f"On {EN_D[wd][:3]}, {EN_M[m - 1][:3]} {d}, {y} at {ampm(w)} {name} <{addr}> wrote:"
        return f"On {EN_D[wd][:3]}, {d} {EN_M[m - 1][:3]} {y} at {hm(w)}, {name} <{addr}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {d} {IT_MA[m - 1]} {y}, alle ore {hm(w)}, {name} <{addr}> ha scritto:"
        if lang == "es":
            return f"El {d} {ES_MA[m - 1]} {y}, a las {w.hour}:{w.minute:02d}, {name} <{addr}> escribió:"
        return f"On {d} {EN_M[m - 1][:3]} {y}, at {hm(w)}, {name} <{addr}> wrote:"
    if style == "thunderbird":
        if lang == "it":
            return f"Il {d:02d}/{m:02d}/{y} {hm(w)}, {name} ha scritto:"
        if lang == "es":
            return f"El {d}/{m}/{y} a las {w.hour}:{w.minute:02d}, {name} escribió:"
        return f"On {d:02d}/{m:02d}/{y} {hm(w)}, {name} wrote:"
    raise ValueError(style)


def header_block(style, lang, t, view, variant=""):
    """Outlook-like header lines of a quoted message (no '>')."""
    w = t.when.astimezone(view)
    name, addr = t.sender
    to = f"{t.to[0]} <{t.to[1]}>"
    wd, d, m, y = w.weekday(), w.day, w.month, w.year
    if style == "outlook":
        if lang == "it":
            return [f"Da: {name} <{addr}>", f"Inviato: {IT_D[wd]} {d} {IT_M[m - 1]} {y} {hm(w)}", f"A: {to}",
                    f"Oggetto: {t.subject}"]
        if lang == "es":
            return [f"De: {name} <{addr}>", f"Enviado el: {ES_D[wd]}, {d} de {ES_M[m - 1]} de {y} {w.hour}:{w.minute:02d}",
                    f"Para: {to}", f"Asunto: {t.subject}"]
        if variant == "us":
            return [f"From: {name} <{addr}>", f"Sent: {EN_D[wd]}, {EN_M[m - 1]} {d}, {y} {ampm(w)}", f"To: {to}",
                    f"Subject: {t.subject}"]
        return [f"From: {name} <{addr}>", f"Sent: {EN_D[wd]}, {d} {EN_M[m - 1]} {y} {hm(w)}", f"To: {to}",
                f"Subject: {t.subject}"]
    if style == "samsung":
        off = w.utcoffset().total_seconds() / 3600
        zone = f"GMT{'+' if off >= 0 else '-'}{int(abs(off)):02d}:00"
        if lang == "es":
            return ["-------- Mensaje original --------", f"De: {name} <{addr}>",
                    f"Fecha: {d}/{m}/{str(y)[2:]} {w.hour}:{w.minute:02d} ({zone})", f"Para: {to}", f"Asunto: {t.subject}"]
        if lang == "it":
            return ["-------- Messaggio originale --------", f"Da: {name} <{addr}>",
                    f"Data: {d}/{m}/{str(y)[2:]} {w.hour}:{w.minute:02d} ({zone})", f"A: {to}", f"Oggetto: {t.subject}"]
        return ["-------- Original message --------", f"From: {name} <{addr}>",
                f"Date: {d}/{m}/{str(y)[2:]} {w.hour}:{w.minute:02d} ({zone})", f"To: {to}", f"Subject: {t.subject}"]
    if style == "libero":
        return ["----Messaggio originale----", f"Da: {addr}", f"Data: {d:02d}/{m:02d}/{y} {w.hour}.{w.minute:02d}",
                f"A: <{t.to[1]}>", f"Ogg: {t.subject}"]
    if style == "zimbra":
        if lang == "it":
            return ["----- Messaggio originale -----", f"Da: \"{name}\" <{addr}>", f"A: {to}",
                    f"Inviato: {IT_D[wd][:3].capitalize()}, {d} {IT_M[m - 1][:3].capitalize()} {y} {hm(w)}:{w.second:02d}",
                    f"Oggetto: {t.subject}"]
        if lang == "es":
            return ["----- Mensaje original -----", f"De: \"{name}\" <{addr}>", f"Para: {to}",
                    f"Enviados: {ES_D[wd].capitalize()}, {d} de {ES_M[m - 1]} de {y} {hm(w)}:{w.second:02d}",
                    f"Asunto: {t.subject}"]
        return ["----- Original Message -----", f"From: \"{name}\" <{addr}>", f"To: {to}",
                f"Sent: {EN_D[wd][:3]}, {d} {EN_M[m - 1][:3]} {y} {hm(w)}:{w.second:02d}", f"Subject: {t.subject}"]
    raise ValueError(style)


def qlines(text):
    out = []
    for line in text.split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


def nest_plain(style, lang, thread, view, variant):
    t = thread[0]
    inner = t.text
    if len(thread) > 1:
        inner += "\n\n" + nest_plain(style, lang, thread[1:], view, variant)
    if style == "apple":
        return qlines(attribution("apple", lang, t, view) + "\n\n" + inner)
    return attribution(style, lang, t, view, variant) + "\n\n" + qlines(inner)


OUTLOOK_SEP = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
               "en": "-----Original Message-----", "line": "________________________________"}


def render_plain(style, lang, own, thread, view, variant="", sep=None):
    own = own.rstrip("\n")
    if not thread or style == "none":
        return own + "\n"
    if style in ("gmail", "thunderbird", "apple"):
        return own + "\n\n" + nest_plain(style, lang, thread, view, variant) + "\n"
    blocks = []
    for t in thread:
        head = header_block(style, lang, t, view, variant)
        if style == "outlook" and sep:
            head = [OUTLOOK_SEP[sep]] + head
        blocks.append("\n".join(head) + "\n\n" + t.text)
    if style == "outlook":
        return own + "\n\n" + "\n\n".join(blocks) + "\n"
    return own + "\n\n\n" + "\n\n\n".join(blocks) + "\n"


def esc(s):
    return html.escape(s, quote=False)


def lines_html(text, tag="div"):
    out = []
    for line in text.split("\n"):
        out.append(f"<{tag}>{esc(line)}</{tag}>" if line else f"<{tag}><br></{tag}>")
    return "\n".join(out)


def br_html(text):
    return "<br>\n".join(esc(line) for line in text.split("\n"))


def gmail_quote_html(lang, thread, view, variant):
    t = thread[0]
    inner = br_html(t.text)
    if len(thread) > 1:
        inner += "<br>\n<br>\n" + gmail_quote_html(lang, thread[1:], view, variant)
    attr = esc(attribution("gmail", lang, t, view, variant))
    return ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + attr +
            '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
            'rgb(204,204,204);padding-left:1ex">\n' + inner + "\n</blockquote></div>")


def apple_quote_html(lang, thread, view):
    t = thread[0]
    inner = br_html(t.text)
    if len(thread) > 1:
        inner += "<br><br>" + apple_quote_html(lang, thread[1:], view)
    return ('<blockquote type="cite">' + esc(attribution("apple", lang, t, view)) + "<br><br>" +
            '<div dir="ltr">' + inner + "</div></blockquote>")


WORD_STYLE = """<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 2.0cm 2.0cm 2.0cm;}
div.WordSection1
	{page:WordSection1;}
--></style>"""


def outlook_html(lang, own, thread, view, charset, variant=""):
    lang_attr = {"it": "IT", "es": "ES", "en": "EN-GB"}[lang]
    parts = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
             'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
             'xmlns="http://www.w3.org/TR/REC-html40">',
             f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">',
             '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">', WORD_STYLE, "</head>",
             f'<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">',
             '<div class="WordSection1">']
    for line in own.rstrip("\n").split("\n"):
        parts.append(f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}<o:p></o:p></p>')
    for t in thread:
        head = header_block("outlook", lang, t, view, variant)
        parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        parts.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
        hl = []
        for h in head:
            k, v = h.split(": ", 1)
            hl.append(f"<b>{esc(k)}:</b> {esc(v)}")
        parts.append('<p class="MsoNormal">' + "<br>\n".join(hl) + "<o:p></o:p></p>\n</div>")
        parts.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        for line in t.text.split("\n"):
            parts.append(f'<p class="MsoNormal">{esc(line) if line else "<o:p>&nbsp;</o:p>"}</p>')
    parts += ["</div>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def outlook_mobile_html(lang, own, thread, view, charset):
    """Outlook for Android / iOS: no Word markup, an <hr> and a divRplyFwdMsg header block."""
    body = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"></head>'
            f'<body><div dir="auto">{br_html(own)}</div>')
    for t in thread:
        head = [h.split(": ", 1) for h in header_block("outlook", lang, t, view)]
        body += ('<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                 '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' +
                 "<br>".join(f"<b>{esc(k)}:</b> {esc(v)}" for k, v in head) +
                 f'</font><div>&nbsp;</div></div><div>{br_html(t.text)}</div>')
    return body + "</body></html>\n"


def render_html(style, lang, own, thread, view, charset, variant=""):
    own = own.rstrip("\n")
    if variant == "mobile" and style == "outlook":
        return outlook_mobile_html(lang, own, thread, view, charset)
    if style == "outlook":
        return outlook_html(lang, own, thread, view, charset, variant)
    if style == "apple":
        body = '<div dir="ltr">' + br_html(own) + "</div>"
        if thread:
            body += "<div dir=\"ltr\"><br></div>" + apple_quote_html(lang, thread, view)
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                f'<body dir="auto">{body}</body></html>\n')
    if style == "gmail":
        body = '<div dir="ltr">' + lines_html(own) + "</div>"
        if thread:
            body += "<br>\n" + gmail_quote_html(lang, thread, view, variant)
        return body + "\n"
    # generic webmail / phone client: simple markup, quote as a blockquote of the plain rendering
    body = f'<html><head><meta charset="{charset}"></head><body><div>' + br_html(own) + "</div>"
    if thread:
        body += "<br><br><blockquote style=\"border-left:2px solid #1010ff;margin-left:5px;padding-left:5px\">"
        body += br_html(render_plain(style, lang, "", thread, view, variant).strip("\n")) + "</blockquote>"
    return body + "</body></html>\n"


# ---------------------------------------------------------------- MIME assembly (bytes written by hand)
def encode_body(text, charset, cte):
    raw = text.encode(charset)
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    if cte == "7bit":
        raw.decode("ascii")
        return raw
    if cte == "8bit":
        return raw
    raise ValueError(cte)


def text_part(text, subtype, charset, cte, extra=""):
    head = [f'Content-Type: text/{subtype}; charset="{charset}"{extra}', f"Content-Transfer-Encoding: {cte}"]
    return (head, encode_body(text, charset, cte))


def file_part(filename, ctype, data, inline=False, cid=None):
    head = [f'Content-Type: {ctype}; name="{filename}"',
            f'Content-Disposition: {"inline" if inline else "attachment"}; filename="{filename}"',
            "Content-Transfer-Encoding: base64"]
    if cid:
        head.append(f"Content-ID: <{cid}>")
    return (head, base64.encodebytes(data))


def multipart(subtype, parts, boundary):
    body = b""
    for head, payload in parts:
        body += b"--" + boundary.encode() + b"\n" + "\n".join(head).encode() + b"\n\n" + payload
        if not payload.endswith(b"\n"):
            body += b"\n"
        body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return ([f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"'], body)


def tiny_pdf(title):
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>"]
    stream = ("BT /F1 11 Tf 60 780 Td (" + title + ") Tj ET").encode("latin-1")
    objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def tiny_png(w=4, h=3, rgb=(40, 160, 90)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def addr_header(p):
    name, addr = p
    return email.utils.formataddr((name, addr), charset="utf-8")


def subject_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


def fold_refs(ids):
    return "\n ".join(ids)


# ---------------------------------------------------------------- message-id styles
def rid(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def uuid_like(rng):
    h = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def make_msgid(agent, rng, addr):
    dom = addr.split("@", 1)[1]
    if agent in ("gmail", "gmail-mobile"):
        return f"<CA{rid(rng, 2)}{rid(rng, 42, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=')}@mail.gmail.com>"
    if agent in ("outlook", "outlook-com"):
        box = rng.choice(["DB9PR03MB", "AM0PR07MB", "PAXPR02MB", "VI1PR06MB", "AS8PR10MB", "LO2P265MB"])
        box += str(rng.randint(1000, 9999))
        region = {"LO2P265MB": "GBRP265"}.get(box[:9], "eurprd0" + box[6])
        return f"<{box}{rid(rng, 24, '0123456789ABCDEF')}@{box}.{region}.prod.outlook.com>"
    if agent in ("iphone", "apple-mail"):
        return f"<{uuid_like(rng)}@{dom}>"
    if agent == "samsung":
        return f"<{rid(rng, 16, '0123456789abcdef')}.{rng.randint(10**9, 10**10)}@email.android.com>"
    if agent == "thunderbird":
        return f"<{uuid_like(rng).lower()}@{dom}>"
    if agent == "libero":
        return f"<{rng.randint(10**8, 10**9)}.{rng.randint(10**12, 10**13)}.JavaMail.defaultUser@defaultHost>"
    if agent == "zimbra":
        return f"<{rng.randint(10**8, 10**9)}.{rng.randint(10**6, 10**7)}.{rng.randint(10**12, 10**13)}.JavaMail.zimbra@{dom}>"
    return f"<{rid(rng, 12, '0123456789abcdef')}.{rng.randint(10**5, 10**6)}@{dom}>"


def owner_msgid(rng, o):
    return f"<{rid(rng, 20, '0123456789abcdefghijklmnopqrstuvwxyz')}@{o['addr'].split('@', 1)[1]}>"


AGENT_STYLE = {"gmail": "gmail", "gmail-mobile": "gmail", "outlook": "outlook", "outlook-com": "outlook",
               "iphone": "apple", "apple-mail": "apple", "thunderbird": "thunderbird", "samsung": "samsung",
               "libero": "libero", "zimbra": "zimbra", "plain": "none"}


def agent_headers(agent, rng, subject):
    if agent in ("outlook", "outlook-com"):
        ti = base64.b64encode(bytes(rng.randint(0, 255) for _ in range(22))).decode()
        topic = re.sub(r"^((re|r|rv|aw|rif|fw|fwd|i)\s*:\s*)+", "", subject, flags=re.I)
        return [f"Thread-Topic: {subject_header(topic)}", f"Thread-Index: {ti}", "X-MS-Has-Attach: {att}",
                "X-MS-TNEF-Correlator:"]
    if agent == "iphone":
        return [f"X-Mailer: iPhone Mail ({rng.choice(['22B91', '22C152', '22D63', '21H216'])})"]
    if agent == "apple-mail":
        return ["X-Mailer: Apple Mail (2.3826.300.87.4)"]
    if agent == "thunderbird":
        return ["User-Agent: Mozilla Thunderbird"]
    if agent == "libero":
        return ["X-Mailer: Libero Mail", "Importance: Normal", "X-Priority: 3 (Normal)"]
    if agent == "zimbra":
        return ["X-Mailer: Zimbra 10.0.6_GA_4654 (ZimbraWebClient - FF132 (Win)/10.0.6_GA_4654)",
                "Thread-Topic: " + subject_header(re.sub(r"^((re|r|rv)\s*:\s*)+", "", subject, flags=re.I))]
    if agent == "samsung":
        return ["X-Mailer: Samsung Email"]
    return []


# ---------------------------------------------------------------- building one message
SPECS = []


def add(**kw):
    kw["body"] = kw["body"].lstrip("\n")
    SPECS.append(kw)


DEFAULT_FMT = {"gmail": "alt", "gmail-mobile": "alt", "outlook": "alt", "outlook-com": "alt", "iphone": "plain",
               "apple-mail": "alt", "thunderbird": "plain", "samsung": "alt", "libero": "html", "zimbra": "alt",
               "plain": "plain"}


def build(s, n):
    rng = random.Random(1800 + n)
    o, lang, agent = s["owner"], s["lang"], s["agent"]
    style = s.get("style", AGENT_STYLE[agent])
    date = s["date"]
    view = date.tzinfo
    thread = s.get("thread", [])
    for t in thread:
        if not t.msgid:
            t.msgid = owner_msgid(rng, o) if t.sender[1] == o["addr"] else make_msgid(
                s.get("old_agent", agent), rng, t.sender[1])
    shown = thread if s.get("quote", True) else []
    variant = s.get("variant", "")
    charset = s.get("charset", "utf-8")
    cte = s.get("cte", "quoted-printable")
    fmt = s.get("fmt", DEFAULT_FMT[agent])
    plain = render_plain(style, lang, s["body"], shown, view, variant, s.get("sep"))
    flowed = '; format=flowed' if agent == "thunderbird" else ""
    if fmt == "plain":
        part = text_part(plain, "plain", charset, cte, flowed)
    else:
        htm = render_html(style, lang, s["body"], shown, view, charset, variant)
        if fmt == "html":
            part = text_part(htm, "html", charset, s.get("html_cte", cte))
        else:
            if agent in ("gmail", "gmail-mobile"):
                b = "000000000000" + rid(rng, 16, "0123456789abcdef")
            elif agent in ("outlook", "outlook-com"):
                b = "_000_" + make_msgid("outlook", rng, "x@x")[1:].split("@")[0] + "_"
            elif agent in ("iphone", "apple-mail"):
                b = "Apple-Mail-" + uuid_like(rng)
            else:
                b = "----=_Part_" + str(rng.randint(10**5, 10**6)) + "_" + str(rng.randint(10**8, 10**9))
            part = multipart("alternative", [text_part(plain, "plain", charset, cte),
                                             text_part(htm, "html", charset, s.get("html_cte", cte))], b)
    atts = s.get("attach", [])
    if atts:
        parts = [part]
        for fn, ctype, data in atts:
            parts.append(file_part(fn, ctype, data, inline=ctype.startswith("image/") and agent == "iphone"))
        if agent in ("outlook", "outlook-com"):
            b = "_004_" + make_msgid("outlook", rng, "x@x")[1:].split("@")[0] + "_"
        elif agent in ("gmail", "gmail-mobile"):
            b = "000000000000" + rid(rng, 16, "0123456789abcdef")
        elif agent in ("iphone", "apple-mail"):
            b = "Apple-Mail-" + uuid_like(rng)
        else:
            b = "----=_NextPart_" + rid(rng, 24, "0123456789ABCDEF")
        part = multipart("mixed", parts, b)
    msgid = s.get("msgid") or make_msgid(agent, rng, s["frm"][1])
    refs = []
    if thread:
        root = owner_msgid(rng, o)
        refs = ([root] if not s.get("no_root") else []) + [t.msgid for t in reversed(thread)]
    head = []
    extra_agent = agent_headers(agent, rng, s["subject"])
    if agent in ("outlook", "outlook-com"):
        head += [f"From: {addr_header(s['frm'])}", f"To: {addr_header(who(o))}"]
        if s.get("cc"):
            head.append("CC: " + ", ".join(addr_header(c) for c in s["cc"]))
        head += [f"Subject: {subject_header(s['subject'])}"]
        head += [h for h in extra_agent if h.startswith("Thread-")]
        head += [f"Date: {email.utils.format_datetime(date)}", f"Message-ID: {msgid}"]
        if thread:
            head += [f"References: {fold_refs(refs)}", f"In-Reply-To: {thread[0].msgid}"]
        head += [f"Accept-Language: {dict(it='it-IT', es='es-ES', en='en-GB')[lang]}, en-US",
                 f"Content-Language: {dict(it='it-IT', es='es-ES', en='en-GB')[lang]}"]
        head += [h.replace("{att}", "yes" if atts else "no") for h in extra_agent if not h.startswith("Thread-")]
        head.append("MIME-Version: 1.0")
    else:
        head.append("MIME-Version: 1.0" if agent not in ("iphone", "apple-mail") else
                    ("Mime-Version: 1.0 (1.0)" if agent == "iphone" else
                     "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4\\))"))
        head += [f"Date: {email.utils.format_datetime(date)}"]
        if thread:
            head += [f"References: {fold_refs(refs)}", f"In-Reply-To: {thread[0].msgid}"]
        head += [f"Message-ID: {msgid}", f"Subject: {subject_header(s['subject'])}",
                 f"From: {addr_header(s['frm'])}", f"To: {addr_header(who(o))}"]
        if s.get("cc"):
            head.append("Cc: " + ", ".join(addr_header(c) for c in s["cc"]))
        head += extra_agent
    head += s.get("headers", [])
    ph, payload = part
    data = "\n".join(head + ph).encode("ascii") + b"\n\n" + payload
    return data


# ---------------------------------------------------------------- checks
KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other"}
REPLY_RE = re.compile(r"^(re|r|rif|rv|aw|sv|antw)\s*:", re.I)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def html_text(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</div>", "\n", h)
    return html.unescape(re.sub(r"<[^>]+>", " ", h))


def amount_forms(a):
    whole, cents = a.split(".")

    def grp(w, sep):
        g = []
        while len(w) > 3:
            g.insert(0, w[-3:])
            w = w[:-3]
        g.insert(0, w)
        return sep.join(g)

    forms = {f"{whole}.{cents}", f"{whole},{cents}", f"{grp(whole, '.')},{cents}", f"{grp(whole, ',')}.{cents}"}
    if cents == "00":
        forms |= {whole, grp(whole, "."), grp(whole, ",")}
    return forms


def check(s, n, path, problems):
    fn = os.path.basename(path)

    def bad(msg):
        problems.append(f"{fn}: {msg}")

    lab = s["labels"]
    kind = s["kind"]
    if kind not in KINDS:
        bad(f"unknown kind {kind}")
    if s["lang"] not in ("it", "es", "en"):
        bad("language")
    if not s.get("note") or "\n" in s["note"]:
        bad("note missing or multi-line")
    allowed = {"promised_date", "amount", "currency", "reference"}
    if set(lab) - allowed:
        bad(f"unexpected fields {set(lab) - allowed}")
    if "promised_date" in lab and kind != "client-reply-promise":
        bad("promised_date on a non-promise")
    if "currency" in lab and "amount" not in lab:
        bad("currency without amount")
    if "amount" in lab and not re.fullmatch(r"\d+\.\d\d", lab["amount"]):
        bad("amount format")
    if "currency" in lab and lab["currency"] not in ("EUR", "GBP", "USD"):
        bad("currency code")
    raw = open(path, "rb").read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for h in ("From", "To", "Date", "Message-ID", "Subject"):
        if not m[h]:
            bad(f"missing {h}")
    date = email.utils.parsedate_to_datetime(str(m["Date"]))
    if date != s["date"]:
        bad("Date header differs from spec")
    local = date.date()
    if not (D(2026, 11, 1) <= local <= D(2027, 3, 31)):
        bad(f"date {local} out of range")
    subj = str(m["Subject"])
    if subj != s["subject"]:
        bad(f"subject re-read as {subj!r}")
    if REPLY_RE.match(subj) and not (m["In-Reply-To"] and m["References"]):
        bad("reply without In-Reply-To/References")
    if m["From"].addresses[0].addr_spec != s["frm"][1]:
        bad("From address")
    body = m.get_body(preferencelist=("plain", "html"))
    if body is None:
        bad("no text body")
        return
    text = body.get_content()
    if body.get_content_subtype() == "html":
        text = html_text(text)
    own = s["body"]
    if norm(own[:80]) not in norm(text) and norm(own.split("\n")[0]) not in norm(text):
        bad("own text not found in the decoded body")
    if s.get("fmt", DEFAULT_FMT[s["agent"]]) == "alt":
        htm = m.get_body(preferencelist=("html",))
        if htm is None or norm(own.split("\n")[0]) not in norm(html_text(htm.get_content())):
            bad("html alternative missing or without the own text")
    names = [p.get_filename() for p in m.iter_attachments()]
    want = [a[0] for a in s.get("attach", [])]
    if names != want:
        bad(f"attachments {names} != {want}")
    if "reference" in lab and lab["reference"] not in own:
        bad(f"reference {lab['reference']} not in the client's own words")
    if "amount" in lab and not s.get("amount_words"):
        if not any(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d])", own) for f in amount_forms(lab["amount"])):
            bad(f"amount {lab['amount']} not in the client's own words")
    if "promised_date" in lab:
        pd = dt.date.fromisoformat(lab["promised_date"])
        if pd < local:
            bad("promised_date before the message's own day")
        if (pd - local).days > 120:
            bad("promised_date implausibly far")
        if s.get("wd") is not None and EN_D[pd.weekday()][:3] != s["wd"]:
            bad(f"promised_date {pd} is a {EN_D[pd.weekday()]}, expected {s['wd']}")
    if s.get("wd") is not None and "promised_date" not in lab:
        bad("wd given without promised_date")


def toml_str(v):
    return json.dumps(v, ensure_ascii=False)


def write_all():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    lines = [f"# {DIRNAME}: client replies where the day is the point — paid vs. will pay vs. other, "
             "promised days from weekdays, words, month ends, time zones and quoted old promises", ""]
    for n, s in enumerate(SPECS, 1):
        fn = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(build(s, n))
        lines.append(f'[files."{fn}"]')
        lines.append(f"kind = {toml_str(s['kind'])}")
        lines.append(f"language = {toml_str(s['lang'])}")
        lines.append('split = "dev"')
        for k in ("promised_date", "amount", "currency", "reference"):
            if k in s["labels"]:
                lines.append(f"{k} = {toml_str(s['labels'][k])}")
        lines.append(f"note = {toml_str(s['note'])}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


def check_all():
    problems = []
    for n, s in enumerate(SPECS, 1):
        check(s, n, os.path.join(HERE, f"{PREFIX}-{n:04d}.eml"), problems)
    if tomllib:
        with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
            data = tomllib.load(fh)["files"]
        if len(data) != len(SPECS):
            problems.append("labels.toml: wrong number of entries")
        for n, s in enumerate(SPECS, 1):
            e = data.get(f"{PREFIX}-{n:04d}.eml")
            want = dict(s["labels"], kind=s["kind"], language=s["lang"], split="dev", note=s["note"])
            if e != want:
                problems.append(f"labels.toml entry {n} differs: {e} != {want}")
    return problems


# ================================================================ ITALIAN (1-27)
PDF = "application/pdf"
PNG = "image/png"

# 1 ------------------------------------------------------------------------------------------
C = ("Marco Gallo", "m.gallo@galloarredamenti.it")
add(n=1, lang="it", kind="client-reply-paid", owner=GIULIA, agent="gmail", frm=C,
    date=at(2026, 12, 1, 10, 12), subject="Re: Fattura 2026/118",
    thread=[L(GIULIA, "due", at(2026, 11, 30, 8, 30), ("Gallo Arredamenti srl", "m.gallo@galloarredamenti.it"),
              "company", "2026/118", amt="1464.00", due=D(2026, 11, 30))],
    body="""
Buongiorno Giulia,

mi scuso, ieri ero fuori tutto il giorno in cantiere e ho visto il promemoria solo stamattina.
Ho appena disposto il bonifico di 1.464,00 € per la fattura 2026/118. È un bonifico ordinario, quindi sul suo conto lo dovrebbe vedere giovedì 3.

Buona giornata,
Marco Gallo
Gallo Arredamenti srl
Via Nizza 212 – 10126 Torino
Tel. 011 663 2194
""",
    labels=dict(amount="1464.00", currency="EUR", reference="2026/118"),
    note="The transfer was ordered this morning; 'giovedì 3' is the day the money should show up, not a promised day.")

# 2 ------------------------------------------------------------------------------------------
C = ("Franco Serra", "franco.serra65@libero.it")
add(n=2, lang="it", kind="client-reply-promise", owner=LUCA, agent="iphone", frm=C,
    date=at(2026, 12, 4, 18, 41), subject="Re: Fattura 41/2026",
    thread=[L(LUCA, "reminder", at(2026, 12, 4, 9, 0), C, "person", "41/2026", amt="380.00", due=D(2026, 11, 30))],
    body="""
Ciao Luca tranquillo, pago il 10 come sempre, lo sai che prima non ci arrivo 😉
Franco

Inviato da iPhone
""",
    labels=dict(promised_date="2026-12-10"), wd="Thu",
    note="'Pago il 10 come sempre' written on Friday 4 December: the next 10th, Thursday 10 December; a habit, but still a commitment for that day.")

# 3 ------------------------------------------------------------------------------------------
C = ("Paola Ferri", "p.ferri@studioferri.it")
add(n=3, lang="it", kind="client-reply-promise", owner=CHIARA, agent="outlook", frm=C,
    cc=[("Amministrazione Tipografia Moretti", "amministrazione@tipografiamoretti.it")],
    charset="windows-1252", cte="quoted-printable",
    date=at(2027, 1, 11, 9, 5), subject="R: Re: Fattura 87/2026",
    thread=[L(CHIARA, "reminder", at(2027, 1, 8, 8, 0), ("Tipografia Moretti snc", "amministrazione@tipografiamoretti.it"),
              "company", "87/2026", amt="2318.00", due=D(2026, 12, 18))],
    body="""
Gentile dott.ssa Pellegrini,

scrivo per conto della Tipografia Moretti snc, di cui il nostro studio cura la contabilità e i pagamenti ai fornitori.

La fattura n. 87/2026 di € 2.318,00 verrà saldata con bonifico SEPA entro e non oltre il 15 gennaio p.v.; il ritardo è dovuto alla chiusura dell'ufficio amministrativo del cliente durante le festività natalizie, ce ne scusiamo.

Per qualsiasi comunicazione relativa ai pagamenti La prego di scrivere a questo indirizzo, lasciando in copia amministrazione@tipografiamoretti.it.

Cordiali saluti

Rag. Paola Ferri
Studio Ferri – Consulenza contabile e fiscale
Via Toledo 156 – 80134 Napoli
Tel. 081 552 0187

Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario indicato. Qualora Lei non fosse la persona a cui il messaggio è destinato, La invitiamo a eliminarlo e a darcene comunicazione. Informativa ai sensi del Regolamento UE 2016/679 disponibile su richiesta.
""",
    labels=dict(promised_date="2027-01-15", amount="2318.00", currency="EUR", reference="87/2026"), wd="Fri",
    note="An accountant writes for the client; 'entro e non oltre il 15 gennaio p.v.' (p.v. = the coming one) is Friday 15 January 2027.")

# 4 ------------------------------------------------------------------------------------------
C = ("Simone Rinaldi", "simone@rinaldibike.it")
add(n=4, lang="it", kind="client-reply-promise", owner=LUCA, agent="gmail", frm=C,
    date=at(2026, 12, 22, 16, 30), subject="Re: Fattura 44/2026",
    thread=[L(LUCA, "reminder", at(2026, 12, 22, 8, 0), ("Rinaldi Bike", "simone@rinaldibike.it"), "person",
              "44/2026", amt="1830.00", due=D(2026, 12, 15))],
    body="""
Ciao Luca,

scusa davvero, siamo nel delirio delle chiusure di fine anno e in negozio è il periodo peggiore. La fattura te la saldo dopo l'Epifania, prima proprio non ci sto dentro con la cassa: a gennaio si respira.

Intanto buone feste e grazie ancora per il lavoro sul sito, sta andando alla grande!

Simone
""",
    labels={},
    note="A promise, but 'dopo l'Epifania' only says after 6 January and names no day, so no promised_date.")

# 5 ------------------------------------------------------------------------------------------
C = ("Rita Colombo", "acquisti@mec-colombo.it")
add(n=5, lang="it", kind="client-reply-promise", owner=LUCA, agent="thunderbird", frm=C,
    charset="utf-8", cte="8bit",
    date=at(2027, 2, 3, 11, 20), subject="Re: Fattura 3/2027",
    thread=[L(LUCA, "reminder", at(2027, 2, 3, 8, 0), ("MEC Colombo S.r.l.", "acquisti@mec-colombo.it"), "company",
              "3/2027", amt="2440.00", due=D(2027, 1, 31))],
    body="""
Salve,

abbiamo ricevuto il sollecito. Come concordato al telefono con Luca la settimana scorsa, la fattura 3/2027 la paghiamo a fine mese insieme agli altri fornitori del trimestre, non prima perché la distinta di gennaio è già partita.

Saluti

Rita Colombo
Ufficio Acquisti
MEC Colombo S.r.l. - Lecco
""",
    labels=dict(promised_date="2027-02-28", reference="3/2027"), wd="Sun",
    note="'A fine mese' written on 3 February = 28 February 2027 (not a leap year); the January payment list is the one already gone.")

# 6 ------------------------------------------------------------------------------------------
C = ("Davide Conti", "davide.conti@studioconti-architetti.it")
rem = L(GIULIA, "reminder", at(2026, 12, 21, 8, 30), C, "person", "2026/122", amt="976.00", due=D(2026, 12, 15))
old = T(at(2026, 12, 21, 10, 2), C, who(GIULIA), """Buongiorno Giulia,
la fattura la paghiamo entro il 10 gennaio: lo studio chiude per le feste dal 23 e l'amministrazione rientra il 7.
Saluti
Davide Conti""", "Re: Fattura 2026/122")
mine = T(at(2027, 1, 12, 9, 10), who(GIULIA), C, """Buongiorno Davide,
buon anno! Le scrivo perché non vedo ancora arrivato il bonifico della fattura 2026/122, che mi aveva indicato entro il 10 gennaio (veda sotto). Può dare un'occhiata?
Grazie mille,
Giulia""", "Re: Fattura 2026/122")
add(n=6, lang="it", kind="client-reply-paid", owner=GIULIA, agent="gmail", frm=C,
    date=at(2027, 1, 14, 8, 55), subject="Re: Fattura 2026/122",
    thread=[mine, old, rem],
    attach=[("Contabile_bonifico_13012027.pdf", PDF, tiny_pdf("Contabile bonifico SEPA 13/01/2027"))],
    body="""
Buongiorno Giulia,

ha ragione, mi era sfuggito: con la riapertura dello studio è stato un delirio. Ieri sera ho fatto il bonifico dall'home banking, le allego la contabile.

Mi scusi ancora per il ritardo rispetto a quanto le avevo scritto.

Davide Conti
Studio Conti Architetti
""",
    labels={},
    note="Paid yesterday with the receipt attached; 'entro il 10 gennaio' is his own old promise in the quoted thread, not a new one.")

# 7 ------------------------------------------------------------------------------------------
C = ("Federica Marchetti", "f.marchetti@lingueviaggi.it")
add(n=7, lang="it", kind="client-reply-promise", owner=CHIARA, agent="outlook", frm=C, fmt="plain",
    date=at(2027, 1, 18, 14, 2), subject="R: Re: Fattura 91/2026",
    thread=[L(CHIARA, "promise_followup", at(2027, 1, 18, 8, 0), ("Lingue & Viaggi srl", C[1]), "company", "91/2026",
              amt="1150.00", due=D(2026, 12, 31), promise=D(2027, 1, 15))],
    body="""
Gentile Chiara,

ha ragione, le avevo scritto il 15 e mi scuso. Purtroppo un nostro cliente ci ha pagato con due settimane di ritardo e a cascata abbiamo dovuto spostare alcuni pagamenti.
Le confermo che il bonifico partirà venerdì 29 gennaio, questa volta senza sorprese.

Cordialmente,
Federica Marchetti
Lingue & Viaggi srl – Amministrazione
""",
    labels=dict(promised_date="2027-01-29"), wd="Fri",
    note="The 15 January is the old promise, recalled by the quoted follow-up; the new day is Friday 29 January.")

# 8 ------------------------------------------------------------------------------------------
C = ("Sara Bellini", "sarabellini.ph@gmail.com")
add(n=8, lang="it", kind="client-reply-promise", owner=GIULIA, agent="gmail-mobile", frm=C, cte="base64",
    date=at(2026, 12, 9, 17, 48), subject="Re: Fattura 2026/125",
    thread=[L(GIULIA, "reminder", at(2026, 12, 9, 8, 30), ("Sara Bellini", C[1]), "person", "2026/125",
              amt="350.00", due=D(2026, 12, 1))],
    body="""
Hai ragione scusami!! Me ne ero completamente dimenticata 🙈🙈
stasera appena torno a casa faccio il bonifico, promesso
Sara
""",
    labels=dict(promised_date="2026-12-09"), wd="Wed",
    note="'Stasera' is the evening of the Date itself, Wednesday 9 December: a promise for the same day.")

# 9 ------------------------------------------------------------------------------------------
C = ("ATTILIO BRUNO", "attilio.bruno1951@alice.it")
add(n=9, lang="it", kind="client-reply-promise", owner=GIULIA, agent="libero", frm=C, fmt="plain",
    charset="iso-8859-15", cte="quoted-printable",
    date=at(2026, 11, 13, 12, 10), subject="R: Re: Fattura 2026/112",
    thread=[L(GIULIA, "reminder", at(2026, 11, 13, 8, 30), ("Attilio Bruno", C[1]), "person", "2026/112",
              amt="1100.00", due=D(2026, 11, 12))],
    body="""
BUONGIORNO SIGNORA FERRARIS,
HO RICEVUTO LA SUA MAIL. MI SCUSI MA CON IL COMPUTER NON SONO PRATICO, IL BONIFICO LO FA MIO FIGLIO CHE E' FUORI PER LAVORO FINO A DOMENICA. ABBIAMO GIA' PARLATO E LUI PAGA IL VENTITRE DI QUESTO MESE, MILLE E CENTO EURO COME DA FATTURA.
LE INSEGNE DEL NEGOZIO CON IL SUO LOGO SONO VENUTE MOLTO BENE, GRAZIE.
CORDIALI SALUTI
ATTILIO BRUNO
""",
    labels=dict(promised_date="2026-11-23", amount="1100.00", currency="EUR"), wd="Mon", amount_words=True,
    note="Day and sum in words ('il ventitre di questo mese', 'mille e cento euro'); 'fino a domenica' is when the son is back, not the payment day.")

# 10 -----------------------------------------------------------------------------------------
C = ("Elena Fabbri", "elena@associazionelafenice.org")
add(n=10, lang="it", kind="client-reply-promise", owner=LUCA, agent="gmail", frm=C,
    date=at(2027, 3, 2, 10, 0), subject="Re: Fattura 12/2027",
    thread=[L(LUCA, "due", at(2027, 3, 1, 8, 0), ("Associazione La Fenice APS", C[1]), "company", "12/2027",
              amt="1830.00", due=D(2027, 3, 1))],
    body="""
Ciao Luca,

ti ho appena girato 1.000 euro come acconto sulla fattura 12/2027, dovresti vederli domani. Il saldo di 830 euro te lo mando il 31 marzo, quando ci arriva il contributo del bando regionale (ci hanno confermato la data di erogazione proprio ieri).

Spero vada bene così, altrimenti sentiamoci.
Un abbraccio
Elena

--
Elena Fabbri
Tesoriera – Associazione La Fenice APS
""",
    labels=dict(promised_date="2027-03-31", amount="830.00", currency="EUR", reference="12/2027"), wd="Wed",
    note="A paid part and the rest on a day: promise for 31 March; the amount is the 830 still promised, not the 1,000 sent today.")

# 11 -----------------------------------------------------------------------------------------
C = ("Alessia Greco", "amministrazione@grecoeventi.it")
inv = T(at(2026, 11, 4, 15, 40), who(GIULIA), C, """Buongiorno,

in allegato la fattura n. 2026/131 relativa al progetto grafico per il catalogo 2027.

Grazie e buona giornata,
Giulia Ferraris
Graphic designer – Torino""", "Fattura 2026/131")
add(n=11, lang="it", kind="client-reply-other", owner=GIULIA, agent="outlook", frm=C, no_root=True,
    date=at(2026, 11, 5, 9, 30), subject="R: Fattura 2026/131",
    thread=[inv],
    body="""
Buongiorno,

ricevuta, grazie. Solo una cosa: in fattura c'è scritto "pagamento a 30 giorni" ma non è specificato se data fattura o fine mese. Nel gestionale devo inserire la scadenza giusta, altrimenti mi finisce nella distinta sbagliata. Mi fa sapere?

Grazie
Alessia Greco
Amministrazione – Greco Eventi srl
""",
    labels={},
    note="A question about when the invoice falls due; nothing paid or promised.")

# 12 -----------------------------------------------------------------------------------------
C = ("Paolo Ricci", "paolo.ricci@vinicolaricci.it")
add(n=12, lang="it", kind="client-reply-dispute", owner=LUCA, agent="apple-mail", frm=C,
    date=at(2026, 12, 7, 15, 22), subject="Re: Fattura 46/2026",
    thread=[L(LUCA, "reminder", at(2026, 12, 7, 8, 0), ("Vinicola Ricci", C[1]), "company", "46/2026",
              amt="3660.00", due=D(2026, 11, 30))],
    body="""
Luca,

sulla cifra niente da dire, ma il lavoro non è finito: manca ancora la versione inglese e tedesca del sito e la messa online era prevista per il 30 novembre. Siamo al 7 dicembre e siamo ancora sul server di prova.
Finché il sito non è in produzione il pagamento lo teniamo sospeso. Appena va online la paghiamo in giornata, hai la mia parola.

Paolo Ricci
Vinicola Ricci – Montefalco
""",
    labels={},
    note="Payment withheld until the work is finished; the same-day payment is conditional on going live, so dispute beats promise.")

# 13 -----------------------------------------------------------------------------------------
C = ("Bertoldi Impianti S.p.A. - Amministrazione", "amministrazione@bertoldimpianti.it")
add(n=13, lang="it", kind="client-reply-dispute", owner=GIULIA, agent="outlook", frm=C,
    date=at(2026, 12, 10, 11, 45), subject="R: Re: Fattura 2026/124",
    thread=[L(GIULIA, "reminder", at(2026, 12, 10, 8, 30), ("Bertoldi Impianti S.p.A.", C[1]), "company",
              "2026/124", amt="2745.00", due=D(2026, 12, 6))],
    body="""
Gentile Sig.ra Ferraris,

il Vostro sollecito non ci risulta corretto: il nostro ordine d'acquisto n. 4471 del 2 ottobre, da Lei controfirmato, prevede il pagamento a 60 giorni data fattura fine mese, non a 30 giorni. La fattura 2026/124 del 6 novembre scade pertanto il 31 gennaio 2027 e sarà pagata alla scadenza contrattuale.

Vi chiediamo di allineare la scadenza nei Vostri sistemi e di sospendere ulteriori solleciti.

Distinti saluti

Laura Pozzi
Ufficio Amministrazione
Bertoldi Impianti S.p.A.
Via dell'Industria 18 – 37135 Verona

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate.
""",
    labels=dict(reference="2026/124"),
    note="Contests the due date against the agreed terms (60 days end of month); the 31 January payment is stated, but dispute beats promise.")

# 14 -----------------------------------------------------------------------------------------
C = ("Nicola Ferrante", "nicola.ferrante@gmail.com")
add(n=14, lang="it", kind="client-reply-other", owner=GIULIA, agent="samsung", frm=C,
    date=at(2026, 12, 27, 20, 15), subject="Re: Fattura 2026/129",
    thread=[L(GIULIA, "reminder", at(2026, 12, 23, 8, 30), ("Nicola Ferrante", C[1]), "person", "2026/129",
              amt="1525.00", due=D(2026, 12, 18))],
    body="""
Ciao Giulia,
vedo ora la mail, sono in montagna con la famiglia fino al 7 e da qui non ho accesso al gestionale dell'azienda. Al rientro verifico con l'amministrazione a che punto è la fattura e ti faccio sapere.
Buon anno intanto!
Nicola


Inviato dal mio smartphone Samsung Galaxy.
""",
    labels={},
    note="Written by hand: he is away until the 7th and will only check and report back; no payment promised and not an auto-reply.")

# 15 -----------------------------------------------------------------------------------------
C = ("Amministrazione Studio Dentistico Bassi", "amministrazione@studiodentisticobassi.it")
add(n=15, lang="it", kind="client-reply-paid", owner=LUCA, agent="plain", frm=C, charset="utf-8", cte="8bit",
    date=at(2026, 12, 16, 13, 10), subject="Re: Fattura 47/2026", quote=False,
    thread=[L(LUCA, "courtesy", at(2026, 12, 14, 8, 0), ("Studio Dentistico Dott. Bassi", C[1]), "company",
              "47/2026", amt="610.00", due=D(2026, 12, 18), issue=D(2026, 11, 18))],
    attach=[("Distinta_bonifico_47-2026.pdf", PDF, tiny_pdf("Distinta bonifico 47/2026"))],
    headers=["X-Mailer: Microsoft Outlook 16.0"],
    body="""
Buongiorno,

in allegato la distinta del bonifico disposto in data odierna a saldo della Vs. fattura n. 47/2026 di € 610,00 (data valuta beneficiario 18/12/2026).

Cordiali saluti
Monica – Amministrazione
Studio Dentistico Dott. Bassi
""",
    labels=dict(amount="610.00", currency="EUR", reference="47/2026"),
    note="Ordered today with the slip attached; 18/12 is the beneficiary's value date, the day it lands, not a promised day.")

# 16 -----------------------------------------------------------------------------------------
C = ("Gabriella Esposito", "gabriella.esposito@hotmail.it")
add(n=16, lang="it", kind="client-reply-promise", owner=CHIARA, agent="outlook-com", frm=C, sep="line",
    date=at(2026, 12, 21, 9, 40), subject="R: Re: Fattura 95/2026",
    thread=[L(CHIARA, "reminder", at(2026, 12, 21, 8, 0), ("Gabriella Esposito", C[1]), "person", "95/2026",
              amt="420.00", due=D(2026, 12, 15))],
    body="""
Buongiorno dottoressa,

le scrivo per dirle che ho già impostato il bonifico dall'home banking con data di esecuzione 4 gennaio, perché prima di fine anno ho delle spese impreviste e non ci sto dentro. La cifra è quella della fattura, 420 euro.

Spero che non sia un problema, mi scusi tanto.
Gabriella Esposito
""",
    labels=dict(promised_date="2027-01-04", amount="420.00", currency="EUR"), wd="Mon",
    note="The transfer is set up but executes on 4 January: a scheduled payment is a promise for that day, not a payment made.")

# 17 -----------------------------------------------------------------------------------------
C = ("Ionut Popescu", "ionut.popescu@edilpopescu.it")
add(n=17, lang="it", kind="client-reply-promise", owner=LUCA, agent="gmail", frm=C,
    date=at(2026, 12, 9, 19, 3), subject="Re: Fattura 45/2026",
    thread=[L(LUCA, "reminder", at(2026, 12, 9, 8, 0), ("Edil Popescu", C[1]), "company", "45/2026",
              amt="900.00", due=D(2026, 12, 4))],
    body="""
Buonasera Luca,
scusa per ritardo. Ho pagato la fattura lunedi prossimo, il 14, perche adesso aspetto soldi di un cliente che mi paga venerdi. Sicuro il 14 e fatto.
Grazie mile
Ionut
Edil Popescu
""",
    labels=dict(promised_date="2026-12-14"), wd="Mon",
    note="Past tense by mistake from a non-native writer: 'ho pagato … lunedì prossimo, il 14' is after the Date, so a promise for 14 December; 'venerdì' is when he gets paid.")

# 18 -----------------------------------------------------------------------------------------
C = ("Max Villa", "max.villa@icloud.com")
add(n=18, lang="it", kind="client-reply-paid", owner=GIULIA, agent="iphone", frm=C, fmt="alt",
    date=at(2026, 12, 24, 10, 30), subject="Re: Fattura 2026/130",
    thread=[L(GIULIA, "due", at(2026, 12, 23, 8, 30), ("Bar Villa", C[1]), "person", "2026/130", amt="240.00",
              due=D(2026, 12, 23), salname="Massimo Villa")],
    body="""
Fatto! Ti ho mandato i 240 euro con Satispay adesso, dovrebbero esserti già arrivati. Grazie ancora per i menu, sono piaciuti a tutti
Buon Natale 🎄
Max

Inviato da iPhone
""",
    labels=dict(amount="240.00", currency="EUR"),
    note="Sent now via Satispay; a short human reply, not a Satispay notice.")

# 19 -----------------------------------------------------------------------------------------
C = ("Avv. Roberto De Luca", "r.deluca@deluca-legal.it")
add(n=19, lang="it", kind="client-reply-paid", owner=CHIARA, agent="outlook", frm=C,
    date=at(2027, 1, 4, 12, 15), subject="R: Re: Fattura 98/2026",
    thread=[L(CHIARA, "reminder", at(2027, 1, 4, 8, 0), ("Roberto De Luca", C[1]), "person", "98/2026",
              amt="732.00", due=D(2026, 12, 28))],
    body="""
Gentile dott.ssa Pellegrini,

il bonifico relativo alla Sua fattura n. 98/2026 è stato disposto dalla mia segreteria il 29 dicembre scorso; probabilmente con le festività non Le è ancora stato accreditato. Le inoltrerò comunque la contabile non appena la segretaria rientra in studio, giovedì.

Cordiali saluti
Avv. Roberto De Luca
Studio Legale De Luca – Salerno
""",
    labels=dict(reference="98/2026"),
    note="Stated as already made on 29 December; 'giovedì' is when the secretary returns to send the receipt, not a payment day.")

# 20 -----------------------------------------------------------------------------------------
C = ("Federico Marino", "f.marino@marinocaffe.it")
add(n=20, lang="it", kind="client-reply-other", owner=GIULIA, agent="gmail", frm=C,
    date=at(2027, 1, 19, 10, 40), subject="Re: Fattura 2026/133",
    thread=[L(GIULIA, "paid_claim_followup", at(2027, 1, 18, 9, 0), ("Marino Caffè srl", C[1]), "company",
              "2026/133", amt="1220.00", claim=D(2027, 1, 12), paid_on=D(2027, 1, 12))],
    body="""
Buongiorno Giulia,

il bonifico del 12 gennaio ci è tornato indietro proprio oggi: la banca lo ha stornato con motivazione "IBAN beneficiario inesistente o errato". Probabilmente in amministrazione hanno copiato male le coordinate dalla fattura.
Mi può rimandare l'IBAN corretto, magari in un messaggio a parte?

Grazie e scusi il disguido
Federico Marino
Marino Caffè srl
""",
    labels={},
    note="The earlier transfer bounced back and nothing has been sent again; he asks for the bank details, so other, not paid.")

# 21 -----------------------------------------------------------------------------------------
C = ("Gianni Ferraro", "gianni@ferraroautomazioni.it")
add(n=21, lang="it", kind="client-reply-dispute", owner=LUCA, agent="gmail", frm=C,
    date=at(2027, 1, 8, 17, 5), subject="Re: Fattura 49/2026",
    thread=[L(LUCA, "reminder", at(2027, 1, 8, 8, 0), ("Ferraro Automazioni snc", C[1]), "company", "49/2026",
              amt="1000.00", due=D(2026, 12, 31))],
    body="""
Ciao Luca,

ti pago volentieri le 800 euro del lavoro, le trovi in distinta il 15. Però i 200 euro di trasferta non erano nel preventivo e nessuno ti ha chiesto di venire in sede, la riunione si poteva fare benissimo in call.
Mandami una nota di credito per i 200 e chiudiamo.

Gianni
""",
    labels=dict(amount="800.00", currency="EUR"),
    note="Contests the 200 of travel costs and asks for a credit note; the 800 on the 15th is the undisputed part, and dispute beats promise.")

# 22 -----------------------------------------------------------------------------------------
C = ("Andrea Morelli", "andrea.morelli@gmail.com")
NY = tz(-5)
add(n=22, lang="it", kind="client-reply-promise", owner=LUCA, agent="gmail-mobile", frm=C,
    date=at(2026, 12, 31, 19, 45, NY), subject="Re: Fattura 50/2026",
    thread=[L(LUCA, "due", at(2026, 12, 31, 8, 0), ("Andrea Morelli", C[1]), "person", "50/2026", amt="1200.00",
              due=D(2026, 12, 31))],
    body="""
Ciao Luca!
ti scrivo da New York, sono qui per le feste e mi ero perso la scadenza. Domani mattina (ora di qui) faccio il bonifico dall'app della banca italiana, così domani è partito.
Scusa e buon anno nuovo!! 🎆
Andrea
""",
    labels=dict(promised_date="2027-01-01"), wd="Fri",
    note="Dated 31 December 19:45 -0500: 'domani' in the sender's zone is 1 January 2027 (in Italy it is already 1 January, which would wrongly give the 2nd).")

# 23 -----------------------------------------------------------------------------------------
C = ("Lorenza Pace", "lorenzapace@icloud.com")
add(n=23, lang="it", kind="client-reply-paid", owner=GIULIA, agent="iphone", frm=C,
    date=at(2027, 2, 6, 9, 12), subject="Re: Fattura 2027/007",
    thread=[L(GIULIA, "reminder", at(2027, 2, 5, 8, 30), ("Lorenza Pace", C[1]), "person", "2027/007",
              amt="427.00", due=D(2027, 1, 31))],
    attach=[("IMG_4471.PNG", PNG, tiny_png())],
    body="""
fatto 👍

Inviato da iPhone
""",
    labels={},
    note="One word ('fatto') with a screenshot of the transfer attached, replying to the reminder: paid.")

# 24 -----------------------------------------------------------------------------------------
C = ("Contabilità Fornitori – Hotel Mirasole", "contabilita.fornitori@hotelmirasole.it")
add(n=24, lang="it", kind="client-reply-paid", owner=CHIARA, agent="outlook", frm=C,
    date=at(2027, 2, 15, 11, 5), subject="R: Re: Fattura 5/2027",
    thread=[L(CHIARA, "reminder", at(2027, 2, 15, 8, 0), ("Hotel Mirasole srl", C[1]), "company", "5/2027",
              amt="735.00", due=D(2027, 2, 10))],
    body="""
Buongiorno,

la informiamo che la Sua fattura n. 5/2027 è stata inserita nella distinta di pagamento che la banca ha eseguito questa mattina. L'accredito dovrebbe risultarLe entro mercoledì.

Cordiali saluti

Ufficio Contabilità Fornitori
Hotel Mirasole ****
Corso Italia 241 – 80067 Sorrento (NA)
""",
    labels=dict(reference="5/2027"),
    note="The payment run was executed this morning; 'entro mercoledì' is when the credit should appear, not a promise.")

# 25 -----------------------------------------------------------------------------------------
C = ("Stefano Gatti", "stefano@gattiferramenta.it")
add(n=25, lang="it", kind="client-reply-other", owner=LUCA, agent="thunderbird", frm=C, cte="8bit",
    date=at(2026, 11, 10, 12, 30), subject="Re: Fattura 43/2026",
    thread=[L(LUCA, "courtesy", at(2026, 11, 10, 8, 0), ("Ferramenta Gatti", C[1]), "company", "43/2026",
              amt="640.50", due=D(2026, 11, 15), issue=D(2026, 10, 16))],
    body="""
Ciao Luca, ricevuto.
Io i pagamenti non li seguo più, da quest'anno li fa tutti il commercialista: gli ho girato adesso la tua mail con la fattura. Per qualsiasi cosa scrivi pure direttamente a lui, dott. Ruggeri, studio@ruggericommercialisti.it

Ciao
Stefano
""",
    labels={},
    note="Forwarded to the accountant, with no word on when or whether it will be paid: other.")

# 26 -----------------------------------------------------------------------------------------
C = ("Valentina Riva", "valentina@rivaboutique.it")
add(n=26, lang="it", kind="client-reply-paid", owner=GIULIA, agent="gmail", frm=C,
    date=at(2026, 12, 31, 11, 3), subject="Re: Fattura 2026/134",
    thread=[L(GIULIA, "due", at(2026, 12, 30, 8, 30), ("Riva Boutique", C[1]), "person", "2026/134",
              amt="585.60", due=D(2026, 12, 30), salname="Valentina Riva")],
    body="""
Ciao Giulia,
bonifico fatto stamattina, così almeno la chiudiamo nel 2026 😅 Con i festivi di mezzo però credo che lo vedrai accreditato solo lunedì 4.
Auguri di buon anno!!
Vale
""",
    labels={},
    note="Paid on 31 December; Monday 4 January is when the money should be credited, not a promised day.")

# 27 -----------------------------------------------------------------------------------------
C = ("Marina Longo", "m.longo@edizionilongo.it")
add(n=27, lang="it", kind="client-reply-dispute", owner=CHIARA, agent="zimbra", frm=C,
    date=at(2026, 11, 25, 10, 15), subject="Re: Fattura 90/2026",
    thread=[L(CHIARA, "reminder", at(2026, 11, 25, 8, 0), ("Edizioni Longo srl", C[1]), "company", "90/2026",
              amt="1340.00", due=D(2026, 11, 20))],
    attach=[("contabile_20-10-2026.pdf", PDF, tiny_pdf("Bonifico 20/10/2026 fattura 78/2026"))],
    body="""
Gentile Chiara,

credo ci sia un errore: la fattura n. 90/2026 si riferisce alla traduzione del catalogo autunno, che avevate già fatturato con la n. 78/2026 e che noi abbiamo pagato il 20 ottobre (allego la contabile).
Si tratta quindi di un doppione: le chiediamo di annullarla con una nota di credito. Se invece si riferisce a un altro lavoro, mi mandi il dettaglio e verifico.

Cordiali saluti
Marina Longo
Edizioni Longo – Amministrazione
""",
    labels={},
    note="Says the work was already billed and paid under another invoice and asks for a credit note; the receipt is for 78/2026, and two invoices are named, so no reference.")


# ================================================================ SPANISH (28-54)
# 28 -----------------------------------------------------------------------------------------
C = ("Irene Soler", "irene.soler.v@gmail.com")
add(n=28, lang="es", kind="client-reply-promise", owner=MARTA, agent="samsung", frm=C,
    date=at(2027, 1, 12, 21, 34), subject="Re: Factura 2027-003",
    thread=[L(MARTA, "reminder", at(2027, 1, 12, 9, 0), ("Pastelería Soler", C[1]), "person", "2027-003",
              amt="290.40", due=D(2027, 1, 8), salname="Irene Soler")],
    body="""
Martaaa perdona!! se me pasó por completo con lo de Reyes en la pastelería. Mañana a primera hora te hago la transferencia, que ahora desde el móvil no me deja entrar la app del banco.
Un beso


Enviado desde mi Galaxy
""",
    labels=dict(promised_date="2027-01-13"), wd="Wed",
    note="'Mañana a primera hora' written on Tuesday 12 January at 21:34: a promise for Wednesday 13 January.")

# 29 -----------------------------------------------------------------------------------------
C = ("Núria Vidal", "administracion@grupohoteleroaltamar.com")
add(n=29, lang="es", kind="client-reply-promise", owner=JORDI, agent="outlook", frm=C,
    date=at(2026, 12, 17, 12, 0), subject="RE: Re: Factura 2026-58",
    thread=[L(JORDI, "reminder", at(2026, 12, 17, 8, 0), ("Grupo Hotelero Altamar, S.L.", C[1]), "company",
              "2026-58", amt="1815.00", due=D(2026, 12, 15))],
    body="""
Buenos días, Jordi:

Le informamos de que, por el cierre contable del ejercicio, las facturas de proveedores recibidas a partir del 1 de diciembre se abonarán a principios de enero. Su factura 2026-58 está registrada y aprobada, por lo que entrará en esa primera remesa.

Disculpe las molestias.

Un saludo,

Núria Vidal
Departamento de Administración
Grupo Hotelero Altamar
Passeig de Gràcia 74 · 08008 Barcelona

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos forman parte de un fichero responsabilidad de Grupo Hotelero Altamar, S.L.
""",
    labels=dict(reference="2026-58"),
    note="Approved and promised for 'principios de enero', which names no day: a promise without promised_date.")

# 30 -----------------------------------------------------------------------------------------
C = ("Paula Ferrer", "paulaferrer_93@hotmail.com")
add(n=30, lang="es", kind="client-reply-paid", owner=MARTA, agent="outlook-com", frm=C, fmt="html", variant="mobile",
    date=at(2026, 11, 28, 13, 5), subject="RE: Re: Factura 2026-041",
    thread=[L(MARTA, "reminder", at(2026, 11, 27, 9, 0), ("Paula Ferrer", C[1]), "person", "2026-041",
              amt="150.00", due=D(2026, 11, 20))],
    body="""
Hecho por bizum, 150€ 😊 gracias guapa!!

Obtener Outlook para Android
""",
    labels=dict(amount="150.00", currency="EUR"),
    note="The client herself says she sent it by Bizum: a human paid reply, not a Bizum notice.")

# 31 -----------------------------------------------------------------------------------------
C = ("Álvaro Ruiz", "aruiz@ruizasociados.es")
add(n=31, lang="es", kind="client-reply-paid", owner=LUCIA, agent="outlook", frm=C,
    date=at(2027, 1, 29, 13, 47), subject="RE: Re: Factura 2027-004",
    thread=[L(LUCIA, "courtesy", at(2027, 1, 27, 9, 0), ("Ruiz & Asociados Abogados", C[1]), "company", "2027-004",
              amt="1089.00", due=D(2027, 1, 31), issue=D(2027, 1, 1))],
    body="""
Estimada Lucía:

Le confirmo que hoy mismo hemos ordenado la transferencia de 1.089,00 € correspondiente a la factura 2027-004. Como no es una transferencia inmediata, lo normal es que la vea en su cuenta el lunes o, como muy tarde, el martes.

Reciba un cordial saludo,

Álvaro Ruiz
Ruiz & Asociados Abogados
C/ Serrano 41, 28001 Madrid
""",
    labels=dict(amount="1089.00", currency="EUR", reference="2027-004"),
    note="Ordered today; Monday or Tuesday is when it should arrive, not a promised day.")

# 32 -----------------------------------------------------------------------------------------
C = ("Carmen Ortega", "proveedores@editorialcumbre.es")
inv32 = T(at(2027, 2, 9, 17, 20), who(LUCIA), C, """Hola, Carmen:

Te adjunto la factura 2027-007 por la traducción de los capítulos 4 a 7.

Un saludo,
Lucía Herrero""", "Factura 2027-007")
add(n=32, lang="es", kind="client-reply-promise", owner=LUCIA, agent="zimbra", frm=C, no_root=True,
    date=at(2027, 2, 10, 9, 20), subject="Re: Factura 2027-007",
    thread=[inv32],
    body="""
Buenos días, Lucía:

Acusamos recibo de su factura 2027-007. Le comento que en esta editorial los pagos a proveedores se hacen los días cinco y quince de cada mes; como la suya entró ayer, día nueve, se pagará el quince de febrero por transferencia.

Un saludo,

Carmen Ortega
Administración – Editorial Cumbre
""",
    labels=dict(promised_date="2027-02-15", reference="2027-007"), wd="Mon",
    note="Days in words: the payment is on 'el quince de febrero'; 'cinco' is the other pay day and 'nueve' the day the invoice arrived.")

# 33 -----------------------------------------------------------------------------------------
C = ("Alejandro Treviño", "atrevino@casatrevino.mx")
MTY = tz(-6)
add(n=33, lang="es", kind="client-reply-promise", owner=JORDI, agent="gmail", frm=C,
    date=at(2027, 1, 31, 22, 10, MTY), subject="Re: Factura 2027-02",
    thread=[L(JORDI, "reminder", at(2027, 1, 29, 9, 0), ("Casa Treviño", C[1]), "company", "2027-02",
              amt="2300.00", due=D(2027, 1, 25))],
    body="""
Hola Jordi, qué tal.

Una disculpa por la tardanza, estuve de viaje toda la semana. Mañana lunes sin falta te deposito, ya tengo lista la transferencia internacional, nomás falta que la autorice el banco. Te mando el comprobante en cuanto salga.

Saludos desde Monterrey,
Alejandro
""",
    labels=dict(promised_date="2027-02-01"), wd="Mon",
    note="Dated Sunday 31 January 22:10 -0600: 'mañana lunes' is 1 February; in Spain it is already Monday, which would wrongly give the 2nd.")

# 34 -----------------------------------------------------------------------------------------
C = ("Martina Gómez", "martina@estudiogomez.com.ar")
BA = tz(-3)
add(n=34, lang="es", kind="client-reply-paid", owner=JORDI, agent="gmail", frm=C,
    date=at(2026, 12, 31, 23, 20, BA), subject="Re: Factura 2026-61",
    thread=[L(JORDI, "due", at(2026, 12, 30, 9, 0), ("Estudio Gómez", C[1]), "company", "2026-61",
              amt="950.00", due=D(2026, 12, 30))],
    body="""
Jordi, ¡feliz año! 🥂

Te aviso que recién te mandé la plata por Wise, 950 euros. Me dice que te llega el martes 5, porque con el feriado y el finde allá no se procesa hasta el lunes. Cualquier cosa avisame.

Abrazo grande,
Martina
""",
    labels=dict(amount="950.00", currency="EUR"),
    note="Sent now by Wise (Argentine Spanish, 'recién'); 'el martes 5' is the day Wise says it arrives, not a promise.")

# 35 -----------------------------------------------------------------------------------------
C = ("Javi Navarro", "javi@navarroreformas.es")
rem = L(MARTA, "reminder", at(2027, 1, 8, 9, 0), ("Navarro Reformas", C[1]), "company", "2026-059",
        amt="968.00", due=D(2027, 1, 4))
old = T(at(2027, 1, 8, 13, 12), C, who(MARTA), """Marta, te pago el viernes 15, sin falta. Perdona, con las fiestas voy loco.
Javi""", "Re: Factura 2026-059")
mine = T(at(2027, 1, 18, 10, 5), who(MARTA), C, """Hola Javi:

¿Cómo lo llevas? Me dijiste que el viernes 15 me hacías la transferencia (te copio tu correo abajo), pero todavía no me ha llegado. ¿Puedes mirarlo?

Gracias,
Marta""", "Re: Factura 2026-059")
add(n=35, lang="es", kind="client-reply-promise", owner=MARTA, agent="gmail-mobile", frm=C,
    date=at(2027, 1, 18, 19, 30), subject="Re: Factura 2026-059",
    thread=[mine, old, rem],
    body="""
Tienes razón Marta, se me fue de las manos. Ahora sí: la transferencia está programada para el miércoles 27, que es cuando nos paga la comunidad de vecinos de la obra de Russafa. Si llega antes el dinero te la adelanto.
Perdona de verdad
Javi
""",
    labels=dict(promised_date="2027-01-27"), wd="Wed",
    note="'El viernes 15' is his old promise, quoted below; the new one is a transfer scheduled for Wednesday 27 January.")

# 36 -----------------------------------------------------------------------------------------
C = ("Sergio Blanco", "sergio.blanco@blancoimport.es")
add(n=36, lang="es", kind="client-reply-paid", owner=LUCIA, agent="thunderbird", frm=C, cte="8bit",
    date=at(2026, 11, 10, 10, 48), subject="Re: Factura 2026-088",
    thread=[L(LUCIA, "reminder", at(2026, 11, 10, 9, 0), ("Blanco Import, S.L.", C[1]), "company", "2026-088",
              amt="472.00", due=D(2026, 11, 5))],
    body="""
Buenos días Lucía,

Ya está: te he hecho una transferencia inmediata ahora mismo, así que ya deberías tenerla en la cuenta. Perdona el despiste, pensaba que la había pagado con las de octubre.

Saludos,
Sergio
--
Sergio Blanco
Blanco Import, S.L.
""",
    labels={},
    note="An instant transfer made now; 'las de octubre' are other invoices he thought he had paid with.")

# 37 -----------------------------------------------------------------------------------------
C = ("Rocío Morales", "rocio@morales-estetica.es")
add(n=37, lang="es", kind="client-reply-promise", owner=MARTA, agent="iphone", frm=C,
    date=at(2026, 12, 9, 11, 15), subject="Re: Factura 2026-052",
    thread=[L(MARTA, "reminder", at(2026, 12, 9, 9, 0), ("Centro de Estética Morales", C[1]), "company",
              "2026-052", amt="1200.00", due=D(2026, 12, 4))],
    body="""
Hola Marta!
Te cuento: hoy te he transferido 500 € a cuenta de la factura 2026-052 y los 700 que faltan te los paso el día 20, que es cuando cobro lo de la campaña de Navidad. Sé que no es lo que habíamos quedado, pero el mes ha sido muy malo en el centro 😔
Gracias por la paciencia!
Rocío

Enviado desde mi iPhone
""",
    labels=dict(promised_date="2026-12-20", amount="700.00", currency="EUR", reference="2026-052"), wd="Sun",
    note="500 paid today and the remaining 700 on the 20th: a promise for 20 December with the promised 700 as amount.")

# 38 -----------------------------------------------------------------------------------------
C = ("Laia Ferrer", "laia.ferrer@modalaia.cat")
add(n=38, lang="es", kind="client-reply-promise", owner=JORDI, agent="gmail", frm=C,
    date=at(2026, 12, 15, 17, 40), subject="Re: Facturas pendientes",
    thread=[T(at(2026, 12, 15, 9, 30), who(JORDI), C, """Hola Laia:

Te escribo por las dos facturas que tengo pendientes, la 2026-55 y la 2026-57. ¿Me puedes decir algo?

Gracias,
Jordi""", "Facturas pendientes")],
    body="""
Hola Jordi,

La factura 2026-55 (la sesión de octubre) ya está pagada, la transferencia salió ayer. La 2026-57, la del lookbook, la pagamos el viernes, que es cuando cerramos caja de la semana.

Gracias y perdona el lío.
Laia
""",
    labels=dict(promised_date="2026-12-18"), wd="Fri",
    note="One invoice paid yesterday, the other promised for Friday 18 December: promise wins; two invoices, so no reference.")

# 39 -----------------------------------------------------------------------------------------
C = ("Beatriz Lozano", "blozano@congresosiberia.es")
inv39 = T(at(2026, 11, 3, 18, 2), who(LUCIA), C, """Hola, Beatriz:

Te envío la factura 2026-091 por la primera parte de la traducción de las actas.

Un saludo,
Lucía""", "Factura 2026-091")
add(n=39, lang="es", kind="client-reply-other", owner=LUCIA, agent="outlook", frm=C, no_root=True,
    date=at(2026, 11, 4, 16, 20), subject="RE: Factura 2026-091",
    thread=[inv39],
    body="""
Hola Lucía:

Recibida la factura, gracias. Una duda: en el PDF no aparece la fecha de vencimiento y nuestro programa no me deja registrarla sin ella. ¿Es a 30 días de la fecha de factura, o a contar desde la entrega de la última parte de la traducción?

Un saludo,

Beatriz Lozano
Congresos Iberia
""",
    labels={},
    note="A question about the due date before booking the invoice; nothing paid or promised.")

# 40 -----------------------------------------------------------------------------------------
C = ("Elena Martín - Gestoría Martín", "facturas@gestoriamartin.es")
add(n=40, lang="es", kind="client-reply-dispute", owner=LUCIA, agent="outlook", frm=C,
    date=at(2027, 1, 14, 10, 5), subject="RE: Re: Factura 2027-001",
    thread=[L(LUCIA, "due", at(2027, 1, 13, 9, 0), ("Clínica Dental Sonrisa, S.L.", "info@clinicasonrisa.es"),
              "company", "2027-001", amt="605.00", due=D(2027, 1, 13))],
    body="""
Buenos días:

Le escribimos desde la gestoría de Clínica Dental Sonrisa, S.L. Hemos recibido su recordatorio, pero la factura 2027-001 no puede pagarse tal como está: al tratarse de un servicio profesional prestado a una empresa, debe incluir la retención de IRPF del 15 %, y no aparece. Le rogamos que emita una factura rectificativa; en cuanto la recibamos, se abonará en el siguiente pago a proveedores.

Atentamente,

Elena Martín
Gestoría Martín – Asesoría fiscal y contable
Avda. de la Constitución 12, 41001 Sevilla
""",
    labels=dict(reference="2027-001"),
    note="The invoice is refused as issued (missing IRPF withholding) and a corrective invoice is asked for; a payment after that is only conditional.")

# 41 -----------------------------------------------------------------------------------------
C = ("Carlos Peña", "cpena@penaconstructora.es")
add(n=41, lang="es", kind="client-reply-dispute", owner=MARTA, agent="gmail", frm=C,
    date=at(2027, 2, 22, 9, 50), subject="Re: Factura 2027-010",
    thread=[L(MARTA, "courtesy", at(2027, 2, 22, 9, 0), ("Construcciones Peña, S.L.", C[1]), "company",
              "2027-010", amt="1450.00", due=D(2027, 2, 26), issue=D(2027, 1, 27))],
    body="""
Marta, buenos días.

Revisando la factura 2027-010 veo que son 1.450 € y el presupuesto que te aceptamos en diciembre era de 1.200 €. Los dos cambios que has añadido los propusiste tú como mejora, nosotros no los encargamos.
Nosotros pagamos los 1.200 el día 26 con el resto de proveedores; si quieres cobrar la diferencia tendríamos que hablarlo, pero de momento mándanos una rectificativa.

Un saludo,
Carlos Peña
Construcciones Peña
""",
    labels=dict(amount="1200.00", currency="EUR", reference="2027-010"),
    note="Contests 250 over the accepted quote and asks for a corrective invoice; the 1,200 on the 26th is the undisputed part, and dispute beats promise.")

# 42 -----------------------------------------------------------------------------------------
C = ("Andrés Cabrera", "andres.cabrera@gmail.com")
add(n=42, lang="es", kind="client-reply-promise", owner=LUCIA, agent="gmail-mobile", frm=C,
    date=at(2027, 3, 5, 18, 10, GMT), subject="Re: Factura 2027-014",
    thread=[L(LUCIA, "reminder", at(2027, 3, 3, 9, 0), ("Andrés Cabrera", C[1]), "person", "2027-014",
              amt="330.00", due=D(2027, 2, 26))],
    body="""
Hola Lucía, perdona que no te haya contestado antes. Esta semana me resulta imposible, pero la semana que viene te lo pago sin falta, palabra.
Un saludo desde Las Palmas
Andrés
""",
    labels={},
    note="A firm promise for 'la semana que viene', which alone names no day: no promised_date.")

# 43 -----------------------------------------------------------------------------------------
C = ("Montse Roca", "mroca@cellerroca.cat")
add(n=43, lang="es", kind="client-reply-paid", owner=JORDI, agent="apple-mail", frm=C,
    date=at(2026, 12, 29, 12, 40), subject="Re: Factura 2026-60",
    thread=[L(JORDI, "reminder", at(2026, 12, 29, 9, 0), ("Celler Roca", C[1]), "company", "2026-60",
              amt="1331.00", due=D(2026, 12, 22))],
    body="""
Bon dia Jordi,

Pagado hoy. Nuestro banco va muy lento estos días, así que seguramente no lo verás en cuenta hasta el 4 de enero.

Bones festes!
Montse Roca
Celler Roca
""",
    labels={},
    note="Paid today; 4 January is when it will show in the account, not a promise (the Catalan greetings do not change the language).")

# 44 -----------------------------------------------------------------------------------------
C = ("Ana Belén Castro", "anabelen@castrofisio.es")
add(n=44, lang="es", kind="client-reply-promise", owner=MARTA, agent="iphone", frm=C,
    date=at(2026, 12, 23, 13, 25), subject="Re: Factura 2026-058",
    thread=[L(MARTA, "due", at(2026, 12, 22, 9, 0), ("Castro Fisioterapia", C[1]), "company", "2026-058",
              amt="363.00", due=D(2026, 12, 22))],
    body="""
Hola Marta, ¡feliz Navidad! Estos días cerramos la clínica hasta después de Reyes y no voy a poder entrar en el banco de la empresa. Te la pago el lunes 11 de enero, que es cuando volvemos. Espero que no te importe.
Ana Belén

Enviado desde mi iPhone
""",
    labels=dict(promised_date="2027-01-11"), wd="Mon",
    note="'Hasta después de Reyes' is the closure; the promised day is Monday 11 January.")

# 45 -----------------------------------------------------------------------------------------
C = ("Toni - Administración Distribuciones Garrido", "pagos@distribucionesgarrido.es")
add(n=45, lang="es", kind="client-reply-promise", owner=JORDI, agent="outlook", frm=C, fmt="plain",
    charset="iso-8859-1", cte="quoted-printable",
    date=at(2027, 2, 22, 10, 30), subject="RE: Re: Factura 2027-09", quote=False,
    thread=[L(JORDI, "reminder", at(2027, 2, 22, 9, 0), ("Distribuciones Garrido, S.A.", C[1]), "company",
              "2027-09", amt="726.00", due=D(2027, 2, 15))],
    body="""
Buenas Jordi,

Lo pagamos el jueves con el resto de proveedores.

Saludos,
Toni – Administración
Distribuciones Garrido
""".replace("–", "-"),
    labels=dict(promised_date="2027-02-25"), wd="Thu",
    note="'Pagamos' can be present or past; written on Monday 22 February, 'el jueves' is the coming Thursday 25: a promise.")

# 46 -----------------------------------------------------------------------------------------
C = ("Cristina Vega", "cristina@vegayasociados.es")
add(n=46, lang="es", kind="client-reply-paid", owner=MARTA, agent="gmail", frm=C,
    date=at(2026, 11, 13, 9, 45), subject="Re: Factura 2026-045",
    thread=[L(MARTA, "reminder", at(2026, 11, 13, 9, 0), ("Vega y Asociados", C[1]), "company", "2026-045",
              amt="847.00", due=D(2026, 11, 10))],
    attach=[("Justificante_transferencia.pdf", PDF, tiny_pdf("Justificante de transferencia 11/11/2026"))],
    body="""
Hola Marta,

Lo pagamos el miércoles, ¿no te ha llegado? Te adjunto el justificante de la transferencia para que lo compruebes con tu banco.

Un saludo,
Cristina Vega
""",
    labels={},
    note="Written on Friday 13 November, 'lo pagamos el miércoles' is the past Wednesday (11 November) and the receipt is attached: paid.")

# 47 -----------------------------------------------------------------------------------------
C = ("Pablo Serrano", "pserrano@serranoexport.com")
add(n=47, lang="es", kind="client-reply-dispute", owner=LUCIA, agent="outlook", frm=C,
    date=at(2027, 2, 1, 12, 0), subject="RE: Re: Factura 2027-006",
    thread=[L(LUCIA, "due", at(2027, 2, 1, 9, 0), ("Serrano Export, S.L.", C[1]), "company", "2027-006",
              amt="1200.00", due=D(2027, 1, 30))],
    body="""
Estimada Lucía:

Según el encargo, la traducción del manual debía entregarse el 15 de enero y nos llegó el 28, lo que nos obligó a retrasar el envío a nuestro distribuidor alemán. El contrato prevé una penalización del 10 % por retraso, así que abonaremos 1.080 € y no el importe completo de la factura 2027-006. Le agradeceríamos que nos enviara una factura rectificativa por esa cantidad.

Atentamente,

Pablo Serrano
Director de Operaciones
Serrano Export, S.L.
""",
    labels=dict(amount="1080.00", currency="EUR", reference="2027-006"),
    note="Applies a 10% late-delivery penalty and asks for a corrective invoice: dispute; 15 and 28 January are delivery dates, not payment days.")

# 48 -----------------------------------------------------------------------------------------
C = ("Teresa Díaz", "teresa.diaz@fundacionlumen.org")
add(n=48, lang="es", kind="client-reply-promise", owner=LUCIA, agent="outlook", frm=C,
    date=at(2026, 12, 28, 11, 0), subject="RE: Re: Factura 2026-096",
    thread=[L(LUCIA, "reminder", at(2026, 12, 28, 9, 0), ("Fundación Lumen", C[1]), "company", "2026-096",
              amt="2178.00", due=D(2026, 12, 20))],
    body="""
Buenos días, Lucía:

Le confirmo que la factura 2026-096 está aprobada por el patronato. La tesorería de la fundación la abonará el último día hábil del año, junto con el resto de pagos pendientes del ejercicio.

Un cordial saludo,

Teresa Díaz
Gerencia – Fundación Lumen
""",
    labels=dict(promised_date="2026-12-31", reference="2026-096"), wd="Thu",
    note="'El último día hábil del año' written on 28 December 2026 is Thursday 31 December.")

# 49 -----------------------------------------------------------------------------------------
C = ("Hugo Marín", "hugo@marinsurfschool.es")
add(n=49, lang="es", kind="client-reply-other", owner=MARTA, agent="gmail-mobile", frm=C,
    date=at(2027, 1, 20, 17, 20), subject="Re: Factura 2027-001",
    thread=[L(MARTA, "reminder", at(2027, 1, 20, 9, 0), ("Marín Surf School", C[1]), "company", "2027-001",
              amt="544.50", due=D(2027, 1, 15))],
    body="""
Hola Marta, el banco nos ha devuelto la transferencia que te hicimos el lunes, dice que el nombre del beneficiario no coincide con la cuenta. Nosotros pusimos "Marta Ibanez". El IBAN es el que viene abajo en tu correo?? Confírmamelo porfa y lo vuelvo a mirar.
Hugo
""",
    labels={},
    note="Monday's transfer was returned and nothing has been sent again; he asks to confirm the details: other, not paid.")

# 50 -----------------------------------------------------------------------------------------
C = ("Tesorería Grupo Alimentario Ebro", "tesoreria@grupoalimentarioebro.es")
add(n=50, lang="es", kind="client-reply-promise", owner=JORDI, agent="outlook", frm=C, fmt="html",
    date=at(2027, 2, 19, 13, 30), subject="RE: Re: Factura 2027-11",
    thread=[L(JORDI, "reminder", at(2027, 2, 18, 9, 0), ("Grupo Alimentario Ebro, S.A.", C[1]), "company",
              "2027-11", amt="3025.00", due=D(2027, 2, 14))],
    body="""
Estimado proveedor:

Le comunicamos que la factura n.º 2027-11, por importe de 3.025,00 €, ha sido incluida en la remesa de confirming de este mes, con fecha de vencimiento 25/03/2027. Recibirá en los próximos días la comunicación de la entidad financiera; si desea anticipar el cobro, puede solicitarlo directamente a la entidad.

Atentamente,

Departamento de Tesorería
Grupo Alimentario Ebro
""",
    labels=dict(promised_date="2027-03-25", amount="3025.00", currency="EUR", reference="2027-11"), wd="Thu",
    note="A confirming line pays on its due date: a promise for 25 March 2027, even if the supplier may discount it earlier.")

# 51 -----------------------------------------------------------------------------------------
C = ("Lorena Santos", "lorenasantos.yoga@gmail.com")
add(n=51, lang="es", kind="client-reply-promise", owner=MARTA, agent="iphone", frm=C,
    date=at(2027, 1, 7, 20, 5), subject="Re: Factura 2026-060",
    thread=[L(MARTA, "reminder", at(2027, 1, 7, 9, 0), ("Lorena Santos", C[1]), "person", "2026-060",
              amt="242.00", due=D(2026, 12, 31))],
    body="""
Hola Marta 🙏
Sinceramente, antes del 20 no puedo, que es cuando cobro las cuotas del estudio. El 20 te la hago sí o sí, no te preocupes.
Namasté,
Lorena

Enviado desde mi iPhone
""",
    labels=dict(promised_date="2027-01-20"), wd="Wed",
    note="'Antes del 20 no puedo' alone would be only a lower bound, but she then commits to the 20th itself: promise for 20 January.")

# 52 -----------------------------------------------------------------------------------------
C = ("Sandra Iglesias", "sandra.iglesias@agenciaola.es")
add(n=52, lang="es", kind="client-reply-dispute", owner=JORDI, agent="gmail", frm=C,
    date=at(2027, 1, 26, 16, 0), subject="Re: Factura 2027-03",
    thread=[L(JORDI, "courtesy", at(2027, 1, 26, 9, 0), ("Agencia Ola", C[1]), "company", "2027-03",
              amt="1573.00", due=D(2027, 1, 31), issue=D(2027, 1, 1))],
    body="""
Hola Jordi:

Te la pagamos el 31 como siempre, pero no entera: en enero la sesión del día 14 se canceló y no se recuperó, así que son 3 horas menos. Mándanos una rectificativa por el importe correcto, por favor, y la tramitamos con esa.

Gracias,
Sandra
""",
    labels={},
    note="Says three hours were not worked and asks for a corrective invoice; 'el 31' is only for the corrected amount, so dispute, not promise.")

# 53 -----------------------------------------------------------------------------------------
C = ("Miguel Ángel Prieto", "maprieto@prietoinmobiliaria.es")
inv53 = T(at(2026, 11, 13, 12, 30), who(LUCIA), C, """Buenos días, Miguel Ángel:

Adjunto la factura 2026-093 de la traducción de los contratos de arrendamiento.

Un saludo,
Lucía Herrero""", "Factura 2026-093")
add(n=53, lang="es", kind="client-reply-other", owner=LUCIA, agent="thunderbird", frm=C, no_root=True,
    charset="iso-8859-1", cte="8bit",
    date=at(2026, 11, 16, 10, 10), subject="Re: Factura 2026-093",
    thread=[inv53],
    body="""
Buenos días Lucía,

recibido, gracias. Una pregunta: en el concepto de la transferencia ¿qué pongo, el número de factura o tu NIF? La última vez el banco me cortó el concepto porque era demasiado largo.

Saludos
Miguel Ángel
""",
    labels={},
    note="Only asks what to write in the transfer's reference; no payment made or promised.")

# 54 -----------------------------------------------------------------------------------------
C = ("Vicent Llorens", "contabilidad@asesoriallorens.es")
add(n=54, lang="es", kind="client-reply-paid", owner=MARTA, agent="outlook", frm=C,
    date=at(2027, 3, 4, 12, 30), subject="RE: Re: Factura 2027-012",
    thread=[L(MARTA, "reminder", at(2027, 3, 3, 9, 0), ("Hornos Beltrán, S.L.", "compras@hornosbeltran.es"),
              "company", "2027-012", amt="2420.00", due=D(2027, 2, 26))],
    attach=[("Justificante_2027-012.pdf", PDF, tiny_pdf("Transferencia 03/03/2027 2420,00 EUR"))],
    body="""
Buenos días:

En nombre de nuestro cliente Hornos Beltrán, S.L., le adjuntamos el justificante de la transferencia realizada ayer, 3 de marzo, por importe de 2.420,00 €, correspondiente a su factura 2027-012.

Quedamos a su disposición.

Atentamente,

Vicent Llorens
Asesoría Llorens
""",
    labels=dict(amount="2420.00", currency="EUR", reference="2027-012"),
    note="An adviser writes for the client: the transfer was made yesterday, receipt attached.")


# ================================================================ ENGLISH (55-80)
# 55 -----------------------------------------------------------------------------------------
C = ("Jess Harding", "jess@hardingbakes.co.uk")
add(n=55, lang="en", kind="client-reply-promise", owner=TOM, agent="gmail-mobile", frm=C,
    date=at(2027, 1, 21, 16, 5, GMT), subject="Re: Invoice WS-2027-004",
    thread=[L(TOM, "reminder", at(2027, 1, 21, 9, 0, GMT), ("Harding Bakes", C[1]), "person", "WS-2027-004",
              amt="480.00", due=D(2027, 1, 15), salname="Jess Harding")],
    body="""
Hi Tom,

So sorry – totally slipped my mind with the January madness. I'll do it tonight when I'm home and have the card reader for the business account.

Jess x
""",
    labels=dict(promised_date="2027-01-21"), wd="Thu",
    note="'I'll do it tonight' on Thursday 21 January: a promise for the same day.")

# 56 -----------------------------------------------------------------------------------------
C = ("Priya Shah", "ap@northgatelogistics.co.uk")
add(n=56, lang="en", kind="client-reply-promise", owner=TOM, agent="outlook", frm=C,
    date=at(2026, 11, 30, 10, 20, GMT), subject="RE: Invoice WS-2026-117",
    thread=[L(TOM, "reminder", at(2026, 11, 30, 9, 0, GMT), ("Northgate Logistics Ltd", C[1]), "company",
              "WS-2026-117", amt="2160.00", due=D(2026, 11, 25))],
    body="""
Hi Tom,

Thanks for the reminder. WS-2026-117 has been approved and will go out with Thursday's payment run. Funds usually clear the same day via Faster Payments.

Kind regards,

Priya Shah
Accounts Payable | Northgate Logistics Ltd
Unit 4, Avonmouth Way, Bristol BS11 9YA

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Northgate Logistics Ltd is registered in England and Wales, no. 08812345.
""",
    labels=dict(promised_date="2026-12-03", reference="WS-2026-117"), wd="Thu",
    note="Approved but paid with 'Thursday's payment run', written on Monday 30 November: a promise for Thursday 3 December.")

# 57 -----------------------------------------------------------------------------------------
C = ("Martin Cole", "martin@colegardens.co.uk")
add(n=57, lang="en", kind="client-reply-promise", owner=HANNAH, agent="thunderbird", frm=C, cte="8bit",
    date=at(2027, 1, 11, 13, 40, GMT), subject="Re: Invoice HC-0093",
    thread=[L(HANNAH, "reminder", at(2027, 1, 11, 9, 0, GMT), ("Cole Gardens", C[1]), "person", "HC-0093",
              amt="950.00", due=D(2027, 1, 4), salname="Martin Cole")],
    body="""
Hannah,

Bit of a cash-flow crunch after Christmas, I'm afraid. You'll get it, but realistically not before the 20th - I'm waiting on two big landscaping jobs to pay out and I don't know exactly which day they'll land. I'll drop you a line once it's sent.

Cheers,
Martin
""",
    labels={},
    note="He will pay ('you'll get it'), but 'not before the 20th' is only the earliest day, not a day by which he will pay: no promised_date.")

# 58 -----------------------------------------------------------------------------------------
C = ("Niamh O'Brien", "niamh@brightwaterevents.ie")
add(n=58, lang="en", kind="client-reply-promise", owner=SAM, agent="outlook-com", frm=C, sep="line",
    date=at(2027, 1, 13, 15, 15, GMT), subject="RE: Re: Invoice SO-2027-002",
    thread=[L(SAM, "due", at(2027, 1, 12, 9, 0, GMT), ("Brightwater Events", C[1]), "company", "SO-2027-002",
              amt="1845.00", due=D(2027, 1, 12))],
    body="""
Hi Sam,

Apologies for the delay on this. Our MD is away until next Friday and he has to sign off anything over €1,500, so it'll be the week after next before it's paid. Sorry I can't be more precise than that!

Best,
Niamh
""",
    labels={},
    note="A promise for 'the week after next', which names no day; 'next Friday' is when the MD is back, not the payment day.")

# 59 -----------------------------------------------------------------------------------------
C = ("Dev Patel", "dev@pixelforge.io")
add(n=59, lang="en", kind="client-reply-promise", owner=TOM, agent="gmail", frm=C,
    date=at(2027, 2, 5, 17, 30, GMT), subject="Re: Invoice WS-2027-009",
    thread=[L(TOM, "reminder", at(2027, 2, 5, 9, 0, GMT), ("Pixelforge Ltd", C[1]), "company", "WS-2027-009",
              amt="1320.00", due=D(2027, 1, 29))],
    body="""
Hey Tom, yeah I know, sorry man. Client of ours is late paying us so we're late paying you, classic. Should be able to clear it in two weeks. Will ping you when it's done 👍

Dev
""",
    labels={},
    note="A hedged promise: 'in two weeks' is a rough span like 'next week', not a stated day, so no promised_date.")

# 60 -----------------------------------------------------------------------------------------
C = ("Margaret Ellis", "m.ellis@elliswilliamsllp.co.uk")
add(n=60, lang="en", kind="client-reply-promise", owner=HANNAH, agent="outlook", frm=C, fmt="html",
    date=at(2027, 1, 11, 10, 25, GMT), subject="RE: Invoice HC-0091",
    thread=[L(HANNAH, "reminder", at(2027, 1, 8, 9, 0, GMT), ("Ellis Williams LLP", C[1]), "company", "HC-0091",
              amt="2400.00", due=D(2027, 1, 5))],
    body="""
Dear Hannah,

Thank you for your email. I have spoken to the partners, and the payment of two thousand four hundred pounds for your invoice HC-0091 will be made on the twenty-first of this month, when the January payments are authorised.

With kind regards,

Margaret Ellis
Office Manager
Ellis Williams LLP
""",
    labels=dict(promised_date="2027-01-21", amount="2400.00", currency="GBP", reference="HC-0091"), wd="Thu",
    amount_words=True,
    note="Day and sum in words: 'the twenty-first of this month' = 21 January 2027, 'two thousand four hundred pounds' = 2400.00 GBP.")

# 61 -----------------------------------------------------------------------------------------
C = ("Ryan Mitchell", "ryan@mitchellmedia.com")
LA = tz(-8)
add(n=61, lang="en", kind="client-reply-promise", owner=SAM, agent="gmail", frm=C, variant="us",
    date=at(2026, 12, 30, 21, 0, LA), subject="Re: Invoice SO-2026-031",
    thread=[L(SAM, "reminder", at(2026, 12, 30, 9, 0, GMT), ("Mitchell Media", C[1]), "company", "SO-2026-031",
              amt="2750.00", due=D(2026, 12, 23))],
    body="""
Hey Sam,

Sorry man, the holidays got the better of me. I'll wire the 2,750 euros tomorrow morning first thing so it goes out before the year closes. I'll forward you the confirmation from the bank.

Happy new year!
Ryan

--
Ryan Mitchell | Mitchell Media | Los Angeles, CA
""",
    labels=dict(promised_date="2026-12-31", amount="2750.00", currency="EUR"), wd="Thu",
    note="Dated 30 December 21:00 -0800: 'tomorrow' in the sender's zone is 31 December; read in UTC (already the 31st) it would wrongly become 1 January.")

# 62 -----------------------------------------------------------------------------------------
C = ("Chloe Nguyen", "chloe@saltwaterdesign.com.au")
SYD = tz(11)
add(n=62, lang="en", kind="client-reply-paid", owner=TOM, agent="apple-mail", frm=C,
    date=at(2027, 1, 4, 8, 15, SYD), subject="Re: Invoice WS-2026-121",
    thread=[L(TOM, "reminder", at(2027, 1, 2, 9, 0, GMT), ("Saltwater Design Pty Ltd", C[1]), "company",
              "WS-2026-121", amt="860.00", due=D(2026, 12, 28))],
    body="""
Morning Tom (well, it's morning here!),

Paid this morning via Wise – £860 for WS-2026-121. Wise says it should land in your account by Wednesday your time.

Happy new year and thanks again for the site,
Chloe
""",
    labels=dict(amount="860.00", currency="GBP", reference="WS-2026-121"),
    note="Paid this morning (Sydney); 'by Wednesday your time' is when it lands, not a promise.")

# 63 -----------------------------------------------------------------------------------------
C = ("Aoife Kelly", "aoife@kellyandco.ie")
add(n=63, lang="en", kind="client-reply-paid", owner=SAM, agent="gmail", frm=C,
    date=at(2027, 2, 26, 14, 22, GMT), subject="Re: Invoice SO-2027-008",
    thread=[L(SAM, "reminder", at(2027, 2, 26, 9, 0, GMT), ("Kelly & Co", C[1]), "company", "SO-2027-008",
              amt="1200.00", due=D(2027, 2, 19))],
    body="""
Hi Sam,

Paid today, so that's January's retainer sorted – sorry for the lag. Quick question while I have you: could you send February's invoice on the 1st rather than mid-month? It fits our payment cycle much better.

Thanks,
Aoife
""",
    labels={},
    note="Paid today, plus a question; 'the 1st' is when she wants the next invoice sent, not a payment date.")

# 64 -----------------------------------------------------------------------------------------
C = ("Gareth Hughes", "gareth@hughesfurniture.wales")
add(n=64, lang="en", kind="client-reply-promise", owner=HANNAH, agent="apple-mail", frm=C,
    date=at(2027, 1, 29, 16, 45, GMT), subject="Re: Invoice HC-0097",
    thread=[L(HANNAH, "reminder", at(2027, 1, 29, 9, 0, GMT), ("Hughes Furniture", C[1]), "company", "HC-0097",
              amt="1050.00", due=D(2027, 1, 22))],
    body="""
Hi Hannah,

Thanks for your patience. January's been brutal for us. I can commit to having it settled by the end of next month – I know that's later than your terms and I'm sorry.

Diolch,
Gareth
""",
    labels=dict(promised_date="2027-02-28"), wd="Sun",
    note="'By the end of next month' written on 29 January = 28 February 2027, not the end of January.")

# 65 -----------------------------------------------------------------------------------------
C = ("Olivia Grant", "olivia@grantyoga.co.uk")
add(n=65, lang="en", kind="client-reply-promise", owner=TOM, agent="gmail", frm=C,
    date=at(2027, 2, 23, 12, 10, GMT), subject="Re: Invoice WS-2027-011",
    thread=[L(TOM, "reminder", at(2027, 2, 23, 9, 0, GMT), ("Olivia Grant", C[1]), "person", "WS-2027-011",
              amt="1500.00", due=D(2027, 2, 16))],
    body="""
Hi Tom,

I've sent £600 just now and I'll send the remaining £900 on the 1st, when my membership payments come in. Hope that's OK – I'd rather pay you in two goes than keep you waiting for all of it.

Olivia
""",
    labels=dict(promised_date="2027-03-01", amount="900.00", currency="GBP"), wd="Mon",
    note="Part paid, the rest 'on the 1st' written on 23 February = 1 March; the amount is the £900 still promised.")

# 66 -----------------------------------------------------------------------------------------
C = ("Pieter de Vries", "p.devries@vriesbv.nl")
add(n=66, lang="en", kind="client-reply-promise", owner=HANNAH, agent="outlook", frm=C,
    date=at(2027, 2, 10, 9, 40, CET), subject="RE: Invoice HC-0099",
    thread=[L(HANNAH, "reminder", at(2027, 2, 9, 9, 0, GMT), ("De Vries B.V.", C[1]), "company", "HC-0099",
              amt="1780.00", due=D(2027, 2, 1))],
    body="""
Dear Hannah,

Sorry for the late reaction. I have transferred the money on Monday 15th, because our bank account is blocked until then for the closing of the book year. After that it is no problem.

Met vriendelijke groet,

Pieter de Vries
De Vries B.V. | Utrecht
""",
    labels=dict(promised_date="2027-02-15"), wd="Mon",
    note="A non-native writer uses the past tense for a day still ahead (Monday 15 February, after the Date): a promise, not paid.")

# 67 -----------------------------------------------------------------------------------------
C = ("Declan Byrne", "accounts.payable@harbourview-hotels.ie")
add(n=67, lang="en", kind="client-reply-paid", owner=SAM, agent="outlook", frm=C,
    date=at(2027, 1, 18, 11, 30, GMT), subject="RE: Invoice SO-2026-042",
    thread=[L(SAM, "reminder", at(2027, 1, 15, 9, 0, GMT), ("Harbourview Hotels Group", C[1]), "company",
              "SO-2026-042", amt="3100.00", due=D(2027, 1, 8))],
    attach=[("Remittance_Advice_SO-2026-042.pdf", PDF, tiny_pdf("Remittance advice EFT 15/01/2027 EUR 3100.00"))],
    body="""
Good morning Sam,

Please find attached remittance advice. Payment of €3,100.00 for invoice SO-2026-042 was made by EFT on 15/01/2027 and should clear within 3 working days.

Regards,

Declan Byrne
Accounts Payable
Harbourview Hotels Group
""",
    labels=dict(amount="3100.00", currency="EUR", reference="SO-2026-042"),
    note="Paid on 15 January with remittance advice attached; 'within 3 working days' is clearing time, not a promise.")

# 68 -----------------------------------------------------------------------------------------
C = ("Ben Carter", "ben@carterandsons.co.uk")
add(n=68, lang="en", kind="client-reply-paid", owner=TOM, agent="gmail-mobile", frm=C,
    date=at(2027, 2, 6, 10, 5, GMT), subject="Re: Invoice WS-2027-006",
    thread=[L(TOM, "reminder", at(2027, 2, 5, 9, 0, GMT), ("Carter & Sons", C[1]), "company", "WS-2027-006",
              amt="720.00", due=D(2027, 1, 29))],
    body="""
Morning Tom,

Paid it just now from the business account. As it's the weekend it's showing as 'pending' and the bank says it'll go through on Monday, so don't panic if you don't see it till then.

Ben
""",
    labels={},
    note="Ordered now on a Saturday and pending until Monday: a payment made that arrives later, so paid, not a promise for Monday.")

# 69 -----------------------------------------------------------------------------------------
C = ("Laura Benson", "laura.benson@stmarysprimary.org.uk")
add(n=69, lang="en", kind="client-reply-promise", owner=HANNAH, agent="outlook", frm=C,
    date=at(2026, 12, 16, 15, 50, GMT), subject="RE: Invoice HC-0088",
    thread=[L(HANNAH, "reminder", at(2026, 12, 16, 9, 0, GMT), ("St Mary's Primary School", C[1]), "company",
              "HC-0088", amt="375.00", due=D(2026, 12, 11))],
    body="""
Dear Hannah,

Thank you for the reminder, and apologies – the invoice was sitting in the bursar's tray. She has promised me it will be paid before we break up for Christmas on the 23rd.

Best wishes,

Laura Benson
Deputy Head
St Mary's Primary School
""",
    labels=dict(promised_date="2026-12-23"), wd="Wed",
    note="Paid 'before we break up for Christmas on the 23rd': by Wednesday 23 December, promised on the bursar's behalf.")

# 70 -----------------------------------------------------------------------------------------
C = ("Kieran Walsh", "kieran@walshbrewing.co.uk")
rem = L(TOM, "reminder", at(2027, 2, 1, 9, 0, GMT), ("Walsh Brewing Co", C[1]), "company", "WS-2027-003",
        amt="1640.00", due=D(2027, 1, 25))
old = T(at(2027, 2, 1, 11, 48, GMT), C, who(TOM), """Will pay it on the 8th mate, cash is tight till then.
K""", "Re: Invoice WS-2027-003")
mine = T(at(2027, 2, 10, 10, 15, GMT), who(TOM), C, """Hi Kieran,

Just checking in on this – you mentioned the 8th (below) but I haven't seen anything come through yet. Could you have a look?

Cheers,
Tom""", "Re: Invoice WS-2027-003")
add(n=70, lang="en", kind="client-reply-promise", owner=TOM, agent="gmail", frm=C,
    date=at(2027, 2, 11, 9, 20, GMT), subject="Re: Invoice WS-2027-003",
    thread=[mine, old, rem],
    body="""
Tom – apologies, the 8th slipped because our director was away and he has to sign off anything over a grand. He's back and it's approved now, so it'll be paid on Tuesday.

Kieran
""",
    labels=dict(promised_date="2027-02-16"), wd="Tue",
    note="The 8th is the old promise quoted below; the new one, written on Thursday 11 February, is Tuesday 16 February.")

# 71 -----------------------------------------------------------------------------------------
C = ("Emma Doyle", "emma.doyle@cliffsidecreative.ie")
inv71 = T(at(2026, 11, 2, 16, 10, GMT), who(SAM), C, """Hi Emma,

Invoice SO-2026-025 for the October shoot attached – payment within 14 days if possible.

Thanks again,
Sam""", "Invoice SO-2026-025")
add(n=71, lang="en", kind="client-reply-other", owner=SAM, agent="outlook", frm=C, no_root=True,
    date=at(2026, 11, 3, 11, 0, GMT), subject="RE: Invoice SO-2026-025",
    thread=[inv71],
    body="""
Hi Sam,

Thanks – just checking before I book it in: the PDF says payment within 30 days but your email says 14. Which should I go with? Our system needs a due date before it'll let me schedule anything.

Emma
""",
    labels={},
    note="Asks which due date applies before scheduling; nothing paid or promised.")

# 72 -----------------------------------------------------------------------------------------
C = ("James Whitaker", "james.whitaker@whitakerpr.com")
add(n=72, lang="en", kind="client-reply-other", owner=HANNAH, agent="gmail", frm=C,
    cc=[("Whitaker PR Accounts", "accounts@whitakerpr.com")],
    date=at(2026, 12, 7, 9, 15, GMT), subject="Re: Invoice HC-0086",
    thread=[L(HANNAH, "reminder", at(2026, 12, 7, 9, 0, GMT), ("Whitaker PR", C[1]), "company", "HC-0086",
              amt="1200.00", due=D(2026, 11, 30))],
    body="""
Hi Hannah,

I've forwarded this to our accounts payable team (cc'd) – they handle all supplier payments and I have no visibility of their schedule, I'm afraid. Any questions about timing, please ask them directly.

Best,
James
""",
    labels={},
    note="Passed to accounts payable with no word on when it will be paid: other.")

# 73 -----------------------------------------------------------------------------------------
C = ("Fiona Gallagher", "fiona@gallagherbrands.ie")
add(n=73, lang="en", kind="client-reply-dispute", owner=SAM, agent="gmail", frm=C,
    date=at(2026, 12, 10, 14, 30, GMT), subject="Re: Invoice SO-2026-038",
    thread=[L(SAM, "reminder", at(2026, 12, 10, 9, 0, GMT), ("Gallagher Brands", C[1]), "company", "SO-2026-038",
              amt="4200.00", due=D(2026, 12, 3))],
    body="""
Sam,

We're not releasing payment on this until the final cut reflects the changes we sent on 27 November – the logo sting at the end is still the old one and the subtitles have the wrong product name in two places. Once we have a corrected version signed off, it'll go into the next payment run.

Fiona
""",
    labels={},
    note="Payment withheld until the work is corrected; the later payment run is conditional, so dispute.")

# 74 -----------------------------------------------------------------------------------------
C = ("Rachel Moore", "rachel.moore@moorelegal.co.uk")
add(n=74, lang="en", kind="client-reply-dispute", owner=TOM, agent="outlook", frm=C,
    date=at(2027, 2, 1, 10, 40, GMT), subject="RE: Invoice WS-2027-014",
    thread=[L(TOM, "courtesy", at(2027, 2, 1, 9, 0, GMT), ("Moore Legal LLP", C[1]), "company", "WS-2027-014",
              amt="1800.00", due=D(2027, 2, 5), issue=D(2027, 1, 22))],
    body="""
Hi Tom,

The retainer invoice is for the whole of January, but as per our agreement the retainer started on 15 January, so it should be half. Could you reissue it for the correct amount? We'll pay the corrected one on the 26th with the rest of our suppliers.

Thanks,
Rachel

Rachel Moore | Practice Manager | Moore Legal LLP
""",
    labels={},
    note="Contests the amount (half a month, not a whole one) and asks for a reissue; the 26th is for the corrected invoice, so dispute beats promise.")

# 75 -----------------------------------------------------------------------------------------
C = ("Lee Turner", "procurement@vantagegroup.com")
add(n=75, lang="en", kind="client-reply-dispute", owner=HANNAH, agent="outlook", frm=C,
    charset="windows-1252",
    date=at(2027, 2, 24, 11, 35, GMT), subject="RE: Invoice HC-0101",
    thread=[L(HANNAH, "courtesy", at(2027, 2, 24, 9, 0, GMT), ("Vantage Group plc", C[1]), "company", "HC-0101",
              amt="2250.00", due=D(2027, 3, 3), issue=D(2027, 2, 1))],
    body="""
Hi Hannah,

We can pay HC-0101 today if you can offer a 10% early-settlement discount; just send a revised invoice for £2,025.00. Otherwise it will go into our standard 60-day cycle, which means late April.

Regards,

Lee Turner
Procurement | Vantage Group plc
""",
    labels=dict(reference="HC-0101"),
    note="Asks for a discount as the price of paying now, otherwise 'late April' (no day): a dispute, and the £2,025 is only an offer, not an amount paid or promised.")

# 76 -----------------------------------------------------------------------------------------
C = ("Hamish Reid", "hamish@reiddistillery.scot")
add(n=76, lang="en", kind="client-reply-dispute", owner=TOM, agent="gmail", frm=C, quote=False,
    date=at(2027, 3, 9, 13, 5, GMT), subject="Re: Invoice WS-2027-015",
    thread=[L(TOM, "reminder", at(2027, 3, 9, 9, 0, GMT), ("Reid Distillery", C[1]), "company", "WS-2027-015",
              amt="2400.00", due=D(2027, 3, 2))],
    body="""
Tom,

Your invoice has 32 hours on it but your own timesheet only shows 20 for February. I'll pay the 20 hours (£1,500) on Friday and hold the rest until you can show me where the other 12 went.

Hamish
""",
    labels=dict(amount="1500.00", currency="GBP"),
    note="Contests 12 of 32 hours and withholds that part; the £1,500 on Friday is the undisputed part, and dispute beats promise.")

# 77 -----------------------------------------------------------------------------------------
C = ("Amy Foster", "amyfoster.illustration@gmail.com")
add(n=77, lang="en", kind="client-reply-paid", owner=TOM, agent="iphone", frm=C,
    date=at(2026, 11, 22, 20, 40, GMT), subject="Re: Invoice WS-2026-119",
    thread=[L(TOM, "reminder", at(2026, 11, 20, 9, 0, GMT), ("Amy Foster", C[1]), "person", "WS-2026-119",
              amt="240.00", due=D(2026, 11, 13))],
    body="""
done ✅ monzo says it'll be with you within a couple of hours, sorry for the wait!!

Sent from my iPhone
""",
    labels={},
    note="'Done' on a Sunday evening, with the bank's arrival estimate: paid.")

# 78 -----------------------------------------------------------------------------------------
C = ("Natalie Brooks", "natalie@brooksvets.co.uk")
add(n=78, lang="en", kind="client-reply-other", owner=TOM, agent="outlook", frm=C,
    date=at(2027, 1, 13, 14, 0, GMT), subject="RE: Invoice WS-2027-001",
    thread=[L(TOM, "due", at(2027, 1, 12, 9, 0, GMT), ("Brooks Veterinary Clinic", C[1]), "company", "WS-2027-001",
              amt="1150.00", due=D(2027, 1, 12))],
    body="""
Hi Tom,

I tried to pay this morning but our bank's Confirmation of Payee check came back as 'no match' for the account name on your invoice, so I've stopped it rather than risk sending it to the wrong place. Could you confirm the exact name the account is held in?

Thanks,
Natalie
Practice Manager, Brooks Veterinary Clinic
""",
    labels={},
    note="A payment attempted and stopped, nothing sent; she asks to confirm the account name: other, not paid.")

# 79 -----------------------------------------------------------------------------------------
C = ("Sunil Rao", "sunil@raoaccountancy.co.uk")
add(n=79, lang="en", kind="client-reply-paid", owner=HANNAH, agent="plain", frm=C, quote=False,
    charset="iso-8859-1", cte="quoted-printable",
    date=at(2027, 1, 4, 9, 50, GMT), subject="Re: Invoice HC-0090",
    thread=[L(HANNAH, "reminder", at(2027, 1, 4, 9, 0, GMT), ("Greenway Ltd", "finance@greenway-ltd.co.uk"),
              "company", "HC-0090", amt="1250.00", due=D(2026, 12, 28))],
    headers=["X-Mailer: Sage Mail Connector 3.2"],
    body="""
Dear Ms Clarke,

We act for Greenway Ltd and handle their supplier payments. I can confirm that your invoice HC-0090 for £1,250.00 was paid by Faster Payment on 30 December 2026; please check your statement for that date. Our reference for the payment is GRN-1230.

Yours sincerely,

Sunil Rao
Rao Accountancy
""",
    labels=dict(amount="1250.00", currency="GBP", reference="HC-0090"),
    note="The client's accountant confirms it was paid on 30 December; GRN-1230 is their payment reference, not the invoice number.")

# 80 -----------------------------------------------------------------------------------------
C = ("Conor Murphy", "conor.murphy@eircom.net")
add(n=80, lang="en", kind="client-reply-paid", owner=SAM, agent="iphone", frm=C,
    date=at(2027, 3, 15, 8, 5, GMT), subject="Re: Invoice SO-2027-012",
    thread=[L(SAM, "reminder", at(2027, 3, 12, 9, 0, GMT), ("Conor Murphy", C[1]), "person", "SO-2027-012",
              amt="650.00", due=D(2027, 3, 5))],
    body="""
Paid it Saturday Sam, should show today or tomorrow. Cheers for the patience
Conor

Sent from my iPhone
""",
    labels={},
    note="Paid on Saturday; 'today or tomorrow' is when it should show, not a promise.")


# ---------------------------------------------------------------- main
def main():
    nums = [s["n"] for s in SPECS]
    if nums != list(range(1, len(SPECS) + 1)):
        sys.exit("specs out of order")
    write_all()
    problems = check_all()
    counts = {}
    for s in SPECS:
        counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    langs = {}
    for s in SPECS:
        langs[s["lang"]] = langs.get(s["lang"], 0) + 1
    print(f"wrote {len(SPECS)} messages and labels.toml in {HERE}")
    print("kinds:", ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    print("languages:", ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("re-read: all checks passed")


if __name__ == "__main__":
    main()
