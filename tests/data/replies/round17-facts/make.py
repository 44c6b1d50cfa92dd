#!/usr/bin/env python3
"""round17-facts: 80 replies and notices whose facts (promised day, amount, invoice reference, return day,
failed recipient) are written every which way, next to numbers that are not the facts.

Standard library only. Run it from anywhere: it writes r17f-0001.eml ... r17f-0080.eml and labels.toml next
to itself, then re-parses every file it wrote and checks each label against the message.

Every message body below is written by hand, one by one. The only generated text is what the freelancer's
own software (mailduns) sent: the reminders that clients quote, rendered here the way templates/{it,es,en}
word them, and the MIME wrapping (quote headers, HTML markup of the same text, boundaries, Message-IDs).
"""
from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import html
import re
import sys
from email.message import EmailMessage
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "r17f"
N = 80
FIRST_DAY = dt.date(2026, 11, 1)
LAST_DAY = dt.date(2027, 3, 31)

KINDS = {
    "client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
    "payment-notification", "auto-reply", "bounce", "other",
}

# --------------------------------------------------------------------------------------------------
# The freelancers whose mailboxes these messages land in.

OWNERS = {
    "chiara": dict(name="Chiara Benedetti", email="chiara@benedettitraduzioni.it", lang="it",
                   iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    "luca": dict(name="Luca Sartori", email="luca@sartoriweb.it", lang="it",
                 iban="IT17 K030 6909 6061 0000 0117 843", bic="BCITITMM"),
    "francesca": dict(name="Francesca Longo", email="info@francescalongofoto.it", lang="it",
                      iban="IT40 S054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    "pablo": dict(name="Pablo Ruiz Medina", email="pablo@ruizmedina.es", lang="es",
                  iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
    "marta": dict(name="Marta Quiles", email="hola@martaquiles.com", lang="es",
                  iban="ES79 0182 5322 2000 1234 5678", bic="BBVAESMMXXX"),
    "emma": dict(name="Emma Hartley", email="emma@emmahartley.studio", lang="en",
                 iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22"),
}


def owner_addr(key: str) -> str:
    o = OWNERS[key]
    return f"{o['name']} <{o['email']}>"


# --------------------------------------------------------------------------------------------------
# Dates and money as mailduns formats them in its letters (docs/templates.md).

IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def d(iso: str) -> dt.date:
    return dt.date.fromisoformat(iso)


def long_date(day: dt.date, lang: str) -> str:
    if lang == "it":
        return f"{'1°' if day.day == 1 else day.day} {IT_MONTHS[day.month - 1]} {day.year}"
    if lang == "es":
        return f"{day.day} de {ES_MONTHS[day.month - 1]} de {day.year}"
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def art(word: str, day: dt.date) -> str:
    """The Italian article before a date, with elision (only otto and undici start with a vowel)."""
    text = long_date(day, "it")
    if day.day in (8, 11):
        if word == "il":
            return "l'" + text
        if word == "entro il":
            return "entro l'" + text
    return f"{word} {text}"


def money(amount: str, lang: str, cur: str = "EUR") -> str:
    whole, cents = amount.split(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if lang in ("it", "es"):
        num = ".".join(groups) + "," + cents
        return f"{num} €" if cur == "EUR" else f"{num} {cur}"
    num = ",".join(groups) + "." + cents
    return {"EUR": "€", "GBP": "£", "USD": "US$"}[cur] + num


# --------------------------------------------------------------------------------------------------
# The reminders mailduns sent (templates/{it,es,en}/*.txt.j2), as the client's mail program quotes them.

def _it_salutation(client: str | None, kind: str | None) -> str:
    if kind == "company" and client:
        return f"Spett.le {client},"
    if kind == "person" and client:
        return f"Gentile {client},"
    return "Buongiorno,"


def _it_payment(owner: str, number: str) -> str:
    o = OWNERS[owner]
    return (f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
            f"- causale: Fattura {number}")


def _es_saludo(client: str | None, kind: str | None) -> str:
    if kind == "company":
        return "Estimados señores:"
    if kind == "person" and client:
        first = client.split()[0].lower()
        if first in ("sra.", "sra", "dña.", "d.ª"):
            return f"Estimada {client}:"
        if first in ("sr.", "sr", "d.", "don"):
            return f"Estimado {client}:"
        return f"Buenos días, {client}:"
    return "Buenos días:"


def _es_payment(owner: str, number: str) -> str:
    o = OWNERS[owner]
    return (f"Datos para el pago:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
            f"- concepto: Factura {number}")


def _en_dear(client: str | None, kind: str | None) -> str:
    if kind == "person" and client:
        return f"Dear {client},"
    if kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def _en_payment(owner: str, number: str) -> str:
    o = OWNERS[owner]
    return (f"Payment details:\n- Account name: {o['name']}\n- IBAN: {o['iban']}\n- BIC (SWIFT): {o['bic']}\n"
            f"- Payment reference: Invoice {number}")


def reminder(owner: str, step: str, number: str, *, client: str | None = None, kind: str | None = None,
             amount: str | None = None, cur: str = "EUR", issue: str | None = None, due: str,
             today: str | None = None, promise: str | None = None) -> str:
    """The text of one mailduns letter: step is courtesy, due, reminder or promise_followup."""
    o = OWNERS[owner]
    return _letter(o, o["lang"], step, number, client, kind, amount, cur, issue, due, today, promise)


def reminder_en(owner: str, step: str, number: str, **kw) -> str:
    """An English letter from a freelancer whose other clients are Italian or Spanish."""
    o = OWNERS[owner]
    return _letter(o, "en", step, number, kw.get("client"), kw.get("kind"), kw.get("amount"),
                   kw.get("cur", "EUR"), kw.get("issue"), kw["due"], kw.get("today"), kw.get("promise"))


def _letter(o, lang, step, number, client, kind, amount, cur, issue, due, today, promise) -> str:
    owner = next(k for k, v in OWNERS.items() if v is o)
    due_d = d(due)
    amt = money(amount, lang, cur) if amount else None
    days_late = (d(today) - due_d).days if today else 0
    if lang == "it":
        di = f" di {amt}" if amt else ""
        head = _it_salutation(client, kind)
        pay = _it_payment(owner, number)
        if step == "courtesy":
            em = f", emessa {art('il', d(issue))}," if issue else ""
            body = (f"un breve promemoria: la fattura n. {number}{di}{em} è in scadenza {art('il', due_d)}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di "
                    "questo messaggio.\n\n" + pay + "\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "due":
            if days_late > 0:
                first = (f"un promemoria: la fattura n. {number}{di} è scaduta {art('il', due_d)}. Se il "
                         "pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi "
                         "giorni.")
            else:
                first = f"un promemoria: la fattura n. {number}{di} è in scadenza oggi, {long_date(due_d, 'it')}."
            body = (first + "\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto "
                    "di questo messaggio.\n\n" + pay + "\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "reminder":
            body = (f"da un controllo la fattura n. {number}{di}, scaduta {art('il', due_d)}, risulta ancora da "
                    "saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al "
                    "pagamento appena possibile.\n\nSe il pagamento è già stato effettuato, basta rispondere "
                    "indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, "
                    "grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo "
                    "chiarirlo insieme: basta rispondere a questa email.\n\n" + pay)
        elif step == "promise_followup":
            body = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {number}{di} "
                    f"sarebbe stato effettuato {art('entro il', d(promise))}.\n\nAd oggi il pagamento non "
                    "risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del "
                    "bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando "
                    "posso aspettarlo.\n\n" + pay)
        else:
            raise ValueError(step)
        return f"{head}\n\n{body}\n\nCordiali saluti,\n{o['name']}\n"
    if lang == "es":
        de = f" de {amt}" if amt else ""
        head = _es_saludo(client, kind)
        pay = _es_payment(owner, number)
        if step == "courtesy":
            em = f", emitida el {long_date(d(issue), 'es')}," if issue else ""
            body = (f"Un breve recordatorio: la factura n.º {number}{de}{em} vence el {long_date(due_d, 'es')}.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n" + pay +
                    "\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "due":
            if days_late > 0:
                first = (f"La factura n.º {number}{de} venció el {long_date(due_d, 'es')} y, según mis registros, "
                         "el pago aún no consta. Agradecería que se tramitara en los próximos días.")
            else:
                first = f"La factura n.º {number}{de} vence hoy, {long_date(due_d, 'es')}."
            body = (first + "\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    + pay + "\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "reminder":
            body = (f"Revisando mis cuentas, veo que la factura n.º {number}{de}, vencida el "
                    f"{long_date(due_d, 'es')}, sigue pendiente de pago. Seguramente se trata de un simple "
                    "descuido; agradecería que el pago se realizara en cuanto sea posible.\n\nSi el pago ya se ha "
                    "realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
                    "transferencia, para que pueda actualizar mis registros. Si hay algún problema con la "
                    "factura, podemos aclararlo por esta misma vía.\n\n" + pay)
        elif step == "promise_followup":
            body = (f"Según su último mensaje, el pago de la factura n.º {number}{de} se realizaría a más tardar "
                    f"el {long_date(d(promise), 'es')}; gracias de nuevo por la información.\n\nA día de hoy el "
                    "pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder "
                    "indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber "
                    "para cuándo puedo contar con él.\n\n" + pay)
        else:
            raise ValueError(step)
        return f"{head}\n\n{body}\n\nUn cordial saludo,\n{o['name']}\n"
    # English
    fo = f" for {amt}" if amt else ""
    head = _en_dear(client, kind)
    pay = _en_payment(owner, number)
    if step == "courtesy":
        iss = f", issued on {long_date(d(issue), 'en')}," if issue else ""
        body = (f"This is a friendly reminder that invoice {number}{fo}{iss} is due for payment on "
                f"{long_date(due_d, 'en')}.\n\nIf payment is already on its way, thank you, and please "
                "disregard this message.\n\n" + pay + "\n\nIf you have any questions, just reply to this email.")
    elif step == "due":
        if days_late > 0:
            first = (f"This is a quick reminder that invoice {number}{fo} was due for payment on "
                     f"{long_date(due_d, 'en')}. If it has not been paid yet, I would be grateful if you could "
                     "arrange payment in the next few days.")
        else:
            first = (f"This is a quick reminder that invoice {number}{fo} is due for payment today, "
                     f"{long_date(due_d, 'en')}.")
        body = (first + "\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n" + pay +
                "\n\nIf you have any questions, just reply to this email.")
    elif step == "reminder":
        body = (f"According to my records, invoice {number}{fo}, due on {long_date(due_d, 'en')}, has not yet "
                "been paid. It may simply have been overlooked, so I would be grateful if you could arrange "
                "payment at your earliest convenience.\n\nIf you have already paid, thank you – please let me "
                "know the payment date so that I can update my records. If there is a problem with the invoice, "
                "please reply to this email and we can sort it out.\n\n" + pay)
    elif step == "promise_followup":
        body = (f"Thank you for letting me know that invoice {number}{fo} would be paid by "
                f"{long_date(d(promise), 'en')}.\n\nThe payment has not reached me yet. If it is already on its "
                "way, thank you – please let me know the date it was made. If you need a little more time, could "
                "you let me know when I can expect it?\n\n" + pay)
    else:
        raise ValueError(step)
    return f"{head}\n\n{body}\n\nKind regards,\n{o['name']}\n"


# --------------------------------------------------------------------------------------------------
# Quoting, as each mail program does it.

def when(s: str) -> dt.datetime:
    """'2026-12-14 10:12 +0100' -> aware datetime."""
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M %z")


def gt(text: str) -> str:
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(">")
        elif line.startswith(">"):
            out.append(">" + line)
        else:
            out.append("> " + line)
    return "\n".join(out)


IT_ABBR_DAYS = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_ABBR_MON = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
ES_ABBR_DAYS = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_ABBR_MON = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
EN_ABBR_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_ABBR_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def attribution(style: str, lang: str, w: str, who: str) -> str:
    """The line above a quote: Gmail's or Apple Mail's, in the client's mail program language."""
    t = when(w)
    hm = f"{t.hour:02d}:{t.minute:02d}"
    if style == "gmail":
        if lang == "it":
            return (f"Il giorno {IT_ABBR_DAYS[t.weekday()]} {t.day} {IT_ABBR_MON[t.month - 1]} {t.year} "
                    f"alle ore {hm} {who} ha scritto:")
        if lang == "es":
            name, _, addr = who.partition(" <")
            return (f"El {ES_ABBR_DAYS[t.weekday()]}, {t.day} {ES_ABBR_MON[t.month - 1]} {t.year} a las "
                    f"{t.hour}:{t.minute:02d}, {name} (<{addr}) escribió:")
        return f"On {EN_ABBR_DAYS[t.weekday()]}, {t.day} {EN_ABBR_MON[t.month - 1]} {t.year} at {hm}, {who} wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {t.day} {IT_ABBR_MON[t.month - 1]} {t.year}, alle ore {hm}, {who} ha scritto:"
        if lang == "es":
            return f"El {t.day} {ES_ABBR_MON[t.month - 1]} {t.year}, a las {t.hour}:{t.minute:02d}, {who} escribió:"
        return f"On {t.day} {EN_ABBR_MON[t.month - 1]} {t.year}, at {hm}, {who} wrote:"
    raise ValueError(style)


def outlook_block(lang: str, w: str, frm: str, to: str, subject: str, sep: str = "line",
                  cc: str | None = None) -> str:
    """Outlook's header block above an unmarked quote."""
    t = when(w)
    if lang == "it":
        sent = f"{IT_DAYS[t.weekday()]} {t.day} {IT_MONTHS[t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}"
        lines = [f"Da: {frm}", f"Inviato: {sent}", f"A: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Oggetto: {subject}"]
        top = "-----Messaggio originale-----"
    elif lang == "es":
        sent = f"{ES_DAYS[t.weekday()]}, {t.day} de {ES_MONTHS[t.month - 1]} de {t.year} {t.hour}:{t.minute:02d}"
        lines = [f"De: {frm}", f"Enviado el: {sent}", f"Para: {to}"] + ([f"CC: {cc}"] if cc else []) + [f"Asunto: {subject}"]
        top = "-----Mensaje original-----"
    else:
        sent = f"{t.day} {EN_MONTHS[t.month - 1]} {t.year} {t.hour:02d}:{t.minute:02d}"
        lines = [f"From: {frm}", f"Sent: {sent}", f"To: {to}"] + ([f"Cc: {cc}"] if cc else []) + [f"Subject: {subject}"]
        top = "-----Original Message-----"
    if sep == "line":
        return "________________________________\n" + "\n".join(lines)
    if sep == "original":
        return top + "\n" + "\n".join(lines)
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------
# HTML versions of the same text, as Gmail, Outlook and Apple Mail mark it up.

def _para_html(text: str) -> str:
    return "<br>\n".join(html.escape(line, quote=False) for line in text.rstrip("\n").split("\n"))


def _blockquote(text: str, style: str) -> str:
    """Turns '> ' quoted plain text back into nested blockquotes."""
    lines = text.rstrip("\n").split("\n")
    out, depth = [], 0
    bq = {"gmail": '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                   'rgb(204,204,204);padding-left:1ex">',
          "apple": '<blockquote type="cite">'}[style]
    for line in lines:
        m = re.match(r"^(>+) ?", line)
        level = len(m.group(1)) if m else 0
        body = line[m.end():] if m else line
        while depth < level:
            out.append(bq)
            depth += 1
        while depth > level:
            out.append("</blockquote>")
            depth -= 1
        out.append(html.escape(body, quote=False) + "<br>")
    out.extend("</blockquote>" for _ in range(depth))
    return "\n".join(out)


def gmail_html(top: str, attr: str | None = None, quoted: str | None = None) -> str:
    h = '<div dir="ltr">' + "".join(
        f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in top.rstrip("\n").split("\n")) + "</div>"
    if attr:
        q = quoted.rstrip("\n")
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              + html.escape(attr, quote=False) + "<br></div>" + _blockquote(gt(q), "gmail") + "</div>")
    return h + "\n"


def apple_html(top: str, attr: str | None = None, quoted: str | None = None) -> str:
    h = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
         '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
         + "".join(f"<div>{html.escape(line, quote=False) or '<br>'}</div>" for line in top.rstrip("\n").split("\n")))
    if attr:
        h += ("<div><br><blockquote type=\"cite\"><div>" + html.escape(attr, quote=False) + "</div><br>"
              + _blockquote(gt(quoted), "apple").replace('<blockquote type="cite">', "", 1).rsplit("</blockquote>", 1)[0]
              + "</blockquote></div>")
    return h + "</body></html>\n"


OUTLOOK_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" \
xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" \
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:blue;
	text-decoration:underline;}}
span.EmailStyle19
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
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
<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(top: str, block: str | None = None, quoted: str | None = None, *, lang: str = "IT",
                 charset: str = "utf-8") -> str:
    def paras(text: str) -> str:
        return "\n".join(f'<p class="MsoNormal">{html.escape(line, quote=False) or "<o:p>&nbsp;</o:p>"}'
                         "<o:p></o:p></p>" for line in text.rstrip("\n").split("\n"))
    h = OUTLOOK_HEAD.format(charset=charset, lang=lang) + paras(top) + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    if block:
        lines = [x for x in block.split("\n") if not x.startswith("____") and not x.startswith("-----")]
        h += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              '<p class="MsoNormal">' + "<br>\n".join(
                  "<b>" + html.escape(x.split(":", 1)[0]) + ":</b>" + html.escape(x.split(":", 1)[1]) for x in lines)
              + "<o:p></o:p></p>\n</div>\n" + '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + paras(quoted))
    return h + "\n</div>\n</body>\n</html>\n"


# --------------------------------------------------------------------------------------------------
# Message-IDs and boundaries: fixed, so the script writes the same bytes every run.

def _hx(seed: str, n: int) -> str:
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def mid(kind: str, seed: str, domain: str = "") -> str:
    h = hashlib.sha256(seed.encode()).digest()
    if kind == "gmail":
        import base64
        tok = base64.urlsafe_b64encode(h).decode().rstrip("=")[:40].replace("-", "+")
        return f"<CA{tok}@mail.gmail.com>"
    if kind == "outlook":
        return (f"<{domain or 'AM8PR06MB7731'}{_hx(seed, 8).upper()}{_hx(seed + '1', 16).upper()}"
                f"@{domain or 'AM8PR06MB7731'}.eurprd06.prod.outlook.com>")
    if kind == "apple":
        u = _hx(seed, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if kind == "mailduns":
        return f"<{_hx(seed, 24)}.mailduns@{domain}>"
    return f"<{_hx(seed, 20)}@{domain}>"


def boundary(style: str, seed: str) -> str:
    if style == "gmail":
        return "000000000000" + _hx(seed, 12)
    if style == "outlook":
        return "_000_" + _hx(seed, 24).upper() + "_"
    if style == "apple":
        u = _hx(seed, 32).upper()
        return f"Apple-Mail={u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}"
    return "----=_Part_" + str(int(_hx(seed, 8), 16)) + "_" + str(int(_hx(seed + "x", 7), 16)) + "." + str(
        1790000000000 + int(_hx(seed + "y", 6), 16))


# Small but well-formed attachments: a one-page PDF and a 1x1 PNG.
def tiny_pdf(title: str) -> bytes:
    t = title.encode("latin-1", "replace")
    body = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
            b"4 0 obj <</Title (" + t + b") /Producer (Banca online)>> endobj\n"
            b"trailer <</Root 1 0 R /Info 4 0 R>>\n%%EOF\n")
    return body


def tiny_png(width: int = 4, height: int = 8) -> bytes:
    import struct
    import zlib

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xff\xff\xff" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


# --------------------------------------------------------------------------------------------------
# One message = headers + a plain and/or HTML body + attachments, and its label.

MESSAGES: list[dict] = []


def reply(lang: str, top: str, style: str | None = None, *, q_from: str | None = None, q_when: str | None = None,
          quoted: str | None = None, q_to: str | None = None, q_subject: str | None = None, sep: str = "line",
          q_lang: str | None = None, q_cc: str | None = None) -> tuple[str, str]:
    """The plain text and the HTML of a reply: the client's own text on top, the quote below."""
    ql = q_lang or lang
    top = top.strip("\n") + "\n"
    if style is None:
        return top, gmail_html(top)
    if style == "gmail":
        attr = attribution("gmail", ql, q_when, q_from)
        return top + "\n" + attr + "\n" + gt(quoted) + "\n", gmail_html(top, attr, quoted)
    if style == "apple":
        attr = attribution("apple", ql, q_when, q_from)
        return top + "\n" + attr + "\n\n" + gt(quoted) + "\n", apple_html(top, attr, quoted)
    if style == "outlook":
        block = outlook_block(ql, q_when, q_from, q_to, q_subject, sep, q_cc)
        return (top + "\n" + block + "\n\n" + quoted.strip("\n") + "\n",
                outlook_html(top, block, quoted, lang={"it": "IT", "es": "ES", "en": "EN-GB"}[lang]))
    raise ValueError(style)


def add(*, lang: str, kind: str, note: str, frm: str, to: str, subject: str, date: str, plain: str | None = None,
        html_body: str | None = None, fmt: str = "alt", charset: str = "utf-8", cte: str | None = None,
        html_charset: str | None = None, html_cte: str | None = None, ua: str = "gmail",
        msgid: str | None = None, irt: str | None = None, refs: list[str] | None = None, cc: str | None = None,
        headers: list[tuple[str, str]] = (), top_headers: list[tuple[str, str]] = (),
        attach: list[tuple[bytes, str, str, str]] = (), raw: str | None = None, evidence: tuple[str, ...] = (),
        crlf: bool = False, **facts) -> None:
    MESSAGES.append(dict(lang=lang, kind=kind, note=note, frm=frm, to=to, subject=subject, date=date, plain=plain,
                         html=html_body, fmt=fmt, charset=charset, cte=cte, html_charset=html_charset or charset,
                         html_cte=html_cte or cte, ua=ua, msgid=msgid, irt=irt, refs=refs, cc=cc,
                         headers=list(headers), top_headers=list(top_headers), attach=list(attach), raw=raw,
                         evidence=evidence, crlf=crlf, facts=facts))


def rfcdate(s: str) -> str:
    """'2026-12-14 10:12 +0100' or with seconds -> an RFC 5322 date with the right weekday."""
    try:
        t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S %z")
    except ValueError:
        t = when(s).replace(second=int(_hx(s, 4), 16) % 60)
    return email.utils.format_datetime(t)


MAILERS = {
    "gmail": [],
    "outlook": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "it-IT")],
    "outlook-es": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "es-ES")],
    "outlook-en": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("Content-Language", "en-GB")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")],
    "iphone": [("X-Mailer", "iPhone Mail (22C161)")],
    "thunderbird": [("User-Agent", "Mozilla Thunderbird")],
    "android": [],
    "machine": [],
}


