#!/usr/bin/env python3
"""round11-nonnative — client replies written by non-native writers, machine translation and
mixed-language mail, for mailduns' reply reader.

Every client text below is hand-written. Shared here: the MIME plumbing, the HTML skeletons, the quote
headers of each mail client in the client's own UI language, and the mailduns reminders being quoted
(reconstructed from templates/{it,es,en}/*.txt.j2 with made-up names, numbers, amounts and dates).

Run:  python3 make.py      (writes r11n-NNNN.eml + labels.toml here, then re-parses every file)
Python 3.11, stdlib only.
"""
import base64
import calendar
import email
import email.policy
import hashlib
import html
import os
import quopri
import sys
from datetime import datetime, date, timedelta
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r11n"

# --------------------------------------------------------------------------- the mailbox owners
OWNERS = {
    "alessandra": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it", tz="Europe/Rome",
                       iban="IT60X0542811101000000123456", bic="BPMOIT22XXX"),
    "davide": dict(name="Davide Conti", addr="davide@contifotografia.it", lang="it", tz="Europe/Rome",
                   iban="IT02L1234512345123456789012", bic="UNCRITMMXXX"),
    "lucia": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  iban="ES9121000418450200051332", bic="CAIXESBBXXX"),
    "jordi": dict(name="Jordi Puig i Serra", addr="jordi@puigweb.cat", lang="es", tz="Europe/Madrid",
                  iban="ES7921000813610123456789", bic="CAIXESBBXXX"),
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                iban="IE29AIBK93115212345678", bic="AIBKIE2D"),
    "sarah": dict(name="Sarah Whitfield", addr="sarah@whitfieldcopy.co.uk", lang="en", tz="Europe/London",
                  iban="GB29NWBK60161331926819", bic="NWBKGB2L"),
}

# --------------------------------------------------------------------------- locale tables
MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split(),
}
MON_ABBR = {
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(),
    "it": "gen feb mar apr mag giu lug ago set ott nov dic".split(),
    "es": "ene feb mar abr may jun jul ago sept oct nov dic".split(),
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.".split(),
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.".split(),
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec".split(),
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru".split(),
    "pt": "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.".split(),
    "ro": "ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec.".split(),
    "ar": MONTHS["ar"],
}
WDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "ro": "luni marți miercuri joi vineri sâmbătă duminică".split(),
    "zh": "星期一 星期二 星期三 星期四 星期五 星期六 星期日".split(),
    "ar": "الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split(),
}
WD_ABBR = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(),
    "it": "lun mar mer gio ven sab dom".split(),
    "es": "lun mar mié jue vie sáb dom".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(),
    "fr": "lun. mar. mer. jeu. ven. sam. dim.".split(),
    "nl": "ma di wo do vr za zo".split(),
    "pl": "pon. wt. śr. czw. pt. sob. niedz.".split(),
    "pt": "seg. ter. qua. qui. sex. sáb. dom.".split(),
    "ro": "lun. mar. mie. joi vin. sâm. dum.".split(),
    "zh": "周一 周二 周三 周四 周五 周六 周日".split(),
    "ar": WDAYS["ar"],
}


def d_long(lang, d):
    """Date as the owner's letters write it."""
    if lang == "it":
        return f"{d.day} {MONTHS['it'][d.month - 1]} {d.year}"
    if lang == "es":
        return f"{d.day} de {MONTHS['es'][d.month - 1]} de {d.year}"
    return f"{d.day} {MONTHS['en'][d.month - 1]} {d.year}"


def art(prep, d):
    """Italian article before a date: il 30 ottobre / l'8 dicembre; del / dell'; dal / dall'."""
    s = d_long("it", d)
    vowel = d.day in (1, 8, 11)
    return {"il": ("l'" if vowel else "il ") + s, "del": ("dell'" if vowel else "del ") + s,
            "dal": ("dall'" if vowel else "dal ") + s}[prep]


def P(s):
    return datetime.strptime(s, "%Y-%m-%d").date()


# --------------------------------------------------------------------------- the quoted originals
SUBJECTS = {
    "it": {"courtesy": "Promemoria: fattura n. {inv} in scadenza", "due": "Fattura n. {inv} in scadenza",
           "due_late": "Fattura n. {inv} scaduta", "reminder": "Sollecito: fattura n. {inv}",
           "late_fee": "Secondo sollecito: fattura n. {inv}", "final": "Diffida di pagamento – fattura n. {inv}",
           "promise_followup": "Fattura n. {inv}: aggiornamento sul pagamento",
           "paid_claim_followup": "Fattura n. {inv}: pagamento non ancora ricevuto", "invoice": "Fattura n. {inv}"},
    "es": {"courtesy": "Recordatorio: factura n.º {inv}", "due": "Factura n.º {inv}: vencimiento",
           "due_late": "Factura n.º {inv} vencida", "reminder": "Factura n.º {inv} pendiente de pago",
           "late_fee": "Segundo aviso: factura n.º {inv}", "final": "Requerimiento de pago de la factura n.º {inv}",
           "promise_followup": "Factura n.º {inv}: seguimiento del pago",
           "paid_claim_followup": "Factura n.º {inv}: pago no recibido", "invoice": "Factura n.º {inv}"},
    "en": {"courtesy": "Friendly reminder: invoice {inv}", "due": "Invoice {inv} due today",
           "due_late": "Invoice {inv} is now due", "reminder": "Overdue invoice {inv}",
           "late_fee": "Second reminder: invoice {inv}", "final": "Final notice before debt recovery – invoice {inv}",
           "promise_followup": "Invoice {inv}: payment update",
           "paid_claim_followup": "Invoice {inv}: payment not yet received", "invoice": "Invoice {inv}"},
}


def pay_block(o, lang, inv):
    if lang == "it":
        return (f"Per il pagamento:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
                f"- causale: Fattura n. {inv}")
    if lang == "es":
        return (f"Datos para el pago:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- BIC: {o['bic']}\n"
                f"- concepto: Factura {inv}")
    return (f"Payment details:\n- Account name: {o['name']}\n- IBAN: {o['iban']}\n- BIC (SWIFT): {o['bic']}\n"
            f"- Payment reference: {inv}")


def original_text(o, q):
    """The owner's mail the client replies to (a mailduns reminder, or the invoice mail itself)."""
    lang, t = o["lang"], q["tpl"]
    inv, amt, g = q["inv"], q.get("amt"), q["greet"]
    due = P(q["due"]) if q.get("due") else None
    issue = P(q["issue"]) if q.get("issue") else None
    sent = datetime.strptime(q["sent"], "%Y-%m-%d %H:%M").date()
    late = (sent - due).days if due else 0
    pay = pay_block(o, lang, inv)
    dl = P(q["deadline"]) if q.get("deadline") else None
    fees = q.get("fees")  # list of lines or None
    if lang == "it":
        a = f" di {amt}" if amt else ""
        if t == "invoice":
            body = q.get("text", f"in allegato la fattura n. {inv}{a}, con scadenza {art('il', due)}.\n\nGrazie e buona giornata,")
            return f"{g}\n\n{body}\n{o['name']}"
        if t == "courtesy":
            x = f"un breve promemoria: la fattura n. {inv}{a}" + (f", emessa {art('il', issue)}," if issue else "") + \
                f" è in scadenza {art('il', due)}.\n\nNel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email."
        elif t == "due":
            x = (f"un promemoria: la fattura n. {inv}{a} è scaduta {art('il', due)}. Se il pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni." if late > 0
                 else f"un promemoria: la fattura n. {inv}{a} è in scadenza oggi, {d_long('it', due)}.") + \
                f"\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n{pay}\n\nPer qualsiasi domanda basta rispondere a questa email."
        elif t == "reminder":
            x = f"da un controllo la fattura n. {inv}{a}, scaduta {art('il', due)}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\nSe il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n{pay}"
        elif t == "late_fee":
            f = ""
            if fees:
                f = "\n\nTrattandosi di transazioni commerciali, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli interessi moratori ed è dovuto l'importo forfettario a titolo di risarcimento dei costi di recupero previsto dall'art. 6. Il dettaglio ad oggi:\n" + "\n".join("- " + l for l in fees)
            x = f"la fattura n. {inv}{a}, scaduta {art('il', due)}, risulta ancora da saldare: sono trascorsi {late} giorni dalla scadenza.{f}\n\nChiedo cortesemente di provvedere al pagamento{' dell’importo totale' if fees else ''} entro {art('il', dl)}. Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n{pay}"
        elif t == "final":
            x = f"la fattura n. {inv}{a}, scaduta {art('il', due)}, risulta ancora da saldare nonostante i precedenti solleciti.\n\nCon la presente chiedo formalmente il pagamento di {amt} entro {art('il', dl)}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\nIn mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\nQualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la data del bonifico, così da poterlo verificare.\n\n{pay}"
            x = f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv}" + (f" {art('del', issue)}" if issue else "") + f"\n\n{g}\n\n{x}\n\nCordiali saluti,\n{o['name']}"
            return x
        elif t == "promise_followup":
            pd = P(q["promise"]) if q.get("promise") else None
            x = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv}{a} sarebbe stato effettuato entro {art('il', pd)}." if pd
                 else f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv}{a}, scaduta {art('il', due)}.") + \
                f"\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n{pay}"
        elif t == "paid_claim_followup":
            cd = P(q["claim"])
            x = f"grazie per avermi comunicato {art('il', cd)} che la fattura n. {inv}{a} è stata pagata.\n\nAd oggi, però, il pagamento non risulta ancora accreditato sul mio conto. A volte un bonifico richiede qualche giorno in più, oppure può essere partito verso coordinate diverse. Per aiutarmi a rintracciarlo, chiedo la cortesia di indicarmi la data di esecuzione e il codice CRO/TRN del bonifico, oppure di inoltrarmi la contabile.\n\nPer un confronto, riporto le coordinate corrette:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- causale: Fattura n. {inv}\n\nSe il bonifico è stato disposto da pochi giorni, potrebbe semplicemente essere ancora in lavorazione: in tal caso mi basta una breve conferma. Grazie per la collaborazione."
        return f"{g}\n\n{x}\n\nCordiali saluti,\n{o['name']}"
    if lang == "es":
        a = f" de {amt}" if amt else ""
        if t == "invoice":
            body = q.get("text", f"Adjunto la factura n.º {inv}{a}, con vencimiento el {d_long('es', due)}.\n\nGracias y un saludo,")
            return f"{g}\n\n{body}\n{o['name']}"
        if t == "courtesy":
            x = f"Un breve recordatorio: la factura n.º {inv}{a}" + (f", emitida el {d_long('es', issue)}," if issue else "") + \
                f" vence el {d_long('es', due)}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n{pay}\n\nPara cualquier duda, basta con responder a este correo."
        elif t == "due":
            x = (f"La factura n.º {inv}{a} venció el {d_long('es', due)} y, según mis registros, el pago aún no consta. Agradecería que se tramitara en los próximos días." if late > 0
                 else f"La factura n.º {inv}{a} vence hoy, {d_long('es', due)}.") + \
                f"\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n{pay}\n\nPara cualquier duda, basta con responder a este correo."
        elif t == "reminder":
            x = f"Revisando mis cuentas, veo que la factura n.º {inv}{a}, vencida el {d_long('es', due)}, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.\n\n{pay}"
        elif t == "late_fee":
            f = ""
            tot = q.get("total")
            if fees:
                f = "\n\nAl tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). A la deuda se añade una cantidad fija de 40,00 € en concepto de indemnización por costes de cobro (art. 8).\n\nA día de hoy, el importe adeudado es el siguiente:\n" + "\n".join("- " + l for l in fees)
            x = f"La factura n.º {inv}{a} venció el {d_long('es', due)}, hace {late} días, y sigue pendiente de pago.{f}\n\nRuego que el pago de {tot or amt} se realice a más tardar el {d_long('es', dl)}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n{pay}"
        elif t == "final":
            x = f"La factura n.º {inv}" + (f", emitida el {d_long('es', issue)}," if issue else "") + f" venció el {d_long('es', due)} y, pese a los recordatorios enviados anteriormente, sigue pendiente de pago por un importe de {amt}.\n\nPor la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de {amt} a más tardar el {d_long('es', dl)}.\n\nMi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con responder a este correo.\n\nSi para el {d_long('es', dl)} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con la fecha de la transferencia.\n\n{pay}"
            return f"Asunto: Requerimiento de pago de la factura n.º {inv}\n\n{g}\n\n{x}\n\nAtentamente,\n{o['name']}"
        elif t == "promise_followup":
            pd = P(q["promise"]) if q.get("promise") else None
            x = (f"Según su último mensaje, el pago de la factura n.º {inv}{a} se realizaría a más tardar el {d_long('es', pd)}; gracias de nuevo por la información." if pd
                 else f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv}{a}, vencida el {d_long('es', due)}.") + \
                f"\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.\n\n{pay}"
        elif t == "paid_claim_followup":
            cd = P(q["claim"])
            x = f"Muchas gracias por comunicarme el {d_long('es', cd)} que la factura n.º {inv}{a} ya está pagada.\n\nSin embargo, a día de hoy el pago todavía no aparece en mi cuenta. A veces una transferencia tarda unos días más en llegar, o puede haberse enviado a otros datos bancarios. Para poder localizarla, me sería de gran ayuda conocer la fecha de ejecución y la referencia de la transferencia, o recibir el justificante.\n\nPara comprobarlo, estos son los datos bancarios correctos:\n- beneficiario: {o['name']}\n- IBAN: {o['iban']}\n- concepto: Factura {inv}\n\nSi la transferencia se ordenó hace muy poco, es normal que aún no haya llegado: en ese caso no es necesario hacer nada más. Gracias por su colaboración."
        return f"{g}\n\n{x}\n\nUn cordial saludo,\n{o['name']}"
    # English
    a = f" for {amt}" if amt else ""
    if t == "invoice":
        body = q.get("text", f"Please find attached invoice {inv}{a}, due on {d_long('en', due)}.\n\nThanks again,")
        return f"{g}\n\n{body}\n{o['name']}"
    if t == "courtesy":
        x = f"This is a friendly reminder that invoice {inv}{a}" + (f", issued on {d_long('en', issue)}," if issue else "") + \
            f" is due for payment on {d_long('en', due)}.\n\nIf payment is already on its way, thank you, and please disregard this message.\n\n{pay}\n\nIf you have any questions, just reply to this email."
    elif t == "due":
        x = (f"This is a quick reminder that invoice {inv}{a} was due for payment on {d_long('en', due)}. If it has not been paid yet, I would be grateful if you could arrange payment in the next few days." if late > 0
             else f"This is a quick reminder that invoice {inv}{a} is due for payment today, {d_long('en', due)}.") + \
            f"\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{pay}\n\nIf you have any questions, just reply to this email."
    elif t == "reminder":
        x = f"According to my records, invoice {inv}{a}, due on {d_long('en', due)}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\nIf you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n{pay}"
    elif t == "late_fee":
        f = ""
        if fees:
            f = "\n\n" + q["fee_text"] + "\n\nThe amount due as at " + d_long("en", sent) + " (interest continues to run until payment) is:\n" + "\n".join("- " + l for l in fees)
        x = f"Invoice {inv}{a}, due on {d_long('en', due)}, is now {late} days overdue.{f}\n\nPlease arrange payment{' of the total above' if fees else ''} by {d_long('en', dl)}. If payment is already on its way, thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to this email and we can find a solution.\n\n{pay}"
    elif t == "final":
        x = f"Final notice before debt recovery\n\nTo: {q['client']}\nDate: {d_long('en', sent)}\nInvoice: {inv}" + (f", issued on {d_long('en', issue)}" if issue else "") + f", due on {d_long('en', due)}\nAmount due: {amt}\nPayment deadline: {d_long('en', dl)}\n\n{q.get('formal_greet', g)}\n\nDespite my previous reminders, invoice {inv}{a}, which was due for payment on {d_long('en', due)}, remains unpaid.\n\nI therefore formally request payment of {amt} by {d_long('en', dl)}.\n\nIf payment is not received by that date, I intend to take steps to recover the debt. These may include referring the matter to a debt collection agency or a solicitor and, if necessary, starting court proceedings.\n\nI would much rather resolve this with you directly. If there is a reason for the delay, or if you would like to propose a payment plan, please reply to this email before {d_long('en', dl)}.\n\nIf you have paid in the meantime, thank you, and please accept my apologies for this notice; it would help if you could let me know the payment date so that I can update my records.\n\n{pay}"
        return f"{x}\n\n{q.get('formal_close', 'Yours sincerely,')}\n{o['name']}"
    elif t == "promise_followup":
        pd = P(q["promise"]) if q.get("promise") else None
        x = (f"Thank you for letting me know that invoice {inv}{a} would be paid by {d_long('en', pd)}." if pd
             else f"Thank you for your earlier message about invoice {inv}{a}, which was due on {d_long('en', due)}.") + \
            f"\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you need a little more time, could you let me know when I can expect it?\n\n{pay}"
    elif t == "paid_claim_followup":
        cd = P(q["claim"])
        x = f"Thank you for letting me know on {d_long('en', cd)} that invoice {inv}{a} has been paid.\n\nHowever, the payment has not reached my account yet. Bank transfers sometimes take a few extra days, and occasionally a payment is sent to out-of-date bank details. To help me trace it, could you please send me the date and reference of the transfer, or a copy of the payment confirmation?\n\nFor reference, my bank details are:\n- Account name: {o['name']}\n- IBAN: {o['iban']}\n- BIC (SWIFT): {o['bic']}\n- Payment reference: {inv}\n\nIf the transfer was made only in the last day or two, it is probably still on its way, and there is no need to do anything further. Thank you for your help."
    return f"{g}\n\n{x}\n\nKind regards,\n{o['name']}"


def orig_subject(o, q):
    t = q["tpl"]
    if q.get("subject"):
        return q["subject"]
    if t == "due":
        sent = datetime.strptime(q["sent"], "%Y-%m-%d %H:%M").date()
        if sent > P(q["due"]):
            t = "due_late"
    return SUBJECTS[o["lang"]][t].format(inv=q["inv"])


# --------------------------------------------------------------------------- quote headers per mail client and UI language
def _t(dt):
    return dt.strftime("%H:%M")


def gmail_attr(ui, dt, name, addr):
    d, m, y, w = dt.day, dt.month - 1, dt.year, dt.weekday()
    A, W = MON_ABBR.get(ui), WD_ABBR.get(ui)
    if ui == "en":
        return f"On {W[w]}, {d} {A[m]} {y} at {_t(dt)}, {name} <{addr}> wrote:"
    if ui == "it":
        return f"Il giorno {W[w]} {d} {A[m]} {y} alle ore {_t(dt)} {name} <{addr}> ha scritto:"
    if ui == "es":
        return f"El {W[w]}, {d} {A[m]} {y} a las {_t(dt)}, {name} (<{addr}>) escribió:"
    if ui == "de":
        return f"Am {W[w]}, {d}. {A[m]} {y} um {_t(dt)} Uhr schrieb {name} <{addr}>:"
    if ui == "fr":
        return f"Le {W[w]} {d} {A[m]} {y} à {_t(dt)}, {name} <{addr}> a écrit :"
    if ui == "nl":
        return f"Op {W[w]} {d} {A[m]} {y} om {_t(dt)} schreef {name} <{addr}>:"
    if ui == "pl":
        return f"{W[w]} {d} {A[m]} {y} o {_t(dt)} {name} <{addr}> napisał(a):"
    if ui == "pt":
        return f"Em {W[w]}, {d} de {A[m]} de {y} às {_t(dt)}, {name} <{addr}> escreveu:"
    if ui == "ro":
        return f"În {W[w]}, {d} {A[m]} {y} la {_t(dt)}, {name} <{addr}> a scris:"
    if ui == "zh":
        return f"{name} <{addr}> 于{y}年{m + 1}月{d}日{W[w]} {_t(dt)}写道："
    if ui == "ar":
        return f"في {W[w]}، {d} {A[m]} {y} في {_t(dt)}، كتب {name} <{addr}>:"
    raise ValueError(ui)


