#!/usr/bin/env python3
"""round12-threads: long threads and thread shapes (client replies to 2nd/3rd reminders quoting the whole
conversation, internal chains forwarded to the freelancer, replies from someone else, inline answers,
two invoices in one reply, one-liners over forwarded bank receipts...).

Generates r12t-NNNN.eml and labels.toml in this directory, then re-parses every file.
Python 3.11, stdlib only. Every client text below is hand-written; only MIME plumbing, HTML skeletons and
the quoted mailduns reminders (filled in from the real templates' wording) are generated.
"""
import base64
import html as htmlmod
import os
import quopri
import random
import re
import struct
import zlib
from datetime import date, datetime
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r12t"
R = random.Random(120012)

# --------------------------------------------------------------------------------------------------
# people

OWNERS = {
    "alessandra": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it", tz="Europe/Rome",
                       iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    "paolo": dict(name="Paolo Greco", addr="paolo@grecoweb.it", lang="it", tz="Europe/Rome",
                  iban="IT02 L030 6904 0121 0000 0004 917", bic="BCITITMM"),
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
    "nerea": dict(name="Nerea Castro", addr="nerea@castrotraducciones.es", lang="es", tz="Atlantic/Canary",
                  iban="ES76 0049 1500 0512 3456 7892", bic="BSCHESMMXXX"),
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D"),
    "hannah": dict(name="Hannah Price", addr="hannah@priceillustration.co.uk", lang="en", tz="Europe/London",
                   iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22"),
    "dana": dict(name="Dana Whitfield", addr="dana@whitfieldcopy.com", lang="en", tz="America/New_York",
                 iban=None, bic=None),
}


def O(key):
    o = OWNERS[key]
    return (o["name"], o["addr"])


# --------------------------------------------------------------------------------------------------
# dates

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


def T(s, tz):
    """'2026-12-03 09:14' in the zone tz -> aware datetime."""
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz), second=R.randint(0, 59))


def D(s):
    return date.fromisoformat(s)


def itd(d):
    return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"


def it_art(d, prep="il"):
    s = itd(d)
    if d.day == 1:
        s = f"1° {IT_MONTHS[d.month - 1]} {d.year}"
    elided = d.day in (8, 11)
    if prep == "il":
        return ("l'" + s) if elided else ("il " + s)
    if prep == "dal":
        return ("dall'" + s) if elided else ("dal " + s)
    if prep == "del":
        return ("dell'" + s) if elided else ("del " + s)
    raise ValueError(prep)


def esd(d):
    return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"


def end(d):
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def eur_it(x):
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return s + " €"


def money_en(x, cur="€"):
    return f"{cur}{x:,.2f}"


# --------------------------------------------------------------------------------------------------
# the reminders mailduns sends (wording of templates/{it,es,en}/*.txt.j2, filled in by hand here)

def it_pay(ok, num):
    o = OWNERS[ok]
    return ("Per il pagamento:\n"
            f"- beneficiario: {o['name']}\n"
            f"- IBAN: {o['iban']}\n"
            f"- BIC: {o['bic']}\n"
            f"- causale: Fattura {num}\n")


def it_letter(step, ok, salut, num, amount, due, promise=None, deadline=None, susp=None, claim=None,
              paid_on=None, issue=None):
    a = eur_it(amount)
    o = OWNERS[ok]
    if step == "courtesy":
        body = (f"un breve promemoria: la fattura n. {num} di {a}"
                + (f", emessa {it_art(issue)}," if issue else "")
                + f" è in scadenza {it_art(due)}.\n\n"
                "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                + it_pay(ok, num) + "\nPer qualsiasi domanda basta rispondere a questa email.\n")
    elif step == "due":
        body = (f"un promemoria: la fattura n. {num} di {a} è scaduta {it_art(due)}. Se il pagamento non è ancora "
                "stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                + it_pay(ok, num) + "\nPer qualsiasi domanda basta rispondere a questa email.\n")
    elif step == "reminder":
        body = (f"da un controllo la fattura n. {num} di {a}, scaduta {it_art(due)}, risulta ancora da saldare. "
                "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                + it_pay(ok, num))
    elif step == "promise_followup":
        if promise:
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num} di {a} "
                     f"sarebbe stato effettuato entro {it_art(promise)}.")
        else:
            first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num} di {a}, "
                     f"scaduta {it_art(due)}.")
        body = (first + "\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta "
                "rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di "
                "farmi sapere entro quando posso aspettarlo.\n\n" + it_pay(ok, num))
    elif step == "paid_claim":
        body = (f"grazie per avermi comunicato{(' ' + it_art(claim)) if claim else ''} che la fattura n. {num} di {a} "
                f"è stata pagata{(' (con bonifico disposto ' + it_art(paid_on) + ')') if paid_on else ''}.\n\n"
                "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                "inoltrarmi la contabile.\n\n"
                f"Per un confronto, riporto le coordinate corrette:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n"
                f"- causale: Fattura {num}\n\n"
                "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: "
                "in tal caso mi basta una breve conferma. Grazie per la collaborazione.\n")
    elif step == "suspension":
        body = (f"torno a scrivere in merito alla fattura n. {num} di {a}, scaduta {it_art(due)}, che risulta ancora "
                "da saldare.\n\n"
                f"In mancanza del pagamento entro {it_art(deadline)}, {it_art(susp, 'dal')} potrebbe essere necessario "
                "sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. Preferirei "
                "evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare una "
                "soluzione; basta rispondere a questa email.\n\n" + it_pay(ok, num))
    elif step == "final":
        head = f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num}"
        if issue:
            head += " " + it_art(issue, "del")
        body = (f"la fattura n. {num} di {a}, scaduta {it_art(due)}, risulta ancora da saldare nonostante i "
                "precedenti solleciti.\n\n"
                f"Con la presente chiedo formalmente il pagamento di {a} entro {it_art(deadline)}. La presente vale "
                "quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche "
                "ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle "
                "sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a "
                "carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, "
                "sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi "
                "la data del bonifico, così da poterlo verificare.\n\n" + it_pay(ok, num))
        return f"{head}\n\n{salut}\n{body}\nCordiali saluti,\n{o['name']}\n"
    else:
        raise ValueError(step)
    return f"{salut}\n\n{body}\nCordiali saluti,\n{o['name']}\n"


def es_pay(ok, num):
    o = OWNERS[ok]
    return ("Datos para el pago:\n"
            f"- beneficiario: {o['name']}\n"
            f"- IBAN: {o['iban']}\n"
            f"- BIC: {o['bic']}\n"
            f"- concepto: Factura {num}\n")


