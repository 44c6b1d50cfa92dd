"""Shared plumbing for round14-mobile: reminder texts (as mailduns sends them), quoting styles of
mobile and desktop clients, MIME assembly. The client bodies themselves live in make.py."""
import base64
import datetime as dt
import hashlib
import html
import quopri
import random
import struct
import zlib
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

# --------------------------------------------------------------------------- owners
OWNERS = {
    "ale": dict(name="Alessandra Rossi", email="alessandra@example.it", lang="it", cur="EUR",
                iban="IT60 X054 2811 1010 0000 0123 456", bic=None, ref="Fattura n. {n}"),
    "giulio": dict(name="Giulio Bellini", email="giulio@bellinitraduzioni.it", lang="it", cur="EUR",
                   iban="IT47 L030 6909 6061 0000 0117 283", bic=None, ref="Fatt. {n} Bellini"),
    "lucia": dict(name="Lucía Martín", email="lucia@martinestudio.es", lang="es", cur="EUR",
                  iban="ES91 2100 0418 4502 0005 1332", bic=None, ref="Factura {n}"),
    "jordi": dict(name="Jordi Puig", email="jordi@puigfoto.cat", lang="es", cur="EUR",
                  iban="ES76 0081 0216 7500 0123 4567", bic=None, ref="Factura {n}"),
    "tom": dict(name="Tom Byrne", email="tom@byrnedesign.ie", lang="en", cur="EUR",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", ref="{n}"),
    "priya": dict(name="Priya Shah", email="priya@shahcopy.co.uk", lang="en", cur="GBP",
                  iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", ref="{n}"),
}

IT_MONTHS = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
ES_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
EN_MONTHS = "January February March April May June July August September October November December".split()
IT_DAYS = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
ES_DAYS = "lunes martes miércoles jueves viernes sábado domingo".split()
EN_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
IT_M3 = "gen feb mar apr mag giu lug ago set ott nov dic".split()
ES_M3 = "ene feb mar abr may jun jul ago sept oct nov dic".split()
IT_D3 = "lun mar mer gio ven sab dom".split()
ES_D3 = "lun mar mié jue vie sáb dom".split()


def D(s):
    return dt.date.fromisoformat(s)


def fdate(lang, d):
    if isinstance(d, str):
        d = D(d)
    if lang == "it":
        return f"{d.day} {IT_MONTHS[d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def art(prep, d):
    s = fdate("it", d)
    elide = s.split()[0] in ("8", "11")
    forms = {"il": ("l'", "il "), "del": ("dell'", "del "), "al": ("all'", "al "), "dal": ("dall'", "dal ")}
    a, b = forms[prep]
    return (a if elide else b) + s


def money(cur, v, lang):
    ip, dp = f"{v:,.2f}".split(".")
    if lang in ("it", "es") and cur == "EUR":
        return ip.replace(",", ".") + "," + dp + " €"
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{ip}.{dp}"


# --------------------------------------------------------------------------- reminders
def salutation(lang, name, kind):
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
            return f"Buenos días, {name}:"
        return "Buenos días:"
    if kind == "person" and name:
        return f"Dear {name},"
    if kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def payment_block(lang, o, inv):
    ref = o["ref"].format(n=inv)
    if lang == "it":
        lines = ["Per il pagamento:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}"]
        if o["bic"]:
            lines.append(f"- BIC: {o['bic']}")
        lines.append(f"- causale: {ref}")
    elif lang == "es":
        lines = ["Datos para el pago:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}"]
        if o["bic"]:
            lines.append(f"- BIC: {o['bic']}")
        lines.append(f"- concepto: {ref}")
    else:
        lines = ["Payment details:", f"- Account name: {o['name']}", f"- IBAN: {o['iban']}"]
        if o["bic"]:
            lines.append(f"- BIC (SWIFT): {o['bic']}")
        lines.append(f"- Payment reference: {ref}")
    return "\n".join(lines)


def fee_calc(amount, due, today, rate=10.15, comp=40.0):
    days = (D(today) - D(due)).days
    interest = round(amount * rate / 100 * days / 365, 2)
    return days, interest, comp, round(amount + interest + comp, 2)


def fee_block(lang, o, inv, amount, due, today, law=None):
    cur = o["cur"]
    m = lambda v: money(cur, v, lang)
    start = D(due) + dt.timedelta(days=1)
    if law == "GB":
        rate, comp = 11.75, (70.0 if amount >= 1000 else 40.0)
    else:
        rate, comp = 10.15, 40.0
    days, interest, comp, total = fee_calc(amount, due, today, rate, comp)
    r = f"{rate:.2f}%".replace(".", ",") if lang != "en" else f"{rate:.2f}%"
    if lang == "it":
        return (f"Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): "
                f"senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli "
                f"interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti "
                f"percentuali, attualmente {r} annuo) ed è dovuto l'importo forfettario di {m(comp)} a titolo di "
                f"risarcimento dei costi di recupero (art. 6).\n\n"
                f"Ad oggi l'importo dovuto è il seguente:\n"
                f"- fattura n. {inv}: {m(amount)}\n"
                f"- interessi di mora dal {start.strftime('%d/%m/%Y')} al {D(today).strftime('%d/%m/%Y')} "
                f"({days} giorni al {r}): {m(interest)}\n"
                f"- risarcimento costi di recupero (art. 6): {m(comp)}\n"
                f"- totale: {m(total)}"), total
    if lang == "es":
        return (f"Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que "
                f"se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva "
                f"2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de "
                f"demora al tipo legal: el tipo del Banco Central Europeo para sus operaciones principales de "
                f"financiación más ocho puntos porcentuales, actualmente el {r} anual (arts. 5 y 7). A la deuda se "
                f"añade, además, una cantidad fija de {m(comp)} en concepto de indemnización por costes de cobro "
                f"(art. 8).\n\n\n"
                f"A día de hoy, el importe adeudado es el siguiente:\n"
                f"- factura n.º {inv}: {m(amount)}\n"
                f"- intereses de demora del {start.strftime('%d/%m/%Y')} al {D(today).strftime('%d/%m/%Y')} "
                f"({days} días al {r}): {m(interest)}\n"
                f"- indemnización por costes de cobro (art. 8): {m(comp)}\n"
                f"- total: {m(total)}"), total
    if law == "GB":
        head = (f"As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 "
                f"applies: statutory interest runs from the day after the due date at {r} a year (8% over the Bank of "
                f"England base rate in force when the debt fell due), and a fixed sum of {m(comp)} is due for the costs "
                f"of recovering the debt (section 5A).")
    else:
        head = (f"As this is a commercial transaction, the European Communities (Late Payment in Commercial "
                f"Transactions) Regulations 2012 apply: late payment interest runs from the day after the due date at "
                f"{r} a year (the European Central Bank's main refinancing rate plus 8 percentage points), and "
                f"{m(comp)} is due as compensation for recovery costs (Regulation 9).")
    return (head + "\n\n"
            f"The amount due as at {fdate('en', today)} (interest continues to run until payment) is:\n"
            f"- invoice {inv}: {m(amount)}\n"
            f"- interest from {fdate('en', start)} to {fdate('en', today)} ({days} days at {r}): {m(interest)}\n"
            f"- compensation for recovery costs: {m(comp)}\n"
            f"- total: {m(total)}"), total


def reminder(c):
    """Text of the mailduns letter the client is replying to. c: the message spec."""
    o = OWNERS[c["owner"]]
    lang = o["lang"]
    step = c["step"]
    inv = c["inv"]
    cur = c.get("cur", o["cur"])
    A = money(cur, c["amt"], lang) if c.get("amt") else None
    due = c.get("due")
    today = c["sent"][:10]
    days_late = (D(today) - D(due)).days if due else 0
    sal = salutation(lang, c.get("cname"), c.get("ckind", "person"))
    pay = payment_block(lang, o, inv)
    dl = c.get("deadline")
    fees = None
    if c.get("fees"):
        fees, total = fee_block(lang, dict(o, cur=cur), inv, c["amt"], due, today, c.get("law"))
    P = []
    if lang == "it":
        amt = f" di {A}" if A else ""
        if step == "courtesy":
            iss = f", emessa {art('il', c['issue'])}," if c.get("issue") else ""
            P = [f"un breve promemoria: la fattura n. {inv}{amt}{iss} è in scadenza {art('il', due)}.",
                 "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.",
                 pay, "Per qualsiasi domanda basta rispondere a questa email."]
        elif step == "due":
            if days_late > 0:
                s = f"un promemoria: la fattura n. {inv}{amt} è scaduta {art('il', due)}. Se il pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni."
            else:
                s = f"un promemoria: la fattura n. {inv}{amt} è in scadenza oggi, {fdate('it', due)}."
            P = [s, "Se il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.",
                 pay, "Per qualsiasi domanda basta rispondere a questa email."]
        elif step == "reminder":
            P = [f"da un controllo la fattura n. {inv}{amt}, scaduta {art('il', due)}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile."]
            if fees:
                P.append(fees)
            P += ["Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.", pay]
        elif step == "late_fee":
            tail = f": sono trascorsi {days_late} giorni dalla scadenza" if days_late > 1 else ""
            P = [f"la fattura n. {inv}{amt}, scaduta {art('il', due)}, risulta ancora da saldare{tail}."]
            if fees:
                P.append(fees)
            P += [f"Chiedo cortesemente di provvedere al pagamento{' dell’importo totale'.replace('’', chr(39)) if fees else ''} entro {art('il', dl)}. Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.", pay]
        elif step == "promise_followup":
            if c.get("promise_date"):
                s = f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv}{amt} sarebbe stato effettuato entro {art('il', c['promise_date'])}."
            else:
                s = f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv}{amt}, scaduta {art('il', due)}."
            P = [s, "Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo.", pay]
        elif step == "paid_claim":
            cd = f" {art('il', c['claim_date'])}" if c.get("claim_date") else ""
            po = f" (con bonifico disposto {art('il', c['paid_on'])})" if c.get("paid_on") else ""
            P = [f"grazie per avermi comunicato{cd} che la fattura n. {inv}{amt} è stata pagata{po}.",
                 "Ad oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di inoltrarmi la contabile.",
                 f"Per un confronto, riporto le coordinate corrette:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- causale: {o['ref'].format(n=inv)}",
                 "Se il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per la collaborazione."]
        elif step == "final":
            iss = f" {art('del', c['issue'])}" if c.get("issue") else ""
            P = [f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv}{iss}", sal,
                 f"la fattura n. {inv}{amt}, scaduta {art('il', due)}, risulta ancora da saldare nonostante i precedenti solleciti."]
            if fees:
                P.append(fees)
            what = "dell'importo totale sopra indicato" if fees else (f"di {A}" if A else "dell'importo dovuto")
            P += [f"Con la presente chiedo formalmente il pagamento {what} entro {art('il', dl)}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.",
                  "In mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.",
                  "Qualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la data del bonifico, così da poterlo verificare.", pay]
            return "\n\n".join(P) + f"\n\nCordiali saluti,\n{o['name']}\n"
        elif step == "statement":
            lines = []
            tot = 0.0
            for i in c["invoices"]:
                dlate = (D(today) - D(i["due"])).days
                lines.append(f"- n. {i['n']} {art('del', i['issue'])}, scaduta {art('il', i['due'])} ({dlate} giorni di ritardo): {money(cur, i['amt'], 'it')}")
                tot += i["amt"]
            P = ["da un controllo risultano ancora da saldare le seguenti fatture:", "\n".join(lines),
                 f"Totale da pagare: {money(cur, tot, 'it')}",
                 f"Chiedo cortesemente di provvedere al pagamento entro {art('il', dl)}. Se alcune di queste fatture sono già state pagate, basta rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con una fattura, possiamo trovare insieme una soluzione: basta rispondere a questa email.",
                 "Gli estremi per il pagamento sono riportati nelle fatture, nei messaggi con cui sono state inviate."]
        return sal + "\n\n" + "\n\n".join(P) + f"\n\nCordiali saluti,\n{o['name']}\n"

    if lang == "es":
        amt = f" de {A}" if A else ""
        if step == "courtesy":
            iss = f", emitida el {fdate('es', c['issue'])}," if c.get("issue") else ""
            P = [f"Un breve recordatorio: la factura n.º {inv}{amt}{iss} vence el {fdate('es', due)}.",
                 "Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.", pay,
                 "Para cualquier duda, basta con responder a este correo."]
        elif step == "due":
            if days_late > 0:
                s = f"La factura n.º {inv}{amt} venció el {fdate('es', due)} y, según mis registros, el pago aún no consta. Agradecería que se tramitara en los próximos días."
            else:
                s = f"La factura n.º {inv}{amt} vence hoy, {fdate('es', due)}."
            P = [s, "Si el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.", pay,
                 "Para cualquier duda, basta con responder a este correo."]
        elif step == "reminder":
            P = [f"Revisando mis cuentas, veo que la factura n.º {inv}{amt}, vencida el {fdate('es', due)}, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible."]
            if fees:
                P.append(fees)
            P += ["Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.", pay]
        elif step == "late_fee":
            hace = f", hace {days_late} días," if days_late > 1 else ""
            P = [f"La factura n.º {inv}{amt} venció el {fdate('es', due)}{hace} y sigue pendiente de pago."]
            if fees:
                P.append(fees)
            howmuch = f" de {money(cur, total, 'es')}" if fees else amt
            P += [f"Ruego que el pago{howmuch} se realice a más tardar el {fdate('es', dl)}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución por esta misma vía.", pay]
        elif step == "promise_followup":
            if c.get("promise_date"):
                s = f"Según su último mensaje, el pago de la factura n.º {inv}{amt} se realizaría a más tardar el {fdate('es', c['promise_date'])}; gracias de nuevo por la información."
            else:
                s = f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv}{amt}, vencida el {fdate('es', due)}."
            P = [s, "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.", pay]
        elif step == "paid_claim":
            cd = f" el {fdate('es', c['claim_date'])}" if c.get("claim_date") else ""
            po = f" (transferencia ordenada el {fdate('es', c['paid_on'])})" if c.get("paid_on") else ""
            P = [f"Muchas gracias por comunicarme{cd} que la factura n.º {inv}{amt} ya está pagada{po}.",
                 "Sin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el justificante.",
                 f"Para comprobarlo, estos son los datos bancarios correctos:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- concepto: {o['ref'].format(n=inv)}",
                 "Si la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es necesario hacer nada más. Gracias por su colaboración."]
        elif step == "final":
            em = f", emitida el {fdate('es', c['issue'])}," if c.get("issue") else ""
            P = [f"Asunto: Requerimiento de pago de la factura n.º {inv}", sal,
                 f"La factura n.º {inv}{em} venció el {fdate('es', due)} y, pese a los recordatorios enviados anteriormente, sigue pendiente de pago{' por un importe de ' + A if A else ''}."]
            if fees:
                P.append(fees)
            P += [f"Por la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago {'de ' + money(cur, total, 'es') if fees else 'de ' + A} a más tardar el {fdate('es', dl)}{', más los intereses de demora que se devenguen hasta la fecha del pago' if fees else ''}.",
                  "Mi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con responder a este correo.",
                  f"Si para el {fdate('es', dl)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría sinceramente evitarlo.",
                  "Si el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con la fecha de la transferencia.", pay]
            return "\n\n".join(P) + f"\n\nAtentamente,\n{o['name']}\n"
        return sal + "\n\n" + "\n\n".join(P) + f"\n\nUn cordial saludo,\n{o['name']}\n"

    # English
    amt = f" for {A}" if A else ""
    if step == "courtesy":
        iss = f", issued on {fdate('en', c['issue'])}," if c.get("issue") else ""
        P = [f"This is a friendly reminder that invoice {inv}{amt}{iss} is due for payment on {fdate('en', due)}.",
             "If payment is already on its way, thank you, and please disregard this message.", pay,
             "If you have any questions, just reply to this email."]
    elif step == "due":
        if days_late > 0:
            s = f"This is a quick reminder that invoice {inv}{amt} was due for payment on {fdate('en', due)}. If it has not been paid yet, I would be grateful if you could arrange payment in the next few days."
        else:
            s = f"This is a quick reminder that invoice {inv}{amt} is due for payment today, {fdate('en', due)}."
        P = [s, "If you have already paid, thank you, and please disregard this reminder.", pay,
             "If you have any questions, just reply to this email."]
    elif step == "reminder":
        P = [f"According to my records, invoice {inv}{amt}, due on {fdate('en', due)}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience."]
        if fees:
            P.append(fees)
        P += ["If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.", pay]
    elif step == "late_fee":
        od = f"is now {days_late} day{'s' if days_late != 1 else ''} overdue" if days_late > 0 else "has not yet been paid"
        P = [f"Invoice {inv}{amt}, due on {fdate('en', due)}, {od}."]
        if fees:
            P.append(fees)
        P += [f"Please arrange payment{' of the total above' if fees else ''} by {fdate('en', dl)}. If payment is already on its way, thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to this email and we can find a solution.", pay]
    elif step == "promise_followup":
        if c.get("promise_date"):
            s = f"Thank you for letting me know that invoice {inv}{amt} would be paid by {fdate('en', c['promise_date'])}."
        else:
            s = f"Thank you for your earlier message about invoice {inv}{amt}, which was due on {fdate('en', due)}."
        P = [s, "The payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you need a little more time, could you let me know when I can expect it?", pay]
    elif step == "paid_claim":
        cd = f" on {fdate('en', c['claim_date'])}" if c.get("claim_date") else ""
        po = f" (by a transfer made on {fdate('en', c['paid_on'])})" if c.get("paid_on") else ""
        P = [f"Thank you for letting me know{cd} that invoice {inv}{amt} has been paid{po}.",
             "However, the payment has not reached my account yet. Bank transfers sometimes take a few extra days, and occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please send me the date and reference of the transfer, or a copy of the payment confirmation?",
             "For reference, my bank details are:\n" + "\n".join(payment_block("en", o, inv).splitlines()[1:]),
             "If the transfer was made only in the last day or two, it is probably still on its way, and there is no need to do anything further. Thank you for your help."]
    elif step == "final":
        head = ["Final notice before debt recovery", "\n".join(x for x in [
            f"To: {c['cname']}" if c.get("cname") else None, f"Date: {fdate('en', today)}",
            f"Invoice: {inv}" + (f", issued on {fdate('en', c['issue'])}" if c.get("issue") else "") + f", due on {fdate('en', due)}",
            f"Amount due: {A}" if A else None, f"Payment deadline: {fdate('en', dl)}"] if x)]
        formal = salutation("en", c.get("cname"), c.get("ckind", "person"))
        if formal in ("Hello,", "Dear Accounts Team,"):
            formal = "Dear Sir or Madam,"
        P = head + [formal, f"Despite my previous reminders, invoice {inv}{amt}, which was due for payment on {fdate('en', due)}, remains unpaid.",
                    f"I therefore formally request payment of {A} by {fdate('en', dl)}.",
                    "If payment is not received by that date, I intend to take steps to recover the debt. These may include referring the matter to a debt collection agency or a solicitor and, if necessary, starting court proceedings.",
                    f"I would much rather resolve this with you directly. If there is a reason for the delay, or if you would like to propose a payment plan, please reply to this email before {fdate('en', dl)}.",
                    "If you have paid in the meantime, thank you, and please accept my apologies for this notice; it would help if you could let me know the payment date so that I can update my records.", pay]
        close = "Yours sincerely," if formal.startswith("Dear") and formal != "Dear Sir or Madam," else "Yours faithfully,"
        return "\n\n".join(P) + f"\n\n{close}\n{o['name']}\n"
    return sal + "\n\n" + "\n\n".join(P) + f"\n\nKind regards,\n{o['name']}\n"