def apple_attr(ui, dt, name, addr):
    d, m, y = dt.day, dt.month - 1, dt.year
    if ui == "en":
        return f"On {d} {MON_ABBR['en'][m]} {y}, at {_t(dt)}, {name} <{addr}> wrote:"
    if ui == "de":
        return f"Am {dt:%d.%m.%Y} um {_t(dt)} schrieb {name} <{addr}>:"
    if ui == "fr":
        return f"Le {d} {MON_ABBR['fr'][m]} {y} à {_t(dt)}, {name} <{addr}> a écrit :"
    if ui == "it":
        return f"Il giorno {d} {MON_ABBR['it'][m]} {y}, alle ore {_t(dt)}, {name} <{addr}> ha scritto:"
    if ui == "es":
        return f"El {d} {MON_ABBR['es'][m]} {y}, a las {_t(dt)}, {name} <{addr}> escribió:"
    if ui == "nl":
        return f"Op {d} {MON_ABBR['nl'][m]} {y} om {_t(dt)} heeft {name} <{addr}> het volgende geschreven:"
    if ui == "pt":
        return f"Em {d} de {MON_ABBR['pt'][m]} de {y}, à(s) {_t(dt)}, {name} <{addr}> escreveu:"
    if ui == "pl":
        return f"Wiadomość napisana przez {name} <{addr}> w dniu {dt:%d.%m.%Y}, o godz. {_t(dt)}:"
    if ui == "ro":
        return f"Pe {d} {MON_ABBR['ro'][m]} {y}, la {_t(dt)}, {name} <{addr}> a scris:"
    if ui == "zh":
        return f"{y}年{m + 1}月{d}日 {_t(dt)}，{name} <{addr}> 写道："
    if ui == "ar":
        return f"في {d} {MONTHS['ar'][m]} {y}، الساعة {_t(dt)}، كتب {name} <{addr}>:"
    raise ValueError(ui)


def tb_attr(ui, dt, name, addr):
    if ui == "de":
        return f"Am {dt:%d.%m.%y} um {_t(dt)} schrieb {name}:"
    if ui == "fr":
        return f"Le {dt:%d/%m/%Y} à {_t(dt)}, {name} a écrit :"
    if ui == "it":
        return f"Il {dt:%d/%m/%y} {_t(dt)}, {name} ha scritto:"
    if ui == "es":
        return f"El {dt:%d/%m/%y} a las {_t(dt)}, {name} escribió:"
    if ui == "nl":
        return f"Op {dt:%d-%m-%Y} om {_t(dt)} schreef {name}:"
    if ui == "pl":
        return f"W dniu {dt:%d.%m.%Y} o {_t(dt)}, {name} pisze:"
    if ui == "ro":
        return f"Pe {dt:%d.%m.%Y} {_t(dt)}, {name} a scris:"
    return f"On {dt:%d/%m/%Y} {_t(dt)}, {name} wrote:"


OUTLOOK_LABELS = {
    "en": ("From:", "Sent:", "To:", "Cc:", "Subject:", "-----Original Message-----"),
    "it": ("Da:", "Inviato:", "A:", "Cc:", "Oggetto:", "-----Messaggio originale-----"),
    "es": ("De:", "Enviado el:", "Para:", "CC:", "Asunto:", "-----Mensaje original-----"),
    "de": ("Von:", "Gesendet:", "An:", "Cc:", "Betreff:", "-----Ursprüngliche Nachricht-----"),
    "fr": ("De :", "Envoyé :", "À :", "Cc :", "Objet :", "-----Message d'origine-----"),
    "nl": ("Van:", "Verzonden:", "Aan:", "CC:", "Onderwerp:", "-----Oorspronkelijk bericht-----"),
    "pl": ("Od:", "Wysłano:", "Do:", "DW:", "Temat:", "-----Wiadomość oryginalna-----"),
    "pt": ("De:", "Enviado:", "Para:", "Cc:", "Assunto:", "-----Mensagem original-----"),
    "ro": ("De la:", "Trimis:", "Către:", "Cc:", "Subiect:", "-----Mesaj original-----"),
    "zh": ("发件人:", "发送时间:", "收件人:", "抄送:", "主题:", "-----原始邮件-----"),
    "ar": ("من:", "تاريخ الإرسال:", "إلى:", "نسخة:", "الموضوع:", "-----الرسالة الأصلية-----"),
}


def outlook_sent(ui, dt):
    d, m, y, w = dt.day, dt.month - 1, dt.year, dt.weekday()
    if ui == "en":
        return f"{WDAYS['en'][w]}, {MONTHS['en'][m]} {d}, {y} {dt.strftime('%I:%M %p').lstrip('0')}"
    if ui == "it":
        return f"{WDAYS['it'][w]} {d} {MONTHS['it'][m]} {y} {_t(dt)}"
    if ui == "es":
        return f"{WDAYS['es'][w]}, {d} de {MONTHS['es'][m]} de {y} {_t(dt)}"
    if ui == "de":
        return f"{WDAYS['de'][w]}, {d}. {MONTHS['de'][m]} {y} {_t(dt)}"
    if ui == "fr":
        return f"{WDAYS['fr'][w]} {d} {MONTHS['fr'][m]} {y} {_t(dt)}"
    if ui == "nl":
        return f"{WDAYS['nl'][w]} {d} {MONTHS['nl'][m]} {y} {_t(dt)}"
    if ui == "pl":
        return f"{WDAYS['pl'][w]}, {d} {MONTHS['pl'][m]} {y} {_t(dt)}"
    if ui == "pt":
        return f"{WDAYS['pt'][w]}, {d} de {MONTHS['pt'][m]} de {y} {_t(dt)}"
    if ui == "ro":
        return f"{WDAYS['ro'][w]}, {d} {MONTHS['ro'][m]} {y} {_t(dt)}"
    if ui == "zh":
        return f"{y}年{m + 1}月{d}日 {_t(dt)}"
    if ui == "ar":
        return f"{WDAYS['ar'][w]}، {d} {MONTHS['ar'][m]} {y} {_t(dt)}"
    raise ValueError(ui)


# --------------------------------------------------------------------------- MIME plumbing
def h(s, n=16):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def quote_block(m, o, client_name, client_addr):
    """(plain_text_quote, html_quote) of the owner's original, in the style of the client's mail app."""
    q = m["q"]
    ui, app = m.get("ui", o["lang"]), m.get("app", "gmail")
    text = original_text(o, q)
    sent = datetime.strptime(q["sent"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(o["tz"]))
    local = sent.astimezone(ZoneInfo(m["tz"]))
    subj = orig_subject(o, q)
    owner_from = f"{o['name']} <{o['addr']}>"
    client_to = f"{client_name} <{client_addr}>" if client_name else client_addr
    ohtml = "<br>\n".join(html.escape(l) for l in text.split("\n"))
    if app in ("outlook", "outlook-old", "foxmail"):
        F, S, T, C, SU, SEP = OUTLOOK_LABELS[ui]
        sep = {"outlook": "________________________________", "outlook-old": SEP,
               "foxmail": "------------------ 原始邮件 ------------------"}[app]
        lines = [sep, f"{F} {owner_from}", f"{S} {outlook_sent(ui, local)}", f"{T} {client_to}", f"{SU} {subj}"]
        plain = "\n".join(lines) + "\n\n" + text
        hh = (f'<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">'
              f'<p class="MsoNormal"><b>{html.escape(F)}</b> {html.escape(owner_from)}<br>\n'
              f'<b>{html.escape(S)}</b> {html.escape(outlook_sent(ui, local))}<br>\n'
              f'<b>{html.escape(T)}</b> {html.escape(client_to)}<br>\n'
              f'<b>{html.escape(SU)}</b> {html.escape(subj)}</p></div>\n'
              + "".join(f'<p class="MsoNormal">{html.escape(p) or "&nbsp;"}</p>\n' for p in text.split("\n")))
        return plain, hh
    if app == "samsung":
        lab = {"en": ("-------- Original message --------", "From:", "Date:", "To:", "Subject:"),
               "es": ("-------- Mensaje original --------", "De:", "Fecha:", "Para:", "Asunto:"),
               "it": ("-------- Messaggio originale --------", "Da:", "Data:", "A:", "Oggetto:"),
               "pt": ("-------- Mensagem original --------", "De:", "Data:", "Para:", "Assunto:"),
               "de": ("-------- Ursprüngliche Nachricht --------", "Von:", "Datum:", "An:", "Betreff:"),
               "ro": ("-------- Mesaj original --------", "De la:", "Dată:", "Către:", "Subiect:"),
               "ar": ("-------- الرسالة الأصلية --------", "من:", "التاريخ:", "إلى:", "الموضوع:")}[ui]
        off = local.strftime("%z")
        lines = [lab[0], f"{lab[1]} {owner_from}", f"{lab[2]} {local:%d/%m/%Y} {_t(local)} (GMT{off[:3]}:{off[3:]})",
                 f"{lab[3]} {client_to}", f"{lab[4]} {subj}"]
        plain = "\n".join(lines) + "\n\n" + text
        return plain, "<div>" + "<br>".join(html.escape(l) for l in lines) + "<br><br>" + ohtml + "</div>"
    if app in ("apple", "iphone"):
        a = apple_attr(ui, local, o["name"], o["addr"])
    elif app == "tb":
        a = tb_attr(ui, local, o["name"], o["addr"])
    else:
        a = gmail_attr(ui, local, o["name"], o["addr"])
    ql = "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    plain = f"{a}\n\n{ql}" if app in ("apple", "iphone") else f"{a}\n{ql}"
    if app in ("apple", "iphone"):
        hh = f'<div dir="ltr"><br><blockquote type="cite">{html.escape(a)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">{ohtml}</div></blockquote>'
    else:
        hh = (f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{html.escape(a)}<br></div>'
              f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{ohtml}</blockquote></div>')
    return plain, hh


def body_html(text, app):
    paras = text.strip("\n").split("\n\n")
    if app in ("outlook", "outlook-old"):
        out = []
        for p in paras:
            for l in p.split("\n"):
                out.append(f'<p class="MsoNormal">{html.escape(l) or "&nbsp;"}<o:p></o:p></p>')
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        return "\n".join(out)
    return "\n".join("<div>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</div><div><br></div>" for p in paras)


def wrap_html(inner, app, cs):
    if app in ("outlook", "outlook-old"):
        return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={cs}">\n'
                f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}}\n'
                f'span.EmailStyle17 {{mso-style-type:personal-compose;}}\n@page WordSection1 {{size:612.0pt 792.0pt;}}\n'
                f'div.WordSection1 {{page:WordSection1;}}\n--></style>\n</head>\n<body lang="EN-US" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                f'<div class="WordSection1">\n{inner}\n</div>\n</body>\n</html>\n')
    if app in ("apple", "iphone"):
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={cs}"></head>'
                f'<body dir="auto">{inner}</body></html>\n')
    return f'<div dir="ltr">{inner}</div>\n'


CODEC = {"iso-8859-1": "cp1252", "windows-1252": "cp1252", "utf-8": "utf-8", "iso-8859-2": "iso-8859-2",
         "gbk": "gbk", "gb18030": "gb18030", "gb2312": "gb2312", "windows-1256": "cp1256", "us-ascii": "ascii", "iso-8859-15": "iso-8859-15",
         "windows-1250": "cp1250"}


def enc_part(text, subtype, cs, cte, extra=""):
    data = text.encode(CODEC[cs])
    if cte == "quoted-printable":
        body = quopri.encodestring(data)
    elif cte == "base64":
        body = base64.encodebytes(data)
    elif cte == "7bit":
        data.decode("ascii")
        body = data
    else:
        body = data
    if not body.endswith(b"\n"):
        body += b"\n"
    hdr = f'Content-Type: text/{subtype}; charset="{cs}"{extra}\nContent-Transfer-Encoding: {cte}\n\n'
    return hdr.encode() + body


PNG_1x1 = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
JPG_TINY = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(64) + bytes.fromhex("ffd9")


def fake_pdf(title):
    txt = title.encode("latin-1", "replace")
    return (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            b"2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            b"3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R>> endobj\n"
            b"4 0 obj <</Length " + str(len(txt) + 30).encode() + b">> stream\nBT /F1 10 Tf 40 800 Td (" + txt +
            b") Tj ET\nendstream endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n")


def attachment(fn, kind, title=""):
    if kind == "pdf":
        data, ct = fake_pdf(title or fn), "application/pdf"
    elif kind == "png":
        data, ct = PNG_1x1, "image/png"
    else:
        data, ct = JPG_TINY, "image/jpeg"
    try:
        fn.encode("ascii")
        fnp = f'"{fn}"'
        disp = f'attachment; filename="{fn}"'
    except UnicodeEncodeError:
        from urllib.parse import quote as uq
        fnp = f'"{Header(fn, "utf-8").encode()}"'
        disp = f"attachment; filename*=utf-8''{uq(fn)}"
    return (f"Content-Type: {ct}; name={fnp}\nContent-Disposition: {disp}\nContent-Transfer-Encoding: base64\n\n").encode() \
        + base64.encodebytes(data)


def multipart(subtype, parts, seed, app="gmail"):
    if app in ("outlook", "outlook-old"):
        b = f"_{h(seed + subtype, 3).upper()}_{h(seed, 24).upper()}_"
    elif app in ("apple", "iphone"):
        b = f"Apple-Mail-{h(seed + subtype, 8).upper()}-{h(seed, 4).upper()}-{h(seed + 'a', 4).upper()}"
    elif app == "foxmail":
        b = f"----=_NextPart_{h(seed + subtype, 8).upper()}_{h(seed, 8).upper()}"
    elif app in ("gmail", "android"):
        b = f"000000000000{h(seed + subtype, 12)}"
    else:
        b = f"----=_Part_{h(seed + subtype, 10)}_{h(seed, 6)}"
    out = f'Content-Type: multipart/{subtype}; boundary="{b}"\n\n'.encode()
    if subtype == "mixed":
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{b}\n".encode() + p + b"\n"
    out += f"--{b}--\n".encode()
    return out


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def msgid(app, seed, domain):
    x = h(seed, 24).upper()
    if app == "gmail" or app == "android":
        return f"<CA+{h(seed, 10)}{x[:14]}=Q{h(seed + 'g', 12)}@mail.gmail.com>"
    if app in ("outlook", "outlook-old"):
        pre = ["AM0", "DB9", "VI1", "PA4", "AS8", "DU0", "GV1", "FR4"][int(x[0], 16) % 8]
        srv = f"{pre}PR0{int(x[1], 16) % 9 + 1}MB{x[2:6]}"
        return f"<{srv}{x[6:22]}@{srv}.eurprd0{int(x[22], 16) % 9 + 1}.prod.outlook.com>"
    if app in ("apple", "iphone"):
        u = h(seed, 32).upper()
        return f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{domain}>"
    return f"<{h(seed, 12)}.{h(seed + 'x', 8)}@{domain}>"


MAILER = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHbc2VmR3t0YWJjZGVmZ2hp")],
    "outlook-old": [("X-Mailer", "Microsoft Office Outlook 12.0"), ("Thread-Index", "AcpQzE5kq0n1vX8wTr2k")],
    "apple": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "iphone": [("X-Mailer", "iPhone Mail (22C152)")],
    "tb": [("User-Agent", "Mozilla Thunderbird")],
    "samsung": [("X-Mailer", "Samsung Mobile")],
    "foxmail": [("X-Mailer", "Foxmail 7.2.25.254[cn]")],
}


def build(i, m):
    try:
        return _build(i, m)
    except Exception as e:
        raise RuntimeError(f"message {i} ({m['frm']}): {e}") from e


def _build(i, m):
    o = OWNERS[m["owner"]]
    name, addr = m["frm"]
    tz = ZoneInfo(m["tz"])
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(second=int(h(str(i), 4), 16) % 60, tzinfo=tz)
    app = m.get("app", "gmail")
    q = m.get("q")
    seed = f"{PREFIX}-{i}"
    domain = addr.split("@")[1]
    # subject / threading
    if m.get("subject"):
        subject = m["subject"]
    elif q:
        subject = f"{m.get('sp', 'Re:')} {orig_subject(o, q)}"
    else:
        raise ValueError(f"{i}: no subject")
    heads = [("From", formataddr((name, addr), charset="utf-8") if name else addr),
             ("To", m.get("to") or formataddr((o["name"], o["addr"]), charset="utf-8"))]
    if m.get("cc"):
        heads.append(("Cc", enc_header(m["cc"]) if "<" not in m["cc"] else ", ".join(
            formataddr(email.utils.parseaddr(x.strip()), charset="utf-8") for x in m["cc"].split(";"))))
    heads += [("Subject", enc_header(subject)), ("Date", format_datetime(dt)),
              ("Message-ID", msgid(app, seed, domain))]
    if q:
        oid = f"<{h(seed + 'orig', 20)}.mailduns@{o['addr'].split('@')[1]}>"
        refs = [f"<{h(seed + 'inv', 20)}@{o['addr'].split('@')[1]}>"] if q["tpl"] != "invoice" else []
        heads += [("In-Reply-To", oid), ("References", " ".join(refs + [oid]))]
    heads.append(("MIME-Version", "1.0"))
    heads += MAILER.get(app, [])
    heads += m.get("headers", [])
    # body
    text = m["body"].strip("\n") + "\n"
    quote = q and m.get("quote", True)
    plain_q = html_q = ""
    if quote:
        plain_q, html_q = quote_block(m, o, name, addr)
    if app in ("outlook", "outlook-old"):
        plain = text + ("\n" + plain_q + "\n" if quote else "")
    else:
        plain = text + ("\n" + plain_q + "\n" if quote else "")
    cs = m.get("cs", "utf-8")
    cte = m.get("cte", "quoted-printable")
    fmt = m.get("fmt", "plain")
    inner = m.get("html_body") or body_html(m["body"], app)
    if quote:
        inner = inner + ("\n" if app in ("outlook", "outlook-old") else "<br>") + html_q
    hdoc = wrap_html(inner, app, cs)
    flowed = '; format=flowed' if app in ("tb", "apple", "iphone") and fmt == "plain" else ""
    if fmt == "plain":
        part = enc_part(plain, "plain", cs, cte, flowed)
    elif fmt == "html":
        part = enc_part(hdoc, "html", cs, m.get("hcte", cte))
    else:
        part = multipart("alternative", [enc_part(plain, "plain", cs, cte),
                                         enc_part(hdoc, "html", cs, m.get("hcte", cte))], seed, app)
    if m.get("attach"):
        part = multipart("mixed", [part] + [attachment(*a) for a in m["attach"]], seed, app)
    top = "".join(f"{k}: {v}\n" for k, v in heads).encode()
    return top + part


