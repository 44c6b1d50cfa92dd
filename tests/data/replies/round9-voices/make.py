#!/usr/bin/env python3
"""Round 9 "voices": replies to mailduns invoices and reminders written in unusual human voices
(elderly clients, a parish priest, lawyers, restaurant owners in dialect, non-native writers, voice
dictation, all caps, passive-aggressive, over-apologetic, lists, subject-only, emoji) plus a little
machine mail. Python 3.11, stdlib only.

    python3 make.py      # writes r9v-NNNN.eml and labels.toml next to this file, then re-parses them

Every client body below is written by hand. The MIME plumbing, the HTML skeletons and the quoted
reminders (rebuilt from templates/{it,es,en}/*.txt.j2 with the numbers filled in) are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import html
import os
import quopri
import random
import struct
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime, parseaddr

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r9v"

# ---------------------------------------------------------------------------------------------
# The mailbox owners
# ---------------------------------------------------------------------------------------------
OWNERS = {
    # Italian: "N/2026"
    "alessandra": dict(name="Alessandra Rossi", email="alessandra@example.it", lang="it", tz="+0100",
                       iban="IT60 X054 2811 1010 0000 0123 456", bic=None),
    # Italian photographer: "2026/NNN"
    "marco": dict(name="Marco Ferri", email="marco@ferrifotografia.it", lang="it", tz="+0100",
                  iban="IT02 L030 6909 6061 0000 0145 678", bic=None),
    # Italian translator: "N/2026"
    "giulia": dict(name="Giulia Bassi", email="giulia@bassitraduzioni.it", lang="it", tz="+0100",
                   iban="IT40 S030 1503 2000 0000 3518 742", bic=None),
    # Spanish designer (Madrid): "2026-0NN"
    "lucia": dict(name="Lucía Martín", email="lucia@martinestudio.es", lang="es", tz="+0100",
                  iban="ES91 2100 0418 4502 0005 1332", bic=None),
    # Spanish photographer (Las Palmas): "F26/NNN"
    "javier": dict(name="Javier Ortega", email="javier@ortegafotografia.es", lang="es", tz="+0000",
                   iban="ES76 2038 9612 3160 0045 2871", bic=None),
    # Catalan web developer (Barcelona): "NV26-NN"
    "nuria": dict(name="Nuria Vidal", email="nuria@nuriavidal.cat", lang="es", tz="+0100",
                  iban="ES21 0081 0106 9100 0123 4567", bic=None),
    # Irish designer (Dublin), EUR: "INV-2026-NNN"
    "tom": dict(name="Tom Byrne", email="tom@byrnedesign.ie", lang="en", tz="+0000",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D"),
    # English copywriter (Bath), GBP: "SW-NNNN"
    "sarah": dict(name="Sarah Whitfield", email="sarah@whitfieldcopy.co.uk", lang="en", tz="+0000",
                  iban="GB94 BARC 2020 1530 0934 59", bic="BARCGB22"),
    # US sound engineer (Brooklyn), USD: "KA-NNNN"
    "dan": dict(name="Dan Kowalski", email="dan@kowalskiaudio.com", lang="en", tz="-0500",
                iban=None, bic=None,
                details="ACH or Zelle to dan@kowalskiaudio.com (routing and account number are on the invoice)"),
}

# ---------------------------------------------------------------------------------------------
# Dates
# ---------------------------------------------------------------------------------------------
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
DE_MON = "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split()
DE_DAY = "Mo. Di. Mi. Do. Fr. Sa. So.".split()
DE_DAYS = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()


def tzinfo(off):
    sign = 1 if off[0] == "+" else -1
    return dt.timezone(sign * dt.timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))


def when(s, tz):
    """'2026-12-04 11:47' in the given offset -> aware datetime (seconds made up but stable)."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    sec = int(hashlib.md5(s.encode()).hexdigest(), 16) % 60
    return d.replace(second=sec, tzinfo=tzinfo(tz))


def D(s):
    return dt.date.fromisoformat(s)


def long_date(lang, d):
    if lang == "it":
        return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def art_il(d):
    """The Italian article before a date: il 30 novembre, l'8 dicembre, l'11 gennaio."""
    s = long_date("it", d)
    return ("l'" if d.day in (8, 11) else "il ") + s


# ---------------------------------------------------------------------------------------------
# The letters mailduns sends (rebuilt from templates/*/*.txt.j2), and the owner's invoice mail
# ---------------------------------------------------------------------------------------------
def pay_block(o, inv, lang):
    if o.get("details"):
        return {"it": "Per il pagamento: ", "es": "Datos para el pago: ", "en": "Payment details: "}[lang] + o["details"]
    ref = {"it": f"Fattura n. {inv}", "es": f"Factura {inv}", "en": f"{inv}"}[lang]
    if lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- causale: {ref}")
    if lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- concepto: {ref}")
    lines = [f"Payment details:", f"- Account name: {o['name']}", f"- IBAN: {o['iban']}"]
    if o.get("bic"):
        lines.append(f"- BIC (SWIFT): {o['bic']}")
    lines.append(f"- Payment reference: {ref}")
    return "\n".join(lines)


def salute(lang, q):
    if q.get("sal"):
        return q["sal"]
    return {"it": "Buongiorno,", "es": "Buenos días:", "en": "Hello,"}[lang]


def subject_of(lang, q):
    step, inv = q["step"], q.get("inv", "")
    S = {
        "it": dict(invoice=f"Fattura n. {inv}", courtesy=f"Promemoria: fattura n. {inv} in scadenza",
                   due=f"Fattura n. {inv} in scadenza", reminder=f"Sollecito: fattura n. {inv}",
                   late_fee=f"Secondo sollecito: fattura n. {inv}",
                   final=f"Diffida di pagamento – fattura n. {inv}",
                   promise_followup=f"Fattura n. {inv}: pagamento",
                   statement="Riepilogo fatture da saldare"),
        "es": dict(invoice=f"Factura n.º {inv}", courtesy=f"Recordatorio: factura n.º {inv}",
                   due=f"Factura n.º {inv}: vencimiento", reminder=f"Recordatorio: factura n.º {inv} pendiente",
                   late_fee=f"Segundo recordatorio: factura n.º {inv}",
                   final=f"Requerimiento de pago de la factura n.º {inv}",
                   promise_followup=f"Factura n.º {inv}: pago pendiente",
                   statement="Resumen de facturas pendientes"),
        "en": dict(invoice=f"Invoice {inv}", courtesy=f"Friendly reminder: invoice {inv}",
                   due=f"Invoice {inv} due", reminder=f"Reminder: invoice {inv}",
                   late_fee=f"Second reminder: invoice {inv}", final=f"Final notice: invoice {inv}",
                   promise_followup=f"Invoice {inv}: payment",
                   statement="Statement of outstanding invoices"),
    }
    return S[lang][step]


def letter(lang, o, q, sent):
    """The text of the mail the client is replying to."""
    step = q["step"]
    inv, amt = q.get("inv"), q.get("amt")
    due = D(q["due"]) if q.get("due") else None
    days = (sent.date() - due).days if due else 0
    deadline = D(q["deadline"]) if q.get("deadline") else (sent.date() + dt.timedelta(days=10))
    issue = D(q["issue"]) if q.get("issue") else None
    sal = salute(lang, q)
    pay = pay_block(o, inv, lang) if inv else pay_block(o, "", lang)
    name = o["name"]
    if lang == "it":
        A = f" di {amt}" if amt else ""
        if step == "invoice":
            return (f"{sal}\n\nin allegato la fattura n. {inv}{A} relativa a {q.get('what', 'quanto concordato')}, "
                    f"con scadenza {art_il(due)}.\n\n{pay}\n\nGrazie e buona giornata,\n{name}")
        if step == "courtesy":
            em = f", emessa {art_il(issue)}," if issue else ""
            return (f"{sal}\n\nun breve promemoria: la fattura n. {inv}{A}{em} è in scadenza {art_il(due)}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{name}")
        if step == "due":
            if days > 0:
                t = (f"un promemoria: la fattura n. {inv}{A} è scaduta {art_il(due)}. Se il pagamento non è ancora "
                     "stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
            elif days == 0:
                t = f"un promemoria: la fattura n. {inv}{A} è in scadenza oggi, {long_date('it', due)}."
            else:
                t = f"un promemoria: la fattura n. {inv}{A} è in scadenza {art_il(due)}."
            return (f"{sal}\n\n{t}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto "
                    f"di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\n"
                    f"Cordiali saluti,\n{name}")
        if step == "reminder":
            return (f"{sal}\n\nda un controllo la fattura n. {inv}{A}, scaduta {art_il(due)}, risulta ancora da saldare. "
                    "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n"
                    f"{pay}\n\nCordiali saluti,\n{name}")
        if step == "late_fee":
            tr = f": sono trascorsi {days} giorni dalla scadenza" if days > 1 else ""
            return (f"{sal}\n\nla fattura n. {inv}{A}, scaduta {art_il(due)}, risulta ancora da saldare{tr}.\n\n"
                    f"Chiedo cortesemente di provvedere al pagamento entro {art_il(deadline)}. Se il pagamento è già stato "
                    "disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i "
                    "tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n"
                    f"{pay}\n\nCordiali saluti,\n{name}")
        if step == "final":
            de = f" del {long_date('it', issue)}" if issue else ""
            return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv}{de}\n\n{sal}\n\n"
                    f"la fattura n. {inv}{A}, scaduta {art_il(due)}, risulta ancora da saldare nonostante i precedenti solleciti.\n\n"
                    f"Con la presente chiedo formalmente il pagamento{A or ' dell’importo dovuto'} entro {art_il(deadline)}. "
                    "La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice "
                    "civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\n"
                    "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi "
                    "competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del "
                    "debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a "
                    "parlarne; basta rispondere a questa email entro la stessa data.\n\n"
                    "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la "
                    "data del bonifico, così da poterlo verificare.\n\n"
                    f"{pay}\n\nCordiali saluti,\n{name}")
        if step == "promise_followup":
            pd = q.get("promise")
            t = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv}{A} sarebbe stato "
                 f"effettuato entro {art_il(D(pd))}." if pd else
                 f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv}{A}, scaduta {art_il(due)}.")
            return (f"{sal}\n\n{t}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta "
                    "rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi "
                    f"sapere entro quando posso aspettarlo.\n\n{pay}\n\nCordiali saluti,\n{name}")
        if step == "statement":
            rows = []
            for (n, iss, du, a) in q["invoices"]:
                dl = (sent.date() - D(du)).days
                st = (f"scaduta {art_il(D(du))} ({dl} {'giorno' if dl == 1 else 'giorni'} di ritardo)" if dl > 0
                      else f"in scadenza {art_il(D(du))}")
                rows.append(f"- n. {n} del {long_date('it', D(iss))}, {st}: {a}")
            return (f"{sal}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n" + "\n".join(rows) +
                    f"\n\nTotale da pagare: {q['total']}\n\n"
                    f"Chiedo cortesemente di provvedere al pagamento entro {art_il(deadline)}. Se alcune di queste fatture "
                    "sono già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia "
                    "contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta "
                    "rispondere a questa email.\n\nGli estremi per il pagamento sono riportati nelle fatture, nei messaggi "
                    f"con cui sono state inviate.\n\nCordiali saluti,\n{name}")
    if lang == "es":
        A = f" de {amt}" if amt else ""
        L = lambda d: long_date("es", d)
        if step == "invoice":
            return (f"{sal}\n\nAdjunto la factura n.º {inv}{A} correspondiente a {q.get('what', 'lo acordado')}, "
                    f"con vencimiento el {L(due)}.\n\n{pay}\n\nMuchas gracias y un saludo,\n{name}")
        if step == "courtesy":
            em = f", emitida el {L(issue)}," if issue else ""
            return (f"{sal}\n\nUn breve recordatorio: la factura n.º {inv}{A}{em} vence el {L(due)}.\n\n"
                    "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{name}")
        if step == "due":
            if days > 0:
                t = (f"La factura n.º {inv}{A} venció el {L(due)} y, según mis registros, el pago aún no consta. "
                     "Agradecería que se tramitara en los próximos días.")
            elif days == 0:
                t = f"La factura n.º {inv}{A} vence hoy, {L(due)}."
            else:
                t = f"La factura n.º {inv}{A} vence el {L(due)}."
            return (f"{sal}\n\n{t}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n"
                    f"{pay}\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{name}")
        if step == "reminder":
            return (f"{sal}\n\nRevisando mis cuentas, veo que la factura n.º {inv}{A}, vencida el {L(due)}, sigue pendiente "
                    "de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea "
                    "posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la "
                    "fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, "
                    f"podemos aclararlo por esta misma vía.\n\n{pay}\n\nUn cordial saludo,\n{name}")
        if step == "late_fee":
            h = f", hace {days} días," if days > 1 else ""
            return (f"{sal}\n\nLa factura n.º {inv}{A} venció el {L(due)}{h} y sigue pendiente de pago.\n\n"
                    f"Ruego que el pago{A} se realice a más tardar el {L(deadline)}. Si ya está en curso, muchas gracias: "
                    "basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con "
                    f"los plazos, podemos buscar una solución por esta misma vía.\n\n{pay}\n\nUn cordial saludo,\n{name}")
        if step == "final":
            em = ""
            if q.get("client") or issue:
                em = "," + (f" emitida a nombre de {q['client']}" if q.get("client") else " emitida") + \
                     (f" el {L(issue)}" if issue else "") + ","
            return (f"Asunto: Requerimiento de pago de la factura n.º {inv}\n\n{sal}\n\n"
                    f"La factura n.º {inv}{em} venció el {L(due)} y, pese a los recordatorios enviados anteriormente, sigue "
                    f"pendiente de pago{' por un importe de ' + amt if amt else ''}.\n\n"
                    f"Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago{A} a "
                    f"más tardar el {L(deadline)}.\n\n"
                    "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una "
                    "invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de "
                    "medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el retraso, "
                    "alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con responder a este correo.\n\n"
                    f"Si para el {L(deadline)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la "
                    "reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría "
                    "sinceramente evitarlo.\n\n"
                    "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese "
                    f"caso, basta una breve respuesta con la fecha de la transferencia.\n\n{pay}\n\nAtentamente,\n{name}")
        if step == "promise_followup":
            pd = q.get("promise")
            t = (f"Según su último mensaje, el pago de la factura n.º {inv}{A} se realizaría a más tardar el {L(D(pd))}; "
                 "gracias de nuevo por la información." if pd else
                 f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv}{A}, vencida el {L(due)}.")
            return (f"{sal}\n\n{t}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: "
                    "basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil "
                    f"saber para cuándo puedo contar con él.\n\n{pay}\n\nUn cordial saludo,\n{name}")
        if step == "statement":
            rows = []
            for (n, iss, du, a) in q["invoices"]:
                dl = (sent.date() - D(du)).days
                st = (f"vencida el {L(D(du))} ({dl} {'día' if dl == 1 else 'días'} de retraso)" if dl > 0
                      else f"vence el {L(D(du))}")
                rows.append(f"- n.º {n}, del {L(D(iss))}, {st}: {a}")
            return (f"{sal}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n" +
                    "\n".join(rows) + f"\n\nTotal a pagar: {q['total']}\n\n"
                    f"Ruego que el pago de estas facturas se realice a más tardar el {L(deadline)}. Si alguna de ellas ya "
                    "está pagada, muchas gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que "
                    "pueda actualizar mis registros. Si hay algún problema con alguna factura, podemos aclararlo por esta misma "
                    "vía.\n\nLos datos para el pago figuran en las facturas, en los mensajes con los que se enviaron.\n\n"
                    f"Un cordial saludo,\n{name}")
    if lang == "en":
        A = f" for {amt}" if amt else ""
        L = lambda d: long_date("en", d)
        formal_close = "Yours sincerely," if q.get("sal", "").startswith("Dear ") and "Sir" not in q.get("sal", "") else "Yours faithfully,"
        if step == "invoice":
            return (f"{sal}\n\nPlease find attached invoice {inv}{A} for {q.get('what', 'the work we agreed')}, due on "
                    f"{L(due)}.\n\n{pay}\n\nMany thanks,\n{name}")
        if step == "courtesy":
            em = f", issued on {L(issue)}," if issue else ""
            return (f"{sal}\n\nThis is a friendly reminder that invoice {inv}{A}{em} is due for payment on {L(due)}.\n\n"
                    "If payment is already on its way, thank you, and please disregard this message.\n\n"
                    f"{pay}\n\nIf you have any questions, just reply to this email.\n\nKind regards,\n{name}")
        if step == "due":
            if days > 0:
                t = (f"This is a quick reminder that invoice {inv}{A} was due for payment on {L(due)}. If it has not been "
                     "paid yet, I would be grateful if you could arrange payment in the next few days.")
            elif days == 0:
                t = f"This is a quick reminder that invoice {inv}{A} is due for payment today, {L(due)}."
            else:
                t = f"This is a quick reminder that invoice {inv}{A} is due for payment on {L(due)}."
            return (f"{sal}\n\n{t}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n"
                    f"{pay}\n\nIf you have any questions, just reply to this email.\n\nKind regards,\n{name}")
        if step == "reminder":
            return (f"{sal}\n\nAccording to my records, invoice {inv}{A}, due on {L(due)}, has not yet been paid. It may "
                    "simply have been overlooked, so I would be grateful if you could arrange payment at your earliest "
                    "convenience.\n\nIf you have already paid, thank you – please let me know the payment date so that I can "
                    "update my records. If there is a problem with the invoice, please reply to this email and we can sort it "
                    f"out.\n\n{pay}\n\nKind regards,\n{name}")
        if step == "late_fee":
            od = f"is now {days} days overdue" if days > 1 else "has not yet been paid"
            return (f"{sal}\n\nInvoice {inv}{A}, due on {L(due)}, {od}.\n\nPlease arrange payment by {L(deadline)}. If "
                    "payment is already on its way, thank you – please let me know the date it was made. If there is a "
                    "problem with the invoice or with the timing, please reply to this email and we can find a solution.\n\n"
                    f"{pay}\n\nKind regards,\n{name}")
        if step == "final":
            to = f"To: {q['client']}\n" if q.get("client") else ""
            iss = f", issued on {L(issue)}" if issue else ""
            return (f"Final notice before debt recovery\n\n{to}Date: {L(sent.date())}\nInvoice: {inv}{iss}, due on {L(due)}\n"
                    f"Amount due: {amt}\nPayment deadline: {L(deadline)}\n\n{q.get('fsal', 'Dear Sir or Madam,')}\n\n"
                    f"Despite my previous reminders, invoice {inv}{A}, which was due for payment on {L(due)}, remains unpaid.\n\n"
                    f"I therefore formally request payment of {amt} by {L(deadline)}.\n\n"
                    "If payment is not received by that date, I intend to take steps to recover the debt. These may include "
                    "referring the matter to a debt collection agency or a solicitor and, if necessary, starting court "
                    "proceedings.\n\nI would much rather resolve this with you directly. If there is a reason for the delay, "
                    "or if you would like to propose a payment plan, please reply to this email before "
                    f"{L(deadline)}.\n\nIf you have paid in the meantime, thank you, and please accept my apologies for this "
                    "notice; it would help if you could let me know the payment date so that I can update my records.\n\n"
                    f"{pay}\n\n{q.get('fclose', 'Yours faithfully,')}\n{name}")
        if step == "promise_followup":
            pd = q.get("promise")
            t = (f"Thank you for letting me know that invoice {inv}{A} would be paid by {L(D(pd))}." if pd else
                 f"Thank you for your earlier message about invoice {inv}{A}, which was due on {L(due)}.")
            return (f"{sal}\n\n{t}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please "
                    "let me know the date it was made. If you need a little more time, could you let me know when I can "
                    f"expect it?\n\n{pay}\n\nKind regards,\n{name}")
        if step == "statement":
            rows = []
            for (n, iss, du, a) in q["invoices"]:
                dl = (sent.date() - D(du)).days
                st = (f"due on {L(D(du))} ({dl} {'day' if dl == 1 else 'days'} overdue)" if dl > 0 else f"due on {L(D(du))}")
                rows.append(f"- {n}, issued on {L(D(iss))}, {st}: {a}")
            return (f"{sal}\n\nAccording to my records, the following invoices are still outstanding:\n\n" + "\n".join(rows) +
                    f"\n\nTotal due: {q['total']}\n\nPlease arrange payment by {L(deadline)}. If some of these invoices have "
                    "already been paid, thank you – please let me know which ones and the payment dates, so that I can update "
                    "my records. If there is a problem with any of them, please reply to this email and we can sort it out.\n\n"
                    "The payment details are on the invoices, in the emails they were sent with.\n\n"
                    f"Kind regards,\n{name}")
    raise ValueError((lang, step))


# ---------------------------------------------------------------------------------------------
# Quoting, as the clients' mail programs do it
# ---------------------------------------------------------------------------------------------
def _who(o):
    return f"{o['name']} <{o['email']}>"


def attribution(style, loc, o, t):
    """The line above a quoted mail. loc: the language of the client's mail program."""
    H = t.strftime("%H:%M")
    if style in ("gmail", "html-gmail"):
        if loc == "it":
            return f"Il giorno {IT_DAY3[t.weekday()]} {t.day} {IT_MON3[t.month - 1]} {t.year} alle ore {H} {o['name']} <{o['email']}> ha scritto:"
        if loc == "es":
            return f"El {ES_DAY3[t.weekday()]}, {t.day} {ES_MON3[t.month - 1]} {t.year} a las {t.hour}:{t.minute:02d}, {o['name']} (<{o['email']}>) escribió:"
        if loc == "de":
            return f"Am {DE_DAY[t.weekday()]}, {t.day}. {DE_MON[t.month - 1]} {t.year} um {H} Uhr schrieb {o['name']} <{o['email']}>:"
        if loc == "en-us":
            return f"On {t.strftime('%a')}, {t.strftime('%b')} {t.day}, {t.year} at {t.strftime('%-I:%M %p')} {o['name']} <{o['email']}> wrote:"
        return f"On {t.strftime('%a')}, {t.day} {t.strftime('%b')} {t.year} at {H}, {o['name']} <{o['email']}> wrote:"
    if style in ("apple", "html-apple"):
        if loc == "it":
            return f"Il giorno {t.day} {IT_MON3[t.month - 1]} {t.year}, alle ore {H}, {o['name']} <{o['email']}> ha scritto:"
        if loc == "es":
            return f"El {t.day} {ES_MON3[t.month - 1]} {t.year}, a las {t.hour}:{t.minute:02d}, {o['name']} <{o['email']}> escribió:"
        if loc == "en-us":
            return f"On {t.strftime('%b')} {t.day}, {t.year}, at {t.strftime('%-I:%M %p')}, {o['name']} <{o['email']}> wrote:"
        return f"On {t.day} {t.strftime('%b')} {t.year}, at {H}, {o['name']} <{o['email']}> wrote:"
    if style == "yahoo":
        zone = {"+0100": "CET", "+0000": "GMT" if o["tz"] == "+0000" else "UTC"}.get(t.strftime("%z"), t.strftime("%z"))
        if loc == "es":
            return f"El {ES_DAYS[t.weekday()]}, {t.day} de {ES_MONTHS[t.month - 1]} de {t.year}, {t.strftime('%H:%M:%S')} {zone}, {o['name']} <{o['email']}> escribió:"
        if loc.startswith("en"):
            return f"On {EN_DAYS[t.weekday()]}, {t.day} {EN_MONTHS[t.month - 1]} {t.year} at {t.strftime('%H:%M:%S')} {zone}, {o['name']} <{o['email']}> wrote:"
        return f"Il {IT_DAYS[t.weekday()]} {t.day} {IT_MONTHS[t.month - 1]} {t.year}, {t.strftime('%H:%M:%S')} {zone}, {o['name']} <{o['email']}> ha scritto:"
    raise ValueError(style)