def reminder_subject(c):
    o = OWNERS[c["owner"]]
    lang, inv, step = o["lang"], c["inv"], c["step"]
    if c.get("orig_subject"):
        return c["orig_subject"]
    if lang == "it":
        return {"courtesy": f"Fattura n. {inv} in scadenza", "due": f"Promemoria: fattura n. {inv}",
                "reminder": f"Promemoria pagamento fattura n. {inv}", "late_fee": f"Sollecito di pagamento – fattura n. {inv}",
                "promise_followup": f"Fattura n. {inv} – pagamento", "paid_claim": f"Fattura n. {inv} – pagamento non ancora ricevuto",
                "final": f"Diffida di pagamento – fattura n. {inv}", "statement": "Riepilogo fatture da saldare"}[step]
    if lang == "es":
        return {"courtesy": f"Factura n.º {inv}: vencimiento próximo", "due": f"Recordatorio: factura n.º {inv}",
                "reminder": f"Recordatorio de pago – factura n.º {inv}", "late_fee": f"Factura n.º {inv} pendiente de pago",
                "promise_followup": f"Factura n.º {inv} – pago", "paid_claim": f"Factura n.º {inv} – pago no recibido",
                "final": f"Requerimiento de pago de la factura n.º {inv}"}[step]
    return {"courtesy": f"Invoice {inv} due soon", "due": f"Reminder: invoice {inv}",
            "reminder": f"Payment reminder – invoice {inv}", "late_fee": f"Invoice {inv} overdue",
            "promise_followup": f"Invoice {inv} – payment", "paid_claim": f"Invoice {inv} – payment not yet received",
            "final": f"Final notice – invoice {inv}"}[step]


# --------------------------------------------------------------------------- quoting
def local(sent, tz):
    naive = dt.datetime.fromisoformat(sent)
    return naive


def attribution(style, lang, when, oname, oemail):
    d = when
    hm = d.strftime("%H:%M")
    if style == "gmail":
        if lang == "it":
            return f"Il giorno {IT_D3[d.weekday()]} {d.day} {IT_M3[d.month-1]} {d.year} alle ore {hm} {oname} <{oemail}> ha scritto:"
        if lang == "es":
            return f"El {ES_D3[d.weekday()]}, {d.day} {ES_M3[d.month-1]} {d.year} a las {d.hour}:{d.minute:02d}, {oname} (<{oemail}>) escribió:"
        return f"On {d.strftime('%a')}, {d.day} {d.strftime('%b')} {d.year} at {hm}, {oname} <{oemail}> wrote:"
    if style == "iphone":
        if lang == "it":
            return f"Il giorno {d.day} {IT_M3[d.month-1]} {d.year}, alle ore {hm}, {oname} <{oemail}> ha scritto:"
        if lang == "es":
            return f"El {d.day} {ES_M3[d.month-1]} {d.year}, a las {d.hour}:{d.minute:02d}, {oname} <{oemail}> escribió:"
        return f"On {d.day} {d.strftime('%b')} {d.year}, at {hm}, {oname} <{oemail}> wrote:"
    raise ValueError(style)


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def outlook_block(lang, when, oname, oemail, to, subj, mobile=False):
    d = when
    if lang == "it":
        sent = f"{IT_DAYS[d.weekday()]} {d.day} {IT_MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M')}"
        if mobile:
            sent = f"{IT_DAYS[d.weekday()]}, {d.day} {IT_MONTHS[d.month-1]} {d.year} {d.strftime('%H:%M:%S')}"
        return f"Da: {oname} <{oemail}>\nInviato: {sent}\nA: {to}\nOggetto: {subj}"
    if lang == "es":
        sent = f"{ES_DAYS[d.weekday()]}, {d.day} de {ES_MONTHS[d.month-1]} de {d.year} {d.hour}:{d.minute:02d}"
        if mobile:
            sent += f":{d.second:02d}"
        return f"De: {oname} <{oemail}>\nEnviado: {sent}\nPara: {to}\nAsunto: {subj}"
    h12 = d.strftime("%I").lstrip("0") + d.strftime(":%M") + (d.strftime(":%S") if mobile else "") + " " + d.strftime("%p")
    sent = f"{EN_DAYS[d.weekday()]}, {EN_MONTHS[d.month-1]} {d.day}, {d.year} {h12}"
    return f"From: {oname} <{oemail}>\nSent: {sent}\nTo: {to}\nSubject: {subj}"


def samsung_block(lang, when, oname, oemail, to, subj, gmt):
    d = when
    if lang == "it":
        return (f"-------- Messaggio originale --------\nDa: {oname} <{oemail}> \nData: {d.strftime('%d/%m/%y')} {d.strftime('%H:%M')} ({gmt}) \n"
                f"A: {to} \nOggetto: {subj} \n")
    if lang == "es":
        return (f"-------- Mensaje original --------\nDe: {oname} <{oemail}> \nFecha: {d.strftime('%d/%m/%y')} {d.hour}:{d.minute:02d} ({gmt}) \n"
                f"Para: {to} \nAsunto: {subj} \n")
    return (f"-------- Original message --------\nFrom: {oname} <{oemail}> \nDate: {d.strftime('%d/%m/%Y')} {d.strftime('%H:%M')} ({gmt}) \n"
            f"To: {to} \nSubject: {subj} \n")


# --------------------------------------------------------------------------- attachments
def png_bytes(seed, w=36, h=64):
    rnd = random.Random(seed)
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(rnd.choice((235, 240, 250, 40, 90)) for _ in range(w * 3))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def jpeg_bytes(seed):
    rnd = random.Random(seed)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" + bytes(rnd.randrange(256) for _ in range(600))
            + b"\xff\xd9")


