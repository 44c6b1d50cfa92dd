#!/usr/bin/env python3
"""round6-short: short, phone-written replies to mailduns reminders (it/es/en), plus a few
short machine mails. Every reply body below is hand-written; the reminder text that clients
quote is rendered here from the wording of templates/{it,es,en}/*.txt.j2.

Run:  python3 make.py      -> writes r6t-NNNN.eml and labels.toml next to this file.
Stdlib only (Python 3.11)."""

import base64
import binascii
import datetime as dt
import hashlib
import json
import os
import random
import sys
import zlib
import struct
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r6t"

# ----------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)
# ----------------------------------------------------------------------------------------------


class Owner:
    def __init__(self, key, name, email, lang, tz, iban=None, bic=None, cur="EUR", link=None, first=None):
        self.key, self.name, self.email, self.lang, self.tz = key, name, email, lang, tz
        self.iban, self.bic, self.cur, self.link = iban, bic, cur, link
        self.first = first or name.split()[0]


ALE = Owner("ale", "Alessandra Rossi", "alessandra@example.it", "it", "Europe/Rome",
            "IT60 X054 2811 1010 0000 0123 456", "BPMOIT22XXX")
MARCO = Owner("marco", "Marco Ferri", "marco@ferrifoto.it", "it", "Europe/Rome",
              "IT02 L030 6909 6061 0000 0012 345", "BCITITMM")
LUCIA = Owner("lucia", "Lucía Martín", "lucia@martinestudio.es", "es", "Europe/Madrid",
              "ES91 2100 0418 4502 0005 1332", "CAIXESBBXXX")
JORDI = Owner("jordi", "Jordi Puig", "jordi@puigsound.cat", "es", "Europe/Madrid",
              "ES79 0081 0200 2500 0123 4567", "BSABESBBXXX")
CARMEN = Owner("carmen", "Carmen Vidal", "carmen@vidalfoto.es", "es", "Atlantic/Canary",
               "ES12 3076 0430 1626 5512 0017", "BCOEESMM076")
TOM = Owner("tom", "Tom Byrne", "tom@byrnedesign.ie", "en", "Europe/Dublin",
            "IE29 AIBK 9311 5212 3456 78", "AIBKIE2D")
PRIYA = Owner("priya", "Priya Shah", "priya@shahcopy.co.uk", "en", "Europe/London",
              "GB33 BUKB 2020 1555 5555 55", "BUKBGB22", cur="GBP")
DAN = Owner("dan", "Dan Kowalski", "dan@kowalskidev.com", "en", "America/New_York",
            cur="USD", link="https://pay.kowalskidev.com/i/")

# ----------------------------------------------------------------------------------------------
# Formatting helpers (amounts and dates as the reminders print them)
# ----------------------------------------------------------------------------------------------

IT_M = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
ES_M = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
EN_M = "January February March April May June July August September October November December".split()
IT_D = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
ES_D = "lunes martes miércoles jueves viernes sábado domingo".split()
EN_D = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _grp(v, th, dec):
    s = f"{v:,.2f}"
    return s.replace(",", "X").replace(".", dec).replace("X", th)


def fa(lang, cur, v):
    v = float(v)
    if lang == "it":
        return "€ " + _grp(v, ".", ",")
    if lang == "es":
        return _grp(v, ".", ",") + " €"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return sym + _grp(v, ",", ".")


def D(s):
    return dt.date.fromisoformat(s)


def fd(lang, d):
    if isinstance(d, str):
        d = D(d)
    if lang == "it":
        return f"{d.day} {IT_M[d.month-1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_M[d.month-1]} de {d.year}"
    return f"{d.day} {EN_M[d.month-1]} {d.year}"


def art(d, prep="il"):
    """Italian article before a date, like the art() filter: il 19 novembre, l'8 novembre."""
    if isinstance(d, str):
        d = D(d)
    s = fd("it", d)
    if prep == "il":
        return ("l'" + s) if d.day in (8, 11) else ("il " + s)
    if prep == "del":
        return ("dell'" + s) if d.day in (8, 11) else ("del " + s)
    return s


# ----------------------------------------------------------------------------------------------
# The mail mailduns (or the owner) sent and the client quotes
# ----------------------------------------------------------------------------------------------

SUBJ = {
    "it": {"invoice": "Fattura n. {inv}", "courtesy": "Promemoria: fattura n. {inv} in scadenza",
           "due": "Promemoria: fattura n. {inv}", "reminder": "Sollecito: fattura n. {inv}",
           "late_fee": "Secondo sollecito: fattura n. {inv}",
           "promise_followup": "Fattura n. {inv}: aggiornamento sul pagamento",
           "paid_claim_followup": "Fattura n. {inv}: pagamento non ancora ricevuto",
           "thank_you": "Pagamento ricevuto: fattura n. {inv}",
           "final": "Diffida di pagamento – fattura n. {inv}"},
    "es": {"invoice": "Factura {inv}", "courtesy": "Recordatorio: factura n.º {inv}",
           "due": "Vencimiento de la factura n.º {inv}", "reminder": "Factura n.º {inv} pendiente de pago",
           "late_fee": "Segundo aviso: factura n.º {inv}",
           "promise_followup": "Factura n.º {inv}: pago pendiente",
           "paid_claim_followup": "Factura n.º {inv}: pago no recibido",
           "thank_you": "Pago recibido: factura n.º {inv}",
           "final": "Requerimiento de pago de la factura n.º {inv}"},
    "en": {"invoice": "Invoice {inv}", "courtesy": "Upcoming payment: invoice {inv}",
           "due": "Invoice {inv} due", "reminder": "Reminder: invoice {inv}",
           "late_fee": "Overdue: invoice {inv}",
           "promise_followup": "Invoice {inv}: payment update",
           "paid_claim_followup": "Invoice {inv}: payment not yet received",
           "thank_you": "Payment received: invoice {inv}",
           "final": "Final notice: invoice {inv}"},
}


def salut(lang, cname, ck):
    if lang == "it":
        return f"Spett.le {cname}," if ck == "c" else f"Gentile {cname},"
    if lang == "es":
        if ck == "c":
            return "Estimados señores:"
        first = cname.split()[0].lower()
        if first in ("sra.", "d.ª", "dña."):
            return f"Estimada {cname}:"
        if first in ("sr.", "d."):
            return f"Estimado {cname}:"
        return f"Buenos días, {cname}:"
    return "Dear Accounts Team," if ck == "c" else f"Dear {cname},"


def payblock(lang, o, inv):
    if lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {o.name}\n- IBAN: {o.iban}\n- BIC: {o.bic}\n"
                f"- causale: Fattura n. {inv}\n")
    if lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {o.name}\n- IBAN: {o.iban}\n- BIC: {o.bic}\n"
                f"- concepto: Factura {inv}\n")
    if o.iban:
        return (f"Payment details:\n- Account name: {o.name}\n- IBAN: {o.iban}\n- BIC (SWIFT): {o.bic}\n"
                f"- Payment reference: {inv}\n")
    return f"Payment details:\n- Account name: {o.name}\n- Pay online: {o.link}{inv}\n"


def letter(lang, step, o, cname, ck, inv, amt, cur, due, sent, x):
    """Text of the mail the client replies to. x: extra dict (issue, deadline, promise, claim,
    paid_on, desc)."""
    A = fa(lang, cur, amt)
    sal = salut(lang, cname, ck)
    pay = payblock(lang, o, inv)
    sent_d = sent.date()
    days_late = (sent_d - D(due)).days
    deadline = x.get("deadline") or (sent_d + dt.timedelta(days=10)).isoformat()
    issue = x.get("issue") or (D(due) - dt.timedelta(days=30)).isoformat()
    if lang == "it":
        end = f"Cordiali saluti,\n{o.name}\n"
        if step == "invoice":
            return (f"Buongiorno,\n\nin allegato la fattura n. {inv} di {A} relativa a {x.get('desc', 'quanto concordato')}, "
                    f"con scadenza {art(due)}.\n\nGli estremi per il bonifico sono indicati in fattura.\n\n"
                    f"Grazie e buona giornata,\n{o.first}\n")
        if step == "courtesy":
            return (f"{sal}\n\nun breve promemoria: la fattura n. {inv} di {A}, emessa {art(issue)}, è in scadenza {art(due)}.\n\n"
                    f"Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\nPer qualsiasi domanda basta rispondere a questa email.\n\n{end}")
        if step == "due":
            if days_late > 0:
                p = (f"un promemoria: la fattura n. {inv} di {A} è scaduta {art(due)}. Se il pagamento non è ancora "
                     f"stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
            else:
                p = f"un promemoria: la fattura n. {inv} di {A} è in scadenza oggi, {fd('it', due)}."
            return (f"{sal}\n\n{p}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\nPer qualsiasi domanda basta rispondere a questa email.\n\n{end}")
        if step == "reminder":
            return (f"{sal}\n\nda un controllo la fattura n. {inv} di {A}, scaduta {art(due)}, risulta ancora da saldare. "
                    f"Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    f"Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    f"aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    f"problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n{pay}\n{end}")
        if step == "late_fee":
            return (f"{sal}\n\nla fattura n. {inv} di {A}, scaduta {art(due)}, risulta ancora da saldare: sono trascorsi "
                    f"{days_late} giorni dalla scadenza.\n\nChiedo cortesemente di provvedere al pagamento entro {art(deadline)}. "
                    f"Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema "
                    f"con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a "
                    f"questa email.\n\n{pay}\n{end}")
        if step == "promise_followup":
            return (f"{sal}\n\nringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv} di {A} sarebbe "
                    f"stato effettuato entro {art(x['promise'])}.\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già "
                    f"stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, "
                    f"chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n{pay}\n{end}")
        if step == "paid_claim_followup":
            return (f"{sal}\n\ngrazie per avermi comunicato {art(x['claim'])} che la fattura n. {inv} di {A} è stata pagata.\n\n"
                    f"Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                    f"qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                    f"chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                    f"inoltrarmi la contabile.\n\nPer un confronto, riporto le coordinate corrette:\n- beneficiario: {o.name}\n"
                    f"- IBAN: {o.iban}\n- causale: Fattura n. {inv}\n\nSe il bonifico è stato disposto da pochi giorni, potrebbe "
                    f"semplicemente essere ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per la "
                    f"collaborazione.\n\n{end}")
        if step == "thank_you":
            return (f"{sal}\n\nconfermo di aver ricevuto il pagamento della fattura n. {inv} ({A}) {art(x['paid_on'])}. Grazie!\n\n"
                    f"Resto a disposizione per qualsiasi necessità.\n\n{end}")
        if step == "final":
            return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv} {art(issue, 'del')}\n\n{sal}\n\n"
                    f"la fattura n. {inv} di {A}, scaduta {art(due)}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                    f"Con la presente chiedo formalmente il pagamento di {A} entro {art(deadline)}. La presente vale quale atto "
                    f"di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini "
                    f"dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                    f"In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi "
                    f"competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del "
                    f"debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile "
                    f"a parlarne; basta rispondere a questa email entro la stessa data.\n\nQualora il pagamento sia già stato "
                    f"effettuato, prego di non tenere conto della presente e di indicarmi la data del bonifico, così da poterlo "
                    f"verificare.\n\n{pay}\n{end}")
    if lang == "es":
        end = f"Un cordial saludo,\n{o.name}\n"
        if step == "invoice":
            return (f"Hola,\n\nos adjunto la factura {inv} por importe de {A} ({x.get('desc', 'según lo acordado')}), "
                    f"con vencimiento el {fd('es', due)}.\n\nLos datos bancarios están en la propia factura.\n\n"
                    f"¡Gracias!\n{o.first}\n")
        if step == "courtesy":
            return (f"{sal}\n\nUn breve recordatorio: la factura n.º {inv} de {A}, emitida el {fd('es', issue)}, vence el "
                    f"{fd('es', due)}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\nPara cualquier duda, basta con responder a este correo.\n\n{end}")
        if step == "due":
            if days_late > 0:
                p = (f"La factura n.º {inv} de {A} venció el {fd('es', due)} y, según mis registros, el pago aún no consta. "
                     f"Agradecería que se tramitara en los próximos días.")
            else:
                p = f"La factura n.º {inv} de {A} vence hoy, {fd('es', due)}."
            return (f"{sal}\n\n{p}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\nPara cualquier duda, basta con responder a este correo.\n\n{end}")
        if step == "reminder":
            return (f"{sal}\n\nRevisando mis cuentas, veo que la factura n.º {inv} de {A}, vencida el {fd('es', due)}, sigue "
                    f"pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en "
                    f"cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder "
                    f"indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema "
                    f"con la factura, podemos aclararlo por esta misma vía.\n\n{pay}\n{end}")
        if step == "late_fee":
            return (f"{sal}\n\nLa factura n.º {inv} de {A} venció el {fd('es', due)}, hace {days_late} días, y sigue pendiente "
                    f"de pago.\n\nRuego que el pago de {A} se realice a más tardar el {fd('es', deadline)}. Si ya está en curso, "
                    f"muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la "
                    f"factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n{pay}\n{end}")
        if step == "promise_followup":
            return (f"{sal}\n\nSegún su último mensaje, el pago de la factura n.º {inv} de {A} se realizaría a más tardar el "
                    f"{fd('es', x['promise'])}; gracias de nuevo por la información.\n\nA día de hoy el pago todavía no ha "
                    f"llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la "
                    f"transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.\n\n"
                    f"{pay}\n{end}")
        if step == "paid_claim_followup":
            return (f"{sal}\n\nMuchas gracias por comunicarme el {fd('es', x['claim'])} que la factura n.º {inv} de {A} ya está "
                    f"pagada.\n\nSin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia "
                    f"tarda unos días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, "
                    f"me sería de gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el "
                    f"justificante.\n\nPara comprobarlo, estos son los datos bancarios correctos:\n- beneficiario: {o.name}\n"
                    f"- IBAN: {o.iban}\n- concepto: Factura {inv}\n\nSi la transferencia se ordenó hace muy poco, es normal "
                    f"que aún no haya llegado: en ese caso no es necesario hacer nada más. Gracias por su colaboración.\n\n{end}")
        if step == "thank_you":
            return (f"{sal}\n\nConfirmo que he recibido el {fd('es', x['paid_on'])} el pago de la factura n.º {inv} ({A}). "
                    f"¡Muchas gracias!\n\nQuedo a su disposición para cualquier otra cuestión.\n\n{end}")
        if step == "final":
            return (f"Asunto: Requerimiento de pago de la factura n.º {inv}\n\n{sal}\n\nLa factura n.º {inv}, emitida a nombre "
                    f"de {cname} el {fd('es', issue)}, venció el {fd('es', due)} y, pese a los recordatorios enviados "
                    f"anteriormente, sigue pendiente de pago por un importe de {A}.\n\nPor la presente, y a los efectos del "
                    f"artículo 1100 del Código Civil, requiero formalmente el pago de {A} a más tardar el {fd('es', deadline)}.\n\n"
                    f"Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                    f"invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                    f"medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                    f"retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                    f"responder a este correo.\n\nSi para el {fd('es', deadline)} no se ha recibido el pago ni hemos llegado a "
                    f"un acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el "
                    f"procedimiento monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los "
                    f"últimos días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con "
                    f"la fecha de la transferencia.\n\n{pay}\nAtentamente,\n{o.name}\n")
    if lang == "en":
        end = f"Kind regards,\n{o.name}\n"
        if step == "invoice":
            return (f"Hi,\n\nPlease find attached invoice {inv} for {A} ({x.get('desc', 'as agreed')}), due on "
                    f"{fd('en', due)}.\n\nThanks very much,\n{o.first}\n")
        if step == "courtesy":
            return (f"{sal}\n\nThis is a friendly reminder that invoice {inv} for {A}, issued on {fd('en', issue)}, is due for "
                    f"payment on {fd('en', due)}.\n\nIf payment is already on its way, thank you, and please disregard this "
                    f"message.\n\n{pay}\nIf you have any questions, just reply to this email.\n\n{end}")
        if step == "due":
            if days_late > 0:
                p = (f"This is a quick reminder that invoice {inv} for {A} was due for payment on {fd('en', due)}. If it has "
                     f"not been paid yet, I would be grateful if you could arrange payment in the next few days.")
            else:
                p = f"This is a quick reminder that invoice {inv} for {A} is due for payment today, {fd('en', due)}."
            return (f"{sal}\n\n{p}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{pay}\n"
                    f"If you have any questions, just reply to this email.\n\n{end}")
        if step == "reminder":
            return (f"{sal}\n\nAccording to my records, invoice {inv} for {A}, due on {fd('en', due)}, has not yet been paid. "
                    f"It may simply have been overlooked, so I would be grateful if you could arrange payment at your "
                    f"earliest convenience.\n\nIf you have already paid, thank you – please let me know the payment date so "
                    f"that I can update my records. If there is a problem with the invoice, please reply to this email and "
                    f"we can sort it out.\n\n{pay}\n{end}")
        if step == "late_fee":
            return (f"{sal}\n\nInvoice {inv} for {A}, due on {fd('en', due)}, is now {days_late} days overdue.\n\n"
                    f"Please arrange payment by {fd('en', deadline)}. If payment is already on its way, thank you – please let "
                    f"me know the date it was made. If there is a problem with the invoice or with the timing, please reply "
                    f"to this email and we can find a solution.\n\n{pay}\n{end}")
        if step == "promise_followup":
            return (f"{sal}\n\nThank you for letting me know that invoice {inv} for {A} would be paid by "
                    f"{fd('en', x['promise'])}.\n\nThe payment has not reached me yet. If it is already on its way, thank you – "
                    f"please let me know the date it was made. If you need a little more time, could you let me know when I "
                    f"can expect it?\n\n{pay}\n{end}")
        if step == "paid_claim_followup":
            return (f"{sal}\n\nThank you for letting me know on {fd('en', x['claim'])} that invoice {inv} for {A} has been "
                    f"paid.\n\nHowever, the payment has not reached my account yet. Bank transfers sometimes take a few extra "
                    f"days, and occasionally a payment is sent to out-of-date bank details. To help me trace it, could you "
                    f"please send me the date and reference of the transfer, or a copy of the payment confirmation?\n\n"
                    f"For reference, my bank details are:\n- Account name: {o.name}\n- IBAN: {o.iban}\n- BIC (SWIFT): {o.bic}\n"
                    f"- Payment reference: {inv}\n\nIf the transfer was made only in the last day or two, it is probably "
                    f"still on its way, and there is no need to do anything further. Thank you for your help.\n\n{end}")
        if step == "thank_you":
            return (f"{sal}\n\nThank you for your payment of {A} for invoice {inv}, which I received on "
                    f"{fd('en', x['paid_on'])}.\n\nIf there is anything else I can do for you, just let me know.\n\n{end}")
        if step == "final":
            formal = "Dear Sir or Madam," if ck == "c" else f"Dear {cname},"
            close = "Yours faithfully," if ck == "c" else "Yours sincerely,"
            return (f"Final notice before debt recovery\n\nTo: {cname}\nDate: {fd('en', sent_d)}\nInvoice: {inv}, issued on "
                    f"{fd('en', issue)}, due on {fd('en', due)}\nAmount due: {A}\nPayment deadline: {fd('en', deadline)}\n\n"
                    f"{formal}\n\nDespite my previous reminders, invoice {inv} for {A}, which was due for payment on "
                    f"{fd('en', due)}, remains unpaid.\n\nI therefore formally request payment of {A} by {fd('en', deadline)}.\n\n"
                    f"If payment is not received by that date, I intend to take steps to recover the debt. These may include "
                    f"referring the matter to a debt collection agency or a solicitor and, if necessary, starting court "
                    f"proceedings.\n\nI would much rather resolve this with you directly. If there is a reason for the delay, "
                    f"or if you would like to propose a payment plan, please reply to this email before "
                    f"{fd('en', deadline)}.\n\nIf you have paid in the meantime, thank you, and please accept my apologies for "
                    f"this notice; it would help if you could let me know the payment date so that I can update my records.\n\n"
                    f"{pay}\n{close}\n{o.name}\n")
    raise ValueError((lang, step))