def outlook_header(loc, o, t, to, subj):
    if loc == "it":
        return (f"Da: {o['name']} <{o['email']}>\nInviato: {IT_DAYS[t.weekday()]} {t.day} {IT_MONTHS[t.month - 1]} {t.year} "
                f"{t.strftime('%H:%M')}\nA: {to}\nOggetto: {subj}")
    if loc == "es":
        return (f"De: {o['name']} <{o['email']}>\nEnviado: {ES_DAYS[t.weekday()]}, {t.day} de {ES_MONTHS[t.month - 1]} de "
                f"{t.year} {t.hour}:{t.minute:02d}\nPara: {to}\nAsunto: {subj}")
    if loc == "de":
        return (f"Von: {o['name']} <{o['email']}>\nGesendet: {DE_DAYS[t.weekday()]}, {t.day}. "
                f"{['Januar','Februar','März','April','Mai','Juni','Juli','August','September','Oktober','November','Dezember'][t.month-1]} "
                f"{t.year} {t.strftime('%H:%M')}\nAn: {to}\nBetreff: {subj}")
    if loc == "en-us":
        return (f"From: {o['name']} <{o['email']}>\nSent: {EN_DAYS[t.weekday()]}, {EN_MONTHS[t.month - 1]} {t.day}, {t.year} "
                f"{t.strftime('%-I:%M %p')}\nTo: {to}\nSubject: {subj}")
    return (f"From: {o['name']} <{o['email']}>\nSent: {t.day:02d} {EN_MONTHS[t.month - 1]} {t.year} {t.strftime('%H:%M')}\n"
            f"To: {to}\nSubject: {subj}")


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def plain_quote(style, loc, o, t, to, subj, text):
    if style == "gmail":
        return attribution("gmail", loc, o, t) + "\n\n" + gt(text)
    if style == "apple":
        if loc.startswith("en"):
            return "> " + attribution("apple", loc, o, t) + "\n> \n" + gt(text)
        return attribution("apple", loc, o, t) + "\n\n" + gt(text)
    if style == "yahoo":
        return attribution("yahoo", loc, o, t) + "\n\n\n" + text
    if style == "outlook":
        return "________________________________\n" + outlook_header(loc, o, t, to, subj) + "\n\n" + text
    if style == "outlook-orig":   # older Outlook / Libero / Thunderbird-like "original message" separators
        lab = {"it": "-----Messaggio originale-----", "es": "-----Mensaje original-----",
               "de": "-----Ursprüngliche Nachricht-----"}.get(loc[:2], "-----Original Message-----")
        return lab + "\n" + outlook_header(loc, o, t, to, subj) + "\n\n" + text
    if style == "libero":
        return (f"----Messaggio originale----\nDa: {o['email']}\nData: {t.strftime('%d/%m/%Y %H.%M')}\nA: <{to}>\n"
                f"Ogg: {subj}\n\n" + text)
    raise ValueError(style)


# ---------------------------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------------------------
def paras_html(text, p="div"):
    out = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(html.escape(l, quote=False) for l in block.split("\n"))
        out.append(f"<{p}>{inner}</{p}>" if p == "div" else f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    sep = "\n<div><br></div>\n" if p == "div" else '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    return sep.join(out)


def html_body(style, loc, o, t, to, subj, body, quoted, charset):
    if style in ("gmail", "html-gmail", "none") or quoted is None:
        q = ""
        if quoted is not None:
            q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                 + html.escape(attribution("gmail", loc, o, t), quote=False) + '<br></div>'
                 '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                 'rgb(204,204,204);padding-left:1ex"><div dir="ltr">' + paras_html(quoted) + '</div></blockquote></div>')
        return f'<div dir="ltr">{paras_html(body)}</div>{q}\n'
    if style in ("apple", "html-apple"):
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body dir="auto"><div dir="ltr">' + paras_html(body) + '</div><div dir="ltr"><br><blockquote type="cite">'
                + html.escape(attribution("apple", loc, o, t), quote=False) + '<br><br></blockquote></div>'
                '<blockquote type="cite"><div dir="ltr">' + paras_html(quoted) + '</div></blockquote></body></html>\n')
    # Outlook / Word
    lab = {"it": ("Da:", "Inviato:", "A:", "Oggetto:"), "es": ("De:", "Enviado:", "Para:", "Asunto:"),
           "de": ("Von:", "Gesendet:", "An:", "Betreff:")}.get(loc[:2], ("From:", "Sent:", "To:", "Subject:"))
    hdr_lines = outlook_header(loc, o, t, to, subj).split("\n")
    hdr_html = "<br>\n".join(f"<b>{lab[i]}</b> " + html.escape(l.split(' ', 1)[1] if i != 1 else l[len(lab[i]) + 1:], quote=False)
                             for i, l in enumerate(hdr_lines))
    lang_attr = {"it": "IT", "es": "ES", "de": "DE"}.get(loc[:2], "EN-GB")
    return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            f'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n'
            '/* Font Definitions */\n@font-face {font-family:"Cambria Math";}\n@font-face {font-family:Calibri;}\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'span.EmailStyle17 {mso-style-type:personal-compose;}\n@page WordSection1 {size:612.0pt 792.0pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style></head>'
            f'<body lang="{lang_attr}" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">'
            '<div class="WordSection1">\n' + paras_html(body, p="p") + '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
            + ('' if quoted is None else
               '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
               '<p class="MsoNormal">' + hdr_html + '<o:p></o:p></p></div>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
               + paras_html(quoted, p="p")) + '\n</div></body></html>\n')


# ---------------------------------------------------------------------------------------------
# MIME plumbing
# ---------------------------------------------------------------------------------------------
RNG = random.Random(20269)


def codec(cs):
    return {"iso-8859-1": "cp1252", "windows-1252": "cp1252", "utf-8": "utf-8", "iso-8859-15": "iso-8859-15",
            "us-ascii": "ascii"}[cs.lower()]


def encode_body(data, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte == "base64":
        return base64.encodebytes(data)
    return data


def leaf(ctype, data, cte, extra=()):
    return dict(headers=[("Content-Type", ctype)] + ([("Content-Transfer-Encoding", cte)] if cte else []) + list(extra),
                body=encode_body(data, cte))


def text_leaf(text, subtype="plain", cs="utf-8", cte=None, flowed=False):
    data = text.encode(codec(cs))
    if cte is None:
        cte = "7bit" if all(b < 128 for b in data) else "quoted-printable"
    ct = f'text/{subtype}; charset="{cs}"' + ("; format=flowed" if flowed else "")
    return leaf(ct, data, cte)


def boundary():
    return "----=_Part_" + "".join(RNG.choice("0123456789abcdef") for _ in range(24))


def multi(subtype, parts, extra_ct=""):
    return dict(multi=subtype, parts=parts, boundary=boundary(), extra_ct=extra_ct)


def serialize(part):
    if "multi" in part:
        b = part["boundary"]
        out = [f'Content-Type: multipart/{part["multi"]}; boundary="{b}"{part["extra_ct"]}'.encode(), b""]
        body = [b"This is a multi-part message in MIME format.", b""]
        for p in part["parts"]:
            body.append(f"--{b}".encode())
            body.append(serialize(p))
        body.append(f"--{b}--".encode())
        body.append(b"")
        return b"\n".join(out[:1]) + b"\n\n" + b"\n".join(body)
    hdr = b"\n".join(f"{k}: {v}".encode() for k, v in part["headers"])
    return hdr + b"\n\n" + part["body"].rstrip(b"\n") + b"\n"


def enc_header(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, "iso-8859-1" if cs.lower() in ("iso-8859-1", "windows-1252") and all(ord(c) < 256 for c in s)
                  else "utf-8").encode()


def addr(s, cs="utf-8"):
    name, a = parseaddr(s)
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        return formataddr((name, a))
    return formataddr((name, a), charset="iso-8859-1" if cs.lower() in ("iso-8859-1", "windows-1252") and all(ord(c) < 256 for c in name) else "utf-8")


def message_bytes(headers, part, crlf=False):
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v}")
    head = "\n".join(lines).encode()
    if "multi" in part:
        body = serialize(part)
    else:
        body = serialize(part)
    raw = head + b"\nMIME-Version: 1.0\n" + body
    if crlf:
        raw = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return raw


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    content = b"BT /F1 12 Tf 72 720 Td (" + t + b") Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, ob in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + ob + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for of in offs:
        out += b"%010d 00000 n \n" % of
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    return out


def fake_png(w=24, h=16, seed=1):
    r = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(r.randrange(180, 256) for _ in range(w * 3)) for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def attachment(kind, filename, title=None):
    if kind == "pdf":
        data, ct = fake_pdf(title or filename), "application/pdf"
    elif kind == "png":
        data, ct = fake_png(seed=len(filename)), "image/png"
    elif kind == "jpg":
        data, ct = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(range(256)) + b"\xff\xd9", "image/jpeg"
    else:
        raise ValueError(kind)
    fn = filename if all(ord(c) < 128 for c in filename) else Header(filename, "utf-8").encode()
    return leaf(f'{ct}; name="{fn}"', data, "base64", [("Content-Disposition", f'attachment; filename="{fn}"')])


def mid_for(address, seed, style=None):
    dom = address.rsplit("@", 1)[1].rstrip(">")
    r = random.Random(seed)
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    if style == "gmail" or dom in ("gmail.com",):
        return "<CA" + "".join(r.choice(al + "+_-") for _ in range(44)) + "@mail.gmail.com>"
    if style == "outlook" or dom in ("hotmail.com", "outlook.it", "outlook.com", "hotmail.it", "hotmail.co.uk"):
        srv = r.choice(["AM9PR03MB", "DB9PR07MB", "PA4PR08MB", "VI1PR02MB", "DU2PR04MB", "LO2P265MB"]) + str(r.randrange(1000, 9999))
        reg = "eurprd0%d" % r.randrange(1, 9) if not srv.startswith("LO") else "GBRP265"
        return f"<{srv}{''.join(r.choice(al[:26] + al[52:]) for _ in range(20))}@{srv}.{reg.upper() if reg.startswith('GBR') else reg}.prod.outlook.com>"
    if style == "apple":
        h = "".join(r.choice("0123456789ABCDEF") for _ in range(32))
        return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}@{dom}>"
    return "<" + "".join(r.choice(al) for _ in range(22)) + "." + str(r.randrange(10 ** 5, 10 ** 6)) + f"@{dom}>"


def owner_mid(o, t, tag):
    h = hashlib.sha1((o["email"] + tag + t.isoformat()).encode()).hexdigest()[:12]
    return f"<{t.strftime('%Y%m%d%H%M%S')}.{h}@{o['email'].split('@')[1]}>"


# ---------------------------------------------------------------------------------------------
# Building the messages
# ---------------------------------------------------------------------------------------------
MSGS = []   # (bytes, labels)


def C(kind, lang, owner, frm, date, body, q=None, *, tz=None, subj=None, re=None, style="gmail", loc=None,
      fmt="plain", cs="utf-8", cte=None, att=(), cc=None, to=None, hdr=(), ua=None, bottom=False, crlf=False,
      L=None, note="", midstyle=None, flowed=False):
    """A human reply. body: the client's own words, exactly as typed (signature included)."""
    o = OWNERS[owner]
    tz = tz or o["tz"]
    loc = loc or lang
    t = when(date, tz)
    client_addr = parseaddr(frm)[1]
    quoted = None
    irt = refs = None
    if q is not None:
        if "sent" in q:
            sent = when(q["sent"], o["tz"])
        else:
            sent = (t - dt.timedelta(days=q.get("ago", 1))).astimezone(tzinfo(o["tz"]))
            sent = sent.replace(hour=9, minute=int(hashlib.md5(date.encode()).hexdigest(), 16) % 30, second=5)
            while sent.weekday() >= 5:   # the reminders go out on working days
                sent -= dt.timedelta(days=1)
        assert sent < t, (date, sent)
        qsubj = subject_of(o["lang"], q)
        quoted = letter(o["lang"], o, q, sent)
        irt = owner_mid(o, sent, q["step"] + q.get("inv", ""))
        refs = irt
        if q["step"] not in ("invoice", "statement"):
            inv_t = sent - dt.timedelta(days=q.get("inv_age", 34))
            refs = owner_mid(o, inv_t, "invoice" + q.get("inv", "")) + "\n\t" + irt
        if re is None:   # what the client's program puts in front of the subject
            re = ({"it": "R: ", "es": "RE: ", "de": "AW: "}.get(loc[:2], "RE: ")
                  if style in ("outlook", "outlook-orig") or midstyle == "outlook" else "Re: ")
        if subj is None:
            subj = re + qsubj
        shown = sent.astimezone(tzinfo(tz))
        qto = q.get("to", client_addr)
    assert subj is not None
    text = body.strip("\n") + "\n"
    if quoted is not None and style != "none":
        qt = plain_quote(style if style in ("gmail", "apple", "yahoo", "outlook", "outlook-orig", "libero") else "gmail",
                         loc, o, shown, qto, qsubj, quoted)
        text = (qt + "\n\n" + body.strip("\n") + "\n") if bottom else (body.strip("\n") + "\n\n" + qt + "\n")
    if fmt == "plain":
        part = text_leaf(text, cs=cs, cte=cte, flowed=flowed)
    else:
        h = html_body(style, loc, o, shown if quoted is not None else t, q.get("to", client_addr) if q else client_addr,
                      qsubj if quoted is not None else subj, body, quoted if style != "none" else None, cs)
        hp = text_leaf(h, "html", cs=cs, cte=cte)
        part = hp if fmt == "html" else multi("alternative", [text_leaf(text, cs=cs, cte=cte, flowed=flowed), hp])
    if att:
        part = multi("mixed", [part] + [attachment(*a) for a in att])
    H = [("Date", format_datetime(t)), ("From", addr(frm, cs)), ("To", addr(to, cs) if to else addr(_who(o), cs))]
    if cc:
        H.append(("Cc", ", ".join(addr(c.strip(), cs) for c in cc.split(";"))))
    H.append(("Subject", enc_header(subj, cs)))
    H.append(("Message-ID", mid_for(client_addr, date + frm, midstyle)))
    if irt:
        H.append(("In-Reply-To", irt))
        H.append(("References", refs))
    if ua:
        H.append(("X-Mailer" if not ua.startswith("Mozilla") else "User-Agent", ua))
    H.extend(hdr)
    labels = dict(kind=kind, language=lang, split="dev")
    labels.update(L or {})
    labels["note"] = note
    MSGS.append((message_bytes(H, part, crlf), labels))


def RAW(kind, lang, headers, part, L=None, note="", crlf=False):
    labels = dict(kind=kind, language=lang, split="dev")
    labels.update(L or {})
    labels["note"] = note
    MSGS.append((message_bytes(headers, part, crlf), labels))


IPHONE = "iPhone Mail (22B91)"
OUTLOOK = "Microsoft Outlook 16.0"