def build(m: dict, seq: int) -> bytes:
    seed = f"{PREFIX}-{seq:04d}"
    if m["raw"] is not None:
        data = m["raw"].lstrip("\n")
        return data.replace("\n", "\r\n").encode("utf-8") if m["crlf"] else data.encode("utf-8")
    e = EmailMessage()
    for k, v in m["top_headers"]:
        e[k] = v
    ua = m["ua"]
    e["From"] = m["frm"]
    e["To"] = m["to"]
    if m["cc"]:
        e["Cc"] = m["cc"]
    e["Subject"] = m["subject"]
    e["Date"] = rfcdate(m["date"])
    if m["msgid"]:
        e["Message-ID"] = m["msgid"]
    else:
        domain = m["frm"].rsplit("@", 1)[1].rstrip(">")
        kind = {"gmail": "gmail", "android": "gmail", "outlook": "outlook", "outlook-es": "outlook",
                "outlook-en": "outlook", "apple": "apple", "iphone": "apple"}.get(ua, "plain")
        e["Message-ID"] = mid(kind, seed, domain if kind in ("apple", "plain") else "")
    if m["irt"]:
        e["In-Reply-To"] = m["irt"]
        e["References"] = " ".join(m["refs"] or [m["irt"]])
    if ua.startswith("outlook") and m["irt"]:
        e["Thread-Topic"] = re.sub(r"^((re|r|rif|rv|aw|fw|i)\s*:\s*)+", "", m["subject"], flags=re.I)
        e["Thread-Index"] = "AQH" + _hx(seed, 20).upper() + "=="
    for k, v in MAILERS[ua] + m["headers"]:
        e[k] = v
    if m["html"] and m["html_charset"] != "utf-8":
        m = dict(m, html=m["html"].replace('content="text/html; charset=utf-8"',
                                           f'content="text/html; charset={m["html_charset"]}"'))
    if m["fmt"] == "plain":
        e.set_content(m["plain"], charset=m["charset"], cte=m["cte"])
    elif m["fmt"] == "html":
        e.set_content(m["html"], subtype="html", charset=m["html_charset"], cte=m["html_cte"])
    else:
        e.set_content(m["plain"], charset=m["charset"], cte=m["cte"])
        e.add_alternative(m["html"], subtype="html", charset=m["html_charset"], cte=m["html_cte"])
    for data, maintype, subtype, filename in m["attach"]:
        e.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    bstyle = {"gmail": "gmail", "android": "gmail", "outlook": "outlook", "outlook-es": "outlook",
              "outlook-en": "outlook", "apple": "apple", "iphone": "apple"}.get(ua, "plain")
    for i, part in enumerate(e.walk()):
        if part.is_multipart():
            part.set_boundary(boundary(bstyle, f"{seed}/{i}"))
        if part is not e and "MIME-Version" in part:
            del part["MIME-Version"]
    linesep = "\r\n" if m["crlf"] else "\n"
    return e.as_bytes(policy=email.policy.default.clone(linesep=linesep))


def thread(owner: str, *tags: str) -> dict:
    """In-Reply-To and References for a reply to the freelancer's messages (oldest first)."""
    domain = OWNERS[owner]["email"].split("@")[1]
    ids = [mid("mailduns" if t.startswith("md:") else "plain", f"{owner}/{t}", domain) for t in tags]
    return dict(irt=ids[-1], refs=ids)


def A(key: str) -> str:
    return owner_addr(key)


# ==================================================================================================
# Italian
# ==================================================================================================

# --- promises -------------------------------------------------------------------------------------

q = reminder("luca", "reminder", "41/2026", client="Galli Arredamenti S.r.l.", kind="company",
             amount="1830.00", due="2026-12-04", today="2026-12-11")
p, h = reply("it", """
Buongiorno Luca,
scusa per il ritardo, è stato un periodo di fuoco con le consegne di Natale. La fattura 41 la paghiamo venerdì, ho già dato le disposizioni alla nostra banca.
Se hai bisogno chiamami pure in ufficio, 0522 341778, oppure sul cellulare 347 881 2045.

Buona giornata
Roberto

--
Roberto Galli
Galli Arredamenti S.r.l.
Via Emilia Ovest 212 – 42124 Reggio Emilia
P.IVA 02381640359
""", "gmail", q_from=A("luca"), q_when="2026-12-11 09:00 +0100", quoted=q)
add(lang="it", kind="client-reply-promise", frm="Roberto Galli <roberto.galli@galliarredamenti.it>", to=A("luca"),
    subject="Re: Fattura 41/2026", date="2026-12-14 10:12 +0100", plain=p, html_body=h, cte="quoted-printable",
    **thread("luca", "inv-41", "md:rem-41"), evidence=("la paghiamo venerdì", "La fattura 41"),
    promised_date="2026-12-18", reference="41/2026",
    note="'venerdì' written on Monday 14 December is Friday 18; the 1.830,00 € and 4 December are only in the "
         "quoted reminder, and the phone and VAT numbers are the signature's.")

q = reminder("francesca", "reminder", "12/2026", client="Studio Dentistico Marini", kind="company",
             amount="1250.00", due="2026-12-31", today="2027-01-18")
p, h = reply("it", """
Gentile Francesca,
ho visto solo ora il Suo sollecito, mi era finito nella posta indesiderata. Mi scuso.
Per la fatt. 12-2026 (le foto dello studio per il sito) provvedo entro fine mese: i milleduecentocinquanta euro glieli faccio bonificare dalla mia segretaria, che rientra lunedì dalle ferie ed è lei che gestisce i pagamenti.

Cordiali saluti
Dr. Paolo Marini
Studio Dentistico Marini – Via Cavour 18, Lucca
Tel. 0583 495120
""", "outlook", q_from=A("francesca"), q_when="2027-01-18 08:30 +0100", quoted=q,
             q_to="Studio Dentistico Marini <paolo.marini@studiomarini-dentisti.it>", q_subject="Fattura 12/2026")
add(lang="it", kind="client-reply-promise", frm="Marini Paolo <paolo.marini@studiomarini-dentisti.it>",
    to=A("francesca"), subject="R: Fattura 12/2026", date="2027-01-20 18:40 +0100", plain=p, html_body=h,
    charset="windows-1252", cte="quoted-printable", ua="outlook", **thread("francesca", "inv-12", "md:rem-12"),
    evidence=("entro fine mese", "milleduecentocinquanta euro", "fatt. 12-2026"),
    promised_date="2027-01-31", amount="1250.00", currency="EUR", reference="12/2026",
    note="'entro fine mese' on 20 January is 31 January; 'lunedì' is when the secretary is back, not the payment "
         "day; the amount is written in words and the client writes the number 12/2026 as '12-2026'.")

q = reminder("chiara", "due", "2026/131", client="Studio Legale Marchetti & Associati", kind="company",
             amount="976.00", due="2027-01-31", today="2027-02-02")
p, h = reply("it", """
Buongiorno dott.ssa Benedetti,

Le scrivo per conto dell'avv. Marchetti, che è in udienza tutta la settimana.
La Sua FT 2026/131 (traduzione atti in inglese) è stata inserita nella distinta dei pagamenti dello studio, che partono il 15: l'importo di 976,00 euro IVA inclusa Le arriverà quindi con quel giro.
Per qualsiasi cosa resto a disposizione.

Cordiali saluti

Silvia Ferri
Segreteria – Studio Legale Marchetti & Associati
Corso Vittorio Emanuele II 74 – 10121 Torino
tel. 011 562 3380 – fax 011 562 3381

Le informazioni contenute in questa comunicazione sono riservate e destinate esclusivamente al destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di distruggerlo e di informarci immediatamente.
""", "outlook", q_from=A("chiara"), q_when="2027-02-02 09:15 +0100", quoted=q,
             q_to="segreteria@studiomarchetti.legal", q_subject="Fattura 2026/131", sep="original")
add(lang="it", kind="client-reply-promise", frm="Segreteria Studio Marchetti <segreteria@studiomarchetti.legal>",
    to=A("chiara"), subject="R: Fattura 2026/131", date="2027-02-04 11:25 +0100", plain=p, fmt="plain",
    charset="windows-1252", cte="quoted-printable", ua="outlook", **thread("chiara", "inv-131", "md:due-131"),
    evidence=("partono il 15", "976,00 euro IVA inclusa", "FT 2026/131"),
    promised_date="2027-02-15", amount="976.00", currency="EUR", reference="2026/131",
    note="A secretary writes for the client: 'il 15' written on 4 February is 15 February; the number is written "
         "'FT 2026/131'; phone and fax numbers are the signature's.")

q_old = """Ciao Chiara, tutto ok, te la pago entro il 23 prima di chiudere per le ferie.
Marco"""
q = reminder("chiara", "promise_followup", "2026/117", client="Marco Vitale", kind="person", amount="640.00",
             due="2026-12-10", promise="2026-12-23")
q = q + "\n" + attribution("gmail", "it", "2026-12-15 19:02 +0100", "Marco Vitale <marco@vitaleventi.it>") + "\n" + gt(q_old)
p, h = reply("it", """
Ciao Chiara,
hai ragione, con le feste mi è proprio passato di mente, scusami tanto.
Te lo faccio giovedì 14 senza fallo, ho appena controllato e i soldi sul conto aziendale ci sono solo da quel giorno.

Marco
""", "gmail", q_from=A("chiara"), q_when="2027-01-08 09:30 +0100", quoted=q)
add(lang="it", kind="client-reply-promise", frm="Marco Vitale <marco@vitaleventi.it>", to=A("chiara"),
    subject="Re: Fattura 2026/117", date="2027-01-11 09:05 +0100", plain=p, html_body=h,
    **thread("chiara", "inv-117", "md:pf-117"), evidence=("giovedì 14 senza fallo",),
    promised_date="2027-01-14",
    note="The 23 December in the quoted history is the old, broken promise; the new day is 'giovedì 14', "
         "Thursday 14 January. No amount or number in the client's words.")

q = reminder("luca", "reminder", "3/2027", client="Elena Russo", kind="person", amount="1230.00",
             due="2027-02-28", today="2027-03-03")
p, h = reply("it", """
Ciao Luca,
oggi ti ho fatto un bonifico di 500 € come acconto sulla fattura 3/2027, la contabile te la giro appena la banca me la manda.
Il resto, 730 €, te lo saldo il 31 marzo insieme al canone di manutenzione, che con l'apertura della stagione a Pasqua siamo un po' tirati.
Spero vada bene lo stesso!
Elena

Agriturismo Le Querce – Montepulciano (SI)
www.lequerce-agriturismo.it | +39 0578 716 204

Inviato da iPad
""", "apple", q_from=A("luca"), q_when="2027-03-03 09:00 +0100", quoted=q)
add(lang="it", kind="client-reply-promise", frm="Elena Russo <elena@lequerce-agriturismo.it>", to=A("luca"),
    subject="Re: Fattura 3/2027", date="2027-03-05 17:48 +0100", plain=p, html_body=h, ua="iphone",
    cte="quoted-printable", **thread("luca", "inv-3-2027", "md:rem-3-2027"),
    evidence=("500 € come acconto", "Il resto, 730 €, te lo saldo il 31 marzo"),
    promised_date="2027-03-31", amount="730.00", currency="EUR", reference="3/2027",
    note="A part payment (500 € today) with the rest promised on 31 March: a promise for that day, and the "
         "promised sum is the 730 €; the 1.230,00 € is the quoted reminder's.")

q = reminder("luca", "reminder", "1/2027", client="Pizzeria Da Gennaro", kind="company", amount="366.00",
             due="2027-01-31", today="2027-02-08")
p, h = reply("it", """
Luca buongiorno scusa se rispondo solo mo, stamm sempre in mezzo ai forni
questo mese e stato pesante con le bollette, ti pago il ventotto quando entrano i soldi dei buoni pasto, pero sicuro eh non ti preoccupare
grazie della pazienza
Gennaro

Inviato da iPhone
""", "apple", q_from=A("luca"), q_when="2027-02-08 09:00 +0100", quoted=q)
add(lang="it", kind="client-reply-promise", frm="Gennaro Esposito <pizzeriadagennaro@libero.it>", to=A("luca"),
    subject="Re: Fattura 1/2027", date="2027-02-09 15:32 +0100", plain=p, fmt="plain", ua="iphone",
    cte="quoted-printable", **thread("luca", "inv-1-2027", "md:rem-1-2027"),
    evidence=("ti pago il ventotto",),
    promised_date="2027-02-28",
    note="'il ventotto' in words, written on 9 February: 28 February; no accents and Neapolitan ('mo', 'stamm'); "
         "the 366,00 € is only in the quoted reminder.")

q = reminder("chiara", "courtesy", "2026/124", client="Tecnoplast Veneta S.p.A.", kind="company",
             amount="2440.00", issue="2026-11-30", due="2026-12-20")
top = """Buongiorno,
in riferimento alla Vostra fattura nr. 2026 / 124 del 30/11/2026, Vi comunichiamo che il pagamento di € 2.440,00 (€ 2.000,00 imponibile + IVA 22%) non potrà essere eseguito prima di Natale per la chiusura del nostro ufficio amministrativo, ma verrà comunque disposto entro fine anno.
Restiamo a disposizione per eventuali chiarimenti.

Distinti saluti

Ufficio Acquisti
Tecnoplast Veneta S.p.A.
Via dell'Industria 15 – 35129 Padova
Tel. +39 049 807 1122 | acquisti@tecnoplastveneta.it
Cap. Soc. € 1.200.000 i.v. – Reg. Imprese PD 01234560281
"""
block = outlook_block("it", "2026-12-15 09:00 +0100", A("chiara"), "acquisti@tecnoplastveneta.it",
                      "Fattura 2026/124")
add(lang="it", kind="client-reply-promise", frm="Ufficio Acquisti Tecnoplast <acquisti@tecnoplastveneta.it>",
    to=A("chiara"), subject="R: Fattura 2026/124", date="2026-12-21 14:02 +0100",
    html_body=outlook_html(top, block, q), fmt="html", cte="quoted-printable", ua="outlook",
    **thread("chiara", "inv-124", "md:court-124"), evidence=("entro fine anno", "€ 2.440,00", "2026 / 124"),
    promised_date="2026-12-31", amount="2440.00", currency="EUR", reference="2026/124",
    note="HTML-only Outlook: 'entro fine anno' on 21 December is 31 December; the number is written with spaces; "
         "30/11/2026 is the issue date, 2.000,00 the taxable base and 1.200.000 the share capital.")

q = reminder("luca", "due", "45/2026", client="Colombo Serramenti snc", kind="company", amount="1586.00",
             due="2027-01-29", today="2027-02-01")
