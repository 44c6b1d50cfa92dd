#!/usr/bin/env python3
"""Generate the round6-hard blind test set: client replies whose MEANING is hard.

Every client body below is hand-written. Only the plumbing is shared: the quoted mailduns reminders
(rendered from the wording of templates/{it,es,en}/*.txt.j2 with invented names, numbers and dates),
the quoting styles of the common mail clients, HTML skeletons and MIME encoding.

Run:  python3 make.py        (writes r6h-NNNN.eml and labels.toml next to this file, then re-parses them)
Python 3.11, stdlib only.
"""
from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import json
import quopri
import random
import struct
import sys
import tomllib
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr, parseaddr
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
PREFIX = "r6h"

# --------------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------------
OWNERS = {
    "ar": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it", tz="Europe/Rome",
               iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", cur="EUR"),
    "dm": dict(name="Davide Marchetti", addr="davide@marchettiweb.it", lang="it", tz="Europe/Rome",
               iban="IT02 L030 6902 4871 0000 0004 712", bic="BCITITMM", cur="EUR"),
    "lm": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
               iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", cur="EUR"),
    "nh": dict(name="Nira Hernández", addr="nira@nirahernandez.es", lang="es", tz="Atlantic/Canary",
               iban="ES12 2038 8745 1160 0027 3451", bic="CAHMESMMXXX", cur="EUR"),
    "tb": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
               iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", cur="EUR"),
    "hc": dict(name="Hannah Cole", addr="hannah@colecopy.co.uk", lang="en", tz="Europe/London",
               iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", cur="GBP"),
}

IT_MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
             "settembre", "ottobre", "novembre", "dicembre"]
IT_MON3 = ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
IT_DAY3 = ["lun", "mar", "mer", "gio", "ven", "sab", "dom"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]
ES_MON3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_DAY3 = ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def d(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def fmt_money(lang: str, value: str, cur: str = "EUR") -> str:
    v = f"{float(value):,.2f}"  # 1,220.00
    if lang in ("it", "es"):
        v = v.replace(",", "X").replace(".", ",").replace("X", ".")
        sym = {"EUR": "€", "GBP": "£", "USD": "USD"}[cur]
        return f"{v} {sym}"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{v}"


def fmt_date(lang: str, day: dt.date) -> str:
    if lang == "it":
        return f"{day.day} {IT_MONTHS[day.month - 1]} {day.year}"
    if lang == "es":
        return f"{day.day} de {ES_MONTHS[day.month - 1]} de {day.year}"
    return f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def it_art(prep: str, text: str) -> str:
    """art("il") / art("del") / art("dal") of the Italian templates, for a date string."""
    first = text.split()[0]
    elided = first in ("8", "11")
    if first == "1":
        text = "1º" + text[1:]
    if prep == "il":
        return ("l'" + text) if elided else "il " + text
    if prep == "del":
        return ("dell'" + text) if elided else "del " + text
    if prep == "dal":
        return ("dall'" + text) if elided else "dal " + text
    return text


# --------------------------------------------------------------------------------------------------
# The quoted mailduns letters (wording of templates/*/*.txt.j2)
# --------------------------------------------------------------------------------------------------
class T:
    """One letter the owner sent earlier in the thread (a mailduns reminder or the invoice mail)."""

    def __init__(self, tpl, inv, amount=None, due=None, sent=None, greet=None, issue=None, cur=None,
                 promise_date=None, claim_date=None, paid_on=None, deadline=None, what=None,
                 invoices=None, subject=None, history=None, to=None):
        self.tpl, self.inv, self.amount, self.due, self.sent = tpl, inv, amount, due, sent
        self.greet, self.issue, self.cur = greet, issue, cur
        self.promise_date, self.claim_date, self.paid_on, self.deadline = (
            promise_date, claim_date, paid_on, deadline)
        self.what, self.invoices, self.subject, self.history, self.to = (
            what, invoices, subject, history, to)


def payment_block(lang, owner, inv):
    o = OWNERS[owner]
    if lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
                f"- causale: Fattura n. {inv}")
    if lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
                f"- concepto: Factura {inv}")
    return (f"Payment details:\n- Account name: {o['name']}\n- IBAN: {o['iban']}\n- BIC (SWIFT): {o['bic']}\n"
            f"- Payment reference: {inv}")


def letter_subject(lang, t: T) -> str:
    if t.subject:
        return t.subject
    n = t.inv
    table = {
        "it": {"invoice": f"Fattura n. {n}", "courtesy": f"Promemoria: fattura n. {n} in scadenza",
               "due": f"Promemoria fattura n. {n}", "reminder": f"Sollecito fattura n. {n}",
               "promise_followup": f"Fattura n. {n} – aggiornamento sul pagamento",
               "paid_claim_followup": f"Fattura n. {n} – pagamento non ancora ricevuto",
               "suspension": f"Fattura n. {n} – sollecito urgente",
               "final": f"Diffida di pagamento – fattura n. {n}",
               "thank_you": f"Pagamento ricevuto – fattura n. {n}",
               "statement": "Riepilogo fatture da saldare"},
        "es": {"invoice": f"Factura {n}", "courtesy": f"Recordatorio: factura n.º {n}",
               "due": f"Vencimiento factura n.º {n}", "reminder": f"Factura n.º {n} pendiente de pago",
               "promise_followup": f"Factura n.º {n}: seguimiento del pago",
               "paid_claim_followup": f"Factura n.º {n}: pago no recibido",
               "suspension": f"Factura n.º {n}: aviso",
               "final": f"Requerimiento de pago de la factura n.º {n}",
               "thank_you": f"Pago recibido – factura n.º {n}",
               "statement": "Resumen de facturas pendientes"},
        "en": {"invoice": f"Invoice {n}", "courtesy": f"Friendly reminder: invoice {n}",
               "due": f"Invoice {n} due", "reminder": f"Invoice {n} – payment reminder",
               "promise_followup": f"Invoice {n} – following up",
               "paid_claim_followup": f"Invoice {n} – payment not yet received",
               "suspension": f"Invoice {n} – overdue",
               "final": f"Final notice before debt recovery – invoice {n}",
               "thank_you": f"Payment received – invoice {n}",
               "statement": "Statement of outstanding invoices"},
    }
    return table[lang][t.tpl]


def prep_a(lang: str, what: str) -> str:
    """'relativa a' / 'correspondiente a' + article, contracted as the language wants."""
    if what is None:
        what = {"it": "il lavoro concordato", "es": "el trabajo acordado", "en": "the agreed work"}[lang]
    if lang == "it":
        for art, c in (("il ", "al "), ("lo ", "allo "), ("la ", "alla "), ("i ", "ai "), ("gli ", "agli "),
                       ("le ", "alle "), ("l'", "all'")):
            if what.startswith(art):
                return c + what[len(art):]
        return "a " + what
    if lang == "es":
        return ("al " + what[3:]) if what.startswith("el ") else "a " + what
    return what


def render_letter(lang, owner, t: T, sent: dt.datetime) -> str:
    o = OWNERS[owner]
    cur = t.cur or o["cur"]
    A = fmt_money(lang, t.amount, cur) if t.amount else None
    due = fmt_date(lang, d(t.due)) if t.due else None
    today = sent.date()
    n = t.inv
    g = t.greet
    pay = payment_block(lang, owner, n)
    name = o["name"]
    if t.tpl == "invoice":
        if lang == "it":
            return (f"{g}\n\nin allegato la fattura n. {n}{' di ' + A if A else ''} relativa {prep_a('it', t.what)}"
                    f"{', con scadenza ' + it_art('il', due) if due else ''}.\n\n{pay}\n\nGrazie e buona giornata,\n{name}")
        if lang == "es":
            return (f"{g}\n\nAdjunto la factura {n}{' de ' + A if A else ''} correspondiente {prep_a('es', t.what)}"
                    f"{', con vencimiento el ' + due if due else ''}.\n\n{pay}\n\nGracias y un saludo,\n{name}")
        return (f"{g}\n\nPlease find attached invoice {n}{' for ' + A if A else ''} for {prep_a('en', t.what)}"
                f"{', due on ' + due if due else ''}.\n\n{pay}\n\nMany thanks,\n{name}")
    if lang == "it":
        amt = f" di {A}" if A else ""
        if t.tpl == "courtesy":
            iss = f", emessa {it_art('il', fmt_date('it', d(t.issue)))}," if t.issue else ""
            return (f"{g}\n\nun breve promemoria: la fattura n. {n}{amt}{iss} è in scadenza {it_art('il', due)}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{name}")
        if t.tpl == "due":
            return (f"{g}\n\nun promemoria: la fattura n. {n}{amt} è scaduta {it_art('il', due)}. Se il pagamento non è ancora "
                    "stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\n"
                    "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{name}")
        if t.tpl == "reminder":
            return (f"{g}\n\nda un controllo la fattura n. {n}{amt}, scaduta {it_art('il', due)}, risulta ancora da saldare. "
                    "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                    f"{pay}\n\nCordiali saluti,\n{name}")
        if t.tpl == "promise_followup":
            if t.promise_date:
                first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {n}{amt} sarebbe "
                         f"stato effettuato entro {it_art('il', fmt_date('it', d(t.promise_date)))}.")
            else:
                first = (f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {n}{amt}, "
                         f"scaduta {it_art('il', due)}.")
            return (f"{g}\n\n{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta "
                    "rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di "
                    f"farmi sapere entro quando posso aspettarlo.\n\n{pay}\n\nCordiali saluti,\n{name}")
        if t.tpl == "paid_claim_followup":
            cl = f" {it_art('il', fmt_date('it', d(t.claim_date)))}" if t.claim_date else ""
            po = f" (con bonifico disposto {it_art('il', fmt_date('it', d(t.paid_on)))})" if t.paid_on else ""
            return (f"{g}\n\ngrazie per avermi comunicato{cl} che la fattura n. {n}{amt} è stata pagata{po}.\n\n"
                    "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                    "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                    "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                    f"inoltrarmi la contabile.\n\nPer un confronto, riporto le coordinate corrette:\n- beneficiario: {name}\n"
                    f"- IBAN: {o['iban']}\n- causale: Fattura n. {n}\n\n"
                    "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: "
                    f"in tal caso mi basta una breve conferma. Grazie per la collaborazione.\n\nCordiali saluti,\n{name}")
        if t.tpl == "suspension":
            return (f"{g}\n\ntorno a scrivere in merito alla fattura n. {n}{amt}, scaduta {it_art('il', due)}, che risulta "
                    f"ancora da saldare.\n\nIn mancanza del pagamento entro {it_art('il', fmt_date('it', d(t.deadline)))}, "
                    f"{it_art('dal', fmt_date('it', d(t.deadline) + dt.timedelta(days=1)))} potrebbe essere necessario sospendere "
                    "le attività in corso e i servizi da me forniti fino alla regolarizzazione. Preferirei evitarlo: se c'è una "
                    "difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare una soluzione; basta rispondere "
                    f"a questa email.\n\n{pay}\n\nCordiali saluti,\n{name}")
        if t.tpl == "thank_you":
            return (f"{g}\n\nconfermo di aver ricevuto il pagamento della fattura n. {n}{' (' + A + ')' if A else ''}"
                    f"{' ' + it_art('il', fmt_date('it', d(t.paid_on))) if t.paid_on else ''}. Grazie!\n\n"
                    f"Resto a disposizione per qualsiasi necessità.\n\nCordiali saluti,\n{name}")
        if t.tpl == "final":
            dl = it_art("il", fmt_date("it", d(t.deadline)))
            iss = " " + it_art("del", fmt_date("it", d(t.issue))) if t.issue else ""
            return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {n}{iss}\n\n{g}\n\n"
                    f"la fattura n. {n}{amt}, scaduta {it_art('il', due)}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                    f"Con la presente chiedo formalmente il pagamento{amt} entro {dl}. La presente vale quale atto di costituzione "
                    "in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della "
                    "prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                    "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi "
                    "competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del "
                    "debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a "
                    "parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                    "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la "
                    f"data del bonifico, così da poterlo verificare.\n\n{pay}\n\nCordiali saluti,\n{name}")
        if t.tpl == "statement":
            lines = []
            total = 0.0
            for num, amount, due_s, iss in t.invoices:
                total += float(amount)
                late = (today - d(due_s)).days
                lines.append(f"- n. {num} {it_art('del', fmt_date('it', d(iss)))}, scaduta {it_art('il', fmt_date('it', d(due_s)))} "
                             f"({late} {'giorno' if late == 1 else 'giorni'} di ritardo): {fmt_money('it', amount, cur)}")
            return (f"{g}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n" + "\n".join(lines) +
                    f"\n\nTotale da pagare: {fmt_money('it', str(total), cur)}\n\n"
                    f"Chiedo cortesemente di provvedere al pagamento entro {it_art('il', fmt_date('it', d(t.deadline)))}. Se alcune "
                    "di queste fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, così "
                    "aggiorno la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: "
                    "basta rispondere a questa email.\n\nGli estremi per il pagamento sono riportati nelle fatture, nei messaggi "
                    f"con cui sono state inviate.\n\nCordiali saluti,\n{name}")
    if lang == "es":
        amt = f" de {A}" if A else ""
        if t.tpl == "courtesy":
            iss = f", emitida el {fmt_date('es', d(t.issue))}," if t.issue else ""
            return (f"{g}\n\nUn breve recordatorio: la factura n.º {n}{amt}{iss} vence el {due}.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{name}")
        if t.tpl == "due":
            return (f"{g}\n\nLa factura n.º {n}{amt} venció el {due} y, según mis registros, el pago aún no consta. "
                    "Agradecería que se tramitara en los próximos días.\n\n"
                    "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{name}")
        if t.tpl == "reminder":
            return (f"{g}\n\nRevisando mis cuentas, veo que la factura n.º {n}{amt}, vencida el {due}, sigue pendiente de "
                    "pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\n"
                    "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la "
                    "transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos "
                    f"aclararlo por esta misma vía.\n\n{pay}\n\nUn cordial saludo,\n{name}")
        if t.tpl == "promise_followup":
            if t.promise_date:
                first = (f"Según su último mensaje, el pago de la factura n.º {n}{amt} se realizaría a más tardar el "
                         f"{fmt_date('es', d(t.promise_date))}; gracias de nuevo por la información.")
            else:
                first = (f"Gracias de nuevo por la información sobre el pago de la factura n.º {n}{amt}, vencida el {due}.")
            return (f"{g}\n\n{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: "
                    "basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil "
                    f"saber para cuándo puedo contar con él.\n\n{pay}\n\nUn cordial saludo,\n{name}")
        if t.tpl == "paid_claim_followup":
            cl = f" el {fmt_date('es', d(t.claim_date))}" if t.claim_date else ""
            po = f" (transferencia ordenada el {fmt_date('es', d(t.paid_on))})" if t.paid_on else ""
            return (f"{g}\n\nMuchas gracias por comunicarme{cl} que la factura n.º {n}{amt} ya está pagada{po}.\n\n"
                    "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos "
                    "días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de "
                    "gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el justificante.\n\n"
                    f"Para comprobarlo, estos son los datos bancarios correctos:\n- beneficiario: {name}\n- IBAN: {o['iban']}\n"
                    f"- concepto: Factura {n}\n\nSi la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: "
                    f"en ese caso no es necesario hacer nada más. Gracias por su colaboración.\n\nUn cordial saludo,\n{name}")
        if t.tpl == "suspension":
            dl = d(t.deadline)
            return (f"{g}\n\nVuelvo a ponerme en contacto en relación con la factura n.º {n}{amt}, vencida el {due} y todavía "
                    f"pendiente de pago.\n\nSi para el {fmt_date('es', dl)} no se ha recibido el pago{amt}, a partir del "
                    f"{fmt_date('es', dl + dt.timedelta(days=1))} podría verme en la necesidad de suspender los trabajos en curso "
                    "y la prestación de los servicios contratados hasta que se regularice la situación. Si existe alguna "
                    "dificultad (por ejemplo, si es necesario fraccionar el pago), basta con responder a este correo y "
                    f"buscaremos una solución.\n\n{pay}\n\nUn cordial saludo,\n{name}")
        if t.tpl == "thank_you":
            return (f"{g}\n\nConfirmo que he recibido{' el ' + fmt_date('es', d(t.paid_on)) if t.paid_on else ''} el pago de la "
                    f"factura n.º {n}{' (' + A + ')' if A else ''}. ¡Muchas gracias!\n\n"
                    f"Quedo a su disposición para cualquier otra cuestión.\n\nUn cordial saludo,\n{name}")
        if t.tpl == "final":
            dl = fmt_date("es", d(t.deadline))
            iss = f", emitida el {fmt_date('es', d(t.issue))}," if t.issue else ""
            return (f"Asunto: Requerimiento de pago de la factura n.º {n}\n\n{g}\n\n"
                    f"La factura n.º {n}{iss} venció el {due} y, pese a los recordatorios enviados anteriormente, sigue "
                    f"pendiente de pago{' por un importe de ' + A if A else ''}.\n\n"
                    f"Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago{amt} a "
                    f"más tardar el {dl}.\n\n"
                    "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                    "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                    "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el retraso, "
                    "alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con responder a este correo.\n\n"
                    f"Si para el {dl} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la reclamación "
                    "formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría sinceramente evitarlo.\n\n"
                    "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese "
                    f"caso, basta una breve respuesta con la fecha de la transferencia.\n\n{pay}\n\nAtentamente,\n{name}")
        if t.tpl == "statement":
            lines = []
            total = 0.0
            for num, amount, due_s, iss in t.invoices:
                total += float(amount)
                late = (today - d(due_s)).days
                lines.append(f"- n.º {num}, del {fmt_date('es', d(iss))}, vencida el {fmt_date('es', d(due_s))} "
                             f"({late} {'día' if late == 1 else 'días'} de retraso): {fmt_money('es', amount, cur)}")
            return (f"{g}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n" +
                    "\n".join(lines) + f"\n\nTotal a pagar: {fmt_money('es', str(total), cur)}\n\n"
                    f"Ruego que el pago de estas facturas se realice a más tardar el {fmt_date('es', d(t.deadline))}. Si alguna "
                    "de ellas ya está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la "
                    "transferencia, para que pueda actualizar mis registros. Si hay algún problema con alguna factura, podemos "
                    "aclararlo por esta misma vía.\n\nLos datos para el pago figuran en las facturas, en los mensajes con los "
                    f"que se enviaron.\n\nUn cordial saludo,\n{name}")
    # English
    amt = f" for {A}" if A else ""
    if t.tpl == "courtesy":
        iss = f", issued on {fmt_date('en', d(t.issue))}," if t.issue else ""
        return (f"{g}\n\nThis is a friendly reminder that invoice {n}{amt}{iss} is due for payment on {due}.\n\n"
                "If payment is already on its way, thank you, and please disregard this message.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.\n\nKind regards,\n{name}")
    if t.tpl == "due":
        return (f"{g}\n\nThis is a quick reminder that invoice {n}{amt} was due for payment on {due}. If it has not been "
                "paid yet, I would be grateful if you could arrange payment in the next few days.\n\n"
                "If you have already paid, thank you, and please disregard this reminder.\n\n"
                f"{pay}\n\nIf you have any questions, just reply to this email.\n\nKind regards,\n{name}")
    if t.tpl == "reminder":
        return (f"{g}\n\nAccording to my records, invoice {n}{amt}, due on {due}, has not yet been paid. It may simply "
                "have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                "If you have already paid, thank you – please let me know the payment date so that I can update my "
                "records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
                f"{pay}\n\nKind regards,\n{name}")
    if t.tpl == "promise_followup":
        if t.promise_date:
            first = f"Thank you for letting me know that invoice {n}{amt} would be paid by {fmt_date('en', d(t.promise_date))}."
        else:
            first = f"Thank you for your earlier message about invoice {n}{amt}, which was due on {due}."
        return (f"{g}\n\n{first}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please "
                "let me know the date it was made. If you need a little more time, could you let me know when I can "
                f"expect it?\n\n{pay}\n\nKind regards,\n{name}")
    if t.tpl == "paid_claim_followup":
        cl = f" on {fmt_date('en', d(t.claim_date))}" if t.claim_date else ""
        po = f" (by a transfer made on {fmt_date('en', d(t.paid_on))})" if t.paid_on else ""
        return (f"{g}\n\nThank you for letting me know{cl} that invoice {n}{amt} has been paid{po}.\n\n"
                "However, the payment has not reached my account yet. Bank transfers sometimes take a few extra days, and "
                "occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please send me "
                "the date and reference of the transfer, or a copy of the payment confirmation?\n\n"
                f"For reference, my bank details are:\n- Account name: {name}\n- IBAN: {o['iban']}\n- BIC (SWIFT): {o['bic']}\n"
                f"- Payment reference: {n}\n\nIf the transfer was made only in the last day or two, it is probably still on "
                f"its way, and there is no need to do anything further. Thank you for your help.\n\nKind regards,\n{name}")
    if t.tpl == "suspension":
        dl = d(t.deadline)
        return (f"{g}\n\nI am writing again about invoice {n}{amt}, which was due on {due} and remains unpaid.\n\n"
                f"If payment is not received by {fmt_date('en', dl)}, I may have to suspend work in progress and any services "
                f"I provide to you from {fmt_date('en', dl + dt.timedelta(days=1))} until the account is settled. If something "
                "is making payment difficult – for example, if you need to pay in instalments – please reply to this email "
                f"and we can agree a solution.\n\n{pay}\n\nKind regards,\n{name}")
    if t.tpl == "thank_you":
        return (f"{g}\n\nThank you for your payment{' of ' + A if A else ''} for invoice {n}"
                f"{', which I received on ' + fmt_date('en', d(t.paid_on)) if t.paid_on else ''}.\n\n"
                f"If there is anything else I can do for you, just let me know.\n\nKind regards,\n{name}")
    if t.tpl == "final":
        dl = fmt_date("en", d(t.deadline))
        iss = f", issued on {fmt_date('en', d(t.issue))}" if t.issue else ""
        who = t.to or ""
        return (f"Final notice before debt recovery\n\n{'To: ' + who + chr(10) if who else ''}Date: {fmt_date('en', today)}\n"
                f"Invoice: {n}{iss}, due on {due}\nAmount due: {A}\nPayment deadline: {dl}\n\n{g}\n\n"
                f"Despite my previous reminders, invoice {n}{amt}, which was due for payment on {due}, remains unpaid.\n\n"
                f"I therefore formally request payment of {A} by {dl}.\n\n"
                "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
                "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court proceedings.\n\n"
                f"I would much rather resolve this with you directly. If there is a reason for the delay, or if you would like "
                f"to propose a payment plan, please reply to this email before {dl}.\n\n"
                "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would help "
                f"if you could let me know the payment date so that I can update my records.\n\n{pay}\n\n"
                f"{'Yours sincerely,' if not g.startswith('Dear Sir') else 'Yours faithfully,'}\n{name}")
    if t.tpl == "statement":
        lines = []
        total = 0.0
        for num, amount, due_s, iss in t.invoices:
            total += float(amount)
            late = (today - d(due_s)).days
            lines.append(f"- {num}, issued on {fmt_date('en', d(iss))}, due on {fmt_date('en', d(due_s))} "
                         f"({late} {'day' if late == 1 else 'days'} overdue): {fmt_money('en', amount, cur)}")
        return (f"{g}\n\nAccording to my records, the following invoices are still outstanding:\n\n" + "\n".join(lines) +
                f"\n\nTotal due: {fmt_money('en', str(total), cur)}\n\n"
                f"Please arrange payment by {fmt_date('en', d(t.deadline))}. If some of these invoices have already been paid, "
                "thank you – please let me know which ones and the payment dates, so that I can update my records. If there "
                "is a problem with any of them, please reply to this email and we can sort it out.\n\n"
                f"The payment details are on the invoices, in the emails they were sent with.\n\nKind regards,\n{name}")
    raise ValueError(t.tpl)


