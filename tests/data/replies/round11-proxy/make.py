#!/usr/bin/env python3
"""Round 11, proxy voices: replies written by someone other than the client (accountant, assistant,
shared-services AP centre, family member, new employee, administrator/liquidator, parent company,
lawyer) and client->colleague forwards with the freelancer in cc, plus the colleague's reply-all.

Every body below is hand-written; only MIME plumbing, HTML skeletons and the quoted mailduns
reminders/invoice mails are generated.  Python 3.11, stdlib only.  Run: python3 make.py
"""
import base64
import email
import email.policy
import hashlib
import html as htmlmod
import quopri
import sys
from datetime import datetime, timedelta, date
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r11p"

# --------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------
OWNERS = {
    "ale": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it", tz="Europe/Rome",
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    "marco": dict(name="Marco Ferri", addr="marco@ferristudio.it", lang="it", tz="Europe/Rome",
                  iban="IT02 L030 6909 6061 0000 0117 358", bic="BCITITMM"),
    "giulia": dict(name="Giulia Conti", addr="giulia@conti-traduzioni.it", lang="it", tz="Europe/Rome",
                   iban="IT47 K036 4601 6005 2671 9485 112", bic="NTSBITM1XXX"),
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
    "javier": dict(name="Javier Ortega", addr="javier@ortegafoto.es", lang="es", tz="Atlantic/Canary",
                   iban="ES76 0049 1806 9521 1189 3420", bic="BSCHESMMXXX"),
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D"),
    "priya": dict(name="Priya Nair", addr="priya@nairwrites.co.uk", lang="en", tz="Europe/London",
                  iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22"),
    "dana": dict(name="Dana Whitfield", addr="dana@whitfieldux.com", lang="en", tz="America/New_York",
                 iban=None, bic=None),
}

IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_DAYS_SHORT = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAYS_SHORT = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]


def D(s, tz):
    """'2026-12-09 10:14' in zone tz -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def d_long(lang, d):
    if lang == "it":
        return f"{d.day} {IT_MONTHS[d.month-1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_MONTHS[d.month-1]} de {d.year}"
    return f"{d.day} {EN_MONTHS[d.month-1]} {d.year}"


def money(lang, amount, cur="EUR"):
    """amount: '1220.00' -> '1.220,00 €' / '€1,220.00' / '£320.00' / '$5,200.00'."""
    whole, cents = amount.split(".")
    grp = f"{int(whole):,}"
    if lang in ("it", "es"):
        return grp.replace(",", ".") + "," + cents + " €"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{grp}.{cents}"


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:20]}@{domain}>"


# --------------------------------------------------------------------------------------------
# The mailduns letters that the clients reply to (text as in templates/{it,es,en})
# --------------------------------------------------------------------------------------------
def pay_block(lang, o, inv):
    if not o["iban"]:
        return {"en": "The payment details are on the invoice, in my original email in this thread."}[lang]
    if lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
                f"- causale: Fattura {inv}")
    if lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
                f"- concepto: Factura {inv}")
    return (f"Payment details:\n- Account name: {o['name']}\n- IBAN: {o['iban']}\n- BIC (SWIFT): {o['bic']}\n"
            f"- Payment reference: {inv}")


def reminder(owner, tpl, inv, amount, due, sent, salut, cur="EUR", deadline=None, promise=None,
             issue=None, claim=None):
    """Return dict(text, subject, date, msgid, owner) for one mailduns letter.
    due/deadline/promise/issue: 'YYYY-MM-DD'; sent: 'YYYY-MM-DD HH:MM' (owner's tz)."""
    o = OWNERS[owner]
    lang = o["lang"]
    dt = D(sent, o["tz"])
    dd = date.fromisoformat(due)
    dl = d_long(lang, dd)
    am = money(lang, amount, cur) if amount else None
    days_late = (dt.date() - dd).days
    pb = pay_block(lang, o, inv)
    name = o["name"]
    dead = d_long(lang, date.fromisoformat(deadline)) if deadline else None
    if lang == "it":
        a = f" di {am}" if am else ""
        if tpl == "courtesy":
            iss = f", emessa il {d_long(lang, date.fromisoformat(issue))}," if issue else ""
            subj = f"Promemoria: fattura n. {inv} in scadenza"
            body = (f"un breve promemoria: la fattura n. {inv}{a}{iss} è in scadenza il {dl}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pb}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif tpl == "due":
            subj = f"Fattura n. {inv} in scadenza"
            first = (f"un promemoria: la fattura n. {inv}{a} è scaduta il {dl}. Se il pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni."
                     if days_late > 0 else f"un promemoria: la fattura n. {inv}{a} è in scadenza oggi, {dl}.")
            body = (f"{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pb}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif tpl == "reminder":
            subj = f"Sollecito di pagamento – fattura n. {inv}"
            body = (f"da un controllo la fattura n. {inv}{a}, scaduta il {dl}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                    f"{pb}")
        elif tpl == "late_fee":
            subj = f"Secondo sollecito – fattura n. {inv}"
            body = (f"la fattura n. {inv}{a}, scaduta il {dl}, risulta ancora da saldare: sono trascorsi {days_late} giorni dalla scadenza.\n\n"
                    f"Chiedo cortesemente di provvedere al pagamento entro il {dead}. Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                    f"{pb}")
        elif tpl == "final":
            subj = f"Diffida di pagamento – fattura n. {inv}"
            body = (f"la fattura n. {inv}{a}, scaduta il {dl}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                    f"Con la presente chiedo formalmente il pagamento {('di ' + am) if am else 'dell’importo dovuto'} entro il {dead}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                    "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                    "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la data del bonifico, così da poterlo verificare.\n\n"
                    f"{pb}")
            body = f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv}\n\n" + "@@SALUT@@" + body
        elif tpl == "promise_followup":
            subj = f"Pagamento fattura n. {inv}"
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv}{a} sarebbe stato effettuato entro il {d_long(lang, date.fromisoformat(promise))}."
                     if promise else f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv}{a}, scaduta il {dl}.")
            body = (f"{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n{pb}")
        else:
            raise ValueError(tpl)
        sign = f"Cordiali saluti,\n{name}"
    elif lang == "es":
        a = f" de {am}" if am else ""
        if tpl == "courtesy":
            iss = f", emitida el {d_long(lang, date.fromisoformat(issue))}," if issue else ""
            subj = f"Recordatorio: factura n.º {inv}"
            body = (f"Un breve recordatorio: la factura n.º {inv}{a}{iss} vence el {dl}.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pb}\n\nPara cualquier duda, basta con responder a este correo.")
        elif tpl == "due":
            subj = f"Factura n.º {inv}: vencimiento"
            first = (f"La factura n.º {inv}{a} venció el {dl} y, según mis registros, el pago aún no consta. Agradecería que se tramitara en los próximos días."
                     if days_late > 0 else f"La factura n.º {inv}{a} vence hoy, {dl}.")
            body = (f"{first}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pb}\n\nPara cualquier duda, basta con responder a este correo.")
        elif tpl == "reminder":
            subj = f"Factura n.º {inv} pendiente de pago"
            body = (f"Revisando mis cuentas, veo que la factura n.º {inv}{a}, vencida el {dl}, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\n"
                    "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.\n\n"
                    f"{pb}")
        elif tpl == "late_fee":
            subj = f"Segundo recordatorio: factura n.º {inv}"
            body = (f"La factura n.º {inv}{a} venció el {dl}, hace {days_late} días, y sigue pendiente de pago.\n\n"
                    f"Ruego que el pago{a} se realice a más tardar el {dead}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n"
                    f"{pb}")
        elif tpl == "final":
            subj = f"Requerimiento de pago de la factura n.º {inv}"
            body = (f"La factura n.º {inv} venció el {dl} y, pese a los recordatorios enviados anteriormente, sigue pendiente de pago{(' por un importe de ' + am) if am else ''}.\n\n"
                    f"Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago {('de ' + am) if am else 'del importe pendiente'} a más tardar el {dead}.\n\n"
                    "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con responder a este correo.\n\n"
                    f"Si para el {dead} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría sinceramente evitarlo.\n\n"
                    "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con la fecha de la transferencia.\n\n"
                    f"{pb}")
            body = f"Asunto: Requerimiento de pago de la factura n.º {inv}\n\n" + "@@SALUT@@" + body
        elif tpl == "promise_followup":
            subj = f"Pago de la factura n.º {inv}"
            first = (f"Según su último mensaje, el pago de la factura n.º {inv}{a} se realizaría a más tardar el {d_long(lang, date.fromisoformat(promise))}; gracias de nuevo por la información."
                     if promise else f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv}{a}, vencida el {dl}.")
            body = (f"{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.\n\n{pb}")
        else:
            raise ValueError(tpl)
        sign = ("Atentamente,\n" if tpl == "final" else "Un cordial saludo,\n") + name
    else:
        a = f" for {am}" if am else ""
        if tpl == "courtesy":
            iss = f", issued on {d_long(lang, date.fromisoformat(issue))}," if issue else ""
            subj = f"Reminder: invoice {inv} due on {dl}"
            body = (f"This is a friendly reminder that invoice {inv}{a}{iss} is due for payment on {dl}.\n\n"
                    "If payment is already on its way, thank you, and please disregard this message.\n\n"
                    f"{pb}\n\nIf you have any questions, just reply to this email.")
        elif tpl == "due":
            subj = f"Invoice {inv}: payment due"
            first = (f"This is a quick reminder that invoice {inv}{a} was due for payment on {dl}. If it has not been paid yet, I would be grateful if you could arrange payment in the next few days."
                     if days_late > 0 else f"This is a quick reminder that invoice {inv}{a} is due for payment today, {dl}.")
            body = (f"{first}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n"
                    f"{pb}\n\nIf you have any questions, just reply to this email.")
        elif tpl == "reminder":
            subj = f"Invoice {inv} – payment reminder"
            body = (f"According to my records, invoice {inv}{a}, due on {dl}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                    "If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
                    f"{pb}")
        elif tpl == "late_fee":
            subj = f"Invoice {inv} – overdue"
            body = (f"Invoice {inv}{a}, due on {dl}, is now {days_late} days overdue.\n\n"
                    f"Please arrange payment by {dead}. If payment is already on its way, thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to this email and we can find a solution.\n\n"
                    f"{pb}")
        elif tpl == "final":
            subj = f"Final notice before debt recovery – invoice {inv}"
            body = (f"Despite my previous reminders, invoice {inv}{a}, which was due for payment on {dl}, remains unpaid.\n\n"
                    f"I therefore formally request payment of {am or 'the amount due'} by {dead}.\n\n"
                    "If payment is not received by that date, I intend to take steps to recover the debt. These may include referring the matter to a debt collection agency or a solicitor and, if necessary, starting court proceedings.\n\n"
                    f"I would much rather resolve this with you directly. If there is a reason for the delay, or if you would like to propose a payment plan, please reply to this email before {dead}.\n\n"
                    "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would help if you could let me know the payment date so that I can update my records.\n\n"
                    f"{pb}")
            head = (f"Final notice before debt recovery\n\nTo: @@CLIENT@@\nDate: {d_long(lang, dt.date())}\n"
                    f"Invoice: {inv}, due on {dl}\n" + (f"Amount due: {am}\n" if am else "") + f"Payment deadline: {dead}\n\n")
            body = head + "@@SALUT@@" + body
        elif tpl == "promise_followup":
            subj = f"Invoice {inv} – payment"
            first = (f"Thank you for letting me know that invoice {inv}{a} would be paid by {d_long(lang, date.fromisoformat(promise))}."
                     if promise else f"Thank you for your earlier message about invoice {inv}{a}, which was due on {dl}.")
            body = (f"{first}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you need a little more time, could you let me know when I can expect it?\n\n{pb}")
        else:
            raise ValueError(tpl)
        formal = tpl == "final"
        if formal:
            sign = ("Yours sincerely,\n" if salut.startswith("Dear") and "Sir" not in salut and "Team" not in salut else "Yours faithfully,\n") + name
        else:
            sign = "Kind regards,\n" + name
    if "@@SALUT@@" in body:
        text = body.replace("@@SALUT@@", salut + "\n\n").replace("@@CLIENT@@", salut.strip(",:").replace("Dear ", "")) + "\n\n" + sign
    else:
        text = salut + "\n\n" + body + "\n\n" + sign
    return dict(text=text, subject=subj, date=dt, msgid=mid(owner + inv + tpl + sent, o["addr"].split("@")[1]),
                owner=owner, lang=lang, inv=inv)


def invoice_mail(owner, inv, sent, text, subject=None):
    """The freelancer's own mail sending the invoice (hand-written text passed in)."""
    o = OWNERS[owner]
    lang = o["lang"]
    dt = D(sent, o["tz"])
    if subject is None:
        subject = {"it": f"Fattura n. {inv}", "es": f"Factura {inv}", "en": f"Invoice {inv}"}[lang]
    return dict(text=text, subject=subject, date=dt, msgid=mid(owner + inv + "inv" + sent, o["addr"].split("@")[1]),
                owner=owner, lang=lang, inv=inv)


# --------------------------------------------------------------------------------------------
# Quote renderers
# --------------------------------------------------------------------------------------------
def _hm(dt):
    return dt.strftime("%H:%M")


def _who(orig, who):
    if who:
        return who
    if orig.get("who"):
        return orig["who"]
    o = OWNERS[orig["owner"]]
    return (o["name"], o["addr"])


def human(name, address, sent, tz, subject, text, lang):
    """A quoted/forwarded mail written by a person on the client's side (for chains)."""
    dt = D(sent, tz)
    return dict(text=text, subject=subject, date=dt, msgid=mid(address + subject + sent, address.split("@")[1]),
                owner=None, who=(name, address), lang=lang, inv=None)


def attribution(style, lang, orig, who=None):
    """who: (name, addr) of the quoted mail's sender; defaults to the owner."""
    name, addr = _who(orig, who)
    dt = orig["date"]
    wd = dt.weekday()
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_DAYS_SHORT[wd]} {dt.day} {IT_MONTHS[dt.month-1][:3]} {dt.year} alle ore {_hm(dt)} {name} <{addr}> ha scritto:"
        if lang == "es":
            return f"El {ES_DAYS_SHORT[wd]}, {dt.day} {ES_MONTHS[dt.month-1][:3]} {dt.year} a las {dt.hour}:{dt.minute:02d}, {name} (<{addr}>) escribió:"
        return f"On {dt.strftime('%a')}, {dt.day} {dt.strftime('%b')} {dt.year} at {_hm(dt)}, {name} <{addr}> wrote:"
    if style == "gmail_us":
        return f"On {dt.strftime('%a')}, {dt.strftime('%b')} {dt.day}, {dt.year} at {dt.strftime('%-I:%M %p')} {name} <{addr}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {dt.day} {IT_MONTHS[dt.month-1][:3]} {dt.year}, alle ore {_hm(dt)}, {name} <{addr}> ha scritto:"
        if lang == "es":
            return f"El {dt.day} {ES_MONTHS[dt.month-1][:3]} {dt.year}, a las {dt.hour}:{dt.minute:02d}, {name} <{addr}> escribió:"
        return f"On {dt.day} {dt.strftime('%b')} {dt.year}, at {_hm(dt)}, {name} <{addr}> wrote:"
    raise ValueError(style)


def outlook_block(lang, orig, to, cc=None, who=None, us=False):
    name, addr = _who(orig, who)
    dt = orig["date"]
    wd = dt.weekday()
    if lang == "it":
        lines = [f"Da: {name} <{addr}>",
                 f"Inviato: {IT_DAYS[wd]} {dt.day} {IT_MONTHS[dt.month-1]} {dt.year} {_hm(dt)}",
                 f"A: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Oggetto: {orig['subject']}")
    elif lang == "es":
        lines = [f"De: {name} <{addr}>",
                 f"Enviado: {ES_DAYS[wd]}, {dt.day} de {ES_MONTHS[dt.month-1]} de {dt.year} {dt.hour}:{dt.minute:02d}",
                 f"Para: {to}"]
        if cc:
            lines.append(f"CC: {cc}")
        lines.append(f"Asunto: {orig['subject']}")
    else:
        if us:
            sent = f"{EN_DAYS[wd]}, {EN_MONTHS[dt.month-1]} {dt.day}, {dt.year} {dt.strftime('%-I:%M %p')}"
        else:
            sent = f"{EN_DAYS[wd]}, {dt.day} {EN_MONTHS[dt.month-1]} {dt.year} {_hm(dt)}"
        lines = [f"From: {name} <{addr}>", f"Sent: {sent}", f"To: {to}"]
        if cc:
            lines.append(f"Cc: {cc}")
        lines.append(f"Subject: {orig['subject']}")
    return "\n".join(lines)


def quote_text(style, lang, orig, to="", cc=None, who=None):
    """Render the quoted original under a reply."""
    t = orig["text"]
    if style in ("gmail", "gmail_us", "apple"):
        q = "\n".join(("> " + l) if l else ">" for l in t.split("\n"))
        return attribution(style, lang, orig, who) + "\n\n" + q
    if style in ("outlook", "outlook_us"):
        return "________________________________\n" + outlook_block(lang, orig, to, cc, who, us=style == "outlook_us") + "\n\n" + t
    if style == "outlook_orig":  # Italian/Spanish Outlook "-----Messaggio originale-----"
        sep = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
               "en": "-----Original Message-----"}[lang]
        return sep + "\n" + outlook_block(lang, orig, to, cc, who) + "\n\n" + t
    raise ValueError(style)


def forward_text(style, lang, orig, to="", cc=None, who=None):
    name, addr = _who(orig, who)
    dt = orig["date"]
    if style == "gmail":
        head = {"it": "---------- Forwarded message ---------\nDa: ", "es": "---------- Forwarded message ---------\nDe: ",
                "en": "---------- Forwarded message ---------\nFrom: "}[lang]
        if lang == "it":
            dl = f"Date: {IT_DAYS_SHORT[dt.weekday()]} {dt.day} {IT_MONTHS[dt.month-1][:3]} {dt.year} alle ore {_hm(dt)}\nSubject: {orig['subject']}\nTo: {to}"
        elif lang == "es":
            dl = f"Date: {ES_DAYS_SHORT[dt.weekday()]}, {dt.day} {ES_MONTHS[dt.month-1][:3]} {dt.year} a las {dt.hour}:{dt.minute:02d}\nSubject: {orig['subject']}\nTo: {to}"
        else:
            dl = f"Date: {dt.strftime('%a')}, {dt.day} {dt.strftime('%b')} {dt.year} at {_hm(dt)}\nSubject: {orig['subject']}\nTo: {to}"
        return head + f"{name} <{addr}>\n" + dl + "\n\n\n" + orig["text"]
    if style == "outlook":
        return "________________________________\n" + outlook_block(lang, orig, to, cc, who) + "\n\n" + orig["text"]
    if style == "apple":
        hdr = {"it": "Inizio messaggio inoltrato:", "es": "Inicio del mensaje reenviado:", "en": "Begin forwarded message:"}[lang]
        lab = {"it": ("Da", "Oggetto", "Data", "A"), "es": ("De", "Asunto", "Fecha", "Para"),
               "en": ("From", "Subject", "Date", "To")}[lang]
        return (f"{hdr}\n\n{lab[0]}: {name} <{addr}>\n{lab[1]}: {orig['subject']}\n"
                f"{lab[2]}: {d_long(lang, dt.date())} {_hm(dt)}\n{lab[3]}: {to}\n\n" + orig["text"])
    raise ValueError(style)


# --------------------------------------------------------------------------------------------
# HTML skeletons
# --------------------------------------------------------------------------------------------
def text_to_html_paras(t):
    out = []
    for para in t.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(htmlmod.escape(l) for l in para.split("\n")) + "</p>")
    return "\n".join(out)


def html_doc(kind, own_html, quoted_html=""):
    if kind == "outlook":
        return ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\" xmlns:w=\"urn:schemas-microsoft-com:office:word\">\n"
                "<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=@@CS@@\">\n"
                "<meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\">\n"
                "<style><!--\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n--></style>\n"
                "</head>\n<body lang=\"IT\" link=\"#0563C1\" vlink=\"#954F72\">\n<div class=\"WordSection1\">\n"
                + own_html.replace("<p>", "<p class=\"MsoNormal\">") + "\n"
                + (("<div style=\"border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm\">\n" + quoted_html + "\n</div>\n") if quoted_html else "")
                + "</div>\n</body>\n</html>\n")
    if kind == "gmail":
        return ("<div dir=\"ltr\">" + own_html.replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "</div>"
                + (("<br><div class=\"gmail_quote\">" + quoted_html + "</div>") if quoted_html else "") + "\n")
    if kind == "plain":
        return ("<!DOCTYPE html>\n<html><head><meta charset=\"@@CS@@\"></head>\n<body style=\"font-family: Arial, sans-serif; font-size: 14px;\">\n"
                + own_html + "\n" + quoted_html + "\n</body></html>\n")
    raise ValueError(kind)


def quoted_html_for(style, lang, orig, to="", who=None):
    if style in ("gmail", "gmail_us", "apple"):
        return ("<div dir=\"ltr\" class=\"gmail_attr\">" + htmlmod.escape(attribution(style, lang, orig, who)) + "<br></div>"
                "<blockquote class=\"gmail_quote\" style=\"margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex\">"
                + text_to_html_paras(orig["text"]) + "</blockquote>")
    blk = outlook_block(lang, orig, to, None, who)
    lines = blk.split("\n")
    hdr = "<br>\n".join("<b>" + htmlmod.escape(l.split(":", 1)[0]) + ":</b>" + htmlmod.escape(l.split(":", 1)[1]) for l in lines)
    return "<p class=\"MsoNormal\">" + hdr + "</p>\n" + text_to_html_paras(orig["text"])


# --------------------------------------------------------------------------------------------
# Message assembly (raw bytes, to control charsets and transfer encodings exactly)
# --------------------------------------------------------------------------------------------
def enc_body(text, charset, cte):
    if charset.lower() == "iso-8859-1":
        raw = text.encode("cp1252")  # Outlook: declares latin-1, writes Windows-1252 bytes (€, ’, “ ”)
    else:
        raw = text.encode(charset)
    raw = raw.replace(b"\r\n", b"\n")
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "7bit":
        raw.decode("ascii")
        return raw.decode("ascii")
    # 8bit
    return raw.decode("latin-1")  # bytes passed through; re-encoded as latin-1 at the end


def hdr(value, charset="utf-8"):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        try:
            value.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(value, charset).encode()


def addr(pair, charset="utf-8"):
    name, a = pair
    if not name:
        return a
    try:
        name.encode("ascii")
        return formataddr((name, a))
    except UnicodeEncodeError:
        try:
            name.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return formataddr((name, a), charset=charset)


def part(ctype, text, charset, cte, extra=""):
    cs = charset
    body = enc_body(text.replace("@@CS@@", cs), charset, cte)
    ct = f"Content-Type: {ctype}; charset=\"{cs}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return ct + body


def bnd(seed, n):
    return "----=_Part_" + hashlib.md5((seed + str(n)).encode()).hexdigest()[:24]