def check_promise(i, m):
    """Resolve the promise phrase written in the message the way the brief's rules say, and compare."""
    r = m.get("rule")
    lab = m.get("labels", {})
    if not r:
        return
    local = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").date()
    if r in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
        wd = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"].index(r)
        d = local + timedelta(days=1)
        while d.weekday() != wd:
            d += timedelta(days=1)
    elif r == "tomorrow":
        d = local + timedelta(days=1)
    elif r == "today":
        d = local
    elif r == "eom":
        d = local.replace(day=calendar.monthrange(local.year, local.month)[1])
    elif r.startswith("by:"):
        n = int(r[3:])
        d = local.replace(day=n) if n > local.day else (local.replace(day=1) + timedelta(days=32)).replace(day=n)
    elif r.startswith("abs:"):
        d = P(r[4:])
    else:
        raise ValueError(r)
    got = lab.get("promised_date")
    assert got == d.isoformat(), f"{i}: rule {r} from {local} gives {d}, label says {got}"


# =========================================================================== the messages (hand-written)
MSGS = []


def Q(tpl, inv, amt, due, sent, greet, **kw):
    return dict(tpl=tpl, inv=inv, amt=amt, due=due, sent=sent, greet=greet, **kw)


def M(lang, kind, owner, frm, tz, date, body, q=None, note="", **kw):
    labels = {k: kw.pop(k) for k in ("amount", "currency", "reference", "promised_date") if k in kw}
    MSGS.append(dict(lang=lang, kind=kind, owner=owner, frm=frm, tz=tz, date=date, body=body, q=q,
                     labels=labels, note=note, **kw))


# 1 -------------------------------------------------------------------------------------------------
M("it", "client-reply-paid", "alessandra", ("Klaus Weber", "k.weber@weber-maschinenbau.de"), "Europe/Berlin",
  "2026-11-11 08:47", """
Sehr geehrte Frau Rossi,

scusi per il ritardo. Ho pagata la fattura 12/2026 ieri sera, il bonifico dovrebbe arrivare sul Suo conto entro domani o dopodomani.

Mit freundlichen Grüßen / Cordiali saluti

Klaus Weber
Geschäftsführer
Weber Maschinenbau GmbH
Industriestraße 14 · 70565 Stuttgart
Tel. +49 711 4589 210

Weber Maschinenbau GmbH · Sitz: Stuttgart · Amtsgericht Stuttgart HRB 734512 · Geschäftsführer: Klaus Weber
Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.
""", Q("reminder", "12/2026", "1.220,00 €", "2026-10-30", "2026-11-10 09:14", "Spett.le Weber Maschinenbau GmbH,"),
  app="outlook", ui="de", sp="AW:", fmt="alt", cs="iso-8859-1", reference="12/2026",
  note="German writer: 'ho pagata' (wrong agreement) = I paid, yesterday evening; the arrival sentence is not a promise. German Outlook quote block, iso-8859-1 with cp1252 bytes.")

# 2
M("es", "client-reply-promise", "lucia", ("Ruud Jansen", "ruud@jansenbloemen.nl"), "Europe/Amsterdam",
  "2026-11-18 14:20", """
Hola Lucía,

Perdón, tu factura estaba en la carpeta de mi colega que está de vacaciones. Ya la tengo y la pagamos hasta el viernes, seguro.

Saludos,
Ruud Jansen
Jansen Bloemen B.V. | Aalsmeer
""", Q("due", "2026-041", "860,00 €", "2026-11-13", "2026-11-16 09:02", "Estimados señores:"),
  app="outlook", ui="nl", sp="Antw:", fmt="alt", promised_date="2026-11-20", rule="fri",
  note="Dutch 'tot vrijdag' rendered as 'hasta el viernes' = BY Friday, not 'until'. Written Wed 18 Nov -> first Friday after = 2026-11-20.")

# 3
M("en", "client-reply-paid", "tom", ("Marta Zielińska", "m.zielinska@polskidruk.pl"), "Europe/Warsaw",
  "2026-12-15 10:05", """
Hello Mr. Byrne,

The payment for invoice INV-2026-118 was realized on 14.12.2026 from our account in PKO BP. Please kindly check on your side.

Best regards,
Marta Zielińska
Accountant
Polski Druk sp. z o.o.
ul. Fabryczna 7, 61-001 Poznań
""", Q("reminder", "INV-2026-118", "€2,450.00", "2026-12-04", "2026-12-14 09:30", "Dear Accounts Team,"),
  app="outlook", ui="pl", sp="ODP:", fmt="alt", cs="windows-1250", reference="INV-2026-118",
  note="Polish false friend: 'realized' (zrealizowana) = executed/made, not 'noticed'. Paid on 14.12.")

# 4
M("it", "client-reply-promise", "davide", ("Ioana Popescu", "ioana.popescu80@yahoo.it"), "Europe/Rome",
  "2026-11-24 19:40", """
Buna sera Davide,
scusami tanto, ho avuto il bambino malato questa settimana e non ho guardato la posta. La fattura te la pago fino a venerdi, promesso. Se vuoi ti mando la foto del bonifico quando lo faccio.
Ioana

Trimis de pe Samsung Galaxy
""", Q("due", "34/2026", "450,00 €", "2026-11-15", "2026-11-23 08:30", "Gentile Ioana Popescu,"),
  app="samsung", ui="ro", cte="8bit", promised_date="2026-11-27", rule="fri",
  note="Romanian writer: 'fino a venerdi' (pana vineri) means BY Friday. Tue 24 Nov -> Fri 27 Nov. Phone UI in Romanian.")

# 5
M("es", "client-reply-dispute", "lucia", ("Hans Müller", "h.mueller@mueller-logistik.de"), "Europe/Berlin",
  "2026-11-30 09:12", """
Sehr geehrte Frau Martín,

gracias por su recordatorio. Lamentablemente no podemos pagar la factura 2026-052 en esta forma. En la oferta del 28 de septiembre fueron acordadas 30 horas a 55 € (1.650 € más IVA). En la factura están 40 horas. Para las 10 horas adicionales nunca hemos dado una autorización.

Por favor envíenos una factura corregida sobre 30 horas, entonces la pagamos inmediatamente.

Mit freundlichen Grüßen
Hans Müller
Müller Logistik GmbH
Hafenstraße 22, 20457 Hamburg
""", Q("courtesy", "2026-052", "2.662,00 €", "2026-12-02", "2026-11-27 10:00", "Estimados señores:", issue="2026-11-02"),
  app="outlook", ui="de", sp="AW:", fmt="alt", cs="iso-8859-1", reference="2026-052",
  note="German writer contests hours billed (40 vs 30 agreed); 'then we pay immediately' is conditional on a corrected invoice -> dispute.")

# 6
M("en", "client-reply-other", "sarah", ("Zhang Wei", "zhangwei@nbhaitian.com"), "Asia/Shanghai",
  "2026-11-05 16:33", """
Dear Sarah,

Thank you for your email. We have received the invoice SW-0417. Our finance department want to confirm: this invoice amount is include VAT or not include VAT? Because our company is in China, we cannot pay the UK VAT. Please kindly confirm, then we can arrange.

Best regards
Zhang Wei 张伟
Ningbo Haitian Trading Co., Ltd.
Tel: +86 574 8765 4321
""", Q("courtesy", "SW-0417", "£1,200.00", "2026-11-11", "2026-11-04 10:00", "Dear Accounts Team,", issue="2026-10-12"),
  app="foxmail", ui="zh", sp="回复：", fmt="alt", cte="base64", reference="SW-0417",
  note="Chinese English: a question whether VAT is included, no claim that it is wrong; 'then we can arrange' is conditional and undated -> other.")

# 7
M("it", "client-reply-paid", "alessandra", ("王磊 Wang Lei", "wanglei.prontomoda@163.com"), "Europe/Rome",
  "2026-12-01 21:14", """
Ciao Alessandra
io pagato già ieri sera con bonifico, forse domani arriva. tu controlla per favore
grazie mille

发自我的iPhone
""", Q("due", "38/2026", "610,00 €", "2026-12-01", "2026-12-01 08:00", "Spett.le Pronto Moda Stella,"),
  app="iphone", ui="zh", sp="回复：", fmt="alt",
  note="Chinese shop owner in Prato, no articles or auxiliaries: 'io pagato già ieri sera' = I already paid last night.")

# 8
M("es", "client-reply-promise", "lucia", ("Giorgio Bellini", "giorgio@bellini-arredamenti.it"), "Europe/Rome",
  "2026-12-10 18:02", """
Ciao Lucía,

hai ragione, scusami!! Con la fine del anno qui è un casino. Mañana hago el bonifico, sin falta, te lo prometo. Te mando la ricevuta.

Un abbraccio
Giorgio

--
Giorgio Bellini
Bellini Arredamenti S.r.l.
Via Garibaldi 18, 33170 Pordenone
""", Q("reminder", "2026-047", "1.331,00 €", "2026-11-30", "2026-12-09 09:00", "Estimados señores:"),
  app="gmail", ui="it", sp="R:", fmt="alt", promised_date="2026-12-11", rule="tomorrow",
  note="Italian writing half-Italian half-Spanish ('bonifico' inside a Spanish sentence). 'Mañana' from Thu 10 Dec -> 2026-12-11.")

# 9
M("en", "client-reply-dispute", "tom", ("Sabine Gruber", "s.gruber@alpen-tourismus.at"), "Europe/Vienna",
  "2027-01-13 11:20", """
Dear Mr. Byrne,

we have checked the invoice INV-2026-139 with our project manager. We cannot accept it in this form. In your offer from 2 November was written 12 hours for the adaption of the brochure, you have billed 18 hours. The additional 6 hours were never ordered by us, also there was no information from you before.

Please send us a corrected invoice over 12 hours. After that we will pay it immediately.

With kind regards
Sabine Gruber
Purchasing
Alpen Tourismus Marketing GmbH
Mariahilfer Straße 88, 1070 Wien
""", Q("reminder", "INV-2026-139", "€1,476.00", "2026-12-31", "2027-01-12 09:10", "Dear Accounts Team,"),
  app="outlook", ui="de", sp="AW:", fmt="alt", cs="iso-8859-1", reference="INV-2026-139",
  note="Austrian writer, German word order; contests 18 vs 12 hours; the payment is promised only after a corrected invoice -> dispute.")

# 10
M("it", "client-reply-other", "alessandra", ("Pieter de Vries", "p.devries@vandijkinterieur.nl"), "Europe/Amsterdam",
  "2026-11-06 15:48", """
Beste Alessandra,

Dank voor de herinnering. Purtroppo la fattura 29/2026 è stata bloccata dal nostro sistema, perché manca il numero d'ordine (PO). Senza il PO la contabilità non può registrarla.
Il numero è 4500018842. Può per favore rifare la fattura con questo numero e mandarla a invoices@vandijkinterieur.nl?

Met vriendelijke groet / Cordiali saluti,
Pieter de Vries
Van Dijk Interieur B.V. | Inkoop
Keizersgracht 312 | 1016 EZ Amsterdam
""", Q("courtesy", "29/2026", "2.196,00 €", "2026-11-07", "2026-11-06 08:45", "Spett.le Van Dijk Interieur B.V.,", issue="2026-10-08"),
  app="outlook", ui="nl", sp="RE:", fmt="alt", reference="29/2026",
  note="Opens in Dutch, continues in Italian: asks to re-issue with a PO number. No claim on amount or work -> other.")

# 11
M("es", "client-reply-paid", "jordi", ("Kevin O'Brien", "kevin@tapastech.io"), "Europe/Madrid",
  "2026-11-25 20:31", """
Hola Jordi!

Lo siento mucho, I thought this was already done. Le hice pagar a nuestro contable el lunes, the transfer went out Monday from our Sabadell account so it should be in your account ya. If not, avísame and I'll check with him.

Saludos,
Kevin

--
Kevin O'Brien | Co-founder
Tapas Tech S.L. · Carrer de Pallars 108, 08018 Barcelona
""", Q("reminder", "F2026-58", "726,00 €", "2026-11-15", "2026-11-25 09:00", "Estimados señores:"),
  app="gmail", ui="en", sp="Re:", fmt="alt",
  note="Spanglish, American: 'le hice pagar a nuestro contable' = I had our accountant pay it; transfer went out Monday -> paid.")

# 12
M("en", "client-reply-promise", "sarah", ("Jan de Boer", "jan@deboerevents.nl"), "Europe/Amsterdam",
  "2026-12-03 09:55", """
Hi Sarah,

Sorry, I was on a fair in Utrecht the whole week and I didn't see your mail. We will pay it until Friday, I have put it already klaar in the bank app, my colleague has to approve it still.

Groetjes,
Jan
""", Q("due", "SW-0423", "£780.00", "2026-11-30", "2026-12-02 09:00", "Dear Jan de Boer,"),
  app="gmail", ui="nl", sp="Re:", fmt="alt", promised_date="2026-12-04", rule="fri",
  note="Dutch 'tot vrijdag' -> 'until Friday' = by Friday. Thu 3 Dec -> Fri 4 Dec. Prepared in the bank app but not yet approved -> promise, not paid.")

# 13
M("it", "client-reply-dispute", "alessandra", ("Youssef El Amrani", "marrakech.torino@gmail.com"), "Europe/Rome",
  "2026-12-07 23:10", """
Buona sera signora Alessandra

Io non pago questa fattura adesso perche il sito ancora non e finito. Manca il menu in arabo e in inglese come abbiamo parlato a settembre, e le foto dei piatti sono ancora quelle vecchie. I clienti mi dicono che il sito non si apre bene sul telefono.
Quando e tutto finito come abbiamo detto io pago subito, non ce problema, io sono una persona seria.

Youssef
Ristorante Marrakech - Via Nizza 51 Torino
""", Q("reminder", "41/2026", "1.830,00 €", "2026-11-27", "2026-12-07 09:00", "Gentile Youssef El Amrani,"),
  app="samsung", ui="ar", sp="RE:", cte="8bit",
  note="Moroccan writer, no accents. Refuses to pay until the work is finished as agreed -> dispute (the 'pago subito' is conditional).")

# 14
M("es", "client-reply-other", "lucia", ("Chen", "chen.bazar88@hotmail.com"), "Europe/Madrid",
  "2026-11-12 10:04", """
Recibido. Gracias Lucía 🙏

Chen
发自我的iPhone
""", Q("courtesy", "2026-044", "363,00 €", "2026-11-18", "2026-11-12 09:30", "Buenos días:", issue="2026-10-19"),
  app="iphone", ui="zh", sp="回复：", fmt="alt",
  note="One-line acknowledgement of a pre-due-date reminder -> other.")

# 15
M("en", "client-reply-paid", "tom", ("Khalid Al Hashimi", "khalid.h@gulfvisionmedia.ae"), "Asia/Dubai",
  "2026-12-17 13:42", """
Dear Sir,

Greetings from Gulf Vision Media!

With reference to your below email, kindly be informed that the payment against your invoice no. INV-2026-131 amounting EUR 3,200.00 has been released today from our bank (Emirates NBD). Please find attached the swift copy for your reference.

Kindly acknowledge the receipt upon credit to your account.

Thanks & Best Regards,

Khalid Al Hashimi
Accounts Executive
Gulf Vision Media FZ-LLC
Dubai Media City, Building 8, Office 214
Tel: +971 4 391 2200

DISCLAIMER: This e-mail and any attachment is confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it. Gulf Vision Media FZ-LLC accepts no liability for any damage caused by this e-mail.
""", Q("reminder", "INV-2026-131", "€3,200.00", "2026-12-01", "2026-12-16 09:00", "Dear Accounts Team,"),
  app="outlook", ui="en", sp="RE:", fmt="html", cc="Accounts Payable <ap@gulfvisionmedia.ae>",
  attach=[("SWIFT_MT103_INV-2026-131.pdf", "pdf", "MT103 EMIRATES NBD EUR 3200.00 BYRNE TOM INV-2026-131")],
  amount="3200.00", reference="INV-2026-131",
  note="Gulf business English: 'payment ... has been released today' with swift copy attached = paid. HTML-only Outlook, cc AP.")

# 16
M("it", "client-reply-promise", "davide", ("Li Na", "lina@lanhuasilk.cn"), "Asia/Shanghai",
  "2026-12-04 09:30", """
Caro Signor Conti,

Grazie per la vostra e-mail. Ci scusiamo per il ritardo nel pagamento. A causa del processo di approvazione interno della nostra azienda, la fattura 40/2026 deve essere firmata dal direttore generale. La nostra azienda ha già organizzato il pagamento, si prevede di pagare prima del 20 dicembre. Si prega di essere paziente.

Cordiali saluti
Li Na
Reparto Finanza
Hangzhou Lanhua Seta Co., Ltd.
""", Q("reminder", "40/2026", "1.500,00 €", "2026-11-25", "2026-12-03 09:00", "Spett.le Hangzhou Lanhua Seta Co., Ltd.,"),
  app="foxmail", ui="zh", sp="回复：", fmt="alt", cte="base64", reference="40/2026",
  promised_date="2026-12-20", rule="abs:2026-12-20",
  note="Machine-translated from Chinese. 'ha già organizzato il pagamento' sounds done but 'si prevede di pagare prima del 20 dicembre' is future -> promise, by 20 Dec.")

# 17
M("es", "client-reply-dispute", "lucia", ("Rafael Costa", "rafael@costaimportacao.com.br"), "America/Sao_Paulo",
  "2027-01-12 10:15", """
Olá Lucía, tudo bem?

Recebi seu mail. Mira, el trabajo no está completo: faltan las 4 ilustraciones para el catálogo que estavam no orçamento, entregaste solo 8 de 12. Por eso vamos pagar agora só a metade, 1.512,50 €, e o resto quando você entregar as ilustrações que faltam. Acho que é justo, né?

Abraço,
Rafael Costa
Costa Importação e Comércio Ltda.
Rua Oscar Freire, 1200 – São Paulo/SP
""", Q("late_fee", "2026-058", "3.025,00 €", "2026-12-15", "2027-01-11 09:00", "Estimados señores:", deadline="2027-01-22"),
  app="gmail", ui="pt", sp="Re:", fmt="alt", amount="1512.50",
  note="Portuñol. Work incomplete (8 of 12 illustrations): pays half now, rest only after delivery -> dispute. Amount = the half they say they will pay.")

# 18
M("en", "client-reply-other", "tom", ("Antoine Dubois", "antoine.dubois@ateliermarin.fr"), "Europe/Paris",
  "2026-11-30 17:22", """
Hello Tom,

Thank you for your message. I am not in charge of the payments, so I forward your mail to our accountant, Mrs Lefèvre (in copy), she will look at it. Claire, can you please verify if the invoice of Tom was registered?

By the way, the new packaging was a big success in the salon in Lyon, congratulations again!

Best regards,
Antoine Dubois
Atelier Marin SAS

Envoyé de mon iPhone
""", Q("due", "INV-2026-124", "€940.00", "2026-11-30", "2026-11-30 08:00", "Dear Antoine Dubois,"),
  app="iphone", ui="fr", sp="Re:", fmt="alt", cc="Claire Lefèvre <c.lefevre@ateliermarin.fr>",
  note="French writer forwards to the accountant in cc; 'she will look at it' is not a payment promise -> other.")