def es_letter(step, ok, salut, num, amount, due, promise=None, deadline=None, susp=None, claim=None,
              paid_on=None, issue=None, client_name=None):
    a = eur_it(amount)
    o = OWNERS[ok]
    sign = "Un cordial saludo,"
    if step == "courtesy":
        body = (f"Un breve recordatorio: la factura n.º {num} de {a}"
                + (f", emitida el {esd(issue)}," if issue else "")
                + f" vence el {esd(due)}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                + es_pay(ok, num) + "\nPara cualquier duda, basta con responder a este correo.\n")
    elif step == "due":
        body = (f"La factura n.º {num} de {a} venció el {esd(due)} y, según mis registros, el pago aún no consta. "
                "Agradecería que se tramitara en los próximos días.\n\n"
                "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                + es_pay(ok, num) + "\nPara cualquier duda, basta con responder a este correo.\n")
    elif step == "reminder":
        body = (f"Revisando mis cuentas, veo que la factura n.º {num} de {a}, vencida el {esd(due)}, sigue pendiente "
                "de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto "
                "sea posible.\n\n"
                "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de "
                "la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, "
                "podemos aclararlo por esta misma vía.\n\n" + es_pay(ok, num))
    elif step == "promise_followup":
        if promise:
            first = (f"Según su último mensaje, el pago de la factura n.º {num} de {a} se realizaría a más tardar el "
                     f"{esd(promise)}; gracias de nuevo por la información.")
        else:
            first = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {num} de {a}, vencida el "
                     f"{esd(due)}.")
        body = (first + "\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta "
                "con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil "
                "saber para cuándo puedo contar con él.\n\n" + es_pay(ok, num))
    elif step == "paid_claim":
        body = (f"Muchas gracias por comunicarme{(' el ' + esd(claim)) if claim else ''} que la factura n.º {num} de {a} "
                f"ya está pagada{(' (transferencia ordenada el ' + esd(paid_on) + ')') if paid_on else ''}.\n\n"
                "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda "
                "unos días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me "
                "sería de gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el "
                "justificante.\n\n"
                f"Para comprobarlo, estos son los datos bancarios correctos:\n- beneficiario: {o['name']}\n"
                f"- IBAN: {o['iban']}\n- concepto: Factura {num}\n\n"
                "Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es "
                "necesario hacer nada más. Gracias por su colaboración.\n")
    elif step == "suspension":
        body = (f"Vuelvo a ponerme en contacto en relación con la factura n.º {num} de {a}, vencida el {esd(due)} y "
                "todavía pendiente de pago.\n\n"
                f"Si para el {esd(deadline)} no se ha recibido el pago de {a}, a partir del {esd(susp)} podría verme "
                "en la necesidad de suspender los trabajos en curso y la prestación de los servicios contratados hasta "
                "que se regularice la situación. Si existe alguna dificultad (por ejemplo, si es necesario fraccionar "
                "el pago), basta con responder a este correo y buscaremos una solución.\n\n" + es_pay(ok, num))
    elif step == "final":
        emit_ = ", emitida" + (f" a nombre de {client_name}" if client_name else "") + (f" el {esd(issue)}" if issue else "") + ","
        if not (client_name or issue):
            emit_ = ""
        body = (f"La factura n.º {num}{emit_} venció el {esd(due)} y, pese a los recordatorios enviados "
                f"anteriormente, sigue pendiente de pago por un importe de {a}.\n\n"
                "Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago "
                f"de {a} a más tardar el {esd(deadline)}.\n\n"
                "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el "
                "retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                "responder a este correo.\n\n"
                f"Si para el {esd(deadline)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar "
                "a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
                "sinceramente evitarlo.\n\n"
                "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en "
                "ese caso, basta una breve respuesta con la fecha de la transferencia.\n\n" + es_pay(ok, num))
        return f"Asunto: Requerimiento de pago de la factura n.º {num}\n\n{salut}\n\n{body}\nAtentamente,\n{o['name']}\n"
    else:
        raise ValueError(step)
    return f"{salut}\n\n{body}\n{sign}\n{o['name']}\n"


def en_pay(ok, num, link=None):
    o = OWNERS[ok]
    if not o["iban"]:
        return ("Payment details:\n"
                f"- Pay online: {link or 'https://pay.whitfieldcopy.com/i/' + num}\n")
    return ("Payment details:\n"
            f"- Account name: {o['name']}\n"
            f"- IBAN: {o['iban']}\n"
            f"- BIC (SWIFT): {o['bic']}\n"
            f"- Payment reference: {num}\n")


def en_letter(step, ok, salut, num, amount, due, cur="€", promise=None, deadline=None, susp=None, claim=None,
              paid_on=None, issue=None, client_name=None, today=None, fees=None):
    a = money_en(amount, cur)
    o = OWNERS[ok]
    if step == "courtesy":
        body = (f"This is a friendly reminder that invoice {num} for {a}"
                + (f", issued on {end(issue)}," if issue else "")
                + f" is due for payment on {end(due)}.\n\nIf payment is already on its way, thank you, and please "
                "disregard this message.\n\n" + en_pay(ok, num) + "\nIf you have any questions, just reply to this email.\n")
    elif step == "due":
        body = (f"This is a quick reminder that invoice {num} for {a} was due for payment on {end(due)}. If it has not "
                "been paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
                "If you have already paid, thank you, and please disregard this reminder.\n\n"
                + en_pay(ok, num) + "\nIf you have any questions, just reply to this email.\n")
    elif step == "reminder":
        body = (f"According to my records, invoice {num} for {a}, due on {end(due)}, has not yet been paid. It may "
                "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                "convenience.\n\n" + (fees or "") +
                "If you have already paid, thank you – please let me know the payment date so that I can update my "
                "records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
                + en_pay(ok, num))
    elif step == "promise_followup":
        if promise:
            first = f"Thank you for letting me know that invoice {num} for {a} would be paid by {end(promise)}."
        else:
            first = f"Thank you for your earlier message about invoice {num} for {a}, which was due on {end(due)}."
        body = (first + "\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let "
                "me know the date it was made. If you need a little more time, could you let me know when I can "
                "expect it?\n\n" + en_pay(ok, num))
    elif step == "paid_claim":
        body = (f"Thank you for letting me know{(' on ' + end(claim)) if claim else ''} that invoice {num} for {a} has "
                f"been paid{(' (by a transfer made on ' + end(paid_on) + ')') if paid_on else ''}.\n\n"
                "However, the payment has not reached my account yet. Bank transfers sometimes take a few extra days, "
                "and occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please "
                "send me the date and reference of the transfer, or a copy of the payment confirmation?\n\n"
                "If the transfer was made only in the last day or two, it is probably still on its way, and there is "
                "no need to do anything further. Thank you for your help.\n")
    elif step == "suspension":
        body = (f"I am writing again about invoice {num} for {a}, which was due on {end(due)} and remains unpaid.\n\n"
                + (fees or "") +
                f"If payment{' of the total above' if fees else ''} is not received by {end(deadline)}, I may have to "
                f"suspend work in progress and any services I provide to you from {end(susp)} until the account is "
                "settled. If something is making payment difficult – for example, if you need to pay in instalments – "
                "please reply to this email and we can agree a solution.\n\n" + en_pay(ok, num))
    elif step == "final":
        head = ("Final notice before debt recovery\n\n" + (f"To: {client_name}\n" if client_name else "")
                + f"Date: {end(today)}\n"
                + f"Invoice: {num}" + (f", issued on {end(issue)}" if issue else "") + f", due on {end(due)}\n"
                + f"Amount due: {a}\nPayment deadline: {end(deadline)}\n\n")
        formal_salut = salut if salut != "Dear Accounts Team," else "Dear Sir or Madam,"
        body = (f"Despite my previous reminders, invoice {num} for {a}, which was due for payment on {end(due)}, "
                "remains unpaid.\n\n"
                f"I therefore formally request payment of {a} by {end(deadline)}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
                "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court "
                "proceedings.\n\n"
                "I would much rather resolve this with you directly. If there is a reason for the delay, or if you would "
                f"like to propose a payment plan, please reply to this email before {end(deadline)}.\n\n"
                "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would "
                "help if you could let me know the payment date so that I can update my records.\n\n" + en_pay(ok, num))
        close = "Yours faithfully," if formal_salut == "Dear Sir or Madam," else "Yours sincerely,"
        return f"{head}{formal_salut}\n\n{body}\n{close}\n{o['name']}\n"
    else:
        raise ValueError(step)
    return f"{salut}\n\n{body}\nKind regards,\n{o['name']}\n"


# --------------------------------------------------------------------------------------------------
# messages and threads

def _rid(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def msgid_for(addr, mua):
    dom = addr.split("@")[1]
    if mua == "gmail":
        return "<CA" + _rid(2, "BCDEFGHJKLMNOPQRSTUVWXYZ") + _rid(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=") + "@mail.gmail.com>"
    if mua == "outlook":
        pre = R.choice(["AM0PR02MB", "DB9PR03MB", "PAXPR08MB", "VI1PR06MB", "DU2PR04MB", "LO2P265MB", "BN8PR12MB"])
        num = str(R.randint(1000, 9999))
        return f"<{pre}{num}{_rid(12, 'ABCDEF0123456789')}{_rid(20, 'ABCDEF0123456789')}@{pre}{num}.{R.choice(['eurprd02', 'eurprd03', 'eurprd08', 'GBRP265', 'namprd12'])}.prod.outlook.com>"
    if mua == "apple":
        u = _rid(32, "0123456789ABCDEF")
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>"
    if mua == "mailduns":
        return f"<{_rid(14, '0123456789')}.{_rid(12, '0123456789abcdef')}@{dom}>"
    return f"<{_rid(16, '0123456789abcdef')}.{_rid(8)}@{dom}>"


class M:
    """One message of a thread. frm/to/cc are (name, addr) pairs; parent is the message it answers."""

    def __init__(self, frm, to, dt, subject, text, parent=None, style=None, cc=(), mua="other", lang=None,
                 mid=None):
        self.frm, self.to, self.cc = frm, (to if isinstance(to, list) else [to]), list(cc)
        self.dt, self.subject, self.text = dt, subject, text
        self.parent, self.style, self.mua, self.lang = parent, style, mua, lang
        self.mid = mid or msgid_for(frm[1], mua)

    def refs(self):
        out, p = [], self.parent
        while p is not None:
            out.append(p.mid)
            p = p.parent
        return list(reversed(out))


def fa(p):
    name, addr = p
    return f"{name} <{addr}>" if name else addr


def hhmm(dt):
    return dt.strftime("%H:%M")


def attribution(p, style, lang):
    dt = p.dt
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_DAY3[dt.weekday()]} {dt.day} {IT_MON3[dt.month - 1]} {dt.year} alle ore {hhmm(dt)} {p.frm[0]} <{p.frm[1]}> ha scritto:"
        if lang == "es":
            return f"El {ES_DAY3[dt.weekday()]}, {dt.day} {ES_MON3[dt.month - 1]} {dt.year} a las {hhmm(dt)}, {p.frm[0]} (<{p.frm[1]}>) escribió:"
        return f"On {EN_DAYS[dt.weekday()][:3]}, {dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year} at {hhmm(dt)}, {p.frm[0]} <{p.frm[1]}> wrote:"
    if style == "gmail_us":
        h = dt.strftime("%I:%M").lstrip("0") + (" AM" if dt.hour < 12 else " PM")
        return f"On {EN_DAYS[dt.weekday()][:3]}, {EN_MONTHS[dt.month - 1][:3]} {dt.day}, {dt.year} at {h} {p.frm[0]} <{p.frm[1]}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {dt.day} {IT_MON3[dt.month - 1]} {dt.year}, alle ore {hhmm(dt)}, {p.frm[0]} <{p.frm[1]}> ha scritto:"
        if lang == "es":
            return f"El {dt.day} {ES_MON3[dt.month - 1]} {dt.year}, a las {hhmm(dt)}, {p.frm[0]} <{p.frm[1]}> escribió:"
        return f"On {dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year}, at {hhmm(dt)}, {p.frm[0]} <{p.frm[1]}> wrote:"
    if style == "tbird":
        if lang == "it":
            return f"Il {dt.strftime('%d/%m/%Y')} {hhmm(dt)}, {p.frm[0]} ha scritto:"
        if lang == "es":
            return f"El {dt.strftime('%d/%m/%Y')} a las {hhmm(dt)}, {p.frm[0]} escribió:"
        return f"On {dt.strftime('%d/%m/%Y')} {hhmm(dt)}, {p.frm[0]} wrote:"
    raise ValueError(style)


def outlook_header(p, lang, us=False, html=False):
    dt = p.dt
    to = "; ".join(fa(x) for x in p.to)
    cc = "; ".join(fa(x) for x in p.cc)
    if lang == "it":
        sent = f"{IT_DAYS[dt.weekday()]} {dt.day} {IT_MONTHS[dt.month - 1]} {dt.year} {hhmm(dt)}"
        rows = [("Da", fa(p.frm)), ("Inviato", sent), ("A", to)] + ([("Cc", cc)] if cc else []) + [("Oggetto", p.subject)]
    elif lang == "es":
        sent = f"{ES_DAYS[dt.weekday()]}, {dt.day} de {ES_MONTHS[dt.month - 1]} de {dt.year} {hhmm(dt)}"
        rows = [("De", fa(p.frm)), ("Enviado el", sent), ("Para", to)] + ([("CC", cc)] if cc else []) + [("Asunto", p.subject)]
    elif lang == "de":
        de_days = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
        de_months = "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split()
        sent = f"{de_days[dt.weekday()]}, {dt.day}. {de_months[dt.month - 1]} {dt.year} {hhmm(dt)}"
        rows = [("Von", fa(p.frm)), ("Gesendet", sent), ("An", to)] + ([("Cc", cc)] if cc else []) + [("Betreff", p.subject)]
    else:
        if us:
            h = dt.strftime("%I:%M").lstrip("0") + (" AM" if dt.hour < 12 else " PM")
            sent = f"{EN_DAYS[dt.weekday()]}, {EN_MONTHS[dt.month - 1]} {dt.day}, {dt.year} {h}"
        else:
            sent = f"{dt.day:02d} {EN_MONTHS[dt.month - 1]} {dt.year} {hhmm(dt)}"
        rows = [("From", fa(p.frm)), ("Sent", sent), ("To", to)] + ([("Cc", cc)] if cc else []) + [("Subject", p.subject)]
    return rows


def prefix(text, pfx="> "):
    out = []
    for line in text.rstrip("\n").split("\n"):
        if not line:
            out.append(pfx.rstrip())
        elif line.startswith(">"):
            out.append(pfx.rstrip() + line)
        else:
            out.append(pfx + line)
    return "\n".join(out) + "\n"


def fwd_block(p, lang):
    dt = p.dt
    if lang == "it":
        head = "---------- Messaggio inoltrato ---------"
        d = f"{IT_DAY3[dt.weekday()]} {dt.day} {IT_MON3[dt.month - 1]} {dt.year} alle ore {hhmm(dt)}"
        rows = [("Da", fa(p.frm)), ("Date", d), ("Subject", p.subject), ("To", ", ".join(fa(x) for x in p.to))]
    elif lang == "es":
        head = "---------- Forwarded message ---------"
        d = f"{ES_DAY3[dt.weekday()]}, {dt.day} {ES_MON3[dt.month - 1]} {dt.year} a las {hhmm(dt)}"
        rows = [("De", fa(p.frm)), ("Date", d), ("Subject", p.subject), ("To", ", ".join(fa(x) for x in p.to))]
    else:
        head = "---------- Forwarded message ---------"
        d = f"{EN_DAYS[dt.weekday()][:3]}, {dt.day} {EN_MONTHS[dt.month - 1][:3]} {dt.year} at {hhmm(dt)}"
        rows = [("From", fa(p.frm)), ("Date", d), ("Subject", p.subject), ("To", ", ".join(fa(x) for x in p.to))]
    return head + "\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n"


def plain(m):
    """The full plain-text body of m, with its quote of the parent in m.style."""
    text = m.text.rstrip("\n") + "\n"
    p, st, lang = m.parent, m.style, m.lang
    if p is None or not st or st == "none":
        return text
    inner = plain(p)
    if st in ("gmail", "gmail_us", "apple", "tbird"):
        return text + "\n" + attribution(p, st, lang) + "\n" + prefix(inner)
    if st in ("outlook", "outlook_us"):
        rows = outlook_header(p, lang, us=(st == "outlook_us"))
        return (text + "\n________________________________\n" + "\n".join(f"{k}: {v}" for k, v in rows)
                + "\n\n" + inner)
    if st == "outlook_orig":
        sep = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----"}.get(lang, "-----Original Message-----")
        rows = outlook_header(p, lang)
        return text + "\n" + sep + "\n" + "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + inner
    if st == "fwd":
        return text + "\n" + fwd_block(p, lang) + "\n\n" + inner
    raise ValueError(st)


def _para_html(text):
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<div>" + "<br>\n".join(htmlmod.escape(l) for l in p.split("\n")) + "</div><div><br></div>"
                     for p in paras)


def html_of(m, outlook_font=False):
    """HTML body fragment of m, quoting its parent as the style's HTML counterpart."""
    if outlook_font:
        own = "\n".join('<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">'
                        + ("<br>\n".join(htmlmod.escape(l) for l in para.split("\n")) or "&nbsp;") + "</span></p>\n"
                        '<p class="MsoNormal"><span style="font-size:11.0pt">&nbsp;</span></p>'
                        for para in m.text.strip("\n").split("\n\n"))
    else:
        own = _para_html(m.text)
    p, st, lang = m.parent, m.style, m.lang
    if p is None or not st or st == "none":
        return own
    inner = html_of(p, outlook_font=False) if p.mua != "outlook" else html_of(p, outlook_font=True)
    if st in ("gmail", "gmail_us", "apple", "tbird"):
        return (own + '\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + htmlmod.escape(attribution(p, st, lang))
                + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                'rgb(204,204,204);padding-left:1ex">\n' + inner + "\n</blockquote></div>")
    if st in ("outlook", "outlook_us", "outlook_orig"):
        rows = outlook_header(p, lang, us=(st == "outlook_us"))
        hdr = "<br>\n".join(f"<b>{htmlmod.escape(k)}:</b> {htmlmod.escape(v)}" for k, v in rows)
        return (own + '\n<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                + hdr + "</font>\n<div>&nbsp;</div>\n</div>\n<div>" + inner + "</div>")
    if st == "fwd":
        blk = fwd_block(p, lang).split("\n")
        return (own + '\n<div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + htmlmod.escape(blk[0]) + "<br>"
                + "<br>".join(htmlmod.escape(x) for x in blk[1:] if x) + "<br></div><br><br>" + inner + "</div>")
    raise ValueError(st)


def html_doc(fragment, charset="utf-8", outlook=False, lang="it"):
    if outlook:
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"Cambria Math";}\n@font-face\n\t{font-family:Calibri;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                'span.EstiloCorreo17\n\t{mso-style-type:personal-compose;}\n.MsoChpDefault\n\t{mso-style-type:export-only;}\n'
                '@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:70.85pt 3.0cm 70.85pt 3.0cm;}\n'
                'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
                f'<body lang="{lang.upper()}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n' + fragment + "\n</div>\n</body>\n</html>\n")
    return ('<html><head>\n<meta http-equiv="Content-Type" content="text/html; charset=' + charset + '">\n</head>\n'
            '<body><div dir="ltr">\n' + fragment + "\n</div></body></html>\n")


# --------------------------------------------------------------------------------------------------
# MIME plumbing (bytes built by hand so that charset and transfer encoding are exactly as chosen)

def _codec(charset):
    c = charset.lower()
    if c in ("iso-8859-1", "windows-1252", "latin1"):
        return "cp1252"  # Outlook declares iso-8859-1 and writes Windows-1252 bytes
    return c


def part(ctype, text, charset="utf-8", cte="quoted-printable", extra=""):
    raw = text.encode(_codec(charset))
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        payload = base64.encodebytes(raw).decode("ascii")
    elif cte in ("8bit", "7bit"):
        if cte == "7bit":
            raw.decode("ascii")
        payload = None
    else:
        raise ValueError(cte)
    head = f"Content-Type: {ctype}; charset=\"{charset}\"{extra}\nContent-Transfer-Encoding: {cte}\n\n".encode("ascii")
    if payload is None:
        return head + raw + (b"" if raw.endswith(b"\n") else b"\n")
    return head + payload.encode("ascii") + (b"" if payload.endswith("\n") else b"\n")


def attachment(filename, ctype, data, inline=False):
    b = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    return (f"Content-Type: {ctype}; name=\"{filename}\"\nContent-Disposition: {disp}; filename=\"{filename}\"\n"
            f"Content-Transfer-Encoding: base64\n\n{b}").encode("ascii")


def multipart(subtype, parts, extra=""):
    boundary = "----=_Part_" + _rid(6, "0123456789") + "_" + _rid(10, "0123456789") + "." + _rid(13, "0123456789")
    if R.random() < 0.4:
        boundary = "000000000000" + _rid(16, "0123456789abcdef")
    out = [f"Content-Type: multipart/{subtype}; boundary=\"{boundary}\"{extra}\n\n".encode("ascii")]
    for p in parts:
        out.append(f"--{boundary}\n".encode("ascii") + p)
    out.append(f"--{boundary}--\n".encode("ascii"))
    return b"".join(out)


def hdr_text(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def hdr_addr(p):
    name, addr = p
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def fake_pdf(title):
    body = (f"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            f"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% {title}\n"
            "trailer << /Root 1 0 R >>\n%%EOF\n")
    return body.encode("latin-1", "replace")


def fake_png():
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([R.randint(200, 255)] * 12) for _ in range(4))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def envelope(m, extra_headers=(), with_reply=True):
    h = [("Date", format_datetime(m.dt)), ("From", hdr_addr(m.frm)),
         ("To", ", ".join(hdr_addr(x) for x in m.to))]
    if m.cc:
        h.append(("Cc", ", ".join(hdr_addr(x) for x in m.cc)))
    h.append(("Subject", hdr_text(m.subject)))
    h.append(("Message-ID", m.mid))
    if with_reply and m.parent is not None:
        refs = m.refs()
        h.append(("In-Reply-To", m.parent.mid))
        h.append(("References", "\n ".join(refs)))
    h.extend(extra_headers)
    if m.mua == "outlook":
        topic = re.sub(r"^((RE|R|FW|I|RV|AW|WG|Fwd|Rif)\s*:\s*)+", "", m.subject, flags=re.I)
        h.append(("Thread-Topic", hdr_text(topic)))
        h.append(("Thread-Index", "A" + _rid(30, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="))
        h.append(("X-MS-Has-Attach", ""))
        h.append(("X-MS-TNEF-Correlator", ""))
    elif m.mua == "apple":
        h.append(("X-Mailer", R.choice(["iPhone Mail (22C152)", "iPhone Mail (22B91)", "Apple Mail (2.3826.300.87.4.3)"])))
    elif m.mua == "gmail":
        pass
    elif m.mua == "tbird":
        h.append(("User-Agent", "Mozilla Thunderbird"))
    h.append(("MIME-Version", "1.0"))
    return "".join(f"{k}: {v}\n" for k, v in h).encode("utf-8")


def build(m, mime="plain", charset="utf-8", cte=None, attach=(), headers=(), outlook_html=None):
    """mime: plain | alt | html. attach: [(filename, ctype, bytes)]."""
    txt = getattr(m, "full_text", None) or plain(m)
    if cte is None:
        cte = "base64" if (mime != "plain" and m.mua == "gmail") else "quoted-printable"
    outlook_html = (m.mua == "outlook") if outlook_html is None else outlook_html
    if mime in ("alt", "html"):
        frag = getattr(m, "full_html", None) or html_of(m, outlook_font=outlook_html)
        doc = html_doc(frag, charset=charset, outlook=outlook_html, lang=m.lang or "en")
    if mime == "plain":
        body = part("text/plain", txt, charset, cte, extra="" if R.random() < 0.5 else "; format=flowed")
    elif mime == "alt":
        body = multipart("alternative", [part("text/plain", txt, charset, cte), part("text/html", doc, charset, cte)])
    elif mime == "html":
        body = part("text/html", doc, charset, cte)
    else:
        raise ValueError(mime)
    if attach:
        parts = [body] + [attachment(*a) for a in attach]
        body = multipart("mixed", parts)
    return envelope(m, headers) + body


# --------------------------------------------------------------------------------------------------
# collection

ITEMS = []


def add(kind, lang, note, data, **facts):
    assert kind in ("client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
                    "payment-notification", "auto-reply", "bounce", "other", "invoice"), kind
    assert lang in ("it", "es", "en"), lang
    ITEMS.append(dict(kind=kind, lang=lang, note=note, data=data, facts=facts))


def mail(kind, lang, note, m, facts=None, **buildopts):
    add(kind, lang, note, build(m, **buildopts), **(facts or {}))


def rem(ok, client, step, dt, subject, num, amount, due, parent=None, cc=(), q=None, **kw):
    """A mailduns reminder from owner ok to client (name, addr, salutation)."""
    o = OWNERS[ok]
    name, addr, salut = client
    if o["lang"] == "it":
        text = it_letter(step, ok, salut, num, amount, due, **kw)
    elif o["lang"] == "es":
        text = es_letter(step, ok, salut, num, amount, due, **kw)
    else:
        text = en_letter(step, ok, salut, num, amount, due, **kw)
    return M(O(ok), [(name, addr)], dt, subject, text, parent=parent, cc=cc, mua="mailduns", lang=o["lang"],
             style=q)


def invoice_mail(ok, client, dt, subject, text, mua="other"):
    name, addr, _ = client
    return M(O(ok), [(name, addr)], dt, subject, text, mua=mua, lang=OWNERS[ok]["lang"])


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def inline(text, inserts, pfx="> "):
    """Quote text with pfx and put the client's notes (not quoted) after the lines containing the keys."""
    out, todo = [], list(inserts)
    for line in text.rstrip("\n").split("\n"):
        out.append((pfx + line) if line else pfx.rstrip())
        for i, (key, note) in enumerate(todo):
            if key in line:
                out.append("")
                out.extend(note.split("\n"))
                out.append("")
                todo.pop(i)
                break
    assert not todo, todo
    return "\n".join(out) + "\n"


def inline_html(text, inserts, color="#C00000"):
    """The same as inline() for an HTML reply: the notes in colour (which the plain part loses)."""
    out, todo = [], list(inserts)
    for line in text.rstrip("\n").split("\n"):
        out.append('<p class="MsoNormal">' + (htmlmod.escape(line) or "&nbsp;") + "</p>")
        for i, (key, note) in enumerate(todo):
            if key in line:
                out.append(f'<p class="MsoNormal"><b><span style="color:{color}">'
                           + "<br>".join(htmlmod.escape(x) for x in note.split("\n")) + "</span></b></p>")
                todo.pop(i)
                break
    return "\n".join(out)


def outlook_rows_text(p, lang, us=False):
    return "\n".join(f"{k}: {v}" for k, v in outlook_header(p, lang, us=us))


def outlook_rows_html(p, lang, us=False):
    return "<br>\n".join(f"<b>{htmlmod.escape(k)}:</b> {htmlmod.escape(v)}" for k, v in outlook_header(p, lang, us=us))


GDPR_IT = ("AVVISO DI RISERVATEZZA: le informazioni contenute in questo messaggio e negli eventuali allegati sono "
           "riservate e destinate esclusivamente al destinatario indicato. Ai sensi del Regolamento UE 2016/679 (GDPR) "
           "e del D.Lgs. 196/2003, qualora il messaggio le fosse pervenuto per errore, la preghiamo di eliminarlo e di "
           "darne comunicazione al mittente. Ogni utilizzo non autorizzato è vietato.")
LOPD_ES = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden "
           "contener información confidencial. En cumplimiento del Reglamento (UE) 2016/679 (RGPD) y de la LOPDGDD 3/2018, "
           "le informamos de que sus datos forman parte de un tratamiento cuya finalidad es la gestión de la relación "
           "comercial. Puede ejercer sus derechos de acceso, rectificación, supresión y demás dirigiéndose al remitente. "
           "Si ha recibido este mensaje por error, le rogamos que lo comunique y proceda a su eliminación.")


def it_statement(ok, salut, rows, deadline):
    """rows: (num, issue, due, days_late, amount)"""
    o = OWNERS[ok]
    lines = "\n".join(f"- n. {n} {it_art(i, 'del')}, scaduta {it_art(d)} ({late} giorni di ritardo): {eur_it(a)}"
                      for n, i, d, late, a in rows)
    tot = eur_it(sum(r[4] for r in rows))
    return (f"{salut}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n{lines}\n\n"
            f"Totale da pagare: {tot}\n\nChiedo cortesemente di provvedere al pagamento entro {it_art(deadline)}. Se "
            "alcune di queste fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, "
            "così aggiorno la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una "
            "soluzione: basta rispondere a questa email.\n\nGli estremi per il pagamento sono riportati nelle fatture, "
            f"nei messaggi con cui sono state inviate.\n\nCordiali saluti,\n{o['name']}\n")


def es_statement(ok, salut, rows, deadline):
    o = OWNERS[ok]
    lines = "\n".join(f"- n.º {n}, emitida el {esd(i)}, vencida el {esd(d)} ({late} días de retraso): {eur_it(a)}"
                      for n, i, d, late, a in rows)
    tot = eur_it(sum(r[4] for r in rows))
    return (f"{salut}\n\nSegún mis registros, las siguientes facturas siguen pendientes de pago:\n\n{lines}\n\n"
            f"Total pendiente: {tot}\n\nAgradecería que el pago se realizara a más tardar el {esd(deadline)}. Si alguna "
            "de estas facturas ya se ha pagado, muchas gracias: basta con responder indicando cuáles y la fecha de la "
            "transferencia, para que pueda actualizar mis registros. Si hay algún problema con alguna de ellas, podemos "
            "aclararlo por esta misma vía.\n\nLos datos para el pago figuran en las facturas, en los mensajes con los que "
            f"se enviaron.\n\nUn cordial saludo,\n{o['name']}\n")


def en_statement(ok, salut, rows, deadline, cur="€"):
    o = OWNERS[ok]
    lines = "\n".join(f"- {n}, issued on {end(i)}, due on {end(d)} ({late} days overdue): {money_en(a, cur)}"
                      for n, i, d, late, a in rows)
    tot = money_en(sum(r[4] for r in rows), cur)
    return (f"{salut}\n\nAccording to my records, the following invoices are still outstanding:\n\n{lines}\n\n"
            f"Total due: {tot}\n\nPlease arrange payment by {end(deadline)}. If some of these invoices have already "
            "been paid, thank you – please let me know which ones and the payment dates, so that I can update my "
            "records. If there is a problem with any of them, please reply to this email and we can sort it out.\n\n"
            f"The payment details are on the invoices, in the emails they were sent with.\n\nKind regards,\n{o['name']}\n")


# ==================================================================================================
# ITALIAN THREADS
# ==================================================================================================
RM = "Europe/Rome"

# --- IT paid 1: reply to the 2nd reminder, quoting the whole chain with an old promise ("venerdì 27")
c = ("Martina Lanzi", "martina@bottegalanzi.it", "Spett.le Bottega Lanzi srl,")
r1 = rem("alessandra", c, "reminder", T("2026-11-20 09:02", RM), "Sollecito di pagamento – fattura n. 31/2026",
         "31/2026", 1220, D("2026-11-15"))
c1 = M(c[:2], [O("alessandra")], T("2026-11-21 10:47", RM), "Re: Sollecito di pagamento – fattura n. 31/2026",
       "Buongiorno Alessandra,\nhai ragione, mi era proprio sfuggita, scusami. Te la paghiamo venerdì 27 insieme agli "
       "altri fornitori.\nBuon weekend\nMartina\n", parent=r1, style="gmail", mua="gmail", lang="it")
r2 = rem("alessandra", c, "promise_followup", T("2026-11-30 09:05", RM),
         "Re: Sollecito di pagamento – fattura n. 31/2026", "31/2026", 1220, D("2026-11-15"), parent=c1, q="gmail",
         promise=D("2026-11-27"))
m = M(c[:2], [O("alessandra")], T("2026-12-03 08:51", RM), "Re: Sollecito di pagamento – fattura n. 31/2026",
      "Ciao Alessandra,\nscusa scusa scusa. Venerdì scorso la banca ci ha bloccato la distinta per un problema con "
      "la firma digitale e nessuno se n'è accorto fino a ieri 🙈\nIl bonifico da 1.220 € è partito stamattina, appena "
      "mi arriva la contabile te la giro.\n\nMartina\n\n--\nMartina Lanzi\nBottega Lanzi srl – Ceramiche artistiche\n"
      "Via dei Vasai 14, 47018 Santa Sofia (FC)\ntel. 0543 970112\n", parent=r2, style="gmail", mua="gmail", lang="it")
mail("client-reply-paid", "it", "Reply to the promise follow-up; the quoted chain holds her old promise for "
     "'venerdì 27' (missed). New text: the transfer left this morning. Only the new text counts.", m,
     dict(amount="1220.00"), mime="alt")

# --- IT paid 2: client's internal chain forwarded (admin -> partner -> 'ok procedi' -> to the freelancer)
c = ("Studio Associato Ferraresi", "amministrazione@studioferraresi.it", "Spett.le Studio Associato Ferraresi,")
carla = ("Carla Mancini", "amministrazione@studioferraresi.it")
gf = ("Giorgio Ferraresi", "g.ferraresi@studioferraresi.it")
r1 = rem("alessandra", c, "reminder", T("2026-12-01 09:10", RM), "Sollecito di pagamento – fattura n. 35/2026",
         "35/2026", 1586, D("2026-11-20"))
c1 = M(carla, [gf], T("2026-12-01 15:22", RM), "I: Sollecito di pagamento – fattura n. 35/2026",
       "Dott. Ferraresi,\nquesta della traduttrice (bilancio in inglese per la Fonderia Galli) è scaduta dal 20/11. "
       "La paghiamo? Non avevo il suo ok sulla fattura e l'ho lasciata in sospeso.\n\nCarla\n", parent=r1,
       style="outlook", mua="outlook", lang="it")
c2 = M(gf, [carla], T("2026-12-02 07:58", RM), "R: Sollecito di pagamento – fattura n. 35/2026",
       "Sì, procedi pure. Lavoro fatto bene e nei tempi.\nG.F.\n\nInviato da iPhone\n", parent=c1, style="apple",
       mua="apple", lang="it")
m = M(carla, [O("alessandra")], T("2026-12-02 09:41", RM), "I: R: Sollecito di pagamento – fattura n. 35/2026",
      "Buongiorno Sig.ra Rossi,\n\nle inoltro lo scambio qui sotto per trasparenza: il pagamento della fattura 35/2026 "
      "è stato autorizzato e l'ho disposto stamattina, con valuta 4 dicembre.\nCi scusi per il ritardo, era rimasta "
      "in attesa di approvazione.\n\nCordiali saluti\n\nCarla Mancini\nUfficio amministrativo\nStudio Associato "
      "Ferraresi – Dottori Commercialisti\nVia Garibaldi 41 – 44121 Ferrara\nTel. 0532 204518\n\n" + GDPR_IT + "\n",
      parent=c2, style="outlook", mua="outlook", lang="it")
mail("client-reply-paid", "it", "Internal chain forwarded to the freelancer: 'La paghiamo?' -> 'Sì, procedi pure' "
     "-> note: authorised and ordered this morning (valuta 4/12). Outlook HTML in iso-8859-1 with cp1252 bytes.", m,
     dict(reference="35/2026"), mime="alt", charset="iso-8859-1")

# --- IT paid 3: one line on top of a forwarded bank receipt (not threaded), PDF attached
frm = ("Vito Lorusso", "vito.lorusso@frantoiolorusso.it")
m = M(frm, [O("paolo")], T("2026-11-25 09:31", RM), "I: Esito disposizione bonifico SEPA", "", mua="apple", lang="it")
m.full_text = (
    "ecco fatto. scusa il ritardo Paolo\n\nInviato da iPhone\n\nInizio messaggio inoltrato:\n\n"
    "Da: Intesa Sanpaolo <no-reply@intesasanpaolo.com>\nData: 25 novembre 2026 09:12:33 CET\n"
    "A: vito.lorusso@frantoiolorusso.it\nOggetto: Esito disposizione bonifico SEPA\n\n"
    "Gentile Cliente,\nla informiamo che il bonifico da lei disposto tramite Internet Banking è stato eseguito.\n\n"
    "Ordinante: FRANTOIO LORUSSO DI LORUSSO VITO\nBeneficiario: GRECO PAOLO\nIBAN beneficiario: "
    "IT02L0306904012100000004917\nImporto: 732,00 EUR\nData esecuzione: 25/11/2026\nData valuta beneficiario: "
    "25/11/2026\nCausale: SALDO FT 28/2026 SITO WEB FRANTOIO\nTRN: 0306902611251234567890IT\n\n"
    "La contabile è disponibile in allegato e nella sezione Archivio dell'app.\n\nCordiali saluti\nIntesa Sanpaolo\n\n"
    "Questa e-mail è generata automaticamente: la preghiamo di non rispondere a questo indirizzo.\n")
mail("client-reply-paid", "it", "A forwarded bank receipt with one line on top ('ecco fatto'): not a reply to the "
     "reminder (no In-Reply-To), the invoice is only in the bank causale. The client sent it, so it is a "
     "client reply, not a bank notice to the freelancer.", m, dict(amount="732.00", reference="28/2026"),
     attach=[("Contabile_bonifico_25112026.pdf", "application/pdf", fake_pdf("contabile bonifico 732,00"))])

# --- IT paid 4: Outlook inline answer 'in rosso' (colour lost in the plain part), PDF receipt
c = ("Roberta Casadei", "amministrazione@hotelmiramarecesenatico.it", "Spett.le Hotel Miramare srl,")
r1 = rem("alessandra", c, "reminder", T("2026-12-16 09:00", RM), "Sollecito di pagamento – fattura n. 38/2026",
         "38/2026", 950, D("2026-12-10"))
m = M(c[:2], [O("alessandra")], T("2026-12-17 11:26", RM), "R: Sollecito di pagamento – fattura n. 38/2026",
      "", parent=r1, mua="outlook", lang="it")
notes = [("risulta ancora da saldare", "[RC] GIÀ PAGATA IL 14/12 CON BONIFICO UNICREDIT, LE ALLEGO LA CONTABILE"),
         ("basta rispondere indicando la data del bonifico", "[RC] vedi sopra, 14 dicembre")]
top = "Buongiorno Alessandra,\nle rispondo sotto in rosso.\nCordiali saluti\nRoberta\n\nHotel Miramare – Amministrazione\nViale Carducci 88, Cesenatico\n"
m.full_text = (top + "\n________________________________\n" + outlook_rows_text(r1, "it") + "\n\n"
               + inline(r1.text, notes, pfx=""))
m.full_html = ("<p class=\"MsoNormal\">" + "<br>".join(htmlmod.escape(x) for x in top.split("\n")) + "</p>\n<hr>\n"
               '<p class="MsoNormal">' + outlook_rows_html(r1, "it") + "</p>\n" + inline_html(r1.text, notes))
mail("client-reply-paid", "it", "Inline answers inside the quoted reminder (red in the HTML, plain text loses the "
     "colour): already paid on 14/12, receipt attached.", m, {}, mime="alt", charset="iso-8859-1",
     attach=[("Contabile 14-12-2026.pdf", "application/pdf", fake_pdf("unicredit contabile"))])

# --- IT paid 5: the client's accountant answers (third party), cc the client
c = ("Pasticceria Bonfanti", "info@pasticceriabonfanti.it", "Spett.le Pasticceria Bonfanti di Bonfanti Anna,")
r1 = rem("paolo", c, "reminder", T("2026-12-09 09:00", RM), "Sollecito di pagamento – fattura n. 33/2026",
         "33/2026", 915, D("2026-11-30"))
m = M(("Antonella Esposito - Studio Russo", "a.esposito@studiorussoassociati.it"), [O("paolo")],
      T("2026-12-10 16:05", RM), "Re: Sollecito di pagamento – fattura n. 33/2026",
      "Gentile Dott. Greco,\n\nscrivo per conto della Pasticceria Bonfanti di Bonfanti Anna, di cui il nostro studio "
      "cura la contabilità e i pagamenti fornitori; la titolare ci ha girato il suo sollecito.\n\nLa fattura n. 33/2026 "
      "risulta saldata con bonifico del 2 dicembre u.s., CRO 0306912345678901, importo € 915,00, disposto dal conto "
      "BPER della ditta. Le chiediamo cortesemente di verificare l'accredito e, se tutto torna, di non inviare ulteriori "
      "solleciti alla cliente.\n\nCordiali saluti\n\nRag. Antonella Esposito\nStudio Russo & Associati – Commercialisti\n"
      "Corso Umberto I 212 – 80138 Napoli\n\n" + GDPR_IT + "\n", parent=r1, style="tbird", mua="tbird", lang="it",
      cc=[("Anna Bonfanti", "info@pasticceriabonfanti.it")])
mail("client-reply-paid", "it", "Answer from the client's accountant (not the person invoiced), client in cc: paid "
     "2 December, CRO given, asks to verify.", m, dict(amount="915.00", reference="33/2026"))

# --- IT paid 6: chatty reply about the project, payment in one sentence near the end
c = ("Salvatore Amato", "panificioamato@libero.it", "Gentile Salvatore Amato,")
r1 = rem("paolo", c, "due", T("2027-01-05 09:00", RM), "Promemoria: fattura n. 45/2026", "45/2026", 610,
         D("2027-01-02"))
r2 = rem("paolo", c, "reminder", T("2027-01-12 09:00", RM), "Sollecito di pagamento – fattura n. 45/2026",
         "45/2026", 610, D("2027-01-02"))
m = M(c[:2], [O("paolo")], T("2027-01-13 07:14", RM), "Re: Sollecito di pagamento – fattura n. 45/2026",
      "Paolo buongiorno!!\nallora, ho visto la bozza del sito, mi piace assai, solo il rosso del menu è troppo acceso, "
      "mia moglie dice che sembra una macelleria :) lo possiamo fare più tipo bordeaux? e poi le foto dei taralli e "
      "delle focacce le rifacciamo noi sabato mattina con la luce buona, te le mando domenica.\n\nUn'altra cosa: il "
      "numero di telefono in fondo alla pagina è quello vecchio, quello giusto è 080 397 2211. E togli l'orario "
      "della domenica pomeriggio che non apriamo più.\n\nPer martedì alle 18 va bene, ci vediamo al forno.\n\n"
      "Ah la fattura, l'ha fatta mio fratello ieri dalla banca quindi dovrebbe esserti arrivata o arriva oggi.\n\n"
      "Ciao e grazie\nSalvatore\n", parent=r2, style="gmail", mua="gmail", lang="it")
mail("client-reply-paid", "it", "Long chatty reply about the website; the only payment sentence ('l'ha fatta mio "
     "fratello ieri dalla banca') is near the end, with no payment verb.", m, {})

# --- IT paid 7: statement of two invoices, both paid with one transfer
c = ("Luca Ferrando", "luca@viaggipolaris.it", "Spett.le Agenzia Viaggi Polaris snc,")
st = M(O("alessandra"), [c[:2]], T("2026-12-16 09:00", RM), "Fatture da saldare – Agenzia Viaggi Polaris",
       it_statement("alessandra", c[2], [("36/2026", D("2026-10-02"), D("2026-11-01"), 45, 1037),
                                         ("40/2026", D("2026-10-30"), D("2026-11-29"), 17, 1098)], D("2026-12-23")),
       mua="mailduns", lang="it")
m = M(c[:2], [O("alessandra")], T("2026-12-17 19:42", RM), "R: Fatture da saldare – Agenzia Viaggi Polaris",
      "Buonasera Alessandra,\nle abbiamo pagate tutte e due con un unico bonifico da 2.135,00 € il 15/12. Nella "
      "causale però la banca ha tagliato e c'è rimasta solo la 36, forse per quello non le risulta.\nMi dica se ha "
      "bisogno della contabile.\n\nLuca Ferrando\nAgenzia Viaggi Polaris\n", parent=st, style="outlook_orig",
      mua="other", lang="it")
mail("client-reply-paid", "it", "Two invoices in a statement, both paid with a single transfer of 2,135 (1,037 + "
     "1,098); the causale names only one of them. No single reference.", m, dict(amount="2135.00"))

# --- IT paid 8 (en): English reply to an Italian reminder
c = ("Jens Hoffmann", "j.hoffmann@kellerverlag.de", "Spett.le Keller Verlag GmbH,")
r1 = rem("alessandra", c, "reminder", T("2027-01-13 09:00", RM), "Sollecito di pagamento – fattura n. 42/2026",
         "42/2026", 1480, D("2027-01-05"))
m = M(c[:2], [O("alessandra")], T("2027-01-14 10:03", "Europe/Berlin"),
      "AW: Sollecito di pagamento – fattura n. 42/2026",
      "Dear Alessandra,\n\nmy Italian is unfortunately not good enough for your message, but I guess it is about "
      "invoice 42/2026 (the translation of the spring catalogue)?\nIt was paid last Friday from our Wise account, "
      "EUR 1,480.00. Please tell me if it did not arrive, sometimes Wise takes a day longer.\n\nBest regards\n"
      "Jens Hoffmann\nHerstellung / Production\nKeller Verlag GmbH · Schanzenstraße 7 · 20357 Hamburg\n",
      parent=r1, style="outlook", mua="outlook", lang="de")
mail("client-reply-paid", "en", "A German client answers the Italian reminder in English: paid last Friday via Wise.",
     m, dict(amount="1480.00", reference="42/2026"), mime="alt")

# --- IT paid 9: formal reply to the final notice, HTML-only Outlook, iso-8859-1 with cp1252 bytes
c = ("Edilcostruzioni Mastrangelo srl", "amministrazione@edilmastrangelo.it", "Spett.le Edilcostruzioni Mastrangelo srl,")
r3 = rem("paolo", c, "final", T("2027-01-14 09:00", RM),
         "Diffida di pagamento e costituzione in mora – fattura n. 29/2026", "29/2026", 2440, D("2026-11-10"),
         deadline=D("2027-01-29"), issue=D("2026-10-10"))
m = M(("Amministrazione Edilcostruzioni Mastrangelo", "amministrazione@edilmastrangelo.it"), [O("paolo")],
      T("2027-01-19 12:37", RM), "R: Diffida di pagamento e costituzione in mora – fattura n. 29/2026",
      "Spett.le Dott. Paolo Greco,\n\nin riscontro alla Vostra diffida del 14 gennaio u.s., relativa alla fattura "
      "n. 29/2026, si comunica che l’importo di € 2.440,00 è stato corrisposto in data odierna a mezzo bonifico "
      "bancario sulle coordinate da Voi indicate.\n\nSi resta a disposizione per eventuali chiarimenti.\n\n"
      "Distinti saluti\n\nUfficio Amministrazione\nEdilcostruzioni Mastrangelo S.r.l.\nS.S. 16 km 812 – 70056 "
      "Molfetta (BA)\nP.IVA 05123450720\n\n" + GDPR_IT + "\n", parent=r3, style="outlook", mua="outlook", lang="it")
mail("client-reply-paid", "it", "Formal reply to the diffida: the amount 'è stato corrisposto in data odierna' "
     "(paid, no common payment verb). HTML only, iso-8859-1 declared with a cp1252 apostrophe.", m,
     dict(amount="2440.00", reference="29/2026"), mime="html", charset="iso-8859-1")

# --- IT paid 10: 'fatto stamattina' after an old promise for Monday
c = ("Franca Melis", "sunuraghebb@tiscali.it", "Gentile Franca Melis,")
r1 = rem("alessandra", c, "reminder", T("2026-12-18 09:00", RM), "Sollecito di pagamento – fattura n. 43/2026",
         "43/2026", 380, D("2026-12-12"))
c1 = M(c[:2], [O("alessandra")], T("2026-12-19 18:20", RM), "Re: Sollecito di pagamento – fattura n. 43/2026",
       "Cara Alessandra lunedì le faccio il bonifico, mi scusi ma questi giorni ho la casa piena di ospiti\n"
       "Franca\n\nInviato da iPhone\n", parent=r1, style="apple", mua="apple", lang="it")
r2 = rem("alessandra", c, "promise_followup", T("2026-12-23 09:00", RM),
         "Re: Sollecito di pagamento – fattura n. 43/2026", "43/2026", 380, D("2026-12-12"), parent=c1, q="gmail",
         promise=D("2026-12-21"))
m = M(c[:2], [O("alessandra")], T("2026-12-28 10:12", RM), "Re: Sollecito di pagamento – fattura n. 43/2026",
      "fatto stamattina, mi scusi!! con le feste mi era passato di mente. Buon anno!\nFranca\n\nInviato da iPhone\n",
      parent=r2, style="apple", mua="apple", lang="it")
mail("client-reply-paid", "it", "Two-line 'fatto stamattina' over the promise follow-up, whose quote carries the "
     "client's own old promise ('lunedì le faccio il bonifico').", m, {})

# --- IT promise 1: reply to the promise follow-up (old promise 'entro il 15'), new date: venerdì
c = ("Ufficio amministrativo", "amministrazione@caseificiovallestura.it", "Spett.le Caseificio Valle Stura sas,")
elena = ("Elena Giraudo", "amministrazione@caseificiovallestura.it")
r1 = rem("alessandra", c, "reminder", T("2026-12-04 09:00", RM), "Sollecito di pagamento – fattura n. 37/2026",
         "37/2026", 2318, D("2026-11-30"))
c1 = M(elena, [O("alessandra")], T("2026-12-05 10:02", RM), "R: Sollecito di pagamento – fattura n. 37/2026",
       "Buongiorno,\nla fattura è in pagamento entro il 15 del mese.\nCordiali saluti\nUfficio amministrativo\n",
       parent=r1, style="outlook", mua="outlook", lang="it")
r2 = rem("alessandra", c, "promise_followup", T("2026-12-16 09:00", RM),
         "R: Sollecito di pagamento – fattura n. 37/2026", "37/2026", 2318, D("2026-11-30"), parent=c1, q="gmail",
         promise=D("2026-12-15"))
m = M(elena, [O("alessandra")], T("2026-12-16 14:10", RM), "R: Sollecito di pagamento – fattura n. 37/2026",
      "Buongiorno Sig.ra Rossi,\n\nha ragione, il pagamento è saltato perché la sua fattura era finita nel gruppo "
      "dei fornitori a 60 giorni invece che a 30. L'ho spostata e messa nella distinta di venerdì, quindi dovrebbe "
      "vedere l'accredito a inizio della settimana prossima.\n\nCordiali saluti\nElena Giraudo\nUfficio "
      "amministrativo\nCaseificio Valle Stura s.a.s. – Demonte (CN)\n", parent=r2, style="outlook", mua="outlook",
      lang="it")
mail("client-reply-promise", "it", "Reply to the promise follow-up; the quote holds the old promise 'entro il 15'. "
     "New promise: in Friday's batch (Date is Wednesday 16/12 -> Friday 18/12); 'inizio settimana prossima' is "
     "when the money lands, not the promise.", m, dict(promised_date="2026-12-18"), mime="alt")

# --- IT promise 2: internal chain forwarded: the owner says 'wait until our client pays us'
c = ("Simona Ferrante", "segreteria@arredamentiferrante.it", "Spett.le Arredamenti Ferrante srl,")
simona = c[:2]
mich = ("Michele Ferrante", "michele@arredamentiferrante.it")
r1 = rem("paolo", c, "due", T("2026-12-07 09:00", RM), "Promemoria: fattura n. 39/2026", "39/2026", 1708,
         D("2026-12-04"))
c1 = M(simona, [mich], T("2026-12-07 10:31", RM), "Fwd: Promemoria: fattura n. 39/2026",
       "Michele ci ha scritto il ragazzo del sito per la fattura, che faccio la pago? Sono 1708 euro\n", parent=r1,
       style="fwd", mua="gmail", lang="it")
c2 = M(mich, [simona], T("2026-12-07 13:05", RM), "Re: Fwd: Promemoria: fattura n. 39/2026",
       "Aspetta che ci paga Ferri per la cucina del ristorante, poi paghi tutto. Ma avvisalo che non pensi male\n",
       parent=c1, style="gmail", mua="gmail", lang="it")
m = M(simona, [O("paolo")], T("2026-12-09 09:48", RM), "Fwd: Re: Fwd: Promemoria: fattura n. 39/2026",
      "Buongiorno Paolo,\nscusi se le inoltro tutto il giro ma faccio prima 😅\nCome vede qui sotto il titolare ha "
      "dato l'ok: la sua fattura la paghiamo appena incassiamo da un nostro cliente, dovrebbe essere questione di "
      "poco. La tengo aggiornato.\n\nSimona\nArredamenti Ferrante srl\nvia Appia 300, Altamura\n", parent=c2,
      style="fwd", mua="gmail", lang="it")
mail("client-reply-promise", "it", "Internal chain forwarded to the freelancer ('la pago?' -> 'aspetta che ci "
     "paga Ferri') and a note: will pay as soon as their own client pays. Promise with no date.", m, {}, mime="alt")

# --- IT promise 3: a new person answers (the contact left); the thread shows the bounce and a manual forward
c = ("Sara Villa", "sara.villa@tipografiamorandi.it", "Spett.le Tipografia Morandi snc,")
r1 = rem("alessandra", c, "reminder", T("2026-12-07 08:58", RM), "Sollecito di pagamento – fattura n. 41/2026",
         "41/2026", 640.50, D("2026-11-30"))
MORANDI_R1 = r1
o1 = M(O("alessandra"), [("Tipografia Morandi", "info@tipografiamorandi.it")], T("2026-12-08 18:40", RM),
       "I: Sollecito di pagamento – fattura n. 41/2026",
       "Buongiorno,\nvi inoltro il sollecito qui sotto perché l'indirizzo di Sara Villa risulta non più attivo. "
       "Potete indicarmi a chi devo fare riferimento per i pagamenti?\nGrazie,\nAlessandra Rossi\n", parent=r1,
       style="fwd", mua="gmail", lang="it")
m = M(("Daniele Morandi", "info@tipografiamorandi.it"), [O("alessandra")], T("2026-12-09 08:15", RM),
      "Re: I: Sollecito di pagamento – fattura n. 41/2026",
      "Buongiorno signora Rossi,\nla collega Sara Villa non lavora più con noi da fine ottobre, le fatture fornitori "
      "adesso le seguo io. Ho trovato la sua fattura 41/2026, era rimasta nella casella di Sara che nessuno guardava, "
      "mi scuso.\nLa inserisco nei pagamenti di fine mese.\n\nUn saluto\nDaniele Morandi\nTipografia Morandi snc – "
      "Lecco\n", parent=o1, style="tbird", mua="tbird", lang="it")
mail("client-reply-promise", "it", "Someone other than the invoiced contact answers a manual forward (the old "
     "address bounced): 'nei pagamenti di fine mese' (Date 9/12 -> 31/12).", m,
     dict(reference="41/2026", promised_date="2026-12-31"))

# --- IT promise 4: two invoices: one paid, one to come -> promise
c = ("Studio Legale Carbone", "segreteria@studiolegalecarbone.it", "Spett.le Studio Legale Carbone,")
st = M(O("paolo"), [c[:2]], T("2026-12-14 09:00", RM), "Fatture da saldare – Studio Legale Carbone",
       it_statement("paolo", c[2], [("34/2026", D("2026-10-15"), D("2026-11-14"), 30, 854),
                                    ("40/2026", D("2026-11-10"), D("2026-12-10"), 4, 1220)], D("2026-12-21")),
       mua="mailduns", lang="it")
m = M(("Dott.ssa Marta Pirelli", "segreteria@studiolegalecarbone.it"), [O("paolo")], T("2026-12-14 12:52", RM),
      "R: Fatture da saldare – Studio Legale Carbone",
      "Gentile Dott. Greco,\n\nquanto alle fatture in oggetto: la n. 34 è stata saldata il 30 novembre (ne allego "
      "copia della contabile), la n. 40 verrà pagata il 10 gennaio p.v., come da scadenza concordata a suo tempo "
      "con l'Avv. Carbone (pagamento a 60 gg).\n\nCordiali saluti\n\nDott.ssa Marta Pirelli\nSegreteria – Studio "
      "Legale Carbone\nVia Sparano da Bari 102 – 70121 Bari\n\n" + GDPR_IT + "\n", parent=st, style="outlook",
      mua="outlook", lang="it")
mail("client-reply-promise", "it", "Two invoices: n. 34 paid on 30/11, n. 40 to be paid on 10 January -> promise "
     "(paid one + promise for the other). No single reference.", m, dict(promised_date="2027-01-10"), mime="alt",
     attach=[("contabile_34_2026.pdf", "application/pdf", fake_pdf("contabile 854,00"))])

# --- IT promise 5: inline answer between the quoted lines (Thunderbird '>' quoting)
c = ("Gianni Pastore", "gianni@cantinapastore.it", "Spett.le Cantina Pastore,")
r1 = rem("alessandra", c, "reminder", T("2027-01-07 09:00", RM), "Sollecito di pagamento – fattura n. 44/2026",
         "44/2026", 610, D("2026-12-31"))
m = M(c[:2], [O("alessandra")], T("2027-01-07 16:33", RM), "Re: Sollecito di pagamento – fattura n. 44/2026",
      "", parent=r1, mua="tbird", lang="it")
m.full_text = ("Buonasera, rispondo qui sotto.\n\n" + attribution(r1, "tbird", "it") + "\n"
               + inline(r1.text, [("risulta ancora da saldare", "lo so, lo so: la paghiamo martedì prossimo, promesso. G."),
                                  ("- IBAN:", "è sempre quello della fattura giusto?")]))
mail("client-reply-promise", "it", "Inline answer written between the lines of the quoted reminder: 'la paghiamo "
     "martedì prossimo' (Date Thursday 7/1 -> Tuesday 12/1); a side question on the IBAN.", m,
     dict(promised_date="2027-01-12"))

# --- IT promise 6: the quoted chain carries an old dispute solved with a credit note; new promise with amount
c = ("Chiara Benedetti", "info@agriturismolequerce.it", "Spett.le Agriturismo Le Querce,")
r1 = rem("paolo", c, "reminder", T("2026-11-12 09:00", RM), "Sollecito di pagamento – fattura n. 31/2026",
         "31/2026", 1050, D("2026-10-31"))
c1 = M(c[:2], [O("paolo")], T("2026-11-13 11:40", RM), "Re: Sollecito di pagamento – fattura n. 31/2026",
       "Buongiorno Paolo,\nprima di pagare dobbiamo parlarne: nel preventivo il modulo prenotazioni era incluso, in "
       "fattura lo trovo a parte (200 €). Non ci sembra corretto.\nChiara\n", parent=r1, style="gmail", mua="gmail",
       lang="it")
o1 = M(O("paolo"), [c[:2]], T("2026-11-16 19:02", RM), "Re: Sollecito di pagamento – fattura n. 31/2026",
       "Ciao Chiara,\nhai ragione, ho ricontrollato il preventivo. Ti mando una nota di credito di 200 € e restano "
       "da saldare 850 €. Scusa la svista.\nPaolo\n", parent=c1, style="gmail", mua="gmail", lang="it")
m = M(c[:2], [O("paolo")], T("2027-01-20 15:25", RM), "Re: Sollecito di pagamento – fattura n. 31/2026",
      "Ciao Paolo,\nricevuta la nota di credito, grazie, e scusa se ci ho messo tanto a risponderti ma eravamo chiusi "
      "per ferie fino al 15. Ho visto che mi è arrivato anche un altro sollecito con l'importo pieno, immagino sia "
      "automatico.\nIl saldo di 850 € lo disponiamo lunedì 25, va bene?\nChiara\n", parent=o1, style="gmail",
      mua="gmail", lang="it")
mail("client-reply-promise", "it", "The quote holds an old dispute (module billed apart) and the freelancer's credit "
     "note; new text: 850 on Monday 25 (Date Wed 20/1). 'va bene?' is not a question about the invoice.", m,
     dict(amount="850.00", promised_date="2027-01-25"), mime="alt")

# --- IT promise 7: ALL CAPS, no accents, no quote
c = ("BELLINI FRANCO", "ferramentabellini@alice.it", "Gentile Franco Bellini,")
r1 = rem("alessandra", c, "reminder", T("2026-12-11 09:00", RM), "Sollecito di pagamento – fattura n. 39/2026",
         "39/2026", 295, D("2026-12-05"))
m = M(c[:2], [O("alessandra")], T("2026-12-14 09:12", RM), "Re: Sollecito di pagamento – fattura n. 39/2026",
      "BUONGIORNO SIGNORA ROSSI HO VISTO LA MAIL SOLO ADESSO PERCHE IL COMPUTER LO USA MIO NIPOTE. PASSO IN BANCA "
      "DOMANI MATTINA E FACCIO IL BONIFICO. MI SCUSI TANTO\nSALUTI\nBELLINI FRANCO\n", parent=r1, mua="other",
      lang="it")
mail("client-reply-promise", "it", "All caps, no accents, no quote: 'passo in banca domani mattina' (Date Monday "
     "14/12 -> 15/12).", m, dict(promised_date="2026-12-15"), charset="iso-8859-1", cte="8bit")

# --- IT promise 8: old promise 'il 30' in the quote; now 'non prima del 20 gennaio'
c = ("Marco Lattanzi", "marco@fitlabpalestra.it", "Spett.le FitLab ssd arl,")
r1 = rem("paolo", c, "due", T("2026-12-15 09:00", RM), "Promemoria: fattura n. 42/2026", "42/2026", 1159,
         D("2026-12-15"))
c1 = M(c[:2], [O("paolo")], T("2026-12-16 21:03", RM), "Re: Promemoria: fattura n. 42/2026",
       "Ciao Paolo, la paghiamo il 30 con gli stipendi. Buone feste!\nMarco\n", parent=r1, style="gmail",
       mua="gmail", lang="it")
r2 = rem("paolo", c, "promise_followup", T("2027-01-04 09:00", RM), "Re: Promemoria: fattura n. 42/2026",
         "42/2026", 1159, D("2026-12-15"), parent=c1, q="gmail", promise=D("2026-12-30"))
m = M(c[:2], [O("paolo")], T("2027-01-05 13:47", RM), "Re: Promemoria: fattura n. 42/2026",
      "Ciao Paolo,\nhai ragione, ti chiedo scusa. Dicembre è andato peggio del previsto con le disdette degli "
      "abbonamenti e abbiamo dovuto rimandare un po' di pagamenti. Non riesco prima del 20 gennaio, poi sei il primo "
      "della lista, te lo garantisco.\nMarco\n", parent=r2, style="gmail", mua="gmail", lang="it")
mail("client-reply-promise", "it", "Quote has the old promise 'il 30'; new text 'non riesco prima del 20 gennaio' "
     "= promise for 20/1.", m, dict(promised_date="2027-01-20"), mime="alt")

# --- IT promise 9: accounts department, vague 'next payment cycle'
c = ("Ufficio Contabilità Fornitori", "contabilita.fornitori@farmacieriunite.it", "Spett.le Farmacie Riunite spa,")
r1 = rem("alessandra", c, "due", T("2027-02-08 09:00", RM), "Promemoria: fattura n. 2/2027", "2/2027", 366,
         D("2027-02-05"))
m = M(c[:2], [O("alessandra")], T("2027-02-08 15:30", RM), "R: Promemoria: fattura n. 2/2027",
      "Buongiorno,\n\nconfermiamo la ricezione della fattura n. 2/2027. La stessa è stata registrata e verrà inserita "
      "nel primo ciclo di pagamento fornitori utile.\n\nDistinti saluti\n\nUfficio Contabilità Fornitori\nFarmacie "
      "Riunite S.p.A.\n\nQuesta casella è presidiata dal lunedì al venerdì, 9-13.\n", parent=r1, style="outlook",
      mua="outlook", lang="it")
mail("client-reply-promise", "it", "Accounts payable: registered and 'verrà inserita nel primo ciclo di pagamento "
     "fornitori utile' — a promise with no date.", m, dict(reference="2/2027"), mime="html", charset="iso-8859-1")

# --- IT promise 10: reply about the project first, payment at the end ('il 31')
c = ("Federica Loiacono", "federica@coopilgirasole.org", "Spett.le Cooperativa Sociale Il Girasole,")
r1 = rem("paolo", c, "reminder", T("2027-01-12 09:00", RM), "Sollecito di pagamento – fattura n. 46/2026",
         "46/2026", 488, D("2027-01-09"))
m = M(c[:2], [O("paolo")], T("2027-01-14 17:55", RM), "Re: Sollecito di pagamento – fattura n. 46/2026",
      "Ciao Paolo,\n\nti rispondo qui così tengo tutto insieme. Sul sito:\n1) la pagina \"Chi siamo\" va aggiornata, "
      "il nuovo presidente è Nicola Ventura (ti mando la foto domani);\n2) il modulo per le donazioni su mobile non si "
      "vede il pulsante \"Invia\", almeno sul mio Android;\n3) ci hanno segnalato che il contrasto del testo grigio "
      "chiaro non va bene per l'accessibilità, si può scurire?\n\nPer il corso di febbraio con i ragazzi ci sentiamo "
      "la settimana prossima.\n\nPer la fattura: ho chiesto in amministrazione, mi dicono che va in pagamento il 31 "
      "insieme agli altri fornitori.\n\nGrazie!\nFederica\n", parent=r1, style="gmail", mua="gmail", lang="it")
mail("client-reply-promise", "it", "Mostly a list of website fixes; the last paragraph: 'va in pagamento il 31' "
     "(Date 14/1 -> 31/1).", m, dict(promised_date="2027-01-31"), mime="alt")

# --- IT promise 11: 'dopo l'Epifania' (vague), Android
c = ("Roberto Cantoni", "darino.ristorante@gmail.com", "Spett.le Ristorante Da Rino,")
r1 = rem("alessandra", c, "reminder", T("2026-12-22 09:00", RM), "Sollecito di pagamento – fattura n. 45/2026",
         "45/2026", 540, D("2026-12-15"))
m = M(c[:2], [O("alessandra")], T("2026-12-23 23:48", RM), "Re: Sollecito di pagamento – fattura n. 45/2026",
      "Alessandra lo so lo so hai ragione. Dicembre qui è un manicomio tra cene aziendali e fornitori che vogliono "
      "tutti i soldi prima di natale. Te la saldo dopo l'epifania giuro\nIntanto buone feste!!!\nRoberto\n\n"
      "Inviato da smartphone Samsung Galaxy.\n", parent=r1, style="gmail", mua="gmail", lang="it")
mail("client-reply-promise", "it", "'Te la saldo dopo l'epifania' = after the 6th: a promise, but vague (no "
     "promised_date).", m, {})

# --- IT promise 12: the assistant answers for the engineer, engineer in cc
c = ("Ing. Luca Sartori", "l.sartori@studiosartori.eu", "Gentile Ing. Luca Sartori,")
r1 = rem("paolo", c, "reminder", T("2027-01-25 09:00", RM), "Sollecito di pagamento – fattura n. 3/2027", "3/2027",
         976, D("2027-01-20"))
m = M(("Giada Pellegrini", "segreteria@studiosartori.eu"), [O("paolo")], T("2027-01-26 10:14", RM),
      "R: Sollecito di pagamento – fattura n. 3/2027",
      "Buongiorno Dott. Greco,\n\nrispondo per conto dell'Ing. Sartori, che questa settimana è in cantiere a Matera "
      "e legge poco la posta. Mi ha chiesto di comunicarle che provvede al pagamento entro venerdì 29.\n\n"
      "Cordiali saluti\nGiada Pellegrini\nSegreteria – Studio Tecnico Sartori\nVia Lucana 18, Potenza\n",
      parent=r1, style="gmail", mua="gmail", lang="it", cc=[c[:2]])
mail("client-reply-promise", "it", "An assistant answers for the person invoiced (in cc): 'entro venerdì 29'.", m,
     dict(promised_date="2027-01-29"), mime="alt")

# --- IT dispute 1: reply to the 2nd reminder; the quote holds an old vague promise; now hours contested
c = ("Federico Sala", "f.sala@edizionilumiere.it", "Spett.le Edizioni Lumière srl,")
r1 = rem("alessandra", c, "reminder", T("2026-11-18 09:00", RM), "Sollecito di pagamento – fattura n. 34/2026",
         "34/2026", 1756.80, D("2026-11-10"))
c1 = M(c[:2], [O("alessandra")], T("2026-11-19 12:20", RM), "Re: Sollecito di pagamento – fattura n. 34/2026",
       "Buongiorno Alessandra, la giro in amministrazione, penso la paghino entro fine mese.\nFederico\n",
       parent=r1, style="gmail", mua="gmail", lang="it")
r2 = rem("alessandra", c, "promise_followup", T("2026-12-02 09:00", RM),
         "Re: Sollecito di pagamento – fattura n. 34/2026", "34/2026", 1756.80, D("2026-11-10"), parent=c1,
         q="gmail")
m = M(c[:2], [O("alessandra")], T("2026-12-03 11:08", RM), "Re: Sollecito di pagamento – fattura n. 34/2026",
      "Buongiorno Alessandra,\n\nriprendo il filo perché l'amministrazione mi ha bloccato la fattura e, guardandola "
      "meglio, hanno ragione loro: le ore fatturate sono 32, mentre noi avevamo concordato un forfait di 24 ore per "
      "la revisione del catalogo (ho qui la sua mail del 12 settembre). Così non possiamo pagarla; ci mandi per "
      "favore una nota di credito e una fattura corretta.\n\nGrazie\nFederico Sala\nEdizioni Lumière – Redazione\n",
      parent=r2, style="gmail", mua="gmail", lang="it")
mail("client-reply-dispute", "it", "Second reminder answered; the quote has the client's old 'penso la paghino "
     "entro fine mese'. New text contests the hours (32 billed vs 24 agreed) and asks for a credit note.", m, {},
     mime="alt")

# --- IT dispute 2: partial payment + the rest withheld until the sources are delivered
c = ("Davide Russo", "davide@enotecavinarius.it", "Spett.le Enoteca Vinarius,")
r1 = rem("paolo", c, "reminder", T("2026-12-10 09:00", RM), "Sollecito di pagamento – fattura n. 36/2026",
         "36/2026", 1342, D("2026-12-01"))
r2 = rem("paolo", c, "suspension", T("2027-01-08 09:00", RM), "Re: Sollecito di pagamento – fattura n. 36/2026",
         "36/2026", 1342, D("2026-12-01"), parent=r1, q="gmail", deadline=D("2027-01-18"), susp=D("2027-01-19"))
m = M(c[:2], [O("paolo")], T("2027-01-09 12:31", RM), "Re: Sollecito di pagamento – fattura n. 36/2026",
      "Ciao Paolo,\nti ho fatto adesso un bonifico di 500 € come acconto, così vedi che non sparisco. Il resto te lo "
      "saldo quando mi mandi i file sorgente del gestionale e le credenziali del server, che da contratto sono nostri "
      "e che non ho ancora visto. Senza quelli per me il lavoro non è chiuso.\nDavide\n", parent=r2, style="gmail",
      mua="gmail", lang="it")
mail("client-reply-dispute", "it", "Partial payment (500 now) and the rest withheld until sources and credentials "
     "are delivered: partial payment + dispute = dispute.", m, dict(amount="500.00"))

# --- IT dispute 3: Outlook inline answers 'in blu' contesting the amount
c = ("Claudia Ferri", "c.ferri@hotelbellavistastresa.it", "Spett.le Hotel Bellavista srl,")
r1 = rem("alessandra", c, "reminder", T("2027-01-11 09:00", RM), "Sollecito di pagamento – fattura n. 46/2026",
         "46/2026", 2196, D("2027-01-04"))
m = M(c[:2], [O("alessandra")], T("2027-01-11 15:02", RM), "R: Sollecito di pagamento – fattura n. 46/2026", "",
      parent=r1, mua="outlook", lang="it")
notes = [("risulta ancora da saldare", "CF: l'importo non corrisponde al preventivo approvato (1.500 € + IVA). Le sei "
          "pagine aggiuntive in tedesco non le abbiamo mai richieste."),
         ("problema con la fattura", "CF: appunto. Attendo fattura corretta, poi paghiamo subito.")]
top = "Buongiorno,\nle rispondo nel testo (in blu).\nClaudia Ferri\nDirezione – Hotel Bellavista Stresa\n"
m.full_text = (top + "\n________________________________\n" + outlook_rows_text(r1, "it") + "\n\n"
               + inline(r1.text, notes, pfx=""))
m.full_html = ("<p class=\"MsoNormal\">" + "<br>".join(htmlmod.escape(x) for x in top.split("\n")) + "</p>\n<hr>\n"
               '<p class="MsoNormal">' + outlook_rows_html(r1, "it") + "</p>\n"
               + inline_html(r1.text, notes, color="#0070C0"))
mail("client-reply-dispute", "it", "Inline notes (blue in HTML, lost in plain text) between the lines of an "
     "unquoted Outlook copy: amount does not match the quote; will pay once corrected (conditional -> dispute).",
     m, {}, mime="alt", charset="iso-8859-1")

# --- IT dispute 4: internal chain forwarded: marketing says do not pay
c = ("Lorena Conti", "amministrazione@otticamancuso.it", "Spett.le Ottica Mancuso srl,")
lorena = c[:2]
alb = ("Alberto Mancuso", "marketing@otticamancuso.it")
r1 = rem("paolo", c, "suspension", T("2027-01-15 09:00", RM), "Sollecito di pagamento – fattura n. 44/2026",
         "44/2026", 2745, D("2026-12-20"), deadline=D("2027-01-25"), susp=D("2027-01-26"))
c1 = M(lorena, [alb], T("2027-01-15 09:47", RM), "I: Sollecito di pagamento – fattura n. 44/2026",
       "Alberto, mi confermi che possiamo pagare? Scrive che sospende il servizio dal 26.\nLorena\n", parent=r1,
       style="outlook", mua="outlook", lang="it")
c2 = M(alb, [lorena], T("2027-01-16 10:20", RM), "R: I: Sollecito di pagamento – fattura n. 44/2026",
       "No, aspetta. Il sito non è ancora online e mancano le schede prodotto e le traduzioni in inglese. Finché "
       "non è in produzione non paghiamo niente.\nA.\n", parent=c1, style="outlook", mua="outlook", lang="it")
m = M(lorena, [O("paolo")], T("2027-01-18 08:53", RM), "I: R: I: Sollecito di pagamento – fattura n. 44/2026",
      "Buongiorno Sig. Greco,\n\nle giro la risposta del nostro responsabile marketing qui sotto. Finché il sito non "
      "è in produzione, come previsto dal contratto, la fattura resta sospesa.\n\nResto a disposizione.\n\n"
      "Lorena Conti\nAmministrazione – Ottica Mancuso srl\n", parent=c2, style="outlook", mua="outlook", lang="it")
mail("client-reply-dispute", "it", "Internal chain forwarded to the freelancer ('possiamo pagare?' -> 'no, il sito "
     "non è online') and a note: invoice on hold until the site is live.", m, {}, mime="alt")

# --- IT dispute 5: duplicate of an invoice already paid
c = ("Marta Colombo", "marta.colombo@associazioneilponte.org", "Spett.le Associazione Culturale Il Ponte,")
r1 = rem("alessandra", c, "reminder", T("2027-01-19 09:00", RM), "Sollecito di pagamento – fattura n. 47/2026",
         "47/2026", 427, D("2027-01-10"))
m = M(c[:2], [O("alessandra")], T("2027-01-20 09:36", RM), "Re: Sollecito di pagamento – fattura n. 47/2026",
      "Buongiorno Alessandra,\nguardi che la 47/2026 è la stessa traduzione (brochure della mostra \"Luci del "
      "Nord\") che ci aveva già fatturato con la 27/2026 e che abbiamo pagato il 12 ottobre. Credo sia un doppione.\n"
      "Ci può mandare una nota di credito per annullarla? Il revisore dei conti ci fa storie se restano aperte.\n\n"
      "Grazie, buona giornata\nMarta Colombo\nTesoreria – Associazione Culturale Il Ponte\n", parent=r1,
      style="gmail", mua="gmail", lang="it")
mail("client-reply-dispute", "it", "Already billed: 47/2026 duplicates 27/2026 (paid in October); asks for a credit "
     "note. The 'paid' is about the other invoice.", m, dict(reference="47/2026"), mime="alt")

# --- IT dispute 6: discount asked for late delivery, then 'paghiamo subito' (conditional)
c = ("Rosaria Gallo", "rosaria@immobiliaregallo.it", "Spett.le Immobiliare Gallo & Figli snc,")
r1 = rem("paolo", c, "due", T("2027-02-01 09:00", RM), "Promemoria: fattura n. 2/2027", "2/2027", 1464,
         D("2027-01-31"))
m = M(c[:2], [O("paolo")], T("2027-02-02 17:19", RM), "R: Promemoria: fattura n. 2/2027",
      "Buonasera Paolo,\n\nsenza polemica: il portale doveva essere online il 1° dicembre ed è andato online il 22, e "
      "nel frattempo abbiamo perso la campagna di Natale. Ne abbiamo parlato in ufficio e chiediamo uno sconto del "
      "15% sulla fattura. Se ci manda la fattura rettificata la paghiamo subito, nella stessa settimana.\n\nSaluti\n"
      "Rosaria Gallo\n\nInviato da Outlook per Android\n", parent=r1, style="outlook", mua="outlook", lang="it")
mail("client-reply-dispute", "it", "Asks a 15% discount for late delivery; 'la paghiamo subito' only after a "
     "corrected invoice: dispute beats promise.", m, {})

# --- IT dispute 7: the quote holds 'pago lunedì'; now only the first part will be paid
c = ("Lorenzo Ricci", "studio@dentistaricci.it", "Spett.le Studio Dentistico Ricci,")
r1 = rem("alessandra", c, "due", T("2027-01-29 09:00", RM), "Promemoria: fattura n. 1/2027", "1/2027", 732,
         D("2027-01-28"))
c1 = M(c[:2], [O("alessandra")], T("2027-01-30 08:02", RM), "Re: Promemoria: fattura n. 1/2027",
       "Buongiorno, pago lunedì. Ricci\n\nInviato da iPhone\n", parent=r1, style="apple", mua="apple", lang="it")
r2 = rem("alessandra", c, "promise_followup", T("2027-02-03 09:00", RM), "Re: Promemoria: fattura n. 1/2027",
         "1/2027", 732, D("2027-01-28"), parent=c1, q="gmail", promise=D("2027-02-01"))
m = M(c[:2], [O("alessandra")], T("2027-02-04 13:15", RM), "Re: Promemoria: fattura n. 1/2027",
      "Gentile dottoressa Rossi,\nnel frattempo ho parlato con il mio socio: la seconda parte (la traduzione del sito "
      "in tedesco) non l'avevamo mai chiesta, è stata una sua proposta che nessuno di noi ha confermato per iscritto. "
      "Paghiamo la prima parte, 400 euro, e per il resto ci deve dare spiegazioni.\nLorenzo Ricci\n\n"
      "Inviato da iPhone\n", parent=r2, style="apple", mua="apple", lang="it")
mail("client-reply-dispute", "it", "Quote holds the client's own 'pago lunedì'; new text: the second part was never "
     "ordered, will pay only the first part (400).", m, dict(amount="400.00"))

# --- IT other 1: resend the invoice; the quote holds an old promise
c = ("Annalisa De Santis", "casanonnarosa.bb@gmail.com", "Gentile Annalisa De Santis,")
r1 = rem("paolo", c, "reminder", T("2026-12-01 09:00", RM), "Sollecito di pagamento – fattura n. 37/2026",
         "37/2026", 420, D("2026-11-25"))
c1 = M(c[:2], [O("paolo")], T("2026-12-01 13:30", RM), "Re: Sollecito di pagamento – fattura n. 37/2026",
       "Ciao Paolo la pago entro il 10 sicuro\n", parent=r1, style="gmail", mua="gmail", lang="it")
r2 = rem("paolo", c, "promise_followup", T("2026-12-14 09:00", RM), "Re: Sollecito di pagamento – fattura n. 37/2026",
         "37/2026", 420, D("2026-11-25"), parent=c1, q="gmail", promise=D("2026-12-10"))
m = M(c[:2], [O("paolo")], T("2026-12-14 21:40", RM), "Re: Sollecito di pagamento – fattura n. 37/2026",
      "Paolo scusami, il commercialista mi dice che nel cassetto fiscale la fattura non c'è e io nella mail non la "
      "trovo più, ho cambiato telefono e si è perso tutto. Me la rimandi in pdf? Il commercialista la vuole vedere "
      "prima.\nAnnalisa\n", parent=r2, style="gmail", mua="gmail", lang="it")
mail("client-reply-other", "it", "Asks for the invoice again (not in the cassetto fiscale). The quote holds her old "
     "'entro il 10 sicuro', which does not count.", m, {}, mime="alt")

# --- IT other 2: which IBAN? (different from the one on file)
c = ("Giuseppe Fumagalli", "giuseppe@cartoleriafumagalli.it", "Spett.le Cartoleria Fumagalli,")
r1 = rem("alessandra", c, "reminder", T("2027-01-26 09:00", RM), "Sollecito di pagamento – fattura n. 48/2026",
         "48/2026", 183, D("2027-01-20"))
m = M(c[:2], [O("alessandra")], T("2027-01-26 10:51", RM), "R: Sollecito di pagamento – fattura n. 48/2026",
      "Buongiorno,\nnel sollecito vedo un IBAN (IT60 X054...) diverso da quello che abbiamo in anagrafica, che finisce "
      "con 7781. Quale devo usare? Non vorrei fare un bonifico sbagliato, con tutte le truffe che girano adesso. Mi "
      "può confermare anche per telefono?\n\nGrazie\nGiuseppe Fumagalli\n", parent=r1, style="outlook_orig",
      mua="other", lang="it")
mail("client-reply-other", "it", "A question about bank details (IBAN differs from the one on file); no promise, "
     "no claim.", m, {}, charset="iso-8859-1")

# --- IT other 3: forwards to the accounts office (in cc)
c = ("Elisa Lombardi", "elisa@sartorialombardi.it", "Spett.le Sartoria Lombardi,")
r1 = rem("paolo", c, "due", T("2026-11-30 09:00", RM), "Promemoria: fattura n. 38/2026", "38/2026", 366,
         D("2026-11-30"))
m = M(c[:2], [O("paolo")], T("2026-11-30 11:02", RM), "Re: Promemoria: fattura n. 38/2026",
      "Buongiorno Paolo,\nmetto in copia la nostra amministrazione, che si occupa dei pagamenti.\nGianna, puoi "
      "verificare tu per favore?\nGrazie\nElisa\n", parent=r1, style="gmail", mua="gmail", lang="it",
      cc=[("Gianna Testa", "amministrazione@sartorialombardi.it")])
mail("client-reply-other", "it", "Hands the reminder over to the accounts office in cc; nothing about payment.",
     m, {}, mime="alt")

# --- IT other 4: needs an e-invoice with their SdI code
c = ("Ufficio Acquisti", "acquisti@logisticabrambilla.it", "Spett.le Logistica Brambilla spa,")
r1 = rem("alessandra", c, "reminder", T("2026-11-24 09:00", RM), "Sollecito di pagamento – fattura n. 32/2026",
         "32/2026", 2074, D("2026-11-16"))
m = M(("Paola Brambilla - Ufficio Acquisti", "acquisti@logisticabrambilla.it"), [O("alessandra")],
      T("2026-11-24 14:28", RM), "R: Sollecito di pagamento – fattura n. 32/2026",
      "Buongiorno,\n\nla fattura che ci ha mandato per mail in PDF per noi non è valida ai fini contabili: ci serve la "
      "fattura elettronica trasmessa tramite SdI con il nostro codice destinatario M5UXCR1. Finché non la riceviamo "
      "dallo SdI il gestionale non la vede.\nPuò procedere?\n\nCordiali saluti\nPaola Brambilla\nUfficio Acquisti\n",
      parent=r1, style="outlook", mua="outlook", lang="it")
mail("client-reply-other", "it", "Formal requirement (e-invoice via SdI with their codice destinatario): a question "
     "about the invoice, not a dispute of the amount or the work.", m, {}, mime="alt")

# --- IT other 5: 'Ricevuto, grazie'
c = ("Giulia Toso", "acquisti@vetreriatoso.it", "Spett.le Vetreria Artistica Toso,")
r1 = rem("alessandra", c, "courtesy", T("2027-02-15 09:00", RM), "Promemoria: fattura n. 5/2027 in scadenza",
         "5/2027", 610, D("2027-02-20"), issue=D("2027-01-21"))
m = M(c[:2], [O("alessandra")], T("2027-02-15 09:22", RM), "R: Promemoria: fattura n. 5/2027 in scadenza",
      "Ricevuto, grazie.\nGiulia\n", parent=r1, style="outlook", mua="outlook", lang="it")
mail("client-reply-other", "it", "Two words acknowledging the courtesy reminder; not a promise.", m, {},
     mime="alt")

# --- IT other 6: long chatty mail about a new project, asks for a call; the invoice 'a voce'
c = ("Andrea Pugliese", "andrea@birrificiolupulus.it", "Spett.le Birrificio Lupulus srls,")
r1 = rem("paolo", c, "reminder", T("2027-02-10 09:00", RM), "Sollecito di pagamento – fattura n. 5/2027",
         "5/2027", 854, D("2027-02-05"))
m = M(c[:2], [O("paolo")], T("2027-02-10 22:05", RM), "Re: Sollecito di pagamento – fattura n. 5/2027",
      "Ciao Paolo!\n\nti scrivo tardi che sono appena uscito dal birrificio. Abbiamo deciso: facciamo lo shop online "
      "per le box regalo, partiamo per la festa del papà. Ci servirebbe:\n- catalogo con 6-8 box e le birre singole\n"
      "- spedizioni solo Italia per ora (abbiamo già il corriere)\n- pagamento con carta e Satispay\n- magari un "
      "abbonamento mensile più avanti\n\nSecondo te ci stiamo coi tempi? Riesci a farmi un preventivo di massima?\n"
      "Giovedì pomeriggio sono libero, ci sentiamo al telefono? Così parliamo anche della fattura, a voce è più "
      "semplice.\n\nCiao\nAndrea\n", parent=r1, style="gmail", mua="gmail", lang="it")
mail("client-reply-other", "it", "Long mail about a new e-shop and a call; 'parliamo anche della fattura a voce' is "
     "neither a promise nor a dispute.", m, {}, mime="alt")

# --- IT other 7: inline answer 'sto verificando con la banca'
c = ("Alberto Conti", "alberto@contiviaggi.it", "Spett.le Conti Viaggi srl,")
r1 = rem("alessandra", c, "reminder", T("2026-11-26 09:00", RM), "Sollecito di pagamento – fattura n. 33/2026",
         "33/2026", 793, D("2026-11-18"))
m = M(c[:2], [O("alessandra")], T("2026-11-26 12:44", RM), "Re: Sollecito di pagamento – fattura n. 33/2026", "",
      parent=r1, mua="apple", lang="it")
m.full_text = ("Buongiorno\n\n" + attribution(r1, "apple", "it") + "\n\n"
               + inline(r1.text, [("Se il pagamento è già stato effettuato",
                                   "Sto verificando con la banca se il bonifico è partito o no, le faccio sapere "
                                   "entro domani.\nA. Conti")])
               + "\n")
mail("client-reply-other", "it", "Inline note under the 'se il pagamento è già stato effettuato' line: checking "
     "with the bank whether it left; 'le faccio sapere' is not a promise to pay.", m, {})

# --- IT other 8 (es): Spanish reply to an Italian reminder, asks to reissue to the new company
c = ("Carmen Ruiz", "carmen@ruizbianchi.es", "Gentile Carmen Ruiz,")
r1 = rem("alessandra", c, "reminder", T("2026-11-23 09:00", RM), "Sollecito di pagamento – fattura n. 30/2026",
         "30/2026", 1100, D("2026-11-14"))
m = M(c[:2], [O("alessandra")], T("2026-11-23 18:12", "Europe/Madrid"),
      "RE: Sollecito di pagamento – fattura n. 30/2026",
      "Hola Alessandra,\n\nperdona que te conteste en español, ya sabes que mi italiano es de supervivencia 😅\n"
      "¿Me puedes volver a emitir la factura a nombre de la sociedad nueva? Desde octubre facturamos como Ruiz & "
      "Bianchi Studio SL, CIF B67123456, misma dirección. Con el nombre antiguo la gestoría no me la acepta.\n\n"
      "Un abrazo,\nCarmen\n", parent=r1, style="outlook", mua="outlook", lang="es")
mail("client-reply-other", "es", "Spanish answer to an Italian reminder: asks for the invoice to be reissued to the "
     "new company name. No claim, no promise.", m, {}, mime="alt")

# --- IT other 9: 'a quale lavoro si riferisce?'
c = ("Circolo Tennis Bari", "segreteria@ctbari.it", "Spett.le Circolo Tennis Bari asd,")
r1 = rem("paolo", c, "reminder", T("2026-12-21 09:00", RM), "Sollecito di pagamento – fattura n. 43/2026",
         "43/2026", 305, D("2026-12-15"))
m = M(("Nicola Dibenedetto", "segreteria@ctbari.it"), [O("paolo")], T("2026-12-21 17:36", RM),
      "R: Sollecito di pagamento – fattura n. 43/2026",
      "Buonasera,\nmi dice a quale lavoro si riferisce la fattura 43/2026? Non trovo l'ordine tra le carte e il "
      "presidente vuole sapere di cosa si tratta prima di autorizzare.\nGrazie\nNicola Dibenedetto\nSegreteria CT Bari\n",
      parent=r1, style="outlook_orig", mua="other", lang="it")
mail("client-reply-other", "it", "Which work is this invoice for? The president wants to know before authorising: "
     "a question, not a dispute.", m, dict(reference="43/2026"))

# --- IT auto-reply: out of office with an inclusive end date, RFC 3834 headers, quotes nothing
c = ("Valentina Bassi", "valentina@grafichebassi.it", "Spett.le Grafiche Bassi srl,")
r1 = rem("alessandra", c, "reminder", T("2026-12-23 09:00", RM), "Sollecito di pagamento – fattura n. 49/2026",
         "49/2026", 915, D("2026-12-15"))
m = M(c[:2], [O("alessandra")], T("2026-12-23 09:00", RM),
      "Risposta automatica: Sollecito di pagamento – fattura n. 49/2026",
      "Grazie per il messaggio.\n\nSono fuori ufficio dal 23 dicembre al 6 gennaio compreso, con accesso limitato "
      "alla posta. Per urgenze amministrative potete scrivere a amministrazione@grafichebassi.it o chiamare lo "
      "0522 431190.\n\nBuone feste!\nValentina Bassi\nGrafiche Bassi srl\n", parent=r1, mua="outlook", lang="it")
mail("auto-reply", "it", "Out of office 'dal 23 dicembre al 6 gennaio compreso' -> back 7 January 2027. "
     "Auto-Submitted: auto-replied.", m, dict(return_date="2027-01-07"), mime="alt",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
              ("Precedence", "bulk")])


def dsn(frm, to, dt, subject, human, reporting_mta, recipient, action, status, diag, orig_headers, mid_domain,
        remote_mta=None, arrival=None, will_retry=None, headers_only=True):
    """A multipart/report DSN (RFC 3464)."""
    per_msg = f"Reporting-MTA: dns; {reporting_mta}\n"
    per_msg += f"X-Postfix-Queue-ID: {_rid(10, '0123456789ABCDEF')}\n"
    if arrival:
        per_msg += f"Arrival-Date: {format_datetime(arrival)}\n"
    per_rcpt = (f"Final-Recipient: rfc822; {recipient}\nOriginal-Recipient: rfc822;{recipient}\nAction: {action}\n"
                f"Status: {status}\n")
    if remote_mta:
        per_rcpt += f"Remote-MTA: dns; {remote_mta}\n"
    per_rcpt += f"Diagnostic-Code: smtp; {diag}\n"
    if will_retry:
        per_rcpt += f"Will-Retry-Until: {format_datetime(will_retry)}\n"
    p1 = part("text/plain", human, "utf-8", "quoted-printable", extra="")
    p1 = b"Content-Description: Notification\n" + p1
    p2 = (b"Content-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
          + (per_msg + "\n" + per_rcpt).encode("ascii"))
    if headers_only:
        p3 = (b"Content-Description: Undelivered Message Headers\nContent-Type: text/rfc822-headers\n\n"
              + orig_headers)
    else:
        p3 = b"Content-Description: Undelivered Message\nContent-Type: message/rfc822\n\n" + orig_headers
    body = multipart("report", [p1, p2, p3], extra="; report-type=delivery-status")
    h = (f"Date: {format_datetime(dt)}\nFrom: {frm}\nTo: {to}\nSubject: {hdr_text(subject)}\n"
         f"Message-ID: <{_rid(14, '0123456789')}.{_rid(6)}@{mid_domain}>\nAuto-Submitted: auto-replied\n"
         "MIME-Version: 1.0\n").encode("utf-8")
    return h + body


# --- IT bounce: permanent, the contact has left (the first reminder of IT promise 3)
c = ("Sara Villa", "sara.villa@tipografiamorandi.it", "Spett.le Tipografia Morandi snc,")
rb = MORANDI_R1
orig = envelope(rb)
human = ("Questo è il sistema di posta di smtp.example.it.\n\nSiamo spiacenti di informarla che il suo messaggio non "
         "è stato recapitato a uno o più destinatari. Il messaggio originale è allegato qui sotto.\n\n"
         "Per ulteriore assistenza contatti il suo amministratore di posta.\n\n"
         "                   Il sistema di posta\n\n"
         "<sara.villa@tipografiamorandi.it>: host mx.tipografiamorandi.it[185.58.118.22] said:\n"
         "    550 5.1.1 <sara.villa@tipografiamorandi.it>: Recipient address rejected:\n"
         "    User unknown in virtual mailbox table (in reply to RCPT TO command)\n")
data = dsn("MAILER-DAEMON@smtp.example.it (Sistema di posta)", "alessandra@example.it", T("2026-12-07 08:58", RM),
           "Messaggio non recapitato: Sollecito di pagamento – fattura n. 41/2026", human, "smtp.example.it",
           "sara.villa@tipografiamorandi.it", "failed", "5.1.1",
           "550 5.1.1 <sara.villa@tipografiamorandi.it>: Recipient address rejected: User unknown in virtual mailbox table",
           orig, "smtp.example.it", remote_mta="mx.tipografiamorandi.it", arrival=rb.dt)
add("bounce", "it", "Postfix DSN with an Italian human part: 550 5.1.1 user unknown — the contact has left "
    "(the same reminder is later forwarded by hand, see the Tipografia Morandi promise).", data,
    failed_recipient="sara.villa@tipografiamorandi.it", permanent=True)

# ==================================================================================================
# SPANISH THREADS
# ==================================================================================================
MD = "Europe/Madrid"
CN = "Atlantic/Canary"

# --- ES paid 1: reply to the 2nd reminder; the quoted chain has an old dispute, a credit note, an old vague promise
c = ("Begoña Uriarte", "administracion@talleresirazabal.es", "Estimados señores:")
beg = c[:2]
r1 = rem("lucia", c, "reminder", T("2026-11-23 09:00", MD), "Recordatorio: factura n.º 2026-048", "2026-048",
         1210, D("2026-11-15"))
c1 = M(beg, [O("lucia")], T("2026-11-24 10:15", MD), "RE: Recordatorio: factura n.º 2026-048",
       "Buenos días Lucía:\n\nAntes de pagar, Iñaki dice que en la factura hay 4 horas de más de la sesión de fotos de "
       "la nave, que se canceló por la lluvia. ¿Lo puedes revisar?\n\nUn saludo,\nBegoña\n", parent=r1,
       style="outlook", mua="outlook", lang="es")
o1 = M(O("lucia"), [beg], T("2026-11-25 12:30", MD), "RE: Recordatorio: factura n.º 2026-048",
       "Hola Begoña:\n\nTenéis razón, os envío factura rectificativa por las 4 horas (242 €). Queda pendiente "
       "968,00 €.\n\nUn saludo,\nLucía\n", parent=c1, style="gmail", mua="gmail", lang="es")
c2 = M(beg, [O("lucia")], T("2026-11-26 09:05", MD), "RE: Recordatorio: factura n.º 2026-048",
       "Perfecto, gracias. Lo pagamos la semana que viene.\nBegoña\n", parent=o1, style="outlook", mua="outlook",
       lang="es")
r2 = rem("lucia", c, "promise_followup", T("2026-12-09 09:00", MD), "RE: Recordatorio: factura n.º 2026-048",
         "2026-048", 968, D("2026-11-15"), parent=c2, q="gmail")
m = M(beg, [O("lucia")], T("2026-12-10 13:22", MD), "RE: Recordatorio: factura n.º 2026-048",
      "Buenos días Lucía:\n\nTransferencia realizada hoy por 968,00 €. Te adjunto el justificante. Disculpa la "
      "demora, con el cierre de mes se nos quedó fuera de la remesa.\n\nUn saludo,\n\nBegoña Uriarte\nAdministración\n"
      "Talleres Irazábal, S.L.\nPol. Ind. Ugaldeguren III, parcela 7 · 48170 Zamudio (Bizkaia)\nTel. 944 521 330\n\n"
      + LOPD_ES + "\n", parent=r2, style="outlook", mua="outlook", lang="es")
mail("client-reply-paid", "es", "Long Outlook thread: old dispute (4 hours), the freelancer's rectifying invoice, an "
     "old vague promise; the new text: 'Transferencia realizada hoy por 968,00 €', receipt attached.", m,
     dict(amount="968.00"), mime="alt", charset="iso-8859-1",
     attach=[("Justificante transferencia 2026-048.pdf", "application/pdf", fake_pdf("justificante 968,00"))])

# --- ES paid 2: internal chain forwarded: '¿se puede pagar?' -> 'Sí, adelante' -> paid in yesterday's remesa
c = ("Marta Gil", "administracion@editorialquimera.es", "Estimados señores:")
marta = c[:2]
paco = ("Paco Segura", "paco.segura@editorialquimera.es")
r1 = rem("lucia", c, "reminder", T("2026-12-14 09:00", MD), "Recordatorio: factura n.º 2026-052", "2026-052",
         1815, D("2026-12-05"))
c1 = M(marta, [paco], T("2026-12-14 10:40", MD), "RV: Recordatorio: factura n.º 2026-052",
       "Paco, ¿se puede pagar esto? No la tengo aprobada en el sistema.\nMarta\n", parent=r1, style="outlook",
       mua="outlook", lang="es")
c2 = M(paco, [marta], T("2026-12-15 08:12", MD), "RE: Recordatorio: factura n.º 2026-052",
       "Sí, adelante. Las ilustraciones de la portada ya están en imprenta.\nP.\n", parent=c1, style="outlook",
       mua="outlook", lang="es")
m = M(marta, [O("lucia")], T("2026-12-16 09:34", MD), "RV: RE: Recordatorio: factura n.º 2026-052",
      "Hola Lucía:\n\nTe reenvío la cadena para que veas que ya está aprobada. La incluimos en la remesa de ayer por "
      "la tarde, así que en uno o dos días deberías tenerla en la cuenta.\n\nSaludos,\nMarta Gil\nAdministración · "
      "Editorial Quimera\nC/ Lagasca 61, 28001 Madrid\n", parent=c2, style="outlook", mua="outlook", lang="es")
mail("client-reply-paid", "es", "Internal approval chain forwarded ('¿se puede pagar esto?' -> 'Sí, adelante') and "
     "a note: included in yesterday's remesa.", m, {}, mime="alt")

# --- ES paid 3: one line over a forwarded bank receipt (Android), not threaded
frm = ("Yeray Santana", "yeray@hotelatlanticomar.com")
m = M(frm, [O("nerea")], T("2027-01-12 10:03", CN), "Fwd: Justificante de transferencia", "", mua="gmail",
      lang="es")
m.full_text = (
    "Ahí va 😉\n\nEnviado desde mi Samsung Galaxy\n\n---------- Mensaje reenviado ---------\n"
    "De: CaixaBank <notificaciones@caixabank.com>\nFecha: 12 ene 2027 9:41\nAsunto: Justificante de transferencia\n"
    "Para: <yeray@hotelatlanticomar.com>\n\n\nJustificante de transferencia\n\nFecha de la orden: 12/01/2027\n"
    "Ordenante: HOTEL ATLANTICO MAR SL\nCuenta de cargo: ES21 2100 **** **** **** 4417\n"
    "Beneficiario: NEREA CASTRO PEREZ\nIBAN beneficiario: ES76 0049 1500 0512 3456 7892\nImporte: 1.452,00 EUR\n"
    "Concepto: FRA 2026-071 TRADUCCION WEB\nTipo: Transferencia SEPA ordinaria\nFecha valor prevista: 13/01/2027\n\n"
    "Este justificante no es válido sin la validación de la entidad.\nCaixaBank, S.A. – NIF A08663619\n")
mail("client-reply-paid", "es", "A client forwards his bank's transfer receipt with 'Ahí va 😉' on top: a client "
     "reply (paid), not a bank notice to the freelancer; not threaded, invoice only in the concepto.", m,
     dict(amount="1452.00", reference="2026-071"))

# --- ES paid 4: Argentinian voseo, Wise
c = ("Federico Cabral", "fede@estudiocabral.com.ar", "Buenos días, Federico Cabral:")
r1 = rem("lucia", c, "reminder", T("2026-12-02 09:00", MD), "Recordatorio: factura n.º 2026-057", "2026-057", 850,
         D("2026-11-25"))
m = M(c[:2], [O("lucia")], T("2026-12-03 11:26", "America/Argentina/Buenos_Aires"),
      "Re: Recordatorio: factura n.º 2026-057",
      "Lucía, ¿qué tal? Ya te lo giré ayer por Wise, fijate que te tiene que haber llegado o está por llegar. "
      "Cualquier cosa avisame.\nAbrazo grande!\nFede\n", parent=r1, style="gmail", mua="gmail", lang="es")
mail("client-reply-paid", "es", "Argentinian Spanish (voseo, 'te lo giré ayer por Wise'): paid.", m, {}, mime="alt")

# --- ES paid 5: inline caps answer in red (Outlook), receipt attached
c = ("Mari Carmen Lorca", "academia@idiomaslorca.es", "Estimados señores:")
r1 = rem("lucia", c, "reminder", T("2027-01-08 09:00", MD), "Recordatorio: factura n.º 2026-063", "2026-063", 420,
         D("2026-12-31"))
m = M(c[:2], [O("lucia")], T("2027-01-08 12:10", MD), "RE: Recordatorio: factura n.º 2026-063", "", parent=r1,
      mua="outlook", lang="es")
notes = [("sigue pendiente de pago", "PAGADA EL 28/12, VER ADJUNTO")]
top = "Hola Lucía, te contesto en el correo en rojo.\nMari Carmen\n"
m.full_text = (top + "\n________________________________\n" + outlook_rows_text(r1, "es") + "\n\n"
               + inline(r1.text, notes, pfx=""))
m.full_html = ("<p class=\"MsoNormal\">" + "<br>".join(htmlmod.escape(x) for x in top.split("\n")) + "</p>\n<hr>\n"
               '<p class="MsoNormal">' + outlook_rows_html(r1, "es") + "</p>\n" + inline_html(r1.text, notes))
mail("client-reply-paid", "es", "One capitalised line written inside the quoted reminder ('PAGADA EL 28/12, VER "
     "ADJUNTO'), red in HTML only.", m, {}, mime="alt", charset="windows-1252",
     attach=[("Transferencia 28-12.pdf", "application/pdf", fake_pdf("transferencia 420,00"))])

# --- ES paid 6: the client's gestoría answers
c = ("Antonio Vidal Sáez", "fontaneriavidal@gmail.com", "Buenos días, Antonio Vidal Sáez:")
r1 = rem("lucia", c, "reminder", T("2027-01-18 09:00", MD), "Recordatorio: factura n.º 2026-061", "2026-061",
         302.50, D("2027-01-10"))
m = M(("Rocío Ruiz", "rocio@gomezruizasesores.es"), [O("lucia")], T("2027-01-19 10:47", MD),
      "RE: Recordatorio: factura n.º 2026-061",
      "Buenos días:\n\nLe escribo desde la gestoría de D. Antonio Vidal Sáez, que nos ha reenviado su recordatorio. "
      "La factura 2026-061 se abonó el pasado viernes, 15 de enero, mediante transferencia desde su cuenta del Banco "
      "Sabadell. Si en unos días no le consta, indíquenoslo y le facilitamos el justificante.\n\nAtentamente,\n\n"
      "Rocío Ruiz\nAsesoría Gómez & Ruiz\nAvda. de la Constitución 22, 2.º – 41001 Sevilla\n\n" + LOPD_ES + "\n",
      parent=r1, style="outlook", mua="outlook", lang="es", cc=[c[:2]])
mail("client-reply-paid", "es", "The client's gestoría (third party) answers: 'se abonó el pasado viernes'.", m,
     dict(reference="2026-061"), mime="html", charset="iso-8859-1")

# --- ES paid 7: chatty about the next shoot, payment in passing
c = ("Pilar Arráez", "pilar@bodegasarraez.com", "Estimados señores:")
r1 = rem("lucia", c, "reminder", T("2027-01-19 09:00", MD), "Recordatorio: factura n.º 2026-066", "2026-066",
         2057, D("2027-01-10"))
m = M(c[:2], [O("lucia")], T("2027-01-20 16:58", MD), "Re: Recordatorio: factura n.º 2026-066",
      "Hola Lucía!! Qué tal las fiestas?\n\nTe escribo por lo de la sesión de primavera: habíamos hablado de hacerla en "
      "la viña a finales de marzo, pero Javier quiere aprovechar la poda, así que igual la adelantamos a la primera "
      "semana de marzo. ¿Tienes hueco? También queremos fotos del equipo para la web, unas 8 personas, en la sala de "
      "barricas, y alguna de producto para la feria de Düsseldorf.\n\nPor cierto, lo de la factura ya está, me dijo "
      "Marta que salió el lunes con los pagos de enero.\n\nUn beso\nPilar\n", parent=r1, style="gmail", mua="gmail",
      lang="es")
mail("client-reply-paid", "es", "Mostly about the next photo shoot; in passing: 'lo de la factura ya está ... salió "
     "el lunes'.", m, {}, mime="alt")

# --- ES paid 8: 'Hecho' after an old promise for Friday
c = ("Yolanda Pérez", "yolanda@costacanariainmo.com", "Buenos días, Yolanda Pérez:")
r1 = rem("nerea", c, "reminder", T("2026-12-10 09:00", CN), "Recordatorio: factura n.º 2026-068", "2026-068", 580,
         D("2026-12-01"))
c1 = M(c[:2], [O("nerea")], T("2026-12-10 13:02", CN), "Re: Recordatorio: factura n.º 2026-068",
       "Te lo hago el viernes sin falta, perdona!!\n\nEnviado desde mi iPhone\n", parent=r1, style="apple",
       mua="apple", lang="es")
r2 = rem("nerea", c, "promise_followup", T("2026-12-14 09:00", CN), "Re: Recordatorio: factura n.º 2026-068",
         "2026-068", 580, D("2026-12-01"), parent=c1, q="gmail", promise=D("2026-12-11"))
m = M(c[:2], [O("nerea")], T("2026-12-15 08:40", CN), "Re: Recordatorio: factura n.º 2026-068",
      "Hecho. Perdona el retraso 🙏\n\nEnviado desde mi iPhone\n", parent=r2, style="apple", mua="apple", lang="es")
mail("client-reply-paid", "es", "'Hecho.' over the promise follow-up whose quote has her own old 'te lo hago el "
     "viernes'.", m, {})

# --- ES paid 9: answer to the paid-claim follow-up: the transfer bounced back, redone today
c = ("Raúl Navarro", "raul@fisiolevante.es", "Estimados señores:")
r1 = rem("lucia", c, "reminder", T("2026-12-02 09:00", MD), "Recordatorio: factura n.º 2026-054", "2026-054", 660,
         D("2026-11-25"))
c1 = M(c[:2], [O("lucia")], T("2026-12-03 09:14", MD), "Re: Recordatorio: factura n.º 2026-054",
       "Pagada el día 1, te tiene que haber llegado ya.\nRaúl\n", parent=r1, style="gmail", mua="gmail", lang="es")
r2 = rem("lucia", c, "paid_claim", T("2026-12-09 09:00", MD), "Re: Recordatorio: factura n.º 2026-054", "2026-054",
         660, D("2026-11-25"), parent=c1, q="gmail", claim=D("2026-12-03"), paid_on=D("2026-12-01"))
m = M(c[:2], [O("lucia")], T("2026-12-10 17:31", MD), "Re: Recordatorio: factura n.º 2026-054",
      "Hola Lucía,\n\ntenías razón, me la devolvieron: en la ficha del proveedor tenía un dígito mal en el IBAN (un 3 "
      "por un 8 😤). Ya la he vuelto a hacer hoy con la cuenta buena, te reenvío el justificante nuevo.\n\nPerdona "
      "el lío.\nRaúl\n", parent=r2, style="gmail", mua="gmail", lang="es")
mail("client-reply-paid", "es", "Answer to the paid-claim follow-up: the first transfer came back (wrong IBAN), "
     "redone today; new receipt attached.", m, {}, mime="alt",
     attach=[("justificante_nuevo.pdf", "application/pdf", fake_pdf("transferencia 660,00"))])

# --- ES paid 10: Bizum for the missing part
c = ("Laura Hernández", "floristerialaorotava@gmail.com", "Buenos días, Laura Hernández:")
r1 = rem("nerea", c, "reminder", T("2027-01-25 09:00", CN), "Recordatorio: factura n.º 2026-073", "2026-073", 450,
         D("2027-01-15"))
c1 = M(c[:2], [O("nerea")], T("2027-01-25 12:00", CN), "Re: Recordatorio: factura n.º 2026-073",
       "Nerea ya te pagué 300 en diciembre!! el resto esta semana\n", parent=r1, style="gmail", mua="gmail",
       lang="es")
o1 = M(O("nerea"), [c[:2]], T("2027-01-26 09:30", CN), "Re: Recordatorio: factura n.º 2026-073",
       "Sí Laura, perdona, el recordatorio es automático y salía por el total. Me quedan pendientes 150 €. ¡Gracias!\n"
       "Nerea\n", parent=c1, style="gmail", mua="gmail", lang="es")
m = M(c[:2], [O("nerea")], T("2027-01-28 19:15", CN), "Re: Recordatorio: factura n.º 2026-073",
      "Te acabo de hacer un Bizum de 150 € que es lo que faltaba de la factura. Ahora sí estamos en paz 😊\nLaura\n",
      parent=o1, style="gmail", mua="gmail", lang="es")
mail("client-reply-paid", "es", "Completes the payment by Bizum (150, the rest); the quote holds an older 'ya te "
     "pagué 300 ... el resto esta semana'.", m, dict(amount="150.00"), mime="alt")

# --- ES promise 1: reply to the promise follow-up (old '15 de enero'); new: 'remesa del 25'
c = ("Vicente Llorca", "administracion@inmocostablanca.es", "Estimados señores:")
r1 = rem("lucia", c, "reminder", T("2026-12-28 09:00", MD), "Recordatorio: factura n.º 2026-056", "2026-056", 1331,
         D("2026-12-20"))
c1 = M(c[:2], [O("lucia")], T("2026-12-29 10:10", MD), "RE: Recordatorio: factura n.º 2026-056",
       "Buenos días, la tenemos prevista para el 15 de enero.\nSaludos\nVicente\n", parent=r1, style="outlook",
       mua="outlook", lang="es")
r2 = rem("lucia", c, "promise_followup", T("2027-01-18 09:00", MD), "RE: Recordatorio: factura n.º 2026-056",
         "2026-056", 1331, D("2026-12-20"), parent=c1, q="gmail", promise=D("2027-01-15"))
m = M(c[:2], [O("lucia")], T("2027-01-18 11:44", MD), "RE: Recordatorio: factura n.º 2026-056",
      "Hola Lucía:\n\nTienes toda la razón, se nos pasó con la cuesta de enero y el cambio de programa de "
      "contabilidad. Entra en la remesa del 25, te lo confirmo cuando salga.\n\nSaludos\nVicente Llorca\n"
      "Inmobiliaria Costa Blanca · Alicante\n", parent=r2, style="outlook", mua="outlook", lang="es")
mail("client-reply-promise", "es", "Quote holds the old promise '15 de enero'; new text: 'Entra en la remesa del "
     "25' (Date 18/1 -> 25/1).", m, dict(promised_date="2027-01-25"), mime="alt")

# --- ES promise 2: internal approval chain: 'que vaya en el pago del día 10'
c = ("Sonia Prats", "contabilidad@grupomediterranea.es", "Estimados señores:")
sonia = c[:2]
jorge = ("Jorge Llorente", "jllorente@grupomediterranea.es")
r1 = rem("lucia", c, "due", T("2027-01-25 09:00", MD), "Factura n.º 2026-070 pendiente de pago", "2026-070", 3025,
         D("2027-01-22"))
c1 = M(sonia, [jorge], T("2027-01-26 09:12", MD), "RV: Factura n.º 2026-070 pendiente de pago",
       "Jorge, ¿la apruebas? Es la de la señalética de los tres locales.\nSonia\n", parent=r1, style="outlook",
       mua="outlook", lang="es")
c2 = M(jorge, [sonia], T("2027-01-27 19:40", MD), "RE: RV: Factura n.º 2026-070 pendiente de pago",
       "OK, pero que vaya en el pago del día 10, que este mes vamos justos.\n\nEnviado desde mi iPhone\n", parent=c1,
       style="apple", mua="apple", lang="es")
m = M(sonia, [O("lucia")], T("2027-01-28 09:05", MD), "RV: RE: RV: Factura n.º 2026-070 pendiente de pago",
      "Hola Lucía:\n\nComo ves abajo, la factura ya está aprobada. Se pagará el día 10 de febrero, con el resto de "
      "proveedores.\n\nSaludos,\nSonia Prats\nDpto. Contabilidad · Grupo Hostelero Mediterránea\n", parent=c2,
      style="outlook", mua="outlook", lang="es")
mail("client-reply-promise", "es", "Internal chain forwarded: approver says 'que vaya en el pago del día 10'; note to "
     "the freelancer: 'Se pagará el día 10 de febrero'.", m, dict(promised_date="2027-02-10"), mime="alt")

# --- ES promise 3: an assistant answers for a colleague on sick leave; 'la semana que viene' (vague)
c = ("Carmen Déniz", "carmen@denizeventos.com", "Buenos días, Carmen Déniz:")
r1 = rem("nerea", c, "reminder", T("2026-12-14 09:00", CN), "Recordatorio: factura n.º 2026-075", "2026-075", 749,
         D("2026-12-05"))
m = M(("Ayoze Hernández", "ayoze@denizeventos.com"), [O("nerea")], T("2026-12-15 10:20", CN),
      "RE: Recordatorio: factura n.º 2026-075",
      "Hola Nerea,\n\nte escribo de parte de Carmen, que está de baja desde el jueves (nada grave, un esguince). Me ha "
      "pedido que te diga que lo tiene apuntado y que te lo paga en cuanto vuelva, la semana que viene.\n\nSi "
      "necesitas algo mientras, dime a mí.\n\nUn saludo,\nAyoze Hernández\nAgencia Déniz Eventos · Las Palmas de "
      "Gran Canaria\n", parent=r1, style="outlook", mua="outlook", lang="es", cc=[c[:2]])
mail("client-reply-promise", "es", "A colleague answers for the client (in cc): she will pay when she is back, 'la "
     "semana que viene' — vague, no date.", m, {}, mime="alt")

# --- ES promise 4: two invoices: one paid (receipt), one at the end of the month
c = ("Pepa Campos", "casapepa@restaurantecasapepa.es", "Buenos días, Pepa Campos:")
st = M(O("lucia"), [c[:2]], T("2026-12-14 09:00", MD), "Facturas pendientes – Restaurante Casa Pepa",
       es_statement("lucia", c[2], [("2026-047", D("2026-10-20"), D("2026-11-19"), 25, 484),
                                    ("2026-055", D("2026-11-12"), D("2026-12-12"), 2, 726)], D("2026-12-21")),
       mua="mailduns", lang="es")
m = M(c[:2], [O("lucia")], T("2026-12-14 16:05", MD), "Re: Facturas pendientes – Restaurante Casa Pepa",
      "Hola Lucía, la 2026-047 está pagada desde el 3 de diciembre, te adjunto el justificante porque igual no te "
      "llegó bien el concepto. La 2026-055 la pagamos a final de mes, que es cuando cuadramos caja.\nUn saludo,\nPepa\n",
      parent=st, style="gmail", mua="gmail", lang="es")
mail("client-reply-promise", "es", "Two invoices in a statement: one paid on 3/12, the other 'a final de mes' "
     "(Date 14/12 -> 31/12): promise.", m, dict(promised_date="2026-12-31"), mime="alt",
     attach=[("justificante 2026-047.pdf", "application/pdf", fake_pdf("justificante 484,00"))])

# --- ES promise 5: Mexican Spanish, 'el próximo jueves', sender in Monterrey
c = ("Alejandra Garza", "agarza@disenonorte.com.mx", "Buenos días, Alejandra Garza:")
r1 = rem("lucia", c, "reminder", T("2027-01-11 09:00", MD), "Recordatorio: factura n.º 2026-067", "2026-067", 1900,
         D("2027-01-02"))
m = M(c[:2], [O("lucia")], T("2027-01-12 10:20", "America/Monterrey"), "RE: Recordatorio: factura n.º 2026-067",
      "Hola Lucía, buen día.\n\nDisculpa la demora en responderte, ya platiqué con el área de pagos y ya quedó "
      "programado para el próximo jueves. Cualquier cosa quedo a tus órdenes.\n\nSaludos cordiales,\nAlejandra Garza\n"
      "Diseño Norte S.A. de C.V. · Monterrey, N.L.\n", parent=r1, style="outlook", mua="outlook", lang="es")
mail("client-reply-promise", "es", "Mexican Spanish: 'programado para el próximo jueves' (Date Tuesday 12/1 in "
     "Monterrey -> Thursday 14/1).", m, dict(promised_date="2027-01-14"), mime="alt")

# --- ES promise 6: inline answer between the lines: 'Lo hago mañana sin falta'
c = ("Domingo Rodríguez", "tallereshnosrodriguez@hotmail.com", "Estimados señores:")
r1 = rem("nerea", c, "reminder", T("2026-12-02 09:00", CN), "Recordatorio: factura n.º 2026-069", "2026-069", 321,
         D("2026-11-24"))
m = M(c[:2], [O("nerea")], T("2026-12-02 18:50", CN), "Re: Recordatorio: factura n.º 2026-069", "", parent=r1,
      mua="gmail", lang="es")
m.full_text = ("\n" + attribution(r1, "gmail", "es") + "\n"
               + inline(r1.text, [("Si el pago ya se ha realizado", "No, todavía no. Lo hago mañana sin falta.\nDomingo")]))
mail("client-reply-promise", "es", "The only text is written inside the quote, under 'Si el pago ya se ha "
     "realizado': 'No, todavía no. Lo hago mañana sin falta' (Date 2/12 -> 3/12). Empty top.", m,
     dict(promised_date="2026-12-03"))

# --- ES promise 7: first about the translation job, then 'no puedo antes del 20'
c = ("Tomás Alonso", "tomas@editorialanaga.es", "Buenos días, Tomás Alonso:")
r1 = rem("nerea", c, "reminder", T("2027-01-08 09:00", CN), "Recordatorio: factura n.º 2026-074", "2026-074", 1180,
         D("2026-12-31"))
m = M(c[:2], [O("nerea")], T("2027-01-08 13:37", CN), "Re: Recordatorio: factura n.º 2026-074",
      "Hola Nerea:\n\nAprovecho para contestarte a lo del catálogo: sí, al final lo hacemos también en alemán, son las "
      "mismas 48 páginas. Te paso el glosario que usó la agencia el año pasado, aunque había cosas raras (\"papas "
      "arrugadas\" lo dejaron tal cual, que a lo mejor está bien). La fecha sería finales de febrero para que llegue "
      "a la feria de Berlín.\n\nY sí, ya sé que te debemos la factura de diciembre. No puedo antes del 20, que es "
      "cuando nos paga la distribuidora; ese día te la hago.\n\nUn abrazo,\nTomás\n", parent=r1, style="gmail",
      mua="gmail", lang="es")
mail("client-reply-promise", "es", "Talks about the next job first; at the end: 'No puedo antes del 20 ... ese día "
     "te la hago' (Date 8/1 -> 20/1).", m, dict(promised_date="2027-01-20"), mime="alt")

# --- ES promise 8: Canaries, after midnight on Saturday, 'el lunes'
c = ("Kevin Suárez", "info@surfschoollascanteras.com", "Buenos días, Kevin Suárez:")
r1 = rem("nerea", c, "reminder", T("2027-02-05 09:00", CN), "Recordatorio: factura n.º 2027-004", "2027-004", 265,
         D("2027-01-29"))
m = M(c[:2], [O("nerea")], T("2027-02-06 00:40", CN), "Re: Recordatorio: factura n.º 2027-004",
      "Nerea perdona, esta semana ha sido una locura con el campeonato y no he abierto el correo. Te la pago el lunes "
      "a primera hora, de verdad.\nKevin 🏄\n", parent=r1, style="gmail", mua="gmail", lang="es")
mail("client-reply-promise", "es", "Written just after midnight on Saturday (Atlantic/Canary): 'el lunes' -> "
     "Monday 8/2.", m, dict(promised_date="2027-02-08"), mime="alt")

# --- ES promise 9: old promise 'el viernes' in the quote; now 'esta semana sin falta' (vague)
c = ("Rubén Gil", "ruben@gimnasioolimpo.es", "Buenos días, Rubén Gil:")
r1 = rem("lucia", c, "reminder", T("2027-01-11 09:00", MD), "Recordatorio: factura n.º 2026-062", "2026-062", 726,
         D("2027-01-03"))
c1 = M(c[:2], [O("lucia")], T("2027-01-12 08:30", MD), "Re: Recordatorio: factura n.º 2026-062",
       "El viernes te lo pago.\nRubén\n", parent=r1, style="gmail", mua="gmail", lang="es")
r2 = rem("lucia", c, "promise_followup", T("2027-01-18 09:00", MD), "Re: Recordatorio: factura n.º 2026-062",
         "2026-062", 726, D("2027-01-03"), parent=c1, q="gmail", promise=D("2027-01-15"))
m = M(c[:2], [O("lucia")], T("2027-01-18 10:02", MD), "Re: Recordatorio: factura n.º 2026-062",
      "Perdona Lucía, al final no pudo ser el viernes porque no me entró un pago que esperaba. Esta semana sin falta.\n"
      "Rubén\n", parent=r2, style="gmail", mua="gmail", lang="es")
mail("client-reply-promise", "es", "The quote has 'El viernes te lo pago'; new: 'no pudo ser el viernes ... Esta "
     "semana sin falta' — promise, vague (no date). 'el viernes' here is the past Friday.", m, {}, mime="alt")

# --- ES promise 10: large company AP, HTML only, iso-8859-1 (cp1252)
c = ("Cuentas a Pagar", "cuentasapagar@gshispania.es", "Estimados señores:")
r1 = rem("lucia", c, "reminder", T("2027-01-12 09:00", MD), "Recordatorio: factura n.º 2026-064", "2026-064", 4235,
         D("2027-01-04"))
m = M(("Cuentas a Pagar - Grupo Sanitario Hispania", "cuentasapagar@gshispania.es"), [O("lucia")],
      T("2027-01-13 12:05", MD), "RE: Recordatorio: factura n.º 2026-064",
      "Estimada proveedora:\n\nEn relación con su correo, le informamos de que la factura n.º 2026-064 se encuentra "
      "contabilizada y conformada. Su pago se realizará de acuerdo con nuestro calendario de pagos, el próximo día 25 "
      "de enero de 2027, mediante transferencia a la cuenta que figura en nuestro sistema.\n\nPara cualquier consulta, "
      "indique siempre el número de proveedor (P-004519).\n\nAtentamente,\n\nDepartamento de Cuentas a Pagar\n"
      "Grupo Sanitario Hispania, S.A.\n\n" + LOPD_ES + "\n", parent=r1, style="outlook", mua="outlook", lang="es")
mail("client-reply-promise", "es", "Formal AP answer: 'Su pago se realizará ... el próximo día 25 de enero de "
     "2027'. HTML only.", m, dict(reference="2026-064", promised_date="2027-01-25"), mime="html",
     charset="iso-8859-1")

# --- ES promise 11: 'a primeros de mes' (vague)
c = ("Cristina Medina", "peluqueriacris@hotmail.es", "Buenos días, Cristina Medina:")
r1 = rem("nerea", c, "reminder", T("2027-02-22 09:00", CN), "Recordatorio: factura n.º 2027-006", "2027-006",
         160.50, D("2027-02-15"))
m = M(c[:2], [O("nerea")], T("2027-02-22 20:33", CN), "RE: Recordatorio: factura n.º 2027-006",
      "Hola guapa! Sí sí, lo tengo presente. Te lo pago a primeros de mes que ahora ando justita con el alquiler del "
      "local. Besitos\nCris\n", parent=r1, style="outlook", mua="outlook", lang="es")
mail("client-reply-promise", "es", "'a primeros de mes' — a promise with a vague time, no date.", m, {})

# --- ES promise 12: ALL CAPS, Android, 'MAÑANA'
c = ("Manolo Pardo", "construccioneshnospardo@gmail.com", "Estimados señores:")
r1 = rem("lucia", c, "reminder", T("2027-01-21 09:00", MD), "Recordatorio: factura n.º 2026-065", "2026-065", 968,
         D("2027-01-12"))
m = M(c[:2], [O("lucia")], T("2027-01-21 19:05", MD), "Re: Recordatorio: factura n.º 2026-065",
      "OK LUCIA MAÑANA TE HAGO LA TRANSFERENCIA PERDONA EL RETRASO\nMANOLO\n\nEnviado desde mi Android\n", parent=r1,
      style="gmail", mua="gmail", lang="es")
mail("client-reply-promise", "es", "All caps from Android: 'MAÑANA TE HAGO LA TRANSFERENCIA' (Date Thursday 21/1 -> "
     "22/1).", m, dict(promised_date="2027-01-22"), cte="base64")

# --- ES dispute 1: reply to the suspension notice: late delivery, subtitles missing
c = ("Elena Soler", "comunicacion@fundacionmarabierto.org", "Estimados señores:")
r1 = rem("lucia", c, "reminder", T("2026-12-09 09:00", MD), "Recordatorio: factura n.º 2026-058", "2026-058", 2420,
         D("2026-11-30"))
r2 = rem("lucia", c, "suspension", T("2027-01-11 09:00", MD), "Re: Recordatorio: factura n.º 2026-058", "2026-058",
         2420, D("2026-11-30"), parent=r1, q="gmail", deadline=D("2027-01-21"), susp=D("2027-01-22"))
m = M(c[:2], [O("lucia")], T("2027-01-11 17:20", MD), "RE: Recordatorio: factura n.º 2026-058",
      "Buenos días, Lucía:\n\nNos sorprende el tono del correo. El vídeo institucional se entregó con tres semanas de "
      "retraso y sin los subtítulos en inglés que figuraban en el presupuesto, y seguimos esperándolos. No vamos a "
      "tramitar el pago hasta que la entrega esté completa; cuando la tengamos, la factura se paga sin problema.\n\n"
      "Un saludo,\nElena Soler\nResponsable de Comunicación\nFundación Mar Abierto\n", parent=r2, style="outlook",
      mua="outlook", lang="es")
mail("client-reply-dispute", "es", "Answer to the suspension notice: work incomplete (subtitles), payment withheld "
     "until delivered; 'se paga sin problema' is conditional.", m, {}, mime="alt")

# --- ES dispute 2: three reminders quoted (old promise 'el 30'); now pays only the quoted part
c = ("Jonay Cabrera", "jonay@viajestindaya.com", "Buenos días, Jonay Cabrera:")
r1 = rem("nerea", c, "reminder", T("2026-12-21 09:00", CN), "Recordatorio: factura n.º 2026-072", "2026-072", 1573,
         D("2026-12-12"))
c1 = M(c[:2], [O("nerea")], T("2026-12-22 11:11", CN), "Re: Recordatorio: factura n.º 2026-072",
       "Te pago el 30, feliz Navidad!\nJonay\n", parent=r1, style="gmail", mua="gmail", lang="es")
r2 = rem("nerea", c, "promise_followup", T("2027-01-05 09:00", CN), "Re: Recordatorio: factura n.º 2026-072",
         "2026-072", 1573, D("2026-12-12"), parent=c1, q="gmail", promise=D("2026-12-30"))
r3 = rem("nerea", c, "final", T("2027-01-26 09:00", CN), "Re: Recordatorio: factura n.º 2026-072", "2026-072", 1573,
         D("2026-12-12"), parent=r2, q="gmail", deadline=D("2027-02-05"), issue=D("2026-11-12"),
         client_name="Viajes Tindaya SL")
m = M(c[:2], [O("nerea")], T("2027-01-27 10:48", CN), "Re: Recordatorio: factura n.º 2026-072",
      "Nerea:\n\nHe revisado el presupuesto con calma y la factura incluye cuatro rondas de revisión extra que "
      "nosotros no pedimos: fueron correcciones de errores de la propia traducción, no cambios nuestros. Te pago la "
      "parte del presupuesto, 1.200 €, esta semana, y el resto lo hablamos porque no estoy de acuerdo.\n\nJonay\n",
      parent=r3, style="gmail", mua="gmail", lang="es")
mail("client-reply-dispute", "es", "Reply to the third message (requerimiento) quoting the whole thread with an old "
     "'Te pago el 30'; new text contests the extra revision rounds and will pay only 1,200: dispute.", m,
     dict(amount="1200.00"), mime="alt")

# --- ES dispute 3: cancelled workshop still billed, asks for a factura rectificativa
c = ("Irene Castaño", "tesoreria@elmolinocultural.org", "Estimados señores:")
r1 = rem("lucia", c, "reminder", T("2027-01-04 09:00", MD), "Recordatorio: factura n.º 2026-069", "2026-069", 605,
         D("2026-12-27"))
m = M(c[:2], [O("lucia")], T("2027-01-05 12:25", MD), "Re: Recordatorio: factura n.º 2026-069",
      "Hola Lucía:\n\nEl taller de fotografía del 12 de diciembre se canceló (te avisamos el día 5 por WhatsApp, por "
      "falta de inscripciones) y en la factura aparece igualmente. Te pedimos que nos envíes una factura rectificativa "
      "sin ese concepto y la pagamos.\n\nGracias,\nIrene Castaño\nTesorera – Asociación Cultural El Molino\n",
      parent=r1, style="gmail", mua="gmail", lang="es")
mail("client-reply-dispute", "es", "A cancelled workshop is still billed: asks for a factura rectificativa; will "
     "pay only then.", m, {}, mime="alt")

# --- ES dispute 4: internal chain: the director says it duplicates 2026-039
c = ("Nuria Blasco", "administracion@cerveceralosarcos.es", "Estimados señores:")
nuria = c[:2]
alv = ("Álvaro Medina", "alvaro@cerveceralosarcos.es")
r1 = rem("lucia", c, "reminder", T("2027-01-14 09:00", MD), "Recordatorio: factura n.º 2026-071", "2026-071", 1089,
         D("2027-01-05"))
c1 = M(nuria, [alv], T("2027-01-14 09:50", MD), "RV: Recordatorio: factura n.º 2026-071",
       "¿Pagamos esto?\n", parent=r1, style="outlook", mua="outlook", lang="es")
c2 = M(alv, [nuria], T("2027-01-14 13:02", MD), "RE: RV: Recordatorio: factura n.º 2026-071",
       "No. Esto ya nos lo facturó en la 2026-039 (fotos de la gama nueva). Que lo revise.\n", parent=c1,
       style="outlook", mua="outlook", lang="es")
m = M(nuria, [O("lucia")], T("2027-01-15 08:40", MD), "RV: RE: RV: Recordatorio: factura n.º 2026-071",
      "Hola Lucía, te reenvío lo que me dice Álvaro: según dirección, esta factura duplica la 2026-039, que ya "
      "pagamos en octubre. ¿Lo puedes revisar? Mientras tanto la dejamos retenida.\n\nUn saludo,\nNuria\n",
      parent=c2, style="outlook", mua="outlook", lang="es")
mail("client-reply-dispute", "es", "Internal chain forwarded: the director says it was already billed as 2026-039; "
     "the invoice is held. Ends with a question but the claim is a duplicate -> dispute.", m,
     dict(reference="2026-071"), mime="alt")

# --- ES dispute 5: IRPF withholding missing
c = ("Joan Ferrer", "administracio@llullassessors.es", "Estimados señores:")
r1 = rem("lucia", c, "reminder", T("2026-11-30 09:00", MD), "Recordatorio: factura n.º 2026-053", "2026-053", 1210,
         D("2026-11-20"))
m = M(c[:2], [O("lucia")], T("2026-11-30 13:16", MD), "RE: Recordatorio: factura n.º 2026-053",
      "Buenos días:\n\nLa factura no incluye la retención del 15 % de IRPF y nosotros somos persona jurídica, así que "
      "estamos obligados a practicarla. No podemos pagarla por el importe total. Por favor, envíenos una factura "
      "rectificativa con la retención (el líquido a pagar sería 1.060,00 €).\n\nAtentamente,\n\nJoan Ferrer\n"
      "Assessoria Comptable Llull, S.L. · Palma\n", parent=r1, style="outlook", mua="outlook", lang="es")
mail("client-reply-dispute", "es", "Wrong amount: IRPF withholding missing; refuses to pay the total and asks for a "
     "rectifying invoice (1,060 is a hypothetical, not a promise).", m, {}, mime="alt")

# --- ES dispute 6: partial payment for delivered photos, the rest when the others arrive
c = ("David Ramos", "david@inmolasdunas.es", "Estimados señores:")
r1 = rem("lucia", c, "reminder", T("2026-12-21 09:00", MD), "Recordatorio: factura n.º 2026-068", "2026-068", 1000,
         D("2026-12-12"))
m = M(c[:2], [O("lucia")], T("2026-12-22 10:05", MD), "Re: Recordatorio: factura n.º 2026-068",
      "Hola Lucía,\n\nHemos abonado 600 € correspondientes a las 30 fotos entregadas. Las 20 de los apartamentos de la "
      "segunda fase no nos han llegado todavía; cuando lleguen, pagamos el resto.\n\nSaludos\nDavid Ramos\n"
      "Inmobiliaria Las Dunas\n", parent=r1, style="gmail", mua="gmail", lang="es")
mail("client-reply-dispute", "es", "Partial payment (600) for what was delivered; the rest withheld until the "
     "remaining photos arrive: dispute.", m, dict(amount="600.00"), mime="alt")

# --- ES dispute 7: inline capitals under the amount line
c = ("Dr. Pedro Marrero", "clinica@vetsanblas.es", "Estimados señores:")
r1 = rem("nerea", c, "due", T("2027-02-03 09:00", CN), "Factura n.º 2027-002 pendiente de pago", "2027-002", 2140,
         D("2027-02-01"))
m = M(c[:2], [O("nerea")], T("2027-02-03 14:30", CN), "Re: Factura n.º 2027-002 pendiente de pago", "", parent=r1,
      mua="gmail", lang="es")
m.full_text = ("Nerea mira abajo\n\n" + attribution(r1, "gmail", "es") + "\n"
               + inline(r1.text, [("venció el", "ESTO NO ES LO ACORDADO, ERAN 1.800 CON EL IGIC INCLUIDO. MANDA OTRA.")]))
mail("client-reply-dispute", "es", "Capitals written under the quoted amount line: not what was agreed (1,800 IGIC "
     "included), send another one.", m, {})

# --- ES dispute 8: Argentinian, refuses the total
c = ("Martina Sosa", "martina@msinteriores.com.ar", "Buenos días, Martina Sosa:")
r1 = rem("lucia", c, "reminder", T("2026-12-15 09:00", MD), "Recordatorio: factura n.º 2026-072", "2026-072", 1450,
         D("2026-12-06"))
m = M(c[:2], [O("lucia")], T("2026-12-15 16:40", "America/Argentina/Cordoba"), "Re: Recordatorio: factura n.º 2026-072",
      "Hola Lucía,\n\nte soy sincera: no me parece. El laburo quedó a medias, el manual de marca me lo mandaste sin las "
      "aplicaciones de papelería y las redes las tuve que terminar yo con otra diseñadora. No te voy a pagar el total. "
      "Si querés hablemos y vemos un monto justo por lo que sí se entregó.\n\nMartina\n", parent=r1, style="gmail",
      mua="gmail", lang="es")
mail("client-reply-dispute", "es", "Argentinian voseo: work half done, will not pay the total, proposes to agree a "
     "fair amount.", m, {}, mime="alt")

# --- ES other 1: the PDF opens blank, resend
c = ("Rafa Ortega", "rafa@opticavisionsur.es", "Buenos días, Rafa Ortega:")
r1 = rem("lucia", c, "reminder", T("2026-11-26 09:00", MD), "Recordatorio: factura n.º 2026-050", "2026-050", 363,
         D("2026-11-18"))
m = M(c[:2], [O("lucia")], T("2026-11-26 10:12", MD), "Re: Recordatorio: factura n.º 2026-050",
      "Hola Lucía, ¿me puedes reenviar la factura? Al abrir el PDF me sale en blanco, no sé si es cosa mía o del "
      "móvil.\nGracias!\nRafa\n", parent=r1, style="gmail", mua="gmail", lang="es")
mail("client-reply-other", "es", "Asks for the invoice again (PDF opens blank).", m, {}, mime="alt")

# --- ES other 2: purchase order number required
c = ("Proveedores – Canarias Frío", "proveedores@canariasfrio.es", "Estimados señores:")
r1 = rem("nerea", c, "reminder", T("2027-01-20 09:00", CN), "Recordatorio: factura n.º 2026-076", "2026-076", 856,
         D("2027-01-12"))
m = M(("Departamento de Proveedores", "proveedores@canariasfrio.es"), [O("nerea")], T("2027-01-20 11:30", CN),
      "RE: Recordatorio: factura n.º 2026-076",
      "Buenos días:\n\nSin número de pedido el sistema no nos permite contabilizar la factura, por lo que no nos "
      "consta como pendiente. Por favor, reenvíela indicando el pedido 4500217788 en el campo de referencia.\n\n"
      "Un saludo,\nDepartamento de Proveedores\nDistribuciones Canarias Frío, S.A.\n", parent=r1, style="outlook",
      mua="outlook", lang="es")
mail("client-reply-other", "es", "A purchase-order number is needed before the invoice can be booked: a formal "
     "request, not a dispute.", m, {}, mime="alt")

# --- ES other 3: hands over to the accounts colleague in cc
c = ("Rocío Almeida", "rocio@hotelalfama.es", "Buenos días, Rocío Almeida:")
r1 = rem("lucia", c, "due", T("2026-12-21 09:00", MD), "Factura n.º 2026-060 pendiente de pago", "2026-060", 544.50,
         D("2026-12-19"))
m = M(c[:2], [O("lucia")], T("2026-12-21 10:58", MD), "RE: Factura n.º 2026-060 pendiente de pago",
      "Hola Lucía, te paso con María de administración (en copia), que es quien lleva los pagos.\nMaría, ¿le dices "
      "algo?\nGracias!\nRocío\n", parent=r1, style="outlook", mua="outlook", lang="es",
      cc=[("María Sanz", "administracion@hotelalfama.es")])
mail("client-reply-other", "es", "Handed over to the accounts colleague in cc; nothing about payment.", m, {},
     mime="alt")

# --- ES other 4: 'Recibido, gracias. Lo miro.'
c = ("Juan Carlos Betancor", "jcbetancor@rentacarsur.es", "Buenos días, Juan Carlos Betancor:")
r1 = rem("nerea", c, "reminder", T("2027-02-15 09:00", CN), "Recordatorio: factura n.º 2027-003", "2027-003", 428,
         D("2027-02-06"))
m = M(c[:2], [O("nerea")], T("2027-02-15 09:41", CN), "Re: Recordatorio: factura n.º 2027-003",
      "Recibido, gracias. Lo miro.\n\nEnviado desde mi iPhone\n", parent=r1, style="apple", mua="apple", lang="es")
mail("client-reply-other", "es", "'Recibido, gracias. Lo miro.' — acknowledgement, no promise.", m, {})

# --- ES other 5: asks for a phone call about the invoice (no claim yet)
c = ("Enrique Lozano", "hostallaparra@gmail.com", "Buenos días, Enrique Lozano:")
r1 = rem("lucia", c, "reminder", T("2027-02-09 09:00", MD), "Recordatorio: factura n.º 2027-005", "2027-005", 484,
         D("2027-02-01"))
m = M(c[:2], [O("lucia")], T("2027-02-09 20:14", MD), "Re: Recordatorio: factura n.º 2027-005",
      "Lucía, ¿podemos hablar por teléfono mañana por la mañana? Hay un tema con esta factura que prefiero comentarte "
      "de viva voz. Llámame al 626 41 88 03 cuando puedas, a partir de las 10.\nEnrique\n", parent=r1, style="gmail",
      mua="gmail", lang="es")
mail("client-reply-other", "es", "Wants a phone call about 'un tema con esta factura' without saying what: other, "
     "not yet a dispute.", m, {}, mime="alt")

# --- ES other 6 (en): English answer to a Spanish reminder, asks which invoice
c = ("Priya Shah", "finance@northgateretail.co.uk", "Estimados señores:")
r1 = rem("lucia", c, "reminder", T("2026-12-07 09:00", MD), "Recordatorio: factura n.º 2026-051", "2026-051", 2299,
         D("2026-11-28"))
m = M(c[:2], [O("lucia")], T("2026-12-07 14:22", "Europe/London"), "RE: Recordatorio: factura n.º 2026-051",
      "Hi Lucía,\n\nI'm afraid our finance team here in Manchester don't read Spanish – could you send reminders in "
      "English going forward? Also, could you confirm which invoice this refers to? We have two open items from you "
      "on our ledger and I want to make sure I'm looking at the right one.\n\nMany thanks,\nPriya Shah\nFinance "
      "Assistant | Northgate Retail Ltd\n", parent=r1, style="outlook", mua="outlook", lang="en")
mail("client-reply-other", "en", "English reply to a Spanish reminder: asks for English and which invoice it is.",
     m, {}, mime="alt")

# --- ES other 7: fraud check on a bank change
c = ("Constructora Atlántica", "compras@constructoraatlantica.es", "Estimados señores:")
r1 = rem("nerea", c, "reminder", T("2027-01-27 09:00", CN), "Recordatorio: factura n.º 2027-001", "2027-001", 1284,
         D("2027-01-19"))
m = M(("Guacimara León", "compras@constructoraatlantica.es"), [O("nerea")], T("2027-01-27 12:55", CN),
      "RE: Recordatorio: factura n.º 2027-001",
      "Buenos días Nerea:\n\nLa semana pasada nos llegó un correo supuestamente tuyo diciendo que habías cambiado de "
      "cuenta bancaria, con un IBAN de otro banco. ¿Es correcto? Antes de pagar nada queremos confirmarlo por "
      "teléfono, que últimamente hay muchos fraudes de este tipo. ¿A qué número te llamamos?\n\nUn saludo,\n"
      "Guacimara León\nDpto. Compras – Constructora Atlántica\n", parent=r1, style="outlook", mua="outlook",
      lang="es")
mail("client-reply-other", "es", "Possible invoice-fraud check: asks to confirm a bank change by phone before "
     "paying; no promise.", m, {}, mime="alt")

# --- ES other 8: asks for a statement of open invoices
c = ("Amparo Ribes", "amparo@distribucionesoliva.es", "Estimados señores:")
st = M(O("lucia"), [c[:2]], T("2027-02-16 09:00", MD), "Facturas pendientes – Distribuciones Oliva",
       es_statement("lucia", c[2], [("2027-002", D("2027-01-08"), D("2027-02-07"), 9, 605),
                                    ("2027-007", D("2027-01-15"), D("2027-02-14"), 2, 387.20)], D("2027-02-23")),
       mua="mailduns", lang="es")
m = M(c[:2], [O("lucia")], T("2027-02-16 12:20", MD), "RE: Facturas pendientes – Distribuciones Oliva",
      "Hola Lucía:\n\n¿Me puedes enviar un extracto con todas las facturas de este año y lo que te consta cobrado? "
      "Tengo un lío entre lo que está pagado y lo que no desde que cambiamos de banco, y prefiero cuadrarlo todo antes "
      "de hacer nada.\n\nGracias,\nAmparo\n", parent=st, style="outlook", mua="outlook", lang="es")
mail("client-reply-other", "es", "Asks for a statement of account before doing anything: other.", m, {}, mime="alt")

# --- ES payment notification: CaixaBank incoming transfer alert (multipart/alternative)
ptxt = ("Hola, LUCÍA:\n\nHas recibido una transferencia en tu cuenta.\n\n"
        "Cuenta: ES91 **** **** **** **** 1332\nImporte: 1.089,00 €\nOrdenante: CLINICA DENTAL SONRISAS SL\n"
        "Concepto: FRA 2026-059 DISEÑO FOLLETOS\nFecha de la operación: 18/01/2027\nFecha valor: 18/01/2027\n\n"
        "Puedes consultar el detalle en CaixaBankNow, en Cuentas > Movimientos.\n\n"
        "Este correo se ha enviado de forma automática. Por favor, no respondas a esta dirección.\n"
        "CaixaBank, S.A. · C/ Pintor Sorolla, 2-4 · 46002 Valencia · NIF A08663619\n")
phtml = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
         '<body style="font-family:Arial,sans-serif;color:#333"><table width="600" cellpadding="0" cellspacing="0" '
         'align="center"><tr><td style="background:#007eae;color:#fff;padding:16px;font-size:20px">CaixaBank</td></tr>'
         '<tr><td style="padding:20px"><p>Hola, LUCÍA:</p><p>Has recibido una transferencia en tu cuenta.</p>'
         '<table cellpadding="6" style="border-collapse:collapse;font-size:14px">'
         '<tr><td><b>Cuenta</b></td><td>ES91 **** **** **** **** 1332</td></tr>'
         '<tr><td><b>Importe</b></td><td style="font-size:18px;color:#007eae"><b>1.089,00 €</b></td></tr>'
         '<tr><td><b>Ordenante</b></td><td>CLINICA DENTAL SONRISAS SL</td></tr>'
         '<tr><td><b>Concepto</b></td><td>FRA 2026-059 DISEÑO FOLLETOS</td></tr>'
         '<tr><td><b>Fecha de la operación</b></td><td>18/01/2027</td></tr>'
         '<tr><td><b>Fecha valor</b></td><td>18/01/2027</td></tr></table>'
         '<p>Puedes consultar el detalle en CaixaBankNow, en Cuentas &gt; Movimientos.</p>'
         '<p style="font-size:11px;color:#888">Este correo se ha enviado de forma automática. Por favor, no respondas '
         'a esta dirección.<br>CaixaBank, S.A. · C/ Pintor Sorolla, 2-4 · 46002 Valencia · NIF A08663619</p>'
         '</td></tr></table></body></html>\n')
pm = M(("CaixaBank", "notificaciones@caixabank.com"), [O("lucia")], T("2027-01-18 11:02", MD),
       "Has recibido una transferencia", "", mua="other", lang="es")
data = envelope(pm) + multipart("alternative", [part("text/plain", ptxt, "utf-8", "quoted-printable"),
                                                part("text/html", phtml, "utf-8", "base64")])
add("payment-notification", "es", "Bank alert: incoming transfer of 1,089.00 from the client, concepto FRA "
    "2026-059.", data, amount="1089.00", reference="2026-059")

# --- ES bounce: temporary (delayed) DSN in Spanish
c = ("Hotel Roque Nublo", "admin@hotelroquenublo.es", "Estimados señores:")
rb = rem("nerea", c, "reminder", T("2026-12-28 09:00", CN), "Recordatorio: factura n.º 2026-077", "2026-077", 642,
         D("2026-12-19"))
human = ("Este es el sistema de correo de mx-out.servidoresweb.es.\n\n"
         "####################################################################\n"
         "# ESTO ES SOLO UN AVISO. NO ES NECESARIO VOLVER A ENVIAR EL MENSAJE. #\n"
         "####################################################################\n\n"
         "Su mensaje no ha podido entregarse todavía a uno o más destinatarios después de 4 horas.\n"
         "El sistema seguirá intentándolo durante 5 días.\n\n"
         "<admin@hotelroquenublo.es>: connect to mail.hotelroquenublo.es[212.64.170.41]:25:\n"
         "    Connection timed out\n")
data = dsn("MAILER-DAEMON@mx-out.servidoresweb.es (Sistema de correo)", "nerea@castrotraducciones.es",
           T("2026-12-28 13:00", CN), "Aviso de retraso en la entrega: Recordatorio: factura n.º 2026-077", human,
           "mx-out.servidoresweb.es", "admin@hotelroquenublo.es", "delayed", "4.4.1",
           "connect to mail.hotelroquenublo.es[212.64.170.41]:25: Connection timed out", envelope(rb),
           "mx-out.servidoresweb.es", arrival=rb.dt, will_retry=T("2027-01-02 09:00", CN))
add("bounce", "es", "Postfix 'delayed' DSN (4.4.1, connection timed out), Spanish human part: temporary, will keep "
    "trying.", data, failed_recipient="admin@hotelroquenublo.es", permanent=False)

# ==================================================================================================
# ENGLISH THREADS
# ==================================================================================================
DUB = "Europe/Dublin"
LDN = "Europe/London"
NY = "America/New_York"

# --- EN paid 1: reply to the final notice, the whole thread quoted (old promise 'by 15 December', PO issue)
c = ("Fiona MacLeod", "fiona@mossgrovepublishing.co.uk", "Dear Fiona MacLeod,")
fiona = c[:2]
r1 = rem("hannah", c, "reminder", T("2026-11-16 09:00", LDN), "Reminder: invoice INV-2026-087", "INV-2026-087", 1450,
         D("2026-11-06"), cur="£")
c1 = M(fiona, [O("hannah")], T("2026-11-17 12:04", LDN), "Re: Reminder: invoice INV-2026-087",
       "Hi Hannah,\n\nSo sorry – I'll chase accounts. I believe they pay on the 15th of the month, so it should be "
       "with you by 15 December at the latest.\n\nFiona\n", parent=r1, style="gmail", mua="gmail", lang="en")
r2 = rem("hannah", c, "promise_followup", T("2026-12-17 09:00", LDN), "Re: Reminder: invoice INV-2026-087",
         "INV-2026-087", 1450, D("2026-11-06"), cur="£", parent=c1, q="gmail", promise=D("2026-12-15"))
c2 = M(fiona, [O("hannah")], T("2026-12-18 16:30", LDN), "Re: Reminder: invoice INV-2026-087",
       "Hannah, I'm mortified. Accounts say the invoice was on hold because it didn't have a PO number. I've raised "
       "one now (PO 55120) and copied Graham in accounts.\nFiona\n", parent=r2, style="gmail", mua="gmail",
       lang="en", cc=[("Graham Reid", "accounts@mossgrovepublishing.co.uk")])
r3 = rem("hannah", c, "final", T("2027-01-11 09:00", LDN), "Re: Reminder: invoice INV-2026-087", "INV-2026-087",
         1450, D("2026-11-06"), cur="£", parent=c2, q="gmail", deadline=D("2027-01-25"), today=D("2027-01-11"),
         client_name="Mossgrove Publishing Ltd", issue=D("2026-10-07"))
m = M(("Graham Reid", "accounts@mossgrovepublishing.co.uk"), [O("hannah")], T("2027-01-12 10:17", LDN),
      "RE: Reminder: invoice INV-2026-087",
      "Dear Hannah,\n\nProcessed in yesterday's payment run – £1,450.00 by BACS to the account on your invoice. "
      "Remittance advice attached.\n\nApologies for the delays on our side; the PO issue is now resolved and future "
      "invoices should go straight through if you quote PO 55120.\n\nKind regards,\n\nGraham Reid\nFinance Assistant\n"
      "Mossgrove Publishing Ltd | 14 Thistle Street, Edinburgh EH2 1DF\n", parent=r3, style="outlook",
      mua="outlook", lang="en", cc=[fiona])
mail("client-reply-paid", "en", "Accounts (not the contact) answers the final notice with the whole thread quoted "
     "(old promise 'by 15 December', a PO problem): 'Processed in yesterday's payment run – £1,450.00'.", m,
     dict(amount="1450.00", currency="GBP"), mime="alt",
     attach=[("Remittance_Advice_0001873.pdf", "application/pdf", fake_pdf("remittance 1450.00 GBP"))])

# --- EN paid 2: internal chain FW: can you pay this? -> Approved -> paid this morning
c = ("Ciara Doyle", "ciara@brightwaterevents.ie", "Dear Ciara Doyle,")
ciara = c[:2]
declan = ("Declan Fitzgerald", "declan@brightwaterevents.ie")
aoife = ("Aoife Brennan", "accounts@brightwaterevents.ie")
r1 = rem("tom", c, "reminder", T("2026-12-02 09:00", DUB), "Reminder: invoice INV-2026-118", "INV-2026-118", 2583,
         D("2026-11-24"))
c1 = M(ciara, [declan], T("2026-12-02 11:20", DUB), "FW: Reminder: invoice INV-2026-118",
       "Declan – can you approve this so Aoife can pay it? It's Tom's one for the conference branding.\nC\n",
       parent=r1, style="outlook", mua="outlook", lang="en")
c2 = M(declan, [ciara], T("2026-12-03 22:48", DUB), "Re: Reminder: invoice INV-2026-118",
       "Approved, go ahead.\nD\n\nSent from my iPhone\n", parent=c1, style="apple", mua="apple", lang="en",
       cc=[aoife])
m = M(aoife, [O("tom")], T("2026-12-04 10:06", DUB), "FW: Re: Reminder: invoice INV-2026-118",
      "Hi Tom,\n\nSee below – approved and paid this morning. Apologies for the delay, it was sitting in Declan's "
      "inbox.\n\nThanks,\nAoife\nAccounts | Brightwater Events\n", parent=c2, style="outlook", mua="outlook",
      lang="en", cc=[ciara])
mail("client-reply-paid", "en", "Internal chain forwarded to the freelancer: 'can you approve this?' -> 'Approved, "
     "go ahead' -> accounts: 'approved and paid this morning'.", m, {}, mime="alt")

# --- EN paid 3: 'sorted' over a forwarded Revolut Business receipt
frm = ("Liam Kavanagh", "liam@kavanaghcoffee.ie")
m = M(frm, [O("tom")], T("2026-12-09 10:21", DUB), "Fwd: You sent €640.00 to Tom Byrne", "", mua="apple",
      lang="en")
m.full_text = (
    "sorted 👍\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
    "From: Revolut Business <no-reply@revolut.com>\nDate: 9 December 2026 at 10:14:52 GMT\n"
    "To: liam@kavanaghcoffee.ie\nSubject: You sent €640.00 to Tom Byrne\n\n\n"
    "Payment sent\n\n€640.00 to TOM BYRNE\n\nReference: INV-2026-126\nFrom: Kavanagh Coffee Roasters Ltd · EUR "
    "account\nTo: IE29 AIBK 9311 5212 3456 78\nDate: 9 Dec 2026, 10:14\nEstimated arrival: Today\n\n"
    "View transfer in the app\n\nRevolut Business. Revolut Bank UAB, Konstitucijos ave. 21B, Vilnius, Lithuania.\n")
mail("client-reply-paid", "en", "'sorted 👍' over a forwarded Revolut Business 'payment sent' email (the client's "
     "own outgoing payment, i.e. money in for the freelancer): a client reply, not a processor notice.", m,
     dict(amount="640.00", reference="INV-2026-126"))

# --- EN paid 4: inline answer in square brackets under the quoted line
c = ("Sam Okafor", "sam@tidewaterhome.co.uk", "Dear Sam Okafor,")
r1 = rem("hannah", c, "reminder", T("2026-12-16 09:00", LDN), "Reminder: invoice INV-2026-093", "INV-2026-093", 720,
         D("2026-12-04"), cur="£")
m = M(c[:2], [O("hannah")], T("2026-12-16 13:48", LDN), "Re: Reminder: invoice INV-2026-093", "", parent=r1,
      mua="apple", lang="en")
m.full_text = ("Hi Hannah – answers inline.\n\nSam\n\n" + attribution(r1, "apple", "en") + "\n\n"
               + inline(r1.text, [("has not yet been paid", "[Paid on Monday 14th – BACS ref 44821. Should have "
                                   "landed by now?]")]))
mail("client-reply-paid", "en", "Inline bracketed answer under the quoted sentence: paid on Monday 14th with a BACS "
     "reference; the question mark does not change it.", m, {})

# --- EN paid 5: US accounts payable, check mailed
c = ("Rachel Tan", "rachel.tan@kestrelanalytics.com", "Dear Rachel Tan,")
r1 = rem("dana", c, "reminder", T("2026-12-21 09:00", NY), "Reminder: invoice INV-2026-212", "INV-2026-212", 4750,
         D("2026-12-12"), cur="$")
m = M(("Kestrel Analytics AP", "ap@kestrelanalytics.com"), [O("dana")], T("2026-12-21 15:12", NY),
      "RE: Reminder: invoice INV-2026-212",
      "Hello Dana,\n\nThis invoice was included in check run #5512 and the check was mailed 12/18 to the remit-to "
      "address on file (PO Box 4471, Brooklyn NY 11201). Please allow 7-10 business days for USPS delivery.\n\n"
      "Thank you,\nAccounts Payable\nKestrel Analytics, Inc.\n\nCONFIDENTIALITY NOTICE: This email and any "
      "attachments are for the sole use of the intended recipient(s) and may contain confidential information.\n",
      parent=r1, style="outlook_us", mua="outlook", lang="en", cc=[c[:2]])
mail("client-reply-paid", "en", "US AP mailbox (not the contact): included in a check run, check mailed 12/18 — "
     "paid (in the post).", m, {}, mime="alt")

# --- EN paid 6: chatty reply about a trade show, payment in one line at the end
c = ("Niamh Walsh", "niamh@greenleaforganics.ie", "Dear Niamh Walsh,")
r1 = rem("tom", c, "reminder", T("2027-01-11 09:00", DUB), "Reminder: invoice INV-2026-129", "INV-2026-129", 1845,
         D("2027-01-02"))
m = M(c[:2], [O("tom")], T("2027-01-12 14:37", DUB), "Re: Reminder: invoice INV-2026-129",
      "Hi Tom,\n\nHappy new year! Quick one on the Birmingham show – we've been given a corner stand after all "
      "(3m x 4m), so the back wall needs to wrap round. Can you adapt the banner artwork? I'll send the exact "
      "dimensions from the organisers when I have them. Also, Conor wants to try the new logo lockup with the leaf "
      "on the left for the stand only – not sure about it myself, would love your view.\n\nCould we have a call on "
      "Thursday or Friday?\n\nOh and accounts tell me your invoice went out Friday, so hopefully you have it.\n\n"
      "Niamh\n", parent=r1, style="gmail", mua="gmail", lang="en")
mail("client-reply-paid", "en", "Trade-show chat; the last line: 'accounts tell me your invoice went out Friday' "
     "(paid, reported second-hand).", m, {}, mime="alt")

# --- EN paid 7: 'we paid last week, can you check it arrived?'
c = ("Jasper Hale", "jasper@haleandco.co.uk", "Dear Jasper Hale,")
r1 = rem("hannah", c, "reminder", T("2027-01-19 09:00", LDN), "Reminder: invoice INV-2026-101", "INV-2026-101", 960,
         D("2027-01-08"), cur="£")
m = M(c[:2], [O("hannah")], T("2027-01-19 11:02", LDN), "Re: Reminder: invoice INV-2026-101",
      "Hi Hannah,\n\nWe paid this last week (Tuesday, I think) – could you check it's arrived? If not I'll get our "
      "bookkeeper to look into it.\n\nThanks,\nJasper\n\nHale & Co Architects\n", parent=r1, style="gmail",
      mua="gmail", lang="en")
mail("client-reply-paid", "en", "Paid last week, asks to check it arrived: still paid.", m, {}, mime="alt")

# --- EN paid 8: Irish voice, 'Paid it there now'
c = ("Pádraig Ó Súilleabháin", "padraig@osjoinery.ie", "Dear Pádraig Ó Súilleabháin,")
r1 = rem("tom", c, "reminder", T("2026-12-15 09:00", DUB), "Reminder: invoice INV-2026-135", "INV-2026-135", 492,
         D("2026-12-06"))
m = M(c[:2], [O("tom")], T("2026-12-15 19:44", DUB), "Re: Reminder: invoice INV-2026-135",
      "Ah Tom, sorry about that. Paid it there now, should be with you tomorrow.\nPádraig\n", parent=r1,
      style="gmail", mua="gmail", lang="en")
mail("client-reply-paid", "en", "Hiberno-English 'Paid it there now' = just paid.", m, {}, mime="alt")

# --- EN paid 9: US assistant: ACH went through
c = ("Mark Delgado", "mark@delgadorealty.com", "Dear Mark Delgado,")
r1 = rem("dana", c, "reminder", T("2027-01-05 09:00", NY), "Reminder: invoice INV-2026-218", "INV-2026-218", 3200,
         D("2026-12-28"), cur="$")
m = M(("Tiffany Brooks", "tiffany@delgadorealty.com"), [O("dana")], T("2027-01-06 11:31", NY),
      "RE: Reminder: invoice INV-2026-218",
      "Hi Dana—\n\nMark asked me to let you know the ACH went through this morning for $3,200. Thanks so much for your "
      "patience over the holidays!\n\nBest,\nTiffany Brooks\nExecutive Assistant to Mark Delgado\nDelgado Realty Group "
      "| 212-555-0148\n", parent=r1, style="outlook_us", mua="outlook", lang="en", cc=[c[:2]])
mail("client-reply-paid", "en", "The assistant answers for the person invoiced (cc): the ACH went through this "
     "morning for $3,200.", m, dict(amount="3200.00", currency="USD"), mime="alt")

# --- EN-thread, Italian reply: an English reminder answered in Italian by the client's accounts office
c = ("Chiara Bianchi", "chiara@bianchiarchitetti.it", "Dear Chiara Bianchi,")
r1 = rem("tom", c, "reminder", T("2026-12-21 09:00", DUB), "Reminder: invoice INV-2026-130", "INV-2026-130", 2214,
         D("2026-12-12"))
m = M(("Amministrazione Studio Bianchi", "amministrazione@bianchiarchitetti.it"), [O("tom")],
      T("2026-12-21 15:40", RM), "R: Reminder: invoice INV-2026-130",
      "Buongiorno,\n\nscusate se rispondiamo in italiano. Vi confermiamo che il pagamento della fattura INV-2026-130 è "
      "stato eseguito in data 18/12/2026 con bonifico SEPA sul conto AIB indicato in fattura. In allegato la "
      "contabile.\n\nCordiali saluti\n\nUfficio Amministrazione\nStudio Bianchi Architetti Associati\nVia Savona 52 – "
      "20144 Milano\n\n" + GDPR_IT + "\n", parent=r1, style="outlook", mua="outlook", lang="it",
      cc=[c[:2]])
mail("client-reply-paid", "it", "An English reminder answered in Italian by the client's accounts office (the "
     "contact in cc): paid on 18/12 by SEPA transfer, receipt attached.", m, dict(reference="INV-2026-130"),
     mime="alt", charset="iso-8859-1",
     attach=[("Contabile_INV-2026-130.pdf", "application/pdf", fake_pdf("contabile 2214,00"))])

# --- EN promise 1: reply to the promise follow-up (old 'by the 15th'), now 'next week's payment run' (vague)
c = ("Priya Nair", "finance@harbourandfinch.co.uk", "Dear Accounts Team,")
r1 = rem("tom", c, "reminder", T("2026-12-07 09:00", DUB), "Reminder: invoice INV-2026-121", "INV-2026-121", 1980,
         D("2026-11-28"), cur="£")
c1 = M(c[:2], [O("tom")], T("2026-12-08 10:30", LDN), "RE: Reminder: invoice INV-2026-121",
       "Hi Tom,\n\nThis will be paid by the 15th.\n\nRegards,\nPriya Nair\nFinance | Harbour & Finch Ltd\n",
       parent=r1, style="outlook", mua="outlook", lang="en")
r2 = rem("tom", c, "promise_followup", T("2026-12-17 09:00", DUB), "RE: Reminder: invoice INV-2026-121",
         "INV-2026-121", 1980, D("2026-11-28"), cur="£", parent=c1, q="gmail", promise=D("2026-12-15"))
m = M(c[:2], [O("tom")], T("2026-12-17 15:05", LDN), "RE: Reminder: invoice INV-2026-121",
      "Hi Tom,\n\nApologies – this slipped through as we changed approvers mid-month. It's now approved and will go "
      "out with next week's payment run.\n\nRegards,\nPriya Nair\nFinance | Harbour & Finch Ltd\n", parent=r2,
      style="outlook", mua="outlook", lang="en")
mail("client-reply-promise", "en", "Quote has the old 'paid by the 15th'; new text: 'will go out with next week's "
     "payment run' — promise without a date.", m, {}, mime="alt")

# --- EN promise 2: internal chain: FD says hold until 1st Feb
c = ("Becky Lawson", "accounts@copperlinemedia.co.uk", "Dear Accounts Team,")
becky = ("Becky Lawson", "accounts@copperlinemedia.co.uk")
rich = ("Richard Holt", "richard.holt@copperlinemedia.co.uk")
r1 = rem("hannah", c, "suspension", T("2027-01-18 09:00", LDN), "Invoice INV-2026-104 overdue", "INV-2026-104", 2640,
         D("2026-12-18"), cur="£", deadline=D("2027-01-28"), susp=D("2027-01-29"))
c1 = M(becky, [rich], T("2027-01-18 10:12", LDN), "FW: Invoice INV-2026-104 overdue",
       "Richard – can we pay Hannah? She's saying she may stop work on the Q1 campaign.\nBecky\n", parent=r1,
       style="outlook", mua="outlook", lang="en")
c2 = M(rich, [becky], T("2027-01-19 08:03", LDN), "RE: Invoice INV-2026-104 overdue",
       "Hold until 1st Feb please – cash flow. Let her know.\nR\n", parent=c1, style="outlook", mua="outlook",
       lang="en")
m = M(becky, [O("hannah")], T("2027-01-20 09:26", LDN), "FW: RE: Invoice INV-2026-104 overdue",
      "Hi Hannah,\n\nAs you'll see from the chain below, we're scheduled to pay your invoice on 1 February. Sorry it's "
      "later than you'd like – please don't down tools on the campaign!\n\nBest,\nBecky\nAccounts | Copperline Media\n",
      parent=c2, style="outlook", mua="outlook", lang="en")
mail("client-reply-promise", "en", "Internal chain forwarded (FD: 'Hold until 1st Feb'); the note: scheduled to pay "
     "on 1 February.", m, dict(promised_date="2027-02-01"), mime="alt")

# --- EN promise 3: New York, late Thursday night: 'tomorrow morning' (UTC is already Friday)
c = ("Josh Feldman", "jfeldman@feldmanruiz.com", "Dear Josh Feldman,")
r1 = rem("dana", c, "reminder", T("2026-12-10 09:00", NY), "Reminder: invoice INV-2026-214", "INV-2026-214", 1800,
         D("2026-12-01"), cur="$")
m = M(c[:2], [O("dana")], T("2026-12-10 22:40", NY), "Re: Reminder: invoice INV-2026-214",
      "Dana - so sorry, totally my fault, this has been sitting in my inbox for a week. I'll send it through tomorrow "
      "morning first thing.\nJosh\n\nSent from my iPhone\n", parent=r1, style="apple", mua="apple", lang="en")
mail("client-reply-promise", "en", "Sent at 22:40 -0500 on Thursday 10/12 (already Friday in UTC): 'tomorrow' is "
     "Friday 11/12 in the sender's zone.", m, dict(promised_date="2026-12-11"))

# --- EN promise 4: two invoices, one paid, one by the 20th
c = ("Emer Joyce", "accounts@corribanalytics.ie", "Dear Accounts Team,")
st = M(O("tom"), [c[:2]], T("2027-01-11 09:00", DUB), "Outstanding invoices – Corrib Analytics",
       en_statement("tom", c[2], [("INV-2026-131", D("2026-11-20"), D("2026-12-20"), 22, 1230),
                                  ("INV-2026-140", D("2026-12-04"), D("2027-01-03"), 8, 2952)], D("2027-01-18")),
       mua="mailduns", lang="en")
m = M(c[:2], [O("tom")], T("2027-01-11 12:15", DUB), "RE: Outstanding invoices – Corrib Analytics",
      "Hi Tom,\n\nINV-2026-131 was paid on the 4th (our ref CORRIB-0412), so that should be with you. INV-2026-140 "
      "will be paid by the 20th – it's only just been approved.\n\nThanks,\nEmer\n", parent=st, style="outlook",
      mua="outlook", lang="en")
mail("client-reply-promise", "en", "Two invoices: one paid on the 4th, the other 'by the 20th' (Date 11/1 -> "
     "20/1): promise.", m, dict(promised_date="2027-01-20"), mime="alt")

# --- EN promise 5: 'we can't pay before the 28th'
c = ("Claire Dunn", "office@littlefoxnurseries.org.uk", "Dear Claire Dunn,")
r1 = rem("hannah", c, "reminder", T("2027-01-14 09:00", LDN), "Reminder: invoice INV-2026-098", "INV-2026-098", 380,
         D("2027-01-05"), cur="£")
m = M(c[:2], [O("hannah")], T("2027-01-14 15:50", LDN), "RE: Reminder: invoice INV-2026-098",
      "Hi Hannah,\n\nThanks for the reminder. I'm afraid we can't pay before the 28th – our funding comes in at the "
      "end of the month and we're a small charity. I hope that's OK.\n\nClaire\nOffice Manager, Little Fox Nursery "
      "Group (Registered Charity No. 1187642)\n", parent=r1, style="outlook", mua="outlook", lang="en")
mail("client-reply-promise", "en", "'can't pay before the 28th' = promise for the 28th (Date 14/1).", m,
     dict(promised_date="2027-01-28"), mime="alt")

# --- EN promise 6: answers the meeting first; 'Re the invoice, Friday.'
c = ("Oisín Daly", "oisin@dalydistillery.ie", "Dear Oisín Daly,")
r1 = rem("tom", c, "reminder", T("2027-02-01 09:00", DUB), "Reminder: invoice INV-2027-004", "INV-2027-004", 1230,
         D("2027-01-25"))
m = M(c[:2], [O("tom")], T("2027-02-01 11:12", DUB), "Re: Reminder: invoice INV-2027-004",
      "Hi Tom,\n\nThursday at 2 works for the label review – can we do it at the distillery rather than on Teams? The "
      "new gin bottles arrived and I want you to see the glass in person, the green is darker than the render. Bring "
      "the foil samples if you still have them.\n\nRe the invoice, Friday.\n\nO.\n", parent=r1, style="gmail",
      mua="gmail", lang="en")
mail("client-reply-promise", "en", "Mostly about a meeting; 'Re the invoice, Friday.' (Date Monday 1/2 -> Friday "
     "5/2).", m, dict(promised_date="2027-02-05"), mime="alt")

# --- EN promise 7: Outlook 'see below in red' (colour lost): end of the month
c = ("Martin Cole", "martin.cole@beaconhousing.org.uk", "Dear Martin Cole,")
r1 = rem("hannah", c, "reminder", T("2026-11-18 09:00", LDN), "Reminder: invoice INV-2026-081", "INV-2026-081", 540,
         D("2026-11-09"), cur="£")
m = M(c[:2], [O("hannah")], T("2026-11-18 14:02", LDN), "RE: Reminder: invoice INV-2026-081", "", parent=r1,
      mua="outlook", lang="en")
notes = [("If you have already paid", "Not yet – it's scheduled for the end of the month. MC")]
top = "Hi Hannah, see below in red.\nMartin\n"
m.full_text = (top + "\nFrom: " + fa(r1.frm) + "\nSent: " + outlook_header(r1, "en")[1][1] + "\nTo: " + fa(c[:2])
               + "\nSubject: " + r1.subject + "\n\n" + inline(r1.text, notes, pfx=""))
m.full_html = ("<p class=\"MsoNormal\">" + "<br>".join(htmlmod.escape(x) for x in top.split("\n")) + "</p>\n"
               '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal">'
               + outlook_rows_html(r1, "en") + "</p></div>\n" + inline_html(r1.text, notes, color="red"))
mail("client-reply-promise", "en", "'see below in red' — the only substantive text is written inside the quoted "
     "reminder: scheduled for the end of the month (Date 18/11 -> 30/11). Plain part has lost the colour.", m,
     dict(promised_date="2026-11-30"), mime="alt")

# --- EN promise 8: German client, 'AW:', value date 15.12.2026
c = ("Katrin Schulz", "buchhaltung@weber-messebau.de", "Dear Accounts Team,")
r1 = rem("tom", c, "reminder", T("2026-12-09 09:00", DUB), "Reminder: invoice INV-2026-123", "INV-2026-123", 3444,
         D("2026-11-30"))
m = M(c[:2], [O("tom")], T("2026-12-09 14:26", "Europe/Berlin"), "AW: Reminder: invoice INV-2026-123",
      "Dear Mr Byrne,\n\nthank you for your reminder. The invoice has been released for payment and will be paid with "
      "value date 15.12.2026.\n\nKind regards\nKatrin Schulz\nAccounting\n\nWeber Messebau GmbH\nGewerbestraße 12 · "
      "70565 Stuttgart\nGeschäftsführer: Jürgen Weber · Amtsgericht Stuttgart HRB 123456\n", parent=r1,
      style="outlook", mua="outlook", lang="de")
mail("client-reply-promise", "en", "German accounts writing English, 'AW:', German Outlook quote header: 'will be "
     "paid with value date 15.12.2026'.", m, dict(promised_date="2026-12-15"), mime="alt")

# --- EN promise 9: assistant in cc: 'he'll sort it when he's back' (vague)
c = ("Oliver Grant", "oliver@grantwebb.studio", "Dear Oliver Grant,")
r1 = rem("hannah", c, "reminder", T("2027-01-26 09:00", LDN), "Reminder: invoice INV-2026-106", "INV-2026-106", 1320,
         D("2027-01-16"), cur="£")
m = M(("Maisie Clarke", "studio@grantwebb.studio"), [O("hannah")], T("2027-01-26 12:40", LDN),
      "Re: Reminder: invoice INV-2026-106",
      "Hi Hannah,\n\nOliver's travelling this week (Milan, then Lyon) so I'm keeping an eye on his inbox. I've flagged "
      "this to him and he says he'll sort it as soon as he's back.\n\nMaisie\nStudio Manager, Grant & Webb\n",
      parent=r1, style="gmail", mua="gmail", lang="en", cc=[c[:2]])
mail("client-reply-promise", "en", "Studio manager answers for the client: he will pay when back — promise, no "
     "date.", m, {}, mime="alt")

# --- EN promise 10: Scottish, 'Will get it paid today.'
c = ("Ewan Fraser", "ewan@fraseroutdoor.co.uk", "Dear Ewan Fraser,")
r1 = rem("hannah", c, "reminder", T("2026-11-27 09:00", LDN), "Reminder: invoice INV-2026-084", "INV-2026-084", 275,
         D("2026-11-18"), cur="£")
m = M(c[:2], [O("hannah")], T("2026-11-27 11:05", LDN), "Re: Reminder: invoice INV-2026-084",
      "Cheers for the nudge Hannah. Will get it paid today.\nEwan\n", parent=r1, style="gmail", mua="gmail",
      lang="en")
mail("client-reply-promise", "en", "'Will get it paid today' = promise for the day of the Date (27/11).", m,
     dict(promised_date="2026-11-27"), mime="alt")

# --- EN promise 11: outsourced AP in Bengaluru, '22-Jan-2027'
c = ("Accounts Payable", "ap.helpdesk@larkspur-sharedservices.com", "Dear Accounts Team,")
r1 = rem("tom", c, "reminder", T("2027-01-14 09:00", DUB), "Reminder: invoice INV-2026-127", "INV-2026-127", 5166,
         D("2026-12-16"))
m = M(("Vendor Support Team - AP", "ap.helpdesk@larkspur-sharedservices.com"), [O("tom")],
      T("2027-01-15 16:42", "Asia/Kolkata"), "RE: Reminder: invoice INV-2026-127",
      "Dear Vendor,\n\nGreetings of the day!\n\nWe would like to inform you that your invoice INV-2026-127 dated "
      "16-Nov-2026 for EUR 5,166.00 is under process and shall be released in the upcoming payment cycle on "
      "22-Jan-2027.\n\nKindly revert for any further clarification.\n\nThanks & Regards,\nVendor Support Team – AP\n"
      "Larkspur Shared Services Centre, Bengaluru\n\nDisclaimer: This e-mail is confidential and intended solely for "
      "the use of the addressee.\n", parent=r1, style="outlook", mua="outlook", lang="en")
mail("client-reply-promise", "en", "Indian English AP: 'shall be released in the upcoming payment cycle on "
     "22-Jan-2027'.", m, dict(amount="5166.00", reference="INV-2026-127", promised_date="2027-01-22"), mime="alt")

# --- EN promise 12: the quote holds an old dispute, solved; 'in the next few days' (vague)
c = ("Brooke Sullivan", "brooke@evergreenwellness.co", "Dear Brooke Sullivan,")
r1 = rem("dana", c, "reminder", T("2027-01-05 09:00", NY), "Reminder: invoice INV-2026-221", "INV-2026-221", 2400,
         D("2026-12-27"), cur="$")
c1 = M(c[:2], [O("dana")], T("2027-01-05 10:40", NY), "Re: Reminder: invoice INV-2026-221",
       "Hi Dana, before we pay — the invoice has 6 blog posts but we only got 5, the sixth was pushed to February. Can "
       "you revise?\nBrooke\n", parent=r1, style="gmail_us", mua="gmail", lang="en")
o1 = M(O("dana"), [c[:2]], T("2027-01-06 08:55", NY), "Re: Reminder: invoice INV-2026-221",
       "You're right, Brooke — revised invoice attached for 5 posts ($2,000). The sixth will go on February's "
       "invoice.\nDana\n", parent=c1, style="gmail_us", mua="gmail", lang="en")
m = M(c[:2], [O("dana")], T("2027-01-13 17:02", NY), "Re: Reminder: invoice INV-2026-221",
      "Thanks Dana, that all looks fine now. We'll get it paid in the next few days.\nB\n", parent=o1,
      style="gmail_us", mua="gmail", lang="en")
mail("client-reply-promise", "en", "Quote holds the client's old dispute (6 posts vs 5) and the revised invoice; "
     "new text: fine now, 'paid in the next few days' — promise, vague.", m, {}, mime="alt")

# --- EN dispute 1: quote holds 'will pay on Friday'; now deliverable missing
c = ("Rebecca Moran", "rebecca@sableandstone.ie", "Dear Rebecca Moran,")
r1 = rem("tom", c, "reminder", T("2026-12-01 09:00", DUB), "Reminder: invoice INV-2026-119", "INV-2026-119", 4920,
         D("2026-11-22"))
c1 = M(c[:2], [O("tom")], T("2026-12-01 09:40", DUB), "Re: Reminder: invoice INV-2026-119",
       "Hi Tom, will pay on Friday. R\n", parent=r1, style="gmail", mua="gmail", lang="en")
r2 = rem("tom", c, "promise_followup", T("2026-12-08 09:00", DUB), "Re: Reminder: invoice INV-2026-119",
         "INV-2026-119", 4920, D("2026-11-22"), parent=c1, q="gmail", promise=D("2026-12-04"))
m = M(c[:2], [O("tom")], T("2026-12-09 17:26", DUB), "Re: Reminder: invoice INV-2026-119",
      "Tom,\n\nHaving gone through the deliverables with the team this week, the brand guidelines document was never "
      "delivered – we have the logo files and the stationery, but not the guidelines PDF that was in the proposal "
      "(section 3). We won't be releasing payment until it is.\n\nRebecca\n", parent=r2, style="gmail", mua="gmail",
      lang="en")
mail("client-reply-dispute", "en", "Quote holds the client's old 'will pay on Friday'; new text: a deliverable is "
     "missing, payment withheld until delivered.", m, {}, mime="alt")

# --- EN dispute 2: contests the statutory late-payment fees, accepts the invoice amount
c = ("Neil Pemberton", "neil@pembertonfoods.co.uk", "Dear Neil Pemberton,")
fees = ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 applies: "
        "statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank of England base "
        "rate in force when the debt fell due), and a fixed sum of £70.00 is due for the costs of recovering the debt "
        "(section 5A).\n\nThe amount due as at 12 January 2027 (interest continues to run until payment) is:\n"
        "- invoice INV-2026-089: £2,100.00\n- interest at 11.75% a year from 1 December 2026 to 12 January 2027 "
        "(42 days): £28.39\n- compensation for recovery costs: £70.00\n- total: £2,198.39\n\n")