# ----------------------------------------------------------------------------------------------
# Quoting styles of mail clients
# ----------------------------------------------------------------------------------------------

IT_DS = "lun mar mer gio ven sab dom".split()
IT_MS = "gen feb mar apr mag giu lug ago set ott nov dic".split()
ES_DS = "lun mar mié jue vie sáb dom".split()
ES_MS = "ene feb mar abr may jun jul ago sept oct nov dic".split()
EN_DS = "Mon Tue Wed Thu Fri Sat Sun".split()
EN_MS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def attribution(style, lang, who, when, to, subj, us=False):
    """The line(s) a client's mail app writes above the quoted message. when: aware datetime
    already in the reader's zone."""
    w = when
    hm = f"{w.hour:02d}:{w.minute:02d}"
    hm_es = f"{w.hour}:{w.minute:02d}"
    ampm = f"{(w.hour % 12) or 12}:{w.minute:02d}\u202f{'AM' if w.hour < 12 else 'PM'}"
    off = w.utcoffset()
    offs = int(off.total_seconds() // 60)
    gmt = f"GMT{'+' if offs >= 0 else '-'}{abs(offs)//60:02d}:{abs(offs)%60:02d}"
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_DS[w.weekday()]} {w.day} {IT_MS[w.month-1]} {w.year} alle ore {hm} {who} ha scritto:"
        if lang == "es":
            name, addr = who.split(" <")
            return f"El {ES_DS[w.weekday()]}, {w.day} {ES_MS[w.month-1]} {w.year} a las {hm_es}, {name} (<{addr}) escribió:"
        if us:
            return f"On {EN_DS[w.weekday()]}, {EN_MS[w.month-1]} {w.day}, {w.year} at {ampm} {who} wrote:"
        return f"On {EN_DS[w.weekday()]}, {w.day} {EN_MS[w.month-1]} {w.year} at {hm}, {who} wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {w.day} {IT_MS[w.month-1]} {w.year}, alle ore {hm}, {who} ha scritto:"
        if lang == "es":
            return f"El {w.day} {ES_MS[w.month-1]} {w.year}, a las {hm_es}, {who} escribió:"
        if us:
            return f"On {EN_MS[w.month-1]} {w.day}, {w.year}, at {ampm}, {who} wrote:"
        return f"On {w.day} {EN_MS[w.month-1]} {w.year}, at {hm}, {who} wrote:"
    if style in ("outlook", "outlook_orig"):
        if lang == "it":
            h = (f"Da: {who}\nInviato: {IT_D[w.weekday()]} {w.day} {IT_M[w.month-1]} {w.year} {hm}\nA: {to}\n"
                 f"Oggetto: {subj}")
        elif lang == "es":
            h = (f"De: {who}\nEnviado: {ES_D[w.weekday()]}, {w.day} de {ES_M[w.month-1]} de {w.year} {hm_es}\nPara: {to}\n"
                 f"Asunto: {subj}")
        elif us:
            h = (f"From: {who}\nSent: {EN_D[w.weekday()]}, {EN_M[w.month-1]} {w.day}, {w.year} "
                 f"{(w.hour % 12) or 12}:{w.minute:02d} {'AM' if w.hour < 12 else 'PM'}\nTo: {to}\nSubject: {subj}")
        else:
            h = (f"From: {who}\nSent: {EN_D[w.weekday()]}, {w.day} {EN_M[w.month-1]} {w.year} {hm}\nTo: {to}\n"
                 f"Subject: {subj}")
        if style == "outlook":
            return "________________________________\n" + h
        sep = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
               "en": "-----Original Message-----"}[lang]
        return sep + "\n" + h
    if style == "samsung":
        d = f"{w.day:02d}/{w.month:02d}/{w.year % 100:02d} {hm} ({gmt})"
        if lang == "it":
            return f"-------- Messaggio originale --------\nDa: {who} \nData: {d} \nA: {to} \nOggetto: {subj} "
        if lang == "es":
            return f"-------- Mensaje original --------\nDe: {who} \nFecha: {d} \nPara: {to} \nAsunto: {subj} "
        return f"-------- Original message --------\nFrom: {who} \nDate: {d} \nTo: {to} \nSubject: {subj} "
    raise ValueError(style)


def quote_text(style, attr, text):
    if style in ("gmail", "apple"):
        lines = [("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")]
        return attr + "\n\n" + "\n".join(lines) + "\n"
    return attr + "\n\n" + text


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_lines(s):
    return "<br>\n".join(esc(l) for l in s.rstrip("\n").split("\n"))


# ----------------------------------------------------------------------------------------------
# MIME plumbing
# ----------------------------------------------------------------------------------------------

_rng = random.Random(20261106)


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def codec_of(charset):
    return "cp1252" if charset.lower() in ("iso-8859-1", "windows-1252") else charset


def leaf(ctype, text, charset="utf-8", cte=None, extra=""):
    """A text part as bytes (headers + body)."""
    raw = text.encode(codec_of(charset))
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "quoted-printable"
    if cte == "quoted-printable":
        out_lines = []
        for line in text.split("\n"):
            q = binascii.b2a_qp(line.encode(codec_of(charset)), istext=True, header=False)
            out_lines.append(q.decode("ascii"))
        body = ("\n".join(out_lines)).encode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    else:
        body = raw
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n"
    return head.encode("ascii") + body + (b"" if body.endswith(b"\n") else b"\n")


def binpart(ctype, data, filename, inline=False):
    b = base64.encodebytes(data)
    disp = "inline" if inline else "attachment"
    head = (f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Disposition: {disp}; filename=\"{filename}\"\n"
            f"Content-Transfer-Encoding: base64\n\n")
    return head.encode("ascii") + b


BSTYLE = ["other"]   # boundary style of the message being built (set by C() / X())


def multipart(subtype, parts, extra="", bstyle=None):
    st = bstyle or BSTYLE[0]
    h = "".join(_rng.choice("0123456789abcdef") for _ in range(32))
    if st == "gmail":
        bnd = "000000000000" + h[:12]
    elif st in ("iphone", "apple"):
        H_ = h.upper()
        bnd = f"Apple-Mail-{H_[:8]}-{H_[8:12]}-{H_[12:16]}-{H_[16:20]}-{H_[20:32]}"
    elif st == "outlook":
        bnd = "_000_" + h.upper()[:24] + "eurprd10prod_"
    elif st == "samsung":
        bnd = f"--_com.samsung.android.email_{_rng.randrange(10**14, 10**15)}"
    elif st.startswith("postfix:"):
        bnd = st.split(":", 1)[1]
    else:
        bnd = f"----=_Part_{_rng.randrange(1000, 99999)}_{_rng.randrange(10**8, 10**9)}.{_rng.randrange(10**12, 10**13)}"
    out = f"Content-Type: multipart/{subtype}; boundary=\"{bnd}\"{extra}\n\n".encode("ascii")
    for p in parts:
        out += f"--{bnd}\n".encode("ascii") + p + b"\n"
    out += f"--{bnd}--\n".encode("ascii")
    return out