# 19
M("it", "client-reply-paid", "alessandra", ("Sophie Laurent", "s.laurent@editionsdulac.fr"), "Europe/Paris",
  "2026-11-19 12:30", """
Buongiorno Alessandra,

Ho ben ricevuto la sua mail. Ho regolato la fattura 18/2026 la settimana scorsa, per bonifico, il giovedì 12. Forse il bonifico non è ancora arrivato perché la nostra banca è un po' lenta con l'estero. Mi tenga al corrente se non lo vede entro lunedì.

Cordialmente,
Sophie Laurent
Directrice – Éditions du Lac
12 quai des Bergues, 74200 Thonon-les-Bains
""", Q("reminder", "18/2026", "732,00 €", "2026-11-09", "2026-11-19 09:00", "Spett.le Éditions du Lac,"),
  app="outlook", ui="fr", sp="RE :", fmt="alt", cs="iso-8859-1", reference="18/2026",
  note="French gallicism: 'ho regolato la fattura' (j'ai réglé) = I paid it, Thursday 12th. 'Ho ben ricevuto' = j'ai bien reçu.")

# 20
M("es", "client-reply-promise", "jordi", ("Lin Hao", "linhao@brightway-sz.com"), "Asia/Shanghai",
  "2026-11-11 16:40", """
Estimado Señora Puig,

Gracias por su correo electrónico. Nuestra empresa pagará la factura a finales de este mes, debido a que el departamento financiero está realizando el cierre contable mensual. Gracias por su comprensión y apoyo.

Saludos cordiales
Lin Hao
Shenzhen Brightway Electronics Co., Ltd.
""", Q("due", "F2026-51", "1.210,00 €", "2026-11-06", "2026-11-10 09:00", "Estimados señores:"),
  app="foxmail", ui="zh", sp="回复：", fmt="alt", cte="base64", promised_date="2026-11-30", rule="eom",
  note="Machine-translated Chinese ('Estimado Señora' for Jordi). 'a finales de este mes' -> last day of November.")

# 21
M("en", "client-reply-paid", "tom", ("Fernanda Lima", "fe.lima@gmail.com"), "America/Sao_Paulo",
  "2026-12-22 08:12", """
Hey Tom!! Sorry sorry, the end of year here is crazy 😅 I already made the transfer yesterday night, by Wise, 650 euros. It should arrive today or tomorrow. Let me know if not arrives!

Merry Christmas and feliz ano novo 🎄
Fê
""", Q("reminder", "INV-2026-127", "€650.00", "2026-12-11", "2026-12-21 09:00", "Dear Fernanda Lima,"),
  app="gmail", ui="pt", sp="Re:", quote=False, fmt="alt", amount="650.00",
  note="Brazilian English, emoji, no quote. Transfer made last night via Wise -> paid, 650.")

# 22
M("it", "client-reply-dispute", "davide", ("Katarzyna Nowak", "k.nowak@ambercosmetics.pl"), "Europe/Warsaw",
  "2027-01-19 08:50", """
Szanowny Panie Davide,

Gentile Sig. Conti, grazie per il promemoria. Purtroppo nella fattura 2/2027 c'è un errore: nel preventivo che ci ha mandato a dicembre il prezzo per il servizio fotografico era 800 euro più IVA, non 980 euro. Non abbiamo ordinato le foto aggiuntive del magazzino, quelle erano solo una proposta.

La prego di mandarci una nota di credito o una fattura nuova con l'importo giusto, allora paghiamo subito.

Z poważaniem / Cordiali saluti
Katarzyna Nowak
Specjalista ds. marketingu
Amber Cosmetics Sp. z o.o.
ul. Grunwaldzka 212, 80-266 Gdańsk
""", Q("courtesy", "2/2027", "1.195,60 €", "2027-01-25", "2027-01-18 09:00", "Spett.le Amber Cosmetics Sp. z o.o.,", issue="2027-01-08"),
  app="outlook", ui="pl", sp="ODP:", fmt="alt", reference="2/2027",
  note="Starts the Polish salutation then switches to Italian. Wrong amount (980 vs 800 agreed), asks credit note -> dispute.")

# 23
M("en", "client-reply-promise", "sarah", ("Mathieu Girard", "mathieu@girard-vins.fr"), "America/New_York",
  "2027-01-05 22:47", """
Hi Sarah,

Happy new year! Sorry for that, I am actually in New York for a salon and I have not access to the bank token of the company. I come back tomorrow and I will pay you tomorrow, promised.

Mathieu

Envoyé de mon iPhone
""", Q("reminder", "SW-0431", "£1,150.00", "2026-12-24", "2027-01-05 09:00", "Dear Mathieu Girard,"),
  app="iphone", ui="fr", sp="Re:", fmt="alt", promised_date="2027-01-06", rule="tomorrow",
  note="French 'actually' = actuellement (currently). 'tomorrow' resolved in the sender's zone: Tue 5 Jan 22:47 New York -> 2027-01-06.")

# 24
M("es", "client-reply-other", "jordi", ("Markus Keller", "m.keller@kellervelo.ch"), "Europe/Zurich",
  "2026-12-02 11:03", """
Hallo Jordi,

Disculpa, pero no tengo tu factura. En tu correo de noviembre había solamente un enlace, pero el enlace ya no funciona ("Link expired"). ¿Podrías enviarme la factura F2026-55 otra vez como PDF adjunto? Así la puedo pasar a nuestra contabilidad.

Danke und Gruss
Markus Keller
Keller Velo GmbH, Winterthur
""", Q("reminder", "F2026-55", "968,00 €", "2026-11-20", "2026-12-02 09:00", "Estimados señores:"),
  app="tb", ui="de", sp="AW:", cte="8bit", reference="F2026-55",
  note="Swiss German writer asks to resend the invoice as a PDF -> other.")

# 25
M("it", "client-reply-promise", "alessandra", ("Thiago Souza", "thiago.souza.mi@gmail.com"), "Europe/Rome",
  "2026-11-18 21:50", """
Oi Alessandra, tudo bem?
Desculpa o atraso, ho avuto un mese pazzesco col trasloco. Amanhã faço o bonifico, sem falta — domani mattina, giuro 🙏
Beijos
Thiago

Enviado do meu Galaxy
""", Q("due", "31/2026", "488,00 €", "2026-11-13", "2026-11-17 08:30", "Gentile Thiago Souza,"),
  app="samsung", ui="pt", sp="Re:", promised_date="2026-11-19", rule="tomorrow",
  note="Brazilian mixing Portuguese and Italian in one sentence. 'Amanhã'/'domani mattina' from Wed 18 Nov -> 2026-11-19.")

# 26
M("en", "client-reply-dispute", "tom", ("Liu Yang", "liuyang@sonic-audio.cn"), "Asia/Shanghai",
  "2026-12-10 10:20", """
Dear Tom,

About the invoice INV-2026-135. Our boss has checked the 3D renderings of the new speaker. Some pictures colour is not same as the real product, and 5 pictures the logo is blurry. These pictures we cannot use on Amazon. So we request 30% discount for this invoice, or you modify all pictures again free of charge. Please understand.

Thanks & Regards
Liu Yang
Overseas Marketing Dept.
Guangzhou Sonic Audio Technology Co., Ltd.
""", Q("courtesy", "INV-2026-135", "€2,100.00", "2026-12-16", "2026-12-09 09:00", "Dear Accounts Team,", issue="2026-11-16"),
  app="gmail", ui="zh", sp="Re:", fmt="alt", reference="INV-2026-135",
  note="Chinese English: quality complaint, asks 30% discount or free rework -> dispute.")

# 27
M("it", "client-reply-other", "davide", ("Monika Braun", "m.braun@braun-moebel.de"), "Europe/Berlin",
  "2026-11-26 14:05", """
Hallo Davide,

mi scusi, ma io non ho mai ricevuto questa fattura, l'ho cercata dappertutto, anche nella cartella spam. Può mandarmela di nuovo per favore? Magari anche alla mia collega Frau Schmitt (buchhaltung@braun-moebel.de), che fa i pagamenti.

Viele Grüße
Monika Braun
""", Q("reminder", "35/2026", "915,00 €", "2026-11-16", "2026-11-26 09:00", "Spett.le Braun Möbel GmbH,"),
  app="gmail", ui="de", sp="Re:", fmt="alt",
  note="German writer never received the invoice, asks to resend and copy accounts -> other. Number only in the quote: no reference.")

# 28
M("es", "client-reply-paid", "lucia", ("Camila Ferreira", "camila.ferreira@outlook.com.br"), "America/Sao_Paulo",
  "2027-01-20 15:33", """
Oi Lucía, tudo bem?

Ya fiz o pagamento da factura hoy por la mañana, por transferencia internacional do Itaú. Te mando o comprovante em anexo. Puede tardar 2 o 3 dias para chegar, o banco disse.

Beijos
Camila

Enviado do meu iPhone
""", Q("reminder", "2026-061", "1.694,00 €", "2027-01-10", "2027-01-20 09:00", "Buenos días, Camila Ferreira:"),
  app="iphone", ui="pt", sp="Re:", fmt="alt", attach=[("comprovante.png", "png")],
  note="Portuñol ('ya fiz o pagamento'), receipt screenshot attached -> paid.")

# 29
M("en", "client-reply-other", "tom", ("Sanne Visser", "s.visser@noordlichtmedia.nl"), "Europe/Amsterdam",
  "2027-01-26 09:10", """
Good morning Tom,

Before we pay: can you please confirm your actual bank account? In our system we still have your old IBAN from Bank of Ireland from 2024, and in your mail there is another IBAN. Our controller does not release payments to changed bank details without a confirmation, because of the fraud cases lately.

Maybe you can send it on letter paper or call me: +31 20 555 0187.

Kind regards,
Sanne Visser
Finance | Noordlicht Media B.V.
""", Q("late_fee", "INV-2026-142", "€1,845.00", "2026-12-28", "2027-01-25 09:00", "Dear Accounts Team,", deadline="2027-02-05"),
  app="outlook", ui="en", sp="RE:", fmt="alt",
  note="Dutch 'actual' = current (actueel). Question about changed bank details before paying; no promise or claim -> other.")

# 30
M("it", "client-reply-paid", "alessandra", ("Stefan Hofmann", "stefan.hofmann@kessler-sport.it"), "Europe/Rome",
  "2026-11-09 12:14", """
Hi Alessandra,

sorry per il ritardo, the invoice 15/2026 è stata pagata this morning, ti allego la contabile della banca. It was stuck in the approval workflow because Marco was on holiday. Should be on your account tomorrow o al massimo mercoledì.

Ciao,
Stefan

Stefan Hofmann | Head of Marketing Italia
Kessler Sportartikel Italia S.r.l. | Via Tortona 27 | 20144 Milano
""", Q("reminder", "15/2026", "2.928,00 €", "2026-10-31", "2026-11-09 09:00", "Spett.le Kessler Sportartikel Italia S.r.l.,"),
  app="outlook", ui="en", sp="RE:", fmt="alt", reference="15/2026",
  attach=[("Contabile_bonifico_15-2026.pdf", "pdf", "Deutsche Bank Italia - Bonifico SEPA EUR 2.928,00 - Alessandra Rossi - Fattura 15/2026")],
  note="German manager in Milan, English/Italian half and half. Paid this morning, receipt attached.")

# 31
M("es", "client-reply-promise", "lucia", ("Helga Fischer", "h.fischer@fischer-reisen.de"), "Europe/Berlin",
  "2026-12-29 10:30", """
Sehr geehrte Frau Martín,

muchas gracias por su mensaje. Nuestra contabilidad está cerrada entre Navidad y Año Nuevo. Pagaremos la factura 2026-055 hasta el 15 de enero de 2027. Le pido disculpas por el retraso.

Mit freundlichen Grüßen
Helga Fischer
Fischer Reisen GmbH
Königsallee 60, 40212 Düsseldorf
""", Q("reminder", "2026-055", "1.089,00 €", "2026-12-18", "2026-12-28 09:00", "Estimados señores:"),
  app="outlook", ui="de", sp="AW:", fmt="alt", cs="windows-1252", reference="2026-055",
  promised_date="2027-01-15", rule="abs:2027-01-15",
  note="German 'bis zum 15. Januar' rendered 'hasta el 15 de enero' = by 15 January.")

# 32
M("es", "client-reply-dispute", "jordi", ("Emily Carter", "emily@solandsearentals.com"), "Europe/Madrid",
  "2026-11-04 13:12", """
Hola Jordi,

Perdona mi español. I just saw the invoice F2026-49 and it says 1.500 + IVA, pero we agreed 1.200 for the landing page, ¿no? The extra 300 was for the blog section which we decided NOT to do, lo hablamos en la call del 8 de octubre. ¿Puedes revisarlo y mandarme una factura nueva? No puedo pagar esta así, my boss will kill me 😅

Gracias!
Emily

Emily Carter
Marketing Lead, Sol & Sea Rentals
Palma de Mallorca
""", Q("due", "F2026-49", "1.815,00 €", "2026-11-02", "2026-11-04 09:00", "Estimados señores:"),
  app="gmail", ui="en", sp="Re:", fmt="alt", reference="F2026-49",
  note="Spanglish: the invoice is 300 above what was agreed; will not pay it as is -> dispute.")

# 33
M("en", "client-reply-other", "sarah", ("Thomas Richter", "t.richter@richter-pharma.de"), "Europe/Berlin",
  "2026-11-24 16:55", """
Dear Sarah,

thank you for the reminder. Please send the invoice SW-0419 also to our accounts payable department (kreditoren@richter-pharma.de). Only invoices which arrive there are entered in our SAP system, invoices to personal e-mail addresses are not processed.

Many thanks and best regards
Thomas Richter
Head of Communications
Richter Pharma AG
Nymphenburger Str. 4, 80335 München

Richter Pharma AG · Sitz der Gesellschaft: München · Registergericht: Amtsgericht München HRB 112233
Vorstand: Dr. Peter Richter (Vorsitz), Anna Lenz · Aufsichtsratsvorsitzender: Dr. Jörg Haas
""", Q("courtesy", "SW-0419", "£2,340.00", "2026-12-02", "2026-11-24 09:00", "Dear Thomas Richter,", issue="2026-11-02"),
  app="outlook", ui="de", sp="AW:", fmt="alt", cs="iso-8859-1", reference="SW-0419",
  note="German writer asks to send the invoice to accounts payable -> other.")

# 34
M("it", "client-reply-promise", "davide", ("Mahmoud Hassan", "mahmoud.kebab.al@gmail.com"), "Europe/Rome",
  "2027-01-14 22:40", """
Buonasera Davide
Ho ricevuto la sua mail. Scusa, questo mese il lavoro e poco e adesso non ci sono soldi in cassa. Inshallah paghiamo alla fine del mese, sicuro. Grazie per la pazienza fratello

Mahmoud
Kebab Alessandria - Corso Roma
""", Q("reminder", "44/2026", "366,00 €", "2026-12-31", "2027-01-14 09:00", "Gentile Mahmoud Hassan,"),
  app="samsung", ui="ar", sp="Re:", promised_date="2027-01-31", rule="eom",
  note="Egyptian writer; 'Inshallah ... sicuro' is a firm promise, not a hedge. 'alla fine del mese' -> 2027-01-31.")

# 35
M("es", "client-reply-other", "lucia", ("Andrei Ionescu", "andrei.ionescu@carpathiawines.ro"), "Europe/Bucharest",
  "2027-01-27 12:12", """
Hola Lucía,

Gracias por el recordatorio, lo he pasado a nuestra contabilidad.

Otra cosa: estamos preparando el catálogo de primavera y nos gustaría trabajar de nuevo contigo. ¿Tienes disponibilidad en febrero? Serían unas 40 páginas, más o menos como el del año pasado pero con más fotos de producto. Si te parece, podemos hacer una videollamada la semana próxima.

Un saludo
Andrei Ionescu
Carpathia Wines S.R.L. – Export Manager
Str. Zizinului 12, Brașov
""", Q("courtesy", "2027-004", "605,00 €", "2027-02-04", "2027-01-27 09:00", "Estimados señores:", issue="2027-01-05"),
  app="gmail", ui="ro", sp="Re:", fmt="alt",
  note="Romanian writer: passed on to accounts, then talks about new work -> other.")

# 36
M("en", "client-reply-promise", "tom", ("Piotr Wiśniewski", "piotr@wisniasoft.pl"), "Europe/Warsaw",
  "2027-01-12 08:40", """
Hello Tom,

I must be honest with you. We can't pay before 28th, sorry. Our biggest client has not paid us for December and we have now a hole in the cash. On 28th we receive the money and the same day I send your payment, I guarantee.

Best regards
Piotr Wiśniewski
WiśniaSoft sp. z o.o.
Kraków
""", Q("reminder", "INV-2026-137", "€1,230.00", "2026-12-30", "2027-01-11 09:00", "Dear Accounts Team,"),
  app="tb", ui="pl", sp="Re:", cs="windows-1250", cte="8bit", promised_date="2027-01-28", rule="by:28",
  note="'can't pay before 28th' + 'on 28th ... I send your payment' -> promise for 2027-01-28.")

# 37
M("it", "client-reply-other", "alessandra", ("Zhou Mei", "fiore.pasticceria@libero.it"), "Europe/Rome",
  "2026-12-11 11:48", """
Buongiorno signora Rossi,

io ho parlato con mio commercialista. Lui dice che la fattura di carta (PDF) non va bene, serve fattura elettronica con codice SDI, senza questo lui non può registrare e io non posso pagare. Il nostro codice destinatario è M5UXCR1, partita IVA 02345670489.
Lei può mandare fattura elettronica? Grazie mille

Zhou Mei
Bar Pasticceria Fiore, Firenze
""", Q("due", "42/2026", "854,00 €", "2026-12-09", "2026-12-11 08:30", "Spett.le Bar Pasticceria Fiore,"),
  app="gmail", ui="zh", sp="Rif:", fmt="alt",
  note="Chinese writer: asks for an electronic invoice with the SDI code (a formal requirement, not a contest of the amount or work) -> other.")

# 38
M("en", "client-reply-paid", "sarah", ("王芳 Wang Fang", "wangfang@mingda-trade.cn"), "Asia/Shanghai",
  "2026-12-09 09:15", """
Sarah 您好，

不好意思，之前财务休假，付款耽误了。该发票（SW-0421）的款项已于昨天通过中国银行电汇支付，金额960英镑，请查收。如有问题请随时联系我。

English: Sorry for late. The payment for SW-0421 was done yesterday by bank transfer, GBP 960. Please check.

王芳 Wang Fang
上海明达贸易有限公司 Shanghai Mingda Trading Co., Ltd.
""", Q("reminder", "SW-0421", "£960.00", "2026-11-28", "2026-12-08 09:00", "Dear Accounts Team,"),
  app="foxmail", ui="zh", sp="回复：", fmt="alt", cs="gb18030", cte="base64", amount="960.00", currency="GBP",
  reference="SW-0421",
  note="Written in Chinese with a one-line English summary (language = en, the line a reader can use). GBK, base64. Paid yesterday, GBP 960.")