# =============================================================================================
# ITALIAN
# =============================================================================================
def italian():
    # ---- paid -------------------------------------------------------------------------------
    C("client-reply-paid", "it", "alessandra", "Ermenegildo Fumagalli <e.fumagalli38@libero.it>", "2026-12-04 11:47",
      """\
Gentilissima Dottoressa Rossi,

con la presente mi pregio di comunicarLe che in data odierna, venerdì 4 dicembre, mi sono recato presso lo sportello della Banca Popolare di Sondrio, filiale di Lecco, ed ho disposto il bonifico di Euro 380,00 (trecentoottanta/00) a saldo della Sua fattura n. 41 del corrente anno, relativa agli inviti per le nostre nozze d'oro.

Colgo l'occasione per ringraziarLa ancora del bellissimo lavoro: mia moglie Adele ha voluto conservarne una copia incorniciata in salotto, e tutti i parenti lo hanno molto apprezzato.

Mi scuso per il ritardo, dovuto unicamente al fatto che non avevo compreso che la fattura mi fosse giunta per posta elettronica; è stato mio nipote Davide a farmelo notare domenica scorsa.

Con i più distinti saluti,

Rag. Ermenegildo Fumagalli
Via Cairoli 14
23900 Lecco
""", dict(step="reminder", inv="41/2026", amt="380,00 €", due="2026-11-25", sal="Gentile Ermenegildo Fumagalli,", ago=2),
      style="libero", ua="Libero Mail",
      L=dict(amount="380.00", reference="41/2026"),
      note="Elderly, very formal letter-style voice (old-fashioned courtesy: 'mi pregio', 'corrente anno'); amount also in words; 'fattura n. 41 del corrente anno' = 41/2026. Libero webmail quoting.")

    C("client-reply-paid", "it", "marco", "Parrocchia San Martino Vescovo <parrocchia.sanmartino.cremona@gmail.com>",
      "2026-11-19 16:05", """\
Caro Marco,

pace e bene! Scusami se ti rispondo solo ora, ma tra i funerali, il catechismo e la caldaia della canonica che ci ha lasciati al freddo proprio la settimana scorsa, sono rimasto indietro con tutta la posta.

Il Consiglio per gli affari economici si è riunito martedì sera e ha approvato la spesa per il servizio delle Cresime; il nostro economo, il signor Bonetti, ha fatto il bonifico ieri mattina dalla Cassa Padana. Se per caso non ti arriva fammelo sapere, che lui con l'home banking non è proprio di casa.

Le foto sono piaciute tantissimo alle famiglie, e il Vescovo ha chiesto se gliene mandiamo qualcuna per il settimanale diocesano: ti chiamerò per chiederti il permesso.

Ti ricordo nella preghiera, un caro saluto anche alla tua mamma.

don Luigi

--
Parrocchia San Martino Vescovo
Piazza della Chiesa 3 - 26100 Cremona
Ufficio parrocchiale: mar e ven 9.30-11.30

Inviato da iPad
""", dict(step="reminder", inv="2026/118", amt="450,00 €", due="2026-11-10",
          sal="Spett.le Parrocchia San Martino Vescovo,", ago=3),
      style="gmail",
      note="Parish priest, warm and chatty; the one sentence that matters is in the second paragraph (the treasurer paid yesterday). 'Se non ti arriva fammelo sapere' is not a question that downgrades it.")

    C("client-reply-paid", "it", "marco", "Fabrizio - Trattoria Er Cuppolone <trattoriaercuppolone@gmail.com>",
      "2026-12-10 23:41", """\
Aò Marco scusa er ritardo, ner mese de novembre nun c'ho capito più gnente tra er personale e er commercialista che m'ha fatto impazzì.
T'ho fatto er bonifico stamattina, 650 tondi come d'accordo pe le foto der locale e der menù.
Te dico la verità so venute na bomba, la gente me chiede chi l'ha fatte. Quanno passi da Borgo te offro na carbonara e n'amatriciana, nun se discute.

Fabbrì

Inviato da iPhone
""", dict(step="reminder", inv="2026/124", amt="650,00 €", due="2026-11-30", sal="Spett.le Trattoria Er Cuppolone,", ago=2),
      style="none", ua=IPHONE,
      L=dict(amount="650.00"),
      note="Roman dialect restaurant owner, written at night after service: 't'ho fatto er bonifico stamattina, 650 tondi'. No quote.")

    C("client-reply-paid", "it", "alessandra", "Mihaela Popescu <alimentari.carpati@yahoo.it>", "2027-01-14 13:20", """\
Buongiorno signora Alessandra,
io ho fatto pagamento ieri per la fattura 44, 290 euro, da banca Intesa con bonifico. Mi scusa per ritardo, ho avuto mia mamma in ospedale in Romania e sono stata la tre settimane, negozio era chiuso.
Se non arriva soldi mi dice per favore, io vado di nuovo in banca.
Le insegne e volantini sono molto belli, clienti dicono tutti brava.
Grazie mille e buon anno
Mihaela
Alimentari Carpați - Via Padova 212 Milano
""", dict(step="reminder", inv="44/2026", amt="290,00 €", due="2026-12-15", sal="Gentile Mihaela Popescu,",
          sent="2027-01-07 09:00"),
      style="yahoo", ua="YahooMailAndroidMobile",
      L=dict(amount="290.00", reference="44/2026"),
      note="Romanian shop owner writing Italian (no articles, 'io ho fatto pagamento ieri'). 'Se non arriva soldi mi dice' is not a question about the invoice. Yahoo quoting.")

    C("client-reply-paid", "it", "giulia", "Nicolò Berti <nico.berti@icloud.com>", "2026-12-16 19:02", """\
Fatto 👍

Inviato da iPhone
""", dict(step="due", inv="63/2026", amt="244,00 €", due="2026-12-15", sal="Gentile Nicolò Berti,", ago=1),
      style="apple", ua=IPHONE, midstyle="apple",
      note="One word and an emoji: 'Fatto' in reply to a due-date reminder = paid.")

    C("client-reply-paid", "it", "marco", "Studio Dentistico Galli <segreteria@studiogalli-dentisti.it>", "2026-12-22 10:15",
      "\n", dict(step="reminder", inv="2026/131", amt="1.830,00 €", due="2026-12-10", sal="Spett.le Studio Dentistico Galli,",
                 ago=2),
      subj="R: Sollecito: fattura n. 2026/131 - PAGATA IERI", style="none", ua=OUTLOOK, midstyle="outlook", crlf=True,
      note="The answer is only in the subject line ('PAGATA IERI'); the body is empty. No reference: the number is only in the subject.")

    C("client-reply-paid", "it", "giulia", "Stefano Colombo <s.colombo@colombo-meccanica.it>", "2027-01-18 09:34", """\
Ciao Giulia,

allora, ieri sera l'hai visto il derby? Io sono ancora in lutto, con quel rigore al novantesimo mi hanno rovinato la domenica e anche il lunedì, che già di suo. Mio figlio invece, interista come la madre, stamattina mi ha svegliato cantando: ti lascio immaginare il clima a colazione.

Qui in ditta tutto bene, abbiamo ripreso a pieno ritmo dopo le feste e a marzo c'è la fiera di Hannover, quindi preparati perché ti arriverà un malloppo di schede tecniche da tradurre in tedesco, sempre con la solita urgenza, lo so, lo so.

Ah, per la tua fattura di dicembre: la Cinzia mi dice che il bonifico è partito venerdì insieme agli altri fornitori, dovresti già vederlo.

Salutami Paolo e ci sentiamo per la fiera.
Stefano

--
Stefano Colombo
Colombo Meccanica S.r.l.
Via dell'Artigianato 8 – 20851 Lissone (MB)
Tel. 039 245 1187

Le informazioni contenute in questo messaggio e negli eventuali allegati sono riservate e destinate esclusivamente al destinatario indicato. Qualora abbiate ricevuto questo messaggio per errore, vi preghiamo di darne notizia al mittente e di cancellarlo. Informativa ai sensi del Regolamento UE 2016/679 (GDPR) disponibile su www.colombo-meccanica.it/privacy.
""", dict(step="reminder", inv="70/2026", amt="1.098,00 €", due="2026-12-31", sal="Spett.le Colombo Meccanica S.r.l.,",
          sent="2027-01-15 09:10"),
      style="outlook", fmt="alt", ua=OUTLOOK, midstyle="outlook",
      note="Long chat about the Milan derby and a trade fair; one sentence matters: the transfer went out on Friday with the other suppliers. Outlook HTML + text, GDPR footer.")

    C("client-reply-paid", "it", "giulia", "Francesca Morandi <francesca.morandi@edizionilucerna.it>", "2026-11-26 17:48", """\
Gentile Giulia,

mi scuso infinitamente, davvero. È imperdonabile: la Sua fattura era finita in una cartella sbagliata durante il cambio di gestionale e nessuno se n'è accorto fino al Suo promemoria. Con tutto il lavoro che ha fatto sul romanzo, e con i tempi strettissimi che Le abbiamo imposto noi, è l'ultima cosa che meritava.

Ho appena disposto il bonifico di € 1.464,00 a saldo della fattura n. 58/2026 e Le allego la contabile. Ancora mille scuse, mi vergogno sinceramente, e Le assicuro che non succederà più: ho già chiesto all'amministrazione di mettere i Suoi pagamenti in una lista a parte.

Con gratitudine e, di nuovo, con tutte le mie scuse,

Francesca Morandi
Redazione – Edizioni Lucerna
""", dict(step="reminder", inv="58/2026", amt="1.464,00 €", due="2026-11-15", sal="Spett.le Edizioni Lucerna,", ago=3),
      style="outlook", fmt="alt", cs="iso-8859-1", ua=OUTLOOK, midstyle="outlook", crlf=True,
      att=[("pdf", "Contabile_bonifico_FT58-2026.pdf", "Bonifico SEPA eseguito - EUR 1.464,00 - Fatt. 58/2026")],
      L=dict(amount="1464.00", reference="58/2026"),
      note="Over-apologetic editor; paid with the receipt attached. iso-8859-1 label with Windows-1252 bytes (€, curly quotes) as Outlook does.")

    bank = """\
-----Messaggio originale-----
Da: Banco BPM - Notifiche <notifiche@bancobpm.it>
Inviato: giovedì 17 dicembre 2026 16:02
A: amministrazione@otticabellini.it
Oggetto: Esito disposizione di bonifico

Gentile Cliente,
la disposizione di bonifico SEPA da Lei inserita è stata eseguita.

Ordinante: OTTICA BELLINI SNC DI BELLINI M. E C.
Beneficiario: ROSSI ALESSANDRA
IBAN beneficiario: IT60X0542811101000000123456
Importo: 2.135,00 EUR
Data esecuzione: 17/12/2026
CRO/TRN: 0306912345678901IT
Causale: SALDO FT 61/2026

Questo messaggio è generato automaticamente, si prega di non rispondere."""
    C("client-reply-paid", "it", "alessandra", "Studio Rag. Pellegrini <amministrazione@studiopellegrini.it>",
      "2026-12-18 12:02", """\
Buongiorno,

per conto della nostra cliente Ottica Bellini snc, che ci ha girato il Suo sollecito, Le inoltro qui sotto la contabile del bonifico relativo alla Sua fattura n. 61.

Cordiali saluti

Laura Pellegrini
Studio Rag. Pellegrini – Consulenza fiscale e del lavoro
Via Mazzini 40, 47121 Forlì

""" + bank, dict(step="reminder", inv="61/2026", amt="2.135,00 €", due="2026-11-30", sal="Spett.le Ottica Bellini snc,",
                 to="amministrazione@otticabellini.it", ago=4),
      cc="Ottica Bellini <amministrazione@otticabellini.it>", style="none", ua=OUTLOOK, midstyle="outlook",
      L=dict(amount="2135.00", reference="61/2026"),
      note="The client's accountant replies with the bank's execution notice pasted below (Outlook 'Messaggio originale'). The accountant, not the client, confirms the payment.")

    C("client-reply-paid", "it", "alessandra", "Luca Marchetti <luca@marchettiarredi.it>", "2026-11-12 08:17", """\
Ciao Alessandra ti scrivo dalla macchina quindi scusa se viene fuori qualcosa di strano. Il bonifico della fattura 47 e l'ho fatto ieri sera dall'app della banca dovresti vederlo oggi o domani. Ci sentiamo la settimana prossima per il nuovo logo del negozio di Pesaro punto interrogativo Ciao

Inviato da iPhone
""", dict(step="reminder", inv="47/2026", amt="915,00 €", due="2026-11-05", sal="Spett.le Marchetti Arredi,", ago=2),
      style="apple", ua=IPHONE, midstyle="apple",
      L=dict(reference="47/2026"),
      note="Voice dictation from the car: no commas, 'e l'ho fatto' mis-heard, 'punto interrogativo' written out.")

    C("client-reply-paid", "it", "giulia", "Roberta Gentile <roberta.gentile72@gmail.com>", "2026-12-02 21:30", """\
Buonasera Giulia,
sono Roberta, la mamma di Martina Gentile (le traduzioni giurate della pagella e del certificato di frequenza per l'anno in Ohio).

Il Suo sollecito è arrivato all'indirizzo di Martina, che ovviamente me l'ha girato solo stasera, tra un video e l'altro... Mi scusi tanto. Avevo capito che pagasse mio marito, lui aveva capito che pagassi io: risultato, nessuno dei due.

Ho appena fatto il bonifico di 236 euro dall'app, dovrebbe arrivarLe in un paio di giorni.

Grazie ancora, Martina è partita contentissima e ci manda foto di scoiattoli ogni giorno.
Roberta Gentile
""", dict(step="reminder", inv="66/2026", amt="236,00 €", due="2026-11-20", sal="Gentile Martina Gentile,",
          to="marti.gentile07@gmail.com", ago=6),
      subj="Re: Fwd: Sollecito: fattura n. 66/2026", style="gmail",
      L=dict(amount="236.00"),
      note="A teenager's mother answers the reminder her daughter forwarded to her; paid just now from the app.")

    # ---- promise ----------------------------------------------------------------------------
    C("client-reply-promise", "it", "alessandra", "Amministrazione Ceramiche Valsenio <amministrazione@ceramichevalsenio.it>",
      "2026-12-09 15:10", """\
Buongiorno Alessandra,
rispondo punto per punto:

1) fattura 52/2026: pagata il 30/11, dovrebbe già risultarle
2) fattura 55/2026: la paghiamo con il giro della settimana prossima
3) la 57/2026 a noi non risulta arrivata, me la può rimandare?

Grazie, buona giornata
Sonia Ricci
Ufficio amministrazione
Ceramiche Valsenio S.r.l.
""", dict(step="statement", sal="Spett.le Ceramiche Valsenio S.r.l.,", total="3.294,00 €",
          invoices=[("52/2026", "2026-10-02", "2026-11-01", "1.220,00 €"), ("55/2026", "2026-10-20", "2026-11-19", "1.342,00 €"),
                    ("57/2026", "2026-11-03", "2026-12-03", "732,00 €")], ago=1),
      style="outlook", ua=OUTLOOK, midstyle="outlook",
      note="List answer to a statement: one paid, one promised for next week (vague), one not received. Paid + promise = promise; no date, no single reference.")

    C("client-reply-promise", "it", "marco", "GIANNI SPERANZA <gianni.speranza@tiscali.it>", "2027-01-12 07:55", """\
BASTA CON QUESTE MAIL!!!! VI HO GIA DETTO AL TELEFONO CHE PAGO A FINE MESE, NON SONO MICA UN LADRO. HO 40 ANNI DI ATTIVITA E NON HO MAI LASCIATO UN DEBITO A NESSUNO. FINE MESE E BASTA.
G. SPERANZA
""", dict(step="late_fee", inv="2026/129", amt="560,00 €", due="2026-12-05", sal="Gentile Gianni Speranza,", ago=1),
      style="none",
      L=dict(promised_date="2027-01-31"),
      note="Furious ALL CAPS, but the content is a promise: end of the month = 31 January.")

    C("client-reply-promise", "it", "marco", "Pizzeria 'O Vesuvio <ovesuvio.pizzeria@gmail.com>", "2026-12-20 16:22", """\
Marcù, bell'e guaglione, scusame assaje.
Mo' cu 'o Natale tengo 'a pizzeria chiena ma 'e sorde ancora nun se vedono, 'e fornitori m'hanno spugliato.
Te pavo 'o 15 'e gennaio, parola mia, nun te preoccupà.
E 'e foto d'a pizza fritta so' bellissime, 'a gente ce sta scrivenno pure 'a Milano!
Salvatore
""", dict(step="reminder", inv="2026/133", amt="480,00 €", due="2026-12-10", sal="Spett.le Pizzeria 'O Vesuvio,", ago=2),
      style="gmail",
      L=dict(promised_date="2027-01-15"),
      note="Neapolitan dialect: 'Te pavo 'o 15 'e gennaio' = I'll pay you on 15 January.")

    C("client-reply-promise", "it", "giulia", "Lidia Fontana <fontanalidia@alice.it>", "2026-12-01 10:44", """\
Gentile signorina Giulia,
ho ricevuto la sua lettera per posta elettronica, me l'ha letta la vicina perché io con il telefono nuovo non ci vedo bene. Non capisco bene cosa devo fare, mio figlio Franco mi ha detto che devo fare il bonifico ma io sono sempre andata in posta a pagare i bollettini. Va bene lo stesso se pago in posta? Ci vado giovedì quando ritiro la pensione, così faccio tutto insieme.
La ringrazio tanto per le traduzioni della successione del mio povero marito, in Germania sono stati molto contenti.
Distinti saluti
Lidia Fontana ved. Carminati
""", dict(step="reminder", inv="60/2026", amt="183,00 €", due="2026-11-20", sal="Gentile Lidia Fontana,", ago=4),
      style="none", ua="Open-Xchange Mailer v7.10.6",
      L=dict(promised_date="2026-12-03"),
      note="Elderly, confused about bank transfers vs the post office, but she says she will go on Thursday when she collects her pension: promise for Thursday 3 December.")

    C("client-reply-promise", "it", "alessandra", "Paolo Ferrante <p.ferrante@gruppoalfieri.com>", "2026-11-18 18:02", """\
Gentile Alessandra,

prendo atto del Suo ennesimo sollecito (il terzo in dieci giorni, se non conto male).

Come già comunicato nella mia mail del 6 novembre – forse finita nello spam – la Sua fattura verrà pagata con il ciclo pagamenti di fine mese, esattamente come quelle di tutti gli altri nostri fornitori, nessuno dei quali, Le assicuro, ci scrive con questa frequenza.

Confido che a questo punto non sarà necessario un quarto promemoria.

Cordialmente,

Paolo Ferrante
Responsabile Marketing
Gruppo Alfieri S.p.A.
""", dict(step="late_fee", inv="50/2026", amt="2.684,00 €", due="2026-10-31", sal="Spett.le Gruppo Alfieri S.p.A.,", ago=1),
      style="outlook", fmt="alt", ua=OUTLOOK, midstyle="outlook",
      L=dict(promised_date="2026-11-30"),
      note="Passive-aggressive, but a promise: paid in the end-of-month payment cycle = 30 November.")

    C("client-reply-promise", "it", "giulia", "Anna Zanetti <anna@zanettiviaggi.it>", "2026-11-27 17:15", """\
Ciao Giulia,

scusa il silenzio ma qui a Chioggia è stata una settimana da dimenticare: ieri l'acqua alta è arrivata a 140, avevamo le paratie in agenzia e comunque siamo finiti con gli stivali fino al ginocchio. La filiale della banca sotto casa è rimasta chiusa perché allagata, e ovviamente il token dell'home banking me l'hanno bloccato proprio adesso.

Ti faccio il bonifico lunedì appena riapre la filiale, promesso.

Intanto grazie per i testi del catalogo crociere, il capo è contentissimo. Speriamo che almeno a dicembre smetta di piovere!

Un abbraccio
Anna
""", dict(step="due", inv="62/2026", amt="610,00 €", due="2026-11-25", sal="Spett.le Zanetti Viaggi,", ago=1),
      style="gmail", fmt="alt",
      L=dict(promised_date="2026-11-30"),
      note="Weather small talk (acqua alta in Chioggia); one sentence: transfer on Monday when the branch reopens. Message is on Friday 27 Nov -> Monday 30 Nov.")

    C("client-reply-promise", "it", "marco", "Lin Xiaoming <linxm.moda@163.com>", "2027-02-02 11:05", """\
Buongiorno Marco,
io sono Lin, negozio abbigliamento via Paolo Sarpi. Ho visto sua mail. Fattura 2026/140 io pago dopo capodanno cinese, adesso molto spese per negozio e per famiglia. Dopo capodanno sicuro pago tutto, non preoccupare.
Grazie grazie
Lin
""", dict(step="late_fee", inv="2026/140", amt="720,00 €", due="2026-12-31", sal="Gentile Lin Xiaoming,", ago=1),
      style="none",
      L=dict(reference="2026/140"),
      note="Chinese shop owner writing Italian: will pay after Chinese New Year. Promise without a date (no day given).")

    C("client-reply-promise", "it", "alessandra", "Avv. Carlo Benedetti <c.benedetti@studiolegalebenedetti.it>",
      "2027-01-08 12:30", """\
Oggetto: Vs. fattura n. 66/2026 – Tipografia Moretti S.r.l.

Egregia Dott.ssa Rossi,

scrivo in nome e per conto della Tipografia Moretti S.r.l., in persona del legale rappresentante pro tempore, che mi ha trasmesso la Sua comunicazione del 4 gennaio u.s. avente ad oggetto la fattura in epigrafe.

Al riguardo Le comunico che la mia assistita, scusandosi per il ritardo dovuto a una temporanea carenza di liquidità conseguente al mancato incasso di alcuni crediti, provvederà al pagamento dell'importo di € 2.440,00 entro e non oltre il 20 gennaio 2027, mediante bonifico bancario sulle coordinate da Lei indicate.

Confidando di aver così definito la questione, porgo distinti saluti.

Avv. Carlo Benedetti

Studio Legale Benedetti
Via XX Settembre 12 – 16121 Genova
Tel. 010 553 2210 – PEC: carlo.benedetti@ordineavvgenova.it

Ai sensi del D.Lgs. 196/2003 e del Regolamento UE 2016/679 si precisa che le informazioni contenute nel presente messaggio e nei suoi allegati sono riservate e ad uso esclusivo del destinatario. Qualora il messaggio Vi fosse pervenuto per errore, Vi invitiamo ad eliminarlo senza copiarlo e a darne comunicazione al mittente.
""", dict(step="final", inv="66/2026", amt="2.440,00 €", due="2026-11-30", issue="2026-10-31",
          sal="Spett.le Tipografia Moretti S.r.l.,", sent="2027-01-04 09:00", deadline="2027-01-19"),
      cc="Tipografia Moretti <amministrazione@tipografiamoretti.it>", style="none", ua=OUTLOOK, midstyle="outlook",
      fmt="alt", to="Alessandra Rossi <alessandra@example.it>",
      L=dict(promised_date="2027-01-20", amount="2440.00", reference="66/2026"),
      note="Lawyer's letter-like reply to the formal notice: legal register ('in epigrafe', 'u.s.'), but it is a promise to pay 2,440.00 by 20 January 2027. No contest.")

    C("client-reply-promise", "it", "marco", "Roberto Sala <roberto.sala@salaimmobiliare.it>", "2026-12-15 18:47", """\
ciao marco sono in macchina ti detto il messaggio allora la fattura delle foto degli appartamenti te la pago domani mattina appena arrivo in ufficio che oggi sono stato tutto il giorno a Bergamo dal notaio va bene ciao ciao

Inviato da iPhone
""", dict(step="reminder", inv="2026/130", amt="1.150,00 €", due="2026-12-05", sal="Spett.le Sala Immobiliare,", ago=2),
      style="apple", ua=IPHONE, midstyle="apple",
      L=dict(promised_date="2026-12-16"),
      note="Dictated from the car, no punctuation: 'te la pago domani mattina' = promise for 16 December.")

    C("client-reply-promise", "it", "alessandra", "Chiara Vitali <chiaravitali.yoga@gmail.com>", "2027-02-09 08:12", """\
Alessandra scusami scusami scusami!!! 🙈

Mi sono completamente dimenticata, tra il trasloco dello studio e il corso di formazione non ho più aperto la posta per giorni. Sono mortificata, davvero, dopo tutto il lavoro bellissimo che hai fatto per il sito e per i volantini.

Te lo faccio entro venerdì, giuro, appena mi entra l'affitto della sala.

Scusa ancora 🙏
Chiara
""", dict(step="reminder", inv="4/2027", amt="427,00 €", due="2027-01-31", sal="Gentile Chiara Vitali,", ago=2),
      style="gmail", fmt="alt",
      L=dict(promised_date="2027-02-12"),
      note="Over-apologetic, emoji; 'entro venerdì' from Tuesday 9 Feb = Friday 12 Feb.")

    C("client-reply-promise", "it", "marco", "Massimo Colli <massimo.colli@fastwebnet.it>", "2026-12-05 10:03", """\
Buongiorno Marco,

sono il papà di Giorgia, la festa dei 18 anni al Castello di Zavattarello. Giorgia mi ha girato la Sua mail perché "queste cose le fai tu papà" (testuale).

Aspetto la tredicesima e Le pago tutto entro il 20, se per Lei va bene.

Le foto sono venute benissimo, anche quelle dove noi genitori balliamo e che Giorgia vorrebbe far sparire.

Cordiali saluti
Massimo Colli
""", dict(step="due", inv="2026/126", amt="890,00 €", due="2026-12-04", sal="Gentile Giorgia Colli,",
          to="giorgia.colli.08@gmail.com", ago=1),
      subj="Re: I: Fattura n. 2026/126 in scadenza", style="outlook", ua="Mozilla Thunderbird 128.5",
      L=dict(promised_date="2026-12-20"),
      note="A teenager's father answers the mail his daughter forwarded: waiting for the 13th salary, pays 'entro il 20' = 20 December.")

    C("client-reply-promise", "it", "giulia", "Coop. Il Girasole – Presidenza <presidenza@coopilgirasole.org>",
      "2026-11-24 12:40", """\
Cara Giulia,

ti scrivo con un po' di imbarazzo. Siamo messi male: l'ASL non ci paga le rette del centro diurno da settembre e stiamo andando avanti con l'anticipo fatture, che ormai è al limite.

Appena arrivano i soldi la tua è la prima fattura che paghiamo, promesso. Le traduzioni per il progetto europeo ci hanno fatto vincere il bando, non me ne dimentico.

Un abbraccio e scusa ancora,
Teresa Mancuso
Presidente – Cooperativa sociale Il Girasole
""", dict(step="reminder", inv="59/2026", amt="850,00 €", due="2026-11-15", sal="Spett.le Cooperativa Il Girasole,", ago=2),
      style="gmail",
      note="Promise conditional on being paid by the health authority (ASL): no date.")

    # ---- dispute ----------------------------------------------------------------------------
    C("client-reply-dispute", "it", "alessandra", "ORTOFRUTTA BRAMBILLA <ortofrutta.brambilla@virgilio.it>",
      "2026-12-14 08:03", """\
NON PAGO NIENTE FINCHE IL SITO NON FUNZIONA!!!!! IL MODULO DEI CONTATTI NON MANDA LE MAIL DA DUE SETTIMANE E I CLIENTI MI CHIAMANO ARRABBIATI. PRIMA SISTEMI E POI PARLIAMO DELLA FATTURA. TI HO CHIAMATO TRE VOLTE E NON RISPONDI.
BRAMBILLA
""", dict(step="reminder", inv="56/2026", amt="1.586,00 €", due="2026-11-30", sal="Spett.le Ortofrutta Brambilla,", ago=3),
      style="none", cs="iso-8859-1",
      note="ALL CAPS: refuses to pay until the website works = dispute (work not as agreed).")

    C("client-reply-dispute", "it", "marco", "Osteria del Pinin <info@osteriadelpinin.it>", "2026-11-16 15:40", """\
Uè Marco, ma te set matt?

900 euro per le foto del menu? Avevamo detto 600 e basta, con dentro anche quelle della sala, l'ha sentito anche la Pinuccia che era lì al banco. Va bene tutto ma qui a Milano siamo gente seria, la parola è la parola.

Mandami una fattura giusta da 600 e te la pago il giorno dopo, sicuro.

Ciao neh
Gino
""", dict(step="due", inv="2026/117", amt="900,00 €", due="2026-11-15", sal="Spett.le Osteria del Pinin,", ago=1),
      style="gmail",
      L=dict(amount="600.00"),
      note="Milanese slang: the agreed price was 600, not 900; will pay 600 once a correct invoice arrives. Dispute beats the conditional promise; 600 is the amount he accepts.")

    C("client-reply-dispute", "it", "marco", "Avv. Francesca Ardito <segreteria@studiolegaleardito.it>", "2027-01-21 11:00", """\
Oggetto: Vs. fattura n. 2026/127 del 30/10/2026 – contestazione

Egregio Sig. Ferri,

scrivo in nome e per conto della Sig.ra Valentina Ghirardi, che mi ha conferito apposito mandato, in riscontro alla Sua comunicazione del 14 gennaio 2027.

La mia assistita contesta integralmente la fattura in oggetto, atteso che il servizio fotografico del matrimonio del 12 settembre 2026 non è stato eseguito conformemente a quanto pattuito: in particolare, non sono state consegnate le fotografie della cerimonia religiosa né l'album concordato, e numerosi scatti consegnati risultano sfocati o sovraesposti.

Pertanto la mia assistita non provvederà al pagamento del saldo richiesto, riservandosi ogni azione a tutela dei propri diritti, ivi compresa la richiesta di restituzione dell'acconto già versato.

Resto comunque a disposizione per un confronto volto a una definizione bonaria della vicenda.

Distinti saluti.

Avv. Francesca Ardito
Studio Legale Ardito
Corso Vittorio Emanuele II, 112 – 10121 Torino

Il presente messaggio e i suoi allegati sono riservati e destinati esclusivamente al destinatario. È vietata qualsiasi diffusione o copia non autorizzata. Se avete ricevuto questa e-mail per errore, siete pregati di avvertire il mittente e di cancellarla.
""", dict(step="final", inv="2026/127", amt="2.300,00 €", due="2026-11-29", issue="2026-10-30",
          sal="Gentile Valentina Ghirardi,", sent="2027-01-14 09:00", deadline="2027-01-29"),
      style="outlook", fmt="alt", ua=OUTLOOK, midstyle="outlook", crlf=True,
      L=dict(reference="2026/127"),
      note="Lawyer's letter contesting the whole invoice (work not done as agreed).")

    C("client-reply-dispute", "it", "giulia", "Elisa Rinaldi <e.rinaldi@rinaldivini.it>", "2026-12-11 14:22", """\
Cara Giulia,

grazie per il promemoria, sempre puntualissima. Immagino che nei 1.800 euro sia compresa anche la revisione che abbiamo dovuto far fare a un'altra agenzia, visto che la scheda tecnica in inglese è arrivata con "affinato in barrique" tradotto "refined in a barricade" e il nome del nostro Amarone scritto in tre modi diversi.

Senza polemica, ovviamente. Però prima di pagare mi piacerebbe capire come intendi venirci incontro: una nota di credito di almeno metà importo mi sembrerebbe il minimo.

Buon fine settimana,
Elisa

Rinaldi Vini – Marano di Valpolicella
""", dict(step="courtesy", inv="65/2026", amt="1.800,00 €", due="2026-12-15", issue="2026-11-15",
          sal="Spett.le Rinaldi Vini,", ago=1),
      style="gmail",
      note="Passive-aggressive ('senza polemica, ovviamente'): quality complaint and a request for a credit note of half = dispute.")

    C("client-reply-dispute", "it", "alessandra", "Gino Tarantola <gino.tarantola@tin.it>", "2026-11-09 09:12", """\
Egregia Signora Rossi,
ho trovato nella posta elettronica questa sua fattura di 480 euro per un "logo e biglietti da visita". Io non ho ordinato niente, ho 81 anni e sono in pensione da vent'anni, che me ne faccio del logo? Le avevo solo chiesto per telefono quanto costava, per mio nipote che apre la bottega di falegname, e Lei mi ha detto che mi mandava un preventivo. Un preventivo non è una fattura.
Quindi io non pago niente, se il lavoro lo vuole mio nipote lo paga lui e la fattura la fa a lui.
Distinti saluti
Tarantola Gino
""", dict(step="invoice", inv="49/2026", amt="480,00 €", due="2026-11-30", what="logo e biglietti da visita",
          sal="Gentile Gino Tarantola,", ago=5),
      style="libero", cs="iso-8859-1",
      note="Elderly man: never ordered the work, only asked for a quote; refuses to pay. Reply to the invoice mail itself.")

    C("client-reply-dispute", "it", "marco", "Valeria Monti <valeria.monti@outlook.it>", "2026-12-29 19:50", """\
Ciao Marco,
ti ho fatto un bonifico di 500 euro come acconto sulla fattura del book. Il resto (400) te lo do quando mi sistemi le foto in esterna, quelle del parco sono tutte sgranate e con la pelle arancione, non posso usarle per l'agenzia. Me l'avevi promesso a inizio dicembre e sono ancora lì.
Valeria
""", dict(step="reminder", inv="2026/134", amt="900,00 €", due="2026-12-20", sal="Gentile Valeria Monti,", ago=3),
      style="outlook", midstyle="outlook",
      L=dict(amount="500.00"),
      note="Partial payment (500) and the rest held back until the photos are fixed = dispute.")

    C("client-reply-dispute", "it", "alessandra", "Contabilità Fratelli Gatti <contabilita@fratelligatti.it>",
      "2026-11-20 10:30", """\
Buongiorno,

la Vs. fattura 71/2026 ci sembra un doppione della 64/2026: stessa descrizione (restyling etichette linea bio), stesso importo, 1.342,00. La 64 l'abbiamo saldata il 15 ottobre.

Per noi la 71 va stornata con nota di credito. Se invece si tratta di un lavoro diverso, mandateci il dettaglio.

Saluti
Ufficio contabilità
Fratelli Gatti S.n.c.
""", dict(step="courtesy", inv="71/2026", amt="1.342,00 €", due="2026-11-30", issue="2026-10-31",
          sal="Spett.le Fratelli Gatti S.n.c.,", ago=1),
      style="outlook", ua=OUTLOOK, midstyle="outlook", cs="windows-1252",
      L=dict(reference="71/2026"),
      note="Terse accounts office: 71/2026 duplicates 64/2026 already paid; wants a credit note = dispute (already billed). The paid one is a different invoice.")

    C("client-reply-dispute", "it", "alessandra", "Ionut Dumitru <edil.dumitru.srl@gmail.com>", "2027-02-16 07:30", """\
Buongiorno signora,
noi abbiamo fatto tanti lavori insieme, logo, furgoni, sito. Per questa fattura 7 io chiedo sconto 10 per cento, perche inverno e pochi cantieri, e anche per il lavoro furgone una scritta era sbagliata e ho pagato io per cambiare. Se lei fa nuova fattura con sconto, io pago subito stessa settimana.
Grazie e buona giornata
Ionut Dumitru
Edil Dumitru srl
""", dict(step="reminder", inv="7/2027", amt="1.708,00 €", due="2027-02-10", sal="Spett.le Edil Dumitru srl,", ago=1),
      style="gmail",
      L=dict(reference="7/2027"),
      note="Romanian builder writing Italian asks a 10% discount (plus a mistake on the van lettering) before paying = dispute.")

    C("client-reply-dispute", "it", "giulia", "Dott. Andrea Lupo <a.lupo@lupoconsulting.eu>", "2027-01-27 16:40", """\
Gentile Giulia,

sulla fattura n. 5/2027 ho alcune osservazioni:

1) le ore di interpretariato fatturate sono 32, dai nostri fogli presenze ne risultano 24;
2) la trasferta a Verona non era prevista nel preventivo (allegato alla mail del 3 dicembre);
3) l'IVA è calcolata anche sul rimborso spese, che per noi è fuori campo.

Le chiedo quindi di emettere nota di credito e una nuova fattura corretta; appena la ricevo la mettiamo in pagamento.

Cordiali saluti
Andrea Lupo
Lupo Consulting S.r.l.
""", dict(step="due", inv="5/2027", amt="2.928,00 €", due="2027-01-26", sal="Spett.le Lupo Consulting S.r.l.,", ago=1),
      re="Rif: ", style="outlook", fmt="alt", ua=OUTLOOK, midstyle="outlook",
      L=dict(reference="5/2027"),
      note="Numbered list of objections (hours, travel, VAT) and a request for a credit note = dispute.")

    C("client-reply-dispute", "it", "marco", "Serena Polli <serena.polli@gmail.com>", "2026-11-30 22:05", """\
Ciao Marco!!

Siamo tornati dal Giappone da una settimana e ancora non abbiamo smaltito il jet lag, Davide si sveglia alle 4 e va a correre, io mi addormento a cena. Kyoto è stata un sogno, abbiamo fatto le foto vestiti col kimono e ogni volta pensavamo "ah se ci fosse Marco con la luce giusta". Ti porteremo un ricordino!

L'album è bellissimo, l'abbiamo sfogliato con i miei genitori e mia mamma ha pianto di nuovo alla pagina della promessa.

Per il saldo però c'è una cosa che non ci torna: avevamo concordato 2.200 tutto compreso, e nella fattura ci sono 300 euro di "ore extra" per il ritardo in chiesa (il ritardo della sposa, lo so, colpa mia 😅). Sinceramente non ci sembra giusto, quelle ore non le avevamo chieste noi. Ce la puoi rifare da 2.200?

Un abbraccio grande da entrambi
Serena e Davide
""", dict(step="due", inv="2026/121", amt="2.500,00 €", due="2026-11-28", sal="Gentile Serena Polli,", ago=2),
      style="gmail", fmt="alt",
      L=dict(amount="2200.00"),
      note="Newlyweds' long chatty mail (honeymoon, album); one paragraph contests 300 euro of overtime and asks for an invoice of 2,200 (the amount they accept) = dispute.")

    # ---- other ------------------------------------------------------------------------------
    C("client-reply-other", "it", "giulia", "Emilio Rota <rotaemilio@libero.it>", "2026-11-05 16:20", """\
Buongiorno, scrivo per conto di mio zio Emilio Rota, che non usa il computer (l'indirizzo è mio, lo teniamo per lui).

Lo zio chiede se gentilmente può mandargli la fattura per posta ordinaria all'indirizzo di casa, via Roma 22, 24060 Casazza (BG), perché vuole portarla di persona in banca allo sportello e da qui non riusciamo a stamparla.

Grazie e saluti
Matteo (nipote)
""", dict(step="courtesy", inv="57/2026", amt="305,00 €", due="2026-11-10", issue="2026-10-11", sal="Gentile Emilio Rota,", ago=2),
      style="libero",
      note="Elderly client (through his nephew) asks for a paper copy by post. A request, no payment claim or promise.")

    C("client-reply-other", "it", "alessandra", "Davide Corsi <davide.corsi@mobilificiocorsi.it>", "2026-12-01 09:05", """\
Giro all'amministrazione. Cinzia ci pensi tu? Grazie

D.

Inviato da Outlook per iOS
""", dict(step="due", inv="54/2026", amt="1.952,00 €", due="2026-11-30", sal="Spett.le Mobilificio Corsi,", ago=1),
      cc="Cinzia Amministrazione <amministrazione@mobilificiocorsi.it>", style="outlook", ua="Outlook-iOS/2.0",
      midstyle="outlook",
      note="Forwarded to accounts with cc: a hand-off, nothing about payment.")

    C("client-reply-other", "it", "marco", "Sabrina Ventura <sabri.ventura@hotmail.it>", "2027-01-19 20:15", """\
Ricevuto, grazie. Lo giro a mio marito che si occupa lui di queste cose, io non ci capisco niente di bonifici 😅

Sabrina (mamma di Kevin, quello del book per la scuola di recitazione)
""", dict(step="courtesy", inv="2027/004", amt="180,00 €", due="2027-01-25", issue="2027-01-05", sal="Gentile Sabrina Ventura,",
          ago=1), style="outlook", midstyle="outlook",
      note="A parent acknowledges and passes it to her husband: received, no payment statement.")

    C("client-reply-other", "it", "alessandra", "Zhou Mei <zhoumei.bar@gmail.com>", "2026-12-03 15:30", """\
Buongiorno,
questa fattura è per quale lavoro? Noi fatto due lavori con lei, insegna del bar e menu. La prima fattura noi pagato in ottobre. Questa non capisco, mi spiega per favore?
Grazie
Mei - Bar Stella
""", dict(step="due", inv="53/2026", amt="366,00 €", due="2026-12-01", sal="Gentile Zhou Mei,", ago=2),
      style="gmail",
      note="Chinese bar owner writing Italian asks which job this invoice is for; the 'paid in October' refers to a different, earlier invoice. Question = other.")

    C("client-reply-other", "it", "giulia", "Marta Pizzi <marta.pizzi@studiotecnicopizzi.it>", "2026-12-23 11:48", """\
Ciao Giulia,

scusa se ti rispondo tardi, ma è stata una settimana pazzesca: Tommaso ha preso l'influenza proprio il giorno della recita di Natale (era la stella cometa, ha pianto per due ore), e io ho chiuso tre pratiche in comune con la febbre anche io. Insomma, Natale in trincea.

Ah, per la fattura: l'amministrazione mi dice che senza il numero d'ordine (OdA 4500123987) il gestionale la blocca e non la possono registrare. Riesci a rifarla con quel riferimento? Poi la giro io.

Tanti auguri di buone feste a te e a Paolo, e un grazie per la pazienza con le nostre relazioni tecniche piene di sigle!

Marta
""", dict(step="reminder", inv="64/2026", amt="976,00 €", due="2026-12-12", sal="Spett.le Studio Tecnico Pizzi,", ago=2),
      style="gmail",
      note="Christmas small talk; the request that matters is for an order number on the invoice. Other.")

    C("client-reply-other", "it", "marco", "Fabio Riva <fabio@rivaeventi.it>", "2026-12-07 16:32", """\
Marco chiamami quando puoi per la fattura che devo capire una cosa sull'IVA punto ora sono in autostrada fino alle 6

Inviato da iPhone
""", dict(step="due", inv="2026/125", amt="1.464,00 €", due="2026-12-06", sal="Spett.le Riva Eventi,", ago=1),
      style="apple", ua=IPHONE, midstyle="apple",
      note="Dictated in the car: asks for a call about VAT. Other.")

    C("client-reply-other", "it", "giulia", "Ufficio Acquisti – Tessitura Ronchi <acquisti@tessituraronchi.it>",
      "2027-01-13 10:22", """\
Gentile Dott.ssa Bassi,

ieri ci è arrivata una mail, apparentemente da Lei, che comunica un nuovo IBAN presso Revolut "per motivi di riorganizzazione". Prima di procedere Le chiediamo una conferma telefonica (0331 441 209, chieda di Patrizia): l'IBAN corretto è ancora quello indicato in fattura?

Ovviamente finché non ci sentiamo non eseguiamo alcun pagamento.

Cordiali saluti
Patrizia Landoni
Ufficio Acquisti – Tessitura Ronchi S.p.A.
""", dict(step="reminder", inv="69/2026", amt="3.050,00 €", due="2026-12-31", sal="Spett.le Tessitura Ronchi S.p.A.,", ago=2),
      style="outlook", fmt="html", ua=OUTLOOK, midstyle="outlook",
      note="Suspected IBAN-change fraud: asks to confirm the bank details; payment explicitly on hold until then, with no promise or dispute. HTML-only Outlook.")

    C("client-reply-other", "it", "alessandra", "Irene Sartori <irene.sartori@sartorifiori.it>", "2026-11-23 18:40", """\
Ciao Alessandra,

scusa tantissimo, mi vergogno a chiedertelo, ma non trovo più la mail con la fattura (il mio Outlook ha deciso di cancellarmi mezzo archivio durante l'aggiornamento, non ti dico...). Me la rimandi? Scusa ancora e grazie mille per la pazienza, sei un angelo.

Irene
""", dict(step="reminder", inv="51/2026", amt="549,00 €", due="2026-11-15", sal="Gentile Irene Sartori,", ago=2),
      style="outlook", midstyle="outlook",
      note="Over-apologetic request to resend the invoice. Other.")

    C("client-reply-other", "it", "marco", "Hotel Bellavista – Direzione <direzione@hotelbellavista-garda.it>",
      "2027-02-03 14:14", """\
Buongiorno Marco,

grazie del promemoria. Parlando d'altro: a metà marzo riapriamo dopo la ristrutturazione del secondo piano e ci servirebbe un servizio fotografico completo delle camere nuove e della spa, possibilmente prima di Pasqua per il nuovo sito e per Booking.

Quando potremmo vederci per un sopralluogo? Io sono in hotel tutti i giorni tranne il mercoledì.

Cordiali saluti
Elena Tonoli
Direzione – Hotel Bellavista, Gardone Riviera
""", dict(step="courtesy", inv="2027/009", amt="1.220,00 €", due="2027-02-10", issue="2027-01-11",
          sal="Spett.le Hotel Bellavista,", ago=1),
      style="gmail", fmt="alt",
      note="Thanks for the reminder and talks only about a new job. Other.")

    C("client-reply-other", "it", "giulia", "Pietro Donati <pietro.donati@me.com>", "2027-02-20 09:11", """\
Ricevuto 👍 grazie

Inviato da iPhone
""", dict(step="courtesy", inv="9/2027", amt="366,00 €", due="2027-02-25", issue="2027-01-26", sal="Gentile Pietro Donati,", ago=1),
      style="apple", ua=IPHONE, midstyle="apple",
      note="'Ricevuto' + emoji to a courtesy note: acknowledgement only (contrast with 'Fatto 👍').")

    C("client-reply-other", "it", "marco", "Bortolo Zanella <bortolo@zanellaserramenti.it>", "2026-11-25 07:40", """\
Ciò Marco,
la fattura te la devi intestar a la ditta, Zanella Serramenti snc, e no a mi personalmente, se no el comercialista me copa. La partita IVA la trovi sul sito. Ti me la rifà?
Grassie, ciao
Bortolo
""", dict(step="invoice", inv="2026/122", amt="640,00 €", due="2026-12-20", what="le foto del catalogo serramenti",
          sal="Gentile Bortolo Zanella,", ago=1),
      style="gmail",
      note="Venetian dialect: the invoice must be made out to the company, not to him; asks to reissue. Not contesting the amount = other.")