r1 = rem("hannah", c, "reminder", T("2027-01-12 09:00", LDN), "Reminder: invoice INV-2026-089", "INV-2026-089", 2100,
         D("2026-11-30"), cur="£", fees=fees)
m = M(c[:2], [O("hannah")], T("2027-01-12 18:31", LDN), "RE: Reminder: invoice INV-2026-089",
      "Hannah,\n\nWe'll pay the £2,100 invoice this week, but we do not accept the £70 'compensation' or the interest. "
      "We've worked with you for three years and this has never been raised before – frankly it's not the way to "
      "treat a long-standing client.\n\nRegards\nNeil Pemberton\nManaging Director, Pemberton Foods Ltd\n", parent=r1,
      style="outlook", mua="outlook", lang="en")
mail("client-reply-dispute", "en", "Will pay the invoice amount this week but refuses the statutory interest and "
     "compensation quoted in the reminder: dispute beats promise.", m, dict(amount="2100.00", currency="GBP"),
     mime="alt")

# --- EN dispute 3: internal chain: 'nearly double what he quoted. Don't pay it'
c = ("Sinéad Kearney", "office@fernhillgolf.ie", "Dear Sinéad Kearney,")
sin = c[:2]
gerry = ("Gerry Nolan", "gerry@fernhillgolf.ie")
r1 = rem("tom", c, "reminder", T("2027-01-19 09:00", DUB), "Reminder: invoice INV-2026-137", "INV-2026-137", 3690,
         D("2027-01-10"))