# 39
M("es", "client-reply-dispute", "jordi", ("Xu Jun", "bazarxu.bcn@gmail.com"), "Europe/Madrid",
  "2026-12-14 17:22", """
Hola Jordi

La tienda online todavía tiene muchos problemas. En el móvil el carrito no funciona, los clientes no pueden pagar, y las fotos salen muy pequeñas. Ya te dije 2 veces por WhatsApp. Cuando todo funciona bien yo pago la factura, ahora no pago.

Xu Jun
Bazar Xu - Carrer de Sant Pau 40
""", Q("reminder", "F2026-60", "2.178,00 €", "2026-12-04", "2026-12-14 09:00", "Buenos días, Xu Jun:"),
  app="iphone", ui="zh", sp="回复：", fmt="alt",
  note="Chinese writer: refuses to pay until the shop works -> dispute.")

# 40
M("en", "client-reply-other", "tom", ("Bruno Almeida", "bruno@cafeserraalta.com.br"), "America/Sao_Paulo",
  "2027-02-01 14:30", """
Hi Tom, how are you?

Thanks for the reminder! Listen, I have some news: we closed the deal with the distributor in Portugal, so we will need the full rebranding also in Portuguese, packaging + website + the trade show stand in Lisbon in April. It's a big project, bigger than the first one. I would like to discuss also the budget and the timeline with you before I present to the board.

Can we have a call on Thursday? For me any time after 10h Brasília is fine (13h for you I think).

About the invoice I asked Juliana from financial to check, she will answer you directly.

Abraço,
Bruno Almeida
Diretor Comercial | Café Serra Alta
www.cafeserraalta.com.br
""", Q("due", "INV-2027-008", "€1,500.00", "2027-02-01", "2027-02-01 08:00", "Dear Bruno Almeida,"),
  app="gmail", ui="pt", sp="Re:", fmt="alt",
  note="Long chatty mail about a new project and a call; the invoice is passed to finance ('she will answer you') -> other, no payment promise.")

# 41
M("it", "client-reply-paid", "davide", ("Elena Dumitrescu", "elena.dumitrescu@gmail.com"), "Europe/Rome",
  "2026-12-16 18:45", """
Buna seara Davide,

o fatto il bonifico giovedi scorso, il 10 dicembre, dalla Intesa. Il CRO e 0306912345678901234567890 (lo copio dalla app). Mi puo confermare se e arrivato? Se no chiamo la banca domani.

Multumesc,
Elena Dumitrescu
""", Q("reminder", "39/2026", "305,00 €", "2026-12-05", "2026-12-16 09:00", "Gentile Elena Dumitrescu,"),
  app="gmail", ui="ro", sp="Re:", fmt="alt",
  note="Romanian writer: 'o fatto' (ho fatto) the transfer on 10 Dec, gives CRO, asks to confirm arrival -> paid (question does not change it).")

# 42
M("es", "client-reply-promise", "jordi", ("Tomasz Kaczmarek", "t.kaczmarek@baltykmeble.pl"), "Europe/Warsaw",
  "2027-01-19 09:05", """
Szanowny Panie Jordi,

Disculpe el retraso. En este momento tenemos problemas de liquidez porque un cliente grande no nos ha pagado. No es problema con su factura, el trabajo fue muy bueno. Pagaremos en dos semanas, más o menos. Gracias por su comprensión.

Pozdrawiam serdecznie / Saludos cordiales
Tomasz Kaczmarek
Prezes Zarządu
Bałtyk Meble sp. z o.o.
Szczecin
""", Q("late_fee", "F2026-62", "1.452,00 €", "2026-12-31", "2027-01-18 09:00", "Estimados señores:", deadline="2027-01-29"),
  app="outlook", ui="pl", sp="ODP:", fmt="alt", cs="utf-8",
  note="Polish writer: cash-flow problem, explicitly not a dispute; 'en dos semanas, más o menos' is vague -> promise without date.")

# 43
M("en", "client-reply-dispute", "tom", ("Lotte Bakker", "lotte@bakkerenzonen.nl"), "Europe/Amsterdam",
  "2026-11-17 10:12", """
Hi Tom,

I think here something went wrong. INV-2026-112 is for the "social media templates, October", but this work was already in INV-2026-105 which we paid on 20 October. It is the same description and the same amount. I think you have billed it double.

Can you check it on your side? If I am wrong please tell me what is the difference.

Met vriendelijke groet,
Lotte Bakker
Office manager | Bakker & Zonen Installatietechniek
""", Q("reminder", "INV-2026-112", "€1,100.00", "2026-11-06", "2026-11-16 09:00", "Dear Accounts Team,"),
  app="outlook", ui="nl", sp="RE:", fmt="alt", reference="INV-2026-112",
  note="Dutch writer: the reminded invoice duplicates one already paid (INV-2026-105) -> dispute (already billed), not paid. Reference = the disputed invoice.")

# 44
M("it", "client-reply-other", "alessandra", ("Samir Benali", "samir.benali@hotmail.fr"), "Europe/Rome",
  "2027-02-03 19:22", """
Salve Alessandra

Prima di pagare devo capire una cosa: nella fattura PDF c'e scritto un IBAN che comincia IT02 L, nella sua mail invece comincia IT60 X. Quale e giusto? Non voglio sbagliare e mandare i soldi a una altra persona, si sente tante truffe.

Grazie
Samir
""", Q("due", "5/2027", "427,00 €", "2027-02-01", "2027-02-03 08:30", "Gentile Samir Benali,"),
  app="samsung", ui="ar", sp="Re:",
  note="Arabic-speaking writer asks which IBAN is right before paying -> other (question, no promise).")

# 45
M("es", "client-reply-paid", "lucia", ("Karim Bouzid", "karim.bouzid@gmail.com"), "Europe/Madrid",
  "2026-12-01 13:05", """
Salam Lucia

ya esta pagado todo, 1.210 euros, mira abajo el papel del banco. perdona el retraso, mi hermano estaba en Marruecos con la tarjeta.

Karim

---------- Forwarded message ---------
De: CaixaBank <notificaciones@caixabank.com>
Date: lun, 30 nov 2026 a las 18:41
Subject: Transferencia realizada
To: <karim.bouzid@gmail.com>

Le informamos de que se ha realizado la siguiente transferencia:

Ordenante: KARIM BOUZID
Beneficiario: LUCIA MARTIN
IBAN beneficiario: ES91 **** **** **** **** 1332
Importe: 1.210,00 EUR
Concepto: FACTURA 2026-046
Fecha de ejecución: 30/11/2026

Este es un mensaje automático, por favor no responda.
""", None, subject="RV: Transferencia realizada", app="gmail", ui="es", fmt="alt", amount="1210.00",
  reference="2026-046",
  note="Moroccan writer forwards his bank's 'transferencia realizada' to Lucía (no thread headers). A client reply, not a bank notice. Reference is in the forwarded receipt he sends.")

# 46
M("en", "client-reply-promise", "sarah", ("Omar Farouk", "omar.farouk@nilehorizon.com.eg"), "Africa/Cairo",
  "2026-11-23 15:50", """
Dear Ms. Sarah,

Good day,

Noted with thanks. Your invoice is under processing with our finance department and the payment will be processed within this week insha'Allah.

We apologize for the inconvenience caused.

Best Regards,
Omar Farouk
Procurement Specialist
Nile Horizon Developments S.A.E.
New Cairo, Egypt
""", Q("reminder", "SW-0415", "£1,875.00", "2026-11-13", "2026-11-23 09:00", "Dear Accounts Team,"),
  app="outlook", ui="en", sp="RE:", fmt="alt",
  note="Egyptian business English. 'payment will be processed within this week' = promise; no specific day stated -> no promised_date.")

# 47
M("it", "client-reply-dispute", "alessandra", ("Willem Smit", "w.smit@smitlandbouw.nl"), "Europe/Amsterdam",
  "2026-11-26 09:40", """
Buongiorno Alessandra,

Ho guardato nella nostra contabilità. La fattura 33/2026 ha la stessa descrizione ("traduzione manuale d'uso modello K4, IT-NL") e lo stesso importo della fattura 9/2026, che abbiamo pagato il 3 ottobre. Secondo noi è la stessa fattura due volte, quindi non la paghiamo un'altra volta.

Se invece è un lavoro diverso, mi dica per favore cosa è cambiato.

Groeten,
Willem Smit
Smit Landbouwmachines B.V. – Deventer
""", Q("reminder", "33/2026", "1.098,00 €", "2026-11-15", "2026-11-25 09:00", "Spett.le Smit Landbouwmachines B.V.,"),
  app="gmail", ui="nl", sp="Re:", fmt="alt", reference="33/2026",
  note="Dutch writer: 33/2026 is a duplicate of 9/2026 (paid) -> dispute (already billed). 'abbiamo pagato' refers to the other invoice.")

# 48
M("es", "client-reply-other", "lucia", ("Jessica Moore", "jess.moore@me.com"), "America/New_York",
  "2027-02-08 15:45", """
Hola Lucía,

Sorry, mi español es muy malo. Quick question antes de pagar: ¿cuál es el IBAN correcto? In December you told me you were changing banks, and the invoice still has the old one. No quiero enviar el dinero al banco equivocado.

Gracias!!
Jess

Sent from my iPhone
""", Q("reminder", "2027-006", "484,00 €", "2027-01-29", "2027-02-08 09:00", "Buenos días, Jessica Moore:"),
  app="iphone", ui="en", sp="Re:", fmt="alt",
  note="Spanglish question about the right IBAN -> other.")

# 49
M("en", "client-reply-paid", "sarah", ("Mihai Georgescu", "mihai.georgescu@gmail.com"), "Europe/Bucharest",
  "2027-01-08 11:20", """
Hello Sarah,

I sent the money this morning, 450 pounds, by Revolut. Please confirm me when you receive it. Sorry for delay, was holidays here until Saint John, 7 january.

Mihai

Trimis de pe Samsung Galaxy
""", Q("due", "SW-0433", "£450.00", "2027-01-06", "2027-01-08 09:00", "Dear Mihai Georgescu,"),
  app="samsung", ui="ro", sp="Re:", amount="450.00", currency="GBP",
  note="Romanian English: sent this morning, 450 pounds -> paid (GBP).")

# 50
M("it", "client-reply-promise", "davide", ("Eva Mulder", "eva@openatelier-utrecht.nl"), "Europe/Amsterdam",
  "2026-12-12 10:15", """
Ciao Davide,

Mi dispiace, hai ragione. In dicembre la nostra fondazione ha sempre pochi soldi, i contributi del comune arrivano in gennaio. Pagheremo entro il 10, promesso. Spero che va bene per te.

Hartelijke groet,
Eva Mulder
Stichting Open Atelier, Utrecht
""", Q("reminder", "43/2026", "671,00 €", "2026-11-30", "2026-12-11 09:00", "Spett.le Stichting Open Atelier,"),
  app="apple", ui="nl", sp="Re:", promised_date="2027-01-10", rule="by:10",
  note="'entro il 10' written on 12 Dec: the 10th has passed this month -> 10 January (the text also says the money arrives in January).")

# 51
M("es", "client-reply-dispute", "lucia", ("Sara Colombo", "amministrazione@colombodesignlab.it"), "Europe/Rome",
  "2026-11-20 17:01", """
Buonasera Lucía,

perdona il mio spagnolo. He visto la factura 2026-045 y hay un problema: tiene el IVA español del 21%, pero nosotros somos una sociedad italiana con partita IVA comunitaria (IT03456780961), entonces la factura debe ser sin IVA, con inversión del sujeto pasivo ("reverse charge"). Non possiamo pagare 968 €, l'importo giusto è 800 €.

Por favor, ¿nos puedes enviar una factura rectificativa? Grazie mille!

Sara Colombo
Ufficio amministrazione
Colombo Design Lab S.r.l. – Monza

Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questo messaggio sono riservate e destinate esclusivamente al destinatario. Se ha ricevuto questa email per errore, la preghiamo di cancellarla e di avvisare il mittente.
""", Q("courtesy", "2026-045", "968,00 €", "2026-11-27", "2026-11-20 09:00", "Estimados señores:", issue="2026-10-28"),
  app="outlook", ui="it", sp="R:", fmt="alt", amount="800.00", reference="2026-045",
  note="Italian writing Spanish with Italian bits: VAT wrongly charged, right amount 800, asks for a corrective invoice -> dispute. Amount = what they accept.")

# 52
M("en", "client-reply-other", "tom", ("Huang Min", "huangmin@hzlighting.com"), "Asia/Shanghai",
  "2027-02-16 08:03", """
Dear Tom,

Well received with thanks.

Best regards
Huang Min
""", Q("courtesy", "INV-2027-011", "€880.00", "2027-02-24", "2027-02-15 09:00", "Dear Accounts Team,", issue="2027-01-25"),
  app="foxmail", ui="zh", sp="回复：", fmt="alt",
  note="'Well received with thanks' = acknowledgement only -> other.")

# 53
M("it", "client-reply-paid", "davide", ("Hassan Kaddouri", "hassan.kaddouri@gmail.com"), "Europe/Rome",
  "2026-11-12 20:10", """
Buonasera Signor Conti

Io non capisco questa mail. La fattura io ho gia pagato tutto in contanti, 700 euro, al suo assistente Luca il giorno del matrimonio di mia figlia, il 24 ottobre, davanti a tutta la famiglia. Luca ha detto che lui da a Lei. Per favore chiede a Luca.

Cordiali saluti
Hassan Kaddouri
""", Q("reminder", "30/2026", "700,00 €", "2026-10-31", "2026-11-12 09:00", "Gentile Hassan Kaddouri,"),
  app="gmail", ui="ar", sp="Rif:", fmt="alt", amount="700.00",
  note="Arabic-speaking writer, indignant tone but no contest of the invoice: says it was paid in cash (700) to the assistant -> paid.")

# 54
M("es", "client-reply-promise", "jordi", ("Claire Bernard", "claire.bernard@amisduvincatalan.fr"), "Europe/Paris",
  "2027-01-28 19:05", """
Bonsoir Jordi,

Perdón, estoy en un salón en Burdeos toda la semana y no tengo el acceso a la cuenta de la asociación. Le pago el lunes sin falta, cuando vuelvo a la oficina.

Cordialmente,
Claire Bernard
Association Les Amis du Vin Catalan – Perpignan
""", Q("due", "F2027-03", "363,00 €", "2027-01-25", "2027-01-27 09:00", "Estimados señores:"),
  app="gmail", ui="fr", sp="Re:", fmt="alt", promised_date="2027-02-01", rule="mon",
  note="French writer ('salón' = salon/trade fair). 'el lunes' from Thu 28 Jan -> Mon 1 Feb 2027.")

# 55
M("en", "client-reply-dispute", "sarah", ("Nicolas Petit", "n.petit@petitfreres.fr"), "Europe/Paris",
  "2026-12-22 10:30", """
Dear Sarah,

I am not agree with the interests and the £70 of recovery costs. The delay is not our fault: your invoice SW-0411 was addressed to our old address in Rouen and with the wrong SIRET number, so our accounting could not register it before I asked you to correct it on 10 December. We pay the invoice of £1,600, but not the penalties.

Best regards,
Nicolas Petit
Gérant – Petit Frères SARL
Le Havre
""", Q("late_fee", "SW-0411", "£1,600.00", "2026-11-20", "2026-12-21 09:00", "Dear Accounts Team,", deadline="2027-01-08",
       fee_text="As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 applies: statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank of England base rate in force when the debt fell due), and a fixed sum of £70.00 is due for the costs of recovering the debt (section 5A).",
       fees=["Invoice SW-0411: £1,600.00", "Interest at 11.75% a year from 21 November 2026 to 21 December 2026 (31 days): £15.97",
             "Fixed sum for recovery costs (section 5A): £70.00", "Total: £1,685.97"]),
  app="outlook", ui="fr", sp="RE :", fmt="alt", cs="iso-8859-1", amount="1600.00", currency="GBP", reference="SW-0411",
  note="French 'I am not agree': refuses interest and the £70, will pay only the invoice amount -> dispute (partial refusal). Amount = what they accept to pay.")

# 56
M("it", "client-reply-promise", "alessandra", ("Agnieszka Lewandowska", "a.lewandowska@poloniatravel.pl"), "Europe/Warsaw",
  "2026-12-17 12:25", """
Gentile Sig.ra Rossi,

grazie per il messaggio. Attualmente la nostra contabile è in malattia e solo lei può fare i bonifici all'estero. Pagheremo la fattura appena ritorna, probabilmente dopo le feste. Mi scusi per il disagio.

Cordiali saluti
Agnieszka Lewandowska
Polonia Travel sp. z o.o. – Wrocław
""", Q("reminder", "45/2026", "1.403,00 €", "2026-12-07", "2026-12-17 09:00", "Spett.le Polonia Travel sp. z o.o.,"),
  app="tb", ui="pl", sp="Odp:", cte="8bit",
  note="Polish writer: will pay when the accountant is back, 'probabilmente dopo le feste' -> promise, vague, no date.")

# 57
M("es", "client-reply-other", "lucia", ("Patrícia Nunes", "patricia.nunes@gmail.com"), "America/Sao_Paulo",
  "2026-11-06 11:30", """
Oi Lucía!

Desculpa, qual factura? Não encontrei nenhuma factura sua no meu email, nem no spam. ¿Es la del logo para la cafetería o la de las tarjetas? Puedes mandarme de novo?

Bjs
Patrícia
""", Q("reminder", "2026-039", "544,50 €", "2026-10-27", "2026-11-06 09:00", "Buenos días, Patrícia Nunes:"),
  app="gmail", ui="pt", sp="Re:", fmt="alt",
  note="Portuñol: which invoice? please resend -> other.")

# 58
M("en", "client-reply-promise", "tom", ("Gustavo Ribeiro", "financeiro@verdemarturismo.com.br"), "America/Sao_Paulo",
  "2026-11-27 17:40", """
Hi Tom, good afternoon.

I'm sorry for the delay. Here the company pays international suppliers only one time per month, always on the day 5, because of the exchange contract with the bank. So we're going to pay your invoice on the 5th, I already included it in the list.

Best regards,
Gustavo Ribeiro
Financeiro | Verde Mar Turismo Ltda.
Florianópolis – SC
""", Q("reminder", "INV-2026-121", "€2,750.00", "2026-11-17", "2026-11-27 09:00", "Dear Accounts Team,"),
  app="outlook", ui="pt", sp="RES:", fmt="alt", promised_date="2026-12-05", rule="by:5",
  note="Brazilian English: 'on the 5th' written 27 Nov -> 5 December.")

# 59
M("it", "client-reply-other", "davide", ("Isabelle Roux", "i.roux@chateauroux-vins.fr"), "Europe/Paris",
  "2027-01-20 16:10", """
Bonjour Davide,

Grazie per il messaggio. Inoltro la sua mail al nostro servizio contabilità (in copia), sono loro che si occupano dei pagamenti. Chère Nathalie, peux-tu vérifier la facture de Davide pour le reportage photo des vendanges ? Merci !

Le foto sono piaciute molto a tutti, le abbiamo già messe sul sito.

Bien cordialement,
Isabelle Roux
Responsable communication
Château Roux – Vignobles depuis 1892
33330 Saint-Émilion
""", Q("reminder", "46/2026", "2.440,00 €", "2027-01-10", "2027-01-20 09:00", "Spett.le Château Roux,"),
  app="outlook", ui="fr", sp="RE :", fmt="html", cc="Nathalie Bonnet <compta@chateauroux-vins.fr>",
  note="French writer, Italian then a French line to the colleague in cc: forwarded to accounts -> other. HTML-only Outlook.")