def pdf_bytes(lines):
    text = "\n".join(f"({l}) Tj T*" for l in lines)
    stream = f"BT /F1 10 Tf 50 780 Td 14 TL\n{text}\nET".encode("latin-1", "replace")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
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


# --------------------------------------------------------------------------- MIME
def enc_header(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def text_part(text, subtype="plain", charset="utf-8", cte="qp", declared=None, flowed=False):
    codec = {"utf-8": "utf-8", "iso-8859-1": "cp1252", "windows-1252": "cp1252", "iso-8859-15": "iso-8859-15"}[charset]
    data = text.replace("\r\n", "\n").encode(codec)
    ct = f'text/{subtype}; charset="{declared or charset}"'
    if flowed:
        ct += "; format=flowed"
    if cte == "qp":
        body = quopri.encodestring(data).decode("ascii")
        cten = "quoted-printable"
    elif cte == "b64":
        body = base64.encodebytes(data).decode("ascii")
        cten = "base64"
    else:
        try:
            data.decode("ascii")
            cten = "7bit"
        except UnicodeDecodeError:
            cten = "8bit"
        body = data.decode(codec)
        return (f"Content-Type: {ct}\nContent-Transfer-Encoding: {cten}\n\n").encode("ascii") + body.encode(codec) + b"\n"
    return f"Content-Type: {ct}\nContent-Transfer-Encoding: {cten}\n\n{body}\n".encode("ascii")


def attach_part(data, ctype, filename, inline=False):
    b = base64.encodebytes(data).decode("ascii")
    disp = "inline" if inline else "attachment"
    return (f'Content-Type: {ctype}; name="{filename}"\nContent-Disposition: {disp}; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b}\n").encode("ascii")


def multipart(subtype, parts, boundary):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'.encode("ascii")
    for p in parts:
        out += f"--{boundary}\n".encode("ascii") + p
    out += f"--{boundary}--\n".encode("ascii")
    return out


def msgid(seed, kind):
    h = hashlib.sha1(seed.encode()).hexdigest()
    H = h.upper()
    if kind == "gmail":
        return f"<CA{base64.urlsafe_b64encode(bytes.fromhex(h + h[:8])).decode()[:38]}@mail.gmail.com>"
    if kind == "apple":
        return f"<{H[:8]}-{H[8:12]}-{H[12:16]}-{H[16:20]}-{H[20:32]}@{{dom}}>"
    if kind == "outlook":
        return f"<{['AM9PR', 'DB9PR', 'PAXPR', 'VI1PR', 'DU0PR'][int(h[0], 16) % 5]}0{h[1]}MB{int(h[2:6], 16) % 9999:04d}{H[6:14]}{int(h[14:16], 16) % 90 + 10}@{['AM9PR', 'DB9PR', 'PAXPR'][int(h[0], 16) % 3]}0{h[1]}MB{int(h[2:6], 16) % 9999:04d}.eurprd0{int(h[16], 16) % 9 + 1}.prod.outlook.com>"
    return f"<{h[:12]}.{h[12:20]}@{{dom}}>"


def html_escape_lines(text):
    return "<br>\n".join(html.escape(l) if l else "" for l in text.split("\n"))


# --------------------------------------------------------------------------- assembly
OWNER_TZ = {"ale": "Europe/Rome", "giulio": "Europe/Rome", "lucia": "Europe/Madrid", "jordi": "Europe/Madrid",
            "tom": "Europe/Dublin", "priya": "Europe/London"}
SIGS_HTML_ID = {}


def aware(s, tz):
    return dt.datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def gmt_label(d):
    off = d.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"GMT{sign}{mins // 60:02d}:{mins % 60:02d}"


def compose(c, n):
    o = OWNERS[c["owner"]]
    lang = o["lang"]
    tz = c["tz"]
    when = aware(c["date"], tz)
    sent = aware(c["sent"], OWNER_TZ[c["owner"]])
    sent_local = sent.astimezone(ZoneInfo(tz))
    rem = reminder(c)
    rsubj = reminder_subject(c)
    subj = c.get("subject") or (c.get("prefix", "Re: ") + rsubj)
    odom = o["email"].split("@")[1]
    rem_id = "<" + hashlib.sha1(("rem" + c["inv"] + c["sent"]).encode()).hexdigest()[:24] + "@" + odom + ">"
    inv_id = "<" + hashlib.sha1(("inv" + c["inv"]).encode()).hexdigest()[:24] + "@" + odom + ">"
    cdom = c["cemail"].split("@")[1]
    mk = c.get("mid", "other")
    mid = msgid(f"r14p{n}{c['cemail']}", mk).replace("{dom}", c.get("mid_dom", cdom))
    to_disp = c.get("to_disp", addr(o["name"], o["email"]))
    style = c.get("quote", "gmail")
    sig = c.get("sig")
    body = c["body"].rstrip("\n")
    oname, oemail = o["name"], o["email"]
    client_to = c["cemail"] if not c.get("cname_to") else f"{c['cname_to']} <{c['cemail']}>"

    # ---- plain text
    t = body
    if sig:
        t += "\n\n" + sig
    if style == "gmail":
        t += "\n\n" + attribution("gmail", lang, sent_local, oname, oemail) + "\n\n" + quote_lines(rem)
    elif style == "iphone":
        t += "\n\n" + quote_lines(attribution("iphone", lang, sent_local, oname, oemail) + "\n\n" + rem)
    elif style in ("outlook", "outlookm"):
        t += "\n\n________________________________\n" + outlook_block(lang, sent_local, oname, oemail, client_to, rsubj, style == "outlookm") + "\n\n" + rem
    elif style == "samsung":
        t += "\n\n\n" + samsung_block(lang, sent_local, oname, oemail, c["cemail"], rsubj, gmt_label(sent_local)) + "\n" + rem
    elif style == "none":
        pass
    if c.get("footer"):
        if style in ("outlook", "outlookm", "samsung"):
            # disclaimers sit under the signature, above the quoted block
            head, sep, tail = t.partition("\n\n________________________________\n" if style != "samsung" else "\n\n\n-------- ")
            t = head + "\n\n" + c["footer"] + sep + tail
        else:
            head, sep, tail = t.partition("\n\n" + (attribution("gmail", lang, sent_local, oname, oemail) if style == "gmail" else "> "))
            t = head + "\n\n" + c["footer"] + sep + tail
    t += "\n"

    # ---- html
    h = None
    if c.get("fmt", "plain") in ("alt", "html"):
        bh = c.get("body_html") or html_escape_lines(body)
        rh = html_escape_lines(rem.rstrip("\n"))
        foot = f'<div style="font-size:8pt;color:#7f7f7f">{html_escape_lines(c["footer"])}</div>' if c.get("footer") else ""
        if style == "gmail":
            h = (f'<div dir="ltr">{bh}</div>{foot}<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                 f'{html.escape(attribution("gmail", lang, sent_local, oname, oemail))}<br></div><blockquote class="gmail_quote" '
                 f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{rh}</blockquote></div>\n')
        elif style == "iphone":
            sg = f'<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">{html.escape(sig)}</div></div>' if sig else ""
            h = (f'<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                 f'<div dir="ltr">{bh}</div>{sg}{foot}<div dir="ltr"><br><blockquote type="cite">'
                 f'{html.escape(attribution("iphone", lang, sent_local, oname, oemail))}<br><br></blockquote></div>'
                 f'<blockquote type="cite"><div dir="ltr">{rh}</div></blockquote></body></html>\n')
        elif style in ("outlook", "outlookm"):
            blk = outlook_block(lang, sent_local, oname, oemail, client_to, rsubj, style == "outlookm").split("\n")
            rows = "<br>".join(f"<b>{html.escape(l.split(': ', 1)[0])}:</b> {html.escape(l.split(': ', 1)[1])}" for l in blk)
            link = '<a href="https://aka.ms/AAb9ysg">Outlook</a>'
            sg = (f'<div id="ms-outlook-mobile-signature"><div><br></div>{html.escape(sig or "").replace("Outlook", link, 1)}</div>' if sig else "")
            h = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={c.get("cs", "utf-8")}"></head><body>'
                 f'<div dir="auto" style="font-family:Aptos,Calibri,Helvetica,sans-serif;font-size:12pt;color:rgb(0,0,0)">{bh}</div>'
                 f'{sg}{foot}<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                 f'<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{rows}</font><div>&nbsp;</div></div>'
                 f'<div style="font-family:Arial,Helvetica,sans-serif;font-size:15px">{rh}</div></body></html>\n')
        elif style == "samsung":
            sb = samsung_block(lang, sent_local, oname, oemail, c["cemail"], rsubj, gmt_label(sent_local)).rstrip("\n").split("\n")
            h = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
                 f'<div dir="auto">{bh}</div><div dir="auto"><br></div><div dir="auto"><br></div>'
                 f'<div id="composer_signature" dir="auto"><div style="font-size:85%;color:#575757" dir="auto">{html.escape(sig or "")}</div></div>{foot}'
                 f'<div dir="auto"><br></div><div><br></div><div align="left" dir="auto" style="font-size:100%;color:#000000">'
                 + "".join(f"<div>{html.escape(l)}</div>" for l in sb) + f'</div>{rh}</body></html>\n')
        else:
            h = f'<html><body><div dir="auto">{bh}</div>{("<br><div>" + html.escape(sig) + "</div>") if sig else ""}{foot}</body></html>\n'

    cs = c.get("cs", "utf-8")
    cte = c.get("cte", "qp")
    decl = c.get("declared")
    fmt = c.get("fmt", "plain")
    bnd = "0000000000" + hashlib.md5(f"b{n}".encode()).hexdigest()[:18]
    if fmt == "plain":
        content = text_part(t, "plain", cs, cte, decl)
    elif fmt == "html":
        content = text_part(h, "html", cs, cte, decl)
    else:
        content = multipart("alternative", [text_part(t, "plain", cs, cte, decl), text_part(h, "html", cs, cte, decl)], bnd + "a")
    atts = c.get("att") or []
    if atts:
        parts = [content]
        for kind, fname, extra in atts:
            if kind == "png":
                parts.append(attach_part(png_bytes(fname), "image/png", fname))
            elif kind == "jpg":
                parts.append(attach_part(jpeg_bytes(fname), "image/jpeg", fname, inline=True))
            elif kind == "pdf":
                parts.append(attach_part(pdf_bytes(extra), "application/pdf", fname))
        content = multipart("mixed", parts, bnd + "m")

    hdrs = []
    for k, v in c.get("pre_headers", []):
        hdrs.append((k, v))
    hdrs += [("From", addr(c.get("from_name", c.get("cname")), c["cemail"])), ("To", to_disp)]
    if c.get("cc"):
        hdrs.append(("Cc", ", ".join(addr(nm, em) for nm, em in c["cc"])))
    hdrs += [("Subject", enc_header(subj)), ("Date", format_datetime(when)), ("Message-ID", mid),
             ("In-Reply-To", rem_id), ("References", f"{inv_id} {rem_id}"), ("MIME-Version", "1.0")]
    if c.get("mailer"):
        hdrs.append(c["mailer"])
    head = "".join(f"{k}: {v}\n" for k, v in hdrs).encode("ascii")
    return head + content


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


# --------------------------------------------------------------------------- the messages
IPH = ("X-Mailer", "iPhone Mail (22C161)")
IPAD = ("X-Mailer", "iPad Mail (22B91)")
YAH = ("X-Mailer", "WebService/1.1.23187 YMailNorrin")
GDPR_IT = ("Le informazioni contenute in questa comunicazione e negli eventuali documenti allegati sono riservate e ad "
           "uso esclusivo del destinatario. Se avete ricevuto questo messaggio per errore, vi preghiamo di darne "
           "immediata comunicazione al mittente e di cancellarlo. Informativa ai sensi del Regolamento UE 2016/679 "
           "(GDPR) disponibile su www.casamia-immobiliare.it/privacy.")
LOPD_ES = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden "
           "contener información confidencial. En cumplimiento del Reglamento (UE) 2016/679 (RGPD) y de la LOPDGDD "
           "3/2018, le informamos de que sus datos serán tratados por TALLERES MORENO, S.L. con la finalidad de "
           "gestionar la relación comercial. Puede ejercer sus derechos en lopd@talleresmoreno.es.")
LOPD_HM = ("Este correo electrónico y, en su caso, cualquier fichero anexo contiene información confidencial "
           "exclusivamente dirigida a su destinatario. Queda prohibida su divulgación, copia o distribución a terceros "
           "sin la previa autorización escrita de HOTELES MEDITERRÁNEO, S.A. Antes de imprimir este correo, piense "
           "si es necesario hacerlo: el medio ambiente es cosa de todos.")
