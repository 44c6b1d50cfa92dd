#!/usr/bin/env python3
"""round8-ap: replies written by accounts-payable people (clerks, controllers, bookkeepers,
shared-service centres) to invoices and mailduns reminders. Generates r8p-NNNN.eml + labels.toml.
Every body below is hand-written; only MIME plumbing, quoting and the quoted originals are generated."""
import base64, email, email.policy, email.utils, json, os, quopri, random, re, sys, tomllib, zlib, struct
from datetime import datetime, timedelta, date
from email.header import Header
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "r8p"
RNG = random.Random(8088)

OWNERS = {
    "ale": dict(name="Alessandra Rossi", addr="alessandra@example.it", lang="it", tz="Europe/Rome",
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX"),
    "dav": dict(name="Davide Colombo", addr="davide@colombodev.it", lang="it", tz="Europe/Rome",
                iban="IT12 A030 6909 6061 0000 0012 345", bic="BCITITMM"),
    "lu": dict(name="Lucía Martín", addr="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
               iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX"),
    "car": dict(name="Carmen Déniz", addr="carmen@denizfotografia.es", lang="es", tz="Atlantic/Canary",
                iban="ES76 2038 3570 1160 0012 3456", bic="CAHMESMMXXX"),
    "tom": dict(name="Tom Byrne", addr="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D"),
    "han": dict(name="Hannah Cole", addr="hannah@colecopy.co.uk", lang="en", tz="Europe/London",
                iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22"),
}

MESI = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
MESES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MONTHS = "January February March April May June July August September October November December".split()
GIORNI = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
DIAS = "lunes martes miércoles jueves viernes sábado domingo".split()
DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()

def d_long(lang, d):
    if lang == "it": return f"{d.day} {MESI[d.month-1]} {d.year}"
    if lang == "es": return f"{d.day} de {MESES[d.month-1]} de {d.year}"
    return f"{d.day} {MONTHS[d.month-1]} {d.year}"

def art_il(d):  # "il 15 novembre 2026" / "l'8 dicembre 2026" / "l'11 ..."
    s = d_long("it", d)
    return ("l'" if d.day in (8, 11) else "il ") + s

def money(lang, v, cur="EUR"):
    whole, cents = f"{v:,.2f}".split(".")
    if lang in ("it", "es"):
        return whole.replace(",", ".") + "," + cents + " " + {"EUR": "€", "USD": "USD", "GBP": "GBP"}[cur]
    sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
    return f"{sym}{whole}.{cents}"

def P(s):
    """parse 'YYYY-MM-DD' into date"""
    return date.fromisoformat(s)

# ---------------------------------------------------------------- the reminders mailduns sends
def salut(lang, client, kind):
    if lang == "it":
        return f"Spett.le {client}," if kind == "company" and client else (f"Gentile {client}," if client else "Buongiorno,")
    if lang == "es":
        if kind == "company": return "Estimados señores:"
        return f"Buenos días, {client}:" if client else "Buenos días:"
    if kind == "company": return "Dear Accounts Team,"
    return f"Dear {client}," if client else "Hello,"

def payblock(lang, o, inv, statement=False):
    if lang == "it":
        return ("Per il pagamento:\n" f"- beneficiario: {o['name']}\n" f"- IBAN: {o['iban']}\n" f"- BIC: {o['bic']}\n"
                f"- causale: Fattura n. {inv}")
    if lang == "es":
        return ("Datos para el pago:\n" f"- beneficiario: {o['name']}\n" f"- IBAN: {o['iban']}\n" f"- BIC: {o['bic']}\n"
                f"- concepto: Factura {inv}")
    return ("Payment details:\n" f"- Account name: {o['name']}\n" f"- IBAN: {o['iban']}\n" f"- BIC (SWIFT): {o['bic']}\n"
            f"- Payment reference: {inv}")

def fees_block(lang, amount, cur, due, today):
    days = (today - due).days
    interest = round(amount * 0.1015 * days / 365, 2)
    comp = 40.0
    tot = amount + interest + comp
    if lang == "it":
        return ("Trattandosi di una transazione commerciale, si applica il D.Lgs. 231/2002 (direttiva 2011/7/UE): senza che sia "
                "necessaria la costituzione in mora, dal giorno successivo alla scadenza decorrono gli interessi moratori previsti "
                "dagli artt. 4 e 5 (tasso di riferimento BCE maggiorato di 8 punti percentuali, attualmente 10,15% annuo) ed è dovuto "
                f"l'importo forfettario di 40,00 € a titolo di risarcimento dei costi di recupero (art. 6).\n\n"
                "Ad oggi l'importo dovuto è il seguente:\n"
                f"- capitale: {money(lang, amount)}\n- interessi di mora ({days} giorni al 10,15%): {money(lang, interest)}\n"
                f"- risarcimento costi di recupero: {money(lang, comp)}\n- totale: {money(lang, tot)}\n\n")
    if lang == "es":
        return ("Al tratarse de una operación comercial, es de aplicación la Ley 3/2004, de 29 de diciembre, por la que se establecen "
                "medidas de lucha contra la morosidad en las operaciones comerciales (Directiva 2011/7/UE). Desde el día siguiente al "
                "vencimiento, la deuda devenga automáticamente intereses de demora al tipo legal: el tipo del Banco Central Europeo para "
                "sus operaciones principales de financiación más ocho puntos porcentuales, actualmente el 10,15 % anual (arts. 5 y 7). "
                "A la deuda se añade, además, una cantidad fija de 40,00 € en concepto de indemnización por costes de cobro (art. 8).\n\n"
                "A día de hoy, el importe adeudado es el siguiente:\n"
                f"- principal: {money(lang, amount)}\n- intereses de demora ({days} días al 10,15 %): {money(lang, interest)}\n"
                f"- indemnización por costes de cobro: {money(lang, comp)}\n- total: {money(lang, tot)}\n\n")
    return ("As this is a commercial transaction, the European Communities (Late Payment in Commercial Transactions) Regulations 2012 "
            "apply: late payment interest runs from the day after the due date at 10.15% a year (the European Central Bank's main "
            "refinancing rate plus 8 percentage points), and €40.00 is due as compensation for recovery costs (Regulation 9).\n\n"
            f"The amount due as at {d_long('en', today)} (interest continues to run until payment) is:\n"
            f"- principal: {money(lang, amount, cur)}\n- interest ({days} days at 10.15%): {money(lang, interest, cur)}\n"
            f"- compensation: {money(lang, comp, cur)}\n- total: {money(lang, tot, cur)}\n\n")

def reminder_text(m):
    """text of the mailduns letter (or the invoice mail) the client replies to"""
    lang, o = m["lang"], OWNERS[m["owner"]]
    t = m["tmpl"]; inv = m["inv"]; cur = m.get("cur", "EUR")
    amt = money(lang, m["amt"], cur) if m.get("amt") else None
    due = m["due"]; sent = m["odate"].date()
    deadline = sent + timedelta(days=10)
    S = salut(lang, m.get("cname"), m.get("ckind", "company"))
    A = lambda pre: f" {pre} {amt}" if amt else ""
    pb = payblock(lang, o, inv)
    if lang == "it":
        tail = f"\n\n{pb}\n\nCordiali saluti,\n{o['name']}"
        if t == "invoice":
            return (f"Buongiorno,\n\nin allegato la fattura n. {inv}{A('di')} relativa {m.get('what','a quanto concordato')}, "
                    f"con scadenza {art_il(due)}.\nLa fattura elettronica è stata trasmessa anche tramite SdI.\n\nResto a disposizione per qualsiasi chiarimento.\n\nCordiali saluti,\n{o['name']}")
        if t == "courtesy":
            return (f"{S}\n\nun breve promemoria: la fattura n. {inv}{A('di')} è in scadenza {art_il(due)}.\n\n"
                    "Nel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio.\n\n"
                    f"{pb}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{o['name']}")
        if t == "due":
            return (f"{S}\n\nun promemoria: la fattura n. {inv}{A('di')} è scaduta {art_il(due)}. Se il pagamento non è ancora stato disposto, "
                    "chiedo gentilmente di provvedere nei prossimi giorni.\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non "
                    f"tenere conto di questo messaggio.\n\n{pb}\n\nPer qualsiasi domanda basta rispondere a questa email.\n\nCordiali saluti,\n{o['name']}")
        if t == "reminder":
            return (f"{S}\n\nda un controllo la fattura n. {inv}{A('di')}, scaduta {art_il(due)}, risulta ancora da saldare. Potrebbe trattarsi "
                    "di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\n"
                    + (fees_block(lang, m["amt"], cur, due, sent) if m.get("fees") else "") +
                    "Se il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia "
                    "contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo "
                    "chiarirlo insieme: basta rispondere a questa email." + tail)
        if t == "late_fee":
            dl = (sent - due).days
            return (f"{S}\n\nla fattura n. {inv}{A('di')}, scaduta {art_il(due)}, risulta ancora da saldare: sono trascorsi {dl} giorni dalla scadenza.\n\n"
                    + (fees_block(lang, m["amt"], cur, due, sent) if m.get("fees") else "") +
                    f"Chiedo cortesemente di provvedere al pagamento{' dell’importo totale' if m.get('fees') else ''} entro {art_il(deadline)}. "
                    "Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura "
                    "o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email." + tail)
        if t == "promise_followup":
            return (f"{S}\n\nringrazio ancora per l'aggiornamento sul pagamento della fattura n. {inv}{A('di')}, scaduta {art_il(due)}.\n\n"
                    "Ad oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. "
                    "Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo." + tail)
        if t == "statement":
            lines = "\n".join(f"- n. {n}, scaduta {art_il(dd)}: {money(lang, a)}" for n, a, dd in m["items"])
            tot = money(lang, sum(a for _, a, _ in m["items"]))
            return (f"{S}\n\nda un controllo risultano ancora da saldare le seguenti fatture:\n\n{lines}\n\nTotale da pagare: {tot}\n\n"
                    f"Chiedo cortesemente di provvedere al pagamento entro {art_il(deadline)}. Se alcune di queste fatture sono già state pagate, "
                    "basta rispondere indicando quali e la data del bonifico, così aggiorno la mia contabilità. Se c'è un problema con una fattura, "
                    "possiamo trovare insieme una soluzione: basta rispondere a questa email.\n\nGli estremi per il pagamento sono riportati nelle "
                    f"fatture, nei messaggi con cui sono state inviate.\n\nCordiali saluti,\n{o['name']}")
    if lang == "es":
        tail = f"\n\n{pb}\n\nUn cordial saludo,\n{o['name']}"
        if t == "invoice":
            return (f"Buenos días:\n\nAdjunto la factura n.º {inv}{A('de')} correspondiente {m.get('what','a los trabajos acordados')}, "
                    f"con vencimiento el {d_long(lang, due)}.\n\nQuedo a su disposición para cualquier consulta.\n\nUn saludo,\n{o['name']}")
        if t == "courtesy":
            return (f"{S}\n\nUn breve recordatorio: la factura n.º {inv}{A('de')} vence el {d_long(lang, due)}.\n\n"
                    f"Si el pago ya está en curso, muchas gracias: no es necesario hacer nada más.\n\n{pb}\n\n"
                    f"Para cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{o['name']}")
        if t == "due":
            return (f"{S}\n\nLa factura n.º {inv}{A('de')} venció el {d_long(lang, due)} y, según mis registros, el pago aún no consta. "
                    "Agradecería que se tramitara en los próximos días.\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer "
                    f"nada más.\n\n{pb}\n\nPara cualquier duda, basta con responder a este correo.\n\nUn cordial saludo,\n{o['name']}")
        if t == "reminder":
            return (f"{S}\n\nRevisando mis cuentas, veo que la factura n.º {inv}{A('de')}, vencida el {d_long(lang, due)}, sigue pendiente de pago. "
                    "Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\n"
                    + (fees_block(lang, m["amt"], cur, due, sent) if m.get("fees") else "") +
                    "Si el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, "
                    "para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía." + tail)
        if t == "late_fee":
            dl = (sent - due).days
            return (f"{S}\n\nLa factura n.º {inv}{A('de')} venció el {d_long(lang, due)}, hace {dl} días, y sigue pendiente de pago.\n\n"
                    + (fees_block(lang, m["amt"], cur, due, sent) if m.get("fees") else "") +
                    f"Ruego que el pago{A('de')} se realice a más tardar el {d_long(lang, deadline)}. Si ya está en curso, muchas gracias: basta "
                    "con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, podemos "
                    "buscar una solución por esta misma vía." + tail)
        if t == "promise_followup":
            return (f"{S}\n\nGracias de nuevo por la información sobre el pago de la factura n.º {inv}{A('de')}, vencida el {d_long(lang, due)}.\n\n"
                    "A día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha "
                    "de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él." + tail)
        if t == "statement":
            lines = "\n".join(f"- n.º {n}, vencida el {d_long(lang, dd)}: {money(lang, a)}" for n, a, dd in m["items"])
            tot = money(lang, sum(a for _, a, _ in m["items"]))
            return (f"{S}\n\nRevisando mis cuentas, veo que siguen pendientes de pago las siguientes facturas:\n\n{lines}\n\nTotal a pagar: {tot}\n\n"
                    f"Ruego que el pago de estas facturas se realice a más tardar el {d_long(lang, deadline)}. Si alguna de ellas ya está pagada, "
                    "muchas gracias: basta con responder indicando cuáles y la fecha de la transferencia, para que pueda actualizar mis registros. "
                    "Si hay algún problema con alguna factura, podemos aclararlo por esta misma vía.\n\nLos datos para el pago figuran en las "
                    f"facturas, en los mensajes con los que se enviaron.\n\nUn cordial saludo,\n{o['name']}")
    # en
    tail = f"\n\n{pb}\n\nKind regards,\n{o['name']}"
    if t == "invoice":
        return (f"Hello,\n\nPlease find attached invoice {inv}{A('for')}, covering {m.get('what','the work agreed')}, due on {d_long(lang, due)}.\n\n"
                f"Let me know if you need anything else (PO number, supplier form, etc.).\n\nThanks,\n{o['name']}")
    if t == "courtesy":
        return (f"{S}\n\nThis is a friendly reminder that invoice {inv}{A('for')} is due for payment on {d_long(lang, due)}.\n\n"
                f"If payment is already on its way, thank you, and please disregard this message.\n\n{pb}\n\n"
                f"If you have any questions, just reply to this email.\n\nKind regards,\n{o['name']}")
    if t == "due":
        return (f"{S}\n\nThis is a quick reminder that invoice {inv}{A('for')} was due for payment on {d_long(lang, due)}. If it has not been paid yet, "
                "I would be grateful if you could arrange payment in the next few days.\n\nIf you have already paid, thank you, and please "
                f"disregard this reminder.\n\n{pb}\n\nIf you have any questions, just reply to this email.\n\nKind regards,\n{o['name']}")
    if t == "reminder":
        return (f"{S}\n\nAccording to my records, invoice {inv}{A('for')}, due on {d_long(lang, due)}, has not yet been paid. It may simply have been "
                "overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\n"
                + (fees_block(lang, m["amt"], cur, due, sent) if m.get("fees") else "") +
                "If you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a "
                "problem with the invoice, please reply to this email and we can sort it out." + tail)
    if t == "late_fee":
        dl = (sent - due).days
        return (f"{S}\n\nInvoice {inv}{A('for')}, due on {d_long(lang, due)}, is now {dl} days overdue.\n\n"
                + (fees_block(lang, m["amt"], cur, due, sent) if m.get("fees") else "") +
                f"Please arrange payment{' of the total above' if m.get('fees') else ''} by {d_long(lang, deadline)}. If payment is already on its way, "
                "thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply "
                "to this email and we can find a solution." + tail)
    if t == "promise_followup":
        return (f"{S}\n\nThank you for your earlier message about invoice {inv}{A('for')}, which was due on {d_long(lang, due)}.\n\n"
                "The payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you "
                "need a little more time, could you let me know when I can expect it?" + tail)
    if t == "statement":
        lines = "\n".join(f"- {n}, due on {d_long(lang, dd)} ({(sent-dd).days} days overdue): {money(lang, a, cur)}" for n, a, dd in m["items"])
        tot = money(lang, sum(a for _, a, _ in m["items"]), cur)
        return (f"{S}\n\nAccording to my records, the following invoices are still outstanding:\n\n{lines}\n\nTotal due: {tot}\n\n"
                f"Please arrange payment by {d_long(lang, deadline)}. If some of these invoices have already been paid, thank you – please let me "
                "know which ones and the payment dates, so that I can update my records. If there is a problem with any of them, please reply "
                "to this email and we can sort it out.\n\nThe payment details are on the invoices, in the emails they were sent with.\n\n"
                f"Kind regards,\n{o['name']}")
    raise ValueError(t)

def orig_subject(m):
    lang, t, inv = m["lang"], m["tmpl"], m["inv"]
    o = OWNERS[m["owner"]]
    if lang == "it":
        return {"invoice": f"Fattura n. {inv} - {o['name']}", "courtesy": f"Promemoria: fattura n. {inv} in scadenza",
                "due": f"Fattura n. {inv}: promemoria di pagamento", "reminder": f"Sollecito di pagamento: fattura n. {inv}",
                "late_fee": f"Secondo sollecito: fattura n. {inv}", "promise_followup": f"Fattura n. {inv}: aggiornamento sul pagamento",
                "statement": "Riepilogo fatture da saldare"}[t]
    if lang == "es":
        return {"invoice": f"Factura {inv} - {o['name']}", "courtesy": f"Recordatorio: factura n.º {inv}",
                "due": f"Factura n.º {inv}: vencimiento", "reminder": f"Factura n.º {inv} pendiente de pago",
                "late_fee": f"Segundo aviso: factura n.º {inv}", "promise_followup": f"Factura n.º {inv}: seguimiento del pago",
                "statement": "Resumen de facturas pendientes"}[t]
    return {"invoice": f"Invoice {inv} from {o['name']}", "courtesy": f"Friendly reminder: invoice {inv}",
            "due": f"Invoice {inv} is due", "reminder": f"Payment reminder: invoice {inv}",
            "late_fee": f"Invoice {inv} is overdue", "promise_followup": f"Invoice {inv}: following up",
            "statement": "Statement of outstanding invoices"}[t]

# ---------------------------------------------------------------- quoting
GG_IT = "lun mar mer gio ven sab dom".split(); MM_IT = "gen feb mar apr mag giu lug ago set ott nov dic".split()
GG_ES = "lun mar mié jue vie sáb dom".split(); MM_ES = "ene feb mar abr may jun jul ago sept oct nov dic".split()
DD_EN = "Mon Tue Wed Thu Fri Sat Sun".split(); MM_EN = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()

def fmt_addr(name, addr):
    return f"{name} <{addr}>" if name else addr

def attribution(style, qlang, odt, oname, oaddr):
    d = odt
    if style == "gmail":
        if qlang == "it":
            return f"Il giorno {GG_IT[d.weekday()]} {d.day} {MM_IT[d.month-1]} {d.year} alle ore {d:%H:%M} {oname} <{oaddr}> ha scritto:"
        if qlang == "es":
            return f"El {GG_ES[d.weekday()]}, {d.day} {MM_ES[d.month-1]} {d.year} a las {d.hour}:{d:%M}, {oname} (<{oaddr}>) escribió:"
        return f"On {DD_EN[d.weekday()]}, {d.day} {MM_EN[d.month-1]} {d.year} at {d:%H:%M}, {oname} <{oaddr}> wrote:"
    if style == "apple":
        if qlang == "it":
            return f"Il giorno {d.day} {MM_IT[d.month-1]} {d.year}, alle ore {d:%H:%M}, {oname} <{oaddr}> ha scritto:"
        if qlang == "es":
            return f"El {d.day} {MM_ES[d.month-1]} {d.year}, a las {d.hour}:{d:%M}, {oname} <{oaddr}> escribió:"
        return f"On {d.day} {MM_EN[d.month-1]} {d.year}, at {d:%H:%M}, {oname} <{oaddr}> wrote:"
    if style == "android":
        if qlang == "it": return f"Il {d.day:02d}/{d.month:02d}/{d.year} {d:%H:%M}, {oname} <{oaddr}> ha scritto:"
        if qlang == "es": return f"El {d.day}/{d.month}/{d.year} {d.hour}:{d:%M}, {oname} <{oaddr}> escribió:"
        return f"On {d.day}/{d.month}/{d.year} {d:%H:%M}, {oname} <{oaddr}> wrote:"
    raise ValueError(style)

def outlook_block(qlang, odt, oname, oaddr, to, subj, variant=0):
    d = odt
    if qlang == "it":
        sent = f"{GIORNI[d.weekday()]} {d.day} {MESI[d.month-1]} {d.year} {d:%H:%M}"
        head = "-----Messaggio originale-----" if variant == 1 else "________________________________"
        return f"{head}\nDa: {oname} <{oaddr}>\nInviato: {sent}\nA: {to}\nOggetto: {subj}"
    if qlang == "es":
        sent = f"{DIAS[d.weekday()]}, {d.day} de {MESES[d.month-1]} de {d.year} {d.hour}:{d:%M}"
        head = "-----Mensaje original-----" if variant == 1 else "________________________________"
        return f"{head}\nDe: {oname} <{oaddr}>\nEnviado el: {sent}\nPara: {to}\nAsunto: {subj}"
    if variant == 1:   # UK Outlook
        sent = f"{d.day:02d} {MONTHS[d.month-1]} {d.year} {d:%H:%M}"
        return f"-----Original Message-----\nFrom: {oname} <{oaddr}>\nSent: {sent}\nTo: {to}\nSubject: {subj}"
    h = d.hour % 12 or 12
    sent = f"{DAYS[d.weekday()]}, {MONTHS[d.month-1]} {d.day}, {d.year} {h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"
    return f"________________________________\nFrom: {oname} <{oaddr}>\nSent: {sent}\nTo: {to}\nSubject: {subj}"

def gt(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def paras_html(text, p_open="<div>", p_close="</div>", empty="<div><br></div>"):
    out = []
    for l in text.split("\n"):
        out.append(p_open + esc(l) + p_close if l.strip() else empty)
    return "\n".join(out)

# ---------------------------------------------------------------- fake attachments
def fake_pdf(title):
    t = title.encode("latin-1", "replace")
    body = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n"
            b"4 0 obj<</Length " + str(len(t) + 30).encode() + b">>stream\nBT /F1 12 Tf 50 780 Td (" + t + b") Tj ET\nendstream endobj\n"
            b"trailer<</Root 1 0 R>>\n%%EOF\n")
    return body

def fake_png(w=24, h=12, seed=1):
    r = random.Random(seed)
    raw = b"".join(b"\x00" + bytes(r.randrange(180, 256) for _ in range(w * 3)) for _ in range(h))
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))

# ---------------------------------------------------------------- MIME plumbing
def codec_of(cs):
    return "cp1252" if cs in ("iso-8859-1", "windows-1252") else cs

def enc_body(text, cs, cte):
    data = text.encode(codec_of(cs))
    if cte == "qp":
        return quopri.encodestring(data).decode("ascii")
    if cte == "b64":
        return base64.encodebytes(data).decode("ascii").rstrip("\n")
    if cte in ("8bit", "7bit"):
        return data   # bytes
    raise ValueError(cte)

CTE_NAME = {"qp": "quoted-printable", "b64": "base64", "8bit": "8bit", "7bit": "7bit"}

def boundary(style):
    h = "%032x" % RNG.getrandbits(128)
    if style == "outlook": return "_000_" + h[:24].upper() + "_"
    if style == "gmail": return "0000000000" + h[:18]
    if style == "apple": return "Apple-Mail=_" + "-".join([h[:8], h[8:12], h[12:16], h[16:20], h[20:32]]).upper()
    return "----=_Part_" + str(RNG.randrange(10**5, 10**6)) + "_" + str(RNG.randrange(10**8, 10**9)) + "." + str(RNG.randrange(10**12, 10**13))

def render(node, bstyle):
    """node -> list of byte lines (without the top-level headers for multiparts handled here)"""
    kind = node[0]
    if kind.startswith("multipart/"):
        b = boundary(bstyle)
        extra = node[2] if len(node) > 2 else ""
        hdr = f"Content-Type: {kind}{extra};\n\tboundary=\"{b}\"\n"
        body = b""
        if len(node) > 3 and node[3]:
            body += node[3].encode() + b"\n"
        for ch in node[1]:
            body += f"\n--{b}\n".encode() + render(ch, bstyle)
        body += f"\n--{b}--\n".encode()
        return hdr.encode() + b"\n" + body
    if kind in ("text/plain", "text/html", "message/delivery-status", "text/rfc822-headers", "message/feedback"):
        _, text, cs, cte = node[:4]
        fmtflow = node[4] if len(node) > 4 else ""
        payload = enc_body(text, cs, cte)
        h = f"Content-Type: {kind}; charset=\"{cs}\"{fmtflow}\nContent-Transfer-Encoding: {CTE_NAME[cte]}\n"
        if kind == "message/delivery-status":
            h = f"Content-Type: message/delivery-status\nContent-Transfer-Encoding: 7bit\n"
            payload = text.encode("ascii")
        if kind == "text/rfc822-headers":
            h = f"Content-Type: text/rfc822-headers\nContent-Transfer-Encoding: 7bit\n"
            payload = text.encode("ascii")
        pb = payload if isinstance(payload, bytes) else payload.encode("ascii")
        return h.encode() + b"\n" + pb + (b"" if pb.endswith(b"\n") else b"\n")
    if kind == "message/rfc822":
        return b"Content-Type: message/rfc822\nContent-Description: Undelivered Message\n\n" + node[1]
    # binary attachment: (ctype, bytes, filename)
    _, data, fname = node
    b64 = base64.encodebytes(data).decode("ascii")
    fn = fname
    if any(ord(c) > 127 for c in fname):
        fn = Header(fname, "utf-8").encode()
    return (f"Content-Type: {kind}; name=\"{fn}\"\nContent-Description: {fn}\nContent-Disposition: attachment; filename=\"{fn}\"; "
            f"size={len(data)}\nContent-Transfer-Encoding: base64\n\n{b64}").encode()

def hdr_text(s, cs="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    try:
        s.encode(cs if cs != "utf-8" else "utf-8")
        use = "iso-8859-1" if cs in ("iso-8859-1", "windows-1252") and all(ord(c) < 256 for c in s) else "utf-8"
    except Exception:
        use = "utf-8"
    return Header(s, use).encode(maxlinelen=76)

def addr_hdr(pairs, cs="utf-8"):
    out = []
    for name, addr in pairs:
        if not name:
            out.append(addr)
        elif all(ord(c) < 128 for c in name):
            out.append(email.utils.formataddr((name, addr)))
        else:
            out.append(f"{hdr_text(name, cs)} <{addr}>")
    return ",\n ".join(out)

def msgid(mua, domain):
    h = "%040x" % RNG.getrandbits(160)
    if mua == "outlook":
        pr = f"{RNG.choice(['AM9','DB8','PA4','VI1','GV0','DU0','AS8','PR3'])}PR{RNG.randrange(10,99)}MB{RNG.randrange(1000,9999)}"
        return f"<{pr}{h[:18].upper()}@{pr}.eurprd{RNG.randrange(1,9):02d}.prod.outlook.com>"
    if mua == "gmail":
        s = base64.b64encode(bytes.fromhex(h)).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return f"<CA{s[:6]}+{s[6:40]}@mail.gmail.com>"
    if mua == "apple":
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    if mua == "android":
        return f"<{h[:12]}.{RNG.randrange(10**9)}@email.android.com>"
    return f"<{h[:24]}@{domain}>"

# ---------------------------------------------------------------- assembling one message
MSGS = []
def M(**kw):
    MSGS.append(kw)

UA = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0")],
    "outlook-web": [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    "gmail": [],
    "apple": [("X-Mailer", "iPhone Mail (22C152)")],
    "apple-mac": [("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")],
    "android": [("User-Agent", "K-9 Mail for Android")],
    "thunderbird": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2")],
    "other": [],
}

def html_doc(m, body_txt, orig_txt, qhead):
    """HTML version: Outlook (MsoNormal + header block) or Gmail (gmail_quote) flavour"""
    mua = m.get("mua", "gmail")
    if mua.startswith("outlook"):
        b = paras_html(body_txt, '<p class="MsoNormal">', '<o:p></o:p></p>', '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        q = ""
        if orig_txt is not None:
            hb = "<br>\n".join(
                (f"<b>{esc(l.split(':',1)[0])}:</b>{esc(l.split(':',1)[1])}" if ":" in l and not l.startswith("_") and not l.startswith("-") else "")
                for l in qhead.split("\n") if l.strip() and not l.startswith("_") and not l.startswith("-----"))
            q = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                 f'<p class="MsoNormal"><span style="font-size:11.0pt;font-family:&quot;Calibri&quot;,sans-serif">{hb}</span></p>\n</div>\n'
                 + paras_html(orig_txt, '<p class="MsoNormal">', '<o:p></o:p></p>', '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'))
        extra = m.get("html_extra", "")
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset='
                + m.get("cs", "utf-8") + '">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
                'span.EmailStyle17 {mso-style-type:personal-compose;font-family:"Calibri",sans-serif;color:windowtext;}\n'
                '--></style>\n</head>\n<body lang="' + {"it": "IT", "es": "ES", "en": "EN-GB"}[m["lang"]] + '" link="#0563C1" vlink="#954F72">\n'
                '<div class="WordSection1">\n' + b + "\n" + extra + q + "\n</div>\n</body>\n</html>\n")
    b = '<div dir="ltr">' + paras_html(body_txt) + "</div>"
    q = ""
    if orig_txt is not None:
        q = ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + esc(qhead) + '<br></div>'
             '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             + paras_html(orig_txt) + "</blockquote></div>")
    return "<div>" + b + m.get("html_extra", "") + q + "</div>\n"

def build(m, idx):
    lang = m["lang"]; o = OWNERS[m["owner"]]
    tz = ZoneInfo(m["tz"])
    dt = datetime.strptime(m["date"], "%Y-%m-%d %H:%M").replace(tzinfo=tz, second=RNG.randrange(60))
    if "tmpl" in m:
        if "due" not in m:
            m["due"] = m["items"][0][2]
        m["due"] = P(m["due"]) if isinstance(m["due"], str) else m["due"]
        if "odate" in m:
            odt = datetime.strptime(m["odate"], "%Y-%m-%d %H:%M").replace(tzinfo=ZoneInfo(o["tz"]))
        else:
            odt = (dt - timedelta(days=m.get("ago", 2))).astimezone(ZoneInfo(o["tz"])).replace(hour=9, minute=m.get("omin", 0), second=0)
        m["odate"] = odt
        if "items" in m:
            m["items"] = [(n, a, P(d) if isinstance(d, str) else d) for n, a, d in m["items"]]
    cs = m.get("cs", "utf-8"); cte = m.get("cte", "qp")
    mua = m.get("mua", "gmail")
    fname, faddr = m["frm"]
    domain = faddr.split("@")[1]
    osubj = orig_subject(m) if "tmpl" in m else None
    pre = m.get("pre", {"it": "R: ", "es": "RE: ", "en": "RE: "}[lang] if mua.startswith("outlook") else "Re: ")
    subj = m.get("subj") or (pre + osubj)
    q = m.get("q", "none" if "tmpl" not in m else ("outlook" if mua.startswith("outlook") else ("apple" if mua == "apple" else "gmail")))
    qlang = m.get("qlang", lang)
    body = m["body"].strip("\n") + "\n"
    orig = reminder_text(m) if "tmpl" in m else None
    qhead = None
    plain = body
    if q != "none" and orig is not None:
        odt_local = m["odate"].astimezone(tz)
        if q in ("outlook", "outlook1"):
            qto = m.get("qto", fmt_addr(fname, faddr))
            qhead = outlook_block(qlang, odt_local, o["name"], o["addr"], qto, osubj, 1 if q == "outlook1" else 0)
            quoted = qhead + "\n\n" + orig
        else:
            qhead = attribution(q, qlang, odt_local, o["name"], o["addr"])
            quoted = qhead + "\n" + ("\n" if q == "apple" else "") + gt(orig)
        if "{Q}" in body:
            plain = body.replace("{Q}", quoted + "\n")
        else:
            plain = body + "\n" + quoted + "\n"
    else:
        plain = body.replace("{Q}\n", "").replace("{Q}", "")
    fmt = m.get("fmt", "plain")
    if "node" in m:
        node = m["node"]
    else:
        flow = m.get("flow", "")
        if fmt == "plain":
            node = ("text/plain", plain, cs, cte, flow)
        else:
            btxt = body.split("{Q}")[0].rstrip("\n")
            html = html_doc(m, btxt, orig if q != "none" else None, qhead)
            hcte = m.get("hcte", cte if cte != "8bit" else "qp")
            if fmt == "html":
                node = ("text/html", html, cs, hcte)
            else:
                node = ("multipart/alternative", [("text/plain", plain, cs, cte), ("text/html", html, cs, hcte)])
        if m.get("att"):
            parts = [node]
            for a in m["att"]:
                kind, fn, title = a
                if kind == "pdf": parts.append(("application/pdf", fake_pdf(title), fn))
                elif kind == "png": parts.append(("image/png", fake_png(seed=idx), fn))
                elif kind == "jpg": parts.append(("image/jpeg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(RNG.randrange(256) for _ in range(300)) + b"\xff\xd9", fn))
                elif kind == "xlsx": parts.append(("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", b"PK\x03\x04" + bytes(RNG.randrange(256) for _ in range(400)), fn))
            node = ("multipart/mixed", parts)
    bstyle = "outlook" if mua.startswith("outlook") else ("gmail" if mua == "gmail" else ("apple" if mua.startswith("apple") else "other"))
    H = []
    H.append(("Date", email.utils.format_datetime(dt)))
    H.append(("From", addr_hdr([m["frm"]], cs)))
    to = m.get("to", [(o["name"], o["addr"])])
    H.append(("To", addr_hdr(to, cs)))
    if m.get("cc"): H.append(("Cc", addr_hdr(m["cc"], cs)))
    H.append(("Subject", hdr_text(subj, cs)))
    mid = m.get("mid") or msgid(mua.split("-")[0] if mua.startswith("outlook") else mua, domain)
    H.append(("Message-ID", mid))
    if "tmpl" in m and not m.get("no_reply_hdrs"):
        oid = f"<mailduns.{re.sub(r'[^A-Za-z0-9]', '-', m['inv'])}.{m['odate']:%Y%m%d%H%M}@{o['addr'].split('@')[1]}>"
        if m["tmpl"] == "invoice":
            oid = f"<{m['odate']:%Y%m%d%H%M%S}.{RNG.randrange(10**6)}@{o['addr'].split('@')[1]}>"
        H.append(("In-Reply-To", oid))
        refs = m.get("refs", []) + [oid]
        H.append(("References", " ".join(refs)))
    if mua.startswith("outlook"):
        H.append(("Thread-Topic", hdr_text(osubj or subj, cs)))
        H.append(("Thread-Index", base64.b64encode(bytes(RNG.randrange(256) for _ in range(22))).decode()))
        H.append(("Content-Language", {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang]))
    H += UA.get(mua, [])
    for k, v in m.get("hdr", {}).items():
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" if v != "" else f"{k}: \n" for k, v in H).encode()
    return head + render(node, bstyle), subj, plain

def L(kind, note, **facts):
    d = dict(kind=kind)
    d.update(facts)
    d["note"] = note
    return d

# ================================================================= ITALIANO
ROME = "Europe/Rome"
VALT_DISC = """
--
Gruppo Valtellina Alimentari S.p.A.
Amministrazione - Contabilità Fornitori
Via Stelvio 112 - 23100 Sondrio (SO)
Tel. +39 0342 555 810 - P.IVA 00841230146

Le informazioni contenute nella presente comunicazione e nei relativi allegati possono essere riservate e sono destinate esclusivamente alle persone o alla società sopraindicate. La diffusione, distribuzione e/o copiatura del documento trasmesso da parte di qualsiasi soggetto diverso dal destinatario è proibita. Se avete ricevuto questo messaggio per errore, vi preghiamo di distruggerlo e di informarci immediatamente. Informativa ai sensi del Regolamento UE 2016/679 (GDPR) disponibile su www.valtellina-alimentari.it/privacy.
Prima di stampare pensa all'ambiente."""

M(lang="it", owner="ale", frm=("Bertoletti Sonia", "s.bertoletti@valtellina-alimentari.it"), tz=ROME, date="2026-12-03 10:12",
  tmpl="reminder", inv="41/2026", amt=1220.00, due="2026-11-30", cname="Gruppo Valtellina Alimentari S.p.A.", ckind="company",
  mua="outlook", fmt="alt", cs="iso-8859-1", cte="qp", att=[("pdf", "Contabile_41-2026.pdf", "Bonifico SEPA eseguito - ROSSI ALESSANDRA - EUR 1.220,00")],
  body="""Buongiorno,

la fattura 41/2026 è stata pagata con la distinta del 30/11, valuta beneficiario 02/12.
Le allego la contabile per sua comodità.

Cordiali saluti

Sonia Bertoletti
""" + VALT_DISC,
  lab=L("client-reply-paid", "AP clerk: paid in the 30/11 payment batch, value date 02/12, receipt attached; 'distinta' here is past, not a promise", reference="41/2026"))

M(lang="it", owner="ale", frm=("Loris Zanin", "loris.zanin@ferramentanordest.it"), tz=ROME, date="2026-12-09 08:47",
  tmpl="reminder", inv="44/2026", amt=451.40, due="2026-11-30", cname="Ferramenta Nord Est srl", ckind="company",
  mua="apple", q="apple", cte="8bit",
  body="""Fatto ieri sera.
Saluti Loris

Inviato da iPhone""",
  lab=L("client-reply-paid", "one-word 'Fatto' from the bookkeeper = transfer done, no payment verb"))

M(lang="it", owner="ale", frm=("AP Italy - Katarzyna Nowak", "ap.italy@sc-krakow.lariogroup.com"), tz="Europe/Warsaw", date="2027-01-20 14:05",
  tmpl="reminder", inv="49/2026", amt=854.00, due="2027-01-15", cname="Lario Packaging Italia S.r.l.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Gentile fornitore,

la informiamo che la fattura nr 49/2026 e stata pagata in data 18.01.2027 nel payment run n. 5521.
Importo pagato: EUR 854,00
Data valuta: 19.01.2027

Per ulteriori informazioni la preghiamo di contattarci tramite il Portale Fornitori indicando sempre il numero della fattura.

Cordiali saluti / Best regards

Katarzyna Nowak
Accounts Payable Italy
Lario Group Shared Service Center Kraków
ul. Przemysłowa 12, 30-701 Kraków

This e-mail may contain confidential information. If you are not the intended recipient please notify the sender and delete it.""",
  lab=L("client-reply-paid", "Kraków shared-service centre writing Italian without accents; payment run executed 18.01", amount="854.00", reference="49/2026"))

M(lang="it", owner="dav", frm=("Studio Ferraro - Dott.ssa Elena Ferraro", "elena@studioferraro-commercialisti.it"), tz=ROME, date="2026-11-26 17:40",
  tmpl="due", inv="46/2026", amt=2318.00, due="2026-11-24", cname="Bottega Lanzi snc", ckind="company",
  mua="thunderbird", q="gmail", cte="qp", cc=[("Bottega Lanzi", "info@bottegalanzi.it")],
  body="""Buonasera sig. Colombo,

sono la commercialista della Bottega Lanzi, seguo io i pagamenti dei fornitori per conto dei soci.
Le confermo che il bonifico per la sua fattura 46/2026 è stato disposto oggi dal conto della società (Banca Sella), CRO 0326112600143788. Dovrebbe vederlo accreditato entro un paio di giorni lavorativi.

Metto in copia il sig. Lanzi per conoscenza.

Cordiali saluti
Dott.ssa Elena Ferraro
Studio Ferraro - Commercialisti Associati
Biella""",
  lab=L("client-reply-paid", "the client's external accountant: transfer ordered today with CRO = paid", reference="46/2026"))

M(lang="it", owner="ale", frm=("Amministrazione Cantine Morellino", "amministrazione@cantinemorellino.it"), tz=ROME, date="2026-11-16 11:30",
  tmpl="late_fee", inv="38/2026", amt=976.00, due="2026-10-31", cname="Cantine Morellino Soc. Agr.", ckind="company", ago=3,
  mua="gmail", fmt="alt", cte="qp",
  body="""Buongiorno Alessandra,

scusi se rispondo solo adesso ma tra la fine della vendemmia, il cambio del gestionale e la chiusura dei conti del trimestre qui in amministrazione siamo stati sommersi, e il suo primo sollecito mi era proprio sfuggito (finiva nella cartella promozioni, non so perché).

Comunque abbiamo saldato venerdì scorso insieme alle altre fatture dei fornitori, quindi a quest'ora dovrebbe esserle arrivato. Se non lo vede mi faccia sapere che chiedo in banca.

Approfitto per dirle che il titolare vorrebbe rifare anche le etichette del Rosso riserva per la Vinitaly, poi la chiama lui.

Buona giornata
Paola Giannetti
Ufficio Amministrazione
Cantine Morellino Soc. Agr. - Scansano (GR)""",
  lab=L("client-reply-paid", "long chatty mail; the only decisive sentence is 'abbiamo saldato venerdì scorso'; new work mentioned"))

M(lang="it", owner="dav", frm=("CSA Bari - Ufficio Fornitori", "fornitori.csa@logisticaadriatica.it"), tz=ROME, date="2026-12-17 09:02",
  tmpl="reminder", inv="47/2026", amt=2000.00, due="2026-11-30", cname="Logistica Adriatica S.p.A.", ckind="company",
  mua="outlook", q="outlook1", cs="windows-1252", cte="qp", pre="R: ",
  body="""Buongiorno,

in riferimento alla Sua comunicazione si informa che la fattura in oggetto risulta pagata con mandato n. 4471 del 14/12/2026 (valuta 16/12/2026):

Importo lordo       € 2.500,00
Ritenuta d'acconto  €   500,00
Netto corrisposto   € 2.000,00

La certificazione unica relativa alla ritenuta sarà inviata nei termini di legge.

Distinti saluti

Centro Servizi Amministrativi - Ufficio Fornitori
Logistica Adriatica S.p.A.
Zona Industriale Lotto 14 - 70123 Bari""",
  lab=L("client-reply-paid", "shared service centre; net of ritenuta d'acconto (normal, not a short payment); invoice named only via subject 'in oggetto', so no reference", amount="2000.00"))

M(lang="it", owner="ale", frm=("mariella brambilla", "mariella.edilbrianza@gmail.com"), tz=ROME, date="2026-12-10 19:22",
  tmpl="reminder", inv="43/2026", amt=610.00, due="2026-11-27", cname="Edil Costruzioni Brianza srl", ckind="company",
  mua="android", q="android", cte="8bit",
  body="""ciao Ale!! si scusa hai ragione, il bonifico l'avevo preparato martedi ma era rimasto li in home banking da autorizzare e il capo non l'aveva firmato 🙄 oggi finalmente l'ha autorizzato ed e partito. fammi sapere se ti arriva
baci Mariella

Inviato dal mio Galaxy""",
  lab=L("client-reply-paid", "bookkeeper, no accents, emoji; transfer prepared earlier, authorised and sent today = paid"))

M(lang="it", owner="ale", frm=("Pirovano Gianni", "ragioneria@fondazione-santamariaulivi.it"), tz=ROME, date="2026-12-04 12:15",
  tmpl="late_fee", inv="40/2026", amt=1586.00, due="2026-10-31", fees=True, cname="Fondazione Santa Maria degli Ulivi", ckind="company", ago=1,
  mua="outlook", fmt="html", cs="windows-1252", cte="qp",
  body="""Gentile dott.ssa Rossi,

in riferimento al Suo sollecito Le comunico che il pagamento della fattura n. 40/2026 è stato eseguito in data 27/11/2026, quindi prima dell’invio del Suo ultimo messaggio.

Può cortesemente verificare sull’estratto conto? Nel caso non lo trovasse mi mandi pure una mail e faccio fare una verifica alla nostra banca tesoriera.

Cordiali saluti

Rag. Gianni Pirovano
Ufficio Ragioneria
Fondazione Santa Maria degli Ulivi – ONLUS""",
  lab=L("client-reply-paid", "HTML-only Outlook, windows-1252 curly quotes; paid 27/11 plus a request to check (still paid)", reference="40/2026"))

M(lang="it", owner="dav", frm=("Federica Sala", "f.sala@gruppofontana-arredamenti.it"), tz=ROME, date="2027-01-07 10:40",
  tmpl="reminder", inv="52/2026", amt=1830.00, due="2026-12-31", cname="Gruppo Fontana Arredamenti S.p.A.", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Buongiorno Davide,
le inoltro qui sotto la conferma della tesoreria.
Saluti
Federica

---------- Forwarded message ---------
Da: Tesoreria Gruppo Fontana <tesoreria@gruppofontana-arredamenti.it>
Date: mar 5 gen 2027 alle ore 16:52
Subject: Pagamenti fornitori distinta 04/01
To: Federica Sala <f.sala@gruppofontana-arredamenti.it>


Fede,
i pagamenti della distinta del 04/01 sono stati tutti eseguiti, tra cui quelli che mi avevi segnalato:

COLOMBO DAVIDE - fatt. 52/2026 - € 1.830,00 - eseguito
TIPOGRAFIA BASSI SNC - fatt. 1188 - € 4.210,50 - eseguito

Ciao
Marco

{Q}""",
  lab=L("client-reply-paid", "forwarded internal treasury note listing the payment as executed; amount and number appear in the forwarded part the client sends as her answer", amount="1830.00", reference="52/2026"))

M(lang="it", owner="ale", frm=("Corti Ivana", "i.corti@ghezzi-officine.it"), tz=ROME, date="2026-12-01 15:20",
  tmpl="statement", inv="33/2026", items=[("33/2026", 1098.00, "2026-10-31"), ("36/2026", 1098.00, "2026-11-15")],
  cname="Officine Meccaniche Ghezzi S.p.A.", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp", att=[("pdf", "contabile_20112026.pdf", "Disposizione bonifico 20/11/2026 EUR 2.196,00")],
  body="""Buongiorno,

dal nostro partitario fornitori non risultano partite aperte a Suo nome: le fatture 33/2026 e 36/2026 sono state saldate entrambe il 20/11 con un unico bonifico di € 2.196,00 (causale "FT 33-36/2026 ROSSI"). Allego la contabile.

Probabilmente non ha riconciliato il bonifico perché cumulativo.

Saluti
Rag. Ivana Corti
Amministrazione Fornitori
Officine Meccaniche Ghezzi S.p.A.""",
  lab=L("client-reply-paid", "reply to a statement of two invoices: both settled by one cumulative transfer; two references so none labelled", amount="2196.00"))

M(lang="it", owner="dav", frm=("Tessaro Bruno", "amministrazione@tessaroserramenti.it"), tz=ROME, date="2027-02-02 16:05",
  tmpl="reminder", inv="4/2027", amt=976.00, due="2027-01-31", cname="Tessaro Serramenti srl", ckind="company",
  mua="outlook", q="outlook", pre="Rif: ", cs="iso-8859-1", cte="qp",
  body="""Pagata oggi con valuta domani.
Cordialità

Rag. Bruno Tessaro
Ufficio Amministrazione
Tessaro Serramenti srl - Castelfranco Veneto (TV)""",
  lab=L("client-reply-paid", "'Pagata oggi con valuta domani': paid today, value date tomorrow (not a promise)"))

M(lang="it", owner="ale", frm=("Studio Associato Benedetti", "amministrazione@studiobenedetti.it"), tz=ROME, date="2027-01-13 09:55",
  tmpl="due", inv="51/2026", amt=1220.00, due="2027-01-10", cname="Studio Associato Benedetti", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Buongiorno Alessandra,

vi abbiamo pagato ieri la fattura 51/2026 al netto dell'acconto già versato a settembre (€ 500,00), quindi il saldo bonificato è di € 720,00.
Mi conferma che le torna?

Grazie e buona giornata
Laura Benedetti
Studio Associato Benedetti
Avvocati e Commercialisti""",
  lab=L("client-reply-paid", "balance paid after a deposit; paid amount is 720, confirmation requested (no dispute)", amount="720.00", reference="51/2026"))

# ---- promises
M(lang="it", owner="ale", frm=("Mottolini Daniela", "d.mottolini@valtellina-alimentari.it"), tz=ROME, date="2026-12-09 11:18",
  tmpl="reminder", inv="45/2026", amt=2440.00, due="2026-11-30", cname="Gruppo Valtellina Alimentari S.p.A.", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Buongiorno,
la fattura 45/2026 è in pagamento con la distinta del 30.
Saluti
Daniela Mottolini
""" + VALT_DISC,
  lab=L("client-reply-promise", "'in pagamento con la distinta del 30' = will be paid in the batch of 30 December", reference="45/2026", promised_date="2026-12-30"))

M(lang="it", owner="dav", frm=("Silvia Orlandi - Amministrazione", "s.orlandi@modaricci.com"), tz=ROME, date="2026-11-18 14:50",
  tmpl="due", inv="39/2026", amt=3050.00, due="2026-11-15", cname="Moda Ricci Group S.r.l.", ckind="company",
  mua="outlook", fmt="alt", cte="qp",
  body="""Gentile Davide,

la sua fattura è stata approvata per il pagamento dal responsabile IT e uscirà con il giro pagamenti di fine mese.

Un cordiale saluto,
Silvia Orlandi
Amministrazione e Finanza
Moda Ricci Group S.r.l.""",
  lab=L("client-reply-promise", "'approvata per il pagamento ... giro pagamenti di fine mese' = promise for 30 Nov", promised_date="2026-11-30"))

M(lang="it", owner="ale", frm=("Gabriele Pozzi", "fornitori@consorzioagrariopp.it"), tz=ROME, date="2026-12-28 10:05",
  tmpl="reminder", inv="54/2026", amt=1342.00, due="2026-12-20", cname="Consorzio Agrario Pianura Padana", ckind="company",
  mua="thunderbird", q="gmail", cte="8bit",
  body="""Buongiorno,

noi i pagamenti ai fornitori li facciamo il 10 e il 25 di ogni mese. La sua fattura è arrivata dopo la chiusura del 25 dicembre, ora è registrata e andrà nel pagamento del 10 gennaio: siccome il 10 cade di domenica, partirà lunedì 11.

Cordiali saluti
Gabriele Pozzi
Ufficio Fornitori - Consorzio Agrario Pianura Padana""",
  lab=L("client-reply-promise", "fixed payment days 10/25; the 10th is a Sunday so the stated day is Monday 11 January", promised_date="2027-01-11"))

M(lang="it", owner="dav", frm=("Wiśniewski Piotr", "ap.italy@sc-krakow.lariogroup.com"), tz="Europe/Warsaw", date="2026-12-15 13:30",
  tmpl="reminder", inv="48/2026", amt=1464.00, due="2026-11-30", cname="Lario Packaging Italia S.r.l.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Gentile fornitore,

la fattura 48/2026 e stata registrata e approvata. Data di scadenza nel sistema: 31.01.2027 (condizioni di pagamento 60 gg df fm come da contratto quadro). La fattura sara pagata alla scadenza.

Per il futuro la preghiamo di indicare sempre in fattura il numero d'ordine (PO) e le condizioni di pagamento concordate.

Cordiali saluti
Piotr Wiśniewski
Accounts Payable Italy
Lario Group Shared Service Center Kraków""",
  lab=L("client-reply-promise", "SSC applies its own terms (60 days end of month) and states the payment date; no contest of the amount", reference="48/2026", promised_date="2027-01-31"))

M(lang="it", owner="ale", frm=("Ufficio Ragioneria Comune di Valbrona Lario", "ragioneria@comune.valbronalario.it"), tz=ROME, date="2027-01-12 10:00",
  tmpl="reminder", inv="50/2026", amt=3660.00, due="2026-12-31", cname="Comune di Valbrona Lario", ckind="company",
  mua="other", q="none", cte="qp",
  body="""In riscontro alla Sua nota si comunica che l'atto di liquidazione relativo alla fattura n. 50/2026 è stato predisposto dal Servizio Cultura.
Il mandato di pagamento sarà emesso entro la fine del mese corrente, compatibilmente con le disponibilità di cassa dell'Ente.

Distinti saluti

Il Responsabile del Servizio Finanziario
Dott. Fabrizio Galli

Comune di Valbrona Lario - Piazza Municipio 1
PEC: protocollo@pec.comune.valbronalario.it""",
  lab=L("client-reply-promise", "public body: liquidation prepared, mandate 'entro la fine del mese corrente' = 31 Jan despite the cash-availability hedge", reference="50/2026", promised_date="2027-01-31"))

M(lang="it", owner="ale", frm=("Paola Giannetti", "amministrazione@cantinemorellino.it"), tz=ROME, date="2026-12-09 17:02",
  tmpl="due", inv="42/2026", amt=732.00, due="2026-11-30", cname="Cantine Morellino Soc. Agr.", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Alessandra buonasera,
questa settimana non ce la facciamo, facciamo lunedì 14 che arrivano gli incassi delle fiere.
Paola""",
  lab=L("client-reply-promise", "'facciamo lunedì 14' = Monday 14 December", promised_date="2026-12-14"))

M(lang="it", owner="dav", frm=("Giorgio Vitali", "g.vitali@tecnoplastveneta.it"), tz=ROME, date="2027-01-08 08:15",
  tmpl="late_fee", inv="50/2026", amt=4270.00, due="2026-12-15", cname="Tecnoplast Veneta S.p.A.", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp", cc=[("Contabilità Fornitori", "contabilita@tecnoplastveneta.it")],
  body="""Buongiorno Colombo,

con la chiusura dell'esercizio la tesoreria ha congelato le uscite fino al completamento delle riconciliazioni di fine anno. Non riusciamo a pagare prima del 20, ma il 20 la sua fattura è nel primo blocco di pagamenti.
Le chiedo scusa per il ritardo.

Giorgio Vitali
CFO - Tecnoplast Veneta S.p.A.""",
  lab=L("client-reply-promise", "CFO: 'non riusciamo a pagare prima del 20' + first block on the 20th = promise for 20 January", promised_date="2027-01-20"))

M(lang="it", owner="ale", frm=("mariella brambilla", "mariella.edilbrianza@gmail.com"), tz=ROME, date="2026-12-17 18:40",
  tmpl="promise_followup", inv="47/2026", amt=915.00, due="2026-12-05", cname="Edil Costruzioni Brianza srl", ckind="company",
  mua="android", q="android", cte="8bit",
  body="""ALE SCUSAMI!!! domani senza fallo te lo giuro, oggi il capo e in cantiere a Seregno e non riesco a fargli firmare niente
M.""",
  lab=L("client-reply-promise", "ALL CAPS apology, 'domani senza fallo' = next day", promised_date="2026-12-18"))

M(lang="it", owner="dav", frm=("Hotel Villa Marinella - Amministrazione", "amministrazione@villamarinella-rimini.it"), tz=ROME, date="2026-12-21 11:47",
  tmpl="reminder", inv="49/2026", amt=1342.00, due="2026-12-10", cname="Hotel Villa Marinella", ckind="company",
  mua="apple-mac", q="apple", cte="qp",
  body="""Buongiorno Davide,

la fattura l'ho passata in contabilità, il titolare la paga appena rientra dalle ferie, verso metà gennaio. In questo periodo con l'hotel chiuso per la stagione siamo a ranghi ridotti.

Buone feste!
Nicoletta
Hotel Villa Marinella ***
Viale Regina Elena 88 - Rimini""",
  lab=L("client-reply-promise", "seasonal hotel: will pay 'verso metà gennaio' = vague, no date"))

M(lang="it", owner="ale", frm=("Nadia Villa", "contabilita@bianchiefigli-arredo.it"), tz=ROME, date="2027-01-14 15:33",
  tmpl="statement", inv="48/2026", items=[("48/2026", 1220.00, "2026-12-15"), ("52/2026", 854.00, "2026-12-31")],
  cname="Bianchi & Figli Arredo srl", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Buongiorno,

la 48/2026 l'abbiamo pagata ieri, la 52/2026 invece va con la distinta di fine gennaio.

Saluti
Nadia Villa
Ufficio Contabilità
Bianchi & Figli Arredo srl""",
  lab=L("client-reply-promise", "two invoices: one paid, the other promised for the end-of-January batch -> promise", reference="52/2026", promised_date="2027-01-31"))

M(lang="it", owner="dav", frm=("Simona Marchetti", "simona@autotrasportimarchetti.it"), tz=ROME, date="2026-12-16 12:20",
  tmpl="due", inv="51/2026", amt=1708.00, due="2026-12-15", cname="Autotrasporti Marchetti srl", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Buongiorno,
per la fattura 51/2026 abbiamo programmato il bonifico in data 22/12.
Cordiali saluti
Simona Marchetti
Ufficio Amministrativo""",
  lab=L("client-reply-promise", "scheduled transfer (not executed yet) for 22/12", reference="51/2026", promised_date="2026-12-22"))

M(lang="it", owner="dav", frm=("Jacopo | Pixelnove", "jacopo@pixelnove.it"), tz=ROME, date="2027-02-09 19:05",
  tmpl="reminder", inv="3/2027", amt=1100.00, due="2027-01-31", cname="Jacopo Landi", ckind="person",
  mua="gmail", q="gmail", cte="qp",
  body="""Ciao Davide,
hai ragione, scusa. Il cliente finale (la catena di palestre) non ci ha ancora pagato il progetto e siamo scoperti su tre fornitori. Appena ci pagano ti giro il bonifico, sei il primo della lista.
Jacopo""",
  lab=L("client-reply-promise", "agency subcontract: pay-when-paid, no date"))

M(lang="it", owner="ale", frm=("Roberta - Segreteria Amministrativa", "amministrazione@poliambulatoriosanluca.it"), tz=ROME, date="2027-02-03 12:30",
  tmpl="reminder", inv="2/2027", amt=488.00, due="2027-01-31", cname="Poliambulatorio San Luca srl", ckind="company",
  mua="outlook", fmt="alt", cte="qp",
  body="""Buongiorno Sig.ra Rossi,
mi scuso, la fattura era rimasta in attesa di firma. Provvedo oggi stesso al bonifico appena il direttore sanitario firma la distinta (è in riunione fino alle 14).
Cordialmente
Roberta Fumagalli""",
  lab=L("client-reply-promise", "'provvedo oggi stesso' = will pay today, pending a signature", promised_date="2027-02-03"))

M(lang="it", owner="dav", frm=("Antonio Russo", "ufficio.amministrazione@panificiorusso.it"), tz=ROME, date="2027-01-19 18:10",
  tmpl="late_fee", inv="53/2026", amt=2196.00, due="2026-12-31", cname="Panificio Fratelli Russo srl", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Buonasera Davide,
ci siamo, riusciamo a saldarla entro il 15. C'è stato un problema con il rinnovo del fido in banca e a gennaio abbiamo dovuto dare priorità a stipendi e F24.
Grazie per la pazienza
Antonio""",
  lab=L("client-reply-promise", "'entro il 15' on 19 January: the 15th has passed, so 15 February", promised_date="2027-02-15"))

LARIO_DISC = """
Gruppo Editoriale Lario S.p.A. | Contabilità Fornitori | Via Volta 21, 22100 Como
Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate. Qualora abbiate ricevuto questo documento per errore siete cortesemente pregati di darne immediata comunicazione al mittente e di provvedere alla sua distruzione. Ai sensi degli artt. 13 e 14 del Regolamento UE 2016/679 i dati personali sono trattati per finalità amministrativo-contabili."""

M(lang="it", owner="ale", frm=("Castelli Marina", "contabilita.fornitori@editorialelario.it"), tz=ROME, date="2027-01-05 09:41",
  tmpl="reminder", inv="46/2026", amt=3172.00, due="2026-12-20", cname="Gruppo Editoriale Lario S.p.A.", ckind="company",
  mua="outlook", fmt="alt", cs="iso-8859-1", cte="qp",
  body="""Gentile fornitore,

in riferimento al Suo sollecito, La informiamo che la fattura n. 46/2026 è stata approvata dal responsabile di commessa e inserita nel flusso pagamenti. Verrà pagata secondo i termini contrattuali (60 gg d.f.f.m.), quindi il 28/02/2027.

La preghiamo per il futuro di indicare sempre in fattura il numero d'ordine (ODA) ricevuto dal nostro Ufficio Acquisti: le fatture prive di riferimento d'ordine vengono sospese automaticamente dal sistema.

Cordiali saluti
Marina Castelli
""" + LARIO_DISC,
  lab=L("client-reply-promise", "approved, will be paid at contractual terms on 28/02; the PO remark is advice, not a claim", reference="46/2026", promised_date="2027-02-28"))

# ---- disputes
M(lang="it", owner="dav", frm=("Pagani Luca", "contabilita.fornitori@elettromeccanicasarti.it"), tz=ROME, date="2026-11-20 11:25",
  tmpl="courtesy", inv="44/2026", amt=2928.00, due="2026-11-30", cname="Elettromeccanica Sarti S.p.A.", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Buongiorno,

la fattura 44/2026 risulta sospesa: l'importo non corrisponde all'ordine d'acquisto (ODA 4500012345 per € 2.000,00 + IVA, fattura € 2.400,00 + IVA).
Ci invii nota di credito per la differenza oppure faccia integrare l'ordine dal suo referente interno (ing. Dossi); fino ad allora non possiamo procedere al pagamento.

Cordiali saluti
Luca Pagani
Contabilità Fornitori
Elettromeccanica Sarti S.p.A.""",
  lab=L("client-reply-dispute", "invoice on hold: amount exceeds the PO, credit note requested", reference="44/2026"))

M(lang="it", owner="ale", frm=("Ufficio Contabilità DArch", "contabilita.darch@unilario.it"), tz=ROME, date="2026-11-24 10:02",
  tmpl="due", inv="39/2026", amt=1830.00, due="2026-11-20", cname="Università degli Studi del Lario - Dipartimento di Architettura", ckind="company",
  mua="thunderbird", q="gmail", cte="qp",
  body="""Gentile dott.ssa Rossi,

la fattura n. 39/2026 è stata rifiutata tramite SdI in data 18/11/2026 perché non riporta l'esigibilità IVA "S" (scissione dei pagamenti, art. 17-ter DPR 633/72), obbligatoria per le fatture emesse nei confronti dell'Ateneo. Per questo motivo non può essere pagata.

Dovrà emettere nota di credito a storno totale e riemettere la fattura correttamente, indicando anche il CIG B2C4A17F90 e il codice univoco ufficio UFXR7K.

Cordiali saluti
Ufficio Contabilità
Dipartimento di Architettura - Università degli Studi del Lario""",
  lab=L("client-reply-dispute", "public body rejects the invoice (VAT split payment missing) and requires a credit note and a reissue: wrong amount due, credit note wanted", reference="39/2026"))

M(lang="it", owner="ale", frm=("Fabio Riva", "f.riva@cosmeticaalpina.it"), tz=ROME, date="2026-12-14 18:55",
  tmpl="reminder", inv="37/2026", amt=2196.00, due="2026-11-30", cname="Cosmetica Alpina srl", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Buonasera Alessandra,

ho controllato con il marketing: le 6 ore di revisione extra in fattura non erano state concordate né autorizzate, il preventivo firmato parlava di due giri di correzioni inclusi.
Paghiamo quindi solo il preventivo, cioè € 1.500 + IVA = € 1.830,00. Attendiamo una nota di credito per la differenza e poi procediamo.

Fabio Riva
Controller - Cosmetica Alpina srl""",
  lab=L("client-reply-dispute", "controller contests the extra hours, accepts the quoted amount only", amount="1830.00"))

M(lang="it", owner="dav", frm=("Sergio Brambilla", "sergio@edilbrianza.it"), tz=ROME, date="2026-12-02 07:12",
  tmpl="reminder", inv="45/2026", amt=3416.00, due="2026-11-25", cname="Edil Costruzioni Brianza srl", ckind="company",
  mua="apple", q="none", cte="8bit",
  body="""Ciao Davide te lo dico chiaro: el sito l'è minga finì.
Il modulo dei preventivi NON MANDA LE MAIL, la galleria dei cantieri sul telefono non si vede e il logo è ancora quello vecchio. Fin che non va tutto non paghiamo, l'ho detto anche alla Mariella in amministrazione di non fare il bonifico.
Chiamami

Sergio

Inviato da iPhone""",
  lab=L("client-reply-dispute", "owner of the client company in Lombard dialect: work not finished, tells accounts to withhold payment"))

M(lang="it", owner="ale", frm=("Chiara - Birrificio Val Seriana", "amministrazione@birrificiovalseriana.it"), tz=ROME, date="2027-01-21 16:14",
  tmpl="reminder", inv="53/2026", amt=1342.00, due="2027-01-15", cname="Birrificio Val Seriana srl", ckind="company",
  mua="gmail", fmt="alt", q="gmail", cte="qp",
  body="""Ciao Alessandra,

per la 53/2026 abbiamo pagato € 600,00 a titolo di acconto (bonifico del 19/01). Il saldo lo paghiamo quando ci mandate i file esecutivi corretti delle etichette: sull'etichetta della IPA c'è ancora il refuso del grado alcolico (5,2% invece di 5,8%) e la tipografia non può partire.

Grazie,
Chiara
Amministrazione - Birrificio Val Seriana""",
  lab=L("client-reply-dispute", "partial payment + rest withheld until a defect is fixed = dispute; amount is what they paid", amount="600.00", reference="53/2026"))

M(lang="it", owner="dav", frm=("Erika Dal Molin", "e.dalmolin@tecnoplastveneta.it"), tz=ROME, date="2026-12-11 09:30",
  tmpl="due", inv="43/2026", amt=1586.00, due="2026-12-10", cname="Tecnoplast Veneta S.p.A.", ckind="company",
  mua="outlook", q="outlook1", cs="iso-8859-1", cte="qp",
  body="""Buongiorno,

la fattura 43/2026 riporta la stessa prestazione della 27/2026 (manutenzione sito e hosting ottobre) che risulta già saldata il 05/11. Si tratta quindi di un doppione: vi chiediamo di stornarla con nota di credito.

Se invece si riferisce a un periodo diverso vi prego di indicarlo nella descrizione.

Saluti
Erika Dal Molin
Contabilità Fornitori - Tecnoplast Veneta S.p.A.""",
  lab=L("client-reply-dispute", "claims the invoice duplicates an already-paid one, asks for a credit note", reference="43/2026"))

M(lang="it", owner="ale", frm=("Paolo Sartori", "tesoriere@associazionelumiere.org"), tz=ROME, date="2026-11-27 21:10",
  tmpl="reminder", inv="35/2026", amt=1000.00, due="2026-11-20", cname="Associazione Culturale Lumière", ckind="company",
  mua="thunderbird", q="gmail", cte="qp",
  body="""Gentile Alessandra,

nella fattura 35/2026 non è indicata la ritenuta d'acconto del 20%, che come associazione sostituto d'imposta siamo obbligati a trattenere. Abbiamo quindi bonificato € 800,00 (imponibile meno ritenuta) e per la differenza ci serve una fattura corretta o una nota di credito, altrimenti il nostro commercialista non può chiudere la pratica.

Buona serata
Paolo Sartori
Tesoriere - Associazione Culturale Lumière""",
  lab=L("client-reply-dispute", "paid less than invoiced and asks for a corrected invoice/credit note: contests the amount", amount="800.00", reference="35/2026"))

M(lang="it", owner="ale", frm=("Accounts Payable Italy", "ap.italy@sc-krakow.lariogroup.com"), tz="Europe/Warsaw", date="2027-02-04 10:48",
  tmpl="reminder", inv="3/2027", amt=2684.00, due="2027-01-31", cname="Lario Packaging Italia S.r.l.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Gentile fornitore,

la fattura 3/2027 e bloccata per il pagamento: manca entrata merce (GR) sull'ordine 4500098812. Abbiamo contattato il richiedente interno (sig. Bonetti) il quale ci informa che il servizio non e stato completato: manca ancora la consegna del manuale d'uso impaginato.
Fino alla conferma del richiedente la fattura rimane bloccata.

Cordiali saluti
Agnieszka Kowalczyk
Accounts Payable Italy
Lario Group Shared Service Center Kraków""",
  lab=L("client-reply-dispute", "three-way match failure because the requester says the work is not complete = work not done", reference="3/2027"))

M(lang="it", owner="dav", frm=("Luisa Gatti", "amministrazione@otticabelvedere.it"), tz=ROME, date="2027-01-26 11:05",
  tmpl="reminder", inv="2/2027", amt=1220.00, due="2027-01-20", cname="Ottica Belvedere snc", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Buongiorno Davide,

come concordato a voce con mio marito applichiamo lo sconto del 10%: paghiamo quindi € 1.098,00 invece di € 1.220,00. Ci manda la nota di credito per la differenza così la registro?

Grazie
Luisa""",
  lab=L("client-reply-dispute", "client applies a discount (claimed verbal agreement) and wants a credit note", amount="1098.00"))

# ---- other
M(lang="it", owner="dav", frm=("Massimo Cerri", "acquisti@meccanicalodigiana.it"), tz=ROME, date="2026-11-19 09:12",
  tmpl="courtesy", inv="42/2026", amt=915.00, due="2026-11-25", cname="Meccanica Lodigiana srl", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp", cc=[("Amministrazione Meccanica Lodigiana", "amministrazione@meccanicalodigiana.it")],
  body="""Buongiorno,
giro all'amministrazione che segue i pagamenti (in copia).
Saluti
Massimo Cerri
Ufficio Acquisti""",
  lab=L("client-reply-other", "buyer forwards to accounts (cc), no claim"))

M(lang="it", owner="ale", frm=("Vivai Ferrari - Ufficio Amministrativo", "ufficio@vivaiferrari.it"), tz=ROME, date="2026-11-13 15:45",
  tmpl="courtesy", inv="34/2026", amt=671.00, due="2026-11-15", cname="Vivai Piante Ferrari", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Buongiorno,

la fattura 34/2026 non ci è arrivata dallo SdI, nel cassetto fiscale non c'è niente a suo nome. Il nostro codice destinatario è M5UXCR1 (forse aveva usato quello vecchio?). Può verificare e reinviarla?

Grazie, cordiali saluti
Elisa""",
  lab=L("client-reply-other", "e-invoice never received via SdI, asks to resend: question, no claim", reference="34/2026"))

M(lang="it", owner="dav", frm=("ASST Lariana - Ufficio Liquidazione Fatture", "liquidazione.fatture@asst-lariana.it"), tz=ROME, date="2027-01-27 13:20",
  tmpl="reminder", inv="54/2026", amt=3904.00, due="2027-01-15", cname="ASST Lariana", ckind="company",
  mua="other", q="none", cte="qp",
  body="""Gentile fornitore,
in relazione alla fattura n. 54/2026 si comunica che non è possibile procedere alla liquidazione in quanto nel documento non sono riportati gli estremi dell'ordine elettronico NSO (ID documento e data). La preghiamo di comunicarci gli estremi dell'ordine ricevuto, in modo da poterlo abbinare alla fattura.
Distinti saluti
UOC Gestione Economico Finanziaria
Ufficio Liquidazione Fatture""",
  lab=L("client-reply-other", "health authority needs the NSO order reference: missing-PO request, not a dispute", reference="54/2026"))

M(lang="it", owner="ale", frm=("Segreteria Studio Legale Marini", "segreteria@studiolegalemarini.it"), tz=ROME, date="2026-11-10 12:02",
  tmpl="invoice", inv="32/2026", amt=1464.00, due="2026-12-10", what="all'impaginazione del bilancio sociale 2025",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Buongiorno,
ricevuta, grazie. L'abbiamo registrata in contabilità.
Cordiali saluti
Segreteria
Studio Legale Marini""",
  lab=L("client-reply-other", "reply to the invoice mail: received and booked; booking is not payment"))

M(lang="it", owner="dav", frm=("Federica Sala", "f.sala@gruppofontana-arredamenti.it"), tz=ROME, date="2027-01-25 10:15",
  tmpl="reminder", inv="1/2027", amt=1830.00, due="2027-01-20", cname="Gruppo Fontana Arredamenti S.p.A.", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Buongiorno Davide,

venerdì ci è arrivata una mail a suo nome, ma da un indirizzo gmail (davide.colombo.dev@gmail.com), con la richiesta di aggiornare l'IBAN per i prossimi pagamenti su un conto di una banca online.
Per le nostre procedure antifrode la chiameremo al numero che abbiamo in anagrafica per verificare; nel frattempo non modifichiamo nulla in anagrafica fornitori.
Mi conferma se la richiesta è davvero sua?

Saluti
Federica""",
  lab=L("client-reply-other", "IBAN-change verification call-back (possible fraud); no payment claim or promise"))

M(lang="it", owner="ale", frm=("Latteria Sociale Valtorta - Acquisti", "acquisti@latteriavaltorta.it"), tz=ROME, date="2026-11-23 14:37",
  tmpl="invoice", inv="31/2026", amt=549.00, due="2026-12-15", what="al restyling del logo e delle confezioni dello stracchino",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp", att=[("pdf", "Modulo_anagrafica_fornitori.pdf", "Modulo richiesta inserimento anagrafica fornitori")],
  body="""Buongiorno,

per procedere al pagamento dobbiamo prima inserirla in anagrafica fornitori. Ci servono:
- il modulo allegato compilato e firmato;
- la dichiarazione di tracciabilità dei flussi finanziari (L. 136/2010) con l'IBAN dedicato;
- copia di un documento d'identità.

Appena ricevuti la fattura viene registrata e segue il normale iter.

Cordiali saluti
Ufficio Acquisti
Latteria Sociale Valtorta Soc. Coop. Agr.""",
  lab=L("client-reply-other", "vendor onboarding documents required before payment; administrative request"))

M(lang="it", owner="dav", frm=("Teresa Longhi", "contabilita.passiva@gruppo-sanitariolombardo.it"), tz=ROME, date="2026-12-03 11:55",
  tmpl="due", inv="41/2026", amt=2074.00, due="2026-12-01", cname="Gruppo Sanitario Lombardo S.p.A.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Buongiorno,

non troviamo nessun ordine collegato alla fattura 41/2026 e nessuno dei centri di costo la riconosce. Mi sa indicare il nome del referente interno che le ha commissionato il lavoro, così la mando in approvazione alla persona giusta?

Grazie
Teresa Longhi
Contabilità Passiva""",
  lab=L("client-reply-other", "AP cannot route the invoice: asks who ordered it (question, not a refusal)", reference="41/2026"))

M(lang="it", owner="ale", frm=("Giulia Marchesi", "giulia.marchesi@distilleriabrera.it"), tz=ROME, date="2027-01-18 12:40",
  tmpl="reminder", inv="57/2026", amt=2440.00, due="2027-01-10", cname="Distilleria Brera S.r.l.", ckind="company",
  mua="gmail", fmt="alt", q="gmail", cte="qp",
  body="""Ciao Alessandra!

ho girato il tuo sollecito al dott. Ferri dell'amministrazione, ci pensa lui (io sui pagamenti non ho accesso, purtroppo).

Intanto ti scrivo per un'altra cosa: ci servirebbe il preventivo per il catalogo 2027, 48 pagine più copertina, stessa carta dell'anno scorso ma con la nobilitazione a caldo sul logo. Le foto le fa sempre Matteo, dovrebbero essere pronte per fine febbraio.
Riusciamo a vederci giovedì mattina in distilleria? Ti faccio assaggiare il nuovo amaro 😄

Un abbraccio
Giulia
Marketing & Comunicazione
Distilleria Brera S.r.l.""",
  lab=L("client-reply-other", "marketing contact passed the reminder to accounts and talks about new work; no payment statement"))

M(lang="it", owner="dav", frm=("Walter Monti", "walter@serigrafiamonti.it"), tz=ROME, date="2027-01-11 08:50",
  tmpl="late_fee", inv="40/2026", amt=1952.00, due="2026-11-30", fees=True, cname="Serigrafia Monti snc", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Buongiorno Colombo,
mi può chiamare quando ha un attimo? Vorrei capire come è calcolata la voce interessi e i 40 euro nel suo ultimo sollecito, non mi sono chiari.
Sono in ufficio tutta la mattina: 0341 555 2190
Walter Monti""",
  lab=L("client-reply-other", "asks for a call to understand the late-payment interest lines: a question, no contest stated"))

M(lang="it", owner="ale", frm=("Contabilità Ipermercati Grande Lario", "contabilita@grandelario-iper.it"), tz=ROME, date="2026-12-22 16:02",
  tmpl="due", inv="55/2026", amt=366.00, due="2026-12-20", cname="Ipermercati Grande Lario S.p.A.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Buongiorno,
il nostro gestionale accetta solo fatture elettroniche: il PDF che ci ha inviato non è sufficiente. Ci può confermare che la fattura 55/2026 è stata trasmessa allo SdI (e con quale codice destinatario) oppure mandarci il file XML?
Grazie
Ufficio Contabilità""",
  lab=L("client-reply-other", "needs the XML e-invoice / SdI confirmation: question", reference="55/2026"))

M(lang="it", owner="dav", frm=("Simona Marchetti", "simona@autotrasportimarchetti.it"), tz=ROME, date="2027-01-28 17:18",
  tmpl="reminder", inv="5/2027", amt=732.00, due="2027-01-25", cname="Autotrasporti Marchetti srl", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp", cc=[("Fornitori Autotrasporti Marchetti", "fornitori@autotrasportimarchetti.it")],
  body="""Buongiorno,
la informo che dal 1° febbraio le fatture e i solleciti vanno inviati a fornitori@autotrasportimarchetti.it (che metto in copia): io passo all'ufficio personale e questa casella non la seguirò più.
Cordiali saluti
Simona Marchetti""",
  lab=L("client-reply-other", "human note about a new accounts mailbox; says nothing about this invoice's payment"))

M(lang="it", owner="ale", frm=("Kowalczyk Agnieszka", "ap.italy@sc-krakow.lariogroup.com"), tz="Europe/Warsaw", date="2027-02-22 09:15",
  tmpl="reminder", inv="6/2027", amt=1159.00, due="2027-02-15", cname="Lario Packaging Italia S.r.l.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Gentile fornitore,

abbiamo aperto la richiesta n. 00458812 per la sua segnalazione. Il team sta verificando lo stato della fattura 6/2027 con il reparto richiedente. Le daremo riscontro entro 5 giorni lavorativi.

Cordiali saluti
Agnieszka Kowalczyk
Accounts Payable Italy
Lario Group Shared Service Center Kraków""",
  lab=L("client-reply-other", "SSC clerk opens a query ticket by hand; no status yet", reference="6/2027"))

# ---- machine mail (it)
M(lang="it", owner="dav", frm=("Contabilità Fornitori Sarti", "contabilita.fornitori@elettromeccanicasarti.it"), tz=ROME, date="2026-12-05 00:04",
  tmpl="reminder", inv="44/2026", amt=2928.00, due="2026-11-30", cname="Elettromeccanica Sarti S.p.A.", ckind="company", ago=0,
  odate="2026-12-04 23:58",
  mua="outlook", q="none", cs="iso-8859-1", cte="qp", pre="Risposta automatica: ",
  hdr={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
  body="""Gentile fornitore,

questa casella è utilizzata esclusivamente per la ricezione delle fatture passive in formato PDF (in copia di cortesia) e non è presidiata.
Le fatture elettroniche devono essere trasmesse tramite SdI al codice destinatario KRRH6B9.

Per solleciti e informazioni sullo stato dei pagamenti scrivere a tesoreria@elettromeccanicasarti.it indicando numero e data della fattura.

Messaggio generato automaticamente, si prega di non rispondere.""",
  lab=L("auto-reply", "unattended AP mailbox auto-reply with RFC 3834 header; no return date"))

M(lang="it", owner="ale", frm=("Portale Fornitori Gruppo Valtellina", "noreply@portalefornitori.valtellina-alimentari.it"), tz=ROME, date="2027-01-29 06:02",
  subj="Avviso di pagamento n. 2027000148 - ROSSI ALESSANDRA", mua="other", cte="qp", fmt="plain",
  hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "SAP NetWeaver 7.50"},
  body="""AVVISO DI PAGAMENTO

Spett.le ROSSI ALESSANDRA
Codice fornitore: 0000418873

Vi informiamo che in data 29/01/2027 è stato disposto a Vostro favore il seguente pagamento:

Numero avviso:      2027000148
Data pagamento:     29/01/2027
Data valuta:        01/02/2027
Modalità:           Bonifico SEPA
IBAN beneficiario:  IT60X0542811101000000123456
Importo:            EUR 2.440,00

Documenti pagati:
Doc. fornitore   Data doc.    Importo lordo   Ritenute   Importo pagato
45/2026          30/10/2026       2.440,00        0,00         2.440,00

Totale pagato:                                              EUR 2.440,00

Per qualsiasi informazione accedere al Portale Fornitori (https://portalefornitori.valtellina-alimentari.it) - sezione "Pagamenti".
Questa e-mail è generata automaticamente: si prega di non rispondere.

Gruppo Valtellina Alimentari S.p.A. - Tesoreria""",
  lab=L("payment-notification", "supplier-portal remittance advice: payment ordered in favour of the freelancer", amount="2440.00", reference="45/2026"))

# ================================================================= ESPAÑOL
MAD = "Europe/Madrid"; CAN = "Atlantic/Canary"; LIS = "Europe/Lisbon"; MEX = "America/Mexico_City"; BUE = "America/Argentina/Buenos_Aires"
LEVANTE_DISC = """
Grupo Hostelero Levante, S.A. · Departamento de Proveedores
Avda. del Puerto 214, 46023 València · Tel. 963 55 21 00

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa de GRUPO HOSTELERO LEVANTE, S.A. Si usted no es el destinatario final por favor elimínelo e infórmenos por esta vía.
PROTECCIÓN DE DATOS: De conformidad con el Reglamento (UE) 2016/679 (RGPD) y la Ley Orgánica 3/2018 (LOPDGDD), le informamos de que sus datos son tratados por GRUPO HOSTELERO LEVANTE, S.A. con la finalidad de gestionar la relación comercial. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición en lopd@grupolevante.es."""

FARMASUR_SIG = """
Centro de Serviços Partilhados · Cuentas a Pagar España
Laboratorios Farmasur, S.A.
Rua do Proletariado 15, 2790-138 Carnaxide (Lisboa)
Portal de proveedores: https://proveedores.farmasur.es"""

M(lang="es", owner="lu", frm=("Amparo Ferrer Soler", "proveedores@grupolevante.es"), tz=MAD, date="2026-12-03 12:40",
  tmpl="reminder", inv="2026-041", amt=1573.00, due="2026-11-28", cname="Grupo Hostelero Levante, S.A.", ckind="company",
  mua="outlook", fmt="alt", cs="windows-1252", cte="qp", att=[("pdf", "Justificante_transferencia_2026-041.pdf", "Justificante de transferencia - 1.573,00 EUR")],
  body="""Buenos días,

Le informamos que la factura 2026-041 se abonó mediante transferencia el pasado 28/11 con fecha valor 01/12. Adjuntamos justificante.

Un saludo,

Amparo Ferrer
""" + LEVANTE_DISC,
  lab=L("client-reply-paid", "AP department: paid by transfer on 28/11, receipt attached; long LOPD disclaimer", reference="2026-041"))

M(lang="es", owner="lu", frm=("Juan Manuel Cárnicas del Tajo", "admon@carnicasdeltajo.es"), tz=MAD, date="2026-12-10 13:05",
  tmpl="reminder", inv="2026-044", amt=726.00, due="2026-12-05", cname="Distribuciones Cárnicas del Tajo, S.L.", ckind="company",
  mua="android", q="android", cte="8bit",
  body="""Transferencia realizada esta mañana.
Un saludo

Enviado desde mi Android""",
  lab=L("client-reply-paid", "one-liner from the administrator on the phone: transfer made this morning"))

M(lang="es", owner="lu", frm=("Rocío Aranda | Gestoría Aranda", "rocio@gestoriaaranda.es"), tz=MAD, date="2026-12-18 10:20",
  tmpl="reminder", inv="2026-048", amt=1210.00, due="2026-12-10", cname="Editorial Marea, S.L.", ckind="company",
  mua="gmail", q="gmail", cte="qp", att=[("pdf", "extracto_pagos_colaboradores_15122026.pdf", "Extracto - pagos colaboradores 15/12/2026")],
  body="""Buenos días Lucía,

soy Rocío, de la Gestoría Aranda; llevamos la contabilidad y los pagos de Editorial Marea. Te confirmo que la factura 48 se pagó el 15 de diciembre junto con las de otros colaboradores del catálogo. Te adjunto el extracto para que lo puedas localizar (aparece como "EDIT MAREA PAGO COLAB").

Un saludo,
Rocío Aranda
Gestoría Aranda · Asesoría fiscal, laboral y contable
C/ Hortaleza 61, 28004 Madrid""",
  lab=L("client-reply-paid", "client's outsourced bookkeeper; 'factura 48' in a thread about 2026-048", reference="2026-048"))

M(lang="es", owner="lu", frm=("Inês Carvalho", "cuentasapagar.es@farmasur.es"), tz=LIS, date="2027-01-13 15:12",
  tmpl="reminder", inv="2026-052", amt=1573.00, due="2026-12-31", cname="Laboratorios Farmasur, S.A.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Estimado proveedor,

Informamos que el pago fue efectuado el 11/01/2027 en la corrida de pagos nº 2207.
Valor: 1.573,00 EUR
Referencia: 2026-052

Cualquier duda, por favor abra una solicitud en el portal de proveedores indicando el número de factura.

Atentamente,
Inês Carvalho
""" + FARMASUR_SIG,
  lab=L("client-reply-paid", "Lisbon shared-service centre writing Spanish with Portuguese turns ('corrida de pagos', 'Valor')", amount="1573.00", reference="2026-052"))

M(lang="es", owner="lu", frm=("Adriana Robles", "cxp@editorialtierralta.com.mx"), tz=MEX, date="2026-11-23 10:15",
  tmpl="reminder", inv="2026-039", amt=1850.00, cur="USD", due="2026-11-15", cname="Editorial Tierra Alta, S.A. de C.V.", ckind="company",
  mua="outlook", q="outlook", cte="qp", att=[("png", "comprobante_transferencia.png", "")],
  body="""Buen día Lucía,

Le comento que el pago ya quedó aplicado desde el viernes por transferencia internacional, por USD 1,850.00. Le comparto captura del comprobante.

Quedo atenta a cualquier comentario.

Saludos cordiales,

Lic. Adriana Robles
Cuentas por Pagar
Editorial Tierra Alta, S.A. de C.V.
Tel. +52 55 5555 0192""",
  lab=L("client-reply-paid", "Mexican accounts payable ('quedó aplicado'), amount in USD, screenshot attached", amount="1850.00", currency="USD"))

M(lang="es", owner="car", frm=("Yurena Santana", "administracion@constructoraatlantica.es"), tz=CAN, date="2026-12-16 13:20",
  tmpl="reminder", inv="2026-027", amt=642.00, due="2026-12-05", cname="Constructora Atlántica Canaria, S.L.", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Hola Carmen mi niña!

Ya está pagada desde ayer martes, lo que pasa es que las transferencias desde nuestro banco tardan un par de días en llegar. Mira el jueves a ver y si no me dices.

Besitos
Yurena

Administración
Constructora Atlántica Canaria, S.L.""",
  lab=L("client-reply-paid", "Canarian voice ('mi niña'); paid yesterday, asks to check on Thursday"))

M(lang="es", owner="lu", frm=("Jesús Ortega", "administracion@hotelessierranevada.com"), tz=MAD, date="2026-12-02 09:48",
  tmpl="statement", inv="2026-037", items=[("2026-037", 1210.00, "2026-11-15"), ("2026-040", 1331.00, "2026-11-20")],
  cname="Hoteles Sierra Nevada, S.L.", ckind="company",
  mua="outlook", q="outlook1", cs="iso-8859-1", cte="qp",
  body="""Buenos días:

Según nuestro mayor de proveedores, las facturas 2026-037 y 2026-040 se saldaron el 30/11 con una única transferencia de 2.541,00 €. Es posible que no la haya identificado porque en el concepto solo figura nuestro número de remesa (REM 11/26-4).

Saludos,
Jesús Ortega
Administración
Hoteles Sierra Nevada, S.L.""",
  lab=L("client-reply-paid", "reply to a statement: both invoices settled by one transfer", amount="2541.00"))

M(lang="es", owner="lu", frm=("Marc Puigdomènech", "finance@kubicalabs.com"), tz=MAD, date="2027-01-15 09:30",
  tmpl="reminder", inv="2026-057", amt=968.00, due="2027-01-10", cname="Kúbica Labs, S.L.", ckind="company",
  mua="gmail", q="none", cte="qp",
  body="""Te reenvío el comprobante del banco. Un saludo!

Marc

-------- Mensaje reenviado --------
Asunto: Confirmación de orden de transferencia
Fecha: Thu, 14 Jan 2027 18:02:11 +0100
De: Banco Sabadell <notificaciones@bancsabadell.com>
Para: finance@kubicalabs.com

Le confirmamos que se ha realizado la siguiente orden de transferencia:

Ordenante: KUBICA LABS SL
Beneficiario: LUCIA MARTIN
IBAN destino: ES91 **** **** **** **** 1332
Importe: 968,00 EUR
Concepto: FRA 2026-057
Fecha de ejecución: 14/01/2027

Este mensaje se ha generado automáticamente.""",
  lab=L("client-reply-paid", "startup finance forwards the bank's transfer confirmation with a one-liner; the bank mail is inside a human reply", amount="968.00", reference="2026-057"))

M(lang="es", owner="lu", frm=("Begoña Iturriaga", "cuentasapagar@superahorro.es"), tz=MAD, date="2027-01-27 11:10",
  tmpl="due", inv="2026-055", amt=2178.00, due="2027-01-25", cname="Superahorro Distribución, S.A.", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Buenos días Lucía:

La factura 2026-055 se pagó a su vencimiento, el 25/01, a través del confirming de Banco Santander. Si usted la había anticipado, el banco ya se la habrá liquidado antes; si no, el abono le llega de Santander y no de nosotros, por eso a lo mejor no lo reconoce.

Un saludo,
Begoña Iturriaga
Cuentas a Pagar - Superahorro Distribución, S.A.""",
  lab=L("client-reply-paid", "paid at maturity through confirming (reverse factoring): money arrives from the bank", reference="2026-055"))

M(lang="es", owner="car", frm=("Daniel Suárez - Administración", "administracion@hoteldunasmaspalomas.com"), tz=CAN, date="2027-02-15 12:45",
  tmpl="reminder", inv="2027-004", amt=1070.00, due="2027-02-10", cname="Hotel Dunas Maspalomas", ckind="company",
  mua="outlook", fmt="html", cs="windows-1252", cte="qp",
  body="""Buenos días, Carmen:

Le confirmamos que el pago de su factura se ha emitido hoy 15/02 en la remesa quincenal de proveedores.

Reciba un cordial saludo,

Daniel Suárez Betancor
Departamento de Administración
Hotel Dunas Maspalomas ****
Avda. de Tirajana 38 · 35100 Maspalomas · Gran Canaria

Antes de imprimir este correo, piense en el medio ambiente.
Este mensaje es confidencial y está dirigido únicamente a su destinatario. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.""",
  lab=L("client-reply-paid", "HTML-only Outlook; 'se ha emitido hoy' in the fortnightly batch = paid today"))

M(lang="es", owner="lu", frm=("Sofi - Administración Estudio Ferrante", "administracion@estudioferrante.com.ar"), tz=BUE, date="2026-12-16 11:03",
  tmpl="reminder", inv="2026-049", amt=900.00, due="2026-12-10", cname="Estudio Ferrante & Asociados", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Hola Lu! Ya te la pagamos, fijate que salió el lunes desde la cuenta en euros de la empresa. Cualquier cosa avisame.
Abrazo
Sofi""",
  lab=L("client-reply-paid", "Argentine voseo ('fijate', 'avisame'); paid Monday"))

M(lang="es", owner="lu", frm=("Núria Vidal", "comptabilitat@grupirineu.ad"), tz="Europe/Andorra", date="2027-01-22 16:25",
  tmpl="reminder", inv="2026-061", amt=1210.00, due="2027-01-15", cname="Grup Pirineu Retail, SA", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hola Lucía,

La factura 2026-061 ya está pagada desde el 20/01. Como la transferencia sale de Andorra y no es SEPA, el banco le habrá descontado unos 12 € de comisión; para las próximas intentaremos poner los gastos a nuestro cargo.
¿Le ha llegado bien el importe?

Salutacions,
Núria Vidal
Comptabilitat · Grup Pirineu Retail""",
  lab=L("client-reply-paid", "paid on 20/01; bank-fee remark and a vague 'for the next ones' do not change the label", reference="2026-061"))

# ---- promesas
M(lang="es", owner="lu", frm=("Vicent Llorens", "proveedores@grupolevante.es"), tz=MAD, date="2026-12-14 10:35",
  tmpl="due", inv="2026-046", amt=847.00, due="2026-12-12", cname="Grupo Hostelero Levante, S.A.", ckind="company",
  mua="outlook", q="outlook", cs="windows-1252", cte="qp",
  body="""Bon dia Lucía,

Nosotros pagamos los días 10 y 25. La factura 2026-046 está contabilizada y entra en el pago del día 25; como ese día es Navidad, la remesa saldrá el jueves 24.

Salutacions,
Vicent Llorens
""" + LEVANTE_DISC,
  lab=L("client-reply-promise", "payment days 10/25; the 25th is a holiday so the stated day is Thursday 24 December", reference="2026-046", promised_date="2026-12-24"))

M(lang="es", owner="lu", frm=("Begoña Iturriaga", "cuentasapagar@superahorro.es"), tz=MAD, date="2026-12-21 12:02",
  tmpl="reminder", inv="2026-050", amt=3025.00, due="2026-12-15", cname="Superahorro Distribución, S.A.", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Buenos días:

La factura 2026-050 está aprobada e incluida en el próximo confirming, con vencimiento 25/01/2027. Si lo desea, puede anticipar el cobro a través de la plataforma de confirming de Banco Santander (recibirá la comunicación del banco en los próximos días).

Un saludo,
Begoña Iturriaga
Cuentas a Pagar - Superahorro Distribución, S.A.""",
  lab=L("client-reply-promise", "'incluida en el próximo confirming, con vencimiento 25/01' = promise for the maturity date", reference="2026-050", promised_date="2027-01-25"))

M(lang="es", owner="car", frm=("Acaymo Rodríguez", "acaymo.rodriguez@constructoraatlantica.es"), tz=CAN, date="2027-01-11 09:15",
  tmpl="reminder", inv="2026-031", amt=1284.00, due="2026-12-31", cname="Constructora Atlántica Canaria, S.L.", ckind="company",
  mua="outlook", fmt="alt", cte="qp",
  body="""Buenos días Carmen,

La factura está aprobada para pago y saldrá en la remesa de final de mes.

Un saludo,
Acaymo Rodríguez
Departamento de Administración
Constructora Atlántica Canaria, S.L.""",
  lab=L("client-reply-promise", "'aprobada para pago ... remesa de final de mes' = 31 January", promised_date="2027-01-31"))

M(lang="es", owner="lu", frm=("C.P. Rogelio Méndez", "cuentasporpagar@gibajio.com.mx"), tz=MEX, date="2026-11-24 17:40",
  tmpl="due", inv="2026-038", amt=2400.00, cur="USD", due="2026-11-20", cname="Grupo Industrial del Bajío, S.A. de C.V.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Estimada Lucía, buenas tardes.

Le comento que ya se programó el pago para el viernes. En cuanto Tesorería lo libere le hago llegar el comprobante.

Saludos cordiales,
C.P. Rogelio Méndez
Cuentas por Pagar
Grupo Industrial del Bajío""",
  lab=L("client-reply-promise", "Mexican 'ya se programó el pago para el viernes' = scheduled for Friday 27 Nov (Tuesday message)", promised_date="2026-11-27"))

M(lang="es", owner="lu", frm=("Mª José Peña - Tesorería", "tesoreria@valdemorodelrio.es"), tz=MAD, date="2026-12-10 13:30",
  tmpl="reminder", inv="2026-045", amt=2420.00, due="2026-12-01", cname="Ayuntamiento de Valdemoro del Río", ckind="company",
  mua="other", q="none", cte="qp",
  body="""Buenos días:

En relación con su factura 2026-045, le informamos de que ha sido conformada por el servicio de Cultura y está pendiente de fiscalización por la Intervención municipal. Una vez aprobada, la Tesorería la incluirá en la próxima orden de pago, dentro del plazo legal de 30 días desde la conformidad.

Atentamente,

Mª José Peña Laguna
Tesorería Municipal
Ayuntamiento de Valdemoro del Río""",
  lab=L("client-reply-promise", "town hall: will go into the next payment order once audited; no date", reference="2026-045"))

M(lang="es", owner="car", frm=("Yurena Santana", "administracion@constructoraatlantica.es"), tz=CAN, date="2027-01-26 18:02",
  tmpl="reminder", inv="2027-001", amt=535.00, due="2027-01-20", cname="Constructora Atlántica Canaria, S.L.", ckind="company",
  mua="android", q="android", cte="8bit",
  body="""Carmen esta semana imposible que estamos con el cierre del trimestre, el jueves sin falta 🙏

Enviado desde mi Android""",
  lab=L("client-reply-promise", "'el jueves sin falta' on Tuesday 26 Jan = Thursday 28", promised_date="2027-01-28"))

M(lang="es", owner="lu", frm=("Javier Soto", "javier.soto@editorialmarea.es"), tz=MAD, date="2027-01-18 20:12",
  tmpl="late_fee", inv="2026-053", amt=1452.00, due="2026-12-31", fees=True, cname="Editorial Marea, S.L.", ckind="company",
  mua="apple-mac", q="apple", cte="qp",
  body="""Lucía, te soy sincero: con el cierre de Navidad y las devoluciones de las librerías vamos muy justos de tesorería y no podremos pagarte antes del día 28. Ese día sale seguro.

Javier Soto
Director financiero · Editorial Marea""",
  lab=L("client-reply-promise", "finance director: 'no podremos antes del día 28' = 28 January", promised_date="2027-01-28"))

M(lang="es", owner="lu", frm=("Pilar Gutiérrez", "cuentasapagar@bodegasriberas.com"), tz=MAD, date="2027-01-12 13:55",
  tmpl="statement", inv="2026-051", items=[("2026-051", 605.00, "2026-12-31"), ("2026-056", 1815.00, "2027-01-05")],
  cname="Bodegas Riberas del Duero, S.A.", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Hola Lucía,

La 2026-051 ya salió en la remesa del día 10.
La 2026-056 está pendiente de que la conforme el departamento de marketing; en cuanto la aprueben, entra en la siguiente remesa.

Saludos
Pilar Gutiérrez
Cuentas a Pagar · Bodegas Riberas del Duero""",
  lab=L("client-reply-promise", "two invoices: one paid, the other will go in the next batch once approved (no date)", reference="2026-056"))

M(lang="es", owner="lu", frm=("Juan Manuel Cárnicas del Tajo", "admon@carnicasdeltajo.es"), tz=MAD, date="2027-02-04 12:10",
  tmpl="reminder", inv="2027-006", amt=726.00, due="2027-01-31", cname="Distribuciones Cárnicas del Tajo, S.L.", ckind="company",
  mua="android", q="none", cte="8bit",
  body="""mañana te la pago q hoy no esta el jefe para firmar
JM""",
  lab=L("client-reply-promise", "abbreviations, no accents; 'mañana' = 5 Feb", promised_date="2027-02-05"))

M(lang="es", owner="car", frm=("Administración SEGC", "administracion@segcanaria.es"), tz=CAN, date="2027-02-10 10:25",
  tmpl="late_fee", inv="2026-035", amt=2140.00, due="2027-01-15", cname="Suministros Eléctricos Gran Canaria, S.L.", ckind="company",
  mua="outlook", q="outlook", cs="windows-1252", cte="qp",
  body="""Buenos días:

Le comunicamos que la factura 2026-035 se liquidará mediante pagaré con vencimiento 15/03/2027, que le enviaremos por correo certificado esta misma semana.

Atentamente,
Departamento de Administración
Suministros Eléctricos Gran Canaria, S.L.""",
  lab=L("client-reply-promise", "payment by promissory note (pagaré) maturing 15/03: money only at maturity, so a promise with that date", reference="2026-035", promised_date="2027-03-15"))

M(lang="es", owner="lu", frm=("João Pereira", "cuentasapagar.es@farmasur.es"), tz=LIS, date="2026-12-22 11:40",
  tmpl="reminder", inv="2026-054", amt=2299.00, due="2026-12-15", cname="Laboratorios Farmasur, S.A.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Estimada Sra. Martín,

La factura 2026-054 ha sido registrada y será pagada en su fecha de vencimiento, 20/02/2027, conforme las condiciones de pago acordadas en el contrato marco (60 días fecha factura).

Atentamente,
João Pereira
""" + FARMASUR_SIG,
  lab=L("client-reply-promise", "SSC states its contractual due date and that it will pay then", reference="2026-054", promised_date="2027-02-20"))

M(lang="es", owner="lu", frm=("Marc Puigdomènech", "finance@kubicalabs.com"), tz=MAD, date="2026-11-25 19:48",
  tmpl="reminder", inv="2026-042", amt=1089.00, due="2026-11-20", cname="Kúbica Labs, S.L.", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Bon dia Lucía! (bueno, bona nit ya 😅)

Perdona el retraso, estamos cerrando la ronda y vamos justos de caja. Te lo pagamos a primeros de mes, ¿vale?

Gràcies!!
Marc
Finance Ops · Kúbica Labs""",
  lab=L("client-reply-promise", "Catalan-flavoured startup finance; 'a primeros de mes' is vague: no date"))

M(lang="es", owner="car", frm=("Daniel Suárez - Administración", "administracion@hoteldunasmaspalomas.com"), tz=CAN, date="2026-11-30 09:20",
  tmpl="reminder", inv="2026-024", amt=856.00, due="2026-11-25", cname="Hotel Dunas Maspalomas", ckind="company",
  mua="outlook", fmt="alt", cs="windows-1252", cte="qp",
  body="""Buenos días, Carmen:

Disculpe, se nos había traspapelado con el cambio de programa de contabilidad. Se la pagamos hoy mismo.

Un cordial saludo,
Daniel Suárez Betancor
Departamento de Administración
Hotel Dunas Maspalomas""",
  lab=L("client-reply-promise", "'se la pagamos hoy mismo' = will pay today", promised_date="2026-11-30"))

M(lang="es", owner="lu", frm=("Elena Carrasco", "administracion@academiacervantes.es"), tz=MAD, date="2026-12-02 17:25",
  tmpl="reminder", inv="2026-043", amt=484.00, due="2026-11-30", cname="Academia Cervantes Formación, S.L.", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Hola Lucía,

Tienes razón, se nos quedó fuera de la última remesa. Intentaremos pagarla antes del 15, en cuanto cobremos las matrículas del trimestre.

Un saludo,
Elena""",
  lab=L("client-reply-promise", "'intentaremos pagarla antes del 15' on 2 Dec = by 15 December (hedged but dated)", promised_date="2026-12-15"))

# ---- disputas
M(lang="es", owner="lu", frm=("Administración Asesoría Olmedo", "administracion@asesoriaolmedo.es"), tz=MAD, date="2026-11-17 11:50",
  tmpl="invoice", inv="2026-036", amt=1210.00, due="2026-12-15", what="al diseño de la identidad corporativa",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Buenos días:

La factura debe llevar la retención del 15 % de IRPF, al ser usted profesional y nosotros una sociedad. Le rogamos emita factura rectificativa; tal como está no podemos contabilizarla ni pagarla.

Saludos,
Administración
Asesoría Jurídica Olmedo, S.L.P.""",
  lab=L("client-reply-dispute", "wrong amount (missing IRPF withholding), corrective invoice required before paying"))

M(lang="es", owner="lu", frm=("Beatriz Nunes", "cuentasapagar.es@farmasur.es"), tz=LIS, date="2027-01-19 10:05",
  tmpl="reminder", inv="2026-058", amt=1754.50, due="2027-01-15", cname="Laboratorios Farmasur, S.A.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Estimada proveedora,

La factura 2026-058 está bloqueada para pago: el pedido 4500223817 es de 1.200,00 € + IVA y la factura de 1.450,00 € + IVA. El exceso no ha sido aprobado por el solicitante.

Por favor envíe una factura rectificativa por el importe del pedido, o solicite a su contacto en Marketing la ampliación del pedido.

Atentamente,
Beatriz Nunes
""" + FARMASUR_SIG,
  lab=L("client-reply-dispute", "blocked: invoice exceeds PO, corrective invoice requested", reference="2026-058"))

M(lang="es", owner="car", frm=("Agencia Turismo Islas", "marketing@turismoislas.es"), tz=CAN, date="2026-12-04 13:02",
  tmpl="reminder", inv="2026-026", amt=1391.00, due="2026-11-30", cname="Agencia Turismo Islas, S.L.", ckind="company",
  mua="gmail", q="gmail", cte="qp", cc=[("Contabilidad Turismo Islas", "contabilidad@turismoislas.es")],
  body="""Hola Carmen,

Desde contabilidad (en copia) me dicen que no se puede pagar la factura hasta que no recibamos las fotos de la segunda jornada, la de Teror, que van incluidas en la factura y no nos han llegado. En el WeTransfer solo estaban las de Agaete.

¿Nos las puedes mandar?

Gracias,
Nayara
Marketing · Agencia Turismo Islas""",
  lab=L("client-reply-dispute", "payment withheld until missing deliverables arrive = work not delivered"))

M(lang="es", owner="lu", frm=("Rocío Aranda | Gestoría Aranda", "rocio@gestoriaaranda.es"), tz=MAD, date="2026-12-11 12:30",
  tmpl="due", inv="2026-047", amt=1210.00, due="2026-12-10", cname="Editorial Marea, S.L.", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Hola Lucía,

revisando la factura 2026-047 vemos que tiene el mismo concepto e importe que la 2026-034 (maquetación catálogo otoño), que ya pagamos en octubre. Entendemos que es un duplicado; por favor anúlala con una rectificativa.

Si me equivoco y es otro trabajo, dime cuál y lo reviso con la editorial.

Un saludo,
Rocío""",
  lab=L("client-reply-dispute", "bookkeeper says the invoice duplicates one already paid, asks for cancellation", reference="2026-047"))

M(lang="es", owner="lu", frm=("Dr. Alberto Rey - Gerencia", "gerencia@clinicaarganzuela.es"), tz=MAD, date="2027-01-29 14:40",
  tmpl="reminder", inv="2027-003", amt=1331.00, due="2027-01-25", cname="Clínica Dental Arganzuela, S.L.", ckind="company",
  mua="apple", q="apple", cte="qp",
  body="""Lucía:

Hemos abonado hoy 800 € correspondientes a la parte entregada (folletos y tarjetas). El resto queda retenido hasta que se corrijan las erratas del catálogo de tratamientos, que siguen ahí a pesar de los dos correos de mi socia.

Alberto Rey
Gerente

Enviado desde mi iPhone""",
  lab=L("client-reply-dispute", "partial payment + remainder withheld for defects", amount="800.00"))

M(lang="es", owner="lu", frm=("Martín Ferrante", "martin@estudioferrante.com.ar"), tz=BUE, date="2027-02-08 15:22",
  tmpl="reminder", inv="2027-007", amt=1100.00, due="2027-02-01", cname="Estudio Ferrante & Asociados", ckind="company",
  mua="gmail", q="gmail", cte="qp", cc=[("Sofi - Administración", "administracion@estudioferrante.com.ar")],
  body="""Che Lu, el presupuesto decía 900 y me facturaste 1.100, no me cierra. Le dije a Sofi que la frene hasta que lo hablemos. ¿Hablamos mañana?
M.""",
  lab=L("client-reply-dispute", "Argentine partner: invoice above the quote, told admin to hold payment"))

M(lang="es", owner="lu", frm=("Adriana Robles", "cxp@editorialtierralta.com.mx"), tz=MEX, date="2027-01-20 12:05",
  tmpl="reminder", inv="2026-059", amt=1452.00, due="2027-01-15", cname="Editorial Tierra Alta, S.A. de C.V.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Buen día Lucía,

Le comento que la factura 2026-059 incluye IVA español (21 %) que no nos corresponde, ya que somos empresa mexicana sin establecimiento en la Unión Europea. Favor de reemitirla sin IVA para poder programar el pago.

Saludos cordiales,
Lic. Adriana Robles
Cuentas por Pagar""",
  lab=L("client-reply-dispute", "wrong amount (VAT charged), asks for a reissued invoice", reference="2026-059"))

M(lang="es", owner="car", frm=("Área de Cultura - Ayto. Villa de Tesjuate", "cultura@villadetesjuate.es"), tz=CAN, date="2026-12-15 12:10",
  tmpl="reminder", inv="2026-029", amt=1926.00, due="2026-12-10", cname="Ayuntamiento de la Villa de Tesjuate", ckind="company",
  mua="other", q="none", cte="qp",
  body="""Buenos días, Sra. Déniz:

Le informamos de que la factura 2026-029 ha sido rechazada en FACe por la unidad tramitadora, por el siguiente motivo: el importe (1.926,00 €) no coincide con el del contrato menor adjudicado (1.712,00 €, IGIC incluido).

Deberá presentar una nueva factura por el importe adjudicado para que pueda tramitarse el pago.

Atentamente,
Jonay Hernández
Técnico de Cultura""",
  lab=L("client-reply-dispute", "public body rejects the invoice: amount differs from the awarded contract", reference="2026-029"))

M(lang="es", owner="lu", frm=("Ramón Ortuño - Tesorería", "tesoreria@mueblesortuno.es"), tz=MAD, date="2026-11-11 10:30",
  tmpl="courtesy", inv="2026-035", amt=1200.00, due="2026-11-20", cname="Muebles Ortuño, S.A.", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Buenos días,

Conforme a nuestra política de proveedores aplicamos un 2 % de descuento por pronto pago, por lo que le abonaremos 1.176,00 € el viernes.

Saludos,
Ramón Ortuño
Tesorería""",
  lab=L("client-reply-dispute", "unilateral early-payment discount: pays less than invoiced (dispute outranks the Friday promise)", amount="1176.00"))

M(lang="es", owner="car", frm=("Inmobiliaria Costa Canaria", "administracion@inmocostacanaria.es"), tz=CAN, date="2027-02-17 11:35",
  tmpl="late_fee", inv="2027-002", amt=963.00, due="2027-01-31", fees=True, cname="Inmobiliaria Costa Canaria, S.L.", ckind="company",
  mua="outlook", q="outlook", cs="windows-1252", cte="qp",
  body="""Buenos días:

No tenemos constancia de haber contratado este reportaje fotográfico. En su caso lo habría encargado la anterior gerencia, y en nuestros registros no figura ningún pedido aprobado. Por tanto no procede el pago de la factura ni, evidentemente, de los intereses que reclama.

Atentamente,
Administración
Inmobiliaria Costa Canaria, S.L.""",
  lab=L("client-reply-dispute", "refuses to pay: does not recognise the order"))

# ---- otras
M(lang="es", owner="lu", frm=("Amparo Ferrer Soler", "proveedores@grupolevante.es"), tz=MAD, date="2026-11-12 09:55",
  tmpl="invoice", inv="2026-033", amt=847.00, due="2026-12-05", what="a la adaptación de la carta de los restaurantes",
  mua="outlook", q="outlook", cs="windows-1252", cte="qp",
  body="""Buenos días,

Para poder contabilizar la factura necesitamos el número de pedido (empieza por 45…). ¿Nos lo puede facilitar, o reenviar la factura con el pedido indicado?

Un saludo,
Amparo Ferrer
""" + LEVANTE_DISC,
  lab=L("client-reply-other", "missing PO number request"))

M(lang="es", owner="car", frm=("Cuentas a Pagar - Naviera Insular", "cuentasapagar@navierainsular.es"), tz=CAN, date="2027-02-01 10:40",
  tmpl="invoice", inv="2027-005", amt=1177.00, due="2027-03-01", what="al reportaje de la nueva terminal de pasajeros",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Buenos días:

Hemos recibido la factura, gracias. Queda registrada con el número interno 27/00412.

Un saludo,
Cuentas a Pagar
Naviera Insular, S.A.""",
  lab=L("client-reply-other", "acknowledgement: registered with an internal number; registration is not payment"))

M(lang="es", owner="lu", frm=("Sergio Llamas", "sergio.llamas@farmasur.es"), tz=MAD, date="2026-12-28 09:05",
  tmpl="reminder", inv="2026-060", amt=2662.00, due="2026-12-20", cname="Laboratorios Farmasur, S.A.", ckind="company",
  mua="outlook", q="outlook", cte="qp", cc=[("Cuentas a Pagar España", "cuentasapagar.es@farmasur.es")],
  body="""Hola Lucía,

Lo reenvío a Cuentas a Pagar (en copia), que son quienes gestionan los pagos. Yo por mi parte la aprobé en el sistema el día 18.

Un saludo,
Sergio Llamas
Brand Manager · Laboratorios Farmasur""",
  lab=L("client-reply-other", "marketing contact forwards to AP and says he approved it; approval is not a payment or a promise"))

M(lang="es", owner="lu", frm=("Pilar Gutiérrez", "cuentasapagar@bodegasriberas.com"), tz=MAD, date="2027-02-02 12:48",
  tmpl="reminder", inv="2027-004", amt=605.00, due="2027-01-31", cname="Bodegas Riberas del Duero, S.A.", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp",
  body="""Hola Lucía,

Nos ha llegado un correo, supuestamente suyo, indicando un cambio de cuenta bancaria para los próximos pagos (un IBAN de un banco lituano). Antes de modificar nada en el maestro de proveedores necesitamos confirmarlo por teléfono con usted.
¿Le podemos llamar mañana por la mañana al 6** *** 218 que tenemos en la ficha?

Saludos
Pilar Gutiérrez
Cuentas a Pagar · Bodegas Riberas del Duero""",
  lab=L("client-reply-other", "bank-detail change verification call-back; no statement about paying"))

M(lang="es", owner="car", frm=("Departamento de Proveedores GHA", "proveedores@grupohospitalarioatlantico.es"), tz=CAN, date="2026-11-19 08:50",
  tmpl="invoice", inv="2026-022", amt=1605.00, due="2026-12-19", what="al reportaje fotográfico de la memoria anual",
  mua="outlook", q="outlook", cte="qp", att=[("pdf", "Formulario_alta_proveedor_GHA.pdf", "Formulario de alta de proveedor")],
  body="""Buenos días,

Para darle de alta como proveedora necesitamos:
- certificado de titularidad de la cuenta bancaria,
- certificado de estar al corriente con la AEAT y con la Seguridad Social,
- el formulario adjunto, firmado.

Hasta que no esté dada de alta en nuestro sistema no podemos tramitar la factura.

Atentamente,
Departamento de Proveedores
Grupo Hospitalario Atlántico""",
  lab=L("client-reply-other", "vendor onboarding request before the invoice can be processed"))

M(lang="es", owner="lu", frm=("Jesús Ortega", "administracion@hotelessierranevada.com"), tz=MAD, date="2027-01-08 12:15",
  tmpl="reminder", inv="2026-062", amt=968.00, due="2026-12-31", cname="Hoteles Sierra Nevada, S.L.", ckind="company",
  mua="outlook", q="outlook1", cs="iso-8859-1", cte="qp",
  body="""Buenos días:

Me he perdido: tenemos tres facturas suyas este trimestre, la 2026-037, la 2026-040 (pagadas las dos) y una de 968 € que en nuestro sistema aparece sin número. ¿Me confirma si es esa la que reclama y a qué trabajo corresponde?

Saludos,
Jesús Ortega""",
  lab=L("client-reply-other", "which-invoice question; the paid mention is about other invoices"))

M(lang="es", owner="lu", frm=("Elena Carrasco", "administracion@academiacervantes.es"), tz=MAD, date="2027-01-14 09:12",
  tmpl="reminder", inv="2026-063", amt=484.00, due="2027-01-10", cname="Academia Cervantes Formación, S.L.", ckind="company",
  mua="gmail", q="gmail", cte="qp", cc=[("Marisa Gómez", "marisa.gomez@academiacervantes.es")],
  body="""Hola Lucía,

Desde enero ya no llevo proveedores, ahora se encarga Marisa Gómez (marisa.gomez@academiacervantes.es, en copia). Le paso tu correo para que lo mire.

Un abrazo y feliz año!
Elena""",
  lab=L("client-reply-other", "contact no longer handles suppliers, hands over to a colleague"))

M(lang="es", owner="car", frm=("Nayra - Administración La Marea", "administracion@lamareamogan.es"), tz=CAN, date="2027-01-05 18:30",
  tmpl="reminder", inv="2026-030", amt=428.00, due="2026-12-28", cname="Restaurante La Marea", ckind="company",
  mua="android", q="android", cte="8bit",
  body="""Carmen, ¿me la puedes mandar otra vez? Se me perdió en la bandeja con tanto correo de Navidad 😩
Y de paso dime si te va bien lo de las fotos de la carta nueva el día 12, que Echedey quiere hacerlas antes de carnaval.
Gracias mi niña""",
  lab=L("client-reply-other", "resend request plus new work; no claim"))

M(lang="es", owner="lu", frm=("C.P. Rogelio Méndez", "cuentasporpagar@gibajio.com.mx"), tz=MEX, date="2026-12-07 11:20",
  tmpl="reminder", inv="2026-065", amt=1600.00, cur="USD", due="2026-11-30", cname="Grupo Industrial del Bajío, S.A. de C.V.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Estimada Lucía, buen día.

Le solicito de favor nos comparta su certificado de residencia fiscal en España (a efectos del convenio para evitar la doble imposición). Sin él, Tesorería nos pide retener el 25 % de ISR sobre el pago.

Quedo atento.
Saludos cordiales,
C.P. Rogelio Méndez
Cuentas por Pagar""",
  lab=L("client-reply-other", "tax-residency certificate requested before paying; a document request, no claim"))

M(lang="es", owner="car", frm=("Registro de Facturas - Ayto. Villa de Tesjuate", "intervencion@villadetesjuate.es"), tz=CAN, date="2026-11-26 09:40",
  tmpl="invoice", inv="2026-028", amt=642.00, due="2026-12-26", what="a las fotografías de las fiestas patronales",
  mua="other", q="none", cte="qp",
  body="""Buenos días:

Le recordamos que las facturas dirigidas a esta Administración deben presentarse a través de FACe (Oficina contable L01380459, Órgano gestor L01380459, Unidad tramitadora LA0007621). La factura remitida por correo electrónico no tiene validez a efectos de registro; preséntela por FACe para poder tramitarla.

Atentamente,
Intervención Municipal""",
  lab=L("client-reply-other", "must be filed through FACe; procedural request"))

M(lang="es", owner="lu", frm=("Beatriz Nunes", "cuentasapagar.es@farmasur.es"), tz=LIS, date="2027-02-16 09:05",
  tmpl="reminder", inv="2027-002", amt=1089.00, due="2027-02-10", cname="Laboratorios Farmasur, S.A.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Estimada Sra. Martín,

Su consulta ha sido registrada con el número INC0045521. Nuestro equipo de Cuentas a Pagar analizará el estado de la factura 2027-002 y le contestará en un plazo máximo de 5 días hábiles.

Atentamente,
Beatriz Nunes
""" + FARMASUR_SIG,
  lab=L("client-reply-other", "human-written query acknowledgement from the SSC", reference="2027-002"))

M(lang="es", owner="lu", frm=("Ramón Ortuño - Tesorería", "tesoreria@mueblesortuno.es"), tz=MAD, date="2026-11-13 13:10",
  tmpl="courtesy", inv="2026-035", amt=1200.00, due="2026-11-20", cname="Muebles Ortuño, S.A.", ckind="company",
  mua="outlook", q="outlook", cs="iso-8859-1", cte="qp", pre="RE: RE: ",
  body="""Lucía, le llamo esta tarde y lo hablamos, que por correo es un lío.
Ramón""",
  lab=L("client-reply-other", "will call this afternoon; nothing about payment itself"))

# ---- machine (es)
M(lang="es", owner="lu", frm=("Cuentas a Pagar Farmasur", "cuentasapagar.es@farmasur.es"), tz=LIS, date="2027-01-16 09:01",
  tmpl="late_fee", inv="2026-058", amt=1754.50, due="2027-01-15", cname="Laboratorios Farmasur, S.A.", ckind="company", ago=0,
  odate="2027-01-16 10:00",
  mua="outlook", q="none", cte="qp", pre="Respuesta automática: ",
  hdr={"Auto-Submitted": "auto-replied", "X-Autoreply": "yes", "X-Auto-Response-Suppress": "All"},
  body="""Gracias por su mensaje.

El buzón de Cuentas a Pagar recibe un volumen elevado de consultas; le responderemos en un plazo máximo de 72 horas hábiles.

Para consultar el estado de sus facturas y pagos puede acceder al Portal de Proveedores: https://proveedores.farmasur.es

Este es un mensaje automático, por favor no responda a este correo.

Obrigado pela sua mensagem. Responderemos no prazo máximo de 72 horas úteis.""",
  lab=L("auto-reply", "AP mailbox auto-acknowledgement with X-Autoreply/Auto-Submitted; no return date"))

M(lang="es", owner="lu", frm=("Superahorro - Avisos de pago", "noreply-pagos@superahorro.es"), tz=MAD, date="2027-02-10 05:14",
  subj="Aviso de pago nº 2000011452 - MARTIN LUCIA", mua="other", cte="qp", cs="iso-8859-1",
  hdr={"Auto-Submitted": "auto-generated", "X-Mailer": "SAP Web Application Server 7.54"},
  att=[("pdf", "AVISO_PAGO_2000011452.pdf", "Aviso de pago 2000011452 - 1.512,50 EUR")],
  body="""AVISO DE PAGO / REMITTANCE ADVICE

Proveedor:        0000702215  MARTIN LUCIA
Nº aviso:         2000011452
Fecha de pago:    10.02.2027
Forma de pago:    Transferencia SEPA
Banco destino:    ES91 2100 0418 4502 0005 1332

Documento      Fecha doc.    Importe bruto   Descuento   Importe neto
2027-005       05.01.2027        1.512,50         0,00       1.512,50

Total pagado:                                      1.512,50 EUR

Le rogamos no responda a este mensaje. Para cualquier consulta: cuentasapagar@superahorro.es

Superahorro Distribución, S.A. - Tesorería""",
  lab=L("payment-notification", "SAP remittance advice: transfer paid to the freelancer", amount="1512.50", reference="2027-005"))

# ================================================================= ENGLISH
DUB = "Europe/Dublin"; LON = "Europe/London"; NYC = "America/New_York"; KOL = "Asia/Kolkata"; WAW = "Europe/Warsaw"; AMS = "Europe/Amsterdam"
BRENNAN_SIG = """
Siobhán Murphy
Accounts Payable | Brennan Foods Ltd
Unit 4, Little Island Business Park, Cork T45 XK29
T: +353 21 555 0148

Brennan Foods Ltd is registered in Ireland, No. 318842. This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it. Brennan Foods will never change its bank details by email."""

NORTHWIND_SIG = """
Thanks & Regards,
{name}
Accounts Payable – Vendor Helpdesk
Northwind Retail Group – GBS Bengaluru
Email: ap.helpdesk@northwind-retail.com | Ext: 44718

***** This message is intended only for the use of the addressee and may contain information that is privileged and confidential. If you are not the intended recipient, any dissemination or distribution of this communication is strictly prohibited. Please consider the environment before printing this email. *****"""

PELICAN_SIG = """
Best regards,
{name}
Accounts Payable UK Team
Pelican Shared Services Kraków
Pelican Logistics plc | Registered in England & Wales No. 04417120"""

M(lang="en", owner="tom", frm=("Siobhán Murphy", "siobhan.murphy@brennanfoods.ie"), tz=DUB, date="2026-12-04 11:20",
  tmpl="reminder", inv="INV-2026-118", amt=1845.00, due="2026-11-27", cname="Brennan Foods Ltd", ckind="company",
  mua="outlook", fmt="alt", cte="qp", att=[("pdf", "Remittance_Advice_BYRNE_DESIGN_0312.pdf", "Remittance advice - Byrne Design - EUR 1,845.00")],
  body="""Hi Tom,

This went out in yesterday's payment run, so it should be with you by Monday. Remittance attached.

Kind regards,
""" + BRENNAN_SIG,
  lab=L("client-reply-paid", "'went out in yesterday's payment run' = paid, remittance attached"))

M(lang="en", owner="tom", frm=("Ramesh Kumar", "ap.helpdesk@northwind-retail.com"), tz=KOL, date="2026-12-07 16:42",
  tmpl="reminder", inv="INV-2026-131", amt=2460.00, due="2026-11-30", cname="Northwind Retail Group", ckind="company",
  mua="outlook", q="outlook", cte="qp", pre="RE: ",
  body="""Dear Supplier,

Greetings of the day!

We would like to inform you that payment for invoice no INV-2026-131 has been processed on 04-Dec-2026 vide payment reference 2000148812.
Amount : EUR 2,460.00

Kindly check at your end and revert in case of any discrepancy.
""" + NORTHWIND_SIG.format(name="Ramesh Kumar"),
  lab=L("client-reply-paid", "outsourced AP in India ('vide', 'revert'): payment processed on 04-Dec", amount="2460.00", reference="INV-2026-131"))

M(lang="en", owner="han", frm=("Greg Walsh", "greg.walsh@harcourtlyle.co.uk"), tz=LON, date="2026-12-15 07:58",
  tmpl="reminder", inv="HC-0407", amt=1440.00, cur="GBP", due="2026-12-07", cname="Harcourt & Lyle LLP", ckind="company",
  mua="outlook", q="outlook1", cte="qp",
  body="""Processed in yesterday's run.

Greg

Get Outlook for iOS""",
  lab=L("client-reply-paid", "controller one-liner: processed in yesterday's payment run"))

M(lang="en", owner="han", frm=("Kelly Nguyen", "ap@atlassoftware.com"), tz=NYC, date="2026-12-11 10:05",
  tmpl="reminder", inv="HC-0412", amt=3200.00, cur="USD", due="2026-12-05", cname="Atlas Software Inc.", ckind="company",
  mua="outlook", q="outlook", cte="qp", att=[("pdf", "Wire_Confirmation_HC-0412.pdf", "Outgoing wire confirmation USD 3,200.00")],
  body="""Hi Hannah,

An international wire for $3,200.00 was sent on 12/10. Please allow 3-5 business days for the funds to arrive; your bank may deduct an incoming wire fee. Wire confirmation attached.

Best,
Kelly Nguyen
Accounts Payable Specialist
Atlas Software Inc. | 200 Summer Street, Boston, MA 02210""",
  lab=L("client-reply-paid", "US AP: wire sent 12/10 (US date format), USD", amount="3200.00", currency="USD"))

M(lang="en", owner="han", frm=("Marta Zielińska", "ap.uk@pelican-sharedservices.pl"), tz=WAW, date="2027-01-18 09:40",
  tmpl="late_fee", inv="HC-0398", amt=1150.00, cur="GBP", due="2026-12-20", cname="Pelican Logistics plc", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Dear Vendor,

Please be informed that invoice HC-0398 was paid on 15.01.2027 with value date 18.01.2027.
Paid amount: GBP 1,150.00
Payment document: 1500023344
""" + PELICAN_SIG.format(name="Marta Zielińska"),
  lab=L("client-reply-paid", "Kraków SSC: paid on 15.01 with value date 18.01", amount="1150.00", currency="GBP", reference="HC-0398"))

M(lang="en", owner="tom", frm=("Sue Kinsella", "accounts@liffeysidetrust.ie"), tz=DUB, date="2026-12-08 14:10",
  tmpl="reminder", inv="INV-2026-125", amt=480.00, due="2026-11-30", cname="Liffeyside Community Trust", ckind="company",
  mua="thunderbird", q="gmail", cte="qp",
  body="""Hi Tom,

So sorry for the delay with this. It's been absolutely mad here – the Christmas fair was on Saturday and I've been up to my eyes in raffle tickets and float money, and then the heating packed in at the hall on Monday of all days.

Anyway, I did your invoice on Friday along with the others. The trustees only approve the online payments once a month, which is why it took a while. It should be in your account by now, but let me know if not.

The posters looked great by the way, everyone commented on them.

Thanks a million,
Sue
(volunteer bookkeeper – in the office Tues & Thurs)
Liffeyside Community Trust, CHY 19211""",
  lab=L("client-reply-paid", "chatty charity bookkeeper; the decisive line is 'I did your invoice on Friday'"))

M(lang="en", owner="tom", frm=("Sanne de Vries", "crediteuren@vdberglogistics.nl"), tz=AMS, date="2027-01-12 10:31",
  tmpl="reminder", inv="INV-2026-140", amt=1968.00, due="2027-01-05", cname="Van der Berg Logistics B.V.", ckind="company",
  mua="outlook", q="outlook1", cte="qp",
  body="""Hi Tom,

Please see below the confirmation from our bank.

Kind regards,
Sanne de Vries
Crediteurenadministratie | Van der Berg Logistics B.V.

From: ING Business <noreply@ing.nl>
Sent: maandag 11 januari 2027 17:44
To: crediteuren@vdberglogistics.nl
Subject: Betaling uitgevoerd / Payment executed

Uw betaalopdracht is uitgevoerd. / Your payment order has been executed.

Amount: EUR 1,968.00
Beneficiary: T BYRNE
IBAN: IE29AIBK93115212345678
Description: INV-2026-140
Execution date: 11-01-2027
{Q}""",
  lab=L("client-reply-paid", "Dutch AP forwards the bank's 'payment executed' notice inside her reply", amount="1968.00", reference="INV-2026-140"))

M(lang="en", owner="tom", frm=("Aoife Daly", "aoife.daly@kerriganhotels.ie"), tz=DUB, date="2026-12-02 15:05",
  tmpl="statement", inv="INV-2026-127", items=[("INV-2026-127", 1230.00, "2026-11-20"), ("INV-2026-133", 1845.00, "2026-11-27")],
  cname="Kerrigan Hotels Group", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hi Tom,

Our ledger shows INV-2026-127 and INV-2026-133 both cleared on 28 Nov in a single payment of €3,075.00. Could you check your bank and let us know if it hasn't arrived?

Thanks,
Aoife Daly
Group Finance | Kerrigan Hotels Group""",
  lab=L("client-reply-paid", "statement reply: both invoices cleared in one payment; check request", amount="3075.00"))

M(lang="en", owner="tom", frm=("Accounts - Kaveri Textiles", "accounts@kaveritextiles.in"), tz=KOL, date="2027-01-06 12:15",
  tmpl="reminder", inv="INV-2026-137", amt=3000.00, cur="USD", due="2026-12-31", cname="Kaveri Textiles Pvt Ltd", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Dear Mr. Byrne,

We have remitted USD 2,700.00 against your invoice INV-2026-137 for USD 3,000.00, after deducting TDS @ 10% as per Section 195 of the Income Tax Act, 1961 read with the India–Ireland DTAA. The TDS certificate (Form 16A) will be shared after filing of the quarterly return.

Kindly acknowledge the receipt.

Regards,
S. Venkatesh
Accounts Department
Kaveri Textiles Pvt Ltd, Tiruppur""",
  lab=L("client-reply-paid", "short-paid by withholding tax (TDS) which they remit to the tax office: settled from their side, not a dispute", amount="2700.00", currency="USD", reference="INV-2026-137"))

M(lang="en", owner="han", frm=("Jamie", "accounts@clydecraftbrewing.co.uk"), tz=LON, date="2027-01-05 16:30",
  tmpl="reminder", inv="HC-0415", amt=720.00, cur="GBP", due="2026-12-31", cname="Clyde Craft Brewing Co", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Aye it's been paid, went oot on the 2nd. Check yer bank an gie us a shout if it's no there.
Cheers
Jamie""",
  lab=L("client-reply-paid", "Scots spelling; paid on the 2nd"))

M(lang="en", owner="han", frm=("Finance Office - Accounts Payable", "accounts.payable@northbridge.ac.uk"), tz=LON, date="2027-01-20 11:22",
  tmpl="reminder", inv="HC-0421", amt=2100.00, cur="GBP", due="2027-01-15", cname="University of Northbridge", ckind="company",
  mua="outlook", fmt="html", cte="qp",
  body="""Dear Ms Cole,

Your invoice HC-0421 has been paid via BACS on 19/01/2027. A remittance advice was sent to the email address held on our supplier record (accounts@colecopy.co.uk).

If you did not receive it, please check that mailbox, or let us know if the address on our records should be updated.

Regards,

Accounts Payable Team
Finance Office, University of Northbridge""",
  lab=L("client-reply-paid", "HTML-only university AP mail: paid via BACS 19/01", reference="HC-0421"))

M(lang="en", owner="tom", frm=("Claire Hennessy", "claire@greenwayarchitects.ie"), tz=DUB, date="2027-02-09 12:02",
  tmpl="promise_followup", inv="INV-2027-004", amt=615.00, due="2027-01-31", cname="Greenway Architects", ckind="company",
  mua="apple-mac", q="apple", cte="qp",
  body="""Hi Tom,

We paid this last Tuesday – can you check it has arrived? Our bank has been acting weird since they brought in the new payee name check thing, so I'm not 100% sure it went through.

Thanks,
Claire""",
  lab=L("client-reply-paid", "says paid last week and asks to check (slight uncertainty, still a paid claim)"))

# ---- promises
M(lang="en", owner="han", frm=("Priya Desai", "accountspayable@harcourtlyle.co.uk"), tz=LON, date="2027-01-12 10:18",
  tmpl="reminder", inv="HC-0419", amt=960.00, cur="GBP", due="2027-01-08", cname="Harcourt & Lyle LLP", ckind="company",
  mua="outlook", q="outlook1", cte="qp",
  body="""Hi Hannah,

HC-0419 has been approved and is scheduled for our next BACS run on the 19th.

Many thanks,
Priya Desai
Accounts Payable | Harcourt & Lyle LLP""",
  lab=L("client-reply-promise", "approved and scheduled for the BACS run on the 19th", reference="HC-0419", promised_date="2027-01-19"))

M(lang="en", owner="tom", frm=("Siobhán Murphy", "siobhan.murphy@brennanfoods.ie"), tz=DUB, date="2027-01-14 09:42",
  tmpl="reminder", inv="INV-2026-144", amt=2214.00, due="2027-01-10", cname="Brennan Foods Ltd", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hi Tom,

It'll go out with next week's payment run.

Kind regards,
""" + BRENNAN_SIG,
  lab=L("client-reply-promise", "'next week's payment run' is vague: no date"))

M(lang="en", owner="tom", frm=("Deepa Nair", "ap.helpdesk@northwind-retail.com"), tz=KOL, date="2026-12-03 15:30",
  tmpl="due", inv="INV-2026-134", amt=1230.00, due="2026-12-01", cname="Northwind Retail Group", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Dear Supplier,

Greetings!!

This is to inform you that invoice no. INV-2026-134 is approved in our system and will be paid as per the payment terms i.e. on 31-Jan-2027.

Request you to please quote the PO number on all future invoices to avoid delay in processing.
""" + NORTHWIND_SIG.format(name="Deepa Nair"),
  lab=L("client-reply-promise", "paid per their terms on 31-Jan-2027", reference="INV-2026-134", promised_date="2027-01-31"))

M(lang="en", owner="han", frm=("Rob Finch", "rob@brambleandfinch.co.uk"), tz=LON, date="2027-02-15 17:55",
  tmpl="late_fee", inv="HC-0423", amt=1380.00, cur="GBP", due="2027-01-31", cname="Bramble & Finch Ltd", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Hi Hannah,

Apologies – cash flow's tight this month and we can't pay before the 28th. It will definitely be paid then.

Rob
Director, Bramble & Finch Ltd""",
  lab=L("client-reply-promise", "'can't pay before the 28th' = promise for 28 February", promised_date="2027-02-28"))

M(lang="en", owner="tom", frm=("Tiago Fernandes", "ap.ireland@meridianhotels-ssc.pt"), tz=LIS, date="2026-11-17 14:10",
  tmpl="due", inv="INV-2026-121", amt=3690.00, due="2026-11-15", cname="Meridian Hotels Ireland", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hello Tom,

The invoice has been released for payment – it'll be in Friday's run.

Best regards,
Tiago Fernandes
Accounts Payable – Ireland & UK
Meridian Hotels Shared Services, Lisbon""",
  lab=L("client-reply-promise", "'released for payment ... Friday's run' on Tuesday 17 Nov = Friday 20 Nov", promised_date="2026-11-20"))

M(lang="en", owner="han", frm=("Tomasz Lewandowski", "ap.uk@pelican-sharedservices.pl"), tz=WAW, date="2026-12-01 12:05",
  tmpl="courtesy", inv="HC-0410", amt=1800.00, cur="GBP", due="2026-12-05", cname="Pelican Logistics plc", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Dear Vendor,

Invoice HC-0410 is posted and approved. Due date in system: 14.01.2027 (payment terms 45 days from receipt). It will be paid on that date.
""" + PELICAN_SIG.format(name="Tomasz Lewandowski"),
  lab=L("client-reply-promise", "posted/approved, system due date 14.01.2027 = promise with date", reference="HC-0410", promised_date="2027-01-14"))

M(lang="en", owner="han", frm=("Kelly Nguyen", "ap@atlassoftware.com"), tz=NYC, date="2026-12-18 15:40",
  tmpl="reminder", inv="HC-0416", amt=2750.00, cur="USD", due="2026-12-15", cname="Atlas Software Inc.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hi Hannah,

Per our standard terms (Net 45 from receipt) payment is scheduled for January 4. Happy holidays!

Best,
Kelly""",
  lab=L("client-reply-promise", "scheduled for January 4 under their own terms", promised_date="2027-01-04"))

M(lang="en", owner="tom", frm=("Sue Kinsella", "accounts@liffeysidetrust.ie"), tz=DUB, date="2026-11-25 20:35",
  tmpl="reminder", inv="INV-2026-119", amt=360.00, due="2026-11-20", cname="Liffeyside Community Trust", ckind="company",
  mua="thunderbird", q="gmail", cte="qp",
  body="""Hi Tom, sorry, I'll do it tomorrow when I'm in the office. Sue""",
  lab=L("client-reply-promise", "'tomorrow' = 26 Nov", promised_date="2026-11-26"))

M(lang="en", owner="tom", frm=("Accounts - Atlantic Seafoods", "accounts@atlanticseafoods.ie"), tz=DUB, date="2026-12-07 13:15",
  tmpl="reminder", inv="INV-2026-132", amt=1107.00, due="2026-11-30", cname="Atlantic Seafoods Ltd", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hi Tom

Hope to pay by end of month, everything's mad here with the Christmas orders and half the office is out with the flu.

Regards
Mairéad
Accounts, Atlantic Seafoods Ltd, Rossaveel, Co. Galway""",
  lab=L("client-reply-promise", "'hope to pay by end of month' = 31 Dec (hedged)", promised_date="2026-12-31"))

M(lang="en", owner="han", frm=("Ben Okafor", "accounts@oakleyevents.co.uk"), tz=LON, date="2026-11-30 11:45",
  tmpl="statement", inv="HC-0405", items=[("HC-0405", 600.00, "2026-11-20"), ("HC-0408", 1250.00, "2026-11-25")], cur="GBP",
  cname="Oakley Events Ltd", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Hi Hannah,

HC-0405 was paid on Friday. HC-0408 is in Thursday's run.

Ben""",
  lab=L("client-reply-promise", "one paid, the other in Thursday's run (Monday mail -> Thursday 3 Dec)", reference="HC-0408", promised_date="2026-12-03"))

M(lang="en", owner="tom", frm=("Sanne de Vries", "crediteuren@vdberglogistics.nl"), tz=AMS, date="2027-01-06 14:20",
  tmpl="promise_followup", inv="INV-2026-136", amt=2460.00, due="2026-12-20", cname="Van der Berg Logistics B.V.", ckind="company",
  mua="outlook", q="outlook1", cte="qp",
  body="""Hi Tom,

Our payment of 29 December was returned by the bank – the account name didn't match (we had "Byrne Design Ltd", your IBAN is in the name of Thomas Byrne). I've corrected the vendor record and it will be re-sent in Friday's run.

Kind regards,
Sanne de Vries""",
  lab=L("client-reply-promise", "earlier payment bounced back (name mismatch); re-sent in Friday's run = 8 Jan", promised_date="2027-01-08"))

M(lang="en", owner="tom", frm=("Joost Bakker", "ap@hollandmediagroup.nl"), tz=AMS, date="2027-01-07 09:25",
  tmpl="reminder", inv="INV-2026-142", amt=1476.00, due="2027-01-03", cname="Holland Media Group", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Dear Tom,

We pay supplier invoices on the 1st and the 15th of each month. Yours (INV-2026-142) will be in the 15 January batch.

With kind regards,
Joost Bakker
Accounts Payable | Holland Media Group""",
  lab=L("client-reply-promise", "fixed payment days; stated batch 15 January", reference="INV-2026-142", promised_date="2027-01-15"))

M(lang="en", owner="han", frm=("David Price", "david.price@northgatepp.co.uk"), tz=LON, date="2027-02-01 18:20",
  tmpl="late_fee", inv="HC-0420", amt=3600.00, cur="GBP", due="2027-01-10", cname="Northgate Property Partners", ckind="company",
  mua="apple", q="apple", cte="qp",
  body="""Hannah – apologies. Cash is tight until our own tenants pay (the quarter day rents are late across the board). We'll clear it in a couple of weeks, promise.

David

Sent from my iPhone""",
  lab=L("client-reply-promise", "'in a couple of weeks' is vague: no date"))

M(lang="en", owner="tom", frm=("Tiago Fernandes", "ap.ireland@meridianhotels-ssc.pt"), tz=LIS, date="2027-02-12 11:05",
  tmpl="late_fee", inv="INV-2027-002", amt=1476.00, due="2027-01-31", fees=True, cname="Meridian Hotels Ireland", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hello Tom,

Apologies, this one was stuck in the approval workflow with a manager who has left. I've now got it approved and I'll add it to today's urgent payment file this afternoon.

Best regards,
Tiago Fernandes
Accounts Payable – Ireland & UK
Meridian Hotels Shared Services, Lisbon""",
  lab=L("client-reply-promise", "will add it to today's payment file = promise for today", promised_date="2027-02-12"))

# ---- disputes
M(lang="en", owner="tom", frm=("Rachel Green", "ap@foxglovemedia.co.uk"), tz=LON, date="2026-11-26 10:50",
  tmpl="due", inv="INV-2026-124", amt=2460.00, due="2026-11-24", cname="Foxglove Media Ltd", ckind="company",
  mua="outlook", q="outlook1", cte="qp",
  body="""Hi Tom,

This invoice is on hold pending a credit note. You've charged Irish VAT at 23%, but as we're a UK business the supply is outside the scope of Irish VAT (reverse charge applies). Please issue a credit note and a revised invoice for the net amount of €2,000.00.

Thanks,
Rachel
Accounts Payable | Foxglove Media Ltd""",
  lab=L("client-reply-dispute", "'on hold pending credit note': VAT charged wrongly, wants revised invoice"))

M(lang="en", owner="han", frm=("Tomasz Lewandowski", "ap.uk@pelican-sharedservices.pl"), tz=WAW, date="2027-01-05 13:40",
  tmpl="reminder", inv="HC-0414", amt=4500.00, cur="GBP", due="2026-12-31", cname="Pelican Logistics plc", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Dear Vendor,

Your invoice HC-0414 failed three-way match: the goods receipt shows 8 days receipted against PO 4510093321, while the invoice is for 10 days.
Either the requester (Mr D. Hughes) confirms the additional 2 days in the system, or we will need a credit note for 2 days (GBP 900.00). The invoice is parked until then.
""" + PELICAN_SIG.format(name="Tomasz Lewandowski"),
  lab=L("client-reply-dispute", "three-way match: quantity receipted lower than invoiced; parked pending credit note", reference="HC-0414"))

M(lang="en", owner="han", frm=("Olivia Marsh", "olivia.marsh@harcourtlyle.co.uk"), tz=LON, date="2026-12-09 16:25",
  tmpl="reminder", inv="HC-0411", amt=2140.00, cur="GBP", due="2026-12-04", cname="Harcourt & Lyle LLP", ckind="company",
  mua="outlook", fmt="alt", cte="qp", cc=[("Accounts Payable", "accountspayable@harcourtlyle.co.uk")],
  body="""Hannah,

We'll pay the fee but not the expenses – travel wasn't in the SOW and nobody here agreed to it. Please reissue without the £340 travel line and AP (copied) will process it.

Olivia Marsh
Head of Marketing, Harcourt & Lyle LLP""",
  lab=L("client-reply-dispute", "refuses the expenses line, asks for a reissued invoice"))

M(lang="en", owner="tom", frm=("Aoife Daly", "aoife.daly@kerriganhotels.ie"), tz=DUB, date="2027-01-21 15:35",
  tmpl="reminder", inv="INV-2026-146", amt=2200.00, due="2027-01-15", cname="Kerrigan Hotels Group", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hi Tom,

Partial payment of €1,500.00 made today. The remaining €700.00 is withheld until the final artwork is delivered in print-ready format (CMYK PDFs with 3mm bleed), as per the brief. The files we have are RGB and the printer has rejected them twice.

Thanks,
Aoife Daly
Group Finance | Kerrigan Hotels Group""",
  lab=L("client-reply-dispute", "partial payment, rest withheld until deliverables fixed", amount="1500.00"))

M(lang="en", owner="tom", frm=("Siobhán Murphy", "siobhan.murphy@brennanfoods.ie"), tz=DUB, date="2027-01-08 10:05",
  tmpl="reminder", inv="INV-2026-141", amt=1845.00, due="2027-01-03", cname="Brennan Foods Ltd", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hi Tom,

This looks like a duplicate of INV-2026-118, which we paid on 3 December – same description and same amount. Can you check and cancel it on your side?

Kind regards,
""" + BRENNAN_SIG,
  lab=L("client-reply-dispute", "claims it is a duplicate of an invoice already paid", reference="INV-2026-141"))

M(lang="en", owner="tom", frm=("Vikram Shetty", "ap.helpdesk@northwind-retail.com"), tz=KOL, date="2026-12-29 11:50",
  tmpl="reminder", inv="INV-2026-139", amt=6150.00, due="2026-12-24", cname="Northwind Retail Group", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Dear Supplier,

Greetings of the day!

Please note that invoice INV-2026-139 has been rejected in our system.
Reason for rejection: Rate mismatch with contract (contract rate EUR 450/day, invoice rate EUR 500/day).

Kindly send the credit note along with the revised invoice to ap.invoices@northwind-retail.com for further processing.

Kindly do the needful.
""" + NORTHWIND_SIG.format(name="Vikram Shetty"),
  lab=L("client-reply-dispute", "rejected for a rate mismatch; credit note and revised invoice requested", reference="INV-2026-139"))

M(lang="en", owner="tom", frm=("Declan Ó Flaithearta", "declan@atlanticseafoods.ie"), tz=DUB, date="2027-01-13 08:05",
  tmpl="late_fee", inv="INV-2026-138", amt=4305.00, due="2026-12-20", fees=True, cname="Atlantic Seafoods Ltd", ckind="company",
  mua="apple", q="apple", cte="qp", cc=[("Accounts - Atlantic Seafoods", "accounts@atlanticseafoods.ie")],
  body="""Tom,

Frankly we're not paying for a website that still doesn't display properly on mobile, and now you're adding interest on top of it? I've told accounts to hold it until it's fixed.

Declan
Managing Director

Sent from my iPhone""",
  lab=L("client-reply-dispute", "MD refuses to pay until the site works; tells accounts to hold"))

M(lang="en", owner="han", frm=("Kelly Nguyen", "ap@atlassoftware.com"), tz=NYC, date="2027-01-22 11:15",
  tmpl="reminder", inv="HC-0418", amt=2550.00, cur="USD", due="2027-01-15", cname="Atlas Software Inc.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hi Hannah,

We're disputing the $450 rush fee on HC-0418 – it wasn't approved by anyone on our side. The rest of the invoice ($2,100.00) is approved for payment. Could you send a revised invoice without the rush fee?

Best,
Kelly Nguyen
Accounts Payable Specialist""",
  lab=L("client-reply-dispute", "disputes a line, accepts the rest", amount="2100.00", currency="USD", reference="HC-0418"))

M(lang="en", owner="tom", frm=("Finance Office NCAD", "finance.ap@ncdd.ie"), tz=DUB, date="2027-01-27 14:30",
  tmpl="late_fee", inv="INV-2026-143", amt=1200.00, due="2026-12-31", fees=True, cname="National College of Design Dublin", ckind="company",
  mua="outlook", fmt="alt", cte="qp",
  body="""Dear Mr Byrne,

We do not accept the late payment interest and compensation claimed in your reminder. Your invoice was sent to a departmental address and only reached Accounts Payable on 12 January, so the delay is not attributable to the College.

We will pay the principal of €1,200.00 only, in the next payment run.

Regards,
Accounts Payable
Finance Office, National College of Design Dublin""",
  lab=L("client-reply-dispute", "refuses the late fees, will pay only the principal: dispute outranks the promise", amount="1200.00"))

M(lang="en", owner="han", frm=("Ben Okafor", "accounts@oakleyevents.co.uk"), tz=LON, date="2027-02-17 12:40",
  tmpl="reminder", inv="HC-0425", amt=2280.00, cur="GBP", due="2027-02-12", cname="Oakley Events Ltd", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Hi Hannah,

The hours on the timesheet don't reconcile with the invoice (32 vs 38). We've paid for the 32 hours (£1,920.00) today; please credit the balance or send us the approved timesheet for the extra 6.

Ben""",
  lab=L("client-reply-dispute", "short-paid: pays the hours they accept, contests the rest", amount="1920.00", currency="GBP"))

# ---- other
M(lang="en", owner="tom", frm=("Catarina Sousa", "ap.ireland@meridianhotels-ssc.pt"), tz=LIS, date="2027-01-19 09:50",
  tmpl="reminder", inv="INV-2026-147", amt=984.00, due="2027-01-15", cname="Meridian Hotels Ireland", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hello,

Invoices must be submitted via the Coupa Supplier Portal against a valid PO. Please resubmit INV-2026-147 with PO 4500087761 – invoices received by email cannot be processed.

Best regards,
Catarina Sousa
Accounts Payable – Ireland & UK
Meridian Hotels Shared Services, Lisbon""",
  lab=L("client-reply-other", "missing PO / wrong channel; procedural request", reference="INV-2026-147"))

M(lang="en", owner="han", frm=("Priya Desai", "accountspayable@harcourtlyle.co.uk"), tz=LON, date="2027-01-15 14:02",
  tmpl="invoice", inv="HC-0422", amt=1600.00, cur="GBP", due="2027-02-13", what="the January newsletter and web copy",
  mua="outlook", q="outlook1", cte="qp",
  body="""Thanks Hannah, received and booked on our system. I'll let you know if there are any queries.

Priya""",
  lab=L("client-reply-other", "reply to the invoice email: booked, no payment statement"))

M(lang="en", owner="tom", frm=("Declan Walsh", "declan@greenwayarchitects.ie"), tz=DUB, date="2026-11-20 12:30",
  tmpl="courtesy", inv="INV-2026-120", amt=1107.00, due="2026-11-25", cname="Greenway Architects", ckind="company",
  mua="apple-mac", q="apple", cte="qp", cc=[("Claire Hennessy", "claire@greenwayarchitects.ie")],
  body="""Tom – forwarding to Claire who looks after payments (cc'd).
D.""",
  lab=L("client-reply-other", "forwarded to the person who pays"))

M(lang="en", owner="han", frm=("Accounts - Northgate Property Partners", "accounts@northgatepp.co.uk"), tz=LON, date="2026-12-16 10:10",
  tmpl="reminder", inv="HC-0413", amt=780.00, cur="GBP", due="2026-12-10", cname="Northgate Property Partners", ckind="company",
  mua="outlook", q="outlook1", cte="qp",
  body="""Hi Hannah,

We received an email yesterday, apparently from you, asking us to update your bank details to a Revolut account. Before we change anything on the vendor master we need to verify this by calling you on the number we hold on file (0207 946 0321). Please don't send new details by email.

Kind regards,
Lauren
Accounts, Northgate Property Partners""",
  lab=L("client-reply-other", "bank-detail change call-back; no payment claim"))

M(lang="en", owner="tom", frm=("Brightline AP", "payables@brightline-analytics.com"), tz=NYC, date="2026-11-30 14:45",
  tmpl="reminder", inv="INV-2026-123", amt=4800.00, cur="USD", due="2026-11-25", cname="Brightline Analytics Inc.", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hi Tom,

Before we can release payment we need a completed W-8BEN-E (or a W-8BEN if you're invoicing as a sole proprietor). Without a valid form on file our system automatically applies 30% backup withholding.

You can upload it in the supplier portal or reply to this email with the PDF.

Thanks,
Jenna
Accounts Payable | Brightline Analytics Inc.""",
  lab=L("client-reply-other", "tax form required before release: document request"))

M(lang="en", owner="han", frm=("Bursar's Office", "bursary@staldhelms.org.uk"), tz=LON, date="2026-11-18 09:20",
  tmpl="reminder", inv="HC-0402", amt=450.00, cur="GBP", due="2026-11-13", cname="St Aldhelm's School", ckind="company",
  mua="outlook", q="outlook1", cte="qp",
  body="""Dear Hannah,

Sorry, which invoice is this? I can't find anything under Cole Copy on our system. Was it perhaps addressed to the St Aldhelm's Foundation rather than to the school? They have a separate ledger.

Kind regards,
Margaret Hale
Assistant Bursar""",
  lab=L("client-reply-other", "cannot find the invoice, asks which entity it was addressed to"))

M(lang="en", owner="tom", frm=("Nordic Freight AP", "ap@nordicfreight.no"), tz="Europe/Oslo", date="2026-12-10 13:25",
  tmpl="reminder", inv="INV-2026-135", amt=2952.00, due="2026-12-05", cname="Nordic Freight Group AS", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Dear Tom Byrne,

Payment for INV-2026-135 is currently blocked by our Compliance team pending sanctions screening (a possible name match in our screening tool – this is routine and usually a false positive). No action is needed from you at this stage; Compliance may contact you for a copy of your company registration.

Best regards,
Ingrid Solberg
Accounts Payable, Nordic Freight Group AS""",
  lab=L("client-reply-other", "payment blocked by compliance: neither a promise nor a dispute", reference="INV-2026-135"))

M(lang="en", owner="han", frm=("Office - Bramble & Finch", "office@brambleandfinch.co.uk"), tz=LON, date="2026-12-01 09:35",
  tmpl="due", inv="HC-0409", amt=540.00, cur="GBP", due="2026-11-30", cname="Bramble & Finch Ltd", ckind="company",
  mua="gmail", q="gmail", cte="qp",
  body="""Morning Hannah,

The PDF attached to your original email won't open here (Acrobat says it's damaged). Could you re-send it?

Thanks
Jess""",
  lab=L("client-reply-other", "asks to resend the invoice PDF"))

M(lang="en", owner="tom", frm=("Declan Walsh", "declan@greenwayarchitects.ie"), tz=DUB, date="2027-02-03 17:50",
  tmpl="reminder", inv="INV-2027-003", amt=1845.00, due="2027-01-31", cname="Greenway Architects", ckind="company",
  mua="apple-mac", q="apple", cte="qp",
  body="""Hi Tom,

Good to hear from you. Quick one while I have you: we've been shortlisted for the Ballsbridge library competition and we'll need a proper submission document – 24 pages, A3 landscape, plus three presentation boards. Deadline is 12 March. Would you have capacity in late February? Same rate as the practice brochure would be ideal but let me know.

Also, the new website photos from Ros are finally in, so we can look at the case-study pages again.

On the invoice – I've chased accounts, they said they'd look at it.

Talk soon,
Declan""",
  lab=L("client-reply-other", "long mail about new work; 'chased accounts, they said they'd look at it' is not a promise to pay"))

M(lang="en", owner="tom", frm=("Aoife Daly", "aoife.daly@kerriganhotels.ie"), tz=DUB, date="2026-11-19 11:40",
  tmpl="reminder", inv="INV-2026-122", amt=738.00, due="2026-11-15", cname="Kerrigan Hotels Group", ckind="company",
  mua="outlook", q="outlook", cte="qp",
  body="""Hi Tom,

I've raised a query with the budget holder (Events) to approve it on the system – it's sitting in her approval queue. I'll come back to you once it's approved.

Aoife""",
  lab=L("client-reply-other", "'we've raised a query' / awaiting approval: no promise, no dispute"))

M(lang="en", owner="han", frm=("David Price", "david.price@northgatepp.co.uk"), tz=LON, date="2027-02-22 09:05",
  tmpl="statement", inv="HC-0424", items=[("HC-0424", 1200.00, "2027-02-10"), ("HC-0426", 650.00, "2027-02-15")], cur="GBP",
  cname="Northgate Property Partners", ckind="company",
  mua="outlook", q="outlook1", cte="qp",
  body="""Hannah,

Can we set up a quick call about your statement? Our ledger and yours don't seem to agree and I'd rather go through it together than go back and forth by email. Any time Wednesday afternoon works for me.

David""",
  lab=L("client-reply-other", "call request about the statement; no claim made"))

# ---- machine (en)
M(lang="en", owner="tom", frm=("Northwind AP Helpdesk", "ap.helpdesk@northwind-retail.com"), tz=KOL, date="2026-12-24 03:12",
  tmpl="reminder", inv="INV-2026-139", amt=6150.00, due="2026-12-24", cname="Northwind Retail Group", ckind="company", ago=0,
  odate="2026-12-23 22:41", subj="[AP-2026-118734] RE: Payment reminder: invoice INV-2026-139",
  mua="other", q="none", cte="qp",
  hdr={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "Precedence": "bulk", "X-ServiceNow-Generated": "true"},
  body="""Dear Supplier,

Thank you for contacting Northwind Accounts Payable. Your request has been logged with reference AP-2026-118734.

Our team will review your query and respond within 3 business days. Please quote the reference number in all future correspondence. You can check the status of your invoices at any time on the Northwind Supplier Portal.

This is a system generated email. Please do not reply.

Northwind Retail Group – Global Business Services""",
  lab=L("auto-reply", "help-desk ticket acknowledgement (auto-generated)"))

M(lang="en", owner="tom", frm=("Microsoft Outlook", "postmaster@brennanfoods.ie"), tz=DUB, date="2027-02-10 09:00",
  subj="Undeliverable: Payment reminder: invoice INV-2027-005", mua="other",
  node=("multipart/report", [
      ("text/plain", """Delivery has failed to these recipients or groups:

accounts.payable@brennanfoods.ie
The email address you entered couldn't be found. Please check the recipient's email address and try to resend the message. If the problem continues, please contact your helpdesk.





Diagnostic information for administrators:

Generating server: DB9PR03MB7322.eurprd03.prod.outlook.com

accounts.payable@brennanfoods.ie
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient accounts.payable@brennanfoods.ie not found by SMTP address lookup'

Original message headers:

Received: from mail.byrnedesign.ie (185.38.12.40) by AM0PR02CA0001.outlook.office365.com
 with Microsoft SMTP Server; Wed, 10 Feb 2027 08:59:58 +0000
From: Tom Byrne <tom@byrnedesign.ie>
To: <accounts.payable@brennanfoods.ie>
Subject: Payment reminder: invoice INV-2027-005
Date: Wed, 10 Feb 2027 08:59:55 +0000
Message-ID: <mailduns.INV-2027-005.202702100859@byrnedesign.ie>
""", "us-ascii", "7bit"),
      ("message/delivery-status", """Reporting-MTA: dns;DB9PR03MB7322.eurprd03.prod.outlook.com
Received-From-MTA: dns;mail.byrnedesign.ie
Arrival-Date: Wed, 10 Feb 2027 08:59:58 +0000

Final-Recipient: rfc822;accounts.payable@brennanfoods.ie
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient accounts.payable@brennanfoods.ie not found by SMTP address lookup
""", "us-ascii", "7bit"),
      ("text/rfc822-headers", """Received: from mail.byrnedesign.ie (185.38.12.40) by AM0PR02CA0001.outlook.office365.com
 with Microsoft SMTP Server; Wed, 10 Feb 2027 08:59:58 +0000
From: Tom Byrne <tom@byrnedesign.ie>
To: <accounts.payable@brennanfoods.ie>
Subject: Payment reminder: invoice INV-2027-005
Date: Wed, 10 Feb 2027 08:59:55 +0000
Message-ID: <mailduns.INV-2027-005.202702100859@byrnedesign.ie>
MIME-Version: 1.0
""", "us-ascii", "7bit"),
  ], "; report-type=delivery-status"),
  hdr={"Auto-Submitted": "auto-replied", "X-MS-Exchange-Message-Is-Ndr": "", "In-Reply-To": "<mailduns.INV-2027-005.202702100859@byrnedesign.ie>"},
  body="",
  lab=L("bounce", "Exchange Online NDR: AP mailbox no longer exists (5.1.10)", failed_recipient="accounts.payable@brennanfoods.ie", permanent=True))

M(lang="en", owner="han", frm=("Pelican Logistics Remittances", "remittances@pelican-logistics.co.uk"), tz=LON, date="2027-01-29 04:30",
  subj="Remittance Advice - Pelican Logistics plc - Payment 1500024410", mua="other", fmt="html", cte="qp",
  hdr={"Auto-Submitted": "auto-generated"},
  body="x",
  node=("text/html", """<html><head><meta charset="utf-8"><title>Remittance Advice</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" border="0">
<tr><td style="background:#003a63;color:#fff;padding:12px;font-size:16px"><b>Pelican Logistics plc</b> &ndash; Remittance Advice</td></tr>
<tr><td style="padding:12px">
<p>To: <b>COLE COPY (HANNAH COLE)</b><br>Supplier number: 200418</p>
<p>We have made a payment to your account as detailed below.</p>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px">
<tr style="background:#e8eef4"><th>Payment number</th><th>Payment date</th><th>Method</th><th>Currency</th></tr>
<tr><td>1500024410</td><td>29/01/2027</td><td>BACS</td><td>GBP</td></tr>
</table>
<br>
<table cellpadding="4" cellspacing="0" border="1" style="border-collapse:collapse;font-size:12px">
<tr style="background:#e8eef4"><th>Your reference</th><th>Document date</th><th>Gross</th><th>Deductions</th><th>Amount paid</th></tr>
<tr><td>HC-0414</td><td>15/12/2026</td><td align="right">4,500.00</td><td align="right">0.00</td><td align="right">4,500.00</td></tr>
<tr><td>CN-0414</td><td>21/01/2027</td><td align="right">-900.00</td><td align="right">0.00</td><td align="right">-900.00</td></tr>
<tr><td colspan="4" align="right"><b>Total paid</b></td><td align="right"><b>3,600.00</b></td></tr>
</table>
<p>Funds should reach your account within 2 working days.</p>
<p style="color:#777;font-size:10px">This is an automatically generated email from an unmonitored mailbox. For queries contact Pelican Shared Services Kraków, ap.uk@pelican-sharedservices.pl, quoting the payment number.</p>
</td></tr></table>
</body></html>
""", "utf-8", "qp"),
  lab=L("payment-notification", "remittance advice netting a credit note: 3,600 paid in", amount="3600.00", currency="GBP", reference="HC-0414"))

# ================================================================= output
def toml_str(v):
    if isinstance(v, bool): return "true" if v else "false"
    return json.dumps(v, ensure_ascii=False)

def main():
    msgs = list(MSGS)
    random.Random(20270228).shuffle(msgs)
    for f in os.listdir(HERE):
        if f.startswith(PREFIX + "-") and f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    out = ['# round8-ap: accounts-payable voices (clerks, controllers, bookkeepers, shared-service centres) — generated by make.py', ""]
    counts = {}
    for i, m in enumerate(msgs, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        raw, subj, plain = build(m, i)
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(raw)
        lab = dict(m["lab"])
        kind = lab.pop("kind"); note = lab.pop("note")
        out.append(f'[files."{name}"]')
        out.append(f"kind = {toml_str(kind)}")
        out.append(f"language = {toml_str(m['lang'])}")
        out.append('split = "dev"')
        for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient", "permanent"):
            if k in lab:
                out.append(f"{k} = {toml_str(lab.pop(k))}")
        assert not lab, (name, lab)
        out.append(f"note = {toml_str(note)}")
        out.append("")
        counts[(kind, m["lang"])] = counts.get((kind, m["lang"]), 0) + 1
    with open(os.path.join(HERE, "labels.toml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    check(len(msgs))
    tot = {}
    for (k, l), n in sorted(counts.items()):
        tot[k] = tot.get(k, 0) + n
    print(len(msgs), "messages"); print(tot)
    print({l: sum(n for (k, ll), n in counts.items() if ll == l) for l in ("it", "es", "en")})

def check(n):
    labels = tomllib.load(open(os.path.join(HERE, "labels.toml"), "rb"))["files"]
    assert len(labels) == n, (len(labels), n)
    for name, lab in labels.items():
        raw = open(os.path.join(HERE, name), "rb").read()
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (name, h)
        assert msg["Date"].datetime is not None, name
        d = msg["Date"].datetime
        assert datetime(2026, 11, 1, tzinfo=d.tzinfo) <= d <= datetime(2027, 2, 28, 23, 59, tzinfo=d.tzinfo), (name, d)
        body = msg.get_body(preferencelist=("plain", "html"))
        assert body is not None and body.get_content().strip(), name
        for part in msg.walk():
            if not part.is_multipart() and part.get_content_maintype() == "text":
                part.get_content()
        if "promised_date" in lab:
            assert lab["kind"] in ("client-reply-promise", "client-reply-dispute"), name
            assert lab["promised_date"] >= d.date().isoformat(), (name, lab["promised_date"], d)

if __name__ == "__main__":
    main()