MESSAGES = []


def E(*, lang, kind, frm, to, subject, date, tz, body, owner, quote=None, quote_style=None, fwd=None,
      fwd_style=None, qto="", qcc=None, qwho=None, cc=None, html=None, charset="utf-8", cte="8bit",
      attach=(), headers=None, labels=None, note="", tail="", in_reply=None, refs=None, sig="",
      flowed=False, mid_domain=None, **extra):
    """One message.  body: the sender's own hand-written text.  quote/quote_style: the quoted original
    (reply); fwd/fwd_style: an original forwarded inline.  html: None (text only), 'alt-outlook',
    'alt-gmail', 'only-outlook', 'only-gmail', 'only-plain', 'alt-plain'."""
    MESSAGES.append(dict(lang=lang, kind=kind, frm=frm, to=to, subject=subject, date=date, tz=tz,
                         body=body, owner=owner, quote=quote, quote_style=quote_style, fwd=fwd,
                         fwd_style=fwd_style, qto=qto, qcc=qcc, qwho=qwho, cc=cc, html=html,
                         charset=charset, cte=cte, attach=list(attach), headers=headers or {},
                         labels=labels or {}, note=note, tail=tail, in_reply=in_reply, refs=refs,
                         sig=sig, flowed=flowed, mid_domain=mid_domain, **extra))


def build(m, n):
    o = OWNERS[m["owner"]]
    dt = D(m["date"], m["tz"])
    seed = f"{PREFIX}-{n}"
    cs = m["charset"]
    own = m["body"].strip("\n")
    if m["sig"]:
        own += "\n\n" + m["sig"].strip("\n")
    quoted = ""
    orig = m["quote"] or m["fwd"]
    qstyle = m["quote_style"] or m["fwd_style"]
    if m["quote"] is not None:
        quoted = quote_text(m["quote_style"], m["lang"] if m["quote_style"] != "native" else m["quote"]["lang"],
                            m["quote"], m["qto"], m["qcc"], m["qwho"])
    elif m["fwd"] is not None:
        quoted = forward_text(m["fwd_style"], m["lang"], m["fwd"], m["qto"], m["qcc"], m["qwho"])
    # the quoted original is rendered in the language of its own attribution line; for quotes of
    # a letter in another language (EN AP centre replying to an Italian reminder) use the writer's
    # client language for the header, the letter body stays as sent.
    text = own + ("\n\n" + quoted if quoted else "") + (("\n\n" + m["tail"].strip("\n")) if m["tail"] else "")
    text += "\n"

    # headers
    dom = m["mid_domain"] or m["frm"][1].split("@")[1]
    H = []
    H.append(("Date", format_datetime(dt)))
    H.append(("From", addr(m["frm"], "iso-8859-1" if cs == "iso-8859-1" else "utf-8")))
    H.append(("To", ", ".join(addr(t) for t in m["to"])))
    if m["cc"]:
        H.append(("Cc", ", ".join(addr(t) for t in m["cc"])))
    H.append(("Subject", hdr(m["subject"], "iso-8859-1" if cs == "iso-8859-1" else "utf-8")))
    H.append(("Message-ID", mid(seed + m["subject"], dom)))
    irt = m["in_reply"] or (orig["msgid"] if orig else None)
    if irt:
        H.append(("In-Reply-To", irt))
        refs = m["refs"] or [irt]
        H.append(("References", " ".join(refs)))
    for k, v in m["headers"].items():
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))

    flow = "; format=flowed" if m["flowed"] else ""
    hkind = m["html"]
    if hkind:
        mode, skel = hkind.split("-")
        own_html = text_to_html_paras(own)
        qh = ""
        if m["quote"] is not None:
            qh = quoted_html_for(m["quote_style"], m["lang"], m["quote"], m["qto"], m["qwho"])
        elif m["fwd"] is not None:
            qh = "<div>" + text_to_html_paras(quoted) + "</div>"
        if m["tail"]:
            qh += text_to_html_paras(m["tail"])
        if isinstance(m.get("html_override"), str):
            pass
        htmlsrc = html_doc(skel, m.get("own_html") or own_html, qh)
        htmlsrc = htmlsrc.replace('lang="IT"', 'lang="%s"' % {"it": "IT", "es": "ES", "en": "EN-GB"}[m["lang"]])
    if m.get("own_html_raw"):
        htmlsrc = m["own_html_raw"]
        hkind = hkind or "only-plain"
        mode = hkind.split("-")[0]

    def body_entity(k):
        if not hkind:
            return part("text/plain", text, cs, m["cte"], flow)
        if mode == "only":
            return part("text/html", htmlsrc, cs, m["cte"])
        b = bnd(seed, k)
        return (f"Content-Type: multipart/alternative; boundary=\"{b}\"\n\n"
                f"--{b}\n" + part("text/plain", text, cs, m["cte"], flow) + f"\n--{b}\n"
                + part("text/html", htmlsrc, cs, "quoted-printable" if m["cte"] == "8bit" else m["cte"]) + f"\n--{b}--\n")

    if m["attach"]:
        b = bnd(seed, 0)
        out = f"Content-Type: multipart/mixed; boundary=\"{b}\"\n\nThis is a multi-part message in MIME format.\n\n--{b}\n" + body_entity(1)
        for fname, ctype, data in m["attach"]:
            if isinstance(data, str):
                data = data.encode("utf-8")
            if ctype.startswith("message/rfc822"):
                out += (f"\n--{b}\nContent-Type: message/rfc822\nContent-Disposition: attachment; filename=\"{fname}\"\n\n"
                        + data.decode("utf-8") + "\n")
                continue
            out += (f"\n--{b}\nContent-Type: {ctype}; name=\"{fname}\"\nContent-Disposition: attachment; filename=\"{fname}\"\n"
                    f"Content-Transfer-Encoding: base64\n\n" + base64.encodebytes(data).decode("ascii"))
        out += f"\n--{b}--\n"
    else:
        out = body_entity(0)
    head = "".join(f"{k}: {v}\n" for k, v in H)
    raw = (head + out)
    return raw.encode("latin-1") if any(ord(c) > 127 for c in raw) else raw.encode("ascii")