c1 = M(sin, [gerry], T("2027-01-19 10:05", DUB), "FW: Reminder: invoice INV-2026-137",
       "Gerry is this OK to pay? It's the new website and scorecards.\nS\n", parent=r1, style="outlook",
       mua="outlook", lang="en")
c2 = M(gerry, [sin], T("2027-01-20 18:30", DUB), "RE: Reminder: invoice INV-2026-137",
       "This is nearly double what he quoted us. Don't pay it until he explains.\nG\n", parent=c1, style="outlook",
       mua="outlook", lang="en")
m = M(sin, [O("tom")], T("2027-01-21 09:15", DUB), "FW: RE: Reminder: invoice INV-2026-137",
      "Hi Tom,\n\nI'm forwarding Gerry's reply below. He says the amount doesn't match your quote (€1,800 + VAT). "
      "Could you have a look and reissue, or let us know what the extra covers?\n\nThanks,\nSinéad\nFernhill Golf "
      "Club office\n", parent=c2, style="outlook", mua="outlook", lang="en")
mail("client-reply-dispute", "en", "Internal chain forwarded (manager: 'Don't pay it until he explains'); the note "
     "contests the amount against the quote, phrased as a request.", m, {}, mime="alt")

# --- EN dispute 4: partial ACH for two articles, the third refused
c = ("Priyanka Rao", "priyanka@northstarfintech.com", "Dear Priyanka Rao,")
r1 = rem("dana", c, "reminder", T("2027-02-09 09:00", NY), "Reminder: invoice INV-2027-009", "INV-2027-009", 2250,
         D("2027-01-31"), cur="$")
