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
    data = text.replace("\r\n", "\n").encode(CODEC[charset])
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