def png_bytes(w=24, h=16, seed=0):
    r = random.Random(seed)
    rows = b"".join(b"\x00" + bytes(r.randrange(180, 256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def pdf_bytes(lines):
    txt = " ".join(f"({l.encode('latin-1', 'replace').decode('latin-1')}) Tj T*" for l in lines)
    stream = f"BT /F1 10 Tf 14 TL 50 780 Td {txt} ET".encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def msgid(kind, domain):
    r = _rng
    if kind == "gmail":
        s = "CA" + "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") for _ in range(44))
        return f"<{s}@mail.gmail.com>"
    if kind == "outlook":
        a = "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(30))
        srv = r.choice(["AM0PR10MB3215", "DB9PR02MB7011", "PAXPR08MB6590", "VI1PR04MB5135", "LO2P265MB4462"])
        return f"<{srv}{a[:12]}{a[12:]}@{srv}.eurprd10.prod.outlook.com>"
    if kind == "apple":
        u = "-".join("".join(r.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 4, 12))
        return f"<{u}@{domain}>"
    s = "".join(r.choice("0123456789abcdef") for _ in range(24))
    return f"<{s}.{r.randrange(10**5, 10**6)}@{domain}>"


# ----------------------------------------------------------------------------------------------
# Message registry
# ----------------------------------------------------------------------------------------------

MSGS = []   # (bytes, label dict)


def split_of(persona):
    return "firstread4" if int(hashlib.sha1(persona.encode("utf-8")).hexdigest(), 16) % 10 < 4 else "dev"


def when(s, tz):
    return dt.datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def label(kind, lang, persona, note, **facts):
    lab = {"kind": kind, "language": lang, "split": split_of(persona)}
    for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"):
        if facts.get(k) is not None:
            lab[k] = facts[k]
    lab["note"] = note
    return lab


APP_MID = {"iphone": "apple", "apple": "apple", "gmail": "gmail", "outlook": "outlook", "samsung": "other",
           "other": "other"}


def C(persona, frm, owner, inv, amt, step, sent, due, at, body, kind, note, *, ck="c", cname=None, tz=None,
      quote="gmail", app=None, sig=None, prefix=None, subj=None, cc=None, attach=(), fmt="plain",
      charset="utf-8", cte=None, x=None, amount=None, currency=None, reference=None, promised_date=None,
      to=None, xheaders=()):
    """A client's reply. frm: (name, email). sent: when the quoted mail left (owner's zone), at: when
    the reply was written (client's zone tz, default the owner's). body: the hand-written text."""
    o = owner
    lang = o.lang
    tz = tz or o.tz
    x = dict(x or {})
    cname = cname or persona
    sent_dt = when(sent, o.tz)
    at_dt = when(at, tz).replace(second=_rng.randrange(60))
    assert at_dt > sent_dt, (persona, at, sent)
    assert dt.datetime(2026, 11, 1, tzinfo=ZoneInfo(tz)) <= at_dt < dt.datetime(2027, 3, 1, tzinfo=ZoneInfo(tz))
    cur = o.cur
    orig_subj = subj or SUBJ[lang][step].format(inv=inv)
    if prefix is None:
        prefix = {"outlook": {"it": "R:", "es": "RE:", "en": "RE:"}[lang]}.get(quote, "Re:")
    subject = f"{prefix} {orig_subj}"
    owner_addr = f"{o.name} <{o.email}>"
    client_addr = frm[1]
    orig_text = letter(lang, step, o, cname, ck, inv, amt, cur, due, sent_dt, x)
    us = tz.startswith("America")
    if app is None and sig:
        if "iPhone" in sig and "Yahoo" not in sig:
            app = "iphone"
        elif "Galaxy" in sig:
            app = "samsung"
        elif "Outlook" in sig:
            app = "outlook"
    app = app or {"gmail": "gmail", "apple": "iphone", "outlook": "outlook", "outlook_orig": "outlook",
                  "samsung": "samsung", None: "other", "html": "gmail"}.get(quote, "other")
    top = body.rstrip("\n") + "\n"
    if sig:
        top += "\n" + sig + "\n"
    if quote:
        st = quote
        attr = attribution(st, lang, owner_addr, sent_dt.astimezone(ZoneInfo(tz)), client_addr, orig_subj, us=us)
        qtxt = quote_text(st, attr, orig_text)
        text = top + "\n" + qtxt
    else:
        text = top
    # --- build the body part(s)
    BSTYLE[0] = app
    if fmt == "plain":
        core = leaf("text/plain", text, charset, cte)
    else:
        if quote in ("gmail", "apple", None):
            h_body = f'<div dir="ltr">{html_lines(body)}</div>'
            if sig:
                h_body += f'<div dir="ltr"><br></div><div dir="ltr">{esc(sig)}</div>'
            if quote:
                h_body += (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                           f'{esc(attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                           f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{html_lines(orig_text)}</blockquote></div>')
            html = h_body + "\n"
        else:
            hdr = attr.split("\n")
            if hdr[0].startswith("___") or hdr[0].startswith("-----"):
                hdr = hdr[1:]
            hdr_html = "<br>\n".join("<b>" + esc(h.split(": ", 1)[0]) + ":</b> " + esc(h.split(": ", 1)[1]) for h in hdr)
            sig_html = f'<div style="font-family: Aptos, Aptos_EmbeddedFont, Calibri, Helvetica, sans-serif; font-size: 12pt;">{esc(sig)}</div>' if sig else ""
            html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n'
                    '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                    '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                    'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">'
                    + html_lines(body) + '</div>\n' + sig_html + '<div id="appendonsend"></div>\n'
                    '<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                    '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">' + hdr_html +
                    '</font>\n<div>&nbsp;</div>\n</div>\n<div>\n<div style="font-size:11pt">' + html_lines(orig_text) +
                    '</div>\n</div>\n</body>\n</html>\n')
        hpart = leaf("text/html", html, charset, cte)
        if fmt == "html":
            core = hpart
        else:
            core = multipart("alternative", [leaf("text/plain", text, charset, cte), hpart])
    if attach:
        parts = [core]
        for kindf, fname, content in attach:
            if kindf == "pdf":
                parts.append(binpart("application/pdf", pdf_bytes(content), fname))
            else:
                parts.append(binpart("image/png", png_bytes(seed=len(MSGS)), fname, inline=(kindf == "png-inline")))
        core = multipart("mixed", parts)
    # --- headers
    domain = client_addr.split("@")[1]
    mid_kind = APP_MID.get(app, "other")
    if domain in ("gmail.com",):
        mid_kind = "gmail"
    orig_mid = f"<{sent_dt.strftime('%Y%m%d%H%M%S')}.{int(hashlib.md5((inv + step).encode()).hexdigest()[:6], 16)}@{o.email.split('@')[1]}>"
    H = []
    H.append(("Return-Path", f"<{client_addr}>"))
    H.append(("Date", format_datetime(at_dt)))
    H.append(("From", addr(frm[0], client_addr)))
    H.append(("To", to or addr(o.name, o.email)))
    if cc:
        H.append(("Cc", cc))
    H.append(("Subject", enc_header(subject)))
    H.append(("Message-ID", msgid(mid_kind, domain)))
    H.append(("In-Reply-To", orig_mid))
    refs = orig_mid
    if step not in ("invoice",):
        refs = f"<{(sent_dt - dt.timedelta(days=35)).strftime('%Y%m%d%H%M%S')}.inv@{o.email.split('@')[1]}> " + orig_mid
    H.append(("References", refs))
    H.append(("MIME-Version", "1.0"))
    if app == "iphone":
        H.append(("X-Mailer", _rng.choice(["iPhone Mail (22B91)", "iPhone Mail (22C152)", "iPhone Mail (22D63)"])))
    elif app == "outlook":
        H.append(("X-MS-Has-Attach", "yes" if attach else ""))
        H.append(("Thread-Topic", enc_header(orig_subj)))
    elif app == "samsung":
        H.append(("X-Mailer", "Samsung Mail"))
    for k, v in xheaders:
        H.append((k, v))
    raw = "".join(f"{k}: {v}\n" for k, v in H).encode("ascii") + core
    lab = label(kind, lang, persona, note, amount=amount, currency=currency, reference=reference,
                promised_date=promised_date)
    MSGS.append((raw, lab))


def X(persona, lang, headers, body_bytes, kind, note, **facts):
    """A machine mail: headers (list of pairs, values already ASCII-safe or to be encoded) + body
    (built before the call; its boundaries follow BSTYLE, set by the caller)."""
    H = []
    for k, v in headers:
        if k in ("From", "To", "Cc") and not v.isascii() and " <" in v:
            nm, em = v.rsplit(" <", 1)
            v = addr(nm, em.rstrip(">"))
        H.append((k, enc_header(v) if k in ("Subject", "Thread-Topic") else v))
    raw = "".join(f"{k}: {v}\n" for k, v in H).encode("ascii") + body_bytes
    MSGS.append((raw, label(kind, lang, persona, note, **facts)))


def hdate(s, tz):
    return format_datetime(when(s, tz))


# ==============================================================================================
# The messages
# ==============================================================================================

IPH_IT = "Inviato da iPhone"
SAM_IT = "Inviato dal mio smartphone Samsung Galaxy."
OUTL_IT = "Scarica Outlook per iOS"
OUTLA_IT = "Scarica Outlook per Android"


