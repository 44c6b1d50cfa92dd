#!/usr/bin/env python3
"""Round 12 (money): client replies whose amounts and invoice references are tricky.

Generates r12m-NNNN.eml and labels.toml in this directory, then re-parses every file.
Python 3.11, stdlib only. Every message body below is hand-written; only the MIME plumbing,
the HTML skeletons and the quoted originals (mailduns reminders / invoice mails) are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import os
import quopri
import sys
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r12m"

# --------------------------------------------------------------------------------------------
# The freelancers (mailbox owners). One numbering style each.
# --------------------------------------------------------------------------------------------
OWNERS = {
    # numbers N/2026
    "ale": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it", tz="Europe/Rome",
                benef="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    # numbers N/2026
    "marco": dict(name="Marco Ferri", addr="marco@ferritraduzioni.it", lang="it", tz="Europe/Rome",
                  benef="Marco Ferri", iban="IT02 L030 6909 6061 0000 0012 345", bic="BCITITMM"),
    # numbers N/2026
    "chiara": dict(name="Chiara Lombardi", addr="chiara@lombardifoto.it", lang="it", tz="Europe/Rome",
                   benef="Chiara Lombardi", iban="IT47 B030 6903 4001 0000 0009 876", bic="BCITITMM"),
    # numbers 2026-0NN
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  benef="Lucía Martín Gómez", iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
    # numbers F26-0NN
    "jordi": dict(name="Jordi Puig", addr="jordi@puigfotografia.cat", lang="es", tz="Europe/Madrid",
                  benef="Jordi Puig i Serra", iban="ES76 0081 0200 2500 0123 4567", bic="BSABESBBXXX"),
    # numbers 2026-0NN
    "nerea": dict(name="Nerea Santana", addr="nerea@santanaweb.es", lang="es", tz="Atlantic/Canary",
                  benef="Nerea Santana Suárez", iban="ES12 2038 9212 1160 0034 5678", bic="CAHMESMMXXX"),
    # numbers INV-2026-NNN
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                benef="Tom Byrne", iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D"),
    # numbers SW-NNN
    "sarah": dict(name="Sarah Whitfield", addr="sarah@whitfieldcopy.co.uk", lang="en", tz="Europe/London",
                  benef="Sarah Whitfield", iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22"),
}

# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------
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


def when(s, tz):
    """'2026-11-19 10:42' in time zone tz -> aware datetime."""
    d, t = s.split()
    y, m, dd = map(int, d.split("-"))
    hh, mm = map(int, t.split(":"))
    sec = int(hashlib.md5(s.encode()).hexdigest(), 16) % 60
    return dt.datetime(y, m, dd, hh, mm, sec, tzinfo=ZoneInfo(tz))


def day(s):
    y, m, d = map(int, s.split("-"))
    return dt.date(y, m, d)


def long_date(lang, s):
    d = day(s)
    if lang == "it":
        return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def art_il(s):
    d = day(s)
    return ("l'" if d.day in (1, 8, 11) else "il ") + long_date("it", s)


def art_dal(s):
    d = day(s)
    return ("dall'" if d.day in (1, 8, 11) else "dal ") + long_date("it", s)


# --------------------------------------------------------------------------------------------
# The quoted originals: what the freelancer (or mailduns) sent. Follows templates/{it,es,en}.
# --------------------------------------------------------------------------------------------
def pay_block(lang, o, ref):
    if lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {o['benef']}\n- IBAN: {o['iban']}\n"
                f"- BIC: {o['bic']}\n- causale: {ref}")
    if lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {o['benef']}\n- IBAN: {o['iban']}\n"
                f"- BIC: {o['bic']}\n- concepto: {ref}")
    return (f"Payment details:\n- Account name: {o['benef']}\n- IBAN: {o['iban']}\n"
            f"- BIC (SWIFT): {o['bic']}\n- Payment reference: {ref}")


def salutation(lang, name, kind):
    if lang == "it":
        if kind == "company":
            return f"Spett.le {name},"
        if kind == "person":
            return f"Gentile {name},"
        return "Buongiorno,"
    if lang == "es":
        if kind == "company":
            return "Estimados señores:"
        if kind == "person":
            first = name.split()[0].lower()
            if first in ("sra.", "sra", "dña.", "doña", "d.ª"):
                return f"Estimada {name}:"
            if first in ("sr.", "sr", "d.", "don"):
                return f"Estimado {name}:"
            return f"Buenos días, {name}:"
        return "Buenos días:"
    if kind == "company":
        return "Dear Accounts Team,"
    if kind == "person":
        return f"Dear {name},"
    return "Hello,"


def original_text(o, q):
    """q: dict(kind, num, amt, due, issue, deadline, cname, ckind, desc, days, invoices, total, promise,
    claim) -> the text of the quoted original mail."""
    lang = o["lang"]
    k = q["kind"]
    num, amt = q.get("num"), q.get("amt")
    due = q.get("due")
    sal = salutation(lang, q.get("cname"), q.get("ckind"))
    owner = o["name"]
    if lang == "it":
        ref = q.get("ref", f"Fattura n. {num}")
        pb = pay_block(lang, o, ref) if k != "statement" else pay_block(lang, o, q.get("ref", "saldo fatture"))
        if k == "invoice":
            return (f"Buongiorno,\n\nin allegato la fattura n. {num} di {amt} relativa a {q['desc']}, "
                    f"con scadenza {art_il(due)}.\n\n{pb}\n\nGrazie e buona giornata,\n{owner}")
        if k == "courtesy":
            iss = f", emessa {art_il(q['issue'])}," if q.get("issue") else ""
            return (f"{sal}\n\nun breve promemoria: la fattura n. {num} di {amt}{iss} è in scadenza "
                    f"{art_il(due)}.\n\nNel caso il pagamento sia già stato disposto, ringrazio e prego di non "
                    f"tenere conto di questo messaggio.\n\n{pb}\n\nPer qualsiasi domanda basta rispondere a "
                    f"questa email.\n\nCordiali saluti,\n{owner}")
        if k == "due":
            return (f"{sal}\n\nun promemoria: la fattura n. {num} di {amt} è scaduta {art_il(due)}. Se il "
                    f"pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi "
                    f"giorni.\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto "
                    f"di questo messaggio.\n\n{pb}\n\nPer qualsiasi domanda basta rispondere a questa email."
                    f"\n\nCordiali saluti,\n{owner}")
        if k == "reminder":
            return (f"{sal}\n\nda un controllo la fattura n. {num} di {amt}, scaduta {art_il(due)}, risulta "
                    f"ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di "
                    f"provvedere al pagamento appena possibile.\n\nSe il pagamento è già stato effettuato, basta "
                    f"rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal "
                    f"caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, "
                    f"possiamo chiarirlo insieme: basta rispondere a questa email.\n\n{pb}\n\nCordiali saluti,\n{owner}")
        if k == "late_fee":
            return (f"{sal}\n\nla fattura n. {num} di {amt}, scaduta {art_il(due)}, risulta ancora da saldare: "
                    f"sono trascorsi {q['days']} giorni dalla scadenza.\n\nChiedo cortesemente di provvedere al "
                    f"pagamento entro {art_il(q['deadline'])}. Se il pagamento è già stato disposto, basta "
                    f"rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi "
                    f"di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                    f"{pb}\n\nCordiali saluti,\n{owner}")
        if k == "promise_followup":
            return (f"{sal}\n\nringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num} di {amt}, "
                    f"scaduta {art_il(due)}.\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato "
                    f"disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in "
                    f"più, chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n{pb}\n\nCordiali saluti,\n{owner}")
        if k == "final":
            return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num} "
                    f"{('del ' + long_date('it', q['issue'])) if q.get('issue') else ''}\n\n{sal}\n\nla fattura n. "
                    f"{num} di {amt}, scaduta {art_il(due)}, risulta ancora da saldare nonostante i precedenti "
                    f"solleciti.\n\nCon la presente chiedo formalmente il pagamento di {amt} entro "
                    f"{art_il(q['deadline'])}. La presente vale quale atto di costituzione in mora ai sensi e per "
                    f"gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della "
                    f"prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\nIn mancanza del pagamento "
                    f"entro tale termine, mi riservo di procedere al recupero del credito nelle sedi competenti, "
                    f"anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del "
                    f"debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono "
                    f"disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\nQualora il "
                    f"pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la "
                    f"data del bonifico, così da poterlo verificare.\n\n{pb}\n\nCordiali saluti,\n{owner}")
        if k == "statement":
            lines = "\n".join(
                f"- n. {i[0]} del {long_date('it', i[1])}, scaduta {art_il(i[2])} ({i[3]} giorni di ritardo): {i[4]}"
                for i in q["invoices"])
            return (f"{sal}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n{lines}\n\n"
                    f"Totale da pagare: {q['total']}\n\nChiedo cortesemente di provvedere al pagamento entro "
                    f"{art_il(q['deadline'])}. Se alcune di queste fatture sono già state pagate, basta rispondere "
                    f"indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema "
                    f"con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                    f"Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state "
                    f"inviate.\n\nCordiali saluti,\n{owner}")
    if lang == "es":
        ref = q.get("ref", f"Factura {num}")
        pb = pay_block(lang, o, ref)
        if k == "invoice":
            return (f"Hola,\n\nos adjunto la factura n.º {num} por importe de {amt}, correspondiente a "
                    f"{q['desc']}. Vencimiento: {long_date('es', due)}.\n\n{pb}\n\nMuchas gracias,\n{owner}")
        if k == "courtesy":
            iss = f", emitida el {long_date('es', q['issue'])}," if q.get("issue") else ""
            return (f"{sal}\n\nUn breve recordatorio: la factura n.º {num} de {amt}{iss} vence el "
                    f"{long_date('es', due)}.\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario "
                    f"hacer nada más.\n\n{pb}\n\nPara cualquier duda, basta con responder a este correo.\n\n"
                    f"Un cordial saludo,\n{owner}")
        if k == "due":
            return (f"{sal}\n\nLa factura n.º {num} de {amt} venció el {long_date('es', due)} y, según mis "
                    f"registros, el pago aún no consta. Agradecería que se tramitara en los próximos días.\n\n"
                    f"Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n{pb}\n\n"
                    f"Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{owner}")
        if k == "reminder":
            return (f"{sal}\n\nRevisando mis cuentas, veo que la factura n.º {num} de {amt}, vencida el "
                    f"{long_date('es', due)}, sigue pendiente de pago. Seguramente se trata de un simple descuido; "
                    f"agradecería que el pago se realizara en cuanto sea posible.\n\nSi el pago ya se ha realizado, "
                    f"muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para "
                    f"que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo "
                    f"por esta misma vía.\n\n{pb}\n\nUn cordial saludo,\n{owner}")
        if k == "late_fee":
            return (f"{sal}\n\nLa factura n.º {num} de {amt} venció el {long_date('es', due)}, hace {q['days']} "
                    f"días, y sigue pendiente de pago.\n\nRuego que el pago de {amt} se realice a más tardar el "
                    f"{long_date('es', q['deadline'])}. Si ya está en curso, muchas gracias: basta con responder "
                    f"indicando la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, "
                    f"podemos buscar una solución por esta misma vía.\n\n{pb}\n\nUn cordial saludo,\n{owner}")
        if k == "promise_followup":
            if q.get("promise"):
                first = (f"Según su último mensaje, el pago de la factura n.º {num} de {amt} se realizaría a más "
                         f"tardar el {long_date('es', q['promise'])}; gracias de nuevo por la información.")
            else:
                first = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {num} de {amt}, "
                         f"vencida el {long_date('es', due)}.")
            return (f"{sal}\n\n{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, "
                    f"muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta "
                    f"unos días más, me sería útil saber para cuándo puedo contar con él.\n\n{pb}\n\n"
                    f"Un cordial saludo,\n{owner}")
        if k == "statement":
            lines = "\n".join(
                f"- n.º {i[0]}, del {long_date('es', i[1])}, vencida el {long_date('es', i[2])} ({i[3]} días de retraso): {i[4]}"
                for i in q["invoices"])
            return (f"{sal}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:"
                    f"\n\n{lines}\n\nTotal a pagar: {q['total']}\n\nRuego que el pago de estas facturas se realice "
                    f"a más tardar el {long_date('es', q['deadline'])}. Si alguna de ellas ya está pagada, muchas "
                    f"gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que pueda "
                    f"actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo por esta "
                    f"misma vía.\n\nLos datos para el pago figuran en las facturas, en los mensajes con los que se "
                    f"enviaron.\n\nUn cordial saludo,\n{owner}")
        if k == "final":
            return (f"Asunto: Requerimiento de pago de la factura n.º {num}\n\n{sal}\n\nLa factura n.º {num} venció "
                    f"el {long_date('es', due)} y, pese a los recordatorios enviados anteriormente, sigue pendiente "
                    f"de pago por un importe de {amt}.\n\nPor la presente, y a los efectos del artículo 1100 del "
                    f"Código Civil, requiero formalmente el pago de {amt} a más tardar el "
                    f"{long_date('es', q['deadline'])}.\n\nMi intención es resolver este asunto de forma amistosa. "
                    f"Por ello, esta comunicación es también una invitación formal a negociar una solución, a los "
                    f"efectos de la Ley Orgánica 1/2025, de 2 de enero, de medidas en materia de eficiencia del "
                    f"Servicio Público de Justicia: si existe algún motivo para el retraso, alguna discrepancia con "
                    f"la factura o la necesidad de un calendario de pagos, basta con responder a este correo.\n\n"
                    f"Si para el {long_date('es', q['deadline'])} no se ha recibido el pago ni hemos llegado a un "
                    f"acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el "
                    f"procedimiento monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en "
                    f"los últimos días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve "
                    f"respuesta con la fecha de la transferencia.\n\n{pb}\n\nAtentamente,\n{owner}")
    if lang == "en":
        ref = q.get("ref", num)
        pb = pay_block(lang, o, ref)
        close = "Kind regards,"
        if k == "invoice":
            return (f"Hi {q.get('first', 'there')},\n\nPlease find attached invoice {num} for {amt} ({q['desc']}), "
                    f"due on {long_date('en', due)}.\n\n{pb}\n\nThanks very much,\n{owner}")
        if k == "courtesy":
            iss = f", issued on {long_date('en', q['issue'])}," if q.get("issue") else ""
            return (f"{sal}\n\nThis is a friendly reminder that invoice {num} for {amt}{iss} is due for payment "
                    f"on {long_date('en', due)}.\n\nIf payment is already on its way, thank you, and please "
                    f"disregard this message.\n\n{pb}\n\nIf you have any questions, just reply to this email.\n\n"
                    f"{close}\n{owner}")
        if k == "due":
            return (f"{sal}\n\nThis is a quick reminder that invoice {num} for {amt} was due for payment on "
                    f"{long_date('en', due)}. If it has not been paid yet, I would be grateful if you could arrange "
                    f"payment in the next few days.\n\nIf you have already paid, thank you, and please disregard "
                    f"this reminder.\n\n{pb}\n\nIf you have any questions, just reply to this email.\n\n{close}\n{owner}")
        if k == "reminder":
            return (f"{sal}\n\nAccording to my records, invoice {num} for {amt}, due on {long_date('en', due)}, "
                    f"has not yet been paid. It may simply have been overlooked, so I would be grateful if you "
                    f"could arrange payment at your earliest convenience.\n\nIf you have already paid, thank you – "
                    f"please let me know the payment date so that I can update my records. If there is a problem "
                    f"with the invoice, please reply to this email and we can sort it out.\n\n{pb}\n\n{close}\n{owner}")
        if k == "late_fee":
            return (f"{sal}\n\nInvoice {num} for {amt}, due on {long_date('en', due)}, is now {q['days']} days "
                    f"overdue.\n\nPlease arrange payment by {long_date('en', q['deadline'])}. If payment is already "
                    f"on its way, thank you – please let me know the date it was made. If there is a problem with "
                    f"the invoice or with the timing, please reply to this email and we can find a solution.\n\n"
                    f"{pb}\n\n{close}\n{owner}")
        if k == "promise_followup":
            if q.get("promise"):
                first = (f"Thank you for letting me know that invoice {num} for {amt} would be paid by "
                         f"{long_date('en', q['promise'])}.")
            else:
                first = (f"Thank you for your earlier message about invoice {num} for {amt}, which was due on "
                         f"{long_date('en', due)}.")
            return (f"{sal}\n\n{first}\n\nThe payment has not reached me yet. If it is already on its way, thank "
                    f"you – please let me know the date it was made. If you need a little more time, could you let "
                    f"me know when I can expect it?\n\n{pb}\n\n{close}\n{owner}")
        if k == "statement":
            lines = "\n".join(
                f"- {i[0]}, issued on {long_date('en', i[1])}, due on {long_date('en', i[2])} ({i[3]} days overdue): {i[4]}"
                for i in q["invoices"])
            return (f"{sal}\n\nAccording to my records, the following invoices are still outstanding:\n\n{lines}\n\n"
                    f"Total due: {q['total']}\n\nPlease arrange payment by {long_date('en', q['deadline'])}. If some "
                    f"of these invoices have already been paid, thank you – please let me know which ones and the "
                    f"payment dates, so that I can update my records. If there is a problem with any of them, please "
                    f"reply to this email and we can sort it out.\n\nThe payment details are on the invoices, in the "
                    f"emails they were sent with.\n\n{close}\n{owner}")
        if k == "final":
            return (f"Final notice before debt recovery\n\nTo: {q['cname']}\nDate: {long_date('en', q['sent'])}\n"
                    f"Invoice: {num}, due on {long_date('en', due)}\nAmount due: {amt}\nPayment deadline: "
                    f"{long_date('en', q['deadline'])}\n\n{salutation('en', q['cname'], q['ckind']) if q['ckind'] == 'person' else 'Dear Sir or Madam,'}\n\n"
                    f"Despite my previous reminders, invoice {num} for {amt}, which was due for payment on "
                    f"{long_date('en', due)}, remains unpaid.\n\nI therefore formally request payment of {amt} by "
                    f"{long_date('en', q['deadline'])}.\n\nIf payment is not received by that date, I intend to take "
                    f"steps to recover the debt. These may include referring the matter to a debt collection agency "
                    f"or a solicitor and, if necessary, starting court proceedings.\n\nI would much rather resolve "
                    f"this with you directly. If there is a reason for the delay, or if you would like to propose a "
                    f"payment plan, please reply to this email before {long_date('en', q['deadline'])}.\n\nIf you "
                    f"have paid in the meantime, thank you, and please accept my apologies for this notice; it would "
                    f"help if you could let me know the payment date so that I can update my records.\n\n{pb}\n\n"
                    f"{'Yours sincerely,' if q['ckind'] == 'person' else 'Yours faithfully,'}\n{owner}")
    raise ValueError(k)


def default_subject(o, q):
    lang, num, k = o["lang"], q.get("num"), q["kind"]
    if lang == "it":
        return {"invoice": f"Fattura n. {num}", "statement": "Fatture in sospeso",
                "final": f"Diffida di pagamento – fattura n. {num}"}.get(k, f"Fattura n. {num}")
    if lang == "es":
        return {"invoice": f"Factura {num}", "statement": "Facturas pendientes",
                "final": f"Requerimiento de pago de la factura n.º {num}"}.get(k, f"Factura n.º {num}")
    return {"invoice": f"Invoice {num}", "statement": "Outstanding invoices",
            "final": f"Final notice – invoice {num}"}.get(k, f"Invoice {num}")


# --------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------
def fmt_addr(name, addr):
    return f"{name} <{addr}>" if name else addr


def attribution(style, lang, odt, oname, oaddr, to_s, subj):
    wd = odt.weekday()
    if style == "gmail":
        if lang == "it":
            return (f"Il giorno {IT_DAYS_SHORT[wd]} {odt.day} {IT_MONTHS[odt.month - 1][:3]} {odt.year} alle ore "
                    f"{odt:%H:%M} {oname} <{oaddr}> ha scritto:")
        if lang == "es":
            return (f"El {ES_DAYS_SHORT[wd]}, {odt.day} {ES_MONTHS[odt.month - 1][:3]} {odt.year} a las "
                    f"{odt.hour}:{odt:%M}, {oname} (<{oaddr}>) escribió:")
        return f"On {odt:%a}, {odt.day} {odt:%b} {odt.year} at {odt:%H:%M}, {oname} <{oaddr}> wrote:"
    if style == "apple":
        if lang == "it":
            return (f"Il giorno {odt.day} {IT_MONTHS[odt.month - 1][:3]} {odt.year}, alle ore {odt:%H:%M}, "
                    f"{oname} <{oaddr}> ha scritto:")
        if lang == "es":
            return (f"El {odt.day} {ES_MONTHS[odt.month - 1][:3]} {odt.year}, a las {odt.hour}:{odt:%M}, "
                    f"{oname} <{oaddr}> escribió:")
        return f"On {odt.day} {odt:%b} {odt.year}, at {odt:%H:%M}, {oname} <{oaddr}> wrote:"
    if style == "thunderbird":
        if lang == "it":
            return f"Il {odt:%d/%m/%Y %H:%M}, {oname} ha scritto:"
        if lang == "es":
            return f"El {odt:%d/%m/%Y} a las {odt:%H:%M}, {oname} escribió:"
        return f"On {odt:%d/%m/%Y %H:%M}, {oname} wrote:"
    if style in ("outlook", "outlook_sep"):
        sep = "________________________________\n" if style == "outlook" else ""
        if lang == "it":
            return (f"{sep}Da: {oname} <{oaddr}>\nInviato: {IT_DAYS[wd]} {odt.day} {IT_MONTHS[odt.month - 1]} "
                    f"{odt.year} {odt:%H:%M}\nA: {to_s}\nOggetto: {subj}")
        if lang == "es":
            return (f"{sep}De: {oname} <{oaddr}>\nEnviado: {ES_DAYS[wd]}, {odt.day} de {ES_MONTHS[odt.month - 1]} "
                    f"de {odt.year} {odt.hour}:{odt:%M}\nPara: {to_s}\nAsunto: {subj}")
        return (f"{sep}From: {oname} <{oaddr}>\nSent: {EN_DAYS[wd]}, {odt.day} {EN_MONTHS[odt.month - 1]} "
                f"{odt.year} {odt:%H:%M}\nTo: {to_s}\nSubject: {subj}")
    if style == "original":
        hdr = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
               "en": "-----Original Message-----"}[lang]
        if lang == "it":
            return (f"{hdr}\nDa: {oname} [mailto:{oaddr}]\nInviato: {IT_DAYS[wd]} {odt.day} "
                    f"{IT_MONTHS[odt.month - 1]} {odt.year} {odt:%H:%M}\nA: {to_s}\nOggetto: {subj}")
        if lang == "es":
            return (f"{hdr}\nDe: {oname} [mailto:{oaddr}]\nEnviado el: {ES_DAYS[wd]}, {odt.day} de "
                    f"{ES_MONTHS[odt.month - 1]} de {odt.year} {odt:%H:%M}\nPara: {to_s}\nAsunto: {subj}")
        return (f"{hdr}\nFrom: {oname} [mailto:{oaddr}]\nSent: {odt:%d %B %Y %H:%M}\nTo: {to_s}\n"
                f"Subject: {subj}")
    raise ValueError(style)


def quote_text(style, lang, odt, oname, oaddr, to_s, subj, otext):
    att = attribution(style, lang, odt, oname, oaddr, to_s, subj)
    if style in ("gmail", "apple", "thunderbird"):
        q = "\n".join(("> " + l) if l else ">" for l in otext.split("\n"))
        return f"{att}\n\n{q}" if style == "apple" else f"{att}\n{q}"
    return f"{att}\n\n{otext}"


# --------------------------------------------------------------------------------------------
# HTML skeletons
# --------------------------------------------------------------------------------------------
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_html(text, tag="div"):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append(f"<{tag}>" + "<br>\n".join(esc(l) for l in block.split("\n")) + f"</{tag}>")
    return f"\n<{tag}><br></{tag}>\n".join(out) if tag == "div" else "\n".join(out)


def html_gmail(body, att, otext, bhtml=None):
    b = bhtml or paras_html(body)
    if otext is None:
        return f'<div dir="ltr">{b}</div>\n'
    return (f'<div dir="ltr">{b}</div><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
            f'{esc(att)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
            f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{paras_html(otext)}</blockquote></div>\n')


def html_outlook(body, att, otext, font="Calibri", bhtml=None):
    b = bhtml or "\n".join(f'<p class="MsoNormal">{"<br>".join(esc(l) for l in blk.split(chr(10)))}<o:p></o:p></p>'
                  for blk in body.strip("\n").split("\n\n"))
    head = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"{font}",sans-serif;}}\n'
            '--></style></head><body lang="IT" link="#0563C1" vlink="#954F72"><div class="WordSection1">\n')
    tail = "</div></body></html>\n"
    if otext is None:
        return head + b + "\n" + tail
    hdr = "<br>".join(("<b>" + esc(l.split(":", 1)[0]) + ":</b>" + esc(l.split(":", 1)[1])) if ":" in l else esc(l)
                      for l in att.replace("________________________________\n", "").split("\n")
                      if not l.startswith("-----"))
    q = "\n".join(f'<p class="MsoNormal">{"<br>".join(esc(l) for l in blk.split(chr(10)))}<o:p></o:p></p>'
                  for blk in otext.split("\n\n"))
    return (head + b + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid '
            '#E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">' + hdr + '<o:p></o:p></p></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' + q
            + "\n" + tail)


def html_plain(body, att, otext, bhtml=None):
    b = bhtml or paras_html(body, "p")
    if otext is None:
        return f"<html><body>{b}</body></html>\n"
    return (f"<html><body>{b}<p>{esc(att)}</p><blockquote type=\"cite\" style=\"border-left:2px solid #1010ff;"
            f"padding-left:5px\">{paras_html(otext, 'p')}</blockquote></body></html>\n")


# --------------------------------------------------------------------------------------------
# MIME
# --------------------------------------------------------------------------------------------
PDF = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n"
       b"<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")


def enc_header(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def enc_addr(a):
    if isinstance(a, (list, tuple)) and a and isinstance(a[0], (list, tuple)):
        return ", ".join(enc_addr(x) for x in a)
    if isinstance(a, (list, tuple)):
        return formataddr((a[0], a[1]), charset="utf-8") if a[0] else a[1]
    return a


def text_part(text, subtype="plain", charset="utf-8", cte="8bit", codec=None, extra=""):
    data = text.replace("\r\n", "\n").encode(codec or charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode(codec or charset)
    params = f'; charset="{charset}"' if subtype == "plain" and charset != "us-ascii" else f"; charset={charset}"
    if subtype == "plain" and extra:
        params += extra
    return (f"Content-Type: text/{subtype}{params}\nContent-Transfer-Encoding: {cte}\n\n", body, codec or charset)


def bin_part(data, ctype, filename, disp="attachment"):
    body = base64.encodebytes(data).decode("ascii")
    fn = filename
    return (f'Content-Type: {ctype}; name="{fn}"\nContent-Disposition: {disp}; filename="{fn}"\n'
            f"Content-Transfer-Encoding: base64\n\n", body, "ascii")


def boundary(seed, n):
    return f"----=_Part_{n}_{int(hashlib.md5(seed.encode()).hexdigest()[:10], 16)}"


def multipart(subtype, parts, bnd, extra=""):
    out = []
    for hdr, body, codec in parts:
        out.append((f"--{bnd}\n" + hdr, body, codec))
    return (f'Content-Type: multipart/{subtype}; boundary="{bnd}"{extra}\n\n', out, None)


def serialize_part(p):
    hdr, body, codec = p
    if isinstance(body, list):
        b = hdr.encode("ascii") + b"This is a multi-part message in MIME format.\n\n"
        bnd = hdr.split('boundary="')[1].split('"')[0]
        for sub in body:
            b += serialize_part(sub)
            if not b.endswith(b"\n"):
                b += b"\n"
        b += f"--{bnd}--\n".encode("ascii")
        return b
    if not body.endswith("\n"):
        body += "\n"
    return hdr.encode("ascii") + body.encode(codec if codec not in (None, "ascii") else "ascii")


LABELS = []
FILES = []


def mid(seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def emit(n, headers, part, label):
    name = f"{PREFIX}-{n:04d}.eml"
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    raw = ("\n".join(lines) + "\n").encode("ascii") + serialize_part(part)
    raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(raw)
    FILES.append(name)
    LABELS.append((name, label))


def msg(n, *, label, frm, to, date, tz, subject, body=None, owner=None, orig=None, quote=None,
        fmt="plain", html=None, cc=None, charset="utf-8", cte="8bit", codec=None, attach=(),
        headers=(), xmailer=None, msgid_domain=None, html_style="gmail", refs_extra=0, reply_to=None,
        inline_quote_html=True, flowed=False, html_body=None):
    """One message. orig: the quoted original (dict for original_text, plus 'date', 'subject', 'to')."""
    o = OWNERS[owner] if owner else None
    ddt = when(date, tz)
    frm_s = enc_addr(frm)
    to_s = enc_addr(to)
    headers_out = [("Date", format_datetime(ddt)), ("From", frm_s), ("To", to_s)]
    if cc:
        headers_out.append(("Cc", enc_addr(cc)))
    if reply_to:
        headers_out.append(("Reply-To", enc_addr(reply_to)))
    headers_out.append(("Subject", enc_header(subject)))
    fdomain = msgid_domain or (frm[1].split("@")[1] if isinstance(frm, tuple) else frm.split("@")[-1].strip(">"))
    headers_out.append(("Message-ID", mid(f"{n}-{date}-{subject}", fdomain)))
    otext = att = None
    if orig is not None:
        odt = when(orig["date"], o["tz"])
        osubj = orig.get("subject") or default_subject(o, orig)
        ocid = mid(f"orig-{n}-{orig['date']}", o["addr"].split("@")[1])
        refs = [mid(f"inv-{n}-{i}", o["addr"].split("@")[1]) for i in range(refs_extra)] + [ocid]
        headers_out.append(("In-Reply-To", ocid))
        headers_out.append(("References", " ".join(refs)))
        otext = original_text(o, orig)
        to_disp = orig.get("to") or (fmt_addr(frm[0], frm[1]) if isinstance(frm, tuple) else frm)
        if quote:
            att = attribution(quote, o["lang"], odt, o["name"], o["addr"], to_disp, osubj)
            qtext = quote_text(quote, o["lang"], odt, o["name"], o["addr"], to_disp, osubj, otext)
        else:
            qtext = None
    else:
        qtext = None
    for h in headers:
        headers_out.append(h)
    if xmailer:
        headers_out.append(("X-Mailer", xmailer))
    # the text
    full = body if qtext is None else (body.rstrip("\n") + "\n\n" + qtext)
    extra = '; format=flowed' if flowed else ""
    parts = []
    if fmt in ("plain", "alt"):
        parts.append(text_part(full + "\n", "plain", charset, cte, codec, extra))
    if fmt in ("alt", "html"):
        if html is None:
            qo = otext if (qtext is not None and inline_quote_html) else None
            if html_style == "outlook":
                h = html_outlook(body, att, qo, bhtml=html_body)
            elif html_style == "plain":
                h = html_plain(body, att, qo, bhtml=html_body)
            else:
                h = html_gmail(body, att, qo, bhtml=html_body)
        else:
            h = html
        h = h.replace("charset=utf-8", f"charset={charset}")
        hcte = "quoted-printable" if cte in ("8bit", "7bit") and fmt == "html" else cte
        if fmt == "alt":
            hcte = "quoted-printable"
        parts.append(text_part(h, "html", charset, hcte, codec))
    if len(parts) == 2:
        body_part = multipart("alternative", parts, boundary(f"alt{n}", n))
    else:
        body_part = parts[0]
    if attach:
        ap = [body_part]
        for data, ctype, fn in attach:
            ap.append(bin_part(data, ctype, fn))
        body_part = multipart("mixed", ap, boundary(f"mix{n}", n + 1000))
    emit(n, headers_out, body_part, label)


def raw_msg(n, *, label, headers, part):
    """For machine mail written part by part."""
    emit(n, headers, part, label)


def O(kind, date, num=None, amt=None, due=None, **kw):
    d = dict(kind=kind, date=date, num=num, amt=amt, due=due)
    d.update(kw)
    return d


def L(kind, lang, note, **kw):
    d = {"kind": kind, "language": lang, "split": "dev"}
    for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"):
        if k in kw:
            d[k] = kw[k]
    d["note"] = note
    return d


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def write_labels():
    out = [f"# Round 12 (money) — {len(LABELS)} messages, written by hand; generated by make.py\n"]
    for name, lab in LABELS:
        out.append(f'[files."{name}"]')
        for k, v in lab.items():
            if isinstance(v, bool):
                out.append(f"{k} = {'true' if v else 'false'}")
            else:
                out.append(f"{k} = {toml_str(str(v))}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))


# ============================================================================================
# Shortcuts used by the messages
# ============================================================================================
ALE = ("Alessandra Rossi", "alessandra@example.it")
MARCO = ("Marco Ferri", "marco@ferritraduzioni.it")
CHIARA = ("Chiara Lombardi", "chiara@lombardifoto.it")
LUCIA = ("Lucía Martín", "lucia@martinestudio.es")
JORDI = ("Jordi Puig", "jordi@puigfotografia.cat")
NEREA = ("Nerea Santana", "nerea@santanaweb.es")
TOM = ("Tom Byrne", "tom@byrnedesign.ie")
SARAH = ("Sarah Whitfield", "sarah@whitfieldcopy.co.uk")

IPHONE_IT = "\n\nInviato da iPhone"
ANDROID_ES = "\n\nEnviado desde mi Android"
IPHONE_ES = "\n\nEnviado desde mi iPhone"
IPHONE_EN = "\n\nSent from my iPhone"

GDPR_IT = ("Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate e possono "
           "contenere informazioni riservate. Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, "
           "se avete ricevuto questo messaggio per errore vi preghiamo di darcene comunicazione e di cancellarlo. "
           "È vietato qualsiasi uso non autorizzato.")
LOPD_ES = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, "
           "pudiendo contener información confidencial sometida a secreto profesional. En cumplimiento del "
           "Reglamento (UE) 2016/679 (RGPD) y la LOPDGDD 3/2018, le informamos de que sus datos forman parte de "
           "un fichero responsabilidad de la empresa, con la finalidad de gestionar la relación comercial. "
           "Puede ejercer sus derechos de acceso, rectificación, supresión y oposición dirigiéndose por escrito "
           "a la dirección del remitente.")
DISC_EN = ("This email and any files transmitted with it are confidential and intended solely for the use of "
           "the individual or entity to whom they are addressed. If you have received this email in error "
           "please notify the sender and delete it. Please consider the environment before printing this email.")


# ============================================================================================
# ITALIANO (1–40)
# ============================================================================================
def italian():
    # 1 — paid; CRO 19 digits next to the amount; Outlook, iso-8859-1 declared with cp1252 bytes
    msg(1, owner="ale",
        label=L("client-reply-paid", "it",
                "Accounts dept says the transfer went out yesterday; states 1.220,00. The 19-digit CRO and the "
                "P.IVA/phone in the signature are not amounts. Value date 20/11 is not a promise.",
                amount="1220.00"),
        frm=("Amministrazione Tipografia Bertoni", "amministrazione@tipografiabertoni.it"), to=ALE,
        date="2026-11-19 10:42", tz="Europe/Rome", subject="R: Fattura n. 31/2026",
        orig=O("reminder", "2026-11-18 09:00", "31/2026", "1.220,00 €", "2026-11-15",
               cname="Tipografia Bertoni srl", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook", charset="iso-8859-1", codec="cp1252",
        cte="quoted-printable", xmailer="Microsoft Outlook 16.0",
        body="""Buongiorno,

