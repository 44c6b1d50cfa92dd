#!/usr/bin/env python3
"""round12-hedged: replies a careful assistant has to think about (hedged, conditional, retracted,
sarcastic, angry, grieving, insolvent, lawyers and public bodies...). Generates r12h-NNNN.eml and
labels.toml. Python 3.11, stdlib only. Every message body below is hand-written."""
import base64, hashlib, quopri, re, sys
from datetime import datetime, date
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent
PREFIX = "r12h"

OWNERS = {
    "ale": dict(name="Alessandra Rossi", email="alessandra@example.it", lang="it", tz="Europe/Rome",
                iban="IT60 X054 2811 1010 0000 0123 456", bic="BPMOIT22XXX", ref="Fattura {inv}"),
    "matteo": dict(name="Matteo Bianchi", email="matteo@bianchiweb.it", lang="it", tz="Europe/Rome",
                   iban="IT02 L030 6909 6061 0000 0117 804", bic=None, ref="Saldo {inv}"),
    "lucia": dict(name="Lucía Martín", email="lucia@martinestudio.es", lang="es", tz="Europe/Madrid",
                  iban="ES91 2100 0418 4502 0005 1332", bic="CAIXESBBXXX", ref="Factura {inv}"),
    "nayra": dict(name="Nayra Suárez", email="nayra@suarezfoto.es", lang="es", tz="Atlantic/Canary",
                  iban="ES76 0049 1806 9721 1021 5634", bic=None, ref="Factura {inv}"),
    "tom": dict(name="Tom Byrne", email="tom@byrnedesign.ie", lang="en", tz="Europe/Dublin",
                iban="IE29 AIBK 9311 5212 3456 78", bic="AIBKIE2D", ref="{inv}"),
    "hannah": dict(name="Hannah Cole", email="hannah@colecopy.co.uk", lang="en", tz="Europe/London",
                   iban="GB33 BUKB 2020 1555 5555 55", bic="BUKBGB22", ref="{inv}"),
    "priya": dict(name="Priya Nair", email="priya@nairux.com", lang="en", tz="America/New_York",
                  iban=None, bic=None, ref="{inv}",
                  details="ACH to Priya Nair UX LLC, routing 021000021, account 483920117, or card via https://pay.nairux.com/i/{inv}"),
}

MESI = "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split()
MESES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
MONTHS = "January February March April May June July August September October November December".split()
GIORNI = "lunedì martedì mercoledì giovedì venerdì sabato domenica".split()
DIAS = "lunes martes miércoles jueves viernes sábado domingo".split()
GG3 = "lun mar mer gio ven sab dom".split()
MESI3 = "gen feb mar apr mag giu lug ago set ott nov dic".split()
DD3 = "lun mar mié jue vie sáb dom".split()
MES3 = "ene feb mar abr may jun jul ago sept oct nov dic".split()


def d(s):
    return date.fromisoformat(s)


def fdate(lang, s):
    x = d(s)
    if lang == "it":
        return f"{x.day} {MESI[x.month-1]} {x.year}"
    if lang == "es":
        return f"{x.day} de {MESES[x.month-1]} de {x.year}"
    return f"{x.day} {MONTHS[x.month-1]} {x.year}"


def art(word, s):
    """Italian article + date: il 3 dicembre / l'8 dicembre / dall'11 gennaio."""
    txt = fdate("it", s)
    vowel = txt[0] == "8" or txt.startswith("11 ")
    if vowel:
        return {"il": "l'", "del": "dell'", "dal": "dall'"}[word] + txt
    return f"{word} {txt}"


def money(lang, amt, cur="EUR"):
    v = f"{float(amt):,.2f}"
    if lang in ("it", "es"):
        v = v.replace(",", "X").replace(".", ",").replace("X", ".")
        sym = {"EUR": "€", "GBP": "£", "USD": "$"}[cur]
        return f"{v} {sym}"
    return {"EUR": "€", "GBP": "£", "USD": "$"}[cur] + v


def payment_block(lang, o, inv):
    ref = o["ref"].format(inv=inv)
    if lang == "it":
        out = ["Per il pagamento:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}"]
        if o.get("bic"):
            out.append(f"- BIC: {o['bic']}")
        out.append(f"- causale: {ref}")
    elif lang == "es":
        out = ["Datos para el pago:", f"- beneficiario: {o['name']}", f"- IBAN: {o['iban']}"]
        if o.get("bic"):
            out.append(f"- BIC: {o['bic']}")
        out.append(f"- concepto: {ref}")
    else:
        if not o.get("iban"):
            return "Payment details: " + o["details"].format(inv=inv)
        out = ["Payment details:", f"- Account name: {o['name']}", f"- IBAN: {o['iban']}"]
        if o.get("bic"):
            out.append(f"- BIC (SWIFT): {o['bic']}")
        out.append(f"- Payment reference: {ref}")
    return "\n".join(out)


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
            first = name.split()[0].lower()
            if first in ("sra.", "d.ª", "dña."):
                return f"Estimada {name}:"
            if first in ("sr.", "d."):
                return f"Estimado {name}:"
            return f"Buenos días, {name}:"
        return "Buenos días:"
    if kind == "person" and name:
        return f"Dear {name},"
    if kind == "company":
        return "Dear Accounts Team,"
    return "Hello,"


def reminder_text(o, r):
    """The text of the mailduns letter (or of the original invoice mail) the client replies to."""
    lang = o["lang"]
    t = r["t"]
    inv = r["inv"]
    amt = money(lang, r["amt"], r.get("cur", "EUR")) if r.get("amt") else None
    due = r.get("due")
    sal = salutation(lang, r.get("client_name"), r.get("ck", "company"))
    pay = payment_block(lang, o, inv)
    A = f" di {amt}" if amt and lang == "it" else (f" de {amt}" if amt and lang == "es" else (f" for {amt}" if amt else ""))
    if t == "invoice":
        if lang == "it":
            body = f"in allegato la fattura n. {inv}{A}, relativa a {r.get('what', 'quanto concordato')}.\n\nScadenza: {fdate('it', due)}.\n\n{pay}\n\nGrazie e buona giornata,\n{o['name']}"
        elif lang == "es":
            body = f"Te adjunto la factura n.º {inv}{A} correspondiente a {r.get('what', 'lo acordado')}.\n\nVencimiento: {fdate('es', due)}.\n\n{pay}\n\nGracias y un saludo,\n{o['name']}"
        else:
            body = f"Please find attached invoice {inv}{A} for {r.get('what', 'the work agreed')}.\n\nPayment is due on {fdate('en', due)}.\n\n{pay}\n\nMany thanks,\n{o['name']}"
        return f"{sal}\n\n{body}"
    if lang == "it":
        if t == "courtesy":
            mid = f"un breve promemoria: la fattura n. {inv}{A} è in scadenza {art('il', due)}.\n\nNel caso il pagamento sia già stato disposto, ringrazio e prego di non tenere conto di questo messaggio."
            tail = "Per qualsiasi domanda basta rispondere a questa email."
        elif t == "due":
            mid = f"un promemoria: la fattura n. {inv}{A} è in scadenza oggi, {fdate('it', due)}.\n\nSe il pagamento è già stato effettuato, ringrazio e prego di non tenere conto di questo messaggio."
            tail = "Per qualsiasi domanda basta rispondere a questa email."
        elif t == "reminder":
            mid = f"da un controllo la fattura n. {inv}{A}, scaduta {art('il', due)}, risulta ancora da saldare. Potrebbe trattarsi di una semplice svista: chiedo gentilmente di provvedere al pagamento appena possibile.\n\nSe il pagamento è già stato effettuato, basta rispondere indicando la data del bonifico, così posso aggiornare la mia contabilità; in tal caso, grazie e mi scuso per il disturbo. Se invece c'è qualche problema con la fattura, possiamo chiarirlo insieme: basta rispondere a questa email."
            tail = None
        elif t == "late_fee":
            mid = f"la fattura n. {inv}{A}, scaduta {art('il', due)}, risulta ancora da saldare: sono trascorsi {r['days']} giorni dalla scadenza.\n\nChiedo cortesemente di provvedere al pagamento entro {art('il', r['deadline'])}. Se il pagamento è già stato disposto, basta rispondere indicando la data del bonifico. Se c'è un problema con la fattura o con i tempi di pagamento, possiamo trovare insieme una soluzione: basta rispondere a questa email."
            tail = None
        elif t == "promise_followup":
            mid = f"ringrazio ancora per avermi comunicato che il pagamento della fattura n. {inv}{A} sarebbe stato effettuato entro {art('il', r['promise'])}.\n\nAd oggi il pagamento non risulta ancora arrivato. Se è già stato disposto, basta rispondere indicando la data del bonifico. Se invece serve qualche giorno in più, chiedo solo di farmi sapere entro quando posso aspettarlo."
            tail = None
        elif t == "suspension":
            mid = f"torno a scrivere in merito alla fattura n. {inv}{A}, scaduta {art('il', due)}, che risulta ancora da saldare.\n\nIn mancanza del pagamento entro {art('il', r['deadline'])}, {art('dal', r['susp'])} potrebbe essere necessario sospendere le attività in corso e i servizi da me forniti fino alla regolarizzazione. Preferirei evitarlo: se c'è una difficoltà, ad esempio la necessità di pagare a rate, possiamo concordare una soluzione; basta rispondere a questa email."
            tail = None
        elif t == "final":
            head = f"Oggetto: diffida di pagamento e costituzione in mora – fattura n. {inv}" + (f" {art('del', r['issue'])}" if r.get("issue") else "") + "\n\n"
            mid = f"la fattura n. {inv}{A}, scaduta {art('il', due)}, risulta ancora da saldare nonostante i precedenti solleciti.\n\nCon la presente chiedo formalmente il pagamento di {amt} entro {art('il', r['deadline'])}. La presente vale quale atto di costituzione in mora ai sensi e per gli effetti dell'art. 1219 del codice civile, anche ai fini dell'interruzione della prescrizione (art. 2943 c.c.). Resta salvo ogni altro diritto.\n\nIn mancanza del pagamento entro tale termine, mi riservo di procedere al recupero del credito nelle sedi competenti, anche in via giudiziale con ricorso per decreto ingiuntivo, con le relative spese a carico del debitore. Preferirei evitarlo: se il ritardo ha un motivo o serve un piano di pagamento, sono disponibile a parlarne; basta rispondere a questa email entro la stessa data.\n\nQualora il pagamento sia già stato effettuato, prego di non tenere conto della presente e di indicarmi la data del bonifico, così da poterlo verificare."
            return head + f"{sal}\n\n{mid}\n\n{pay}\n\nCordiali saluti,\n{o['name']}"
        parts = [sal, mid, pay] + ([tail] if tail else []) + [f"Cordiali saluti,\n{o['name']}"]
        return "\n\n".join(parts)
    if lang == "es":
        if t == "courtesy":
            mid = f"Un breve recordatorio: la factura n.º {inv}{A} vence el {fdate('es', due)}.\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más."
            tail = "Para cualquier duda, basta con responder a este correo."
        elif t == "due":
            mid = f"La factura n.º {inv}{A} vence hoy, {fdate('es', due)}.\n\nSi el pago ya se ha realizado, muchas gracias: no es necesario hacer nada más."
            tail = "Para cualquier duda, basta con responder a este correo."
        elif t == "reminder":
            mid = f"Revisando mis cuentas, veo que la factura n.º {inv}{A}, vencida el {fdate('es', due)}, sigue pendiente de pago. Seguramente se trata de un simple descuido; agradecería que el pago se realizara en cuanto sea posible.\n\nSi el pago ya se ha realizado, muchas gracias: en ese caso basta con responder indicando la fecha de la transferencia, para que pueda actualizar mis registros. Si hay algún problema con la factura, podemos aclararlo por esta misma vía."
            tail = None
        elif t == "late_fee":
            mid = f"La factura n.º {inv}{A} venció el {fdate('es', due)}, hace {r['days']} días, y sigue pendiente de pago.\n\nRuego que el pago{A} se realice a más tardar el {fdate('es', r['deadline'])}. Si ya está en curso, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hay algún problema con la factura o con los plazos, podemos buscar una solución por esta misma vía."
            tail = None
        elif t == "promise_followup":
            mid = f"Según su último mensaje, el pago de la factura n.º {inv}{A} se realizaría a más tardar el {fdate('es', r['promise'])}; gracias de nuevo por la información.\n\nA día de hoy el pago todavía no ha llegado. Si ya se ha realizado, muchas gracias: basta con responder indicando la fecha de la transferencia. Si hacen falta unos días más, me sería útil saber para cuándo puedo contar con él."
            tail = None
        elif t == "suspension":
            mid = f"Vuelvo a ponerme en contacto en relación con la factura n.º {inv}{A}, vencida el {fdate('es', due)} y todavía pendiente de pago.\n\nSi para el {fdate('es', r['deadline'])} no se ha recibido el pago{A}, a partir del {fdate('es', r['susp'])} podría verme en la necesidad de suspender los trabajos en curso y la prestación de los servicios contratados hasta que se regularice la situación. Si existe alguna dificultad (por ejemplo, si es necesario fraccionar el pago), basta con responder a este correo y buscaremos una solución."
            tail = None
        elif t == "final":
            head = f"Asunto: Requerimiento de pago de la factura n.º {inv}\n\n"
            mid = f"La factura n.º {inv} venció el {fdate('es', due)} y, pese a los recordatorios enviados anteriormente, sigue pendiente de pago por un importe de {amt}.\n\nPor la presente, y a los efectos del artículo 1100 del Código Civil, requiero formalmente el pago de {amt} a más tardar el {fdate('es', r['deadline'])}.\n\nMi intención es resolver este asunto de forma amistosa. Por ello, esta comunicación es también una invitación formal a negociar una solución, a los efectos de la Ley Orgánica 1/2025, de 2 de enero, de medidas en materia de eficiencia del Servicio Público de Justicia: si existe algún motivo para el retraso, alguna discrepancia con la factura o la necesidad de un calendario de pagos, basta con responder a este correo.\n\nSi para el {fdate('es', r['deadline'])} no se ha recibido el pago ni hemos llegado a un acuerdo, tendré que pasar a la reclamación formal de la deuda por vía judicial, mediante el procedimiento monitorio. Preferiría sinceramente evitarlo.\n\nSi el pago ya se ha realizado en los últimos días, muchas gracias, y disculpas por las molestias: en ese caso, basta una breve respuesta con la fecha de la transferencia."
            return head + f"{sal}\n\n{mid}\n\n{pay}\n\nAtentamente,\n{o['name']}"
        parts = [sal, mid, pay] + ([tail] if tail else []) + [f"Un cordial saludo,\n{o['name']}"]
        return "\n\n".join(parts)
    # English
    if t == "courtesy":
        mid = f"This is a friendly reminder that invoice {inv}{A} is due for payment on {fdate('en', due)}.\n\nIf payment is already on its way, thank you, and please disregard this message."
        tail = "If you have any questions, just reply to this email."
    elif t == "due":
        mid = f"This is a quick reminder that invoice {inv}{A} is due for payment today, {fdate('en', due)}.\n\nIf you have already paid, thank you, and please disregard this reminder."
        tail = "If you have any questions, just reply to this email."
    elif t == "reminder":
        mid = f"According to my records, invoice {inv}{A}, due on {fdate('en', due)}, has not yet been paid. It may simply have been overlooked, so I would be grateful if you could arrange payment at your earliest convenience.\n\nIf you have already paid, thank you – please let me know the payment date so that I can update my records. If there is a problem with the invoice, please reply to this email and we can sort it out."
        tail = None
    elif t == "late_fee":
        mid = f"Invoice {inv}{A}, due on {fdate('en', due)}, is now {r['days']} days overdue.\n\nPlease arrange payment by {fdate('en', r['deadline'])}. If payment is already on its way, thank you – please let me know the date it was made. If there is a problem with the invoice or with the timing, please reply to this email and we can find a solution."
        tail = None
    elif t == "promise_followup":
        mid = f"Thank you for letting me know that invoice {inv}{A} would be paid by {fdate('en', r['promise'])}.\n\nThe payment has not reached me yet. If it is already on its way, thank you – please let me know the date it was made. If you need a little more time, could you let me know when I can expect it?"
        tail = None
    elif t == "suspension":
        mid = f"I am writing again about invoice {inv}{A}, which was due on {fdate('en', due)} and remains unpaid.\n\nIf payment is not received by {fdate('en', r['deadline'])}, I may have to suspend work in progress and any services I provide to you from {fdate('en', r['susp'])} until the account is settled. If something is making payment difficult – for example, if you need to pay in instalments – please reply to this email and we can agree a solution."
        tail = None
    elif t == "final":
        head = "Final notice before debt recovery\n\n" + (f"To: {r['client_name']}\n" if r.get("client_name") else "")
        head += f"Date: {fdate('en', r['sent'][:10])}\nInvoice: {inv}, due on {fdate('en', due)}\nAmount due: {amt}\nPayment deadline: {fdate('en', r['deadline'])}\n\n"
        fsal = sal if r.get("ck") == "person" else "Dear Sir or Madam,"
        close = "Yours sincerely," if r.get("ck") == "person" else "Yours faithfully,"
        mid = f"Despite my previous reminders, invoice {inv}{A}, which was due for payment on {fdate('en', due)}, remains unpaid.\n\nI therefore formally request payment of {amt} by {fdate('en', r['deadline'])}.\n\nIf payment is not received by that date, I intend to take steps to recover the debt. These may include referring the matter to a debt collection agency or a solicitor and, if necessary, starting court proceedings.\n\nI would much rather resolve this with you directly. If there is a reason for the delay, or if you would like to propose a payment plan, please reply to this email before {fdate('en', r['deadline'])}.\n\nIf you have paid in the meantime, thank you, and please accept my apologies for this notice; it would help if you could let me know the payment date so that I can update my records."
        return head + f"{fsal}\n\n{mid}\n\n{pay}\n\n{close}\n{o['name']}"
    parts = [sal, mid, pay] + ([tail] if tail else []) + [f"Kind regards,\n{o['name']}"]
    return "\n\n".join(parts)