# =============================================================================================
# SPANISH
# =============================================================================================
def spanish():
    # ---- paid -------------------------------------------------------------------------------
    C("client-reply-paid", "es", "lucia", "Klaus Ehrhardt <k.ehrhardt@ehrhardt-moebel.de>", "2026-12-07 09:20", """\
Hola Lucía,

perdón por el retraso de mi respuesta. Te informo que la transferencia está hecha el viernes pasado, 1.452 euros, para la factura 2026-047. Mi banco dice que llega en uno o dos días laborales.

Mi español es no muy bueno, disculpa los errores. El catálogo nuevo está muy bonito, mis colegas en Múnich están muy contentos.

Saludos cordiales de Múnich
Klaus Ehrhardt

--
Ehrhardt Möbel GmbH · Leopoldstraße 112 · 80802 München
Geschäftsführer: Klaus Ehrhardt · Amtsgericht München HRB 201554
""", dict(step="reminder", inv="2026-047", amt="1.452,00 €", due="2026-11-30", sal="Estimados señores:", ago=3),
      style="gmail", loc="de",
      L=dict(amount="1452.00", reference="2026-047"),
      note="German writing Spanish ('la transferencia está hecha el viernes pasado'); German Gmail quote header.")

    C("client-reply-paid", "es", "lucia", "Manolo - Bar El Tapeo <bareltapeo.cadiz@gmail.com>", "2026-11-23 17:05", """\
Quillo Lucía, perdona la tardansa, que con el puente y la gente que ha venío no he parao.
Ya t'hise la transferensia esta mañana, 480 pavos, mira a ver si t'ha llegao.
Las cartas nuevas han quedao de lujo, la gente las fotografía y tó. Cuando bajes a Cai te invito a unas tortillitas de camarones y un fino.
Un abrazo mi arma
Manolo

Enviado desde mi Android
""", dict(step="reminder", inv="2026-046", amt="480,00 €", due="2026-11-15", sal="Estimados señores:", ago=2),
      style="none", ua="Android",
      L=dict(amount="480.00"),
      note="Andalusian (Cádiz) bar owner, phonetic spelling ('t'hise la transferensia', '480 pavos'). Paid.")

    C("client-reply-paid", "es", "javier", "Carmen Suárez de León <carmensuarezdeleon@telefonica.net>", "2026-12-10 12:15", """\
Muy señor mío:

Por medio de la presente le comunico que, con fecha 9 de diciembre del corriente, he ordenado en mi sucursal de CajaSiete de la calle Triana la transferencia por importe de TRESCIENTOS VEINTE EUROS (320,00 €) en concepto de pago de su factura número F26/121, correspondiente al reportaje fotográfico de la celebración de mis noventa años.

Aprovecho la ocasión para felicitarle por la calidad de las fotografías, que han sido muy celebradas por toda la familia, en especial el retrato con mis bisnietos.

Sin otro particular, reciba un atento saludo,

Carmen Suárez de León
""", dict(step="reminder", inv="F26/121", amt="320,00 €", due="2026-11-30", sal="Estimada D.ª Carmen Suárez de León:", ago=2),
      style="none", cs="iso-8859-1", tz="+0000",
      L=dict(amount="320.00", reference="F26/121"),
      note="Elderly lady, formal commercial-letter Spanish ('Muy señor mío', 'del corriente', amount in capitals). Paid yesterday.")

    C("client-reply-paid", "es", "javier", "Bazar Hong Kong <bazarhongkong.lp@hotmail.com>", "2027-01-19 10:40", """\
Hola señor Javier
yo ya pagar factura, ayer por banco, 350 euro. mi hija Li hacer la transferencia porque yo no saber bien internet. Si no llegar usted decir a mi.
gracias amigo, fotos muy bonitas para tienda
Wang
""", dict(step="reminder", inv="F27/003", amt="350,00 €", due="2027-01-15", sal="Estimados señores:", ago=1),
      style="outlook", midstyle="outlook", tz="+0000",
      L=dict(amount="350.00"),
      note="Chinese shop owner writing Spanish with infinitives ('yo ya pagar factura, ayer por banco').")

    C("client-reply-paid", "es", "lucia", "Ana Belén Ruiz <anabelen.ruiz@construccionesruiz.es>", "2026-12-15 10:02", """\


Ana Belén Ruiz Carrasco
Dpto. Administración
CONSTRUCCIONES RUIZ E HIJOS, S.L.
Avda. de la Constitución 45 · 28921 Alcorcón (Madrid)
Tel. 91 643 22 10

Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. De conformidad con el Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos personales serán tratados por CONSTRUCCIONES RUIZ E HIJOS, S.L. con la finalidad de mantener la relación comercial.
""", dict(step="reminder", inv="2026-052", amt="2.178,00 €", due="2026-12-05", sal="Estimados señores:", ago=2),
      subj="RE: Recordatorio: factura n.º 2026-052 pendiente -- PAGADA EL 14/12", style="none", fmt="alt", ua=OUTLOOK,
      midstyle="outlook", crlf=True,
      note="Answer only in the subject ('PAGADA EL 14/12'); body is just the automatic signature and the GDPR footer. No reference (number only in the subject).")

    C("client-reply-paid", "es", "nuria", "Jordi Puig <jordi@puigassessors.cat>", "2026-12-22 13:30", """\
Hola Nuria!

Ni un reintegro, ¿te lo puedes creer? Toda la oficina jugando el mismo número desde hace quince años y este año el Gordo cae en Sant Pol, a veinte kilómetros. Mi suegra dice que es una señal para que me jubile; yo creo que es una señal para que deje de hacerle caso a mi suegra.

Por cierto, la factura de la web ya os la pagó Montse el viernes, me lo ha confirmado esta mañana.

Que paséis unas buenas fiestas y nos vemos en enero para lo del blog.

Jordi

Puig Assessors · Carrer de Sant Pere 18, Mataró
""", dict(step="reminder", inv="NV26-49", amt="1.210,00 €", due="2026-12-10", sal="Estimados señores:", ago=2),
      style="gmail", fmt="alt",
      note="Christmas lottery small talk; one sentence: Montse paid the web invoice on Friday.")

    fw = """\
-----Mensaje original-----
De: BBVA <avisos@bbva.es>
Enviado: viernes, 8 de enero de 2027 18:22
Para: pedro@alcantarainteriorismo.com
Asunto: Justificante de transferencia

Transferencia realizada

Ordenante: ALCANTARA INTERIORISMO SL
Cuenta de cargo: ES12 0182 **** **** **** 4471
Beneficiario: LUCIA MARTIN GARCIA
IBAN beneficiario: ES91 2100 0418 4502 0005 1332
Importe: 968,00 EUR
Concepto: FRA 2026-049
Fecha de la orden: 08/01/2027
Tipo: transferencia SEPA ordinaria

Este correo se ha generado automáticamente. Por favor, no respondas a este mensaje."""
    C("client-reply-paid", "es", "lucia", "Pedro Alcántara <pedro@alcantarainteriorismo.com>", "2027-01-11 10:05", """\
Lucía, ahí va el justificante.

Saludos,
Pedro

""" + fw, dict(step="reminder", inv="2026-049", amt="968,00 €", due="2026-12-31", sal="Estimados señores:",
                sent="2027-01-07 09:05"),
      style="none", ua=OUTLOOK, midstyle="outlook",
      att=[("pdf", "Justificante_transferencia_08012027.pdf", "BBVA - Justificante de transferencia - 968,00 EUR")],
      L=dict(amount="968.00", reference="2026-049"),
      note="'Ahí va el justificante' + forwarded BBVA transfer confirmation and PDF. Amount and invoice number come from the forwarded receipt the client sends.")

    C("client-reply-paid", "es", "nuria", "Marta Soler <marta.soler@floristeriaflorsoler.com>", "2026-11-30 21:10", """\
Nuria, mil perdones, de verdad. Qué vergüenza. Tenía tu factura en la bandeja de "pendientes" desde octubre y con la campaña de Todos los Santos se me pasó por completo. No tengo excusa.

Ya está pagada, te he hecho la transferencia ahora mismo (la NV26-41, 605 €). Y gracias por la paciencia, de verdad, y por el recordatorio tan amable, otra me habría mandado a paseo.

Perdóname otra vez 🙏
Marta
""", dict(step="reminder", inv="NV26-41", amt="605,00 €", due="2026-11-15", sal="Estimados señores:", ago=4),
      style="gmail",
      L=dict(amount="605.00", reference="NV26-41"),
      note="Over-apologetic florist; paid just now.")

    C("client-reply-paid", "es", "nuria", "Sergi Camps <sergi.camps@gmail.com>", "2027-01-25 08:40", """\
Hola Nuria te escribo desde el coche con el manos libres así que perdona si sale algo raro la factura de diciembre ya está pagada la pagué ayer por Bizum al móvil que me pasaste no por transferencia coma que es lo que tenía a mano punto si hay algún problema me llamas vale un abrazo

Enviado desde mi iPhone
""", dict(step="reminder", inv="NV26-55", amt="290,00 €", due="2027-01-15", sal="Buenos días, Sergi Camps:", ago=3),
      style="apple", ua=IPHONE, midstyle="apple",
      note="Dictated in the car, run-on, 'coma'/'punto' spelled out; paid by Bizum yesterday.")

    C("client-reply-paid", "es", "javier", "Yeray Suárez <yeray.surfcamp@gmail.com>", "2027-02-04 13:12", """\
Hecho ✅

Enviado desde mi iPhone
""", dict(step="due", inv="F27/011", amt="275,00 €", due="2027-02-03", sal="Buenos días, Yeray Suárez:", ago=1),
      style="apple", ua=IPHONE, tz="+0000",
      note="One word and an emoji: 'Hecho ✅' = paid.")

    C("client-reply-paid", "es", "javier", "María José López <mjlopez1979@yahoo.es>", "2026-11-13 22:10", """\
Hola Javier, soy la madre de Álex Ramírez, el de la sesión de fotos para la orla de 2º de bachillerato del IES Tomás Morales.

Perdona, se me pasó por completo. Álex me dijo que le había llegado un correo pero ya sabes cómo son a esta edad, "ya te lo reenvío mamá" y pasaron dos semanas.

Te acabo de hacer un Bizum de 95 € con el concepto "orla Alex". Si necesitas que te mande el justificante me dices.

Un saludo y gracias,
María José
""", dict(step="reminder", inv="F26/117", amt="95,00 €", due="2026-11-05", sal="Buenos días, Álex Ramírez:",
          to="alexramirez.08@gmail.com", ago=4),
      subj="Re: Fwd: Recordatorio: factura n.º F26/117 pendiente", style="yahoo", tz="+0000",
      L=dict(amount="95.00"),
      note="A teenager's mother, answering the reminder her son forwarded, pays the yearbook session by Bizum. Yahoo quoting.")

    # ---- promise ----------------------------------------------------------------------------
    C("client-reply-promise", "es", "lucia", "Administración Grupo Almudena <administracion@grupoalmudena.es>",
      "2026-12-14 11:20", """\
Buenos días, Lucía:

Te resumo cómo están:

1. Factura 2026-051: la pagamos el día 28 en la remesa de fin de mes.
2. Factura 2026-055: todavía no ha pasado por la aprobación de dirección; en cuanto la firmen te digo.

Un saludo,
Rocío Benítez
Administración · Grupo Hostelero Almudena
""", dict(step="statement", sal="Estimados señores:", total="3.025,00 €",
          invoices=[("2026-051", "2026-10-15", "2026-11-14", "1.815,00 €"), ("2026-055", "2026-11-05", "2026-12-05", "1.210,00 €")],
          ago=1),
      style="outlook", ua=OUTLOOK, midstyle="outlook",
      L=dict(promised_date="2026-12-28"),
      note="List answer: one invoice paid on the 28th in the month-end run (promise), the other still awaiting approval.")

    C("client-reply-promise", "es", "javier", "TALLERES HERMANOS SANTANA <talleres.hnos.santana@gmail.com>",
      "2026-12-02 09:50", """\
YA TE DIJE POR TELEFONO QUE PAGO EL VIERNES!!! NO ME MANDES MAS CORREOS QUE ME LLENAS EL BUZON. EL VIERNES Y PUNTO.
PACO SANTANA
""", dict(step="reminder", inv="F26/119", amt="540,00 €", due="2026-11-25", sal="Estimados señores:", ago=1),
      style="none", tz="+0000",
      L=dict(promised_date="2026-12-04"),
      note="ALL CAPS, angry, but a promise: Friday (from Wednesday 2 December = 4 December).")

    C("client-reply-promise", "es", "javier", "Chano Rodríguez <chano.guachinche@gmail.com>", "2027-01-05 18:30", """\
Mi niño, ¿qué pasó? Ahorita mismo no puedo, que los Reyes me dejaron tieso y el guachinche en enero está más muerto que un lunes de carnaval.
Te lo ingreso el día 15 sin falta, palabra de mago.
Las fotos quedaron chulísimas, el de la web me dijo que parecían de revista, ¡fuerte fotógrafo estás hecho!
Un abrazo, cuídate
Chano
""", dict(step="reminder", inv="F26/140", amt="390,00 €", due="2026-12-28", sal="Buenos días, Chano Rodríguez:", ago=2),
      style="gmail", tz="+0000",
      L=dict(promised_date="2027-01-15"),
      note="Canarian voice ('mi niño', 'ahorita', 'guachinche', 'palabra de mago'): will pay on the 15th.")

    C("client-reply-promise", "es", "lucia", "Julián Herrero <jherrero1944@hotmail.com>", "2026-11-19 19:05", """\
Señorita Lucía:

No sé muy bien cómo funciona esto del correo, mi nieta Irene me lo ha puesto en el teléfono. Me ha dicho que tengo una factura suya sin pagar por las esquelas y los recordatorios del funeral de mi Pilar. Perdone usted, con todo lo que ha pasado no me he enterado de nada.

El martes voy al banco con Irene y lo arreglamos. ¿Tengo que llevar algún papel?

Muchas gracias por todo, quedaron muy bonitos.

Julián Herrero
""", dict(step="reminder", inv="2026-045", amt="145,20 €", due="2026-11-10", sal="Buenos días, Julián Herrero:", ago=3),
      style="outlook", midstyle="outlook",
      L=dict(promised_date="2026-11-24"),
      note="Elderly widower, unsure about email; will go to the bank on Tuesday with his granddaughter (from Thursday 19 Nov = 24 Nov). The question about papers does not change it.")

    C("client-reply-promise", "es", "nuria", "Ignacio Valverde <ivalverde@valverdelogistica.com>", "2027-01-13 17:40", """\
Estimada Nuria:

Como ya le indiqué en mi correo anterior (que por lo visto no llegó a leer), en Valverde Logística pagamos a 60 días fecha factura, tal y como figura en las condiciones que usted misma aceptó. Su factura entrará en la remesa del día 25 de enero, igual que la de todos nuestros proveedores.

Entiendo que su programa de recordatorios funciona de maravilla. Espero que con esto no sea necesario un cuarto.

Atentamente,

Ignacio Valverde
Director Financiero
Valverde Logística, S.A.
""", dict(step="late_fee", inv="NV26-53", amt="2.420,00 €", due="2026-12-20", sal="Estimados señores:", ago=1),
      style="outlook", fmt="alt", ua=OUTLOOK, midstyle="outlook",
      L=dict(promised_date="2027-01-25"),
      note="Passive-aggressive CFO; the content is a promise: 'entrará en la remesa del día 25 de enero'.")

    C("client-reply-promise", "es", "lucia", "Constantin Rusu <reformas.rusu@gmail.com>", "2027-02-08 08:15", """\
Buenos dias Lucia
perdon por tardanza, mi empresa tiene problema con el banco, cuenta bloqueada por cambio de administrador, ya sabes como son. Pagamos semana que viene seguro, cuando banco arregla todo.
Gracias por paciencia, el logo en furgonetas queda muy bien.
Constantin
Reformas Rusu SL
""", dict(step="reminder", inv="2027-003", amt="726,00 €", due="2027-01-31", sal="Estimados señores:", ago=3),
      style="gmail",
      note="Romanian builder writing Spanish without accents: 'pagamos semana que viene seguro' = promise, no date.")

    C("client-reply-promise", "es", "javier", "Gestoría Medina <administracion@gestoriamedina.es>", "2027-01-28 12:00", """\
Estimado Sr. Ortega:

Le escribe la gestoría de D. Ramón Quintana (Quintana Eventos), que nos ha remitido su recordatorio de pago de la factura F26/138.

Le comunicamos que nuestro cliente nos ha dado instrucciones de efectuar el pago antes del 15 de febrero, una vez resuelta la incidencia con su póliza de crédito.

Quedamos a su disposición para cualquier aclaración.

Atentamente,

Elena Medina
Gestoría Medina – Asesores fiscales, laborales y contables
C/ León y Castillo 214, 35005 Las Palmas de Gran Canaria

AVISO LEGAL: Este mensaje es confidencial y va dirigido exclusivamente a su destinatario. En cumplimiento del Reglamento (UE) 2016/679, le informamos de que sus datos forman parte de un fichero responsabilidad de Gestoría Medina, S.L.P. Puede ejercer sus derechos en lopd@gestoriamedina.es.
""", dict(step="late_fee", inv="F26/138", amt="1.650,00 €", due="2026-12-31", sal="Estimados señores:", ago=2),
      style="outlook", fmt="alt", ua=OUTLOOK, midstyle="outlook", tz="+0000",
      L=dict(promised_date="2027-02-15", reference="F26/138"),
      note="The client's tax adviser writes: payment before 15 February.")

    C("client-reply-promise", "es", "lucia", "Rafa Moreno <rafa@morenoyasociados.es>", "2026-12-09 10:12", """\
Lucía, ¿viste el partido del domingo? Tres goles en la segunda parte, mi Betis cuando quiere es un equipazo y cuando no quiere... bueno, ya lo sabes. Mi cuñado del Sevilla no ha vuelto a escribir en el grupo familiar desde entonces, y eso para mí ya vale más que la Copa.

Oye, lo de la factura: este mes vamos muy justos con las pagas extra que se vienen, te la pago a final de mes, ¿vale? Que no se me olvida.

Y dime algo de los bocetos de la memoria anual, que Carlos está nervioso.

Un abrazo
Rafa
""", dict(step="reminder", inv="2026-050", amt="1.089,00 €", due="2026-11-30", sal="Estimados señores:", ago=1),
      style="gmail",
      L=dict(promised_date="2026-12-31"),
      note="Football small talk (Betis-Sevilla); one sentence: 'te la pago a final de mes' = 31 December.")

    C("client-reply-promise", "es", "nuria", "Álvaro Gil <alvaro.gil@gilarquitectos.es>", "2026-12-17 19:20", """\
Nuria hola te dicto desde el coche que voy a Tarragona hoy no puedo que el token del banco lo tengo en la oficina pero mañana a primera hora te hago la transferencia sin falta vale gracias

Enviado desde mi iPhone
""", dict(step="due", inv="NV26-51", amt="1.573,00 €", due="2026-12-15", sal="Estimados señores:", ago=1),
      style="apple", ua=IPHONE, midstyle="apple",
      L=dict(promised_date="2026-12-18"),
      note="Dictated in the car: not today, tomorrow morning = 18 December.")

    C("client-reply-promise", "es", "javier", "Noelia Cabrera <noe.cabrera.makeup@gmail.com>", "2027-02-03 11:30", """\
Ay Javier, lo siento muchísimo 😔 De verdad que me sabe fatal, con lo bien que te portaste en la sesión y lo rápido que me mandaste todo.

Enero ha sido horroroso, se me estropeó el coche y entre una cosa y otra voy con el agua al cuello. Te lo pago a final de mes cuando cobre lo de las bodas de San Valentín, te lo prometo.

Perdona, perdona, perdona.
Noe
""", dict(step="reminder", inv="F27/006", amt="230,00 €", due="2027-01-25", sal="Buenos días, Noelia Cabrera:", ago=2),
      style="gmail", tz="+0000",
      L=dict(promised_date="2027-02-28"),
      note="Over-apologetic make-up artist: end of the month = 28 February 2027.")

    C("client-reply-promise", "es", "lucia", "Beatriz Ortiz <beatriz@ortizpeluqueros.com>", "2027-01-20 09:45", """\
Hola Lucía, te soy sincera: antes del 28 no puedo, que es cuando me entran los cobros de los bonos de Navidad. El 28 te lo pago seguro.

Un beso,
Bea

Ortiz Peluqueros · Calle Ponzano 31 · Madrid
""", dict(step="reminder", inv="2027-001", amt="363,00 €", due="2027-01-15", sal="Estimados señores:", ago=2),
      style="gmail",
      L=dict(promised_date="2027-01-28"),
      note="'Antes del 28 no puedo ... el 28 te lo pago seguro' = promise for 28 January.")

    C("client-reply-promise", "es", "nuria", "Fernando Arias <fernando.arias.p@gmail.com>", "2026-12-28 20:30", """\
Hola Nuria:

Soy el padre de Hugo Arias. Hugo tiene 16 años y, por lo visto, te encargó una web para su marca de camisetas sin decirnos nada a su madre ni a mí. Nos hemos enterado por tu recordatorio, que le llegó a él y que nos ha enseñado con cara de funeral.

No te preocupes, lo vamos a pagar, que el trabajo está hecho y la web es muy chula. Pero te pediría hacerlo en dos veces: la mitad ahora en enero y la otra mitad en febrero, si te parece bien. Hugo pondrá una parte de sus ahorros, que para algo es el empresario.

Un saludo y perdona el lío,
Fernando Arias
""", dict(step="reminder", inv="NV26-56", amt="480,00 €", due="2026-12-20", sal="Buenos días, Hugo Arias:",
          to="hugo.arias.skate@gmail.com", ago=4),
      subj="Re: Fwd: Recordatorio: factura n.º NV26-56 pendiente", style="gmail",
      note="A teenager's father: will pay, in two instalments (January and February). Promise without a date; asking for instalments is not a dispute.")

    # ---- dispute ----------------------------------------------------------------------------
    C("client-reply-dispute", "es", "javier", "Parroquia Ntra. Sra. de la Candelaria <parroquiacandelaria.arucas@gmail.com>",
      "2026-11-26 12:40", """\
Estimado Javier:

Paz y bien. Ante todo, gracias por el reportaje de las Primeras Comuniones; las familias han quedado muy contentas y la foto de la procesión con el Santísimo la hemos puesto en el tablón de la entrada.

Sin embargo, debo comentarle algo con toda franqueza: el presupuesto que acordamos con el consejo parroquial de economía era de 600 euros, y la factura que nos llega es de 850. Entiendo que se han añadido las copias en papel, pero esas las encargaron y las pagaron directamente las familias, no la parroquia.

La parroquia vive de los donativos de los fieles y no puedo presentar al consejo una factura distinta de lo aprobado. Le ruego que la revise y nos envíe una nueva por el importe acordado.

Un abrazo en el Señor,

P. Antonio Hernández Suárez
Párroco
Parroquia Nuestra Señora de la Candelaria – Arucas
""", dict(step="due", inv="F26/120", amt="850,00 €", due="2026-11-25", sal="Estimados señores:", ago=1),
      style="gmail", tz="+0000",
      L=dict(amount="600.00"),
      note="Parish priest, gentle tone, but contests the amount (600 agreed, 850 invoiced) and asks for a new invoice for the agreed amount = dispute.")

    C("client-reply-dispute", "es", "lucia", "Fernando Castellanos <fcastellanos@castellanosabogados.es>", "2027-01-26 13:15", """\
Muy Sra. mía:

Actúo en nombre y representación de RESTAURACIONES ÁBSIDE, S.L., y me dirijo a usted en relación con su requerimiento de pago de fecha 19 de enero de 2027, referido a la factura n.º 2026-058.

Por medio del presente le comunico que mi representada rechaza el pago de la citada factura, por cuanto los trabajos de identidad corporativa facturados no se ajustaron al encargo: no se entregaron los manuales de marca ni los archivos editables acordados en la propuesta de 15 de septiembre de 2026, y el logotipo finalmente entregado no fue aprobado por la dirección de la empresa.

No obstante, y con el ánimo de evitar un procedimiento judicial, mi representada está dispuesta a mantener una reunión para explorar una solución negociada, a los efectos de la Ley Orgánica 1/2025.

Atentamente,

Fernando Castellanos Prieto
Abogado · Colegiado ICAM n.º 84.213
Castellanos Abogados
C/ Velázquez 57, 3.º izda. · 28001 Madrid

La información contenida en este correo electrónico es confidencial y está sujeta a secreto profesional. Si usted no es el destinatario, le rogamos que lo comunique al remitente y proceda a su eliminación.
""", dict(step="final", inv="2026-058", amt="3.146,00 €", due="2026-12-15", issue="2026-11-15",
          sal="Estimados señores:", client="Restauraciones Ábside, S.L.", sent="2027-01-19 09:30", deadline="2027-02-02"),
      style="outlook", fmt="alt", ua=OUTLOOK, midstyle="outlook",
      L=dict(reference="2026-058"),
      note="Lawyer's letter refusing payment (work not as agreed) with an offer to negotiate = dispute.")

    C("client-reply-dispute", "es", "javier", "FERRETERIA EL PUERTO <ferreteriaelpuerto@gmail.com>", "2026-12-03 08:35", """\
ESTA FACTURA ESTA MAL!!!! ME HAS PUESTO IVA DEL 21% Y AQUI EN CANARIAS ES IGIC, ESTAMOS EN LAS PALMAS NO EN MADRID!!! MI GESTOR DICE QUE ASI NO LA PUEDO CONTABILIZAR. HAZLA BIEN Y ENTONCES PAGO.
JUAN CARLOS
""", dict(step="due", inv="F26/122", amt="423,50 €", due="2026-12-02", sal="Estimados señores:", ago=1),
      style="none", tz="+0000",
      note="ALL CAPS: the invoice charges Spanish VAT instead of the Canary Islands IGIC; wrong amount, will pay only a corrected one = dispute.")

    C("client-reply-dispute", "es", "nuria", "Cristina Ferrer <cferrer@ferrerbotiga.cat>", "2026-12-18 16:25", """\
Hola Nuria,

Entiendo perfectamente que, para ti, el proyecto está terminado. Para nosotros, una tienda online que no carga en el móvil y en la que el botón de pagar a veces lleva a una página en blanco no lo está, pero seguro que es una cuestión de perspectiva.

Cuando la web funcione como acordamos, con mucho gusto hablaremos de la factura NV26-52.

Un saludo,
Cristina
""", dict(step="reminder", inv="NV26-52", amt="2.904,00 €", due="2026-12-10", sal="Estimados señores:", ago=2),
      style="gmail", fmt="alt",
      L=dict(reference="NV26-52"),
      note="Passive-aggressive: the shop doesn't work, will discuss the invoice once it does = dispute.")

    C("client-reply-dispute", "es", "nuria", "Sabine Krüger <s.krueger@kruegerreisen.de>", "2027-01-14 10:00", """\
Hola Nuria,

gracias por tu correo. En la factura NV26-58 están 40 horas, pero nosotros hemos acordado 30 horas como máximo, está en tu oferta de octubre. Las 10 horas más no las hemos pedido.

Por favor, haz una factura nueva con 30 horas, entonces pagamos inmediatamente.

Muchos saludos
Sabine Krüger
Krüger Reisen GmbH – Abteilung Marketing
""", dict(step="due", inv="NV26-58", amt="2.400,00 €", due="2027-01-12", sal="Estimados señores:", ago=2),
      style="outlook", loc="de", ua=OUTLOOK, midstyle="outlook",
      L=dict(reference="NV26-58"),
      note="German writing Spanish, German Outlook quote header (Von/Gesendet/An/Betreff): 40 hours billed, 30 agreed = dispute.")

    C("client-reply-dispute", "es", "lucia", "Casa Manoliño <casamanolino@gmail.com>", "2026-11-11 16:50", """\
Boas Lucía!

Oye, mira una cosa, que me parece que me has cobrado dos veces lo de las cartas de los postres. Esto ya me lo facturaste en septiembre en la 2026-038 y lo pagamos, que lo tengo aquí apuntado en la libreta. Y ahora me vuelve a venir en la 2026-044.

Míralo, anda, que yo no pago dos veces lo mismo, ho.

Unha aperta
Manolo
""", dict(step="due", inv="2026-044", amt="242,00 €", due="2026-11-10", sal="Estimados señores:", ago=1),
      style="gmail",
      L=dict(reference="2026-044"),
      note="Galician restaurant owner ('Boas', 'unha aperta', 'ho'): the same work was already billed and paid in 2026-038 = dispute of 2026-044.")

    C("client-reply-dispute", "es", "javier", "Sandra Betancor <sandrabetancor.eventos@gmail.com>", "2027-01-08 12:10", """\
Hola Javier,

Te he pagado 300 de los 500 esta mañana. El resto te lo pago cuando me mandes las fotos en alta resolución que faltan (las del cóctel y las de la tarta), que te las pedí el 20 de diciembre y todavía nada. Sin ellas no puedo entregar el álbum a los novios.

Gracias
Sandra
""", dict(step="reminder", inv="F26/136", amt="500,00 €", due="2026-12-30", sal="Buenos días, Sandra Betancor:", ago=2),
      style="gmail", tz="+0000",
      L=dict(amount="300.00"),
      note="Partial payment (300 of 500) and the rest withheld until missing photos arrive = dispute.")

    C("client-reply-dispute", "es", "lucia", "Irene Calvo <marketing@riberaalta.es>", "2027-02-10 17:05", """\
Hola Lucía:

Revisando la factura 2027-006 antes de pasarla a pago, vemos varias cosas:

1) Los banners para redes no se llegaron a hacer (los cancelamos en la reunión del 12 de enero).
2) El logo ha tenido 3 rondas de revisiones, no 5.
3) El precio por hora no es el de la propuesta (45 €, no 55 €).

Así no la podemos aprobar. ¿Nos mandas una rectificativa?

Un saludo,
Irene Calvo
Marketing · Bodegas Ribera Alta
""", dict(step="due", inv="2027-006", amt="2.783,00 €", due="2027-02-09", sal="Estimados señores:", ago=1),
      style="outlook", fmt="alt", ua=OUTLOOK, midstyle="outlook",
      L=dict(reference="2027-006"),
      note="Numbered objections; asks for a corrective invoice = dispute.")

    C("client-reply-dispute", "es", "nuria", "Remedios Navarro <remedios.navarro@telefonica.net>", "2026-11-05 17:30", """\
Buenas tardes:

Me ha llegado a mi correo una factura de 750 euros por una página web. Yo no he encargado ninguna página web, tengo 79 años y no sé ni lo que es eso. Esto lo encargó mi yerno para su negocio de aire acondicionado, y puso mi nombre porque dice que así le salía mejor con Hacienda, cosa que no entiendo.

Yo no voy a pagar esto. Hágale la factura a él, que se llama Enrique Soto, y háblelo con él.

Atentamente
Remedios Navarro
""", dict(step="invoice", inv="NV26-44", amt="750,00 €", due="2026-11-30", what="el diseño y desarrollo de la página web",
          sal="Buenos días, Remedios Navarro:", ago=3),
      style="none", cs="iso-8859-1",
      note="Elderly woman refuses to pay: she never ordered the website, her son-in-law did = dispute.")

    C("client-reply-dispute", "es", "javier", "Ruth y Daniel <ruthydaniel.boda@gmail.com>", "2027-01-04 20:20", """\
¡Feliz año, Javier!

Esperamos que hayas empezado bien el 2027. Nosotros pasamos el fin de año en La Graciosa con la familia de Dani, sin cobertura y con viento de narices, pero precioso. Ya estamos contando los meses para la boda, ¡la madre de Ruth ya tiene hasta el vestido!

Una cosa sobre la factura de la preboda: 900 euros por dos horas de fotos nos parece muchísimo. Cuando hablamos en septiembre nos dijiste 600 con el vídeo corto incluido, y el vídeo todavía no lo tenemos. ¿Lo revisas y nos dices? Así no la podemos pagar.

Un abrazo enorme,
Ruth y Dani
""", dict(step="reminder", inv="F26/133", amt="900,00 €", due="2026-12-20", sal="Buenos días, Ruth Déniz:", ago=4),
      style="gmail", fmt="alt", tz="+0000",
      note="New Year small talk, then: 900 for two hours is not what was agreed (600 with a video not yet delivered) = dispute.")

    # ---- other ------------------------------------------------------------------------------
    C("client-reply-other", "es", "lucia", "Chen Wei <chenwei.alimentacion@gmail.com>", "2026-12-01 12:30", """\
Hola Lucía
yo no sé cuál factura es esta. Nosotros hicimos cartel de la tienda y también tarjetas. ¿Esta es de cartel o de tarjetas? Tú decir por favor y yo mirar con mi sobrino que lleva papeles.
Gracias
Chen
""", dict(step="due", inv="2026-048", amt="217,80 €", due="2026-11-30", sal="Buenos días, Chen Wei:", ago=1),
      style="gmail",
      note="Chinese shop owner writing Spanish asks which job the invoice is for. Question = other.")

    C("client-reply-other", "es", "nuria", "Toni Bosch <toni@boschfusteria.cat>", "2026-12-04 08:50", """\
Paco, te lo reenvío, ¿lo miras tú? Creo que esta no la tenías.
Nuria, te pongo en copia para que lo sepas.

Toni

Fusteria Bosch · Vic
""", dict(step="due", inv="NV26-47", amt="968,00 €", due="2026-12-03", sal="Estimados señores:", ago=1),
      to="Paco Llobet <paco@gestoriallobet.cat>", cc="Nuria Vidal <nuria@nuriavidal.cat>", style="outlook", re="RV: ",
      ua=OUTLOOK, midstyle="outlook",
      note="Reply-all handing the reminder to the client's accountant, the freelancer only in Cc. Other.")

    C("client-reply-other", "es", "javier", "Aurelio Peña Guerra <aureliopena@telefonica.net>", "2026-12-14 11:00", """\
Muy Sr. mío:

Acuso recibo de su atento escrito de fecha 11 del corriente, cuyo contenido he trasladado a mi hijo Sergio, que es quien lleva estos asuntos desde que me operaron de la vista.

Atentamente,

Aurelio Peña Guerra
""", dict(step="courtesy", inv="F26/128", amt="260,00 €", due="2026-12-20", issue="2026-11-20",
          sal="Estimado D. Aurelio Peña Guerra:", sent="2026-12-11 09:00"),
      style="none", cs="windows-1252", tz="+0000",
      note="Elderly, formal acknowledgement of receipt ('acuso recibo de su atento escrito'), passed to his son. Other.")

    C("client-reply-other", "es", "lucia", "Administración Clínica Dental Sonríe <administracion@clinicasonrie.es>",
      "2027-01-21 13:40", """\
Hola Lucía:

¿Habéis cambiado de cuenta? Ayer nos llegó un correo a tu nombre con otro IBAN (de un banco de Lituania) pidiendo que pagáramos ahí las facturas pendientes. Nos parece raro, así que antes de pagar nada confírmanos por teléfono, por favor: 91 554 30 12, pregunta por Elena.

Gracias,
Elena Sanz
Administración · Clínica Dental Sonríe
""", dict(step="reminder", inv="2026-057", amt="1.331,00 €", due="2027-01-10", sal="Estimados señores:", ago=3),
      style="gmail", fmt="alt",
      note="Suspected bank-details fraud: asks to confirm the IBAN before paying. Question = other.")

    C("client-reply-other", "es", "nuria", "Compras - Hotel Miramar Sitges <compras@hotelmiramarsitges.com>",
      "2026-11-24 10:15", """\
Buenos días,

Para poder tramitar la factura necesitamos que incluya nuestro número de pedido (PO-2026-1187) y que se envíe a facturas@hotelmiramarsitges.com, no a este buzón. Sin el número de pedido el sistema la rechaza automáticamente.

Gracias.

Departamento de Compras
Hotel Miramar Sitges ****
""", dict(step="courtesy", inv="NV26-45", amt="1.815,00 €", due="2026-11-30", issue="2026-10-31", sal="Estimados señores:",
          ago=1),
      style="outlook", fmt="html", ua=OUTLOOK, midstyle="outlook",
      note="Purchase order number required and a different address for invoices. Other. HTML-only.")

    C("client-reply-other", "es", "javier", "Ángeles Díaz <angelesdiaz.fm@gmail.com>", "2026-12-09 18:45", """\
Hola Javier:

¿Podrías hacer la factura a mi nombre en vez de al de mi hija? Es menor (tiene 15 años) y a mi gestor así no le vale para nada. Te paso mis datos:

Ángeles Díaz Falcón
DNI 42.817.XXX-J
C/ Pérez Galdós 22, 2.º B
35002 Las Palmas de Gran Canaria

Muchas gracias, las fotos del book de baile son preciosas, Carla está feliz.

Ángeles
""", dict(step="invoice", inv="F26/126", amt="160,00 €", due="2026-12-20", what="la sesión de fotos (book de baile)",
          sal="Buenos días, Carla Medina:", ago=2, to="carla.medina.baile@gmail.com"),
      subj="Re: Fwd: Factura n.º F26/126", style="gmail", tz="+0000",
      note="A teenager's mother asks for the invoice to be reissued in her name. Other.")

    C("client-reply-other", "es", "lucia", "Marcos Gallego <marcos@gallegotransportes.es>", "2026-12-02 15:55", """\
Lucía llámame cuando puedas que tengo una duda con la factura de los vinilos de los camiones estoy conduciendo hasta las seis más o menos

Enviado desde mi iPhone
""", dict(step="due", inv="2026-053", amt="1.694,00 €", due="2026-12-01", sal="Estimados señores:", ago=1),
      style="apple", ua=IPHONE, midstyle="apple",
      note="Dictated while driving: asks for a call about a doubt on the invoice. Other.")

    C("client-reply-other", "es", "nuria", "Laia Roca <laia.roca@icloud.com>", "2027-02-15 09:30", """\
Recibido 🙏

Enviado desde mi iPhone
""", dict(step="courtesy", inv="NV27-06", amt="350,00 €", due="2027-02-20", issue="2027-01-21", sal="Buenos días, Laia Roca:", ago=1),
      style="apple", ua=IPHONE, midstyle="apple",
      note="One word and an emoji acknowledging a courtesy note. Other.")

    C("client-reply-other", "es", "javier", "Airam Cabrera <airam@cabreraproducciones.es>", "2027-01-27 12:20", """\
¡Buenas, Javier!

Aquí seguimos con la calima, que no se ve ni el Teide desde Agaete y tengo el coche color galleta. Dicen que el fin de semana cambia, ojalá, porque tenemos los ensayos de la murga en la calle.

Te escribo porque este año nos han dado el concurso de murgas del Carnaval de Las Palmas y nos hace falta fotógrafo para las cuatro noches de fase, del 10 al 13 de febrero. ¿Tienes libres esas fechas? Si me pasas presupuesto antes del viernes lo llevo a la reunión con el Ayuntamiento.

Un abrazo, ¡y que viva el Carnaval!
Airam
""", dict(step="courtesy", inv="F27/008", amt="480,00 €", due="2027-02-01", issue="2027-01-02",
          sal="Estimados señores:", ago=2),
      style="gmail", fmt="alt", tz="+0000",
      note="Replies to a courtesy reminder talking about the calima and asking a quote for Carnival; nothing about the invoice. Other.")

    C("client-reply-other", "es", "lucia", "Paloma Iglesias <paloma.iglesias@hotmail.com>", "2026-11-26 20:05", """\
Hola Lucía, perdona que te moleste otra vez, de verdad, qué pesada soy... no encuentro la factura, ¿me la reenvías en PDF? Es que la que tengo se abre en blanco en el móvil y en el ordenador del trabajo no me deja abrir adjuntos. Lo siento muchísimo, y mil gracias.

Paloma
""", dict(step="reminder", inv="2026-043", amt="302,50 €", due="2026-11-15", sal="Buenos días, Paloma Iglesias:", ago=2),
      style="outlook", midstyle="outlook",
      note="Over-apologetic request to resend the PDF. Other.")

    C("client-reply-other", "es", "javier", "Ayuntamiento de Teror – Intervención <intervencion@teror.es>", "2026-11-18 09:10", """\
Estimado proveedor:

En relación con su factura F26/115, correspondiente al reportaje fotográfico de las Fiestas del Pino, le recordamos que, de conformidad con la Ley 25/2013, las facturas dirigidas a esta Administración deben presentarse a través del Punto General de Entrada de Facturas Electrónicas (FACe), indicando los códigos DIR3:

Oficina contable: L01350264
Órgano gestor: L01350264
Unidad tramitadora: L01350264

La factura remitida por correo electrónico no puede ser tramitada. Una vez registrada en FACe, seguirá el procedimiento ordinario de conformidad y pago.

Atentamente,

Servicio de Intervención
Ayuntamiento de la Villa de Teror
""", dict(step="due", inv="F26/115", amt="1.200,00 €", due="2026-11-15", sal="Estimados señores:", ago=2),
      style="outlook", ua=OUTLOOK, midstyle="outlook", tz="+0000",
      L=dict(reference="F26/115"),
      note="Town hall bureaucratic voice: the invoice must be submitted through FACe with DIR3 codes; it cannot be processed by email. A procedural request, not a dispute of the amount = other.")


