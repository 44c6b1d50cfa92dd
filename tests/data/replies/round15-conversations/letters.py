"""mailduns letters as the templates in /work/main/templates render them (filled in by hand here)."""
from mailkit import M

PAY = {}  # owner addr -> (beneficiary, iban, bic)


def _pay(lang, owner, inv):
    b, iban, bic = PAY[owner.addr]
    if lang == "it":
        return f"Per il pagamento:\n- beneficiario: {b}\n- IBAN: {iban}\n- BIC: {bic}\n- causale: Fattura {inv}"
    if lang == "es":
        return f"Datos para el pago:\n- beneficiario: {b}\n- IBAN: {iban}\n- BIC: {bic}\n- concepto: Factura {inv}"
    return f"Payment details:\n- Account name: {b}\n- IBAN: {iban}\n- BIC (SWIFT): {bic}\n- Payment reference: {inv}"


def text(lang, kind, sal, owner, inv, amount, due, promise=None, claim=None, paid_on=None,
         fees=None, deadline=None, days_late=None, today=None):
    o = owner.name
    p = _pay(lang, owner, inv)
    if lang == "it":
        if kind == "courtesy":
            t = f"{sal}\n\nun breve promemoria: la fattura n. {inv} di {amount} è in scadenza il {due}.\n\nNel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n{p}\n\nPer qualsiasi domanda basta rispondere a questa email."
        elif kind == "due":
            t = f"{sal}\n\nun promemoria: la fattura n. {inv} di {amount} è scaduta il {due}. Se il pagamento non è ancora stato disposto, chiedo gentilmente di provvedere nei prossimi giorni.\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio.\n\n{p}\n\nPer qualsiasi domanda basta rispondere a questa email."
        elif kind == "reminder":
            t = f"{sal}\n\nda un controllo la fattura n. {inv} di {amount}, scaduta il {due}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\nSe il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email.\n\n{p}"
        elif kind == "promise_followup":
            first = (f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv} di {amount} sarebbe stato effettuato entro il {promise}."
                     if promise else f"ringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv} di {amount}, scaduta il {due}.")
            t = f"{sal}\n\n{first}\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo.\n\n{p}"
        elif kind == "late_fee":
            t = (f"{sal}\n\nla fattura n. {inv} di {amount}, scaduta il {due}, risulta ancora da saldare: sono trascorsi {days_late} giorni dalla scadenza.\n\n"
                 f"Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): senza che sia necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli interessi moratori previsti dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti percentuali, attualmente 10,15% annuo) ed è dovuto l'importo forfettario di 40,00 € a titolo di risarcimento dei costi di recupero (art. 6).\n\n"
                 "Ad oggi l'importo dovuto è il seguente:\n" + "\n".join("- " + x for x in fees) +
                 f"\n\nChiedo cortesemente di provvedere al pagamento dell'importo totale entro il {deadline}. Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\n{p}")
        else:
            raise ValueError(kind)
        return t + f"\n\nCordiali saluti,\n{o}"
    if lang == "es":
        if kind == "courtesy":
            t = f"{sal}\n\nUn breve recordatorio: la factura n.º {inv} de {amount} vence el {due}.\n\nSi el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n{p}\n\nPara cualquier duda, basta con responder a este correo."
        elif kind == "due":
            t = f"{sal}\n\nLa factura n.º {inv} de {amount} venció el {due} y, según mis registros, el pago aún no consta. Agradecería que se tramitara en los próximos días.\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más.\n\n{p}\n\nPara cualquier duda, basta con responder a este correo."
        elif kind == "reminder":
            t = f"{sal}\n\nRevisando mis cuentas, veo que la factura n.º {inv} de {amount}, vencida el {due}, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía.\n\n{p}"
        elif kind == "promise_followup":
            first = (f"Según su último mensaje, el pago de la factura n.º {inv} de {amount} se realizaría a más tardar el {promise}; gracias de nuevo por la información."
                     if promise else f"Gracias de nuevo por la información sobre el pago de la factura n.º {inv} de {amount}, vencida el {due}.")
            t = f"{sal}\n\n{first}\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él.\n\n{p}"
        elif kind == "late_fee":
            t = (f"{sal}\n\nLa factura n.º {inv} de {amount} venció el {due}, hace {days_late} días, y sigue pendiente de pago.\n\n"
                 "Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que se establecen medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). Desde el día siguiente al vencimiento, la deuda devenga automáticamente intereses de demora al tipo legal: el tipo del Banco Central Europeo para sus operaciones principales de financiación más ocho puntos porcentuales, actualmente el 10,15 % anual (arts. 5 y 7). A la deuda se añade, además, una cantidad fija de 40,00 € en concepto de indemnización por costes de cobro (art. 8).\n\n\n"
                 "A día de hoy, el importe adeudado es el siguiente:\n" + "\n".join("- " + x for x in fees) +
                 f"\n\nRuego que el pago de {fees[-1].split(': ')[-1]} se realice a más tardar el {deadline}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución por esta misma vía.\n\n{p}")
        else:
            raise ValueError(kind)
        return t + f"\n\nUn cordial saludo,\n{o}"
    # en
    if kind == "courtesy":
        t = f"{sal}\n\nThis is a friendly reminder that invoice {inv} for {amount} is due for payment on {due}.\n\nIf payment is already on its way, thank you, and please disregard this message.\n\n{p}\n\nIf you have any questions, just reply to this email."
    elif kind == "due":
        t = f"{sal}\n\nThis is a quick reminder that invoice {inv} for {amount} was due for payment on {due}. If it has not been paid yet, I would be grateful if you could arrange payment in the next few days.\n\nIf you have already paid, thank you, and please disregard this reminder.\n\n{p}\n\nIf you have any questions, just reply to this email."
    elif kind == "reminder":
        t = f"{sal}\n\nAccording to my records, invoice {inv} for {amount}, due on {due}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\nIf you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out.\n\n{p}"
    elif kind == "promise_followup":
        first = (f"Thank you for letting me know that invoice {inv} for {amount} would be paid by {promise}."
                 if promise else f"Thank you for your earlier message about invoice {inv} for {amount}, which was due on {due}.")
        t = f"{sal}\n\n{first}\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you need a little more time, could you let me know when I can expect it?\n\n{p}"
    elif kind == "late_fee":
        t = (f"{sal}\n\nInvoice {inv} for {amount}, due on {due}, is now {days_late} days overdue.\n\n"
             "As this is a contract between businesses, the Late Payment of Commercial Debts (Interest) Act 1998 applies: statutory interest runs from the day after the due date at 11.75% a year (8% over the Bank of England base rate in force when the debt fell due), and a fixed sum of £70.00 is due for the costs of recovering the debt (section 5A).\n\n"
             f"The amount due as at {today} (interest continues to run until payment) is:\n" + "\n".join("- " + x for x in fees) +
             f"\n\nPlease arrange payment of the total above by {deadline}. If payment is already on its way, thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to this email and we can find a solution.\n\n{p}")
    else:
        raise ValueError(kind)
    return t + f"\n\nKind regards,\n{o}"