m = M(c[:2], [O("dana")], T("2027-02-09 13:20", NY), "RE: Reminder: invoice INV-2027-009",
      "Hi Dana,\n\nWe've paid $1,500 for the first two articles (ACH went out Monday). The third piece wasn't usable – "
      "it read like a press release and didn't cover the compliance angle we briefed – so we won't be paying for it. "
      "Happy to discuss if you want to rework it, but as it stands the remaining $750 isn't approved.\n\nPriyanka\n"
      "Content Lead | Northstar\n", parent=r1, style="outlook_us", mua="outlook", lang="en")
mail("client-reply-dispute", "en", "Partial payment ($1,500 paid) and refusal of the rest: dispute.", m,
     dict(amount="1500.00", currency="USD"), mime="alt")

# --- EN dispute 5: inline, curt: 'We agreed 2,000 all in'
c = ("Dr Aidan Kilbride", "aidan@kilbridedental.ie", "Dear Dr Aidan Kilbride,")
r1 = rem("tom", c, "reminder", T("2027-01-26 09:00", DUB), "Reminder: invoice INV-2026-139", "INV-2026-139", 2460,
         D("2027-01-17"))
m = M(c[:2], [O("tom")], T("2027-01-26 20:07", DUB), "Re: Reminder: invoice INV-2026-139", "", parent=r1,
      mua="apple", lang="en")