def default_subject(lang, r):
    inv, t = r["inv"], r["t"]
    if lang == "it":
        return {"invoice": f"Fattura n. {inv}", "courtesy": f"Promemoria fattura n. {inv}",
                "due": f"Fattura n. {inv} in scadenza oggi", "reminder": f"Sollecito fattura n. {inv}",
                "late_fee": f"Secondo sollecito – fattura n. {inv}", "promise_followup": f"Pagamento fattura n. {inv}",
                "suspension": f"Fattura n. {inv} – ultimo avviso prima della sospensione",
                "final": f"Diffida di pagamento – fattura n. {inv}"}[t]
    if lang == "es":
        return {"invoice": f"Factura n.º {inv}", "courtesy": f"Recordatorio: factura n.º {inv}",
                "due": f"La factura n.º {inv} vence hoy", "reminder": f"Factura n.º {inv} pendiente de pago",
                "late_fee": f"Segundo recordatorio – factura n.º {inv}", "promise_followup": f"Pago de la factura n.º {inv}",
                "suspension": f"Factura n.º {inv} – aviso de suspensión",
                "final": f"Requerimiento de pago – factura n.º {inv}"}[t]
    return {"invoice": f"Invoice {inv}", "courtesy": f"Invoice {inv} due soon",
            "due": f"Invoice {inv} due today", "reminder": f"Invoice {inv} – payment reminder",
            "late_fee": f"Invoice {inv} now overdue", "promise_followup": f"Invoice {inv} – payment update",
            "suspension": f"Invoice {inv} – notice of suspension",
            "final": f"Final notice – invoice {inv}"}[t]


# ---------------------------------------------------------------- quoting the original
def local_dt(s, tz):
    return datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(tz))


def quote_header(style, lang, o, sent_dt, client_tz, to_addr, subject):
    x = sent_dt.astimezone(ZoneInfo(client_tz))
    who = f"{o['name']} <{o['email']}>"
    hm = x.strftime("%H:%M")
    if style in ("gmail", "html-gmail"):
        if lang == "it":
            return f"Il giorno {GG3[x.weekday()]} {x.day} {MESI3[x.month-1]} {x.year} alle ore {hm} {who} ha scritto:"
        if lang == "es":
            return f"El {DD3[x.weekday()]}, {x.day} {MES3[x.month-1]} {x.year} a las {x.hour}:{x.minute:02d}, {o['name']} (<{o['email']}>) escribió:"
        return f"On {x.strftime('%a')}, {x.day} {x.strftime('%b')} {x.year} at {hm}, {who} wrote:"
    if style in ("apple", "html-apple"):
        if lang == "it":
            return f"Il giorno {x.day} {MESI3[x.month-1]} {x.year}, alle ore {hm}, {who} ha scritto:"
        if lang == "es":
            return f"El {x.day} {MES3[x.month-1]} {x.year}, a las {x.hour}:{x.minute:02d}, {who} escribió:"
        return f"On {x.day} {x.strftime('%b')} {x.year}, at {hm}, {who} wrote:"
    if style == "tbird":
        if lang == "it":
            return f"Il {x.strftime('%d/%m/%y')} {hm}, {o['name']} ha scritto:"
        if lang == "es":
            return f"El {x.strftime('%d/%m/%y')} a las {hm}, {o['name']} escribió:"
        return f"On {x.strftime('%d/%m/%Y')} {hm}, {o['name']} wrote:"
    # outlook-like blocks
    if lang == "it":
        sent = f"{GIORNI[x.weekday()]} {x.day} {MESI[x.month-1]} {x.year} {hm}"
        keys = ("Da", "Inviato", "A", "Oggetto")
    elif lang == "es":
        sent = f"{DIAS[x.weekday()]}, {x.day} de {MESES[x.month-1]} de {x.year} {x.hour}:{x.minute:02d}"
        keys = ("De", "Enviado", "Para", "Asunto")
    else:
        sent = x.strftime("%A, %B ") + f"{x.day}, {x.year} " + x.strftime("%I:%M %p").lstrip("0")
        keys = ("From", "Sent", "To", "Subject")
    return "\n".join(f"{k}: {v}" for k, v in zip(keys, (who, sent, to_addr, subject)))


def quoted_plain(style, header, text):
    if style in ("gmail", "apple", "tbird"):
        q = "\n".join((">" if not line else "> " + line) for line in text.split("\n"))
        if style == "apple":  # Apple Mail puts the attribution inside the quote
            return f"> {header}\n>\n{q}\n"
        return f"{header}\n\n{q}\n"
    if style == "outlook-old":
        return f"-----Original Message-----\n{header}\n\n{text}\n"
    # outlook: no ">" at all
    return f"________________________________\n{header}\n\n{text}\n"


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paras_html(text, p="div"):
    out = []
    for block in text.strip("\n").split("\n\n"):
        inner = "<br>\n".join(esc(l) for l in block.split("\n"))
        out.append(f"<{p}>{inner}</{p}>" if p != "div" else f"<div>{inner}</div><div><br></div>")
    return "\n".join(out)


def mso_paras(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        for l in block.split("\n"):
            out.append(f'<p class="MsoNormal">{esc(l) or "&nbsp;"}<o:p></o:p></p>')
        out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def html_doc(style, body, header, orig, charset, lang):
    if style == "outlook":
        qh = ""
        if header:
            lines = header.split("\n")
            qh = '<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">' + \
                 "<br>\n".join(f"<b>{esc(l.split(': ', 1)[0])}:</b> {esc(l.split(': ', 1)[1])}" for l in lines) + \
                 "<o:p></o:p></p>\n</div>\n" + mso_paras(orig)
        return (f'<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                f'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                f'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
                f'<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                f'@font-face {{font-family:"Cambria Math";}}\n@font-face {{font-family:Aptos;}}\n'
                f'p.MsoNormal, li.MsoNormal, div.MsoNormal {{margin:0cm;font-size:11.0pt;font-family:"Aptos",sans-serif;}}\n'
                f'a:link, span.MsoHyperlink {{color:#467886;text-decoration:underline;}}\n'
                f'.MsoChpDefault {{mso-style-type:export-only;}}\n@page WordSection1 {{size:612.0pt 792.0pt;margin:72.0pt 72.0pt 72.0pt 72.0pt;}}\n'
                f'div.WordSection1 {{page:WordSection1;}}\n--></style>\n</head>\n'
                f'<body lang="{lang.upper()}" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                f'{mso_paras(body)}\n{qh}\n</div>\n</body>\n</html>\n')
    if style == "apple":
        q = f'<div><br><blockquote type="cite"><div>{esc(header)}</div><br><div>{paras_html(orig)}</div></blockquote></div>' if header else ""
        return (f'<html><head><meta http-equiv="content-type" content="text/html; charset={charset}"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
                f'{paras_html(body)}{q}</body></html>\n')
    # gmail-ish
    q = ""
    if header:
        q = (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{esc(header)}<br></div>'
             f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
             f'{paras_html(orig)}</blockquote></div>')
    return f'<div dir="ltr">{paras_html(body)}</div>{q}\n'


# ---------------------------------------------------------------- MIME plumbing
def enc_body(text, charset, cte, codec=None):
    raw = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(codec or charset)
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) else "quoted-printable"
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw).decode("ascii")
        payload = payload.replace("\r\n", "\n").replace("=0D\n", "\n")
    elif cte == "base64":
        b = base64.b64encode(raw).decode("ascii")
        payload = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    else:
        payload = raw.decode(codec or charset).replace("\r\n", "\n")
    return cte, payload


def leaf(ctype, text, charset="utf-8", cte=None, codec=None, extra=""):
    cte, payload = enc_body(text, charset, cte, codec)
    return f'Content-Type: {ctype}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n{extra}\n{payload}\n'


def attach(fname, ctype, data, inline=False):
    b = base64.b64encode(data).decode("ascii")
    b = "\n".join(b[i:i + 76] for i in range(0, len(b), 76))
    disp = "inline" if inline else "attachment"
    return (f'Content-Type: {ctype}; name="{fname}"\nContent-Disposition: {disp}; filename="{fname}"\n'
            f'Content-Transfer-Encoding: base64\n\n{b}\n')


def multipart(sub, parts, seed):
    bnd = "----=_Part_" + hashlib.md5(seed.encode()).hexdigest()[:20]
    out = f'Content-Type: multipart/{sub}; boundary="{bnd}"\n\n'
    if sub == "mixed":
        out += "This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += f"--{bnd}\n{p}\n"
    return out + f"--{bnd}--\n"


def fake_pdf(lines):
    text = "\\n".join(l.replace("(", "[").replace(")", "]") for l in lines)
    stream = "BT /F1 10 Tf 50 780 Td 14 TL " + " ".join(f"({l.replace('(', '[').replace(')', ']')}) '" for l in lines) + " ET"
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            f"<< /Length {len(stream.encode('latin-1', 'replace'))} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, ob in enumerate(objs, 1):
        offs.append(len(out.encode("latin-1", "replace")))
        out += f"{i} 0 obj\n{ob}\nendobj\n"
    x = len(out.encode("latin-1", "replace"))
    out += f"xref\n0 {len(objs)+1}\n0000000000 65535 f \n" + "".join(f"{o:010d} 00000 n \n" for o in offs)
    out += f"trailer\n<< /Size {len(objs)+1} /Root 1 0 R >>\nstartxref\n{x}\n%%EOF\n"
    return out.encode("latin-1", "replace")