p, h = reply("it", """
Ciao Luca,
ti rispondo al volo per la 45: questo venerdì non riesco, ho l'F24 e gli stipendi, ma quello dopo sì. Ti faccio il bonifico di 1.586,00 € tutto in una volta, così chiudiamo.
Ciao e buon lavoro
Andrea Colombo
Colombo Serramenti snc
cell. 335 6021984
""", "gmail", q_from=A("luca"), q_when="2027-02-01 09:00 +0100", quoted=q)
add(lang="it", kind="client-reply-promise", frm="Andrea Colombo <andrea@serramenticolombo.it>", to=A("luca"),
    subject="Re: Fattura 45/2026", date="2027-02-02 08:50 +0100", plain=p, html_body=h,
    **thread("luca", "inv-45", "md:due-45"), evidence=("questo venerdì non riesco", "quello dopo sì", "1.586,00 €"),
    promised_date="2027-02-12", amount="1586.00", currency="EUR", reference="45/2026",
    note="'not this Friday but the one after', written on Tuesday 2 February: not the 5th but Friday 12 February; "
         "'la 45' is invoice 45/2026.")

q = reminder("chiara", "reminder", "2026/118", client="Giorgia Fontana", kind="person", amount="390.00",
             due="2026-11-10", today="2026-11-16")
p, h = reply("it", """
Ciao Chiara,
ho appena pagato la 118, dovresti vederla entro domani.
Per la 121 invece devo aspettare che mi paghi il cliente tedesco: i 430 € te li mando a fine mese, promesso.
Un abbraccio
Giorgia
""", "gmail", q_from=A("chiara"), q_when="2026-11-16 09:00 +0100", quoted=q)
add(lang="it", kind="client-reply-promise", frm="Giorgia Fontana <giorgia@fontanainteriors.it>", to=A("chiara"),
    subject="Re: Fattura 2026/118", date="2026-11-17 12:30 +0100", plain=p, html_body=h,
    **thread("chiara", "inv-118", "md:rem-118"), evidence=("i 430 € te li mando a fine mese",),
    promised_date="2026-11-30", amount="430.00", currency="EUR",
    note="One invoice paid (118), another promised (121, 430 € 'a fine mese' = 30 November): the promise wins; it "
         "is about two invoices so no reference; 'entro domani' is when the paid one should arrive.")

# --- paid -----------------------------------------------------------------------------------------

q = reminder("chiara", "courtesy", "2026/119", client="Rossi Impianti S.r.l.", kind="company", amount="1220.00",
             issue="2026-10-31", due="2026-11-30")
p, h = reply("it", """
Buongiorno,
in allegato la contabile del bonifico di € 1.220,00 a saldo della fattura n. 2026/119.
Il CRO dell'operazione è 30659102775, data esecuzione 30/11/2026, valuta beneficiario 01/12/2026.

Cordiali saluti
Laura Bassi
Ufficio Amministrazione
Rossi Impianti S.r.l. – Tel. 0541 782 310
""", "outlook", q_from=A("chiara"), q_when="2026-11-25 09:00 +0100", quoted=q,
             q_to="amministrazione@rossiimpianti.it", q_subject="Fattura 2026/119")
add(lang="it", kind="client-reply-paid", frm="Laura Bassi <l.bassi@rossiimpianti.it>", to=A("chiara"),
    subject="R: Fattura 2026/119", date="2026-12-01 10:44 +0100", plain=p, html_body=h, cte="quoted-printable",
    ua="outlook", **thread("chiara", "inv-119", "md:court-119"),
    attach=[(tiny_pdf("Contabile bonifico SEPA"), "application", "pdf", "Contabile_bonifico_30112026.pdf")],
    evidence=("bonifico di € 1.220,00", "fattura n. 2026/119"),
    amount="1220.00", currency="EUR", reference="2026/119",
    note="Receipt attached; the 11-digit CRO, the execution and value dates and the phone number are not facts.")

q = reminder("chiara", "reminder", "2026/127", client="Edizioni Aurora srl", kind="company", amount="1220.00",
             due="2026-11-30", today="2026-12-07")
p, h = reply("it", """
Gentile dott.ssa Benedetti,
sono il consulente fiscale di Edizioni Aurora, che mi ha girato il Suo sollecito.
Le confermo che il pagamento della FT 2026/127 è stato eseguito ieri: abbiamo bonificato 1.020,00 €, ossia il totale fattura di 1.220,00 € al netto della ritenuta d'acconto di 200,00 € (20% su 1.000,00), che verseremo noi con F24 entro il 16 gennaio. A inizio anno Le invieremo la Certificazione Unica.

Cordiali saluti
Dott. Fabio Greco
Dottore Commercialista – Revisore Legale
Studio Greco, Via Nizza 45, Torino
tel. 011 669 0043
""", "outlook", q_from=A("chiara"), q_when="2026-12-07 09:00 +0100", quoted=q,
             q_to="Edizioni Aurora <amministrazione@edizioniaurora.it>", q_subject="Fattura 2026/127",
             q_cc="Studio Greco <fabio.greco@studiogreco-commercialisti.it>")
add(lang="it", kind="client-reply-paid", frm="Fabio Greco <fabio.greco@studiogreco-commercialisti.it>",
    to=A("chiara"), cc="Edizioni Aurora <amministrazione@edizioniaurora.it>", subject="R: Fattura 2026/127",
    date="2026-12-10 16:20 +0100", plain=p, html_body=h, ua="outlook", cte="base64",
    **thread("chiara", "inv-127", "md:rem-127"),
    evidence=("abbiamo bonificato 1.020,00 €", "FT 2026/127"),
    amount="1020.00", currency="EUR", reference="2026/127",
    note="The client's accountant: the sum paid is 1.020,00 € net of the withholding; 1.220,00 is the invoice "
         "total, 200,00 the withholding, 16 January the tax deadline.")

q = reminder("luca", "due", "43/2026", client="Simone Barbieri", kind="person", amount="250.00",
             due="2027-01-15", today="2027-01-15")
p, h = reply("it", """
Fatto il bonifico ieri sera 👍

Inviato da iPhone
""", "apple", q_from=A("luca"), q_when="2027-01-15 09:00 +0100", quoted=q)
add(lang="it", kind="client-reply-paid", frm="Simone Barbieri <simo.barbieri88@gmail.com>", to=A("luca"),
    subject="Re: Fattura 43/2026", date="2027-01-16 08:12 +0100", plain=p, html_body=h, ua="iphone",
    cte="quoted-printable", **thread("luca", "inv-43", "md:due-43"), evidence=("Fatto il bonifico ieri sera",),
    note="One line from a phone: paid, with no amount or number of its own; the 250,00 € and the number are only "
         "in the quoted reminder.")

q = reminder("luca", "courtesy", "38/2026", client="B&B La Terrazza", kind="company", amount="350.00",
             issue="2026-10-31", due="2026-11-30")
p, h = reply("it", """
Ciao Luca!
Pagata la fattura n. 38, EUR 350,00, con bonifico di stamattina (ho messo come causale "sito bnb", spero vada bene lo stesso).
Già che ci sono: per il 2027 mi mandi il preventivo per aggiungere le prenotazioni online? Vorrei partire per marzo.
Grazie mille
Federica
""", "gmail", q_from=A("luca"), q_when="2026-11-25 09:00 +0100", quoted=q)
add(lang="it", kind="client-reply-paid", frm="Federica Moretti <info@bblaterrazza.it>", to=A("luca"),
    subject="Re: Fattura 38/2026", date="2026-11-30 19:05 +0100", plain=p, html_body=h,
    **thread("luca", "inv-38", "md:court-38"), evidence=("Pagata la fattura n. 38, EUR 350,00",),
    amount="350.00", currency="EUR", reference="38/2026",
    note="Paid and asks for a new quote: still paid; 'per marzo' is about new work, not a payment day.")

q = reminder("francesca", "courtesy", "3/2027", client="Alessia Rinaldi", kind="person", amount="180.00",
             issue="2027-01-27", due="2027-02-10")
p, h = reply("it", """
Ciao Francesca,
ti ho appena mandato i 180 euro con PayPal all'indirizzo della fattura (ti allego lo screenshot). Le foto del battesimo sono venute benissimo, i nonni si sono commossi 😍
A presto
Alessia
""", "gmail", q_from=A("francesca"), q_when="2027-02-05 10:00 +0100", quoted=q)
add(lang="it", kind="client-reply-paid", frm="Alessia Rinaldi <alessia.rinaldi91@gmail.com>", to=A("francesca"),
    subject="Re: Fattura 3/2027", date="2027-02-07 21:40 +0100", plain=p, html_body=h, ua="android",
    cte="base64", **thread("francesca", "inv-3-2027", "md:court-3-2027"),
    attach=[(tiny_png(), "image", "png", "Screenshot_20270207-213812.png")],
    evidence=("i 180 euro con PayPal",),
    amount="180.00", currency="EUR",
    note="Paid by PayPal with a screenshot; the client does not name the invoice number.")

top = """Buongiorno Chiara,
Le confermo che abbiamo pagato la fattura 2026/129: 650 + IVA 22%, totale 793,00 euro, bonifico partito stamattina con valuta 28/12.
Colgo l'occasione per farLe i migliori auguri di buone feste.
Mauro Bellini

Bellini Macchine Agricole s.a.s.
Via Provinciale 88 – 43011 Busseto (PR)
"""
q = reminder("chiara", "courtesy", "2026/129", client="Bellini Macchine Agricole s.a.s.", kind="company",
             amount="793.00", issue="2026-11-27", due="2026-12-27")
block = outlook_block("it", "2026-12-22 09:00 +0100", A("chiara"), "Mauro Bellini <mauro@bellinimacchine.it>",
                      "Fattura 2026/129")
add(lang="it", kind="client-reply-paid", frm="Mauro Bellini <mauro@bellinimacchine.it>", to=A("chiara"),
    subject="R: Fattura 2026/129", date="2026-12-23 11:18 +0100", html_body=outlook_html(top, block, q),
    fmt="html", cte="quoted-printable", ua="outlook", **thread("chiara", "inv-129", "md:court-129"),
    evidence=("totale 793,00 euro", "fattura 2026/129"),
    amount="793.00", currency="EUR", reference="2026/129",
    note="HTML-only: the paid sum is the total with VAT (793,00), not the 650 net; 'valuta 28/12' is the value "
         "date of the transfer, not a promise.")

q = reminder("chiara", "courtesy", "2026/115", client="Ottica De Santis", kind="company", amount="2196.00",
             issue="2026-11-03", due="2026-11-18")
p, _ = reply("it", """
Buongiorno,
Le scrivo in merito alla Sua n. 115 del 03/11/2026: ho eseguito ieri il bonifico di 2.196,00 euro sull'IBAN indicato in fattura (IT60 X054 2811 1010 0000 0123 456), intestato a Chiara Benedetti.
Mi faccia sapere se Le risulta.
Distinti saluti
Lorenzo De Santis
Ottica De Santis - Corso Garibaldi 33, Bari - 080 521 9347
""", "gmail", q_from=A("chiara"), q_when="2026-11-13 09:00 +0100", quoted=q)
p = p.replace("Il giorno ven 13 nov 2026 alle ore 09:00", "Il 13/11/2026 09:00,").replace(" ha scritto:", " ha scritto:")
add(lang="it", kind="client-reply-paid", frm="Lorenzo De Santis <ottica.desantis@tiscali.it>", to=A("chiara"),
    subject="Re: Fattura 2026/115", date="2026-11-18 09:37 +0100", plain=p.replace("–", "-").replace("€", "EUR"),
    fmt="plain", charset="iso-8859-1", cte="quoted-printable", ua="thunderbird",
    **thread("chiara", "inv-115", "md:court-115"),
    evidence=("bonifico di 2.196,00 euro", "n. 115 del 03/11/2026"),
    amount="2196.00", currency="EUR", reference="2026/115",
    note="Latin-1 Thunderbird mail: the client calls invoice 2026/115 'n. 115'; 03/11/2026 is its issue date, and "
         "the IBAN and the phone number are look-alikes.")

q = """Ciao Paolo,
ti scrivo per un riepilogo: risultano ancora aperte la 39/2026 (600,00 €, scaduta il 15 novembre) e la 42/2026 (550,00 €, scaduta il 30 novembre).
Quando riesci, mi fai sapere?
Grazie, buona serata
Luca
"""
p, h = reply("it", """
Ciao Luca,
ho saldato oggi le due fatture aperte, la 39 e la 42, con un unico bonifico da 1.150 € in tutto. Scusa se ti ho fatto aspettare.
Paolo

Inviato da iPhone
""", "apple", q_from=A("luca"), q_when="2026-12-11 18:20 +0100", quoted=q)
add(lang="it", kind="client-reply-paid", frm="Paolo Serra <paolo@serraconsulting.it>", to=A("luca"),
    subject="R: Re: Fatture aperte", date="2026-12-14 18:03 +0100", plain=p, html_body=h, ua="iphone",
    cte="quoted-printable", **thread("luca", "statement-1211", "reply-1211"),
    evidence=("la 39 e la 42", "1.150 € in tutto"),
    amount="1150.00", currency="EUR",
    note="One transfer for two invoices: paid, amount 1.150 €, and no reference because two invoices are named; "
         "600,00 and 550,00 are in the freelancer's quoted message.")

# --- disputes -------------------------------------------------------------------------------------

q = reminder("chiara", "reminder", "2026/126", client="Kalos Cosmetici srl", kind="company", amount="719.80",
             due="2026-11-30", today="2026-12-02")
p, h = reply("it", """
Buongiorno Chiara,
ho ricevuto il sollecito ma prima di pagare dobbiamo chiarire un punto: nella fattura 2026/126 sono indicate 12 cartelle a 40 € più 3 ore di revisione, mentre nel preventivo del 12 ottobre avevamo concordato un forfait di 480 € + IVA per tutto il lavoro.
Ti chiederei di emettere una nota di credito per la differenza, oppure di riemettere la fattura con l'importo concordato; appena la ricevo la mettiamo in pagamento.
Grazie,

Nadia Ricci
Responsabile Marketing – Kalos Cosmetici srl
""", "gmail", q_from=A("chiara"), q_when="2026-12-02 09:00 +0100", quoted=q)
add(lang="it", kind="client-reply-dispute", frm="Nadia Ricci <n.ricci@kaloscosmetici.it>", to=A("chiara"),
    subject="Re: Fattura 2026/126", date="2026-12-03 15:10 +0100", plain=p, html_body=h, cte="quoted-printable",
    **thread("chiara", "inv-126", "md:rem-126"), evidence=("nota di credito", "fattura 2026/126"),
    reference="2026/126",
    note="Contests the amount and asks for a credit note; 'appena la ricevo la mettiamo in pagamento' is "
         "conditional, so it stays a dispute; 480 € is the quoted estimate, not a sum paid or promised.")

q = reminder("luca", "reminder", "44/2026", client="Farmacia Centrale Dr. Bruni", kind="company",
             amount="189.10", due="2027-01-10", today="2027-01-14")
p, h = reply("it", """
Buongiorno sig. Sartori,
la fattura n. 44/2026 che ci sollecita riguarda il rinnovo dell'hosting 2027, che però ci risulta già fatturato e pagato con la n. 40/2026 di novembre (bonifico del 27/11/2026).
Non procediamo quindi al pagamento: La preghiamo di verificare e, se si tratta di un doppione, di stornarla con nota di credito.
Cordiali saluti
Giovanna Bruni
Farmacia Centrale Dr. Bruni
Piazza Duomo 3 – Cremona – tel. 0372 20 15 48
""", "outlook", q_from=A("luca"), q_when="2027-01-14 09:00 +0100", quoted=q,
             q_to="farmacia.bruni@pec-farmacie.it", q_subject="Fattura 44/2026", sep="none")
add(lang="it", kind="client-reply-dispute", frm="Farmacia Centrale Bruni <farmacia.bruni@farmaciabruni.it>",
    to=A("luca"), subject="RE: Fattura 44/2026", date="2027-01-15 10:00 +0100", plain=p, html_body=h,
    ua="outlook", cte="quoted-printable", **thread("luca", "inv-44", "md:rem-44"),
    evidence=("già fatturato e pagato con la n. 40/2026", "Non procediamo quindi al pagamento"),
    note="Already billed: the client refuses 44/2026 because 40/2026 covered it; two invoice numbers are named, so "
         "no reference; the 27/11/2026 transfer paid the other invoice.")

q = reminder("luca", "due", "2/2027", client="Gallo Ricambi Auto", kind="company", amount="1464.00",
             due="2027-02-20", today="2027-02-22")
p, h = reply("it", """
Luca,
abbiamo pagato 600 euro per la parte del sito che è online e funziona. Il resto della fattura 2/2027 non lo paghiamo finché il modulo preventivi non funziona: i clienti ci scrivono che non arriva niente da tre settimane e te l'ho segnalato già due volte.
Quando è sistemato ne riparliamo.
Stefano Gallo
""", "gmail", q_from=A("luca"), q_when="2027-02-22 09:00 +0100", quoted=q)
add(lang="it", kind="client-reply-dispute", frm="Stefano Gallo <stefano@galloricambi.it>", to=A("luca"),
    subject="Re: Fattura 2/2027", date="2027-02-23 12:15 +0100", plain=p, html_body=h,
    **thread("luca", "inv-2-2027", "md:due-2-2027"),
    evidence=("abbiamo pagato 600 euro", "non lo paghiamo finché"),
    amount="600.00", currency="EUR", reference="2/2027",
    note="Paid a part and withholds the rest until the work is fixed: dispute wins over paid; the amount is the 600 "
         "euro the client says were paid, not the quoted 1.464,00 €.")

# --- other client replies -------------------------------------------------------------------------

q = reminder("chiara", "courtesy", "2027/006", client="Hotel Miramare", kind="company", amount="1342.00",
             issue="2027-01-08", due="2027-02-07")
p, h = reply("it", """
Buongiorno,
il bonifico di 1.342,00 € che avevamo disposto il 2 febbraio per la Sua fattura 2027/006 ci è stato stornato dalla banca con la motivazione "conto inesistente / IBAN errato".
Prima di ripeterlo, può gentilmente confermarci per iscritto le coordinate bancarie corrette?
Cordiali saluti

Ufficio Contabilità
Hotel Miramare ****
Lungomare Trieste 8 – Rimini – Tel. 0541 390 812
""", "outlook", q_from=A("chiara"), q_when="2027-02-02 09:00 +0100", quoted=q,
             q_to="contabilita@hotelmiramare-rimini.it", q_subject="Fattura 2027/006")
add(lang="it", kind="client-reply-other", frm="Contabilità Hotel Miramare <contabilita@hotelmiramare-rimini.it>",
    to=A("chiara"), subject="Rif: Fattura 2027/006", date="2027-02-08 09:12 +0100", plain=p, html_body=h,
    ua="outlook", charset="windows-1252", cte="quoted-printable", html_charset="utf-8",
    **thread("chiara", "inv-2027-006", "md:court-2027-006"),
    evidence=("ci è stato stornato dalla banca", "fattura 2027/006"),
    reference="2027/006",
    note="A transfer that came back and has not been sent again: neither paid nor promised, so no amount; the "
         "client asks to confirm the bank details.")