m.full_text = ("\n\n" + attribution(r1, "apple", "en") + "\n\n"
               + inline(r1.text, [("has not yet been paid", "We agreed 2,000 all in, Tom. Not 2,460. Send a corrected one.")])
               + "\nSent from my iPad\n")
mail("client-reply-dispute", "en", "Only text is inline under the quoted amount line: agreed 2,000 all in, not "
     "2,460 (probably VAT confusion, still a dispute). Empty top.", m, {})

# --- EN dispute 6: duplicate of an earlier invoice
c = ("Shane Mulcahy", "shane@atlanticsurfco.ie", "Dear Shane Mulcahy,")
r1 = rem("tom", c, "reminder", T("2026-11-30 09:00", DUB), "Reminder: invoice INV-2026-134", "INV-2026-134", 615,
         D("2026-11-21"))
m = M(c[:2], [O("tom")], T("2026-11-30 12:44", DUB), "Re: Reminder: invoice INV-2026-134",
      "Tom, INV-2026-134 looks like the same job as INV-2026-112 (the website photo edit) which we paid in October. "
      "Duplicate? Please cancel it.\nShane\n", parent=r1, style="gmail", mua="gmail", lang="en")
mail("client-reply-dispute", "en", "Already billed: says this duplicates an invoice paid in October, asks to cancel; "
     "the 'paid' is about the other invoice.", m, dict(reference="INV-2026-134"), mime="alt")