il bonifico è stato disposto ieri pomeriggio, CRO 0306901234567890123 – importo € 1.220,00, valuta beneficiario 20/11.
Ci scusiamo per il ritardo, la fattura era finita nella cartella sbagliata.

Cordiali saluti

Roberta Galli
Ufficio Amministrazione
Tipografia Bertoni S.r.l.
Via dell’Industria 14 – 40138 Bologna
Tel. 051 6012345 – P.IVA 01234560373

""" + GDPR_IT)

    # 2 — paid net of ritenuta d'acconto
    msg(2, owner="ale",
        label=L("client-reply-paid", "it",
                "Law firm paid the invoice net of the 20% ritenuta d'acconto: the amount transferred is 1.068,80 "
                "(not the 1.268,80 of the invoice, not the 200,00 withheld). '16 dicembre' is the F24 deadline "
                "for the withholding, not a promise. 'fattura n. 29 del 2026' -> 29/2026.",
                amount="1068.80", reference="29/2026"),
        frm=("Studio Legale Mancini - Segreteria", "segreteria@studiolegalemancini.it"), to=ALE,
        date="2026-11-25 16:05", tz="Europe/Rome", subject="Re: Fattura n. 29/2026",
        orig=O("reminder", "2026-11-24 09:00", "29/2026", "1.268,80 €", "2026-11-20",
               cname="Studio Legale Avv. Paolo Mancini", ckind="company"),
        quote="gmail", fmt="alt",
        body="""Gentile dott.ssa Rossi,

le confermo che in data odierna abbiamo disposto il bonifico di € 1.068,80 relativo alla Sua fattura n. 29 del 2026, pari al totale documento al netto della ritenuta d'acconto del 20% (€ 200,00), che lo Studio verserà con F24 entro il 16 dicembre in qualità di sostituto d'imposta.
La Certificazione Unica Le verrà trasmessa entro il 16 marzo.

Distinti saluti

Lucia Ferraro
Segreteria amministrativa
Studio Legale Avv. Paolo Mancini
Via Santo Stefano 31 – 40125 Bologna""")

    # 3 — paid, amount in words, elderly private client
    msg(3, owner="ale",
        label=L("client-reply-paid", "it",
                "Private client paid at the post office; the amount is written in words ('milleduecento euro'). "
                "Long personal aside.",
                amount="1200.00"),
        frm=("Franca Zanetti", "franca.zanetti@libero.it"), to=ALE,
        date="2026-12-03 11:20", tz="Europe/Rome", subject="Re: Fattura n. 33/2026",
        orig=O("due", "2026-12-02 09:00", "33/2026", "1.200,00 €", "2026-11-30",
               cname="Franca Zanetti", ckind="person"),
        quote="thunderbird", xmailer="Libero Mail",
        body="""Cara Alessandra
stamattina sono andata alla posta e ho fatto il bonifico di milleduecento euro, l'impiegato mi ha dato la ricevuta se ti serve te la fotografo.
Scusami tanto del ritardo ma con la mamma ricoverata al Sant'Orsola non ho avuto testa per niente.
Il logo è bellissimo l'abbiamo già messo sull'insegna e sulle buste del pane, tutti ci fanno i complimenti!!
Un abbraccio
Franca""")

    # 4 — paid, two invoices, one total
    msg(4, owner="marco",
        label=L("client-reply-paid", "it",
                "Statement of two invoices (40/2026 and 41/2026); client paid both with one transfer and states the "
                "total 2.440 €. Invoice numbers are only in the quoted statement, so no reference.",
                amount="2440.00"),
        frm=("Davide Orsini", "davide.orsini@edizionilanterna.it"), to=MARCO,
        date="2026-12-10 12:31", tz="Europe/Rome", subject="Re: Fatture in sospeso",
        orig=O("statement", "2026-12-09 09:00", cname="Edizioni Lanterna srl", ckind="company",
               invoices=[("40/2026", "2026-10-15", "2026-11-14", 25, "1.464,00 €"),
                         ("41/2026", "2026-10-28", "2026-11-27", 12, "976,00 €")],
               total="2.440,00 €", deadline="2026-12-19"),
        quote="gmail",
        body="""Ciao Marco,
tutto pagato stamattina: le due fatture, 2.440 € in tutto, con un unico bonifico (causale "saldo traduzioni ottobre").
Scusa, a novembre siamo rimasti senza amministrativa per tre settimane e si è accumulato di tutto.

Per il nuovo titolo di marzo ti scrive Elena la settimana prossima.

A presto
Davide""")

    # 5 — paid, "fatto ... saldato", iPhone
    msg(5, owner="chiara",
        label=L("client-reply-paid", "it",
                "Two words from a phone: done, paid in full. 'tutto' gives no figure, so no amount.",),
        frm=("Luca Esposito", "lucaesposito88@gmail.com"), to=CHIARA,
        date="2026-11-09 13:02", tz="Europe/Rome", subject="Re: Fattura n. 18/2026",
        orig=O("due", "2026-11-09 09:00", "18/2026", "650,00 €", "2026-11-06",
               cname="Luca Esposito", ckind="person"),
        quote="apple", xmailer="iPhone Mail (22C152)",
        body="Fatto tutto stamattina, saldato 👍" + IPHONE_IT)

    # 6 — paid, forwarded bank execution notice
    msg(6, owner="ale",
        label=L("client-reply-paid", "it",
                "Client forwards the bank's execution notice ('eccoti la contabile'): a human paid reply, not a bank "
                "notification. Amount and invoice number come from the forwarded receipt he sends as his answer; "
                "the long CRO and the IBAN are not amounts.",
                amount="854.00", reference="35/2026"),
        frm=("Giorgio Benassi", "giorgio@caseificiovalsamoggia.it"), to=ALE,
        date="2026-12-11 10:20", tz="Europe/Rome", subject="Re: Fattura n. 35/2026",
        orig=O("reminder", "2026-12-10 09:00", "35/2026", "854,00 €", "2026-12-05",
               cname="Caseificio Valsamoggia Soc. Agr.", ckind="company"),
        quote="gmail", fmt="alt",
        body="""Ciao Alessandra eccoti la contabile, scusa il ritardo ma eravamo in piena produzione del Natale.
Giorgio

---------- Forwarded message ---------
Da: Intesa Sanpaolo <noreply@intesasanpaolo.com>
Date: ven 11 dic 2026 alle ore 10:14
Subject: Esito disposizione bonifico
To: <giorgio@caseificiovalsamoggia.it>


Gentile Cliente,
ti confermiamo che la disposizione di bonifico è stata eseguita.

Ordinante: CASEIFICIO VALSAMOGGIA SOC. AGR.
Beneficiario: ROSSI ALESSANDRA
IBAN beneficiario: IT60X0542811101000000123456
Importo: 854,00 EUR
Commissioni: 0,00 EUR
Data esecuzione: 11/12/2026
Causale: SALDO FATTURA 35/2026
CRO: 0306908812345678480120