def add_it():
    P, R, M, F, O = ("client-reply-paid", "client-reply-promise", "client-reply-dispute",
                     "client-reply-other", "other")

    # ---------------------------------------------------------------- paid
    C("Bar Sport Cesenatico", ("Davide Zanotti", "davide@barsportcesenatico.it"), ALE, "41/2026", "610.00",
      "reminder", "2026-11-19 09:00", "2026-11-10", "2026-11-19 12:47",
      "fatto", P,
      "One word 'fatto' top-posted over a reminder that asks to pay: the client says it is done (paid).",
      cname="Bar Sport Cesenatico snc", quote="apple", sig=IPH_IT)

    C("Ortofrutta Gualtieri", ("Mauro Gualtieri", "mauro.gualtieri62@libero.it"), MARCO, "2026/58", "380.00",
      "due", "2026-12-01 09:00", "2026-11-30", "2026-12-01 21:03",
      "bonifico par tito ieri sera saluti Mauro", P,
      "Voice dictation: 'par tito' = 'partito' (the transfer left yesterday evening). No quote.",
      cname="Mauro Gualtieri", ck="p", quote=None, sig=IPH_IT)

    C("Studio Tecnico Bellandi", ("Geom. Paolo Bellandi", "p.bellandi@studiobellandi.it"), ALE, "39/2026", "1220.00",
      "late_fee", "2026-12-04 09:00", "2026-11-15", "2026-12-04 10:12",
      "bonif. fatto x fatt 39 👍\nPB", P,
      "Abbreviations: 'bonif. fatto x fatt 39' = transfer done for invoice 39; reference 39/2026.",
      cname="Studio Tecnico Bellandi", quote="gmail", fmt="alt", reference="39/2026")

    C("Pasticceria Da Nino", ("Nino Esposito", "pasticceriadanino@gmail.com"), MARCO, "2026/61", "450.00",
      "reminder", "2026-12-10 09:00", "2026-11-30", "2026-12-10 09:40",
      "ma già t'aggio pagato!! 'o bonifico è partito lunedì, guarda buono", P,
      "Neapolitan: 'I already paid you, the transfer left on Monday, look properly'. Annoyed but a paid claim.",
      cname="Pasticceria Da Nino di Esposito Antonino", quote="apple", sig=IPH_IT)

    C("Elisa Moretti", ("Elisa Moretti", "elisa.moretti@hotmail.it"), ALE, "44/2026", "180.00",
      "reminder", "2026-12-07 09:00", "2026-11-30", "2026-12-07 13:30",
      "gia pagato il 3, controlla meglio", P,
      "No accents, curt: already paid on the 3rd. Paid, no promise.",
      ck="p", quote="outlook", app="outlook", prefix="R:", sig=OUTLA_IT)

    C("Ferramenta Colombo", ("Amministrazione Ferramenta Colombo", "amministrazione@ferramentacolombo.it"), ALE,
      "47/2026", "732.00", "reminder", "2026-12-14 09:00", "2026-12-05", "2026-12-14 11:02",
      "Ecco", P,
      "One word 'Ecco' ('here it is') with a PDF bank receipt attached: the answer to 'indicate the transfer date' "
      "is the receipt itself. Paid.",
      cname="Ferramenta Colombo srl", quote="outlook", sig=OUTL_IT,
      attach=[("pdf", "Contabile_bonifico_14122026.pdf",
               ["INTESA SANPAOLO - Contabile bonifico SEPA", "Data esecuzione: 14/12/2026",
                "Ordinante: FERRAMENTA COLOMBO SRL", "Beneficiario: ALESSANDRA ROSSI",
                "IBAN: IT60X0542811101000000123456", "Importo: EUR 732,00",
                "Causale: SALDO FATTURA 47/2026", "CRO: 1101263480016517"])])

    C("Trattoria Er Cuppolone", ("Fabrizio", "er.cuppolone@gmail.com"), MARCO, "2026/63", "550.00",
      "late_fee", "2026-12-18 09:00", "2026-12-05", "2026-12-18 15:20",
      "aò l'ho pagata ieri, guarda mejo sur conto. Fabrì", P,
      "Roman dialect: 'I paid it yesterday, look better at the account'.",
      cname="Trattoria Er Cuppolone", quote="gmail")

    C("Gelateria Polare", ("MARISA POLARE", "gelateriapolare@alice.it"), ALE, "49/2026", "305.00",
      "reminder", "2026-12-15 09:00", "2026-12-06", "2026-12-15 17:44",
      "PAGATO STAMATTINA. SALUTI MARISA", P,
      "ALL CAPS, iso-8859-1 Outlook-style message: paid this morning.",
      cname="Gelateria Polare di Marisa Polare", quote="outlook_orig", app="outlook", prefix="R:",
      charset="iso-8859-1")

    C("Arch. Carlo Bruni", ("Carlo Bruni", "carlo@brunistudio.it"), ALE, "52/2026", "1220.00",
      "due", "2026-12-22 09:00", "2026-12-21", "2026-12-22 18:05",
      "Fatto ora, 1.220 euro. Scusa il ritardo, periodo infernale\nC.", P,
      "Paid just now, states the amount (1.220 euro in Italian notation).",
      cname="Carlo Bruni", ck="p", quote="apple", sig=IPH_IT, cte="base64", amount="1220.00")

    C("Studio Bassi", ("Laura Bassi - Studio Bassi", "laura@studiobassi.it"), ALE, "7/2027", "488.00",
      "reminder", "2027-02-08 09:00", "2027-01-31", "2027-02-08 16:10",
      "Buongiorno,\nper conto di Idraulica Fontana confermo che la fatt. 7/2027 è stata saldata oggi.\n\n"
      "Cordiali saluti\nLaura Bassi\nStudio Bassi – Consulenza fiscale e del lavoro\nVia Emilia 112, 40026 Imola (BO)\n\n"
      "Le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. "
      "Ai sensi del Regolamento UE 2016/679 (GDPR) il trattamento dei dati avviene per le sole finalità "
      "connesse all'incarico professionale. Se avete ricevuto questo messaggio per errore vi preghiamo di "
      "avvisarci e di eliminarlo.", P,
      "The client's accountant answers for the client: invoice 7/2027 settled today. HTML-only Outlook mail "
      "with a GDPR footer. Paid, reference 7/2027.",
      cname="Idraulica Fontana snc", quote="outlook", fmt="html", cc="info@idraulicafontana.it",
      reference="7/2027")

    C("Davide Sala", ("Davide Sala", "davide.sala.84@gmail.com"), MARCO, "2026/66", "120.00",
      "due", "2026-12-28 09:00", "2026-12-28", "2026-12-28 19:32",
      "✅ pagato con satispay 😉", P,
      "Emoji plus a word: paid via Satispay, answering the due-today note.",
      ck="p", quote="gmail", cte="base64")

    C("Libreria Il Gabbiano", ("Simona Libreria Il Gabbiano", "libreriailgabbiano@gmail.com"), ALE, "45/2026", "260.00",
      "paid_claim_followup", "2026-12-16 09:00", "2026-12-05", "2026-12-16 10:05",
      "ti giro la contabile, vedi tu", P,
      "Answer to 'payment not received yet, send the receipt': a PNG screenshot of the bank receipt. Paid.",
      cname="Libreria Il Gabbiano", quote="gmail", fmt="alt", x={"claim": "2026-12-09"},
      attach=[("png", "Screenshot_20261216-100312.png", None)])

    C("Idea Casa Arredi", ("Roberta - Idea Casa", "roberta@ideacasaarredi.it"), ALE, "9/2027", "549.00",
      "reminder", "2027-02-22 09:00", "2027-02-12", "2027-02-22 12:31",
      "ecco la conferma\n\n---------- Forwarded message ---------\nDa: Intesa Sanpaolo <noreply@intesasanpaolo.com>\n"
      "Date: lun 22 feb 2027 alle ore 12:28\nSubject: Disposizione di bonifico eseguita\nTo: <roberta@ideacasaarredi.it>\n\n\n"
      "Gentile Cliente,\nla informiamo che la disposizione di bonifico SEPA è stata eseguita.\n\n"
      "Beneficiario: ROSSI ALESSANDRA\nIBAN beneficiario: IT60X0542811101000000123456\nImporto: 549,00 EUR\n"
      "Causale: FT 9 2027 IDEA CASA\nData esecuzione: 22/02/2027\nTRN: 0306909606108217480320089710IT\n\n"
      "Intesa Sanpaolo S.p.A. - Questa è una comunicazione automatica, si prega di non rispondere.", P,
      "Client forwards her bank's 'bonifico eseguito' notice (an outgoing payment on HER side) with 'ecco la "
      "conferma': a client paid claim, not a payment notification. Amount from the forwarded receipt.",
      cname="Idea Casa Arredi srl", quote=None, amount="549.00", reference="9/2027")

    # ---------------------------------------------------------------- promise
    C("Autofficina Marchetti", ("Luca Marchetti", "officinamarchetti@libero.it"), MARCO, "2026/59", "640.00",
      "reminder", "2026-11-25 09:00", "2026-11-15", "2026-11-25 11:15",
      "ok x ven", R,
      "'ok per venerdì' abbreviated: promise to pay on Friday (Wed 25 Nov -> Fri 27 Nov).",
      cname="Autofficina Marchetti di Luca Marchetti", quote="apple", sig=IPH_IT, promised_date="2026-11-27")

    C("Ristorante La Pergola", ("Gianni Ruggeri", "gianni@lapergolaristorante.it"), ALE, "43/2026", "915.00",
      "late_fee", "2026-12-03 09:00", "2026-11-20", "2026-12-03 22:40",
      "pago lunedì scusa 🙏", R,
      "Late-night one-liner: will pay Monday (Thu 3 Dec -> Mon 7 Dec).",
      cname="Ristorante La Pergola srl", quote="gmail", promised_date="2026-12-07")

    C("Serena Galli", ("Serena Galli", "serena.galli@outlook.it"), ALE, "46/2026", "350.00",
      "reminder", "2026-12-14 09:00", "2026-12-04", "2026-12-14 20:11",
      "Domani senza fallo!!", R,
      "'Tomorrow without fail': promise for 15 Dec.",
      ck="p", quote="outlook", sig=OUTLA_IT, fmt="alt", promised_date="2026-12-15")

    C("Cantina Vallarsa", ("Roberto Vallarsa", "roberto@cantinavallarsa.it"), MARCO, "2026/60", "1464.00",
      "due", "2026-12-02 09:00", "2026-12-02", "2026-12-02 10:55",
      "entro il 15 ok", R,
      "'by the 15th ok': the 15th of this month is still ahead -> 2026-12-15.",
      cname="Cantina Vallarsa Soc. Agr.", quote="apple", sig=IPH_IT, promised_date="2026-12-15")

    C("Marta Pellegrini", ("Marta Pellegrini", "martapelle@tiscali.it"), ALE, "48/2026", "240.00",
      "reminder", "2026-12-17 09:00", "2026-12-07", "2026-12-17 14:50",
      "appena mi pagano ti pago, giuro 🤞 sono in ritardo pure con me", R,
      "'As soon as they pay me I pay you': promise without a date.",
      ck="p", quote="samsung", sig=SAM_IT)

    C("Edil Carraro", ("Franco Carraro", "franco@edilcarraro.it"), MARCO, "2026/64", "2440.00",
      "late_fee", "2027-01-12 09:00", "2026-12-20", "2027-01-12 11:58",
      "fine mese", R,
      "Just 'fine mese' under a late-payment reminder: promise for end of January (2027-01-31).",
      cname="Edil Carraro srl", quote="apple", sig=IPH_IT, promised_date="2027-01-31")

    C("Valentina Greco", ("Valentina Greco", "vale.greco@yahoo.it"), ALE, "51/2026", "150.00",
      "due", "2026-12-21 09:00", "2026-12-20", "2026-12-21 12:30",
      "Lo faccio oggi pomeriggio, alle 3 vado in banca", R,
      "Will do it this afternoon: promise for today.",
      ck="p", quote=None, sig="Inviato da Yahoo Mail su Android", promised_date="2026-12-21")

    C("Hotel Miramonti", ("Ufficio Amministrazione Hotel Miramonti", "amministrazione@hotelmiramonti.it"), MARCO,
      "2026/62", "1830.00", "reminder", "2026-12-22 09:00", "2026-12-10", "2026-12-22 10:33",
      "Buongiorno,\npurtroppo non prima del 10 gennaio, abbiamo la cassa bloccata per le feste.\nCordialità\n"
      "Erica\n\nHotel Miramonti – Via Roma 4 – 39030 San Vigilio di Marebbe (BZ)", R,
      "'not before 10 January' = promise for the 10th. Outlook, iso-8859-1 label with a cp1252 character.",
      cname="Hotel Miramonti srl", quote="outlook_orig", app="outlook", charset="iso-8859-1",
      promised_date="2027-01-10")

    C("Sara Lombardi", ("Sara Lombardi", "sara.lombardi@gmail.com"), MARCO, "2026/67", "200.00",
      "reminder", "2026-12-30 09:00", "2026-12-20", "2026-12-30 16:02",
      "Ciao Marco! Sono in montagna senza pc, rientro dopo la Befana e sistemo subito 🙏⛷️", R,
      "Will pay after Epiphany: promise, but 'after' a date is vague -> no promised_date.",
      ck="p", quote="gmail")

    C("Pizzeria Vesuvio", ("Ciro Pizzeria Vesuvio", "pizzeriavesuvio.ciro@gmail.com"), ALE, "2/2027", "320.00",
      "promise_followup", "2027-01-22 09:00", "2027-01-10", "2027-01-22 23:10",
      "Mercoledi' lo metto in distinta, giuro", R,
      "Answer to a promise follow-up: will put it in Wednesday's payment batch (Fri 22 Jan -> Wed 27 Jan).",
      cname="Pizzeria Vesuvio di Ciro Russo", quote="gmail", x={"promise": "2027-01-20"},
      promised_date="2027-01-27")

    C("Studio Grafico Pixel", ("Irene Costa", "irene@studiopixel.it"), ALE, "5/2027", "430.00",
      "reminder", "2027-02-09 09:00", "2027-01-31", "2027-02-09 13:14",
      "la 3 l'ho pagata stamattina, questa (la 5) a fine mese ok?", R,
      "Two invoices: 3/2027 paid this morning, 5/2027 (the reminded one) at end of month -> promise (rule: paid "
      "one + promise for the other = promise), end of February.",
      cname="Studio Grafico Pixel sas", quote="apple", sig=IPH_IT, promised_date="2027-02-28", reference="5/2027")

    C("Angelo Ricci", ("Angelo Ricci", "angelo.ricci@virgilio.it"), MARCO, "2027/3", "260.00",
      "reminder", "2027-02-01 09:00", "2027-01-22", "2027-02-01 18:20",
      "ok ti pago vener di sicuro", R,
      "Dictation split 'venerdì' into 'vener di': will pay Friday (Mon 1 Feb -> Fri 5 Feb).",
      ck="p", quote=None, sig=IPH_IT, promised_date="2027-02-05")

    C("Bottega Ceramiche Zanin", ("Bepi Zanin", "info@ceramichezanin.it"), ALE, "53/2026", "275.00",
      "reminder", "2026-12-29 09:00", "2026-12-19", "2026-12-29 17:02",
      "Ciao, te pago doman, no sta preocuparte", R,
      "Venetian: 'I'll pay you tomorrow, don't worry' -> 2026-12-30.",
      cname="Bottega Ceramiche Zanin", quote="samsung", sig=SAM_IT, promised_date="2026-12-30")

    # ---------------------------------------------------------------- dispute
    C("Macelleria Fratelli Serra", ("Antonio Serra", "macelleriaserra@libero.it"), MARCO, "2026/65", "275.00",
      "reminder", "2026-12-21 09:00", "2026-12-11", "2026-12-21 10:06",
      "ma che è sta roba?? sta fattura me l'hai già mandata a ottobre e l'ho pagata. È DOPPIA", M,
      "Says the invoice is a duplicate of one already billed and paid in October: contests this invoice "
      "(already billed) -> dispute beats the paid claim.",
      cname="Macelleria F.lli Serra snc", quote="apple", sig=IPH_IT)

    C("Birrificio Lupulus", ("Matteo - Birrificio Lupulus", "matteo@lupulus.beer"), ALE, "42/2026", "850.00",
      "late_fee", "2026-12-02 09:00", "2026-11-16", "2026-12-02 19:45",
      "Non pago finché non sistemi il logo come d'accordo. Te l'ho scritto 3 volte.", M,
      "Withholds payment until the work is fixed as agreed.",
      cname="Birrificio Lupulus srl", quote="gmail")

    C("Agriturismo Il Poggio", ("Donatella", "info@agriturismoilpoggio.it"), MARCO, "2026/57", "950.00",
      "reminder", "2026-11-23 09:00", "2026-11-13", "2026-11-23 15:37",
      "L'importo non è quello concordato, erano 800 non 950. Rifammela", M,
      "Wrong amount, asks for a new invoice.",
      cname="Agriturismo Il Poggio", quote="outlook", sig=OUTL_IT)

    C("Chiara Fumagalli", ("Chiara Fumagalli", "chiara.fumagalli@gmail.com"), ALE, "50/2026", "600.00",
      "courtesy", "2026-12-14 09:00", "2026-12-20", "2026-12-14 09:51",
      "mi serve una nota di credito, l'hai intestata a me e non alla società 🙄", M,
      "Wants a credit note because the invoice is addressed to the wrong party: dispute (credit note).",
      ck="p", quote="gmail", fmt="alt")

    C("Palestra Iron Gym", ("IRON GYM", "irongym.asd@gmail.com"), MARCO, "2027/1", "700.00",
      "late_fee", "2027-01-27 09:00", "2027-01-10", "2027-01-27 20:19",
      "NON PAGO. IL VIDEO NON L'HO MAI RICEVUTO.", M,
      "ALL CAPS refusal: work never delivered.",
      cname="ASD Iron Gym", quote=None, sig=IPH_IT)

    C("Mobilificio Brianza Design", ("Walter Brambilla", "walter@brianzadesign.it"), MARCO, "2026/68", "1100.00",
      "reminder", "2027-01-08 09:00", "2026-12-28", "2027-01-08 12:12",
      "Ti faccio 500 adesso e il resto quando mi sistemi le foto del catalogo che sono venute scure", M,
      "Partial payment now, the rest only when the photos are fixed: partial + dispute = dispute; amount 500 "
      "is the sum he states he is paying.",
      cname="Mobilificio Brianza Design srl", quote="apple", sig=IPH_IT, amount="500.00")

    C("Enoteca Il Tralcio", ("Paola Enoteca Il Tralcio", "enotecailtralcio@gmail.com"), ALE, "4/2027", "390.00",
      "due", "2027-02-01 09:00", "2027-01-31", "2027-02-01 11:40",
      "E lo sconto del 10% che mi avevi promesso?? Così non la pago", M,
      "Claims an agreed 10% discount is missing; will not pay as is.",
      cname="Enoteca Il Tralcio", quote="gmail")

    C("Studio Legale Fantini", ("Avv. Giulio Fantini", "g.fantini@studiolegalefantini.it"), ALE, "6/2027", "1098.00",
      "reminder", "2027-02-15 09:00", "2027-02-05", "2027-02-15 13:02",
      "18 ore?? ne abbiamo fatte 12 al massimo.\n\nAvv. G. Fantini\n\n"
      "Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate e possono "
      "contenere informazioni riservate e/o coperte da segreto professionale.", M,
      "Contests the hours billed (18 vs 12): dispute.",
      cname="Studio Legale Fantini", quote="outlook", sig=OUTL_IT)

    # ---------------------------------------------------------------- other
    C("Negozio Sottosopra", ("Federica Sottosopra", "sottosopra.negozio@gmail.com"), ALE, "40/2026", "195.00",
      "reminder", "2026-11-18 09:00", "2026-11-08", "2026-11-18 14:20",
      "ok", F,
      "Bare 'ok' to a reminder asking for payment: acknowledgement only, no paid claim and no promise.",
      cname="Sottosopra di Federica Neri", quote="gmail")

    C("Officina Creativa", ("Mattia", "mattia@officinacreativa.it"), MARCO, "2026/56", "480.00",
      "due", "2026-11-16 09:00", "2026-11-16", "2026-11-16 09:47",
      "visto", F,
      "'visto' ('seen') to a due-today note: acknowledgement, nothing claimed.",
      cname="Officina Creativa snc", quote="apple", sig=IPH_IT)

    C("Consorzio Vini Colli Euganei", ("Giacomo Berto", "g.berto@consorziocollieuganei.it"), ALE, "38/2026",
      "1830.00", "courtesy", "2026-11-09 09:00", "2026-11-15", "2026-11-09 10:21",
      "lo giro all'amministrazione", F,
      "Forwarded to accounts (cc): not a promise, not a claim.",
      cname="Consorzio Vini Colli Euganei", quote="apple", sig=IPH_IT,
      cc="amministrazione@consorziocollieuganei.it")

    C("Centro Estetico Aurora", ("Centro Estetico Aurora", "centroesteticoaurora@gmail.com"), ALE, "3/2027", "220.00",
      "invoice", "2027-01-15 09:00", "2027-02-14", "2027-01-15 12:03",
      "Ricevuta grazie", F,
      "Reply to the invoice mail itself: 'received, thanks' refers to the invoice, not to a payment.",
      quote="gmail", x={"desc": "il nuovo listino e i volantini"})

    C("Francesco Villa", ("Francesco Villa", "f.villa@fastwebnet.it"), MARCO, "2026/69", "340.00",
      "reminder", "2027-01-11 09:00", "2027-01-01", "2027-01-11 21:48",
      "mi rimandi la fattura? non la trovo piu", F,
      "Asks to resend the invoice: question, no claim.",
      ck="p", quote=None, sig=IPH_IT)

    C("Giorgio Tonelli", ("Giorgio Tonelli", "giorgio.tonelli@alice.it"), ALE, "54/2026", "170.00",
      "reminder", "2027-01-07 09:00", "2026-12-28", "2027-01-07 09:26",
      "??", F,
      "Only '??' above a reminder: confusion / question, nothing claimed.",
      ck="p", quote="apple", sig=IPH_IT)

    C("Residence Le Vele", ("Residence Le Vele", "info@residencelevele.it"), MARCO, "2027/2", "760.00",
      "reminder", "2027-02-10 09:00", "2027-01-31", "2027-02-10 15:55",
      "mi chiami quando puoi? ti devo parlare di una cosa", F,
      "Asks for a call; says nothing about paying.",
      cname="Residence Le Vele srl", quote="samsung", sig=SAM_IT)

    C("Stefano Neri", ("Stefano Neri", "ste.neri@libero.it"), ALE, "8/2027",
      "310.00", "due", "2027-02-15 09:00", "2027-02-15", "2027-02-15 19:04",
      "Mi è arrivata un'altra mail con un IBAN diverso, è tua? Non vorrei fare casini", F,
      "Question about a different IBAN received by mail (possible fraud): no claim, no promise.",
      ck="p", quote="gmail")

    C("Ottica Visconti", ("Davide Visconti", "davide@otticavisconti.it"), MARCO, "2026/70", "520.00",
      "reminder", "2027-01-18 09:00", "2027-01-08", "2027-01-18 16:30",
      "io non ho pagato niente, se ne occupa Marta. Ti metto in copia lei", F,
      "Negated 'pagato': he did not pay, hands over to a colleague (cc) -> other.",
      cname="Ottica Visconti snc", quote="apple", sig=IPH_IT, cc="Marta Ferrario <marta@otticavisconti.it>")

    C("Yoga Studio Shanti", ("Mario Neri - Shanti", "studio@yogashanti.it"), ALE, "37/2026", "250.00",
      "thank_you", "2026-11-12 09:00", "2026-11-10", "2026-11-12 10:41",
      "Grazie a te! Alla prossima 😊", F,
      "Reply to the thank-you letter (which quotes 'ho ricevuto il pagamento'): pleasantries only.",
      cname="Yoga Studio Shanti", quote="gmail", x={"paid_on": "2026-11-10"})


IPH_ES = "Enviado desde mi iPhone"
AND_ES = "Enviado desde mi Android"
SAM_ES = "Enviado desde mi smartphone Samsung Galaxy."
OUTL_ES = "Obtener Outlook para iOS"