# =============================================================================================
# ENGLISH
# =============================================================================================
def english():
    # ---- paid -------------------------------------------------------------------------------
    C("client-reply-paid", "en", "tom", "Giancarlo Pezzotta <g.pezzotta@pezzottamacchine.it>", "2026-12-14 10:30", """\
Dear Tom,

I write you for inform that we have done the payment of the invoice 092 the last friday, 1.850 euro, with bank transfer from Banca Intesa. Please let me know if it is arrive, sometimes with the foreign bank there is some days of delay.

We are very satisfied of the new brochure, compliments also to your collaborators.

Best regards
Giancarlo Pezzotta
Pezzotta Macchine Agricole S.r.l.
Via Bergamo 88 – 24047 Treviglio (BG) – Italy
""", dict(step="reminder", inv="INV-2026-092", amt="€1,850.00", due="2026-12-01", sal="Dear Accounts Team,", ago=3),
      tz="+0100", style="outlook", loc="it", ua=OUTLOOK, midstyle="outlook",
      L=dict(amount="1850.00", reference="INV-2026-092"),
      note="Italian writing English ('I write you for inform', '1.850 euro' with an Italian thousands dot, 'invoice 092'); Italian Outlook quote header.")

    C("client-reply-paid", "en", "sarah", "Reginald Hollingworth <rhollingworth@btinternet.com>", "2026-12-08 15:20", """\
Dear Mrs Whitfield,

I write further to your email of the 1st inst. regarding your account for the preparation of my late wife's obituary notice and the order of service.

I have today posted to you, by first class mail, a cheque in the sum of £240.00 drawn on Lloyds Bank, in full settlement of the same. I trust this will reach you in good time. I do not hold with paying by computer.

May I take this opportunity to thank you once again for your kindness and care at a difficult time. A great many people remarked on the words.

Yours sincerely,

Reginald Hollingworth
""", dict(step="reminder", inv="SW-0151", amt="£240.00", due="2026-11-25", sal="Dear Reginald Hollingworth,",
          sent="2026-12-01 09:00"),
      style="none", ua="BT Mail",
      L=dict(amount="240.00", currency="GBP"),
      note="Elderly widower, old-fashioned commercial English ('1st inst.', 'in the sum of'): a cheque posted today = paid.")

    C("client-reply-paid", "en", "dan", "Mike Delgado <mike@thelatenightpod.com>", "2026-11-20 08:40", """\
Hey Dan it's Mike I'm driving so I'm dictating this the invoice for the podcast mix is paid went out this morning on Zelle period talk soon about season 3 thanks man

Sent from my iPhone
""", dict(step="reminder", inv="KA-1044", amt="$1,250.00", due="2026-11-15", sal="Dear Mike Delgado,", ago=2),
      style="apple", loc="en-us", ua=IPHONE, midstyle="apple",
      note="Voice dictation, no punctuation, 'period' spelled out: paid by Zelle this morning.")

    C("client-reply-paid", "en", "tom", "Niamh Kelly <niamh@kellysbakery.ie>", "2027-01-22 12:40", """\
Sorted 👍

Sent from my iPhone
""", dict(step="reminder", inv="INV-2027-004", amt="€410.00", due="2027-01-15", sal="Dear Niamh Kelly,", ago=2),
      style="apple", ua=IPHONE, midstyle="apple",
      note="One word and an emoji: 'Sorted' = paid.")

    C("client-reply-paid", "en", "sarah", "Harriet Lowe <harriet@lowe-ceramics.co.uk>", "2027-02-05 16:50", """\
Oh Sarah, I am SO sorry. I genuinely thought I'd paid this in January, and it turns out it's been sitting in "pending approval" in my banking app for three weeks because I never pressed the final button. Mortifying.

It's gone now – £1,150 – and should be with you by Monday at the latest.

Thank you for being so gracious about it, and apologies again. I'll buy the coffee next time, and probably the cake too.

Harriet x
""", dict(step="late_fee", inv="SW-0162", amt="£1,150.00", due="2027-01-10", sal="Dear Harriet Lowe,", ago=2),
      style="gmail", fmt="alt",
      L=dict(amount="1150.00", currency="GBP"),
      note="Over-apologetic; 'It's gone now' = paid. 'should be with you by Monday' is not a promise.")

    C("client-reply-paid", "en", "tom", "Ciarán Walsh <ciaran.walsh@walshhotels.ie>", "2026-12-07 11:05", """\
Morning Tom,

Hope you survived the weekend – Storm Bram took the roof off the bike shed here in Westport and we were on the generator from Saturday night until this morning, so I'm only catching up on emails now. The Christmas party bookings are through the roof regardless, the west of Ireland doesn't let a bit of wind stop it.

Accounts tell me your invoice went out in Friday's payment run, so you should have it by now. Let me know if not.

Talk soon about the spring brochure,
Ciarán

Ciarán Walsh | General Manager
Walsh Hotels Group | Westport, Co. Mayo

This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Walsh Hotels Group Ltd, registered in Ireland No. 512377.
""", dict(step="reminder", inv="INV-2026-099", amt="€2,460.00", due="2026-11-30", sal="Dear Accounts Team,", ago=3),
      style="outlook", fmt="alt", ua=OUTLOOK, midstyle="outlook",
      note="Storm small talk; the one sentence: 'your invoice went out in Friday's payment run' = paid.")

    C("client-reply-paid", "en", "dan", "Jen Mazur <jenmazur.home@gmail.com>", "2026-12-13 21:15", """\
Hi Dan,

This is Jen, Tyler's mom. Tyler showed me your email (after I asked him three times whether he'd paid you, and he said "I thought you were doing it"). Teenagers!

I Venmo'd you the $350 for the recording session last night – it should show up as from Jennifer Mazur.

He hasn't stopped playing the demo in the car, so thank you. My ears are less grateful.

Jen
""", dict(step="reminder", inv="KA-1049", amt="$350.00", due="2026-12-05", sal="Dear Tyler Mazur,", to="tylerm.drums@gmail.com",
          ago=3),
      subj="Re: Fwd: Reminder: invoice KA-1049", style="gmail", loc="en-us",
      L=dict(amount="350.00", currency="USD"),
      note="A teenager's mother paid by Venmo last night.")

    fw = """\
-----Original Message-----
From: Accounts Payable <ap@northfieldhomes.co.uk>
Sent: 26 November 2026 16:41
To: Ben Carter <ben.carter@northfieldhomes.co.uk>
Subject: RE: Invoice SW-0153 - Sarah Whitfield Copywriting

Hi Ben,

This was paid by BACS on 24/11/2026, £2,400.00, ref NORTHFIELD 004412.

Kind regards
AP Team
Northfield Homes Ltd"""
    C("client-reply-paid", "en", "sarah", "Ben Carter <ben.carter@northfieldhomes.co.uk>", "2026-11-27 14:00", """\
Hi Sarah,

See below from our AP team – hopefully that's everything.

Ben

""" + fw, dict(step="reminder", inv="SW-0153", amt="£2,400.00", due="2026-11-20", sal="Dear Accounts Team,", ago=2),
      style="none", ua=OUTLOOK, midstyle="outlook", crlf=True,
      L=dict(amount="2400.00", currency="GBP"),
      note="Client forwards the AP team's confirmation ('paid by BACS on 24/11'). The sender's own line is just 'see below'.")

    C("client-reply-paid", "en", "tom", "\"Declan @ The Salty Dog\" <declan@thesaltydog.ie>", "2027-01-06 11:20", """\
Howya Tom,

Sorry for the delay, it was absolutely mental here over Christmas, we were run off our feet and I haven't looked at an email since the 20th.

Sent it there this morning, €780, should be with you tomorrow or Friday. Grand job on the menus by the way, the lads love them and nobody's spilled anything on the new ones yet.

Call in for a pint when you're down this way.

Declan
""", dict(step="reminder", inv="INV-2026-107", amt="€780.00", due="2026-12-20", sal="Dear Accounts Team,", ago=10),
      style="gmail",
      L=dict(amount="780.00"),
      note="Irish pub owner, Hiberno-English ('Sent it there this morning' = I've just sent it).")

    C("client-reply-paid", "en", "tom", "\"Aoife - Accounts, Murphy & Daly\" <accounts@murphydaly.ie>", "2026-12-10 12:00", """\
Hi Tom,

Re your statement:

1. INV-2026-101 – paid 4 December (EFT)
2. INV-2026-104 – paid today, should clear tomorrow

Let me know if anything else is outstanding on your side.

Regards,
Aoife
Accounts Dept
Murphy & Daly Solicitors
""", dict(step="statement", sal="Dear Accounts Team,", total="€3,075.00",
          invoices=[("INV-2026-101", "2026-10-15", "2026-11-14", "€1,845.00"), ("INV-2026-104", "2026-11-02", "2026-12-02", "€1,230.00")],
          ago=1),
      style="outlook", ua=OUTLOOK, midstyle="outlook",
      note="Numbered list: both invoices of the statement are paid. No single reference.")

    C("client-reply-paid", "en", "dan", "Rebecca Stone <rstone@stoneandfield.com>", "2026-12-15 16:30", """\
Dan,

As I have now explained twice, invoice KA-1047 was paid on December 2nd. By ACH. To the account on your invoice. I'd appreciate it if you checked your records before your system sends me another "friendly reminder."

Thanks so much.

Rebecca
""", dict(step="reminder", inv="KA-1047", amt="$2,100.00", due="2026-11-30", sal="Dear Accounts Team,", ago=1),
      style="outlook", loc="en-us", ua=OUTLOOK, midstyle="outlook",
      L=dict(reference="KA-1047"),
      note="Passive-aggressive ('Thanks so much.'): states it was paid on 2 December.")

    # ---- promise ----------------------------------------------------------------------------
    C("client-reply-promise", "en", "tom", "Gary Doyle <gary@doyleplumbing.ie>", "2026-12-01 19:40", """\
Sent from my iPhone
""", dict(step="reminder", inv="INV-2026-088", amt="€640.00", due="2026-11-20", sal="Dear Gary Doyle,", ago=1),
      subj="Re: Reminder: invoice INV-2026-088 - will pay fri", style="apple", ua=IPHONE, midstyle="apple",
      L=dict(promised_date="2026-12-04"),
      note="The answer is only in the subject ('will pay fri'); the body is empty apart from the phone signature and the quote. Tuesday 1 Dec -> Friday 4 Dec.")

    C("client-reply-promise", "en", "sarah", "Terry Banks <terry@banksroofing.co.uk>", "2027-01-07 07:10", """\
I HAVE TOLD YOU THREE TIMES NOW. YOU WILL GET YOUR MONEY ON THE 15TH WHEN MY CUSTOMERS PAY ME. STOP EMAILING ME EVERY FIVE MINUTES.

TERRY
""", dict(step="late_fee", inv="SW-0156", amt="£480.00", due="2026-12-15", sal="Dear Terry Banks,", ago=1),
      style="none",
      L=dict(promised_date="2027-01-15"),
      note="ALL CAPS fury, but a dated promise: on the 15th.")

    C("client-reply-promise", "en", "dan", "Lucy Chen <goldenlotus.bakery@gmail.com>", "2027-02-01 15:25", """\
Hello Dan,

Sorry sorry. My shop is very busy for lunar new year, no time for paperwork, my husband do the bank. I pay you after 10th February sure, when new year is finish.

Thank you for the radio ad, many customer hear it!

Lucy
Golden Lotus Bakery
""", dict(step="reminder", inv="KA-1060", amt="$600.00", due="2027-01-25", sal="Dear Accounts Team,", ago=3),
      style="gmail", loc="en-us",
      note="Chinese bakery owner writing English: 'I pay you after 10th February' = promise, but 'after the 10th' gives no date.")

    C("client-reply-promise", "en", "sarah", "Margaret Pryce <margaretpryce@talktalk.net>", "2026-11-26 11:00", """\
Dear Sarah,

Thank you for your email, which I have only just found. I'm afraid I'm not very good with the computer and I didn't know it had come.

My son-in-law Geoffrey usually does these things for me and he is coming for lunch on Sunday, so he will pay it for me then. I hope that is all right. I am sorry to have kept you waiting.

The little book about the village history looks lovely and the ladies at the WI were very impressed.

With kind regards,
Margaret Pryce (Mrs)
""", dict(step="reminder", inv="SW-0152", amt="£320.00", due="2026-11-15", sal="Dear Margaret Pryce,", ago=6),
      style="none",
      L=dict(promised_date="2026-11-29"),
      note="Elderly, not at ease with email: her son-in-law will pay it on Sunday (from Thursday 26 Nov = 29 Nov).")

    C("client-reply-promise", "en", "tom", "Fitzgerald Keane Solicitors <mkeane@fitzgeraldkeane.ie>", "2027-01-19 15:00", """\
Our Ref: MK/BJ/2027-014
Your Ref: INV-2026-097

Dear Mr Byrne,

We act for Brennan Joinery Limited, who have passed to us your final notice dated 12 January 2027 in respect of your invoice INV-2026-097.

We are instructed to confirm that our client will discharge the sum of €3,690.00 in full on or before Friday 29 January 2027, by electronic transfer to the account set out in your notice.

Our client regrets the delay, which arose from a change in its banking arrangements.

Yours sincerely,

Michael Keane
Fitzgerald Keane Solicitors
14 Parnell Street, Kilkenny

This email is confidential and may be legally privileged. If you are not the intended recipient, please notify us immediately and delete it from your system.
""", dict(step="final", inv="INV-2026-097", amt="€3,690.00", due="2026-12-10", issue="2026-11-10",
          client="Brennan Joinery Limited", sent="2027-01-12 09:00", deadline="2027-01-26"),
      style="none", fmt="alt", ua=OUTLOOK, midstyle="outlook",
      L=dict(promised_date="2027-01-29", amount="3690.00", reference="INV-2026-097"),
      note="Solicitor's letter in response to the final notice: a formal promise to pay €3,690.00 on or before 29 January 2027.")

    C("client-reply-promise", "en", "tom", "Seán Ryan <sean@ryanagri.ie>", "2027-02-11 17:45", """\
Hi Tom just driving back from Galway so dictating this we'll get that paid on Tuesday when Deirdre is back in the office she does all the online banking cheers Sean

Sent from my iPhone
""", dict(step="reminder", inv="INV-2027-010", amt="€1,100.00", due="2027-02-05", sal="Dear Accounts Team,", ago=2),
      style="apple", ua=IPHONE, midstyle="apple",
      L=dict(promised_date="2027-02-16"),
      note="Dictated from the car: paid on Tuesday when the bookkeeper is back (Thursday 11 Feb -> Tuesday 16 Feb).")

    C("client-reply-promise", "en", "dan", "Priya Nair <priya@nairyoga.studio>", "2027-01-14 09:50", """\
Hi Dan,

I'm so, so sorry about this. I really hate being that client. January is always brutal for the studio – all the New Year memberships come in, but the rent and the insurance go out first.

I honestly can't before the 28th, but it'll be the very first thing I do that day, I promise. I'm really sorry, and thank you for being patient with me. The meditation tracks you mixed are getting such lovely feedback.

Priya
""", dict(step="reminder", inv="KA-1056", amt="$900.00", due="2027-01-05", sal="Dear Priya Nair,", ago=2),
      style="gmail", loc="en-us", fmt="alt",
      L=dict(promised_date="2027-01-28"),
      note="Over-apologetic: 'can't before the 28th' = promise for 28 January.")

    C("client-reply-promise", "en", "sarah", "Chris Porter <chris.porter@porterbrewing.co.uk>", "2026-11-30 10:45", """\
Morning Sarah,

Were you at the Gate on Saturday? Two-nil up at half time and we still managed to draw. I've stopped taking my lad, it's not good for his development. Or mine.

Your invoice will go out with next week's payment run, apparently – Dawn's just confirmed.

The new can labels are flying, by the way. We might need you for the spring seasonal if you've got space.

Cheers,
Chris
Porter Brewing Co. | Bristol
""", dict(step="reminder", inv="SW-0154", amt="£850.00", due="2026-11-25", sal="Dear Accounts Team,", ago=3),
      style="outlook", ua=OUTLOOK, midstyle="outlook",
      note="Football small talk; 'will go out with next week's payment run' = promise without a date.")

    C("client-reply-promise", "en", "sarah", "Victoria Ashby <v.ashby@ashbygroup.com>", "2026-12-17 14:35", """\
Sarah,

Noted. As per our terms (60 days from invoice date – see clause 7 of the agreement you signed), it will be paid when it falls due, which by my calculation is 14 February. I'm sure your "automated system" can wait until then.

Regards,

Victoria Ashby
Head of Procurement | Ashby Group plc
""", dict(step="courtesy", inv="SW-0158", amt="£3,200.00", due="2026-12-16", issue="2026-11-16", sal="Dear Accounts Team,", ago=2),
      style="outlook", fmt="html", ua=OUTLOOK, midstyle="outlook",
      L=dict(promised_date="2027-02-14"),
      note="Passive-aggressive procurement head: will be paid on 14 February under their 60-day terms. Not a dispute of the invoice itself. HTML-only.")

    C("client-reply-promise", "en", "dan", "Mark Feldman <mfeldman@feldmancpa.com>", "2027-01-10 18:05", """\
Dan,

I'm Olivia's dad. It seems my 16-year-old booked two days of studio time for her band without mentioning it to anyone who has a credit card. I've just had a look at your invoice.

Don't worry, you'll be paid – I'll take care of it at the end of the month, after Olivia and I have had a conversation about budgets.

(The songs are actually pretty good. Don't tell her I said that.)

Mark Feldman
""", dict(step="reminder", inv="KA-1055", amt="$1,400.00", due="2026-12-31", sal="Dear Olivia Feldman,",
          to="livfeldman.music@gmail.com", ago=5),
      subj="Re: Fwd: Reminder: invoice KA-1055", style="gmail", loc="en-us",
      L=dict(promised_date="2027-01-31"),
      note="A teenager's father: 'I'll take care of it at the end of the month' = 31 January.")

    C("client-reply-promise", "en", "tom", "Federica Lanza <federica.lanza@lanzatessuti.it>", "2026-11-24 17:10", """\
Dear Tom,

thank you for the reminder and sorry for the delay, our administration was closed for the inventory.

We will make the payment within tomorrow, I have already signed the order to the bank.

The new catalog is beautiful, I show it to all our agents.

Kind regards
Federica Lanza
Lanza Tessuti S.p.A. – Como
""", dict(step="due", inv="INV-2026-095", amt="€2,150.00", due="2026-11-20", sal="Dear Accounts Team,", ago=2),
      tz="+0100", style="gmail", loc="it",
      L=dict(promised_date="2026-11-25"),
      note="Italian writing English: 'within tomorrow' (Italianism for 'by tomorrow') = promise for 25 November.")

    # ---- dispute ----------------------------------------------------------------------------
    C("client-reply-dispute", "en", "sarah", "David Webb <dwebb@hartleywebb.co.uk>", "2027-01-28 12:15", """\
Dear Ms Whitfield,

Re: Your invoice SW-0157 – Oakridge Property Management Ltd

We are instructed by Oakridge Property Management Ltd in connection with your final notice of 21 January 2027.

Our client disputes the invoice in its entirety. The website copy supplied under the engagement letter of 2 September 2026 was delivered some five weeks after the agreed deadline, by which time our client had been obliged to commission replacement copy from another supplier, at its own expense.

In the circumstances our client does not accept that any sum is due, and reserves its position as to the costs it has incurred.

Should you wish to discuss the matter, please direct all correspondence to the writer.

Yours sincerely,

David Webb
Partner
Hartley & Webb LLP
3 Queen Square, Bristol BS1 4JQ

Hartley & Webb LLP is authorised and regulated by the Solicitors Regulation Authority (SRA No. 604417). This email is confidential and may be subject to legal privilege.
""", dict(step="final", inv="SW-0157", amt="£2,750.00", due="2026-12-20", issue="2026-11-20",
          client="Oakridge Property Management Ltd", sent="2027-01-21 09:00", deadline="2027-02-04"),
      style="none", fmt="alt", ua=OUTLOOK, midstyle="outlook",
      L=dict(reference="SW-0157"),
      note="Solicitor's letter disputing the invoice in its entirety.")

    C("client-reply-dispute", "en", "dan", "TONY RUSSO <tony@russocatering.com>", "2026-12-04 07:20", """\
WE NEVER APPROVED THE EXTRA 6 HOURS. NOBODY TOLD ME THE SESSION RAN OVER. I AM NOT PAYING FOR THEM. SEND ME AN INVOICE FOR WHAT WE AGREED ($1,200) AND YOU'LL GET IT.

TONY
""", dict(step="due", inv="KA-1050", amt="$1,650.00", due="2026-12-03", sal="Dear Accounts Team,", ago=1),
      style="none",
      L=dict(amount="1200.00", currency="USD"),
      note="ALL CAPS: refuses the extra hours, will pay only the agreed $1,200 (the amount he accepts) = dispute.")

    C("client-reply-dispute", "en", "tom", "Orla Brennan <orla@brennanboutique.ie>", "2026-11-12 13:30", """\
Hi Tom,

Thanks for the reminder. I'm sure it's just an oversight that the invoice includes the two rounds of revisions you told me in person were "on the house". Happy to pay it once that's corrected – I'd hate for there to be any confusion.

Orla
""", dict(step="due", inv="INV-2026-090", amt="€1,480.00", due="2026-11-10", sal="Dear Orla Brennan,", ago=2),
      style="gmail",
      note="Passive-aggressive: the invoice includes free revisions; will pay once corrected = dispute.")

    C("client-reply-dispute", "en", "tom", "Pieter van Dijk <pieter@vandijkdesign.nl>", "2027-01-13 09:00", """\
Tom,

This is not what we agreed. 3 days x €450 = €1,350, not €1,800. The fourth day was your own choice, we did not ask for it.

Please send a corrected invoice and we pay the same week.

Groeten,
Pieter
""", dict(step="reminder", inv="INV-2026-108", amt="€1,800.00", due="2027-01-05", sal="Dear Accounts Team,", ago=2),
      tz="+0100", style="outlook", ua=OUTLOOK, midstyle="outlook",
      L=dict(amount="1350.00"),
      note="Blunt Dutch voice: wrong number of days billed = dispute; €1,350 is the amount he accepts.")

    C("client-reply-dispute", "en", "sarah", "Big Tam's Chippy <bigtamschippy@hotmail.co.uk>", "2026-12-21 13:10", """\
Here Sarah hen, ye've charged me twice. There wis only wan lot o leaflets, ye invoiced me fur them in October (the SW-0149 wan) an a paid that. Noo there's anither wan fur the same thing. Am no payin it twice, sort it oot.

Tam
""", dict(step="reminder", inv="SW-0155", amt="£180.00", due="2026-12-12", sal="Dear Accounts Team,", ago=2),
      style="outlook", midstyle="outlook",
      note="Glaswegian Scots: the same leaflets already billed (SW-0149, paid) = dispute of this invoice. The number he names is the other invoice, so no reference.")

    C("client-reply-dispute", "en", "tom", "Ronan Fitzpatrick <ronan@fitzpatrickevents.ie>", "2027-02-01 10:25", """\
Tom!

Back from Val Thorens in one piece, just about. Conditions were unreal the first week and then it dumped so much snow we couldn't get off the mountain for two days – the chalet ran out of wine, which was the real emergency. My knee is the size of a grapefruit after an argument with a mogul, so I'm working from the couch this week.

On the invoice – we'd need a credit note for the Saturday shoot at the Ashford Castle wedding fair that was cancelled because of the storm. It's still on there as a full day. Everything else is fine.

Pints when I can walk again,
Ronan

Fitzpatrick Events | Dublin 2
""", dict(step="reminder", inv="INV-2027-002", amt="€2,640.00", due="2027-01-25", sal="Dear Accounts Team,", ago=4),
      style="gmail", fmt="alt",
      note="Long ski-holiday small talk; the part that matters: a credit note for a cancelled day = dispute.")

    C("client-reply-dispute", "en", "dan", "Jules Okafor <jules@okaforbeats.com>", "2027-02-09 13:15", """\
Yo Dan,

Paid $1,200 of the $1,800 just now on PayPal. The other $600 was for the stems and you still haven't sent them – I need them for the remix contest, deadline's the 20th. Send the stems and I'll pay the rest same day.

J
""", dict(step="reminder", inv="KA-1061", amt="$1,800.00", due="2027-02-01", sal="Dear Jules Okafor,", ago=2),
      style="gmail", loc="en-us",
      L=dict(amount="1200.00", currency="USD"),
      note="Partial payment ($1,200) and the rest withheld until the stems are delivered = dispute.")

    C("client-reply-dispute", "en", "tom", "Bridget O'Connell <bridgetoconnell@eircom.net>", "2026-12-03 14:40", """\
Dear Tom,

I hope you are keeping well. I was a bit taken aback by your bill. When you came to the house you said the family tree would be €300 and I understood that was with the printing and the frame, because I said I wanted it for Christmas for my grandchildren in Boston and you said "leave it with me".

Now the bill says €300 for the design and €150 for the printing and framing. I am a pensioner and I don't think that is right. I will pay the €300 as we agreed.

Yours sincerely,
Bridget O'Connell
""", dict(step="due", inv="INV-2026-100", amt="€450.00", due="2026-12-01", sal="Dear Bridget O'Connell,", ago=2),
      style="none", cs="iso-8859-1",
      L=dict(amount="300.00"),
      note="Elderly lady: contests the printing and framing charge, will pay only the €300 she thinks was agreed = dispute.")

    C("client-reply-dispute", "en", "dan", "Karen Whitley <kwhitley@brightsidemedia.com>", "2026-11-18 11:10", """\
Hi Dan,

A few points on KA-1052 before I can approve it:

1. Mileage wasn't in the quote – we agreed a flat rate including travel.
2. The rush fee: we gave you 10 days' notice, which isn't a rush.
3. Line 4 (equipment rental) duplicates line 2.

Can you re-issue with those removed? Happy to approve straight away once it's corrected.

Karen
Brightside Media | Producer
""", dict(step="courtesy", inv="KA-1052", amt="$3,180.00", due="2026-11-25", issue="2026-10-26", sal="Dear Accounts Team,", ago=1),
      style="outlook", loc="en-us", fmt="alt", ua=OUTLOOK, midstyle="outlook",
      L=dict(reference="KA-1052"),
      note="Numbered list of objections; asks to re-issue = dispute.")

    # ---- other ------------------------------------------------------------------------------
    C("client-reply-other", "en", "sarah", "The Revd Canon Jonathan Ames <vicar@staidansbath.org.uk>", "2026-11-10 10:20", """\
Dear Sarah,

Thank you so much for the Advent appeal leaflet – it has been very well received, and Mrs Dunmore at the Thursday coffee morning read the whole thing aloud, which I take as the highest praise.

A small practical matter: could the invoice be addressed to "The PCC of St Aidan's, Bath" rather than to me personally? Our treasurer, Malcolm, is very particular and tells me he cannot pay anything that isn't made out to the PCC. I do apologise for not mentioning it at the outset.

With every blessing,

Jonathan

The Revd Canon Jonathan Ames
Vicar, St Aidan's with St Luke's
The Vicarage, Widcombe Hill, Bath BA2 6AA
""", dict(step="courtesy", inv="SW-0150", amt="£275.00", due="2026-11-15", issue="2026-10-16", sal="Dear Jonathan Ames,", ago=1),
      style="gmail",
      note="Vicar asks for the invoice to be re-addressed to the parochial church council. Other.")

    C("client-reply-other", "en", "tom", "Sinéad Murray <sinead.murray@greenwaymedia.ie>", "2026-12-02 09:15", """\
Thanks Tom, received – copying in our accounts team who'll look after this.

Sinéad
""", dict(step="courtesy", inv="INV-2026-103", amt="€980.00", due="2026-12-05", issue="2026-11-05", sal="Dear Accounts Team,", ago=1),
      cc="Greenway Accounts <accounts@greenwaymedia.ie>", style="outlook", ua=OUTLOOK, midstyle="outlook",
      note="Received, passed to accounts in cc. Other.")

    C("client-reply-other", "en", "dan", "Accounts Payable - Hudson Valley Health <ap@hvhealth.org>", "2027-01-06 14:00", """\
Good afternoon,

Your invoice KA-1058 cannot be processed because it does not reference a valid Purchase Order number. Per our vendor policy, all invoices must include a PO issued by Hudson Valley Health Purchasing prior to the service date.

Please obtain the PO number from your departmental contact (Marketing – Ms. Denise Alvarez) and resubmit the invoice to ap@hvhealth.org.

Thank you,

Accounts Payable
Hudson Valley Health
""", dict(step="due", inv="KA-1058", amt="$2,750.00", due="2027-01-05", sal="Dear Accounts Team,", ago=1),
      style="outlook", loc="en-us", ua=OUTLOOK, midstyle="outlook",
      L=dict(reference="KA-1058"),
      note="Hospital AP clerk: invoice needs a PO number to be processed. Other.")

    C("client-reply-other", "en", "sarah", "Olu Adeyemi <olu@adeyemiarchitects.co.uk>", "2027-01-11 17:20", """\
Sorry Sarah, which one is this? I've got three from you in my inbox (Oct, Nov, Dec) and our bookkeeper thinks two of them are already paid. Could you send me a quick list of what's outstanding?

Olu
""", dict(step="reminder", inv="SW-0159", amt="£640.00", due="2026-12-31", sal="Dear Accounts Team,", ago=3),
      style="gmail",
      note="Which invoice is this? Asks for a list. Other.")

    C("client-reply-other", "en", "dan", "Vinnie Esposito <vinnie@espositoautobody.com>", "2026-12-09 17:05", """\
Dan call me when you get a chance about the bill I got a question about the radio spot thing I'm on the BQE right now

Sent from my iPhone
""", dict(step="due", inv="KA-1051", amt="$850.00", due="2026-12-08", sal="Dear Accounts Team,", ago=1),
      style="apple", loc="en-us", ua=IPHONE, midstyle="apple",
      note="Dictated while driving: call me about the bill. Other.")

    C("client-reply-other", "en", "tom", "Emmet Quinn <emmet@quinnbikes.ie>", "2027-02-17 08:55", """\
Checking 👀
""", dict(step="reminder", inv="INV-2027-012", amt="€560.00", due="2027-02-10", sal="Dear Emmet Quinn,", ago=1),
      style="gmail",
      note="One word and an emoji: 'Checking' = looking into it. Other (neither paid nor promised).")

    C("client-reply-other", "en", "dan", "Harold Weiss <haroldweiss1938@aol.com>", "2026-11-30 10:30", """\
Dear Mr. Kowalski,

I do not use the electronic mail very much, and I am not certain I can see everything you sent. My granddaughter Rachel set this up for me.

Would you kindly mail me a paper copy of the bill for the recording of my memoirs to 44 Maple Avenue, Apt 3C, Forest Hills, NY 11375? I like to keep my papers in order.

Thank you for your patience with an old man. The recordings sound wonderful and my great-grandchildren will have them long after I am gone.

Sincerely,
Harold Weiss
""", dict(step="courtesy", inv="KA-1053", amt="$480.00", due="2026-12-05", issue="2026-11-05", sal="Dear Harold Weiss,", ago=1),
      style="none", ua="AOL Mail",
      note="Elderly man asks for a paper copy by post. Other.")

    C("client-reply-other", "en", "tom", "Finance – Clonmel Community Credit Union <finance@clonmelccu.ie>",
      "2027-01-15 11:45", """\
Hi Tom,

We received an email yesterday, apparently from you, saying your bank details have changed to an account in Lithuania. Could you please confirm by phone (052 612 3344, ask for Maura) whether this is genuine before we process INV-2026-110?

We haven't changed anything on our side yet.

Thanks,
Maura Phelan
Finance Officer
""", dict(step="reminder", inv="INV-2026-110", amt="€1,320.00", due="2027-01-08", sal="Dear Accounts Team,", ago=2),
      style="outlook", fmt="alt", ua=OUTLOOK, midstyle="outlook",
      L=dict(reference="INV-2026-110"),
      note="Bank-details fraud check before paying. Other.")

    C("client-reply-other", "en", "sarah", "Lily Tran <lily@tranandco.co.uk>", "2027-02-22 09:40", """\
Hi Sarah!

I'm back! Baby Theo is four months old, sleeps like a dream (for exactly 45 minutes at a time) and I'm easing back in three days a week. It's very strange having a conversation with adults again.

First thing on my list: the spring brochure. We'd like to do a proper refresh this year – new tone, new photography, maybe a short video script too. Could we have a call next week? Tuesday or Thursday morning would be perfect.

Lily
Tran & Co Interiors
""", dict(step="courtesy", inv="SW-0163", amt="£560.00", due="2027-02-28", issue="2027-01-29", sal="Dear Lily Tran,", ago=1),
      style="gmail", fmt="alt",
      note="Back from maternity leave, talks about new work; nothing about the invoice. Other.")

    C("client-reply-other", "en", "sarah", "Rosie Hughes <rosie@hugheshomewares.co.uk>", "2026-11-17 15:10", """\
Hi Sarah,

So sorry to bother you with a silly question – our new bookkeeper wants to know whether the £600 is VAT inclusive or if VAT is added on top? Sorry, I know it's probably on the invoice somewhere and I'm just not seeing it!

Thanks so much, and sorry again!
Rosie
""", dict(step="courtesy", inv="SW-0148", amt="£600.00", due="2026-11-20", issue="2026-10-21", sal="Dear Rosie Hughes,", ago=1),
      style="gmail",
      note="Over-apologetic question about VAT. Other.")

    C("client-reply-other", "en", "tom", "Alessio Greco <alessio@grecoarredamenti.it>", "2026-12-16 09:20", """\
Good morning Tom,

our accountant need that the invoice have our VAT number IT01234567890 and the full address (Via Garibaldi 14, 70122 Bari), otherwise he can not register it. Can you send it again please?

Thank you so much and Merry Christmas
Alessio Greco
Greco Arredamenti
""", dict(step="invoice", inv="INV-2026-106", amt="€1,640.00", due="2027-01-10", what="the showroom signage design",
          sal="Dear Alessio Greco,", ago=2),
      tz="+0100", style="gmail", loc="it",
      note="Italian writing English: the accountant needs the VAT number on the invoice. Other.")