q = """Ciao Matteo,
come d'accordo ti allego la fattura n. 10/2026 per lo shooting delle etichette (732,00 € IVA inclusa), con pagamento a 30 giorni.
Grazie ancora, è stato un piacere lavorare in cantina!
Francesca

--
Francesca Longo Fotografia
www.francescalongofoto.it – 333 784 1290
"""
p, h = reply("it", """
Ciao Francesca,
ricevuta, grazie! L'ho girata all'amministrazione (amministrazione@contivini.it), se serve qualcosa chiama pure Roberta allo 0423 58 71 90 int. 4.
Le foto delle bottiglie sono piaciute tantissimo a tutti.
Matteo
""", "gmail", q_from=A("francesca"), q_when="2026-11-24 17:40 +0100", quoted=q)
add(lang="it", kind="client-reply-other", frm="Matteo Conti <matteo@contivini.it>", to=A("francesca"),
    subject="Re: Fattura 10/2026 - shooting etichette", date="2026-11-25 13:47 +0100", plain=p, html_body=h,
    **thread("francesca", "inv-10"), evidence=("L'ho girata all'amministrazione",),
    note="Received and forwarded to accounts: other; the phone number and the 732,00 € and 30 days of the "
         "freelancer's own quoted mail are not facts.")

# --- notices --------------------------------------------------------------------------------------

bank_plain = """Gentile CHIARA BENEDETTI,

ti informiamo che sul tuo conto corrente n. 000012345678 è stato accreditato un bonifico SEPA.

Importo: 1.464,00 EUR
Data accredito: 26/11/2026
Data valuta: 26/11/2026
Ordinante: NOVA GRAFICHE SRL
IBAN ordinante: IT12 A030 6903 2001 0000 0044 719
Causale: SALDO FATT. N. 2026/120 DEL 02/11/2026
CRO: 03069022778
TRN: 0306902277811305480260110IT

Puoi consultare il dettaglio dei movimenti nella tua area riservata o nell'app.

Questa è una email generata automaticamente, ti preghiamo di non rispondere.
Banca Popolare del Tirreno S.p.A. – Sede legale: Piazza Garibaldi 1, 57123 Livorno – Gruppo Bancario Tirreno
"""
rows = [("Importo", "1.464,00 EUR"), ("Data accredito", "26/11/2026"), ("Data valuta", "26/11/2026"),
        ("Ordinante", "NOVA GRAFICHE SRL"), ("IBAN ordinante", "IT12 A030 6903 2001 0000 0044 719"),
        ("Causale", "SALDO FATT. N. 2026/120 DEL 02/11/2026"), ("CRO", "03069022778"),
        ("TRN", "0306902277811305480260110IT")]
bank_html = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Bonifico in arrivo</title></head>"
             "<body style=\"font-family:Arial,sans-serif;background:#f2f4f7\"><table width=\"600\" align=\"center\" "
             "style=\"background:#ffffff\"><tr><td style=\"background:#003b6f;color:#fff;padding:16px\">"
             "<b>Banca Popolare del Tirreno</b></td></tr><tr><td style=\"padding:20px\">"
             "<p>Gentile CHIARA BENEDETTI,</p><p>ti informiamo che sul tuo conto corrente n. 000012345678 è stato "
             "accreditato un bonifico SEPA.</p><table cellpadding=\"6\" style=\"border-collapse:collapse\">"
             + "".join(f"<tr><td style=\"color:#666\">{k}</td><td><b>{html.escape(v)}</b></td></tr>" for k, v in rows)
             + "</table><p>Puoi consultare il dettaglio dei movimenti nella tua area riservata o nell'app.</p>"
             "<p style=\"font-size:11px;color:#888\">Questa è una email generata automaticamente, ti preghiamo di "
             "non rispondere.<br>Banca Popolare del Tirreno S.p.A. – Sede legale: Piazza Garibaldi 1, 57123 Livorno"
             "</p></td></tr></table></body></html>\n")
add(lang="it", kind="payment-notification", frm="Banca Popolare del Tirreno <avvisi@bptirreno.it>", to=A("chiara"),
    subject="Bonifico in arrivo sul tuo conto", date="2026-11-26 07:02 +0100", plain=bank_plain, html_body=bank_html,
    cte="quoted-printable", ua="machine", msgid="<20261126070201.5F3A2C19@notifiche.bptirreno.it>",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "BPT Notify 4.2")],
    evidence=("Importo: 1.464,00 EUR", "SALDO FATT. N. 2026/120 DEL 02/11/2026"),
    amount="1464.00", currency="EUR", reference="2026/120",
    note="Incoming transfer: amount and causale are the facts; the account number, the payer's IBAN, CRO, TRN and "
         "the invoice date in the causale are not.")

add(lang="it", kind="payment-notification", frm="Satispay <noreply@satispay.com>", to=A("francesca"),
    subject="Hai ricevuto 45,00 €", date="2026-12-13 17:21 +0100", ua="machine",
    msgid="<0102019b1c7e4a2d-7c2e9a41-3b0d-4f6e-9a18-52d0e1f7c3b2-000000@eu-west-1.amazonses.com>",
    plain="""Ciao Francesca,

hai ricevuto 45,00 € da Giorgio P.

Messaggio: "stampa foto 30x40 🙂"
Data: 13 dicembre 2026, 17:21
ID transazione: 7c2e9a41-3b0d-4f6e-9a18-52d0e1f7c3b2

L'importo è già disponibile nel tuo saldo Satispay.

Il team Satispay
""", html_body="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">
<div style="max-width:520px;margin:0 auto;padding:24px">
<p style="font-size:13px;color:#f94c43;font-weight:bold">satispay</p>
<h1 style="font-size:22px">Hai ricevuto 45,00 €</h1>
<p>Ciao Francesca,<br>hai ricevuto <b>45,00 €</b> da <b>Giorgio P.</b></p>
<p>Messaggio: &quot;stampa foto 30x40 🙂&quot;<br>Data: 13 dicembre 2026, 17:21<br>
ID transazione: 7c2e9a41-3b0d-4f6e-9a18-52d0e1f7c3b2</p>
<p>L'importo è già disponibile nel tuo saldo Satispay.</p>
<p style="color:#888;font-size:12px">Il team Satispay</p>
</div></body></html>
""", cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")],
    evidence=("hai ricevuto 45,00 € da Giorgio P.",),
    amount="45.00", currency="EUR",
    note="A Satispay payment received; '30x40' in the message is a print size and the transaction id is no "
         "invoice reference.")

# --- auto-reply, bounce, other --------------------------------------------------------------------

add(lang="it", kind="auto-reply", frm="Studio Architetti Greco <info@studioarchitettigreco.it>", to=A("luca"),
    subject="Risposta automatica: Fattura 46/2026", date="2026-12-23 09:01 +0100", fmt="plain", ua="machine",
    plain="""Grazie per il messaggio.

Lo studio resterà chiuso per le festività natalizie fino al 6 gennaio compreso. Le email ricevute in questo periodo verranno lette al nostro rientro.

Per urgenze di cantiere: geom. Bianchi, 340 119 2288.

Buone feste!
Studio Architetti Greco
""", cte="quoted-printable", **thread("luca", "inv-46", "md:court-46"),
    headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk")],
    evidence=("fino al 6 gennaio compreso",),
    return_date="2027-01-07",
    note="Closed 'fino al 6 gennaio compreso', so the first day back is 7 January; the phone number is for "
         "emergencies.")

orig = reminder("luca", "due", "45/2026", client="Colombo Serramenti snc", kind="company", amount="1586.00",
                due="2026-12-07", today="2026-12-07")
bounce_it = f"""Return-Path: <>
Received: from smtp12.mailhost.it (smtp12.mailhost.it [62.149.158.12])
	by mx1.sartoriweb.it (Postfix) with ESMTPS id 4dQ1x25hZJz1Jc
	for <luca@sartoriweb.it>; Mon,  7 Dec 2026 10:15:09 +0100 (CET)
Date: Mon,  7 Dec 2026 10:15:07 +0100 (CET)
From: MAILER-DAEMON@smtp12.mailhost.it (Sistema di posta)
Subject: Messaggio non recapitato: Fattura 45/2026
To: luca@sartoriweb.it
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
	boundary="4dQ1x25hZJz1Jc.1796634907/smtp12.mailhost.it"
Content-Transfer-Encoding: 8bit
Message-Id: <20261207091507.4dQ1x25hZJz1Jc@smtp12.mailhost.it>

This is a MIME-encapsulated message.

--4dQ1x25hZJz1Jc.1796634907/smtp12.mailhost.it
Content-Description: Notification
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Questo è il sistema di posta di smtp12.mailhost.it.

Siamo spiacenti di informarLa che il Suo messaggio non è stato
recapitato a uno o più destinatari. In allegato trova il messaggio
originale.

Per assistenza scriva a <postmaster@mailhost.it>, allegando questo
rapporto.

                   Il sistema di posta

<fatture@serramenticolombo.it>: host mx.serramenticolombo.it[185.23.44.10]
    said: 550 5.1.1 <fatture@serramenticolombo.it>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO
    command)

--4dQ1x25hZJz1Jc.1796634907/smtp12.mailhost.it
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; smtp12.mailhost.it
X-Postfix-Queue-ID: 4dQ1x25hZJz1Jc
X-Postfix-Sender: rfc822; luca@sartoriweb.it
Arrival-Date: Mon,  7 Dec 2026 10:15:05 +0100 (CET)

Final-Recipient: rfc822; fatture@serramenticolombo.it
Original-Recipient: rfc822;fatture@serramenticolombo.it
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.serramenticolombo.it
Diagnostic-Code: smtp; 550 5.1.1 <fatture@serramenticolombo.it>: Recipient
    address rejected: User unknown in virtual mailbox table

--4dQ1x25hZJz1Jc.1796634907/smtp12.mailhost.it
Content-Description: Undelivered Message
Content-Type: message/rfc822
Content-Transfer-Encoding: 8bit

From: Luca Sartori <luca@sartoriweb.it>
To: Colombo Serramenti <fatture@serramenticolombo.it>
Subject: Fattura 45/2026
Date: Mon, 07 Dec 2026 10:15:02 +0100
Message-ID: {mid("mailduns", "luca/md:due-45-first", "sartoriweb.it")}
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

{orig}
--4dQ1x25hZJz1Jc.1796634907/smtp12.mailhost.it--
"""
add(lang="it", kind="bounce", frm="", to="", subject="", date="2026-12-07 10:15:07 +0100", raw=bounce_it,
    evidence=("Status: 5.1.1", "fatture@serramenticolombo.it"),
    failed_recipient="fatture@serramenticolombo.it", permanent=True,
    note="Postfix DSN with an Italian notice: 550 5.1.1 user unknown, permanent; the returned reminder's amount "
         "and invoice number are not facts of the bounce.")

add(lang="it", kind="other", frm="Banca Popolare del Tirreno <avvisi@bptirreno.it>", to=A("chiara"),
    subject="Bonifico eseguito", date="2027-01-29 12:40 +0100", ua="machine", fmt="plain",
    msgid="<20270129124011.8B11D0E4@notifiche.bptirreno.it>", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "BPT Notify 4.2")],
    plain="""Gentile CHIARA BENEDETTI,

ti confermiamo l'esecuzione del bonifico SEPA da te disposto tramite internet banking.

Beneficiario: STUDIO ROSSETTI COMMERCIALISTI ASSOCIATI
IBAN beneficiario: IT84 Q030 6909 4001 0000 0061 377
Importo: 610,00 EUR
Commissioni: 0,00 EUR
Causale: FATTURA N. 14/2027 ONORARI IV TRIMESTRE 2026
Data esecuzione: 29/01/2027
CRO: 03069114920

Questa è una email generata automaticamente, ti preghiamo di non rispondere.
Banca Popolare del Tirreno S.p.A.
""", evidence=("ti confermiamo l'esecuzione del bonifico SEPA da te disposto",),
    note="An outgoing transfer the freelancer made to her accountant: other; the 610,00 EUR and invoice 14/2027 "
         "are the accountant's, not money coming in.")


# ==================================================================================================
# Spanish
# ==================================================================================================

# --- promises -------------------------------------------------------------------------------------

q = reminder("pablo", "reminder", "F-2026-087", client="Navarro & Asociados Abogados", kind="company",
             amount="1200.00", due="2026-12-05", today="2026-12-09")
p, h = reply("es", """
Hola Pablo:
Disculpa el retraso. La factura 87 se nos quedó traspapelada entre los papeles del cierre de trimestre. Ya la he pasado a pagos y los mil doscientos euros te llegan el martes que viene, que es cuando sale la remesa.
Un saludo,

Lucía Navarro
Navarro & Asociados Abogados
C/ Colón 14, 3.º – 46004 Valencia
Tel. 963 52 41 87
""", "gmail", q_from=A("pablo"), q_when="2026-12-09 09:00 +0100", quoted=q)
add(lang="es", kind="client-reply-promise", frm="Lucía Navarro <lnavarro@navarroasociados.es>", to=A("pablo"),
    subject="Re: Factura F-2026-087", date="2026-12-10 13:22 +0100", plain=p, html_body=h, cte="quoted-printable",
    **thread("pablo", "inv-087", "md:rem-087"),
    evidence=("los mil doscientos euros te llegan el martes que viene", "La factura 87"),
    promised_date="2026-12-15", amount="1200.00", currency="EUR", reference="F-2026-087",
    note="'el martes que viene' written on Thursday 10 December is Tuesday 15; the amount is in words; the client "
         "calls F-2026-087 'la factura 87'; the phone number ends in 87 too.")

q = reminder("marta", "reminder", "42", client="Hotel Rural El Encinar", kind="company", amount="1250.00",
             due="2027-01-20", today="2027-01-25")
p, h = reply("es", """
Buenos días, Marta:
Te escribo por la factura nº 42 (las fotos de las habitaciones nuevas). En enero hemos tenido la obra del comedor y la tesorería está justa, así que te la pago a primeros de febrero: el día 1 o el 2 como muy tarde tienes los 1.250,00 € en tu cuenta.
Perdona las molestias y gracias por la paciencia.

Carmen Vidal
Gerencia – Hotel Rural El Encinar
Ctra. de Candeleda, km 3 – 05480 Candeleda (Ávila)
920 38 14 52
""", "outlook", q_from=A("marta"), q_when="2027-01-25 09:00 +0100", quoted=q,
             q_to="Hotel Rural El Encinar <gerencia@hotelelencinar.es>", q_subject="Factura 42")
add(lang="es", kind="client-reply-promise", frm="Carmen Vidal <gerencia@hotelelencinar.es>", to=A("marta"),
    subject="RE: Factura 42", date="2027-01-27 10:05 +0100", plain=p, html_body=h, ua="outlook-es",
    cte="quoted-printable", **thread("marta", "inv-42", "md:rem-42"),
    evidence=("el día 1 o el 2 como muy tarde", "factura nº 42", "1.250,00 €"),
    promised_date="2027-02-02", amount="1250.00", currency="EUR", reference="42",
    note="'a primeros de febrero: el día 1 o el 2 como muy tarde' sets the latest day, 2 February; 'km 3' and "
         "the postcode are not facts.")

q = reminder("pablo", "due", "F-2027-008", client="Iván Castro", kind="person", amount="2420.00",
             due="2027-02-20", today="2027-02-22")
p, h = reply("es", """
Pablo, te pagamos a primeros de mes la F2027-008, sin falta. Estamos cerrando una ronda y hasta que no entre el dinero vamos justos. Gracias por entenderlo!!

Iván

Enviado desde mi Galaxy
""", "gmail", q_from=A("pablo"), q_when="2027-02-22 09:00 +0100", quoted=q)
add(lang="es", kind="client-reply-promise", frm="Iván Castro <ivan@nubelab.io>", to=A("pablo"),
    subject="Re: Factura F-2027-008", date="2027-02-22 19:30 +0100", plain=p, html_body=h, ua="android",
    **thread("pablo", "inv-2027-008", "md:due-2027-008"),
    evidence=("te pagamos a primeros de mes la F2027-008",),
    reference="F-2027-008",
    note="'a primeros de mes' (early March) names no day, so no promised_date; the client writes the number "
         "without its first hyphen; the 2.420,00 € is only in the quoted reminder.")

q = reminder("pablo", "reminder", "F-2026-089", client="Ferrer Ceràmiques SL", kind="company", amount="650.00",
             due="2026-12-31", today="2027-01-07")
p, h = reply("es", """
Bon dia Pablo,
Perdona que no te haya contestado antes, entre Reyes y el inventario no he parado. La factura F-2026-089 te la pagamos el día quince, que es cuando hacemos todos los pagos a proveedores. Son seiscientos cincuenta euros, ¿verdad? Así me lo ha dicho la gestoría.
Una abraçada,
Montse

Ferrer Ceràmiques, SL · La Bisbal d'Empordà · 972 64 07 33
""", "gmail", q_from=A("pablo"), q_when="2027-01-07 09:00 +0100", quoted=q)
add(lang="es", kind="client-reply-promise", frm="Montse Ferrer <montse@ferrerceramiques.cat>", to=A("pablo"),
    subject="Re: Factura F-2026-089", date="2027-01-08 12:40 +0100", plain=p, html_body=h, cte="base64",
    **thread("pablo", "inv-089", "md:rem-089"),
    evidence=("te la pagamos el día quince", "Son seiscientos cincuenta euros"),
    promised_date="2027-01-15", amount="650.00", currency="EUR", reference="F-2026-089",
    note="A Catalan speaker writing Spanish: 'el día quince' in words on 8 January is 15 January; the amount in "
         "words is stated as the sum to be paid, even though it is phrased as a check.")

q = reminder("pablo", "courtesy", "F-2026-081", client="Raúl Gómez", kind="person", amount="484.00",
             issue="2026-11-02", due="2026-12-02")
p, h = reply("es", """
Hola Pablo,
Sí, sí, la tengo, la factura del 2 de noviembre (F-2026-081). Te la pago la semana que viene, que ahora estoy esperando a que me ingresen lo de las mutuas.
Saludos
Raúl
""", "gmail", q_from=A("pablo"), q_when="2026-11-27 09:00 +0100", quoted=q)
add(lang="es", kind="client-reply-promise", frm="Raúl Gómez <raul@gomezfisioterapia.es>", to=A("pablo"),
    subject="Re: Factura F-2026-081", date="2026-12-01 18:15 +0100", plain=p, html_body=h,
    **thread("pablo", "inv-081", "md:court-081"),
    evidence=("Te la pago la semana que viene", "(F-2026-081)"),
    reference="F-2026-081",
    note="'la semana que viene' alone names no day: no promised_date; 2 November is the invoice's issue date.")

q = reminder("marta", "reminder", "44", client="Soler Eventos", kind="company", amount="1815.00",
             due="2027-01-05", today="2027-01-08")
p, h = reply("es", """
Hola Marta,
Te soy sincera: antes del día 20 no vamos a poder pagarte, porque hasta esa fecha no nos paga el cliente de la boda de Toledo. Ese mismo día 20 te hago la transferencia de la 44, los 1.815 € (1.500 + IVA).
Siento el retraso, de verdad.
Bea
""", "apple", q_from=A("marta"), q_when="2027-01-08 09:00 +0100", quoted=q)
add(lang="es", kind="client-reply-promise", frm="Beatriz Soler <bea@solereventos.com>", to=A("marta"),
    subject="Re: Factura 44", date="2027-01-11 09:48 +0100", plain=p, html_body=h, ua="apple",
    cte="quoted-printable", **thread("marta", "inv-44", "md:rem-44"),
    evidence=("antes del día 20 no vamos a poder pagarte", "Ese mismo día 20 te hago la transferencia de la 44"),
    promised_date="2027-01-20", amount="1815.00", currency="EUR", reference="44",
    note="'not before the 20th', then 'that same day 20': 20 January; the promised sum is 1.815 € with VAT, not "
         "the 1.500 base.")

top = """Buenas tardes, Pablo:
Te confirmo que la factura F-2026-091 está aprobada, pero del 24 al 31 la oficina está cerrada por vacaciones y no hay nadie para firmar las transferencias. La pagaremos el lunes 4 de enero, a primera hora: 2.178 € IVA incluido.
Felices fiestas,

