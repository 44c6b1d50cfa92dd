#!/usr/bin/env python3
"""Generate the round8-twisty blind test set: human replies whose meaning takes a second read.

Usage: python3 make.py      (writes r8t-NNNN.eml and labels.toml next to this file, then re-parses them)

Every client text below is hand-written. The only generated parts are the MIME plumbing, the HTML
skeletons and the quoted originals (the mailduns reminders the clients reply to, rebuilt from
templates/{it,es,en}/*.txt.j2 with invented names, numbers, amounts and dates).
Python 3.11, stdlib only.
"""
import base64
import datetime as dt
import email
import email.utils
import email.policy
import hashlib
import html
import json
import os
import quopri
import sys
import tomllib
from email.header import Header
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r8t"

# --------------------------------------------------------------------------------------------------
# The world
# --------------------------------------------------------------------------------------------------
TZ = {  # winter offsets (all dates are Nov 2026 - Feb 2027)
    "rome": 60, "madrid": 60, "paris": 60, "berlin": 60, "london": 0, "dublin": 0, "canary": 0,
    "lisbon": 0, "ny": -300, "toronto": -300, "chicago": -360, "mexico": -360, "bsas": -180,
    "sydney": 660, "la": -480,
}

OWNERS = {
    "ale": dict(name="Alessandra Rossi", email="alessandra@example.it", lang="it", tz="rome",
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", ref="Fattura {inv}"),
    "dav": dict(name="Davide Marchetti", email="davide@marchettiweb.it", lang="it", tz="rome",
                iban="IT02 L030 6909 6061 0000 0065 432", bic="BCITITMM", ref="Saldo fattura {inv}"),
    "lu": dict(name="Lucía Martín", email="lucia@martinestudio.es", lang="es", tz="madrid",
               iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", ref="Factura {inv}"),
    "car": dict(name="Carmen Vidal", email="carmen@vidaltraduce.es", lang="es", tz="madrid",
                iban="ES76 0081 0216 7300 0123 4567", bic="BSABESBB", ref="Factura {inv}"),
    "tom": dict(name="Tom Byrne", email="tom@byrnedesign.ie", lang="en", tz="dublin",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", ref="{inv}"),
    "han": dict(name="Hannah Okafor", email="hannah@okafor.studio", lang="en", tz="london",
                iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", ref="{inv}"),
}

IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
EN_MONTHS = "January February March April May June July August September October November December".split()
IT_DAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
ES_DAYS = "lunes martes miércoles jueves viernes sábado domingo".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
IT_MON3 = "gen feb mar apr mag giu lug ago set ott nov dic".split()
ES_MON3 = "ene feb mar abr may jun jul ago sept oct nov dic".split()
IT_DAY3 = "lun mar mer gio ven sab dom".split()
ES_DAY3 = "lun mar mié jue vie sáb dom".split()


def D(s, tz):
    """'2026-12-03 16:40' in a zone of TZ -> aware datetime."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=dt.timezone(dt.timedelta(minutes=TZ[tz])))


def day(s):
    return dt.date.fromisoformat(s)


def fdate(lang, d):
    """Long date as the letters print it."""
    if lang == "it":
        return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def art(d, a="il"):
    """The Italian `art` filter: il 30 novembre / l'8 dicembre; del / dell'; dal / dall'."""
    s = fdate("it", d)
    elide = d.day in (8, 11)
    if a == "il":
        return ("l'" if elide else "il ") + s
    if a == "del":
        return ("dell'" if elide else "del ") + s
    return ("dall'" if elide else "dal ") + s


def money(lang, v, cur="EUR"):
    """1220.0 -> '1.220,00 €' / '€1,220.00' / '£850.00'."""
    s = f"{v:,.2f}"
    if lang in ("it", "es") and cur == "EUR":
        return s.replace(",", "X").replace(".", ",").replace("X", ".") + " €"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return sym + s


# --------------------------------------------------------------------------------------------------
# The letters mailduns sends (rebuilt from the templates; no fees unless asked)
# --------------------------------------------------------------------------------------------------
def salutation(lang, name, kind, formal=False):
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
            if first in ("sra.", "sra", "dña.", "doña"):
                return f"Estimada {name}:"
            if first in ("sr.", "d.", "don"):
                return f"Estimado {name}:"
            return f"Buenos días, {name}:"
        return "Buenos días:"
    if kind == "person" and name:
        return f"Dear {name},"
    if formal:
        return "Dear Sir or Madam,"
    if kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def payment_block(lang, o, inv):
    ref = o["ref"].format(inv=inv)
    if lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n"
                f"- BIC: {o['bic']}\n- causale: {ref}")
    if lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n"
                f"- BIC: {o['bic']}\n- concepto: {ref}")
    return (f"Payment details:\n- Account name: {o['name']}\n- IBAN: {o['iban']}\n"
            f"- BIC (SWIFT): {o['bic']}\n- Payment reference: {ref}")


SUBJECTS = {
    "it": dict(invoice="Fattura n. {inv}", courtesy="Promemoria: fattura n. {inv} in scadenza",
               due="Promemoria fattura n. {inv}", reminder="Sollecito fattura n. {inv}",
               late_fee="Secondo sollecito: fattura n. {inv}",
               final="Diffida di pagamento e costituzione in mora – fattura n. {inv}",
               promise_followup="Fattura n. {inv}: pagamento", paid_claim_followup="Fattura n. {inv}: pagamento non ancora ricevuto",
               suspension="Fattura n. {inv} – sospensione dei servizi"),
    "es": dict(invoice="Factura {inv}", courtesy="Recordatorio: factura n.º {inv}",
               due="Vencimiento factura n.º {inv}", reminder="Factura n.º {inv} pendiente de pago",
               late_fee="Segundo recordatorio: factura n.º {inv}",
               final="Requerimiento de pago de la factura n.º {inv}",
               promise_followup="Factura n.º {inv}: pago pendiente", paid_claim_followup="Factura n.º {inv}: pago no recibido",
               suspension="Factura n.º {inv}: posible suspensión de servicios"),
    "en": dict(invoice="Invoice {inv}", courtesy="Friendly reminder: invoice {inv}",
               due="Invoice {inv} due", reminder="Invoice {inv} – payment reminder",
               late_fee="Invoice {inv} overdue", final="Final notice before debt recovery – invoice {inv}",
               promise_followup="Invoice {inv} – payment update", paid_claim_followup="Invoice {inv} – payment not yet received",
               suspension="Invoice {inv} – possible suspension of work"),
}


def letter(m):
    """The text of the mail the client replies to."""
    lang, o, step, inv = m["lang"], OWNERS[m["o"]], m["step"], m["inv"]
    sent = m["sent_dt"].date()
    due = day(m["due"]) if m.get("due") else sent
    amt = m.get("amt")
    deadline = day(m["deadline"]) if m.get("deadline") else sent + dt.timedelta(days=10)
    sal = salutation(lang, m.get("cname"), m.get("ckind"), formal=(step == "final"))
    pay = payment_block(lang, o, inv)
    late = (sent - due).days
    A = lambda pre: (f" {pre} {amt}" if amt else "")
    if step == "invoice":
        if lang == "it":
            return (f"{sal}\n\nin allegato la fattura n. {inv}{A('di')} relativa al lavoro concordato, con scadenza "
                    f"{art(due)}.\n\n{pay}\n\nGrazie e buona giornata,\n{o['name']}")
        if lang == "es":
            return (f"{sal}\n\nAdjunto la factura n.º {inv}{A('de')}, con vencimiento el {fdate('es', due)}.\n\n"
                    f"{pay}\n\nMuchas gracias,\n{o['name']}")
        return (f"{sal}\n\nPlease find attached invoice {inv}{A('for')}, due on {fdate('en', due)}.\n\n{pay}\n\n"
                f"Many thanks,\n{o['name']}")
    if lang == "it":
        if step == "courtesy":
            b = (f"un breve promemoria: la fattura n. {inv}{A('di')} è in scadenza {art(due)}.\n\n"
                 "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                 f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "due":
            if late > 0:
                first = (f"un promemoria: la fattura n. {inv}{A('di')} è scaduta {art(due)}. Se il pagamento non è ancora "
                         "stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
            else:
                first = f"un promemoria: la fattura n. {inv}{A('di')} è in scadenza oggi, {fdate('it', due)}."
            b = (f"{first}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo "
                 f"messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif step == "reminder":
            b = (f"da un controllo la fattura n. {inv}{A('di')}, scaduta {art(due)}, risulta ancora da saldare. Potrebbe "
                 "trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                 "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                 "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                 "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n" + pay)
        elif step == "late_fee":
            dl = f": sono trascorsi {late} giorni dalla scadenza" if late > 1 else ""
            b = (f"la fattura n. {inv}{A('di')}, scaduta {art(due)}, risulta ancora da saldare{dl}.\n\n"
                 f"Chiedo cortesemente di provvedere al pagamento entro {art(deadline)}. Se il pagamento è già stato "
                 "disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i "
                 "tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n" + pay)
        elif step == "promise_followup":
            pd = m.get("pdate")
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv}{A('di')} sarebbe "
                     f"stato effettuato entro {art(day(pd))}." if pd else
                     f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv}{A('di')}, scaduta {art(due)}.")
            b = (f"{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere "
                 "indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere "
                 "entro quando posso aspettarlo.\n\n" + pay)
        elif step == "paid_claim_followup":
            b = (f"grazie per avermi comunicato che la fattura n. {inv}{A('di')} è stata pagata.\n\n"
                 "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                 "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                 "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                 "inoltrarmi la contabile.\n\nSe il bonifico è stato disposto da pochi giorni, potrebbe semplicemente "
                 "essere ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per la collaborazione.")
        elif step == "final":
            head = f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv}\n\n"
            b = (f"la fattura n. {inv}{A('di')}, scaduta {art(due)}, risulta ancora da saldare nonostante i precedenti "
                 f"solleciti.\n\nCon la presente chiedo formalmente il pagamento {('di ' + amt) if amt else 'dell’importo dovuto'} "
                 f"entro {art(deadline)}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti "
                 "dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). "
                 "Resta salvo ogni altro diritto.\n\nIn mancanza del pagamento entro tale termine, mi riservo di procedere "
                 "al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, "
                 "con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un "
                 "piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                 "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la "
                 "data del bonifico, così da poterlo verificare.\n\n" + pay)
            return f"{head}{sal}\n\n{b}\n\nCordiali saluti,\n{o['name']}"
        elif step == "suspension":
            b = (f"torno a scrivere in merito alla fattura n. {inv}{A('di')}, scaduta {art(due)}, che risulta ancora da "
                 f"saldare.\n\nIn mancanza del pagamento entro {art(deadline)}, {art(deadline + dt.timedelta(days=3), 'dal')} "
                 "potrebbe essere necessario sospendere le attività in corso e i servizi da me forniti fino alla "
                 "regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, "
                 "possiamo concordare una soluzione; basta rispondere a questa email.\n\n" + pay)
        else:
            raise ValueError(step)
        return f"{sal}\n\n{b}\n\nCordiali saluti,\n{o['name']}"
    if lang == "es":
        F = lambda d: fdate("es", d)
        if step == "courtesy":
            b = (f"Un breve recordatorio: la factura n.º {inv}{A('de')} vence el {F(due)}.\n\n"
                 "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                 f"{pay}\n\nPara cualquier duda, basta con responder a este correo.")
        elif step == "due":
            if late > 0:
                first = (f"La factura n.º {inv}{A('de')} venció el {F(due)} y, según mis registros, el pago aún no consta. "
                         "Agradecería que se tramitara en los próximos días.")
            else:
                first = f"La factura n.º {inv}{A('de')} vence hoy, {F(due)}."
            b = (f"{first}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n{pay}\n\n"
                 "Para cualquier duda, basta con responder a este correo.")
        elif step == "reminder":
            b = (f"Revisando mis cuentas, veo que la factura n.º {inv}{A('de')}, vencida el {F(due)}, sigue pendiente de "
                 "pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea "
                 "posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la "
                 "fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la "
                 "factura, podemos aclararlo por esta misma vía.\n\n" + pay)
        elif step == "late_fee":
            dl = f", hace {late} días," if late > 1 else ""
            b = (f"La factura n.º {inv}{A('de')} venció el {F(due)}{dl} y sigue pendiente de pago.\n\n"
                 f"Ruego que el pago{A('de')} se realice a más tardar el {F(deadline)}. Si ya está en curso, muchas "
                 "gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la "
                 "factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n" + pay)
        elif step == "promise_followup":
            pd = m.get("pdate")
            first = (f"Según su último mensaje, el pago de la factura n.º {inv}{A('de')} se realizaría a más tardar el "
                     f"{F(day(pd))}; gracias de nuevo por la información." if pd else
                     f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv}{A('de')}, vencida el {F(due)}.")
            b = (f"{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta "
                 "con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber "
                 "para cuándo puedo contar con él.\n\n" + pay)
        elif step == "paid_claim_followup":
            b = (f"Muchas gracias por comunicarme que la factura n.º {inv}{A('de')} ya está pagada.\n\n"
                 "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos "
                 "días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de "
                 "gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el justificante.\n\n"
                 "Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es "
                 "necesario hacer nada más. Gracias por su colaboración.")
        elif step == "final":
            head = f"Asunto: Requerimiento de pago de la factura n.º {inv}\n\n"
            b = (f"La factura n.º {inv} venció el {F(due)} y, pese a los recordatorios enviados anteriormente, sigue "
                 f"pendiente de pago{(' por un importe de ' + amt) if amt else ''}.\n\n"
                 "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago "
                 f"{('de ' + amt) if amt else 'del importe pendiente'} a más tardar el {F(deadline)}.\n\n"
                 "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                 "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                 "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el retraso, "
                 "alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con responder a este "
                 f"correo.\n\nSi para el {F(deadline)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que "
                 "pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. "
                 "Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los últimos días, muchas gracias, y "
                 "disculpas por las molestias: en ese caso, basta una breve respuesta con la fecha de la transferencia.\n\n" + pay)
            return f"{head}{sal}\n\n{b}\n\nAtentamente,\n{o['name']}"
        else:
            raise ValueError(step)
        return f"{sal}\n\n{b}\n\nUn cordial saludo,\n{o['name']}"
    # English
    F = lambda d: fdate("en", d)
    if step == "courtesy":
        b = (f"This is a friendly reminder that invoice {inv}{A('for')} is due for payment on {F(due)}.\n\n"
             f"If payment is already on its way, thank you, and please disregard this message.\n\n{pay}\n\n"
             "If you have any questions, just reply to this email.")
    elif step == "due":
        if late > 0:
            first = (f"This is a quick reminder that invoice {inv}{A('for')} was due for payment on {F(due)}. If it has "
                     "not been paid yet, I would be grateful if you could arrange payment in the next few days.")
        else:
            first = f"This is a quick reminder that invoice {inv}{A('for')} is due for payment today, {F(due)}."
        b = (f"{first}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{pay}\n\n"
             "If you have any questions, just reply to this email.")
    elif step == "reminder":
        b = (f"According to my records, invoice {inv}{A('for')}, due on {F(due)}, has not yet been paid. It may simply "
             "have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
             "If you have already paid, thank you – please let me know the payment date so that I can update my records. "
             "If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n" + pay)
    elif step == "late_fee":
        fees = m.get("fees", "")
        b = (f"Invoice {inv}{A('for')}, due on {F(due)}, is now {late} days overdue.\n\n" + (fees + "\n\n" if fees else "") +
             f"Please arrange payment{' of the total above' if fees else ''} by {F(deadline)}. If payment is already on its "
             "way, thank you – please let me know the date it was made. If there is a problem with the invoice or with "
             "the timing, please reply to this email and we can find a solution.\n\n" + pay)
    elif step == "promise_followup":
        pd = m.get("pdate")
        first = (f"Thank you for letting me know that invoice {inv}{A('for')} would be paid by {F(day(pd))}." if pd else
                 f"Thank you for your earlier message about invoice {inv}{A('for')}, which was due on {F(due)}.")
        b = (f"{first}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let me know "
             "the date it was made. If you need a little more time, could you let me know when I can expect it?\n\n" + pay)
    elif step == "paid_claim_followup":
        b = (f"Thank you for letting me know that invoice {inv}{A('for')} has been paid.\n\n"
             "However, the payment has not reached my account yet. Bank transfers sometimes take a few extra days, and "
             "occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please send me "
             "the date and reference of the transfer, or a copy of the payment confirmation?\n\n"
             "If the transfer was made only in the last day or two, it is probably still on its way, and there is no need "
             "to do anything further. Thank you for your help.")
    elif step == "final":
        amount_line = f"Amount due: {amt}\n" if amt else ""
        head = (f"Final notice before debt recovery\n\n" + (f"To: {m['cname']}\n" if m.get("cname") else "") +
                f"Date: {F(sent)}\nInvoice: {inv}, due on {F(due)}\n{amount_line}Payment deadline: {F(deadline)}\n\n")
        b = (f"Despite my previous reminders, invoice {inv}{A('for')}, which was due for payment on {F(due)}, remains "
             f"unpaid.\n\nI therefore formally request payment of {amt or 'the amount due'} by {F(deadline)}.\n\n"
             "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
             "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court "
             "proceedings.\n\nI would much rather resolve this with you directly. If there is a reason for the delay, or "
             "if you would like to propose a payment plan, please reply to this email before " + F(deadline) + ".\n\n"
             "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would help "
             "if you could let me know the payment date so that I can update my records.\n\n" + pay)
        so = "Yours sincerely," if m.get("ckind") == "person" else "Yours faithfully,"
        return f"{head}{sal}\n\n{b}\n\n{so}\n{o['name']}"
    elif step == "suspension":
        b = (f"I am writing again about invoice {inv}{A('for')}, which was due on {F(due)} and remains unpaid.\n\n"
             f"If payment is not received by {F(deadline)}, I may have to suspend work in progress and any services I "
             f"provide to you from {F(deadline + dt.timedelta(days=3))} until the account is settled. If something is "
             "making payment difficult – for example, if you need to pay in instalments – please reply to this email "
             "and we can agree a solution.\n\n" + pay)
    else:
        raise ValueError(step)
    return f"{sal}\n\n{b}\n\nKind regards,\n{o['name']}"


# --------------------------------------------------------------------------------------------------
# Quoting, the way each mail client does it
# --------------------------------------------------------------------------------------------------
def attribution(style, lang, when, who_name, who_addr):
    d = when
    hm = d.strftime("%H:%M")
    wd = d.weekday()
    if style == "gmail":
        if lang == "it":
            return (f"Il giorno {IT_DAY3[wd]} {d.day} {IT_MON3[d.month-1]} {d.year} alle ore {hm} {who_name} "
                    f"<{who_addr}> ha scritto:")
        if lang == "es":
            return (f"El {ES_DAY3[wd]}, {d.day} {ES_MON3[d.month-1]} {d.year} a las {d.hour}:{d.minute:02d}, {who_name} "
                    f"(<{who_addr}>) escribió:")
        return f"On {d.strftime('%a')}, {d.day} {d.strftime('%b')} {d.year} at {hm}, {who_name} <{who_addr}> wrote:"
    if style == "android":
        if lang == "it":
            return f"Il {IT_DAY3[wd]} {d.day} {IT_MON3[d.month-1]} {d.year}, {hm} {who_name} <{who_addr}> ha scritto:"
        if lang == "es":
            return f"El {ES_DAY3[wd]}., {d.day} {ES_MON3[d.month-1]}. {d.year} {d.hour}:{d.minute:02d}, {who_name} <{who_addr}> escribió:"
        return f"On {d.strftime('%a')}, {d.day} {d.strftime('%b')} {d.year}, {hm} {who_name}, <{who_addr}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {d.day} {IT_MON3[d.month-1]} {d.year}, alle ore {hm}, {who_name} <{who_addr}> ha scritto:"
        if lang == "es":
            return f"El {d.day} {ES_MON3[d.month-1]} {d.year}, a las {d.hour}:{d.minute:02d}, {who_name} <{who_addr}> escribió:"
        return f"On {d.day} {d.strftime('%b')} {d.year}, at {hm}, {who_name} <{who_addr}> wrote:"
    if style == "tb":
        if lang == "it":
            return f"Il {d.strftime('%d/%m/%Y')} {hm}, {who_name} ha scritto:"
        if lang == "es":
            return f"El {d.strftime('%d/%m/%Y')} a las {hm}, {who_name} escribió:"
        return f"On {d.strftime('%d/%m/%Y')} {hm}, {who_name} wrote:"
    raise ValueError(style)


def outlook_block(lang, when, frm, to, subj, legacy=False):
    d = when
    if lang == "it":
        sent = f"{IT_DAYS[d.weekday()]} {d.day} {IT_MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"
        lines = [f"Da: {frm}", f"Inviato: {sent}", f"A: {to}", f"Oggetto: {subj}"]
        top = "-----Messaggio originale-----" if legacy else "________________________________"
    elif lang == "es":
        sent = f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month-1]} de {d.year} {d.hour}:{d.minute:02d}"
        lines = [f"De: {frm}", f"Enviado el: {sent}" if legacy else f"Enviado: {sent}", f"Para: {to}", f"Asunto: {subj}"]
        top = "-----Mensaje original-----" if legacy else "________________________________"
    else:
        h12 = d.strftime("%I:%M %p").lstrip("0")
        sent = f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month-1]} {d.day}, {d.year} {h12}"
        lines = [f"From: {frm}", f"Sent: {sent}", f"To: {to}", f"Subject: {subj}"]
        top = "-----Original Message-----" if legacy else "________________________________"
    return top + "\n" + "\n".join(lines)