# =============================================================================================
# MACHINE MAIL (a few, also in odd voices)
# =============================================================================================
def original(owner, q, sent, to):
    o = OWNERS[owner]
    t = when(sent, o["tz"])
    subj = subject_of(o["lang"], q)
    text = letter(o["lang"], o, q, t)
    mid = owner_mid(o, t, q["step"] + q.get("inv", ""))
    H = [("Date", format_datetime(t)), ("From", addr(_who(o))), ("To", to), ("Subject", enc_header(subj)),
         ("Message-ID", mid)]
    raw = message_bytes(H, text_leaf(text))
    return subj, text, mid, t, raw


def auto(kind_lang, owner, frm, date, tz, subj_prefix, body, q, sent, to, hdr=(), L=None, note="", fmt="plain",
         cs="utf-8"):
    o = OWNERS[owner]
    subj, text, mid, t0, _ = original(owner, q, sent, to)
    t = when(date, tz)
    assert t > t0
    H = [("Date", format_datetime(t)), ("From", addr(frm)), ("To", addr(_who(o))),
         ("Subject", enc_header(subj_prefix + subj)), ("Message-ID", mid_for(parseaddr(frm)[1], date + frm)),
         ("In-Reply-To", mid), ("References", mid)] + list(hdr)
    part = text_leaf(body, cs=cs)
    if fmt == "alt":
        part = multi("alternative", [part, text_leaf(f'<div dir="ltr">{paras_html(body)}</div>\n', "html", cs=cs)])
    RAW("auto-reply", kind_lang, H, part, L, note)