HG_EN = ("Hollis & Grant LLP is a limited liability partnership registered in England and Wales (OC412233). This "
         "email and any attachments are confidential and may be privileged. If you are not the intended recipient, "
         "please notify the sender immediately and delete it.")
KCB_EN = ("This e-mail and any files transmitted with it are confidential and intended solely for the addressee. "
          "Kilkenny Craft Brewery Ltd, registered in Ireland no. 598812. Please consider the environment before "
          "printing this e-mail.")

M = []


def add(**kw):
    M.append(kw)


# ============================ ITALIANO =====================================================
add(owner="ale", cname="Paolo Gatti", cemail="paolo.gatti78@gmail.com", inv="14/2026", amt=480.0, due="2026-11-15",
    step="reminder", sent="2026-11-23 09:00", date="2026-11-23 13:42:10", tz="Europe/Rome", quote="iphone",
    sig="Inviato da iPhone", mid="apple", mailer=IPH, body="Fatto stamattina, scusa il ritardo",
    label=dict(kind="client-reply-paid", note="two words on a phone over the full quoted reminder; 'fatto' = paid"))

add(owner="ale", cname="Chiara Longo", cemail="chiaralongo.grafica@gmail.com", inv="17/2026", amt=350.0, due="2026-11-30",
    step="due", sent="2026-11-30 08:30", date="2026-12-02 08:11:44", tz="Europe/Rome", quote="gmail", fmt="alt",
    cte="b64", mid="gmail",
    body="Ciao Alessandra bonifico fatto a ieri sera controlla pure se ti è arrivato punto grazie ancora per il logo è venuto benissimo",
    label=dict(kind="client-reply-paid", note="voice dictation: 'fatto a ieri' (= fatto ieri), 'punto' written out; asks to check arrival but states paid"))

add(owner="ale", cname="Fabio Conti", cemail="fabio.conti@libero.it", inv="19/2026", amt=610.0, due="2026-12-05",
    step="reminder", sent="2026-12-09 09:00", date="2026-12-09 18:46:02", tz="Europe/Rome", quote="samsung",
    sig="Inviato dal mio Galaxy", body="fatto",
    att=[("png", "Screenshot_20261209_184412_Intesa Sanpaolo Mobile.png", None)],
    label=dict(kind="client-reply-paid", note="one word + screenshot of the banking app, Samsung quoting block"))

add(owner="giulio", cname="Russo Impianti", ckind="company", from_name="ENZO RUSSO", cemail="enzorusso1956@alice.it",
    inv="2026/051", amt=1200.0, due="2026-11-20", step="late_fee", fees=True, deadline="2026-12-24",
    sent="2026-12-14 09:00", date="2026-12-15 10:02:31", tz="Europe/Rome", quote="none", cs="iso-8859-1", cte="8bit",
    prefix="R: ", mailer=("X-Mailer", "Alice Mail Webmail 6.2"),
    body="BUONGIORNO\nHO FATTO IL BONIFICO IERI DI 1200 EURO.\nSALUTI\nENZO RUSSO",
    label=dict(kind="client-reply-paid", amount="1200.00", note="ALL CAPS, no quote, latin-1 8bit webmail; states the amount paid (the reminder's total with fees differs)"))

add(owner="ale", cname="Marta Colombo", cemail="marta.colombo@icloud.com", inv="22/2026", amt=260.0, due="2026-12-31",
    step="reminder", sent="2027-01-08 09:00", date="2027-01-10 21:30:55", tz="Europe/Rome", quote="iphone", fmt="alt",
    sig="Inviato da iPhone", mid="apple", mailer=IPH,
    body="pagata la 22 venerdì, mi dici se ti è arrivata? 🙏",
    label=dict(kind="client-reply-paid", reference="22/2026", note="'la 22' in a thread about 22/2026; paid + asks to confirm receipt"))

add(owner="giulio", cname="Lorenzo Marchetti", cemail="l.marchetti@marchettiarch.it", inv="2026/039", amt=2440.0,
    due="2026-11-30", issue="2026-10-31", step="final", deadline="2027-01-29", sent="2027-01-19 10:00",
    date="2027-01-19 19:05:12", tz="Europe/Rome", quote="gmail", mid="gmail",
    body="ma scherziamo?? ti ho pagato il 12 gennaio, controlla meglio prima di mandare diffide.\nL.",
    label=dict(kind="client-reply-paid", note="angry reply to the formal notice, but the claim is 'already paid on 12 Jan', not a contest of the invoice"))

add(owner="ale", cname="Lino Esposito", from_name="Bar Sport Esposito", cemail="barsport.esposito@gmail.com", inv="25/2026",
    amt=180.0, due="2026-12-20", step="due", sent="2026-12-21 09:00", date="2027-01-07 11:20:40", tz="Europe/Rome",
    quote="iphone", sig="Inviato da iPhone", mid="apple", mid_dom="gmail.com", mailer=IPH,
    body="Alessà t'aggio fatto 'o bonifico stammatina, scusa ma stevo 'ncasinato cu 'e feste 😅",
    label=dict(kind="client-reply-paid", note="Neapolitan dialect: 'I made you the transfer this morning'"))

add(owner="ale", cname="Studio Dentistico Ferraro", ckind="company", from_name="Segreteria Studio Ferraro",
    cemail="segreteria@studioferraro.it", inv="27/2026", amt=890.0, due="2026-12-31", step="reminder",
    sent="2027-01-11 09:00", date="2027-01-14 16:05:19", tz="Europe/Rome", quote="outlookm", fmt="html", mid="outlook",
    sig="Ottieni Outlook per iOS", prefix="R: ",
    body="Buonasera, in allegato la contabile.\nGloria",
    att=[("pdf", "Contabile_bonifico_14012027.pdf", ["Intesa Sanpaolo S.p.A. - Contabile bonifico SEPA",
          "Data esecuzione: 14/01/2027", "Ordinante: STUDIO DENTISTICO FERRARO", "Beneficiario: ALESSANDRA ROSSI",
          "IBAN beneficiario: IT60X0542811101000000123456", "Importo: 890,00 EUR", "Causale: Fattura n. 27/2026",
          "CRO: 0306967890123456"])],
    label=dict(kind="client-reply-paid", note="HTML-only Outlook mobile, 'here is the receipt' + PDF; amount only inside the attachment"))

add(owner="ale", cname="Simona Greco", cemail="simo.greco@hotmail.it", inv="3/2027", amt=90.0, due="2027-02-05",
    step="due", sent="2027-02-05 08:30", date="2027-02-09 20:12:07", tz="Europe/Rome", quote="outlookm", fmt="alt",
    sig="Ottieni Outlook per Android", mid="outlook",
    body="ti ho mandato 90 con satispay, va bene lo stesso? così facevo prima 😊",
    label=dict(kind="client-reply-paid", amount="90.00", note="paid by Satispay instead of bank transfer; the question is about the method, not a claim"))

add(owner="giulio", cname="Matteo Villa", cemail="matteo.villa@villaeventi.it", inv="2026/055", amt=320.0, due="2026-12-10",
    step="reminder", sent="2026-12-18 09:00", date="2026-12-18 11:37:48", tz="Europe/Rome", quote="gmail", mid="gmail",
    mid_dom="villaeventi.it", body="si si pagata gia da martedi, nn ti e arrivata?? ho la contabile se serve",
    label=dict(kind="client-reply-paid", note="no accents, 'nn'; paid since Tuesday, offers the receipt"))

# --- promesse
add(owner="ale", cname="Gianni Pellegrini", cemail="giannipellegrini@tiscali.it", inv="16/2026", amt=720.0, due="2026-11-20",
    step="reminder", sent="2026-11-26 09:00", date="2026-11-26 22:47:03", tz="Europe/Rome", quote="iphone",
    sig="Inviato da iPhone", mid="apple", mailer=IPH, body="domani senza fallo",
    label=dict(kind="client-reply-promise", promised_date="2026-11-27", note="'domani' late in the evening of Thu 26 Nov"))

add(owner="giulio", cname="Officina Meccanica Riva snc", ckind="company", from_name="Mario Riva", cemail="officinariva@gmail.com",
    inv="2026/044", amt=1830.0, due="2026-11-25", step="reminder", sent="2026-11-30 09:00", date="2026-12-01 07:55:21",
    tz="Europe/Rome", quote="outlookm", sig="Ottieni Outlook per Android", mid="outlook", mid_dom="gmail.com",
    body="ciao giulio lo faccio venerdi xke mi entrano i soldi dei clienti\nMario",
    label=dict(kind="client-reply-promise", promised_date="2026-12-04", note="'venerdi' from Tue 1 Dec = Fri 4 Dec"))

add(owner="ale", cname="Trattoria da Mimmo", ckind="company", from_name="Domenico Sorrentino", cemail="trattoriadamimmo@libero.it",
    inv="20/2026", amt=540.0, due="2026-11-30", step="late_fee", fees=True, deadline="2026-12-18", sent="2026-12-09 09:00",
    date="2026-12-10 15:20:36", tz="Europe/Rome", quote="gmail", sig="Inviato da Libero Mail per Android",
    body="ciao ale, mese nero qui... te lo saldo a fine mese promesso 🤞",
    label=dict(kind="client-reply-promise", promised_date="2026-12-31", note="'fine mese' written on 10 Dec"))

add(owner="giulio", cname="Agenzia Immobiliare Casa Mia srl", ckind="company", from_name="Amministrazione Casa Mia",
    cemail="amministrazione@casamia-immobiliare.it", inv="2026/049", amt=650.0, due="2026-12-15", step="reminder",
    sent="2026-12-21 09:00", date="2026-12-22 09:14:50", tz="Europe/Rome", quote="outlookm", fmt="alt", prefix="R: ",
    sig="Ottieni Outlook per iOS", mid="outlook", footer=GDPR_IT,
    body="Buongiorno, nn ancora, la mettiamo in pagamento la settimana prossima.\nDaniela",
    label=dict(kind="client-reply-promise", note="vague 'la settimana prossima' → no date; GDPR footer longer than the reply"))

add(owner="ale", cname="Francesca De Luca", cemail="fra.deluca@gmail.com", inv="2/2027", amt=400.0, due="2027-01-20",
    step="reminder", sent="2027-01-27 09:00", date="2027-01-27 12:03:33", tz="Europe/Rome", quote="gmail", fmt="alt",
    mid="gmail", body="entro il 15 te lo faccio, ok? questo mese sono tirata",
    label=dict(kind="client-reply-promise", promised_date="2027-02-15", note="'entro il 15' on 27 Jan: 15 Jan is past → 15 Feb"))

add(owner="giulio", cname="Roberta Fontana", cemail="roberta.fontana.ph@gmail.com", inv="2026/058", amt=780.0,
    due="2027-01-10", step="promise_followup", sent="2027-01-25 09:00", date="2027-01-25 23:10:09", tz="Europe/Rome",
    quote="iphone", sig="Inviato da iPhone", mid="apple", mid_dom="gmail.com", mailer=IPH,
    body="lo so lo so 🙈 appena mi paga il cliente di ottobre ti giro tutto, giuro. dammi un paio di settimane max",
    label=dict(kind="client-reply-promise", note="conditional on her own client paying, 'un paio di settimane' → no date"))

add(owner="giulio", cname="Hotel Belvedere srl", ckind="company", from_name="Giorgio Lanza - Hotel Belvedere",
    cemail="direzione@hotelbelvedere-garda.it", inv="2026/052", step="statement", deadline="2027-01-22",
    invoices=[dict(n="2026/047", issue="2026-11-02", due="2026-12-02", amt=850.0),
              dict(n="2026/052", issue="2026-11-20", due="2026-12-20", amt=1150.0)],
    sent="2027-01-11 09:00", date="2027-01-12 08:40:27", tz="Europe/Rome", quote="iphone", sig="Inviato da iPhone",
    mid="apple", mailer=IPH,
    body="Buongiorno Giulio, la 47 l'abbiamo pagata ieri, la 52 va col bonifico di fine gennaio.\nCordialità\nGiorgio",
    label=dict(kind="client-reply-promise", promised_date="2027-01-31", reference="2026/052",
               note="statement of two invoices: 47 paid, 52 promised end of January → promise; reference of the promised one"))

add(owner="ale", cname="Valerio Costa", cemail="valerio.costa@fastwebnet.it", inv="29/2026", amt=300.0, due="2027-01-15",
    step="reminder", sent="2027-01-29 09:00", date="2027-02-01 08:52:14", tz="Europe/Rome", quote="gmail", mid="gmail",
    mid_dom="fastwebnet.it",
    body=("Ciao Alessandra il bonifico te lo faccio mercoledì perché oggi sono a Milano tutto il giorno e non ho il "
          "token della banca punto interrogativo no scusa punto a presto"),
    label=dict(kind="client-reply-promise", promised_date="2027-02-03", note="dictated on Mon 1 Feb, 'punto interrogativo no scusa punto' dictation noise; mercoledì = 3 Feb"))