# --------------------------------------------------------------------------------------------------
# Quoting styles of the usual mail clients
# --------------------------------------------------------------------------------------------------
def gt(lines: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in lines.split("\n"))


def hhmm(t: dt.datetime) -> str:
    return f"{t.hour}:{t.minute:02d}"


def attribution(style, lang, who, when: dt.datetime) -> str:
    wd, day, mon, yr = when.weekday(), when.day, when.month, when.year
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_DAY3[wd]} {day} {IT_MON3[mon - 1]} {yr} alle ore {hhmm(when)} {who} ha scritto:"
        if lang == "es":
            n, a = parseaddr(who)
            return f"El {ES_DAY3[wd]}, {day} {ES_MON3[mon - 1]} {yr} a las {hhmm(when)}, {n} (<{a}>) escribió:"
        return f"On {EN_DAYS[wd][:3]}, {day} {EN_MONTHS[mon - 1][:3]} {yr} at {hhmm(when)}, {who} wrote:"
    if style == "gmail-us":
        ampm = when.strftime("%I:%M %p").lstrip("0")
        return f"On {EN_DAYS[wd][:3]}, {EN_MONTHS[mon - 1][:3]} {day}, {yr} at {ampm} {who} wrote:"
    if style in ("apple", "iphone"):
        if lang == "it":
            return f"Il giorno {day} {IT_MON3[mon - 1]} {yr}, alle ore {when:%H:%M}, {who} ha scritto:"
        if lang == "es":
            return f"El {day} {ES_MON3[mon - 1]} {yr}, a las {when:%H:%M}, {who} escribió:"
        return f"On {day} {EN_MONTHS[mon - 1][:3]} {yr}, at {when:%H:%M}, {who} wrote:"
    if style == "thunderbird":
        n, _ = parseaddr(who)
        if lang == "it":
            return f"Il {when:%d/%m/%Y %H:%M}, {n} ha scritto:"
        if lang == "es":
            return f"El {when:%d/%m/%Y} a las {when:%H:%M}, {n} escribió:"
        return f"On {when:%d/%m/%Y %H:%M}, {n} wrote:"
    if style == "android":
        if lang == "it":
            return f"Il {day} {IT_MON3[mon - 1]} {yr} {when:%H:%M}, {who} ha scritto:"
        if lang == "es":
            return f"El {day}/{mon}/{yr} {when:%H:%M}, {who} escribió:"
        return f"On {day} {EN_MONTHS[mon - 1][:3]} {yr} {when:%H:%M}, {who} wrote:"
    raise ValueError(style)


def outlook_header(lang, frm, to, when: dt.datetime, subject, us=False) -> str:
    wd = when.weekday()
    if lang == "it":
        return (f"Da: {frm}\nInviato: {IT_DAYS[wd]} {when.day} {IT_MONTHS[when.month - 1]} {when.year} {when:%H:%M}\n"
                f"A: {to}\nOggetto: {subject}")
    if lang == "es":
        return (f"De: {frm}\nEnviado el: {ES_DAYS[wd]}, {when.day} de {ES_MONTHS[when.month - 1]} de {when.year} {when:%H:%M}\n"
                f"Para: {to}\nAsunto: {subject}")
    if us:
        t = when.strftime("%I:%M %p").lstrip("0")
        sent = f"{EN_DAYS[wd]}, {EN_MONTHS[when.month - 1]} {when.day}, {when.year} {t}"
    else:
        sent = f"{EN_DAYS[wd]}, {when.day} {EN_MONTHS[when.month - 1]} {when.year} {when:%H:%M}"
    return f"From: {frm}\nSent: {sent}\nTo: {to}\nSubject: {subject}"


# --------------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------------
def fake_pdf(title: str) -> bytes:
    text = title.encode("latin-1", "replace")
    stream = b"BT /F1 11 Tf 50 780 Td (" + text + b") Tj ET"
    return (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(stream)).encode() + b">>stream\n" + stream +
            b"\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


def fake_png(w=4, h=3) -> bytes:
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    raw = b"".join(b"\x00" + bytes([200, 200, 210] * w) for _ in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def enc_body(text: str, charset: str, cte: str) -> tuple[bytes, str]:
    """Return (encoded payload, header charset). charset 'outlook-latin1' = cp1252 bytes labelled iso-8859-1."""
    if charset == "outlook-latin1":
        raw, label = text.encode("cp1252"), "iso-8859-1"
    else:
        codec = {"utf-8": "utf-8", "iso-8859-1": "latin-1", "windows-1252": "cp1252", "us-ascii": "ascii"}[charset]
        raw, label = text.encode(codec), charset
    if cte == "quoted-printable":
        return quopri.encodestring(raw), label
    if cte == "base64":
        return base64.encodebytes(raw), label
    return raw, label


def leaf(ctype: str, text: str, charset: str, cte: str, extra: str = "") -> bytes:
    if ctype == "text/html":
        label0 = "iso-8859-1" if charset == "outlook-latin1" else charset
        text = text.replace("charset=utf-8", "charset=" + label0)
    payload, label = enc_body(text, charset, cte)
    if not payload.endswith(b"\n"):
        payload += b"\n"
    head = f'Content-Type: {ctype}; charset="{label}"\nContent-Transfer-Encoding: {cte}\n{extra}\n'
    return head.encode("ascii") + payload


def attachment(filename: str, ctype: str, data: bytes, inline=False) -> bytes:
    disp = "inline" if inline else "attachment"
    head = (f'Content-Type: {ctype}; name="{filename}"\nContent-Disposition: {disp}; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n")
    return head.encode("ascii") + base64.encodebytes(data)


def multipart(subtype: str, parts: list[bytes], boundary: str) -> bytes:
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode()]
    for p in parts:
        out.append(f"--{boundary}\n".encode() + p + b"\n")
    out.append(f"--{boundary}--\n".encode())
    return b"".join(out)


def hdr_text(s: str, charset="utf-8") -> str:
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, charset).encode()


def hdr_addr(a: str, charset="utf-8") -> str:
    out = []
    for part in a.split(",,"):  # ",," separates several addresses in our specs
        name, addr = parseaddr(part.strip())
        out.append(formataddr((name, addr), charset=charset) if name else addr)
    return ", ".join(out)


def text_to_html_paras(text: str) -> str:
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(html.escape(ln, quote=False) for ln in p.split("\n")) + "</p>" for p in paras)


def outlook_html(body: str, quote_head: str | None, quoted: str | None, font="Calibri") -> str:
    def mso(text):
        out = []
        for p in text.strip("\n").split("\n\n"):
            for ln in p.split("\n"):
                out.append(f'<p class="MsoNormal">{html.escape(ln, quote=False) if ln else "&nbsp;"}</p>')
            out.append('<p class="MsoNormal">&nbsp;</p>')
        return "\n".join(out)
    q = ""
    if quote_head:
        hd = "".join(f"<b>{html.escape(ln.split(':', 1)[0])}:</b>{html.escape(ln.split(':', 1)[1])}<br>"
                     for ln in quote_head.split("\n"))
        q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
             f'<p class="MsoNormal">{hd}</p>\n</div>\n' + mso(quoted or ""))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"{font}",sans-serif;}}\n'
            'span.EmailStyle17 {mso-style-type:personal-compose;}\n@page WordSection1 {size:612.0pt 792.0pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n<body lang="IT" link="#0563C1" vlink="#954F72">\n'
            '<div class="WordSection1">\n' + mso(body) + "\n" + q + "\n</div>\n</body>\n</html>\n")


def gmail_html(body: str, attrib: str | None, quoted: str | None) -> str:
    parts = ['<div dir="ltr">' + "<br>".join(
        html.escape(ln, quote=False) if ln else "" for ln in body.strip("\n").split("\n")).replace("<br><br>", "<div><br></div>") + "</div>"]
    if attrib:
        parts.append('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">' + html.escape(attrib) +
                     '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                     'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + text_to_html_paras(quoted or "") +
                     "</blockquote></div>")
    return "<html><head></head><body>" + "\n".join(parts) + "</body></html>\n"


def apple_html(body: str, attrib: str | None, quoted: str | None) -> str:
    b = "".join(f"<div>{html.escape(ln, quote=False) if ln else '<br>'}</div>" for ln in body.strip("\n").split("\n"))
    q = ""
    if attrib:
        q = (f'<div><br><blockquote type="cite"><div>{html.escape(attrib)}</div><br>'
             f'<div>{text_to_html_paras(quoted or "")}</div></blockquote></div>')
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            f'<body dir="auto">{b}{q}</body></html>\n')


# --------------------------------------------------------------------------------------------------
# One message
# --------------------------------------------------------------------------------------------------
MSGS: list[dict] = []


def M(**kw):
    MSGS.append(kw)


MUA_HEADERS = {
    "gmail": "",
    "outlook": "X-Mailer: Microsoft Outlook 16.0\nX-MS-Has-Attach: \nX-MS-TNEF-Correlator: \n",
    "outlook365": "X-MS-Has-Attach: \nX-MS-TNEF-Correlator: \nx-ms-exchange-messagesentrepresentingtype: 1\n",
    "apple": "X-Mailer: Apple Mail (2.3826.400.131.1.6)\n",
    "iphone": "X-Mailer: iPhone Mail (22B91)\n",
    "android": "",
    "thunderbird": "User-Agent: Mozilla Thunderbird\n",
    "webmail": "X-Mailer: Open-Xchange Mailer v7.10.6-Rev62\n",
    "roundcube": "User-Agent: Roundcube Webmail/1.6.9\n",
}


def message_id(rng: random.Random, mua: str, domain: str) -> str:
    if mua in ("gmail", "android"):
        s = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+") for _ in range(44))
        return f"<CA{s}@mail.gmail.com>"
    if mua.startswith("outlook"):
        a = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(14))
        b = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
        return f"<{a}{b}@AM9PR0{rng.randint(1, 9)}MB{rng.randint(1000, 9999)}.eurprd0{rng.randint(1, 9)}.prod.outlook.com>"
    u = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    u = f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
    return f"<{u}@{domain}>"


def build(idx: int, m: dict) -> tuple[bytes, dict]:
    rng = random.Random(f"r6h-{idx}")
    owner = m["owner"]
    o = OWNERS[owner]
    lang = m["lang"]
    tz = ZoneInfo(m.get("tz", o["tz"]))
    when = dt.datetime.fromisoformat(m["date"]).replace(tzinfo=tz)
    when = when.replace(second=rng.randint(0, 59))
    frm = m["frm"]
    from_name, from_addr = parseaddr(frm)
    domain = from_addr.split("@", 1)[1]
    mua = m.get("mua", "gmail")
    owner_full = f"{o['name']} <{o['addr']}>"
    t: T | None = m.get("thread")
    charset = m.get("charset", "utf-8")
    cte = m.get("cte", "8bit" if charset == "utf-8" else "quoted-printable")
    fmt = m.get("fmt", "plain")
    quote = m.get("quote", "none")
    body = m["body"].strip("\n") + "\n"

    subject = m.get("subject")
    irt = refs = None
    quoted = attrib = oheader = None
    if t is not None:
        sent = dt.datetime.fromisoformat(t.sent).replace(tzinfo=ZoneInfo(o["tz"]))
        # the reply is always after the letter it quotes
        assert sent < when, (idx, m["date"], t.sent)
        lsubj = letter_subject(lang, t)
        if subject is None:
            dflt = ({"it": "R:", "es": "RE:", "en": "RE:"}[lang] if mua.startswith("outlook") else "Re:")
            prefix = m.get("prefix", dflt)
            subject = f"{prefix} {lsubj}" if prefix else lsubj
        letter = render_letter(lang, owner, t, sent)
        if t.history:
            letter = letter + "\n\n" + t.history.strip("\n")
        irt = f"<{sent:%Y%m%d%H%M%S}.{hashlib.sha1((t.inv + t.tpl + t.sent).encode()).hexdigest()[:12]}@{o['addr'].split('@')[1]}>"
        prev = m.get("refs_before", [])
        refs = " ".join(prev + [irt])
        sent_local = sent.astimezone(tz) if m.get("quote_local", True) else sent
        quoted = letter
        if quote in ("gmail", "gmail-us", "apple", "iphone", "thunderbird", "android"):
            attrib = attribution(quote, lang, owner_full, sent_local)
        elif quote in ("outlook", "outlook-us", "outlook-orig"):
            oheader = outlook_header(lang, owner_full, frm if not m.get("to_in_quote") else m["to_in_quote"],
                                     sent_local, lsubj, us=(quote == "outlook-us"))
    assert subject, idx

    # ---- plain-text rendering of the reply with its quote
    def plain_with_quote() -> str:
        if quoted is None or quote == "none":
            return body
        if quote in ("gmail", "gmail-us", "thunderbird", "android"):
            return body + "\n" + attrib + "\n\n" + gt(quoted) + "\n"
        if quote == "apple":
            return body + "\n" + attrib + "\n\n" + gt(quoted) + "\n"
        if quote == "iphone":
            return body + "\n" + gt(attrib + "\n\n" + quoted) + "\n"
        if quote in ("outlook", "outlook-us"):
            return body + "\n" + "_" * 32 + "\n" + oheader + "\n\n" + quoted + "\n"
        if quote == "forward":
            sl = sent_local
            if lang == "it":
                dl = f"{IT_DAY3[sl.weekday()]} {sl.day} {IT_MON3[sl.month - 1]} {sl.year} alle ore {hhmm(sl)}"
                hd = f"Da: {owner_full}\nDate: {dl}\nSubject: {lsubj}\nTo: {frm}"
            elif lang == "es":
                dl = f"{ES_DAY3[sl.weekday()]}, {sl.day} {ES_MON3[sl.month - 1]} {sl.year} a las {hhmm(sl)}"
                hd = f"De: {owner_full}\nDate: {dl}\nSubject: {lsubj}\nTo: {frm}"
            else:
                dl = f"{EN_DAYS[sl.weekday()][:3]}, {sl.day} {EN_MONTHS[sl.month - 1][:3]} {sl.year} at {hhmm(sl)}"
                hd = f"From: {owner_full}\nDate: {dl}\nSubject: {lsubj}\nTo: {frm}"
            return body + "\n---------- Forwarded message ---------\n" + hd + "\n\n" + quoted + "\n"
        if quote == "outlook-orig":
            orig = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
                    "en": "-----Original Message-----"}[lang]
            return body + "\n" + orig + "\n" + oheader + "\n\n" + quoted + "\n"
        raise ValueError(quote)

    text = plain_with_quote()
    if m.get("sig_below_quote"):
        text = text + "\n" + m["sig_below_quote"].strip("\n") + "\n"

    def html_version() -> str:
        style = m.get("html_style", "outlook" if mua.startswith("outlook") else ("apple" if mua in ("apple", "iphone") else "gmail"))
        if style == "outlook":
            qh = oheader if oheader else (attrib if attrib else None)
            return outlook_html(body, qh if oheader else None, quoted if oheader else None)
        if style == "apple":
            return apple_html(body, attrib, quoted if attrib else None)
        return gmail_html(body, attrib, quoted if attrib else None)

    if fmt == "plain":
        root = leaf("text/plain", text, charset, cte, m.get("plain_extra", ""))
    elif fmt == "html":
        root = leaf("text/html", html_version(), charset, cte)
    elif fmt == "alt":
        bpre = {"gmail": "000000000000", "android": "000000000000", "apple": "Apple-Mail=_", "iphone": "Apple-Mail-"}.get(mua, "_000_")
        b = f"{bpre}{hashlib.md5(str(idx).encode()).hexdigest()[:20].upper() if bpre.startswith('Apple') else hashlib.md5(str(idx).encode()).hexdigest()[:20]}"
        root = multipart("alternative", [leaf("text/plain", text, charset, cte),
                                         leaf("text/html", html_version(), charset, m.get("html_cte", cte))], b)
    else:
        raise ValueError(fmt)
    atts = m.get("attach", [])
    if atts:
        parts = [root]
        for fn, ct, data in atts:
            parts.append(attachment(fn, ct, data))
        root = multipart("mixed", parts, f"mixed-{hashlib.md5(('x' + str(idx)).encode()).hexdigest()[:24]}")

    hcs = "iso-8859-1" if charset in ("outlook-latin1", "iso-8859-1", "windows-1252") and m.get("latin_headers", True) else "utf-8"
    try:
        subject.encode("latin-1")
    except UnicodeEncodeError:
        hcs = "utf-8"
    mid = message_id(rng, mua, domain)
    h = []
    h.append(f"Return-Path: <{from_addr}>")
    h.append(f"Date: {format_datetime(when)}")
    h.append(f"From: {hdr_addr(frm, hcs)}")
    h.append(f"To: {hdr_addr(m.get('to', owner_full), hcs)}")
    if m.get("cc"):
        h.append(f"Cc: {hdr_addr(m['cc'], hcs)}")
    h.append(f"Subject: {hdr_text(subject, hcs)}")
    h.append(f"Message-ID: {mid}")
    if irt:
        h.append(f"In-Reply-To: {irt}")
        h.append(f"References: {refs}")
    if mua.startswith("outlook"):
        h.append("Thread-Topic: " + hdr_text(subject.split(":", 1)[-1].strip(), hcs))
        h.append("Thread-Index: " + base64.b64encode(rng.randbytes(22)).decode())
        h.append("Content-Language: " + {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang])
    for extra in m.get("headers", []):
        h.append(extra)
    h.append("MIME-Version: 1.0")
    head = "\n".join(h) + "\n" + MUA_HEADERS.get(mua, "")
    raw = head.encode("ascii") + root

    lab = {"kind": m["kind"], "language": lang}
    for k_src, k_dst in (("amount", "amount"), ("currency", "currency"), ("ref", "reference"),
                         ("promised", "promised_date"), ("return_date", "return_date")):
        if m.get(k_src):
            lab[k_dst] = m[k_src]
    lab["note"] = m["note"]
    lab["_persona"] = m["persona"]
    lab["_date"] = when
    return raw, lab