def fake_png(seed):
    import struct, zlib
    def chunk(t, data):
        c = struct.pack(">I", len(data)) + t + data
        return c + struct.pack(">I", zlib.crc32(t + data) & 0xffffffff)
    w, h = 4, 3
    raw = b"".join(b"\x00" + bytes((seed * 37 + x * 11 + y * 5) % 256 for x in range(w * 3)) for y in range(h))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def hdr(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


MUA = {
    "gmail": ("gmail", None),
    "iphone": ("apple", "iPhone Mail (22B91)"),
    "apple": ("apple", "Apple Mail (2.3826.300.87.4.3)"),
    "outlook": ("outlook", "Microsoft Outlook 16.0"),
    "owa": ("outlook", None),
    "tbird": ("tbird", None),
    "android": ("android", None),
    "web": ("web", None),
}


def msgid(mua, seed, domain):
    h = hashlib.sha1(seed.encode()).hexdigest()
    if mua == "gmail":
        return f"<CA{base64.b32encode(bytes.fromhex(h)).decode()[:30]}+{h[:10]}@mail.gmail.com>"
    if mua in ("outlook", "owa"):
        return f"<{'AM' if 'it' in domain or 'es' in domain else 'DB'}9PR0{h[:2].upper()}MB{h[2:6].upper()}{h[6:30].upper()}@{'AM9PR01MB' + h[30:34].upper()}.eurprd01.prod.outlook.com>"
    if mua in ("iphone", "apple"):
        return f"<{h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:20].upper()}-{h[20:32].upper()}@{domain}>"
    return f"<{h[:16]}.{h[16:24]}@{domain}>"


# ---------------------------------------------------------------- messages
M = []


def add(owner, frm, date, body, *, orig=None, tz=None, prefix=None, subject=None, quote="auto", fmt="plain",
        mua="gmail", charset="utf-8", codec=None, cte=None, cc=None, to=None, att=None, headers=None,
        label=None, sig=None):
    M.append(dict(owner=owner, frm=frm, date=date, body=body, orig=orig, tz=tz, prefix=prefix, subject=subject,
                  quote=quote, fmt=fmt, mua=mua, charset=charset, codec=codec, cte=cte, cc=cc, to=to, att=att,
                  headers=headers or {}, label=label, sig=sig))


def build(i, m):
    o = OWNERS[m["owner"]]
    lang = o["lang"]
    tz = m["tz"] or o["tz"]
    cname, cmail = m["frm"]
    dom = cmail.split("@")[1]
    dt = local_dt(m["date"], tz)
    r = m["orig"]
    mua = m["mua"]
    style = m["quote"]
    if style == "auto":
        style = {"gmail": "gmail", "iphone": "apple", "apple": "apple", "outlook": "outlook", "owa": "outlook",
                 "tbird": "tbird", "android": "gmail", "web": "gmail"}[mua]
    body = m["body"].strip("\n")
    if m["sig"]:
        body += "\n\n" + m["sig"].strip("\n")
    headers = []
    oid = None
    if r:
        osubj = r.get("subject") or default_subject(lang, r)
        sent = local_dt(r["sent"], o["tz"])
        oid = f"<mailduns.{re.sub(r'[^A-Za-z0-9]', '-', r['inv'])}.{sent.strftime('%Y%m%d%H%M')}@{o['email'].split('@')[1]}>"
        inv_id = f"<inv.{re.sub(r'[^A-Za-z0-9]', '-', r['inv'])}.{hashlib.md5(r['inv'].encode()).hexdigest()[:8]}@{o['email'].split('@')[1]}>"
        refs = oid if r["t"] == "invoice" else f"{inv_id} {oid}"
        if r["t"] == "invoice":
            oid = inv_id
            refs = inv_id
        subj = m["subject"] or f"{m['prefix'] or {'it': 'R:', 'es': 'RE:', 'en': 'Re:'}[lang]} {osubj}"
        headers += [("In-Reply-To", oid), ("References", refs)]
        orig_text = reminder_text(o, r)
        to_line = addr(cname, cmail) if cname else cmail
        qhead = quote_header(style if style else "gmail", lang, o, sent, tz, to_line, osubj) if style else None
    else:
        subj = m["subject"]
        orig_text = qhead = None
    frm = addr(cname, cmail)
    to = m["to"] or addr(o["name"], o["email"])
    mid = msgid(mua, f"{i}-{m['date']}-{cmail}", dom)
    H = [("From", frm), ("To", to)]
    if m["cc"]:
        H.append(("Cc", m["cc"]))
    H += [("Subject", hdr(subj)), ("Date", format_datetime(dt)), ("Message-ID", mid)] + headers
    if mua == "gmail":
        pass
    elif mua in MUA and MUA[mua][1]:
        H.append(("X-Mailer", MUA[mua][1]))
    if mua == "tbird":
        H.append(("User-Agent", "Mozilla Thunderbird"))
    if mua in ("outlook", "owa"):
        H.append(("Thread-Topic", hdr(subj.split(":", 1)[-1].strip())))
        H.append(("Thread-Index", base64.b64encode(hashlib.md5(mid.encode()).digest()[:22]).decode()))
        H.append(("Content-Language", {"it": "it-IT", "es": "es-ES", "en": "en-GB"}[lang]))
    for k, v in m["headers"].items():
        H.append((k, v))
    H.append(("MIME-Version", "1.0"))

    plain = body
    if orig_text and style:
        plain = body + "\n\n" + quoted_plain(style, qhead, orig_text)
    cs, codec, cte = m["charset"], m["codec"], m["cte"]
    hstyle = "outlook" if style == "outlook" or mua in ("outlook", "owa") else ("apple" if mua in ("apple", "iphone") else "gmail")
    if m["fmt"] == "plain":
        part = leaf("text/plain", plain, cs, cte, codec)
    else:
        html = html_doc(hstyle, body, qhead if (orig_text and style) else None, orig_text, cs, lang)
        if m["fmt"] == "html":
            part = leaf("text/html", html, cs, cte, codec)
        else:
            part = multipart("alternative", [leaf("text/plain", plain, cs, cte, codec),
                                             leaf("text/html", html, cs, cte or "quoted-printable", codec)], f"alt{i}")
    if m["att"]:
        parts = [part]
        for a in m["att"]:
            parts.append(attach(*a))
        part = multipart("mixed", parts, f"mix{i}")
    head = "".join(f"{k}: {v}\n" for k, v in H)
    raw = (head + part).replace("\r\n", "\n")
    # bodies are already ASCII-armoured or declared 8bit in their own charset
    data = raw.encode(codec or cs, errors="strict") if not all(ord(c) < 128 for c in raw) else raw.encode("ascii")
    return data.replace(b"\n", b"\r\n")


def toml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ") + '"'


def main():
    for f in OUT.glob(f"{PREFIX}-*.eml"):
        f.unlink()
    lab = ["# round12-hedged: labels for the messages generated by make.py", ""]
    for i, m in enumerate(M, 1):
        name = f"{PREFIX}-{i:04d}.eml"
        (OUT / name).write_bytes(build(i, m))
        L = dict(m["label"])
        lab.append(f'[files."{name}"]')
        lab.append(f'kind = {toml_str(L.pop("kind"))}')
        lab.append(f'language = "{OWNERS[m["owner"]]["lang"]}"')
        lab.append('split = "dev"')
        for k in ("amount", "currency", "reference", "promised_date", "return_date", "failed_recipient"):
            if k in L:
                lab.append(f"{k} = {toml_str(L.pop(k))}")
        if "permanent" in L:
            lab.append(f"permanent = {'true' if L.pop('permanent') else 'false'}")
        lab.append(f"note = {toml_str(L.pop('note'))}")
        assert not L, (name, L)
        lab.append("")
    (OUT / "labels.toml").write_text("\n".join(lab), encoding="utf-8")
    print(f"wrote {len(M)} messages")
    verify()


def verify():
    """Sanity check: every file parses with the default policy and has the basic headers."""
    import email, email.policy, tomllib
    labels = tomllib.loads((OUT / "labels.toml").read_text(encoding="utf-8"))["files"]
    files = sorted(OUT.glob(f"{PREFIX}-*.eml"))
    assert len(files) == len(labels) == len(M), (len(files), len(labels), len(M))
    for f in files:
        msg = email.message_from_bytes(f.read_bytes(), policy=email.policy.default)
        for h in ("Date", "From", "To", "Subject", "Message-ID"):
            assert msg[h], (f.name, h)
        for part in msg.walk():
            if not part.is_multipart():
                part.get_content()
        assert msg.get_body(preferencelist=("plain", "html")) is not None, f.name
        assert f.name in labels, f.name
    print(f"verified {len(files)} files")


K_PAID, K_PROM, K_DISP, K_OTH = "client-reply-paid", "client-reply-promise", "client-reply-dispute", "client-reply-other"


def L(kind, note, **kw):
    return dict(kind=kind, note=note, **kw)


# ================================================================ ITALIANO
GDPR_IT = ("Ai sensi del Regolamento UE 2016/679 (GDPR) si precisa che le informazioni contenute in questo messaggio "
           "sono riservate e ad uso esclusivo del destinatario. Qualora il messaggio Le fosse pervenuto per errore, "
           "La invitiamo ad eliminarlo senza copiarlo e a non inoltrarlo a terzi, dandocene gentilmente comunicazione. Grazie.")

add("ale", ("Chiara Fontana", "chiara@studiofontana.it"), "2026-12-03 11:47",
    orig=dict(t="reminder", inv="14/2026", amt="1220.00", due="2026-11-30", sent="2026-12-03 09:12",
              client_name="Studio Fontana Architetti", ck="company"),
    body="""
Ciao Alessandra,

sono quasi sicura che Paola l'abbia pagata giovedì scorso insieme alle altre fatture di novembre, me l'aveva detto lei. Adesso è in ferie fino a lunedì quindi non riesco a verificare subito, ma dovresti già vederla sul conto. Se non ti risulta dimmelo che la chiamo.

Un abbraccio e grazie ancora per le tavole, al cliente sono piaciute tantissimo!

Chiara
""", sig="""
--
Arch. Chiara Fontana
Studio Fontana Architetti
Via dei Mille 22, 40121 Bologna
tel. 051 228 4410
""", label=L(K_PAID, "Hedged ('sono quasi sicura', heard from a colleague now on leave) but a positive claim that it was paid last Thursday with the November batch; a careful assistant treats it as 'says paid' and checks the bank."))

add("ale", ("Roberto Sala", "roberto.sala@salaimpianti.it"), "2026-12-18 10:05", mua="outlook",
    to="Franco Gatti <franco@studiogatti.eu>", cc="Alessandra Rossi <alessandra@example.it>",
    orig=dict(t="reminder", inv="17/2026", amt="640.00", due="2026-12-15", sent="2026-12-18 08:30",
              client_name="Sala Impianti snc", ck="company"),
    body="""
Franco, mi confermi se questa l'avete già messa in pagamento? Io non la trovo nell'elenco che mi hai mandato venerdì.
Grazie

Roberto Sala
Sala Impianti snc
""", label=L(K_OTH, "The client writes to his accountant (freelancer only in Cc) asking whether it has been paid: no claim of payment, no promise, no dispute."))

add("ale", ("Grafiche Lario - Amministrazione", "amministrazione@graficlario.it"), "2026-12-07 09:40", mua="outlook",
    fmt="alt", charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
    orig=dict(t="reminder", inv="15/2026", amt="2318.00", due="2026-11-30", sent="2026-12-03 09:05",
              client_name="Grafiche Lario S.r.l.", ck="company"),
    body=f"""
Buongiorno Sig.ra Rossi,

la fattura 15/2026 risulta inserita nella distinta di venerdì 4/12, quindi il bonifico dovrebbe essere partito venerdì stesso. Se entro mercoledì non lo vede accreditato ci riscriva pure e facciamo verificare alla banca – a volte con i bonifici esteri della capogruppo ci sono dei ritardi.

Cordiali saluti

Monica Riva
Ufficio Amministrazione
Grafiche Lario S.r.l. – Via Statale 12 – 22100 Como
Tel. 031 55 20 190

{GDPR_IT}
""", label=L(K_PAID, "'Dovrebbe essere partito venerdì' is past: the invoice was in last Friday's payment batch, so they believe the transfer executed. Paid (hedged only on execution), not a promise.", reference="15/2026"))

add("matteo", ("Davide Marchi", "davide.marchi@marchiarredamenti.com"), "2026-12-15 16:20", mua="iphone",
    orig=dict(t="reminder", inv="FPR 31/26", amt="780.00", due="2026-12-10", sent="2026-12-14 09:00",
              client_name="Marchi Arredamenti", ck="company"),
    body="""
Ciao Matteo, scusa, ho visto solo adesso. L'ho passata in amministrazione stamattina, mi dicono che dovrebbe partire venerdì con i bonifici fornitori. Ti faccio sapere se ci sono intoppi.

Davide

Inviato da iPhone
""", label=L(K_PROM, "'Dovrebbe partire venerdì' is future: not yet paid, scheduled for Friday. Date Tue 15 Dec -> Fri 18 Dec.", promised_date="2026-12-18"))

add("ale", ("Elena Bassi", "e.bassi@bassicomunicazione.it"), "2027-01-12 10:31",
    orig=dict(t="late_fee", inv="20/2026", amt="1830.00", due="2026-12-20", sent="2027-01-11 09:00", days=22,
              deadline="2027-01-25", client_name="Bassi Comunicazione", ck="company"),
    body="""
Buongiorno Alessandra,

come ti avevo scritto a dicembre (forse la mail si è persa?), nella fattura ci sono 6 ore di revisione testi che non avevamo concordato: il preventivo parlava di due giri di correzioni inclusi, e i giri sono stati due. Procediamo con il pagamento non appena ci mandi la nota di credito per quelle ore, così chiudiamo tutto senza problemi.

Grazie, buona giornata
Elena Bassi
Bassi Comunicazione
""", label=L(K_DISP, "Conditional 'promise': they will pay only after a credit note for 6 hours they contest. Contesting part of the amount -> dispute."))

add("matteo", ("Gianni Parodi", "gianni@parodivini.it"), "2026-12-09 22:51", quote=None,
    orig=dict(t="reminder", inv="FPR 27/26", amt="2440.00", due="2026-11-30", sent="2026-12-09 08:45",
              client_name="Parodi Vini", ck="company"),
    body="""
Certo Matteo, la pago subito. Appena il sito si vede anche sul telefono, appena funziona il carrello e appena smette di mandarmi gli ordini doppi. Quindi diciamo mai, visto come stanno andando le cose.

Gianni
""", label=L(K_DISP, "Sarcasm: 'la pago subito' is not a promise; the conditions (site broken on mobile, cart, duplicate orders) and 'diciamo mai' contest the work."))

add("ale", ("Lucia Ferrante", "lucia.ferrante63@libero.it"), "2027-01-19 17:02", mua="android",
    orig=dict(t="reminder", inv="22/2026", amt="480.00", due="2026-12-31", sent="2027-01-08 09:30",
              client_name="Lucia Ferrante", ck="person"),
    body="""
Gentile Alessandra,
mi scusi se rispondo solo ora. Sono ricoverata dal 2 gennaio per un intervento che non era previsto e ho il telefono solo da un paio di giorni. Non mi sono dimenticata della fattura, appena torno a casa sistemo tutto io, le chiedo solo un po' di pazienza.

Cordiali saluti
Lucia Ferrante

Inviato da Libero Mail per Android
""", label=L(K_PROM, "Ill client in hospital asking for patience; will pay when back home. A promise with no date."))

add("ale", ("Ceramiche Valsesia S.p.A. - Amministrazione", "amministrazione@ceramichevalsesia.it"), "2026-12-10 15:12",
    mua="outlook", fmt="html", charset="windows-1252", cte="quoted-printable",
    orig=dict(t="reminder", inv="23/2026", amt="3660.00", due="2026-11-30", sent="2026-12-09 09:00",
              client_name="Ceramiche Valsesia S.p.A.", ck="company"),
    body=f"""
Oggetto: Ceramiche Valsesia S.p.A. – procedura di concordato preventivo n. 14/2026 – Tribunale di Vercelli

Gentile Fornitore,

in riscontro alla Sua comunicazione, La informiamo che con decreto del 27 novembre 2026 il Tribunale di Vercelli ha dichiarato aperta la procedura di concordato preventivo della scrivente società, nominando Commissario Giudiziale il dott. Marco Ottolenghi.

Ai sensi di legge, la Società non può eseguire pagamenti di crediti sorti anteriormente alla pubblicazione della domanda nel registro delle imprese, salvo specifica autorizzazione del Tribunale. Il Suo credito, ove risultante dalle scritture contabili, sarà soddisfatto nella misura e nei tempi previsti dal piano e dalla proposta concordataria.

Eventuali osservazioni o precisazioni sul credito (importo e titolo) potranno essere trasmesse al Commissario Giudiziale all'indirizzo PEC cp14.2026.vercelli@pecconcordati.it.

Distinti saluti

Ceramiche Valsesia S.p.A. in concordato preventivo
Ufficio Amministrazione

{GDPR_IT}
""", label=L(K_OTH, "Client in concordato preventivo: by law it cannot pay pre-petition debts; the debt is not contested, no promise of payment, not paid. A human must decide what to do (file with the commissario)."))

add("ale", ("Avv. Silvia Moretti", "s.moretti@studiolegalemoretti.it"), "2027-01-27 12:15", mua="outlook", fmt="alt",
    orig=dict(t="final", inv="18/2026", amt="2196.00", due="2026-10-31", issue="2026-10-01", sent="2027-01-20 09:00",
              deadline="2027-02-03", client_name="Pellegrini Interni di Giovanna Pellegrini", ck="company"),
    body="""
Egregia Dott.ssa Rossi,

scrivo in nome e per conto della sig.ra Giovanna Pellegrini, titolare della ditta individuale "Pellegrini Interni", che mi ha conferito mandato e mi ha trasmesso la Sua comunicazione del 20 gennaio u.s.

La mia assistita contesta integralmente la fattura n. 18/2026. Il restyling del sito internet, consegnato con oltre due mesi di ritardo rispetto ai termini pattuiti, non è mai stato pienamente funzionante (il modulo di richiesta preventivi non recapita i messaggi, come già segnalato via email il 14 e il 28 ottobre) e non può pertanto ritenersi esatto adempimento.

La invito quindi a non dare corso ad alcuna iniziativa di recupero e a prendere contatto con la scrivente per una definizione bonaria della vicenda, anche mediante l'emissione di una nota di credito parziale.

Distinti saluti

Avv. Silvia Moretti
Studio Legale Moretti
Corso Vittorio Emanuele II 86 – 10121 Torino
""", sig=f"""
_____
Le informazioni contenute nella presente comunicazione e nei relativi allegati possono essere riservate e sono destinate esclusivamente alle persone o alla società sopraindicati. {GDPR_IT}
""", label=L(K_DISP, "Lawyer's letter on behalf of the client contesting the whole invoice (late, non-working form), asks for a partial credit note.", reference="18/2026"))

add("matteo", ("Comune di Castelnuovo Val di Cecina - Servizio Finanziario", "ragioneria@comune.castelnuovovdc.pi.it"),
    "2027-01-13 11:20", mua="outlook", charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
    orig=dict(t="reminder", inv="FPR 29/26", amt="1952.00", due="2026-12-31", sent="2027-01-11 09:00",
              client_name="Comune di Castelnuovo Val di Cecina", ck="company"),
    body="""
In riferimento alla Sua e-mail dell'11 u.s., si comunica che la fattura elettronica n. FPR 29/26 è stata regolarmente accettata tramite SdI in data 04/12/2026 ed è attualmente in corso di liquidazione.

Il mandato di pagamento sarà emesso nei termini di legge, a seguito dell'esito positivo della verifica di regolarità contributiva (DURC / Gestione Separata INPS) già richiesta d'ufficio.

Si ricorda che, ai sensi dell'art. 3 della L. 136/2010, i pagamenti saranno effettuati esclusivamente sul conto corrente dedicato comunicato in sede di affidamento.

Distinti saluti

L'Istruttore Amministrativo
Servizio Finanziario – Ufficio Ragioneria
Comune di Castelnuovo Val di Cecina (PI)
""", label=L(K_PROM, "Public body: invoice accepted, being liquidated, the payment order will be issued 'nei termini di legge' after the contribution check. A promise with no date.", reference="FPR 29/26"))

add("ale", ("Francesca Lodi", "francesca@lodiyoga.it"), "2027-01-18 13:40", mua="iphone",
    orig=dict(t="reminder", inv="24/2026", amt="350.00", due="2027-01-15", sent="2027-01-18 09:00",
              client_name="Francesca Lodi", ck="person"),
    body="""
Ciao Ale! Ti ho fatto il bonifico per la 13/2026 martedì, 280 euro, te l'avevo detto a lezione 🙂 Ti giro la contabile appena la ritrovo.

Fra

Inviato da iPhone
""", label=L(K_OTH, "Says a DIFFERENT invoice (13/2026, 280 EUR) was paid on Tuesday and says nothing about 24/2026, the one reminded; she may be confusing them. Not a payment claim for this invoice. Reference/amount are those she names.", reference="13/2026", amount="280.00"))

add("matteo", ("Marco Longhi", "m.longhi@tecnoedil-bg.it"), "2027-01-07 08:55", mua="outlook",
    orig=dict(t="reminder", inv="FPR 33/26", amt="1281.00", due="2026-12-31", sent="2027-01-05 09:00",
              client_name="Marco Longhi", ck="person"),
    body="""
Buongiorno,

non mi occupo più degli acquisti della Tecnoedil dal 30 giugno (sono passato in produzione). Le fatture vanno mandate a amministrazione@tecnoedil-bg.it, alla c.a. della sig.ra Cortesi. Le ho girato io la sua mail, ma per le prossime scriva direttamente a lei.

Saluti
Marco Longhi
Tecnoedil Bergamo srl – Reparto Produzione
""", label=L(K_OTH, "Reminder sent to the wrong person: he no longer handles purchasing, gives the right address and says he forwarded it. Nothing about payment."))

add("ale", ("Bruno Testa", "brunotesta.ferramenta@gmail.com"), "2026-12-16 20:12", quote=None,
    orig=dict(t="suspension", inv="21/2026", amt="900.00", due="2026-11-15", sent="2026-12-16 09:00",
              deadline="2026-12-23", susp="2026-12-28", client_name="Ferramenta Testa", ck="company"),
    body="""
La smetta di scrivermi. Le ho già spiegato al telefono che non pago un logo che non abbiamo mai usato e che lei ha fatto copiando quello di un altro negozio. Se vuole mi faccia causa.
""", label=L(K_DISP, "'Stop writing to me' from an angry client who refuses to pay and contests the work (logo never used, allegedly copied)."))

add("matteo", ("Sara Colombo", "sara@colomboeventi.it"), "2026-12-21 12:18", mua="iphone", quote=None,
    orig=dict(t="reminder", inv="FPR 30/26", amt="915.00", due="2026-12-15", sent="2026-12-21 09:00",
              client_name="Colombo Eventi", ck="company"),
    body="""
Matte mi chiami quando hai 5 minuti? Preferisco parlarne a voce, ci sono un paio di cose sulla fattura e sul rinnovo dell'hosting che vorrei capire. Oggi ci sono fino alle 18, domani tutto il giorno.
Sara

Inviato da iPhone
""", label=L(K_OTH, "'Please call me': wants to talk about 'a couple of things' on the invoice and hosting renewal; no claim, no contest stated, no promise."))

add("ale", ("Marta", "marta.gualtieri@gmail.com"), "2027-02-06 18:33",
    orig=dict(t="courtesy", inv="2/2027", amt="150.00", due="2027-02-10", sent="2027-02-06 09:00",
              client_name="Marta Gualtieri", ck="person"),
    body="""
ciao Alessandra! si si me la ricordo 😊 una domanda: posso pagarti con satispay o paypal? il bonifico dalla mia banca (quella vecchia, devo cambiarla) mi costa 2,50 ogni volta e per 150 euro mi scoccia un po'. se no va bene lo stesso eh

Marta
""", label=L(K_OTH, "Question about payment methods (Satispay/PayPal instead of transfer). Not a promise with a date, not paid."))

add("ale", ("Giorgio Venturi", "giorgio@venturiottica.it"), "2026-12-20 21:10", mua="apple",
    orig=dict(t="reminder", inv="25/2026", amt="1220.00", due="2026-12-15", sent="2026-12-18 09:00",
              client_name="Ottica Venturi", ck="company"),
    body="""
Buonasera Alessandra,

le scrivo con un po' di imbarazzo. Dicembre è stato un mese pessimo per il negozio e in questo momento non riesco a saldare tutta la fattura in un colpo solo. Le proporrei di dividerla in due: 600 euro il 10 gennaio e i restanti 620 il 10 febbraio. Se per lei va bene le faccio i due bonifici in quelle date, senza bisogno che me lo ricordi.

Mi scusi ancora e buone feste

Giorgio Venturi
Ottica Venturi – Parma
""", label=L(K_PROM, "Instalment proposal with days: 600 on 10 Jan, 620 on 10 Feb. Promise; promised_date/amount are the first instalment.", promised_date="2027-01-10", amount="600.00"))

add("matteo", ("Segreteria Studio Cattaneo", "segreteria@studiocattaneo.it"), "2026-12-11 10:02",
    orig=dict(t="reminder", inv="FPR 28/26", amt="1098.00", due="2026-11-30", sent="2026-12-10 09:00",
              client_name="Studio Dentistico Dr. Cattaneo", ck="company"),
    body="""
Buongiorno,

il bonifico che avevamo fatto il 2 dicembre ci è tornato indietro ieri: la banca dice "IBAN non valido / conto inesistente". Ricontrollando, l'IBAN sulla fattura ha una cifra in meno rispetto a quello della fattura di settembre. Ci può rimandare le coordinate giuste?

Grazie
Daniela – segreteria Studio Dentistico Dr. Cattaneo
""", label=L(K_OTH, "The transfer bounced back (invalid IBAN): money never arrived; they ask for the correct bank details. Not paid, no promise stated."))

add("ale", ("Luca Berti", "luca.berti@bertiservizi.it"), "2027-01-13 12:02", mua="iphone",
    orig=dict(t="reminder", inv="26/2026", amt="366.00", due="2027-01-10", sent="2027-01-13 09:00",
              client_name="Berti Servizi", ck="company"),
    body="""
Fatto. Scusa il ritardo
Luca

Inviato da iPhone
""", label=L(K_PAID, "One-word 'Fatto.' in reply to a payment reminder = paid."))

add("ale", ("Nicoletta Greco", "nicoletta.greco@grecoeventi.com"), "2026-12-09 11:26",
    orig=dict(t="reminder", inv="16/2026", amt="850.00", due="2026-11-30", sent="2026-12-09 09:00",
              client_name="Greco Eventi srl", ck="company"),
    att=[("Contabile_bonifico_SEPA_09122026.pdf", "application/pdf",
          fake_pdf(["Intesa Sanpaolo - Contabile bonifico SEPA", "Ordinante: GRECO EVENTI SRL",
                    "Beneficiario: ALESSANDRA ROSSI", "IBAN beneficiario: IT60X0542811101000000123456",
                    "Importo: EUR 850,00", "Causale: SALDO FATTURA 16/2026", "Data esecuzione: 09/12/2026",
                    "TRN: 0306909606101200849812348120IT"]))],
    body="""
Ciao Alessandra, ecco la contabile del bonifico per la 16 (850 €), l'ho fatto stamattina. Scusa ma con il trasloco dell'ufficio mi era proprio sfuggita.

Nicoletta
""", label=L(K_PAID, "Paid this morning, bank receipt attached; 'la 16' in a thread about 16/2026.", amount="850.00", reference="16/2026"))

add("matteo", ("Ufficio Acquisti - Meccanica Bresciana SpA", "acquisti@meccbresciana.it"), "2026-12-10 14:48", mua="outlook",
    fmt="alt",
    orig=dict(t="reminder", inv="FPR 32/26", amt="1464.00", due="2026-11-30", sent="2026-12-09 09:00",
              client_name="Meccanica Bresciana SpA", ck="company"),
    body=f"""
Buongiorno,

ci scusiamo per il ritardo. Per la chiusura di bilancio i pagamenti ai fornitori sono bloccati e non riusciremo a disporre il bonifico prima del 28 dicembre. La fattura è comunque approvata e inserita nel primo lotto utile.

Cordiali saluti

Ufficio Acquisti
Meccanica Bresciana S.p.A.
Via Industriale 4 – 25030 Castel Mella (BS)

{GDPR_IT}
""", label=L(K_PROM, "'Non prima del 28 dicembre' = promise for the 28th; invoice approved and in the first batch.", promised_date="2026-12-28"))

add("ale", ("Valentina Neri", "vale@nerilab.it"), "2027-01-12 19:05",
    orig=dict(t="invoice", inv="1/2027", amt="760.00", due="2027-01-31", sent="2027-01-09 10:00",
              client_name="Neri Lab", ck="company", what="il progetto grafico del catalogo primavera 2027"),
    body="""
Ciao Ale!!

Allora, ho visto le bozze del catalogo primavera e sono bellissime, soprattutto la copertina con il verde salvia. Ho solo due note: a pagina 6 il prezzo del vaso grande è 39 e non 36, e nella quarta di copertina manca l'indirizzo del nuovo negozio di via Saragozza (te lo scrivo sotto). Per il resto per me si può andare in stampa, ma aspetta che lo veda anche Pietro che torna giovedì.

Altra cosa: a marzo facciamo la festa per i 10 anni del laboratorio, ti va di pensare a un invito + qualche post per Instagram? Ne parliamo quando vuoi, anche a voce.

Ah, la fattura la saldo a fine mese come sempre, tranquilla.

Via Saragozza 41/b, 40123 Bologna

Baci
Vale
""", label=L(K_PROM, "Long chatty mail about proofs and a new job; one line matters: 'la fattura la saldo a fine mese' -> 31 Jan 2027.", promised_date="2027-01-31"))

add("matteo", ("Andrea Rinaldi", "andrea.rinaldi@rinaldiconsulting.it"), "2027-01-05 18:22", mua="tbird",
    orig=dict(t="reminder", inv="FPR 34/26", amt="1830.00", due="2026-12-31", sent="2027-01-05 09:00",
              client_name="Rinaldi Consulting", ck="company"),
    body="""
Ciao Matteo,

guardando meglio la fattura: riporta 1.500 + IVA, ma nel preventivo del 3 settembre avevamo chiuso a 1.200 + IVA tutto compreso, ti ricordi? Le 5 pagine aggiuntive le hai poi fatte di tua iniziativa, io non le avevo chieste. Mi rifai la fattura a 1.200? Poi pago subito.

Andrea
""", label=L(K_DISP, "Wrong amount: 1,500 + VAT invoiced vs 1,200 agreed; will pay only after a reissued invoice."))

add("ale", ("Chiara Pozzi", "c.pozzi@edizionipozzi.it"), "2027-01-11 16:40", mua="outlook",
    orig=dict(t="reminder", inv="27/2026", amt="1600.00", due="2026-12-31", sent="2027-01-08 09:00",
              client_name="Edizioni Pozzi", ck="company"),
    body="""
Buongiorno Alessandra,

ho disposto oggi un bonifico di 800 euro, che corrisponde alla parte del lavoro che è a posto (impaginazione e copertina). Il resto lo saldo quando avrai sistemato le tavole del capitolo 4: i colori sono ancora sbagliati rispetto alle bozze approvate e la tipografia ce le ha rimandate indietro due volte.

Cordiali saluti
Chiara Pozzi
Edizioni Pozzi
""", label=L(K_DISP, "Partial payment (800 paid today) + the rest withheld until the chapter-4 plates are fixed = dispute. Amount is the part stated as paid.", amount="800.00"))

add("matteo", ("Fabio Riva", "fabio@rivabike.it"), "2027-01-14 13:05", mua="android", quote="gmail",
    orig=dict(t="late_fee", inv="FPR 35/26", amt="610.00", due="2026-12-20", sent="2027-01-13 09:00", days=24,
              deadline="2027-01-27", client_name="Riva Bike", ck="company"),
    body="""
Ciao Matteo, ti avevo detto entro il 15 ma purtroppo non ce la faccio, mi è slittato un incasso importante. Facciamo il 22, massimo. Scusami davvero.
Fabio
""", label=L(K_PROM, "Earlier promise (the 15th) taken back and replaced: 'facciamo il 22, massimo' -> 22 Jan 2027.", promised_date="2027-01-22"))

add("ale", ("Simone Galli", "simone.galli@gallifotografia.it"), "2027-02-08 19:50",
    orig=dict(t="promise_followup", inv="33/2026", amt="690.00", due="2027-01-20", promise="2027-02-05",
              sent="2027-02-08 09:00", client_name="Simone Galli", ck="person"),
    body="""
Ciao Alessandra,

hai ragione, ti avevo scritto che pagavo entro venerdì e non l'ho fatto. Il problema è che mi è saltato il pagamento di un matrimonio grosso (la coppia si è separata prima ancora di vedere le foto, non sto scherzando) e in questo momento sono proprio scoperto.

Non voglio prometterti un'altra data e poi non rispettarla di nuovo. Appena ho un quadro più chiaro ti scrivo.

Simone
""", label=L(K_OTH, "A promise taken back: he explicitly refuses to give a new date and only says he will write again. Not paid, no promise, no contest of the invoice."))

add("matteo", ("ROSSANA MELI", "rossana.meli@alice.it"), "2026-12-09 10:11",
    orig=dict(t="reminder", inv="FPR 26/26", amt="427.00", due="2026-11-30", sent="2026-12-09 09:00",
              client_name="Rossana Meli", ck="person"),
    body="""
HO GIÀ PAGATO IL 2 DICEMBRE!!! È LA SECONDA MAIL CHE MI ARRIVA. CONTROLLI IL SUO CONTO PRIMA DI MANDARE QUESTI SOLLECITI, NON SONO UNA CHE NON PAGA.

R. MELI
""", label=L(K_PAID, "Angry, all caps: claims payment on 2 December."))

add("ale", ("Gennaro Esposito", "gennaro.esposito@pizzeriadagennaro.it"), "2027-01-21 15:37", mua="android",
    orig=dict(t="reminder", inv="28/2026", amt="430.00", due="2027-01-15", sent="2027-01-20 09:00",
              client_name="Pizzeria da Gennaro", ck="company"),
    body="""
Uè Alessà, scusa o ritardo, tra Natale e o trasloco do forno nun aggio capito cchiù niente. Lunedì te faccio o bonifico, parola mia. E grazie pe' menù, e clienti dicen che so' bellissimi!

Gennaro
""", label=L(K_PROM, "Neapolitan dialect: 'Lunedì te faccio o bonifico'. Date Thu 21 Jan -> Mon 25 Jan 2027.", promised_date="2027-01-25"))

add("matteo", ("Laura Conti - Amministrazione", "amministrazione@contiserramenti.it"), "2027-01-19 09:30", mua="outlook",
    fmt="html",
    orig=dict(t="reminder", inv="FPR 36/26", amt="366.00", due="2027-01-15", sent="2027-01-18 09:00",
              client_name="Conti Serramenti srl", ck="company"),
    body=f"""
Buongiorno,

questa fattura ci sembra un doppione: il rinnovo dominio e hosting 2027 ce l'avevate già fatturato con la FPR 22/26 di ottobre, che abbiamo pagato il 5 novembre. Vi chiediamo di verificare e di annullarla con nota di credito.

Cordiali saluti
Laura Conti
Amministrazione – Conti Serramenti srl

{GDPR_IT}
""", label=L(K_DISP, "Already billed: says it duplicates FPR 22/26 (paid in November) and asks for a credit note. The invoice number named is the OTHER one, so no reference."))

add("ale", ("Katrin Pichler - Birrificio Alto Adige", "marketing@birrificioaa.it"), "2027-02-05 16:44", mua="owa",
    orig=dict(t="invoice", inv="3/2027", amt="2440.00", due="2027-03-07", sent="2027-02-05 11:00",
              client_name="Birrificio Alto Adige", ck="company", what="le etichette della linea invernale"),
    body="""
Ricevuta, grazie Alessandra. La giro in amministrazione per la registrazione.

Buon weekend!
Katrin
""", label=L(K_OTH, "'Received, forwarded to accounts' in reply to the invoice itself: no payment info."))

add("matteo", ("Dott.ssa Roberta Villa", "roberta@studiovilla-commercialisti.it"), "2027-02-03 10:12", mua="outlook",
    orig=dict(t="reminder", inv="FPR 3/27", amt="732.00", due="2027-01-31", sent="2027-02-02 09:00",
              client_name="Dott.ssa Federica Orsi", ck="person"),
    body="""
Buongiorno Sig. Bianchi,

sono la commercialista della dott.ssa Federica Orsi, che mi ha girato il Suo sollecito relativo alla fattura FPR 3/27. Mi occupo io dei pagamenti dello studio: la fattura è stata registrata e verrà pagata con la prossima distinta, quella del 15 febbraio.

Cordiali saluti

Dott.ssa Roberta Villa
Studio Villa – Commercialisti associati
Via Manzoni 18 – 20900 Monza
""", label=L(K_PROM, "The client's accountant: will be paid with the batch of 15 February.", promised_date="2027-02-15", reference="FPR 3/27"))

add("ale", ("Contabilità Fornitori NTL", "contabilita.fornitori@ntlaghi.it"), "2027-01-14 11:58", mua="outlook",
    fmt="html", charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
    orig=dict(t="late_fee", inv="19/2026", amt="3172.00", due="2026-12-15", sent="2027-01-11 09:00", days=27,
              deadline="2027-01-25", client_name="Navigazione Trasporti Laghi S.r.l.", ck="company"),
    body=f"""
Gentile Dott.ssa Rossi,

con riferimento alla Sua comunicazione, Le confermiamo che il pagamento della fattura n. 19/2026 è stato disposto in data 13/01/2027 (valuta beneficiario 15/01/2027) per l'importo di € 3.172,00.

Ci scusiamo per il ritardo, dovuto al passaggio al nuovo gestionale contabile.

Cordiali saluti

Ufficio Contabilità Fornitori
Navigazione Trasporti Laghi S.r.l.

{GDPR_IT}
""", label=L(K_PAID, "Accounts payable confirms the transfer was ordered on 13/01 (value date in the future is fine: it is ordered).", amount="3172.00", reference="19/2026"))

add("matteo", ("Pietro Sanna", "pietro.sanna@sannaturismo.it"), "2027-02-09 09:14", mua="outlook",
    orig=dict(t="final", inv="FPR 25/26", amt="3294.00", due="2026-11-15", sent="2027-02-08 09:00",
              deadline="2027-02-22", client_name="Sanna Turismo srl", ck="company"),
    body="""
Non pagherò nulla, e glielo avevo già detto a voce. Il sito che ha consegnato non l'abbiamo mai messo online perché non funzionava, e l'ha dovuto rifare da capo un'altra agenzia, che abbiamo pagato noi. Se ritiene di aver diritto a qualcosa si rivolga pure a un avvocato.

Pietro Sanna
""", label=L(K_DISP, "Refuses to pay anything: work allegedly unusable and redone by another agency."))

add("ale", ("Irene", "irene.marchetti.design@gmail.com"), "2027-02-01 23:08",
    orig=dict(t="reminder", inv="29/2026", amt="560.00", due="2027-01-25", sent="2027-02-01 09:00",
              client_name="Irene Marchetti", ck="person"),
    body="""
ciao ale, lo so lo so 🙈 sono in attesa che mi paghi l'agenzia per il lavoro di novembre (che poi è lo stesso progetto per cui ti ho chiesto le illustrazioni), appena arriva ti giro subito la tua parte, promesso. mi hanno detto "a giorni" ma li conosco...

ire
""", label=L(K_PROM, "'Appena mi pagano ti pago': promise with no date (depends on her own client paying)."))

add("matteo", ("Amministrazione Hotel Miramonti", "amministrazione@hotelmiramonti-bormio.it"), "2027-01-26 15:03",
    mua="outlook",
    orig=dict(t="reminder", inv="FPR 37/26", amt="1220.00", due="2027-01-20", sent="2027-01-26 09:00",
              client_name="Hotel Miramonti", ck="company"),
    body="""
Buongiorno,

a noi questa fattura non risulta pervenuta nel cassetto fiscale, e senza fattura elettronica non possiamo registrarla né pagarla. Forse è stato indicato un codice destinatario sbagliato? Il nostro è M5UXCR1. Ci può verificare e rinviarla tramite SdI?

Grazie
Silvia – Amministrazione
Hotel Miramonti ★★★★ – Bormio
""", label=L(K_OTH, "E-invoice never received through SdI; asks to check the recipient code and resend. Administrative question, not a contest of the amount."))

add("ale", ("Hotel Bellavista - Direzione", "direzione@bellavista-garda.it"), "2027-02-15 11:25", mua="outlook",
    orig=dict(t="reminder", inv="30/2026", amt="2900.00", due="2027-02-10", sent="2027-02-15 09:00",
              client_name="Hotel Bellavista", ck="company"),
    body="""
Gentile Alessandra,

mancano ancora le traduzioni in tedesco del sito e le foto delle camere nuove del secondo piano, come le avevamo ricordato a gennaio. La fattura è per il lavoro completo: la paghiamo quando il sito sarà finito.

Cordiali saluti
Michela Tonoli
Direzione – Hotel Bellavista, Sirmione
""", label=L(K_DISP, "Work not complete; invoice for full work; will pay only when finished -> conditional payment = dispute."))

add("matteo", ("Elisa Ferri", "elisaferri88@gmail.com"), "2026-11-27 08:47",
    orig=dict(t="invoice", inv="FPR 38/26", amt="480.00", due="2026-12-10", sent="2026-11-25 17:00",
              client_name="Elisa Ferri", ck="person", what="il nuovo sito con prenotazioni online"),
    body="""
Ciao Matte! Ti ho fatto il bonifico ieri sera dall'app, dovrebbe arrivarti oggi o al massimo lunedì (la mia banca è lentissima). Grazie ancora per il sito, le mie clienti dicono che adesso si prenota in un attimo 💅

Ci vediamo sabato da Giulia?
Eli
""", label=L(K_PAID, "Friendly: transfer made last night from the app; the rest is chat."))

add("ale", ("Franco Salvi", "franco.salvi@salvicostruzioni.it"), "2027-02-02 21:30", mua="outlook",
    orig=dict(t="suspension", inv="31/2026", amt="1850.00", due="2026-12-31", sent="2027-02-01 09:00",
              deadline="2027-02-10", susp="2027-02-15", client_name="Salvi Costruzioni", ck="company"),
    body="""
Gentile Alessandra,

mi scusi se non ho risposto alle sue mail precedenti. Mia madre è mancata il 20 gennaio, dopo una lunga malattia, e in queste settimane ho lasciato andare tutto, ufficio compreso.

Non ho nessuna intenzione di non pagarla, il lavoro è stato ottimo. Le chiedo solo qualche settimana: entro fine febbraio le saldo tutto.

Un cordiale saluto
Franco Salvi
""", label=L(K_PROM, "Grieving client asks for time; 'entro fine febbraio' -> 28 Feb 2027.", promised_date="2027-02-28"))

add("matteo", ("Comune di Rivalta - Ufficio Cultura", "cultura@comune.rivalta.example.it"), "2027-01-28 12:40",
    mua="outlook", fmt="alt", charset="iso-8859-1", codec="cp1252",
    orig=dict(t="reminder", inv="FPR 24/26", amt="4880.00", due="2026-12-20", sent="2027-01-26 09:00",
              client_name="Comune di Rivalta", ck="company"),
    body="""
Oggetto: fattura n. FPR 24/26 – richiesta di nota di credito parziale

Con riferimento alla fattura in oggetto e al sollecito del 26/01/2027, si rappresenta che l'importo fatturato (€ 4.880,00) eccede quello previsto dalla determina di affidamento n. 212 del 14/07/2026 (€ 3.904,00 IVA inclusa).

Non potendo questo Ente liquidare somme eccedenti l'impegno di spesa assunto, si invita codesto operatore economico a emettere nota di credito per la differenza di € 976,00. A ricevimento della stessa si procederà alla liquidazione dell'importo residuo.

Distinti saluti

Il Responsabile del Servizio
dott.ssa Anna Ferrero
""", label=L(K_DISP, "Formal letter from a public body: invoiced amount exceeds the commitment, asks a credit note for the difference before paying.", reference="FPR 24/26"))

add("ale", ("Marco Fabbri", "marco@fabbrivini.it"), "2026-12-02 17:55",
    orig=dict(t="reminder", inv="11/2026", amt="1098.00", due="2026-11-25", sent="2026-12-01 09:00",
              client_name="Fabbri Vini", ck="company", subject="Sollecito fattura n. 11/2026"),
    body="""
Ciao Alessandra, l'ho pagata ieri, però mi sono accorto adesso che ho usato l'IBAN vecchio, quello di Unicredit che avevi sulle fatture dell'anno scorso. Quel conto è ancora attivo o mi torna indietro? Fammi sapere.

Marco
""", label=L(K_PAID, "Paid yesterday but possibly to the old IBAN; asks if that account still works. 'Already paid' + a question = paid."))

add("ale", ("Daniela Rota", "danielarota@yahoo.it"), "2026-11-26 13:20", mua="web", cte="quoted-printable",
    orig=dict(t="reminder", inv="12/2026", amt="320.00", due="2026-11-20", sent="2026-11-26 09:00",
              client_name="Daniela Rota", ck="person"),
    body="""
Scusami tantissimo, me n'ero completamente dimenticata! Ho appena fatto il bonifico istantaneo, dovrebbe esserti già arrivato.

Daniela
""", label=L(K_PAID, "Just made an instant transfer."))

# ================================================================ ESPAÑOL
LOPD_ES = ("AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo "
           "contener información confidencial sometida a secreto profesional. De acuerdo con el Reglamento (UE) 2016/679 "
           "(RGPD) y la LOPDGDD 3/2018, le informamos de que sus datos forman parte de un fichero cuyo responsable es la "
           "empresa remitente. Puede ejercer sus derechos de acceso, rectificación, supresión y oposición dirigiéndose "
           "por escrito a la dirección del remitente. Si ha recibido este mensaje por error, le rogamos que lo comunique "
           "y proceda a su destrucción.")

add("lucia", ("Paloma Ruiz", "paloma@ruizceramica.es"), "2026-12-02 21:44", mua="iphone",
    orig=dict(t="reminder", inv="2026-041", amt="605.00", due="2026-11-25", sent="2026-12-02 09:30",
              client_name="Paloma Ruiz", ck="person"),
    body="""
Hola Lucía, pues ni idea de si está pagada, te soy sincera. Desde que se fue Andrés lo llevo todo yo sola y se me acumula todo. Esta noche miro el banco con calma y te digo algo.

Besos,
Paloma

Enviado desde mi iPhone
""", label=L(K_OTH, "Does not know whether it was paid; will check and reply. No claim of payment, no promise to pay."))

add("lucia", ("Administración - Talleres Echevarría", "administracion@talleresechevarria.com"), "2026-12-14 09:12",
    mua="outlook", charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
    orig=dict(t="reminder", inv="2026-044", amt="1331.00", due="2026-11-30", sent="2026-12-11 09:00",
              client_name="Talleres Echevarría S.L.", ck="company"),
    body=f"""
Buenos días Lucía,

la factura 2026-044 estaba en la remesa de proveedores del viernes, así que debería haber salido el viernes mismo. Si a mitad de semana no te ha llegado, avísanos y lo miramos con el banco.

Un saludo,

Itziar Goikoetxea
Dpto. Administración
Talleres Echevarría, S.L. – Polígono Arasur, parcela 7 – 01220 Ribabellosa (Álava)

{LOPD_ES}
""", label=L(K_PAID, "'Debería haber salido el viernes' (past): it was in last Friday's supplier batch, so they believe it has gone out. Paid, not promise.", reference="2026-044"))

add("lucia", ("Contabilidad Grupo Alisal", "contabilidad@grupoalisal.es"), "2027-01-12 12:50", mua="outlook",
    orig=dict(t="reminder", inv="2026-047", amt="2420.00", due="2026-12-31", sent="2027-01-11 09:00",
              client_name="Grupo Alisal S.A.", ck="company"),
    body="""
Buenos días,

le confirmamos que la factura está aprobada y entra en la remesa del 25. Los pagos se hacen efectivos en uno o dos días hábiles desde la fecha de remesa.

Atentamente,
Departamento de Contabilidad
Grupo Alisal, S.A.
""", label=L(K_PROM, "'Entra en la remesa del 25' on 12 Jan -> promise for 25 Jan 2027.", promised_date="2027-01-25"))

add("lucia", ("Jorge Medina", "jmedina@medinaasesores.es"), "2026-12-16 13:05",
    orig=dict(t="due", inv="2026-048", amt="968.00", due="2026-12-15", sent="2026-12-15 09:00",
              client_name="Medina Asesores", ck="company"),
    body="""
Hola Lucía,

os pagaremos en cuanto nos enviéis la factura rectificativa con el descuento del 10% que acordamos en la reunión de octubre por el retraso del folleto. Esa factura sale por el importe completo.

Gracias,
Jorge Medina
Medina Asesores
""", label=L(K_DISP, "Conditional: will pay only after a corrective invoice with the agreed 10% discount -> dispute of the amount."))

add("lucia", ("Raúl Benítez", "raul@benitezmotor.es"), "2027-01-20 23:31", quote=None,
    orig=dict(t="late_fee", inv="2026-039", amt="3025.00", due="2026-11-30", sent="2027-01-20 09:00", days=51,
              deadline="2027-02-03", client_name="Benítez Motor", ck="company"),
    body="""
Claro, en cuanto terminéis la web que teníais que entregar en septiembre. Ja.
""", label=L(K_DISP, "Sarcasm: the 'claro' is a refusal; contests that the work (website) was never finished."))

add("lucia", ("Administración Concursal - Decorhogar Levante", "ac.decorhogar@concursalistas-valencia.es"),
    "2027-01-15 10:40", mua="outlook", fmt="html", charset="windows-1252", cte="quoted-printable",
    orig=dict(t="reminder", inv="2026-050", amt="1815.00", due="2026-12-20", sent="2027-01-14 09:00",
              client_name="Decorhogar Levante S.L.", ck="company"),
    body=f"""
Muy Sres. nuestros:

En relación con su correo de fecha 14 de enero, les comunicamos que la mercantil DECORHOGAR LEVANTE, S.L. ha sido declarada en concurso de acreedores por auto del Juzgado de lo Mercantil n.º 3 de Valencia de fecha 9 de diciembre de 2026 (concurso ordinario 1187/2026), habiendo sido designada esta firma como administración concursal.

Como consecuencia de la declaración de concurso, la sociedad concursada no puede atender el pago de créditos anteriores a dicha fecha fuera de los cauces previstos en el texto refundido de la Ley Concursal. Les rogamos que, si no lo han hecho ya, comuniquen su crédito a esta administración concursal en el plazo de un mes desde la publicación del auto en el BOE, conforme al artículo 255 TRLC, indicando concepto, cuantía, fechas de adquisición y vencimiento, y acompañando copia de las facturas.

Atentamente,

Administración Concursal de Decorhogar Levante, S.L.
Concursalistas Valencia, S.L.P.

{LOPD_ES}
""", label=L(K_OTH, "Client in concurso de acreedores: the insolvency administrator says pre-insolvency debts cannot be paid outside the procedure and asks to file the claim. Not a dispute, not a promise, not paid."))

add("lucia", ("Ayuntamiento de Villanueva del Pardillo - Intervención", "intervencion@aytovillanuevadelpardillo.example.es"),
    "2027-01-26 13:15", mua="outlook",
    orig=dict(t="reminder", inv="2026-053", amt="2178.00", due="2027-01-15", sent="2027-01-25 09:00",
              client_name="Ayuntamiento de Villanueva del Pardillo", ck="company"),
    body="""
Buenos días:

En contestación a su correo, le informamos de que la factura 2026-053, registrada en FACe con fecha 18/12/2026, ha sido conformada por el servicio gestor y se encuentra en fase de reconocimiento de la obligación. Una vez aprobada, el pago se realizará por transferencia dentro del plazo legalmente establecido.

Puede consultar el estado de tramitación en el Punto General de Entrada de Facturas Electrónicas (FACe).

Un saludo,

Intervención – Tesorería
Ayuntamiento de Villanueva del Pardillo
""", label=L(K_PROM, "Public body: invoice approved, payment 'dentro del plazo legalmente establecido' once the obligation is recognised. Promise with no date.", reference="2026-053"))

add("lucia", ("Beatriz Llorente Abogados", "bllorente@llorenteabogados.es"), "2027-02-10 11:02", mua="outlook", fmt="alt",
    orig=dict(t="final", inv="2026-046", amt="4235.00", due="2026-11-30", sent="2027-02-05 09:00",
              deadline="2027-02-19", client_name="Hermanos Quintana Distribución S.L.", ck="company"),
    body=f"""
Muy Sra. mía:

Me dirijo a Vd. en nombre y representación de HERMANOS QUINTANA DISTRIBUCIÓN, S.L., en relación con su requerimiento de pago de fecha 5 de febrero de 2027 relativo a la factura n.º 2026-046.

Mi mandante no reconoce la deuda reclamada. Los trabajos de rediseño de la identidad corporativa no se ajustaron al presupuesto aceptado el 12 de junio de 2026: no se entregaron los manuales de marca ni las adaptaciones para vehículos, que constituían una parte esencial del encargo, y la factura incluye conceptos no presupuestados.

No obstante, y en aras de evitar un procedimiento judicial, mi cliente está dispuesto a estudiar una solución negociada. Quedo a su disposición para ello.

Atentamente,

Beatriz Llorente Sanz
Abogada – ICAM 84.112
Llorente Abogados · C/ Velázquez 57, 3.º · 28001 Madrid

{LOPD_ES}
""", label=L(K_DISP, "Lawyer's letter: client does not recognise the debt (work not as quoted, items missing); open to negotiation.", reference="2026-046"))

add("lucia", ("Marta Giménez", "marta.gimenez.p@gmail.com"), "2026-12-04 18:20",
    orig=dict(t="reminder", inv="2026-049", amt="290.40", due="2026-11-30", sent="2026-12-04 09:00",
              client_name="Marta Gil", ck="person"),
    body="""
Hola, creo que os habéis equivocado de persona. Yo no soy Marta Gil, soy Marta Giménez, y no os he contratado nada. Será un error al escribir el correo. Revisadlo porque es la segunda vez que me llega.

Saludos
""", label=L(K_OTH, "Reminder sent to the wrong person (similar name): she never hired the freelancer."))

add("lucia", ("FERNANDO CASTRO", "fcastro.reformas@hotmail.com"), "2026-12-21 08:03", mua="android", quote="gmail", cte="base64",
    orig=dict(t="late_fee", inv="2026-040", amt="786.50", due="2026-11-20", sent="2026-12-21 07:30", days=31,
              deadline="2027-01-04", client_name="Reformas Castro", ck="company"),
    body="""
OS PAGUÉ EL 3 DE DICIEMBRE. ES LA TERCERA VEZ QUE ME ESCRIBÍS. REVISAD VUESTRO BANCO ANTES DE MANDAR AMENAZAS CON INTERESES Y LEYES.

Enviado desde mi smartphone Samsung Galaxy.
""", label=L(K_PAID, "Angry, all caps: claims it was paid on 3 December."))

add("nayra", ("Carmen Delia Hernández", "carmendelia@hotelrurallaolivita.com"), "2027-01-14 10:22", mua="gmail",
    orig=dict(t="reminder", inv="NS-26-031", amt="1070.00", due="2027-01-08", sent="2027-01-14 08:00",
              client_name="Hotel Rural La Olivita", ck="company"),
    body="""
Buenos días Nayra,

¿me puedes llamar mañana por la mañana? Tengo que comentarte lo de la factura y también lo de las fotos del restaurante nuevo, que queremos hacer antes de Semana Santa. Mejor al fijo, 928 55 21 90, que el móvil aquí arriba no tiene cobertura.

Gracias, mi niña
Carmen Delia
""", label=L(K_OTH, "'Call me tomorrow' about the invoice and a new job; no claim, no contest, no promise."))

add("nayra", ("Yurena", "yurena.glez@gmail.com"), "2026-11-24 14:40",
    orig=dict(t="courtesy", inv="NS-26-027", amt="180.00", due="2026-11-27", sent="2026-11-24 08:00",
              client_name="Yurena González", ck="person"),
    body="""
Holaa Nayra!! ¿Puedo pagarte por Bizum? Es que me bloquearon la tarjeta y la transferencia desde la app del Santander me tarda un montón y me cobran comisión ☺️ ¿A qué número te lo mando?
""", label=L(K_OTH, "Question about payment method (Bizum, which number?); no date, no claim of payment."))

add("lucia", ("Ignacio Prieto", "ignacio@prietoyasociados.es"), "2027-01-20 17:35", mua="outlook",
    orig=dict(t="reminder", inv="2026-054", amt="1400.00", due="2027-01-15", sent="2027-01-19 09:00",
              client_name="Prieto y Asociados", ck="company"),
    body="""
Hola Lucía:

Te escribo un poco apurado. Enero nos ha pillado con muchos pagos (seguros, IVA del trimestre...) y no llego a pagarte la factura entera ahora. ¿Te parece bien si te la pago en dos veces? 700 € el 5 de febrero y los otros 700 € el 5 de marzo. Si te encaja, lo dejo programado en el banco.

Perdona las molestias y gracias por la comprensión.

Un abrazo,
Ignacio
""", label=L(K_PROM, "Asks to pay in two instalments with dates: 700 on 5 Feb, 700 on 5 Mar. Promise; date and amount of the first instalment.", promised_date="2027-02-05", amount="700.00"))

add("lucia", ("Pedidos Ferretería Ortega", "pedidos@ferreteriaortega.es"), "2026-12-17 12:10", mua="outlook",
    orig=dict(t="reminder", inv="2026-045", amt="544.50", due="2026-12-05", sent="2026-12-16 09:00",
              client_name="Ferretería Ortega", ck="company"),
    body="""
Buenos días,

nos ha devuelto el banco la transferencia que hicimos el día 10, con el motivo "cuenta cancelada / account closed". ¿Es posible que hayas cambiado de banco? ¿Nos pasas otra cuenta?

Un saludo,
Rosa – Ferretería Ortega
""", label=L(K_OTH, "Transfer returned by the bank (account closed): the money did not arrive; they ask for another account. Not paid."))

add("lucia", ("Sonia Vidal", "sonia.vidal@vidalinteriorismo.com"), "2027-02-02 11:48",
    orig=dict(t="promise_followup", inv="2027-003", amt="847.00", due="2027-01-20", promise="2027-01-29",
              sent="2027-02-02 09:00", client_name="Vidal Interiorismo", ck="company"),
    body="""
Hola Lucía,

perdona el lío: la primera transferencia (la del viernes 29) nos la devolvieron porque en el IBAN había un dígito cambiado, culpa nuestra. Ya la hemos reenviado hoy con los datos correctos, esta vez por transferencia inmediata. Te adjunto el justificante nuevo.

Un saludo,
Sonia
""", att=[("justificante_transferencia_020227.pdf", "application/pdf",
          fake_pdf(["CaixaBank - Justificante de transferencia inmediata", "Ordenante: VIDAL INTERIORISMO SL",
                    "Beneficiario: LUCIA MARTIN", "Importe: 847,00 EUR", "Concepto: Factura 2027-003",
                    "Fecha: 02/02/2027"]))],
    label=L(K_PAID, "The first transfer bounced (wrong digit) but they re-sent it today, receipt attached -> paid."))

add("nayra", ("Acaymo Perdomo", "acaymo@surfschoolelmedano.com"), "2027-01-22 09:55", mua="android", cte="base64",
    orig=dict(t="reminder", inv="NS-26-029", amt="450.00", due="2027-01-10", sent="2027-01-21 08:00",
              client_name="Surf School El Médano", ck="company"),
    body="""
Hola Nayra, perdona que no te haya contestado antes. Estoy de baja desde Navidad por una operación de rodilla (una tabla en la cabeza, literal) y no he pisado la escuela. En cuanto me incorpore, a primeros de mes, lo tramito con la gestoría.

Un abrazo
Acaymo

Enviado desde mi Android
""", label=L(K_PROM, "On sick leave; will process it when back 'a primeros de mes' -> promise, vague date, no promised_date."))

add("lucia", ("Álvaro Sáez", "alvaro@saezeventos.es"), "2027-01-18 16:22", mua="outlook",
    orig=dict(t="reminder", inv="2026-051", amt="1350.00", due="2027-01-10", sent="2027-01-18 09:00",
              client_name="Sáez Eventos", ck="company"),
    body="""
Hola Lucía,

te hemos abonado hoy 1.000 €, que es lo que corresponde al presupuesto que firmamos. Los 350 € de "revisiones extra" no los aceptamos: las revisiones fueron para corregir errores vuestros en las fechas del programa, no cambios nuestros.

Saludos,
Álvaro Sáez
""", label=L(K_DISP, "Partial payment (1,000 paid today) + refuses the remaining 350 of extra revisions = dispute. Amount is the part stated as paid.", amount="1000.00"))

add("lucia", ("Encarna", "encarna.moreno59@yahoo.es"), "2026-11-17 20:14", mua="web", cte="base64",
    orig=dict(t="reminder", inv="2026-038", amt="242.00", due="2026-11-15", sent="2026-11-17 09:00",
              client_name="Encarna Moreno", ck="person"),
    body="""
Hola hija, ya lo sé, no me he olvidado. Te lo pago a final de mes, que es cuando cobro la pensión. Un beso
""", label=L(K_PROM, "'A final de mes' on 17 Nov -> 30 Nov 2026.", promised_date="2026-11-30"))

add("lucia", ("Xavier Roig", "xroig@roigimport.com"), "2026-12-22 19:02", mua="android", quote="gmail",
    orig=dict(t="reminder", inv="2026-052", amt="1694.00", due="2026-12-15", sent="2026-12-22 09:00",
              client_name="Roig Import", ck="company"),
    body="""
Transferencia realizada. Un saludo

Enviado desde mi Android
""", label=L(K_PAID, "One-liner: 'transferencia realizada'."))

add("lucia", ("Nuria Campos", "nuria.campos@camposyfilhos.es"), "2027-01-08 10:17",
    orig=dict(t="reminder", inv="2026-055", amt="1452.00", due="2027-01-05", sent="2027-01-08 09:00",
              client_name="Campos Distribución", ck="company"),
    att=[("Justificante_BBVA_08012027.pdf", "application/pdf",
          fake_pdf(["BBVA - Justificante de transferencia", "Ordenante: CAMPOS DISTRIBUCION SL",
                    "Beneficiario: LUCIA MARTIN", "IBAN: ES91 2100 0418 4502 0005 1332", "Importe: 1.452,00 EUR",
                    "Concepto: FRA 2026-055", "Fecha de ejecucion: 08/01/2027"]))],
    body="""
Hola Lucía, te reenvío el justificante de la transferencia de 1.452 € que nos ha mandado el banco. ¡Feliz año!

---------- Forwarded message ---------
De: BBVA <notificaciones@bbva.es>
Date: vie, 8 ene 2027 a las 10:09
Subject: Justificante de su operación
To: <nuria.campos@camposyfilhos.es>

Le adjuntamos el justificante de la transferencia ordenada desde BBVA net cash.
Importe: 1.452,00 EUR
Beneficiario: LUCIA MARTIN
Concepto: FRA 2026-055
Este correo se ha enviado de forma automática, por favor no responda.
""", label=L(K_PAID, "Client forwards the bank's transfer receipt ('te reenvío el justificante'). The client's own 'FRA 2026-055' is in the forwarded bank concept, so reference is left out; amount is in her own text.", amount="1452.00"))

add("lucia", ("Gabriel Ferrer", "gabriel@ferrerarquitectura.es"), "2027-01-26 09:41", mua="apple",
    orig=dict(t="reminder", inv="2026-056", amt="2057.00", due="2027-01-20", sent="2027-01-25 09:00",
              client_name="Ferrer Arquitectura", ck="company"),
    body="""
Hola Lucía,

la factura 38 te la pagamos el lunes pasado, te adjunto el justificante por si no lo has visto.

Un abrazo,
Gabriel
""", att=[("pago_fra38.pdf", "application/pdf",
          fake_pdf(["Banco Sabadell - Transferencia emitida", "Beneficiario: LUCIA MARTIN", "Importe: 363,00 EUR",
                    "Concepto: Factura 2026-038", "Fecha: 18/01/2027"]))],
    label=L(K_OTH, "He says a DIFFERENT invoice (38 = 2026-038) was paid; the reminder is for 2026-056 and nothing is said about it. Not a payment claim for this invoice.", reference="2026-038"))

add("lucia", ("Patricia Olmedo", "patricia@olmedofisioterapia.es"), "2026-12-10 12:30",
    orig=dict(t="reminder", inv="2026-057", amt="423.50", due="2026-12-05", sent="2026-12-10 09:00",
              client_name="Olmedo Fisioterapia", ck="company"),
    body="""
Hola Lucía:

Creo que hay un error: esto ya nos lo facturaste en la 2026-031 de septiembre (diseño de tarjetas y carteles para la clínica), y aquella está pagada. Son los mismos conceptos y el mismo importe. ¿Lo puedes revisar y anular esta?

Gracias,
Patricia
""", label=L(K_DISP, "Already billed: says it duplicates 2026-031 (paid) and asks to cancel. The number she names is the other invoice, so no reference."))

add("lucia", ("Manolo Jiménez", "manolo@barlaespiga.es"), "2026-12-22 13:58", mua="android", quote="gmail",
    orig=dict(t="reminder", inv="2026-058", amt="302.50", due="2026-12-15", sent="2026-12-22 09:00",
              client_name="Bar La Espiga", ck="company"),
    body="""
Perdona Lucia, con las cenas de empresa no he parado. Mañana sin falta te hago la transferencia.
Manolo
""", label=L(K_PROM, "'Mañana sin falta' on 22 Dec -> 23 Dec 2026.", promised_date="2026-12-23"))

add("lucia", ("Elena Robles", "erobles@roblesmedia.es"), "2027-01-04 16:05", mua="outlook",
    orig=dict(t="reminder", inv="2026-059", amt="1210.00", due="2026-12-31", sent="2027-01-04 09:00",
              client_name="Robles Media", ck="company"),
    body="""
Hola Lucía, feliz año.

Sé que está vencida, lo siento. Con el cierre del ejercicio tenemos la tesorería muy justa y no puedo pagar antes del día 10. Ese día la tienes.

Elena
""", label=L(K_PROM, "'No puedo pagar antes del día 10. Ese día la tienes' on 4 Jan -> 10 Jan 2027.", promised_date="2027-01-10"))

add("lucia", ("Hugo Navarro", "hugo@navarroreservas.com"), "2027-02-12 22:47", quote=None,
    orig=dict(t="suspension", inv="2026-060", amt="1573.00", due="2027-01-10", sent="2027-02-12 09:00",
              deadline="2027-02-19", susp="2027-02-22", client_name="Navarro Reservas", ck="company"),
    body="""
Dejad de mandarme correos automáticos, por favor. Ya os dije por teléfono que hasta que no arregléis el formulario de reservas, que sigue mandando las reservas al correo equivocado, no pago. Y encima me amenazáis con suspender el servicio. Increíble.
""", label=L(K_DISP, "'Stop sending me emails' + refuses to pay until the booking form is fixed = dispute."))

add("lucia", ("Hostal Marina", "info@hostalmarina-cadiz.es"), "2027-01-11 11:30",
    orig=dict(t="reminder", inv="2026-061", amt="665.50", due="2027-01-05", sent="2027-01-11 09:00",
              client_name="Hostal Marina", ck="company"),
    body="""
Por favor no me escribáis más a este correo. Ya no trabajo en el Hostal Marina, lo cogió una nueva gerencia en noviembre. Tenéis que dirigiros a ellos, yo no sé nada de esa factura.

Lola
""", label=L(K_OTH, "'Don't write to me any more' because she no longer works there (new management): wrong recipient, not a dispute."))

add("nayra", ("Ruymán Cabrera", "ruyman@cabreraeventos.es"), "2027-01-27 13:10", mua="iphone",
    orig=dict(t="reminder", inv="NS-26-030", amt="620.00", due="2027-01-20", sent="2027-01-27 08:00",
              client_name="Cabrera Eventos", ck="company"),
    body="""
Mi niña, perdona el retraso, que esta semana ha sido una guagua de locos con los carnavales. El lunes sin falta te hago la transferencia, ¿vale? Y las fotos de la gala quedaron chulísimas, ya te contaré.

Ruymán

Enviado desde mi iPhone
""", label=L(K_PROM, "Canarian voice: 'el lunes sin falta' on Wed 27 Jan (Atlantic/Canary) -> Mon 1 Feb 2027.", promised_date="2027-02-01"))

add("lucia", ("Teresa Lozano", "teresa.lozano@lozanoyoga.es"), "2027-01-07 19:25",
    orig=dict(t="reminder", inv="2026-062", amt="363.00", due="2026-12-30", sent="2027-01-07 09:00",
              client_name="Teresa Lozano", ck="person"),
    body="""
Hola Lucía, he intentado hacerte la transferencia dos veces y me da error al poner el IBAN, dice "IBAN incorrecto". Creo que en la factura falta un número. ¿Me lo puedes volver a pasar?

Gracias!
Teresa
""", label=L(K_OTH, "The transfer failed (IBAN rejected), asks for the IBAN again. Not paid, no promise stated."))

add("lucia", ("Óscar Pineda", "oscar@pinedagastro.com"), "2026-12-01 15:22", quote=None,
    orig=dict(t="reminder", inv="2026-042", amt="1452.00", due="2026-11-25", sent="2026-12-01 09:00",
              client_name="Pineda Gastro", ck="company"),
    body="""
Es una vergüenza. Me cobras 12 horas por cambiar cuatro textos y dos fotos de la carta. CUATRO TEXTOS. No pienso pagar eso, y si hace falta que lo mire un abogado, que lo mire.

Óscar
""", label=L(K_DISP, "Angry client contesting the hours billed and refusing to pay."))

add("lucia", ("Cuentas a Pagar - Hispavía Logística", "cuentasapagar@hispavia.com"), "2027-01-16 10:05", mua="outlook",
    fmt="html", charset="iso-8859-1", codec="cp1252", cte="quoted-printable",
    orig=dict(t="late_fee", inv="2026-043", amt="2904.00", due="2026-12-10", sent="2027-01-13 09:00", days=34,
              deadline="2027-01-27", client_name="Hispavía Logística S.A.", ck="company"),
    body=f"""
Estimada Sra. Martín:

Les informamos de que la factura n.º 2026-043 ha sido incluida en la remesa de pagos del 15/01/2027, ya emitida. El abono se verá reflejado en su cuenta en un plazo de 24-48 horas según su entidad.

Rogamos disculpen el retraso.

Atentamente,

Cuentas a Pagar – Administración
Hispavía Logística, S.A.

{LOPD_ES}
""", label=L(K_PAID, "Accounts payable: included in the 15/01 payment run, already issued -> paid.", reference="2026-043"))

add("lucia", ("Diego Fuentes", "diego@fuentesproducciones.es"), "2027-02-03 12:44",
    orig=dict(t="reminder", inv="2027-005", amt="1936.00", due="2027-01-31", sent="2027-02-03 09:00",
              client_name="Fuentes Producciones", ck="company"),
    body="""
Hola Lucía, tienes toda la razón. El problema es que la productora todavía no nos ha pagado el rodaje de diciembre (nos dicen que la semana que viene). En cuanto nos paguen, os pagamos a todos los colaboradores, tú la primera.

Un abrazo,
Diego
""", label=L(K_PROM, "Pay-when-paid: will pay once their own client pays ('la semana que viene' is about their client). Promise without a date."))

add("lucia", ("Miguel Ángel Serrano", "maserrano@serranoconstrucciones.es"), "2027-01-22 09:18", mua="outlook",
    cc="Administración Serrano <administracion@serranoconstrucciones.es>",
    orig=dict(t="reminder", inv="2027-001", amt="968.00", due="2027-01-20", sent="2027-01-22 08:30",
              client_name="Serrano Construcciones", ck="company"),
    body="""
Buenos días,

reenvío a administración (en copia) para que lo tramiten. Yo no llevo los pagos.

Saludos,
Miguel Ángel Serrano
Jefe de obra – Serrano Construcciones
""", label=L(K_OTH, "Forwarded to accounts in Cc; no payment information."))

add("lucia", ("Rocío Marín", "rocio@marinjoyas.es"), "2027-02-04 17:30",
    orig=dict(t="promise_followup", inv="2026-063", amt="726.00", due="2027-01-15", promise="2027-01-29",
              sent="2027-02-04 09:00", client_name="Marín Joyas", ck="company"),
    body="""
Hola Lucía, lo sé, te dije el viernes y no pudo ser, se me juntó todo. Al final será el martes 9, que es cuando me entra el pago de la tienda online. Perdona de verdad.

Rocío
""", label=L(K_PROM, "Earlier promise broken, new date given: 'el martes 9' -> 9 Feb 2027.", promised_date="2027-02-09"))

add("lucia", ("Carlos Méndez", "cmendez@mendezopticos.es"), "2027-01-27 11:11",
    orig=dict(t="reminder", inv="2026-064", amt="2420.00", due="2027-01-20", sent="2027-01-27 09:00",
              client_name="Méndez Ópticos", ck="company"),
    body="""
Lucía, si me haces un 15% de descuento por el retraso en la entrega del catálogo (que llegó dos semanas tarde y nos hizo perder la campaña de Reyes), te lo pago hoy mismo. Si no, lo tendremos que hablar con calma.

Carlos
""", label=L(K_DISP, "'I'll pay today if you give me 15% off': payment conditional on a discount for late delivery = dispute, not a promise."))

add("nayra", ("Gara Santana", "gara@santanaboutique.com"), "2026-12-28 16:40", mua="iphone",
    orig=dict(t="reminder", inv="NS-26-028", amt="395.00", due="2026-12-18", sent="2026-12-28 08:00",
              client_name="Santana Boutique", ck="company"),
    body="""
Hola Nayra! Ya está pagado desde el día 20, ¿te ha llegado? Es que en mi banco todavía pone "pendiente" y no sé si es normal con las fiestas.

Gara
""", label=L(K_PAID, "Claims paid on the 20th and asks whether it arrived: paid + question = paid."))

add("lucia", ("Andrea Domínguez", "andrea@dominguezcatering.es"), "2027-02-11 10:28", mua="outlook",
    orig=dict(t="reminder", inv="2027-006", amt="1089.00", due="2027-02-05", sent="2027-02-10 09:00",
              client_name="Domínguez Catering", ck="company"),
    body="""
Hola Lucía:

Te pago sin problema las horas de diseño de la carta y del logo, pero el hosting y el dominio (los 240 € + IVA) no los vamos a pagar: nunca lo pedimos, teníamos ya nuestro propio alojamiento. Mándanos una factura solo con el diseño, por favor.

Un saludo,
Andrea
""", label=L(K_DISP, "Contests a line (hosting never ordered), asks a new invoice for design only."))

add("lucia", ("Samuel Vega", "samuel.vega@vegaaudio.es"), "2027-02-08 09:50",
    orig=dict(t="reminder", inv="2027-004", amt="514.25", due="2027-02-01", sent="2027-02-08 09:00",
              client_name="Vega Audio", ck="company"),
    body="""
Buenos días, ¿qué factura es esta? No tengo ninguna 2027-004 registrada ni me llegó el correo original. ¿Me la reenvías con el detalle del trabajo?

Gracias
Samuel
""", label=L(K_OTH, "Which invoice? Never received it, asks to resend. A question, no claim.", reference="2027-004"))

add("lucia", ("Pilar Ibáñez", "pilar@tiendalacasita.es"), "2027-02-16 18:55",
    orig=dict(t="late_fee", inv="2026-065", amt="1210.00", due="2027-01-10", sent="2027-02-16 09:00", days=37,
              deadline="2027-03-02", client_name="La Casita", ck="company"),
    body="""
Hola Lucía,

no sé cómo decirte esto. Cerramos la tienda a final de mes; las ventas desde el verano han sido un desastre y ya no podemos más. Estamos liquidando todo y pagando lo que podemos a cada proveedor. Lo máximo que te puedo ofrecer es la mitad, 605 €, y dar el resto por cerrado. Sé que no es justo, pero es lo que hay.

Un abrazo y gracias por todo,
Pilar
""", label=L(K_DISP, "Business closing: offers only half (605) to settle; refusing to pay the full amount = dispute (not a promise of the invoice amount). Amount is the sum offered.", amount="605.00"))

add("nayra", ("Jonay", "jonaymusic@gmail.com"), "2026-12-05 19:45", tz="Atlantic/Canary",
    orig=dict(t="reminder", inv="NS-26-026", amt="180.00", due="2026-11-30", sent="2026-12-05 08:00",
              client_name="Jonay Rodríguez", ck="person"),
    body="""
Te lo acabo de mandar por Bizum, 180 €, mira a ver si te ha llegado. Perdona la tardanza!!
""", label=L(K_PAID, "Paid by Bizum just now, 180.", amount="180.00"))

add("lucia", ("Montse Puigdomènech", "montse@puigdomenechvins.cat"), "2027-02-15 09:35",
    orig=dict(t="reminder", inv="2027-007", amt="786.50", due="2027-02-10", sent="2027-02-15 08:30",
              client_name="Puigdomènech Vins", ck="company"),
    body="""
Bon dia Lucía!

Perdona, se me pasó totalmente con la feria de Barcelona. El jueves os hago la transferencia sin falta, que es cuando hago los pagos de la semana.

Gràcies i fins aviat!
Montse
""", label=L(K_PROM, "Catalan touches: 'el jueves' on Mon 15 Feb -> Thu 18 Feb 2027.", promised_date="2027-02-18"))

# ================================================================ ENGLISH
DISCLAIMER_UK = ("This email and any attachments are confidential and intended solely for the addressee. If you have "
                 "received it in error, please notify the sender and delete it. Any views expressed are those of the "
                 "individual sender. Registered in England and Wales.")

add("tom", ("Ciarán Walsh", "ciaran@walshbrewing.ie"), "2026-12-09 14:02",
    orig=dict(t="reminder", inv="INV-2026-033", amt="1845.00", due="2026-11-30", sent="2026-12-09 09:00",
              client_name="Walsh Brewing Co.", ck="company"),
    body="""
Hi Tom,

I'm fairly sure this went out in Tuesday's run along with the other December suppliers, but I'll double check with Karen when she's back in tomorrow. Give me a shout if nothing has landed by Friday.

Cheers,
Ciarán
""", sig="""
--
Ciarán Walsh | Head Brewer
Walsh Brewing Co. | Unit 4, Kilkenny Business Park
""", label=L(K_PAID, "Hedged ('fairly sure', will double-check) but a positive claim that it went in Tuesday's payment run -> says paid; verify against the bank."))

add("tom", ("Declan Murphy", "declan@murphyjoinery.ie"), "2026-12-10 08:31", mua="iphone",
    cc="Karen Doyle <accounts@murphyjoinery.ie>",
    orig=dict(t="reminder", inv="INV-2026-035", amt="990.00", due="2026-12-01", sent="2026-12-09 09:00",
              client_name="Murphy Joinery", ck="company"),
    body="""
Tom, haven't a clue whether that's been paid to be honest, Karen looks after all that. I've copied her in.

D

Sent from my iPhone
""", label=L(K_OTH, "Doesn't know if it was paid; copies accounts. No claim, no promise."))

add("hannah", ("Accounts Payable - Pemberton Foods", "ap@pembertonfoods.co.uk"), "2026-12-14 10:20", mua="outlook",
    orig=dict(t="reminder", inv="HC-0121", amt="1450.00", cur="GBP", due="2026-12-04", sent="2026-12-11 09:00",
              client_name="Pemberton Foods Ltd", ck="company"),
    body=f"""
Hi Hannah,

Thanks for the reminder. HC-0121 was approved last week and should have gone out on Friday with the rest of the supplier payments. Faster Payments usually clear same day, so if it hasn't landed by Wednesday please let me know and I'll chase our bank.

Kind regards,

Jo Whitfield
Accounts Payable
Pemberton Foods Ltd

{DISCLAIMER_UK}
""", label=L(K_PAID, "'Should have gone out on Friday' (past, approved and in Friday's supplier payments): they believe it has been paid -> paid, not promise.", reference="HC-0121"))

add("hannah", ("Rachel Green - Finance", "finance@northlightstudios.co.uk"), "2027-01-21 15:33", mua="outlook",
    orig=dict(t="reminder", inv="HC-0126", amt="720.00", cur="GBP", due="2027-01-15", sent="2027-01-21 09:00",
              client_name="Northlight Studios", ck="company"),
    body="""
Hi Hannah,

Apologies, this one got stuck waiting for sign-off from the creative director. It's now approved and will go out with next week's payment run.

Best,
Rachel
""", label=L(K_PROM, "'Will go out with next week's payment run': promise, vague date -> no promised_date."))

add("priya", ("Jenna Kowalski", "jenna@brightpathlearning.org"), "2027-01-07 11:15",
    orig=dict(t="reminder", inv="PN-1046", amt="4200.00", cur="USD", due="2026-12-31", sent="2027-01-06 09:00",
              client_name="BrightPath Learning", ck="company"),
    body="""
Hi Priya,

Happy new year! Quick note on this one: we'll pay as soon as you send over the credit note for the cancelled workshop day (Dec 9) — we talked about it on our last call and you said you'd take it off, but the invoice still has all three days on it.

Thanks!
Jenna
""", label=L(K_DISP, "'We'll pay as soon as you send the credit note' for a cancelled day still on the invoice = conditional payment, dispute."))

add("tom", ("Niall Brennan", "niall@brennansbar.ie"), "2026-12-02 23:14", quote=None,
    orig=dict(t="late_fee", inv="INV-2026-030", amt="2600.00", due="2026-10-31", sent="2026-12-02 09:00", days=32,
              deadline="2026-12-16", client_name="Brennan's Bar & Kitchen", ck="company"),
    body="""
Sure Tom, I'll pay right after you finish the website. You know, the one that was due in October and still doesn't have a menu page.
""", label=L(K_DISP, "Sarcasm: the 'promise' is conditional on finishing work he says is incomplete -> dispute."))

add("hannah", ("Sophie Turner", "sophie@turnerbakes.co.uk"), "2027-01-08 22:40", mua="iphone",
    orig=dict(t="late_fee", inv="HC-0119", amt="380.00", cur="GBP", due="2026-12-10", sent="2027-01-07 09:00", days=28,
              deadline="2027-01-21", client_name="Sophie Turner", ck="person"),
    body="""
Hi Hannah,

I'm so sorry. I've been in and out of hospital with my dad since before Christmas and honestly the business side of things has just stopped. I haven't forgotten you. Could you give me until the end of January? I'll get it sorted by then, I promise.

Sophie x

Sent from my iPhone
""", label=L(K_PROM, "Asks for time because of her father's illness; 'until the end of January' -> 31 Jan 2027.", promised_date="2027-01-31"))

add("hannah", ("Joint Administrators - Harrow & Finch Ltd", "harrowfinch@restructuring-partners.co.uk"),
    "2027-02-02 12:00", mua="outlook", fmt="alt",
    orig=dict(t="final", inv="HC-0115", amt="2350.00", cur="GBP", due="2026-11-20", sent="2027-01-29 09:00",
              deadline="2027-02-12", client_name="Harrow & Finch Ltd", ck="company"),
    body=f"""
Dear Sir or Madam

HARROW & FINCH LIMITED (IN ADMINISTRATION) ("the Company")
High Court of Justice, Business and Property Courts of England and Wales, CR-2027-000148

We write further to your email of 29 January 2027 addressed to the Company.

Please be advised that on 18 January 2027 Mark Pearson and Alison Reid of Restructuring Partners LLP were appointed Joint Administrators of the Company. The affairs, business and property of the Company are being managed by the Joint Administrators, who act as agents of the Company and without personal liability.

As a result of the administration, a moratorium is in place and the Company is not able to make payments in respect of debts incurred prior to our appointment. If you are owed money by the Company, please complete and return the enclosed proof of debt form, together with copies of the relevant invoices, so that your claim can be recorded. A report to creditors will be issued in due course.

Yours faithfully

For and on behalf of Harrow & Finch Limited (in Administration)
Restructuring Partners LLP

{DISCLAIMER_UK}
""", att=[("Proof_of_Debt_Form_HarrowFinch.pdf", "application/pdf",
          fake_pdf(["PROOF OF DEBT - GENERAL FORM", "Harrow & Finch Limited (in Administration)",
                    "Name of creditor: ____________", "Total amount of claim: ____________"]))],
    label=L(K_OTH, "Client in administration: moratorium, pre-appointment debts cannot be paid, creditor should submit a proof of debt. Neither dispute nor promise nor paid."))

add("hannah", ("Kingsley Harte Solicitors", "d.okafor@kingsleyharte.co.uk"), "2027-02-17 16:05", mua="outlook",
    fmt="html",
    orig=dict(t="final", inv="HC-0117", amt="3100.00", cur="GBP", due="2026-11-30", sent="2027-02-10 09:00",
              deadline="2027-02-24", client_name="Marlowe Interiors Ltd", ck="company"),
    body=f"""
Dear Ms Cole

Our client: Marlowe Interiors Limited
Your invoice: HC-0117 (£3,100.00)

We act for Marlowe Interiors Limited in connection with the above invoice and your letter of 10 February 2027 headed "Final notice before debt recovery", which our client has passed to us.

Our client disputes the invoice in its entirety. The copy for the spring brochure and website was delivered substantially late and, in our client's view, did not meet the brief agreed in writing on 2 September 2026, such that it had to be rewritten in-house. No sum is therefore due.

Should you commence proceedings, our client will defend them and will draw the court's attention to this correspondence on the question of costs. We are, however, instructed to say that our client remains willing to discuss the matter.

Yours sincerely

Daniel Okafor
Associate
Kingsley Harte Solicitors LLP

{DISCLAIMER_UK}
""", label=L(K_DISP, "Solicitor's letter: client disputes the invoice in its entirety (late, off brief).", reference="HC-0117"))

add("hannah", ("Invoices - Westbridge Borough Council", "invoices@westbridge.gov.uk"), "2026-12-08 09:02", mua="outlook",
    orig=dict(t="reminder", inv="HC-0120", amt="960.00", cur="GBP", due="2026-12-01", sent="2026-12-07 09:00",
              client_name="Westbridge Borough Council", ck="company"),
    body="""
Dear Supplier,

Thank you for your email. Please note that we are unable to process this invoice as it does not quote a valid Westbridge Borough Council Purchase Order number. In line with our No PO, No Pay policy, invoices without a valid PO will not be paid and will be returned to the supplier.

Please obtain a PO number from the officer who requested the goods or services and resubmit your invoice to invoices@westbridge.gov.uk quoting the PO number.

Regards

Accounts Payable Team
Westbridge Borough Council

This email has been scanned for viruses and malware.
""", label=L(K_OTH, "Public body: cannot process without a PO number, resubmit. Administrative, not a contest of the work or amount."))

add("tom", ("Aoife Kelly", "aoife.kelly@kellyphysio.ie"), "2026-12-15 12:40",
    orig=dict(t="reminder", inv="INV-2026-034", amt="615.00", due="2026-12-10", sent="2026-12-15 09:00",
              client_name="Kelly Physio", ck="company"),
    body="""
Hi Tom,

We paid INV-2026-031 on the 2nd (remittance attached). I can't see anything about a 034 in our system though?

Aoife
""", att=[("Remittance_INV-2026-031.pdf", "application/pdf",
          fake_pdf(["Kelly Physio - Remittance advice", "Payee: Tom Byrne", "Invoice: INV-2026-031",
                    "Amount: EUR 480.00", "Paid: 02/12/2026"]))],
    label=L(K_OTH, "Says a DIFFERENT invoice (INV-2026-031) was paid and can't find 034, the one reminded: no payment claim for this invoice.", reference="INV-2026-031"))

add("priya", ("Marcus Lee", "marcus.lee@fernwoodhealth.com"), "2026-12-03 10:48",
    orig=dict(t="reminder", inv="PN-1043", amt="2750.00", cur="USD", due="2026-11-30", sent="2026-12-03 09:00",
              client_name="Marcus Lee", ck="person"),
    body="""
Hi Priya — I think this has come to the wrong person. I'm on the marketing side and don't handle vendor payments at all. Invoices go to ap@fernwoodhealth.com (attn. Denise). Might be worth updating your records so the next one goes straight there.

Marcus
""", label=L(K_OTH, "Reminder went to the wrong person; points to accounts payable."))

add("tom", ("Gary Nolan", "gary@nolanplumbing.ie"), "2027-01-20 07:55", quote=None, mua="android",
    orig=dict(t="suspension", inv="INV-2026-032", amt="430.00", due="2026-12-01", sent="2027-01-19 09:00",
              deadline="2027-01-26", susp="2027-02-01", client_name="Nolan Plumbing", ck="company"),
    body="""
Stop emailing me. Ive told you twice now we paid that on the 4th. Check your account
""", label=L(K_PAID, "'Stop emailing me' but the content is a clear claim: paid on the 4th -> paid, not dispute."))

add("priya", ("Alexis Romero", "alexis@tidewaterroasters.com"), "2027-01-12 13:22", mua="iphone",
    orig=dict(t="reminder", inv="PN-1048", amt="1800.00", cur="USD", due="2027-01-05", sent="2027-01-12 09:00",
              client_name="Tidewater Roasters", ck="company"),
    body="""
Can you give me a call this afternoon? Easier to explain over the phone. 917-555-0143

Sent from my iPhone
""", label=L(K_OTH, "'Please call me': no content about payment."))

add("tom", ("Sinéad O'Connor", "sinead@oconnorflowers.ie"), "2026-11-28 10:06",
    orig=dict(t="courtesy", inv="INV-2026-029", amt="350.00", due="2026-12-02", sent="2026-11-27 09:00",
              client_name="O'Connor Flowers", ck="company"),
    body="""
Hi Tom,

Do you take card by any chance? It'd be much easier for me to pay on the company card than set up a new payee with the bank (they make me go into the branch for anything over €300, don't ask). If you could send a Stripe link or similar that'd be great.

Thanks a mil,
Sinéad
""", label=L(K_OTH, "Question about payment methods (card / payment link). No commitment or claim."))

add("hannah", ("Ben Hargreaves", "ben@hargreavesjoinery.co.uk"), "2027-02-08 12:30",
    orig=dict(t="reminder", inv="HC-0128", amt="850.00", cur="GBP", due="2027-01-31", sent="2027-02-08 09:00",
              client_name="Hargreaves Joinery", ck="company"),
    body="""
Hi Hannah,

Sorry, January was brutal. Could we split it? £425 on Friday and the other £425 on the 27th? If that works I'll set both up as scheduled payments today so there's no chance of me forgetting.

Ben
""", label=L(K_PROM, "Instalment request with dates: 425 on Friday (Mon 8 Feb -> 12 Feb) and 425 on the 27th. Promise; first instalment's date and amount.", promised_date="2027-02-12", amount="425.00", currency="GBP"))

add("tom", ("Accounts - Galway Outdoor Ltd", "accounts@galwayoutdoor.ie"), "2026-12-18 11:44", mua="outlook",
    orig=dict(t="reminder", inv="INV-2026-036", amt="1230.00", due="2026-12-10", sent="2026-12-17 09:00",
              client_name="Galway Outdoor Ltd", ck="company"),
    body="""
Hi Tom,

Our bank has rejected the payment we sent on Tuesday – the reason given is "BIC does not match IBAN". Can you confirm your bank details (IBAN and BIC) so we can send it again? Please confirm by phone as well if possible, we've been warned about invoice fraud.

Regards,
Fiona Quinn
Accounts, Galway Outdoor Ltd
""", label=L(K_OTH, "The bank rejected their transfer (BIC/IBAN mismatch): money not received; they ask to confirm details. Not paid."))

add("tom", ("Eoin", "eoin@eoinsbikes.ie"), "2027-01-06 16:20", mua="iphone",
    orig=dict(t="reminder", inv="INV-2027-001", amt="275.00", due="2027-01-04", sent="2027-01-06 09:00",
              client_name="Eoin's Bikes", ck="company"),
    body="""
Sorted 👍

Sent from my iPhone
""", label=L(K_PAID, "'Sorted' in reply to a reminder = paid."))

add("hannah", ("Priti Shah", "priti@shahpharmacy.co.uk"), "2026-12-16 13:50",
    orig=dict(t="reminder", inv="HC-0122", amt="1250.00", cur="GBP", due="2026-12-11", sent="2026-12-16 09:00",
              client_name="Shah Pharmacy Group", ck="company"),
    att=[("Remittance_Advice_HC-0122.pdf", "application/pdf",
          fake_pdf(["Shah Pharmacy Group Ltd - Remittance Advice", "Supplier: Hannah Cole", "Invoice HC-0122",
                    "Amount GBP 1,250.00", "Payment date 16/12/2026", "Method: Faster Payment"]))],
    body="""
Here you go — £1,250 went this morning.

Priti

---------- Forwarded message ---------
From: Lloyds Bank <alerts@lloydsbank.co.uk>
Date: Wed, 16 Dec 2026 at 09:14
Subject: Payment sent
To: <priti@shahpharmacy.co.uk>

You've sent £1,250.00 to H COLE from your account ending 4471.
Reference: HC0122
""", label=L(K_PAID, "Forwarded bank alert + remittance: 'here you go, £1,250 went this morning'.", amount="1250.00", currency="GBP"))

add("priya", ("Dana Whitaker", "dana@copperlinecap.com"), "2027-01-19 16:10",
    orig=dict(t="reminder", inv="PN-1047", amt="3300.00", cur="USD", due="2027-01-15", sent="2027-01-19 09:00",
              client_name="Copperline Capital", ck="company"),
    body="""
Priya,

Heads up — our controller froze all vendor payments until the audit closes, so we can't pay before the 28th. It's approved, it'll be in the first batch after that.

Dana
""", label=L(K_PROM, "'Can't pay before the 28th' -> promise for 28 Jan 2027.", promised_date="2027-01-28"))

add("tom", ("Brian Fitzgerald", "brian@fitzgeraldauto.ie"), "2026-12-16 18:05", mua="apple",
    orig=dict(t="reminder", inv="INV-2026-037", amt="1580.00", due="2026-12-11", sent="2026-12-16 09:00",
              client_name="Fitzgerald Auto", ck="company"),
    body="""
Tom,

Apologies, we're behind on everything with the Christmas rush. You'll have it by the 15th at the latest.

Brian
""", label=L(K_PROM, "'By the 15th' written on 16 Dec: the 15th of this month has passed -> 15 Jan 2027.", promised_date="2027-01-15"))

add("priya", ("Kevin Tran", "kevin@stackhouse.io"), "2026-12-08 14:25",
    orig=dict(t="reminder", inv="PN-1044", amt="3600.00", cur="USD", due="2026-12-01", sent="2026-12-08 09:00",
              client_name="Stackhouse", ck="company"),
    body="""
Hey Priya,

Looked at this with finance. The invoice says $3,600 but the SOW capped the discovery phase at $3,000 — anything over that needed a change order, and we never signed one. Can you reissue at $3,000? We'll turn it around quickly once we have it.

Thanks,
Kevin
""", label=L(K_DISP, "Wrong amount (3,600 vs SOW cap 3,000); asks for a reissue."))

add("priya", ("Accounts Payable - Lumen Health", "ap@lumenhealth.com"), "2027-02-05 11:42", mua="outlook",
    orig=dict(t="late_fee", inv="PN-1049", amt="3200.00", cur="USD", due="2027-01-10", sent="2027-02-04 09:00", days=25,
              deadline="2027-02-18", client_name="Lumen Health Inc.", ck="company"),
    body="""
Hi Priya,

We've released $2,000 today for the parts of the project that were delivered (research synthesis and wireframes). The remaining $1,200 will be released once the accessibility fixes flagged in the January audit are in — per our product lead, the prototype still fails contrast and keyboard navigation checks.

Best regards,
Mei Lin
Accounts Payable, Lumen Health
""", label=L(K_DISP, "Partial payment (2,000 released) + remaining 1,200 withheld until accessibility fixes = dispute.", amount="2000.00", currency="USD"))

add("tom", ("Róisín Daly", "roisin@dalyyoga.ie"), "2027-01-13 09:25",
    orig=dict(t="promise_followup", inv="INV-2026-038", amt="450.00", due="2026-12-20", promise="2027-01-08",
              sent="2027-01-12 09:00", client_name="Róisín Daly", ck="person"),
    body="""
Hi Tom,

I know, I know — I said it'd be done last Friday and then I said today. It's not going to be today either, I'm afraid, the January membership money hasn't come in yet. Monday, though. Definitely Monday.

Róisín
""", label=L(K_PROM, "Earlier promises taken back, new day given: 'Monday' on Wed 13 Jan -> 18 Jan 2027.", promised_date="2027-01-18"))

add("hannah", ("Graham Pollard", "graham@pollardestates.co.uk"), "2027-02-04 10:10", mua="outlook",
    orig=dict(t="final", inv="HC-0118", amt="1100.00", cur="GBP", due="2026-11-15", sent="2027-02-03 09:00",
              deadline="2027-02-17", client_name="Pollard Estates", ck="company"),
    body="""
Ms Cole,

We paid this on 20 November. I suggest you check your account before sending threatening letters to clients. I have asked our bookkeeper to send you the remittance.

G. Pollard
Director, Pollard Estates
""", label=L(K_PAID, "Angry reply to a final notice: paid on 20 November."))

add("priya", ("Tyler Brooks", "tyler@brooksfit.co"), "2026-11-24 23:40",
    orig=dict(t="due", inv="PN-1042", amt="950.00", cur="USD", due="2026-11-24", sent="2026-11-24 09:00",
              client_name="Brooks Fitness", ck="company"),
    body="""
ugh sorry Priya, totally slipped my mind with the Thanksgiving prep. I'll send it tomorrow first thing!
""", label=L(K_PROM, "'Tomorrow' written at 23:40 New York time on 24 Nov (already 25 Nov in UTC) -> 25 Nov 2026 in the sender's zone.", promised_date="2026-11-25"))

add("priya", ("Nadia Haddad", "nadia@orbitlabs.ai"), "2027-01-14 15:55",
    orig=dict(t="reminder", inv="PN-1045", amt="1500.00", cur="USD", due="2027-01-08", sent="2027-01-14 09:00",
              client_name="Orbit Labs", ck="company"),
    body="""
Hi Priya,

I'm a bit confused by this one — the December usability sessions were part of the monthly retainer we already pay you (see section 2 of the agreement, "ongoing research support"). We shouldn't be billed separately for them. Happy to jump on a call if we're reading it differently.

Nadia
""", label=L(K_DISP, "Says the work was included in the retainer and should not be billed separately = dispute."))

add("tom", ("Orla Byrne - Purchasing", "purchasing@dublincityhotels.ie"), "2027-01-28 10:50", mua="outlook",
    orig=dict(t="reminder", inv="INV-2027-002", amt="2214.00", due="2027-01-25", sent="2027-01-28 09:00",
              client_name="Dublin City Hotels", ck="company"),
    body="""
Hi Tom,

Thanks for this. Which PO should this be against? We have two open for you (PO-88412 for the signage and PO-88530 for the menu redesign) and the invoice doesn't quote either, so AP has bounced it back to me.

Orla
""", label=L(K_OTH, "Question: which PO? Invoice lacks a PO number. No claim, no contest."))

add("hannah", ("Linda Marsh", "linda@marshbookkeeping.co.uk"), "2026-12-07 09:35",
    orig=dict(t="reminder", inv="HC-0123", amt="540.00", cur="GBP", due="2026-12-01", sent="2026-12-04 09:00",
              client_name="Sarah Pike Coaching", ck="company"),
    body="""
Dear Hannah,

I'm the bookkeeper for Sarah Pike Coaching — Sarah has passed your email on to me. I'll be doing this week's payments on Thursday and will include yours.

Kind regards,
Linda Marsh
Marsh Bookkeeping Services
""", label=L(K_PROM, "Bookkeeper: will include it in Thursday's payments. Mon 7 Dec -> Thu 10 Dec 2026.", promised_date="2026-12-10"))

add("tom", ("Accounts Payable - Shannonside Logistics", "ap@shannonside.ie"), "2027-02-11 09:05", mua="outlook",
    charset="windows-1252", cte="quoted-printable",
    orig=dict(t="late_fee", inv="INV-2026-039", amt="3075.00", due="2027-01-05", sent="2027-02-10 09:00", days=36,
              deadline="2027-02-24", client_name="Shannonside Logistics Ltd", ck="company"),
    body="""
Hi Tom,

This was processed in yesterday’s payment run – payment reference 004512. Funds should be with you within 1–2 working days.

Regards,
Paula
Accounts Payable | Shannonside Logistics Ltd
""", label=L(K_PAID, "'Processed in yesterday's payment run' with a payment reference = paid."))

add("hannah", ("Martin Greaves", "martin@greavesmarketing.co.uk"), "2027-01-26 14:15",
    orig=dict(t="reminder", inv="HC-0127", amt="1260.00", cur="GBP", due="2027-01-20", sent="2027-01-26 09:00",
              client_name="Greaves Marketing", ck="company"),
    body="""
Hi Hannah,

You've invoiced 14 hours at £90, but the timesheet you sent us on the 6th shows 9 hours for the same job. We're happy to pay for 9 (£810) — can you send a revised invoice?

Martin
""", label=L(K_DISP, "Contests the hours billed (14 vs 9 on the timesheet); will pay only 810 on a revised invoice.", amount="810.00", currency="GBP"))

add("tom", ("Padraig Moran", "padraig@moranprint.ie"), "2026-12-21 11:02",
    orig=dict(t="reminder", inv="INV-2026-040", amt="1960.00", due="2026-12-15", sent="2026-12-21 09:00",
              client_name="Moran Print & Pack", ck="company"),
    body="""
Tom,

The print files for the Christmas boxes had no bleed on two of the dielines and the printer charged us €380 to fix them at the last minute. We'll be deducting that from your invoice — I'll pay €1,580 this week if you send me an amended invoice.

Padraig
""", label=L(K_DISP, "Deducts 380 for a defect in the files; conditional payment of the reduced amount = dispute. Amount is the reduced sum offered.", amount="1580.00"))

add("tom", ("Katrin Vogel", "k.vogel@vogel-moebel.de"), "2027-01-18 10:30", tz="Europe/Berlin", mua="outlook",
    orig=dict(t="reminder", inv="INV-2027-003", amt="1845.00", due="2027-01-15", sent="2027-01-18 09:00",
              client_name="Vogel Möbel GmbH", ck="company"),
    body="""
Dear Mr. Byrne,

thank you for your mail. Unfortunately we cannot pay this invoice in the current form. You have charged 23% Irish VAT, but we are a German company with valid VAT ID (DE 284 551 907) so the reverse charge must apply and the invoice must be without VAT, with the note "reverse charge". Please send us a corrected invoice over €1.500,00 net, then we pay immediately.

With kind regards
Katrin Vogel
Buchhaltung / Accounting
Vogel Möbel GmbH
""", label=L(K_DISP, "Non-native English: invoice wrongly charges VAT (reverse charge), wants a corrected invoice for a different amount before paying = dispute."))

add("priya", ("Sam Okoro", "sam@okorodesignco.com"), "2027-02-16 20:05", quote=None,
    orig=dict(t="reminder", inv="PN-1050", amt="2400.00", cur="USD", due="2027-02-10", sent="2027-02-16 09:00",
              client_name="Okoro Design Co", ck="company"),
    body="""
I'll pay if you can get the final Figma files and the handoff doc to me this week. Until then I'm holding it — I've asked three times.
""", label=L(K_DISP, "'I'll pay if you deliver the final files': payment withheld until undelivered work arrives = dispute."))

add("hannah", ("Fiona Blake", "fiona@blakeandco.co.uk"), "2026-12-02 09:15", mua="apple",
    orig=dict(t="reminder", inv="HC-0116", amt="690.00", cur="GBP", due="2026-11-27", sent="2026-12-02 08:30",
              client_name="Blake & Co", ck="company"),
    body="""
Paid this morning. Will also sort the December one when it comes through.

F
""", label=L(K_PAID, "Clear 'paid this morning' + an undated vague 'will also sort the December one' about a future invoice -> stays paid."))

add("priya", ("Eleanor Price", "eleanor.price@pricefamilyfoundation.org"), "2027-01-11 14:30",
    orig=dict(t="late_fee", inv="PN-1041", amt="1750.00", cur="USD", due="2026-12-10", sent="2027-01-11 09:00", days=32,
              deadline="2027-01-25", client_name="Eleanor Price", ck="person"),
    body="""
Dear Priya,

I owe you an apology and an explanation. My husband Richard passed away on December 19th, very suddenly, and I have not been able to face the foundation's mail since. I am only now starting to go through everything.

I will make sure you are paid — the annual report you designed was the last project Richard saw finished and he was so proud of it. I just need a few weeks to get access to the accounts and sort out the paperwork with the bank.

With thanks for your patience,
Eleanor Price
""", label=L(K_PROM, "Grieving client: will pay, needs 'a few weeks' -> promise, vague, no date."))

add("hannah", ("Procurement - Eastmoor County Council", "procurement@eastmoor.gov.uk"), "2027-01-22 11:40", mua="outlook",
    fmt="alt",
    orig=dict(t="late_fee", inv="HC-0124", amt="2400.00", cur="GBP", due="2026-12-31", sent="2027-01-20 09:00", days=20,
              deadline="2027-02-03", client_name="Eastmoor County Council", ck="company"),
    body="""
Dear Ms Cole,

Invoice HC-0124 – Visitor Guide 2027 copywriting (Contract ECC/2026/0371)

Under clause 7.2 of the contract, liquidated damages of £100 per working day apply to late delivery of the final copy. The final copy was due on 20 November 2026 and was received on 25 November 2026 (three working days late). The Council will therefore deduct £300 from the above invoice and will pay £2,100.00 upon receipt of a credit note for £300.

Should you wish to dispute the application of clause 7.2, please write to the contract manager within 10 working days.

Yours sincerely,

Procurement Services
Eastmoor County Council
""", label=L(K_DISP, "Public body applies a £300 contractual deduction and pays the rest only against a credit note = dispute.", reference="HC-0124", amount="2100.00", currency="GBP"))

add("tom", ("Seán Gallagher", "sean@gallaghersbakery.ie"), "2026-11-20 17:48", mua="android",
    orig=dict(t="reminder", inv="INV-2026-028", amt="520.00", due="2026-11-13", sent="2026-11-20 09:00",
              client_name="Gallagher's Bakery", ck="company"),
    body="""
Grand Tom, that's gone over to you now, sorry for the delay. Busy old week

Seán
""", label=L(K_PAID, "Irish colloquial: 'that's gone over to you now' = paid."))

add("tom", ("Maeve Clarke", "maeve@clarkeceramics.ie"), "2027-02-09 20:20",
    orig=dict(t="invoice", inv="INV-2027-004", amt="840.00", due="2027-02-28", sent="2027-02-08 10:00",
              client_name="Clarke Ceramics", ck="company", what="the spring catalogue layout and product photography edits"),
    body="""
Hi Tom!

Thanks a million for the catalogue, it looks absolutely gorgeous — Mam cried when she saw the page with the old kiln, no joke. A couple of tiny things before it goes to the printer: the price on page 4 should be €38 not €36, and can we swap the photo of the blue jug on page 9 for the one from the shop window (I'll send it tomorrow, it's on my other laptop).

Also!! We're doing a pop-up at the Christmas market in Kilkenny again this year and I'd love new signage for the stall — could you pencil in some time for that in autumn? No rush at all, just want to get in before you're booked up.

Invoice is grand, I'll pay it at the end of the month when the wholesale orders come in.

Talk soon,
Maeve
""", label=L(K_PROM, "Long chatty mail about corrections and new work; one line matters: 'I'll pay it at the end of the month' (9 Feb) -> 28 Feb 2027.", promised_date="2027-02-28"))

add("tom", ("Conor Healy", "conor@healyarchitects.ie"), "2027-01-25 12:12",
    orig=dict(t="reminder", inv="INV-2027-005", amt="1107.00", due="2027-01-20", sent="2027-01-25 09:00",
              client_name="Healy Architects", ck="company"),
    body="""
Hi Tom,

Before we pay this — has your IBAN changed? We got an email last Thursday, apparently from you, saying your bank details had changed and asking us to use a Revolut account from now on. It looked a bit off (the address was tom@byrne-design.ie with a hyphen) so we haven't done anything yet. Can you confirm which account is correct?

Thanks,
Conor
""", label=L(K_OTH, "Fraud check: asks whether the IBAN changed after a suspicious email. A question before paying; no promise or claim."))

if __name__ == "__main__":
    main()