def machine():
    # --- Italian parish, RFC 3834 headers, "fino al 6 gennaio compreso" -------------------------
    auto("it", "marco", "Parrocchia Santa Maria Assunta <segreteria@parrocchiasmassunta-lodi.it>", "2026-12-28 09:01", "+0100",
         "Risposta automatica: ", """\
Carissimi,

la segreteria parrocchiale resterà chiusa per le festività natalizie dal 23 dicembre fino al 6 gennaio compreso. Le mail ricevute in questo periodo verranno lette alla riapertura.

Per le urgenze (funerali, unzione degli infermi) potete chiamare direttamente don Stefano al 348 771 2045.

A tutti l'augurio di un Santo Natale e di un sereno anno nuovo, nella pace del Signore.

La segreteria parrocchiale
Parrocchia Santa Maria Assunta – Lodi
""", dict(step="reminder", inv="2026/136", amt="380,00 €", due="2026-12-20", sal="Spett.le Parrocchia Santa Maria Assunta,"),
         "2026-12-28 09:00", "segreteria@parrocchiasmassunta-lodi.it",
         hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes"), ("Precedence", "auto_reply")],
         L=dict(return_date="2027-01-07"),
         note="Parish office out-of-office with RFC 3834 headers: closed until 6 January inclusive -> back on 7 January.")

    # --- Italian trattoria, no auto-reply headers, reopening Thursday 21 January ----------------
    auto("it", "marco", "Trattoria Al Portico <info@trattoriaalportico.it>", "2027-01-08 09:03", "+0100", "Re: ", """\
Grazie per averci scritto!

La Trattoria Al Portico è chiusa per ferie invernali: ci stiamo riposando dopo le feste (e Mario sta rifacendo la cucina, finalmente).

Riapriamo giovedì 21 gennaio a pranzo. Per prenotazioni potete scriverci o chiamarci dal 20 gennaio allo 0376 32 14 55.

A presto e buon anno!
Mario e Lucia
Trattoria Al Portico – Sabbioneta (MN)
""", dict(step="reminder", inv="2026/137", amt="620,00 €", due="2026-12-31", sal="Spett.le Trattoria Al Portico,"),
         "2027-01-08 09:00", "info@trattoriaalportico.it",
         L=dict(return_date="2027-01-21"),
         note="Restaurant's holiday autoresponder without any auto-reply header and with a plain 'Re:' subject; reopens Thursday 21 January.")

    # --- Spanish, headers, "hasta el lunes 11 de enero" ----------------------------------------
    auto("es", "lucia", "Nerea Uriarte <nerea@estudiobilbo.es>", "2026-12-23 09:12", "+0100", "Respuesta automática: ", """\
¡Hola! 👋

Estoy de vacaciones 🏝️ hasta el lunes 11 de enero y no voy a mirar el correo (lo he prometido).

Si es algo urgente del estudio, escribe a hola@estudiobilbo.es y alguien del equipo te contesta.

¡Felices fiestas y buen 2027!
Nerea
""", dict(step="due", inv="2026-056", amt="847,00 €", due="2026-12-22", sal="Estimados señores:"),
         "2026-12-23 09:10", "nerea@estudiobilbo.es",
         hdr=[("Auto-Submitted", "auto-replied"), ("X-Autoreply", "yes")], fmt="alt",
         L=dict(return_date="2027-01-11"),
         note="Chatty out-of-office with emoji: 'hasta el lunes 11 de enero' -> 11 January.")

    # --- English, Exchange headers, back on Monday 4 January ------------------------------------
    auto("en", "tom", "Gráinne Nolan <grainne.nolan@nolanfoods.ie>", "2026-12-22 09:06", "+0000", "Automatic reply: ", """\
Thank you for your email.

I am out of the office from Monday 21 December, returning on Monday 4 January. I will have no access to email during this time.

For anything urgent please contact reception@nolanfoods.ie or call 091 778 200.

Wishing you a very happy Christmas,
Gráinne
""", dict(step="reminder", inv="INV-2026-109", amt="€1,150.00", due="2026-12-15", sal="Dear Accounts Team,"),
         "2026-12-22 09:05", "grainne.nolan@nolanfoods.ie",
         hdr=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
              ("Thread-Topic", "Reminder: invoice INV-2026-109"), ("X-MS-Has-Attach", ""),
              ("X-MS-Exchange-Inbox-Rules-Loop", "grainne.nolan@nolanfoods.ie")], fmt="alt",
         L=dict(return_date="2027-01-04"),
         note="Exchange automatic reply: back on Monday 4 January.")

    # --- English, no headers, parental leave, no date ------------------------------------------
    auto("en", "sarah", "Joe Whitaker <joe@whitakerandsons.co.uk>", "2027-01-19 09:02", "+0000", "Re: ", """\
Hi there,

Thanks for your email. I'm currently on parental leave (hello, sleepless nights) and only checking email now and then.

For anything about invoices or payments please contact our office manager, Sue, at office@whitakerandsons.co.uk – she'll sort you out far quicker than I will at the moment.

Joe
""", dict(step="late_fee", inv="SW-0160", amt="£720.00", due="2026-12-28", sal="Dear Joe Whitaker,"),
         "2027-01-19 09:00", "joe@whitakerandsons.co.uk",
         note="Vacation responder with no auto-reply headers and a 'Re:' subject; parental leave, no return date.")

    # --- Bounce, permanent, Italian host text ---------------------------------------------------
    to = "e.fumagalli@tiscali.it"
    subj, text, mid, t0, raw = original("alessandra", dict(step="due", inv="41/2026", amt="380,00 €", due="2026-11-25",
                                                           sal="Gentile Ermenegildo Fumagalli,"),
                                        "2026-11-25 09:00", to)
    t = when("2026-11-25 09:01", "+0100")
    human = f"""\
Questo è il sistema di posta del server smtpout12.example.it.

Siamo spiacenti di informarLa che il Suo messaggio non è stato
recapitato a uno o più destinatari. Il messaggio originale è allegato.

Per ulteriore assistenza contatti il supporto tecnico. Se lo fa,
includa questo rapporto di errore.

                   Il sistema di posta

<{to}>: host mx.tiscali.it[213.205.33.61] said: 550 5.1.1
    <{to}>: Recipient address rejected: User unknown in virtual mailbox
    table (in reply to RCPT TO command)
"""
    ds = f"""\
Reporting-MTA: dns; smtpout12.example.it
X-Postfix-Queue-ID: 4Xk7Qm2hT1z9sLw
X-Postfix-Sender: rfc822; alessandra@example.it
Arrival-Date: {format_datetime(t0)}

Final-Recipient: rfc822; {to}
Original-Recipient: rfc822;{to}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.tiscali.it
Diagnostic-Code: smtp; 550 5.1.1 <{to}>: Recipient address rejected: User
    unknown in virtual mailbox table
"""
    part = multi("report", [text_leaf(human), leaf("message/delivery-status", ds.encode(), None),
                            leaf("message/rfc822", raw, None)], '; report-type=delivery-status')
    H = [("Date", format_datetime(t)), ("From", "MAILER-DAEMON@smtpout12.example.it (Mail Delivery System)"),
         ("To", "alessandra@example.it"), ("Subject", enc_header("Messaggio non recapitato: " + subj)),
         ("Message-ID", "<20261125080105.4Xk7Qm2hT1z9sLw@smtpout12.example.it>"), ("Auto-Submitted", "auto-replied")]
    RAW("bounce", "it", H, part, dict(failed_recipient=to, permanent=True),
        "Postfix DSN with an Italian human-readable part: 550 5.1.1 user unknown (an elderly client's old address).")

    # --- Bounce, temporary (Exim delay warning) -------------------------------------------------
    to = "info@casarural-elalmendro.es"
    subj, text, mid, t0, raw = original("nuria", dict(step="reminder", inv="NV26-50", amt="665,50 €", due="2026-11-30",
                                                      sal="Estimados señores:"), "2026-12-03 09:00", to)
    t = when("2026-12-04 09:14", "+0100")
    human = f"""\
This message was created automatically by mail delivery software.
A message that you sent has not yet been delivered to one or more of its
recipients after more than 24 hours on the queue on srv3.nuriavidal.cat.

The message identifier is:     1vQe7K-00Bx2L-3R
The date of the message is:    {format_datetime(t0)}
The subject of the message is: {subj}

The address to which the message has not yet been delivered is:

  {to}
    host mail.casarural-elalmendro.es [185.42.117.9]
    Delay reason: SMTP error from remote mail server after RCPT TO:<{to}>:
    452 4.2.2 Mailbox full, try again later

No action is required on your part. Delivery attempts will continue for
some time, and this warning may be repeated at intervals if the message
remains undelivered. Eventually the mail delivery software will give up,
and when that happens, the message will be returned to you.
"""
    ds = f"""\
Reporting-MTA: dns; srv3.nuriavidal.cat

Action: delayed
Final-Recipient: rfc822;{to}
Status: 4.2.2
Remote-MTA: dns; mail.casarural-elalmendro.es
Diagnostic-Code: smtp; 452 4.2.2 Mailbox full, try again later
Will-Retry-Until: {format_datetime(t0 + dt.timedelta(days=4))}
"""
    hdrs = raw.split(b"\n\n", 1)[0] + b"\n"
    part = multi("report", [text_leaf(human), leaf("message/delivery-status", ds.encode(), None),
                            leaf("text/rfc822-headers", hdrs, None)], '; report-type=delivery-status')
    H = [("Date", format_datetime(t)), ("From", "Mail Delivery System <Mailer-Daemon@srv3.nuriavidal.cat>"),
         ("To", "nuria@nuriavidal.cat"), ("Subject", "Warning: message 1vQe7K-00Bx2L-3R delayed 24 hours"),
         ("Message-ID", "<E1vQeAX-00Bx9c-8T@srv3.nuriavidal.cat>"), ("Auto-Submitted", "auto-replied")]
    RAW("bounce", "es", H, part, dict(failed_recipient=to, permanent=False),
        "Exim delay warning (mailbox full, 452 4.2.2), still retrying = temporary.")

    # --- Bizum received (CaixaBank) --------------------------------------------------------------
    t = when("2026-11-13 22:08", "+0000")
    txt = """\
Hola, JAVIER:

Has recibido un Bizum.

Importe: 95,00 €
De: MARIA JOSE LOPEZ R.
Concepto: orla Alex
Fecha: 13/11/2026 22:08

El importe ya está disponible en tu cuenta ES76 **** **** **** **** 2871.

Gracias por confiar en CaixaBank.

Este es un correo automático, por favor no respondas a este mensaje. CaixaBank nunca te pedirá tus claves por correo electrónico."""
    htm = ('<html><body style="font-family:Arial,sans-serif;color:#333"><table width="600" align="center" cellpadding="0" '
           'cellspacing="0"><tr><td style="background:#007eae;padding:16px;color:#fff;font-size:20px">CaixaBank</td></tr>'
           '<tr><td style="padding:24px"><p>Hola, JAVIER:</p><p style="font-size:18px"><b>Has recibido un Bizum</b></p>'
           '<table cellpadding="4"><tr><td>Importe</td><td><b>95,00&nbsp;&euro;</b></td></tr><tr><td>De</td><td>MARIA JOSE LOPEZ R.</td></tr>'
           '<tr><td>Concepto</td><td>orla Alex</td></tr><tr><td>Fecha</td><td>13/11/2026 22:08</td></tr></table>'
           '<p>El importe ya está disponible en tu cuenta ES76 **** **** **** **** 2871.</p>'
           '<p style="font-size:11px;color:#888">Este es un correo automático, por favor no respondas a este mensaje. '
           'CaixaBank nunca te pedirá tus claves por correo electrónico.</p></td></tr></table></body></html>\n')
    part = multi("alternative", [text_leaf(txt, cte="quoted-printable"), text_leaf(htm, "html", cte="base64")])
    H = [("Date", format_datetime(t)), ("From", "CaixaBank <notificaciones@caixabank.com>"),
         ("To", "javier@ortegafotografia.es"), ("Subject", enc_header("Has recibido un Bizum de 95,00 €")),
         ("Message-ID", "<bizum.20261113220812.7731904@notificaciones.caixabank.com>")]
    RAW("payment-notification", "es", H, part, dict(amount="95.00"),
        "Bank notice of an incoming Bizum (the teenager's mother paying the yearbook session).")

    # --- Stripe payment received -----------------------------------------------------------------
    t = when("2027-01-21 14:32", "-0500")
    txt = """\
Dan Kowalski Audio

You received a payment of $2,400.00

Invoice KA-1057 was paid by Lower East Podcasts LLC.

Amount paid      $2,400.00
Date paid        January 21, 2027
Payment method   ACH Direct Debit – CHASE ••••6620
Invoice number   KA-1057

The funds will be available in your Stripe balance in 4 business days.

View payment in your Dashboard: https://dashboard.stripe.com/payments/py_3QeK21Lk8bT9xZ0a1c7HvPqR

You're receiving this email because you have payment notifications turned on. Manage them in your account settings.

Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080"""
    htm = ('<!DOCTYPE html><html><body style="background:#f6f9fc;font-family:-apple-system,Helvetica,Arial,sans-serif">'
           '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="560" style="background:#fff;'
           'border-radius:8px;padding:32px"><tr><td><p style="color:#8898aa;font-size:12px">Dan Kowalski Audio</p>'
           '<h1 style="font-size:24px;color:#32325d">You received a payment of $2,400.00</h1>'
           '<p>Invoice KA-1057 was paid by Lower East Podcasts LLC.</p><table width="100%" style="font-size:14px">'
           '<tr><td>Amount paid</td><td align="right">$2,400.00</td></tr><tr><td>Date paid</td><td align="right">January 21, 2027</td></tr>'
           '<tr><td>Payment method</td><td align="right">ACH Direct Debit – CHASE ••••6620</td></tr>'
           '<tr><td>Invoice number</td><td align="right">KA-1057</td></tr></table>'
           '<p>The funds will be available in your Stripe balance in 4 business days.</p>'
           '<p><a href="https://dashboard.stripe.com/payments/py_3QeK21Lk8bT9xZ0a1c7HvPqR">View payment</a></p>'
           '</td></tr></table></td></tr></table></body></html>\n')
    part = multi("alternative", [text_leaf(txt), text_leaf(htm, "html")])
    H = [("Date", format_datetime(t)), ("From", "Stripe <notifications@stripe.com>"), ("To", "dan@kowalskiaudio.com"),
         ("Subject", "Payment of $2,400.00 received for invoice KA-1057"),
         ("Message-ID", "<0100019488a1c2f3-5b1e2d44-7c3a-4f11-9a62-2f0e8d1b77aa-000000@email.amazonses.com>")]
    RAW("payment-notification", "en", H, part, dict(amount="2400.00", currency="USD", reference="KA-1057"),
        "Stripe notice: an invoice paid by ACH debit.")

    # --- "Your invoice was viewed" --------------------------------------------------------------
    t = when("2027-02-12 16:48", "+0000")
    txt = """\
Hi Sarah,

Good news – Porter Brewing Co. has just viewed invoice SW-0161.

Invoice: SW-0161
Amount: £1,250.00
Due date: 28 February 2027
Viewed: 12 Feb 2027 at 16:47

We'll let you know as soon as it's paid.

View invoice: https://whitfieldcopy.invoicely.co.uk/invoices/SW-0161

– The Tallybook team

You're receiving this because invoice view notifications are switched on for your account."""
    part = text_leaf(txt)
    H = [("Date", format_datetime(t)), ("From", "Tallybook <notifications@tallybook.co.uk>"),
         ("To", "sarah@whitfieldcopy.co.uk"), ("Subject", "Porter Brewing Co. viewed invoice SW-0161"),
         ("Message-ID", "<inv-view.SW-0161.1739378880@tallybook.co.uk>"), ("Auto-Submitted", "auto-generated")]
    RAW("other", "en", H, part, dict(reference="SW-0161"),
        "Invoicing app notice that the client viewed the invoice: neither a payment nor a reply.")