# ----------------------------------------------------------------------------------------------- IT
GDPR_IT = ("Le informazioni contenute nella presente comunicazione e i relativi allegati possono essere riservate e "
           "sono destinate esclusivamente alle persone o alla Società sopraindicati. La diffusione, distribuzione e/o "
           "copiatura del documento trasmesso da parte di qualsiasi soggetto diverso dal destinatario è proibita, sia ai "
           "sensi dell'art. 616 c.p., che ai sensi del Regolamento UE 2016/679 (GDPR). Se avete ricevuto questo messaggio "
           "per errore, vi preghiamo di distruggerlo e di informarci immediatamente inviando un messaggio all'indirizzo "
           "e-mail del mittente.")

M(persona="Studio Dentistico Ferri", lang="it", owner="ar",
  frm="Dott.ssa Paola Ferri <amministrazione@studioferri.it>", mua="outlook",
  date="2026-12-04 09:40", charset="outlook-latin1", cte="quoted-printable", quote="outlook",
  thread=T("reminder", "38/2026", "610.00", due="2026-11-30", sent="2026-12-03 08:05",
           greet="Spett.le Studio Dentistico Ferri,"),
  body=f"""Buongiorno sig.ra Rossi,

mi scusi se le rispondo solo ora ma questa settimana, tra le ferie della segretaria e l'installazione del nuovo riunito, non ho avuto un attimo.
Ho girato il suo messaggio al nostro consulente, il dott. Bellini, che ci segue la contabilità: mi dice che la fattura 38 è stata pagata con bonifico il 2 dicembre, insieme agli altri fornitori del mese. Probabilmente non le risulta ancora per i tempi della banca.
Se entro la prossima settimana non lo vede accreditato mi faccia sapere e mi faccio mandare la contabile da lui.

Cordiali saluti

Dott.ssa Paola Ferri
Studio Dentistico Ferri
Via Garibaldi 14 – 24121 Bergamo
Tel. 035 218 4470

{GDPR_IT}
""",
  kind="client-reply-paid", ref="38/2026",
  note="Reported speech: the consultant says invoice 38 was paid by transfer on 2 December. Offer to send the receipt 'if it doesn't arrive' is not a hedge on the payment. Long Outlook quote of the reminder (cp1252 bytes labelled iso-8859-1) plus GDPR footer.")

M(persona="Benedetti Arredamenti", lang="it", owner="ar",
  frm="Carlo Benedetti <carlo.benedetti@benedettiarredamenti.it>", mua="gmail",
  date="2026-12-08 10:15", fmt="alt", cte="quoted-printable", quote="gmail",
  thread=T("reminder", "41/2026", "1830.00", due="2026-11-30", sent="2026-12-07 08:00",
           greet="Spett.le Benedetti Arredamenti srl,"),
  body="""Ciao Alessandra,
oggi che è festa e il negozio è chiuso finalmente riesco a rispondere con calma a tutti, scusa il ritardo.

Intanto complimenti ancora per il catalogo, lo abbiamo portato alla fiera di Verona e tutti ci chiedevano chi aveva fatto le foto. Ho dato il tuo numero a un paio di persone (uno è un mobiliere di Bassano, Zonta, vedi tu se ti interessa, a me è sembrato serio).

Per la fattura 41: ho sentito mia sorella, che segue lei l'amministrazione, e mi dice che non è ancora partita perché stavamo aspettando l'incasso di un cliente grosso, che è arrivato solo ieri. Parte venerdì con gli altri bonifici, me l'ha assicurato.

Poi volevo chiederti una cosa: a gennaio ci sarebbe da fare le foto della collezione outdoor, secondo te conviene farle in esterno o in studio? Il capannone a gennaio è un frigorifero e le modelle si lamentavano già a novembre :)
Fammi sapere anche i prezzi, così preparo il budget per il 2027.

Ciao e buona Immacolata
Carlo

--
Carlo Benedetti
Benedetti Arredamenti srl
Viale dell'Industria 22 – 36016 Thiene (VI)
""",
  kind="client-reply-promise", ref="41/2026", promised="2026-12-11",
  note="Long chatty mail; the one sentence that matters is in the middle: 'non è ancora partita ... Parte venerdì' (negation then promise). Sent Tuesday 8 Dec -> Friday 11 Dec. Reported speech via the sister.")

M(persona="Tecnoplast Veneta", lang="it", owner="dm",
  frm="Marina Zanon <contabilita@tecnoplastveneta.it>", mua="outlook", fmt="html", charset="utf-8",
  cte="quoted-printable", quote="outlook", date="2026-12-09 11:25",
  cc="Ufficio Acquisti <acquisti@tecnoplastveneta.it>",
  thread=T("due", "44/2026", "1708.00", due="2026-11-30", sent="2026-12-01 08:00",
           greet="Spett.le Tecnoplast Veneta S.p.A.,"),
  body=f"""Gentile Sig. Marchetti,

in riferimento al Suo sollecito, Le comunichiamo che la fattura in oggetto non è stata ancora messa in pagamento in quanto, in fase di verifica, è emersa una differenza rispetto all'ordine.

Il nuovo sito è stato molto apprezzato dalla Direzione e dall'ufficio commerciale e La ringraziamo per la disponibilità dimostrata durante tutto il progetto. Tuttavia nel preventivo n. 118 del 12/09/2026, da noi accettato, le revisioni grafiche erano comprese fino a un massimo di tre; in fattura troviamo invece una voce separata di "4 ore di revisioni aggiuntive" per 240,00 € + IVA, che non risulta concordata per iscritto.

Le chiediamo pertanto di emettere una nota di credito per tale importo, oppure di riemettere la fattura senza la voce in questione. Al ricevimento provvederemo al pagamento secondo i termini abituali.

Distinti saluti

Marina Zanon
Ufficio Amministrazione
TECNOPLAST VENETA S.p.A.
Via dell'Artigianato 7 – 31033 Castelfranco Veneto (TV)
Tel. +39 0423 491 200

AVVISO DI RISERVATEZZA: {GDPR_IT}
""",
  kind="client-reply-dispute",
  note="Polite dispute wrapped in compliments: a line of extra revisions was not agreed; they ask for a credit note and will pay only after it. 'provvederemo al pagamento' is conditional on the credit note, so dispute beats promise. HTML-only Outlook mail.")

M(persona="Tecnoplast Veneta", lang="it", owner="dm",
  frm="Marina Zanon <contabilita@tecnoplastveneta.it>", mua="outlook", fmt="alt", charset="outlook-latin1",
  cte="quoted-printable", quote="outlook", date="2026-12-17 15:02",
  thread=T("due", "44/2026", "1708.00", due="2026-11-30", sent="2026-12-01 08:00",
           greet="Spett.le Tecnoplast Veneta S.p.A.,"),
  body=f"""Gentile Sig. Marchetti,

confermiamo la ricezione della Sua nota di credito n. 5/2026 del 15/12/2026, che abbiamo regolarmente registrato.

Il saldo della fattura n. 44/2026, al netto della nota di credito (1.415,20 €), è stato inserito nella distinta di pagamento del 31/12/2026.

Cordiali saluti

Marina Zanon
Ufficio Amministrazione
TECNOPLAST VENETA S.p.A.

AVVISO DI RISERVATEZZA: {GDPR_IT}
""",
  kind="client-reply-promise", ref="44/2026", amount="1415.20", promised="2026-12-31",
  note="Dispute resolved by a credit note; the balance is scheduled in the payment run of 31/12/2026 (a future date, so a promise, not a payment). Amount is the net balance they will pay.")

M(persona="Tecnoplast Veneta", lang="it", owner="dm",
  frm="Marina Zanon <contabilita@tecnoplastveneta.it>", mua="outlook", fmt="plain", charset="outlook-latin1",
  cte="quoted-printable", quote="outlook", date="2027-01-07 09:12",
  thread=T("promise_followup", "44/2026", "1415.20", due="2026-11-30", sent="2027-01-05 08:30",
           promise_date="2026-12-31", greet="Spett.le Tecnoplast Veneta S.p.A.,"),
  body=f"""Buongiorno,

mi scuso per il disguido. Il pagamento non è partito il 31 perché la distinta di fine anno non è stata firmata: il dott. Zanetti, che autorizza i pagamenti, è stato assente per le festività fino a ieri.
L'ho già sollecitato e mi ha garantito che la firma lunedì, quindi l'accredito dovrebbe arrivarLe entro la metà della prossima settimana.

Cordiali saluti

Marina Zanon
Ufficio Amministrazione
TECNOPLAST VENETA S.p.A.

AVVISO DI RISERVATEZZA: {GDPR_IT}
""",
  kind="client-reply-promise", promised="2027-01-11",
  note="Negation first ('non è partito il 31'), then the payment order is signed Monday (Thu 7 Jan -> Mon 11 Jan); 'entro la metà della prossima settimana' is when it arrives, not when they pay. The quoted follow-up mentions 31 December: not the new promise.")

M(persona="Esposito Impianti", lang="it", owner="ar",
  frm="Gennaro Esposito <gennaro.esposito67@libero.it>", mua="iphone", quote="iphone",
  date="2026-11-16 22:47",
  thread=T("reminder", "36/2026", "915.00", due="2026-11-10", sent="2026-11-13 08:00",
           greet="Gentile Gennaro Esposito,"),
  body="""Buonasera signora Alessandra, scusate il ritardo.
Nun ve preoccupate che i soldi ci stanno, è che sto aspettando che mi paga il comune per i lavori della scuola di Casoria e finche non mi pagano loro sto proprio a secco. appena mi pagano vi pago, parola mia.
Statevi bene
Gennaro

Inviato da iPhone
""",
  kind="client-reply-promise",
  note="Neapolitan dialect, typos, no accent on 'finche'. 'appena mi pagano vi pago' = promise with no date (depends on the town council paying him).")

M(persona="Esposito Impianti", lang="it", owner="ar",
  frm="Gennaro Esposito <gennaro.esposito67@libero.it>", mua="webmail", quote="thunderbird",
  date="2026-12-10 12:30", charset="windows-1252", cte="8bit",
  thread=T("promise_followup", "36/2026", "915.00", due="2026-11-10", sent="2026-12-09 08:00",
           greet="Gentile Gennaro Esposito,"),
  body="""Signora buongiorno,
o bonifico l'ho fatto stamattina dalla banca, tutto quanto 915 euro, finalmente il comune ha pagato!!
Pero mo mi dovete fare una cortesia, mi rimandate la fattura con la partita iva nuova che quella vecchia della ditta individuale l'abbiamo chiusa, il commercialista mi sta facendo impazzire.
Grazie e scusate ancora
Gennaro Esposito
Esposito Impianti srls
""",
  kind="client-reply-paid", amount="915.00",
  note="Paid in full this morning, then an admin request (re-issue with new VAT number) which is not a dispute of the debt. Dialect ('o bonifico', 'mo'). windows-1252 8bit body.")

M(persona="Sala & Partners Comunicazione", lang="it", owner="ar",
  frm="Roberta Sala <r.sala@salapartners.it>", mua="gmail", quote="gmail", fmt="alt",
  date="2026-11-23 09:55",
  thread=T("invoice", "46/2026", "1903.20", due="2026-12-20", sent="2026-11-20 18:10",
           greet="Ciao Roberta,", what="il progetto del nuovo logo e dell'immagine coordinata per Ferretti Serramenti"),
  body="""Ciao Ale!

Allora, prima di tutto: il logo nuovo è piaciuto tantissimo al cliente, Franco l'ha già messo come immagine del profilo su WhatsApp, quindi direi missione compiuta 😄 grazie davvero, lavorare con te è sempre un piacere.

Detto questo, ti devo fare una nota sulla fattura, e scusa se te lo scrivo così. Al telefono ci eravamo dette 1.500 tutto compreso, e io il budget al cliente l'ho chiuso su quella cifra. In fattura invece vedo 1.500 + 4% di rivalsa + IVA, e così arriviamo quasi a 1.900. Il 4% e l'IVA per me non erano previsti, o almeno io avevo capito che fossero dentro.

Riusciamo a rivederla in modo che il totale sia 1.500? Se vuoi ne parliamo a voce, oggi sono in ufficio fino alle 6.

Un abbraccio
Roberta

Roberta Sala
Sala & Partners Comunicazione
Corso Magenta 40 – Milano
""",
  kind="client-reply-dispute", amount="1500.00",
  note="Dispute about the amount (they understood 1,500 all-inclusive) hidden between compliments and a hug; amount = the total she accepts. The text says 'la fattura', not its number. Reply to the original invoice mail.")

M(persona="Sala & Partners Comunicazione", lang="it", owner="ar",
  frm="Roberta Sala <r.sala@salapartners.it>", mua="iphone", quote="iphone",
  date="2026-11-26 17:40",
  thread=T("invoice", "46/2026", "1500.00", due="2026-12-31", sent="2026-11-26 12:02",
           greet="Ciao Roberta,", what="il nuovo logo per Ferretti Serramenti, nella versione corretta come concordato",
           subject="Fattura n. 46/2026 – versione corretta"),
  body="""Ricevuta, grazie mille! L'ho girata all'amministrazione, ci pensano loro.
Buona serata
R.

Inviato da iPhone
""",
  kind="client-reply-other",
  note="'Received, forwarded to accounts' after the corrected invoice: no payment claim, no promise. Quote contains the invoice and bank details.")

M(persona="Sala & Partners Comunicazione", lang="it", owner="ar",
  frm="Roberta Sala <r.sala@salapartners.it>", mua="gmail", quote="gmail",
  cc="Sonia Amministrazione <amministrazione@salapartners.it>",
  date="2027-01-11 10:20",
  thread=T("reminder", "46/2026", "1500.00", due="2026-12-31", sent="2027-01-08 08:00",
           greet="Spett.le Sala & Partners Comunicazione,"),
  body="""Ciao Ale, buon anno!
Strano, mi pare che l'amministrazione l'abbia pagata prima di Natale, o sbaglio? Ricordo che Sonia me l'aveva detto il 22 o il 23, quando abbiamo chiuso tutto prima delle ferie.
Ti metto in copia lei così ti manda la contabile.
Un bacio
R.
""",
  kind="client-reply-paid",
  note="Hedged, reported claim of payment ('mi pare che l'amministrazione l'abbia pagata prima di Natale, o sbaglio?'): still a claim that it was paid; no date fixed precisely.")

M(persona="Ottica Colombo", lang="it", owner="ar",
  frm="Federica Colombo <federica.colombo@ottica-colombo.it>", mua="gmail", quote="gmail",
  date="2026-11-25 11:05",
  thread=T("courtesy", "48/2026", "488.00", due="2026-11-30", issue="2026-10-31", sent="2026-11-24 08:00",
           greet="Spett.le Ottica Colombo,"),
  body="""Buongiorno Alessandra,
la fattura per le locandine va benissimo, nessun problema. L'unica cosa: da quest'anno il nostro gestionale non ci lascia registrare le fatture passive senza il numero d'ordine, e la commercialista mi ha appena rimbalzato la tua. Riesci a riemetterla (o a mandarmi una nota) indicando l'ordine n. OA-2026-118?
Scusa la seccatura, sono cose che decidono loro!
Federica

Ottica Colombo – Via Roma 3, Lecco
""",
  kind="client-reply-other",
  note="Invoice is fine, they need a PO number on it: a request, not a dispute, no payment claim or promise.")

M(persona="Ottica Colombo", lang="it", owner="ar",
  frm="Federica Colombo <federica.colombo@ottica-colombo.it>", mua="android", quote="android",
  date="2026-12-01 18:12",
  thread=T("invoice", "48/2026", "488.00", due="2026-11-30", sent="2026-11-25 15:30",
           greet="Ciao Federica,", what="le locandine della campagna autunnale (ordine n. OA-2026-118)",
           subject="Fattura n. 48/2026 con riferimento ordine OA-2026-118"),
  body="""Perfetta, pagata stamattina 🙏 dovresti vederla entro un paio di giorni. Grazie ancora per la pazienza!
F.
""",
  kind="client-reply-paid",
  note="Short mobile reply: 'pagata stamattina'.")

M(persona="Agriturismo Il Poggio", lang="it", owner="ar",
  frm="Francesca Lodi <info@ilpoggio-agriturismo.it>", mua="gmail", quote="gmail", fmt="alt", cte="base64",
  date="2026-12-19 21:30",
  thread=T("reminder", "43/2026", "640.00", due="2026-11-30", sent="2026-12-18 08:00",
           greet="Spett.le Agriturismo Il Poggio,"),
  body="""Cara Alessandra,
che vergogna, hai ragione! Ti scrivo finalmente con calma adesso che i ragazzi sono a letto.

Quest'anno la raccolta è stata infinita: abbiamo finito di frangere solo giovedì, l'olio è buonissimo (te ne tengo da parte due latte, non si discute). Poi ci si sono messi i pranzi aziendali di dicembre, tutti i sabati e le domeniche pieni, e Giacomo con la schiena bloccata. Insomma, le mail le ho lasciate indietro tutte, non solo la tua.

Per la fattura: scusami tantissimo, me n'ero proprio dimenticata. La pago dopo l'Epifania, quando chiudiamo per la pausa invernale e faccio tutti i conti in una volta – adesso sul conto c'è poco perché abbiamo appena pagato il frantoio e le tredicesime.

Le foto nuove del sito intanto stanno funzionando benissimo, abbiamo già tre prenotazioni per Pasqua che citano "la foto della piscina al tramonto" ahah. A primavera ti richiamo per le camere nuove, se ci sei.

Buon Natale a te e alla tua famiglia!
Francesca

Agriturismo Il Poggio – Montespertoli (FI)
""",
  kind="client-reply-promise",
  note="Long chatty mail; promise in the middle: 'La pago dopo l'Epifania' is vague (after 6 Jan, no fixed day) -> promise without promised_date. Base64 body.")

M(persona="Agriturismo Il Poggio", lang="it", owner="ar",
  frm="Francesca Lodi <info@ilpoggio-agriturismo.it>", mua="iphone", quote="iphone",
  date="2027-01-08 13:14",
  thread=T("promise_followup", "43/2026", "640.00", due="2026-11-30", sent="2027-01-08 08:00",
           greet="Spett.le Agriturismo Il Poggio,"),
  body="""Fatto! 🎉 Scusa ancora per l'attesa.
Le latte d'olio te le porto quando vengo a Milano a febbraio.
Baci
F.

Inviato da iPhone
""",
  kind="client-reply-paid",
  note="'Fatto!' with no payment verb, in reply to a follow-up about the payment = paid.")

M(persona="Mancuso Immobiliare", lang="it", owner="dm",
  frm="Sergio Mancuso <s.mancuso@mancusoimmobiliare.it>", mua="outlook", quote="outlook-orig",
  charset="windows-1252", cte="quoted-printable", date="2026-12-01 08:47",
  thread=T("reminder", "42/2026", "2440.00", due="2026-11-25", sent="2026-11-30 08:00",
           greet="Spett.le Mancuso Immobiliare,"),
  body="""Marchetti buongiorno,
le rispondo io visto che il sollecito lo manda a me.

Lei mi chiede i soldi ma il sito NON FUNZIONA. Da tre settimane il modulo contatti non manda le email, ce ne siamo accorti perché un cliente mi ha chiamato arrabbiato che aveva scritto 4 volte. Quante richieste abbiamo perso non lo sappiamo. Le ho scritto il 18 e il 24 e non ho avuto risposta.

Quando il sito funziona come si deve parliamo della fattura. Prima no.

Sergio Mancuso
Mancuso Immobiliare – Palermo
""",
  kind="client-reply-dispute",
  note="Threat / conditional refusal: 'we'll talk about the invoice when the site works' = work not as agreed, payment withheld.")

M(persona="Mancuso Immobiliare", lang="it", owner="dm",
  frm="Sergio Mancuso <s.mancuso@mancusoimmobiliare.it>", mua="android", quote="none",
  date="2026-12-11 19:03",
  thread=T("reminder", "42/2026", "2440.00", due="2026-11-25", sent="2026-11-30 08:00",
           greet="Spett.le Mancuso Immobiliare,"),
  body="""Ok, il modulo adesso funziona e le richieste arrivano, gliene do atto.
Il bonifico lo faccio entro il 15, ho gia detto alla banca.
Saluti
S.M.

Inviato da Libero Mail per Android
""",
  kind="client-reply-promise", promised="2026-12-15",
  note="The earlier dispute is settled; 'entro il 15' written on Fri 11 Dec = 15 Dec 2026.")