Javier Ortiz
Director Financiero | Ortiz Logística S.L.
Pol. Ind. El Montalvo III, parcela 12 – 37008 Salamanca
T. +34 923 19 44 70 · M. +34 611 20 83 95
"""
q = reminder("pablo", "courtesy", "F-2026-091", client="Ortiz Logística S.L.", kind="company", amount="2178.00",
             issue="2026-11-28", due="2026-12-28")
p, h = reply("es", top, "outlook", q_from=A("pablo"), q_when="2026-12-21 09:00 +0100", quoted=q,
             q_to="Javier Ortiz <jortiz@ortizlogistica.es>", q_subject="Factura F-2026-091")
add(lang="es", kind="client-reply-promise", frm="Javier Ortiz <jortiz@ortizlogistica.es>", to=A("pablo"),
    subject="RE: Factura F-2026-091", date="2026-12-22 17:05 +0100", plain=p, html_body=h, ua="outlook-es",
    cte="quoted-printable", crlf=True, **thread("pablo", "inv-091", "md:court-091"),
    evidence=("La pagaremos el lunes 4 de enero", "2.178 € IVA incluido"),
    promised_date="2027-01-04", amount="2178.00", currency="EUR", reference="F-2026-091",
    note="A day across the year end: 'el lunes 4 de enero' written on 22 December 2026 is 4 January 2027; 'del 24 "
         "al 31' is the office closure.")

q = reminder("pablo", "reminder", "F-2026-092", client="Construcciones Hermanos Peña, S.A.", kind="company",
             amount="3025.00", due="2026-12-30", today="2027-01-12")
p, h = reply("es", """
Estimado Sr. Ruiz:

En respuesta a su correo, le informamos de que su factura F 2026 092, de fecha 30/11/2026, por importe de EUR 3.025,00, ha sido contabilizada y se incluirá en la remesa de pagos del próximo 25 de enero, conforme a nuestras condiciones de pago a 60 días.

Atentamente,

Departamento de Administración
Construcciones Hermanos Peña, S.A.
CIF A-37123456 · Tel. 923 28 90 11 (ext. 214)

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de Construcciones Hermanos Peña, S.A. Si usted no es el destinatario final, por favor, elimínelo e infórmenos por esta vía.
""", "outlook", q_from=A("pablo"), q_when="2027-01-12 09:00 +0100", quoted=q,
             q_to="administracion@hermanospena.es", q_subject="Factura F-2026-092", sep="original")
add(lang="es", kind="client-reply-promise", frm="Administración Hnos. Peña <administracion@hermanospena.es>",
    to=A("pablo"), subject="RE: Factura F-2026-092", date="2027-01-14 11:11 +0100", plain=p, fmt="plain",
    charset="windows-1252", cte="quoted-printable", ua="outlook-es", **thread("pablo", "inv-092", "md:rem-092"),
    evidence=("remesa de pagos del próximo 25 de enero", "F 2026 092", "EUR 3.025,00"),
    promised_date="2027-01-25", amount="3025.00", currency="EUR", reference="F-2026-092",
    note="The accounts department: the payment run of 25 January is the promised day; the number is written with "
         "spaces ('F 2026 092'); 30/11/2026 is the invoice date and 60 days the terms.")

# --- paid -----------------------------------------------------------------------------------------

q = reminder("pablo", "courtesy", "F-2026-090", client="Herrera Seguros", kind="company", amount="1210.00",
             issue="2026-11-06", due="2026-12-06")
p, h = reply("es", """
Hola Pablo:
Ya está pagada, te adjunto el justificante. Transferencia de 1.210,00 € (1.000 + 21 % de IVA), ref. F-2026-090.
Un saludo y gracias por todo.
María José
""", "gmail", q_from=A("pablo"), q_when="2026-12-01 09:00 +0100", quoted=q)
add(lang="es", kind="client-reply-paid", frm="María José Herrera <mjherrera@herreraseguros.es>", to=A("pablo"),
    subject="Re: Factura F-2026-090", date="2026-12-04 12:02 +0100", plain=p, html_body=h,
    **thread("pablo", "inv-090", "md:court-090"),
    attach=[(tiny_pdf("Justificante de transferencia"), "application", "pdf", "justificante_transferencia.pdf")],
    evidence=("Transferencia de 1.210,00 €", "ref. F-2026-090"),
    amount="1210.00", currency="EUR", reference="F-2026-090",
    note="Paid with the receipt attached: the sum is 1.210,00 € with VAT, not the 1.000 base.")

q = reminder("marta", "courtesy", "47", client="Sergio Domínguez", kind="person", amount="90.00",
             issue="2026-12-12", due="2026-12-22")
p, h = reply("es", """
Hola Marta! Te acabo de hacer un bizum de 90 euros, lo de la sesión de fotos de los peques. Muchísimas gracias, han quedado preciosas 😊😊

Enviado desde mi iPhone
""", "apple", q_from=A("marta"), q_when="2026-12-17 10:00 +0100", quoted=q)
add(lang="es", kind="client-reply-paid", frm="Sergio Domínguez <sergiodominguez83@hotmail.com>", to=A("marta"),
    subject="Re: Factura 47", date="2026-12-19 20:14 +0100", plain=p, html_body=h, ua="iphone",
    cte="quoted-printable", **thread("marta", "inv-47", "md:court-47"),
    evidence=("un bizum de 90 euros",), amount="90.00", currency="EUR",
    note="Paid by Bizum, said by the client; no invoice number in his words.")

q = reminder("pablo", "reminder", "F-2026-093", client="Clínica Veterinaria Arco", kind="company",
             amount="1060.00", due="2026-12-31", today="2027-01-08")
q = ("Elena, te reenvío el recordatorio de Pablo Ruiz, el diseñador de la web. ¿Lo podéis mirar vosotros? "
     "Gracias.\nRamón\n\n" + outlook_block("es", "2027-01-08 09:00 +0100", A("pablo"),
                                           "Clínica Veterinaria Arco <info@veterinariaarco.es>",
                                           "Factura F-2026-093") + "\n\n" + q)
p, h = reply("es", """
Buenos días, Pablo:
Le escribo desde la gestoría de la Clínica Veterinaria Arco. Le confirmo que ayer se pagó su factura F-2026-093: hemos transferido 1.060,00 €, es decir, la base de 1.000,00 € más el 21 % de IVA menos la retención del 15 % de IRPF, que ingresaremos nosotros en el modelo 111 del cuarto trimestre.
Cualquier duda, estamos a su disposición.
Un saludo,

Elena Cano
López Asesores – Asesoría fiscal y contable
Tel. 976 23 45 61
""", "outlook", q_from="Clínica Veterinaria Arco <info@veterinariaarco.es>", q_when="2027-01-08 10:14 +0100",
             quoted=q, q_to="ecano@lopezasesores.es", q_subject="RV: Factura F-2026-093")
fwd_id = mid("outlook", "arco-forward-093")
t = thread("pablo", "inv-093", "md:rem-093")
add(lang="es", kind="client-reply-paid", frm="Elena Cano <ecano@lopezasesores.es>", to=A("pablo"),
    cc="info@veterinariaarco.es", subject="RE: RV: Factura F-2026-093", date="2027-01-12 13:30 +0100", plain=p,
    html_body=h, ua="outlook-es", cte="quoted-printable", irt=fwd_id, refs=t["refs"] + [fwd_id],
    evidence=("hemos transferido 1.060,00 €", "factura F-2026-093"),
    amount="1060.00", currency="EUR", reference="F-2026-093",
    note="The client's tax adviser: paid 1.060,00 € (base 1.000 + VAT − IRPF); 'modelo 111' and 15 % are not "
         "facts.")

q = reminder("marta", "courtesy", "43", client="Blanco Interiorismo", kind="company", amount="1250.00",
             issue="2027-01-02", due="2027-02-01")
p, h = reply("es", """
Hola Marta,
Te he pagado hoy la factura 43, 1250€ justos. Por cierto, ¿te va bien que el reportaje del piso de la calle Ercilla lo hagamos la semana del 15 de marzo? La clienta se muda el 8.
Besos,
Nuria
""", "gmail", q_from=A("marta"), q_when="2027-01-27 09:00 +0100", quoted=q)
add(lang="es", kind="client-reply-paid", frm="Nuria Blanco <nuria@blancointeriorismo.com>", to=A("marta"),
    subject="Re: Factura 43", date="2027-02-01 16:45 +0100", plain=p, html_body=h,
    **thread("marta", "inv-43", "md:court-43"), evidence=("Te he pagado hoy la factura 43, 1250€ justos",),
    amount="1250.00", currency="EUR", reference="43",
    note="Paid and asks about the next shoot: the 15 March week and 'el 8' are about new work, not payment.")

q = reminder("pablo", "reminder", "F-2027-012", client="Estudio Aguirre", kind="company", amount="800.00",
             cur="USD", due="2027-02-12", today="2027-02-16")
p, h = reply("es", """
Hola Pablo, cómo andás?
Te aviso que ya te transferimos los USD 800 por Wise, fijate que te tiene que llegar hoy o mañana. Es el total de la factura F-2027-012, como habíamos arreglado (en dólares, sin IVA por ser exportación de servicios).
Abrazo grande,
Martín
""", "gmail", q_from=A("pablo"), q_when="2027-02-16 09:00 +0100", quoted=q, q_lang="es")
add(lang="es", kind="client-reply-paid", frm="Martín Aguirre <martin@estudioaguirre.com.ar>", to=A("pablo"),
    subject="Re: Factura F-2027-012", date="2027-02-17 11:20 -0300", plain=p, html_body=h,
    **thread("pablo", "inv-2027-012", "md:rem-2027-012"),
    evidence=("ya te transferimos los USD 800 por Wise", "factura F-2027-012"),
    amount="800.00", currency="USD", reference="F-2027-012",
    note="An Argentine client (voseo, -0300) paid in dollars: currency USD; 'hoy o mañana' is when it should "
         "arrive, not a promise.")

p, h = reply("es", """
Buenos días Pablo,
Pagada la F-2026-084 del 15/11. Si necesitas algo llámame al 654 32 18 90.
Gracias!
Alberto
""")
add(lang="es", kind="client-reply-paid", frm="Alberto Sanz <alberto.sanz@sanzyvega.es>", to=A("pablo"),
    subject="Re: Factura F-2026-084", date="2026-12-03 09:58 +0100", html_body=h, fmt="html",
    **thread("pablo", "inv-084", "md:court-084"), evidence=("Pagada la F-2026-084 del 15/11",),
    reference="F-2026-084",
    note="HTML-only one-liner with no quote: paid; 15/11 is the invoice date and the mobile number is not an "
         "amount.")

p = """Hola Marta!!
Ya te he pagado las dos, la 40 y la 41, te he hecho una sola transferencia de 2.420 € en total. Mira a ver si te ha llegado bien y me dices.
Un beso grande
Lorena
Floristería Azahar · Sevilla

-----Mensaje original-----
De: Marta Quiles [mailto:hola@martaquiles.com]
Enviado el: lunes, 23 de noviembre de 2026 10:00
Para: Floristería Azahar
Asunto: Facturas 40 y 41

Hola Lorena:

Te recuerdo que tengo pendientes las facturas 40 (1.210,00 €, fotos de la web) y 41 (1.210,00 €, campaña de San Valentín). Cuando puedas me dices algo.

Gracias y un abrazo,
Marta
"""
add(lang="es", kind="client-reply-paid", frm="Floristería Azahar <floristeria.azahar@telefonica.net>",
    to=A("marta"), subject="RE: Facturas 40 y 41", date="2026-11-27 14:20 +0100", plain=p, fmt="plain",
    charset="windows-1252", cte="quoted-printable", ua="outlook-es", **thread("marta", "remind-40-41"),
    evidence=("la 40 y la 41", "2.420 € en total"),
    amount="2420.00", currency="EUR",
    note="Two invoices paid with one transfer: amount 2.420 €, no reference since two invoices are named.")

# --- disputes -------------------------------------------------------------------------------------

q = reminder("pablo", "reminder", "F-2026-088", client="Grupo Alcázar Hoteles", kind="company", amount="1815.00",
             due="2026-12-10", today="2026-12-14")
p, h = reply("es", """
Buenos días:

Revisando su reclamación, vemos que la factura F-2026-088 corresponde al mismo trabajo (adaptación de la web a la nueva marca) que ya nos facturó con la F-2026-079 y que abonamos el 30 de octubre.
No vamos a tramitar el pago de la F-2026-088. Le rogamos que la anule mediante una factura rectificativa.

Atentamente,
Rocío Martín
Dpto. de Compras – Grupo Alcázar Hoteles
""", "outlook", q_from=A("pablo"), q_when="2026-12-14 09:00 +0100", quoted=q,
             q_to="compras@grupoalcazarhoteles.com", q_subject="Factura F-2026-088")
add(lang="es", kind="client-reply-dispute", frm="Rocío Martín <compras@grupoalcazarhoteles.com>", to=A("pablo"),
    subject="RE: Factura F-2026-088", date="2026-12-16 10:30 +0100", plain=p, html_body=h, ua="outlook-es",
    cte="quoted-printable", **thread("pablo", "inv-088", "md:rem-088"),
    evidence=("No vamos a tramitar el pago", "factura rectificativa"),
    note="Billed twice: refuses F-2026-088 because F-2026-079 covered it; two numbers are named, so no reference; "
         "30 October is when the other one was paid.")

q = reminder("marta", "reminder", "45", client="Bodegas Herrero", kind="company", amount="1250.00",
             due="2027-01-15", today="2027-01-19")
p, h = reply("es", """
Hola Marta,
Recibí tu recordatorio. Te soy claro: las fotos de la vendimia llegaron dos semanas tarde y nos perdimos la campaña de la feria, así que te pido un descuento del 10 %. Si te parece bien, te pagamos 1.125 € en lugar de los 1.250 de la factura nº 45, y rectificas la factura.
Dime algo.

Diego Herrero
Bodegas Herrero – D.O. Ribera del Duero
""", "gmail", q_from=A("marta"), q_when="2027-01-19 09:00 +0100", quoted=q)
add(lang="es", kind="client-reply-dispute", frm="Diego Herrero <diego@bodegasherrero.es>", to=A("marta"),
    subject="Re: Factura 45", date="2027-01-19 18:10 +0100", plain=p, html_body=h,
    **thread("marta", "inv-45", "md:rem-45"),
    evidence=("te pido un descuento del 10 %", "factura nº 45"),
    reference="45",
    note="Asks for a discount and a corrected invoice: dispute; the 1.125 € is an offer that depends on the "
         "freelancer agreeing, not a sum paid or promised, so no amount.")

q = reminder("marta", "due", "46", client="Mueblerías Lozano", kind="company", amount="2904.00",
             due="2027-03-08", today="2027-03-09")
p, h = reply("es", """
Hola Marta:
Hasta que no nos entregues las fotos que faltan del catálogo (los 12 modelos de la colección de jardín), no vamos a pagar la factura. Acordamos 60 productos y hemos recibido 48.
En cuanto las tengamos, la pasamos a pago.
Saludos,
Ana Lozano
Marketing · Mueblerías Lozano
""", "gmail", q_from=A("marta"), q_when="2027-03-09 09:00 +0100", quoted=q)
add(lang="es", kind="client-reply-dispute", frm="Ana Lozano <ana.lozano@muebleriaslozano.es>", to=A("marta"),
    subject="Re: Factura 46", date="2027-03-09 13:00 +0100", plain=p, html_body=h,
    **thread("marta", "inv-46", "md:due-46"),
    evidence=("no vamos a pagar la factura",),
    note="Withholds payment until the missing work is delivered; 12, 60 and 48 are product counts, and the client "
         "does not name the invoice number.")

# --- other client replies -------------------------------------------------------------------------

q = reminder("pablo", "courtesy", "F-2027-003", client="Cristina Molina", kind="person", amount="605.00",
             issue="2027-01-04", due="2027-01-18")
p, h = reply("es", """
Hola Pablo, buenos días.
¿Me puedes reenviar el número de cuenta? En el PDF de la factura el IBAN sale cortado (solo veo ES91 2100 0418 45...) y el banco no me deja hacer la transferencia así.
Gracias,
Cristina
""", "gmail", q_from=A("pablo"), q_when="2027-01-12 09:00 +0100", quoted=q)
add(lang="es", kind="client-reply-other", frm="Cristina Molina <cmolina.psicologia@gmail.com>", to=A("pablo"),
    subject="Re: Factura F-2027-003", date="2027-01-13 10:20 +0100", plain=p, html_body=h,
    **thread("pablo", "inv-2027-003", "md:court-2027-003"),
    evidence=("¿Me puedes reenviar el número de cuenta?",),
    note="Asks for the bank details again: other; the half IBAN is a look-alike, and nothing is paid or promised.")

q = """Hola:

Os adjunto la factura nº 39 de la sesión de fotos del equipo (1.089,00 €, IVA incluido), con vencimiento a 30 días.

Cualquier cosa me decís.
Marta Quiles
Fotografía · www.martaquiles.com
"""
p, h = reply("es", """
Buenos días,
Recibida, la pasamos a contabilidad.
Un saludo,

Paula
Administración · Clínica Dental Sonríe
C/ Mayor 21, 28013 Madrid · 91 522 80 14