def gt(s):
    return "\n".join(("> " + l) if l else ">" for l in s.split("\n"))


# --------------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------------
def enc_header(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        try:
            s.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
        return Header(s, charset).encode()


def addr(name, a, charset="utf-8"):
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


def addr_list(s, charset="utf-8"):
    """'Name <a@b>, Other <c@d>' -> encoded header value."""
    out = []
    for name, a in email.utils.getaddresses([s]):
        out.append(addr(name, a, charset))
    return ", ".join(out)


def body_bytes(text, codec):
    return text.encode(codec)


def leaf(text, subtype, charset, cte, codec=None):
    codec = codec or charset
    raw = body_bytes(text, codec)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    else:
        payload = raw.decode(codec)
        cte = cte if any(ord(c) > 127 for c in payload) else "7bit"
    hdr = f"Content-Type: text/{subtype}; charset=\"{charset}\"\nContent-Transfer-Encoding: {cte}\n"
    return hdr, payload, codec


def attachment(fname, ctype, data, inline=False):
    b64 = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    return (f"Content-Type: {ctype}; name=\"{fname}\"\nContent-Disposition: {disp}; filename=\"{fname}\"\n"
            f"Content-Transfer-Encoding: base64\n", b64, "ascii")


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] "
            f"/Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
            f"% {title}\ntrailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png(seed):
    h = hashlib.sha256(seed.encode()).digest()
    return (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x02\xd0\x00\x00\x05\xa0\x08\x06\x00\x00\x00" + h +
            b"\x00\x00\x00\x00IEND\xaeB`\x82")


def bnd(i, k):
    return f"----=_Part_{i:04d}_{k}_{hashlib.md5(f'{i}{k}'.encode()).hexdigest()[:12]}"


def assemble(parts_tree, i, k=0):
    """parts_tree: leaf tuple (hdr, payload, codec) or ('multipart/xxx', [children]). Returns (hdr, body_bytes)."""
    if isinstance(parts_tree, tuple) and len(parts_tree) == 3 and isinstance(parts_tree[1], str):
        hdr, payload, codec = parts_tree
        return hdr, payload.encode(codec if codec != "ascii" else "ascii")
    ctype, children = parts_tree
    b = bnd(i, k)
    out = b"This is a multi-part message in MIME format.\n\n" if k == 0 else b""
    for n, ch in enumerate(children):
        h, pb = assemble(ch, i, k * 10 + n + 1)
        out += f"--{b}\n".encode() + h.encode() + b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += f"--{b}--\n".encode()
    return f"Content-Type: {ctype}; boundary=\"{b}\"\n", out


# --------------------------------------------------------------------------------------------------
# HTML skeletons
# --------------------------------------------------------------------------------------------------
def paras_html(text, pstyle=""):
    out = []
    for para in text.strip("\n").split("\n\n"):
        lines = [html.escape(l) for l in para.split("\n")]
        out.append(f"<div{pstyle}>" + "<br>".join(lines) + "</div>")
    return "\n<div><br></div>\n".join(out)


def gmail_html(own, attr_line, quoted):
    q = ""
    if quoted is not None:
        q = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attr_line) +
             '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
             'rgb(204,204,204);padding-left:1ex">' + "<br>\n".join(html.escape(l) for l in quoted.split("\n")) +
             "</blockquote></div>")
    return f'<div dir="ltr">{paras_html(own)}</div>{q}\n'


def outlook_html(own, oblock, quoted, lang):
    lab = {"it": ("Da:", "Inviato:", "A:", "Oggetto:"), "es": ("De:", "Enviado:", "Para:", "Asunto:"),
           "en": ("From:", "Sent:", "To:", "Subject:")}[lang]
    ps = []
    for para in own.strip("\n").split("\n\n"):
        for l in para.split("\n"):
            ps.append(f'<p class="MsoNormal">{html.escape(l) or "&nbsp;"}<o:p></o:p></p>')
        ps.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    q = ""
    if quoted is not None:
        hl = oblock.split("\n")[1:]
        hdrs = []
        for l in hl:
            k, _, v = l.partition(" ")
            hdrs.append(f"<b>{html.escape(k)}</b> {html.escape(v)}")
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
             '<p class="MsoNormal"><b><span lang="' + lang + '">' + "<br>".join(hdrs) + "</span></b></p></div>"
             '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' +
             "".join(f'<p class="MsoNormal">{html.escape(l) or "&nbsp;"}</p>' for l in quoted.split("\n")))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; '
            'charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            '--></style></head><body lang="' + lang.upper() + '" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class="WordSection1">\n' + "\n".join(ps) + "\n" + q + "\n</div></body></html>\n")


def apple_html(own, attr_line, quoted):
    q = ""
    if quoted is not None:
        q = ('<div><br><blockquote type="cite"><div>' + html.escape(attr_line) + '</div><br>'
             '<div>' + "<br>".join(html.escape(l) for l in quoted.split("\n")) + "</div></blockquote></div>")
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body dir="auto">' + paras_html(own) + q + "</body></html>\n")


# --------------------------------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------------------------------
M = []


def add(**kw):
    M.append(kw)


UA = {
    "gmail": None, "gmail-android": None,
    "outlook": "Microsoft Outlook 16.0", "outlook-mac": "Microsoft Outlook 16.92",
    "iphone": "iPhone Mail (22C152)", "apple": "Apple Mail (2.3826.300.87.4.3)",
    "tb": "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2",
    "web": None, "android": None,
}
DEFAULT_Q = {"gmail": "gmail", "gmail-android": "android", "outlook": "outlook", "outlook-mac": "outlook",
             "iphone": "apple", "apple": "apple", "tb": "tb", "web": "gmail", "android": "android"}