M(persona="Matteo Rinaldi", lang="it", owner="ar",
  frm="Matteo Rinaldi <matteo.rinaldi@gmail.com>", mua="gmail", quote="gmail",
  cc="Elena Guidi <studio@guidicommercialisti.it>", date="2026-11-26 20:15",
  thread=T("reminder", "33/2026", "427.00", due="2026-11-20", sent="2026-11-26 08:00",
           greet="Gentile Matteo Rinaldi,"),
  body="""Ciao Alessandra, scusa, io di queste cose non ci capisco niente 😅 ti metto in copia Elena, la mia commercialista, che segue lei i pagamenti e mi saprà dire.
Elena, mi controlli questa per favore?
Ciao
Matteo
""",
  kind="client-reply-other",
  note="Hands the reminder to his accountant (cc): no claim, no promise.")

M(persona="Matteo Rinaldi", lang="it", owner="ar",
  frm="Dott.ssa Elena Guidi <studio@guidicommercialisti.it>", mua="outlook", quote="outlook",
  cc="Matteo Rinaldi <matteo.rinaldi@gmail.com>", date="2026-11-30 10:30", fmt="alt",
  charset="outlook-latin1", cte="quoted-printable", prefix="R: I:",
  thread=T("reminder", "33/2026", "427.00", due="2026-11-20", sent="2026-11-26 08:00",
           greet="Gentile Matteo Rinaldi,"),
  attach=[("Contabile_bonifico_20112026.pdf", "application/pdf",
           fake_pdf("Contabile bonifico SEPA 20/11/2026 - EUR 427,00 - Rossi Alessandra"))],
  body="""Gentile Sig.ra Rossi,

sono Elena Guidi, la commercialista del sig. Matteo Rinaldi, che mi ha inoltrato il Suo sollecito.

Da un controllo sui movimenti del conto del mio cliente risulta che la fattura n. 33/2026 di 427,00 € è stata saldata con bonifico del 20/11/2026 (CRO 0306909X12345678). Le allego la contabile.

Resto a disposizione per qualsiasi chiarimento.

Cordiali saluti

Dott.ssa Elena Guidi
Studio Guidi – Commercialisti Associati
Via Santo Stefano 31 – 40125 Bologna
""",
  kind="client-reply-paid", ref="33/2026", amount="427.00",
  note="The client's accountant answers for him: paid by transfer of 20/11 with CRO and receipt attached. Subject 'R: I:' (reply to a forward).")

M(persona="Fondazione Arteviva", lang="it", owner="ar",
  frm="Chiara Fontana <chiara.fontana@fondazionearteviva.org>", mua="outlook", quote="outlook", fmt="html",
  date="2026-11-16 12:10",
  thread=T("invoice", "47/2026", "1220.00", due="2026-11-30", sent="2026-11-02 16:40",
           greet="Gentile Chiara,", what="progetto grafico, impaginazione e traduzione inglese del catalogo \"Segni del Novecento\""),
  body="""Gentile Alessandra,

ho ricevuto la fattura, grazie. Prima di sottoporla al Consiglio per l'approvazione vorrei però capire meglio la voce relativa alla traduzione: sarebbe possibile sentirci domani in tarda mattinata? Il mio numero diretto è 02 8907 3311.

Cordiali saluti

Chiara Fontana
Responsabile amministrativa
Fondazione Arteviva ETS
""",
  kind="client-reply-other",
  note="Asks for a call about one line before approval: a question, not yet a dispute (no claim the line is wrong).")

M(persona="Fondazione Arteviva", lang="it", owner="ar",
  frm="Chiara Fontana <chiara.fontana@fondazionearteviva.org>", mua="outlook", quote="outlook", fmt="html",
  date="2026-12-16 16:40",
  thread=T("reminder", "47/2026", "1220.00", due="2026-11-30", sent="2026-12-15 08:00",
           greet="Spett.le Fondazione Arteviva ETS,"),
  body="""Gentile Alessandra,

La ringrazio per il messaggio e mi scuso per il ritardo con cui rispondo.

Le comunico che in data odierna abbiamo disposto il pagamento di 800,00 € relativo alla parte di progettazione grafica e impaginazione del catalogo "Segni del Novecento", che il Comitato scientifico ha trovato pienamente conforme a quanto concordato.

Per quanto riguarda invece la voce "traduzione inglese dei testi" (420,00 €), purtroppo abbiamo riscontrato numerosi errori e imprecisioni terminologiche, tanto che la revisione è stata rifatta internamente dalla nostra curatrice prima della stampa. Per questo motivo non riteniamo di poter corrispondere tale importo e Le chiediamo di emettere una nota di credito a storno parziale della fattura n. 47/2026.

Resto a disposizione per un confronto telefonico, se lo ritiene utile.

Cordiali saluti

Chiara Fontana
Responsabile amministrativa
Fondazione Arteviva ETS
Palazzo Greppi, Via Manin 12 – 20121 Milano
""",
  kind="client-reply-dispute", ref="47/2026", amount="800.00",
  note="Partial payment (800.00 paid today) + refusal of the rest with a credit note request = dispute.")

M(persona="Villa Eventi", lang="it", owner="dm",
  frm="Marco Villa <marco.villa@villaeventi.com>", mua="iphone", quote="iphone",
  date="2026-12-02 18:30",
  thread=T("reminder", "40/2026", "3050.00", due="2026-11-27", sent="2026-12-02 08:00",
           greet="Spett.le Villa Eventi srl,"),
  body="""Ciao Davide,
hai ragione e ti dico la verità: non è ancora partito. Ho avuto due matrimoni nel weekend e ho perso il filo.
Ma parte domani mattina, la distinta è già pronta, la firmo appena arrivo in ufficio.
Scusa ancora
Marco

Inviato da iPhone
""",
  kind="client-reply-promise", promised="2026-12-03",
  note="'non è ancora partito ma parte domani mattina': negation + promise for tomorrow (Wed 2 Dec -> 3 Dec).")

M(persona="Villa Eventi", lang="it", owner="dm",
  frm="Marco Villa <marco.villa@villaeventi.com>", mua="gmail", quote="gmail",
  date="2026-12-23 11:00",
  thread=T("thank_you", "40/2026", "3050.00", sent="2026-12-22 09:00", paid_on="2026-12-04",
           greet="Spett.le Villa Eventi srl,"),
  body="""Grazie a te Davide!
Buone feste e ci sentiamo a gennaio per il sito della location nuova 🎄
Marco
""",
  kind="client-reply-other",
  note="Misleading quote: the quoted letter says 'confermo di aver ricevuto il pagamento'; the new text is only season's greetings.")

M(persona="Villa Eventi", lang="it", owner="dm",
  frm="Marco Villa <marco.villa@villaeventi.com>", mua="gmail", quote="gmail", fmt="alt",
  date="2027-01-20 09:30",
  thread=T("reminder", "55/2026", "1200.00", due="2027-01-15", sent="2027-01-19 08:00",
           greet="Spett.le Villa Eventi srl,"),
  body="""Buongiorno Davide,
purtroppo su questa non riusciamo prima del 28: il 28 ci entra il saldo della fiera di Rimini e a quel punto sistemiamo tutti i fornitori in un colpo.
So che è in ritardo, abbi pazienza ancora una settimana.
Marco
""",
  kind="client-reply-promise", promised="2027-01-28",
  note="'non riusciamo prima del 28' = promise for the 28th (Jan 2027, still ahead).")

M(persona="Cantina Testa", lang="it", owner="ar",
  frm="Giorgio Testa <g.testa@cantinatesta.it>", mua="thunderbird", quote="thunderbird",
  date="2026-11-30 19:45",
  thread=T("reminder", "37/2026", "1464.00", due="2026-11-20", sent="2026-11-27 08:00",
           greet="Spett.le Cantina Testa,"),
  body="""Ciao Alessandra,
dovrebbe essere partito la settimana scorsa, se non sbaglio l'ha fatto mia moglie insieme a quello della tipografia (che era per le stesse etichette, tra l'altro!). Stasera controllo sull'home banking e ti faccio sapere.

Intanto ti ringrazio ancora: le etichette del Riserva sono piaciute tantissimo e alla degustazione di sabato tutti le fotografavano.

Giorgio
--
Cantina Testa – Soc. Agr. Testa Giorgio e figli
Loc. Caselle 12 – Barolo (CN)
""",
  kind="client-reply-paid",
  note="Hedged payment claim ('dovrebbe essere partito la settimana scorsa ... controllo e ti faccio sapere'): the client believes it is paid; no promise.")

M(persona="Cantina Testa", lang="it", owner="ar",
  frm="Giorgio Testa <g.testa@cantinatesta.it>", mua="thunderbird", quote="thunderbird",
  date="2027-01-26 08:10",
  thread=T("courtesy", "3/2027", "732.00", due="2027-01-31", issue="2027-01-08", sent="2027-01-25 08:00",
           greet="Spett.le Cantina Testa,"),
  body="""Buongiorno Alessandra,
mi rimandi la fattura 3? Non la trovo più da nessuna parte, credo sia finita nello spam o l'abbia cancellata mio figlio che mi sistema la posta.
E per favore confermami l'IBAN, che a dicembre la banca mi ha detto che uno dei bonifici ai fornitori era tornato indietro e non so più quale.
Grazie
Giorgio Testa
""",
  kind="client-reply-other", ref="3/2027",
  note="Send the invoice again + confirm IBAN: questions only. 'uno dei bonifici ... era tornato indietro' is about some other supplier payment, not a claim about this invoice.")

M(persona="Hotel Belvedere Garda", lang="it", owner="dm",
  frm="Valentina Moretti <valentina.moretti@hotelbelvedere-garda.it>", mua="outlook", quote="outlook",
  charset="outlook-latin1", cte="quoted-printable", fmt="alt", date="2026-11-17 15:20",
  thread=T("reminder", "39/2026", "2196.00", due="2026-10-31", sent="2026-11-16 08:00",
           greet="Spett.le Hotel Belvedere,"),
  body="""Gentile Davide,

le chiedo scusa davvero, e non per formalità. La sua fattura n. 39/2026 era finita in una cartella della casella del vecchio responsabile amministrativo, che ci ha lasciati a fine settembre, e nessuno l'ha vista fino a stamattina, quando ho fatto il giro di tutte le mail arretrate. Mi dispiace molto, anche perché il lavoro sul sistema di prenotazione è stato impeccabile e la stagione è andata benissimo anche grazie a quello.

Ho dato disposizione oggi stesso di inserirla nel pagamento fornitori di fine mese, che è il primo utile: non riesco ad anticiparlo perché la distinta la firma il titolare, che rientra solo a fine novembre.

Grazie per la pazienza e ancora scuse,

Valentina Moretti
Direzione amministrativa
Hotel Belvedere *** – Garda (VR)
""",
  kind="client-reply-promise", ref="39/2026", promised="2026-11-30",
  note="Long apology, then 'pagamento fornitori di fine mese' written 17 Nov = 30 Nov 2026. 'non riesco ad anticiparlo' is a negation about paying earlier.")

M(persona="Hotel Belvedere Garda", lang="it", owner="dm",
  frm="Valentina Moretti <valentina.moretti@hotelbelvedere-garda.it>", mua="outlook", quote="outlook",
  fmt="alt", date="2027-01-12 10:00",
  thread=T("invoice", "1/2027", "1464.00", due="2027-01-31", sent="2027-01-04 11:00",
           greet="Gentile Valentina,", what="le 12 giornate di assistenza e manutenzione del sistema di prenotazione (novembre–dicembre)"),
  attach=[("registro_presenze.png", "image/png", fake_png(6, 4))],
  body="""Buongiorno Davide, buon anno!

ho controllato la fattura n. 1/2027 con i registri delle presenze: in fattura sono indicate 12 giornate di assistenza tra novembre e dicembre, ma dai fogli firmati in reception ne risultano 10 (ti allego lo screenshot del registro). Forse ci sono due giornate in remoto che non sono state segnate? In ogni caso, così com'è non riesco a farla passare.

Noi possiamo pagare subito le 10 giornate; per le altre 2 ti chiederei una nota di credito, oppure mandami il dettaglio e ne parliamo.

Valentina
""",
  kind="client-reply-dispute", ref="1/2027",
  note="Contests 2 of 12 days; offers to pay only the undisputed part and asks a credit note for the rest = dispute (beats the partial promise). Screenshot attached.")

M(persona="Hotel Belvedere Garda", lang="it", owner="dm",
  frm="Valentina Moretti <valentina.moretti@hotelbelvedere-garda.it>", mua="outlook", quote="none",
  date="2027-02-10 09:20", subject="R: Nota di credito n. 1/2027",
  thread=T("invoice", "1/2027", sent="2027-02-08 17:00", subject="Nota di credito n. 1/2027"),
  body="""Buongiorno Davide,
ricevuta la nota di credito, tutto a posto, grazie per la disponibilità.

Intanto volevo chiederti se a marzo hai un po' di tempo per rifare la sezione "Offerte" del sito prima di Pasqua: vorremmo i pacchetti con la spa prenotabili direttamente. Ti mando un brief la settimana prossima, così mi dici tempi e costi.

Buona giornata
Valentina Moretti
Hotel Belvedere *** – Garda (VR)
""",
  kind="client-reply-other",
  note="Acknowledges the credit note and talks about new work; says nothing about paying.")

M(persona="Pellegrini Yoga", lang="it", owner="ar",
  frm="Silvia Pellegrini <silvia@pellegriniyoga.it>", mua="apple", quote="apple", fmt="alt",
  date="2026-12-09 08:30",
  thread=T("invoice", "51/2026", "120.00", due="2026-12-31", sent="2026-12-07 14:20",
           greet="Ciao Silvia,", what="le locandine del ritiro di dicembre"),
  body="""Ciao Alessandra!! Tutto bene? Qui dicembre è una follia, corsi pieni 🧘‍♀️

Guarda, credo che ci sia un errore: questa 51/2026 è per le locandine del ritiro di dicembre, ma me le avevi già fatturate a ottobre insieme ai volantini (era la 45/2026, quella da 310 €, che ti ho pagato a novembre). Quindi mi sa che è un doppione… me la annulli?
Se invece è un'altra cosa che non ho capito dimmelo eh!

Un abbraccio e a presto
Silvia
""",
  kind="client-reply-dispute", ref="51/2026",
  note="Already billed (duplicate of 45/2026). 'ti ho pagato a novembre' is about the other invoice: not a payment of this one.")

M(persona="Greco Costruzioni", lang="it", owner="ar",
  frm="Antonio Greco <amministrazione@grecocostruzioni.it>", mua="outlook", quote="none",
  charset="outlook-latin1", cte="quoted-printable", date="2026-12-03 17:55", prefix="I:",
  thread=T("reminder", "34/2026", "2318.00", due="2026-11-30", sent="2026-12-02 08:00",
           greet="Spett.le Greco Costruzioni srl,"),
  attach=[("contabile_bonifico.pdf", "application/pdf", fake_pdf("Esito disposizione bonifico SEPA EUR 2.318,00"))],
  body="""Buonasera,
in allegato la contabile del bonifico effettuato oggi.
Cordiali saluti
Antonio Greco

---------- Messaggio inoltrato ----------
Da: BCC Alta Murgia - Servizi Online <avvisi@bcc-altamurgia.it>
Data: gio 3 dic 2026 alle ore 17:41
Oggetto: Esito disposizione di bonifico SEPA
A: amministrazione@grecocostruzioni.it

Gentile Cliente,
la disposizione di bonifico SEPA da Lei inserita è stata eseguita.

Ordinante: GRECO COSTRUZIONI SRL
Beneficiario: ROSSI ALESSANDRA
IBAN beneficiario: IT60X0542811101000000123456
Importo: 2.318,00 EUR
Data esecuzione: 03/12/2026
Causale: SALDO FATT. 34/2026
CRO/TRN: 0876543210987654321

Questa è una comunicazione automatica, si prega di non rispondere.
""",
  kind="client-reply-paid", ref="34/2026", amount="2318.00",
  note="Client forwards the bank's execution notice ('I:' subject) with one line: the transfer was made today. Not a payment-notification: it is the client writing.")

M(persona="Greco Costruzioni", lang="it", owner="ar",
  frm="Antonio Greco <amministrazione@grecocostruzioni.it>", mua="outlook", quote="outlook",
  charset="outlook-latin1", cte="quoted-printable", date="2026-12-14 09:05",
  thread=T("statement", "34/2026", sent="2026-12-11 08:00", deadline="2026-12-21",
           invoices=[("34/2026", "2318.00", "2026-11-30", "2026-10-30"), ("49/2026", "976.00", "2026-12-10", "2026-11-30")],
           greet="Spett.le Greco Costruzioni srl,"),
  body="""Buongiorno,
rispondo al riepilogo:
- la 34/2026 vi è stata pagata il 3 dicembre, la contabile ve l'avevo già girata lo stesso giorno;
- la 49/2026 la paghiamo a 60 gg data fattura fine mese come concordato all'ordine, quindi il 31 gennaio.

Saluti
Antonio Greco
Greco Costruzioni srl
""",
  kind="client-reply-promise", ref="49/2026", promised="2027-01-31",
  note="Two invoices, two fates: 34/2026 already paid, 49/2026 will be paid on 31 January -> promise (the rule for two invoices). Reference is the promised one.")

M(persona="Ricci Motors", lang="it", owner="ar",
  frm="Paolo Ricci <paolo.ricci@riccimotors.it>", mua="outlook", quote="outlook", fmt="html",
  date="2026-11-09 12:40",
  thread=T("invoice", "35/2026", "1586.00", due="2026-11-30", sent="2026-11-06 10:00",
           greet="Gentile Paolo,", what="il servizio fotografico del parco auto e le riprese aeree del piazzale"),
  body="""Alessandra buongiorno,

non capisco questa fattura. Le riprese col drone del piazzale non sono mai state fatte: quel giorno pioveva e ci eravamo detti che le avresti rifatte in primavera con la bella stagione. In fattura invece ci sono, 450 euro. Le foto delle auto sì, quelle sono arrivate e sono belle, niente da dire.

Io non pago per qualcosa che non ho ricevuto. Mandami una fattura solo per le foto e la pago subito.

Paolo Ricci
Ricci Motors srl – Concessionaria
Via Emilia Ovest 211 – Modena
""",
  kind="client-reply-dispute",
  note="Work not done (drone footage) billed; refuses to pay until re-invoiced. 'la pago subito' is conditional on a new invoice: dispute.")

M(persona="Ferramenta Fabbri", lang="it", owner="dm",
  frm="Daniele Fabbri <daniele@ferramentafabbri.it>", mua="android", quote="android",
  date="2026-12-18 07:52",
  thread=T("invoice", "53/2026", "1098.00", due="2027-01-15", sent="2026-12-15 18:00",
           greet="Ciao Daniele,", what="la realizzazione dell'e-commerce"),
  body="""DAVIDE SCUSA MA LA FATTURA E' SBAGLIATA. AVEVAMO DETTO 700 + IVA PER L'E-COMMERCE BASE E QUI CI SONO 900 + IVA. I 200 IN PIU' DI COSA SONO??? IO NON HO CHIESTO NIENTE IN PIU'
CHIAMAMI
DANIELE FABBRI
FERRAMENTA FABBRI SNC
""",
  kind="client-reply-dispute",
  note="ALL CAPS, wrong amount claimed (agreed 700 + VAT, billed 900 + VAT).")

M(persona="Ferramenta Fabbri", lang="it", owner="dm",
  frm="Daniele Fabbri <daniele@ferramentafabbri.it>", mua="android", quote="android",
  date="2027-01-11 11:20",
  thread=T("reminder", "50/2026", "854.00", due="2026-12-31", sent="2027-01-08 08:00",
           greet="Spett.le Ferramenta Fabbri snc,"),
  body="""Ciao Davide,
sono in un momento un po' così con la banca: mi hanno rinnovato il fido ma manca ancora la firma del direttore di filiale. Se me lo sbloccano entro giovedì, venerdì ti pago tutto; altrimenti slitta alla settimana dopo, ma comunque non oltre.
Scusa, non è mio costume.
Daniele
""",
  kind="client-reply-promise", promised="2027-01-15",
  note="Conditional promise: 'se me lo sbloccano entro giovedì, venerdì ti pago tutto' (Mon 11 Jan -> Fri 15 Jan), fallback the week after. The only day the text fixes is Friday.")

M(persona="Benedetti Arredamenti", lang="it", owner="ar",
  frm="Carlo Benedetti <carlo.benedetti@benedettiarredamenti.it>", mua="gmail", quote="gmail",
  date="2027-01-13 12:00", subject="Re: Pagamento ricevuto – fattura n. 41/2026",
  thread=T("thank_you", "41/2026", "1830.00", sent="2026-12-14 09:00", paid_on="2026-12-11",
           greet="Spett.le Benedetti Arredamenti srl,"),
  body="""Ciao Alessandra, rispondo qui che faccio prima.
La 52 invece non è ancora partita, mia sorella la mette nei bonifici di lunedì insieme agli altri fornitori di dicembre.
Ciao
Carlo
""",
  kind="client-reply-promise", ref="52/2026", promised="2027-01-18",
  note="Misleading quote: replies on the old 'pagamento ricevuto' thread for 41/2026, but the new text is about 52/2026, not yet paid, to go out Monday (Wed 13 Jan -> Mon 18 Jan). 'La 52' -> 52/2026.")