# --- EN dispute 7: cancelled retainer, wants a credit note
c = ("Gavin Hughes", "gavin@quaysidelettings.co.uk", "Dear Gavin Hughes,")
r1 = rem("hannah", c, "reminder", T("2027-01-07 09:00", LDN), "Reminder: invoice INV-2026-096", "INV-2026-096", 450,
         D("2026-12-31"), cur="£")
m = M(c[:2], [O("hannah")], T("2027-01-07 09:51", LDN), "RE: Reminder: invoice INV-2026-096",
      "Hannah,\n\nAs per my email of 3 November we cancelled the monthly retainer from December, so this invoice "
      "(INV-2026-096) shouldn't exist. Please issue a credit note.\n\nGavin\n", parent=r1, style="outlook",
      mua="outlook", lang="en")
mail("client-reply-dispute", "en", "Retainer cancelled, invoice should not exist, credit note requested.", m,
     dict(reference="INV-2026-096"), mime="alt")

# --- EN other 1: PO number required
c = ("Accounts Payable", "ap@meridianlogistics.ie", "Dear Accounts Team,")
r1 = rem("tom", c, "reminder", T("2026-12-14 09:00", DUB), "Reminder: invoice INV-2026-124", "INV-2026-124", 1107,
         D("2026-12-05"))