add(owner="ale", cname="Birrificio Lupo", ckind="company", from_name="Andrea Lupo", cemail="andrea@birrificiolupo.it",
    inv="24/2026", amt=960.0, due="2026-12-20", step="promise_followup", promise_date="2027-01-15",
    sent="2027-01-19 09:00", date="2027-01-20 18:22:41", tz="Europe/Rome", quote="gmail", fmt="alt", mid="gmail",
    mid_dom="birrificiolupo.it", body="hai ragione scusa, slittato tutto. giovedi 28 parte sicuro 🍺",
    label=dict(kind="client-reply-promise", promised_date="2027-01-28", note="after a missed promise; explicit 'giovedi 28'"))

add(owner="giulio", cname="Caseificio Valtellina", ckind="company", from_name="Pietro Bianchi",
    cemail="pietro@caseificiovaltellina.it", inv="2026/060", amt=540.0, due="2027-02-10", step="due",
    sent="2027-02-12 09:00", date="2027-02-16 12:30:05", tz="Europe/Rome", quote="samsung",
    sig="Inviato dal mio smartphone Huawei.", body="lo faccio oggi pomeriggio appena rientro in sede",
    label=dict(kind="client-reply-promise", promised_date="2027-02-16", note="'oggi pomeriggio' = will pay today"))

# --- contestazioni
add(owner="ale", cname="Edilnord snc", ckind="company", from_name="Franco Brambilla", cemail="franco@edilnord.it",
    inv="18/2026", amt=1500.0, due="2026-11-30", step="reminder", sent="2026-12-07 09:00", date="2026-12-07 09:31:17",
    tz="Europe/Rome", quote="iphone", sig="Inviato da iPhone", mid="apple", mailer=IPH,
    body="ma che fattura e? il sito nn e ancora online, nn pago niente finche nn e finito",
    label=dict(kind="client-reply-dispute", note="work not finished, refuses to pay; no accents"))

add(owner="ale", cname="Valentina Romano", cemail="vale.romano@yahoo.it", inv="21/2026", amt=380.0, due="2026-12-15",
    step="due", sent="2026-12-15 08:30", date="2026-12-15 19:50:26", tz="Europe/Rome", quote="gmail",
    sig="Inviato da Yahoo Mail su Android", mailer=YAH, body="avevamo detto 300 non 380!! rifammela pls",
    label=dict(kind="client-reply-dispute", note="wrong amount, asks for a new invoice; 300 is the agreed price, not a payment"))

add(owner="ale", cname="Pasticceria Dolce Vita", ckind="company", from_name="Rosa Cattaneo",
    cemail="pasticceriadolcevita@gmail.com", inv="26/2026", amt=900.0, due="2026-12-31", step="reminder",
    sent="2027-01-12 09:00", date="2027-01-13 07:15:38", tz="Europe/Rome", quote="gmail", mid="gmail",
    body="ti ho fatto 500 intanto. il resto quando sistemi le foto del catalogo che sono sgranate, te l'avevo detto",
    label=dict(kind="client-reply-dispute", amount="500.00", note="partial payment + withholding the rest until the work is fixed = dispute"))

add(owner="giulio", cname="Dott. Carlo Sanna", cemail="carlo.sanna@studiosanna.it", inv="2026/053", amt=420.0,
    due="2026-12-20", step="reminder", sent="2027-01-04 09:00", date="2027-01-04 13:13:52", tz="Europe/Rome",
    quote="iphone", sig="Inviato da iPad", mid="apple", mailer=IPAD,
    body="Guardi che questa è la stessa traduzione della 2026/031 che ho già pagato a settembre. È doppia, me la annulli per favore.\nC. Sanna",
    label=dict(kind="client-reply-dispute", note="already billed (duplicate of an earlier, paid invoice): dispute, not 'paid'; the number he names is the other invoice, so no reference"))

add(owner="ale", cname="ASD Polisportiva Aurora", ckind="company", from_name="Tesoreria ASD Aurora",
    cemail="tesoreria@asdaurora.it", inv="28/2026", amt=350.0, due="2026-12-15", step="late_fee", fees=True,
    deadline="2027-01-15", sent="2027-01-05 09:00", date="2027-01-05 21:40:03", tz="Europe/Rome", quote="outlookm",
    sig="Ottieni Outlook per Android", mid="outlook",
    body=("40 euro di penale?? per 3 settimane?? siamo un'associazione sportiva dilettantistica non una multinazionale. "
          "la fattura la paghiamo, la penale scordatela."),
    label=dict(kind="client-reply-dispute", note="refuses the recovery fee; 'la fattura la paghiamo' (undated) does not outrank the dispute"))

add(owner="giulio", cname="Sergio Manca", cemail="sergiomanca@tiscali.it", inv="2026/057", amt=600.0, due="2027-01-31",
    step="reminder", sent="2027-02-08 09:00", date="2027-02-08 10:10:29", tz="Europe/Rome", quote="iphone",
    sig="Inviato da iPhone", mid="apple", mailer=IPH, body="NON HO MAI RICEVUTO NESSUNA TRADUZIONE. NON PAGO NIENTE.",
    label=dict(kind="client-reply-dispute", note="ALL CAPS, claims the work was never delivered"))

# --- altro
add(owner="ale", cname="Luca Ferrari", cemail="luca.ferrari@studioferrari.net", inv="15/2026", amt=250.0, due="2026-11-25",
    step="due", sent="2026-11-25 08:30", date="2026-11-25 10:03:00", tz="Europe/Rome", quote="gmail", mid="gmail",
    mid_dom="studioferrari.net", body="iban? nn lo trovo in fattura",
    label=dict(kind="client-reply-other", note="asks for the IBAN (which is in the quoted reminder): a question, no payment claim"))

add(owner="ale", cname="Irene Galli", cemail="irene.galli@gmail.com", inv="30/2026", amt=220.0, due="2027-01-20",
    step="reminder", sent="2027-01-28 09:00", date="2027-01-28 13:00:45", tz="Europe/Rome", quote="iphone",
    sig="Inviato da iPhone", mid="apple", mid_dom="gmail.com", mailer=IPH,
    body="quale? ne ho pagate due a dicembre, sicura che sia questa? cmq dimmi tu",
    label=dict(kind="client-reply-other", note="'which one?': mentions other invoices paid in December but does not say this one is paid"))

add(owner="giulio", cname="Gatti Arredamenti srl", ckind="company", from_name="Stefano Gatti", cemail="stefano@gattiarredamenti.it",
    cc=[("Sonia - Amministrazione", "amministrazione@gattiarredamenti.it")], inv="2026/050", amt=1120.0,
    due="2026-12-12", step="reminder", sent="2026-12-18 09:00", date="2026-12-18 17:02:11", tz="Europe/Rome",
    quote="iphone", sig="Inviato da iPhone", mid="apple", mailer=IPH,
    body="giro a Sonia in amministrazione x competenza\nS.",
    label=dict(kind="client-reply-other", note="passed to accounts (cc); no commitment to pay"))

add(owner="ale", cname="Elisa Marini", cemail="elisamarini@icloud.com", inv="31/2026", amt=450.0, due="2027-01-31",
    step="due", sent="2027-02-01 08:30", date="2027-02-01 12:30:19", tz="Europe/Rome", quote="iphone", fmt="alt",
    sig="Inviato da iPhone", mid="apple", mailer=IPH,
    body="ciao! mi chiami quando hai 5 min? devo parlarti di questa e del nuovo sito x la primavera",
    label=dict(kind="client-reply-other", note="asks for a call about this invoice and new work"))

add(owner="giulio", cname="Davide Bruno", cemail="davide.bruno@brunoconsulting.it", inv="2026/061", amt=880.0,
    issue="2027-01-15", due="2027-02-14", step="courtesy", sent="2027-02-09 09:00", date="2027-02-09 09:17:30",
    tz="Europe/Rome", quote="outlookm", sig="Ottieni Outlook per Android", mid="outlook", body="ricevuto 👍",
    label=dict(kind="client-reply-other", note="acknowledges the courtesy note before the due date; not a payment claim"))

add(owner="ale", cname="Silvia Moretti", cemail="silvia.moretti@moretti-sas.it", inv="1/2027", amt=1340.0, due="2027-01-31",
    step="reminder", sent="2027-02-08 09:00", date="2027-02-08 18:45:02", tz="Europe/Rome", quote="gmail", fmt="alt",
    mid="gmail", mid_dom="moretti-sas.it", cte="b64",
    body="me la rimandi in pdf? dal telefono l'xml nn si apre e il commercialista la vuole",
    label=dict(kind="client-reply-other", note="asks to resend the invoice as PDF"))

add(owner="giulio", cname="Cooperativa Il Girasole", ckind="company", from_name="Coop. Il Girasole - Amministrazione",
    cemail="amministrazione@coopilgirasole.it", inv="2026/054", amt=960.0, due="2026-12-31", step="reminder",
    sent="2027-01-11 09:00", date="2027-01-12 08:02:57", tz="Europe/Rome", quote="samsung",
    sig="Inviato da smartphone Samsung Galaxy.", cs="iso-8859-1", cte="qp",
    body=("Buongiorno, la fattura ci è stata scartata perché manca il CIG del progetto. Senza quello la ragioneria "
          "non può liquidarla. Può riemetterla indicando CIG Z3A3F1B2C4? Grazie\nLucia"),
    label=dict(kind="client-reply-other", note="needs a CIG code on the invoice before it can be paid (like a PO number): request, not a contest"))

add(owner="ale", cname="Nicola Ferri", cemail="nicola.ferri@gmail.com", inv="23/2026", amt=680.0, due="2026-12-20",
    step="paid_claim", claim_date="2027-01-07", paid_on="2027-01-05", sent="2027-01-14 09:00",
    date="2027-01-14 19:20:33", tz="Europe/Rome", quote="gmail", mid="gmail",
    body="oddio ok, controllo con la banca domani e ti so dire",
    label=dict(kind="client-reply-other", note="reply to 'payment not received': will check with the bank tomorrow; 'domani' is about checking, not paying, and he does not repeat that it was paid"))

# ============================ ESPAÑOL ======================================================
add(owner="lucia", cname="Carmen Ortega", cemail="carmenortega.psico@gmail.com", inv="2026-041", amt=605.0,
    due="2026-11-20", step="reminder", sent="2026-11-27 09:30", date="2026-11-27 10:15:02", tz="Europe/Madrid",
    quote="iphone", sig="Enviado desde mi iPhone", mid="apple", mid_dom="gmail.com", mailer=IPH, body="hecho ✅",
    label=dict(kind="client-reply-paid", note="one word + emoji over the quoted reminder"))

add(owner="lucia", cname="Javi Navarro", cemail="javinavarro92@hotmail.com", inv="2026-044", amt=120.0, due="2026-12-01",
    step="due", sent="2026-12-01 09:30", date="2026-12-02 22:05:48", tz="Europe/Madrid", quote="outlookm",
    sig="Obtener Outlook para Android", mid="outlook",
    body="t he hecho bizum de 120 q la transferencia tarda mucho, vale?",
    label=dict(kind="client-reply-paid", amount="120.00", note="paid by Bizum instead of transfer; 'vale?' asks if that is OK"))

add(owner="lucia", cname="Clínica Dental Sonrisa SL", ckind="company", from_name="Recepción Clínica Sonrisa",
    cemail="recepcion@clinicasonrisa.es", inv="2026-046", amt=1452.0, due="2026-11-30", step="reminder",
    sent="2026-12-03 09:30", date="2026-12-03 10:14:21", tz="Europe/Madrid", quote="samsung", sig="Enviado desde mi Galaxy",
    body="Buenos dias adjunto justificante", att=[("png", "Screenshot_20261203-101245_CaixaBank.png", None)],
    label=dict(kind="client-reply-paid", note="'adjunto justificante' + screenshot"))

add(owner="jordi", cname="Rocío Benítez", cemail="rociobenitez.flamenca@gmail.com", inv="F26-118", amt=350.0,
    due="2026-12-10", step="reminder", sent="2026-12-15 09:30", date="2026-12-16 11:02:37", tz="Europe/Madrid",
    quote="gmail", mid="gmail", body="ya ta pagao miarma, er lune te lo hise 💃 mira a ve",
    label=dict(kind="client-reply-paid", note="Andalusian spelling: 'ya está pagado, el lunes te lo hice, mira a ver'"))