M(persona="Birrificio Bertolini", lang="it", owner="dm",
  frm="Luca Bertolini <luca@birrificiobertolini.it>", mua="apple", quote="apple",
  cc="Erica Sartori <erica@birrificiobertolini.it>", date="2026-12-21 13:00",
  thread=T("courtesy", "54/2026", "671.00", due="2026-12-31", issue="2026-12-15", sent="2026-12-21 08:00",
           greet="Spett.le Birrificio Bertolini,"),
  body="""Ciao Davide, la giro a mia cognata Erica che tiene lei la cassa e i pagamenti del birrificio, ci pensa lei.
Erica, ti metto in copia.
Lu
""",
  kind="client-reply-other",
  note="Passes it to the person who pays (cc); 'ci pensa lei' is not a promise by the client.")

M(persona="Birrificio Bertolini", lang="it", owner="dm",
  frm="Luca Bertolini <luca@birrificiobertolini.it>", mua="iphone", quote="iphone",
  date="2027-01-13 08:40",
  thread=T("reminder", "54/2026", "671.00", due="2026-12-31", sent="2027-01-12 08:00",
           greet="Spett.le Birrificio Bertolini,"),
  body="""Ciao Davide, Erica mi dice che l'ha fatto ieri sera da app, 671 euro. Se non arriva dimmelo.
Ciao!
Luca

Inviato da iPhone
""",
  kind="client-reply-paid", amount="671.00",
  note="Reported speech: his sister-in-law says she paid it last night from the app (671).")

M(persona="Cooperativa Sociale Il Girasole", lang="it", owner="ar",
  frm="Rita Monti <amministrazione@coopilgirasole.it>", mua="roundcube", quote="thunderbird",
  date="2026-12-18 12:30",
  thread=T("courtesy", "56/2026", "390.00", due="2026-12-31", issue="2026-12-01", sent="2026-12-17 08:00",
           greet="Spett.le Cooperativa Sociale Il Girasole,"),
  body="""Ciao Alessandra,
ti confermo che la tua fattura è stata approvata dal consiglio di amministrazione di ieri sera, insieme alle altre di fine anno. Verrà pagata il giorno venti gennaio, con la prima tranche dei pagamenti del 2027: so che è qualche settimana dopo la scadenza, ma come cooperativa sociale abbiamo i flussi legati ai contributi regionali e prima di quella data non abbiamo liquidità. Spero non sia un problema.
Buone feste!
Rita

--
Rita Monti – Amministrazione
Cooperativa Sociale Il Girasole – Onlus
""",
  kind="client-reply-promise", promised="2027-01-20",
  note="Date in words: 'il giorno venti gennaio' = 2027-01-20. Approval of the invoice is not payment.")

M(persona="Cooperativa Sociale Il Girasole", lang="it", owner="ar",
  frm="Rita Monti <amministrazione@coopilgirasole.it>", mua="roundcube", quote="thunderbird",
  date="2026-12-02 09:40",
  thread=T("invoice", "56/2026", "390.00", due="2026-12-31", sent="2026-12-01 17:30",
           greet="Buongiorno Rita,", what="i pieghevoli per il mercatino di Natale"),
  body="""Buongiorno Alessandra,
una domanda prima di registrarla: l'IBAN che c'è in fattura è diverso da quello che abbiamo in anagrafica (finiva con 4471). Hai cambiato conto? Preferisco chiedere, di questi tempi con le truffe non si sa mai.
Grazie
Rita
""",
  kind="client-reply-other",
  note="New IBAN? question before registering the invoice; no claim.")

M(persona="Galli Gioielli", lang="it", owner="ar",
  frm="Simona Galli <simona@galligioielli.it>", mua="apple", quote="apple", fmt="alt",
  date="2026-11-24 18:20",
  thread=T("invoice", "44/2026", "1800.00", due="2026-12-20", sent="2026-11-20 11:00",
           greet="Ciao Simona,", what="lo shooting della collezione Luna per il catalogo invernale"),
  body="""Ciao Alessandra,
ho visto le foto definitive del catalogo e sono bellissime, la collezione Luna non è mai stata così bene.

Ti devo però chiedere una cosa un po' antipatica: le foto sono arrivate una settimana dopo la data che ci eravamo date, e per questo abbiamo dovuto spostare la campagna del Black Friday con l'agenzia e pagare un extra per riprogrammare gli annunci. Ti chiederei uno sconto del 15% sulla fattura, mi sembra giusto dividere un po' il danno. Se sei d'accordo mandami la fattura corretta e la pago subito.

Fammi sapere,
Simona

Galli Gioielli – Valenza (AL)
""",
  kind="client-reply-dispute",
  note="Compliments, then a request for a 15% discount because of late delivery; payment conditional on a corrected invoice = dispute.")


# ----------------------------------------------------------------------------------------------- ES
RGPD_ES = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden "
           "contener información confidencial. Si no es usted el destinatario indicado, queda notificado de que la "
           "utilización, divulgación y/o copia sin autorización está prohibida en virtud de la legislación vigente. "
           "De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de "
           "que sus datos de contacto forman parte de un fichero cuyo responsable es la empresa remitente, con la "
           "finalidad de mantener la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión "
           "y oposición dirigiéndose por escrito a la dirección que figura en la firma.")

M(persona="Gil Abogados", lang="es", owner="lm",
  frm="Marta Gil Pardo <mgil@gilabogados.es>", mua="outlook", quote="outlook", fmt="alt",
  charset="outlook-latin1", cte="quoted-printable", date="2026-12-11 12:20",
  thread=T("reminder", "2026-052", "968.00", due="2026-12-05", sent="2026-12-10 08:00",
           greet="Estimados señores:"),
  body=f"""Hola Lucía:

Te contesto rápido que estoy entre dos juicios. En principio se pagó el día 3, me lo confirma Maite, nuestra contable, que hizo la remesa de proveedores ese día. Si no te ha llegado dímelo y lo miramos con el banco, porque a veces las transferencias a otra entidad tardan un par de días.

Un abrazo,
Marta

Marta Gil Pardo
Socia directora
GIL ABOGADOS
C/ Velázquez 52, 3.º izda. – 28001 Madrid
T. 91 435 22 10

{RGPD_ES}
""",
  kind="client-reply-paid",
  note="'En principio se pagó el día 3' (hedged + reported: the accountant confirms) = paid claim. The offer to check with the bank is conditional on non-arrival.")

M(persona="Gil Abogados", lang="es", owner="lm",
  frm="Marta Gil Pardo <mgil@gilabogados.es>", mua="iphone", quote="iphone",
  date="2027-01-19 18:05",
  thread=T("due", "2026-067", "1210.00", due="2027-01-18", sent="2027-01-19 08:00",
           greet="Estimados señores:"),
  body="""Lucía, perdona, hoy no me da tiempo: tengo la tarde de juicio y mañana vista en Alcalá. El jueves lo hago sin falta, que estoy todo el día en el despacho.
Marta

Enviado desde mi iPhone
""",
  kind="client-reply-promise", promised="2027-01-21",
  note="'hoy no ... el jueves lo hago' (not today, Thursday) written Tue 19 Jan -> Thu 21 Jan.")

M(persona="Construcciones Arrieta", lang="es", owner="lm",
  frm="Iñaki Arrieta <administracion@construccionesarrieta.es>", mua="outlook", quote="outlook",
  charset="windows-1252", cte="quoted-printable", date="2026-11-16 10:05",
  thread=T("courtesy", "2026-049", "2662.00", due="2026-11-20", issue="2026-10-21", sent="2026-11-13 08:00",
           greet="Estimados señores:"),
  body=f"""Buenos días Lucía:

Recibido. Te confirmo que la factura 2026-049 está conformada por obra y entra en la remesa del 25, como todas las de proveedores de este mes. No hace falta que la vuelvas a mandar.

Un saludo,

Iñaki Arrieta
Dpto. Administración
Construcciones Arrieta S.L.
Polígono Ugaldeguren I, parcela 14 – 48170 Zamudio (Bizkaia)
Tel. 944 52 17 80

Antes de imprimir este correo, piensa si es necesario.
{RGPD_ES}
""",
  kind="client-reply-promise", ref="2026-049", promised="2026-11-25",
  note="'entra en la remesa del 25' written 16 Nov = 25 Nov 2026. 'Recibido' and 'conformada' are not payment.")

M(persona="Construcciones Arrieta", lang="es", owner="lm",
  frm="Iñaki Arrieta <administracion@construccionesarrieta.es>", mua="outlook", quote="none",
  charset="windows-1252", cte="quoted-printable", date="2026-11-26 09:30",
  thread=T("courtesy", "2026-049", "2662.00", due="2026-11-20", issue="2026-10-21", sent="2026-11-13 08:00",
           greet="Estimados señores:"),
  body="""Lucía, buenos días:

Te reenvío el aviso del banco de la remesa de ayer, para que lo tengas.

Un saludo,
Iñaki

-----Mensaje original-----
De: Kutxa Online - Avisos <avisos@kutxaonline-avisos.es>
Enviado el: miércoles, 25 de noviembre de 2026 18:02
Para: administracion@construccionesarrieta.es
Asunto: Remesa de transferencias ejecutada

Le informamos de que la remesa de transferencias SEPA n.º 2026/0471 ha sido ejecutada con fecha 25/11/2026.

Número de órdenes: 14
Importe total de la remesa: 48.211,37 EUR

Detalle (extracto):
Orden 09 | Beneficiario: MARTIN LUCIA | IBAN: ES91 **** **** **** **** 1332 | Importe: 2.662,00 EUR | Concepto: FRA 2026-049

Puede consultar el detalle completo de la remesa en su banca online.
Este es un mensaje automático, por favor no responda a este correo.
""",
  kind="client-reply-paid", ref="2026-049", amount="2662.00",
  note="Client forwards the bank's batch-execution notice: her line is 2,662.00 (the 48,211.37 batch total is a distractor). Human forward, so client-reply-paid, not payment-notification.")

M(persona="Construcciones Arrieta", lang="es", owner="lm",
  frm="Iñaki Arrieta <administracion@construccionesarrieta.es>", mua="outlook", quote="outlook", fmt="html",
  cc="Jon Etxeberria <jetxeberria@construccionesarrieta.es>", date="2026-12-16 11:40",
  thread=T("invoice", "2026-061", "3025.00", due="2027-01-10", sent="2026-12-10 17:20",
           greet="Hola Iñaki:", what="el interiorismo de las oficinas de Getxo (diseño de recepción y sala de juntas, y dirección de obra)"),
  body=f"""Buenos días Lucía:

Hemos revisado la factura 2026-061 con el jefe de obra, Jon (en copia).

Las partidas de diseño de la recepción y de la sala de juntas están conformes y las abonaremos en la remesa del 25. Sin embargo, la partida de «dirección de obra – 6 visitas» no es correcta: según los partes de obra solo se realizaron 3 visitas, por lo que os pedimos una factura rectificativa por la diferencia (3 visitas, 450 € + IVA). Hasta que no la recibamos no podemos conformar esa parte.

Un saludo,

Iñaki Arrieta
Dpto. Administración
Construcciones Arrieta S.L.

{RGPD_ES}
""",
  kind="client-reply-dispute", ref="2026-061",
  note="Partial promise (undisputed lines in the 25th batch) + contest of one line (3 of 6 site visits) with a rectificativa request = dispute by precedence.")

M(persona="Clínica Dental Navarro", lang="es", owner="lm",
  frm="Jorge Navarro <jorge.navarro@clinicadentalnavarro.es>", mua="gmail", quote="gmail",
  date="2026-12-01 13:50",
  thread=T("reminder", "2026-044", "726.00", due="2026-11-25", sent="2026-12-01 08:00",
           greet="Estimados señores:"),
  body="""Hola Lucía, lo sé, lo sé.
No podemos antes del 15, que es cuando cobramos de las mutuas y se nos desatasca todo. El 15 te lo hago, de verdad.
Jorge
--
Dr. Jorge Navarro
Clínica Dental Navarro – Alcalá de Henares
""",
  kind="client-reply-promise", promised="2026-12-15",
  note="'No podemos antes del 15 ... El 15 te lo hago' written 1 Dec = 15 Dec 2026.")

M(persona="Clínica Dental Navarro", lang="es", owner="lm",
  frm="Jorge Navarro <jorge.navarro@clinicadentalnavarro.es>", mua="gmail", quote="gmail",
  date="2026-11-12 20:10",
  thread=T("invoice", "2026-044", "726.00", due="2026-11-25", sent="2026-11-10 12:00",
           greet="Hola Jorge:", what="el diseño de los folletos de la campaña de ortodoncia"),
  body="""Hola Lucía,
una pregunta tonta: ¿esta factura es la de los folletos de octubre o la de la web de noviembre? Es que me han llegado dos tuyas con importes muy parecidos y mi gestora me pregunta cuál es cuál para imputarlas bien.
¡Gracias!
Jorge
""",
  kind="client-reply-other",
  note="Which invoice is this? A question, no claim.")

M(persona="Clínica Dental Navarro", lang="es", owner="lm",
  frm="Jorge Navarro <jorge.navarro@clinicadentalnavarro.es>", mua="gmail", quote="gmail", fmt="alt",
  date="2027-01-18 19:30",
  thread=T("invoice", "2026-064", "1452.00", due="2027-02-15", sent="2027-01-15 10:00",
           greet="Hola Jorge:", what="el rediseño de la web de la clínica"),
  body="""Lucía, buenas tardes.
Mi gestora me dice que esta factura no debería llevar IVA porque la clínica está exenta (actividad sanitaria, art. 20 de la ley del IVA). ¿Nos la puedes rehacer sin el 21 %? Tal y como está no la podemos pagar; el importe correcto serían 1.200 €.
Gracias,
Jorge
""",
  kind="client-reply-dispute", amount="1200.00",
  note="Contests the amount (VAT) and says they cannot pay it as is; 1,200 is the amount they say is correct. The client is probably wrong on the law, but it is still a dispute.")

M(persona="Ortega Inmobiliaria", lang="es", owner="lm",
  frm="Pilar Ortega <pilar@ortegainmobiliaria.com>", mua="iphone", quote="iphone",
  date="2026-12-04 10:45",
  thread=T("promise_followup", "2026-046", "580.00", due="2026-11-20", sent="2026-12-04 08:00",
           greet="Buenos días, Pilar Ortega:"),
  attach=[("IMG_4471.PNG", "image/png", fake_png(5, 9))],
  body="""Hija perdona, que se me había pasao con el lío del puente. Ya está hecha la transferencia esta mañana, te adjunto el pantallazo del banco pa que te quedes tranquila.
Un besito y felices fiestas si no te veo antes!!
Pilar

Enviado desde mi iPhone
""",
  kind="client-reply-paid",
  note="Andalusian voice ('pasao', 'pa'); transfer made this morning, screenshot attached.")

M(persona="Ortega Inmobiliaria", lang="es", owner="lm",
  frm="Pilar Ortega <pilar@ortegainmobiliaria.com>", mua="iphone", quote="none",
  date="2026-11-24 21:10",
  thread=T("due", "2026-046", "580.00", due="2026-11-20", sent="2026-11-23 08:00",
           greet="Buenos días, Pilar Ortega:"),
  body="""Lucía bonita, a primeros de mes te lo hago sin falta, que ahora ando justita con la paga de los chavales y el seguro del coche. No te preocupes que no se me olvida.
Un beso
Pilar
Ortega Inmobiliaria – Sanlúcar de Barrameda
""",
  kind="client-reply-promise",
  note="'a primeros de mes' is vague: promise without promised_date.")

M(persona="Grupo Hostelero Brisa", lang="es", owner="lm",
  frm="Cuentas a Pagar - Grupo Brisa <cuentasapagar@grupobrisa.com>", mua="outlook365", quote="outlook", fmt="html",
  date="2026-11-18 09:15",
  thread=T("invoice", "2026-050", "1815.00", due="2026-12-31", sent="2026-11-16 13:00",
           greet="Buenos días:", what="la sesión fotográfica de la carta de invierno de los restaurantes del grupo"),
  body=f"""Estimada Sra. Martín:

Acusamos recibo de su factura n.º 2026-050.

Le informamos de que, conforme a nuestro procedimiento de compras, para poder tramitarla es imprescindible que la factura indique el número de pedido (PO) asignado por el departamento solicitante y que se remita a través de nuestro portal de proveedores (proveedores.grupobrisa.com), no por correo electrónico. Si no dispone del número de pedido, le rogamos que lo solicite a su contacto en el departamento de Marketing.

Atentamente,

Raquel Domínguez
Cuentas a Pagar – Departamento Financiero
Grupo Hostelero Brisa

{RGPD_ES}
""",
  kind="client-reply-other", ref="2026-050",
  note="Accounts payable need a PO number and the supplier portal: admin request, not a dispute.")

M(persona="Grupo Hostelero Brisa", lang="es", owner="lm",
  frm="Cuentas a Pagar - Grupo Brisa <cuentasapagar@grupobrisa.com>", mua="outlook365", quote="outlook", fmt="html",
  date="2027-01-12 10:30",
  thread=T("reminder", "2026-050", "1815.00", due="2026-12-31", sent="2027-01-11 08:00",
           greet="Estimados señores:"),
  body=f"""Estimada Sra. Martín:

En relación con su correo, le informamos de que la factura n.º 2026-050, una vez recibida a través del portal con el número de pedido PO-88731, ha sido aprobada y se abonará en la próxima remesa de pagos a proveedores, que se emite el último día hábil del mes.

Atentamente,

Raquel Domínguez
Cuentas a Pagar – Departamento Financiero
Grupo Hostelero Brisa

{RGPD_ES}
""",
  kind="client-reply-promise", ref="2026-050", promised="2027-01-29",
  note="'el último día hábil del mes' written 12 Jan 2027: 31 Jan is a Sunday, 30 a Saturday -> Friday 29 Jan 2027. 'aprobada' is not paid.")

M(persona="Grupo Hostelero Brisa", lang="es", owner="lm",
  frm="Cuentas a Pagar - Grupo Brisa <cuentasapagar@grupobrisa.com>", mua="outlook365", quote="outlook", fmt="html",
  date="2027-01-20 12:00",
  thread=T("invoice", "2026-063", "1815.00", due="2027-02-15", sent="2027-01-18 11:00",
           greet="Buenos días:", what="la sesión fotográfica de la carta de invierno (pedido PO-88731)"),
  body=f"""Estimada Sra. Martín:

Le comunicamos que la factura n.º 2026-063 ha sido rechazada en nuestro sistema por duplicidad con la factura n.º 2026-050, ya aprobada, al corresponder al mismo pedido (PO-88731) y al mismo servicio (sesión fotográfica de la carta de invierno).

Le rogamos que emita la correspondiente factura rectificativa o, en su caso, nos aclare a qué servicio corresponde.

Atentamente,

Raquel Domínguez
Cuentas a Pagar – Departamento Financiero
Grupo Hostelero Brisa

{RGPD_ES}
""",
  kind="client-reply-dispute", ref="2026-063",
  note="Already billed: rejected as a duplicate of 2026-050; asks for a rectificativa.")

M(persona="Soler Disseny", lang="es", owner="lm",
  frm="Xavi Soler <xavi@solerdisseny.cat>", mua="apple", quote="apple", fmt="alt",
  cc="Marc Vila <marc@solerdisseny.cat>", date="2026-12-02 16:20",
  thread=T("invoice", "2026-053", "2178.00", due="2026-12-30", sent="2026-11-30 18:30",
           greet="Hola Xavi:", what="los renders de la promoción Les Oliveres (incluidos los 3 renders nocturnos de la terraza)"),
  body="""Bon dia Lucía,
t'escric en castellano que así lo lee también Marc 😉

Los renders han quedado espectaculares, el cliente está encantado y ya los ha puesto en la web de la promoción. Dicho esto, la factura incluye 3 renders extra (los de la terraza de noche) que no pedimos nosotros: los pidió Marc directamente sin consultarme y sin presupuesto. Esos tres no los vamos a pagar, lo siento.

Si me mandas una rectificativa sin esos 3, te pago el resto en el momento.

Salut!
Xavi Soler
Soler Disseny – Girona
""",
  kind="client-reply-dispute",
  note="Compliments, then refuses 3 unordered renders; payment of the rest conditional on a rectificativa. Catalan greeting.")

