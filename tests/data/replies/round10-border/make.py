#!/usr/bin/env python3
"""Round 10, border cases between client-reply kinds (paid / promise / dispute / other).

Generates r10b-NNNN.eml and labels.toml in this directory. Python 3.11, stdlib only.
Every client body below is hand-written; only the MIME plumbing, the HTML skeletons and the quoted
mailduns letters (rendered from the shapes of templates/{it,es,en}/*.txt.j2) are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import glob
import hashlib
import html
import json
import os
import quopri
import random
import sys
import tomllib
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r10b"

# ----------------------------------------------------------------------------------------------
# words and numbers

MONTHS = {
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
           "settembre", "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}
MON3 = {
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
DAYS = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
DAY3 = {
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}


def D(s):
    return dt.date.fromisoformat(s)


def longdate(lang, d):
    if isinstance(d, str):
        d = D(d)
    m = MONTHS[lang][d.month - 1]
    if lang == "it":
        return f"{d.day} {m} {d.year}"
    if lang == "es":
        return f"{d.day} de {m} de {d.year}"
    return f"{d.day} {m} {d.year}"


def art(prep, lang_date):
    """Italian article before a date, as the `art` filter does: il 2 -> l'8, l'11."""
    elide = lang_date.startswith("8 ") or lang_date.startswith("11 ")
    if not elide:
        return f"{prep} {lang_date}"
    table = {"il": "l'", "entro il": "entro l'", "dal": "dall'", "del": "dell'", "al": "all'"}
    return table[prep] + lang_date


def money(lang, amount, cur="EUR"):
    whole, frac = f"{amount:,.2f}".split(".")
    if lang in ("it", "es"):
        s = whole.replace(",", ".") + "," + frac
        sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
        return f"{s} {sym}"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{whole}.{frac}"


# ----------------------------------------------------------------------------------------------
# the freelancers (mailbox owners)

OWNERS = {
    "ale": dict(name="Alessandra Rossi", email="alessandra@example.it", lang="it", tz="Europe/Rome",
                pay=dict(beneficiary="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456",
                         bic="BPMOIT22XXX", reference="Fattura {n}")),
    "chiara": dict(name="Chiara Galli", email="chiara@galli-traduzioni.it", lang="it",
                   tz="Europe/Rome",
                   pay=dict(beneficiary="Chiara Galli", iban="IT02 L030 6909 6061 0000 0063 221",
                            reference="Fattura {n}")),
    "lucia": dict(name="Lucía Martín", email="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  pay=dict(beneficiary="Lucía Martín Estudio", iban="ES91 2100 0418 4502 0005 1332",
                           bic="CAIXESBBXXX", reference="Factura {n}")),
    "nerea": dict(name="Nerea Etxeberria", email="nerea@etxeberria.eus", lang="es",
                  tz="Europe/Madrid", pay=None),
    "tom": dict(name="Tom Byrne", email="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                pay=dict(beneficiary="Tom Byrne Design", iban="IE29 AIBK 9311 5212 3456 78",
                         bic="AIBKIE2D", reference="{n}")),
    "hannah": dict(name="Hannah Cole", email="hannah@hannahcole.co.uk", lang="en",
                   tz="Europe/London", pay=None,
                   details="sort code 20-45-77, account 43998120 (Hannah Cole), "
                           "reference: the invoice number"),
}


def payment_block(lang, owner, n):
    p = owner.get("pay")
    if p:
        ref = p["reference"].format(n=n)
        if lang == "it":
            out = ["Per il pagamento:", f"- beneficiario: {p['beneficiary']}", f"- IBAN: {p['iban']}"]
            if p.get("bic"):
                out.append(f"- BIC: {p['bic']}")
            out.append(f"- causale: {ref}")
        elif lang == "es":
            out = ["Datos para el pago:", f"- beneficiario: {p['beneficiary']}", f"- IBAN: {p['iban']}"]
            if p.get("bic"):
                out.append(f"- BIC: {p['bic']}")
            out.append(f"- concepto: {ref}")
        else:
            out = ["Payment details:", f"- Account name: {p['beneficiary']}", f"- IBAN: {p['iban']}"]
            if p.get("bic"):
                out.append(f"- BIC (SWIFT): {p['bic']}")
            out.append(f"- Payment reference: {ref}")
        return "\n".join(out)
    if owner.get("details"):
        return {"it": "Per il pagamento: ", "es": "Datos para el pago: ",
                "en": "Payment details: "}[lang] + owner["details"]
    return {
        "it": "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.",
        "es": "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.",
        "en": "The payment details are on the invoice, in my original email in this thread.",
    }[lang]


def salutation(lang, client):
    name, kind = client.get("name"), client.get("kind")
    if client.get("salutation"):
        return client["salutation"]
    if lang == "it":
        if kind == "company" and name:
            return f"Spett.le {name},"
        if kind == "person" and name:
            return f"Gentile {name},"
        return "Buongiorno,"
    if lang == "es":
        if kind == "company":
            return "Estimados señores:"
        if kind == "person" and name:
            first = name.split()[0].lower()
            if first in ("sra.", "dña.", "d.ª"):
                return f"Estimada {name}:"
            if first in ("sr.", "d."):
                return f"Estimado {name}:"
            return f"Buenos días, {name}:"
        return "Buenos días:"
    if kind == "person" and name:
        return f"Dear {name},"
    if kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


# ----------------------------------------------------------------------------------------------
# the mailduns letters the clients quote (shapes of templates/*/*.txt.j2, filled in by hand)

def letter(m):
    """Text of the quoted mailduns letter (or of the owner's invoice mail) for message m."""
    lang, owner, client, tpl = m["lang"], OWNERS[m["owner"]], m["client"], m["tpl"]
    sent = m["tpl_at"].date()
    invs = m["inv"] if isinstance(m["inv"], list) else [m["inv"]]
    inv = invs[0]
    n, cur = inv["n"], inv.get("cur", "EUR")
    amt = money(lang, inv["amt"], cur)
    due = longdate(lang, inv["due"])
    issued = longdate(lang, inv["issued"]) if inv.get("issued") else None
    days_late = (sent - D(inv["due"])).days
    sal = salutation(lang, client)
    pay = payment_block(lang, owner, n)
    on = owner["name"]
    deadline = longdate(lang, m.get("deadline") or (sent + dt.timedelta(days=10)).isoformat())
    fees = m.get("fees")  # pre-written fee paragraph, or None
    P = []
    if lang == "it":
        if tpl == "invoice":
            P = [m.get("invoice_text") or f"Buongiorno,\n\nin allegato la fattura n. {n} di {amt}"
                 f"{' relativa a ' + inv['what'] if inv.get('what') else ''}, con scadenza {art('il', due)}.\n\n"
                 f"Gli estremi per il bonifico sono in fattura.\n\nGrazie e buona giornata,\n{on}"]
            return P[0]
        if tpl == "courtesy":
            P = [sal, f"un breve promemoria: la fattura n. {n} di {amt}"
                 + (f", emessa {art('il', issued)}," if issued else "")
                 + f" è in scadenza {art('il', due)}.",
                 "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.",
                 pay, "Per qualsiasi domanda basta rispondere a questa email.", f"Cordiali saluti,\n{on}"]
        elif tpl == "due":
            P = [sal, f"un promemoria: la fattura n. {n} di {amt} è scaduta {art('il', due)}. Se il pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.",
                 "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.",
                 pay, "Per qualsiasi domanda basta rispondere a questa email.", f"Cordiali saluti,\n{on}"]
        elif tpl == "reminder":
            P = [sal, f"da un controllo la fattura n. {n} di {amt}, scaduta {art('il', due)}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile."]
            if fees:
                P.append(fees)
            P += ["Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.",
                  pay, f"Cordiali saluti,\n{on}"]
        elif tpl == "late_fee":
            P = [sal, f"la fattura n. {n} di {amt}, scaduta {art('il', due)}, risulta ancora da saldare"
                 + (f": sono trascorsi {days_late} giorni dalla scadenza." if days_late > 1 else ".")]
            if fees:
                P.append(fees)
            P += [f"Chiedo cortesemente di provvedere al pagamento{' dell’importo totale' if fees else ''} entro {art('il', deadline)}. Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.",
                  pay, f"Cordiali saluti,\n{on}"]
        elif tpl == "promise_followup":
            pd = m.get("prev_promise")
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {n} di {amt} sarebbe stato effettuato entro {art('il', longdate('it', pd))}."
                     if pd else f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {n} di {amt}, scaduta {art('il', due)}.")
            P = [sal, first, "Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo.",
                 pay, f"Cordiali saluti,\n{on}"]
        elif tpl == "thank_you":
            P = [sal, f"confermo di aver ricevuto il pagamento della fattura n. {n} ({amt}). Grazie!",
                 "Resto a disposizione per qualsiasi necessità.", f"Cordiali saluti,\n{on}"]
        elif tpl == "statement":
            lines = []
            total = 0
            for i in invs:
                dl = (sent - D(i["due"])).days
                total += i["amt"]
                g = "giorno" if dl == 1 else "giorni"
                lines.append(f"- n. {i['n']} {art('del', longdate('it', i['issued']))}, scaduta {art('il', longdate('it', i['due']))} ({dl} {g} di ritardo): {money('it', i['amt'])}")
            P = [sal, "da un controllo risultano ancora da saldare le seguenti fatture:", "\n".join(lines),
                 f"Totale da pagare: {money('it', total)}",
                 f"Chiedo cortesemente di provvedere al pagamento entro {art('il', deadline)}. Se alcune di queste fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.",
                 "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate." if not owner.get("pay") else payment_block("it", owner, ", ".join(i["n"] for i in invs)),
                 f"Cordiali saluti,\n{on}"]
    elif lang == "es":
        if tpl == "invoice":
            return m.get("invoice_text") or (f"Hola:\n\nOs adjunto la factura n.º {n} de {amt}"
                    + (f" ({inv['what']})" if inv.get("what") else "")
                    + f", con vencimiento el {due}.\n\nMuchas gracias,\n{on}")
        if tpl == "courtesy":
            P = [sal, f"Un breve recordatorio: la factura n.º {n} de {amt}" + (f", emitida el {issued}," if issued else "") + f" vence el {due}.",
                 "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.",
                 pay, "Para cualquier duda, basta con responder a este correo.", f"Un cordial saludo,\n{on}"]
        elif tpl == "due":
            P = [sal, f"La factura n.º {n} de {amt} venció el {due} y, según mis registros, el pago aún no consta. Agradecería que se tramitara en los próximos días.",
                 "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.",
                 pay, "Para cualquier duda, basta con responder a este correo.", f"Un cordial saludo,\n{on}"]
        elif tpl == "reminder":
            P = [sal, f"Revisando mis cuentas, veo que la factura n.º {n} de {amt}, vencida el {due}, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible."]
            if fees:
                P.append(fees)
            P += ["Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.",
                  pay, f"Un cordial saludo,\n{on}"]
        elif tpl == "late_fee":
            P = [sal, f"La factura n.º {n} de {amt} venció el {due}" + (f", hace {days_late} días," if days_late > 1 else "") + " y sigue pendiente de pago."]
            if fees:
                P.append(fees)
            P += [f"Ruego que el pago de {m.get('fee_total') or amt} se realice a más tardar el {deadline}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución por esta misma vía.",
                  pay, f"Un cordial saludo,\n{on}"]
        elif tpl == "promise_followup":
            pd = m.get("prev_promise")
            first = (f"Según su último mensaje, el pago de la factura n.º {n} de {amt} se realizaría a más tardar el {longdate('es', pd)}; gracias de nuevo por la información."
                     if pd else f"Gracias de nuevo por la información sobre el pago de la factura n.º {n} de {amt}, vencida el {due}.")
            P = [sal, first, "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.",
                 pay, f"Un cordial saludo,\n{on}"]
        elif tpl == "thank_you":
            P = [sal, f"Confirmo que he recibido el pago de la factura n.º {n} ({amt}). ¡Muchas gracias!",
                 "Quedo a su disposición para cualquier otra cuestión.", f"Un cordial saludo,\n{on}"]
    else:
        so = "Kind regards,"
        if tpl == "invoice":
            return m.get("invoice_text") or (f"Hi,\n\nPlease find attached invoice {n} for {amt}"
                    + (f" ({inv['what']})" if inv.get("what") else "")
                    + f", due on {due}.\n\nThanks very much,\n{on}")
        if tpl == "courtesy":
            P = [sal, f"This is a friendly reminder that invoice {n} for {amt}" + (f", issued on {issued}," if issued else "") + f" is due for payment on {due}.",
                 "If payment is already on its way, thank you, and please disregard this message.",
                 pay, "If you have any questions, just reply to this email.", f"{so}\n{on}"]
        elif tpl == "due":
            P = [sal, f"This is a quick reminder that invoice {n} for {amt} was due for payment on {due}. If it has not been paid yet, I would be grateful if you could arrange payment in the next few days.",
                 "If you have already paid, thank you, and please disregard this reminder.",
                 pay, "If you have any questions, just reply to this email.", f"{so}\n{on}"]
        elif tpl == "reminder":
            P = [sal, f"According to my records, invoice {n} for {amt}, due on {due}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience."]
            if fees:
                P.append(fees)
            P += ["If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.",
                  pay, f"{so}\n{on}"]
        elif tpl == "late_fee":
            P = [sal, f"Invoice {n} for {amt}, due on {due}, is now {days_late} day{'s' if days_late != 1 else ''} overdue."]
            if fees:
                P.append(fees)
            P += [f"Please arrange payment{' of the total above' if fees else ''} by {deadline}. If payment is already on its way, thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to this email and we can find a solution.",
                  pay, f"{so}\n{on}"]
        elif tpl == "promise_followup":
            pd = m.get("prev_promise")
            first = (f"Thank you for letting me know that invoice {n} for {amt} would be paid by {longdate('en', pd)}."
                     if pd else f"Thank you for your earlier message about invoice {n} for {amt}, which was due on {due}.")
            P = [sal, first, "The payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you need a little more time, could you let me know when I can expect it?",
                 pay, f"{so}\n{on}"]
        elif tpl == "thank_you":
            P = [sal, f"Thank you for your payment of {amt} for invoice {n}.",
                 "If there is anything else I can do for you, just let me know.", f"{so}\n{on}"]
        elif tpl == "statement":
            lines = []
            total = 0
            for i in invs:
                dl = (sent - D(i["due"])).days
                total += i["amt"]
                c = i.get("cur", "EUR")
                if dl > 0:
                    lines.append(f"- {i['n']}, issued on {longdate('en', i['issued'])}, due on {longdate('en', i['due'])} ({dl} day{'s' if dl != 1 else ''} overdue): {money('en', i['amt'], c)}")
                else:
                    lines.append(f"- {i['n']}, issued on {longdate('en', i['issued'])}, due on {longdate('en', i['due'])}: {money('en', i['amt'], c)}")
            P = [sal, "According to my records, the following invoices are still outstanding:", "\n".join(lines),
                 f"Total due: {money('en', total, invs[0].get('cur', 'EUR'))}",
                 f"Please arrange payment by {deadline}. If some of these invoices have already been paid, thank you – please let me know which ones and the payment dates, so that I can update my records. If there is a problem with any of them, please reply to this email and we can sort it out.",
                 "The payment details are on the invoices, in the emails they were sent with." if not owner.get("pay") and not owner.get("details") else payment_block("en", owner, "the invoice number"),
                 f"{so}\n{on}"]
    if not P:
        raise ValueError(f"no letter {tpl!r} for {lang}")
    return "\n\n".join(P)


# ----------------------------------------------------------------------------------------------
# quoting

def local(m_dt, tz):
    return m_dt.astimezone(ZoneInfo(tz))


def fmt_addr(name, addr):
    return f"{name} <{addr}>" if name else addr


def attribution(style, lang, when, who):
    d = when
    if style in ("gmail", "html-gmail"):
        if lang == "it":
            return f"Il giorno {DAY3['it'][d.weekday()]} {d.day} {MON3['it'][d.month-1]} {d.year} alle ore {d:%H:%M} {who} ha scritto:"
        if lang == "es":
            name, _, rest = who.partition(" <")
            return f"El {DAY3['es'][d.weekday()]}, {d.day} {MON3['es'][d.month-1]} {d.year} a las {d.hour}:{d:%M}, {name} (<{rest}) escribió:"
        return f"On {DAY3['en'][d.weekday()]}, {d.day} {MON3['en'][d.month-1]} {d.year} at {d:%H:%M}, {who} wrote:"
    if style in ("apple", "html-apple"):
        if lang == "it":
            return f"Il giorno {d.day} {MON3['it'][d.month-1]} {d.year}, alle ore {d:%H:%M}, {who} ha scritto:"
        if lang == "es":
            return f"El {d.day} {MON3['es'][d.month-1]} {d.year}, a las {d.hour}:{d:%M}, {who} escribió:"
        return f"On {d.day} {MON3['en'][d.month-1]} {d.year}, at {d:%H:%M}, {who} wrote:"
    raise ValueError(style)


def outlook_header(lang, when, frm, to, subject, old=False):
    d = when
    if lang == "it":
        sent = f"{DAYS['it'][d.weekday()]} {d.day} {MONTHS['it'][d.month-1]} {d.year} {d:%H:%M}"
        lines = [f"Da: {frm}", f"Inviato: {sent}", f"A: {to}", f"Oggetto: {subject}"]
        sep = "-----Messaggio originale-----" if old else "________________________________"
    elif lang == "es":
        sent = f"{DAYS['es'][d.weekday()]}, {d.day} de {MONTHS['es'][d.month-1]} de {d.year} {d.hour}:{d:%M}"
        lines = [f"De: {frm}", f"Enviado el: {sent}" if old else f"Enviado: {sent}", f"Para: {to}", f"Asunto: {subject}"]
        sep = "-----Mensaje original-----" if old else "________________________________"
    else:
        h12 = d.hour % 12 or 12
        ampm = "AM" if d.hour < 12 else "PM"
        sent = f"{DAYS['en'][d.weekday()]}, {MONTHS['en'][d.month-1]} {d.day}, {d.year} {h12}:{d:%M} {ampm}"
        lines = [f"From: {frm}", f"Sent: {sent}", f"To: {to}", f"Subject: {subject}"]
        sep = "-----Original Message-----" if old else "________________________________"
    return sep, lines


def quoted_plain(m, reply):
    q = m.get("quote")
    if not q:
        return reply
    lt = letter(m)
    owner = OWNERS[m["owner"]]
    when = local(m["tpl_at"], m["tz"])
    who = fmt_addr(owner["name"], owner["email"])
    if q in ("gmail", "apple"):
        qa = "\n".join(("> " + ln) if ln else ">" for ln in lt.split("\n"))
        return f"{reply}\n\n{attribution(q, m['lang'], when, who)}\n\n{qa}\n" if q == "apple" else \
               f"{reply}\n\n{attribution(q, m['lang'], when, who)}\n\n{qa}\n"
    if q in ("outlook", "outlook-old"):
        sep, lines = outlook_header(m["lang"], when, who, fmt_addr(m["client"].get("name"), m["client"]["email"]) if m["lang"] != "en" else m["client"].get("name") or m["client"]["email"], m["letter_subject"], old=(q == "outlook-old"))
        return f"{reply}\n\n{sep}\n" + "\n".join(lines) + "\n\n" + lt + "\n"
    raise ValueError(q)


def esc(s):
    return html.escape(s, quote=False)


def paras_html(text, p_open="<div>", p_close="</div>", blank="<div><br></div>"):
    out = []
    for block in text.split("\n\n"):
        out.append(p_open + "<br>\n".join(esc(x) for x in block.split("\n")) + p_close)
    return ("\n" + blank + "\n").join(out)


def html_body(m, reply):
    """HTML version of the reply with its quote, in the style of the client's mail program."""
    mua, q, lang = m["mua"], m.get("quote"), m["lang"]
    owner = OWNERS[m["owner"]]
    lt = letter(m) if q else None
    when = local(m["tpl_at"], m["tz"]) if q else None
    who = fmt_addr(owner["name"], owner["email"])
    cs = m["cs"]
    if mua == "outlook":
        style = ("<style><!--\n@font-face {font-family:Calibri;}\np.MsoNormal, li.MsoNormal, div.MsoNormal"
                 " {margin:0cm; font-size:11.0pt; font-family:\"Calibri\",sans-serif;}\n"
                 "span.EmailStyle17 {mso-style-type:personal-compose;}\n--></style>")
        body = "\n".join(f"<p class=\"MsoNormal\">{esc(ln) if ln else '&nbsp;'}<o:p></o:p></p>"
                         for ln in reply.split("\n"))
        quote = ""
        if q:
            sep, lines = outlook_header(lang, when, who, m["client"]["email"], m["letter_subject"])
            hdr = "<br>\n".join(f"<b>{esc(l.split(':', 1)[0])}:</b>{esc(l.split(':', 1)[1])}" for l in lines)
            quote = ("<p class=\"MsoNormal\">&nbsp;<o:p></o:p></p>\n"
                     "<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">"
                     f"<p class=\"MsoNormal\">{hdr}<o:p></o:p></p></div>\n<p class=\"MsoNormal\">&nbsp;</p>\n"
                     + "\n".join(f"<p class=\"MsoNormal\">{esc(ln) if ln else '&nbsp;'}</p>" for ln in lt.split("\n")))
        return (f"<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                f"xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
                f"xmlns=\"http://www.w3.org/TR/REC-html40\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset={cs}\">\n"
                f"<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n{style}\n</head>\n"
                f"<body lang=\"{ {'it': 'IT', 'es': 'ES', 'en': 'EN-GB'}[lang] }\" link=\"#0563C1\" vlink=\"#954F72\" style=\"word-wrap:break-word\">\n"
                f"<div class=\"WordSection1\">\n{body}\n{quote}\n</div>\n</body>\n</html>\n")
    if mua in ("apple", "iphone"):
        body = paras_html(reply, "<div dir=\"ltr\">", "</div>", "<div dir=\"ltr\"><br></div>")
        quote = ""
        if q:
            quote = (f"<div dir=\"ltr\"><br><blockquote type=\"cite\">{esc(attribution('apple', lang, when, who))}<br><br></blockquote></div>\n"
                     f"<blockquote type=\"cite\"><div dir=\"ltr\">{'<br>'.join(esc(x) for x in lt.split(chr(10)))}</div></blockquote>")
        return (f"<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset={cs}\"></head>"
                f"<body dir=\"auto\">{body}\n{quote}\n</body></html>\n")
    # gmail and the rest
    body = paras_html(reply)
    quote = ""
    if q:
        quote = ("<br><div class=\"gmail_quote gmail_quote_container\"><div dir=\"ltr\" class=\"gmail_attr\">"
                 f"{esc(attribution('gmail', lang, when, who))}<br></div>"
                 "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                 f"<div dir=\"ltr\">{'<br>'.join(esc(x) for x in lt.split(chr(10)))}</div></blockquote></div>")
    return f"<div dir=\"ltr\">{body}</div>{quote}\n"


# ----------------------------------------------------------------------------------------------
# MIME plumbing

PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def fake_pdf(text):
    body = text.encode("latin-1", "replace")
    return (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            b"3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            b"4 0 obj << /Length " + str(len(body) + 30).encode() + b" >> stream\nBT /F1 10 Tf 40 800 Td ("
            + body + b") Tj ET\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


def enc_header(s, cs):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        hcs = "utf-8" if cs == "utf-8" else "iso-8859-1"
        try:
            return Header(s, hcs).encode()
        except UnicodeEncodeError:
            return Header(s, "utf-8").encode()


def enc_addr(name, addr, cs):
    if not name:
        return addr
    try:
        name.encode("ascii")
        if any(c in name for c in ',.;:()@"'):
            return f"\"{name}\" <{addr}>"
        return f"{name} <{addr}>"
    except UnicodeEncodeError:
        return f"{enc_header(name, cs)} <{addr}>"


def codec(cs):
    # Outlook declares iso-8859-1 and writes Windows-1252 bytes (curly quotes, en dashes, the euro).
    return "cp1252" if cs in ("iso-8859-1", "windows-1252") else "utf-8"


def leaf(ctype, text, cs, cte):
    data = text.encode(codec(cs))
    if cte == "7bit" and not data.isascii():
        cte = "quoted-printable"  # the quoted letter is not ASCII: as a mail program would do
    if cte == "quoted-printable":
        payload = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(data).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            data.decode("ascii")
        payload = data.decode(codec(cs))
    else:
        raise ValueError(cte)
    head = f"Content-Type: {ctype}; charset=\"{cs}\"\nContent-Transfer-Encoding: {cte}\n"
    if not payload.endswith("\n"):
        payload += "\n"
    return head, payload


def attachment(filename, ctype, data):
    b64 = base64.encodebytes(data).decode("ascii")
    try:
        filename.encode("ascii")
        disp = f"attachment; filename=\"{filename}\""
        ct = f"{ctype}; name=\"{filename}\""
    except UnicodeEncodeError:
        q = "utf-8''" + "".join(c if c.isalnum() and c.isascii() or c in ".-_" else
                                "".join(f"%{b:02X}" for b in c.encode()) for c in filename)
        disp = f"attachment; filename*={q}"
        ct = f"{ctype}; name=\"{enc_header(filename, 'utf-8')}\""
    return f"Content-Type: {ct}\nContent-Disposition: {disp}\nContent-Transfer-Encoding: base64\n", b64


def boundary(seed, mua):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if mua == "gmail":
        return "000000000000" + h[:16]
    if mua == "outlook":
        return "_000_" + h[:20].upper() + "_"
    if mua in ("apple", "iphone"):
        return "Apple-Mail-" + h[:8].upper() + "-" + h[8:12].upper() + "-" + h[12:16].upper()
    return "----=_Part_" + str(int(h[:8], 16)) + "_" + str(int(h[8:14], 16)) + "." + str(int(h[14:24], 16))


def multipart(kind, bnd, parts):
    out = [f"Content-Type: multipart/{kind}; boundary=\"{bnd}\"\n", "\n"]
    for head, payload in parts:
        out.append(f"--{bnd}\n{head}\n{payload}")
    out.append(f"--{bnd}--\n")
    return "".join(out[:1]), "".join(out[1:])


def message_id(m, idx):
    h = hashlib.sha256(f"{idx}-{m['client']['email']}-{m['date']}".encode()).hexdigest()
    mua = m["mua"]
    dom = m["client"]["email"].split("@")[1]
    if mua == "gmail":
        b = base64.b64encode(bytes.fromhex(h[:48]), altchars=b"-_").decode().rstrip("=")
        return f"<CA{b}@mail.gmail.com>"
    if mua == "outlook":
        return f"<{h[:4].upper()}PR0{h[4]}MB{int(h[5:9], 16)}{h[9:20].upper()}@{h[20:24].upper()}PR0{h[24]}MB{int(h[25:29], 16)}.eurprd0{int(h[29], 16) % 9 + 1}.prod.outlook.com>"
    if mua in ("apple", "iphone"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{dom}>"
    if mua == "libero":
        return f"<{int(h[:10], 16)}.{int(h[10:14], 16)}.{int(h[14:24], 16)}.JavaMail.defaultUser@defaultHost>"
    return f"<{h[:24]}@{dom}>"


def letter_id(m):
    h = hashlib.md5(f"{m['owner']}{m['thread']}{m['tpl_at']}".encode()).hexdigest()
    dom = OWNERS[m["owner"]]["email"].split("@")[1]
    return f"<{m['tpl_at']:%Y%m%d%H%M%S}.{h[:12]}@{dom}>"


def invoice_id(m):
    h = hashlib.md5(f"{m['owner']}{m['thread']}".encode()).hexdigest()
    dom = OWNERS[m["owner"]]["email"].split("@")[1]
    return f"<{h[:16]}.invoice@{dom}>"


MUA_HEADERS = {
    "outlook": lambda m: [("Thread-Topic", enc_header(m["thread"], m["cs"])),
                          ("Thread-Index", base64.b64encode(hashlib.md5(m["thread"].encode()).digest()[:22]).decode()),
                          ("Accept-Language", {"it": "it-IT, en-US", "es": "es-ES, en-US", "en": "en-GB, en-US"}[m["lang"]]),
                          ("Content-Language", {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[m["lang"]]),
                          ("X-MS-Has-Attach", "yes" if m.get("att") else ""),
                          ("X-MS-TNEF-Correlator", "")],
    "apple": lambda m: [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "iphone": lambda m: [("X-Mailer", "iPhone Mail (22C161)")],
    "thunderbird": lambda m: [("User-Agent", "Mozilla Thunderbird")],
    "libero": lambda m: [("X-Mailer", "Libero Mail")],
    "android": lambda m: [("X-Mailer", "Android Mail")],
    "yahoo": lambda m: [("X-Mailer", "WebService/1.1.23040 YMailNorrin")],
    "gmail": lambda m: [],
    "other": lambda m: [],
}


def build(m, idx):
    owner = OWNERS[m["owner"]]
    lang, cs, cte = m["lang"], m["cs"], m["cte"]
    reply = m["body"].strip("\n")
    parts_text = quoted_plain(m, reply)
    mua = m["mua"]
    if m["fmt"] == "plain":
        head, payload = leaf("text/plain", parts_text, cs, cte)
    elif m["fmt"] == "html":
        head, payload = leaf("text/html", html_body(m, reply), cs, cte)
    else:
        t = leaf("text/plain", parts_text, cs, cte)
        h = leaf("text/html", html_body(m, reply), cs, m.get("html_cte") or cte)
        head, payload = multipart("alternative", boundary(f"alt{idx}", mua), [t, h])
    if m.get("att"):
        atts = [attachment(fn, ct, data) for fn, ct, data in m["att"]]
        head, payload = multipart("mixed", boundary(f"mix{idx}", mua), [(head, payload)] + atts)
    # headers
    when = m["date"]
    hdrs = []
    hdrs.append(("Date", format_datetime(when)))
    hdrs.append(("From", enc_addr(m["client"].get("from_name", m["client"].get("display")), m["client"]["email"], cs)))
    to = [enc_addr(owner["name"], owner["email"], cs)]
    hdrs.append(("To", ", ".join(to)))
    if m.get("cc"):
        hdrs.append(("Cc", ", ".join(enc_addr(n, a, cs) for n, a in m["cc"])))
    hdrs.append(("Subject", enc_header(m["subject"], cs)))
    hdrs.append(("Message-ID", message_id(m, idx)))
    if m.get("tpl"):
        lid = invoice_id(m) if m["tpl"] == "invoice" else letter_id(m)
        hdrs.append(("In-Reply-To", lid))
        refs = [lid] if m["tpl"] == "invoice" else [invoice_id(m), lid]
        hdrs.append(("References", " ".join(refs)))
    hdrs += MUA_HEADERS[mua](m)
    for k, v in m.get("hdr", {}).items():
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    out = "".join(f"{k}: {v}\n" for k, v in hdrs if v is not None) + head + "\n" + payload
    return out.encode(codec(cs) if cte == "8bit" else "ascii")


# ----------------------------------------------------------------------------------------------
# message specs

THREAD = {
    "ale": "Fattura {n} – Alessandra Rossi",
    "chiara": "Fattura n. {n}",
    "lucia": "Factura {n} - Lucía Martín Estudio",
    "nerea": "Factura {n}",
    "tom": "Invoice {n}",
    "hannah": "Invoice {n} – Hannah Cole",
}

MSGS = []


def I(n, amt, due, issued=None, cur="EUR", what=None):
    return dict(n=n, amt=amt, due=due, issued=issued, cur=cur, what=what)


def M(owner, frm, addr, date, body, kind, note, *, client=None, tz=None, inv=None, tpl="reminder",
      tpl_at=None, quote=None, mua="gmail", fmt="plain", cs="utf-8", cte="quoted-printable",
      subject=None, thread=None, att=None, cc=None, hdr=None, fees=None, deadline=None,
      prev_promise=None, invoice_text=None, html_cte=None, fee_total=None, **facts):
    o = OWNERS[owner]
    lang = o["lang"]
    tz = tz or o["tz"]
    name, ckind = (client or (None, None))
    c = dict(email=addr, display=frm, name=name, kind=ckind)
    when = dt.datetime.fromisoformat(date).replace(tzinfo=ZoneInfo(tz))
    first = inv[0] if isinstance(inv, list) else inv
    thread = thread or THREAD[owner].format(n=first["n"])
    if tpl:
        if tpl_at:
            tat = dt.datetime.fromisoformat(tpl_at).replace(tzinfo=ZoneInfo(o["tz"]))
        else:
            tat = (when - dt.timedelta(days=1)).astimezone(ZoneInfo(o["tz"])).replace(hour=8, minute=4, second=0)
    else:
        tat = None
    letter_subject = thread if tpl in ("invoice", "statement") else "Re: " + thread
    if subject is None:
        if mua == "outlook":
            subject = {"it": "R: ", "es": "RE: ", "en": "RE: "}[lang] + letter_subject
        else:
            subject = "Re: " + thread
    for k in facts:
        assert k in ("amount", "reference", "promised_date", "currency", "return_date"), k
    assert kind in ("client-reply-paid", "client-reply-promise", "client-reply-dispute",
                    "client-reply-other"), kind
    if quote and not tpl:
        raise ValueError("quote without a letter")
    MSGS.append(dict(owner=owner, lang=lang, client=c, tz=tz, date=when, body=body, inv=inv,
                     tpl=tpl, tpl_at=tat, quote=quote, mua=mua, fmt=fmt, cs=cs, cte=cte,
                     subject=subject, thread=thread, letter_subject=letter_subject, att=att, cc=cc,
                     hdr=hdr or {}, fees=fees, deadline=deadline, prev_promise=prev_promise,
                     invoice_text=invoice_text, html_cte=html_cte, fee_total=fee_total,
                     label=dict(kind=kind, language=lang, split="dev", note=note, **facts)))


GDPR_IT = ("Le informazioni contenute in questa comunicazione e negli eventuali allegati sono riservate e "
           "destinate esclusivamente alla persona o all'ente sopra indicati. Ai sensi del Regolamento UE "
           "2016/679 (GDPR) ne è vietato qualsiasi uso, copia o diffusione non autorizzati. Se avete "
           "ricevuto questo messaggio per errore, vi preghiamo di darne comunicazione al mittente e di "
           "cancellarlo dal vostro sistema.")
GDPR_IT_SHORT = ("Informativa privacy: i dati personali sono trattati ai sensi del Reg. UE 2016/679. "
                 "Prima di stampare, pensa all'ambiente.")
LOPD_ES = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su "
           "destinatario y pueden contener información confidencial. Si usted no es el destinatario, "
           "le rogamos que lo comunique al remitente y proceda a su borrado. De conformidad con el "
           "Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que "
           "sus datos de contacto se tratan con la finalidad de mantener la relación comercial. Puede "
           "ejercer sus derechos de acceso, rectificación, supresión y oposición escribiendo a "
           "{addr}.")
DISC_EN = ("This email and any attachments are confidential and intended solely for the addressee. If "
           "you have received it in error, please notify the sender and delete it. {co} is registered "
           "in England and Wales, company no. {no}. Registered office: {office}.")


# ==============================================================================================
# ITALIANO
# ==============================================================================================

# ---- paid ------------------------------------------------------------------------------------

M("ale", "Ferramenta Bortolotti snc", "amministrazione@ferramentabortolotti.it", "2026-12-02 10:41",
  """Buongiorno dott.ssa Rossi,

ho dato disposizione alla banca questa mattina per il saldo della fattura 14/2026. Essendo su banche diverse dovrebbe vederlo accreditato in uno o due giorni lavorativi.

Ci scusiamo per il ritardo, a fine mese abbiamo avuto un po’ di confusione con le chiusure.

Cordiali saluti

Marisa Bortolotti
Ferramenta Bortolotti s.n.c. – Ufficio amministrativo
Via Emilia Est 212 – 41122 Modena
Tel. 059 371188

""" + GDPR_IT,
  "client-reply-paid",
  "'ho dato disposizione alla banca' = the transfer was ordered this morning; only the crediting is pending, so paid, not a promise.",
  client=("Ferramenta Bortolotti snc", "company"), inv=I("14/2026", 610.00, "2026-11-30", "2026-10-31"),
  tpl="due", tpl_at="2026-12-01 08:05", quote="outlook", mua="outlook", fmt="alt",
  cs="iso-8859-1", cte="quoted-printable", reference="14/2026")

M("chiara", "Giorgio Fabbri", "giorgio.fabbri@libero.it", "2026-12-17 18:22",
  """Gentile Chiara,

le comunico che ho eseguito oggi il bonifico di 732,00 euro per la traduzione del manuale (fattura 27/2026). Dall'home banking risulta con data valuta 21/12, quindi lo vedrà accreditato lunedì.

Grazie ancora per il lavoro, molto preciso.

Giorgio Fabbri""",
  "client-reply-paid",
  "Transfer executed today; 'data valuta 21/12' is only when the money is credited, so this is paid, not a promise for the 21st.",
  client=("Giorgio Fabbri", "person"), inv=I("27/2026", 732.00, "2026-12-15", "2026-11-15"),
  tpl="due", tpl_at="2026-12-16 08:02", quote=None, mua="libero", cs="iso-8859-1", cte="8bit",
  amount="732.00", reference="27/2026")

M("ale", "Sara Lombardi", "sara.lombardi88@gmail.com", "2026-12-14 21:07",
  """Ciao Ale!! scusa scusa scusa, mi era passato di mente con il trasloco 🙈
fatto adesso, ti allego la contabile
un abbraccio
Sara""",
  "client-reply-paid",
  "'fatto adesso' with a bank receipt attached, no payment verb needed: paid.",
  client=("Sara Lombardi", "person"), inv=I("31/2026", 350.00, "2026-12-10", "2026-11-10"),
  tpl="reminder", tpl_at="2026-12-14 08:03", quote="gmail", mua="gmail", fmt="alt",
  att=[("Contabile_bonifico_14122026.pdf", "application/pdf",
        fake_pdf("Bonifico SEPA eseguito - Beneficiario ROSSI ALESSANDRA - EUR 350,00 - Causale Fattura 31/2026"))])

M("ale", "Walter Cinelli", "info@ilcantinone.it", "2026-12-09 15:32",
  """Buongiorno Alessandra,
la 29 non la trovo proprio, né nella posta né tra le carte. Me la rimanda per favore?

Intanto le dico che la 9/2026, quella vecchia dei biglietti da visita, l'ho saldata ieri. Scusi se ci ho messo tanto.

Saluti
Walter
Osteria Il Cantinone""",
  "client-reply-paid",
  "Asks to resend 29/2026 (a question) but states that 9/2026 was paid yesterday: paid > question; reference is the invoice said to be paid.",
  client=("Osteria Il Cantinone", "company"), inv=I("29/2026", 480.00, "2026-12-05", "2026-11-05"),
  tpl="reminder", tpl_at="2026-12-09 08:01", quote="gmail", mua="other", fmt="plain", cs="utf-8",
  cte="8bit", reference="9/2026")

M("chiara", "Amministrazione Tecnoplast S.p.A.", "amministrazione@tecnoplast-spa.it", "2026-12-15 09:30",
  """Gentile Fornitore,

in riferimento al Vs. sollecito del 14/12 u.s., Vi comunichiamo che la fattura n. 19/2026 è stata regolarmente pagata in data 10/12/2026 mediante bonifico SEPA per l'importo di € 2.440,00 (CRO 0306234567891234).

Restiamo in attesa di un Vs. cortese riscontro circa l'avvenuto accredito.

Distinti saluti

Ufficio Amministrazione – Contabilità Fornitori
TECNOPLAST S.p.A.
Via dell'Industria 14 – 36040 Brendola (VI)
P.IVA 01234560248

""" + GDPR_IT,
  "client-reply-paid",
  "States paid on 10/12 with amount and CRO, then asks for confirmation of receipt: paid (question does not change it).",
  client=("Tecnoplast S.p.A.", "company"), inv=I("19/2026", 2440.00, "2026-11-30", "2026-10-31"),
  tpl="late_fee", tpl_at="2026-12-14 08:06", deadline="2026-12-24", quote="outlook", mua="outlook",
  fmt="alt", cs="windows-1252", cte="quoted-printable", amount="2440.00", reference="19/2026")

M("ale", "Luca Ferrante", "l.ferrante@ferrantearchitetti.it", "2027-01-12 12:18",
  """Buongiorno, noi l'abbiamo pagata la settimana scorsa, mi pare giovedì. Può verificare se le è arrivato? Se no chiedo in banca.

Inviato da iPhone""",
  "client-reply-paid",
  "'l'abbiamo pagata la settimana scorsa... può verificare se è arrivato?' is a claim of payment plus a check request: paid.",
  client=("Ferrante Architetti", "company"), inv=I("33/2026", 915.00, "2026-12-31", "2026-12-01"),
  tpl="reminder", tpl_at="2027-01-11 08:02", quote="apple", mua="iphone", fmt="alt", cte="quoted-printable")

M("chiara", "Elena Marchi", "elena.marchi@graficheponte.it", "2027-01-19 14:55",
  """Ciao Chiara, ti giro quello che mi ha mandato l'amministrazione, mi sembra tutto a posto.
Elena

---------- Messaggio inoltrato ---------
Da: Amministrazione Grafiche Ponte <amministrazione@graficheponte.it>
Date: mar 19 gen 2027 alle ore 11:02
Subject: contabile Galli
To: Elena Marchi <elena.marchi@graficheponte.it>


Elena, ecco la contabile del bonifico alla traduttrice, uscito ieri.

ESITO DISPOSIZIONE: ESEGUITA
Ordinante: GRAFICHE PONTE SRL
Beneficiario: GALLI CHIARA
IBAN beneficiario: IT02L0306909606100000063221
Importo: EUR 1.830,00
Data esecuzione: 18/01/2027
Causale: SALDO FT 35/2026
TRN: 0306909606100000012345678901IT

Ciao
Silvia""",
  "client-reply-paid",
  "Forwards the admin's executed-transfer receipt with 'tutto a posto': paid; amount and invoice number come from the forwarded receipt the client sends.",
  client=("Grafiche Ponte srl", "company"), inv=I("35/2026", 1830.00, "2027-01-15", "2026-12-15"),
  tpl="due", tpl_at="2027-01-18 08:04", quote="gmail", mua="gmail", fmt="alt",
  amount="1830.00", reference="35/2026")

M("ale", "Marco Sala", "marcosala@outlook.it", "2027-02-02 19:48",
  """Buonasera, bonifico istantaneo fatto ora, 305 €, dovrebbe già vederlo.
Saluti Marco Sala

Inviato da Outlook per Android""",
  "client-reply-paid",
  "Instant transfer done now: paid, 305 stated by the client.",
  client=("Marco Sala", "person"), inv=I("2/2027", 305.00, "2027-01-31", "2027-01-08"),
  tpl="due", tpl_at="2027-02-01 08:03", quote=None, mua="android", cs="utf-8", cte="base64",
  amount="305.00")

M("chiara", "Ivana Rinaldi", "contabilita@rinaldiimpianti.it", "2026-12-29 11:14",
  """Buongiorno,
la fattura 24/2026 è stata pagata stamattina.
Per gli interessi e i 40 euro di cui parla nella mail ci sentiamo col commercialista e poi saldiamo anche quelli.
Cordiali saluti
Ivana Rinaldi
Rinaldi Impianti srl""",
  "client-reply-paid",
  "Clear 'pagata stamattina' for the invoice; the vague undated 'poi saldiamo anche quelli' about the late fees does not make it a promise (stated exception).",
  client=("Rinaldi Impianti srl", "company"), inv=I("24/2026", 1586.00, "2026-11-30", "2026-10-31"),
  tpl="late_fee", tpl_at="2026-12-28 08:05", deadline="2027-01-08",
  fees=("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
        "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
        "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
        "percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di "
        "risarcimento dei costi di recupero (art. 6).\n\nAd oggi l'importo dovuto è il seguente:\n"
        "- fattura n. 24/2026: 1.586,00 €\n- interessi di mora dal 1° dicembre 2026 al 28 dicembre 2026 "
        "(28 giorni al 10,15%): 12,35 €\n- risarcimento dei costi di recupero: 40,00 €\n- totale: 1.638,35 €"),
  quote="gmail", mua="thunderbird", fmt="plain", cs="utf-8", cte="8bit", reference="24/2026")

M("ale", "Dario Pellegrini", "dario.pellegrini@gmail.com", "2027-01-26 08:52",
  """Ale, non è che non volessimo pagarti eh, ci era proprio sfuggita tra una cosa e l'altra. Pagata adesso, scusa davvero.
D.""",
  "client-reply-paid",
  "Negation trap: 'non è che non volessimo pagarti' is an apology; the claim is 'pagata adesso': paid.",
  client=("Dario Pellegrini", "person"), inv=I("1/2027", 260.00, "2027-01-20", "2027-01-05"),
  tpl="reminder", tpl_at="2027-01-25 08:02", quote="gmail", mua="gmail", fmt="alt")

# ---- promise ---------------------------------------------------------------------------------

M("ale", "Segreteria Studio Moretti", "segreteria@studiomoretti.it", "2026-12-14 11:20",
  """Buongiorno,
la fattura 36/2026 è stata inserita nei pagamenti: il bonifico è programmato con data esecuzione 18/12.
Saluti
Paola
Segreteria Studio Dentistico Dr. Moretti""",
  "client-reply-promise",
  "A transfer scheduled for execution on 18/12 has not left and can still be revoked: promise for the 18th, not paid.",
  client=("Studio Dentistico Moretti", "company"), inv=I("36/2026", 420.00, "2026-12-10", "2026-11-10"),
  tpl="due", tpl_at="2026-12-11 08:03", quote="outlook", mua="outlook", fmt="html", cs="iso-8859-1",
  cte="quoted-printable", promised_date="2026-12-18", reference="36/2026")

M("ale", "Federico Greco", "federico@grecoeventi.it", "2026-12-01 16:05",
  """Ciao Ale, l'ho girata in amministrazione stamattina e mi dicono che la pagano venerdì. Se non ti arriva dimmelo che li sollecito io 😅
Fede""",
  "client-reply-promise",
  "Not just 'passed to accounts': accounts say they will pay Friday, so promise for Fri 4 Dec 2026.",
  client=("Greco Eventi", "company"), inv=I("32/2026", 1100.00, "2026-11-30", "2026-10-30"),
  tpl="due", tpl_at="2026-12-01 08:02", quote="gmail", mua="gmail", fmt="alt",
  promised_date="2026-12-04")

M("chiara", "Coop. Il Girasole – Amministrazione", "amministrazione@coopgirasole.org", "2026-12-09 10:12",
  """Gentile dott.ssa Galli,

in effetti non abbiamo ancora pagato: i fondi del progetto regionale sono arrivati solo lunedì e siamo indietro con tutti i fornitori. Provvederemo entro il 15.

Ci scusi per il disagio.

Cordialmente,
Rita Pagano
Cooperativa Sociale Il Girasole – Ufficio amministrativo""",
  "client-reply-promise",
  "Negation ('non abbiamo ancora pagato') followed by 'provvederemo entro il 15': promise for 15 Dec 2026.",
  client=("Cooperativa Sociale Il Girasole", "company"), inv=I("26/2026", 640.00, "2026-11-30", "2026-10-30"),
  tpl="reminder", tpl_at="2026-12-08 08:04", quote="outlook-old", mua="outlook", fmt="plain",
  cs="iso-8859-1", cte="quoted-printable", promised_date="2026-12-15")

M("ale", "Bar Pasticceria Dolce Vita", "dolcevita.bar@tiscali.it", "2026-12-09 17:40",
  """Alessandra buonasera,
sentite, a dicembre stiamo nu poco stretti con le spese delle feste. Facciamo così: metà ve la mando subito e l'altra metà a metà gennaio, quando passano le feste.
Grazie assai e scusate
Gennaro""",
  "client-reply-promise",
  "'Facciamo così: metà subito e il resto a metà gennaio' is a stated plan, not a question: promise; both dates vague, so no promised_date.",
  client=("Bar Pasticceria Dolce Vita", "company"), inv=I("30/2026", 560.00, "2026-12-05", "2026-11-05"),
  tpl="reminder", tpl_at="2026-12-09 08:02", quote=None, mua="other", cs="iso-8859-1", cte="8bit")

M("chiara", "Michele Zanella", "m.zanella@nordestcom.it", "2027-01-13 09:58",
  """Ciao Chiara,

ti dico le cose come stanno: la traduzione era per un cliente che non ci ha ancora pagato. Appena incassiamo da loro paghiamo te, dovrebbe essere questione di qualche settimana.

Non è un problema di fattura, quella va benissimo.

Michele

--
Michele Zanella | Account Director
Nordest Comunicazione srl
Viale della Repubblica 7, 31100 Treviso""",
  "client-reply-promise",
  "Will pay when their own client pays; explicitly not contesting the invoice: promise without a date.",
  client=("Nordest Comunicazione srl", "company"), inv=I("33/2026", 980.00, "2026-12-31", "2026-11-30"),
  tpl="reminder", tpl_at="2027-01-12 08:03", quote="gmail", mua="gmail", fmt="alt")

M("chiara", "Ufficio Acquisti Meccanica Valsesia", "acquisti@meccanicavalsesia.it", "2026-11-19 14:31",
  """Buongiorno,

la fattura in oggetto risulta registrata e verrà pagata con la distinta di fine mese.

Distinti saluti

Ufficio Acquisti
Meccanica Valsesia S.p.A.

""" + GDPR_IT_SHORT,
  "client-reply-promise",
  "Reply to a courtesy note: 'verrà pagata con la distinta di fine mese' = promise for 30 Nov 2026.",
  client=("Meccanica Valsesia S.p.A.", "company"), inv=I("28/2026", 1340.00, "2026-11-30", "2026-10-31"),
  tpl="courtesy", tpl_at="2026-11-18 08:01", quote="outlook", mua="outlook", fmt="alt",
  cs="windows-1252", cte="quoted-printable", promised_date="2026-11-30")

M("ale", "Valeria Conti", "valeria.conti@studioconti.eu", "2026-12-22 17:03",
  """Gentile Alessandra,

le chiedo un po' di pazienza: con la chiusura natalizia dello studio non riusciamo a pagare prima del 10 gennaio. Poi procedo subito, promesso.

Buone feste!
Valeria Conti
architetto""",
  "client-reply-promise",
  "'non prima del 10 gennaio... poi procedo subito' = promise for 10 Jan 2027.",
  client=("Arch. Valeria Conti", "person"), inv=I("37/2026", 1220.00, "2026-12-20", "2026-11-20"),
  tpl="due", tpl_at="2026-12-21 08:04", quote="apple", mua="apple", fmt="alt",
  promised_date="2027-01-10")

M("ale", "Simone Ricci", "simone.ricci@hotmail.it", "2027-01-11 13:26",
  """oggi no ma giovedi sicuro, scusa

Inviato da iPhone""",
  "client-reply-promise",
  "'oggi no ma giovedì' = promise for Thu 14 Jan 2027 (message sent Monday).",
  client=("Simone Ricci", "person"), inv=I("35/2026", 180.00, "2027-01-05", "2026-12-05"),
  tpl="reminder", tpl_at="2027-01-11 08:02", quote="apple", mua="iphone", fmt="plain", cte="7bit",
  promised_date="2027-01-14")

M("chiara", "Roberta Esposito", "roberta.esposito77@gmail.com", "2027-01-20 23:41",
  """Scusa l'ora! Ho visto solo adesso il tuo messaggio. Domattina come prima cosa faccio il bonifico.
Buonanotte
Roberta""",
  "client-reply-promise",
  "'domattina faccio il bonifico', written 23:41 Rome time on the 20th: promise for 21 Jan 2027.",
  client=("Roberta Esposito", "person"), inv=I("2/2027", 290.00, "2027-01-18", "2027-01-04"),
  tpl="due", tpl_at="2027-01-19 08:03", quote="gmail", mua="gmail", fmt="alt",
  promised_date="2027-01-21")

M("ale", "Teresa Mancini", "direzione@mareblu-viaggi.it", "2026-12-10 12:44",
  """Cara Alessandra,
scusa il ritardo, è colpa nostra e non tua. Il catalogo è venuto benissimo, i clienti ce lo chiedono pure da portare a casa!
La fattura la paghiamo il 20.
Un abbraccio
Teresa
Agenzia Viaggi Mareblu""",
  "client-reply-promise",
  "Apology and praise, no complaint; 'la paghiamo il 20' = promise for 20 Dec 2026.",
  client=("Agenzia Viaggi Mareblu", "company"), inv=I("34/2026", 890.00, "2026-12-05", "2026-11-05"),
  tpl="reminder", tpl_at="2026-12-10 08:03", quote="gmail", mua="gmail", fmt="plain", cte="8bit",
  promised_date="2026-12-20")

M("ale", "Ufficio Fornitori GAP", "fornitori@gapadano.it", "2027-01-18 10:09",
  """Gentile fornitore,

La informiamo che la fattura n. 38/2026 risulta approvata e inserita nel ciclo di pagamento fornitori del 25 gennaio p.v.

Per eventuali chiarimenti può rivolgersi all'Ufficio Fornitori al numero 0372 418800 (lun-ven 9:00-12:30).

Distinti saluti
Ufficio Fornitori
Gruppo Alimentare Padano S.p.A.

""" + GDPR_IT,
  "client-reply-promise",
  "Approved and queued for the 25 January supplier run, money not sent yet: promise for 25 Jan 2027.",
  client=("Gruppo Alimentare Padano S.p.A.", "company"), inv=I("38/2026", 2196.00, "2026-12-31", "2026-11-30"),
  tpl="reminder", tpl_at="2027-01-15 08:04", quote="outlook", mua="outlook", fmt="alt",
  cs="iso-8859-1", cte="quoted-printable", promised_date="2027-01-25", reference="38/2026")

M("ale", "Fioreria Bellini", "fioreria.bellini@gmail.com", "2027-01-12 18:20",
  """Buonasera Alessandra,
la 21/2026 l'abbiamo pagata ieri, dovrebbe arrivarle a giorni.
La 26/2026 invece la paghiamo a fine mese, prima non ce la facciamo.
Grazie della pazienza
Lucia Bellini""",
  "client-reply-promise",
  "Two invoices: 21/2026 paid, 26/2026 promised for end of month; promise > paid, date 31 Jan 2027, reference of the promised invoice.",
  client=("Fioreria Bellini", "company"),
  inv=[I("21/2026", 240.00, "2026-11-30", "2026-10-30"), I("26/2026", 410.00, "2026-12-15", "2026-11-15")],
  tpl="statement", thread="Fatture da saldare – Alessandra Rossi", tpl_at="2027-01-12 08:05",
  deadline="2027-01-22", quote="gmail", mua="gmail", fmt="alt",
  promised_date="2027-01-31", reference="26/2026")

M("ale", "Matteo Riva", "matteo@fotostudiolampo.it", "2027-01-04 09:37",
  """Ciao Alessandra, buon anno.
Ti scrivo per la fattura del sito. Ti dico subito che in questo momento 1.200 tutti insieme non li ho, dicembre è andato peggio del previsto. Facciamo tre rate da 400 €: la prima te la faccio venerdì 8, le altre due a febbraio e marzo.
Ti va bene? Comunque la prima parte venerdì.
Matteo
Fotostudio Lampo""",
  "client-reply-promise",
  "Proposes instalments but commits to the first 400 on Friday 8 Jan 2027 regardless: promise, amount = the promised instalment.",
  client=("Fotostudio Lampo", "company"), inv=I("43/2026", 1200.00, "2026-12-20", "2026-11-20"),
  tpl="reminder", tpl_at="2027-01-04 08:02", quote="gmail", mua="gmail", fmt="plain", cte="quoted-printable",
  promised_date="2027-01-08", amount="400.00")

M("ale", "Claudio Proietti", "claudioproietti@yahoo.it", "2027-02-04 22:15",
  """Ale ciao, lo so lo so. Sto a lavora' come 'n matto e me so' scordato. Lunedì te la saldo, giuro su mi madre.
Claudio""",
  "client-reply-promise",
  "Roman dialect; 'lunedì te la saldo' sent Thursday = promise for Mon 8 Feb 2027.",
  client=("Claudio Proietti", "person"), inv=I("3/2027", 350.00, "2027-01-31", "2027-01-10"),
  tpl="reminder", tpl_at="2027-02-04 08:03", quote="gmail", mua="yahoo", fmt="alt", cte="quoted-printable",
  promised_date="2027-02-08")

# ---- dispute ---------------------------------------------------------------------------------

M("ale", "Ufficio amministrativo Edilcasa", "amministrazione@edilcasa-srl.it", "2026-12-03 15:12",
  """Buongiorno,

nella fattura 39/2026 manca la ritenuta d'acconto del 20%: noi siamo sostituti d'imposta e dobbiamo versarla noi, quindi così com'è non possiamo registrarla.

Ci mandi una nota di credito e una nuova fattura con la ritenuta e la paghiamo subito al ricevimento.

Cordiali saluti
Sabrina Longhi
Edilcasa srl""",
  "client-reply-dispute",
  "'we'll pay once corrected' comes after contesting the invoice (missing withholding tax, credit note asked): dispute, not promise.",
  client=("Edilcasa srl", "company"), inv=I("39/2026", 1464.00, "2026-11-30", "2026-10-30"),
  tpl="due", tpl_at="2026-12-01 08:03", quote="outlook", mua="outlook", fmt="alt", cs="iso-8859-1",
  cte="quoted-printable", reference="39/2026")

M("chiara", "Lanificio Sella – Marketing", "marketing@lanificio-sella.it", "2026-12-15 12:02",
  """Buongiorno Chiara,

le 20 ore concordate per la revisione del sito (1.000 €) te le paghiamo venerdì. Le 6 ore extra invece no: nessuno da noi le ha autorizzate e non erano nel preventivo che ci avevi mandato a ottobre.

Se vuoi rifai la fattura solo per le 20 ore, altrimenti ti mandiamo i 1.000 e la differenza la consideriamo non dovuta.

Grazie,
Francesca Sella""",
  "client-reply-dispute",
  "Will pay the agreed part on Friday but refuses the 6 extra hours: partial acceptance + contesting the rest = dispute; amount = the part they accept.",
  client=("Lanificio Sella spa", "company"), inv=I("25/2026", 1300.00, "2026-12-10", "2026-11-10"),
  tpl="reminder", tpl_at="2026-12-14 08:02", quote="gmail", mua="gmail", fmt="alt", amount="1000.00")

M("ale", "Beatrice Longo", "beatrice@longoyoga.it", "2027-01-08 19:21",
  """Ciao Alessandra,
guardando meglio la fattura vedo la voce "revisioni aggiuntive – 180,00 €". Nel preventivo erano comprese due revisioni e noi ne abbiamo fatte due, quindi questa voce non ci risulta e non la riconosciamo.
Il resto va benissimo. Puoi sistemarla?
Beatrice""",
  "client-reply-dispute",
  "Not asking what the item is: says the 180 line is not owed ('non la riconosciamo'): dispute.",
  client=("Longo Yoga Studio", "company"), inv=I("40/2026", 780.00, "2027-01-05", "2026-12-05"),
  tpl="reminder", tpl_at="2027-01-08 08:04", quote="apple", mua="apple", fmt="alt")

M("chiara", "Contabilità Fornitori Logistica Adriatica", "contabilita.fornitori@logisticaadriatica.it",
  "2027-01-21 09:15",
  """Spett.le fornitore,

in riferimento al Vostro sollecito, Vi informiamo che la fattura n. 37/2026 non risulta pervenuta tramite il Sistema di Interscambio. Per la nostra società fa fede esclusivamente la fattura elettronica ricevuta da SdI: il documento inviato via e-mail non ha valore fiscale, pertanto la fattura non è da considerarsi scaduta e il sollecito non è dovuto.

Vi invitiamo a trasmetterla correttamente al codice destinatario M5UXCR1. I termini di pagamento (60 gg d.f.f.m.) decorreranno dalla data di ricezione su SdI.

Distinti saluti
Contabilità Fornitori
Logistica Adriatica S.p.A.

""" + GDPR_IT,
  "client-reply-dispute",
  "Not a request for a copy: they deny the invoice is due at all (never received via SdI, reminder 'non dovuto'): dispute.",
  client=("Logistica Adriatica S.p.A.", "company"), inv=I("37/2026", 2318.00, "2027-01-15", "2026-12-15"),
  tpl="due", tpl_at="2027-01-19 08:02", quote="outlook", mua="outlook", fmt="html",
  cs="windows-1252", cte="quoted-printable", reference="37/2026")

M("ale", "Palestra Energy", "amministrazione@energyfit.it", "2026-12-18 13:30",
  """Buongiorno,
abbiamo pagato 800 €, che corrispondono a quanto scritto nel preventivo firmato. La differenza di 350 € per i video aggiuntivi non la riconosciamo, non li abbiamo mai chiesti.
Saluti
Stefano – Energy Fitness Club""",
  "client-reply-dispute",
  "Part paid (800) and the rest (350) contested: partial payment + dispute = dispute; amount = what they paid.",
  client=("Energy Fitness Club ssd", "company"), inv=I("41/2026", 1150.00, "2026-12-15", "2026-11-15"),
  tpl="reminder", tpl_at="2026-12-18 08:02", quote="gmail", mua="gmail", fmt="plain", cte="8bit",
  amount="800.00")

M("ale", "Hotel Villa Ortensia – Direzione", "direzione@villaortensia.it", "2027-01-14 11:47",
  """Gentile Alessandra,

le rispondo con franchezza: il sito nuovo da smartphone ancora non funziona come dovrebbe. Il modulo di prenotazione non si apre su iPhone e la galleria è tagliata. Ce lo aveva assicurato per metà dicembre.

Finché queste cose non sono sistemate preferiamo non pagare la fattura. Appena è tutto a posto saldiamo senza problemi.

Cordiali saluti
Giovanna Ferri
Direzione – Hotel Villa Ortensia ****
Bellagio (CO)""",
  "client-reply-dispute",
  "Withholding payment until defects are fixed ('finché... non paghiamo'): dispute despite the 'saldiamo senza problemi' afterwards.",
  client=("Hotel Villa Ortensia", "company"), inv=I("42/2026", 3050.00, "2027-01-10", "2026-12-10"),
  tpl="reminder", tpl_at="2027-01-14 08:05", quote="gmail", mua="gmail", fmt="alt", cte="quoted-printable")

M("ale", "Giulio Marras", "giulio@marrasvini.it", "2026-12-07 10:26",
  """Buongiorno Alessandra,
la 22/2026 è un doppione della 18/2026 che abbiamo già pagato a ottobre: stessa descrizione (etichette linea Riserva), stesso importo. Le chiedo di annullarla.
Grazie
Giulio Marras
Cantina Marras – Jerzu""",
  "client-reply-dispute",
  "Says the reminded invoice duplicates one already paid and asks to cancel it: contests that it is owed = dispute (not a 'paid' claim).",
  client=("Cantina Marras", "company"), inv=I("22/2026", 670.00, "2026-11-30", "2026-10-31"),
  tpl="reminder", tpl_at="2026-12-07 08:04", quote=None, mua="thunderbird", cs="utf-8", cte="8bit",
  reference="22/2026")

M("chiara", "Redazione Edizioni Lumen", "redazione@edizionilumen.it", "2027-01-27 16:40",
  """Cara Chiara,

ti ringrazio per il sollecito, ma ne approfitto per dirti una cosa che avremmo dovuto dirti prima. La consegna della traduzione è arrivata con tre settimane di ritardo e ci ha fatto slittare la stampa e la presentazione a Più libri più liberi.

Per questo chiediamo uno sconto del 15% sulla fattura. Se ci invii una nota di credito per la differenza, saldiamo subito il resto.

Un caro saluto,
Anna Ricciardi
Edizioni Lumen – redazione""",
  "client-reply-dispute",
  "Asks a 15% discount / credit note before paying: dispute ('saldiamo subito il resto' is conditional on it).",
  client=("Edizioni Lumen srl", "company"), inv=I("36/2026", 2600.00, "2027-01-15", "2026-12-15"),
  tpl="reminder", tpl_at="2027-01-26 08:02", quote="gmail", mua="gmail", fmt="alt")

M("ale", "Segreteria Ferri & Bruno", "segreteria@ferribruno.it", "2026-12-17 12:11",
  """Gentile dott.ssa Rossi,

in merito alle fatture in sospeso:
- la n. 27/2026 (brochure) è corretta, la paghiamo lunedì;
- sulla n. 28/2026 invece le ore di impaginazione non tornano: ne risultano 14, ma l'avv. Bruno ne ha autorizzate 8. Le chiediamo di verificare e di riemettere la fattura.

Cordiali saluti
Marta Giordano
Segreteria – Studio Legale Associato Ferri & Bruno

""" + GDPR_IT,
  "client-reply-dispute",
  "Two invoices: 27/2026 promised Monday, 28/2026 contested (hours); dispute > promise, reference the disputed one.",
  client=("Studio Legale Associato Ferri & Bruno", "company"),
  inv=[I("27/2026", 520.00, "2026-12-05", "2026-11-05"), I("28/2026", 1120.00, "2026-12-10", "2026-11-10")],
  tpl="statement", thread="Fatture da saldare – Alessandra Rossi", tpl_at="2026-12-16 08:04",
  deadline="2026-12-28", quote="outlook", mua="outlook", fmt="alt", cs="iso-8859-1",
  cte="quoted-printable", reference="28/2026")

M("ale", "Riccardo Neri", "riccardo.neri@nerimedia.it", "2027-02-09 09:02",
  """Alessandra, io non ho mai detto che non la pago. Ho detto che 1.500 € per due giornate di riprese sono troppi: al telefono avevamo parlato di 1.200 tutto compreso, montaggio incluso.

Mandami una fattura da 1.200 e la chiudiamo in giornata.

Riccardo""",
  "client-reply-dispute",
  "Negation trap: 'non ho mai detto che non la pago' but he contests the amount (1,500 vs 1,200 agreed) and wants a new invoice: dispute; amount = the 1,200 he accepts.",
  client=("Neri Media", "company"), inv=I("4/2027", 1500.00, "2027-01-31", "2027-01-12"),
  tpl="promise_followup", prev_promise="2027-02-05", tpl_at="2027-02-08 08:03", quote="gmail",
  mua="gmail", fmt="alt", amount="1200.00")

M("chiara", "Immobiliare Castello", "info@immobiliarecastello.it", "2026-12-11 17:55",
  """Buonasera,
la fattura 40/2026 riguarda la traduzione mensile degli annunci per novembre, ma il contratto l'abbiamo disdetto via PEC il 28 settembre con effetto dal 31 ottobre. Novembre non è dovuto: non la paghiamo e vi chiediamo di annullarla.
Se serve vi rimando la PEC.
Immobiliare Castello srl""",
  "client-reply-dispute",
  "Refuses to pay: contract cancelled before the billed month, asks to cancel the invoice: dispute.",
  client=("Immobiliare Castello srl", "company"), inv=I("40/2026", 350.00, "2026-12-10", "2026-11-30"),
  tpl="due", tpl_at="2026-12-11 08:02", quote="gmail", mua="other", fmt="plain", cs="iso-8859-1",
  cte="quoted-printable", reference="40/2026")

# ---- other -----------------------------------------------------------------------------------

M("ale", "Nadia Ferri", "nadia.ferri@ferriceramiche.it", "2026-11-06 10:14",
  """Ciao Alessandra, ricevuta, grazie!
Entro quando va pagata? Sulla fattura non vedo la scadenza e vorrei organizzarmi con le altre spese del mese.
Nadia""",
  "client-reply-other",
  "A question about the due date on receipt of the invoice, no commitment to pay: other.",
  client=("Ferri Ceramiche", "company"), inv=I("25/2026", 640.00, "2026-12-05", "2026-11-05", what="logo e biglietti da visita"),
  tpl="invoice", tpl_at="2026-11-05 17:20",
  invoice_text="Ciao Nadia,\n\nti mando in allegato la fattura n. 25/2026 per il logo e i biglietti da visita.\n\nGrazie ancora, è stato bello lavorare con voi!\nAlessandra", quote="gmail", mua="gmail", fmt="alt")

M("chiara", "Gianni Orlando", "gianni.orlando@orlandoserramenti.it", "2027-01-19 08:47",
  """Buongiorno,
è possibile dividere la fattura in due rate? Me lo faccia sapere, grazie.
Gianni Orlando""",
  "client-reply-other",
  "Asks whether instalments are possible; no amount, date or commitment: other, not promise.",
  client=("Orlando Serramenti", "company"), inv=I("3/2027", 860.00, "2027-01-15", "2026-12-30"),
  tpl="due", tpl_at="2027-01-18 08:02", quote="outlook", mua="outlook", fmt="alt", cs="iso-8859-1",
  cte="quoted-printable")

M("ale", "Irene Villa", "irene.villa@festivaljazzlario.it", "2026-12-03 14:20",
  """Ciao Alessandra, sento l'amministrazione e ti faccio sapere. Io pensavo fosse già partita onestamente.
Irene""",
  "client-reply-other",
  "'sento l'amministrazione e ti faccio sapere' and only a belief that it may have been paid: no claim, no promise: other.",
  client=("Associazione Festival Jazz Lario", "company"), inv=I("20/2026", 750.00, "2026-11-30", "2026-10-31"),
  tpl="due", tpl_at="2026-12-02 08:04", quote="apple", mua="iphone", fmt="alt")

M("ale", "Studio Architettura Bassi", "info@studiobassi.it", "2026-12-01 11:05",
  """Buongiorno Alessandra,

prima di autorizzare il pagamento, mi spiega a cosa si riferisce la voce "spese vive – 85,00 €"? Non la sto contestando, devo solo capirla per girarla nella nota spese al nostro cliente.

Grazie
Andrea Bassi""",
  "client-reply-other",
  "Asks what an item is and explicitly does not contest it: other, not dispute.",
  client=("Studio Architettura Bassi", "company"), inv=I("19/2026", 985.00, "2026-11-30", "2026-10-31"),
  tpl="courtesy", tpl_at="2026-11-27 08:02", quote="gmail", mua="gmail", fmt="alt")

M("chiara", "Andrea Costa", "andrea.costa@costatrasporti.it", "2027-02-03 10:33",
  """Buongiorno,
mi può rinviare la fattura in PDF? Quella che ho in allegato non si apre (mi dice file danneggiato).
Grazie, saluti
Andrea Costa
Costa Trasporti snc""",
  "client-reply-other",
  "Asks for a copy of the invoice because the file won't open; no claim about payment or debt: other.",
  client=("Costa Trasporti snc", "company"), inv=I("5/2027", 420.00, "2027-01-31", "2027-01-15"),
  tpl="due", tpl_at="2027-02-02 08:04", quote="outlook", mua="outlook", fmt="alt", cs="iso-8859-1",
  cte="quoted-printable")

M("chiara", "Federica Sartori", "federica.sartori@brunellodesign.it", "2026-12-22 11:58",
  """Ciao Chiara,
ti è arrivato il bonifico? Io non so se l'hanno fatto, lo chiedo a te prima di andare a disturbare l'amministrazione 😅
Fede""",
  "client-reply-other",
  "'ti è arrivato il bonifico?' with 'non so se l'hanno fatto': no claim of payment, just a question: other.",
  client=("Brunello Design srl", "company"), inv=I("34/2026", 540.00, "2026-12-15", "2026-11-15"),
  tpl="reminder", tpl_at="2026-12-22 08:03", quote="gmail", mua="gmail", fmt="alt")

M("ale", "Paolo Benedetti", "p.benedetti@termoidraulicabenedetti.it", "2027-01-07 08:31",
  """Buongiorno Alessandra,
ricevuto il sollecito, lo giro all'ufficio contabilità che vi legge in copia.
Saluti
Paolo Benedetti""",
  "client-reply-other",
  "Acknowledges the reminder and forwards it to accounts (in cc): other, neither paid nor a promise.",
  client=("Termoidraulica Benedetti", "company"), inv=I("45/2026", 1190.00, "2026-12-31", "2026-12-01"),
  tpl="reminder", tpl_at="2027-01-07 08:02", cc=[("Contabilità Benedetti", "contabilita@termoidraulicabenedetti.it")],
  quote="outlook", mua="outlook", fmt="alt", cs="windows-1252", cte="quoted-printable")

M("ale", "Stefania Marino", "stefania.marino@marinofarmacia.it", "2026-12-15 19:02",
  """Buonasera Alessandra,
nel sollecito c'è un IBAN che mi sembra diverso da quello che avevo salvato l'anno scorso. È cambiato? Quale devo usare? Non vorrei sbagliare, con tutte le truffe che girano.
Grazie
Stefania""",
  "client-reply-other",
  "Asks which IBAN to use (fraud caution); no payment made or promised: other.",
  client=("Farmacia Marino", "company"), inv=I("24/2026", 460.00, "2026-12-10", "2026-11-10"),
  tpl="due", tpl_at="2026-12-14 08:03", quote="gmail", mua="gmail", fmt="alt")

M("chiara", "Ufficio Acquisti Siderurgica Lombarda", "acquisti@siderurgicalombarda.it", "2026-12-04 09:44",
  """Gentile fornitore,

per poter registrare la fattura è necessario che riporti il numero dell'ordine d'acquisto di riferimento (ODA 4500123987). Vi chiediamo di indicarlo, anche solo inviandoci una copia della fattura con il riferimento, così possiamo procedere con l'iter di approvazione.

Cordiali saluti
Ufficio Acquisti
Siderurgica Lombarda S.p.A.""",
  "client-reply-other",
  "Needs the PO number to process the invoice; no claim that the invoice is wrong or not owed: other.",
  client=("Siderurgica Lombarda S.p.A.", "company"), inv=I("29/2026", 1830.00, "2026-11-30", "2026-10-31"),
  tpl="due", tpl_at="2026-12-01 08:04", quote="outlook", mua="outlook", fmt="html", cs="iso-8859-1",
  cte="quoted-printable")

M("ale", "Laura Gentile", "laura.gentile@gentilegelateria.it", "2027-01-15 16:22",
  """Grazie a te Ale! È stato un piacere. Ci risentiamo a marzo per il catalogo nuovo 😊
Laura""",
  "client-reply-other",
  "Reply to the owner's 'payment received' thank-you; the client states nothing about paying: other.",
  client=("Laura Gentile", "person"), inv=I("46/2026", 390.00, "2027-01-10", "2026-12-10"),
  tpl="thank_you", tpl_at="2027-01-15 08:02", quote="gmail", mua="gmail", fmt="alt")

M("chiara", "Massimo Fontana", "massimo@fontanamacchine.de", "2026-12-10 15:27",
  """Ciao Chiara,
a proposito: ci sarebbe da tradurre il sito in tedesco, circa 12.000 parole, più le schede tecniche. Riusciamo a sentirci giovedì mattina? Ti chiamo io se mi dici a che ora.
Massimo

Massimo Fontana
Fontana Macchine GmbH – Niederlassung Bozen""",
  "client-reply-other",
  "Replies to the reminder only about new work and a call; nothing on the invoice: other.",
  client=("Fontana Macchine GmbH", "company"), inv=I("31/2026", 720.00, "2026-12-05", "2026-11-05"),
  tpl="reminder", tpl_at="2026-12-10 08:02", quote="gmail", mua="gmail", fmt="alt")


# ==============================================================================================
# ESPAÑOL
# ==============================================================================================

# ---- paid ------------------------------------------------------------------------------------

M("lucia", "María José Gil", "administracion@reformasgil.es", "2026-12-02 09:12",
  """Buenos días Lucía,

Transferencia realizada. Adjunto justificante.

Un saludo,

María José Gil
Administración
Reformas Hermanos Gil, S.L.
Avda. de Aragón 118 · 46021 Valencia
Tel. 963 61 44 20

""" + LOPD_ES.format(addr="lopd@reformasgil.es"),
  "client-reply-paid",
  "'Transferencia realizada' with the bank proof attached: paid.",
  client=("Reformas Hermanos Gil, S.L.", "company"), inv=I("2026-044", 1815.00, "2026-11-30", "2026-10-31"),
  tpl="due", tpl_at="2026-12-01 08:03", quote="outlook", mua="outlook", fmt="alt", cs="iso-8859-1",
  cte="quoted-printable",
  att=[("Justificante_transferencia.pdf", "application/pdf",
        fake_pdf("Justificante de transferencia SEPA - Ordenante REFORMAS HERMANOS GIL SL - Beneficiario LUCIA MARTIN ESTUDIO - 1.815,00 EUR"))])

M("lucia", "Pablo Serrano", "pablo.serrano.arq@gmail.com", "2026-12-11 20:15",
  """¡Hola Lucía!

Ya está hecha la transferencia, pero como es de otro banco igual tarda un par de días en llegarte. Perdona el lío, se me había pasado entre tanto follón de fin de año.

Un abrazo,
Pablo""",
  "client-reply-paid",
  "'Ya está hecha la transferencia'; the 'tarda un par de días' is the bank, not a promise: paid.",
  client=("Pablo Serrano", "person"), inv=I("2026-046", 450.00, "2026-12-10", "2026-11-10"),
  tpl="due", tpl_at="2026-12-11 08:02", quote="gmail", mua="gmail", fmt="alt")

M("nerea", "Carmen Ruiz", "carmenruiz.bilbao@gmail.com", "2026-12-07 12:40",
  """Hola Nerea, te hice un Bizum de 150 € el día 3, ¿me confirmas que te ha llegado? A mí en la app me sale como enviado.
Gracias guapa
Carmen

Enviado desde mi Galaxy""",
  "client-reply-paid",
  "Says she sent a Bizum on the 3rd and asks to confirm it arrived: paid + question = paid.",
  client=("Carmen Ruiz", "person"), inv=I("NE-2026-27", 150.00, "2026-11-30", "2026-11-15"),
  tpl="reminder", tpl_at="2026-12-07 08:05", quote=None, mua="android", fmt="plain", cte="base64",
  amount="150.00")

M("nerea", "Tesorería Bodegas Arrieta", "tesoreria@bodegasarrieta.com", "2026-12-17 10:05",
  """Buenos días:

Le confirmamos que ayer se emitió la transferencia correspondiente a su factura NE-2026-31 dentro de la remesa de proveedores. Según nuestra entidad, la verá en cuenta en un plazo de 2-3 días hábiles.

Atentamente,

Departamento de Tesorería
Bodegas Arrieta, S.A.
Ctra. de Logroño, km 3 · 26200 Haro (La Rioja)

""" + LOPD_ES.format(addr="protecciondedatos@bodegasarrieta.com"),
  "client-reply-paid",
  "'ayer se emitió la transferencia' = sent; the 2-3 days is crediting time: paid.",
  client=("Bodegas Arrieta, S.A.", "company"), inv=I("NE-2026-31", 2904.00, "2026-12-10", "2026-11-10"),
  tpl="reminder", tpl_at="2026-12-15 08:04", quote="outlook", mua="outlook", fmt="alt",
  cs="windows-1252", cte="quoted-printable", reference="NE-2026-31")

M("lucia", "Irene Soto", "irenesoto.ilustra@gmail.com", "2026-12-19 22:30",
  """Perdón perdón perdón, se me pasó por completo con lo de los peques. Hecho 🙈
Besos

Enviado desde mi Galaxy""",
  "client-reply-paid",
  "'Hecho' in reply to a reminder, no payment verb: paid.",
  client=("Irene Soto", "person"), inv=I("2026-049", 220.00, "2026-12-15", "2026-11-30"),
  tpl="reminder", tpl_at="2026-12-19 08:03", quote="gmail", mua="gmail", fmt="alt")

M("lucia", "Jorge Lacasa", "jorge@grupolacasa.es", "2026-12-14 13:02",
  """Lucía, te reenvío lo que me contesta contabilidad. Está pagada, perdona que no te avisara antes.
Jorge

-----Mensaje original-----
De: Contabilidad Grupo Lacasa <contabilidad@grupolacasa.es>
Enviado el: lunes, 14 de diciembre de 2026 12:47
Para: Jorge Lacasa <jorge@grupolacasa.es>
Asunto: RE: factura Lucía Martín

Jorge, la 2026-052 se pagó el viernes 11 por transferencia, importe 1.452,00 €. Ya consta en el extracto.
Saludos,
Pilar""",
  "client-reply-paid",
  "Client forwards accounts' confirmation ('se pagó el viernes 11... 1.452,00 €') and says 'está pagada': paid.",
  client=("Grupo Lacasa", "company"), inv=I("2026-052", 1452.00, "2026-12-10", "2026-11-10"),
  tpl="reminder", tpl_at="2026-12-14 08:02", quote=None, mua="outlook", fmt="plain",
  cs="iso-8859-1", cte="quoted-printable", amount="1452.00", reference="2026-052")

M("lucia", "Academia de Idiomas Babel", "administracion@academiababel.es", "2026-12-21 10:30",
  """Buenos días, Lucía:

La factura 47 se abonó el día 15 en una sola transferencia junto con la 2026-045; en el concepto solo pusimos el número de la 45, quizá por eso no la has localizado. Revísalo, por favor, y si no te cuadra nos dices.

Un saludo,
Elena Castro
Academia de Idiomas Babel""",
  "client-reply-paid",
  "Paid on the 15th in a combined transfer; 'factura 47' in a thread about 2026-047 = 2026-047: paid.",
  client=("Academia de Idiomas Babel", "company"), inv=I("2026-047", 360.00, "2026-12-15", "2026-11-15"),
  tpl="due", tpl_at="2026-12-16 08:03", quote="gmail", mua="other", fmt="plain", cs="utf-8",
  cte="8bit", reference="2026-047")

M("nerea", "Yurena Hernández", "administracion@clinicasonrie.es", "2027-01-20 09:10",
  """Buenos días Nerea:

No entendemos el recordatorio: en nuestra contabilidad la factura NE-2026-33 consta pagada el 12/01/2027 por transferencia, por importe de 968,00 € (IGIC incluido). Te adjuntamos el justificante para que lo compruebes con tu banco.

Un saludo,
Yurena Hernández
Administración – Clínica Dental Sonríe
Las Palmas de Gran Canaria""",
  "client-reply-paid",
  "States paid on 12/01 with amount and proof, questioning the reminder: paid.",
  client=("Clínica Dental Sonríe, S.L.P.", "company"), inv=I("NE-2026-33", 968.00, "2027-01-10", "2026-12-10"),
  tpl="reminder", tpl_at="2027-01-19 08:04", tz="Atlantic/Canary", quote="gmail", mua="gmail",
  fmt="alt", amount="968.00", reference="NE-2026-33",
  att=[("justificante 12-01-2027.pdf", "application/pdf",
        fake_pdf("Orden de transferencia ejecutada 12/01/2027 - 968,00 EUR - NE-2026-33"))])

# ---- promise ---------------------------------------------------------------------------------

M("lucia", "Ana Beltrán", "ana@beltranroig.es", "2026-12-15 11:45",
  """Hola Lucía, ya he dejado la orden de transferencia programada para el viernes, que es cuando entra el cobro de un cliente y tenemos fondos.
Un saludo,
Ana""",
  "client-reply-promise",
  "A transfer order scheduled for Friday has not been executed (revocable, funds not there yet): promise for Fri 18 Dec 2026.",
  client=("Beltrán & Roig Arquitectos", "company"), inv=I("2026-050", 1210.00, "2026-12-10", "2026-11-10"),
  tpl="reminder", tpl_at="2026-12-15 08:02", quote="gmail", mua="gmail", fmt="alt",
  promised_date="2026-12-18")

M("lucia", "Cuentas a Pagar – Grupo Editorial Sirena", "proveedores@gesirena.com", "2026-11-20 12:02",
  """Estimada proveedora:

Le informamos de que su factura 2026-039 ha sido contabilizada y entra en la remesa del día 25.

Atentamente,

Departamento de Cuentas a Pagar
Grupo Editorial Sirena, S.A.""",
  "client-reply-promise",
  "'entra en la remesa del día 25' = scheduled payment run, promise for 25 Nov 2026.",
  client=("Grupo Editorial Sirena, S.A.", "company"), inv=I("2026-039", 2420.00, "2026-11-25", "2026-10-26"),
  tpl="courtesy", tpl_at="2026-11-20 08:01", quote="outlook", mua="outlook", fmt="html",
  cs="iso-8859-1", cte="quoted-printable", promised_date="2026-11-25", reference="2026-039")

M("lucia", "Javier Moreno", "javi.moreno@moreno-asesores.es", "2026-12-02 14:20",
  """Hola Lucía. No, todavía no la hemos pagado, lo siento. Lo haremos el 30, que es cuando cobramos nosotros.
Un saludo,
Javi""",
  "client-reply-promise",
  "Negation ('todavía no la hemos pagado') + 'lo haremos el 30' on 2 Dec = promise for 30 Dec 2026.",
  client=("Moreno Asesores", "company"), inv=I("2026-041", 600.00, "2026-11-30", "2026-10-31"),
  tpl="reminder", tpl_at="2026-12-02 08:03", quote="gmail", mua="gmail", fmt="plain", cte="quoted-printable",
  promised_date="2026-12-30")

M("nerea", "Marina – Taller Barro", "hola@tallerbarro.es", "2027-01-15 17:33",
  """¡Hola Nerea!

Te acabo de hacer una transferencia de 500 € y el resto, 740, te lo pago el 30 sin falta, que es cuando cobro lo de la feria.

Gracias por la paciencia 🙏
Marina
Taller Barro · cerámica hecha a mano""",
  "client-reply-promise",
  "Part paid now, the rest (740) promised on the 30th: promise > paid; promised_date 30 Jan 2027, amount = the promised balance.",
  client=("Taller Barro", "company"), inv=I("NE-2026-38", 1240.00, "2026-12-31", "2026-12-01"),
  tpl="reminder", tpl_at="2027-01-15 08:03", quote="apple", mua="apple", fmt="alt",
  promised_date="2027-01-30", amount="740.00")

M("lucia", "Rocío Vargas", "rocio@lacasitadelarte.es", "2026-12-22 13:05",
  """Lucía, mi arma, a primeros de mes sin farta te lo pago, que diciembre con la tienda es una ruina y me han pillao las pagas. Perdóname, de verdad.
Un besito
Rocío""",
  "client-reply-promise",
  "Andalusian voice; 'a primeros de mes' is a promise but vague: no promised_date.",
  client=("La Casita del Arte", "company"), inv=I("2026-055", 380.00, "2026-12-15", "2026-11-15"),
  tpl="reminder", tpl_at="2026-12-22 08:02", quote="gmail", mua="gmail", fmt="alt", cte="base64")

M("nerea", "Acerina Cabrera", "gerencia@hotelplayachica.com", "2027-01-27 22:10",
  """Buenas noches Nerea, disculpe la demora en contestar. Mañana sin falta le hago la transferencia.
Saludos desde Fuerteventura,
Acerina Cabrera
Gerencia – Hotel Playa Chica

Enviado desde mi iPhone""",
  "client-reply-promise",
  "'Mañana sin falta', written 22:10 Canary time on the 27th: promise for 28 Jan 2027.",
  client=("Hotel Playa Chica", "company"), inv=I("NE-2026-36", 1650.00, "2027-01-15", "2026-12-15"),
  tpl="reminder", tpl_at="2027-01-27 08:04", tz="Atlantic/Canary", quote="apple", mua="iphone",
  fmt="plain", cte="quoted-printable", promised_date="2027-01-28")

M("lucia", "Nacho – La Tramoya", "tesoreria@latramoya.org", "2027-01-08 19:50",
  """Hola Lucía:

Sabemos que vamos tarde. Somos una asociación pequeña y la subvención del Ayuntamiento para el festival todavía no ha llegado. En cuanto la cobremos te pagamos lo primero, tienes nuestra palabra.

Un abrazo,
Nacho, tesorero de la Asociación Cultural La Tramoya""",
  "client-reply-promise",
  "Will pay when the city grant arrives: promise with no date.",
  client=("Asociación Cultural La Tramoya", "company"), inv=I("2026-051", 730.00, "2026-12-20", "2026-11-20"),
  tpl="late_fee", tpl_at="2027-01-08 08:03", deadline="2027-01-18", quote="gmail", mua="gmail", fmt="alt")

M("nerea", "Departamento de Proveedores – Logística Ebro", "proveedores@logisticaebro.es", "2027-02-01 09:25",
  """Buenos días:

Su factura NE-2026-39 está aprobada y pendiente únicamente de la firma del director financiero. Saldrá en el pago a proveedores del jueves.

Saludos cordiales,

Departamento de Proveedores
Logística Ebro, S.A.
Polígono Plaza, calle Tarento 12 · 50197 Zaragoza""",
  "client-reply-promise",
  "Approved, awaiting signature, will go out in Thursday's run: promise for Thu 4 Feb 2027 (sent Monday).",
  client=("Logística Ebro, S.A.", "company"), inv=I("NE-2026-39", 3025.00, "2027-01-31", "2026-12-31"),
  tpl="due", tpl_at="2027-02-01 08:02", quote="outlook", mua="outlook", fmt="alt", cs="iso-8859-1",
  cte="quoted-printable", promised_date="2027-02-04", reference="NE-2026-39")

M("lucia", "Marta Vidal", "marta.vidal@vidalinteriors.cat", "2027-01-05 10:12",
  """Bon dia Lucía!

Perdona, no podré antes del 15: la paga extra y los Reyes me han dejado temblando 😅 El 15 lo tienes sin falta.

Gràcies!
Marta""",
  "client-reply-promise",
  "'no podré antes del 15... el 15 lo tienes' = promise for 15 Jan 2027.",
  client=("Marta Vidal", "person"), inv=I("2026-056", 320.00, "2026-12-31", "2026-12-01"),
  tpl="reminder", tpl_at="2027-01-05 08:02", quote="gmail", mua="gmail", fmt="alt",
  promised_date="2027-01-15")

M("nerea", "Diego Fernández", "diegofdz83@hotmail.com", "2026-12-10 18:40",
  """hoy no puedo, el lunes te lo hago
Diego""",
  "client-reply-promise",
  "'hoy no puedo, el lunes' sent on Thursday = promise for Mon 14 Dec 2026.",
  client=("Diego Fernández", "person"), inv=I("NE-2026-35", 200.00, "2026-12-05", "2026-11-20"),
  tpl="reminder", tpl_at="2026-12-10 08:03", quote="outlook", mua="outlook", fmt="html",
  cs="utf-8", cte="quoted-printable", promised_date="2026-12-14")

M("lucia", "Álvaro – Restaurante Sabores", "reservas@restaurantesabores.es", "2026-11-26 16:10",
  """Hola Lucía:

Perdona el retraso, ha sido un mes de locos con la apertura de la terraza. La carta nueva ha quedado genial, nos la alaban todos los clientes.

Lo pagamos el día 20, cuando cuadremos caja.

Un saludo,
Álvaro
Restaurante Sabores""",
  "client-reply-promise",
  "Apology + praise, no complaint; 'el día 20' written on 26 Nov (the 20th has passed) = promise for 20 Dec 2026.",
  client=("Restaurante Sabores", "company"), inv=I("2026-043", 640.00, "2026-11-20", "2026-10-21"),
  tpl="reminder", tpl_at="2026-11-26 08:02", quote="gmail", mua="gmail", fmt="alt",
  promised_date="2026-12-20")

M("lucia", "Laura Pons", "laura.pons@nexusmarketing.es", "2027-01-14 11:30",
  """Hola Lucía, lo he preguntado: lo tiene contabilidad y me dicen que entra en el pago a proveedores de final de mes. Si el 1 no te ha llegado me escribes y lo persigo yo.
Laura""",
  "client-reply-promise",
  "Accounts say it goes in the end-of-month supplier run: promise for 31 Jan 2027.",
  client=("Nexus Marketing, S.L.", "company"), inv=I("2026-059", 900.00, "2027-01-10", "2026-12-10"),
  tpl="reminder", tpl_at="2027-01-14 08:03", quote="gmail", mua="gmail", fmt="alt",
  promised_date="2027-01-31")

M("nerea", "Alberto Urrutia", "alberto.urrutia@gmail.com", "2026-12-05 10:15",
  """Nerea!! que se me pasó. Esta tarde te hago un Bizum de los 120 y listo.
Gracias por las fotos, quedaron brutales 📸""",
  "client-reply-promise",
  "'Esta tarde te hago un Bizum' = will pay today: promise for 5 Dec 2026, amount 120.",
  client=("Alberto Urrutia", "person"), inv=I("NE-2026-37", 120.00, "2026-11-30", "2026-11-20"),
  tpl="reminder", tpl_at="2026-12-05 08:01", quote="gmail", mua="gmail", fmt="alt",
  promised_date="2026-12-05", amount="120.00")

# ---- dispute ---------------------------------------------------------------------------------

M("lucia", "Mercedes Almagro", "administracion@distribucionesalmagro.es", "2026-12-04 12:25",
  """Buenos días, Lucía:

Antes de pagar la factura 2026-054 tenemos que pedirte que la rectifiques: has aplicado una retención de IRPF del 7 % y, según nos dice nuestra gestoría, ya no te corresponde el tipo reducido porque llevas más de tres años de alta. Tiene que ser el 15 %.

Cuando nos envíes la factura rectificativa la pagamos en la siguiente remesa.

Un saludo,
Mercedes Almagro
Distribuciones Almagro, S.L.""",
  "client-reply-dispute",
  "Payment is conditional on a corrective invoice (wrong IRPF rate): they contest the invoice first = dispute, not promise.",
  client=("Distribuciones Almagro, S.L.", "company"), inv=I("2026-054", 1130.00, "2026-11-30", "2026-10-31"),
  tpl="reminder", tpl_at="2026-12-03 08:03", quote="outlook", mua="outlook", fmt="alt",
  cs="iso-8859-1", cte="quoted-printable", reference="2026-054")

M("nerea", "Gorka – Festival Sonora", "produccion@festivalsonora.eus", "2026-12-14 13:15",
  """Hola Nerea:

Los 1.800 € acordados por la cobertura del festival te los pagamos el viernes. Las horas extra del domingo (500 €) no: nadie de la organización te pidió que te quedaras al desmontaje y no estaban en el presupuesto.

Si quieres lo hablamos, pero de momento esa parte no la vamos a pagar.

Un saludo,
Gorka
Coordinación – Festival Sonora""",
  "client-reply-dispute",
  "Will pay the agreed part on Friday but refuses the extra hours: dispute (amount = the part they accept).",
  client=("Asociación Festival Sonora", "company"), inv=I("NE-2026-34", 2300.00, "2026-12-10", "2026-11-10"),
  tpl="reminder", tpl_at="2026-12-14 08:02", quote="gmail", mua="gmail", fmt="alt", amount="1800.00")

M("lucia", "Inmobiliaria Costa Brava", "admin@immocostabrava.cat", "2026-12-01 09:55",
  """Bon dia Lucía,

La partida "desplazamientos" (230 €) no estaba en el presupuesto que aprobamos y no la aceptamos. Envíanos la factura sin esa partida y la tramitamos.

Salutacions,
Jordi Puig
Immobiliària Costa Brava""",
  "client-reply-dispute",
  "States an item was not in the quote and is not accepted (not a question about it): dispute.",
  client=("Immobiliària Costa Brava, S.L.", "company"), inv=I("2026-042", 1480.00, "2026-11-30", "2026-10-31"),
  tpl="due", tpl_at="2026-12-01 08:03", quote="gmail", mua="gmail", fmt="plain", cte="8bit")

M("lucia", "Editorial Nube", "facturas@editorialnube.com", "2026-12-09 10:44",
  """Hola Lucía:

La factura 2026-048 es el mismo concepto que la 2026-038 (maquetación del número de otoño), que ya os pagamos en octubre. Entendemos que es un duplicado; por favor, anúlala o emite la rectificativa correspondiente.

Gracias,
Raquel Domínguez
Administración – Editorial Nube""",
  "client-reply-dispute",
  "Says the reminded invoice duplicates one already paid and asks to cancel it: already billed = dispute.",
  client=("Editorial Nube, S.L.", "company"), inv=I("2026-048", 890.00, "2026-12-05", "2026-11-05"),
  tpl="reminder", tpl_at="2026-12-09 08:02", quote="gmail", mua="gmail", fmt="alt", reference="2026-048")

M("nerea", "Iker Zubiria", "marketing@cerveceranorte.eus", "2027-01-12 12:12",
  """Hola Nerea, te hemos pagado hoy 600 €, que es lo que corresponde a las fotos del catálogo. El vídeo no lo pagamos porque no se llegó a entregar la versión final: lo que nos mandaste era un montaje provisional sin música ni subtítulos.
Cuando esté terminado lo hablamos.
Iker
Marketing · Cervecera Norte""",
  "client-reply-dispute",
  "Paid 600 for the photos, refuses the video part (not delivered): partial payment + dispute = dispute, amount = what was paid.",
  client=("Cervecera Norte, S.L.", "company"), inv=I("NE-2026-32", 1100.00, "2027-01-05", "2026-12-05"),
  tpl="reminder", tpl_at="2027-01-12 08:03", quote="gmail", mua="gmail", fmt="alt", amount="600.00")

M("lucia", "Hostal Las Acacias", "reservas@hostallasacacias.com", "2026-12-04 18:02",
  """Buenas tardes:

Después de cómo fue la entrega (la web se publicó diez días tarde, con el puente ya empezado y las reservas perdidas), no nos parece justo pagar el total. Queremos un 20 % de descuento.

Si estás de acuerdo, envía una factura rectificativa y la pagamos.

Un saludo,
Fernando Gallego
Hostal Las Acacias – Cuenca""",
  "client-reply-dispute",
  "Demands a 20% discount for late delivery before paying: dispute.",
  client=("Hostal Las Acacias", "company"), inv=I("2026-040", 1450.00, "2026-11-30", "2026-10-31"),
  tpl="reminder", tpl_at="2026-12-04 08:02", quote="outlook", mua="outlook", fmt="alt", cs="windows-1252",
  cte="quoted-printable")

M("nerea", "Uxía – Moda Lúa", "ola@modalua.gal", "2026-12-18 11:20",
  """Boas Nerea:

Las fotos no son las que pedimos. Pedimos fondo blanco para la tienda online y vinieron casi todas en exterior, en el puerto. Están bonitas, pero no nos sirven para la web.

No vamos a pagar la factura hasta que se repita la sesión como acordamos.

Unha aperta,
Uxía
Moda Lúa · Vigo""",
  "client-reply-dispute",
  "Work not as agreed; refuses payment until the shoot is redone: dispute.",
  client=("Moda Lúa", "company"), inv=I("NE-2026-30", 980.00, "2026-12-15", "2026-11-15"),
  tpl="reminder", tpl_at="2026-12-18 08:02", quote="gmail", mua="gmail", fmt="alt")

M("lucia", "Cristina – Agencia Rumbo", "cristina@agenciarumbo.es", "2027-01-19 09:35",
  """Hola Lucía:

La 2026-057 la pagamos ayer, ya te llegará. La 2026-058 no la reconocemos: ese trabajo (el folleto de Semana Santa) lo cancelamos en noviembre por teléfono antes de que empezaras, así que no procede.

Saludos,
Cristina
Agencia de Viajes Rumbo""",
  "client-reply-dispute",
  "Two invoices: 2026-057 paid, 2026-058 refused (work cancelled); dispute > paid, reference the disputed one.",
  client=("Agencia de Viajes Rumbo", "company"), inv=I("2026-058", 560.00, "2027-01-15", "2026-12-15"),
  tpl="due", tpl_at="2027-01-18 08:02", quote="gmail", mua="gmail", fmt="alt", reference="2026-058")

M("nerea", "Óscar Prieto", "oscar.prieto@prietoproducciones.es", "2027-01-26 13:48",
  """Nerea, yo no he dicho que no vaya a pagar. Dije que la hora de edición no está a 55 €, quedamos en 45. Haz la factura bien y te la pago ese mismo día.
Óscar""",
  "client-reply-dispute",
  "Negation trap ('no he dicho que no vaya a pagar') but contests the hourly rate and wants a new invoice: dispute.",
  client=("Prieto Producciones", "company"), inv=I("NE-2026-29", 1650.00, "2027-01-10", "2026-12-10"),
  tpl="promise_followup", prev_promise="2027-01-22", tpl_at="2027-01-26 08:03", quote="gmail",
  mua="gmail", fmt="alt")

M("lucia", "Martín Gutiérrez", "martin@estudiopampa.com.ar", "2026-12-10 11:05",
  """Hola Lucía, ¿cómo andás?

Che, la factura vino con 21% de IVA y nosotros somos una empresa de afuera (Argentina), así que no corresponde: al ser un servicio a un cliente extracomunitario tendría que ir sin IVA. Mandame una nueva sin IVA y te la pago con Wise apenas la tenga.

Abrazo grande,
Martín
Estudio Pampa · Buenos Aires""",
  "client-reply-dispute",
  "Contests the VAT on the invoice and pays only once a new one arrives: dispute (rioplatense voice).",
  client=("Estudio Pampa S.R.L.", "company"), inv=I("2026-060", 1815.00, "2026-12-05", "2026-11-20"),
  tpl="reminder", tpl_at="2026-12-09 08:02", tz="America/Argentina/Buenos_Aires", quote="gmail",
  mua="gmail", fmt="alt")

M("lucia", "Dra. Laura Ibáñez", "info@veterinariahuellas.es", "2027-01-25 14:30",
  """Buenos días Lucía:

Hemos hablado entre los socios y solo vamos a pagar el 50 % de la factura hasta que la web esté terminada. Faltan la tienda online y la versión en inglés, que estaban en el presupuesto.

Cuando esté todo, pagamos el resto.

Un saludo,
Dra. Laura Ibáñez
Clínica Veterinaria Huellas""",
  "client-reply-dispute",
  "Will pay only half until the work is finished: withholding part for incomplete work = dispute.",
  client=("Clínica Veterinaria Huellas", "company"), inv=I("2027-003", 2420.00, "2027-01-20", "2027-01-05"),
  tpl="reminder", tpl_at="2027-01-25 08:03", quote="outlook", mua="outlook", fmt="alt",
  cs="iso-8859-1", cte="quoted-printable")

# ---- other -----------------------------------------------------------------------------------

M("lucia", "Sofía Navarro", "sofia@navarrodeco.es", "2026-12-16 09:20",
  """Hola Lucía, recibida, ¡gracias!
¿Para cuándo tiene que estar pagada? Es que en la factura no veo la fecha de vencimiento y quiero meterla en la previsión de enero.
Sofía""",
  "client-reply-other",
  "Question about the due date on receipt of the invoice: other.",
  client=("Navarro Deco", "company"), inv=I("2026-061", 540.00, "2027-01-15", "2026-12-15"),
  tpl="invoice", tpl_at="2026-12-15 18:10",
  invoice_text="Hola Sofía:\n\nTe adjunto la factura 2026-061 por el diseño del catálogo de primavera.\n\nMuchas gracias,\nLucía",
  quote="gmail", mua="gmail", fmt="alt")

M("nerea", "Pablo – Ola Norte Surf Eskola", "info@olanorte.com", "2027-01-11 10:05",
  """Hola Nerea, ¿sería posible fraccionarla en dos plazos, uno ahora y otro en febrero? Dime si te viene bien y lo organizamos.
¡Gracias!
Pablo""",
  "client-reply-other",
  "Asks permission to pay in two instalments ('dime si te viene bien'): a question, nothing committed: other.",
  client=("Ola Norte Surf Eskola", "company"), inv=I("NE-2026-40", 960.00, "2027-01-05", "2026-12-05"),
  tpl="reminder", tpl_at="2027-01-11 08:02", quote="gmail", mua="gmail", fmt="alt")

M("lucia", "Bea Lozano", "bea.lozano@lozanoyasociados.es", "2026-12-16 16:40",
  """Hola Lucía, lo consulto con administración y te digo algo. Creo que estaba todo aprobado, pero no quiero decirte nada sin confirmarlo.
Un saludo,
Bea""",
  "client-reply-other",
  "'lo consulto con administración y te digo': neither a payment claim nor a promise: other.",
  client=("Lozano y Asociados", "company"), inv=I("2026-053", 770.00, "2026-12-10", "2026-11-10"),
  tpl="reminder", tpl_at="2026-12-16 08:03", quote="gmail", mua="gmail", fmt="alt")

M("lucia", "Nuria Sanz", "nuria.sanz@carnicassanz.es", "2027-01-18 12:50",
  """Buenos días, antes de pasarla a pago, ¿me puedes explicar qué es el concepto «gestión de licencias» de 120 €? No digo que esté mal, es que mi jefe me lo va a preguntar y no sé qué contestarle.
Gracias,
Nuria""",
  "client-reply-other",
  "Asks what an item is, explicitly not contesting it: other.",
  client=("Cárnicas Sanz, S.A.", "company"), inv=I("2026-062", 1290.00, "2027-01-15", "2026-12-15"),
  tpl="due", tpl_at="2027-01-16 08:02", quote="outlook", mua="outlook", fmt="alt",
  cs="iso-8859-1", cte="quoted-printable")

M("nerea", "Silvia Arregi", "silvia@arregikoa.eus", "2027-02-02 11:11",
  """Hola Nerea, ¿me reenvías la factura, porfa? Hemos cambiado de gestoría y no la encuentro por ningún lado.
¡Gracias!
Silvia""",
  "client-reply-other",
  "Asks for a copy (lost it), no claim that it is not owed: other.",
  client=("Arregikoa", "company"), inv=I("NE-2027-01", 500.00, "2027-01-31", "2027-01-10"),
  tpl="due", tpl_at="2027-02-01 08:03", quote="gmail", mua="gmail", fmt="alt")

M("lucia", "Raúl Ortega", "raul.ortega@ortegaeventos.es", "2027-02-09 17:25",
  """Hola Lucía, ¿te ha llegado algo de nuestra parte? Yo di el OK a contabilidad hace unos días, pero no sé si la han hecho ya o no. Si no te ha llegado, les pregunto.
Un saludo,
Raúl""",
  "client-reply-other",
  "He approved it internally but does not know if it was paid: no payment claim, no promise: other.",
  client=("Ortega Eventos", "company"), inv=I("2027-001", 1060.00, "2027-02-05", "2027-01-05"),
  tpl="reminder", tpl_at="2027-02-09 08:02", quote="gmail", mua="gmail", fmt="alt")

M("nerea", "Koldo Etxebarria", "koldo@txokoeventos.eus", "2026-12-03 10:18",
  """Egun on Nerea,

Recibido, lo paso a cuentas a pagar, que te leen en copia.

Un saludo,
Koldo""",
  "client-reply-other",
  "Acknowledges the reminder and passes it to accounts payable (cc): other.",
  client=("Txoko Eventos", "company"), inv=I("NE-2026-28", 640.00, "2026-11-30", "2026-10-31"),
  tpl="due", tpl_at="2026-12-02 08:02", cc=[("Cuentas a pagar Txoko", "cuentasapagar@txokoeventos.eus")],
  quote="outlook", mua="outlook", fmt="alt", cs="iso-8859-1", cte="quoted-printable")

M("lucia", "Esteban Ruiz", "administracion@talleresruiz.es", "2027-01-28 16:05",
  """Buenas tardes Lucía:

Nos ha llegado esta mañana un correo supuestamente tuyo diciendo que has cambiado de banco y con un IBAN nuevo (de otro país). ¿Es correcto? Lo pregunto antes de tocar nada, porque ya nos han intentado colar alguna de estas.

Saludos,
Esteban
Administración – Talleres Ruiz""",
  "client-reply-other",
  "Checks whether the bank details changed (possible fraud) before doing anything: question, no promise: other.",
  client=("Talleres Ruiz, S.L.", "company"), inv=I("2027-002", 845.00, "2027-01-25", "2027-01-08"),
  tpl="due", tpl_at="2027-01-26 08:03", quote="gmail", mua="gmail", fmt="alt")

M("nerea", "Proveedores – Grupo Hospitalario Levante", "proveedores@ghlevante.es", "2026-11-27 13:10",
  """Estimada proveedora:

Para poder tramitar la factura NE-2026-26 es necesario que conste el número de pedido (PO-2026-1187). Le rogamos nos remita la factura indicando dicho número.

Atentamente,

Departamento de Proveedores
Grupo Hospitalario Levante""",
  "client-reply-other",
  "Needs the PO number on the invoice to process it; nothing contested: other.",
  client=("Grupo Hospitalario Levante", "company"), inv=I("NE-2026-26", 1350.00, "2026-11-30", "2026-10-31"),
  tpl="courtesy", tpl_at="2026-11-26 08:03", quote="outlook", mua="outlook", fmt="html",
  cs="iso-8859-1", cte="quoted-printable", reference="NE-2026-26")

M("lucia", "Carlos Ferrer", "carlos@ferrerbikes.es", "2027-01-04 12:14",
  """¡Gracias a ti, Lucía! Ha sido un placer. Feliz año y a ver si repetimos pronto 🎉
Carlos""",
  "client-reply-other",
  "Reply to the owner's 'payment received' thank-you; no claim by the client: other.",
  client=("Ferrer Bikes", "company"), inv=I("2026-063", 680.00, "2026-12-31", "2026-12-01"),
  tpl="thank_you", tpl_at="2027-01-04 08:02", quote="gmail", mua="gmail", fmt="alt")


# ==============================================================================================
# ENGLISH
# ==============================================================================================

IE_FEES_121 = (
    "As this is a commercial transaction, the European Communities (Late Payment in Commercial "
    "Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date at "
    "10.15% a year (the European Central Bank's main refinancing rate plus 8 percentage points), and "
    "€40.00 is due as compensation for recovery costs (Regulation 9).\n\n"
    "The amount due as at 4 January 2027 (interest continues to run until payment) is:\n"
    "- invoice INV-2026-121: €3,690.00\n"
    "- interest from 1 December 2026 to 4 January 2027 (35 days at 10.15%): €35.91\n"
    "- compensation for recovery costs: €40.00\n"
    "- total: €3,765.91")

# ---- paid ------------------------------------------------------------------------------------

M("tom", "Dana Whitfield", "dwhitfield@northpierstudios.com", "2027-01-07 16:20",
  """Hi Tom —

The wire is initiated on our end ($3,200.00). International wires usually take a couple of business days, so it should settle Monday.

Happy new year!
Dana

Dana Whitfield | Operations Manager
North Pier Studios
212-555-0148""",
  "client-reply-paid",
  "'The wire is initiated' = sent from their bank; Monday is settlement, not a promise date: paid.",
  client=("North Pier Studios LLC", "company"), tz="America/New_York",
  inv=I("INV-2026-119", 3200.00, "2026-12-31", "2026-12-01", cur="USD"),
  tpl="reminder", tpl_at="2027-01-07 08:03", quote="apple", mua="apple", fmt="alt",
  amount="3200.00", currency="USD")

M("hannah", "Priya Shah", "ap@harwoodfinch.co.uk", "2026-12-09 11:02",
  """Dear Hannah,

Thank you for your email. This invoice was processed in yesterday's payment run, so it should reach your account within two working days.

Kind regards,

Priya Shah
Accounts Payable
Harwood & Finch LLP

""" + DISC_EN.format(co="Harwood & Finch LLP", no="OC398812", office="14 Wharf Street, Leeds LS2 7EQ"),
  "client-reply-paid",
  "'processed in yesterday's payment run' = already paid out; the two days is crediting: paid.",
  client=("Harwood & Finch LLP", "company"), inv=I("HC-061", 1250.00, "2026-11-30", "2026-10-31", cur="GBP"),
  tpl="reminder", tpl_at="2026-12-08 08:04", quote="outlook", mua="outlook", fmt="alt",
  cs="windows-1252", cte="quoted-printable")

M("hannah", "Gareth Hughes", "gareth@hughesjoinery.co.uk", "2026-12-14 18:33",
  """Hi Hannah,

I paid it on the 3rd — did you not get it? Bank shows it went out. Let me know and I'll give them a ring.

Cheers,
Gareth""",
  "client-reply-paid",
  "'I paid it on the 3rd — did you not get it?' is a claim of payment with a question: paid.",
  client=("Hughes Joinery", "company"), inv=I("HC-063", 480.00, "2026-11-30", "2026-11-01", cur="GBP"),
  tpl="late_fee", tpl_at="2026-12-14 08:03", deadline="2026-12-24", quote="gmail", mua="gmail",
  fmt="alt")

M("tom", "Mick O'Leary", "mick@olearyplumbing.ie", "2026-12-18 12:47",
  """Sorted.

Sent from my iPhone""",
  "client-reply-paid",
  "One-word 'Sorted.' in reply to a payment reminder, no payment verb: paid.",
  client=("O'Leary Plumbing & Heating", "company"), inv=I("INV-2026-124", 650.00, "2026-12-15", "2026-11-15"),
  tpl="reminder", tpl_at="2026-12-18 08:02", quote="apple", mua="iphone", fmt="plain", cte="quoted-printable")

M("tom", "Sarah Lin", "sarah.lin@brightwavemedia.com", "2027-01-15 09:40",
  """Here you go 👇

---------- Forwarded message ---------
From: Brightwave Media Ltd <ap-noreply@brightwavemedia.com>
Date: Thu, 14 Jan 2027 at 18:02
Subject: Remittance advice – payment 000481233
To: <sarah.lin@brightwavemedia.com>


REMITTANCE ADVICE

Payee:              Tom Byrne Design
Payment reference:  000481233
Payment date:       14/01/2027
Payment method:     SEPA credit transfer

Invoice no.       Invoice date    Amount
INV-2026-127      30/11/2026      EUR 2,150.00

Total paid:                       EUR 2,150.00

This is an automatically generated message. Please do not reply.""",
  "client-reply-paid",
  "A human forwards the remittance advice with 'Here you go': paid; amount and invoice come from the forwarded advice.",
  client=("Brightwave Media Ltd", "company"), tz="Europe/London",
  inv=I("INV-2026-127", 2150.00, "2026-12-31", "2026-11-30"),
  tpl="reminder", tpl_at="2027-01-14 08:03", quote="gmail", mua="gmail", fmt="alt",
  amount="2150.00", reference="INV-2026-127")

M("hannah", "Jonas Berg", "jonas@fjordcraft.se", "2027-01-22 10:18",
  """Hi Hannah,

Apologies, this one slipped through over the holidays. Paid this morning via Wise, £850 — should land today or tomorrow at the latest.

Best,
Jonas

Jonas Berg | Fjordcraft AB | Göteborg""",
  "client-reply-paid",
  "'Paid this morning via Wise'; arrival timing is not a promise: paid, £850.",
  client=("Fjordcraft AB", "company"), tz="Europe/Stockholm",
  inv=I("HC-066", 850.00, "2027-01-20", "2026-12-20", cur="GBP"),
  tpl="due", tpl_at="2027-01-21 08:03", quote="gmail", mua="gmail", fmt="alt",
  amount="850.00", currency="GBP")

M("tom", "Ciara Doyle", "ciara.doyle@greenlanefoods.ie", "2026-12-04 15:26",
  """Hi Tom,

Thanks for the nudge. I've just paid INV-2026-112, sorry that one slipped past me. 118 hasn't come through approval on our side yet — I'll chase it internally.

Ciara""",
  "client-reply-paid",
  "Paid a different invoice (112) in reply to the reminder for 118; 'I'll chase it internally' is no promise to pay 118: paid, reference 112.",
  client=("Green Lane Foods Ltd", "company"), inv=I("INV-2026-118", 1340.00, "2026-11-30", "2026-10-31"),
  tpl="reminder", tpl_at="2026-12-04 08:02", quote="gmail", mua="gmail", fmt="alt",
  reference="INV-2026-112")

M("hannah", "Lewis Grant", "finance@kestrelanalytics.co.uk", "2026-12-02 14:05",
  """Hi Hannah,

Not sure why this is being chased — it went out on 20 November in the same batch as your October invoice. Could you check your end? Happy to send the remittance if it helps.

Thanks,
Lewis
Finance Team | Kestrel Analytics Ltd""",
  "client-reply-paid",
  "'it went out on 20 November' = already paid, asks to check: paid.",
  client=("Kestrel Analytics Ltd", "company"), inv=I("HC-059", 2400.00, "2026-11-30", "2026-10-31", cur="GBP"),
  tpl="due", tpl_at="2026-12-01 08:04", quote="outlook", mua="outlook", fmt="alt",
  cs="windows-1252", cte="quoted-printable")

# ---- promise ---------------------------------------------------------------------------------

M("tom", "Megan Ortiz", "megan@ortizandpartners.com", "2026-12-08 10:15",
  """Hi Tom,

Payment has been scheduled for the 15th through our bill pay. Thanks so much for your patience!

Megan""",
  "client-reply-promise",
  "A payment scheduled for a future date has not left yet (can be cancelled): promise for 15 Dec 2026.",
  client=("Ortiz & Partners", "company"), tz="America/New_York",
  inv=I("INV-2026-122", 1800.00, "2026-12-05", "2026-11-05", cur="USD"),
  tpl="reminder", tpl_at="2026-12-08 08:02", quote="gmail", mua="gmail", fmt="alt",
  promised_date="2026-12-15")

M("hannah", "Janet Moore", "accounts.payable@lakesidehousing.org.uk", "2027-01-25 11:40",
  """Hello Hannah,

Your invoice HC-068 has been approved and is queued for Thursday's payment run.

Regards,
Janet Moore
Accounts Payable | Lakeside Housing Association""",
  "client-reply-promise",
  "Approved and queued, not yet paid: promise for Thu 28 Jan 2027 (sent Monday).",
  client=("Lakeside Housing Association", "company"), inv=I("HC-068", 640.00, "2027-01-20", "2026-12-21", cur="GBP"),
  tpl="reminder", tpl_at="2027-01-25 08:02", quote="outlook", mua="outlook", fmt="alt",
  cs="iso-8859-1", cte="quoted-printable", promised_date="2027-01-28", reference="HC-068")

M("hannah", "Owen Price", "owen@valleyarts.org.uk", "2027-02-10 16:12",
  """Sorry Hannah, we just can't before the 28th — cash flow is tight until our grant instalment lands. Hope that's OK.
Owen""",
  "client-reply-promise",
  "'we can't before the 28th' = promise for 28 Feb 2027.",
  client=("Valley Arts Trust", "company"), inv=I("HC-070", 900.00, "2027-02-05", "2027-01-06", cur="GBP"),
  tpl="reminder", tpl_at="2027-02-10 08:02", quote="gmail", mua="gmail", fmt="plain", cte="7bit",
  promised_date="2027-02-28")

M("tom", "Rachel Kim", "rachel@kimcreative.ie", "2026-12-16 09:10",
  """Hi Tom,

God, sorry. We haven't disputed it or anything, we just forgot — it fell between two people. Paying today.

Rachel""",
  "client-reply-promise",
  "Negation ('haven't disputed it') then 'Paying today' (future): promise for today, 16 Dec 2026.",
  client=("Kim Creative", "company"), inv=I("INV-2026-125", 720.00, "2026-11-30", "2026-10-31"),
  tpl="late_fee", tpl_at="2026-12-15 08:04", deadline="2026-12-28", quote="gmail", mua="gmail",
  fmt="alt", promised_date="2026-12-16")

M("tom", "Liam Walsh", "liam@thedailygrind.ie", "2026-12-09 14:50",
  """Howya Tom,

December's been brutal for us. We can do half now and the other half in January, once the Christmas takings are in. Hope that's alright.

Liam
The Daily Grind, Stoneybatter""",
  "client-reply-promise",
  "'We can do half now and half in January' = a payment plan stated as what they will do: promise, no precise date.",
  client=("The Daily Grind", "company"), inv=I("INV-2026-123", 1100.00, "2026-12-05", "2026-11-05"),
  tpl="reminder", tpl_at="2026-12-09 08:03", quote="apple", mua="iphone", fmt="alt")

M("tom", "Sinéad Brennan", "ap@ardmoremedical.ie", "2026-11-24 10:30",
  """Hi Tom,

Just to let you know this will go out with next week's payment run.

Best regards,
Sinéad Brennan
Procurement & Accounts Payable
Ardmore Medical Devices Ltd

""" + "This message is confidential. If you are not the intended recipient, please notify the sender and delete it. Ardmore Medical Devices Ltd, registered in Ireland no. 512233, Unit 4, Ballybrit Business Park, Galway.",
  "client-reply-promise",
  "'will go out with next week's payment run' = promise, no exact date.",
  client=("Ardmore Medical Devices Ltd", "company"), inv=I("INV-2026-120", 4500.00, "2026-11-30", "2026-10-31"),
  tpl="courtesy", tpl_at="2026-11-23 08:02", quote="outlook", mua="outlook", fmt="alt",
  cs="iso-8859-1", cte="quoted-printable")

M("hannah", "Jess Turner", "jess@turnerandmoss.co.uk", "2026-11-30 13:15",
  """Hi Hannah!

So sorry for the delay — totally on us. The copy was great by the way, the team loved it and we've had loads of nice comments on the new site.

We'll pay on the 20th when our own invoices come in.

Jess x""",
  "client-reply-promise",
  "Apology + praise, no complaint; 'the 20th' on 30 Nov = promise for 20 Dec 2026.",
  client=("Turner & Moss", "company"), inv=I("HC-060", 560.00, "2026-11-20", "2026-10-21", cur="GBP"),
  tpl="reminder", tpl_at="2026-11-30 08:04", quote="gmail", mua="gmail", fmt="alt",
  promised_date="2026-12-20")

M("tom", "Tomasz Nowak", "t.nowak@nowaklogistics.pl", "2027-02-03 09:05",
  """Hello Tom,

sorry for delay. We will make the payment until end of month, I promise. Our accountant is on sick leave.

Best regards
Tomasz Nowak
Nowak Logistics Sp. z o.o.""",
  "client-reply-promise",
  "Non-native 'until end of month' = by the end of the month: promise for 28 Feb 2027.",
  client=("Nowak Logistics Sp. z o.o.", "company"), tz="Europe/Warsaw",
  inv=I("INV-2026-136", 1400.00, "2027-01-20", "2026-12-21"),
  tpl="reminder", tpl_at="2027-02-02 08:03", quote="outlook", mua="outlook", fmt="alt",
  cs="iso-8859-1", cte="quoted-printable", promised_date="2027-02-28")

M("tom", "Brandon Lee", "brandon@leeandco.us", "2027-01-08 21:50",
  """Tom — totally my bad. Tomorrow, promise.

Sent from my iPhone""",
  "client-reply-promise",
  "'Tomorrow' written Friday 21:50 New York time (already Saturday in Dublin): promise for 9 Jan 2027 in the sender's zone.",
  client=("Lee & Co.", "company"), tz="America/New_York",
  inv=I("INV-2026-133", 950.00, "2027-01-05", "2026-12-06", cur="USD"),
  tpl="reminder", tpl_at="2027-01-08 08:02", quote="apple", mua="iphone", fmt="plain", cte="7bit",
  promised_date="2027-01-09")

M("tom", "Accounts Payable – Summit Outdoor Co.", "ap@summitoutdoor.com", "2026-12-18 09:12",
  """Hello,

Thank you for reaching out. Per our standard vendor terms (Net 45), this invoice is scheduled for payment on January 14, 2027.

Regards,
Accounts Payable
Summit Outdoor Co.
1600 Wynkoop St, Denver, CO 80202""",
  "client-reply-promise",
  "Scheduled for payment on 14 Jan 2027 under their terms; informing, not contesting: promise.",
  client=("Summit Outdoor Co.", "company"), tz="America/Denver",
  inv=I("INV-2026-126", 5600.00, "2026-12-15", "2026-11-30", cur="USD"),
  tpl="due", tpl_at="2026-12-17 08:02", quote="outlook", mua="outlook", fmt="html",
  cs="utf-8", cte="quoted-printable", promised_date="2027-01-14")

M("tom", "Aisling Keane", "finance@copperleafhotels.ie", "2027-01-18 12:20",
  """Hi Tom,

INV-2026-130 was paid on Friday — remittance attached. INV-2026-134 will be in our run on the 31st.

Kind regards,
Aisling Keane
Finance | Copperleaf Hotels""",
  "client-reply-promise",
  "Two invoices: 130 paid, 134 promised for the 31st: promise > paid; date 31 Jan 2027, reference the promised one.",
  client=("Copperleaf Hotels Ltd", "company"),
  inv=[I("INV-2026-130", 2750.00, "2026-12-31", "2026-12-01"), I("INV-2026-134", 1980.00, "2027-01-10", "2026-12-11")],
  tpl="statement", thread="Outstanding invoices – Tom Byrne Design", tpl_at="2027-01-18 08:03",
  deadline="2027-01-28", quote="outlook", mua="outlook", fmt="alt", cs="windows-1252",
  cte="quoted-printable", promised_date="2027-01-31", reference="INV-2026-134",
  att=[("Remittance_INV-2026-130.pdf", "application/pdf",
        fake_pdf("Copperleaf Hotels Ltd - Remittance advice - INV-2026-130 - EUR 2,750.00 - 15/01/2027"))])

M("tom", "Cormac Daly", "cormac@dalyandfox.ie", "2026-12-21 17:45",
  """Honestly Tom, we're waiting on our own client — they're 60 days late on us. As soon as they pay, you're first in line. Not ideal, I know.
Cormac""",
  "client-reply-promise",
  "Will pay as soon as their client pays them: promise without a date.",
  client=("Daly & Fox", "company"), inv=I("INV-2026-128", 2800.00, "2026-12-15", "2026-11-15"),
  tpl="late_fee", tpl_at="2026-12-21 08:02", deadline="2027-01-04", quote="gmail", mua="gmail", fmt="alt")

# ---- dispute ---------------------------------------------------------------------------------

M("hannah", "Natalie Brooks", "natalie@brooksidefilms.co.uk", "2026-12-03 10:50",
  """Hi Hannah,

We agreed £400 a day, not £450 — it's in my email of 2 October. Send over a corrected invoice for £1,600 and we'll pay it straight away.

Thanks,
Natalie

Natalie Brooks | Producer | Brookside Films""",
  "client-reply-dispute",
  "'We'll pay once corrected' comes after contesting the day rate: dispute, not promise; amount = the £1,600 they accept.",
  client=("Brookside Films Ltd", "company"), inv=I("HC-064", 1800.00, "2026-11-30", "2026-10-31", cur="GBP"),
  tpl="due", tpl_at="2026-12-01 08:02", quote="gmail", mua="gmail", fmt="alt",
  amount="1600.00", currency="GBP")

M("tom", "Events Team – Cliffside Festival", "events@cliffsidefestival.ie", "2026-12-15 15:05",
  """Hi Tom,

We will pay the agreed part (€2,400) on Friday. We will not be paying the extra hours — nobody on our side signed those off.

Regards,
Events Team
Cliffside Festival""",
  "client-reply-dispute",
  "Pays the agreed part Friday, refuses the extra hours: dispute (amount = accepted part).",
  client=("Cliffside Festival CLG", "company"), inv=I("INV-2026-129", 3000.00, "2026-12-10", "2026-11-10"),
  tpl="reminder", tpl_at="2026-12-15 08:02", quote="outlook", mua="outlook", fmt="alt",
  cs="iso-8859-1", cte="quoted-printable", amount="2400.00")

M("tom", "Aoife Kelly", "aoife@kellyceramics.ie", "2026-12-22 11:15",
  """Hi Tom,

There's a "rush fee" of €250 on this that shouldn't be there — we never asked for a rush, you suggested the earlier date yourself. Can you take it off and reissue?

Thanks,
Aoife""",
  "client-reply-dispute",
  "Says a line is wrong ('shouldn't be there') and asks for reissue: dispute, not a question about the item.",
  client=("Kelly Ceramics", "company"), inv=I("INV-2026-132", 1350.00, "2026-12-20", "2026-11-20"),
  tpl="reminder", tpl_at="2026-12-22 08:03", quote="gmail", mua="gmail", fmt="alt")

M("tom", "Accounts – Boyne Valley Dairies", "accounts@boynevalleydairies.ie", "2027-01-06 14:40",
  """Dear Tom,

We have no record of receiving invoice INV-2026-121 before your letter of 4 January. Since the invoice was never received, we do not accept that it is overdue, or that the interest and the €40 compensation apply.

We will process it on our normal 30-day terms from today.

Regards,
Deirdre Flynn
Accounts Department
Boyne Valley Dairies Ltd""",
  "client-reply-dispute",
  "Contests that it is overdue and rejects the interest and compensation (never received); the 30-day processing does not outweigh it: dispute > promise.",
  client=("Boyne Valley Dairies Ltd", "company"), inv=I("INV-2026-121", 3690.00, "2026-11-30", "2026-10-31"),
  tpl="late_fee", tpl_at="2027-01-04 08:05", deadline="2027-01-14", fees=IE_FEES_121,
  quote="outlook", mua="outlook", fmt="alt", cs="windows-1252", cte="quoted-printable",
  reference="INV-2026-121")

M("hannah", "Ruth Atkinson", "ruth@atkinsonhomes.co.uk", "2027-01-13 09:30",
  """Hi Hannah,

We've paid £1,200 of this today. The remaining £300 is for the second round of revisions, which we didn't approve — the brief said two rounds included and we only asked for one extra tweak.

Happy to talk it through.

Ruth""",
  "client-reply-dispute",
  "Partial payment (£1,200) + the rest contested: dispute; amount = what was paid.",
  client=("Atkinson Homes Ltd", "company"), inv=I("HC-065", 1500.00, "2027-01-10", "2026-12-10", cur="GBP"),
  tpl="reminder", tpl_at="2027-01-13 08:03", quote="gmail", mua="gmail", fmt="alt",
  amount="1200.00", currency="GBP")

M("tom", "Declan Ryan", "declan.ryan@westportcoop.ie", "2027-01-11 10:10",
  """Morning Tom,

INV-2026-131 looks like a duplicate of INV-2026-088 — same workshop, same amount, and we paid 088 back in September. Can you check and cancel 131?

Thanks,
Declan""",
  "client-reply-dispute",
  "Already billed (duplicate of a paid invoice), asks to cancel: dispute; reference the contested invoice.",
  client=("Westport Community Co-op", "company"), inv=I("INV-2026-131", 850.00, "2027-01-05", "2026-12-06"),
  tpl="reminder", tpl_at="2027-01-11 08:02", quote="gmail", mua="other", fmt="plain", cs="utf-8",
  cte="8bit", reference="INV-2026-131")

M("tom", "Marcus Reid", "marcus@reidsupply.co.uk", "2027-02-01 20:02",
  """Tom, I didn't say I wouldn't pay. I said I'd pay when the bugs are fixed, and the checkout still crashes on iOS. Fix that and the money's yours the same day.

Marcus""",
  "client-reply-dispute",
  "Negation trap: he will pay only when the defects are fixed, which they aren't: dispute.",
  client=("Reid Supply Co", "company"), tz="Europe/London",
  inv=I("INV-2026-135", 2200.00, "2027-01-15", "2026-12-16"),
  tpl="promise_followup", tpl_at="2027-02-01 08:03", quote="gmail", mua="gmail", fmt="alt")

M("tom", "Niamh Collins", "niamh.collins@harbourtrust.ie", "2027-02-09 12:35",
  """Hi Tom,

INV-2026-141 is fine and will go out on Friday.

INV-2026-142 — we need a credit note for this one. The December workshop was cancelled (by you, because of the storm), so nothing is due for it.

Thanks,
Niamh""",
  "client-reply-dispute",
  "Two invoices: 141 promised Friday, 142 refused (credit note): dispute > promise; reference the disputed one.",
  client=("Harbour Trust", "company"),
  inv=[I("INV-2026-141", 900.00, "2027-01-20", "2026-12-20"), I("INV-2026-142", 600.00, "2027-01-20", "2026-12-20")],
  tpl="statement", thread="Outstanding invoices – Tom Byrne Design", tpl_at="2027-02-08 08:04",
  deadline="2027-02-18", quote="gmail", mua="gmail", fmt="alt", reference="INV-2026-142")

M("hannah", "Helen Marsh", "helen.marsh@marshprint.co.uk", "2027-01-19 15:22",
  """Hi Hannah,

Before we pay — the brochure copy came in nearly two weeks after the date we agreed, and we had to push the print run. Could we get 10% off given the delay? If so, send a revised invoice and I'll get it paid.

Helen""",
  "client-reply-dispute",
  "A discount request for late delivery, even phrased as a question, contests the amount: dispute.",
  client=("Marsh Print Ltd", "company"), inv=I("HC-067", 720.00, "2027-01-15", "2026-12-16", cur="GBP"),
  tpl="due", tpl_at="2027-01-18 08:02", quote="apple", mua="apple", fmt="alt")

M("hannah", "Daniel Okafor", "legal@orbitalgames.co.uk", "2026-12-10 16:45",
  """Dear Ms Cole,

We refer to your reminder regarding invoice HC-062.

Under clause 7.2 of the agreement dated 4 September 2026, payment falls due on delivery of all deliverables, including the editable source files. These have not been delivered. We are therefore withholding payment until they are received.

Yours sincerely,

Daniel Okafor
Legal Counsel
Orbital Games Ltd

""" + DISC_EN.format(co="Orbital Games Ltd", no="10456781", office="3 Brewery Yard, Dundee DD1 4QB"),
  "client-reply-dispute",
  "Withholds payment under the contract until files are delivered: dispute.",
  client=("Orbital Games Ltd", "company"), inv=I("HC-062", 3200.00, "2026-12-05", "2026-11-05", cur="GBP"),
  tpl="reminder", tpl_at="2026-12-10 08:03", quote="outlook", mua="outlook", fmt="alt",
  cs="iso-8859-1", cte="quoted-printable", reference="HC-062")

# ---- other -----------------------------------------------------------------------------------

M("tom", "Ben Carter", "ben@carterandlowe.ie", "2026-12-02 09:35",
  """Hi Tom, thanks for this. When's it due? I can't see any terms on it and our finance team will ask.
Ben""",
  "client-reply-other",
  "Asks when the invoice is due; no claim or commitment: other.",
  client=("Carter & Lowe", "company"), inv=I("INV-2026-137", 1250.00, "2027-01-01", "2026-12-01"),
  tpl="invoice", tpl_at="2026-12-01 17:40",
  invoice_text="Hi Ben,\n\nPlease find attached invoice INV-2026-137 for the brand refresh.\n\nThanks very much,\nTom",
  quote="gmail", mua="gmail", fmt="alt")

M("hannah", "Zoe Patel", "zoe@patelwellness.co.uk", "2027-01-26 13:05",
  """Hi Hannah, is there any chance we could pay this in two instalments? Just checking before I ask our finance director.
Zoe""",
  "client-reply-other",
  "Asks whether instalments are possible, nothing committed: other.",
  client=("Patel Wellness Ltd", "company"), inv=I("HC-069", 1100.00, "2027-01-25", "2026-12-26", cur="GBP"),
  tpl="due", tpl_at="2027-01-26 08:02", quote="gmail", mua="gmail", fmt="alt")

M("tom", "Declan Murphy", "declan@murphyarchitects.ie", "2027-01-12 10:58",
  """I'll check with finance and get back to you.

Declan""",
  "client-reply-other",
  "'I'll check with finance' is not a promise to pay: other.",
  client=("Murphy Architects", "company"), inv=I("INV-2026-138", 980.00, "2027-01-05", "2026-12-06"),
  tpl="reminder", tpl_at="2027-01-12 08:03", quote="outlook", mua="outlook", fmt="alt",
  cs="iso-8859-1", cte="quoted-printable")

M("hannah", "Kate Nguyen", "kate.nguyen@lumenhealth.co.uk", "2026-12-16 11:44",
  """Hi Hannah,

What's the "platform fee" line (£60)? Not querying it, I just need to explain it to my boss before she signs off.

Kate""",
  "client-reply-other",
  "Asks what an item is and says she is not querying it: other, not dispute.",
  client=("Lumen Health Ltd", "company"), inv=I("HC-071", 980.00, "2026-12-15", "2026-11-15", cur="GBP"),
  tpl="due", tpl_at="2026-12-16 08:02", quote="gmail", mua="gmail", fmt="alt")

M("tom", "Laura Quinn", "laura@quinnstudio.ie", "2026-12-29 15:30",
  """Hi Tom, could you resend it as a PDF? The attachment on your original email won't open on my side.
Cheers,
Laura""",
  "client-reply-other",
  "Asks for a copy because the file won't open; no claim that it is not due: other.",
  client=("Quinn Studio", "company"), inv=I("INV-2026-139", 540.00, "2026-12-25", "2026-11-25"),
  tpl="reminder", tpl_at="2026-12-29 08:02", quote="gmail", mua="gmail", fmt="alt")

M("hannah", "Amy Foster", "amy.foster@foxglovepr.co.uk", "2027-02-04 14:10",
  """Hi Hannah, did anything come through from us this week? Finance said they did a batch on Tuesday but I'm not sure you were in it. Let me know either way!
Amy""",
  "client-reply-other",
  "Asks whether money arrived without claiming it was paid ('not sure you were in it'): other.",
  client=("Foxglove PR", "company"), inv=I("HC-072", 760.00, "2027-01-31", "2027-01-01", cur="GBP"),
  tpl="reminder", tpl_at="2027-02-04 08:03", quote="apple", mua="iphone", fmt="alt")

M("tom", "Rob Ellis", "rob.ellis@ellisbrewing.ie", "2027-01-19 09:02",
  """Hi Tom,

Received your reminder — passing to accounts (cc'd), who handle all supplier payments.

Rob""",
  "client-reply-other",
  "Acknowledges and forwards to accounts: other, no claim or promise.",
  client=("Ellis Brewing Co.", "company"), inv=I("INV-2026-140", 1600.00, "2027-01-15", "2026-12-16"),
  tpl="reminder", tpl_at="2027-01-19 08:02", cc=[("Ellis Brewing Accounts", "accounts@ellisbrewing.ie")],
  quote="outlook", mua="outlook", fmt="alt", cs="iso-8859-1", cte="quoted-printable")

M("tom", "Finance – Rathmore Engineering", "finance@rathmore-eng.ie", "2027-01-27 12:00",
  """Hi Tom,

Your reminder shows an IBAN ending 3456 78, but the one we have on file from last year ends 0912. Has it changed? Can you confirm by phone before we update anything — we've had a couple of fraud attempts recently.

Thanks,
Gráinne
Finance, Rathmore Engineering""",
  "client-reply-other",
  "Asks whether the bank details changed before paying: a question, nothing promised: other.",
  client=("Rathmore Engineering Ltd", "company"), inv=I("INV-2026-143", 2100.00, "2027-01-25", "2026-12-26"),
  tpl="due", tpl_at="2027-01-26 08:02", quote="gmail", mua="gmail", fmt="alt")

M("tom", "Supplier Support – Brennan Retail Group", "suppliersupport@brennanretail.ie", "2026-12-03 11:25",
  """Hi Tom,

Invoices must quote a valid purchase order number to be processed. Please reissue the invoice quoting PO 4500018812 and send it to invoices@brennanretail.ie.

Regards,
Niamh
Supplier Support | Brennan Retail Group""",
  "client-reply-other",
  "A PO number is needed to process the invoice; nothing is contested: other.",
  client=("Brennan Retail Group", "company"), inv=I("INV-2026-144", 3300.00, "2026-11-30", "2026-10-31"),
  tpl="due", tpl_at="2026-12-01 08:03", quote="outlook", mua="outlook", fmt="html",
  cs="windows-1252", cte="quoted-printable")

M("tom", "Niall Byrne", "niall@byrnebakery.ie", "2026-12-21 18:06",
  """Thanks Tom, pleasure as always. Have a great Christmas and talk in the new year!
Niall""",
  "client-reply-other",
  "Reply to the owner's 'thank you for your payment' note; no claim by the client: other.",
  client=("Byrne's Bakery", "company"), inv=I("INV-2026-145", 450.00, "2026-12-20", "2026-11-20"),
  tpl="thank_you", tpl_at="2026-12-21 08:02", quote="gmail", mua="gmail", fmt="alt")

M("hannah", "Olivia Grant", "olivia@grantandco.studio", "2027-01-07 12:30",
  """Hi Hannah,

Happy new year! Hope you had a proper break.

Quick one while I have you — we're pitching for a big heritage project in Bath next month and I'd love you on the copy side if we win it. It's a museum rebrand: about 40 panels, a website and a short film script. Budget's decent. Would you have time for a call on Thursday or Friday to talk it through? I can send the brief beforehand.

Also, I've got a new email address from February (olivia.grant@grantandco.studio), so please use that going forward.

Speak soon,
Olivia""",
  "client-reply-other",
  "Chatty reply to a reminder about new work, a call and a new address; says nothing about the invoice: other.",
  client=("Grant & Co Studio", "company"), inv=I("HC-073", 650.00, "2027-01-05", "2026-12-06", cur="GBP"),
  tpl="reminder", tpl_at="2027-01-07 08:02", quote="gmail", mua="gmail", fmt="alt")

M("hannah", "Pete Sullivan", "pete@sullivanhotels.co.uk", "2026-12-08 17:02",
  """Sorry Hannah, which job is this one for? We've had a few from you this autumn and I can't match HC-074 to anything on my list.
Pete""",
  "client-reply-other",
  "Asks which job the invoice is for, without contesting it: other.",
  client=("Sullivan Hotels", "company"), inv=I("HC-074", 420.00, "2026-12-05", "2026-11-05", cur="GBP"),
  tpl="reminder", tpl_at="2026-12-08 08:02", quote="gmail", mua="gmail", fmt="plain", cte="quoted-printable",
  reference="HC-074")


# ==============================================================================================
# write

def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)


def main():
    for old in glob.glob(os.path.join(HERE, f"{PREFIX}-*.eml")):
        os.remove(old)
    order = list(range(len(MSGS)))
    random.Random(1010).shuffle(order)
    labels = ["# Round 10, border cases between client-reply kinds. Generated by make.py.\n"]
    keys = ["kind", "language", "split", "amount", "currency", "reference", "promised_date",
            "return_date", "note"]
    for n, i in enumerate(order, 1):
        m = MSGS[i]
        fn = f"{PREFIX}-{n:04d}.eml"
        data = build(m, n)
        with open(os.path.join(HERE, fn), "wb") as f:
            f.write(data)
        labels.append(f"\n[files.\"{fn}\"]\n")
        for k in keys:
            if k in m["label"]:
                labels.append(f"{k} = {toml_value(m['label'][k])}\n")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as f:
        f.write("".join(labels))
    check()


def check():
    with open(os.path.join(HERE, "labels.toml"), "rb") as f:
        lab = tomllib.load(f)["files"]
    files = sorted(glob.glob(os.path.join(HERE, f"{PREFIX}-*.eml")))
    assert len(files) == len(lab), (len(files), len(lab))
    counts = {}
    for path in files:
        fn = os.path.basename(path)
        with open(path, "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (fn, h)
        msg["Date"].datetime  # parses
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None, fn
        text = body.get_content()
        assert len(text.strip()) > 0, fn
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()  # decodes
        L = lab[fn]
        counts.setdefault((L["kind"], L["split"]), 0)
        counts[(L["kind"], L["split"])] += 1
    langs = {}
    for L in lab.values():
        langs[L["language"]] = langs.get(L["language"], 0) + 1
    print(f"{len(files)} messages OK")
    for k in sorted(counts):
        print(f"  {k[0]:24s} {k[1]}: {counts[k]}")
    print("  languages:", langs)


if __name__ == "__main__":
    main()