# 60
M("es", "client-reply-paid", "jordi", ("Bram Hendriks", "crediteuren@hendriksfietsen.nl"), "Europe/Amsterdam",
  "2026-12-23 09:20", """
Hola Jordi,

Gracias por tu mensaje. Tu factura F2026-63 ha sido pagada en nuestra ronda de pagos de ayer, el 22 de diciembre. Normalmente llega en uno o dos días laborales.

¡Feliz Navidad!

Met vriendelijke groet,
Bram Hendriks
Crediteurenadministratie
Hendriks Fietsen B.V. | Zwolle
""", Q("reminder", "F2026-63", "847,00 €", "2026-12-12", "2026-12-22 09:00", "Estimados señores:"),
  app="outlook", ui="nl", sp="RE:", fmt="alt", reference="F2026-63",
  note="Dutch accounts clerk: 'pagada en nuestra ronda de pagos de ayer' (betaalrun) -> paid.")

# 61
M("en", "client-reply-promise", "tom", ("Cristina Stan", "cristina.stan.brutaria@gmail.com"), "Europe/Bucharest",
  "2027-02-12 20:15", """
Hello Tom,

i am very sorry, i know is late. i will make the payment on monday, i promise, my salary comes on monday morning. the logo is beautiful, my bakery clients love it!!

Cristina
""", Q("reminder", "INV-2027-004", "€390.00", "2027-02-02", "2027-02-12 09:00", "Dear Cristina Stan,"),
  app="gmail", ui="ro", sp="Re:", quote=False, fmt="alt", promised_date="2027-02-15", rule="mon",
  note="Romanian writer, no capitals. 'on monday' written Fri 12 Feb -> Mon 15 Feb.")

# 62
M("es", "client-reply-dispute", "lucia", ("Ewa Wójcik", "e.wojcik@vistulafoods.pl"), "Europe/Warsaw",
  "2026-11-13 14:55", """
Buenos días Sra. Martín,

No entiendo esta factura. El proyecto del folleto fue cancelado por nosotros en septiembre, le escribí el correo del 18 de septiembre y usted contestó "entendido". Usted no hizo ningún trabajo después de esta fecha, solamente el primer borrador, y este no fue aceptado. Por eso no vamos a pagar la factura 2026-040.

Saludos
Ewa Wójcik
Dział Marketingu
Vistula Foods S.A.
""", Q("reminder", "2026-040", "1.452,00 €", "2026-11-03", "2026-11-13 09:00", "Estimados señores:"),
  app="outlook", ui="pl", sp="ODP:", fmt="alt", cs="utf-8", reference="2026-040",
  note="Polish writer: project cancelled, refuses to pay -> dispute.")

# 63
M("it", "client-reply-other", "alessandra", ("Vasile Moldovan", "office@moldovancostruzioni.it"), "Europe/Rome",
  "2026-12-15 09:30", """
Buongiorno Signora Rossi,

La ringrazio per il promemoria. Le comunico che dal 1 dicembre la nostra ditta ha cambiato la sede legale, adesso siamo a Verona, Via Mantova 12, 37135. La fattura 47/2026 è ancora con l'indirizzo vecchio di Vicenza e il nostro commercialista dice che deve essere riemessa con la nuova sede, altrimenti non la può registrare.
Può gentilmente rifare la fattura con il nuovo indirizzo? La partita IVA è la stessa.

Distinti saluti
Vasile Moldovan
Moldovan Costruzioni S.r.l.
""", Q("courtesy", "47/2026", "976,00 €", "2026-12-24", "2026-12-14 09:00", "Spett.le Moldovan Costruzioni S.r.l.,", issue="2026-11-24"),
  app="outlook", ui="ro", sp="RE:", fmt="alt", reference="47/2026",
  note="Romanian writer: re-issue with the new registered address (administrative, no contest of amount or work) -> other.")

# 64
M("en", "client-reply-paid", "tom", ("Jürgen Schulz", "j.schulz@schulz-elektro.de"), "Europe/Berlin",
  "2026-11-05 14:44", """
Dear Mr. Byrne,

I have payed the invoice INV-2026-109 yesterday. Please excuse the delay, the invoice was laying on the desk of my colleague who was sick since two weeks.

Best regards
Jürgen Schulz
Schulz Elektrotechnik e.K.
Bahnhofstr. 3, 90402 Nürnberg
""", Q("reminder", "INV-2026-109", "€1,340.00", "2026-10-26", "2026-11-05 09:00", "Dear Jürgen Schulz,"),
  app="tb", ui="de", sp="AW:", cs="iso-8859-1", cte="8bit", reference="INV-2026-109",
  note="German English: 'I have payed ... yesterday' -> paid.")

# 65
M("es", "client-reply-promise", "jordi", ("Nadia Haddad", "nadia@restaurantebeirut.es"), "Europe/Madrid",
  "2026-12-18 14:10", """
Hola Jordi

Perdona el retraso, diciembre fue un mes muy malo para el restaurante. Hemos pedido un préstamo al banco y nos lo dan el 10 de enero. Ese mismo día te pagamos la factura, te doy mi palabra.

Nadia Haddad
Restaurante Beirut – Valencia
""", Q("reminder", "F2026-61", "1.694,00 €", "2026-12-08", "2026-12-18 09:00", "Buenos días, Nadia Haddad:"),
  app="samsung", ui="ar", sp="Re:", promised_date="2027-01-10", rule="abs:2027-01-10",
  note="Lebanese writer: loan arrives 10 January, 'ese mismo día te pagamos' -> promise for 2027-01-10.")

# 66
M("it", "client-reply-dispute", "alessandra", ("Zhao Lei", "zhaolei@yuanda-textile.cn"), "Asia/Shanghai",
  "2027-01-27 10:00", """
Gentile Signora Rossi,

Grazie per la sua e-mail. Per quanto riguarda la fattura 3/2027, il prezzo non è coerente con il preventivo. Il preventivo che lei ha inviato il 5 dicembre era 1500 euro IVA inclusa, ma la fattura è 1500 euro più IVA, in totale 1830 euro. La differenza di 330 euro non può essere accettata dalla nostra azienda.

Si prega di riemettere la fattura secondo il preventivo. Dopo aver ricevuto la fattura corretta, organizzeremo immediatamente il pagamento.

Cordiali saluti
Zhao Lei
Dipartimento Acquisti
Suzhou Yuanda Tessile Co., Ltd.
""", Q("reminder", "3/2027", "1.830,00 €", "2027-01-16", "2027-01-26 09:00", "Spett.le Suzhou Yuanda Tessile Co., Ltd.,"),
  app="foxmail", ui="zh", sp="回复：", fmt="alt", cte="base64", reference="3/2027",
  note="Machine-translated from Chinese: price not as quoted (VAT included vs added) -> dispute; payment only after a corrected invoice.")

# 67
M("en", "client-reply-other", "tom", ("Magdalena Kowalczyk", "ap@mazuryyachts.pl"), "Europe/Warsaw",
  "2027-01-05 09:15", """
Hello,

I can not find the invoice INV-2026-140 in our system. Which order is it about? In December we have received from you only INV-2026-136 for the banner, which is paid already. Please send me a copy of the invoice and the order number, then I will check.

Regards,
Magdalena Kowalczyk
Accounts Payable
Mazury Yachts S.A.
""", Q("due", "INV-2026-140", "€720.00", "2026-12-31", "2027-01-04 09:00", "Dear Accounts Team,"),
  app="outlook", ui="en", sp="RE:", fmt="alt", reference="INV-2026-140",
  note="Polish AP clerk: cannot find the reminded invoice, asks for a copy. The 'paid already' is about a different invoice (136) -> other.")

# 68
M("it", "client-reply-promise", "davide", ("陈晓玲 Chen Xiaoling", "chenxl.moda@qq.com"), "Europe/Rome",
  "2027-02-10 18:30", """
Davide ciao
scusa, adesso è capodanno cinese, negozio chiuso, mio marito in Cina. Lunedì io faccio bonifico, ok?
Grazie 🧧

Chen
发自我的iPhone
""", Q("due", "6/2027", "244,00 €", "2027-02-08", "2027-02-10 08:30", "Gentile Chen Xiaoling,"),
  app="iphone", ui="zh", sp="回复：", fmt="alt", promised_date="2027-02-15", rule="mon",
  note="Chinese writer: 'Lunedì io faccio bonifico' written Wed 10 Feb -> Mon 15 Feb.")

# 69
M("es", "client-reply-paid", "lucia", ("Petra Wagner", "buchhaltung@donaupharma.at"), "Europe/Vienna",
  "2026-12-10 15:25", """
Sehr geehrte Frau Martín,

le adjunto el comprobante de la transferencia (Zahlungsbestätigung) de la Erste Bank. La transferencia de 2.057,00 € fue ejecutada el 2 de diciembre con la referencia "2026-049".

He visto ahora que hemos utilizado el IBAN que termina en 1332, este es el correcto según su mensaje. Por favor, ¿puede verificar otra vez con su banco?

Mit freundlichen Grüßen
Petra Wagner
Buchhaltung
Donau Pharma Handels GmbH, Linz
""", Q("paid_claim_followup", "2026-049", "2.057,00 €", "2026-11-30", "2026-12-10 09:00", "Estimados señores:", claim="2026-12-03"),
  app="outlook", ui="de", sp="AW:", fmt="alt", cs="iso-8859-1", amount="2057.00", reference="2026-049",
  attach=[("Zahlungsbestaetigung_2026-049.pdf", "pdf", "Erste Bank - Zahlungsbestaetigung EUR 2.057,00 - LUCIA MARTIN - 2026-049")],
  note="Reply to 'payment not yet received': Austrian writer sends the transfer confirmation of 2 Dec and asks to check again -> paid.")

# 70
M("en", "client-reply-dispute", "sarah", ("Rania Saleh", "rania.saleh@petradigital.jo"), "Asia/Amman",
  "2027-02-02 11:40", """
Dear Sarah,

I was surprised to receive this final notice. As I explained to you in my email of 12 January, we still did not receive the final versions of the Arabic-English website copy. You delivered only the first draft for 6 pages out of 10, and our comments from 20 December were never applied.

According to our agreement, the invoice is payable after the delivery of the final texts. Once we receive them, we will process the payment directly. Until then, we kindly ask you to put this invoice on hold.

Best regards,
Rania Saleh
Marketing Director
Petra Digital LLC
Amman, Jordan
""", Q("final", "SW-0428", "£2,100.00", "2026-12-31", "2027-02-01 09:00", "Dear Accounts Team,", issue="2026-12-01",
       deadline="2027-02-15", client="Petra Digital LLC", formal_greet="Dear Sir or Madam,", formal_close="Yours faithfully,"),
  app="outlook", ui="en", sp="RE:", fmt="alt",
  note="Jordanian writer replying to the final notice: work not delivered, invoice on hold until final texts -> dispute.")

# 71
M("it", "client-reply-promise", "alessandra", ("Andreas Koch", "a.koch@koch-feinkost.de"), "Europe/Berlin",
  "2026-12-30 10:40", """
Gentile Alessandra,

grazie per il Suo promemoria. Ho controllato con la nostra contabilità: la fattura 48/2026 è stata approvata e sarà pagata con il prossimo giro di pagamenti, cioè il 15 gennaio. Purtroppo tra Natale e Capodanno non facciamo bonifici.

Buon anno e cordiali saluti
Andreas Koch
Koch Feinkost GmbH
Viktualienmarkt 7, 80331 München
""", Q("reminder", "48/2026", "1.220,00 €", "2026-12-20", "2026-12-30 09:00", "Spett.le Koch Feinkost GmbH,"),
  app="outlook", ui="de", sp="AW:", fmt="alt", cs="iso-8859-1", reference="48/2026",
  promised_date="2027-01-15", rule="abs:2027-01-15",
  note="German writer: next payment run on 15 January -> promise.")

# 72
M("es", "client-reply-other", "jordi", ("Youssef Tazi", "y.tazi@tangermedlog.ma"), "Africa/Casablanca",
  "2026-11-19 12:05", """
Bonjour Jordi

Mi gestor pregunta si la factura F2026-57 es con IVA o sin IVA, porque nuestra empresa esta en Marruecos (Tanger) y no tenemos NIF español. En la factura pone 21% IVA. Es correcto así?

Gracias
Youssef Tazi
Tanger Med Logistique SARL
""", Q("courtesy", "F2026-57", "605,00 €", "2026-11-29", "2026-11-18 09:00", "Estimados señores:", issue="2026-10-30"),
  app="gmail", ui="fr", sp="Re:", fmt="alt", reference="F2026-57",
  note="Moroccan writer asks whether the 21% VAT is correct -> a question, not a claim that it is wrong -> other.")

# 73
M("en", "client-reply-paid", "sarah", ("Koen van Leeuwen", "koen@vanleeuwen-design.nl"), "Europe/Amsterdam",
  "2026-11-26 13:20", """
Hi Sarah,

This is already done since last week, on Thursday I think. Let me check it in the bank... yes, Thursday 19 November, £640,00 to your Natwest account.

Groetjes,
Koen
""", Q("reminder", "SW-0416", "£640.00", "2026-11-16", "2026-11-26 09:00", "Dear Koen van Leeuwen,"),
  app="gmail", ui="nl", sp="Re:", fmt="alt", amount="640.00", currency="GBP",
  note="Dutch 'al gedaan sinds vorige week' -> 'already done since last week' = paid on 19 Nov, £640 (comma decimal).")

# 74
M("it", "client-reply-paid", "alessandra", ("胡静 Hu Jing", "hujing.prato@gmail.com"), "Europe/Rome",
  "2027-02-15 19:02", """
Pagato. Guarda foto

发自我的iPhone
""", Q("reminder", "4/2027", "366,00 €", "2027-02-05", "2027-02-15 09:00", "Gentile Hu Jing,"),
  app="iphone", ui="zh", sp="回复：", fmt="alt", attach=[("IMG_3381.jpeg", "jpg")],
  note="Chinese writer: two words and a photo of the bank screen -> paid.")

# 75
M("es", "client-reply-promise", "lucia", ("Daniela Popa", "daniela.popa85@gmail.com"), "Europe/Madrid",
  "2027-01-22 08:30", """
Buenos dias Lucía

Lo siento mucho por el retraso. No puedo pagar antes del 5 de febrero, este mes tuve muchos gastos con el coche y la escuela de los niños. El 5 cobro la nómina y te hago la transferencia el mismo día.

Un saludo
Daniela

Trimis de pe Samsung Galaxy
""", Q("late_fee", "2026-059", "726,00 €", "2026-12-30", "2027-01-21 09:00", "Buenos días, Daniela Popa:", deadline="2027-02-01"),
  app="samsung", ui="ro", sp="Re:", promised_date="2027-02-05", rule="abs:2027-02-05",
  note="Romanian writer in Spain (phone in Romanian). 'No puedo pagar antes del 5 de febrero' + pays that day -> 2027-02-05.")

# 76
M("en", "client-reply-other", "sarah", ("Alina Radu", "alina.radu@danubesoftware.ro"), "Europe/Bucharest",
  "2027-01-13 12:10", """
Hello Sarah,

I am not anymore working in Danube Software since 31 December, this is my last week for the handover. For invoices please write to my colleague Bogdan Marin, bogdan.marin@danubesoftware.ro, he is the new responsible for the marketing budget. I put him in copy.

It was a pleasure to work with you!
Alina
""", Q("reminder", "SW-0429", "£1,020.00", "2027-01-03", "2027-01-13 09:00", "Dear Alina Radu,"),
  app="outlook", ui="ro", sp="RE:", fmt="alt", cc="Bogdan Marin <bogdan.marin@danubesoftware.ro>",
  note="Human reply (not an auto-reply): leaving the company, redirects to a colleague in cc -> other.")

# 77
M("it", "client-reply-dispute", "alessandra", ("Florin Stoica", "florin@stoicaimpianti.it"), "Europe/Rome",
  "2026-12-02 17:30", """
Buna ziua Alessandra,

Vi scrivo per la fattura 37/2026. Come sa, il logo non è ancora finito: abbiamo chiesto le modifiche ai colori e al font già due volte e non abbiamo ricevuto la versione definitiva. Il manuale del marchio, che era nel preventivo, non l'abbiamo ancora visto.

Per questo vi propongo: pago adesso la metà, 732 euro, e l'altra metà quando il lavoro è finito come concordato. Spero che capite.

Distinti saluti
Florin Stoica
Stoica Impianti S.r.l. – Treviso
""", Q("reminder", "37/2026", "1.464,00 €", "2026-11-22", "2026-12-02 09:00", "Spett.le Stoica Impianti S.r.l.,"),
  app="gmail", ui="ro", sp="Re:", fmt="alt", amount="732.00", reference="37/2026",
  note="Romanian writer mixing 'Lei' and 'voi': work unfinished, pays half now and the rest when finished -> dispute. Amount = the half offered.")

# 78
M("es", "client-reply-paid", "lucia", ("Camille Fournier", "camille@atelierfournier.fr"), "Europe/Paris",
  "2027-02-02 14:35", """
Hola Lucía,

He reglado la factura 2027-002 el viernes pasado por transferencia. Normalmente está en su cuenta hoy o mañana. Si no la ve, dígame y contacto el banco.

Cordialmente
Camille Fournier
Atelier Fournier - Bayonne
""", Q("reminder", "2027-002", "968,00 €", "2027-01-23", "2027-02-02 09:00", "Buenos días, Camille Fournier:"),
  app="tb", ui="fr", sp="Re:", cs="iso-8859-15", cte="quoted-printable", reference="2027-002",
  note="French false friend 'he reglado' (j'ai réglé) = I paid, last Friday.")

# 79
M("en", "client-reply-other", "tom", ("Maarten Dijkstra", "maarten@dijkstrawatersport.nl"), "Europe/Amsterdam",
  "2026-11-20 11:11", """
Hoi Tom,

Bedankt voor je bericht. Ik heb de factuur doorgestuurd naar onze financiële afdeling, zij regelen de betalingen. Als er vragen zijn nemen zij contact met je op.

(English: I forwarded your invoice to our finance department, they will contact you if there are questions.)

Groet,
Maarten Dijkstra
Dijkstra Watersport | Sneek
""", Q("due", "INV-2026-115", "€1,260.00", "2026-11-18", "2026-11-20 09:00", "Dear Maarten Dijkstra,"),
  app="outlook", ui="nl", sp="RE:", fmt="alt",
  note="Dutch text with a one-line English summary (language en): forwarded to finance -> other.")

# 80
M("it", "client-reply-promise", "davide", ("Bartosz Mazur", "bartosz@mazurfilm.pl"), "Europe/Warsaw",
  "2027-02-08 11:20", """
Buongiorno Davide,

mi dispiace per il ritardo. Purtroppo non possiamo pagare prima del 28, il nostro cliente in Germania ci paga il 25 e prima non abbiamo liquidità. Il 28 senza problemi.

Saluti
Bartosz Mazur
Mazur Film Production
Łódź
""", Q("reminder", "1/2027", "1.586,00 €", "2027-01-29", "2027-02-08 09:00", "Spett.le Mazur Film Production,"),
  app="gmail", ui="pl", sp="Re:", fmt="alt", promised_date="2027-02-28", rule="by:28",
  note="'non possiamo pagare prima del 28 ... Il 28 senza problemi' written 8 Feb -> 2027-02-28.")