M(persona="Soler Disseny", lang="es", owner="lm",
  frm="Xavi Soler <xavi@solerdisseny.cat>", mua="iphone", quote="iphone",
  date="2026-12-14 10:05",
  thread=T("invoice", "R-2026-003", "1633.50", due="2026-12-30", sent="2026-12-11 12:00",
           greet="Hola Xavi:", what="los renders de la promoción Les Oliveres, sin los 3 renders nocturnos (rectifica la factura 2026-053)",
           subject="Factura rectificativa R-2026-003"),
  body="""Fet! Ya está pagada la rectificativa, gracias por entenderlo. Y perdona el lío con Marc, ya lo hemos hablado.
Salut,
Xavi

Enviado desde mi iPhone
""",
  kind="client-reply-paid",
  note="'Fet!' (Catalan: done) + 'ya está pagada la rectificativa'.")

M(persona="Carmen Ruiz", lang="es", owner="lm",
  frm="Carmen Ruiz <carmen.ruiz.86@hotmail.com>", mua="outlook", quote="outlook", fmt="html",
  date="2026-12-02 23:15",
  thread=T("reminder", "2026-051", "350.00", due="2026-11-25", sent="2026-12-01 08:00",
           greet="Buenos días, Carmen Ruiz:"),
  body="""Hola Lucía,

perdóname de verdad, me da muchísima vergüenza. Llevo tres semanas que no sé ni en qué día vivo: a mi madre la ingresaron a primeros de noviembre por una neumonía, ha estado en la UCI unos días y ahora ya está en planta, pero yo he estado yendo y viniendo al hospital todos los días y el correo ni lo he abierto. Tu factura la vi hoy y casi me muero.

Las fotos de la comunión de Irene han quedado preciosas, mi madre las tiene en la mesilla del hospital y se las enseña a todas las enfermeras jaja.

Te hago la transferencia el lunes sin falta, que cobro el viernes y así no me quedo en descubierto.

Un abrazo muy fuerte y gracias por la paciencia,
Carmen
""",
  kind="client-reply-promise", promised="2026-12-07",
  note="Long apology, promise near the end: 'el lunes' written Wed 2 Dec -> Mon 7 Dec. 'cobro el viernes' is her salary, a distractor date.")

M(persona="Carmen Ruiz", lang="es", owner="lm",
  frm="Carmen Ruiz <carmen.ruiz.86@hotmail.com>", mua="outlook", quote="outlook", fmt="html",
  date="2026-12-10 22:40",
  thread=T("promise_followup", "2026-051", "350.00", due="2026-11-25", sent="2026-12-10 08:00",
           promise_date="2026-12-07", greet="Buenos días, Carmen Ruiz:"),
  body="""Lucía lo siento muchísimo, el lunes no pude porque al final no me ingresaron la nómina hasta ayer y me han pasado dos recibos. Te lo hago el viernes 18 cuando cobre la paga extra, esta vez sí que sí.
Perdona de verdad
Carmen
""",
  kind="client-reply-promise", promised="2026-12-18",
  note="Negation of the old promise ('el lunes no pude') and a new one: 'el viernes 18' = 18 Dec 2026. The quoted follow-up says 7 December.")

M(persona="Asociación Cultural La Gaveta", lang="es", owner="nh", tz="Atlantic/Canary",
  frm="Tesorería La Gaveta <tesoreria@lagaveta.org>", mua="roundcube", quote="thunderbird",
  date="2026-12-01 17:30",
  thread=T("reminder", "NH-2026-019", "350.00", due="2026-11-25", sent="2026-12-01 08:00",
           greet="Estimados señores:"),
  attach=[("justificante_transferencia_27112026.pdf", "application/pdf",
           fake_pdf("Justificante de transferencia 27/11/2026 - 350,00 EUR - Nira Hernandez"))],
  body="""Buenas tardes, Nira:

Desde tesorería te confirmamos que la transferencia se ordenó el pasado viernes 27 de noviembre por importe de 350,00 € (factura NH-2026-019, traducción del dossier del festival). Te adjuntamos el justificante. Es posible que tarde un poco más porque nuestra cuenta es de Caja Rural.

Un saludo,
Beatriz Luna
Tesorera – Asociación Cultural La Gaveta
""",
  kind="client-reply-paid", ref="NH-2026-019", amount="350.00",
  note="Treasurer confirms the transfer ordered 27 Nov, receipt attached.")

M(persona="Asociación Cultural La Gaveta", lang="es", owner="nh", tz="Atlantic/Canary",
  frm="Tesorería La Gaveta <tesoreria@lagaveta.org>", mua="roundcube", quote="thunderbird",
  date="2027-01-08 11:00",
  thread=T("invoice", "NH-2026-031", "350.00", due="2027-01-31", sent="2027-01-07 18:00",
           greet="Hola, Beatriz:", what="la traducción al inglés de la memoria anual"),
  body="""Recibida, Nira, muchas gracias. La paso a la junta para que la aprueben en la reunión del día 15 y te digo algo.
Beatriz
""",
  kind="client-reply-other",
  note="'Received, I'll pass it to the board on the 15th': no promise to pay (the 15th is a meeting, not a payment date).")

M(persona="Asociación Cultural La Gaveta", lang="es", owner="nh", tz="Atlantic/Canary",
  frm="Tesorería La Gaveta <tesoreria@lagaveta.org>", mua="roundcube", quote="thunderbird",
  date="2027-01-20 10:10",
  thread=T("invoice", "NH-2026-031", "350.00", due="2027-01-31", sent="2027-01-07 18:00",
           greet="Hola, Beatriz:", what="la traducción al inglés de la memoria anual"),
  body="""Hola Nira:

Te escribo después de la reunión de la junta del viernes. Lamentablemente, el Cabildo nos ha recortado la subvención del festival y la junta ha acordado que de esta factura solo podemos abonar 200 € de los 350 €. Sabemos que el trabajo está hecho y bien hecho, y nos sabe fatal, pero no hay más partida.

Si te parece, te pagamos los 200 € esta semana y te emitimos un certificado de colaboración para tu currículum.

Lo siento mucho.
Beatriz
""",
  kind="client-reply-dispute", amount="200.00",
  note="Will pay only part (200 of 350) for budget reasons: dispute, even though the work is acknowledged as good. Amount = the part they accept to pay.")

M(persona="Herrera Eventos", lang="es", owner="lm",
  frm="Nacho Herrera <nacho@herreraeventos.es>", mua="gmail", quote="gmail",
  date="2026-11-27 14:00",
  thread=T("reminder", "2026-048", "1694.00", due="2026-11-20", sent="2026-11-26 08:00",
           greet="Estimados señores:"),
  body="""Lucía, no pienso pagar hasta que me mandéis los vídeos en 4K como pusimos en el presupuesto. Lo que me habéis mandado está en 1080 y así no me vale para las pantallas del evento de Ifema.
Mandad lo que se pactó y os pago, pero no antes.
Nacho Herrera
Herrera Eventos
""",
  kind="client-reply-dispute",
  note="Threat: pays only when the deliverable matches the quote (4K).")

M(persona="Herrera Eventos", lang="es", owner="lm",
  frm="Nacho Herrera <nacho@herreraeventos.es>", mua="android", quote="android",
  date="2026-11-20 09:40",
  thread=T("invoice", "2026-048", "1694.00", due="2026-11-20", sent="2026-11-16 19:00",
           greet="Hola Nacho:", what="el vídeo resumen del evento de lanzamiento"),
  body="""Lucía, ¿te llamo mañana y lo hablamos? Hay un par de cosas del vídeo que prefiero comentarte por teléfono antes de pasar la factura a contabilidad. Mañana estoy libre de 10 a 12.
Nacho
""",
  kind="client-reply-other",
  note="Asks for a call; hints at issues but makes no claim yet: other.")

M(persona="Herrera Eventos", lang="es", owner="lm",
  frm="Nacho Herrera <nacho@herreraeventos.es>", mua="gmail", quote="none",
  date="2026-12-11 13:10", subject="Re: Vídeos en 4K – evento Ifema",
  thread=T("invoice", "2026-048", sent="2026-12-10 20:00", subject="Vídeos en 4K – evento Ifema"),
  body="""Vale, ya los tengo y se ven de lujo.
Te lo pago a final de mes, que es cuando hacemos los pagos a proveedores.
Nacho
""",
  kind="client-reply-promise", promised="2026-12-31",
  note="Reply in a delivery thread, not a reminder; 'a final de mes' written 11 Dec = 31 Dec 2026.")

M(persona="Hotel Las Dunas", lang="es", owner="nh", tz="Atlantic/Canary",
  frm="Rocío Medina <rmedina@hotellasdunas.com>", mua="outlook365", quote="outlook",
  date="2026-11-16 10:00",
  thread=T("invoice", "NH-2026-022", "640.00", due="2026-12-15", sent="2026-11-13 12:00",
           greet="Hola, Rocío:", what="la traducción al inglés y al alemán de la carta del restaurante"),
  body="""Hola Nira:

¿Me puedes reenviar la factura a nombre de la nueva sociedad? La que me mandas sale a nombre de Dunas Mar S.L., que era la antigua; desde octubre facturamos como Las Dunas Resort S.L.U., CIF B76543210, misma dirección. Si no, contabilidad me la devuelve.

Gracias, y las traducciones de la carta perfectas 👌

Rocío Medina
Dirección – Hotel Las Dunas
Playa del Inglés, Gran Canaria
""",
  kind="client-reply-other",
  note="Reissue to the new company name: admin request, not contesting the amount or work (which she praises).")

M(persona="Hotel Las Dunas", lang="es", owner="nh", tz="Atlantic/Canary",
  frm="Rocío Medina <rmedina@hotellasdunas.com>", mua="outlook365", quote="outlook", fmt="alt",
  date="2027-01-19 16:45",
  thread=T("statement", "NH-2026-022", sent="2027-01-18 08:00", deadline="2027-01-29",
           invoices=[("NH-2026-022", "640.00", "2026-12-15", "2026-11-17"), ("NH-2026-027", "1120.00", "2026-12-31", "2026-12-01")],
           greet="Estimados señores:"),
  body="""Hola Nira:

Te contesto por partes:

– La NH-2026-022 (la de la carta) ya está pagada, se hizo el martes pasado junto con otros proveedores; si no te ha llegado dime y le pido el justificante a contabilidad.
– La NH-2026-027 (la web en alemán) no la podemos pagar hasta que nos entre el pago del touroperador, calculamos que a primeros de febrero. En cuanto entre, la tuya va de las primeras.

Perdona las molestias,
Rocío
""",
  kind="client-reply-promise", ref="NH-2026-027",
  note="Two invoices: one paid, the other promised vaguely ('a primeros de febrero', after the tour operator pays) -> promise without date.")

M(persona="Hotel Las Dunas", lang="es", owner="nh", tz="Atlantic/Canary",
  frm="Rocío Medina <rmedina@hotellasdunas.com>", mua="outlook365", quote="outlook",
  date="2027-02-09 12:30",
  thread=T("invoice", "NH-2026-033", "980.00", due="2027-03-05", sent="2027-02-05 13:00",
           greet="Hola, Rocío:", what="la traducción al inglés y al alemán de las fichas de habitaciones"),
  body="""Nira, buenos días:

Te lo tengo que decir aunque me sabe mal: las traducciones al alemán de las fichas de habitaciones tenían bastantes errores, nos lo han comentado varios clientes alemanes y la agencia de Düsseldorf. La parte del inglés está perfecta.

No vamos a pagar la parte del alemán (los 420 €) hasta que se revise con un nativo. El resto te lo pago ya si me mandas la factura separada.

Rocío
""",
  kind="client-reply-dispute",
  note="Quality complaint on part of the work; withholds that part. Dispute.")

M(persona="Bodegas Vidal", lang="es", owner="lm",
  frm="Fernando Vidal <fvidal@bodegasvidal.es>", mua="gmail", quote="forward",
  to="Alberto Cano <alberto@canoasesores.es>", cc="Lucía Martín <lucia@martinestudio.es>",
  date="2026-11-23 19:20", prefix="Fwd:",
  thread=T("reminder", "2026-047", "1089.00", due="2026-11-15", sent="2026-11-23 08:00",
           greet="Estimados señores:"),
  body="""Alberto, te reenvío esto de Lucía, la diseñadora de las etiquetas nuevas. ¿Puedes mirar si se pagó? Yo no me acuerdo.
Lucía, te pongo en copia; Alberto es nuestro gestor y lleva él todos los pagos.
Fernando
Bodegas Vidal – Haro (La Rioja)
""",
  kind="client-reply-other",
  note="Forwarded to the accountant with the owner in Cc (To is the accountant): a hand-off, no claim.")

M(persona="Bodegas Vidal", lang="es", owner="lm",
  frm="Alberto Cano <alberto@canoasesores.es>", mua="outlook", quote="outlook-orig",
  cc="Fernando Vidal <fvidal@bodegasvidal.es>", date="2026-11-24 09:50", prefix="RE: RV:",
  thread=T("reminder", "2026-047", "1089.00", due="2026-11-15", sent="2026-11-23 08:00",
           greet="Estimados señores:"),
  attach=[("Justificante_20112026.pdf", "application/pdf", fake_pdf("Transferencia 20/11/2026 FRA 2026-047 MARTIN"))],
  body="""Buenos días, Lucía:

Soy Alberto Cano, de Cano Asesores; llevo la contabilidad de Bodegas Vidal y Fernando me ha reenviado tu recordatorio.

Según nuestros registros, la factura 2026-047 se pagó por transferencia el 20 de noviembre, con el concepto «FRA 2026-047 MARTIN». Te adjunto el justificante del banco. Si en unos días no la ves, avísame y reclamamos a la entidad.

Un saludo,

Alberto Cano
Cano Asesores – Asesoría fiscal y contable
Logroño
""",
  kind="client-reply-paid", ref="2026-047",
  note="The client's accountant: paid on 20 Nov, receipt attached.")

M(persona="Bodegas Vidal", lang="es", owner="lm",
  frm="Fernando Vidal <fvidal@bodegasvidal.es>", mua="gmail", quote="gmail",
  date="2026-12-28 11:00",
  thread=T("invoice", "2026-066", "2420.00", due="2027-01-15", sent="2026-12-22 10:00",
           greet="Hola Fernando:", what="el diseño de las etiquetas de la gama Crianza"),
  body="""Hola Lucía, recibida.
Hablado con Alberto: esta entra en la remesa del día 5.
¡Feliz salida y entrada de año!
Fernando
""",
  kind="client-reply-promise", promised="2027-01-05",
  note="'la remesa del día 5' written 28 Dec: the 5th of this month has passed -> 5 Jan 2027.")

M(persona="Bodegas Vidal", lang="es", owner="lm",
  frm="Alberto Cano <alberto@canoasesores.es>", mua="outlook", quote="outlook",
  date="2027-02-03 09:30",
  thread=T("courtesy", "2027-004", "605.00", due="2027-02-05", issue="2027-01-06", sent="2027-02-02 08:00",
           greet="Estimados señores:"),
  body="""Buenos días, Lucía:

Antes de pagar la factura 2027-004 quería confirmar una cosa contigo. La semana pasada nos llegó un correo, supuestamente tuyo, diciendo que habías cambiado de banco y con un IBAN nuevo de otra entidad (empieza por ES76 1465…). ¿Es correcto? Prefiero confirmarlo por teléfono antes de tocar nada, que ya hemos tenido algún susto con este tipo de correos.

¿Te puedo llamar esta tarde?

Un saludo,
Alberto Cano
Cano Asesores
""",
  kind="client-reply-other", ref="2027-004",
  note="IBAN-change fraud check before paying: a question; 'antes de pagar' is not a promise with content.")

M(persona="Editorial Sáez", lang="es", owner="lm",
  frm="Lorena Sáez <lorena@editorialsaez.es>", mua="gmail", quote="gmail", fmt="alt", cte="quoted-printable",
  date="2026-11-23 12:30",
  thread=T("courtesy", "2026-045", "1936.00", due="2026-11-30", issue="2026-10-30", sent="2026-11-23 08:00",
           greet="Buenos días, Lorena Sáez:"),
  body="""Querida Lucía:

¡Qué alegría leerte, aunque sea por un recordatorio! Te cuento un montón de cosas de golpe, perdona el rollo.

La primera: las portadas de la colección «Mar adentro» han gustado muchísimo en la reunión comercial; los libreros nos han pedido carteles con las ilustraciones y te vamos a escribir para eso (presupuesto aparte, claro).

La segunda: lo de la factura. Me dice Administración que entra en el pago del día 10 del mes que viene, que es cuando pagamos a los colaboradores externos; ya sé que es un poco después del vencimiento, pero aquí las cosas van así y no hay quien las cambie.

La tercera: ¿vienes a la Feria del Libro de Guadalajara o este año no? Nosotros vamos el 28 con Andrés y con la autora de «Las cosas pequeñas». Si vas, cenamos juntas.

Y la cuarta: ya tenemos el calendario de novedades de primavera, son seis títulos; te mando los briefings la semana que viene.

Un abrazo enorme,
Lorena

Lorena Sáez – Directora editorial
Editorial Sáez – Valencia
""",
  kind="client-reply-promise", promised="2026-12-10",
  note="Long mail in four points; the second: reported speech 'entra en el pago del día 10 del mes que viene' written 23 Nov = 10 Dec 2026. 'el 28' is a book fair, not a payment.")

M(persona="Editorial Sáez", lang="es", owner="lm",
  frm="Lorena Sáez <lorena@editorialsaez.es>", mua="gmail", quote="gmail", fmt="alt",
  date="2027-01-12 13:00",
  thread=T("invoice", "2026-062", "2904.00", due="2027-02-08", sent="2027-01-08 17:00",
           greet="Hola, Lorena:", what="las seis portadas de las novedades de primavera"),
  body="""Hola Lucía:

Las portadas de primavera han quedado preciosas, de verdad; la de «El año del cometa» es probablemente la mejor que hemos tenido nunca y Andrés ya la quiere para el catálogo.

Solo un detalle con la factura, y perdona que te lo diga: recoge seis portadas completas, pero la sexta se canceló (el libro de Ferrer se ha retrasado a 2028), y quedamos por teléfono en que de esa solo facturarías el 50 % en concepto de cancelación. ¿Podrías revisar el importe y mandarme una nueva?

Gracias, guapa.
Lorena
""",
  kind="client-reply-dispute",
  note="Polite dispute hidden in compliments: wrong amount (cancelled cover billed in full).")

M(persona="Editorial Sáez", lang="es", owner="lm",
  frm="Lorena Sáez <lorena@editorialsaez.es>", mua="gmail", quote="gmail",
  date="2027-01-26 17:20",
  thread=T("invoice", "R-2027-001", "2541.00", due="2027-02-08", sent="2027-01-14 12:00",
           greet="Hola, Lorena:", what="las portadas de primavera, con la sexta al 50 % por cancelación (rectifica la 2026-062)",
           subject="Factura rectificativa R-2027-001"),
  body="""Ya está pagada la rectificativa, la incluyeron ayer en el pago extraordinario que hicimos a colaboradores. ¡Gracias por la rapidez!
Lorena
""",
  kind="client-reply-paid",
  note="Paid yesterday (reported: 'la incluyeron').")

M(persona="Tenerife Surf School", lang="es", owner="nh", tz="Atlantic/Canary",
  frm="Guacimara Santana <guaci@tenerifesurf.es>", mua="android", quote="android",
  date="2026-11-28 12:30",
  thread=T("reminder", "NH-2026-024", "180.00", due="2026-11-20", sent="2026-11-27 08:00",
           greet="Estimados señores:"),
  body="""Mañana sin falta te lo hago, que hoy tengo el banco bloqueado por el cambio de tarjeta 🙈 perdona Nira!!
""",
  kind="client-reply-promise", promised="2026-11-29",
  note="'Mañana' written Sat 28 Nov (Canary time) = 29 Nov.")

M(persona="Tenerife Surf School", lang="es", owner="nh", tz="Atlantic/Canary",
  frm="Guacimara Santana <guaci@tenerifesurf.es>", mua="android", quote="android",
  date="2026-11-29 18:05",
  thread=T("reminder", "NH-2026-024", "180.00", due="2026-11-20", sent="2026-11-27 08:00",
           greet="Estimados señores:"),
  body="""Nira! Te lo acabo de mandar por Bizum, 180 €. Mira a ver si te ha llegado porque al final me salió un mensaje de error raro 🙈 si no te llega dímelo y te hago transferencia normal.
Guaci
""",
  kind="client-reply-paid", amount="180.00",
  note="Says she just sent it by Bizum, with a doubt about an error message: still a payment claim; the transfer fallback is conditional.")