AVISO LEGAL: Este mensaje y sus anexos son confidenciales y se dirigen exclusivamente a su destinatario. En cumplimiento del Reglamento (UE) 2016/679 (RGPD) y de la LO 3/2018, le informamos de que sus datos se tratarán con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos en protecciondatos@clinicasonrie.es.
""", "outlook", q_from=A("marta"), q_when="2026-11-13 12:00 +0100", quoted=q,
             q_to="administracion@clinicasonrie.es", q_subject="Factura 39 - sesión equipo")
add(lang="es", kind="client-reply-other", frm="Administración Clínica Sonríe <administracion@clinicasonrie.es>",
    to=A("marta"), subject="RE: Factura 39 - sesión equipo", date="2026-11-16 09:03 +0100", plain=p, html_body=h,
    ua="outlook-es", cte="quoted-printable", **thread("marta", "inv-39"), evidence=("Recibida, la pasamos a contabilidad",),
    note="Received and passed to accounts: other; the regulation and law numbers in the disclaimer are not facts.")

q = reminder("pablo", "courtesy", "F-2027-015", client="Héctor Varela", kind="person", amount="1060.00",
             issue="2027-02-10", due="2027-02-25")
p, h = reply("es", """
Hola Pablo,
Una duda antes de pagarla: en el presupuesto ponía 1.000 € + IVA y en la factura F-2027-015 veo un total de 1.060 €. ¿Es por la retención? Es que es la primera vez que contrato a un autónomo y no sé si lo estoy entendiendo bien.
Gracias!
Héctor
""", "gmail", q_from=A("pablo"), q_when="2027-02-17 09:00 +0100", quoted=q)
add(lang="es", kind="client-reply-other", frm="Héctor Varela <hector@varelaeditores.es>", to=A("pablo"),
    subject="Re: Factura F-2027-015", date="2027-02-18 12:12 +0100", plain=p, html_body=h,
    **thread("pablo", "inv-2027-015", "md:court-2027-015"),
    evidence=("Una duda antes de pagarla",),
    reference="F-2027-015",
    note="A question about the total before paying, not a dispute nor a promise; 1.000 and 1.060 are not paid or "
         "promised sums.")

# --- notices --------------------------------------------------------------------------------------

add(lang="es", kind="payment-notification", frm="Banco Meseta <notificaciones@bancomeseta.es>", to=A("marta"),
    subject="Has recibido un Bizum", date="2026-12-06 19:44 +0100", ua="machine",
    msgid="<bizum.20261206194402.77120455@avisos.bancomeseta.es>", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    plain="""Hola MARTA:

Has recibido un Bizum.

Importe: 35,00 €
De: LAURA GARCIA R.
Concepto: fotos carnet + copias
Fecha: 06/12/2026 19:43

El importe ya está disponible en tu cuenta ES79 **** **** **** **** 5678.

Banco Meseta. Este correo se ha enviado de forma automática; por favor, no respondas a este mensaje.
""", html_body="""<html><body style="font-family:Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="border:1px solid #ddd"><tr><td style="background:#00a19a;color:#fff;padding:14px 18px;font-size:18px">Has recibido un Bizum</td></tr>
<tr><td style="padding:18px">
<p>Hola MARTA:</p>
<table cellpadding="4">
<tr><td>Importe</td><td><b>35,00&nbsp;€</b></td></tr>
<tr><td>De</td><td>LAURA GARCIA R.</td></tr>
<tr><td>Concepto</td><td>fotos carnet + copias</td></tr>
<tr><td>Fecha</td><td>06/12/2026 19:43</td></tr>
</table>
<p>El importe ya está disponible en tu cuenta ES79 **** **** **** **** 5678.</p>
<p style="font-size:11px;color:#777">Banco Meseta. Este correo se ha enviado de forma automática; por favor, no respondas a este mensaje.</p>
</td></tr></table></td></tr></table></body></html>
""", evidence=("Has recibido un Bizum", "35,00"),
    amount="35.00", currency="EUR",
    note="A Bizum received: amount only, no invoice reference; the masked account is not a fact.")

add(lang="es", kind="payment-notification", frm="Caja Levante <avisos@cajalevante.es>", to=A("pablo"),
    subject="Aviso: transferencia recibida", date="2027-01-29 08:15 +0100", ua="machine", fmt="plain",
    charset="iso-8859-1", cte="quoted-printable", msgid="<AV20270129081533.0049150027012900447@cajalevante.es>",
    headers=[("Auto-Submitted", "auto-generated")],
    plain="""CAJA LEVANTE - AVISO DE MOVIMIENTO

Estimado/a cliente:

Le informamos de que se ha abonado en su cuenta una transferencia con los siguientes datos:

Cuenta de abono:          ES91 2100 0418 4502 0005 1332
Importe:                  1.815,00 EUR
Ordenante:                TALLERES MECANICOS URIBE SL
Cuenta ordenante:         ES21 0049 1500 0512 3456 7892
Concepto:                 FRA F-2027-004
Fecha de operación:       28/01/2027
Fecha valor:              29/01/2027
Referencia de operación:  0049 1500 2701 2900 4471

Puede consultar el detalle en Caja Levante Online.

Este mensaje ha sido generado automáticamente. Por favor, no responda a esta dirección.
""", evidence=("Importe:                  1.815,00 EUR", "FRA F-2027-004"),
    amount="1815.00", currency="EUR", reference="F-2027-004",
    note="Latin-1 bank notice of a transfer received: the concepto names the invoice; both IBANs, the dates and the "
         "operation reference are look-alikes.")

add(lang="es", kind="payment-notification", frm="service@paypal.es", to=A("marta"),
    subject="Has recibido un pago de Javier Prieto Núñez", date="2027-03-02 22:10 +0100", ua="machine",
    msgid="<4f1c0e2a9b7d4.1772485800@ccg01mail02.paypal.com>", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Email-Type-Id", "PP1190")],
    plain="""Hola, Marta Quiles:

Has recibido 250,00 € EUR de Javier Prieto Núñez (jprieto.nunez@gmail.com).

Nota de Javier Prieto Núñez:
"Factura 48 - retoque fotos"

Detalles de la transacción
ID de transacción: 5KX32718AB6690412
Fecha de la transacción: 2 de marzo de 2027
Importe recibido: 250,00 € EUR
Comisión: -8,85 € EUR
Importe neto: 241,15 € EUR

Puede tardar unos minutos en aparecer en tu cuenta.

Ayuda y contacto | Seguridad | Aplicaciones
PayPal (Europe) S.à r.l. et Cie, S.C.A.
""", html_body="""<html><body style="font-family:'PayPal Sans',Helvetica,Arial,sans-serif;color:#2c2e2f">
<table width="600" align="center"><tr><td style="padding:20px">
<img src="https://www.paypalobjects.com/digitalassets/c/system-triggered-email/n/layout/images/paypal-logo.png" alt="PayPal" width="100">
<p>Hola, Marta Quiles:</p>
<p style="font-size:20px">Has recibido <b>250,00&nbsp;€ EUR</b> de Javier Prieto Núñez (jprieto.nunez@gmail.com).</p>
<p><b>Nota de Javier Prieto Núñez:</b><br>&quot;Factura 48 - retoque fotos&quot;</p>
<table cellpadding="3">
<tr><td>ID de transacción</td><td>5KX32718AB6690412</td></tr>
<tr><td>Fecha de la transacción</td><td>2 de marzo de 2027</td></tr>
<tr><td>Importe recibido</td><td>250,00&nbsp;€ EUR</td></tr>
<tr><td>Comisión</td><td>-8,85&nbsp;€ EUR</td></tr>
<tr><td>Importe neto</td><td>241,15&nbsp;€ EUR</td></tr>
</table>
<p style="font-size:11px;color:#6c7378">PayPal (Europe) S.à r.l. et Cie, S.C.A.</p>
</td></tr></table></body></html>
""", evidence=("Has recibido 250,00 € EUR", "Factura 48 - retoque fotos"),
    amount="250.00", currency="EUR", reference="48",
    note="PayPal: the payer sent 250,00 €, the fee and the net 241,15 are PayPal's; the payer's note names invoice "
         "48; the transaction id is not a reference.")

rem_rows = [("F-2027-011", "14/01/2027", "968,00"), ("F-2027-013", "28/01/2027", "968,00")]
add(lang="es", kind="payment-notification",
    frm="Portal de Proveedores Grupo Ibercarga <no-reply@proveedores.ibercarga.es>", to=A("pablo"),
    subject="Aviso de pago - Proveedor 400217 - Pago 2000188734", date="2027-03-15 07:30 +0100", ua="machine",
    msgid="<2000188734.400217.20270315073002@proveedores.ibercarga.es>", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    plain="""AVISO DE PAGO

Proveedor: 400217 - RUIZ MEDINA PABLO
Número de pago: 2000188734
Fecha de pago: 15/03/2027
Forma de pago: Transferencia SEPA a ES91 2100 0418 4502 0005 1332

Le comunicamos que hoy hemos ordenado el pago de los documentos siguientes:

Nº documento   Fecha factura   Importe (EUR)
F-2027-011     14/01/2027            968,00
F-2027-013     28/01/2027            968,00

Total pagado:                      1.936,00 EUR

Para cualquier consulta, indique el número de pago en el portal de proveedores.
Este correo es automático; no responda a esta dirección.
Grupo Ibercarga, S.A. · Departamento de Cuentas a Pagar
""", html_body=("<html><body style=\"font-family:Verdana,sans-serif;font-size:12px\"><h2>AVISO DE PAGO</h2>"
                "<p>Proveedor: 400217 - RUIZ MEDINA PABLO<br>Número de pago: 2000188734<br>Fecha de pago: 15/03/2027"
                "<br>Forma de pago: Transferencia SEPA a ES91 2100 0418 4502 0005 1332</p>"
                "<p>Le comunicamos que hoy hemos ordenado el pago de los documentos siguientes:</p>"
                "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\"><tr><th>Nº documento</th>"
                "<th>Fecha factura</th><th>Importe (EUR)</th></tr>"
                + "".join(f"<tr><td>{a}</td><td>{b}</td><td align=\"right\">{c}</td></tr>" for a, b, c in rem_rows)
                + "<tr><td colspan=\"2\"><b>Total pagado</b></td><td align=\"right\"><b>1.936,00</b></td></tr>"
                "</table><p>Para cualquier consulta, indique el número de pago en el portal de proveedores.<br>"
                "Este correo es automático; no responda a esta dirección.<br>Grupo Ibercarga, S.A. · Departamento "
                "de Cuentas a Pagar</p></body></html>\n"),
    evidence=("Total pagado:                      1.936,00 EUR", "F-2027-011", "F-2027-013"),
    amount="1936.00", currency="EUR",
    note="An accounts-payable remittance for two invoices: the amount is the total paid, and there is no single "
         "reference; supplier and payment numbers are look-alikes.")

# --- auto-reply and other -------------------------------------------------------------------------

add(lang="es", kind="auto-reply", frm="Susana Iglesias <siglesias@editorialfaro.es>", to=A("pablo"),
    subject="Respuesta automática: Factura F-2026-094", date="2026-12-28 10:02 +0100", fmt="plain",
    ua="outlook-es", charset="windows-1252", cte="quoted-printable", **thread("pablo", "inv-094", "md:court-094"),
    headers=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-replied"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "siglesias@editorialfaro.es")],
    plain="""Gracias por su mensaje.

Estaré fuera de la oficina hasta el viernes 8 de enero, sin acceso al correo. Me reincorporo el lunes 11 de enero.

Para asuntos urgentes puede escribir a administracion@editorialfaro.es o llamar al 91 445 20 18.

Un saludo,
Susana Iglesias
Editorial Faro
""", evidence=("Me reincorporo el lunes 11 de enero",),
    return_date="2027-01-11",
    note="Away until Friday 8 January and back on Monday 11 January: the first day back is the one stated, 11 "
         "January, not the 9th.")

add(lang="es", kind="other", frm="FACTURANET <avisos@facturanet.es>", to=A("pablo"),
    subject="Cambio de estado de su factura F-2027-002 en FACe", date="2027-01-12 16:05 +0100", ua="machine",
    fmt="plain", msgid="<face.20270112160512.3318@facturanet.es>", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    plain="""Estimado/a usuario/a:

Le informamos de que la factura electrónica que se detalla a continuación, presentada a través de FACTURANET en el Punto General de Entrada de Facturas Electrónicas (FACe), ha cambiado de estado.

Número de registro: REGAGE27e00001234567
Número de factura: F-2027-002
Fecha de expedición: 05/01/2027
Importe total: 2.420,00 €
Órgano gestor: L01370274 - Ayuntamiento de Salamanca
Estado anterior: Registrada
Estado actual: Registrada en RCF
Fecha del cambio: 12/01/2027

Le notificaremos nuevos cambios de estado (conformada, contabilizada la obligación reconocida, pagada).

Este es un mensaje automático; por favor, no responda a este correo.
FACTURANET · Servicio de facturación electrónica
""", evidence=("Estado actual: Registrada en RCF",),
    reference="F-2027-002",
    note="An e-invoicing status notice (registered, not paid): other; the total, dates and registry numbers are not "
         "money received.")


# ==================================================================================================
# English
# ==================================================================================================

# --- promises -------------------------------------------------------------------------------------

q = reminder("emma", "reminder", "INV-0042", client="Brightwave", kind="company", amount="1250.00",
             due="2026-11-30", today="2026-12-02")
p, h = reply("en", """
Hi Emma,

Sorry for the late reaction, our finance colleague was sick for two weeks. I have checked and INV-0042 is approved now, the payment of €1,250 will be done next Tuesday together with the other suppliers.

Met vriendelijke groet / Kind regards,

Sanne de Vries
Project Manager | Brightwave
Keizersgracht 212, 1016 DZ Amsterdam
+31 20 794 5510
""", "outlook", q_from=A("emma"), q_when="2026-12-02 09:00 +0000", quoted=q,
             q_to="Sanne de Vries <sanne@brightwave.nl>", q_subject="Invoice INV-0042")
add(lang="en", kind="client-reply-promise", frm="Sanne de Vries <sanne@brightwave.nl>", to=A("emma"),
    subject="RE: Invoice INV-0042", date="2026-12-03 16:40 +0100", plain=p, html_body=h, ua="outlook-en",
    cte="quoted-printable", **thread("emma", "inv-0042", "md:rem-0042"),
    evidence=("the payment of €1,250 will be done next Tuesday", "INV-0042 is approved"),
    promised_date="2026-12-08", amount="1250.00", currency="EUR", reference="INV-0042",
    note="A Dutch client in non-native English: 'next Tuesday' written on Thursday 3 December is Tuesday 8 "
         "December; the postcode and phone number are not facts.")

q = reminder("emma", "reminder", "INV-0047", client="Pennant Outdoor Ltd", kind="company", amount="1480.00",
             cur="GBP", due="2026-12-18", today="2027-01-04")
p, h = reply("en", """
Hi Emma,

Thanks for the reminder. I'm afraid INV 0047 missed our December cut-off, so it won't go out before the 20th – that's our next payment run. It's on the list for that run, so you should see £1,480.00 on the 20th or the day after, depending on your bank.

Kind regards,

Gareth Hughes
Accounts Payable
Pennant Outdoor Ltd
T: 029 2048 1190
Registered in England and Wales No. 08812345 | VAT Reg. GB 284 5531 07
""", "outlook", q_from=A("emma"), q_when="2027-01-04 09:00 +0000", quoted=q,
             q_to="accounts.payable@pennantoutdoor.co.uk", q_subject="Invoice INV-0047")
add(lang="en", kind="client-reply-promise", frm="Gareth Hughes <accounts.payable@pennantoutdoor.co.uk>",
    to=A("emma"), subject="RE: Invoice INV-0047", date="2027-01-05 11:02 +0000", plain=p, html_body=h,
    ua="outlook-en", cte="quoted-printable", **thread("emma", "inv-0047", "md:rem-0047"),
    evidence=("it won't go out before the 20th", "INV 0047", "£1,480.00"),
    promised_date="2027-01-20", amount="1480.00", currency="GBP", reference="INV-0047",
    note="'won't go out before the 20th', with the payment run on the 20th: 20 January; the number is written with "
         "a space; company and VAT numbers are look-alikes.")

q = reminder("emma", "due", "INV-0048", client="Saltbush Studio", kind="company", amount="980.00", cur="GBP",
             due="2026-12-31", today="2027-01-02")
p, h = reply("en", """
Hey Emma,

Happy new year! Sorry, totally dropped the ball on this one over the break. I'll pay INV-0048 tomorrow morning my time – the £980 – it's the first thing on my list when I'm back at the desk.

Cheers,
Josh

Josh Callaghan | Creative Director | Saltbush Studio
Surry Hills NSW 2010 | +61 2 9188 4410
""", "gmail", q_from=A("emma"), q_when="2027-01-02 09:00 +0000", quoted=q)
add(lang="en", kind="client-reply-promise", frm="Josh Callaghan <josh@saltbushstudio.com.au>", to=A("emma"),
    subject="Re: Invoice INV-0048", date="2027-01-04 07:45 +1100", plain=p, html_body=h,
    **thread("emma", "inv-0048", "md:due-0048"),
    evidence=("I'll pay INV-0048 tomorrow morning my time", "the £980"),
    promised_date="2027-01-05", amount="980.00", currency="GBP", reference="INV-0048",
    note="Sent Monday 4 January 07:45 in Sydney (+1100), still Sunday 3 January in the UK and in UTC: 'tomorrow' "
         "is the sender's 5 January.")

q = reminder("emma", "courtesy", "INV-0043", client="Loom & Larch Ltd", kind="company", amount="2400.00",
             cur="GBP", issue="2026-12-16", due="2027-01-15")
p, h = reply("en", """
Hi Emma,

Quick one: our MD signs off supplier payments on the twenty-first of each month, so your invoice will be paid on the twenty-first. That's £2,000 + VAT, so £2,400 in total - shout if that's not right.

Thanks for your patience, and the illustrations look fab!
Priya

Priya Shah
Marketing Lead, Loom & Larch Ltd
""", "gmail", q_from=A("emma"), q_when="2027-01-11 09:00 +0000", quoted=q)
add(lang="en", kind="client-reply-promise", frm="Priya Shah <priya@loomandlarch.co.uk>", to=A("emma"),
    subject="Re: Invoice INV-0043", date="2027-01-12 14:20 +0000", plain=p, html_body=h,
    **thread("emma", "inv-0043", "md:court-0043"),
    evidence=("your invoice will be paid on the twenty-first", "£2,400 in total"),
    promised_date="2027-01-21", amount="2400.00", currency="GBP",
    note="'on the twenty-first' in words, written on 12 January: 21 January; the promised sum is £2,400 with VAT, "
         "not the £2,000 net; the client does not name the invoice number.")

q_old = "Hi Emma, will get this paid by 30 November. O."
q = reminder("emma", "promise_followup", "INV-0051", client="Oliver Bennett", kind="person", amount="1150.00",
             cur="GBP", due="2026-11-20", promise="2026-11-30")
q = q + "\n" + attribution("gmail", "en", "2026-11-23 08:41 +0000", "Oliver Bennett <oliver@bennettcole.co.uk>") + "\n" + gt(q_old)
p, h = reply("en", """
Morning Emma,

Apologies – I know I said the end of November and that came and went. Invoice #0051 is now approved by both partners and will be paid before the end of the month, definitely before we close for New Year.