# 81
M("es", "client-reply-dispute", "lucia", ("Aurélie Blanc", "a.blanc@blancetfils.fr"), "Europe/Paris",
  "2026-12-21 11:50", """
Buenos días Lucía,

Hay un error en la factura 2026-053: el anticipo del 30% (1.089 €) que pagamos en septiembre no está descontado. El total que queda por pagar es entonces 2.541 € y no 3.630 €.

¿Puede enviarnos una factura rectificativa, o una nota de abono por el anticipo? Sin esto nuestro contable no puede pagar.

Bien cordialement,
Aurélie Blanc
Responsable administrative
Blanc & Fils Cosmétiques – Grasse
""", Q("reminder", "2026-053", "3.630,00 €", "2026-12-11", "2026-12-21 09:00", "Estimados señores:"),
  app="outlook", ui="fr", sp="RE :", fmt="alt", cs="windows-1252", amount="2541.00", reference="2026-053",
  note="French writer: deposit not deducted, wrong amount, asks for a credit note -> dispute. Amount = the balance they accept.")

# 82
M("en", "client-reply-promise", "tom", ("Ursula Becker", "u.becker@becker-fahrzeugteile.de"), "Europe/Berlin",
  "2026-12-22 09:30", """
Sehr geehrter Herr Byrne,

vielen Dank für Ihre Erinnerung. Leider ist unsere Buchhaltung vom 23.12. bis 10.01. geschlossen, und die Rechnung wurde vor der Schließung nicht mehr freigegeben. Wir werden den Betrag am 15. Januar überweisen. Wir bitten um Ihr Verständnis.

In short: we will transfer the amount on 15 January.

Mit freundlichen Grüßen
Ursula Becker
Becker Fahrzeugteile GmbH
Bremen
""", Q("reminder", "INV-2026-133", "€1,980.00", "2026-12-11", "2026-12-21 09:00", "Dear Accounts Team,"),
  app="outlook", ui="de", sp="AW:", fmt="alt", cs="iso-8859-1", promised_date="2027-01-15", rule="abs:2027-01-15",
  note="Written in German with a one-line English summary (language en): transfer on 15 January -> promise.")

# 83
M("it", "client-reply-other", "alessandra", ("Frank Zimmermann", "frank.zimmermann@zim-audio.de"), "Europe/Berlin",
  "2026-11-30 15:12", """
Ciao Alessandra,

grazie per il promemoria. La fattura è ancora in approvazione dal nostro responsabile di reparto, lui è in viaggio questa settimana. Ti faccio sapere appena è approvata.

Schöne Grüße
Frank
""", Q("due", "36/2026", "610,00 €", "2026-11-30", "2026-11-30 08:00", "Gentile Frank Zimmermann,"),
  app="gmail", ui="de", sp="Re:", fmt="alt",
  note="German writer: invoice still awaiting internal approval, 'ti faccio sapere' -> other (no commitment to pay, no claim).")

# 84
M("en", "client-reply-dispute", "tom", ("Krzysztof Nowicki", "k.nowicki@bursztynsklep.pl"), "Europe/Warsaw",
  "2027-02-10 16:45", """
Hi Tom,

I understand you need the money, but the web shop is still not working correctly: the payment module gives error for PayU, and the English version shows Polish prices. We reported this on 22 January and 3 February.

We will pay 1000 EUR now as a good will, and the rest (2100 EUR) after you fix the bugs. I hope this is fair for both.

Regards,
Krzysztof Nowicki
CTO, Bursztyn Sklep sp. z o.o.
""", Q("late_fee", "INV-2027-002", "€3,100.00", "2027-01-20", "2027-02-10 09:00", "Dear Accounts Team,", deadline="2027-02-20"),
  app="tb", ui="pl", sp="Re:", cte="8bit", amount="1000.00",
  note="Polish writer: partial payment now, the rest withheld until bugs are fixed -> dispute. Amount = the 1000 they will pay.")

# 85
M("es", "client-reply-paid", "lucia", ("张丽 Zhang Li", "zhangli.fruteria@gmail.com"), "Europe/Madrid",
  "2026-12-16 21:40", """
Hola Lucía
yo ya pagar por Bizum ayer 350 euros. tu mira movil
gracias guapa

发自我的iPhone
""", Q("due", "2026-054", "350,00 €", "2026-12-14", "2026-12-16 09:00", "Buenos días, Zhang Li:"),
  app="iphone", ui="zh", sp="回复：", quote=False, amount="350.00",
  note="Chinese shopkeeper's Spanish: 'yo ya pagar por Bizum ayer 350 euros' -> paid, 350.")

# 86
M("it", "client-reply-other", "davide", ("Wu Hao", "giardinodigiada.bo@gmail.com"), "Europe/Rome",
  "2027-02-17 10:50", """
Ricevuto, grazie Davide. Passo a mio commercialista che fa i pagamenti.

Wu Hao
Ristorante Giardino di Giada – Bologna
""", Q("courtesy", "7/2027", "488,00 €", "2027-02-27", "2027-02-17 09:00", "Spett.le Ristorante Giardino di Giada,", issue="2027-01-28"),
  app="gmail", ui="zh", sp="Re:", fmt="alt",
  note="Received, passed to the accountant -> other.")

# 87
M("en", "client-reply-promise", "sarah", ("Renata Carvalho", "contasapagar@grupolitoral.com.br"), "America/Sao_Paulo",
  "2027-02-03 15:20", """
Good afternoon,

We inform that the payment of the invoice SW-0435 is scheduled for the day 12/02, according to the payment calendar of the company. We ask for your understanding regarding the delay.

We remain at your disposal for any clarification.

Att.,
Renata Carvalho
Contas a Pagar
Grupo Litoral Alimentos S.A.
""", Q("reminder", "SW-0435", "£1,380.00", "2027-01-24", "2027-02-03 09:00", "Dear Accounts Team,"),
  app="outlook", ui="pt", sp="RES:", fmt="alt", reference="SW-0435", promised_date="2027-02-12", rule="abs:2027-02-12",
  note="Translated Portuguese ('scheduled for the day 12/02'): Brazilian DD/MM -> 12 February 2027.")

# 88
M("es", "client-reply-other", "jordi", ("Matteo Ricci", "matteo.ricci@appventura.it"), "Europe/Rome",
  "2027-01-25 19:40", """
Ciao Jordi!

Ti chiamo domani mattina per la factura y también para el nuevo proyecto de la app, tengo algunas dudas sobre el presupuesto. ¿A las 10 va bene?

Matteo

Inviato da iPhone
""", Q("reminder", "F2027-01", "1.210,00 €", "2027-01-15", "2027-01-25 09:00", "Estimados señores:"),
  app="iphone", ui="it", sp="R:", fmt="alt",
  note="Italian-Spanish mix: will call tomorrow about the invoice and a new project -> other.")

# 89
M("it", "client-reply-paid", "alessandra", ("Martín Gómez", "martin.gomez@pampadigital.com.ar"), "Europe/Rome",
  "2026-11-27 13:10", """
Ciao Alessandra, come stai?

Ti dico che ho già fatto la trasferenza il lunedì, dal conto della società. Forse non è ancora arrivata perché il nostro banco è in Argentina, ci mette sempre più giorni. Ti mando il comprobante appena me lo danno.

Un abbraccio,
Martín
""", Q("reminder", "32/2026", "915,00 €", "2026-11-17", "2026-11-27 09:00", "Spett.le Pampa Digital S.A.,"),
  app="gmail", ui="es", sp="RE:", fmt="alt",
  note="Argentine writing Italian with Spanish words ('trasferenza', 'banco', 'comprobante'): transfer made on Monday -> paid.")

# 90
M("es", "client-reply-promise", "jordi", ("Montse Ferrer", "montse@ceramiquesferrer.cat"), "Europe/Madrid",
  "2026-11-09 21:05", """
Hola Jordi!

Ostres, perdona, se me había pasado completamente, amb la fira no he parat. Demà mateix te hago la transferencia, eh? I gràcies per la paciència.

Una abraçada,
Montse
Ceràmiques Ferrer · La Bisbal d'Empordà
""", Q("reminder", "F2026-50", "484,00 €", "2026-10-30", "2026-11-09 09:00", "Buenos días, Montse Ferrer:"),
  app="gmail", ui="es", sp="Re:", fmt="alt", promised_date="2026-11-10", rule="tomorrow",
  note="Spanish with Catalan: 'Demà mateix' (tomorrow) written Mon 9 Nov -> 2026-11-10.")

# 91
M("en", "client-reply-dispute", "sarah", ("Radu Constantin", "radu.constantin@carpatioutdoor.ro"), "Europe/Bucharest",
  "2026-12-02 10:25", """
Hello Sarah,

There is a mistake in the invoice SW-0420. In our agreement from October the price was 1,700 EUR, not 1,700 GBP. With the actual exchange rate this is almost 300 euro more for us, we cannot accept it. Please send a new invoice in EUR with the amount we agreed.

Thank you,
Radu Constantin
Marketing Manager
Carpați Outdoor S.R.L.
""", Q("courtesy", "SW-0420", "£1,700.00", "2026-12-09", "2026-12-01 09:00", "Dear Accounts Team,", issue="2026-11-09"),
  app="outlook", ui="ro", sp="RE:", fmt="alt", reference="SW-0420",
  note="Romanian 'actual' = current. Invoice in GBP instead of agreed EUR -> dispute.")

# 92
M("it", "client-reply-paid", "alessandra", ("Birgit Hahn", "kreditoren@hahn-verpackungen.de"), "Europe/Berlin",
  "2027-01-12 14:00", """
Sehr geehrte Frau Rossi,

con la presente Vi comunichiamo che la fattura n. 23/2026 è stata saldata con valuta 12.01.2027.

Importo: 2.440,00 EUR
Banca: Commerzbank AG
Riferimento: 23/2026 Rossi

Restiamo a disposizione per eventuali chiarimenti.

Mit freundlichen Grüßen / Distinti saluti

i.A. Birgit Hahn
Kreditorenbuchhaltung
Hahn Verpackungen GmbH & Co. KG
""", Q("reminder", "23/2026", "2.440,00 €", "2026-12-15", "2027-01-08 09:00", "Spett.le Hahn Verpackungen GmbH & Co. KG,"),
  app="outlook", ui="de", sp="AW:", fmt="alt", cs="iso-8859-1", amount="2440.00", reference="23/2026",
  note="German accounts payable: 'saldata con valuta 12.01.2027' (Wertstellung) -> paid, value date today.")

# 93
M("en", "client-reply-other", "tom", ("Faisal Al-Qahtani", "procurement@alnakheelevents.sa"), "Asia/Riyadh",
  "2026-11-18 12:30", """
Dear Mr. Tom,

Greetings,

Kindly note that your company is not yet registered in our vendor system, so the finance department cannot process the payment of the invoice. Please send us the following documents at your earliest:

1. Company registration certificate / trade license
2. Bank letter with IBAN (stamped)
3. VAT certificate
4. The invoice with our PO number (PO-2026-0871)

Once received, we will complete the registration.

Best regards,
Faisal Al-Qahtani
Procurement Department
Al Nakheel Events Co.
Riyadh, Kingdom of Saudi Arabia
""", Q("reminder", "INV-2026-117", "€4,500.00", "2026-11-08", "2026-11-18 09:00", "Dear Accounts Team,"),
  app="outlook", ui="en", sp="RE:", fmt="html",
  note="Saudi procurement: vendor registration documents and PO number needed -> other. HTML-only.")

# 94
M("es", "client-reply-paid", "jordi", ("Ionuț Matei", "ionut.matei@gmail.com"), "Europe/Madrid",
  "2027-02-17 18:22", """
Buenas tardes Jordi,

Disculpa, ya he efectuado el pago hoy por la tarde. Mi banco dice que llega en 2 días hábiles.

Saludos,
Ionuț Matei
""", Q("reminder", "F2027-05", "544,50 €", "2027-02-07", "2027-02-17 09:00", "Buenos días, Ionuț Matei:"),
  app="gmail", ui="ro", sp="Re:", fmt="alt",
  note="Romanian writer: payment made this afternoon -> paid.")

# 95
M("it", "client-reply-dispute", "alessandra", ("Leonardo Pereira", "leonardo@pereiralima.com.br"), "America/Sao_Paulo",
  "2027-02-22 14:00", """
Oi Alessandra,

Conversei com a equipe e não concordamos com as horas da fatura: no orçamento eram 20 horas de desenvolvimento e vocês cobraram 34. Ninguém aprovou essas horas extras.

In italiano: non siamo d'accordo con le 34 ore fatturate, il preventivo era di 20 ore. Per favore rifai la fattura.

Abraço,
Leonardo Pereira
Pereira & Lima Consultoria – Curitiba
""", Q("reminder", "8/2027", "2.074,00 €", "2027-02-12", "2027-02-22 09:00", "Spett.le Pereira & Lima Consultoria,"),
  app="gmail", ui="pt", sp="Re:", fmt="alt",
  note="Portuguese paragraph plus an Italian summary line: hours billed (34) above the quote (20) -> dispute.")

# 96
M("es", "client-reply-other", "lucia", ("Femke de Wit", "femke@dewitvinos.es"), "Europe/Madrid",
  "2026-11-23 16:00", """
Hola Lucía,

Gracias por avisar. Yo no llevo los pagos, reenvío tu mensaje a Marta de administración (en copia).

Marta, ¿puedes mirar si la factura 2026-043 de Lucía está en el sistema? Ella dice que no está pagada todavía. Bedankt!

Saludos,
Femke de Wit
De Wit Vinos Importación S.L. – Jerez
""", Q("reminder", "2026-043", "1.815,00 €", "2026-11-13", "2026-11-23 09:00", "Estimados señores:"),
  app="outlook", ui="nl", sp="RE:", fmt="alt", cc="Marta Gil <administracion@dewitvinos.es>", reference="2026-043",
  note="Dutch writer in Jerez forwards to the administration colleague in cc -> other.")

# 97
M("en", "client-reply-promise", "tom", ("Sun Qiang", "sunqiang@bluewave-outdoor.com"), "Asia/Shanghai",
  "2027-02-10 09:45", """
Dear Tom,

So sorry for the late reply, we just come back from Spring Festival holiday. I have checked with our finance, they will pay your invoice before end of this month. Thanks for your patience.

Best regards
Sun Qiang
Xiamen Bluewave Outdoor Products Co., Ltd.
""", Q("reminder", "INV-2027-005", "€1,650.00", "2027-01-30", "2027-02-09 09:00", "Dear Accounts Team,"),
  app="foxmail", ui="zh", sp="回复：", fmt="alt", cte="base64", promised_date="2027-02-28", rule="eom",
  note="Chinese English: 'before end of this month' -> by 2027-02-28.")

# 98
M("es", "client-reply-dispute", "lucia", ("Khadija Amrani", "khadija@banoszahara.es"), "Europe/Madrid",
  "2026-12-14 20:15", """
Buenas tardes Lucía

Hoy mismo te pago la factura, los 847 euros, pero los 40 euros del recargo no los voy a pagar. Siempre hemos trabajado bien y un retraso de dos semanas no es para poner multas, creo.

Khadija
Baños Árabes Zahara – Córdoba
""", Q("late_fee", "2026-050", "847,00 €", "2026-11-25", "2026-12-14 09:00", "Estimados señores:", deadline="2026-12-23",
       total="887,00 €", fees=["Factura 2026-050: 847,00 €", "Indemnización por costes de cobro (art. 8 Ley 3/2004): 40,00 €", "Total: 887,00 €"]),
  app="gmail", ui="ar", sp="Re:", fmt="alt", amount="847.00",
  note="Arabic-speaking writer: will pay the invoice today but refuses the 40 EUR recovery fee -> dispute (part refused). Amount = the 847 she will pay.")

# 99
M("it", "client-reply-promise", "davide", ("Gabriela Munteanu", "gabi.munteanu@yahoo.com"), "Europe/Rome",
  "2027-01-22 20:30", """
Buona sera Signor Conti,

ho ricevuto la sua lettera e mi sono spaventata. Non è che non voglio pagare, le foto del matrimonio sono bellissime. Il problema è che da ottobre sono senza lavoro e mio marito lavora solo part-time.

Le pago a rate: 200 euro al mese, la prima rata il 15 febbraio, poi ogni 15 del mese fino a finire. Per favore non mandi avvocati.

Gabriela Munteanu
""", Q("final", "27/2026", "1.200,00 €", "2026-10-15", "2027-01-21 09:00", "Gentile Gabriela Munteanu,", issue="2026-09-15",
       deadline="2027-02-05"),
  app="samsung", ui="ro", sp="Re:", amount="200.00", promised_date="2027-02-15", rule="abs:2027-02-15",
  note="Romanian writer replying to the formal notice: no contest, pays in instalments of 200, first on 15 Feb -> promise.")

# 100
M("en", "client-reply-other", "tom", ("Thijs Vermeulen", "thijs@vermeulen-bouw.nl"), "Europe/Amsterdam",
  "2027-01-07 12:10", """
Hi Tom,

Thanks for the reminder! By the way, the new logo was presented yesterday to the board and they loved it, even our director who never likes anything.

Now he wants also new business cards and a roll-up banner for the fair in Gorinchem in March. Can you make an offer? About 12 persons for the cards, 2 roll-ups. No hurry, end of January is fine.

Groeten,
Thijs
""", Q("courtesy", "INV-2026-144", "€1,120.00", "2027-01-14", "2027-01-07 09:00", "Dear Thijs Vermeulen,", issue="2026-12-15"),
  app="gmail", ui="nl", sp="Re:", fmt="alt",
  note="Dutch writer: thanks, then asks a quote for new work; 'end of January is fine' is about the quote, not a payment -> other.")

# 101
M("es", "client-reply-promise", "jordi", ("Julie Lambert", "compta.fournisseurs@pyreneesbio.fr"), "Europe/Paris",
  "2027-02-15 10:05", """
Buenos días Jordi,

La factura F2027-04 está validada por la dirección y entra en la remesa de pagos del 25 de febrero (nosotros hacemos las transferencias a proveedores dos veces por mes, el 10 y el 25). Lamento el retraso.

Cordialmente,
Julie Lambert
Comptabilité fournisseurs
Pyrénées Bio Distribution – Toulouse
""", Q("reminder", "F2027-04", "2.420,00 €", "2027-02-05", "2027-02-15 09:00", "Estimados señores:"),
  app="outlook", ui="fr", sp="RE :", fmt="alt", reference="F2027-04", promised_date="2027-02-25", rule="abs:2027-02-25",
  note="French AP clerk ('validada' = validée): goes in the 25 February payment run -> promise.")