def add_es():
    P, R, M, F = ("client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other")

    # ---------------------------------------------------------------- paid
    C("Reformas Ruiz", ("Antonio Ruiz", "reformasruiz@hotmail.es"), LUCIA, "2026-041", "726.00",
      "reminder", "2026-11-24 09:00", "2026-11-14", "2026-11-24 13:05",
      "ya esta", P,
      "'ya está' without accent under a reminder asking to pay: it's done (paid).",
      cname="Reformas Ruiz SL", quote="gmail", sig=AND_ES)

    C("Cafetería La Esquina", ("Nuria", "cafeterialaesquina@gmail.com"), JORDI, "F26-031", "290.00",
      "due", "2026-11-30 09:00", "2026-11-30", "2026-11-30 12:41",
      "hecho! 👍", P,
      "'done!' + thumbs-up to a due-today note: paid.",
      cname="Cafetería La Esquina", quote="gmail", cte="base64")

    C("Clínica Dental Sonrisas", ("Administración Clínica Sonrisas", "admin@clinicasonrisas.es"), LUCIA, "2026-044",
      "1512.50", "late_fee", "2026-12-09 09:00", "2026-11-25", "2026-12-09 10:18",
      "Buenos días,\ntransferencia realizada, te adjunto justificante.\nUn saludo", P,
      "Transfer made, PDF receipt attached. Outlook quoting.",
      cname="Clínica Dental Sonrisas SLP", quote="outlook",
      attach=[("pdf", "Justificante_transferencia.pdf",
               ["CaixaBank - Justificante de transferencia", "Fecha: 09/12/2026",
                "Ordenante: CLINICA DENTAL SONRISAS SLP", "Beneficiario: LUCIA MARTIN",
                "Importe: 1.512,50 EUR", "Concepto: FRA 2026-044"])])

    C("Paula Ortega", ("Paula Ortega", "paulaortega.lp@gmail.com"), CARMEN, "CV-2026-18", "95.00",
      "reminder", "2026-12-03 09:00", "2026-11-23", "2026-12-03 19:12",
      "pagado por bizum hace un rato 😊", P,
      "Paid by Bizum a while ago. Canary time zone, base64 body.",
      ck="p", quote="gmail", cte="base64")

    C("Academia Idiomas Babel", ("Raúl Academia Babel", "raul@academiababel.es"), LUCIA, "2026-046", "400.00",
      "reminder", "2026-12-14 09:00", "2026-12-04", "2026-12-14 11:27",
      "Ya te lo pagué el viernes, revisa porfa", P,
      "Paid last Friday.",
      cname="Academia de Idiomas Babel SL", quote="apple", sig=IPH_ES)

    C("Talleres Mecánicos Benítez", ("TALLERES BENITEZ", "talleresbenitez@telefonica.net"), CARMEN, "CV-2026-21",
      "560.00", "late_fee", "2026-12-17 09:00", "2026-12-01", "2026-12-17 10:02",
      "YA ESTA PAGADA DESDE EL LUNES", P,
      "ALL CAPS, no accents: paid since Monday. iso-8859-1 (Outlook).",
      cname="Talleres Mecánicos Benítez SL", quote="outlook_orig", app="outlook", charset="iso-8859-1")

    C("Inmobiliaria Castellana", ("Marisa - Inmobiliaria Castellana", "marisa@inmocastellana.es"), LUCIA, "2026-047",
      "605.00", "reminder", "2026-12-21 09:00", "2026-12-11", "2026-12-21 13:33",
      "Buenas, abonada la 47. Saludos", P,
      "'abonada la 47' = invoice 2026-047 paid.",
      cname="Inmobiliaria Castellana SL", quote="outlook", sig=OUTL_ES, reference="2026-047")

    C("Bodegas Arrieta", ("Iñaki Arrieta", "inaki@bodegasarrieta.com"), LUCIA, "2026-049", "850.00",
      "due", "2026-12-28 09:00", "2026-12-26", "2026-12-28 17:10",
      "Hecha la transferencia de 850 €. Perdona el retraso, se me pasó completamente", P,
      "Transfer of 850 EUR made: paid with amount.",
      cname="Bodegas Arrieta SA", quote="apple", sig=IPH_ES, amount="850.00")

    C("Estudio Yoga Prana", ("Celia Prana Yoga", "hola@pranayoga.cat"), JORDI, "F26-037", "180.00",
      "paid_claim_followup", "2027-01-12 09:00", "2026-12-31", "2027-01-12 13:02",
      "ahí va", P,
      "'here it goes' + screenshot PNG of the transfer, answering the 'payment not received' follow-up.",
      cname="Estudio Yoga Prana", quote="gmail", fmt="alt", x={"claim": "2027-01-05"},
      attach=[("png", "IMG_4471.PNG", None)])

    C("Frutería El Guanche", ("Paco El Guanche", "fruteriaelguanche@hotmail.com"), CARMEN, "CV-2026-24", "140.00",
      "reminder", "2027-01-05 09:00", "2026-12-26", "2027-01-05 10:34",
      "Mi niña ya te la pagué ayer, chacho, mira bien 😅", P,
      "Canarian register ('mi niña', 'chacho'): paid yesterday.",
      cname="Frutería El Guanche", quote="samsung", sig=SAM_ES)

    C("Manuel Herrera", ("Manuel Herrera", "manuherrera76@yahoo.es"), LUCIA, "2027-003", "300.00",
      "reminder", "2027-01-25 09:00", "2027-01-15", "2027-01-25 18:40",
      "Me dice mi gestor que te lo pagó esta mañana", P,
      "Paid by the client's accountant this morning: someone on the client's side paid.",
      cname="Manuel Herrera", ck="p", quote=None, sig="Enviado desde Yahoo Mail para Android")

    C("Construcciones Lemos", ("Xosé Lemos", "xlemos@construccioneslemos.gal"), JORDI, "F26-040", "2100.00",
      "late_fee", "2027-01-20 09:00", "2027-01-02", "2027-01-20 19:55",
      "ya te hice la trans ferencia ayer por la tarde saludos", P,
      "Dictated: 'trans ferencia' split by voice input. Transfer made yesterday afternoon.",
      cname="Construcciones Lemos SL", quote=None, sig=AND_ES)

    # ---------------------------------------------------------------- promise
    C("Peluquería Estilo", ("Rocío", "peluqueriaestilo.rocio@gmail.com"), LUCIA, "2026-042", "210.00",
      "reminder", "2026-11-24 09:00", "2026-11-14", "2026-11-24 15:30",
      "el viernes sin falta", R,
      "Friday without fail (Tue 24 Nov -> Fri 27 Nov).",
      cname="Peluquería Estilo", quote="gmail", promised_date="2026-11-27")

    C("Gimnasio Olimpo", ("Sergio Olimpo", "sergio@gimnasioolimpo.com"), JORDI, "F26-032", "650.00",
      "late_fee", "2026-12-09 09:00", "2026-11-22", "2026-12-09 21:50",
      "mañana te lo hago, perdona", R,
      "Tomorrow -> 2026-12-10.",
      cname="Gimnasio Olimpo SL", quote="apple", sig=IPH_ES, promised_date="2026-12-10")

    C("Grupo Hostelero Mediterráneo", ("Dpto. Administración - Grupo Hostelero Mediterráneo",
                                        "administracion@grupomediterraneo.es"), LUCIA, "2026-050", "2420.00",
      "reminder", "2027-01-13 09:00", "2026-12-31", "2027-01-13 12:25",
      "Buenos días,\n\nEntra en la remesa del 25.\n\nSaludos,\nDpto. Administración\nGrupo Hostelero Mediterráneo, S.L.\n\n"
      "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario. "
      "De acuerdo con el RGPD, le informamos de que sus datos serán tratados por GRUPO HOSTELERO MEDITERRÁNEO, "
      "S.L. con la finalidad de mantener la relación comercial.", R,
      "'It goes into the payment batch of the 25th': promise for 2027-01-25. HTML-only Outlook with a legal footer.",
      cname="Grupo Hostelero Mediterráneo SL", quote="outlook", fmt="html", promised_date="2027-01-25")

    C("Ana Belén Soto", ("Ana Belén Soto", "anabelensoto@gmail.com"), CARMEN, "CV-2026-20", "220.00",
      "reminder", "2026-12-15 09:00", "2026-12-05", "2026-12-15 20:20",
      "a primeros de mes te lo paso, que ahora no llego", R,
      "'at the start of the month': promise, vague -> no date.",
      ck="p", quote="gmail")

    C("Librería Alcaraz", ("Tomás Alcaraz", "libreria.alcaraz@gmail.com"), LUCIA, "2026-048", "330.00",
      "reminder", "2026-12-16 09:00", "2026-12-06", "2026-12-16 16:48",
      "perdona!! esta semana imposible, el lunes", R,
      "Not this week, Monday (Wed 16 Dec -> Mon 21 Dec).",
      cname="Librería Alcaraz", quote="gmail", promised_date="2026-12-21")

    C("Bar Casa Pepe", ("Pepe", "barcasapepe@gmail.com"), JORDI, "F26-035", "275.00",
      "reminder", "2026-12-11 09:00", "2026-12-01", "2026-12-11 23:12",
      "A final de mes te lo pago, que ando justo", R,
      "End of the month -> 2026-12-31.",
      cname="Bar Casa Pepe", quote="samsung", sig=SAM_ES, promised_date="2026-12-31")

    C("Floristería Jazmín", ("Lorena Floristería Jazmín", "floristeriajazmin@gmail.com"), CARMEN, "CV-2026-26",
      "160.00", "due", "2027-01-15 09:00", "2027-01-15", "2027-01-15 11:20",
      "dale, hoy mismo te lo hago", R,
      "'dale' + today: promise for today (Canary time).",
      cname="Floristería Jazmín", quote="gmail", promised_date="2027-01-15")

    C("Fontanería Ortiz", ("Julián Ortiz", "fontaneriaortiz@yahoo.es"), JORDI, "F26-038", "890.00",
      "late_fee", "2027-01-14 09:00", "2026-12-28", "2027-01-14 14:05",
      "Cuando me paguen los de la obra te pago, tranqui", R,
      "Will pay when his own client pays: promise without a date.",
      cname="Fontanería Ortiz", quote=None, sig=AND_ES)

    C("Eventos Aurora", ("Sandra - Eventos Aurora", "sandra@eventosaurora.es"), LUCIA, "2027-001", "1210.00",
      "reminder", "2027-01-11 09:00", "2027-01-01", "2027-01-11 10:44",
      "no antes del 20, lo siento mucho", R,
      "'not before the 20th' = promise for 2027-01-20.",
      cname="Eventos Aurora SL", quote="outlook", sig=OUTL_ES, promised_date="2027-01-20")

    C("Cal Pere Restaurant", ("Pere Casals", "calpere@calpere.cat"), JORDI, "F26-036", "615.00",
      "reminder", "2027-01-07 09:00", "2026-12-28", "2027-01-07 17:36",
      "Bon dia Jordi, el miércoles lo pago, perdona el retraso", R,
      "Catalan greeting, Spanish text: Wednesday (Thu 7 Jan -> Wed 13 Jan).",
      cname="Cal Pere Restaurant SL", quote="apple", sig=IPH_ES, promised_date="2027-01-13")

    C("Centro Veterinario Lanzarote", ("Yaiza - Centro Veterinario", "recepcion@vetlanzarote.es"), CARMEN,
      "CV-2026-23", "385.00", "promise_followup", "2027-01-29 09:00", "2026-12-20", "2027-01-29 13:15",
      "No he pagado aún, perdona, mañana a primera hora", R,
      "Negated 'pagado' (not paid yet) + tomorrow first thing -> promise for 2027-01-30.",
      cname="Centro Veterinario Lanzarote SLP", quote="gmail", x={"promise": "2027-01-22"},
      promised_date="2027-01-30")

    C("Autoescuela Rápida", ("Autoescuela Rápida", "info@autoescuelarapida.es"), LUCIA, "2027-004", "450.00",
      "reminder", "2027-01-28 09:00", "2027-01-18", "2027-01-28 12:00",
      "El 5 de febrero te lo ingreso", R,
      "Explicit date: 5 February.",
      cname="Autoescuela Rápida SL", quote="gmail", promised_date="2027-02-05")

    # ---------------------------------------------------------------- dispute
    C("Reformas Integrales Vega", ("Óscar Vega", "oscar@reformasvega.es"), JORDI, "F26-033", "1800.00",
      "final", "2026-12-14 09:00", "2026-11-10", "2026-12-14 09:58",
      "no pienso pagar esto, el trabajo no se terminó", M,
      "Refuses to pay, work not finished; answers the formal demand.",
      cname="Reformas Integrales Vega SL", quote="apple", sig=IPH_ES)

    C("Tienda Ecológica Raíces", ("Marisa Cuesta", "raices.eco@gmail.com"), LUCIA, "2026-043", "847.00",
      "reminder", "2026-12-01 09:00", "2026-11-21", "2026-12-01 18:32",
      "el importe no es el acordado, quedamos en 600 + IVA", M,
      "Wrong amount (agreed 600 + VAT, billed 847): dispute. windows-1252.",
      cname="Tienda Ecológica Raíces", quote="gmail", charset="windows-1252")

    C("Óptica Miravista", ("Óptica Miravista", "opticamiravista@gmail.com"), CARMEN, "CV-2026-22", "310.00",
      "reminder", "2026-12-22 09:00", "2026-12-12", "2026-12-22 12:18",
      "esta factura ya me la cobraste en octubre 🤔", M,
      "Says this was already charged in October: already billed -> dispute.",
      cname="Óptica Miravista SL", quote="gmail", fmt="alt")

    C("Distribuciones Ferrer", ("Núria Ferrer", "nferrer@distribucionesferrer.com"), JORDI, "F26-041", "968.00",
      "due", "2027-01-25 09:00", "2027-01-25", "2027-01-25 16:16",
      "Necesito una rectificativa, el CIF está mal y así el gestor no me la acepta", M,
      "Asks for a corrective invoice (rectificativa) before it can be accepted: contests the invoice as issued.",
      cname="Distribuciones Ferrer SL", quote="outlook", sig=OUTL_ES)

    C("Cervecería La Tribu", ("Dani La Tribu", "dani@cervecerialatribu.es"), LUCIA, "2027-005", "1000.00",
      "reminder", "2027-02-08 09:00", "2027-01-29", "2027-02-08 20:40",
      "te pago la mitad ahora y la otra mitad cuando me pases los editables", M,
      "Half now, other half only when the editable files are delivered: partial + condition = dispute. No "
      "figure stated.",
      cname="Cervecería La Tribu SL", quote="apple", sig=IPH_ES)

    C("Hotel Rural Las Cumbres", ("Hotel Rural Las Cumbres", "reservas@lascumbreshotel.es"), CARMEN, "CV-2026-25",
      "1200.00", "reminder", "2027-01-19 09:00", "2027-01-09", "2027-01-19 10:07",
      "¿¿¿1.200??? si quedamos en 900", M,
      "Amount contested: agreed 900.",
      cname="Hotel Rural Las Cumbres SL", quote="gmail")

    C("Panadería Horno San Juan", ("Maribel Horno San Juan", "hornosanjuan@gmail.com"), LUCIA, "2027-006", "363.00",
      "reminder", "2027-02-16 09:00", "2027-02-06", "2027-02-16 11:30",
      "Oye, el descuento de cliente habitual no está aplicado. Me la rehaces?", M,
      "Missing agreed discount, asks for a new invoice.",
      cname="Panadería Horno San Juan", quote="samsung", sig=SAM_ES)

    # ---------------------------------------------------------------- other
    C("Agencia de Viajes Sol y Mar", ("Agencia Sol y Mar", "reservas@solymarviajes.es"), CARMEN, "CV-2026-19",
      "480.00", "reminder", "2026-12-10 09:00", "2026-11-30", "2026-12-10 09:52",
      "perfecto lo miro", F,
      "'perfect, I'll look at it': acknowledgement, nothing paid or promised.",
      cname="Viajes Sol y Mar SL", quote="gmail")

    C("Consultora Atlas", ("Beatriz Gómez", "bgomez@consultoraatlas.es"), LUCIA, "2027-007", "1573.00",
      "invoice", "2027-02-10 09:00", "2027-03-12", "2027-02-10 09:41",
      "recibido", F,
      "'received' answering the invoice mail: acknowledges the invoice, not a payment.",
      cname="Consultora Atlas SL", quote="outlook", sig=OUTL_ES, x={"desc": "diseño del informe anual"})

    C("Grupo Editorial Brío", ("Albert Soler", "asoler@editorialbrio.cat"), JORDI, "F26-034", "1150.00",
      "reminder", "2026-12-15 09:00", "2026-12-05", "2026-12-15 12:50",
      "se lo paso a contabilidad, un saludo", F,
      "Passed to accounts (cc'd): other.",
      cname="Grupo Editorial Brío SL", quote="apple", sig=IPH_ES, cc="contabilidad@editorialbrio.cat")

    C("Javier Molina", ("Javier Molina", "javimolina@gmail.com"), LUCIA, "2026-051", "240.00",
      "reminder", "2027-01-20 09:00", "2027-01-10", "2027-01-20 22:05",
      "me la reenvías? no me llegó nunca", F,
      "Asks to resend the invoice; never received it.",
      ck="p", quote="gmail")

    C("Zapatería Lola", ("Lola", "zapaterialola@hotmail.com"), CARMEN, "CV-2027-02", "135.00",
      "reminder", "2027-02-09 09:00", "2027-01-30", "2027-02-09 10:15",
      "vale", F,
      "'vale' (ok) to a reminder: acknowledgement, not a paid claim nor a promise.",
      cname="Zapatería Lola", quote="samsung", sig=SAM_ES)

    C("Productora Faro Films", ("Marc Faro Films", "marc@farofilms.cat"), JORDI, "F26-042", "2300.00",
      "late_fee", "2027-02-03 09:00", "2027-01-15", "2027-02-03 13:21",
      "Llámame cuando puedas porfa", F,
      "Asks for a call.",
      cname="Faro Films SL", quote="apple", sig=IPH_ES)

    C("Rubén Castillo", ("Rubén Castillo", "rcastillo@movistar.es"), LUCIA, "2027-008", "180.00",
      "reminder", "2027-02-22 09:00", "2027-02-12", "2027-02-22 09:37",
      "qué factura??", F,
      "'which invoice??': question.",
      ck="p", quote=None, sig=IPH_ES)

    C("Clínica Fisio Activa", ("Fisio Activa", "administracio@fisioactiva.cat"), JORDI, "F26-043", "420.00",
      "due", "2027-02-15 09:00", "2027-02-15", "2027-02-15 17:45",
      "¿Es la misma cuenta de siempre? Mi banco me pide confirmarla", F,
      "Asks whether the bank account is the usual one: question only.",
      cname="Clínica Fisio Activa SLP", quote="gmail")

    C("Escuela de Música Allegro", ("Escuela Allegro", "info@escuelaallegro.es"), LUCIA, "2026-040", "560.00",
      "thank_you", "2026-12-23 09:00", "2026-12-15", "2026-12-23 11:02",
      "Gracias Lucía, igualmente 🙂 felices fiestas!", F,
      "Reply to the thank-you-for-payment letter: pleasantries; the quoted letter mentions the payment but the "
      "client claims nothing.",
      cname="Escuela de Música Allegro", quote="gmail", x={"paid_on": "2026-12-21"})