m = M(("Meridian Logistics AP", "ap@meridianlogistics.ie"), [O("tom")], T("2026-12-14 11:30", DUB),
      "RE: Reminder: invoice INV-2026-124",
      "Hi Tom,\n\nCould you resend the invoice with our PO number on it (PO-77812)? Our system rejects invoices "
      "without one, so it's been sitting in the exceptions queue.\n\nThanks,\nDeirdre\nAccounts Payable | Meridian "
      "Logistics Ireland\n", parent=r1, style="outlook", mua="outlook", lang="en")
mail("client-reply-other", "en", "Needs the invoice reissued with a PO number: a formal request, no dispute.", m,
     {}, mime="alt")

# --- EN other 2: 'Received, thanks – passing to accounts' (cc)
c = ("Carla Bennett", "carla@bennettcreative.com", "Dear Carla Bennett,")
r1 = rem("dana", c, "due", T("2027-01-20 09:00", NY), "Invoice INV-2027-002 due today", "INV-2027-002", 950,
         D("2027-01-20"), cur="$")
m = M(c[:2], [O("dana")], T("2027-01-20 09:47", NY), "Re: Invoice INV-2027-002 due today",
      "Received, thanks — passing to accounts (cc'd).\nCarla\n", parent=r1, style="gmail_us", mua="gmail", lang="en",
      cc=[("Bennett Creative Accounts", "accounts@bennettcreative.com")])
mail("client-reply-other", "en", "Acknowledgement and hand-over to accounts in cc.", m, {}, mime="alt")

# --- EN other 3: which invoice?
c = ("Nina Marlowe", "nina@studiomarlowe.co.uk", "Dear Nina Marlowe,")
r1 = rem("hannah", c, "reminder", T("2026-12-03 09:00", LDN), "Reminder: invoice INV-2026-090", "INV-2026-090", 680,
         D("2026-11-24"), cur="£")
m = M(c[:2], [O("hannah")], T("2026-12-03 10:19", LDN), "Re: Reminder: invoice INV-2026-090",
      "Hi Hannah, which one is this? We've got three from you on the system and I can't see a 090 – was it sent to "
      "the old studio address?\nNina x\n", parent=r1, style="gmail", mua="gmail", lang="en")
mail("client-reply-other", "en", "Which invoice is this? — a question, no claim.", m, {}, mime="alt")

# --- EN other 4: long project mail; 'I'll check with our finance person'
c = ("Jordan Lee", "jordan@brightpathfoundation.org", "Dear Jordan Lee,")
r1 = rem("dana", c, "reminder", T("2027-02-16 09:00", NY), "Reminder: invoice INV-2027-006", "INV-2027-006", 1400,
         D("2027-02-06"), cur="$")
m = M(c[:2], [O("dana")], T("2027-02-16 16:25", NY), "Re: Reminder: invoice INV-2027-006",
      "Hi Dana,\n\nThanks for your patience. Big news on our end: the Hartwell Foundation invited us to submit a full "
      "proposal for the youth literacy program, due March 20. Would you be available to draft the narrative sections "
      "again? It's about 12 pages, plus the one-page summary. I'm thinking we do a kickoff call next week — Tuesday or "
      "Wednesday afternoon?\n\nOn the invoice – I'll check with our finance person and get back to you.\n\nBest,\n"
      "Jordan\n", parent=r1, style="gmail_us", mua="gmail", lang="en")
mail("client-reply-other", "en", "New work and a kickoff call; on the invoice only 'I'll check with our finance "
     "person and get back to you' — not a promise to pay.", m, {}, mime="alt")

# --- EN other 5: bank details changed?
c = ("Holloway Print", "accounts@hollowayprint.co.uk", "Dear Accounts Team,")
r1 = rem("tom", c, "reminder", T("2026-11-20 09:00", DUB), "Reminder: invoice INV-2026-115", "INV-2026-115", 830,
         D("2026-11-11"), cur="£")
m = M(("Ruth Holloway", "accounts@hollowayprint.co.uk"), [O("tom")], T("2026-11-20 15:05", LDN),
      "RE: Reminder: invoice INV-2026-115",
      "Hi Tom,\n\nHave your bank details changed? The IBAN on this reminder doesn't match the one on the invoice PDF "
      "(that one ends in 4471). I'd rather check before I send anything – we had a fake invoice last year.\n\nRuth\n",
      parent=r1, style="outlook", mua="outlook", lang="en")
mail("client-reply-other", "en", "Asks whether bank details changed before paying: a question.", m, {}, mime="alt")

# --- EN other 6: the contact left; forwarded to finance
c = ("Siobhán Keane", "siobhan@wildatlantictours.ie", "Dear Siobhán Keane,")
r1 = rem("tom", c, "reminder", T("2027-01-06 09:00", DUB), "Reminder: invoice INV-2026-138", "INV-2026-138", 1476,
         D("2026-12-28"))
m = M(("Colm Byrne", "colm@wildatlantictours.ie"), [O("tom")], T("2027-01-06 12:08", DUB),
      "Re: Reminder: invoice INV-2026-138",
      "Hi Tom,\n\nSiobhán left the company before Christmas and her mail is coming to me for now. I've forwarded this "
      "to our finance team (finance@wildatlantictours.ie), who'll be in touch.\n\nBest,\nColm\n", parent=r1,
      style="gmail", mua="gmail", lang="en", cc=[("Finance", "finance@wildatlantictours.ie")])
mail("client-reply-other", "en", "A colleague answers for someone who left and forwards to finance: other, not a "
     "promise.", m, {}, mime="alt")

# --- EN other 7: inline questions under the payment details
c = ("Parkside Dental Group", "accounts@parksidedental.co.uk", "Dear Accounts Team,")
r1 = rem("hannah", c, "reminder", T("2027-02-01 09:00", LDN), "Reminder: invoice INV-2027-003", "INV-2027-003", 390,
         D("2027-01-22"), cur="£")
m = M(("Helen Ward", "accounts@parksidedental.co.uk"), [O("hannah")], T("2027-02-01 10:33", LDN),
      "RE: Reminder: invoice INV-2027-003", "", parent=r1, mua="outlook", lang="en")
m.full_text = ("Hi Hannah, a couple of questions below.\nHelen\n\n-----Original Message-----\n"
               + outlook_rows_text(r1, "en") + "\n\n"
               + inline(r1.text, [("- Payment reference:", "[HW: Do you need this exact reference, or is our "
                                   "remittance number OK? Our system only allows 10 characters.]"),
                                  ("- IBAN:", "[HW: Is this the same account as before? Our records show a sort "
                                   "code and account number, not an IBAN.]")], pfx="> "))
mail("client-reply-other", "en", "Questions written between the quoted payment-detail lines; nothing about paying "
     "or not.", m, {})

# --- EN other 8: W-8BEN-E needed
c = ("Ridgeback Software", "vendors@ridgebacksoftware.com", "Dear Accounts Team,")
r1 = rem("tom", c, "reminder", T("2027-02-03 09:00", DUB), "Reminder: invoice INV-2027-006", "INV-2027-006", 3900,
         D("2027-01-25"))
m = M(("Vendor Management", "vendors@ridgebacksoftware.com"), [O("tom")], T("2027-02-03 10:10", "America/Chicago"),
      "RE: Reminder: invoice INV-2027-006",
      "Hi Tom,\n\nBefore we can release payment we need a completed W-8BEN-E from you, since you're a foreign vendor. "
      "Could you fill in the attached and send it back? Once it's on file the invoice will go into the normal "
      "approval flow.\n\nThank you,\nAmber\nVendor Management | Ridgeback Software, Inc. | Austin, TX\n", parent=r1,
      style="outlook_us", mua="outlook", lang="en")
mail("client-reply-other", "en", "A tax form is needed before payment can be released: a request, no promise or "
     "date.", m, {}, mime="alt",
     attach=[("fw8bene.pdf", "application/pdf", fake_pdf("Form W-8BEN-E"))])

# --- EN other 9: statement of account for the auditors
c = ("Summit Outdoor Gear", "controller@summitoutdoorgear.com", "Dear Accounts Team,")
r1 = rem("dana", c, "reminder", T("2027-01-25 09:00", NY), "Reminder: invoice INV-2026-224", "INV-2026-224", 2100,
         D("2027-01-15"), cur="$")
m = M(("Greg Yamamoto", "controller@summitoutdoorgear.com"), [O("dana")], T("2027-01-25 14:55", "America/Denver"),
      "RE: Reminder: invoice INV-2026-224",
      "Dana,\n\nCould you send a statement of account showing all 2026 invoices and payments received? Our auditors "
      "are in next week and want vendor confirmations for anything over $1,000.\n\nGreg Yamamoto\nController, Summit "
      "Outdoor Gear\n", parent=r1, style="outlook_us", mua="outlook", lang="en")
mail("client-reply-other", "en", "Asks for a statement of account for the auditors: other.", m, {}, mime="alt")

# --- EN other (machine): 'invoice viewed' notice from an invoicing platform
pm = M(("Invoicely", "notifications@invoicely.com"), [O("dana")], T("2027-02-10 08:14", NY),
       "Summit Outdoor Gear viewed invoice INV-2027-011", "", mua="other", lang="en")
ptxt = ("Hi Dana,\n\nGood news – Summit Outdoor Gear just viewed invoice INV-2027-011 ($1,650.00, due Feb 25, 2027).\n\n"
        "Viewed: Feb 10, 2027 at 8:13 AM EST\n\nView invoice: https://app.invoicely.com/i/8QX2-INV-2027-011\n\n"
        "You're receiving this because invoice activity notifications are turned on. Manage notifications in "
        "Settings.\nInvoicely, Inc.\n")
data = envelope(pm, [("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<https://app.invoicely.com/unsub>")])
data += part("text/plain", ptxt, "utf-8", "8bit")
add("other", "en", "Invoicing-platform notice that the client viewed an invoice: neither a payment nor a reply.",
    data)

# --- EN auto-reply: help-desk ticket acknowledgement (no return date)
c = ("Invoices", "invoices@meridianlogistics.ie", "Dear Accounts Team,")
r1 = rem("tom", c, "reminder", T("2027-02-15 09:00", DUB), "Reminder: invoice INV-2027-008", "INV-2027-008", 1107,
         D("2027-02-06"))
m = M(("Meridian AP Helpdesk", "invoices@meridianlogistics.ie"), [O("tom")], T("2027-02-15 09:01", DUB),
      "[Ticket #48213] Reminder: invoice INV-2027-008",
      "Thank you for contacting Meridian Logistics Accounts Payable.\n\nYour request has been logged as ticket "
      "#48213. A member of the team will respond within 5 working days. Please do not reply to this email; to add "
      "information to your request, use the link below.\n\nhttps://meridian.helpdesk.example/tickets/48213\n\n"
      "Payments are made weekly on Thursdays for invoices approved by the preceding Monday.\n", parent=r1,
      mua="other", lang="en")
mail("auto-reply", "en", "Help-desk ticket acknowledgement (Auto-Submitted), with generic payment-run wording that "
     "is not a promise.", m, {}, headers=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")],
     cte="7bit")


# ==================================================================================================
# write

def main():
    import email
    import email.policy
    from collections import Counter

    items = list(ITEMS)
    random.Random(1212).shuffle(items)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    lines = ["# round12-threads: long threads and thread shapes. Generated by make.py; every body hand-written.", ""]
    order = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
             "failed_recipient", "permanent", "note"]
    for i, it in enumerate(items, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(it["data"])
        rec = dict(kind=it["kind"], language=it["lang"], split="dev", note=it["note"], **it["facts"])
        lines.append(f'[files."{name}"]')
        for k in order:
            if k not in rec:
                continue
            v = rec[k]
            if isinstance(v, bool):
                lines.append(f"{k} = {'true' if v else 'false'}")
            else:
                lines.append(f"{k} = {toml_str(str(v))}")
        lines.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))

    # sanity check: every file parses and has the basic headers
    bad = 0
    for i in range(1, len(items) + 1):
        name = f"{PREFIX}-{i:04d}.eml"
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not msg[h]:
                print("missing", h, name)
                bad += 1
        msg["Date"].datetime  # parses
        for p in msg.walk():
            if p.get_content_maintype() == "text":
                p.get_content()
    kinds = Counter(it["kind"] for it in items)
    langs = Counter(it["lang"] for it in items)
    print(len(items), "messages;", dict(kinds), dict(langs), "bad:", bad)


if __name__ == "__main__":
    main()