# =============================================================================================
def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def main():
    italian()
    spanish()
    english()
    machine()
    order = list(range(len(MSGS)))
    random.Random(9).shuffle(order)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round9-voices: labels for r9v-NNNN.eml (see make.py)\n"]
    for n, i in enumerate(order, 1):
        raw, lab = MSGS[i]
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        out.append(f'[files."{name}"]')
        for k in ("kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
                  "failed_recipient"):
            if k in lab:
                out.append(f"{k} = {toml_str(lab[k])}")
        if "permanent" in lab:
            out.append(f"permanent = {'true' if lab['permanent'] else 'false'}")
        out.append(f"note = {toml_str(lab['note'])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check()


def check():
    import tomllib
    from collections import Counter
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    kinds = Counter()
    for name, lab in sorted(labels.items()):
        with open(os.path.join(HERE, name), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert m[h], (name, h)
        d = m["Date"].datetime
        assert dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc) <= d <= dt.datetime(2027, 3, 1, tzinfo=dt.timezone.utc), (name, d)
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        kinds[(lab["kind"], lab["split"])] += 1
    for k, v in sorted(kinds.items()):
        print(f"{k[0]:24s} {k[1]:4s} {v}")
    print("total", sum(kinds.values()))


if __name__ == "__main__":
    main()