M(persona="Café Prieto", lang="es", owner="lm", tz="America/Mexico_City",
  frm="Daniela Prieto <daniela@prietocafe.mx>", mua="iphone", quote="iphone",
  date="2026-12-10 18:40",
  thread=T("reminder", "2026-054", "1250.00", due="2026-12-01", sent="2026-12-10 08:00",
           greet="Buenos días, Daniela Prieto:"),
  body="""Hola Lucía, ¡qué pena contigo! Claro que sí, ahorita mismo no puedo porque ando de viaje en Oaxaca y desde aquí la banca en línea no me deja hacer transferencias internacionales. El martes que regreso a CDMX te lo deposito sin falta.
Saludos y mil disculpas,
Daniela

Enviado desde mi iPhone
""",
  kind="client-reply-promise", promised="2026-12-15",
  note="Mexican Spanish ('ahorita', 'qué pena contigo'); 'el martes' written Thu 10 Dec in Mexico City -> Tue 15 Dec.")

M(persona="Café Prieto", lang="es", owner="lm", tz="America/Mexico_City",
  frm="Daniela Prieto <daniela@prietocafe.mx>", mua="iphone", quote="iphone",
  date="2026-12-16 11:00",
  thread=T("promise_followup", "2026-054", "1250.00", due="2026-12-01", sent="2026-12-16 08:00",
           promise_date="2026-12-15", greet="Buenos días, Daniela Prieto:"),
  body="""Listo, ya quedó! Te mandé el comprobante por WhatsApp. Cualquier cosa me avisas.
Abrazo,
Dani

Enviado desde mi iPhone
""",
  kind="client-reply-paid",
  note="'Listo, ya quedó' = done (no payment verb), proof sent by WhatsApp.")

M(persona="Reformas Benítez", lang="es", owner="lm",
  frm="Óscar Benítez <oscar@benitezreformas.es>", mua="android", quote="android",
  date="2027-01-25 13:15",
  thread=T("final", "2026-043", "847.00", due="2026-11-15", sent="2027-01-22 08:00", deadline="2027-02-01",
           issue="2026-10-16", greet="Buenos días, Óscar Benítez:"),
  body="""Transferencia hecha hoy por el total. No hacía falta ponerse así, con una llamada bastaba.
Óscar Benítez
Reformas Benítez
""",
  kind="client-reply-paid",
  note="Reply to the formal demand: the quote is full of 'reclamación', 'procedimiento monitorio'; the new text is a plain payment (with a grumble).")

M(persona="Reformas Benítez", lang="es", owner="lm",
  frm="Óscar Benítez <oscar@benitezreformas.es>", mua="android", quote="android",
  date="2026-11-19 08:30",
  thread=T("due", "2026-043", "847.00", due="2026-11-15", sent="2026-11-18 08:00",
           greet="Buenos días, Óscar Benítez:"),
  body="""¿Qué factura es esta? No me suena haber encargado nada en octubre. ¿Me la puedes mandar otra vez con el detalle? Igual es lo de los rótulos de las furgonetas.
Óscar
""",
  kind="client-reply-other",
  note="Which invoice? / send it again: a question, he does not contest it.")

M(persona="Castro Fitness Club", lang="es", owner="lm",
  frm="Iván Castro <ivan@castrofitness.es>", mua="gmail", quote="gmail",
  date="2026-12-17 20:00",
  thread=T("invoice", "2026-060", "1815.00", due="2027-01-16", sent="2026-12-15 11:00",
           greet="Hola, Iván:", what="el segundo pago (50 %) del desarrollo de la web"),
  body="""Buenas Lucía,

Creo que te has adelantado con esta factura. Según el contrato que firmamos, el segundo pago (el 50 % restante) era «a la publicación de la web», y la web todavía no está publicada: faltan los textos de las clases y la pasarela de pago, que por cierto sigue dando error. Así que no corresponde facturarlo todavía.

Cuando esté publicada y funcionando, me la mandas y la pago ese mismo día.

Un saludo,
Iván Castro
Castro Fitness Club
""",
  kind="client-reply-dispute",
  note="Invoice not yet due under the contract / work not finished: refuses it now; the 'pago ese mismo día' is conditional on future completion.")


# ----------------------------------------------------------------------------------------------- EN
M(persona="Harbour Foods", lang="en", owner="tb",
  frm="Declan Murphy <ap@harbourfoods.ie>", mua="outlook365", quote="outlook", fmt="alt",
  date="2026-11-18 10:20",
  thread=T("reminder", "INV-2026-118", "1968.00", due="2026-11-13", sent="2026-11-17 08:00",
           greet="Dear Accounts Team,"),
  attach=[("Remittance_Advice_HF-PR-2026-46.pdf", "application/pdf",
           fake_pdf("Harbour Foods Ltd - Remittance advice - Payment run 17/11/2026"))],
  body="""Hi Tom,

INV-2026-118 was processed in yesterday's payment run and should reach your account within 2–3 working days. Remittance advice attached for your records.

Kind regards,
Declan Murphy
Accounts Payable | Harbour Foods Ltd
Unit 4, Ringaskiddy Business Park, Co. Cork
T: +353 21 437 9200

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Harbour Foods Ltd, registered in Ireland No. 412876.
""",
  kind="client-reply-paid", ref="INV-2026-118",
  note="'processed in yesterday's payment run' = paid, with no payment verb; the 2–3 working days are arrival time.")

M(persona="Harbour Foods", lang="en", owner="tb",
  frm="Declan Murphy <ap@harbourfoods.ie>", mua="outlook365", quote="outlook",
  date="2026-12-09 14:05",
  thread=T("reminder", "INV-2026-131", "2460.00", due="2026-12-04", sent="2026-12-08 08:00",
           greet="Dear Accounts Team,"),
  body="""Hi Tom,

INV-2026-131 is approved and scheduled for our next payment run on the 15th. You'll get a remittance advice from the system once it's processed.

Regards,
Declan
""",
  kind="client-reply-promise", ref="INV-2026-131", promised="2026-12-15",
  note="'approved and scheduled for ... the 15th' (written 9 Dec) = promise for 15 Dec, not paid yet.")

M(persona="Harbour Foods", lang="en", owner="tb",
  frm="Declan Murphy <ap@harbourfoods.ie>", mua="outlook365", quote="outlook",
  date="2027-01-11 09:50",
  thread=T("invoice", "INV-2027-003", "1476.00", due="2027-02-07", sent="2027-01-08 16:00",
           greet="Hi Declan,", what="the January point-of-sale designs"),
  body="""Hi Tom,

Happy New Year. Please note that from 1 January we've moved to a new supplier onboarding platform. Before we can release any further payments to you, including INV-2027-003, you'll need to accept the invitation you should have received from supplier-onboarding@harbourfoods.ie and confirm your bank details there.

Any issues, let me know.

Regards,
Declan Murphy
Accounts Payable | Harbour Foods Ltd
""",
  kind="client-reply-other", ref="INV-2027-003",
  note="Admin requirement (supplier portal) before payment: neither a promise nor a dispute.")

M(persona="Dawson Brewing", lang="en", owner="tb", tz="America/New_York",
  frm="Greg Dawson <greg@dawsonbrewing.com>", mua="gmail", quote="gmail-us", fmt="alt",
  date="2026-11-30 09:15",
  thread=T("invoice", "INV-2026-122", "4850.00", cur="USD", due="2026-12-25", sent="2026-11-25 17:00",
           greet="Hi Greg,", what="the label and can designs for the winter range (including the rush fee)"),
  body="""Tom,

Love the labels. Honestly the best work we've had done since we opened, the IPA cans are flying off the shelves.

But the invoice has a $750 rush fee on it and we never agreed a rush. The deadline moved because the proofs came back a week late from your side, not because we asked for anything faster. Knock that off and I'll pay the rest same day.

Greg

--
Greg Dawson | Founder
Dawson Brewing Co. | Brooklyn, NY
""",
  kind="client-reply-dispute", currency=None,
  note="Compliments then contests a $750 rush fee; will pay only once it is removed = dispute.")

M(persona="Dawson Brewing", lang="en", owner="tb", tz="America/New_York",
  frm="Greg Dawson <greg@dawsonbrewing.com>", mua="gmail", quote="gmail-us",
  date="2026-12-08 16:40",
  thread=T("invoice", "INV-2026-122", "4100.00", cur="USD", due="2026-12-25", sent="2026-12-07 12:00",
           greet="Hi Greg,", what="the label and can designs for the winter range, without the rush fee",
           subject="Invoice INV-2026-122 (revised)"),
  body="""Got the revised one, thanks for being cool about it. Our wire day is Friday so it'll go out then.
G
""",
  kind="client-reply-promise", promised="2026-12-11",
  note="'Our wire day is Friday so it'll go out then' written Tue 8 Dec (New York) -> Fri 11 Dec.")

M(persona="Dawson Brewing", lang="en", owner="tb", tz="America/New_York",
  frm="Greg Dawson <greg@dawsonbrewing.com>", mua="iphone", quote="iphone",
  date="2026-12-11 15:30",
  thread=T("invoice", "INV-2026-122", "4100.00", cur="USD", due="2026-12-25", sent="2026-12-07 12:00",
           greet="Hi Greg,", what="the label and can designs for the winter range, without the rush fee",
           subject="Invoice INV-2026-122 (revised)"),
  attach=[("Wire_Confirmation_121126.pdf", "application/pdf", fake_pdf("Outgoing wire confirmation USD 4,100.00"))],
  body="""Wire sent. Confirmation attached.
Happy holidays from all of us in Brooklyn 🍺
G

Sent from my iPhone
""",
  kind="client-reply-paid",
  note="'Wire sent' + confirmation attached.")

M(persona="Brightleaf Health", lang="en", owner="hc",
  frm="Priya Nair <priya.nair@brightleafhealth.co.uk>", mua="outlook", quote="outlook",
  date="2026-12-01 11:05",
  thread=T("reminder", "HC-112", "1450.00", due="2026-11-27", sent="2026-12-01 08:00",
           greet="Dear Priya Nair,"),
  body="""Hi Hannah,

Ah, sorry about this. I think accounts paid it? I remember signing it off before I went on leave, so it should have gone out in the last run. Let me check with Jess and get back to you.

Best,
Priya

Priya Nair
Head of Marketing | Brightleaf Health
""",
  kind="client-reply-paid",
  note="Hedged payment claim ('I think accounts paid it? ... should have gone out ... let me check'): she believes it has been paid.")

M(persona="Brightleaf Health", lang="en", owner="hc",
  frm="Priya Nair <priya.nair@brightleafhealth.co.uk>", mua="outlook", quote="outlook",
  date="2026-11-06 14:20",
  thread=T("invoice", "HC-112", "1450.00", due="2026-11-27", sent="2026-10-28 11:00",
           greet="Hi Priya,", what="the patient-leaflet copy for the winter campaign"),
  body="""Hi Hannah,

Quick one – our finance team need the invoice addressed to Brightleaf Health Group Ltd (not Brightleaf Health) with our PO number on it (PO-55102), otherwise it bounces straight out of their system. Everything else is fine! Could you resend when you get a sec?

Thanks,
Priya
""",
  kind="client-reply-other",
  note="Invoice fine, needs entity name and PO number: admin request.")

M(persona="Brightleaf Health", lang="en", owner="hc",
  frm="Priya Nair <priya.nair@brightleafhealth.co.uk>", mua="outlook", quote="outlook", fmt="html",
  date="2026-12-17 09:30",
  thread=T("invoice", "HC-127", "680.00", due="2027-01-16", sent="2026-12-16 15:00",
           greet="Hi Priya,", what="the Christmas newsletter copy (PO-55240)"),
  body="""Got it, thanks Hannah – and thank you for turning the newsletter round so fast.

Have a lovely Christmas!
P
""",
  kind="client-reply-other",
  note="'Got it, thanks' on a new invoice: acknowledgement only.")

M(persona="O'Connell Cycles", lang="en", owner="tb",
  frm="Jamie O'Connell <jamie@oconnellcycles.ie>", mua="gmail", quote="gmail",
  date="2026-12-10 19:20",
  thread=T("reminder", "INV-2026-121", "615.00", due="2026-11-30", sent="2026-12-10 08:00",
           greet="Dear Jamie O'Connell,"),
  body="""Ah Tom sorry, it completely slipped my mind with the Christmas rush in the shop – we've sold more kids' bikes this week than the whole of November. I'll sort it before Christmas, promise.
Jamie
""",
  kind="client-reply-promise", promised="2026-12-24",
  note="'I'll sort it before Christmas' = by Christmas Eve, 24 Dec 2026 (a deadline the text fixes). Irish voice; 'sort it' = pay.")

M(persona="O'Connell Cycles", lang="en", owner="tb",
  frm="Jamie O'Connell <jamie@oconnellcycles.ie>", mua="android", quote="android",
  date="2026-12-22 11:10",
  thread=T("reminder", "INV-2026-121", "615.00", due="2026-11-30", sent="2026-12-10 08:00",
           greet="Dear Jamie O'Connell,"),
  body="""Sorted. Sorry again for the delay – happy Christmas to you and yours!
Jamie
""",
  kind="client-reply-paid",
  note="'Sorted.' = paid, no payment verb.")

M(persona="O'Connell Cycles", lang="en", owner="tb",
  frm="Jamie O'Connell <jamie@oconnellcycles.ie>", mua="gmail", quote="gmail",
  date="2027-01-07 10:00",
  thread=T("statement", "INV-2026-134", sent="2027-01-06 08:00", deadline="2027-01-18",
           invoices=[("INV-2026-134", "320.00", "2026-12-31", "2026-12-01"), ("INV-2026-135", "1180.00", "2027-01-05", "2026-12-06")],
           greet="Dear Jamie O'Connell,"),
  body="""Hi Tom, happy new year!
INV-2026-134 went out this morning. The other one (135) I'll do at the end of January when the grant from the Local Enterprise Office comes in – hope that's OK.
Jamie
""",
  kind="client-reply-promise", ref="INV-2026-135", promised="2027-01-31",
  note="Two invoices: 134 paid this morning, 135 promised 'at the end of January' = 31 Jan 2027 -> promise. '135' -> INV-2026-135.")

M(persona="Whitfield Legal", lang="en", owner="hc",
  frm="Karen Whitfield <k.whitfield@whitfieldlegal.co.uk>", mua="outlook", quote="outlook", fmt="alt",
  charset="outlook-latin1", cte="quoted-printable", date="2026-11-23 10:40",
  thread=T("invoice", "HC-121", "1560.00", due="2026-12-19", sent="2026-11-19 16:30",
           greet="Dear Karen,", what="the website copy (including a third round of amendments)"),
  body="""Dear Ms Cole,

Thank you for your invoice HC-121 dated 19 November 2026.

We have reviewed it against your quotation of 2 October. We do not accept the charge of £360.00 for a "third round of amendments": your terms (clause 4.2) include two rounds of amendments, and the changes requested on 6 November were corrections of factual errors in your draft rather than new amendments.

We will therefore settle £1,200.00 upon receipt of a revised invoice for that amount.

Yours sincerely,

Karen Whitfield
Practice Manager
Whitfield Legal LLP
14 Bedford Row, London WC1R 4ED

Whitfield Legal LLP is a limited liability partnership registered in England and Wales (OC412345), authorised and regulated by the Solicitors Regulation Authority. This email is confidential and may be privileged.
""",
  kind="client-reply-dispute", ref="HC-121", amount="1200.00", currency="GBP",
  note="Formal dispute of one line (£360); will pay only the £1,200 it accepts, on a revised invoice.")

M(persona="Whitfield Legal", lang="en", owner="hc",
  frm="Karen Whitfield <k.whitfield@whitfieldlegal.co.uk>", mua="outlook", quote="outlook",
  charset="outlook-latin1", cte="quoted-printable", date="2026-12-03 15:10",
  thread=T("invoice", "HC-121", "1200.00", due="2026-12-30", sent="2026-11-30 12:00",
           greet="Dear Karen,", what="the website copy, revised as agreed", subject="Invoice HC-121 – revised"),
  body="""Dear Ms Cole,

We confirm that we have today settled your revised invoice HC-121 in the sum of £1,200.00 by BACS.

Yours sincerely,

Karen Whitfield
Practice Manager
Whitfield Legal LLP
""",
  kind="client-reply-paid", ref="HC-121", amount="1200.00", currency="GBP",
  note="Formal 'settled ... by BACS' today.")

M(persona="Tanner Roofing", lang="en", owner="tb", tz="America/New_York",
  frm="Mike Tanner <mike@tannerroofing.com>", mua="gmail", quote="gmail-us",
  date="2026-12-03 17:45",
  thread=T("reminder", "INV-2026-124", "2200.00", cur="USD", due="2026-11-25", sent="2026-12-03 08:00",
           greet="Dear Mike Tanner,"),
  body="""Tom,

We haven't paid because our bookkeeper quit on us mid-November and everything's backed up – I've got a stack of invoices on my desk I'm scared to look at. New gal starts Monday and yours is first on her list, you have my word.

Mike Tanner
Tanner Roofing & Gutters
Quincy, MA
""",
  kind="client-reply-promise",
  note="'We haven't paid because...' (negation) then a promise with no payment day: Monday is when the bookkeeper starts, not a payment date.")

M(persona="Tanner Roofing", lang="en", owner="tb", tz="America/New_York",
  frm="Mike Tanner <mike@tannerroofing.com>", mua="gmail", quote="gmail-us",
  date="2026-12-09 12:20",
  thread=T("promise_followup", "INV-2026-124", "2200.00", cur="USD", due="2026-11-25", sent="2026-12-09 08:00",
           greet="Dear Mike Tanner,"),
  body="""Tom – Brenda (our new bookkeeper) says she'll cut the check tomorrow and FedEx it to you. Sorry it's been such a circus.
Mike
""",
  kind="client-reply-promise", promised="2026-12-10",
  note="Reported promise: the check will be cut tomorrow (Wed 9 Dec, New York -> 10 Dec).")

M(persona="Brennan Bakes", lang="en", owner="tb",
  frm="Fiona Gallagher <fiona@gallagheraccountants.ie>", mua="outlook", quote="outlook-orig",
  cc="Aoife Brennan <aoife@brennanbakes.ie>", date="2026-11-09 11:30", prefix="RE: FW:",
  thread=T("reminder", "INV-2026-109", "738.00", due="2026-10-31", sent="2026-11-05 08:00",
           greet="Dear Accounts Team,"),
  body="""Dear Tom,

I act for Brennan Bakes and Aoife has passed your reminder on to me.

Our records show that INV-2026-109 was paid by EFT on 3 November in the amount of €738.00, reference BRENNAN INV109. Could you check your statement again? If it's not there I'll raise it with the bank.

Kind regards,
Fiona Gallagher FCCA
Gallagher & Co. Accountants
Kilkenny
""",
  kind="client-reply-paid", ref="INV-2026-109", amount="738.00",
  note="The client's accountant: paid by EFT on 3 Nov (€738.00).")

M(persona="Brennan Bakes", lang="en", owner="tb",
  frm="Aoife Brennan <aoife@brennanbakes.ie>", mua="gmail", quote="forward", prefix="Fwd:",
  to="Fiona Gallagher <fiona@gallagheraccountants.ie>", cc="Tom Byrne <tom@byrnedesign.ie>",
  date="2026-11-06 07:15",
  thread=T("reminder", "INV-2026-109", "738.00", due="2026-10-31", sent="2026-11-05 08:00",
           greet="Dear Accounts Team,"),
  body="""Fiona – forwarding this one from Tom, the designer who did our new packaging. Can you have a look and sort it out with him directly?
Thanks a mil,
Aoife
""",
  kind="client-reply-other",
  note="Forward to the accountant with the owner in Cc: a hand-off, no claim, no promise.")

M(persona="Brennan Bakes", lang="en", owner="tb",
  frm="Aoife Brennan <aoife@brennanbakes.ie>", mua="gmail", quote="gmail",
  date="2027-01-04 09:00",
  thread=T("reminder", "INV-2026-140", "1230.00", due="2026-12-31", sent="2027-01-04 08:00",
           greet="Dear Accounts Team,"),
  body="""Hi Tom,
Happy new year! Sorry – we can't before the 28th unfortunately. January is always brutal for us after the Christmas orders, and the big hotel contracts only pay us on the 25th. I'll get it to you on the 28th.
Aoife
""",
  kind="client-reply-promise", promised="2027-01-28",
  note="'we can't before the 28th ... I'll get it to you on the 28th' = 28 Jan 2027. The 25th is when they get paid: distractor.")

M(persona="Kerr & Co Marketing", lang="en", owner="hc",
  frm="Rob Kerr <rob.kerr@kerrandco.scot>", mua="apple", quote="apple",
  date="2026-12-02 14:40",
  thread=T("reminder", "HC-116", "2400.00", due="2026-11-26", sent="2026-12-01 08:00",
           greet="Dear Accounts Team,"),
  body="""Hannah,

The brochure copy was grand, no complaints there. But we didnae use half of it – the print job got pulled when the client went bust, as you know. Your invoice is for the full 12 pages. We'll pay for what we actually used, which by my reckoning is 6 pages, so £1,200. Send us a new invoice for that and it'll go out the same week.

Cheers,
Rob

Rob Kerr
Kerr & Co. Marketing
Leith, Edinburgh
""",
  kind="client-reply-dispute", amount="1200.00", currency="GBP",
  note="Scottish voice; will pay only half of the invoice (the pages used) on a new invoice = dispute. Amount = the part accepted.")

