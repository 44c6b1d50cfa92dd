#!/usr/bin/env python3
"""Generate the round11-short test messages: short human replies to mailduns reminders.

Every client text below is hand-written; only the MIME plumbing, the quoted reminders (filled in from
the reminder letters mailduns sends) and the HTML skeletons are generated.
Run: python3 make.py   (writes r11s-NNNN.eml and labels.toml next to this file, then re-parses them)
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import quopri
import random
import struct
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r11s"
RNG = random.Random(1111)

# --------------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------------
OWNERS = {
    "A": dict(name="Alessandra Rossi", email="alessandra@example.it", lang="it", tz="Europe/Rome",
              iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    "M": dict(name="Marco Ferri", email="marco@ferrifoto.it", lang="it", tz="Europe/Rome",
              iban="IT02 L030 6902 4771 0000 0004 189", bic="BCITITMM"),
    "G": dict(name="Giulia Esposito", email="giulia@espositoweb.it", lang="it", tz="Europe/Rome",
              iban="IT45 R036 6901 6005 2500 1234 870", bic="REVOITM2"),
    "L": dict(name="Lucía Martín", email="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
              iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
    "J": dict(name="Jordi Puig", email="jordi@puigtraduccions.cat", lang="es", tz="Europe/Madrid",
              iban="ES76 0081 0200 2800 0123 4567", bic="BSABESBB"),
    "N": dict(name="Nayra Hernández", email="nayra@nayrahdez.com", lang="es", tz="Atlantic/Canary",
              iban="ES12 3058 6100 1210 2000 4455", bic="CCRIES2A"),
    "T": dict(name="Tom Byrne", email="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
              iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", cur="EUR"),
    "P": dict(name="Priya Shah", email="priya@shahcopy.co.uk", lang="en", tz="Europe/London",
              iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", cur="GBP"),
    "D": dict(name="Dan Keller", email="dan@kellerframes.com", lang="en", tz="America/New_York",
              iban=None, bic=None, cur="USD", link="https://pay.kellerframes.com/i/"),
}

IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
IT_MON3 = "gen feb mar apr mag giu lug ago set ott nov dic".split()
IT_DAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
IT_DAY3 = "lun mar mer gio ven sab dom".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
ES_MON3 = "ene feb mar abr may jun jul ago sept oct nov dic".split()
ES_DAYS = "lunes martes miércoles jueves viernes sábado domingo".split()
ES_DAY3 = "lun mar mié jue vie sáb dom".split()
EN_MONTHS = "January February March April May June July August September October November December".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def d(s):
    return dt.date.fromisoformat(s)


def it_date(x):
    return f"{x.day} {IT_MONTHS[x.month - 1]} {x.year}"


def it_art(x, art="il"):
    vowel = x.day in (8, 11)
    if art == "il":
        return ("l'" if vowel else "il ") + it_date(x)
    if art == "del":
        return ("dell'" if vowel else "del ") + it_date(x)
    if art == "dal":
        return ("dall'" if vowel else "dal ") + it_date(x)
    return it_date(x)


def es_date(x):
    return f"{x.day} de {ES_MONTHS[x.month - 1]} de {x.year}"


def en_date(x):
    return f"{x.day} {EN_MONTHS[x.month - 1]} {x.year}"


def money(lang, amount, cur="EUR"):
    """amount: float -> as the letters print it."""
    whole, cents = f"{amount:.2f}".split(".")
    grp = f"{int(whole):,}"
    if lang in ("it", "es"):
        return grp.replace(",", ".") + "," + cents + " €"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{grp}.{cents}"


# --------------------------------------------------------------------------------------------------
# The reminders mailduns sends (templates/{it,es,en}/*.txt.j2, filled in)
# --------------------------------------------------------------------------------------------------
def salutation(lang, c):
    kind, name = c.get("ckind", "person"), c.get("cname")
    if lang == "it":
        if kind == "company" and name:
            return f"Spett.le {name},"
        if name:
            return f"Gentile {name},"
        return "Buongiorno,"
    if lang == "es":
        if kind == "company":
            return "Estimados señores:"
        if name:
            first = name.split()[0].lower()
            if first in ("sra.", "d.ª", "dña."):
                return f"Estimada {name}:"
            if first in ("sr.", "d."):
                return f"Estimado {name}:"
            return f"Buenos días, {name}:"
        return "Buenos días:"
    if kind == "company":
        return "Dear Accounts Team,"
    if name:
        return f"Dear {name},"
    return "Hello,"


def payment_block(lang, o, inv):
    if lang == "it":
        return ["Per il pagamento:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}",
                f"- BIC: {o['bic']}", f"- causale: Fattura n. {inv}"]
    if lang == "es":
        return ["Datos para el pago:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}",
                f"- BIC: {o['bic']}", f"- concepto: Factura {inv}"]
    if o.get("iban"):
        return ["Payment details:", f"- Account name: {o['name']}", f"- IBAN: {o['iban']}",
                f"- BIC (SWIFT): {o['bic']}", f"- Payment reference: {inv}"]
    return ["Payment details:", f"- Pay online: {o['link']}{inv.lower()}"]


def reminder(spec):
    """Return (subject, body lines, date) of the reminder the client replies to."""
    o, lang, t = spec["o"], spec["lang"], spec["tmpl"]
    inv, due = spec["inv"], d(spec["due"])
    amt = money(lang, spec["amt"], o.get("cur", "EUR"))
    rdate = spec["rdate"]
    late = (rdate.date() - due).days
    deadline = rdate.date() + dt.timedelta(days=7)
    sal = salutation(lang, spec)
    pay = payment_block(lang, o, inv)
    if t in ("reminder", "late_fee", "promise_followup"):
        assert late > 0, (inv, t, rdate)
    if t == "courtesy":
        assert late < 0, (inv, t, rdate)
    L = []
    if lang == "it":
        if t == "courtesy":
            subj = f"Promemoria: fattura n. {inv} in scadenza"
            L = [sal, "", f"un breve promemoria: la fattura n. {inv} di {amt}, emessa {it_art(d(spec['issued']))}, è in scadenza {it_art(due)}.",
                 "", "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.",
                 "", *pay, "", "Per qualsiasi domanda basta rispondere a questa email.", "", "Cordiali saluti,", o["name"]]
        elif t == "due":
            subj = f"Promemoria: fattura n. {inv}"
            if late > 0:
                first = f"un promemoria: la fattura n. {inv} di {amt} è scaduta {it_art(due)}. Se il pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni."
            elif late == 0:
                first = f"un promemoria: la fattura n. {inv} di {amt} è in scadenza oggi, {it_date(due)}."
            else:
                first = f"un promemoria: la fattura n. {inv} di {amt} è in scadenza {it_art(due)}."
            L = [sal, "", first, "", "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.",
                 "", *pay, "", "Per qualsiasi domanda basta rispondere a questa email.", "", "Cordiali saluti,", o["name"]]
        elif t == "reminder":
            subj = f"Sollecito di pagamento – fattura n. {inv}"
            L = [sal, "", f"da un controllo la fattura n. {inv} di {amt}, scaduta {it_art(due)}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.",
                 "", "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.",
                 "", *pay, "", "Cordiali saluti,", o["name"]]
        elif t == "late_fee":
            subj = f"Secondo sollecito – fattura n. {inv}"
            L = [sal, "", f"la fattura n. {inv} di {amt}, scaduta {it_art(due)}, risulta ancora da saldare: sono trascorsi {late} giorni dalla scadenza.",
                 "", f"Chiedo cortesemente di provvedere al pagamento entro {it_art(deadline)}. Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.",
                 "", *pay, "", "Cordiali saluti,", o["name"]]
        elif t == "statement":
            subj = "Riepilogo fatture da saldare"
            rows = []
            tot = 0.0
            for (n, issued, due2, a) in spec["rows"]:
                dd = d(due2)
                late2 = (rdate.date() - dd).days
                st = f"scaduta {it_art(dd)} ({late2} giorni di ritardo)" if late2 > 0 else f"in scadenza {it_art(dd)}"
                rows.append(f"- n. {n} {it_art(d(issued), 'del')}, {st}: {money('it', a)}")
                tot += a
            L = [sal, "", "da un controllo risultano ancora da saldare le seguenti fatture:", "", *rows, "",
                 f"Totale da pagare: {money('it', tot)}", "",
                 f"Chiedo cortesemente di provvedere al pagamento entro {it_art(deadline)}. Se alcune di queste fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.",
                 "", "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate.", "", "Cordiali saluti,", o["name"]]
        else:
            raise ValueError(t)
    elif lang == "es":
        if t == "courtesy":
            subj = f"Aviso: factura n.º {inv}"
            L = [sal, "", f"Un breve aviso: la factura n.º {inv} de {amt}, emitida el {es_date(d(spec['issued']))}, vence el {es_date(due)}.",
                 "", "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.", "", *pay, "",
                 "Para cualquier duda, basta con responder a este correo.", "", "Un cordial saludo,", o["name"]]
        elif t == "due":
            subj = f"Vencimiento de la factura n.º {inv}"
            if late > 0:
                first = f"La factura n.º {inv} de {amt} venció el {es_date(due)} y, según mis registros, el pago aún no consta. Agradecería que se tramitara en los próximos días."
            elif late == 0:
                first = f"La factura n.º {inv} de {amt} vence hoy, {es_date(due)}."
            else:
                first = f"La factura n.º {inv} de {amt} vence el {es_date(due)}."
            L = [sal, "", first, "", "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.", "", *pay, "",
                 "Para cualquier duda, basta con responder a este correo.", "", "Un cordial saludo,", o["name"]]
        elif t == "reminder":
            subj = f"Recordatorio de pago – factura n.º {inv}"
            L = [sal, "", f"Revisando mis cuentas, veo que la factura n.º {inv} de {amt}, vencida el {es_date(due)}, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.",
                 "", "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.",
                 "", *pay, "", "Un cordial saludo,", o["name"]]
        elif t == "late_fee":
            subj = f"Segundo recordatorio – factura n.º {inv}"
            L = [sal, "", f"La factura n.º {inv} de {amt} venció el {es_date(due)}, hace {late} días, y sigue pendiente de pago.",
                 "", f"Ruego que el pago de {amt} se realice a más tardar el {es_date(deadline)}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución por esta misma vía.",
                 "", *pay, "", "Un cordial saludo,", o["name"]]
        elif t == "promise_followup":
            subj = f"Factura n.º {inv}: pago pendiente"
            L = [sal, "", f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv} de {amt}, vencida el {es_date(due)}.",
                 "", "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.",
                 "", *pay, "", "Un cordial saludo,", o["name"]]
        else:
            raise ValueError(t)
    else:
        signoff = "Kind regards,"
        if t == "courtesy":
            subj = f"Invoice {inv} – friendly reminder"
            L = [sal, "", f"This is a friendly reminder that invoice {inv} for {amt}, issued on {en_date(d(spec['issued']))}, is due for payment on {en_date(due)}.",
                 "", "If payment is already on its way, thank you, and please disregard this message.", "", *pay, "",
                 "If you have any questions, just reply to this email.", "", signoff, o["name"]]
        elif t == "due":
            subj = f"Invoice {inv} – payment due"
            if late > 0:
                first = f"This is a quick reminder that invoice {inv} for {amt} was due for payment on {en_date(due)}. If it has not been paid yet, I would be grateful if you could arrange payment in the next few days."
            elif late == 0:
                first = f"This is a quick reminder that invoice {inv} for {amt} is due for payment today, {en_date(due)}."
            else:
                first = f"This is a quick reminder that invoice {inv} for {amt} is due for payment on {en_date(due)}."
            L = [sal, "", first, "", "If you have already paid, thank you, and please disregard this reminder.", "", *pay, "",
                 "If you have any questions, just reply to this email.", "", signoff, o["name"]]
        elif t == "reminder":
            subj = f"Payment reminder – invoice {inv}"
            L = [sal, "", f"According to my records, invoice {inv} for {amt}, due on {en_date(due)}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.",
                 "", "If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.",
                 "", *pay, "", signoff, o["name"]]
        elif t == "late_fee":
            subj = f"Second reminder – invoice {inv}"
            L = [sal, "", f"Invoice {inv} for {amt}, due on {en_date(due)}, is now {late} days overdue.",
                 "", f"Please arrange payment by {en_date(deadline)}. If payment is already on its way, thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to this email and we can find a solution.",
                 "", *pay, "", signoff, o["name"]]
        elif t == "promise_followup":
            subj = f"Invoice {inv} – payment not yet received"
            L = [sal, "", f"Thank you for your earlier message about invoice {inv} for {amt}, which was due on {en_date(due)}.",
                 "", "The payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you need a little more time, could you let me know when I can expect it?",
                 "", *pay, "", signoff, o["name"]]
        else:
            raise ValueError(t)
    return subj, L


# --------------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------------
def local(dtm, tz):
    return dtm.astimezone(ZoneInfo(tz))


def quote_header(style, lang, spec, when):
    o = spec["o"]
    nm, em = o["name"], o["email"]
    w = when
    hm = f"{w.hour:02d}:{w.minute:02d}"
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_DAY3[w.weekday()]} {w.day} {IT_MON3[w.month-1]} {w.year} alle ore {hm} {nm} <{em}> ha scritto:"
        if lang == "es":
            return f"El {ES_DAY3[w.weekday()]}, {w.day} {ES_MON3[w.month-1]} {w.year} a las {w.hour}:{w.minute:02d}, {nm} (<{em}>) escribió:"
        return f"On {EN_DAYS[w.weekday()][:3]}, {w.day} {EN_MONTHS[w.month-1][:3]} {w.year} at {hm}, {nm} <{em}> wrote:"
    if style in ("apple", "iphone"):
        if lang == "it":
            return f"Il giorno {w.day} {IT_MON3[w.month-1]} {w.year}, alle ore {hm}, {nm} <{em}> ha scritto:"
        if lang == "es":
            return f"El {w.day} {ES_MON3[w.month-1]} {w.year}, a las {w.hour}:{w.minute:02d}, {nm} <{em}> escribió:"
        return f"On {w.day} {EN_MONTHS[w.month-1][:3]} {w.year}, at {hm}, {nm} <{em}> wrote:"
    raise ValueError(style)


def outlook_block(lang, spec, when, subj, to_line, german=False):
    o = spec["o"]
    w = when
    if german:
        days = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
        months = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
        return [f"Von: {o['name']} <{o['email']}>", f"Gesendet: {days[w.weekday()]}, {w.day}. {months[w.month-1]} {w.year} {w.hour:02d}:{w.minute:02d}",
                f"An: {to_line}", f"Betreff: {subj}"]
    if lang == "it":
        return [f"Da: {o['name']} <{o['email']}>", f"Inviato: {IT_DAYS[w.weekday()]} {w.day} {IT_MONTHS[w.month-1]} {w.year} {w.hour:02d}:{w.minute:02d}",
                f"A: {to_line}", f"Oggetto: {subj}"]
    if lang == "es":
        return [f"De: {o['name']} <{o['email']}>", f"Enviado: {ES_DAYS[w.weekday()]}, {w.day} de {ES_MONTHS[w.month-1]} de {w.year} {w.hour}:{w.minute:02d}",
                f"Para: {to_line}", f"Asunto: {subj}"]
    return [f"From: {o['name']} <{o['email']}>", f"Sent: {EN_DAYS[w.weekday()]}, {w.day} {EN_MONTHS[w.month-1]} {w.year} {w.hour:02d}:{w.minute:02d}",
            f"To: {to_line}", f"Subject: {subj}"]


def samsung_block(lang, spec, when, subj, to_line):
    o = spec["o"]
    w = when
    off = int(w.utcoffset().total_seconds() // 60)
    gmt = f"GMT{'+' if off >= 0 else '-'}{abs(off) // 60:02d}:{abs(off) % 60:02d}"
    if lang == "it":
        return ["", "", "-------- Messaggio originale --------", f"Da: {o['name']} <{o['email']}>",
                f"Data: {w.day:02d}/{w.month:02d}/{w.year % 100:02d} {w.hour:02d}:{w.minute:02d} ({gmt})",
                f"A: {to_line}", f"Oggetto: {subj}", ""]
    if lang == "es":
        return ["", "", "-------- Mensaje original --------", f"De: {o['name']} <{o['email']}>",
                f"Fecha: {w.day:02d}/{w.month:02d}/{w.year % 100:02d} {w.hour:02d}:{w.minute:02d} ({gmt})",
                f"Para: {to_line}", f"Asunto: {subj}", ""]
    return ["", "", "-------- Original message --------", f"From: {o['name']} <{o['email']}>",
            f"Date: {w.day:02d}/{w.month:02d}/{w.year:04d} {w.hour:02d}:{w.minute:02d} ({gmt})",
            f"To: {to_line}", f"Subject: {subj}", ""]


# --------------------------------------------------------------------------------------------------
# HTML skeletons
# --------------------------------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def lines_to_html(lines):
    return "<br>\n".join(esc(x) for x in lines)


def gmail_html(own_lines, qhead, rem_lines):
    own = "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in own_lines)
    q = ""
    if qhead:
        q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
             f'{esc(qhead)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
             f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{lines_to_html(rem_lines)}</blockquote></div>')
    return f'<div dir="ltr">{own}</div>{q}\n'


def outlook_html(own_lines, block, rem_lines, charset, lang):
    lg = {"it": "IT", "es": "ES", "en": "EN-GB"}[lang]
    ps = "\n".join(f'<p class="MsoNormal">{esc(x) if x else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for x in own_lines)
    hdr = ""
    if block:
        parts = []
        for ln in block:
            k, _, v = ln.partition(": ")
            parts.append(f"<b>{esc(k)}:</b> {esc(v)}")
        hdr = ('<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
               f'<p class="MsoNormal"><b><span lang="{lg}">' + "<br>\n".join(parts) + '</span></b><o:p></o:p></p></div></div>\n'
               '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' +
               "\n".join(f'<p class="MsoNormal">{esc(x) if x else "<o:p>&nbsp;</o:p>"}<o:p></o:p></p>' for x in rem_lines))
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Aptos;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink {color:#467886;text-decoration:underline;}\n'
            '@page WordSection1 {size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style></head>'
            f'<body lang="{lg}" link="#467886" vlink="#96607D" style="word-wrap:break-word"><div class="WordSection1">\n'
            f'{ps}\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n{hdr}\n</div></body></html>\n')


def apple_html(own_lines, qhead, rem_lines):
    own = "".join(f"<div>{esc(x) if x else '<br>'}</div>" for x in own_lines)
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{own}<div dir="ltr"><br><blockquote type="cite">{esc(qhead)}<br><br></blockquote></div>'
            f'<blockquote type="cite"><div dir="ltr">{lines_to_html(rem_lines)}</div></blockquote></body></html>\n')


# --------------------------------------------------------------------------------------------------
# MIME plumbing (raw bytes, so that charsets and transfer encodings are exactly as chosen)
# --------------------------------------------------------------------------------------------------
def codec(charset):
    # Outlook labels Windows-1252 text as iso-8859-1: encode with cp1252 whatever the label says.
    return "cp1252" if charset.lower() in ("iso-8859-1", "windows-1252") else charset


def leaf(content, subtype="plain", charset="utf-8", cte="8bit", flowed=False):
    data = content.encode(codec(charset))
    ct = f"text/{subtype}; charset=\"{charset}\"" if subtype == "html" else f"text/{subtype}; charset={charset}"
    if flowed:
        ct += "; format=flowed; delsp=yes"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        if charset == "us-ascii" or all(b < 128 for b in data):
            cte = "7bit"
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    return f"Content-Type: {ct}\nContent-Transfer-Encoding: {cte}\n".encode() + b"\n" + body


def boundary(tag):
    return "----=_" + tag + "_" + hashlib.md5(f"{tag}{RNG.random()}".encode()).hexdigest()[:20]


def multipart(sub, parts, tag):
    b = boundary(tag)
    out = f"Content-Type: multipart/{sub};\n\tboundary=\"{b}\"\n\n".encode()
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    out += f"--{b}--\n".encode()
    return out


def attachment(data, ctype, filename):
    enc = base64.encodebytes(data)
    return (f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Disposition: attachment; filename=\"{filename}\"\n"
            f"Content-Transfer-Encoding: base64\n\n").encode() + enc


def fake_pdf(title):
    body = (f"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            f"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            f"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R>> endobj\n"
            f"4 0 obj <</Length 60>> stream\nBT /F1 12 Tf 72 770 Td ({title}) Tj ET\nendstream endobj\n"
            "trailer <</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


def fake_png(w=4, h=6):
    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + b"\xf0\xf0\xf0" * w for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def hdr_addr(name, addr, charset="utf-8"):
    if not name:
        return addr
    try:
        name.encode("ascii")
        return formataddr((name, addr))
    except UnicodeEncodeError:
        try:
            name.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return formataddr((name, addr), charset=charset)


def hdr_text(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(s, charset).encode()


def rand_token(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def msgid(style, domain):
    if style == "gmail":
        return f"<CA{rand_token(2)}+{rand_token(40)}@mail.gmail.com>"
    if style == "outlook":
        return f"<{rand_token(4).upper()}PR{RNG.randint(10, 99)}MB{RNG.randint(1000, 9999)}{rand_token(28).upper()}@{RNG.choice(['AM','DB','PA','VI','GV'])}{RNG.randint(1,9)}PR{RNG.randint(10,99)}MB{RNG.randint(1000,9999)}.eurprd0{RNG.randint(1,9)}.prod.outlook.com>"
    if style == "apple":
        u = hashlib.md5(str(RNG.random()).encode()).hexdigest().upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    return f"<{hashlib.sha1(str(RNG.random()).encode()).hexdigest()[:24]}@{domain}>"


# --------------------------------------------------------------------------------------------------
# Building one message
# --------------------------------------------------------------------------------------------------
AGENTS = {
    "gmail": None,
    "outlook": "Microsoft Outlook 16.0",
    "iphone": "iPhone Mail (22C161)",
    "apple": "Apple Mail (2.3826.300.87.4.3)",
    "thunderbird": "Mozilla Thunderbird",
    "samsung": None,
    "libero": None,
}


def build(n, spec):
    o = OWNERS[spec["owner"]]
    spec["o"] = o
    lang = spec["lang"] = spec.get("lang", o["lang"])
    ctz = spec.get("tz", {"it": "Europe/Rome", "es": "Europe/Madrid", "en": o["tz"]}[lang])
    when = dt.datetime.fromisoformat(spec["date"]).replace(tzinfo=ZoneInfo(ctz))
    # mailduns sends its reminders in the owner's morning: the day after_h hours before the reply, ~08:00-10:00
    otz = ZoneInfo(o["tz"])
    day = (when - dt.timedelta(hours=spec.get("after_h", 27))).astimezone(otz).date()
    rd = dt.datetime(day.year, day.month, day.day, 8 + n % 3, (n * 17) % 60, tzinfo=otz)
    while rd >= when - dt.timedelta(minutes=20) or rd.weekday() >= 5 or (rd.month, rd.day) in ((12, 25), (12, 26), (1, 1)):
        rd -= dt.timedelta(days=1)
    spec["rdate"] = rd
    rdate_local = local(spec["rdate"], ctz)
    rsubj, rlines = reminder(spec)
    cname, cemail = spec["client"]
    to_line = f"{cname} <{cemail}>" if cname else cemail
    quote = spec.get("quote", "none")
    mime = spec.get("mime", "plain")
    charset = spec.get("charset", "utf-8")
    own = spec["text"].split("\n")
    domain = cemail.split("@")[1]
    mid_style = spec.get("mid", {"gmail": "gmail", "outlook": "outlook", "iphone": "apple", "apple": "apple"}.get(quote, "plain"))
    if domain == "gmail.com":
        mid_style = "gmail"
    if mime in ("outlook-html",):
        mid_style = "outlook"

    # plain-text body with its quote
    qhead = None
    block = None
    if quote in ("gmail", "apple", "iphone"):
        qhead = quote_header(quote, lang, spec, rdate_local)
        plain = own + [""] + [qhead] + ["> " + x if x else ">" for x in rlines]
        if quote == "gmail":
            import textwrap
            wrapped = []
            for x in rlines:
                wrapped += textwrap.wrap(x, 76) or [""]
            plain = own + ["", qhead, ""] + ["> " + x if x else ">" for x in wrapped]
    elif quote == "outlook":
        block = outlook_block(lang, spec, rdate_local, rsubj, to_line, german=spec.get("german"))
        plain = own + ["", "________________________________"] + block + [""] + rlines
    elif quote == "outlook-old":
        block = outlook_block(lang, spec, rdate_local, rsubj, to_line)
        sep = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----", "en": "-----Original Message-----"}[lang]
        plain = own + ["", sep] + block + [""] + rlines
    elif quote == "samsung":
        plain = own + samsung_block(lang, spec, rdate_local, rsubj, to_line) + rlines
    else:
        plain = own
    plain_text = "\n".join(plain) + "\n"

    cte = spec.get("cte", "8bit")
    if mime == "plain":
        body = leaf(plain_text, "plain", charset, cte, flowed=spec.get("flowed", False))
    elif mime == "alt":  # Gmail / Apple: plain + html
        if quote == "apple" or quote == "iphone":
            html = apple_html(own, qhead, rlines)
        else:
            html = gmail_html(own, qhead, rlines)
        body = multipart("alternative", [leaf(plain_text, "plain", charset, cte),
                                         leaf(html, "html", charset, "quoted-printable")], "alt")
    elif mime == "outlook-alt":
        html = outlook_html(own, block, rlines, charset, lang)
        body = multipart("alternative", [leaf(plain_text, "plain", charset, "quoted-printable"),
                                         leaf(html, "html", charset, "quoted-printable")], "NextPart_000")
    elif mime == "outlook-html":
        html = outlook_html(own, block, rlines, charset, lang)
        body = leaf(html, "html", charset, "quoted-printable")
    elif mime == "html":  # html only, gmail-like webmail
        body = leaf(gmail_html(own, qhead, rlines), "html", charset, cte)
    else:
        raise ValueError(mime)

    if spec.get("attach"):
        fname, ctype, data = spec["attach"]
        body = multipart("mixed", [body, attachment(data, ctype, fname)], "mixed")

    prefix = spec.get("prefix", "Re:")
    subject = f"{prefix} {rsubj}" if prefix else rsubj
    rmid = f"<mailduns.{hashlib.md5((o['email'] + rsubj + str(spec['rdate'])).encode()).hexdigest()[:16]}@{o['email'].split('@')[1]}>"
    refs = rmid
    if spec.get("older_ref"):
        refs = f"<{hashlib.md5(rsubj.encode()).hexdigest()[:20]}@{o['email'].split('@')[1]}> " + rmid

    hcs = "iso-8859-1" if charset.lower() in ("iso-8859-1", "windows-1252") else "utf-8"
    H = []
    H.append(f"Return-Path: <{cemail}>")
    H.append(f"Date: {format_datetime(when)}")
    H.append(f"From: {hdr_addr(cname, cemail, hcs)}")
    to_hdr = spec.get("to") or hdr_addr(o["name"], o["email"], hcs)
    H.append(f"To: {to_hdr}")
    if spec.get("cc"):
        H.append(f"Cc: {spec['cc']}")
    H.append(f"Subject: {hdr_text(subject, hcs)}")
    H.append(f"Message-ID: {msgid(mid_style, domain)}")
    H.append(f"In-Reply-To: {rmid}")
    H.append(f"References: {refs}")
    agent = spec.get("agent", AGENTS.get(quote))
    if mid_style == "outlook" and not spec.get("agent"):
        H.append("Thread-Topic: " + hdr_text(rsubj, hcs))
        H.append("Thread-Index: AQH" + rand_token(30) + "==")
        H.append("X-MS-Has-Attach: " + ("yes" if spec.get("attach") else ""))
        H.append("X-MS-TNEF-Correlator:")
        H.append("Content-Language: " + {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang])
    elif agent:
        H.append(("User-Agent: " if "Thunderbird" in agent else "X-Mailer: ") + agent)
    for extra in spec.get("headers", []):
        H.append(extra)
    H.append("MIME-Version: 1.0")
    raw = ("\n".join(H) + "\n").encode() + body
    return raw, subject


# --------------------------------------------------------------------------------------------------
# The messages
# --------------------------------------------------------------------------------------------------
SPECS = []


def S(kind, **kw):
    kw["kind"] = kind
    SPECS.append(kw)


PDF = "application/pdf"
PNG = "image/png"

# ================================== ITALIANO ==================================
# ---- paid
S("client-reply-paid", owner="A", client=("Federico Colombo", "f.colombo@colombo-arredi.it"), cname="Federico Colombo",
  inv="38/2026", amt=610.00, due="2026-11-10", tmpl="reminder", date="2026-11-16 10:04", after_h=49,
  text="fatto 👍\n\nInviato da iPhone", quote="iphone", mime="plain",
  note="One word 'fatto' plus an emoji under a reminder asking to pay: 'fatto' = done, i.e. paid.")
S("client-reply-paid", owner="M", client=("Chiara Benedetti", "chiara.benedetti@gmail.com"), cname="Chiara Benedetti",
  inv="44/2026", amt=350.00, due="2026-11-30", tmpl="due", date="2026-12-02 21:17", after_h=34,
  text="Pagato ieri sera, scusa il ritardo!\nChiara", quote="gmail", mime="alt",
  note="Plain 'paid yesterday evening' with an apology; Gmail multipart/alternative.")
S("client-reply-paid", owner="A", client=("Davide", "davide.r@studiorighetti.it"), cname="Davide Righetti",
  inv="41/2026", amt=1220.00, due="2026-11-20", tmpl="reminder", date="2026-11-27 09:31", after_h=22,
  text="ciao ale bonifico partito stamattina per la 41, scusa ma ero via\nD.", quote="gmail", mime="plain", cte="quoted-printable",
  lab=dict(reference="41/2026"),
  note="Transfer sent this morning ('bonifico partito'); 'la 41' in the client's own text = 41/2026. No accents, nickname 'ale'.")
S("client-reply-paid", owner="M", client=("Gianni Cattaneo", "gianni@cattaneoimmobiliare.it"), cname="Gianni Cattaneo",
  inv="47/2026", amt=900.00, due="2026-12-10", tmpl="reminder", date="2026-12-18 19:52", after_h=9,
  text="ciao Marco ti ho fatto il bonifico adesso adesso dovresti vederlo lunedi ciao ciao\n\n\nInviato da smartphone Samsung Galaxy.",
  quote="samsung", mime="plain",
  note="Voice-dictated, no punctuation: the transfer was made just now; 'dovresti vederlo lunedì' is when it will arrive, not a promise to pay. Samsung mail quote block.")
S("client-reply-paid", owner="G", client=("PASQUALE IANNONE", "info@iannoneimpianti.it"), cname="Iannone Impianti srl", ckind="company",
  inv="39/2026", amt=732.00, due="2026-11-30", tmpl="late_fee", date="2026-12-14 08:12", after_h=23,
  text="GIA PAGATA IL 3 DICEMBRE CONTROLLATE\n\nIANNONE IMPIANTI SRL", quote="outlook", mime="plain", charset="iso-8859-1", cte="quoted-printable",
  prefix="R:",
  note="ALL CAPS, no accent on 'già': already paid on 3 December, asks the freelancer to check. Outlook block quote, iso-8859-1 label.")
S("client-reply-paid", owner="A", client=("Silvia Marchetti", "s.marchetti@marchettispa.it"), cname="Marchetti S.p.A.", ckind="company",
  inv="2/2027", amt=2440.00, due="2027-01-31", tmpl="due", date="2027-02-03 11:45", after_h=49,
  text=("Saldato.\n\nCordiali saluti\n\nRag. Silvia Marchetti\nUfficio Amministrazione e Contabilità\n"
        "Marchetti S.p.A. – Via dell’Industria 14, 25030 Castel Mella (BS)\nTel. +39 030 2586 114 – Fax +39 030 2586 199\n"
        "www.marchettispa.it\n\n"
        "AVVISO DI RISERVATEZZA – Le informazioni contenute in questo messaggio di posta elettronica e negli eventuali allegati "
        "sono riservate e destinate esclusivamente al destinatario indicato. Ai sensi del Regolamento UE 2016/679 (GDPR) e del "
        "D.Lgs. 196/2003 e s.m.i., qualsiasi utilizzo, diffusione, copia o divulgazione non autorizzata è vietata. Se ha ricevuto "
        "questo messaggio per errore, la preghiamo di darne immediata notizia al mittente e di cancellarlo dal suo sistema.\n\n"
        "Prima di stampare questa e-mail, pensa all’ambiente."),
  quote="outlook", mime="outlook-html", charset="windows-1252", prefix="R:",
  note="One word 'Saldato.' (settled) buried above a signature and GDPR disclaimer many times longer. HTML-only Outlook, windows-1252.")
S("client-reply-paid", owner="G", client=("Luca Moretti", "luca.moretti.lm@gmail.com"), cname="Luca Moretti",
  inv="45/2026", amt=488.00, due="2026-12-15", tmpl="reminder", date="2026-12-21 16:20", after_h=30,
  text="ecco la contabile", quote="gmail", mime="alt",
  attach=("Contabile_bonifico_SEPA_20261221.pdf", PDF, fake_pdf("Bonifico SEPA eseguito - EUR 488,00 - Fattura 45/2026")),
  note="'here is the receipt' + a PDF bank receipt attached: paid, with no payment verb.")
S("client-reply-paid", owner="M", client=("Roberta Galli", "roberta.galli@libero.it"), cname="Roberta Galli",
  inv="1/2027", amt=260.00, due="2027-01-15", tmpl="reminder", date="2027-01-22 13:05", after_h=26,
  text="controlla il conto che dovrebbe esserci gia\nciao\n\nInviato da Libero Mail per Android", quote="none", mime="plain",
  note="'check your account, it should already be there' = she has paid. No quote at all.")
S("client-reply-paid", owner="A", client=("Paolo Ferrara", "paolo@ferrarastudio.it"), cname="Paolo Ferrara",
  inv="40/2026", amt=915.00, due="2026-11-18", tmpl="reminder", date="2026-11-25 18:02", after_h=31,
  text="Pagate tutte e due, la 39 e la 40, con un unico bonifico da 1.830 €.\nP.", quote="apple", mime="plain", cte="quoted-printable",
  lab=dict(amount="1830.00"),
  note="Both invoices (39 and 40) paid with one transfer of 1,830 EUR (= 2 x 915): paid, amount stated. Two invoice numbers named, so no single reference.")
S("client-reply-paid", owner="G", client=("Marta Giordano", "marta@giordanoeventi.it"), cname="Marta Giordano",
  inv="48/2026", amt=1098.00, due="2026-12-20", tmpl="due", date="2026-12-22 12:30", after_h=28,
  text="si si pagata, l'ha fatta l'amministrazione venerdi scorso 😊", quote="gmail", mime="alt",
  note="'yes yes paid, the accounts office did it last Friday'; no accents, emoji.")
S("client-reply-paid", owner="M", client=("Amministrazione Tipografia Lombardi", "amministrazione@tipografialombardi.it"),
  cname="Tipografia Lombardi s.n.c.", ckind="company",
  inv="50/2026", amt=1586.00, due="2026-12-31", tmpl="reminder", date="2027-01-08 10:15", after_h=22,
  text="Buongiorno,\nil pagamento è stato disposto in data odierna.\nCordiali saluti\n\nUfficio Amministrazione\nTipografia Lombardi s.n.c.",
  quote="outlook", mime="outlook-alt", charset="iso-8859-1", prefix="R:",
  note="Bureaucratic 'payment ordered today' = paid (disposto = executed), not a promise. Outlook alternative, iso-8859-1.")
S("client-reply-paid", owner="A", client=("Ste", "stefano.bruno91@gmail.com"), cname="Stefano Bruno",
  inv="3/2027", amt=180.00, due="2027-02-05", tmpl="due", date="2027-02-06 23:41", after_h=14,
  text="ok pagato grz", quote="none", mime="plain",
  note="WhatsApp style 'ok paid thx'.")

# ---- promise
S("client-reply-promise", owner="A", client=("Valentina Costa", "vale.costa@hotmail.it"), cname="Valentina Costa",
  inv="42/2026", amt=305.00, due="2026-11-15", tmpl="reminder", date="2026-11-17 18:40", after_h=8,
  text="domani\n\nInviato da iPhone", quote="iphone", mime="plain",
  lab=dict(promised_date="2026-11-18"),
  note="One word 'domani' (tomorrow) under a payment reminder: promise for the day after the Date (Tue 17 Nov).")
S("client-reply-promise", owner="M", client=("Andrea Villa", "andrea@villaeventi.com"), cname="Andrea Villa",
  inv="43/2026", amt=640.00, due="2026-11-16", tmpl="reminder", date="2026-11-23 09:05", after_h=16,
  text="Ciao Marco, pago venerdì, promesso.\nAndrea", quote="gmail", mime="plain", cte="quoted-printable",
  lab=dict(promised_date="2026-11-27"),
  note="'pago venerdì' sent Monday 23 Nov -> Friday 27 Nov.")
S("client-reply-promise", owner="G", client=("Sara De Luca", "saradeluca@studiodeluca.it"), cname="Sara De Luca",
  inv="46/2026", amt=420.00, due="2026-12-15", tmpl="due", date="2026-12-16 17:48", after_h=30,
  text="la prossima settimana, scusa", quote="apple", mime="alt",
  note="'next week, sorry': promise with no date.")
S("client-reply-promise", owner="M", client=("Nico", "nico.palumbo@gmail.com"), cname="Nicola Palumbo",
  inv="49/2026", amt=300.00, due="2026-12-20", tmpl="late_fee", date="2027-01-09 14:22", after_h=40,
  text="appena mi pagano ti pago giuro 🙏", quote="gmail", mime="alt",
  note="'as soon as I get paid I'll pay you, I swear': promise conditioned on someone else, no date.")
S("client-reply-promise", owner="A", client=("Elena Fabbri", "elena.fabbri@fabbriconsulting.it"), cname="Elena Fabbri",
  inv="45/2026", amt=1525.00, due="2026-12-10", tmpl="reminder", date="2026-12-20 20:10", after_h=58,
  text="Ciao Alessandra, con le feste in mezzo riesco entro il 15, ok?\nElena\n\n--\nElena Fabbri\nFabbri Consulting\n+39 347 218 5530",
  quote="gmail", mime="plain", cte="base64",
  lab=dict(promised_date="2027-01-15"),
  note="'entro il 15' written on 20 December: the 15th has passed this month, so 15 January 2027. The trailing 'ok?' asks for agreement, still a promise. Base64 body.")
S("client-reply-promise", owner="G", client=("Ciro Esposito", "ciro@pizzeriadaciro.it"), cname="Ciro Esposito",
  inv="1/2027", amt=250.00, due="2027-01-10", tmpl="reminder", date="2027-01-12 22:03", after_h=11,
  text="Fine mese\n\nInviato da iPhone", quote="iphone", mime="plain",
  lab=dict(promised_date="2027-01-31"),
  note="Two words 'Fine mese' (end of the month) -> 31 January 2027.")
S("client-reply-promise", owner="A", client=("Roberto Sala", "r.sala@salaedili.it"), cname="Sala Edilizia srl", ckind="company",
  inv="4/2027", amt=2196.00, due="2027-01-31", tmpl="late_fee", date="2027-02-09 08:50", after_h=20,
  text="Buongiorno, non prima del 28 purtroppo. Saluti R. Sala", quote="outlook", mime="plain", charset="iso-8859-1",
  cte="quoted-printable", prefix="Rif:",
  lab=dict(promised_date="2027-02-28"),
  note="'not before the 28th, unfortunately' = promise for 28 Feb 2027 (February 2027 has 28 days). 'Rif:' prefix.")
S("client-reply-promise", owner="G", client=("Francesca Russo", "f.russo@russodesign.it"), cname="Francesca Russo",
  inv="2/2027", amt=610.00, due="2027-01-15", tmpl="reminder", date="2027-01-18 11:37", after_h=3,
  text="Ciao Giulia! oggi non riesco, giovedì senz'altro.\nFra", quote="gmail", mime="alt",
  lab=dict(promised_date="2027-01-21"),
  note="'can't today, Thursday for sure' sent Monday 18 Jan -> Thursday 21 Jan. 'oggi' must not be taken as the date.")
S("client-reply-promise", owner="M", client=("Salvatore Greco", "salvo.greco@tiscali.it"), cname="Salvatore Greco",
  inv="46/2026", amt=780.00, due="2026-11-30", tmpl="reminder", date="2026-12-02 19:26", after_h=7,
  text="ciao Marco scusami ho avuto un casino con la banca te lo faccio lunedì mattina prima cosa ciao", quote="none", mime="plain",
  agent="Tiscali Webmail",
  lab=dict(promised_date="2026-12-07"),
  note="Dictated, no punctuation: 'I'll do it Monday morning first thing', sent Wednesday 2 Dec -> Monday 7 Dec.")
S("client-reply-promise", owner="A", client=("Contabilità Bianchi Srl", "contabilita@bianchisrl.it"), cname="Bianchi Srl", ckind="company",
  inv="43/2026", amt=1464.00, due="2026-11-25", tmpl="due", date="2026-11-26 15:10", after_h=26,
  text="Buongiorno,\ni 1.464 € li mettiamo nel giro pagamenti del 10.\nCordiali saluti\nM. Conti\nUfficio Contabilità – Bianchi Srl",
  quote="outlook", mime="outlook-html", charset="windows-1252", prefix="R:",
  lab=dict(promised_date="2026-12-10", amount="1464.00"),
  note="Accounts office: 'we'll put the 1,464 EUR in the payment run of the 10th' -> 10 December 2026 (next 10th after 26 Nov). Amount stated.")
S("client-reply-promise", owner="M", client=("Lorenzo Ricci", "lorenzo@riccivini.it"), cname="Lorenzo Ricci",
  inv="51/2026", amt=396.00, due="2026-12-10", tmpl="reminder", date="2026-12-14 12:48", after_h=4,
  text="oggi pomeriggio faccio il bonifico 👍", quote="gmail", mime="alt",
  lab=dict(promised_date="2026-12-14"),
  note="Future/present tense: 'this afternoon I'll make the transfer' = promise for today, not yet paid (contrast 'fatto il bonifico').")
S("client-reply-promise", owner="G", client=("Dott. Bruno Mancini", "bruno.mancini@studiomancini.eu"), cname="Studio Mancini", ckind="company",
  inv="47/2026 + 52/2026", amt=0, due="2026-12-30", tmpl="statement", date="2027-01-20 09:14", after_h=24,
  rows=[("47/2026", "2026-11-30", "2026-12-30", 540.00), ("52/2026", "2026-12-18", "2027-01-17", 875.00)],
  text="La 47 pagata ieri, la 52 a fine mese.\nB. Mancini\n\nOttieni Outlook per iOS", quote="outlook", mime="plain",
  lab=dict(promised_date="2027-01-31"),
  note="Statement of two invoices: 47 paid yesterday, 52 promised for end of month -> promise (two invoices: paid one + promise other), 31 Jan 2027. Two numbers named, so no single reference.")

# ---- dispute
S("client-reply-dispute", owner="A", client=("Giorgio Pellegrini", "giorgio.pellegrini@gmail.com"), cname="Giorgio Pellegrini",
  inv="44/2026", amt=490.00, due="2026-11-30", tmpl="reminder", date="2026-12-05 10:22", after_h=25,
  text="non è mia", quote="gmail", mime="alt",
  note="'it isn't mine' from the client the invoice was addressed to, replying to a reminder naming him: he denies owing this invoice. "
       "Not a question and not an acknowledgement; a careful assistant treats a denial of the debt as a contest (dispute), which the freelancer must clear up. Judgement call vs other.")
S("client-reply-dispute", owner="M", client=("Alberto Neri", "alberto@nerigioielli.it"), cname="Alberto Neri",
  inv="48/2026", amt=1159.00, due="2026-12-15", tmpl="reminder", date="2026-12-19 09:40", after_h=20,
  text="L'importo è sbagliato, avevamo detto 800 + iva. Rifammela", quote="apple", mime="plain", cte="quoted-printable",
  note="Wrong amount: agreed 800 + VAT, asks for a new invoice. 1159 is not 800+22% (976).")
S("client-reply-dispute", owner="G", client=("Amministrazione", "amministrazione@ottica-vitale.it"), cname="Ottica Vitale sas", ckind="company",
  inv="33/2026", amt=366.00, due="2026-11-15", tmpl="reminder", date="2026-11-20 10:05", after_h=20,
  text="Buongiorno, la 33/2026 è un doppione: l’intervento era già fatturato con la 31. Attendiamo nota di credito.\nCordiali saluti\nOttica Vitale",
  quote="outlook", mime="outlook-alt", charset="windows-1252", prefix="R:",
  lab=dict(reference="33/2026"),
  note="Already billed (duplicate of 31), asks for a credit note -> dispute. The disputed invoice is 33/2026; 31 is named only as the earlier one.")
S("client-reply-dispute", owner="G", client=("Enzo Marino", "enzo.marino@marinoricambi.it"), cname="Enzo Marino",
  inv="3/2027", amt=1830.00, due="2027-02-10", tmpl="due", date="2027-02-11 18:55", after_h=30,
  text="finche il sito non funziona sul cellulare io non pago niente", quote="gmail", mime="plain",
  note="Refuses to pay until the site works on mobile: work not as agreed.")
S("client-reply-dispute", owner="M", client=("Federica Longo", "federica.longo@longoeventi.it"), cname="Federica Longo",
  inv="52/2026", amt=1200.00, due="2026-12-31", tmpl="reminder", date="2027-01-07 16:02", after_h=6,
  text="Mandami una nota di credito per le 2 giornate che non hai fatto e la pago subito", quote="gmail", mime="plain", cte="base64",
  note="Wants a credit note for two days not worked; 'then I pay immediately' is conditional -> dispute beats promise.")
S("client-reply-dispute", owner="A", client=("Matteo Gentile", "matteo@gentilefood.it"), cname="Matteo Gentile",
  inv="5/2027", amt=1708.00, due="2027-02-15", tmpl="due", date="2027-02-16 13:20", after_h=28,
  text="Ti pago metà adesso, il resto quando mi mandi i file sorgente come d'accordo\n\nInviato da iPhone", quote="iphone", mime="plain",
  note="Half now, rest withheld until the source files are delivered: partial payment + holding back the rest = dispute.")

# ---- other
S("client-reply-other", owner="G", client=("Antonio Caruso", "antonio.caruso@alice.it"), cname="Antonio Caruso",
  inv="49/2026", amt=220.00, due="2026-12-20", tmpl="due", date="2026-12-21 08:03", after_h=20,
  text="ok", quote="none", mime="plain",
  note="'ok' alone: acknowledgement, neither a payment claim nor a commitment with any content.")
S("client-reply-other", owner="A", client=("Laura Fontana", "laura.fontana@fontanaviaggi.it"), cname="Laura Fontana",
  inv="46/2026", amt=540.00, due="2026-12-10", issued="2026-11-10", tmpl="courtesy", date="2026-12-04 09:12", after_h=1,
  text="Grazie 🙏", quote="iphone", mime="alt",
  note="'thanks' to a courtesy note before the due date: other.")
S("client-reply-other", owner="M", client=("Dario Conte", "dario.conte@gmail.com"), cname="Dario Conte",
  inv="53/2026", amt=150.00, due="2027-01-05", tmpl="reminder", date="2027-01-10 11:50", after_h=2,
  text="?", quote="gmail", mime="alt",
  note="A lone question mark: other.")
S("client-reply-other", owner="G", client=("Serena Martini", "serena@martinicasa.it"), cname="Serena Martini",
  inv="50/2026", amt=640.50, due="2026-12-28", tmpl="reminder", date="2027-01-04 15:33", after_h=5,
  text="me la rimandi? non la trovo più 😅", quote="apple", mime="alt",
  note="Asks to resend the invoice: question, no claim.")
S("client-reply-other", owner="A", client=("Riccardo Pichler", "r.pichler@pichler-logistik.it"), cname="Pichler Logistik GmbH", ckind="company",
  inv="47/2026", amt=1952.00, due="2026-12-12", tmpl="reminder", date="2026-12-15 08:40", after_h=20,
  cc="Buchhaltung / Amministrazione <amministrazione@pichler-logistik.it>",
  text="Giro all'amministrazione in copia.\nSaluti\nRiccardo Pichler", quote="outlook", german=True, mime="outlook-alt",
  charset="iso-8859-1", prefix="AW:",
  note="South Tyrol company with German Outlook (AW:, Von/Gesendet block) writing Italian: 'forwarding to accounts in cc' -> other.")
S("client-reply-other", owner="M", client=("Ilaria Ferraro", "ilaria@ferraroarch.it"), cname="Ilaria Ferraro",
  inv="2/2027", amt=976.00, due="2027-01-20", tmpl="due", date="2027-01-21 09:25", after_h=24,
  text=("Ricevuto, grazie.\n\nArch. Ilaria Ferraro\nFerraro Architetti Associati\nVia Saragozza 112 – 40135 Bologna\n"
        "T. 051 644 2231 | M. 335 610 4411\nwww.ferraroarchitetti.it\n\n"
        "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate e possono contenere informazioni "
        "riservate. La diffusione, distribuzione e/o copia del documento trasmesso da parte di qualsiasi soggetto diverso dal "
        "destinatario è proibita (art. 616 c.p., Reg. UE 2016/679)."),
  quote="gmail", mime="alt",
  note="'Received, thanks' with a signature much longer than the message: other (acknowledgement only).")
S("client-reply-other", owner="G", client=("Claudio Rinaldi", "claudio@rinaldiservizi.it"), cname="Claudio Rinaldi",
  inv="51/2026", amt=305.00, due="2026-12-31", tmpl="reminder", date="2027-01-05 17:02", after_h=6,
  text="ma l'iban è cambiato? in anagrafica ne ho uno diverso", quote="gmail", mime="plain",
  note="Question about the IBAN (different one on file): other.")
S("client-reply-other", owner="A", client=("Beatrice Morelli", "bea.morelli@yahoo.it"), cname="Beatrice Morelli",
  inv="1/2027", amt=122.00, due="2027-01-20", tmpl="reminder", date="2027-01-26 20:48", after_h=9,
  text="che fattura? 🤔\n\nInviato da Yahoo Mail su Android", quote="none", mime="plain",
  note="'which invoice?': a question, not a denial.")
S("client-reply-other", owner="M", client=("Giacomo Leone", "giacomo.leone@gmail.com"), cname="Giacomo Leone",
  inv="4/2027", amt=280.00, due="2027-02-10", tmpl="reminder", date="2027-02-15 13:11", after_h=2,
  text="scusa!!", quote="gmail", mime="alt",
  note="'sorry!!' alone: apology without a payment claim or commitment -> other.")
S("client-reply-other", owner="G", client=("Vincenzo D'Angelo", "vincenzo@dangelotrasporti.it"), cname="Vincenzo D'Angelo",
  inv="5/2027", amt=1342.00, due="2027-02-20", tmpl="due", date="2027-02-22 11:58", after_h=26,
  text="Ti chiamo dopo pranzo\n\nInviato da iPhone", quote="iphone", mime="plain",
  note="'I'll call you after lunch': asks for a call, no claim.")

# ================================== ESPAÑOL ==================================
# ---- paid
S("client-reply-paid", owner="N", client=("Yeray Suárez", "yeray.suarez@gmail.com"), cname="Yeray Suárez", tz="Atlantic/Canary",
  inv="NH-2026-31", amt=240.00, due="2026-11-15", tmpl="reminder", date="2026-11-18 13:02", after_h=28,
  text="pagao mi niña 😘", quote="gmail", mime="alt",
  note="Canarian/Andalusian 'pagao' (= pagado) + 'mi niña': paid.")
S("client-reply-paid", owner="L", client=("Álvaro Ortega", "alvaro@ortegareformas.es"), cname="Álvaro Ortega",
  inv="2026-044", amt=1210.00, due="2026-11-20", tmpl="reminder", date="2026-11-24 09:22", after_h=2,
  text="Ya.\n\nEnviado desde mi iPhone", quote="iphone", mime="plain",
  note="'Ya.' alone under a reminder that says 'si el pago ya se ha realizado... basta con responder': in Spain a bare 'ya' answering 'is it paid?' means 'already (done)'. Paid; hard, could be read as 'yeah/ok'.")
S("client-reply-paid", owner="J", client=("Montse Vidal", "montse.vidal@vidalassessors.cat"), cname="Vidal Assessors SL", ckind="company",
  inv="F-26/104", amt=484.00, due="2026-11-30", tmpl="due", date="2026-12-01 12:15", after_h=26,
  text="Transferencia realizada. Un saludo,\nMontse", quote="outlook", mime="outlook-alt", charset="windows-1252", prefix="RE:",
  note="'Transfer made'.")
S("client-reply-paid", owner="L", client=("Carmen Rubio", "carmen.rubio@rubiointeriorismo.com"), cname="Carmen Rubio",
  inv="2026-047", amt=605.00, due="2026-12-05", tmpl="reminder", date="2026-12-10 17:40", after_h=30,
  text="hecho! te paso el justificante\nbesos", quote="gmail", mime="alt",
  attach=("justificante_transferencia.pdf", PDF, fake_pdf("Justificante de transferencia - 605,00 EUR - Factura 2026-047")),
  note="'done! here's the receipt' + attached transfer receipt PDF.")
S("client-reply-paid", owner="N", client=("Ana Cabrera", "anacabrera@hotmail.es"), cname="Ana Cabrera", tz="Atlantic/Canary",
  inv="NH-2026-34", amt=90.00, due="2026-12-01", tmpl="due", date="2026-12-03 20:11", after_h=33,
  text="vale, ya te lo he mandado por bizum 👍", quote="none", mime="plain",
  note="Paid via Bizum ('ya te lo he mandado'). Client-side statement, not a Bizum notice.")
S("client-reply-paid", owner="L", client=("Dpto. Administración", "administracion@grupoalvarez.es"), cname="Grupo Álvarez Distribuciones, S.L.", ckind="company",
  inv="2026-048", amt=2420.00, due="2026-12-10", tmpl="reminder", date="2026-12-16 10:04", after_h=25,
  text=("Buenos días:\n\nSe ha abonado hoy la factura 2026-048.\n\nAtentamente,\n\nDpto. Administración\n"
        "Grupo Álvarez Distribuciones, S.L.\nPolígono Industrial Los Llanos, nave 7 – 28914 Leganés (Madrid)\nTel. 916 88 42 10\n\n"
        "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener "
        "información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la "
        "autorización expresa de Grupo Álvarez Distribuciones, S.L. Si usted no es el destinatario final, por favor, elimínelo e "
        "infórmenos por esta vía. De acuerdo con el Reglamento (UE) 2016/679 (RGPD) y la LOPDGDD 3/2018, le informamos de que "
        "sus datos serán tratados con la finalidad de gestionar la relación comercial."),
  quote="outlook", mime="outlook-html", charset="windows-1252", prefix="RE:",
  lab=dict(reference="2026-048"),
  note="'Se ha abonado hoy la factura 2026-048' = paid today; reference in own text; long legal footer; HTML-only Outlook.")
S("client-reply-paid", owner="J", client=("Pau Ferrer", "pau@ferrerfotografia.com"), cname="Pau Ferrer",
  inv="F-26/110", amt=363.00, due="2026-12-15", tmpl="reminder", date="2026-12-22 11:48", after_h=3,
  text="revisa la cuenta que ya lo tienes\n\nEnviado desde mi iPhone", quote="iphone", mime="plain",
  note="'check your account, you already have it' = paid.")
S("client-reply-paid", owner="L", client=("JOSE LUIS MORENO", "jlmoreno@talleresmoreno.es"), cname="Talleres Moreno, S.L.", ckind="company",
  inv="2026-050", amt=847.00, due="2026-12-20", tmpl="late_fee", date="2027-01-11 08:30", after_h=70,
  text="TRANSFERIDO EL VIERNES.\nJ.L. MORENO\nTALLERES MORENO", quote="outlook-old", mime="plain", charset="iso-8859-1",
  cte="quoted-printable", prefix="RE:",
  note="ALL CAPS 'transferred on Friday' (past, sent Monday): paid. Old Outlook '-----Mensaje original-----' quote.")
S("client-reply-paid", owner="J", client=("Marta Soler", "martasoler@gmail.com"), cname="Marta Soler",
  inv="F-26/115", amt=290.40, due="2027-01-10", tmpl="reminder", date="2027-01-14 19:03", after_h=8,
  text="hola Jordi te hice la transferencia ayer por la tarde ya me dices si te llegó un abrazo", quote="gmail", mime="alt",
  note="Dictated without punctuation: transfer made yesterday afternoon, asks him to confirm it arrived -> paid (question doesn't change it).")
S("client-reply-paid", owner="J", client=("Xavier Roca", "xroca@rocaeditorial.cat"), cname="Roca Editorial SL", ckind="company",
  inv="F-26/112", amt=605.00, due="2026-12-31", tmpl="reminder", date="2027-01-05 09:59", after_h=19,
  text="Pagada la F-26/112, 605 €.\nSl2\nXavi", quote="apple", mime="plain", cte="quoted-printable",
  lab=dict(reference="F-26/112", amount="605.00"),
  note="Paid, with invoice number and amount in his own text; 'Sl2' = saludos.")
S("client-reply-paid", owner="L", client=("Mariana Gutiérrez", "mariana.gutierrez@agenciaquetzal.mx"), cname="Mariana Gutiérrez",
  tz="America/Mexico_City",
  inv="2026-052", amt=1500.00, due="2027-01-15", tmpl="due", date="2027-01-16 18:20", after_h=20,
  text="Listo, ya quedó el pago 🙌 saludos!", quote="gmail", mime="alt",
  note="Mexican Spanish: 'Listo, ya quedó el pago' = the payment is done.")
S("client-reply-paid", owner="N", client=("Proveedores - Hoteles Atlántico", "proveedores@hotelesatlantico.com"),
  cname="Hoteles Atlántico, S.A.", ckind="company", tz="Atlantic/Canary",
  inv="NH-2026-38", amt=1070.00, due="2027-01-31", tmpl="reminder", date="2027-02-04 09:40", after_h=24,
  text="Buenos días, se pagó en la remesa de ayer.\nUn saludo\n\nDepartamento de Proveedores\nHoteles Atlántico, S.A.",
  quote="outlook", mime="outlook-alt", charset="iso-8859-1", prefix="RE:",
  note="'paid in yesterday's batch (remesa)': paid; contrast with 'entra en la remesa del 25' (promise).")

# ---- promise
S("client-reply-promise", owner="L", client=("Sergio Navarro", "sergio.navarro@gmail.com"), cname="Sergio Navarro",
  inv="2026-049", amt=330.00, due="2026-12-05", tmpl="reminder", date="2026-12-09 21:50", after_h=12,
  text="vale, mañana", quote="none", mime="plain",
  lab=dict(promised_date="2026-12-10"),
  note="'ok, tomorrow' sent Wed 9 Dec -> 10 Dec.")
S("client-reply-promise", owner="J", client=("Núria Mas", "comptabilitat@cellersmas.cat"), cname="Cellers Mas SL", ckind="company",
  inv="F-26/101", amt=1936.00, due="2026-11-10", tmpl="reminder", date="2026-11-12 10:11", after_h=20,
  text="Buenos días Jordi,\nentra en la remesa del 25.\nSaludos,\nNúria\nDept. Comptabilitat – Cellers Mas",
  quote="outlook", mime="outlook-alt", charset="windows-1252", prefix="RE:",
  lab=dict(promised_date="2026-11-25"),
  note="'goes into the batch of the 25th' written 12 Nov -> 25 Nov 2026.")
S("client-reply-promise", owner="L", client=("Pilar Domínguez", "pilar@dominguezabogados.es"), cname="Sra. Domínguez",
  inv="2027-003", amt=726.00, due="2027-01-20", tmpl="reminder", date="2027-01-26 13:14", after_h=4,
  text="El viernes sin falta. Perdona, Lucía.\n\nPilar Domínguez\nAbogada\nDomínguez Abogados\nC/ Velázquez 41, 2.º dcha. – 28001 Madrid",
  quote="gmail", mime="plain", cte="quoted-printable",
  lab=dict(promised_date="2027-01-29"),
  note="'Friday without fail' sent Tuesday 26 Jan -> Friday 29 Jan.")
S("client-reply-promise", owner="N", client=("Jonay Rodríguez", "jonay@surfcanarias.com"), cname="Jonay Rodríguez", tz="Atlantic/Canary",
  inv="NH-2026-36", amt=450.00, due="2026-12-20", tmpl="reminder", date="2026-12-23 11:05", after_h=22,
  text="a primeros de mes te lo pago, q ahora con las fiestas voy pillao", quote="gmail", mime="alt",
  note="'at the beginning of the month' is vague -> promise, no date.")
S("client-reply-promise", owner="J", client=("Raúl Herrero", "raul.herrero@herrerostudio.es"), cname="Raúl Herrero",
  inv="F-26/118", amt=520.00, due="2027-01-15", tmpl="reminder", date="2027-01-19 16:40", after_h=30,
  text="la semana q viene te lo hago", quote="gmail", mime="plain",
  note="'next week I'll do it': promise, no date.")
S("client-reply-promise", owner="L", client=("Inés Castillo", "ines.castillo@castilloeventos.es"), cname="Inés Castillo",
  inv="2026-051", amt=968.00, due="2026-11-30", tmpl="due", date="2026-12-03 11:30", after_h=48,
  text="Hola Lucía, a final de mes lo tienes. Un beso", quote="apple", mime="alt",
  lab=dict(promised_date="2026-12-31"),
  note="'you'll have it at the end of the month', written 3 Dec -> 31 Dec 2026.")
S("client-reply-promise", owner="N", client=("Carlos Perdomo", "cperdomo@perdomoasesores.es"), cname="Carlos Perdomo", tz="Atlantic/Canary",
  inv="NH-2026-40", amt=535.00, due="2026-12-31", tmpl="reminder", date="2027-01-04 12:02", after_h=3,
  text="Hasta el 10 no puedo, que es cuando cobro. Disculpa", quote="outlook", mime="plain", charset="windows-1252",
  cte="quoted-printable", prefix="RE:",
  lab=dict(promised_date="2027-01-10"),
  note="'I can't until the 10th, that's when I get paid' = not before the 10th -> 10 Jan 2027.")
S("client-reply-promise", owner="J", client=("Laia Serra", "laia@serrainteriors.com"), cname="Laia Serra",
  inv="F-26/108", amt=544.50, due="2026-11-15", tmpl="reminder", date="2026-11-19 18:45", after_h=7,
  text="Hoy no llego, el lunes. Perdona!!", quote="iphone", mime="plain",
  lab=dict(promised_date="2026-11-23"),
  note="'can't make it today, Monday' sent Thursday 19 Nov -> Monday 23 Nov.")
S("client-reply-promise", owner="L", client=("Diego Ramos", "diegoramos.foto@gmail.com"), cname="Diego Ramos",
  inv="2026-053", amt=400.00, due="2027-01-10", tmpl="late_fee", date="2027-01-28 22:17", after_h=36,
  text="en cuanto me paguen a mi te pago, de verdad q lo siento", quote="gmail", mime="plain", cte="base64",
  note="'as soon as I get paid I pay you': promise, no date. Base64 body.")
S("client-reply-promise", owner="N", client=("Cathaysa Alonso", "cathaysa.alonso@gmail.com"), cname="Cathaysa Alonso", tz="Atlantic/Canary",
  inv="NH-2026-39", amt=180.00, due="2026-12-05", tmpl="reminder", date="2026-12-09 23:50", after_h=14,
  text="mañna a primera hora lo hago perdona q se me paso\n\nEnviado desde mi smartphone Samsung Galaxy.", quote="samsung", mime="plain",
  lab=dict(promised_date="2026-12-10"),
  note="Typo 'mañna' = mañana. Sent 23:50 Canary time (00:50 in Madrid): resolved in the sender's zone, tomorrow = 10 Dec.")
S("client-reply-promise", owner="L", client=("Fernando Castañeda", "fcastaneda@grupocastaneda.com.mx"), cname="Fernando Castañeda",
  tz="America/Mexico_City",
  inv="2026-054", amt=2000.00, due="2027-01-20", tmpl="reminder", date="2027-01-27 10:26", after_h=16,
  text="Ahorita lo hago Lucía, una disculpa", quote="gmail", mime="alt",
  note="Mexican 'ahorita lo hago' = I'll do it shortly (notoriously elastic): promise, not paid, and no date.")
S("client-reply-promise", owner="J", client=("Òscar Pujol", "oscar@pujolbikes.cat"), cname="Òscar Pujol",
  inv="F-27/004", amt=1210.00, due="2027-01-31", tmpl="reminder", date="2027-02-05 12:30", after_h=20,
  text="Te he pagado el 50% hoy, el resto el día 20. Gracias por la paciencia", quote="gmail", mime="plain",
  lab=dict(promised_date="2027-02-20"),
  note="Half paid today, rest on the 20th, no complaint -> promise (not dispute) for 20 Feb 2027.")

# ---- dispute
S("client-reply-dispute", owner="L", client=("Beatriz Molina", "bmolina@molinaconsultores.es"), cname="Molina Consultores, S.L.", ckind="company",
  inv="2026-046", amt=1452.00, due="2026-11-25", tmpl="reminder", date="2026-11-28 10:40", after_h=19,
  text="No reconozco esta factura, no nos consta ningún encargo.", quote="outlook", mime="outlook-alt", charset="windows-1252", prefix="RE:",
  note="Does not recognise the invoice, no order on record: contests the debt.")
S("client-reply-dispute", owner="N", client=("Tomás Betancor", "tbetancor@betancorfrutas.es"), cname="Betancor Frutas, S.L.", ckind="company",
  tz="Atlantic/Canary",
  inv="NH-2026-35", amt=642.00, due="2026-12-05", tmpl="reminder", date="2026-12-11 09:15", after_h=20,
  text="Nayra la factura lleva IVA y estamos en Canarias, va con IGIC. Mándamela bien y te la pago.", quote="none", mime="plain",
  note="Wrong tax (IVA instead of IGIC): invoice must be reissued before payment -> dispute (conditional promise doesn't win).")
S("client-reply-dispute", owner="J", client=("Eva Prats", "eva.prats@pratsmoda.com"), cname="Eva Prats",
  inv="F-26/116", amt=1089.00, due="2027-01-10", tmpl="reminder", date="2027-01-13 13:02", after_h=26,
  text="Te faltan los descuentos que acordamos (10% por volumen). Así no la puedo pasar.", quote="gmail", mime="alt",
  note="Missing agreed discount; can't process it as is -> dispute.")
S("client-reply-dispute", owner="L", client=("Rafael Iglesias", "rafa@iglesiasmotor.es"), cname="Rafael Iglesias",
  inv="2026-055", amt=380.00, due="2027-01-15", tmpl="reminder", date="2027-01-19 20:05", after_h=10,
  text="esto ya me lo facturaste en octubre", quote="apple", mime="plain",
  note="Already billed in October -> dispute.")
S("client-reply-dispute", owner="N", client=("RESTAURANTE EL CHARCO", "elcharco.restaurante@gmail.com"), cname="Restaurante El Charco", ckind="company",
  tz="Atlantic/Canary",
  inv="NH-2027-02", amt=750.00, due="2027-02-05", tmpl="reminder", date="2027-02-10 16:44", after_h=30,
  text="NO PIENSO PAGAR HASTA QUE ARREGLES LA WEB, LLEVA 2 SEMANAS SIN FUNCIONAR LA RESERVA", quote="gmail", mime="alt",
  note="ALL CAPS refusal until the booking form on the site is fixed.")
S("client-reply-dispute", owner="J", client=("Agnès Font", "agnes@fontedicions.cat"), cname="Font Edicions SL", ckind="company",
  inv="F-26/120", amt=2178.00, due="2027-01-20", tmpl="reminder", date="2027-01-25 11:21", after_h=27,
  text="Te pago la mitad ahora y el resto cuando me entregues las traducciones revisadas, que la versión que mandaste tenía muchos errores.",
  quote="gmail", mime="plain",
  note="Half now, rest withheld until the reviewed translations arrive (quality complaint) -> dispute.")

# ---- other
S("client-reply-other", owner="L", client=("Marcos Gil", "marcosgil@gmail.com"), cname="Marcos Gil",
  inv="2026-056", amt=250.00, due="2026-12-20", issued="2026-11-20", tmpl="courtesy", date="2026-12-15 09:03", after_h=1,
  text="Vale", quote="none", mime="plain",
  note="'Vale' (ok) alone to a courtesy notice: acknowledgement -> other.")
S("client-reply-other", owner="N", client=("Saray Medina", "saray@medinayoga.com"), cname="Saray Medina", tz="Atlantic/Canary",
  inv="NH-2026-37", amt=120.00, due="2026-12-28", tmpl="due", date="2026-12-29 10:15", after_h=25,
  text="gracias!!", quote="iphone", mime="alt",
  note="'thanks!!' only: other.")
S("client-reply-other", owner="J", client=("Enric Costa", "ecosta@costaarquitectes.cat"), cname="Costa Arquitectes SLP", ckind="company",
  inv="F-26/113", amt=1815.00, due="2026-12-31", tmpl="due", date="2027-01-04 11:10", after_h=2,
  text=("Recibido.\n\nEnric Costa i Vilà\nArquitecte\nCosta Arquitectes SLP\nC/ del Rosselló 214, 3r 2a – 08008 Barcelona\n"
        "T +34 93 215 44 10 · costaarquitectes.cat\n\n"
        "AVÍS DE CONFIDENCIALITAT / AVISO DE CONFIDENCIALIDAD: Aquest missatge s'adreça exclusivament al seu destinatari i pot "
        "contenir informació confidencial. Este mensaje se dirige exclusivamente a su destinatario y puede contener información "
        "confidencial. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine."),
  quote="outlook", mime="outlook-alt", charset="windows-1252", prefix="RE:",
  note="'Recibido' (received) with a bilingual signature and disclaimer: other.")
S("client-reply-other", owner="L", client=("Nuria Sanz", "nuria.sanz@sanzcatering.es"), cname="Nuria Sanz",
  inv="2026-057", amt=690.00, due="2027-01-08", tmpl="reminder", date="2027-01-12 18:31", after_h=5,
  text="¿?", quote="gmail", mime="alt",
  note="Just '¿?': other.")
S("client-reply-other", owner="L", client=("Compras - Laboratorios Vela", "compras@laboratoriosvela.es"), cname="Laboratorios Vela, S.A.", ckind="company",
  inv="2027-005", amt=3025.00, due="2027-02-10", tmpl="due", date="2027-02-11 12:45", after_h=28,
  text="Buenos días,\nsin número de pedido no la podemos tramitar. ¿Nos la reenvías indicando el PO 4500127733?\nGracias\nDpto. Compras",
  quote="outlook", mime="outlook-html", charset="windows-1252", prefix="RE:",
  note="Needs a PO number on the invoice before processing: a request, not a contest -> other.")
S("client-reply-other", owner="J", client=("Toni Mir", "toni@mirarquitectura.es"), cname="Toni Mir",
  inv="F-26/117", amt=968.00, due="2027-01-12", tmpl="reminder", date="2027-01-15 08:55", after_h=20,
  to="Marisa Pons <marisa@mirarquitectura.es>", cc="Jordi Puig <jordi@puigtraduccions.cat>",
  text="Marisa, ¿puedes mirar esto tú? Gracias\nToni", quote="outlook", mime="outlook-alt", charset="windows-1252", prefix="RV:",
  note="Forward (RV:) to his accountant with the freelancer in cc: handed to accounts -> other.")
S("client-reply-other", owner="N", client=("Jenifer Santana", "jenisantana87@hotmail.com"), cname="Jenifer Santana", tz="Atlantic/Canary",
  inv="NH-2026-41", amt=95.00, due="2027-01-10", tmpl="reminder", date="2027-01-13 19:20", after_h=6,
  text="Hola, creo que este correo no es para mí, no conozco a ninguna Nayra", quote="none", mime="plain",
  note="Misdirected mail: a stranger says the email isn't for her. Not a contest of a debt she owes (wrong address) -> other. Compare 'non è mia' (client denying the invoice) labelled dispute.")
S("client-reply-other", owner="L", client=("Hugo Blanco", "hugo.blanco@blancoaudio.es"), cname="Hugo Blanco",
  inv="2026-058", amt=450.00, due="2027-01-25", tmpl="reminder", date="2027-01-29 10:02", after_h=2,
  text="perdona!! 🙈", quote="gmail", mime="alt",
  note="'sorry!!' with emoji, no claim or commitment -> other.")
S("client-reply-other", owner="J", client=("Gemma Roig", "gemma@roigflors.cat"), cname="Gemma Roig",
  inv="F-27/006", amt=242.00, due="2027-02-15", tmpl="due", date="2027-02-16 09:37", after_h=24,
  text="¿Sigue siendo la misma cuenta de siempre?", quote="apple", mime="plain",
  note="Asks whether the bank account is the same: other.")
S("client-reply-other", owner="N", client=("Airam Díaz", "airam@diazconstrucciones.es"), cname="Díaz Construcciones, S.L.", ckind="company",
  tz="Atlantic/Canary",
  inv="NH-2027-05", amt=1390.00, due="2027-02-20", tmpl="reminder", date="2027-02-24 13:50", after_h=4,
  text="llámame cuando puedas y lo hablamos\n\nEnviado desde mi Android", quote="none", mime="plain",
  note="'call me and we'll talk': asks for a call, no claim.")

# ================================== ENGLISH ==================================
# ---- paid
S("client-reply-paid", owner="P", client=("Hannah Clarke", "hannah@clarkeinteriors.co.uk"), cname="Hannah Clarke",
  inv="SC-1038", amt=450.00, due="2026-11-13", tmpl="reminder", date="2026-11-18 20:31", after_h=10,
  text="done x\n\nSent from my iPhone", quote="iphone", mime="plain",
  note="'done x': paid.")
S("client-reply-paid", owner="T", client=("Ciarán Walsh", "ciaran.walsh@walshbuilders.ie"), cname="Ciarán Walsh",
  inv="INV-2026-058", amt=1845.00, due="2026-11-30", tmpl="due", date="2026-12-01 07:58", after_h=21,
  text="Paid.\n\nGet Outlook for iOS", quote="outlook", mime="outlook-alt", charset="utf-8",
  agent="Microsoft Outlook for iOS",
  note="One word 'Paid.' + Outlook for iOS footer.")
S("client-reply-paid", owner="D", client=("Mike Russo", "mike@russoplumbing.com"), cname="Mike Russo",
  inv="KF-318", amt=1250.00, due="2026-12-01", tmpl="reminder", date="2026-12-07 16:40", after_h=5,
  text="check your account", quote="none", mime="plain",
  note="'check your account' = it has been paid.")
S("client-reply-paid", owner="T", client=("Siobhán Kelly", "siobhan@kellyflowers.ie"), cname="Siobhán Kelly",
  inv="INV-2026-060", amt=320.00, due="2026-12-05", tmpl="reminder", date="2026-12-09 12:14", after_h=26,
  text="sorted 👍", quote="gmail", mime="alt",
  note="Irish/British 'sorted' = dealt with, i.e. paid.")
S("client-reply-paid", owner="P", client=("Accounts Payable", "ap@harrowgroup.co.uk"), cname="Harrow Group Ltd", ckind="company",
  inv="SC-1040", amt=2160.00, due="2026-11-30", tmpl="late_fee", date="2026-12-11 14:02", after_h=27,
  text=("Hi Priya,\n\nThis was processed in yesterday’s payment run.\n\nKind regards,\nJo\nAccounts Payable | Harrow Group Ltd\n"
        "Unit 4, Kingsway Business Park, Harrow HA1 2RT\n\n"
        "This email and any attachments are confidential and may be legally privileged. If you are not the intended recipient, "
        "please notify the sender immediately and delete it; you must not copy, distribute or rely on it. Harrow Group Ltd is "
        "registered in England and Wales, company number 04812739. Registered office: Unit 4, Kingsway Business Park, Harrow HA1 2RT. "
        "We accept no liability for viruses; please carry out your own checks."),
  quote="outlook", mime="outlook-html", charset="windows-1252", prefix="RE:",
  note="'processed in yesterday's payment run' = paid; disclaimer longer than the message.")
S("client-reply-paid", owner="D", client=("BOB DELANEY", "bob@delaneyauto.com"), cname="Bob Delaney",
  inv="KF-321", amt=680.00, due="2026-12-31", tmpl="reminder", date="2027-01-08 09:14", after_h=20,
  text="PAID ON THE 2ND. CHECK AGAIN.\n\nSent from AOL on Android", quote="none", mime="plain",
  note="ALL CAPS: paid on 2 January, asks to check.")
S("client-reply-paid", owner="T", client=("Declan Murphy", "declan@murphycafe.ie"), cname="Declan Murphy",
  inv="INV-2026-062", amt=540.00, due="2026-12-10", tmpl="reminder", date="2026-12-16 11:21", after_h=4,
  text="here you go\n\nSent from my iPhone", quote="iphone", mime="plain",
  attach=("IMG_4471.PNG", PNG, fake_png()),
  note="'here you go' + a screenshot of his banking app: paid without a payment verb.")
S("client-reply-paid", owner="P", client=("Oliver Grant", "oliver.grant@grantandpartners.co.uk"), cname="Oliver Grant",
  inv="SC-1043", amt=780.00, due="2027-01-05", tmpl="reminder", date="2027-01-12 10:48", after_h=22,
  text="We paid this last week – can you check it’s arrived?\nOliver", quote="gmail", mime="alt",
  note="Paid last week + a question: paid.")
S("client-reply-paid", owner="P", client=("Gemma Hughes", "gemmahughes@btinternet.com"), cname="Gemma Hughes",
  inv="SC-1045", amt=300.00, due="2027-01-15", tmpl="reminder", date="2027-01-20 17:05", after_h=7,
  text="hey Priya just sent it over now should be with you tomorrow cheers gem", quote="none", mime="plain",
  agent="BT Mail",
  note="Dictated: 'just sent it over now, should be with you tomorrow' = paid (tomorrow is arrival, not a promise).")
S("client-reply-paid", owner="P", client=("Rachel Edwards", "rachel@edwardsyoga.co.uk"), cname="Rachel Edwards",
  inv="SC-1042", amt=850.00, due="2026-12-31", tmpl="reminder", date="2027-01-05 10:20", after_h=20,
  text="Paid £850 this morning for SC-1042, apologies for the delay!\nRachel", quote="apple", mime="plain", cte="quoted-printable",
  lab=dict(amount="850.00", currency="GBP", reference="SC-1042"),
  note="Paid, with amount in GBP and the invoice number in her own text.")
S("client-reply-paid", owner="D", client=("Lisa Tran", "lisa.tran@trandental.com"), cname="Tran Family Dental", ckind="company",
  inv="KF-325", amt=2400.00, due="2027-01-15", tmpl="reminder", date="2027-01-19 11:03", after_h=20,
  text="Hi Dan - $2,400 went out Friday via ACH. Should land today or tomorrow.\n\nLisa Tran\nOffice Manager | Tran Family Dental\n(718) 555-0143",
  quote="gmail", mime="alt",
  lab=dict(amount="2400.00", currency="USD"),
  note="US ACH: '$2,400 went out Friday' = paid, amount in USD.")
S("client-reply-paid", owner="T", client=("Gav", "gavin.doyle@doylemotors.ie"), cname="Gavin Doyle",
  inv="INV-2027-004", amt=615.00, due="2027-01-29", tmpl="reminder", date="2027-02-02 18:09", after_h=8,
  text="Should be in your account already mate\n\nSent from my Galaxy", quote="samsung", mime="plain",
  note="'should be in your account already' = paid.")

# ---- promise
S("client-reply-promise", owner="D", client=("Jake Morales", "jakem@moralesfitness.com"), cname="Jake Morales",
  inv="KF-322", amt=450.00, due="2026-12-31", tmpl="reminder", date="2027-01-06 15:30", after_h=3,
  text="np will do", quote="gmail", mime="alt",
  note="'no problem, will do' to a request to arrange payment: undated promise.")
S("client-reply-promise", owner="P", client=("Tom Fletcher", "tom@fletcherbrewing.co.uk"), cname="Tom Fletcher",
  inv="SC-1039", amt=560.00, due="2026-11-15", tmpl="reminder", date="2026-11-20 08:12", after_h=20,
  text="next week\n\nSent from my iPhone", quote="iphone", mime="plain",
  note="'next week' alone: promise, no date.")
S("client-reply-promise", owner="D", client=("Sandra Kim", "sandra@kimbakery.com"), cname="Sandra Kim",
  inv="KF-319", amt=375.00, due="2026-11-25", tmpl="reminder", date="2026-12-01 22:15", after_h=11,
  text="Tomorrow, sorry Dan!", quote="gmail", mime="plain",
  lab=dict(promised_date="2026-12-02"),
  note="'Tomorrow' at 22:15 New York time (already 2 Dec in UTC): in the sender's zone tomorrow = 2 Dec.")
S("client-reply-promise", owner="T", client=("Niamh O'Sullivan", "niamh@osullivanevents.ie"), cname="Niamh O'Sullivan",
  inv="INV-2026-057", amt=960.00, due="2026-11-10", tmpl="reminder", date="2026-11-16 12:40", after_h=26,
  text="Can't before the 28th I'm afraid, cash flow is tight this month", quote="gmail", mime="plain", cte="quoted-printable",
  lab=dict(promised_date="2026-11-28"),
  note="'can't before the 28th' = promise for 28 Nov.")
S("client-reply-promise", owner="P", client=("Purchase Ledger", "purchaseledger@brightwellhomes.co.uk"), cname="Brightwell Homes Ltd", ckind="company",
  inv="SC-1044", amt=1320.00, due="2027-01-08", tmpl="reminder", date="2027-01-14 15:22", after_h=28,
  text="Good afternoon,\n\nThis invoice has been approved and will go out with next week’s payment run.\n\nRegards\nPurchase Ledger Team\nBrightwell Homes Ltd",
  quote="outlook", mime="outlook-alt", charset="windows-1252", prefix="RE:",
  note="'will go out with next week's payment run': promise, no exact date.")
S("client-reply-promise", owner="T", client=("Seán Ryan", "sean@ryanjoinery.ie"), cname="Seán Ryan",
  inv="INV-2027-006", amt=1230.00, due="2027-01-31", tmpl="due", date="2027-02-03 19:44", after_h=50,
  text="end of the month latest, sorry Tom", quote="gmail", mime="alt",
  lab=dict(promised_date="2027-02-28"),
  note="'end of the month latest' written 3 Feb -> 28 Feb 2027.")
S("client-reply-promise", owner="D", client=("Karen Whitfield", "kwhitfield@whitfieldlaw.com"), cname="Karen Whitfield",
  inv="KF-323", amt=900.00, due="2026-12-10", tmpl="reminder", date="2026-12-18 10:30", after_h=24,
  text=("Will have this paid by the 15th.\n\nKaren Whitfield\nWhitfield & Associates, PLLC\n250 Park Avenue South, Suite 910\n"
        "New York, NY 10003\nT (212) 555-0187\n\n"
        "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) "
        "and may contain confidential and privileged information protected by the attorney-client privilege. Any unauthorized "
        "review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender "
        "by reply e-mail and destroy all copies of the original message."),
  quote="outlook", mime="outlook-html", charset="windows-1252", prefix="RE:",
  lab=dict(promised_date="2027-01-15"),
  note="'by the 15th' written 18 Dec: this month's 15th is past -> 15 Jan 2027. Long legal footer.")
S("client-reply-promise", owner="P", client=("Ben Atkinson", "ben@atkinsonphysio.co.uk"), cname="Ben Atkinson",
  inv="SC-1036", amt=240.00, due="2026-11-06", tmpl="reminder", date="2026-11-10 07:51", after_h=22,
  text="Friday 👍", quote="iphone", mime="alt",
  lab=dict(promised_date="2026-11-13"),
  note="'Friday' with a thumbs up, sent Tuesday 10 Nov -> Friday 13 Nov.")
S("client-reply-promise", owner="T", client=("Eoin Brennan", "eoin@brennanbikes.ie"), cname="Eoin Brennan",
  inv="INV-2027-003", amt=455.00, due="2027-01-20", tmpl="reminder", date="2027-01-25 09:03", after_h=1,
  text="not today, Thursday", quote="none", mime="plain",
  lab=dict(promised_date="2027-01-28"),
  note="'not today, Thursday' sent Monday 25 Jan -> Thursday 28 Jan.")
S("client-reply-promise", owner="P", client=("Lucy Barnes", "lucybarnes@me.com"), cname="Lucy Barnes",
  inv="SC-1049", amt=220.00, due="2027-02-08", tmpl="reminder", date="2027-02-12 12:36", after_h=3,
  text="paying it today x", quote="apple", mime="alt",
  lab=dict(promised_date="2027-02-12"),
  note="'paying it today' (not yet done) = promise for today.")
S("client-reply-promise", owner="D", client=("Chris Patel", "chris@patelmedia.co"), cname="Chris Patel",
  inv="KF-324", amt=1100.00, due="2027-01-05", tmpl="late_fee", date="2027-01-12 17:18", after_h=26,
  text="Will pay when our client pays us, sorry man. Hopefully soon", quote="gmail", mime="plain",
  note="Pay-when-paid: promise, no date.")
S("client-reply-promise", owner="T", client=("Rory Keane", "rory@keaneprint.ie"), cname="Rory Keane",
  inv="INV-2026-064", amt=830.00, due="2026-12-04", tmpl="reminder", date="2026-12-09 15:27", after_h=6,
  text="Paid INV-2026-061 just now, 064 on Monday.\nRory", quote="gmail", mime="alt",
  lab=dict(promised_date="2026-12-14"),
  note="Two invoices: 061 paid, 064 (this thread) promised for Monday (sent Wed 9 Dec -> 14 Dec) -> promise. Two numbers named, so no single reference.")

# ---- dispute
S("client-reply-dispute", owner="D", client=("Greg Holloway", "greg@hollowayrealty.com"), cname="Greg Holloway",
  inv="KF-320", amt=1875.00, due="2026-12-15", tmpl="reminder", date="2026-12-21 13:55", after_h=27,
  text="We never signed off on the extra 10 hours. Send me a revised invoice for the original quote and I'll pay it.",
  quote="gmail", mime="alt",
  note="Contests extra hours, wants a revised invoice; payment conditional -> dispute.")
S("client-reply-dispute", owner="P", client=("Sophie Turner", "sophie@turnerandco.co.uk"), cname="Turner & Co", ckind="company",
  inv="SC-1041", amt=1450.00, due="2026-12-18", tmpl="reminder", date="2026-12-22 09:30", after_h=20,
  text="Amount’s wrong – the quote was £1,200 not £1,450", quote="outlook", mime="outlook-alt", charset="windows-1252", prefix="RE:",
  note="Wrong amount vs the quote -> dispute (no payment stated, so no amount label).")
S("client-reply-dispute", owner="T", client=("Accounts", "accounts@oconnorpharmacy.ie"), cname="O'Connor Pharmacy Ltd", ckind="company",
  inv="INV-2026-063", amt=410.00, due="2026-12-12", tmpl="reminder", date="2026-12-17 10:12", after_h=21,
  text="Hi Tom, this looks like a duplicate of INV-2026-052 which we already paid in October. Can you cancel it please?\nThanks, Mary",
  quote="outlook", mime="outlook-alt", charset="iso-8859-1", prefix="RE:",
  note="Says this invoice duplicates INV-2026-052 (already paid) and asks to cancel: already billed -> dispute, not paid. The number named is the other invoice, so no reference.")
S("client-reply-dispute", owner="D", client=("Ray Castillo", "ray@castillotacos.com"), cname="Ray Castillo",
  inv="KF-326", amt=600.00, due="2027-01-22", tmpl="reminder", date="2027-01-27 21:40", after_h=10,
  text="not paying for a logo we didnt even use bro", quote="none", mime="plain",
  note="Refuses to pay for unused work.")
S("client-reply-dispute", owner="P", client=("Emma Wright", "emma.wright@wrightevents.co.uk"), cname="Emma Wright",
  inv="SC-1047", amt=960.00, due="2027-01-29", tmpl="reminder", date="2027-02-02 14:08", after_h=24,
  text="We’ll need a credit note for the cancelled session on the 4th before we can pay this.", quote="gmail", mime="plain", cte="quoted-printable",
  note="Credit note required before paying -> dispute. 'the 4th' is a session date, not a payment date.")
S("client-reply-dispute", owner="T", client=("Padraig Nolan", "padraig@nolantech.ie"), cname="Nolan Tech Ltd", ckind="company",
  inv="INV-2027-007", amt=2950.00, due="2027-02-12", tmpl="due", date="2027-02-15 16:02", after_h=54,
  text="We'll pay 50% now and the rest once the checkout bugs are fixed.\n\nPadraig", quote="gmail", mime="alt",
  note="Half now, the rest withheld until bugs are fixed -> dispute.")

# ---- other
S("client-reply-other", owner="D", client=("Maria Lopez", "maria@lopezcleaning.com"), cname="Maria Lopez",
  inv="KF-327", amt=350.00, due="2027-02-01", issued="2027-01-02", tmpl="courtesy", date="2027-01-28 08:40", after_h=1,
  text="Ok thx", quote="none", mime="plain",
  note="'Ok thx' to a pre-due courtesy note: other.")
S("client-reply-other", owner="P", client=("David Chen", "d.chen@chenarchitects.co.uk"), cname="Chen Architects Ltd", ckind="company",
  inv="SC-1046", amt=1680.00, due="2027-01-22", tmpl="due", date="2027-01-22 16:50", after_h=5,
  text=("Received, thanks.\n\nDavid Chen RIBA\nDirector\nChen Architects Ltd\n3rd Floor, 18 Leonard Street, London EC2A 4EX\n"
        "+44 (0)20 7946 0321 | chenarchitects.co.uk\n\nChen Architects Ltd is registered in England & Wales No. 09876543. "
        "This message is confidential; if you received it in error please tell us and delete it.\n"
        "Please consider the environment before printing this email."),
  quote="outlook", mime="outlook-alt", charset="windows-1252", prefix="RE:",
  note="'Received, thanks' on the due date: acknowledgement only -> other.")
S("client-reply-other", owner="T", client=("Ailbhe Quinn", "ailbhe.quinn@gmail.com"), cname="Ailbhe Quinn",
  inv="INV-2027-001", amt=275.00, due="2027-01-15", tmpl="reminder", date="2027-01-20 19:22", after_h=8,
  text="sorry!!", quote="gmail", mime="alt",
  note="'sorry!!' alone: other.")
S("client-reply-other", owner="D", client=("Steve Harmon", "steve@harmonhvac.com"), cname="Steve Harmon",
  inv="KF-328", amt=725.00, due="2027-02-05", tmpl="reminder", date="2027-02-09 07:45", after_h=19,
  text="Which job is this for?", quote="gmail", mime="plain",
  note="Asks which job: question, no claim.")
S("client-reply-other", owner="P", client=("Kate Morris", "kate@morrisbakes.co.uk"), cname="Kate Morris",
  inv="SC-1048", amt=190.00, due="2027-02-03", tmpl="due", date="2027-02-04 13:02", after_h=25,
  text="Can you resend the PDF? It won’t open on my phone\n\nSent from my iPhone", quote="iphone", mime="plain",
  note="Resend request: other.")
S("client-reply-other", owner="T", client=("Conor Fitzgerald", "conor@fitzgeraldarch.ie"), cname="Conor Fitzgerald",
  inv="INV-2026-059", amt=1470.00, due="2026-11-27", tmpl="reminder", date="2026-12-01 09:50", after_h=20,
  cc="Accounts <accounts@fitzgeraldarch.ie>",
  text="Adding accounts@ - they look after this.\nC.", quote="gmail", mime="alt",
  note="Copies accounts in: forwarded to accounts -> other.")
S("client-reply-other", owner="D", client=("AP Team", "ap@northlandsupply.com"), cname="Northland Supply Co.", ckind="company",
  inv="KF-329", amt=3200.00, due="2027-02-12", tmpl="due", date="2027-02-16 10:05", after_h=49,
  text="Hello,\n\nWe need a PO number on the invoice before we can process. Please resubmit.\n\nAccounts Payable\nNorthland Supply Co.",
  quote="outlook", mime="outlook-html", charset="windows-1252", prefix="RE:",
  note="PO number required, resubmit: administrative request, not a contest -> other.")
S("client-reply-other", owner="P", client=("Mark Jennings", "mark@jenningsgarage.co.uk"), cname="Mark Jennings",
  inv="SC-1037", amt=410.00, due="2026-11-20", tmpl="reminder", date="2026-11-24 11:36", after_h=23,
  text="Have your bank details changed? Got an email last week saying they had", quote="gmail", mime="plain",
  note="Bank-details question (possible fraud attempt): other.")
S("client-reply-other", owner="T", client=("Fiona Daly", "fiona@dalyconsult.ie"), cname="Fiona Daly",
  inv="INV-2027-005", amt=1100.00, due="2027-02-01", tmpl="reminder", date="2027-02-04 17:31", after_h=5,
  text="Can we jump on a call tomorrow re this?", quote="gmail", mime="alt",
  note="Asks for a call: other.")
S("client-reply-other", owner="D", client=("Jess Walker", "jess@walkerstudio.com"), cname="Jess Walker",
  inv="KF-330", amt=480.00, due="2027-02-19", tmpl="due", date="2027-02-22 09:12", after_h=14,
  text="👍", quote="iphone", mime="alt",
  note="A thumbs-up emoji alone: acknowledgement, not a claim to have paid nor a commitment with content -> other.")


# --------------------------------------------------------------------------------------------------
def toml_str(s):
    import json
    return json.dumps(s, ensure_ascii=False)


def main():
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    out = ["# round11-short: short client replies to mailduns reminders (it/es/en). Generated by make.py.", ""]
    for i, spec in enumerate(SPECS, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        raw, subject = build(i, spec)
        (HERE / name).write_bytes(raw)
        lab = spec.get("lab", {})
        out.append(f'[files."{name}"]')
        out.append(f'kind = {toml_str(spec["kind"])}')
        out.append(f'language = {toml_str(spec["lang"])}')
        out.append('split = "dev"')
        for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient"):
            if k in lab:
                out.append(f"{k} = {toml_str(lab[k])}")
        out.append(f'note = {toml_str(spec["note"])}')
        out.append("")
    (HERE / "labels.toml").write_text("\n".join(out), encoding="utf-8")
    check()


def check():
    import collections
    import tomllib
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    files = sorted(HERE.glob(f"{PREFIX}-*.eml"))
    assert len(files) == len(labels), (len(files), len(labels))
    for f in files:
        m = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (f.name, h)
        assert m["Date"].datetime is not None
        assert m["In-Reply-To"] and m["References"], f.name
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        assert f.name in labels
    c = collections.Counter((v["kind"], v["split"]) for v in labels.values())
    langs = collections.Counter(v["language"] for v in labels.values())
    print(len(files), "messages parsed OK")
    for k, n in sorted(c.items()):
        print(f"  {k[0]:24s} {k[1]}: {n}")
    print("  languages:", dict(langs))


if __name__ == "__main__":
    main()