IPH_EN = "Sent from my iPhone"
GAL_EN = "Sent from my Galaxy"
OUTL_EN = "Get Outlook for iOS"
OUTLA_EN = "Get Outlook for Android"


def add_en():
    P, R, M, F = ("client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other")
    NY, LDN, DUB = "America/New_York", "Europe/London", "Europe/Dublin"

    # ---------------------------------------------------------------- paid
    C("Harbour Light Studios", ("Ciarán Walsh", "ciaran@harbourlight.ie"), TOM, "INV-2026-118", "1100.00",
      "reminder", "2026-11-20 09:00", "2026-11-10", "2026-11-20 16:22",
      "trf done", P,
      "'transfer done' abbreviated: paid.",
      cname="Harbour Light Studios Ltd", quote="apple", sig=IPH_EN)

    C("Kettle & Crumb", ("Jess Kettle & Crumb", "jess@kettleandcrumb.co.uk"), PRIYA, "PS-041", "390.00",
      "reminder", "2026-11-26 09:00", "2026-11-16", "2026-11-26 13:48",
      "sorted 👍", P,
      "'sorted' = paid (British usage), base64 body.",
      cname="Kettle & Crumb Ltd", quote="gmail", cte="base64")

    C("Megan Walsh", ("Megan Walsh", "meganwalsh.pt@gmail.com"), TOM, "INV-2026-121", "380.00",
      "due", "2026-12-01 09:00", "2026-11-29", "2026-12-01 12:15",
      "Paid yesterday, sorry for the delay!", P,
      "Paid yesterday.",
      ck="p", quote="gmail")

    C("Northside Physio", ("Conor Byrne-Lacey", "conor@northsidephysio.ie"), TOM, "INV-2026-124", "720.00",
      "late_fee", "2026-12-08 09:00", "2026-11-20", "2026-12-08 09:31",
      "done", P,
      "'done' to an overdue notice asking to arrange payment: paid.",
      cname="Northside Physio Clinic", quote="apple", sig=IPH_EN)

    C("Brightwave Media", ("Accounts Payable", "ap@brightwavemedia.co.uk"), PRIYA, "PS-043", "2250.00",
      "reminder", "2026-12-10 09:00", "2026-11-30", "2026-12-10 15:06",
      "Hi Priya,\n\nWent out in today's payment run.\n\nRegards,\nAP Team\nBrightwave Media Ltd | Registered in England "
      "and Wales No. 08812345\n\nThis email and any attachments are confidential and intended solely for the "
      "addressee. If you have received it in error please notify the sender and delete it.", P,
      "Accounts payable: 'went out in today's payment run' = paid today. HTML-only Outlook with disclaimer.",
      cname="Brightwave Media Ltd", quote="outlook", fmt="html")

    C("Oakridge Property Group", ("Hannah Price", "hannah.price@oakridgepg.co.uk"), PRIYA, "PS-044", "960.00",
      "paid_claim_followup", "2026-12-15 09:00", "2026-12-01", "2026-12-15 10:44",
      "here you go", P,
      "'here you go' + remittance advice PDF, answering the request for the payment confirmation: paid.",
      cname="Oakridge Property Group Ltd", quote="outlook", sig=OUTL_EN, x={"claim": "2026-12-09"},
      attach=[("pdf", "Remittance_Advice_0004518.pdf",
               ["OAKRIDGE PROPERTY GROUP LTD - REMITTANCE ADVICE", "Payment date: 08/12/2026",
                "Supplier: Priya Shah", "Invoice PS-044   GBP 960.00", "Total paid: GBP 960.00",
                "Method: Faster Payment"])])

    C("Rob Fairley", ("Rob Fairley", "rob.fairley@btinternet.com"), PRIYA, "PS-045", "450.00",
      "reminder", "2026-12-14 09:00", "2026-12-04", "2026-12-14 11:05",
      "Paid £450 this morning, shout if it hasn't landed by Friday", P,
      "Paid 450 GBP this morning; the 'by Friday' is about checking arrival, not a promise.",
      ck="p", quote=None, sig=IPH_EN, amount="450.00", currency="GBP")

    C("Gallagher Motors", ("Declan Gallagher", "declan@gallaghermotors.ie"), TOM, "INV-2026-127", "1350.00",
      "late_fee", "2026-12-16 09:00", "2026-11-30", "2026-12-16 09:12",
      "PAID. CHECK YOUR BANK BEFORE SENDING THESE.", P,
      "ALL CAPS irritation, but a paid claim.",
      cname="Gallagher Motors Ltd", quote="samsung", sig=GAL_EN)

    C("Lena Park", ("Lena Park", "lenapark.studio@gmail.com"), DAN, "DK-1042", "1200.00",
      "reminder", "2026-12-07 09:00", "2026-11-27", "2026-12-07 14:22",
      "Venmo'd you the $1,200 just now", P,
      "Paid via Venmo, states the amount in USD.",
      ck="p", tz=NY, quote="gmail", amount="1200.00", currency="USD")

    C("Liffey Events", ("Aoife Doyle", "aoife@liffeyevents.ie"), TOM, "INV-2026-131", "2460.00",
      "reminder", "2027-01-11 09:00", "2027-01-01", "2027-01-11 11:50",
      "Hi Tom, we paid INV-2026-131 on the 2nd, can you check it arrived?\nAoife", P,
      "Paid on the 2nd and asks to check: still paid. Reference in her own text.",
      cname="Liffey Events Ltd", quote="gmail", fmt="alt", reference="INV-2026-131")

    C("Brooklyn Bagel Co", ("Sam Brooklyn Bagel", "sam@brooklynbagelco.com"), DAN, "DK-1047", "640.00",
      "due", "2027-01-15 09:00", "2027-01-15", "2027-01-15 16:40",
      "zelle sent 🙏", P,
      "Paid by Zelle.",
      cname="Brooklyn Bagel Co", tz=NY, quote="apple", sig=IPH_EN)

    C("Moloney Architects", ("Niamh Moloney", "niamh@moloneyarchitects.ie"), TOM, "INV-2027-007", "1845.00",
      "reminder", "2027-02-18 09:00", "2027-02-08", "2027-02-18 15:02",
      "see below\n\nBegin forwarded message:\n\nFrom: Bank of Ireland <noreply@boi.com>\nDate: 18 February 2027 at 14:57:10 GMT\n"
      "To: niamh@moloneyarchitects.ie\nSubject: Payment confirmation\n\nPayment confirmation\n\n"
      "Your payment has been submitted.\n\nPayee: TOM BYRNE\nAmount: EUR 1,845.00\nReference: INV-2027-007\n"
      "From account: ~4471 Business Current\nDate: 18/02/2027\n\nBank of Ireland is regulated by the Central Bank "
      "of Ireland.", P,
      "Client forwards her bank's OUTGOING payment confirmation with 'see below': paid, not a payment-notification.",
      cname="Moloney Architects", quote=None, sig=IPH_EN, amount="1845.00", reference="INV-2027-007")

    # ---------------------------------------------------------------- promise
    C("Ruth Keane", ("Ruth Keane", "ruthkeane@eircom.net"), TOM, "INV-2026-125", "290.00",
      "reminder", "2026-12-14 09:00", "2026-12-04", "2026-12-14 22:30",
      "sorry!! tomorrow", R,
      "Tomorrow -> 2026-12-15.",
      ck="p", quote="apple", sig=IPH_EN, promised_date="2026-12-15")

    C("Copper Kettle Deli", ("Copper Kettle", "hello@copperkettledeli.co.uk"), PRIYA, "PS-042", "310.00",
      "reminder", "2026-12-01 09:00", "2026-11-21", "2026-12-01 12:17",
      "Will pay Friday", R,
      "Friday after Tue 1 Dec -> 4 Dec.",
      cname="Copper Kettle Deli", quote="gmail", promised_date="2026-12-04")

    C("Atlas Logistics", ("Accounts Payable - Atlas Logistics", "ap@atlaslogistics.co.uk"), PRIYA, "PS-046",
      "1200.00", "late_fee", "2027-01-06 09:00", "2026-12-18", "2027-01-06 10:40",
      "next payment run is the 15th, you're on it", R,
      "Scheduled in the payment run of the 15th: promise for 2027-01-15.",
      cname="Atlas Logistics Ltd", quote="outlook", sig=OUTL_EN, promised_date="2027-01-15")

    C("Daly & Sons Builders", ("Mick Daly", "mick@dalyandsons.ie"), TOM, "INV-2026-128", "3075.00",
      "reminder", "2026-12-18 09:00", "2026-12-08", "2026-12-18 17:55",
      "can’t before the 28th, cash flow’s tight this month. sorry", R,
      "'can't before the 28th' = promise for the 28th. windows-1252 with curly apostrophes.",
      cname="Daly & Sons Builders Ltd", quote="outlook_orig", app="outlook", charset="windows-1252",
      promised_date="2026-12-28")

    C("Hudson Yoga Loft", ("Kara Hudson Yoga", "kara@hudsonyogaloft.com"), DAN, "DK-1044", "850.00",
      "reminder", "2026-12-15 09:00", "2026-12-05", "2026-12-15 19:30",
      "end of month ok?", R,
      "Proposes paying at the end of the month: promise for 2026-12-31.",
      cname="Hudson Yoga Loft LLC", tz=NY, quote="apple", sig=IPH_EN, promised_date="2026-12-31")

    C("Greenfield Accountancy", ("Paul Greenfield", "paul@greenfieldaccountancy.ie"), TOM, "INV-2027-003", "615.00",
      "reminder", "2027-01-21 09:00", "2027-01-11", "2027-01-21 12:33",
      "Will go out with next week's run", R,
      "Next week's payment run: promise without a date.",
      cname="Greenfield Accountancy Ltd", quote="gmail")

    C("Marcus Bell", ("Marcus Bell", "marcus.bell@outlook.com"), PRIYA, "PS-048", "275.00",
      "reminder", "2027-01-20 09:00", "2027-01-10", "2027-01-20 18:45",
      "Monday latest", R,
      "Monday at the latest (Wed 20 Jan -> Mon 25 Jan).",
      ck="p", quote="outlook", sig=OUTLA_EN, promised_date="2027-01-25")

    C("Pixelforge Agency", ("Jordan Reyes", "jordan@pixelforge.agency"), DAN, "DK-1049", "2400.00",
      "late_fee", "2027-01-26 09:00", "2027-01-08", "2027-01-26 11:11",
      "Once our client pays us we'll pay you, should be soon", R,
      "Conditional on their client paying: promise, no date.",
      cname="Pixelforge Agency LLC", tz=NY, quote="gmail")

    C("Siobhan Murphy", ("Siobhan Murphy", "siobhanmurphy.art@gmail.com"), TOM, "INV-2027-006", "180.00",
      "due", "2027-02-01 09:00", "2027-02-01", "2027-02-01 13:20",
      "I'll sort it today", R,
      "'I'll sort it today' = will pay today (future, not done).",
      ck="p", quote="gmail", promised_date="2027-02-01")

    C("Greg Holt", ("Greg Holt", "gregholt@icloud.com"), DAN, "DK-1050", "300.00",
      "reminder", "2027-02-09 09:00", "2027-01-30", "2027-02-09 17:42",
      "I'll pay it on fry day promise", R,
      "Dictation 'fry day' = Friday (Tue 9 Feb -> Fri 12 Feb).",
      ck="p", tz=NY, quote=None, sig=IPH_EN, promised_date="2027-02-12")

    C("Cork Street Dental", ("Practice Manager", "manager@corkstreetdental.ie"), TOM, "INV-2027-004", "540.00",
      "promise_followup", "2027-02-08 09:00", "2027-01-20", "2027-02-08 12:59",
      "not yet sorry, by the 5th of next month", R,
      "Not paid yet; 'by the 5th of next month' -> 2027-03-05.",
      cname="Cork Street Dental Practice", quote="outlook", sig=OUTL_EN, x={"promise": "2027-02-05"},
      promised_date="2027-03-05")

    # ---------------------------------------------------------------- dispute
    C("Fitzgerald Hotel Group", ("Eoin Fitzgerald", "eoin@fitzgeraldhotels.ie"), TOM, "INV-2026-122", "1950.00",
      "final", "2026-12-07 09:00", "2026-10-30", "2026-12-07 09:44",
      "not paying this", M,
      "Flat refusal, answering the final notice.",
      cname="Fitzgerald Hotel Group Ltd", quote="apple", sig=IPH_EN)

    C("Thornbury Consulting", ("Olivia Thornbury", "olivia@thornburyconsulting.co.uk"), PRIYA, "PS-047", "1800.00",
      "reminder", "2027-01-05 09:00", "2026-12-20", "2027-01-05 10:20",
      "We agreed £1,500 not £1,800. Please reissue.", M,
      "Contests the amount, asks for reissue.",
      cname="Thornbury Consulting Ltd", quote="gmail")

    C("Clontarf Rowing Club", ("Treasurer CRC", "treasurer@clontarfrowing.ie"), TOM, "INV-2026-126", "400.00",
      "reminder", "2026-12-16 09:00", "2026-12-06", "2026-12-16 20:14",
      "This was already invoiced under INV-2026-119??", M,
      "Says the work was already billed on another invoice: dispute. The number he names is the OTHER invoice, "
      "so no reference.",
      cname="Clontarf Rowing Club", quote="gmail", fmt="alt")

    C("Sparrow Films", ("Ella Sparrow", "ella@sparrowfilms.co.uk"), PRIYA, "PS-049", "1600.00",
      "late_fee", "2027-01-27 09:00", "2027-01-09", "2027-01-27 14:02",
      "Need a credit note for the cancelled day before we can pay", M,
      "Wants a credit note before paying: dispute.",
      cname="Sparrow Films Ltd", quote="outlook", sig=OUTL_EN)

    C("Queens Pizza Kitchen", ("Tony QPK", "tony@queenspizzakitchen.com"), DAN, "DK-1045", "1800.00",
      "reminder", "2026-12-29 09:00", "2026-12-19", "2026-12-29 21:03",
      "will pay half now, rest when the site actually works on mobile", M,
      "Half now, the rest withheld until the site works: dispute.",
      cname="Queens Pizza Kitchen Inc", tz=NY, quote="samsung", sig=GAL_EN)

    C("Greystone Legal", ("Rachel Greystone", "rgreystone@greystonelegal.ie"), TOM, "INV-2027-002", "2140.00",
      "reminder", "2027-01-28 09:00", "2027-01-18", "2027-01-28 16:47",
      "??? we never signed off on the extra hours", M,
      "Contests extra hours billed.",
      cname="Greystone Legal LLP", quote="apple", sig=IPH_EN)

    C("Bramble & Co", ("Fran Bramble", "fran@brambleandco.co.uk"), PRIYA, "PS-050", "780.00",
      "reminder", "2027-02-10 09:00", "2027-01-31", "2027-02-10 12:06",
      "we're not paying the rush fee, that was never agreed. happy to pay the rest", M,
      "Refuses one line of the invoice, will pay the rest: dispute (pays only part).",
      cname="Bramble & Co", quote="gmail")

    C("Westport Surf School", ("Shane", "info@westportsurf.ie"), TOM, "INV-2027-005", "3200.00",
      "reminder", "2027-02-15 09:00", "2027-02-05", "2027-02-15 18:18",
      "Invoice says 10 days, you were here 8.", M,
      "Contests the number of days billed.",
      cname="Westport Surf School", quote="apple", sig=IPH_EN)

    # ---------------------------------------------------------------- other
    C("Ashford Garden Centre", ("Dave Ashford", "dave@ashfordgardencentre.co.uk"), PRIYA, "PS-040", "620.00",
      "reminder", "2026-11-17 09:00", "2026-11-07", "2026-11-17 09:58",
      "will check", F,
      "'will check': no claim, no promise.",
      cname="Ashford Garden Centre Ltd", quote="apple", sig=IPH_EN)

    C("Mike Dolan", ("Mike Dolan", "mikedolan@gmail.com"), TOM, "INV-2026-120", "250.00",
      "reminder", "2026-11-23 09:00", "2026-11-13", "2026-11-23 12:09",
      "👍", F,
      "A bare thumbs-up to a reminder: acknowledgement only, not a paid claim.",
      ck="p", quote="gmail", cte="base64")

    C("Harrow Tutors", ("Harrow Tutors", "office@harrowtutors.co.uk"), PRIYA, "PS-051", "540.00",
      "invoice", "2027-02-12 09:00", "2027-03-14", "2027-02-12 09:40",
      "received thanks", F,
      "Acknowledges receipt of the INVOICE mail: not a payment claim.",
      cname="Harrow Tutors Ltd", quote="outlook", sig=OUTL_EN, x={"desc": "website copy, 6 pages"})

    C("Quayside Brewing Co", ("Sean Quayside", "sean@quaysidebrewing.ie"), TOM, "INV-2026-129", "990.00",
      "reminder", "2026-12-21 09:00", "2026-12-11", "2026-12-21 10:12",
      "forwarding to accounts", F,
      "Passed to accounts (cc): other.",
      cname="Quayside Brewing Co Ltd", quote="apple", sig=IPH_EN, cc="accounts@quaysidebrewing.ie")

    C("Nina Alvarez", ("Nina Alvarez", "nina.alvarez@gmail.com"), DAN, "DK-1043", "350.00",
      "reminder", "2026-12-10 09:00", "2026-11-30", "2026-12-10 20:50",
      "what's this for?", F,
      "Question about the invoice, no claim.",
      ck="p", tz=NY, quote="gmail")

    C("Fiona Reid", ("Dr Fiona Reid", "fiona@reidpsychology.co.uk"), PRIYA,
      "PS-052", "380.00", "reminder", "2027-02-17 09:00", "2027-02-07", "2027-02-17 13:13",
      "Can you resend as a PDF? It won't open on my phone", F,
      "Asks to resend the invoice.",
      cname="Dr Fiona Reid", ck="p", quote="apple", sig=IPH_EN)

    C("Meridian Facilities", ("Karen Holt - Purchasing", "purchasing@meridianfacilities.co.uk"), PRIYA, "PS-053",
      "2900.00", "due", "2027-02-15 09:00", "2027-02-15", "2027-02-15 11:25",
      "Need a PO number on it before AP will touch it", F,
      "Missing PO number: an administrative request, not contesting the amount or the work.",
      cname="Meridian Facilities Ltd", quote="outlook", sig=OUTL_EN)

    C("Empire Print Shop", ("Vic Empire Print", "vic@empireprintshop.com"), DAN, "DK-1048", "410.00",
      "reminder", "2027-01-19 09:00", "2027-01-09", "2027-01-19 10:30",
      "are your bank details still the same? got a weird email", F,
      "Question about bank details.",
      cname="Empire Print Shop", tz=NY, quote="gmail")

    C("Howth Marina Café", ("Gráinne Howth Marina", "grainne@howthmarinacafe.ie"), TOM, "INV-2027-001", "690.00",
      "late_fee", "2027-01-25 09:00", "2027-01-07", "2027-01-25 15:40",
      "call me?", F,
      "Asks for a call.",
      cname="Howth Marina Café", quote="samsung", sig=GAL_EN)

    C("Ethan Brooks", ("Ethan Brooks", "ethanbrooks@yahoo.com"), DAN, "DK-1051", "275.00",
      "reminder", "2027-02-16 09:00", "2027-02-06", "2027-02-16 19:02",
      "I haven't paid because I never got the invoice. Can you send it?", F,
      "Negated 'paid' + asks to resend: question, not a dispute.",
      ck="p", tz=NY, quote=None, sig="Sent from Yahoo Mail for iPhone")