def fake_pdf(title):
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 770 Td (" + title.encode("latin-1", "replace") + b") Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png():
    return base64.b64decode(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")



def OW(k):
    return (OWNERS[k]["name"], OWNERS[k]["addr"])


ROME, MAD, CAN, LON, DUB, NY = "Europe/Rome", "Europe/Madrid", "Atlantic/Canary", "Europe/London", "Europe/Dublin", "America/New_York"

PRIVACY_IT_1 = """AVVERTENZA: Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, qualora abbiate ricevuto questo messaggio per errore, vi preghiamo di darne immediata comunicazione al mittente e di cancellarlo dal vostro sistema. È vietato qualsiasi utilizzo, diffusione o copia non autorizzati."""

PRIVACY_IT_2 = """Questo messaggio di posta elettronica e gli eventuali allegati contengono informazioni riservate e/o coperte da segreto professionale, ad uso esclusivo del destinatario. Chiunque lo ricevesse per errore è pregato di avvisare il mittente e di distruggerlo. Informativa privacy ex art. 13 Reg. UE 2016/679 disponibile su richiesta.
Prima di stampare pensa all'ambiente."""

# ============================================================================================
# ITALIANO
# ============================================================================================

# ---- IT paid -------------------------------------------------------------------------------
r = reminder("ale", "reminder", "14/2026", "610.00", "2026-11-15", "2026-11-23 09:00",
             "Spett.le Pasticceria Dolce Forno snc,")
E(lang="it", kind="client-reply-paid", owner="ale",
  frm=("Studio Bellandi - Rag. Carla Bellandi", "contabilita@studiobellandi.it"),
  to=[OW("ale")], cc=[("Pasticceria Dolce Forno", "dolceforno.lecco@gmail.com")],
  subject="R: I: " + r["subject"], date="2026-11-25 11:42", tz=ROME,
  body="""Buongiorno Sig.ra Rossi,

scrivo in qualità di consulente contabile della Pasticceria Dolce Forno snc di Bonfanti Mario & C., che mi ha girato il Suo sollecito.

Le confermo che in data odierna abbiamo disposto dal conto della società il bonifico di € 610,00 a saldo della Sua fattura n. 14/2026. In allegato trova la contabile con il CRO.

Il ritardo è dovuto al cambio di banca della società, di cui ci scusiamo.

Cordiali saluti

Rag. Carla Bellandi
Studio Bellandi – Consulenza contabile e fiscale
Via Cavour 18 – 23900 Lecco
Tel. 0341 284190""",
  tail=PRIVACY_IT_1, quote=r, quote_style="outlook", qto="dolceforno.lecco@gmail.com",
  cte="quoted-printable", html="alt-outlook",
  attach=[("Contabile_bonifico_FT14-2026.pdf", "application/pdf", fake_pdf("Disposizione bonifico SEPA EUR 610,00"))],
  labels=dict(amount="610.00", reference="14/2026"),
  note="The client's bookkeeper (not the client) confirms today's transfer, with the receipt attached; amount and invoice number in her own text.")

r = reminder("giulia", "due", "38/2026", "280.00", "2026-11-27", "2026-11-30 09:10", "Gentile Bruno Gatti,")
E(lang="it", kind="client-reply-paid", owner="giulia",
  frm=("Bruno Gatti", "bruno.gatti@alice.it"), to=[OW("giulia")],
  subject="Re: " + r["subject"], date="2026-12-02 21:17", tz=ROME,
  body="""Buonasera dottoressa,
sono Elena, la figlia di Bruno Gatti. Le scrivo dalla mail di papà perché lui da ottobre è in una RSA dopo la caduta e la posta la guardo io quando riesco.
Ho visto solo adesso la sua fattura per le traduzioni delle lettere dello zio dall'Argentina, mi scuso tantissimo. Ieri sera ho fatto il bonifico di 280 euro dal conto cointestato con papà, nella causale ho messo il numero della fattura.
Papà ci teneva molto a quel lavoro, quando gliele ho lette si è commosso. Le manda i saluti.

Elena Gatti""",
  quote=r, quote_style="gmail",
  labels=dict(amount="280.00"),
  note="Daughter writes from her elderly father's mailbox (From is the client, writer is not); transfer made 'ieri sera'. Invoice number not written in her text.")

# the forward "Marta, puoi verificare?" and Marta's reply-all (Officina Grafica Brambilla)
r_bra = reminder("ale", "reminder", "7/2026", "1464.00", "2026-11-20", "2026-12-04 09:00",
                 "Spett.le Officina Grafica Brambilla srl,")
fw_bra_text = ("Marta, puoi verificare? grazie\nLuca\n\nInviato da Outlook per Android\n\n"
               + forward_text("outlook", "it", r_bra, to="luca@brambillagrafica.it"))
fw_bra = human("Luca Brambilla", "luca@brambillagrafica.it", "2026-12-07 08:51", ROME,
               "I: " + r_bra["subject"], fw_bra_text, "it")
E(lang="it", kind="client-reply-other", owner="ale",
  frm=("Luca Brambilla", "luca@brambillagrafica.it"),
  to=[("Marta Colombo", "amministrazione@brambillagrafica.it")], cc=[OW("ale")],
  subject="I: " + r_bra["subject"], date="2026-12-07 08:51", tz=ROME,
  body="Marta, puoi verificare? grazie\nLuca\n\nInviato da Outlook per Android",
  fwd=r_bra, fwd_style="outlook", qto="luca@brambillagrafica.it",
  in_reply=r_bra["msgid"],
  note="The client forwards the reminder to his colleague with the freelancer in cc and only asks her to check: nothing about payment yet.")
E(lang="it", kind="client-reply-paid", owner="ale",
  frm=("Marta Colombo", "amministrazione@brambillagrafica.it"),
  to=[("Luca Brambilla", "luca@brambillagrafica.it")], cc=[OW("ale")],
  subject="R: I: " + r_bra["subject"], date="2026-12-07 10:05", tz=ROME,
  body="""Ciao Luca,
ho controllato: la 7/2026 di Alessandra l'abbiamo pagata il 3 dicembre con la distinta fornitori di inizio mese, 1.464,00 euro. Probabilmente si sono incrociati il pagamento e il sollecito.

Alessandra, ti metto qui sotto il CRO così puoi verificare con la tua banca: 0306909606112034567482000
Se non lo trovi fammi sapere.

Marta

Marta Colombo
Amministrazione – Officina Grafica Brambilla srl
Via dell'Industria 4, 20861 Brugherio (MB)""",
  quote=fw_bra, quote_style="outlook", qto="Marta Colombo <amministrazione@brambillagrafica.it>",
  refs=[r_bra["msgid"], fw_bra["msgid"]], html="alt-outlook", cte="quoted-printable",
  labels=dict(amount="1464.00", reference="7/2026"),
  note="Colleague's reply-all to the internal forward: addressed to Luca, freelancer only in cc; says it was paid on 3 December (crossed with the reminder).")

r = reminder("marco", "reminder", "29/2026", "1586.00", "2026-12-05", "2026-12-14 09:00",
             "Spett.le Studio Legale Sartori,")
E(lang="it", kind="client-reply-paid", owner="marco",
  frm=("Segreteria Studio Legale Sartori", "segreteria@studiolegalesartori.it"), to=[OW("marco")],
  subject="R: " + r["subject"], date="2026-12-15 16:20", tz=ROME,
  body="""Gentile Sig. Ferri,

l'Avv. Sartori mi incarica di comunicarLe che il pagamento della fattura n. 29/2026 è stato effettuato venerdì scorso, 11 dicembre, con bonifico dal conto dello Studio.

Qualora non lo vedesse accreditato entro qualche giorno, La prego di contattarmi direttamente al numero qui sotto.

Cordiali saluti

Paola Ricci
Segreteria – Studio Legale Sartori
Corso Vittorio Emanuele II 112 – 10121 Torino
Tel. 011 5620031""",
  tail=PRIVACY_IT_2, quote=r, quote_style="outlook", qto="segreteria@studiolegalesartori.it",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(reference="29/2026"),
  note="The lawyer's secretary answers for him: paid 'venerdì scorso, 11 dicembre'.")

r = reminder("giulia", "late_fee", "22/2026", "1952.00", "2026-11-10", "2026-12-09 09:00",
             "Spett.le Lumen Tech srl,", deadline="2026-12-19")
E(lang="it", kind="client-reply-paid", owner="giulia",
  frm=("Stefano Moretti", "s.moretti@lumengroup.it"), to=[OW("giulia")],
  cc=[("Amministrazione Lumen Tech", "amministrazione@lumentech.it")],
  subject="R: " + r["subject"], date="2026-12-14 09:31", tz=ROME,
  body="""Gentile dott.ssa Conti,

rispondo al Suo sollecito indirizzato alla nostra controllata Lumen Tech srl, che mi è stato inoltrato dai colleghi di Padova.

Da quest'anno i pagamenti delle società del gruppo sono centralizzati presso la capogruppo: la fattura in oggetto è stata saldata da Lumen Group S.p.A. con il pagamento cumulativo dell'11/12/2026 (distinta n. 4471), insieme ad altre partite fornitori. Nella causale del bonifico troverà il riferimento "LT FT 22-2026"; l'ordinante risulterà Lumen Group e non Lumen Tech, Le chiedo di tenerne conto in fase di riconciliazione.

Per il futuro può continuare a intestare le fatture a Lumen Tech srl, come ha fatto finora.

Cordiali saluti

Stefano Moretti
Tesoreria di Gruppo
Lumen Group S.p.A. – Via Venezia 59, 35131 Padova""",
  quote=r, quote_style="outlook", qto="amministrazione@lumentech.it",
  cte="quoted-printable",
  labels=dict(reference="22/2026"),
  note="Parent company's treasury paid for the subsidiary in a cumulative transfer; reference written 'LT FT 22-2026' in the causale. No per-invoice amount stated.")

r = reminder("marco", "late_fee", "33/2026", "1830.00", "2026-11-15", "2026-12-10 09:00",
             "Spett.le Arredamenti Borghi srl,", deadline="2026-12-22")
E(lang="it", kind="client-reply-paid", owner="marco",
  frm=("Federico Sala", "f.sala@arredamentiborghi.it"), to=[OW("marco")],
  subject="Re: " + r["subject"], date="2026-12-11 12:02", tz=ROME,
  body="""Buongiorno Marco (posso darti del tu? qui in azienda si usa così),
mi presento, sono Federico e da novembre ho preso il posto di Sandra in amministrazione, che è in maternità. Sto ancora ricostruendo un po' di pratiche quindi perdonami se rispondo con calma.

Ho guardato l'estratto conto: la tua fattura 33/2026 risulta pagata il 28/11 insieme alle altre fatture fornitori di ottobre, bonifico singolo da 1.830,00 €. Può darsi che la conferma non ti sia mai arrivata perché le mail ai fornitori le mandava Sandra.
Se non ti risulta fammi sapere che approfondisco con la banca.

Buona giornata
Federico Sala
Ufficio amministrativo – Arredamenti Borghi srl""",
  quote=r, quote_style="gmail",
  labels=dict(amount="1830.00", reference="33/2026"),
  note="New employee who inherited the file finds the payment of 28/11 in the bank statement; the conditional 'se non ti risulta' does not change the claim.")

r = reminder("ale", "due", "41/2026", "950.00", "2026-12-18", "2026-12-21 09:00", "Spett.le Studio Dentistico Valli,")
E(lang="it", kind="client-reply-paid", owner="ale",
  frm=("Studio Dentistico Valli", "info@studiovalli.it"), to=[OW("ale")],
  subject="Re: " + r["subject"], date="2026-12-22 09:48", tz=ROME,
  body="""Buongiorno, il dott. Valli mi chiede di dirle che il bonifico da 950 l'ha fatto stamattina dall'home banking. Se serve la ricevuta me lo dica che gliela giro.
Chiara
(assistente di studio)

Inviato da iPhone""",
  quote=r, quote_style="apple",
  labels=dict(amount="950.00"),
  note="Dental assistant relays the dentist's message from the practice mailbox: transfer done this morning.")

r = reminder("marco", "reminder", "31/2026", "427.00", "2026-12-31", "2027-01-08 09:00", "Spett.le Ferramenta Pozzi,")
E(lang="it", kind="client-reply-paid", owner="marco",
  frm=("Studio Ghidini & Ferraro", "amministrazione@ghidiniferraro.it"), to=[OW("marco")],
  cc=[("Ferramenta Pozzi", "ferramentapozzi@virgilio.it")],
  subject="R: " + r["subject"], date="2027-01-12 15:33", tz=ROME,
  body="""Spett.le Studio Ferri,

in riferimento al Vs. sollecito dell’08/01 u.s. relativo alla ft. n. 31/2026, Vi informiamo che la ns. assistita Ferramenta Pozzi di Pozzi Giovanni ha provveduto al saldo della stessa mediante bonifico SEPA con valuta 11/01/2027, per l’importo di € 427,00.

Restiamo a disposizione per eventuali chiarimenti.

Distinti saluti

Dott.ssa Laura Ferraro
Studio Ghidini & Ferraro – Dottori Commercialisti Associati
Via Matteotti 21 – 25122 Brescia""",
  tail=PRIVACY_IT_1, quote=r, quote_style="outlook", qto="ferramentapozzi@virgilio.it",
  html="only-outlook", charset="iso-8859-1", cte="quoted-printable",
  labels=dict(amount="427.00", reference="31/2026"),
  note="Accountants' office, HTML-only Outlook declared iso-8859-1 with Windows-1252 bytes (€, curly apostrophes); 'ha provveduto al saldo' = paid.")

r = reminder("giulia", "reminder", "40/2026", "732.00", "2026-12-15", "2027-01-11 09:00", "Spett.le Falegnameria Neri,")
bank_it = """---------- Messaggio inoltrato ---------
Da: BCC Notifiche <notifiche@bccinforma.it>
Date: mer 13 gen 2027 alle ore 10:02
Subject: Esito disposizione di bonifico
To: <rita.neri@falegnamerianeri.it>


Gentile Cliente,
la disposizione da Lei inserita in data 13/01/2027 è stata eseguita.

Ordinante: FALEGNAMERIA NERI DI NERI SANDRO
Beneficiario: GIULIA CONTI
IBAN beneficiario: IT47K0364601600526719485112
Importo: EUR 732,00
Data esecuzione: 13/01/2027
Causale: SALDO FT 40/2026
TRN: 0306913125401108480021234500IT

Cordiali saluti
BCC Servizi Online"""
E(lang="it", kind="client-reply-paid", owner="giulia",
  frm=("Rita Neri", "rita.neri@falegnamerianeri.it"), to=[OW("giulia")],
  subject="R: " + r["subject"], date="2027-01-13 10:20", tz=ROME,
  body="""Buongiorno, sono la moglie di Sandro, la contabilità della falegnameria la tengo io. Le inoltro qui sotto l'esito del bonifico per la fattura 40/2026 fatto stamattina, scusi il ritardo ma a dicembre eravamo pieni di consegne.
Saluti
Rita Neri""",
  tail=bank_it, in_reply=r["msgid"],
  labels=dict(amount="732.00", reference="40/2026"),
  note="The client's wife (who keeps the books) replies in the reminder thread pasting the bank's 'disposizione eseguita' notice below; no quote of the reminder.")

r = reminder("ale", "final", "19/2026", "2196.00", "2026-11-30", "2027-01-14 09:00",
             "Spett.le Edilnova srl in liquidazione,", deadline="2027-01-29")
E(lang="it", kind="client-reply-paid", owner="ale",
  frm=("Dott. Paolo Gerosa", "p.gerosa@studiogerosa.it"), to=[OW("ale")],
  cc=[("Edilnova srl in liquidazione", "edilnova@legalmail.it")],
  subject="R: " + r["subject"], date="2027-01-20 10:12", tz=ROME,
  body="""Oggetto: Edilnova S.r.l. in liquidazione – Vs. fattura n. 19/2026

Gentile Sig.ra Rossi,

in qualità di liquidatore della società Edilnova S.r.l. in liquidazione, nominato con delibera assembleare del 2 ottobre 2026, riscontro la Sua comunicazione del 14 gennaio.

La informo che in data 19 gennaio 2027 è stato disposto il pagamento integrale della fattura in oggetto, per € 2.196,00, dal conto della liquidazione presso la Banca Popolare di Sondrio. Trattandosi di liquidazione volontaria, i fornitori vengono soddisfatti man mano che si realizza l'attivo; la Sua posizione risulta pertanto chiusa.

Distinti saluti

Dott. Paolo Gerosa
Dottore Commercialista – Revisore Legale
Liquidatore di Edilnova S.r.l. in liquidazione""",
  tail=PRIVACY_IT_2, quote=r, quote_style="outlook_orig", qto="edilnova@legalmail.it",
  cte="quoted-printable",
  labels=dict(amount="2196.00", reference="19/2026"),
  note="The liquidator of a company in voluntary liquidation answers the formal notice: full payment made yesterday.")

# ---- IT promise ----------------------------------------------------------------------------
r = reminder("marco", "reminder", "35/2026", "366.00", "2026-11-30", "2026-12-07 09:00", "Spett.le Bar Centrale di Nicoletti Aldo,")
E(lang="it", kind="client-reply-promise", owner="marco",
  frm=("Rag. Ivo Zanella", "ivo@studiozanella.it"), to=[OW("marco")],
  cc=[("Aldo Nicoletti", "barcentrale.nicoletti@gmail.com")],
  subject="R: I: " + r["subject"], date="2026-12-09 17:45", tz=ROME,
  body="""Buonasera,
sono il commercialista del Bar Centrale, il Sig. Nicoletti mi ha girato la vostra mail. Purtroppo dicembre per lui è un mese pesante tra tredicesime e F24, abbiamo concordato di pagare la vostra fattura entro il 20 del mese, in un'unica soluzione.
Vi chiedo di pazientare fino ad allora.

Cordiali saluti
Ivo Zanella
Studio Zanella – Paghe e contabilità – Rovigo""",
  quote=r, quote_style="outlook", qto="barcentrale.nicoletti@gmail.com",
  labels=dict(promised_date="2026-12-20"),
  note="The client's accountant promises payment 'entro il 20 del mese' (Date 9 December -> 20 December).")

r = reminder("ale", "late_fee", "44/2026", "515.00", "2026-12-10", "2027-01-04 09:00", "Gentile Franco Bassi,", deadline="2027-01-15")
E(lang="it", kind="client-reply-promise", owner="ale",
  frm=("lidia marchetti", "lidia.marchetti58@gmail.com"), to=[OW("ale")],
  subject="Re: " + r["subject"], date="2027-01-05 19:03", tz=ROME,
  body="""BUONASERA SIGNORA ROSSI SONO LA MOGLIE DEL GEOMETRA BASSI, MIO MARITO MI HA FATTO VEDERE LA SUA MAIL DAL TELEFONO. HA AVUTO UN INTERVENTO AL CUORE PRIMA DI NATALE E ADESSO E ANCORA IN OSPEDALE A LECCO. NON SI PREOCCUPI CHE APPENA TORNA A CASA LA PAGHIAMO, IO CON LA BANCA SUL COMPUTER NON SONO CAPACE. MI SCUSI TANTO E BUON ANNO

LIDIA BASSI""",
  quote=r, quote_style="gmail",
  labels=dict(),
  note="Elderly client's wife, all caps, from her own address: 'appena torna a casa la paghiamo' is a promise with no date.")

r = reminder("giulia", "due", "36/2026", "640.00", "2026-11-16", "2026-11-17 09:00", "Spett.le Vetreria Artistica Dal Bo,")
E(lang="it", kind="client-reply-promise", owner="giulia",
  frm=("Irene Tonon", "amministrazione@vetreriadalbo.it"), to=[OW("giulia")],
  subject="R: " + r["subject"], date="2026-11-18 11:20", tz=ROME,
  body="""Buongiorno dott.ssa Conti,
sono Irene, sono entrata in Vetreria a inizio mese e sto prendendo in mano i pagamenti fornitori, che prima seguiva il Sig. Dal Bo in persona (ora è in pensione, anche se passa in laboratorio tutti i giorni...).
Nel gestionale la sua fattura non la trovo, credo sia rimasta nella casella del Sig. Dal Bo. Me la rimanda per favore a questo indirizzo? Appena arriva la inserisco nella distinta di venerdì, così non aspetta oltre.

Grazie e scusi
Irene Tonon
Vetreria Artistica Dal Bo – Fondamenta dei Vetrai, Murano""",
  quote=r, quote_style="outlook", qto="amministrazione@vetreriadalbo.it",
  labels=dict(promised_date="2026-11-20"),
  note="New employee asks for the invoice again AND commits to Friday's payment batch: promise beats the question. Date Wed 18 Nov -> Fri 20 Nov.")

r = reminder("marco", "reminder", "40/2026", "2684.00", "2026-12-31", "2027-01-12 09:00", "Spett.le Nordest Logistica srl,")
E(lang="it", kind="client-reply-promise", owner="marco",
  frm=("Elisa Perin", "tesoreria@gruppotessari.it"), to=[OW("marco")],
  cc=[("Nordest Logistica – Amministrazione", "amministrazione@nordestlogistica.it")],
  subject="R: " + r["subject"], date="2027-01-14 10:40", tz=ROME,
  body="""Buongiorno Sig. Ferri,

le scrivo dalla tesoreria del Gruppo Tessari: da quest'anno i fornitori di Nordest Logistica li paghiamo noi come capogruppo, per questo non ha avuto risposta dai colleghi di Verona.

Ho verificato: la sua fattura n. 40/2026 è approvata e sarà pagata con il run di fine mese. Il bonifico arriverà da Gruppo Tessari S.p.A. e non da Nordest, con il numero fattura in causale.

Saluti
Elisa Perin
Tesoreria – Gruppo Tessari S.p.A.""",
  quote=r, quote_style="outlook", qto="amministrazione@nordestlogistica.it",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(promised_date="2027-01-31", reference="40/2026"),
  note="Parent company's treasury will pay the subsidiary's invoice 'con il run di fine mese' -> 31 January.")

r = reminder("ale", "final", "24/2026", "3050.00", "2026-11-30", "2027-01-25 09:00", "Gentile Ornella Crippa,", deadline="2027-02-05")
E(lang="it", kind="client-reply-promise", owner="ale",
  frm=("Avv. Giacomo Re", "avv.giacomore@studiolegalere.it"), to=[OW("ale")],
  cc=[("Ornella Crippa", "boutique.ornella@gmail.com")],
  subject="R: " + r["subject"], date="2027-02-02 12:15", tz=ROME,
  body="""Egregia Sig.ra Rossi,

scrivo in nome e per conto della Sig.ra Ornella Crippa, titolare dell'omonima ditta individuale, che mi ha conferito incarico in relazione alla Sua comunicazione del 25 gennaio u.s.

La mia assistita non contesta l'importo della fattura n. 24/2026, ma sta attraversando una fase di temporanea difficoltà finanziaria legata alla chiusura del punto vendita di Monza. Propone pertanto di saldare l'importo di € 3.050,00 in tre rate mensili di pari importo: la prima entro il 15 febbraio p.v., le successive entro il 15 marzo e il 15 aprile.

Confido nella Sua disponibilità e resto in attesa di un cortese riscontro, anche telefonico.

Distinti saluti

Avv. Giacomo Re
Studio Legale Re – Via Manzoni 9, 20900 Monza
Tel. 039 2301877""",
  tail=PRIVACY_IT_2, quote=r, quote_style="outlook", qto="boutique.ornella@gmail.com",
  labels=dict(amount="3050.00", reference="24/2026", promised_date="2027-02-15"),
  note="The client's lawyer does not contest and proposes three instalments, the first by 15 February: a promise (payment plan); promised_date = first instalment.")

r = reminder("giulia", "reminder", "42/2026", "1180.00", "2026-12-15", "2026-12-22 09:00", "Gentile Notaio Arturo Rinaldi,")
E(lang="it", kind="client-reply-promise", owner="giulia",
  frm=("Studio Notarile Rinaldi", "segreteria@notaiorinaldi.it"), to=[OW("giulia")],
  subject="R: " + r["subject"], date="2026-12-23 10:30", tz=ROME,
  body="""Buongiorno dott.ssa Conti,
il Notaio è fuori studio per le festività fino a domenica 10 gennaio. I bonifici li firma lui personalmente con il token: la sua fattura l'ho già preparata in home banking e gliela faccio autorizzare lunedì 11 gennaio, appena rientra.

Buone feste
Simona Greco
Segreteria – Studio Notarile Rinaldi, Vicenza""",
  quote=r, quote_style="outlook", qto="segreteria@notaiorinaldi.it",
  labels=dict(promised_date="2027-01-11"),
  note="Notary's secretary: the transfer is prepared and will be authorised on Monday 11 January. Not an auto-reply although it mentions the boss's absence.")

r_cas = reminder("marco", "reminder", "30/2026", "793.00", "2026-11-15", "2026-11-25 09:00", "Spett.le Caseificio Sorsi snc,")
fw_cas_text = ("Anna ci pensi tu? Io sono in fiera a Verona fino a fine mese e non riesco a entrare in banca da qui.\nRoberto\n\n"
               + forward_text("gmail", "it", r_cas, to="Roberto Sorsi <roberto@caseificiosorsi.it>"))
fw_cas = human("Roberto Sorsi", "roberto@caseificiosorsi.it", "2026-11-26 08:12", ROME,
               "Fwd: " + r_cas["subject"], fw_cas_text, "it")
E(lang="it", kind="client-reply-other", owner="marco",
  frm=("Roberto Sorsi", "roberto@caseificiosorsi.it"),
  to=[("Anna Sorsi", "anna@caseificiosorsi.it")], cc=[OW("marco")],
  subject="Fwd: " + r_cas["subject"], date="2026-11-26 08:12", tz=ROME,
  body="Anna ci pensi tu? Io sono in fiera a Verona fino a fine mese e non riesco a entrare in banca da qui.\nRoberto",
  fwd=r_cas, fwd_style="gmail", qto="Roberto Sorsi <roberto@caseificiosorsi.it>", in_reply=r_cas["msgid"],
  note="Client forwards the reminder to his sister/colleague with the freelancer in cc. 'fino a fine mese' is about his own absence, not a payment date; he is not an auto-reply.")
E(lang="it", kind="client-reply-promise", owner="marco",
  frm=("Anna Sorsi", "anna@caseificiosorsi.it"),
  to=[("Roberto Sorsi", "roberto@caseificiosorsi.it")], cc=[OW("marco")],
  subject="Re: Fwd: " + r_cas["subject"], date="2026-11-26 17:55", tz=ROME,
  body="""Roberto la fattura di Marco la metto in pagamento domani col giro fornitori, tranquillo.
Marco scusa il ritardo, mi era sfuggita perché arrivava sulla mail di Roberto

Anna

--
Caseificio Sorsi snc
Loc. Prà Bass 3 – Sondrio""",
  quote=fw_cas, quote_style="gmail", refs=[r_cas["msgid"], fw_cas["msgid"]],
  labels=dict(promised_date="2026-11-27"),
  note="Colleague's reply-all: 'domani' from Thursday 26 November -> 27 November.")

r = reminder("ale", "reminder", "43/2026", "480.00", "2026-12-05", "2026-12-15 09:00", "Gentile Franca Mauri,")
E(lang="it", kind="client-reply-promise", owner="ale",
  frm=("Davide Mauri", "davide.mauri91@gmail.com"), to=[OW("ale")],
  cc=[("Franca Mauri", "bbilglicine@gmail.com")],
  subject="Re: " + r["subject"], date="2026-12-17 22:41", tz=ROME,
  body="""Ciao Alessandra, sono Davide il figlio di Franca. La mamma mi ha girato la tua mail, da quest'anno i conti del B&B li seguo io perché lei col telefono non ci va d'accordo 😅
Scusa il casino, lunedì ti faccio il bonifico, promesso 🙏
Davide""",
  quote=r, quote_style="gmail",
  labels=dict(promised_date="2026-12-21"),
  note="Client's son handles the B&B accounts; Thursday 17 December 'lunedì' -> 21 December.")

r = reminder("giulia", "due", "37/2026", "2318.00", "2026-11-30", "2026-12-02 09:00", "Spett.le Farmaceutici Benassi S.p.A.,")
E(lang="it", kind="client-reply-promise", owner="giulia",
  frm=("CSA Emilia – Contabilità Fornitori", "fornitori.benassi@csaemilia.it"), to=[OW("giulia")],
  subject="R: " + r["subject"] + " [rif. BNS-26-11873]", date="2026-12-10 14:02", tz=ROME,
  body="""Gentile Fornitore,

Centro Servizi Amministrativi Emilia srl gestisce in outsourcing la contabilità fornitori di Farmaceutici Benassi S.p.A.

La informiamo che le disposizioni di pagamento del mese di dicembre sono già state chiuse. La fattura n. 37/2026 risulta regolarmente registrata e autorizzata; il pagamento non potrà tuttavia avvenire prima del 28 dicembre p.v.

Per ogni comunicazione la preghiamo di mantenere nell'oggetto il riferimento pratica indicato.

Cordiali saluti
Ufficio Contabilità Fornitori
CSA Emilia srl per conto di Farmaceutici Benassi S.p.A.""",
  quote=r, quote_style="outlook", qto="amministrazione@benassipharma.it",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(promised_date="2026-12-28", reference="37/2026"),
  note="Outsourced AP centre: 'non potrà avvenire prima del 28 dicembre' = promise for the 28th.")

r = reminder("marco", "due", "4/2027", "1220.00", "2027-02-05", "2027-02-08 09:00", "Gentile Arch. Davide Fumagalli,")
E(lang="it", kind="client-reply-promise", owner="marco",
  frm=("Studio Fumagalli Architetti", "studio@fumagalliarchitetti.it"), to=[OW("marco")],
  subject="Re: " + r["subject"], date="2027-02-09 09:15", tz=ROME,
  body="""Buongiorno Marco,
l'architetto è in cantiere tutta la mattina, mi ha detto di risponderle che il bonifico lo fa oggi pomeriggio quando rientra in studio, sono i 1.220 € giusto?
Sara""",
  quote=r, quote_style="apple",
  labels=dict(promised_date="2027-02-09", amount="1220.00"),
  note="Secretary: the architect will pay 'oggi pomeriggio' -> same day; the 'giusto?' check does not make it a question-only reply.")

# ---- IT dispute ----------------------------------------------------------------------------
r = reminder("marco", "final", "26/2026", "4270.00", "2026-11-20", "2027-01-20 09:00", "Gentile Patrizia Longhi,", deadline="2027-02-04")
E(lang="it", kind="client-reply-dispute", owner="marco",
  frm=("Avv. Francesca Mainardi", "f.mainardi@mainardilegale.it"), to=[OW("marco")],
  cc=[("Patrizia Longhi", "patrizia@longhishop.it")],
  subject="Vs. diffida del 20.01.2027 – Sig.ra Patrizia Longhi / Ferri", date="2027-01-27 11:00", tz=ROME,
  body="""Egregio Sig. Ferri,

scrivo in nome e per conto della Sig.ra Patrizia Longhi, titolare del negozio online "Longhi Shop", che mi ha conferito mandato e presso il cui indirizzo è domiciliata per la presente.

In riscontro alla Sua diffida del 20 gennaio u.s., contesto formalmente quanto da Lei richiesto. Il sito oggetto del preventivo del 12 maggio 2026 non è mai stato messo online nella versione concordata: mancano, ad oggi, il modulo di pagamento con carta e la sincronizzazione del magazzino, entrambe espressamente previste al punto 3 del preventivo accettato. La mia assistita Le ha segnalato tali mancanze per iscritto in almeno tre occasioni (email del 3 settembre, 21 settembre e 14 ottobre 2026), senza ricevere soluzione.

Ne consegue che la fattura n. 26/2026 non è dovuta nella misura richiesta e che la mia assistita non vi darà corso fino al completamento delle prestazioni pattuite, riservandosi ogni azione anche in ordine al danno subìto per il mancato avvio delle vendite nel periodo natalizio.

La invito pertanto ad astenersi da iniziative giudiziali e resto disponibile a un incontro per definire la vicenda.

Distinti saluti

Avv. Francesca Mainardi
Foro di Parma""",
  tail=PRIVACY_IT_2, in_reply=r["msgid"],
  html="alt-outlook", cte="quoted-printable",
  labels=dict(reference="26/2026"),
  note="Client's lawyer contests the invoice (work not completed as agreed) and refuses payment until it is done; new subject, threaded only by In-Reply-To.")

r = reminder("giulia", "reminder", "32/2026", "1000.00", "2026-11-20", "2026-11-30 09:00", "Spett.le Studio Tecnico Associato Bertoli,")
E(lang="it", kind="client-reply-dispute", owner="giulia",
  frm=("Studio Pavan Commercialisti", "info@studiopavan.it"), to=[OW("giulia")],
  cc=[("Studio Tecnico Bertoli", "segreteria@studiobertoli.it")],
  subject="R: " + r["subject"], date="2026-12-01 12:26", tz=ROME,
  body="""Buongiorno dott.ssa Conti,

seguiamo la contabilità dello Studio Tecnico Associato Bertoli, che ci ha inoltrato il Suo sollecito.

La Sua fattura n. 32/2026 è stata emessa per € 1.000,00 senza ritenuta d'acconto e senza alcuna dicitura relativa al regime forfettario. In assenza di tale indicazione il nostro cliente, in qualità di sostituto d'imposta, è tenuto ad applicare la ritenuta del 20%: procederemo quindi a pagare il solo netto di € 800,00, versando la ritenuta con F24.

Se invece Lei rientra nel regime forfettario, La preghiamo di emettere nota di credito e una nuova fattura riportante la dicitura di legge; fino ad allora non possiamo pagare l'importo pieno.

Cordiali saluti
Dott. Matteo Pavan""",
  quote=r, quote_style="outlook", qto="segreteria@studiobertoli.it",
  labels=dict(amount="800.00", reference="32/2026"),
  note="The client's accountant contests the amount (withholding tax) and will pay only the net 800.00 unless a credit note is issued: partial payment + contest = dispute.")

r = reminder("ale", "due", "45/2026", "1342.00", "2026-12-20", "2026-12-21 09:00", "Spett.le Cartiera Lario srl,")
E(lang="it", kind="client-reply-dispute", owner="ale",
  frm=("Giorgia Fontana", "g.fontana@cartierilario.it"), to=[OW("ale")],
  subject="R: " + r["subject"], date="2026-12-22 15:47", tz=ROME,
  body="""Buongiorno Sig.ra Rossi,

sono Giorgia Fontana, dal 1° dicembre mi occupo io della contabilità fornitori (ho sostituito il rag. Invernizzi che è andato in pensione).

Facendo pulizia nello scadenziario ho trovato la sua fattura 45/2026: ha la stessa descrizione ("restyling catalogo 2027 – seconda tranche") e lo stesso importo della 39/2026, che abbiamo già pagato il 30 novembre. Per noi è una doppia fatturazione dello stesso lavoro e quindi non la pagheremo: le chiedo di emettere una nota di credito a storno.

Se invece si tratta di una prestazione diversa mi mandi per favore il dettaglio, perché dai documenti che ho ereditato non risulta.

Cordiali saluti
Giorgia Fontana
Amministrazione – Cartiera Lario srl""",
  quote=r, quote_style="outlook", qto="g.fontana@cartierilario.it",
  labels=dict(reference="45/2026"),
  note="New employee treats the invoice as already billed (duplicate of 39/2026, which was paid) and asks for a credit note: dispute, even though one invoice was paid.")

r = reminder("marco", "late_fee", "38/2026", "2977.00", "2026-11-30", "2026-12-28 09:00", "Spett.le Sfera Retail srl,", deadline="2027-01-08")
E(lang="it", kind="client-reply-dispute", owner="marco",
  frm=("Ufficio Acquisti Holding Sfera", "acquisti@holdingsfera.it"), to=[OW("marco")],
  cc=[("Sfera Retail", "amministrazione@sferaretail.it")],
  subject="R: " + r["subject"], date="2026-12-30 11:18", tz=ROME,
  body="""Buongiorno,

rispondiamo in qualità di capogruppo, che gestisce gli acquisti IT per conto di Sfera Retail srl.

L'importo della fattura n. 38/2026 non corrisponde all'ordine: l'ODA n. 2026/0412 prevedeva € 2.000,00 + IVA, mentre la fattura è di € 2.440,00 + IVA. Le ore extra per la migrazione del catalogo non sono mai state autorizzate per iscritto dal nostro ufficio.

Provvederemo al pagamento di € 2.440,00 IVA inclusa, corrispondenti all'ordine; per la differenza attendiamo una nota di credito.

Cordiali saluti
Valentina Greco
Ufficio Acquisti – Holding Sfera S.p.A.""",
  quote=r, quote_style="outlook", qto="amministrazione@sferaretail.it",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(amount="2440.00", reference="38/2026"),
  note="Parent company's purchasing office: invoice exceeds the PO; will pay only the PO value (2.440,00 VAT incl.) and wants a credit note for the rest. Note 2.440,00 appears twice with different meaning.")

r = reminder("marco", "reminder", "34/2026", "850.00", "2026-11-30", "2026-12-10 09:00", "Gentile Giuseppina Bonetti,")
E(lang="it", kind="client-reply-dispute", owner="marco",
  frm=("Claudio Bonetti", "claudio.bonetti@hotmail.it"), to=[OW("marco")],
  cc=[("Merceria Pina", "merceriapina@libero.it")],
  subject="Re: " + r["subject"], date="2026-12-11 08:03", tz=ROME,
  body="""buongiorno,
sono il figlio della sig.ra Bonetti. mia madre ha 84 anni e nn ha mai firmato nessun preventivo per un sito internet della merceria, mi ha detto che un ragazzo e passato in negozio a settembre a farle vedere delle cose sul tablet e basta. il negozio lo chiude a marzo, figuriamoci se le serve un sito.
quindi la fattura non la paghiamo e vi chiedo di annullarla. se avete un contratto firmato mandatemelo.

Claudio Bonetti""",
  quote=r, quote_style="gmail",
  note="Son of an elderly client refuses: no signed quote, asks to cancel the invoice. Lower-case, typos.")

r_bir = reminder("ale", "reminder", "37/2026", "1098.00", "2026-11-25", "2026-12-03 09:00", "Spett.le Birrificio Lambro srl,")
fw_bir_text = ("Chiara, mi controlli questa? Pagala se è tutto ok\nPaolo\n\n" + forward_text("outlook", "it", r_bir, to="paolo@birrificiolambro.it"))
fw_bir = human("Paolo Villa", "paolo@birrificiolambro.it", "2026-12-03 11:40", ROME, "I: " + r_bir["subject"], fw_bir_text, "it")
E(lang="it", kind="client-reply-dispute", owner="ale",
  frm=("Chiara Galli", "chiara@birrificiolambro.it"),
  to=[("Paolo Villa", "paolo@birrificiolambro.it")], cc=[OW("ale")],
  subject="R: I: " + r_bir["subject"], date="2026-12-03 14:22", tz=ROME,
  body="""Paolo attenzione, questa non va pagata così: il logo definitivo della linea "Lambro Scura" non ce l'ha mai consegnato, abbiamo solo le bozze di ottobre e le etichette le abbiamo dovute stampare con la versione vecchia. Ne avevamo parlato con Alessandra alla riunione del 12 novembre e doveva rimandarci i file esecutivi.

Alessandra, appena arrivano i file definitivi la paghiamo, ma fino ad allora per me la fattura resta sospesa.

Chiara""",
  quote=fw_bir, quote_style="outlook", qto="Chiara Galli <chiara@birrificiolambro.it>", refs=[r_bir["msgid"], fw_bir["msgid"]],
  note="Colleague's reply-all to an internal forward: work not delivered, invoice on hold. A conditional 'appena arrivano i file la paghiamo' does not make it a promise: the dispute wins.")

r = reminder("giulia", "reminder", "39/2026", "1000.00", "2026-12-10", "2026-12-18 09:00", "Gentile Dott. Enrico Sforza,")
E(lang="it", kind="client-reply-dispute", owner="giulia",
  frm=("Segreteria Dott. Sforza", "segreteria.sforza@gmail.com"), to=[OW("giulia")],
  subject="Re: " + r["subject"], date="2026-12-19 10:37", tz=ROME,
  body="""Gentile dottoressa,
ho fatto vedere la sua mail al dottore, dice che per la traduzione dei due articoli per la rivista vi eravate accordati al telefono per 800 euro tutto compreso e non per 1.000. Lui è disposto a pagare gli 800 come d'accordo, se gli manda una fattura corretta la paga subito.
Cordiali saluti
Manuela, segreteria ambulatorio Dott. Sforza""",
  quote=r, quote_style="gmail",
  labels=dict(amount="800.00"),
  note="Doctor's secretary relays a price dispute (agreed 800, billed 1.000); will pay 800 on a corrected invoice: dispute, amount accepted 800.00.")

r = reminder("marco", "reminder", "36/2026", "915.00", "2026-12-10", "2026-12-17 09:00", "Spett.le Pizzeria Da Gino snc,")
E(lang="it", kind="client-reply-dispute", owner="marco",
  frm=("Studio Associato Rizzi Colombo", "studio@rizzicolombo.it"), to=[OW("marco")],
  cc=[("Gino Esposito", "pizzeriadagino@gmail.com")],
  subject="R: " + r["subject"], date="2026-12-18 16:09", tz=ROME,
  body="""Buongiorno,

siamo lo studio che tiene la contabilità della pizzeria del Sig. Esposito.

La fattura n. 36/2026 è intestata a Pizzeria Da Gino snc, ma dal 1° luglio 2026 l'attività è stata conferita in Da Gino srl (P.IVA 12873450966, codice destinatario KRRH6B9), come comunicato al Sig. Ferri a settembre. La fattura così com'è non è registrabile né pagabile dalla nuova società.

Vi chiediamo di emettere nota di credito a storno totale e di riemettere la fattura intestata a Da Gino srl. Ricevuta quella, il cliente provvederà al pagamento nei termini.

Cordiali saluti
Rag. Silvia Colombo""",
  quote=r, quote_style="outlook", qto="pizzeriadagino@gmail.com",
  cte="quoted-printable",
  labels=dict(reference="36/2026"),
  note="Accountant refuses the invoice as issued to the wrong entity and asks for a credit note and re-issue: dispute (not just a question), despite the conditional 'provvederà al pagamento'.")

# ---- IT other ------------------------------------------------------------------------------
r = reminder("giulia", "due", "41/2026", "390.00", "2026-12-15", "2026-12-16 09:00", "Spett.le Agriturismo Ca' del Vento,")
E(lang="it", kind="client-reply-other", owner="giulia",
  frm=("Studio Ferrarini – Elaborazione dati", "fatture@studioferrarini.it"), to=[OW("giulia")],
  subject="R: " + r["subject"], date="2026-12-16 15:50", tz=ROME,
  body="""Buonasera,
curiamo la contabilità dell'Agriturismo Ca' del Vento. Nel cassetto fiscale del cliente la sua fattura n. 41/2026 non compare: non ci risulta mai arrivata tramite SdI, abbiamo solo il PDF che ci ha girato la titolare.
Può verificare l'esito dell'invio e, se è stata scartata, reinviarla con codice destinatario M5UXCR1? Senza il file XML non possiamo registrarla.
Grazie
Daniela – Studio Ferrarini""",
  quote=r, quote_style="outlook", qto="info@agriturismocadelvento.it",
  labels=dict(reference="41/2026"),
  note="Accountant asks for the invoice to be re-sent through SdI: administrative question, no claim about payment.")

r = reminder("marco", "final", "28/2026", "3416.00", "2026-10-31", "2026-12-15 09:00", "Spett.le Termoidraulica Gamba srl,", deadline="2026-12-30")
E(lang="it", kind="client-reply-other", owner="marco",
  frm=("Curatela Termoidraulica Gamba srl", "curatela.gamba@studiolocatelli.it"), to=[OW("marco")],
  subject="Liquidazione giudiziale n. 112/2026 Trib. Bergamo – Termoidraulica Gamba S.r.l. – Vs. comunicazione",
  date="2026-12-18 12:30", tz=ROME,
  body="""Gentile Sig. Ferri,

in riscontro alla Sua comunicazione del 15 dicembre indirizzata a Termoidraulica Gamba S.r.l., La informo che la società è stata dichiarata in liquidazione giudiziale con sentenza del Tribunale di Bergamo n. 112/2026 del 3 dicembre 2026 e che il sottoscritto è stato nominato curatore.

Per effetto dell'apertura della procedura non è possibile effettuare pagamenti di crediti sorti anteriormente: il Suo credito potrà essere fatto valere esclusivamente mediante domanda di ammissione al passivo, da trasmettere all'indirizzo PEC della procedura (lg112.2026bergamo@pecliquidazioni.it) almeno trenta giorni prima dell'udienza di verifica, fissata per il 18 marzo 2027. In allegato l'avviso ai creditori ex art. 200 CCII con le istruzioni.

Distinti saluti

Dott. Alberto Locatelli
Curatore della liquidazione giudiziale""",
  in_reply=r["msgid"],
  attach=[("Avviso_creditori_art200_CCII.pdf", "application/pdf", fake_pdf("Avviso ai creditori - Liquidazione giudiziale 112/2026"))],
  labels=dict(),
  note="Court-appointed receiver: the debtor cannot pay; file a proof of claim. No payment, no promise, no contest: other.")

r = reminder("ale", "reminder", "46/2026", "671.00", "2026-12-20", "2027-01-07 09:00", "Spett.le Lattoneria Moroni srl,")
E(lang="it", kind="client-reply-other", owner="ale",
  frm=("Beatrice Corti", "b.corti@lattoneriamoroni.it"), to=[OW("ale")],
  subject="R: " + r["subject"], date="2027-01-08 09:26", tz=ROME,
  body="""Buongiorno Alessandra,

mi presento: sono Beatrice Corti, la nuova referente amministrativa della Lattoneria Moroni. Ho preso in carico le pratiche del Sig. Moroni junior, che da gennaio segue solo la parte commerciale.

Ho ricevuto il suo sollecito e sto verificando la posizione, appena ho chiaro le faccio sapere. Nel frattempo le chiedo di inviare d'ora in poi fatture e comunicazioni amministrative all'indirizzo fornitori@lattoneriamoroni.it, che leggo io ogni giorno.

Buon anno e buon lavoro
Beatrice Corti""",
  quote=r, quote_style="outlook", qto="fornitori@lattoneriamoroni.it",
  note="New employee introduces herself, 'sto verificando', asks to change the address for invoices: no payment claim, no promise.")

r = reminder("giulia", "late_fee", "35/2026", "460.00", "2026-11-10", "2026-12-07 09:00", "Gentile Renato Piccoli,", deadline="2026-12-18")
E(lang="it", kind="client-reply-other", owner="giulia",
  frm=("Renato Piccoli", "renato.piccoli@tin.it"), to=[OW("giulia")],
  subject="Re: " + r["subject"], date="2026-12-09 18:40", tz=ROME,
  body="""Gentile dottoressa Conti,

sono Laura, la figlia di Renato Piccoli. Mi dispiace doverla informare che mio padre è mancato il 19 novembre, dopo una breve malattia. Sto aprendo la sua posta solo in questi giorni.

So che lei lo aveva aiutato con la traduzione dei documenti per la pensione svizzera e che lui ne era molto contento. Per tutto ciò che riguarda i debiti e le pendenze di papà la pratica di successione è seguita dal notaio Bellotti di Como (studio@notaiobellotti.it), al quale le chiedo cortesemente di rivolgersi: non appena la situazione sarà definita si occuperà lui di tutto.

Grazie per la comprensione.
Laura Piccoli""",
  quote=r, quote_style="gmail",
  note="Daughter announces the client's death and refers to the notary handling the estate. No promise of payment ('si occuperà lui di tutto' is not a commitment): other.")

r = reminder("ale", "courtesy", "47/2026", "1830.00", "2026-12-31", "2026-12-24 09:00", "Gentile Dott. Marco Valenti,", issue="2026-12-01")
E(lang="it", kind="client-reply-other", owner="ale",
  frm=("Segreteria Valenti", "segreteria@valentiassociati.it"), to=[OW("ale")],
  subject="R: " + r["subject"], date="2026-12-24 10:02", tz=ROME,
  body="""ricevuto, giro al dottore.
buone feste
Sonia""",
  quote=r, quote_style="outlook", qto="segreteria@valentiassociati.it",
  note="Assistant acknowledges and passes it to her boss: nothing else.")

r = reminder("giulia", "reminder", "43/2026", "2745.00", "2026-12-31", "2027-01-11 09:00", "Spett.le Idrotec Italia srl,")
E(lang="it", kind="client-reply-other", owner="giulia",
  frm=("Accounts Payable – Idrofluid Group", "ap.italia@idrofluid-group.com"), to=[OW("giulia")],
  cc=[("Idrotec Italia – Amministrazione", "amministrazione@idrotec.it")],
  subject="R: " + r["subject"], date="2027-01-12 14:05", tz=ROME,
  body="""Buongiorno,

da gennaio le fatture passive di Idrotec Italia vengono gestite dall'ufficio AP della capogruppo Idrofluid.

Per poter registrare e mettere in pagamento la fattura n. 43/2026 ci serve il numero d'ordine di gruppo (ODA, formato 45xxxxxxxx): la fattura riporta solo il riferimento all'offerta. Può chiederlo al suo referente in Idrotec e comunicarcelo rispondendo a questa mail?

Grazie
Nadia Ruggeri
Accounts Payable Italia – Idrofluid Group""",
  quote=r, quote_style="outlook", qto="amministrazione@idrotec.it",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(reference="43/2026"),
  note="Parent company's AP office needs a PO number before processing: question, no contest.")

r = reminder("marco", "final", "25/2026", "2501.00", "2026-10-31", "2027-01-18 09:00", "Spett.le Autoscuola Moderna snc,", deadline="2027-02-02")
E(lang="it", kind="client-reply-other", owner="marco",
  frm=("Avv. Lorenzo Bianchi", "avv.bianchi@studiobianchilegale.it"), to=[OW("marco")],
  subject="R: " + r["subject"], date="2027-01-21 17:32", tz=ROME,
  body="""Egregio Sig. Ferri,

Le scrivo quale legale di fiducia di Autoscuola Moderna snc, che mi ha trasmesso la Sua diffida del 18 gennaio.

Prendo atto del contenuto della stessa. Mi riservo di esaminare la documentazione con i miei assistiti e di farLe pervenire una risposta compiuta nei prossimi giorni. La prego, nel frattempo, di indirizzare ogni ulteriore comunicazione relativa alla vicenda a questo studio.

Distinti saluti

Avv. Lorenzo Bianchi""",
  tail=PRIVACY_IT_2, quote=r, quote_style="outlook_orig", qto="autoscuolamoderna@pec.it",
  note="Lawyer acknowledges the formal notice and reserves a reply: neither paid, promise nor dispute yet.")

r = reminder("ale", "reminder", "48/2026", "2074.00", "2026-12-20", "2027-01-07 09:00", "Spett.le Cantine Sorelle Bazzi,")
E(lang="it", kind="client-reply-other", owner="ale",
  frm=("Martina Bazzi", "martina@cantinebazzi.it"), to=[OW("ale")],
  subject="Re: " + r["subject"], date="2027-01-07 13:14", tz=ROME,
  body="""Ciao Ale!! Buon anno!! 🥂

Scusa se rispondo a questa mail ma così non la perdo: ti scrivevo già da giorni per la nuova etichetta del Valtènesi rosé, mia sorella si è convinta finalmente a cambiare (miracolo di Natale). Ci piacerebbe qualcosa di più leggero rispetto al Groppello, magari con quell'acquerello del lago che ci avevi fatto vedere l'anno scorso alla fiera, te lo ricordi? Le bottiglie partono a fine marzo per il Vinitaly quindi avremmo bisogno delle bozze entro metà febbraio, ce la fai?

Ah, la fattura l'ho girata a Carla in amministrazione, vedi con lei.

Poi ti racconto di Capodanno, è stato un disastro meraviglioso 😂

Un abbraccio
Martina""",
  quote=r, quote_style="gmail", html="alt-gmail", cte="base64",
  note="Chatty mail about new work; the only invoice sentence says it was passed to accounts: other. The dates (fine marzo, metà febbraio) are about the new job.")

r = reminder("giulia", "reminder", "44/2026", "1464.00", "2026-12-31", "2027-01-14 09:00", "Spett.le Clinica Veterinaria San Rocco,")
E(lang="it", kind="client-reply-other", owner="giulia",
  frm=("Clinica Veterinaria San Rocco", "segreteria@vetsanrocco.it"), to=[OW("giulia")],
  subject="R: " + r["subject"], date="2027-01-15 11:45", tz=ROME,
  body="""Buongiorno dottoressa,
la dott.ssa Ferrante ha visto la sua mail e vorrebbe parlarle al telefono prima di procedere, ci sono un paio di cose sulla fattura che vuole chiarire a voce. Può chiamare in clinica martedì dopo le 14? Il numero è 0544 210 877, chieda di lei.
Grazie
Valeria – segreteria""",
  quote=r, quote_style="outlook", qto="segreteria@vetsanrocco.it",
  note="Receptionist asks for a phone call 'prima di procedere' about 'un paio di cose': no explicit contest, no promise -> other.")

r = reminder("marco", "reminder", "37/2026", "610.00", "2026-12-15", "2026-12-28 09:00", "Spett.le Onoranze Funebri Riva,")
E(lang="it", kind="client-reply-other", owner="marco",
  frm=("Nicolò Riva", "nicolo@onoranzeriva.it"), to=[OW("marco")],
  subject="R: " + r["subject"], date="2026-12-29 10:10", tz=ROME,
  body="""buongiorno
sono Nicolò, da dicembre seguo io l'amministrazione al posto di mio zio. Nel gestionale vedo due fatture sue ancora aperte, la 32 e la 37, e nel sollecito mi indica solo un importo. Mi può dire esattamente cosa è ancora da pagare e a cosa si riferiscono? Non trovo i preventivi

grazie
Nicolò Riva""",
  quote=r, quote_style="outlook", qto="nicolo@onoranzeriva.it",
  note="Nephew who inherited the admin asks which invoices are open and what they are for: question only. He names two invoices (32 and 37), so no single reference.")

r = reminder("ale", "late_fee", "40/2026", "3233.00", "2026-11-30", "2027-01-11 09:00", "Spett.le Mobilificio Arcadia srl,", deadline="2027-01-22")
E(lang="it", kind="client-reply-other", owner="ale",
  frm=("Dott. Guido Ferretti", "g.ferretti@ferrettiassociati.it"), to=[OW("ale")],
  subject="Mobilificio Arcadia srl – composizione negoziata / Vs. sollecito", date="2027-01-13 16:45", tz=ROME,
  body="""Gentile Sig.ra Rossi,

Le scrivo in qualità di advisor di Mobilificio Arcadia srl, che ha avviato in dicembre un percorso di composizione negoziata della crisi d'impresa presso la Camera di Commercio di Treviso.

In questa fase la società sta predisponendo una proposta di accordo con tutti i fornitori chirografari; il Suo credito relativo alla fattura n. 40/2026 è stato censito e sarà incluso nella proposta, che riceverà entro febbraio. Le chiedo cortesemente di sospendere nel frattempo ulteriori solleciti.

Resto a disposizione per ogni chiarimento.

Cordiali saluti
Dott. Guido Ferretti""",
  in_reply=r["msgid"], cte="quoted-printable",
  labels=dict(reference="40/2026"),
  note="Advisor of a company in a negotiated crisis procedure: the credit is recorded and a settlement proposal will come. Not a promise to pay nor a contest: other.")


# ============================================================================================
# ESPAÑOL
# ============================================================================================
LOPD_1 = """AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de su remitente. Si usted no es el destinatario final, por favor, elimínelo e infórmenos por esta vía.
De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos forman parte de un fichero cuyo responsable es el remitente, con la finalidad de mantener la relación profesional. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición dirigiéndose a la dirección del remitente."""

LOPD_2 = """Antes de imprimir este correo, piense si es necesario. El medio ambiente es cosa de todos.
La información contenida en este correo es confidencial. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo borre de inmediato."""

# ---- ES paid -------------------------------------------------------------------------------
r = reminder("lucia", "reminder", "2026-047", "1512.50", "2026-11-20", "2026-12-01 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-paid", owner="lucia",
  frm=("Gestoría Alcaraz", "contabilidad@gestoriaalcaraz.es"), to=[OW("lucia")],
  cc=[("Talleres Hermanos Ruiz", "talleresruiz@telefonica.net")],
  subject="RE: RV: " + r["subject"], date="2026-12-03 10:20", tz=MAD,
  body="""Buenos días, Sra. Martín:

Le escribo desde Gestoría Alcaraz; llevamos la contabilidad de Talleres Hermanos Ruiz, S.L., que nos ha reenviado su recordatorio.

Le confirmamos que la factura 2026-047 se abonó por transferencia el pasado 2 de diciembre desde la cuenta de la sociedad en Unicaja. Le adjuntamos el justificante bancario.

Disculpe el retraso: este mes hemos tenido cambio de apoderado en el banco y los pagos se quedaron parados unos días.

Atentamente,

Rosa Benítez
Departamento Contable
Gestoría Alcaraz – C/ Mayor 14, 2º – 30201 Cartagena
Tel. 968 50 21 33""",
  tail=LOPD_1, quote=r, quote_style="outlook", qto="talleresruiz@telefonica.net",
  html="alt-outlook", cte="quoted-printable",
  attach=[("Justificante_transferencia_2026-047.pdf", "application/pdf", fake_pdf("Justificante de transferencia 1.512,50 EUR"))],
  labels=dict(reference="2026-047"),
  note="The client's gestoría confirms the transfer made on 2 December and attaches the receipt.")

r_ezq = reminder("lucia", "due", "2026-051", "726.00", "2026-11-15", "2026-11-17 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-other", owner="lucia",
  frm=("Maite Urquiza", "administracion@bodegasezquerra.com"), to=[OW("lucia")],
  subject="RE: " + r_ezq["subject"], date="2026-11-17 12:40", tz=MAD,
  body="""Recibido, se lo paso a D. Ernesto que es quien autoriza los pagos. Un saludo

Maite Urquiza
Administración · Bodegas Ezquerra
Briones (La Rioja)""",
  quote=r_ezq, quote_style="outlook", qto="administracion@bodegasezquerra.com",
  note="Secretary acknowledges and passes the reminder to her boss; nothing more.")
E(lang="es", kind="client-reply-paid", owner="lucia",
  frm=("Maite Urquiza", "administracion@bodegasezquerra.com"), to=[OW("lucia")],
  subject="RE: " + r_ezq["subject"], date="2026-11-20 13:05", tz=MAD,
  body="""Buenas tardes Lucía,
de parte de D. Ernesto: ya está hecha la transferencia. Un saludo

Maite""",
  quote=r_ezq, quote_style="outlook", qto="administracion@bodegasezquerra.com",
  note="Same secretary three days later: 'ya está hecha la transferencia' on behalf of the boss.")

r = reminder("javier", "reminder", "JO-2026-61", "150.00", "2026-12-20", "2027-01-07 10:00", "Buenos días, Carmen Suárez:")
E(lang="es", kind="client-reply-paid", owner="javier",
  frm=("Carmen Suárez", "carmensuarez1946@hotmail.com"), to=[OW("javier")],
  subject="Re: " + r["subject"], date="2027-01-08 18:22", tz=CAN,
  body="""Hola Javier, soy Raquel la hija de Carmen, le escribo desde el correo de mi madre que ella no lo mira nunca. Mi madre anda delicada desde navidades y no se acordaba de las fotos del cumpleaños, que por cierto quedaron preciosas y las tiene puestas en el salón.
Ya le he hecho yo el Bizum de 150€ al número que pone en la factura, mire a ver si le ha llegado.
Un saludo y feliz año

Enviado desde mi Android""",
  quote=r, quote_style="gmail",
  labels=dict(amount="150.00"),
  note="Daughter writes from her mother's mailbox: Bizum of 150 € done, asks to check it arrived. Paid despite the question.")

r = reminder("lucia", "late_fee", "2026-055", "3146.00", "2026-11-15", "2026-12-14 09:00", "Estimados señores:", deadline="2026-12-23")
E(lang="es", kind="client-reply-paid", owner="lucia",
  frm=("Tesorería Grupo Mirasol", "tesoreria@grupomirasol.com"), to=[OW("lucia")],
  cc=[("Costa Brava Hoteles – Administración", "admin@costabravahoteles.es")],
  subject="RE: " + r["subject"], date="2026-12-18 11:47", tz=MAD,
  body="""Estimada Lucía:

Le contestamos desde la Tesorería de Grupo Mirasol, matriz de Costa Brava Hoteles, S.L. Desde octubre los pagos a proveedores de todas las sociedades del grupo se hacen de forma centralizada desde la matriz.

Su factura n.º 2026-055 ha sido abonada por Grupo Mirasol, S.A. en la remesa del 15/12, junto con otras facturas de la filial. En el extracto la verá como ordenante "GRUPO MIRASOL SA" y en el concepto "CBH 2026-055".

Puede seguir emitiendo las facturas a nombre de Costa Brava Hoteles.

Un saludo,
Jordi Puig
Tesorería – Grupo Mirasol, S.A.
Lloret de Mar""",
  quote=r, quote_style="outlook", qto="admin@costabravahoteles.es",
  labels=dict(reference="2026-055"),
  note="Parent company paid the subsidiary's invoice in its 15/12 batch; payer name differs from the client.")

r = reminder("javier", "due", "JO-2026-48", "907.50", "2026-11-20", "2026-11-23 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-paid", owner="javier",
  frm=("Alejandro Trujillo", "administracion@atlanticosur.es"), to=[OW("javier")],
  subject="RE: " + r["subject"], date="2026-11-24 09:12", tz=CAN,
  body="""Buenos días Javier:

Soy Alejandro, me incorporé la semana pasada a la administración de Inmobiliaria Atlántico Sur sustituyendo a Cristina, así que todavía me estoy situando.

He revisado el banco y la transferencia de 907,50 € a su nombre salió el 18/11, dos días antes del vencimiento. Le adjunto una captura del movimiento. Si no le consta, dígamelo y lo reviso con la entidad.

Saludos,
Alejandro Trujillo
Inmobiliaria Atlántico Sur · Las Palmas de Gran Canaria""",
  quote=r, quote_style="outlook", qto="administracion@atlanticosur.es",
  attach=[("captura_movimiento.png", "image/png", fake_png())],
  labels=dict(amount="907.50"),
  note="New employee who took over the file finds the transfer of 18/11 and attaches a screenshot.")

r_par = reminder("lucia", "reminder", "2026-050", "605.00", "2026-11-25", "2026-12-09 09:00", "Estimados señores:")
fw_par_text = ("Rocío, ¿puedes mirar esto? Gracias\n\nAndrés\n\n" + forward_text("gmail", "es", r_par, to="andres@editorialparra.es"))
fw_par = human("Andrés Parra", "andres@editorialparra.es", "2026-12-09 12:02", MAD, "Fwd: " + r_par["subject"], fw_par_text, "es")
E(lang="es", kind="client-reply-other", owner="lucia",
  frm=("Andrés Parra", "andres@editorialparra.es"),
  to=[("Rocío Lozano", "rocio@editorialparra.es")], cc=[OW("lucia")],
  subject="Fwd: " + r_par["subject"], date="2026-12-09 12:02", tz=MAD,
  body="Rocío, ¿puedes mirar esto? Gracias\n\nAndrés",
  fwd=r_par, fwd_style="gmail", qto="andres@editorialparra.es", in_reply=r_par["msgid"],
  note="The client forwards the reminder to his colleague with the freelancer in cc: just 'can you look at this'.")
E(lang="es", kind="client-reply-paid", owner="lucia",
  frm=("Rocío Lozano", "rocio@editorialparra.es"),
  to=[("Andrés Parra", "andres@editorialparra.es")], cc=[OW("lucia")],
  subject="Re: Fwd: " + r_par["subject"], date="2026-12-09 16:30", tz=MAD,
  body="""Andrés, esta ya está pagada, salió en la remesa del día 5 junto con la de la imprenta. Te lo dejé apuntado en el Excel de proveedores.

Lucía, perdona el lío, debe de estar al caer. Si el lunes no la ves dímelo y pido el justificante al banco.

Rocío""",
  quote=fw_par, quote_style="gmail", refs=[r_par["msgid"], fw_par["msgid"]],
  note="Colleague's reply-all: paid in the batch of the 5th. 'Si el lunes no la ves' is a check, not a promise.")

r = reminder("lucia", "reminder", "2026-052", "2420.00", "2026-12-31", "2027-01-15 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-paid", owner="lucia",
  frm=("Asesoría Fiscal Domínguez y Asociados", "administracion@dominguezasesores.es"), to=[OW("lucia")],
  cc=[("Clínica Fisioterapia Sanz", "fisiosanz@gmail.com")],
  subject="RE: " + r["subject"], date="2027-01-21 12:00", tz=MAD,
  body="""Estimada Sra. Martín:

En nombre de nuestro cliente Clínica de Fisioterapia Sanz, S.L.P., le informamos de que su factura n.º 2026-052 ha sido abonada mediante transferencia bancaria con fecha valor 20/01/2027.

Sin otro particular, reciba un cordial saludo.

Dpto. de Contabilidad
Asesoría Fiscal Domínguez y Asociados
Avda. de la Constitución 41 – 41001 Sevilla
Tel. 954 22 87 10""",
  tail=LOPD_1, quote=r, quote_style="outlook", qto="fisiosanz@gmail.com",
  html="only-outlook", charset="windows-1252", cte="quoted-printable",
  labels=dict(reference="2026-052"),
  note="Tax adviser's office, HTML-only Outlook in windows-1252: 'ha sido abonada ... fecha valor 20/01/2027'.")

r = reminder("javier", "due", "JO-2026-66", "540.00", "2026-12-26", "2026-12-28 09:00", "Buenos días, Fernando Hernández:")
E(lang="es", kind="client-reply-paid", owner="javier",
  frm=("Asesoría Medina – Nayra", "nayra@asesoriamedina.com"), to=[OW("javier")],
  cc=[("Fernando Hernández", "fer.hernandez.surf@gmail.com")],
  subject="RE: " + r["subject"], date="2026-12-29 08:55", tz=CAN,
  body="""Buenos días,
transferencia realizada esta mañana por cuenta de Fernando.
Saludos

Nayra Cabrera
Asesoría Medina · Fiscal, laboral y contable
C/ Triana 88, 1º · 35002 Las Palmas de GC""",
  tail=LOPD_2, quote=r, quote_style="outlook", qto="fer.hernandez.surf@gmail.com",
  note="The client's adviser's assistant: 'transferencia realizada' with no payment verb in the first person.")

r = reminder("lucia", "final", "2027-004", "1210.00", "2027-01-20", "2027-02-08 09:00", "Estimados señores:", deadline="2027-02-22")
E(lang="es", kind="client-reply-paid", owner="lucia",
  frm=("Administración Concursal Construcciones Vélez", "concurso.velez@acmarquezabogados.es"), to=[OW("lucia")],
  subject="RE: " + r["subject"] + " – Concurso 412/2026 Construcciones Vélez, S.L.", date="2027-02-15 13:30", tz=MAD,
  body="""Estimada Sra. Martín:

Como administración concursal de Construcciones Vélez, S.L. (concurso n.º 412/2026, Juzgado de lo Mercantil n.º 2 de Málaga), le comunicamos que su factura n.º 2027-004, correspondiente a los trabajos de señalética encargados por la administración concursal para la continuidad de la actividad, tiene la consideración de crédito contra la masa.

En consecuencia, con fecha de hoy se ha procedido al pago de dicho crédito por importe de 1.210,00 € mediante transferencia desde la cuenta de la masa.

Atentamente,

Pablo Márquez Ibáñez
Administrador concursal
Márquez Abogados y Economistas, S.L.P.""",
  tail=LOPD_1, quote=r, quote_style="outlook", qto="administracion@construccionesvelez.es",
  cte="quoted-printable",
  labels=dict(amount="1210.00", reference="2027-004"),
  note="Insolvency administrator pays a post-insolvency (against the estate) credit: paid today.")

r = reminder("javier", "reminder", "JO-2027-03", "380.00", "2027-01-20", "2027-01-28 10:00", "Buenos días, Yurena Déniz:")
E(lang="es", kind="client-reply-paid", owner="javier",
  frm=("Pedro Afonso", "pedroafonso82@gmail.com"), to=[OW("javier")],
  cc=[("Yurena Déniz", "yurena@yurenadenizyoga.com")],
  subject="Re: " + r["subject"], date="2027-02-01 20:14", tz=CAN,
  body="""Hola Javier, soy Pedro, el marido de Yurena. Ella está de baja por el parto 👶 y me pidió que te dijera que ya te hizo la transferencia el viernes desde la app. ¿Te ha llegado? Es que no nos sale el justificante y no sabemos si se quedó colgada.
Gracias por las fotos del estudio, están quedando genial en la web!!
Pedro""",
  quote=r, quote_style="gmail",
  note="Client's husband (she is on maternity leave) says she paid on Friday and asks whether it arrived: paid + question = paid.")

# ---- ES promise ----------------------------------------------------------------------------
r = reminder("lucia", "reminder", "2026-058", "847.00", "2026-12-31", "2027-01-11 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-promise", owner="lucia",
  frm=("Gestoría Nieto – Contabilidad", "contabilidad@gestorianieto.es"), to=[OW("lucia")],
  cc=[("Clínica Dental Sonrisas Getafe", "gerencia@sonrisasgetafe.es")],
  subject="RE: " + r["subject"], date="2027-01-12 10:05", tz=MAD,
  body="""Buenos días Lucía,

te escribo desde la gestoría de Clínica Dental Sonrisas; nos han pasado tu recordatorio.

La factura ya está contabilizada y entra en la remesa del 25, que es cuando la clínica paga a todos los proveedores. Si hubiera cualquier cambio te aviso.

Un saludo,
Sergio Nieto""",
  quote=r, quote_style="outlook", qto="gerencia@sonrisasgetafe.es",
  labels=dict(promised_date="2027-01-25"),
  note="Gestoría: 'entra en la remesa del 25' written on 12 January -> 25 January.")

r = reminder("javier", "reminder", "JO-2026-52", "1284.00", "2026-11-20", "2026-11-30 10:00", "Estimados señores:")
E(lang="es", kind="client-reply-promise", owner="javier",
  frm=("Secretaría Dirección – Hotel Roque Nublo", "secretaria.direccion@hotelroquenublo.com"), to=[OW("javier")],
  subject="RE: " + r["subject"], date="2026-12-01 11:11", tz=CAN,
  body="""Buenos días Sr. Ortega,

le comento de parte de D. Andrés Rivero: los pagos a proveedores los firma él los viernes, y su factura ya la tiene en la carpeta de firmas. El viernes sale sin falta.

Un cordial saludo,
Mercedes Santana
Secretaría de Dirección
Hotel Roque Nublo ****""",
  quote=r, quote_style="outlook", qto="secretaria.direccion@hotelroquenublo.com",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(promised_date="2026-12-04"),
  note="Director's secretary: 'el viernes sale' written Tuesday 1 December (Canary time) -> Friday 4 December.")

r = reminder("lucia", "due", "2026-044", "363.00", "2026-11-10", "2026-11-11 09:00", "Buenos días, Julián Ferrer:")
E(lang="es", kind="client-reply-promise", owner="lucia",
  frm=("Julián Ferrer", "julianferrer.ebanista@gmail.com"), to=[OW("lucia")],
  subject="Re: " + r["subject"], date="2026-11-13 21:48", tz=MAD,
  body="""Buenas noches Lucía,

soy Marcos, el hijo de Julián. Mi padre está ingresado en La Paz desde el lunes (el corazón, otra vez) y estoy yo mirándole el correo.

Ahora mismo no tengo acceso a sus cuentas, pero en cuanto le den el alta lo pagamos, no te preocupes. Te pido un poco de paciencia.

Gracias,
Marcos Ferrer""",
  quote=r, quote_style="gmail",
  note="Client's son: 'en cuanto le den el alta lo pagamos' -> promise without a date.")

r = reminder("javier", "late_fee", "JO-2026-63", "2140.00", "2026-12-31", "2027-02-02 10:00", "Estimados señores:", deadline="2027-02-12")
E(lang="es", kind="client-reply-promise", owner="javier",
  frm=("Eduardo Padrón", "administracion@hoteldunasmar.com"), to=[OW("javier")],
  subject="RE: " + r["subject"], date="2027-02-03 12:30", tz=CAN,
  body="""Buenos días Javier:

Te escribo yo porque soy el nuevo responsable de administración del Dunas Mar desde el 15 de enero; Yaiza ya no está en la empresa y me he encontrado bastantes cosas sin cerrar.

Tu factura de las fotos de la web está bien y es correcta. El problema es que todavía no tengo firma autorizada en el banco (estamos con el cambio de apoderados en el notario), así que no podré pagarla hasta final de mes. Te pido disculpas por el retraso.

Un saludo,
Eduardo Padrón
Administración – Hotel Dunas Mar, Maspalomas""",
  quote=r, quote_style="outlook", qto="administracion@hoteldunasmar.com",
  labels=dict(promised_date="2027-02-28"),
  note="New head of admin: cannot pay 'hasta final de mes' (no bank signature yet) -> promise for 28 February.")

r = reminder("lucia", "reminder", "2026-057", "4235.00", "2026-12-20", "2027-01-18 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-promise", owner="lucia",
  frm=("Contas a Pagar – Grupo Vinhal", "contasapagar@grupovinhal.pt"), to=[OW("lucia")],
  cc=[("Vinhal Ibérica", "administracion@vinhaliberica.es")],
  subject="RE: " + r["subject"], date="2027-01-20 10:25", tz="Europe/Lisbon",
  body="""Estimada Sra. Martín,

le escribimos desde el departamento de cuentas a pagar de Grupo Vinhal, en Oporto, que gestiona los pagos de nuestra filial Vinhal Ibérica, S.L.

Según las condiciones del grupo, las facturas se abonan a 60 días desde la fecha de factura; en su caso la factura n.º 2026-057 se abonará el 15 de febrero. Disculpe que nadie le informara antes.

Con los mejores saludos,
Inês Carvalho
Contas a Pagar | Accounts Payable
Grupo Vinhal, S.A. – Porto""",
  quote=r, quote_style="outlook", qto="administracion@vinhaliberica.es",
  labels=dict(promised_date="2027-02-15", reference="2026-057"),
  note="Parent company's AP (Portugal, writing Spanish, Lisbon time zone): will pay on 15 February.")

r = reminder("lucia", "final", "2026-039", "1815.00", "2026-10-31", "2027-01-21 09:00", "Estimados señores:", deadline="2027-02-04")
E(lang="es", kind="client-reply-promise", owner="lucia",
  frm=("Ignacio Sáez – Sáez & Olmedo Abogados", "isaez@saezolmedo.es"), to=[OW("lucia")],
  cc=[("Reformas Olivar", "reformasolivar@gmail.com")],
  subject="RE: " + r["subject"], date="2027-01-28 17:20", tz=MAD,
  body="""Estimada Sra. Martín:

Me dirijo a usted en nombre y representación de Reformas Olivar, S.L., que me ha dado traslado de su requerimiento de pago de 21 de enero.

Tras revisar la documentación con mi representada, le confirmo que Reformas Olivar abonará el importe íntegro de la factura n.º 2026-039, 1.815,00 €, el próximo lunes mediante transferencia a la cuenta indicada en su requerimiento, sin necesidad por tanto de acudir a ninguna otra vía.

Le ruego que, recibido el pago, nos confirme el cierre del expediente.

Atentamente,

Ignacio Sáez Moreno
Abogado – Colegiado ICAM 98.114
Sáez & Olmedo Abogados – Madrid""",
  tail=LOPD_1, quote=r, quote_style="outlook", qto="reformasolivar@gmail.com",
  labels=dict(promised_date="2027-02-01", amount="1815.00", reference="2026-039"),
  note="Client's lawyer answers the formal demand: will pay in full 'el próximo lunes' (Thursday 28 January -> Monday 1 February).")

r_cha = reminder("javier", "reminder", "JO-2026-58", "460.00", "2026-12-05", "2026-12-15 10:00", "Estimados señores:")
fw_cha_text = ("Ayoze mira esto del fotógrafo porfa, yo estoy liada con las cenas de empresa\n\n"
               + forward_text("outlook", "es", r_cha, to="reservas@restaurantelamarea.es"))
fw_cha = human("Guacimara Ramos", "reservas@restaurantelamarea.es", "2026-12-15 13:05", CAN, "RV: " + r_cha["subject"], fw_cha_text, "es")
E(lang="es", kind="client-reply-promise", owner="javier",
  frm=("Ayoze Ramos", "ayoze@restaurantelamarea.es"),
  to=[("Guacimara Ramos", "reservas@restaurantelamarea.es")], cc=[OW("javier")],
  subject="RE: RV: " + r_cha["subject"], date="2026-12-15 19:40", tz=CAN,
  body="""Guaci lo meto en el pago de mañana con lo del pescado.
Javier perdona, se nos pasó con el lío de diciembre.
Ayoze""",
  quote=fw_cha, quote_style="outlook", qto="Ayoze Ramos <ayoze@restaurantelamarea.es>", refs=[r_cha["msgid"], fw_cha["msgid"]],
  labels=dict(promised_date="2026-12-16"),
  note="Reply-all between two people at the restaurant: 'lo meto en el pago de mañana' (Tuesday 15 December) -> 16 December.")

r = reminder("javier", "late_fee", "JO-2026-55", "320.00", "2026-12-10", "2027-01-18 10:00", "Estimados señores:", deadline="2027-01-29")
E(lang="es", kind="client-reply-promise", owner="javier",
  frm=("Nayra Perera", "nayraperera.cuentas@gmail.com"), to=[OW("javier")],
  cc=[("Bar El Charco", "barelcharco.puertodelacruz@gmail.com")],
  subject="Re: " + r["subject"], date="2027-01-19 23:40", tz=CAN,
  body="""Hola Javier soy Nayra, la que le lleva las cuentas a mi tío del Bar El Charco. Me acaba de enseñar tu correo, mañana sin falta te lo mando que hoy se me pasó por completo. Perdona de verdad""",
  quote=r, quote_style="gmail", html="alt-gmail",
  labels=dict(promised_date="2027-01-20"),
  note="Niece who does her uncle's books, late at night Canary time (already 20 January in Madrid): 'mañana' resolves in the sender's zone -> 20 January.")

r_lin = reminder("lucia", "due", "2026-048", "990.00", "2026-11-25", "2026-11-27 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-promise", owner="lucia",
  frm=("Beatriz Calvo", "administracion@academialingua.es"),
  to=[("Olga Serrano", "direccion@academialingua.es")], cc=[OW("lucia")],
  subject="RE: " + r_lin["subject"], date="2026-11-30 10:15", tz=MAD,
  body="""Olga, lo de Lucía hoy no puedo, que el banco nos tiene bloqueada la firma hasta que no se suba el poder nuevo. El jueves se lo pago sin falta.

Lucía, te pongo en copia para que lo sepas. Perdona.

Bea""",
  quote=r_lin, quote_style="outlook", qto="direccion@academialingua.es",
  labels=dict(promised_date="2026-12-03"),
  note="Admin writes to her director with the freelancer in cc: 'hoy no puedo, el jueves' (Monday 30 November) -> Thursday 3 December.")

r = reminder("lucia", "reminder", "2026-053", "1573.00", "2026-12-10", "2026-12-21 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-promise", owner="lucia",
  frm=("Asesoría Gómez Llorente", "asesoria@gomezllorente.com"), to=[OW("lucia")],
  cc=[("Autoescuela Vía Libre", "vialibre.alcala@gmail.com")],
  subject="RE: " + r["subject"], date="2026-12-22 13:40", tz=MAD,
  body="""Buenos días:

Somos la asesoría de Autoescuela Vía Libre. El cliente nos comenta que este mes ha ido muy justo con las pagas extra y que su factura se la abonarán a primeros de mes, con el cobro de las matrículas de enero.

Disculpe las molestias y felices fiestas.

Asesoría Gómez Llorente""",
  quote=r, quote_style="outlook", qto="vialibre.alcala@gmail.com",
  note="Client's adviser: 'a primeros de mes' is a promise with no precise date.")

# ---- ES dispute ----------------------------------------------------------------------------
r = reminder("javier", "final", "JO-2026-39", "2450.00", "2026-10-15", "2027-02-03 10:00", "Buenos días, Cristina Melián:", deadline="2027-02-17")
E(lang="es", kind="client-reply-dispute", owner="javier",
  frm=("Lcdo. Tomás Bethencourt", "tbethencourt@bethencourtabogados.com"), to=[OW("javier")],
  cc=[("Cristina Melián", "crismelian@gmail.com")],
  subject="Requerimiento factura JO-2026-39 – Dña. Cristina Melián", date="2027-02-10 12:45", tz=CAN,
  body="""Sr. Ortega:

Actúo en nombre de Dña. Cristina Melián Suárez en relación con su requerimiento de pago de 3 de febrero.

Mi representada no reconoce la deuda reclamada. El reportaje de boda contratado el 8 de agosto de 2026 se entregó con más de dos meses de retraso respecto al plazo pactado de treinta días, faltan la totalidad de las fotografías de la ceremonia civil y el álbum impreso entregado presenta defectos de impresión que le fueron comunicados por escrito el 2 de diciembre sin que usted diera respuesta.

Por ello, mi representada considera que la prestación no se ha cumplido en los términos acordados y no abonará la factura JO-2026-39 en tanto no se resuelvan dichos incumplimientos. Quedamos abiertos a una negociación, en los términos de la Ley Orgánica 1/2025 que usted mismo cita, para acordar una reducción del precio.

Atentamente,

Tomás Bethencourt Ramírez
Abogado – ICA Las Palmas n.º 4.387""",
  tail=LOPD_1, in_reply=r["msgid"],
  labels=dict(reference="JO-2026-39"),
  note="Client's lawyer rejects the debt (late, incomplete, defective work) and proposes negotiating a price reduction.")

r = reminder("lucia", "reminder", "2026-049", "1000.00", "2026-11-30", "2026-12-09 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-dispute", owner="lucia",
  frm=("Gestoría Ibáñez", "laboral@gestoriaibanez.es"), to=[OW("lucia")],
  cc=[("Arquitectura Vidal", "estudio@vidalarquitectura.es")],
  subject="RE: " + r["subject"], date="2026-12-10 09:34", tz=MAD,
  body="""Buenos días,

llevamos la contabilidad de Vidal Arquitectura, S.L.P. Revisando su factura 2026-049 vemos que no incluye la retención del 15 % de IRPF, que procede al ser usted profesional y nuestro cliente una sociedad.

No podemos contabilizarla ni pagarla así. Le rogamos que emita una factura rectificativa aplicando la retención (total a pagar 850,00 € en vez de 1.000,00 €) y la tramitaremos en la siguiente remesa.

Un saludo,
Pilar Ibáñez
Gestoría Ibáñez""",
  quote=r, quote_style="outlook", qto="estudio@vidalarquitectura.es",
  labels=dict(reference="2026-049", amount="850.00"),
  note="Client's gestoría rejects the invoice (missing IRPF withholding), asks for a corrective invoice for 850 instead of 1.000.")

r = reminder("lucia", "due", "2026-054", "546.00", "2026-12-15", "2026-12-16 09:00", "Buenos días, Mercedes Rubio:")
E(lang="es", kind="client-reply-dispute", owner="lucia",
  frm=("Mercedes Rubio", "merchirubio@yahoo.es"), to=[OW("lucia")],
  subject="Re: " + r["subject"], date="2026-12-17 11:52", tz=MAD,
  body="""Hola Lucía, soy Ana, la hija de Mercedes. Mi madre me ha pasado tu correo porque no entendía el importe.

Ella te encargó el diseño de las invitaciones para las bodas de oro, eso sí, pero no 200 invitaciones impresas: dice que quedasteis en que le mandabas el archivo y las imprimía mi hermano en la copistería, que es lo que hemos hecho. Así que la impresión no la vamos a pagar.

Le he dicho que te pague los 180 € del diseño, que es lo que le dijiste por teléfono. Si me mandas una factura solo con eso se la paso y la paga.

Un saludo,
Ana""",
  quote=r, quote_style="gmail",
  labels=dict(amount="180.00"),
  note="Daughter from her mother's mailbox: the printing was never ordered; will pay only the design (180 €). Partial acceptance + contest = dispute.")

r = reminder("lucia", "late_fee", "2026-046", "4598.00", "2026-11-15", "2026-12-15 09:00", "Estimados señores:", deadline="2026-12-23")
E(lang="es", kind="client-reply-dispute", owner="lucia",
  frm=("Compras Corporativas – Grupo Alvarado", "compras@grupoalvarado.com"), to=[OW("lucia")],
  cc=[("Alvarado Retail", "admin@alvaradoretail.es")],
  subject="RE: " + r["subject"], date="2026-12-16 16:08", tz=MAD,
  body="""Estimada Lucía:

Desde compras corporativas del grupo revisamos todas las facturas de servicios de las filiales.

En su factura 2026-046 a Alvarado Retail figuran 38 horas de diseño para la campaña de Navidad, pero en el pedido solo se aprobaron 30 horas; las 8 restantes no tienen aprobación de nadie del grupo. Vamos a pagar únicamente las 30 horas aprobadas y, para el resto, necesitamos un abono o una justificación firmada por el responsable de marketing.

Saludos cordiales,
Marta Alvarado
Compras Corporativas – Grupo Alvarado""",
  quote=r, quote_style="outlook", qto="admin@alvaradoretail.es",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(reference="2026-046"),
  note="Parent company's purchasing: will pay only 30 of 38 billed hours and wants a credit note: dispute.")

r = reminder("lucia", "reminder", "2026-056", "1331.00", "2026-12-20", "2027-01-08 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-dispute", owner="lucia",
  frm=("Raúl Montero", "rmontero@floristeriasvalle.es"), to=[OW("lucia")],
  subject="RE: " + r["subject"], date="2027-01-11 10:40", tz=MAD,
  body="""Buenos días Lucía,

soy Raúl, llevo desde diciembre la parte administrativa de Floristerías del Valle (antes lo llevaba Sonia, que ya no está con nosotros).

Revisando tu factura 2026-056 veo que el concepto ("Diseño catálogo San Valentín, 1ª entrega") y el importe son exactamente los mismos que los de la 2026-038, que pagamos en octubre. Entendemos que es un duplicado y no la vamos a pagar; si es así, por favor anúlala con una factura rectificativa.

Si me equivoco y es un trabajo distinto, explícamelo, porque en lo que me dejó Sonia no hay nada más.

Un saludo,
Raúl Montero""",
  quote=r, quote_style="outlook", qto="rmontero@floristeriasvalle.es",
  labels=dict(reference="2026-056"),
  note="New employee: the invoice duplicates 2026-038, already paid; will not pay and asks to cancel it. 'already billed' -> dispute (the paid invoice is another one).")

r_mar = reminder("javier", "reminder", "JO-2026-57", "695.00", "2026-12-01", "2026-12-11 10:00", "Estimados señores:")
fw_mar_text = ("Dácil, esto es del fotógrafo de la carta nueva, ¿lo pagas tú?\n\n" + forward_text("outlook", "es", r_mar, to="info@casamarcial.es"))
fw_mar = human("Marcial Quintana", "info@casamarcial.es", "2026-12-11 12:30", CAN, "RV: " + r_mar["subject"], fw_mar_text, "es")
E(lang="es", kind="client-reply-dispute", owner="javier",
  frm=("Dácil Quintana", "dacil@casamarcial.es"),
  to=[("Marcial Quintana", "info@casamarcial.es")], cc=[OW("javier")],
  subject="RE: RV: " + r_mar["subject"], date="2026-12-11 17:02", tz=CAN,
  body="""Papá no, todavía no. Faltan las fotos de la segunda sesión, la de los postres y la terraza, que se suspendió por la lluvia y nunca se repitió. La factura es por las dos sesiones completas.

Javier, como te dije por WhatsApp, en cuanto hagamos la segunda sesión se paga entera. Si no, que nos hagas factura solo de la primera.

Dácil""",
  quote=fw_mar, quote_style="outlook", qto="Dácil Quintana <dacil@casamarcial.es>", refs=[r_mar["msgid"], fw_mar["msgid"]],
  note="Daughter in the family restaurant replies to all: invoice covers a session never done; pay later or re-invoice only the first one: dispute.")

r = reminder("lucia", "late_fee", "2026-043", "2299.00", "2026-10-31", "2026-12-01 09:00", "Estimados señores:", deadline="2026-12-11")
E(lang="es", kind="client-reply-dispute", owner="lucia",
  frm=("Administración Concursal Muebles Roda", "ac.mueblesroda@peralconcursal.es"), to=[OW("lucia")],
  subject="RE: " + r["subject"] + " – Concurso Muebles Roda, S.L.", date="2026-12-04 12:10", tz=MAD,
  body="""Estimada Sra. Martín:

En relación con su escrito, le recordamos que Muebles Roda, S.L. se encuentra en concurso de acreedores (Juzgado de lo Mercantil n.º 1 de Valencia, concurso 233/2026) y que su crédito ya fue comunicado a esta administración concursal el 14 de noviembre.

No obstante, debemos advertirle de que la administración concursal no reconoce el importe de 2.299,00 € que usted reclama. Según la documentación de la concursada, el encargo aceptado ascendía a 1.800,00 €, IVA incluido; el resto corresponde a trabajos adicionales que no constan autorizados. El crédito se incluirá en la lista de acreedores por 1.800,00 €, sin perjuicio de su derecho a impugnarla.

Atentamente,
Elena Peral
Administradora concursal""",
  quote=r, quote_style="outlook", qto="administracion@mueblesroda.es",
  labels=dict(amount="1800.00"),
  note="Insolvency administrator contests the amount: only 1.800 € will be recognised instead of 2.299 €. No payment now.")

r = reminder("javier", "reminder", "JO-2026-64", "650.00", "2026-12-15", "2026-12-28 10:00", "Buenos días, Pilar Batista:")
E(lang="es", kind="client-reply-dispute", owner="javier",
  frm=("Consulta Dra. Batista", "consulta@drabatista.es"), to=[OW("javier")],
  subject="RE: " + r["subject"], date="2026-12-29 12:22", tz=CAN,
  body="""Buenos días Javier,

dice Dña. Pilar que ustedes habían quedado en 500 € por las fotos del equipo para la web y no en 650, que se lo dijo usted mismo el día de la sesión. Que le mande otra factura con los 500 y se la pagamos esta semana.

Saludos,
Loli (recepción)""",
  quote=r, quote_style="outlook", qto="consulta@drabatista.es",
  labels=dict(amount="500.00"),
  note="Receptionist relays a price dispute (agreed 500, billed 650): dispute; the conditional payment on a new invoice does not make it a promise.")

# ---- ES other ------------------------------------------------------------------------------
r = reminder("lucia", "due", "2026-059", "290.40", "2026-12-31", "2027-01-04 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-other", owner="lucia",
  frm=("Gestoría Alba", "gestion@gestoriaalba.es"), to=[OW("lucia")],
  cc=[("Asociación Cultural El Molino", "asoc.elmolino@gmail.com")],
  subject="RE: " + r["subject"], date="2027-01-05 10:15", tz=MAD,
  body="""Buenos días:

Somos la gestoría de la Asociación Cultural El Molino. La asociación tiene concedida una subvención del Ayuntamiento y para justificarla nos piden todas las facturas con NIF de la asociación y fecha de pago.

La suya está emitida a nombre de la presidenta (Dña. Isabel Ruano) y no de la asociación. ¿Nos podría indicar si puede hacerla a nombre de la asociación, con NIF G-45887123? Así la incluimos en la justificación.

Gracias y un saludo.""",
  quote=r, quote_style="outlook", qto="asoc.elmolino@gmail.com",
  note="Gestoría asks whether the invoice can be issued to the association instead of the president: administrative question, no refusal, no claim.")

r = reminder("javier", "reminder", "JO-2026-59", "1120.00", "2026-12-10", "2026-12-21 10:00", "Estimados señores:")
E(lang="es", kind="client-reply-other", owner="javier",
  frm=("Daniel Brito", "dbrito@autosbrito.es"), to=[OW("javier")],
  subject="RE: " + r["subject"], date="2026-12-22 09:20", tz=CAN,
  body="""Hola Javier, buenos días

Soy Daniel, el hijo de Lorenzo. Desde este mes llevo yo las cuentas del concesionario porque mi padre se está retirando poco a poco.

No encuentro tu factura por ningún lado, ni en el correo de mi padre ni en la carpeta de facturas. ¿Me la puedes reenviar a este correo, por favor? Y si puedes, dime también a qué corresponde, que no sé si es lo de las fotos de los coches de ocasión o lo del catálogo.

Gracias!""",
  quote=r, quote_style="outlook", qto="dbrito@autosbrito.es",
  note="Son who inherited the books asks to resend the invoice and what it is for: question only.")

r = reminder("lucia", "late_fee", "2026-045", "484.00", "2026-11-15", "2026-12-14 09:00", "Buenos días, Enrique Lafuente:", deadline="2026-12-23")
E(lang="es", kind="client-reply-other", owner="lucia",
  frm=("Enrique Lafuente", "e.lafuente@lafuenteabogados.es"), to=[OW("lucia")],
  subject="Re: " + r["subject"], date="2026-12-16 19:30", tz=MAD,
  body="""Estimada Lucía:

Soy Carlota Lafuente, hija de Enrique. Lamento comunicarle que mi padre falleció el pasado 28 de noviembre.

Sé que usted le estaba preparando el logotipo para el despacho. La herencia está en trámite en la Notaría de D. Francisco Almela (Valencia, tel. 963 52 14 00), a la que le ruego dirija cualquier reclamación relacionada con sus asuntos profesionales, indicando el número de protocolo 2.318/2026.

Gracias por su comprensión.
Carlota Lafuente""",
  quote=r, quote_style="gmail", flowed=True,
  note="Daughter announces the client's death and refers claims to the notary handling the estate: other.")

r = reminder("lucia", "final", "2026-040", "2662.00", "2026-10-31", "2027-01-12 09:00", "Estimados señores:", deadline="2027-01-26")
E(lang="es", kind="client-reply-other", owner="lucia",
  frm=("Moreno Vals Abogados", "despacho@morenovals.es"), to=[OW("lucia")],
  subject="RE: " + r["subject"], date="2027-01-14 13:15", tz=MAD,
  body="""Estimada Sra. Martín:

Acusamos recibo de su requerimiento de pago de fecha 12 de enero de 2027 dirigido a nuestro cliente Eventos Lumbre, S.L.

Le informamos de que hemos dado traslado del mismo a nuestro cliente y que le daremos respuesta en el plazo de los próximos diez días hábiles. Le rogamos que, en lo sucesivo, cualquier comunicación relativa a este asunto se dirija a este despacho.

Atentamente,

Elena Vals Moreno
Moreno Vals Abogados""",
  tail=LOPD_1, quote=r, quote_style="outlook", qto="eventoslumbre@gmail.com",
  note="Lawyer acknowledges the formal demand and promises an answer (not a payment): other.")

r = reminder("javier", "due", "JO-2027-01", "2360.00", "2027-01-31", "2027-02-01 10:00", "Estimados señores:")
E(lang="es", kind="client-reply-other", owner="javier",
  frm=("Cuentas a Pagar – Grupo Insular de Alimentación", "proveedores@grupoinsular.es"), to=[OW("javier")],
  cc=[("Supermercados Tamarán", "marketing@supertamaran.es")],
  subject="RE: " + r["subject"], date="2027-02-02 11:48", tz=CAN,
  body="""Buenos días,

la gestión de facturas de Supermercados Tamarán se realiza desde el departamento de cuentas a pagar de la matriz, Grupo Insular de Alimentación.

Su factura JO-2027-01 no indica número de pedido. Sin el número de pedido (formato PED-XXXXXX) el sistema no nos permite contabilizarla ni incluirla en remesa. Por favor, solicite el número a su contacto en marketing y reenvíenos la factura indicándolo.

Saludos cordiales,
Departamento de Cuentas a Pagar
Grupo Insular de Alimentación, S.A.""",
  quote=r, quote_style="outlook", qto="marketing@supertamaran.es",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(reference="JO-2027-01"),
  note="Parent company AP needs a purchase-order number: question, no contest.")

r = reminder("javier", "late_fee", "JO-2026-44", "1712.00", "2026-10-31", "2026-12-01 10:00", "Estimados señores:", deadline="2026-12-11")
E(lang="es", kind="client-reply-other", owner="javier",
  frm=("Administración Concursal Eventos Macaronesia", "concurso.macaronesia@leonconcursal.es"), to=[OW("javier")],
  subject="Concurso Eventos Macaronesia, S.L. – comunicación de créditos", date="2026-12-03 10:05", tz=CAN,
  body="""Sr. Ortega:

En contestación a su correo de 1 de diciembre, le informamos de que por auto de 20 de noviembre de 2026 el Juzgado de lo Mercantil n.º 1 de Las Palmas declaró en concurso a Eventos Macaronesia, S.L. (concurso 512/2026) y nombró administrador concursal a quien suscribe.

La sociedad no puede atender pagos de créditos anteriores a la declaración. Para que su crédito se incluya en la lista de acreedores debe comunicarlo a esta administración concursal, en el plazo de un mes desde la publicación en el BOE, por escrito a esta dirección, indicando importe, fecha de vencimiento y adjuntando copia de la factura.

Atentamente,
José León Viera
Administrador concursal""",
  in_reply=r["msgid"],
  note="Insolvency administrator: the company cannot pay, file the credit. Not paid, not promised, not contested.")

r = reminder("javier", "reminder", "JO-2026-62", "780.00", "2026-12-15", "2026-12-28 10:00", "Estimados señores:")
E(lang="es", kind="client-reply-other", owner="javier",
  frm=("Naira Socas", "marketing@surfcampfamara.com"), to=[OW("javier")],
  subject="Re: " + r["subject"], date="2026-12-29 11:34", tz=CAN,
  body="""Holaaa Javier! Feliz navidad atrasada 🎄🌊

Oye te escribo por aquí que por WhatsApp se me pierden las cosas. Queremos hacer el catálogo de primavera con las fotos nuevas de la escuela y de los bungalows, ¿tienes hueco la semana del 18 de enero? Habría que hacerlo con buena luz, a poder ser por la mañana temprano antes de que salgan los grupos, y a lo mejor alguna con dron si se puede (¿tú tienes licencia o buscamos a alguien?).

Lo de la factura lo miro con Kevin que es el que lleva los pagos, yo de eso no me entero mucho jajaja

Besos!!
Naira
Marketing · Surf Camp Famara · Lanzarote""",
  quote=r, quote_style="gmail", html="alt-gmail", cte="base64",
  note="Marketing person talks about a new shoot; 'lo de la factura lo miro con Kevin' is not a promise to pay: other.")

r = reminder("lucia", "courtesy", "2026-060", "1089.00", "2027-01-15", "2027-01-10 09:00", "Estimados señores:", issue="2026-12-16")
E(lang="es", kind="client-reply-other", owner="lucia",
  frm=("Gestoría Casanova", "pagos@gestoriacasanova.com"), to=[OW("lucia")],
  cc=[("Panadería Casanova Hnos.", "panaderiacasanova@gmail.com")],
  subject="RE: " + r["subject"], date="2027-01-11 12:05", tz=MAD,
  body="""Buenos días Lucía,

llevamos los pagos de Panadería Casanova. Antes de tramitar tu factura necesitamos confirmar una cosa: la semana pasada nos llegó un correo, supuestamente tuyo, indicando que habías cambiado de banco y con un IBAN nuevo de otra entidad (ES12 1465 ...).

¿Es correcto? Por seguridad no pagamos a cuentas nuevas sin confirmarlo por otra vía; si puedes, llámanos al 976 44 12 90.

Gracias,
Carmen – Gestoría Casanova""",
  quote=r, quote_style="outlook", qto="panaderiacasanova@gmail.com",
  note="Gestoría asks to confirm a (suspicious) bank-details change before paying: question only, no promise stated.")

r = reminder("javier", "reminder", "JO-2026-60", "890.00", "2026-12-10", "2026-12-21 10:00", "Buenos días, Armando Rodríguez:")
E(lang="es", kind="client-reply-other", owner="javier",
  frm=("Armando Rodríguez", "armandorodriguez.arquitecto@gmail.com"), to=[OW("javier")],
  subject="Re: " + r["subject"], date="2026-12-22 20:03", tz=CAN,
  body="""Buenas noches Javier, soy Elsa, la mujer de Armando. Los papeles del estudio los llevo yo.

Sobre esta factura hay un par de cosas que no me cuadran con lo que me contó Armando y prefiero hablarlo con usted por teléfono antes de hacer nada. ¿Le va bien que le llame mañana por la mañana? Si no, dígame cuándo.

Elsa""",
  quote=r, quote_style="gmail",
  note="Client's wife asks for a phone call about 'un par de cosas que no me cuadran': no explicit contest yet -> other.")

r_web = reminder("lucia", "due", "2026-061", "605.00", "2027-01-20", "2027-01-21 09:00", "Estimados señores:")
E(lang="es", kind="client-reply-other", owner="lucia",
  frm=("Jaime Escudero", "info@hostalescudero.es"),
  to=[("Marisa Escudero", "marisa@hostalescudero.es")], cc=[OW("lucia")],
  subject="RV: " + r_web["subject"], date="2027-01-21 13:44", tz=MAD,
  body="""Hola Marisa, te reenvío esto que ha llegado a info@, creo que es lo de la web nueva. ¿Lo tienes tú? Para tu gestión.

Jaime

Enviado desde mi iPhone""",
  fwd=r_web, fwd_style="outlook", qto="info@hostalescudero.es", in_reply=r_web["msgid"],
  note="Client forwards the reminder to a family colleague with the freelancer in cc: 'Para tu gestión'. Nothing else.")


# ============================================================================================
# ENGLISH
# ============================================================================================
DISCLAIMER_EN_1 = """This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Any views expressed are those of the individual sender and do not necessarily represent those of the company. The company accepts no liability for any damage caused by any virus transmitted by this email."""

DISCLAIMER_PL = """CONFIDENTIALITY NOTICE: This message originates from Halvorsen Business Services Sp. z o.o., ul. Lubicz 23, 31-503 Kraków, Poland, KRS 0000587411. The information contained in this e-mail is intended only for the named recipient(s). If you are not the intended recipient, please inform the sender and delete this message. Please consider the environment before printing this e-mail."""

DISCLAIMER_IN = """Disclaimer: The information in this e-mail is confidential and may be legally privileged. It is intended solely for the addressee. Access to this e-mail by anyone else is unauthorised. This is a system-assisted mailbox managed by Vertex GBS Pvt. Ltd., Pune, on behalf of its clients. Please do not change the subject line while replying."""

# ---- EN paid -------------------------------------------------------------------------------
r = reminder("tom", "reminder", "INV-2026-088", "2460.00", "2026-11-25", "2026-12-04 09:00", "Dear Accounts Team,")
E(lang="en", kind="client-reply-paid", owner="tom",
  frm=("AP Helpdesk EMEA - Halvorsen", "ap.emea@halvorsen-bs.com"), to=[OW("tom")],
  subject="RE: [EXTERNAL] " + r["subject"] + " [Case#: 00481127]", date="2026-12-07 09:14", tz="Europe/Warsaw",
  body="""Dear Supplier,

Thank you for your e-mail.

Please be informed that invoice INV-2026-088 has been paid on 04.12.2026 with our payment run F110 (payment document 2000184633), amount EUR 2,460.00, to the bank account ending in ...3456 78.

Please allow 1-2 business days for the funds to be credited.

Kind regards,

Katarzyna Nowak
Accounts Payable Specialist
Halvorsen Business Services Sp. z o.o. | Kraków
On behalf of Halvorsen Marine Ireland Ltd""",
  tail=DISCLAIMER_PL, quote=r, quote_style="outlook", qto="ap.ireland@halvorsenmarine.com",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(amount="2460.00", reference="INV-2026-088"),
  note="Outsourced shared-services AP centre in Poland (European date format, case number in subject): paid on 04.12.2026.")

r = reminder("ale", "late_fee", "12/2026", "3660.00", "2026-10-31", "2026-12-07 09:00", "Spett.le Sunvera Italia srl,", deadline="2026-12-18")
E(lang="en", kind="client-reply-paid", owner="ale",
  frm=("Vendor Support Desk", "vendorsupport.sunvera@vertexgbs.in"), to=[OW("ale")],
  subject="RE: " + r["subject"] + " || Ticket No: VSD-IT-2026-118734", date="2026-12-11 15:42", tz="Asia/Kolkata",
  body="""Dear Vendor,

Greetings from Vertex GBS on behalf of Sunvera Italia S.r.l.

This is to inform you that payment against your invoice no. 12/2026 for EUR 3,660.00 has been released on 10-Dec-2026 through SWIFT transfer. UTR / reference no.: SUNV2026121000482.

Kindly revert in case the amount is not received in your account within 3 working days.

Thanks & Regards,
Rahul Deshpande
Vendor Support Desk – Accounts Payable
Vertex GBS Pvt. Ltd., Pune""",
  tail=DISCLAIMER_IN, quote=r, quote_style="outlook", qto="fornitori@sunvera.it",
  labels=dict(amount="3660.00", reference="12/2026"),
  note="Indian outsourced AP desk, English reply to an Italian reminder, Asia/Kolkata time zone: payment 'released' on 10-Dec.")

r = reminder("tom", "due", "INV-2026-079", "450.00", "2026-11-15", "2026-11-17 09:00", "Dear Harbour Café,")
E(lang="en", kind="client-reply-paid", owner="tom",
  frm=("Orla Keane Bookkeeping", "orla@keanebookkeeping.ie"), to=[OW("tom")],
  cc=[("Harbour Café", "hello@harbourcafe-howth.ie")],
  subject="RE: " + r["subject"], date="2026-11-19 11:02", tz=DUB,
  body="""Hi Tom,

Orla here, I do the books for Harbour Café. Paid this morning, €450 – sorry it slipped through, Declan only forwarded me your email yesterday.

Thanks,
Orla

Orla Keane Bookkeeping
Howth, Co. Dublin""",
  quote=r, quote_style="outlook", qto="hello@harbourcafe-howth.ie",
  labels=dict(amount="450.00"),
  note="Client's bookkeeper: 'Paid this morning, €450'.")

r = reminder("priya", "reminder", "PN-108", "320.00", "2026-12-15", "2026-12-28 09:00", "Dear Geoffrey Marsh,", cur="GBP")
E(lang="en", kind="client-reply-paid", owner="priya",
  frm=("Geoffrey Marsh", "geoff.marsh48@btinternet.com"), to=[OW("priya")],
  subject="Re: " + r["subject"], date="2026-12-28 17:40", tz=LON,
  body="""Dear Priya,

This is Sue, Geoff's wife. He's been quite poorly since the beginning of December and I've only just got round to going through his emails, I do apologise.

I found your invoice for the family history booklet and I've paid it via online banking just now, £320. I put your invoice number as the reference. I hope that's right – do let me know if not.

He was so pleased with the booklet. We gave copies to all the grandchildren at Christmas.

Kind regards,
Sue Marsh

Sent from my iPad""",
  quote=r, quote_style="apple", flowed=True,
  labels=dict(amount="320.00", currency="GBP"),
  note="Ill client's wife writes from his account: paid just now, £320.")

r = reminder("dana", "reminder", "DW-1038", "2800.00", "2026-11-30", "2026-12-08 09:00", "Dear Mark Delgado,", cur="USD")
E(lang="en", kind="client-reply-paid", owner="dana",
  frm=("Jessica Tran", "jtran@delgadorealtygroup.com"), to=[OW("dana")],
  cc=[("Mark Delgado", "mark@delgadorealtygroup.com")],
  subject="RE: " + r["subject"], date="2026-12-10 14:20", tz=NY,
  body="""Hi Dana,

Mark asked me to let you know the check went out in yesterday's mail – check #4471 for $2,800.00, mailed to the address on your invoice. It usually takes 3-5 days.

Sorry for the delay, we switched bookkeeping software in November and a few vendors fell through the cracks.

Best,
Jessica Tran
Executive Assistant to Mark Delgado
Delgado Realty Group | Hoboken, NJ""",
  quote=r, quote_style="outlook_us", qto="mark@delgadorealtygroup.com",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(amount="2800.00", currency="USD"),
  note="Executive assistant: the check was mailed yesterday (US paper check) = paid.")

r = reminder("dana", "late_fee", "DW-1043", "3150.00", "2026-11-30", "2027-01-04 09:00", "Dear Accounts Team,", cur="USD", deadline="2027-01-15")
E(lang="en", kind="client-reply-paid", owner="dana",
  frm=("Brandon Kowalski", "bkowalski@prairielinefoods.com"), to=[OW("dana")],
  subject="RE: " + r["subject"], date="2027-01-06 10:33", tz="America/Chicago",
  body="""Hi Dana,

I started here in mid-December and took over vendor payments from Rachel, who has left the company, so I'm still catching up on her inbox.

Looking in our system, DW-1043 shows as paid by ACH on 12/18 for $3,150.00, trace number 071000281234567. Could you double-check on your end? It may have been deposited under "Prairieline Foods LLC" rather than the name on your contract.

Thanks,
Brandon Kowalski
Accounts Payable | Prairieline Foods
Omaha, NE""",
  quote=r, quote_style="outlook_us", qto="ap@prairielinefoods.com",
  labels=dict(amount="3150.00", currency="USD", reference="DW-1043"),
  note="New AP employee (US date 12/18, Central time) finds the ACH payment and asks the freelancer to double-check: paid.")

r_kes = reminder("tom", "reminder", "INV-2026-091", "1845.00", "2026-12-01", "2026-12-10 09:00", "Dear Mark Hughes,")
fw_kes_text = ("Niamh, can you check this? thanks\n\nMark\n\n" + forward_text("outlook", "en", r_kes, to="Mark Hughes <mark@kestreloutdoor.ie>"))
fw_kes = human("Mark Hughes", "mark@kestreloutdoor.ie", "2026-12-10 10:02", DUB, "FW: " + r_kes["subject"], fw_kes_text, "en")
E(lang="en", kind="client-reply-other", owner="tom",
  frm=("Mark Hughes", "mark@kestreloutdoor.ie"),
  to=[("Niamh Byrne", "accounts@kestreloutdoor.ie")], cc=[OW("tom")],
  subject="FW: " + r_kes["subject"], date="2026-12-10 10:02", tz=DUB,
  body="Niamh, can you check this? thanks\n\nMark",
  fwd=r_kes, fwd_style="outlook", qto="Mark Hughes <mark@kestreloutdoor.ie>", in_reply=r_kes["msgid"],
  note="Client forwards the reminder to accounts with the freelancer in cc, asking only to check.")
E(lang="en", kind="client-reply-paid", owner="tom",
  frm=("Niamh Byrne", "accounts@kestreloutdoor.ie"),
  to=[("Mark Hughes", "mark@kestreloutdoor.ie")], cc=[OW("tom")],
  subject="RE: FW: " + r_kes["subject"], date="2026-12-10 11:26", tz=DUB,
  body="""Hi Mark,

That one was processed in yesterday's run.

Tom – should land with you today or tomorrow. (No relation, before you ask!)

Niamh

Niamh Byrne | Accounts | Kestrel Outdoor Ltd""",
  quote=fw_kes, quote_style="outlook", qto="Niamh Byrne <accounts@kestreloutdoor.ie>", refs=[r_kes["msgid"], fw_kes["msgid"]],
  note="Colleague's reply-all: 'processed in yesterday's run' with no payment verb; 'should land today or tomorrow' is about arrival, not a promise.")

remit = """<html><head><meta charset="utf-8"></head><body style="font-family: Segoe UI, Arial, sans-serif; font-size: 13px; color:#1a1a1a">
<p>Dear Priya,</p>
<p>Please find below remittance advice for a payment made today by <b>Northwind Holdings plc</b> on behalf of its subsidiary <b>Northwind Retail Ltd</b>, in settlement of your invoice. Group Finance now settles all supplier invoices for UK subsidiaries centrally, so the payer name on your statement will be Northwind Holdings.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse; border-color:#c8c8c8; font-size:13px">
<tr style="background:#1f3864; color:#ffffff"><th>Payment date</th><th>Your invoice</th><th>Invoice date</th><th>Entity</th><th>Amount (GBP)</th></tr>
<tr><td>15/01/2027</td><td>PN-117</td><td>04/12/2026</td><td>Northwind Retail Ltd</td><td align="right">1,980.00</td></tr>
<tr><td colspan="4" align="right"><b>Total paid</b></td><td align="right"><b>1,980.00</b></td></tr>
</table>
<p>Payment method: Faster Payments to sort code 20-20-15, account ending 5555.<br>Payment reference: NWH-REM-0115-0093</p>
<p>Many thanks for your patience with this one.</p>
<p>Kind regards,<br>Hannah Okafor<br>Group Finance – Payables<br>Northwind Holdings plc | 40 Temple Row, Birmingham B2 5HG</p>
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:11px;color:#666">Northwind Holdings plc is registered in England and Wales, company no. 04417729. This email and any attachments are confidential.</p>
</body></html>
"""
r = reminder("priya", "reminder", "PN-117", "1980.00", "2027-01-03", "2027-01-12 09:00", "Dear Accounts Team,", cur="GBP")
E(lang="en", kind="client-reply-paid", owner="priya",
  frm=("Northwind Group Finance", "payables@northwindholdings.co.uk"), to=[OW("priya")],
  cc=[("Northwind Retail Marketing", "marketing@northwindretail.co.uk")],
  subject="RE: " + r["subject"] + " - Remittance Advice", date="2027-01-15 12:05", tz=LON,
  body="", own_html_raw=remit, html="only-plain", cte="quoted-printable", in_reply=r["msgid"],
  labels=dict(amount="1980.00", currency="GBP", reference="PN-117"),
  note="Parent company's group finance sends a human-written remittance advice as an HTML-only table, paying for its subsidiary; the reference is in the table.")

r = reminder("priya", "final", "PN-104", "1150.00", "2026-11-30", "2027-01-26 09:00", "Dear Accounts Team,", cur="GBP", deadline="2027-02-09")
E(lang="en", kind="client-reply-paid", owner="priya",
  frm=("Corrigan Hale Restructuring", "bramblehouse@corriganhale.co.uk"), to=[OW("priya")],
  subject="Bramble House Publishing Limited (in Administration) – your invoice PN-104", date="2027-02-04 15:12", tz=LON,
  body="""Dear Ms Nair,

Bramble House Publishing Limited (in Administration) ("the Company")

We write further to your email of 26 January addressed to the Company. As you may be aware, Rebecca Hale and Simon Corrigan of Corrigan Hale Restructuring LLP were appointed Joint Administrators of the Company on 2 December 2026.

We have reviewed your invoice PN-104. As the copy-editing work it relates to was commissioned by the Administrators after their appointment, in order to complete titles already in production, the invoice is payable as an expense of the administration rather than as a pre-appointment claim.

We can confirm that payment of £1,150.00 in respect of invoice PN-104 was made today from the administration account by Faster Payment.

Yours sincerely,

Tom Whitaker
Manager, for and on behalf of the Company
Corrigan Hale Restructuring LLP

The affairs, business and property of the Company are being managed by the Joint Administrators, who act as agents of the Company and without personal liability.""",
  in_reply=r["msgid"],
  labels=dict(amount="1150.00", currency="GBP", reference="PN-104"),
  note="The administrators of a company in administration pay a post-appointment invoice as an expense: paid today. Formal UK insolvency prose.")

r = reminder("tom", "reminder", "INV-2026-097", "980.00", "2026-12-31", "2027-01-11 09:00", "Dear Accounts Team,")
E(lang="en", kind="client-reply-paid", owner="tom",
  frm=("Kate Ellis", "kate@fernleaf-studios.ie"), to=[OW("tom")],
  subject="RE: " + r["subject"], date="2027-01-11 16:02", tz=DUB,
  body="""Sorted 👍

Kate Ellis | Office Manager | Fernleaf Studios

Get Outlook for iOS""",
  quote=r, quote_style="outlook", qto="accounts@fernleaf-studios.ie",
  note="Office manager, one word 'Sorted' with an emoji: paid.")

# ---- EN promise ----------------------------------------------------------------------------
r = reminder("lucia", "reminder", "2026-042", "5445.00", "2026-11-30", "2026-12-14 09:00", "Estimados señores:")
E(lang="en", kind="client-reply-promise", owner="lucia",
  frm=("AP Helpdesk EMEA - Halvorsen", "ap.emea@halvorsen-bs.com"), to=[OW("lucia")],
  subject="RE: [EXTERNAL] " + r["subject"] + " [Case#: 00493310]", date="2026-12-16 13:51", tz="Europe/Warsaw",
  body="""Dear Supplier,

Thank you for contacting Accounts Payable.

We have checked the status of invoice 2026-042 (Halvorsen Marine Iberia S.L.). The invoice has been approved and is scheduled for payment on 15.01.2027, in line with the agreed 60-day payment terms counted from the date of receipt in our system (16.11.2026).

Please note that the due date indicated on your invoice does not reflect our contractual payment terms.

Kind regards,

Paweł Zieliński
Accounts Payable Specialist
Halvorsen Business Services Sp. z o.o. | Kraków""",
  tail=DISCLAIMER_PL, quote=r, quote_style="outlook", qto="ap.iberia@halvorsenmarine.com",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(promised_date="2027-01-15", reference="2026-042"),
  note="Polish AP centre, English reply to a Spanish reminder: scheduled for payment on 15.01.2027 (DD.MM.YYYY). The remark on terms is not a contest of the invoice.")

r = reminder("giulia", "reminder", "1/2027", "1708.00", "2027-01-10", "2027-01-20 09:00", "Spett.le Orvana Pharma Italia srl,")
E(lang="en", kind="client-reply-promise", owner="giulia",
  frm=("Vendor Support Desk", "vendorsupport.orvana@vertexgbs.in"), to=[OW("giulia")],
  subject="RE: " + r["subject"] + " || Ticket No: VSD-IT-2027-004512", date="2027-01-22 11:07", tz="Asia/Kolkata",
  body="""Dear Vendor,

Greetings from Vertex GBS.

We acknowledge your reminder. Please note that your invoice no. 1/2027 is booked in system and approved by the requestor. Payment will be processed in the next payment cycle as per the payment terms.

Request you to kindly bear with us.

Thanks & Regards,
Priyanka Kulkarni
Vendor Support Desk – P2P
Vertex GBS Pvt. Ltd., Pune (for Orvana Pharma Italia S.r.l.)""",
  tail=DISCLAIMER_IN, quote=r, quote_style="outlook", qto="ap.italia@orvanapharma.com",
  labels=dict(reference="1/2027"),
  note="Indian AP desk: 'will be processed in the next payment cycle' = promise with no date (the invoice number is 1/2027).")

r = reminder("tom", "reminder", "INV-2026-087", "1230.00", "2026-11-20", "2026-11-30 09:00", "Dear Ciarán Walsh,")
E(lang="en", kind="client-reply-promise", owner="tom",
  frm=("Deirdre Moran", "deirdre@moranaccounts.ie"), to=[OW("tom")],
  cc=[("Ciarán Walsh", "ciaran@walshjoinery.ie")],
  subject="RE: " + r["subject"], date="2026-12-01 15:18", tz=DUB,
  body="""Hi Tom,

I look after Ciarán's accounts. Apologies for the delay on this – his main customer paid him late and there wasn't enough in the business account to cover everything.

That customer's money is due to clear on Thursday, so I'll pay your invoice on Friday.

Regards,
Deirdre Moran
Moran Accounting Services, Ennis""",
  quote=r, quote_style="outlook", qto="ciaran@walshjoinery.ie",
  labels=dict(promised_date="2026-12-04"),
  note="Bookkeeper: will pay on Friday (Tuesday 1 December -> 4 December); the Thursday mentioned is when the funds clear, not the payment date.")

r = reminder("priya", "due", "PN-102", "640.00", "2026-11-05", "2026-11-06 09:00", "Dear Harold Pike,", cur="GBP")
E(lang="en", kind="client-reply-promise", owner="priya",
  frm=("Harold Pike", "harold.pike@talktalk.net"), to=[OW("priya")],
  subject="Re: " + r["subject"], date="2026-11-09 19:26", tz=LON,
  body="""Dear Ms Nair,

I'm Harold's son, James. Dad went into hospital at the end of October and I'm keeping an eye on his emails for him. He told me about the memoir project and that he owes you for the second batch of chapters.

I'm in the process of getting power of attorney over his account, which the bank says should be done in the next couple of weeks. I'll make sure your invoice is sorted by the end of the month once I have access. Sorry for the wait.

Best wishes,
James Pike""",
  quote=r, quote_style="gmail",
  labels=dict(promised_date="2026-11-30"),
  note="Client's son writing from his father's account: 'sorted by the end of the month' (9 November -> 30 November).")

r = reminder("dana", "reminder", "DW-1047", "4200.00", "2026-12-31", "2027-01-12 09:00", "Dear Tanya Brooks,", cur="USD")
E(lang="en", kind="client-reply-promise", owner="dana",
  frm=("Olivia Reyes", "oreyes@brooksandcowellc.com"), to=[OW("dana")],
  cc=[("Tanya Brooks", "tbrooks@brooksandcollc.com")],
  subject="RE: " + r["subject"], date="2027-01-13 16:48", tz=NY,
  body="""Hi Dana –

Tanya asked me to reply on her behalf since she's traveling. Unfortunately we can't release anything before the 28th, that's when our January receivables come in. You'll be at the top of the list.

Thanks for understanding,
Olivia

Olivia Reyes
Office Coordinator, Brooks & Co.""",
  quote=r, quote_style="gmail_us",
  labels=dict(promised_date="2027-01-28"),
  note="Assistant: 'can't release anything before the 28th' -> promise for 28 January.")

r = reminder("tom", "late_fee", "INV-2027-004", "615.00", "2027-01-25", "2027-02-16 09:00", "Dear Accounts Team,", deadline="2027-02-26")
E(lang="en", kind="client-reply-promise", owner="tom",
  frm=("Seán Doherty", "sdoherty@atlanticferries.ie"), to=[OW("tom")],
  subject="RE: " + r["subject"], date="2027-02-17 09:41", tz=DUB,
  body="""Morning Tom,

I've just taken over supplier payments here (Aoife moved to the Galway office), so bear with me while I get my head around everything.

Your invoice is approved now and it'll go out with next week's payment run.

Cheers,
Seán""",
  quote=r, quote_style="outlook", qto="accounts@atlanticferries.ie",
  note="New employee: 'will go out with next week's payment run' -> promise without a precise date.")

r = reminder("priya", "reminder", "PN-121", "2750.00", "2027-01-20", "2027-02-03 09:00", "Dear Accounts Team,", cur="GBP")
E(lang="en", kind="client-reply-promise", owner="priya",
  frm=("Marcus Webb", "marcus.webb@ashgrovegroup.co.uk"), to=[OW("priya")],
  cc=[("Ashgrove Lettings", "office@ashgrovelettings.co.uk")],
  subject="RE: " + r["subject"], date="2027-02-05 12:30", tz=LON,
  body="""Hi Priya,

I'm the finance manager at Ashgrove Group – Ashgrove Lettings passed your reminder up to us, as we handle payments for all the group companies now.

Apologies, your invoice got stuck in an approval queue with someone who's been on leave. I've approved it myself and it will be paid by 20 February at the latest.

Best regards,
Marcus Webb
Finance Manager, Ashgrove Group Ltd""",
  quote=r, quote_style="outlook", qto="office@ashgrovelettings.co.uk",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(promised_date="2027-02-20"),
  note="Parent company finance manager: 'paid by 20 February at the latest'.")

r = reminder("tom", "final", "INV-2026-083", "3320.00", "2026-10-31", "2027-01-11 09:00", "Dear Sir or Madam,", deadline="2027-01-25")
E(lang="en", kind="client-reply-promise", owner="tom",
  frm=("Fiona Gallagher – Gallagher & Co Solicitors", "fgallagher@gallaghersolicitors.ie"), to=[OW("tom")],
  cc=[("Brightwater Events", "info@brightwaterevents.ie")],
  subject="Our client: Brightwater Events Ltd – your invoice INV-2026-083", date="2027-01-18 14:02", tz=DUB,
  body="""Dear Mr Byrne,

We act for Brightwater Events Ltd, who have passed us your letter of 11 January 2027.

Our client has instructed us to confirm that it will settle the outstanding balance of €3,320.00 on invoice INV-2026-083 in full by 5pm on Friday 22 January 2027, by electronic transfer to the account specified in your letter.

In those circumstances we trust that no further steps will be taken in relation to this matter.

Yours sincerely,

Fiona Gallagher
Gallagher & Co Solicitors
22 Fitzwilliam Place, Dublin 2""",
  tail=DISCLAIMER_EN_1, in_reply=r["msgid"],
  labels=dict(promised_date="2027-01-22", amount="3320.00", reference="INV-2026-083"),
  note="Client's solicitors confirm payment in full by Friday 22 January 2027.")

r_ld = reminder("tom", "reminder", "INV-2026-094", "1770.00", "2026-11-30", "2026-12-09 09:00", "Dear Accounts Team,")
fw_ld_text = ("Ellie – is this one of ours? Can you sort? Ta\nRob\n\n" + forward_text("outlook", "en", r_ld, to="rob@lumendigital.co.uk"))
fw_ld = human("Rob Fenton", "rob@lumendigital.co.uk", "2026-12-09 17:31", LON, "FW: " + r_ld["subject"], fw_ld_text, "en")
E(lang="en", kind="client-reply-promise", owner="tom",
  frm=("Ellie Shah", "ellie.shah@lumendigital.co.uk"),
  to=[("Rob Fenton", "rob@lumendigital.co.uk")], cc=[OW("tom")],
  subject="RE: FW: " + r_ld["subject"], date="2026-12-09 23:10", tz=LON,
  body="""Yes it's ours – it's the illustrations for the Hartwell pitch. It was sitting in my approvals, my fault.

Tom, I'll release it tomorrow morning first thing. Apologies!

Ellie

Sent from my phone""",
  quote=fw_ld, quote_style="outlook", qto="Ellie Shah <ellie.shah@lumendigital.co.uk>", refs=[r_ld["msgid"], fw_ld["msgid"]],
  labels=dict(promised_date="2026-12-10"),
  note="Late-night reply-all from the client's colleague in London: 'tomorrow morning' (9 December 23:10 London) -> 10 December.")

r = reminder("dana", "due", "DW-1049", "975.00", "2027-01-05", "2027-01-06 09:00", "Dear Accounts Team,", cur="USD")
E(lang="en", kind="client-reply-promise", owner="dana",
  frm=("Linda Haskins", "linda@haskinsbookkeeping.com"), to=[OW("dana")],
  cc=[("Riverbend Pediatrics", "office@riverbendpeds.com")],
  subject="Re: " + r["subject"], date="2027-01-07 10:05", tz=NY,
  body="""Hi Dana,

I handle bookkeeping for Riverbend Pediatrics. Dr. Patel approved your invoice this morning, I'll send the ACH today. You should see it within a business day or two.

Linda Haskins
Haskins Bookkeeping LLC""",
  quote=r, quote_style="gmail_us",
  labels=dict(promised_date="2027-01-07"),
  note="Bookkeeper: 'I'll send the ACH today' -> promise for the day of the message.")

# ---- EN dispute ----------------------------------------------------------------------------
r = reminder("dana", "final", "DW-1036", "8400.00", "2026-10-31", "2027-02-01 09:00", "Dear Sir or Madam,", cur="USD", deadline="2027-02-15")
E(lang="en", kind="client-reply-dispute", owner="dana",
  frm=("Ryan Costa, Esq.", "rcosta@costamillerlaw.com"), to=[OW("dana")],
  cc=[("Halcyon Health Apps", "legal@halcyonhealthapps.com")],
  subject="Halcyon Health Apps, Inc. – Your Invoice DW-1036", date="2027-02-12 16:20", tz=NY,
  body="""Ms. Whitfield:

This firm represents Halcyon Health Apps, Inc. ("Halcyon") in connection with your "Final notice before debt recovery" dated February 1, 2027, regarding invoice DW-1036 in the amount of $8,400.00.

Halcyon disputes the invoice in its entirety. Under Section 2 of the Statement of Work dated June 3, 2026, your engagement required delivery of a validated, developer-ready design system and two rounds of usability testing. Halcyon received neither: the Figma library delivered on October 14 was incomplete, and no usability testing took place. Halcyon notified you of these deficiencies in writing on October 20 and November 4, 2026.

Accordingly, no amount is due under DW-1036 at this time. Please direct all further communications regarding this matter to the undersigned.

Nothing in this letter is intended as a waiver of any of Halcyon's rights or remedies, all of which are expressly reserved.

Very truly yours,

Ryan Costa
Costa Miller LLP
1180 Avenue of the Americas, New York, NY 10036""",
  tail=DISCLAIMER_EN_1, in_reply=r["msgid"], cte="quoted-printable",
  labels=dict(reference="DW-1036"),
  note="Client's attorney disputes the invoice in full (deliverables not provided per SOW) and asks for correspondence to go through him.")

r = reminder("tom", "due", "INV-2026-085", "3690.00", "2026-11-20", "2026-11-23 09:00", "Dear Accounts Team,")
E(lang="en", kind="client-reply-dispute", owner="tom",
  frm=("AP Helpdesk EMEA - Halvorsen", "ap.emea@halvorsen-bs.com"), to=[OW("tom")],
  subject="RE: [EXTERNAL] " + r["subject"] + " [Case#: 00478862]", date="2026-11-26 10:37", tz="Europe/Warsaw",
  body="""Dear Supplier,

Thank you for your e-mail.

We would like to inform you that invoice INV-2026-085 has been rejected and will not be paid in its current form, for the following reason(s):

1. The invoice amount (EUR 3,690.00) exceeds the value of purchase order 4500187223 (EUR 3,000.00). Price/quantity differences above tolerance cannot be posted.
2. The PO number is not quoted on the invoice.

Please issue a credit note for the full amount of the invoice and re-invoice with the correct PO number and a value not exceeding the open PO value, or ask your Halvorsen contact to raise a PO change.

Kind regards,

Agnieszka Wójcik
Accounts Payable Specialist
Halvorsen Business Services Sp. z o.o. | Kraków
On behalf of Halvorsen Marine Ireland Ltd""",
  tail=DISCLAIMER_PL, quote=r, quote_style="outlook", qto="ap.ireland@halvorsenmarine.com",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(reference="INV-2026-085"),
  note="Polish AP centre rejects the invoice: amount exceeds the PO, credit note required. More than a PO-number question: dispute.")

r = reminder("priya", "reminder", "PN-112", "2100.00", "2026-12-10", "2026-12-21 09:00", "Dear Accounts Team,", cur="GBP")
E(lang="en", kind="client-reply-dispute", owner="priya",
  frm=("Gemma Lowe", "gemma@lowebookkeeping.co.uk"), to=[OW("priya")],
  cc=[("Stonebridge Interiors", "hello@stonebridgeinteriors.co.uk")],
  subject="RE: " + r["subject"], date="2026-12-22 11:15", tz=LON,
  body="""Hi Priya,

I do the bookkeeping for Stonebridge Interiors. Before I pay PN-112, Claire tells me you'd agreed a 10% discount on the website copy if she signed off all the pages by the end of November, which she did on the 27th.

The invoice is for the full £2,100. Could you send a revised invoice for £1,890? I'll pay that as soon as it comes through.

Thanks,
Gemma Lowe
Lowe Bookkeeping""",
  quote=r, quote_style="outlook", qto="hello@stonebridgeinteriors.co.uk",
  labels=dict(amount="1890.00", currency="GBP", reference="PN-112"),
  note="Bookkeeper asserts an agreed 10% discount and asks for a revised invoice (£1,890 instead of £2,100): dispute.")

r = reminder("priya", "late_fee", "PN-106", "1800.00", "2026-11-30", "2027-01-04 09:00", "Dear Margaret Ellison,", cur="GBP", deadline="2027-01-15")
E(lang="en", kind="client-reply-dispute", owner="priya",
  frm=("Margaret Ellison", "m.ellison1938@gmail.com"), to=[OW("priya")],
  subject="Re: " + r["subject"], date="2027-01-06 20:51", tz=LON,
  body="""Dear Ms Nair,

My name is David Ellison and I am Margaret's son. My mother is 88 and I now help her with her post and emails.

I have gone through your invoice for the memoir interviews and I have to say I was surprised by it. It charges 40 hours of interviews at £45 an hour. My mother keeps a diary, and by her account you visited her fifteen times for about an hour each time. Even allowing for some writing-up time, 40 hours seems very high.

I am happy for her to pay for the work that was actually done, but not the invoice as it stands. Could you send me a breakdown of the hours, and we can go from there?

Yours sincerely,
David Ellison""",
  quote=r, quote_style="gmail",
  note="Son of an elderly client contests the number of hours billed and refuses the invoice as it stands.")

r = reminder("tom", "reminder", "INV-2026-095", "1350.00", "2026-12-15", "2027-01-05 09:00", "Dear Accounts Team,")
E(lang="en", kind="client-reply-dispute", owner="tom",
  frm=("Aisling Murphy", "a.murphy@corrib-foods.ie"), to=[OW("tom")],
  subject="RE: " + r["subject"], date="2027-01-07 12:12", tz=DUB,
  body="""Dear Tom,

I joined Corrib Foods as finance manager at the start of December and I'm working through the open items my predecessor left.

We have no purchase order or signed quote on file for the work described in INV-2026-095 ("brand refresh – packaging mock-ups"). As far as I can see, the packaging mock-ups were already invoiced under INV-2026-071 in September, which we paid in full.

Unless you can show me this is a separate piece of work that someone here approved, we won't be paying it. A credit note would be the cleanest way to close it off.

Kind regards,
Aisling Murphy
Finance Manager | Corrib Foods Ltd | Galway""",
  quote=r, quote_style="outlook", qto="accounts@corrib-foods.ie",
  labels=dict(reference="INV-2026-095"),
  note="New finance manager: no record of the engagement, already invoiced under INV-2026-071 (paid), asks for a credit note: dispute.")

r = reminder("marco", "reminder", "39/2026", "3660.00", "2026-12-15", "2027-01-11 09:00", "Spett.le Brightpath Italia srl,")
E(lang="en", kind="client-reply-dispute", owner="marco",
  frm=("Oliver Grant", "oliver.grant@brightpath-group.com"), to=[OW("marco")],
  cc=[("Brightpath Italia", "amministrazione@brightpath.it")],
  subject="RE: " + r["subject"], date="2027-01-12 16:40", tz=LON,
  body="""Dear Marco,

I'm the Group Financial Controller at Brightpath Group plc in London; our Milan team forwarded your reminder to me as we now approve all supplier payments for the Italian subsidiary.

I've spoken to the project lead. The booking platform you built is live, but there are still a number of open bugs (the payment confirmation emails and the multi-language checkout, in particular) that were logged in the tracker in December and haven't been resolved.

We will therefore pay 50% of invoice 39/2026, €1,830.00, this week, and the remaining 50% once the open issues have been fixed and signed off by our Milan team.

Regards,
Oliver Grant
Group Financial Controller
Brightpath Group plc""",
  quote=r, quote_style="outlook", qto="amministrazione@brightpath.it",
  html="alt-outlook", cte="quoted-printable",
  labels=dict(amount="1830.00", reference="39/2026"),
  note="UK parent company writes in English to an Italian freelancer: pays 50% now and withholds the rest until bugs are fixed. Partial payment + dispute = dispute.")

r_nr = reminder("dana", "reminder", "DW-1045", "5200.00", "2026-12-20", "2027-01-05 09:00", "Dear Accounts Team,", cur="USD")
fw_nr_text = ("Can you process this one? Thanks\nMatt\n\n" + forward_text("outlook", "en", r_nr, to="Matt Greene <matt@northridgeoutfitters.com>"))
fw_nr = human("Matt Greene", "matt@northridgeoutfitters.com", "2027-01-05 11:18", "America/Denver", "FW: " + r_nr["subject"], fw_nr_text, "en")
E(lang="en", kind="client-reply-dispute", owner="dana",
  frm=("Kelsey Park", "kelsey@northridgeoutfitters.com"),
  to=[("Matt Greene", "matt@northridgeoutfitters.com")], cc=[OW("dana")],
  subject="RE: FW: " + r_nr["subject"], date="2027-01-05 14:52", tz="America/Denver",
  body="""Hold on this one, Matt – the SOW capped the checkout redesign at $4,000 and this invoice is $5,200. I don't have anything approving the extra $1,200.

Dana, happy to pay the $4,000 right away, but we'd need a revised invoice, or a change order signed by Matt for the difference.

Kelsey
Operations Manager, Northridge Outfitters""",
  quote=fw_nr, quote_style="outlook_us", qto="Kelsey Park <kelsey@northridgeoutfitters.com>", refs=[r_nr["msgid"], fw_nr["msgid"]],
  labels=dict(amount="4000.00", currency="USD"),
  note="Colleague's reply-all (Mountain time): invoice exceeds the SOW cap; willing to pay the capped amount on a revised invoice: dispute.")

r = reminder("giulia", "reminder", "45/2026", "2440.00", "2026-12-20", "2027-01-08 09:00", "Spett.le Krämer Maschinenbau GmbH,")
E(lang="en", kind="client-reply-dispute", owner="giulia",
  frm=("Steuerbüro Hollmann – Buchhaltung", "buchhaltung@steuerbuero-hollmann.de"), to=[OW("giulia")],
  cc=[("Krämer Maschinenbau", "einkauf@kraemer-maschinenbau.de")],
  subject="AW: " + r["subject"], date="2027-01-11 10:22", tz="Europe/Berlin",
  body="""Dear Ms Conti,

we are the tax advisers of Krämer Maschinenbau GmbH and handle their supplier invoices.

Your invoice no. 45/2026 charges Italian VAT (22%, EUR 440.00). As our client is a VAT-registered business in Germany (USt-IdNr. DE287441903), the service is subject to the reverse charge mechanism (Art. 196 VAT Directive) and must be invoiced without Italian VAT, with the note "reverse charge".

We are therefore unable to pay the invoice as issued. Please send a credit note and a corrected invoice for the net amount of EUR 2,000.00, which will then be paid within our usual terms.

Kind regards / Mit freundlichen Grüßen

i.A. Sabine Vogt
Steuerbüro Hollmann
Königsallee 61, 40215 Düsseldorf""",
  quote=r, quote_style="outlook", qto="einkauf@kraemer-maschinenbau.de",
  charset="iso-8859-1", cte="quoted-printable",
  labels=dict(amount="2000.00", reference="45/2026"),
  note="German client's tax advisers (English with German sign-off, AW: prefix, iso-8859-1): wrong VAT, credit note and corrected invoice required: dispute.")

# ---- EN other ------------------------------------------------------------------------------
r = reminder("tom", "reminder", "INV-2026-092", "2214.00", "2026-12-05", "2026-12-15 09:00", "Dear Accounts Team,")
E(lang="en", kind="client-reply-other", owner="tom",
  frm=("Vendor Support Desk", "vendorsupport.kilbride@vertexgbs.in"), to=[OW("tom")],
  subject="RE: " + r["subject"] + " || Ticket No: VSD-IE-2026-120955", date="2026-12-16 17:35", tz="Asia/Kolkata",
  body="""Dear Vendor,

Greetings from Vertex GBS on behalf of Kilbride Pharma Ireland Ltd.

We have checked and found that your vendor code is not yet created in our ERP, hence the invoice INV-2026-092 cannot be booked. Kindly share the below documents at the earliest so that we can initiate vendor creation:

1. Duly filled Vendor Registration Form (attached)
2. Bank letter / cancelled cheque copy on bank letterhead
3. Tax clearance certificate / VAT registration certificate
4. Copy of the invoice in PDF

Thanks & Regards,
Sneha Iyer
Vendor Support Desk – P2P
Vertex GBS Pvt. Ltd., Pune""",
  tail=DISCLAIMER_IN, quote=r, quote_style="outlook", qto="ap.ie@kilbridepharma.com",
  attach=[("Vendor_Registration_Form_KPI.pdf", "application/pdf", fake_pdf("Vendor Registration Form"))],
  labels=dict(reference="INV-2026-092"),
  note="Indian AP desk needs vendor registration documents before the invoice can even be booked: a request, no promise.")

r = reminder("priya", "due", "PN-119", "860.00", "2027-01-15", "2027-01-18 09:00", "Dear Accounts Team,", cur="GBP")
E(lang="en", kind="client-reply-other", owner="priya",
  frm=("AP Helpdesk EMEA - Halvorsen", "ap.emea@halvorsen-bs.com"), to=[OW("priya")],
  subject="RE: [EXTERNAL] " + r["subject"] + " [Case#: 00502214]", date="2027-01-19 08:47", tz="Europe/Warsaw",
  body="""Dear Supplier,

Thank you for your e-mail.

We have not been able to locate invoice PN-119 in our system. Please note that invoices sent to individual employees or to this helpdesk mailbox are not registered. All invoices for Halvorsen Marine UK Ltd must be submitted as a PDF attachment (one invoice per PDF) to invoices.uk@halvorsen-bs.com, quoting a valid Halvorsen PO number.

Once the invoice is received in the correct mailbox, it will be registered automatically and you will receive a confirmation.

Kind regards,

Marta Kowalczyk
Accounts Payable Specialist
Halvorsen Business Services Sp. z o.o. | Kraków""",
  tail=DISCLAIMER_PL, quote=r, quote_style="outlook", qto="uk.marketing@halvorsenmarine.com",
  labels=dict(reference="PN-119"),
  note="Polish AP centre (a person, not an auto-reply) cannot find the invoice and asks for it to be submitted to the right mailbox: other.")

r = reminder("priya", "reminder", "PN-110", "1320.00", "2026-12-05", "2026-12-16 09:00", "Dear Accounts Team,", cur="GBP")
E(lang="en", kind="client-reply-other", owner="priya",
  frm=("Kestrel Moore Insolvency", "cases@kestrelmoore.co.uk"), to=[OW("priya")],
  subject="Fenwick & Rowe Media Ltd (In Administration) – notice to creditors", date="2026-12-18 10:30", tz=LON,
  body="""Dear Ms Nair,

Fenwick & Rowe Media Ltd (In Administration) ("the Company")
Court reference: CR-2026-008812

Thank you for your email of 16 December. We write to advise that Daniel Kestrel and Joanne Moore of Kestrel Moore Insolvency LLP were appointed Joint Administrators of the Company on 9 December 2026.

Your invoice PN-110 relates to services supplied before our appointment and therefore ranks as an unsecured claim in the administration. The Company is not able to make payment of pre-appointment debts. Please complete and return the enclosed proof of debt form, together with a copy of your invoice, so that your claim can be recorded. A statement of proposals will be sent to all known creditors within eight weeks of our appointment.

Yours sincerely,

Laura Pettit
Senior Administrator
for and on behalf of the Joint Administrators""",
  in_reply=r["msgid"],
  attach=[("Proof_of_debt_FRM.pdf", "application/pdf", fake_pdf("Proof of debt - general form"))],
  labels=dict(reference="PN-110"),
  note="Administrators: the company cannot pay a pre-appointment debt; file a proof of debt. Neither paid, promise nor dispute.")

r = reminder("dana", "late_fee", "DW-1040", "2650.00", "2026-11-30", "2027-01-05 09:00", "Dear Accounts Team,", cur="USD", deadline="2027-01-15")
E(lang="en", kind="client-reply-other", owner="dana",
  frm=("Natalie Shore, Esq.", "nshore@shorebaxterlaw.com"), to=[OW("dana")],
  subject="RE: " + r["subject"], date="2027-01-08 13:05", tz=NY,
  body="""Ms. Whitfield,

Please be advised that this office represents Coastline Wellness Studios LLC. Your email of January 5 has been forwarded to me.

Kindly direct all further correspondence concerning invoice DW-1040 to me rather than to my client. I am reviewing the file and will revert to you shortly.

Regards,

Natalie Shore
Shore & Baxter PLLC""",
  tail=DISCLAIMER_EN_1, quote=r, quote_style="outlook_us", qto="billing@coastlinewellness.com",
  labels=dict(reference="DW-1040"),
  note="Client's lawyer: all correspondence to her, reviewing the file. No contest stated yet: other.")

r = reminder("tom", "due", "INV-2026-096", "1599.00", "2026-12-18", "2026-12-21 09:00", "Dear Mark O'Leary,")
E(lang="en", kind="client-reply-other", owner="tom",
  frm=("Rachel Doyle", "rachel.doyle@olearyventures.ie"), to=[OW("tom")],
  subject="RE: " + r["subject"], date="2026-12-21 10:14", tz=DUB,
  body="""Hi Tom,

Received, thank you. Mark is in Singapore until the new year – I'll make sure he sees this as soon as he's back.

Happy Christmas!
Rachel

Rachel Doyle | PA to Mark O'Leary | O'Leary Ventures""",
  quote=r, quote_style="outlook", qto="mark@olearyventures.ie",
  note="PA acknowledges and will show it to her boss on his return: other (a human, not an auto-reply).")

r = reminder("priya", "reminder", "PN-114", "450.00", "2026-12-20", "2027-01-07 09:00", "Dear Accounts Team,", cur="GBP")
E(lang="en", kind="client-reply-other", owner="priya",
  frm=("Connor Bell", "connor@willowandfinch.co.uk"), to=[OW("priya")],
  subject="RE: " + r["subject"], date="2027-01-08 09:52", tz=LON,
  body="""Hi Priya,

Happy new year! I've just taken over the admin side from Beth, who's left us, so apologies if this is a silly question.

I can see two invoices from you on our system, PN-109 and PN-114, and I'm not sure which ones are still outstanding. Could you tell me which this reminder relates to and resend the PDF? Beth's folder is a bit of a mystery.

Thanks,
Connor""",
  quote=r, quote_style="outlook", qto="accounts@willowandfinch.co.uk",
  note="New employee asks which invoice is outstanding and for a copy: question only.")

r = reminder("tom", "reminder", "INV-2026-089", "720.00", "2026-11-25", "2026-12-07 09:00", "Dear Dermot Quinn,")
E(lang="en", kind="client-reply-other", owner="tom",
  frm=("Dermot Quinn", "dermotquinn@eircom.net"), to=[OW("tom")],
  subject="Re: " + r["subject"], date="2026-12-08 19:55", tz=DUB,
  body="""Dear Tom,

I'm writing from my father's email account. I'm very sorry to tell you that Dad passed away on the 29th of November. He'd been ill for some time.

He spoke very warmly about the work you did on the shop signs, it meant a lot to him to see the old name restored.

Our solicitor, Martin Keogh of Keogh & Partners in Kilkenny (mkeogh@keoghpartners.ie), is dealing with the estate. I'd be grateful if you could send the details of your invoice to him so that it can be included with the other outstanding bills.

Kind regards,
Niall Quinn""",
  quote=r, quote_style="gmail",
  note="Son announces the client's death and refers the invoice to the estate's solicitor: other.")

r = reminder("tom", "courtesy", "INV-2027-002", "1107.00", "2027-01-31", "2027-01-25 09:00", "Dear Accounts Team,", issue="2027-01-04")
E(lang="en", kind="client-reply-other", owner="tom",
  frm=("Sinéad Brady", "sinead@bradycountsolutions.ie"), to=[OW("tom")],
  cc=[("Glenview Vets", "office@glenviewvets.ie")],
  subject="RE: " + r["subject"], date="2027-01-26 14:30", tz=DUB,
  body="""Hi Tom,

I'm the bookkeeper for Glenview Vets. Before I set up a payment to you, could you confirm your bank details by phone? Last week we got an email that looked like it came from you, saying your IBAN had changed to one with a different bank. We've been caught out by that kind of thing before, so I just want to be sure.

My number is 087 412 9930 – any time before 5.

Thanks,
Sinéad""",
  quote=r, quote_style="outlook", qto="office@glenviewvets.ie",
  note="Bookkeeper wants a phone confirmation of bank details after a suspicious change-of-details email: question, no promise stated.")

r = reminder("dana", "reminder", "DW-1044", "6300.00", "2026-12-15", "2027-01-04 09:00", "Dear Jordan Ames,", cur="USD")
E(lang="en", kind="client-reply-other", owner="dana",
  frm=("Jordan Ames", "jordan@fieldnotesapp.io"), to=[OW("dana")],
  subject="Re: " + r["subject"], date="2027-01-04 21:18", tz="America/Los_Angeles",
  body="""Dana!! Happy new year 🎉

Ok so big news – we closed the seed round over the holidays (!!!) and the board wants the onboarding flow rebuilt before we launch in March. I'd love to get you back on it. Rough scope: new onboarding (5-6 screens), a proper empty state for the dashboard, and maybe a pass on the settings page which is honestly a crime scene right now. Are you free for a kickoff the week of the 18th?

Re the invoice – I've passed it to Priscilla, our new ops lead, she's handling all vendor stuff now. Her email is priscilla@fieldnotesapp.io if you need anything.

Talk soon!
J""",
  quote=r, quote_style="gmail_us", html="alt-gmail", cte="base64",
  note="Start-up founder writes about new work; the invoice sentence only says it was passed to the new ops lead: other.")

r = reminder("dana", "courtesy", "DW-1051", "3900.00", "2027-02-15", "2027-02-08 09:00", "Dear Accounts Team,", cur="USD", issue="2027-01-16")
E(lang="en", kind="client-reply-other", owner="dana",
  frm=("Sandra Patel", "ap@meridianhospitalitygroup.com"), to=[OW("dana")],
  cc=[("Harbor Point Hotel", "gm@harborpointhotel.com")],
  subject="RE: " + r["subject"], date="2027-02-08 15:44", tz=NY,
  body="""Hi Dana,

Meridian Hospitality Group is the parent company of Harbor Point Hotel, and our AP team handles payments for all our properties.

This invoice is fine as addressed and I've logged it in our system. Going forward, please re-address invoices to Meridian Hospitality Group LLC, c/o Harbor Point Hotel, and send them directly to this mailbox rather than to the hotel's GM.

Thank you,
Sandra Patel
Accounts Payable | Meridian Hospitality Group""",
  quote=r, quote_style="outlook_us", qto="gm@harborpointhotel.com",
  note="Parent company AP answers a courtesy reminder: invoice logged, asks to re-address future invoices to the parent. No payment statement: other.")

r = reminder("priya", "late_fee", "PN-113", "1740.00", "2026-12-15", "2027-01-18 09:00", "Dear Karen Holt,", cur="GBP", deadline="2027-01-29")
E(lang="en", kind="client-reply-other", owner="priya",
  frm=("Amy Clarke", "amy.clarke@holtandreid.co.uk"), to=[OW("priya")],
  subject="RE: " + r["subject"], date="2027-01-19 11:09", tz=LON,
  body="""Hi Priya,

Karen has asked me to set up a quick call with you about this invoice – she'd like to go through a couple of items before it goes for payment. Would Tuesday at 3pm work? If not, let me know a couple of times that suit and I'll put something in her diary.

Many thanks,
Amy Clarke
Executive Assistant to Karen Holt
Holt & Reid Consulting""",
  quote=r, quote_style="outlook", qto="karen.holt@holtandreid.co.uk",
  html="alt-outlook", cte="quoted-printable",
  note="Executive assistant asks for a call about 'a couple of items': no explicit contest, no promise -> other.")



# ============================================================================================
# Output
# ============================================================================================
def toml_str(v):
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    import random
    msgs = list(MESSAGES)
    random.Random(1107).shuffle(msgs)   # numbering must not reveal kind or language
    for old in HERE.glob(PREFIX + "-*.eml"):
        old.unlink()
    lines = ["# round11-proxy: replies written by someone other than the client (accountants, assistants,",
             "# shared-services AP centres, family members, new employees, administrators/liquidators,",
             "# parent companies, lawyers) and client->colleague forwards with the freelancer in cc.",
             "# Generated by make.py; every body is hand-written.", ""]
    order = ["amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"]
    for n, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        (HERE / name).write_bytes(build(m, n))
        lines.append(f'[files."{name}"]')
        lines.append(f'kind = "{m["kind"]}"')
        lines.append(f'language = "{m["lang"]}"')
        lines.append('split = "dev"')
        for k in order:
            if k in m["labels"]:
                v = m["labels"][k]
                lines.append(f"{k} = {str(v).lower() if isinstance(v, bool) else toml_str(v)}")
        unknown = set(m["labels"]) - set(order)
        assert not unknown, unknown
        lines.append(f"note = {toml_str(m['note'])}")
        lines.append("")
    (HERE / "labels.toml").write_text("\n".join(lines), encoding="utf-8")
    check(msgs)


def check(msgs):
    import tomllib
    from collections import Counter
    labels = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))["files"]
    files = sorted(HERE.glob(PREFIX + "-*.eml"))
    assert len(files) == len(labels) == len(msgs), (len(files), len(labels), len(msgs))
    for f in files:
        msg = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (f.name, h)
        msg["Date"].datetime  # parses
        body = msg.get_body(("plain", "html"))
        assert body is not None and body.get_content().strip(), f.name
        lab = labels[f.name]
        if "promised_date" in lab:
            date.fromisoformat(lab["promised_date"])
            assert lab["kind"] == "client-reply-promise", f.name
    kinds = Counter((l["kind"]) for l in labels.values())
    langs = Counter((l["language"]) for l in labels.values())
    print(len(files), "messages parsed OK")
    print(dict(kinds))
    print(dict(langs))


if __name__ == "__main__":
    main()