Best,
Oliver
--
Oliver Bennett RIBA
Bennett & Cole Architects LLP
14 Park Row, Leeds LS1 5HD
""", "gmail", q_from=A("emma"), q_when="2026-12-14 09:00 +0000", quoted=q)
add(lang="en", kind="client-reply-promise", frm="Oliver Bennett <oliver@bennettcole.co.uk>", to=A("emma"),
    subject="Re: Invoice INV-0051", date="2026-12-16 09:30 +0000", plain=p, html_body=h,
    **thread("emma", "inv-0051", "md:pf-0051"),
    evidence=("will be paid before the end of the month", "Invoice #0051"),
    promised_date="2026-12-31", reference="INV-0051",
    note="The old promise (30 November) is in the quoted history and in the client's apology; the new one is "
         "'before the end of the month' on 16 December: 31 December; '#0051' is INV-0051.")

q = reminder_en("chiara", "reminder", "2027/009", client="Verlag Bergmann GmbH", kind="company", amount="640.00",
                due="2027-02-05", today="2027-02-09")
p, h = reply("en", """
Dear Ms Benedetti,

thank you for your reminder. I have asked our accounting department and they told me that the invoice No. 2027/009 will be paid in the next week, the balance of € 640,00 (the first half we have already paid in January).

I apologize for the delay.

With kind regards
Katrin Müller
Lektorat | Verlag Bergmann GmbH
Sendlinger Str. 31, 80331 München
Tel. +49 89 2300 4417
""", "outlook", q_from=A("chiara"), q_when="2027-02-09 09:00 +0100", quoted=q,
             q_to="Katrin Müller <k.mueller@verlag-bergmann.de>", q_subject="Invoice 2027/009")
add(lang="en", kind="client-reply-promise", frm="Katrin Müller <k.mueller@verlag-bergmann.de>", to=A("chiara"),
    subject="AW: Invoice 2027/009", date="2027-02-10 15:05 +0100", plain=p, html_body=h, ua="outlook-en",
    cte="quoted-printable", **thread("chiara", "inv-2027-009", "md:rem-2027-009"),
    evidence=("will be paid in the next week", "the balance of € 640,00", "invoice No. 2027/009"),
    amount="640.00", currency="EUR", reference="2027/009",
    note="A German client in English ('AW:'): 'in the next week' names no day, so no promised_date; the amount is "
         "written '€ 640,00' with a decimal comma; the January half is an earlier payment.")

q = reminder("emma", "reminder", "INV-0049", client="Doyle's Bakery", kind="company", amount="1250.00", cur="GBP",
             due="2027-01-20", today="2027-01-27")
p, h = reply("en", """
Hi Emma,
I've just sent £500 towards INV-0049 – the rest (£750) will follow on Monday 1st Feb when our takings from the weekend market clear. Hope that's OK, January has been brutal!
Hannah
Doyle's Bakery

Sent from my iPhone
""", "apple", q_from=A("emma"), q_when="2027-01-27 09:00 +0000", quoted=q)
add(lang="en", kind="client-reply-promise", frm="Hannah Doyle <hannah@doylesbakery.co.uk>", to=A("emma"),
    subject="Re: Invoice INV-0049", date="2027-01-28 17:10 +0000", plain=p, html_body=h, ua="iphone",
    cte="quoted-printable", **thread("emma", "inv-0049", "md:rem-0049"),
    evidence=("I've just sent £500 towards INV-0049", "the rest (£750) will follow on Monday 1st Feb"),
    promised_date="2027-02-01", amount="750.00", currency="GBP", reference="INV-0049",
    note="Part paid now, the rest promised on Monday 1 February: a promise for that day and that sum (£750); the "
         "£1,250.00 is the quoted reminder's.")

q = reminder_en("chiara", "due", "2027/014", client="Azure Bay Hospitality Ltd", kind="company", amount="1250.00",
                due="2027-02-20", today="2027-02-22")
p, h = reply("en", """
Hello Chiara,

Noted with thanks. Invoice 2027/014 has been processed and will be settled by the 5th of next month, EUR 1250 by SEPA transfer to the IBAN on the invoice.

Regards,

Joseph Camilleri
Finance Officer
Azure Bay Hospitality Ltd
Triq San Gorg, St Julian's STJ 3204, Malta
Tel: +356 2138 6620
""", "outlook", q_from=A("chiara"), q_when="2027-02-22 08:00 +0100", quoted=q,
             q_to="finance@azurebay.com.mt", q_subject="Invoice 2027/014", sep="none")
add(lang="en", kind="client-reply-promise", frm="Joseph Camilleri <finance@azurebay.com.mt>", to=A("chiara"),
    subject="RE: Invoice 2027/014", date="2027-02-22 10:15 +0100", plain=p, html_body=h, ua="outlook-en",
    cte="quoted-printable", **thread("chiara", "inv-2027-014", "md:due-2027-014"),
    evidence=("will be settled by the 5th of next month, EUR 1250", "Invoice 2027/014"),
    promised_date="2027-03-05", amount="1250.00", currency="EUR", reference="2027/014",
    note="'by the 5th of next month' on 22 February is 5 March; 'EUR 1250' has no decimals; STJ 3204 is a "
         "postcode.")

# --- paid -----------------------------------------------------------------------------------------

q = reminder("emma", "courtesy", "INV-0044", client="Harrow & Finch Publishing Ltd", kind="company",
             amount="1250.00", cur="GBP", issue="2026-10-23", due="2026-11-22")
p, h = reply("en", """
Dear Emma,

Please find attached a remittance advice for payment of INV-0044, £1,250.00, made today by BACS. Funds should clear within 2 working days.

Kind regards,

Melissa Ward
Accounts Assistant
Harrow & Finch Publishing Ltd
Company No. 06478213 | VAT No. GB 197 4402 38
""", "outlook", q_from=A("emma"), q_when="2026-11-17 09:00 +0000", quoted=q,
             q_to="accounts@harrowandfinch.co.uk", q_subject="Invoice INV-0044")
add(lang="en", kind="client-reply-paid", frm="Harrow & Finch Accounts <accounts@harrowandfinch.co.uk>",
    to=A("emma"), subject="RE: Invoice INV-0044", date="2026-11-20 15:44 +0000", plain=p, html_body=h,
    ua="outlook-en", cte="quoted-printable", crlf=True, **thread("emma", "inv-0044", "md:court-0044"),
    attach=[(tiny_pdf("Remittance Advice"), "application", "pdf", "Remittance_Advice_0000418823.pdf")],
    evidence=("payment of INV-0044, £1,250.00, made today by BACS",),
    amount="1250.00", currency="GBP", reference="INV-0044",
    note="An accounts assistant with a remittance PDF: paid today; '2 working days' is clearing time; company and "
         "VAT numbers are look-alikes.")

q = reminder("emma", "reminder", "INV-0057", client="Tom Aldridge", kind="person", amount="420.00", cur="GBP",
             due="2027-01-10", today="2027-01-18")
p, h = reply("en", """
Done ✅ sorry for the delay!

Sent from my iPhone
""", "apple", q_from=A("emma"), q_when="2027-01-18 09:00 +0000", quoted=q)
add(lang="en", kind="client-reply-paid", frm="Tom Aldridge <tomaldridge@icloud.com>", to=A("emma"),
    subject="Re: Invoice INV-0057", date="2027-01-18 19:02 +0000", plain=p, html_body=h, ua="iphone",
    cte="quoted-printable", **thread("emma", "inv-0057", "md:rem-0057"), evidence=("Done ✅",),
    note="'Done' in reply to a payment reminder: paid; the amount and number are only in the quote.")

p, h = reply("en", """
Hi Chiara,

Just sent $1,400 via Wise for invoice 2026/122 – it should land as roughly €1,290 once converted, but let me know if there's a shortfall and I'll top it up.

Thanks again for the fast turnaround on the manual!
Dan
""", "gmail", q_from=A("chiara"), q_when="2026-12-07 09:00 +0100",
             quoted=reminder_en("chiara", "courtesy", "2026/122", client="Dan Whitfield", kind="person",
                                amount="1290.00", issue="2026-11-11", due="2026-12-11"))
add(lang="en", kind="client-reply-paid", frm="Dan Whitfield <dan@whitfieldtools.com>", to=A("chiara"),
    subject="Re: Invoice 2026/122", date="2026-12-09 10:30 -0800", plain=p, html_body=h,
    **thread("chiara", "inv-122", "md:court-122"),
    evidence=("Just sent $1,400 via Wise for invoice 2026/122",),
    amount="1400.00", currency="USD", reference="2026/122",
    note="A US client (-0800) states the sum he sent, $1,400; the €1,290 is an estimate after conversion (and the "
         "quoted invoice amount); 'I'll top it up' is conditional.")

q = reminder("emma", "courtesy", "INV-0045", client="Lucy Fairbairn", kind="person", amount="360.00", cur="GBP",
             issue="2026-11-09", due="2026-12-09")
p, h = reply("en", """
Paid INV-0045 (£360) this morning.
Quick q: are you free to do the spring campaign in March? Would need roughly 6 spot illustrations by the 19th.

Lucy
""", "gmail", q_from=A("emma"), q_when="2026-12-04 09:00 +0000", quoted=q)
add(lang="en", kind="client-reply-paid", frm="Lucy Fairbairn <lucy@fairbairnandco.uk>", to=A("emma"),
    subject="Re: Invoice INV-0045", date="2026-12-08 09:12 +0000", plain=p, html_body=h,
    **thread("emma", "inv-0045", "md:court-0045"), evidence=("Paid INV-0045 (£360) this morning",),
    amount="360.00", currency="GBP", reference="INV-0045",
    note="Paid and asks about new work: 'by the 19th' is a delivery date for the next job, not a payment.")

top = """Hi Chiara,

Just to confirm we've paid invoice 2026/123 today, €1,800.00 – reverse charge, so no VAT on it as agreed. Our payment reference is PMT-118842 in case you need to match it.

All the best,
Ciarán

Ciarán O'Neill | Operations Manager
Lantern Learning DAC
Unit 4, Grand Canal Quay, Dublin 2, D02 X576
+353 1 697 2280
"""
q = reminder_en("chiara", "courtesy", "2026/123", client="Lantern Learning DAC", kind="company", amount="1800.00",
                issue="2026-11-12", due="2026-12-12")
block = outlook_block("en", "2026-12-07 09:00 +0100", A("chiara"), "Ciarán O'Neill <ciaran@lanternlearning.ie>",
                      "Invoice 2026/123")
add(lang="en", kind="client-reply-paid", frm="Ciarán O'Neill <ciaran@lanternlearning.ie>", to=A("chiara"),
    subject="RE: Invoice 2026/123", date="2026-12-09 12:05 +0000",
    html_body=outlook_html(top, block, q, lang="EN-IE"), fmt="html", cte="base64", ua="outlook-en",
    **thread("chiara", "inv-123", "md:court-123"),
    evidence=("we've paid invoice 2026/123 today, €1,800.00",),
    amount="1800.00", currency="EUR", reference="2026/123",
    note="HTML-only Outlook, base64: paid €1,800.00 with no VAT (reverse charge); PMT-118842 is the payer's own "
         "reference, not the invoice number.")

q = reminder("emma", "reminder", "INV-0053", client="Westmoor Housing Association", kind="company",
             amount="845.50", cur="GBP", due="2027-02-15", today="2027-02-22")
p, h = reply("en", """
Hi Emma,

Apologies for the delay – this one got stuck in approval while our finance manager was off. It has now been paid:

Your invoice: INV-0053
Our payment ref: PAY-2027-00318
Amount: £845.50
Paid: 25/02/2027 (Faster Payment)

Kind regards,
Kelly Shaw
Accounts Payable | Westmoor Housing Association
Registered society no. 30214R
""", "outlook", q_from=A("emma"), q_when="2027-02-22 09:00 +0000", quoted=q,
             q_to="ap@westmoorha.org.uk", q_subject="Invoice INV-0053")
add(lang="en", kind="client-reply-paid", frm="Kelly Shaw <ap@westmoorha.org.uk>", to=A("emma"),
    subject="RE: Invoice INV-0053", date="2027-02-25 10:40 +0000", plain=p, html_body=h, ua="outlook-en",
    cte="quoted-printable", **thread("emma", "inv-0053", "md:rem-0053"),
    evidence=("Your invoice: INV-0053", "Amount: £845.50"),
    amount="845.50", currency="GBP", reference="INV-0053",
    note="A person in accounts payable replying with payment lines: paid; PAY-2027-00318 and the society number "
         "are the payer's references, not the invoice.")

q = """Hi Marcus,

Just a gentle nudge on INV-0046 (£980.00, due 30 December) and INV-0050 (£950.00, due 8 January) – could you let me know when they're likely to be paid?

Thanks,
Emma
"""
p, h = reply("en", """
Hi Emma - both paid (0046 and 0050), £1,930 total, went out this morning. Sorry for the wait!
Marcus
""", "gmail", q_from=A("emma"), q_when="2027-01-14 10:20 +0000", quoted=q)
add(lang="en", kind="client-reply-paid", frm="Marcus Reid <marcus@reidandroe.co.uk>", to=A("emma"),
    subject="Re: INV-0046 and INV-0050", date="2027-01-15 13:25 +0000", plain=p, html_body=h,
    **thread("emma", "nudge-0046-0050"), evidence=("both paid (0046 and 0050), £1,930 total",),
    amount="1930.00", currency="GBP",
    note="Two invoices paid at once: amount £1,930, no reference because two invoices are named; the per-invoice "
         "figures are in Emma's quoted message.")

# --- disputes -------------------------------------------------------------------------------------

q = reminder("emma", "due", "INV-0056", client="Kestrel Drinks Ltd", kind="company", amount="1380.00", cur="GBP",
             due="2027-02-15", today="2027-02-16")
p, h = reply("en", """
Hi Emma,

We won't be paying INV-0056 until we've had the revised label artwork we discussed on the 3rd – the version we received still has the old logo and the wrong ABV (4.2% instead of 4.5%). Once the corrected files are in, I'll get it approved straight away.

Sophie

Sophie Turner | Brand Manager
Kestrel Drinks Ltd
""", "gmail", q_from=A("emma"), q_when="2027-02-16 09:00 +0000", quoted=q)
add(lang="en", kind="client-reply-dispute", frm="Sophie Turner <sophie.turner@kestreldrinks.co.uk>",
    to=A("emma"), subject="Re: Invoice INV-0056", date="2027-02-16 16:00 +0000", plain=p, html_body=h,
    **thread("emma", "inv-0056", "md:due-0056"),
    evidence=("We won't be paying INV-0056 until",),
    reference="INV-0056",
    note="Withholds payment until the work is corrected: dispute; 'the 3rd' is a meeting date and 4.2%/4.5% are "
         "alcohol strengths.")

q = reminder_en("chiara", "reminder", "2026/125", client="Ellison Training Ltd", kind="company", amount="1400.00",
                due="2026-12-05", today="2026-12-10")
p, h = reply("en", """
Hi Chiara,

Invoice 2026/125 includes the on-site interpreting day on 24 November (€400), which we cancelled a week beforehand as per your terms. Could you please issue a credit note for that day and send us a revised invoice? We'll process the rest once we have it.

Thanks,
Mark

Mark Ellison
Director, Ellison Training Ltd
""", "outlook", q_from=A("chiara"), q_when="2026-12-10 09:00 +0100", quoted=q,
             q_to="Mark Ellison <mark@ellisontraining.co.uk>", q_subject="Invoice 2026/125")
add(lang="en", kind="client-reply-dispute", frm="Mark Ellison <mark@ellisontraining.co.uk>", to=A("chiara"),
    subject="RE: Invoice 2026/125", date="2026-12-11 09:20 +0000", plain=p, html_body=h, ua="outlook-en",
    cte="quoted-printable", **thread("chiara", "inv-125", "md:rem-125"),
    evidence=("issue a credit note", "Invoice 2026/125"),
    reference="2026/125",
    note="Asks for a credit note for a cancelled day: dispute; the €400 is the contested part, not a sum paid or "
         "promised; 'we'll process the rest' names no day or sum.")

q = reminder("emma", "reminder", "INV-0058", client="Harper Media Ltd", kind="company", amount="600.00", cur="GBP",
             due="2027-02-20", today="2027-02-27")
p, h = reply("en", """
Emma,

We will not be paying this. The contract was terminated in October and no work was commissioned after that date.

Nick Harper
Director, Harper Media Ltd
""", "outlook", q_from=A("emma"), q_when="2027-02-27 09:00 +0000", quoted=q,
             q_to="nick@harpermedia.co.uk", q_subject="Invoice INV-0058", sep="original")
add(lang="en", kind="client-reply-dispute", frm="Nick Harper <nick@harpermedia.co.uk>", to=A("emma"),
    subject="RE: Invoice INV-0058", date="2027-03-01 08:45 +0000", plain=p, fmt="plain", ua="outlook-en",
    **thread("emma", "inv-0058", "md:rem-0058"), evidence=("We will not be paying this.",),
    note="A flat refusal; the client names no invoice number and no sum.")

# --- other client replies -------------------------------------------------------------------------

q = """Hi Amy,

Please find attached invoice INV-0041 for the event posters (£720.00), payable within 30 days.

Many thanks,
Emma

Emma Hartley Illustration
emmahartley.studio
"""
p, h = reply("en", """
Thanks, received. I've forwarded it to our AP team (ap@northgateevents.co.uk) – they'll be in touch if they need anything else.

Amy Collins
Events Coordinator | Northgate Events
0161 496 0732
""", "gmail", q_from=A("emma"), q_when="2026-11-18 16:05 +0000", quoted=q)
add(lang="en", kind="client-reply-other", frm="Amy Collins <amy@northgateevents.co.uk>", to=A("emma"),
    subject="Re: Invoice INV-0041 - event posters", date="2026-11-19 10:12 +0000", plain=p, html_body=h,
    **thread("emma", "inv-0041"), evidence=("I've forwarded it to our AP team",),
    note="Received and forwarded to accounts payable: other; the £720.00 and 30 days are Emma's own quoted words.")

q = """Dear Laura,

Please find attached invoice 2027/021 for the translation of the annual report (€2,150.00).

Kind regards,
Chiara Benedetti
"""
p, h = reply("en", """
Hi Chiara,

Could you resend invoice 2027/021 as a PDF? The attachment won't open on our system – it comes through as winmail.dat.

Thanks,
Laura Whitmore
Finance Assistant, Calloway & Reeve LLP
""", "outlook", q_from=A("chiara"), q_when="2027-03-09 17:30 +0100", quoted=q,
             q_to="Laura Whitmore <lwhitmore@callowayreeve.co.uk>", q_subject="Invoice 2027/021")
add(lang="en", kind="client-reply-other", frm="Laura Whitmore <lwhitmore@callowayreeve.co.uk>", to=A("chiara"),
    subject="RE: Invoice 2027/021", date="2027-03-10 11:00 +0000", plain=p, html_body=h, ua="outlook-en",
    cte="quoted-printable", **thread("chiara", "inv-2027-021"),
    evidence=("Could you resend invoice 2027/021 as a PDF?",),
    reference="2027/021",
    note="Asks for the invoice again in another format: other; the €2,150.00 is in the freelancer's quoted mail.")

# --- notices --------------------------------------------------------------------------------------

add(lang="en", kind="payment-notification", frm="Wise <noreply@wise.com>", to=A("emma"),
    subject="You've received 1,250.00 EUR from NORDLICHT DESIGN GMBH", date="2027-03-01 09:03 +0000",
    ua="machine", msgid="<0100019c4e7a1b2f-5e7d3c11-2a90-4b8e-8f4f-1184529037aa-000000@email.wise.com>",
    cte="quoted-printable", headers=[("Auto-Submitted", "auto-generated")],
    plain="""Hi Emma,