add(owner="lucia", cname="Sergio Domínguez", cemail="sdominguez@dominguezasesores.es", inv="2026-048", amt=726.0,
    due="2026-12-15", step="due", sent="2026-12-15 09:30", date="2026-12-15 21:40:13", tz="Europe/Madrid", quote="samsung",
    sig="Enviado desde mi Samsung Galaxy", body="pagado x la app del banco, t llega mañana q hoy ya no es habil",
    label=dict(kind="client-reply-paid", note="trap: 'mañana' is when the money arrives; the payment is already made"))

add(owner="lucia", cname="Pili Ramos", cemail="pili.ramos@yahoo.es", inv="2026-047", amt=290.0, due="2026-12-10",
    step="reminder", sent="2026-12-17 09:30", date="2026-12-19 12:00:51", tz="Europe/Madrid", quote="gmail",
    sig="Enviado desde Yahoo Mail para Android", mailer=YAH,
    body="ola lucia ya te ise la tranferencia el juebes de la 47, mirala",
    label=dict(kind="client-reply-paid", reference="2026-047", note="heavy misspelling ('ise', 'juebes'); 'la 47' = 2026-047"))

add(owner="jordi", cname="Núria Vidal", cemail="nuria@vidalinteriors.cat", inv="F26-112", amt=968.0, due="2026-11-30",
    step="reminder", sent="2026-12-04 09:30", date="2026-12-04 13:20:44", tz="Europe/Madrid", quote="iphone",
    sig="Enviat des del meu iPhone", mid="apple", mailer=IPH,
    body="Fet! perdona el retraso, ya está pagada. Bon cap de setmana 🙏",
    label=dict(kind="client-reply-paid", note="Catalan/Spanish mix ('Fet!' = done), Catalan iPhone signature"))

add(owner="lucia", cname="Ana Belén Castro", cemail="anabe.castro@gmail.com", inv="2027-003", amt=240.0, due="2027-01-25",
    step="due", sent="2027-01-26 09:30", date="2027-01-28 16:40:09", tz="Atlantic/Canary", quote="gmail", fmt="alt",
    mid="gmail", body="mi niña ya está, te lo mandé ayer x la tarde 😘 perdona q se me pasó, y gracias x todo tmb",
    label=dict(kind="client-reply-paid", note="Canarian, 'ya está, te lo mandé ayer' = paid"))

add(owner="jordi", cname="Talleres Moreno SL", ckind="company", from_name="Mari Carmen - Administración Talleres Moreno",
    cemail="administracion@talleresmoreno.es", inv="F26-121", amt=1815.0, due="2026-12-31", step="reminder",
    sent="2027-01-08 09:30", date="2027-01-12 09:05:16", tz="Europe/Madrid", quote="outlookm", fmt="alt",
    sig="Obtener Outlook para Android", mid="outlook", footer=LOPD_ES, prefix="RE: ",
    body="Buenos días, pagado en la remesa de ayer.\nSaludos, Mari Carmen",
    label=dict(kind="client-reply-paid", note="accounts dept: 'pagado en la remesa de ayer', long LOPD footer"))

add(owner="jordi", cname="Elena Prieto", cemail="elenaprieto.yoga@gmail.com", inv="F27-009", amt=300.0, due="2027-01-31",
    step="reminder", sent="2027-02-08 09:30", date="2027-02-08 19:00:26", tz="Europe/Madrid", quote="iphone",
    sig="Enviado desde mi iPhone", mid="apple", mid_dom="gmail.com", mailer=IPH,
    body="pagada el 2 de febrero! me confirmas q te ha llegado? es q cambié de banco y no me fio 😅",
    label=dict(kind="client-reply-paid", note="paid on 2 Feb + asks to confirm arrival"))

# --- promesas
add(owner="lucia", cname="Quique Lozano", cemail="quiquelozano@gmail.com", inv="2026-049", amt=450.0, due="2026-12-05",
    step="reminder", sent="2026-12-14 09:30", date="2026-12-14 13:30:22", tz="Europe/Madrid", quote="gmail", mid="gmail",
    body="Hola Lucía te lo pago el juebes sin falta que hoy estoy en la obra un abrazo",
    label=dict(kind="client-reply-promise", promised_date="2026-12-17", note="dictation/spelling 'juebes'; from Mon 14 Dec → Thu 17 Dec"))

add(owner="jordi", cname="Dani Herrera", cemail="daniherrera.dj@gmail.com", inv="F26-125", amt=400.0, due="2027-01-05",
    step="reminder", sent="2027-01-12 09:30", date="2027-01-13 01:12:40", tz="Europe/Madrid", quote="iphone",
    sig="Enviado desde mi iPhone", mid="apple", mid_dom="gmail.com", mailer=IPH, body="el viernes sin falta tio, perdona",
    label=dict(kind="client-reply-promise", promised_date="2027-01-15", note="sent at 01:12 on Wed 13 Jan (Tuesday night for him); Friday after the Date's day = 15 Jan"))

add(owner="lucia", cname="Reformas Hermanos Gil SL", ckind="company", from_name="Pedro Gil", cemail="administracion@reformasgil.es",
    inv="2026-055", amt=2178.0, due="2026-12-31", step="reminder", fees=True, sent="2027-01-12 09:30",
    date="2027-01-12 12:12:12", tz="Europe/Madrid", quote="outlookm", sig="Obtener Outlook para iOS", mid="outlook",
    prefix="RE: ", body="Entra en la remesa del 25. Un saludo",
    label=dict(kind="client-reply-promise", promised_date="2027-01-25", note="'remesa del 25' = payment run on the 25th"))

add(owner="lucia", cname="Pilar Sánchez", cemail="pilarsanchez.fotos@gmail.com", inv="2026-043", amt=330.0, due="2026-11-15",
    step="reminder", sent="2026-11-19 09:30", date="2026-11-19 23:58:31", tz="Europe/Madrid", quote="gmail", fmt="alt",
    cte="b64", mid="gmail", body="uy se me había pasado completamente!! mañana a primera hora lo hago",
    label=dict(kind="client-reply-promise", promised_date="2026-11-20", note="sent two minutes before midnight: 'mañana' = 20 Nov"))

add(owner="jordi", cname="Restaurante Casa Paco", ckind="company", from_name="Paco Jiménez",
    cemail="casapaco.reservas@gmail.com", inv="F26-124", amt=620.0, due="2026-12-20", step="late_fee", fees=True,
    deadline="2027-01-08", sent="2026-12-29 09:30", date="2026-12-29 16:30:58", tz="Europe/Madrid", quote="gmail",
    mid="gmail", body="ahora no puedo, diciembre ha sido muy flojo. a primeros de mes te lo pago, de verdad",
    label=dict(kind="client-reply-promise", note="'a primeros de mes' is vague → no date"))

add(owner="lucia", cname="Academia Inglés Plus", ckind="company", from_name="Academia Inglés Plus",
    cemail="info@academiainglesplus.es", inv="2027-006", amt=544.5, due="2027-01-31", step="reminder",
    sent="2027-02-03 09:30", date="2027-02-03 14:00:07", tz="Europe/Madrid", quote="gmail", fmt="html", mid="gmail",
    mid_dom="academiainglesplus.es", body="Hola Lucía, lo pagamos a final de mes junto con las nóminas.\nUn saludo, Marisa",
    label=dict(kind="client-reply-promise", promised_date="2027-02-28", note="HTML-only; 'a final de mes' written on 3 Feb"))

add(owner="jordi", cname="Fisioterapia Ruiz", ckind="company", from_name="Álvaro Ruiz", cemail="alvaro@fisioruiz.es",
    inv="F26-126", amt=726.0, due="2026-12-28", step="reminder", sent="2027-01-04 09:30", date="2027-01-04 20:20:20",
    tz="Europe/Madrid", quote="iphone", sig="Enviado desde mi iPhone", mid="apple", mailer=IPH,
    body="antes del 10 no puedo, lo siento. ha sido un mes de locos",
    label=dict(kind="client-reply-promise", promised_date="2027-01-10", note="'antes del 10 no puedo' = promise for the 10th"))

add(owner="jordi", cname="Toni Ferrer", cemail="toniferrer.reformes@gmail.com", inv="F27-004", amt=1210.0, due="2027-01-20",
    step="due", sent="2027-01-20 09:30", date="2027-01-22 07:30:03", tz="Europe/Madrid", quote="samsung",
    sig="Enviado desde mi Samsung Galaxy", body="cuando cobre lo de la obra de Sitges te pago, tranqui q no me olvido",
    label=dict(kind="client-reply-promise", note="conditional on being paid himself → no date"))

add(owner="lucia", cname="Marta Iglesias", cemail="marta.iglesias@outlook.es", inv="2027-001", amt=380.0, due="2027-01-10",
    step="promise_followup", promise_date="2027-01-18", sent="2027-01-22 09:30", date="2027-01-22 09:41:36",
    tz="Europe/Madrid", quote="outlookm", fmt="alt", sig="Obtener Outlook para Android", mid="outlook",
    body="perdona, se me pasó!! hoy mismo lo hago",
    label=dict(kind="client-reply-promise", promised_date="2027-01-22", note="after a missed promise; 'hoy mismo' = today"))

add(owner="lucia", cname="Inmobiliaria Sol y Mar SL", ckind="company", from_name="Inmaculada Torres",
    cemail="inma@solymarinmobiliaria.es", inv="2026-058", amt=900.0, due="2026-12-20", step="reminder",
    sent="2027-01-07 09:30", date="2027-01-07 17:45:25", tz="Europe/Madrid", quote="iphone", sig="Enviado desde mi iPhone",
    mid="apple", mailer=IPH, body="La 2026-052 ya está pagada desde diciembre. La 2026-058 la pago el lunes.",
    label=dict(kind="client-reply-promise", promised_date="2027-01-11", reference="2026-058",
               note="two invoices: one paid, the one reminded about promised for Monday (from Thu 7 Jan → 11 Jan)"))

# --- disputas
add(owner="lucia", cname="Bodegas Eguren", ckind="company", from_name="Iñaki Eguren", cemail="inaki@bodegaseguren.com",
    inv="2026-050", amt=1089.0, due="2026-12-15", step="reminder", sent="2026-12-21 09:30", date="2026-12-21 10:48:19",
    tz="Europe/Madrid", quote="gmail", mid="gmail", mid_dom="bodegaseguren.com",
    body="esta factura está repetida, es la misma q la 2026-030 de octubre y esa ya os la pagamos. anúlala porfa",
    label=dict(kind="client-reply-dispute", note="duplicate invoice ('already billed'), asks to cancel it; the paid one is a different invoice"))

add(owner="lucia", cname="Yeray Santana", cemail="yeray@surfschoolmaspalomas.com", inv="2026-053", amt=1210.0,
    due="2026-12-20", step="due", sent="2026-12-21 09:30", date="2026-12-21 08:55:40", tz="Atlantic/Canary",
    quote="gmail", mid="gmail", mid_dom="surfschoolmaspalomas.com",
    body="oye esto lleva IVA y estamos en canarias, va con IGIC. rehazla q asi no la puedo pagar",
    label=dict(kind="client-reply-dispute", note="wrong tax (IVA instead of IGIC), wants it reissued; Canary time zone"))

add(owner="jordi", cname="Raúl Campos", cemail="raulcampos@camposautomocion.es", inv="F26-119", amt=1452.0,
    due="2026-12-15", step="late_fee", fees=True, deadline="2027-01-08", sent="2026-12-28 09:30",
    date="2026-12-28 09:44:01", tz="Europe/Madrid", quote="iphone", sig="Enviado desde mi iPhone", mid="apple",
    mailer=IPH, body="no pienso pagar esto hasta q la web funcione en el movil. y encima con recargos. flipo",
    label=dict(kind="client-reply-dispute", note="one angry line: won't pay until the site works on mobile"))

add(owner="lucia", cname="Panadería Julia", ckind="company", from_name="Julia Marín", cemail="panaderiajulia@gmail.com",
    inv="2026-054", amt=400.0, due="2026-12-31", step="reminder", sent="2027-01-11 09:30", date="2027-01-11 14:25:33",
    tz="Europe/Madrid", quote="gmail", mid="gmail",
    body="me haces un descuentillo? 400 es mucho para lo q fue al final, te pago 300 y lo dejamos asi vale?",
    label=dict(kind="client-reply-dispute", amount="300.00", note="asks for a discount, offers to pay 300 instead of 400"))

add(owner="jordi", cname="Hugo Medina", cemail="hugo@medinaproducciones.com", inv="F27-002", amt=840.0, due="2027-01-15",
    step="reminder", sent="2027-01-22 09:30", date="2027-01-22 10:05:59", tz="Europe/Madrid", quote="iphone",
    sig="Enviado desde mi iPhone", mid="apple", mailer=IPH, body="12 horas?? fueron 7 y media. NO.",
    label=dict(kind="client-reply-dispute", note="contests hours billed, terse"))

