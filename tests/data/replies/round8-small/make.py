#!/usr/bin/env python3
"""round8-small: replies from private people and tiny businesses (it / es / en).

Generates r8s-NNNN.eml and labels.toml in this directory, then re-parses every file.
Python 3.11, stdlib only. Every body text below is hand-written; only the MIME plumbing,
the HTML skeletons and the quoted reminders (rendered like templates/{it,es,en}) are generated.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import os
import quopri
import re
import struct
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r8s"
MESSAGES = []  # list of (raw bytes, labels dict)

# --------------------------------------------------------------------------------------------
# The freelancers (mailbox owners)
# --------------------------------------------------------------------------------------------
OWNERS = {
    # Italian: invoices "N/2026"
    "AR": dict(name="Alessandra Rossi", first="Alessandra", mail="alessandra@example.it", lang="it",
               tz="Europe/Rome", cur="EUR",
               pay=dict(beneficiary="Alessandra Rossi", iban="IT60 X054 2811 1010 0000 0123 456",
                        bic="BPMOIT22XXX")),
    "MP": dict(name="Marco Pinna", first="Marco", mail="marco@pinnafotografia.it", lang="it",
               tz="Europe/Rome", cur="EUR",
               details="bonifico sull'IBAN IT84 R030 6904 8711 0000 0004 512 (intestato a Marco Pinna) "
                       "oppure PayPal a marco@pinnafotografia.it"),
    "GF": dict(name="Giulia Fabbro", first="Giulia", mail="giulia@fabbroweb.it", lang="it",
               tz="Europe/Rome", cur="EUR",
               pay=dict(beneficiary="Giulia Fabbro", iban="IT02 L063 4012 3001 0000 0172 339",
                        bic="CRFRIT2FXXX")),
    "CC": dict(name="Chiara Conti", first="Chiara", mail="chiara@lezioniconti.it", lang="it",
               tz="Europe/Rome", cur="EUR",
               pay=dict(beneficiary="Chiara Conti", iban="IT47 K020 0802 4350 0010 5612 870")),
    # Spanish: Lucía "2026-0NN", Javier "F-2026/NN", Noa "NC26-NNN"
    "LM": dict(name="Lucía Martín", first="Lucía", mail="lucia@martinestudio.es", lang="es",
               tz="Europe/Madrid", cur="EUR",
               pay=dict(beneficiary="Lucía Martín García", iban="ES91 2100 0418 4502 0005 1332",
                        bic="CAIXESBBXXX")),
    "JO": dict(name="Javier Ortega", first="Javier", mail="javier@ortegafotografia.es", lang="es",
               tz="Europe/Madrid", cur="EUR",
               details="transferencia a ES76 0182 5322 1802 0163 7458 (Javier Ortega Ruiz) o Bizum al 654 318 220"),
    "NC": dict(name="Noa Castro", first="Noa", mail="noa@noacastro.gal", lang="es",
               tz="Europe/Madrid", cur="EUR",
               pay=dict(beneficiary="Noa Castro Outeiral", iban="ES21 2080 5001 6130 4001 9876",
                        bic="CAGLESMMXXX")),
    # English: Tom "INV-2026-NNN" (EUR), Rhiannon "RJ-26-NNN", Ewan "EMP-NNNN", Sarah "SH2026-NNN" (GBP)
    "TB": dict(name="Tom Byrne", first="Tom", mail="tom@byrnedesign.ie", lang="en",
               tz="Europe/Dublin", cur="EUR",
               pay=dict(beneficiary="Tom Byrne Design", iban="IE29 AIBK 9311 5212 3456 78",
                        bic="AIBKIE2D")),
    "RJ": dict(name="Rhiannon Jones", first="Rhiannon", mail="rhiannon@rhiannonjones.co.uk", lang="en",
               tz="Europe/London", cur="GBP",
               details="bank transfer to R Jones, sort code 30-94-57, account 41873920, or PayPal to "
                       "rhiannon@rhiannonjones.co.uk"),
    "EM": dict(name="Ewan Murray", first="Ewan", mail="ewan@ewanmurrayphoto.co.uk", lang="en",
               tz="Europe/London", cur="GBP",
               pay=dict(beneficiary="Ewan Murray Photography", iban="GB33 BUKB 2020 1555 5555 55",
                        bic="BUKBGB22", link="https://pay.ewanmurrayphoto.co.uk/i/EMP")),
    "SH": dict(name="Sarah Holt", first="Sarah", mail="sarah@holtweb.co.uk", lang="en",
               tz="Europe/London", cur="GBP",
               pay=dict(beneficiary="Holt Web Works", iban="GB82 WEST 1234 5698 7654 32",
                        bic="NWBKGB2L")),
}

# --------------------------------------------------------------------------------------------
# Formatting helpers for the quoted reminders
# --------------------------------------------------------------------------------------------
IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
EN_MONTHS = "January February March April May June July August September October November December".split()
IT_DAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
ES_DAYS = "lunes martes miércoles jueves viernes sábado domingo".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
IT_MON3 = "gen feb mar apr mag giu lug ago set ott nov dic".split()
ES_MON3 = "ene feb mar abr may jun jul ago sept oct nov dic".split()
EN_MON3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
IT_DAY3 = "lun mar mer gio ven sab dom".split()
ES_DAY3 = "lun mar mié jue vie sáb dom".split()
EN_DAY3 = "Mon Tue Wed Thu Fri Sat Sun".split()


def money(lang, amt, cur):
    whole, dec = f"{float(amt):.2f}".split(".")
    w = int(whole)
    if lang == "en":
        sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
        return f"{sym}{w:,}.{dec}"
    s = f"{w:,}".replace(",", ".")
    return f"{s},{dec} €"


def ddate(lang, d):
    if lang == "it":
        return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def il(d):
    s = ddate("it", d)
    if d.day == 1:
        return "il 1° " + s.split(" ", 1)[1]
    if d.day in (8, 11):
        return "l'" + s
    return "il " + s


def pay_block(lang, o, inv):
    p = o.get("pay")
    if not p:
        det = o["details"]
        return {"it": "Per il pagamento: ", "es": "Datos para el pago: ", "en": "Payment details: "}[lang] + det
    ref = {"it": f"fattura n. {inv}", "es": f"Factura {inv}", "en": inv}[lang]
    if lang == "it":
        lines = ["Per il pagamento:", f"- beneficiario: {p['beneficiary']}", f"- IBAN: {p['iban']}"]
        if p.get("bic"):
            lines.append(f"- BIC: {p['bic']}")
        lines.append(f"- causale: {ref}")
    elif lang == "es":
        lines = ["Datos para el pago:", f"- beneficiario: {p['beneficiary']}", f"- IBAN: {p['iban']}"]
        if p.get("bic"):
            lines.append(f"- BIC: {p['bic']}")
        lines.append(f"- concepto: {ref}")
    else:
        lines = ["Payment details:", f"- Account name: {p['beneficiary']}", f"- IBAN: {p['iban']}"]
        if p.get("bic"):
            lines.append(f"- BIC (SWIFT): {p['bic']}")
        lines.append(f"- Payment reference: {ref}")
        if p.get("link"):
            lines.append(f"- Pay online: {p['link']}-{inv.split('-')[-1]}")
    return "\n".join(lines)


def salutation(lang, name, kind):
    if lang == "it":
        if not name:
            return "Buongiorno,"
        return ("Spett.le " if kind == "company" else "Gentile ") + name + ","
    if lang == "es":
        if kind == "company":
            return "Estimados señores:"
        if not name:
            return "Buenos días:"
        t = name.split()[0].lower()
        if t in ("sra.", "sra", "dña.", "doña"):
            return f"Estimada {name}:"
        if t in ("sr.", "don", "d."):
            return f"Estimado {name}:"
        return f"Buenos días, {name}:"
    if kind == "company":
        return "Dear Accounts Team,"
    return f"Dear {name}," if name else "Hello,"


def subject_for(lang, rem, inv):
    return {
        "it": {"invoice": f"Fattura n. {inv}", "courtesy": f"Promemoria: fattura n. {inv} in scadenza",
               "due": f"Fattura n. {inv} in scadenza", "reminder": f"Sollecito fattura n. {inv}",
               "late_fee": f"Secondo sollecito: fattura n. {inv}",
               "promise_followup": f"Fattura n. {inv}: pagamento",
               "paid_claim_followup": f"Fattura n. {inv}: pagamento non ancora ricevuto",
               "final": f"Diffida di pagamento – fattura n. {inv}"},
        "es": {"invoice": f"Factura n.º {inv}", "courtesy": f"Recordatorio: factura n.º {inv}",
               "due": f"Factura n.º {inv}: vencimiento", "reminder": f"Factura n.º {inv} pendiente de pago",
               "late_fee": f"Segundo aviso: factura n.º {inv}",
               "promise_followup": f"Factura n.º {inv}: pago pendiente",
               "paid_claim_followup": f"Factura n.º {inv}: pago no recibido",
               "final": f"Último aviso: factura n.º {inv}"},
        "en": {"invoice": f"Invoice {inv}", "courtesy": f"Friendly reminder: invoice {inv}",
               "due": f"Invoice {inv} due", "reminder": f"Reminder: invoice {inv} overdue",
               "late_fee": f"Second reminder: invoice {inv}",
               "promise_followup": f"Invoice {inv}: payment",
               "paid_claim_followup": f"Invoice {inv}: payment not received",
               "final": f"Final notice: invoice {inv}"},
    }[lang][rem]


def reminder_text(o, rem, inv, amt, cname, ckind, sent, due, issue, what, promise):
    lang = o["lang"]
    A = money(lang, amt, o["cur"])
    sal = salutation(lang, cname, ckind)
    pay = pay_block(lang, o, inv)
    late = (sent.date() - due).days
    deadline = sent.date() + dt.timedelta(days=10)
    first = cname.split()[0] if cname else ""
    if lang == "it":
        if rem == "invoice":
            return (f"Ciao {first},\n\nti mando in allegato la fattura n. {inv} di {A} per {what}.\n"
                    f"Il pagamento è da fare entro {il(due)}, gli estremi sono in fattura.\n\n"
                    f"Grazie ancora e a presto!\n{o['first']}")
        if rem == "courtesy":
            core = (f"un breve promemoria: la fattura n. {inv} di {A}, emessa {il(issue)}, è in scadenza {il(due)}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif rem == "due":
            if late > 0:
                l1 = (f"un promemoria: la fattura n. {inv} di {A} è scaduta {il(due)}. Se il pagamento non è ancora "
                      "stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.")
            else:
                l1 = f"un promemoria: la fattura n. {inv} di {A} è in scadenza oggi, {ddate('it', due)}."
            core = (f"{l1}\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo "
                    f"messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email.")
        elif rem == "reminder":
            core = (f"da un controllo la fattura n. {inv} di {A}, scaduta {il(due)}, risulta ancora da saldare. "
                    "Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso "
                    "aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche "
                    "problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n" + pay)
        elif rem == "late_fee":
            core = (f"la fattura n. {inv} di {A}, scaduta {il(due)}, risulta ancora da saldare: sono trascorsi {late} "
                    f"giorni dalla scadenza.\n\nChiedo cortesemente di provvedere al pagamento entro {il(deadline)}. "
                    "Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un "
                    "problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta "
                    "rispondere a questa email.\n\n" + pay)
        elif rem == "promise_followup":
            l1 = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv} di {A} sarebbe stato "
                  f"effettuato entro {il(promise)}." if promise else
                  f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv} di {A}, scaduta {il(due)}.")
            core = (f"{l1}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere "
                    "indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere "
                    "entro quando posso aspettarlo.\n\n" + pay)
        elif rem == "paid_claim_followup":
            core = (f"grazie per avermi comunicato che la fattura n. {inv} di {A} è stata pagata.\n\n"
                    "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede "
                    "qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, "
                    "chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di "
                    "inoltrarmi la contabile.\n\nSe il bonifico è stato disposto da pochi giorni, potrebbe semplicemente "
                    "essere ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per la collaborazione.")
        elif rem == "final":
            return (f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv} del {ddate('it', issue)}\n\n"
                    f"{sal}\n\nla fattura n. {inv} di {A}, scaduta {il(due)}, risulta ancora da saldare nonostante i "
                    f"precedenti solleciti.\n\nCon la presente chiedo formalmente il pagamento di {A} entro "
                    f"{il(deadline + dt.timedelta(days=5))}. La presente vale quale atto di costituzione in mora ai sensi e "
                    "per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione "
                    "(art. 2943 c.c.). Resta salvo ogni altro diritto.\n\nIn mancanza del pagamento entro tale termine, mi "
                    "riservo di procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso "
                    "per decreto ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo "
                    "ha un motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email "
                    "entro la stessa data.\n\nQualora il pagamento sia già stato effettuato, prego di non tenere conto della "
                    "presente e di indicarmi la data del bonifico, così da poterlo verificare.\n\n"
                    f"{pay}\n\nCordiali saluti,\n{o['name']}")
        return f"{sal}\n\n{core}\n\nCordiali saluti,\n{o['name']}"
    if lang == "es":
        D = lambda d: ddate("es", d)
        if rem == "invoice":
            return (f"Hola, {first}:\n\nTe adjunto la factura n.º {inv} de {A} por {what}. Vence el {D(due)}; los datos "
                    f"de pago están en la propia factura.\n\n¡Muchas gracias!\n{o['first']}")
        if rem == "courtesy":
            core = (f"Un breve recordatorio: la factura n.º {inv} de {A}, emitida el {D(issue)}, vence el {D(due)}.\n\n"
                    f"Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n{pay}\n\n"
                    "Para cualquier duda, basta con responder a este correo.")
        elif rem == "due":
            l1 = (f"La factura n.º {inv} de {A} venció el {D(due)} y, según mis registros, el pago aún no consta. "
                  "Agradecería que se tramitara en los próximos días." if late > 0 else
                  f"La factura n.º {inv} de {A} vence hoy, {D(due)}.")
            core = (f"{l1}\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n{pay}\n\n"
                    "Para cualquier duda, basta con responder a este correo.")
        elif rem == "reminder":
            core = (f"Revisando mis cuentas, veo que la factura n.º {inv} de {A}, vencida el {D(due)}, sigue pendiente de "
                    "pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea "
                    "posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la "
                    "fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la "
                    "factura, podemos aclararlo por esta misma vía.\n\n" + pay)
        elif rem == "late_fee":
            core = (f"La factura n.º {inv} de {A} venció el {D(due)}, hace {late} días, y sigue pendiente de pago.\n\n"
                    f"Ruego que el pago de {A} se realice a más tardar el {D(deadline)}. Si ya está en curso, muchas "
                    "gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la "
                    "factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n" + pay)
        elif rem == "promise_followup":
            l1 = (f"Según su último mensaje, el pago de la factura n.º {inv} de {A} se realizaría a más tardar el "
                  f"{D(promise)}; gracias de nuevo por la información." if promise else
                  f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv} de {A}, vencida el {D(due)}.")
            core = (f"{l1}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con "
                    "responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber "
                    "para cuándo puedo contar con él.\n\n" + pay)
        elif rem == "paid_claim_followup":
            core = (f"Gracias por comunicarme que la factura n.º {inv} de {A} ya está pagada.\n\nSin embargo, a día de hoy "
                    "el pago todavía no consta en mi cuenta. A veces una transferencia tarda algún día más, o puede haberse "
                    "enviado a otros datos bancarios. Para localizarla, ¿sería posible indicarme la fecha y la referencia de "
                    "la transferencia, o reenviarme el justificante?\n\nSi la transferencia se hizo hace uno o dos días, "
                    "probablemente siga en camino y no hace falta hacer nada más. Gracias por la colaboración.")
        elif rem == "final":
            core = (f"Pese a los recordatorios anteriores, la factura n.º {inv} de {A}, vencida el {D(due)}, sigue pendiente "
                    f"de pago.\n\nPor la presente solicito formalmente el pago de {A} a más tardar el "
                    f"{D(deadline + dt.timedelta(days=5))}. De no recibirlo en ese plazo, me reservo el derecho de iniciar "
                    "las acciones oportunas para el cobro de la deuda.\n\nPrefiero resolverlo directamente: si el retraso "
                    "tiene algún motivo o se necesita un plan de pagos, basta con responder a este correo antes de esa "
                    "fecha.\n\n" + pay)
        return f"{sal}\n\n{core}\n\nUn cordial saludo,\n{o['name']}"
    # en
    D = lambda d: ddate("en", d)
    if rem == "invoice":
        return (f"Hi {first},\n\nPlease find attached invoice {inv} for {A} ({what}). It's due on {D(due)}; the bank "
                f"details are on the invoice.\n\nThanks again,\n{o['first']}")
    if rem == "courtesy":
        core = (f"This is a friendly reminder that invoice {inv} for {A}, issued on {D(issue)}, is due for payment on "
                f"{D(due)}.\n\nIf payment is already on its way, thank you, and please disregard this message.\n\n{pay}\n\n"
                "If you have any questions, just reply to this email.")
    elif rem == "due":
        l1 = (f"This is a quick reminder that invoice {inv} for {A} was due for payment on {D(due)}. If it has not been "
              "paid yet, I would be grateful if you could arrange payment in the next few days." if late > 0 else
              f"This is a quick reminder that invoice {inv} for {A} is due for payment today, {D(due)}.")
        core = (f"{l1}\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{pay}\n\n"
                "If you have any questions, just reply to this email.")
    elif rem == "reminder":
        core = (f"According to my records, invoice {inv} for {A}, due on {D(due)}, has not yet been paid. It may simply "
                "have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience."
                "\n\nIf you have already paid, thank you – please let me know the payment date so that I can update my "
                "records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n"
                + pay)
    elif rem == "late_fee":
        core = (f"Invoice {inv} for {A}, due on {D(due)}, is now {late} days overdue.\n\nPlease arrange payment by "
                f"{D(deadline)}. If payment is already on its way, thank you – please let me know the date it was made. "
                "If there is a problem with the invoice or with the timing, please reply to this email and we can find "
                "a solution.\n\n" + pay)
    elif rem == "promise_followup":
        l1 = (f"Thank you for letting me know that invoice {inv} for {A} would be paid by {D(promise)}." if promise else
              f"Thank you for your earlier message about invoice {inv} for {A}, which was due on {D(due)}.")
        core = (f"{l1}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let me know "
                "the date it was made. If you need a little more time, could you let me know when I can expect it?\n\n"
                + pay)
    elif rem == "paid_claim_followup":
        core = (f"Thank you for letting me know that invoice {inv} for {A} has been paid.\n\nHowever, the payment has not "
                "reached my account yet. Bank transfers sometimes take a few extra days, and occasionally a payment is "
                "sent to out-of-date bank details. To help me trace it, could you please send me the date and reference "
                "of the transfer, or a copy of the payment confirmation?\n\nIf the transfer was made only in the last day "
                "or two, it is probably still on its way, and there is no need to do anything further. Thank you for your help.")
    elif rem == "final":
        return (f"Final notice before debt recovery\n\nTo: {cname}\nDate: {D(sent.date())}\nInvoice: {inv}, issued on "
                f"{D(issue)}, due on {D(due)}\nAmount due: {A}\nPayment deadline: {D(deadline)}\n\n"
                f"{salutation('en', cname, ckind).replace('Hello,', 'Dear Sir or Madam,')}\n\nDespite my previous "
                f"reminders, invoice {inv} for {A}, which was due for payment on {D(due)}, remains unpaid.\n\nI therefore "
                f"formally request payment of {A} by {D(deadline)}.\n\nIf payment is not received by that date, I intend "
                "to take steps to recover the debt. These may include referring the matter to a debt collection agency or "
                "a solicitor and, if necessary, starting court proceedings.\n\nI would much rather resolve this with you "
                "directly. If there is a reason for the delay, or if you would like to propose a payment plan, please reply "
                f"to this email before {D(deadline)}.\n\nIf you have paid in the meantime, thank you, and please accept my "
                "apologies for this notice; it would help if you could let me know the payment date so that I can update "
                f"my records.\n\n{pay}\n\nYours sincerely,\n{o['name']}")
    return f"{sal}\n\n{core}\n\nKind regards,\n{o['name']}"


# --------------------------------------------------------------------------------------------
# MIME plumbing
# --------------------------------------------------------------------------------------------
def hx(seed, n=16):
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:n]


def mk_msgid(seed, domain, style="plain"):
    h = hashlib.sha256(seed.encode("utf-8")).digest()
    b = base64.urlsafe_b64encode(h).decode().rstrip("=")
    if style == "gmail":
        return f"<CAG{b[:10]}+{b[10:28]}={b[28:40]}@mail.gmail.com>"
    if style == "outlook":
        u = h.hex().upper()
        return f"<AM9PR04MB{u[:4]}{u[4:40]}@AM9PR04MB{u[:4]}.eurprd04.prod.outlook.com>"
    if style == "apple":
        u = h.hex().upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    if style == "mailduns":
        return f"<mailduns.{h.hex()[:20]}@{domain}>"
    return f"<{h.hex()[:24]}@{domain}>"


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def A_(name, mail):
    if not name:
        return mail
    return formataddr((name, mail), charset="utf-8")


def body_bytes(text, charset, cte):
    """charset 'outlook-latin1' = declared iso-8859-1 but cp1252 bytes, as Outlook does."""
    text = text.replace("\r\n", "\n")
    if charset == "outlook-latin1":
        b, cs = text.encode("cp1252"), "iso-8859-1"
    else:
        b, cs = text.encode(charset), charset
    if cte is None:
        cte = "7bit" if all(c < 128 for c in b) else "8bit"
    if cte == "quoted-printable":
        payload = quopri.encodestring(b)
    elif cte == "base64":
        payload = base64.encodebytes(b)
    else:
        payload = b
    if not payload.endswith(b"\n"):
        payload += b"\n"
    return cs, cte, payload


def leaf_text(ctype, text, charset="utf-8", cte=None, extra_ct=""):
    cs, cte, payload = body_bytes(text, charset, cte)
    hdr = f'Content-Type: {ctype}; charset="{cs}"{extra_ct}\nContent-Transfer-Encoding: {cte}\n\n'
    return hdr.encode() + payload


def leaf_file(ctype, data, filename, disp="attachment", cid=None):
    hdr = f'Content-Type: {ctype}; name="{filename}"\nContent-Disposition: {disp}; filename="{filename}"\n'
    if cid:
        hdr += f"Content-ID: <{cid}>\n"
    hdr += "Content-Transfer-Encoding: base64\n\n"
    return hdr.encode() + base64.encodebytes(data)


def multipart(sub, parts, extra="", style="plain"):
    seed = hashlib.md5(b"".join(parts)).hexdigest()
    if style == "gmail":
        bnd = "000000000000" + seed[:16]
    elif style == "outlook":
        bnd = "_000_" + seed[:24].upper() + "_"
    elif style == "apple":
        bnd = "Apple-Mail-" + seed[:8].upper() + "-" + seed[8:12].upper()
    else:
        bnd = "----=_Part_" + seed[:6] + "_" + seed[6:16]
    out = f'Content-Type: multipart/{sub}; boundary="{bnd}"{extra}\n\n'.encode()
    if sub != "alternative" or style != "gmail":
        out += b"This is a multi-part message in MIME format.\n\n" if style == "plain" else b""
    for p in parts:
        out += f"--{bnd}\n".encode() + p + (b"" if p.endswith(b"\n") else b"\n")
    out += f"--{bnd}--\n".encode()
    return out


def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Title (" + t +
            b") >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 3 0 R >>\n%%EOF\n")


def fake_png(seed):
    def chunk(tag, data):
        c = struct.pack(">I", len(data)) + tag + data
        return c + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    w, h = 4, 4
    raw = b"".join(b"\x00" + hashlib.sha256(f"{seed}{y}".encode()).digest()[: w * 3] for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def fake_jpg(seed):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" +
            hashlib.sha512(seed.encode()).digest() + b"\xff\xd9")


def attachment(spec):
    kind, name = spec[0], spec[1]
    if kind == "pdf":
        return leaf_file("application/pdf", fake_pdf(spec[2] if len(spec) > 2 else name), name)
    if kind == "png":
        return leaf_file("image/png", fake_png(name), name)
    if kind == "jpg":
        return leaf_file("image/jpeg", fake_jpg(name), name)
    raise ValueError(kind)


def text_to_html(text):
    out = []
    for para in re.split(r"\n\s*\n", text.strip("\n")):
        esc = para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        out.append(esc.replace("\n", "<br>\n"))
    return out


def html_gmail(body, quote_attr=None, quote_text=None):
    paras = text_to_html(body)
    h = '<div dir="ltr">' + "<br>\n".join(f"<div>{p}</div><div><br></div>" for p in paras) + "</div>\n"
    if quote_text:
        q = "<br>\n".join(text_to_html(quote_text))
        h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              f"{quote_attr.replace('<', '&lt;').replace('>', '&gt;')}<br></div>"
              '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
              f'rgb(204,204,204);padding-left:1ex">{q}</blockquote></div>\n')
    return h


def html_outlook(body, hdr_block=None, quote_text=None, charset="utf-8", lang="it"):
    cs = "iso-8859-1" if charset == "outlook-latin1" else charset
    paras = text_to_html(body)
    h = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n'
         f'<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
         '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
         'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}\n'
         '--></style>\n</head>\n<body lang="' + {'it': 'IT', 'es': 'ES', 'en': 'EN-GB'}[lang] +
         '" link="#0563C1" vlink="#954F72">\n<div class="WordSection1">\n')
    for p in paras:
        h += f'<p class="MsoNormal">{p}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'
    if hdr_block:
        hb = "<br>\n".join(f"<b>{k}</b> {v.replace('<', '&lt;').replace('>', '&gt;')}" for k, v in hdr_block)
        h += ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
              f'<p class="MsoNormal">{hb}<o:p></o:p></p>\n</div>\n')
        for p in text_to_html(quote_text):
            h += f'<p class="MsoNormal">{p}<o:p></o:p></p>\n'
    h += "</div>\n</body>\n</html>\n"
    return h


# --------------------------------------------------------------------------------------------
# Quote styles
# --------------------------------------------------------------------------------------------
def attribution(lang, style, owner, sent):
    d = sent
    n, m = owner["name"], owner["mail"]
    if style in ("gmail", "gmail-html"):
        if lang == "it":
            return (f"Il giorno {IT_DAY3[d.weekday()]} {d.day} {IT_MON3[d.month-1]} {d.year} alle ore "
                    f"{d:%H:%M} {n} <{m}> ha scritto:")
        if lang == "es":
            return (f"El {ES_DAY3[d.weekday()]}, {d.day} {ES_MON3[d.month-1]} {d.year} a las {d.hour}:{d:%M}, "
                    f"{n} (<{m}>) escribió:")
        return f"On {EN_DAY3[d.weekday()]}, {d.day} {EN_MON3[d.month-1]} {d.year} at {d:%H:%M}, {n} <{m}> wrote:"
    if style == "apple":
        if lang == "it":
            return f"Il giorno {d.day} {IT_MON3[d.month-1]} {d.year}, alle ore {d:%H:%M}, {n} <{m}> ha scritto:"
        if lang == "es":
            return f"El {d.day} {ES_MON3[d.month-1]} {d.year}, a las {d.hour}:{d:%M}, {n} <{m}> escribió:"
        return f"On {d.day} {EN_MON3[d.month-1]} {d.year}, at {d:%H:%M}, {n} <{m}> wrote:"
    if style == "android":
        if lang == "it":
            return f"Il {d.day:02d}/{d.month:02d}/{d.year} {d:%H:%M}, {n} <{m}> ha scritto:"
        if lang == "es":
            return f"El {d.day}/{d.month}/{d.year} {d.hour}:{d:%M}, {n} <{m}> escribió:"
        return f"On {d.day} {EN_MON3[d.month-1]} {d.year} {d:%H:%M}, {n} <{m}> wrote:"
    raise ValueError(style)


def outlook_block(lang, owner, client, sent, subject):
    d = sent
    if lang == "it":
        return [("Da:", f"{owner['name']} <{owner['mail']}>"),
                ("Inviato:", f"{IT_DAYS[d.weekday()]} {d.day} {IT_MONTHS[d.month-1]} {d.year} {d:%H:%M}"),
                ("A:", f"{client[0]} <{client[1]}>" if client[0] else client[1]), ("Oggetto:", subject)]
    if lang == "es":
        return [("De:", f"{owner['name']} <{owner['mail']}>"),
                ("Enviado:", f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month-1]} de {d.year} {d.hour}:{d:%M}"),
                ("Para:", f"{client[0]} <{client[1]}>" if client[0] else client[1]), ("Asunto:", subject)]
    return [("From:", f"{owner['name']} <{owner['mail']}>"),
            ("Sent:", f"{EN_DAYS[d.weekday()]}, {d.day} {EN_MONTHS[d.month-1]} {d.year} {d:%H:%M}"),
            ("To:", f"{client[0]} <{client[1]}>" if client[0] else client[1]), ("Subject:", subject)]


def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


UA = {
    "iphone": ("apple", "X-Mailer: iPhone Mail (22C152)"),
    "ipad": ("apple", "X-Mailer: iPad Mail (22B91)"),
    "mac": ("apple", "X-Mailer: Apple Mail (2.3826.300.87.4.3)"),
    "gmail": ("gmail", None),
    "outlook": ("outlook", "X-Mailer: Microsoft Outlook 16.0"),
    "outlookweb": ("outlook", None),
    "android": ("plain", "User-Agent: Android"),
    "thunderbird": ("plain", "User-Agent: Mozilla Thunderbird"),
    "libero": ("plain", "X-Mailer: Libero Mail"),
    "yahoo": ("plain", "X-Mailer: WebService/1.1.23369 YMailNorrin"),
    "plain": ("plain", None),
}


def when(s, tz):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(tz))


def write(labels, headers, entity):
    raw = "\n".join(headers).encode("utf-8") + b"\n" + entity
    MESSAGES.append((raw, labels))


def R(lab, owner, inv, amt, client, date, tz, body, *, rem="reminder", ago=3, late=12, greet=True,
      ckind="person", what="il lavoro", promise=None, quote="gmail", ua="gmail", fmt="plain",
      charset="utf-8", cte=None, attach=(), cc=None, prefix="Re: ", sender=None, to=None,
      subject=None, extra=(), html=None, refs=True, cur=None):
    """A human reply to a mailduns reminder (or to the owner's invoice mail).
    lab: labels dict (kind, language, facts, note). client: (name, email) the reminder went to.
    sender: (name, email) if someone else replies. quote: gmail|apple|android|outlook|none|gmail-html."""
    o = OWNERS[owner]
    lang = o["lang"]
    reply_dt = when(date, tz)
    sent = (reply_dt.astimezone(ZoneInfo(o["tz"])) - dt.timedelta(days=ago)).replace(
        hour=9, minute=int(hx(inv + date, 2), 16) % 50 + 2, second=0)
    if rem in ("invoice",):
        due = sent.date() + dt.timedelta(days=30)
        issue = sent.date()
    else:
        due = sent.date() - dt.timedelta(days=late)
        issue = due - dt.timedelta(days=30)
    cname = (client[0] if greet is True else greet) if greet else None
    rem_subject = subject_for(lang, rem, inv)
    qtext = reminder_text(o, rem, inv, amt, cname, ckind, sent, due, issue, what, promise)
    rem_id = mk_msgid(inv + rem + str(sent), o["mail"].split("@")[1], "mailduns")
    inv_id = mk_msgid(inv + "invoice", o["mail"].split("@")[1])
    frm = sender or client
    dom = frm[1].split("@")[1]
    mstyle, uahdr = UA[ua]
    msgid = mk_msgid(inv + date + body[:40], dom, mstyle)
    subj = subject if subject is not None else prefix + rem_subject
    body = body.strip("\n") + "\n"
    # assemble text and html
    if quote == "none":
        text = body
        q_attr = None
    elif quote == "outlook":
        blk = outlook_block(lang, o, client, sent, rem_subject)
        text = body + "\n" + "_" * 32 + "\n" + "\n".join(f"{k} {v}" for k, v in blk) + "\n\n" + qtext + "\n"
    else:
        q_attr = attribution(lang, "gmail" if quote == "gmail-html" else quote, o, sent)
        if quote == "apple":
            text = body + "\n" + q_attr + "\n\n" + gt(qtext) + "\n"
        else:
            text = body + "\n" + q_attr + "\n" + gt(qtext) + "\n"
    if html is None and fmt in ("alt", "html"):
        if quote == "outlook":
            html = html_outlook(body, outlook_block(lang, o, client, sent, rem_subject), qtext, charset, lang)
        elif quote == "none":
            html = html_gmail(body) if mstyle != "outlook" else html_outlook(body, charset=charset, lang=lang)
        else:
            html = html_gmail(body, q_attr, qtext)
    if fmt == "plain":
        ent = leaf_text("text/plain", text, charset, cte,
                        '; format=flowed' if mstyle == "apple" and cte is None else "")
    elif fmt == "html":
        ent = leaf_text("text/html", html, charset, cte or "quoted-printable")
    else:
        ent = multipart("alternative", [leaf_text("text/plain", text, charset, cte),
                                        leaf_text("text/html", html, charset, cte or "quoted-printable")],
                        style=mstyle)
    if attach:
        ent = multipart("mixed", [ent] + [attachment(a) for a in attach], style=mstyle)
    H = [f"Date: {format_datetime(reply_dt)}",
         f"From: {A_(*frm)}",
         f"To: {to if to else A_(o['name'], o['mail'])}"]
    if cc:
        H.append(f"Cc: {cc}")
    H.append(f"Subject: {enc_header(subj)}")
    H.append(f"Message-ID: {msgid}")
    if refs:
        H.append(f"In-Reply-To: {rem_id}")
        H.append(f"References: {inv_id if rem != 'invoice' else ''} {rem_id}".replace("  ", " "))
    H.append("MIME-Version: 1.0")
    if uahdr:
        H.append(uahdr)
    H.extend(extra)
    lab = dict(lab)
    lab.setdefault("language", lang)
    if "amount" in lab and cur is None and o["cur"] != "EUR" and "currency" not in lab:
        lab["currency"] = o["cur"]
    if cur and "amount" in lab:
        lab["currency"] = cur
    write(lab, H, ent)
    return dict(sent=sent, rem_id=rem_id, qtext=qtext, subject=rem_subject, due=due)


def RAW(lab, headers, entity):
    """Machine mail: headers (list of str) and an entity built with leaf_text/multipart."""
    write(lab, headers, entity)


def L(kind, note, **facts):
    d = {"kind": kind}
    d.update(facts)
    d["note"] = note
    return d


# ============================================================================================
# ITALIAN
# ============================================================================================
ROME = "Europe/Rome"
DISCLAIMER_IT = (
    "Le informazioni contenute in questo messaggio di posta elettronica e negli eventuali allegati sono "
    "riservate e destinate esclusivamente al destinatario indicato. Ai sensi del Regolamento UE 2016/679 (GDPR) "
    "e del D.Lgs. 196/2003, qualora il messaggio le fosse pervenuto per errore, la preghiamo di eliminarlo "
    "senza copiarlo e di darne comunicazione al mittente. Grazie.")

# ---- paid ----------------------------------------------------------------------------------
R(L("client-reply-paid", "Grandmother, ALL CAPS, no accents: the daughter made the transfer from the phone for her."),
  "AR", "41/2026", "380.00", ("Giuseppina Fadda", "pina.fadda48@tiscali.it"), "2026-12-04 16:12", ROME,
  """CARA ALESSANDRA HO FATTO IL BONIFICO IERI, ME LO HA FATTO MIA FIGLIA COL TELEFONO PERCHE IO NON SONO
CAPACE. IL QUADRO DI DAVIDE E BELLISSIMO LO ABBIAMO APPESO IN SALA SOPRA IL DIVANO E TUTTI QUELLI CHE
VENGONO DICONO CHE SEMBRA VERO. GRAZIE DI TUTTO E TANTI AUGURI DI BUON NATALE
PINA
""", ua="plain", quote="gmail", what="il ritratto a olio")

R(L("client-reply-paid", "Wedding couple, chatty, emoji; the husband made the transfer this morning, receipt attached."),
  "MP", "37/2026", "1800.00", ("Sara Melis", "saramelis.92@gmail.com"), "2026-11-16 08:47", ROME,
  """Ciao Marco!
scusa scusa scusa 🙈 con il trasloco ci era completamente passato di mente.
Nicola ha fatto il bonifico stamattina per il saldo (album + video), ti allego la contabile.

Le foto sono stupende, mia suocera ha pianto di nuovo guardando l'album 😂 grazie ancora di tutto!!

Un abbraccio
Sara
""", rem="due", late=3, fmt="alt", attach=[("pdf", "Contabile_bonifico_16112026.pdf")])

R(L("client-reply-paid", "Plumber writing in Friulian ('o ai fat il bonifico' = I made the transfer); amount stated.",
    amount="610.00"),
  "GF", "44/2026", "610.00", ("Idraulica Toffoli", "info@idraulicatoffoli.it"), "2027-01-11 07:05", ROME,
  """Bundì Giulie,
o ai fat il bonifico di 610 euro pal sît vinars, cumò al varès di jessi rivât.
Mandi e graciis
Renzo

Inviato dal mio smartphone Samsung Galaxy.
""", ckind="company", ua="android", quote="android")

R(L("client-reply-paid", "Student's father from his work Outlook, formal, with CRO and GDPR disclaimer; names the invoice.",
    reference="9/2026"),
  "CC", "9/2026", "240.00", ("Paolo Ferri", "paolo.ferri@studiotecnicoferri.it"), "2026-12-03 11:20", ROME,
  """Buongiorno,

le confermo che il pagamento della fattura 9/2026 (lezioni di matematica di Matteo, ottobre e novembre) è stato effettuato con bonifico in data 2 dicembre, CRO 0306912345678901.

Cordiali saluti

Paolo Ferri
Geometra
Studio Tecnico Ferri – Via Emilia 212, 40026 Imola (BO)
Tel. 0542 123456

""" + DISCLAIMER_IT + "\n", ua="outlook", quote="outlook", fmt="alt", charset="outlook-latin1", prefix="R: ")

R(L("client-reply-paid", "Fruit seller using voice dictation: punctuation dictated as words ('punto', 'virgola'); paid by Satispay; asks to confirm.",
    amount="180.00"),
  "GF", "39/2026", "180.00", ("Gino Zanutta", "frutta.zanutta@gmail.com"), "2026-11-25 13:02", ROME,
  """Giulia buongiorno sono Gino della frutta ti ho mandato i soldi con Satispay punto 180 euro punto per il volantino virgola fammi sapere se ti sono arrivati punto grazie e saluti alla mamma
""", ua="android", quote="none", rem="due", late=1)

R(L("client-reply-paid", "Hairdresser, one word plus emoji from iPhone ('fattoooo' = done)."),
  "GF", "47/2026", "240.00", ("Sabrina Bressan", "sabri.acconciature@gmail.com"), "2027-01-19 21:33", ROME,
  """fattoooo 💇‍♀️💸 scusa il ritardo!!!
baci Sabri

Inviato da iPhone
""", ua="iphone", quote="apple", prefix="Re: ")

# taxi driver forwards his bank's confirmation, new thread
RAW(L("client-reply-paid", "Taxi driver forwards his bank's transfer confirmation with just 'Ecco qua'; new thread, no In-Reply-To. Amount and invoice are in the forwarded receipt he sends.",
      language="it", amount="366.00", reference="27/2026"),
    [f"Date: {format_datetime(when('2026-11-09 18:40', ROME))}",
     "From: Walter Degano <walter.taxiudine@gmail.com>",
     "To: Giulia Fabbro <giulia@fabbroweb.it>",
     "Subject: Fwd: Conferma esecuzione bonifico",
     f"Message-ID: {mk_msgid('walter-fwd', 'x', 'gmail')}",
     "MIME-Version: 1.0"],
    leaf_text("text/plain", """Ecco qua.
Walter

---------- Forwarded message ---------
Da: Intesa Sanpaolo <comunicazioni@intesasanpaolo.com>
Date: lun 9 nov 2026 alle ore 18:31
Subject: Conferma esecuzione bonifico
To: <walter.taxiudine@gmail.com>


Gentile Cliente,

ti confermiamo che la disposizione di bonifico SEPA da te inserita è stata eseguita.

Ordinante: DEGANO WALTER
Beneficiario: GIULIA FABBRO
IBAN beneficiario: IT02L0634012300100000172339
Importo: EUR 366,00
Causale: SALDO FT 27/2026 SITO TAXI
Data esecuzione: 09/11/2026
TRN: 0306967712345603480012345600IT

Questa è una comunicazione automatica, ti preghiamo di non rispondere.
Intesa Sanpaolo S.p.A.
"""))

R(L("client-reply-paid", "Yoga teacher paid by PayPal, round amount stated.", amount="250.00"),
  "MP", "40/2026", "250.00", ("Ilaria Deiana", "ilaria.yogacagliari@gmail.com"), "2026-11-28 09:15", ROME,
  """Namasté Marco 🙏

ho saldato ieri sera con PayPal all'indirizzo che mi avevi dato, 250 euro tondi. Se ti manca qualcosa dimmelo pure.
Le foto del ritiro a Villasimius sono piaciute tantissimo, ne useremo un paio per il sito nuovo.

Luce,
Ilaria
""", what="il servizio fotografico del ritiro yoga")

R(L("client-reply-paid", "Football club manager replies from personal address: the treasurer says the transfer left on Tuesday with the club's payments."),
  "GF", "42/2026", "350.00", ("ASD Tavagnacco Calcio", "segreteria@asdtavagnacco.it"), "2026-12-10 22:14", ROME,
  """Ciao Giulia,
il tesoriere mi dice che il bonifico è partito martedì insieme agli altri pagamenti della società. Se entro la settimana non ti arriva fammi un fischio che ci guardo io.
Le grafiche delle maglie sono piaciute a tutti, i ragazzi sono gasatissimi.

Forza Tava!
Beppe Cecotti
(dirigente accompagnatore Juniores)
""", ckind="company", sender=("Beppe Cecotti", "beppe.cecotti@gmail.com"),
  cc="ASD Tavagnacco Calcio <segreteria@asdtavagnacco.it>")

R(L("client-reply-paid", "Farm holiday owner, Outlook HTML only, iso-8859-1 with cp1252 bytes: paid by cheque handed to the photographer's wife at the market.",
    amount="420.00"),
  "MP", "35/2026", "420.00", ("Agriturismo Su Pranu", "info@agriturismosupranu.it"), "2027-01-25 19:02", ROME,
  """Buonasera Marco,

abbiamo pagato tutto con un assegno di 420 euro che ho consegnato a mano a sua moglie sabato mattina al mercato di San Benedetto, mi dica se è tutto a posto così chiudiamo la pratica.

Cordiali saluti
Antonella Piras
Agriturismo Su Pranu – Loc. Su Pranu, Siurgus Donigala (SU)
""", ckind="company", ua="outlook", quote="outlook", fmt="html", charset="outlook-latin1", prefix="R: ",
  rem="late_fee", late=40)

R(L("client-reply-paid", "Granddaughter writes for her grandmother (who has no email): portrait paid in cash on collection on 28 November; asks if there is a mistake — still a paid claim."),
  "AR", "43/2026", "290.00", ("Bianca Mazzoni", "mazzoni.famiglia@alice.it"), "2026-12-07 14:30", ROME,
  """Buongiorno,
sono Elena, la nipote della signora Bianca Mazzoni. Mi ha chiesto di scriverle che il ritratto l'ha pagato in contanti quando è venuta a ritirarlo in studio il 28 novembre, me l'ha detto tre volte 😅 Forse c'è un errore? Lei la mail non la usa, questo è l'indirizzo di casa.

Grazie e buona giornata
Elena
""", ua="plain", quote="gmail", rem="reminder", late=5)

R(L("client-reply-paid", "Mother answers the paid-claim follow-up with the CRO, date and amount of her transfer.", amount="160.00"),
  "CC", "11/2026", "160.00", ("Manuela Sartori", "manu.sartori@hotmail.it"), "2026-12-21 20:05", ROME,
  """Buonasera Chiara,
ecco il CRO: 0326812004457812. Il bonifico l'ho fatto il 14/12 da Banca Sella, 160 euro, causale "lezioni Giulia novembre". Mi scusi se non gliel'avevo mandato prima, con le feste sono nel caos.
Manuela
""", rem="paid_claim_followup", ua="outlookweb", quote="outlook", prefix="RE: ")

# ---- promise -------------------------------------------------------------------------------
R(L("client-reply-promise", "Fishmonger in Triestine dialect: 'te pago entro el 15 de genaio' = by 15 January.",
    promised_date="2027-01-15"),
  "GF", "45/2026", "280.00", ("Pescheria Da Bepi", "info@pescheriadabepi.it"), "2026-12-20 10:31", ROME,
  """Ciao Giulia,
sto mese xe dura, el pesse no se vendi e coi regali de Nadal semo tuti in bolleta. Te pago entro el 15 de genaio, parola de Bepi.
Bon Nadal a ti e fameia
Bepi
""", ckind="company", ua="libero", quote="gmail")

R(L("client-reply-promise", "Barber will bring the cash to the studio on Saturday (message sent on a Wednesday).",
    promised_date="2026-12-12"),
  "MP", "46/2026", "150.00", ("Efisio Loi", "oldcagliaribarber@gmail.com"), "2026-12-09 12:40", ROME,
  """Ciao Marco ti porto i soldi in studio sabato mattina, contanti va bene? Che col pos ci perdo.
Efisio
""", ua="iphone", quote="apple", what="le foto per la barberia")

R(L("client-reply-promise", "Newlyweds joke about being broke, then promise the balance at the end of the month with the 13th-month pay.",
    promised_date="2026-12-31"),
  "MP", "34/2026", "1200.00", ("Valentina Cocco", "vale.andrea.sposi2026@gmail.com"), "2026-12-03 19:55", ROME,
  """Ciao Marco!!
Ci siamo sposati e abbiamo finito i soldi 😅😅 scherzo (più o meno)... il saldo lo facciamo a fine mese quando arriva la tredicesima di Andrea, promesso!
Ps: la zia Rita vuole sapere se puoi stampare una foto grande del taglio della torta, quanto costa?

Vale & Andrea 💍
""", fmt="alt", rem="reminder", late=20)

R(L("client-reply-promise", "Mother, late at night: online banking is down, will pay tomorrow.", promised_date="2027-01-13"),
  "CC", "14/2026", "200.00", ("Roberta Galli", "roberta.galli77@yahoo.it"), "2027-01-12 21:40", ROME,
  """Buonasera, pago domani, oggi l'home banking non funziona (ci ho provato tre volte). Mi scusi
Saluti, Roberta Galli (mamma di Sofia)
""", ua="yahoo", quote="gmail", rem="due", late=2)

R(L("client-reply-promise", "Wine grower mixing Friulian and Italian: will pay when the co-op pays for the grapes ('par cumò no rivi'). Promise without a date."),
  "GF", "38/2026", "450.00", ("Lino Comelli", "comelli.vini@gmail.com"), "2026-11-18 20:20", ROME,
  """Giulia, ti pago apena che la cantina sociale mi paga le uve, par cumò no rivi. Pensavo a novembre ma quest'anno sono in ritardo anche loro.
Mandi
Lino
""", quote="none")

R(L("client-reply-promise", "Taxi driver: 'non prima del 10, il 10 sicuro' — car broke down.", promised_date="2027-01-10"),
  "AR", "45/2026", "320.00", ("Stefano Guidi", "stefano.guidi.taxi@gmail.com"), "2027-01-04 07:50", ROME,
  """Buongiorno Alessandra,
non prima del 10 mi dispiace, mi si è rotta la macchina (e per un tassista è un bel problema) e ho dovuto pagare il meccanico. Il 10 sicuro.
Mia moglie è ancora incantata dal ritratto, ha detto che è il regalo più bello che le abbia mai fatto.
Stefano
""", ua="android", quote="android", what="il ritratto di Anna")

R(L("client-reply-promise", "Plumbing firm's office, long chatty Outlook mail about a boiler job and the website photos; one sentence: paying with the end-of-January run.",
    promised_date="2027-01-31"),
  "GF", "49/2026", "732.00", ("Termoidraulica Visintin snc", "amministrazione@visintinsnc.it"), "2027-01-08 17:22", ROME,
  """Ciao Giulia,

scusa se ti rispondo solo adesso ma è stata una settimana di fuoco: con il freddo sono saltate mezze caldaie di Cividale e Ivan è in giro dalle sei di mattina alle nove di sera, io sto al telefono tutto il giorno a spostare appuntamenti.

Per il sito: le foto del furgone nuovo te le mando appena lo lavano (adesso è un disastro di fango), e Ivan vuole aggiungere la pagina delle pompe di calore, ti chiamo la settimana prossima per quello.

La tua fattura la metto in pagamento con il giro di fine gennaio insieme ai fornitori.

Buon anno anche se in ritardo!
Lorena

Lorena Visintin
Amministrazione – Termoidraulica Visintin snc
Via Udine 48, 33043 Cividale del Friuli (UD)
""", ckind="company", sender=("Lorena Visintin", "amministrazione@visintinsnc.it"), ua="outlook",
  quote="outlook", fmt="alt", prefix="R: ")

R(L("client-reply-promise", "Yoga teacher: will pay next week (vague, no date)."),
  "AR", "44/2026", "150.00", ("Marta Benassi", "marta.yogabologna@gmail.com"), "2026-11-23 10:05", ROME,
  """Ciao Alessandra, hai ragione scusami! Ti pago la settimana prossima, adesso ho appena pagato l'affitto della sala e sono a secco 🙏
Il poster è appeso all'ingresso e me lo chiedono tutti, ti ho fatto pubblicità 😉
Marta
""", what="il poster illustrato")

R(L("client-reply-promise", "Elderly client, ALL CAPS: will bring the money on Thursday when she goes to the doctor nearby (sent on a Monday).",
    promised_date="2026-11-26"),
  "AR", "40/2026", "200.00", ("Lucia Bortolotti", "bortolotti.lucia@libero.it"), "2026-11-23 09:40", ROME,
  """VENGO IO A PORTARTI I SOLDI GIOVEDI CHE VADO DAL DOTTORE LI VICINO. SE NON CI SEI LI LASCIO ALLA SIGNORA DEL BAR?
LUCIA BORTOLOTTI
""", ua="libero", quote="none", rem="reminder", late=9)

R(L("client-reply-promise", "Football club: the board meets on the 20th to approve payments, then everything goes out. A promise, but no payment date stated."),
  "MP", "33/2026", "380.00", ("Polisportiva Quartu 2000", "polisportivaquartu2000@gmail.com"), "2026-11-12 21:00", ROME,
  """Buonasera Marco,
il consiglio direttivo si riunisce il 20 e approva i pagamenti del mese, dopo parte tutto. Intanto grazie per la pazienza e per le foto della squadra, sono venute benissimo.
Saluti
Gianfranco Melis
Segretario Polisportiva Quartu 2000
""", ckind="company")

R(L("client-reply-promise", "Two invoices: October's already paid, November's (12/2026) 'entro venerdì' (message on a Monday). Promise wins.",
    promised_date="2026-12-18", reference="12/2026"),
  "CC", "12/2026", "180.00", ("Davide Marchi", "davide.marchi@gmail.com"), "2026-12-14 13:10", ROME,
  """Ciao Chiara,
la fattura di ottobre (8/2026) l'ho pagata il 30 novembre, dovresti averla ricevuta. Quella di novembre (12/2026) la pago entro venerdì.
Grazie, Tommaso sta andando molto meglio in matematica!
Davide
""")

R(L("client-reply-promise", "Fruit-and-veg shop: 'oggi pomeriggio passo in banca' = will pay today.", promised_date="2026-11-17"),
  "AR", "39/2026", "480.00", ("Nives Toniolo", "nives.frutta@gmail.com"), "2026-11-17 08:12", ROME,
  """Oddio scusami, mi era proprio scappato! Oggi pomeriggio passo in banca e te lo faccio. L'insegna è bellissima, me la fotografano anche i turisti 🍊🍋
Nives
""", ua="iphone", quote="apple", what="l'insegna dipinta del negozio")

R(L("client-reply-promise", "Sardinian farmer mixing Sardinian ('oe seus in campagna a collire olia' = today we're picking olives): will pay Monday (sent Thursday).",
    promised_date="2026-11-16"),
  "MP", "32/2026", "300.00", ("Tonino Atzeni", "tonino.atzeni@tiscali.it"), "2026-11-12 19:30", ROME,
  """Ajò Marco, ti pago lunedì, ca oe seus in campagna a collire olia e non tengo tempo de andai in banca. Ciau
Tonino
""", ua="plain", quote="none")

# ---- dispute -------------------------------------------------------------------------------
R(L("client-reply-dispute", "Wedding couple withhold the balance until the album is fixed (ceremony photos missing)."),
  "MP", "36/2026", "900.00", ("Federica Usai", "fede.usai@hotmail.it"), "2027-01-15 22:48", ROME,
  """Ciao Marco,
abbiamo ricevuto l'album ma mancano tutte le foto della cerimonia in chiesa, ci sono solo quelle del ricevimento e tre della promessa. Nella bozza che avevamo approvato c'erano eccome. Il saldo te lo facciamo quando arriva l'album corretto, non prima.
Fammi sapere
Federica

Inviato da iPhone
""", ua="iphone", quote="apple", rem="reminder", late=15)

R(L("client-reply-dispute", "Son of the elderly client: the agreed price was 300, not 450; they send 300. Partial payment + contest = dispute.",
    amount="300.00"),
  "AR", "42/2026", "450.00", ("Roberto Canè", "roberto.cane@fastwebnet.it"), "2026-12-15 18:00", ROME,
  """Buonasera,
scrivo per conto di mia madre, Franca Canè. Lei dice che il prezzo concordato per il ritratto di mio padre era 300 euro, non 450, e se lo ricorda bene perché ne avevate parlato al telefono con mia sorella presente. Le mandiamo 300 euro questa settimana; per il resto non ci sentiamo di pagare una cifra diversa da quella pattuita.

Cordiali saluti
Roberto Canè
""", ua="thunderbird", quote="gmail")

R(L("client-reply-dispute", "Plumber: the website's contact form doesn't work; pays only once it's fixed."),
  "GF", "50/2026", "540.00", ("Mauro Pittino", "pittino.impianti@gmail.com"), "2027-02-02 07:35", ROME,
  """Giulia il sito non funziona ancora, il modulo contatti non mi manda niente, un cliente mi ha detto che mi ha scritto due volte e non ho ricevuto niente. Prima me lo sistemi poi pago, mi sembra giusto.
Mauro
""", ua="android", quote="android", rem="late_fee", late=25)

R(L("client-reply-dispute", "Parent: invoice 15/2026 bills 10 lessons, son had 8 (2 cancelled by the teacher). Asks for a corrected invoice.",
    reference="15/2026"),
  "CC", "15/2026", "250.00", ("Silvia Roncato", "silvia.roncato@gmail.com"), "2027-01-09 15:20", ROME,
  """Buongiorno Chiara,

nella fattura 15/2026 sono indicate 10 lezioni, ma Tommaso ne ha fatte 8: due le aveva annullate lei a dicembre perché aveva l'influenza, ricorda? Può rifarla con l'importo giusto? Appena mi arriva la pago subito.

Grazie, buon anno
Silvia
""", fmt="alt")

R(L("client-reply-dispute", "Hairdresser refuses: the flyer was agreed in exchange for haircut and colour (barter), 'non ti devo niente'."),
  "GF", "51/2026", "120.00", ("Debora Cainero", "debby.hairstyle@libero.it"), "2027-02-10 20:02", ROME,
  """ma scusa non avevamo detto che il volantino me lo facevi in cambio di taglio e colore??? 😤 te li ho fatti a dicembre, anche la piega per la festa. io non ti devo niente
Debby
""", ua="iphone", quote="apple")

R(L("client-reply-dispute", "Farm-stay, formal Outlook (cp1252): invoice 29/2026 duplicates 14/2026 already paid in October. 'Already billed' = dispute.",
    reference="29/2026"),
  "MP", "29/2026", "360.00", ("Agriturismo Sa Mandra", "info@samandra-agriturismo.it"), "2026-11-20 10:10", ROME,
  """Buongiorno,

la fattura 29/2026 è un doppione della 14/2026 che abbiamo già pagato a ottobre: stesso servizio (foto della sala e delle camere) e stesso importo. Le chiediamo di annullarla con una nota di credito.

Distinti saluti
Amministrazione Agriturismo Sa Mandra
Strada Aeroporto Civile 21, Alghero (SS)
""", ckind="company", ua="outlook", quote="outlook", fmt="alt", charset="outlook-latin1", prefix="R: ")

R(L("client-reply-dispute", "Taxi driver in Olbia: was told 200 all-in, invoice says 260; will transfer the agreed 200.",
    amount="200.00"),
  "MP", "31/2026", "260.00", ("Gavino Satta", "gavino.taxiolbia@gmail.com"), "2026-11-27 06:50", ROME,
  """Marco mi avevi detto 200 tutto compreso, qui ne vedo 260. Io ti faccio il bonifico di 200 come eravamo rimasti, il resto non lo riconosco.
Gavino
""", ua="android", quote="none")

R(L("client-reply-dispute", "Football club: sponsor name misspelled on the kit graphics (Zanin instead of Zanon); won't pay until reprinted."),
  "GF", "41/2026", "390.00", ("ASD Pasian di Prato", "calcio.pasian@gmail.com"), "2026-12-01 21:45", ROME,
  """Buonasera,
le maglie sono arrivate dal fornitore con lo sponsor sbagliato: c'è scritto MACELLERIA ZANIN invece di ZANON, e il file l'avevate mandato voi. Il sig. Zanon non l'ha presa bene. Finché non si ristampa non paghiamo, ci dica lei come fare.

Renato Buttazzoni
Dirigente ASD Pasian di Prato
""", ckind="company", cc="Tesoriere ASD <tesoreria.pasian@gmail.com>")

# ---- other ---------------------------------------------------------------------------------
R(L("client-reply-other", "Elderly client asks to resend the invoice (granddaughter deleted emails)."),
  "AR", "46/2026", "180.00", ("Maria Grazia Tondelli", "mgtondelli@libero.it"), "2026-11-30 11:00", ROME,
  """Gentile Alessandra mi rimanda la fattura? Mia nipote mi ha sistemato il computer e mi ha cancellato tutta la posta vecchia. Non so neanche quanto era.
Grazie Maria Grazia Tondelli
""", ua="libero", quote="none", rem="reminder", late=6)

R(L("client-reply-other", "'Received, thanks' + passes it to her husband (cc) who handles payments. No promise."),
  "MP", "43/2026", "650.00", ("Chiara Porcu", "chiaraporcu@gmail.com"), "2026-11-05 09:30", ROME,
  """Ricevuto, grazie! Giro a Luca che si occupa lui dei pagamenti 😊
""", cc="Luca Mereu <luca.mereu@gmail.com>", rem="invoice", what="il servizio fotografico della cresima")

R(L("client-reply-other", "Parent asks for the invoice to be made out to him rather than his daughter (tax deduction). No contest of the amount."),
  "CC", "13/2026", "220.00", ("Giovanni Pellegrini", "gpellegrini@gmail.com"), "2026-12-11 18:30", ROME,
  """Buonasera, la fattura mi servirebbe intestata a me e non a mia figlia Alice, altrimenti il commercialista non me la fa scaricare nel 730. Può rifarla con il mio codice fiscale PLLGNN72M15A944K?
Grazie
Giovanni Pellegrini
""", rem="courtesy", late=-5)

R(L("client-reply-other", "Bride writes about a baptism in May; replies on the reminder thread without a word on payment."),
  "MP", "30/2026", "700.00", ("Giorgia Pisano", "giorgia.pisano88@gmail.com"), "2027-02-14 10:45", ROME,
  """Ciao Marco!!
Ti volevo chiedere se fai anche battesimi 👶 a maggio battezziamo la piccola a Sant'Anna e dopo pranzo in agriturismo, una cosa semplice. Ci piacerebbe tantissimo che fossi tu visto come sono venute quelle del matrimonio.
Fammi sapere date e prezzi quando puoi!
Giorgia
""", rem="late_fee", late=30)

R(L("client-reply-other", "Plumber can't see the IBAN on the invoice and asks for it (reply to the invoice mail)."),
  "GF", "40/2026", "305.00", ("Elvio Tomasin", "tomasinelvio@virgilio.it"), "2026-11-06 18:00", ROME,
  """buonasera no vedo l'IBAN nella fattura me lo mandi per piacere? grazie
Elvio Tomasin
""", rem="invoice", what="il biglietto da visita e il timbro", ua="plain", quote="gmail")

R(L("client-reply-other", "Pilates teacher asks whether she can pay by Satispay instead of transfer; question only."),
  "AR", "47/2026", "160.00", ("Elisa Fantini", "elisa.fantini@gmail.com"), "2026-12-02 12:00", ROME,
  """Ciao! Posso pagarti con Satispay? Il bonifico dal telefono non mi va e in banca non riesco ad andare 😩
Elisa
""", rem="due", late=0)

R(L("client-reply-other", "Fisherman asks to be phoned instead: not good at writing. No payment statement."),
  "MP", "41/2026", "280.00", ("Antonio Mura", "antoniomura.pesca@gmail.com"), "2026-11-10 06:10", ROME,
  """Marco chiamami quando puoi che ne parliamo a voce, per scrivere non sono bravo. 347 221 9087 dopo le 11 che prima sono in mare
Antonio
""", ua="android", quote="none")

R(L("client-reply-other", "Wife of the client: he is in hospital, she will let them know when he recovers. Not a promise to pay."),
  "GF", "43/2026", "210.00", ("Ivano Pez", "pez.ivano@gmail.com"), "2027-01-27 17:40", ROME,
  """Buonasera, sono la moglie di Ivano, è in ospedale da una settimana (niente di grave ma ne avrà per un po'). Le mail le guardo io, appena si riprende gli faccio vedere e le faccio sapere.
Loredana
""", rem="late_fee", late=28)

R(L("client-reply-other", "Football club never received invoice 33/2026 and asks for it, to pass to the treasurer.", reference="33/2026"),
  "GF", "33/2026", "260.00", ("US Buttrio", "segreteria@usbuttrio.it"), "2026-11-13 16:05", ROME,
  """Buongiorno,
nel sollecito c'è la 33/2026 ma a noi non risulta di averla mai ricevuta. Ce la può mandare? Così la passo al tesoriere.
Grazie
Segreteria US Buttrio
""", ckind="company", ua="thunderbird", quote="gmail", prefix="Re: ")

R(L("client-reply-other", "Farmer acknowledges the invoice mail with Christmas wishes."),
  "MP", "47/2026", "350.00", ("Giovanni Maria Sanna", "gm.sanna@tiscali.it"), "2026-12-22 08:00", ROME,
  """Grazie, ricevuto. Buon Natale a lei e famiglia 🎄
G.M. Sanna
""", rem="invoice", what="le foto del gregge e del caseificio", ua="plain", quote="none")

R(L("client-reply-other", "Daughter replies from the fisherman's account: dad doesn't use email, she forwarded it on WhatsApp."),
  "AR", "48/2026", "400.00", ("Nicola Boscolo", "boscolo.pesca@gmail.com"), "2026-11-19 19:20", ROME,
  """Salve sono la figlia, papà non usa la mail, gli ho girato il messaggio su WhatsApp. Ciao
Giada
""", ua="iphone", quote="apple", what="il quadro del peschereccio")

R(L("client-reply-other", "Son asks for a paper copy of the invoice by post for his mother."),
  "AR", "49/2026", "260.00", ("Franco Zanardi", "franco.zanardi@outlook.it"), "2027-01-20 09:10", ROME,
  """Buongiorno,
può mandarmi la fattura anche in cartaceo per posta? Mia madre vuole tenerla insieme al certificato del quadro, non si fida delle cose sul computer. L'indirizzo è Via Saragozza 88, 40123 Bologna.
Grazie mille
Franco Zanardi
""", ua="outlookweb", quote="outlook", prefix="RE: ", rem="due", late=1)

R(L("client-reply-other", "Mother replies to the courtesy reminder with news about her son's grades and asks for physics lessons; nothing about payment."),
  "CC", "16/2026", "180.00", ("Laura Visentin", "laura.visentin@gmail.com"), "2027-01-28 13:15", ROME,
  """Ciao Chiara!
Matteo ha preso 8 nella verifica di matematica!!! Non ci credevamo neanche noi 🎉
Volevo chiederti se da febbraio potete fare anche un'ora di fisica a settimana, il prof di fisica è un disastro e lui è in crisi. Fammi sapere giorni e orari.
Laura
""", rem="courtesy", late=-4)


# ============================================================================================
# SPANISH (incl. Andalusian, Canarian and Galician voices)
# ============================================================================================
MAD = "Europe/Madrid"
CAN = "Atlantic/Canary"
LOPD_ES = (
    "AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo "
    "contener información confidencial sometida a secreto profesional. En cumplimiento del Reglamento (UE) "
    "2016/679 y de la LOPDGDD 3/2018, le informamos de que sus datos forman parte de un fichero cuyo responsable "
    "es el remitente. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición dirigiéndose a "
    "la dirección del remitente.")

# ---- paid ----------------------------------------------------------------------------------
R(L("client-reply-paid", "Andalusian spelling ('te hise', 'der saldo', 'quillo'): balance paid by Bizum, 400 stated.",
    amount="400.00"),
  "JO", "F-2026/38", "400.00", ("Rocío Vargas", "rociovargas_91@hotmail.com"), "2026-11-08 23:41", MAD,
  """Javi illo ya está!! te hise el Bizum de los 400 der saldo 💃🕺
las fotos son una pasada quillo, mi mare no para de enseñarlas por el guasap a toa la familia

Enviado desde mi iPhone
""", ua="iphone", quote="apple", rem="due", late=2)

R(L("client-reply-paid", "Written in Galician ('xa che fixen a transferencia onte' = I already made the transfer yesterday); asks to check it arrived."),
  "NC", "NC26-031", "275.00", ("Manuel Lema", "manolo.lema@mundo-r.com"), "2026-12-12 09:18", MAD,
  """Boas Noa,
xa che fixen a transferencia onte pola tarde, mira a ver se che chegou.
As etiquetas quedaron moi ben, na lonxa preguntaron quen as fixera.
Unha aperta,
Manolo
""", ua="thunderbird", quote="gmail", what="las etiquetas de las latas de percebe")

R(L("client-reply-paid", "Grandmother, paid at the bank counter with help of the clerk; no quote."),
  "LM", "2026-052", "90.00", ("Carmen Jiménez", "carmenjimenez1949@yahoo.es"), "2026-11-20 12:40", MAD,
  """Hola hija, ya te lo pagué en el banco, la chica de la ventanilla me ayudó a rellenar el papel. El árbol de la familia lo tengo en el mueble del salón y mis nietos lo miran mucho.
Un beso muy fuerte
Carmen
""", ua="yahoo", quote="none", what="el árbol genealógico ilustrado")

R(L("client-reply-paid", "Taxi driver: 'Ahí lo tienes' + PDF transfer receipt attached. No amount in the text."),
  "LM", "2026-056", "242.00", ("Julián Prieto", "julianprieto.taxi@gmail.com"), "2026-12-14 15:22", MAD,
  """Ahí lo tienes. Un saludo

Julián
""", attach=[("pdf", "Justificante_transferencia_BBVA.pdf", "Justificante de transferencia")], ua="android",
  quote="android", rem="reminder", late=11)

R(L("client-reply-paid", "Canarian yoga teacher ('mi niña'), names invoice 2026-058; was on a retreat without signal.",
    reference="2026-058"),
  "LM", "2026-058", "160.00", ("Dácil Hernández", "dacil.yoga.tenerife@gmail.com"), "2027-01-07 10:02", CAN,
  """Buenas mi niña!
Ya te hice la transferencia de la factura 2026-058, perdona la tardanza, estuve de retiro en La Gomera sin cobertura ninguna 🧘‍♀️🌋
Los flyers quedaron preciosos, ya te contaré qué tal funcionan.
Un besito
Dácil
""", what="los flyers del estudio", rem="reminder", late=14)

R(L("client-reply-paid", "Parents' association treasurer, Outlook HTML only in windows-1252: transfer made on 3 December for 181,50 €.",
    amount="181.50"),
  "LM", "2026-059", "181.50", ("AMPA CEIP Miguel Hernández", "ampa.miguelhernandez@gmail.com"), "2026-12-09 17:30", MAD,
  """Hola Lucía:

Desde el AMPA te confirmamos que la transferencia se hizo el 3 de diciembre por 181,50 €. Si no te ha llegado dínoslo y lo miramos con el banco.

Los carteles del festival de Navidad han quedado genial, gracias.

Pilar Ortega
Tesorería AMPA CEIP Miguel Hernández
""", ckind="company", ua="outlook", quote="outlook", fmt="html", charset="windows-1252", prefix="RE: ")

R(L("client-reply-paid", "Kids' football coach: 'Pagao por Bizum, 85€'.", amount="85.00"),
  "JO", "F-2026/41", "85.00", ("Adrián Gómez", "adri.gomez.cdtriana@gmail.com"), "2026-11-26 21:12", MAD,
  """Pagao por Bizum, 85€. Gracias crack ⚽📸
""", ua="android", quote="android", what="las fotos del equipo alevín", rem="due", late=0)

R(L("client-reply-paid", "Fruit shop, formal Outlook in iso-8859-1 with cp1252 bytes: confirms payment of invoice 2026-047 for 302,50 € today.",
    amount="302.50", reference="2026-047"),
  "LM", "2026-047", "302.50", ("Frutas Hermanos Ruiz", "frutashnosruiz@telefonica.net"), "2026-11-11 10:45", MAD,
  """Buenos días Lucía:

Le confirmo que hemos realizado el pago de la factura n.º 2026-047 por importe de 302,50 € mediante transferencia con fecha de hoy.

Atentamente,

Encarna Ruiz
Frutas Hnos. Ruiz – Mercado de Maravillas, puesto 112
28020 Madrid

""" + LOPD_ES + "\n", ckind="company", sender=("Encarna Ruiz", "frutashnosruiz@telefonica.net"),
  ua="outlook", quote="outlook", charset="outlook-latin1", prefix="RE: ")

R(L("client-reply-paid", "Hairdresser one-liner, Andalusian 'pagao'."),
  "JO", "F-2026/45", "120.00", ("Reyes Moreno", "macarena.estilo@gmail.com"), "2027-01-30 20:50", MAD,
  """Ya esta pagao. Bss

Enviado desde mi Huawei
""", ua="android", quote="android", what="las fotos del salón para Instagram")

R(L("client-reply-paid", "Cheese maker answers the paid-claim follow-up with a screenshot: transfer made 9 January to the account ending 9876."),
  "NC", "NC26-034", "330.00", ("Xosé Antón Rial", "xarial@gmail.com"), "2027-01-18 13:00", MAD,
  """Te mando la captura, se hizo el 9 de enero a la cuenta que acaba en 9876. Si no te ha llegado dime algo y voy al banco a preguntar.

X. A. Rial
Queixería Rial – Arzúa
""", rem="paid_claim_followup", attach=[("png", "Screenshot_20270118-125812.png")], fmt="alt")

R(L("client-reply-paid", "Plumber via voice dictation (no caps, 'coma', 'punto'): Bizum of 150 euros for the remainder.",
    amount="150.00"),
  "LM", "2026-061", "150.00", ("Paco Herrera", "fontaneriaherrera@gmail.com"), "2027-02-03 08:25", MAD,
  """hola lucía soy paco el fontanero te he hecho el bizum de 150 euros coma lo que faltaba de la factura punto un saludo y gracias
""", ua="android", quote="none", rem="reminder", late=8)

R(L("client-reply-paid", "Farmer says he paid 120 € in cash to the photographer's brother at the market on Sunday; asks if he wasn't told.",
    amount="120.00"),
  "JO", "F-2026/43", "120.00", ("Manuel Caballero", "manolocaballero@hotmail.es"), "2026-12-01 19:10", MAD,
  """Buenas Javier, le di a tu hermano los 120 € en mano el domingo en el mercadillo de Arcos, ¿no te ha dicho nada? Quedó en que te los pasaba él.
Saludos
Manolo
""", ua="outlookweb", quote="outlook", prefix="RE: ")

# ---- promise -------------------------------------------------------------------------------
R(L("client-reply-promise", "Cash in hand on Saturday at her cousin's wedding (message on a Tuesday).", promised_date="2026-11-21"),
  "JO", "F-2026/40", "250.00", ("Lorena Díaz", "lorenadiaz.sevilla@gmail.com"), "2026-11-17 14:05", MAD,
  """Javi te los doy en mano el sábado en la boda de mi prima, que tú también vas a echar las fotos 😜 así no pago comisión
""", ua="iphone", quote="apple", what="el reportaje del bautizo")

R(L("client-reply-promise", "Football club treasurer: 'entra en la remesa del 25' (message 12 January).", promised_date="2027-01-25"),
  "NC", "NC26-033", "420.00", ("Club Deportivo Bouzas", "tesoreria@cdbouzas.gal"), "2027-01-12 19:30", MAD,
  """Boas Noa,
entra en la remesa del 25. Desculpa o atraso, cambiamos de xunta directiva en decembro e está todo un pouco revolto.
Saúdos,
Xurxo Vidal
Tesoureiro CD Bouzas
""", ckind="company")

R(L("client-reply-promise", "Galician dairy farmer: will pay 'a primeiros de mes' when the milk is paid — vague, no date."),
  "NC", "NC26-029", "190.00", ("Ramón Outeiral", "ramonouteiral@gmail.com"), "2026-11-24 21:00", MAD,
  """Noa pagareiche a primeiros de mes cando me paguen o leite, que esta quincena veu curta. Non te esquezo eh
Ramón
""", ua="android", quote="none")

R(L("client-reply-promise", "Couple will pay the rest when the Christmas bonus arrives — no date."),
  "JO", "F-2026/39", "900.00", ("Marina Sánchez", "marinayalvaro.boda@gmail.com"), "2026-11-30 22:15", MAD,
  """Hola Javi!
Perdona que no te hayamos dicho nada. Entre el viaje de novios y el piso estamos a cero. Cuando nos paguen la extra de Navidad te pagamos lo que queda, te lo prometemos.
Un abrazo muy fuerte de los dos
Marina y Álvaro
""", rem="reminder", late=18, fmt="alt")

R(L("client-reply-promise", "Galician fisherman: not this week (boat in the yard), 'o venres sen falta' = Friday without fail (sent Monday).",
    promised_date="2027-01-22"),
  "NC", "NC26-032", "240.00", ("Suso Pereira", "suso.pereira.mar@gmail.com"), "2027-01-18 07:40", MAD,
  """Hoxe non podo que o barco está no varadoiro e non entra nada. O venres sen falta.
Suso
""", ua="android", quote="android")

R(L("client-reply-promise", "Mother, Sunday 22:10: 'mañana a primera hora' = tomorrow.", promised_date="2026-11-30"),
  "LM", "2026-054", "135.00", ("Beatriz Navarro", "bea.navarro.m@gmail.com"), "2026-11-29 22:10", MAD,
  """Hola Lucía, le hago la transferencia mañana a primera hora, que ahora desde el móvil no me deja (me pide no sé qué clave). Las invitaciones de la comunión de Hugo han gustado muchísimo.
Bea
""", ua="iphone", quote="apple", what="las invitaciones de la comunión")

R(L("client-reply-promise", "Taxi driver: 'no puedo antes del 28, que es cuando cobro' (message 15 Dec) = promise for the 28th.",
    promised_date="2026-12-28"),
  "NC", "NC26-035", "210.00", ("Ánxel Martínez", "taxianxel@gmail.com"), "2026-12-15 11:11", MAD,
  """No puedo antes del 28, que es cuando cobro. Perdona Noa, de verdad.
Ánxel
""", ua="android", quote="none", what="el logotipo para el taxi")

R(L("client-reply-promise", "Hairdresser: 'mañana no puedo, el jueves sin falta' (sent Tuesday) = Thursday.", promised_date="2027-02-11"),
  "LM", "2026-063", "200.00", ("Vanesa Ramos", "vanesapeluqueria@hotmail.com"), "2027-02-09 13:30", MAD,
  """Mañana no puedo que no abro y no paso por el banco, el jueves sin falta 🙏
Vane
""", ua="iphone", quote="apple", rem="due", late=1)

R(L("client-reply-promise", "Grandmother: will pay as soon as her pension comes in — vague, no date."),
  "NC", "NC26-030", "150.00", ("Remedios Fariña", "remefarina@yahoo.es"), "2026-12-18 11:45", MAD,
  """Hija, en cuanto me ingresen la pensión te lo pago, que este mes con los regalos de los nietos me he quedado sin un duro. No te enfades con esta vieja.
Remedios
""", ua="yahoo", quote="none", what="el retrato de los nietos")

R(L("client-reply-promise", "Canarian yoga studio owner: 'a final de mes, mi niña' (sent 5 Feb from the Canaries).",
    promised_date="2027-02-28"),
  "LM", "2026-066", "220.00", ("Nayra Santana", "hola@yogaatlantico.es"), "2027-02-05 18:00", CAN,
  """Te lo pago a final de mes mi niña, ahora estoy pelá con el alquiler del local y el seguro. Perdóname 🙏🌊
Nayra
Estudio Yoga Atlántico – Las Palmas de Gran Canaria
""", ua="iphone", quote="apple")

R(L("client-reply-promise", "Andalusian fruit shop, long chatty mail (Christmas hampers, a photo of the shop for the paper); one line: pays 'el lunes que viene' (sent Wednesday 16 Dec).",
    promised_date="2026-12-21"),
  "JO", "F-2026/44", "180.00", ("Paqui Gallardo", "fruterialimonero@gmail.com"), "2026-12-16 16:40", MAD,
  """Hola Javier!!

Que sepas que la foto de los mangos que nos echaste sale en el Diario de Cádiz el domingo, en un reportaje de comercios del barrio, ¡mi Antonio no cabe en sí! Nos han llamado hasta de una tienda gourmet de Jerez.

Estamos hasta arriba con las cestas de Navidad, este año hemos hecho más de ochenta, no te digo más. Si te vienes un día te hago una con lo mejor que tengamos, que te lo mereces.

La factura te la pago el lunes que viene, que es cuando me pagan los del restaurante de la plaza, que van con retraso también.

Un besito muy grande y felices fiestas a ti y a tu gente
Paqui
Frutería El Limonero
""", fmt="alt")

R(L("client-reply-promise", "Plumber: 'antes del 15 te lo pago' (sent 2 Dec) = by 15 December.", promised_date="2026-12-15"),
  "NC", "NC26-028", "260.00", ("Fontanería Lagoa", "fontanerialagoa@gmail.com"), "2026-12-02 08:00", MAD,
  """Antes del 15 te lo pago, palabra. Este mes me han dejado a deber dos obras.
Andrés Lagoa
""", ckind="company", greet=False, ua="android", quote="android")

R(L("client-reply-promise", "Two invoices: 2026-061 already paid, 2026-064 'la semana que viene' (vague). Promise wins; no date.",
    reference="2026-064"),
  "LM", "2026-064", "195.00", ("Ana Belén Sáez", "anabelensaez@gmail.com"), "2027-01-13 12:12", MAD,
  """Hola Lucía, la 2026-061 ya está pagada (te la hice antes de Reyes) y la 2026-064 te la pago la semana que viene, que ahora estoy con el inventario de la floristería.
Un saludo
Ana Belén
""", what="las tarjetas de la floristería")

# ---- dispute -------------------------------------------------------------------------------
R(L("client-reply-dispute", "Bride: dance photos missing and the video is 10 minutes instead of the agreed 30; won't pay the rest until fixed."),
  "JO", "F-2026/46", "1100.00", ("Cristina Romero", "cris.romero.aljarafe@gmail.com"), "2027-01-21 23:05", MAD,
  """Hola Javier,

Ya hemos visto todo con calma. Faltan las fotos del baile (no hay ni una del vals con mi padre, que era lo que más ilusión me hacía) y el vídeo dura 10 minutos cuando se acordaron 30, lo pone en el contrato. No vamos a pagar el resto hasta que esto se arregle.

Cristina
""", rem="late_fee", late=21)

R(L("client-reply-dispute", "Son: his mother was charged 90 € but the website said 60; asks for a corrective invoice."),
  "LM", "2026-057", "90.00", ("Sergio Jiménez", "sergio.jimenez.c@gmail.com"), "2026-12-04 19:30", MAD,
  """Hola Lucía,
mi madre me dice que le cobraste 90 € por el árbol genealógico pero en tu web ponía 60 (tengo la captura). ¿Nos haces una factura rectificativa por la diferencia y te pagamos los 60?
Gracias,
Sergio
""", rem="reminder", late=7)

R(L("client-reply-dispute", "Greengrocer: logo is not the approved one (wrong green); pays half now, the rest when fixed. Partial + contest = dispute."),
  "NC", "NC26-027", "300.00", ("Celia Vázquez", "froiteriacelia@gmail.com"), "2026-11-19 10:15", MAD,
  """Hola Noa,
el logo que viene en el toldo no es el que aprobamos, el verde es otro, mucho más oscuro, parece una farmacia. Te pago la mitad y cuando lo cambies el resto.
Celia
Froitería Celia (Pontevedra)
""", ua="iphone", quote="apple")

R(L("client-reply-dispute", "Galician fisherman: 'cobráchesme dúas veces o mesmo traballo' = you charged me twice for the same job, already paid in October."),
  "NC", "NC26-036", "180.00", ("Benito Abal", "benitoabal@mundo-r.com"), "2027-02-08 20:20", MAD,
  """Noa, cobráchesme dúas veces o mesmo traballo. Iso xa mo facturaches en outubro e paguei, teño o papel do banco. Mira ben as túas contas.
Benito
""", ua="thunderbird", quote="gmail", rem="late_fee", late=30)

R(L("client-reply-dispute", "Horse farm: charged for a November shoot that was called off because of rain (work not done)."),
  "JO", "F-2026/42", "320.00", ("Fernando Domecq", "cortijolosalamos@gmail.com"), "2026-12-11 09:50", MAD,
  """Javier, buenos días:
nos cobras la sesión de fotos de los caballos de noviembre que al final se suspendió por la lluvia, ¿te acuerdas? Quedamos en hacerla en primavera. Esa factura no corresponde.
Fernando
Cortijo Los Álamos
""", fmt="alt")

R(L("client-reply-dispute", "Kids' football club: quote was 350 VAT included, invoice is 423,50; they pay 350.", amount="350.00"),
  "LM", "2026-050", "423.50", ("CD Vallecas Alevín", "cdvallecasalevin@gmail.com"), "2026-11-13 20:00", MAD,
  """Buenas tardes:
El presupuesto que nos pasaste era de 350 € IVA incluido (lo tengo en el WhatsApp) y la factura es de 423,50 €. Nosotros pagamos los 350 y si quieres lo hablamos.
Un saludo,
Chema – delegado CD Vallecas Alevín
""", ckind="company")

R(L("client-reply-dispute", "Hairdresser in ALL CAPS: won't pay until the website works (down for two weeks)."),
  "LM", "2026-062", "480.00", ("Rosario Cabello", "rosariocabello.peluqueria@gmail.com"), "2027-02-16 10:10", MAD,
  """NO PIENSO PAGAR ESTO HASTA QUE LA WEB FUNCIONE. LLEVA CAIDA DOS SEMANAS, LAS CLIENTAS NO PUEDEN PEDIR CITA Y TU NO ME COGES EL TELEFONO.
ROSARIO
""", ua="android", quote="android", rem="late_fee", late=22)

R(L("client-reply-dispute", "Family wants a discount: the illustrations arrived late for the birthday party."),
  "NC", "NC26-026", "140.00", ("Lois Otero", "oterovazquez@gmail.com"), "2026-11-07 12:00", MAD,
  """Hola Noa:
Queremos un descuento. Las ilustraciones para el cumple de Uxía llegaron el lunes, dos días después de la fiesta, y no pudimos usarlas para nada. Pagar el precio completo no nos parece justo.
Lois e Marta
""", rem="due", late=1)

# ---- other ---------------------------------------------------------------------------------
R(L("client-reply-other", "PDF missing from the invoice mail; asks to resend."),
  "JO", "F-2026/47", "160.00", ("Inma Castillo", "inmacastillo@gmail.com"), "2026-11-04 09:00", MAD,
  """¿Me la puedes reenviar? No me llegó el PDF, solo el correo.
Gracias!
""", rem="invoice", what="las fotos de la comunión", ua="iphone", quote="apple")

R(L("client-reply-other", "Small workshop forwards to its tax adviser (cc), 'que es quien lleva estas cosas'."),
  "LM", "2026-053", "363.00", ("Talleres Hermanos Gil", "tallergil@gmail.com"), "2026-11-26 10:30", MAD,
  """Hola Lucía, se lo paso a mi gestor, que es quien lleva estas cosas.
Fernando, te reenvío la factura de la página web para que la metas con lo del trimestre.
Un saludo
Tomás Gil
""", ckind="company", cc="Fernando Alfonso <fernando@gestoriaalfonso.es>", rem="invoice",
  what="la página web del taller")

R(L("client-reply-other", "Asks for the account number again (changed phone and lost it)."),
  "NC", "NC26-037", "95.00", ("Maruxa Fernández", "maruxa.fdez@gmail.com"), "2026-11-15 20:40", MAD,
  """¿Me pasas otra vez el número de cuenta? Cambié de móvil y perdí todo, hasta las fotos de la boda de mi hija 😭
Maruxa
""", rem="invoice", what="las tarjetas de Navidad", ua="android", quote="none")

R(L("client-reply-other", "Physiotherapist asks if she can pay by Bizum and for the number; question only."),
  "LM", "2026-060", "150.00", ("Sandra Molina", "sandramolina.fisio@gmail.com"), "2026-12-22 14:00", MAD,
  """Hola! ¿Te puedo pagar por Bizum? ¿Me pasas tu número? Es que con el banco online no me aclaro.
Sandra
""", rem="due", late=0, ua="iphone", quote="apple")

R(L("client-reply-other", "'Recibido, gracias 👍' to the invoice mail."),
  "JO", "F-2026/48", "210.00", ("Toñi Reyes", "tonireyes@hotmail.com"), "2026-11-02 18:30", MAD,
  """Recibido, gracias 👍
""", rem="invoice", what="la sesión de embarazo", ua="outlookweb", quote="outlook", prefix="RE: ")

R(L("client-reply-other", "Galician co-op wants a new website next year and asks for a call; nothing about the invoice."),
  "NC", "NC26-038", "480.00", ("Cooperativa Agraria Val do Miño", "coop.valdomino@gmail.com"), "2027-01-26 17:00", MAD,
  """Boas Noa! Que tal todo?
Mira, para o ano queremos facer outra páxina para a cooperativa, con tenda para vender o viño e o mel. O presidente quere falar contigo. Chámame cando poidas ao 986 66 12 30 (mañás).
Saúdos,
Iria
""", ckind="company")

R(L("client-reply-other", "Couple asks for high-resolution photos (gallery ones look pixelated); a request, not a contest."),
  "JO", "F-2026/37", "600.00", ("Lidia Serrano", "lidiaserrano.fotos@gmail.com"), "2026-12-29 12:20", MAD,
  """Hola Javi, ¿nos puedes pasar las fotos en alta? Las de la galería online salen pixeladas al descargarlas y queremos imprimir alguna para los abuelos.
Lidia
""", rem="reminder", late=12)

R(L("client-reply-other", "Parent asks which invoice this is (communion invitations or the prayer cards)."),
  "LM", "2026-055", "110.00", ("Montse Ribas", "montseribas@gmail.com"), "2026-11-21 10:00", MAD,
  """Buenos días,
¿esta factura es la de las invitaciones de la comunión o la de los recordatorios? Es que me han llegado dos correos tuyos y no sé cuál es cuál.
Montse
""", rem="courtesy", late=-3)

R(L("client-reply-other", "Wife cc's her husband who handles the household accounts; asks him to look at it."),
  "JO", "F-2026/49", "350.00", ("Nuria Palacios", "nuriapalacios@gmail.com"), "2026-12-05 09:45", MAD,
  """Te pongo en copia a mi marido, que es el que lleva las cuentas de casa.
Pepe, ¿lo miras tú? Es lo del reportaje de la comunión de Carla.
Nuria
""", cc="Pepe Lozano <pepelozano@gmail.com>", rem="reminder", late=10, fmt="alt")

R(L("client-reply-other", "Taxi driver asks to add his NIF to the invoice for his accountant; admin request, no contest."),
  "LM", "2026-065", "121.00", ("Raúl Benítez", "raulbenitez.taxi@gmail.com"), "2027-01-05 07:30", MAD,
  """¿Me puedes poner el NIF en la factura? El gestor me la pide con NIF, si no no me la acepta. 50123456K.
Gracias
""", rem="invoice", what="las tarjetas de visita", ua="android", quote="android")

R(L("client-reply-other", "Grandmother replies to the courtesy reminder with thanks and New Year wishes."),
  "LM", "2026-067", "95.00", ("Encarnación Lobo", "encarnilobo@hotmail.com"), "2027-01-02 11:30", MAD,
  """Qué bonito quedó el árbol, lo vio toda la familia en Nochebuena y mi consuegra quiere uno igual, ya te llamará. ¡Feliz año hija!
Encarni
""", rem="courtesy", late=-6, ua="outlookweb", quote="outlook", prefix="RE: ")

R(L("client-reply-other", "Fisherman asks to be called, has a doubt about 'this'."),
  "NC", "NC26-039", "160.00", ("Pepe Souto", "pepesouto.mar@gmail.com"), "2027-02-19 13:00", MAD,
  """Llámame por favor, que tengo una duda con esto. Estoy en el puerto hasta las 3. 666 41 27 90
""", ua="android", quote="none", rem="reminder", late=9)

R(L("client-reply-other", "Rural B&B confirms the invoice arrived and will review it calmly. No promise, no contest."),
  "JO", "F-2026/50", "450.00", ("Casa Rural El Almendro", "casaelalmendro@gmail.com"), "2026-11-18 16:20", MAD,
  """Hola Javier:
Te confirmo que me ha llegado la factura, la reviso con calma este fin de semana y te digo algo.
Las fotos de las habitaciones nuevas ya están en Booking, ¡vaya diferencia!
Un saludo,
Mercedes
Casa Rural El Almendro – Grazalema
""", ckind="company", rem="invoice", what="las fotos de la casa rural")


# ============================================================================================
# ENGLISH (Irish, Welsh, Scottish, Yorkshire, American voices)
# ============================================================================================
DUB = "Europe/Dublin"
LON = "Europe/London"
NYC = "America/New_York"

# ---- paid ----------------------------------------------------------------------------------
R(L("client-reply-paid", "Irish farmer: 'paid that yesterday', busy with the lambing."),
  "TB", "INV-2026-101", "240.00", ("Mick Fahy", "mickfahy@eircom.net"), "2027-02-12 21:30", DUB,
  """Tom, paid that yesterday, sorry for the delay, was up the walls with the lambing. Mick
""", ua="android", quote="none", rem="late_fee", late=28)

R(L("client-reply-paid", "Yorkshire plumber: 'Sorted love, sent it over at dinnertime' (= lunchtime)."),
  "SH", "SH2026-029", "380.00", ("Dave Ackroyd", "dave@ackroydplumbing.co.uk"), "2026-11-18 16:05", LON,
  """Sorted love, sent it over at dinnertime. Ta

Dave
Ackroyd Plumbing & Heating – Barnsley
Gas Safe Reg 123456
""", ua="iphone", quote="apple", rem="due", late=1)

R(L("client-reply-paid", "Welsh grandmother posted the cheque this morning (Welsh greetings 'Diolch', 'Cofion'). Cheque sent = paid."),
  "RJ", "RJ-26-041", "320.00", ("Glenys Pritchard", "glenys.pritchard@btinternet.com"), "2026-12-07 11:45", LON,
  """Diolch Rhiannon,

I have posted the cheque this morning so it should be with you by Thursday, the post is slow with Christmas. The portrait of Dylan is lovely, Mam cried when she saw it and she doesn't cry at anything.

Cofion cynnes,
Glenys
""", ua="plain", quote="gmail", what="portrait of Dylan")

R(L("client-reply-paid", "Scottish couple: 'that's the balance away to you now, £850' (Scots 'away' = sent).", amount="850.00"),
  "EM", "EMP-0312", "850.00", ("Kirsty Morrison", "kirstyandcallum2026@gmail.com"), "2026-11-22 20:10", LON,
  """Hiya Ewan,

That's the balance away to you now, £850. Sorry it took a wee while, Callum's work messed up his pay again.

Cheers for everything, the photos are pure class. My gran has the one of her on the dance floor as her screensaver 😂

Kirsty x
""", rem="reminder", late=10)

R(L("client-reply-paid", "American grandmother (New York time) sent $350 by PayPal for the pet portrait; asks to confirm it came through.",
    amount="350.00", currency="USD"),
  "RJ", "RJ-26-045", "275.00", ("Dorothy Fisher", "dotfisher1951@aol.com"), "2027-01-08 15:20", NYC,
  """Dear Rhiannon,

I sent $350 through PayPal this afternoon for the painting of our Biscuit. My grandson set it up for me so I hope I did it right. I know the invoice was in pounds so I rounded up, I hope that covers the bank fees.

Please let me know it came through.

Warmly,
Dorothy Fisher
Scarsdale, NY
""", ua="yahoo", quote="gmail", what="pet portrait of Biscuit", cur="USD")

R(L("client-reply-paid", "Sunday league club secretary: paid in full from the club account, quotes the invoice in the bank reference.",
    reference="SH2026-031"),
  "SH", "SH2026-031", "340.00", ("Hillsborough Rangers FC", "hillsbororangers@outlook.com"), "2026-12-02 19:40", LON,
  """Hi Sarah,

Paid in full via bank transfer from the club account this afternoon, ref HILLS RANGERS SH2026-031.

Website looks mint, lads are made up with the player profiles.

Up the Rangers
Gary Nuttall
Club Secretary
""", ckind="company", ua="outlookweb", quote="outlook", prefix="RE: ")

RAW(L("client-reply-paid", "Galway taxi driver forwards his AIB payment confirmation with 'here you go'; new thread. Amount and invoice are in the forwarded receipt.",
      language="en", amount="185.00", reference="INV-2026-088"),
    [f"Date: {format_datetime(when('2026-11-26 17:55', DUB))}",
     "From: Noel Keane <noelkeanetaxis@gmail.com>",
     "To: tom@byrnedesign.ie",
     "Subject: Fwd: Payment confirmation",
     f"Message-ID: {mk_msgid('noel-fwd', 'x', 'gmail')}",
     "MIME-Version: 1.0"],
    multipart("alternative", [
        leaf_text("text/plain", """here you go

---------- Forwarded message ---------
From: AIB <noreply@aib.ie>
Date: Thu, 26 Nov 2026 at 17:48
Subject: Payment confirmation
To: <noelkeanetaxis@gmail.com>


Your payment has been sent.

Amount: €185.00
To: TOM BYRNE DESIGN
IBAN: IE29 AIBK **** **** 3456 78
Reference: INV-2026-088
Date: 26/11/2026

Thank you for banking with AIB.
Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.
"""),
        leaf_text("text/html", """<div dir="ltr">here you go<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong>AIB</strong> &lt;noreply@aib.ie&gt;<br>Date: Thu, 26 Nov 2026 at 17:48<br>Subject: Payment confirmation<br>To: &lt;noelkeanetaxis@gmail.com&gt;<br></div><br><br>
<table style="font-family:Arial,sans-serif;font-size:14px"><tr><td colspan="2"><b>Your payment has been sent.</b></td></tr>
<tr><td>Amount:</td><td>&euro;185.00</td></tr><tr><td>To:</td><td>TOM BYRNE DESIGN</td></tr>
<tr><td>IBAN:</td><td>IE29 AIBK **** **** 3456 78</td></tr><tr><td>Reference:</td><td>INV-2026-088</td></tr>
<tr><td>Date:</td><td>26/11/2026</td></tr></table>
<p style="font-size:11px;color:#666">Thank you for banking with AIB. Allied Irish Banks, p.l.c. is regulated by the Central Bank of Ireland.</p>
</div></div>
""", cte="quoted-printable")], style="gmail"))

R(L("client-reply-paid", "Donegal fisherman: 'Paid that there now on the app'; Outlook for Android footer."),
  "TB", "INV-2026-093", "410.00", ("Seamus O'Donnell", "seamus.odonnell.killybegs@gmail.com"), "2026-12-19 08:15", DUB,
  """Paid that there now on the app. Sorry it was late, the boat was laid up since October and no money coming in. Happy Christmas to you and yours.
Seamus

Get Outlook for Android
""", ua="outlookweb", quote="outlook", prefix="RE: ", rem="late_fee", late=35)

R(L("client-reply-paid", "Cardiff yoga teacher: 'payment screenshot attached x' with a PNG."),
  "RJ", "RJ-26-038", "140.00", ("Cerys Evans", "cerys@yogaynghaerdydd.cymru"), "2026-11-14 07:02", LON,
  """payment screenshot attached x
""", ua="iphone", quote="apple", attach=[("png", "IMG_4471.PNG")], what="class timetable illustration")

R(L("client-reply-paid", "Hairdresser, Gmail HTML: 'all done hun 💅 x'."),
  "SH", "SH2026-036", "260.00", ("Jodie Walsh", "jodiewalshhair@gmail.com"), "2027-01-22 22:47", LON,
  """all done hun 💅 x
""", fmt="alt", rem="reminder", late=7)

R(L("client-reply-paid", "Scottish mother: 'processed in last night's banking, should be with you tomorrow'."),
  "EM", "EMP-0318", "195.00", ("Fiona McLeod", "fiona.mcleod@btinternet.com"), "2027-02-04 08:30", LON,
  """Morning Ewan,

Processed in last night's banking, should be with you tomorrow. The prints of the girls are on the mantelpiece already!

Regards,
Fiona McLeod
""", ua="mac", quote="apple", what="family portrait session", rem="due", late=2)

R(L("client-reply-paid", "Baker replies to the paid-claim follow-up: paid on 3 December from Revolut, confirmation attached; maybe old account?"),
  "SH", "SH2026-033", "220.00", ("Priya Shah", "priya.shah.bakes@gmail.com"), "2026-12-16 13:10", LON,
  """Hi Sarah,

I paid it on the 3rd of December from my Revolut, here's the confirmation (attached). Maybe it went to your old account? I used the details on the invoice.

Priya
Priya's Bakes, Nether Edge
""", rem="paid_claim_followup", attach=[("pdf", "Revolut-transfer-03-12-2026.pdf", "Revolut transfer confirmation")],
  fmt="alt")

# ---- promise -------------------------------------------------------------------------------
R(L("client-reply-promise", "Chippy owner, Northern voice: will drop the cash round on Friday (sent Monday).", promised_date="2026-12-04"),
  "SH", "SH2026-030", "150.00", ("Bob Hinchliffe", "bobsfisheries@hotmail.co.uk"), "2026-11-30 14:20", LON,
  """Alreet Sarah, I'll drop the cash round Friday after we shut up shop. Tell your Mark there's a fish supper in it for him an all.
Bob
""", ua="plain", quote="none", what="the new menu boards")

R(L("client-reply-promise", "Irish builder: 'Will fix you up end of the month' (sent 20 Nov).", promised_date="2026-11-30"),
  "TB", "INV-2026-089", "300.00", ("Martin Hession", "martinhession@gmail.com"), "2026-11-20 18:00", DUB,
  """Will fix you up end of the month Tom, grand?
""", ua="iphone", quote="apple", rem="due", late=0)

R(L("client-reply-promise", "Scottish fisherman in Scots: 'Ah'll sort it efter the 10th' — after the 10th is vague, no date."),
  "EM", "EMP-0315", "280.00", ("Alasdair MacKinnon", "ali.mackinnon.boats@gmail.com"), "2026-12-03 19:00", LON,
  """Ewan, cannae dae it the noo, the boat's been in the yard at Mallaig since the storm. Ah'll sort it efter the 10th when the grant money comes in.
Ali
""", ua="android", quote="android", what="photos for the boat trips website")

R(L("client-reply-promise", "Couple: 'we can't pay before the 28th' when wages go in (sent 19 Jan) = promise for the 28th.",
    promised_date="2027-01-28"),
  "EM", "EMP-0320", "600.00", ("Rachel Grant", "rachelgrant88@gmail.com"), "2027-01-19 20:30", LON,
  """Hi Ewan, so sorry! We can't pay before the 28th when Jamie's wages go in, Christmas cleaned us out. Hope that's ok xx
Rachel
""", rem="reminder", late=9)

R(L("client-reply-promise", "Welsh sheep farmer: will pay when the lamb money comes through from the mart — vague."),
  "RJ", "RJ-26-043", "380.00", ("Gareth Lloyd", "gareth.lloyd.fferm@gmail.com"), "2026-11-25 21:05", LON,
  """Rhiannon, will pay when the lamb money comes through from Llanybydder mart. They're slow this year. Diolch am dy amynedd.
Gareth
""", ua="android", quote="none", what="farm sign")

R(L("client-reply-promise", "Irish mother, evening of 4 Jan: 'will transfer tomorrow'.", promised_date="2027-01-05"),
  "TB", "INV-2026-096", "150.00", ("Aoife Brennan", "aoife.brennan@gmail.com"), "2027-01-04 21:15", DUB,
  """Hi Tom, will transfer tomorrow, sorry – completely forgot over the holidays with the kids off. The party invites went down a storm!
Aoife
""", ua="iphone", quote="apple", what="the Communion party invitations")

R(L("client-reply-promise", "Taxi driver: 'Not today mate, Thursday' (sent Tuesday) = Thursday.", promised_date="2026-12-17"),
  "SH", "SH2026-034", "180.00", ("Kev Whitworth", "kevscabs@gmail.com"), "2026-12-15 12:30", LON,
  """Not today mate, Thursday. Promise.
""", ua="android", quote="android", rem="due", late=0)

R(L("client-reply-promise", "Irish grandmother will post a cheque on Monday when in town (sent Thursday).", promised_date="2026-12-14"),
  "TB", "INV-2026-094", "180.00", ("Bridie Moran", "bridiemoran@eircom.net"), "2026-12-10 15:00", DUB,
  """Dear Tom,

Thank you for the reminder. I'll post a cheque to you on Monday when I'm in town for the pension, I don't do the computer banking at all. The cards for the grandchildren are gorgeous.

God bless,
Bridie Moran
""", ua="plain", quote="gmail", what="the family Christmas card design")

R(L("client-reply-promise", "Football club treasurer: goes out with next week's payment run once the committee signs it off — no date."),
  "EM", "EMP-0317", "320.00", ("Ness Valley AFC", "treasurer@nessvalleyafc.org.uk"), "2026-12-09 18:45", LON,
  """Hi Ewan,

Thanks for the nudge. It'll go out with next week's payment run once the committee signs it off – we only have two signatories and one's been off sick.

Best,
Iain Fraser
Treasurer, Ness Valley AFC
""", ckind="company", ua="thunderbird", quote="gmail", rem="reminder", late=8)

R(L("client-reply-promise", "Heating engineer's long chatty mail (boilers, van, a referral); one line: 'I'll get that paid by the 15th' (sent 22 Jan, 15th passed = 15 Feb).",
    promised_date="2027-02-15"),
  "SH", "SH2026-037", "450.00", ("Wayne Briggs", "wayne@briggsheating.co.uk"), "2027-01-22 18:40", LON,
  """Evening Sarah,

Sorry I've been a nightmare to get hold of. January's been mental – every combi in Rotherham seems to have packed in at once and I've been out till nine most nights. Van got broken into as well last week so that was fun, lost half my tools.

Good news though, the website's already brought in three jobs, one fella said he found us on Google which has never happened before. My mate Carl (roofer) wants one doing too, I've given him your number, hope that's alright.

I'll get that paid by the 15th, once the insurance sorts the van out.

Cheers
Wayne

Briggs Heating Ltd
07700 900318
""", rem="late_fee", late=30, fmt="alt")

R(L("client-reply-promise", "Two invoices: INV-2026-090 paid this morning, INV-2026-097 'Friday' (sent Wednesday). Promise wins.",
    promised_date="2026-12-11", reference="INV-2026-097"),
  "TB", "INV-2026-097", "220.00", ("Siobhan Kelly", "siobhan@kellysflorist.ie"), "2026-12-09 11:20", DUB,
  """Hi Tom,
Paid INV-2026-090 this morning. INV-2026-097 I'll do on Friday when I've been paid myself, the Christmas rush is brutal for cash flow.
Siobhan
Kelly's Florist, Loughrea
""", rem="reminder", late=6)

R(L("client-reply-promise", "Highland yoga teacher: 'I'll pay today' once class payments clear.", promised_date="2027-02-03"),
  "EM", "EMP-0321", "240.00", ("Morag Fraser", "morag@highlandyoga.scot"), "2027-02-03 09:10", LON,
  """Morning Ewan! I'll pay today, just waiting on the class payments to clear this afternoon. Namaste 🙏
Morag
""", ua="iphone", quote="apple", what="retreat photos")

R(L("client-reply-promise", "Donegal fisherman via voice dictation ('full stop'): will pay Saturday when back off the boat (sent Wednesday).",
    promised_date="2027-02-20"),
  "TB", "INV-2026-102", "260.00", ("Padraig Gallagher", "padraiggallagher1@gmail.com"), "2027-02-17 05:40", DUB,
  """Hi Tom its Padraig I will pay you Saturday when I get back in off the boat full stop thanks
""", ua="android", quote="none", rem="reminder", late=12)

# ---- dispute -------------------------------------------------------------------------------
R(L("client-reply-dispute", "Scottish bride: half the ceilidh photos missing; balance withheld until they are sent."),
  "EM", "EMP-0313", "700.00", ("Eilidh Munro", "eilidh.munro@hotmail.co.uk"), "2026-11-10 21:00", LON,
  """Hi Ewan,

Before we pay the balance – half the ceilidh photos are missing. There's nothing after about 9pm, no Strip the Willow, no photos of my granny doing the Gay Gordons, which was the one thing she asked for. We're not paying the rest until we get them or you explain what happened.

Eilidh
""", ua="outlookweb", quote="outlook", prefix="RE: ")

R(L("client-reply-dispute", "American client: the dog's eyes are painted blue, he has brown eyes; wants it fixed before paying the rest."),
  "RJ", "RJ-26-042", "260.00", ("Barbara Klein", "bklein.nj@gmail.com"), "2026-12-01 10:30", NYC,
  """Hi Rhiannon,

The painting arrived safely, thank you, but Biscuit has brown eyes, not blue! I sent you four photos and they're all brown. My husband says it looks like a different dog. I'd like it fixed before I pay the rest.

Best,
Barbara Klein
Montclair, NJ
""", fmt="alt")

R(L("client-reply-dispute", "Customer: charged for 3 pages but got 2; wants a new invoice for the right amount."),
  "SH", "SH2026-035", "390.00", ("Terry Holroyd", "terry.holroyd@gmail.com"), "2027-01-12 07:15", LON,
  """Sarah – you've charged me for 3 pages, I only got 2 (home and contact, the gallery never got done). Send me a new invoice for the right amount and I'll pay it.
Terry
""", ua="android", quote="android", rem="late_fee", late=24)

R(L("client-reply-dispute", "Hair studio: 'we agreed €300 not €450'; sends the €300 now. Partial + contest = dispute.",
    amount="300.00"),
  "TB", "INV-2026-091", "450.00", ("Niamh Carroll", "niamhshairstudio@gmail.com"), "2026-11-24 19:45", DUB,
  """Tom we agreed €300 not €450, I have it in the texts. I'll send you the €300 now and that's us square as far as I'm concerned.
Niamh
""", ua="iphone", quote="apple")

R(L("client-reply-dispute", "Welsh farmer: RJ-26-044 is the same job as RJ-26-031, invoiced twice (already billed).",
    reference="RJ-26-044"),
  "RJ", "RJ-26-044", "180.00", ("Huw Jenkins", "huw.jenkins.tregaron@gmail.com"), "2026-12-03 20:10", LON,
  """Rhiannon,

RJ-26-044 is the same job as RJ-26-031 – the painted sign for the farm gate. You've invoiced me twice. I paid the first one in September.

Huw Jenkins
Fferm Pantyrhew, Tregaron
""", ua="thunderbird", quote="gmail")

R(L("client-reply-dispute", "Kids' football team: banner printed with the wrong year; not paying until reprinted."),
  "SH", "SH2026-028", "210.00", ("Dronfield Dynamos U10s", "dronfielddynamos@gmail.com"), "2026-11-06 18:20", LON,
  """Hi Sarah,

The banner came back from the printers saying "EST. 2025" – we were founded in 2016 and it's on the proof we signed off. Not paying till it's reprinted, sorry, the kids have got their presentation night on the 28th.

Cheers,
Steve (manager)
""", ckind="company", rem="due", late=0)

R(L("client-reply-dispute", "Parent: two canvas prints never arrived, asks for a credit note."),
  "EM", "EMP-0319", "290.00", ("Lorna Baird", "lorna.baird@sky.com"), "2027-01-28 19:00", LON,
  """Dear Ewan,

We'd like a credit note for the two canvas prints that never arrived (the 16x20 of the boys on the beach and the one of the dog). The rest of the order came in December. Please can you send a revised invoice.

Kind regards,
Lorna Baird
""", ua="mac", quote="apple", rem="late_fee", late=30)

R(L("client-reply-dispute", "Welsh taxi firm: website still not on Google after 3 months; pays £200 now, rest when it works.",
    amount="200.00"),
  "SH", "SH2026-038", "480.00", ("Bryn Roberts", "brynstaxis@gmail.com"), "2027-02-09 10:40", LON,
  """Sarah,

The website still isn't showing on Google after 3 months. Type in "taxi Wrexham" and we're nowhere. I'll pay £200 now and the rest when it's working properly like we agreed.

Bryn
Bryn's Taxis Wrexham
""", rem="reminder", late=14)

# ---- other ---------------------------------------------------------------------------------
R(L("client-reply-other", "Asks to resend the invoice, can't find it."),
  "EM", "EMP-0314", "175.00", ("Shona Campbell", "shona.campbell@gmail.com"), "2026-12-08 20:00", LON,
  """Can you resend the invoice? Can't find it anywhere, think it went in my junk.
Shona
""", ua="iphone", quote="apple", rem="reminder", late=8)

R(L("client-reply-other", "'Got it, thanks' to the invoice mail."),
  "TB", "INV-2026-087", "120.00", ("Pat Curran", "patcurran@gmail.com"), "2026-11-03 12:00", DUB,
  """Got it, thanks.
""", rem="invoice", what="GAA club raffle tickets")

R(L("client-reply-other", "Recipient says it's the wrong Lee Fletcher — never had a website done. Wrong address, not a client's contest."),
  "SH", "SH2026-032", "300.00", ("Lee Fletcher", "lee.fletcher@gmail.com"), "2026-11-12 09:30", LON,
  """Hi, I think you've got the wrong Lee Fletcher – I've never had a website done in my life! Maybe check the email address you've got. Good luck finding him.
""", rem="reminder", late=7)

R(L("client-reply-other", "Elderly client asks if PayPal is accepted (doesn't do internet banking)."),
  "RJ", "RJ-26-040", "220.00", ("Margaret Hughes", "maggiehughes@talktalk.net"), "2026-11-16 15:30", LON,
  """Dear Rhiannon

Do you take PayPal? I don't do internet banking, my son says PayPal is safer.

Margaret Hughes
""", ua="plain", quote="none", rem="due", late=0)

R(L("client-reply-other", "Pub passes the invoice to its accountant (cc) and asks her to look at it."),
  "TB", "INV-2026-092", "650.00", ("O'Reilly's Bar", "info@oreillysbar.ie"), "2026-11-27 13:00", DUB,
  """Hi Tom,

I've passed this on to Siobhán, our accountant, she looks after all that side of things.

Siobhán – can you have a look at this one for the new menus?

Thanks,
Declan O'Reilly
""", ckind="company", cc="Siobhán Daly <siobhan@dalyaccountants.ie>", ua="outlookweb", quote="outlook", prefix="RE: ")

R(L("client-reply-other", "Highland farmer asks to be rung instead of emailed."),
  "EM", "EMP-0316", "250.00", ("Angus Ross", "angus.ross.farm@btinternet.com"), "2026-12-14 06:45", LON,
  """Ewan, ring me when you get a chance, easier than email. 07700 900412, mornings before 8 or after the milking.
Angus
""", ua="plain", quote="gmail", what="photos of the Highland cattle")

R(L("client-reply-other", "Newlyweds ask for full-res files of the first dance and print prices; no payment talk."),
  "EM", "EMP-0322", "450.00", ("Holly Stewart", "holly.stewart92@icloud.com"), "2027-01-03 19:25", LON,
  """Hi Ewan!

Happy new year! Could you send us the full-res files of the first dance? The ones in the gallery are a bit small for what we want. Also my mum wants prints of the family group ones, how much are they?

Holly xx

Sent from my iPhone
""", ua="iphone", quote="apple", rem="courtesy", late=-5)

R(L("client-reply-other", "Netball club: treasurer needs the invoice addressed to the club, asks to re-send."),
  "SH", "SH2026-027", "160.00", ("Stocksbridge Netball", "stocksbridgenetball@gmail.com"), "2026-11-12 21:10", LON,
  """Hi Sarah,

Our treasurer needs the invoice addressed to the club, not to me personally, otherwise she can't pay it from the club account. Could you re-send it made out to Stocksbridge Netball Club?

Thanks!
Jo
""", ckind="company", rem="invoice", what="club website")

R(L("client-reply-other", "Client got an email saying the bank details changed and asks if that's genuine (fraud worry)."),
  "TB", "INV-2026-098", "280.00", ("Eamon Walsh", "eamonwalsh@gmail.com"), "2027-01-14 10:05", DUB,
  """Tom,

I got an email yesterday saying your bank details have changed, from some gmail address – is that right? Don't want to send it to the wrong place, there's a lot of that going around.

Eamon
""", rem="reminder", late=10)

R(L("client-reply-other", "Crofter: 'Aye, got your email', will have a word with his wife who does the books. Not a promise."),
  "EM", "EMP-0311", "210.00", ("Donald MacLeod", "donaldmacleod.croft@gmail.com"), "2026-11-29 20:35", LON,
  """Aye, got your email. I'll have a word with the wife, she does the books.
Donald
""", ua="android", quote="none", rem="reminder", late=11)

R(L("client-reply-other", "Fisherman's daughter: dad at sea till March, she'll show him when he's home. Not a promise."),
  "TB", "INV-2026-100", "340.00", ("Kathleen Doherty", "kathleendoherty@gmail.com"), "2027-02-01 17:00", DUB,
  """Hi, this is Kathleen, Dad's at sea till March on the big trawler out of Killybegs, I'll show him this when he's home. He doesn't check his emails, I only look at them for him now and again.
""", rem="late_fee", late=35)

R(L("client-reply-other", "Chatty Irish grandmother: weather, grandchildren, asks for a card design next year; nothing on payment."),
  "TB", "INV-2026-095", "160.00", ("Peggy Flanagan", "peggyflanagan@eircom.net"), "2026-12-28 16:00", DUB,
  """Dear Tom,

Well wasn't that some storm over Christmas, we lost the power for a day and a half and the turkey was cooked on the range in the end. The grandchildren were home from Australia and Canada so the house was full to the rafters, it was great.

Everyone loved the card with the old house on it, my sister in Boston has hers framed. Would you do one again for next year with the new baby in it? Let me know what you'd need.

Happy New Year to you and your family,
Peggy
""", ua="plain", quote="gmail", rem="courtesy", late=-4)

R(L("client-reply-other", "Asks which invoice this is — they've had two this month."),
  "RJ", "RJ-26-046", "95.00", ("Sian Roberts", "sian.roberts@gmail.com"), "2026-12-12 09:40", LON,
  """Which invoice is this for? We've had two from you this month – the pet portrait and the Christmas cards.
Sian
""", rem="reminder", late=5)


# ============================================================================================
# MACHINE MAIL (a few: notices, auto-replies, bounces)
# ============================================================================================
def orig_reminder(owner, inv, amt, client, sent_s, rem="reminder", late=10, ckind="person"):
    o = OWNERS[owner]
    sent = when(sent_s, o["tz"])
    due = sent.date() - dt.timedelta(days=late)
    subj = subject_for(o["lang"], rem, inv)
    text = reminder_text(o, rem, inv, amt, client[0], ckind, sent, due, due - dt.timedelta(days=30), "", None)
    mid = mk_msgid(inv + rem + sent_s, o["mail"].split("@")[1], "mailduns")
    hdrs = [f"Date: {format_datetime(sent)}", f"From: {A_(o['name'], o['mail'])}",
            f"To: {A_(*client)}", f"Subject: {enc_header(subj)}", f"Message-ID: {mid}", "MIME-Version: 1.0"]
    return hdrs, text, mid, subj, sent


def dsn(lab, owner, inv, amt, client, sent_s, bounce_s, *, from_hdr, subject, human, mta, status, action,
        diag, remote_mta=None, full=True, human_charset="utf-8", extra=()):
    o = OWNERS[owner]
    hdrs, text, mid, subj, sent = orig_reminder(owner, inv, amt, client, sent_s)
    bdt = when(bounce_s, o["tz"])
    ds = (f"Reporting-MTA: dns; {mta}\n" + (f"X-Postfix-Queue-ID: {hx(inv, 10).upper()}\n" if "aruba" in mta else "") +
          f"Arrival-Date: {format_datetime(sent)}\n\n"
          f"Final-Recipient: rfc822; {client[1]}\nOriginal-Recipient: rfc822;{client[1]}\nAction: {action}\n"
          f"Status: {status}\n" + (f"Remote-MTA: dns; {remote_mta}\n" if remote_mta else "") +
          f"Diagnostic-Code: smtp; {diag}\n" +
          (f"Will-Retry-Until: {format_datetime(bdt + dt.timedelta(days=2))}\n" if action == "delayed" else ""))
    orig = "\n".join(hdrs).encode() + b"\n" + leaf_text("text/plain", text)
    parts = [leaf_text("text/plain", human, human_charset),
             b"Content-Type: message/delivery-status\n\n" + ds.encode(),
             (b"Content-Type: message/rfc822\n\n" + orig) if full else
             (b"Content-Type: text/rfc822-headers\n\n" + "\n".join(hdrs).encode() + b"\n")]
    ent = multipart("report", parts, extra="; report-type=delivery-status")
    H = [f"Date: {format_datetime(bdt)}", f"From: {from_hdr}", f"To: {A_(o['name'], o['mail'])}",
         f"Subject: {enc_header(subject)}", f"Message-ID: {mk_msgid('dsn' + inv + bounce_s, mta)}",
         "Auto-Submitted: auto-replied", "MIME-Version: 1.0"] + list(extra)
    lab = dict(lab)
    lab.setdefault("language", o["lang"])
    write(lab, H, ent)


def autoreply(lab, owner, inv, amt, client, sent_s, reply_s, tz, *, subject, body, headers=(), fmt="plain",
              charset="utf-8", cte=None, from_=None):
    o = OWNERS[owner]
    hdrs, text, mid, subj, sent = orig_reminder(owner, inv, amt, client, sent_s)
    H = [f"Date: {format_datetime(when(reply_s, tz))}", f"From: {from_ or A_(*client)}",
         f"To: {A_(o['name'], o['mail'])}", f"Subject: {enc_header(subject.format(subj=subj))}",
         f"Message-ID: {mk_msgid('ar' + inv + reply_s, client[1].split('@')[1])}",
         f"In-Reply-To: {mid}", f"References: {mid}", "MIME-Version: 1.0"] + list(headers)
    if fmt == "alt":
        ent = multipart("alternative", [leaf_text("text/plain", body, charset, cte),
                                        leaf_text("text/html", html_outlook(body, charset=charset, lang=o["lang"]), charset,
                                                  "quoted-printable")], style="outlook")
    else:
        ent = leaf_text("text/plain", body, charset, cte)
    lab = dict(lab)
    lab.setdefault("language", o["lang"])
    write(lab, H, ent)


def notice(lab, date_s, tz, from_, to, subject, text, html=None, extra=(), msgdom="notify.example", charset="utf-8"):
    H = [f"Date: {format_datetime(when(date_s, tz))}", f"From: {from_}", f"To: {to}",
         f"Subject: {enc_header(subject)}", f"Message-ID: {mk_msgid(subject + date_s, msgdom)}",
         "MIME-Version: 1.0"] + list(extra)
    if html:
        ent = multipart("alternative", [leaf_text("text/plain", text, charset, "quoted-printable"),
                                        leaf_text("text/html", html, charset, "quoted-printable")])
    else:
        ent = leaf_text("text/plain", text, charset, "quoted-printable")
    write(lab, H, ent)


def simple_html(title, rows, foot):
    tr = "\n".join(f'<tr><td style="padding:4px 12px;color:#555">{k}</td><td style="padding:4px 12px"><b>{v}</b></td></tr>'
                   for k, v in rows)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>\n'
            f'<body style="font-family:Helvetica,Arial,sans-serif;background:#f4f4f4">\n'
            f'<table width="600" align="center" style="background:#fff;border-radius:6px">\n'
            f'<tr><td colspan="2" style="padding:20px;font-size:20px">{title}</td></tr>\n{tr}\n'
            f'<tr><td colspan="2" style="padding:20px;font-size:11px;color:#999">{foot}</td></tr>\n'
            f'</table>\n</body></html>\n')


# ---- Italian machine mail -----------------------------------------------------------------
notice(L("payment-notification", "Satispay: money received from a customer (Gino Z., 180 €, message 'volantino').",
         language="it", amount="180.00"),
       "2026-11-25 13:01", ROME, "Satispay <no-reply@satispay.com>", "giulia@fabbroweb.it",
       "Hai ricevuto 180,00 €",
       """Ciao Giulia,

Gino Z. ti ha inviato 180,00 €.

Messaggio: "volantino negozio"
Data: 25/11/2026 13:01
ID transazione: 7a1c0e52-9b3d-4c11-8f0e-2d6b4c8a9e17

L'importo è già disponibile nel tuo saldo Satispay e verrà trasferito sul tuo conto corrente con il prossimo accredito automatico.

Il team Satispay
Satispay Europe S.A. – 1 rue Jean Piret, L-2350 Luxembourg
Hai ricevuto questa email perché hai attivato le notifiche di pagamento. Gestisci le notifiche dall'app.
""",
       simple_html("Hai ricevuto 180,00 €", [("Da", "Gino Z."), ("Importo", "180,00 €"),
                                             ("Messaggio", "volantino negozio"), ("Data", "25/11/2026 13:01")],
                   "Satispay Europe S.A. – Gestisci le notifiche dall'app."), msgdom="satispay.com")

dsn(L("bounce", "Postfix DSN from the Italian host (Aruba) with the Libero server's reply: user unknown, 5.1.1.",
      failed_recipient="ristorante.alpescatore@libero.it", permanent=True),
    "GF", "48/2026", "390.00", ("Trattoria Al Pescatore", "ristorante.alpescatore@libero.it"),
    "2026-12-14 09:12", "2026-12-14 09:12",
    from_hdr="Mail Delivery System <MAILER-DAEMON@smtpcmd04.ad.aruba.it>",
    subject="Undelivered Mail Returned to Sender",
    human="""This is the mail system at host smtpcmd04.ad.aruba.it.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<ristorante.alpescatore@libero.it>: host smtp-in.libero.it[213.209.1.129] said:
    550 5.1.1 <ristorante.alpescatore@libero.it>: Recipient address rejected:
    utente inesistente / user unknown (in reply to RCPT TO command)
""", mta="smtpcmd04.ad.aruba.it", status="5.1.1", action="failed", remote_mta="smtp-in.libero.it",
    diag="550 5.1.1 <ristorante.alpescatore@libero.it>: Recipient address rejected: utente inesistente / user unknown")

autoreply(L("auto-reply", "Hair salon closed for holidays 'dal 24 dicembre al 6 gennaio compreso', reopens Thursday 7 January. RFC 3834 headers present.",
            return_date="2027-01-07"),
          "GF", "52/2026", "150.00", ("Acconciature Sabrina", "sabri.acconciature@gmail.com"), "2026-12-24 09:04",
          "2026-12-24 09:05", ROME, subject="Risposta automatica: {subj}",
          body="""Ciao! 💇‍♀️
Il salone è chiuso per ferie dal 24 dicembre al 6 gennaio compreso. Riapriamo giovedì 7 gennaio con i soliti orari.
Per appuntamenti scrivici su WhatsApp al 339 118 4420, risponderemo al rientro.
Buone feste!
Sabrina e le ragazze
""", headers=["Auto-Submitted: auto-replied", "X-Autoreply: yes", "Precedence: auto_reply"])

notice(L("other", "Aruba e-invoicing portal: the SdI delivered invoice 44/2026 to the client — an e-invoicing notice, not a payment.",
         language="it", reference="44/2026"),
       "2027-01-02 10:14", ROME, "Aruba Fatturazione Elettronica <noreply@fatturazioneelettronica.aruba.it>",
       "giulia@fabbroweb.it", "Fattura n. 44/2026 consegnata al destinatario",
       """Gentile Cliente,

la fattura elettronica da lei inviata è stata consegnata al destinatario dal Sistema di Interscambio (SdI).

Numero fattura: 44/2026
Data fattura: 15/12/2026
Destinatario: IDRAULICA TOFFOLI DI TOFFOLI RENZO
Partita IVA destinatario: 02345670306
Identificativo SdI: 12876544321
Esito: RC - Ricevuta di consegna
Data consegna: 02/01/2027 10:11

Può consultare la fattura e le notifiche accedendo al pannello di Fatturazione Elettronica.

Cordiali saluti
Aruba S.p.A. – Servizio Fatturazione Elettronica
Questo messaggio è generato automaticamente, si prega di non rispondere.
""", msgdom="aruba.it")

# ---- Spanish machine mail -----------------------------------------------------------------
notice(L("payment-notification", "CaixaBank Bizum received: 85,00 € from ADRIAN GOMEZ, concept 'fotos alevines'.",
         language="es", amount="85.00"),
       "2026-11-26 21:11", MAD, "CaixaBank <notificaciones@caixabank.com>", "javier@ortegafotografia.es",
       "Has recibido un Bizum",
       """Hola, JAVIER:

Has recibido un Bizum.

Importe: 85,00 EUR
Ordenante: ADRIAN GOMEZ M.
Concepto: fotos alevines
Fecha: 26/11/2026 21:11
Cuenta de abono: ES76 **** **** **** **** 7458

El importe ya está disponible en tu cuenta.

Este es un mensaje automático, no respondas a este correo. CaixaBank nunca te pedirá tus claves por correo electrónico.
CaixaBank, S.A. – C/ Pintor Sorolla, 2-4, 46002 Valencia
""",
       simple_html("Has recibido un Bizum", [("Importe", "85,00 EUR"), ("Ordenante", "ADRIAN GOMEZ M."),
                                             ("Concepto", "fotos alevines"), ("Fecha", "26/11/2026 21:11")],
                   "CaixaBank nunca te pedirá tus claves por correo electrónico."), msgdom="caixabank.com")

dsn(L("bounce", "Gmail DSN in Spanish: address not found (5.1.1), permanent.",
      failed_recipient="peluqueria.triana.sevilla@gmail.com", permanent=True),
    "LM", "2026-068", "240.00", ("Peluquería Triana", "peluqueria.triana.sevilla@gmail.com"),
    "2027-01-19 09:20", "2027-01-19 09:20",
    from_hdr="Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    subject="Delivery Status Notification (Failure)",
    human="""** No se ha encontrado la dirección **

No se ha entregado tu mensaje a peluqueria.triana.sevilla@gmail.com porque no se ha encontrado la dirección o esta no puede recibir correo.

Más información: https://support.google.com/mail/?p=NoSuchUser

La respuesta del servidor remoto ha sido:
550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-5e1b2c3d4f5sor1234567a12.88 - gsmtp
""", mta="mx.google.com", status="5.1.1", action="failed", remote_mta="gmail-smtp-in.l.google.com",
    diag="550-5.1.1 The email account that you tried to reach does not exist. 41be03b00d2f7 - gsmtp",
    extra=["X-Failed-Recipients: peluqueria.triana.sevilla@gmail.com"])

autoreply(L("auto-reply", "Canarian yoga centre on retreat 'hasta el lunes 11 de enero'; Outlook-style auto-reply with NO RFC 3834 headers.",
            return_date="2027-01-11"),
          "LM", "2026-069", "130.00", ("Yoga Sur Tenerife", "info@yogasurtenerife.es"), "2027-01-03 09:10",
          "2027-01-03 09:10", CAN, subject="Respuesta automática: {subj}",
          body="""¡Hola! Gracias por tu mensaje.

Estamos de retiro en Anaga sin conexión hasta el lunes 11 de enero. A la vuelta contestaremos todos los correos por orden de llegada.

Si es urgente, llama al 922 71 40 86.

Namasté 🙏
Yoga Sur Tenerife
""", fmt="alt", headers=["X-MS-Exchange-Organization-AutoResponse: 1", "X-Mailer: Microsoft Outlook 16.0"])

notice(L("other", "Abanca: the owner SENT a Bizum of 20 € to a friend (dinner) — outgoing, not an invoice payment.",
         language="es"),
       "2027-02-13 23:48", MAD, "ABANCA <avisos@abanca.com>", "noa@noacastro.gal",
       "Bizum enviado",
       """Ola, NOA:

Has enviado un Bizum.

Importe: 20,00 EUR
Destinatario: MARTA P. (+34 6** *** 412)
Concepto: cena sábado 🍕
Data: 13/02/2027 23:48

Se non recoñeces esta operación, chama ao 981 910 522.
ABANCA Corporación Bancaria, S.A.
""", msgdom="abanca.com")

# ---- English machine mail -----------------------------------------------------------------
notice(L("payment-notification", "PayPal 'You've got money': Dorothy Fisher sent $350.00 USD.", language="en",
         amount="350.00", currency="USD"),
       "2027-01-08 15:19", NYC, "service@paypal.co.uk", "rhiannon@rhiannonjones.co.uk",
       "You've got money",
       """Hello, Rhiannon Jones

Dorothy Fisher sent you $350.00 USD

Note from Dorothy Fisher:
"For Biscuit's painting. Thank you dear!"

Transaction ID: 8KJ29384LM5520217
Transaction date: 8 January 2027

It may take a few moments for this transaction to appear in your account.

Help & Contact | Security
PayPal (Europe) S.à r.l. et Cie, S.C.A., 22-24 Boulevard Royal L-2449, Luxembourg
Don't see money in your account? Don't worry – sometimes it takes a few minutes to show up.
""",
       simple_html("You've got money", [("From", "Dorothy Fisher"), ("Amount", "$350.00 USD"),
                                        ("Note", "For Biscuit's painting. Thank you dear!"),
                                        ("Transaction ID", "8KJ29384LM5520217")],
                   "PayPal (Europe) S.à r.l. et Cie, S.C.A."), msgdom="paypal.com")

notice(L("payment-notification", "Tide business account: incoming payment £340.00 from HILLSBOROUGH RANGERS, reference SH2026-031.",
         language="en", amount="340.00", currency="GBP", reference="SH2026-031"),
       "2026-12-02 19:52", LON, "Tide <hello@tide.co>", "sarah@holtweb.co.uk",
       "You've received a payment",
       """Hi Sarah,

You've received a payment into your Tide account.

From: HILLSBOROUGH RANGERS FC
Amount: £340.00
Reference: HILLS RANGERS SH2026-031
Account: Holt Web Works ••••5432

Open the Tide app to see more details.

Tide is not a bank. Banking services are provided by ClearBank Ltd.
""", msgdom="tide.co")

dsn(L("bounce", "Office 365 'Delivery delayed' DSN: temporary, still retrying (Action: delayed, 4.7.0).",
      failed_recipient="info@westportyoga.ie", permanent=False),
    "TB", "INV-2026-099", "190.00", ("Westport Yoga", "info@westportyoga.ie"), "2027-01-11 09:15",
    "2027-01-11 15:16",
    from_hdr="Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@byrnedesign.ie>",
    subject="Delivery delayed:Reminder: invoice INV-2026-099 overdue",
    human="""Delivery is delayed to these recipients or groups:

info@westportyoga.ie (info@westportyoga.ie)

Subject: Reminder: invoice INV-2026-099 overdue

This message hasn't been delivered yet. Delivery will continue to be attempted.

The server will keep trying to deliver this message for the next 1 days, 19 hours and 58 minutes. You'll be notified if the message can't be delivered by that time.

Diagnostic information for administrators:
Generating server: DB9PR04MB8412.eurprd04.prod.outlook.com
Receiving server: mail.westportyoga.ie
Remote server returned '451 4.7.0 Temporary server error. Please try again later. PRX4'
""", mta="DB9PR04MB8412.eurprd04.prod.outlook.com", status="4.7.0", action="delayed",
    remote_mta="mail.westportyoga.ie", diag="451 4.7.0 Temporary server error. Please try again later. PRX4",
    full=False)

autoreply(L("auto-reply", "Sea-kayak business closed for winter, 'back on Monday 4th January'; only X-Autoreply header.",
            return_date="2027-01-04"),
          "EM", "EMP-0323", "230.00", ("Skye Sea Kayaks", "bookings@skyeseakayaks.co.uk"), "2026-12-22 09:30",
          "2026-12-22 09:31", LON, subject="Auto: {subj}",
          body="""Thanks for getting in touch!

The office is closed for the winter break and we're back on Monday 4th January. Emails aren't being checked until then – for anything urgent about a booking please text 07700 900716.

Merry Christmas from all at Skye Sea Kayaks
""", headers=["X-Autoreply: yes"])


# ============================================================================================
# Output + sanity check
# ============================================================================================
KEY_ORDER = ["kind", "language", "split", "amount", "currency", "reference", "promised_date", "return_date",
             "failed_recipient", "permanent", "note"]
KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def toml_value(v):
    if isinstance(v, bool):
        return "true" if v else "false"
    s = str(v).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{s}"'


def main():
    import random
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    order = list(range(len(MESSAGES)))
    random.Random(20268).shuffle(order)
    out = ["# round8-small: replies from private people and tiny businesses (it/es/en).",
           "# Generated by make.py. Bodies hand-written; labels per the round-8 brief.", ""]
    for n, i in enumerate(order, 1):
        raw, lab = MESSAGES[i]
        lab = dict(lab)
        lab["split"] = "dev"
        assert lab["kind"] in KINDS, lab
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        out.append(f'[files."{name}"]')
        for k in KEY_ORDER:
            if k in lab:
                out.append(f"{k} = {toml_value(lab[k])}")
        extra = set(lab) - set(KEY_ORDER)
        assert not extra, (name, extra)
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    # sanity: every file parses and has the basic headers
    bad = 0
    for n in range(1, len(MESSAGES) + 1):
        name = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, name), "rb") as fh:
            m = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not m[h]:
                print("MISSING", h, name)
                bad += 1
        if m.defects:
            print("DEFECTS", name, m.defects)
        for part in m.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
    print(f"wrote {len(MESSAGES)} messages, {bad} problems")


if __name__ == "__main__":
    main()