SUBJ = {
    ("it", "courtesy"): "Promemoria: fattura n. {inv} in scadenza",
    ("it", "due"): "Fattura n. {inv} – promemoria di pagamento",
    ("it", "reminder"): "Sollecito di pagamento – fattura n. {inv}",
    ("it", "promise_followup"): "Fattura n. {inv} – aggiornamento sul pagamento",
    ("it", "late_fee"): "Secondo sollecito – fattura n. {inv}",
    ("es", "courtesy"): "Recordatorio: factura n.º {inv}",
    ("es", "due"): "Vencimiento de la factura n.º {inv}",
    ("es", "reminder"): "Factura n.º {inv} pendiente de pago",
    ("es", "promise_followup"): "Factura n.º {inv}: seguimiento del pago",
    ("es", "late_fee"): "Segundo recordatorio – factura n.º {inv}",
    ("en", "courtesy"): "Friendly reminder: invoice {inv}",
    ("en", "due"): "Invoice {inv} – payment due",
    ("en", "reminder"): "Payment reminder: invoice {inv}",
    ("en", "promise_followup"): "Invoice {inv} – following up",
    ("en", "late_fee"): "Second reminder: invoice {inv} overdue",
}


def REM(owner, client, date, kind, sal, inv, amount, due, subject=None, **kw):
    """A reminder sent by mailduns: quotes nothing."""
    lang = owner.lang
    return M(owner, [client], date, text(lang, kind, sal, owner, inv, amount, due, **kw),
             q=None, subject=subject or SUBJ[(lang, kind)].format(inv=inv), machine=True)