add(owner="jordi", cname="Asociación Vecinos La Paz", ckind="company", from_name="AVV La Paz", cemail="avvlapaz@gmail.com",
    inv="F26-122", amt=480.0, due="2026-12-20", step="reminder", sent="2027-01-05 09:30", date="2027-01-05 18:00:12",
    tz="Europe/Madrid", quote="none", cs="windows-1252", cte="qp",
    body="LAS FOTOS NO SON LAS QUE PEDIMOS, FALTA LA DE LA JUNTA ENTERA. HASTA QUE NO REPITAS ESO NO PAGAMOS.\nMANOLO (PRESIDENTE)",
    label=dict(kind="client-reply-dispute", note="ALL CAPS, no quote, windows-1252; work not as agreed"))

# --- otros
add(owner="lucia", cname="Bea Soler", cemail="beasoler@gmail.com", inv="2026-057", amt=210.0, due="2026-12-28",
    step="due", sent="2026-12-28 09:30", date="2026-12-28 20:11:46", tz="Europe/Madrid", quote="gmail", mid="gmail",
    body="cual factura? no me suena ninguna de diciembre 🤔",
    label=dict(kind="client-reply-other", note="'which invoice?' — doesn't recognise it but does not contest it"))

add(owner="jordi", cname="Cristina Molina", cemail="cmolina@molinaabogados.es", inv="F27-011", amt=605.0, due="2027-02-10",
    step="due", sent="2027-02-10 09:30", date="2027-02-10 12:40:31", tz="Europe/Madrid", quote="iphone",
    sig="Enviado desde mi iPhone", mid="apple", mailer=IPH,
    body="estoy intentando hacerla desde el movil y me pide el BIC, cual es?",
    label=dict(kind="client-reply-other", note="trying to pay right now, asks for the BIC: a question, not yet paid nor a dated promise"))

add(owner="lucia", cname="Grupo Ortega Distribución", ckind="company", from_name="Luis Ortega", cemail="lortega@grupoortega.es",
    cc=[("Contabilidad Grupo Ortega", "contabilidad@grupoortega.es")], inv="2026-056", amt=3025.0, due="2026-12-31",
    step="reminder", sent="2027-01-08 09:30", date="2027-01-08 11:11:09", tz="Europe/Madrid", quote="iphone",
    sig="Enviado desde mi iPhone", mid="apple", mailer=IPH, body="Se lo paso a contabilidad (en copia).",
    label=dict(kind="client-reply-other", note="forwarded to accounting in cc"))

add(owner="lucia", cname="Raquel Fuentes", cemail="raquel@fuentesnutricion.es", inv="2027-008", amt=363.0,
    issue="2027-01-20", due="2027-02-19", step="courtesy", sent="2027-02-15 09:30", date="2027-02-15 10:02:44",
    tz="Europe/Madrid", quote="outlookm", sig="Obtener Outlook para Android", mid="outlook", body="recibido, gracias!",
    label=dict(kind="client-reply-other", note="'recibido' acknowledges the courtesy reminder; it does not mean a payment was received"))

add(owner="jordi", cname="Manu Gómez", cemail="manugomez.video@gmail.com", inv="F27-006", amt=1000.0, due="2027-01-25",
    step="reminder", sent="2027-02-01 09:30", date="2027-02-01 13:33:07", tz="Europe/Madrid", quote="gmail", mid="gmail",
    body="llamame cuando puedas porfa, tengo q comentarte una cosa de esta factura",
    label=dict(kind="client-reply-other", note="asks for a call about 'something on this invoice' — no actual claim yet"))

add(owner="jordi", cname="Hoteles Mediterráneo SA", ckind="company", from_name="Sonia Llorens - Compras Hoteles Mediterráneo",
    cemail="compras@hotelesmediterraneo.com", inv="F26-123", amt=2420.0, due="2026-12-31", step="reminder",
    sent="2027-01-08 09:30", date="2027-01-11 09:25:18", tz="Europe/Madrid", quote="iphone", sig="Enviado desde mi iPhone",
    mid="apple", mailer=IPH, footer=LOPD_HM, fmt="alt",
    body=("Buenos días, para poder tramitarla necesitamos que aparezca nuestro nº de pedido (PO-4471). Sin eso el "
          "sistema la rechaza.\nGracias. Sonia"),
    label=dict(kind="client-reply-other", note="needs a PO number on the invoice; confidentiality footer"))

add(owner="lucia", cname="Lorena Cruz", cemail="lorenacruz.eventos@gmail.com", inv="2026-059", amt=480.0, due="2027-01-05",
    step="reminder", sent="2027-01-13 09:30", date="2027-01-13 19:19:19", tz="Europe/Madrid", quote="gmail", fmt="alt",
    mid="gmail", body="oye y lo del video para san valentin? lo podemos hablar esta semana? tengo prisa con eso 🙏",
    label=dict(kind="client-reply-other", note="ignores the invoice, talks about new work"))

# ============================ ENGLISH ======================================================
add(owner="tom", cname="Dave O'Connor", cemail="daveoc@eircom.net", inv="INV-2026-118", amt=750.0, due="2026-11-20",
    step="reminder", sent="2026-11-27 09:00", date="2026-11-27 12:40:11", tz="Europe/Dublin", quote="iphone",
    sig="Sent from my iPhone", mid="apple", mailer=IPH, body="sent 👍",
    label=dict(kind="client-reply-paid", note="'sent' = payment sent"))

add(owner="tom", cname="Fintan Walsh", cemail="fintan.walsh@walshjoinery.ie", inv="INV-2026-121", amt=1230.0,
    due="2026-12-01", step="due", sent="2026-12-01 09:00", date="2026-12-03 11:22:09", tz="Europe/Dublin",
    quote="outlookm", sig="Get Outlook for Android", mid="outlook", prefix="RE: ",
    body="paid this morning, should land tmrw. sorry mate",
    label=dict(kind="client-reply-paid", note="trap: 'tmrw' is when it lands; already paid"))

add(owner="tom", cname="Kilkenny Craft Brewery Ltd", ckind="company", from_name="Accounts | Kilkenny Craft Brewery",
    cemail="accounts@kilkennycraftbrewery.ie", inv="INV-2026-124", amt=2460.0, due="2026-12-10", step="reminder",
    fees=True, law="IE", sent="2026-12-16 09:00", date="2026-12-16 15:03:29", tz="Europe/Dublin", quote="iphone",
    sig="Sent from my iPhone", mid="apple", mailer=IPH, footer=KCB_EN,
    body="Done. Used the invoice no. as the ref.\nSiobhan",
    label=dict(kind="client-reply-paid", note="'Done.' from accounts, with a disclaimer"))

add(owner="tom", cname="Jess Tanaka", cemail="jess@tanakastudio.nyc", inv="INV-2026-127", amt=2400.0, cur="USD",
    due="2026-12-15", step="reminder", sent="2026-12-21 09:00", date="2026-12-21 10:15:37", tz="America/New_York",
    quote="iphone", sig="Sent from my iPhone", mid="apple", mailer=IPH, body="there ya go",
    att=[("jpg", "IMG_4471.jpeg", None)],
    label=dict(kind="client-reply-paid", note="three words + a photo of the payment screen; New York time zone, USD invoice"))

add(owner="priya", cname="Hollis & Grant LLP", ckind="company", from_name="Karen Whitfield", cemail="ap@hollisgrant.co.uk",
    inv="PS-0231", amt=1250.0, due="2026-12-31", step="reminder", fees=True, law="GB", sent="2027-01-11 09:00",
    date="2027-01-13 08:40:02", tz="Europe/London", quote="outlookm", fmt="html", sig="Get Outlook for iOS",
    mid="outlook", footer=HG_EN, prefix="RE: ",
    body="Hi Priya, this was processed in yesterday's BACS run, should be with you by Friday.\nKaren",
    label=dict(kind="client-reply-paid", note="HTML-only; 'processed in yesterday's run' = paid; 'by Friday' is arrival, not a promise"))

add(owner="priya", cname="Sophie Turner", cemail="sophie.turner.yoga@gmail.com", inv="PS-0236", amt=360.0, due="2026-12-05",
    step="reminder", sent="2026-12-10 09:00", date="2026-12-10 18:02:45", tz="Europe/London", quote="gmail", mid="gmail",
    body="Hi Priya paid in full this afternoon thanks so much for your patience smiley face",
    label=dict(kind="client-reply-paid", note="voice dictation: no punctuation, 'smiley face' spelled out"))

add(owner="priya", cname="Mark Howells", cemail="markhowells@btinternet.com", inv="PS-0240", amt=480.0, due="2027-01-05",
    step="reminder", sent="2027-01-12 09:00", date="2027-01-12 21:15:10", tz="Europe/London", quote="samsung",
    sig="Sent from my Galaxy", body="paid £480 yday. cheers\nMark",
    label=dict(kind="client-reply-paid", amount="480.00", currency="GBP", note="amount in pounds, 'yday'"))

add(owner="tom", cname="Northside Physio", ckind="company", from_name="Áine - Northside Physio", cemail="hello@northsidephysio.ie",
    inv="INV-2026-130", amt=615.0, due="2026-12-20", step="reminder", sent="2027-01-05 09:00", date="2027-01-05 13:07:33",
    tz="Europe/Dublin", quote="gmail", mid="gmail", mid_dom="northsidephysio.ie",
    body="we paid last wk, can u check it came thru? thx. Áine",
    label=dict(kind="client-reply-paid", note="paid + asks to check; abbreviations"))

add(owner="tom", cname="Aoife Doyle", cemail="aoifedoyle.art@gmail.com", inv="INV-2027-004", amt=280.0, due="2027-01-30",
    step="due", sent="2027-02-01 09:00", date="2027-02-02 22:30:40", tz="Europe/Dublin", quote="iphone", fmt="alt",
    sig="Sent from my iPhone", mid="apple", mid_dom="gmail.com", mailer=IPH, body="all sorted now x",
    label=dict(kind="client-reply-paid", note="'all sorted' = paid"))

add(owner="priya", cname="Chris Patel", cemail="chris@patelandco.co.uk", inv="PS-0243", amt=990.0, due="2027-01-31",
    step="late_fee", fees=True, law="GB", deadline="2027-02-19", sent="2027-02-09 09:00", date="2027-02-09 17:50:28",
    tz="Europe/London", quote="outlookm", fmt="alt", sig="Get Outlook for iOS", mid="outlook",
    body="Payment went out tofay, apologies for the dealy. Inc the interest.\n\nChris",
    label=dict(kind="client-reply-paid", note="typos 'tofay', 'dealy'; paid including interest"))

# --- promises
add(owner="tom", cname="Liam Murphy", cemail="liam@murphyplumbing.ie", inv="INV-2026-119", amt=540.0, due="2026-11-18",
    step="reminder", sent="2026-11-24 09:00", date="2026-11-24 19:30:06", tz="Europe/Dublin", quote="iphone",
    sig="Sent from my iPhone", mid="apple", mailer=IPH, body="will do tmrw first thing, thx",
    label=dict(kind="client-reply-promise", promised_date="2026-11-25", note="'tmrw' from Tue 24 Nov"))

add(owner="priya", cname="Ben Okafor", cemail="ben.okafor@okaforbuilds.co.uk", inv="PS-0238", amt=720.0, due="2027-01-10",
    step="reminder", sent="2027-01-18 09:00", date="2027-01-18 12:12:12", tz="Europe/London", quote="gmail", mid="gmail",
    mid_dom="okaforbuilds.co.uk", body="not yet. friday",
    label=dict(kind="client-reply-promise", promised_date="2027-01-22", note="three words; Friday after Mon 18 Jan"))

add(owner="tom", cname="Greenway Cafe", ckind="company", from_name="Niamh @ Greenway Cafe", cemail="greenwaycafe.galway@gmail.com",
    inv="INV-2026-125", amt=395.0, due="2026-12-05", step="reminder", sent="2026-12-09 09:00", date="2026-12-09 16:44:51",
    tz="Europe/Dublin", quote="gmail", mid="gmail", body="hiya, cant do it before the 28th, xmas is mental here. sorry!",
    label=dict(kind="client-reply-promise", promised_date="2026-12-28", note="'can't before the 28th' = promise for the 28th"))

add(owner="priya", cname="Hannah Reid", cemail="hannah@reidcommunications.co.uk", inv="PS-0229", amt=850.0,
    due="2026-11-15", step="reminder", sent="2026-11-18 09:00", date="2026-11-18 13:05:37", tz="Europe/London",
    quote="iphone", sig="Sent from my iPhone", mid="apple", mailer=IPH,
    body="Hi Priya – I've set it up as a scheduled payment for the 30th (payday!). Sorry it's late. H",
    label=dict(kind="client-reply-promise", promised_date="2026-11-30", note="trap: 'set it up' sounds done but the money goes out on the 30th"))

