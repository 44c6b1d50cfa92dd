#!/usr/bin/env python3
"""round13-followups: human replies to the second and third reminders and to the formal notice.

Generates r13f-NNNN.eml and labels.toml in this directory. Python 3.11, stdlib only.
Every client text below is hand-written; only the MIME plumbing, the HTML skeletons and the quoted
mailduns letters (filled in from templates/{it,es,en}) are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html as htmlmod
import json
import os
import quopri
import random
import struct
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r13f"

# --------------------------------------------------------------------------------------------------
# The mailbox owners
# --------------------------------------------------------------------------------------------------
OWNERS = {
    "alessandra": dict(name="Alessandra Rossi", email="alessandra@example.it", lang="it", tz="Europe/Rome",
                       benef="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456", domain="example.it"),
    "davide": dict(name="Davide Greco", email="davide@grecofotografia.it", lang="it", tz="Europe/Rome",
                   benef="Davide Greco", iban="IT02 L030 6909 6061 0000 0117 435", domain="grecofotografia.it"),
    "lucia": dict(name="Lucía Martín", email="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  benef="Lucía Martín Herrero", iban="ES91 2100 0418 4502 0005 1332", domain="martinestudio.es"),
    "jordi": dict(name="Jordi Puig", email="jordi@puigweb.cat", lang="es", tz="Europe/Madrid",
                  benef="Jordi Puig i Serra", iban="ES79 0081 0200 2500 0123 4567", domain="puigweb.cat"),
    "tom": dict(name="Tom Byrne", email="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                benef="Tom Byrne Design", iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", domain="byrnedesign.ie"),
    "sarah": dict(name="Sarah Okafor", email="sarah@okaforcopy.co.uk", lang="en", tz="Europe/London",
                  benef="Sarah Okafor", iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", domain="okaforcopy.co.uk"),
}

MONTHS = {
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
MON_SHORT = {
    "it": ["gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"],
    "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}
WD = {
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
WD_SHORT = {
    "it": ["lun", "mar", "mer", "gio", "ven", "sab", "dom"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
}


def D(s):
    return s if isinstance(s, dt.date) else dt.date.fromisoformat(s)


def long_date(lang, d):
    d = D(d)
    if lang == "it":
        return f"{d.day} {MONTHS['it'][d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"


SYM = {"EUR": "€", "GBP": "£", "USD": "$"}


def money(lang, v, cur="EUR"):
    s = f"{v:,.2f}"
    if lang in ("it", "es"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return f"{s} {SYM[cur]}"
    return f"{SYM[cur]}{s}"


# --------------------------------------------------------------------------------------------------
# The mailduns letters the clients quote (filled in from templates/{it,es,en}/*.txt.j2)
# --------------------------------------------------------------------------------------------------
def payment_block(lang, o, ref, configured=True):
    if not configured:
        return {"it": "Gli estremi per il pagamento sono riportati nella fattura, nel messaggio originale di questa conversazione.",
                "es": "Los datos para el pago figuran en la factura, en el mensaje original de esta conversación.",
                "en": "The payment details are on the invoice, in my original email in this thread."}[lang]
    if lang == "it":
        return "\n".join(["Per il pagamento:", f"- beneficiario: {o['benef']}", f"- IBAN: {o['iban']}",
                          f"- causale: {ref}"])
    if lang == "es":
        return "\n".join(["Datos para el pago:", f"- beneficiario: {o['benef']}", f"- IBAN: {o['iban']}",
                          f"- concepto: {ref}"])
    lines = ["Payment details:", f"- Account name: {o['benef']}", f"- IBAN: {o['iban']}"]
    if o.get("bic"):
        lines.append(f"- BIC (SWIFT): {o['bic']}")
    lines.append(f"- Payment reference: {ref}")
    return "\n".join(lines)


def fees(lang, law, num, amt, due, today, cur="EUR"):
    """Returns (paragraph, total) for the statutory late-payment fees."""
    due, today = D(due), D(today)
    days = (today - due).days
    rate = 11.75 if law == "GB" else 10.15
    interest = round(amt * rate / 100 * days / 365, 2)
    if law == "GB":
        comp = 40.0 if amt < 1000 else 70.0
    elif law == "IE":
        comp = 40.0 if amt < 1000 else 70.0
    else:
        comp = 40.0
    total = round(amt + interest + comp, 2)
    m = lambda v: money(lang, v, cur)
    start = due + dt.timedelta(days=1)
    if lang == "it":
        txt = ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
               "senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
               "interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
               f"percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di {m(comp)} a titolo di "
               "risarcimento dei costi di recupero (art. 6).\n\n"
               "Ad oggi l'importo dovuto è il seguente:\n"
               f"- fattura n. {num}: {m(amt)}\n"
               f"- interessi di mora dal {long_date('it', start)} al {long_date('it', today)} ({days} giorni al 10,15%): {m(interest)}\n"
               f"- importo forfettario per i costi di recupero: {m(comp)}\n"
               f"- totale: {m(total)}")
    elif lang == "es":
        txt = ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que "
               "se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). "
               "Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo legal: "
               "el tipo del Banco Central Europeo para sus operaciones principales de financiación más ocho puntos "
               "porcentuales, actualmente el 10,15 % anual (arts. 5 y 7). A la deuda se añade, además, una cantidad fija "
               f"de {m(comp)} en concepto de indemnización por costes de cobro (art. 8).\n\n\n"
               "A día de hoy, el importe adeudado es el siguiente:\n"
               f"- factura n.º {num}: {m(amt)}\n"
               f"- intereses de demora del {long_date('es', start)} al {long_date('es', today)} ({days} días al 10,15 %): {m(interest)}\n"
               f"- indemnización por costes de cobro: {m(comp)}\n"
               f"- total: {m(total)}")
    else:
        if law == "GB":
            head = ("As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                    "applies: statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank "
                    "of England base rate in force when the debt fell due), and a fixed sum of "
                    f"{m(comp)} is due for the costs of recovering the debt (section 5A).")
        elif law == "IE":
            head = ("As this is a commercial transaction, the European Communities (Late Payment in Commercial "
                    "Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date at "
                    "10.15% a year (the European Central Bank's main refinancing rate plus 8 percentage points), and "
                    f"{m(comp)} is due as compensation for recovery costs (Regulation 9).")
        else:
            head = ("As this is a commercial transaction, the legislation implementing EU Directive 2011/7/EU on "
                    "combating late payment applies: statutory interest for late payment runs from the day after the "
                    "due date at the European Central Bank's main refinancing rate plus 8 percentage points (currently "
                    f"10.15% a year), and a fixed sum of {m(comp)} is due as compensation for recovery costs.")
        rate_s = "11.75%" if law == "GB" else "10.15%"
        txt = (head + "\n\n" +
               f"The amount due as at {long_date('en', today)} (interest continues to run until payment) is:\n"
               f"- invoice {num}: {m(amt)}\n"
               f"- interest from {long_date('en', start)} to {long_date('en', today)} ({days} days at {rate_s}): {m(interest)}\n"
               f"- compensation for recovery costs: {m(comp)}\n"
               f"- total: {m(total)}")
    return txt, total


def ref_for(lang, num):
    return {"it": f"Fattura {num}", "es": f"Factura {num}", "en": num}[lang]


def render_letter(r):
    """r: dict with owner, step, sal, num, amt, due, sent and step-specific fields."""
    o = OWNERS[r["owner"]]
    lang = o["lang"]
    cur = r.get("cur", "EUR")
    m = lambda v: money(lang, v, cur)
    today = D(r["sent"][:10])
    num, amt, due = r.get("num"), r.get("amt"), r.get("due")
    days = (today - D(due)).days if due else 0
    L = lambda d: long_date(lang, d)
    pay = payment_block(lang, o, r.get("payref") or ref_for(lang, num), r.get("pay", True))
    fee_txt, total = ("", None)
    if r.get("fees"):
        fee_txt, total = fees(lang, r.get("law", "EU"), num, amt, due, today, cur)
    sal = r["sal"]
    step = r["step"]
    out = []
    if lang == "it":
        sign = "Cordiali saluti,\n" + o["name"]
        if step == "late":
            out.append(sal)
            out.append(f"la fattura n. {num} di {m(amt)}, scaduta il {L(due)}, risulta ancora da saldare: "
                       f"sono trascorsi {days} giorni dalla scadenza.")
            if fee_txt:
                out.append(fee_txt)
            out.append(f"Chiedo cortesemente di provvedere al pagamento{' dell' + chr(39) + 'importo totale' if fee_txt else ''} "
                       f"entro il {L(r['deadline'])}. Se il pagamento è già stato disposto, basta rispondere indicando la "
                       "data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare "
                       "insieme una soluzione: basta rispondere a questa email.")
            out += [pay, sign]
        elif step == "susp":
            out.append(sal)
            out.append(f"torno a scrivere in merito alla fattura n. {num} di {m(amt)}, scaduta il {L(due)}, che risulta "
                       "ancora da saldare.")
            if fee_txt:
                out.append(fee_txt)
            out.append(f"In mancanza del pagamento entro il {L(r['deadline'])}, dal {L(r['susp'])} potrebbe essere "
                       "necessario sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. "
                       "Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo "
                       "concordare una soluzione; basta rispondere a questa email.")
            out += [pay, sign]
        elif step == "final":
            out.append(f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {num} del {L(r['issue'])}")
            out.append(sal)
            out.append(f"la fattura n. {num} di {m(amt)}, scaduta il {L(due)}, risulta ancora da saldare nonostante i "
                       "precedenti solleciti.")
            if fee_txt:
                out.append(fee_txt)
            what = "dell'importo totale sopra indicato" if fee_txt else f"di {m(amt)}"
            out.append(f"Con la presente chiedo formalmente il pagamento {what} entro il {L(r['deadline'])}. La presente "
                       "vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice "
                       "civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni "
                       "altro diritto.")
            out.append("In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito "
                       "nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le "
                       "relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un "
                       "piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.")
            out.append("Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di "
                       "indicarmi la data del bonifico, così da poterlo verificare.")
            out += [pay, sign]
        elif step == "cover":
            out.append(sal)
            tot = r.get("total") or amt
            out.append(f"si trasmette in allegato, in formato PDF, la diffida di pagamento e costituzione in mora relativa "
                       f"alla fattura n. {num}, per complessivi {m(tot)}, con richiesta di pagamento entro 15 giorni dal "
                       f"ricevimento (entro il {L(r['deadline'])}).")
            out.append("Per qualsiasi chiarimento è possibile rispondere a questo indirizzo.")
            out.append("Distinti saluti,\n" + o["name"])
        elif step == "promise_fu":
            out.append(sal)
            if r.get("promise"):
                out.append(f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {num} di {m(amt)} "
                           f"sarebbe stato effettuato entro il {L(r['promise'])}.")
            else:
                out.append(f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {num} di {m(amt)}, "
                           f"scaduta il {L(due)}.")
            out.append("Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere "
                       "indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi "
                       "sapere entro quando posso aspettarlo.")
            out += [pay, sign]
        elif step == "statement":
            out.append(sal)
            out.append("da un controllo risultano ancora da saldare le seguenti fatture:")
            rows = []
            tot = 0
            for (n, a, du, iss) in r["invoices"]:
                dl = (today - D(du)).days
                rows.append(f"- n. {n} del {L(iss)}, scaduta il {L(du)} ({dl} giorni di ritardo): {m(a)}")
                tot += a
            out.append("\n".join(rows))
            out.append(f"Totale da pagare: {m(tot)}")
            out.append(f"Chiedo cortesemente di provvedere al pagamento entro il {L(r['deadline'])}. Se alcune di queste "
                       "fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, così "
                       "aggiorno la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una "
                       "soluzione: basta rispondere a questa email.")
            out += [pay, sign]
        else:
            raise ValueError(step)
    elif lang == "es":
        sign = "Un cordial saludo,\n" + o["name"]
        if step == "late":
            out.append(sal)
            out.append(f"La factura n.º {num} de {m(amt)} venció el {L(due)}, hace {days} días, y sigue pendiente de pago.")
            if fee_txt:
                out.append(fee_txt)
            out.append(f"Ruego que el pago de {m(total) if total else m(amt)} se realice a más tardar el "
                       f"{L(r['deadline'])}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha "
                       "de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una "
                       "solución por esta misma vía.")
            out += [pay, sign]
        elif step == "susp":
            out.append(sal)
            out.append(f"Vuelvo a ponerme en contacto en relación con la factura n.º {num} de {m(amt)}, vencida el "
                       f"{L(due)} y todavía pendiente de pago.")
            if fee_txt:
                out.append(fee_txt)
            out.append(f"Si para el {L(r['deadline'])} no se ha recibido el pago de {m(total) if total else m(amt)}, a "
                       f"partir del {L(r['susp'])} podría verme en la necesidad de suspender los trabajos en curso y la "
                       "prestación de los servicios contratados hasta que se regularice la situación. Si existe alguna "
                       "dificultad (por ejemplo, si es necesario fraccionar el pago), basta con responder a este correo "
                       "y buscaremos una solución.")
            out += [pay, sign]
        elif step == "final":
            out.append(f"Asunto: Requerimiento de pago de la factura n.º {num}")
            out.append(sal)
            cn = r.get("client_name")
            out.append(f"La factura n.º {num}, emitida{' a nombre de ' + cn if cn else ''} el {L(r['issue'])}, venció el "
                       f"{L(due)} y, pese a los recordatorios enviados anteriormente, sigue pendiente de pago por un "
                       f"importe de {m(amt)}.")
            if fee_txt:
                out.append(fee_txt)
            out.append("Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago "
                       f"de {m(total) if total else m(amt)} a más tardar el {L(r['deadline'])}"
                       f"{', más los intereses de demora que se devenguen hasta la fecha del pago' if fee_txt else ''}.")
            out.append("Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                       "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, "
                       "de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para "
                       "el retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con "
                       "responder a este correo.")
            out.append(f"Si para el {L(r['deadline'])} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que "
                       "pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. "
                       "Preferiría sinceramente evitarlo.")
            out.append("Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: "
                       "en ese caso, basta una breve respuesta con la fecha de la transferencia.")
            out.append(pay)
            out.append("Atentamente,\n" + o["name"])
        elif step == "cover":
            out.append(sal)
            tot = r.get("total") or amt
            out.append(f"Se adjunta, en PDF, el requerimiento de pago relativo a la factura n.º {num}, por un total de "
                       f"{m(tot)}, que es también una invitación a negociar una solución. El plazo para el pago es de 15 "
                       f"días naturales desde la recepción (hasta el {L(r['deadline'])}).")
            out.append("Cualquier respuesta puede enviarse a esta misma dirección.")
            out.append("Atentamente,\n" + r.get("creditor", o["name"]))
        elif step == "promise_fu":
            out.append(sal)
            if r.get("promise"):
                out.append(f"Según su último mensaje, el pago de la factura n.º {num} de {m(amt)} se realizaría a más "
                           f"tardar el {L(r['promise'])}; gracias de nuevo por la información.")
            else:
                out.append(f"Gracias de nuevo por la información sobre el pago de la factura n.º {num} de {m(amt)}, "
                           f"vencida el {L(due)}.")
            out.append("A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con "
                       "responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil "
                       "saber para cuándo puedo contar con él.")
            out += [pay, sign]
        elif step == "statement":
            out.append(sal)
            out.append("Revisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:")
            rows, tot = [], 0
            for (n, a, du, iss) in r["invoices"]:
                dl = (today - D(du)).days
                rows.append(f"- n.º {n}, del {L(iss)}, vencida el {L(du)} ({dl} días de retraso): {m(a)}")
                tot += a
            out.append("\n".join(rows))
            out.append(f"Total a pagar: {m(tot)}")
            out.append(f"Ruego que el pago de estas facturas se realice a más tardar el {L(r['deadline'])}. Si alguna de "
                       "ellas ya está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la "
                       "transferencia, para que pueda actualizar mis registros. Si hay algún problema con alguna "
                       "factura, podemos aclararlo por esta misma vía.")
            out += [pay, sign]
        else:
            raise ValueError(step)
    else:
        signoff = r.get("signoff", "Kind regards,")
        sign = signoff + "\n" + o["name"]
        if step == "late":
            out.append(sal)
            out.append(f"Invoice {num} for {m(amt)}, due on {L(due)}, is now {days} days overdue.")
            if fee_txt:
                out.append(fee_txt)
            out.append(f"Please arrange payment{' of the total above' if fee_txt else ''} by {L(r['deadline'])}. If "
                       "payment is already on its way, thank you – please let me know the date it was made. If there is "
                       "a problem with the invoice or with the timing, please reply to this email and we can find a "
                       "solution.")
            out += [pay, sign]
        elif step == "susp":
            out.append(sal)
            out.append(f"I am writing again about invoice {num} for {m(amt)}, which was due on {L(due)} and remains unpaid.")
            if fee_txt:
                out.append(fee_txt)
            out.append(f"If payment{' of the total above' if fee_txt else ''} is not received by {L(r['deadline'])}, I may "
                       "have to suspend work in progress and any services I provide to you from "
                       f"{L(r['susp'])} until the account is settled. If something is making payment difficult – for "
                       "example, if you need to pay in instalments – please reply to this email and we can agree a solution.")
            out += [pay, sign]
        elif step == "final":
            out.append("Final notice before debt recovery")
            head = []
            if r.get("client_name"):
                head.append(f"To: {r['client_name']}")
            head.append(f"Date: {L(today)}")
            head.append(f"Invoice: {num}, issued on {L(r['issue'])}, due on {L(due)}")
            head.append(f"Amount due: {m(total)} (as at {L(today)}; details below)" if fee_txt else f"Amount due: {m(amt)}")
            head.append(f"Payment deadline: {L(r['deadline'])}")
            out.append("\n".join(head))
            out.append(sal)
            out.append(f"Despite my previous reminders, invoice {num} for {m(amt)}, which was due for payment on "
                       f"{L(due)}, remains unpaid.")
            if fee_txt:
                out.append(fee_txt)
            out.append(f"I therefore formally request payment of {'the total above' if fee_txt else m(amt)} by "
                       f"{L(r['deadline'])}.")
            out.append("If payment is not received by that date, I intend to take steps to recover the debt. These may "
                       "include referring the matter to a debt collection agency or a solicitor and, if necessary, "
                       "starting court proceedings"
                       f"{', in which I would also claim the interest accrued and my reasonable costs of recovery, as the law allows' if fee_txt else ''}.")
            out.append("I would much rather resolve this with you directly. If there is a reason for the delay, or if you "
                       f"would like to propose a payment plan, please reply to this email before {L(r['deadline'])}.")
            out.append("If you have paid in the meantime, thank you, and please accept my apologies for this notice; it "
                       "would help if you could let me know the payment date so that I can update my records.")
            out.append(pay)
            out.append(r.get("signoff", "Yours faithfully,") + "\n" + o["name"])
        elif step == "cover":
            out.append(sal)
            tot = r.get("total") or amt
            out.append(f"I attach, as a PDF, a formal notice and demand for payment concerning invoice {num}, for a total "
                       f"of {m(tot)}, payable within 14 days of receipt (by {L(r['deadline'])}).")
            out.append("Any reply may be sent to this address.")
            out.append(r.get("signoff", "Yours faithfully,") + "\n" + o["name"])
        elif step == "promise_fu":
            out.append(sal)
            if r.get("promise"):
                out.append(f"Thank you for letting me know that invoice {num} for {m(amt)} would be paid by "
                           f"{L(r['promise'])}.")
            else:
                out.append(f"Thank you for your earlier message about invoice {num} for {m(amt)}, which was due on {L(due)}.")
            out.append("The payment has not reached me yet. If it is already on its way, thank you – please let me know "
                       "the date it was made. If you need a little more time, could you let me know when I can expect it?")
            out += [pay, sign]
        elif step == "statement":
            out.append(sal)
            out.append("According to my records, the following invoices are still outstanding:")
            rows, tot = [], 0
            for (n, a, du, iss) in r["invoices"]:
                dl = (today - D(du)).days
                rows.append(f"- {n}, issued on {L(iss)}, due on {L(du)} ({dl} days overdue): {m(a)}")
                tot += a
            out.append("\n".join(rows))
            out.append(f"Total due: {m(tot)}")
            out.append(f"Please arrange payment by {L(r['deadline'])}. If some of these invoices have already been paid, "
                       "thank you – please let me know which ones and the payment dates, so that I can update my "
                       "records. If there is a problem with any of them, please reply to this email and we can sort it out.")
            out += [pay, sign]
        else:
            raise ValueError(step)
    return "\n\n".join(out)


# --------------------------------------------------------------------------------------------------
# Quoting styles
# --------------------------------------------------------------------------------------------------
def attribution(style, lang, name, addr, when, us=False):
    wd, wds = WD[lang][when.weekday()], WD_SHORT[lang][when.weekday()]
    mon, mons = MONTHS[lang][when.month - 1], MON_SHORT[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {wds} {when.day} {mons} {when.year} alle ore {hm} {name} <{addr}> ha scritto:"
        if lang == "es":
            return f"El {wds}, {when.day} {mons} {when.year} a las {when.hour}:{when.minute:02d}, {name} (<{addr}>) escribió:"
        if us:
            h12 = when.strftime("%I:%M %p").lstrip("0")
            return f"On {wds}, {mons} {when.day}, {when.year} at {h12} {name} <{addr}> wrote:"
        return f"On {wds}, {when.day} {mons} {when.year} at {hm}, {name} <{addr}> wrote:"
    if style == "iphone":
        if lang == "it":
            return f"Il giorno {when.day} {mons} {when.year}, alle ore {hm}, {name} <{addr}> ha scritto:"
        if lang == "es":
            return f"El {when.day} {mons} {when.year}, a las {when.hour}:{when.minute:02d}, {name} <{addr}> escribió:"
        return f"On {when.day} {mons} {when.year}, at {hm}, {name} <{addr}> wrote:"
    if style == "thunderbird":
        if lang == "it":
            return f"Il {when.strftime('%d/%m/%Y')} {hm}, {name} ha scritto:"
        if lang == "es":
            return f"El {when.day}/{when.month}/{when.year} a las {hm}, {name} escribió:"
        return f"On {when.strftime('%d/%m/%Y')} {hm}, {name} wrote:"
    raise ValueError(style)


def outlook_block(lang, name, addr, when, to, subject, old=False, us=False):
    wd, mon = WD[lang][when.weekday()], MONTHS[lang][when.month - 1]
    hm = when.strftime("%H:%M")
    if lang == "it":
        sent = f"{wd} {when.day} {mon} {when.year} {hm}"
        lab = ("Da", "Inviato", "A", "Oggetto") if not old else ("Da", "Inviato", "A", "Oggetto")
        sep = "-----Messaggio originale-----" if old else "________________________________"
    elif lang == "es":
        sent = f"{wd}, {when.day} de {mon} de {when.year} {when.hour}:{when.minute:02d}"
        lab = ("De", "Enviado el" if old else "Enviado", "Para", "Asunto")
        sep = "-----Mensaje original-----" if old else "________________________________"
    else:
        if us:
            sent = f"{wd}, {mon} {when.day}, {when.year} {when.strftime('%I:%M %p').lstrip('0')}"
        else:
            sent = f"{when.day:02d} {mon} {when.year} {hm}"
        lab = ("From", "Sent", "To", "Subject")
        sep = "-----Original Message-----" if old else "________________________________"
    return sep, [f"{lab[0]}: {name} <{addr}>", f"{lab[1]}: {sent}", f"{lab[2]}: {to}", f"{lab[3]}: {subject}"]


def gt(s):
    return "\n".join(("> " + l) if l else ">" for l in s.split("\n"))


# --------------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------------
class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None):
        self.headers, self.body, self.children, self.boundary = headers, body, children, boundary

    def serialize(self):
        out = b""
        for k, v in self.headers:
            out += f"{k}: {v}\n".encode("ascii")
        out += b"\n"
        if self.children is None:
            out += self.body
            if not out.endswith(b"\n"):
                out += b"\n"
        else:
            if self.body:
                out += self.body
            for c in self.children:
                out += f"--{self.boundary}\n".encode() + c.serialize()
            out += f"--{self.boundary}--\n".encode()
        return out


CODEC = {"utf-8": "utf-8", "iso-8859-1": "cp1252", "windows-1252": "cp1252", "us-ascii": "ascii",
         "iso-8859-15": "iso-8859-15"}


def text_part(text, subtype="plain", charset="utf-8", cte=None, flowed=False):
    data = text.replace("\r\n", "\n").encode(CODEC[charset], "xmlcharrefreplace" if subtype == "html" else "strict")
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    else:
        body = data
    ct = f'text/{subtype}; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body)


def attach_part(filename, mimetype, data, inline=False):
    body = base64.encodebytes(data)
    disp = "inline" if inline else "attachment"
    return Part([("Content-Type", f'{mimetype}; name="{filename}"'),
                 ("Content-Disposition", f'{disp}; filename="{filename}"'),
                 ("Content-Transfer-Encoding", "base64")], body)


def multipart(sub, children, seed):
    b = "----=_Part_" + hashlib.md5(seed.encode()).hexdigest()[:20]
    if sub == "alternative":
        b = "000000000000" + hashlib.md5(seed.encode()).hexdigest()[:16]
    return Part([("Content-Type", f'multipart/{sub}; boundary="{b}"')], b"", children, b)


def fake_pdf(lines):
    text = "\n".join(lines)
    stream = "BT /F1 10 Tf 50 780 Td 12 TL\n" + "\n".join(
        "(" + l.replace("(", "[").replace(")", "]") + ") '" for l in lines) + "\nET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream.encode('latin-1', 'replace'))} >>\nstream\n{stream}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = "%PDF-1.4\n"
    for i, ob in enumerate(objs, 1):
        out += f"{i} 0 obj\n{ob}\nendobj\n"
    out += "trailer\n<< /Root 1 0 R >>\n%%EOF\n"
    return out.encode("latin-1", "replace")


def fake_png(w=4, h=3, rgb=(200, 220, 240)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))
    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode(linesep="\n ")


def addr(name, a):
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def make_msgid(seed, style, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if style == "gmail":
        b = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip("=").replace("/", "_")
        return f"<CA{b[:10]}+{b[10:40]}@mail.gmail.com>"
    if style == "outlook":
        return f"<AM9PR07MB{h[:4].upper()}{h[4:8].upper()}{h[8:20].upper()}@AM9PR07MB{h[20:24].upper()}.eurprd07.prod.outlook.com>"
    if style == "iphone":
        u = h[:32].upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    return f"<{h[:12]}.{h[12:20]}@{domain}>"


def para_html(text):
    paras = text.strip("\n").split("\n\n")
    return "".join("<div>" + "<br>".join(htmlmod.escape(l) for l in p.split("\n")) + "</div><div><br></div>"
                   for p in paras)


def outlook_p(text):
    out = []
    for l in text.strip("\n").split("\n"):
        out.append(f"<p class=MsoNormal>{htmlmod.escape(l) if l else '&nbsp;'}<o:p></o:p></p>")
    return "\n".join(out)


# --------------------------------------------------------------------------------------------------
# Messages
# --------------------------------------------------------------------------------------------------
MSGS = []


def add(**kw):
    MSGS.append(kw)


MAILERS = {
    "iphone": [("X-Mailer", "iPhone Mail (22C152)")],
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtIq2Vn0Z3kTq1bSu2+R0hA7l5W9g==")],
    "outlook365": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2")],
    "android": [("X-Mailer", "Android Mail")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "gmail": [],
    "web": [("X-Mailer", "Open-Xchange Mailer v7.10.6-Rev62")],
    "libero": [("X-Mailer", "Libero Mail Web")],
}


def build(i, kw):
    o = OWNERS[kw["owner"]]
    lang = kw["lang"]
    cname, cmail = kw["frm"]
    tz = ZoneInfo(kw["tz"])
    when = dt.datetime.fromisoformat(kw["date"]).replace(tzinfo=tz)
    assert dt.datetime(2026, 11, 1, tzinfo=tz) <= when < dt.datetime(2027, 3, 1, tzinfo=tz), kw["date"]
    mailer = kw.get("mailer", "gmail")
    us = kw.get("us", False)
    cdomain = cmail.split("@")[1]
    seed = f"{PREFIX}-{i}-{cmail}-{kw['date']}"
    idstyle = {"gmail": "gmail", "android": "gmail", "iphone": "iphone", "apple": "iphone", "outlook": "outlook",
               "outlook365": "outlook"}.get(mailer, "plain")
    msgid = make_msgid(seed, idstyle, cdomain)

    orig = kw.get("orig")
    refs = []
    quote_txt, quote_html, subj = "", "", kw.get("subject")
    if orig:
        otz = ZoneInfo(o["tz"])
        osent = dt.datetime.fromisoformat(orig["sent"]).replace(tzinfo=otz)
        assert osent < when, (kw["date"], orig["sent"])
        oid = f"<{osent.strftime('%Y%m%d%H%M%S')}.{hashlib.md5(seed.encode()).hexdigest()[:10]}@{o['domain']}>"
        inv_id = f"<{hashlib.md5((seed + 'inv').encode()).hexdigest()[:16]}@{o['domain']}>"
        refs = [inv_id] + orig.get("extra_refs", []) + [oid]
        letter = render_letter(orig)
        if subj is None:
            subj = kw.get("re", "Re: ") + orig["subj"]
        local = osent.astimezone(tz)
        style = kw.get("quote", "gmail")
        oto = orig.get("to_line") or addr(None, cmail)
        if style in ("gmail", "iphone", "thunderbird"):
            a = attribution(style, lang, o["name"], o["email"], local, us)
            if style == "iphone":
                quote_txt = f"{a}\n\n{gt(letter)}"
            else:
                quote_txt = f"{a}\n\n{gt(letter)}" if style == "thunderbird" else f"{a}\n\n{gt(letter)}"
            if style == "gmail":
                quote_html = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{htmlmod.escape(a)}<br></div>'
                              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                              f'rgb(204,204,204);padding-left:1ex">{para_html(letter)}</blockquote></div>')
            else:
                quote_html = (f'<div dir="ltr"><br><blockquote type="cite">{htmlmod.escape(a)}<br><br></blockquote></div>'
                              f'<blockquote type="cite"><div dir="ltr">{para_html(letter)}</div></blockquote>')
        elif style in ("outlook", "outlook_old"):
            to_disp = orig.get("to_disp", cmail)
            sep, lines = outlook_block(lang, o["name"], o["email"], local, to_disp, orig["subj"],
                                       old=(style == "outlook_old"), us=us)
            quote_txt = sep + "\n" + "\n".join(lines) + "\n\n" + letter
            b = ["<b>" + htmlmod.escape(l.split(":", 1)[0]) + ":</b>" + htmlmod.escape(l.split(":", 1)[1]) for l in lines]
            quote_html = ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                          "<p class=MsoNormal><span style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>"
                          + "<br>\n".join(b) + "<o:p></o:p></span></p></div>\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
                          + outlook_p(letter))
        elif style == "none":
            pass
        else:
            raise ValueError(style)
    refs = kw.get("refs", refs)
    assert subj, "subject"

    body = kw["body"].strip("\n")
    plain = body + "\n"
    if quote_txt:
        plain = body + "\n\n" + quote_txt + "\n"
    if kw.get("bottom_text"):
        plain += "\n" + kw["bottom_text"].strip("\n") + "\n"

    charset = kw.get("charset", "utf-8")
    cte = kw.get("cte")
    html_mode = kw.get("html")
    parts = None
    if html_mode:
        client_html = kw.get("html_body") or None
        if mailer in ("outlook", "outlook365"):
            inner = client_html or outlook_p(body)
            html_doc = ("<html xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\" "
                        "xmlns:w=\"urn:schemas-microsoft-com:office:word\" xmlns:m=\"http://schemas.microsoft.com/office/2004/12/omml\" "
                        "xmlns=\"http://www.w3.org/TR/REC-html40\"><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                        f"charset={charset}\"><meta name=\"Generator\" content=\"Microsoft Word 15 (filtered medium)\"><style><!--\n"
                        "p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:\"Calibri\",sans-serif;}\n"
                        "a:link, span.MsoHyperlink {color:#0563C1;text-decoration:underline;}\n"
                        "@page WordSection1 {size:612.0pt 792.0pt;margin:70.85pt 2.0cm 2.0cm 2.0cm;}\n"
                        "div.WordSection1 {page:WordSection1;}\n--></style></head>"
                        f"<body lang={lang.upper()} link=\"#0563C1\" vlink=\"#954F72\" style='word-wrap:break-word'>"
                        f"<div class=WordSection1>\n{inner}\n<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n{quote_html}\n</div></body></html>")
        elif mailer in ("iphone", "apple"):
            inner = client_html or para_html(body)
            html_doc = ("<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"></head>"
                        f"<body dir=\"auto\"><div dir=\"ltr\">{inner}</div>{quote_html}</body></html>")
        else:
            inner = client_html or para_html(body)
            html_doc = f"<div dir=\"ltr\">{inner}</div><br>{quote_html}"
        if html_mode == "only":
            parts = text_part(html_doc, "html", charset, cte)
        else:
            parts = multipart("alternative", [text_part(plain, "plain", charset, cte, kw.get("flowed", False)),
                                              text_part(html_doc, "html", charset, cte)], seed + "alt")
    else:
        parts = text_part(plain, "plain", charset, cte, kw.get("flowed", False))

    atts = kw.get("attach", [])
    if atts:
        parts = multipart("mixed", [parts] + [attach_part(*a) for a in atts], seed + "mixed")

    headers = [("MIME-Version", "1.0"),
               ("Date", format_datetime(when)),
               ("From", addr(cname, cmail)),
               ("To", kw.get("to") or addr(o["name"], o["email"]))]
    if kw.get("cc"):
        headers.append(("Cc", ", ".join(addr(n, a) for n, a in kw["cc"])))
    headers.append(("Subject", hdr(subj)))
    headers.append(("Message-ID", msgid))
    if refs:
        headers.append(("In-Reply-To", refs[-1]))
        headers.append(("References", " ".join(refs)))
    for k, v in MAILERS.get(mailer, []):
        if k == "Thread-Index":
            v = base64.b64encode(hashlib.md5(seed.encode()).digest() + b"\x01\x02").decode()
        headers.append((k, v))
    if kw.get("content_language"):
        headers.append(("Content-Language", kw["content_language"]))
    headers += kw.get("headers", [])
    parts.headers = headers + parts.headers
    return parts.serialize()


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def main():
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MSGS)))
    random.Random(1313).shuffle(order)
    labels = ["# round13-followups: human replies to the 2nd/3rd reminder and to the formal notice.",
              "# Generated by make.py; every client text is hand-written.", ""]
    for n, idx in enumerate(order, 1):
        kw = MSGS[idx]
        name = f"{PREFIX}-{n:04d}.eml"
        data = build(n, kw)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(data)
        lab = kw.get("labels", {})
        labels.append(f'[files."{name}"]')
        labels.append(f'kind = "{kw["kind"]}"')
        labels.append(f'language = "{kw["lang"]}"')
        labels.append('split = "dev"')
        for key in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient"):
            if key in lab:
                labels.append(f"{key} = {toml_str(lab[key])}")
        labels.append(f"note = {toml_str(kw['note'])}")
        labels.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(labels))
    # sanity check
    for n in range(1, len(MSGS) + 1):
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (name, h)
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), name
    print(f"wrote {len(MSGS)} messages")


# ==================================================================================================
# The messages. Each add() is one hand-written reply.
# ==================================================================================================
def R(owner, step, sal, num, amt, due, sent, subj, **kw):
    d = dict(owner=owner, step=step, sal=sal, num=num, amt=amt, due=due, sent=sent, subj=subj)
    d.update(kw)
    return d


GDPR_IT = ("Le informazioni contenute in questa comunicazione e negli eventuali allegati sono riservate e destinate "
           "esclusivamente al destinatario. Ai sensi del Regolamento UE 2016/679 (GDPR) e del D.Lgs. 196/2003, se "
           "avete ricevuto questo messaggio per errore vi preghiamo di darne immediata comunicazione al mittente e di "
           "cancellarlo. Ogni utilizzo non autorizzato è vietato.")
LOPD_ES = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden "
           "contener información confidencial. En cumplimiento del Reglamento (UE) 2016/679 (RGPD) y de la LO 3/2018, "
           "le informamos de que sus datos forman parte de un fichero responsabilidad de la empresa con la finalidad de "
           "gestionar la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición "
           "escribiendo a la dirección del remitente.")
DISCL_EN = ("This email and any attachments are confidential and intended solely for the addressee. If you have "
            "received it in error, please notify the sender and delete it. Any views expressed are those of the "
            "individual sender unless stated otherwise. Registered in England and Wales.")

# ------------------------------------------------------------------ ITALIAN: paid
add(kind="client-reply-paid", lang="it", owner="alessandra",
    frm=("Roberta Bassi", "roberta@tipografiabassi.it"), tz="Europe/Rome", date="2026-11-30T18:47:12",
    mailer="iphone", quote="iphone",
    orig=R("alessandra", "late", "Spett.le Tipografia Bassi srl,", "27/2026", 732.00, "2026-11-09",
           "2026-11-30T09:02:00", "Sollecito: fattura n. 27/2026", deadline="2026-12-10"),
    body="fatto ora, scusate il ritardo\n\nInviato da iPhone",
    note="Second reminder; a two-word confirmation from a phone, no accents, no amount or number.")

add(kind="client-reply-paid", lang="it", owner="alessandra",
    frm=("Paola Ferraris", "p.ferraris@ferrarisarredamenti.it"), tz="Europe/Rome", date="2026-12-11T10:12:40",
    mailer="outlook", quote="outlook", re="R: ", html="alt", charset="iso-8859-1",
    orig=R("alessandra", "susp", "Spett.le Ferraris Arredamenti S.r.l.,", "19/2026", 2318.00, "2026-10-30",
           "2026-12-09T08:30:00", "Fattura n. 19/2026 – ulteriore sollecito", deadline="2026-12-18",
           susp="2026-12-21", fees=True, to_disp="Amministrazione Ferraris"),
    body=("Buongiorno Alessandra,\n\n"
          "il bonifico è partito stamattina, le allego la contabile. Mi scusi ma con il passaggio al nuovo gestionale "
          "a novembre ci sono saltati diversi pagamenti fornitori, non solo il suo.\n\n"
          "Per gli interessi e i 40 euro mi faccia sapere lei, io intanto ho saldato la fattura.\n\n"
          "Cordiali saluti\n\n"
          "Paola Ferraris\nUfficio Amministrazione\nFerraris Arredamenti S.r.l.\n"
          "Via dell’Artigianato 14 – 31033 Castelfranco Veneto (TV)\nTel. 0423 491 220\n\n" + GDPR_IT),
    attach=[("Contabile_bonifico_11122026.pdf", "application/pdf",
             fake_pdf(["Intesa Sanpaolo - Contabile bonifico SEPA", "Ordinante: FERRARIS ARREDAMENTI SRL",
                       "Beneficiario: ROSSI ALESSANDRA", "Importo: EUR 2.318,00", "Data esecuzione: 11/12/2026",
                       "Causale: SALDO FATTURA 19/2026", "TRN: 0306912345678901234567890IT"]))],
    note="Third reminder (suspension) with statutory fees; paid today with receipt attached; the open question "
         "about interest and the 40 euro is left to the freelancer, not contested, so paid. Outlook, iso-8859-1 "
         "label with Windows-1252 bytes (typographic apostrophe, en dash).")

add(kind="client-reply-paid", lang="it", owner="alessandra",
    frm=("Giorgio Lanza", "giorgio.lanza@lanzaimpianti.it"), tz="Europe/Rome", date="2026-12-01T19:03:55",
    mailer="thunderbird", quote="thunderbird",
    orig=R("alessandra", "final", "Spett.le Lanza Impianti snc,", "21/2026", 850.00, "2026-11-02",
           "2026-12-01T09:15:00", "Diffida di pagamento e costituzione in mora – fattura n. 21/2026",
           deadline="2026-12-16", issue="2026-10-02"),
    body=("Buonasera,\n\n"
          "la fattura 21/2026 l'abbiamo pagata il 27 novembre, 850 euro, bonifico da Banca Sella. Mi può controllare "
          "se le è arrivato? A noi risulta addebitato già da venerdì.\n\n"
          "Trovo un po' eccessivo ricevere una diffida quando avevamo già pagato, comunque.\n\n"
          "Giorgio Lanza\nLanza Impianti snc\nBiella"),
    labels=dict(amount="850.00", reference="21/2026"),
    note="Reply to the formal notice (diffida): paid with date, amount and number, plus a check request and a "
         "complaint about the tone of the notice (not about the invoice): paid.")

add(kind="client-reply-paid", lang="it", owner="alessandra",
    frm=("Chiara Martelli", "chiara.martelli87@gmail.com"), tz="Europe/Rome", date="2026-12-02T22:31:08",
    mailer="gmail", quote="gmail",
    orig=R("alessandra", "late", "Gentile Chiara Martelli,", "33/2026", 380.00, "2026-11-20",
           "2026-12-02T09:00:00", "Sollecito: fattura n. 33/2026", deadline="2026-12-12"),
    body=("ciao ale scusa scusa scusa!! mi era proprio passato di mente con il trasloco. ho fatto adesso il bonifico "
          "istantaneo quindi dovrebbe gia esserti arrivato, se non lo vedi dimmelo\n\n"
          "ps ci vediamo giovedi per i biglietti da visita di mio fratello?"),
    note="Embarrassed private client, lowercase, no accents; instant transfer just made; the PS is about other work.")

add(kind="client-reply-paid", lang="it", owner="alessandra",
    frm=("Rag. Lorenzo Pini", "studio@studiopini-commercialisti.it"), tz="Europe/Rome", date="2027-01-18T12:20:31",
    mailer="outlook", quote="outlook_old", re="Rif: ",
    cc=[("Edilnova Amministrazione", "amministrazione@edilnova-srl.it")],
    orig=R("alessandra", "cover", "Spett.le Edilnova S.r.l.,", "29/2026", 2440.00, "2026-11-14",
           "2027-01-14T10:00:00", "Diffida di pagamento e costituzione in mora – fattura n. 29/2026",
           deadline="2027-01-29", total=2521.39, to_disp="edilnova-srl@pec.it"),
    body=("Egregia dott.ssa Rossi,\n\n"
          "in riscontro alla Sua comunicazione PEC del 14 gennaio u.s., Le comunico, per conto della mia assistita "
          "Edilnova S.r.l., che in data odierna è stato disposto bonifico di € 2.440,00 a saldo della fattura n. 29 "
          "del 15/10/2026.\n\n"
          "Si allega copia della disposizione con il relativo codice TRN. Confido che con ciò la diffida possa "
          "intendersi superata.\n\n"
          "Distinti saluti\n\n"
          "Rag. Lorenzo Pini\nStudio Pini – Consulenza fiscale e del lavoro\nCorso Vittorio Emanuele II 88, Torino\n"
          "Tel. 011 562 7711"),
    attach=[("Disposizione_bonifico_Edilnova.pdf", "application/pdf",
             fake_pdf(["UniCredit - Disposizione di bonifico", "Ordinante: EDILNOVA S.R.L.",
                       "Beneficiario: ALESSANDRA ROSSI", "Importo: 2.440,00 EUR", "Data: 18/01/2027",
                       "TRN: 0200812345600000987654IT"]))],
    labels=dict(amount="2440.00", reference="29/2026"),
    note="Accountant answers the PEC formal notice on behalf of the client: transfer ordered today, amount "
         "and 'fattura n. 29 del 15/10/2026'. Pays the invoice amount, not the total with fees, but does not "
         "contest the fees: paid.")

add(kind="client-reply-paid", lang="it", owner="davide",
    frm=("Contabilità Hotel Miramare", "amministrazione@hotelmiramare-sorrento.it"), tz="Europe/Rome",
    date="2026-12-10T16:40:02", mailer="outlook365", quote="outlook", re="R: ", html="only", charset="windows-1252",
    orig=R("davide", "late", "Spett.le Hotel Miramare,", "2026/37", 1100.00, "2026-11-15",
           "2026-12-07T09:00:00", "Sollecito: fattura n. 2026/37", deadline="2026-12-17"),
    body="Gentile Davide,\n\nLe confermo che il pagamento della fattura n. 2026/37 è stato eseguito in data 9 dicembre con valuta 11/12.\nCi scusiamo per il disguido.\n\nDistinti saluti",
    html_body=("<p class=MsoNormal>Gentile Davide,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
               "<p class=MsoNormal>Le confermo che il pagamento della fattura n. 2026/37 è stato eseguito in data "
               "9 dicembre con valuta 11/12.<o:p></o:p></p><p class=MsoNormal>Ci scusiamo per il disguido."
               "<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Distinti saluti<o:p></o:p></p>"
               "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
               "<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0><tr>"
               "<td style='border-right:solid #1F4E79 1.5pt;padding:0 8pt'><p class=MsoNormal><b><span "
               "style='color:#1F4E79'>HOTEL MIRAMARE</span></b> ★★★★</p></td>"
               "<td style='padding:0 8pt'><p class=MsoNormal><span style='font-size:9pt'>Ufficio Contabilità<br>"
               "Via del Capo 21 – 80067 Sorrento (NA)<br>Tel. +39 081 878 0112 – www.hotelmiramare-sorrento.it"
               "</span></p></td></tr></table>"),
    labels=dict(reference="2026/37"),
    note="HTML-only Outlook reply (windows-1252) from the hotel's accounts office: payment executed on 9 December, "
         "names the invoice in the freelancer's 2026/NN style.")

add(kind="client-reply-paid", lang="it", owner="davide",
    frm=("Stefano Riva", "s.riva@rivaeventi.it"), tz="Europe/Rome", date="2026-12-15T08:12:19",
    mailer="gmail", subject="Fwd: Conferma esecuzione bonifico", refs=[],
    body=("ecco qua, scusa il ritardo, ero convinto di averlo già fatto a fine mese\n\n"
          "---------- Messaggio inoltrato ---------\n"
          "Da: Intesa Sanpaolo <no-reply@intesasanpaolo.com>\n"
          "Date: lun 14 dic 2026 alle ore 19:52\n"
          "Subject: Conferma esecuzione bonifico\n"
          "To: <s.riva@rivaeventi.it>\n\n\n"
          "Gentile Cliente,\n"
          "la informiamo che la disposizione di bonifico da lei richiesta è stata eseguita.\n\n"
          "Ordinante: RIVA EVENTI SRL\n"
          "Beneficiario: GRECO DAVIDE\n"
          "IBAN beneficiario: IT02L0306909606100000117435\n"
          "Importo: 610,00 EUR\n"
          "Data esecuzione: 14/12/2026\n"
          "Causale: SALDO SERVIZIO FOTOGRAFICO CONVEGNO NOVEMBRE\n"
          "TRN: 0306909606100000117435202612141952\n\n"
          "Questa è una comunicazione automatica, la preghiamo di non rispondere."),
    labels=dict(amount="610.00"),
    note="Not a reply in the thread: the client forwards his bank's transfer confirmation with one line. The "
         "forwarded receipt states the amount; the causale does not name the invoice, so no reference.")

add(kind="client-reply-paid", lang="it", owner="davide",
    frm=("Gennaro Esposito", "gennaro.esposito@libero.it"), tz="Europe/Rome", date="2026-12-22T07:55:43",
    mailer="libero", quote="outlook_old", charset="iso-8859-1",
    orig=R("davide", "late", "Gentile Gennaro Esposito,", "2026/39", 450.00, "2026-11-30",
           "2026-12-21T09:00:00", "Sollecito: fattura n. 2026/39", deadline="2026-12-31"),
    body=("Uè Davide buongiorno, tutto a posto, t'aggio fatto o' bonifico ajere sera verso e' nove. Scusa ma sto "
          "'ncopp' o' cantiere tutta a settimana e nun tenevo manco o' tiempo 'e guardà 'a posta. Se nun t'arriva "
          "famme sapè.\n\nAuguri a te e famiglia!\nGennaro"),
    note="Written in Neapolitan: 'ti ho fatto il bonifico ieri sera'. Libero webmail, old-style quote block.")

add(kind="client-reply-paid", lang="it", owner="alessandra",
    frm=("Elena Marchi", "elena.marchi@marchiconti.it"), tz="Europe/Rome", date="2026-12-04T11:30:27",
    mailer="gmail", quote="gmail",
    orig=R("alessandra", "late", "Spett.le Studio Associato Marchi & Conti,", "25/2026", 1098.00, "2026-11-16",
           "2026-12-04T09:00:00", "Sollecito: fattura n. 25/2026", deadline="2026-12-14"),
    body=("Buongiorno Alessandra,\n\n"
          "guardi che la 25/2026 l'abbiamo saldata il 2 dicembre insieme alla 24/2026, con un unico bonifico da "
          "1.830,00 €. Forse non l'ha riconosciuto perché in causale c'era solo \"fatture ottobre\". Mi faccia sapere "
          "se le torna.\n\n"
          "Le manderemo anche la distinta appena la ritrovo.\n\n"
          "Cordiali saluti\nElena Marchi"),
    labels=dict(amount="1830.00", reference="25/2026"),
    note="Paid together with another invoice in one transfer of 1,830.00 (the amount the message states as paid, "
         "not the 1,098.00 of this invoice); the undated 'we will also send the slip' does not change the label.")

# ------------------------------------------------------------------ ITALIAN: promise
add(kind="client-reply-promise", lang="it", owner="alessandra",
    frm=("Fabio Gatti", "fabio@gattiserramenti.it"), tz="Europe/Rome", date="2026-12-03T13:05:10",
    mailer="iphone", quote="iphone",
    orig=R("alessandra", "late", "Spett.le Gatti Serramenti,", "30/2026", 915.00, "2026-11-19",
           "2026-12-03T09:00:00", "Sollecito: fattura n. 30/2026", deadline="2026-12-13"),
    body=("non riesco prima del 10, mi spiace. il 10 ti faccio il bonifico sicuro, e' il giorno che mi entra "
          "l'anticipo del cantiere di Mestre\n\nFabio\n\nInviato da iPhone"),
    labels=dict(promised_date="2026-12-10"),
    note="Negative form 'non riesco prima del 10' then 'il 10 ti faccio il bonifico': promise for the 10th of this month.")

add(kind="client-reply-promise", lang="it", owner="alessandra",
    frm=("Sara Moretti", "amministrazione@nordlegno.it"), tz="Europe/Rome", date="2027-01-11T09:47:33",
    mailer="outlook", quote="outlook", re="R: ", html="alt", charset="iso-8859-1",
    orig=R("alessandra", "susp", "Spett.le Nordlegno S.p.A.,", "26/2026", 1464.00, "2026-11-30",
           "2027-01-08T09:00:00", "Fattura n. 26/2026 – ulteriore sollecito", deadline="2027-01-18",
           susp="2027-01-25", to_disp="Amministrazione Nordlegno"),
    body=("Buongiorno,\n\n"
          "oggi purtroppo non riusciamo: la banca ci ha bloccato l’home banking per il rinnovo del dispositivo di "
          "firma e il nuovo token arriva solo mercoledì. Giovedì provvedo senz’altro al bonifico, mi scuso per "
          "l’attesa.\n\n"
          "Non è necessario sospendere nulla, il catalogo nuovo ci serve per fine mese!\n\n"
          "Cordiali saluti\n\nSara Moretti\nNordlegno S.p.A. – Amministrazione\nZona Industriale 7, 38015 Lavis (TN)\n\n"
          + GDPR_IT),
    labels=dict(promised_date="2027-01-14"),
    note="Monday reply to the suspension letter: 'oggi non riusciamo ... giovedì provvedo' = Thursday 14 January. "
         "'mercoledì' (token arrives) and 'fine mese' (catalogue) are distractors.")

add(kind="client-reply-promise", lang="it", owner="alessandra",
    frm=("Luca Ferretti", "l.ferretti@ferrettiassicurazioni.it"), tz="Europe/Rome", date="2026-12-18T10:20:05",
    mailer="web", quote="thunderbird",
    orig=R("alessandra", "late", "Spett.le Ferretti Assicurazioni,", "31/2026", 610.00, "2026-11-25",
           "2026-12-17T09:00:00", "Sollecito: fattura n. 31/2026", deadline="2026-12-28"),
    body=("Buongiorno,\n\n"
          "noi i fornitori li paghiamo tutti a metà mese, quindi il quindici parte anche il suo. Il giro di dicembre "
          "purtroppo è già chiuso, mi spiace.\n\n"
          "Saluti\nLuca Ferretti"),
    labels=dict(promised_date="2027-01-15"),
    note="Number in words, 'il quindici', written on 18 December after this month's run is closed: the next 15th, "
         "15 January.")

add(kind="client-reply-promise", lang="it", owner="alessandra",
    frm=("Massimo Guidi", "massimo@guidiautomazioni.it"), tz="Europe/Rome", date="2027-01-19T08:03:51",
    mailer="gmail", quote="gmail",
    orig=R("alessandra", "susp", "Spett.le Guidi Automazioni srl,", "28/2026", 1952.00, "2026-11-20",
           "2027-01-18T09:00:00", "Fattura n. 28/2026 – ulteriore sollecito", deadline="2027-01-28",
           susp="2027-02-01", fees=True),
    body=("Ho capito, non serve minacciare di sospendere il sito. Ne avevamo già parlato al telefono a dicembre: "
          "pago entro fine mese, come le avevo detto. Non c'è bisogno di mandarmi lettere così.\n\nM. Guidi"),
    labels=dict(promised_date="2027-01-31"),
    note="Annoyed reply to the suspension letter; 'entro fine mese' = 31 January. Irritation at the letter, "
         "no contest of the invoice or the fees.")

add(kind="client-reply-promise", lang="it", owner="alessandra",
    frm=("Anna Ricci", "segreteria@coopilgirasole.it"), tz="Europe/Rome", date="2027-01-12T17:30:44",
    mailer="thunderbird", quote="thunderbird",
    orig=R("alessandra", "final", "Spett.le Cooperativa Sociale Il Girasole,", "23/2026", 2196.00, "2026-11-04",
           "2027-01-12T09:00:00", "Diffida di pagamento e costituzione in mora – fattura n. 23/2026",
           deadline="2027-01-27", issue="2026-10-05"),
    body=("Gentile Alessandra,\n\n"
          "ci dispiace molto essere arrivati a questo punto, non è nel nostro stile. La situazione è questa: il Comune "
          "ci deve ancora i contributi del secondo e terzo trimestre per il centro estivo, oltre 40.000 euro, e "
          "finché non arrivano siamo in difficoltà con tutti i fornitori.\n\n"
          "Appena ci paga il Comune saldiamo la sua fattura per prima, glielo garantisco. Se vuole le mando la "
          "determina di liquidazione come prova.\n\n"
          "Un caro saluto\nAnna Ricci\nPresidente – Cooperativa Sociale Il Girasole"),
    note="Reply to the diffida: will pay when the municipality pays them; vague, no date. The 40.000 euro is their "
         "own receivable, not an amount promised.")

add(kind="client-reply-promise", lang="it", owner="alessandra",
    frm=("Bar Pasticceria Dolce Vita", "dolcevita.bar@gmail.com"), tz="Europe/Rome", date="2026-11-24T15:12:09",
    mailer="android", quote="gmail",
    orig=R("alessandra", "late", "Spett.le Bar Pasticceria Dolce Vita,", "22/2026", 244.00, "2026-11-03",
           "2026-11-23T09:00:00", "Sollecito: fattura n. 22/2026", deadline="2026-12-03"),
    body="paghiamo venerdi. saluti\nDolce Vita",
    labels=dict(promised_date="2026-11-27"),
    note="Three words on a Tuesday, no accent: 'venerdì' = Friday 27 November.")

add(kind="client-reply-promise", lang="it", owner="alessandra",
    frm=("Dott.ssa Teresa Galli", "t.galli@studiogalli.net"), tz="Europe/Rome", date="2027-01-12T09:40:18",
    mailer="outlook", quote="outlook", re="R: ",
    cc=[("Giovanna Marini", "giovanna.marini@erboristeriamarini.it")],
    orig=R("alessandra", "late", "Gentile Giovanna Marini,", "34/2026", 520.00, "2026-12-05",
           "2027-01-11T09:00:00", "Sollecito: fattura n. 34/2026", deadline="2027-01-21",
           to_disp="Giovanna Marini"),
    body=("Buongiorno,\n\n"
          "sono la commercialista della sig.ra Marini, che mi ha girato il Suo sollecito. La fattura n. 34/2026 è "
          "stata inserita nella distinta dei pagamenti fornitori con data esecuzione 20 gennaio: la distinta è già "
          "stata caricata in banca e purtroppo non riusciamo ad anticiparla.\n\n"
          "Cordiali saluti\n\n"
          "Dott.ssa Teresa Galli\nStudio Galli – Dottori Commercialisti\nVia Mazzini 12, Reggio Emilia"),
    labels=dict(promised_date="2027-01-20", reference="34/2026"),
    note="The client's accountant replies (client in cc): scheduled in the supplier run executing 20 January.")

add(kind="client-reply-promise", lang="it", owner="alessandra",
    frm=("Igor Zanetti", "igor@zanettiviaggi.it"), tz="Europe/Rome", date="2026-12-16T12:02:37",
    mailer="gmail", quote="gmail",
    orig=R("alessandra", "statement", "Gentile Igor Zanetti,", None, None, None, "2026-12-15T09:00:00",
           "Fatture da saldare – Alessandra Rossi", deadline="2026-12-24", payref="Fatture 35/2026, 36/2026",
           invoices=[("35/2026", 430.00, "2026-11-26", "2026-10-27"), ("36/2026", 610.00, "2026-11-30", "2026-10-30")]),
    body=("Ciao Alessandra, la 35 l'ho pagata ieri sera (dovresti vederla oggi o domani), la 36 te la pago lunedì "
          "che mi entra lo stipendio dell'agenzia. Scusa il casino!\n\nIgor"),
    labels=dict(promised_date="2026-12-21", reference="36/2026"),
    note="Statement of two invoices: one paid yesterday, the other promised for Monday 21 December: promise "
         "(paid one + promise other). Reference is the promised one, 'la 36'.")

add(kind="client-reply-promise", lang="it", owner="alessandra",
    frm=("Beatrice Sala", "beatrice.sala@salaarchitetti.it"), tz="Europe/Rome", date="2027-02-08T22:40:26",
    mailer="apple", quote="iphone",
    orig=R("alessandra", "final", "Gentile Beatrice Sala,", "37/2026", 480.00, "2026-12-10",
           "2027-02-08T09:00:00", "Diffida di pagamento e costituzione in mora – fattura n. 37/2026",
           deadline="2027-02-23", issue="2026-11-10"),
    body=("Gentile Alessandra,\n\n"
          "ha ragione, è colpa mia, la fattura era finita sotto una pila di pratiche del catasto. Domattina appena "
          "apro lo studio faccio il bonifico di 480 euro.\n\n"
          "Non c'era bisogno della diffida, bastava una telefonata, ma capisco.\n\nBeatrice"),
    labels=dict(promised_date="2027-02-09", amount="480.00"),
    note="Late-evening reply to the formal notice: 'domattina' = 9 February; amount stated.")

add(kind="client-reply-promise", lang="it", owner="alessandra",
    frm=("Paolo Benedetti", "paolo.benedetti@benedettivini.it"), tz="Europe/Rome", date="2026-12-22T19:15:00",
    mailer="gmail", quote="gmail",
    orig=R("alessandra", "late", "Spett.le Benedetti Vini,", "32/2026", 1342.00, "2026-11-28",
           "2026-12-21T08:45:00", "Sollecito: fattura n. 32/2026", deadline="2026-12-31"),
    body=("Cara Alessandra,\n\n"
          "scusami se ti rispondo solo adesso, sono giorni di fuoco: tra le cene aziendali, le spedizioni delle casse "
          "natalizie e il nuovo magazzino di Montalcino non ho un attimo. A proposito, le etichette che hai disegnato "
          "per il Rosso sono piaciute tantissimo, ne abbiamo già vendute più di quelle dell'anno scorso, e a gennaio "
          "vorrei parlarti di una linea di spumanti (metodo classico, tre etichette).\n\n"
          "Per la fattura: lo so, lo so. Il saldo te lo faccio dopo l'Epifania, quando rientra la mia commercialista "
          "che ha le chiavi dell'home banking aziendale (sì, solo lei, lo so che è assurdo).\n\n"
          "Ti auguro buone feste e ti mando una bottiglia, dimmi se sei a Milano o a Bergamo in questi giorni.\n\n"
          "Un abbraccio\nPaolo"),
    note="Long chatty mail about other work; one paragraph promises payment 'dopo l'Epifania': vague, no date.")

add(kind="client-reply-promise", lang="it", owner="alessandra",
    frm=("Contabilità Fornitori", "contabilita.fornitori@meccanicalombarda.it"), tz="Europe/Rome",
    date="2027-01-13T11:02:14", mailer="outlook", quote="outlook", re="R: ", html="alt", charset="iso-8859-1",
    orig=R("alessandra", "late", "Spett.le Meccanica Lombarda S.p.A.,", "38/2026", 3050.00, "2026-12-15",
           "2027-01-12T09:00:00", "Sollecito: fattura n. 38/2026", deadline="2027-01-22", fees=True,
           to_disp="Contabilità Fornitori"),
    body=("Spett.le Alessandra Rossi,\n\n"
          "con riferimento al Vostro sollecito, Vi informiamo che il pagamento della fattura in oggetto verrà "
          "effettuato con la prossima scadenza pagamenti fornitori del 31/01/2027, come da nostre condizioni generali "
          "di acquisto (pagamento a 60 gg d.f.f.m.).\n\n"
          "Cordiali saluti\n\nUfficio Contabilità Fornitori\nMeccanica Lombarda S.p.A.\n"
          "Via dell’Industria 45 – 25030 Castel Mella (BS)\n\n" + GDPR_IT),
    labels=dict(promised_date="2027-01-31"),
    note="Formal AP reply: will be paid on the supplier run of 31/01/2027 (numeric date). Invoice named only as "
         "'in oggetto', so no reference. Outlook, iso-8859-1 with Windows-1252 apostrophe.")

# ------------------------------------------------------------------ ITALIAN: dispute
add(kind="client-reply-dispute", lang="it", owner="alessandra",
    frm=("Bellavista Resort – Direzione", "direzione@bellavistaresort.it"), tz="Europe/Rome",
    date="2027-01-22T16:45:20", mailer="outlook", quote="outlook_old", re="R: ",
    orig=R("alessandra", "cover", "Spett.le Bellavista Resort S.r.l.,", "20/2026", 3660.00, "2026-10-30",
           "2027-01-20T10:00:00", "Diffida di pagamento e costituzione in mora – fattura n. 20/2026",
           deadline="2027-02-04", total=3783.46, to_disp="bellavistaresort@pec.it"),
    body=("Egregia Sig.ra Rossi,\n\n"
          "riscontriamo la Sua diffida, che respingiamo integralmente.\n\n"
          "Il sito web oggetto della fattura n. 20/2026 non è mai stato messo online nei termini concordati "
          "(1° ottobre, prima dell'apertura della stagione congressuale), mancano tuttora le versioni in inglese e "
          "tedesco previste dal preventivo del 12 giugno e il modulo di prenotazione non funziona da mobile, come Le "
          "abbiamo segnalato più volte.\n\n"
          "Non procederemo ad alcun pagamento fino al completamento del lavoro come da preventivo. Ci riserviamo ogni "
          "azione a tutela dei nostri interessi, ivi compreso il risarcimento del danno per la mancata operatività del "
          "sito.\n\n"
          "Distinti saluti\n\nBellavista Resort S.r.l.\nLa Direzione"),
    labels=dict(reference="20/2026"),
    note="Sharper after the formal notice: rejects it, work incomplete, refuses to pay until completed.")

add(kind="client-reply-dispute", lang="it", owner="alessandra",
    frm=("Marco Testa", "marco.testa@testaconsulting.it"), tz="Europe/Rome", date="2027-01-18T14:10:33",
    mailer="gmail", quote="gmail",
    orig=R("alessandra", "late", "Spett.le Testa Consulting,", "39/2026", 1464.00, "2026-12-18",
           "2027-01-18T09:00:00", "Sollecito: fattura n. 39/2026", deadline="2027-01-28"),
    body=("Ciao Alessandra,\n\n"
          "la fattura 39/2026 riporta 12 ore di consulenza ma ne avevamo concordate 8 a forfait (ti giro la mail di "
          "settembre se serve). Mi mandi una nota di credito per le 4 ore in più? Appena la ricevo ti pago subito il "
          "resto, non è una questione di soldi ma devo far quadrare il budget del progetto.\n\nMarco"),
    labels=dict(reference="39/2026"),
    note="Wrong hours billed; asks for a credit note and will pay the rest only after it: dispute beats the "
         "conditional promise.")

add(kind="client-reply-dispute", lang="it", owner="davide",
    frm=("Francesca Lodi", "marketing@cantinevalpolicella.it"), tz="Europe/Rome", date="2027-01-26T10:30:12",
    mailer="outlook", quote="outlook", re="R: ", html="alt",
    orig=R("davide", "susp", "Spett.le Cantine Valpolicella,", "2026/44", 780.00, "2026-12-12",
           "2027-01-25T09:00:00", "Fattura n. 2026/44 – ulteriore sollecito", deadline="2027-02-04",
           susp="2027-02-08", to_disp="Ufficio Marketing"),
    body=("Buongiorno Davide,\n\n"
          "scusi ma questa fattura è un doppione: le stesse due giornate di riprese in vigna (14 e 15 settembre) erano "
          "già nella 2026/29, che abbiamo pagato a ottobre. Le allego lo screenshot del nostro gestionale.\n\n"
          "La prego di annullarla con una nota di credito.\n\n"
          "Cordiali saluti\nFrancesca Lodi\nUfficio Marketing – Cantine Valpolicella"),
    attach=[("gestionale_fornitori.png", "image/png", fake_png(6, 4, (235, 235, 240)))],
    note="'Already billed': the same shooting days were on another invoice (2026/29) already paid; wants a credit "
         "note. The chased invoice is not named, so no reference. Screenshot attached.")

add(kind="client-reply-dispute", lang="it", owner="davide",
    frm=("Roberto Conti", "roberto@contiristorazione.it"), tz="Europe/Rome", date="2026-12-29T12:40:08",
    mailer="iphone", quote="iphone",
    orig=R("davide", "late", "Spett.le Conti Ristorazione,", "2026/42", 850.00, "2026-12-03",
           "2026-12-28T09:00:00", "Sollecito: fattura n. 2026/42", deadline="2027-01-07"),
    body=("Davide, ti ho fatto un bonifico di 600 euro stamattina, che è quello che avevamo detto a voce quando sei "
          "venuto in sala. Gli altri 250 non li riconosco: le foto del menù nuovo le hai fatte di tua iniziativa, io "
          "non te le avevo chieste.\n\nRoberto\n\nInviato da iPhone"),
    labels=dict(amount="600.00"),
    note="Partial payment of 600 and refusal of the remaining 250: partial payment + dispute = dispute.")

add(kind="client-reply-dispute", lang="it", owner="alessandra",
    frm=("GIANNI FABBRI", "gianni.fabbri62@libero.it"), tz="Europe/Rome", date="2027-02-01T10:02:31",
    mailer="libero", quote="outlook_old", charset="iso-8859-1",
    orig=R("alessandra", "susp", "Gentile Gianni Fabbri,", "40/2026", 396.50, "2026-12-20",
           "2027-02-01T09:00:00", "Fattura n. 40/2026 – ulteriore sollecito", deadline="2027-02-11",
           susp="2027-02-15"),
    body=("NON PAGO UNA FATTURA PER UN LOGO CHE HO DOVUTO FAR RIFARE DA UN ALTRO GRAFICO PERCHE IL SUO ERA "
          "IMPRESENTABILE. GLIELO HO GIA DETTO A DICEMBRE.\n"
          "E SMETTETE DI MANDARMI QUESTE MAIL AUTOMATICHE, NON SONO UN NUMERO.\n\nG. FABBRI"),
    note="ALL CAPS refusal, no accents: work redone by someone else, will not pay.")

add(kind="client-reply-dispute", lang="it", owner="alessandra",
    frm=("Walter Valli", "walter.valli@elettrotecnicavalli.it"), tz="Europe/Rome", date="2027-02-02T15:30:47",
    mailer="thunderbird", quote="thunderbird",
    orig=R("alessandra", "late", "Spett.le Elettrotecnica Valli srl,", "41/2026", 1220.00, "2026-12-22",
           "2027-02-02T09:00:00", "Sollecito: fattura n. 41/2026", deadline="2027-02-12", fees=True),
    body=("Buongiorno,\n\n"
          "la fattura la paghiamo volentieri, è stata una nostra dimenticanza, ma i 40 euro di risarcimento e gli "
          "interessi di mora proprio no: lavoriamo insieme da sei anni e non ci è mai successo di ricevere una "
          "richiesta del genere. Le faccio il bonifico di 1.220 euro, se le va bene così, altrimenti ne parliamo.\n\n"
          "Cordiali saluti\nWalter Valli"),
    labels=dict(amount="1220.00"),
    note="Second reminder with statutory fees: will pay the invoice amount but refuses interest and the 40 euro. "
         "Pays only part = dispute, even though a payment is announced. 1,220 is the amount they accept to pay.")

add(kind="client-reply-dispute", lang="it", owner="davide",
    frm=("Claudia Neri", "claudia.neri@nuvolacomunicazione.it"), tz="Europe/Rome", date="2027-01-15T18:00:29",
    mailer="gmail", quote="gmail",
    orig=R("davide", "final", "Spett.le Nuvola Comunicazione srl,", "2026/40", 1830.00, "2026-12-01",
           "2027-01-15T09:00:00", "Diffida di pagamento e costituzione in mora – fattura n. 2026/40",
           deadline="2027-01-30", issue="2026-11-01"),
    body=("Gentile Davide,\n\n"
          "visto il ritardo nella consegna delle foto del catalogo (tre settimane rispetto a quanto concordato, con il "
          "risultato che abbiamo dovuto rinviare la stampa), Le chiedo uno sconto del 20% sulla fattura. Se mi rimanda "
          "la fattura corretta, la paghiamo entro la settimana.\n\n"
          "Mi sembra una richiesta ragionevole; la diffida, invece, mi è sembrata fuori luogo.\n\n"
          "Saluti\nClaudia Neri\nNuvola Comunicazione"),
    note="Asks a 20% discount for late delivery before paying; the 'entro la settimana' promise depends on a "
         "corrected invoice: dispute wins.")

# ------------------------------------------------------------------ ITALIAN: other
add(kind="client-reply-other", lang="it", owner="davide",
    frm=("Matteo Ferri", "matteo.ferri@gmail.com"), tz="Europe/Rome", date="2026-12-09T21:14:55",
    mailer="android", quote="gmail",
    orig=R("davide", "late", "Gentile Matteo Ferri,", "2026/38", 540.00, "2026-11-20",
           "2026-12-09T09:00:00", "Sollecito: fattura n. 2026/38", deadline="2026-12-19"),
    body=("Scusa Davide ma quale fattura? A me non risulta niente di aperto con te. Mi mandi copia che controllo con "
          "mia moglie? Forse è quella del battesimo?"),
    note="'Which invoice?': asks for a copy, makes no payment claim.")

add(kind="client-reply-other", lang="it", owner="alessandra",
    frm=("Federica Gallo", "fede.gallo@outlook.it"), tz="Europe/Rome", date="2027-01-25T20:40:03",
    mailer="outlook365", quote="outlook",
    orig=R("alessandra", "late", "Gentile Federica Gallo,", "42/2026", 305.00, "2026-12-28",
           "2027-01-25T09:00:00", "Sollecito: fattura n. 42/2026", deadline="2027-02-04", pay=False,
           to_disp="Federica Gallo"),
    body=("buonasera, mi rimanda l'iban per favore? quello che ho sulla fattura mi da errore dall'app della banca "
          "(dice codice non valido).\n\nFederica\n\nInviato da Outlook per Android"),
    note="Asks for the IBAN again because hers is rejected; no commitment: other.")

add(kind="client-reply-other", lang="it", owner="alessandra",
    frm=("Marco Villa", "marco.villa@villaottica.it"), tz="Europe/Rome", date="2027-01-27T09:05:36",
    mailer="outlook", quote="outlook", re="I: ",
    to=addr("Sabrina Colombo", "amministrazione@villaottica.it"),
    cc=[("Alessandra Rossi", "alessandra@example.it")],
    orig=R("alessandra", "late", "Spett.le Villa Ottica snc,", "43/2026", 671.00, "2026-12-30",
           "2027-01-26T09:00:00", "Sollecito: fattura n. 43/2026", deadline="2027-02-05", to_disp="Marco Villa"),
    body="Sabrina, mi giri in pagamento questa? Non capisco perché non sia ancora partita. Grazie\n\nMarco",
    note="Forwarded to the colleague in accounts, freelancer in cc: an internal request, no promise made to the "
         "freelancer: other.")

add(kind="client-reply-other", lang="it", owner="alessandra",
    frm=("Comune di Cernusco – Ragioneria", "ragioneria@comune.cernuscoverde.it"), tz="Europe/Rome",
    date="2027-02-04T11:15:22", mailer="web", quote="thunderbird",
    orig=R("alessandra", "late", "Spett.le Comune di Cernusco Verde,", "44/2026", 2745.00, "2026-12-30",
           "2027-02-03T09:00:00", "Sollecito: fattura n. 44/2026", deadline="2027-02-13"),
    body=("Buongiorno,\n\n"
          "in riferimento al sollecito, si comunica che la fattura elettronica n. 44/2026 non può essere liquidata in "
          "quanto priva del CIG e del riferimento alla determina di impegno (n. 612 del 14/10/2026). Si prega di "
          "riemetterla tramite SdI riportando il CIG B3F9A21C07 e il codice univoco ufficio UF8K2Z; in mancanza di "
          "tali dati il sistema contabile dell'Ente non consente la liquidazione.\n\n"
          "Cordiali saluti\n\nUfficio Ragioneria – Settore Economico Finanziario\nComune di Cernusco Verde"),
    labels=dict(reference="44/2026"),
    note="Public body: the invoice must be reissued with CIG and office code. An administrative requirement (like "
         "a missing PO), not a contest of amount or work: other.")

add(kind="client-reply-other", lang="it", owner="davide",
    frm=("Lorenza Pace", "lorenza@pacegioielli.it"), tz="Europe/Rome", date="2027-01-20T12:30:14",
    mailer="iphone", quote="iphone",
    orig=R("davide", "final", "Gentile Lorenza Pace,", "2026/43", 1220.00, "2026-12-10",
           "2027-01-20T09:00:00", "Diffida di pagamento e costituzione in mora – fattura n. 2026/43",
           deadline="2027-02-04", issue="2026-11-10"),
    body=("Davide, ho ricevuto la sua diffida. Preferisco parlarne a voce, mi chiama quando può? Sono in negozio fino "
          "alle 19.30.\n347 218 9904\n\nLorenza Pace\n\nInviato da iPhone"),
    note="After the formal notice the client asks for a phone call; no claim.")

add(kind="client-reply-other", lang="it", owner="alessandra",
    frm=("Andrea Colombo", "andrea.colombo@colombosport.it"), tz="Europe/Rome", date="2027-02-08T09:31:40",
    mailer="iphone", quote="iphone",
    orig=R("alessandra", "late", "Spett.le Colombo Sport,", "45/2026", 488.00, "2027-01-10",
           "2027-02-08T09:00:00", "Sollecito: fattura n. 45/2026", deadline="2027-02-18"),
    body="Ricevuto, giro all'amministrazione.\n\nAndrea\n\nInviato da iPhone",
    note="'Received, passing it to accounts': other.")

# ------------------------------------------------------------------ SPANISH: paid
add(kind="client-reply-paid", lang="es", owner="jordi",
    frm=("Sergio Pardo", "sergiopardo.fisio@gmail.com"), tz="Europe/Madrid", date="2026-12-01T14:22:31",
    mailer="android", quote="gmail",
    orig=R("jordi", "late", "Buenos días, Sergio Pardo:", "F26-104", 363.00, "2026-11-15",
           "2026-12-01T09:00:00", "Recordatorio: factura n.º F26-104", deadline="2026-12-11"),
    body="ya esta pagado, perdona. se me paso completamente\n\nEnviado desde mi Galaxy",
    note="Second reminder; short, no accents ('ya esta pagado'), from a phone.")

add(kind="client-reply-paid", lang="es", owner="lucia",
    frm=("Nuria Sanz", "administracion@grupoalameda.es"), tz="Europe/Madrid", date="2026-12-15T12:48:09",
    mailer="outlook", quote="outlook", re="RE: ", html="alt", charset="iso-8859-1",
    orig=R("lucia", "susp", "Estimados señores:", "2026-047", 4235.00, "2026-11-20", "2026-12-14T09:00:00",
           "Factura n.º 2026-047 – aviso", deadline="2026-12-23", susp="2027-01-04", fees=True,
           to_disp="Administración Grupo Alameda"),
    body=("Buenos días, Lucía:\n\n"
          "Transferencia realizada hoy. Adjunto justificante.\n\n"
          "Disculpa el retraso: la factura estaba retenida porque faltaba el visto bueno de obra y nadie nos avisó de "
          "que ya lo teníamos.\n\n"
          "Un saludo,\n\nNuria Sanz\nDpto. Administración | Grupo Hostelero Alameda S.L.\nC/ Alameda 22 – 41002 Sevilla\n\n"
          + LOPD_ES),
    attach=[("Justificante_transferencia_15122026.pdf", "application/pdf",
             fake_pdf(["CaixaBank - Justificante de transferencia", "Ordenante: GRUPO HOSTELERO ALAMEDA SL",
                       "Beneficiario: LUCIA MARTIN HERRERO", "Importe: 4.235,00 EUR", "Fecha: 15/12/2026",
                       "Concepto: FRA 2026-047"]))],
    note="Reply to the suspension letter: 'Transferencia realizada hoy' with receipt attached, Outlook, legal footer.")

add(kind="client-reply-paid", lang="es", owner="lucia",
    frm=("Álvaro Ibáñez", "alvaro@ibanezabogados.es"), tz="Europe/Madrid", date="2026-12-09T11:05:44",
    mailer="gmail", quote="gmail",
    orig=R("lucia", "late", "Buenos días, Álvaro Ibáñez:", "2026-041", 1815.00, "2026-11-30",
           "2026-12-09T09:00:00", "Recordatorio: factura n.º 2026-041", deadline="2026-12-19"),
    body=("Hola Lucía,\n\n"
          "la factura 2026-041 se pagó el viernes 4 por transferencia desde CaixaBank, 1.815,00 €. ¿Te ha llegado? "
          "Si no, dime y lo miro con el banco, que últimamente hacen cosas raras con las transferencias a otras "
          "entidades.\n\nUn abrazo,\nÁlvaro"),
    labels=dict(amount="1815.00", reference="2026-041"),
    note="Paid claim with date, amount and number, plus 'did it arrive?': paid.")

add(kind="client-reply-paid", lang="es", owner="jordi",
    frm=("Marta Vidal", "martavidal.ceramica@gmail.com"), tz="Europe/Madrid", date="2026-12-12T20:15:02",
    mailer="iphone", quote="iphone",
    orig=R("jordi", "late", "Buenos días, Marta Vidal:", "F26-109", 150.00, "2026-11-25",
           "2026-12-12T09:00:00", "Recordatorio: factura n.º F26-109", deadline="2026-12-22", pay=False),
    body=("Jordi!! Te he hecho un Bizum de 150 € ahora mismo, que es lo que era ¿no? Perdona el lío, con la feria de "
          "Navidad no doy abasto 🙏🙏\n\nEnviado desde mi iPhone"),
    labels=dict(amount="150.00"),
    note="Paid by Bizum just now, amount stated; emoji; the '¿no?' only checks the amount.")

add(kind="client-reply-paid", lang="es", owner="lucia",
    frm=("Carmen Déniz", "carmendeniz@hotmail.es"), tz="Atlantic/Canary", date="2026-12-16T09:40:26",
    mailer="outlook365", quote="outlook", cte="base64",
    orig=R("lucia", "late", "Buenos días, Carmen Déniz:", "2026-052", 726.00, "2026-12-01",
           "2026-12-16T09:00:00", "Recordatorio: factura n.º 2026-052", deadline="2026-12-26", to_disp="Carmen Déniz"),
    body=("Buenas mi niña, ¿y eso? Ya te lo pagué ayer por la tarde desde la oficina de La Caja de Canarias, me lo hizo "
          "la muchacha de la ventanilla. ¿No te llegó? Mira a ver, que a mí ya me sale cargado en la libreta.\n\n"
          "Besitos,\nCarmen"),
    note="Canarian voice (Atlantic/Canary time zone): paid yesterday at the bank counter, asks if it arrived.")

add(kind="client-reply-paid", lang="es", owner="jordi",
    frm=("Cuentas a Pagar – Logística del Sur", "cuentasapagar@logisticasur.com"), tz="Europe/Madrid",
    date="2027-01-14T10:15:50", mailer="outlook", quote="outlook", re="RE: ",
    orig=R("jordi", "final", "Estimados señores:", "F26-118", 968.00, "2026-12-02", "2027-01-13T09:00:00",
           "Requerimiento de pago de la factura n.º F26-118", deadline="2027-01-28", issue="2026-11-02",
           client_name="Logística del Sur, S.A.", to_disp="Cuentas a Pagar"),
    body=("Estimado Sr. Puig:\n\n"
          "En relación con su requerimiento de pago, le informamos de que la factura F26-118 fue abonada el 12/01/2027 "
          "mediante transferencia SEPA por importe de 968,00 €, con referencia 2027011200457.\n\n"
          "Rogamos den por cancelado el requerimiento.\n\n"
          "Atentamente,\n\nDepartamento de Cuentas a Pagar\nLogística del Sur, S.A.\n\n" + LOPD_ES),
    labels=dict(amount="968.00", reference="F26-118"),
    note="Formal answer to the requerimiento: paid the day before it was sent, amount and number given.")

add(kind="client-reply-paid", lang="es", owner="lucia",
    frm=("Marta Gil", "mgil@inmobiliariaretiro.es"), tz="Europe/Madrid", date="2026-12-11T13:30:18",
    mailer="outlook", quote="outlook", re="RE: ", html="alt", charset="iso-8859-1", cte="quoted-printable",
    orig=R("lucia", "late", "Estimados señores:", "2026-049", 2178.00, "2026-11-25", "2026-12-10T09:00:00",
           "Recordatorio: factura n.º 2026-049", deadline="2026-12-20", to_disp="Marta Gil"),
    body=("Buenos días Lucía,\n\n"
          "Te confirmo que el pago ha salido hoy en la remesa de proveedores. Disculpa las molestias… entre el cierre "
          "de trimestre y las bajas de diciembre vamos con todo atrasado.\n\n"
          "Un saludo,\n\nMarta Gil\nInmobiliaria Retiro"),
    note="'Ha salido hoy en la remesa' = paid today, no payment verb. Outlook HTML, iso-8859-1 label with a "
         "Windows-1252 ellipsis byte.")

add(kind="client-reply-paid", lang="es", owner="jordi",
    frm=("Pere Soler", "pere@solerimpremta.cat"), tz="Europe/Madrid", date="2027-01-11T10:05:37",
    mailer="thunderbird", quote="thunderbird", cte="8bit", flowed=True,
    orig=R("jordi", "susp", "Buenos días, Pere Soler:", "F26-111", 605.00, "2026-12-05", "2027-01-11T09:00:00",
           "Factura n.º F26-111 – aviso", deadline="2027-01-20", susp="2027-01-25"),
    body=("Bon dia Jordi,\n\n"
          "Ya está hecho, lo tienes en la cuenta desde esta mañana. Perdona el retraso, hemos tenido un diciembre de "
          "bojos con los calendarios y las felicitaciones. No hace falta que cortes nada, eh 😅\n\n"
          "Una abraçada,\nPere"),
    note="Spanish with Catalan greetings and words; 'ya está hecho, lo tienes en la cuenta' = paid.")

add(kind="client-reply-paid", lang="es", owner="lucia",
    frm=("Javier Ortega", "javier.ortega@ortegafisio.es"), tz="Europe/Madrid", date="2027-01-07T18:10:03",
    mailer="outlook365", subject="RV: Justificante de transferencia", refs=[],
    body=("Lucía, te reenvío el justificante. Perdona, pensaba que te lo había pagado en noviembre.\n\nJavier\n\n"
          "________________________________\n"
          "De: BBVA <avisos@bbva.es>\n"
          "Enviado: jueves, 7 de enero de 2027 18:02\n"
          "Para: javier.ortega@ortegafisio.es <javier.ortega@ortegafisio.es>\n"
          "Asunto: Justificante de transferencia\n\n"
          "Has realizado una transferencia\n\n"
          "Importe: 605,00 €\n"
          "Beneficiario: LUCIA MARTIN HERRERO\n"
          "Cuenta destino: ES91 **** **** **** **** 1332\n"
          "Concepto: Factura reforma recepción\n"
          "Fecha de ejecución: 07/01/2027\n"
          "Referencia: 0182774126000912\n\n"
          "Este es un mensaje automático, por favor no respondas a este correo."),
    labels=dict(amount="605.00"),
    note="Forward of the client's own BBVA transfer confirmation (outgoing for him, incoming for the freelancer) "
         "with one line: paid. New thread, no In-Reply-To; concept does not name the invoice.")

# ------------------------------------------------------------------ SPANISH: promise
add(kind="client-reply-promise", lang="es", owner="lucia",
    frm=("Rocío Navarro", "rocio.navarro@navarrodental.es"), tz="Europe/Madrid", date="2026-12-14T13:45:12",
    mailer="gmail", quote="gmail",
    orig=R("lucia", "late", "Buenos días, Rocío Navarro:", "2026-045", 968.00, "2026-11-23", "2026-12-14T09:00:00",
           "Recordatorio: factura n.º 2026-045", deadline="2026-12-24"),
    body=("Hola Lucía, perdona. No puedo hasta el viernes, que es cuando cobramos de las mutuas. El viernes sin falta "
          "te hago la transferencia.\n\nRocío"),
    labels=dict(promised_date="2026-12-18"),
    note="'No puedo hasta el viernes' on Monday 14 December: Friday 18.")

add(kind="client-reply-promise", lang="es", owner="jordi",
    frm=("Dani Moreno", "daniel@morenoybarrio.com"), tz="Europe/Madrid", date="2027-01-08T08:50:21",
    mailer="gmail", quote="gmail",
    orig=R("jordi", "late", "Estimados señores:", "F26-115", 1210.00, "2026-12-10", "2027-01-07T09:00:00",
           "Recordatorio: factura n.º F26-115", deadline="2027-01-17"),
    body=("Buenos días Jordi,\n\n"
          "Te lo pago el día veinte, que es cuando nos ingresan la subvención del Consorci. Antes me es imposible, lo "
          "siento de verdad.\n\nSaludos,\nDani"),
    labels=dict(promised_date="2027-01-20"),
    note="Number in words: 'el día veinte' = 20 January.")

add(kind="client-reply-promise", lang="es", owner="lucia",
    frm=("Contabilidad Hoteles Mediterráneo", "contabilidad@hotelesmediterraneo.com"), tz="Europe/Madrid",
    date="2026-11-16T16:20:40", mailer="outlook", quote="outlook", re="RE: ",
    orig=R("lucia", "late", "Estimados señores:", "2026-039", 2904.00, "2026-10-31", "2026-11-16T09:00:00",
           "Recordatorio: factura n.º 2026-039", deadline="2026-11-26", fees=True, to_disp="Contabilidad"),
    body=("Buenas tardes:\n\nLes informamos de que la factura 2026-039 entra en la remesa del 25.\n\n"
          "Un saludo,\n\nDepartamento de Contabilidad\nHoteles Mediterráneo, S.A.\n\n" + LOPD_ES),
    labels=dict(promised_date="2026-11-25", reference="2026-039"),
    note="'Entra en la remesa del 25': promise for 25 November.")

add(kind="client-reply-promise", lang="es", owner="jordi",
    frm=("Laura Ferrer", "laura@ferrerinteriors.es"), tz="Europe/Madrid", date="2027-02-03T09:20:08",
    mailer="iphone", quote="iphone",
    orig=R("jordi", "susp", "Buenos días, Laura Ferrer:", "F26-121", 847.00, "2027-01-05", "2027-02-02T09:00:00",
           "Factura n.º F26-121 – aviso", deadline="2027-02-11", susp="2027-02-15"),
    body=("Jordi, de verdad, no hace falta amenazar con apagar la web. Ya te dije por teléfono que este mes vamos "
          "justos. Te lo pago a final de mes, como muy tarde.\n\nLaura\n\nEnviado desde mi iPhone"),
    labels=dict(promised_date="2027-02-28"),
    note="Annoyed at the suspension letter; 'a final de mes, como muy tarde' = 28 February 2027.")

add(kind="client-reply-promise", lang="es", owner="lucia",
    frm=("Íñigo Etxeberria", "inigo@etxeberriasidreria.eus"), tz="Europe/Madrid", date="2026-12-29T23:10:55",
    mailer="gmail", quote="gmail",
    orig=R("lucia", "late", "Buenos días, Íñigo Etxeberria:", "2026-050", 1452.00, "2026-12-05",
           "2026-12-29T09:00:00", "Recordatorio: factura n.º 2026-050", deadline="2027-01-08"),
    body=("Lucía, perdona, que se me ha pasado con las fiestas. Mañana sin falta te hago la transferencia, que hoy ya "
          "no me da tiempo y el banco no me deja hacer inmediatas por encima de mil euros.\n\nAgur,\nÍñigo"),
    labels=dict(promised_date="2026-12-30"),
    note="Written at 23:10: 'mañana sin falta' = 30 December. 'Mil euros' is a bank limit, not an amount.")

add(kind="client-reply-promise", lang="es", owner="jordi",
    frm=("Ana Beltrán", "abeltran@beltranasesores.es"), tz="Europe/Madrid", date="2026-12-21T17:00:33",
    mailer="outlook", quote="outlook", re="RE: ",
    orig=R("jordi", "late", "Estimados señores:", "F26-117", 484.00, "2026-12-01", "2026-12-21T09:00:00",
           "Recordatorio: factura n.º F26-117", deadline="2026-12-31", to_disp="Ana Beltrán"),
    body=("Hola Jordi:\n\n"
          "Disculpa, en diciembre tenemos la tesorería muy ajustada por las pagas extra. Te lo abonamos a primeros de "
          "mes, en cuanto empiece enero.\n\nFeliz Navidad,\n\nAna Beltrán\nBeltrán Asesores"),
    note="'A primeros de mes / en cuanto empiece enero': vague, no date.")

add(kind="client-reply-promise", lang="es", owner="lucia",
    frm=("Pablo Rey", "pablo.rey@reyarquitectura.com"), tz="Europe/Madrid", date="2027-01-26T10:12:47",
    mailer="iphone", quote="iphone",
    orig=R("lucia", "late", "Buenos días, Pablo Rey:", "2026-058", 3025.00, "2027-01-10", "2027-01-26T09:00:00",
           "Recordatorio: factura n.º 2026-058", deadline="2027-02-05"),
    body=("Hoy no puedo, estoy en obra en Toledo todo el día y sin el certificado digital. El jueves lo hago, te lo "
          "prometo.\nP.\n\nEnviado desde mi iPhone"),
    labels=dict(promised_date="2027-01-28"),
    note="'Hoy no ... el jueves' written on Tuesday 26 January: Thursday 28.")

add(kind="client-reply-promise", lang="es", owner="jordi",
    frm=("Guille Ortiz", "guille@agenciakuma.com"), tz="Europe/Madrid", date="2026-12-28T12:30:19",
    mailer="gmail", quote="gmail",
    orig=R("jordi", "susp", "Estimados señores:", "F26-110", 2420.00, "2026-11-30", "2026-12-28T09:00:00",
           "Factura n.º F26-110 – aviso", deadline="2027-01-08", susp="2027-01-11"),
    body=("Hola Jordi,\n\n"
          "No hace falta que suspendáis nada, por favor, que la web del cliente está en plena campaña. Nosotros estamos "
          "igual que tú: el cliente final nos debe tres facturas y hasta que no nos pague no podemos pagar a los "
          "proveedores. En cuanto entre el dinero, eres el primero de la lista.\n\n"
          "Un abrazo y perdona,\nGuille — Agencia Kuma"),
    note="Pay-when-paid after the suspension letter: promise without a date.")

add(kind="client-reply-promise", lang="es", owner="lucia",
    frm=("Sofía Herrera", "sofia@herreragaleria.com"), tz="Europe/Madrid", date="2027-01-27T11:40:02",
    mailer="gmail", quote="gmail", html="alt", cte="base64",
    orig=R("lucia", "susp", "Buenos días, Sofía Herrera:", "2026-055", 2420.00, "2026-12-30", "2027-01-26T09:00:00",
           "Factura n.º 2026-055 – aviso", deadline="2027-02-04", susp="2027-02-08"),
    body=("Hola Lucía,\n\n"
          "Lo tenemos programado para el 5 de febrero: los 2.420 € salen ese día en la transferencia periódica de "
          "proveedores. Ya sé que es un día después del plazo que pones, pero antes no nos cuadra.\n\n"
          "Un beso,\nSofía"),
    html_body=("<div>Hola Lucía,</div><div><br></div><div>Lo tenemos programado para el <b>5 de febrero</b>: los "
               "2.420 € salen ese día en la transferencia periódica de proveedores. Ya sé que es un día después del "
               "plazo que pones, pero antes no nos cuadra.</div><div><br></div><div>Un beso,</div><div>Sofía</div>"),
    labels=dict(promised_date="2027-02-05", amount="2420.00"),
    note="Scheduled for 5 February, one day after the letter's deadline (4 February, a distractor in the quote).")

add(kind="client-reply-promise", lang="es", owner="lucia",
    frm=("Tomás Aguirre", "tomas@aguirrereformas.es"), tz="Europe/Madrid", date="2027-01-14T08:30:12",
    mailer="thunderbird", quote="thunderbird",
    orig=R("lucia", "statement", "Buenos días, Tomás Aguirre:", None, None, None, "2027-01-13T09:00:00",
           "Facturas pendientes – Lucía Martín", deadline="2027-01-23", payref="Facturas 2026-051, 2026-057",
           invoices=[("2026-051", 600.00, "2026-12-02", "2026-11-02"), ("2026-057", 1089.00, "2026-12-20", "2026-11-20")]),
    body=("Buenos días Lucía:\n\n"
          "La 2026-051 te la pagué ayer, deberías verla hoy. La 2026-057 entra el lunes, que es cuando hacemos los "
          "pagos grandes.\n\nSaludos,\nTomás"),
    labels=dict(promised_date="2027-01-18", reference="2026-057"),
    note="Two invoices: one paid yesterday, the other 'entra el lunes' (Monday 18 January): promise.")

add(kind="client-reply-promise", lang="es", owner="lucia",
    frm=("Fernanda Castillo", "fcastillo@castillodiseno.mx"), tz="America/Mexico_City", date="2026-12-02T10:05:33",
    mailer="gmail", quote="gmail",
    orig=R("lucia", "late", "Buenos días, Fernanda Castillo:", "2026-043", 1500.00, "2026-11-15",
           "2026-12-01T09:00:00", "Recordatorio: factura n.º 2026-043", deadline="2026-12-11"),
    body=("Hola Lucía, buen día.\n\n"
          "Disculpa la demora, ya tengo la autorización de dirección y el pago sale el próximo martes sin falta. Como "
          "es transferencia internacional puede tardar un par de días más en reflejarse.\n\n"
          "Saludos cordiales,\nFernanda Castillo\nCastillo Diseño | CDMX"),
    labels=dict(promised_date="2026-12-08"),
    note="Mexican client (America/Mexico_City), written Wednesday 2 December: 'el próximo martes' = 8 December.")

# ------------------------------------------------------------------ SPANISH: dispute
add(kind="client-reply-dispute", lang="es", owner="lucia",
    frm=("Beatriz Campos", "bcampos@camposyasociados.es"), tz="Europe/Madrid", date="2026-12-21T18:10:05",
    mailer="gmail", quote="gmail",
    orig=R("lucia", "susp", "Estimados señores:", "2026-044", 1210.00, "2026-11-20", "2026-12-21T09:00:00",
           "Factura n.º 2026-044 – aviso", deadline="2026-12-30", susp="2027-01-04"),
    body=("Lucía, esta factura ya os la pagamos: es la misma que la 2026-038, mismo concepto (proyecto de iluminación "
          "de la oficina de Velázquez) y mismo importe. Nos la habéis facturado dos veces.\n\n"
          "Por favor, anúlala con una rectificativa y dejad de mandarnos avisos de suspensión.\n\nBeatriz"),
    note="'Already billed': duplicate of 2026-038, asks for a rectifying invoice. 'Ya os la pagamos' refers to the "
         "other invoice, so this is a dispute, not a paid claim. The chased number is not named.")

add(kind="client-reply-dispute", lang="es", owner="jordi",
    frm=("Construcciones Ebro – Administración", "administracion@construccionesebro.es"), tz="Europe/Madrid",
    date="2027-01-21T13:00:48", mailer="outlook", quote="outlook", re="RE: ",
    orig=R("jordi", "cover", "Estimados señores:", "F26-106", 3630.00, "2026-11-09", "2027-01-19T10:00:00",
           "Requerimiento de pago e invitación a negociar – factura n.º F26-106", deadline="2027-02-03",
           total=3741.67, creditor="Jordi Puig i Serra", to_disp="Administración"),
    body=("Muy señor nuestro:\n\n"
          "Nos sorprende recibir un requerimiento de pago por la factura F26-106 cuando el trabajo no se entregó "
          "completo: la intranet de obra sigue sin el módulo de partes diarios y sin la migración de los datos de 2025, "
          "ambos incluidos en el presupuesto aceptado del 3 de junio. Se lo hemos comunicado en al menos tres ocasiones "
          "(correos del 18/11, 2/12 y 15/12).\n\n"
          "No abonaremos la factura hasta la entrega completa de lo presupuestado. Quedamos a su disposición para fijar "
          "una fecha de entrega.\n\n"
          "Atentamente,\n\nDirección Administrativa\nConstrucciones Ebro, S.L.\nPol. Ind. Cogullada, nave 14 – Zaragoza\n\n"
          + LOPD_ES),
    labels=dict(reference="F26-106"),
    note="Answer to the formal requerimiento: work not delivered in full, will not pay until it is.")

add(kind="client-reply-dispute", lang="es", owner="jordi",
    frm=("Yurena Santana", "administracion@hotellasdunas.com"), tz="Atlantic/Canary", date="2027-01-20T09:15:27",
    mailer="outlook365", quote="outlook", re="RE: ",
    orig=R("jordi", "late", "Estimados señores:", "F26-120", 1089.00, "2026-12-28", "2027-01-20T09:00:00",
           "Recordatorio: factura n.º F26-120", deadline="2027-01-30", to_disp="Administración Hotel Las Dunas"),
    body=("Buenos días Jordi:\n\n"
          "No podemos pagar la factura F26-120 tal como está: lleva un 21 % de IVA y nosotros estamos en Canarias, así "
          "que la operación no está sujeta a IVA peninsular (tributa por IGIC, inversión del sujeto pasivo). "
          "Necesitamos una factura rectificativa sin IVA por 900,00 €. En cuanto la tengamos se paga.\n\n"
          "Un saludo,\nYurena Santana\nAdministración – Hotel Las Dunas (Corralejo, Fuerteventura)"),
    labels=dict(reference="F26-120", amount="900.00"),
    note="Canary Islands client contests the VAT and wants a rectifying invoice for 900.00 (the amount they "
         "accept); payment only after the correction: dispute.")

add(kind="client-reply-dispute", lang="es", owner="jordi",
    frm=("Ramón Castro", "ramon.castro.m@gmail.com"), tz="Europe/Madrid", date="2027-02-08T13:30:09",
    mailer="android", quote="gmail",
    orig=R("jordi", "susp", "Buenos días, Ramón Castro:", "F26-119", 181.50, "2026-12-31", "2027-02-08T09:00:00",
           "Factura n.º F26-119 – aviso", deadline="2027-02-17", susp="2027-02-22"),
    body=("NO VOY A PAGAR ESO. OS DIJE EN SEPTIEMBRE QUE CANCELABA EL MANTENIMIENTO Y QUE ME PASABA A WIX. Y SI "
          "QUEREIS SUSPENDER LA WEB, ADELANTE, YA NO LA USO.\n\nRamón Castro"),
    note="ALL CAPS refusal: maintenance cancelled months ago.")

add(kind="client-reply-dispute", lang="es", owner="lucia",
    frm=("Francisco Ruiz", "fruiz@ruizgestion.es"), tz="Europe/Madrid", date="2027-02-02T10:40:16",
    mailer="outlook", quote="outlook", re="RE: ",
    orig=R("lucia", "final", "Estimados señores:", "2026-054", 1450.00, "2026-12-20", "2027-02-01T09:00:00",
           "Requerimiento de pago de la factura n.º 2026-054", deadline="2027-02-16", issue="2026-11-20",
           client_name="Ruiz Gestión Inmobiliaria, S.L.", to_disp="Francisco Ruiz"),
    body=("Lucía:\n\n"
          "Como ya te comenté en diciembre, solo pagaremos lo presupuestado: 1.200 €, no los 1.450 que pone la factura. "
          "Las dos visitas extra a obra fueron por errores de tu propio plano, no por cambios nuestros. Si nos mandas "
          "una factura por 1.200 € la pagamos esta misma semana.\n\n"
          "Un saludo,\nFrancisco Ruiz"),
    labels=dict(amount="1200.00"),
    note="After the requerimiento: will pay only the quoted 1,200 of the 1,450 billed: dispute (amount accepted 1,200).")

add(kind="client-reply-dispute", lang="es", owner="jordi",
    frm=("Elena Domínguez", "compras@textilmar.es"), tz="Europe/Madrid", date="2027-01-13T12:00:42",
    mailer="outlook", quote="outlook", re="RE: ", html="alt",
    orig=R("jordi", "late", "Estimados señores:", "F26-113", 2178.00, "2026-12-15", "2027-01-12T09:00:00",
           "Recordatorio: factura n.º F26-113", deadline="2027-01-22", to_disp="Compras Textil Mar"),
    body=("Buenos días, Jordi:\n\n"
          "La tienda online se puso en marcha el 2 de diciembre en lugar del 15 de noviembre, y perdimos toda la "
          "campaña del Black Friday. Entendemos que parte del retraso fue por nuestra culpa (tardamos en mandaros las "
          "fotos), pero no todo.\n\n"
          "Proponemos descontar 300 € de la factura. Si estáis de acuerdo, emitid una rectificativa por 1.878 € y la "
          "pagamos en la remesa siguiente.\n\n"
          "Saludos,\nElena Domínguez\nResponsable de Compras – Textil Mar, S.L."),
    labels=dict(amount="1878.00"),
    note="Asks a 300 euro discount for the late launch; would pay 1,878 after a rectifying invoice: dispute.")

add(kind="client-reply-dispute", lang="es", owner="lucia",
    frm=("Mercedes – Hostal Las Acacias", "reservas@hostalacacias.es"), tz="Europe/Madrid",
    date="2027-01-26T17:30:11", mailer="web", quote="thunderbird",
    orig=R("lucia", "late", "Estimados señores:", "2026-056", 847.00, "2027-01-02", "2027-01-25T09:00:00",
           "Recordatorio: factura n.º 2026-056", deadline="2027-02-04"),
    body=("Hola Lucía,\n\n"
          "Hemos abonado hoy 500 € correspondientes al proyecto de las habitaciones de la primera planta, que sí se "
          "entregó. El resto no lo reconocemos: la segunda visita (la del día 12) se canceló por vuestra parte y no "
          "entendemos por qué aparece en la factura junto con el desplazamiento.\n\n"
          "Saludos,\nMercedes\nHostal Las Acacias"),
    labels=dict(amount="500.00"),
    note="Partial payment of 500 today + refusal of the rest: dispute.")

# ------------------------------------------------------------------ SPANISH: other
add(kind="client-reply-other", lang="es", owner="jordi",
    frm=("Núria Font", "nuria@fontllibres.cat"), tz="Europe/Madrid", date="2027-01-18T19:50:31",
    mailer="iphone", quote="iphone",
    orig=R("jordi", "late", "Buenos días, Núria Font:", "F26-116", 423.50, "2026-12-20", "2027-01-18T09:00:00",
           "Recordatorio: factura n.º F26-116", deadline="2027-01-28", pay=False),
    body=("Hola Jordi! ¿Me puedes reenviar el IBAN? Lo tengo en otro correo y no lo encuentro por ningún lado, y la "
          "factura en PDF no me abre en el móvil.\n\nGràcies!"),
    note="'Send me the IBAN again': question, no commitment.")

add(kind="client-reply-other", lang="es", owner="lucia",
    frm=("Gonzalo Peña", "gonzalo.pena@penayasociados.com"), tz="Europe/Madrid", date="2026-12-28T20:02:14",
    mailer="gmail", quote="gmail",
    orig=R("lucia", "susp", "Buenos días, Gonzalo Peña:", "2026-048", 605.00, "2026-11-26", "2026-12-28T09:00:00",
           "Factura n.º 2026-048 – aviso", deadline="2027-01-07", susp="2027-01-11"),
    body=("Lucía, ¿de qué factura me hablas? Creía que estábamos al día. ¿Es la del estudio de color de la sala de "
          "espera o la de los muebles de recepción? Mándamela otra vez y lo miro con Marisa.\n\nG."),
    note="'Which invoice?' after the suspension letter; 'creía que estábamos al día' is a belief, not a paid claim.")

add(kind="client-reply-other", lang="es", owner="jordi",
    frm=("Departamento de Proveedores – Grupo Olivar", "proveedores@grupoolivar.es"), tz="Europe/Madrid",
    date="2027-01-15T09:30:05", mailer="outlook", quote="outlook", re="RE: ",
    orig=R("jordi", "late", "Estimados señores:", "F26-114", 1331.00, "2026-12-18", "2027-01-14T09:00:00",
           "Recordatorio: factura n.º F26-114", deadline="2027-01-24", to_disp="Proveedores Grupo Olivar"),
    body=("Buenos días:\n\n"
          "Para poder tramitar la factura F26-114 es imprescindible que figure el número de pedido. Por favor, "
          "reenvíenla indicando el pedido 4500012345 a facturas@grupoolivar.es, o súbanla directamente al portal de "
          "proveedores. Sin número de pedido el sistema la rechaza automáticamente.\n\n"
          "Un saludo,\nDepartamento de Proveedores\nGrupo Olivar\n\n" + LOPD_ES),
    labels=dict(reference="F26-114"),
    note="PO number needed, reissue: other.")

add(kind="client-reply-other", lang="es", owner="lucia",
    frm=("Enrique Salas", "enrique@salasbodegas.es"), tz="Europe/Madrid", date="2027-01-19T08:55:29",
    mailer="outlook", quote="outlook", re="RV: ",
    to=addr("Pilar Gómez", "administracion@salasbodegas.es"), cc=[("Lucía Martín", "lucia@martinestudio.es")],
    orig=R("lucia", "late", "Buenos días, Enrique Salas:", "2026-053", 1694.00, "2026-12-18", "2027-01-18T09:00:00",
           "Recordatorio: factura n.º 2026-053", deadline="2027-01-28", to_disp="Enrique Salas"),
    body="Hola Pilar, ¿puedes revisar esto? Creo que se nos pasó con el cambio de gestoría.\n\nGracias,\nEnrique",
    note="Forward to the colleague in accounts with the freelancer in cc; admits it may have been missed but "
         "promises nothing: other.")

add(kind="client-reply-other", lang="es", owner="jordi",
    frm=("Montse Ribas", "montse@ribasdental.cat"), tz="Europe/Madrid", date="2027-02-10T09:12:44",
    mailer="gmail", quote="gmail",
    orig=R("jordi", "late", "Buenos días, Montse Ribas:", "F26-122", 242.00, "2027-01-20", "2027-02-10T09:00:00",
           "Recordatorio: factura n.º F26-122", deadline="2027-02-20"),
    body="Recibido, lo paso a contabilidad.\nMontse",
    note="'Received, passing it to accounting': other.")

add(kind="client-reply-other", lang="es", owner="lucia",
    frm=("Raquel Domínguez", "raquel@dominguezcasas.es"), tz="Europe/Madrid", date="2027-01-18T13:40:20",
    mailer="gmail", quote="gmail",
    orig=R("lucia", "final", "Buenos días, Raquel Domínguez:", "2026-046", 3388.00, "2026-11-20",
           "2027-01-18T09:00:00", "Requerimiento de pago de la factura n.º 2026-046", deadline="2027-02-02",
           issue="2026-10-21", client_name="Raquel Domínguez"),
    body=("Lucía, he visto tu correo. Prefiero hablarlo por teléfono, que por escrito todo suena peor de lo que es. "
          "¿Me llamas esta tarde? Estoy en la oficina hasta las ocho.\n654 332 118\n\nRaquel"),
    note="Asks for a call after the requerimiento; nothing claimed or promised.")

# ------------------------------------------------------------------ ENGLISH: paid
add(kind="client-reply-paid", lang="en", owner="tom",
    frm=("Ciarán Walsh", "ciaran@walshcoffee.ie"), tz="Europe/Dublin", date="2026-12-02T21:40:18",
    mailer="iphone", quote="iphone",
    orig=R("tom", "late", "Dear Ciarán Walsh,", "INV-2026-119", 615.00, "2026-11-20", "2026-12-02T09:00:00",
           "Invoice INV-2026-119 – payment reminder", deadline="2026-12-12"),
    body="paid now sorry\n\nSent from my iPhone",
    note="Three words after the second reminder.")

add(kind="client-reply-paid", lang="en", owner="sarah",
    frm=("James Whitfield", "james@whitfieldestates.co.uk"), tz="Europe/London", date="2026-12-14T10:30:09",
    mailer="outlook", quote="outlook", re="RE: ",
    orig=R("sarah", "late", "Dear Accounts Team,", "SO-228", 1450.00, "2026-11-27", "2026-12-14T09:00:00",
           "Invoice SO-228 – payment reminder", deadline="2026-12-23", fees=True, law="GB", cur="GBP",
           to_disp="James Whitfield"),
    body=("Hi Sarah,\n\n"
          "We paid this last week – Tuesday I think – can you check it arrived? Reference was your invoice number. If "
          "it's not there let me know and I'll chase our bank.\n\n"
          "Thanks,\nJames\n\nJames Whitfield | Whitfield Estates\n\n" + DISCL_EN),
    note="'Paid last week, can you check it arrived?': paid. 'Your invoice number' does not name it.")

add(kind="client-reply-paid", lang="en", owner="sarah",
    frm=("Priya Shah", "ap@brightwellgroup.co.uk"), tz="Europe/London", date="2027-01-06T11:20:36",
    mailer="outlook", quote="outlook", re="RE: ", html="alt",
    orig=R("sarah", "susp", "Dear Accounts Team,", "SO-224", 2400.00, "2026-11-30", "2027-01-05T09:00:00",
           "Invoice SO-224 – payment reminder", deadline="2027-01-14", susp="2027-01-18", cur="GBP",
           to_disp="Accounts Payable"),
    body=("Hi Sarah,\n\n"
          "Sorted – went out in yesterday's BACS run, so should be with you by Friday at the latest. Apologies for the "
          "delay, we were short-staffed over Christmas and a few supplier invoices got stuck in approval.\n\n"
          "Kind regards,\n\nPriya Shah\nAccounts Payable | Brightwell Group Ltd\n\n" + DISCL_EN),
    note="'Sorted – went out in yesterday's BACS run': paid without a payment verb; 'by Friday' is arrival, not a promise.")

add(kind="client-reply-paid", lang="en", owner="tom",
    frm=("Rachel Kim", "rkim@harborlinestudio.com"), tz="America/New_York", date="2027-01-06T08:45:52",
    mailer="gmail", quote="gmail", us=True,
    orig=R("tom", "late", "Dear Rachel Kim,", "INV-2026-131", 3200.00, "2026-12-15", "2027-01-06T09:00:00",
           "Invoice INV-2026-131 – payment reminder", deadline="2027-01-16", cur="USD"),
    body=("Hi Tom,\n\n"
          "So sorry about this – our AP person left in November and a few things slipped through the cracks. The wire "
          "for $3,200 went out this morning from our Chase account, so it should land in 1-2 business days. Let me "
          "know if it doesn't show up by Friday.\n\n"
          "Best,\nRachel\n\n--\nRachel Kim\nHarborline Studio | Brooklyn, NY"),
    labels=dict(amount="3200.00", currency="USD"),
    note="US client (America/New_York), USD wire sent this morning; US-style Gmail attribution.")

add(kind="client-reply-paid", lang="en", owner="tom",
    frm=("Declan Murphy", "declan@murphyjoinery.ie"), tz="Europe/Dublin", date="2027-01-12T19:05:14",
    mailer="android", quote="gmail",
    orig=R("tom", "susp", "Dear Accounts Team,", "INV-2026-124", 1845.00, "2026-12-04", "2027-01-12T09:00:00",
           "Invoice INV-2026-124 – payment reminder", deadline="2027-01-21", susp="2027-01-25", fees=True, law="IE"),
    body=("Grand, that's done now Tom, apologies. Sent it from the Revolut business account so it might show up under "
          "Murphy Joinery Ltd rather than my name. Don't be pulling the website on me now!\n\nD."),
    note="Irish voice: 'that's done now' = paid; suspension letter with Irish statutory fees quoted.")

add(kind="client-reply-paid", lang="en", owner="sarah",
    frm=("Martin Lowe", "m.lowe@hargreaveslowe.co.uk"), tz="Europe/London", date="2027-01-15T15:20:03",
    mailer="outlook", quote="outlook", re="RE: ",
    orig=R("sarah", "cover", "Dear Sir or Madam,", "SO-231", 2150.00, "2026-11-29", "2027-01-11T10:00:00",
           "Formal notice and final demand for payment – invoice SO-231", deadline="2027-01-25",
           total=2249.76, cur="GBP", to_disp="accounts@fenwickinteriors.co.uk"),
    body=("Dear Ms Okafor,\n\n"
          "Our client: Fenwick Interiors Ltd\n\n"
          "We act for the above-named and refer to your letter of 11 January 2027.\n\n"
          "Our client has today made payment in full of £2,150.00 in respect of invoice SO-231. In the interests of "
          "bringing this matter to a close, our client will not be pursuing the points it previously raised about the "
          "copy supplied.\n\n"
          "We trust this concludes the matter.\n\n"
          "Yours sincerely,\n\nMartin Lowe\nPartner\nHargreaves & Lowe LLP\n14 Fleet Place, London EC4M 7RB\n\n"
          + DISCL_EN),
    labels=dict(amount="2150.00", currency="GBP", reference="SO-231"),
    note="Client's solicitor after the formal notice: payment made today; earlier complaints explicitly dropped: paid.")

add(kind="client-reply-paid", lang="en", owner="tom",
    frm=("Siobhán Ryan", "accountspayable@corrib-foods.ie"), tz="Europe/Dublin", date="2026-12-09T14:02:27",
    mailer="outlook365", quote="outlook", re="RE: ", html="only", cte="base64",
    orig=R("tom", "late", "Dear Accounts Team,", "INV-2026-118", 1476.00, "2026-11-23", "2026-12-07T09:00:00",
           "Invoice INV-2026-118 – payment reminder", deadline="2026-12-17", to_disp="Accounts Payable"),
    body=("Hi Tom,\n\nPlease see remittance below. Apologies for the delay.\n\n"
          "Invoice No: INV-2026-118 | Invoice Date: 24/10/2026 | Amount: €1,476.00 | Payment Ref: EFT-009142\n"
          "Total paid: €1,476.00\nPayment date: 09/12/2026\n\nSiobhán\nCorrib Foods – Accounts Payable"),
    html_body=("<p class=MsoNormal>Hi Tom,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
               "<p class=MsoNormal>Please see remittance below. Apologies for the delay.<o:p></o:p></p>"
               "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
               "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>"
               "<tr><td style='background:#D9E2F3;padding:2pt 6pt'><p class=MsoNormal><b>Invoice No</b></p></td>"
               "<td style='background:#D9E2F3;padding:2pt 6pt'><p class=MsoNormal><b>Invoice Date</b></p></td>"
               "<td style='background:#D9E2F3;padding:2pt 6pt'><p class=MsoNormal><b>Amount</b></p></td>"
               "<td style='background:#D9E2F3;padding:2pt 6pt'><p class=MsoNormal><b>Payment Ref</b></p></td></tr>"
               "<tr><td style='padding:2pt 6pt'><p class=MsoNormal>INV-2026-118</p></td>"
               "<td style='padding:2pt 6pt'><p class=MsoNormal>24/10/2026</p></td>"
               "<td style='padding:2pt 6pt'><p class=MsoNormal>€1,476.00</p></td>"
               "<td style='padding:2pt 6pt'><p class=MsoNormal>EFT-009142</p></td></tr></table>"
               "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
               "<p class=MsoNormal><b>Total paid:</b> €1,476.00<br><b>Payment date:</b> 09/12/2026<o:p></o:p></p>"
               "<p class=MsoNormal><o:p>&nbsp;</o:p></p><p class=MsoNormal>Siobhán<br>"
               "<span style='color:#2E7D32'>Corrib Foods – Accounts Payable</span><o:p></o:p></p>"),
    labels=dict(amount="1476.00", reference="INV-2026-118"),
    note="HTML-only Outlook reply from AP with a pasted remittance table (amount and invoice in table cells).")

add(kind="client-reply-paid", lang="en", owner="tom",
    frm=("Jan de Vries", "jan@devriesbouw.nl"), tz="Europe/Amsterdam", date="2027-01-05T09:10:40",
    mailer="outlook", quote="outlook", re="RE: ",
    orig=R("tom", "late", "Dear Jan de Vries,", "INV-2026-127", 2900.00, "2026-12-10", "2027-01-04T09:00:00",
           "Invoice INV-2026-127 – payment reminder", deadline="2027-01-14", to_disp="Jan de Vries"),
    body=("Hello Tom,\n\n"
          "The payment is done since Monday, it should be on your account already. Sorry for the late, with the "
          "holidays our bookkeeper was not in the office.\n\n"
          "Greetings,\nJan de Vries\nDe Vries Bouw B.V. | Utrecht"),
    note="Dutch non-native English: 'the payment is done since Monday' = paid.")

add(kind="client-reply-paid", lang="en", owner="sarah",
    frm=("Holly Barnes", "holly@barnesbakes.co.uk"), tz="Europe/London", date="2027-02-04T12:30:21",
    mailer="iphone", quote="iphone",
    orig=R("sarah", "late", "Dear Holly Barnes,", "SO-236", 480.00, "2027-01-14", "2027-02-04T09:00:00",
           "Invoice SO-236 – payment reminder", deadline="2027-02-14", cur="GBP"),
    body=("Hi Sarah – already paid on the 2nd! I'll also dig out the confirmation at some point if you need it, but "
          "it definitely went. Hope you're well x"),
    note="Clear 'already paid on the 2nd' with a vague undated 'I'll also dig out the confirmation': stays paid.")

add(kind="client-reply-paid", lang="en", owner="tom",
    frm=("Aoife Brennan", "aoife@brennanphysio.ie"), tz="Europe/Dublin", date="2026-12-15T13:10:58",
    mailer="gmail", quote="gmail",
    orig=R("tom", "late", "Dear Aoife Brennan,", "INV-2026-122", 920.00, "2026-11-30", "2026-12-15T09:00:00",
           "Invoice INV-2026-122 – payment reminder", deadline="2026-12-24"),
    body=("Here you go – screenshot attached too.\n\n"
          "Payment to: TOM BYRNE DESIGN\nAmount: EUR 920.00\nDate: 15/12/2026\nStatus: Completed\n"
          "Reference: INV-2026-122\n\nAoife"),
    attach=[("Screenshot_20261215_130812.png", "image/png", fake_png(5, 9, (250, 250, 250)))],
    labels=dict(amount="920.00", reference="INV-2026-122"),
    note="'Here you go' with the banking app's confirmation pasted and a screenshot: paid; amount and reference "
         "are in the client's own pasted text.")

# ------------------------------------------------------------------ ENGLISH: promise
add(kind="client-reply-promise", lang="en", owner="tom",
    frm=("Eoin Gallagher", "eoin.gallagher@gallagherbrewing.ie"), tz="Europe/Dublin", date="2027-01-13T12:44:30",
    mailer="gmail", quote="gmail",
    orig=R("tom", "susp", "Dear Accounts Team,", "INV-2026-128", 3075.00, "2026-12-18", "2027-01-13T09:00:00",
           "Invoice INV-2026-128 – payment reminder", deadline="2027-01-22", susp="2027-01-26", fees=True, law="IE"),
    body=("Tom,\n\n"
          "Look, I hear you, but we can't before the 28th – that's when the distributor pays us for December and I've "
          "a wall of excise duty to clear first. You'll have it that day. Please don't pull the label files off the "
          "shared drive in the meantime, the printer needs them Monday.\n\nEoin"),
    labels=dict(promised_date="2027-01-28"),
    note="'We can't before the 28th ... you'll have it that day' = promise for 28 January; 'Monday' is about the printer.")

add(kind="client-reply-promise", lang="en", owner="sarah",
    frm=("Nick Harding", "nick@hardingandco.co.uk"), tz="Europe/London", date="2026-11-30T16:05:44",
    mailer="iphone", quote="iphone",
    orig=R("sarah", "late", "Dear Nick Harding,", "SO-222", 960.00, "2026-11-13", "2026-11-30T09:00:00",
           "Invoice SO-222 – payment reminder", deadline="2026-12-09", cur="GBP"),
    body=("Not today I'm afraid, Thursday. Card reader for the bank's been playing up and I'm out on site till "
          "Wednesday.\nN\n\nSent from my iPhone"),
    labels=dict(promised_date="2026-12-03"),
    note="'Not today, Thursday' written Monday 30 November: Thursday 3 December; 'till Wednesday' is a distractor.")

add(kind="client-reply-promise", lang="en", owner="tom",
    frm=("Gráinne Nolan", "grainne@nolanbooks.ie"), tz="Europe/Dublin", date="2027-02-10T17:25:06",
    mailer="apple", quote="iphone",
    orig=R("tom", "late", "Dear Gráinne Nolan,", "INV-2026-133", 738.00, "2027-01-15", "2027-02-10T09:00:00",
           "Invoice INV-2026-133 – payment reminder", deadline="2027-02-20"),
    body=("Hi Tom,\n\n"
          "Apologies – cash is tight until the Arts Council drawdown comes in. It'll go out on the twenty-fifth along "
          "with payroll; I've set it up as a scheduled payment already so it won't be forgotten this time.\n\n"
          "Gráinne\nNolan Books, Kilkenny"),
    labels=dict(promised_date="2027-02-25"),
    note="Number in words: 'on the twenty-fifth' = 25 February (scheduled, not yet paid).")

add(kind="client-reply-promise", lang="en", owner="sarah",
    frm=("Oliver Grant", "oliver.grant@grantlogistics.co.uk"), tz="Europe/London", date="2027-01-21T10:00:17",
    mailer="outlook", quote="outlook", re="RE: ",
    orig=R("sarah", "late", "Dear Accounts Team,", "SO-233", 1800.00, "2026-12-31", "2027-01-20T09:00:00",
           "Invoice SO-233 – payment reminder", deadline="2027-01-29", fees=True, law="GB", cur="GBP",
           to_disp="Oliver Grant"),
    body=("Hi Sarah,\n\n"
          "Thanks for the nudge. I've checked with finance and it's been approved – it will go out with next week's "
          "payment run.\n\n"
          "Regards,\n\nOliver Grant\nOperations Director | Grant Logistics Ltd\n\n" + DISCL_EN),
    note="'Will go out with next week's payment run': promise, vague, no date.")

add(kind="client-reply-promise", lang="en", owner="tom",
    frm=("Maeve Considine", "finance@atlanticsurfschool.ie"), tz="Europe/Dublin", date="2026-12-17T11:30:24",
    mailer="gmail", quote="gmail",
    orig=R("tom", "late", "Dear Accounts Team,", "INV-2026-125", 1230.00, "2026-11-28", "2026-12-16T09:00:00",
           "Invoice INV-2026-125 – payment reminder", deadline="2026-12-26"),
    body=("Hi Tom,\n\n"
          "Our office closes on Friday for the Christmas break. Finance are back on the 4th and everything outstanding "
          "gets cleared by the 15th, yours included. Sorry it's not sooner.\n\n"
          "Happy Christmas,\nMaeve\nAtlantic Surf School, Lahinch"),
    labels=dict(promised_date="2027-01-15"),
    note="'By the 15th' written 17 December (and 'back on the 4th' after Christmas): 15 January.")

add(kind="client-reply-promise", lang="en", owner="sarah",
    frm=("Paul Ridley", "paul@ridleyfitness.co.uk"), tz="Europe/London", date="2026-11-19T09:22:48",
    mailer="gmail", quote="none", re="Re: ",
    orig=R("sarah", "late", "Dear Paul Ridley,", "SO-220", 720.00, "2026-11-05", "2026-11-19T09:00:00",
           "Invoice SO-220 – payment reminder", deadline="2026-11-28", cur="GBP"),
    body="Yes, yes. End of the month. You don't need to chase me every week, I haven't forgotten.\n\nPaul",
    labels=dict(promised_date="2026-11-30"),
    note="Irritated, no quote: 'End of the month' = 30 November.")

add(kind="client-reply-promise", lang="en", owner="tom",
    frm=("Sinéad O'Connor", "sinead@oconnorflorist.ie"), tz="Europe/Dublin", date="2027-02-22T21:15:39",
    mailer="iphone", quote="iphone",
    orig=R("tom", "late", "Dear Sinéad O'Connor,", "INV-2027-003", 410.00, "2027-01-22", "2027-02-22T09:00:00",
           "Invoice INV-2027-003 – payment reminder", deadline="2027-03-04"),
    body="Oh god sorry Tom!! Will do it tomorrow first thing 🙈\n\nSent from my iPhone",
    labels=dict(promised_date="2027-02-23"),
    note="'Tomorrow first thing' written in the evening of 22 February: 23 February.")

add(kind="client-reply-promise", lang="en", owner="sarah",
    frm=("Mia Collins", "mia@collinscreative.co.uk"), tz="Europe/London", date="2027-01-09T10:30:12",
    mailer="gmail", quote="gmail",
    orig=R("sarah", "susp", "Dear Mia Collins,", "SO-229", 1250.00, "2026-12-05", "2027-01-08T09:00:00",
           "Invoice SO-229 – payment reminder", deadline="2027-01-18", susp="2027-01-22", cur="GBP"),
    body=("Hi Sarah,\n\n"
          "I'm so embarrassed about this. The honest answer is that the client we did the campaign for hasn't paid us "
          "yet (we're chasing them too, ironically), and I can't cover it out of our own account until they do. The "
          "moment their money lands, yours goes straight out – you have my word.\n\n"
          "Please don't think we're one of those agencies.\n\nMia"),
    note="Embarrassed pay-when-paid promise after the suspension letter: no date.")

add(kind="client-reply-promise", lang="en", owner="sarah",
    frm=("Ben Taylor", "ben@taylorandfield.co.uk"), tz="Europe/London", date="2027-02-03T12:10:55",
    mailer="gmail", quote="gmail",
    orig=R("sarah", "susp", "Dear Ben Taylor,", "SO-235", 1200.00, "2027-01-10", "2027-02-03T08:30:00",
           "Invoice SO-235 – payment reminder", deadline="2027-02-12", susp="2027-02-15", cur="GBP"),
    body=("Sarah – please don't stop work on the brochure, we're launching on the 20th! I'll transfer the £1,200 on "
          "Friday when our overdraft resets. Sorry for the silence, it's been chaos here.\n\nBen"),
    labels=dict(promised_date="2027-02-05", amount="1200.00", currency="GBP"),
    note="Reply to the suspension letter on Wednesday 3 February: £1,200 on Friday 5 February; 'the 20th' is the launch.")

add(kind="client-reply-promise", lang="en", owner="tom",
    frm=("Kevin Doyle", "kevin@doylemotors.ie"), tz="Europe/Dublin", date="2027-01-05T10:40:03",
    mailer="outlook365", quote="outlook", re="RE: ",
    orig=R("tom", "statement", "Dear Kevin Doyle,", None, None, None, "2027-01-04T09:00:00",
           "Outstanding invoices – Tom Byrne Design", deadline="2027-01-14", payref="INV-2026-140, INV-2026-147",
           invoices=[("INV-2026-140", 560.00, "2026-12-10", "2026-11-10"),
                     ("INV-2026-147", 1150.00, "2026-12-20", "2026-11-25")], to_disp="Kevin Doyle"),
    body=("Hi Tom,\n\nINV-2026-140 was paid yesterday. INV-2026-147 will be paid on Monday once the January float is "
          "sorted.\n\nKevin"),
    labels=dict(promised_date="2027-01-11", reference="INV-2026-147"),
    note="Two invoices: one paid, the other promised for Monday 11 January: promise.")

# ------------------------------------------------------------------ ENGLISH: dispute
add(kind="client-reply-dispute", lang="en", owner="sarah",
    frm=("Helen Marsh", "legal@castlemereholdings.co.uk"), tz="Europe/London", date="2027-01-27T14:00:31",
    mailer="outlook", quote="outlook", re="RE: ", html="alt",
    orig=R("sarah", "cover", "Dear Sir or Madam,", "SO-226", 3600.00, "2026-11-19", "2027-01-25T10:00:00",
           "Formal notice and final demand for payment – invoice SO-226", deadline="2027-02-08",
           total=3747.65, cur="GBP", to_disp="accounts@castlemereholdings.co.uk"),
    body=("Dear Ms Okafor,\n\n"
          "Invoice SO-226\n\n"
          "We acknowledge receipt of your letter dated 25 January 2027.\n\n"
          "We do not accept that this sum is owed. Our agreement was terminated by written notice on 30 September 2026 "
          "under clause 9 of your terms, and no work carried out after that date was authorised by us. The invoice "
          "relates entirely to copy delivered in October.\n\n"
          "Any further correspondence on this matter should be directed to our solicitors, Pembroke Walsh LLP.\n\n"
          "Yours sincerely,\n\nHelen Marsh\nCompany Secretary\nCastlemere Holdings plc\n\n" + DISCL_EN),
    labels=dict(reference="SO-226"),
    note="Formal refusal after the formal notice: contract terminated, work not authorised.")

add(kind="client-reply-dispute", lang="en", owner="tom",
    frm=("Louise Keane", "louise@keanedental.ie"), tz="Europe/Dublin", date="2027-01-07T15:15:22",
    mailer="gmail", quote="gmail",
    orig=R("tom", "late", "Dear Louise Keane,", "INV-2026-126", 860.00, "2026-12-08", "2027-01-07T09:00:00",
           "Invoice INV-2026-126 – payment reminder", deadline="2027-01-17"),
    body=("Hi Tom,\n\n"
          "This is the same work as INV-2026-102, which we paid in October – the appointment cards and the window "
          "vinyl. Please cancel this one.\n\nThanks,\nLouise"),
    note="'Already billed' under another number that was paid: dispute. Names only the other invoice, so no reference.")

add(kind="client-reply-dispute", lang="en", owner="tom",
    frm=("Rory Fitzgerald", "rory@fitzgeraldcycles.ie"), tz="Europe/Dublin", date="2027-01-27T16:50:07",
    mailer="thunderbird", quote="thunderbird",
    orig=R("tom", "susp", "Dear Rory Fitzgerald,", "INV-2026-130", 2460.00, "2026-12-20", "2027-01-27T09:00:00",
           "Invoice INV-2026-130 – payment reminder", deadline="2027-02-05", susp="2027-02-09"),
    body=("Hi Tom,\n\n"
          "Sorry for going quiet on this. The problem is the invoice charges for three rounds of revisions but the "
          "quote (attached again) included two. Can you issue a credit note for the extra round – €240 by my maths – "
          "and I'll pay the balance straight away.\n\nRory"),
    attach=[("Quote_Fitzgerald_Cycles_rebrand.pdf", "application/pdf",
             fake_pdf(["Tom Byrne Design - Quote Q-2026-031", "Brand refresh, Fitzgerald Cycles",
                       "Includes two rounds of revisions", "Total: EUR 2,220.00 incl. VAT"]))],
    note="Asks a €240 credit note, will pay the balance after: dispute. €240 is the amount contested, not paid.")

add(kind="client-reply-dispute", lang="en", owner="sarah",
    frm=("Dan Hughes", "dan@hughesplumbing.co.uk"), tz="Europe/London", date="2027-01-11T19:40:28",
    mailer="android", quote="gmail",
    orig=R("sarah", "late", "Dear Dan Hughes,", "SO-230", 1150.00, "2026-12-09", "2027-01-11T09:00:00",
           "Invoice SO-230 – payment reminder", deadline="2027-01-20", fees=True, law="GB", cur="GBP"),
    body=("Sarah,\n\n"
          "I'll pay the invoice but I'm not paying £70 compensation and interest on top of it. You never mentioned any "
          "of that when we agreed the job and frankly it's a bit much for a few weeks late. £1,150 goes out Friday, "
          "that's the lot.\n\nDan"),
    labels=dict(amount="1150.00", currency="GBP"),
    note="Second reminder with UK statutory fees: refuses the fees, will pay the invoice amount Friday. Refusal of "
         "part = dispute over promise; 1,150 is the amount accepted.")

add(kind="client-reply-dispute", lang="en", owner="sarah",
    frm=("Eleanor Price", "eleanor@pricehomeware.com"), tz="Europe/London", date="2027-01-19T17:10:46",
    mailer="apple", quote="iphone",
    orig=R("sarah", "final", "Dear Sir or Madam,", "SO-232", 1680.00, "2026-12-18", "2027-01-19T09:00:00",
           "Final notice before debt recovery – invoice SO-232", deadline="2027-02-02", issue="2026-11-18",
           client_name="Price Homeware Ltd", cur="GBP"),
    body=("Sarah,\n\n"
          "I'm frankly surprised to get a 'final notice' when the copy for the last four product pages (the candle "
          "range) still hasn't been delivered. We'll pay when it is, in full. I've said this twice already by email.\n\n"
          "Eleanor Price\nFounder, Price Homeware"),
    note="Work not done; will pay only when delivered: dispute, not promise.")

add(kind="client-reply-dispute", lang="en", owner="sarah",
    frm=("Tariq Malik", "tariq@malikconsulting.co.uk"), tz="Europe/London", date="2027-02-10T08:30:15",
    mailer="outlook365", quote="outlook", re="RE: ",
    orig=R("sarah", "susp", "Dear Tariq Malik,", "SO-234", 900.00, "2027-01-05", "2027-02-09T09:00:00",
           "Invoice SO-234 – payment reminder", deadline="2027-02-18", susp="2027-02-22", cur="GBP",
           to_disp="Tariq Malik"),
    body=("Hi Sarah,\n\n"
          "I've paid £400 this morning for the website copy we actually used. The case studies we didn't use in the end "
          "(the client pulled out) so I don't see why I should pay for them. Happy to discuss but that's where I am.\n\n"
          "Tariq"),
    labels=dict(amount="400.00", currency="GBP"),
    note="Partial payment (£400) + refusal of the rest: dispute.")

add(kind="client-reply-dispute", lang="en", owner="tom",
    frm=("Niamh Kelly", "niamh.kelly@kellyarchitects.ie"), tz="Europe/Dublin", date="2027-02-01T12:15:33",
    mailer="gmail", quote="gmail",
    orig=R("tom", "final", "Dear Niamh Kelly,", "INV-2026-129", 3000.00, "2026-12-22", "2027-02-01T09:00:00",
           "Final notice before debt recovery – invoice INV-2026-129", deadline="2027-02-15", issue="2026-11-22",
           client_name="Niamh Kelly", signoff="Yours sincerely,"),
    body=("Tom,\n\n"
          "We agreed a day rate of €450 in September – it's in your own proposal – and your invoice has €500 a day for "
          "six days. I flagged this in December and heard nothing back, and now I get a final notice? Please reissue "
          "at the agreed rate and we'll pay it that week.\n\nNiamh"),
    note="Wrong rate; asks for a reissue before paying: dispute (sharper after the final notice).")

add(kind="client-reply-dispute", lang="en", owner="tom",
    frm=("Markus Weber", "m.weber@weber-moebel.de"), tz="Europe/Berlin", date="2027-01-28T14:20:09",
    mailer="outlook", quote="outlook", re="AW: ", html="alt", charset="iso-8859-1",
    orig=R("tom", "late", "Dear Accounts Team,", "INV-2026-132", 1200.00, "2026-12-30", "2027-01-28T09:00:00",
           "Invoice INV-2026-132 – payment reminder", deadline="2027-02-07", to_disp="Weber, Markus"),
    body=("Hello Mr. Byrne,\n\n"
          "Sorry but we will not pay this invoice. The logo was not what we have asked in the briefing and at the end "
          "we used a different one from our agency in Munich. We told this to you already in December by phone.\n\n"
          "With kind regards\n\nMarkus Weber\nGeschäftsführer\nWeber Möbelmanufaktur GmbH\nAugsburger Str. 12, "
          "86150 Augsburg\nAmtsgericht Augsburg HRB 12345"),
    note="German client in non-native English ('AW:'): refuses to pay, work not as briefed.")

# ------------------------------------------------------------------ ENGLISH: other
add(kind="client-reply-other", lang="en", owner="sarah",
    frm=("Fiona Lawson", "fiona@lawsonevents.co.uk"), tz="Europe/London", date="2026-12-29T11:00:38",
    mailer="gmail", quote="gmail",
    orig=R("sarah", "susp", "Dear Fiona Lawson,", "SO-227", 650.00, "2026-11-28", "2026-12-29T09:00:00",
           "Invoice SO-227 – payment reminder", deadline="2027-01-08", susp="2027-01-11", cur="GBP"),
    body=("Hi Sarah,\n\n"
          "Which invoice is this? We've got three from you on the system and two are showing as paid. Could you send "
          "over a copy of SO-227 so I can match it up? I can't see that number anywhere.\n\nFiona"),
    labels=dict(reference="SO-227"),
    note="'Which invoice?': the two paid ones are other invoices; asks for a copy: other.")

add(kind="client-reply-other", lang="en", owner="tom",
    frm=("Gemma Hayes", "accounts@shannonvet.ie"), tz="Europe/Dublin", date="2027-02-02T11:40:57",
    mailer="outlook365", quote="outlook", re="RE: ",
    orig=R("tom", "late", "Dear Accounts Team,", "INV-2026-134", 492.00, "2027-01-12", "2027-02-02T09:00:00",
           "Invoice INV-2026-134 – payment reminder", deadline="2027-02-12", pay=False, to_disp="Accounts"),
    body=("Hi Tom,\n\n"
          "Could you send the IBAN again? Our bank rejected the one on the invoice – it says the check digits are "
          "invalid. Might be a typo on our side but I'd rather have it from you directly.\n\n"
          "Thanks,\nGemma\nShannon Veterinary Clinic"),
    note="'Send the IBAN again': question, no promise.")

add(kind="client-reply-other", lang="en", owner="sarah",
    frm=("Richard Ames", "richard@amesproperty.co.uk"), tz="Europe/London", date="2027-02-05T09:50:13",
    mailer="iphone", quote="iphone", cc=[("Claire Dunn", "accounts@amesproperty.co.uk")],
    orig=R("sarah", "late", "Dear Richard Ames,", "SO-237", 1020.00, "2027-01-15", "2027-02-05T09:00:00",
           "Invoice SO-237 – payment reminder", deadline="2027-02-14", cur="GBP"),
    body=("Sarah – looping in Claire in accounts, who handles all of this.\n\n"
          "Claire, can you take a look and let Sarah know where this one is?\n\nThanks\nRichard\n\nSent from my iPhone"),
    note="Loops in accounts (cc), no claim: other.")

add(kind="client-reply-other", lang="en", owner="tom",
    frm=("Ger Hanlon", "procurement@midlandsmedtech.com"), tz="Europe/Dublin", date="2027-02-09T10:00:26",
    mailer="outlook", quote="outlook", re="RE: ",
    orig=R("tom", "late", "Dear Accounts Team,", "INV-2026-135", 4920.00, "2027-01-20", "2027-02-08T09:00:00",
           "Invoice INV-2026-135 – payment reminder", deadline="2027-02-18", fees=True, law="IE",
           to_disp="Procurement"),
    body=("Dear Tom,\n\n"
          "Thank you for your email. Unfortunately we are unable to process INV-2026-135 as it does not quote a valid "
          "purchase order number. All supplier invoices must reference a PO before they can be entered into our "
          "system.\n\n"
          "Could you please reissue the invoice quoting PO-88213 and send it to invoices@midlandsmedtech.com?\n\n"
          "Kind regards,\n\nGer Hanlon\nProcurement Officer\nMidlands MedTech Ltd, Athlone"),
    labels=dict(reference="INV-2026-135"),
    note="PO number needed, reissue: other.")

add(kind="client-reply-other", lang="en", owner="sarah",
    frm=("Alex Morgan", "alex@morgandesignhouse.co.uk"), tz="Europe/London", date="2026-12-22T17:45:02",
    mailer="gmail", quote="gmail",
    orig=R("sarah", "susp", "Dear Alex Morgan,", "SO-225", 780.00, "2026-11-25", "2026-12-22T09:00:00",
           "Invoice SO-225 – payment reminder", deadline="2027-01-04", susp="2027-01-06", cur="GBP"),
    body="Received, thanks. I'm off until the 6th but Dave in finance has your email.\n\nMerry Christmas!\nAlex",
    note="A human 'received' with an absence mentioned (not an auto-reply, no promise): other.")

add(kind="client-reply-other", lang="en", owner="tom",
    frm=("Hannah Quinn", "hannah@quinnhospitality.ie"), tz="Europe/Dublin", date="2027-02-15T18:30:41",
    mailer="gmail", quote="gmail", cte="base64",
    orig=R("tom", "late", "Dear Hannah Quinn,", "INV-2026-136", 1107.00, "2027-01-25", "2027-02-15T09:00:00",
           "Invoice INV-2026-136 – payment reminder", deadline="2027-02-25"),
    body=("Hi Tom – sorry, only seeing this now, I'll check with Mark what the story is.\n\n"
          "Separately: are you free at all in March? We're finally doing the rebrand for the Galway hotel and I'd love "
          "you to pitch for it. Could we grab a call this week?\n\nHannah"),
    note="Will check internally, then talks about new work: no claim, no promise: other.")


if __name__ == "__main__":
    main()