def reply_ids(o, sent, tz, inv, step):
    s = when(sent, tz)
    return f"<{s.strftime('%Y%m%d%H%M%S')}.{int(hashlib.md5((inv + step).encode()).hexdigest()[:6], 16)}@{o.email.split('@')[1]}>"


def simple_notice(text, html=None, charset="utf-8", cte=None):
    if html is None:
        return leaf("text/plain", text, charset, cte)
    return multipart("alternative", [leaf("text/plain", text, charset, cte), leaf("text/html", html, charset, cte)])


def notice_html(title, rows, foot):
    trs = "".join(f'<tr><td style="padding:4px 12px;color:#666">{esc(k)}</td><td style="padding:4px 12px">'
                  f'<b>{esc(v)}</b></td></tr>' for k, v in rows)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">'
            f'<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            f'<table width="560" cellpadding="0" cellspacing="0"><tr><td style="padding:24px;font-size:20px">'
            f'{esc(title)}</td></tr><tr><td><table>{trs}</table></td></tr><tr><td style="padding:24px;'
            f'font-size:11px;color:#999">{html_lines(foot)}</td></tr></table></td></tr></table></body></html>\n')


def add_machine():
    PN, AR, BO, OT = "payment-notification", "auto-reply", "bounce", "other"
    BSTYLE[0] = "other"

    # --- Satispay push-style mail, money in (it)
    t = ("Giorgio Bellini ti ha inviato 120,00 €\n\n“Saldo foto cresima Sofia 📸”\n\n"
         "Il denaro è già disponibile nel tuo saldo Satispay.\n\n"
         "Satispay Europe S.A. – 5, Rue Plaetis, L-2338 Lussemburgo")
    X("Satispay", "it", [
        ("Return-Path", "<bounce-ntf@mail.satispay.com>"),
        ("Date", hdate("2026-12-12 18:22:07", "Europe/Rome")),
        ("From", "Satispay <no-reply@satispay.com>"), ("To", "marco@ferrifoto.it"),
        ("Subject", "Hai ricevuto 120,00 €"),
        ("Message-ID", "<0102019b13c2e9f1-5d0c7a1e-3f4b-4c1a-9d0e-7a1b2c3d4e5f-000000@eu-west-1.amazonses.com>"),
        ("MIME-Version", "1.0")],
        simple_notice(t + "\n", notice_html("Hai ricevuto 120,00 €", [("Da", "Giorgio Bellini"),
                                                                       ("Messaggio", "Saldo foto cresima Sofia 📸")],
                                            "Satispay Europe S.A. – 5, Rue Plaetis, L-2338 Lussemburgo")),
        PN, "Push-style Satispay mail: 120 EUR received from a person (a client settling a photo job).",
        amount="120.00")

    # --- PayPal, money in (it)
    t = ("Ciao Alessandra Rossi,\n\nYoga Studio Shanti ti ha inviato 250,00 EUR.\n\n"
         "Nota di Yoga Studio Shanti:\n\"Fattura 37/2026\"\n\nDettagli della transazione\n"
         "ID transazione: 4RT55902XJ318623K\nData della transazione: 10 novembre 2026\n"
         "Importo ricevuto: 250,00 EUR\nCommissione: -9,08 EUR\nImporto netto: 240,92 EUR\n\n"
         "Aiuto e contatti | Sicurezza | App\n\nPayPal Europe S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal, L-2449 "
         "Lussemburgo.\nID PPC000651:a1b2c3d4e5f6")
    X("PayPal", "it", [
        ("Return-Path", "<service@intl.paypal.com>"),
        ("Date", hdate("2026-11-10 14:05:31", "Europe/Rome")),
        ("From", "PayPal <service@intl.paypal.com>"), ("To", "Alessandra Rossi <alessandra@example.it>"),
        ("Subject", "Hai ricevuto un pagamento"),
        ("Message-ID", "<f1b0c6a2e9d54b7a.2b7e@intl.paypal.com>"),
        ("X-Email-Type-Id", "PPC000651"), ("MIME-Version", "1.0")],
        simple_notice(t + "\n", notice_html("Hai ricevuto 250,00 EUR", [
            ("Da", "Yoga Studio Shanti"), ("Nota", "Fattura 37/2026"), ("Importo ricevuto", "250,00 EUR"),
            ("Commissione", "-9,08 EUR"), ("Importo netto", "240,92 EUR")],
            "PayPal Europe S.à r.l. et Cie, S.C.A."), cte="quoted-printable"),
        PN, "PayPal incoming payment; the payer's note names invoice 37/2026. Gross amount received 250 EUR "
        "(net after fee 240.92).", amount="250.00", reference="37/2026")

    # --- out of office, it, with RFC 3834 headers
    X("Studio Ferrante", "it", [
        ("Return-Path", "<>"),
        ("Date", hdate("2026-12-23 09:00:44", "Europe/Rome")),
        ("From", "Giulia Ferrante <g.ferrante@studioferrante.it>"), ("To", "Alessandra Rossi <alessandra@example.it>"),
        ("Subject", "Risposta automatica: Promemoria: fattura n. 55/2026 in scadenza"),
        ("Message-ID", "<autoreply.1766476844.88213@studioferrante.it>"),
        ("In-Reply-To", reply_ids(ALE, "2026-12-23 09:00", "Europe/Rome", "55/2026", "courtesy")),
        ("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "bulk"),
        ("MIME-Version", "1.0")],
        leaf("text/plain", "Sono fuori ufficio fino al 6 gennaio compreso, con accesso limitato alla posta.\n"),
        AR, "One-line out-of-office with Auto-Submitted: away until 6 January inclusive -> back 7 January.",
        return_date="2027-01-07")

    # --- bounce, Italian Postfix host, permanent
    orig = (f"Return-Path: <alessandra@example.it>\nReceived: from [192.168.1.20] (host-82-50-14-3.retail.telecomitalia.it)\n"
            f"\tby smtp207.ad.aruba.it with ESMTPSA id 4ZkQ2m1Hc7z2xZ\n\tfor <info@pizzeriadagennaro.it>; "
            f"{hdate('2027-01-11 09:00:03', 'Europe/Rome')}\n"
            f"Date: {hdate('2027-01-11 09:00:01', 'Europe/Rome')}\nFrom: Alessandra Rossi <alessandra@example.it>\n"
            f"To: Pizzeria Da Gennaro <info@pizzeriadagennaro.it>\nSubject: Sollecito: fattura n. 56/2026\n"
            f"Message-ID: <20270111090001.77120@example.it>\nMIME-Version: 1.0\n")
    human = ("Questo è il sistema di posta all'indirizzo smtp207.ad.aruba.it.\n\n"
             "Siamo spiacenti di informarti che non è stato possibile recapitare il tuo messaggio\n"
             "a uno o più destinatari. Di seguito trovi i dettagli.\n\n"
             "Per ulteriore assistenza contatta il tuo postmaster.\n\n                   Il sistema di posta\n\n"
             "<info@pizzeriadagennaro.it>: host mx1.pizzeriadagennaro.it[185.17.106.42] said:\n"
             "    550 5.1.1 <info@pizzeriadagennaro.it>: Recipient address rejected: User\n"
             "    unknown in virtual mailbox table (in reply to RCPT TO command)\n")
    ds = ("Reporting-MTA: dns; smtp207.ad.aruba.it\nX-Postfix-Queue-ID: 4ZkQ2m1Hc7z2xZ\n"
          "X-Postfix-Sender: rfc822; alessandra@example.it\n"
          f"Arrival-Date: {hdate('2027-01-11 09:00:03', 'Europe/Rome')}\n\n"
          "Final-Recipient: rfc822; info@pizzeriadagennaro.it\nOriginal-Recipient: rfc822;info@pizzeriadagennaro.it\n"
          "Action: failed\nStatus: 5.1.1\nRemote-MTA: dns; mx1.pizzeriadagennaro.it\n"
          "Diagnostic-Code: smtp; 550 5.1.1 <info@pizzeriadagennaro.it>: Recipient address\n"
          "    rejected: User unknown in virtual mailbox table\n")
    BSTYLE[0] = "postfix:4ZkQ2m1Hc7z2xZ.1768118405/smtp207.ad.aruba.it"
    body = multipart("report", [
        b"Content-Description: Notification\n" + leaf("text/plain", human),
        b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n" + ds.encode("ascii"),
        b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n" + orig.encode("ascii")],
        extra="; report-type=delivery-status")
    X("Aruba", "it", [
        ("Return-Path", "<>"),
        ("Date", hdate("2027-01-11 09:00:05", "Europe/Rome")),
        ("From", "MAILER-DAEMON@smtp207.ad.aruba.it (Sistema di posta)"),
        ("To", "alessandra@example.it"),
        ("Subject", "Undelivered Mail Returned to Sender"),
        ("Message-ID", "<20270111080005.6A1B21C0082@smtp207.ad.aruba.it>"),
        ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
        body, BO, "Postfix DSN (Italian text) for a reminder: user unknown, 5.1.1 -> permanent.",
        failed_recipient="info@pizzeriadagennaro.it", permanent=True)

    # --- Bizum in, CaixaBank (es)
    BSTYLE[0] = "other"
    t = ("Has recibido un Bizum\n\nMARIA JOSE PRIETO GIL te ha enviado 120,00 €\nConcepto: factura 2026-052\n\n"
         "El importe ya está disponible en tu cuenta ES91 **** **** **** 1332.\n\n"
         "Este es un mensaje automático, por favor no respondas.\nCaixaBank, S.A. – C/ Pintor Sorolla 2-4, 46002 Valencia")
    X("CaixaBank", "es", [
        ("Return-Path", "<notificaciones@caixabank.com>"),
        ("Date", hdate("2027-01-14 13:46:12", "Europe/Madrid")),
        ("From", "CaixaBank <notificaciones@caixabank.com>"), ("To", "lucia@martinestudio.es"),
        ("Subject", "Has recibido un Bizum de 120,00 €"),
        ("Message-ID", "<1736858772.51220.notif@caixabank.com>"), ("MIME-Version", "1.0")],
        simple_notice(t + "\n", notice_html("Has recibido un Bizum", [
            ("De", "MARIA JOSE PRIETO GIL"), ("Importe", "120,00 €"), ("Concepto", "factura 2026-052")],
            "CaixaBank, S.A."), charset="iso-8859-1"),
        PN, "Bank push-style mail: Bizum of 120 EUR received, concept names invoice 2026-052.",
        amount="120.00", reference="2026-052")

    # --- Bizum between friends (es) -> other
    t = ("Bizum recibido\n\nMARC SOLER PUJOL te ha enviado 15,00 €\nConcepto: sopar dijous 🍕\n\n"
         "Ya lo tienes en tu cuenta.\n\nBanco de Sabadell, S.A. Avda. Óscar Esplá 37, 03007 Alicante.")
    X("Banco Sabadell", "es", [
        ("Return-Path", "<avisos@bancsabadell.com>"),
        ("Date", hdate("2026-12-04 00:12:40", "Europe/Madrid")),
        ("From", "Banco Sabadell <avisos@bancsabadell.com>"), ("To", "jordi@puigsound.cat"),
        ("Subject", "Bizum recibido: 15,00 €"),
        ("Message-ID", "<bz.20261204001240.99314@bancsabadell.com>"), ("MIME-Version", "1.0")],
        simple_notice(t + "\n"),
        OT, "Bizum of 15 EUR between friends ('sopar dijous' = Thursday dinner, pizza emoji): money in, but personal, "
        "not a client's payment -> other (as the brief asks for friends' Bizums).")

    # --- Bizum SENT by the owner (es) -> other
    t = ("Bizum enviado\n\nHas enviado 30,00 € a ELENA VIDAL SUAREZ\nConcepto: regalo mamá 🎁\n\n"
         "Si no reconoces esta operación, llama al 922 47 00 00.\nCajasiete, Caja Rural, S.C.C.")
    X("Cajasiete", "es", [
        ("Return-Path", "<notificaciones@cajasiete.com>"),
        ("Date", hdate("2027-02-10 19:31:02", "Atlantic/Canary")),
        ("From", "Cajasiete <notificaciones@cajasiete.com>"), ("To", "carmen@vidalfoto.es"),
        ("Subject", "Bizum enviado"),
        ("Message-ID", "<c7.1770751862.4410@cajasiete.com>"), ("MIME-Version", "1.0")],
        simple_notice(t + "\n", cte="base64"),
        OT, "Outgoing Bizum the owner sent to a relative: not money in -> other.")

    # --- out of office, es, NO auto-reply headers, subject 'Re:'
    X("Gestoría Alameda", "es", [
        ("Return-Path", "<marta.gil@gestoriaalameda.es>"),
        ("Date", hdate("2027-01-20 09:02:16", "Europe/Madrid")),
        ("From", "Marta Gil <marta.gil@gestoriaalameda.es>"), ("To", "Lucía Martín <lucia@martinestudio.es>"),
        ("Subject", "Re: Factura n.º 2027-002 pendiente de pago"),
        ("Message-ID", "<a81c2f0e-77d1-4a4e-bb2e-0e5d2f7c1a90@gestoriaalameda.es>"),
        ("In-Reply-To", reply_ids(LUCIA, "2027-01-20 09:00", "Europe/Madrid", "2027-002", "reminder")),
        ("MIME-Version", "1.0")],
        leaf("text/plain", "Estoy de vacaciones hasta el lunes, sin acceso al correo.\n"),
        AR, "Vacation autoresponder without Auto-Submitted/X-Autoreply headers and with a plain 'Re:' subject, "
        "two minutes after the reminder; 'hasta el lunes' (sent Wed 20 Jan) -> Monday 25 Jan.",
        return_date="2027-01-25")

    # --- Gmail delay DSN, es, temporary
    human = ("** El mensaje no se ha entregado todavía **\n\n"
             "Se ha producido un problema temporal al entregar tu mensaje a info@cafeteriaelpuerto.es. Gmail volverá "
             "a intentarlo durante 46 horas más. Recibirás una notificación si no se puede realizar la entrega.\n\n"
             "La respuesta ha sido:\n\nThe recipient server did not accept our requests to connect. For more "
             "information, go to https://support.google.com/mail/answer/7720 [mx.cafeteriaelpuerto.es. "
             "93.184.216.34: timed out]\n")
    ds = ("Reporting-MTA: dns; googlemail.com\nReceived-From-MTA: dns; jordi@puigsound.cat\n"
          f"Arrival-Date: {hdate('2027-01-18 09:00:02', 'Europe/Madrid')}\n\n"
          "Final-Recipient: rfc822; info@cafeteriaelpuerto.es\nAction: delayed\nStatus: 4.4.1\n"
          "Diagnostic-Code: smtp; The recipient server did not accept our requests to connect.\n"
          f"Last-Attempt-Date: {hdate('2027-01-18 13:05:40', 'Europe/Madrid')}\n"
          f"Will-Retry-Until: {hdate('2027-01-20 09:00:02', 'Europe/Madrid')}\n")
    orig = (f"Date: {hdate('2027-01-18 09:00:00', 'Europe/Madrid')}\nFrom: Jordi Puig <jordi@puigsound.cat>\n"
            f"To: Cafeteria El Puerto <info@cafeteriaelpuerto.es>\n"
            f"Subject: =?UTF-8?Q?Factura_n.=C2=BA_F26-039_pendiente_de_pago?=\n"
            f"Message-ID: <20270118090000.31877@puigsound.cat>\n")
    BSTYLE[0] = "gmail"
    body = multipart("report", [
        leaf("text/plain", human),
        b"Content-Type: message/delivery-status\n\n" + ds.encode("ascii"),
        b"Content-Type: message/rfc822\n\n" + orig.encode("ascii") + b"\n[cuerpo del mensaje omitido]\n"],
        extra="; report-type=delivery-status")
    X("Gmail", "es", [
        ("Return-Path", "<>"),
        ("Date", hdate("2027-01-18 13:05:41", "Europe/Madrid")),
        ("From", "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"), ("To", "jordi@puigsound.cat"),
        ("Subject", "Delivery Status Notification (Delay)"),
        ("Message-ID", "<678b9a35.050a0220.2f1e4d.7c11.GMR@mx.google.com>"),
        ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
        body, BO, "Gmail delay DSN (Spanish): 4.4.1, still retrying -> temporary.",
        failed_recipient="info@cafeteriaelpuerto.es", permanent=False)

    # --- Revolut Business, money in (en)
    t = ("Hi Tom,\n\nYou've received €1,100.00 from HARBOUR LIGHT STUDIOS LIMITED.\n\nReference: INV-2026-118\n\n"
         "The money is now in your EUR account.\n\nRevolut Business\n\nRevolut Bank UAB is licensed by the Bank of Lithuania.")
    X("Revolut", "en", [
        ("Return-Path", "<no-reply@revolut.com>"),
        ("Date", hdate("2026-11-21 10:03:55", "Europe/Dublin")),
        ("From", "Revolut Business <no-reply@revolut.com>"), ("To", "tom@byrnedesign.ie"),
        ("Subject", "You've received €1,100.00"),
        ("Message-ID", "<0100019348a1c3f2-8e1d2b44-91aa-4c55-a8f0-3f6d1c2b9e77-000000@email.amazonses.com>"),
        ("MIME-Version", "1.0")],
        simple_notice(t + "\n", notice_html("You've received €1,100.00", [
            ("From", "HARBOUR LIGHT STUDIOS LIMITED"), ("Reference", "INV-2026-118")], "Revolut Business")),
        PN, "Revolut Business incoming transfer with the invoice number as reference.",
        amount="1100.00", reference="INV-2026-118")

    # --- Wise, money in (en, GBP)
    t = ("Hi Priya,\n\nKETTLE AND CRUMB LTD sent you 390.00 GBP.\n\nReference: PS-041\n\n"
         "It's in your GBP balance now.\n\nThe Wise team\n\nWise Payments Limited, 6th Floor, Tea Building, "
         "56 Shoreditch High Street, London E1 6JJ")
    X("Wise", "en", [
        ("Return-Path", "<noreply@wise.com>"),
        ("Date", hdate("2026-11-26 15:10:21", "Europe/London")),
        ("From", "Wise <noreply@wise.com>"), ("To", "priya@shahcopy.co.uk"),
        ("Subject", "You've received 390.00 GBP"),
        ("Message-ID", "<wise.tx.1764169821.552@wise.com>"), ("MIME-Version", "1.0")],
        simple_notice(t + "\n"),
        PN, "Wise incoming payment in GBP, reference PS-041.", amount="390.00", currency="GBP", reference="PS-041")

    # --- out of office, en, Exchange headers, return date
    X("Glasnevin Print Works", "en", [
        ("Return-Path", "<>"),
        ("Date", hdate("2026-12-22 09:00:41", "Europe/Dublin")),
        ("From", "Accounts - Glasnevin Print Works <accounts@glasnevinprint.ie>"), ("To", "Tom Byrne <tom@byrnedesign.ie>"),
        ("Subject", "Automatic reply: Reminder: invoice INV-2026-130"),
        ("Thread-Topic", "Reminder: invoice INV-2026-130"),
        ("Message-ID", "<DB9PR02MB70115C3A8E2B1F44A9D0E7C1B62A2@DB9PR02MB7011.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", reply_ids(TOM, "2026-12-22 09:00", "Europe/Dublin", "INV-2026-130", "reminder")),
        ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
        ("X-MS-Exchange-Inbox-Rules-Loop", "accounts@glasnevinprint.ie"), ("MIME-Version", "1.0")],
        leaf("text/plain", "I'm out of the office and back on Monday 4 January. For anything urgent call 01 830 2211.\n"),
        AR, "Exchange auto-reply; back on Monday 4 January -> 2027-01-04.", return_date="2027-01-04")

    # --- mailbox no longer in use, en
    X("Ashford Garden Centre", "en", [
        ("Return-Path", "<>"),
        ("Date", hdate("2027-01-12 09:00:20", "Europe/London")),
        ("From", "info@ashfordgardencentre.co.uk"), ("To", "priya@shahcopy.co.uk"),
        ("Subject", "Auto: Overdue: invoice PS-040"),
        ("Message-ID", "<autoreply-7734120@ashfordgardencentre.co.uk>"),
        ("In-Reply-To", reply_ids(PRIYA, "2027-01-12 09:00", "Europe/London", "PS-040", "late_fee")),
        ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
        leaf("text/plain", "This mailbox is no longer in use. Please resend your email to accounts@ashfordgc.co.uk.\n"),
        AR, "Mailbox no longer in use, points to another address: auto-reply, no return date.")

    # --- help-desk ticket acknowledgement, en
    X("Meridian Facilities", "en", [
        ("Return-Path", "<servicedesk@meridianfacilities.co.uk>"),
        ("Date", hdate("2027-02-15 09:00:52", "Europe/London")),
        ("From", "Meridian Facilities Service Desk <servicedesk@meridianfacilities.co.uk>"),
        ("To", "priya@shahcopy.co.uk"),
        ("Subject", "[Request received] #48213 Invoice PS-053 due"),
        ("Message-ID", "<ticket-48213-ack@meridianfacilities.freshservice.com>"),
        ("In-Reply-To", reply_ids(PRIYA, "2027-02-15 09:00", "Europe/London", "PS-053", "due")),
        ("Auto-Submitted", "auto-replied"), ("MIME-Version", "1.0")],
        simple_notice("Thank you for contacting the Meridian Facilities Service Desk. Your request #48213 has been "
                      "logged and a member of the team will respond within 2 working days. Please do not reply to this "
                      "email.\n"),
        AR, "Help-desk ticket acknowledgement (same company whose purchasing then asks for a PO).")



def main():
    add_it()
    add_es()
    add_en()
    add_machine()
    order = list(range(len(MSGS)))
    random.Random(6).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    toml = ["# round6-short: short phone replies (it/es/en) + short machine mail. Generated by make.py.\n"]
    for n, i in enumerate(order, 1):
        raw, lab = MSGS[i]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        toml.append(f'[files."{name}"]')
        for k, v in lab.items():
            if isinstance(v, bool):
                toml.append(f"{k} = {'true' if v else 'false'}")
            else:
                toml.append(f"{k} = {json.dumps(v, ensure_ascii=False)}")
        toml.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(toml))
    print(f"wrote {len(MSGS)} messages")
    sanity_check()


def sanity_check():
    """Re-parse every file with the modern parser; every message must have the basic headers."""
    import collections
    import email
    import email.policy
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    names = sorted(f for f in os.listdir(HERE) if f.startswith(PREFIX + "-") and f.endswith(".eml"))
    assert len(names) == len(labels), (len(names), len(labels))
    problems = 0
    for name in names:
        with open(os.path.join(HERE, name), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not m[h]:
                print("MISSING", h, name)
                problems += 1
        assert m["Date"].datetime.tzinfo is not None, name
        str(m["Subject"]), str(m["From"]), str(m["To"])
        for part in m.walk():
            if part.is_multipart() or part.get_content_type() in ("message/delivery-status", "message/rfc822"):
                continue
            part.get_content()
        if m.defects:
            print("DEFECTS", name, m.defects)
            problems += 1
        lab = labels[name]
        assert lab["kind"] in ("client-reply-paid", "client-reply-promise", "client-reply-dispute",
                               "client-reply-other", "payment-notification", "auto-reply", "bounce", "other",
                               "invoice"), name
        assert lab["language"] in ("it", "es", "en") and lab["split"] in ("dev", "firstread4"), name
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", name
        if "return_date" in lab:
            assert lab["kind"] == "auto-reply", name
        if "permanent" in lab or "failed_recipient" in lab:
            assert lab["kind"] == "bounce", name
    kinds = collections.Counter(v["kind"] for v in labels.values())
    print("parsed", len(names), "files,", problems, "problems")
    for k, n in sorted(kinds.items()):
        sp = collections.Counter(v["split"] for v in labels.values() if v["kind"] == k)
        print(f"  {k:24s} {n:3d}   dev {sp['dev']:3d}   firstread4 {sp['firstread4']:3d}")
    print("  languages:", dict(collections.Counter(v["language"] for v in labels.values())))
    if problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