Intesa Sanpaolo S.p.A. – Questa è una comunicazione automatica, ti preghiamo di non rispondere.""")

    # 7 — paid in CHF, Swiss apostrophe
    msg(7, owner="marco",
        label=L("client-reply-paid", "it",
                "Swiss client (Lugano) paid in CHF, written with the Swiss apostrophe (CHF 1'150.00). 'no. 44/2026'. "
                "PostFinance order number is not an amount; 'uno o due giorni' is transit time, not a promise.",
                amount="1150.00", currency="CHF", reference="44/2026"),
        frm=("Fiduciaria Ceresio SA - Contabilità", "contabilita@fiduciariaceresio.ch"), to=MARCO,
        date="2026-12-15 08:47", tz="Europe/Zurich", subject="AW: Fattura n. 44/2026",
        orig=O("reminder", "2026-12-14 09:00", "44/2026", "1.150,00 CHF", "2026-12-10",
               cname="Fiduciaria Ceresio SA", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Buongiorno Signor Ferri,

con la presente Le confermiamo che il pagamento di CHF 1'150.00 relativo alla Sua fattura no. 44/2026 è stato eseguito in data 14 dicembre tramite PostFinance (ordine no. 7731-2026-1209).
Trattandosi di un bonifico dalla Svizzera, l'accredito potrebbe richiedere uno o due giorni lavorativi in più.

Restiamo volentieri a disposizione e porgiamo cordiali saluti.

Sabrina Pedrazzini
Contabilità fornitori
Fiduciaria Ceresio SA
Via Nassa 21, CH-6900 Lugano""")

    # 8 — paid net of a credit note
    msg(8, owner="ale",
        label=L("client-reply-paid", "it",
                "Paid invoice 22/2026 net of the owner's own credit note 3/2026: three figures in one line "
                "(1.830 - 305 = 1.525); the amount paid is 1.525,00. 'se i conti non tornano' is not a dispute.",
                amount="1525.00", reference="22/2026"),
        frm=("Silvia Montanari", "fornitori@borgocomunicazione.it"), to=ALE,
        date="2026-12-17 15:12", tz="Europe/Rome", subject="RE: Fattura n. 22/2026",
        orig=O("late_fee", "2026-12-16 09:00", "22/2026", "1.830,00 €", "2026-10-31",
               days=46, deadline="2026-12-23", cname="Borgo Comunicazione srl", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook",
        body="""Buongiorno Alessandra,

ti confermo che oggi abbiamo saldato la fattura 22/2026 al netto della nota di credito n. 3/2026 che ci hai emesso a novembre per l'impaginazione del catalogo che poi non abbiamo fatto: 1.830,00 - 305,00 = 1.525,00 €.
Data valuta 17/12, bonifico da Credem.
Se per te i conti non tornano fammi sapere, ma mi sembra tutto ok.

Buone feste!
Silvia Montanari
Amministrazione – Borgo Comunicazione srl""")

    # 9 — Public administration, split payment
    msg(9, owner="ale",
        label=L("client-reply-paid", "it",
                "Comune paid the taxable amount only: the VAT (330,00) is withheld by law (split payment, art. "
                "17-ter) — not a dispute. Amount paid 1.500,00; 'mandato n. 87' is not an amount.",
                amount="1500.00", reference="12/2026"),
        frm=("Comune di Valdarda - Ragioneria", "ragioneria@comune.valdarda.bo.it"), to=ALE,
        date="2027-01-13 12:40", tz="Europe/Rome", subject="R: Fattura n. 12/2026",
        orig=O("reminder", "2027-01-11 09:00", "12/2026", "1.830,00 €", "2026-12-31",
               cname="Comune di Valdarda", ckind="company"),
        quote="original", xmailer="Microsoft Outlook 16.0", charset="iso-8859-1", codec="cp1252",
        cte="quoted-printable",
        body="""Oggetto: Comunicazione di avvenuto pagamento – fattura elettronica n. 12/2026

Si comunica che con mandato di pagamento n. 87 del 12/01/2027 è stato liquidato a favore di Rossi Alessandra l'importo imponibile di € 1.500,00 relativo alla fattura elettronica in oggetto.
L'IVA, pari a € 330,00, è stata trattenuta e sarà versata direttamente all'Erario ai sensi dell'art. 17-ter del D.P.R. 633/1972 (scissione dei pagamenti).
Il bonifico è disposto tramite il Tesoriere comunale (BPER Banca) e sarà accreditato secondo i tempi tecnici bancari.

Distinti saluti

Il Responsabile del Servizio Finanziario
Dott. Mauro Ghelfi
Comune di Valdarda – Settore Ragioneria
Piazza Garibaldi 1 – 40050 Valdarda (BO)
PEC: comune.valdarda@cert.provincia.bo.it""")

    # 10 — HTML-only remittance table from a company, windows-1252
    tbl = """<p class="MsoNormal">Spett.le Ferri Marco,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Vi comunichiamo che in data 26/11/2026 abbiamo provveduto al pagamento delle seguenti partite a mezzo bonifico bancario sul c/c IBAN IT02 L030 6909 6061 0000 0012 345:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>N. documento</b></td><td><b>Data doc.</b></td><td><b>Importo</b></td><td><b>Ritenuta</b></td><td><b>Netto pagato</b></td></tr>
<tr><td>37/2026</td><td>02/10/2026</td><td align="right">3.172,00</td><td align="right">0,00</td><td align="right">3.172,00</td></tr>
<tr><td colspan="4"><b>Totale distinta</b></td><td align="right"><b>3.172,00</b></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Distinta n. 2026/1187 – Rif. ordine ODA 4500019933.<o:p></o:p></p>
<p class="MsoNormal">Ci scusiamo per il ritardo dovuto al blocco dei pagamenti durante la migrazione del gestionale.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Cordiali saluti<o:p></o:p></p>
<p class="MsoNormal"><b>Elisa Bonomi</b><br>Contabilità fornitori<br>Meccanica Orobica S.p.A. – Via Serio 88, 24020 Gorle (BG)<o:p></o:p></p>"""
    msg(10, owner="marco",
        label=L("client-reply-paid", "it",
                "HTML-only Outlook remittance table written by the client's accounts clerk: document 37/2026, "
                "3.172,00 paid, 0,00 withholding. IBAN, 'distinta 2026/1187' and order ODA 4500019933 are not "
                "amounts or the invoice reference.",
                amount="3172.00", reference="37/2026"),
        frm=("Contabilita Fornitori Meccanica Orobica", "contabilita.fornitori@meccanicaorobica.it"), to=MARCO,
        date="2026-11-27 09:15", tz="Europe/Rome", subject="R: Fattura n. 37/2026",
        orig=O("reminder", "2026-11-26 09:00", "37/2026", "3.172,00 €", "2026-11-20",
               cname="Meccanica Orobica S.p.A.", ckind="company"),
        quote="outlook", fmt="html", html_style="outlook", html_body=tbl, charset="windows-1252",
        cte="quoted-printable", xmailer="Microsoft Outlook 16.0",
        body="")

    # 11 — chatty bride, one sentence matters
    msg(11, owner="chiara",
        label=L("client-reply-paid", "it",
                "Long chatty mail about honeymoon and album edits; one sentence says her father paid the balance "
                "('il saldo') before Christmas. '22' and 'il 16' (a new booking) are not amounts or promises; no "
                "figure for the payment.",),
        frm=("Valentina De Rosa", "vale.derosa@hotmail.it"), to=CHIARA,
        date="2027-01-19 22:48", tz="Europe/Rome", subject="R: Fattura n. 24/2026",
        orig=O("reminder", "2027-01-18 09:00", "24/2026", "2.300,00 €", "2026-12-31",
               cname="Valentina De Rosa", ckind="person"),
        quote="outlook", fmt="alt", html_style="outlook", xmailer="Outlook for Android",
        body="""Ciaooo Chiara!!! Scusa se ti rispondo solo adesso ma siamo tornati ieri sera dal viaggio di nozze (Giappone, pazzesco, ti devo far vedere le foto che ho fatto io col telefono che ovviamente non sono al tuo livello 😂).

Allora, ho visto l'anteprima dell'album e mia suocera ha pianto dall'inizio alla fine, quindi direi missione compiuta. Ti volevo chiedere se possiamo togliere la foto del taglio torta dove zio Gennaro ha gli occhi chiusi e mettere quella prima, e se si può fare la copertina in lino grigio invece che beige, Ciro dice che il beige sembra un menù di ristorante.

Per il saldo: l'ha fatto mio padre prima di Natale, il 22 mi pare, dal suo conto BPER, quindi dovresti averlo già ricevuto. Se non lo vedi dimmelo che lo chiamo.

Poi ti volevo chiedere anche per la comunione di mia nipote a maggio, sei libera il 16?

Un bacione grande
Vale""")

    # 12 — paid again after a transfer to an old IBAN
    msg(12, owner="chiara",
        label=L("client-reply-paid", "it",
                "First transfer went to an old IBAN and was returned; she re-did it today to the right IBAN. Two "
                "IBANs in the text, no amount. 'entro lunedì' is arrival time, not a promise.",),
        frm=("B&B Il Limoneto", "info@illimoneto.it"), to=CHIARA,
        date="2027-01-08 11:05", tz="Europe/Rome", subject="Re: Fattura n. 27/2026",
        orig=O("promise_followup", "2027-01-07 09:00", "27/2026", "480,00 €", "2026-12-15",
               cname="B&B Il Limoneto", ckind="company"),
        quote="gmail",
        body="""Buongiorno Chiara,
mi scusi, ho controllato con la banca: il bonifico del 20 dicembre era partito sull'IBAN vecchio che avevamo in anagrafica (quello di Unicredit, IT88 Q020 0803 4510 0010 1234 567) e ci è stato stornato ieri.
Oggi l'ho rifatto sull'IBAN giusto della fattura, IT47 B030 6903 4001 0000 0009 876, dovrebbe arrivarle entro lunedì.
Mi scusi ancora per il pasticcio.

Anna Ruocco
B&B Il Limoneto – Amalfi""")

    # 13 — partial now, rest in January (vague)
    msg(13, owner="ale",
        label=L("client-reply-promise", "it",
                "Partial payment of 500 sent, the rest 'a gennaio' (vague, no date). Promise beats paid; the only "
                "figure stated is the 500 paid, so amount = 500. 'ft34' -> 34/2026. No accents, lowercase.",
                amount="500.00", reference="34/2026"),
        frm=("Osteria Da Nello", "osteriadanello@gmail.com"), to=ALE,
        date="2026-12-15 23:10", tz="Europe/Rome", subject="Re: Fattura n. 34/2026",
        orig=O("reminder", "2026-12-14 09:00", "34/2026", "1.100,00 €", "2026-12-10",
               cname="Osteria Da Nello di Nello Fabbri", ckind="company"),
        quote="gmail", xmailer=None,
        body="""ciao alessandra scusa ma dicembre e un disastro, per la ft34 ti ho mandato 500 stamattina e il resto te lo do a gennaio appena passano le feste che qui e tutto fermo. I menu nuovi sono piaciuti un sacco
nello""")

    # 14 — "la 45 la paghiamo venerdì"
    msg(14, owner="marco",
        label=L("client-reply-promise", "it",
                "Sent Tuesday 1 Dec 2026: 'venerdì' = Friday 4 Dec. 'la fattura 45' -> 45/2026. Outlook mobile "
                "footer.",
                promised_date="2026-12-04", reference="45/2026"),
        frm=("Ing. Andrea Riva", "ufficio@studiopavanriva.it"), to=MARCO,
        date="2026-12-01 17:30", tz="Europe/Rome", subject="R: Fattura n. 45/2026",
        orig=O("due", "2026-12-01 09:00", "45/2026", "732,00 €", "2026-11-30",
               cname="Studio Tecnico Ingg. Pavan & Riva", ckind="company"),
        quote="outlook",
        body="""Buonasera, la fattura 45 la paghiamo venerdì con la distinta fornitori.
Saluti
Ing. Riva

Scarica Outlook per Android""")

    # 15 — "entro il 15 p.v." = 15th of NEXT month
    msg(15, owner="ale",
        label=L("client-reply-promise", "it",
                "Formal group AP. 'entro il 15 p.v.' (prossimo venturo) explicitly means the 15th of next month: "
                "sent 8 Jan 2027 -> 15 Feb 2027, not 15 Jan. Amount promised 2.196,00; invoice named only as "
                "'in oggetto'.",
                amount="2196.00", promised_date="2027-02-15"),
        frm=("Ufficio Ciclo Passivo - Gruppo Emiliana Arredi", "ciclo.passivo@emilianaarredi.it"), to=ALE,
        date="2027-01-08 14:22", tz="Europe/Rome", subject="R: Fattura n. 38/2026",
        orig=O("late_fee", "2027-01-08 09:00", "38/2026", "2.196,00 €", "2026-12-15",
               days=24, deadline="2027-01-18", cname="Gruppo Emiliana Arredi S.p.A.", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Gentile fornitore,

in riferimento al Vs. sollecito, Vi informiamo che la fattura in oggetto è stata regolarmente registrata e approvata. Il pagamento di € 2.196,00 sarà effettuato entro il 15 p.v., in linea con il calendario dei pagamenti fornitori del Gruppo.

Vi ricordiamo che per ogni comunicazione relativa ai pagamenti è attivo l'indirizzo ciclo.passivo@emilianaarredi.it.

Cordiali saluti

Ufficio Ciclo Passivo
Gruppo Emiliana Arredi S.p.A.

""" + GDPR_IT)

    # 16 — end of month, net of ritenuta
    msg(16, owner="ale",
        label=L("client-reply-promise", "it",
                "Accountant client: will pay at month end (sent 20 Jan -> 31 Jan) the net of the ritenuta, "
                "855,04; the 160 withholding goes with the F24, not to the owner. Invoice total 1.015,04 only in "
                "the quote.",
                amount="855.04", promised_date="2027-01-31"),
        frm=("Dott. Paolo Bernardi", "paolo@studiobernardi.bo.it"), to=ALE,
        date="2027-01-20 18:12", tz="Europe/Rome", subject="Re: Fattura n. 40/2026",
        orig=O("due", "2027-01-19 09:00", "40/2026", "1.015,04 €", "2027-01-15",
               cname="Studio Bernardi Commercialisti Associati", ckind="company"),
        quote="gmail", fmt="alt",
        body="""Ciao Ale,
hai ragione, mi era sfuggita. A fine mese ti faccio il bonifico al netto della ritenuta, quindi 855,04 (i 160 di ritenuta li verso io con l'F24 di febbraio, poi ti mando la CU).
Ti ricordi che a marzo dobbiamo rifare i biglietti da visita per i due nuovi soci?

Paolo

--
Dott. Paolo Bernardi
Dottore Commercialista – Revisore Legale
Studio Bernardi Commercialisti Associati
Via Marconi 12, 40122 Bologna""")

    # 17 — one invoice paid, the other promised for the 10th
    msg(17, owner="chiara",
        label=L("client-reply-promise", "it",
                "Statement of 35/2026 and 38/2026: 35 (620 €) paid yesterday, 38 (980 €) goes in the supplier "
                "payment of 11 January -> promise. Amount and reference are those of the promised invoice.",
                amount="980.00", reference="38/2026", promised_date="2027-01-11"),
        frm=("Rosaria Capasso", "amministrazione@villamiramare.it"), to=CHIARA,
        date="2026-12-29 10:10", tz="Europe/Rome", subject="R: Fatture in sospeso",
        orig=O("statement", "2026-12-28 09:00", cname="Hotel Villa Miramare srl", ckind="company",
               invoices=[("35/2026", "2026-11-02", "2026-12-02", 26, "620,00 €"),
                         ("38/2026", "2026-11-20", "2026-12-20", 8, "980,00 €")],
               total="1.600,00 €", deadline="2027-01-08"),
        quote="outlook",
        body="""Buongiorno Chiara,
la 35 risulta pagata ieri (bonifico di 620 €, dovrebbe esserle già arrivato), mentre la 38 di 980 € la inseriamo nel pagamento fornitori dell'11 gennaio: prima non riusciamo per la chiusura dell'anno.

Cordiali saluti e buon anno,
Rosaria Capasso – Amministrazione
Hotel Villa Miramare – Sorrento""")

    # 18 — "appena ci pagano"
    msg(18, owner="ale",
        label=L("client-reply-promise", "it",
                "Reply to a formal notice: will pay 'tutto quanto' as soon as their own client pays ('questione di "
                "giorni') -> promise without date or amount.",),
        frm=("Fabio Neri", "fabio@studiopixel.it"), to=ALE,
        date="2027-02-01 19:45", tz="Europe/Rome", subject="Re: Diffida di pagamento – fattura n. 36/2026",
        orig=O("final", "2027-02-01 09:00", "36/2026", "1.464,00 €", "2026-12-15", issue="2026-11-15",
               deadline="2027-02-11", cname="Studio Pixel di Fabio Neri", ckind="company"),
        quote="apple", xmailer="Apple Mail (2.3774.300.61.1.2)",
        body="""Ale ti prego non mandarmi le diffide che mi viene l'ansia 😅

Lo so che sono in ritardo, ma il cliente del progetto (quello dei caseifici) non ci ha ancora pagato e siamo senza liquidità. Appena ci pagano, giuro che la prima che saldo sei tu, tutto quanto.
Dovrebbe essere questione di giorni, ti aggiorno.

Fabio""")

    # 19 — instalment plan
    msg(19, owner="marco",
        label=L("client-reply-promise", "it",
                "Private client proposes three instalments of 400 € (5 Dec, 5 Jan, 5 Feb): a promise. "
                "promised_date = first instalment; amount = the instalment he commits to first (400), the "
                "total 1.200 is only in the quote.",
                amount="400.00", promised_date="2026-12-05"),
        frm=("Pietro Gallo", "pietro.gallo61@alice.it"), to=MARCO,
        date="2026-11-23 20:14", tz="Europe/Rome", subject="Re: Fattura n. 39/2026",
        orig=O("late_fee", "2026-11-23 09:00", "39/2026", "1.200,00 €", "2026-10-31",
               days=23, deadline="2026-11-30", cname="Pietro Gallo", ckind="person"),
        quote="thunderbird", charset="windows-1252", codec="cp1252", cte="quoted-printable",
        xmailer="Mozilla Thunderbird",
        body="""Gentile Dottor Ferri,

mi scusi per il ritardo. Sto attraversando un periodo difficile (sono in cassa integrazione da settembre) e non riesco a pagare tutto in una volta. Le propongo di pagare in tre rate da 400 euro: la prima il 5 dicembre, poi il 5 gennaio e il 5 febbraio. Se per Lei va bene procedo così.

La ringrazio per la comprensione e per l'ottimo lavoro sulle traduzioni, la pratica di cittadinanza è andata avanti.

Cordiali saluti
Pietro Gallo""")

    # 20 — "prima del 28 non riusciamo"
    msg(20, owner="ale",
        label=L("client-reply-promise", "it",
                "'prima del 28 non riusciamo' = promise for the 28th of this month (sent 9 Dec). 'fatt. 37' -> "
                "37/2026. No amount.",
                promised_date="2026-12-28", reference="37/2026"),
        frm=("Farmacia Lodi", "farmacialodi.bo@gmail.com"), to=ALE,
        date="2026-12-09 13:33", tz="Europe/Rome", subject="Re: Fattura n. 37/2026",
        orig=O("due", "2026-12-09 09:00", "37/2026", "610,00 €", "2026-12-07",
               cname="Farmacia Lodi", ckind="company"),
        quote="gmail",
        body="""Buongiorno,
per la fatt. 37 purtroppo prima del 28 non riusciamo, i pagamenti ai fornitori li facciamo tutti a fine mese dopo il versamento degli F24. Grazie della pazienza.

Dott.ssa Laura Lodi
Farmacia Lodi – Via San Vitale 55, Bologna""")

    # 21 — "domattina", sent late at night
    msg(21, owner="chiara",
        label=L("client-reply-promise", "it",
                "Sent 23:41 on 12 Jan (Rome): 'domattina' = 13 Jan. Emoji, no amount.",
                promised_date="2027-01-13"),
        frm=("Martina Coppola", "martina.coppola@gmail.com"), to=CHIARA,
        date="2027-01-12 23:41", tz="Europe/Rome", subject="Re: Fattura n. 41/2026",
        orig=O("reminder", "2027-01-12 09:00", "41/2026", "350,00 €", "2027-01-10",
               cname="Martina Coppola", ckind="person"),
        quote="gmail", fmt="alt",
        body="""Chiara scusami tantissimo, con la bimba non capisco più niente. Domattina appena apro l'app della banca ti faccio il bonifico e ti giro la contabile.
Le foto sono meravigliose ❤️❤️""")

    # 22 — the balance invoice, end of month; deposit invoice 31 already paid
    msg(22, owner="marco",
        label=L("client-reply-promise", "it",
                "Publisher will pay 'il saldo', i.e. the 2.002 € of invoice 43, by month end (sent 20 Jan -> 31 "
                "Jan). The deposit invoice 31 (paid in October) is a distractor, not the reference.",
                amount="2002.00", reference="43/2026", promised_date="2027-01-31"),
        frm=("Amministrazione Il Ponte", "amministrazione@edizioniilponte.it"), to=MARCO,
        date="2027-01-20 11:50", tz="Europe/Rome", subject="Rif: Fattura n. 43/2026",
        orig=O("reminder", "2027-01-20 09:00", "43/2026", "2.002,00 €", "2027-01-15",
               cname="Casa Editrice Il Ponte srl", ckind="company"),
        quote="original", xmailer="Microsoft Outlook 16.0",
        body="""Buongiorno Marco,

il saldo, cioè i 2.002 € della 43 (l'acconto l'avevamo già pagato a ottobre con la 31), te lo bonifichiamo entro fine mese insieme agli altri collaboratori.

Un saluto
Teresa Galimberti
Casa Editrice Il Ponte""")

    # 23 — 60 gg d.f.f.m.: "not due yet, will pay on 31 January"
    msg(23, owner="ale",
        label=L("client-reply-promise", "it",
                "Client says the order's terms are 60 days end of month, so the invoice dated 16/11 falls due and "
                "will be paid on 31 January: a dated promise (contesting the due date is not contesting the "
                "amount). Order number 2026/0458 and the date 16/11 are not the invoice reference.",
                promised_date="2027-01-31"),
        frm=("Contabilità Ceramiche Fiorano", "contabilita@ceramichefiorano.it"), to=ALE,
        date="2026-12-18 10:25", tz="Europe/Rome", subject="R: Fattura n. 39/2026",
        orig=O("due", "2026-12-18 09:00", "39/2026", "4.270,00 €", "2026-12-16",
               cname="Ceramiche Fiorano S.p.A.", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Buongiorno,

Vi segnaliamo che le nostre condizioni di pagamento, riportate anche sul nostro ordine n. 2026/0458 da Voi controfirmato, sono 60 gg d.f.f.m.
La Vs. fattura del 16/11 scade quindi il 31 gennaio e verrà pagata a quella data con bonifico bancario.

Vi preghiamo di aggiornare la scadenza nei Vs. sistemi.

Cordiali saluti
Sara Ferrari
Contabilità clienti/fornitori
Ceramiche Fiorano S.p.A.

""" + GDPR_IT)

    # 24 — dispute: pays the quote, contests the difference
    msg(24, owner="ale",
        label=L("client-reply-dispute", "it",
                "Winery contests an unapproved line: will pay 1.464,00 as per quote and asks for a credit note of "
                "366,00. Amount = the sum they accept (1.464), not the contested 366 nor the 1.830 invoiced.",
                amount="1464.00"),
        frm=("Marta Bellaria", "ufficio@tenutabellaria.it"), to=ALE,
        date="2026-11-17 09:58", tz="Europe/Rome", subject="Re: Fattura n. 32/2026",
        orig=O("reminder", "2026-11-16 09:00", "32/2026", "1.830,00 €", "2026-11-12",
               cname="Tenuta Bellaria soc. agr.", ckind="company"),
        quote="gmail", fmt="alt",
        body="""Buongiorno Alessandra,

ho ripreso il preventivo che ci avevi mandato a luglio: etichette per 3 vini, 1.200 € + IVA, quindi 1.464,00 €. In fattura ci sono 1.500 + IVA = 1.830,00, con una voce "adattamenti formato magnum" che non ricordo di aver mai approvato.

Noi procediamo a pagare i 1.464,00 come da preventivo; per la differenza, se mi mandi la mail in cui te l'avevamo chiesto ne parliamo, altrimenti ti chiedo una nota di credito di 366,00 €.

Grazie
Marta Bellaria
Tenuta Bellaria – Castel San Pietro Terme""")

    # 25 — dispute: credit note for cancelled days
    msg(25, owner="chiara",
        label=L("client-reply-dispute", "it",
                "Agency asks for a credit note of 500 € for two cancelled days and will pay 'la differenza' only "
                "after. 500 is the contested sum and the difference is not stated -> no amount. 'fattura "
                "30/2026'; 14 and 15 November are event dates.",
                reference="30/2026"),
        frm=("Antonio Esposito", "eventi@partenopeventi.it"), to=CHIARA,
        date="2026-12-01 10:40", tz="Europe/Rome", subject="Re: Fattura n. 30/2026",
        orig=O("reminder", "2026-11-30 09:00", "30/2026", "1.250,00 €", "2026-11-25",
               cname="Partenope Eventi srl", ckind="company"),
        quote="gmail",
        body="""Gentile Chiara,

la fattura 30/2026 comprende anche le due giornate del 14 e 15 novembre (convention di Sorrento) che, come sai, sono state annullate dal cliente con una settimana di anticipo. Da contratto l'annullamento con più di 5 giorni di preavviso non prevede penale.

Ti chiediamo quindi di emetterci una nota di credito di 500,00 € per le due giornate; appena la riceviamo paghiamo la differenza.

Cordiali saluti
Antonio Esposito
Partenope Eventi – Ufficio produzione""")

    # 26 — dispute: bad translation, wants a discount before paying
    msg(26, owner="marco",
        label=L("client-reply-dispute", "it",
                "Quality complaint about the translation; will not pay invoice 35 until a discount covering the "
                "revision (circa 600 €) is granted. 600 is a claimed discount, not an accepted sum -> no amount.",
                reference="35/2026"),
        frm=("Ing. Stefano Colombo", "qualita@tecnolaser.it"), to=MARCO,
        date="2026-11-11 08:55", tz="Europe/Rome", subject="R: Fattura n. 35/2026",
        orig=O("due", "2026-11-10 09:00", "35/2026", "1.622,00 €", "2026-11-06",
               cname="TecnoLaser S.r.l.", ckind="company"),
        quote="outlook", fmt="html", html_style="outlook", charset="windows-1252", cte="quoted-printable",
        xmailer="Microsoft Outlook 16.0",
        body="""Buongiorno,

rispondo al sollecito. Il manuale tradotto in tedesco (rif. Vs. fattura 35) è stato rivisto dal nostro distributore di Stoccarda, che ci ha segnalato più di 40 errori terminologici, alcuni gravi nella sezione sicurezza (es. "conduttore di protezione" reso in tre modi diversi nello stesso capitolo). Abbiamo dovuto far correggere il testo a un'altra agenzia, a nostre spese.

Finché non ci riconosce uno sconto che copra almeno la revisione (circa 600 €) non procediamo con il pagamento della fattura.

Resto disponibile per una call.

Ing. Stefano Colombo
Responsabile Qualità – TecnoLaser S.r.l.""")

    # 27 — dispute: partial payment, refuses the rest
    msg(27, owner="chiara",
        label=L("client-reply-dispute", "it",
                "Paid 700 of 1.000 and refuses the other 300 (extra photos not ordered) -> partial payment + "
                "dispute = dispute; amount = the 700 paid.",
                amount="700.00"),
        frm=("Francesca Iovine", "fra.iovine@libero.it"), to=CHIARA,
        date="2026-11-21 10:30", tz="Europe/Rome", subject="Re: Fattura n. 29/2026",
        orig=O("due", "2026-11-20 09:00", "29/2026", "1.000,00 €", "2026-11-18",
               cname="Francesca Iovine", ckind="person"),
        quote="thunderbird", xmailer="Libero Mail",
        body="""Ciao Chiara, ti ho fatto un bonifico di 700 euro ieri sera. Gli altri 300 non te li pago perché le foto extra del dopo festa (quelle in discoteca) non te le avevo chieste io, è stata mia cognata a dirti di restare e non era d'accordo con me. Il pacchetto era 700 e basta.
Francesca""")

    # 28 — dispute: duplicate invoice
    msg(28, owner="ale",
        label=L("client-reply-dispute", "it",
                "Says invoice n°41/2026 duplicates 26/2026, already paid in October, and asks to cancel it with a "
                "credit note: already billed -> dispute. Reference is the contested invoice (41/2026), not 26/2026. "
                "488,00 is the contested amount -> no amount.",
                reference="41/2026"),
        frm=("Gabriele Mazzanti", "info@otticamazzanti.it"), to=ALE,
        date="2026-12-22 17:05", tz="Europe/Rome", subject="Re: Fattura n. 41/2026",
        orig=O("reminder", "2026-12-21 09:00", "41/2026", "488,00 €", "2026-12-18",
               cname="Ottica Mazzanti snc", ckind="company"),
        quote="gmail",
        body="""Buongiorno, scusi ma la vostra fattura n°41/2026 è un doppione della 26/2026 di settembre: stessa descrizione (restyling vetrofanie), stesso importo di 488,00 €, e quella l'abbiamo pagata il 15 ottobre (abbiamo la contabile).
Non paghiamo due volte lo stesso lavoro, per cortesia la annulli con una nota di credito.
Saluti
Mazzanti Gabriele
Ottica Mazzanti – Imola""")

    # 29 — dispute: discount taken on their own
    msg(29, owner="marco",
        label=L("client-reply-dispute", "it",
                "Paid 1.166,00 instead of 1.202,00 by applying, on their own, a 3% 'sconto finanziario' from "
                "their purchase conditions: a short payment with a unilateral deduction = partial payment + "
                "refusal of the rest -> dispute; amount = the 1.166 paid.",
                amount="1166.00", reference="47/2026"),
        frm=("Global Parts Distribution - AP", "ap@globalparts.it"), to=MARCO,
        date="2027-01-26 15:30", tz="Europe/Rome", subject="R: Fattura n. 47/2026",
        orig=O("reminder", "2027-01-25 09:00", "47/2026", "1.202,00 €", "2027-01-20",
               cname="Global Parts Distribution srl", ckind="company"),
        quote="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Gentile Fornitore,

in merito alla Vs. fattura nr. 47/2026 Vi informiamo che, come da nostre Condizioni Generali di Acquisto (art. 7), sui pagamenti a 30 gg applichiamo uno sconto finanziario del 3% sull'imponibile.
Abbiamo quindi disposto in data odierna un bonifico di € 1.166,00 (imponibile 1.200,00 - 3% = 1.164,00 + bollo 2,00).

Cordiali saluti
Accounts Payable
Global Parts Distribution S.r.l.""")

    # 30 — dispute in ALL CAPS
    msg(30, owner="ale",
        label=L("client-reply-dispute", "it",
                "ALL CAPS reply to a formal notice: will pay nothing until the website booking form works -> "
                "dispute (work not as agreed).",),
        frm=("GOMMISTA VELOCE", "gommistaveloce@virgilio.it"), to=ALE,
        date="2027-01-26 18:02", tz="Europe/Rome", subject="Re: Diffida di pagamento – fattura n. 30/2026",
        orig=O("final", "2027-01-26 09:00", "30/2026", "976,00 €", "2026-11-30", issue="2026-10-31",
               deadline="2027-02-05", cname="Gommista Veloce di Bruno Tarozzi", ckind="company"),
        quote=None,
        body="""NON PAGO NIENTE FINCHE IL SITO NON FUNZIONA. SONO 2 MESI CHE IL MODULO PER LE PRENOTAZIONI NON MANDA LE MAIL E I CLIENTI MI CHIAMANO ARRABBIATI. PRIMA SISTEMA E POI PARLIAMO DEI SOLDI. E LA DIFFIDA TE LA PUOI TENERE
BRUNO""")

    # 31 — dispute: proforma 650 vs invoice 800
    msg(31, owner="chiara",
        label=L("client-reply-dispute", "it",
                "Association approved the proforma n. 7 for 650 € 'tutto compreso'; the invoice 33/2026 says 800. "
                "They pay the 650 and want a corrected invoice: amount = 650 accepted; reference = the invoice, "
                "not the proforma number.",
                amount="650.00", reference="33/2026"),
        frm=("Paola - Tesoreria Vesuvio Jazz", "tesoreria@vesuviojazz.org"), to=CHIARA,
        date="2026-12-08 21:10", tz="Europe/Rome", subject="Re: Fattura n. 33/2026",
        orig=O("reminder", "2026-12-07 09:00", "33/2026", "800,00 €", "2026-12-03",
               cname="Associazione Culturale Vesuvio Jazz", ckind="company"),
        quote="gmail", fmt="alt",
        body="""Ciao Chiara,

credo ci sia un equivoco. La proforma n. 7 che ci avevi mandato ad agosto era di 650 € tutto compreso, e su quella abbiamo fatto approvare la spesa dal direttivo. Adesso la fattura 33/2026 è di 800 €: i 150 in più non possiamo pagarli senza una nuova delibera, e comunque non erano previsti.

Ti paghiamo i 650 della proforma; per il resto ci serve una fattura corretta (o una nota di credito).
Fammi sapere, che dobbiamo chiudere il rendiconto dell'associazione.

Paola – tesoriera Vesuvio Jazz""")

    # 32 — dispute: VAT wrongly applied to a San Marino company
    msg(32, owner="ale",
        label=L("client-reply-dispute", "it",
                "San Marino company: invoice should be without VAT (art. 71). They pay the taxable 2.000,00 and "
                "want a credit note for the 440,00 VAT -> dispute, amount accepted 2.000. COE code is not an "
                "amount.",
                amount="2000.00", reference="3/2027"),
        frm=("Titano Software - Amministrazione", "amministrazione@titanosoftware.sm"), to=ALE,
        date="2027-02-04 10:18", tz="Europe/San_Marino", subject="R: Fattura n. 3/2027",
        orig=O("due", "2027-02-03 09:00", "3/2027", "2.440,00 €", "2027-02-01",
               cname="Titano Software S.r.l.", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Buongiorno,

la fattura n. 3/2027 è stata emessa con IVA al 22%, ma siamo un operatore economico sammarinese (COE SM12345) e l'operazione andava fatturata senza IVA ai sensi dell'art. 71 del D.P.R. 633/72, tramite il canale SdI verso l'Ufficio Tributario di San Marino.

Provvediamo a pagare l'imponibile di € 2.000,00 e restiamo in attesa della nota di credito per la parte IVA (€ 440,00), oppure di una fattura corretta.

Cordiali saluti
Ufficio Amministrazione – Titano Software S.r.l.
Strada Rovereta 42 – 47891 Falciano (RSM)""")

    # 33 — dispute, Neapolitan voice
    msg(33, owner="chiara",
        label=L("client-reply-dispute", "it",
                "Pizzeria owner in Neapolitan-flavoured Italian: the deal was 800 all-in, refuses the 1.100; "
                "'800 ti do e basta' and a conditional transfer 'domani' -> dispute (beats promise), amount = 800 "
                "accepted; no promised_date for a dispute.",
                amount="800.00"),
        frm=("Pizzeria Da Gennarino", "dagennarino@gmail.com"), to=CHIARA,
        date="2027-02-15 16:20", tz="Europe/Rome", subject="Re: Fattura n. 4/2027",
        orig=O("reminder", "2027-02-15 09:00", "4/2027", "1.100,00 €", "2027-02-12",
               cname="Pizzeria Da Gennarino di Gennaro Russo", ckind="company"),
        quote="gmail",
        body="""Chià ma che è sta fattura?? Avevamo detto 800 tutto compreso, me lo ricordo buono perché c'era pure mio cognato quando ce lo siamo detti. Mo' mi chiedi 1.100, e pecché? Le foto delle pizze fritte le hai fatte tu di tua spontanea volontà, io non te l'avevo chieste.
Io 800 ti do e basta, se ti sta bene domani ti faccio il bonifico.
Gennaro""")

    # 34 — other: invoice rejected by the PA, CIG missing
    msg(34, owner="marco",
        label=L("client-reply-other", "it",
                "University accounts: the e-invoice was rejected via SdI for missing CIG and order reference; asks "
                "to re-issue. A PO/CIG request, not a dispute about the amount. CIG, codice univoco and ODA "
                "number are not amounts.",
                reference="42/2026"),
        frm=("Ufficio Contabilità - Dip. Lingue", "contabilita.lingue@unibg-example.it"), to=MARCO,
        date="2027-01-05 11:32", tz="Europe/Rome", subject="R: Fattura n. 42/2026",
        orig=O("reminder", "2027-01-04 09:00", "42/2026", "1.502,00 €", "2026-12-20",
               cname="Università degli Studi – Dipartimento di Lingue", ckind="company"),
        quote="original", xmailer="Microsoft Outlook 16.0",
        body="""Gentile dott. Ferri,

in riscontro al Suo sollecito, La informiamo che la fattura elettronica n. 42/2026 non risulta acquisita dal nostro sistema contabile in quanto priva del codice CIG e del riferimento all'ordine (ODA n. 2026/1345), obbligatori ai sensi della L. 136/2010 sulla tracciabilità dei flussi finanziari. La fattura è stata pertanto rifiutata tramite SdI in data 22/12/2026.

La preghiamo di riemettere il documento indicando:
- CIG: B4A7C2D9E1
- Codice Univoco Ufficio: 7H3KQZ
- Riferimento ODA: 2026/1345

Cordiali saluti
Ufficio Contabilità
Dipartimento di Lingue, Letterature e Culture Straniere""")

    # 35 — other: which IBAN? (fraud attempt)
    msg(35, owner="ale",
        label=L("client-reply-other", "it",
                "Before paying, asks which IBAN is right (received a suspicious 'new IBAN' email). A question, no "
                "payment claim; IBAN and phone number are not amounts.",),
        frm=("Cinzia Monti", "amministrazione@lavanderiareno.it"), to=ALE,
        date="2026-11-05 11:11", tz="Europe/Rome", subject="Re: Fattura n. 28/2026",
        orig=O("due", "2026-11-05 09:00", "28/2026", "915,00 €", "2026-11-03",
               cname="Lavanderia Industriale Reno srl", ckind="company"),
        quote="gmail",
        body="""Buongiorno Alessandra,
prima di procedere con il pagamento volevo un'accortezza: ieri ci è arrivata una mail, apparentemente da lei, in cui si diceva che il suo IBAN è cambiato e di usare IT12 A030 6909 6061 0000 0198 765 (Intesa). In questo sollecito invece c'è ancora quello vecchio che finisce in 123 456.
Quale dei due è quello giusto? Mi scusi ma di truffe ne girano tante e preferisco chiedere. Mi può chiamare al 051 4411203.
Grazie
Cinzia""")

    # 36 — other: which invoice?
    msg(36, owner="marco",
        label=L("client-reply-other", "it",
                "Cannot find invoice 34 and asks for a copy; 'pagate tutte fino alla 30/2026' is about earlier "
                "invoices, not a paid claim for this one. Reference 34/2026.",
                reference="34/2026"),
        frm=("Segreteria Studio Dentistico Neri", "segreteria@studiodentisticoneri.it"), to=MARCO,
        date="2026-11-18 15:02", tz="Europe/Rome", subject="Re: Fattura n. 34/2026",
        orig=O("reminder", "2026-11-18 09:00", "34/2026", "610,00 €", "2026-11-15",
               cname="Studio Dentistico Dr. Neri", ckind="company"),
        quote="gmail",
        body="""Buongiorno,
ci scusi ma facciamo fatica a capire a quale lavoro si riferisce: a noi risultano pagate tutte le sue fatture fino alla 30/2026 compresa (traduzione del sito in inglese). La 34 non la troviamo né nella posta né nel cassetto fiscale.
Può rimandarcene una copia in PDF con il dettaglio delle pagine tradotte?
Grazie, saluti
Monica – segreteria""")

    # 37 — other: passes to accounts in cc
    msg(37, owner="chiara",
        label=L("client-reply-other", "it",
                "Reply to a courtesy note: forwards to the accounts office in cc. No payment statement.",),
        frm=("Marco Vitale", "marco@vitaleinteriors.it"), to=CHIARA,
        cc=("Amministrazione Vitale Interiors", "amministrazione@vitaleinteriors.it"),
        date="2026-11-02 12:00", tz="Europe/Rome", subject="Re: Fattura n. 26/2026",
        orig=O("courtesy", "2026-11-02 09:00", "26/2026", "1.500,00 €", "2026-11-06", issue="2026-10-07",
               cname="Vitale Interior Design", ckind="company"),
        quote="apple", xmailer="iPhone Mail (22B83)",
        body="""Ciao Chiara, giro all'amministrazione in copia che si occupa dei pagamenti.
Daniela, mi fai sapere? Grazie!
Marco""" + IPHONE_IT)

    # 38 — other: received, but not in the cassetto fiscale
    msg(38, owner="ale",
        label=L("client-reply-other", "it",
                "Acknowledges the invoice mail and asks whether the e-invoice was sent to SdI (not visible in the "
                "cassetto fiscale). A question, no claim.",),
        frm=("Franco Pasini", "franco.pasini@pasiniprogetti.it"), to=ALE,
        date="2027-02-10 15:40", tz="Europe/Rome", subject="Re: Fattura n. 5/2027",
        orig=O("invoice", "2027-02-10 10:12", "5/2027", "2.318,00 €", "2027-03-12",
               desc="progettazione brochure e catalogo 2027"),
        quote="gmail",
        body="""Ricevuta, grazie.
Però nel cassetto fiscale dell'Agenzia delle Entrate ancora non la vedo: l'ha già trasmessa allo SdI? Il mio commercialista vuole solo l'XML, il PDF per lui non vale.
Saluti
F. Pasini""")

    # 39 — payment notification: bank credit
    text39 = """Gentile Cliente,

ti informiamo che sul tuo conto corrente n. ****3456 è stato accreditato un bonifico SEPA.

Ordinante: TIPOGRAFIA BERTONI SRL
Importo: 1.220,00 EUR
Data valuta: 20/11/2026
Causale: SALDO FT 31/2026 TIPOGRAFIA BERTONI
CRO/TRN: 0306901234567890123

Puoi consultare il dettaglio del movimento nell'area riservata del sito o dall'app YouApp.

Questa è una comunicazione automatica: ti preghiamo di non rispondere a questo messaggio.
Banco BPM S.p.A. – Piazza F. Meda 4, 20121 Milano"""
    msg(39, owner=None,
        label=L("payment-notification", "it",
                "Bank alert: incoming SEPA transfer of 1.220,00 EUR with causale 'SALDO FT 31/2026'. CRO and "
                "masked account number are not amounts.",
                amount="1220.00", reference="31/2026"),
        frm=("Banco BPM", "no-reply@bancobpm.it"), to=ALE,
        date="2026-11-20 07:12", tz="Europe/Rome", subject="Accredito bonifico sul tuo conto",
        fmt="alt", html_style="plain", body=text39,
        headers=(("Auto-Submitted", "auto-generated"),))

    # 40 — payment notification: PayPal, gross vs net
    text40 = """Hai ricevuto un pagamento

Giorgio Landi ti ha inviato 150,00 € EUR

Nota di Giorgio Landi:
"Stampe fine art 30x40 - fattura 2/2027"

Dettagli della transazione
ID transazione: 7HX12345AB6789012
Data transazione: 28 gennaio 2027
Importo ricevuto: 150,00 € EUR
Commissione PayPal: -5,45 € EUR
Importo netto: 144,55 € EUR

Il denaro è disponibile nel tuo conto PayPal.

Non rispondere a questa email. Per assistenza, accedi al tuo conto e fai clic su Aiuto.
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 Lussemburgo"""
    msg(40, owner=None,
        label=L("payment-notification", "it",
                "PayPal: payment received 150,00 € (net 144,55 after a 5,45 fee). Amount = the payment sent and "
                "received (150), the fee and net are distractors; the payer's note names 'fattura 2/2027'.",
                amount="150.00", reference="2/2027"),
        frm=("PayPal", "service@paypal.it"), to=CHIARA,
        date="2027-01-28 18:03", tz="Europe/Rome",
        subject="Hai ricevuto un pagamento di 150,00 € EUR da Giorgio Landi",
        fmt="alt", html_style="plain", body=text40, cte="quoted-printable",
        headers=(("Auto-Submitted", "auto-generated"),))


# ============================================================================================
# ESPAÑOL (41–80)
# ============================================================================================
def spanish():
    # 41 — paid with IRPF explained
    msg(41, owner="lucia",
        label=L("client-reply-paid", "es",
                "Transfer ordered today for 'fra. 2026-41' (= 2026-041), 1.060,00 € = base + IVA − IRPF. The 150 € "
                "withholding goes to Hacienda (modelo 111): not a deduction to dispute. 'feria de Valencia' aside.",
                amount="1060.00", reference="2026-041"),
        frm=("Pilar Herrera", "administracion@mueblesherrera.es"), to=LUCIA,
        date="2026-12-01 13:15", tz="Europe/Madrid", subject="RE: Factura n.º 2026-041",
        orig=O("reminder", "2026-12-01 09:00", "2026-041", "1.060,00 €", "2026-11-28",
               cname="Muebles Herrera, S.L.", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Hola Lucía:

Te confirmo que hoy hemos ordenado la transferencia de la fra. 2026-41 por 1.060,00 € (base 1.000 + IVA 21 % − IRPF 15 %). La retención de 150 € la ingresamos nosotros en Hacienda con el modelo 111 del trimestre, así que te aparecerá en el certificado de retenciones de enero.

Disculpa el retraso, estuvimos con el cierre de la feria de Valencia.

Un saludo,
Pilar Herrera
Administración – Muebles Herrera, S.L.
Polígono Industrial El Carrascal, nave 12 – 28914 Leganés (Madrid)""")

    # 42 — one-liner with PDF receipt
    msg(42, owner="jordi",
        label=L("client-reply-paid", "es",
                "One line + attached PDF receipt, sent from Android. No amount in the text.",),
        frm=("Marc Soler", "marcsoler.obres@gmail.com"), to=JORDI,
        date="2026-11-12 18:04", tz="Europe/Madrid", subject="Re: Factura n.º F26-031",
        orig=O("due", "2026-11-12 09:00", "F26-031", "363,00 €", "2026-11-10",
               cname="Marc Soler", ckind="person"),
        quote="gmail", attach=((PDF, "application/pdf", "justificante_transferencia.pdf"),),
        body="Transferencia realizada, te adjunto justificante." + ANDROID_ES)

    # 43 — Bizum for "lo que faltaba"
    msg(43, owner="nerea",
        label=L("client-reply-paid", "es",
                "Canarian client: Bizum of 180 € today 'que era lo que faltaba'; the other 300 were paid in "
                "October. The invoice is now fully paid; amount = the 180 this message reports as paid.",
                amount="180.00"),
        frm=("Yaiza Rodríguez", "yaizarguez@hotmail.com"), to=NEREA,
        date="2026-11-16 19:42", tz="Atlantic/Canary", subject="RE: Factura n.º 2026-037",
        orig=O("promise_followup", "2026-11-16 09:00", "2026-037", "480,00 €", "2026-10-31",
               cname="Yaiza Rodríguez", ckind="person"),
        quote="outlook", fmt="alt", html_style="outlook", xmailer="Outlook for iOS",
        body="""Hola Nerea!! Perdona mi niña, te acabo de hacer un Bizum de 180 €, que era lo que faltaba (los otros 300 te los pasé en octubre por transferencia, ¿te acuerdas?). Así que ya estaríamos en paz 😊

La web está quedando preciosa, mis alumnas me dicen que ahora sí se entiende el horario.

Besitos
Yaiza""")

    # 44 — paid net of the owner's rectificativa
    msg(44, owner="lucia",
        label=L("client-reply-paid", "es",
                "Paid 2026-038 minus the owner's own corrective invoice R-2026-003: 1.210 − 484 = 726 paid. "
                "R-2026-003 is not the reference. 'mañana o pasado' is arrival time.",
                amount="726.00", reference="2026-038"),
        frm=("Álvaro Candil", "pagos@editorialcandil.es"), to=LUCIA,
        date="2026-12-11 10:02", tz="Europe/Madrid", subject="Re: Factura n.º 2026-038",
        orig=O("reminder", "2026-12-10 09:00", "2026-038", "1.210,00 €", "2026-12-05",
               cname="Editorial Candil, S.L.", ckind="company"),
        quote="gmail",
        body="""Buenos días, Lucía:

Hemos pagado hoy la factura 2026-038 descontando el importe de tu factura rectificativa R-2026-003 (la de las ilustraciones que al final no se usaron), es decir 1.210,00 − 484,00 = 726,00 €. Lo verás en la cuenta mañana o pasado.

Si prefieres que lo reflejemos de otra manera, dímelo.

Saludos,
Álvaro Candil
Editorial Candil""")

    # 45 — AP remittance table, two invoices
    tbl = """<p class="MsoNormal">Estimado proveedor:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Le informamos que con fecha valor 04/12/2026 se ha procedido al pago de las siguientes facturas mediante transferencia a la cuenta ES76 0081 0200 2500 0123 4567:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-family:Arial;font-size:10pt">
<tr style="background:#1F4E79;color:white"><th>Nº factura</th><th>Fecha</th><th>Importe</th></tr>
<tr><td>F26-044</td><td>20/10/2026</td><td align="right">2.420,00 €</td></tr>
<tr><td>F26-045</td><td>30/10/2026</td><td align="right">605,00 €</td></tr>
<tr><td colspan="2"><b>Total</b></td><td align="right"><b>3.025,00 €</b></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Nº de orden de pago: OP-2026-11873<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Atentamente,<o:p></o:p></p>
<p class="MsoNormal"><b>Departamento de Cuentas a Pagar</b><br>Grupo Hotelero Mediterrània<br>Passeig de Gràcia 112, 08008 Barcelona<o:p></o:p></p>
<p class="MsoNormal"><span style="font-size:7.5pt;color:gray">""" + esc(LOPD_ES) + """</span><o:p></o:p></p>"""
    msg(45, owner="jordi",
        label=L("client-reply-paid", "es",
                "AP clerk answers a two-invoice statement with an HTML payment table: F26-044 and F26-045 paid, "
                "total 3.025,00. Reference = first invoice named. IBAN and OP number are not amounts.",
                amount="3025.00", reference="F26-044"),
        frm=("Cuentas a Pagar - Grupo Mediterrània", "proveedores@grupomediterrania.com"), to=JORDI,
        date="2026-12-04 12:48", tz="Europe/Madrid", subject="RE: Facturas pendientes",
        orig=O("statement", "2026-12-03 09:00", cname="Grupo Hotelero Mediterrània, S.A.", ckind="company",
               invoices=[("F26-044", "2026-10-20", "2026-11-19", 14, "2.420,00 €"),
                         ("F26-045", "2026-10-30", "2026-11-29", 4, "605,00 €")],
               total="3.025,00 €", deadline="2026-12-13"),
        quote="outlook", fmt="alt", html_style="outlook", html_body=tbl, xmailer="Microsoft Outlook 16.0",
        body="""Estimado proveedor:

Le informamos que con fecha valor 04/12/2026 se ha procedido al pago de las siguientes facturas mediante transferencia a la cuenta ES76 0081 0200 2500 0123 4567:

Nº factura   Fecha        Importe
F26-044      20/10/2026   2.420,00 €
F26-045      30/10/2026     605,00 €
Total                     3.025,00 €

Nº de orden de pago: OP-2026-11873

Atentamente,
Departamento de Cuentas a Pagar
Grupo Hotelero Mediterrània
Passeig de Gràcia 112, 08008 Barcelona

""" + LOPD_ES)

    # 46 — "ya está pagada, con el IGIC y todo"
    msg(46, owner="nerea",
        label=L("client-reply-paid", "es",
                "Canary Islands (IGIC instead of IVA): 'ya está pagada... te lo hice el viernes'. No figure.",),
        frm=("Airam - Escuela de Surf La Cícer", "hola@surflacicer.com"), to=NEREA,
        date="2027-01-11 12:30", tz="Atlantic/Canary", subject="Re: Factura n.º 2026-044",
        orig=O("reminder", "2027-01-11 09:00", "2026-044", "642,00 €", "2027-01-08",
               cname="Escuela de Surf La Cícer, S.L.", ckind="company"),
        quote="gmail",
        body="""Ya está pagada, con el IGIC y todo 😅 Te lo hice el viernes, mira a ver.
Un abrazo
Airam""")

    # 47 — "el total", Catalan flavour
    msg(47, owner="jordi",
        label=L("client-reply-paid", "es",
                "Paid 'el total de la factura F26-033' by instant transfer: no figure -> no amount. Catalan "
                "greeting/sign-off in a Spanish mail.",
                reference="F26-033"),
        frm=("Montse Roig", "administracio@cellercanroig.cat"), to=JORDI,
        date="2026-11-18 09:40", tz="Europe/Madrid", subject="RE: Factura n.º F26-033",
        orig=O("due", "2026-11-17 09:00", "F26-033", "1.452,00 €", "2026-11-15",
               cname="Celler Can Roig, S.L.", ckind="company"),
        quote="outlook",
        body="""Bon dia Jordi,

Hemos pagado el total de la factura F26-033 esta mañana por transferencia inmediata, así que ya debería estar en tu cuenta.
Las fotos de la vendimia han quedado espectaculares, ya te diremos algo para la campaña de primavera.

Salut!
Montse Roig
Celler Can Roig – Sant Sadurní d'Anoia""")

    # 48 — amount in words, elderly lady, iso-8859-1
    msg(48, owner="lucia",
        label=L("client-reply-paid", "es",
                "Elderly private client made a transfer at the branch 'de mil doscientos diez euros' (amount in "
                "words). Old-style usted.",
                amount="1210.00"),
        frm=("Carmen Villalobos", "carmenvillalobos1958@yahoo.es"), to=LUCIA,
        date="2027-01-15 11:02", tz="Europe/Madrid", subject="Re: Factura n.º 2026-047",
        orig=O("reminder", "2027-01-14 09:00", "2026-047", "1.210,00 €", "2027-01-10",
               cname="Sra. Villalobos", ckind="person"),
        quote="thunderbird", charset="windows-1252", codec="cp1252", cte="8bit",
        xmailer="YahooMailAndroid",
        body="""Querida Lucía:

Le escribo para decirle que ayer fui al banco (al Santander de la calle Goya) y le hice una transferencia de mil doscientos diez euros, que es lo que ponía la factura. El chico del banco me dijo que tardaría un par de días. Si no le llega, dígamelo y vuelvo.

Mis nietos están encantados con los dibujos del cuento, no paran de pedírmelo.

Un abrazo muy fuerte,
Carmen""")

    # 49 — forwarded bank receipt
    msg(49, owner="lucia",
        label=L("client-reply-paid", "es",
                "Clinic forwards CaixaBank's transfer receipt: 'te reenvío el justificante de la 40' -> 2026-040. "
                "Amount 484,00 from the receipt; masked account, IBAN and the bank reference are not amounts.",
                amount="484.00", reference="2026-040"),
        frm=("Nuria - Clínica Dental Sonrisa", "gestion@clinicasonrisa.es"), to=LUCIA,
        date="2026-11-27 17:20", tz="Europe/Madrid", subject="Re: Factura n.º 2026-040",
        orig=O("due", "2026-11-27 09:00", "2026-040", "484,00 €", "2026-11-25",
               cname="Clínica Dental Sonrisa, S.L.", ckind="company"),
        quote="gmail", fmt="alt",
        body="""Hola Lucía, te reenvío el justificante de la 40.
Un saludo,
Nuria

---------- Forwarded message ---------
De: CaixaBank <notificaciones@caixabank.com>
Date: vie, 27 nov 2026 a las 17:02
Subject: Justificante de transferencia
To: <gestion@clinicasonrisa.es>


CaixaBank – Justificante de la operación

Tipo de operación: Transferencia SEPA
Fecha de la operación: 27/11/2026
Ordenante: CLINICA DENTAL SONRISA SL
Cuenta de cargo: ES05 2100 **** **** **** 4471
Beneficiario: LUCIA MARTIN GOMEZ
IBAN beneficiario: ES91 2100 0418 4502 0005 1332
Importe: 484,00 EUR
Comisión: 0,00 EUR
Concepto: FACTURA 2026-040
Referencia: 20261127TR0998812

Este justificante no es válido como recibo de pago a efectos fiscales.""")

    # 50 — Mexican client, USD via Wise
    msg(50, owner="lucia",
        label=L("client-reply-paid", "es",
                "Mexican voice: 'ya quedó el pago', sent by Wise, 1,350.00 USD (comma thousands, dot decimals). "
                "Currency USD.",
                amount="1350.00", currency="USD"),
        frm=("Fernanda Ortiz", "pagos@colibri.mx"), to=LUCIA,
        date="2026-12-07 10:15", tz="America/Mexico_City", subject="RE: Factura n.º 2026-043",
        orig=O("reminder", "2026-12-07 09:00", "2026-043", "1.350,00 US$", "2026-12-01",
               cname="Agencia Colibrí, S.A. de C.V.", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook",
        body="""Hola Lucía, qué pena contigo.

Ya quedó el pago, se mandó ahorita por Wise: 1,350.00 USD. Te debe llegar en euros mañana o pasado. Cualquier cosa me avisas.

Saludos cordiales,
Fernanda Ortiz
Administración y Finanzas | Agencia Colibrí
Ciudad de México""")

    # 51 — Chilean client, SWIFT with SHA fees, MT103 attached
    msg(51, owner="jordi",
        label=L("client-reply-paid", "es",
                "Chilean company: SWIFT transfer of EUR 1.815,00 sent yesterday with shared fees (may arrive a few "
                "euros short — not a dispute). MT103 attached.",
                amount="1815.00"),
        frm=("Cristóbal Undurraga", "finanzas@vinalosmaquis.cl"), to=JORDI,
        date="2027-01-20 09:30", tz="America/Santiago", subject="RE: Factura n.º F26-049",
        orig=O("reminder", "2027-01-19 09:00", "F26-049", "1.815,00 €", "2027-01-15",
               cname="Viña Los Maquis SpA", ckind="company"),
        quote="outlook", attach=((PDF, "application/pdf", "MT103_20270119.pdf"),),
        body="""Estimado Jordi:

Le informamos que el día de ayer se cursó la transferencia internacional (SWIFT) por EUR 1.815,00 desde Banco de Chile, con gastos compartidos (SHA), por lo que es posible que le lleguen algunos euros menos por la comisión del banco intermediario. Adjuntamos el MT103.

Saludos cordiales,
Cristóbal Undurraga
Jefe de Finanzas – Viña Los Maquis""")

    # 52 — "ja està pagada"
    msg(52, owner="jordi",
        label=L("client-reply-paid", "es",
                "Spanish with Catalan words: 'ja està pagada', the gestoría included it in yesterday's payment "
                "batch ('remesa de ayer') -> paid.",),
        frm=("Laia Ferrer", "comptabilitat@artibarri.org"), to=JORDI,
        date="2027-02-09 12:00", tz="Europe/Madrid", subject="Re: Factura n.º F27-004",
        orig=O("reminder", "2027-02-08 09:00", "F27-004", "726,00 €", "2027-02-05",
               cname="Fundació Art i Barri", ckind="company"),
        quote="gmail",
        body="""Hola Jordi, perdona el retraso, ja està pagada! La gestoría la incluyó en la remesa de ayer.
Gràcies i fins aviat,
Laia""")

    # 53 — "entra en la remesa del 25"
    msg(53, owner="lucia",
        label=L("client-reply-promise", "es",
                "AP: invoice approved, 'entra en la remesa de pagos del día 25' (sent 11 Jan -> 25 Jan). The 10 and "
                "25 payment days are context.",
                reference="2026-045", promised_date="2027-01-25"),
        frm=("Cuentas a Pagar CIOBRAS", "cuentasapagar@ciobras.es"), to=LUCIA,
        date="2027-01-11 16:40", tz="Europe/Madrid", subject="RE: Factura n.º 2026-045",
        orig=O("late_fee", "2027-01-11 09:00", "2026-045", "2.904,00 €", "2026-12-15",
               days=27, deadline="2027-01-21", cname="Constructora Ibérica de Obras, S.A.", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook",
        body="""Buenas tardes:

Su factura 2026-045 ya está contabilizada y conformada por el departamento de obra. Entra en la remesa de pagos del día 25, que es cuando pagamos a proveedores (pagamos los días 10 y 25 de cada mes; la del 10 ya se había cerrado).

Un saludo,
Cuentas a Pagar – CIOBRAS

""" + LOPD_ES)

    # 54 — "a primeros de mes" (vague) with an amount
    msg(54, owner="nerea",
        label=L("client-reply-promise", "es",
                "'los 856 € te los pago a primeros de mes' -> promise with amount, no date (vague).",
                amount="856.00"),
        frm=("Dulcería La Abuela Pino", "dulceria.abuelapino@gmail.com"), to=NEREA,
        date="2026-11-24 08:50", tz="Atlantic/Canary", subject="Re: Factura n.º 2026-039",
        orig=O("reminder", "2026-11-23 09:00", "2026-039", "856,00 €", "2026-11-19",
               cname="Dulcería La Abuela Pino", ckind="company"),
        quote="gmail",
        body="""Hola Nerea, los 856 € te los pago a primeros de mes, que ahora vamos justos con los pedidos de Navidad. Perdona!!
Pino""" + ANDROID_ES)

    # 55 — "a final de mes"
    msg(55, owner="lucia",
        label=L("client-reply-promise", "es",
                "'Lo pagamos a final de mes sin falta' (sent 9 Feb 2027) -> 28 Feb 2027.",
                promised_date="2027-02-28"),
        frm=("Rafael Sanz - Academia Pitágoras", "direccion@academiapitagoras.es"), to=LUCIA,
        date="2027-02-09 13:00", tz="Europe/Madrid", subject="Re: Factura n.º 2027-006",
        orig=O("reminder", "2027-02-09 09:00", "2027-006", "605,00 €", "2027-02-05",
               cname="Academia Pitágoras, S.L.", ckind="company"),
        quote="gmail",
        body="""Hola Lucía, lo sentimos mucho.
Lo pagamos a final de mes sin falta, en cuanto cobremos las mensualidades de los alumnos.
Un saludo,
Rafael (Dirección)""")

    # 56 — 500 now, the rest on Friday
    msg(56, owner="jordi",
        label=L("client-reply-promise", "es",
                "Sent Monday 14 Dec: paid 500 € now, 'el resto te lo pago el viernes' -> promise for Friday 18 Dec. "
                "The only figure stated is the 500 already paid.",
                amount="500.00", promised_date="2026-12-18"),
        frm=("Xavi - Restaurant Mar Blau", "marblau.restaurant@gmail.com"), to=JORDI,
        date="2026-12-14 22:15", tz="Europe/Madrid", subject="Re: Factura n.º F26-052",
        orig=O("reminder", "2026-12-14 09:00", "F26-052", "1.210,00 €", "2026-12-10",
               cname="Restaurant Mar Blau, S.L.", ckind="company"),
        quote="gmail",
        body="""Jordi, te acabo de hacer una transferencia de 500 € y el resto te lo pago el viernes, que es cuando nos entra la caja del finde... Perdona el retraso tío.
Xavi""")

    # 57 — "antes del 28 no vamos a poder"
    msg(57, owner="nerea",
        label=L("client-reply-promise", "es",
                "'antes del 28 no vamos a poder pagarla' = promise for the 28th (sent 14 Jan, Canary time).",
                promised_date="2027-01-28"),
        frm=("Cristina - Inmobiliaria Teide Sur", "administracion@teidesur.com"), to=NEREA,
        date="2027-01-14 10:20", tz="Atlantic/Canary", subject="RE: Factura n.º 2026-046",
        orig=O("due", "2027-01-14 09:00", "2026-046", "1.284,00 €", "2027-01-12",
               cname="Inmobiliaria Teide Sur, S.L.", ckind="company"),
        quote="outlook",
        body="""Buenos días, Nerea:

Te comento que antes del 28 no vamos a poder pagarla, estamos esperando la liquidación de una venta. Disculpa las molestias.

Saludos,
Cristina
Inmobiliaria Teide Sur – Adeje""")

    # 58 — "mañana sin falta" on a Friday evening
    msg(58, owner="lucia",
        label=L("client-reply-promise", "es",
                "Friday 29 Jan 2027, 20:45: 'Mañana sin falta' -> Saturday 30 Jan (the next day, even if a "
                "weekend).",
                promised_date="2027-01-30"),
        frm=("Raúl Domínguez", "raul@dominguezlara.es"), to=LUCIA,
        date="2027-01-29 20:45", tz="Europe/Madrid", subject="Re: Factura n.º 2027-002",
        orig=O("reminder", "2027-01-29 09:00", "2027-002", "1.694,00 €", "2027-01-25",
               cname="Domínguez & Lara Arquitectos, S.L.P.", ckind="company"),
        quote="apple", xmailer="iPhone Mail (22C161)",
        body="""Lucía, tienes toda la razón, se me pasó por completo. Mañana sin falta te hago la transferencia desde casa. Mil perdones.
Raúl""" + IPHONE_ES)

    # 59 — "en cuanto nos pague TV3"
    msg(59, owner="jordi",
        label=L("client-reply-promise", "es",
                "Reply to the formal demand: will pay the invoice 'íntegra' as soon as the broadcaster pays them "
                "('será este mes' is about their client's payment) -> promise, no date, no amount.",),
        frm=("Pau Ferrer", "produccio@llumfilms.cat"), to=JORDI,
        date="2027-02-03 10:05", tz="Europe/Madrid",
        subject="Re: Requerimiento de pago de la factura n.º F26-047",
        orig=O("final", "2027-02-02 09:00", "F26-047", "2.178,00 €", "2026-12-20", deadline="2027-02-12",
               cname="Llum Films, S.L.", ckind="company"),
        quote="gmail",
        body="""Hola Jordi:

Entiendo el requerimiento y tienes todo el derecho. La situación es que TV3 todavía no nos ha pagado la serie y estamos sin liquidez. En cuanto entre ese pago, que nos dicen que será este mes, la tuya es la primera factura que pagamos, íntegra.

Te pido un poco más de paciencia.

Un abrazo,
Pau Ferrer
Productor ejecutivo – Llum Films""")

    # 60 — one paid yesterday, the other on the 15th
    msg(60, owner="lucia",
        label=L("client-reply-promise", "es",
                "Statement of two: 2026-050 paid yesterday, 2026-052 'entra en el pago del día 15' -> promise "
                "(paid one + promise other). Reference = the promised invoice; sent 12 Jan -> 15 Jan.",
                reference="2026-052", promised_date="2027-01-15"),
        frm=("Mercedes - Hostal Las Acacias", "reservas@hostallasacacias.es"), to=LUCIA,
        date="2027-01-12 18:30", tz="Europe/Madrid", subject="Re: Facturas pendientes",
        orig=O("statement", "2027-01-12 09:00", cname="Hostal Las Acacias, C.B.", ckind="company",
               invoices=[("2026-050", "2026-11-30", "2026-12-30", 13, "363,00 €"),
                         ("2026-052", "2026-12-10", "2027-01-09", 3, "847,00 €")],
               total="1.210,00 €", deadline="2027-01-22"),
        quote="gmail",
        body="""Hola Lucía, la 2026-050 ya te la pagamos ayer (te debe llegar hoy), y la 2026-052 entra en el pago del día 15.
Saludos,
Mercedes""")

    # 61 — balance on Monday after a partial payment
    msg(61, owner="nerea",
        label=L("client-reply-promise", "es",
                "688 € paid last week as agreed by phone; 'el saldo pendiente, 1.452 €, te lo transferimos el "
                "lunes' (sent Wed 3 Feb -> Mon 8 Feb). Amount = the promised balance.",
                amount="1452.00", promised_date="2027-02-08"),
        frm=("Alexis Cabrera", "contabilidad@viajesmaxorata.com"), to=NEREA,
        date="2027-02-03 09:15", tz="Atlantic/Canary", subject="RE: Factura n.º 2026-048",
        orig=O("late_fee", "2027-02-03 09:00", "2026-048", "2.140,00 €", "2027-01-05",
               days=29, deadline="2027-02-13", cname="Viajes Maxorata, S.L.", ckind="company"),
        quote="outlook",
        body="""Buenos días Nerea:

Ya te abonamos 688 € la semana pasada, como acordamos por teléfono. El saldo pendiente, 1.452 €, te lo transferimos el lunes.

Un saludo,
Alexis Cabrera
Contabilidad – Viajes Maxorata
Puerto del Rosario, Fuerteventura""")

    # 62 — "próxima remesa" (vague), supplier number
    msg(62, owner="jordi",
        label=L("client-reply-promise", "es",
                "Formal AP: invoice F26-038 approved, will go in the next payment batch -> promise without date. "
                "Supplier number P-004512 is not an amount or reference.",
                reference="F26-038"),
        frm=("Departamento de Proveedores", "facturas@distgarraf.es"), to=JORDI,
        date="2026-11-10 11:20", tz="Europe/Madrid", subject="RE: Factura n.º F26-038",
        orig=O("reminder", "2026-11-09 09:00", "F26-038", "968,00 €", "2026-11-05",
               cname="Distribuciones Garraf, S.A.", ckind="company"),
        quote="original", xmailer="Microsoft Outlook 16.0", charset="iso-8859-1", codec="cp1252",
        cte="quoted-printable",
        body="""Estimado proveedor:

Le informamos de que su factura F26-038 ha sido aprobada y se incluirá en la próxima remesa de pagos.

Para cualquier consulta, indique siempre su número de proveedor (P-004512).

Atentamente,
Departamento de Proveedores
Distribuciones Garraf, S.A.""")

    # 63 — "hoy mismo"
    msg(63, owner="lucia",
        label=L("client-reply-promise", "es",
                "'Hoy mismo te lo dejo hecho' (sent 22 Dec) -> promise for that day. Base64 body.",
                promised_date="2026-12-22"),
        frm=("Begoña Iturbe", "bego.iturbe@gmail.com"), to=LUCIA,
        date="2026-12-22 10:05", tz="Europe/Madrid", subject="Re: Factura n.º 2026-049",
        orig=O("due", "2026-12-22 09:00", "2026-049", "302,50 €", "2026-12-20",
               cname="Begoña Iturbe", ckind="person"),
        quote="gmail", fmt="alt", cte="base64",
        body="""Ay Lucía perdona!! Hoy mismo te lo dejo hecho, que me voy al pueblo mañana y si no se me olvida.
Felices fiestas!!! 🎄
Bego""")

    # 64 — "después de Reyes"
    msg(64, owner="nerea",
        label=L("client-reply-promise", "es",
                "'después de Reyes te lo pago' -> promise, but 'after Epiphany' is vague: no promised_date.",),
        frm=("Juan Déniz", "tallerdeniz@gmail.com"), to=NEREA,
        date="2026-12-28 11:00", tz="Atlantic/Canary", subject="Re: Factura n.º 2026-042",
        orig=O("reminder", "2026-12-28 09:00", "2026-042", "535,00 €", "2026-12-20",
               cname="Taller Mecánico Hermanos Déniz", ckind="company"),
        quote="gmail",
        body="""Mi niña, después de Reyes te lo pago, que ahora estamos a tope con los coches de la gente que se va de vacaciones y no me da la vida para ir al banco. No te preocupes que no se me olvida.
Un saludo,
Juan Déniz""" + ANDROID_ES)

    # 65 — dispute: wrong IRPF rate, wants a rectificativa
    msg(65, owner="lucia",
        label=L("client-reply-dispute", "es",
                "Tax advisers: IRPF should be 15 % not 7 %; cannot book it, want a factura rectificativa for "
                "1.060,00 and will pay that on receipt -> dispute (wrong amount). Amount = the sum they accept.",
                amount="1060.00", reference="2026-036"),
        frm=("Ana Montalbán", "admin@asesoresmontalban.es"), to=LUCIA,
        date="2026-11-17 10:30", tz="Europe/Madrid", subject="RE: Factura n.º 2026-036",
        orig=O("due", "2026-11-16 09:00", "2026-036", "1.140,00 €", "2026-11-14",
               cname="Asesores Fiscales Montalbán, S.L.", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook",
        body="""Buenos días, Lucía:

Revisando la factura 2026-036 vemos que aplicas una retención del 7 % de IRPF. Según nos consta, ya llevas más de tres años de alta como autónoma, así que no te corresponde el tipo reducido de inicio de actividad y la retención debe ser del 15 %. Tal y como está no podemos contabilizarla.

Te rogamos que emitas una factura rectificativa (1.000 + 210 − 150 = 1.060,00 €) y la abonamos a la recepción.

Un saludo,
Ana Montalbán
Asesores Fiscales Montalbán""")

    # 66 — dispute: price was VAT-inclusive
    msg(66, owner="jordi",
        label=L("client-reply-dispute", "es",
                "Wedding couple: agreed 1.500 € VAT included; will transfer 1.500 this week but refuse the 315 "
                "extra -> dispute, amount accepted 1.500 (the 315 is contested).",
                amount="1500.00"),
        frm=("Núria Casals", "nuriaipol2026@gmail.com"), to=JORDI,
        date="2026-11-25 21:40", tz="Europe/Madrid", subject="Re: Factura n.º F26-040",
        orig=O("reminder", "2026-11-24 09:00", "F26-040", "1.815,00 €", "2026-11-20",
               cname="Núria Casals", ckind="person"),
        quote="gmail", fmt="alt",
        body="""Hola Jordi,

Creo que hay un error. Cuando cerramos el reportaje de la boda nos dijiste 1.500 € y en ningún momento hablamos de IVA aparte; para nosotros era un precio cerrado, IVA incluido. Somos particulares, no nos podemos desgravar nada.

Te hacemos la transferencia de los 1.500 € esta semana, pero los 315 € de más no los vamos a pagar.

Núria""")

    # 67 — dispute: online shop not finished, 50% paid
    msg(67, owner="nerea",
        label=L("client-reply-dispute", "es",
                "Reply to the formal demand: the online shop is not finished; they paid 50 % (963 €) and will pay "
                "the rest only when it works -> dispute; amount = the 963 stated as paid.",
                amount="963.00"),
        frm=("Carmelo Hernández", "info@queseriamontanablanca.es"), to=NEREA,
        date="2027-01-21 13:15", tz="Atlantic/Canary",
        subject="Re: Requerimiento de pago de la factura n.º 2026-041",
        orig=O("final", "2027-01-20 09:00", "2026-041", "1.926,00 €", "2026-12-01", deadline="2027-01-30",
               cname="Quesería Montaña Blanca, S.L.", ckind="company"),
        quote="gmail",
        body="""Nerea, con todo el respeto: la tienda online que nos facturas NO está terminada. La pasarela de pago sigue sin funcionar, los envíos a península no calculan bien y llevamos desde noviembre esperando.

Pagamos el 50 % al principio (963 €) y el resto lo pagaremos cuando la tienda funcione, como dice el presupuesto que firmamos.

No entiendo que me mandes un requerimiento con el monitorio cuando el trabajo no está entregado.

Carmelo Hernández
Quesería Montaña Blanca""")

    # 68 — dispute: partial payment, extra hours not budgeted
    msg(68, owner="lucia",
        label=L("client-reply-dispute", "es",
                "Paid 1.210 € of the 1.936 of invoice 2026-044; refuses the 6 extra hours (600 + IVA) -> partial + "
                "dispute; amount = 1.210 paid.",
                amount="1210.00", reference="2026-044"),
        frm=("Compras Ortopedia Castilla", "compras@ortopediacastilla.es"), to=LUCIA,
        date="2026-12-16 12:10", tz="Europe/Madrid", subject="RE: Factura n.º 2026-044",
        orig=O("reminder", "2026-12-15 09:00", "2026-044", "1.936,00 €", "2026-12-11",
               cname="Ortopedia Castilla, S.L.", ckind="company"),
        quote="outlook", xmailer="Microsoft Outlook 16.0", charset="windows-1252", cte="quoted-printable",
        body="""Buenos días:

Hemos abonado 1.210 € (1.000 + IVA) de los 1.936 € de la factura 2026-044. Las 6 horas extra de maquetación (600 + IVA) no estaban en el presupuesto aprobado y no las vamos a pagar sin un presupuesto firmado.

Atentamente,
Julián Tejedor
Dpto. de Compras – Ortopedia Castilla, S.L.
Valladolid""")

    # 69 — dispute: same job invoiced twice
    msg(69, owner="jordi",
        label=L("client-reply-dispute", "es",
                "'la F27-001 es exactamente la misma que la F26-036', already paid on 3 December -> already billed, "
                "dispute. Reference = the contested F27-001; 484 is the contested sum.",
                reference="F27-001"),
        frm=("Marta Puigdomènech", "admin@viatgesigent.cat"), to=JORDI,
        date="2027-01-27 09:10", tz="Europe/Madrid", subject="Re: Factura n.º F27-001",
        orig=O("reminder", "2027-01-26 09:00", "F27-001", "484,00 €", "2027-01-22",
               cname="Viatges & Gent, S.L.", ckind="company"),
        quote="gmail",
        body="""Jordi, esta factura ya nos la cobraste: la F27-001 es exactamente la misma que la F26-036 (reportaje Delta de l'Ebre, 484 €), que pagamos el 3 de diciembre. Por favor, anúlala.
Gràcies,
Marta""")

    # 70 — dispute: wants an abono for cancelled sessions
    msg(70, owner="jordi",
        label=L("client-reply-dispute", "es",
                "Only 2 of 4 sessions took place; wants an abono (rectificativa) of 544,50 € and will pay 'el "
                "resto' after -> dispute. 544,50 is contested, the rest is not stated -> no amount.",),
        frm=("Clara - Escola de Dansa Ritme", "escola@dansaritme.cat"), to=JORDI,
        date="2026-12-04 17:45", tz="Europe/Madrid", subject="Re: Factura n.º F26-050",
        orig=O("due", "2026-12-04 09:00", "F26-050", "1.089,00 €", "2026-12-02",
               cname="Escola de Dansa Ritme", ckind="company"),
        quote="gmail",
        body="""Hola Jordi:

En la factura aparecen 4 sesiones de fotos del festival, pero al final solo se hicieron 2, porque las del 21 y 22 se suspendieron por la lluvia. Necesitamos un abono (factura rectificativa) por las 2 sesiones canceladas, 544,50 €, y pagamos el resto enseguida.

Gracias,
Clara (secretaría)""")

    # 71 — dispute: pays 50 % until final approval
    msg(71, owner="lucia",
        label=L("client-reply-dispute", "es",
                "Budget PRE-2026-112 says 50 % on sketches, 50 % on final approval (not yet given): will pay 605 € "
                "now and the rest later -> pays only part until the work is finished = dispute; amount 605 "
                "accepted. The budget number is not the invoice reference.",
                amount="605.00"),
        frm=("Iñaki Zubiría", "finanzas@technoverde.es"), to=LUCIA,
        date="2027-02-16 09:35", tz="Europe/Madrid", subject="Re: Factura n.º 2027-008",
        orig=O("reminder", "2027-02-15 09:00", "2027-008", "1.210,00 €", "2027-02-12",
               cname="TechnoVerde Soluciones, S.L.", ckind="company"),
        quote="gmail", fmt="alt",
        body="""Hola Lucía:

Te has adelantado: según el presupuesto aceptado (ref. PRE-2026-112), el pago era 50 % a la entrega de los bocetos y 50 % con la aprobación final de la identidad, que todavía no se ha producido porque falta la versión del logotipo en negativo.

Pagaremos ahora el 50 % (605 €) y el otro 50 % cuando aprobemos la entrega final. Si quieres, emite una factura por cada mitad, que así lo contabilizamos mejor.

Un saludo,
Iñaki Zubiría
TechnoVerde Soluciones""")

    # 72 — dispute: agreed in dollars, invoiced in euros
    msg(72, owner="nerea",
        label=L("client-reply-dispute", "es",
                "Mexican client: the deal was 1,500 dollars, not euros; will pay the 1,500 USD agreed and wants a "
                "corrected invoice -> dispute, amount accepted 1500 USD.",
                amount="1500.00", currency="USD"),
        frm=("Rodrigo Zamudio", "admin@haciendalosagaves.com.mx"), to=NEREA,
        date="2026-12-17 09:12", tz="America/Mexico_City", subject="RE: Factura n.º 2026-043",
        orig=O("reminder", "2026-12-17 09:00", "2026-043", "1.500,00 €", "2026-12-12",
               cname="Hacienda Los Agaves", ckind="company"),
        quote="outlook",
        body="""Hola Nerea, buen día.

Revisando tu factura vemos que está en euros, pero lo que acordamos por WhatsApp fueron 1,500 dólares, no 1,500 euros (la diferencia no es poca con el tipo de cambio). Nosotros te pagamos los 1,500 USD acordados, ¿nos puedes mandar la factura corregida en dólares?

Saludos,
Rodrigo Zamudio
Hacienda Los Agaves – Tequila, Jalisco""")

    # 73 — dispute in capitals
    msg(73, owner="lucia",
        label=L("client-reply-dispute", "es",
                "ALL CAPS refusal to pay: work delivered late, campaign launched without the catalogue.",),
        frm=("J. Mendizábal", "jmendizabal@grupomendizabal.es"), to=LUCIA,
        date="2027-02-22 21:00", tz="Europe/Madrid",
        subject="Re: Requerimiento de pago de la factura n.º 2026-046",
        orig=O("final", "2027-02-22 09:00", "2026-046", "3.025,00 €", "2026-12-31", deadline="2027-03-04",
               cname="Grupo Mendizábal, S.A.", ckind="company"),
        quote="apple", xmailer="iPhone Mail (22D63)",
        body="""NO VAMOS A PAGAR ESTA FACTURA. EL TRABAJO NO SE ENTREGÓ EN PLAZO Y TUVIMOS QUE LANZAR LA CAMPAÑA SIN CATÁLOGO. HABLE CON NUESTRO ABOGADO SI QUIERE.
J. MENDIZÁBAL""" + IPHONE_ES)

    # 74 — dispute: contractual penalty 10 %
    msg(74, owner="jordi",
        label=L("client-reply-dispute", "es",
                "Applies a 10 % late-delivery penalty from the contract: will pay 1.089,00 instead of 1.210,00 and "
                "asks for a rectificativa of 121,00 -> dispute, amount = 1.089 accepted. Dates 30/10 and 15/10 "
                "are delivery dates.",
                amount="1089.00"),
        frm=("Dept. de Compres - Construccions Pujol", "compres@construccionspujol.cat"), to=JORDI,
        date="2026-12-01 11:25", tz="Europe/Madrid", subject="RE: Factura n.º F26-042",
        orig=O("reminder", "2026-11-30 09:00", "F26-042", "1.210,00 €", "2026-11-26",
               cname="Construccions Pujol, S.A.", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook",
        body="""Estimado Jordi:

Según la cláusula 6 del contrato de servicios, el retraso en la entrega de las fotografías de obra (entregadas el 30/10 en lugar del 15/10) conlleva una penalización del 10 %. Por tanto, abonaremos 1.089,00 € en lugar de 1.210,00 €.

Si necesitas que lo formalicemos, emite por favor una factura rectificativa por 121,00 €.

Saludos,
Dept. de Compres – Construccions Pujol, S.A.""")

    # 75 — other: public administration, submit via FACe
    msg(75, owner="lucia",
        label=L("client-reply-other", "es",
                "Town council: invoice 2026-042 not registered; must be submitted as Facturae through FACe with "
                "DIR3 codes. Procedure, not a promise ('se tramitará' is conditional and generic).",
                reference="2026-042"),
        frm=("Intervención Municipal", "intervencion@valdelosa.es"), to=LUCIA,
        date="2026-12-04 09:50", tz="Europe/Madrid", subject="RE: Factura n.º 2026-042",
        orig=O("reminder", "2026-12-03 09:00", "2026-042", "2.420,00 €", "2026-11-30",
               cname="Ayuntamiento de Valdelosa", ckind="company"),
        quote="original",
        body="""Buenos días:

Desde Intervención le comunicamos que no nos consta la factura 2026-042 en el registro contable. Le recordamos que las facturas a la Administración deben presentarse en formato Facturae a través de FACe, indicando los códigos DIR3 (Oficina contable L01370071, Órgano gestor L01370071, Unidad tramitadora L01370071). Una vez registrada, se tramitará su pago conforme a la normativa.

Atentamente,
Intervención Municipal
Ayuntamiento de Valdelosa""")

    # 76 — other: which bank account?
    msg(76, owner="nerea",
        label=L("client-reply-other", "es",
                "Asks which bank account is right before paying (invoice vs reminder). A question.",),
        frm=("Dácil - Farmacia Vegueta", "farmaciavegueta@gmail.com"), to=NEREA,
        date="2026-11-06 10:40", tz="Atlantic/Canary", subject="Re: Factura n.º 2026-035",
        orig=O("due", "2026-11-06 09:00", "2026-035", "321,00 €", "2026-11-04",
               cname="Farmacia Vegueta", ckind="company"),
        quote="gmail",
        body="""Hola Nerea, una pregunta antes de pagar: en la factura pone una cuenta de CajaSiete pero en el recordatorio sale otra (ES12 2038…). ¿Cuál es la buena? No quiero equivocarme.
Gracias,
Dácil""")

    # 77 — other: cc the gestoría
    msg(77, owner="jordi",
        label=L("client-reply-other", "es",
                "Courtesy note answered by copying the gestoría that handles payments. No claim.",),
        frm=("Rosa Vidal", "floristeriavidal@gmail.com"), to=JORDI,
        cc=("Sergi - Gestoria Mas", "sergi@gestoriamas.es"),
        date="2027-01-04 10:20", tz="Europe/Madrid", subject="Re: Factura n.º F26-053",
        orig=O("courtesy", "2027-01-04 09:00", "F26-053", "242,00 €", "2027-01-08", issue="2026-12-09",
               cname="Rosa Vidal", ckind="person"),
        quote="gmail",
        body="""Hola Jordi, te pongo en copia a nuestra gestoría (Gestoria Mas), que es quien lleva los pagos a proveedores.
Sergi, ¿puedes mirarlo?
Gràcies!
Rosa""")

    # 78 — other: let's talk on the phone
    msg(78, owner="lucia",
        label=L("client-reply-other", "es",
                "Asks for a call ('te llamo mañana') about doubts on the invoice and a new project: 'mañana' is a "
                "call, not a payment promise; 'dudas' is not yet a dispute.",),
        frm=("Pablo Gil", "pgil@gilabogados.es"), to=LUCIA,
        date="2026-11-20 19:05", tz="Europe/Madrid", subject="Re: Factura n.º 2026-039",
        orig=O("reminder", "2026-11-20 09:00", "2026-039", "907,50 €", "2026-11-16",
               cname="Gil & Asociados Abogados, S.L.P.", ckind="company"),
        quote="apple", xmailer="iPhone Mail (22B91)",
        body="""Lucía, ¿hablamos mejor por teléfono? Te llamo mañana por la mañana si te va bien. Tengo un par de dudas sobre la factura y además quería comentarte un proyecto nuevo para el despacho de Valencia.
Pablo""" + IPHONE_ES)

    # 79 — payment notification: incoming transfer
    text79 = """CaixaBank

Has recibido una transferencia

Importe: 1.060,00 EUR
Ordenante: MUEBLES HERRERA S.L.
Concepto: FRA 2026-041 MUEBLES HERRERA
Cuenta de abono: ES91 **** **** **** **** 1332
Fecha valor: 02/12/2026

Puedes consultar el detalle en CaixaBankNow.

Este es un mensaje automático, por favor no respondas a este correo.
CaixaBank, S.A. – Calle Pintor Sorolla 2-4, 46002 Valencia"""
    msg(79, owner=None,
        label=L("payment-notification", "es",
                "Bank alert: incoming transfer 1.060,00 EUR, concepto 'FRA 2026-041'.",
                amount="1060.00", reference="2026-041"),
        frm=("CaixaBank", "notificaciones@caixabank.com"), to=LUCIA,
        date="2026-12-02 08:10", tz="Europe/Madrid", subject="Has recibido una transferencia",
        fmt="alt", html_style="plain", body=text79, cte="quoted-printable",
        headers=(("Auto-Submitted", "auto-generated"),))

    # 80 — payment notification: Bizum received
    text80 = """Has recibido un Bizum

YAIZA R. te ha enviado 180,00 €
Concepto: resto web yoga

El importe ya está disponible en tu cuenta ES12 **** 5678.

Fecha: 16/11/2026 19:41

Si no reconoces esta operación, llama al 900 40 40 90.
Mensaje automático. No respondas a este correo."""
    msg(80, owner=None,
        label=L("payment-notification", "es",
                "Bank alert: Bizum received, 180,00 € with concepto 'resto web yoga' (the client of msg 43). "
                "Phone number and masked account are not amounts.",
                amount="180.00"),
        frm=("CaixaBank", "notificaciones@caixabank.com"), to=NEREA,
        date="2026-11-16 19:41", tz="Atlantic/Canary", subject="Has recibido un Bizum de 180,00 €",
        body=text80, headers=(("Auto-Submitted", "auto-generated"),))


# ============================================================================================
# ENGLISH (81–120)
# ============================================================================================
def english():
    # 81 — GBP, possible bank charge
    msg(81, owner="tom",
        label=L("client-reply-paid", "en",
                "UK client sent £1,200.00 this morning 'for INV028' (-> INV-2026-028); a possible intermediary "
                "charge is not a dispute ('a few quid short... we'll top it up' is not a promise). Currency GBP.",
                amount="1200.00", currency="GBP", reference="INV-2026-028"),
        frm=("Priya Shah", "accounts@harrowfinch.co.uk"), to=TOM,
        date="2026-11-12 10:10", tz="Europe/London", subject="RE: Invoice INV-2026-028",
        orig=O("reminder", "2026-11-11 09:00", "INV-2026-028", "£1,200.00", "2026-11-06",
               cname="Harrow & Finch Ltd", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Hi Tom,

Apologies for the delay – this got stuck waiting for sign-off while Martin was on leave. We sent £1,200.00 this morning via Barclays for INV028. Our bank flagged that there may be a small intermediary charge as it's going to an Irish account, so if it lands a few quid short please let me know and we'll top it up.

Best,
Priya Shah
Finance Assistant
Harrow & Finch Ltd | 14 Clerkenwell Close, London EC1R 0AA

""" + DISC_EN)

    # 82 — processed in yesterday's payment run, PO beside the invoice
    msg(82, owner="tom",
        label=L("client-reply-paid", "en",
                "'processed in yesterday's payment run' = paid, no payment verb. PO 4500082211 beside the invoice "
                "number is not the reference. '1-2 business days' is clearing time.",
                reference="INV-2026-031"),
        frm=("Aoife Brennan", "ap@northwindlogistics.ie"), to=TOM,
        date="2026-11-20 14:02", tz="Europe/Dublin", subject="RE: Invoice INV-2026-031",
        orig=O("reminder", "2026-11-19 09:00", "INV-2026-031", "€4,920.00", "2026-11-15",
               cname="Northwind Logistics Ireland DAC", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Hi Tom,

INV-2026-031 (PO 4500082211) was processed in yesterday's payment run. Remittance advice should follow from our SAP system; funds typically clear in 1-2 business days.

Kind regards,
Aoife Brennan
Accounts Payable | Northwind Logistics Ireland DAC
Unit 7, Ballycoolin Business Park, Dublin 15, D15 XK82

""" + DISC_EN)

    # 83 — "Sorted"
    msg(83, owner="sarah",
        label=L("client-reply-paid", "en", "One word: 'Sorted' = paid. No figure, no reference.",),
        frm=("Jamie Holt", "jamie@brightsparkmedia.co.uk"), to=SARAH,
        date="2026-12-03 09:03", tz="Europe/London", subject="Re: Invoice SW-127",
        orig=O("due", "2026-12-03 08:30", "SW-127", "£650.00", "2026-12-01",
               cname="Bright Spark Media Ltd", ckind="company"),
        quote="apple", xmailer="iPhone Mail (22B83)",
        body="Sorted – sorry Sarah!\nJ" + IPHONE_EN)

    # 84 — USD via Wise
    msg(84, owner="tom",
        label=L("client-reply-paid", "en",
                "US client: '$2,400 went out via Wise this morning' -> paid, USD.",
                amount="2400.00", currency="USD"),
        frm=("Kaylee Morgan", "billing@mapleandpine.com"), to=TOM,
        date="2026-12-08 11:45", tz="America/New_York", subject="Re: Invoice INV-2026-036",
        orig=O("reminder", "2026-12-08 09:00", "INV-2026-036", "$2,400.00", "2026-12-04",
               cname="Maple & Pine Co.", ckind="company"),
        quote="gmail", fmt="alt",
        body="""Hey Tom — paid! $2,400 went out via Wise this morning, should land as EUR in your AIB account tomorrow. Thanks for your patience, end of year is chaos here.

Cheers,
Kaylee""")

    # 85 — cheque posted, amount in words
    msg(85, owner="sarah",
        label=L("client-reply-paid", "en",
                "Elderly private client posted a cheque 'for one thousand eight hundred and fifty pounds' on "
                "Monday: payment made, amount in words, GBP.",
                amount="1850.00", currency="GBP"),
        frm=("Geoffrey Hale", "g.hale@btinternet.com"), to=SARAH,
        date="2026-11-26 14:30", tz="Europe/London", subject="Re: Invoice SW-124",
        orig=O("reminder", "2026-11-25 09:00", "SW-124", "£1,850.00", "2026-11-20",
               cname="Geoffrey Hale", ckind="person"),
        quote="thunderbird", charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
        xmailer="BT Mail",
        body="""Dear Sarah,

Thank you for your reminder, and my apologies. I'm afraid I don't do internet banking, so I posted a cheque to you on Monday for one thousand eight hundred and fifty pounds, made out to S. Whitfield, to the address on your letterhead. It should have reached you by now; if not, do let me know and I shall ring the bank.

The manuscript is with my daughter now and she thinks it reads beautifully.

With kind regards,
Geoffrey Hale""")

    # 86 — "invoice 117 (and 118)", total
    msg(86, owner="sarah",
        label=L("client-reply-paid", "en",
                "'invoice 117 (and 118) both paid today, £2,150 total' -> paid, total across two invoices; "
                "reference = first named (SW-117).",
                amount="2150.00", currency="GBP", reference="SW-117"),
        frm=("Tamsin Reed", "finance@fenwickinteriors.co.uk"), to=SARAH,
        date="2026-12-15 15:20", tz="Europe/London", subject="Re: Outstanding invoices",
        orig=O("statement", "2026-12-14 09:00", cname="Fenwick Interiors Ltd", ckind="company",
               invoices=[("SW-117", "2026-10-28", "2026-11-27", 17, "£1,400.00"),
                         ("SW-118", "2026-11-05", "2026-12-05", 9, "£750.00")],
               total="£2,150.00", deadline="2026-12-21"),
        quote="gmail",
        body="""Hi Sarah, invoice 117 (and 118) both paid today, £2,150 total in a single BACS payment.
Have a lovely Christmas!
Tamsin""")

    # 87 — paid by card link
    msg(87, owner="tom",
        label=L("client-reply-paid", "en",
                "Paid through the card link on the invoice. No figure.",),
        frm=("Fiona Gallagher", "fiona@gallagherceramics.ie"), to=TOM,
        date="2027-01-06 20:15", tz="Europe/Dublin", subject="Re: Invoice INV-2026-047",
        orig=O("courtesy", "2027-01-06 09:00", "INV-2026-047", "€380.00", "2027-01-10", issue="2026-12-10",
               cname="Fiona Gallagher", ckind="person"),
        quote="gmail",
        body="""Just paid through the card link on the invoice – it went through first time. Happy new year Tom!
Fi x""")

    # 88 — paid less the deposit
    msg(88, owner="sarah",
        label=L("client-reply-paid", "en",
                "Paid £960 = the invoice less the 20% deposit (£240) paid in September: the whole invoice is "
                "settled in the client's view, nothing contested. Amount = 960 paid now.",
                amount="960.00", currency="GBP", reference="SW-131"),
        frm=("Hannah Price", "hello@orchardlanebakery.co.uk"), to=SARAH,
        date="2027-01-13 16:45", tz="Europe/London", subject="Re: Invoice SW-131",
        orig=O("reminder", "2027-01-13 09:00", "SW-131", "£1,200.00", "2027-01-08",
               cname="Orchard Lane Bakery", ckind="company"),
        quote="gmail", fmt="alt",
        body="""Hi Sarah,

We've just paid £960 against SW-131, which is the invoice less the 20% deposit we paid you back in September (£240 – it was on the 9th, reference ORCHARD DEP). So we should be all square now!

Loving the new menu descriptions, by the way – the cinnamon bun one has been quoted back to us by customers twice.

Hannah""")

    # 89 — forwarded remittance advice
    msg(89, owner="tom",
        label=L("client-reply-paid", "en",
                "Project manager forwards the AP remittance advice: 'AP paid your invoice 44 last Thursday' -> "
                "INV-2026-044, 3,690.00. PO-77812, vendor and payment numbers are not amounts or the reference.",
                amount="3690.00", reference="INV-2026-044"),
        frm=("Ciarán Walsh", "ciaran.walsh@lumenpharma.ie"), to=TOM,
        date="2026-12-22 09:30", tz="Europe/Dublin", subject="RE: Invoice INV-2026-044",
        orig=O("reminder", "2026-12-21 09:00", "INV-2026-044", "€3,690.00", "2026-12-12",
               cname="Lumen Pharma Ireland Ltd", ckind="company"),
        quote="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Hi Tom,

See below – looks like AP paid your invoice 44 last Thursday, so you should have it by now. Let me know if not and I'll chase them.

Ciarán

________________________________
From: Lumen Pharma AP <noreply-ap@lumenpharma.ie>
Sent: Thursday, 17 December 2026 16:02
To: Walsh, Ciarán <ciaran.walsh@lumenpharma.ie>
Subject: Remittance Advice - Payment 100234

REMITTANCE ADVICE

Payer:        Lumen Pharma Ireland Ltd
Payee:        Tom Byrne (Vendor 200871)
Payment No:   100234
Payment Date: 17/12/2026
Method:       SEPA Credit Transfer

Invoice No      Invoice Date   PO No       Amount EUR
INV-2026-044    12/11/2026     PO-77812    3,690.00

Total paid: EUR 3,690.00""")

    # 90 — IBAN and TRN in the text
    msg(90, owner="tom",
        label=L("client-reply-paid", "en",
                "Payment of €1,845.00 sent 14/12 to the IBAN, with a 16-digit TRN: only 1,845.00 is an amount.",
                amount="1845.00", reference="INV-2026-039"),
        frm=("Declan Keane", "office@keanearchitects.ie"), to=TOM,
        date="2026-12-14 16:40", tz="Europe/Dublin", subject="Re: Invoice INV-2026-039",
        orig=O("late_fee", "2026-12-14 09:00", "INV-2026-039", "€1,845.00", "2026-11-13",
               days=31, deadline="2026-12-21", cname="Keane Architects", ckind="company"),
        quote="gmail",
        body="""Tom,

Payment of €1,845.00 sent 14/12 to IE29 AIBK 9311 5212 3456 78, ref INV-2026-039, TRN 2026121400045871.
Apologies, we changed bank in November and a few suppliers fell through the cracks.

Regards
Declan Keane
Keane Architects | 22 Fitzwilliam Place, Dublin 2""")

    # 91 — Swiss client, CHF 2'300.–
    msg(91, owner="tom",
        label=L("client-reply-paid", "en",
                "Swiss client, non-native English, 'AW:' prefix: paid today, value date 20.01.2027, amount "
                "CHF 2'300.– (Swiss notation). The value date is not a promise.",
                amount="2300.00", currency="CHF", reference="INV-2026-042"),
        frm=("Reto Brunner", "kreditoren@alpengluehen.ch"), to=TOM,
        date="2027-01-19 08:15", tz="Europe/Zurich", subject="AW: Invoice INV-2026-042",
        orig=O("reminder", "2027-01-18 09:00", "INV-2026-042", "CHF 2,300.00", "2027-01-15",
               cname="Alpenglühen AG", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Dear Mr Byrne

We confirm that your invoice INV-2026-042 was paid today with value date 20.01.2027, amount CHF 2'300.– via UBS.
Please excuse the delay, our accounting system had a problem with the foreign IBAN.

Best regards

Reto Brunner
Kreditorenbuchhaltung
Alpenglühen AG | Bahnhofstrasse 40 | CH-8001 Zürich""")

    # 92 — "the full amount", annoyed
    msg(92, owner="sarah",
        label=L("client-reply-paid", "en",
                "Annoyed reply to a final notice: 'the full amount went out on Friday' -> paid, no figure.",),
        frm=("Max Dunmore", "max@dunmoreevents.com"), to=SARAH,
        date="2027-02-08 19:22", tz="Europe/London", subject="Re: Final notice – invoice SW-122",
        orig=O("final", "2027-02-08 09:00", "SW-122", "£2,750.00", "2026-12-20", deadline="2027-02-18",
               sent="2027-02-08", cname="Dunmore Events Ltd", ckind="company"),
        quote="gmail",
        body="""Sarah, the full amount went out on Friday. If it hasn't arrived that's the bank, not us, so there's no need for "final notices".
Max""")

    # 93 — can't pay before the 28th
    msg(93, owner="tom",
        label=L("client-reply-promise", "en",
                "'we can't pay before the 28th... It'll go out that day' -> promise for 28 Jan (sent 13 Jan).",
                promised_date="2027-01-28"),
        frm=("Maeve Kinsella", "accounts@glenviewhotel.ie"), to=TOM,
        date="2027-01-13 15:10", tz="Europe/Dublin", subject="Re: Invoice INV-2026-048",
        orig=O("reminder", "2027-01-13 09:00", "INV-2026-048", "€2,214.00", "2027-01-09",
               cname="Glenview Hotel", ckind="company"),
        quote="gmail",
        body="""Hi Tom,
Unfortunately we can't pay before the 28th – January is always tight for us after the Christmas wages. It'll go out that day.
Thanks for understanding,
Maeve""")

    # 94 — next week's payment run (vague)
    msg(94, owner="sarah",
        label=L("client-reply-promise", "en",
                "'SW119 ... will go out with next week's payment run' -> promise, vague (no date). 'SW119' -> SW-119.",
                reference="SW-119"),
        frm=("Ben Adeyemi", "ap@cobaltdigital.co.uk"), to=SARAH,
        date="2026-11-18 11:00", tz="Europe/London", subject="RE: Invoice SW-119",
        orig=O("due", "2026-11-17 09:00", "SW-119", "£900.00", "2026-11-15",
               cname="Cobalt Digital Ltd", ckind="company"),
        quote="outlook",
        body="""Hi Sarah,

Thanks for the nudge. SW119 has been approved and will go out with next week's payment run.

Kind regards,
Ben Adeyemi
Finance | Cobalt Digital""")

    # 95 — by the 15th (already past this month)
    msg(95, owner="tom",
        label=L("client-reply-promise", "en",
                "Sent 17 Dec: 'we will have this paid by the 15th' -> the 15th has passed this month, so 15 Jan "
                "2027. The 18th (office closing) is a distractor.",
                promised_date="2027-01-15"),
        frm=("Orla Brennan", "accounts@brennanlaw.ie"), to=TOM,
        date="2026-12-17 12:00", tz="Europe/Dublin", subject="RE: Invoice INV-2026-040",
        orig=O("reminder", "2026-12-17 09:00", "INV-2026-040", "€1,476.00", "2026-12-12",
               cname="Brennan & Co Solicitors", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook",
        body="""Dear Tom,

Thank you for your email. The office closes on the 18th for Christmas and our bookkeeper is only in on Tuesdays, so realistically we will have this paid by the 15th. Apologies for the delay.

Regards,
Orla Brennan
Practice Manager
Brennan & Co Solicitors

""" + DISC_EN)

    # 96 — £1,000 on account, balance £1,500 by end of month
    msg(96, owner="sarah",
        label=L("client-reply-promise", "en",
                "£1,000 paid on account today; 'the balance of £1,500 will follow by the end of the month' (sent 2 "
                "Feb -> 28 Feb). Amount = the promised balance (the label is a promise).",
                amount="1500.00", currency="GBP", promised_date="2027-02-28"),
        frm=("Harriet Rowe", "royalties@wilderowe.co.uk"), to=SARAH,
        date="2027-02-02 11:30", tz="Europe/London", subject="Re: Invoice SW-133",
        orig=O("promise_followup", "2027-02-02 09:00", "SW-133", "£2,500.00", "2027-01-15",
               cname="Wilde & Rowe Publishing Ltd", ckind="company"),
        quote="gmail",
        body="""Hi Sarah,

We've paid £1,000 on account this morning, and the balance of £1,500 will follow by the end of the month. Sorry it's piecemeal — cash flow after the Christmas list.

Best,
Harriet""")

    # 97 — tomorrow, late evening in New York
    msg(97, owner="tom",
        label=L("client-reply-promise", "en",
                "Sent 23:30 on 20 Jan in New York (already 21 Jan in Dublin): 'first thing tomorrow' -> 21 Jan in "
                "the sender's time zone.",
                promised_date="2027-01-21"),
        frm=("Luis Rivera", "accounts@riveracreative.com"), to=TOM,
        date="2027-01-20 23:30", tz="America/New_York", subject="Re: Invoice INV-2027-003",
        orig=O("reminder", "2027-01-20 09:00", "INV-2027-003", "$1,800.00", "2027-01-16",
               cname="Rivera Creative Studio LLC", ckind="company"),
        quote="gmail",
        body="""Tom — so sorry, this slipped. I'll send it first thing tomorrow.
— Luis""")

    # 98 — credit note CN-3 applied, balance £400 on Friday
    msg(98, owner="sarah",
        label=L("client-reply-promise", "en",
                "'With credit note CN-3 (£700) applied, the balance on SW-126 is £400, which we'll pay on Friday' "
                "(sent Wed 9 Dec -> Fri 11 Dec). CN-3 is not the reference; 700 is the credit note.",
                amount="400.00", currency="GBP", reference="SW-126", promised_date="2026-12-11"),
        frm=("Oliver Grant", "finance@hartleymarketing.co.uk"), to=SARAH,
        date="2026-12-09 10:00", tz="Europe/London", subject="RE: Invoice SW-126",
        orig=O("reminder", "2026-12-09 08:30", "SW-126", "£1,100.00", "2026-12-04",
               cname="Hartley Marketing Ltd", ckind="company"),
        quote="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Hi Sarah,

Credit note CN-3 received, thanks. With CN-3 (£700) applied, the balance on SW-126 is £400, which we'll pay on Friday.

Regards,
Oliver Grant
Hartley Marketing""")

    # 99 — "#17" paid, "#18" on the 20th
    msg(99, owner="tom",
        label=L("client-reply-promise", "en",
                "Club treasurer: '#17' paid this evening, '#18' queued for the 20th (sent 9 Feb -> 20 Feb). "
                "Paid one + promise other = promise; reference = the promised INV-2026-018. '€500' is a sign-off "
                "threshold, not an amount.",
                reference="INV-2026-018", promised_date="2027-02-20"),
        frm=("Niamh Doherty", "treasurer@seapointrc.ie"), to=TOM,
        date="2027-02-09 21:00", tz="Europe/Dublin", subject="Re: Outstanding invoices",
        orig=O("statement", "2027-02-09 09:00", cname="Seapoint Rowing Club", ckind="company",
               invoices=[("INV-2026-017", "2026-06-10", "2026-07-10", 214, "€450.00"),
                         ("INV-2026-018", "2026-06-24", "2026-07-24", 200, "€620.00")],
               total="€1,070.00", deadline="2027-02-19"),
        quote="gmail",
        body="""Hi Tom,

Mortified — the treasurer role changed hands in the summer and these got lost in the handover. Paid #17 this evening. #18 needs committee sign-off (anything over €500 does), so it's in the queue for the 20th.

Sorry again,
Niamh (Hon. Treasurer)""")

    # 100 — £500 now, the rest in January (vague)
    msg(100, owner="sarah",
        label=L("client-reply-promise", "en",
                "£500 sent now, the rest 'in January' once bookings come in -> promise, no date; the only figure "
                "is the £500 paid.",
                amount="500.00", currency="GBP"),
        frm=("Poppy Clarke", "poppy@poppyclarkeyoga.co.uk"), to=SARAH,
        date="2026-12-16 13:25", tz="Europe/London", subject="Re: Invoice SW-128",
        orig=O("due", "2026-12-16 09:00", "SW-128", "£1,150.00", "2026-12-14",
               cname="Poppy Clarke", ckind="person"),
        quote="apple", xmailer="iPhone Mail (22C152)",
        body="""Hi Sarah!! I've sent £500 now and I'll clear the rest in January once the retreat bookings come in. Hope that's ok? Love the new site copy btw 💛
P x""" + IPHONE_EN)

    # 101 — today
    msg(101, owner="tom",
        label=L("client-reply-promise", "en",
                "'I'll do it today, promise' (Mon 30 Nov) -> promised for that day.",
                promised_date="2026-11-30"),
        frm=("Conor Doyle", "conor@doylejoinery.ie"), to=TOM,
        date="2026-11-30 08:50", tz="Europe/Dublin", subject="Re: Invoice INV-2026-034",
        orig=O("reminder", "2026-11-30 08:00", "INV-2026-034", "€615.00", "2026-11-25",
               cname="Doyle Joinery", ckind="company"),
        quote="gmail",
        body="""Tom, I'll do it today, promise. Been on site in Galway all week.
Conor""")

    # 102 — Net 60, US date format
    msg(102, owner="tom",
        label=L("client-reply-promise", "en",
                "US AP: Net 60 from receipt, invoice received 11/05/2026 (5 Nov), 'scheduled for payment on "
                "01/04/2027' — US format, i.e. 4 January 2027, not 1 April.",
                reference="INV-2026-035", promised_date="2027-01-04"),
        frm=("Accounts Payable - Summit Outdoor Gear", "ap@summitoutdoor.com"), to=TOM,
        date="2026-12-02 13:20", tz="America/New_York", subject="RE: Invoice INV-2026-035",
        orig=O("due", "2026-12-02 09:00", "INV-2026-035", "$5,200.00", "2026-11-30",
               cname="Summit Outdoor Gear Inc.", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Hello Tom,

Per our vendor agreement, our payment terms are Net 60 from invoice receipt. Your invoice INV-2026-035 was received on 11/05/2026 and is scheduled for payment on 01/04/2027.

Please direct any further payment inquiries to ap@summitoutdoor.com.

Thank you,
Dana Whitaker
Accounts Payable Specialist
Summit Outdoor Gear Inc. | Boulder, CO""")

    # 103 — Irish voice, Monday
    msg(103, owner="tom",
        label=L("client-reply-promise", "en",
                "Irish publican, no apostrophes: 'Ill get it to you Monday without fail' (sent Wed 17 Feb -> Mon "
                "22 Feb).",
                promised_date="2027-02-22"),
        frm=("Paddy Moran", "moransbar@eircom.net"), to=TOM,
        date="2027-02-17 23:05", tz="Europe/Dublin", subject="Re: Invoice INV-2027-006",
        orig=O("late_fee", "2027-02-17 09:00", "INV-2027-006", "€860.00", "2027-01-22",
               days=26, deadline="2027-02-24", cname="Moran's Bar", ckind="company"),
        quote=None,
        body="""Ah Tom im sorry, Im a holy disaster with the paperwork. Ill get it to you Monday without fail, the accountant is in on Monday and she does all the transfers.
Paddy""")

    # 104 — dispute: hours over the cap
    msg(104, owner="tom",
        label=L("client-reply-dispute", "en",
                "Agreed cap 25 h at €75; invoice bills 32 h. Will pay 25 h = €1,875 + VAT = €2,306.25 -> dispute; "
                "amount = the gross sum they will pay (2,306.25).",
                amount="2306.25", reference="INV-2026-030"),
        frm=("Eoin Fitzgerald", "projects@castlebrook.ie"), to=TOM,
        date="2026-11-13 10:20", tz="Europe/Dublin", subject="RE: Invoice INV-2026-030",
        orig=O("reminder", "2026-11-13 09:00", "INV-2026-030", "€2,952.00", "2026-11-09",
               cname="Castlebrook Developments Ltd", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook",
        body="""Tom,

Before we pay INV-2026-030: our agreement for the sales brochure was a cap of 25 hours at €75/h, and the invoice bills 32 hours. Nobody here approved going over the cap.

We'll pay the 25 hours, i.e. €1,875 + VAT = €2,306.25. If you think the extra 7 hours were agreed, send me whatever you have and I'll look at it.

Eoin Fitzgerald
Project Director – Castlebrook Developments""")

    # 105 — dispute: kill fee
    msg(105, owner="sarah",
        label=L("client-reply-dispute", "en",
                "Magazine spiked the feature: contract allows a 25% kill fee, so they can pay only £150 and ask "
                "for a credit note for £450 -> dispute; amount = £150 accepted.",
                amount="150.00", currency="GBP"),
        frm=("Rachel Moss", "editorial@thistlethorn.co.uk"), to=SARAH,
        date="2026-11-04 15:40", tz="Europe/London", subject="Re: Invoice SW-115",
        orig=O("reminder", "2026-11-04 09:00", "SW-115", "£600.00", "2026-10-30",
               cname="Thistle & Thorn Magazine", ckind="company"),
        quote="gmail",
        body="""Hi Sarah,

I'm sorry about this one. As I mentioned when we spoke, the feature was spiked by the publisher in October. Our commissioning contract provides a 25% kill fee for pieces that don't run, so we can only pay £150.

Could you issue a credit note for £450 (or a revised invoice for £150) and we'll settle straight away?

Best,
Rachel
Features Editor, Thistle & Thorn""")

    # 106 — dispute: second round of revisions missing
    msg(106, owner="tom",
        label=L("client-reply-dispute", "en",
                "Reply to a final notice: second round of revisions never delivered; won't pay until the final "
                "files arrive -> dispute (work not done). '2 December and 9 December' are email dates.",),
        frm=("Gráinne Nolan", "practice.manager@ashgrovedental.ie"), to=TOM,
        date="2027-01-26 09:05", tz="Europe/Dublin", subject="Re: Final notice – invoice INV-2026-038",
        orig=O("final", "2027-01-25 09:00", "INV-2026-038", "€1,230.00", "2026-12-10", deadline="2027-02-04",
               sent="2027-01-25", cname="Ashgrove Dental Ltd", ckind="company"),
        quote="gmail", fmt="alt",
        body="""Tom,

I'm surprised to get a "final notice". The quote included two rounds of revisions on the brochure and the second round was never delivered – I emailed you on 2 December and 9 December and got no response.

We're not paying for work that isn't finished. Send the final files and we'll settle.

Gráinne Nolan
Practice Manager, Ashgrove Dental""")

    # 107 — dispute: £600 of £900 paid
    msg(107, owner="sarah",
        label=L("client-reply-dispute", "en",
                "Paid £600 of £900; the £300 of stock image licences was never agreed -> partial + dispute; "
                "amount £600 paid.",
                amount="600.00", currency="GBP"),
        frm=("Accounts - Kestrel Travel", "accounts@kestreltravel.co.uk"), to=SARAH,
        date="2027-01-07 12:15", tz="Europe/London", subject="RE: Invoice SW-129",
        orig=O("reminder", "2027-01-06 09:00", "SW-129", "£900.00", "2026-12-31",
               cname="Kestrel Travel Ltd", ckind="company"),
        quote="outlook", xmailer="Microsoft Outlook 16.0",
        body="""Hello Sarah,

We've paid £600 of the £900 today. The remaining £300 relates to stock image licences, which were never agreed – our brief said we'd supply all imagery. Please reissue for £600 or send us the approval email.

Regards,
Imogen Hart
Accounts, Kestrel Travel Ltd""")

    # 108 — dispute: duplicate of an earlier invoice
    msg(108, owner="tom",
        label=L("client-reply-dispute", "en",
                "INV-2026-032 looks like a duplicate of INV-2026-022 (paid 14/10) -> already billed = dispute; "
                "reference = the contested 032; €950 is the contested sum / the old payment.",
                reference="INV-2026-032"),
        frm=("Sinéad Kavanagh", "finance@riversidearts.ie"), to=TOM,
        date="2026-11-24 11:30", tz="Europe/Dublin", subject="Re: Invoice INV-2026-032",
        orig=O("reminder", "2026-11-23 09:00", "INV-2026-032", "€950.00", "2026-11-20",
               cname="Riverside Arts Centre CLG", ckind="company"),
        quote="gmail",
        body="""Hi Tom,

INV-2026-032 looks like a duplicate — the autumn programme design was already billed on INV-2026-022, which we paid in October (€950, 14/10). Can you check and cancel 032?

Thanks,
Sinéad""")

    # 109 — dispute: VAT charged to a UK business
    msg(109, owner="tom",
        label=L("client-reply-dispute", "en",
                "UK business: Irish VAT (€460) should not have been charged; reissue without VAT and they pay the "
                "net €2,000 on receipt -> dispute, amount = 2,000 accepted (EUR).",
                amount="2000.00", reference="INV-2027-004"),
        frm=("Helen Lyle", "finance@corbridgelyle.co.uk"), to=TOM,
        date="2027-02-10 14:05", tz="Europe/London", subject="RE: Invoice INV-2027-004",
        orig=O("reminder", "2027-02-10 09:00", "INV-2027-004", "€2,460.00", "2027-02-05",
               cname="Corbridge & Lyle Ltd", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook",
        body="""Dear Tom,

Your invoice INV-2027-004 charges Irish VAT at 23% (€460). As a UK VAT-registered business (GB 123 4567 89), this service should be invoiced without VAT — place of supply is the UK and we account for it under the reverse charge.

Please reissue without VAT and we'll pay the net €2,000 on receipt.

Kind regards,
Helen Lyle
Finance Director, Corbridge & Lyle Ltd""")

    # 110 — dispute: settlement discount taken on a late payment
    msg(110, owner="sarah",
        label=L("client-reply-dispute", "en",
                "Paid £1,470 = invoice less a 2% 'settlement discount' taken unilaterally (and late): short payment "
                "with a deduction the owner never agreed = partial payment + refusal of the rest -> dispute; "
                "amount = 1,470 paid.",
                amount="1470.00", currency="GBP", reference="SW-125"),
        frm=("Purchase Ledger", "purchase.ledger@brookfieldestates.co.uk"), to=SARAH,
        date="2026-12-02 10:50", tz="Europe/London", subject="RE: Invoice SW-125",
        orig=O("reminder", "2026-12-01 09:00", "SW-125", "£1,500.00", "2026-11-25",
               cname="Brookfield Estates Ltd", ckind="company"),
        quote="original", xmailer="Microsoft Outlook 16.0",
        body="""Good morning,

Payment of £1,470.00 has been made today, being invoice SW-125 less our standard 2% settlement discount as per our supplier terms and conditions.

Regards,
Purchase Ledger Team
Brookfield Estates Ltd""")

    # 111 — dispute: contract terminated
    msg(111, owner="sarah",
        label=L("client-reply-dispute", "en",
                "Refuses to pay: retainer terminated on 3 October with 30 days' notice, nothing owed for November; "
                "asks to cancel SW-123.",
                reference="SW-123"),
        frm=("Nick Halden", "procurement@haldengroup.com"), to=SARAH,
        date="2026-12-08 17:30", tz="Europe/London", subject="Re: Invoice SW-123",
        orig=O("late_fee", "2026-12-08 09:00", "SW-123", "£1,800.00", "2026-11-10",
               days=28, deadline="2026-12-15", cname="Halden Group Ltd", ckind="company"),
        quote="gmail",
        body="""Sarah,

We won't be paying this invoice. Our retainer agreement was terminated by email on 3 October with 30 days' notice, so nothing is owed for November. Please cancel SW-123.

Regards,
Nick Halden""")

    # 112 — dispute: pays the SOW cap in USD
    msg(112, owner="tom",
        label=L("client-reply-dispute", "en",
                "SOW caps the phase at $3,000; invoice $3,600; extra $600 not approved. 'We'll pay the $3,000 now' "
                "-> dispute, amount accepted 3,000 USD.",
                amount="3000.00", currency="USD"),
        frm=("Jordan Lee", "finance@brightlineapps.io"), to=TOM,
        date="2026-11-16 10:00", tz="America/Los_Angeles", subject="Re: Invoice INV-2026-029",
        orig=O("reminder", "2026-11-16 09:00", "INV-2026-029", "$3,600.00", "2026-11-12",
               cname="Brightline Apps LLC", ckind="company"),
        quote="gmail",
        body="""Hi Tom,

The SOW we signed (Aug 12) caps this phase at $3,000. The invoice is for $3,600 — I assume the extra $600 is the icon set, which we didn't sign a change order for.

We'll pay the $3,000 now; happy to discuss the rest on a call.

Jordan""")

    # 113 — dispute: holding payment until fixed
    msg(113, owner="sarah",
        label=L("client-reply-dispute", "en",
                "Holding payment on SW-132 until the copy meets the brief's readability requirement -> dispute "
                "(will not pay until something is fixed), even though 'we'll release payment in the next run' "
                "follows.",
                reference="SW-132"),
        frm=("Fatima Rahman", "comms@meridianhousing.org.uk"), to=SARAH,
        date="2027-01-28 09:45", tz="Europe/London", subject="Re: Invoice SW-132",
        orig=O("reminder", "2027-01-27 09:00", "SW-132", "£2,200.00", "2027-01-22",
               cname="Meridian Housing Association", ckind="company"),
        quote="gmail", fmt="alt",
        body="""Hi Sarah,

We're holding payment on SW-132 until the issues flagged in our accessibility audit are fixed — the tenant guide copy still fails the plain-English readability check on sections 3 and 4, which was a requirement in the brief.

Once the revised copy is in, we'll release payment in the next run.

Best,
Fatima Rahman
Communications Manager, Meridian Housing Association""")

    # 114 — other: PO required
    msg(114, owner="tom",
        label=L("client-reply-other", "en",
                "AP cannot process INV-2026-037 without a PO; asks to reissue quoting PO 4500091234. A request, "
                "not a dispute.",
                reference="INV-2026-037"),
        frm=("Accounts Payable Team", "ap.invoices@kilbridemed.com"), to=TOM,
        date="2026-12-07 14:10", tz="Europe/Dublin", subject="RE: Invoice INV-2026-037",
        orig=O("reminder", "2026-12-07 09:00", "INV-2026-037", "€3,075.00", "2026-12-03",
               cname="Kilbride Medical Devices Ltd", ckind="company"),
        quote="outlook", fmt="alt", html_style="outlook",
        body="""Hello,

We're unable to process INV-2026-037 as it does not quote a valid purchase order number. All supplier invoices must reference a PO to be matched in our system.

Please reissue the invoice quoting PO 4500091234 and send it to ap.invoices@kilbridemed.com.

Thank you,
Accounts Payable Team
Kilbride Medical Devices Ltd

""" + DISC_EN)

    # 115 — other: no record, resend
    msg(115, owner="sarah",
        label=L("client-reply-other", "en",
                "No record of SW-134, asks to resend and which job it is. A question.",
                reference="SW-134"),
        frm=("Rob Ellis", "office@greenwaycycles.co.uk"), to=SARAH,
        date="2027-02-16 10:05", tz="Europe/London", subject="Re: Invoice SW-134",
        orig=O("reminder", "2027-02-16 09:00", "SW-134", "£480.00", "2027-02-12",
               cname="Greenway Cycles", ckind="company"),
        quote="gmail",
        body="""Hi Sarah, we've no record of SW-134 at all — not in the accounts inbox or on Xero. Could you resend it? Also is this the blog posts from January or the newsletter?
Thanks,
Rob""")

    # 116 — other: received, passed to accounts
    msg(116, owner="tom",
        label=L("client-reply-other", "en",
                "Reply to the invoice mail: received, passed to accounts in cc.",),
        frm=("Éanna Ó Súilleabháin", "eanna@atlanticfilms.ie"), to=TOM,
        cc=("Atlantic Films Accounts", "accounts@atlanticfilms.ie"),
        date="2026-11-02 16:30", tz="Europe/Dublin", subject="Re: Invoice INV-2026-027",
        orig=O("invoice", "2026-11-02 15:10", "INV-2026-027", "€1,599.00", "2026-12-02",
               desc="title sequence design", first="Éanna"),
        quote="gmail",
        body="""Got it, thanks Tom. Passing to accounts (cc'd) for processing.
Éanna""")

    # 117 — other: proforma or VAT invoice?
    msg(117, owner="sarah",
        label=L("client-reply-other", "en",
                "Asks whether this is a proforma or the final invoice; their accountant needs a VAT invoice 'before "
                "we can pay' (a condition, not a promise).",),
        frm=("Ella Lark", "studio@larkandco.co.uk"), to=SARAH,
        date="2026-11-11 10:25", tz="Europe/London", subject="Re: Invoice SW-120",
        orig=O("invoice", "2026-11-10 17:00", "SW-120", "£1,020.00", "2026-12-10",
               desc="website copy, 6 pages", first="Ella"),
        quote="gmail",
        body="""Hi Sarah, quick one — is this a proforma or the final invoice? Our accountant needs a proper VAT invoice with your VAT number on it before we can pay.
Thanks!
Ella""")

    # 118 — other: Revolut or AIB?
    msg(118, owner="tom",
        label=L("client-reply-other", "en",
                "Before paying, asks which account is right (AIB vs a 'Revolut' email, likely fraud). LT IBAN "
                "fragment is not an amount.",),
        frm=("Seán Furlong", "office@wexfordcraft.ie"), to=TOM,
        date="2027-02-23 12:40", tz="Europe/Dublin", subject="Re: Invoice INV-2027-008",
        orig=O("reminder", "2027-02-23 09:00", "INV-2027-008", "€738.00", "2027-02-19",
               cname="Wexford Craft Brewery Ltd", ckind="company"),
        quote="gmail",
        body="""Hi Tom, before I pay — your invoice has AIB details but I've an email from last week saying you've moved to Revolut (LT12 3250 0…)? Which account should it go to? Don't want to be sending it to a scammer.
Seán""")

    # 119 — payment notification: Stripe
    text119 = """You received a payment

Amount: €1,230.00
From: Harbour Films Ltd (billing@harbourfilms.ie)
Description: INV-2026-041
Payment method: Visa •••• 4242
Date: 18 Dec 2026, 14:22

Fees: €18.70
Net: €1,211.30

The funds will be included in your next payout to AIB •••• 5678.

View payment in the Dashboard: https://dashboard.stripe.com/payments/py_3QxYz2LkdIwHu7ix0m4Tq9Vb

Stripe Payments Europe, Ltd., 1 Grand Canal Street Lower, Dublin 2, Ireland"""
    msg(119, owner=None,
        label=L("payment-notification", "en",
                "Stripe: payment of €1,230.00 received, description INV-2026-041; fees and net are distractors.",
                amount="1230.00", reference="INV-2026-041"),
        frm=("Stripe", "notifications@stripe.com"), to=TOM,
        date="2026-12-18 14:23", tz="Europe/Dublin",
        subject="Payment of €1,230.00 from Harbour Films Ltd",
        fmt="alt", html_style="plain", body=text119, cte="quoted-printable",
        headers=(("Auto-Submitted", "auto-generated"),))

    # 120 — payment notification: Wise, GBP
    text120 = """You've received 1,320.00 GBP

NORTHFIELD STUDIOS LTD sent you 1,320.00 GBP.

Reference: SW-121
It's now in your GBP balance.

Received: 22 January 2027
Transfer ID: #1094567823

See details: https://wise.com/transactions

Wise Payments Limited, 6th Floor, The Tea Building, 56 Shoreditch High Street, London E1 6JJ."""
    msg(120, owner=None,
        label=L("payment-notification", "en",
                "Wise: 1,320.00 GBP received with reference SW-121; transfer ID is not an amount.",
                amount="1320.00", currency="GBP", reference="SW-121"),
        frm=("Wise", "noreply@wise.com"), to=SARAH,
        date="2027-01-22 09:10", tz="Europe/London", subject="You've received 1,320.00 GBP",
        fmt="alt", html_style="plain", body=text120,
        headers=(("Auto-Submitted", "auto-generated"),))


# ============================================================================================
def check():
    bad = 0
    for name in FILES:
        with open(os.path.join(HERE, name), "rb") as f:
            m = email.message_from_bytes(f.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not m[h]:
                print(f"{name}: missing {h}")
                bad += 1
        m["Date"].datetime  # parses
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
    labelled = {n for n, _ in LABELS}
    assert labelled == set(FILES), "labels and files differ"
    return bad


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    italian()
    spanish()
    english()
    nums = sorted(int(n[len(PREFIX) + 1:-4]) for n in FILES)
    assert nums == list(range(1, len(nums) + 1)), "numbering has gaps"
    write_labels()
    bad = check()
    from collections import Counter
    print(f"{len(FILES)} messages, {bad} problems")
    print(Counter(l["kind"] for _, l in LABELS))
    print(Counter(l["language"] for _, l in LABELS))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