def build(i, m):
    lang, o = m["lang"], OWNERS[m["o"]]
    tz = m.get("tz", o["tz"])
    when = D(m["date"], tz)
    m["sent_dt"] = D(m["sent"], o["tz"]) if m.get("sent") else when - dt.timedelta(days=2, hours=3)
    ua = m.get("ua", "gmail")
    qstyle = m.get("q", DEFAULT_Q[ua])
    fname, faddr = m["frm"]
    cname = m.get("cname")
    step = m.get("step", "reminder")
    orig_subj = m.get("osubj") or SUBJECTS[lang][step].format(inv=m["inv"])
    if "subj" in m:
        subj = m["subj"]
    else:
        pre = m.get("pre") or ({"it": "R: ", "es": "RE: ", "en": "RE: "}[lang] if ua.startswith("outlook") else "Re: ")
        subj = pre + orig_subj
    own = m["body"].strip("\n")
    quoted = letter(m) if qstyle != "none" else None
    if m.get("qtrim") and quoted:  # some clients cut the quote short
        quoted = "\n".join(quoted.split("\n")[: m["qtrim"]])
    owner_disp = f"{o['name']} <{o['email']}>"
    client_disp = f"{fname} <{faddr}>" if fname else faddr
    attr = oblock = None
    if qstyle in ("gmail", "android", "apple", "tb"):
        attr = attribution(qstyle, lang, m["sent_dt"], o["name"], o["email"])
    elif qstyle in ("outlook", "outlook-legacy"):
        oblock = outlook_block(lang, m["sent_dt"], owner_disp if lang != "en" else f"{o['name']} <{o['email']}>",
                               m.get("ato", client_disp), orig_subj, legacy=(qstyle == "outlook-legacy"))
    # plain text
    if quoted is None:
        plain = own + "\n"
    elif oblock:
        plain = own + "\n\n" + oblock + "\n\n" + quoted + "\n"
    elif m.get("bottom"):
        plain = attr + "\n" + gt(quoted) + "\n\n" + own + "\n"
    else:
        sep = "\n" if qstyle == "tb" else "\n\n"
        plain = own + "\n\n" + attr + sep + gt(quoted) + "\n"
    # html
    fmt = m.get("fmt", "plain")
    htm = m.get("html")
    if fmt in ("alt", "html") and htm is None:
        if ua.startswith("outlook"):
            htm = outlook_html(own, oblock or "", quoted if oblock else None, lang)
        elif ua in ("iphone", "apple"):
            htm = apple_html(own, attr or "", quoted if attr else None)
        else:
            htm = gmail_html(own, attr or "", quoted if attr else None)
    charset = m.get("charset", "utf-8")
    codec = m.get("codec", charset)
    if htm:
        htm = htm.replace("charset=utf-8", f"charset={charset}")
    cte = m.get("cte", "quoted-printable" if (ua.startswith("outlook") or ua in ("gmail", "web")) else "8bit")
    hcte = m.get("hcte", "quoted-printable")
    if fmt == "plain":
        tree = leaf(plain, "plain", charset, cte, codec)
    elif fmt == "html":
        tree = leaf(htm, "html", charset, hcte, codec)
    else:
        tree = ("multipart/alternative", [leaf(plain, "plain", charset, cte, codec), leaf(htm, "html", charset, hcte, codec)])
    if m.get("att"):
        kids = [tree] + [attachment(*a) for a in m["att"]]
        tree = ("multipart/mixed", kids)
    ctype_hdr, payload = assemble(tree, i)
    # headers
    dom = o["email"].split("@")[1]
    h = hashlib.sha1(f"{PREFIX}{i}".encode()).hexdigest()
    orig_id = f"<{m['sent_dt'].strftime('%Y%m%d%H%M%S')}.{h[:10]}@{dom}>"
    cdom = faddr.split("@")[1]
    if ua.startswith("outlook"):
        msgid = f"<{h[:4].upper()}PR0{h[4:6].upper()}MB{h[6:10]}{h[10:20].upper()}@{h[20:24]}PR0{h[24:26]}MB{h[26:30]}.eurprd0{i % 9 + 1}.prod.outlook.com>"
    elif ua in ("iphone", "apple"):
        msgid = f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{cdom}>"
    elif ua in ("gmail", "gmail-android", "android", "web"):
        msgid = f"<CA{base64.b32encode(bytes.fromhex(h[:30])).decode().rstrip('=')}+{h[30:36]}@mail.gmail.com>"
    else:
        msgid = f"<{h[:8]}-{h[8:12]}-{h[12:16]}@{cdom}>"
    hcs = "iso-8859-1" if charset in ("iso-8859-1", "windows-1252") else "utf-8"
    H = []
    H.append(("Return-Path", f"<{faddr}>"))
    H.append(("Received", f"from {cdom} (mail.{cdom} [{(i * 7) % 200 + 20}.{(i * 13) % 250}.{(i * 3) % 250}.{i % 250 + 2}]) by mx.{dom} "
                          f"with ESMTPS id {h[:12].upper()} for <{o['email']}>; {format_datetime(when + dt.timedelta(seconds=4))}"))
    H.append(("Date", format_datetime(when)))
    H.append(("From", addr(fname, faddr, hcs)))
    H.append(("To", addr_list(m["to"], hcs) if m.get("to") else addr(o["name"], o["email"], hcs)))
    if m.get("cc"):
        H.append(("Cc", addr_list(m["cc"], hcs)))
    H.append(("Subject", enc_header(subj, hcs)))
    H.append(("Message-ID", msgid))
    if not m.get("noreply"):
        refs = ([m["xref"]] if m.get("xref") else []) + [orig_id]
        H.append(("In-Reply-To", orig_id))
        H.append(("References", " ".join(refs)))
    H.append(("MIME-Version", "1.0"))
    if UA.get(ua):
        H.append(("User-Agent" if ua == "tb" else "X-Mailer", UA[ua]))
    if ua.startswith("outlook"):
        H.append(("Thread-Topic", enc_header(orig_subj, hcs)))
        H.append(("Thread-Index", "AQH" + base64.b64encode(bytes.fromhex(h[:30])).decode()[:28]))
        H.append(("Content-Language", {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang]))
        H.append(("X-MS-Has-Attach", "yes" if m.get("att") else ""))
    for k, v in m.get("hdr", {}).items():
        H.append((k, v))
    head = "".join(f"{k}: {v}\n" for k, v in H)
    return head.encode("ascii") + ctype_hdr.encode("ascii") + b"\n" + payload


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    from_here = [f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml")]
    for f in from_here:
        os.remove(os.path.join(HERE, f))
    lines = ["# round8-twisty: human replies whose meaning takes a second read (generated by make.py)", ""]
    for n, m in enumerate(M, 1):
        name = f"{PREFIX}-{n:04d}.eml"
        raw = build(n, m)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        lab = m["label"]
        lines.append(f'[files."{name}"]')
        lines.append(f'kind = {toml_str(lab["kind"])}')
        lines.append(f'language = {toml_str(m["lang"])}')
        lines.append('split = "dev"')
        for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient"):
            if k in lab:
                lines.append(f"{k} = {toml_str(lab[k])}")
        if "permanent" in lab:
            lines.append(f"permanent = {'true' if lab['permanent'] else 'false'}")
        lines.append(f"note = {toml_str(lab['note'])}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    check()


KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def check():
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert set(files) == set(labels), "labels and files differ"
    counts = {}
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (f, h)
        assert msg["Date"].datetime is not None, f
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), f
        lab = labels[f]
        assert lab["kind"] in KINDS and lab["split"] == "dev" and lab["language"] in ("it", "es", "en"), f
        for k in ("promised_date", "return_date"):
            if k in lab:
                dt.date.fromisoformat(lab[k])
        if "amount" in lab:
            assert lab["amount"].replace(".", "", 1).isdigit() and "." in lab["amount"], (f, lab["amount"])
        d = msg["Date"].datetime.date()
        assert dt.date(2026, 11, 1) <= d <= dt.date(2027, 2, 28), (f, d)
        if "promised_date" in lab:
            assert dt.date.fromisoformat(lab["promised_date"]) >= d, (f, "promise before date")
        counts[(lab["kind"], lab["language"])] = counts.get((lab["kind"], lab["language"]), 0) + 1
    tot = {}
    for (k, l), c in counts.items():
        tot[k] = tot.get(k, 0) + c
    print(f"{len(files)} messages parse fine")
    for k in sorted(tot):
        per = ", ".join(f"{l}={counts.get((k, l), 0)}" for l in ("it", "es", "en"))
        print(f"  {k:22s} {tot[k]:3d}  ({per})")


# --------------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------------
KIND = {"paid": "client-reply-paid", "promise": "client-reply-promise", "dispute": "client-reply-dispute",
        "other": "client-reply-other"}


def L(kind, note, **facts):
    d = {"kind": KIND.get(kind, kind), "note": note}
    d.update(facts)
    return d


GDPR_IT = """Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate
esclusivamente al destinatario indicato. Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003,
qualora il messaggio Le fosse pervenuto per errore, La preghiamo di eliminarlo senza copiarlo e di darne
comunicazione al mittente. Grazie."""

LOPD_ES = """AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario,
pudiendo contener información confidencial sometida a secreto profesional. No está permitida su
reproducción o distribución sin la autorización expresa de su emisor. De acuerdo con el Reglamento (UE)
2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos personales forman
parte de un fichero cuyo responsable es la entidad remitente. Puede ejercer sus derechos de acceso,
rectificación, supresión y oposición dirigiéndose a lopd@ a la dirección del remitente.
Antes de imprimir este correo, piense en el medio ambiente."""

DISCLAIMER_EN = """This email and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please notify the sender and delete it. Any views expressed are those of the
individual sender. Registered in England and Wales No. 08123456. Registered office as above."""

# ==================================================================================================
# ITALIANO
# ==================================================================================================

# 1 correction: "ignora la mail di stamattina, NON è partito" -> promise Monday
add(lang="it", o="ale", frm=("Mario Bianchi", "m.bianchi@bianchiarredi.it"), date="2026-12-03 16:42",
    step="reminder", inv="28/2026", amt="1.586,00 €", due="2026-11-25", sent="2026-12-02 09:05",
    cname="Bianchi Arredi srl", ckind="company", ua="outlook", fmt="alt",
    body="""Alessandra, scusami, ignora la mail che ti ho mandato stamattina: il bonifico NON è ancora partito.
Avevo visto in home banking quello per la tipografia e l'ho confuso con il tuo, pessima figura.

Lo disponiamo lunedì appena rientra Paola, che ha la firma sul conto.

Scusa ancora per il casino
Mario

--
Mario Bianchi
Bianchi Arredi srl
Via Mazzini 14 – 20831 Seregno (MB)
Tel. 0362 224 118""",
    label=L("promise", "Correction of an earlier 'paid' mail: the transfer has NOT gone out; will go out Monday "
            "(Thu 3 Dec -> Mon 7 Dec).", promised_date="2026-12-07"))

# 2 self-doubt question -> other
add(lang="it", o="ale", frm=("Elisa Ferraro", "elisa.ferraro78@gmail.com"), date="2026-11-18 20:14",
    step="due", inv="31/2026", amt="450,00 €", due="2026-11-16", sent="2026-11-17 09:00",
    cname="Elisa Ferraro", ckind="person", ua="iphone",
    body="""Mmm ma non l'avevo già pagata?? Mi sembra di sì, a inizio mese insieme all'altra... stasera controllo sull'app della banca e ti dico

Inviato da iPhone""",
    label=L("other", "Self-doubt: 'I think I already paid? will check' - no claim of payment, no promise."))

# 3 self-doubt positive -> paid
add(lang="it", o="dav", frm=("Roberto Colombo", "r.colombo@colombomeccanica.com"), date="2026-12-09 11:20",
    step="reminder", inv="33/2026", amt="2.196,00 €", due="2026-11-30", sent="2026-12-07 08:40",
    cname="Colombo Meccanica S.r.l.", ckind="company", ua="tb", cte="8bit",
    body="""Buongiorno Davide,
sono praticamente sicuro che sia partito venerdì scorso con gli altri fornitori, la distinta l'ho firmata io.
Mi faccio dare la contabile dall'amministrazione e te la giro appena ce l'ho.

Saluti
R. Colombo

--
Colombo Meccanica S.r.l.
Via dell'Industria 7, 24040 Osio Sotto (BG)""",
    label=L("paid", "Confident claim it went out last Friday (he signed the batch), receipt to follow = paid despite "
            "'praticamente sicuro'."))

# 4 question containing the answer -> paid
add(lang="it", o="ale", frm=("Federica Galli", "federica.galli@studiogalli.it"), date="2026-12-10 09:47",
    step="late_fee", inv="29/2026", amt="732,00 €", due="2026-11-20", sent="2026-12-09 09:00", deadline="2026-12-19",
    cname="Studio Galli", ckind="company", ua="gmail",
    body="""Ciao Alessandra,
ma non ti è arrivato il bonifico che ti ho fatto il 3? Ho messo anche la causale con il numero della fattura, 29/2026.
Da noi risulta addebitato, dimmi tu se devo chiedere in banca.

Federica""",
    label=L("paid", "A question that contains the answer: 'didn't you get the transfer I made on the 3rd?' = paid.",
            reference="29/2026"))

# 5 irony -> dispute
add(lang="it", o="dav", frm=("Gianni Esposito", "gianni@pizzeriadagianni.it"), date="2026-11-26 22:51",
    step="reminder", inv="35/2026", amt="1.830,00 €", due="2026-11-20", sent="2026-11-25 09:00",
    cname="Gianni Esposito", ckind="person", ua="gmail-android", cte="base64",
    body="""Certo certo, pago subito 🙄
Peccato che il sito delle prenotazioni è fermo da martedì e i clienti chiamano a me per dire che non funziona. Stasera, con il locale pieno, ho dovuto prendere le prenotazioni a penna come nel 1990.

Prima me lo fai funzionare e poi parliamo della fattura.
Gianni""",
    label=L("dispute", "Irony ('pago subito' with eye-roll) + work not working: refuses to pay until fixed."))

# 6 double negative -> dispute (credit note)
add(lang="it", o="ale", frm=("Carla Fontana", "amministrazione@fontanaviaggi.it"), date="2026-12-01 10:05",
    step="reminder", inv="27/2026", amt="1.220,00 €", due="2026-11-25", sent="2026-11-30 09:10",
    cname="Fontana Viaggi S.r.l.", ckind="company", ua="outlook", fmt="alt", charset="iso-8859-1", codec="cp1252",
    body="""Buongiorno sig.ra Rossi,

non è che non vogliamo pagare, ci mancherebbe. Però, come già segnalato al telefono al suo collaboratore, le due giornate di formazione del 12 e 13 novembre non si sono svolte (le abbiamo annullate noi con più di una settimana di anticipo, come prevede l’accordo) e in fattura ci sono ancora.

Finché non riceviamo la nota di credito per quelle due giornate non possiamo registrare il documento, né quindi metterlo in pagamento.

Cordiali saluti

Carla Fontana
Ufficio Amministrazione
Fontana Viaggi S.r.l. – Corso Vercelli 51, 10152 Torino

""" + GDPR_IT,
    label=L("dispute", "Double negative 'non è che non vogliamo pagare, ma...': wants a credit note for two cancelled "
            "days; nothing paid until then."))

# 7 double negative + accountant pays on the 15th -> promise
add(lang="it", o="ale", frm=("Stefano Greco", "stefano@grecovini.it"), date="2026-12-04 15:30",
    step="due", inv="36/2026", amt="610,00 €", due="2026-12-04", sent="2026-12-04 08:30",
    cname="Greco Vini", ckind="company", ua="gmail",
    body="""Ciao Alessandra, non è che non ti paghiamo eh, tranquilla 😄 è che la nostra commercialista fa partire i bonifici ai fornitori solo il 15 di ogni mese e non c'è verso di farle cambiare abitudine. Quindi sarai nel giro del 15.

Buon weekend!
Stefano

Greco Vini – enoteca e distribuzione
Lecce""",
    label=L("promise", "Double negative, then 'you'll be in the run of the 15th' (Fri 4 Dec -> 15 Dec).",
            promised_date="2026-12-15"))

# 8 reported speech from the accountant -> promise end of month
add(lang="it", o="ale", frm=("Valentina Marino", "vale.marino@hotmail.it"), date="2026-12-10 18:02",
    step="reminder", inv="32/2026", amt="366,00 €", due="2026-11-30", sent="2026-12-09 09:00",
    cname="Valentina Marino", ckind="person", ua="web", q="outlook",
    body="""Buonasera,
ho girato il suo sollecito alla mia commercialista (sono in forfettario e faccio fare tutto a lei) e mi ha risposto che il bonifico lo predispone lei entro fine mese, insieme agli F24.
Spero vada bene, mi scusi per il ritardo.

Valentina Marino""",
    label=L("promise", "Reported speech: the accountant says she will make the transfer by the end of the month "
            "(10 Dec -> 31 Dec).", promised_date="2026-12-31"))

# 9 reported speech from the bank -> paid
add(lang="it", o="dav", frm=("Antonio Russo", "antonio.russo@russoedilizia.it"), date="2026-12-15 12:10",
    step="late_fee", inv="30/2026", amt="3.050,00 €", due="2026-11-15", sent="2026-12-14 08:50", deadline="2026-12-24",
    cname="Russo Edilizia snc", ckind="company", ua="outlook", charset="windows-1252", cte="quoted-printable",
    pre="R: ",
    body="""Buongiorno,
ho chiamato adesso la filiale: mi dicono che il bonifico è stato eseguito ieri pomeriggio e che l'accredito vi arriva entro uno o due giorni lavorativi. Il CRO che mi hanno dato è 0306912345678901.

Saluti
Antonio Russo
Russo Edilizia snc
Casoria (NA)""",
    label=L("paid", "Reported speech from the bank: transfer executed yesterday, CRO given = paid."))

# 10 future perfect -> promise Friday
add(lang="it", o="ale", frm=("Chiara De Luca", "chiara@delucaeventi.it"), date="2027-01-12 14:25",
    step="promise_followup", inv="38/2026", amt="1.098,00 €", due="2026-12-15", pdate="2027-01-08",
    sent="2027-01-11 09:00", cname="Chiara De Luca", ckind="person", ua="iphone",
    body="""Ciao Ale, lo so lo so 🙈
Ti chiedo l'ultimo po' di pazienza: entro venerdì sarà stato pagato, ho già dato l'ok all'amministrazione e mi sono pure messa il promemoria sul calendario. Se venerdì sera non lo vedi scrivimi pure senza problemi.

Un abbraccio
Chiara

Inviato da iPhone""",
    label=L("promise", "Future perfect 'entro venerdì sarà stato pagato' = promise by Friday (Tue 12 Jan -> Fri 15 Jan).",
            promised_date="2027-01-15"))

# 11 past-future -> promise tomorrow
add(lang="it", o="dav", frm=("Luca Pellegrini", "luca.pellegrini@pellegrinisport.it"), date="2027-01-19 17:45",
    step="reminder", inv="41/2026", amt="915,00 €", due="2027-01-10", sent="2027-01-18 09:00",
    cname="Pellegrini Sport", ckind="company", ua="gmail",
    body="""Davide ciao, avevo intenzione di fartelo oggi, giuro, ma l'home banking della banca è in manutenzione da stamattina e non entra niente. Domattina prima cosa appena arrivo in ufficio.

Luca""",
    label=L("promise", "Past-future 'I meant to pay today but...' + 'domattina' (Tue 19 Jan -> 20 Jan).",
            promised_date="2027-01-20"))

# 12 conditions and alternatives -> promise 31 Jan
add(lang="it", o="ale", frm=("Marta Villa", "marta.villa@villaassicurazioni.it"), date="2027-01-14 09:30",
    step="reminder", inv="39/2026", amt="2.440,00 €", due="2026-12-31", sent="2027-01-13 09:00",
    cname="Villa Assicurazioni", ckind="company", ua="outlook", fmt="alt",
    body="""Buongiorno Alessandra,

la situazione è questa: stiamo aspettando la liquidazione di un grosso sinistro dalla compagnia. Se arriva entro il 20, come ci hanno detto, la saldiamo il giorno dopo; se invece tardano ancora, la paghiamo comunque entro il 31 gennaio, anche a costo di anticiparla noi. In un caso o nell'altro a fine mese sei a posto.

Mi scuso per l'attesa.

Marta Villa
Villa Assicurazioni – Agenzia di Monza
Via Italia 22, 20900 Monza""",
    label=L("promise", "Conditional plan with an unconditional fallback: in any case paid by 31 January.",
            promised_date="2027-01-31"))

# 13 two invoices: one paid, one in January -> promise (no date)
add(lang="it", o="ale", frm=("Ilaria Fabbri", "ilaria@fabbridesign.it"), date="2026-12-22 10:10",
    step="reminder", inv="37/2026", amt="780,00 €", due="2026-12-15", sent="2026-12-21 09:00",
    cname="Ilaria Fabbri", ckind="person", ua="gmail",
    body="""Ciao Alessandra,
faccio chiarezza perché mi sa che abbiamo fatto un po' di confusione noi: la 33/2026 è stata pagata ieri (ti ho fatto il bonifico insieme allo stipendio del ragazzo 😅), mentre la 37/2026 va per forza a gennaio, col budget nuovo, prima non ci riesco proprio.

Buone feste intanto!
Ilaria""",
    label=L("promise", "Two invoices with different fates: 33/2026 paid, 37/2026 'in January' (vague, no date). "
            "Paid + promise = promise. Two numbers named, so no single reference."))

# 14 two invoices: one in Friday's run, the other contested -> dispute
add(lang="it", o="dav", frm=("Sergio Mancini", "s.mancini@mancini-ottica.it"), date="2026-12-16 11:00",
    step="reminder", inv="43/2026", amt="1.464,00 €", due="2026-12-10", sent="2026-12-15 09:00",
    cname="Mancini Ottica", ckind="company", ua="outlook", pre="R: ",
    body="""Buongiorno Davide,

per la 42/2026 nessun problema, va nella distinta di venerdì.

La 43/2026 invece non la riconosco: la migrazione del gestionale era compresa nel preventivo di settembre, rilegga il punto 4, c'è scritto "inclusa". Quella non la pago, mi mandi una nota di credito.

Sergio Mancini
Mancini Ottica – Pesaro""",
    label=L("dispute", "Two invoices: 42/2026 promised for Friday, 43/2026 refused (included in the quote, wants a credit "
            "note). Dispute wins. Two numbers named, so no single reference."))

# 15 forwarded internal mail: colleague says it's done -> paid
add(lang="it", o="ale", frm=("Matteo Barbieri", "matteo@barbieriimmobiliare.it"), date="2027-01-08 12:30",
    step="reminder", inv="40/2026", amt="1.342,00 €", noreply=True, q="none",
    subj="Fwd: R: Rossi - fattura 40/2026", ua="gmail",
    att=[("contabile_bonifico_08012027.pdf", "application/pdf", fake_pdf("Contabile bonifico SEPA 1.342,00 EUR"))],
    body="""Ciao Alessandra, ti giro la risposta di Laura qui sotto, così hai tutto.
Buon anno!
Matteo

---------- Forwarded message ---------
Da: Laura Sala <amministrazione@barbieriimmobiliare.it>
Date: ven 8 gen 2027 alle ore 11:52
Subject: R: Rossi - fattura 40/2026
To: Matteo Barbieri <matteo@barbieriimmobiliare.it>


Fatto stamattina, bonifico di 1.342,00 a Rossi Alessandra. Ti metto in allegato la contabile se gliela vuoi girare.
L.

Il giorno gio 7 gen 2027 alle ore 17:20 Matteo Barbieri <matteo@barbieriimmobiliare.it> ha scritto:
> Laura, la grafica ci sollecita la fattura 40/2026 (logo + biglietti), riesci a farla domani? Grazie
> M.""",
    label=L("paid", "Forwarded internal thread: the colleague's 'fatto stamattina, bonifico di 1.342,00' is the answer.",
            amount="1342.00", reference="40/2026"))

# 16 forwarded internal: admin says 'il 28, non prima' -> promise
add(lang="it", o="ale", frm=("Avv. Silvia Conti", "s.conti@contiassociati.it"), date="2026-12-14 16:20",
    step="reminder", inv="42/2026", amt="854,00 €", due="2026-12-05", sent="2026-12-14 09:00",
    cname="Studio Legale Conti & Associati", ckind="company", ua="outlook", pre="R: ",
    body="""Gentile Alessandra,
le inoltro qui sotto la risposta del nostro ufficio amministrativo.
Cordiali saluti
Silvia Conti

Da: Amministrazione Studio Conti <amministrazione@contiassociati.it>
Inviato: lunedì 14 dicembre 2026 15:58
A: Silvia Conti <s.conti@contiassociati.it>
Oggetto: R: I: Sollecito fattura n. 42/2026

Avvocato, la Rossi la mettiamo nel pagamento fornitori del 28, prima non si può perché la distinta di metà mese è già chiusa. Se vuole glielo comunichi lei.
Grazie, Debora

--
Studio Legale Conti & Associati
Piazza Cavour 3 – 00193 Roma

""" + GDPR_IT,
    label=L("promise", "The forwarded instruction from the admin office is the real answer: in the supplier payment "
            "of the 28th (14 Dec -> 28 Dec).", promised_date="2026-12-28"))

# 17 forwarded internal: boss says don't pay -> dispute
add(lang="it", o="ale", frm=("Nicoletta Sartori", "nicoletta@sartorigelati.it"), date="2027-01-21 10:40",
    step="late_fee", inv="43/2026", amt="1.708,00 €", due="2026-12-20", sent="2027-01-20 09:00", deadline="2027-01-30",
    cname="Sartori Gelati srl", ckind="company", ua="outlook", pre="R: ", charset="iso-8859-1", codec="cp1252",
    body="""Buongiorno Alessandra,
le giro la mail del titolare, come vede è stato abbastanza chiaro. Mi dispiace, io non posso farci niente.
Nicoletta

-----Messaggio originale-----
Da: Giorgio Sartori
Inviato: mercoledì 20 gennaio 2027 19:12
A: Nicoletta Sartori
Oggetto: R: fattura Rossi logo

Nico, non pagate niente alla Rossi finché non arriva il logo definitivo con i colori giusti. Il verde è ancora quello sbagliato, l’ho detto tre volte. Quando lo manda giusto si paga, prima no.
G.""",
    label=L("dispute", "Forwarded internal mail: the owner orders not to pay until the logo is fixed = dispute."))

# 18 subject says 'contestazione', body says paid
add(lang="it", o="ale", frm=("Francesco Romano", "francesco.romano@libero.it"), date="2027-01-25 13:05",
    step="reminder", inv="44/2026", amt="1.220,00 €", q="none", subj="Re: Fattura 44/2026 - contestazione importo",
    ua="web", cte="8bit",
    body="""Ciao Alessa',
tutto risolto, ho parlato con il mio socio e abbiamo chiuso la questione: oggi ti ho saldato la 44 finalmente, con l'importo che avevamo concordato a voce, 980 euro.
Rispondo su questa vecchia mail perché è l'unica che ho trovato, non farci caso all'oggetto 😂

Francesco""",
    label=L("paid", "Subject says 'contestazione', body says the old dispute is settled and 980 EUR were paid today. "
            "'la 44' in a thread about 44/2026.", amount="980.00", reference="44/2026"))

# 19 subject 'pagamento effettuato' (old thread), body contests the new invoice
add(lang="it", o="dav", frm=("Giorgio Lombardi", "g.lombardi@lombardigroup.it"), date="2027-01-27 09:15",
    step="reminder", inv="45/2026", amt="1.464,00 €", q="none", subj="R: Pagamento effettuato - fattura 19/2026",
    ua="outlook",
    body="""Buongiorno Davide,

rispondo su questa vecchia mail perché non ritrovo il suo sollecito.
Questa volta purtroppo niente "pagamento effettuato": la 45/2026 riporta 12 ore di assistenza che noi non abbiamo mai chiesto né autorizzato. Le avevamo chiesto di avvisarci sempre prima di superare il pacchetto ore, e così non è stato.
Così com'è non la paghiamo. Mi mandi il dettaglio delle ore e ne parliamo.

Giorgio Lombardi
Responsabile IT – Lombardi Group S.p.A.""",
    label=L("dispute", "Old subject 'Pagamento effettuato - 19/2026' reused; the body contests 45/2026 (unauthorised hours).",
            reference="45/2026"))

# 20 rhetorical question, wrong company on the invoice -> other
add(lang="it", o="ale", frm=("Beppe Costa", "beppe@costanautica.it"), date="2026-12-02 08:55",
    step="reminder", inv="45/2026", amt="2.013,00 €", due="2026-11-27", sent="2026-12-01 09:00",
    cname="Costa & Figli snc", ckind="company", ua="apple",
    body="""Ma scusa, a chi l'hai intestata? La Costa & Figli snc non esiste più da giugno, adesso siamo Costa Nautica srl con partita IVA nuova. Te l'avevo scritto a luglio, non ti ricordi?
Me la rifai intestata giusta per favore, che così com'è il commercialista non me la registra.

Beppe

Costa Nautica srl
Calata Gadda – 16128 Genova""",
    label=L("other", "Rhetorical questions, but the content is an administrative request: reissue to the new company. "
            "No claim on the amount, no payment news."))

# 21 long chatty, one sentence: forwarded to admin -> other
add(lang="it", o="ale", frm=("Daniela Rinaldi", "daniela.rinaldi@studiorinaldi.eu"), date="2026-12-18 19:40",
    step="courtesy", inv="46/2026", amt="1.830,00 €", due="2026-12-31", sent="2026-12-18 09:00",
    cname="Studio Rinaldi", ckind="company", ua="gmail", fmt="alt",
    body="""Cara Alessandra,

che bello leggerti, anche se è "solo" un promemoria 😊 Approfitto per dirti che la brochure è piaciuta tantissimo: alla cena di Natale di ieri il presidente l'ha tirata fuori davanti a tutti e ha detto che finalmente sembriamo uno studio serio e non una pro loco. Credo sia il complimento più grande che abbia mai fatto a qualcuno.

Ti scrivo anche perché a gennaio vorremmo ripartire con il catalogo dei corsi 2027: più o meno 40 pagine, stesso stile della brochure, con le foto nuove dei docenti (che però dobbiamo ancora fare... ti viene in mente un fotografo in zona Bologna?). Se ti va ci vediamo la seconda settimana di gennaio, magari a pranzo da Pappagallo che l'altra volta non siamo riuscite.

La fattura l'ho già passata in amministrazione, se ne occupa Giulia.

Ah, e ti devo raccontare della laurea di Sofia, ma ci vuole un caffè lungo. Buone feste a te e a tutta la famiglia, e riposati che te lo meriti!

Un abbraccio
Daniela""",
    label=L("other", "Long chatty mail; the only invoice sentence: 'passed to admin, Giulia handles it' (forwarded to "
            "accounts) - no payment, no promise."))

# 22 dialect, IBAN question -> other
add(lang="it", o="dav", frm=("Salvo Caruso", "salvo.caruso@carusoagrumi.it"), date="2026-12-11 07:48",
    step="reminder", inv="46/2026", amt="671,00 €", due="2026-12-05", sent="2026-12-10 09:00",
    cname="Caruso Agrumi", ckind="company", ua="gmail-android",
    body="""Davide bongiorno, na domanda: l'IBAN è sempre chiddu di Fineco o l'hai cambiato? Pirchì l'autra vota ficimu 'u pasticciu e il bonifico tornò narrè dopo na simana.
Fammi sapiri
Salvo""",
    label=L("other", "Sicilian dialect; only a question about the IBAN (no promise, no payment)."))

# 23 Roman dialect, 'dopodomani' -> promise
add(lang="it", o="dav", frm=("Fabrizio Proietti", "fabri.proietti@gmail.com"), date="2026-12-09 13:02",
    step="reminder", inv="47/2026", amt="1.250,00 €", due="2026-12-01", sent="2026-12-08 09:00",
    cname="Fabrizio Proietti", ckind="person", ua="gmail-android", cte="8bit",
    body="""Aò Davide tranquillo, nun me so' scordato. Te lo faccio dopodomani, che mo' sto a Fiumicino pe' lavoro e da 'r telefono nun me fa fa' i bonifici sopra i mille euro.
Fabri""",
    label=L("promise", "Roman dialect; 'dopodomani' = day after tomorrow (Wed 9 Dec -> Fri 11 Dec).",
            promised_date="2026-12-11"))

# 24 ALL CAPS -> paid
add(lang="it", o="ale", frm=("ENRICO GATTI", "enrico.gatti@gattitrasporti.it"), date="2026-11-23 08:31",
    step="reminder", inv="47/2026", amt="488,00 €", due="2026-11-15", sent="2026-11-20 09:00",
    cname="Gatti Trasporti", ckind="company", ua="android", q="android",
    body="""FATTO IL BONIFICO STAMATTINA. SALUTI. ENRICO GATTI

Inviato dal mio Galaxy""",
    label=L("paid", "All caps one-liner: transfer made this morning."))

# 25 Public administration: missing CIG -> other
add(lang="it", o="ale", frm=("Comune di Castelnuovo – Servizio Finanziario", "ragioneria@comune.castelnuovo.example.it"),
    date="2026-12-03 11:37", step="reminder", inv="48/2026", amt="1.586,00 €", due="2026-11-28", sent="2026-12-02 09:00",
    cname="Comune di Castelnuovo", ckind="company", ua="tb", pre="Rif: ", q="none",
    body="""Gentile dott.ssa Rossi,

con riferimento al Suo sollecito si comunica che la fattura elettronica n. 48/2026 non può essere liquidata in quanto priva del codice CIG, obbligatorio ai sensi della L. 136/2010 (tracciabilità dei flussi finanziari).

Il documento è stato pertanto rifiutato tramite SdI. Si prega di trasmettere nuova fattura elettronica riportando il CIG Z3A3F9C1D2 indicato nella determina di affidamento e il codice univoco ufficio UF8K2Q. Alla ricezione del documento corretto si procederà alla liquidazione nei termini di legge.

Distinti saluti

Il Responsabile del Servizio Finanziario
Rag. Paola Benedetti
Comune di Castelnuovo
Tel. 0521 998 201""",
    label=L("other", "Public body: cannot pay because the CIG code is missing; rejected via SdI, asks for a new "
            "e-invoice. Administrative requirement (like a missing PO), not a contest of the debt.", reference="48/2026"))

# 26 partial payment + rest withheld -> dispute
add(lang="it", o="dav", frm=("Marco Gentile", "m.gentile@gentilelogistica.it"), date="2027-02-02 16:10",
    step="late_fee", inv="48/2026", amt="2.400,00 €", due="2026-12-31", sent="2027-02-01 09:00", deadline="2027-02-10",
    cname="Gentile Logistica S.r.l.", ckind="company", ua="outlook", fmt="alt",
    body="""Buongiorno Davide,

le comunico che oggi abbiamo disposto un bonifico di 800,00 € a titolo di acconto sulla fattura 48/2026.

Il saldo lo riconosceremo quando il modulo spedizioni funzionerà davvero: ad oggi le etichette del corriere escono ancora sballate e i ragazzi del magazzino le rifanno a mano una per una.

Cordiali saluti
Marco Gentile
Gentile Logistica S.r.l.""",
    label=L("dispute", "Partial payment (800 EUR) + the rest withheld until the module works = dispute.",
            amount="800.00", reference="48/2026"))

# 27 instalments -> promise first one Friday 18
add(lang="it", o="ale", frm=("Giulia Neri", "giulia@nerihairstudio.it"), date="2026-12-14 13:20",
    step="late_fee", inv="49/2026", amt="1.464,00 €", due="2026-11-30", sent="2026-12-14 09:00", deadline="2026-12-23",
    cname="Neri Hair Studio", ckind="company", ua="iphone",
    body="""Ciao Alessandra, ti scrivo con un po' di imbarazzo.
Dicembre per noi è un mese pesantissimo tra tredicesime e affitto del negozio. Possiamo farla in tre rate? La prima da 488 € te la faccio venerdì 18, le altre due a gennaio e a febbraio. Se per te va bene ti mando la conferma del primo bonifico.

Grazie davvero
Giulia

Inviato da iPhone""",
    label=L("promise", "Instalment plan: first instalment of 488 EUR on Friday 18 December.",
            promised_date="2026-12-18", amount="488.00"))

# 28 asks for a call -> other
add(lang="it", o="dav", frm=("Carlo Testa", "carlo.testa@testaserramenti.it"), date="2026-12-17 18:30",
    step="reminder", inv="49/2026", amt="2.928,00 €", due="2026-12-10", sent="2026-12-16 09:00",
    cname="Testa Serramenti", ckind="company", ua="gmail",
    body="""Davide, ci sentiamo domani per telefono? Ci sono un paio di cose da chiarire sulla fattura e vorrei parlarti anche del sito nuovo per la sede di Verona. Io ci sono dalle 9 alle 12.

Carlo""",
    label=L("other", "Asks for a call; 'a couple of things to clarify on the invoice' is not a stated dispute."))

# 29 AP office, HTML, windows-1252 bytes in iso-8859-1 -> paid
add(lang="it", o="ale", frm=("Contabilità Fornitori – Lombardi Group", "contabilita.fornitori@lombardigroup.it"),
    date="2026-12-14 10:22", step="reminder", inv="50/2026", amt="2.440,00 €", due="2026-11-30", sent="2026-12-11 09:00",
    cname="Lombardi Group S.p.A.", ckind="company", ua="outlook", fmt="html", charset="iso-8859-1", codec="cp1252",
    pre="R: ", q="outlook",
    body="""Gentile fornitore,

Vi informiamo che in data 14/12/2026 è stato disposto il pagamento della fattura n. 50/2026 del 30/10/2026 per € 2.440,00 a mezzo bonifico bancario (valuta beneficiario 16/12/2026).

Per qualsiasi chiarimento potete contattare l’Ufficio Contabilità Fornitori al n. 02 4455 6677 (lun-ven 9-13).

Distinti saluti
Ufficio Contabilità Fornitori
Lombardi Group S.p.A.""",
    label=L("paid", "Accounts office reply (HTML only, cp1252 bytes): payment of 50/2026 ordered today.",
            amount="2440.00", reference="50/2026"))

# 30 formal contest of a final notice -> dispute
add(lang="it", o="dav", frm=("Ing. Paolo Marchi", "p.marchi@studiomarchi.it"), date="2027-02-10 12:00",
    step="final", inv="50/2026", amt="3.660,00 €", due="2026-12-15", sent="2027-02-05 09:00", deadline="2027-02-19",
    cname="Studio Tecnico Marchi & Associati", ckind="company", ua="outlook", fmt="alt", pre="R: ",
    body="""Egregio Sig. Marchetti,

in riscontro alla Sua diffida del 5 febbraio u.s., contestiamo formalmente la fattura n. 50/2026 in quanto il portale commissionato non è mai stato consegnato nella versione collaudabile prevista dal contratto (art. 3: consegna entro il 30/11/2026).

Ne consegue che nessun importo è allo stato dovuto. Restiamo disponibili a un incontro per definire tempi e modalità della consegna; in difetto, ci riserviamo di agire per il risarcimento del danno subito.

Distinti saluti

Ing. Paolo Marchi
Studio Tecnico Marchi & Associati
Via Emilia Est 210 – 41121 Modena

""" + GDPR_IT,
    label=L("dispute", "Formal contest of the final notice: work never delivered, nothing due.", reference="50/2026"))

# 31 'non prima del 10' -> promise 10 Jan
add(lang="it", o="ale", frm=("Lorenza Bassi", "lorenza.bassi@bassiottica.it"), date="2026-12-18 12:12",
    step="reminder", inv="51/2026", amt="976,00 €", due="2026-12-10", sent="2026-12-17 09:00",
    cname="Lorenza Bassi", ckind="person", ua="gmail",
    body="""Gentile Alessandra,
purtroppo non prima del 10 gennaio: con la chiusura di fine anno l'amministrazione ha bloccato tutti i pagamenti ai fornitori fino all'Epifania e il primo giro utile è quello del 10. Mi spiace.

Buone feste
Lorenza Bassi""",
    label=L("promise", "'Non prima del 10 gennaio' = promise for 10 January.", promised_date="2027-01-10"))

# 32 'which invoice? I thought I paid them' -> other
add(lang="it", o="dav", frm=("Mauro Ferri", "officinaferri@tiscali.it"), date="2026-11-12 18:45",
    step="reminder", inv="51/2026", amt="420,00 €", due="2026-11-05", sent="2026-11-12 09:00",
    cname="Officina Ferri", ckind="company", ua="tb", cte="8bit",
    body="""Quale fattura scusa? Io da te quest'anno ne ho avute due, la 12 e la 15, e pensavo di averle pagate tutte e due a ottobre. Questa 51 non mi ricordo cosa sia.
Mi mandi un estratto conto, così controllo con mia moglie che tiene i conti?

Mauro""",
    label=L("other", "'Which invoice? I thought I paid both' + asks for a statement: a question, no payment claim "
            "about this invoice."))

# 33 correction the other way: 'it HAD gone out' -> paid
add(lang="it", o="ale", frm=("Laura Moretti", "laura.moretti@morettiarchitetti.it"), date="2027-01-13 08:58",
    step="reminder", inv="52/2026", amt="732,00 €", due="2026-12-31", sent="2027-01-11 09:00",
    cname="Laura Moretti", ckind="person", ua="apple",
    body="""Alessandra, rettifico quello che ti ho scritto ieri sera: il bonifico ERA partito, solo che la banca me lo faceva vedere ancora "in attesa di esecuzione" e ho pensato fosse bloccato. Stamattina risulta eseguito con data 11/01.

Quindi niente, siamo a posto, scusa la confusione!
Laura""",
    label=L("paid", "Correction of a 'not yet' mail: the transfer HAD gone out (executed 11/01)."))

# 34 'appena mi pagano' -> promise, no date
add(lang="it", o="dav", frm=("Pietro Gallo", "pietro.gallo@coopilfaro.it"), date="2027-02-04 17:05",
    step="late_fee", inv="52/2026", amt="1.830,00 €", due="2026-12-20", sent="2027-02-03 09:00", deadline="2027-02-12",
    cname="Cooperativa Sociale Il Faro", ckind="company", ua="gmail",
    body="""Davide, ti dico le cose come stanno: la Regione non ci ha ancora liquidato il SAL di ottobre e siamo in sofferenza con tutti i fornitori.
Appena arrivano i soldi tu sei il primo della lista, hai la mia parola. Non dipende da me, credimi.

Pietro Gallo
Presidente – Coop. Sociale Il Faro""",
    label=L("promise", "'As soon as the Region pays us, you're first' = promise without a date."))

# 35 sarcasm quoting the reminder -> dispute
add(lang="it", o="ale", frm=("Roberta Longo", "r.longo@longoexpo.it"), date="2026-11-30 19:22",
    step="reminder", inv="53/2026", amt="1.952,00 €", due="2026-11-20", sent="2026-11-30 09:00",
    cname="Longo Expo srl", ckind="company", ua="outlook", q="none", pre="R: ",
    body="""> Potrebbe trattarsi di una semplice svista

Ah, certo. La svista è stata consegnare le traduzioni del catalogo tre settimane dopo la data concordata, così alla fiera di Verona siamo andati con la versione inglese piena di segnaposto.

Di questa fattura ne riparliamo quando avrà la cortesia di chiamarmi e proporre qualcosa di serio.

Roberta Longo
Direttrice Commerciale – Longo Expo srl""",
    label=L("dispute", "Sarcasm on the reminder's own words; late delivery; wants a proposal (discount) before paying."))

# 36 contact left, forwarded to colleague in Cc -> other
add(lang="it", o="ale", frm=("Ufficio Acquisti – Ferretti Costruzioni", "acquisti@ferretticostruzioni.it"),
    date="2026-12-07 09:40", step="reminder", inv="54/2026", amt="3.172,00 €", due="2026-11-30", sent="2026-12-04 09:00",
    cname="Marco Valli", ckind="person", ua="outlook", pre="I: ", cc="Sara Bellini <s.bellini@ferretticostruzioni.it>",
    body="""Buongiorno,

il sig. Marco Valli non lavora più con noi da fine ottobre, per questo non ha avuto risposta. Giro la sua mail alla collega Sara Bellini (in copia), che segue i pagamenti ai fornitori.

Cordiali saluti
Ufficio Acquisti
Ferretti Costruzioni S.p.A.""",
    label=L("other", "The contact has left; forwarded to the colleague who handles payments. No payment information."))

# 37 screenshot 'ecco' -> paid
add(lang="it", o="ale", frm=("Alice Monti", "alice.monti@icloud.com"), date="2026-12-21 19:40",
    step="late_fee", inv="55/2026", amt="549,00 €", due="2026-12-01", sent="2026-12-21 09:00", deadline="2026-12-31",
    cname="Alice Monti", ckind="person", ua="iphone",
    att=[("IMG_4471.PNG", "image/png", fake_png("bonifico monti"))],
    body="""ecco 👇

Inviato da iPhone""",
    label=L("paid", "'ecco' + a screenshot of the bank transfer attached = here is the proof, paid."))

# 38 'oggi in pausa pranzo' -> promise today
add(lang="it", o="dav", frm=("Simone Riva", "simone@rivabikes.it"), date="2027-01-07 11:15",
    step="reminder", inv="53/2026", amt="610,00 €", due="2026-12-31", sent="2027-01-07 09:00",
    cname="Riva Bikes", ckind="company", ua="gmail-android",
    body="""Lo faccio oggi in pausa pranzo, giuro su mia nonna 🙏
S.""",
    label=L("promise", "'I'll do it today at lunch' = promise for today.", promised_date="2027-01-07"))

# 39 late at night, done now -> paid
add(lang="it", o="ale", frm=("Lorenzo Vitale", "lorenzo.vitale@outlook.it"), date="2026-12-20 23:10",
    step="reminder", inv="56/2026", amt="305,00 €", due="2026-12-12", sent="2026-12-18 09:00",
    cname="Lorenzo Vitale", ckind="person", ua="web", q="outlook",
    body="""Fatto adesso, alle undici di sera, dal divano con l'app 😅 Domani dovresti vederlo.
Scusa se ci ho messo tanto!
Lorenzo""",
    label=L("paid", "Done just now; 'domani dovresti vederlo' is about arrival, not a promise."))

# 40 duplicate invoice -> dispute
add(lang="it", o="dav", frm=("Amministrazione Bertolini", "amministrazione@bertolinispa.it"), date="2026-12-02 10:30",
    step="reminder", inv="54/2026", amt="1.220,00 €", due="2026-11-25", sent="2026-12-01 09:00",
    cname="Bertolini S.p.A.", ckind="company", ua="outlook", fmt="alt", pre="R: ",
    body="""Buongiorno,

dai nostri controlli la fattura n. 54/2026 risulta un duplicato della n. 39/2026 del 15/09/2026, già saldata in data 15/10/2026: stessa descrizione (canone manutenzione sito, 3° trimestre), stesso importo.

Vi chiediamo di verificare e, se confermato, di emettere nota di credito a storno.

Cordiali saluti
Ufficio Amministrazione
Bertolini S.p.A.""",
    label=L("dispute", "Already billed: 54/2026 is said to duplicate 39/2026 (paid); asks for a credit note.",
            reference="54/2026"))

# 41 suspicious IBAN change mail -> other
add(lang="it", o="ale", frm=("Paola Fiore", "p.fiore@fiorecosmetici.it"), date="2027-01-19 10:02",
    step="reminder", inv="57/2026", amt="1.708,00 €", due="2027-01-10", sent="2027-01-18 09:00",
    cname="Fiore Cosmetici srl", ckind="company", ua="outlook",
    body="""Buongiorno Alessandra,

ieri ci è arrivata una mail, apparentemente tua, che dice che hai cambiato banca e ci chiede di pagare su un IBAN lituano (LT12 3250 0...). Ci sembra strano, anche perché è scritta in un italiano un po' così.
È vera? Prima di fare qualsiasi cosa vorrei sentirti al telefono, il mio numero è 347 112 9087.

Paola Fiore
Ufficio Marketing – Fiore Cosmetici srl""",
    label=L("other", "Question about a suspicious IBAN-change mail; wants a phone call before paying. No promise/date."))

# 42 'entro il 5' when the 5th has passed -> 5 February
add(lang="it", o="dav", frm=("Alberto Guerra", "alberto.guerra@guerrafood.it"), date="2027-01-08 09:12",
    step="reminder", inv="55/2026", amt="1.098,00 €", due="2026-12-20", sent="2027-01-07 09:00",
    cname="Guerra Food", ckind="company", ua="gmail",
    body="""Ciao Davide, buon anno!
Scusa il ritardo, a dicembre è saltato tutto. Te la saldo entro il 5, quando ci entrano gli incassi del mese, va bene?

Alberto""",
    label=L("promise", "'Entro il 5' written on 8 January: the 5th has passed, so 5 February.",
            promised_date="2027-02-05"))

# 43 'should have arrived by now' -> paid
add(lang="it", o="ale", frm=("Serena Martini", "serena.martini@gmail.com"), date="2026-11-27 17:33",
    step="due", inv="58/2026", amt="427,00 €", due="2026-11-25", sent="2026-11-27 09:00",
    cname="Serena Martini", ckind="person", ua="gmail",
    body="""Ciao! A quest'ora dovrebbe esserti già arrivato, l'ho disposto martedì mattina. Se lunedì ancora non lo vedi dimmelo che chiamo la banca.
Serena""",
    label=L("paid", "'Should have arrived by now, I ordered it Tuesday' = paid (the Monday is only a check-back)."))

# 44 'we pay 1000 not 1400' -> dispute
add(lang="it", o="dav", frm=("Diego Ferrara", "diego@ferraraweb.agency"), date="2026-11-25 12:40",
    step="reminder", inv="56/2026", amt="1.400,00 €", due="2026-11-20", sent="2026-11-24 09:00",
    cname="Ferrara Web Agency", ckind="company", ua="gmail",
    body="""Davide, te lo dico chiaro: ti paghiamo 1.000 e non 1.400.
Le 4 ore di riunione del 3 novembre non erano da fatturare, l'avevamo detto all'inizio che le call di allineamento erano comprese. Mandami la fattura corretta e la saldo subito, in giornata.

Diego""",
    label=L("dispute", "Wrong amount: accepts 1,000 of 1,400 and wants a corrected invoice first.", amount="1000.00"))

# 45 'ricevuto, grazie' -> other
add(lang="it", o="ale", frm=("Camilla Rota", "camilla.rota@rotaeventi.it"), date="2026-12-16 09:03",
    step="courtesy", inv="59/2026", amt="854,00 €", due="2026-12-22", sent="2026-12-16 08:30",
    cname="Camilla Rota", ckind="person", ua="iphone",
    body="""Ricevuto, grazie! Buone feste anche a te 🎄
Camilla""",
    label=L("other", "Acknowledgement of a courtesy reminder; nothing about payment."))

# 46 'oggi no... lunedì' written on a Monday -> next Monday
add(lang="it", o="dav", frm=("Gabriele Orlando", "g.orlando@orlandoimpianti.it"), date="2026-12-14 17:30",
    step="late_fee", inv="57/2026", amt="2.074,00 €", due="2026-11-25", sent="2026-12-14 09:00", deadline="2026-12-23",
    cname="Orlando Impianti", ckind="company", ua="outlook",
    body="""Oggi no, la banca ha già chiuso le distinte alle 16. E domani e dopo ho il cantiere a Brescia tutto il giorno.
Lunedì, promesso.

G. Orlando""",
    label=L("promise", "Written on Monday 14 Dec: 'lunedì' = the next Monday, 21 Dec.", promised_date="2026-12-21"))

# 47 long chatty mail, one sentence refuses the extra illustrations -> dispute
add(lang="it", o="ale", frm=("Elena Bruno", "elena@brunoweddings.it"), date="2027-02-15 21:18",
    step="reminder", inv="60/2026", amt="2.928,00 €", due="2027-02-05", sent="2027-02-15 09:00",
    cname="Elena Bruno", ckind="person", ua="gmail", fmt="alt",
    body="""Ciao Alessandra!

Scusa se rispondo solo adesso, sono appena tornata dalla Puglia: sopralluogo di tre giorni in una masseria vicino a Ostuni per un matrimonio di giugno, coppia americana, 180 invitati, lei vuole le lucciole (vere) durante il taglio della torta. Ti lascio immaginare.

Ti volevo dire che le partecipazioni con l'ulivo sono piaciute da morire, me le hanno chieste altre due coppie e credo che ti arriveranno richieste a breve, ho dato il tuo contatto. Anche il sito nuovo va benissimo, le richieste di preventivo sono raddoppiate da gennaio.

Per quanto riguarda la fattura, come ti avevo già detto a voce al telefono, le tre illustrazioni extra per il menù non te le avevamo chieste noi e non intendiamo pagarle: ti salderò la parte del pacchetto concordato quando mi mandi la fattura rifatta.

Per il resto, ci vediamo a Milano a marzo per la fiera? Io ci sarò il 14 e il 15, se vuoi ti procuro un ingresso.

Un bacio grande
Elena""",
    label=L("dispute", "Chatty mail with one sentence that matters: refuses to pay the extra illustrations, wants a "
            "reissued invoice."))

# 48 reported: 'my husband paid it from his account' -> paid
add(lang="it", o="ale", frm=("Francesca Bianchi", "francescabianchi62@libero.it"), date="2026-12-01 20:15",
    step="reminder", inv="61/2026", amt="250,00 €", due="2026-11-20", sent="2026-12-01 09:00",
    cname="Francesca Bianchi", ckind="person", ua="web", pre="Rif: ", q="tb",
    body="""Buonasera, mio marito mi dice che l'ha fatto lui la settimana scorsa dal suo conto, quindi lo trova a nome Paolo Bianchi e non mio. Se non lo vede mi faccia sapere che gli dico di controllare.
Cordiali saluti
Francesca Bianchi""",
    label=L("paid", "Reported speech: her husband paid it last week from his account = paid (payer name differs)."))

# 49 internal question reply-all (owner only in Cc) -> other
add(lang="it", o="dav", frm=("Riccardo Fumagalli", "r.fumagalli@fumagalliserramenti.it"), date="2026-12-03 15:05",
    step="reminder", inv="58/2026", amt="1.159,00 €", due="2026-11-25", sent="2026-12-03 09:00",
    cname="Fumagalli Serramenti", ckind="company", ua="outlook", pre="I: ",
    to="Franca Villa <f.villa@fumagalliserramenti.it>", cc="Davide Marchetti <davide@marchettiweb.it>",
    body="""Franca, mi confermi se questa è già stata pagata? Io ricordo di aver firmato qualcosa a novembre ma non sono sicuro fosse questa.

Grazie
Riccardo""",
    label=L("other", "Internal question to a colleague with the freelancer in Cc: 'has this been paid?' - no claim."))

# 50 subject asks 'pagata?', body 'non ancora... il 30' -> promise
add(lang="it", o="ale", frm=("Giacomo Leone", "giacomo.leone@leonestampa.it"), date="2026-12-17 12:44",
    step="reminder", inv="62/2026", amt="1.037,00 €", q="none", subj="Re: Fattura 62/2026 pagata?", ua="gmail",
    body="""Non ancora, scusami tanto. La metto in pagamento il 30 insieme agli altri fornitori.

Giacomo""",
    label=L("promise", "Subject 'pagata?' but the body says not yet; will pay on the 30th (17 Dec -> 30 Dec).",
            promised_date="2026-12-30"))

# ==================================================================================================
# ESPAÑOL
# ==================================================================================================

# 1 correction: 'olvida mi correo, NO ha salido' -> promise Monday
add(lang="es", o="lu", frm=("Javier Ortega", "jortega@ortegareformas.es"), date="2027-01-14 18:10",
    step="reminder", inv="2026-051", amt="1.452,00 €", due="2027-01-05", sent="2027-01-13 09:00",
    cname="Ortega Reformas, S.L.", ckind="company", ua="outlook", fmt="alt",
    body="""Lucía, olvida el correo que te mandé a mediodía, por favor. La transferencia NO ha salido todavía: se quedó pendiente de la firma del segundo apoderado y hasta ahora no me he dado cuenta.

Sale el lunes sin falta, en cuanto vuelva Ramón de Valencia.

Perdona el lío.

Javier Ortega
Ortega Reformas, S.L.
Tel. 91 445 32 10""",
    label=L("promise", "Correction: the earlier 'paid' was wrong, NOT sent yet; goes out Monday (Thu 14 Jan -> Mon 18 Jan).",
            promised_date="2027-01-18"))

# 2 question with the answer -> paid
add(lang="es", o="lu", frm=("Marta Sánchez", "marta.sanchez.ilustra@gmail.com"), date="2026-12-10 10:31",
    step="late_fee", inv="2026-047", amt="726,00 €", due="2026-11-20", sent="2026-12-09 09:00", deadline="2026-12-18",
    cname="Marta Sánchez", ckind="person", ua="gmail",
    body="""Hola Lucía,
¿no te ha llegado la transferencia que te hice el día 3? En mi banco aparece como realizada y con el concepto "Factura 2026-047". Si no la ves dímelo y reclamo en la oficina.

Un beso,
Marta""",
    label=L("paid", "Question that contains the answer: 'didn't the transfer I made on the 3rd arrive?' = paid.",
            reference="2026-047"))

# 3 self-doubt -> other
add(lang="es", o="car", frm=("Alberto Navarro", "anavarro@navarrotextil.com"), date="2026-11-16 13:02",
    step="reminder", inv="2026-112", amt="847,00 €", due="2026-11-06", sent="2026-11-16 09:00",
    cname="Navarro Textil, S.L.", ckind="company", ua="android", q="android",
    body="""Juraría que esto ya lo pagamos... déjame que lo mire con la gestoría y te digo algo, ¿vale? Es que en octubre pagamos un montón de facturas de golpe.
Alberto

Enviado desde mi Android""",
    label=L("other", "Self-doubt 'I'd swear we paid this, let me check' - not a claim, no promise."))

# 4 self-doubt positive + receipt to follow -> paid
add(lang="es", o="lu", frm=("Nuria Gil", "administracion@gilasesores.es"), date="2026-12-14 09:25",
    step="reminder", inv="2026-053", amt="2.420,00 €", due="2026-12-05", sent="2026-12-11 09:00",
    cname="Gil Asesores", ckind="company", ua="outlook", pre="RE: ",
    body="""Buenos días, Lucía:

Estoy casi segura de que salió el viernes con la remesa de proveedores; en cuanto me pase Tesorería el justificante te lo reenvío.

Saludos,
Nuria Gil
Dpto. Administración – Gil Asesores""",
    label=L("paid", "'Almost sure it went out Friday with the supplier batch, receipt to follow' = paid."))

# 5 irony -> dispute
add(lang="es", o="car", frm=("Pablo Herrero", "pablo@herreroeditorial.es"), date="2026-11-24 20:47",
    step="reminder", inv="2026-114", amt="605,00 €", due="2026-11-15", sent="2026-11-24 09:00",
    cname="Pablo Herrero", ckind="person", ua="gmail",
    body="""Sí, claro, ahora mismo la pago 🙃

Justo después de que me expliques por qué me cobras tres rondas de revisión de una traducción que al final tuve que corregir yo mismo, frase por frase, un domingo entero.

Pablo""",
    label=L("dispute", "Irony ('ahora mismo la pago') + contests the billed revision rounds."))

# 6 double negative -> dispute
add(lang="es", o="lu", frm=("Begoña Etxeberria", "begona@etxeberriagastro.eus"), date="2026-12-02 11:15",
    step="reminder", inv="2026-055", amt="1.815,00 €", due="2026-11-25", sent="2026-12-01 09:00",
    cname="Etxeberria Gastro", ckind="company", ua="gmail", fmt="alt",
    body="""Kaixo Lucía:

No es que no queramos pagarte, eh, que ya nos conocemos. Pero el logo que viene en los archivos finales no es el que aprobamos en la reunión del 6 de noviembre (la versión B, con la tipografía más fina). Hasta que no tengamos los archivos buenos no puedo pasar la factura a pago.

Mila esker,
Begoña""",
    label=L("dispute", "Double negative 'no es que no queramos pagarte, pero...': wrong deliverable, won't pay until fixed."))

# 7 'entra en la remesa del 25' -> promise
add(lang="es", o="lu", frm=("Cuentas a Pagar – Grupo Levante", "cuentasapagar@grupolevante.es"), date="2027-01-12 12:03",
    step="reminder", inv="2026-057", amt="3.025,00 €", due="2026-12-31", sent="2027-01-11 09:00",
    cname="Grupo Levante, S.A.", ckind="company", ua="outlook", charset="iso-8859-1", codec="cp1252",
    body="""Buenos días:

Le informamos de que su factura 2026-057 está aprobada y entra en la remesa del 25.

Saludos cordiales,
Departamento de Cuentas a Pagar
Grupo Levante, S.A.""",
    label=L("promise", "Accounts payable: approved, in the payment batch of the 25th (12 Jan -> 25 Jan).",
            promised_date="2027-01-25", reference="2026-057"))

# 8 reported speech from the boss, pay when the town hall pays -> promise, no date
add(lang="es", o="car", frm=("Raquel Prieto", "raquel.prieto@eventosprieto.es"), date="2026-11-27 17:40",
    step="late_fee", inv="2026-116", amt="1.331,00 €", due="2026-09-30", sent="2026-11-27 09:00", deadline="2026-12-07",
    cname="Eventos Prieto", ckind="company", ua="gmail",
    body="""Hola Carmen.

Me dice mi jefe que hasta que no cobremos del Ayuntamiento no se paga a nadie, y que eso será "a primeros de mes". Yo te lo transmito tal cual, lo siento muchísimo, sé que llevas esperando desde septiembre.

Raquel""",
    label=L("promise", "Reported speech from the boss: paid when the town hall pays, 'a primeros de mes' (vague) - no date."))

# 9 reported from the gestor + receipt PDF -> paid
add(lang="es", o="lu", frm=("Diego Romero", "diegoromero.foto@gmail.com"), date="2026-12-17 16:20",
    step="reminder", inv="2026-058", amt="484,00 €", due="2026-12-10", sent="2026-12-16 09:00",
    cname="Diego Romero", ckind="person", ua="gmail",
    att=[("justificante_transferencia.pdf", "application/pdf", fake_pdf("Justificante transferencia 484,00 EUR"))],
    body="""Hola Lucía, mi gestor me confirma que la transferencia se hizo el martes desde la cuenta de la empresa; te adjunto el justificante que me ha mandado.

Un saludo y felices fiestas,
Diego""",
    label=L("paid", "Reported from the gestor: transfer made on Tuesday, receipt attached."))

# 10 future perfect -> promise Friday
add(lang="es", o="car", frm=("Irene Castillo", "irene@castillointeriores.es"), date="2026-11-23 10:05",
    step="due", inv="2026-118", amt="968,00 €", due="2026-11-20", sent="2026-11-23 08:30",
    cname="Irene Castillo", ckind="person", ua="iphone",
    body="""Para el viernes ya estará pagada, te lo prometo. Ya la he dejado programada en el banco, solo falta que la firme mi socio, que vuelve el jueves.

Enviado desde mi iPhone""",
    label=L("promise", "Future perfect 'para el viernes ya estará pagada' (Mon 23 Nov -> Fri 27 Nov).",
            promised_date="2026-11-27"))

# 11 past-future -> promise tomorrow
add(lang="es", o="lu", frm=("Sergio Molina", "sergio.molina@molinaabogados.es"), date="2026-12-02 19:20",
    step="reminder", inv="2026-059", amt="1.210,00 €", due="2026-11-25", sent="2026-12-01 09:00",
    cname="Molina Abogados", ckind="company", ua="outlook-mac", pre="Re: ",
    body="""Lucía, iba a hacerla hoy, de verdad, pero me ha saltado una alerta de seguridad del banco y me han bloqueado la banca online hasta que pase por la oficina. Mañana a primera hora voy y la hago desde allí.

Disculpa,
Sergio

Sergio Molina Ortiz
Molina Abogados
C/ Colón 18, 3.º – 46004 Valencia

""" + LOPD_ES,
    label=L("promise", "Past-future 'iba a hacerla hoy, pero...' + tomorrow morning (Wed 2 Dec -> 3 Dec).",
            promised_date="2026-12-03"))

# 12 conditional, alternatives, same backstop -> promise 26th
add(lang="es", o="car", frm=("Andrés Vega", "andres@vegaproducciones.tv"), date="2027-02-09 13:50",
    step="reminder", inv="2026-120", amt="2.178,00 €", due="2027-01-31", sent="2027-02-08 09:00",
    cname="Vega Producciones", ckind="company", ua="gmail",
    body="""Carmen, te cuento: si la cadena nos paga el capítulo esta semana, como nos han dicho, te hago la transferencia en cuanto entre; y si no, el 26 como muy tarde te la pago igualmente, adelantándolo de nuestra cuenta.

Así que, pase lo que pase, el 26 lo tienes.

Andrés""",
    label=L("promise", "Conditional plan with a firm backstop: at the latest the 26th (9 Feb -> 26 Feb).",
            promised_date="2027-02-26"))

# 13 two invoices: one paid, one refused -> dispute
add(lang="es", o="lu", frm=("Rocío Delgado", "rociodelgado.sevilla@hotmail.com"), date="2026-12-09 21:10",
    step="reminder", inv="2026-060", amt="550,00 €", due="2026-12-01", sent="2026-12-09 09:00",
    cname="Rocío Delgado", ckind="person", ua="web", q="outlook",
    body="""Hola Lucía.

La 2026-052 está pagada desde el día 4, mírala bien.

La 2026-060 no te la voy a pagar tal cual, hija: el reportaje de la comunión de mi sobrino no lo encargamos nosotros, lo encargó mi cuñada y se lo tienes que facturar a ella.

Un saludo,
Rocío""",
    label=L("dispute", "Two invoices: 2026-052 paid, 2026-060 refused (wrong customer). Dispute wins; two numbers, no "
            "single reference."))

# 14 two invoices: one paid yesterday, the other in the batch of the 15th -> promise
add(lang="es", o="car", frm=("Mercedes Aguilar", "contabilidad@imprentaserrano.es"), date="2026-12-09 09:12",
    step="reminder", inv="2026-119", amt="363,00 €", due="2026-11-30", sent="2026-12-08 09:00",
    cname="Imprenta Serrano", ckind="company", ua="outlook", pre="RE: ",
    body="""Buenos días, Carmen:

La 111 se pagó ayer. La 119 la meto en la remesa del día 15, que a la de esta semana ya no llego.

Saludos,
Mercedes
Contabilidad – Imprenta Serrano""",
    label=L("promise", "Two invoices: '111' paid, '119' in the batch of the 15th (9 Dec -> 15 Dec). Paid + promise = "
            "promise; two numbers, no single reference.", promised_date="2026-12-15"))

# 15 forwarded from treasury -> paid
add(lang="es", o="lu", frm=("Álvaro Medina", "amedina@medinagrupo.es"), date="2026-12-11 10:30",
    step="reminder", inv="2026-061", noreply=True, q="none", subj="Fwd: RE: Factura Lucía Martín", ua="gmail",
    body="""Te reenvío lo que me dice Tesorería 👇

Álvaro

---------- Forwarded message ---------
De: Mónica Ruiz <tesoreria@medinagrupo.es>
Date: vie, 11 dic 2026 a las 10:14
Subject: RE: Factura Lucía Martín
To: Álvaro Medina <amedina@medinagrupo.es>


Hola Álvaro, pagada hoy por transferencia, 1.331,00 €. Debería llegarle mañana o el lunes.
Saludos,
Mónica

Tesorería – Grupo Medina""",
    label=L("paid", "Forwarded treasury reply is the answer: paid today by transfer, 1,331.00 EUR.", amount="1331.00"))

# 16 forwarded colleague: don't pay yet, video incomplete -> dispute
add(lang="es", o="lu", frm=("Jorge Iglesias", "jiglesias@iglesiasmarketing.com"), date="2027-01-20 10:05",
    step="reminder", inv="2026-062", amt="2.904,00 €", due="2027-01-10", sent="2027-01-19 09:00",
    cname="Iglesias Marketing", ckind="company", ua="outlook", pre="RE: ",
    body="""Lucía, te reenvío lo que me dice mi compañera para que lo sepas de primera mano.

Jorge

De: Cristina Pardo <cpardo@iglesiasmarketing.com>
Enviado el: miércoles, 20 de enero de 2027 9:41
Para: Jorge Iglesias <jiglesias@iglesiasmarketing.com>
Asunto: RE: factura Lucía Martín vídeo

Jorge, esta no la pagues todavía. El vídeo tiene que pasar por Legal y además nos falta la versión subtitulada en inglés, que iba incluida en el presupuesto. Cuando esté todo, la pasamos a pago.

Cristina""",
    label=L("dispute", "Forwarded colleague instruction: don't pay, the deliverable is incomplete (subtitled version "
            "missing) = dispute, even with 'cuando esté todo, la pasamos a pago'."))

# 17 subject 'PAGADA' but body: not yet, Friday -> promise
add(lang="es", o="car", frm=("Administración Hotel Miramar", "administracion@hotelmiramar-sitges.es"),
    date="2026-12-01 16:44", step="reminder", inv="2026-121", amt="1.089,00 €", due="2026-11-25", sent="2026-12-01 09:00",
    cname="Hotel Miramar", ckind="company", ua="outlook", subj="RE: Factura 2026-121 PAGADA",
    body="""Disculpa, le he dado a responder sobre el correo equivocado y se ha quedado el asunto de otra factura.

La 121 todavía NO está pagada: la tramitamos el viernes.

Un saludo,
Anna
Administración – Hotel Miramar""",
    label=L("promise", "Subject says PAGADA, body: not paid yet, Friday (Tue 1 Dec -> Fri 4 Dec).",
            promised_date="2026-12-04", reference="2026-121"))

# 18 rhetorical + resend PDF -> other
add(lang="es", o="lu", frm=("Inés Rubio", "ines.rubio@rubiodecoracion.es"), date="2026-12-24 10:12",
    step="reminder", inv="2026-063", amt="605,00 €", due="2026-12-15", sent="2026-12-24 08:00",
    cname="Inés Rubio", ckind="person", ua="iphone",
    body="""¿De verdad me mandas un recordatorio el día de Nochebuena? 😅

En fin... ¿me puedes reenviar la factura en PDF? La que me mandaste no se abre en el móvil y el ordenador lo tengo en la oficina.

Feliz Navidad igualmente,
Inés

Enviado desde mi iPhone""",
    label=L("other", "Rhetorical question, then asks to resend the PDF. No payment info."))

# 19 ALL CAPS no accents -> paid
add(lang="es", o="lu", frm=("MANUEL PEÑA", "manuelpena.talleres@yahoo.es"), date="2026-11-18 08:05",
    step="reminder", inv="2026-064", amt="423,50 €", due="2026-11-10", sent="2026-11-17 09:00",
    cname="Talleres Peña", ckind="company", ua="web", q="none",
    body="""YA ESTA PAGADO DESDE EL LUNES, MIRA BIEN EL BANCO. UN SALUDO""",
    label=L("paid", "All caps, no accents: paid since Monday."))

# 20 Canarias, Bizum for the remainder -> paid
add(lang="es", o="car", frm=("Yurena Suárez", "yurenasuarez@gmail.com"), date="2026-12-19 10:05", tz="canary",
    step="reminder", inv="2026-122", amt="450,00 €", due="2026-12-10", sent="2026-12-18 09:00",
    cname="Yurena Suárez", ckind="person", ua="gmail-android",
    body="""Buenas mi niña! Anoche te hice un Bizum de 150 €, que era lo que faltaba de la factura, así que ya estamos en paz 😘
Cualquier cosa me dices.
Yurena""",
    label=L("paid", "Canary voice; Bizum of 'what was left' (150 EUR) sent last night, 'ya estamos en paz' = paid in "
            "full from her side (reminder shows 450; an earlier part-payment is implied).", amount="150.00"))

# 21 Mexico: quoted in MXN, invoiced in EUR -> dispute
add(lang="es", o="lu", frm=("Lic. Fernando Salgado Ríos", "fsalgado@gruposalgado.com.mx"), date="2027-01-11 11:20",
    tz="mexico", step="reminder", inv="2026-065", amt="4.200,00 €", due="2026-12-31", sent="2027-01-08 09:00",
    cname="Grupo Hotelero Salgado", ckind="company", ua="outlook", fmt="alt",
    body="""Estimada Lucía:

Con todo respeto, la cotización que nos enviaste en octubre fue en pesos mexicanos (MXN 78,000.00) y la factura viene en euros. Al tipo de cambio de hoy es casi un 10% más de lo acordado.

Te pedimos por favor que la reemitas en MXN conforme a la cotización aprobada para poder tramitar el pago.

Quedo atento. Saludos cordiales,

Lic. Fernando Salgado Ríos
Gerente de Administración y Finanzas
Grupo Hotelero Salgado – Guadalajara, Jal.""",
    label=L("dispute", "Mexican client: wrong currency/amount vs. the approved quote; wants a reissued invoice."))

# 22 Argentina: Wise or PayPal? -> other
add(lang="es", o="car", frm=("Martina Ferreyra", "martina.ferreyra@estudiomf.com.ar"), date="2026-12-03 16:30", tz="bsas",
    step="reminder", inv="2026-123", amt="800,00 €", due="2026-11-28", sent="2026-12-03 09:00",
    cname="Martina Ferreyra", ckind="person", ua="gmail",
    body="""Hola Carmen! ¿Cómo andás?

Te cuento que acá pagar al exterior es un quilombo bárbaro, por transferencia SWIFT el banco me cobra una fortuna de comisión. ¿Tenés cuenta en Wise o PayPal?

Besos,
Martina""",
    label=L("other", "Argentine voice; only asks which payment channel (Wise/PayPal). No promise or date."))

# 23 'antes del 28 imposible' -> promise 28
add(lang="es", o="lu", frm=("Eva Morales", "eva.morales@moralesdental.es"), date="2027-01-18 09:40",
    step="reminder", inv="2026-066", amt="968,00 €", due="2027-01-10", sent="2027-01-15 09:00",
    cname="Clínica Morales", ckind="company", ua="gmail",
    body="""Antes del 28 imposible, que es cuando cobramos nosotros. Lo siento.
Eva""",
    label=L("promise", "'Not before the 28th' = promise for the 28th (18 Jan -> 28 Jan).", promised_date="2027-01-28"))

# 24 'hoy no, el jueves' -> promise Thursday
add(lang="es", o="car", frm=("Rubén Cano", "ruben@canoarquitectos.es"), date="2026-12-15 12:15",
    step="late_fee", inv="2026-124", amt="1.694,00 €", due="2026-11-30", sent="2026-12-15 09:00", deadline="2026-12-22",
    cname="Cano Arquitectos", ckind="company", ua="iphone",
    body="""Hoy no puedo, estoy de viaje sin el token del banco. El jueves.

Enviado desde mi iPhone""",
    label=L("promise", "'Not today, Thursday' (Tue 15 Dec -> Thu 17 Dec).", promised_date="2026-12-17"))

# 25 partial payment + rest withheld -> dispute
add(lang="es", o="lu", frm=("Silvia Lorenzo", "slorenzo@lorenzocosmetica.es"), date="2026-11-30 13:30",
    step="reminder", inv="2026-067", amt="900,00 €", due="2026-11-20", sent="2026-11-27 09:00",
    cname="Lorenzo Cosmética", ckind="company", ua="gmail", fmt="alt",
    body="""Hola Lucía:

Te hemos transferido 600 €, que es lo que corresponde a las dos ilustraciones entregadas. La tercera sigue sin llegar, así que esos 300 € no los vamos a abonar hasta que la tengamos.

Un saludo,
Silvia Lorenzo
Marketing – Lorenzo Cosmética""",
    label=L("dispute", "Partial payment (600 EUR) + the rest withheld for undelivered work = dispute.", amount="600.00"))

# 26 thanks, passed to admin (in Cc) -> other
add(lang="es", o="car", frm=("Ramón Soler", "rsoler@solerconsultores.es"), date="2026-12-04 09:55",
    step="reminder", inv="2026-125", amt="726,00 €", due="2026-11-30", sent="2026-12-04 08:30",
    cname="Soler Consultores", ckind="company", ua="outlook", pre="RE: ",
    cc="Administración Soler <administracion@solerconsultores.es>",
    body="""Gracias, Carmen. Lo paso a administración (en copia) para que lo tramiten.

Saludos,
Ramón""",
    label=L("other", "Forwarded to accounts in Cc; no payment news or date."))

# 27 PO number needed -> other
add(lang="es", o="lu", frm=("Laura Pizarro – Cuentas a Pagar", "ap.spain@nordtech-iberia.com"), date="2026-12-01 15:02",
    step="reminder", inv="2026-068", amt="2.057,00 €", due="2026-11-25", sent="2026-12-01 09:00",
    cname="Nordtech Iberia, S.L.", ckind="company", ua="outlook", fmt="alt",
    body="""Estimada proveedora:

Para poder procesar su factura necesitamos que incluya el número de pedido (PO) de 10 dígitos que le facilitó el departamento solicitante. Las facturas sin PO se rechazan automáticamente en nuestro sistema.

Por favor, reenvíe la factura con el PO a facturas.es@nordtech.com.

Atentamente,
Laura Pizarro
Cuentas a Pagar – Nordtech Iberia, S.L.""",
    label=L("other", "AP needs a PO number and a resubmitted invoice: administrative request, not a dispute."))

# 28 HTML-only payment table from the client's admin (windows-1252) -> paid
add(lang="es", o="lu", frm=("Administración Clínica Dental Sonrisa", "administracion@clinicasonrisa.es"),
    date="2026-12-18 13:14", step="reminder", inv="2026-050", amt="1.210,00 €", due="2026-11-15", sent="2026-12-17 09:00",
    cname="Clínica Dental Sonrisa, S.L.", ckind="company", ua="outlook", fmt="html", charset="windows-1252",
    q="none", pre="RE: ",
    body="""Estimada Sra. Martín: les informamos que hemos realizado el pago de la factura 2026-050.""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Estimada Sra. Martín:</p>
<p>Les informamos que hemos realizado el pago de las siguientes facturas:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#DDEBF7"><th>Factura</th><th>Fecha factura</th><th>Importe</th><th>Fecha pago</th><th>Forma de pago</th></tr>
<tr><td>2026-050</td><td>15/10/2026</td><td align="right">1.210,00 €</td><td>18/12/2026</td><td>Transferencia</td></tr>
<tr><td colspan="2"><b>Total</b></td><td align="right"><b>1.210,00 €</b></td><td colspan="2"></td></tr>
</table>
<p>Disculpe el retraso. Atentamente,</p>
<p>Montse Ribas<br>Administración<br>Clínica Dental Sonrisa, S.L.<br>Avda. Diagonal 402 – 08037 Barcelona</p>
<p style="font-size:8pt;color:#888">""" + html.escape(LOPD_ES).replace("\n", " ") + """</p>
</body></html>
""",
    label=L("paid", "HTML-only reply with a payment table (cp1252): 2026-050 paid today by transfer.",
            amount="1210.00", reference="2026-050"))

# 29 already billed -> dispute
add(lang="es", o="car", frm=("Gonzalo Pastor", "gpastor@pastormaquinaria.es"), date="2026-12-11 18:25",
    step="reminder", inv="2026-126", amt="363,00 €", due="2026-12-01", sent="2026-12-11 09:00",
    cname="Pastor Maquinaria", ckind="company", ua="gmail",
    body="""Carmen, esta factura ya nos la cobraste en octubre (la 2026-104). Es el mismo concepto, la misma traducción del manual, palabra por palabra. No vamos a pagarla dos veces.

Gonzalo""",
    label=L("dispute", "Already billed: same work as an earlier invoice (2026-104, named as the earlier one; the "
            "disputed invoice itself is not named)."))

# 30 'a final de mes' -> promise 30 Nov
add(lang="es", o="lu", frm=("Lorena Ibáñez", "lorena@ibanezmoda.es"), date="2026-11-20 11:48",
    step="due", inv="2026-069", amt="665,50 €", due="2026-11-20", sent="2026-11-20 08:30",
    cname="Lorena Ibáñez", ckind="person", ua="gmail-android",
    body="""Lo pagamos a final de mes, como siempre, no te preocupes 😊
Un abrazo""",
    label=L("promise", "'A final de mes' = last day of the month (20 Nov -> 30 Nov).", promised_date="2026-11-30"))

# 31 'a primeros de mes' -> promise, no date
add(lang="es", o="car", frm=("Héctor Garrido", "hgarrido@garridofontaneria.es"), date="2026-12-21 20:02",
    step="reminder", inv="2026-127", amt="544,50 €", due="2026-12-12", sent="2026-12-21 09:00",
    cname="Héctor Garrido", ckind="person", ua="android", q="android",
    body="""Carmen te lo pago a primeros de mes, que ahora mismo estoy sin liquidez con la paga extra de los chavales. Perdona

Enviado desde mi smartphone Samsung Galaxy.""",
    label=L("promise", "'A primeros de mes' is vague: promise without a date."))

# 32 'creo que sí la pagamos' + question -> other
add(lang="es", o="lu", frm=("Patricia Méndez", "pmendez@mendezlogistica.es"), date="2027-01-26 10:10",
    step="reminder", inv="2026-070", amt="1.089,00 €", due="2026-12-31", sent="2027-01-25 09:00",
    cname="Méndez Logística", ckind="company", ua="outlook", pre="RE: ",
    body="""Hola Lucía:

Creo que sí la pagamos, pero no la veo en el extracto de diciembre. ¿Me confirmas el importe exacto, con el IRPF ya descontado, para buscarla mejor?

Gracias,
Patricia""",
    label=L("other", "'I think we paid it, but I can't see it' + question: self-doubt, not a payment claim."))

# 33 correction: 'sí que está pagada' -> paid
add(lang="es", o="car", frm=("Fernando Ruiz", "fruiz@ruizclimatizacion.es"), date="2026-12-09 17:22",
    step="reminder", inv="2026-128", amt="1.452,00 €", due="2026-11-30", sent="2026-12-09 09:00",
    cname="Ruiz Climatización", ckind="company", ua="gmail",
    body="""Carmen, corrijo lo que te dije esta mañana: sí que está pagada. Me había confundido de proveedor (tenemos otra Carmen, la de la limpieza 🙈). Salió el 2 de diciembre; te paso el justificante en cuanto me lo den.

Fernando""",
    label=L("paid", "Correction of a 'not paid' mail this morning: it WAS paid on 2 December."))

# 34 long chatty; one paragraph contests the price -> dispute
add(lang="es", o="lu", frm=("Cristina Llorente", "cristina@llorentejoyeria.com"), date="2027-02-03 22:35",
    step="reminder", inv="2026-071", amt="1.800,00 €", due="2027-01-25", sent="2027-02-02 09:00",
    cname="Cristina Llorente", ckind="person", ua="gmail", fmt="alt",
    body="""¡Hola Lucía!

Perdona que no te haya contestado antes, he estado toda la semana en Valencia con la feria de joyería y acabo de llegar a casa. Fue muy bien, por cierto: las fotos del catálogo gustaron muchísimo y dos tiendas de Bilbao me preguntaron quién las había hecho, así que igual te llaman.

Estoy pensando en la campaña de Día de la Madre y me encantaría volver a trabajar contigo, con algo más de exterior esta vez, quizá en el Retiro si el tiempo acompaña. Ya te contaré.

Lo de la factura: sinceramente, 1.800 € por una mañana de fotos me parece desproporcionado y no era lo que hablamos en el café. Te propongo 1.200 y lo cerramos esta misma semana.

Y a ver si quedamos a comer un día, que te debo una desde el verano.

Un beso enorme,
Cristina""",
    label=L("dispute", "Chatty mail; the invoice paragraph contests the price and offers 1,200 instead of 1,800.",
            amount="1200.00"))

# 35 'en cuanto me paguen a mí' -> promise, no date
add(lang="es", o="car", frm=("Toni Ferrer", "toni@ferrerstudio.es"), date="2027-01-05 12:50",
    step="late_fee", inv="2026-129", amt="968,00 €", due="2026-11-30", sent="2027-01-05 09:00", deadline="2027-01-15",
    cname="Toni Ferrer", ckind="person", ua="apple",
    body="""Carmen, en cuanto me paguen a mí, te pago a ti. Es lo que hay, estoy igual que tú esperando a tres clientes.

Toni""",
    label=L("promise", "'As soon as they pay me, I pay you' = promise without a date."))

# 36 wants a phone call -> other
add(lang="es", o="lu", frm=("Amparo Soriano", "amparo.soriano@sorianoinmobiliaria.es"), date="2027-02-08 17:30",
    step="reminder", inv="2026-072", amt="1.331,00 €", due="2027-01-31", sent="2027-02-08 09:00",
    cname="Soriano Inmobiliaria", ckind="company", ua="gmail",
    body="""Hola Lucía, ¿podemos hablar por teléfono mañana por la mañana? Prefiero comentarte lo de la factura en persona, y de paso lo del proyecto de marzo.

Amparo""",
    label=L("other", "Asks for a phone call; no claim, no promise."))

# 37 'ya está 👍' -> paid
add(lang="es", o="lu", frm=("Dani Ortiz", "daniortiz.dj@gmail.com"), date="2027-02-11 21:03",
    step="reminder", inv="2026-073", amt="363,00 €", due="2027-02-01", sent="2027-02-11 09:00",
    cname="Dani Ortiz", ckind="person", ua="gmail-android",
    body="""ya está 👍""",
    label=L("paid", "'ya está' as a reply to a payment reminder = done, paid."))

# 38 Friday night: 'el lunes' -> promise Monday
add(lang="es", o="car", frm=("Óscar Benítez", "obenitez@benitezdistribuciones.es"), date="2027-02-05 21:30",
    step="reminder", inv="2026-130", amt="2.541,00 €", due="2027-01-31", sent="2027-02-05 09:00",
    cname="Benítez Distribuciones", ckind="company", ua="iphone",
    body="""Hoy ya no me da tiempo y el banco no saca transferencias el fin de semana. El lunes a primera hora la tienes ordenada.

Óscar

Enviado desde mi iPhone""",
    label=L("promise", "Friday night: 'el lunes a primera hora' (Fri 5 Feb -> Mon 8 Feb).", promised_date="2027-02-08"))

# 39 'not our invoice' -> dispute
add(lang="es", o="lu", frm=("Elena Alba", "elena@albaarquitectura.es"), date="2026-12-15 10:40",
    step="reminder", inv="2026-074", amt="2.662,00 €", due="2026-12-05", sent="2026-12-14 09:00",
    cname="Estudio de Arquitectura Alba", ckind="company", ua="outlook", pre="RE: ",
    body="""Buenos días:

Creemos que se ha equivocado de cliente. Nosotros no le hemos encargado ningún trabajo este año; la última colaboración fue en 2024. ¿Puede ser para Estudio Albar, que está en el mismo edificio?

En cualquier caso, esta factura no nos corresponde y no vamos a tramitarla.

Saludos,
Elena Alba""",
    label=L("dispute", "Denies owing: 'this invoice isn't ours, we won't process it' (the rhetorical question is a hint, "
            "the refusal is explicit)."))

# 40 'what invoice?' -> other
add(lang="es", o="car", frm=("Jaime Moreno", "jaime.moreno@morenoyasociados.es"), date="2027-01-21 09:02",
    step="reminder", inv="2026-131", amt="605,00 €", due="2027-01-12", sent="2027-01-20 09:00",
    cname="Moreno y Asociados", ckind="company", ua="gmail",
    body="""¿Qué factura es esta? No me consta ninguna pendiente contigo. ¿Me la reenvías, que no la encuentro?

Jaime""",
    label=L("other", "'Which invoice? please resend' - a question, no refusal and no payment claim."))

# 41 pasted bank receipt, Outlook iso-8859-1 -> paid
add(lang="es", o="lu", frm=("Marisa Campos", "marisa@camposinteriorismo.es"), date="2026-11-26 12:48",
    step="reminder", inv="2026-044", amt="907,50 €", due="2026-11-15", sent="2026-11-25 09:00",
    cname="Campos Interiorismo, S.L.", ckind="company", ua="outlook", charset="iso-8859-1", codec="cp1252",
    pre="RE: ",
    body="""Hola Lucía, te copio el justificante que me da el banco.
Saludos
Marisa

Orden de transferencia SEPA – Justificante
Fecha de ejecución: 26/11/2026
Ordenante: CAMPOS INTERIORISMO SL
Beneficiario: LUCIA MARTIN GARCIA
IBAN beneficiario: ES91 2100 0418 4502 0005 1332
Importe: 907,50 EUR
Concepto: Factura 2026-044
Referencia: 2026112600045871""",
    label=L("paid", "Pasted bank receipt with 'te copio el justificante' = paid; amount and reference from the receipt "
            "she sends.", amount="907.50", reference="2026-044"))

# 42 formal refusal with LOPD footer -> dispute
add(lang="es", o="car", frm=("Dpto. Jurídico – Construcciones Hermanos Ruiz", "juridico@hnosruiz.es"),
    date="2027-01-28 13:15", step="final", inv="2026-113", amt="3.388,00 €", due="2026-11-30", sent="2027-01-25 09:00",
    deadline="2027-02-08", cname="Construcciones Hermanos Ruiz, S.L.", ckind="company", ua="outlook", fmt="alt",
    charset="iso-8859-1", codec="cp1252",
    body="""Muy Sres. nuestros:

Por medio del presente les comunicamos que no procede el abono de la factura n.º 2026-113, por incumplimiento de los plazos de entrega pactados en la cláusula quinta del contrato de 12 de septiembre de 2026. Las traducciones se entregaron con 23 días de retraso, lo que nos obligó a aplazar la presentación de la licitación.

Quedamos a su disposición para cualquier aclaración.

Atentamente,
Departamento Jurídico
Construcciones Hermanos Ruiz, S.L.

""" + LOPD_ES,
    label=L("dispute", "Formal refusal of the final notice (late delivery), legal footer.", reference="2026-113"))

# 43 two instalments -> promise 15 Dec
add(lang="es", o="lu", frm=("Susana Herrera", "susanaherrera.yoga@gmail.com"), date="2026-12-03 19:15",
    step="reminder", inv="2026-075", amt="1.100,00 €", due="2026-11-28", sent="2026-12-03 09:00",
    cname="Susana Herrera", ckind="person", ua="gmail",
    body="""Hola Lucía, ¿te parece bien si lo dividimos en dos pagos? 500 € el día 15 y el resto el 15 de enero. Es que diciembre viene fatal con el alquiler del local.

Gracias por la paciencia,
Susana""",
    label=L("promise", "Instalment proposal: 500 EUR on the 15th (3 Dec -> 15 Dec), rest on 15 January.",
            promised_date="2026-12-15", amount="500.00"))

# 44 received + new work -> other
add(lang="es", o="car", frm=("Carlos Fuentes", "cfuentes@fuentesbodegas.es"), date="2026-11-10 10:22",
    step="courtesy", inv="2026-115", amt="1.573,00 €", due="2026-11-16", sent="2026-11-10 09:00",
    cname="Bodegas Fuentes", ckind="company", ua="outlook", pre="RE: ",
    body="""Recibido, gracias Carmen.

Por cierto, ¿tendrías hueco en febrero para traducir la campaña de primavera? Son unas 8.000 palabras, inglés y alemán.

Un saludo,
Carlos Fuentes
Bodegas Fuentes – Ribera del Duero""",
    label=L("other", "Acknowledges the courtesy reminder and asks about new work."))

# 45 subject 'pendiente', body 'ya no está pendiente' -> paid
add(lang="es", o="lu", frm=("Noelia Guerrero", "noelia@guerreroeventos.es"), date="2027-01-04 11:05",
    step="reminder", inv="2026-076", amt="847,00 €", due="2026-12-20", sent="2027-01-04 09:00",
    cname="Noelia Guerrero", ckind="person", ua="gmail", subj="Re: Factura 2026-076 pendiente de pago",
    body="""Ya no está pendiente 😉 transferida esta mañana.

¡Feliz año!
Noelia""",
    label=L("paid", "Subject says 'pendiente', body: 'not pending any more, transferred this morning'."))

# 46 which IBAN? -> other
add(lang="es", o="car", frm=("Agustín Reyes", "agustin.reyes@reyesimport.es"), date="2026-11-19 12:36",
    step="reminder", inv="2026-117", amt="1.210,00 €", due="2026-11-10", sent="2026-11-19 09:00",
    cname="Reyes Import", ckind="company", ua="tb",
    body="""Antes de pagar: en la factura pone una cuenta de ING y en este recordatorio sale otra del Sabadell. ¿Cuál es la buena? No quiero mandarlo a la que no es.

Agustín""",
    label=L("other", "Question about which IBAN is right before paying; no date, no claim."))

# 47 Canary client: charged VAT, wants rectifying invoice -> dispute
add(lang="es", o="lu", frm=("Ayoze Hernández", "ayoze@hernandezsurf.com"), date="2026-12-10 09:15", tz="canary",
    step="reminder", inv="2026-077", amt="605,00 €", due="2026-12-01", sent="2026-12-09 09:00",
    cname="Hernández Surf School", ckind="company", ua="gmail",
    body="""Hola Lucía, buenas.

Nos has facturado con IVA del 21% y nosotros estamos en Tenerife: los servicios a empresas de aquí no llevan IVA peninsular. Así la factura no nos la acepta la gestoría; necesitamos una rectificativa sin IVA.

Saludos,
Ayoze""",
    label=L("dispute", "Wrong amount (VAT not applicable in the Canaries): wants a rectifying invoice before paying."))

# 48 'procesado en la remesa de ayer' -> paid
add(lang="es", o="car", frm=("Dpto. Administración – Transportes Ebro", "administracion@transportesebro.es"),
    date="2026-12-22 09:48", step="reminder", inv="2026-110", amt="2.299,00 €", due="2026-12-15", sent="2026-12-21 09:00",
    cname="Transportes Ebro, S.A.", ckind="company", ua="outlook", pre="RE: ", q="outlook-legacy",
    body="""Procesado en la remesa de ayer. Un saludo.

Dpto. Administración
Transportes Ebro, S.A.""",
    label=L("paid", "'Processed in yesterday's batch' without a payment verb = paid."))

# 49 'la semana que viene sin falta' -> promise, no date
add(lang="es", o="lu", frm=("Iván Serrano", "ivan.serrano@serranofitness.es"), date="2027-02-17 14:20",
    step="reminder", inv="2026-078", amt="726,00 €", due="2027-02-10", sent="2027-02-17 09:00",
    cname="Iván Serrano", ckind="person", ua="gmail-android",
    body="""Esta semana imposible, la que viene sin falta.""",
    label=L("promise", "'Next week without fail' is vague: promise without a date."))

# 50 bank returned the transfer, asks to confirm IBAN -> other
add(lang="es", o="car", frm=("Pilar Cabrera", "pilar.cabrera@cabreraopticos.es"), date="2027-01-22 11:30",
    step="reminder", inv="2026-132", amt="968,00 €", due="2027-01-15", sent="2027-01-21 09:00",
    cname="Cabrera Ópticos", ckind="company", ua="gmail",
    body="""Carmen, el banco me ha devuelto la transferencia diciendo que el IBAN no es correcto (me pone "cuenta inexistente"). ¿Me lo confirmas? Lo copié de la factura.

Pilar""",
    label=L("other", "The transfer bounced back: NOT paid; only a question about the IBAN."))

# ==================================================================================================
# ENGLISH
# ==================================================================================================

# 1 correction: 'ignore my last email, it has NOT gone out' -> promise Monday
add(lang="en", o="tom", frm=("Dave Kelly", "dave.kelly@kellyfoods.ie"), date="2026-12-09 15:20",
    step="reminder", inv="INV-2026-101", amt="€2,950.00", due="2026-11-30", sent="2026-12-08 09:00",
    cname="Kelly Foods Ltd", ckind="company", ua="outlook", fmt="alt",
    body="""Tom,

Ignore my last email – it has NOT gone out yet. I was looking at the wrong line in the payment run, sorry. Finance have it flagged for a second approval because it's over the €2,500 threshold.

It'll go Monday, I'll chase it myself.

Apologies for the confusion.
Dave

Dave Kelly | Operations Manager
Kelly Foods Ltd | Unit 4, Little Island Business Park, Cork""",
    label=L("promise", "Correction of an earlier 'paid': NOT gone out, will go Monday (Wed 9 Dec -> Mon 14 Dec).",
            promised_date="2026-12-14"))

# 2 question containing the answer -> paid
add(lang="en", o="han", frm=("Sarah Whitfield", "sarah@whitfieldbakes.co.uk"), date="2026-12-11 08:52",
    step="late_fee", inv="HO-044", amt="£1,080.00", due="2026-11-20", sent="2026-12-10 09:00", deadline="2026-12-18",
    cname="Sarah Whitfield", ckind="person", ua="gmail",
    body="""Hi Hannah,

Did you not get the transfer I made on the 3rd? It's showing as completed on our side, reference HO-044. Let me know and I'll get onto the bank.

Sarah""",
    label=L("paid", "'Did you not get the transfer I made on the 3rd?' - a question that states the payment.",
            reference="HO-044"))

# 3 self-doubt -> other
add(lang="en", o="tom", frm=("Mike Donnelly", "mike@donnellyjoinery.ie"), date="2026-11-16 12:40",
    step="reminder", inv="INV-2026-104", amt="€1,476.00", due="2026-11-06", sent="2026-11-16 09:00",
    cname="Mike Donnelly", ckind="person", ua="iphone",
    body="""I think we paid? Let me check with Jen in accounts and come back to you.
Mike

Sent from my iPhone""",
    label=L("other", "'I think we paid? let me check' = self-doubt, no claim."))

# 4 self-doubt positive -> paid
add(lang="en", o="han", frm=("Gemma Clarke", "gemma.clarke@northlightpr.co.uk"), date="2026-12-15 10:18",
    step="reminder", inv="HO-045", amt="£2,400.00", due="2026-12-04", sent="2026-12-14 09:00",
    cname="Northlight PR", ckind="company", ua="gmail",
    body="""Hi Hannah,

Pretty sure it went out Friday with the rest of the batch – I'll dig out the remittance and send it over.

Gemma""",
    label=L("paid", "'Pretty sure it went out Friday, will send the remittance' = paid."))

# 5 irony -> dispute
add(lang="en", o="tom", frm=("Brad Nolan", "brad@nolanoutdoor.com"), date="2026-11-27 16:02", tz="ny",
    step="reminder", inv="INV-2026-106", amt="$4,800.00", due="2026-11-20", sent="2026-11-27 09:00",
    cname="Nolan Outdoor Co.", ckind="company", ua="gmail",
    body="""Oh sure, I'll pay right away 🙄 — right after you fix the checkout that's been throwing a 500 error since launch day.

We've lost a week of Black Friday sales. Not paying a cent until it's fixed.

Brad""",
    label=L("dispute", "Irony ('I'll pay right away' + eye-roll) and refusal until the checkout is fixed."))

# 6 double negative, will pay the estimate only -> dispute
add(lang="en", o="han", frm=("Rachel Moss", "rachel.moss@mossandco.co.uk"), date="2026-12-03 14:26",
    step="reminder", inv="HO-046", amt="£2,000.00", due="2026-11-27", sent="2026-12-02 09:00",
    cname="Moss & Co", ckind="company", ua="outlook", pre="RE: ",
    body="""Hi Hannah,

It's not that we don't want to pay – we just can't sign off an invoice for 40 hours when the estimate you gave us was 25 and nobody told us it was running over.

We're happy to pay for the 25 hours as quoted (£1,250). If you can reissue it for that, it'll go straight through.

Rachel

Rachel Moss | Finance Director | Moss & Co
""" + DISCLAIMER_EN,
    label=L("dispute", "Double negative; contests the hours, accepts £1,250 and wants a reissued invoice.",
            amount="1250.00", currency="GBP"))

# 7 'next week's payment run' -> promise, no date
add(lang="en", o="tom", frm=("Aoife Brennan", "ap@harbourlogistics.ie"), date="2027-01-13 11:09",
    step="reminder", inv="INV-2026-108", amt="€3,690.00", due="2026-12-31", sent="2027-01-12 09:00",
    cname="Harbour Logistics Ltd", ckind="company", ua="outlook", pre="RE: ",
    body="""Hi Tom,

This has been approved and will go out with next week's payment run.

Kind regards,
Aoife
Accounts Payable | Harbour Logistics Ltd""",
    label=L("promise", "'Will go out with next week's payment run' - promise, vague week, no date."))

# 8 'can't before the 28th' -> promise 28
add(lang="en", o="tom", frm=("Liam Walsh", "liam@walshbrewing.ie"), date="2027-01-19 17:55",
    step="reminder", inv="INV-2026-109", amt="€1,230.00", due="2027-01-10", sent="2027-01-19 09:00",
    cname="Walsh Brewing Co.", ckind="company", ua="gmail-android",
    body="""We can't before the 28th, that's when our month-end run goes. You'll have it that day.
Liam""",
    label=L("promise", "'We can't before the 28th' = promise for the 28th (19 Jan -> 28 Jan).",
            promised_date="2027-01-28"))

# 9 reported speech: accountant will release by end of month -> promise 28 Feb
add(lang="en", o="han", frm=("Priya Shah", "priya@priyashahyoga.com"), date="2027-02-03 09:30",
    step="reminder", inv="HO-047", amt="£640.00", due="2027-01-25", sent="2027-02-02 09:00",
    cname="Priya Shah", ckind="person", ua="iphone",
    body="""Hi Hannah, spoke to my accountant this morning – she says she'll release it by the end of the month once my VAT return is in. Sorry it's taking so long!

P x

Sent from my iPhone""",
    label=L("promise", "Reported speech from the accountant: released by the end of the month (3 Feb -> 28 Feb).",
            promised_date="2027-02-28"))

# 10 reported speech from the bank: wire left yesterday -> paid
add(lang="en", o="tom", frm=("Greg Patterson", "gpatterson@pattersonfurniture.ca"), date="2026-12-17 10:12", tz="toronto",
    step="late_fee", inv="INV-2026-110", amt="$3,200.00", due="2026-11-30", sent="2026-12-16 09:00", deadline="2026-12-24",
    cname="Patterson Furniture Inc.", ckind="company", ua="outlook",
    body="""Tom –

The bank tells me the payment left our account yesterday, but as it's an international wire it may take 3-5 business days to land. Our reference is FT26350GP0042.

Greg""",
    label=L("paid", "Reported speech from the bank: the wire left yesterday, in transit = paid."))

# 11 future perfect -> promise Friday
add(lang="en", o="han", frm=("Jess Harper", "jess@harperflorals.co.uk"), date="2027-01-26 13:40",
    step="reminder", inv="HO-048", amt="£890.00", due="2027-01-15", sent="2027-01-25 09:00",
    cname="Harper Florals", ckind="company", ua="gmail",
    body="""By Friday it will have been paid – I've scheduled it in the banking app and it just needs the second approver, who's back on Thursday.

Jess""",
    label=L("promise", "Future perfect 'by Friday it will have been paid' (Tue 26 Jan -> Fri 29 Jan).",
            promised_date="2027-01-29"))

# 12 past-future + alternatives -> promise Thursday at the latest
add(lang="en", o="tom", frm=("Ciaran Murphy", "ciaran@murphyarchitects.ie"), date="2027-02-08 16:45",
    step="late_fee", inv="INV-2026-111", amt="€2,214.00", due="2027-01-15", sent="2027-02-08 09:00", deadline="2027-02-15",
    cname="Murphy Architects", ckind="company", ua="apple",
    body="""Tom,

I was going to pay it today but our bank token died this morning. If the replacement arrives tomorrow I'll pay tomorrow, otherwise Thursday at the latest.

Ciaran""",
    label=L("promise", "Past-future + alternatives: tomorrow if possible, otherwise 'Thursday at the latest' "
            "(Mon 8 Feb -> Thu 11 Feb).", promised_date="2027-02-11"))

# 13 two invoices: one paid, the other when the client signs off -> promise (no date)
add(lang="en", o="tom", frm=("Emma O'Neill", "emma@oneillcreative.ie"), date="2026-12-16 11:30",
    step="reminder", inv="INV-2026-118", amt="€1,845.00", due="2026-12-10", sent="2026-12-15 09:00",
    cname="O'Neill Creative", ckind="company", ua="gmail",
    body="""Hi Tom,

INV-2026-112 was paid on Monday. INV-2026-118 I'll pay once our client signs off the campaign – hopefully before Christmas, but I can't promise.

Emma""",
    label=L("promise", "Two invoices: 112 paid, 118 when their client signs off (no date). Paid + promise = promise; "
            "two numbers, no single reference."))

# 14 forwarded AP reply: paid in the BACS run -> paid
add(lang="en", o="han", frm=("Dave Robinson", "dave@robinsonprint.co.uk"), date="2026-12-07 10:20",
    step="reminder", inv="HO-049", noreply=True, q="none", subj="Fwd: RE: Hannah Okafor HO-049", ua="gmail",
    body="""See below – looks like the remittance went to the wrong address. Sorry!
Dave

---------- Forwarded message ---------
From: Accounts Payable <ap@robinsonprint.co.uk>
Date: Mon, 7 Dec 2026 at 10:02
Subject: RE: Hannah Okafor HO-049
To: Dave Robinson <dave@robinsonprint.co.uk>


Hi Dave,

Yes, that was paid in the 4 December BACS run, £2,160.00. The remittance advice went to info@okafor.studio as per the supplier record – might be worth updating.

Thanks,
Kirsty""",
    label=L("paid", "Forwarded AP reply is the answer: paid in the 4 December BACS run.",
            amount="2160.00", currency="GBP", reference="HO-049"))

# 15 forwarded boss instruction: hold payments -> dispute
add(lang="en", o="tom", frm=("Sophie Grant", "sophie.grant@grantandlowe.ie"), date="2027-01-21 09:10",
    step="reminder", inv="INV-2026-113", amt="€3,400.00", due="2027-01-10", sent="2027-01-20 09:00",
    cname="Grant & Lowe", ckind="company", ua="outlook", pre="RE: ",
    body="""FYI – see Mark's note below. Sorry Tom, it's out of my hands.

Sophie

From: Mark Ellison <mark.ellison@grantandlowe.ie>
Sent: 20 January 2027 18:47
To: Sophie Grant <sophie.grant@grantandlowe.ie>
Subject: RE: Byrne Design invoice

Hold all payments to Byrne Design until we get the editable source files. We are not paying for a logo we can't use.
M.""",
    label=L("dispute", "Forwarded internal instruction from the boss: hold payment until the source files are delivered."))

# 16 subject 'Payment confirmation', body the opposite -> dispute
add(lang="en", o="han", frm=("Nadia Petrova", "nadia.petrova@lumenlanguages.com"), date="2027-01-08 15:32",
    step="reminder", inv="HO-050", amt="£1,760.00", q="none", subj="RE: Payment confirmation - HO-050", ua="outlook",
    body="""Sorry Hannah, this is going to be the opposite of a payment confirmation.

We're not paying HO-050 until the layout errors on pages 4–7 of the brochure are fixed – the captions are still swapped and the price table is the old one. Once that's sorted it'll go through.

Nadia Petrova
Localisation Manager, Lumen Languages""",
    label=L("dispute", "Subject says 'Payment confirmation'; body refuses to pay until errors are fixed.",
            reference="HO-050"))

# 17 rhetorical + reissue with new address -> other
add(lang="en", o="tom", frm=("Colm Fitzgerald", "colm@fitzgeraldmotors.ie"), date="2026-12-18 11:55",
    step="reminder", inv="INV-2026-114", amt="€980.00", due="2026-12-08", sent="2026-12-18 09:00",
    cname="Fitzgerald Motors", ckind="company", ua="gmail",
    body="""Do you really think chasing me three times in a fortnight is the way to keep clients, Tom?

Anyway. Can you re-send it with our new address on it? We moved to Sandyford in October and accounts won't process it with the old one.

Colm""",
    label=L("other", "Annoyed rhetorical question, then a reissue request (new address). No dispute of the amount."))

# 18 ALL CAPS -> paid
add(lang="en", o="tom", frm=("Gary Doyle", "gary@doylemotors.ie"), date="2026-11-20 08:14",
    step="due", inv="INV-2026-115", amt="€615.00", due="2026-11-18", sent="2026-11-20 07:30",
    cname="Doyle Motors", ckind="company", ua="web", q="none",
    body="""PAID. CHECK YOUR ACCOUNT.

Gary Doyle
Doyle Motors""",
    label=L("paid", "All caps one-liner."))

# 19 Wise, USD -> paid
add(lang="en", o="tom", frm=("Kayla Brooks", "kayla@brooksandbloom.com"), date="2026-12-02 16:40", tz="la",
    step="reminder", inv="INV-2026-116", amt="$3,400.00", due="2026-11-25", sent="2026-12-02 09:00",
    cname="Kayla Brooks", ckind="person", ua="iphone",
    body="""Hey Tom! Sent via Wise this morning — $3,400. Should hit your account tomorrow. Thanks for being so patient with us 🙏

K

Sent from my iPhone""",
    label=L("paid", "US client: sent via Wise this morning.", amount="3400.00", currency="USD"))

# 20 partial payment + dispute of the rest -> dispute
add(lang="en", o="han", frm=("Oliver Hughes", "oliver@hughesdistillery.co.uk"), date="2026-11-30 17:05",
    step="reminder", inv="HO-051", amt="£1,500.00", due="2026-11-20", sent="2026-11-30 09:00",
    cname="Hughes Distillery Ltd", ckind="company", ua="outlook", fmt="alt",
    body="""Hi Hannah,

We've paid £900 of the £1,500 today. The remaining £600 is for the second round of amends which, per your own email of 14 October, was included in the fee.

Happy to discuss, but we won't be paying that part.

Oliver""",
    label=L("dispute", "Partial payment of £900 + the remaining £600 contested = dispute.",
            amount="900.00", currency="GBP"))

# 21 PO needed -> other
add(lang="en", o="han", frm=("Harpreet Gill", "ap@vantagesystems.co.uk"), date="2026-12-08 10:44",
    step="reminder", inv="HO-052", amt="£3,120.00", due="2026-11-30", sent="2026-12-07 09:00",
    cname="Vantage Systems UK Ltd", ckind="company", ua="outlook", pre="RE: ",
    body="""Hello,

Our AP system rejected your invoice because it doesn't quote a purchase order number. The PO is 4500129931 – could you please reissue the invoice with the PO on it and send it to invoices@vantagesystems.co.uk?

Many thanks,
Harpreet
Accounts Payable | Vantage Systems UK Ltd""",
    label=L("other", "PO number missing; reissue request. Administrative, not a dispute."))

# 22 'which one? I thought they were all settled' -> other
add(lang="en", o="han", frm=("Nicola Price", "nicola@pricehomes.co.uk"), date="2027-01-07 12:00",
    step="reminder", inv="HO-053", amt="£720.00", due="2026-12-20", sent="2027-01-06 09:00",
    cname="Price Homes", ckind="company", ua="gmail",
    body="""Hi Hannah – which one is this? I have three from you this quarter and I thought they'd all been settled before Christmas. Could you send me a statement so I can reconcile?

Thanks,
Nicola""",
    label=L("other", "'Which one? I thought they were all settled' + statement request: self-doubt question."))

# 23 long chatty: 'gone to Priya in finance' -> other
add(lang="en", o="han", frm=("Fiona MacLeod", "fiona@macleodtweed.co.uk"), date="2026-11-20 21:15",
    step="courtesy", inv="HO-054", amt="£1,350.00", due="2026-11-27", sent="2026-11-20 09:00",
    cname="MacLeod Tweed", ckind="company", ua="gmail", fmt="alt",
    body="""Hannah!

Lovely to hear from you, even if it's the robot version 😄

The launch on Thursday was brilliant – we had nearly 200 people through the door, the mill was freezing but nobody seemed to mind, and your window graphics got more photos than the actual tweed. My mum has already asked for one of the prints for her kitchen.

We're off skiing with the kids over New Year (first time for Callum, pray for me) but in the spring I'd love to do something for the 150th anniversary – a small book maybe, or a film? Let's have a proper chat in January.

The invoice has gone to Priya in finance so it's in the system.

Have a lovely weekend,
Fiona x""",
    label=L("other", "Chatty; the only invoice line says it's been passed to finance. No payment, no promise."))

# 24 'doing it today' -> promise today
add(lang="en", o="tom", frm=("Ben Carter", "ben@carterandsons.ie"), date="2026-12-10 09:05",
    step="reminder", inv="INV-2026-117", amt="€1,107.00", due="2026-11-30", sent="2026-12-09 09:00",
    cname="Carter & Sons", ckind="company", ua="gmail-android",
    body="""Doing it today, promise. Sorry Tom, it's been a mad week.
Ben""",
    label=L("promise", "'Doing it today' = promise for the same day.", promised_date="2026-12-10"))

# 25 Sydney: 'tomorrow' in the sender's time zone -> promise
add(lang="en", o="tom", frm=("Josh Taylor", "josh@taylorsurfco.com.au"), date="2027-01-14 08:10", tz="sydney",
    step="reminder", inv="INV-2026-119", amt="€1,900.00", due="2026-12-31", sent="2027-01-13 09:00",
    cname="Taylor Surf Co", ckind="company", ua="gmail",
    body="""G'day Tom,

Sorry mate, completely slipped through the cracks over the break. I'll pay it tomorrow when I'm back in the office – the bank app won't let me do international transfers from my phone.

Cheers,
Josh""",
    label=L("promise", "Australian sender, Date is Thu 14 Jan 08:10 +1100 (still 13 Jan in Dublin): 'tomorrow' in the "
            "sender's zone = 15 Jan.", promised_date="2027-01-15"))

# 26 duplicate of an earlier invoice -> dispute
add(lang="en", o="tom", frm=("Hazel Quinn", "accounts@greenwayfoods.ie"), date="2026-12-01 14:10",
    step="reminder", inv="INV-2026-120", amt="€1,845.00", due="2026-11-25", sent="2026-12-01 09:00",
    cname="Greenway Foods", ckind="company", ua="outlook", pre="RE: ",
    body="""Hi Tom,

This looks like a duplicate of INV-2026-097, which we paid on 12 November – same PO, same description, same amount. Can you check and send a credit note if so?

Regards,
Hazel
Accounts | Greenway Foods""",
    label=L("dispute", "Already billed: duplicate of an earlier, paid invoice; asks for a credit note. Only the earlier "
            "invoice is named, so no reference."))

# 27 British understatement -> dispute
add(lang="en", o="han", frm=("Charlotte Ainsworth", "c.ainsworth@ainsworthcapital.co.uk"), date="2027-01-15 16:50",
    step="reminder", inv="HO-055", amt="£3,200.00", due="2027-01-08", sent="2027-01-14 09:00",
    cname="Ainsworth Capital", ckind="company", ua="outlook", fmt="alt",
    body="""Dear Hannah,

Thank you for the reminder.

I'm afraid we're not entirely happy with the final cut of the film – the interview with our CEO still has the audio issue we flagged, and the captions are missing from the LinkedIn version. I don't think it would be right for us to settle the invoice in full until we've had a chance to talk it through.

Could we find a time next week?

Best wishes,
Charlotte

Charlotte Ainsworth
Head of Communications | Ainsworth Capital
""" + DISCLAIMER_EN,
    label=L("dispute", "Polite British understatement: won't settle in full until quality issues are discussed."))

# 28 call request -> other
add(lang="en", o="tom", frm=("Ryan Mitchell", "ryan@mitchellfitness.ie"), date="2027-02-01 12:25",
    step="reminder", inv="INV-2026-121", amt="€2,460.00", due="2027-01-25", sent="2027-02-01 09:00",
    cname="Mitchell Fitness", ckind="company", ua="gmail",
    body="""Tom, can we jump on a call this week? A couple of things about the invoice and phase 2 I'd rather not do over email. Wednesday afternoon works for me.

Ryan""",
    label=L("other", "Asks for a call; no claim stated."))

# 29 HTML remittance advice typed by AP -> paid
add(lang="en", o="tom", frm=("Accounts Payable – Lisney Hotels Group", "payables@lisneyhotels.ie"),
    date="2026-12-11 14:02", step="reminder", inv="INV-2026-124", amt="€4,305.00", due="2026-11-30",
    sent="2026-12-10 09:00", cname="Lisney Hotels Group", ckind="company", ua="outlook", fmt="html", q="none",
    pre="RE: ",
    body="""Remittance advice INV-2026-124 €4,305.00""",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Supplier,</p>
<p>Please find below remittance advice for a payment made today by EFT to the account ending 3456 78.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#1F3864;color:#fff"><td>Invoice No.</td><td>Invoice Date</td><td>Amount</td></tr>
<tr><td>INV-2026-124</td><td>30/10/2026</td><td align="right">€4,305.00</td></tr>
<tr><td colspan="2" align="right"><b>Total paid</b></td><td align="right"><b>€4,305.00</b></td></tr>
</table>
<p>Apologies for the delay – your invoice was held in an approval queue.</p>
<p>Kind regards,<br>Declan<br>Accounts Payable<br>Lisney Hotels Group | 12 Merrion Row, Dublin 2</p>
</body></html>
""",
    label=L("paid", "HTML-only remittance table written by an AP clerk in reply to the reminder.",
            amount="4305.00", reference="INV-2026-124"))

# 30 'Sorted 👍' -> paid
add(lang="en", o="tom", frm=("Conor Hayes", "conorhayes@icloud.com"), date="2026-11-25 19:50",
    step="reminder", inv="INV-2026-125", amt="€450.00", due="2026-11-15", sent="2026-11-25 09:00",
    cname="Conor Hayes", ckind="person", ua="iphone",
    body="""Sorted 👍

Sent from my iPhone""",
    label=L("paid", "'Sorted' in reply to a payment reminder = paid."))

# 31 correction: 'it DID go out' -> paid
add(lang="en", o="han", frm=("Alison Reid", "alison@reidandpartners.co.uk"), date="2027-01-20 08:40",
    step="reminder", inv="HO-056", amt="£1,140.00", due="2027-01-10", sent="2027-01-18 09:00",
    cname="Reid & Partners", ckind="company", ua="gmail",
    body="""Scratch what I said yesterday – it DID go out, the bank just had it sitting as "pending" overnight. Showing as completed this morning.

Sorry for the panic!
Alison""",
    label=L("paid", "Correction of yesterday's 'not sent': it did go out, completed."))

# 32 suspicious new bank details -> other
add(lang="en", o="tom", frm=("Helen Carr", "helen.carr@carrpharmacy.ie"), date="2027-01-12 10:15",
    step="reminder", inv="INV-2026-126", amt="€1,320.00", due="2027-01-05", sent="2027-01-11 09:00",
    cname="Carr Pharmacy", ckind="company", ua="outlook",
    body="""Tom,

We received an email yesterday supposedly from you, with new bank details (a Revolut account in Lithuania) and an "urgent" request to pay today. It seems off to me.

Can you confirm by phone before we pay anything? I'm on 01 554 2190.

Helen""",
    label=L("other", "Suspected fraud; asks to confirm bank details by phone. No promise, no claim."))

# 33 contact left, accounts copied in -> other
add(lang="en", o="tom", frm=("Mark Doherty", "mark.doherty@dohertyevents.ie"), date="2026-12-03 09:35",
    step="reminder", inv="INV-2026-127", amt="€2,050.00", due="2026-11-25", sent="2026-12-02 09:00",
    cname="Sarah Nolan", ckind="person", ua="outlook", cc="Accounts <accounts@dohertyevents.ie>",
    body="""Hi Tom,

Sarah left the company at the end of October – I've copied in accounts@ who'll pick this up from here.

Best,
Mark""",
    label=L("other", "Contact left; accounts copied in. No payment info."))

# 34 'adding our AP team' -> other
add(lang="en", o="han", frm=("Laura Bennett", "laura.bennett@bennettgallery.co.uk"), date="2026-12-09 11:11",
    step="reminder", inv="HO-057", amt="£560.00", due="2026-12-01", sent="2026-12-09 09:00",
    cname="Bennett Gallery", ckind="company", ua="apple", cc="Accounts <accounts@bennettgallery.co.uk>",
    body="""Adding our AP team.

@Accounts – can you check the status of this one please and let Hannah know?

Thanks,
Laura""",
    label=L("other", "Forwards to AP asking them to check the status."))

# 35 German client, 'AW:', which shoot? -> other
add(lang="en", o="tom", frm=("Jens Hoffmann", "j.hoffmann@hoffmann-moebel.de"), date="2026-11-11 14:30", tz="berlin",
    step="reminder", inv="INV-2026-128", amt="€2,380.00", due="2026-11-01", sent="2026-11-10 09:00",
    cname="Hoffmann Möbel GmbH", ckind="company", ua="outlook", pre="AW: ",
    body="""Dear Mr. Byrne,

is this the invoice for the August shooting or for the September one? We have two purchase orders and I must book it against the correct one.

With kind regards
Jens Hoffmann
Hoffmann Möbel GmbH – Einkauf""",
    label=L("other", "German client writing English ('AW:'): which shoot/PO does this belong to? A question."))

# 36 breakdown of the interest figure -> other
add(lang="en", o="han", frm=("James Riley", "finance@carrowdigital.co.uk"), date="2027-01-14 15:05",
    step="late_fee", inv="HO-058", amt="£1,450.00", due="2026-11-12", sent="2027-01-12 09:00", deadline="2027-01-22",
    cname="Carrow Digital Ltd", ckind="company", ua="outlook", pre="RE: ",
    fees="""As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 applies: statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank of England base rate in force when the debt fell due), and a fixed sum of £70.00 is due for the costs of recovering the debt (section 5A).

The amount due as at 12 January 2027 (interest continues to run until payment) is:
- invoice HO-058: £1,450.00
- interest, 13 November 2026 to 12 January 2027 (61 days at 11.75%): £28.47
- fixed sum for recovery costs: £70.00
- total: £1,548.47""",
    body="""Hi Hannah,

Could you send us a breakdown of how the interest figure was calculated (rate, days, base)? Our finance director wants to see it before she approves anything on this one.

Thanks,
James Riley
Finance Team | Carrow Digital Ltd""",
    label=L("other", "Question about the statutory interest calculation before approval; not a contest, not a promise."))

# 37 'noted' -> other
add(lang="en", o="han", frm=("Amy Lawson", "amy@lawsonceramics.co.uk"), date="2026-11-05 09:12",
    step="courtesy", inv="HO-059", amt="£380.00", due="2026-11-12", sent="2026-11-05 08:30",
    cname="Amy Lawson", ckind="person", ua="gmail",
    body="""Thanks Hannah, noted!
Amy""",
    label=L("other", "'Noted' acknowledgement of a courtesy reminder."))

# 38 PayPal friends & family, USD -> paid
add(lang="en", o="tom", frm=("Derek Lang", "derek.lang@langbrothers.com"), date="2026-12-04 13:20", tz="chicago",
    step="reminder", inv="INV-2026-129", amt="$750.00", due="2026-11-28", sent="2026-12-04 09:00",
    cname="Derek Lang", ckind="person", ua="gmail",
    body="""Just sent it over PayPal, friends & family so you don't get hit with fees. $750.

Cheers,
Derek""",
    label=L("paid", "Sent via PayPal.", amount="750.00", currency="USD"))

# 39 'before the end of the month' -> promise 30 Nov
add(lang="en", o="tom", frm=("Orla Kennedy", "orla@kennedyflowers.ie"), date="2026-11-24 18:02",
    step="due", inv="INV-2026-130", amt="€540.00", due="2026-11-23", sent="2026-11-24 09:00",
    cname="Orla Kennedy", ckind="person", ua="iphone",
    body="""It'll be with you before the end of the month, Tom. Promise.

Orla

Sent from my iPhone""",
    label=L("promise", "'Before the end of the month' (24 Nov -> 30 Nov).", promised_date="2026-11-30"))

# 40 flat refusal -> dispute
add(lang="en", o="han", frm=("Paul Henderson", "p.henderson@hendersonretail.co.uk"), date="2027-02-16 10:30",
    step="final", inv="HO-060", amt="£2,850.00", due="2026-12-15", sent="2027-02-12 09:00", deadline="2027-02-26",
    cname="Henderson Retail Ltd", ckind="company", ua="outlook", pre="RE: ",
    body="""We're not paying this.

The contract was terminated on 30 September, in writing, and you know that. Any work you did after that date was not authorised. If you want to take it further, speak to our solicitors.

P. Henderson
Director""",
    label=L("dispute", "Flat refusal: contract terminated, work not authorised."))

# 41 discount demanded with a promise attached -> dispute
add(lang="en", o="tom", frm=("Declan Ryan", "declan@ryanproperty.ie"), date="2026-12-14 12:48",
    step="reminder", inv="INV-2026-131", amt="€3,000.00", due="2026-12-05", sent="2026-12-14 09:00",
    cname="Ryan Property Group", ckind="company", ua="gmail",
    body="""Hi Tom,

Given how late the delivery was (five weeks past the agreed date), we think a 20% discount is fair. If you can send a revised invoice for €2,400 we'll pay it this week.

Declan""",
    label=L("dispute", "Wants a 20% discount; the 'we'll pay this week' depends on the revised invoice. Dispute > promise.",
            amount="2400.00"))

# 42 paid by card via Stripe link -> paid
add(lang="en", o="tom", frm=("Megan Fraser", "megan@fraserbotanics.ca"), date="2026-12-17 11:40", tz="toronto",
    step="paid_claim_followup", inv="INV-2026-132", amt="€860.00", sent="2026-12-17 09:00",
    cname="Fraser Botanics", ckind="company", ua="gmail",
    body="""Hi Tom,

We paid by card through the Stripe link on your invoice on Tuesday – I've got the receipt email right here (receipt #1849-2231). Does it not show your end?

Megan""",
    label=L("paid", "Reply to the 'not received' follow-up: paid by card via Stripe on Tuesday, with a receipt number."))

# 43 'no record of this invoice' -> other
add(lang="en", o="han", frm=("Jon Atkinson", "jon@atkinsonbuild.co.uk"), date="2026-12-02 13:13",
    step="reminder", inv="HO-061", amt="£1,980.00", due="2026-11-24", sent="2026-12-02 09:00",
    cname="Atkinson Build Ltd", ckind="company", ua="gmail-android",
    body="""Hi Hannah, our accounts team say they've got no record of this invoice at all. Could you resend it to invoices@atkinsonbuild.co.uk?

Cheers,
Jon""",
    label=L("other", "Reported speech from accounts: no record of the invoice; resend request."))

# 44 subject 'query', body just acknowledges -> other
add(lang="en", o="han", frm=("Zoe Phillips", "zoe.phillips@phillipsdental.co.uk"), date="2026-11-13 10:02",
    step="courtesy", inv="HO-062", amt="£420.00", due="2026-11-20", sent="2026-11-13 09:00",
    cname="Phillips Dental", ckind="company", ua="outlook", subj="RE: HO-062 - query",
    body="""No query really, just wanted to let you know we've received it and it's in the system. Thanks!

Zoe
Practice Manager""",
    label=L("other", "Subject 'query' but the body is just an acknowledgement."))

# 45 long chatty, 'the invoice was paid last Thursday btw' -> paid
add(lang="en", o="tom", frm=("Emily Thornton", "emily@thorntonevents.ie"), date="2026-12-21 16:25",
    step="reminder", inv="INV-2026-133", amt="€2,706.00", due="2026-12-12", sent="2026-12-21 09:00",
    cname="Thornton Events", ckind="company", ua="gmail", fmt="alt",
    body="""Tom!!

The conference photos are STUNNING. I've just finished going through the whole set with the team and honestly we were all a bit emotional, the one of Margaret mid-laugh during the keynote is going on the front of next year's brochure whether she likes it or not.

We're closing the office on Wednesday until the 4th, thank God, it's been a long year. Are you doing anything nice for Christmas? I remember you said something about Galway.

For 2027 we've got the awards night in March and the summer series, I'll send you dates in January – please keep some space for us!

Oh, and the invoice was paid last Thursday btw, so ignore the reminder.

Happy Christmas to you and Niamh,
Emily""",
    label=L("paid", "Long chatty mail; one line near the end: paid last Thursday."))

# 46 Scottish casual: agreed £600 -> dispute
add(lang="en", o="han", frm=("Stuart McKay", "stu@mckaybikes.scot"), date="2027-02-12 18:20",
    step="reminder", inv="HO-063", amt="£800.00", due="2027-02-05", sent="2027-02-12 09:00",
    cname="McKay Bikes", ckind="company", ua="gmail-android",
    body="""Hannah, we agreed £600 not £800, it's in the WhatsApp. Send us the right one and it's paid same day.

Cheers,
Stu""",
    label=L("dispute", "Wrong amount: agreed £600; will pay only on a corrected invoice.", amount="600.00", currency="GBP"))

# 47 'Here you go.' + PDF -> paid
add(lang="en", o="tom", frm=("Karen Fox", "karen.fox@foxanddaughters.ie"), date="2027-01-08 09:55",
    step="reminder", inv="INV-2026-134", amt="€1,230.00", due="2026-12-31", sent="2027-01-07 09:00",
    cname="Fox & Daughters", ckind="company", ua="outlook", pre="RE: ",
    att=[("Payment_Confirmation_INV-2026-134.pdf", "application/pdf", fake_pdf("Payment confirmation EUR 1,230.00"))],
    body="""Here you go.

Karen""",
    label=L("paid", "'Here you go' + payment confirmation PDF attached = paid."))

# 48 'Not today – Thursday' -> promise
add(lang="en", o="han", frm=("Natalie Burns", "natalie@burnsinteriors.co.uk"), date="2027-02-16 11:45",
    step="reminder", inv="HO-064", amt="£1,260.00", due="2027-02-05", sent="2027-02-16 09:00",
    cname="Burns Interiors", ckind="company", ua="iphone",
    body="""Not today I'm afraid – Thursday.

Sent from my iPhone""",
    label=L("promise", "'Not today, Thursday' (Tue 16 Feb -> Thu 18 Feb).", promised_date="2027-02-18"))

# 49 stop writing to my personal address -> other
add(lang="en", o="tom", frm=("Rob Lewis", "roblewis1979@gmail.com"), date="2026-11-19 20:30",
    step="reminder", inv="INV-2026-135", amt="€1,599.00", due="2026-11-10", sent="2026-11-19 09:00",
    cname="Lewis Joinery", ckind="company", ua="gmail",
    body="""Tom, could you please stop sending these to my personal address and use ap@lewisjoinery.ie from now on? I've forwarded this one over to them.

Rob""",
    label=L("other", "Asks to use the AP address; forwarded to AP. No payment info."))

# 50 'by the 15th' after the 15th -> 15 February
add(lang="en", o="tom", frm=("Sinead Quinn", "sinead@quinnstudio.ie"), date="2027-01-20 14:14",
    step="late_fee", inv="INV-2026-136", amt="€2,091.00", due="2026-12-20", sent="2027-01-20 09:00", deadline="2027-01-29",
    cname="Quinn Studio", ckind="company", ua="gmail",
    body="""We'll have it to you by the 15th, Tom. January's been brutal.

Sinead""",
    label=L("promise", "'By the 15th' written on 20 January: the 15th has passed, so 15 February.",
            promised_date="2027-02-15"))


if __name__ == "__main__":
    main()