M(persona="Kerr & Co Marketing", lang="en", owner="hc",
  frm="Rob Kerr <rob.kerr@kerrandco.scot>", mua="apple", quote="apple",
  date="2026-11-27 16:05",
  thread=T("due", "HC-116", "2400.00", due="2026-11-26", sent="2026-11-27 08:00",
           greet="Dear Accounts Team,"),
  body="""Hannah, can we have a blether on the phone about this one? Easier than email. I'm about most afternoons after 3.
Rob
""",
  kind="client-reply-other",
  note="Asks for a call; no claim yet.")

M(persona="Harper Interiors", lang="en", owner="tb", tz="Europe/London",
  frm="Liz Harper <liz@harperinteriors.co.uk>", mua="iphone", quote="iphone",
  date="2027-01-07 16:30",
  thread=T("reminder", "INV-2026-138", "940.00", cur="GBP", due="2027-01-03", sent="2027-01-07 08:00",
           greet="Dear Liz Harper,"),
  body="""Hi Tom,
Happy new year! Sorry, January cash flow is dire here – half our clients are still "away" until the 11th. I can do it next Tuesday week if that's alright? I'll put it in the diary now.
Liz

Sent from my iPhone
""",
  kind="client-reply-promise", promised="2027-01-19",
  note="British 'next Tuesday week' written Thu 7 Jan: the Tuesday a week after the coming Tuesday (12th) = 19 Jan 2027. 'until the 11th' is about her clients.")

M(persona="Harper Interiors", lang="en", owner="tb", tz="Europe/London",
  frm="Liz Harper <liz@harperinteriors.co.uk>", mua="apple", quote="apple", fmt="alt",
  date="2026-11-25 12:10",
  thread=T("invoice", "INV-2026-125", "2400.00", cur="GBP", due="2026-12-20", sent="2026-11-20 15:00",
           greet="Hi Liz,", what="the new website and booking system"),
  body="""Tom,

I'm sorry but the site still breaks on mobile – on iPhones the "Book a consultation" button is hidden behind the cookie banner, and two customers have phoned to say they couldn't book. I told you about this last week.

We'll settle the invoice when it's fixed, not before.

Liz
Harper Interiors | Chelsea
""",
  kind="client-reply-dispute",
  note="Threat: 'We'll settle the invoice when it's fixed, not before' = work not as agreed, payment withheld.")

M(persona="Harper Interiors", lang="en", owner="tb", tz="Europe/London",
  frm="Liz Harper <liz@harperinteriors.co.uk>", mua="iphone", quote="iphone",
  date="2026-12-03 10:00",
  thread=T("invoice", "INV-2026-125", "2400.00", cur="GBP", due="2026-12-20", sent="2026-11-20 15:00",
           greet="Hi Liz,", what="the new website and booking system"),
  body="""All working now, even on my ancient iPhone – thank you! Paid this morning 👍
Liz

Sent from my iPhone
""",
  kind="client-reply-paid",
  note="Paid this morning, after the fix; the quoted original is the invoice mail.")

M(persona="Meridian Labs", lang="en", owner="tb", tz="America/New_York",
  frm="Ben Schwartz <ben.schwartz@meridianlabs.io>", mua="gmail", quote="gmail-us", fmt="alt", cte="quoted-printable",
  date="2026-12-07 10:10",
  thread=T("reminder", "INV-2026-126", "3150.00", cur="USD", due="2026-12-01", sent="2026-12-07 08:00",
           greet="Dear Accounts Team,"),
  body="""Hi Tom —

This went out via Bill.com on 12/4 for $3,150.00. For international vendors it usually takes 3 business days to land, sometimes longer when there's a currency conversion. LMK if you don't see it by Thursday and I'll chase our controller.

Thanks,
Ben

Ben Schwartz
Head of Product | Meridian Labs
New York, NY
""",
  kind="client-reply-paid", amount="3150.00", currency="USD",
  note="Paid on 12/4 (US date format) via an AP platform; $3,150.00.")

M(persona="Meridian Labs", lang="en", owner="tb", tz="America/New_York",
  frm="Ben Schwartz <ben.schwartz@meridianlabs.io>", mua="gmail", quote="gmail-us",
  date="2026-11-16 11:00",
  thread=T("invoice", "INV-2026-126", "3150.00", cur="USD", due="2026-12-01", sent="2026-11-13 14:00",
           greet="Hi Ben,", what="the dashboard UI design sprint"),
  body="""Tom, quick q from our AP folks: which entity should this be addressed to – Meridian Labs Inc. (Delaware) or Meridian Labs Europe Ltd (Dublin)? They flagged it because the VAT treatment is different.
No rush, just want to get it into the right bucket.
Ben
""",
  kind="client-reply-other",
  note="Question about which entity to invoice: no claim, not a dispute.")

M(persona="Meridian Labs", lang="en", owner="tb", tz="America/New_York",
  frm="Ben Schwartz <ben.schwartz@meridianlabs.io>", mua="gmail", quote="gmail-us", fmt="alt",
  date="2027-01-15 14:30",
  thread=T("invoice", "INV-2027-002", "6000.00", cur="USD", due="2027-02-11", sent="2027-01-12 10:00",
           greet="Hi Ben,", what="December design work (40 hours at $150)"),
  body="""Hi Tom,

Thanks for this. Our controller flagged that the invoice is for 40 hours, but Harvest only shows 31.5 hours logged against the Meridian project for December. We can only pay for the hours in Harvest – that's the rule for every contractor, sorry.

Happy to pay the 31.5 hours ($4,725) immediately if you reissue, or if there were hours you forgot to log, send me the breakdown and we'll look at it.

Ben
""",
  kind="client-reply-dispute", amount="4725.00", currency="USD",
  note="Contests 8.5 of 40 hours; will pay only the accepted part on a reissued invoice = dispute.")

M(persona="Atelier Lumen", lang="en", owner="tb", tz="Europe/Paris",
  frm="Claire Dubois <claire.dubois@atelier-lumen.fr>", mua="outlook", quote="outlook", prefix="RE :",
  date="2026-12-21 09:45",
  thread=T("reminder", "INV-2026-129", "1350.00", due="2026-12-15", sent="2026-12-18 08:00",
           greet="Dear Claire Dubois,"),
  body="""Hello Tom,

Sorry for the delay in answering. I am on holidays from tomorrow until the 4 January and our accountant is also closed, so I can not do the transfer before. I will do it when I am back, the 5 at the latest.

Happy Christmas and best wishes for 2027!

Claire Dubois
Atelier Lumen – Paris
""",
  kind="client-reply-promise", promised="2027-01-05",
  note="French writer in English, French Outlook 'RE :'. Human reply (not an auto-reply) mentioning holidays; 'the 5 at the latest' = 5 Jan 2027.")

M(persona="Atelier Lumen", lang="en", owner="tb", tz="Europe/Paris",
  frm="Claire Dubois <claire.dubois@atelier-lumen.fr>", mua="outlook", quote="outlook", prefix="RE :",
  date="2027-02-02 10:20",
  thread=T("invoice", "INV-2027-011", "1845.00", due="2027-03-01", sent="2027-01-29 11:00",
           greet="Hi Claire,", what="the spring collection lookbook"),
  body="""Hello Tom,

I see the invoice is with Irish VAT 23 %, but we are a French company with an intra-community VAT number (FR 42 812345678), so it should be without VAT, with the reverse charge mention. Our accountant will not accept it like this.

Can you please correct it and send a new one? The amount should be 1 500 € then.

Thank you,
Claire
""",
  kind="client-reply-dispute", amount="1500.00",
  note="Wrong amount (VAT should be reverse-charged): asks for a corrected invoice = dispute; 1,500 is the amount they accept.")

M(persona="Okafor Ventures", lang="en", owner="hc",
  frm="Daniel Okafor <daniel@okaforventures.com>", mua="gmail", quote="gmail",
  date="2026-12-15 13:00",
  thread=T("invoice", "HC-124", "980.00", due="2027-01-14", sent="2026-12-14 17:00",
           greet="Hi Daniel,", what="the investor deck copy"),
  body="""Hannah,

HC-124 looks like a duplicate of HC-119 – same job (the investor deck copy), same amount. We paid 119 on the 2nd. Please cancel 124, or tell me what it's for if I've got that wrong.

Thanks,
Daniel
""",
  kind="client-reply-dispute", ref="HC-124",
  note="Already billed (duplicate). 'We paid 119' is about the other invoice: not a payment of HC-124.")

M(persona="Okafor Ventures", lang="en", owner="hc",
  frm="Daniel Okafor <daniel@okaforventures.com>", mua="gmail", quote="gmail",
  date="2027-01-11 09:20",
  thread=T("reminder", "HC-130", "1640.00", due="2027-01-06", sent="2027-01-08 08:00",
           greet="Dear Daniel Okafor,"),
  body="""Morning Hannah,
It's with finance. Realistically it'll be some time after the 15th – the January run hasn't been scheduled yet and I can't get them to do anything off-cycle, I've tried.
Daniel
""",
  kind="client-reply-promise",
  note="'some time after the 15th' is vague -> promise without promised_date.")

M(persona="Mills & Finch Architects", lang="en", owner="hc",
  frm="Sarah Mills <sarah@millsfinch.co.uk>", mua="outlook", quote="outlook",
  cc="Accounts <accounts@millsfinch.co.uk>", date="2026-11-09 16:00",
  thread=T("invoice", "HC-117", "2150.00", due="2026-12-09", sent="2026-11-09 10:00",
           greet="Hi Sarah,", what="the competition entry text and project descriptions"),
  body="""Thanks Hannah, received – I've passed it to our accounts team (copied) who'll be in touch if they need anything else from you.

Sarah

Sarah Mills RIBA
Partner | Mills & Finch Architects LLP
""",
  kind="client-reply-other",
  note="Received and passed to accounts (cc): no promise, no claim.")

M(persona="Mills & Finch Architects", lang="en", owner="hc",
  frm="Gemma Price <accounts@millsfinch.co.uk>", mua="outlook", quote="outlook",
  date="2027-01-11 11:40",
  thread=T("reminder", "HC-117", "2150.00", due="2026-12-09", sent="2027-01-08 08:00",
           greet="Dear Accounts Team,"),
  body="""Dear Hannah,

Apologies for the delay on HC-117 – it was held in our approval queue over Christmas. It's now approved. We pay suppliers on the last Friday of each month, so it will be included in January's run.

Kind regards,
Gemma Price
Accounts | Mills & Finch Architects LLP
""",
  kind="client-reply-promise", ref="HC-117", promised="2027-01-29",
  note="'last Friday of each month ... January's run' written 11 Jan = Fri 29 Jan 2027.")

M(persona="Walsh Hotels Group", lang="en", owner="tb",
  frm="Niamh Walsh <accounts@walshhotels.ie>", mua="outlook365", quote="outlook", fmt="html",
  date="2026-12-16 12:15",
  thread=T("reminder", "INV-2026-133", "3690.00", due="2026-12-10", sent="2026-12-15 08:00",
           greet="Dear Accounts Team,"),
  body="""Hi Tom,

As discussed with Ciarán last week, we need the credit note for the cancelled banner set (€615.00) before we can release anything on INV-2026-133 – our system won't let me part-pay an invoice. If it arrives this week we'll pay the balance on Friday.

Thanks,
Niamh Walsh
Group Accounts | Walsh Hotels Group
Galway · Killarney · Kinsale
""",
  kind="client-reply-dispute", ref="INV-2026-133",
  note="Conditional: payment only after a credit note for cancelled work. Wanting a credit note makes it a dispute even with 'we'll pay the balance on Friday'.")

M(persona="Fitzgerald Motors", lang="en", owner="tb",
  frm="Colm Fitzgerald <colm@fitzgeraldmotors.ie>", mua="gmail", quote="gmail", fmt="alt",
  date="2026-12-02 21:30",
  thread=T("reminder", "INV-2026-127", "1845.00", due="2026-11-20", sent="2026-12-01 08:00",
           greet="Dear Accounts Team,"),
  body="""Tom,

I owe you an apology, and not just a quick one. Your invoice has been sitting in my inbox for weeks and every time I opened it something else came up – we had the flood in the workshop on the 12th, then the insurance assessor, then two lads out sick. None of that is your problem, I know. You did a fantastic job on the new signage and the website and you've been more than patient.

I'll have it paid by Friday. If there's any interest or late fee on top, just add it and I'll pay that too.

Again, sorry.
Colm Fitzgerald
Fitzgerald Motors, Naas
""",
  kind="client-reply-promise", promised="2026-12-04",
  note="Long apology, then 'paid by Friday' (written Wed 2 Dec -> Fri 4 Dec).")

M(persona="Fitzgerald Motors", lang="en", owner="tb",
  frm="Colm Fitzgerald <colm@fitzgeraldmotors.ie>", mua="gmail", quote="none",
  date="2026-12-04 16:50",
  thread=T("reminder", "INV-2026-127", "1845.00", due="2026-11-20", sent="2026-12-01 08:00",
           greet="Dear Accounts Team,"),
  body="""Here you go – as promised.
Colm

---------- Forwarded message ---------
From: Bank of Leinster Online <alerts@bankofleinster-online.ie>
Date: Fri, 4 Dec 2026 at 16:41
Subject: Payment confirmation
To: <colm@fitzgeraldmotors.ie>

Your payment has been submitted.

From account: FITZGERALD MOTORS LTD ~4471
To: Tom Byrne
IBAN: IE29 AIBK **** **** 3456 78
Amount: €1,845.00
Reference: INV-2026-127
Date: 04/12/2026

SEPA Instant payments usually arrive within seconds. If you did not make this payment, call us immediately on 1800 000 000.
""",
  kind="client-reply-paid", ref="INV-2026-127", amount="1845.00",
  note="'Here you go' + forwarded bank confirmation = paid (a client's forward, not a payment-notification).")

M(persona="Grant & Hale", lang="en", owner="hc",
  frm="Tessa Grant <tessa@grantandhale.co.uk>", mua="apple", quote="apple",
  date="2026-11-17 10:30",
  thread=T("invoice", "HC-118", "1290.00", due="2026-12-13", sent="2026-11-13 12:00",
           greet="Hi Tessa,", what="the Highgate launch copy (including travel)"),
  body="""Hi Hannah,

Thanks for this, and for the lovely copy for the Highgate launch – the client's very happy.

One thing though: the invoice includes £90 travel for the two trips to Highgate, which wasn't in your quote, and we'd have said no if asked – it's a 20-minute tube ride. Could you remove it and resend?

Best,
Tessa
""",
  kind="client-reply-dispute",
  note="Compliments, then contests an unquoted £90 travel line.")

M(persona="Grant & Hale", lang="en", owner="hc",
  frm="Tessa Grant <tessa@grantandhale.co.uk>", mua="apple", quote="none",
  date="2026-12-09 17:05", subject="Re: Invoice HC-118",
  thread=T("invoice", "HC-118", sent="2026-11-20 09:12", subject="Re: Invoice HC-118"),
  body="""Paid in full today after all – Louise said it's not worth arguing over £90, and she's right. Thanks for your patience, and for the copy.
Tessa

> On 20 Nov 2026, at 09:12, Hannah Cole <hannah@colecopy.co.uk> wrote:
>
> Hi Tessa,
>
> Thanks – glad the client is happy! On the travel: it was on page 2 of the quote under "expenses at cost", so I'm afraid I'll leave the invoice as it is.
>
> Best,
> Hannah
>
>> On 17 Nov 2026, at 10:30, Tessa Grant <tessa@grantandhale.co.uk> wrote:
>>
>> Hi Hannah,
>>
>> Thanks for this, and for the lovely copy for the Highgate launch – the client's very happy.
>>
>> One thing though: the invoice includes £90 travel for the two trips to Highgate, which wasn't in your quote, and we'd have said no if asked – it's a 20-minute tube ride. Could you remove it and resend?
>>
>> Best,
>> Tessa
""",
  kind="client-reply-paid",
  note="Misleading quote: the quoted history is her own dispute; the new text says paid in full today.")

M(persona="Pike Plumbing", lang="en", owner="hc",
  frm="Gary Pike <gary@pikeplumbing.co.uk>", mua="android", quote="android",
  date="2026-12-09 19:45",
  thread=T("invoice", "HC-126", "420.00", due="2027-01-07", sent="2026-12-08 10:00",
           greet="Hi Gary,", what="the website copy for the new boiler-service pages"),
  body="""Hi Hannah, quick one – when I put your details in, my bank app says the name doesn't match the account ("Hannah Cole" vs something else). Is it a business account under a different name? Don't want to send it to the wrong place.
Cheers
Gary
""",
  kind="client-reply-other",
  note="Confirmation-of-payee question before paying: no claim, no promise.")

M(persona="Romero Studio", lang="en", owner="tb", tz="America/New_York",
  frm="Alicia Romero <alicia@romerostudio.nyc>", mua="iphone", quote="iphone",
  date="2026-12-16 23:40",
  thread=T("reminder", "INV-2026-139", "1900.00", cur="USD", due="2026-12-10", sent="2026-12-16 08:00",
           greet="Dear Alicia Romero,"),
  body="""Tom — so sorry, totally my fault, it's been a crazy week with the gallery opening. Paying it first thing tomorrow morning.
A.

Sent from my iPhone
""",
  kind="client-reply-promise", promised="2026-12-17",
  note="Time-zone trap: sent 23:40 Wed 16 Dec New York (already Thu 17 Dec in UTC and in Dublin); 'tomorrow' in the sender's zone = 17 Dec.")



# --------------------------------------------------------------------------------------------------
def split_of(persona: str) -> str:
    return "firstread4" if int(hashlib.sha1(persona.encode("utf-8")).hexdigest(), 16) % 10 < 4 else "dev"


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def main() -> int:
    for old in HERE.glob(f"{PREFIX}-*.eml"):
        old.unlink()
    labels = []
    order = list(MSGS)
    random.Random(6062).shuffle(order)  # interleave languages and personas
    for i, m in enumerate(order, 1):
        raw, lab = build(i, m)
        name = f"{PREFIX}-{i:04d}.eml"
        (HERE / name).write_bytes(raw)
        labels.append((name, lab))
    out = ["# round6-hard: client replies whose meaning is hard (long mails, hedges, negations, reported",
           "# speech, two invoices, partial + dispute, relative dates, misleading quotes). Generated by make.py.",
           "# split is decided per persona (client company) by sha1(persona) % 10 < 4 -> firstread4.", ""]
    for name, lab in labels:
        out.append(f'[files."{name}"]')
        out.append(f"kind = {toml_str(lab['kind'])}")
        out.append(f"language = {toml_str(lab['language'])}")
        out.append(f"split = {toml_str(split_of(lab['_persona']))}")
        for k in ("amount", "currency", "reference", "promised_date", "return_date"):
            if k in lab:
                out.append(f"{k} = {toml_str(lab[k])}")
        out.append(f"note = {toml_str(lab['note'])}")
        out.append("")
    (HERE / "labels.toml").write_text("\n".join(out), encoding="utf-8")

    # sanity check: every file parses and has the basic headers; labels parse
    parsed = tomllib.loads((HERE / "labels.toml").read_text(encoding="utf-8"))
    assert len(parsed["files"]) == len(MSGS)
    kinds = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
             "payment-notification", "auto-reply", "bounce", "other", "invoice"}
    for name, lab in labels:
        msg = email.message_from_bytes((HERE / name).read_bytes(), policy=email.policy.default)
        for hname in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[hname], (name, hname)
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), name
        assert lab["kind"] in kinds, name
        if "promised_date" in lab:
            assert lab["kind"] == "client-reply-promise", name
            assert dt.date.fromisoformat(lab["promised_date"]) >= lab["_date"].date(), name
        msg["Date"].datetime  # parses
    if "-v" in sys.argv:
        for name, lab in labels:
            w = lab["_date"]
            extra = ""
            if "promised_date" in lab:
                p = dt.date.fromisoformat(lab["promised_date"])
                extra = f" -> promised {p} {EN_DAYS[p.weekday()][:3]}"
            print(f"{name} {w:%a %Y-%m-%d %H:%M %z} {lab['language']} {lab['kind']:<22} {split_of(lab['_persona']):<10}"
                  f" {lab['_persona'][:28]:<28}{extra}")
    from collections import Counter
    c = Counter((lab["kind"]) for _, lab in labels)
    s = Counter((split_of(lab["_persona"])) for _, lab in labels)
    print(f"{len(labels)} messages; kinds: {dict(sorted(c.items()))}; splits: {dict(s)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