add(owner="tom", cname="Bloom Florists", ckind="company", from_name="Derek - Bloom Florists", cemail="accounts@bloomflorists.ie",
    inv="INV-2026-128", amt=1107.0, due="2026-12-18", step="reminder", sent="2027-01-06 09:00", date="2027-01-07 10:30:22",
    tz="Europe/Dublin", quote="outlookm", fmt="html", sig="Get Outlook for Android", mid="outlook",
    body="Hi Tom, will go out with next week's payment run. Derek",
    label=dict(kind="client-reply-promise", note="'next week's payment run' → no date; HTML-only"))

add(owner="tom", cname="Gary Nolan", cemail="garynolan.photo@gmail.com", inv="INV-2027-006", amt=450.0, due="2027-02-05",
    step="reminder", sent="2027-02-10 09:00", date="2027-02-10 23:45:19", tz="Europe/Dublin", quote="gmail", fmt="alt",
    cte="b64", mid="gmail", body="end of month, promise 🤞 its been a slow jan",
    label=dict(kind="client-reply-promise", promised_date="2027-02-28", note="'end of month' written on 10 Feb"))

add(owner="priya", cname="Ellie Price", from_name="Ellie @ Harbour Yoga", cemail="ellie@harbouryoga.co.uk", inv="PS-0237",
    amt=300.0, due="2027-01-05", step="reminder", sent="2027-01-12 09:00", date="2027-01-12 07:15:00",
    tz="America/New_York", quote="iphone", sig="Sent from my iPhone", mid="apple", mailer=IPH,
    body="Sorry Priya! I'm away in NY this week but I'll have it to you by the 5th x",
    label=dict(kind="client-reply-promise", promised_date="2027-02-05", note="'by the 5th' on 12 Jan (client travelling, New York time): 5 Jan is past → 5 Feb"))

add(owner="tom", cname="Kevin Lynch", cemail="kevin@lynchelectrical.ie", inv="INV-2026-131", amt=860.0, due="2026-12-15",
    step="reminder", sent="2026-12-21 09:00", date="2026-12-21 09:40:48", tz="Europe/Dublin", quote="outlookm",
    sig="Get Outlook for Android", mid="outlook", body="doing it today, on the luas now. soz",
    label=dict(kind="client-reply-promise", promised_date="2026-12-21", note="'doing it today' = will pay today"))

add(owner="priya", cname="Nadia Rahman", cemail="nadia@rahmanbakes.co.uk", inv="PS-0241", amt=410.0, due="2027-01-20",
    step="promise_followup", promise_date="2027-02-05", sent="2027-02-10 09:00", date="2027-02-11 14:20:34",
    tz="Europe/London", quote="iphone", sig="Sent from my iPhone", mid="apple", mailer=IPH, body="so sorry!! monday latest",
    label=dict(kind="client-reply-promise", promised_date="2027-02-15", note="after a missed promise; 'monday latest' from Thu 11 Feb"))

add(owner="priya", cname="Josh Kim", cemail="josh@kimdigital.co.uk", inv="PS-0235", amt=1500.0, due="2026-12-20",
    step="late_fee", fees=True, law="GB", deadline="2027-01-14", sent="2027-01-04 09:00", date="2027-01-04 18:18:18",
    tz="Europe/London", quote="gmail", mid="gmail", mid_dom="kimdigital.co.uk",
    body="will pay as soon as our client settles with us, should be soon. sorry, it's been a nightmare",
    label=dict(kind="client-reply-promise", note="conditional, no date"))

# --- disputes
add(owner="tom", cname="Mike Brennan", cemail="mike@brennanmedia.com", inv="INV-2026-126", amt=1800.0, cur="USD",
    due="2026-12-15", step="reminder", sent="2026-12-21 09:00", date="2026-12-21 07:58:30", tz="America/New_York",
    quote="iphone", sig="Sent from my iPhone", mid="apple", mailer=IPH, body="invoice says 12 hrs, it was 8. not paying that",
    label=dict(kind="client-reply-dispute", note="hours contested; New York client, USD"))

add(owner="tom", cname="Sarah Collins", cemail="sarah.collins@collinsevents.ie", inv="INV-2026-120", amt=1800.0,
    due="2026-11-25", step="reminder", sent="2026-12-01 09:00", date="2026-12-01 10:30:03", tz="Europe/Dublin",
    quote="gmail", mid="gmail", mid_dom="collinsevents.ie", body="we agreed 1,500 not 1,800?? pls reissue",
    label=dict(kind="client-reply-dispute", note="wrong amount, reissue; 1,500 is the agreed price, no payment"))

add(owner="tom", cname="Ciarán Daly", ckind="person", cemail="ciaran@dalyarchitects.ie", inv="INV-2026-122", amt=850.0,
    due="2026-12-01", step="late_fee", fees=True, law="IE", deadline="2026-12-23", sent="2026-12-14 09:00",
    date="2026-12-14 20:05:55", tz="Europe/Dublin", quote="outlookm", sig="Get Outlook for Android", mid="outlook",
    cs="iso-8859-1", cte="qp",
    body="paid the 850 just now. not paying the €40 + interest tho, we’ve worked together 3 yrs Tom come on",
    label=dict(kind="client-reply-dispute", amount="850.00", note="paid the principal, refuses the fees = dispute; iso-8859-1 declared with Windows-1252 bytes (€, ’)"))

add(owner="priya", cname="Rachel Adeyemi", cemail="rachel@adeyemiskincare.co.uk", inv="PS-0239", amt=650.0,
    due="2027-01-15", step="reminder", sent="2027-01-22 09:00", date="2027-01-22 11:11:11", tz="Europe/London",
    quote="iphone", sig="Sent from my iPhone", mid="apple", mailer=IPH,
    body="The copy still isn't signed off. Not paying until it is.",
    label=dict(kind="client-reply-dispute", note="work not accepted, withholding payment"))

add(owner="tom", cname="Fox Motors Ltd", ckind="company", from_name="Declan Fox", cemail="declanfox@foxmotors.ie",
    inv="INV-2026-129", amt=1320.0, due="2026-12-20", step="reminder", sent="2027-01-04 09:00", date="2027-01-04 09:03:44",
    tz="Europe/Dublin", quote="samsung", sig="Sent from my Galaxy",
    body="WE NEVER SIGNED OFF ON THE EXTRA PAGES. TAKE THEM OFF AND SEND A NEW ONE",
    label=dict(kind="client-reply-dispute", note="ALL CAPS; contests part of the work billed"))

add(owner="priya", cname="Marlow Retail Ltd", ckind="company", from_name="Gemma - Marlow Retail AP",
    cemail="payables@marlowretail.co.uk", inv="PS-0242", amt=1100.0, due="2027-01-31", step="reminder",
    sent="2027-02-08 09:00", date="2027-02-08 15:30:09", tz="Europe/London", quote="outlookm", sig="Get Outlook for iOS",
    mid="outlook", cs="windows-1252", cte="qp", prefix="RE: ",
    body="Hi, this work was already billed on PS-0228 which we paid in November. Please issue a credit note for this one. Thanks, Gemma",
    label=dict(kind="client-reply-dispute", note="already billed → wants a credit note; the number named is the earlier invoice, so no reference"))

# --- other
add(owner="tom", cname="Olivia Grant", cemail="olivia@grantinteriors.ie", inv="INV-2026-132", amt=495.0, due="2026-12-31",
    step="reminder", sent="2027-01-08 09:00", date="2027-01-08 12:02:17", tz="Europe/Dublin", quote="iphone",
    sig="Sent from my iPhone", mid="apple", mailer=IPH, body="which one's this for? we've paid a few of yours recently",
    label=dict(kind="client-reply-other", note="asks which invoice; other invoices paid, this one not claimed"))

add(owner="priya", cname="Sam Wilson", cemail="samwilson.music@gmail.com", inv="PS-0244", amt=250.0, due="2027-02-01",
    step="due", sent="2027-02-01 09:00", date="2027-02-01 21:00:42", tz="Europe/London", quote="gmail", mid="gmail",
    body="can u resend as pdf? cant open it on my phone",
    label=dict(kind="client-reply-other", note="asks to resend as PDF"))

add(owner="tom", cname="Keane Logistics", ckind="company", from_name="Paul Keane", cemail="paul.keane@keanelogistics.ie",
    cc=[("Lorraine Keane", "accounts@keanelogistics.ie")], inv="INV-2026-123", amt=3075.0, due="2026-12-10",
    step="reminder", sent="2026-12-15 09:00", date="2026-12-15 11:45:00", tz="Europe/Dublin", quote="outlookm",
    fmt="alt", sig="Get Outlook for iOS", mid="outlook", prefix="RE: ", body="Lorraine, can you look at this pls. Thx P",
    label=dict(kind="client-reply-other", note="addressed to a colleague in cc, passes it to accounts"))

add(owner="tom", cname="Emma Flynn", cemail="emma.flynn@flynnpr.ie", inv="INV-2027-008", amt=620.0, issue="2027-01-20",
    due="2027-02-19", step="courtesy", sent="2027-02-15 09:00", date="2027-02-15 09:12:08", tz="Europe/Dublin",
    quote="iphone", fmt="alt", sig="Sent from my iPhone", mid="apple", mailer=IPH, body="👍",
    label=dict(kind="client-reply-other", note="a single emoji acknowledging the courtesy reminder before the due date"))

add(owner="priya", cname="Martin Hughes", cemail="martin.hughes@hughesestates.co.uk", inv="PS-0234", amt=780.0,
    due="2026-12-15", step="reminder", sent="2026-12-21 09:00", date="2026-12-21 16:20:25", tz="Europe/London",
    quote="gmail", mid="gmail", mid_dom="hughesestates.co.uk",
    body="is this a new IBAN?? the one on the invoice looks different. dont want to get scammed, pls confirm by phone",
    label=dict(kind="client-reply-other", note="asks to confirm bank details before paying"))

add(owner="priya", cname="Becky Shaw", cemail="becky@shawandsons.co.uk", inv="PS-0233", amt=540.0, due="2026-12-12",
    step="reminder", sent="2026-12-17 09:00", date="2026-12-17 13:00:59", tz="Europe/London", quote="samsung",
    sig="Sent from my Galaxy", body="can you give me a ring when you get a sec? 07700 900482",
    label=dict(kind="client-reply-other", note="asks for a call"))

add(owner="tom", cname="Corrib Hotels Group", ckind="company", from_name="Nuala - Accounts Payable",
    cemail="ap@corribhotels.ie", inv="INV-2027-002", amt=1845.0, due="2027-01-25", step="reminder",
    sent="2027-02-01 09:00", date="2027-02-02 10:10:10", tz="Europe/Dublin", quote="outlookm",
    sig="Get Outlook for Android", mid="outlook",
    body=("Hi Tom, can't process without a PO no. on the invoice – AP system rejects it. Can you get the PO from "
          "Sinead and resend? Thanks, Nuala"),
    label=dict(kind="client-reply-other", note="PO number needed before AP can process"))


# --------------------------------------------------------------------------- main
def main():
    import email
    import email.policy
    import os
    import sys
    here = os.path.dirname(os.path.abspath(__file__))
    for f in os.listdir(here):
        if f.startswith("r14p-") and f.endswith(".eml"):
            os.remove(os.path.join(here, f))
    order = list(range(len(M)))
    random.Random(1414).shuffle(order)
    toml = ["# round14-mobile: hurried replies written on phones, top-posted over mailduns reminders.", ""]
    for n, i in enumerate(order, 1):
        c = M[i]
        name = f"r14p-{n:04d}.eml"
        data = compose(c, n)
        with open(os.path.join(here, name), "wb") as fh:
            fh.write(data)
        lab = c["label"]
        toml.append(f'[files."{name}"]')
        toml.append(f'kind = "{lab["kind"]}"')
        toml.append(f'language = "{OWNERS[c["owner"]]["lang"]}"')
        toml.append('split = "dev"')
        for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient"):
            if k in lab:
                toml.append(f"{k} = {toml_str(lab[k])}")
        toml.append(f"note = {toml_str(lab['note'])}")
        toml.append("")
    with open(os.path.join(here, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(toml))

    # sanity check: every file parses and has the basic headers
    bad = 0
    for n in range(1, len(M) + 1):
        name = f"r14p-{n:04d}.eml"
        with open(os.path.join(here, name), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            if not msg[h]:
                print(name, "missing", h)
                bad += 1
        msg["Date"].datetime  # parses
        body = msg.get_body(preferencelist=("plain", "html"))
        if body is None or not body.get_content().strip():
            print(name, "no body")
            bad += 1
        if msg.defects:
            print(name, "defects", msg.defects)
    print(f"{len(M)} messages written, {bad} problems")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