NORDLICHT DESIGN GMBH sent you 1,250.00 EUR.

It's now in your EUR balance.

Reference: INV-0055
Transfer #1184529037

You can see the details in your account activity.

The Wise team
Wise Payments Limited, 6th Floor, Tea Building, 56 Shoreditch High Street, London E1 6JJ
""", html_body="""<html><body style="font-family:Inter,Helvetica,Arial,sans-serif;color:#0e0f0c">
<table width="560" align="center"><tr><td style="padding:24px">
<p style="font-weight:700;color:#163300">wise</p>
<h1 style="font-size:26px">You've received 1,250.00 EUR</h1>
<p>Hi Emma,</p>
<p>NORDLICHT DESIGN GMBH sent you <b>1,250.00 EUR</b>.</p>
<p>It's now in your EUR balance.</p>
<table cellpadding="4"><tr><td>Reference</td><td>INV-0055</td></tr><tr><td>Transfer</td><td>#1184529037</td></tr></table>
<p style="font-size:11px;color:#6a6c6a">Wise Payments Limited, 6th Floor, Tea Building, 56 Shoreditch High Street, London E1 6JJ</p>
</td></tr></table></body></html>
""", evidence=("NORDLICHT DESIGN GMBH sent you 1,250.00 EUR.", "Reference: INV-0055"),
    amount="1250.00", currency="EUR", reference="INV-0055",
    note="Wise money received: the sender's reference is the invoice number; the transfer number and the address "
         "are not facts.")

add(lang="en", kind="payment-notification", frm="Stripe <receipts+acct_1QxE2mHartley@stripe.com>", to=A("emma"),
    subject="Payment of £420.00 received for invoice INV-0052", date="2027-02-13 14:37 +0000", ua="machine",
    msgid="<20270213143712.1.7d3a0bf3c5e1a9e2@stripe.com>", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-generated")],
    plain="""Emma Hartley Illustration

Invoice INV-0052 has been paid

Amount paid: £420.00
Paid by: Kite & Thread Ltd (finance@kiteandthread.co.uk)
Payment method: Visa •••• 1881
Date paid: 13 February 2027

Invoice number: INV-0052
Receipt number: 2734-5581

The funds will be included in your next payout to your bank account ending 5555.

View invoice payment in the Dashboard:
https://dashboard.stripe.com/invoices

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080
""", html_body="""<html><body style="background:#f6f9fc;font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:32px">
<p style="color:#8898aa">Emma Hartley Illustration</p>
<h2 style="color:#32325d">Invoice INV-0052 has been paid</h2>
<table cellpadding="4" style="color:#525f7f">
<tr><td>Amount paid</td><td><b>£420.00</b></td></tr>
<tr><td>Paid by</td><td>Kite &amp; Thread Ltd (finance@kiteandthread.co.uk)</td></tr>
<tr><td>Payment method</td><td>Visa •••• 1881</td></tr>
<tr><td>Date paid</td><td>13 February 2027</td></tr>
<tr><td>Invoice number</td><td>INV-0052</td></tr>
<tr><td>Receipt number</td><td>2734-5581</td></tr>
</table>
<p style="color:#525f7f">The funds will be included in your next payout to your bank account ending 5555.</p>
<p style="font-size:12px;color:#8898aa">Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080</p>
</td></tr></table></body></html>
""", evidence=("Amount paid: £420.00", "Invoice number: INV-0052"),
    amount="420.00", currency="GBP", reference="INV-0052",
    note="A Stripe invoice payment: £420.00 for INV-0052; the card digits, receipt number and account ending are "
         "look-alikes.")

add(lang="en", kind="payment-notification", frm="Clearwater Retail Group via PayNet <remittance@paynet-portal.com>",
    to=A("emma"), subject="Remittance Advice - Clearwater Retail Group - Payment 20270224-03",
    date="2027-02-24 06:15 +0000", ua="machine", fmt="plain",
    msgid="<RA.20270224-03.100482@paynet-portal.com>", cte="7bit",
    headers=[("Auto-Submitted", "auto-generated")],
    plain="""REMITTANCE ADVICE

Payer:            Clearwater Retail Group plc
Payee:            Emma Hartley Illustration
Supplier no.:     100482
Payment run:      20270224-03
Payment date:     26/02/2027
Payment method:   BACS

Invoice no.   Invoice date   Gross amount
INV-0054      12/01/2027     GBP 2,160.00

Total paid:                  GBP 2,160.00

This remittance advice is generated automatically by PayNet on behalf of Clearwater Retail Group plc.
Queries: ap.queries@clearwaterretail.co.uk quoting your supplier number.
""", evidence=("INV-0054      12/01/2027     GBP 2,160.00", "Total paid:                  GBP 2,160.00"),
    amount="2160.00", currency="GBP", reference="INV-0054",
    note="An accounts-payable platform's remittance for one invoice; the payment-run, supplier number and invoice "
         "date are look-alikes.")

# --- auto-replies and bounce ----------------------------------------------------------------------

add(lang="en", kind="auto-reply", frm="Claire Donovan <claire@fernhillgallery.ie>", to=A("emma"),
    subject="Automatic reply: Invoice INV-0059", date="2026-12-24 12:00 +0000", fmt="plain", ua="outlook-en",
    charset="windows-1252", cte="quoted-printable", **thread("emma", "inv-0059", "md:court-0059"),
    headers=[("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", "claire@fernhillgallery.ie")],
    plain="""Thank you for your email. I am out of the office for the Christmas break and will be returning on Tuesday 5 January 2027. Emails will not be forwarded; for anything urgent please call the gallery on +353 1 555 0192.

Wishing you a peaceful Christmas,
Claire Donovan
Fernhill Gallery
""", evidence=("will be returning on Tuesday 5 January 2027",),
    return_date="2027-01-05",
    note="Exchange out-of-office without Auto-Submitted: back on Tuesday 5 January 2027; the phone number is not a "
         "fact.")

add(lang="en", kind="auto-reply", frm="AP Helpdesk <ap.helpdesk@marlowgroup.co.uk>", to=A("emma"),
    subject="[CAS-448201-K7Q9] We have received your email: Invoice INV-0060", date="2027-02-02 08:00 +0000",
    fmt="plain", ua="machine", msgid="<CAS-448201-K7Q9.1801641600@crm.marlowgroup.co.uk>",
    **thread("emma", "inv-0060", "md:due-0060"),
    headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
    plain="""This is an automated response - please do not reply to this email.

Thank you for contacting the Marlow Group Accounts Payable Helpdesk. Your query has been logged with reference CAS-448201-K7Q9.

We aim to respond within 5 working days. Invoices are paid in our weekly payment run once approved; you can check the status of an invoice at any time in the supplier portal.

To help us, please quote your supplier number and invoice number in any further correspondence.

Marlow Group Accounts Payable
""", evidence=("Your query has been logged with reference CAS-448201-K7Q9",),
    note="A ticket acknowledgement: auto-reply with no return day; 5 working days and the weekly payment run are "
         "not a promise for this invoice.")

orig = reminder("emma", "courtesy", "INV-0040", client="Harbourlight Films", kind="company", amount="980.00",
                cur="GBP", issue="2026-11-30", due="2026-12-30")
bounce_en = f"""Return-Path: <>
Received: by 2002:a05:6a20:9f8e:b0:1e3:7c11:2a5 with SMTP id mf14csp1220391pzb;
        Mon, 30 Nov 2026 06:22:18 -0800 (PST)
From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>
To: emma@emmahartley.studio
Auto-Submitted: auto-replied
Subject: Delivery Status Notification (Delay)
Date: Mon, 30 Nov 2026 06:22:18 -0800 (PST)
Message-ID: <67f2c3d1.050a0220.1a2b3c.9d4e.GMR@mx.google.com>
References: {mid("mailduns", "emma/md:court-0040", "emmahartley.studio")}
In-Reply-To: {mid("mailduns", "emma/md:court-0040", "emmahartley.studio")}
MIME-Version: 1.0
Content-Type: multipart/report; boundary="00000000000087a9b305f1c2e4d6"; report-type=delivery-status

--00000000000087a9b305f1c2e4d6
Content-Type: multipart/related; boundary="00000000000087b0b405f1c2e4d6"

--00000000000087b0b405f1c2e4d6
Content-Type: multipart/alternative; boundary="00000000000087b0b505f1c2e4d6"

--00000000000087b0b505f1c2e4d6
Content-Type: text/plain; charset="UTF-8"


** Delivery incomplete **

There was a temporary problem delivering your message to accounts@harbourlightfilms.co.uk. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.

The response from the remote server was:
452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp

--00000000000087b0b505f1c2e4d6
Content-Type: text/html; charset="UTF-8"


<html>
<head>
<style>
* {{
font-family:Roboto, "Helvetica Neue", Helvetica, Arial, sans-serif;
}}
</style>
</head>
<body>
<table cellpadding="0" cellspacing="0" class="email-wrapper" style="padding-top:32px;background-color:#ffffff;"><tbody>
<tr><td>
<table cellpadding=0 cellspacing=0><tbody>
<tr><td style="max-width:560px;padding:24px 24px 32px;background-color:#fafafa;border:1px solid #e0e0e0;border-radius:2px">
<p style="font-size:24px;">Delivery incomplete</p>
<p style="font-size:16px;line-height:24px;color:#202020;">There was a temporary problem delivering your message to <a style="color:#212121;text-decoration:none;"><b>accounts@harbourlightfilms.co.uk</b></a>. Gmail will retry for 47 more hours. You'll be notified if the delivery fails permanently.</p>
<p style="font-size:16px;line-height:24px;color:#202020;">The response was:</p>
<p style="font-size:16px;line-height:24px;color:#202020;">452 4.2.2 The email account that you tried to reach is over quota.</p>
</td></tr>
</tbody></table>
</td></tr>
</tbody></table>
</body>
</html>

--00000000000087b0b505f1c2e4d6--
--00000000000087b0b405f1c2e4d6--

--00000000000087a9b305f1c2e4d6
Content-Type: message/delivery-status

Reporting-MTA: dns; googlemail.com
Received-From-MTA: dns; emma@emmahartley.studio
Arrival-Date: Sat, 28 Nov 2026 09:00:04 -0800 (PST)
X-Original-Message-ID: {mid("mailduns", "emma/md:court-0040", "emmahartley.studio")}

Final-Recipient: rfc822; accounts@harbourlightfilms.co.uk
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx1.harbourlightfilms.co.uk. (203.0.113.45, the server for the domain harbourlightfilms.co.uk.)
Diagnostic-Code: smtp; 452 4.2.2 The email account that you tried to reach is over quota.
Last-Attempt-Date: Mon, 30 Nov 2026 06:22:18 -0800 (PST)
Will-Retry-Until: Wed, 02 Dec 2026 05:22:18 -0800 (PST)

--00000000000087a9b305f1c2e4d6
Content-Type: text/rfc822-headers

From: Emma Hartley <emma@emmahartley.studio>
To: Harbourlight Films <accounts@harbourlightfilms.co.uk>
Subject: Invoice INV-0040
Date: Sat, 28 Nov 2026 17:00:02 +0000
Message-ID: {mid("mailduns", "emma/md:court-0040", "emmahartley.studio")}
MIME-Version: 1.0
Content-Type: text/plain; charset="UTF-8"

--00000000000087a9b305f1c2e4d6--
"""
add(lang="en", kind="bounce", frm="", to="", subject="", date="2026-11-30 06:22:18 -0800", raw=bounce_en,
    crlf=True, evidence=("Status: 4.2.2", "accounts@harbourlightfilms.co.uk", "Gmail will retry for 47 more hours"),
    failed_recipient="accounts@harbourlightfilms.co.uk", permanent=False,
    note="A Gmail delay notice (452 4.2.2 over quota, will retry): a bounce that is temporary, not permanent.")


# ==================================================================================================
# Writing and checking
# ==================================================================================================

FACT_ORDER = ["promised_date", "return_date", "amount", "currency", "reference", "failed_recipient", "permanent"]
ALLOWED = {
    "client-reply-promise": {"promised_date", "amount", "currency", "reference"},
    "client-reply-paid": {"amount", "currency", "reference"},
    "client-reply-dispute": {"amount", "currency", "reference"},
    "client-reply-other": {"amount", "currency", "reference"},
    "payment-notification": {"amount", "currency", "reference"},
    "auto-reply": {"return_date"},
    "bounce": {"failed_recipient", "permanent"},
    "other": {"reference"},
}
QUOTE_MARKERS = ["\n>", "________________________________", "-----Messaggio originale", "-----Mensaje original",
                 "-----Original Message", "\nDa: ", "\nDe: ", "\nFrom: "]


def toml_str(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def text_parts(msg) -> list[tuple[str, str]]:
    out = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "message/delivery-status":
            out.append((ct, "\n".join(str(block) for block in part.get_payload())))
        elif part.get_content_maintype() == "text" and not part.get_filename():
            body = part.get_content()
            if ct == "text/html":
                body = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"(?is)<(style|head)\b.*?</\1>", " ", body)))
            out.append((ct, body))
    return out


def check(path: Path, m: dict) -> list[str]:
    errs = []
    raw = path.read_bytes()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    kind, facts = m["kind"], m["facts"]
    if kind not in KINDS:
        errs.append(f"unknown kind {kind}")
    if m["lang"] not in ("it", "es", "en"):
        errs.append("bad language")
    date_hdr = msg["Date"]
    if date_hdr is None or date_hdr.datetime is None:
        return errs + ["no parsable Date"]
    local = date_hdr.datetime
    if local.tzinfo is None:
        errs.append("Date without a time zone")
    day = local.date()
    if not FIRST_DAY <= day <= LAST_DAY:
        errs.append(f"Date {day} out of range")
    if not msg["Message-ID"]:
        errs.append("no Message-ID")
    subj = str(msg["Subject"] or "")
    if kind.startswith("client-reply") and not re.match(r"^(re|r|rif|rv|aw)\s*:", subj, re.I):
        errs.append(f"client reply without a reply subject: {subj!r}")
    if kind.startswith("client-reply") and not msg["In-Reply-To"]:
        errs.append("client reply without In-Reply-To")
    extra = set(facts) - ALLOWED[kind]
    if extra:
        errs.append(f"facts not allowed for {kind}: {sorted(extra)}")
    if "promised_date" in facts:
        pd = d(facts["promised_date"])
        if pd < day:
            errs.append(f"promised_date {pd} before the message's own day {day}")
    if "return_date" in facts and d(facts["return_date"]) <= day:
        errs.append("return_date not after the message")
    if "amount" in facts and not re.fullmatch(r"\d+\.\d{2}", facts["amount"]):
        errs.append(f"amount {facts['amount']!r} not normalised")
    if ("currency" in facts) != ("amount" in facts) and kind != "other":
        errs.append("currency without amount or amount without currency")
    if "currency" in facts and not re.fullmatch(r"[A-Z]{3}", facts["currency"]):
        errs.append("currency not an ISO code")
    if kind == "bounce":
        if "failed_recipient" not in facts or "permanent" not in facts:
            errs.append("bounce without failed_recipient/permanent")
        status = re.search(r"Status:\s*([245])\.\d+\.\d+", raw.decode("utf-8", "replace"))
        if not status or (status.group(1) == "5") != facts["permanent"]:
            errs.append("permanent does not match the DSN status")
    parts = text_parts(msg)
    if not parts:
        errs.append("no text part")
    whole = norm("\n".join(t for _, t in parts))
    for ev in m["evidence"]:
        if norm(ev) not in whole:
            errs.append(f"evidence not found: {ev!r}")
        for ct, t in parts:
            if (ct in ("text/plain", "text/html") and norm(ev) not in norm(t) and m["raw"] is None
                    and kind.startswith("client-reply")):
                errs.append(f"evidence missing from the {ct} part: {ev!r}")
        if kind.startswith("client-reply"):
            for ct, t in parts:
                if ct != "text/plain":
                    continue
                cut = min([i for i in (t.find(mk) for mk in QUOTE_MARKERS) if i > 0] or [len(t)])
                if norm(ev) not in norm(t[:cut]):
                    errs.append(f"evidence only in the quoted part: {ev!r}")
    if "failed_recipient" in facts and facts["failed_recipient"] not in whole:
        errs.append("failed recipient not in the text")
    for fn in (p.get_filename() for p in msg.walk() if p.get_filename()):
        if not fn:
            errs.append("attachment without name")
    return errs


def main() -> int:
    import random
    order = list(range(len(MESSAGES)))
    random.Random(1717).shuffle(order)
    msgs = [MESSAGES[i] for i in order]
    if len(msgs) != N:
        print(f"expected {N} messages, have {len(msgs)}", file=sys.stderr)
        return 1
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    lines = ["# round17-facts: client replies and notices whose facts are the point (promised days, amounts, "
             "references and return days written every way, next to look-alike numbers); written by make.py", ""]
    for seq, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{seq:04d}.eml"
        (HERE / name).write_bytes(build(m, seq))
        lines.append(f'[files."{name}"]')
        lines.append(f"kind = {toml_str(m['kind'])}")
        lines.append(f"language = {toml_str(m['lang'])}")
        lines.append('split = "dev"')
        for key in FACT_ORDER:
            if key in m["facts"]:
                v = m["facts"][key]
                lines.append(f"{key} = {'true' if v is True else 'false' if v is False else toml_str(v)}")
        unknown = set(m["facts"]) - set(FACT_ORDER)
        if unknown:
            print(f"{name}: unknown fact keys {unknown}", file=sys.stderr)
            return 1
        lines.append(f"note = {toml_str(m['note'])}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")

    # Re-read everything that was written.
    import tomllib
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    problems = 0
    for seq, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{seq:04d}.eml"
        lab = labels[name]
        errs = check(HERE / name, m)
        if lab["kind"] != m["kind"] or lab["language"] != m["lang"]:
            errs.append("labels.toml disagrees with the script")
        for key in FACT_ORDER:
            if lab.get(key) != m["facts"].get(key):
                errs.append(f"labels.toml {key} disagrees")
        for e in errs:
            print(f"{name}: {e}", file=sys.stderr)
        problems += len(errs)
    kinds: dict[str, int] = {}
    langs: dict[str, int] = {}
    for m in msgs:
        kinds[m["kind"]] = kinds.get(m["kind"], 0) + 1
        langs[m["lang"]] = langs.get(m["lang"], 0) + 1
    print(f"{len(msgs)} messages in {HERE.name}: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print("languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())))
    if problems:
        print(f"{problems} problem(s)", file=sys.stderr)
        return 1
    print("all files re-parsed and checked")
    return 0


if __name__ == "__main__":
    sys.exit(main())