# 102
M("it", "client-reply-paid", "davide", ("Joanna Kamińska", "ksiegowosc@wislahotels.pl"), "Europe/Warsaw",
  "2026-12-01 09:00", """
Dzień dobry Davide,

Buongiorno, Le confermo che la fattura è stata pagata ieri, 30.11.2026:

Fattura 28/2026 | Importo 1.342,00 EUR | Data pagamento 30.11.2026 | Banca mBank

Cordiali saluti / Pozdrawiam
Joanna Kamińska
Księgowość | Wisła Hotels sp. z o.o.
""", Q("reminder", "28/2026", "1.342,00 €", "2026-11-20", "2026-11-30 09:00", "Spett.le Wisła Hotels sp. z o.o.,"),
  app="outlook", ui="pl", sp="ODP:", fmt="html", amount="1342.00", reference="28/2026",
  html_body="""<p class="MsoNormal">Dzień dobry Davide,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Buongiorno, Le confermo che la fattura è stata pagata ieri, 30.11.2026:<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Fattura</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Importo</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Data pagamento</b></p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal"><b>Banca</b></p></td></tr>
<tr><td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">28/2026</p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">1.342,00 EUR</p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">30.11.2026</p></td>
<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt"><p class="MsoNormal">mBank</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Cordiali saluti / Pozdrawiam<o:p></o:p></p>
<p class="MsoNormal"><b>Joanna Kamińska</b><br>Księgowość | Wisła Hotels sp. z o.o.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>""",
  note="Polish accounts clerk, HTML-only Outlook with a table: paid yesterday 30.11, 1.342,00 EUR.")

# 103
M("it", "client-reply-promise", "davide", ("Pierre Lefebvre", "pierre@lefebvre-maison.fr"), "Europe/Paris",
  "2026-11-16 12:45", """
Désolé Davide !! J'avais complètement oublié.
Faccio il bonifico oggi pomeriggio quando torno in ufficio, promesso. Le foto per il catalogo sono magnifiques, merci encore 😊

Pierre

Envoyé de mon iPhone
""", Q("due", "25/2026", "610,00 €", "2026-11-13", "2026-11-16 08:30", "Spett.le Lefebvre Maison SAS,"),
  app="iphone", ui="fr", sp="Re:", fmt="alt", promised_date="2026-11-16", rule="today",
  note="French/Italian mix: will make the transfer this afternoon -> promise for today (2026-11-16), not yet paid.")

# 104
M("it", "client-reply-dispute", "alessandra", ("Émilie Garnier", "emilie@garnier-immobilier.fr"), "Europe/Paris",
  "2026-11-02 18:20", """
Buonasera Alessandra,

Ho ricevuto il promemoria, ma nella fattura 26/2026 manca lo sconto del 10% che mi ha promesso al telefono a settembre, per il secondo progetto insieme. Con lo sconto l'importo dovrebbe essere 988,20 € e non 1.098 €.

Può mandarmi una fattura corretta? Poi pago subito.

Grazie e buona serata,
Émilie Garnier
Garnier Immobilier – Annecy
""", Q("courtesy", "26/2026", "1.098,00 €", "2026-11-04", "2026-11-02 09:00", "Spett.le Garnier Immobilier,", issue="2026-10-05"),
  app="gmail", ui="fr", sp="Re:", fmt="alt", amount="988.20", reference="26/2026",
  note="French writer: promised 10% discount missing, asks corrected invoice -> dispute. Amount = the discounted total she accepts.")

# 105
M("it", "client-reply-dispute", "alessandra", ("Lukas Wolf", "l.wolf@alpina-dichtung.ch"), "Europe/Zurich",
  "2026-11-05 08:30", """
Guten Tag Frau Rossi,

Le scrivo in merito alla fattura 20/2026 per la traduzione del catalogo tecnico. Il nostro distributore a Milano ha trovato molti errori nella terminologia tecnica (per esempio "Dichtung" tradotto con "poesia" invece di "guarnizione"!) e abbiamo dovuto far correggere il testo da un'altra agenzia, a nostre spese.

Per questo motivo non siamo disposti a pagare l'intero importo. Le proponiamo di pagare 1.000 EUR a saldo. Mi faccia sapere se è d'accordo.

Freundliche Grüsse
Lukas Wolf
Leiter Marketing
Alpina Dichtungstechnik AG
Industriestrasse 5, 8604 Volketswil
""", Q("reminder", "20/2026", "1.586,00 €", "2026-10-25", "2026-11-04 09:00", "Spett.le Alpina Dichtungstechnik AG,"),
  app="outlook", ui="de", sp="AW:", fmt="alt", cs="iso-8859-1", amount="1000.00", reference="20/2026",
  note="Swiss German writer: translation errors, offers 1.000 EUR in full settlement -> dispute. Amount = the offer.")

# 106
M("it", "client-reply-other", "davide", ("Juliana Santos", "juliana.santos.foto@gmail.com"), "America/Sao_Paulo",
  "2026-12-09 15:10", """
Oi Davide, tudo bem?

Una domanda: posso pagare con PayPal o con Wise? Io non ho conto in euro qui in Brasile e il bonifico internazionale con il mio banco costa quasi 40 euro de taxa. Se va bene PayPal, mi manda il suo email di PayPal?

Obrigada!
Juliana
""", Q("reminder", "24/2026", "350,00 €", "2026-11-29", "2026-12-09 09:00", "Gentile Juliana Santos,"),
  app="gmail", ui="pt", sp="Re:", fmt="alt",
  note="Brazilian writer asks whether she can pay by PayPal/Wise -> other (question about how to pay, no date, no commitment).")

# 107
M("it", "client-reply-other", "alessandra", ("Paweł Zając", "ksiegowosc@krakowtours.pl"), "Europe/Warsaw",
  "2026-11-20 10:40", """
Dzień dobry,

Buongiorno Signora Rossi, non capisco bene: abbiamo due fatture da Lei in ottobre, la 21/2026 e la 22/2026, con lo stesso importo. Una l'abbiamo pagata il 2 novembre. Quale non risulta pagata? Può mandarmi per favore l'estratto conto delle fatture?

Pozdrawiam
Paweł Zając
Księgowość – Kraków Tours
""", Q("reminder", "22/2026", "671,00 €", "2026-11-10", "2026-11-20 09:00", "Spett.le Kraków Tours sp. z o.o.,"),
  app="outlook", ui="pl", sp="ODP:", fmt="alt", cs="utf-8",
  note="Polish writer: two invoices, one paid but not saying which; asks which is open -> other. No single reference.")

# 108
M("it", "client-reply-other", "alessandra", ("Tareq Nasser", "pr@petrapalacehotel.jo"), "Asia/Amman",
  "2027-02-23 11:00", """
Gentile Signora Alessandra,

La pace sia con voi. Abbiamo ricevuto la vostra lettera e la consegneremo al dipartimento competente per la revisione e l'azione necessaria. Vi ringraziamo per la vostra cooperazione continua e vi auguriamo ogni successo.

Con i migliori saluti,
Tareq Nasser
Direttore delle Relazioni Pubbliche
Hotel Petra Palace – Wadi Musa, Giordania
""", Q("courtesy", "9/2027", "2.196,00 €", "2027-02-27", "2027-02-22 09:00", "Spett.le Hotel Petra Palace,", issue="2027-01-28"),
  app="outlook", ui="ar", sp="رد:", fmt="alt",
  note="Machine-translated from Arabic: received and passed to the competent department -> other.")

# 109
M("es", "client-reply-paid", "lucia", ("Luca Marino", "luca@marinoceramiche.it"), "Europe/Rome",
  "2026-11-19 09:50", """
Hola Lucía,

scusa, ya ho fatto el pago ayer por la tarde, con el banco online. Debería llegar mañana. Perdona el ritardo, ¡estamos locos con la feria!

Ciao ciao
Luca Marino
Marino Ceramiche – Faenza
""", Q("reminder", "2026-042", "605,00 €", "2026-11-09", "2026-11-19 09:00", "Estimados señores:"),
  app="gmail", ui="it", sp="R:", fmt="alt",
  note="Itañol: 'ya ho fatto el pago ayer' -> paid yesterday.")

# 110
M("es", "client-reply-paid", "jordi", ("Pere Vidal", "pere@gestoriavidal.cat"), "Europe/Madrid",
  "2027-02-01 10:15", """
Bon dia Jordi,

La factura ja està pagada, se hizo la transferencia el viernes desde La Caixa. Quizás aún no lo ves porque el viernes por la tarde ya no entran hasta el lunes. Perdona el retard!

Salut,
Pere Vidal
Gestoria Vidal · Girona
""", Q("reminder", "F2027-02", "726,00 €", "2027-01-22", "2027-02-01 09:00", "Estimados señores:"),
  app="outlook", ui="es", sp="RE:", fmt="alt",
  note="Spanish with Catalan ('ja està pagada' = already paid): transfer on Friday -> paid.")

# 111
M("es", "client-reply-promise", "lucia", ("Ryan Mitchell", "ryan@mitchellcreative.com"), "America/Chicago",
  "2026-12-03 08:15", """
Hi Lucía!

Sorry sorry. No puedo pagar antes del 20 de diciembre, my clients pay me mid-month and this month things are really tight. On the 20th I send it, 100% seguro.

Un abrazo,
Ryan

Sent from my iPhone
""", Q("reminder", "2026-051", "544,50 €", "2026-11-23", "2026-12-03 09:00", "Buenos días, Ryan Mitchell:"),
  app="iphone", ui="en", sp="Re:", fmt="alt", promised_date="2026-12-20", rule="by:20",
  note="Spanglish from Chicago: 'no puedo pagar antes del 20 de diciembre ... On the 20th I send it' -> 2026-12-20.")

# 112
M("es", "client-reply-other", "lucia", ("Thomas Mercier", "achats@groupe-mercier.fr"), "Europe/Paris",
  "2027-01-13 10:45", """
Buenos días Señora Martín,

Nuestro sistema de contabilidad necesita el número de pedido (bon de commande) en la factura, sin esto la factura es rechazada automáticamente. El número es BC-2026-11457.

¿Podría enviarnos la factura 2027-001 con este número, a la dirección factures@groupe-mercier.fr?

Cordialement,
Thomas Mercier
Service Achats – Groupe Mercier
""", Q("due", "2027-001", "1.210,00 €", "2027-01-11", "2027-01-13 09:00", "Estimados señores:"),
  app="outlook", ui="fr", sp="RE :", fmt="alt", cs="windows-1252", reference="2027-001",
  note="French buyer: purchase-order number needed on the invoice -> other.")

# 113
M("es", "client-reply-other", "jordi", ("Marc Soler", "nuria@cellerbrunet.cat"), "Europe/Madrid",
  "2026-11-30 12:00", """
Hola Jordi,

Soc en Marc, de l'oficina. La Núria ya no trabaja aquí desde octubre, leo yo su correo. Para facturas tienes que escribir a administracio@cellerbrunet.cat, que es la Laia quien lleva los pagos. Ja li he reenviat el teu missatge.

Salutacions,
Marc Soler
Celler Brunet · Priorat
""", Q("reminder", "F2026-56", "1.089,00 €", "2026-11-20", "2026-11-30 09:00", "Buenos días, Núria Brunet:"),
  app="gmail", ui="es", sp="Re:", quote=False, fmt="alt",
  note="Spanish/Catalan: a colleague answers from the old mailbox, redirects to administration (human, not an auto-reply) -> other.")

# 114
M("es", "client-reply-other", "lucia", ("刘文 Liu Wen", "liuwen.importexport@gmail.com"), "Europe/Madrid",
  "2027-01-19 11:20", """
Hola Lucía

La factura está a mi nombre, pero tiene que ser a nombre de la empresa, LIU WEN IMPORT EXPORT S.L., CIF B87654321. La gestoría dice así no vale. Me puedes mandar otra?

Gracias
Liu Wen

发自我的iPhone
""", Q("reminder", "2026-060", "423,50 €", "2027-01-08", "2027-01-18 09:00", "Buenos días, Liu Wen:"),
  app="iphone", ui="zh", sp="回复：", fmt="alt",
  note="Chinese writer: invoice must be issued to the company, asks for another one (administrative) -> other.")

# 115
M("en", "client-reply-paid", "tom", ("Hugo Lemaire", "hugo@lemairevelos.fr"), "Europe/Paris",
  "2027-01-18 15:00", """
Hello Tom,

I have well received your mail. The invoice was settled on Friday by wire transfer, you should receive it in the next days. Sorry for the delay, January is always complicated with the inventory.

Have a nice day,
Hugo Lemaire
Lemaire Vélos – Nantes
""", Q("reminder", "INV-2026-141", "€860.00", "2027-01-08", "2027-01-18 09:00", "Dear Hugo Lemaire,"),
  app="gmail", ui="fr", sp="Re:", fmt="alt",
  note="French English: 'I have well received' (bien reçu); 'settled on Friday' = paid.")

# 116
M("en", "client-reply-paid", "sarah", ("Ma Jun", "majun@oceanstar-seafood.cn"), "Asia/Shanghai",
  "2026-12-07 17:30", """
Dear Sarah,

Sorry for the late reply. We have already arranged the payment on Dec 3rd by T/T, amount GBP 2,200.00, please kindly check. Attached is the bank slip for your reference.

Best regards
Ma Jun
Finance Dept.
Qingdao Oceanstar Seafood Co., Ltd.
""", Q("reminder", "SW-0422", "£2,200.00", "2026-11-27", "2026-12-07 09:00", "Dear Accounts Team,"),
  app="gmail", ui="zh", sp="Re:", fmt="alt", amount="2200.00", currency="GBP",
  attach=[("bank slip.pdf", "pdf", "BANK OF CHINA T/T APPLICATION GBP 2200.00 SARAH WHITFIELD")],
  note="Chinese English: 'already arranged the payment on Dec 3rd' with the bank slip = paid, not a promise.")

# 117
M("en", "client-reply-paid", "tom", ("Salma Othman", "salma@cedarstudio.lb"), "Asia/Beirut",
  "2026-11-10 14:20", """
مرحبا توم،

نعتذر عن التأخير. تم تحويل المبلغ اليوم إلى حسابك في بنك AIB، وسنرسل لك إيصال التحويل غداً.

In English: we transferred the amount today to your AIB account, we will send the receipt tomorrow.

سلمى عثمان
Salma Othman
Cedar Studio – Beirut
""", Q("reminder", "INV-2026-110", "€1,050.00", "2026-10-30", "2026-11-09 09:00", "Dear Accounts Team,"),
  app="outlook", ui="ar", sp="RE:", fmt="alt", cs="windows-1256", cte="base64",
  note="Written in Arabic with a one-line English summary (language en): transferred today -> paid. windows-1256, base64.")

# 118
M("en", "client-reply-promise", "sarah", ("Daniel Krüger", "d.krueger@nordsee-reederei.de"), "Europe/Berlin",
  "2027-01-11 13:30", """
Hello Sarah,

thanks for your reminder and sorry for the delay. The invoice SW-0430 is approved now and goes with our next payment run on the 20th. Eventually it comes one or two days later to your account, because it is a foreign transfer in GBP.

Best regards
Daniel Krüger
Accounting
Nordsee Reederei GmbH & Co. KG, Kiel
""", Q("reminder", "SW-0430", "£890.00", "2027-01-01", "2027-01-11 09:00", "Dear Accounts Team,"),
  app="outlook", ui="de", sp="AW:", fmt="alt", cs="iso-8859-1", reference="SW-0430",
  promised_date="2027-01-20", rule="by:20",
  note="German 'eventuell' -> 'Eventually' = possibly; the payment run on the 20th -> promise for 2027-01-20.")

# 119
M("en", "client-reply-dispute", "sarah", ("Ana Beatriz Rocha", "ana.rocha@sabordaterra.com.br"), "America/Sao_Paulo",
  "2026-12-14 11:30", """
Dear Sarah,

We hope this message finds you well.

We inform that we disagree with the charge of the additional revision round (item 3 of the invoice, £360.00), as it was included in the budget approved on 15/09. In this way, we request the issuance of a new invoice without this item, in the amount of £1,200.00, so that we can proceed with the payment.

We remain available for any clarification.

Kind regards,
Ana Beatriz Rocha
Coordenadora de Marketing
Sabor da Terra Alimentos Ltda.
""", Q("reminder", "SW-0424", "£1,560.00", "2026-12-04", "2026-12-14 09:00", "Dear Accounts Team,"),
  app="outlook", ui="pt", sp="RES:", fmt="html", amount="1200.00", currency="GBP",
  note="Translated Portuguese business English: contests one line item, asks a new invoice for £1,200 -> dispute. HTML-only.")

# 120
M("en", "client-reply-other", "tom", ("Martina Schneider", "martina.schneider@schneider-media.de"), "Europe/Berlin",
  "2027-02-24 16:40", """
Hi Tom,

can you please call me shortly tomorrow? Some positions in the invoice I don't understand, for example "Asset preparation" and "PM", I want to clarify them before I give the invoice to our accounting. Between 10 and 12 o'clock is best, +49 170 5551234.

Thanks!
Martina

Von meinem iPhone gesendet
""", Q("reminder", "INV-2027-009", "€2,340.00", "2027-02-14", "2027-02-24 09:00", "Dear Martina Schneider,"),
  app="iphone", ui="de", sp="AW:", fmt="alt",
  note="German 'Positionen' = line items; asks for a call to clarify, no contest yet -> other.")


# =========================================================================== output
KINDS = {"client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other",
         "payment-notification", "auto-reply", "bounce", "other", "invoice"}


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    import random
    order = list(range(len(MSGS)))
    random.Random(1111).shuffle(order)  # so that file numbers say nothing about kind or language
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ["# round11-nonnative: client replies by non-native writers, machine translation, mixed languages.",
           "# Generated by make.py; every client text is hand-written there.", ""]
    for n, k in enumerate(order, 1):
        m = MSGS[k]
        assert m["kind"] in KINDS
        check_promise(n, m)
        fn = f"{PREFIX}-{n:04d}.eml"
        with open(os.path.join(HERE, fn), "wb") as fh:
            fh.write(build(n, m))
        lab = m["labels"]
        out.append(f'[files."{fn}"]')
        out.append(f'kind = "{m["kind"]}"')
        out.append(f'language = "{m["lang"]}"')
        out.append('split = "dev"')
        for key in ("amount", "currency", "reference", "promised_date"):
            if key in lab:
                out.append(f"{key} = {toml_str(lab[key])}")
        out.append(f"note = {toml_str(m['note'])}")
        out.append("")
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    sanity()


def sanity():
    import tomllib
    with open(os.path.join(HERE, "labels.toml"), "rb") as fh:
        labels = tomllib.load(fh)["files"]
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".eml"))
    assert len(files) == len(labels) == len(MSGS), (len(files), len(labels))
    counts = {}
    for f in files:
        with open(os.path.join(HERE, f), "rb") as fh:
            msg = email.message_from_bytes(fh.read(), policy=email.policy.default)
        for hname in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[hname], f"{f}: no {hname}"
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        assert datetime(2026, 11, 1, tzinfo=d.tzinfo) <= d <= datetime(2027, 2, 28, 23, 59, tzinfo=d.tzinfo), f"{f}: {d}"
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None, f
        txt = body.get_content()
        assert len(txt.strip()) > 5, f
        for part in msg.walk():
            if part.get_content_maintype() == "text":
                part.get_content()
        lab = labels[f]
        counts[(lab["kind"], lab["language"])] = counts.get((lab["kind"], lab["language"]), 0) + 1
    tot = {}
    for (k, l), c in sorted(counts.items()):
        tot[k] = tot.get(k, 0) + c
        print(f"  {k:24s} {l}  {c}")
    for k, c in sorted(tot.items()):
        print(f"{k:26s} {c}")
    print(f"ok: {len(files)} messages parsed, labels.toml consistent")


if __name__ == "__main__":
    main()
